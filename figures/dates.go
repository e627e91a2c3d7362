package figures

import (
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/reading"
)

// Background detection: a figure is about another, earlier event when the
// time expression nearest to it in its sentence lies in the past of the
// publication date (more than a couple of days before), or when the
// sentence recalls ("last year", "over the past 72 hours", "الماضي").

// enCurrent and arCurrent date a figure today or a day or two before:
// the weekday names (reading's) and the words of the last day or night.
var enCurrent, arCurrent = func() (map[string]bool, map[string]bool) {
	en := map[string]bool{"today": true, "yesterday": true, "overnight": true, "tonight": true}
	ar := map[string]bool{"اليوم": true, "امس": true, "الليله": true, "فجر": true}
	for _, w := range reading.WeekdayNames() {
		if w[0] < 0x80 {
			en[w] = true
		} else {
			ar[w] = true
		}
	}
	return en, ar
}()

var periodWords = map[string]bool{
	"year": true, "month": true, "week": true, "decade": true, "summer": true, "winter": true,
	"spring": true, "autumn": true, "fall": true,
}

var spanWords = map[string]bool{
	"hours": true, "days": true, "weeks": true, "months": true, "years": true, "decade": true,
	"الساعات": true, "الايام": true, "الاسابيع": true, "الاشهر": true, "الشهور": true, "السنوات": true,
}

var eventWords = map[string]bool{
	"attack": true, "attacks": true, "raid": true, "raids": true, "strike": true, "strikes": true,
	"bombing": true, "bombings": true, "assault": true, "assaults": true, "operation": true,
	"massacre": true, "offensive": true,
}

// arEventWords name an attack in Arabic (after و/ب are stripped).
var arEventWords = map[string]bool{
	"هجوم": true, "هجمات": true, "الهجوم": true, "غاره": true, "غارات": true, "الغاره": true,
	"قصف": true, "القصف": true, "ضربه": true, "ضربات": true, "تفجير": true, "انفجار": true,
	"استهداف": true, "مجزره": true, "حادثه": true,
}

// pluperfect: does the sentence recall with "وكان ... قد" before k, or
// with كان, its subject and a verb of report before k ("وكان المرصد وثّق
// أمس"): the perfect after كان tells an earlier time, with or without قد.
func (x *extractor) pluperfect(a, k int) bool {
	kana := -1
	for j := a; j < len(x.ts) && j < k+4 && j <= a+12 && x.ts[j].k != kNL && x.ts[j].w != "."; j++ {
		switch w := x.ts[j].w; {
		case arKana[w]:
			kana = j
		case w == "قد":
			if kana >= 0 {
				return true
			}
		default:
			if x.ts[j].in(lArSpeech) && kana >= 0 && j > kana+1 && j < k {
				return true
			}
		}
	}
	return false
}

// partOfMonth dates "early", "mid" and "late" in a month by a day in it.
var partOfMonth = map[string]int{
	"early": 5, "mid": 15, "late": 25,
	"مطلع": 5, "اوائل": 5, "بدايه": 5, "منتصف": 15, "اواسط": 15, "اواخر": 25, "نهايه": 25,
}

// arOrdinalDay reads an ordinal day ending at token k (not before a):
// "الخامس", "الحادي عشر", "الثالث والعشرين". It returns 0 when there is none.
func (x *extractor) arOrdinalDay(k, a int) int {
	if k < a || k >= len(x.ts) || !x.ts[k].ar {
		return 0
	}
	switch w := x.ts[k].w; w {
	case "عشر", "والعشرين", "والثلاثين":
		// read from its first word
		if k-1 < a {
			return 0
		}
		if d, n := reading.OrdinalDay(x.ts[k-1].w, w); n == 2 {
			return d
		}
		return 0
	default:
		d, _ := reading.OrdinalDay(w, "")
		return d
	}
}

// arAgoUnits follow قبل in "قبل عامين" (two years ago); days are left out:
// "قبل يومين" may still be the same event.
var arAgoUnits = map[string]bool{
	"عام": true, "عامين": true, "اعوام": true, "عاما": true, "سنه": true, "سنتين": true,
	"سنوات": true, "شهر": true, "شهرين": true, "اشهر": true, "شهور": true, "اسبوع": true,
	"اسبوعين": true, "اسابيع": true,
}

func isArNumberWord(w string) bool {
	_, ok := arUnits[w]
	if !ok {
		_, ok = arTens[w]
	}
	return ok
}

// temporal is a time expression in a sentence: its token position and
// whether it lies in the past of the publication date.
type temporal struct {
	pos    int
	past   bool
	strong bool // a span up to now: "since January", "over the past 72 hours"
	// compares: "the worst attack since 2019" dates only what follows it
	// ("since a 2019 raid that killed ..."), not the figure before it.
	compares bool
	// anaphor: "at the time" points back to the time of the incident the
	// text tells: an earlier one only where the text recalls one (an
	// anniversary, a recalled paragraph); else the own incident's, as in
	// a follow-up ("medics said at the time that six were dead").
	anaphor bool
}

// yearValue reads a year written in digits (reading.Year).
func yearValue(t tok) (int, bool) {
	if t.k != kNum {
		return 0, false
	}
	return reading.Year(t.w)
}

// dayValue reads a day of the month written in digits, with an English
// ordinal suffix or not ("3", "03", "3rd": reading.Day).
func dayValue(t tok) (int, bool) {
	if t.k != kNum || len(t.w) > 4 {
		return 0, false
	}
	return reading.Day(t.w)
}

// monthDay reads the day of the month named at k (in ts[a:b]) in every
// order a writer puts it: before the month ("3 March", "3rd March"), as
// "the Nth of" ("the 21st of March", "2 من آذار", "الخامس من آذار") or,
// in English, after it ("March 3", "Feb. 3rd"). Every rule that asks a
// date's day asks it here, so that they agree on what a date is.
func (x *extractor) monthDay(k, a, b int) (int, bool) {
	at := func(i int) tok {
		if i < a || i >= b || i >= len(x.ts) {
			return tok{}
		}
		return x.ts[i]
	}
	if d, ok := dayValue(at(k - 1)); ok {
		return d, true
	}
	switch at(k - 1).w {
	case "of":
		// an ordinal suffix: "the 21st of March" ("5 of March's dead" is no date)
		if t := at(k - 2); len(t.w) > 2 && !x.ts[k].ar {
			if d, ok := dayValue(t); ok {
				return d, true
			}
		}
	case "من":
		if d, ok := dayValue(at(k - 2)); ok {
			return d, true
		}
		if d := x.arOrdinalDay(k-2, a); d > 0 {
			return d, true // "في الخامس من آذار"
		}
	}
	if !x.ts[k].ar {
		return dayValue(at(k + 1))
	}
	return 0, false
}

// temporals lists the time expressions of ts[a:b].
func (x *extractor) temporals(a, b int, out []temporal) []temporal {
	ts := x.ts
	start := len(out)
	at := func(i int) tok {
		if i < a || i >= b {
			return tok{}
		}
		return ts[i]
	}
	for k := a; k < b; k++ {
		x.steps++
		t := &ts[k]
		if t.w == "," || t.w == "،" { // (describingClause opens on a comma)
			if e, ok := x.describingClause(k, sentence{a: a, b: b}); ok {
				k = e // "the monitor, which has tracked the war since 2011,": no figure's date
				continue
			}
		}
		if t.k == kNum {
			if y, ok := yearValue(*t); ok {
				// a year on its own; years next to a month are read there
				if _, isM := x.monthAt(k - 1); isM {
					continue
				}
				if _, isM := x.monthAt(k - 2); isM {
					if _, d := dayValue(at(k - 1)); d || at(k-1).w == "," {
						continue
					}
				}
				if g, ok := lookup(groupWords, at(k+1)); ok && g.g != "" {
					continue
				}
				if x.namesAgreement(k, a, b) {
					continue
				}
				out = append(out, temporal{pos: k, past: x.pastYear(y) && !x.ledeDate(k)})
			}
			continue
		}
		if t.k != kWord {
			continue
		}
		if m, ok := x.monthAt(k); ok {
			if x.monthNamedAgain(k, a) {
				continue
			}
			n := 1 // words of its name
			if levantineFirst(t.w) {
				n = 2
			}
			day, year := 0, 0
			if d, ok := x.monthDay(k, a, b); ok {
				day = d
			} else if d := partOfMonth[stripWawBa(at(k-1).w)]; d > 0 {
				day = d // "مطلع أيلول", "early March": about that day
			} else if i := strings.IndexByte(t.w, '-'); i > 0 && !t.ar {
				day = partOfMonth[t.w[:i]] // "mid-July"
			}
			for j := k + n; j <= k+n+2 && j < b; j++ {
				if y, ok := yearValue(ts[j]); ok {
					year = y
					break
				}
				if ts[j].w == "last" && at(j+1).w == "year" && !x.pub.IsZero() {
					// "on 6 February last year": the day a year back, not
					// the publication's year
					year = x.pub.Year() - 1
					break
				}
			}
			past := x.pastDate(year, m, day)
			if x.namesAgreement(k, a, b) {
				continue
			}
			if past && day > 0 && x.sinceRecent(k, a, year, m, day) {
				// "since 5 October" five days before: the article's own
				// escalation, counted up to now
				past = false
			}
			if day > 0 && (x.reportedDay(max(k-1, a), sentence{a, b}) || x.reportedDay(k, sentence{a, b})) {
				// the day a report came out ("in a report published on 14
				// February, put the toll at 19") dates no incident, as "said
				// on Tuesday" does not: "a report published on March 8 said
				// 40 were killed on January 3" is dated by January 3
				continue
			}
			if past && day > 0 && x.si >= x.own.ledeTo && x.ownDate(m, day) {
				// the lede's own date ("the February 19 attacks" in a report
				// on them): it dates no other incident
				past = false
			}
			if w := at(k + n).w; w == "الماضي" || w == "الماضيه" {
				past = true
			}
			if at(k-1).w == "last" {
				past = true
			}
			if past && x.ledeDate(k) {
				// "a camp hit last November", in a report published in
				// January: the lede's first date is its incident's
				past = false
			}
			out = append(out, temporal{pos: k, past: past})
			continue
		}
		w := t.w
		if t.ar {
			if inArCurrent(t) { // lookup(arCurrent, *t)
				// "وكان المرصد قد وثّق أمس مقتل ...": the pluperfect recalls
				// yesterday as another, earlier incident; not when the lede
				// dates the own incident yesterday or earlier ("انفجار لغم
				// أمس"): "وكان مصدر ذكر أمس أن ..." tells the first report of it
				past := stripWawBa(w) == "امس" && x.pluperfect(a, k) && !(x.own.days && x.own.latest >= 1 && x.si >= x.own.ledeTo)
				out = append(out, temporal{pos: k, past: past})
				continue
			}
			if x.arOtherEvent(k) {
				// "في حادثة منفصلة", "ضحايا الحرب": another incident, or a
				// toll of the whole war (arabic.go)
				out = append(out, temporal{pos: k, past: true, strong: true})
				continue
			}
			if w == "الشهر" && at(k-1).w == "من" && !x.pub.IsZero() {
				d := x.arOrdinalDay(k-2, a)
				// "في الخامس من الشهر الجاري / الماضي"
				y, m := x.pub.Year(), x.pub.Month()
				switch at(k + 1).w {
				case "الجاري", "الحالي":
				case "الماضي", "المنصرم", "الفائت":
					if m--; m == 0 {
						y, m = y-1, 12
					}
				default:
					d = 0
				}
				if d > 0 {
					out = append(out, temporal{pos: k, past: x.pastDate(y, m, d)})
					continue
				}
			}
			switch {
			case (w == "مماثل" || w == "مماثله" || w == "مشابه" || w == "مشابهه") && arEventWords[strings.TrimPrefix(stripWawBa(at(k-1).w), "ل")] && x.pluperfect(a, k+1):
				// "وكانت غارة مماثلة قد أسفرت ...": a similar attack that had
				// killed; "بقصف مماثل" alone may be the same day's
				out = append(out, temporal{pos: k, past: true})
			case (w == "السابق" || w == "السابقه") && arEventWords[stripWawBa(at(k-1).w)] && strings.HasPrefix(stripWawBa(at(k-1).w), "ال"):
				// "الهجوم السابق": the attack before
				out = append(out, temporal{pos: k, past: true})
			case (w == "سابق" || w == "سابقه") && arEventWords[stripWawBa(at(k-1).w)]:
				// "في هجوم سابق", "غارة سابقة": another, earlier attack ("قصف
				// مماثل" may be the same day's)
				out = append(out, temporal{pos: k, past: true})
			case w == "سابق" && at(k-1).w == "وقت" && at(k+1).w == "من" && (at(k+2).w == "العام" || at(k+2).w == "الشهر" || at(k+2).w == "السنه"):
				// "في وقت سابق من العام الجاري": earlier this year
				out = append(out, temporal{pos: k, past: true})
			case w == "سابق" && at(k-1).w == "وقت" && at(k-2).w == "في" && x.arDeathVerbAt(k-3) && at(k+1).w != "اليوم" && at(k+2).w != "اليوم":
				// "وكان ثلاثة قد قتلوا في وقت سابق": the deaths were earlier,
				// another incident ("قد أعلن في وقت سابق" is an earlier report)
				out = append(out, temporal{pos: k, past: true})
			case x.arEarlier(k, a):
				// "وكان شخص قد قتل", "وسبق ذلك مقتل": an earlier incident (arabic.go)
				out = append(out, temporal{pos: k, past: true})
			case w == "بعد" || w == "وبعد":
				// "بعد أسبوع من غارات ...": an attack a week or more before
				n, j := at(k+1), k+1
				if n.k == kNum || isArNumberWord(n.w) {
					j++
				}
				u := at(j).w
				if p := at(j + 1).w; p != "من" && p != "علي" {
					break
				}
				// "بعد يومين من هجوم مماثل": days before, an attack of its
				// own (indefinite); "بعد يومين من القصف" is still this one
				e := at(j + 2).w
				days := (u == "يومين" || u == "ايام" || u == "يوم" || u == "ساعات" || u == "ساعه" || u == "ساعتين") && arEventWords[e] && !x.arDefiniteEvent(j+2, b)
				if arDeathsBefore(u, e) {
					// "أصيب ثلاثة، بعد ساعات من مقتل طفل": the deaths after
					// بعد are the other incident, the clause before it is not
					out = append(out, temporal{pos: j + 1, past: true, compares: true})
				} else if arAgoUnits[u] && arEventWords[stripWawBa(e)] && x.arDefiniteEvent(j+2, b) && x.sameAsHeadline(a, j+2, b) {
					// "بعد أسبوع من قصف سوق بنش الذي ...", "بعد أسبوع على
					// القصف": the incident known already, as "a week after
					// the strike" is, when the headline tells it too
				} else if arAgoUnits[u] || days {
					out = append(out, temporal{pos: j + 1, past: true})
				}
			case w == "الماضي" || w == "الماضيه" || w == "السابق" || w == "السابقه" || w == "الفائت" || w == "الفائته" || w == "المنصرم" || w == "المنصرمه":
				p := at(k - 1).w
				if p == "العام" || p == "الشهر" || p == "الاسبوع" || p == "السنه" || spanWords[p] || p == "الاشهر" {
					out = append(out, temporal{pos: k, past: true})
				}
			case (w == "الحرب" || w == "النزاع" || w == "الصراع") && at(k-1).w != "مخلفات" && at(k-1).w != "ومخلفات":
				// "أسفرت الحرب عن مقتل", "الحرب التي حصدت أرواح": a toll of years
				if p := stripWawBa(at(k - 1).w); p == "اسفرت" || p == "خلفت" || p == "حصدت" || p == "اودت" {
					out = append(out, temporal{pos: k, past: true, strong: true})
					continue
				}
				for j := k + 1; j < b && j <= k+3; j++ {
					if n := stripWawBa(ts[j].w); n == "اسفرت" || n == "خلفت" || n == "حصدت" || n == "اودت" || n == "قتلت" {
						out = append(out, temporal{pos: k, past: true, strong: true})
						break
					}
				}
			case w == "ذكري" || w == "الذكري" || w == "بذكري":
				// the anniversary of an earlier attack
				out = append(out, temporal{pos: k, past: true, strong: true})
			case w == "قبل":
				// "قبل عامين", "قبل ثلاثة أشهر": ago
				n := at(k + 1).w
				if at(k+1).k == kNum || isArNumberWord(n) {
					n = at(k + 2).w
				}
				if arAgoUnits[n] || n == "ايام" && at(k+1).w == n {
					// "قبل أيام": some days ago, not "قبل يومين" (may be this one)
					out = append(out, temporal{pos: k, past: true})
				}
			case w == "منذ":
				if n := at(k + 1).w; (n == "بدايه" || n == "مطلع" || n == "اندلاع" || n == "بدء") && !(n != "مطلع" && x.arOwnClashes(k+2, sentence{a, b})) {
					out = append(out, temporal{pos: k, past: true}) // (not "منذ بدء المواجهات" of the own fighting: incident.go)
				}
			}
			continue
		}
		if enCurrentFilter.May(w) && enCurrent[w] {
			// "said on Tuesday" dates the statement, not the event
			reported := x.frameDay(k) // ("said a monitor on Tuesday")
			for j := k - 1; j >= a && j >= k-3; j-- {
				if ts[j].is(cSpeech) {
					reported = true
				}
			}
			if !reported {
				out = append(out, temporal{pos: k, past: false})
			}
			continue
		}
		switch w {
		case "last":
			n := at(k + 1).w
			if n == "night" {
				out = append(out, temporal{pos: k, past: false})
			} else if periodWords[n] {
				out = append(out, temporal{pos: k, past: true})
			}
		case "earlier":
			if at(k+1).w == "this" && (at(k+2).w == "year" || at(k+2).w == "month" || at(k+2).w == "week") {
				out = append(out, temporal{pos: k, past: true})
			} else if eventWords[at(k+1).w] {
				out = append(out, temporal{pos: k, past: true})
			} else if at(k+1).w == "today" {
				out = append(out, temporal{pos: k, past: false})
			} else if x.periodBefore(k, a, b) {
				out = append(out, temporal{pos: k, past: true})
			}
		case "before", "after":
			if x.periodBefore(k, a, b) {
				out = append(out, temporal{pos: k, past: true})
			}
		case "ago":
			p := at(k - 1).w
			if p == "years" || p == "year" || p == "months" || p == "month" || p == "weeks" || p == "week" {
				out = append(out, temporal{pos: k, past: true})
			}
		case "past", "previous":
			n := at(k + 1).w
			if (w == "past" && (spanWords[n] || spanWords[at(k+2).w])) || eventWords[n] || (w == "previous" && periodWords[n]) {
				out = append(out, temporal{pos: k, past: true})
			}
		case "at":
			// "rescuers said at the time": recalled
			if at(k+1).w == "the" && at(k+2).w == "time" && at(k+3).w != "of" {
				out = append(out, temporal{pos: k, past: true, anaphor: true})
			}
		case "that":
			// "in that raid": the one recalled before; "during that
			// campaign", "the worst day of that campaign": a span recalled
			p, n := at(k-1).w, at(k+1).w
			if eventWords[n] && k > a && (p == "in" || p == "during" || p == "after") ||
				recalledSpans[n] && (k == a || p == "in" || p == "during" || p == "after" || p == "of" || p == "throughout") {
				out = append(out, temporal{pos: k, past: true})
			}
		case "war", "conflict", "uprising", "revolution":
			// "Syria's war has killed more than 500,000 people": a toll of
			// years; "remnants of war killed two boys" is today's
			if at(k-1).w == "of" || at(k-1).w == "from" || at(k-1).w == "by" {
				continue // "Syrians uprooted by war": a cause of the camp, not a toll
			}
			for j := k + 1; j < b && j <= k+4; j++ {
				if mw, ok := metricWords[ts[j].w]; ok && mw.pre && mw.m == Killed {
					out = append(out, temporal{pos: k, past: true, strong: true})
					break
				}
			}
		case "anniversary":
			out = append(out, temporal{pos: k, past: true, strong: true})
		case "similar":
			if eventWords[at(k+1).w] {
				out = append(out, temporal{pos: k, past: true})
			}
		case "since":
			n := at(k + 1).w
			if n == "the" {
				n = at(k + 2).w
			}
			if n == "start" || n == "beginning" || n == "outbreak" {
				out = append(out, temporal{pos: k, past: true})
			}
		case "this":
			if at(k+1).w == "year" && at(k-1).w != "earlier" && !x.comparedBefore(k, sentence{a, b}) {
				// "one of the deadliest attacks on the region this year" compares
				out = append(out, temporal{pos: k, past: true})
			} else if at(k+1).w == "morning" || at(k+1).w == "evening" {
				out = append(out, temporal{pos: k, past: false})
			}
		}
	}
	kept := out[:start]
	for _, t := range out[start:] {
		if t.past {
			switch x.sinceKind(t.pos, a) {
			case sinceCompares:
				t.compares = true
			case sinceSpan:
				t.strong = true
			}
		}
		kept = append(kept, t)
	}
	return kept
}

// recalledSpans name a span of fighting that "that" points back to.
var recalledSpans = map[string]bool{"campaign": true, "offensive": true, "battle": true, "escalation": true, "war": true}

// comparatives: "the worst attack since 2019" compares, it does not sum up.
var comparatives = map[string]bool{
	"worst": true, "deadliest": true, "largest": true, "biggest": true, "first": true,
	"heaviest": true, "highest": true, "bloodiest": true, "most": true, "major": true,
	"الاعنف": true, "الاكبر": true, "الاول": true, "الاسوا": true, "الادمي": true, "الاولي": true,
}

const (
	sinceNone     = iota
	sinceSpan     // "since January": a span up to now
	sinceCompares // "the deadliest since 2019"
)

// sinceKind tells whether the time expression at k opens a span that runs
// up to now ("since January", "منذ بداية العام", "over the past 72 hours"),
// or only compares ("the worst attack since 2019").
func (x *extractor) sinceKind(k, a int) int {
	w := x.ts[k].w
	if w == "past" || w == "since" || w == "منذ" {
		return sinceSpan
	}
	for j := k - 1; j >= a && j >= k-4; j-- {
		w := x.ts[j].w
		if w == "since" || w == "منذ" {
			for c := j - 1; c >= a && c >= j-6; c-- {
				if comparatives[x.ts[c].w] {
					return sinceCompares
				}
			}
			return sinceSpan
		}
		if x.ts[j].k != kWord && x.ts[j].k != kNum {
			break
		}
	}
	return sinceNone
}

// agreementWords: a date that names an agreement ("the 2020 ceasefire",
// "اتفاق ... في آذار 2020") does not date the figure.
var agreementWords = map[string]bool{
	"ceasefire": true, "agreement": true, "deal": true, "accord": true, "truce": true,
	"memorandum": true, "protocol": true, "accords": true, "resolution": true,
	"اتفاق": true, "اتفاقيه": true, "هدنه": true, "اتفاقيات": true, "مذكره": true, "قرار": true,
}

func (x *extractor) namesAgreement(k, a, b int) bool {
	// "the 2020 ceasefire", "the March 2020 agreement"
	for j := k + 1; j < b && j <= k+2; j++ {
		if agreementWords[x.ts[j].w] {
			return true
		}
	}
	// "اتفاق وقف إطلاق النار الموقع بين روسيا وتركيا في آذار 2020": an
	// agreement signed (الموقع، المبرم) on that date
	signed := false
	for j := k - 1; j >= a && j >= k-8; j-- {
		w := x.ts[j].w
		if w == "الموقع" || w == "المبرم" || w == "الموقعه" || w == "signed" {
			signed = true
		}
		if (agreementWords[w] || agreementWords[x.ts[j].stem]) && signed {
			return true
		}
		if x.ts[j].k == kPunct && x.ts[j].w != "," && x.ts[j].w != "،" {
			break
		}
	}
	return false
}

// monthNamedAgain: is the month at k (sentence from a) the second name of
// one month named twice ("مايو أيار", "أيلول/ سبتمبر", "كانون الثاني/يناير",
// "تشرين الأول - أكتوبر", "أكتوبر (تشرين الأول)")? It is read at the first.
func (x *extractor) monthNamedAgain(k, a int) bool {
	j := k - 1
	if j > a {
		switch x.ts[j].w {
		case "/", "-", "–", "(", "\\":
			j--
		}
	}
	if j < a {
		return false
	}
	if x.isMonth(j) {
		return true
	}
	// the ordinal that ends a Levantine name of two words
	return j > a && x.isMonth(j-1) && levantineFirst(x.ts[j-1].w)
}

// levantineFirst: is w (with a clitic or not) the first word of a Levantine
// month name of two words (كانون، تشرين)?
func levantineFirst(w string) bool {
	for _, p := range [...]string{"", "و", "ب", "في"} {
		if r, ok := strings.CutPrefix(w, p); ok && (r == "كانون" || r == "تشرين") {
			return true
		}
	}
	return false
}

func (x *extractor) isMonth(k int) bool {
	_, ok := x.monthAt(k)
	return ok
}

// monthAt reports whether ts[k] names a month.
func (x *extractor) monthAt(k int) (time.Month, bool) {
	if k < 0 || k >= len(x.ts) {
		return 0, false
	}
	// the rules ask it of the same tokens many times (each window that
	// passes a token; an Arabic word takes up to four look-ups): read once
	if x.monthOf == nil {
		x.monthOf = make([]int8, len(x.ts))
	}
	if v := x.monthOf[k]; v != 0 {
		return time.Month(max(v, 0)), v > 0
	}
	m, ok := x.readMonthAt(k)
	x.monthOf[k] = -1
	if ok {
		x.monthOf[k] = int8(m)
	}
	return m, ok
}

// readMonthAt reads the month token k names, for monthAt.
func (x *extractor) readMonthAt(k int) (time.Month, bool) {
	t := &x.ts[k]
	if t.k != kWord {
		return 0, false
	}
	if !t.ar {
		if !t.cap {
			// "mid-July", "early-March": one word, a month's part
			if !t.hy {
				return 0, false
			}
			if i := strings.IndexByte(t.w, '-'); i > 0 && partOfMonth[t.w[:i]] > 0 && t.s+i+1 < len(x.text) && x.text[t.s+i+1] >= 'A' && x.text[t.s+i+1] <= 'Z' {
				return reading.Month(t.w[i+1:])
			}
			return 0, false
		}
		m, ok := reading.Month(t.w)
		if ok && (t.w == "may" || t.w == "march") {
			// modal/verb unless next to a number or after in/last/since
			p, n := tok{}, tok{}
			if k > 0 {
				p = x.ts[k-1]
			}
			if k+1 < len(x.ts) {
				n = x.ts[k+1]
			}
			if p.k != kNum && n.k != kNum && p.w != "in" && p.w != "last" && p.w != "since" && p.w != "early" && p.w != "late" && !(p.w == "of" && k > 1 && x.ts[k-2].k == kNum) {
				return 0, false // (but "the 21st of March" is a date)
			}
		}
		return m, ok
	}
	w := t.w
	for _, p := range []string{"", "و", "ب", "في"} {
		if len(w) <= len(p) || w[:len(p)] != p {
			continue
		}
		r := w[len(p):]
		if r == "كانون" || r == "تشرين" {
			if k+1 < len(x.ts) {
				// the ordinal, or the ordinal joined to the other name
				// by a hyphen ("الثاني-نوفمبر")
				second, _, _ := strings.Cut(x.ts[k+1].w, "-")
				if m, ok := reading.LevantineMonth(r, second); ok {
					return m, true
				}
			}
			return 0, false
		}
		if m, ok := reading.Month(r); ok {
			if r == "اب" {
				// also "father": only next to a number or "الماضي"
				ok = (k > 0 && x.ts[k-1].k == kNum) || (k+1 < len(x.ts) && (x.ts[k+1].k == kNum || x.ts[k+1].w == "الماضي"))
				if k > 1 && x.ts[k-1].w == "من" && x.ts[k-2].k == kNum {
					ok = true
				}
			}
			if ok {
				return m, true
			}
		}
	}
	return 0, false
}

// ledeDate: is the date at k the first one the headline and lede name?
// That is the own incident's date however long before publication it was
// (a report or a follow-up); later ones may recall another incident. A
// text of one sentence has no lede apart from what it recalls.
func (x *extractor) ledeDate(k int) bool {
	return x.own.first > 0 && x.si < x.own.ledeTo && k == x.own.first-1 && len(x.sents) > 1
}

func (x *extractor) pastYear(y int) bool {
	if x.pub.IsZero() {
		return x.refYear > 0 && y < x.refYear
	}
	return y < x.pub.Year()
}

// latestYear is the latest year an undated text names: the article is not
// older, so a year before it is past ("in July of 2019" in a 2021 report).
func latestYear(ts []tok) int {
	best := 0
	for _, t := range ts {
		if y, ok := yearValue(t); ok && y > best {
			best = y
		}
	}
	return best
}

// pastDate: is year/month/day (year, day may be 0) more than two days
// before publication? Without a year, the latest such date not after
// publication is meant.
func (x *extractor) pastDate(year int, m time.Month, day int) bool {
	if x.pub.IsZero() {
		return false
	}
	p := x.pub
	if year == 0 {
		year = p.Year()
		first := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
		if day > 0 {
			first = time.Date(year, m, day, 0, 0, 0, 0, time.UTC)
		}
		if first.After(p.AddDate(0, 0, 1)) {
			year--
		}
	}
	var last time.Time
	if day > 0 {
		if x.curMonth == [2]int{year, int(m)} {
			// a day of the month the article reports on ("in March" was
			// its own): "before a ceasefire came into force on March 6"
			return false
		}
		last = time.Date(year, m, day, 0, 0, 0, 0, time.UTC)
	} else {
		last = time.Date(year, m+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	}
	past := p.Sub(last) > 2*24*time.Hour+time.Hour
	if day == 0 && !past && x.curMonth[0] == 0 && (year != p.Year() || m != p.Month()) {
		x.curMonth = [2]int{year, int(m)} // a month past but just ended: a monthly report's own
	}
	return past
}

// nearestPast judges the figure at token pos by the nearest time expression
// of its sentence; a span up to now reaches further. A past date inside a
// relative clause after the figure ("killing 3 in Atmeh, where US forces
// killed a leader in 2022") dates that clause, not the figure.
func (x *extractor) nearestPast(tm []temporal, pos, end int) (past, found bool) {
	best, bestD := -1, 0
	x.steps += len(tm)
	for i, t := range tm {
		if t.past && t.pos > pos && (t.compares || x.relativeBetween(pos, t.pos, end)) {
			continue
		}
		d := t.pos - pos
		if d < 0 {
			d = -d
		}
		d *= 2
		if t.strong {
			d = d/2 - 1
		}
		if best < 0 || d < bestD {
			best, bestD = i, d
		}
	}
	if best < 0 {
		return false, false
	}
	if tm[best].anaphor {
		// the time of the incident told: a recalled one's, or the own
		return len(x.recalled) > 0 || x.recallPara(), true
	}
	return tm[best].past, true
}

func (x *extractor) relativeBetween(a, b, end int) bool {
	for k := a + 1; k < b && k < end; k++ {
		if x.boundaryAt(k)&reading.RelativePronoun != 0 {
			return true
		}
	}
	return false
}

// recallNouns name an event that an article may recall by its name alone.
var recallNouns = map[string]bool{
	"earthquake": true, "quake": true, "earthquakes": true, "massacre": true, "flood": true,
	"floods": true, "attack": true, "raid": true, "bombing": true, "strike": true, "offensive": true,
	"الزلزال": true, "المجزره": true,
}

// periodNouns count the time since an event: "one year after the earthquake".
var periodNouns = map[string]bool{
	"year": true, "years": true, "month": true, "months": true, "decade": true, "anniversary": true,
	"عام": true, "عامين": true, "سنه": true, "ذكري": true, "الذكري": true,
}

// noteRecalled records the events a sentence dates in the past: "one year
// after the earthquake", "the anniversary of the massacre", "عام على الزلزال".
func (x *extractor) noteRecalled(s sentence) {
	ts := x.ts
	for k := s.a; k+2 < s.b; k++ {
		t := &ts[k]
		if (t.cls|t.bare)&cPeriod == 0 {
			continue // neither a period noun nor one after و or ب (ذكرى is one)
		}
		if t.ar && t.bare&cPeriod != 0 && x.arAnniversaryOf(k, s) {
			continue
		}
		if !t.is(cPeriod) {
			continue
		}
		n := k + 1
		if w := x.word(n, s); w != "after" && w != "of" && w != "since" && w != "علي" && w != "بعد" {
			continue
		}
		n++
		if x.word(n, s) == "the" {
			n++
		}
		for m := n; m < s.b && m <= n+2; m++ {
			if recallNouns[ts[m].w] {
				if x.recalled == nil {
					x.recalled = map[string]bool{}
				}
				if len(x.recalled) < 16 {
					x.recalled[ts[m].w] = true
				}
				break
			}
		}
	}
}

// arAnniversaryOf records the event of "الذكرى السابعة للهجوم الكيماوي",
// "ذكرى مجزرة": the noun after ذكرى (past an ordinal), as "الهجوم".
func (x *extractor) arAnniversaryOf(k int, s sentence) bool {
	if w := stripWawBa(x.ts[k].w); w != "ذكري" && w != "الذكري" {
		return false
	}
	for j := k + 1; j < s.b && j <= k+2; j++ {
		w := x.ts[j].w
		switch {
		case strings.HasPrefix(w, "لل"):
			w = "ال" + strings.TrimPrefix(w, "لل")
		case strings.HasPrefix(w, "ل"):
			w = "ال" + strings.TrimPrefix(w, "ل")
		case !strings.HasPrefix(w, "ال"):
			w = "ال" + w
		}
		if arEventWords[w] || recallNouns[w] || arEventWords[strings.TrimPrefix(w, "ال")] {
			if x.recalled == nil {
				x.recalled = map[string]bool{}
			}
			if len(x.recalled) < 16 {
				x.recalled[w] = true
			}
			return true
		}
	}
	return false
}

// recalledSubject: does the sentence open with a recalled event as its
// subject ("The 7.8-magnitude earthquake that struck ... killed"), before
// the figure at pos?
func (x *extractor) recalledSubject(s sentence, pos int) bool {
	if len(x.recalled) == 0 {
		return false
	}
	ts := x.ts
	k := s.a
	if ts[k].ar {
		// "كما أصيب في الهجوم": the recalled attack, named before the figure
		for ; k < pos && k < s.b; k++ {
			if x.recalled[stripWawBa(ts[k].w)] {
				return true
			}
		}
		return false
	}
	if w := x.word(k, s); w != "the" && w != "that" && w != "this" {
		return false
	}
	for k++; k < s.b && k < pos && k <= s.a+4; k++ {
		if x.recalled[ts[k].w] {
			return true
		}
		if ts[k].k == kPunct && ts[k].w != "-" && ts[k].w != "." || ts[k].k == kNL || ts[k].k == kQuote {
			return false
		}
	}
	return false
}

// arDefiniteEvent: is the event noun at k definite, an incident known
// already: with its article ("القصف"), or made definite by its genitive
// ("قصف السوق", "مجزرة سوق بنش", "غارة الأحد"), not "غارة على بنش", "هجوم
// مماثل"?
func (x *extractor) arDefiniteEvent(k, b int) bool {
	if k >= b || !x.ts[k].ar {
		return false
	}
	if strings.HasPrefix(stripWawBa(x.ts[k].w), "ال") {
		return true
	}
	if k+1 >= b || !x.ts[k+1].ar || x.ts[k+1].k != kWord {
		return false
	}
	if strings.HasPrefix(x.ts[k+1].w, "ال") || arCurrent[x.ts[k+1].w] {
		return true
	}
	// a town's name, or a noun of it: "قصف بنش", "مجزرة سوق بنش"
	e := min(k+3, b)
	return !x.noPlaceIn(k+1, e) && len(x.placeReader().Matches(x.ts[k+1].s, x.ts[e-1].e)) > 0
}

// sinceRecent: does "since" (منذ) open the date at k, and the date lie
// within ten days before publication?
func (x *extractor) sinceRecent(k, a, year int, m time.Month, day int) bool {
	since := false
	for j := k - 1; j >= a && j >= k-3; j-- {
		if w := x.ts[j].w; w == "since" || stripWawBa(w) == "منذ" {
			since = true
		}
	}
	if !since || x.pub.IsZero() {
		return false
	}
	if year == 0 {
		year = x.pub.Year()
		if time.Date(year, m, day, 0, 0, 0, 0, time.UTC).After(x.pub) {
			year--
		}
	}
	d := x.pub.Sub(time.Date(year, m, day, 0, 0, 0, 0, time.UTC))
	return d >= 0 && d <= 10*24*time.Hour
}

// periodBefore reads "a week earlier", "two months before" at k (the word
// earlier/before/after): another incident before this one; "a week after a
// drone strike killed 5" dates that strike. Days only from two up ("a day
// earlier" may be the same incident), and "a week after the strike" is
// this one.
func (x *extractor) periodBefore(k, a, b int) bool {
	ts := x.ts
	if k-2 < a {
		return false
	}
	p := ts[k-1].w
	days := p == "day" || p == "days"
	switch p {
	case "week", "weeks", "month", "months", "year", "years", "decade", "day", "days":
	default:
		return false // not "two hours after a warning"
	}
	n := 1
	if lo, _, _, ok := parseNumber(ts[:b], k-2); ok && lo > 0 {
		n = lo
	} else if q := ts[k-2].w; q != "a" && q != "an" && q != "one" && q != "several" && q != "few" {
		return false
	}
	if days && n < 2 {
		return false
	}
	if ts[k].w == "after" {
		if k+1 >= b {
			return false
		}
		if q := ts[k+1].w; q != "a" && q != "an" && q != "similar" && !eventWords[q] {
			return false
		}
	}
	return true
}
