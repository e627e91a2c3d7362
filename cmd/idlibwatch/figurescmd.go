package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/store"
)

func init() {
	register(command{name: "figures", short: "an event's figure ledger: ranges over sources and every claim", run: runFigures})
}

func runFigures(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("figures", "EVENT|QUERY")
	asJSON := fs.Bool("json", false, `print {"ledger":{...},"others":[...]} as JSON`)
	query, err := parseQuery(fs, args)
	if err != nil {
		return err
	}
	_, st, err := a.loadStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	found, err := st.FindEvents(ctx, query, 10)
	if err != nil {
		return err
	}
	if len(found) == 0 {
		if *asJSON {
			return writeJSON(a.stdout, map[string]any{"ledger": nil, "others": []events.Event{}})
		}
		fmt.Fprintf(a.stdout, "no event matches %q\n", query)
		return nil
	}
	l, err := st.EventLedger(ctx, found[0].Key)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("event %s vanished: %w", found[0].Key, err)
	}
	if err != nil {
		return err
	}
	others := found[1:]
	if *asJSON {
		return writeJSON(a.stdout, map[string]any{"ledger": l, "others": nonNil(others)})
	}
	printLedger(a.stdout, l)
	if len(others) > 0 {
		fmt.Fprintln(a.stdout, "\nalso matching:")
		for _, e := range others {
			fmt.Fprintf(a.stdout, "  %s  (%s)\n", e.Title, e.Key)
		}
	}
	return nil
}

func printLedger(w io.Writer, l events.Ledger) {
	e := l.Event
	fmt.Fprintf(w, "%s\n  key %s", e.Title, e.Key)
	if len(e.Places) > 0 {
		fmt.Fprintf(w, " · places %s", strings.Join(e.Places, ", "))
	}
	fmt.Fprintln(w)
	articles := 0
	for _, r := range l.Reports {
		articles += 1 + len(r.Copies)
	}
	fmt.Fprintf(w, "  %s in %s\n", count(articles, "article"), count(len(l.Reports), "report"))
	if len(l.Figures) == 0 {
		fmt.Fprintln(w, "\nno figures yet")
	}
	for _, r := range l.Figures {
		fmt.Fprintf(w, "\n%s\n", r)
		for _, c := range r.Claims {
			mark := "  "
			if c.Class == events.Conflict {
				mark = "! "
			}
			fmt.Fprintf(w, "  %s%-8s %-28s %-12s %s", mark, interval(c), source(c), c.Class, c.SeenAt.Format("2006-01-02 15:04"))
			if c.URL != "" {
				fmt.Fprintf(w, "  %s", c.URL)
			}
			fmt.Fprintln(w)
			var notes []string
			if c.Quote != "" {
				notes = append(notes, fmt.Sprintf("%q", c.Quote))
			}
			if c.Entity != "" && c.Source != "" && c.Source != c.Entity {
				notes = append(notes, "as "+c.Source)
			}
			if c.Background {
				notes = append(notes, "background, recalled by a later article")
			}
			if c.Partial {
				notes = append(notes, "partial account")
			}
			if len(notes) > 0 {
				fmt.Fprintf(w, "      %s\n", strings.Join(notes, " · "))
			}
		}
	}
	if len(l.Reports) > 0 {
		fmt.Fprintln(w, "\nreports:")
		for _, r := range l.Reports {
			outlets := strings.Join(r.Outlets, ", ")
			if outlets == "" {
				outlets = "outlet unknown"
			}
			fmt.Fprintf(w, "  %s — %s", r.Title, outlets)
			if r.URL != "" {
				fmt.Fprintf(w, "  %s", r.URL)
			}
			fmt.Fprintln(w)
		}
	}
}

// interval renders a claim's bounds as the text would: "13", "9+", "≤10", "3–5", "~20".
func interval(c events.Claim) string {
	var s string
	switch {
	case c.Min != nil && c.Max != nil && *c.Min == *c.Max:
		s = fmt.Sprint(*c.Min)
	case c.Min != nil && c.Max != nil:
		s = fmt.Sprintf("%d–%d", *c.Min, *c.Max)
	case c.Min != nil:
		s = fmt.Sprintf("%d+", *c.Min)
	case c.Max != nil:
		s = fmt.Sprintf("≤%d", *c.Max)
	default:
		s = "?"
	}
	if c.Approx {
		s = "~" + s
	}
	return s
}

// source names a claim's source as alerts and the digest do, by its entity
// ("White Helmets" for "the Syrian Civil Defense"); the words the report used
// are in the notes below it.
func source(c events.Claim) string {
	switch {
	case c.Entity != "" && c.Source != "":
		return c.Entity
	case c.Source != "":
		return c.Source
	case c.Outlet != "":
		return c.Outlet + " (own voice)"
	}
	return "the article (own voice)"
}
