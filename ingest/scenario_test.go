package ingest

import (
	"context"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/store"
)

// TestScenario runs a week of coverage, written for this test, through the
// real pipeline (extractor included) on a SQLite file: a wire story run by
// three outlets, a monitor's rising toll, an Arabic report of the same
// strikes, and a retrospective a year later recalling them as background.
func TestScenario(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	p := New(s, nil)
	clock := time.Date(2024, 3, 12, 9, 0, 0, 0, time.UTC)
	p.now = func() time.Time { clock = clock.Add(time.Minute); return clock }

	files, err := filepath.Glob("testdata/scenario/*.txt")
	if err != nil || len(files) != 8 {
		t.Fatalf("scenario files: %v %v", files, err)
	}
	sort.Strings(files)
	res := map[string]Result{}
	for _, f := range files {
		a, err := articles.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		a.Outlet = "Outlet " + name[:2]
		a.URL = "https://news" + name[:2] + ".example/" + name
		r, err := p.Add(ctx, a, Options{Live: true})
		if err != nil {
			t.Fatal(err)
		}
		res[name] = r
	}

	list, err := s.RecentEvents(ctx, time.Time{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 {
		var keys []string
		for _, e := range list {
			keys = append(keys, e.Event.Key)
		}
		t.Fatalf("events %v, want one: the retrospective opens none", keys)
	}
	ev := list[0].Event
	if ev.Key != "2024-03-12-sarmada-russia-air-strike" {
		t.Errorf("event key %q", ev.Key)
	}
	for name, r := range res {
		if name != "08_retrospective" && r.EventID != ev.ID {
			t.Errorf("%s filed under event %d (%s), want %s", name, r.EventID, r.EventKey, ev.Key)
		}
	}
	if r := res["08_retrospective"]; r.EventID != 0 {
		t.Errorf("the retrospective was filed under %s", r.EventKey)
	}

	// One wire story, three outlets, one report, no claims from the copies.
	wire := res["01_wire_a"].ArticleID
	for _, name := range []string{"02_wire_b", "03_wire_c"} {
		if r := res[name]; r.CopyOf != wire || r.Claims != 0 || r.Alerts != 0 {
			t.Errorf("%s: %+v, want a copy of article %d with no claims", name, r, wire)
		}
	}
	l, err := s.EventLedger(ctx, ev.Key)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Reports) != 5 {
		t.Errorf("%d reports, want 5 (three copies are one; the retrospective is not a report of it)", len(l.Reports))
	}
	for _, r := range l.Reports {
		if r.ArticleID == wire && len(r.Outlets) != 3 {
			t.Errorf("wire report lists outlets %v, want all three", r.Outlets)
		}
	}

	// The monitor's rising toll: 9, then 12 (revised), then 14 (revised).
	var sohr []events.Claim
	var background []events.Claim
	for _, r := range l.Figures {
		for _, c := range r.Claims {
			if c.Background {
				background = append(background, c)
				continue
			}
			if c.Metric == "killed" && c.Group == "people" && strings.Contains(strings.ToLower(c.Source), "observatory") {
				sohr = append(sohr, c)
			}
		}
	}
	want := []struct {
		n     int
		class events.Class
	}{{9, events.Raised}, {12, events.Revised}, {14, events.Revised}}
	if len(sohr) != len(want) {
		t.Fatalf("the monitor's claims: %+v, want 9, 12, 14", sohr)
	}
	for i, w := range want {
		if c := sohr[i]; c.Min == nil || *c.Min != w.n || c.Class != w.class {
			t.Errorf("monitor claim %d: %s (%s), want %d (%s)", i, interval(c), c.Class, w.n, w.class)
		}
	}

	// The Arabic report: the Civil Defence (as the White Helmets) now says 12.
	arabic := res["06_arabic"]
	if arabic.Claims == 0 {
		t.Errorf("the Arabic report filed no claim")
	}
	tr, err := s.ArticleTrace(ctx, "https://news06.example/06_arabic")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range tr.Claims {
		if c.Group == "people" && c.Source != "" && c.Class != events.Revised {
			t.Errorf("Arabic Civil Defence claim %s: %s, want revised (the White Helmets said at least seven before)", interval(c), c.Class)
		}
	}

	// The retrospective's figure is background, filed under the strikes it
	// recalls, and alerts nobody.
	if len(background) != 1 || background[0].ArticleID != res["08_retrospective"].ArticleID {
		t.Errorf("background claims in the event: %+v, want the retrospective's", background)
	}
	all, err := s.Alerts(ctx, store.AlertFilter{IncludeSuperseded: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range all {
		if a.Article.ID == res["08_retrospective"].ArticleID {
			t.Errorf("alert from the retrospective: %+v", a)
		}
		for _, it := range a.Claims {
			if it.Background {
				t.Errorf("alert from a background figure: %+v", it.Claim)
			}
			if it.Class == events.Revised && (len(it.Departs) == 0 || it.Departs[0].SourceKey != it.SourceKey) {
				t.Errorf("revision alert does not name the source's earlier claim first: %+v", a)
			}
		}
	}
	if len(all) != 5 {
		for _, a := range all {
			for _, it := range a.Claims {
				t.Logf("alert: %s %s %s", it.Class, interval(it.Claim), it.Source)
			}
		}
		t.Errorf("%d alerts, want 5 (7+ new, 9 raised, 12 revised, Arabic 12 revised, 14 revised)", len(all))
	}
}

func interval(c events.Claim) string {
	var b strings.Builder
	if c.Min != nil {
		b.WriteString(strconv.Itoa(*c.Min))
	}
	b.WriteString("..")
	if c.Max != nil {
		b.WriteString(strconv.Itoa(*c.Max))
	}
	return b.String()
}
