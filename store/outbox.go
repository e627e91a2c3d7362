package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
)

// InsertAlert writes an alert (one report about one event: one chat
// message) to the outbox and returns its ID. It runs in the
// transaction that stores the article and its claims.
func (tx *Tx) InsertAlert(ctx context.Context, a alerts.Alert) (int64, error) {
	if a.Created.IsZero() {
		a.Created = time.Now().UTC()
	}
	a.Delivery = ""
	payload, err := json.Marshal(a)
	if err != nil {
		return 0, fmt.Errorf("store: encode alert: %w", err)
	}
	var id int64
	var first int64 // claim_id keeps the alert's first claim, for older readers
	if len(a.Claims) > 0 {
		first = a.Claims[0].ID
	}
	err = tx.queryRow(ctx, `INSERT INTO alerts (event_id, claim_id, article_id, class, payload, created) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
		a.EventID, first, a.Article.ID, string(a.Class), string(payload), a.Created.Unix()).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: insert alert: %w", err)
	}
	return id, nil
}

// AlertFilter selects alerts.
type AlertFilter struct {
	AfterID           int64 // only alerts with a larger ID
	EventID           int64 // 0: any event
	IncludeSuperseded bool
	PendingOnly       bool // only alerts not yet delivered everywhere (nor given up on)
	FailedOnly        bool // only alerts given up on in some channel
	SkippedOnly       bool // only alerts skipped as older than alerts.max_age
	Limit             int  // 0: 100
}

// Alerts lists outbox alerts in ID order.
func (s *Store) Alerts(ctx context.Context, f AlertFilter) ([]alerts.Alert, error) {
	if f.Limit <= 0 {
		f.Limit = 100
	}
	q := `SELECT id, payload, ` + deliveryState + ` FROM alerts WHERE id > ?`
	args := []any{f.AfterID}
	if f.EventID != 0 {
		q += ` AND event_id = ?`
		args = append(args, f.EventID)
	}
	if f.PendingOnly {
		q += ` AND delivered IS NULL AND failed IS NULL AND skipped IS NULL`
	}
	if f.SkippedOnly {
		q += ` AND skipped IS NOT NULL`
	}
	if f.FailedOnly {
		q += ` AND failed IS NOT NULL`
	}
	if !f.IncludeSuperseded {
		q += ` AND superseded = 0`
	}
	q += ` ORDER BY id LIMIT ?`
	args = append(args, f.Limit)
	rows, err := s.db.QueryContext(ctx, s.q(q), args...)
	if err != nil {
		return nil, fmt.Errorf("store: list alerts: %w", err)
	}
	return scanAlerts(rows, "list alerts")
}

// SkipAlert takes a stale alert out of the pending outbox without posting
// it (alerts.max_age): it is marked skipped, never delivered.
func (s *Store) SkipAlert(ctx context.Context, id int64, now time.Time) error {
	if _, err := s.db.ExecContext(ctx, s.q(`UPDATE alerts SET skipped = ? WHERE id = ? AND delivered IS NULL`), now.Unix(), id); err != nil {
		return fmt.Errorf("store: mark alert %d skipped: %w", id, err)
	}
	return nil
}

// deliveryState is the SQL of an alert's alerts.Delivery* state.
const deliveryState = `CASE WHEN superseded <> 0 THEN 'superseded' WHEN skipped IS NOT NULL THEN 'skipped' WHEN failed IS NOT NULL THEN 'failed'
	WHEN delivered IS NOT NULL THEN 'delivered' ELSE 'pending' END`

// scanAlerts reads rows of (id, payload[, delivery state]) into alerts and
// closes rows; doing says what the query was for, in its errors.
func scanAlerts(rows *sql.Rows, doing string) ([]alerts.Alert, error) {
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", doing, err)
	}
	var out []alerts.Alert
	for rows.Next() {
		var id int64
		var payload, state string
		dest := []any{&id, &payload}
		if len(cols) > 2 {
			dest = append(dest, &state)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("store: %s: %w", doing, err)
		}
		a, err := decodeAlert(id, payload)
		if err != nil {
			return nil, err
		}
		a.Delivery = state
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %s: %w", doing, err)
	}
	return out, nil
}
