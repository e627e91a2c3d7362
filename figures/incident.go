package figures

import (
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/idlibwatch/idlibwatch/places"
	"github.com/idlibwatch/idlibwatch/reading"
)

// Background by event, not by date: the article's own incident is read
// once from its headline and lede (its kind, its towns from the gazetteer,
// its days, whether it follows up an earlier toll); a figure is background
// when its clause sums up a longer period ("since the uprising began", "in
// March", "this week", "خلال الشهر الجاري", "حصيلة الحملة"), names an
// earlier day than the lede's or another country, tells another incident
// ("another air strike", "separately", "hours after a drone attack", "بعد
// ساعات من هجوم"), or tells fighting or a disaster in an article about a
// strike. A sentence that opens on another incident ("On Monday, ...",
// "Meanwhile in Azaz", "وفي ريف حلب") carries it to the next sentences of
// its paragraph. Another town alone does not make another incident (a
// day's round-up names several); the own town, or a definite name of the
// own incident in a follow-up ("The strike on March 13 had killed 12"),
// keeps a figure its own even when dated weeks back.

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
	fights  bool            // the headline tells fighting too ("shelling and clashes"): it is the own incident's
	head    int             // the headline: the first sentence that is not page furniture
	places  map[string]bool // capitalised place words (not countries or provinces)
	ledeEnd int             // the sentences before it are the headline and lede
	ledeTo  int             // the same, counting a headline cut in two
	placeTo int             // the sentences before it tell the own places (see ledeSentences)

	placeReader *places.Reader // the gazetteer's places of any span, from reading's words
	refMemo     [][]placeRef   // the gazetteer's places of each sentence, when read
	refDone     []bool
	scratch     []placeRef
	gaz         map[string]bool // the places of the headline and lede
	scene       map[string]bool // with none there, the first incident sentence's (readScene)
	sceneRead   bool
	towns       bool            // the lede tells of places in the plural ("towns", "بلدات")
	govs        map[string]bool // and their governorates
	regions     []string        // the districts of the regions among them
	days        bool            // the headline or lede tells the incident's day
	latest      int             // the earliest of those days, in days before publication
	named       uint8           // undated: the weekdays named, a bit each
	roundup     bool            // the lede rounds up several places: they are all its own
	several     bool            // it names several ("across", three towns), not a province alone
	roundWords  bool            // it says so in words: "across", "several", "towns", "وريفها" (singleSite)
	headBroad   bool            // the headline names the province alone (singleSite)
	kinds       kindSet         // the kinds of attack the headline and lede tell (othertown.go)
	northwest   bool            // it names northwest Syria: Idlib, Aleppo, Hama, Latakia
	followUp    bool            // the lede tells a rising toll or names a recent incident
	scope       int             // scopeOther while a paragraph tells another incident
	scopeSi     int             // the sentence that opened the scope
	months      uint16          // the months the headline and lede name, a bit each
	dates       []int           // the days of a month they name, month*100+day
	first       int             // 1 + the token of the first date they name (0: none)
	year        int             // the latest year they name
	monthly     bool            // the lede tells a monthly report: its month is its own
	disaster    bool            // the lede tells an earthquake or a flood
	remnant     bool            // the lede tells a mine or a war remnant going off
	spans       spans           // sentenceSpans of the current sentence
	trigger     map[string]bool // the words of a lede's trigger clause elsewhere (readTrigger)
	elsewhere   bool            // that clause places its incident in another governorate
	trigPlaces  []string        // the capitalised place words of trigger clauses (readIncident)
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
	defer x.readOwnScope()
	n := 0
	for si, read := 0, 0; si < len(x.sents) && read < 2; si++ {
		if x.furniture(si) {
			continue // a byline, a timestamp, a caption: the page's, not the report's
		}
		if read == 0 {
			x.own.head = si // (sentence 0 may be the outlet's name, a menu)
		}
		read++
		s := x.sents[si]
		x.own.ledeEnd = si + 1
		ta, tb := x.triggerClause(s)
		for k := s.a; k < s.b && n < 120; k, n = k+1, n+1 {
			t := &x.ts[k]
			if t.k != kWord || t.ar {
				continue
			}
			if x.own.kind == kindNone {
				if t.is(cStrikeKind) { // strikeKindWords[t.w]
					x.own.kind = kindStrike
				} else if t.is(cFightingKind) { // fightingKindWords[t.w]
					x.own.kind = kindFighting
				}
			}
			if si == x.own.head && t.is(cFightingKind) {
				x.own.fights = true // the headline's: "as shelling and clashes intensify"
			}
			if !t.cap || k == s.a || broadPlaces[t.w] || !placeLeads[x.ts[k-1].w] {
				continue
			}
			if _, ok := x.monthAt(k); ok || enCurrentFilter.May(t.w) && enCurrent[t.w] {
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
					if k >= ta && k < tb {
						// "after a drone attack on Homs": the trigger's
						// place, the own one's only if readTrigger says so
						x.own.trigPlaces = append(x.own.trigPlaces, tj.w)
						continue
					}
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
	// the position of an English since-span of a longer period, or -1:
	// inside a relative clause after the figure ("killed 14 soldiers at
	// a base, which has been besieged since October") it dates the
	// clause's noun only
	since int
	// the position of an Arabic one ("خلال الشهر الجاري"), or -1: inside a
	// relative clause after the figure it tells the clause's noun only
	arAggregate int
	other       int  // position of a marker of another incident ("hours after a drone attack"), or -1
	otherNoun   bool // an incident called another ("another air strike", "a similar blast", "separately")
	before      bool // "before the attack": what it tells came earlier
	fighting    int  // position of the first fighting word, or -1
	strike      bool // a strike word
	ownPlace    bool // names a place of the own incident
	newEvent    bool // an indefinite incident: "a car bomb", "an air strike"
}

// sentenceEvent reads sentence s once (memoized per sentence): linear.
func (x *extractor) sentenceEvent(s sentence) sentEvent {
	if x.evMemo.ok && x.evMemo.si == x.si {
		return x.evMemo.v
	}
	v := sentEvent{other: -1, fighting: -1, arAggregate: -1, since: -1}
	ts := x.ts
	for k := s.a; k < s.b; k++ {
		x.steps++
		t := &ts[k]
		if t.k != kWord {
			if e, ok := x.describingClause(k, s); ok { // (it opens at a comma)
				k = e // what a source or place is ("which has tracked the war since 2011") dates no figure
			}
			continue
		}
		if t.ar {
			if v.arAggregate < 0 && x.arAggregate(k, s) {
				v.arAggregate = k
			}
			if v.other < 0 && stripWawBa(t.w) == "منذ" && x.comparedSince(k, s) {
				v.other = k // "الأعنف منذ مجزرة سوق أريحا": an earlier one
			}
			if v.other < 0 && x.arComesAfter(k, s) {
				v.other = k // "وتأتي الغارات بعد ساعات من قصف ..." (arabic.go)
			}
			if w := stripWawBa(t.w); (w == "اليوم" || w == "الوقت") && (x.word(k+1, s) == "ذاته" || x.word(k+1, s) == "نفسه") &&
				x.word(k+2, s) == "الذي" && v.other < 0 && x.comesBefore(k, s) {
				// "وجاءت الغارة في اليوم ذاته الذي قتل فيه أربعة ...": another
				// incident of that day
				v.other = k
			}
			if w := stripWawBa(t.w); !v.otherNoun && x.si >= x.own.ledeTo && (t.bare&cArEvent != 0 || arWeaponNouns[w]) && !strings.HasPrefix(w, "ال") && x.arOtherAfter(k, s) && !x.namesOwnPlace() {
				// "بمسيّرة انتحارية ثانية", "في هجوم آخر": an incident
				// called another after the lede (a round-up's lede may
				// list "وفي هجوم آخر" as its own), as "another
				// strike" ("الغارة الثانية", definite, is the own one's
				// second blow)
				v.otherNoun = true
			}
			if w := stripWawBa(t.w); t.bare&cArEvent != 0 && !strings.HasPrefix(w, "ال") && w != "قصف" {
				// "بانفجار سيارة مفخخة": an indefinite incident ("بقصف" is
				// also the verb of the own shelling)
				v.newEvent = true
			}
			continue
		}
		w := t.w
		switch {
		case w == "since":
			if x.sinceAggregate(k, s) {
				if v.since < 0 {
					v.since = k
				}
			} else if v.other < 0 && x.comparedSince(k, s) {
				v.other = k // "the deadliest since a market attack killed 12"
			}
		case w == "recalled" || w == "recalling" || w == "remembered":
			// "residents recalled an attack in January that killed four":
			// an indefinite incident recalled is an earlier one
			n := x.word(k+1, s)
			if n == "how" || n == "that" || n == "when" {
				n = x.word(k+2, s)
			}
			if (n == "a" || n == "an") && v.other < 0 {
				v.other = k
			}
		case w == "this" || w == "so":
			if n := x.word(k+1, s); (n == "year" || w == "so" && n == "far" && x.word(k+2, s) == "this") && !x.comparedBefore(k, s) {
				v.aggregate = true
			} else if n == "week" && x.pointIncident() && !x.comparedBefore(k, s) && !x.ordinalBefore(k, s) {
				v.aggregate = true // "has killed 20 people this week", told of one day's strike
			}
		case w == "war" || w == "conflict" || w == "uprising" || w == "revolution":
			// "in the war", "Syria's conflict"; not "a war monitor"
			p, n := x.word(k-1, s), x.word(k+1, s)
			// ("Syria's four-year-old conflict", "the years-long war")
			lasting := strings.HasSuffix(p, "-old") || strings.HasSuffix(p, "-long")
			if (p == "the" || p == "civil" || p == "s" || p == "syria's" || p == "syria" || p == "country" || p == "this" || lasting) &&
				n != "monitor" && n != "monitoring" && n != "crimes" && n != "-" && !x.comparedBefore(k, s) && !(n == ":" && k-s.a <= 4) {
				v.aggregate = true // (not a headline's kicker: "Syria civil war: gunmen kill ...")
			}
		case w == "cumulative":
			v.aggregate = true
		case w == "past" || w == "last":
			// "in the past seven days", "over the last three weeks"; not
			// "last week's strike" (a date)
			if x.word(k-1, s) == "the" && x.periodSpan(k+1, s) {
				v.aggregate = true
			}
		case w == "from" || w == "between":
			// "from January 2023 until July 25", "between December 1,
			// 2019 and February 20, 2020"
			if x.fromUntil(k, s) {
				v.aggregate = true
			}
		case w == "period" || w == "wave":
			// "during that period", "in this wave": the span the text
			// before names
			if p := x.word(k-1, s); p == "that" || p == "this" || p == "same" {
				v.aggregate = true
			}
		case w == "same":
			// "The strike came the same day that shelling on Atarib killed
			// five", "it came on the same day as a car bomb ...": another
			// incident of that day ("later the same day" goes on)
			p := x.word(k-2, s)
			if p == "on" {
				p = x.word(k-3, s)
			}
			if x.word(k-1, s) == "the" && x.word(k+1, s) == "day" && (p == "came" || p == "comes" || p == "come") {
				if n := x.word(k+2, s); (n == "that" || n == "as" || n == "when") && v.other < 0 {
					v.other = k
				}
			}
		case w == "another" || w == "similar" || w == "previous" || w == "prior" || w == "comparable" ||
			w == "separate" && (x.word(k-1, s) == "a" || x.word(k-1, s) == "an"):
			// "a separate attack" opens another incident; "killed in
			// separate shelling" of one push may be the round-up's own
			for j := k + 1; j < s.b && j <= k+3; j++ {
				if incidentNouns[ts[j].w] || fightingKindWords[ts[j].w] || eventWords[ts[j].w] {
					v.otherNoun = w != "another" || !x.sameSite(s)
					break
				}
			}
		case w == "separately":
			v.otherNoun = true
		case w == "before":
			// "had lost 9 pupils before the raid this week"
			if n := x.word(k+1, s); n == "the" || n == "this" || n == "that" {
				if m := x.word(k+2, s); strikeKindWords[m] || eventWords[m] {
					v.before = true
				}
			}
		case w == "after":
			// "came hours after a drone attack on Homs killed dozens"
			// "a day after shelling on Darat Izza killed three": a bare
			// incident noun is another one too ("after the strike" is this one)
			// "comes a day after five soldiers were killed": a count
			// opens another incident's clause too
			p, n := x.word(k-1, s), x.word(k+1, s)
			// "The attack came two days after Russian jets killed 12":
			// after a coming verb and a span, any clause but one that
			// names the own again ("days after the strike", "after it")
			came := false
			for j := k - 2; j >= s.a && j >= k-4; j-- {
				if w := x.ts[j].w; w == "came" || w == "comes" || w == "come" {
					came = true
				}
			}
			came = came && n != "the" && n != "this" && n != "that" && n != "it" && n != "its" && n != "his" && n != "her" && n != "their"
			if (came || n == "a" || n == "an" || strikeKindWords[n] || incidentNouns[n] || x.ts[min(k+1, s.b-1)].k == kNum || enUnits[n] > 1 || enTens[n] > 0) &&
				(p == "hours" || p == "came" || p == "comes" || p == "days" || p == "weeks" || p == "day" || p == "week" ||
					p == "months" || p == "month" || p == "years" || p == "year") {
				if v.other < 0 {
					v.other = k
				}
			}
		case w == "follows" || w == "followed":
			// "It followed a three-month offensive", "The bombardment
			// followed Thursday's drone attack on Homs": what an incident
			// (its noun or "it" just before) follows is another one ("was
			// followed by", "the days that followed" are not read)
			n, p := x.word(k+1, s), x.word(k-1, s)
			subject := p == "it" || p == "this" || strikeKindWords[p] || incidentNouns[p] || fightingKindWords[p]
			if n == "a" || n == "an" || subject && k+1 < s.b && x.ts[k+1].k == kWord && n != "by" {
				if v.other < 0 {
					v.other = k
				}
			}
		}
		if t.is(cFightingKind) && v.fighting < 0 {
			v.fighting = k
		}
		if t.is(cStrikeKind) {
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

// arWeaponNouns name what hits in an incident: "بمسيّرة ثانية", "بقذيفة
// أخرى".
var arWeaponNouns = map[string]bool{
	"مسيره": true, "طائره": true, "قذيفه": true, "قذائف": true, "صاروخ": true, "صواريخ": true,
	"لغم": true, "عبوه": true, "غاره": true, "هجوم": true, "قصف": true, "تفجير": true, "انفجار": true,
}

// arOtherAfter: does one of the three words after the incident noun at k
// call it another ("أخرى", "آخر", "ثانية", "منفصل")? A genitive or a
// place ends the noun phrase first. "بقصف مماثل" is not read: a day's
// round-up tells the same shelling of the next town so.
func (x *extractor) arOtherAfter(k int, s sentence) bool {
	for j := k + 1; j < s.b && j <= k+3; j++ {
		t := x.ts[j]
		if t.k != kWord || !t.ar {
			return false
		}
		switch stripWawBa(t.w) {
		case "اخري", "اخر", "ثانيه", "ثان", "منفصل", "منفصله":
			return true // "ثان": the masculine of ثانية ("في تفجير إرهابي ثان")
		case "علي", "في", "قرب", "من", "استهدف", "استهدفت":
			return false
		}
	}
	return false
}

// comesBefore: does a verb of coming ("جاءت", "تأتي") stand in the four
// words before k: "وجاءت الغارة في اليوم ذاته الذي ..."?
func (x *extractor) comesBefore(k int, s sentence) bool {
	for c := k - 1; c >= s.a && c >= k-4; c-- {
		switch stripWawBa(x.ts[c].w) {
		case "جاءت", "جاء", "تاتي", "ياتي", "اتت", "اتي":
			return true
		}
	}
	return false
}

// comparedSince: does "since" at k follow a superlative or "first" that
// compares the own incident with an earlier one ("the deadliest since",
// "the worst attack on the town since", "the biggest toll since", "the
// first ... since", "الأعنف منذ", "الأكبر منذ")? What follows is that
// earlier incident.
func (x *extractor) comparedSince(k int, s sentence) bool {
	for c := k - 1; c >= s.a && c >= k-7; c-- {
		t := x.ts[c]
		if t.k != kWord {
			return false
		}
		w := t.plain()
		if sinceSuperlatives[w] {
			return true
		}
	}
	return false
}

var sinceSuperlatives = map[string]bool{
	"deadliest": true, "worst": true, "biggest": true, "largest": true, "highest": true,
	"bloodiest": true, "heaviest": true, "first": true, "most": true, "fiercest": true,
	"deadlier": true, "worse": true,
	// folded Arabic
	"الاعنف": true, "الاكبر": true, "الاسوا": true, "الاول": true, "الاولى": true,
	"الاشد": true, "الاكثر": true, "الاعلى": true, "الافظع": true, "الادمى": true, "اعنف": true, "اكبر": true,
}

// arSpanNouns name a span a demonstrative points back to: "خلال هذه
// الموجة", "خلال تلك الفترة".
var arSpanNouns = map[string]bool{
	"الموجه": true, "الفتره": true, "المده": true, "الحمله": true, "السلسله": true, "الهدنه": true,
}

// arSpans are the periods "خلال" sums up ("خلال الشهر الجاري", "خلال
// الأيام الماضية"); hours are left out: the last 24 hours may be the
// own day's.
var arSpans = map[string]bool{
	"الشهر": true, "العام": true, "السنه": true, "الاسبوع": true, "الاشهر": true, "الشهور": true,
	"الاسابيع": true, "الايام": true, "الاعوام": true, "السنوات": true,
}

// arFightingWords tell fighting: an offensive's days are all its own.
var arFightingWords = map[string]bool{
	"اشتباكات": true, "الاشتباكات": true, "معارك": true, "المعارك": true, "مواجهات": true,
	"المواجهات": true, "حمله": true, "الحمله": true, "معركه": true, "المعركه": true,
	"اقتتال": true, "الاقتتال": true,
}

// countOrdinals count an incident within a period ("the second attack this
// week", "ثاني هجوم خلال أسبوع"): the period dates it, it sums up nothing.
var countOrdinals = map[string]bool{
	"second": true, "third": true, "fourth": true, "fifth": true, "latest": true,
	"ثاني": true, "الثاني": true, "الثانيه": true, "ثالث": true, "الثالث": true, "الثالثه": true,
	"رابع": true, "الرابع": true, "الرابعه": true, "خامس": true, "الخامس": true, "الخامسه": true,
}

func (x *extractor) ordinalBefore(k int, s sentence) bool {
	for c := k - 1; c >= s.a && c >= k-6; c-- {
		if countOrdinals[x.ts[c].w] || x.ts[c].ar && countOrdinals[stripWawBa(x.ts[c].w)] {
			return true
		}
	}
	return false
}

// pointIncident: is the own incident one of a day (a strike told on a
// day), not an offensive?
func (x *extractor) pointIncident() bool {
	return x.own.days && x.own.kind != kindFighting && x.si >= x.own.ledeTo
}

// disasterWords name an earthquake or a flood: its toll is another
// incident in an article on a strike.
var disasterWords = map[string]bool{
	"earthquake": true, "earthquakes": true, "quake": true, "quakes": true, "flood": true, "floods": true,
	"زلزال": true, "الزلزال": true, "زلازل": true, "الزلازل": true, "فيضان": true, "فيضانات": true, "السيول": true,
}

// disasterClause: does the figure at pos tell a disaster's toll in an
// article on a strike ("the earthquake, which killed more than 4,500")?
// A sentence that names a strike too ("a strike on a camp for quake
// survivors") tells the strike.
func (x *extractor) disasterClause(s sentence) bool {
	if x.own.disaster || x.si < x.own.ledeTo {
		return false
	}
	found := false
	for k := s.a; k < s.b; k++ {
		x.steps++
		c := x.ts[k].bare // the classes of w, without و or ب for an Arabic word
		if c&(cStrikeKind|cArEvent) != 0 {
			return false
		}
		if c&cDisaster != 0 {
			found = true
		}
	}
	return found
}

// arWeekOrMore: an indefinite span of a week or more ("أسبوع", "شهرين").
func arWeekOrMore(w string) bool {
	switch w {
	case "اسبوع", "اسبوعين", "شهر", "شهرين", "عام", "عامين", "سنه", "سنتين", "الفتره", "سنوات", "اعوام", "اشهر", "شهور":
		return true
	}
	return false
}

// arDaysSpan reads "ثلاثة أيام", "3 أسابيع" at k: a count of days above
// two, or of weeks, months or years.
func (x *extractor) arDaysSpan(k int, s sentence) bool {
	if k >= s.b {
		return false
	}
	n, _, used, ok := parseNumber(x.ts[:s.b], k)
	if !ok {
		return false
	}
	switch stripWawBa(x.word(k+used, s)) {
	case "ايام", "يوما":
		return n > 2
	case "اسابيع", "اشهر", "شهور", "اعوام", "سنوات", "عاما", "شهرا", "اسبوعا":
		return true
	}
	return false
}

// arOwnClashes: does a noun of clashes stand at k ("المواجهات",
// "الاقتتال") in an article whose own incident is fighting? A span from
// their start is then the own incident's, not a longer period's (a
// campaign, الحملة, is longer than one day's shelling, and is not read so).
func (x *extractor) arOwnClashes(k int, s sentence) bool {
	if x.own.kind != kindFighting || k < s.a || k >= s.b {
		return false
	}
	return arClashNouns[stripWawBa(x.ts[k].w)]
}

// arClashNouns name clashes between sides.
var arClashNouns = map[string]bool{
	"اشتباكات": true, "الاشتباكات": true, "مواجهات": true, "المواجهات": true, "معارك": true,
	"المعارك": true, "اقتتال": true, "الاقتتال": true,
}

// arOngoing say that the clashes go on: "الدائر منذ أربعة أيام".
var arOngoing = map[string]bool{
	"الدائر": true, "الدائره": true, "المستمر": true, "المستمره": true, "المتواصل": true, "المتواصله": true,
}

// arAggregate reads an Arabic toll over a longer period at k: "خلال الشهر
// الجاري", "منذ مطلع العام", "منذ عام 2011", "حصيلة الحملة".
func (x *extractor) arAggregate(k int, s sentence) bool {
	w := stripWawBa(x.ts[k].w)
	n := stripWawBa(x.word(k+1, s))
	switch w {
	case "خلال":
		if (n == "شهر" || n == "الشهر") && x.isMonth(k+2) {
			return false // "خلال شهر نيسان": a named month, read as a date
		}
		if n == "هذه" || n == "تلك" || n == "هذا" || n == "ذلك" {
			// "خلال هذه الموجة", "خلال تلك الفترة": the span the text
			// before names ("خلال هذه الغارة" is the own incident)
			return arSpanNouns[stripWawBa(x.word(k+2, s))] || arSpans[stripWawBa(x.word(k+2, s))]
		}
		return (arSpans[n] || arWeekOrMore(n) || x.arDaysSpan(k+1, s)) && !x.comparedBefore(k, s) && !x.ordinalBefore(k, s)
	case "منذ":
		if x.comparedSince(k, s) {
			return false // "الأعنف على المنطقة منذ أشهر": it compares
		}
		if n == "ذلك" {
			// "منذ ذلك الحين": from a start the text before names
			return x.sinceThen(k)
		}
		if arWeekOrMore(n) || x.arDaysSpan(k+1, s) {
			// "منذ أسبوع", "منذ ثلاثة أيام": a week ago, or a week's toll;
			// but "الاقتتال الدائر منذ أربعة أيام" is the own fighting's span
			return !x.arOwnClashes(k-2, s) || !arOngoing[stripWawBa(x.word(k-1, s))]
		}
		if n == "مطلع" || n == "بدايه" || n == "بدء" || n == "اندلاع" || n == "انطلاق" {
			if n != "مطلع" && x.arOwnClashes(k+2, s) {
				return false // "منذ بدء المواجهات" in an article on them: its own toll
			}
			return !x.comparedBefore(k, s)
		}
		if n == "عام" || n == "العام" {
			if k+2 < s.b {
				if _, ok := yearValue(x.ts[k+2]); ok {
					return !x.comparedBefore(k, s)
				}
			}
		}
		if k+1 < s.b {
			if _, ok := yearValue(x.ts[k+1]); ok {
				return !x.comparedBefore(k, s)
			}
		}
		if j := k + 2; k+1 < s.b && x.ts[k+1].k == kNum {
			// "منذ 5 تشرين الأول", "منذ 5 من آذار": a span from a day
			if x.word(j, s) == "من" {
				j++
			}
			if x.isMonth(j) {
				return x.sinceDateSpan(j, s) && !x.comparedBefore(k, s)
			}
		}
		if x.arSinceEvent(k+1, s) {
			return !x.comparedBefore(k, s) // "منذ سقوط الأسد", "منذ انهيار الهدنة"
		}
	case "هذا", "الاسبوع":
		// "هذا الأسبوع", "الأسبوع الجاري", told of one day's strike
		return (w == "هذا" && n == "الاسبوع" || w == "الاسبوع" && (n == "الجاري" || n == "الحالي")) && x.pointIncident() && !x.comparedBefore(k, s) && !x.ordinalBefore(k, s)
	case "بين":
		// "بين 1 كانون الأول 2019 و20 شباط 2020": a span of dates
		for j := k + 1; j < s.b && j <= k+3; j++ {
			_, m := x.monthAt(j)
			_, y := yearValue(x.ts[j])
			if !m && !y {
				continue
			}
			for e := j + 1; e < s.b && e <= j+6; e++ {
				if strings.HasPrefix(x.ts[e].w, "و") || x.ts[e].w == "الى" || x.ts[e].w == "حتي" {
					return true
				}
			}
			return false
		}
	case "حصيله", "ضحايا", "قتلي":
		// the toll of a campaign, an escalation, a war
		return n == "الحمله" || n == "التصعيد" || n == "الحرب" || n == "النزاع" || n == "الصراع"
	}
	return false
}

// arSinceEvent: does an event noun phrase stand at k after منذ, a noun in
// the construct state and its definite genitive ("سقوط الأسد", "انهيار
// الهدنة", "سيطرة الفصائل")? The span from it is longer than the own
// incident, unless the noun names the own incident ("منذ قصف المدينة")
// or an hour of its day ("منذ فجر اليوم", "منذ ساعات الصباح").
func (x *extractor) arSinceEvent(k int, s sentence) bool {
	if k+1 >= s.b {
		return false
	}
	t, g := x.ts[k], x.ts[k+1]
	if t.k != kWord || !t.ar || g.k != kWord || !g.ar || !strings.HasPrefix(g.w, "ال") {
		return false
	}
	w := stripWawBa(t.w)
	if strings.HasPrefix(w, "ال") || len([]rune(w)) < 3 || arDayTimes[w] || arDayTimes[g.w] || g.w == "اليوم" {
		return false
	}
	if t.bare&cArEvent != 0 || arEventWords[w] || arWeaponNouns[w] || arClashNouns[w] || x.isMonth(k) {
		return false // the own incident's noun, or a date
	}
	if gw := strings.TrimPrefix(g.w, "ال"); (w == "انتهاء" || w == "توقف") && (g.bare&cArEvent != 0 || arEventWords[gw] || arWeaponNouns[gw] || arEventWords[g.w] || arWeaponNouns[g.w]) {
		return false // "منذ انتهاء الغارات": the own incident's end (not "منذ استئناف الغارات")
	}
	if _, ok := x.metricAt(k+1, s); ok {
		return false // "منذ وصول الجرحى": its victims' time
	}
	if _, ok := reading.Weekday(w); ok {
		return false
	}
	return !isArNumberWord(w) && !arWeekOrMore(w)
}

// arDayTimes are the hours of a day after منذ: a span from them is the day's.
var arDayTimes = map[string]bool{
	"فجر": true, "صباح": true, "مساء": true, "ظهر": true, "ليل": true, "ليله": true, "ساعات": true,
	"ساعه": true, "منتصف": true, "الفجر": true, "الصباح": true, "المساء": true, "الظهر": true, "الليل": true,
	"يوم": true, "ايام": true, "اسبوع": true,
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
	if n := x.word(k+1, s); n == "then" || n == "that" && x.word(k+2, s) == "time" {
		return x.sinceThen(k)
	}
	// "since the fall of Assad", "since the Sochi deal": an event noun
	// phrase opens a longer span, unless it names the own incident ("since
	// the strike on Tuesday morning") or a time of its day ("since dawn")
	phrase, own := false, false
	for j := k + 1; j < s.b && j <= k+4; j++ {
		t := x.ts[j]
		if _, ok := yearValue(t); ok {
			return true
		}
		if _, ok := x.monthAt(j); ok {
			return x.sinceDateSpan(j, s)
		}
		switch t.w {
		case "start", "beginning", "outbreak", "uprising", "war", "conflict", "revolution",
			"offensive", "campaign", "escalation", "last":
			return true
		case "began", "started", "erupted", "launched":
			// "since the shelling began on Thursday": from its start on;
			// "since the bombardment began at dawn": the own day's
			return !x.startedToday(j, s)
		case "early", "late":
			if n := x.word(j+1, s); enCurrent[n] || dayTimes[n] || x.isMonth(j+1) {
				continue // "since late Thursday", "since early March": read at the day
			} else if n == "hours" {
				return false // "since the early hours": the own day's
			}
			return true
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
			// "since Monday" sums days in a strike's article, unless it is
			// the strike's own day ("kept on a ventilator since Friday")
			if own {
				return false // "since the strike on Tuesday"
			}
			if back, ok := x.dayAt(j, s); ok && back >= 0 && x.own.days && x.own.latest >= 0 && back == x.own.latest {
				return false
			}
			return x.own.kind == kindStrike
		}
		if dayTimes[t.w] {
			return false // "since dawn", "since the morning": the own day's hours
		}
		if t.k == kPunct {
			break
		}
		if j <= k+3 && x.word(k+1, s) == "the" && j > k+1 && t.k == kWord && !t.cap && !t.hy && !phrase {
			if incidentNouns[t.w] || strikeKindWords[t.w] || eventWords[t.w] {
				own = true // "since the strike": the own incident's
			}
			// a noun phrase of its own: "the fall of Assad", "the truce."
			// ("since the alliance, which ..., launched" is a clause's subject)
			switch n := x.word(j+1, s); {
			case n == "of":
				phrase = true
				// "since the arrival of the wounded", "since the end of the
				// raids": a time of the own incident's victims or its end
				// (not "since the resumption of strikes")
				for o := j + 2; o < s.b && o <= j+4; o++ {
					w := x.ts[o].w
					if _, ok := x.metricAt(o, s); ok || t.w == "end" && (incidentNouns[w] || strikeKindWords[w] || eventWords[w]) {
						own = true
					}
				}
			case n == "" || n == ".":
				phrase = true
			case n == "," || n == "،":
				nn := x.word(j+2, s)
				phrase = nn != "which" && nn != "who" && nn != "that"
			}
		}
	}
	return phrase && !own
}

// startedToday: does the start told by the verb at k stand at an hour of
// the own day ("began at dawn", "started this morning", "erupted on
// Tuesday night" when Tuesday is the own incident's day)? A span from it
// is the own day's, not a longer period's.
func (x *extractor) startedToday(k int, s sentence) bool {
	for j := k + 1; j < s.b && j <= k+4; j++ {
		if w := x.ts[j].w; dayTimes[w] || w == "hours" {
			return true
		}
		if back, ok := x.dayAt(j, s); ok {
			if back < 0 || !x.own.days || back != x.own.latest {
				return false // another day than the own
			}
		}
		if x.ts[j].k == kPunct {
			break
		}
	}
	return false
}

// sinceDateSpan: does a span from the date at the month k ("since 5
// October", "منذ 5 تشرين الأول") sum up more than the own incident? A
// month alone does; a day does unless it is the own incident's day, or a
// day a few days back, the start of the article's own escalation counted
// up to now, when the article told no own figure of a later day ("At
// least 15 were killed on 6 October. Since 5 October, at least 33 ...":
// the span is longer than its incident).
func (x *extractor) sinceDateSpan(k int, s sentence) bool {
	day, ok := x.monthDay(k, s.a, s.b)
	if !ok {
		return true
	}
	if x.ownCalendarDay(k, s) || x.sinceOwnDay(k, s) {
		return false
	}
	m, _ := x.monthAt(k)
	return !x.sinceRecent(k, s.a, 0, m, day) || x.ownFigureAfter(k, s)
}

// ownFigureAfter: has the article told an own figure, before sentence s,
// in a sentence dated to a day after the calendar day at the month k?
func (x *extractor) ownFigureAfter(k int, s sentence) bool {
	since, ok := x.calendarBack(k, s)
	if !ok {
		return false
	}
	last := -1
	for i, si := range x.figSent {
		if si >= x.si || si == last || x.figs[i].Background {
			continue
		}
		last = si
		t := x.sents[si]
		for j := t.a; j < t.b; j++ {
			x.steps++
			back, ok := x.calendarBack(j, t)
			if !ok {
				back, ok = x.dayAt(j, t)
			}
			if ok && back >= 0 && back < since {
				return true
			}
		}
	}
	return false
}

// sinceOwnDay: is the calendar day at the month k the own incident's day
// (the earliest day the lede tells, counted back from publication)?
func (x *extractor) sinceOwnDay(k int, s sentence) bool {
	back, ok := x.calendarBack(k, s)
	return ok && x.own.days && back == x.own.latest
}

// dayTimes are the hours of a day: a span from one of them is the day's.
var dayTimes = map[string]bool{
	"dawn": true, "daybreak": true, "morning": true, "noon": true, "midday": true, "afternoon": true,
	"evening": true, "night": true, "midnight": true, "overnight": true, "today": true,
}

// sinceThen: does "since then" at k ("منذ ذلك الحين") count from the start
// of a longer period that the text before it names, in its sentence or
// the one before ("stepped up their bombardment since late April. More
// than 350 civilians have been killed since then"; "a 2018 deal ... since
// then")? A year, a month without a day, a span that began: the toll sums
// up that period. After the own incident's day ("on Tuesday morning.
// Since then, the toll has risen") it follows up the own incident.
func (x *extractor) sinceThen(k int) bool {
	a := x.sents[x.si].a
	if x.si > 0 && x.si-1 >= x.own.ledeEnd {
		a = x.sents[x.si-1].a
	}
	for j := a; j < k; j++ {
		x.steps++
		t := x.ts[j]
		if t.k != kWord {
			continue
		}
		if _, ok := yearValue(t); ok {
			return true
		}
		if _, ok := x.monthAt(j); ok {
			if _, d := x.monthDay(j, 0, len(x.ts)); !d {
				return true
			}
		}
		switch stripWawBa(t.w) {
		case "began", "begun", "started", "launched", "deal", "agreement", "ceasefire", "truce", "offensive", "campaign",
			"بدات", "بدا", "انطلقت", "اتفاق", "الاتفاق", "الهدنه", "هدنه", "الحمله", "حمله", "اطلاق":
			return true
		}
	}
	return false
}

// comparedBefore: a comparative before k ("the deadliest attack this
// year", "the worst since 2019") compares, it does not sum up.
func (x *extractor) comparedBefore(k int, s sentence) bool {
	brk := false
	for c := k - 1; c >= s.a && c >= k-12; c-- {
		brk = brk || x.clauseBreak(c) || x.ts[c].k == kNum
		if c < k-6 && brk {
			// further back, only within the clause: "one of the
			// deadliest attacks on the opposition-held region this year"
			break
		}
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
// it again ("that shelling caused no casualties") tells
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
	if x.own.scope == scopeOther && x.own.scopeSi == x.si {
		return true // the sentence opens on another incident: "Separately, ..."
	}
	if x.otherEvent(s, pos, v) || x.namesTrigger(s, v) {
		return true
	}
	// the place and day of the figure's clause, read last: the dearest
	// test (clauseScope reads the sentence's places)
	switch x.clauseScope(s, pos, true) {
	case scopeOther:
		return true
	case scopeNone:
		return x.own.scope == scopeOther && !v.ownPlace
	}
	return false
}

// otherEvent: does sentence s tell, at pos, another incident by what it
// names (a month's or a disaster's toll, an earlier year, a tally, an
// incident before the own, a mine), whatever its place and day?
func (x *extractor) otherEvent(s sentence, pos int, v sentEvent) bool {
	if m := x.sentenceSpans(s); m.month || m.disaster || m.year >= 0 && m.year < pos {
		return true
	}
	if v.arAggregate >= 0 && (v.arAggregate < pos || !x.relativeBetween(pos, v.arAggregate, s.b)) {
		return true
	}
	// "were led out before the blast and were unharmed": a zero tells how
	// its subject came out of the incident, what came before is the
	// subject's escape, not another incident
	before := v.before && !x.zeroing
	if v.since >= 0 && (v.since < pos || !x.relativeBetween(pos, v.since, s.b)) {
		return true
	}
	if v.aggregate || before || v.otherNoun || x.namesOther(s, pos) && !v.ownPlace {
		return true
	}
	if v.other >= 0 && v.other < pos {
		return true
	}
	if x.remnantClause(s, pos) {
		return true
	}
	// fighting told in an article about a strike: "Fighting ... killed
	// dozens of gunmen", "a counteroffensive that has left 50 dead"
	return x.own.kind == kindStrike && !x.own.fights && v.fighting >= 0 && v.fighting < pos && !v.strike
}

// remnantClause: does the figure's sentence tell a mine or a war remnant
// going off ("killed by a landmine", "بانفجار لغم") before or just after
// the figure, in an article whose own incident is a strike or fighting?
// That is another kind of incident: a mine is laid long before, it is no
// part of the day's shelling or clashes. An article about a mine has it as
// its own; a sentence on the own town is left to the other signals.
func (x *extractor) remnantClause(s sentence, pos int) bool {
	if x.own.kind == kindNone || x.own.remnant || x.own.roundup || x.si < x.own.ledeTo || x.namesOwnPlace() {
		return false // (a round-up of a day's attacks has its mine too)
	}
	for k := s.a; k < s.b && k < pos+12; k++ {
		w := x.ts[k].plain()
		switch w {
		case "landmine", "landmines", "unexploded", "ordnance", "bomblet", "bomblets", "لغم", "الغام", "اللغم":
			return true
		case "mine":
			if p := x.word(k-1, s); p == "a" || p == "land" || p == "the" {
				return true
			}
		}
	}
	return false
}

// isYear: is a number token a year ("2011", "٢٠١١") rather than a count?
func isYear(t tok) bool {
	_, ok := yearValue(t)
	return ok
}

// describingClause: does a relative clause between commas open at k (",
// which has tracked the war since 2011,", "، التي توثق الانتهاكات منذ عام
// 2011،") and hold no number, so that it describes the noun before it
// rather than telling a figure's incident? It returns the closing comma.
func (x *extractor) describingClause(k int, s sentence) (int, bool) {
	ts := x.ts
	if ts[k].w != "," && ts[k].w != "،" || k+1 >= s.b {
		return k, false
	}
	switch stripWawBa(ts[k+1].w) {
	case "which", "who", "whose", "الذي", "التي", "الذين":
	default:
		return k, false
	}
	for j := k + 2; j < s.b && j <= k+30; j++ {
		x.steps++
		switch t := ts[j]; {
		case t.k == kNum && !isYear(t) || t.cls&cNumberWord != 0 && t.w != "one":
			return k, false // a clause with a count may tell a toll of its own
		case t.k == kNL || t.k == kQuote:
			return k, false
		case t.w == "," || t.w == "،":
			return j, true
		}
	}
	return k, false
}

// ownFollowUp: does the sentence tell the own incident by its place (a
// follow-up weeks later: "last week's strike on Kafr Nabl killed nine")?
func (x *extractor) ownFollowUp(s sentence) bool {
	if x.si < x.own.ledeTo || len(x.recalled) > 0 {
		// the lede itself: its places are the own ones by definition; an
		// anniversary names the place of the event it recalls
		return false
	}
	v := x.sentenceEvent(s)
	if v.newEvent {
		return false
	}
	// a follow-up article tells its incident again by a definite name:
	// "The strike on March 13 had killed 12", "وكانت الغارة قد أسفرت"
	return v.ownPlace || x.namesOwnPlace() || x.own.followUp && x.ownReference(s) && !x.namesOtherPlace(s)
}

// namesOwnPlace: does the current sentence name a town of the own
// incident (the gazetteer's, both languages)?
func (x *extractor) namesOwnPlace() bool {
	if len(x.own.gaz) == 0 {
		return false
	}
	for _, r := range x.sentRefs(x.si) {
		if !r.broad && x.own.gaz[r.name] {
			return true
		}
	}
	return false
}

// ownReference: does the sentence name an incident of the own kind as
// known already ("the strike", "the blast", "الغارة", "القصف")?
func (x *extractor) ownReference(s sentence) bool {
	for k := s.a; k < s.b && k < s.a+12; k++ {
		t := x.ts[k]
		if t.ar {
			w := stripWawBa(t.w)
			if strings.HasPrefix(w, "ال") && (arEventWords[w] || arEventWords[strings.TrimPrefix(w, "ال")]) {
				return true
			}
			continue
		}
		if t.w != "the" {
			continue
		}
		for j := k + 1; j < s.b && j <= k+3; j++ {
			if w := x.ts[j].w; strikeKindWords[w] || incidentNouns[w] {
				return true
			}
		}
	}
	return false
}

// spans is what a sentence says of time and kind that does not depend on
// where its figure stands, read once per sentence.
type spans struct {
	si       int
	month    bool // a toll over a whole month (monthAggregate)
	disaster bool // a disaster's toll (disasterClause)
	year     int  // undated: the first year that dates another incident, or -1
}

func (x *extractor) sentenceSpans(s sentence) spans {
	if m := x.own.spans; m.si == x.si+1 {
		return m
	}
	m := spans{si: x.si + 1, month: x.monthAggregate(s), disaster: x.disasterClause(s), year: x.undatedYear(s)}
	x.own.spans = m
	return m
}

// undatedYear: in an article with no date whose lede names no year, a
// year before the figure ("The town was last hit in 2020, when a strike
// killed nine") dates another incident. "The deadliest since 2019"
// compares.
func (x *extractor) undatedYear(s sentence) int {
	if !x.pub.IsZero() || x.own.year != 0 || x.si < x.own.ledeTo {
		return -1
	}
	for k := s.a; k < s.b; k++ {
		x.steps++
		if _, ok := yearValue(x.ts[k]); !ok || x.namesAgreement(k, s.a, s.b) || x.comparedBefore(k, s) {
			continue
		}
		if p := stripWawBa(x.word(k-1, s)); p != "since" && p != "منذ" {
			return k
		}
	}
	return -1
}

// monthAggregate: a whole month ("In March the network documented",
// "خلال شهر آذار", "its monthly report") in an article on an incident of
// one day is a toll over a longer period. A lede that names the month
// itself reports on it.
func (x *extractor) monthAggregate(s sentence) bool {
	if !x.own.days || x.own.kind == kindFighting || x.own.months != 0 || x.own.monthly {
		return false
	}
	for k := s.a; k < s.b; k++ {
		x.steps++
		t := x.ts[k]
		if t.k != kWord {
			continue
		}
		w := t.plain()
		switch w {
		case "monthly", "الشهري", "الشهريه":
			return true
		}
		if _, ok := x.monthAt(k); !ok || x.comparedBefore(k, s) || x.namesAgreement(k, s.a, s.b) {
			continue // "the deadliest since March", "the March 2020 ceasefire"
		}
		if x.monthNamedAgain(k, s.a) {
			continue // "العاشر من مايو أيار": read at its first name
		}
		if _, d := x.monthDay(k, 0, s.b); d {
			continue
		}
		if k > s.a && (x.ts[k-1].w == "من" || x.ts[k-1].w == "since" || x.ts[k-1].w == "منذ") {
			continue // "2 من آذار", "since March": read elsewhere
		}
		return true
	}
	return false
}

// namedRecentEvent: does the sentence name an incident by a recent date
// that modifies it ("last week's strike", "Sunday's attack", "the March 3
// strike")? A lede that does so reports on that incident: a follow-up. A
// date as an adverb ("Two weeks ago, a strike killed") or a year ("the
// 2019 raid") recalls one instead.
func (x *extractor) namedRecentEvent(s sentence) bool {
	return x.namedRecentAt(s) >= 0
}

// namedRecentAt is the token where namedRecentEvent finds the incident
// named by its recent date (its noun, or its date before it), or -1.
func (x *extractor) namedRecentAt(s sentence) int {
	for k := s.a; k+1 < s.b && k < s.a+40; k++ {
		w := x.ts[k].w
		if x.ts[k].ar {
			if x.arNamedRecent(k, s) {
				return k
			}
			continue
		}
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
				return k
			}
		}
	}
	return -1
}

// arNamedRecent: does an Arabic event noun at k take a recent date as its
// genitive, as "last week's strike" does: "قصف الأسبوع الماضي", "غارة
// الأحد", "مجزرة يوم الثلاثاء", "هجوم أمس"? The noun has no article: the
// date makes it definite.
func (x *extractor) arNamedRecent(k int, s sentence) bool {
	w := stripWawBa(x.ts[k].w)
	if !arEventWords[w] || strings.HasPrefix(w, "ال") {
		return false
	}
	n := x.word(k+1, s)
	if n == "يوم" {
		n = x.word(k+2, s)
	}
	switch {
	case n == "الاسبوع" || n == "الشهر":
		switch x.word(k+2, s) {
		case "الماضي", "الفائت", "المنصرم":
			return true
		}
	case arCurrent[n] && n != "فجر":
		return true // "غارة الأحد", "قصف أمس"
	}
	return false
}

// sameAsHeadline: is the incident of a lede or follow-up sentence (its
// first token a) the headline's, by its places? A sentence that names
// towns before pos, or in pos's clause (up to b), none of them the
// headline's, while the headline names its own, tells another incident
// ("after last week's strike on Sarmin that killed 12, shells hit
// Binnish" under a headline on Binnish). With no town on either side the
// two are one.
func (x *extractor) sameAsHeadline(a, pos, b int) bool {
	h := x.own.head
	if h < 0 || h >= len(x.sents) || x.sents[h].a == a {
		return true
	}
	head := false
	for _, r := range x.sentRefs(h) {
		if !r.broad {
			head = true
		}
	}
	if !head {
		return true
	}
	end := pos
	for end < b && x.ts[end].w != "," && x.ts[end].w != "،" {
		end++
	}
	if end <= a || x.noPlaceIn(a, end) {
		return true
	}
	// the gazetteer's every match: "بعد أسبوع من قصف سرمين" names the
	// town after من, which placesIn leaves to the displaced
	named := false
	for _, m := range x.placeReader().Matches(x.ts[a].s, x.ts[end-1].e) {
		if broadGazetteer[m.Place.Name] {
			continue
		}
		for _, hr := range x.sentRefs(h) {
			if hr.name == m.Place.Name {
				return true
			}
		}
		named = true
	}
	return !named
}

// The own incident's places and days, and the scope of a recap.
//
// Places come from the gazetteer (package places: English spellings and
// Arabic names with their clitics, وفي أريحا, بسرمدا), so both languages
// read them alike. A figure whose clause names another place than the
// headline and lede, or an earlier weekday than theirs, tells another
// incident; a sentence that opens on such a place or day ("On Monday,
// ...", "وفي أريحا، ...") carries that scope to the next sentences of its
// paragraph until one names the own place or day again.

// placeRef is a place of the gazetteer named at token tok.
type placeRef struct {
	tok      int
	name     string
	district string
	gov      string // governorate: "Idlib", "Aleppo", "Lebanon"
	region   bool
	broad    bool // a province's name: "Idlib", "Aleppo"
}

// broadGazetteer are places whose name is also their province's or the
// seat of government: "in Idlib" says little about which incident.
var broadGazetteer = map[string]bool{"Idlib": true, "Aleppo": true, "Hama": true, "Latakia": true, "Damascus": true}

// foreignWords are one-word names of other countries and their cities
// (the countries of the gazetteer's places beyond Syria), in the tokens'
// normal form.
var foreignWords = func() map[string]string {
	m := map[string]string{}
	for g, names := range map[string][]string{
		"Palestine": {"Gaza", "غزة", "Rafah", "رفح", "Israel", "إسرائيل"},
		"Lebanon":   {"Lebanon", "لبنان", "Beirut", "بيروت", "Nabatieh", "النبطية"},
		"Iraq":      {"Iraq", "العراق", "Baghdad", "بغداد", "Mosul", "الموصل"},
		"Ukraine":   {"Ukraine", "أوكرانيا", "Kyiv", "Kiev", "كييف", "Kharkiv", "خاركيف"},
		"Yemen":     {"Yemen", "اليمن"},
	} {
		for _, n := range names {
			m[normWord(n)] = g
		}
	}
	return m
}()

// foreignClause: does the clause of the figure at pos name another country
// than the own incident's ("killed in an attack in northern Iraq")?
// (Turkey is left out: an earthquake's toll spans both.)
func (x *extractor) foreignClause(s sentence, pos int) bool {
	if len(x.own.govs) == 0 {
		return false
	}
	at := func(k int) bool {
		t := &x.ts[k]
		if t.k != kWord {
			return false
		}
		g, ok := foreignWord(t.w)
		if !ok && t.ar {
			g, ok = foreignWord(stripWawBa(t.w))
		}
		if !ok {
			return false
		}
		if tx := x.text[t.s:t.e]; (strings.HasSuffix(tx, "'s") || strings.HasSuffix(tx, "’s")) && k+1 < s.b && actorNouns[x.ts[k+1].w] {
			return false // "Lebanon's Hezbollah": whose, not where
		}
		// "BEIRUT (Reuters) -", "Beirut/Amman:": where the wire writes
		// from, not where the incident was
		return !x.own.govs[g] && !x.dateline(k, s)
	}
	for k := pos; k >= s.a && k > pos-30 && !x.clauseBreak(k); k-- {
		if at(k) {
			return true
		}
	}
	for k := pos + 1; k < s.b && k < pos+30 && !x.clauseBreak(k); k++ {
		if at(k) {
			return true
		}
	}
	return false
}

// foreignWord is foreignWords[w], asked of foreignFilter first:
// foreignClause asks up to 60 words of each figure, and most leave there.
func foreignWord(w string) (string, bool) {
	if !foreignFilter.May(w) {
		return "", false
	}
	g, ok := foreignWords[w]
	return g, ok
}

// placeSkips before a place name say it is not where the incident was: the
// hospital the wounded were taken to, where people came from.
var placeSkips = map[string]bool{
	"hospital": true, "hospitals": true, "clinic": true, "to": true, "from": true, "towards": true,
	"displaced": true, "fled": true,
	"مشفي": true, "مستشفي": true, "المشفي": true, "المستشفي": true, "مشافي": true, "المشافي": true,
	"الي": true, "من": true, "نحو": true, "نازحين": true, "مهجرين": true,
	"مسعفون": true, "مسعفين": true,
}

// noPlaceIn: do tokens [a, b) surely name no place (places.Reader.Empty)?
func (x *extractor) noPlaceIn(a, b int) bool {
	if a >= b {
		return true
	}
	return x.placeReader().Empty(x.ts[a].s, x.ts[b-1].e)
}

// placeReaders keeps the place readers of articles done, each Reset to
// no text: a reader's room for a span's words and places serves the next
// article.
var placeReaders sync.Pool

// placeReader is the article's place reader, taken from placeReaders
// when first asked; putPlaceReader gives it back.
func (x *extractor) placeReader() *places.Reader {
	if x.own.placeReader == nil {
		r, ok := placeReaders.Get().(*places.Reader)
		if !ok {
			r = new(places.Reader)
		}
		r.Reset(x.text, x.doc.Tokens)
		x.own.placeReader = r
	}
	return x.own.placeReader
}

// putPlaceReader gives the article's place reader back to placeReaders;
// no figure holds a match.
func (x *extractor) putPlaceReader() {
	if r := x.own.placeReader; r != nil {
		r.Reset("", nil)
		placeReaders.Put(r)
		x.own.placeReader = nil
	}
}

// placesIn finds the gazetteer's places named in tokens [a, b) and
// appends them to out.
func (x *extractor) placesIn(a, b int, out []placeRef) []placeRef {
	if a >= b {
		return out
	}
	k := a
	for _, m := range x.placeReader().Matches(x.ts[a].s, x.ts[b-1].e) {
		for k < b && x.ts[k].e <= m.Start {
			k++
		}
		if k >= b {
			break
		}
		if x.ts[k].s >= m.End || x.placeSkipped(k) && !x.incidentAfter(k, b, m.End) {
			continue
		}
		p := m.Place
		if x.outletNameAt(m.Start) {
			continue // "Sarmin Today's reporter", "مراسل أريحا نت": the page's outlet, not a place
		}
		if x.possessiveActor(m.End) {
			continue // "Lebanon's Hezbollah", "Russia's Defense Ministry": who, not where
		}
		gov := p.Governorate
		if gov == "" {
			gov = "Idlib"
		}
		// a province's name is broad, but not where it is named as its
		// city ("مدينة إدلب", "Idlib city": cityNamed), a town like any other
		out = append(out, placeRef{tok: k, name: p.Name, district: p.District, gov: gov,
			region: p.Kind == places.Region, broad: broadGazetteer[p.Name] && !x.cityNamed(k)})
	}
	return out
}

// outletNameAt: does the page's own outlet's name, of two words or more
// (the masthead, see ownOutlet), open at byte i? A place in it ("Sarmin
// Today", "أريحا نت") names the outlet, not where anything happened.
func (x *extractor) outletNameAt(i int) bool {
	n := x.site.name
	if n == "" || !strings.Contains(n, " ") || len(x.text)-i < len(n) {
		return false
	}
	return strings.EqualFold(x.text[i:i+len(n)], n)
}

// actorNouns name a side or a body, not a place: after a possessive place
// ("Lebanon's Hezbollah", "Turkey's Defense Ministry") the place names
// whose it is, not where an incident was ("Idlib's central prison" is).
var actorNouns = map[string]bool{
	"hezbollah": true, "defense": true, "defence": true, "ministry": true, "army": true, "military": true,
	"government": true, "president": true, "foreign": true, "interior": true, "prime": true,
	"officials": true, "leader": true, "forces": true, "state": true, "health": true,
}

// possessiveActor: does the text at byte e go on with a possessive and a
// side or a body ("'s Hezbollah")?
func (x *extractor) possessiveActor(e int) bool {
	rest := x.text[e:]
	switch {
	case strings.HasPrefix(rest, "'s "):
		rest = rest[3:]
	case strings.HasPrefix(rest, "’s "):
		rest = rest[len("’s "):]
	default:
		return false
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '\n' })
	if end < 0 {
		end = len(rest)
	}
	return actorNouns[strings.ToLower(rest[:end])]
}

// incidentAfter: does an incident noun follow the place that ends at end
// (token k its first, b the span's end): "the toll from the Homs attack"
// names the incident by its place, not where someone came from?
func (x *extractor) incidentAfter(k, b, end int) bool {
	for j := k; j < b && j < k+5; j++ {
		if x.ts[j].s >= end {
			w := x.ts[j].w
			return incidentNouns[w] || eventWords[w]
		}
	}
	return false
}

// placeSkipped: is the place at k where the wounded were taken or people
// came from, not where the incident was?
func (x *extractor) placeSkipped(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := x.ts[j].plain()
		if placeSkips[w] {
			return true
		}
		if x.ts[j].k == kNL {
			break
		}
	}
	return false
}

// sentRefs returns the places of sentence si, read once per sentence and
// only for the sentences that ask (the lede, those with figures): the
// gazetteer scan is the dearest step of reading a place.
func (x *extractor) sentRefs(si int) []placeRef {
	if x.own.refDone == nil {
		x.own.refDone = make([]bool, len(x.sents))
		x.own.refMemo = make([][]placeRef, len(x.sents))
	}
	if !x.own.refDone[si] {
		s := x.sents[si]
		refs := x.placesIn(s.a, s.b, nil)
		kept := refs[:0]
		for _, r := range refs {
			if !x.inSourceName(si, r.tok) {
				kept = append(kept, r)
			}
		}
		x.own.refMemo[si] = kept
		x.own.refDone[si] = true
	}
	return x.own.refMemo[si]
}

// inSourceName: is token k inside the name of a speaker of sentence si,
// where the speaker is, not where the incident was ("وذكر المكتب
// الإعلامي في مدينة حلب أن", "the army's press office in Latakia
// said")? The name runs from the subject read before the verb to the
// verb, or, verb first, from the verb to its complement (أن, بأن, that)
// within eight words.
func (x *extractor) inSourceName(si, k int) bool {
	if x.attrFrom == nil || si+1 >= len(x.attrFrom) {
		return false
	}
	for _, a := range x.attrs[x.attrFrom[si]:x.attrFrom[si+1]] {
		if a.cont || a.raw == "" || a.cite {
			continue
		}
		if a.subj && a.from >= 0 && a.from <= k && k < a.pos {
			return true
		}
		if a.pos < k && k <= a.pos+8 && x.ts[a.pos].ar {
			for j := a.pos + 1; j <= k; j++ {
				switch stripWawBa(x.ts[j].w) {
				case "ان", "بان", "انه", "بانه", ":", "،", ",", "عن":
					return false
				}
			}
			return true
		}
	}
	return false
}

// releaseVerbs date a document, not an incident: "released on Wednesday".
var releaseVerbs = map[string]bool{
	"released": true, "issued": true, "published": true, "dated": true,
	"الصادر": true, "الصادره": true, "نشر": true, "نشرت": true, "اصدر": true, "اصدرت": true,
}

// dayAt reads the day an incident is told on at token k: a weekday, or
// today or yesterday when the publication date is known. The day a
// statement was made ("said on Monday", "وقال يوم الاثنين") is not the
// incident's. It returns how many days before publication the day lies
// (a weekday: within the week up to it), or -1 when unknown.
func (x *extractor) dayAt(k int, s sentence) (back int, ok bool) {
	back, ok, reported := x.dayMark(k, s)
	return back, ok && !reported
}

// dayMark reads the day at k as dayAt does, and says whether it is the
// day of a statement.
func (x *extractor) dayMark(k int, s sentence) (back int, ok, reported bool) {
	t := &x.ts[k]
	if t.k != kWord {
		return 0, false, false
	}
	w := t.plain() // the weekdays are read without و or ب
	wd, named := reading.Weekday(w)
	rel := -1
	if t.ar {
		if named && w == "الاثنين" {
			// also "the two": a day only after يوم, اليوم, أمس, صباح ...
			p := stripWawBa(x.word(k-1, s))
			named = p == "يوم" || p == "اليوم" || p == "امس" || p == "صباح" || p == "مساء" || p == "ليله" || p == "فجر" || x.word(k+1, s) == "الماضي"
		}
		switch w {
		case "اليوم":
			if n := x.word(k+1, s); n == "السابق" || n == "الفائت" || n == "التالي" {
				return 0, false, false // "اليوم السابق": the day before, see dayBefore
			}
			nd, _ := reading.Weekday(stripWawBa(x.word(k+1, s))) // Sunday when none
			if n := x.word(k+1, s); n != "" && nd == time.Sunday && n != "الاحد" && (x.word(k-1, s) == "حتي" || x.word(k-1, s) == "الي") {
				return 0, false, false // "حتى اليوم": up to now, a span
			}
			rel = 0
		case "امس":
			rel = 1
		}
	} else {
		switch w {
		case "today", "tonight":
			rel = 0
		case "yesterday":
			rel = 1
		}
	}
	if !named && rel < 0 {
		if back, ok = x.calendarBack(k, s); ok {
			return back, true, x.reportedDay(k, s)
		}
		return 0, false, false
	}
	back, ok = x.dayBack(named, wd, rel)
	return back, ok, ok && x.reportedDay(k, s)
}

// calendarBack reads a day of the month at the month k ("23 November",
// "November 23, 2019", "23 تشرين الثاني الفائت") as days before
// publication: a clause that dates its incident by the calendar names its
// day as surely as by a weekday. Without a year it is the latest such day
// up to publication; a day after publication, or a page with no date, is
// not read.
func (x *extractor) calendarBack(k int, s sentence) (int, bool) {
	if x.pub.IsZero() {
		return 0, false
	}
	m, ok := x.monthAt(k)
	if !ok {
		return 0, false
	}
	d, ok := x.monthDay(k, s.a, s.b)
	if !ok {
		return 0, false
	}
	y := x.pub.Year()
	explicit := false
	for j := k + 1; j < s.b && j <= k+4; j++ {
		if v, isY := yearValue(x.ts[j]); isY {
			y, explicit = v, true
			break
		}
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	pub := time.Date(x.pub.Year(), x.pub.Month(), x.pub.Day(), 0, 0, 0, 0, time.UTC)
	if t.After(pub) && !explicit {
		t = t.AddDate(-1, 0, 0)
	}
	if t.After(pub) {
		return 0, false
	}
	return int(pub.Sub(t).Hours() / 24), true
}

// calendarDay: is the token at k a month (the day calendarBack reads)?
func (x *extractor) calendarDay(k int) bool {
	_, ok := x.monthAt(k)
	return ok
}

// ownCalendarDay: is the calendar day at the month k one the lede names?
func (x *extractor) ownCalendarDay(k int, s sentence) bool {
	m, _ := x.monthAt(k)
	if x.own.months&(1<<uint(m)) != 0 && (x.own.monthly || len(x.own.dates) == 0) {
		// a day of the month a monthly report (or a lede that names its
		// month alone) tells: part of its own span
		return true
	}
	d, ok := x.monthDay(k, s.a, s.b)
	return ok && x.ownDate(m, d)
}

// reportedDay: is the day at k the day a statement was made ("said on
// Monday", "وقال يوم الاثنين", "released on Wednesday")?
func (x *extractor) reportedDay(k int, s sentence) bool {
	if x.frameDay(k) {
		return true // "..., said a monitor on Wednesday" (source.go)
	}
	// the verb up to six words before, past adverbials of the statement
	// ("said at a briefing on Monday", "وقال في تصريح للصحفيين فجر
	// الجمعة", "أعلن في وقت سابق مساء الخميس"), not past what it said
	adverbial := true
	for j := k - 1; j >= s.a && j >= k-6; j-- {
		t := &x.ts[j]
		if w := t.w; t.is(cSpeech) || releaseVerbs[w] || t.ar && (arSpeechVerbs[stripWawBa(w)] || releaseVerbs[stripWawBa(w)]) {
			return j >= k-3 || adverbial
		}
		if t.w == "," {
			// "As we announced, on April 17th forces raided ...": the day
			// opens the clause after the comma, not the statement's
			return false
		}
		adverbial = adverbial && t.k == kWord && statementAdverbial(t)
		if j <= k-3 && !adverbial {
			return false
		}
	}
	return false
}

// statementAdverbial: may the word stand between a verb of report and
// the day it was made ("at a briefing on", "في تصريح للصحفيين", "في وقت
// سابق مساء")? Function words and the words of a statement's occasion.
func statementAdverbial(t *tok) bool {
	if t.ar && statementWord(t.w) {
		return true // ("وقت": its و is no clitic)
	}
	w := t.plain()
	return statementWord(w)
}

func statementWord(w string) bool {
	switch w {
	case "at", "a", "an", "in", "on", "the", "briefing", "conference", "statement", "earlier", "late", "early",
		"في", "وقت", "سابق", "تصريح", "للصحفيين", "لصحفيين", "بيان", "مؤتمر", "صحفي", "مساء", "صباح", "فجر", "ظهر", "يوم", "ليل", "ليله":
		return true
	}
	return false
}

// dayBack counts a weekday wd (named) or a day rel days back in days
// before publication; undated, a weekday is -2-wd.
func (x *extractor) dayBack(named bool, wd time.Weekday, rel int) (int, bool) {
	if x.pub.IsZero() {
		if named {
			return -2 - int(wd), true // no date to count back from: the weekday alone
		}
		return 0, false
	}
	if rel >= 0 {
		return rel, true
	}
	return (int(x.pub.Weekday()) - int(wd) + 7) % 7, true
}

// ledeSentences counts the sentences of the headline and lede: the
// sentences of the first line (a headline may hold two: "... سرمين..
// الأهالي ..."), at most three, and the first one after them.
//
// The lines of page furniture (reading.Line.Furniture: bylines,
// timestamps, captions) before the headline and between it and the lede
// are passed over: the headline is the first line that is not one, the
// lede the first sentence after it that is not one.
//
// The towns of the own incident are read from fewer: the headline's and
// the sentence right under it, when that is not furniture. A lede read
// past a byline names the incident's town as often as the street or the
// road it was on, and its towns would make a day's other towns another
// incident (they stay the own: a round-up names several).
func (x *extractor) ledeSentences() int {
	h := 0
	for h < len(x.sents) && x.furniture(h) {
		h++
	}
	if h >= len(x.sents) {
		return min(max(1, x.own.ledeEnd), len(x.sents))
	}
	n := h + 1
	for n < len(x.sents) && n < h+3 && !strings.Contains(x.text[x.ts[x.sents[n-1].b-1].e:x.ts[x.sents[n].a].s], "\n") {
		n++
	}
	if n > h+1 && x.sents[n-1].b-x.sents[h].a > 24 {
		n = h + 1 // a first line that long is a lede paragraph, not a headline
	}
	x.own.placeTo = min(n+1, len(x.sents))
	for n < len(x.sents) && x.furniture(n) {
		n++
	}
	return min(max(n+1, x.own.ledeEnd), len(x.sents))
}

// furniture: is sentence si on a line of page furniture (see
// ledeSentences)?
func (x *extractor) furniture(si int) bool {
	if si >= len(x.sents) || x.sents[si].a >= x.furnEnd {
		return false
	}
	ln := x.lineOf(si)
	return ln != nil && ln.Furniture
}

// lineOf is the line of sentence si (a sentence spans no line break).
func (x *extractor) lineOf(si int) *reading.Line {
	if si >= len(x.sents) {
		return nil
	}
	k := x.sents[si].a
	ls := x.doc.Lines
	i := sort.Search(len(ls), func(i int) bool { return ls[i].Last > k })
	if i >= len(ls) || ls[i].First > k {
		return nil
	}
	return &ls[i]
}

// readOwnScope reads the own incident's places and days from the headline
// and lede, and whether the article rounds up several places or follows up
// an earlier incident.
func (x *extractor) readOwnScope() {
	x.own.latest = -1
	x.own.ledeTo = x.ledeSentences()
	var lede, trigger []placeRef
	lede = x.factPlaces(lede)
	for si := 0; si < x.own.placeTo; si++ {
		if x.furniture(si) {
			continue // "Idlib - Enab Baladi": where the reporter writes from
		}
		ta, tb := x.triggerClause(x.sents[si])
		for _, r := range x.sentRefs(si) {
			switch {
			case x.dateline(r.tok, x.sents[si]):
				// ("BEIRUT (Reuters) -" is where the wire writes from)
			case r.tok >= ta && r.tok < tb:
				trigger = append(trigger, r)
			default:
				lede = append(lede, r)
			}
		}
	}
	lede = append(lede, ownTriggerPlaces(lede, trigger)...)
	for _, r := range lede {
		if x.own.gaz == nil {
			x.own.gaz, x.own.govs = map[string]bool{}, map[string]bool{}
		}
		x.own.govs[r.gov] = true
		if r.broad {
			continue
		}
		if r.region {
			x.own.regions = append(x.own.regions, r.district)
		}
		x.own.gaz[r.name] = true
	}
	x.factDates()
	lastBack := -1 // the last day the lede names, in days before publication
	for si := 0; si < x.own.ledeTo; si++ {
		if x.furniture(si) {
			continue // a timestamp dates the page, not the incident
		}
		s := x.sents[si]
		// a token before its line's DatelineEnd is of the wire dateline
		// that opens the line ("ARIHA, Syria, May 3 (Wire) -"): its date
		// is the report's, not the incident's
		dateline := 0
		if ln := x.lineOf(si); ln != nil {
			dateline = ln.DatelineEnd
		}
		for k := s.a; k < s.b; k++ {
			if x.ts[k].s < dateline {
				continue // "(Amman, May 3, 2024) –": the report's day
			}
			w := x.ts[k].plain()
			m, isMonth := x.monthAt(k)
			if isMonth {
				x.own.months |= 1 << uint(m)
				x.noteOwnDate(k, m, s)
			}
			y, isYear := yearValue(x.ts[k])
			if isYear && y > x.own.year && !x.sinceWord(k, s) {
				x.own.year = y // ("the third such feud since 2016": a span's start)
			}
			if (isMonth || isYear) && x.own.first == 0 && k >= s.a+4 {
				// a sentence that opens on its date ("وفي أيار الماضي
				// استهدفت") may recall another day: that one is not taken
				x.own.first = k + 1
			}
			if back, ok, reported := x.dayMark(k, s); ok && !x.calendarDay(k) {
				// "a monitor said on Wednesday": that day or the one before
				// (a calendar date of the lede may be its dateline's: the
				// lede's dates are read by noteOwnDate)
				x.noteOwnDay(back, reported)
				if back >= 0 {
					lastBack = back
				}
			}
			if x.own.kind == kindNone && x.ts[k].ar {
				// the first word of a kind, as readIncident does in English
				if arFightingWords[w] {
					x.own.kind = kindFighting
				} else if arEventWords[w] || arEventWords[strings.TrimPrefix(w, "ال")] {
					x.own.kind = kindStrike
				}
			}
			if si == x.own.head && x.ts[k].ar && arFightingWords[w] {
				x.own.fights = true // as readIncident does in English
			}
			switch w {
			case "across", "several", "various", "متفرقه", "عده", "مختلفه":
				x.own.roundup, x.own.several, x.own.roundWords = true, true, true
			case "northwest", "northwestern", "شمال":
				// "northwest Syria", "شمال غربي سوريا": the day of a region
				// that spans several provinces
				n := stripWawBa(x.word(k+1, s))
				if n == "غربي" || n == "غرب" {
					n = x.word(k+2, s)
				}
				if n == "syria" || n == "سوريا" || n == "سوريه" {
					x.own.several, x.own.northwest = true, true
				}
			case "landmine", "landmines", "mine", "mines", "unexploded", "ordnance", "remnant", "remnants",
				"bomblet", "bomblets", "submunition", "submunitions", "لغم", "الغام", "اللغم", "مخلفات", "عنقوديه":
				x.own.remnant = true
			case "monthly", "الشهري", "الشهريه":
				x.own.monthly = true
			case "earthquake", "earthquakes", "quake", "quakes", "flood", "floods",
				"زلزال", "الزلزال", "زلازل", "الزلازل", "فيضان", "فيضانات", "السيول":
				x.own.disaster = true
			case "rose", "risen", "rises", "climbed", "ارتفعت", "ارتفع", "ارتفاع":
				x.own.followUp = true
			case "after", "since", "عد": // بعد, its ب read as a clitic
				// "Two weeks after the strike", "بعد أسبوعين على الغارة": a
				// follow-up ("a year after" recalls, see noteRecalled)
				p, n := x.word(k-1, s), stripWawBa(x.word(k+1, s))
				if p == "days" || p == "weeks" || p == "week" || w == "عد" && (n == "ايام" || n == "اسبوع" || n == "اسبوعين" || n == "اسابيع") {
					x.own.followUp = true
				}
				if d, ok := smallNumber(x.word(k-2, s)); ok && p == "days" && lastBack >= 0 && d <= 14 {
					// "medics said on Friday, two days after the raid":
					// the raid's day is two before the statement's
					x.noteOwnDay(lastBack+d, false)
				}
			}
		}
		if x.namedRecentEvent(s) {
			x.own.followUp = true
		}
		if x.pluralTowns(s) || x.environs(s) {
			x.own.roundWords = true
		}
		x.own.kinds |= x.kindsIn(s.a, s.b)
	}
	if !x.own.days {
		// a page whose first lines are a byline or a photo caption: the
		// day of the first sentence within six that tells an incident
		dated := len(x.own.dates) > 0
		for si := x.own.ledeTo; si < len(x.sents) && si < 6; si++ {
			s := x.sents[si]
			if !x.tellsIncident(s) {
				continue
			}
			for k := s.a; k < s.b; k++ {
				if back, ok := x.dayAt(k, s); ok && !x.calendarDay(k) {
					x.noteOwnDay(back, false)
				}
				if m, ok := x.monthAt(k); ok && k >= s.a+4 && !dated {
					// "(Beirut) – Attacks ... on February 19, 2020"; a
					// sentence that opens on its date ("وفي 6 شباط، قتل")
					// recalls another day
					x.noteOwnDate(k, m, s)
				}
			}
			dated = dated || len(x.own.dates) > 0 // the first sentence's dates only
			if x.own.days {
				break
			}
		}
	}
	if len(x.sents) > 0 && x.own.ledeEnd > x.own.head+1 {
		// a headline that names only a province ("... in Idlib's southern
		// countryside"): the lede's town is one of the day's places
		broad, specific := false, false
		for _, r := range x.sentRefs(x.own.head) {
			broad = broad || r.broad
			specific = specific || !r.broad
		}
		if broad && !specific {
			x.own.roundup = true
			x.own.headBroad = true
		}
	}
	if len(x.own.gaz) > 2 {
		x.own.roundup, x.own.several = true, true // "in Sarmin, Binnish and Taftanaz": one day's round-up
	}
	x.readTrigger()
	if !x.own.elsewhere {
		for _, w := range x.own.trigPlaces {
			if x.own.places == nil {
				x.own.places = map[string]bool{}
			}
			if len(x.own.places) < 12 {
				x.own.places[w] = true
			}
		}
	}
}

// factSentences calls f with each sentence on a fact box's line of the
// incident's date or place (reading.Line.Fact): page furniture, but of
// the incident, not the page.
func (x *extractor) factSentences(f func(si int, fact reading.Fact)) {
	for si := 0; si < len(x.sents) && x.sents[si].a < x.furnEnd; si++ {
		if ln := x.lineOf(si); ln != nil && ln.Fact != reading.FactNone {
			f(si, ln.Fact)
		}
	}
}

// factPlaces adds to lede the places of a fact box's place line
// ("Location: Kafr Jales, Idlib, Syria"): the own incident's.
func (x *extractor) factPlaces(lede []placeRef) []placeRef {
	x.factSentences(func(si int, fact reading.Fact) {
		if fact == reading.FactPlace {
			lede = append(lede, x.sentRefs(si)...)
		}
	})
	return lede
}

// factDates reads the days of a fact box's date line ("Incident date:
// February 3, 2017") as the own incident's, as the lede's are: a later
// "on February 3rd" is its day, not another's.
func (x *extractor) factDates() {
	x.factSentences(func(si int, fact reading.Fact) {
		if fact != reading.FactDate {
			return
		}
		s := x.sents[si]
		for k := s.a; k < s.b; k++ {
			if m, ok := x.monthAt(k); ok {
				x.own.months |= 1 << uint(m)
				x.noteOwnDate(k, m, s)
			}
			if y, ok := yearValue(x.ts[k]); ok && y > x.own.year {
				x.own.year = y
			}
		}
	})
}

// readTrigger reads the words of a trigger clause of the headline or lede
// (triggerClause) that places the earlier incident in another governorate
// than the rest of them ("strikes on Idlib ... a day after a drone attack
// on a military academy in Homs", "رداً على الاعتداء ... على الكلية
// الحربية في حمص"): its words that the rest of the headline and lede do not
// use ("academy", "الكلية", "الحربية"). A later sentence that names that
// incident by them tells it, not the own one, even without its place
// ("the toll of the attack on the academy rose to 89"). A trigger in the
// own governorate is left alone: the writers split on which of the two is
// an article's own ("Ankara strikes back once 33 of its soldiers die in Idlib").
func (x *extractor) readTrigger() {
	if len(x.own.govs) == 0 {
		return
	}
	// the trigger clauses that name another governorate, of each
	// sentence of the lede: most ledes have none, and then no word is
	// read
	var clauses [][2]int
	for si := 0; si < x.own.ledeTo; si++ {
		if x.furniture(si) {
			continue
		}
		ta, tb := x.triggerClause(x.sents[si])
		for _, r := range x.sentRefs(si) {
			if r.tok >= ta && r.tok < tb && !x.own.govs[r.gov] {
				if clauses == nil {
					clauses = make([][2]int, x.own.ledeTo)
				}
				clauses[si] = [2]int{ta, tb}
				x.own.elsewhere = true
			}
		}
	}
	if clauses == nil {
		return
	}
	var words []string
	rest := map[string]bool{}
	for si := 0; si < x.own.ledeTo; si++ {
		if x.furniture(si) {
			continue
		}
		s := x.sents[si]
		ta, tb := clauses[si][0], clauses[si][1]
		elsewhere := tb > ta
		for k := s.a; k < s.b; k++ {
			w, ok := triggerWord(x.ts[k])
			switch {
			case !ok:
			case elsewhere && k >= ta && k < tb:
				words = append(words, w)
			default:
				rest[w] = true
			}
		}
	}
	for _, w := range words {
		if !rest[w] {
			if x.own.trigger == nil {
				x.own.trigger = map[string]bool{}
			}
			x.own.trigger[w] = true
		}
	}
}

// triggerWord is the word of token t that may name an incident (Arabic
// without its و, ب and ال), when it is long enough to tell one from
// another and is no word of a toll or of an incident's kind.
func triggerWord(t tok) (string, bool) {
	if t.k != kWord {
		return "", false
	}
	w := t.w
	if t.ar {
		w = strings.TrimPrefix(stripWawBa(w), "ال")
	}
	if utf8.RuneCountInString(w) < 4 || eventWords[w] || incidentNouns[w] || strikeKindWords[w] || arEventWords[w] || arWeaponNouns[w] {
		return "", false
	}
	if _, ok := metricWords[normWord(w)]; ok {
		return "", false
	}
	switch w {
	case "after", "following", "response", "retaliation", "killed", "people", "which", "that", "with", "from":
		return "", false
	}
	return w, true
}

// namesTrigger: does sentence s, after the lede, name the lede's trigger
// elsewhere by two of its words outside a trigger clause of its own, and no
// place of the own incident?
func (x *extractor) namesTrigger(s sentence, v sentEvent) bool {
	if len(x.own.trigger) == 0 || x.si < x.own.ledeTo || v.ownPlace || x.namesOwnPlace() {
		return false
	}
	n := 0
	var seen [2]string
	ta, tb := x.triggerClause(s) // ("killing 11, a day after the attack on the academy": the own told again)
	for k := s.a; k < s.b && n < 2; k++ {
		if k >= ta && k < tb {
			continue
		}
		if w, ok := triggerWord(x.ts[k]); ok && x.own.trigger[w] && w != seen[0] {
			seen[n] = w
			n++
		}
	}
	return n >= 2
}

// triggerClause is the span [a, b) of a clause of a headline or lede
// sentence that tells the incident the own one came after or answers
// ("strikes pound Idlib after a drone attack on Homs", "a day after a
// drone attack ... in the city of Homs", "in retaliation for an air
// strike", "رداً على الاعتداء ... في حمص"), or a == b when it has none.
// The clause runs to the next comma or the sentence's end, past a relative
// clause on its last noun ("..., which killed 89").
func (x *extractor) triggerClause(s sentence) (int, int) {
	for k := s.a; k < s.b; k++ {
		if !x.triggerOpens(k, s) {
			continue
		}
		e := x.clauseEnd(k+1, s)
		if e+1 < s.b && (x.ts[e].w == "," || x.ts[e].w == "،") && (relWords[x.ts[e+1].w] || arRelWords[x.ts[e+1].w]) {
			// "after an attack on Homs, which killed 89": the relative
			// clause tells the earlier incident too
			e = x.clauseEnd(e+2, s)
		}
		return k, e
	}
	return s.a, s.a
}

// clauseEnd is the first comma, semicolon or line break at or after k,
// else the sentence's end.
func (x *extractor) clauseEnd(k int, s sentence) int {
	for k < s.b && x.ts[k].w != "," && x.ts[k].w != "،" && x.ts[k].w != ";" && x.ts[k].k != kNL {
		k++
	}
	return k
}

// triggerOpens: does a clause of another, earlier incident open at k: "after"
// or "following" with an incident noun in the next four words, not the own
// one named again ("after the strike", "after it"); "in response to", "in
// retaliation for"; "رداً على"; "عقب" or "إثر" before an incident noun?
func (x *extractor) triggerOpens(k int, s sentence) bool {
	t := x.ts[k]
	if t.k != kWord {
		return false
	}
	if t.ar {
		switch w := stripWawBa(t.w); {
		case strings.HasPrefix(w, "رد") && len([]rune(w)) <= 4 && stripWawBa(x.word(k+1, s)) == "علي":
			return true // "رداً على"
		case w == "عقب" || w == "اثر":
			n := stripWawBa(x.word(k+1, s))
			return arEventWords[n] || arEventWords[strings.TrimPrefix(n, "ال")]
		}
		return false
	}
	switch t.w {
	case "response", "retaliation":
		return x.word(k-1, s) == "in" && (x.word(k+1, s) == "to" || x.word(k+1, s) == "for")
	case "after", "following":
		if x.word(k-1, s) == "the" {
			return false // "the following day"
		}
		for j := k + 1; j < s.b && j <= k+4; j++ {
			w := x.ts[j].w
			if j == k+1 && (w == "it" || w == "its" || w == "this" || w == "that" || w == "the" && x.word(k+2, s) != "deaths") {
				return false // the own incident told again
			}
			if incidentNouns[w] || eventWords[w] || strikeKindWords[w] || w == "deaths" {
				return true
			}
		}
	}
	return false
}

// ownTriggerPlaces are the places of the lede's trigger clauses that are
// the own incident's too: those in a governorate that the rest of the
// headline and lede name, or all of them when the rest names no place
// ("Ankara strikes back once 33 of its soldiers die in Idlib": the trigger is
// where the article is). A trigger in another governorate ("... after a
// drone attack on Homs") is another incident: its place is not the own.
func ownTriggerPlaces(lede, trigger []placeRef) []placeRef {
	if len(lede) == 0 {
		return trigger
	}
	var kept []placeRef
	for _, r := range trigger {
		for _, l := range lede {
			if l.gov == r.gov {
				kept = append(kept, r)
				break
			}
		}
	}
	return kept
}

// sinceWord: does "since" or "منذ" stand in the two words before k?
func (x *extractor) sinceWord(k int, s sentence) bool {
	for j := k - 1; j >= s.a && j >= k-2; j-- {
		if w := stripWawBa(x.ts[j].w); w == "since" || w == "منذ" {
			return true
		}
	}
	return false
}

// noteOwnDate records the day of the month named at k ("11 February",
// "February 19", "19 شباط") as a day of the own incident.
func (x *extractor) noteOwnDate(k int, m time.Month, s sentence) {
	if len(x.own.dates) >= 4 {
		return
	}
	if d, ok := x.monthDay(k, s.a, s.b); ok {
		x.own.dates = append(x.own.dates, int(m)*100+d)
	}
}

// ownDate: is the day d of month m one the headline and lede name?
func (x *extractor) ownDate(m time.Month, d int) bool {
	for _, v := range x.own.dates {
		if v == int(m)*100+d {
			return true
		}
	}
	return false
}

// noteOwnDay records a day of the own incident, back days before
// publication (undated: -2-weekday); a day a statement was made stands
// for itself and the day before it.
func (x *extractor) noteOwnDay(back int, reported bool) {
	x.own.days = true
	if back < 0 {
		wd := -2 - back
		x.own.named |= 1 << uint(wd)
		if reported {
			x.own.named |= 1 << uint((wd+6)%7)
		}
		return
	}
	if reported {
		back++
	}
	x.own.latest = max(x.own.latest, back)
}

// placeOther: is the place ref r another place than the own incident's?
func (x *extractor) placeOther(r placeRef) bool {
	if x.otherGov(r) {
		return true
	}
	if len(x.own.gaz) == 0 || x.own.roundup || r.broad || x.own.gaz[r.name] {
		return false
	}
	for _, d := range x.own.regions {
		if d != "" && d == r.district {
			return false // a village of the own region (Jabal al-Zawiya)
		}
	}
	return true
}

// otherGov: is the place ref r in another governorate than all the
// headline and lede name ("in neighbouring Hama province", "بريف حلب
// الغربي" in an article on a strike in Idlib)? A province's name alone
// places an incident too, when the lede names no town. Idlib itself is
// every article's frame: naming it later says nothing of another incident
// (an own town may lie just across its border, Atarib, Sahl al-Ghab). A
// round-up of one day's places has them all as its own; a headline that
// names the province alone rounds up its towns, not other provinces.
func (x *extractor) otherGov(r placeRef) bool {
	if x.own.northwest && !northwestGovs[r.gov] {
		return true // "a drone attack ... in Homs city" in an update on northwest Syria
	}
	return len(x.own.govs) > 0 && !x.own.several && (r.gov != "Idlib" || x.own.farFromIdlib()) && !x.own.govs[r.gov]
}

// farFromIdlib: do the headline and lede place the own incident only in
// governorates outside the northwest ("the military academy in Homs")?
// Then Idlib is another governorate like any other: "Hours later, the army
// shelled towns in Idlib province, killing five".
func (o *ownIncident) farFromIdlib() bool {
	for g := range o.govs {
		if northwestGovs[g] {
			return false
		}
	}
	return len(o.govs) > 0
}

// northwestGovs are the governorates of "northwest Syria".
var northwestGovs = map[string]bool{"Idlib": true, "Aleppo": true, "Hama": true, "Latakia": true}

// dateline: is the place at k the dateline of a sentence ("(Beirut) –",
// "DAMASCUS, Dec. 3 (Xinhua) --", "حماة-سانا"), where the reporter
// writes from, not where the incident was?
func (x *extractor) dateline(k int, s sentence) bool {
	if k-s.a > 2 {
		return false
	}
	for j := k + 1; j < s.b && j <= k+3; j++ {
		switch x.ts[j].w {
		case "(", ")", "–", "—", "-", "/", ":":
			return true
		}
		if x.ts[j].k == kNL {
			return true
		}
	}
	return false
}

// dayOther: is a day told back days before publication earlier than the
// own incident's? A later day is a follow-up of it (the toll rose on
// Tuesday), not another incident.
func (x *extractor) dayOther(back int) bool {
	if !x.own.days {
		return false
	}
	if back < 0 || x.own.latest < 0 {
		// undated: a weekday other than the lede's
		return back < 0 && x.own.named != 0 && x.own.named&(1<<uint(-2-back)) == 0
	}
	return back > x.own.latest
}

const (
	scopeNone = iota
	scopeOwn
	scopeOther
)

// clauseScope tells whether the figure at pos tells the own incident or
// another one by the place and the day nearest to it in its sentence: the
// last ones before it, else the first ones after it in the same clause.
func (x *extractor) clauseScope(s sentence, pos int, after bool) int {
	v := scopeNone
	if after && x.foreignClause(s, pos) {
		return scopeOther
	}
	var refs []placeRef
	if len(x.own.gaz) == 0 && len(x.own.govs) == 0 && !x.own.northwest && (x.si < x.own.ledeTo || !x.singleSite()) {
		// no own place to find again: nothing to read
	} else if after {
		refs = x.sentRefs(x.si)
	} else {
		// a sentence's opening: scanned alone, most sentences have no
		// figure; most openings name no place, which Empty tells cheaply
		x.own.scratch = x.own.scratch[:0]
		if b := min(pos+1, s.b); !x.noPlaceIn(s.a, b) {
			x.own.scratch = x.placesIn(s.a, b, x.own.scratch)
		}
		refs = x.own.scratch
	}
	best := -1
	ta, tb := s.a, s.a // the sentence's trigger clause (triggerClause)
	if len(refs) > 0 {
		ta, tb = x.triggerClause(s)
	}
	for i, r := range refs {
		if x.framePlace(r.tok) {
			continue // the speaker's place: "Hatay's governor said", "told reporters in Reyhanli that"
		}
		if r.tok >= ta && r.tok < tb && (pos < ta || pos >= tb) {
			if r.tok > pos {
				break // "killing 11, the day after drones hit Homs": the earlier incident's place
			}
			// "shelled Ariha in retaliation for an attack on Homs,
			// killing four": the clause closed before the figure
			continue
		}
		if r.tok < pos || after && best < 0 && !x.clauseBreakBetween(pos, r.tok) {
			best = i
		}
		if r.tok >= pos {
			break
		}
	}
	if best >= 0 {
		// another place alone does not tell another incident: a day's
		// round-up names several; the own place names the own one, and
		// another country another incident
		if r := refs[best]; !r.broad && x.own.gaz[r.name] {
			v = scopeOwn
		} else if t, ok := x.townRef(refs, best, pos, after); ok && (t.tok < pos || !x.subordinateBetween(pos, t.tok)) && !x.joinedToOwn(refs, t) && x.otherTownAt(t, s, pos, after) {
			// "An hour on, jets raided nearby Saraqeb and killed
			// two", in an article on one strike in one town
			return scopeOther
		} else if x.otherGov(r) && !x.dateline(r.tok, s) && (r.tok < pos || !x.subordinateBetween(pos, r.tok)) {
			// "in neighbouring Hama province ..., killing a girl", "وقتل
			// شاب برصاص قناص ... بريف حلب الغربي"; a province in a clause
			// of its own after the figure tells what an attack aimed at
			// ("... killed when militants fired at posts in Hama"): it
			// is not read
			return scopeOther
		}
	}
	if x.own.kind == kindFighting {
		return v // an offensive's days are all its own
	}
	if !x.own.days {
		// no day of the own incident to count from (an undated live
		// page): "a day earlier", "the day before" still count back from
		// it, in the figure's own clause
		inClause := false
		for k := s.a; k < s.b && k < s.a+80; k++ {
			if k >= pos && (inClause || !after || x.clauseBreak(k)) {
				break
			}
			if k < pos && x.clauseBreak(k) {
				inClause = false
			}
			if x.dayBefore(k, s) {
				inClause = true
			}
		}
		if inClause {
			return scopeOther
		}
		return v
	}
	// the day of the figure's own clause before it, else after it in
	// that clause, else the last one before it in the sentence
	day, found, inClause, cal, ownCal, prior := 0, false, false, false, false, false
	for k := s.a; k < s.b && k < s.a+80; k++ {
		x.steps++
		if k >= pos && (inClause || !after || x.clauseBreak(k)) {
			break
		}
		if k < pos && x.clauseBreak(k) {
			inClause = false
		}
		if back, ok := x.dayAt(k, s); ok {
			day, found, inClause, prior = back, true, true, false
			cal = x.calendarDay(k)
			ownCal = cal && x.ownCalendarDay(k, s) // a date the lede names is the own day

		} else if x.dayBefore(k, s) {
			// undated, the own day a weekday: "a day earlier" is before it
			day, found, inClause, cal, ownCal = x.own.latest+1, true, true, false, false
			prior = x.own.latest < 0
		}
	}
	if found && prior {
		return scopeOther
	}
	if found {
		// a calendar day names the incident's date: an earlier one is
		// another incident, unless the sentence names the own by its
		// definite name ("The strike on Kafr Nabl on May 2 killed six",
		// "وكانت الغارة قد أسفرت في 13 آذار"): a follow-up
		if !ownCal && x.dayOther(day) && !(cal && x.ownReference(s) && !x.sentenceEvent(s).newEvent) {
			return scopeOther
		}
		v = scopeOwn
	}
	return v
}

// framePlace: is the place at k part of a frame of the current sentence,
// where its speaker is or speaks from, not where the incident was? In the
// speaker's name ("Kilis provincial governor Ahmet Yilmaz reported"), or
// in a phrase of the verb, before the "that" of what is said ("told a
// news conference in the Turkish city of Gaziantep that 100 had died";
// not "said militants fired at Hmeymim and that none were hurt").
func (x *extractor) framePlace(k int) bool {
	for _, a := range x.attrs[x.attrFrom[x.si]:x.attrFrom[x.si+1]] {
		if a.subj && a.from <= k && k < a.pos {
			return true
		}
		if k <= a.pos || k > a.pos+12 {
			continue
		}
		lead := -1
		for j := a.pos + 1; j <= a.pos+4 && j < k; j++ {
			if w := x.ts[j].w; w == "in" || w == "from" {
				lead = j // "told reporters in", "said in a statement from"
				break
			}
		}
		if lead < 0 || k > lead+6 {
			continue
		}
		for j := lead + 1; j < len(x.ts) && j <= k+3; j++ {
			if t := x.ts[j]; t.k == kNum || t.k == kNL || t.k == kQuote || t.w == ":" || t.w == "," || t.w == "and" {
				break
			} else if t.w == "that" {
				return j > k
			}
		}
	}
	return false
}

// clauseBreak ends the clause a figure is read in, after it: a comma, a
// semicolon, a relative pronoun (reading.BoundaryAt).
func (x *extractor) clauseBreak(k int) bool {
	return x.boundaryAt(k)&(reading.Comma|reading.Semicolon|reading.RelativePronoun) != 0
}

// boundKnown marks a token's entry of x.bound as read: reading's
// boundaries take the low bits only.
const boundKnown reading.Boundary = 1 << 15

// boundBufs keeps the x.bound slices of articles done, zeroed: the memo
// takes no allocation of its own.
var boundBufs sync.Pool

// getBounds is a zeroed memo of n tokens, in a buffer from boundBufs
// (which putBounds gives back).
func getBounds(n int) *[]reading.Boundary {
	b, ok := boundBufs.Get().(*[]reading.Boundary)
	if !ok {
		b = new([]reading.Boundary)
	}
	if cap(*b) < n {
		*b = make([]reading.Boundary, n)
	}
	*b = (*b)[:n]
	return b
}

// putBounds zeroes the memo in b and gives b back to boundBufs.
func putBounds(b *[]reading.Boundary) {
	if b != nil {
		clear(*b)
		boundBufs.Put(b)
	}
}

// boundaryAt is x.doc.BoundaryAt(k), read once per token.
func (x *extractor) boundaryAt(k int) reading.Boundary {
	if k < 0 || k >= len(x.ts) {
		return x.doc.BoundaryAt(k)
	}
	if x.bound == nil {
		x.boundBuf = getBounds(len(x.ts))
		x.bound = *x.boundBuf
	}
	if b := x.bound[k]; b&boundKnown != 0 {
		return b &^ boundKnown
	}
	b := x.doc.BoundaryAt(k)
	x.bound[k] = b | boundKnown
	return b
}

// subordinateBetween: does a subordinate clause ("when", "عندما") open
// between tokens a and b?
func (x *extractor) subordinateBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if x.boundaryAt(k)&reading.Subordinator != 0 {
			return true
		}
	}
	return false
}

func (x *extractor) clauseBreakBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if x.clauseBreak(k) {
			return true
		}
	}
	return false
}

// dayBefore reads a day before the own one at k: "the day before", "a
// day earlier", "the previous day", "في اليوم السابق", "قبل يوم".
func (x *extractor) dayBefore(k int, s sentence) bool {
	w, n := stripWawBa(x.ts[k].w), x.word(k+1, s)
	switch w {
	case "day":
		return n == "before" || n == "earlier" || x.word(k-1, s) == "previous"
	case "اليوم":
		return n == "السابق" || n == "الفائت"
	case "قبل":
		return n == "يوم" && x.word(k+2, s) != "من"
	}
	return false
}

// otherOpeners open a sentence on another incident: "Separately,",
// "Elsewhere,", "وفي سياق متصل،", "من جهة أخرى".
func (x *extractor) otherOpener(s sentence) bool {
	w := func(k int) string { return stripWawBa(x.word(k, s)) }
	a := s.a
	switch w(a) {
	case "separately", "elsewhere":
		return true
	case "on":
		// "On the day the governor was sworn in, ...": a day named by
		// another event; "On the same night, ... nearby Saraqib": the
		// same time in another town
		if w(a+1) == "the" && w(a+2) == "same" && x.sameTimeAt(a+2, s) {
			return x.elsewhereNow(s)
		}
		return w(a+1) == "the" && w(a+2) == "day" && x.dayOfOther(s, a+3)
	case "also":
		// "Also on Wednesday, shelling killed a man in Maarat al-Numan",
		// "Also in Idlib, ...": another item of the day, another incident
		// when it names another place
		if n := w(a + 1); n == "on" || n == "in" || n == "," || n == "that" || n == "late" || n == "early" || n == "overnight" {
			return x.elsewhereNow(s)
		}
		return false
	case "meanwhile":
		// "Meanwhile in Azaz, ...": another place; "Meanwhile, rescuers ..." goes on
		if (w(a+1) == "in" || w(a+1) == "on") && x.placeOpens(s, a+2, true) {
			return true
		}
		return x.elsewhereNow(s)
	case "the", "that":
		// "The same night, barrel bombs fell on nearby Binnish"
		return (w(a+1) == "same" || w(a) == "that" && w(a+1) == "same") && x.sameTimeAt(a+1, s) && x.elsewhereNow(s)
	case "at":
		// "At the same time, shelling on Ariha ..."
		return w(a+1) == "the" && w(a+2) == "same" && w(a+3) == "time" && x.elsewhereNow(s)
	case "الي":
		// "إلى ذلك، قتل مدني بانفجار لغم قرب معرة حرمة": besides that
		return w(a+1) == "ذلك" && x.elsewhereNow(s)
	case "التزامن", "تزامنا":
		// "بالتزامن مع ذلك، ..." ("كما", also, goes on with the own)
		return x.elsewhereNow(s)
	case "in":
		if x.placeOpens(s, a+1, false) {
			return true
		}
		return (w(a+1) == "another" || w(a+1) == "a" && w(a+2) == "separate") && (w(a+2) == "incident" || w(a+3) == "incident" || w(a+3) == "development")
	case "في", "وفي", "فيما":
		if x.placeOpens(s, a+1, false) {
			return true
		}
		n := w(a + 1)
		if n == "اليوم" && w(a+2) == "الذي" || n == "يوم" && x.ts[min(a+2, s.b-1)].k == kWord && !x.isWeekday(a+2) {
			// "وفي اليوم الذي أدى فيه الأسد اليمين"، "وفي يوم انطلاق المفاوضات"
			return x.dayOfOther(s, a+2)
		}
		if (n == "اليوم" || n == "الوقت" || n == "الليله" || n == "الاثناء" || n == "غضون") && (w(a+2) == "ذاته" || w(a+2) == "نفسه" || w(a+2) == "ذلك" || n == "الاثناء") {
			// "وفي اليوم ذاته، قتل رجل بقصف على سرمين", "في الأثناء":
			// the same time, another incident when another town is named
			return x.elsewhereNow(s)
		}
		if n == "سياق" && w(a+2) == "متصل" {
			// "in a related context": often the same day's own toll; another
			// incident only when it names another place
			return x.namesOtherPlace(s)
		}
		return n == "سياق" && (w(a+2) == "اخر" || w(a+2) == "منفصل") || (n == "حادثه" || n == "حادث") && (w(a+2) == "اخري" || w(a+2) == "اخر" || w(a+2) == "منفصله" || w(a+2) == "منفصل")
	case "شكل": // "وبشكل منفصل": separately
		return w(a+1) == "منفصل"
	case "من":
		return (w(a+1) == "جهه" || w(a+1) == "جانب") && (w(a+2) == "اخري" || w(a+2) == "اخر")
	}
	return false
}

// sameTimeAt: does "same" at k name a time ("the same night", "the same
// day", "that same evening")?
func (x *extractor) sameTimeAt(k int, s sentence) bool {
	switch x.word(k+1, s) {
	case "day", "night", "morning", "evening", "afternoon", "time", "hour":
		return true
	}
	return false
}

// tellsKind: does the sentence tell an incident, or name one by its kind
// ("dropped a barrel bomb", "بقذيفة")?
func (x *extractor) tellsKind(s sentence) bool {
	if x.tellsIncident(s) {
		return true
	}
	for k := s.a; k < s.b; k++ {
		w := x.ts[k].w
		if x.ts[k].ar {
			w = strings.TrimPrefix(stripWawBa(w), "ال")
		}
		if strikeKindWords[w] || fightingKindWords[w] || arWeaponNouns[w] {
			return true
		}
	}
	return false
}

// pluralTowns: does the sentence tell of places in the plural ("towns and
// villages", "مدن وبلدات وقرى")? A lede that does rounds up a day.
func (x *extractor) pluralTowns(s sentence) bool {
	for k := s.a; k < s.b; k++ {
		switch stripWawBa(x.ts[k].w) {
		case "towns", "villages", "cities", "مدن", "بلدات", "قري", "المدن", "البلدات", "القري":
			return true
		}
	}
	return false
}

// readScene reads, when elsewhereNow first asks, where a headline and lede
// with no town (a feature's scene, a press release's index lines) place the
// incident: the towns of the first sentence within six that names one, and
// tells the incident or opens onto the sentence that does. A day's round-up
// with no town in its lede names many.
func (x *extractor) readScene() {
	if x.own.sceneRead || len(x.own.gaz) > 0 {
		return
	}
	x.own.sceneRead = true
	// (the lede past the furniture is read here for its towns: see
	// ledeSentences)
	for si := 0; si < len(x.sents) && si < max(6, x.own.ledeTo+4) && x.own.scene == nil; si++ {
		x.own.towns = x.own.towns || x.pluralTowns(x.sents[si])
		if si < x.own.placeTo || x.furniture(si) || !x.tellsKind(x.sents[si]) && (si+1 >= len(x.sents) || !x.tellsKind(x.sents[si+1])) {
			continue
		}
		for _, r := range x.sentRefs(si) {
			if !r.broad && !x.dateline(r.tok, x.sents[si]) {
				if x.own.scene == nil {
					x.own.scene = map[string]bool{}
				}
				x.own.scene[r.name] = true
			}
		}
	}
}

// elsewhereNow: does a sentence that opens on the same time ("meanwhile",
// "the same night", "إلى ذلك", "وفي اليوم ذاته") tell another town than
// the own incident's, and none of its own? Then it tells another incident
// of that time; on the own town, or on no town, it goes on with the own.
func (x *extractor) elsewhereNow(s sentence) bool {
	x.readScene()
	if len(x.own.gaz) > 0 || x.own.several || x.own.towns {
		return x.namesOtherPlace(s) && !x.namesOwnPlace()
	}
	if len(x.own.scene) == 0 {
		// the own incident is in a city named as its province ("Idlib
		// city"): any town the opener names is another one
		for _, r := range x.sentRefs(x.si) {
			if !r.broad && !x.dateline(r.tok, s) {
				return true
			}
		}
		return false
	}
	// only the scene places the own incident
	other := false
	for _, r := range x.sentRefs(x.si) {
		if r.broad {
			continue
		}
		if x.own.scene[r.name] {
			return false
		}
		other = true
	}
	return other
}

// dayOfOther: does the clause from k to its comma name the day of an
// opener ("On the day that ...", "في اليوم الذي ...") by an event that is
// no incident (an oath, a vote, talks)? "On the day of the shelling" is the
// own incident's day; "the day before" is read by dayBefore.
func (x *extractor) dayOfOther(s sentence, k int) bool {
	n := stripWawBa(x.word(k, s))
	switch n {
	case "that", "when", "of", "الذي":
	default:
		if !x.ts[min(k, s.b-1)].ar {
			return false
		}
	}
	for j := k; j < s.b && j < k+14; j++ {
		t := x.ts[j]
		if t.w == "," || t.w == "،" {
			return j > k
		}
		w := t.w
		if t.ar {
			w = strings.TrimPrefix(stripWawBa(w), "ال")
		}
		if strikeKindWords[w] || incidentNouns[w] || eventWords[w] || arEventWords[w] || arEventWords["ال"+w] || fightingKindWords[w] {
			return false
		}
	}
	return false
}

// isWeekday: is the word at k a day by itself ("الاثنين", "أمس", "الخامس
// من", "5 آذار"), not an event that names one?
func (x *extractor) isWeekday(k int) bool {
	if k >= len(x.ts) {
		return false
	}
	if _, ok := reading.Weekday(stripWawBa(x.ts[k].w)); ok {
		return true
	}
	if _, ok := x.monthAt(k); ok {
		return true
	}
	switch stripWawBa(x.ts[k].w) {
	case "امس", "اليوم", "غد", "الغد", "السبت", "الاحد", "الجمعه":
		return true
	}
	return x.arOrdinalDay(k, 0) > 0
}

// placeOpens: does a place named at k (after at most two words: "the
// countryside of", "ريف") open the sentence elsewhere: in another
// governorate than the own incident's ("وفي ريف حلب" in an article on
// Idlib), or, when specific is set, in another place?
func (x *extractor) placeOpens(s sentence, k int, specific bool) bool {
	if len(x.own.gaz) == 0 || x.own.roundup {
		return false // no own town: the lede tells a province's day
	}
	x.own.scratch = x.placesIn(k, min(k+4, s.b), x.own.scratch[:0])
	if len(x.own.scratch) == 0 {
		return false
	}
	r := x.own.scratch[0]
	if specific && x.placeOther(r) {
		return true
	}
	return !x.own.govs[r.gov]
}

// namesOtherPlace: does sentence s name a place other than the own ones?
func (x *extractor) namesOtherPlace(s sentence) bool {
	if len(x.own.gaz) == 0 || x.own.roundup {
		return false
	}
	for _, r := range x.sentRefs(x.si) {
		if x.placeOther(r) {
			return true
		}
	}
	return false
}

// sameSite: does the sentence tell a strike on the same site moments
// later ("Another strike hit the same building minutes later"): the
// own incident's second blow, not another incident.
func (x *extractor) sameSite(s sentence) bool {
	for k := s.a; k+1 < s.b; k++ {
		switch x.ts[k].w {
		case "same":
			switch x.ts[k+1].w {
			case "building", "site", "spot", "place", "location", "house", "market", "street", "area", "target":
				return true
			}
		case "minutes", "moments":
			if x.ts[k+1].w == "later" || x.ts[k+1].w == "after" {
				return true
			}
		}
	}
	return false
}

// heading: is the sentence a title line (short, with no closing
// punctuation, a line of its own)?
func (x *extractor) heading(s sentence) bool {
	if s.b-s.a > 16 || s.b >= len(x.ts) || x.ts[s.b].k != kNL {
		return false
	}
	switch x.ts[s.b-1].w {
	case ".", "!", "?", "؟", "…", ":", ",", "،":
		return false
	}
	return true
}

// mayCallOther: a cheap look for the words sentenceEvent reads as
// another incident, so that it runs on few of the sentences with no figure.
func (x *extractor) mayCallOther(s sentence) bool {
	for k := s.a; k < s.b; k++ {
		switch x.ts[k].w {
		case "another", "similar", "previous", "prior", "comparable", "separate", "separately":
			return true
		}
	}
	return false
}

// noteScope reads, at the start of each sentence, which incident it opens
// on: another one ("On Monday, ...", "In Ariha, ...", "Separately, ...")
// stays the scope of the sentences after it in the paragraph until one
// names the own place or day again.
func (x *extractor) noteScope(s sentence) {
	if x.paraStart == x.si || x.si < x.own.ledeEnd {
		// a heading that opens on another incident ("Elsewhere in Idlib:
		// family killed in Sarmin", a live page's post title) is the
		// title of the paragraph under it
		if !(x.own.scope == scopeOther && x.own.scopeSi == x.si-1 && x.si > 0 && x.heading(x.sents[x.si-1])) || x.si < x.own.ledeEnd {
			x.own.scope = scopeNone
		}
	}
	if x.si < x.own.ledeEnd {
		return
	}
	if x.otherOpener(s) || x.mayCallOther(s) && x.sentenceEvent(s).otherNoun {
		// "Another blast occurred near Azaz. No casualties were reported."
		x.own.scope, x.own.scopeSi = scopeOther, x.si
		return
	}
	// the opening adverbial: "On Monday,", "وفي يوم الاثنين،", "In Ariha,"
	end := s.a
	for end < s.b && end < s.a+4 && x.ts[end].w != "," && x.ts[end].w != "،" {
		end++
	}
	// "In February 2022, ...", "وفي تموز 2017،": an opening year before
	// the lede's (undated) or before the publication's and the lede's
	// opens a recalled paragraph; its later sentences tell the same
	// earlier incident until one returns to the own
	for k := s.a; k < end; k++ {
		y, ok := yearValue(x.ts[k])
		if !ok || x.namesAgreement(k, s.a, s.b) {
			continue
		}
		if x.pub.IsZero() && (x.own.year == 0 || y < x.own.year) ||
			!x.pub.IsZero() && y < x.pub.Year() && (x.own.year == 0 || y < x.own.year) {
			x.own.scope, x.own.scopeSi = scopeOther, x.si
			return
		}
	}
	if v := x.clauseScope(s, end, false); v != scopeNone {
		x.own.scope, x.own.scopeSi = v, x.si
	} else if x.own.scope == scopeOther && x.returnsToOwn(s) {
		x.own.scope = scopeNone
	}
}
