package monitor

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
)

// Lock is a leadership held in the store (a PostgreSQL session advisory
// lock, or nothing to hold on SQLite).
type Lock interface {
	// Check fails when the lock may have been lost.
	Check(ctx context.Context) error
	Release(ctx context.Context) error
}

// Leader runs its components in one replica at a time: the schedules
// (polls, digests, feed health) that must not run twice. Every replica runs
// a Leader; the one whose Try succeeds runs the components until its lock
// fails a check or ctx ends, and the others try again every Retry, so that
// one takes over within seconds when the leader dies.
type Leader struct {
	// Try takes the lock once; a nil Lock (and no error) means another
	// replica leads.
	Try        func(ctx context.Context) (Lock, error)
	Components []Component
	// Retry is how often a follower tries to lead and the leader checks its
	// lock (default 2s).
	Retry   time.Duration
	Log     *slog.Logger
	leading atomic.Bool
}

// Name names the component.
func (l *Leader) Name() string { return "leader" }

// Leading reports whether this replica leads now.
func (l *Leader) Leading() bool { return l.leading.Load() }

// Run tries to lead until ctx is done.
func (l *Leader) Run(ctx context.Context) error {
	log := l.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	retry := l.Retry
	if retry <= 0 {
		retry = 2 * time.Second
	}
	following := false
	for {
		lock, err := l.Try(ctx)
		switch {
		case ctx.Err() != nil:
			if lock != nil {
				l.release(lock, log)
			}
			return nil
		case err != nil:
			log.Warn("leader lock not reachable; trying again", "err", err)
		case lock == nil:
			if !following {
				log.Info("another replica leads; following")
				following = true
			}
		default:
			following = false
			log.Info("leading: running the schedules")
			l.leading.Store(true)
			err := l.lead(ctx, lock, retry, log)
			l.leading.Store(false)
			l.release(lock, log)
			if ctx.Err() != nil {
				return nil
			}
			if err != nil {
				return err
			}
			log.Warn("leadership lost; following")
		}
		t := time.NewTimer(retry)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// lead runs the components until ctx ends, one fails, or the lock fails a
// check (then it returns nil once they have stopped).
func (l *Leader) lead(ctx context.Context, lock Lock, every time.Duration, log *slog.Logger) error {
	g, gctx := errgroup.WithContext(ctx)
	lost := errors.New("leadership lost")
	for _, c := range l.Components {
		g.Go(func() error {
			log.Info("component starting", "component", c.Name())
			if err := c.Run(gctx); err != nil && !errors.Is(err, context.Canceled) {
				log.Error("component failed", "component", c.Name(), "err", err)
				return fmt.Errorf("%s: %w", c.Name(), err)
			}
			log.Info("component stopped", "component", c.Name())
			return nil
		})
	}
	g.Go(func() error {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-gctx.Done():
				return nil
			case <-t.C:
			}
			cctx, cancel := context.WithTimeout(gctx, every)
			err := lock.Check(cctx)
			cancel()
			if err != nil && gctx.Err() == nil {
				log.Error("leader lock lost; stopping the schedules", "err", err)
				return lost
			}
		}
	})
	if err := g.Wait(); err != nil && !errors.Is(err, lost) {
		return err
	}
	return nil
}

func (l *Leader) release(lock Lock, log *slog.Logger) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := lock.Release(ctx); err != nil {
		log.Warn("leader lock not released; the server frees it with the connection", "err", err)
	}
}
