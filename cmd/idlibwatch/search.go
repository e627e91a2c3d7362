package main

import (
	"context"
	"fmt"
	"strings"
)

func init() {
	register(command{name: "search", short: "full-text search of the stored articles", run: func(ctx context.Context, a *app, args []string) error {
		fs := a.newFlags("search", "QUERY")
		asJSON := fs.Bool("json", false, `print {"results":[...]} as JSON`)
		limit := fs.Int("n", 20, "at most this many results")
		query, err := parseQuery(fs, args)
		if err != nil {
			return err
		}
		_, st, err := a.loadStore(ctx)
		if err != nil {
			return err
		}
		defer st.Close()
		results, err := st.Search(ctx, query, *limit)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(a.stdout, map[string]any{"results": nonNil(results)})
		}
		if len(results) == 0 {
			fmt.Fprintf(a.stdout, "no articles match %q\n", query)
			return nil
		}
		for i, r := range results {
			meta := []string{}
			if r.Outlet != "" {
				meta = append(meta, r.Outlet)
			}
			if r.Published != "" {
				meta = append(meta, r.Published)
			}
			if r.URL != "" {
				meta = append(meta, r.URL)
			}
			fmt.Fprintf(a.stdout, "%d. %s\n", i+1, r.Title)
			if len(meta) > 0 {
				fmt.Fprintf(a.stdout, "   %s\n", strings.Join(meta, " · "))
			}
			fmt.Fprintf(a.stdout, "   %s\n\n", r.Snippet)
		}
		return nil
	}})
}
