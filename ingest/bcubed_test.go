package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/articles"
)

// bcubed scores a grouping against the gold one, both keyed by report:
// precision is, averaged over reports, the share of a report's event that
// belongs to its incident; recall the share of its incident that is in its
// event. A report filed under no event is an event of its own.
func bcubed(got, gold map[string]string) (p, r float64) {
	byGot, byGold := map[string][]string{}, map[string][]string{}
	for k, g := range gold {
		e, ok := got[k]
		if !ok || e == "" {
			e = "none:" + k
		}
		byGot[e] = append(byGot[e], k)
		byGold[g] = append(byGold[g], k)
	}
	for k, g := range gold {
		e := got[k]
		if e == "" {
			e = "none:" + k
		}
		same := 0
		for _, o := range byGot[e] {
			if gold[o] == g {
				same++
			}
		}
		p += float64(same) / float64(len(byGot[e]))
		r += float64(same) / float64(len(byGold[g]))
	}
	n := float64(len(gold))
	return p / n, r / n
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func TestBcubed(t *testing.T) {
	gold := map[string]string{"a": "x", "b": "x", "c": "y"}
	for _, c := range []struct {
		got  map[string]string
		p, r float64
	}{
		{map[string]string{"a": "1", "b": "1", "c": "2"}, 1, 1},
		{map[string]string{"a": "1", "b": "1", "c": "1"}, 5.0 / 9, 1},
		{map[string]string{"a": "1", "b": "2", "c": "3"}, 1, 2.0 / 3},
		{map[string]string{"a": "1", "b": "", "c": ""}, 1, 2.0 / 3},
	} {
		p, r := bcubed(c.got, gold)
		if fmt.Sprintf("%.3f %.3f", p, r) != fmt.Sprintf("%.3f %.3f", c.p, c.r) {
			t.Errorf("bcubed(%v) = %.3f %.3f, want %.3f %.3f", c.got, p, r, c.p, c.r)
		}
	}
}

// TestReplayEvalSets replays the annotated real articles of the shared eval
// sets (dev, dev2) as live arrivals and scores the grouping against their
// gold incidents. The sets are not in the repository: it skips without them.
func TestReplayEvalSets(t *testing.T) {
	var files []string
	for _, d := range []string{"../../shared/eval", "/work/shared/eval"} {
		for _, set := range []string{"dev", "dev2"} {
			fs, _ := filepath.Glob(filepath.Join(d, set, "*.json"))
			files = append(files, fs...)
		}
		if len(files) > 0 {
			break
		}
	}
	if len(files) == 0 {
		t.Skip("the shared eval sets (shared/eval/dev, dev2) are not here")
	}
	type doc struct {
		ID, URL, Outlet, Text, Event string
		Published                    *string
		Relevant                     bool
	}
	var docs []doc
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d doc
		if err := json.Unmarshal(data, &d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		docs = append(docs, d)
	}
	arts := make([]articles.Article, len(docs))
	for i, d := range docs {
		a := articles.Article{URL: d.URL, Outlet: d.Outlet, Text: d.Text, Title: firstLine(strings.TrimSpace(d.Text))}
		if d.URL == "" {
			a.URL = "https://eval.example/" + d.ID
		}
		if d.Published != nil {
			a.Published, _ = time.Parse("2006-01-02", *d.Published)
		}
		arts[i] = a
	}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		ti, tj := arts[order[i]].Published, arts[order[j]].Published
		if ti.IsZero() != tj.IsZero() {
			return tj.IsZero()
		}
		return ti.Before(tj)
	})
	var reports []busyReport
	for _, i := range order {
		reports = append(reports, busyReport{arts[i], docs[i].Event})
	}
	got, gold, nEvents, _ := replay(t, New(openStore(t), nil), reports)
	pr, rc := bcubed(got, gold)
	logMixed(t, got, gold)
	t.Logf("eval sets: %d reports, %d events: B-cubed P %.3f R %.3f F1 %.3f", len(docs), nEvents, pr, rc, f1(pr, rc))
	// Merging two incidents is the worst failure; splits are tolerated
	// where undated reports give too little to join on.
	if pr < 1 || f1(pr, rc) < 0.9 {
		t.Errorf("B-cubed P %.3f R %.3f F1 %.3f, want P 1 and F1 >= 0.9", pr, rc, f1(pr, rc))
	}
}

// logMixed logs the events holding reports of several incidents, and the
// incidents split over several events.
func logMixed(t *testing.T, got, gold map[string]string) {
	t.Helper()
	byGot, byGold := map[string]map[string]bool{}, map[string]map[string]bool{}
	for k, g := range gold {
		e := got[k]
		if e == "" {
			e = "none:" + k
		}
		if byGot[e] == nil {
			byGot[e] = map[string]bool{}
		}
		if byGold[g] == nil {
			byGold[g] = map[string]bool{}
		}
		byGot[e][g], byGold[g][e] = true, true
	}
	for e, gs := range byGot {
		if len(gs) > 1 {
			t.Logf("merged in %s: %v", e, gs)
		}
	}
	for g, es := range byGold {
		if len(es) > 1 {
			t.Logf("split %s: %v", g, es)
		}
	}
}

// replay adds reports as live arrivals in order, the clock at each one's
// publication, and returns the event each was filed under and its gold
// incident, both by position, with the number of events and of copies.
func replay(t *testing.T, p *Pipeline, reports []busyReport) (got, gold map[string]string, events, copies int) {
	t.Helper()
	var clock time.Time
	p.now = func() time.Time { return clock }
	got, gold = map[string]string{}, map[string]string{}
	seen := map[string]bool{}
	for i, r := range reports {
		if !r.art.Published.IsZero() {
			clock = r.art.Published
		}
		res, err := p.Add(context.Background(), r.art, Options{Live: true})
		if err != nil {
			t.Fatal(err)
		}
		id := fmt.Sprint(i)
		gold[id] = r.incident
		if res.EventID != 0 {
			got[id] = res.EventKey
			seen[res.EventKey] = true
		}
		if res.CopyOf != 0 {
			copies++
		}
	}
	return got, gold, len(seen), copies
}
