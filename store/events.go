package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
)

// querier is what both the Store and a Tx read with.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

const eventColumns = `e.id, e.key, e.title, e.place, e.places, e.kind, e.actors, e.day, e.day_cue, e.first_seen, e.last_seen, COALESCE(e.merged_into, 0), e.title_fixed, e.terms`

func scanEvent(row interface{ Scan(...any) error }) (events.Event, error) {
	var e events.Event
	var places, kind, actors, terms string
	var day sql.NullInt64
	var first, last int64
	var fixed, cue int
	if err := row.Scan(&e.ID, &e.Key, &e.Title, &e.Place, &places, &kind, &actors, &day, &cue, &first, &last, &e.MergedInto, &fixed, &terms); err != nil {
		return e, err
	}
	e.Places, e.Actors = splitList(places), splitList(actors)
	e.Kind = events.Kind(kind)
	e.Day = fromUnix(day)
	e.FirstSeen, e.LastSeen = time.Unix(first, 0).UTC(), time.Unix(last, 0).UTC()
	// day_cue is 0 for a day guessed from a publication, else 1 + the
	// days before it the incident may be.
	e.TitleFixed, e.DayFromText, e.DaySpan = fixed != 0, cue != 0, max(cue-1, 0)
	if terms != "" {
		var err error
		if e.Terms, err = decodeTerms(terms); err != nil {
			return e, fmt.Errorf("decode terms of event %d: %w", e.ID, err)
		}
	}
	return e, nil
}

// decodeTerms reads an event's terms as json.Marshal wrote them
// ([{"w":"word","n":3},…]) without reflection: matching reads the terms of
// every event of a report's days. Anything else goes to encoding/json.
func decodeTerms(s string) ([]events.Term, error) {
	slow := func() ([]events.Term, error) {
		var out []events.Term
		err := json.Unmarshal([]byte(s), &out)
		return out, err
	}
	if strings.ContainsRune(s, '\\') || !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
		return slow()
	}
	out := make([]events.Term, 0, strings.Count(s, `{"w":"`))
	rest := s[1 : len(s)-1]
	for rest != "" {
		w, after, ok := strings.Cut(strings.TrimPrefix(rest, `{"w":"`), `","n":`)
		if !ok || len(w) == len(rest) {
			return slow()
		}
		num, tail, ok := strings.Cut(after, "}")
		if !ok {
			return slow()
		}
		n, err := strconv.Atoi(num)
		if err != nil {
			return slow()
		}
		out = append(out, events.Term{Word: w, Count: n})
		rest = strings.TrimPrefix(tail, ",")
	}
	return out, nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func scanEvents(rows *sql.Rows) ([]events.Event, error) {
	return scanAll(rows, scanEvent)
}

// CandidateEvents returns the live events an article may report: those in
// one of its places whose day is within [from, to] or unknown, most recently
// active first. With no places it looks at every event of the window; with
// no window (an undated article) at every event of the places.
func (tx *Tx) CandidateEvents(ctx context.Context, places []string, from, to time.Time, limit int) ([]events.Event, error) {
	if limit <= 0 {
		limit = 100
	}
	return tx.CandidateEventsNear(ctx, places, from, to, time.Time{}, time.Time{}, limit)
}

// CandidateEventsNear is CandidateEvents that also returns every live event
// whose day is within [nearFrom, nearTo] wherever it is, in one query.
func (tx *Tx) CandidateEventsNear(ctx context.Context, places []string, from, to, nearFrom, nearTo time.Time, limit int) ([]events.Event, error) {
	if limit <= 0 {
		limit = 100
	}
	var q string
	var args []any
	switch {
	case len(places) > 0:
		var parts []string
		for _, p := range places {
			if from.IsZero() {
				parts = append(parts, `SELECT event_id FROM event_places WHERE place = ?`)
				args = append(args, p)
				continue
			}
			parts = append(parts, `SELECT event_id FROM event_places WHERE place = ? AND day >= ? AND day <= ?`,
				`SELECT event_id FROM event_places WHERE place = ? AND day IS NULL`)
			args = append(args, p, from.Unix(), to.Unix(), p)
		}
		if !nearFrom.IsZero() {
			parts = append(parts, `SELECT id FROM events WHERE day >= ? AND day <= ?`)
			args = append(args, nearFrom.Unix(), nearTo.Unix())
		}
		q = `SELECT ` + eventColumns + ` FROM events e WHERE e.id IN (` + strings.Join(parts, " UNION ") + `) AND e.merged_into IS NULL ORDER BY e.last_seen DESC, e.id DESC LIMIT ?`
	case !nearFrom.IsZero():
		q = `SELECT ` + eventColumns + ` FROM events e WHERE e.day >= ? AND e.day <= ? AND e.merged_into IS NULL ORDER BY e.last_seen DESC, e.id DESC LIMIT ?`
		args = append(args, nearFrom.Unix(), nearTo.Unix())
	case !from.IsZero():
		q = `SELECT ` + eventColumns + ` FROM events e WHERE e.day >= ? AND e.day <= ? AND e.merged_into IS NULL ORDER BY e.last_seen DESC, e.id DESC LIMIT ?`
		args = append(args, from.Unix(), to.Unix())
	default:
		return nil, nil
	}
	args = append(args, limit)
	rows, err := tx.query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: candidate events: %w", err)
	}
	evs, err := scanEvents(rows)
	if err != nil {
		return nil, fmt.Errorf("store: candidate events: %w", err)
	}
	return evs, nil
}

// EventsBetween returns the live events whose day is in [from, to): the
// candidates for what a background figure recalls.
func (tx *Tx) EventsBetween(ctx context.Context, from, to time.Time, limit int) ([]events.Event, error) {
	rows, err := tx.query(ctx, `SELECT `+eventColumns+` FROM events e WHERE e.day >= ? AND e.day < ? AND e.merged_into IS NULL ORDER BY e.day, e.id LIMIT ?`,
		from.Unix(), to.Unix(), limit)
	if err != nil {
		return nil, fmt.Errorf("store: events between %s and %s: %w", from.Format(time.DateOnly), to.Format(time.DateOnly), err)
	}
	evs, err := scanEvents(rows)
	if err != nil {
		return nil, fmt.Errorf("store: events between: %w", err)
	}
	return evs, nil
}

// InsertEvent stores a new event, making its key unique with a suffix
// ("-2") when another event has it, and sets its ID and key.
func (tx *Tx) InsertEvent(ctx context.Context, e *events.Event) error {
	terms, err := json.Marshal(e.Terms)
	if err != nil {
		return fmt.Errorf("store: encode terms: %w", err)
	}
	key, err := tx.uniqueKey(ctx, e.Key, 0)
	if err != nil {
		return err
	}
	e.Key = key
	err = tx.queryRow(ctx, `INSERT INTO events (key, title, place, places, kind, actors, day, day_cue, first_seen, last_seen, title_fixed, terms)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		e.Key, e.Title, e.Place, strings.Join(e.Places, "|"), string(e.Kind), strings.Join(e.Actors, "|"), unix(e.Day), dayCue(*e),
		e.FirstSeen.Unix(), e.LastSeen.Unix(), boolInt(e.TitleFixed), string(terms)).Scan(&e.ID)
	if err != nil {
		return fmt.Errorf("store: insert event %s: %w", e.Key, err)
	}
	return tx.savePlaces(ctx, *e)
}

func (tx *Tx) uniqueKey(ctx context.Context, key string, self int64) (string, error) {
	for i := 1; ; i++ {
		k := key
		if i > 1 {
			k = key + "-" + strconv.Itoa(i)
		}
		var id int64
		err := tx.queryRow(ctx, `SELECT id FROM events WHERE key = ?`, k).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) || (err == nil && id == self) {
			return k, nil
		}
		if err != nil {
			return "", fmt.Errorf("store: check event key %s: %w", k, err)
		}
	}
}

// SaveEvent writes an event's changed fields. An event first stored without
// a day gets a dated key once it has one (its ID, which threads and alerts
// refer to, stays).
func (tx *Tx) SaveEvent(ctx context.Context, e *events.Event) error {
	terms, err := json.Marshal(e.Terms)
	if err != nil {
		return fmt.Errorf("store: encode terms: %w", err)
	}
	if strings.HasPrefix(e.Key, "undated-") && !e.Day.IsZero() {
		if e.Key, err = tx.uniqueKey(ctx, e.MakeKey(), e.ID); err != nil {
			return err
		}
	}
	var merged sql.NullInt64
	if e.MergedInto != 0 {
		merged = sql.NullInt64{Int64: e.MergedInto, Valid: true}
	}
	_, err = tx.exec(ctx, `UPDATE events SET key = ?, title = ?, place = ?, places = ?, kind = ?, actors = ?, day = ?, day_cue = ?, first_seen = ?, last_seen = ?, merged_into = ?, title_fixed = ?, terms = ? WHERE id = ?`,
		e.Key, e.Title, e.Place, strings.Join(e.Places, "|"), string(e.Kind), strings.Join(e.Actors, "|"), unix(e.Day), dayCue(*e),
		e.FirstSeen.Unix(), e.LastSeen.Unix(), merged, boolInt(e.TitleFixed), string(terms), e.ID)
	if err != nil {
		return fmt.Errorf("store: save event %s: %w", e.Key, err)
	}
	return tx.savePlaces(ctx, *e)
}

func dayCue(e events.Event) int {
	if !e.DayFromText {
		return 0
	}
	return 1 + e.DaySpan
}

// savePlaces rewrites the place index of an event; a merged event leaves it.
func (tx *Tx) savePlaces(ctx context.Context, e events.Event) error {
	if _, err := tx.exec(ctx, `DELETE FROM event_places WHERE event_id = ?`, e.ID); err != nil {
		return fmt.Errorf("store: places of event %d: %w", e.ID, err)
	}
	if e.MergedInto != 0 {
		return nil
	}
	if len(e.Places) == 0 {
		return nil
	}
	// One statement for all of them: an event has a few places.
	args := make([]any, 0, 3*len(e.Places))
	for _, p := range e.Places {
		args = append(args, e.ID, p, unix(e.Day))
	}
	rows := strings.TrimSuffix(strings.Repeat("(?, ?, ?), ", len(e.Places)), ", ")
	if _, err := tx.exec(ctx, `INSERT INTO event_places (event_id, place, day) VALUES `+rows+` ON CONFLICT DO NOTHING`, args...); err != nil {
		return fmt.Errorf("store: places of event %d: %w", e.ID, err)
	}
	return nil
}

// Event returns an event by ID within the transaction.
func (tx *Tx) Event(ctx context.Context, id int64) (events.Event, error) {
	e, err := scanEvent(tx.queryRow(ctx, `SELECT `+eventColumns+` FROM events e WHERE e.id = ?`, id))
	return e, lookupErr(err, "event %d", id)
}

// EventArticle is an article's place in an event.
type EventArticle struct {
	ArticleID int64
	EventID   int64
	ReportID  int64 // the first article of its text; itself when it is the original
	Sketch    events.Sketch
	Score     float64
	Pinned    bool            // placed by an operator (merge, split)
	Why       events.Evidence // why it joined the event
}

// Copy reports whether the article is a syndicated copy of another.
func (ea EventArticle) Copy() bool { return ea.ReportID != ea.ArticleID }

// LinkArticle files an article under an event (replacing any link it had).
func (tx *Tx) LinkArticle(ctx context.Context, ea EventArticle, now time.Time) error {
	why, err := json.Marshal(ea.Why)
	if err != nil {
		return fmt.Errorf("store: encode why article %d joined event %d: %w", ea.ArticleID, ea.EventID, err)
	}
	_, err = tx.exec(ctx, `INSERT INTO event_articles (article_id, event_id, report_id, sketch, score, pinned, origin, added, why) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (article_id) DO UPDATE SET event_id = excluded.event_id, report_id = excluded.report_id, sketch = excluded.sketch, score = excluded.score, pinned = excluded.pinned, why = excluded.why`,
		ea.ArticleID, ea.EventID, ea.ReportID, ea.Sketch.Bytes(), ea.Score, boolInt(ea.Pinned), ea.EventID, now.Unix(), string(why))
	if err != nil {
		return fmt.Errorf("store: link article %d to event %d: %w", ea.ArticleID, ea.EventID, err)
	}
	return nil
}

// ArticleEvent returns where an article is filed, or ErrNotFound.
func (tx *Tx) ArticleEvent(ctx context.Context, articleID int64) (EventArticle, error) {
	return articleEvent(ctx, tx.tx, tx.s, articleID)
}

// ArticleEvent returns where an article is filed and why, or ErrNotFound.
func (s *Store) ArticleEvent(ctx context.Context, articleID int64) (EventArticle, error) {
	return articleEvent(ctx, s.db, s, articleID)
}

func articleEvent(ctx context.Context, db querier, s *Store, articleID int64) (EventArticle, error) {
	var ea EventArticle
	var sk []byte
	var pinned int
	var why string
	err := db.QueryRowContext(ctx, s.q(`SELECT article_id, event_id, report_id, sketch, score, pinned, why FROM event_articles WHERE article_id = ?`), articleID).
		Scan(&ea.ArticleID, &ea.EventID, &ea.ReportID, &sk, &ea.Score, &pinned, &why)
	if errors.Is(err, sql.ErrNoRows) {
		return ea, ErrNotFound
	}
	if err != nil {
		return ea, fmt.Errorf("store: event of article %d: %w", articleID, err)
	}
	ea.Sketch, ea.Pinned = events.SketchFromBytes(sk), pinned != 0
	if why != "" {
		if err := json.Unmarshal([]byte(why), &ea.Why); err != nil {
			return ea, fmt.Errorf("store: decode why article %d joined event %d: %w", articleID, ea.EventID, err)
		}
	}
	return ea, nil
}

// OriginalSketches returns the sketches of the original (not copied)
// articles of some events, to tell whether a new article is a copy.
func (tx *Tx) OriginalSketches(ctx context.Context, eventIDs []int64) ([]EventArticle, error) {
	if len(eventIDs) == 0 {
		return nil, nil
	}
	args := make([]any, len(eventIDs))
	for i, id := range eventIDs {
		args[i] = id
	}
	rows, err := tx.query(ctx, `SELECT article_id, event_id, report_id, sketch FROM event_articles WHERE event_id IN (`+placeholders(len(eventIDs))+`) AND report_id = article_id AND sketch IS NOT NULL ORDER BY article_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: sketches: %w", err)
	}
	defer rows.Close()
	var out []EventArticle
	for rows.Next() {
		var ea EventArticle
		var sk []byte
		if err := rows.Scan(&ea.ArticleID, &ea.EventID, &ea.ReportID, &sk); err != nil {
			return nil, fmt.Errorf("store: sketches: %w", err)
		}
		ea.Sketch = events.SketchFromBytes(sk)
		out = append(out, ea)
	}
	return out, rows.Err()
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// claimColumns reads a claim with what an alert or a lookup shows of its
// article (copied onto the claim); the last column says whether the article
// was backfill.
const claimColumns = `c.id, COALESCE(c.event_id, 0), c.article_id, c.metric, c.grp, c.actor, c.min_n, c.max_n, c.approx, c.vague,
	c.source, c.source_key, c.quote, c.background, c.partial, c.recalls, c.class, c.departs, c.seen,
	c.outlet, c.link, c.title, c.backfill, c.entity, (SELECT a.published FROM articles a WHERE a.id = c.article_id)`

func scanClaim(row interface{ Scan(...any) error }) (events.Claim, bool, error) {
	var c events.Claim
	var metric, group, class, departs string
	var lo, hi sql.NullInt64
	var approx, vague, background, partial, backfill int
	var seen int64
	var published sql.NullInt64
	err := row.Scan(&c.ID, &c.EventID, &c.ArticleID, &metric, &group, &c.Actor, &lo, &hi, &approx, &vague,
		&c.Source, &c.SourceKey, &c.Quote, &background, &partial, &c.Recalls, &class, &departs, &seen,
		&c.Outlet, &c.URL, &c.Title, &backfill, &c.Entity, &published)
	if err != nil {
		return c, false, err
	}
	c.Metric, c.Group, c.Class = figures.Metric(metric), figures.Group(group), events.Class(class)
	c.Min, c.Max = intPtr(lo), intPtr(hi)
	c.Approx, c.Vague, c.Background, c.Partial = approx != 0, vague != 0, background != 0, partial != 0
	c.SeenAt = time.Unix(seen, 0).UTC()
	c.Published = fromUnix(published)
	c.DepartsFrom = parseIDs(departs)
	return c, backfill != 0, nil
}

func parseIDs(s string) []int64 {
	var out []int64
	for _, f := range strings.Split(s, ",") {
		if id, err := strconv.ParseInt(f, 10, 64); err == nil {
			out = append(out, id)
		}
	}
	return out
}

func formatIDs(ids []int64) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(parts, ",")
}

// ledgerClaims reads the claims of an event in the order they were seen,
// with whether each one's article was backfill.
func ledgerClaims(ctx context.Context, db querier, s *Store, eventID int64) ([]events.Claim, []bool, error) {
	rows, err := db.QueryContext(ctx, s.q(`SELECT `+claimColumns+` FROM claims c WHERE c.event_id = ? ORDER BY c.seen, c.id`), eventID)
	if err != nil {
		return nil, nil, fmt.Errorf("store: claims of event %d: %w", eventID, err)
	}
	defer rows.Close()
	var cs []events.Claim
	var backfill []bool
	for rows.Next() {
		c, b, err := scanClaim(rows)
		if err != nil {
			return nil, nil, fmt.Errorf("store: claims of event %d: %w", eventID, err)
		}
		cs = append(cs, c)
		backfill = append(backfill, b)
	}
	return cs, backfill, rows.Err()
}

// LedgerClaims returns the claims of an event in the order they were seen.
func (tx *Tx) LedgerClaims(ctx context.Context, eventID int64) ([]events.Claim, error) {
	cs, _, err := ledgerClaims(ctx, tx.tx, tx.s, eventID)
	return cs, err
}

// LedgerClaimsOf returns the claims of each of the events, by event, each
// event's in the order they were seen: LedgerClaims for many events in one
// query. An event with no claims has no entry.
func (tx *Tx) LedgerClaimsOf(ctx context.Context, eventIDs []int64) (map[int64][]events.Claim, error) {
	out := make(map[int64][]events.Claim, len(eventIDs))
	if len(eventIDs) == 0 {
		return out, nil
	}
	args := make([]any, len(eventIDs))
	for i, id := range eventIDs {
		args[i] = id
	}
	rows, err := tx.query(ctx, `SELECT `+claimColumns+` FROM claims c WHERE c.event_id IN (`+placeholders(len(eventIDs))+`) ORDER BY c.event_id, c.seen, c.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: claims of %d events: %w", len(eventIDs), err)
	}
	defer rows.Close()
	for rows.Next() {
		c, _, err := scanClaim(rows)
		if err != nil {
			return nil, fmt.Errorf("store: claims of %d events: %w", len(eventIDs), err)
		}
		out[c.EventID] = append(out[c.EventID], c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: claims of %d events: %w", len(eventIDs), err)
	}
	return out, nil
}

// InsertClaim files a claim (figure idx of its article) and sets its ID.
func (tx *Tx) InsertClaim(ctx context.Context, c *events.Claim, idx int) error {
	var eventID sql.NullInt64
	if c.EventID != 0 {
		eventID = sql.NullInt64{Int64: c.EventID, Valid: true}
	}
	err := tx.queryRow(ctx, `INSERT INTO claims (event_id, article_id, idx, metric, grp, actor, min_n, max_n, approx, vague, source, source_key, quote, background, partial, recalls, class, departs, seen,
			entity, outlet, link, title, backfill)
		SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
			a.outlet, CASE WHEN a.url <> '' THEN a.url ELSE a.source_path END, a.title, a.backfill FROM articles a WHERE a.id = ? RETURNING id`,
		eventID, c.ArticleID, idx, string(c.Metric), string(c.Group), c.Actor, nullInt(c.Min), nullInt(c.Max), boolInt(c.Approx), boolInt(c.Vague),
		c.Source, c.SourceKey, c.Quote, boolInt(c.Background), boolInt(c.Partial), c.Recalls, string(c.Class), formatIDs(c.DepartsFrom), c.SeenAt.Unix(), c.Entity, c.ArticleID).Scan(&c.ID)
	if err != nil {
		return fmt.Errorf("store: insert claim %d of article %d: %w", idx, c.ArticleID, err)
	}
	return nil
}

// DeleteClaims removes an article's claims and returns the events they were
// filed under.
func (tx *Tx) DeleteClaims(ctx context.Context, articleID int64) ([]int64, error) {
	rows, err := tx.query(ctx, `SELECT DISTINCT event_id FROM claims WHERE article_id = ? AND event_id IS NOT NULL`, articleID)
	if err != nil {
		return nil, fmt.Errorf("store: events of article %d: %w", articleID, err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if _, err := tx.exec(ctx, `DELETE FROM claims WHERE article_id = ?`, articleID); err != nil {
		return nil, fmt.Errorf("store: delete claims of article %d: %w", articleID, err)
	}
	return ids, nil
}

// ArticleClaims returns an article's claims in figure order.
func (tx *Tx) ArticleClaims(ctx context.Context, articleID int64) ([]events.Claim, error) {
	return articleClaims(ctx, tx.tx, tx.s, articleID)
}

func articleClaims(ctx context.Context, db querier, s *Store, articleID int64) ([]events.Claim, error) {
	rows, err := db.QueryContext(ctx, s.q(`SELECT `+claimColumns+` FROM claims c WHERE c.article_id = ? ORDER BY c.idx`), articleID)
	if err != nil {
		return nil, fmt.Errorf("store: claims of article %d: %w", articleID, err)
	}
	out, err := scanAll(rows, func(row interface{ Scan(...any) error }) (events.Claim, error) {
		c, _, err := scanClaim(row)
		return c, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: claims of article %d: %w", articleID, err)
	}
	return out, nil
}

// ReportAlert is the outbox alert of one report about event e: its claims
// (with the earlier claims each departs from) that alert; ok is false when
// none does.
func ReportAlert(e events.Event, art alerts.Article, claims []events.Claim, departs [][]events.Claim, now time.Time) (alerts.Alert, bool) {
	items := make([]alerts.Item, len(claims))
	for i, c := range claims {
		items[i] = alerts.Item{Claim: c, Departs: departs[i]}
	}
	a, ok := alerts.ForReport(e.ID, e.Key, e.Title, art, items, now)
	a.Places = e.Places
	return a, ok
}

// ArticleRef is what an alert shows of a stored article.
func (tx *Tx) ArticleRef(ctx context.Context, id int64) (alerts.Article, error) {
	return articleRef(ctx, tx.tx, tx.s, id)
}

func articleRef(ctx context.Context, db querier, s *Store, id int64) (alerts.Article, error) {
	a := alerts.Article{ID: id}
	var published sql.NullInt64
	var fetched int64
	err := db.QueryRowContext(ctx, s.q(`SELECT title, CASE WHEN url <> '' THEN url ELSE source_path END, outlet, language, published, fetched FROM articles WHERE id = ?`), id).
		Scan(&a.Title, &a.URL, &a.Outlet, &a.Language, &published, &fetched)
	if err != nil {
		return a, fmt.Errorf("store: article %d for an alert: %w", id, err)
	}
	a.Published, a.Seen = fromUnix(published), time.Unix(fetched, 0).UTC()
	a.Outlet = outletName(a.Outlet, a.URL)
	return a, nil
}

// Recomputed says what recomputing an event's ledger changed.
type Recomputed struct {
	Reclassified int // claims whose class or departures changed
	Alerts       int // alerts written
	Superseded   int // pending alerts withdrawn
}

// RecomputeEvent classifies every claim of an event again, in the order
// seen, after its claims changed other than by arriving (a merge, a split,
// an edited or re-extracted article). Pending alerts that no longer stand
// are superseded and the alerts now due (one per report) are written; a
// report already delivered to a desk is never alerted again. With alert
// false (a re-extraction) no alert is written or withdrawn.
func (tx *Tx) RecomputeEvent(ctx context.Context, eventID int64, now time.Time, alert bool) (Recomputed, error) {
	var res Recomputed
	e, err := tx.Event(ctx, eventID)
	if err != nil {
		return res, err
	}
	claims, backfill, err := ledgerClaims(ctx, tx.tx, tx.s, eventID)
	if err != nil {
		return res, err
	}
	before := make([]events.Claim, len(claims))
	copy(before, claims)
	departs := events.Reclassify(claims)
	for i := range claims {
		ids := claimIDs(departs[i])
		if claims[i].Class == before[i].Class && formatIDs(ids) == formatIDs(before[i].DepartsFrom) {
			continue
		}
		claims[i].DepartsFrom = ids
		res.Reclassified++
		if _, err := tx.exec(ctx, `UPDATE claims SET class = ?, departs = ? WHERE id = ?`, string(claims[i].Class), formatIDs(ids), claims[i].ID); err != nil {
			return res, fmt.Errorf("store: reclassify claim %d: %w", claims[i].ID, err)
		}
	}
	if !alert {
		return res, nil
	}

	// The claims of each live report, in the order the reports came.
	byArticle := map[int64][]int{}
	var order []int64
	for i, c := range claims {
		if backfill[i] {
			continue
		}
		if _, ok := byArticle[c.ArticleID]; !ok {
			order = append(order, c.ArticleID)
		}
		byArticle[c.ArticleID] = append(byArticle[c.ArticleID], i)
	}
	due := map[int64]alerts.Alert{}
	for _, id := range order {
		var cs []events.Claim
		var ds [][]events.Claim
		for _, i := range byArticle[id] {
			cs, ds = append(cs, claims[i]), append(ds, departs[i])
		}
		art := alerts.Article{ID: id}
		if a, ok := ReportAlert(e, art, cs, ds, now); ok {
			due[id] = a
		}
	}
	rows, err := tx.query(ctx, `SELECT id, article_id, payload, delivered IS NOT NULL FROM alerts
		WHERE superseded = 0 AND (event_id = ? OR article_id IN (SELECT article_id FROM claims WHERE event_id = ?)) ORDER BY id`, eventID, eventID)
	if err != nil {
		return res, fmt.Errorf("store: alerts of event %d: %w", eventID, err)
	}
	type existing struct {
		id, article int64
		payload     string
		delivered   bool
	}
	var olds []existing
	for rows.Next() {
		var x existing
		if err := rows.Scan(&x.id, &x.article, &x.payload, &x.delivered); err != nil {
			rows.Close()
			return res, fmt.Errorf("store: alerts of event %d: %w", eventID, err)
		}
		olds = append(olds, x)
	}
	rows.Close()
	covered := map[int64]bool{}
	for _, x := range olds {
		if x.delivered {
			covered[x.article] = true // told already: never again
			continue
		}
		if want, ok := due[x.article]; ok && !covered[x.article] {
			if a, err := decodeAlert(x.id, x.payload); err == nil && sameAlert(a, want) {
				covered[x.article] = true // still stands as written
				continue
			}
		}
		if _, err := tx.exec(ctx, `UPDATE alerts SET superseded = 1 WHERE id = ?`, x.id); err != nil {
			return res, fmt.Errorf("store: supersede alert %d: %w", x.id, err)
		}
		res.Superseded++
	}
	for _, id := range order {
		a, ok := due[id]
		if !ok || covered[id] {
			continue
		}
		if a.Article, err = tx.ArticleRef(ctx, id); err != nil {
			return res, err
		}
		if _, err := tx.InsertAlert(ctx, a); err != nil {
			return res, err
		}
		res.Alerts++
	}
	return res, nil
}

// sameAlert reports whether a pending alert still says what want says: the
// same event, class and claims with the same departures.
func sameAlert(a, want alerts.Alert) bool {
	if a.EventID != want.EventID || !slices.Equal(a.Places, want.Places) || a.EventKey != want.EventKey || a.EventTitle != want.EventTitle || a.Class != want.Class || len(a.Claims) != len(want.Claims) {
		return false
	}
	for i := range a.Claims {
		x, y := a.Claims[i], want.Claims[i]
		if x.Class != y.Class || !sameFigure(x.Claim, y.Claim) || formatIDs(claimIDs(x.Departs)) != formatIDs(claimIDs(y.Departs)) {
			return false
		}
	}
	return true
}

func claimIDs(cs []events.Claim) []int64 {
	ids := make([]int64, len(cs))
	for i, c := range cs {
		ids[i] = c.ID
	}
	return ids
}

func sameFigure(a, b events.Claim) bool {
	eq := func(x, y *int) bool { return (x == nil) == (y == nil) && (x == nil || *x == *y) }
	return a.ID == b.ID && a.Slot() == b.Slot() && eq(a.Min, b.Min) && eq(a.Max, b.Max) && a.SourceKey == b.SourceKey && a.Quote == b.Quote
}

// KeepRecall records what an unfiled background claim recalls, so that
// AdoptOrphans can file it when its event arrives.
func (tx *Tx) KeepRecall(ctx context.Context, claimID int64, r events.Recall) error {
	_, err := tx.exec(ctx, `UPDATE claims SET recall_from = ?, recall_to = ?, recall_places = ?, recall_kind = ? WHERE id = ?`,
		unix(r.From), unix(r.To), strings.Join(r.Places, "|"), string(r.Kind), claimID)
	if err != nil {
		return fmt.Errorf("store: keep recollection of claim %d: %w", claimID, err)
	}
	return nil
}

// AdoptOrphans files under a new event the background claims, kept without
// an event, that recall it: the recollection's period holds the event's day
// and, when it names places, one of them is the event's. They are classified
// against the event's ledger as filed at seen. It returns how many it filed.
func (tx *Tx) AdoptOrphans(ctx context.Context, e events.Event, seen time.Time) (int, error) {
	if e.Day.IsZero() {
		return 0, nil
	}
	// The claims with what they recall, in one query.
	rows, err := tx.query(ctx, `SELECT `+claimColumns+`, c.recall_from, c.recall_to, c.recall_places, c.recall_kind,
			COALESCE((SELECT event_id FROM event_articles WHERE article_id = c.article_id), 0)
		FROM claims c WHERE c.event_id IS NULL AND c.background = 1 AND c.recall_from <= ? AND c.recall_to > ? ORDER BY c.id`, e.Day.Unix(), e.Day.Unix())
	if err != nil {
		return 0, fmt.Errorf("store: background claims recalling event %d: %w", e.ID, err)
	}
	var orphans []events.Claim
	for rows.Next() {
		var own int64
		var from, to sql.NullInt64
		var places, kind string
		c, _, err := scanClaim(withColumns{rows, []any{&from, &to, &places, &kind, &own}})
		if err != nil {
			rows.Close()
			return 0, fmt.Errorf("store: background claims recalling event %d: %w", e.ID, err)
		}
		r := events.Recall{From: fromUnix(from), To: fromUnix(to), Places: splitList(places), Kind: events.Kind(kind)}
		if _, ok := events.PickRecalled(r, []events.Event{e}, own); ok {
			orphans = append(orphans, c)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	if len(orphans) == 0 {
		return 0, nil
	}
	ledger, err := tx.LedgerClaims(ctx, e.ID)
	if err != nil {
		return 0, err
	}
	for _, c := range orphans {
		c.EventID, c.SeenAt = e.ID, seen
		class, departs := events.Classify(c, ledger)
		c.Class, c.DepartsFrom = class, claimIDs(departs)
		if _, err := tx.exec(ctx, `UPDATE claims SET event_id = ?, seen = ?, class = ?, departs = ? WHERE id = ?`,
			e.ID, seen.Unix(), string(class), formatIDs(c.DepartsFrom), c.ID); err != nil {
			return 0, fmt.Errorf("store: file claim %d under event %d: %w", c.ID, e.ID, err)
		}
		ledger = append(ledger, c)
	}
	return len(orphans), nil
}

// withColumns scans a row of claimColumns followed by more columns into
// more.
type withColumns struct {
	row  interface{ Scan(...any) error }
	more []any
}

func (w withColumns) Scan(dest ...any) error { return w.row.Scan(append(dest, w.more...)...) }
