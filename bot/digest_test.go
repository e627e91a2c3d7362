package bot

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/store"
	"github.com/robfig/cron/v3"
)

func digestFixture(t *testing.T) (*Scheduler, *fakeChat, *fakeChat, *clock) {
	t.Helper()
	s := openStore(t)
	clk := &clock{t: time.Date(2026, 11, 21, 5, 0, 0, 0, time.UTC)} // 08:00 in Damascus
	a1 := testAlert(7, events.New, 9, clk.t.Add(-20*time.Hour))
	a2 := testAlert(7, events.Revised, 13, clk.t.Add(-10*time.Hour))
	a2.Claims[0].Departs = []events.Claim{a1.Claims[0].Claim}
	a3 := testAlert(7, events.Conflict, 4, clk.t.Add(-5*time.Hour))
	a3.Claims[0].Source, a3.Claims[0].SourceKey, a3.Claims[0].Outlet = "White Helmets <!channel>", "wh", "Reuters"
	a3.Claims[0].Max = ip(4)
	a3.Article.Outlet = "Reuters"
	insertAlerts(t, s, a1, a2, a3)
	sched, err := cron.ParseStandard("CRON_TZ=Asia/Damascus 0 8 * * *")
	if err != nil {
		t.Fatal(err)
	}
	sl, dc := newFakeChat(Slack), newFakeChat(Discord)
	sc := NewScheduler(SchedulerOptions{Store: s, Chats: []Chat{sl, dc}, Now: clk.now,
		Channels: []DigestChannel{{Channel: alerts.Channel{Name: "desk", Slack: "C1", Discord: "99"}, Schedule: sched}},
		Failing: func(context.Context) ([]alerts.HealthProblem, error) {
			return []alerts.HealthProblem{{Feed: "UN News", Reason: "HTTP 404"}}, nil
		}})
	return sc, sl, dc, clk
}

func TestDigestPostedOnScheduleOnce(t *testing.T) {
	sc, sl, dc, clk := digestFixture(t)
	ctx := context.Background()
	// 07:59 in Damascus: nothing due.
	if err := sc.RunDue(ctx, clk.t.Add(-time.Hour), clk.t.Add(-time.Minute)); err != nil {
		t.Fatal(err)
	}
	if len(sl.posts)+len(dc.posts) != 0 {
		t.Fatal("digest posted before 08:00")
	}
	if err := sc.RunDue(ctx, clk.t.Add(-time.Minute), clk.t); err != nil {
		t.Fatal(err)
	}
	if len(sl.posts) != 1 || len(dc.posts) != 1 {
		t.Fatalf("slack %d, discord %d digests; want 1 each", len(sl.posts), len(dc.posts))
	}
	// A restart at 08:10 looks back an hour: nothing is posted twice.
	clk.add(10 * time.Minute)
	if err := sc.RunDue(ctx, clk.t.Add(-time.Hour), clk.t); err != nil {
		t.Fatal(err)
	}
	if len(sl.posts) != 1 || len(dc.posts) != 1 {
		t.Fatalf("after restart: slack %d, discord %d digests", len(sl.posts), len(dc.posts))
	}
	m := sl.posts[0]
	text := Plain(m.Doc)
	for _, want := range []string{
		"Idlib digest — Sat 21 Nov 2026",
		"1 event active since 20 Nov 05:00 UTC; 3 new articles from Enab Baladi, Reuters.",
		"Event 7\n3 alerts, 3 articles\nkilled: 4–13 (White Helmets <!channel>: 4; SOHR: 13)",
		"Open conflicts\n• Event 7, killed: 4 (White Helmets <!channel>) vs 13 (SOHR)",
		"Feeds failing\n• UN News — HTTP 404",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("digest lacks %q:\n%s", want, text)
		}
	}
	if m.File == nil || !bytes.HasPrefix(m.File.Data, []byte("\x89PNG\r\n\x1a\n")) || len(m.File.Data) < 10_000 {
		t.Fatalf("chart missing or not a PNG")
	}
	if m.File.Name != "idlib-digest-2026-11-21.png" {
		t.Errorf("chart name %q", m.File.Name)
	}
}

func TestChartNothingToDraw(t *testing.T) {
	png, err := Chart(alerts.Digest{})
	if err != nil || png != nil {
		t.Errorf("empty digest: %d bytes, %v", len(png), err)
	}
}

func TestDigestOfAChannelFollowingOneEvent(t *testing.T) {
	sc, sl, _, clk := digestFixture(t)
	insertAlerts(t, sc.opt.Store.(*store.Store), testAlert(8, events.New, 2, clk.t.Add(-time.Hour)))
	ch := alerts.Channel{Name: "one", Slack: "C9", Events: []string{"event-8"}}
	if err := sc.Post(context.Background(), ch, clk.t); err != nil {
		t.Fatal(err)
	}
	text := Plain(sl.posts[0].Doc)
	if !strings.Contains(text, "Event 8") || strings.Contains(text, "Event 7") {
		t.Errorf("digest of a channel following event 8:\n%s", text)
	}
}

// Issue 12: a digest whose post failed uncertainly (a 500) was posted again
// when the look-up that should have found it was rate limited.
func TestDigestUncertainPostWaitsForItsLookUp(t *testing.T) {
	sc, sl, _, clk := digestFixture(t)
	ctx := context.Background()
	sl.fail["C1"] = []error{nil}
	sl.crashAfterPost = true // landed, but the answer was lost
	sc.RunDue(ctx, clk.t.Add(-time.Minute), clk.t)
	sl.crashAfterPost = false
	if len(sl.posts) != 1 {
		t.Fatalf("%d slack posts", len(sl.posts))
	}
	sl.findErr = RateLimited(time.Minute, errors.New("429 on conversations.history"))
	for i := 0; i < 3; i++ {
		clk.add(time.Minute)
		if err := sc.RunDue(ctx, clk.t.Add(-time.Hour), clk.t); err == nil {
			t.Error("a rate-limited look-up went unreported (the digest is retried on error)")
		}
	}
	sl.findErr = nil
	clk.add(time.Minute)
	if err := sc.RunDue(ctx, clk.t.Add(-time.Hour), clk.t); err != nil {
		t.Fatal(err)
	}
	if len(sl.posts) != 1 {
		t.Errorf("digest posted %d times", len(sl.posts))
	}
}
