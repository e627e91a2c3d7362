package main

import (
	"context"
	"fmt"
)

func init() {
	register(command{name: "backup", short: "write a consistent copy of the SQLite database, while the service runs", run: backupCmd})
}

func backupCmd(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("backup", "FILE")
	if err := parseArgs(fs, args, 1, 1); err != nil {
		return err
	}
	_, st, err := a.loadStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	info, err := st.Backup(ctx, fs.Arg(0))
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "backup written to %s: %d articles, %d alerts, %.1f MB (checked)\n", info.File, info.Articles, info.Alerts, float64(info.Bytes)/1e6)
	return nil
}
