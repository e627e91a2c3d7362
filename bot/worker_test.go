package bot

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
	"github.com/idlibwatch/idlibwatch/store"
)

func openStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), "sqlite", filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func ip(n int) *int { return &n }

func testAlert(event int64, class events.Class, n int, created time.Time) alerts.Alert {
	c := events.Claim{Metric: figures.Killed, Group: figures.People, Min: ip(n), Max: ip(n), Source: "SOHR", SourceKey: "sohr",
		URL: fmt.Sprintf("https://example.org/%d/%d", event, n), Title: "Raid", Outlet: "Enab Baladi", SeenAt: created, Class: class}
	return alerts.Alert{EventID: event, EventKey: fmt.Sprintf("event-%d", event), EventTitle: fmt.Sprintf("Event %d", event), Class: class,
		Article: alerts.Article{Title: c.Title, URL: c.URL, Outlet: c.Outlet, Seen: created},
		Claims:  []alerts.Item{{Claim: c}}, Broadcast: class == events.Conflict, Created: created}
}

func insertAlerts(t *testing.T, s *store.Store, as ...alerts.Alert) []int64 {
	t.Helper()
	var ids []int64
	err := s.InTx(context.Background(), func(tx *store.Tx) error {
		for _, a := range as {
			id, err := tx.InsertAlert(context.Background(), a)
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
	return ids
}

// fakeChat records posts and plays scripted failures per destination.
type fakeChat struct {
	mu       sync.Mutex
	platform string
	posts    []Outgoing
	fail     map[string][]error // dest → errors returned by the next posts, in order
	landed   map[string]Posted  // key → what Find returns
	findErr  error
	finds    int
	n        int
	// crashAfterPost simulates a process dying between the platform call
	// and the write of its outcome: the post lands, and Post reports a
	// cancelled context.
	crashAfterPost bool
}

func newFakeChat(platform string) *fakeChat {
	return &fakeChat{platform: platform, fail: map[string][]error{}, landed: map[string]Posted{}}
}

func (f *fakeChat) Platform() string { return f.platform }
func (f *fakeChat) Dest(ch alerts.Channel) string {
	if f.platform == Discord {
		return ch.Discord
	}
	return ch.Slack
}

func (f *fakeChat) Post(ctx context.Context, m Outgoing) (Posted, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if errs := f.fail[m.Dest]; len(errs) > 0 {
		f.fail[m.Dest] = errs[1:]
		if errs[0] != nil {
			return Posted{}, errs[0]
		}
	}
	f.n++
	f.posts = append(f.posts, m)
	p := Posted{ID: fmt.Sprintf("ts%d", f.n), Thread: m.Thread}
	if p.Thread == "" {
		p.Thread = p.ID
	}
	f.landed[m.Key] = p
	if f.crashAfterPost {
		return Posted{}, context.Canceled
	}
	return p, nil
}

func (f *fakeChat) Find(ctx context.Context, dest, thread, key string, since time.Time) (Posted, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.finds++
	if f.findErr != nil {
		return Posted{}, false, f.findErr
	}
	p, ok := f.landed[key]
	return p, ok, nil
}

type clock struct{ t time.Time }

func (c *clock) now() time.Time      { return c.t }
func (c *clock) add(d time.Duration) { c.t = c.t.Add(d) }
func newClock() *clock               { return &clock{t: time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)} }
func pending(t *testing.T, s *store.Store) int {
	t.Helper()
	as, err := s.Alerts(context.Background(), store.AlertFilter{PendingOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	return len(as)
}

func TestWorkerThreadsAndPacing(t *testing.T) {
	s := openStore(t)
	clk := newClock()
	chat := newFakeChat(Slack)
	insertAlerts(t, s,
		testAlert(1, events.New, 9, clk.t),
		testAlert(1, events.Revised, 13, clk.t),
		testAlert(2, events.New, 3, clk.t),
		testAlert(1, events.Conflict, 4, clk.t),
	)
	w := NewWorker(WorkerOptions{Store: s, Chats: []Chat{chat}, Channels: []alerts.Channel{{Name: "desk", Slack: "C1"}},
		Pace: map[string]time.Duration{Slack: time.Second}, Now: clk.now})
	ctx := context.Background()
	for i := 0; i < 4; i++ {
		wait, err := w.Pass(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(chat.posts) != i+1 {
			t.Fatalf("pass %d: %d posts, want %d (one per second per channel)", i, len(chat.posts), i+1)
		}
		if i < 3 && wait != time.Second {
			t.Fatalf("pass %d: wait %s, want 1s", i, wait)
		}
		clk.add(wait)
	}
	p := chat.posts
	if p[0].Thread != "" || p[0].ThreadName != "Event 1" {
		t.Errorf("first alert of event 1: thread %q name %q, want a new thread", p[0].Thread, p[0].ThreadName)
	}
	if p[1].Thread != "ts1" || p[1].Broadcast {
		t.Errorf("revision: thread %q broadcast %v, want ts1 without broadcast", p[1].Thread, p[1].Broadcast)
	}
	if p[2].Thread != "" {
		t.Errorf("event 2 went to thread %q", p[2].Thread)
	}
	if p[3].Thread != "ts1" || !p[3].Broadcast {
		t.Errorf("conflict: thread %q broadcast %v, want ts1 broadcast", p[3].Thread, p[3].Broadcast)
	}
	if n := pending(t, s); n != 0 {
		t.Errorf("%d alerts still pending", n)
	}
	ds, _ := s.Deliveries(ctx, store.KindAlert, 2)
	if len(ds) != 1 || ds[0].Status != store.DeliverySent || ds[0].MessageTS != "ts2" || ds[0].Key != IdempotencyKey("alert", 2, Slack, "C1") {
		t.Errorf("deliveries of alert 2 = %+v", ds)
	}
}

func TestWorkerRateLimitThenSuccess(t *testing.T) {
	s := openStore(t)
	clk := newClock()
	chat := newFakeChat(Slack)
	chat.fail["C1"] = []error{RateLimited(30*time.Second, errors.New("429"))}
	insertAlerts(t, s, testAlert(1, events.New, 9, clk.t))
	w := NewWorker(WorkerOptions{Store: s, Chats: []Chat{chat}, Channels: []alerts.Channel{{Name: "desk", Slack: "C1"}}, Now: clk.now})
	ctx := context.Background()
	w.Pass(ctx)
	if len(chat.posts) != 0 {
		t.Fatal("posted despite the 429")
	}
	clk.add(29 * time.Second)
	wait, _ := w.Pass(ctx)
	if len(chat.posts) != 0 || wait != time.Second {
		t.Fatalf("posted %d before Retry-After passed (wait %s)", len(chat.posts), wait)
	}
	clk.add(time.Second)
	w.Pass(ctx)
	if len(chat.posts) != 1 || pending(t, s) != 0 {
		t.Fatalf("after Retry-After: %d posts, %d pending", len(chat.posts), pending(t, s))
	}
	if chat.finds != 0 {
		t.Errorf("a 429 (surely not posted) was looked up %d times", chat.finds)
	}
}

func TestWorkerServerErrorBacksOffAndLooksUp(t *testing.T) {
	s := openStore(t)
	clk := newClock()
	chat := newFakeChat(Slack)
	chat.fail["C1"] = []error{errors.New("502 Bad Gateway"), errors.New("503")}
	insertAlerts(t, s, testAlert(1, events.New, 9, clk.t))
	w := NewWorker(WorkerOptions{Store: s, Chats: []Chat{chat}, Channels: []alerts.Channel{{Name: "desk", Slack: "C1"}},
		Backoff: 10 * time.Second, Now: clk.now})
	ctx := context.Background()
	wait, _ := w.Pass(ctx)
	if wait != 10*time.Second {
		t.Fatalf("first backoff %s, want 10s", wait)
	}
	clk.add(wait)
	wait, _ = w.Pass(ctx)
	if wait != 20*time.Second || chat.finds != 1 {
		t.Fatalf("second backoff %s (want 20s), finds %d (want 1: a 5xx may have posted)", wait, chat.finds)
	}
	clk.add(wait)
	w.Pass(ctx)
	if len(chat.posts) != 1 || pending(t, s) != 0 {
		t.Fatalf("%d posts, %d pending", len(chat.posts), pending(t, s))
	}
	ds, _ := s.Deliveries(ctx, store.KindAlert, 1)
	if ds[0].Attempts != 2 {
		t.Errorf("attempts = %d, want 2 (the two failures)", ds[0].Attempts)
	}
}

func TestWorkerPermanentErrorDoesNotBlockOthers(t *testing.T) {
	s := openStore(t)
	clk := newClock()
	slackChat, discordChat := newFakeChat(Slack), newFakeChat(Discord)
	gone := Permanent(errors.New("channel_not_found"))
	slackChat.fail["CGONE"] = []error{gone, gone}
	insertAlerts(t, s, testAlert(1, events.New, 9, clk.t), testAlert(1, events.Raised, 12, clk.t))
	chs := []alerts.Channel{{Name: "gone", Slack: "CGONE"}, {Name: "desk", Slack: "C1", Discord: "99"}}
	w := NewWorker(WorkerOptions{Store: s, Chats: []Chat{slackChat, discordChat}, Channels: chs, Now: clk.now})
	ctx := context.Background()
	w.Pass(ctx)
	if len(slackChat.posts) != 2 || len(discordChat.posts) != 2 {
		t.Fatalf("slack %d posts, discord %d; want 2 and 2", len(slackChat.posts), len(discordChat.posts))
	}
	if n := pending(t, s); n != 0 {
		t.Errorf("%d pending; a permanent failure must finish the delivery", n)
	}
	d, _ := s.Delivery(ctx, store.KindAlert, 1, Slack, "CGONE")
	if d.Status != store.DeliveryFailed || d.LastError == "" {
		t.Errorf("failed delivery = %+v", d)
	}
}

// crashStore loses the outcome of the next delivery: the process dies
// between the platform call and the write.
type crashStore struct {
	*store.Store
	crashed bool
}

func (c *crashStore) FinishDelivery(ctx context.Context, d store.Delivery, now time.Time) error {
	if !c.crashed {
		c.crashed = true
		return errors.New("killed")
	}
	return c.Store.FinishDelivery(ctx, d, now)
}

// A restart mid-delivery: the post landed but the process died before
// recording it. The next worker finds it by key and does not post again.
func TestWorkerNoDoublePostAfterRestart(t *testing.T) {
	s := openStore(t)
	clk := newClock()
	chat := newFakeChat(Slack)
	insertAlerts(t, s, testAlert(1, events.New, 9, clk.t), testAlert(1, events.Revised, 13, clk.t))
	chs := []alerts.Channel{{Name: "desk", Slack: "C1"}}
	w1 := NewWorker(WorkerOptions{Store: &crashStore{Store: s}, Chats: []Chat{chat}, Channels: chs, Now: clk.now})
	if _, err := w1.Pass(context.Background()); err == nil {
		t.Fatal("the crash went unnoticed")
	}
	if len(chat.posts) != 1 {
		t.Fatalf("first run posted %d", len(chat.posts))
	}
	d, _ := s.Delivery(context.Background(), store.KindAlert, 1, Slack, "C1")
	if d.Status != store.DeliverySending {
		t.Fatalf("interrupted delivery status %q, want sending", d.Status)
	}

	clk.add(20 * time.Second) // the dead process's lease on C1 runs out
	w2 := NewWorker(WorkerOptions{Store: s, Chats: []Chat{chat}, Channels: chs, Now: clk.now})
	if _, err := w2.Pass(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(chat.posts) != 2 || chat.finds != 1 {
		t.Fatalf("after restart: %d posts (want 2: alert 1 once, alert 2 once), %d look-ups (want 1)", len(chat.posts), chat.finds)
	}
	if chat.posts[1].Alert.ID != 2 || chat.posts[1].Thread != "ts1" {
		t.Errorf("second post: alert %d in thread %q, want alert 2 in ts1 (thread recovered from the found post)", chat.posts[1].Alert.ID, chat.posts[1].Thread)
	}
	if pending(t, s) != 0 {
		t.Error("alerts still pending")
	}
	d, _ = s.Delivery(context.Background(), store.KindAlert, 1, Slack, "C1")
	if d.Status != store.DeliverySent || d.MessageTS != "ts1" {
		t.Errorf("recovered delivery = %+v", d)
	}
}

// Webhooks cannot be searched: an interrupted webhook delivery is posted
// again (at-least-once), and only that one.
func TestWorkerWebhookInterruptedIsPostedAgain(t *testing.T) {
	s := openStore(t)
	clk := newClock()
	fc := newFakeChat(Slack)
	chat := noFind{fc}
	insertAlerts(t, s, testAlert(1, events.New, 9, clk.t), testAlert(1, events.Revised, 13, clk.t))
	chs := []alerts.Channel{{Name: "desk", Slack: "C1"}}
	NewWorker(WorkerOptions{Store: &crashStore{Store: s}, Chats: []Chat{chat}, Channels: chs, Now: clk.now}).Pass(context.Background())
	clk.add(20 * time.Second) // the dead process's lease on C1 runs out
	NewWorker(WorkerOptions{Store: s, Chats: []Chat{chat}, Channels: chs, Now: clk.now}).Pass(context.Background())
	if n := len(fc.posts); n != 3 {
		t.Errorf("%d posts, want 3 (alert 1 twice, alert 2 once)", n)
	}
}

// noFind hides fakeChat's Find, as a webhook has none.
type noFind struct{ c *fakeChat }

func (n noFind) Platform() string              { return n.c.Platform() }
func (n noFind) Dest(ch alerts.Channel) string { return n.c.Dest(ch) }
func (n noFind) Post(ctx context.Context, m Outgoing) (Posted, error) {
	return n.c.Post(ctx, m)
}

type fakeHealth struct {
	notices []HealthNotice
	sent    []int64
}

func (f *fakeHealth) PendingHealthNotices(ctx context.Context) ([]HealthNotice, error) {
	var out []HealthNotice
	for _, n := range f.notices {
		if !slices.Contains(f.sent, n.ID) {
			out = append(out, n)
		}
	}
	return out, nil
}

func (f *fakeHealth) MarkHealthNoticeSent(ctx context.Context, id int64) error {
	f.sent = append(f.sent, id)
	return nil
}

func TestWorkerHealthNoticesGoToOpsOnce(t *testing.T) {
	s := openStore(t)
	clk := newClock()
	chat := newFakeChat(Slack)
	h := &fakeHealth{notices: []HealthNotice{{ID: 1, FeedTitle: "SOHR", FeedURL: "https://www.syriahr.com/feed/", Status: "failing", Reason: "HTTP 503"}}}
	chs := []alerts.Channel{{Name: "desk", Slack: "C1"}, {Name: "ops", Slack: "COPS", Ops: true}}
	w := NewWorker(WorkerOptions{Store: s, Health: h, Chats: []Chat{chat}, Channels: chs, Now: clk.now})
	w.Pass(context.Background())
	w.Pass(context.Background())
	if len(chat.posts) != 1 || chat.posts[0].Dest != "COPS" || chat.posts[0].Doc == nil {
		t.Fatalf("posts = %+v", chat.posts)
	}
	if got, want := Plain(chat.posts[0].Doc), "Feed failing: SOHR — HTTP 503\nhttps://www.syriahr.com/feed/\n"; got != want {
		t.Errorf("notice = %q, want %q", got, want)
	}
	if len(h.sent) != 1 {
		t.Errorf("marked sent %d times", len(h.sent))
	}
}

// Without the scope to read history, an interrupted delivery is posted
// again rather than failed.
func TestWorkerLookUpImpossiblePostsAgain(t *testing.T) {
	s := openStore(t)
	clk := newClock()
	chat := newFakeChat(Slack)
	chat.fail["C1"] = []error{errors.New("503")}
	chat.findErr = Permanent(errors.New("missing_scope"))
	insertAlerts(t, s, testAlert(1, events.New, 9, clk.t))
	w := NewWorker(WorkerOptions{Store: s, Chats: []Chat{chat}, Channels: []alerts.Channel{{Name: "desk", Slack: "C1"}}, Now: clk.now})
	wait, _ := w.Pass(context.Background())
	clk.add(wait)
	w.Pass(context.Background())
	if len(chat.posts) != 1 || chat.finds != 1 || pending(t, s) != 0 {
		t.Errorf("%d posts, %d look-ups, %d pending; want 1, 1, 0", len(chat.posts), chat.finds, pending(t, s))
	}
}

func deliveryOf(t *testing.T, s *store.Store, id int64, dest string) store.Delivery {
	t.Helper()
	d, err := s.Delivery(context.Background(), store.KindAlert, id, Slack, dest)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Issue 12: a 429 on the look-up after an uncertain post (Slack limits
// conversations.history hard) used to mark the delivery "retry", so it was
// posted again and the thread split. It must wait for a look-up.
func TestWorkerRateLimitedLookUpWaits(t *testing.T) {
	s := openStore(t)
	clk := newClock()
	chat := newFakeChat(Slack)
	insertAlerts(t, s, testAlert(1, events.New, 9, clk.t))
	chs := []alerts.Channel{{Name: "desk", Slack: "C1"}}
	// The post lands; the process dies before writing its outcome.
	NewWorker(WorkerOptions{Store: &crashStore{Store: s}, Chats: []Chat{chat}, Channels: chs, Now: clk.now, Owner: "one"}).Pass(context.Background())
	if len(chat.posts) != 1 {
		t.Fatalf("%d posts", len(chat.posts))
	}
	chat.findErr = RateLimited(time.Minute, errors.New("429 on conversations.history"))
	w2 := NewWorker(WorkerOptions{Store: s, Chats: []Chat{chat}, Channels: chs, Now: clk.now, Owner: "one"})
	for i := 0; i < 5; i++ {
		clk.add(20 * time.Second)
		if _, err := w2.Pass(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if len(chat.posts) != 1 {
		t.Fatalf("posted again after a rate-limited look-up: %d posts", len(chat.posts))
	}
	if d := deliveryOf(t, s, 1, "C1"); d.Status != store.DeliverySending || d.Attempts != 0 {
		t.Errorf("delivery while the look-up waits = %+v, want sending with 0 attempts", d)
	}
	if chat.finds > 2 {
		t.Errorf("%d look-ups in 100s against a 60s Retry-After", chat.finds)
	}
	chat.findErr = nil
	clk.add(time.Minute)
	w2.Pass(context.Background())
	if len(chat.posts) != 1 || pending(t, s) != 0 {
		t.Errorf("after the look-up: %d posts, %d pending; want 1, 0", len(chat.posts), pending(t, s))
	}
}

// Issue 12: attempts counted 429s and restarts, and the backoff was kept in
// memory only: alerts were given up 12-27 s after their first attempt.
// 429s and restarts count nothing; the backoff survives a restart.
func TestWorkerAttemptsAndBackoffSurviveRestarts(t *testing.T) {
	s := openStore(t)
	clk := newClock()
	chat := newFakeChat(Slack)
	rl := RateLimited(time.Second, errors.New("429"))
	chat.fail["C1"] = []error{rl, rl, rl, errors.New("500"), nil}
	insertAlerts(t, s, testAlert(1, events.New, 9, clk.t))
	chs := []alerts.Channel{{Name: "desk", Slack: "C1"}}
	worker := func() *Worker {
		return NewWorker(WorkerOptions{Store: s, Chats: []Chat{chat}, Channels: chs, Now: clk.now, Owner: "p", Backoff: time.Minute})
	}
	for i := 0; i < 3; i++ { // three 429s, each in a new process
		worker().Pass(context.Background())
		clk.add(time.Second)
	}
	if d := deliveryOf(t, s, 1, "C1"); d.Attempts != 0 || d.Status != store.DeliveryRetry {
		t.Fatalf("after three 429s and restarts: %+v, want 0 attempts, retry", d)
	}
	worker().Pass(context.Background()) // the 500
	d := deliveryOf(t, s, 1, "C1")
	if d.Attempts != 1 || !d.NextTry.Equal(clk.t.Add(time.Minute)) {
		t.Fatalf("after a 500: %+v, want 1 attempt and the next try in a minute", d)
	}
	clk.add(30 * time.Second)
	worker().Pass(context.Background()) // restarted within the backoff
	if chat.finds != 0 || len(chat.posts) != 0 {
		t.Fatalf("a restart ignored the stored backoff: %d look-ups, %d posts", chat.finds, len(chat.posts))
	}
	clk.add(30 * time.Second)
	worker().Pass(context.Background())
	if len(chat.posts) != 1 || pending(t, s) != 0 {
		t.Errorf("after the backoff: %d posts, %d pending", len(chat.posts), pending(t, s))
	}
}

// Issue 12: a delivery that keeps failing is given up only after GiveUp
// from its first attempt, and its alert is then failed (never delivered),
// with a notice to the ops channel.
func TestWorkerGivesUpAfterHalfAnHourAsFailed(t *testing.T) {
	s := openStore(t)
	clk := newClock()
	chat := noFind{newFakeChat(Slack)} // a webhook: every failure is a real one, no look-up
	errs := make([]error, 200)
	for i := range errs {
		errs[i] = errors.New("500")
	}
	chat.c.fail["C1"] = errs
	insertAlerts(t, s, testAlert(1, events.New, 9, clk.t))
	chs := []alerts.Channel{{Name: "desk", Slack: "C1"}, {Name: "ops", Slack: "COPS", Ops: true, Classes: []events.Class{"none"}}}
	w := NewWorker(WorkerOptions{Store: s, Chats: []Chat{chat}, Channels: chs, Now: clk.now})
	start := clk.t
	for pending(t, s) > 0 {
		if clk.t.Sub(start) > time.Hour {
			t.Fatal("never given up")
		}
		wait, err := w.Pass(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		clk.add(max(wait, time.Second))
	}
	if took := clk.t.Sub(start); took < GiveUpAfter || took > GiveUpAfter+6*time.Minute {
		t.Errorf("given up after %s, want about %s", took, GiveUpAfter)
	}
	failed, _ := s.Alerts(context.Background(), store.AlertFilter{FailedOnly: true})
	if len(failed) != 1 || failed[0].Delivery != "failed" {
		t.Fatalf("failed alerts = %+v", failed)
	}
	if d := deliveryOf(t, s, 1, "C1"); d.Status != store.DeliveryFailed || d.Attempts < 5 {
		t.Errorf("delivery = %+v", d)
	}
	w.Pass(context.Background())
	var notice *Outgoing
	for i, p := range chat.c.posts {
		if p.Dest == "COPS" {
			notice = &chat.c.posts[i]
		}
	}
	if notice == nil || notice.Doc == nil || !strings.Contains(Plain(notice.Doc), "Alert #1") {
		t.Errorf("no ops notice of the failed alert: %+v", chat.c.posts)
	}
}

// Issue 12: one stuck alert held back its whole channel (23 minutes in one
// run). Only the alerts of its own event wait, and only while their thread
// has no root.
func TestWorkerStuckAlertDoesNotBlockChannel(t *testing.T) {
	s := openStore(t)
	clk := newClock()
	chat := newFakeChat(Slack)
	chat.findErr = RateLimited(10*time.Minute, errors.New("429"))
	chat.fail["C1"] = []error{errors.New("500")} // alert 1 (event 1's root) becomes uncertain
	insertAlerts(t, s, testAlert(1, events.New, 9, clk.t), testAlert(1, events.Revised, 12, clk.t),
		testAlert(2, events.New, 3, clk.t), testAlert(3, events.New, 5, clk.t))
	w := NewWorker(WorkerOptions{Store: s, Chats: []Chat{chat}, Channels: []alerts.Channel{{Name: "desk", Slack: "C1"}}, Now: clk.now})
	for i := 0; i < 10; i++ {
		wait, _ := w.Pass(context.Background())
		clk.add(max(wait, time.Second))
	}
	var got []int64
	for _, p := range chat.posts {
		got = append(got, p.Alert.ID)
	}
	if !slices.Equal(got, []int64{3, 4}) {
		t.Errorf("posted alerts %v while alert 1 waits for its look-up; want 3 and 4 (alert 2 waits for its thread root)", got)
	}
}

// Issue 12: two replicas posted the same alerts (137 posts for 119 alerts,
// five events with two thread roots). Workers of two processes on one store
// share the destinations through leases: each alert once, one root.
func TestWorkerReplicasPostOnce(t *testing.T) {
	s := openStore(t)
	clk := newClock()
	chat := newFakeChat(Slack)
	var as []alerts.Alert
	for i := 0; i < 6; i++ {
		as = append(as, testAlert(int64(1+i%2), events.New, 9+i, clk.t))
	}
	insertAlerts(t, s, as...)
	chs := []alerts.Channel{{Name: "desk", Slack: "C1"}, {Name: "world", Slack: "C2"}}
	var ws []*Worker
	for _, owner := range []string{"a", "b", "c"} {
		ws = append(ws, NewWorker(WorkerOptions{Store: s, Chats: []Chat{chat}, Channels: chs, Now: clk.now, Owner: owner}))
	}
	for round := 0; round < 6; round++ {
		for _, w := range ws {
			if _, err := w.Pass(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		clk.add(time.Second)
		if round == 2 {
			ws[0].release() // a replica stops: another takes its destinations at once
		}
	}
	seen := map[string]int{}
	roots := map[string]int{}
	for _, p := range chat.posts {
		seen[p.Key]++
		if p.Thread == "" {
			roots[fmt.Sprintf("%s/%d", p.Dest, p.Alert.EventID)]++
		}
	}
	if len(chat.posts) != 12 || len(seen) != 12 {
		t.Errorf("%d posts, %d distinct, want 12 and 12", len(chat.posts), len(seen))
	}
	for k, n := range roots {
		if n != 1 {
			t.Errorf("%s: %d thread roots", k, n)
		}
	}
	if pending(t, s) != 0 {
		t.Errorf("%d pending", pending(t, s))
	}
}
