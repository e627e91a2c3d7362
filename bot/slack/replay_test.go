package slack

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/bot"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/ingest"
	"github.com/idlibwatch/idlibwatch/store"
)

// report is one article of a replayed stream, as a poller would see it.
type report struct {
	file, outlet, url string
	at                string // publication time, RFC 3339
}

// qahStream is one incident over three days (testdata/qah, written for this
// test): a US strike on a house in Qah, a rising toll from two monitors
// (SOHR, the White Helmets), the Pentagon denying civilian casualties, wire
// copies, and Arabic reports.
var qahStream = []report{
	{"01.txt", "Reuters", "https://reuters.example/qah-strike", "2026-11-02T06:00:00Z"},
	{"01.txt", "Asharq Al-Awsat", "https://aawsat.example/qah", "2026-11-02T06:30:00Z"}, // the wire story again
	{"03.txt", "AP", "https://ap.example/pentagon-qah", "2026-11-02T09:00:00Z"},
	{"04.txt", "Enab Baladi", "https://enabbaladi.example/en/qah-rubble", "2026-11-02T14:00:00Z"},
	{"05.txt", "AFP", "https://afp.example/qah-toll", "2026-11-03T10:00:00Z"},
	{"06.txt", "عنب بلدي", "https://enabbaladi.example/ar/qah", "2026-11-03T12:00:00Z"},
	{"05.txt", "France 24", "https://france24.example/qah", "2026-11-03T15:00:00Z"}, // the AFP story again
	{"08.txt", "Reuters", "https://reuters.example/kirby-qah", "2026-11-04T09:00:00Z"},
	{"09.txt", "SOHR", "https://sohr.example/ar/qah", "2026-11-04T11:00:00Z"},
}

// message is what the desk should be told about one report: its class and,
// per claim, the class and source entity.
type message struct {
	outlet string
	class  events.Class
	claims []string // "class entity"
}

// TestReplayOneIncidentOverThreeDays replays the stream through the
// pipeline, the delivery worker and a fake Slack: one message per report
// that brings something, each with its claims' classes and entities, the
// wire copies and the restatements silent, and one card per incident,
// posted once and edited in place (across a restart of the worker).
func TestReplayOneIncidentOverThreeDays(t *testing.T) {
	ctx := context.Background()
	f := newFakeSlack(t)
	s := openStore(t)
	pipe := ingest.New(s, nil)
	clk := &clock{}
	chat := New(Options{Token: "xoxb-test", APIURL: f.srv.URL + "/"})
	newWorker := func() *bot.Worker {
		return bot.NewWorker(bot.WorkerOptions{Store: s, Summaries: s, MaxAge: 24 * time.Hour, Chats: []bot.Chat{chat}, Now: clk.now,
			Channels: []alerts.Channel{{Name: "desk", Slack: "C1"}}, Pace: map[string]time.Duration{bot.Slack: time.Second}})
	}
	w := newWorker()
	for i, r := range qahStream {
		data, err := os.ReadFile(filepath.Join("testdata", "qah", r.file))
		if err != nil {
			t.Fatal(err)
		}
		a, err := articles.Parse(r.file, data)
		if err != nil {
			t.Fatal(err)
		}
		a.URL, a.Outlet = r.url, r.outlet
		if a.Published, err = time.Parse(time.RFC3339, r.at); err != nil {
			t.Fatal(err)
		}
		if _, err := pipe.Add(ctx, a, ingest.Options{Live: true}); err != nil {
			t.Fatal(err)
		}
		if i == 4 {
			w = newWorker() // a restart between day one and day two
		}
		clk.t = a.Published.Add(10 * time.Minute)
		for range 3 {
			clk.t = clk.t.Add(2 * time.Second)
			if _, err := w.Pass(ctx); err != nil {
				t.Fatal(err)
			}
		}
	}

	want := []message{
		{"Reuters", events.New, []string{"new SOHR", "new SOHR"}},
		{"AP", events.Conflict, []string{"new Pentagon", "conflict Pentagon"}},
		{"Enab Baladi", events.Conflict, []string{"raised White Helmets", "conflict White Helmets"}},
		{"AFP", events.Revised, []string{"revised SOHR", "revised SOHR"}},
		{"عنب بلدي", events.Revised, []string{"revised White Helmets"}},
		{"SOHR", events.Revised, []string{"revised SOHR", "revised SOHR"}},
	}
	all, err := s.Alerts(ctx, store.AlertFilter{IncludeSuperseded: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []message
	for _, a := range all {
		m := message{outlet: a.Article.Outlet + " in " + a.EventKey, class: a.Class}
		for _, it := range a.Claims {
			m.claims = append(m.claims, string(it.Class)+" "+alerts.SourceName(it.Claim))
		}
		got = append(got, m)
		if a.Delivery != "delivered" {
			t.Errorf("alert %d (%s) is %s", a.ID, a.Article.Outlet, a.Delivery)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%d messages for %d reports, want %d:\n%v", len(got), len(qahStream), len(want), got)
	}
	for i := range want {
		if got[i].outlet != want[i].outlet+" in 2026-11-02-qah-us-drone-strike" || got[i].class != want[i].class || !slices.Equal(got[i].claims, want[i].claims) {
			t.Errorf("message %d = %v, want %v", i+1, got[i], want[i])
		}
	}
	t.Logf("%d messages for %d reports (%.2f per report)", len(got), len(qahStream), float64(len(got))/float64(len(qahStream)))

	// In Slack: the card first, at the top level; every report in its
	// thread; the Pentagon's denial against the children killed (a headline
	// figure) also shown in the channel.
	if len(f.posted) != 1+len(want) {
		t.Fatalf("%d posts, want the card and %d reports: %v", len(f.posted), len(want), f.methods())
	}
	card := "1700000000.000001"
	if f.posted[0].Get("thread_ts") != "" || !strings.Contains(f.posted[0].Get("blocks"), "Figures by source") {
		t.Errorf("first post is not the card: %v", f.posted[0])
	}
	for i, p := range f.posted[1:] {
		if p.Get("thread_ts") != card {
			t.Errorf("report %d not in the card's thread: thread_ts %q", i+1, p.Get("thread_ts"))
		}
		broadcast := p.Get("reply_broadcast") == "true"
		if wantB := all[i].Broadcast; broadcast != wantB || (i == 1 && !broadcast) {
			t.Errorf("report %d broadcast %v, want %v", i+1, broadcast, wantB)
		}
	}
	// The card is edited after each later report, never posted again.
	var edits []string
	for _, c := range f.calls {
		if c.method == "chat.update" {
			if c.form.Get("ts") != card || c.form.Get("channel") != "C1" {
				t.Errorf("edit of %s in %s, want the card", c.form.Get("ts"), c.form.Get("channel"))
			}
			edits = append(edits, c.form.Get("blocks"))
		}
	}
	if len(edits) != len(want)-1 {
		t.Fatalf("%d edits of the card, want %d", len(edits), len(want)-1)
	}
	last := edits[len(edits)-1]
	t.Logf("last card: %s", last)
	for _, w := range []string{"SOHR 11", "White Helmets 9", "Pentagon none", "Open conflicts", "children killed: SOHR 4 vs casualties among civilians: Pentagon none", "SOHR"} {
		if !strings.Contains(last, w) {
			t.Errorf("the last card lacks %q:\n%s", w, last)
		}
	}
}
