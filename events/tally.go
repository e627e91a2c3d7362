package events

import (
	"fmt"

	"github.com/idlibwatch/idlibwatch/figures"
)

// Tally is a figure as matching weighs it: what was counted, the values
// told, and the outlet that told them.
type Tally struct {
	Metric  figures.Metric
	Group   figures.Group
	Low, Hi int
	Outlet  string
}

// TallyOf is the tally of a figure told by an outlet; false for a figure
// that gives no number to agree with (vague, background, or fewer than two
// people: "one killed" and "no casualties" fit too many incidents).
func TallyOf(metric figures.Metric, group figures.Group, lo, hi *int, vague, background bool, outlet string) (Tally, bool) {
	if lo == nil || vague || background {
		return Tally{}, false
	}
	t := Tally{Metric: metric, Group: group, Low: *lo, Hi: *lo, Outlet: outlet}
	if hi != nil && *hi > *lo {
		t.Hi = *hi
	}
	return t, t.Hi >= 2
}

// agreeing finds a figure of the report that one of the event's figures
// from another outlet agrees with: the same count of the same people,
// values overlapping.
func agreeing(report, event []Tally) (Tally, bool) {
	for _, a := range report {
		for _, b := range event {
			if a.Metric == b.Metric && a.Group == b.Group && a.Outlet != b.Outlet &&
				max(a.Low, b.Low) <= min(a.Hi, b.Hi) && max(a.Low, b.Low) >= 2 {
				return a, true
			}
		}
	}
	return Tally{}, false
}

func (t Tally) String() string {
	v := fmt.Sprint(t.Low)
	if t.Hi > t.Low {
		v = fmt.Sprintf("%d–%d", t.Low, t.Hi)
	}
	if t.Group == "" {
		return fmt.Sprintf("%s %s", v, t.Metric)
	}
	return fmt.Sprintf("%s %s %s", v, t.Metric, t.Group)
}
