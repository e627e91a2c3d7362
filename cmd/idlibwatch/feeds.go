package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/idlibwatch/idlibwatch/config"
	"github.com/idlibwatch/idlibwatch/feeds"
	"github.com/idlibwatch/idlibwatch/store"
)

func init() {
	register(command{name: "feeds", short: "list the polled feeds (see feeds add|list|remove|import|export)", run: feedsList})
	register(command{name: "feeds list", short: "list feeds: status, last success and error, items, next poll", run: feedsList})
	register(command{name: "feeds add", short: "add a feed by its URL or a page that links to it", run: feedsAdd})
	register(command{name: "feeds remove", short: "remove a feed by URL or ID (its articles stay)", run: feedsRemove})
	register(command{name: "feeds import", short: "add the feeds of an OPML file", run: feedsImport})
	register(command{name: "feeds export", short: "write the feeds as OPML to stdout", run: feedsExport})
}

// feedOptions maps the config onto the poller's options.
func feedOptions(cfg *config.Config, log *slog.Logger) feeds.Options {
	redirects := cfg.Network.MaxRedirects
	if redirects == 0 {
		redirects = -1 // the config's 0 refuses every redirect
	}
	return feeds.Options{
		UserAgent:     cfg.Network.UserAgent,
		Timeout:       time.Duration(cfg.Network.Timeout),
		MaxBody:       int64(cfg.Network.MaxBody),
		MaxRedirects:  redirects,
		Workers:       cfg.Network.Workers,
		PerHost:       cfg.Network.PerHost,
		AllowPrivate:  cfg.Network.AllowPrivate,
		Schedule:      string(cfg.Schedule),
		FailingAfter:  cfg.Poll.FailingAfter,
		MaxBackoff:    time.Duration(cfg.Poll.MaxBackoff),
		FulltextBelow: cfg.Poll.FulltextBelow,
		Backfill:      cfg.Poll.Backfill,
		Topic:         cfg.Topic.Name,
		ExtraTerms:    cfg.Topic.ExtraTerms,
		Log:           log,
	}
}

// configSources lists the config's feeds for feeds.SyncConfig.
func configSources(cfg *config.Config) []feeds.Source {
	out := make([]feeds.Source, 0, len(cfg.Feeds))
	for _, f := range cfg.Feeds {
		out = append(out, feeds.Source{URL: f.URL, Title: f.Title, Schedule: string(f.Schedule), FullText: f.FullText})
	}
	return out
}

// syncedFeeds brings the config's feeds into the store, then lists every feed.
func syncedFeeds(ctx context.Context, cfg *config.Config, st *store.Store) ([]store.Feed, error) {
	if _, err := feeds.SyncConfig(ctx, st, configSources(cfg)); err != nil {
		return nil, err
	}
	return st.Feeds(ctx)
}

func feedsList(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("feeds list", "")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(a.stderr, "idlibwatch feeds list: unexpected argument %q (subcommands: add, list, remove, import, export)\n", fs.Arg(0))
		return errUsage
	}
	cfg, st, err := a.loadStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	all, err := syncedFeeds(ctx, cfg, st)
	if err != nil {
		return err
	}
	if len(all) == 0 {
		fmt.Fprintln(a.stdout, "no feeds; add one with 'idlibwatch feeds add URL'")
		return nil
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATUS\tLAST SUCCESS\tITEMS\tRELEVANT\tNEXT POLL\tURL\tTITLE\tLAST ERROR")
	now := time.Now()
	for _, f := range all {
		// The next tick of its schedule, unless it backs off past that.
		spec := f.Schedule
		if spec == "" {
			spec = string(cfg.Schedule)
		}
		next := "?"
		if t, err := feeds.NextRun(spec, now); err == nil {
			if f.NextAttempt.After(t) {
				t, _ = feeds.NextRun(spec, f.NextAttempt.Add(-time.Second))
			}
			next = t.Local().Format("2006-01-02 15:04")
		}
		status := f.Status
		if f.Failures > 0 && f.Status != store.FeedFailing {
			status += fmt.Sprintf(" (%d failed)", f.Failures)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\n", f.ID, status, when(f.LastSuccess), f.ItemsSeen, f.ItemsRelevant,
			next, f.URL, oneLine(f.Title, 40), oneLine(f.LastError, 80))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return printBusyHosts(a.stdout, all, cfg.Network.PerHost)
}

// busyHostFeeds is how many feeds make a host worth showing: polled
// network.per_host at a time, its feeds set the length of every cycle.
const busyHostFeeds = 10

// hostCycle is what a cycle costs on one host.
type hostCycle struct {
	host  string
	feeds int
	last  time.Duration // first to last poll start of the latest cycle; -1 unknown
}

// busyHosts lists the hosts with at least busyHostFeeds feeds, most feeds
// first. The latest cycle is the run of poll starts, newest back, with no
// gap over a minute between them (cycles are minutes apart).
func busyHosts(all []store.Feed) []hostCycle {
	byHost := map[string][]store.Feed{}
	for _, f := range all {
		h := f.URL
		if u, err := url.Parse(f.URL); err == nil && u.Host != "" {
			h = u.Hostname()
		}
		byHost[h] = append(byHost[h], f)
	}
	var out []hostCycle
	for h, fs := range byHost {
		if len(fs) < busyHostFeeds {
			continue
		}
		var starts []time.Time
		for _, f := range fs {
			if !f.LastAttempt.IsZero() {
				starts = append(starts, f.LastAttempt)
			}
		}
		c := hostCycle{host: h, feeds: len(fs), last: -1}
		if len(starts) > 0 {
			slices.SortFunc(starts, func(a, b time.Time) int { return b.Compare(a) })
			first := starts[0]
			for _, t := range starts[1:] {
				if first.Sub(t) > time.Minute {
					break
				}
				first = t
			}
			c.last = starts[0].Sub(first)
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b hostCycle) int {
		if a.feeds != b.feeds {
			return b.feeds - a.feeds
		}
		return strings.Compare(a.host, b.host)
	})
	return out
}

// printBusyHosts shows the hosts whose many feeds lengthen a cycle, so that
// the cost of the per-host limit is visible where it is paid.
func printBusyHosts(w io.Writer, all []store.Feed, perHost int) error {
	hosts := busyHosts(all)
	if len(hosts) == 0 {
		return nil
	}
	fmt.Fprintf(w, "\nhosts with %d feeds or more, polled %d at a time (network.per_host):\n", busyHostFeeds, perHost)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "HOST\tFEEDS\tLAST CYCLE")
	for _, h := range hosts {
		last := "not polled yet"
		if h.last >= 0 {
			last = h.last.Round(time.Second).String() + " from first to last poll"
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\n", h.host, h.feeds, last)
	}
	return tw.Flush()
}

func when(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.Local().Format("2006-01-02 15:04")
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "-"
	}
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func feedsAdd(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("feeds add", "URL")
	title := fs.String("title", "", "title to show instead of the feed's own")
	schedule := fs.String("schedule", "", "cron spec or @every DURATION for this feed (default: the config's schedule)")
	noCheck := fs.Bool("no-check", false, "store the URL as given, without fetching it or discovering its feed")
	fullText := fs.Bool("fulltext", false, "the feed's items are titles only: fetch each new item's page before the topic filter")
	if err := parseArgs(fs, args, 1, 1); err != nil {
		return err
	}
	raw := strings.TrimSpace(fs.Arg(0))
	if *schedule != "" {
		if err := feeds.CheckSchedule(*schedule); err != nil {
			fmt.Fprintf(a.stderr, "idlibwatch feeds add: %v\n", err)
			return errUsage
		}
	}
	cfg, st, err := a.loadStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	feedURL, found := raw, ""
	if !*noCheck {
		f := feeds.NewFetcher(feedOptions(cfg, slog.New(slog.DiscardHandler)))
		d, err := f.Discover(ctx, raw)
		if err != nil {
			return fmt.Errorf("%s: %w (use --no-check to add it anyway)", raw, err)
		}
		feedURL = d.URL
		found = fmt.Sprintf(" (%q, %d items)", d.Title, d.Items)
	}
	f, created, err := st.AddFeed(ctx, store.Feed{URL: feedURL, Title: *title, Schedule: *schedule, FullText: *fullText})
	if err != nil {
		return err
	}
	if !created {
		fmt.Fprintf(a.stdout, "feed %d already present: %s\n", f.ID, f.URL)
		return nil
	}
	if feedURL != raw {
		fmt.Fprintf(a.stdout, "found feed %s on %s\n", feedURL, raw)
	}
	fmt.Fprintf(a.stdout, "added feed %d: %s%s; its first poll is stored as backfill, without alerts\n", f.ID, f.URL, found)
	return nil
}

func feedsRemove(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("feeds remove", "URL|ID")
	if err := parseArgs(fs, args, 1, 1); err != nil {
		return err
	}
	_, st, err := a.loadStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	arg := strings.TrimSpace(fs.Arg(0))
	f, err := feedByRef(ctx, st, arg)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no feed %s (see 'idlibwatch feeds list')", arg)
	}
	if err != nil {
		return err
	}
	if err := st.RemoveFeed(ctx, f.ID); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "removed feed %d: %s\n", f.ID, f.URL)
	if f.FromConfig {
		fmt.Fprintln(a.stdout, "note: the config lists this feed; remove it there too, or it comes back at the next start")
	}
	return nil
}

// feedByRef finds a feed by its ID, else by its URL: how 'feeds remove' and
// '/idlib feeds remove' name one.
func feedByRef(ctx context.Context, st *store.Store, ref string) (store.Feed, error) {
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		return st.Feed(ctx, id)
	}
	return st.FeedByURL(ctx, ref)
}

func feedsImport(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("feeds import", "FILE.opml")
	if err := parseArgs(fs, args, 1, 1); err != nil {
		return err
	}
	file, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer file.Close()
	outlines, err := feeds.ReadOPML(file)
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	_, st, err := a.loadStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	var added, present int
	for _, o := range outlines {
		_, created, err := st.AddFeed(ctx, store.Feed{URL: o.URL, Title: o.Title, SiteURL: o.SiteURL})
		if err != nil {
			return err
		}
		if created {
			added++
		} else {
			present++
		}
	}
	fmt.Fprintf(a.stdout, "imported %d feeds, %d already present\n", added, present)
	return nil
}

func feedsExport(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("feeds export", "")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, st, err := a.loadStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	all, err := syncedFeeds(ctx, cfg, st)
	if err != nil {
		return err
	}
	outlines := make([]feeds.Outline, 0, len(all))
	for _, f := range all {
		outlines = append(outlines, feeds.Outline{URL: f.URL, Title: f.Title, SiteURL: f.SiteURL})
	}
	return feeds.WriteOPML(a.stdout, "idlibwatch feeds", outlines)
}
