package store

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
)

// Mutes, subscriptions, summary digests and skipped alerts on both backends.
func TestDeskControlsAndSummaries(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, _ backend) {
		ctx := context.Background()
		now := time.Unix(1_800_000_000, 0).UTC()
		must := func(err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
		must(s.Mute(ctx, "desk", 7, time.Time{}, now))
		must(s.Mute(ctx, "desk", 7, now.Add(time.Hour), now)) // a second mute replaces the first
		must(s.Mute(ctx, "desk", 8, time.Time{}, now))
		must(s.Follow(ctx, "other", FollowPlace, "Sarmada", now))
		must(s.Follow(ctx, "other", FollowPlace, "Sarmada", now))
		must(s.Follow(ctx, "other", FollowEvent, "9", now))
		must(s.SetDeskFilters(ctx, "desk", alerts.Filters{MinFigure: 5, Languages: []string{"ar"}}, now))
		must(s.SetDeskFilters(ctx, "desk", alerts.Filters{MinFigure: 6}, now))
		st, err := s.DeskStates(ctx)
		must(err)
		if f := st["desk"].Filters; f.MinFigure != 6 || len(f.Languages) != 0 {
			t.Errorf("desk filters: %+v", f)
		}
		if d := st["desk"]; len(d.Mutes) != 2 || !d.Mutes[7].Equal(now.Add(time.Hour)) || !d.Mutes[8].IsZero() {
			t.Errorf("desk: %+v", d)
		}
		if o := st["other"]; !slices.Equal(o.Places, []string{"Sarmada"}) || !slices.Equal(o.Events, []int64{9}) {
			t.Errorf("other: %+v", o)
		}
		if was, err := s.Unmute(ctx, "desk", 8); err != nil || !was {
			t.Errorf("unmute = %v, %v", was, err)
		}
		if was, _ := s.Unmute(ctx, "desk", 8); was {
			t.Errorf("unmuted twice")
		}
		if was, _ := s.Unfollow(ctx, "other", FollowPlace, "Sarmada"); !was {
			t.Errorf("unfollow found nothing")
		}

		if d, _ := s.SummaryDigest(ctx, 7, "slack", "C1"); d != "" {
			t.Errorf("digest before any: %q", d)
		}
		must(s.SetSummaryDigest(ctx, 7, "slack", "C1", "1.1", "abc", now))
		must(s.SetSummaryDigest(ctx, 7, "slack", "C1", "1.1", "def", now))
		if d, _ := s.SummaryDigest(ctx, 7, "slack", "C1"); d != "def" {
			t.Errorf("digest = %q, want the latest", d)
		}

		var id int64
		must(s.InTx(ctx, func(tx *Tx) error {
			var err error
			id, err = tx.InsertAlert(ctx, alerts.Alert{EventID: 7, EventKey: "e", Class: "new", Article: alerts.Article{ID: 1}, Created: now})
			return err
		}))
		must(s.SkipAlert(ctx, id, now))
		if p, _ := s.Alerts(ctx, AlertFilter{PendingOnly: true}); len(p) != 0 {
			t.Errorf("a skipped alert is pending")
		}
		if all, _ := s.Alerts(ctx, AlertFilter{SkippedOnly: true}); len(all) != 1 || all[0].Delivery != "skipped" {
			t.Errorf("skipped alerts: %+v", all)
		}
	})
}
