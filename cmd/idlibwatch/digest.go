package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/bot"
)

func init() {
	register(command{name: "digest", short: "render the daily digest (and its chart) without posting it", run: digestCommand})
}

func digestCommand(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("digest", "")
	print := fs.Bool("print", false, "print the digest as text on stdout")
	png := fs.String("png", "", "also write the chart to this PNG `file`")
	at := fs.String("at", "", "the digest's time, RFC 3339 (default now): it covers the 24 hours before")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 || (!*print && *png == "") {
		fmt.Fprintln(a.stderr, "idlibwatch digest: give --print and/or --png FILE (digests are posted by 'idlibwatch run')")
		return errUsage
	}
	now := time.Now()
	if *at != "" {
		t, err := time.Parse(time.RFC3339, *at)
		if err != nil {
			fmt.Fprintf(a.stderr, "idlibwatch digest: --at %q is not an RFC 3339 time such as 2026-11-21T08:00:00Z\n", *at)
			return errUsage
		}
		now = t
	}
	_, st, err := a.loadStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	d, err := bot.BuildDigest(ctx, st, failingFeeds(st), now)
	if err != nil {
		return err
	}
	if *print {
		fmt.Fprintln(a.stdout, strings.TrimRight(bot.Plain(bot.DigestDoc(d)), "\n"))
	}
	if *png != "" {
		chart, err := bot.Chart(d)
		if err != nil {
			return err
		}
		if chart == nil {
			fmt.Fprintln(a.stderr, "idlibwatch digest: no figures in the last 24 hours; no chart written")
			return nil
		}
		if err := os.WriteFile(*png, chart, 0o644); err != nil {
			return fmt.Errorf("write the chart: %w", err)
		}
		fmt.Fprintf(a.stderr, "chart written to %s (%d bytes)\n", *png, len(chart))
	}
	return nil
}
