package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// KindSummary is the delivery of an event's summary card: the thread
// parent, posted once per destination before the event's first alert and
// edited in place after (ref_id is the event's ID).
const KindSummary = "summary"

// SummaryDigest returns the digest of what an event's summary message in a
// destination shows now, "" when it was never recorded.
func (s *Store) SummaryDigest(ctx context.Context, eventID int64, platform, dest string) (string, error) {
	var digest string
	err := s.db.QueryRowContext(ctx, s.q(`SELECT digest FROM summary_messages WHERE event_id = ? AND platform = ? AND dest = ?`), eventID, platform, dest).Scan(&digest)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store: read summary of event %d in %s %s: %w", eventID, platform, dest, err)
	}
	return digest, nil
}

// SetSummaryDigest records that an event's summary message in a
// destination now shows what digest stands for.
func (s *Store) SetSummaryDigest(ctx context.Context, eventID int64, platform, dest, messageID, digest string, now time.Time) error {
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO summary_messages (event_id, platform, dest, message_id, digest, updated) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (event_id, platform, dest) DO UPDATE SET message_id = excluded.message_id, digest = excluded.digest, updated = excluded.updated`),
		eventID, platform, dest, messageID, digest, now.Unix())
	if err != nil {
		return fmt.Errorf("store: record summary of event %d in %s %s: %w", eventID, platform, dest, err)
	}
	return nil
}
