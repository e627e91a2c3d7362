package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/places"
)

// eventByKey finds an event by key (or numeric ID), following merges to the
// event that absorbed it.
func eventByKey(ctx context.Context, db querier, s *Store, key string) (events.Event, error) {
	q := `SELECT ` + eventColumns + ` FROM events e WHERE e.key = ?`
	arg := any(key)
	if id, err := strconv.ParseInt(key, 10, 64); err == nil {
		q, arg = `SELECT `+eventColumns+` FROM events e WHERE e.id = ?`, id
	}
	e, err := scanEvent(db.QueryRowContext(ctx, s.q(q), arg))
	for i := 0; err == nil && e.MergedInto != 0 && i < 20; i++ {
		e, err = scanEvent(db.QueryRowContext(ctx, s.q(`SELECT `+eventColumns+` FROM events e WHERE e.id = ?`), e.MergedInto))
	}
	if errors.Is(err, sql.ErrNoRows) {
		return e, fmt.Errorf("store: event %s: %w", key, ErrNotFound)
	}
	if err != nil {
		return e, fmt.Errorf("store: event %s: %w", key, err)
	}
	return e, nil
}

// Event returns an event by key or ID; a merged event's key leads to the
// event it was merged into.
func (s *Store) Event(ctx context.Context, key string) (events.Event, error) {
	return eventByKey(ctx, s.db, s, key)
}

// EventLedger returns an event's ledger: its reports (syndicated copies
// grouped, with every outlet) and per figure the span over sources with
// every claim.
func (s *Store) EventLedger(ctx context.Context, key string) (events.Ledger, error) {
	e, err := eventByKey(ctx, s.db, s, key)
	if err != nil {
		return events.Ledger{}, err
	}
	return ledgerOf(ctx, s.db, s, e)
}

func ledgerOf(ctx context.Context, db querier, s *Store, e events.Event) (events.Ledger, error) {
	l := events.Ledger{Event: e}
	claims, _, err := ledgerClaims(ctx, db, s, e.ID)
	if err != nil {
		return l, err
	}
	l.Figures = events.Ranges(claims)
	if l.Reports, err = reports(ctx, db, s, e.ID); err != nil {
		return l, err
	}
	return l, nil
}

// reports lists an event's articles, each syndicated copy under its original.
func reports(ctx context.Context, db querier, s *Store, eventID int64) ([]events.Report, error) {
	rows, err := db.QueryContext(ctx, s.q(`SELECT ea.article_id, ea.report_id, a.title, CASE WHEN a.url <> '' THEN a.url ELSE a.source_path END, a.outlet, a.published, ea.added
		FROM event_articles ea JOIN articles a ON a.id = ea.article_id WHERE ea.event_id = ? ORDER BY ea.added, ea.article_id`), eventID)
	if err != nil {
		return nil, fmt.Errorf("store: reports of event %d: %w", eventID, err)
	}
	defer rows.Close()
	var out []events.Report
	at := map[int64]int{}
	var copies []events.Report
	var copyOf []int64
	for rows.Next() {
		var r events.Report
		var reportID, added int64
		var outlet string
		var published sql.NullInt64
		if err := rows.Scan(&r.ArticleID, &reportID, &r.Title, &r.URL, &outlet, &published, &added); err != nil {
			return nil, fmt.Errorf("store: reports of event %d: %w", eventID, err)
		}
		r.Published, r.Seen = fromUnix(published), time.Unix(added, 0).UTC()
		if o := outletName(outlet, r.URL); o != "" {
			r.Outlets = []string{o}
		}
		if reportID != r.ArticleID {
			copies, copyOf = append(copies, r), append(copyOf, reportID)
			continue
		}
		at[r.ArticleID] = len(out)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i, c := range copies {
		j, ok := at[copyOf[i]]
		if !ok { // its original was moved elsewhere: a report of its own
			out = append(out, c)
			continue
		}
		out[j].Copies = append(out[j].Copies, c.ArticleID)
		out[j].Outlets = appendMissing(out[j].Outlets, c.Outlets)
	}
	return out, nil
}

// outletName is an article's outlet, or the host of its link.
func outletName(outlet, link string) string {
	if outlet != "" {
		return outlet
	}
	if u, err := url.Parse(link); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Host, "www.")
	}
	return ""
}

// appendMissing appends to xs the strings of add it does not hold yet.
func appendMissing(xs, add []string) []string {
	for _, x := range add {
		if !slices.Contains(xs, x) {
			xs = append(xs, x)
		}
	}
	return xs
}

// RecentEvents lists the events active since a time, most recently active
// first, with their headline figures.
func (s *Store) RecentEvents(ctx context.Context, since time.Time, limit int) ([]events.Summary, error) {
	if limit <= 0 {
		limit = 20
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+eventColumns+` FROM events e WHERE e.last_seen >= ? AND e.merged_into IS NULL ORDER BY e.last_seen DESC, e.id DESC LIMIT ?`), since.Unix(), limit)
	if err != nil {
		return nil, fmt.Errorf("store: recent events: %w", err)
	}
	evs, err := scanEvents(rows)
	if err != nil {
		return nil, fmt.Errorf("store: recent events: %w", err)
	}
	return s.summaries(ctx, evs)
}

func (s *Store) summaries(ctx context.Context, evs []events.Event) ([]events.Summary, error) {
	out := make([]events.Summary, 0, len(evs))
	for _, e := range evs {
		l, err := ledgerOf(ctx, s.db, s, e)
		if err != nil {
			return nil, err
		}
		out = append(out, events.Summarize(l))
	}
	return out, nil
}

// FindEvents finds the events a user means by query: an event key or ID, a
// place in any spelling or language ("atmeh", "Atma", "أطمة"), or words of
// the title. The best match comes first: the most recent incident.
func (s *Store) FindEvents(ctx context.Context, query string, limit int) ([]events.Event, error) {
	query = strings.TrimSpace(query)
	if query == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = 10
	}
	if e, err := eventByKey(ctx, s.db, s, query); err == nil {
		return []events.Event{e}, nil
	}
	// The whole query as a place ("Jisr al-Shughur", "أطمة"), else every
	// word must be in the key or name a place of the event ("atmeh raid",
	// "2022 atmeh").
	var conds []string
	var args []any
	if p, ok := places.Lookup(query); ok {
		conds = append(conds, `e.id IN (SELECT event_id FROM event_places WHERE place = ?)`)
		args = append(args, p.Name)
	} else {
		for _, w := range strings.Fields(places.Normalize(query)) {
			cond := `e.key ` + s.dialect.like() + ` ?`
			args = append(args, "%"+events.Slug(w)+"%")
			if p, ok := places.Lookup(w); ok {
				cond = `(` + cond + ` OR e.id IN (SELECT event_id FROM event_places WHERE place = ?))`
				args = append(args, p.Name)
			}
			conds = append(conds, cond)
		}
	}
	if len(conds) == 0 {
		return nil, nil
	}
	args = append(args, limit)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+eventColumns+` FROM events e WHERE `+strings.Join(conds, " AND ")+` AND e.merged_into IS NULL
		ORDER BY COALESCE(e.day, e.first_seen) DESC, e.id DESC LIMIT ?`), args...)
	if err != nil {
		return nil, fmt.Errorf("store: find events %q: %w", query, err)
	}
	evs, err := scanEvents(rows)
	if err != nil {
		return nil, fmt.Errorf("store: find events %q: %w", query, err)
	}
	return evs, nil
}

// Trace says what became of an article: for "/idlib why URL".
type Trace struct {
	Seen      bool           `json:"seen"`
	ArticleID int64          `json:"article_id,omitempty"`
	Title     string         `json:"title,omitempty"`
	URL       string         `json:"url,omitempty"`
	Outlet    string         `json:"outlet,omitempty"`
	Fetched   time.Time      `json:"fetched,omitzero"`
	Backfill  bool           `json:"backfill,omitempty"` // stored without alerts
	Event     *events.Event  `json:"event,omitempty"`
	CopyOf    int64          `json:"copy_of,omitempty"` // the article it is a syndicated copy of
	Claims    []events.Claim `json:"claims,omitempty"`
	Alerts    []alerts.Alert `json:"alerts,omitempty"`
	Why       []string       `json:"why"` // plain sentences, in order
}

// ArticleTrace explains what happened to the article at a URL: whether it
// was seen, which event it was filed under, its figures as claims with
// their classes, and which alerts they made or why they made none.
func (s *Store) ArticleTrace(ctx context.Context, rawURL string) (Trace, error) {
	var t Trace
	a, err := s.ArticleByURL(ctx, rawURL)
	if errors.Is(err, ErrNotFound) {
		t.Why = append(t.Why, "This article was never seen: no feed delivered it and it was not imported.")
		return t, nil
	}
	if err != nil {
		return t, err
	}
	t.Seen, t.ArticleID, t.Title, t.URL, t.Outlet, t.Fetched = true, a.ID, a.Title, a.URL, a.Outlet, a.Fetched
	var backfill int
	if err := s.db.QueryRowContext(ctx, s.q(`SELECT backfill FROM articles WHERE id = ?`), a.ID).Scan(&backfill); err != nil {
		return t, fmt.Errorf("store: trace article %d: %w", a.ID, err)
	}
	t.Backfill = backfill != 0
	t.Why = append(t.Why, "Seen "+a.Fetched.Format("2006-01-02 15:04")+" UTC.")
	if t.Backfill {
		t.Why = append(t.Why, "It arrived as backfill (a feed's first poll or an archive import): classified and stored, no alerts.")
	}
	ea, err := articleEvent(ctx, s.db, s, a.ID)
	switch {
	case errors.Is(err, ErrNotFound):
		t.Why = append(t.Why, "It reports no incident of its own (no figures of its own, or no date, place and kind): filed under no event.")
	case err != nil:
		return t, err
	default:
		e, err := eventByKey(ctx, s.db, s, strconv.FormatInt(ea.EventID, 10))
		if err != nil {
			return t, err
		}
		t.Event = &e
		switch {
		case ea.Copy():
			t.CopyOf = ea.ReportID
			t.Why = append(t.Why, fmt.Sprintf("It is a syndicated copy of article %d under %s: one report, it adds no claims and makes no alerts.", ea.ReportID, e.Key))
		case ea.Pinned:
			t.Why = append(t.Why, "An operator filed it under "+e.Key+".")
		case ea.Score == 0:
			t.Why = append(t.Why, "It opened event "+e.Key+".")
		default:
			t.Why = append(t.Why, fmt.Sprintf("It matched event %s (score %.1f).", e.Key, ea.Score))
		}
	}
	if t.Claims, err = articleClaims(ctx, s.db, s, a.ID); err != nil {
		return t, err
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, payload, `+deliveryState+` FROM alerts WHERE article_id = ? ORDER BY id`), a.ID)
	if err != nil {
		return t, fmt.Errorf("store: alerts of article %d: %w", a.ID, err)
	}
	alerted := map[int64]string{}
	for rows.Next() {
		var id int64
		var payload, state string
		if err := rows.Scan(&id, &payload, &state); err != nil {
			rows.Close()
			return t, err
		}
		al, err := decodeAlert(id, payload)
		if err != nil {
			rows.Close()
			return t, err
		}
		al.Delivery = state
		t.Alerts = append(t.Alerts, al)
		for _, it := range al.Claims {
			alerted[it.ID] = fmt.Sprintf("alert %d (%s)", id, state)
		}
	}
	rows.Close()
	for _, c := range t.Claims {
		t.Why = append(t.Why, "Figure "+claimLine(c)+": "+claimOutcome(c, alerted[c.ID], t.Backfill))
	}
	if len(t.Claims) == 0 && t.CopyOf == 0 {
		t.Why = append(t.Why, "No casualty figures were found in it.")
	}
	return t, nil
}

func claimLine(c events.Claim) string {
	r := events.Ranges([]events.Claim{c})[0]
	r.Sources = 1
	s := strings.TrimSuffix(r.String(), " (1 source)")
	if c.Source != "" {
		s += " according to " + c.Source
	}
	return s
}

func claimOutcome(c events.Claim, alert string, backfill bool) string {
	switch {
	case c.Background && c.EventID == 0:
		return "background about an earlier incident (" + c.Recalls + ") not in the corpus; kept, no alert"
	case c.Background:
		return fmt.Sprintf("background, filed under the event it recalls (%d); no alert", c.EventID)
	case alert != "":
		return string(c.Class) + " → " + alert
	case !c.Class.Alerts():
		return string(c.Class) + ": no alert for this class"
	case backfill:
		return string(c.Class) + ": no alert (backfill)"
	}
	return string(c.Class) + ": no alert"
}

// MergeEvents merges event from into event into (an operator's fix): its
// articles and claims move, the ledger is classified again and the pending
// alerts recomputed. It returns the merged event.
func (s *Store) MergeEvents(ctx context.Context, into, from string, now time.Time) (events.Event, Recomputed, error) {
	var e events.Event
	var res Recomputed
	err := s.InTx(ctx, func(tx *Tx) error {
		a, err := eventByKey(ctx, tx.tx, s, into)
		if err != nil {
			return err
		}
		b, err := eventByKey(ctx, tx.tx, s, from)
		if err != nil {
			return err
		}
		if a.ID == b.ID {
			return fmt.Errorf("store: %s and %s are the same event", into, from)
		}
		if _, err := tx.exec(ctx, `UPDATE event_articles SET event_id = ?, pinned = 1 WHERE event_id = ?`, a.ID, b.ID); err != nil {
			return fmt.Errorf("store: move articles: %w", err)
		}
		if _, err := tx.exec(ctx, `UPDATE claims SET event_id = ? WHERE event_id = ?`, a.ID, b.ID); err != nil {
			return fmt.Errorf("store: move claims: %w", err)
		}
		a.Places = appendMissing(a.Places, b.Places)
		a.Actors = appendMissing(a.Actors, b.Actors)
		if a.Day.IsZero() || (!b.Day.IsZero() && b.Day.Before(a.Day)) {
			a.Day = b.Day
		}
		if b.FirstSeen.Before(a.FirstSeen) {
			a.FirstSeen = b.FirstSeen
		}
		if b.LastSeen.After(a.LastSeen) {
			a.LastSeen = b.LastSeen
		}
		a.Terms = events.MergeTerms(a.Terms, b.Terms, 120)
		if !a.TitleFixed {
			a.Title = a.MakeTitle()
		}
		if err := tx.SaveEvent(ctx, &a); err != nil {
			return err
		}
		b.MergedInto = a.ID
		if err := tx.SaveEvent(ctx, &b); err != nil {
			return err
		}
		e = a
		res, err = tx.RecomputeEvent(ctx, a.ID, now, true)
		return err
	})
	return e, res, err
}

// SplitEvent moves articles (with their syndicated copies and claims) out of
// an event into a new one, built from them; both ledgers are classified
// again and their pending alerts recomputed.
func (s *Store) SplitEvent(ctx context.Context, key string, articleIDs []int64, now time.Time) (events.Event, Recomputed, error) {
	var ne events.Event
	var res Recomputed
	err := s.InTx(ctx, func(tx *Tx) error {
		old, err := eventByKey(ctx, tx.tx, s, key)
		if err != nil {
			return err
		}
		move := map[int64]bool{}
		for _, id := range articleIDs {
			ea, err := tx.ArticleEvent(ctx, id)
			if errors.Is(err, ErrNotFound) || (err == nil && ea.EventID != old.ID) {
				return fmt.Errorf("store: article %d is not filed under %s", id, old.Key)
			}
			if err != nil {
				return err
			}
			move[id], move[ea.ReportID] = true, true
		}
		// Copies go with their original: they are one report.
		all, err := tx.eventArticleIDs(ctx, old.ID)
		if err != nil {
			return err
		}
		var moving, staying []int64
		for _, ea := range all {
			if move[ea.ArticleID] || move[ea.ReportID] {
				moving = append(moving, ea.ArticleID)
			} else {
				staying = append(staying, ea.ArticleID)
			}
		}
		if len(staying) == 0 {
			return fmt.Errorf("store: splitting every article out of %s would leave it empty", old.Key)
		}
		built, err := tx.eventFromArticles(ctx, moving, now)
		if err != nil {
			return err
		}
		// Splitting out exactly the articles an earlier merge brought in
		// undoes it: the merged event comes back with its key and ID.
		revived, err := tx.mergedFrom(ctx, old.ID, moving)
		if err != nil {
			return err
		}
		if revived.ID != 0 {
			ne = revived
			ne.MergedInto = 0
			ne.Places, ne.Terms = built.Places, built.Terms
			if err := tx.SaveEvent(ctx, &ne); err != nil {
				return err
			}
		} else {
			ne = built
			if err := tx.InsertEvent(ctx, &ne); err != nil {
				return err
			}
		}
		for _, id := range moving {
			if _, err := tx.exec(ctx, `UPDATE event_articles SET event_id = ?, pinned = 1 WHERE article_id = ?`, ne.ID, id); err != nil {
				return fmt.Errorf("store: move article %d: %w", id, err)
			}
			if _, err := tx.exec(ctx, `UPDATE claims SET event_id = ? WHERE article_id = ? AND event_id = ?`, ne.ID, id, old.ID); err != nil {
				return fmt.Errorf("store: move claims of article %d: %w", id, err)
			}
		}
		rest, err := tx.eventFromArticles(ctx, staying, now)
		if err != nil {
			return err
		}
		old.Places, old.Terms = rest.Places, rest.Terms
		if !slices.Contains(old.Places, old.Place) {
			old.Place = rest.Place
		}
		if !old.TitleFixed {
			old.Title = old.MakeTitle()
		}
		if err := tx.SaveEvent(ctx, &old); err != nil {
			return err
		}
		for _, id := range []int64{old.ID, ne.ID} {
			r, err := tx.RecomputeEvent(ctx, id, now, true)
			if err != nil {
				return err
			}
			res.Reclassified += r.Reclassified
			res.Alerts += r.Alerts
			res.Superseded += r.Superseded
		}
		return nil
	})
	return ne, res, err
}

// mergedFrom finds the event merged into eventID whose articles are exactly
// ids; a zero Event when there is none.
func (tx *Tx) mergedFrom(ctx context.Context, eventID int64, ids []int64) (events.Event, error) {
	want := map[int64]bool{}
	for _, id := range ids {
		want[id] = true
	}
	rows, err := tx.query(ctx, `SELECT e.id, ea.article_id FROM events e JOIN event_articles ea ON ea.origin = e.id AND ea.event_id = ?
		WHERE e.merged_into = ? ORDER BY e.id`, eventID, eventID)
	if err != nil {
		return events.Event{}, fmt.Errorf("store: events merged into %d: %w", eventID, err)
	}
	from := map[int64][]int64{}
	var order []int64
	for rows.Next() {
		var e, a int64
		if err := rows.Scan(&e, &a); err != nil {
			rows.Close()
			return events.Event{}, err
		}
		if _, ok := from[e]; !ok {
			order = append(order, e)
		}
		from[e] = append(from[e], a)
	}
	rows.Close()
	for _, e := range order {
		if len(from[e]) != len(want) {
			continue
		}
		same := true
		for _, a := range from[e] {
			same = same && want[a]
		}
		if same {
			return tx.Event(ctx, e)
		}
	}
	return events.Event{}, nil
}

func (tx *Tx) eventArticleIDs(ctx context.Context, eventID int64) ([]EventArticle, error) {
	rows, err := tx.query(ctx, `SELECT article_id, report_id FROM event_articles WHERE event_id = ? ORDER BY article_id`, eventID)
	if err != nil {
		return nil, fmt.Errorf("store: articles of event %d: %w", eventID, err)
	}
	defer rows.Close()
	var out []EventArticle
	for rows.Next() {
		ea := EventArticle{EventID: eventID}
		if err := rows.Scan(&ea.ArticleID, &ea.ReportID); err != nil {
			return nil, err
		}
		out = append(out, ea)
	}
	return out, rows.Err()
}

// eventFromArticles profiles stored articles into an event, as if they had
// arrived in ID order with no other event around.
func (tx *Tx) eventFromArticles(ctx context.Context, ids []int64, now time.Time) (events.Event, error) {
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	var e events.Event
	for i, id := range ids {
		a, err := scanArticle(tx.queryRow(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id))
		if err != nil {
			return e, fmt.Errorf("store: article %d: %w", id, err)
		}
		p := events.Analyze(a.Title, a.Text, a.Published)
		if i == 0 {
			e = events.FromProfile(p, now)
			continue
		}
		e.Absorb(p, now)
	}
	return e, nil
}

// RenameEvent gives an event a title of the operator's choosing, kept from
// then on; the key stays, pending alerts are rewritten with the new title.
func (s *Store) RenameEvent(ctx context.Context, key, title string, now time.Time) (events.Event, error) {
	var e events.Event
	title = strings.TrimSpace(title)
	if title == "" {
		return e, errors.New("store: an event title cannot be empty")
	}
	err := s.InTx(ctx, func(tx *Tx) error {
		var err error
		if e, err = eventByKey(ctx, tx.tx, s, key); err != nil {
			return err
		}
		e.Title, e.TitleFixed = title, true
		if err := tx.SaveEvent(ctx, &e); err != nil {
			return err
		}
		_, err = tx.RecomputeEvent(ctx, e.ID, now, true)
		return err
	})
	return e, err
}

// decodeAlert reads an outbox payload. Alerts written before one alert per
// report (a "claim" with its "departs") read as an alert of one claim.
func decodeAlert(id int64, payload string) (alerts.Alert, error) {
	var a struct {
		alerts.Alert
		Claim   *events.Claim  `json:"claim"`
		Departs []events.Claim `json:"departs"`
	}
	if err := json.Unmarshal([]byte(payload), &a); err != nil {
		return alerts.Alert{}, fmt.Errorf("store: decode alert %d: %w", id, err)
	}
	al := a.Alert
	if len(al.Claims) == 0 && a.Claim != nil {
		al.Claims = []alerts.Item{{Claim: *a.Claim, Departs: a.Departs}}
		al.Article = alerts.Article{ID: a.Claim.ArticleID, Title: a.Claim.Title, URL: a.Claim.URL, Outlet: a.Claim.Outlet}
	}
	al.ID = id
	return al, nil
}
