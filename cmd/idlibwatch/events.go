package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/store"
)

func init() {
	register(command{name: "events", short: "list recent events with their headline figures", run: runEvents})
	register(command{name: "events merge", short: "merge event B into event A (same incident)", run: runEventsMerge})
	register(command{name: "events split", short: "move articles out of an event into a new one", run: runEventsSplit})
	register(command{name: "events rename", short: "give an event a title of your own", run: runEventsRename})
	register(command{name: "events why", short: "why an article was filed under its event: the evidence and its weights", run: runEventsWhy})
}

func runEventsWhy(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("events why", "ARTICLE_ID|URL")
	asJSON := fs.Bool("json", false, "print the event and the evidence as JSON")
	if err := parseArgs(fs, args, 1, 1); err != nil {
		return err
	}
	cfg, st, err := a.loadStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	var art articles.Article
	if id, perr := strconv.ParseInt(fs.Arg(0), 10, 64); perr == nil {
		art, err = st.Article(ctx, id)
	} else {
		art, err = st.ArticleByURL(ctx, fs.Arg(0))
	}
	if err != nil {
		return fmt.Errorf("events why %s: %w", fs.Arg(0), err)
	}
	link, err := st.ArticleEvent(ctx, art.ID)
	if errors.Is(err, store.ErrNotFound) {
		rivals, err := newPipeline(st, cfg, a.logger(cfg)).Rivals(ctx, art)
		if err != nil {
			return err
		}
		if len(rivals) > 1 {
			fmt.Fprintf(a.stdout, "article %d %q is filed under no event: it is ambiguous, fitting %d events about equally well:\n", art.ID, art.Title, len(rivals))
			for _, e := range rivals {
				fmt.Fprintf(a.stdout, "  event %d %s: %s\n", e.ID, e.Key, e.Title)
			}
			return nil
		}
		fmt.Fprintf(a.stdout, "article %d %q is filed under no event: it reports no incident of its own (no figures of its own, or no date, place and kind)\n", art.ID, art.Title)
		return nil
	}
	if err != nil {
		return err
	}
	e, err := st.Event(ctx, strconv.FormatInt(link.EventID, 10))
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(a.stdout, map[string]any{"article_id": art.ID, "event": e, "pinned": link.Pinned, "copy_of": copyOf(link), "why": link.Why})
	}
	fmt.Fprintf(a.stdout, "article %d %q\nevent %s: %s\n", art.ID, art.Title, e.Key, e.Title)
	switch {
	case link.Pinned:
		fmt.Fprintln(a.stdout, "placed by an operator (events merge or split); when first filed:")
	case link.Why.Rule == "" && len(link.Why.Parts) == 0:
		fmt.Fprintln(a.stdout, "filed before the evidence was recorded")
		return nil
	}
	fmt.Fprintln(a.stdout, link.Why)
	return nil
}

func copyOf(l store.EventArticle) int64 {
	if l.Copy() {
		return l.ReportID
	}
	return 0
}

func runEvents(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("events", "")
	asJSON := fs.Bool("json", false, `print {"events":[...]} as JSON`)
	since := fs.Duration("since", 0, "only events active within this long (default: all)")
	limit := fs.Int("n", 30, "at most this many events")
	if err := parseArgs(fs, args, 0, 0); err != nil {
		return err
	}
	_, st, err := a.loadStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	var from time.Time
	if *since > 0 {
		from = time.Now().Add(-*since)
	}
	list, err := st.RecentEvents(ctx, from, *limit)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(a.stdout, map[string]any{"events": nonNil(list)})
	}
	if len(list) == 0 {
		fmt.Fprintln(a.stdout, "no events")
		return nil
	}
	for _, s := range list {
		printSummary(a.stdout, s)
	}
	return nil
}

func printSummary(w io.Writer, s events.Summary) {
	e := s.Event
	fmt.Fprintf(w, "%s\n  key %s · %s, %s · first seen %s, last %s\n", e.Title, e.Key, count(s.Articles, "article"), count(s.Outlets, "outlet"),
		e.FirstSeen.Format("2006-01-02 15:04"), e.LastSeen.Format("2006-01-02 15:04"))
	for _, r := range s.Headline {
		fmt.Fprintf(w, "  %s\n", r)
	}
	if s.Conflicts > 0 {
		fmt.Fprintf(w, "  %s in conflict\n", count(s.Conflicts, "figure"))
	}
}

func runEventsMerge(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("events merge", "EVENT_A EVENT_B")
	if err := parseArgs(fs, args, 2, 2); err != nil {
		return err
	}
	_, st, err := a.loadStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	e, res, err := st.MergeEvents(ctx, fs.Arg(0), fs.Arg(1), time.Now())
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "merged %s into %s (%s)\n%s\n", fs.Arg(1), e.Key, e.Title, recomputed(res))
	return nil
}

// recomputed says what recomputing a ledger after a merge or split did.
func recomputed(r store.Recomputed) string {
	return fmt.Sprintf("ledger recomputed: %d claim(s) reclassified, %d alert(s) written, %d pending alert(s) superseded", r.Reclassified, r.Alerts, r.Superseded)
}

func runEventsSplit(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("events split", "EVENT ARTICLE_ID|URL...")
	if err := parseArgs(fs, args, 2, -1); err != nil {
		return err
	}
	_, st, err := a.loadStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	var ids []int64
	for _, arg := range fs.Args()[1:] {
		if id, err := strconv.ParseInt(arg, 10, 64); err == nil {
			ids = append(ids, id)
			continue
		}
		art, err := st.ArticleByURL(ctx, arg)
		if err != nil {
			return err
		}
		ids = append(ids, art.ID)
	}
	e, res, err := st.SplitEvent(ctx, fs.Arg(0), ids, time.Now())
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "split %d article(s) into %s (%s)\n%s\n", len(ids), e.Key, e.Title, recomputed(res))
	return nil
}

func runEventsRename(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("events rename", "EVENT TITLE...")
	if err := parseArgs(fs, args, 2, -1); err != nil {
		return err
	}
	_, st, err := a.loadStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	e, err := st.RenameEvent(ctx, fs.Arg(0), strings.Join(fs.Args()[1:], " "), time.Now())
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "%s is now titled %q\n", e.Key, e.Title)
	return nil
}

// count says "1 article", "4 articles".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
