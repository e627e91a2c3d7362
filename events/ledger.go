package events

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/idlibwatch/idlibwatch/figures"
)

// maxDeparts is how many earlier claims an alert names.
const maxDeparts = 3

// Slot is what a claim counts: (metric, group, actor).
type Slot struct {
	Metric figures.Metric `json:"metric"`
	Group  figures.Group  `json:"group"`
	Actor  string         `json:"actor,omitempty"`
}

// Slot returns the claim's (metric, group, actor).
func (c Claim) Slot() Slot { return Slot{c.Metric, c.Group, c.Actor} }

// lo and hi are a claim's bounds, an unknown floor being 0 and an unknown
// ceiling infinite.
func (c Claim) lo() int {
	if c.Min == nil {
		return 0
	}
	return *c.Min
}

func (c Claim) hi() int {
	if c.Max == nil {
		return math.MaxInt
	}
	return *c.Max
}

// loose are the bounds a conflict is judged on: "about 20" is not
// contradicted by 21.
func (c Claim) loose() (int, int) {
	lo, hi := c.lo(), c.hi()
	if c.Approx {
		lo = min(lo-1, int(math.Floor(float64(lo)*0.9)))
		if hi != math.MaxInt {
			hi = max(hi+1, int(math.Ceil(float64(hi)*1.1)))
		}
	}
	return max(lo, 0), hi
}

func sameInterval(a, b Claim) bool { return a.lo() == b.lo() && a.hi() == b.hi() }

func disjoint(a, b Claim) bool {
	alo, ahi := a.loose()
	blo, bhi := b.loose()
	return alo > bhi || blo > ahi
}

// metricWithin reports whether every person counted by part is counted by
// whole: casualties include the killed and the injured.
func metricWithin(part, whole figures.Metric) bool {
	return part == whole || (whole == figures.Casualties && (part == figures.Killed || part == figures.Injured))
}

// groupWithin: people include every group, civilians include children and women.
func groupWithin(part, whole figures.Group) bool {
	return part == whole || whole == figures.People ||
		(whole == figures.Civilians && (part == figures.Children || part == figures.Women))
}

// Within reports whether slot s counts a part of what whole counts (or the same).
func (s Slot) Within(whole Slot) bool {
	return metricWithin(s.Metric, whole.Metric) && groupWithin(s.Group, whole.Group) &&
		(whole.Actor == "" || whole.Actor == s.Actor)
}

// contradicts reports whether c and b cannot both be true: the same slot and
// disjoint intervals, or a part whose floor is above its whole's ceiling
// ("6 children" against "4 people"; "US soldiers injured" against "no US
// casualties").
func contradicts(c, b Claim) bool {
	if c.Vague || b.Vague {
		// "A number of" never contradicts a number, only a denial: it says
		// there were some ("several French troops were hurt" against
		// "no US casualties").
		if c.Vague && b.Vague {
			return false
		}
		v, o := c, b
		if b.Vague {
			v, o = b, c
		}
		if o.Max == nil || *o.Max != 0 || (v.Max != nil && *v.Max == 0) {
			return false
		}
		one := 1
		v.Min, v.Max, v.Vague = &one, nil, false
		return contradicts(v, o)
	}
	cs, bs := c.Slot(), b.Slot()
	switch {
	case cs == bs:
		return disjoint(c, b)
	case cs.Within(bs):
		clo, _ := c.loose()
		_, bhi := b.loose()
		return clo > bhi
	case bs.Within(cs):
		blo, _ := b.loose()
		_, chi := c.loose()
		return blo > chi
	}
	return false
}

// current keeps, of each source's claims in each slot, the latest: a source
// that revised its toll is held to the new one. A restatement of the same
// figure keeps its first saying, the one an alert names.
func current(ledger []Claim) []Claim {
	idx := map[string]int{}
	var out []Claim
	for _, b := range ledger {
		k := b.SourceKey + "\x00" + string(b.Metric) + "\x00" + string(b.Group) + "\x00" + b.Actor
		if i, ok := idx[k]; ok {
			if !sameInterval(out[i], b) { // a restatement keeps the first saying
				out[i] = b
			}
			continue
		}
		idx[k] = len(out)
		out = append(out, b)
	}
	return out
}

// Classify classifies a new claim against the earlier claims of its event
// (in the order they were seen) and returns the earlier claims it departs
// from, most cited first, at most three (ledger.md).
func Classify(c Claim, ledger []Claim) (Class, []Claim) {
	// A report that gives its figure twice (a headline's 6, the body's 7; "at
	// least 14" then "14") says it once: the first saying stands.
	for _, b := range ledger {
		if sameReport(b, c) && b.SourceKey == c.SourceKey && b.Slot() == c.Slot() && !b.Partial && !c.Partial {
			return Repeat, nil
		}
	}
	cur := current(ledger)
	var same []Claim // other entities' numbers in c's slot, partial and vague accounts apart
	var own *Claim
	inSlot := false  // anything at all in c's slot
	related := false // anything in c's slot, within it or around it
	for i, b := range cur {
		if b.Slot().Within(c.Slot()) || c.Slot().Within(b.Slot()) {
			related = true
		}
		if b.Slot() != c.Slot() {
			continue
		}
		inSlot = true
		if b.SourceKey == c.SourceKey {
			if !b.Vague || c.Vague { // a first number after words is no revision
				own = &cur[i]
			}
			continue
		}
		if !b.Partial && !c.Partial && !b.Vague {
			same = append(same, b)
		}
	}

	// A partial account (victims in one house, named dead) is not a toll: it
	// conflicts with none and lifts no floor. A vague one ("a number of") is
	// told only when nothing is known of its figure yet, or when it
	// contradicts a denial.
	if c.Vague && !c.Partial && (own == nil || own.Vague) {
		var conflicts []Claim
		for _, b := range cur {
			if !b.Partial && b.SourceKey != c.SourceKey && !sameReport(b, c) && contradicts(c, b) {
				conflicts = append(conflicts, b)
			}
		}
		if len(conflicts) > 0 && own == nil {
			return Conflict, mostCited(conflicts, ledger)
		}
	}
	if c.Partial || c.Vague {
		switch {
		case own != nil && (sameInterval(*own, c) || c.Vague):
			return Repeat, nil
		case inSlot || (c.Vague && related):
			return Consistent, nil
		}
		return New, nil
	}

	// A denial the source made already, more widely ("no civilian
	// casualties", then "no civilians were killed"), is nothing new.
	if c.hi() == 0 && own == nil {
		for _, b := range cur {
			if b.SourceKey == c.SourceKey && b.hi() == 0 && c.Slot().Within(b.Slot()) {
				return Repeat, nil
			}
		}
	}

	var conflicts []Claim
	for _, b := range cur {
		// One entity's figures are its own to reconcile, and one report's
		// figures its own to explain (a caption's early toll, a quoted
		// source's later one): a conflict is between two sources in two
		// reports.
		if b.Partial || b.SourceKey == c.SourceKey || sameReport(b, c) {
			continue
		}
		if contradicts(c, b) {
			conflicts = append(conflicts, b)
		}
	}

	if own != nil {
		if sameInterval(*own, c) || (c.lo() <= own.lo() && c.hi() >= own.hi()) {
			// The same figure again, or restated more loosely ("13", then
			// "at least 13", then "at least 9"): nothing new, even if it
			// contradicts others — that was told when the source first said it.
			return Repeat, nil
		}
		return Revised, append([]Claim{*own}, mostCited(conflicts, ledger)...)[:min(maxDeparts, 1+len(conflicts))]
	}
	if len(conflicts) > 0 {
		return Conflict, mostCited(conflicts, ledger)
	}
	if len(same) == 0 {
		return New, nil
	}
	floor := 0
	for _, b := range same {
		if sameInterval(b, c) {
			return Corroborated, nil
		}
		floor = max(floor, b.lo())
	}
	if c.lo() > floor {
		var lifted []Claim
		for _, b := range same {
			if b.lo() < c.lo() {
				lifted = append(lifted, b)
			}
		}
		return Raised, mostCited(lifted, ledger)
	}
	return Consistent, nil
}

func sameReport(a, b Claim) bool { return a.ArticleID != 0 && a.ArticleID == b.ArticleID }

// mostCited orders claims by how many sources in the ledger gave the same
// slot and interval, then by when they were seen, and keeps the first three.
func mostCited(cs []Claim, ledger []Claim) []Claim {
	cites := make([]int, len(cs))
	for i, c := range cs {
		sources := map[string]bool{}
		for _, b := range ledger {
			if b.Slot() == c.Slot() && sameInterval(b, c) {
				sources[b.SourceKey] = true
			}
		}
		cites[i] = len(sources)
	}
	idx := make([]int, len(cs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		if cites[idx[a]] != cites[idx[b]] {
			return cites[idx[a]] > cites[idx[b]]
		}
		return cs[idx[a]].SeenAt.Before(cs[idx[b]].SeenAt)
	})
	var out []Claim
	for _, i := range idx {
		if len(out) == maxDeparts {
			break
		}
		out = append(out, cs[i])
	}
	return out
}

// Reclassify classifies every claim of an event in order, each against the
// ones before it, as Classify would have when they arrived. It sets Class
// and returns, per claim, the claims it departs from.
func Reclassify(claims []Claim) [][]Claim {
	departs := make([][]Claim, len(claims))
	for i := range claims {
		claims[i].Class, departs[i] = Classify(claims[i], claims[:i])
	}
	return departs
}

// partialWords mark a count of part of the victims: those in one house or
// family, or people named one by one.
var partialWords = newPhraseSet(phrases(`same house|same home|same building|one house|one home|a house|one family|same family|his wife|his two|his three|her two|his son|his sons|identified as|named as|
	نفس المنزل|منزل واحد|عائلة واحدة|من عائلة|المنزل نفسه`), nil)

// Partial reports whether a figure's quote (or the sentence around it)
// counts only part of an incident's victims.
func Partial(quote string) bool {
	return partialWords.any(tokenize(quote))
}

// Range is the span of one figure over the sources of an event, Airwars
// style: "9–13 killed (3 sources)".
type Range struct {
	Slot
	Low      int     `json:"low"`
	High     int     `json:"high"`
	Open     bool    `json:"open,omitempty"` // the highest figure is a floor ("at least 13")
	Sources  int     `json:"sources"`
	Conflict bool    `json:"conflict,omitempty"` // some source's claim contradicts another's
	Claims   []Claim `json:"claims"`             // every claim in this slot, as seen
}

// String renders a range: "13–13 killed (3 sources)", "9+ killed children (1 source)".
func (r Range) String() string {
	var b strings.Builder
	switch {
	case r.Open && r.Low == r.High:
		fmt.Fprintf(&b, "%d+", r.Low)
	case r.Low == r.High: // every source says the same: "13 killed", not "13–13"
		fmt.Fprintf(&b, "%d", r.Low)
	default:
		fmt.Fprintf(&b, "%d–%d", r.Low, r.High)
		if r.Open {
			b.WriteByte('+')
		}
	}
	b.WriteString(" " + string(r.Metric))
	if r.Group != figures.People {
		if r.Actor != "" {
			b.WriteString(" " + r.Actor)
		}
		b.WriteString(" " + string(r.Group))
	}
	src := "sources"
	if r.Sources == 1 {
		src = "source"
	}
	fmt.Fprintf(&b, " (%d %s)", r.Sources, src)
	if r.Conflict {
		b.WriteString(" — conflict")
	}
	return b.String()
}

var metricOrder = map[figures.Metric]int{figures.Killed: 0, figures.Injured: 1, figures.Casualties: 2}
var groupOrder = map[figures.Group]int{figures.People: 0, figures.Civilians: 1, figures.Children: 2, figures.Women: 3, figures.Combatants: 4, figures.Troops: 5}

// Ranges groups an event's claims (in the order seen) by slot, each with
// the span of its sources' current claims. Partial accounts are listed but
// do not make the span; neither do vague ones beside numbers.
func Ranges(claims []Claim) []Range {
	bySlot := map[Slot]*Range{}
	var order []Slot
	for _, c := range claims {
		r, ok := bySlot[c.Slot()]
		if !ok {
			r = &Range{Slot: c.Slot()}
			bySlot[c.Slot()] = r
			order = append(order, c.Slot())
		}
		r.Claims = append(r.Claims, c)
	}
	var out []Range
	for _, s := range order {
		r := bySlot[s]
		sources := map[string]bool{}
		r.Low, r.High = math.MaxInt, -1
		cur := current(r.Claims)
		// "Multiple", "dozens" say little next to numbers: they make the span
		// only when no source gives a number.
		numbers := false
		for _, c := range cur {
			numbers = numbers || (!c.Vague && !c.Partial)
		}
		for _, c := range cur {
			if c.Class == Conflict {
				r.Conflict = true
			}
			if c.Partial || (numbers && c.Vague) {
				continue
			}
			sources[c.SourceKey] = true
			r.Low = min(r.Low, c.lo())
			top := c.lo()
			if c.Max != nil {
				top = *c.Max
			}
			switch {
			case top > r.High:
				r.High, r.Open = top, c.Max == nil
			case top == r.High && c.Max != nil:
				r.Open = false
			}
		}
		if len(sources) == 0 {
			r.Low, r.High = 0, 0
		}
		r.Sources = len(sources)
		out = append(out, *r)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if metricOrder[a.Metric] != metricOrder[b.Metric] {
			return metricOrder[a.Metric] < metricOrder[b.Metric]
		}
		if groupOrder[a.Group] != groupOrder[b.Group] {
			return groupOrder[a.Group] < groupOrder[b.Group]
		}
		return a.Actor < b.Actor
	})
	return out
}
