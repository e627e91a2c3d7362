package discord

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/bot"
	"github.com/idlibwatch/idlibwatch/ingest"
	"github.com/idlibwatch/idlibwatch/store"
)

// The event's card opens its thread once; after a restart of the worker the
// card is edited in place (PATCH), never posted again, and reports go to the
// thread. A report older than alerts.max_age is skipped, not posted.
func TestSummaryCardEditedAfterRestart(t *testing.T) {
	ctx := context.Background()
	f := newFakeDiscord(t)
	s := openStore(t)
	pipe := ingest.New(s, nil)
	clk := &clock{}
	c := newClient(t, f)
	newWorker := func() *bot.Worker {
		return bot.NewWorker(bot.WorkerOptions{Store: s, Summaries: s, MaxAge: 24 * time.Hour, Chats: []bot.Chat{c}, Now: clk.now,
			Channels: []alerts.Channel{{Name: "desk", Discord: "100"}}})
	}
	add := func(file, outlet, url, at string) {
		t.Helper()
		data, err := os.ReadFile(filepath.Join("..", "slack", "testdata", "qah", file))
		if err != nil {
			t.Fatal(err)
		}
		a, err := articles.Parse(file, data)
		if err != nil {
			t.Fatal(err)
		}
		a.URL, a.Outlet = url, outlet
		a.Published, _ = time.Parse(time.RFC3339, at)
		if _, err := pipe.Add(ctx, a, ingest.Options{Live: true}); err != nil {
			t.Fatal(err)
		}
	}
	add("01.txt", "Reuters", "https://reuters.example/qah-strike", "2026-11-02T06:00:00Z")
	clk.t = time.Date(2026, 11, 2, 6, 10, 0, 0, time.UTC)
	if _, err := newWorker().Pass(ctx); err != nil {
		t.Fatal(err)
	}
	// Restart: a new worker, the same database.
	add("04.txt", "Enab Baladi", "https://enabbaladi.example/en/qah-rubble", "2026-11-02T14:00:00Z")
	clk.t = time.Date(2026, 11, 2, 14, 10, 0, 0, time.UTC)
	w := newWorker()
	if _, err := w.Pass(ctx); err != nil {
		t.Fatal(err)
	}
	// A stale report: published four days before delivery sees it.
	add("05.txt", "AFP", "https://afp.example/qah-toll", "2026-11-03T10:00:00Z")
	clk.t = time.Date(2026, 11, 7, 10, 0, 0, 0, time.UTC)
	if _, err := w.Pass(ctx); err != nil {
		t.Fatal(err)
	}

	got := strings.Join(f.paths(), "\n")
	want := strings.Join([]string{
		"POST /channels/100/messages",            // the card
		"POST /channels/100/messages/m1/threads", // its thread
		"POST /channels/th-m1/messages",          // the first report, in the thread
		"POST /channels/th-m1/messages",          // the second report
		"PATCH /channels/100/messages/m1",        // the card, edited
	}, "\n")
	if got != want {
		t.Fatalf("requests:\n%s\nwant:\n%s", got, want)
	}
	card := f.messages["100"][0]["embeds"].([]any)[0].(map[string]any)
	if !strings.Contains(card["description"].(string), "Figures by source") || card["title"] != "2026-11-02 Qah — US drone strike" {
		t.Errorf("card: %v", card)
	}
	all, _ := s.Alerts(ctx, store.AlertFilter{})
	if len(all) != 3 || all[2].Delivery != "skipped" {
		t.Fatalf("alerts: %+v, want the third skipped", all)
	}
	pending, _ := s.Alerts(ctx, store.AlertFilter{PendingOnly: true})
	if len(pending) != 0 {
		t.Errorf("%d pending, want none (the stale one is skipped)", len(pending))
	}
}
