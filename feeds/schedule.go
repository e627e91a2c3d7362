package feeds

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/idlibwatch/idlibwatch/store"
)

// cronParser reads schedules as the config does: five fields, descriptors
// such as @hourly and @every 10m, and a CRON_TZ=Area/City prefix.
var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// CheckSchedule reports whether spec is a schedule the poller can run.
func CheckSchedule(spec string) error {
	if _, err := cronParser.Parse(spec); err != nil {
		return fmt.Errorf("schedule %q: %w", spec, err)
	}
	return nil
}

// NextRun is the first time after t that spec fires.
func NextRun(spec string, t time.Time) (time.Time, error) {
	sched, err := cronParser.Parse(spec)
	if err != nil {
		return time.Time{}, fmt.Errorf("schedule %q: %w", spec, err)
	}
	return sched.Next(t), nil
}

// resyncEvery is how often Run looks for feeds added, removed or moved to
// another schedule since it started.
const resyncEvery = time.Minute

// Run polls every feed on its schedule (its own, else the default) until ctx
// is done. Each distinct schedule is one cron job over the feeds that have
// it; a job still running when its next time comes is skipped, not run
// twice. Feeds are polled once at start, so that a restart or a newly added
// feed does not wait for the next tick; those backing off wait their turn.
func (p *Poller) Run(ctx context.Context) error {
	cl := cronLogger{p.opt.Log}
	c := cron.New(cron.WithParser(cronParser), cron.WithLogger(cl),
		cron.WithChain(cron.Recover(cl), cron.SkipIfStillRunning(cl)))
	jobs := map[string]cron.EntryID{}
	var mu sync.Mutex
	resync := func() {
		feeds, err := p.store.Feeds(ctx)
		if err != nil {
			p.opt.Log.Error("feeds not listed", "err", err)
			return
		}
		want := map[string]bool{}
		for _, f := range feeds {
			want[p.scheduleOf(f)] = true
		}
		mu.Lock()
		defer mu.Unlock()
		for spec := range want {
			if _, ok := jobs[spec]; ok {
				continue
			}
			id, err := c.AddFunc(spec, func() { p.cycle(ctx, spec) })
			if err != nil {
				// A bad per-feed schedule must not stop the others: those
				// feeds fall back to the default schedule.
				p.opt.Log.Error("feed schedule not usable; its feeds use the default", "schedule", spec, "err", err)
				continue
			}
			jobs[spec] = id
		}
		for spec, id := range jobs {
			if !want[spec] {
				c.Remove(id)
				delete(jobs, spec)
			}
		}
	}
	resync()
	if _, err := c.AddFunc(fmt.Sprintf("@every %s", resyncEvery), resync); err != nil {
		return fmt.Errorf("feeds: schedule resync: %w", err)
	}
	c.Start()
	p.opt.Log.Info("feed poller started", "schedules", len(jobs), "default_schedule", p.opt.Schedule)

	// The first cycle, over all feeds; the cron jobs skip feeds it is polling.
	start, err := p.PollOnce(ctx, PollOptions{Backfill: -1})
	if err == nil {
		p.logCycle("start", start)
	}

	<-ctx.Done()
	stopped := c.Stop() // running jobs see ctx done and return quickly
	select {
	case <-stopped.Done():
	case <-time.After(10 * time.Second):
		p.opt.Log.Warn("feed poller: a cycle did not stop within 10s")
	}
	p.fetch.CloseIdle()
	return nil
}

// scheduleOf is the spec a feed is polled on.
func (p *Poller) scheduleOf(f store.Feed) string {
	if f.Schedule != "" {
		if _, err := cronParser.Parse(f.Schedule); err == nil {
			return f.Schedule
		}
	}
	return p.opt.Schedule
}

// cycle polls the feeds whose schedule is spec.
func (p *Poller) cycle(ctx context.Context, spec string) {
	sums, err := p.PollOnce(ctx, PollOptions{Backfill: -1, filter: func(f store.Feed) bool { return p.scheduleOf(f) == spec }})
	if err != nil {
		if ctx.Err() == nil {
			p.opt.Log.Error("feed cycle failed", "schedule", spec, "err", err)
		}
		return
	}
	p.logCycle(spec, sums)
}

func (p *Poller) logCycle(spec string, sums []Summary) {
	var polled, failed, notModified, skipped, newItems, updated, irrelevant, pages, pagesSkipped int
	for _, s := range sums {
		switch s.Status {
		case "failed":
			failed++
		case "not modified":
			notModified++
		case "ok":
			polled++
		case "skipped":
			skipped++
		}
		newItems += s.New
		updated += s.Updated
		irrelevant += s.Irrelevant
		pages += s.FullText + s.FullTextFailed
		pagesSkipped += s.PagesSkipped
	}
	level := slog.LevelInfo
	if skipped == len(sums) {
		level = slog.LevelDebug // every feed backing off: nothing happened
	}
	p.opt.Log.Log(context.Background(), level, "feeds polled", "schedule", spec, "feeds", len(sums), "changed", polled,
		"not_modified", notModified, "failed", failed, "backing_off", skipped, "new_articles", newItems,
		"updated_articles", updated, "off_topic", irrelevant, "pages_fetched", pages, "pages_skipped", pagesSkipped)
}

// cronLogger sends cron's messages to slog.
type cronLogger struct{ log *slog.Logger }

func (l cronLogger) Info(msg string, kv ...any) {
	if msg == "skip" { // a cycle still running when its next tick came
		l.log.Info("feed cycle still running; tick skipped")
		return
	}
	l.log.Debug("cron: "+msg, kv...)
}
func (l cronLogger) Error(err error, msg string, kv ...any) {
	l.log.Error("cron: "+msg, append(kv, "err", err)...)
}
