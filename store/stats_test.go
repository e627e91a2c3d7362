package store

import (
	"context"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/events"
)

func TestStats(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.OutboxDepth != 0 || !st.OutboxOldest.IsZero() || !st.LastPoll.IsZero() || !st.LastDelivery.IsZero() || len(st.AlertsByClass) != 0 {
			t.Fatalf("empty store: %+v", st)
		}
		if err := s.Ping(ctx); err != nil {
			t.Fatal(err)
		}

		t0 := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
		var ids []int64
		err = s.InTx(ctx, func(tx *Tx) error {
			for i, class := range []events.Class{events.New, events.Conflict, events.New} {
				id, err := tx.InsertAlert(ctx, alerts.Alert{EventID: 1, Class: class, Created: t0.Add(time.Duration(i) * time.Minute)})
				if err != nil {
					return err
				}
				ids = append(ids, id)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.MarkAlertDelivered(ctx, ids[0], t0.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		d := Delivery{Kind: KindAlert, RefID: ids[0], Platform: "slack", Dest: "C1", Key: "k1"}
		if _, err := s.BeginDelivery(ctx, d, t0.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		d.Status = DeliverySent
		if err := s.FinishDelivery(ctx, d, t0.Add(2*time.Hour)); err != nil {
			t.Fatal(err)
		}
		d2 := Delivery{Kind: KindAlert, RefID: ids[1], Platform: "slack", Dest: "C1", Key: "k2"}
		if _, err := s.BeginDelivery(ctx, d2, t0.Add(3*time.Hour)); err != nil {
			t.Fatal(err)
		}
		f, _, err := s.AddFeed(ctx, Feed{URL: "https://example.org/feed"})
		if err != nil {
			t.Fatal(err)
		}
		f.LastAttempt = t0.Add(4 * time.Hour)
		if err := s.SaveFeedPoll(ctx, f, nil, nil); err != nil {
			t.Fatal(err)
		}

		st, err = s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.OutboxDepth != 2 || !st.OutboxOldest.Equal(t0.Add(time.Minute)) {
			t.Errorf("outbox %d oldest %v, want 2 and %v", st.OutboxDepth, st.OutboxOldest, t0.Add(time.Minute))
		}
		if st.AlertsByClass[string(events.New)] != 2 || st.AlertsByClass[string(events.Conflict)] != 1 {
			t.Errorf("alerts by class %v", st.AlertsByClass)
		}
		if !st.LastDelivery.Equal(t0.Add(2*time.Hour)) || !st.LastPoll.Equal(t0.Add(4*time.Hour)) || st.Feeds != 1 {
			t.Errorf("last delivery %v, last poll %v, feeds %d", st.LastDelivery, st.LastPoll, st.Feeds)
		}
		want := []DeliveryCount{{"slack", KindAlert, DeliverySending, 1}, {"slack", KindAlert, DeliverySent, 1}}
		if len(st.Deliveries) != 2 || st.Deliveries[0] != want[0] || st.Deliveries[1] != want[1] {
			t.Errorf("deliveries %+v, want %+v", st.Deliveries, want)
		}

		// Given up on, or skipped: counted as such, no longer waiting.
		if err := s.MarkAlertFailed(ctx, ids[1], "gave up", t0.Add(5*time.Hour)); err != nil {
			t.Fatal(err)
		}
		if err := s.SkipAlert(ctx, ids[2], t0.Add(5*time.Hour)); err != nil {
			t.Fatal(err)
		}
		if st, err = s.Stats(ctx); err != nil || st.OutboxDepth != 0 || st.AlertsFailed != 1 || st.AlertsSkipped != 1 {
			t.Errorf("after failing and skipping: %+v %v", st, err)
		}
	})
}
