package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
)

// SearchResult is one article found by Search.
type SearchResult struct {
	ArticleID int64   `json:"id"`
	Title     string  `json:"title"`
	Outlet    string  `json:"outlet,omitempty"`
	URL       string  `json:"url,omitempty"`
	Published string  `json:"published,omitempty"` // YYYY-MM-DD
	Snippet   string  `json:"snippet"`
	Score     float64 `json:"score"` // higher is better
}

// Search finds articles matching every word of query, best first. Words are
// matched as prefixes-free tokens after case and diacritic folding; the
// user's text is never passed to the FTS query parser as syntax.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]SearchResult, error) {
	terms := ftsTerms(query)
	if len(terms) == 0 {
		return nil, nil
	}
	if limit <= 0 {
		limit = 20
	}
	// title weighs most, then text, then outlet.
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.title, a.outlet, a.url, a.published,
			snippet(articles_fts, 1, '[', ']', '…', 16), bm25(articles_fts, 5.0, 1.0, 2.0)
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0, 2.0) LIMIT ?`,
		strings.Join(terms, " "), limit)
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", query, err)
	}
	defer rows.Close()
	var out []SearchResult
	for rows.Next() {
		var r SearchResult
		var published sql.NullInt64
		if err := rows.Scan(&r.ArticleID, &r.Title, &r.Outlet, &r.URL, &published, &r.Snippet, &r.Score); err != nil {
			return nil, fmt.Errorf("store: search %q: %w", query, err)
		}
		r.Score = -r.Score // bm25 is lower-is-better
		if t := fromUnix(published); !t.IsZero() {
			r.Published = t.Format("2006-01-02")
		}
		r.Snippet = strings.Join(strings.Fields(r.Snippet), " ")
		out = append(out, r)
	}
	return out, rows.Err()
}

// ftsTerms splits a user query into quoted FTS5 strings, so that characters
// such as quotes, '-' or ':' are text, not query syntax.
func ftsTerms(query string) []string {
	words := strings.FieldsFunc(query, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.Is(unicode.Mn, r) })
	terms := make([]string, 0, len(words))
	for _, w := range words {
		terms = append(terms, `"`+w+`"`)
	}
	return terms
}
