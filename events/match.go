package events

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/places"
)

// Matching weighs what a report and an event agree on as an editor would.
// Place and day decide: two towns are two incidents (unless one report
// names the other's district, or both are round-ups), and days the wording
// cannot share are two incidents. Kind is soft (a raid with air cover is
// reported as a raid and as an air strike) except where it cannot be one
// incident (a car bomb is no air strike). Actors and wording support; the
// wording counts only once background that many articles share is set
// aside. Merging two incidents invents conflicts, so thin evidence keeps a
// report apart.
const (
	// MatchThreshold is the score an event needs to take an article.
	MatchThreshold = 5.0
	// WindowBefore and WindowAfter widen a report's own window when looking
	// up candidate events: an event dated by its first report's publication
	// may be dated days after its incident.
	WindowBefore = 1 * 24 * time.Hour
	WindowAfter  = (GuessSpan + 1) * 24 * time.Hour
	// FollowUpWindow is how far back a report that names an incident without
	// dating it ("the raid that killed X") looks for it.
	FollowUpWindow = 60 * 24 * time.Hour
	// minNoTownScore is what the single fitting event of a report that names
	// no town needs: its day and kind.
	minNoTownScore = 3.0
)

// Part is one piece of evidence and its weight.
type Part struct {
	What   string  `json:"what"`
	Weight float64 `json:"weight"`
}

// Evidence is why a report fits an event or cannot: each piece with its
// weight, the total, and the reason they cannot be one incident, if any.
type Evidence struct {
	EventID int64   `json:"event_id,omitempty"`
	Parts   []Part  `json:"parts"`
	Score   float64 `json:"score"`
	Blocked string  `json:"blocked,omitempty"`
	// Rule says how the event was chosen: "best" (the best score over the
	// threshold), "only" (the single event of the day and kind for a report
	// naming no town), "follow-up", "copy", "new", "manual".
	Rule string `json:"rule,omitempty"`

	quiet bool // scores only: the parts are written for the chosen event
}

func (ev *Evidence) add(w float64, format string, args ...any) {
	ev.Score += w
	if !ev.quiet {
		ev.Parts = append(ev.Parts, Part{fmt.Sprintf(format, args...), w})
	}
}

func (ev *Evidence) block(format string, args ...any) {
	if ev.Blocked == "" {
		ev.Blocked = format // quiet: the reason unformatted
		if !ev.quiet {
			ev.Blocked = fmt.Sprintf(format, args...)
		}
	}
}

// OK reports whether the evidence allows one incident.
func (ev Evidence) OK() bool { return ev.Blocked == "" }

// String is the evidence in one line per piece.
func (ev Evidence) String() string {
	var b strings.Builder
	for _, p := range ev.Parts {
		fmt.Fprintf(&b, "  %+5.2f  %s\n", p.Weight, p.What)
	}
	if ev.Blocked != "" {
		fmt.Fprintf(&b, "  blocked: %s\n", ev.Blocked)
	}
	fmt.Fprintf(&b, "  = %.2f", ev.Score)
	if ev.Rule != "" {
		fmt.Fprintf(&b, " (%s)", ev.Rule)
	}
	return b.String()
}

// Score says how well an article's profile fits an event; -Inf when it
// cannot be the same incident.
func Score(p Profile, e Event) float64 {
	ev := Weigh(p, e)
	if !ev.OK() {
		return math.Inf(-1)
	}
	return ev.Score
}

// Weigh gathers the evidence that a report is of an event.
func Weigh(p Profile, e Event) Evidence { return weigh(p, e, nil, false) }

// Fits reports whether a report can be of an event at all (Weigh's verdict
// without its words).
func Fits(p Profile, e Event) bool {
	ev := Evidence{quiet: true}
	weighPlace(&ev, p, e)
	weighDay(&ev, p, e)
	weighKind(&ev, p, e)
	return ev.OK()
}

// common weighs a report's words: each by how few of the candidate events
// hold it, so that the background of a week's coverage (an outlet's toll
// template, the words of every strike) counts for little and what one
// incident owns counts fully.
type common struct {
	weight map[string]float64 // the report's words
	total  float64
}

func newCommon(p Profile, cands []Event) *common {
	c := &common{weight: make(map[string]float64, len(p.Terms))}
	for _, t := range p.Terms {
		if !strings.HasPrefix(t.Word, namePrefix) { // weighed as names
			c.weight[t.Word] = 0
		}
	}
	if len(cands) >= 6 {
		for _, e := range cands {
			for _, t := range e.Terms {
				if df, ok := c.weight[t.Word]; ok {
					c.weight[t.Word] = df + 1
				}
			}
		}
	}
	for w, df := range c.weight {
		share := 0.0
		if len(cands) >= 6 {
			share = df / float64(len(cands))
		}
		c.weight[w] = max(0, 1-2*share) // in half the events or more: no weight
		c.total += c.weight[w]
	}
	return c
}

func weigh(p Profile, e Event, c *common, quiet bool) Evidence {
	ev := Evidence{EventID: e.ID, quiet: quiet}
	weighPlace(&ev, p, e)
	weighDay(&ev, p, e)
	weighKind(&ev, p, e)
	if quiet && !ev.OK() {
		return ev
	}

	// Who.
	if a, b := p.Perpetrator(), e.Perpetrator(); a != "" && b != "" {
		switch {
		case a == b:
			ev.add(1, "same actor: %s", a)
		case allied(a, b):
			// Reports blame the Syrian army or its Russian ally for the same
			// bombardment.
		default:
			ev.add(-3, "other actor: %s, event %s", a, b)
		}
	}

	if n := sharedName(p.Names, e.Terms); n != "" {
		ev.add(1.5, "same name: %s", n)
	}
	// Figures that agree support, weakly, and only reports that both say
	// their day: tolls alike are common in a war, so they never decide a
	// town or a day.
	if t, ok := agreeing(p.Tallies, e.Tallies); ok && p.HasCue() && e.DayFromText {
		ev.add(1, "figures agree: %s, as another outlet told", t)
	}
	if c == nil {
		c = newCommon(p, nil)
	}
	if sim := similarity(e.Terms, c); sim > 0 {
		ev.add(4*sim, "wording: %.0f%% of the report's words", 100*sim)
	}
	return ev
}

// Town is the one town a report is about, "" for none or several.
func (p Profile) Town() string {
	if p.Roundup || len(p.Towns) == 0 {
		return ""
	}
	return p.Towns[0]
}

// eventTown is the town of an event, "" when it has none (a report naming
// no town opened it) or is a round-up.
func eventTown(e Event) string {
	if e.Place == "" || IsBroadPlace(e.Place) {
		return ""
	}
	return e.Place
}

// eventRoundup reports an event of several incidents in several towns.
func eventRoundup(e Event) bool {
	if eventTown(e) != "" {
		return false
	}
	n := 0
	for _, pl := range e.Places {
		if !IsBroadPlace(pl) {
			n++
		}
	}
	return n >= 3
}

func eventAreas(e Event) []string {
	var out []string
	for _, name := range e.Places {
		if pl, ok := places.Lookup(name); ok && !slices.Contains(out, pl.Governorate) {
			out = append(out, pl.Governorate)
		}
	}
	return out
}

func weighPlace(ev *Evidence, p Profile, e Event) {
	a, b := p.Town(), eventTown(e)
	if p.Kind == KindEarthquake && e.Kind == KindEarthquake {
		// An earthquake strikes a whole region: each report tells of the
		// towns it saw.
		ev.add(1, "one earthquake over the region")
		return
	}
	if areas := eventAreas(e); len(p.Areas) > 0 && len(areas) > 0 && !shares(p.Areas, areas) {
		ev.block("different areas: %s, event %s", strings.Join(p.Areas, "/"), strings.Join(areas, "/"))
		return
	}
	switch er := eventRoundup(e); {
	case a != "" && b != "":
		switch {
		case a == b:
			ev.add(3, "same town: %s", a)
		case slices.Contains(e.Places, a) && slices.Contains(p.Places, b):
			ev.add(-2, "towns %s and %s, each named by the other", a, b)
		default:
			ev.block("different towns: %s, event %s", a, b)
		}
	case p.Roundup && er:
		if shares(p.Towns, e.Places) {
			ev.add(1, "round-ups naming the same towns")
		} else {
			ev.block("round-ups of other towns")
		}
	case p.Roundup && b != "":
		ev.block("a round-up of several towns, event in %s", b)
	case er && a != "":
		ev.block("report in %s, event a round-up", a)
	case er && !p.Roundup:
		ev.block("report of one incident, event a round-up of several towns")
	case a != "":
		ev.add(-1, "event names no town, report %s", a)
	case b != "":
		// The caller decides: the single event of the day and kind.
		ev.add(0, "report names no town, event %s", b)
	case shares(p.Places, e.Places):
		ev.add(1, "same area: %s", strings.Join(p.Places, "/"))
	}
}

func days(d time.Duration) int { return int(math.Round(d.Hours() / 24)) }

func weighDay(ev *Evidence, p Profile, e Event) {
	switch {
	case !p.Day.IsZero() && !e.Day.IsZero():
		af, at, ef, et := p.From(), p.Day, e.From(), e.Day
		if gap := max(days(af.Sub(et)), days(ef.Sub(at))); gap > 0 {
			ev.block("%d day(s) apart: report %s, event %s", gap, window(af, at), window(ef, et))
			return
		}
		switch {
		case p.HasCue() && e.DayFromText && p.Span == 0 && e.DaySpan == 0:
			ev.add(3, "same day: %s", at.Format(time.DateOnly))
		case p.HasCue() && e.DayFromText:
			ev.add(2, "days overlap: report %s, event %s", window(af, at), window(ef, et))
		case p.HasCue():
			// A stated day against one guessed from a publication: a toll
			// that did not say when opened the event.
			ev.add(0.5, "days may overlap: report %s, event (guessed) %s", window(af, at), window(ef, et))
		default:
			ev.add(1, "days may overlap: report (guessed) %s, event %s", window(af, at), window(ef, et))
		}
	case p.Day.IsZero() && !e.Day.IsZero() && len(p.Weekdays) > 0:
		// An undated article saying "on Thursday" fits a Thursday event (or
		// the night before it).
		if slices.Contains(p.Weekdays, e.Day.Weekday()) || slices.Contains(p.Weekdays, e.Day.AddDate(0, 0, -1).Weekday()) {
			ev.add(-1.5, "undated report, weekday fits")
		} else {
			ev.block("undated report, weekday %s does not fit %s", p.Weekdays[0], e.Day.Weekday())
		}
	case p.Day.IsZero() && !e.Day.IsZero():
		ev.add(-2.5, "undated report")
	case p.Day.IsZero() && e.Day.IsZero():
		ev.add(-2, "neither dated")
	}
	// An undated report naming a later year than the event's was written
	// after that year: not a report of the incident as it happened.
	if p.Day.IsZero() && !e.Day.IsZero() && len(p.Years) > 0 && slices.Max(p.Years) > e.Day.Year() {
		ev.block("undated report names %d, event in %d", slices.Max(p.Years), e.Day.Year())
	}
}

func window(from, to time.Time) string {
	if from.Equal(to) {
		return to.Format(time.DateOnly)
	}
	return from.Format(time.DateOnly) + ".." + to.Format(time.DateOnly)
}

func weighKind(ev *Evidence, p Profile, e Event) {
	a, b := p.Kind, e.Kind
	switch {
	case a == KindUnknown || b == KindUnknown:
	case a == b:
		ev.add(1.5, "same kind: %s", a)
	case !possibleKinds(a, b):
		ev.block("a %s is not a %s", a, b)
	case compatibleKinds(a, b):
		ev.add(0, "kinds agree: %s, event %s", a, b)
	default:
		ev.add(-2, "other kind: %s, event %s", a, b)
	}
}

func shares(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// Best picks the candidate event that fits an article best, if any fits
// well enough. A report that names no town joins the single event of its
// day and kind, none when there are several. Ties go to the earlier
// candidate.
func Best(p Profile, candidates []Event) (Event, Evidence, bool) {
	c := newCommon(p, candidates)
	var best Event
	bev := Evidence{Score: math.Inf(-1)}
	for _, e := range candidates {
		if e.MergedInto != 0 {
			continue
		}
		ev := weigh(p, e, c, true)
		if !ev.OK() {
			continue
		}
		if ev.Score > bev.Score {
			best, bev = e, ev
		}
	}
	if p.Town() == "" && !p.Roundup {
		fits := noTownFits(p, candidates, c)
		if len(fits) != 1 {
			return best, bev, false
		}
		e := candidates[fits[0]]
		ev := weigh(p, e, c, false)
		ev.Rule = "only"
		return e, ev, true
	}
	if !math.IsInf(bev.Score, -1) {
		bev = weigh(p, best, c, false) // the chosen one, in words
	}
	bev.Rule = "best"
	if bev.Score < MatchThreshold {
		return best, bev, false
	}
	// A report that does not say when, fitting two incidents of its town
	// about as well, could be of either: it joins neither.
	if !p.HasCue() {
		for _, e := range candidates {
			if e.ID == best.ID || e.MergedInto != 0 || eventTown(e) != eventTown(best) {
				continue
			}
			if ev := weigh(p, e, c, true); ev.OK() && ev.Score >= MatchThreshold && bev.Score-ev.Score < ambiguousMargin {
				bev.Blocked = fmt.Sprintf("as likely of event %d (%.2f)", e.ID, ev.Score)
				return best, bev, false
			}
		}
	}
	return best, bev, true
}

// noTownFits are the candidates a report naming no town may join: those of
// its day and kind, narrowed to its very kind when that leaves one.
func noTownFits(p Profile, candidates []Event, c *common) []int {
	var fits, exact []int
	for i, e := range candidates {
		if e.MergedInto != 0 || !sameKindOfIncident(p.Kind, e.Kind) {
			continue
		}
		if ev := weigh(p, e, c, true); ev.OK() && ev.Score >= minNoTownScore {
			fits = append(fits, i)
			if e.Kind == p.Kind {
				exact = append(exact, i)
			}
		}
	}
	if len(exact) == 1 {
		return exact
	}
	return fits
}

// Rivals are the events a report fits about equally well, so that it joins
// none of them: two or more, else none.
func Rivals(p Profile, candidates []Event) []Event {
	c := newCommon(p, candidates)
	var out []Event
	if p.Town() == "" && !p.Roundup {
		if fits := noTownFits(p, candidates, c); len(fits) > 1 {
			for _, i := range fits {
				out = append(out, candidates[i])
			}
		}
		return out
	}
	best, ev, _ := Best(p, candidates)
	if !ev.Ambiguous() {
		return nil
	}
	out = append(out, best)
	for _, e := range candidates {
		if e.ID == best.ID || e.MergedInto != 0 || eventTown(e) != eventTown(best) {
			continue
		}
		if w := weigh(p, e, c, true); w.OK() && w.Score >= MatchThreshold && ev.Score-w.Score < ambiguousMargin {
			out = append(out, e)
		}
	}
	return out
}

// Ambiguous reports whether evidence that fits kept a report out because
// another event fits about as well.
func (ev Evidence) Ambiguous() bool { return strings.HasPrefix(ev.Blocked, "as likely of") }

// ambiguousMargin is how much better than the next event an undated-in-text
// report must fit its best one.
const ambiguousMargin = 2.0

// sameKindOfIncident is how close the kinds must be for a report naming no
// town to join an event: the same, or a raid from the air and on the
// ground, or a drone called an air strike.
func sameKindOfIncident(a, b Kind) bool {
	if a == b || a == KindUnknown || b == KindUnknown {
		return true
	}
	pair := func(x, y Kind) bool { return (a == x && b == y) || (a == y && b == x) }
	return pair(KindRaid, KindAirStrike) || pair(KindAirStrike, KindDrone)
}

// FollowUp picks the incident an undated later report names ("the raid that
// killed X", "the strike on Sarmin last month"): the single earlier event in
// its town, of its kind, that its actor and wording fit. candidates are the
// events of the town over FollowUpWindow before the report.
func FollowUp(p Profile, candidates []Event) (Event, Evidence, bool) {
	if !p.RefersBack || p.HasCue() && p.Span < 7 || p.Kind == KindUnknown || (p.Town() == "" && len(p.Names) == 0) {
		return Event{}, Evidence{}, false
	}
	q := p
	q.Day, q.Span = time.Time{}, 0 // the day says nothing here
	q.Weekdays = nil
	var found []int
	var evs []Evidence
	for i, e := range candidates {
		if e.MergedInto != 0 || e.Day.IsZero() || (!p.Day.IsZero() && e.Day.After(p.Day)) {
			continue
		}
		ev := weigh(q, e, nil, false)
		if !ev.OK() || e.Kind != p.Kind {
			continue
		}
		// Its town, or without one the name of the person it killed.
		if p.Town() != "" && eventTown(e) != p.Town() || p.Town() == "" && sharedName(p.Names, e.Terms) == "" {
			continue
		}
		// Not an undated report: a later one that names its incident.
		for i, part := range ev.Parts {
			if part.What == "undated report" {
				ev.Score -= part.Weight
				ev.Parts = slices.Delete(ev.Parts, i, i+1)
				break
			}
		}
		ev.add(1, "a later report naming the incident (%s) as known", p.Kind)
		found = append(found, i)
		evs = append(evs, ev)
	}
	if len(found) != 1 || evs[0].Score < MatchThreshold {
		return Event{}, Evidence{}, false
	}
	evs[0].Rule = "follow-up"
	return candidates[found[0]], evs[0], true
}

// Opens reports whether an article that fits no event reports an incident
// of its own: it states figures about it, or names when, where and what.
// Analysis pieces and retrospectives (whose figures are all background)
// open nothing.
func Opens(p Profile, ownFigures int) bool {
	if ownFigures > 0 {
		return true
	}
	return p.HasCue() && p.Kind != KindUnknown && (len(p.Places) > 0 || p.Perpetrator() != "")
}

func allied(a, b string) bool {
	return (a == ActorRussia && b == ActorSyria) || (a == ActorSyria && b == ActorRussia)
}
