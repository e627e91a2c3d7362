package monitor

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeLockServer hands one lock at a time, like a PostgreSQL advisory lock.
type fakeLockServer struct {
	mu     sync.Mutex
	holder *fakeLock
}

type fakeLock struct {
	srv  *fakeLockServer
	lost atomic.Bool // the session died
}

func (s *fakeLockServer) try(context.Context) (Lock, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.holder != nil && !s.holder.lost.Load() {
		return nil, nil
	}
	s.holder = &fakeLock{srv: s}
	return s.holder, nil
}

func (l *fakeLock) Check(context.Context) error {
	if l.lost.Load() {
		return errors.New("connection lost")
	}
	return nil
}

func (l *fakeLock) Release(context.Context) error {
	l.srv.mu.Lock()
	defer l.srv.mu.Unlock()
	if l.srv.holder == l {
		l.srv.holder = nil
	}
	return nil
}

// counting runs until stopped, counting how many of it run at once.
type counting struct {
	running, most, starts *atomic.Int32
}

func (c counting) Name() string { return "schedule" }
func (c counting) Run(ctx context.Context) error {
	c.starts.Add(1)
	n := c.running.Add(1)
	for {
		m := c.most.Load()
		if n <= m || c.most.CompareAndSwap(m, n) {
			break
		}
	}
	<-ctx.Done()
	c.running.Add(-1)
	return nil
}

func TestLeaderRunsSchedulesOnceAndFailsOver(t *testing.T) {
	srv := &fakeLockServer{}
	var running, most, starts atomic.Int32
	c := counting{&running, &most, &starts}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	leaders := []*Leader{
		{Try: srv.try, Components: []Component{c}, Retry: 20 * time.Millisecond},
		{Try: srv.try, Components: []Component{c}, Retry: 20 * time.Millisecond},
	}
	done := make(chan struct{}, 2)
	for _, l := range leaders {
		go func() { l.Run(ctx); done <- struct{}{} }()
	}
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		for i := 0; i < 200 && !cond(); i++ {
			time.Sleep(10 * time.Millisecond)
		}
		if !cond() {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
	waitFor("a leader", func() bool { return running.Load() == 1 })
	first := leaders[0]
	if !first.Leading() {
		first = leaders[1]
	}
	time.Sleep(100 * time.Millisecond) // the follower tries a few times
	if most.Load() != 1 {
		t.Fatalf("%d schedules ran at once", most.Load())
	}
	// The leader's session dies: the other takes over, and the old leader
	// stops its schedules at its next check.
	srv.holder.lost.Store(true)
	waitFor("failover", func() bool { return starts.Load() == 2 && running.Load() == 1 && !first.Leading() })
	cancel()
	<-done
	<-done
	if running.Load() != 0 {
		t.Errorf("%d schedules still running after shutdown", running.Load())
	}
}
