package store

import (
	"context"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/articles"
)

// TestSaveFeedStatesAndStoredArticleID: the poller's per-cycle store calls.
// Many feed states land in one call; a stored article is found by its GUID
// in its feed or by canonical URL, and nothing else matches.
func TestSaveFeedStatesAndStoredArticleID(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		var fs []Feed
		for _, u := range []string{"https://a.example/rss", "https://b.example/rss", "https://c.example/rss"} {
			f, _, err := s.AddFeed(ctx, Feed{URL: u, FullText: u == "https://c.example/rss"})
			if err != nil {
				t.Fatal(err)
			}
			fs = append(fs, f)
		}
		now := time.Unix(1_700_000_000, 0).UTC()
		for i := range fs[:2] {
			fs[i].ETag, fs[i].Status, fs[i].LastAttempt, fs[i].LastSuccess = `"e"`, FeedOK, now, now
		}
		if err := s.SaveFeedStates(ctx, fs[:2]); err != nil {
			t.Fatal(err)
		}
		all, err := s.Feeds(ctx)
		if err != nil || len(all) != 3 {
			t.Fatalf("Feeds = %v, %v", all, err)
		}
		for i, f := range all {
			saved := i < 2
			if (f.ETag == `"e"`) != saved || f.LastSuccess.Equal(now) != saved || f.FullText != (i == 2) {
				t.Errorf("feed %d after SaveFeedStates: %+v", i, f)
			}
		}

		// The config is read at every start and wins: a feed it no longer
		// marks loses the flag; `feeds add` without the flag keeps it.
		if g, _, err := s.AddFeed(ctx, Feed{URL: "https://c.example/rss"}); err != nil || !g.FullText {
			t.Errorf("re-added without the flag: %+v, %v", g, err)
		}
		if g, _, err := s.AddFeed(ctx, Feed{URL: "https://c.example/rss", FromConfig: true}); err != nil || g.FullText {
			t.Errorf("config without the flag: %+v, %v", g, err)
		}

		var id int64
		err = s.InTx(ctx, func(tx *Tx) error {
			var err error
			id, err = tx.InsertArticle(ctx, articles.Article{FeedID: fs[0].ID, GUID: "g-1", URL: "https://a.example/x?utm_source=rss",
				CanonicalURL: "https://a.example/x", Title: "T", Text: "text", ContentHash: "h"}, "", true)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			feed      int64
			guid, url string
			want      int64
		}{
			{fs[0].ID, "g-1", "", id},
			{fs[1].ID, "", "https://a.example/x", id},
			{fs[1].ID, "g-1", "", 0}, // a GUID is the feed's own
			{fs[0].ID, "g-2", "https://a.example/y", 0},
			{fs[0].ID, "", "", 0},
		} {
			got, err := s.StoredArticleID(ctx, c.feed, c.guid, c.url)
			if err != nil || got != c.want {
				t.Errorf("StoredArticleID(%d, %q, %q) = %d, %v, want %d", c.feed, c.guid, c.url, got, err, c.want)
			}
		}
	})
}
