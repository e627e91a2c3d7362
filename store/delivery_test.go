package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/events"
)

func TestDeliveryLifecycle(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		now := time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)
		d := Delivery{Kind: KindAlert, RefID: 1, Platform: "slack", Dest: "C1", Key: "a1-x"}
		if _, err := s.Delivery(ctx, KindAlert, 1, "slack", "C1"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("before: %v", err)
		}
		prev, err := s.BeginDelivery(ctx, d, now)
		if err != nil || prev.Status != "" {
			t.Fatalf("first begin: %+v %v", prev, err)
		}
		// A failure is counted and its backoff kept; a restart (the
		// second begin) counts nothing.
		d.Status, d.CountFailure, d.NextTry = DeliverySending, true, now.Add(30*time.Second)
		if err := s.FinishDelivery(ctx, d, now.Add(time.Second)); err != nil {
			t.Fatal(err)
		}
		prev, err = s.BeginDelivery(ctx, d, now.Add(time.Minute))
		if err != nil || prev.Status != DeliverySending || prev.Attempts != 1 || !prev.Started.Equal(now) || !prev.NextTry.Equal(now.Add(30*time.Second)) {
			t.Fatalf("second begin saw %+v %v", prev, err)
		}
		d.Status, d.CountFailure, d.NextTry, d.MessageTS = DeliverySent, false, time.Time{}, "1700000000.000001"
		d.ThreadEvent, d.Thread = 7, "1700000000.000001"
		if err := s.FinishDelivery(ctx, d, now.Add(2*time.Minute)); err != nil {
			t.Fatal(err)
		}
		got, err := s.Delivery(ctx, KindAlert, 1, "slack", "C1")
		if err != nil || got.Status != DeliverySent || got.Attempts != 1 || got.MessageTS != "1700000000.000001" || got.Key != "a1-x" ||
			!got.FirstTry.Equal(now) || !got.NextTry.IsZero() {
			t.Errorf("after: %+v %v", got, err)
		}
		// "sent" and the event's thread land in one write.
		if th, err := s.ChatThread(ctx, 7, "slack", "C1"); err != nil || th != "1700000000.000001" {
			t.Errorf("thread recorded with the delivery: %q %v", th, err)
		}
	})
}

func TestThreadsAndDigestRuns(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		now := time.Date(2026, 11, 21, 8, 0, 0, 0, time.UTC)
		if th, err := s.ChatThread(ctx, 7, "slack", "C1"); err != nil || th != "" {
			t.Fatalf("no thread yet: %q %v", th, err)
		}
		s.SetChatThread(ctx, 7, "slack", "C1", "1.1", now)
		s.SetChatThread(ctx, 7, "slack", "C1", "2.2", now) // the first stays
		if th, _ := s.ChatThread(ctx, 7, "slack", "C1"); th != "1.1" {
			t.Errorf("thread %q", th)
		}
		id1, created, err := s.ClaimDigestRun(ctx, "desk", now, now)
		if err != nil || !created {
			t.Fatalf("claim: %d %v %v", id1, created, err)
		}
		id2, created, _ := s.ClaimDigestRun(ctx, "desk", now, now.Add(time.Minute))
		if id2 != id1 || created {
			t.Errorf("second claim: %d %v", id2, created)
		}
	})
}

func TestAlertsCreatedBetweenAndMarkDelivered(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		day := time.Date(2026, 11, 21, 8, 0, 0, 0, time.UTC)
		mk := func(event int64, at time.Time) alerts.Alert {
			return alerts.Alert{EventID: event, Class: events.New, Created: at}
		}
		var ids []int64
		s.InTx(ctx, func(tx *Tx) error {
			for _, a := range []alerts.Alert{
				mk(1, day.Add(-72*time.Hour)), // old, but its event is active: kept for the history
				mk(1, day.Add(-time.Hour)),
				mk(2, day.Add(-48*time.Hour)), // an inactive event
				mk(3, day),                    // after the window
			} {
				id, err := tx.InsertAlert(ctx, a)
				if err != nil {
					return err
				}
				ids = append(ids, id)
			}
			return nil
		})
		as, err := s.AlertsCreatedBetween(ctx, day.Add(-24*time.Hour), day)
		if err != nil || len(as) != 2 || as[0].ID != ids[0] || as[1].ID != ids[1] {
			t.Fatalf("alerts %+v %v", as, err)
		}
		if err := s.MarkAlertDelivered(ctx, ids[0], day); err != nil {
			t.Fatal(err)
		}
		pending, _ := s.Alerts(ctx, AlertFilter{PendingOnly: true})
		if len(pending) != 3 {
			t.Errorf("%d pending, want 3", len(pending))
		}
	})
}
