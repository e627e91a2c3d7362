package events

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/idlibwatch/idlibwatch/reading"
	"github.com/idlibwatch/idlibwatch/textnorm"
)

// Dating is the incident date of an article.
type Dating struct {
	// Day is the incident's day (midnight UTC); zero when neither the text nor
	// the publication date tells.
	Day time.Time
	// Cue says where Day comes from: "explicit" (a date in the text),
	// "weekday", "relative" (overnight, yesterday, أمس…), or "published"
	// (no cue: the publication day).
	Cue string
	// Weekdays are the weekdays the text names outside recollections; they
	// place an undated article among candidate events.
	Weekdays []time.Weekday
	// Span is how many days before Day the wording lets the incident be:
	// 0 for a stated day, 1 for a night ("overnight", "Tuesday night", "last
	// night": midnight may fall within), 6 for "last week", GuessSpan
	// when only the publication date dates the report.
	Span int
}

// GuessSpan is how far back a report dated only by its publication may
// tell of its incident: a toll is still updated days later.
const GuessSpan = 3

// HasCue reports whether the text itself said when the incident happened.
func (d Dating) HasCue() bool { return d.Cue != "" && d.Cue != "published" }

// From is the earliest day the incident may be (zero when undated).
func (d Dating) From() time.Time {
	if d.Day.IsZero() {
		return d.Day
	}
	return d.Day.AddDate(0, 0, -d.Span)
}

var months = map[string]time.Month{}

func init() {
	add := func(m time.Month, names string) {
		for _, n := range strings.Split(names, "|") {
			for _, w := range words(n) {
				months[w] = m
			}
		}
	}
	add(time.January, "january|jan|يناير|كانون الثاني")
	add(time.February, "february|feb|فبراير|شباط")
	add(time.March, "march|mar|مارس|آذار")
	add(time.April, "april|apr|أبريل|ابريل|نيسان")
	add(time.May, "may|مايو|أيار")
	add(time.June, "june|jun|يونيو|حزيران")
	add(time.July, "july|jul|يوليو|تموز")
	add(time.August, "august|aug|أغسطس|آب")
	add(time.September, "september|sep|sept|سبتمبر|أيلول")
	add(time.October, "october|oct|أكتوبر|تشرين الأول")
	add(time.November, "november|nov|نوفمبر|تشرين الثاني")
	add(time.December, "december|dec|ديسمبر|كانون الأول")
	// The Levantine names are two words; their first words alone are not
	// months, and their second ("الأول", "الثاني": first, second) even less.
	for _, w := range words("كانون تشرين الأول الثاني") {
		delete(months, w)
	}
}

// levantineMonth reads "كانون الثاني" / "تشرين الأول" at toks[i].
func levantineMonth(toks []tok, i int) (time.Month, int) {
	if i+1 >= len(toks) {
		return 0, 0
	}
	a, b := toks[i].w, toks[i+1].w
	ordinal := map[string]int{"الاول": 1, "الثاني": 2}[b]
	switch {
	case a == "كانون" && ordinal == 1:
		return time.December, 2
	case a == "كانون" && ordinal == 2:
		return time.January, 2
	case a == "تشرين" && ordinal == 1:
		return time.October, 2
	case a == "تشرين" && ordinal == 2:
		return time.November, 2
	}
	return 0, 0
}

// monthAt reads a month name at toks[i], with an Arabic double naming
// ("شباط/فبراير") read as one; it returns the month and the tokens used.
func monthAt(toks []tok, i int) (time.Month, int) {
	m, n := levantineMonth(toks, i)
	if n == 0 {
		var ok bool
		if m, ok = months[toks[i].w]; !ok {
			return 0, 0
		}
		// "may" is a verb far more often than a month: only with a number.
		n = 1
	}
	if i+n < len(toks) {
		if m2, n2 := levantineMonth(toks, i+n); n2 > 0 && m2 == m {
			n += n2
		} else if m2, ok := months[toks[i+n].w]; ok && m2 == m {
			n++
		}
	}
	return m, n
}

var weekdays = map[string]time.Weekday{}

func init() {
	add := func(d time.Weekday, names string) {
		for _, n := range strings.Split(names, "|") {
			weekdays[textnorm.Normalize(n)] = d
		}
	}
	add(time.Sunday, "sunday|الأحد")
	add(time.Monday, "monday|الاثنين|الإثنين")
	add(time.Tuesday, "tuesday|الثلاثاء")
	add(time.Wednesday, "wednesday|الأربعاء")
	add(time.Thursday, "thursday|الخميس")
	add(time.Friday, "friday|الجمعة")
	add(time.Saturday, "saturday|السبت")
}

// relative is an expression placing an incident relative to the
// publication day: 0 the same day (an overnight raid is dated by the morning
// it ended), -1 the day before.
type relative struct {
	p    phrase
	days int
}

var relatives = func() []relative {
	var out []relative
	add := func(days int, list string) {
		for _, p := range phrases(list) {
			out = append(out, relative{p, days})
		}
	}
	add(-1, "last night|yesterday|the previous night|أمس|الأمس|البارحة|الليلة الماضية|ليلة أمس|مساء أمس")
	add(0, "overnight|early hours|pre-dawn|predawn|before dawn|this morning|earlier today|today|tonight|this evening|فجر اليوم|صباح اليوم|مساء اليوم|اليوم|الليلة")
	// A week back: Day is the day before publication, Span six more.
	add(-7, "last week|earlier this week|past week|this week|الأسبوع الماضي|الاسبوع الماضي|هذا الأسبوع|الأسبوع الجاري")
	add(-31, "last month|earlier this month|الشهر الماضي|الشهر المنصرم|مطلع الشهر")
	return out
}()

// nightWords let an incident span midnight: "overnight" said in the
// morning may be the evening before, "Tuesday night" may end on Wednesday.
// Dawn is not night: "before dawn on Wednesday" is Wednesday.
var nightWords = newPhraseSet(phrases(`overnight|night|nighttime|late on|midnight|last night|
	ليلة|ليل|الليل|ليلا|ليلاً|منتصف الليل|الليلة الماضية`), nil)

var relativeSet = func() *phraseSet {
	items := make([]phrase, len(relatives))
	for i, r := range relatives {
		items[i] = r.p
	}
	return newPhraseSet(items, nil)
}()

// recallWords mark a sentence about an earlier incident ("the largest raid
// since 2019", "a year ago").
var recallWords = newPhraseSet(phrases("since|ago|anniversary|last year|previous year|in the past|earlier this year|years earlier|months earlier|منذ|العام الماضي|ذكرى|قبل عام|قبل أعوام|قبل سنوات"), nil)

// dateCue is a date expression found in a text.
type dateCue struct {
	pos, end     int // byte span
	kind         string
	year, day    int
	month        time.Month
	weekday      time.Weekday
	relativeDays int
}

// scanDates finds the date expressions of toks, in order.
func scanDates(toks []tok) []dateCue {
	var out []dateCue
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		// DAY MONTH [YEAR]
		if d, ok := dayNumber(t.w); ok && i+1 < len(toks) {
			if m, n := monthAt(toks, i+1); n > 0 {
				c := dateCue{pos: t.start, end: toks[i+n].end, kind: "daymonth", day: d, month: m}
				if y, ok := yearAt(toks, i+1+n); ok {
					c.kind, c.year, c.end = "full", y, toks[i+1+n].end
					i++
				}
				out = append(out, c)
				i += n
				continue
			}
		}
		if m, n := monthAt(toks, i); n > 0 {
			// MONTH DAY [YEAR]
			if i+n < len(toks) {
				if d, ok := dayNumber(toks[i+n].w); ok {
					c := dateCue{pos: t.start, end: toks[i+n].end, kind: "daymonth", day: d, month: m}
					if y, ok := yearAt(toks, i+n+1); ok {
						c.kind, c.year, c.end = "full", y, toks[i+n+1].end
						i++
					}
					out = append(out, c)
					i += n
					continue
				}
			}
			// MONTH YEAR, or a month alone ("In July, …"); "may" alone is a verb.
			if y, ok := yearAt(toks, i+n); ok {
				out = append(out, dateCue{pos: t.start, end: toks[i+n].end, kind: "monthyear", month: m, year: y})
				i += n
				continue
			}
			if monthAlone(t) {
				out = append(out, dateCue{pos: t.start, end: toks[i+n-1].end, kind: "month", month: m})
			}
			i += n - 1
			continue
		}
		if y, ok := yearAt(toks, i); ok {
			out = append(out, dateCue{pos: t.start, end: t.end, kind: "year", year: y})
			continue
		}
		if wd, ok := weekdays[t.w]; ok {
			out = append(out, dateCue{pos: t.start, end: t.end, kind: "weekday", weekday: wd})
			continue
		}
		if wd, ok := weekdays[strings.TrimPrefix(t.w, "و")]; ok && strings.HasPrefix(t.w, "و") {
			out = append(out, dateCue{pos: t.start, end: t.end, kind: "weekday", weekday: wd})
			continue
		}
		if j := relativeSet.at(toks, i); j >= 0 {
			r := relatives[j]
			out = append(out, dateCue{pos: t.start, end: toks[i+len(r.p)-1].end, kind: "relative", relativeDays: r.days})
			i += len(r.p) - 1
		}
	}
	return out
}

func dayNumber(w string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	if len(w) > 2 || !isNumber(w) {
		return 0, false
	}
	d, err := strconv.Atoi(w)
	return d, err == nil && d >= 1 && d <= 31
}

func yearAt(toks []tok, i int) (int, bool) {
	if i >= len(toks) || len(toks[i].w) != 4 || !isNumber(toks[i].w) {
		return 0, false
	}
	y, _ := strconv.Atoi(toks[i].w)
	return y, y >= 1980 && y <= 2100
}

// midnight returns the day of t at 00:00 UTC.
func midnight(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// dayMonthBefore places a day and month without a year at or before ref
// (a day or two after ref is allowed: time zones, late reports).
func dayMonthBefore(d int, m time.Month, ref time.Time) time.Time {
	t := date(ref.Year(), m, d)
	if t.After(ref.AddDate(0, 0, 2)) {
		t = date(ref.Year()-1, m, d)
	}
	return t
}

// weekdayBefore is the last day on or before ref falling on wd.
func weekdayBefore(wd time.Weekday, ref time.Time) time.Time {
	diff := (int(ref.Weekday()) - int(wd) + 7) % 7
	return ref.AddDate(0, 0, -diff)
}

// TextDate finds the first full date (day, month and year) a text states
// outside a recollection: for an article whose publication date is unknown,
// the byline or the first dated sentence is the best guess at it.
func TextDate(text string) time.Time { return textDate(prepare(reading.Read(text))) }

// sentence is a sentence of an article's reading with its words and date
// expressions. Every offset indexes src, the text read.
type sentence struct {
	span
	src   string
	words []textnorm.Token
	toks  []tok
	cues  []dateCue
}

// prepare takes the sentences of a reading with their words.
func prepare(d *reading.Doc) []sentence {
	out := make([]sentence, len(d.Sentences))
	for i, s := range d.Sentences {
		start, end := d.Span(s)
		out[i].span = span{start: start, end: end, text: d.Text[start:end]}
		out[i].src = d.Text
		out[i].words = d.MatchWordsIn(start, end)
		out[i].toks = toToks(d.Text, out[i].words)
		out[i].cues = scanDates(out[i].toks)
	}
	return out
}

func textDate(sents []sentence) time.Time {
	for _, s := range sents {
		if len(s.cues) == 0 || recallWords.any(s.toks) {
			continue
		}
		for _, c := range s.cues {
			if c.kind == "full" {
				if t := date(c.year, c.month, c.day); t.Day() == c.day {
					return t
				}
			}
		}
	}
	return time.Time{}
}

// isRecall reports whether a sentence tells of an earlier incident, so that
// its dates and places do not date or place the article's own: it names a
// year other than the reference's, a month other than the reference's without
// a day ("In July, …"), or uses recollection wording.
func isRecall(toks []tok, cues []dateCue, ref time.Time) bool {
	if recallWords.any(toks) {
		return true
	}
	if ref.IsZero() {
		return false
	}
	for _, c := range cues {
		switch c.kind {
		case "full", "monthyear", "year":
			if c.year != ref.Year() && !(c.kind != "year" && c.month == time.December && ref.Month() == time.January && c.year == ref.Year()-1) {
				return true
			}
			if c.kind == "monthyear" && c.month != ref.Month() {
				return true
			}
		case "month":
			if c.month != ref.Month() {
				return true
			}
		}
		if c.kind == "full" || c.kind == "daymonth" {
			t := dayMonthBefore(c.day, c.month, ref)
			if c.kind == "full" {
				t = date(c.year, c.month, c.day)
			}
			if ref.Sub(t) > 10*24*time.Hour {
				return true
			}
		}
	}
	return false
}

// ResolveDate finds the incident date of an article from the first date
// expression of its text outside recollections ("on February 3", "overnight",
// "early on Wednesday", "يوم الخميس", "أمس"), resolved against the
// publication date. Without a publication date it reads one from the text
// (TextDate); without either the day stays unknown and only the weekdays
// named are kept.
func ResolveDate(text string, published time.Time) Dating {
	return resolveDate(prepare(reading.Read(text)), published)
}

func resolveDate(sents []sentence, published time.Time) Dating {
	ref := midnight(published)
	if ref.IsZero() {
		ref = textDate(sents)
	}
	var out Dating
	for _, s := range sents {
		if len(s.cues) == 0 || isRecall(s.toks, s.cues, ref) || byline(s.toks) {
			continue
		}
		// "In the early hours of Wednesday": the weekday, not the
		// publication's day, says which day.
		named := slices.ContainsFunc(s.cues, func(c dateCue) bool {
			return (c.kind == "weekday" || c.kind == "full" || c.kind == "daymonth") && !saidOn(s.toks, c)
		})
		for _, c := range s.cues {
			if c.kind == "weekday" && !slices.Contains(out.Weekdays, c.weekday) {
				out.Weekdays = append(out.Weekdays, c.weekday)
			}
			if out.Cue != "" || ref.IsZero() || saidOn(s.toks, c) || (named && c.kind == "relative" && c.relativeDays >= -1) {
				continue
			}
			switch c.kind {
			case "full":
				out.Day, out.Cue = date(c.year, c.month, c.day), "explicit"
			case "daymonth":
				out.Day, out.Cue = dayMonthBefore(c.day, c.month, ref), "explicit"
			case "weekday":
				out.Day, out.Cue = weekdayBefore(c.weekday, ref), "weekday"
				if out.Day.Equal(ref) && lastBefore(s.toks, c) {
					out.Day = out.Day.AddDate(0, 0, -7) // "last Tuesday", said on a Tuesday
				}
			case "relative":
				out.Day, out.Cue = ref.AddDate(0, 0, c.relativeDays), "relative"
				if c.relativeDays < -1 {
					out.Day, out.Span = ref.AddDate(0, 0, -1), -c.relativeDays-1
				}
			default:
				continue
			}
			// A report never dates its incident after its own publication
			// (a day of time zones aside); a date it cannot have is not
			// the incident's.
			if !published.IsZero() && out.Day.After(ref) {
				// A full date (with its year) a few days after the stated
				// publication says the publication date is wrong.
				if c.kind == "full" && out.Day.Sub(ref) <= 10*24*time.Hour {
					continue
				}
				if out.Day.Sub(ref) > 24*time.Hour {
					out.Day, out.Cue, out.Span = time.Time{}, "", 0
					continue
				}
				out.Day = ref
			}
			if out.Span == 0 && nightWords.any(s.toks) {
				switch {
				case c.kind == "relative":
					out.Span = 1 // "overnight": the evening before counts
				case out.Day.Before(ref):
					// A named day's night may end after midnight, not after
					// the report.
					out.Day, out.Span = out.Day.AddDate(0, 0, 1), 1
				}
			}
		}
	}
	if out.Cue == "" && !ref.IsZero() {
		out.Day, out.Cue, out.Span = ref, "published", GuessSpan
	}
	return out
}

// speechVerbs date a statement, not an incident: "the monitor said on
// Friday that the toll had risen".
var speechVerbs = map[string]bool{"said": true, "says": true, "announced": true, "reported": true, "added": true, "stated": true,
	"confirmed": true, "told": true, "declared": true, "updated": true, "رفع": true, "أعلن": true, "اعلن": true, "وأعلن": true, "واعلن": true}

// lastBefore reports "last" before a weekday cue.
func lastBefore(toks []tok, c dateCue) bool {
	for i, t := range toks {
		if t.start == c.pos {
			return i > 0 && (toks[i-1].w == "last" || toks[i-1].w == "past")
		}
	}
	return false
}

// saidOn reports a date cue that dates a statement ("said on Friday").
func saidOn(toks []tok, c dateCue) bool {
	for i, t := range toks {
		if t.start != c.pos {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			if speechVerbs[toks[j].w] {
				return true
			}
			if toks[j].w != "on" && toks[j].w != "late" && toks[j].w != "early" {
				return false
			}
		}
		return false
	}
	return false
}

// byline reports a line that is only a date and a time ("22 November, 2019",
// "04 نوفمبر 2020، 09:00 م"): when the story was filed, not when the incident
// happened.
func byline(toks []tok) bool {
	if len(toks) > 8 {
		return false
	}
	for i, t := range toks {
		if isNumber(t.w) || weekdays[t.w] != 0 || t.w == "sunday" || t.w == "الاحد" {
			continue
		}
		if _, ok := months[t.w]; ok {
			continue
		}
		if m, _ := levantineMonth(toks, i); m != 0 || (i > 0 && (t.w == "الاول" || t.w == "الثاني")) {
			continue
		}
		switch t.w {
		case "am", "pm", "gmt", "utc", "م", "ص", "updated", "published", "min", "read":
			continue
		}
		return false
	}
	return true
}

// monthAlone reports whether a month name without a day or year is one: a
// capitalized English name ("In July") or an Arabic one other than آب, which
// is also "father".
func monthAlone(t tok) bool {
	r, _ := utf8.DecodeRuneInString(t.raw)
	if unicode.Is(unicode.Arabic, r) {
		return t.w != "اب"
	}
	return unicode.IsUpper(r) && len(t.w) > 3
}
