package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestFeedsAddListRemove(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		f, created, err := s.AddFeed(ctx, Feed{URL: "https://example.org/rss", Title: "Example"})
		if err != nil || !created || f.ID == 0 || f.Status != FeedNew || f.FirstPollDone {
			t.Fatalf("AddFeed = %+v, %v, %v", f, created, err)
		}
		// Adding again returns the same feed; the config's schedule and title win.
		g, created, err := s.AddFeed(ctx, Feed{URL: "https://example.org/rss", Title: "From config", Schedule: "@every 10m", FromConfig: true})
		if err != nil || created || g.ID != f.ID || g.Title != "From config" || g.Schedule != "@every 10m" || !g.FromConfig {
			t.Fatalf("second AddFeed = %+v, %v, %v", g, created, err)
		}
		if _, _, err := s.AddFeed(ctx, Feed{URL: "https://example.net/atom"}); err != nil {
			t.Fatal(err)
		}
		all, err := s.Feeds(ctx)
		if err != nil || len(all) != 2 || all[0].URL != "https://example.org/rss" {
			t.Fatalf("Feeds = %+v, %v", all, err)
		}

		// Poll state survives a reopen (validators across restarts).
		now := time.Unix(1_700_000_000, 0).UTC()
		g.ETag, g.LastModified, g.Status, g.LastSuccess, g.NextAttempt, g.FirstPollDone = `"v1"`, "Tue, 14 Nov 2023 22:13:20 GMT", FeedOK, now, now.Add(time.Hour), true
		if err := s.SaveFeedPoll(ctx, g, nil, nil); err != nil {
			t.Fatal(err)
		}
		s.Close()
		s2, err := Open(ctx, b.driver, b.dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer s2.Close()
		got, err := s2.FeedByURL(ctx, "https://example.org/rss")
		if err != nil {
			t.Fatal(err)
		}
		if got.ETag != `"v1"` || got.LastModified != g.LastModified || !got.LastSuccess.Equal(now) || !got.NextAttempt.Equal(now.Add(time.Hour)) || !got.FirstPollDone || got.Status != FeedOK {
			t.Fatalf("after reopen feed = %+v", got)
		}

		if err := s2.RemoveFeed(ctx, got.ID); err != nil {
			t.Fatal(err)
		}
		if err := s2.RemoveFeed(ctx, got.ID); !errors.Is(err, ErrNotFound) {
			t.Fatalf("second RemoveFeed = %v, want ErrNotFound", err)
		}
		if _, err := s2.Feed(ctx, got.ID); !errors.Is(err, ErrNotFound) {
			t.Fatalf("Feed after remove = %v, want ErrNotFound", err)
		}
	})
}

func TestFeedItemsIdentityAndCounts(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		f, _, err := s.AddFeed(ctx, Feed{URL: "https://example.org/rss"})
		if err != nil {
			t.Fatal(err)
		}
		items := []FeedItem{
			{FeedID: f.ID, GUID: "g1", CanonicalURL: "https://example.org/a", ContentHash: "c1", Relevant: true, ArticleID: 7},
			{FeedID: f.ID, CanonicalURL: "https://example.org/b", ContentHash: "c2"},
			{FeedID: f.ID, TitleHash: "t3", ContentHash: "c3"},
		}
		for i := range items {
			id, err := s.SaveFeedItem(ctx, items[i])
			if err != nil {
				t.Fatal(err)
			}
			items[i].ID = id
		}
		tests := []struct {
			name             string
			guid, url, title string
			want             int64 // item ID, 0 for not found
		}{
			{"by guid", "g1", "", "", items[0].ID},
			{"guid changed, same link", "g9", "https://example.org/a", "", items[0].ID},
			{"by url", "", "https://example.org/b", "", items[1].ID},
			{"by title and date", "", "", "t3", items[2].ID},
			{"guid wins over url", "g1", "https://example.org/b", "", items[0].ID},
			{"unknown", "g2", "https://example.org/c", "t4", 0},
			{"no keys", "", "", "", 0},
		}
		for _, tt := range tests {
			it, err := s.FindFeedItem(ctx, f.ID, tt.guid, tt.url, tt.title)
			if tt.want == 0 {
				if !errors.Is(err, ErrNotFound) {
					t.Errorf("%s: FindFeedItem = %+v, %v; want ErrNotFound", tt.name, it, err)
				}
				continue
			}
			if err != nil || it.ID != tt.want {
				t.Errorf("%s: FindFeedItem = %d, %v; want %d", tt.name, it.ID, err, tt.want)
			}
		}
		// Another feed's items are not this feed's.
		if _, err := s.FindFeedItem(ctx, f.ID+1, "g1", "", ""); !errors.Is(err, ErrNotFound) {
			t.Errorf("other feed: %v, want ErrNotFound", err)
		}

		// All of a document's known items in one query.
		batch, err := s.FindFeedItems(ctx, f.ID, []string{"g1", "g7", ""}, []string{"https://example.org/b"}, []string{"t3", "t9"})
		if err != nil || len(batch) != 3 || batch[0].ID != items[0].ID || batch[2].ID != items[2].ID {
			t.Fatalf("FindFeedItems = %+v, %v", batch, err)
		}
		if none, err := s.FindFeedItems(ctx, f.ID, nil, []string{""}, nil); err != nil || len(none) != 0 {
			t.Fatalf("FindFeedItems with no keys = %+v, %v", none, err)
		}

		got, _ := s.Feed(ctx, f.ID)
		if got.ItemsSeen != 3 || got.ItemsRelevant != 1 {
			t.Fatalf("counts seen %d relevant %d, want 3 and 1", got.ItemsSeen, got.ItemsRelevant)
		}
		// An edit that makes an item relevant counts it once, not as a new item.
		items[1].Relevant, items[1].ContentHash, items[1].ArticleID = true, "c2b", 8
		if _, err := s.SaveFeedItem(ctx, items[1]); err != nil {
			t.Fatal(err)
		}
		got, _ = s.Feed(ctx, f.ID)
		if got.ItemsSeen != 3 || got.ItemsRelevant != 2 {
			t.Fatalf("after edit counts seen %d relevant %d, want 3 and 2", got.ItemsSeen, got.ItemsRelevant)
		}
		it, _ := s.FindFeedItem(ctx, f.ID, "", "https://example.org/b", "")
		if it.ContentHash != "c2b" || it.ArticleID != 8 || !it.Relevant {
			t.Fatalf("after edit item = %+v", it)
		}

		// Item states saved with a poll, in its transaction.
		f.Status = FeedOK
		if err := s.SaveFeedPoll(ctx, f, nil, []FeedItem{{FeedID: f.ID, GUID: "g4", ContentHash: "c4", Relevant: true}, {ID: items[2].ID, FeedID: f.ID, TitleHash: "t3", ContentHash: "c3b"}}); err != nil {
			t.Fatal(err)
		}
		got, _ = s.Feed(ctx, f.ID)
		if got.ItemsSeen != 4 || got.ItemsRelevant != 3 || got.Status != FeedOK {
			t.Fatalf("after poll with items: seen %d relevant %d status %s", got.ItemsSeen, got.ItemsRelevant, got.Status)
		}
		if it, _ := s.FindFeedItem(ctx, f.ID, "", "", "t3"); it.ContentHash != "c3b" {
			t.Fatalf("item updated with the poll: %+v", it)
		}
	})
}

func TestHealthNotices(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		f, _, _ := s.AddFeed(ctx, Feed{URL: "https://example.org/rss", Title: "Example"})
		f.Status, f.Failures, f.LastError = FeedFailing, 5, "HTTP 503 Service Unavailable"
		at := time.Unix(1_700_000_000, 0).UTC()
		if err := s.SaveFeedPoll(ctx, f, &HealthNotice{Status: HealthFailing, Reason: f.LastError, At: at}, nil); err != nil {
			t.Fatal(err)
		}
		f.Status, f.Failures, f.LastError = FeedOK, 0, ""
		if err := s.SaveFeedPoll(ctx, f, &HealthNotice{Status: HealthRecovered, At: at.Add(time.Hour)}, nil); err != nil {
			t.Fatal(err)
		}
		if err := s.SaveFeedPoll(ctx, f, nil, nil); err != nil { // no change, no notice
			t.Fatal(err)
		}
		ns, err := s.PendingHealthNotices(ctx)
		if err != nil || len(ns) != 2 {
			t.Fatalf("PendingHealthNotices = %+v, %v", ns, err)
		}
		want := HealthNotice{ID: ns[0].ID, FeedID: f.ID, FeedURL: f.URL, FeedTitle: "Example", Status: HealthFailing, Reason: "HTTP 503 Service Unavailable", At: at}
		if ns[0] != want || ns[1].Status != HealthRecovered || !ns[1].At.Equal(at.Add(time.Hour)) {
			t.Fatalf("notices = %+v", ns)
		}
		if err := s.MarkHealthNoticeSent(ctx, ns[0].ID); err != nil {
			t.Fatal(err)
		}
		ns, _ = s.PendingHealthNotices(ctx)
		if len(ns) != 1 || ns[0].Status != HealthRecovered {
			t.Fatalf("after marking one sent: %+v", ns)
		}
	})
}
