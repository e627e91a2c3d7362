package store

import (
	"context"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/events"
)

func TestPrune(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		now := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
		old, recent := now.AddDate(0, 0, -200), now.AddDate(0, 0, -2)
		art := func(title string, fetched time.Time) int64 {
			text := title + ": a report from Sarmada in Idlib."
			return mustInsert(t, s, articles.Article{Title: title, Text: text, ContentHash: articles.Hash(text), Fetched: fetched})
		}
		loose := art("Loose old", old)
		inEvent := art("Filed old", old)
		alerted := art("Alerted old", old)
		fresh := art("Loose recent", recent)
		err := s.InTx(ctx, func(tx *Tx) error {
			e := &events.Event{Key: "2026-06-01-sarmada", Title: "2026-06-01 Sarmada", FirstSeen: old, LastSeen: old}
			if err := tx.InsertEvent(ctx, e); err != nil {
				return err
			}
			if err := tx.LinkArticle(ctx, EventArticle{ArticleID: inEvent, EventID: e.ID, ReportID: inEvent}, old); err != nil {
				return err
			}
			_, err := tx.InsertAlert(ctx, alerts.Alert{EventID: e.ID, Class: events.New, Article: alerts.Article{ID: alerted}})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		f, _, err := s.AddFeed(ctx, Feed{URL: "https://example.org/feed"})
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range []FeedItem{
			{FeedID: f.ID, GUID: "gone", ContentHash: "1", FirstSeen: old, LastSeen: old},
			{FeedID: f.ID, GUID: "shown", ContentHash: "2", ArticleID: loose, Relevant: true, FirstSeen: old, LastSeen: recent},
		} {
			if _, err := s.SaveFeedItem(ctx, it); err != nil {
				t.Fatal(err)
			}
		}

		got, err := s.Prune(ctx, Prune{ArticlesBefore: now.AddDate(0, 0, -30), FeedItemsBefore: now.AddDate(0, 0, -90)})
		if err != nil {
			t.Fatal(err)
		}
		if got != (Pruned{Articles: 1, FeedItems: 1}) {
			t.Errorf("pruned %+v, want 1 article and 1 feed item", got)
		}
		for id, want := range map[int64]bool{loose: false, inEvent: true, alerted: true, fresh: true} {
			_, err := s.Article(ctx, id)
			if (err == nil) != want {
				t.Errorf("article %d kept = %v, want %v", id, err == nil, want)
			}
		}
		if hits, err := s.Search(ctx, "Loose", 10); err != nil || len(hits) != 1 || hits[0].Title != "Loose recent" {
			t.Errorf("search after prune: %+v %v", hits, err)
		}
		if _, err := s.FindFeedItem(ctx, f.ID, "gone", "", ""); err == nil {
			t.Error("the feed item not shown for 200 days is still there")
		}
		it, err := s.FindFeedItem(ctx, f.ID, "shown", "", "")
		if err != nil || it.ArticleID != 0 {
			t.Errorf("the item still shown: %+v %v (want kept, unlinked from the pruned article)", it, err)
		}
		// Nothing to prune: nothing happens; a zero time prunes nothing.
		if got, err := s.Prune(ctx, Prune{ArticlesBefore: now.AddDate(0, 0, -30)}); err != nil || got != (Pruned{}) {
			t.Errorf("second prune %+v %v", got, err)
		}
	})
}
