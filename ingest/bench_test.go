package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
	"github.com/idlibwatch/idlibwatch/places"
	"github.com/idlibwatch/idlibwatch/reading"
	"github.com/idlibwatch/idlibwatch/store"
)

// The benchmarks run against a generated corpus of 100,000 articles in
// 10,000 events (plus one event covered by 40 articles, like the real Atmeh
// raid), built once per run and only when a benchmark asks for it, so that
// plain `go test` stays fast.
const (
	benchEvents      = 10_000
	benchPerEvent    = 10
	benchBigArticles = 40
)

var big struct {
	once  sync.Once
	dir   string
	path  string
	err   error
	saved // what the benchmarks pick from
}

type saved struct {
	Keys   []string
	BigKey string
	Days   []time.Time
	Places []string
}

func TestMain(m *testing.M) {
	code := m.Run()
	if big.dir != "" {
		os.RemoveAll(big.dir)
	}
	os.Exit(code)
}

var benchKinds = []struct{ en, verb string }{
	{"air strikes", "Warplanes carried out air strikes on"},
	{"shelling", "Artillery shelling hit"},
	{"drone strike", "A drone strike hit"},
	{"raid", "Special forces raided a house in"},
	{"explosion", "A car bomb explosion hit"},
}

var benchActors = []string{"Russian", "Turkish", "US", "Syrian government"}

// benchText writes an article of about 120 words on an incident; variant
// changes the wording so that the articles of one event are not copies.
func benchText(r *rand.Rand, place string, kind, actor int, variant int) (string, string) {
	k := benchKinds[kind]
	title := fmt.Sprintf("%s %s in %s", benchActors[actor], k.en, place)
	fillers := []string{"residents said", "according to local sources", "rescuers said", "a monitor reported", "witnesses told reporters",
		"the local council said", "hospital staff said", "activists reported", "a medic said", "a resident told a journalist"}
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%s %s on Tuesday, %s. ", title, k.verb, place, fillers[variant%len(fillers)])
	fmt.Fprintf(&b, "The %s forces were blamed for the attack by %s. ", benchActors[actor], fillers[(variant+3)%len(fillers)])
	fmt.Fprintf(&b, "At least %d people were killed and %d were injured, %s. ", 2+r.IntN(20), 3+r.IntN(40), fillers[(variant+5)%len(fillers)])
	words := []string{"market", "school", "camp", "road", "mosque", "bakery", "clinic", "farm", "houses", "vehicles", "families", "displaced",
		"ambulances", "rubble", "fire", "smoke", "night", "morning", "streets", "shops", "crossing", "border", "workers", "teachers"}
	for s := 0; s < 8; s++ {
		b.WriteString("Reports described ")
		for w := 0; w < 10; w++ {
			b.WriteString(words[r.IntN(len(words))] + " ")
		}
		b.WriteString("near " + place + ". ")
	}
	return title, b.String()
}

func buildBig(b *testing.B) {
	big.once.Do(func() {
		start := time.Now()
		// IDLIBWATCH_BENCH_DB keeps the generated store between runs (it is
		// regenerated when the file does not exist yet).
		big.path = os.Getenv("IDLIBWATCH_BENCH_DB")
		keep := big.path != ""
		if keep {
			if data, err := os.ReadFile(big.path + ".json"); err == nil {
				big.err = json.Unmarshal(data, &big.saved)
				return
			}
		}
		if !keep {
			big.dir, big.err = os.MkdirTemp("", "idlibwatch-bench-")
			if big.err != nil {
				return
			}
			big.path = filepath.Join(big.dir, "big.db")
		}
		ctx := context.Background()
		s, err := store.Open(ctx, "sqlite", big.path)
		if err != nil {
			big.err = err
			return
		}
		defer s.Close()
		for _, p := range places.All() {
			big.Places = append(big.Places, p.Name)
		}
		r := rand.New(rand.NewPCG(1, 2))
		base := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
		seen := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
		nArticle := 0
		addEvent := func(tx *store.Tx, n int, place string, day time.Time, kind, actor int) (string, error) {
			var e events.Event
			for j := 0; j < n; j++ {
				title, text := benchText(r, place, kind, actor, j)
				nArticle++
				a := articles.Article{URL: fmt.Sprintf("https://bench.example/%d", nArticle), Title: title, Text: text,
					Outlet: fmt.Sprintf("Outlet %d", nArticle%50), Published: day.Add(time.Duration(j) * 6 * time.Hour), Fetched: seen}
				a.CanonicalURL, a.ContentHash = articles.CanonicalURL(a.URL), articles.Hash(text)
				id, err := tx.InsertArticle(ctx, a, "", true)
				if err != nil {
					return "", err
				}
				prof := events.Analyze(title, text, a.Published)
				if j == 0 {
					e = events.FromProfile(prof, seen)
					e.Day = day
					if err := tx.InsertEvent(ctx, &e); err != nil {
						return "", err
					}
				} else {
					e.Absorb(prof, seen)
				}
				if err := tx.LinkArticle(ctx, store.EventArticle{ArticleID: id, EventID: e.ID, ReportID: id, Sketch: prof.Sketch}, seen); err != nil {
					return "", err
				}
				for k, g := range []figures.Group{figures.People, figures.Children, figures.Civilians} {
					lo := 2 + r.IntN(15)
					c := events.Claim{EventID: e.ID, ArticleID: id, Metric: figures.Killed, Group: g, Min: &lo, Max: &lo,
						SourceKey: fmt.Sprintf("source %d", r.IntN(6)), SeenAt: seen.Add(time.Duration(nArticle) * time.Second), Class: events.New}
					if err := tx.InsertClaim(ctx, &c, k); err != nil {
						return "", err
					}
				}
			}
			return e.Key, tx.SaveEvent(ctx, &e)
		}
		big.err = s.InTx(ctx, func(tx *store.Tx) error {
			for i := 0; i < benchEvents; i++ {
				// A few towns see most of the incidents, as in real coverage.
				place := big.Places[r.IntN(len(big.Places))]
				if r.IntN(3) == 0 {
					place = big.Places[r.IntN(8)]
				}
				day := base.AddDate(0, 0, r.IntN(5*365))
				key, err := addEvent(tx, benchPerEvent, place, day, r.IntN(len(benchKinds)), r.IntN(len(benchActors)))
				if err != nil {
					return err
				}
				big.Keys = append(big.Keys, key)
				big.Days = append(big.Days, day)
			}
			var err error
			big.BigKey, err = addEvent(tx, benchBigArticles, "Atmeh", base.AddDate(2, 1, 2), 3, 2)
			return err
		})
		b.Logf("generated %d articles in %d events in %s", nArticle, benchEvents+1, time.Since(start).Round(time.Second))
		if keep && big.err == nil {
			data, _ := json.Marshal(big.saved)
			big.err = os.WriteFile(big.path+".json", data, 0o644)
		}
	})
	if big.err != nil {
		b.Fatal(big.err)
	}
}

// latencies records one duration per iteration and reports p50 and p99.
type latencies []time.Duration

func (l latencies) report(b *testing.B) {
	if len(l) == 0 {
		return
	}
	sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
	pct := func(p float64) float64 { return float64(l[int(p*float64(len(l)-1))].Microseconds()) / 1000 }
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

// BenchmarkAssign measures filing one new article (a follow-up of a random
// event, or a new incident; one in four names no town) under its event:
// candidate lookup by place and day, syndication check, scoring, and
// writing the article, the event and the link. The
// transaction is rolled back so every iteration sees the same store.
func BenchmarkAssign(b *testing.B) {
	buildBig(b)
	ctx := context.Background()
	s, err := store.Open(ctx, "sqlite", big.path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	p := New(s, nil)
	r := rand.New(rand.NewPCG(3, 4))
	rollback := fmt.Errorf("rollback")
	var lat latencies
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ev := r.IntN(benchEvents)
		place := big.Places[r.IntN(len(big.Places))]
		if i%4 == 3 {
			// A report naming no town is weighed against every event of its days.
			place = "rebel-held northwest Syria"
		}
		title, text := benchText(r, place, r.IntN(len(benchKinds)), r.IntN(len(benchActors)), 7)
		a := articles.Article{URL: fmt.Sprintf("https://assign.example/%d", i), Title: title, Text: text, Published: big.Days[ev].AddDate(0, 0, 1)}
		a.ContentHash = articles.Hash(text)
		t0 := time.Now()
		err := s.InTx(ctx, func(tx *store.Tx) error {
			id, err := tx.InsertArticle(ctx, a, "", false)
			if err != nil {
				return err
			}
			a.ID = id
			doc := reading.Read(a.Text)
			prof := events.AnalyzeDoc(a.Title, doc, a.Published)
			if _, _, _, err := p.assign(ctx, tx, a, doc, prof, 1, t0, ledgers{}); err != nil {
				return err
			}
			return rollback
		})
		lat = append(lat, time.Since(t0))
		if err != rollback {
			b.Fatal(err)
		}
	}
	lat.report(b)
}

// BenchmarkAddLive measures the whole pipeline for one live article in the
// big store: extraction, assignment, claims, classification, outbox, commit.
func BenchmarkAddLive(b *testing.B) { addLive(b, false) }

// BenchmarkAddLiveUndated is BenchmarkAddLive for articles without a
// publication date, whose figures are dated from their text or their event.
func BenchmarkAddLiveUndated(b *testing.B) { addLive(b, true) }

func addLive(b *testing.B, undated bool) {
	buildBig(b)
	ctx := context.Background()
	s, err := store.Open(ctx, "sqlite", big.path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	p := New(s, nil)
	// A new seed per run: the texts must not be duplicates of a former run's.
	r := rand.New(rand.NewPCG(5, uint64(time.Now().UnixNano())))
	var lat latencies
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ev := r.IntN(benchEvents)
		place := big.Places[r.IntN(len(big.Places))]
		if i%4 == 3 {
			// A report naming no town is weighed against every event of its days.
			place = "rebel-held northwest Syria"
		}
		title, text := benchText(r, place, r.IntN(len(benchKinds)), r.IntN(len(benchActors)), i)
		a := articles.Article{URL: fmt.Sprintf("https://live.example/%d/%d", time.Now().UnixNano(), i), Title: title, Text: text, Published: big.Days[ev].AddDate(0, 0, 1)}
		if undated {
			a.Published = time.Time{}
		}
		t0 := time.Now()
		if _, err := p.Add(ctx, a, Options{Live: true}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	lat.report(b)
}

// BenchmarkEventLedger measures reading one event's ledger (claims with
// their articles, ranges, reports): a random ten-article event, and the
// forty-article one.
func BenchmarkEventLedger(b *testing.B) {
	buildBig(b)
	ctx := context.Background()
	s, err := store.Open(ctx, "sqlite", big.path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for _, bc := range []struct {
		name string
		key  func(r *rand.Rand) string
	}{
		{"10-articles", func(r *rand.Rand) string { return big.Keys[r.IntN(len(big.Keys))] }},
		{"40-articles", func(*rand.Rand) string { return big.BigKey }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			r := rand.New(rand.NewPCG(7, 8))
			var lat latencies
			for i := 0; i < b.N; i++ {
				key := bc.key(r)
				t0 := time.Now()
				if _, err := s.EventLedger(ctx, key); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
			}
			lat.report(b)
		})
	}
}
