package events

import (
	"math"
	"slices"
	"time"
)

// Matching weighs what an article and an event agree on. A same-language
// follow-up agrees on everything; a report in another language agrees on
// place, day, kind and actor but shares no words; a raid in the same town
// years later is outside the day window altogether.
const (
	// MatchThreshold is the score an event needs to take an article.
	MatchThreshold = 5.0
	// WindowBefore and WindowAfter bound the candidate events' days around an
	// article's incident day: a toll is still reported a week later, while a
	// report never precedes its incident by more than a day of time zones.
	WindowBefore = 7 * 24 * time.Hour
	WindowAfter  = 1 * 24 * time.Hour
	// minSimilarityNoPlace is the word similarity an article naming no known
	// place needs to join an event.
	minSimilarityNoPlace = 0.3
)

// Score says how well an article's profile fits an event; -Inf when it
// cannot be the same incident.
func Score(p Profile, e Event) float64 {
	s := 0.0
	sim := similarity(p.Terms, e.Terms)

	// Where.
	switch {
	case len(p.Places) == 0 || len(e.Places) == 0:
		if sim < minSimilarityNoPlace {
			return math.Inf(-1)
		}
	case p.Place != "" && p.Place == e.Place && !IsBroadPlace(p.Place):
		s += 3
	case shareSpecific(p.Places, e.Places):
		s += 2
	case shares(p.Places, e.Places):
		s += 1.5
	default:
		// Two towns: two incidents, even on one day by one actor.
		s -= 4
	}

	// When.
	switch {
	case !p.Day.IsZero() && !e.Day.IsZero():
		d := p.Day.Sub(e.Day)
		if d < -WindowAfter || d > WindowBefore {
			return math.Inf(-1)
		}
		switch days := math.Abs(d.Hours() / 24); {
		case days < 0.5:
			s += 3
		case days < 1.5:
			s += 2
		case days < 3.5:
			s += 1
		}
	case p.Day.IsZero() && !e.Day.IsZero() && len(p.Weekdays) > 0:
		// An undated article saying "on Thursday" fits a Thursday event (or
		// the night before it).
		if slices.Contains(p.Weekdays, e.Day.Weekday()) || slices.Contains(p.Weekdays, e.Day.AddDate(0, 0, -1).Weekday()) {
			s += 1.5
		} else {
			s -= 1.5
		}
	}

	// What.
	switch {
	case p.Kind == KindUnknown || e.Kind == KindUnknown:
	case p.Kind == e.Kind:
		s += 1.5
	case !compatibleKinds(p.Kind, e.Kind):
		s -= 2
	}

	// Who.
	if a, b := p.Perpetrator(), e.Perpetrator(); a != "" && b != "" {
		switch {
		case a == b:
			s += 1
		case allied(a, b):
			// Reports blame the Syrian army or its Russian ally for the same
			// bombardment.
		default:
			s -= 3
		}
	}

	return s + 4*sim
}

func shares(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func shareSpecific(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) && !IsBroadPlace(x) {
			return true
		}
	}
	return false
}

// Best picks the candidate event that fits an article best, if any fits
// well enough. Ties go to the earlier candidate.
func Best(p Profile, candidates []Event) (Event, float64, bool) {
	var best Event
	bs := math.Inf(-1)
	for _, e := range candidates {
		if e.MergedInto != 0 {
			continue
		}
		if s := Score(p, e); s > bs {
			best, bs = e, s
		}
	}
	return best, bs, bs >= MatchThreshold
}

// Opens reports whether an article that fits no event reports an incident
// of its own: it states figures about it, or names when, where and what.
// Analysis pieces and retrospectives (whose figures are all background)
// open nothing.
func Opens(p Profile, ownFigures int) bool {
	if ownFigures > 0 {
		return true
	}
	return p.HasCue() && p.Kind != KindUnknown && len(p.Places) > 0
}

func allied(a, b string) bool {
	return (a == ActorRussia && b == ActorSyria) || (a == ActorSyria && b == ActorRussia)
}
