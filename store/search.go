package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"

	"github.com/idlibwatch/idlibwatch/figures"
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
// matched as whole tokens after case and diacritic folding; the user's text is
// never passed to the FTS query parser as syntax.
//
// A query that names a source known under several names also finds the
// articles that use the others: "White Helmets" finds "the Syrian Civil
// Defence" and "الدفاع المدني". The other names are those the corpus's claims
// were filed under with the same figures.SourceKey, so the aliases live in one
// place (the figures package) and grow with the corpus.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]SearchResult, error) {
	terms := ftsTerms(query)
	if len(terms) == 0 {
		return nil, nil
	}
	if limit <= 0 {
		limit = 20
	}
	match := strings.Join(terms, " ")
	names, err := s.sourceNames(ctx, figures.SourceKey(query))
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		if alt := ftsTerms(name); len(alt) > 0 {
			match = "(" + match + ") OR (" + strings.Join(alt, " ") + ")"
		}
	}
	// title weighs most, then text, then outlet.
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.title, a.outlet, a.url, a.published,
			snippet(articles_fts, 1, '[', ']', '…', 16), bm25(articles_fts, 5.0, 1.0, 2.0)
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0, 2.0) LIMIT ?`,
		match, limit)
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

// sourceNames lists, at most ten, the ways the corpus names the source with
// this key, leading articles dropped.
func (s *Store) sourceNames(ctx context.Context, key string) ([]string, error) {
	if key == "" {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT DISTINCT source FROM claims WHERE source_key = ? AND source <> '' LIMIT 10`), key)
	if err != nil {
		return nil, fmt.Errorf("store: names of source %q: %w", key, err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, fmt.Errorf("store: names of source %q: %w", key, err)
		}
		lower := strings.ToLower(name)
		for _, article := range []string{"the ", "a "} {
			if strings.HasPrefix(lower, article) {
				name, lower = name[len(article):], lower[len(article):]
			}
		}
		names = append(names, name)
	}
	return names, rows.Err()
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
