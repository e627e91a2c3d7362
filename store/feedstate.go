package store

import (
	"context"
	"fmt"
)

// updateFeedState writes what a poll learned about a feed itself.
const updateFeedState = `UPDATE feeds SET title = ?, site_url = ?, etag = ?, last_modified = ?, status = ?, failures = ?,
	next_attempt = ?, last_attempt = ?, last_success = ?, last_error = ?, first_poll_done = ? WHERE id = ?`

func feedStateArgs(f Feed) []any {
	return []any{f.Title, f.SiteURL, f.ETag, f.LastModified, f.Status, f.Failures,
		unix(f.NextAttempt), unix(f.LastAttempt), unix(f.LastSuccess), f.LastError, boolInt(f.FirstPollDone), f.ID}
}

// SaveFeedStates stores the state of many feeds whose poll brought nothing
// else to store (a 304, a document with every item unchanged, a failure
// without a health notice) in one transaction with one prepared statement:
// a cycle of 1,000 feeds that answer 304 is then a few commits, not 1,000.
func (s *Store) SaveFeedStates(ctx context.Context, fs []Feed) error {
	if len(fs) == 0 {
		return nil
	}
	err := s.InTx(ctx, func(tx *Tx) error {
		stmt, err := tx.tx.PrepareContext(ctx, s.q(updateFeedState))
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, f := range fs {
			if _, err := stmt.ExecContext(ctx, feedStateArgs(f)...); err != nil {
				return fmt.Errorf("feed %s: %w", f.URL, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: save the state of %d feeds: %w", len(fs), err)
	}
	return nil
}
