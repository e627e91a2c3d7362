package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
	"github.com/idlibwatch/idlibwatch/sources"
	"github.com/idlibwatch/idlibwatch/store/storetest"
)

// backend is a database a conformance test runs on: Open(driver, dsn)
// opens it again.
type backend struct{ driver, dsn string }

// forEachBackend runs test as a subtest on each backend, each on an empty
// database of its own: a fresh SQLite file always, and a fresh PostgreSQL
// schema when IDLIBWATCH_TEST_POSTGRES is set (skipped, saying so,
// otherwise). The subtests run in parallel.
func forEachBackend(t *testing.T, test func(t *testing.T, s *Store, b backend)) {
	t.Helper()
	for _, driver := range []string{"sqlite", "postgres"} {
		t.Run(driver, func(t *testing.T) {
			t.Parallel()
			s, b := openBackend(t, driver)
			test(t, s, b)
		})
	}
}

// openBackend opens a store on an empty database of driver, closed at the
// end of the test.
func openBackend(t testing.TB, driver string) (*Store, backend) {
	t.Helper()
	b := backend{driver: driver, dsn: filepath.Join(t.TempDir(), "test.db")}
	if driver == "postgres" {
		b.dsn = storetest.PostgresDSN(t)
	}
	s, err := Open(context.Background(), b.driver, b.dsn)
	if err != nil {
		t.Fatalf("Open %s: %v", driver, err)
	}
	t.Cleanup(func() { s.Close() })
	return s, b
}

func TestMigrationsFromEmptyAndRerun(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		entries, err := fs.ReadDir(migrations, "migrations/"+b.driver)
		if err != nil {
			t.Fatal(err)
		}
		applied, err := s.Migrations(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(applied) != len(entries) || applied[0] != 1 || !slices.IsSorted(applied) {
			t.Fatalf("applied migrations %v, want one per embedded file (%d) in order", applied, len(entries))
		}
		if b.driver == "sqlite" {
			var mode string
			if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
				t.Errorf("journal_mode = %q (%v), want wal", mode, err)
			}
		}
		// Write something, reopen: nothing is re-applied and the data is still there.
		mustInsert(t, s, articles.Article{Title: "kept", Text: "kept across reopen", ContentHash: "h1"})
		s.Close()
		s2, err := Open(ctx, b.driver, b.dsn)
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		defer s2.Close()
		again, err := s2.Migrations(ctx)
		if err != nil || !slices.Equal(again, applied) {
			t.Fatalf("after reopen migrations = %v (%v), want %v", again, err, applied)
		}
		if n, _ := s2.CountArticles(ctx); n != 1 {
			t.Fatalf("after reopen %d articles, want 1", n)
		}
	})
}

func TestOpenRejectsUnknownDriver(t *testing.T) {
	if _, err := Open(context.Background(), "mysql", "x"); err == nil || !strings.Contains(err.Error(), "unknown driver") {
		t.Fatalf("Open(mysql) error = %v", err)
	}
}

func mustInsert(t testing.TB, s *Store, a articles.Article) int64 {
	t.Helper()
	var id int64
	err := s.InTx(context.Background(), func(tx *Tx) error {
		var err error
		id, err = tx.InsertArticle(context.Background(), a, "", false)
		return err
	})
	if err != nil {
		t.Fatalf("insert: %v", err)
	}
	return id
}

func TestArticleRoundTrip(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		published := time.Date(2022, 2, 3, 0, 0, 0, 0, time.UTC)
		in := articles.Article{
			GUID: "g-1", URL: "https://www.example.org/a?utm_source=x", CanonicalURL: "https://example.org/a",
			Title: "Raid in Atmeh", Outlet: "Example", Published: published, Fetched: published.Add(time.Hour),
			Language: "en", Summary: "short", Text: "Thirteen people were killed in Atmeh.", ContentHash: articles.Hash("Thirteen people were killed in Atmeh."),
		}
		id := mustInsert(t, s, in)
		got, err := s.Article(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		in.ID = id
		if got != in {
			t.Fatalf("round trip:\n got %+v\nwant %+v", got, in)
		}
		byURL, err := s.ArticleByURL(ctx, "http://example.org/a/?utm_medium=rss")
		if err != nil || byURL.ID != id {
			t.Fatalf("ArticleByURL = %d, %v; want %d", byURL.ID, err, id)
		}
		if _, err := s.Article(ctx, id+100); !errors.Is(err, ErrNotFound) {
			t.Fatalf("missing article error = %v, want ErrNotFound", err)
		}

		// Figures: stored in order, replaced whole.
		six, thirteen := 6, 13
		us := "US"
		figs := []figures.Figure{
			{Metric: figures.Killed, Group: figures.People, Min: &thirteen, Max: &thirteen, Source: "White Helmets", Quote: "13 killed"},
			{Metric: figures.Killed, Group: figures.Children, Min: &six, Max: &six, Source: "White Helmets", Quote: "six children"},
			{Metric: figures.Casualties, Group: figures.Troops, Actor: &us, Min: new(int), Max: new(int), Approx: true, Vague: true, Background: true, Quote: "no US casualties"},
		}
		err = s.InTx(ctx, func(tx *Tx) error { return tx.ReplaceFigures(ctx, id, figs) })
		if err != nil {
			t.Fatal(err)
		}
		gotFigs, err := s.Figures(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if len(gotFigs) != 3 || *gotFigs[0].Min != 13 || gotFigs[1].Group != figures.Children || *gotFigs[2].Actor != "US" ||
			!gotFigs[2].Background || !gotFigs[2].Approx || !gotFigs[2].Vague || gotFigs[0].Actor != nil || gotFigs[0].Source != "White Helmets" {
			t.Fatalf("figures round trip: %+v", gotFigs)
		}
		err = s.InTx(ctx, func(tx *Tx) error { return tx.ReplaceFigures(ctx, id, figs[:1]) })
		if err != nil {
			t.Fatal(err)
		}
		if gotFigs, _ = s.Figures(ctx, id); len(gotFigs) != 1 {
			t.Fatalf("after replace %d figures, want 1", len(gotFigs))
		}
		// More figures than one statement takes keep their order.
		var many []figures.Figure
		for i := range figuresPerInsert + 2 {
			n := i
			many = append(many, figures.Figure{Metric: figures.Killed, Group: figures.People, Min: &n, Max: &n, Quote: fmt.Sprint(n, " killed")})
		}
		if err := s.InTx(ctx, func(tx *Tx) error { return tx.ReplaceFigures(ctx, id, many) }); err != nil {
			t.Fatal(err)
		}
		gotFigs, err = s.Figures(ctx, id)
		if err != nil || len(gotFigs) != len(many) {
			t.Fatalf("after replace %d figures (%v), want %d", len(gotFigs), err, len(many))
		}
		for i, f := range gotFigs {
			if *f.Min != i {
				t.Fatalf("figure %d is %d", i, *f.Min)
			}
		}
	})
}

func TestFindDuplicate(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		base := articles.Article{FeedID: 7, GUID: "guid-1", CanonicalURL: "https://example.org/a", Title: "t", Text: "one", ContentHash: "hash-1"}
		id := mustInsert(t, s, base)
		tests := []struct {
			name  string
			probe articles.Article
			found bool
		}{
			{"same feed and guid", articles.Article{FeedID: 7, GUID: "guid-1", ContentHash: "other"}, true},
			{"same guid other feed", articles.Article{FeedID: 8, GUID: "guid-1", ContentHash: "other"}, false},
			{"same canonical url", articles.Article{CanonicalURL: "https://example.org/a", ContentHash: "other"}, true},
			{"same text", articles.Article{ContentHash: "hash-1"}, true},
			{"nothing shared", articles.Article{FeedID: 7, GUID: "guid-2", CanonicalURL: "https://example.org/b", ContentHash: "hash-2"}, false},
			{"no identity at all", articles.Article{}, false},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				var got articles.Article
				err := s.InTx(ctx, func(tx *Tx) error {
					var err error
					got, err = tx.FindDuplicate(ctx, tt.probe)
					return err
				})
				if tt.found && (err != nil || got.ID != id) {
					t.Fatalf("FindDuplicate = %d, %v; want %d", got.ID, err, id)
				}
				if !tt.found && !errors.Is(err, ErrNotFound) {
					t.Fatalf("FindDuplicate = %d, %v; want ErrNotFound", got.ID, err)
				}
			})
		}
	})
}

func TestTxRollsBack(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		boom := errors.New("boom")
		err := s.InTx(ctx, func(tx *Tx) error {
			if _, err := tx.InsertArticle(ctx, articles.Article{Title: "x", Text: "x", ContentHash: "x"}, "", false); err != nil {
				return err
			}
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatalf("InTx error = %v", err)
		}
		if n, _ := s.CountArticles(ctx); n != 0 {
			t.Fatalf("%d articles after rollback, want 0", n)
		}
	})
}

func TestSearchRanking(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		texts := []articles.Article{
			{Title: "Weather in Aleppo", Text: "Rain is expected over the weekend.", Outlet: "Wire"},
			{Title: "White Helmets recover bodies in Atmeh", Text: "The White Helmets said rescuers of the White Helmets worked all night.", Outlet: "Desk", Published: time.Date(2022, 2, 3, 0, 0, 0, 0, time.UTC)},
			{Title: "Raid in Idlib", Text: "Rescuers known as the White Helmets said 13 people died.", Outlet: "Other"},
			{Title: "Café reopens", Text: "The café in Idlib reopened; helmets were not needed.", Outlet: "Local"},
			{Title: "الدفاع المدني", Text: "قال الدفاع المدني إن فرقه انتشلت جثث الضحايا في أطمة", Outlet: "عربي"},
		}
		for i, a := range texts {
			a.ContentHash = articles.Hash(a.Text) + string(rune('a'+i))
			mustInsert(t, s, a)
		}
		res, err := s.Search(ctx, "White Helmets", 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(res) != 2 {
			t.Fatalf("got %d results, want the 2 articles with both words: %+v", len(res), res)
		}
		if res[0].Title != "White Helmets recover bodies in Atmeh" || res[0].Score <= res[1].Score {
			t.Errorf("ranking: first %q (%.3f), second %q (%.3f); want the title match first", res[0].Title, res[0].Score, res[1].Title, res[1].Score)
		}
		if !strings.Contains(res[0].Snippet, "[White]") || res[0].Published != "2022-02-03" || res[0].Outlet != "Desk" {
			t.Errorf("result = %+v", res[0])
		}
		// Diacritics fold, query syntax is text, Arabic is found.
		for q, want := range map[string]int{"cafe": 1, `"idlib" -:*`: 2, "idlib OR": 0, "أطمة": 1, "": 0, "nomatchword": 0} {
			res, err := s.Search(ctx, q, 10)
			if err != nil {
				t.Fatalf("Search(%q): %v", q, err)
			}
			if len(res) != want {
				t.Errorf("Search(%q) = %d results, want %d", q, len(res), want)
			}
		}
	})
}

func TestRebind(t *testing.T) {
	d := dialect{dollarParams: true}
	if got := d.rebind("a = ? AND b IN (?, ?)"); got != "a = $1 AND b IN ($2, $3)" {
		t.Fatalf("rebind = %q", got)
	}
	if got := (dialect{}).rebind("a = ?"); got != "a = ?" {
		t.Fatalf("sqlite rebind = %q", got)
	}
}

// TestTransactionsAreSerialized checks what event matching relies on: a
// transaction that reads, decides and writes sees every transaction before
// it, as if alone (SQLite: BEGIN IMMEDIATE; PostgreSQL: the advisory lock).
func TestTransactionsAreSerialized(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		const n = 8
		var wg sync.WaitGroup
		errs := make(chan error, n)
		for range n {
			wg.Go(func() {
				errs <- s.InTx(ctx, func(tx *Tx) error {
					var k int
					if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM feeds`).Scan(&k); err != nil {
						return err
					}
					time.Sleep(5 * time.Millisecond) // the window a concurrent writer would fall into
					_, err := tx.exec(ctx, `INSERT INTO feeds (url, added) VALUES (?, ?)`, fmt.Sprintf("https://example.org/%d", k), 1)
					return err
				})
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatalf("concurrent transactions: %v", err)
			}
		}
		if fs, err := s.Feeds(ctx); err != nil || len(fs) != n {
			t.Fatalf("%d feeds (%v), want %d: each transaction saw the ones before", len(fs), err, n)
		}
	})
}

func TestOpenPostgresErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := Open(ctx, "postgres", ""); err == nil || !strings.Contains(err.Error(), "needs a DSN") {
		t.Errorf("Open(postgres, \"\") error = %v", err)
	}
	// Nothing listens on port 1: the error says what failed, not the password.
	_, err := Open(ctx, "postgres", "postgres://u:secret@127.0.0.1:1/db?sslmode=disable&connect_timeout=2")
	if err == nil || !strings.Contains(err.Error(), "connect to postgres") || strings.Contains(err.Error(), "secret") {
		t.Errorf("Open(unreachable postgres) error = %v", err)
	}
}

// TestSearchSourceAliases: a source's other names, from the claims filed
// under its key, widen the search (the OR of both backends' queries).
func TestSearchSourceAliases(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		for i, src := range []string{"White Helmets", "the Syrian Civil Defence"} {
			text := fmt.Sprintf("Seven people were killed in Ariha, %s said.", src)
			id := mustInsert(t, s, articles.Article{Title: "Strike on Ariha", Text: text, ContentHash: articles.Hash(text)})
			seven := 7
			c := events.Claim{ArticleID: id, Metric: figures.Killed, Group: figures.People, Min: &seven, Max: &seven,
				Source: src, SourceKey: sources.Default().Resolve(src, "").ID, Quote: "Seven people were killed", Class: events.New, SeenAt: time.Unix(1_700_000_000+int64(i), 0)}
			if err := s.InTx(ctx, func(tx *Tx) error { return tx.InsertClaim(ctx, &c, 0) }); err != nil {
				t.Fatal(err)
			}
		}
		mustInsert(t, s, articles.Article{Title: "Weather", Text: "Rain in Idlib.", ContentHash: "rain"})
		res, err := s.Search(ctx, "White Helmets", 10)
		if err != nil || len(res) != 2 {
			t.Fatalf("Search(White Helmets) = %+v, %v; want both articles", res, err)
		}
		// Both are marked; the order between the name and an alias is the
		// engine's (bm25 puts the name first, ts_rank the longer alias).
		if snippets := res[0].Snippet + " " + res[1].Snippet; !strings.Contains(snippets, "[White] [Helmets]") || !strings.Contains(snippets, "[Civil] [Defence]") {
			t.Errorf("Search(White Helmets) = %+v; want the name and the alias marked", res)
		}
	})
}
