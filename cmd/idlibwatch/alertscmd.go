package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/idlibwatch/idlibwatch/store"
)

func init() {
	register(command{name: "alerts", short: "list the alerts in the outbox", run: runAlerts})
}

func runAlerts(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("alerts", "")
	asJSON := fs.Bool("json", false, `print {"alerts":[...]} as JSON`)
	pending := fs.Bool("pending", false, "only alerts not yet delivered")
	superseded := fs.Bool("superseded", false, "include alerts withdrawn by a merge, split or edit")
	limit := fs.Int("n", 100, "at most this many alerts")
	if err := parseArgs(fs, args, 0, 0); err != nil {
		return err
	}
	_, st, err := a.loadStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := st.Alerts(ctx, store.AlertFilter{PendingOnly: *pending, IncludeSuperseded: *superseded, Limit: *limit})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(a.stdout, map[string]any{"alerts": nonNil(list)})
	}
	if len(list) == 0 {
		fmt.Fprintln(a.stdout, "no alerts")
		return nil
	}
	for _, al := range list {
		c := al.Claim
		fmt.Fprintf(a.stdout, "#%d %s  %s  %s\n", al.ID, al.Created.Format("2006-01-02 15:04"), strings.ToUpper(string(al.Class)), al.EventTitle)
		fmt.Fprintf(a.stdout, "    %s %s %s — %s\n", interval(c), c.Metric, groupWords(c.Actor, string(c.Group)), source(c))
		for _, d := range al.Departs {
			fmt.Fprintf(a.stdout, "    departs from %s %s — %s\n", interval(d), groupWords(d.Actor, string(d.Group)), source(d))
		}
		if c.URL != "" {
			fmt.Fprintf(a.stdout, "    %s\n", c.URL)
		}
	}
	return nil
}

func groupWords(actor, group string) string {
	if actor != "" {
		return actor + " " + group
	}
	return group
}
