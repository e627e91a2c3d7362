package main

import (
	"context"
	"fmt"
	"os"

	"github.com/idlibwatch/idlibwatch/config"
)

func init() {
	register(command{name: "config check", short: "check the config and print it with secrets masked", run: func(ctx context.Context, a *app, args []string) error {
		fs := a.newFlags("config check", "")
		quiet := fs.Bool("q", false, "print nothing on success")
		if err := parse(fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			fmt.Fprintf(a.stderr, "idlibwatch config check: unexpected argument %q (name the file with --config FILE)\n", fs.Arg(0))
			return errUsage
		}
		cfg, err := a.loadConfig()
		if err != nil {
			return a.configError(err)
		}
		if unknown := config.UnknownEnv(os.Environ()); len(unknown) > 0 {
			for _, u := range unknown {
				fmt.Fprintln(a.stderr, u)
			}
			return fmt.Errorf("%d environment variable(s) set no key", len(unknown))
		}
		if !*quiet {
			fmt.Fprintf(a.stdout, "config OK (%s)\n", cfg.Source())
			fmt.Fprint(a.stdout, cfg.Masked())
		}
		return nil
	}})
}

// configFile is the file loadConfig reads: --config, else ./idlibwatch.yaml
// when it exists, else "" for the built-in defaults.
func (a *app) configFile() string {
	if a.configPath != "" {
		return a.configPath
	}
	if _, err := os.Stat(config.DefaultFile); err == nil {
		return config.DefaultFile
	}
	return ""
}

func (a *app) configSource() string {
	if f := a.configFile(); f != "" {
		return f
	}
	return "the built-in defaults"
}

// loadConfig loads the config every command runs with: the file (see
// configFile), secrets from the environment, and the defaults. Its error is a
// *config.Error listing every problem when the config is wrong.
func (a *app) loadConfig() (*config.Config, error) {
	return config.Load(a.configFile(), os.Getenv)
}
