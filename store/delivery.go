package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
)

// Delivery states. A delivery is "sending" from just before the platform
// call until its outcome is known: one found "sending" (after a crash, a
// timeout, a server error, all cases where the post may have landed) is
// uncertain and must be looked up on the platform before it is posted again.
const (
	DeliverySending = "sending"
	DeliveryRetry   = "retry" // the last attempt surely did not post (rate limited); try again
	DeliverySent    = "sent"
	DeliveryFailed  = "failed" // given up: a permanent error, or failing for too long
)

// Delivery kinds.
const (
	KindAlert  = "alert"
	KindHealth = "health"
	KindDigest = "digest"
	KindNotice = "notice" // an ops notice about delivery itself
)

// Delivery is one message owed to one destination.
type Delivery struct {
	Kind      string
	RefID     int64
	Platform  string
	Dest      string
	Key       string // idempotency key
	Status    string // "" when never attempted
	Attempts  int    // posts that really failed (not rate limits, not restarts)
	LastError string
	MessageTS string
	Started   time.Time // when the last attempt began
	FirstTry  time.Time // when the first attempt began: the give-up clock
	NextTry   time.Time // no attempt before this (backoff); zero: any time
	Updated   time.Time

	// Written by FinishDelivery only, not read back.
	CountFailure bool   // the outcome is a real failure of the post: count it in Attempts
	ThreadEvent  int64  // with Thread: the event whose thread in Dest this post is
	Thread       string // recorded as the event's thread in the same write as "sent"
}

const deliveryColumns = `kind, ref_id, platform, dest, idem_key, status, attempts, last_error, message_ts, started, first_try, next_try, updated`

func scanDelivery(row interface{ Scan(...any) error }) (Delivery, error) {
	var d Delivery
	var started, first, next sql.NullInt64
	var updated int64
	err := row.Scan(&d.Kind, &d.RefID, &d.Platform, &d.Dest, &d.Key, &d.Status, &d.Attempts, &d.LastError, &d.MessageTS, &started, &first, &next, &updated)
	d.Started, d.FirstTry, d.NextTry = fromUnix(started), fromUnix(first), fromUnix(next)
	d.Updated = time.Unix(updated, 0).UTC()
	return d, err
}

// Delivery returns the delivery of kind/refID to platform/dest, or
// ErrNotFound when it was never attempted.
func (s *Store) Delivery(ctx context.Context, kind string, refID int64, platform, dest string) (Delivery, error) {
	d, err := scanDelivery(s.db.QueryRowContext(ctx, s.q(`SELECT `+deliveryColumns+` FROM deliveries WHERE kind = ? AND ref_id = ? AND platform = ? AND dest = ?`),
		kind, refID, platform, dest))
	if errors.Is(err, sql.ErrNoRows) {
		return Delivery{}, ErrNotFound
	}
	if err != nil {
		return Delivery{}, fmt.Errorf("store: read delivery %s %d to %s %s: %w", kind, refID, platform, dest, err)
	}
	return d, nil
}

// BeginDelivery records that an attempt to post d starts now: the row
// becomes "sending" (its attempts are left alone: only a failure counts).
// It returns the row as it was before (Status "" when this is the first
// attempt), so that the caller can tell a fresh attempt from one interrupted
// by a crash.
func (s *Store) BeginDelivery(ctx context.Context, d Delivery, now time.Time) (Delivery, error) {
	var prev Delivery
	err := s.InTx(ctx, func(tx *Tx) error {
		var err error
		prev, err = scanDelivery(tx.queryRow(ctx, `SELECT `+deliveryColumns+` FROM deliveries WHERE kind = ? AND ref_id = ? AND platform = ? AND dest = ?`,
			d.Kind, d.RefID, d.Platform, d.Dest))
		switch {
		case errors.Is(err, sql.ErrNoRows):
			prev = Delivery{}
			_, err = tx.exec(ctx, `INSERT INTO deliveries (kind, ref_id, platform, dest, idem_key, status, attempts, started, first_try, updated) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
				d.Kind, d.RefID, d.Platform, d.Dest, d.Key, DeliverySending, now.Unix(), now.Unix(), now.Unix())
			return err
		case err != nil:
			return err
		}
		_, err = tx.exec(ctx, `UPDATE deliveries SET status = ?, started = ?, first_try = COALESCE(first_try, ?), updated = ? WHERE kind = ? AND ref_id = ? AND platform = ? AND dest = ?`,
			DeliverySending, now.Unix(), now.Unix(), now.Unix(), d.Kind, d.RefID, d.Platform, d.Dest)
		return err
	})
	if err != nil {
		return Delivery{}, fmt.Errorf("store: begin delivery %s %d to %s %s: %w", d.Kind, d.RefID, d.Platform, d.Dest, err)
	}
	return prev, nil
}

// FinishDelivery writes the outcome of an attempt: d's Status, LastError,
// MessageTS and NextTry, one more attempt when d.CountFailure, and, in the
// same transaction, the event's thread when d.Thread is set, so that a crash
// never leaves a post recorded as sent without the thread later alerts of
// its event must join.
func (s *Store) FinishDelivery(ctx context.Context, d Delivery, now time.Time) error {
	err := s.InTx(ctx, func(tx *Tx) error {
		_, err := tx.exec(ctx, `UPDATE deliveries SET status = ?, last_error = ?, message_ts = ?, next_try = ?, attempts = attempts + ?, updated = ? WHERE kind = ? AND ref_id = ? AND platform = ? AND dest = ?`,
			d.Status, d.LastError, d.MessageTS, unix(d.NextTry), boolInt(d.CountFailure), now.Unix(), d.Kind, d.RefID, d.Platform, d.Dest)
		if err != nil || d.Thread == "" || d.ThreadEvent == 0 {
			return err
		}
		return tx.setChatThread(ctx, d.ThreadEvent, d.Platform, d.Dest, d.Thread, now)
	})
	if err != nil {
		return fmt.Errorf("store: finish delivery %s %d to %s %s: %w", d.Kind, d.RefID, d.Platform, d.Dest, err)
	}
	return nil
}

// Deliveries lists the deliveries of one alert, health notice or digest run.
func (s *Store) Deliveries(ctx context.Context, kind string, refID int64) ([]Delivery, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+deliveryColumns+` FROM deliveries WHERE kind = ? AND ref_id = ? ORDER BY id`), kind, refID)
	if err != nil {
		return nil, fmt.Errorf("store: list deliveries of %s %d: %w", kind, refID, err)
	}
	out, err := scanAll(rows, scanDelivery)
	if err != nil {
		return nil, fmt.Errorf("store: list deliveries of %s %d: %w", kind, refID, err)
	}
	return out, nil
}

// ChatThread returns the thread an event has in a destination, "" for none.
func (s *Store) ChatThread(ctx context.Context, eventID int64, platform, dest string) (string, error) {
	var thread string
	err := s.db.QueryRowContext(ctx, s.q(`SELECT thread FROM chat_threads WHERE event_id = ? AND platform = ? AND dest = ?`), eventID, platform, dest).Scan(&thread)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store: read thread of event %d in %s %s: %w", eventID, platform, dest, err)
	}
	return thread, nil
}

// SetChatThread records the thread of an event in a destination; the first
// one recorded stays.
func (s *Store) SetChatThread(ctx context.Context, eventID int64, platform, dest, thread string, now time.Time) error {
	err := s.InTx(ctx, func(tx *Tx) error { return tx.setChatThread(ctx, eventID, platform, dest, thread, now) })
	if err != nil {
		return fmt.Errorf("store: record thread of event %d in %s %s: %w", eventID, platform, dest, err)
	}
	return nil
}

func (tx *Tx) setChatThread(ctx context.Context, eventID int64, platform, dest, thread string, now time.Time) error {
	_, err := tx.exec(ctx, `INSERT INTO chat_threads (event_id, platform, dest, thread, created) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		eventID, platform, dest, thread, now.Unix())
	return err
}

// MarkAlertDelivered takes an alert out of the pending outbox.
func (s *Store) MarkAlertDelivered(ctx context.Context, id int64, now time.Time) error {
	if _, err := s.db.ExecContext(ctx, s.q(`UPDATE alerts SET delivered = ? WHERE id = ?`), now.Unix(), id); err != nil {
		return fmt.Errorf("store: mark alert %d delivered: %w", id, err)
	}
	return nil
}

// MarkAlertFailed takes an alert out of the pending outbox as failed (given
// up on in at least one channel; never "delivered") and, in the same
// transaction, queues notice for the ops channels.
func (s *Store) MarkAlertFailed(ctx context.Context, id int64, notice string, now time.Time) error {
	err := s.InTx(ctx, func(tx *Tx) error {
		res, err := tx.exec(ctx, `UPDATE alerts SET failed = ? WHERE id = ? AND failed IS NULL`, now.Unix(), id)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return err // failed before: its notice was queued then
		}
		_, err = tx.exec(ctx, `INSERT INTO ops_notices (text, created) VALUES (?, ?)`, notice, now.Unix())
		return err
	})
	if err != nil {
		return fmt.Errorf("store: mark alert %d failed: %w", id, err)
	}
	return nil
}

// OpsNotice is a message for the ops channels about delivery itself.
type OpsNotice struct {
	ID      int64
	Text    string
	Created time.Time
}

// PendingOpsNotices lists the ops notices not yet sent, oldest first.
func (s *Store) PendingOpsNotices(ctx context.Context) ([]OpsNotice, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, text, created FROM ops_notices WHERE sent IS NULL ORDER BY id LIMIT 100`)
	if err != nil {
		return nil, fmt.Errorf("store: list ops notices: %w", err)
	}
	out, err := scanAll(rows, func(r interface{ Scan(...any) error }) (OpsNotice, error) {
		var n OpsNotice
		var created int64
		err := r.Scan(&n.ID, &n.Text, &created)
		n.Created = time.Unix(created, 0).UTC()
		return n, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: list ops notices: %w", err)
	}
	return out, nil
}

// MarkOpsNoticeSent records that every ops channel has the notice.
func (s *Store) MarkOpsNoticeSent(ctx context.Context, id int64, now time.Time) error {
	if _, err := s.db.ExecContext(ctx, s.q(`UPDATE ops_notices SET sent = ? WHERE id = ?`), now.Unix(), id); err != nil {
		return fmt.Errorf("store: mark ops notice %d sent: %w", id, err)
	}
	return nil
}

// DeliveryStatus sums up the outbox for `/idlib status` and operators.
type DeliveryStatus struct {
	Pending       int       // alerts not yet delivered everywhere, nor failed
	OldestPending time.Time // when the oldest of them was made; zero when none
	Uncertain     int       // deliveries whose last post may have landed, awaiting a look-up (digests left out: a digest not settled before the next one is due is dropped)
	Failed        []FailedDelivery
}

// FailedDelivery is an alert given up on in one destination.
type FailedDelivery struct {
	AlertID   int64
	Platform  string
	Dest      string
	Attempts  int
	LastError string
	Failed    time.Time
}

// DeliveryStatus reads the state of the outbox, with the alerts given up on
// in the last week (at most limit).
func (s *Store) DeliveryStatus(ctx context.Context, now time.Time, limit int) (DeliveryStatus, error) {
	var st DeliveryStatus
	var err error
	if st.Pending, st.OldestPending, err = s.outbox(ctx); err != nil {
		return st, fmt.Errorf("store: count pending alerts: %w", err)
	}
	if err := s.db.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM deliveries WHERE status = ? AND kind <> ?`), DeliverySending, KindDigest).Scan(&st.Uncertain); err != nil {
		return st, fmt.Errorf("store: count uncertain deliveries: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT ref_id, platform, dest, attempts, last_error, updated FROM deliveries
		WHERE kind = ? AND status = ? AND updated >= ? ORDER BY updated DESC, id DESC LIMIT ?`), KindAlert, DeliveryFailed, now.Add(-7*24*time.Hour).Unix(), limit)
	if err != nil {
		return st, fmt.Errorf("store: list failed deliveries: %w", err)
	}
	st.Failed, err = scanAll(rows, func(r interface{ Scan(...any) error }) (FailedDelivery, error) {
		var f FailedDelivery
		var at int64
		err := r.Scan(&f.AlertID, &f.Platform, &f.Dest, &f.Attempts, &f.LastError, &at)
		f.Failed = time.Unix(at, 0).UTC()
		return f, err
	})
	if err != nil {
		return st, fmt.Errorf("store: list failed deliveries: %w", err)
	}
	return st, nil
}

// ClaimDigestRun records the digest of channel for the scheduled time. It
// returns the run's ID and whether this call created it: false means the run
// was claimed before (by an earlier process) and its deliveries say how far
// it got.
func (s *Store) ClaimDigestRun(ctx context.Context, channel string, scheduled, now time.Time) (int64, bool, error) {
	var id int64
	var created bool
	err := s.InTx(ctx, func(tx *Tx) error {
		err := tx.queryRow(ctx, `SELECT id FROM digest_runs WHERE channel = ? AND scheduled = ?`, channel, scheduled.Unix()).Scan(&id)
		if err == nil {
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		created = true
		return tx.queryRow(ctx, `INSERT INTO digest_runs (channel, scheduled, created) VALUES (?, ?, ?) RETURNING id`, channel, scheduled.Unix(), now.Unix()).Scan(&id)
	})
	if err != nil {
		return 0, false, fmt.Errorf("store: claim digest run of %s at %s: %w", channel, scheduled.UTC().Format(time.RFC3339), err)
	}
	return id, created, nil
}

// AlertsCreatedBetween lists the alerts (superseded ones left out) created
// in [from, to), in ID order, with every other alert of the same events
// whatever its age, so that a digest can show how each figure got where it
// is.
func (s *Store) AlertsCreatedBetween(ctx context.Context, from, to time.Time) ([]alerts.Alert, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, payload FROM alerts WHERE superseded = 0 AND created < ? AND event_id IN
		(SELECT event_id FROM alerts WHERE created >= ? AND created < ? AND superseded = 0) ORDER BY id LIMIT 5000`), to.Unix(), from.Unix(), to.Unix())
	if err != nil {
		return nil, fmt.Errorf("store: list alerts for a digest: %w", err)
	}
	return scanAlerts(rows, "list alerts for a digest")
}
