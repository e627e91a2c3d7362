package store

import (
	"context"
	"fmt"
	"testing"
)

// A feed with more items than SQLite takes bound parameters in one query
// (32,766: GUIDs and URLs of 16,383 items) is stored and found again.
func TestFindFeedItemsOfALargeFeed(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		f, _, err := s.AddFeed(ctx, Feed{URL: "https://example.org/huge"})
		if err != nil {
			t.Fatal(err)
		}
		const n = 17_000
		items := make([]FeedItem, n)
		guids, urls := make([]string, n), make([]string, n)
		for i := range items {
			guids[i], urls[i] = fmt.Sprintf("g%d", i), fmt.Sprintf("https://example.org/a/%d", i)
			items[i] = FeedItem{FeedID: f.ID, GUID: guids[i], CanonicalURL: urls[i], ContentHash: "c"}
		}
		if err := s.SaveFeedPoll(ctx, f, nil, items); err != nil {
			t.Fatal(err)
		}
		// The last item is asked for by GUID in the first batch and by URL
		// in the last one: it is returned once.
		guids[0] = guids[n-1]
		got, err := s.FindFeedItems(ctx, f.ID, guids, urls, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != n {
			t.Fatalf("%d items found, want %d", len(got), n)
		}
		for i := 1; i < len(got); i++ {
			if got[i].ID <= got[i-1].ID {
				t.Fatalf("not oldest first at %d: %d after %d", i, got[i].ID, got[i-1].ID)
			}
		}
		if g, _ := s.Feed(ctx, f.ID); g.ItemsSeen != n {
			t.Fatalf("items seen %d, want %d", g.ItemsSeen, n)
		}
	})
}
