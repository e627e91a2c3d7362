package events

import (
	"strings"
	"testing"

	"github.com/idlibwatch/idlibwatch/figures"
)

func tally(metric figures.Metric, n int, outlet string) Tally {
	t, ok := TallyOf(metric, "", &n, nil, false, false, outlet)
	if !ok {
		panic("no tally")
	}
	return t
}

// TestFiguresAgree checks that agreeing figures support a report of the
// same incident, weakly, and never join incidents in two towns or on two
// days.
func TestFiguresAgree(t *testing.T) {
	e := event(1, "Shelling on Sarmin", "Government artillery shelled Sarmin on Tuesday, the civil defence said.", "2024-03-12")
	e.Tallies = []Tally{tally(figures.Killed, 6, "Enab Baladi")}
	// Told as a ground assault by one outlet and as shelling by the other:
	// kinds that fit one incident badly.
	p := Analyze("Assault on Sarmin kills six", "Government forces raided Sarmin in Idlib on Tuesday, killing six people, a monitor said.", day("2024-03-12"))

	without := Weigh(p, e)
	p.Tallies = []Tally{tally(figures.Killed, 6, "SOHR")}
	with := Weigh(p, e)
	if !with.OK() || with.Score-without.Score != 1 || !strings.Contains(with.String(), "figures agree: 6 killed") {
		t.Errorf("agreeing figures: without\n%s\nwith\n%s\nwant one point more, shown", without, with)
	}
	// The borderline pair: the same town and day, kinds apart, meet
	// through their tolls.
	if without.Score >= MatchThreshold || with.Score < MatchThreshold {
		t.Errorf("scores %.2f without and %.2f with agreeing figures, want them on either side of %.2f", without.Score, with.Score, MatchThreshold)
	}
	if _, ev, ok := Best(p, []Event{e}); !ok {
		t.Errorf("the same incident with agreeing tolls kept apart:\n%s", ev)
	}

	// The same outlet twice is no agreement.
	q := p
	q.Tallies = []Tally{tally(figures.Killed, 6, "Enab Baladi")}
	if ev := Weigh(q, e); strings.Contains(ev.String(), "figures agree") {
		t.Errorf("an outlet agreeing with itself counted:\n%s", ev)
	}
	// Other numbers are no agreement.
	q.Tallies = []Tally{tally(figures.Killed, 9, "SOHR")}
	if ev := Weigh(q, e); strings.Contains(ev.String(), "figures agree") {
		t.Errorf("six and nine killed agreed:\n%s", ev)
	}

	// Equal tolls in another town, or on another day, are two incidents.
	dana := Analyze("Air strike kills six in Dana", "Warplanes struck Dana in Idlib on Tuesday, killing six people, a monitor said.", day("2024-03-12"))
	dana.Tallies = p.Tallies
	if got, ev, ok := Best(dana, []Event{e}); ok {
		t.Errorf("six killed in Dana joined %s:\n%s", got.Title, ev)
	}
	later := Analyze("Air strike kills six in Sarmin", "Warplanes struck Sarmin in Idlib on Friday, killing six people, a monitor said.", day("2024-03-15"))
	later.Tallies = p.Tallies
	if got, ev, ok := Best(later, []Event{e}); ok {
		t.Errorf("six killed on Friday joined %s of Tuesday:\n%s", got.Title, ev)
	}
}
