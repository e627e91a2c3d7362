package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/idlibwatch/idlibwatch/bot"
	"github.com/idlibwatch/idlibwatch/store"
)

func init() {
	register(command{name: "alerts", short: "list the alerts in the outbox", run: runAlerts})
}

func runAlerts(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("alerts", "")
	asJSON := fs.Bool("json", false, `print {"alerts":[...]} as JSON`)
	pending := fs.Bool("pending", false, "only alerts not yet delivered")
	failed := fs.Bool("failed", false, "only alerts given up on in some channel (see /idlib status)")
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
	list, err := st.Alerts(ctx, store.AlertFilter{PendingOnly: *pending, FailedOnly: *failed, IncludeSuperseded: *superseded, Limit: *limit})
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
	// The lines a desk reads in chat, so that the two never disagree.
	for _, al := range list {
		status := ""
		if al.Delivery != "" && al.Delivery != "pending" {
			status = "  (" + al.Delivery + ")"
			if al.Delivery == "failed" {
				status = "  (FAILED: given up, not delivered)"
			}
		}
		fmt.Fprintf(a.stdout, "#%d %s  %s  %s%s\n", al.ID, al.Created.Format("2006-01-02 15:04"), strings.ToUpper(string(al.Class)), al.EventTitle, status)
		for _, l := range strings.Split(strings.TrimRight(bot.Plain(bot.AlertDoc(al)), "\n"), "\n")[1:] {
			if strings.TrimSpace(l) != "" {
				fmt.Fprintf(a.stdout, "    %s\n", l)
			}
		}
	}
	return nil
}
