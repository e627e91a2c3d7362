package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/store"
	"github.com/idlibwatch/idlibwatch/store/storetest"
)

// The articles of TestPipelineOnBothBackends, written for it: two reports of
// one strike (the toll rises), the same in Arabic, and another incident.
var backendArticles = []struct{ url, outlet, published, text string }{
	{"https://one.example/ariha", "One", "2024-03-05",
		"Air strike kills seven in Ariha market\nAt least seven civilians were killed on Tuesday when jets bombed the busy market of Ariha in Idlib province, the Syrian Civil Defence said."},
	{"https://two.example/ariha-toll", "Two", "2024-03-06",
		"Toll from Ariha market strike rises to 11\nThe number of people killed in Tuesday's air strike on a market in Ariha rose to 11, including four children, rescuers said."},
	{"https://ar.example/ariha", "عربي", "2024-03-06",
		"مقتل 11 مدنياً بغارة على سوق أريحا\nقال الدفاع المدني إن 11 مدنياً قتلوا في غارة جوية على سوق في مدينة أريحا جنوب إدلب يوم الثلاثاء."},
	{"https://three.example/sarmin", "Three", "2024-03-08",
		"Shelling kills two in Sarmin\nTwo people were killed on Friday when artillery shells hit homes in Sarmin, east of Idlib city, local medics said."},
}

// runBackendPipeline takes backendArticles through the real pipeline (the
// real figures extractor), live, and describes what the store then holds:
// each event with its claims, and the alerts, in a form that does not
// depend on the backend's IDs.
func runBackendPipeline(t *testing.T, s *store.Store) string {
	t.Helper()
	ctx := context.Background()
	p := New(s, nil)
	clock := time.Date(2024, 3, 9, 8, 0, 0, 0, time.UTC)
	p.now = func() time.Time { clock = clock.Add(time.Minute); return clock }
	var b strings.Builder
	keys := map[string]bool{}
	for _, in := range backendArticles {
		res, err := p.Add(ctx, article(in.url, in.outlet, in.published, in.text), Options{Live: true})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "article %s: event %s new=%v figures=%d claims=%d alerts=%d\n", in.url, res.EventKey, res.NewEvent, res.Figures, res.Claims, res.Alerts)
		if res.EventKey != "" {
			keys[res.EventKey] = true
		}
	}
	var sorted []string
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	for _, k := range sorted {
		l, err := s.EventLedger(ctx, k)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "event %s %q: %d reports\n", l.Event.Key, l.Event.Title, len(l.Reports))
		for _, r := range l.Figures {
			for _, c := range r.Claims {
				fmt.Fprintf(&b, "  claim %s %s %s %q\n", c.Class, c.Metric, c.Group, c.Quote)
			}
		}
	}
	all, err := s.Alerts(ctx, store.AlertFilter{IncludeSuperseded: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range all {
		for _, it := range a.Claims {
			fmt.Fprintf(&b, "alert %s %s %s %q\n", a.EventKey, a.Class, it.Class, it.Quote)
		}
	}
	found, err := s.Search(ctx, "Ariha market", 10)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&b, "search: %d results\n", len(found))
	return b.String()
}

// TestPipelineOnBothBackends runs the same live import on SQLite and on
// PostgreSQL (when IDLIBWATCH_TEST_POSTGRES is set) and expects the same
// events, claims, classes and alerts.
func TestPipelineOnBothBackends(t *testing.T) {
	sq, err := store.Open(context.Background(), "sqlite", filepath.Join(t.TempDir(), "corpus.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer sq.Close()
	want := runBackendPipeline(t, sq)
	// What this import must give whatever the extractor's details: the three
	// reports of the market strike filed under one event, the shelling under
	// another, and each event alerting.
	for _, line := range []string{
		`event 2024-03-05-ariha-air-strike "2024-03-05 Ariha — air strike": 3 reports`,
		`event 2024-03-08-sarmin-shelling "2024-03-08 Sarmin — shelling": 1 reports`,
		"alert 2024-03-05-ariha-air-strike new", "alert 2024-03-08-sarmin-shelling new",
		"search: 2 results",
	} {
		if !strings.Contains(want, line) {
			t.Errorf("SQLite: no %q in\n%s", line, want)
		}
	}

	t.Run("postgres", func(t *testing.T) {
		dsn := storetest.PostgresDSN(t)
		pg, err := store.Open(context.Background(), "postgres", dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer pg.Close()
		if got := runBackendPipeline(t, pg); got != want {
			t.Errorf("PostgreSQL differs from SQLite:\n--- postgres\n%s--- sqlite\n%s", got, want)
		}
	})
}
