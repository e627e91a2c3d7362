package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
	"github.com/idlibwatch/idlibwatch/reading"
	"github.com/idlibwatch/idlibwatch/sources"
	"github.com/idlibwatch/idlibwatch/store"
)

// candidateLimit bounds the events an article is compared with: the most
// recently active ones in its places and days.
const candidateLimit = 200

// fileEvents files an article under the event it reports (or opens one, or
// finds it is a syndicated copy of a report already filed), stores its
// figures as claims classified against the ledger, and writes an outbox
// alert for every claim worth telling when the article is live. It runs in
// the article's transaction.
func (p *Pipeline) fileEvents(ctx context.Context, tx *store.Tx, a articles.Article, doc *reading.Doc, prof events.Profile, figs []figures.Figure, opt Options, updated bool, res *Result) error {
	now := p.now().UTC()

	if updated {
		return p.refile(ctx, tx, a, doc, figs, prof, now, now, true, res)
	}

	prof, own := withFigures(prof, a, figs)
	read := ledgers{}
	ev, link, isNew, err := p.assign(ctx, tx, a, doc, prof, own, now, read)
	if err != nil {
		return err
	}
	if ev != nil {
		res.EventID, res.EventKey, res.EventTitle, res.NewEvent = ev.ID, ev.Key, ev.Title, isNew
		if link.Copy() {
			res.CopyOf = link.ReportID
			return nil // one report: a copy adds no claim
		}
	}
	claims, err := p.claims(ctx, tx, a, doc, opt.SourcePath, figs, ev, now)
	if err != nil {
		return err
	}
	res.Claims = len(claims)

	// Classify per event, each claim against the ledger as it stands: the
	// ledgers of the events the claims are filed under that assign did not
	// read already, in one query (a new event has none yet).
	if isNew {
		read[ev.ID] = nil
	}
	var ids []int64
	for _, c := range claims {
		if c.EventID != 0 {
			ids = append(ids, c.EventID)
		}
	}
	if err := read.load(ctx, tx, ids); err != nil {
		return err
	}
	for i := range claims {
		c := &claims[i].Claim
		if c.EventID == 0 {
			c.Class = events.New // background about an incident not in the corpus
		} else {
			var departs []events.Claim
			c.Class, departs = events.Classify(*c, read[c.EventID])
			for _, d := range departs {
				c.DepartsFrom = append(c.DepartsFrom, d.ID)
			}
			claims[i].departs = departs
		}
		if err := tx.InsertClaim(ctx, c, claims[i].idx); err != nil {
			return err
		}
		if c.EventID != 0 {
			read[c.EventID] = append(read[c.EventID], *c)
		} else if err := p.keepRecall(ctx, tx, claims[i]); err != nil {
			return err
		}
	}
	// A new event may be what earlier articles recalled as background: their
	// figures are filed under it now, after this article's own.
	if isNew {
		if _, err := tx.AdoptOrphans(ctx, *ev, now.Add(time.Second)); err != nil {
			return err
		}
	}

	if err := p.at("claims"); err != nil {
		return err
	}
	if !opt.Live || ev == nil {
		return nil
	}
	// One report, one alert: every claim it brings about its event.
	var cs []events.Claim
	var ds [][]events.Claim
	for _, c := range claims {
		cs, ds = append(cs, c.Claim), append(ds, c.departs)
	}
	art := alerts.Article{ID: a.ID, Title: a.Title, URL: cs0URL(claims), Outlet: OutletName(a), Language: a.Language, Published: a.Published, Seen: now}
	if al, ok := store.ReportAlert(*ev, art, cs, ds, now); ok {
		if _, err := tx.InsertAlert(ctx, al); err != nil {
			return err
		}
		res.Alerts++
	}
	return p.at("alerts")
}

// withFigures adds the article's tallies to its profile, so that matching
// weighs its own figures, and counts the figures about its own incident.
func withFigures(prof events.Profile, a articles.Article, figs []figures.Figure) (events.Profile, int) {
	own := 0
	for _, f := range figs {
		if !f.Background {
			own++
		}
		if t, ok := events.TallyOf(f.Metric, f.Group, f.Min, f.Max, f.Vague, f.Background, OutletName(a)); ok {
			prof.Tallies = append(prof.Tallies, t)
		}
	}
	return prof, own
}

// cs0URL is the link the claims carry (the article's URL, else the file it
// was imported from).
func cs0URL(cs []claim) string {
	if len(cs) == 0 {
		return ""
	}
	return cs[0].URL
}

// at runs the test hook of a step.
func (p *Pipeline) at(step string) error {
	if p.step == nil {
		return nil
	}
	return p.step(step)
}

// assign finds the event an article reports: the event of the report it is
// a copy of, the best-fitting candidate, or a new event when it reports an
// incident of its own. It links the article and returns the event (nil for
// none), the link, and whether the event is new. The ledgers it reads stay
// in read.
func (p *Pipeline) assign(ctx context.Context, tx *store.Tx, a articles.Article, doc *reading.Doc, prof events.Profile, own int, now time.Time, read ledgers) (*events.Event, store.EventArticle, bool, error) {
	link := store.EventArticle{ArticleID: a.ID, ReportID: a.ID, Sketch: prof.Sketch}
	cands, err := p.candidates(ctx, tx, prof)
	if err != nil {
		return nil, link, false, err
	}
	if err := loadTallies(ctx, tx, prof, cands, read); err != nil {
		return nil, link, false, err
	}

	// A copy of a report already filed goes where its original is. Outlets
	// fill one template for every strike: a text that resembles another is
	// its copy only if it can be of its incident, so only the events it can
	// be of are compared with.
	if len(prof.Sketch) > 0 && len(cands) > 0 {
		var ids []int64
		for _, e := range cands {
			// A copy tells of the same incident in the same words: of its kind.
			if events.Fits(prof, e) && (prof.Kind == e.Kind || prof.Kind == events.KindUnknown || e.Kind == events.KindUnknown) {
				ids = append(ids, e.ID)
			}
		}
		origs, err := tx.OriginalSketches(ctx, ids)
		if err != nil {
			return nil, link, false, err
		}
		bestR := 0.0
		for _, o := range origs {
			r := events.Resemblance(prof.Sketch, o.Sketch)
			if r < events.CopyResemblance || r <= bestR {
				continue
			}
			orig, err := tx.Article(ctx, o.ArticleID)
			if err != nil {
				return nil, link, false, err
			}
			if events.SameNumbers(doc, reading.Read(orig.Text)) {
				bestR, link.ReportID, link.EventID = r, o.ArticleID, o.EventID
			}
		}
		if link.Copy() {
			link.Sketch = nil // only originals are compared with
			link.Why = events.Evidence{EventID: link.EventID, Rule: "copy", Score: bestR,
				Parts: []events.Part{{What: fmt.Sprintf("a copy of article %d (%.0f%% of its text)", link.ReportID, 100*bestR), Weight: bestR}}}
			if i := slices.IndexFunc(cands, func(e events.Event) bool { return e.ID == link.EventID }); i >= 0 {
				e := cands[i]
				if now.After(e.LastSeen) {
					e.LastSeen = now
				}
				if err := tx.SaveEvent(ctx, &e); err != nil {
					return nil, link, false, err
				}
				return &e, link, false, tx.LinkArticle(ctx, link, now)
			}
		}
	}

	e, why, ok := events.Best(prof, cands)
	if !ok && prof.RefersBack {
		// A later report naming an earlier incident ("the raid that killed X").
		ref := prof.Day
		if ref.IsZero() {
			ref = now
		}
		var where []string
		if prof.Town() != "" {
			where = []string{prof.Town()}
		}
		older, err := tx.CandidateEvents(ctx, where, ref.Add(-events.FollowUpWindow), ref, candidateLimit)
		if err != nil {
			return nil, link, false, err
		}
		if fe, fwhy, fok := events.FollowUp(prof, older); fok {
			e, why, ok = fe, fwhy, true
		}
	}
	isNew := false
	switch {
	case ok:
		link.Score = why.Score
		e.Absorb(prof, now)
		if err := tx.SaveEvent(ctx, &e); err != nil {
			return nil, link, false, err
		}
	case why.Ambiguous():
		// A report that could be of two incidents tells of neither; its
		// own event would take the next reports of both.
		return nil, link, false, nil
	case events.Opens(prof, own):
		nearest := why
		e = events.FromProfile(prof, now)
		if err := tx.InsertEvent(ctx, &e); err != nil {
			return nil, link, false, err
		}
		why = events.Evidence{EventID: e.ID, Rule: "new"}
		switch {
		case len(cands) == 0:
			why.Parts = []events.Part{{What: "no earlier event in its places and days"}}
		case nearest.EventID != 0 && nearest.Blocked != "":
			why.Parts = []events.Part{{What: fmt.Sprintf("%d candidate event(s); event %d scored %.2f but %s", len(cands), nearest.EventID, nearest.Score, nearest.Blocked)}}
		case nearest.EventID != 0:
			why.Parts = []events.Part{{What: fmt.Sprintf("%d candidate event(s), none fits; nearest: event %d, score %.2f", len(cands), nearest.EventID, nearest.Score)}}
		default:
			why.Parts = []events.Part{{What: fmt.Sprintf("%d candidate event(s), none can be the same incident", len(cands))}}
		}
		if prof.Town() == "" {
			why.Parts = append(why.Parts, events.Part{What: "low confidence: the report names no town"})
		}
		isNew = true
	default:
		return nil, link, false, nil
	}
	link.EventID, link.Why = e.ID, why
	if err := tx.LinkArticle(ctx, link, now); err != nil {
		return nil, link, false, err
	}
	return &e, link, isNew, nil
}

// candidates are the events a report may be of: those in its towns over
// its days (widened for events dated only by a publication), and those of
// its own days anywhere.
func (p *Pipeline) candidates(ctx context.Context, tx *store.Tx, prof events.Profile) ([]events.Event, error) {
	if prof.Day.IsZero() {
		return tx.CandidateEvents(ctx, prof.Places, time.Time{}, time.Time{}, candidateLimit)
	}
	from, to := prof.From().Add(-events.WindowBefore), prof.Day.Add(events.WindowAfter)
	near, nearTo := from, prof.Day.Add(events.WindowBefore)
	var towns []string
	for _, pl := range prof.Places {
		if slices.Contains(prof.Towns, pl) {
			towns = append(towns, pl)
		}
	}
	// With the events of its own days anywhere: the one a report naming no
	// town may be of, and the week's wording that no one incident owns.
	return tx.CandidateEventsNear(ctx, towns, from, to, near, nearTo, candidateLimit)
}

// claim is a claim about to be filed, with its figure's index and the
// claims it departs from.
type claim struct {
	events.Claim
	idx     int
	departs []events.Claim
	recall  events.Recall // for a background figure
}

// claims turns an article's figures into claims: its own figures under its
// event, background figures under the event they recall when the corpus has
// it (never the article's own), else under no event.
func (p *Pipeline) claims(ctx context.Context, tx *store.Tx, a articles.Article, doc *reading.Doc, sourcePath string, figs []figures.Figure, ev *events.Event, seen time.Time) ([]claim, error) {
	link := a.URL
	if link == "" {
		link = sourcePath // as the store shows it
	}
	var quotes []string
	for _, f := range figs {
		quotes = append(quotes, f.Quote)
	}
	var ownID int64
	if ev != nil {
		ownID = ev.ID
	}
	outlet := OutletName(a)
	// Figures recalling one incident share its window: one query for each.
	recalled := map[[2]int64][]events.Event{}
	var ref time.Time // the day background figures' dates count from, found at the first
	refRead := false
	out := make([]claim, 0, len(figs))
	for i, f := range figs {
		c := events.Claim{
			ArticleID: a.ID, Metric: f.Metric, Group: f.Group, Min: f.Min, Max: f.Max, Approx: f.Approx, Vague: f.Vague,
			Source: f.Source, Quote: f.Quote, Outlet: a.Outlet, URL: link, Title: a.Title,
			SeenAt: seen, Published: a.Published, Background: f.Background, Partial: events.Partial(f.Quote),
		}
		if f.Actor != nil {
			c.Actor = *f.Actor
		}
		ent := p.sources.Resolve(f.Source, outlet)
		if outlet == "" && (ent.Kind == sources.Outlet || ent.Kind == sources.Generic) {
			ent.ID += "#" + strconv.FormatInt(a.ID, 10) // an unnamed outlet is no other outlet
		}
		c.SourceKey, c.Entity = ent.ID, ent.Name
		var r events.Recall
		if f.Background {
			if !refRead {
				ref, refRead = events.RecallReference(doc, a.Published), true
			}
			r = events.ResolveRecallDoc(doc, f.Quote, quotes, ref)
			c.Recalls = r.String()
			if r.Known() {
				window := [2]int64{r.From.Unix(), r.To.Unix()}
				cands, ok := recalled[window]
				if !ok {
					var err error
					if cands, err = tx.EventsBetween(ctx, r.From, r.To, candidateLimit); err != nil {
						return nil, err
					}
					recalled[window] = cands
				}
				if e, ok := events.PickRecalled(r, cands, ownID); ok {
					c.EventID = e.ID
				}
			}
		} else {
			c.EventID = ownID
		}
		out = append(out, claim{Claim: c, idx: i, recall: r})
	}
	return out, nil
}

// OutletName names an article's outlet, whose own voice its unattributed
// figures are: the outlet the feed, page or file gives (feed title, site
// name, og:site_name, a masthead, import --outlet), else the host of its
// link, else "" (the outlet, unnamed). A seed's header is a headline, so a
// title is never taken for the outlet.
func OutletName(a articles.Article) string {
	if o := strings.TrimSpace(a.Outlet); o != "" {
		return o
	}
	if u, err := url.Parse(a.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return ""
}

// refile replaces the claims of an edited or re-extracted article: it stays
// in its event (or is assigned now if it had none), its new claims are filed
// as seen at seen, and the ledgers it touches are classified again; with
// alert, their pending alerts are recomputed too.
func (p *Pipeline) refile(ctx context.Context, tx *store.Tx, a articles.Article, doc *reading.Doc, figs []figures.Figure, prof events.Profile, now, seen time.Time, alert bool, res *Result) error {
	touched, err := tx.DeleteClaims(ctx, a.ID)
	if err != nil {
		return err
	}
	var ev *events.Event
	link, err := tx.ArticleEvent(ctx, a.ID)
	switch {
	case err == nil:
		e, err := tx.Event(ctx, link.EventID)
		if err != nil {
			return err
		}
		if !link.Copy() {
			link.Sketch = prof.Sketch
			if err := tx.LinkArticle(ctx, link, now); err != nil {
				return err
			}
		}
		ev = &e
	case errors.Is(err, store.ErrNotFound):
		prof, own := withFigures(prof, a, figs)
		if ev, link, res.NewEvent, err = p.assign(ctx, tx, a, doc, prof, own, now, ledgers{}); err != nil {
			return err
		}
	default:
		return err
	}
	if ev != nil {
		res.EventID, res.EventKey, res.EventTitle = ev.ID, ev.Key, ev.Title
		if link.Copy() {
			res.CopyOf = link.ReportID
			figs = nil
		}
	}
	claims, err := p.claims(ctx, tx, a, doc, "", figs, ev, seen)
	if err != nil {
		return err
	}
	res.Claims = len(claims)
	for i := range claims {
		claims[i].Class = events.New // classified below with the whole ledger
		if err := tx.InsertClaim(ctx, &claims[i].Claim, claims[i].idx); err != nil {
			return err
		}
		if claims[i].EventID == 0 {
			if err := p.keepRecall(ctx, tx, claims[i]); err != nil {
				return err
			}
		}
		if claims[i].EventID != 0 && !slices.Contains(touched, claims[i].EventID) {
			touched = append(touched, claims[i].EventID)
		}
	}
	if ev != nil && !slices.Contains(touched, ev.ID) {
		touched = append(touched, ev.ID)
	}
	for _, id := range touched {
		r, err := tx.RecomputeEvent(ctx, id, now, alert)
		if err != nil {
			return fmt.Errorf("recompute event %d: %w", id, err)
		}
		res.Alerts += r.Alerts
	}
	return nil
}

// keepRecall stores what an unfiled background claim recalls.
func (p *Pipeline) keepRecall(ctx context.Context, tx *store.Tx, c claim) error {
	if !c.Background || !c.recall.Known() {
		return nil
	}
	return tx.KeepRecall(ctx, c.ID, c.recall)
}

// referenceDate is the date background figures are told from: the
// publication date; for an undated article the date its text states (a
// byline, a dated sentence), else the day of the incident it reports when
// that is known ("the biggest raid since October 2019" is background only
// against a date). profile reads the article (only an undated one is read).
func (p *Pipeline) referenceDate(ctx context.Context, tx *store.Tx, a articles.Article, profile func() events.Profile) (time.Time, error) {
	if !a.Published.IsZero() {
		return a.Published, nil
	}
	prof := profile()
	if d := prof.TextDate; !d.IsZero() {
		return d, nil
	}
	if link, err := tx.ArticleEvent(ctx, a.ID); err == nil {
		e, err := tx.Event(ctx, link.EventID)
		if err != nil {
			return time.Time{}, err
		}
		return e.Day, nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return time.Time{}, err
	}
	cands, err := tx.CandidateEvents(ctx, prof.Places, time.Time{}, time.Time{}, candidateLimit)
	if err != nil {
		return time.Time{}, err
	}
	if e, _, ok := events.Best(prof, cands); ok {
		return e.Day, nil
	}
	return time.Time{}, nil
}

// Rivals are the events an article filed under no event fits about equally
// well, as the events stand now: why it joined none of them. None when it
// was kept out for reporting no incident of its own.
func (p *Pipeline) Rivals(ctx context.Context, a articles.Article) ([]events.Event, error) {
	var out []events.Event
	err := p.store.InTx(ctx, func(tx *store.Tx) error {
		prof := p.analyze(a.Title, p.read(a.Text), a.Published)
		cands, err := p.candidates(ctx, tx, prof)
		if err != nil {
			return err
		}
		out = events.Rivals(prof, cands)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("weigh article %d against its candidate events: %w", a.ID, err)
	}
	return out, nil
}

// loadTallies gives the candidates a report with figures can be of their
// figures, for the report's figures to agree with; their ledgers stay in
// read.
func loadTallies(ctx context.Context, tx *store.Tx, prof events.Profile, cands []events.Event, read ledgers) error {
	if len(prof.Tallies) == 0 {
		return nil
	}
	// Only the events it can be of, all in one query.
	var fit []int
	var ids []int64
	for i, e := range cands {
		if events.Fits(prof, e) {
			fit, ids = append(fit, i), append(ids, e.ID)
		}
	}
	if err := read.load(ctx, tx, ids); err != nil {
		return fmt.Errorf("load the figures of %d candidate events: %w", len(ids), err)
	}
	for _, i := range fit {
		for _, c := range read[cands[i].ID] {
			if t, ok := events.TallyOf(c.Metric, c.Group, c.Min, c.Max, c.Vague, c.Background, c.Outlet); ok {
				cands[i].Tallies = append(cands[i].Tallies, t)
			}
		}
	}
	return nil
}

// ledgers are the event ledgers read while one article is filed: the
// candidates' for agreeing figures, then those its claims are classified
// against. No claim is written in between, and the article's own claims
// are appended as they are filed, so each ledger is read once.
type ledgers map[int64][]events.Claim

// load reads, in one query, the ledgers of the events ids not read yet.
func (l ledgers) load(ctx context.Context, tx *store.Tx, ids []int64) error {
	var missing []int64
	for _, id := range ids {
		if _, ok := l[id]; !ok && !slices.Contains(missing, id) {
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	got, err := tx.LedgerClaimsOf(ctx, missing)
	if err != nil {
		return err
	}
	for _, id := range missing {
		l[id] = got[id]
	}
	return nil
}
