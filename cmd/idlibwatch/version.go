package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3".
var version = "dev"

func init() {
	register(command{name: "version", short: "print the version", run: func(ctx context.Context, a *app, args []string) error {
		fs := a.newFlags("version", "")
		if err := parse(fs, args); err != nil {
			return err
		}
		v := version
		if info, ok := debug.ReadBuildInfo(); ok && v == "dev" && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
		fmt.Fprintf(a.stdout, "idlibwatch %s\n", v)
		return nil
	}})
}
