package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/store"
)

// /idlib status reads the real outbox: a failed alert shows as failed, with
// its last error; the others as waiting.
func TestStatusShowsFailedAlerts(t *testing.T) {
	s := openStore(t)
	clk := newClock()
	ids := insertAlerts(t, s, testAlert(1, events.New, 9, clk.t), testAlert(2, events.New, 4, clk.t))
	ctx := context.Background()
	d := store.Delivery{Kind: store.KindAlert, RefID: ids[0], Platform: Slack, Dest: "C1", Key: "a1-x"}
	if _, err := s.BeginDelivery(ctx, d, clk.t); err != nil {
		t.Fatal(err)
	}
	d.Status, d.CountFailure, d.LastError = store.DeliveryFailed, true, "slack: channel_not_found"
	if err := s.FinishDelivery(ctx, d, clk.t); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkAlertFailed(ctx, ids[0], "alert 1 failed", clk.t); err != nil {
		t.Fatal(err)
	}
	clk.add(90 * time.Second)
	c := NewCommands(CommandOptions{Now: clk.now, Status: func(ctx context.Context, now time.Time) (DeliveryStatus, error) {
		ds, err := s.DeliveryStatus(ctx, now, 50)
		out := DeliveryStatus{DeliveryStatus: ds, Leading: true}
		return out, err
	}})
	got := Plain(c.Answer(ctx, Request{Text: "status"}))
	for _, want := range []string{
		"1 alert waiting to be delivered, the oldest for 1m30s.",
		"This replica runs the polls and digests.",
		"• alert #1 to slack C1, 21 Nov 09:00 UTC, after 1 failed post: slack: channel_not_found",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("status lacks %q:\n%s", want, got)
		}
	}
	if st, err := s.Stats(ctx); err != nil || st.OutboxDepth != 1 {
		t.Errorf("outbox depth %d (%v), want 1: a failed alert no longer waits", st.OutboxDepth, err)
	}
	if notices, _ := s.PendingOpsNotices(ctx); len(notices) != 1 || notices[0].Text != "alert 1 failed" {
		t.Errorf("ops notices %+v", notices)
	}
}
