package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/idlibwatch/idlibwatch/config"
	"github.com/idlibwatch/idlibwatch/metrics"
	"github.com/idlibwatch/idlibwatch/monitor"
	"github.com/idlibwatch/idlibwatch/store"
)

// The ops surface of `run`: /metrics, and the readiness checks behind
// /readyz (the database answers, feeds were polled lately, the outbox
// drains).
func init() {
	serviceParts = append(serviceParts, func(ctx context.Context, env *serviceEnv, svc *monitor.Service) error {
		if err := env.metrics.Register(metrics.NewStoreCollector(env.store.Stats)); err != nil {
			return fmt.Errorf("metrics: %w", err)
		}
		// With no leader lock (svc.Lead nil) this process runs the schedules.
		if err := env.metrics.WatchLeader(func() bool { return svc.Lead == nil || svc.Leader.Leading() }); err != nil {
			return fmt.Errorf("metrics: %w", err)
		}
		svc.Routes = append(svc.Routes, monitor.Route{Pattern: "GET /metrics", Handler: env.metrics.Handler(env.log.With("component", "metrics"))})
		if ret := env.cfg.Retention; ret.Articles > 0 || ret.FeedItems > 0 {
			// Pruning is a schedule: the leader runs it.
			svc.Scheduled = append(svc.Scheduled, &pruner{st: env.store, r: ret, every: 24 * time.Hour, now: time.Now, log: env.log.With("component", "retention")})
		}
		r := newReadiness(env.cfg, env.store.Progress, time.Now)
		svc.Ready = append(svc.Ready,
			monitor.Check{Name: "database", Run: env.store.Ping},
			monitor.Check{Name: "polling", Run: r.polling},
			monitor.Check{Name: "delivery", Run: r.delivery},
		)
		return nil
	})
}

// deliverWithin is how long the oldest waiting alert may wait while nothing
// at all is delivered before the service counts as not ready: longer than a
// rate-limit pause or a short platform outage, far shorter than the half
// hour after which a delivery is given up.
const deliverWithin = 15 * time.Minute

// readiness holds the bounds /readyz checks the database's view against.
type readiness struct {
	stats      func(ctx context.Context) (store.Stats, error)
	now        func() time.Time
	started    time.Time
	pollWithin time.Duration // the latest poll of any feed is at most this old
}

func newReadiness(cfg *config.Config, stats func(ctx context.Context) (store.Stats, error), now func() time.Time) *readiness {
	return &readiness{stats: stats, now: now, started: now(), pollWithin: pollBound(cfg.Schedule, now())}
}

// pollBound is three periods of the default schedule (a cycle may be
// skipped while the previous one runs, and a feed's poll may take a
// timeout or two), and at least 15 minutes.
func pollBound(spec config.CronSpec, now time.Time) time.Duration {
	bound := 15 * time.Minute
	sched, err := spec.Parse()
	if err != nil {
		return bound
	}
	next := sched.Next(now)
	period := sched.Next(next).Sub(next)
	return max(bound, 3*period)
}

// polling fails when feeds exist but none was polled within the bound
// (counted from the start, for a fresh process). It reads the database, so
// a replica that does not poll reports the leader's polls.
func (r *readiness) polling(ctx context.Context) error {
	st, err := r.stats(ctx)
	if err != nil {
		return err
	}
	now := r.now()
	if st.Feeds == 0 || now.Sub(r.started) < r.pollWithin {
		return nil
	}
	if st.LastPoll.IsZero() {
		return fmt.Errorf("no feed polled since the start %s ago (expected within %s)", roundAge(now.Sub(r.started)), r.pollWithin)
	}
	if age := now.Sub(st.LastPoll); age > r.pollWithin {
		return fmt.Errorf("the last poll was %s ago (expected within %s)", roundAge(age), r.pollWithin)
	}
	return nil
}

// delivery fails when an alert has waited longer than deliverWithin and
// nothing was delivered for as long: the worker is stuck or every platform
// refuses it.
func (r *readiness) delivery(ctx context.Context) error {
	st, err := r.stats(ctx)
	if err != nil {
		return err
	}
	now := r.now()
	if st.OutboxDepth == 0 || now.Sub(st.OutboxOldest) <= deliverWithin {
		return nil
	}
	if !st.LastDelivery.IsZero() && now.Sub(st.LastDelivery) <= deliverWithin {
		return nil // slow, but moving
	}
	last := "never"
	if !st.LastDelivery.IsZero() {
		last = roundAge(now.Sub(st.LastDelivery)) + " ago"
	}
	return fmt.Errorf("%d alerts waiting, the oldest for %s; last delivery %s (expected within %s)",
		st.OutboxDepth, roundAge(now.Sub(st.OutboxOldest)), last, deliverWithin)
}

func roundAge(d time.Duration) string { return d.Round(time.Second).String() }

// pruner deletes, at start and then daily, what retention says is no
// longer needed.
type pruner struct {
	st    *store.Store
	r     config.Retention
	every time.Duration
	now   func() time.Time
	log   *slog.Logger
}

func (p *pruner) Name() string { return "retention" }

// Run prunes until ctx is done. A failed prune is logged and tried again
// next time: keeping rows a day longer harms nothing.
func (p *pruner) Run(ctx context.Context) error {
	for {
		if _, err := p.once(ctx); err != nil && ctx.Err() == nil {
			p.log.Error("prune failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(p.every):
		}
	}
}

func (p *pruner) once(ctx context.Context) (store.Pruned, error) {
	now := p.now()
	var opt store.Prune
	if p.r.Articles > 0 {
		opt.ArticlesBefore = now.Add(-time.Duration(p.r.Articles))
	}
	if p.r.FeedItems > 0 {
		opt.FeedItemsBefore = now.Add(-time.Duration(p.r.FeedItems))
	}
	n, err := p.st.Prune(ctx, opt)
	if err != nil {
		return n, err
	}
	p.log.Info("pruned", "articles", n.Articles, "feed_items", n.FeedItems,
		"articles_before", opt.ArticlesBefore.Format(time.DateOnly), "feed_items_before", opt.FeedItemsBefore.Format(time.DateOnly))
	return n, nil
}
