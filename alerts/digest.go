package alerts

import (
	"cmp"
	"slices"
	"strconv"
	"time"

	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
)

// DigestInput is what a digest is made from.
type DigestInput struct {
	From, To time.Time // the window, usually the last 24 hours
	// Alerts are the outbox alerts of the events active in the window,
	// including their older alerts, so each figure's history is known.
	Alerts []Alert
	// Claims holds, per event ID, every claim of the event's ledger: the
	// sources that only corroborated or stayed consistent made no alert but
	// belong in each figure's range by source. Without it the alerts'
	// claims stand in.
	Claims map[int64][]events.Claim
	// Health lists the feeds that are failing now.
	Health []HealthProblem
	// MaxEvents bounds the events listed (0: 15); the busiest come first.
	MaxEvents int
}

// HealthProblem is a feed that is failing.
type HealthProblem struct {
	Feed   string // title, else URL
	Reason string
	Since  time.Time
}

// Digest is the content of a daily digest, independent of any platform.
type Digest struct {
	From, To time.Time
	Events   []DigestEvent
	Articles int      // distinct articles with alerts in the window
	Outlets  []string // their outlets, sorted
	// Conflicts are the figures whose sources still disagree: the latest
	// claims of two sources are disjoint.
	Conflicts []OpenConflict
	Health    []HealthProblem
	// MoreEvents counts active events left out by MaxEvents.
	MoreEvents int
}

// DigestEvent is one event active in the window.
type DigestEvent struct {
	ID       int64
	Key      string
	Title    string
	Alerts   int // in the window
	Articles int // in the window
	Outlets  []string
	Figures  []FigureRange // headline figures, most important first
	Last     time.Time     // the latest alert
}

// FigureRange is one headline figure of an event: the latest claim of every
// source and how the range over sources moved.
type FigureRange struct {
	Metric   figures.Metric
	Group    figures.Group
	Actor    string
	Label    string         // "children killed"
	BySource []events.Claim // the latest claim of each source, lowest first
	Low      int            // the lowest floor over sources
	High     int            // the highest ceiling (or floor when open-ended)
	Series   []RangePoint   // the range after each claim, in time order
	// Words is set when no source gives a number, only words ("several"):
	// the range is then told in them.
	Words string
}

// RangePoint is the range over sources at a time.
type RangePoint struct {
	At        time.Time
	Low, High int
}

// OpenConflict is two sources whose claims are disjoint: their latest claims
// on one figure (Label names it), or claims on two figures of which one
// includes the other (Label is empty).
type OpenConflict struct {
	EventTitle string
	Label      string
	A, B       events.Claim
}

// Text writes the range: "13", "9–13".
func (f FigureRange) Text() string {
	if f.Words != "" {
		return f.Words
	}
	if f.Low == f.High {
		return strconv.Itoa(f.Low)
	}
	return strconv.Itoa(f.Low) + "–" + strconv.Itoa(f.High)
}

// maxHeadlines bounds the figures shown per event.
const maxHeadlines = 3

// BuildDigest makes the digest of the window from the alerts.
func BuildDigest(in DigestInput) Digest {
	d := Digest{From: in.From, To: in.To, Health: in.Health}
	inWindow := func(t time.Time) bool { return !t.Before(in.From) && t.Before(in.To) }
	byEvent := map[int64][]Alert{}
	var order []int64
	allURLs := map[string]bool{}
	allOutlets := map[string]bool{}
	for _, a := range in.Alerts {
		if !a.Created.Before(in.To) {
			continue
		}
		if _, ok := byEvent[a.EventID]; !ok {
			order = append(order, a.EventID)
		}
		byEvent[a.EventID] = append(byEvent[a.EventID], a)
		if inWindow(a.Created) {
			if k := a.Article.key(); k != "" {
				allURLs[k] = true
			}
			if a.Article.Outlet != "" {
				allOutlets[a.Article.Outlet] = true
			}
		}
	}
	d.Articles = len(allURLs)
	d.Outlets = sortedKeys(allOutlets)

	for _, id := range order {
		as := byEvent[id]
		ev := DigestEvent{ID: id}
		urls, outlets := map[string]bool{}, map[string]bool{}
		for _, a := range as {
			ev.Key, ev.Title = a.EventKey, a.EventTitle
			if a.Created.After(ev.Last) {
				ev.Last = a.Created
			}
			if !inWindow(a.Created) {
				continue
			}
			ev.Alerts++
			if k := a.Article.key(); k != "" {
				urls[k] = true
			}
			if a.Article.Outlet != "" {
				outlets[a.Article.Outlet] = true
			}
		}
		if ev.Alerts == 0 {
			continue
		}
		ev.Articles = len(urls)
		ev.Outlets = sortedKeys(outlets)
		ev.Figures = headlineFigures(as, in.Claims[id], in.To)
		for _, f := range ev.Figures {
			d.Conflicts = append(d.Conflicts, openConflicts(ev.Title, f)...)
		}
		d.Conflicts = append(d.Conflicts, crossConflicts(ev.Title, as, inWindow)...)
		d.Events = append(d.Events, ev)
	}
	slices.SortStableFunc(d.Events, func(a, b DigestEvent) int {
		if c := cmp.Compare(b.Alerts, a.Alerts); c != 0 {
			return c
		}
		return b.Last.Compare(a.Last)
	})
	limit := in.MaxEvents
	if limit <= 0 {
		limit = 15
	}
	if len(d.Events) > limit {
		d.MoreEvents = len(d.Events) - limit
		d.Events = d.Events[:limit]
	}
	return d
}

type figureKey struct {
	metric figures.Metric
	group  figures.Group
	actor  string
}

var metricRank = map[figures.Metric]int{figures.Killed: 0, figures.Injured: 1, figures.Casualties: 2}
var groupRank = map[figures.Group]int{figures.People: 0, figures.Civilians: 1, figures.Children: 2, figures.Women: 3, figures.Combatants: 4, figures.Troops: 5}

// headlineFigures picks the event's most important figures (killed before
// injured, everyone before a group) with their history, from the ledger's
// claims seen before the window's end, else from the alerts.
func headlineFigures(as []Alert, ledger []events.Claim, to time.Time) []FigureRange {
	var cs []events.Claim
	for _, c := range ledger {
		if c.SeenAt.Before(to) {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		for _, a := range as {
			cs = append(cs, a.AllClaims()...)
		}
	}
	fs := Ranges(cs)
	if len(fs) > maxHeadlines {
		fs = fs[:maxHeadlines]
	}
	return fs
}

// Ranges groups claims by figure (metric, group, actor), most important
// figure first, each with the latest claim of every source and the range's
// history. Background and partial claims, claims without a number and
// repeats of one claim are left out; vague ones ("several") are listed by
// source in their words but make no range unless no source gives a number.
func Ranges(cs []events.Claim) []FigureRange {
	claims := map[figureKey][]events.Claim{}
	seen := map[string]bool{}
	for _, c := range cs {
		// Vague words ("multiple") and partial accounts (the dead of one
		// house) are no toll: the ledger keeps them, ranges leave them out.
		if c.Background || c.Partial || (c.Min == nil && c.Max == nil && !c.Vague) {
			continue
		}
		id := claimIdentity(c)
		if seen[id] {
			continue
		}
		seen[id] = true
		k := figureKey{c.Metric, c.Group, c.Actor}
		claims[k] = append(claims[k], c)
	}
	keys := make([]figureKey, 0, len(claims))
	for k := range claims {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b figureKey) int {
		if c := cmp.Compare(rank(metricRank, a.metric), rank(metricRank, b.metric)); c != 0 {
			return c
		}
		if c := cmp.Compare(rank(groupRank, a.group), rank(groupRank, b.group)); c != 0 {
			return c
		}
		if c := cmp.Compare(len(claims[b]), len(claims[a])); c != 0 {
			return c
		}
		return cmp.Compare(a.actor, b.actor)
	})
	out := make([]FigureRange, 0, len(keys))
	for _, k := range keys {
		out = append(out, figureRange(k, claims[k]))
	}
	return out
}

func rank[K comparable](m map[K]int, k K) int {
	if r, ok := m[k]; ok {
		return r
	}
	return len(m)
}

func claimIdentity(c events.Claim) string {
	if c.ID != 0 {
		return "id:" + strconv.FormatInt(c.ID, 10)
	}
	return c.SourceKey + "|" + c.URL + "|" + string(c.Metric) + "|" + string(c.Group) + "|" + c.Actor + "|" + bound(c.Min) + "|" + bound(c.Max)
}

func bound(p *int) string {
	if p == nil {
		return "-"
	}
	return strconv.Itoa(*p)
}

// interval returns a claim's [lo, hi]; an open end takes the other end.
func interval(c events.Claim) (lo, hi int) {
	switch {
	case c.Min != nil && c.Max != nil:
		return *c.Min, *c.Max
	case c.Min != nil:
		return *c.Min, *c.Min
	default:
		return 0, *c.Max
	}
}

func sourceKey(c events.Claim) string {
	if c.SourceKey != "" {
		return c.SourceKey
	}
	return SourceName(c)
}

func figureRange(k figureKey, cs []events.Claim) FigureRange {
	slices.SortStableFunc(cs, func(a, b events.Claim) int { return a.SeenAt.Compare(b.SeenAt) })
	f := FigureRange{Metric: k.metric, Group: k.group, Actor: k.actor, Label: Label(k.metric, k.group, k.actor)}
	latest := map[string]events.Claim{}
	numbers := map[string]events.Claim{} // the latest numbered claim of each source
	var srcOrder []string
	for _, c := range cs {
		sk := sourceKey(c)
		if _, ok := latest[sk]; !ok {
			srcOrder = append(srcOrder, sk)
		}
		latest[sk] = c
		if c.Vague {
			continue
		}
		numbers[sk] = c
		lo, hi := rangeOver(numbers)
		if n := len(f.Series); n > 0 && f.Series[n-1].At.Equal(c.SeenAt) {
			f.Series[n-1] = RangePoint{At: c.SeenAt, Low: lo, High: hi}
		} else {
			f.Series = append(f.Series, RangePoint{At: c.SeenAt, Low: lo, High: hi})
		}
	}
	for _, sk := range srcOrder {
		f.BySource = append(f.BySource, latest[sk])
	}
	slices.SortStableFunc(f.BySource, func(a, b events.Claim) int {
		if a.Vague != b.Vague { // words after numbers
			if a.Vague {
				return 1
			}
			return -1
		}
		alo, ahi := interval(a)
		blo, bhi := interval(b)
		if c := cmp.Compare(alo, blo); c != 0 {
			return c
		}
		return cmp.Compare(ahi, bhi)
	})
	f.Low, f.High = rangeOver(numbers)
	if len(numbers) == 0 && len(f.BySource) > 0 {
		f.Words = Amount(f.BySource[0])
	}
	return f
}

func rangeOver(latest map[string]events.Claim) (lo, hi int) {
	first := true
	for _, c := range latest {
		l, h := interval(c)
		if first || l < lo {
			lo = l
		}
		if first || h > hi {
			hi = h
		}
		first = false
	}
	return lo, hi
}

// openConflicts reports the widest disagreement of a figure: the source
// with the lowest ceiling against the one with the highest floor, when the
// ceiling is below the floor. An open-ended claim ("at least 13") has no
// ceiling.
func openConflicts(title string, f FigureRange) []OpenConflict {
	var low, high *events.Claim
	for i := range f.BySource {
		c := &f.BySource[i]
		if c.Vague {
			continue // words never contradict a number
		}
		if c.Max != nil && (low == nil || *c.Max < *low.Max) {
			low = c
		}
		if c.Min != nil && (high == nil || *c.Min > *high.Min) {
			high = c
		}
	}
	if low == nil || high == nil || *low.Max >= *high.Min {
		return nil
	}
	return []OpenConflict{{EventTitle: title, Label: f.Label, A: *low, B: *high}}
}

// crossConflicts are the window's conflict alerts whose claim contradicts
// another figure than its own, which the ledger finds through the hierarchy
// ("US soldiers injured" against "no US casualties"; "6 children" against
// "3 civilians"). Conflicts within one figure are openConflicts' to report.
func crossConflicts(title string, as []Alert, inWindow func(time.Time) bool) []OpenConflict {
	var out []OpenConflict
	seen := map[[2]string]bool{}
	for _, a := range as {
		if !inWindow(a.Created) {
			continue
		}
		for _, it := range a.Claims {
			if it.Class != events.Conflict || len(it.Departs) == 0 {
				continue
			}
			b, other := it.Claim, it.Departs[0]
			if sameFigure(b, other) {
				continue
			}
			k := [2]string{Headline(other), Headline(b)}
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, OpenConflict{EventTitle: title, A: other, B: b})
		}
	}
	return out
}

func sameFigure(a, b events.Claim) bool {
	return a.Metric == b.Metric && a.Group == b.Group && a.Actor == b.Actor
}

// key identifies an article: its ID, else its link.
func (a Article) key() string {
	if a.ID != 0 {
		return "#" + strconv.FormatInt(a.ID, 10)
	}
	return a.URL
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
