package events

import (
	"time"
)

// Report is one report of an event: an article and the syndicated copies of
// it that other outlets ran.
type Report struct {
	ArticleID int64     `json:"article_id"`
	Title     string    `json:"title"`
	URL       string    `json:"url,omitempty"`
	Outlets   []string  `json:"outlets"` // the original's outlet first
	Copies    []int64   `json:"copies,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Seen      time.Time `json:"seen"`
}

// Ledger is everything known about one event: its reports, and per figure
// the span over sources with every claim.
type Ledger struct {
	Event   Event    `json:"event"`
	Reports []Report `json:"reports"`
	Figures []Range  `json:"figures"`
}

// Conflicts counts the figures with contradicting claims.
func (l Ledger) Conflicts() int {
	n := 0
	for _, r := range l.Figures {
		if r.Conflict {
			n++
		}
	}
	return n
}

// Summary is an event in a list: what it is, how widely it is reported,
// and its headline figures.
type Summary struct {
	Event     Event   `json:"event"`
	Articles  int     `json:"articles"`
	Outlets   int     `json:"outlets"`
	Headline  []Range `json:"headline,omitempty"` // at most three figures, killed people first
	Conflicts int     `json:"conflicts"`
}

// Headline picks the figures that tell an event best: the toll of people
// killed and injured first, then the most specific groups.
func Headline(ranges []Range) []Range {
	var out []Range
	for _, r := range ranges { // Ranges sorts killed, injured, casualties; people first
		if r.Sources == 0 {
			continue
		}
		r.Claims = nil
		out = append(out, r)
		if len(out) == 3 {
			break
		}
	}
	return out
}

// Summarize makes the summary of an event from its ledger.
func Summarize(l Ledger) Summary {
	s := Summary{Event: l.Event, Headline: Headline(l.Figures), Conflicts: l.Conflicts()}
	outlets := map[string]bool{}
	for _, r := range l.Reports {
		s.Articles += 1 + len(r.Copies)
		for _, o := range r.Outlets {
			outlets[o] = true
		}
	}
	s.Outlets = len(outlets)
	return s
}
