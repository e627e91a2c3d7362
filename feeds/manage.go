package feeds

import (
	"context"
	"fmt"

	"github.com/idlibwatch/idlibwatch/store"
)

// Source is a feed named in the config.
type Source struct {
	URL      string
	Title    string // shown instead of the feed's own title; "" keeps that
	Schedule string // cron spec; "" for the default schedule
	FullText bool   // fetch each new item's page before the topic filter
}

// FeedAdder stores feeds; *store.Store has it.
type FeedAdder interface {
	AddFeed(ctx context.Context, f store.Feed) (store.Feed, bool, error)
}

// SyncConfig stores the config's feeds (new ones added, the title and
// schedule of known ones updated), so that the poller polls them with those
// added by `feeds add`. It returns how many were new.
func SyncConfig(ctx context.Context, st FeedAdder, srcs []Source) (int, error) {
	added := 0
	for _, s := range srcs {
		if err := CheckSchedule(s.Schedule); s.Schedule != "" && err != nil {
			return added, fmt.Errorf("feeds: config feed %s: %w", s.URL, err)
		}
		_, created, err := st.AddFeed(ctx, store.Feed{URL: s.URL, Title: s.Title, Schedule: s.Schedule, FullText: s.FullText, FromConfig: true})
		if err != nil {
			return added, fmt.Errorf("feeds: config feed %s: %w", s.URL, err)
		}
		if created {
			added++
		}
	}
	return added, nil
}
