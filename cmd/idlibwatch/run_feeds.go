package main

import (
	"context"
	"fmt"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/feeds"
	"github.com/idlibwatch/idlibwatch/ingest"
	"github.com/idlibwatch/idlibwatch/monitor"
)

// The feed poller: the config's feeds are stored, then every stored feed is
// polled on its schedule.
func init() {
	serviceParts = append(serviceParts, func(ctx context.Context, env *serviceEnv, svc *monitor.Service) error {
		n, err := feeds.SyncConfig(ctx, env.store, configSources(env.cfg))
		if err != nil {
			return err
		}
		if n > 0 {
			env.log.Info("config feeds stored", "new", n)
		}
		p, err := feeds.New(env.store, pipelineSink{env.pipeline}, feedOptions(env.cfg, env.log.With("component", "feeds")))
		if err != nil {
			return fmt.Errorf("feed poller: %w", err)
		}
		svc.Scheduled = append(svc.Scheduled, p) // polls run in the leader only
		return nil
	})
}

// pipelineSink hands the poller's articles to the ingest pipeline.
type pipelineSink struct{ p *ingest.Pipeline }

func (s pipelineSink) Add(ctx context.Context, a articles.Article, live bool) (feeds.Added, error) {
	r, err := s.p.Add(ctx, a, ingest.Options{Live: live})
	if err != nil {
		return feeds.Added{}, err
	}
	return feeds.Added{ArticleID: r.ArticleID, Duplicate: r.Duplicate, Updated: r.Updated}, nil
}
