package store

import (
	"context"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/store/storetest"
)

func TestLeases(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, b backend) {
		ctx := context.Background()
		now := time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)
		ttl := 10 * time.Second
		take := func(owner string, at time.Time) bool {
			t.Helper()
			ok, err := s.AcquireLease(ctx, "deliver/slack/C1", owner, at, ttl)
			if err != nil {
				t.Fatal(err)
			}
			return ok
		}
		if !take("a", now) {
			t.Fatal("a free lease was refused")
		}
		if take("b", now.Add(5*time.Second)) {
			t.Error("b took a's live lease")
		}
		if !take("a", now.Add(8*time.Second)) {
			t.Error("a could not renew its lease")
		}
		if take("b", now.Add(15*time.Second)) {
			t.Error("b took a lease renewed 7s before")
		}
		if !take("b", now.Add(19*time.Second)) {
			t.Error("b could not take a lease expired 1s before")
		}
		if err := s.ReleaseLease(ctx, "deliver/slack/C1", "a"); err != nil {
			t.Fatal(err)
		}
		if take("a", now.Add(20*time.Second)) {
			t.Error("a's release freed b's lease")
		}
		s.ReleaseLease(ctx, "deliver/slack/C1", "b")
		if !take("a", now.Add(20*time.Second)) {
			t.Error("a released lease was not free")
		}
	})
}

// Two processes on one PostgreSQL: one leads; when it goes (its connection
// closes, as when the process dies), the other can lead at once.
func TestLeaderLockOnPostgres(t *testing.T) {
	dsn := storetest.PostgresDSN(t)
	ctx := context.Background()
	open := func() *Store {
		s, err := Open(ctx, "postgres", dsn)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s1, s2 := open(), open()
	defer s2.Close()
	l1, err := s1.TryLead(ctx)
	if err != nil || l1 == nil {
		t.Fatalf("first TryLead: %v %v", l1, err)
	}
	if err := l1.Check(ctx); err != nil {
		t.Fatal(err)
	}
	if l2, err := s2.TryLead(ctx); err != nil || l2 != nil {
		t.Fatalf("second process led beside the first: %v %v", l2, err)
	}
	// The leader's session ends (the process is killed, or its connection
	// is cut): the lock is free, and the old leader's Check says so.
	var pid int
	if err := l1.conn.QueryRowContext(ctx, `SELECT pg_backend_pid()`).Scan(&pid); err != nil {
		t.Fatal(err)
	}
	if _, err := s2.db.ExecContext(ctx, `SELECT pg_terminate_backend($1)`, pid); err != nil {
		t.Fatal(err)
	}
	if err := l1.Check(ctx); err == nil {
		t.Error("Check passed on a terminated session")
	}
	s1.Close()
	var l2 *Leadership
	for i := 0; i < 50 && l2 == nil; i++ {
		if l2, err = s2.TryLead(ctx); err != nil {
			t.Fatal(err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if l2 == nil {
		t.Fatal("no failover within a second")
	}
	if err := l2.Release(ctx); err != nil {
		t.Fatal(err)
	}
	l3, err := s2.TryLead(ctx)
	if err != nil || l3 == nil {
		t.Fatalf("lock not free after Release: %v %v", l3, err)
	}
	l3.Release(ctx)
}
