package alerts

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/places"
)

// Filters are a desk's standing choices of what it is told, from the
// channel's configuration; empty lists mean everything.
type Filters struct {
	MinFigure int      `json:"min_figure,omitempty"` // only reports with a figure at least this high
	Places    []string `json:"places,omitempty"`     // only events in these places, any spelling
	Metrics   []string `json:"metrics,omitempty"`    // killed, injured, casualties
	Groups    []string `json:"groups,omitempty"`     // people, civilians, children, women, combatants, troops
	Languages []string `json:"languages,omitempty"`  // of the report: en, ar
}

// Over returns the filters with those set in o (from chat) in place of
// f's (from the configuration).
func (f Filters) Over(o Filters) Filters {
	if o.MinFigure > 0 {
		f.MinFigure = o.MinFigure
	}
	for _, p := range []struct{ dst, src *[]string }{{&f.Places, &o.Places}, {&f.Metrics, &o.Metrics}, {&f.Groups, &o.Groups}, {&f.Languages, &o.Languages}} {
		if len(*p.src) > 0 {
			*p.dst = *p.src
		}
	}
	return f
}

// Pass reports whether an alert gets through the filters: its report's
// language, its event's places, and at least one of its claims of a wanted
// metric and group whose figure reaches the minimum.
func (f Filters) Pass(a Alert) bool {
	if len(f.Languages) > 0 && !slices.Contains(f.Languages, a.Article.Language) {
		return false
	}
	if len(f.Places) > 0 && !anyPlace(f.Places, a.Places) {
		return false
	}
	if f.MinFigure <= 0 && len(f.Metrics) == 0 && len(f.Groups) == 0 {
		return true
	}
	for _, it := range a.Claims {
		if len(f.Metrics) > 0 && !slices.Contains(f.Metrics, string(it.Metric)) {
			continue
		}
		if len(f.Groups) > 0 && !slices.Contains(f.Groups, string(it.Group)) {
			continue
		}
		if f.MinFigure > 0 && top(it) < f.MinFigure {
			continue
		}
		return true
	}
	return false
}

// top is the highest figure a claim states; a vague one states none.
func top(it Item) int {
	switch {
	case it.Vague:
		return 0
	case it.Max != nil:
		return *it.Max
	case it.Min != nil:
		return *it.Min
	}
	return 0
}

// anyPlace reports whether one of the wanted places (any spelling) is one
// of the event's.
func anyPlace(wanted, have []string) bool {
	for _, w := range wanted {
		name := places.Normalize(w)
		if p, ok := places.Lookup(w); ok {
			name = places.Normalize(p.Name)
		}
		for _, h := range have {
			if places.Normalize(h) == name {
				return true
			}
		}
	}
	return false
}

// DeskState is what a desk set from chat for its channel: events muted
// (until a time, or for good), and the places and events it follows.
type DeskState struct {
	Mutes  map[int64]time.Time `json:"mutes,omitempty"` // event ID → until; zero: until unmuted
	Places []string            `json:"places,omitempty"`
	Events []int64             `json:"events,omitempty"`
	// Filters set from chat, over the configured ones (Filters.Over).
	Filters Filters `json:"filters,omitzero"`
}

// Pass reports whether an alert gets through what the desk set from chat: its
// event is not muted, and when the desk follows places or events, it is
// one of them.
func (s DeskState) Pass(a Alert, now time.Time) bool {
	if until, ok := s.Mutes[a.EventID]; ok && (until.IsZero() || now.Before(until)) {
		return false
	}
	if len(s.Places) == 0 && len(s.Events) == 0 {
		return true
	}
	return slices.Contains(s.Events, a.EventID) || anyPlace(s.Places, a.Places)
}

// Describe lists the filters in words, for /idlib settings.
func (f Filters) Describe() []string {
	var out []string
	if f.MinFigure > 0 {
		out = append(out, "figures of at least "+strconv.Itoa(f.MinFigure))
	}
	for _, l := range []struct {
		what string
		xs   []string
	}{{"places", f.Places}, {"metrics", f.Metrics}, {"groups", f.Groups}, {"languages", f.Languages}} {
		if len(l.xs) > 0 {
			out = append(out, l.what+": "+strings.Join(l.xs, ", "))
		}
	}
	return out
}
