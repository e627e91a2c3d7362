package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/events"
)

// /idlib mute, unmute, subscribe, unsubscribe and settings, stored per
// channel, and the delivery worker obeying them on its next pass (no
// restart).
func TestDeskControlsFromChat(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	desk := alerts.Channel{Name: "desk", Slack: "C1", Filters: alerts.Filters{MinFigure: 2, Languages: []string{"en", "ar"}}}
	other := alerts.Channel{Name: "other", Slack: "C2"}
	now := time.Date(2022, 2, 4, 12, 0, 0, 0, time.UTC)
	c := NewCommands(CommandOptions{Lookup: &fakeLookup{}, Desk: s, Channels: []alerts.Channel{desk, other},
		Now: func() time.Time { return now }, After: func(time.Duration) <-chan time.Time { return make(chan time.Time) }})
	defer c.Close()
	say := func(channel, text string, want ...string) {
		t.Helper()
		d, _ := c.Handle(ctx, Request{Platform: Slack, UserID: "U1", ChannelID: channel, Text: text}, nil)
		got := Plain(d)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("/idlib %s in %s:\n%s\nlacks %q", text, channel, got, w)
			}
		}
	}
	say("C1", "settings", "Settings of desk", "figures of at least 2", "languages: en, ar", "nothing: /idlib mute")
	say("C9", "mute atmeh", "not one of the configured channels")
	say("C1", "mute atmeh 24h", "Muted 2022-02-03 Atmeh — US raid in this channel until 5 Feb 12:00 UTC")
	say("C1", "settings", "muted: 2022-02-03 Atmeh — US raid until 5 Feb 12:00 UTC")
	say("C2", "subscribe Sarmada", "This channel now follows Sarmada")
	say("C2", "settings", "follows place: Sarmada")
	say("C1", "settings min 20", "figures of at least 20")
	say("C1", "settings languages fr", "not one of en, ar")
	say("C1", "settings places Sarmada, أطمة", "places: Sarmada, Atmeh", "figures of at least 20")
	say("C1", "settings reset", "figures of at least 2", "languages: en, ar")
	say("C1", "settings min 14", "figures of at least 14")

	// The worker reads the controls each pass.
	chat := newFakeChat(Slack)
	clk := &clock{t: now}
	w := NewWorker(WorkerOptions{Store: s, Chats: []Chat{chat}, Channels: []alerts.Channel{desk, other}, Desks: s, Now: clk.now})
	a := testAlert(7, events.New, 13, now)
	a.Places, a.Article.Language = []string{"Atmeh"}, "en"
	insertAlerts(t, s, a)
	if _, err := w.Pass(ctx); err != nil {
		t.Fatal(err)
	}
	if len(chat.posts) != 0 {
		t.Fatalf("posted %d: the event is muted in desk and other follows only Sarmada", len(chat.posts))
	}
	say("C1", "unmute atmeh", "Unmuted 2022-02-03 Atmeh — US raid")
	say("C2", "unsubscribe Sarmada", "no longer follows Sarmada")
	say("C2", "unsubscribe Sarmada", "did not follow Sarmada")
	b := testAlert(7, events.Revised, 15, now.Add(time.Minute))
	b.Places, b.Article.Language = []string{"Atmeh"}, "en"
	insertAlerts(t, s, b)
	for range 3 {
		clk.t = clk.t.Add(2 * time.Second)
		if _, err := w.Pass(ctx); err != nil {
			t.Fatal(err)
		}
	}
	var dests []string
	for _, p := range chat.posts {
		dests = append(dests, p.Dest)
	}
	if strings.Join(dests, ",") != "C1,C2" {
		t.Errorf("posts to %v, want the second alert in both channels (the first stays untold)", dests)
	}
	// A minimum set from chat holds back what the configuration lets through.
	cAlert := testAlert(7, events.Revised, 13, now.Add(2*time.Minute))
	cAlert.Places, cAlert.Article.Language = []string{"Atmeh"}, "en"
	insertAlerts(t, s, cAlert)
	for range 3 {
		clk.t = clk.t.Add(2 * time.Second)
		if _, err := w.Pass(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(chat.posts); n != 3 || chat.posts[2].Dest != "C2" {
		t.Errorf("%d posts, want the 13 only in C2 (C1 wants 14 or more)", n)
	}
}
