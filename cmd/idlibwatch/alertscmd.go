package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
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
	cfg, st, err := a.loadStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := st.Alerts(ctx, store.AlertFilter{PendingOnly: *pending, FailedOnly: *failed, IncludeSuperseded: *superseded, Limit: *limit})
	if err != nil {
		return err
	}
	maxAge := time.Duration(cfg.Alerts.MaxAge)
	var skipped []alerts.Alert
	if *pending {
		// Stale alerts are not pending, but a desk wondering why the
		// outbox is quiet should hear of them.
		if skipped, err = st.Alerts(ctx, store.AlertFilter{SkippedOnly: true, Limit: 1000}); err != nil {
			return err
		}
	}
	if *asJSON {
		out := map[string]any{"alerts": nonNil(list)}
		if *pending {
			out["skipped"] = len(skipped)
		}
		return writeJSON(a.stdout, out)
	}
	defer func() {
		if len(skipped) > 0 {
			fmt.Fprintf(a.stdout, "%d alerts skipped, not posted: their reports were older than alerts.max_age (%s) when delivery first saw them (`idlibwatch alerts` lists them)\n", len(skipped), maxAge)
		}
	}()
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
		} else if maxAge > 0 && time.Since(al.Time()) > maxAge {
			status = "  (will be skipped: its report is older than alerts.max_age, " + maxAge.String() + ")"
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
