package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// AcquireLease takes, or renews, the lease called name for owner until
// now+ttl. It reports false when another owner holds an unexpired lease.
// Replicas use leases to share work that must be done by one process at a
// time (posting to one chat destination); a lease whose owner died simply
// expires.
func (s *Store) AcquireLease(ctx context.Context, name, owner string, now time.Time, ttl time.Duration) (bool, error) {
	var n int64
	err := s.InTx(ctx, func(tx *Tx) error {
		res, err := tx.exec(ctx, `INSERT INTO leases (name, owner, until) VALUES (?, ?, ?)
			ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, until = excluded.until
			WHERE leases.owner = excluded.owner OR leases.until < ?`,
			name, owner, now.Add(ttl).UnixMilli(), now.UnixMilli())
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return false, fmt.Errorf("store: acquire lease %s: %w", name, err)
	}
	return n > 0, nil
}

// ReleaseLease gives up owner's lease called name, if owner holds it.
func (s *Store) ReleaseLease(ctx context.Context, name, owner string) error {
	if _, err := s.db.ExecContext(ctx, s.q(`DELETE FROM leases WHERE name = ? AND owner = ?`), name, owner); err != nil {
		return fmt.Errorf("store: release lease %s: %w", name, err)
	}
	return nil
}

// pgLeaderLock is the first key of the session advisory lock the leader
// holds on PostgreSQL; the second is the schema's hash, as for pgWriteLock.
const pgLeaderLock = 0x1d11c

// Leadership is held by the one process that runs the schedules (polls,
// digests). On PostgreSQL it is a session advisory lock on a connection of
// its own: when the process dies its connection closes and the server
// releases the lock at once, so another replica takes over within its next
// try. On SQLite, one process owns the file: it always leads.
type Leadership struct {
	conn *sql.Conn // nil on SQLite
}

// TryLead tries once to become the leader. It returns nil (and no error)
// when another process leads.
func (s *Store) TryLead(ctx context.Context) (*Leadership, error) {
	if s.dialect.name != "postgres" {
		return &Leadership{}, nil
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: connect for the leader lock: %w", err)
	}
	var ok bool
	err = conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1, hashtext(COALESCE(current_schema(), '')))`, pgLeaderLock).Scan(&ok)
	if err != nil || !ok {
		conn.Close()
		if err != nil {
			return nil, fmt.Errorf("store: try the leader lock: %w", err)
		}
		return nil, nil
	}
	return &Leadership{conn: conn}, nil
}

// Check confirms the lock is still held: a session lock lasts as long as
// its connection, so the connection answering is enough. After an error the
// lock must be taken as lost.
func (l *Leadership) Check(ctx context.Context) error {
	if l.conn == nil {
		return nil
	}
	if err := l.conn.PingContext(ctx); err != nil {
		return fmt.Errorf("store: check the leader lock: %w", err)
	}
	return nil
}

// Release gives up the leadership.
func (l *Leadership) Release(ctx context.Context) error {
	if l.conn == nil {
		return nil
	}
	defer l.conn.Close()
	if _, err := l.conn.ExecContext(ctx, `SELECT pg_advisory_unlock($1, hashtext(COALESCE(current_schema(), '')))`, pgLeaderLock); err != nil {
		return fmt.Errorf("store: release the leader lock: %w", err)
	}
	return nil
}
