package events

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/idlibwatch/idlibwatch/textnorm"
)

// Event is one incident in the world.
type Event struct {
	ID          int64     `json:"id"`
	Key         string    `json:"key"`   // "2022-02-03-atmeh-us-raid"
	Title       string    `json:"title"` // "2022-02-03 Atmeh — US raid"
	Place       string    `json:"place,omitempty"`
	Places      []string  `json:"places,omitempty"` // every place its articles name
	Kind        Kind      `json:"kind,omitempty"`
	Actors      []string  `json:"actors,omitempty"`
	Day         time.Time `json:"day,omitzero"` // the incident's day; zero when unknown
	FirstSeen   time.Time `json:"first_seen"`
	LastSeen    time.Time `json:"last_seen"`
	MergedInto  int64     `json:"merged_into,omitempty"`
	TitleFixed  bool      `json:"title_fixed,omitempty"` // renamed by an operator: kept as is
	DayFromText bool      `json:"-"`                     // Day was said by an article ("on Thursday"), not guessed from a publication date
	DaySpan     int       `json:"-"`                     // with DayFromText, how many days before Day the incident may be (see Dating.Span)
	Terms       []Term    `json:"-"`
	// Tallies are the event's figures, loaded by the caller when weighing
	// a report against it.
	Tallies []Tally `json:"-"`
}

// eventTerms is how many words an event keeps for similarity.
const eventTerms = 120

// Perpetrator is the state actor of the event, "" if none.
func (e Event) Perpetrator() string { return Perpetrator(e.Actors) }

// FromProfile makes a new event from the first article reporting it.
func FromProfile(p Profile, seen time.Time) Event {
	e := Event{Place: p.Place, Places: append([]string(nil), p.Places...), Kind: p.Kind, Actors: append([]string(nil), p.Actors...),
		Day: p.Day, DayFromText: p.HasCue(), DaySpan: p.Span, FirstSeen: seen, LastSeen: seen, Terms: p.Terms}
	e.Title = e.MakeTitle()
	e.Key = e.MakeKey()
	return e
}

// Absorb updates an event with one more article reporting it: its places,
// its wording, a day when the event had none, and its kind and actors when
// it had none.
func (e *Event) Absorb(p Profile, seen time.Time) {
	for _, pl := range p.Places {
		if !slices.Contains(e.Places, pl) {
			e.Places = append(e.Places, pl)
		}
	}
	if e.Place == "" || (IsBroadPlace(e.Place) && p.Place != "" && !IsBroadPlace(p.Place)) {
		e.Place = p.Place
	}
	// A day guessed from the first report's publication date gives way to
	// one an article states; a stated window narrows to what both say
	// ("overnight" and "on Tuesday night" meet on Tuesday).
	switch {
	case !p.HasCue() || p.Day.IsZero():
	case e.Day.IsZero() || !e.DayFromText:
		e.Day, e.DayFromText, e.DaySpan = p.Day, true, p.Span
	default:
		from, to := later(e.From(), p.From()), earlier(e.Day, p.Day)
		if !from.After(to) {
			e.Day, e.DaySpan = to, int(to.Sub(from).Hours()/24+0.5)
		}
	}
	if e.Kind == KindUnknown {
		e.Kind = p.Kind
	}
	for _, a := range p.Actors {
		if !slices.Contains(e.Actors, a) {
			e.Actors = append(e.Actors, a)
		}
	}
	e.Terms = MergeTerms(e.Terms, p.Terms, eventTerms)
	if seen.After(e.LastSeen) {
		e.LastSeen = seen
	}
	if !e.TitleFixed {
		e.Title = e.MakeTitle()
	}
}

// From is the earliest day the event may have happened, as its reports
// word it: its Day when they stated it, some days before when its Day is
// only its first report's publication.
func (e Event) From() time.Time {
	switch {
	case e.Day.IsZero():
		return e.Day
	case !e.DayFromText:
		return e.Day.AddDate(0, 0, -GuessSpan)
	}
	return e.Day.AddDate(0, 0, -e.DaySpan)
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// MakeTitle is the readable name of an event: "2022-02-03 Atmeh — US raid".
func (e Event) MakeTitle() string {
	day := "undated"
	if !e.Day.IsZero() {
		day = e.Day.Format("2006-01-02")
	}
	place := e.Place
	if place == "" {
		place = "Idlib area"
	}
	what := string(e.Kind)
	if what == "" {
		what = "incident"
	}
	if a := e.Perpetrator(); a != "" {
		what = a + " " + what
	}
	return day + " " + place + " — " + what
}

// MakeKey is the event's key as derived from its title:
// "2022-02-03-atmeh-us-raid". The store makes it unique.
func (e Event) MakeKey() string { return Slug(e.MakeTitle()) }

// Slug lower-cases s and joins its words with hyphens, keeping letters and
// digits of any script.
func Slug(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(textnorm.Normalize(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(w)
	}
	return b.String()
}
