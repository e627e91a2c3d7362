// Command idlibwatch watches the news about Idlib and tells newsroom desks,
// in Slack and Discord, when a report brings a new or conflicting figure.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

// command is one subcommand. Each lives in its own file and registers itself
// from init, so adding one never touches this file.
type command struct {
	name  string // "feeds", or "config check" for a two-word command
	short string // one line for the usage list
	// run gets the arguments after the command name. It returns errUsage for
	// bad arguments (exit 2) and any other error for a failure (exit 1).
	run func(ctx context.Context, app *app, args []string) error
}

var commands = map[string]command{}

func register(c command) {
	if _, dup := commands[c.name]; dup {
		panic("idlibwatch: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

// errUsage marks a usage error: the flag package has already said what is wrong.
var errUsage = errors.New("usage")

// app holds what every command shares: where to write and which config file.
type app struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	configPath     string // from --config; "" means ./idlibwatch.yaml if present
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdout: stdout, stderr: stderr, stdin: stdin}
	global := flag.NewFlagSet("idlibwatch", flag.ContinueOnError)
	global.SetOutput(stderr)
	global.StringVar(&a.configPath, "config", "", "config file (default ./idlibwatch.yaml if present)")
	global.Usage = func() { usage(stderr) }
	if err := global.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	rest := global.Args()
	if len(rest) == 0 {
		usage(stderr)
		return 2
	}
	c, cargs, ok := lookup(rest)
	if !ok {
		fmt.Fprintf(stderr, "idlibwatch: unknown command %q\n\n", rest[0])
		usage(stderr)
		return 2
	}
	if err := c.run(ctx, a, cargs); err != nil {
		switch {
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		}
		fmt.Fprintf(stderr, "idlibwatch %s: %v\n", c.name, err)
		return 1
	}
	return 0
}

// lookup finds the longest registered command name that prefixes args.
func lookup(args []string) (command, []string, bool) {
	if len(args) >= 2 {
		if c, ok := commands[args[0]+" "+args[1]]; ok {
			return c, args[2:], true
		}
	}
	c, ok := commands[args[0]]
	return c, args[1:], ok
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: idlibwatch [--config FILE] COMMAND [ARGS]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-14s %s\n", n, commands[n].short)
	}
	fmt.Fprintln(w, "\nRun 'idlibwatch COMMAND -h' for a command's flags.")
}

// newFlags returns a flag set for a subcommand whose -h prints its usage and
// whose errors go to the app's stderr.
func (a *app) newFlags(name, argsUsage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	// --config is global, but people type it after the command too.
	fs.StringVar(&a.configPath, "config", a.configPath, "config file (default ./idlibwatch.yaml if present)")
	fs.Usage = func() {
		fmt.Fprintf(a.stderr, "usage: idlibwatch %s [flags] %s\n", name, argsUsage)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses a subcommand's flags, mapping errors to errUsage so that the
// caller exits 2 (or 0 for -h).
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

// parseArgs parses a subcommand's flags like parse, then checks that between
// min and max arguments are left (max < 0: any number), printing the usage if
// not.
func parseArgs(fs *flag.FlagSet, args []string, min, max int) error {
	if err := parse(fs, args); err != nil {
		return err
	}
	if n := fs.NArg(); n < min || (max >= 0 && n > max) {
		fs.Usage()
		return errUsage
	}
	return nil
}

// parseQuery parses a subcommand's flags like parse and returns the
// arguments left as one query, printing the usage if it is blank.
func parseQuery(fs *flag.FlagSet, args []string) (string, error) {
	if err := parse(fs, args); err != nil {
		return "", err
	}
	query := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(query) == "" {
		fs.Usage()
		return "", errUsage
	}
	return query, nil
}

// nonNil turns a nil list into an empty one, so that JSON shows [] and not
// null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// writeJSON writes v as indented JSON: the --json output of every command.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
