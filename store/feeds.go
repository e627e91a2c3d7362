package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Feed statuses.
const (
	FeedNew     = "new"     // never polled
	FeedOK      = "ok"      // the last poll worked, or failures are below the threshold
	FeedFailing = "failing" // failed the configured number of times in a row
)

// Feed is a polled feed and what the polls learned about it.
type Feed struct {
	ID            int64
	URL           string
	Title         string
	SiteURL       string
	Schedule      string // cron spec; "" polls on the default schedule
	FromConfig    bool
	ETag          string
	LastModified  string
	Status        string
	Failures      int // consecutive
	NextAttempt   time.Time
	LastAttempt   time.Time
	LastSuccess   time.Time
	LastError     string
	ItemsSeen     int
	ItemsRelevant int
	Added         time.Time
	FirstPollDone bool
	// FullTextRetry is the earliest retry due of an item's full-text fetch,
	// zero when none is pending: a poll then fetches the whole feed even if
	// it would answer 304, to see the item again.
	FullTextRetry time.Time
	// FullText: the feed's items are too short to judge (titles only), so
	// the page of every new item is fetched before the topic filter.
	FullText bool
}

const feedColumns = `id, url, title, site_url, schedule, from_config, etag, last_modified, status, failures,
	next_attempt, last_attempt, last_success, last_error, items_seen, items_relevant, added, first_poll_done, fulltext,
	(SELECT MIN(fulltext_retry) FROM feed_items WHERE feed_items.feed_id = feeds.id AND fulltext_retry IS NOT NULL)`

func scanFeed(row interface{ Scan(...any) error }) (Feed, error) {
	var f Feed
	var fromConfig, firstDone, fullText int
	var next, attempt, success, retry sql.NullInt64
	var added int64
	err := row.Scan(&f.ID, &f.URL, &f.Title, &f.SiteURL, &f.Schedule, &fromConfig, &f.ETag, &f.LastModified, &f.Status, &f.Failures,
		&next, &attempt, &success, &f.LastError, &f.ItemsSeen, &f.ItemsRelevant, &added, &firstDone, &fullText, &retry)
	if err != nil {
		return f, err
	}
	f.FromConfig, f.FirstPollDone, f.FullText = fromConfig != 0, firstDone != 0, fullText != 0
	f.NextAttempt, f.LastAttempt, f.LastSuccess = fromUnix(next), fromUnix(attempt), fromUnix(success)
	f.FullTextRetry = fromUnix(retry)
	f.Added = time.Unix(added, 0).UTC()
	return f, nil
}

// AddFeed stores a new feed, or returns the one already stored with this URL
// (created false). For an existing feed, a non-empty title or schedule
// replaces the stored one, and FromConfig is set when f has it: the config
// is read at every start and wins.
func (s *Store) AddFeed(ctx context.Context, f Feed) (Feed, bool, error) {
	var out Feed
	created := false
	err := s.InTx(ctx, func(tx *Tx) error {
		old, err := scanFeed(tx.queryRow(ctx, `SELECT `+feedColumns+` FROM feeds WHERE url = ?`, f.URL))
		switch {
		case err == nil:
			if f.Title != "" {
				old.Title = f.Title
			}
			if f.Schedule != "" || f.FromConfig {
				old.Schedule = f.Schedule
			}
			if f.FullText || f.FromConfig {
				old.FullText = f.FullText
			}
			old.FromConfig = old.FromConfig || f.FromConfig
			if _, err := tx.exec(ctx, `UPDATE feeds SET title = ?, schedule = ?, from_config = ?, fulltext = ? WHERE id = ?`,
				old.Title, old.Schedule, boolInt(old.FromConfig), boolInt(old.FullText), old.ID); err != nil {
				return err
			}
			out = old
			return nil
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		added := f.Added
		if added.IsZero() {
			added = time.Now()
		}
		var id int64
		err = tx.queryRow(ctx, `INSERT INTO feeds (url, title, site_url, schedule, from_config, status, added, fulltext) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			f.URL, f.Title, f.SiteURL, f.Schedule, boolInt(f.FromConfig), FeedNew, added.Unix(), boolInt(f.FullText)).Scan(&id)
		if err != nil {
			return err
		}
		out, err = scanFeed(tx.queryRow(ctx, `SELECT `+feedColumns+` FROM feeds WHERE id = ?`, id))
		created = true
		return err
	})
	if err != nil {
		return Feed{}, false, fmt.Errorf("store: add feed %s: %w", f.URL, err)
	}
	return out, created, nil
}

// Feeds returns every feed, oldest first.
func (s *Store) Feeds(ctx context.Context) ([]Feed, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: list feeds: %w", err)
	}
	out, err := scanAll(rows, scanFeed)
	if err != nil {
		return nil, fmt.Errorf("store: list feeds: %w", err)
	}
	return out, nil
}

// Feed returns one feed by ID.
func (s *Store) Feed(ctx context.Context, id int64) (Feed, error) {
	f, err := scanFeed(s.db.QueryRowContext(ctx, s.q(`SELECT `+feedColumns+` FROM feeds WHERE id = ?`), id))
	return f, lookupErr(err, "feed %d", id)
}

// FeedByURL returns the feed with this URL.
func (s *Store) FeedByURL(ctx context.Context, url string) (Feed, error) {
	f, err := scanFeed(s.db.QueryRowContext(ctx, s.q(`SELECT `+feedColumns+` FROM feeds WHERE url = ?`), url))
	return f, lookupErr(err, "feed %s", url)
}

// RemoveFeed deletes a feed and its item state. Its articles stay in the
// corpus: they were reported, and events cite them.
func (s *Store) RemoveFeed(ctx context.Context, id int64) error {
	err := s.InTx(ctx, func(tx *Tx) error {
		res, err := tx.exec(ctx, `DELETE FROM feeds WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		_, err = tx.exec(ctx, `DELETE FROM feed_items WHERE feed_id = ?`, id)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: remove feed %d: %w", id, err)
	}
	return nil
}

// SaveFeedPoll stores what a poll learned about a feed: validators, status,
// failures, times, error, title, and the state of the items it saw (see
// SaveFeedItem). A non-nil notice (the feed started failing or recovered) is
// recorded in the same transaction for the chat side.
func (s *Store) SaveFeedPoll(ctx context.Context, f Feed, notice *HealthNotice, items []FeedItem) error {
	err := s.InTx(ctx, func(tx *Tx) error {
		if _, err := tx.exec(ctx, updateFeedState, feedStateArgs(f)...); err != nil {
			return err
		}
		var fresh []FeedItem
		for _, it := range items {
			if it.ID == 0 {
				fresh = append(fresh, it)
				continue
			}
			if _, err := tx.saveFeedItem(ctx, it); err != nil {
				return err
			}
		}
		if err := tx.insertFeedItems(ctx, f.ID, fresh); err != nil {
			return err
		}
		if notice == nil {
			return nil
		}
		at := notice.At
		if at.IsZero() {
			at = time.Now()
		}
		_, err := tx.exec(ctx, `INSERT INTO feed_health (feed_id, feed_url, feed_title, status, reason, at) VALUES (?, ?, ?, ?, ?, ?)`,
			f.ID, f.URL, f.Title, notice.Status, notice.Reason, at.Unix())
		return err
	})
	if err != nil {
		return fmt.Errorf("store: save poll of feed %s: %w", f.URL, err)
	}
	return nil
}

// FeedItem is the state of one item a feed has shown.
type FeedItem struct {
	ID           int64
	FeedID       int64
	GUID         string
	CanonicalURL string
	TitleHash    string
	ContentHash  string
	Relevant     bool
	ArticleID    int64 // 0 when not in the corpus
	FirstSeen    time.Time
	LastSeen     time.Time
	// FullTextFailures counts the failed fetches of the item's page in a
	// row; FullTextRetry is when to fetch it again, zero when not pending.
	FullTextFailures int
	FullTextRetry    time.Time
}

const feedItemColumns = `id, feed_id, guid, canonical_url, title_hash, content_hash, relevant, COALESCE(article_id, 0), first_seen, last_seen,
	fulltext_failures, fulltext_retry`

func scanFeedItem(row interface{ Scan(...any) error }) (FeedItem, error) {
	var it FeedItem
	var relevant int
	var first, last int64
	var retry sql.NullInt64
	err := row.Scan(&it.ID, &it.FeedID, &it.GUID, &it.CanonicalURL, &it.TitleHash, &it.ContentHash, &relevant, &it.ArticleID, &first, &last,
		&it.FullTextFailures, &retry)
	it.Relevant = relevant != 0
	it.FirstSeen, it.LastSeen = time.Unix(first, 0).UTC(), time.Unix(last, 0).UTC()
	it.FullTextRetry = fromUnix(retry)
	return it, err
}

// FindFeedItem finds the state of a feed's item by its identity: the GUID
// first, then the canonical URL, then the hash of title and date. Empty keys
// are skipped. It returns ErrNotFound when the feed never showed the item.
func (s *Store) FindFeedItem(ctx context.Context, feedID int64, guid, canonicalURL, titleHash string) (FeedItem, error) {
	for _, k := range []struct{ col, val string }{{"guid", guid}, {"canonical_url", canonicalURL}, {"title_hash", titleHash}} {
		if k.val == "" {
			continue
		}
		it, err := scanFeedItem(s.db.QueryRowContext(ctx, s.q(`SELECT `+feedItemColumns+` FROM feed_items WHERE feed_id = ? AND `+k.col+` = ? AND `+k.col+` <> '' ORDER BY id LIMIT 1`), feedID, k.val))
		if err == nil {
			return it, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return FeedItem{}, fmt.Errorf("store: find item of feed %d: %w", feedID, err)
		}
	}
	return FeedItem{}, ErrNotFound
}

// FindFeedItems returns the stored state of a feed's items that have any of
// the GUIDs, canonical URLs or title hashes, oldest first: a few queries for
// a whole document, matched by the caller with FindFeedItem's order of
// precedence. The keys go in batches, so that a feed of any size stays under
// the backends' limits on bound parameters (SQLite: 32,766).
func (s *Store) FindFeedItems(ctx context.Context, feedID int64, guids, canonicalURLs, titleHashes []string) ([]FeedItem, error) {
	var out []FeedItem
	seen := map[int64]bool{}
	n := max(len(guids), len(canonicalURLs), len(titleHashes))
	for lo := 0; lo < n; lo += findBatch {
		hi := lo + findBatch
		rows, err := s.findFeedItems(ctx, feedID, window(guids, lo, hi), window(canonicalURLs, lo, hi), window(titleHashes, lo, hi))
		if err != nil {
			return nil, fmt.Errorf("store: find items of feed %d: %w", feedID, err)
		}
		for _, r := range rows {
			if !seen[r.ID] { // a row can match keys of two batches
				seen[r.ID] = true
				out = append(out, r)
			}
		}
	}
	slices.SortFunc(out, func(a, b FeedItem) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// findBatch is how many items' keys one query of FindFeedItems carries: at
// most 3×findBatch+1 parameters.
const findBatch = 2000

func window(s []string, lo, hi int) []string { return s[min(lo, len(s)):min(hi, len(s))] }

func (s *Store) findFeedItems(ctx context.Context, feedID int64, guids, canonicalURLs, titleHashes []string) ([]FeedItem, error) {
	var conds []string
	args := []any{feedID}
	for _, k := range []struct {
		col  string
		vals []string
	}{{"guid", guids}, {"canonical_url", canonicalURLs}, {"title_hash", titleHashes}} {
		var marks []string
		for _, v := range k.vals {
			if v != "" {
				marks = append(marks, "?")
				args = append(args, v)
			}
		}
		if len(marks) > 0 {
			// "<> ''" lets SQLite use the partial index.
			conds = append(conds, "("+k.col+" IN ("+strings.Join(marks, ", ")+") AND "+k.col+" <> '')")
		}
	}
	if len(conds) == 0 {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+feedItemColumns+` FROM feed_items WHERE feed_id = ? AND (`+strings.Join(conds, " OR ")+`)`), args...)
	if err != nil {
		return nil, err
	}
	return scanAll(rows, scanFeedItem)
}

// SaveFeedItem stores an item's state: a new row when it.ID is 0 (counting
// the item in the feed's items seen and, if relevant, relevant), else an
// update. It returns the row's ID.
func (s *Store) SaveFeedItem(ctx context.Context, it FeedItem) (int64, error) {
	var id int64
	err := s.InTx(ctx, func(tx *Tx) error {
		var err error
		id, err = tx.saveFeedItem(ctx, it)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: save item of feed %d: %w", it.FeedID, err)
	}
	return id, nil
}

// withDefaults fills the times left zero (now) and returns the item with the
// value of its article_id column.
func (it FeedItem) withDefaults() (FeedItem, sql.NullInt64) {
	var articleID sql.NullInt64
	if it.ArticleID != 0 {
		articleID = sql.NullInt64{Int64: it.ArticleID, Valid: true}
	}
	if it.LastSeen.IsZero() {
		it.LastSeen = time.Now()
	}
	if it.FirstSeen.IsZero() {
		it.FirstSeen = it.LastSeen
	}
	return it, articleID
}

func (tx *Tx) saveFeedItem(ctx context.Context, it FeedItem) (int64, error) {
	it, articleID := it.withDefaults()
	if it.ID != 0 {
		var wasRelevant int
		if err := tx.queryRow(ctx, `SELECT relevant FROM feed_items WHERE id = ?`, it.ID).Scan(&wasRelevant); err != nil {
			return 0, err
		}
		if _, err := tx.exec(ctx, `UPDATE feed_items SET guid = ?, canonical_url = ?, title_hash = ?, content_hash = ?, relevant = ?, article_id = ?, last_seen = ?,
			fulltext_failures = ?, fulltext_retry = ? WHERE id = ?`,
			it.GUID, it.CanonicalURL, it.TitleHash, it.ContentHash, boolInt(it.Relevant), articleID, it.LastSeen.Unix(),
			it.FullTextFailures, unix(it.FullTextRetry), it.ID); err != nil {
			return 0, err
		}
		if delta := boolInt(it.Relevant) - wasRelevant; delta != 0 {
			if _, err := tx.exec(ctx, `UPDATE feeds SET items_relevant = items_relevant + ? WHERE id = ?`, delta, it.FeedID); err != nil {
				return 0, err
			}
		}
		return it.ID, nil
	}
	var id int64
	err := tx.queryRow(ctx, `INSERT INTO feed_items (feed_id, guid, canonical_url, title_hash, content_hash, relevant, article_id, first_seen, last_seen,
		fulltext_failures, fulltext_retry)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		it.FeedID, it.GUID, it.CanonicalURL, it.TitleHash, it.ContentHash, boolInt(it.Relevant), articleID, it.FirstSeen.Unix(), it.LastSeen.Unix(),
		it.FullTextFailures, unix(it.FullTextRetry)).Scan(&id)
	if err != nil {
		return 0, err
	}
	_, err = tx.exec(ctx, `UPDATE feeds SET items_seen = items_seen + 1, items_relevant = items_relevant + ? WHERE id = ?`, boolInt(it.Relevant), it.FeedID)
	return id, err
}

// insertBatch is how many rows one INSERT of insertFeedItems writes: 11
// parameters each, well under SQLite's 32,766 and PostgreSQL's 65,535.
const insertBatch = 500

// insertFeedItems inserts the new items of a poll of feed feedID, many rows
// a statement, and counts them in the feed's items seen and relevant once: a
// first poll of a feed with tens of thousands of items is a few statements,
// not three per item.
func (tx *Tx) insertFeedItems(ctx context.Context, feedID int64, items []FeedItem) error {
	const cols = 11
	relevant := 0
	for lo := 0; lo < len(items); lo += insertBatch {
		batch := items[lo:min(lo+insertBatch, len(items))]
		marks := make([]string, len(batch))
		args := make([]any, 0, cols*len(batch))
		for i, it := range batch {
			it, articleID := it.withDefaults()
			relevant += boolInt(it.Relevant)
			marks[i] = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
			args = append(args, feedID, it.GUID, it.CanonicalURL, it.TitleHash, it.ContentHash, boolInt(it.Relevant), articleID,
				it.FirstSeen.Unix(), it.LastSeen.Unix(), it.FullTextFailures, unix(it.FullTextRetry))
		}
		if _, err := tx.exec(ctx, `INSERT INTO feed_items (feed_id, guid, canonical_url, title_hash, content_hash, relevant, article_id, first_seen, last_seen,
			fulltext_failures, fulltext_retry) VALUES `+strings.Join(marks, ", "), args...); err != nil {
			return err
		}
	}
	if len(items) == 0 {
		return nil
	}
	_, err := tx.exec(ctx, `UPDATE feeds SET items_seen = items_seen + ?, items_relevant = items_relevant + ? WHERE id = ?`, len(items), relevant, feedID)
	return err
}

// Health notice statuses.
const (
	HealthFailing   = "failing"
	HealthRecovered = "recovered"
)

// HealthNotice tells that a feed started failing or recovered. The chat side
// posts each once to an ops channel and then marks it sent.
type HealthNotice struct {
	ID        int64
	FeedID    int64
	FeedURL   string
	FeedTitle string
	Status    string // HealthFailing or HealthRecovered
	Reason    string // why it fails: "HTTP 503", "timeout", "looks like a bot-protection page"
	At        time.Time
}

// PendingHealthNotices returns the notices not yet marked sent, oldest first.
func (s *Store) PendingHealthNotices(ctx context.Context) ([]HealthNotice, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, feed_id, feed_url, feed_title, status, reason, at FROM feed_health WHERE sent IS NULL ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: pending health notices: %w", err)
	}
	defer rows.Close()
	var out []HealthNotice
	for rows.Next() {
		var n HealthNotice
		var at int64
		if err := rows.Scan(&n.ID, &n.FeedID, &n.FeedURL, &n.FeedTitle, &n.Status, &n.Reason, &at); err != nil {
			return nil, fmt.Errorf("store: pending health notices: %w", err)
		}
		n.At = time.Unix(at, 0).UTC()
		out = append(out, n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: pending health notices: %w", err)
	}
	return out, nil
}

// MarkHealthNoticeSent records that a notice was posted.
func (s *Store) MarkHealthNoticeSent(ctx context.Context, id int64) error {
	if _, err := s.db.ExecContext(ctx, s.q(`UPDATE feed_health SET sent = ? WHERE id = ?`), time.Now().Unix(), id); err != nil {
		return fmt.Errorf("store: mark health notice %d sent: %w", id, err)
	}
	return nil
}
