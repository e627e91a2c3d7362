package main

import (
	"context"
	"fmt"

	"github.com/idlibwatch/idlibwatch/feeds"
)

func init() {
	register(command{name: "poll", short: "poll the feeds once and print what each gave", run: pollCmd})
}

func pollCmd(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("poll", "--once")
	once := fs.Bool("once", false, "run one cycle and exit (the schedule runs under 'idlibwatch run')")
	feedURL := fs.String("feed", "", "poll only this feed (its URL as 'feeds list' shows it)")
	backfill := fs.Int("backfill", -1, "of a new feed's first poll, deliver the latest N items live (default: the config's poll.backfill)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if !*once || fs.NArg() > 0 {
		fmt.Fprintln(a.stderr, "idlibwatch poll: use --once; 'idlibwatch run' polls on schedule")
		return errUsage
	}
	cfg, st, err := a.loadStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	log := a.logger(cfg)
	if _, err := feeds.SyncConfig(ctx, st, configSources(cfg)); err != nil {
		return err
	}
	sink := pipelineSink{p: newPipeline(st, cfg, log)}
	p, err := feeds.New(st, sink, feedOptions(cfg, log.With("component", "feeds")))
	if err != nil {
		return err
	}
	sums, err := p.PollOnce(ctx, feeds.PollOptions{FeedURL: *feedURL, Force: true, Backfill: *backfill})
	if err != nil {
		return err
	}
	if len(sums) == 0 {
		fmt.Fprintln(a.stdout, "no feeds to poll; add one with 'idlibwatch feeds add URL' or list them in the config")
		return nil
	}
	failed := 0
	for _, s := range sums {
		fmt.Fprintln(a.stdout, s.String())
		if s.Status == "failed" {
			failed++
		}
	}
	if failed > 0 && failed == len(sums) {
		return fmt.Errorf("all %d feeds failed", failed)
	}
	return nil
}
