package events

import (
	"slices"
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/places"
	"github.com/idlibwatch/idlibwatch/reading"
)

// Recall is the earlier incident a background figure is about, as far as
// the text tells: a period (a day give or take, a month or a year), places
// and a kind.
type Recall struct {
	From, To time.Time // the period, To exclusive; zero when the text gives none
	Places   []string
	Kind     Kind
}

// Known reports whether the recollection is dated.
func (r Recall) Known() bool { return !r.From.IsZero() }

// String says what is recalled: "2019-10", "2022 Atmeh".
func (r Recall) String() string {
	var parts []string
	switch {
	case r.From.IsZero():
	case r.To.Sub(r.From) > 40*24*time.Hour:
		parts = append(parts, r.From.Format("2006"))
	case r.To.Sub(r.From) > 10*24*time.Hour:
		parts = append(parts, r.From.Format("2006-01"))
	default:
		parts = append(parts, r.From.AddDate(0, 0, 2).Format("2006-01-02"))
	}
	parts = append(parts, r.Places...)
	if r.Kind != KindUnknown {
		parts = append(parts, string(r.Kind))
	}
	return strings.Join(parts, " ")
}

// ResolveRecall finds what a background figure recalls from the words
// around its quote in text: first within the quote, then after it, then
// before it, within its sentence and without reaching into another figure's
// quote (one sentence may recall two raids: "killed al-Baghdadi in Barisha in
// 2019 and his successor in Atmeh in 2022"). others are the quotes of the
// article's other figures.
func ResolveRecall(text, quote string, others []string, published time.Time) Recall {
	d := reading.Read(text)
	return ResolveRecallDoc(d, quote, others, RecallReference(d, published))
}

// RecallReference is the day an article's relative dates ("last year", "in
// March") count from: its publication, else the first full date it states.
// An article's figures share it, so it is found once per article.
func RecallReference(d *reading.Doc, published time.Time) time.Time {
	if ref := midnight(published); !ref.IsZero() {
		return ref
	}
	return textDate(prepare(d))
}

// ResolveRecallDoc is ResolveRecall over an article already read, its
// dates counted from ref (RecallReference).
func ResolveRecallDoc(d *reading.Doc, quote string, others []string, ref time.Time) Recall {
	text := d.Text
	qs := strings.Index(text, quote)
	if quote == "" || qs < 0 {
		return Recall{}
	}
	qe := qs + len(quote)
	// The sentence holding the quote.
	ss, se := 0, len(text)
	for _, s := range d.Sentences {
		if start, end := d.Span(s); start <= qs && qs < end {
			ss, se = start, max(end, qe)
			break
		}
	}
	// Other figures' quotes bound the scope.
	lo, hi := ss, se
	for _, o := range others {
		if o == "" || o == quote {
			continue
		}
		for off := 0; ; {
			i := strings.Index(text[off:], o)
			if i < 0 {
				break
			}
			i += off
			if i >= qe && i < hi {
				hi = i
			}
			if e := i + len(o); e <= qs && e > lo {
				lo = e
			}
			off = i + len(o)
		}
	}
	// After the quote, the recollection ends with its first date: "killed
	// the leader in Barisha in 2019 and his successor in Atmeh in 2022" is
	// about Barisha, even when the successor's figure was not extracted.
	after := hi
	if cues := datesIn(d, qe, hi); len(cues) > 0 {
		after = cues[0].End
	}
	segments := [][2]int{{qs, qe}, {qe, after}, {lo, qs}}

	var r Recall
	for _, seg := range segments {
		words := d.MatchWordsIn(seg[0], seg[1])
		if !r.Known() {
			r.From, r.To = recallPeriod(datesIn(d, seg[0], seg[1]), ref)
		}
		if len(r.Places) == 0 {
			for _, m := range places.FindWords(text, words) {
				if !slices.Contains(r.Places, m.Place.Name) {
					r.Places = append(r.Places, m.Place.Name)
				}
			}
		}
	}
	counts := map[Kind]float64{}
	kindCounts(counts, toToks(text, d.MatchWordsIn(lo, hi)), 1)
	r.Kind = bestKind(counts)
	return r
}

// recallPeriod turns the first date expression of a recollection into a
// period before ref.
func recallPeriod(cues []reading.Date, ref time.Time) (time.Time, time.Time) {
	for _, c := range cues {
		switch c.Kind {
		case reading.FullDate:
			d := date(c.Year, c.Month, c.Day)
			return d.AddDate(0, 0, -2), d.AddDate(0, 0, 3)
		case reading.DayMonth:
			if ref.IsZero() {
				continue
			}
			d := dayMonthBefore(c.Day, c.Month, ref)
			return d.AddDate(0, 0, -2), d.AddDate(0, 0, 3)
		case reading.MonthYear:
			d := date(c.Year, c.Month, 1)
			return d, d.AddDate(0, 1, 0)
		case reading.MonthOnly:
			if ref.IsZero() {
				continue
			}
			d := date(ref.Year(), c.Month, 1)
			if d.After(ref) {
				d = d.AddDate(-1, 0, 0)
			}
			return d, d.AddDate(0, 1, 0)
		case reading.YearOnly:
			d := date(c.Year, time.January, 1)
			return d, d.AddDate(1, 0, 0)
		}
	}
	return time.Time{}, time.Time{}
}

// PickRecalled chooses, among the events of a recollection's period, the
// one it recalls: one in a place it names, or, when it names none, the only
// event of the period of a compatible kind. own is the article's own event,
// never the answer.
func PickRecalled(r Recall, candidates []Event, own int64) (Event, bool) {
	var fits []Event
	for _, e := range candidates {
		if e.ID == own || e.MergedInto != 0 || e.Day.IsZero() || e.Day.Before(r.From) || !e.Day.Before(r.To) {
			continue
		}
		// A recollection's few words rarely tell a raid from the strikes
		// around it: a raid is only a raid here.
		if !compatibleKinds(r.Kind, e.Kind) || (r.Kind != e.Kind && r.Kind != KindUnknown && e.Kind != KindUnknown && (r.Kind == KindRaid || e.Kind == KindRaid)) {
			continue
		}
		if len(r.Places) > 0 && !shares(r.Places, e.Places) {
			continue
		}
		fits = append(fits, e)
	}
	if len(fits) == 1 || (len(fits) > 1 && len(r.Places) > 0) {
		// Several events in the named place: the most specific match first.
		for _, e := range fits {
			if slices.Contains(r.Places, e.Place) {
				return e, true
			}
		}
		return fits[0], true
	}
	return Event{}, false
}
