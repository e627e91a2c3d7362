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
// call until its outcome is written; one found "sending" after a restart may
// or may not have reached the channel.
const (
	DeliverySending = "sending"
	DeliveryRetry   = "retry" // the last attempt surely did not post (rate limited); try again
	DeliverySent    = "sent"
	DeliveryFailed  = "failed" // a permanent error: never retried
)

// Delivery kinds.
const (
	KindAlert  = "alert"
	KindHealth = "health"
	KindDigest = "digest"
)

// Delivery is one message owed to one destination.
type Delivery struct {
	Kind      string
	RefID     int64
	Platform  string
	Dest      string
	Key       string // idempotency key
	Status    string // "" when never attempted
	Attempts  int
	LastError string
	MessageTS string
	Started   time.Time
	Updated   time.Time
}

const deliveryColumns = `kind, ref_id, platform, dest, idem_key, status, attempts, last_error, message_ts, started, updated`

func scanDelivery(row interface{ Scan(...any) error }) (Delivery, error) {
	var d Delivery
	var started sql.NullInt64
	var updated int64
	err := row.Scan(&d.Kind, &d.RefID, &d.Platform, &d.Dest, &d.Key, &d.Status, &d.Attempts, &d.LastError, &d.MessageTS, &started, &updated)
	d.Started = fromUnix(started)
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
// becomes "sending" with one more attempt. It returns the row as it was
// before (Status "" when this is the first attempt), so that the caller can
// tell a fresh attempt from one interrupted by a crash.
func (s *Store) BeginDelivery(ctx context.Context, d Delivery, now time.Time) (Delivery, error) {
	var prev Delivery
	err := s.InTx(ctx, func(tx *Tx) error {
		var err error
		prev, err = scanDelivery(tx.queryRow(ctx, `SELECT `+deliveryColumns+` FROM deliveries WHERE kind = ? AND ref_id = ? AND platform = ? AND dest = ?`,
			d.Kind, d.RefID, d.Platform, d.Dest))
		switch {
		case errors.Is(err, sql.ErrNoRows):
			prev = Delivery{}
			_, err = tx.exec(ctx, `INSERT INTO deliveries (kind, ref_id, platform, dest, idem_key, status, attempts, started, updated) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
				d.Kind, d.RefID, d.Platform, d.Dest, d.Key, DeliverySending, now.Unix(), now.Unix())
			return err
		case err != nil:
			return err
		}
		_, err = tx.exec(ctx, `UPDATE deliveries SET status = ?, attempts = attempts + 1, started = ?, updated = ? WHERE kind = ? AND ref_id = ? AND platform = ? AND dest = ?`,
			DeliverySending, now.Unix(), now.Unix(), d.Kind, d.RefID, d.Platform, d.Dest)
		return err
	})
	if err != nil {
		return Delivery{}, fmt.Errorf("store: begin delivery %s %d to %s %s: %w", d.Kind, d.RefID, d.Platform, d.Dest, err)
	}
	return prev, nil
}

// FinishDelivery writes the outcome of an attempt: d's Status, LastError and
// MessageTS.
func (s *Store) FinishDelivery(ctx context.Context, d Delivery, now time.Time) error {
	_, err := s.db.ExecContext(ctx, s.q(`UPDATE deliveries SET status = ?, last_error = ?, message_ts = ?, updated = ? WHERE kind = ? AND ref_id = ? AND platform = ? AND dest = ?`),
		d.Status, d.LastError, d.MessageTS, now.Unix(), d.Kind, d.RefID, d.Platform, d.Dest)
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
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO chat_threads (event_id, platform, dest, thread, created) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`),
		eventID, platform, dest, thread, now.Unix())
	if err != nil {
		return fmt.Errorf("store: record thread of event %d in %s %s: %w", eventID, platform, dest, err)
	}
	return nil
}

// MarkAlertDelivered takes an alert out of the pending outbox.
func (s *Store) MarkAlertDelivered(ctx context.Context, id int64, now time.Time) error {
	if _, err := s.db.ExecContext(ctx, s.q(`UPDATE alerts SET delivered = ? WHERE id = ?`), now.Unix(), id); err != nil {
		return fmt.Errorf("store: mark alert %d delivered: %w", id, err)
	}
	return nil
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
