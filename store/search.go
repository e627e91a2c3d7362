package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/idlibwatch/idlibwatch/sources"
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
// were filed under as the same source entity (sources.Registry), so the
// aliases live in one place and grow with the corpus.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]SearchResult, error) {
	terms := ftsTerms(query)
	if len(terms) == 0 {
		return nil, nil
	}
	if limit <= 0 {
		limit = 20
	}
	alts := [][]string{terms}
	var key string
	if e := builtinSources().Resolve(query, ""); e.Kind == sources.Organisation || e.Kind == sources.Unknown {
		key = e.ID
	}
	names, err := s.sourceNames(ctx, key)
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		if alt := ftsTerms(name); len(alt) > 0 {
			alts = append(alts, alt)
		}
	}
	q, arg := s.dialect.searchQuery(alts)
	rows, err := s.db.QueryContext(ctx, q, arg, limit)
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
		if t := fromUnix(published); !t.IsZero() {
			r.Published = t.Format("2006-01-02")
		}
		r.Snippet = strings.Join(strings.Fields(r.Snippet), " ")
		out = append(out, r)
	}
	return out, rows.Err()
}

// builtinSources is the built-in source registry, made once.
var builtinSources = sync.OnceValue(sources.Default)

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

// searchQuery is the query that finds the articles with every term of any
// of alts (each a list of quoted terms from ftsTerms), best first, and its
// first argument; the second is the limit. Columns: id, title, outlet, url,
// published, snippet with [matches], score (higher is better).
//
// SQLite: FTS5 with bm25, title weighing most, then outlet, then text.
// PostgreSQL: the articles.search tsvector (title A, text B, outlet C,
// diacritics folded by idlibwatch_fold) with ts_rank and ts_headline.
func (d dialect) searchQuery(alts [][]string) (string, any) {
	if d.name != "postgres" {
		match := strings.Join(alts[0], " ")
		for _, alt := range alts[1:] {
			match = "(" + match + ") OR (" + strings.Join(alt, " ") + ")"
		}
		return `SELECT a.id, a.title, a.outlet, a.url, a.published,
				snippet(articles_fts, 1, '[', ']', '…', 16), -bm25(articles_fts, 5.0, 1.0, 2.0)
			FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
			WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0, 2.0) LIMIT ?`, match
	}
	// The same terms as a to_tsquery text: 'w1' & 'w2' | 'w3'. ftsTerms
	// keeps only letters, digits and marks, so a term holds no quote or
	// operator; a term of marks only would fold to nothing and is dropped.
	var ors []string
	for _, alt := range alts {
		var ands []string
		for _, t := range alt {
			w := strings.Trim(t, `"`)
			if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) < 0 {
				continue
			}
			ands = append(ands, "'"+w+"'")
		}
		if len(ands) > 0 {
			ors = append(ors, "("+strings.Join(ands, " & ")+")")
		}
	}
	return `SELECT a.id, a.title, a.outlet, a.url, a.published,
			ts_headline('simple', a.text, q, 'StartSel=[, StopSel=], MinWords=8, MaxWords=16'), ts_rank(a.search, q)
		FROM articles a, to_tsquery('simple', idlibwatch_fold($1)) q
		WHERE a.search @@ q ORDER BY ts_rank(a.search, q) DESC, a.id LIMIT $2`, strings.Join(ors, " | ")
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
