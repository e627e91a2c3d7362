package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/figures"
)

const articleColumns = `id, COALESCE(feed_id, 0), guid, url, canonical_url, title, outlet, published, fetched, language, summary, text, content_hash`

func scanArticle(row interface{ Scan(...any) error }) (articles.Article, error) {
	var a articles.Article
	var published sql.NullInt64
	var fetched int64
	err := row.Scan(&a.ID, &a.FeedID, &a.GUID, &a.URL, &a.CanonicalURL, &a.Title, &a.Outlet, &published, &fetched,
		&a.Language, &a.Summary, &a.Text, &a.ContentHash)
	if err != nil {
		return a, err
	}
	a.Published = fromUnix(published)
	a.Fetched = time.Unix(fetched, 0).UTC()
	return a, nil
}

// FindDuplicate looks for a stored article that is the same as a: the same
// feed item (feed and GUID), the same canonical URL, or the same text. It
// returns ErrNotFound when there is none.
func (tx *Tx) FindDuplicate(ctx context.Context, a articles.Article) (articles.Article, error) {
	var conds []string
	var args []any
	if a.FeedID != 0 && a.GUID != "" {
		// The "<> ''" terms let SQLite use the partial indexes; without
		// them every lookup scans the whole table.
		conds = append(conds, "(feed_id = ? AND guid = ? AND guid <> '')")
		args = append(args, a.FeedID, a.GUID)
	}
	if a.CanonicalURL != "" {
		conds = append(conds, "(canonical_url = ? AND canonical_url <> '')")
		args = append(args, a.CanonicalURL)
	}
	if a.ContentHash != "" {
		conds = append(conds, "content_hash = ?")
		args = append(args, a.ContentHash)
	}
	if len(conds) == 0 {
		return articles.Article{}, ErrNotFound
	}
	row := tx.queryRow(ctx, `SELECT `+articleColumns+` FROM articles WHERE `+strings.Join(conds, " OR ")+` ORDER BY id LIMIT 1`, args...)
	found, err := scanArticle(row)
	if errors.Is(err, sql.ErrNoRows) {
		return articles.Article{}, ErrNotFound
	}
	if err != nil {
		return articles.Article{}, fmt.Errorf("store: find duplicate: %w", err)
	}
	return found, nil
}

// InsertArticle stores a new article and returns its ID. backfill marks an
// article stored without alerts (a feed's first poll, an archive import).
func (tx *Tx) InsertArticle(ctx context.Context, a articles.Article, sourcePath string, backfill bool) (int64, error) {
	var feedID sql.NullInt64
	if a.FeedID != 0 {
		feedID = sql.NullInt64{Int64: a.FeedID, Valid: true}
	}
	fetched := a.Fetched
	if fetched.IsZero() {
		fetched = time.Now()
	}
	var id int64
	err := tx.queryRow(ctx, `INSERT INTO articles (feed_id, guid, url, canonical_url, title, outlet, published, fetched, language, summary, text, content_hash, source_path, backfill, updated)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		feedID, a.GUID, a.URL, a.CanonicalURL, a.Title, a.Outlet, unix(a.Published), fetched.Unix(), a.Language,
		a.Summary, a.Text, a.ContentHash, sourcePath, boolInt(backfill), time.Now().Unix()).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: insert article %q: %w", a.Title, err)
	}
	return id, nil
}

// UpdateArticle replaces the content of a stored article (an edited feed
// item), keeping its ID.
func (tx *Tx) UpdateArticle(ctx context.Context, a articles.Article) error {
	_, err := tx.exec(ctx, `UPDATE articles SET guid = ?, url = ?, canonical_url = ?, title = ?, outlet = ?, published = ?, language = ?, summary = ?, text = ?, content_hash = ?, updated = ? WHERE id = ?`,
		a.GUID, a.URL, a.CanonicalURL, a.Title, a.Outlet, unix(a.Published), a.Language, a.Summary, a.Text, a.ContentHash, time.Now().Unix(), a.ID)
	if err != nil {
		return fmt.Errorf("store: update article %d: %w", a.ID, err)
	}
	return nil
}

// Article returns one stored article.
func (s *Store) Article(ctx context.Context, id int64) (articles.Article, error) {
	a, err := scanArticle(s.db.QueryRowContext(ctx, s.q(`SELECT `+articleColumns+` FROM articles WHERE id = ?`), id))
	return a, lookupErr(err, "article %d", id)
}

// Article returns one stored article within the transaction.
func (tx *Tx) Article(ctx context.Context, id int64) (articles.Article, error) {
	a, err := scanArticle(tx.queryRow(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id))
	return a, lookupErr(err, "article %d", id)
}

// ArticleByURL returns the stored article with this canonical URL.
func (s *Store) ArticleByURL(ctx context.Context, rawURL string) (articles.Article, error) {
	a, err := scanArticle(s.db.QueryRowContext(ctx, s.q(`SELECT `+articleColumns+` FROM articles WHERE canonical_url = ? ORDER BY id LIMIT 1`), articles.CanonicalURL(rawURL)))
	return a, lookupErr(err, "article %s", rawURL)
}

// StoredArticleID returns the ID of a stored article that is the item with
// this GUID in this feed or has this canonical URL, 0 when none is. The
// poller asks before fetching an item's page, so that an article already
// in the corpus (from another feed, or an archive) is not fetched again.
func (s *Store) StoredArticleID(ctx context.Context, feedID int64, guid, canonicalURL string) (int64, error) {
	var conds []string
	var args []any
	if feedID != 0 && guid != "" {
		conds = append(conds, "(feed_id = ? AND guid = ? AND guid <> '')")
		args = append(args, feedID, guid)
	}
	if canonicalURL != "" {
		conds = append(conds, "(canonical_url = ? AND canonical_url <> '')")
		args = append(args, canonicalURL)
	}
	if len(conds) == 0 {
		return 0, nil
	}
	var id int64
	err := s.db.QueryRowContext(ctx, s.q(`SELECT id FROM articles WHERE `+strings.Join(conds, " OR ")+` ORDER BY id LIMIT 1`), args...).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("store: look up stored article: %w", err)
	}
	return id, nil
}

// EachArticle calls fn for every stored article in ID order, reading in pages
// so that a large corpus never sits in memory whole.
func (s *Store) EachArticle(ctx context.Context, fn func(articles.Article) error) error {
	var last int64
	for {
		rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+articleColumns+` FROM articles WHERE id > ? ORDER BY id LIMIT 200`), last)
		if err != nil {
			return fmt.Errorf("store: list articles: %w", err)
		}
		page, err := scanAll(rows, scanArticle)
		if err != nil {
			return fmt.Errorf("store: list articles: %w", err)
		}
		if len(page) == 0 {
			return nil
		}
		for _, a := range page {
			if err := fn(a); err != nil {
				return err
			}
		}
		last = page[len(page)-1].ID
	}
}

// CountArticles returns how many articles are stored.
func (s *Store) CountArticles(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count articles: %w", err)
	}
	return n, nil
}

// ReplaceFigures stores an article's figures, replacing those it had.
func (tx *Tx) ReplaceFigures(ctx context.Context, articleID int64, figs []figures.Figure) error {
	if _, err := tx.exec(ctx, `DELETE FROM figures WHERE article_id = ?`, articleID); err != nil {
		return fmt.Errorf("store: delete figures of article %d: %w", articleID, err)
	}
	// A few statements for all of them: rows of figuresPerInsert at most,
	// within both backends' limits on parameters.
	for start := 0; start < len(figs); start += figuresPerInsert {
		end := min(start+figuresPerInsert, len(figs))
		var args []any
		for i, f := range figs[start:end] {
			actor := ""
			if f.Actor != nil {
				actor = *f.Actor
			}
			args = append(args, articleID, start+i, string(f.Metric), string(f.Group), actor, nullInt(f.Min), nullInt(f.Max), boolInt(f.Approx), boolInt(f.Vague),
				f.Source, boolInt(f.Background), f.Quote)
		}
		rows := strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), ", end-start), ", ")
		if _, err := tx.exec(ctx, `INSERT INTO figures (article_id, idx, metric, grp, actor, min_n, max_n, approx, vague, source, background, quote) VALUES `+rows, args...); err != nil {
			return fmt.Errorf("store: insert figures %d–%d of article %d: %w", start, end-1, articleID, err)
		}
	}
	return nil
}

// figuresPerInsert bounds the rows of one INSERT: 12 parameters a row stay
// under SQLite's 32,766 and PostgreSQL's 65,535.
const figuresPerInsert = 1000

// Figures returns an article's stored figures in article order.
func (s *Store) Figures(ctx context.Context, articleID int64) ([]figures.Figure, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT metric, grp, actor, min_n, max_n, approx, vague, source, background, quote FROM figures WHERE article_id = ? ORDER BY idx`), articleID)
	if err != nil {
		return nil, fmt.Errorf("store: figures of article %d: %w", articleID, err)
	}
	defer rows.Close()
	var out []figures.Figure
	for rows.Next() {
		var f figures.Figure
		var metric, group, actor string
		var lo, hi sql.NullInt64
		var approx, vague, background int
		if err := rows.Scan(&metric, &group, &actor, &lo, &hi, &approx, &vague, &f.Source, &background, &f.Quote); err != nil {
			return nil, fmt.Errorf("store: figures of article %d: %w", articleID, err)
		}
		f.Metric, f.Group = figures.Metric(metric), figures.Group(group)
		if actor != "" {
			f.Actor = &actor
		}
		f.Min, f.Max = intPtr(lo), intPtr(hi)
		f.Approx, f.Vague, f.Background = approx != 0, vague != 0, background != 0
		out = append(out, f)
	}
	return out, rows.Err()
}

func nullInt(p *int) sql.NullInt64 {
	if p == nil {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: int64(*p), Valid: true}
}

func intPtr(n sql.NullInt64) *int {
	if !n.Valid {
		return nil
	}
	v := int(n.Int64)
	return &v
}
