package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/feeds"
	"github.com/idlibwatch/idlibwatch/ingest"
	"github.com/idlibwatch/idlibwatch/metrics"
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
		opt := feedOptions(env.cfg, env.log.With("component", "feeds"))
		opt.OnPoll = countPoll(env.metrics)
		p, err := feeds.New(env.store, pipelineSink{p: env.pipeline, m: env.metrics}, opt)
		if err != nil {
			return fmt.Errorf("feed poller: %w", err)
		}
		svc.Scheduled = append(svc.Scheduled, p) // polls run in the leader only
		return nil
	})
}

// pipelineSink hands the poller's articles to the ingest pipeline, and
// counts the figures extracted when m is set.
type pipelineSink struct {
	p *ingest.Pipeline
	m *metrics.Metrics
}

func (s pipelineSink) Add(ctx context.Context, a articles.Article, live bool) (feeds.Added, error) {
	r, err := s.p.Add(ctx, a, ingest.Options{Live: live})
	if err != nil {
		return feeds.Added{}, err
	}
	if s.m != nil && !r.Duplicate {
		s.m.Figures.Add(float64(r.Figures))
	}
	return feeds.Added{ArticleID: r.ArticleID, Duplicate: r.Duplicate, Updated: r.Updated}, nil
}

// countPoll counts each poll of a feed, and what became of its items.
func countPoll(m *metrics.Metrics) func(feeds.Summary) {
	if m == nil {
		return nil
	}
	return func(s feeds.Summary) {
		m.FeedPolls.WithLabelValues(s.URL, strings.ReplaceAll(s.Status, " ", "_")).Inc()
		for _, c := range []struct {
			result string
			n      int
		}{{"new", s.New}, {"updated", s.Updated}, {"unchanged", s.Unchanged}, {"duplicate", s.Duplicates}, {"off_topic", s.Irrelevant}, {"error", s.ItemErrors}} {
			if c.n > 0 {
				m.FeedItems.WithLabelValues(c.result).Add(float64(c.n))
			}
		}
	}
}
