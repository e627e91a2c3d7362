package store

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
)

// LedgerClaimsOf reads the ledgers of several events in one query and must
// give each event what LedgerClaims gives it: its claims only, in the order
// they were seen (not the order they were filed).
func TestLedgerClaimsOf(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		text := "Shelling hit homes in Sarmin; rescuers counted the dead."
		art := mustInsert(t, s, articles.Article{Title: "Sarmin shelling", Text: text, ContentHash: articles.Hash(text), Fetched: time.Unix(1_700_000_000, 0)})
		var ids [3]int64 // two events with claims, one without
		err := s.InTx(ctx, func(tx *Tx) error {
			for i := range ids {
				e := &events.Event{Key: fmt.Sprintf("2024-03-0%d-sarmin", i+1), Title: "Sarmin", FirstSeen: time.Unix(1_700_000_000, 0), LastSeen: time.Unix(1_700_000_000, 0)}
				if err := tx.InsertEvent(ctx, e); err != nil {
					return err
				}
				ids[i] = e.ID
			}
			// Filed interleaved, and out of the order they were seen in.
			for i, f := range []struct {
				event int64
				n     int
				seen  int64
			}{{ids[0], 4, 30}, {ids[1], 9, 10}, {ids[0], 2, 10}, {0, 5, 5}, {ids[1], 11, 20}, {ids[0], 6, 20}, {ids[0], 7, 20}} {
				n := f.n
				c := events.Claim{EventID: f.event, ArticleID: art, Metric: figures.Killed, Group: figures.People, Min: &n, Max: &n,
					Source: "medics", SourceKey: "medics", Quote: fmt.Sprintf("%d killed", n), Class: events.New, SeenAt: time.Unix(1_700_000_000+f.seen, 0)}
				if err := tx.InsertClaim(ctx, &c, i); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}

		err = s.InTx(ctx, func(tx *Tx) error {
			got, err := tx.LedgerClaimsOf(ctx, []int64{ids[1], ids[0], ids[2], ids[0], ids[2] + 100})
			if err != nil {
				return err
			}
			if len(got) != 2 {
				t.Errorf("ledgers of %d events, want 2 (the events with claims): %v", len(got), got)
			}
			for want, id := range map[string]int64{"2 6 7 4": ids[0], "9 11": ids[1]} {
				one, err := tx.LedgerClaims(ctx, id)
				if err != nil {
					return err
				}
				if !slices.EqualFunc(got[id], one, func(a, b events.Claim) bool { return a.ID == b.ID && a.EventID == id }) {
					t.Errorf("event %d: LedgerClaimsOf gives %v, LedgerClaims %v", id, got[id], one)
				}
				if a := amounts(got[id]); a != want {
					t.Errorf("event %d: claims %q, want %q (in the order seen)", id, a, want)
				}
			}
			none, err := tx.LedgerClaimsOf(ctx, nil)
			if err != nil || len(none) != 0 {
				t.Errorf("LedgerClaimsOf(nil) = %v, %v; want empty", none, err)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

func amounts(cs []events.Claim) string {
	s := ""
	for i, c := range cs {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprint(*c.Min)
	}
	return s
}

// An event's places are indexed in one statement, a place named twice
// once, and rewritten whole when the event is saved.
func TestEventPlacesIndexed(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		day := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
		err := s.InTx(ctx, func(tx *Tx) error {
			e := &events.Event{Key: "2024-03-05-ariha", Title: "Ariha", Place: "Ariha", Places: []string{"Ariha", "Sarmin", "Ariha"}, Day: day, FirstSeen: day, LastSeen: day}
			if err := tx.InsertEvent(ctx, e); err != nil {
				return err
			}
			found := func(place string) bool {
				t.Helper()
				cs, err := tx.CandidateEvents(ctx, []string{place}, day.AddDate(0, 0, -1), day.AddDate(0, 0, 1), 10)
				if err != nil {
					t.Fatal(err)
				}
				return len(cs) == 1 && cs[0].ID == e.ID
			}
			if !found("Ariha") || !found("Sarmin") || found("Binnish") {
				t.Errorf("after insert: Ariha %v, Sarmin %v, Binnish %v; want true, true, false", found("Ariha"), found("Sarmin"), found("Binnish"))
			}
			e.Places = []string{"Binnish"}
			if err := tx.SaveEvent(ctx, e); err != nil {
				return err
			}
			if found("Ariha") || !found("Binnish") {
				t.Errorf("after save: Ariha %v, Binnish %v; want false, true", found("Ariha"), found("Binnish"))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

// A new event adopts, in the order they were filed, the background claims
// kept without an event whose recollection holds its day and names its
// place (or no place); the others stay without one.
func TestAdoptOrphans(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		day := time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)
		march := events.Recall{From: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)}
		text := "Traders rebuilt the market a year after the strikes."
		art := mustInsert(t, s, articles.Article{Title: "Rebuilding", Text: text, ContentHash: articles.Hash(text), Fetched: day.AddDate(1, 0, 0)})
		var ids []int64
		err := s.InTx(ctx, func(tx *Tx) error {
			for i, o := range []struct {
				n      int
				places []string
			}{{14, []string{"Sarmada"}}, {3, []string{"Ariha"}}, {16, nil}} {
				n := o.n
				c := events.Claim{ArticleID: art, Metric: figures.Killed, Group: figures.People, Min: &n, Max: &n, Source: "monitor", SourceKey: "monitor",
					Quote: fmt.Sprintf("killed %d people", n), Background: true, Class: events.New, SeenAt: day.AddDate(1, 0, 0)}
				if err := tx.InsertClaim(ctx, &c, i); err != nil {
					return err
				}
				r := march
				r.Places = o.places
				if err := tx.KeepRecall(ctx, c.ID, r); err != nil {
					return err
				}
				ids = append(ids, c.ID)
			}
			e := events.Event{Key: "2024-03-12-sarmada", Title: "Sarmada", Place: "Sarmada", Places: []string{"Sarmada"}, Day: day, FirstSeen: day, LastSeen: day}
			if err := tx.InsertEvent(ctx, &e); err != nil {
				return err
			}
			seen := day.Add(time.Hour)
			n, err := tx.AdoptOrphans(ctx, e, seen)
			if err != nil {
				return err
			}
			if n != 2 {
				t.Errorf("adopted %d claims, want 2 (Sarmada's and the one naming no place)", n)
			}
			got, err := tx.LedgerClaimsOf(ctx, []int64{e.ID, 0})
			if err != nil {
				return err
			}
			l := got[e.ID]
			if len(l) != 2 || l[0].ID != ids[0] || l[1].ID != ids[2] || !l[0].SeenAt.Equal(seen) || l[0].Quote != "killed 14 people" {
				t.Fatalf("event's ledger %+v, want claims %d and %d seen at %s", l, ids[0], ids[2], seen)
			}
			// The second is classified against a ledger holding the first:
			// another figure of the same report.
			if l[0].Class != events.New || l[1].Class != events.Repeat {
				t.Errorf("classes %s, %s: want new, then repeat", l[0].Class, l[1].Class)
			}
			ariha, err := tx.ArticleClaims(ctx, art)
			if err != nil {
				return err
			}
			if ariha[1].EventID != 0 {
				t.Errorf("the claim recalling Ariha was filed under event %d", ariha[1].EventID)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}
