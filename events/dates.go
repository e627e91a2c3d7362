package events

import (
	"slices"
	"sort"
	"time"

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

// nightWords let an incident span midnight: "overnight" said in the
// morning may be the evening before, "Tuesday night" may end on Wednesday.
// Dawn is not night: "before dawn on Wednesday" is Wednesday.
var nightWords = newPhraseSet(phrases(`overnight|night|nighttime|late on|midnight|last night|
	ليلة|ليل|الليل|ليلا|ليلاً|منتصف الليل|الليلة الماضية`), nil)

// recallWords mark a sentence about an earlier incident ("the largest raid
// since 2019", "a year ago").
var recallWords = newPhraseSet(phrases("since|ago|anniversary|last year|previous year|in the past|earlier this year|years earlier|months earlier|منذ|العام الماضي|ذكرى|قبل عام|قبل أعوام|قبل سنوات"), nil)

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
// mentions. Every offset indexes src, the text read.
type sentence struct {
	span
	src   string
	words []textnorm.Token
	toks  []tok
	cues  []reading.Date
	// fact: the sentence is a fact box's line of the incident's date or
	// place (reading.Line.Fact): its date is the incident's, not the page's
	fact reading.Fact
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
		out[i].cues = datesIn(d, start, end)
		out[i].fact = lineFact(d, s)
	}
	return out
}

// lineFact is the Fact of the line sentence s stands on (a sentence spans
// no line break).
func lineFact(d *reading.Doc, s reading.Sentence) reading.Fact {
	ls := d.Lines
	i := sort.Search(len(ls), func(i int) bool { return ls[i].Last > s.A })
	if i >= len(ls) || ls[i].First > s.A {
		return reading.FactNone
	}
	return ls[i].Fact
}

// factDay is the full date of a fact box's date line ("Incident date:
// February 3, 2017"), or zero: the incident's day, whatever the page's.
func factDay(sents []sentence) time.Time {
	for _, s := range sents {
		if s.fact != reading.FactDate {
			continue
		}
		for _, c := range s.cues {
			if c.Kind == reading.FullDate {
				if t := date(c.Year, c.Month, c.Day); t.Day() == c.Day {
					return t
				}
			}
		}
	}
	return time.Time{}
}

// firstYear is the first year that may date an incident: a year before
// the war's era dates a life ("born in 1968"), not an incident.
const firstYear = 1980

// datesIn returns the date mentions of d within [start, end) that may date
// an incident.
func datesIn(d *reading.Doc, start, end int) []reading.Date {
	ds := d.DatesIn(start, end)
	old := func(c reading.Date) bool { return c.Year != 0 && c.Year < firstYear }
	if !slices.ContainsFunc(ds, old) {
		return ds
	}
	return slices.DeleteFunc(slices.Clone(ds), old)
}

func textDate(sents []sentence) time.Time {
	// a fact box's incident date, and the same date on the page's code
	// line over it ("ABC041 – February 3, 2017"), date the incident, not
	// the page
	fd := factDay(sents)
	for _, s := range sents {
		if len(s.cues) == 0 || s.fact != reading.FactNone || recallWords.any(s.toks) {
			continue
		}
		for _, c := range s.cues {
			if c.Kind == reading.FullDate {
				if t := date(c.Year, c.Month, c.Day); t.Day() == c.Day && !t.Equal(fd) {
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
func isRecall(toks []tok, cues []reading.Date, ref time.Time) bool {
	if recallWords.any(toks) {
		return true
	}
	if ref.IsZero() {
		return false
	}
	for _, c := range cues {
		switch c.Kind {
		case reading.FullDate, reading.MonthYear, reading.YearOnly:
			if c.Year != ref.Year() && !(c.Kind != reading.YearOnly && c.Month == time.December && ref.Month() == time.January && c.Year == ref.Year()-1) {
				return true
			}
			if c.Kind == reading.MonthYear && c.Month != ref.Month() {
				return true
			}
		case reading.MonthOnly:
			if c.Month != ref.Month() {
				return true
			}
		}
		if c.Kind == reading.FullDate || c.Kind == reading.DayMonth {
			t := dayMonthBefore(c.Day, c.Month, ref)
			if c.Kind == reading.FullDate {
				t = date(c.Year, c.Month, c.Day)
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
		named := slices.ContainsFunc(s.cues, func(c reading.Date) bool {
			return (c.Kind == reading.WeekdayName || c.Kind == reading.FullDate || c.Kind == reading.DayMonth) && !saidOn(s.toks, c)
		})
		for _, c := range s.cues {
			if c.Kind == reading.WeekdayName && !slices.Contains(out.Weekdays, c.Weekday) {
				out.Weekdays = append(out.Weekdays, c.Weekday)
			}
			if out.Cue != "" || ref.IsZero() || saidOn(s.toks, c) || (named && c.Kind == reading.RelativeDay && c.Days >= -1) {
				continue
			}
			switch c.Kind {
			case reading.FullDate:
				out.Day, out.Cue = date(c.Year, c.Month, c.Day), "explicit"
			case reading.DayMonth:
				out.Day, out.Cue = dayMonthBefore(c.Day, c.Month, ref), "explicit"
			case reading.WeekdayName:
				out.Day, out.Cue = weekdayBefore(c.Weekday, ref), "weekday"
				if out.Day.Equal(ref) && lastBefore(s.toks, c) {
					out.Day = out.Day.AddDate(0, 0, -7) // "last Tuesday", said on a Tuesday
				}
			case reading.RelativeDay:
				out.Day, out.Cue = ref.AddDate(0, 0, c.Days), "relative"
				if c.Days < -1 {
					out.Day, out.Span = ref.AddDate(0, 0, -1), -c.Days-1
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
				if c.Kind == reading.FullDate && out.Day.Sub(ref) <= 10*24*time.Hour {
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
				case c.Kind == reading.RelativeDay:
					out.Span = 1 // "overnight": the evening before counts
				case out.Day.Before(ref):
					// A named day's night may end after midnight, not after
					// the report.
					out.Day, out.Span = out.Day.AddDate(0, 0, 1), 1
				}
			}
		}
	}
	if fd := factDay(sents); !fd.IsZero() && (published.IsZero() || !fd.After(ref.AddDate(0, 0, 1))) {
		// the fact box says the incident's day outright: the page's
		// stamp above it or a date the narrative names first do not
		out.Day, out.Cue, out.Span = fd, "explicit", 0
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
func lastBefore(toks []tok, c reading.Date) bool {
	for i, t := range toks {
		if t.start == c.Start {
			return i > 0 && (toks[i-1].w == "last" || toks[i-1].w == "past")
		}
	}
	return false
}

// saidOn reports a date cue that dates a statement ("said on Friday").
func saidOn(toks []tok, c reading.Date) bool {
	for i, t := range toks {
		if t.start != c.Start {
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
		if _, ok := reading.Weekday(t.w); ok || isNumber(t.w) {
			continue
		}
		if _, ok := reading.Month(t.w); ok {
			continue
		}
		if i+1 < len(toks) {
			if _, ok := reading.LevantineMonth(t.w, toks[i+1].w); ok {
				continue
			}
		}
		if i > 0 && (t.w == "الاول" || t.w == "الثاني") {
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
