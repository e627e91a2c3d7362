package figures

// Background by event, not by date: the article's own incident is read
// once from its headline and lede (its kind, its places); a figure is
// background when its sentence sums up a longer period ("since the uprising
// began", "from January until July", "in the war"), tells another incident
// ("another air strike", "a similar explosion", "separately", "hours after a
// drone attack", "before the attack"), or tells fighting in an article about
// a strike. A figure that names the article's own place is its own even when
// dated weeks back (a follow-up).

type incidentKind uint8

const (
	kindNone     incidentKind = iota
	kindStrike                // a strike, shelling, bombing, blast: a point in time
	kindFighting              // fighting, clashes, an offensive: a span
)

var strikeKindWords = map[string]bool{
	"strike": true, "strikes": true, "airstrike": true, "airstrikes": true, "shelling": true,
	"shells": true, "shelled": true, "bombing": true, "bombings": true, "bombardment": true,
	"bomb": true, "bombed": true, "drone": true, "drones": true, "raid": true, "raids": true,
	"missile": true, "missiles": true, "rocket": true, "rockets": true, "explosion": true,
	"blast": true, "explosions": true, "barrel": true, "massacre": true,
}

var fightingKindWords = map[string]bool{
	"fighting": true, "clashes": true, "clash": true, "battle": true, "battles": true,
	"battled": true, "offensive": true, "counteroffensive": true, "counterattack": true,
	"combat": true, "skirmishes": true, "infighting": true,
}

// ownIncident is the article's incident as its headline and lede tell it.
type ownIncident struct {
	kind    incidentKind
	places  map[string]bool // capitalised place words (not countries or provinces)
	ledeEnd int             // the sentences before it are the headline and lede
}

// broadPlaces name a country or province: naming one does not make a
// sentence about the article's own incident.
var broadPlaces = map[string]bool{
	"syria": true, "syrian": true, "idlib": true, "idleb": true, "aleppo": true, "hama": true,
	"latakia": true, "turkey": true, "turkish": true, "russia": true, "russian": true,
	"damascus": true, "iraq": true, "us": true, "u": true, "s": true, "the": true, "a": true,
	"in": true, "on": true, "at": true, "province": true, "countryside": true, "northwest": true,
	"northern": true, "southern": true, "western": true, "eastern": true, "north": true,
	"south": true, "east": true, "west": true, "al": true, "el": true, "city": true, "town": true,
	"village": true, "government": true, "regime": true, "observatory": true, "civil": true,
	"defence": true, "defense": true, "human": true, "rights": true, "white": true,
	"helmets": true, "air": true, "killed": true, "kills": true, "strike": true, "news": true,
}

// placeLeads put a place name after them: "in Sarmin", "on Kafr Nabl".
var placeLeads = map[string]bool{"in": true, "on": true, "near": true, "of": true, "at": true, "outside": true, "hits": true, "hit": true}

// readIncident reads the own incident from the first sentences (headline
// and lede): at most the first three sentences and 120 tokens.
func (x *extractor) readIncident() {
	n := 0
	for si := 0; si < len(x.sents) && si < 2; si++ {
		s := x.sents[si]
		x.own.ledeEnd = si + 1
		for k := s.a; k < s.b && n < 120; k, n = k+1, n+1 {
			t := x.ts[k]
			if t.k != kWord || t.ar {
				continue
			}
			if x.own.kind == kindNone {
				if strikeKindWords[t.w] {
					x.own.kind = kindStrike
				} else if fightingKindWords[t.w] {
					x.own.kind = kindFighting
				}
			}
			if !t.cap || k == s.a || broadPlaces[t.w] || !placeLeads[x.ts[k-1].w] {
				continue
			}
			if _, ok := x.monthAt(k); ok || enCurrent[t.w] {
				continue // "on Tuesday", "in March": a date, not a place
			}
			// "in Maarat al-Numan", "on Kafr Nabl": the capitalised words after a lead
			for j := k; j < s.b && j < k+4; j++ {
				tj := x.ts[j]
				if tj.k != kWord || !(tj.cap || nameParticle(tj.w)) {
					if tj.w == "-" {
						continue
					}
					break
				}
				if tj.cap && !broadPlaces[tj.w] && len(tj.w) > 2 {
					if x.own.places == nil {
						x.own.places = map[string]bool{}
					}
					if len(x.own.places) < 12 {
						x.own.places[tj.w] = true
					}
				}
			}
		}
	}
}

// sentEvent is what a sentence says about which incident it tells.
type sentEvent struct {
	aggregate bool // a longer period: "since the uprising", "this year", "in the war"
	other     int  // position of a marker of another incident ("hours after a drone attack"), or -1
	otherNoun bool // an incident called another ("another air strike", "a similar blast", "separately")
	before    bool // "before the attack": what it tells came earlier
	fighting  int  // position of the first fighting word, or -1
	strike    bool // a strike word
	ownPlace  bool // names a place of the own incident
	newEvent  bool // an indefinite incident: "a car bomb", "an air strike"
}

// sentenceEvent reads sentence s once (memoized per sentence): linear.
func (x *extractor) sentenceEvent(s sentence) sentEvent {
	if x.evMemo.ok && x.evMemo.si == x.si {
		return x.evMemo.v
	}
	v := sentEvent{other: -1, fighting: -1}
	ts := x.ts
	for k := s.a; k < s.b; k++ {
		x.steps++
		t := ts[k]
		if t.k != kWord || t.ar {
			continue
		}
		w := t.w
		switch {
		case w == "since":
			if x.sinceAggregate(k, s) {
				v.aggregate = true
			}
		case w == "this" || w == "so":
			if n := x.word(k+1, s); (n == "year" || w == "so" && n == "far" && x.word(k+2, s) == "this") && !x.comparedBefore(k, s) {
				v.aggregate = true
			}
		case w == "war" || w == "conflict" || w == "uprising" || w == "revolution":
			// "in the war", "Syria's conflict"; not "a war monitor"
			p, n := x.word(k-1, s), x.word(k+1, s)
			if (p == "the" || p == "civil" || p == "s" || p == "syria's" || p == "this" || p == "year-long") &&
				n != "monitor" && n != "monitoring" && n != "crimes" && n != "-" && !x.comparedBefore(k, s) {
				v.aggregate = true
			}
		case w == "cumulative":
			v.aggregate = true
		case w == "past" || w == "last":
			// "in the past seven days", "over the last three weeks"; not
			// "last week's strike" (a date)
			if x.word(k-1, s) == "the" && x.periodSpan(k+1, s) {
				v.aggregate = true
			}
		case w == "from":
			if x.fromUntil(k, s) {
				v.aggregate = true
			}
		case w == "another" || w == "similar" || w == "previous" || w == "prior" || w == "comparable" ||
			w == "separate" && (x.word(k-1, s) == "a" || x.word(k-1, s) == "an"):
			// "a separate attack" opens another incident; "killed in
			// separate shelling" of one push may be the round-up's own
			for j := k + 1; j < s.b && j <= k+3; j++ {
				if incidentNouns[ts[j].w] || fightingKindWords[ts[j].w] || eventWords[ts[j].w] {
					v.otherNoun = true
					break
				}
			}
		case w == "separately":
			v.otherNoun = true
		case w == "before":
			// "killed 17 children before the attack this month"
			if n := x.word(k+1, s); n == "the" || n == "this" || n == "that" {
				if m := x.word(k+2, s); strikeKindWords[m] || eventWords[m] {
					v.before = true
				}
			}
		case w == "after":
			// "came hours after a drone attack on Homs killed dozens"
			p := x.word(k-1, s)
			if n := x.word(k+1, s); (n == "a" || n == "an") && (p == "hours" || p == "came" || p == "comes" || p == "days" || p == "weeks") {
				if v.other < 0 {
					v.other = k
				}
			}
		case w == "follows" || w == "followed":
			if n := x.word(k+1, s); n == "a" || n == "an" {
				if v.other < 0 {
					v.other = k
				}
			}
		}
		if fightingKindWords[w] && v.fighting < 0 {
			v.fighting = k
		}
		if strikeKindWords[w] {
			v.strike = true
		}
		if t.cap && x.own.places[w] {
			v.ownPlace = true
		}
		if (w == "a" || w == "an") && k+2 < s.b {
			for j := k + 1; j <= k+3 && j < s.b; j++ {
				if incidentNouns[ts[j].w] || eventWords[ts[j].w] || ts[j].w == "bomb" {
					v.newEvent = true
					break
				}
			}
		}
	}
	x.evMemo.ok, x.evMemo.si, x.evMemo.v = true, x.si, v
	return v
}

// sinceAggregate: does "since" at k open a span that sums up more than the
// own incident? "since the uprising began", "since 2011", "since the start
// of the year"; "since Saturday" only when the own incident is a single
// strike (an offensive's toll "since Wednesday" is its own). "The deadliest
// since 2019" compares, it does not sum up.
func (x *extractor) sinceAggregate(k int, s sentence) bool {
	if x.comparedBefore(k, s) {
		return false
	}
	for j := k + 1; j < s.b && j <= k+4; j++ {
		t := x.ts[j]
		if _, ok := yearValue(t); ok {
			return true
		}
		if m, ok := x.monthAt(j); ok {
			// "since 5 October" in a report of 10 October: its own escalation
			day, _ := dayValue(x.ts[j-1])
			if d, ok := dayValue(x.ts[min(j+1, s.b-1)]); ok && day == 0 {
				day = d
			}
			return day == 0 || !x.sinceRecent(j, s.a, 0, m, day)
		}
		switch t.w {
		case "start", "beginning", "outbreak", "uprising", "war", "conflict", "revolution", "began",
			"offensive", "campaign", "escalation", "early", "late", "last":
			return true
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
			return x.own.kind == kindStrike
		}
		if t.k == kPunct {
			return false
		}
	}
	return false
}

// comparedBefore: a comparative before k ("the deadliest attack this
// year", "the worst since 2019") compares, it does not sum up.
func (x *extractor) comparedBefore(k int, s sentence) bool {
	for c := k - 1; c >= s.a && c >= k-6; c-- {
		if comparatives[x.ts[c].w] {
			return true
		}
	}
	return false
}

// incidentNouns name an incident (not a weapon: "another missile" is one
// more of the same attack, "another air strike" is another attack).
var incidentNouns = map[string]bool{
	"strike": true, "strikes": true, "airstrike": true, "airstrikes": true, "shelling": true,
	"bombing": true, "bombings": true, "bombardment": true, "explosion": true, "blast": true,
	"incident": true, "massacre": true, "ambush": true,
}

// periodSpan reads "[N] days/weeks/months/years" at k: a span longer than
// two days ("the past seven days", "the last three weeks", "the past month").
func (x *extractor) periodSpan(k int, s sentence) bool {
	n := 1
	if k >= s.b {
		return false
	}
	if v, _, used, ok := parseNumber(x.ts[:s.b], k); ok {
		n, k = v, k+used
	} else if w := x.word(k, s); w == "few" || w == "several" {
		n, k = 3, k+1
	}
	switch x.word(k, s) {
	case "days":
		return n > 2
	case "hours":
		return n > 48
	case "week", "weeks", "month", "months", "year", "years":
		return true
	}
	return false
}

// fromUntil reads "from January 2023 until July 25": a period.
func (x *extractor) fromUntil(k int, s sentence) bool {
	start := false
	if _, ok := x.monthAt(k + 1); ok {
		start = true
	} else if k+1 < s.b {
		_, start = yearValue(x.ts[k+1])
	}
	if !start {
		return false
	}
	for j := k + 2; j < s.b && j <= k+6; j++ {
		switch x.ts[j].w {
		case "until", "till", "to", "through", "and":
			return true
		}
	}
	return false
}

// noteOther records an incident a sentence calls another ("Another
// artillery shelling ... targeted al-Bara"): a later sentence that names
// it again ("the artillery shelling did not result in casualties") tells
// that incident too. One pass over the sentence.
func (x *extractor) noteOther(s sentence) {
	for k := s.a; k+1 < s.b; k++ {
		switch x.ts[k].w {
		case "another", "similar", "separate":
			for j := k + 1; j < s.b && j <= k+3; j++ {
				if w := x.ts[j].w; incidentNouns[w] || eventWords[w] {
					x.other.noun, x.other.si = w, x.si
					return
				}
			}
		}
	}
}

// namesOther: does sentence s name, before pos, the other incident of one
// of the two sentences before it ("the shelling")?
func (x *extractor) namesOther(s sentence, pos int) bool {
	if x.other.noun == "" || x.si <= x.other.si || x.si-x.other.si > 2 {
		return false
	}
	for k := s.a + 1; k < pos && k < s.b; k++ {
		if x.ts[k].w == x.other.noun && (x.ts[k-1].w == "the" || k >= s.a+2 && x.ts[k-2].w == "the") {
			return true
		}
	}
	return false
}

// eventBackground: is the figure at pos of sentence s about another
// incident than the article's own, whatever its date says?
func (x *extractor) eventBackground(s sentence, pos int) bool {
	v := x.sentenceEvent(s)
	if v.aggregate || v.before || v.otherNoun || x.namesOther(s, pos) && !v.ownPlace {
		return true
	}
	if v.other >= 0 && v.other < pos {
		return true
	}
	// fighting told in an article about a strike: "Fighting ... killed
	// dozens of gunmen", "a counteroffensive that has left 50 dead"
	return x.own.kind == kindStrike && v.fighting >= 0 && v.fighting < pos && !v.strike
}

// ownFollowUp: does the sentence tell the own incident by its place (a
// follow-up weeks later: "last week's strike on Kafr Nabl killed nine")?
func (x *extractor) ownFollowUp(s sentence) bool {
	if x.si < x.own.ledeEnd {
		return false // the lede itself: its places are the own ones by definition
	}
	v := x.sentenceEvent(s)
	return v.ownPlace && !v.newEvent
}

// namedRecentEvent: does the sentence name an incident by a recent date
// that modifies it ("last week's strike", "Sunday's attack", "the March 3
// strike")? A lede that does so reports on that incident: a follow-up. A
// date as an adverb ("Two weeks ago, a strike killed") or a year ("the
// 2019 raid") recalls one instead.
func (x *extractor) namedRecentEvent(s sentence) bool {
	for k := s.a; k+1 < s.b && k < s.a+40; k++ {
		w := x.ts[k].w
		j := -1
		switch {
		case (w == "week" || w == "month") && x.word(k-1, s) == "last", enCurrent[w] && x.word(k-1, s) != "on":
			j = k + 1 // "last week's strike" (the tokens drop the 's), "Sunday's attack"
		default:
			if _, ok := x.monthAt(k); ok && x.word(k-1, s) == "the" {
				if _, ok := dayValue(x.ts[k+1]); ok {
					j = k + 2
				}
			}
		}
		if j < 0 {
			continue
		}
		for ; j < s.b && j <= k+3 && x.ts[j].k == kWord; j++ {
			if incidentNouns[x.ts[j].w] || eventWords[x.ts[j].w] {
				return true
			}
		}
	}
	return false
}
