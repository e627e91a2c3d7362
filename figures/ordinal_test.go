package figures

import "testing"

// ordinalCases are single victims named by an ordinal ("a second man", "a
// third girl"), written for this test: each is one person, a figure of one
// (figures.md), whatever stands between it and its verb; after a count of
// the same metric in its own sentence it is a step of that count.
var ordinalCases = []readingCase{
	{"ord: a second man wounded, with a place", "A second man in the lorry was wounded, the clinic said.",
		[]string{"injured/people 1 src=the clinic"}, false},
	{"ord: a third girl with an apposition", "Two girls died at the scene. A third girl, their neighbour, was hurt.",
		[]string{"killed/children 2", "injured/children 1"}, false},
	{"ord: a fourth man died, another speaker", "Rescuers said three men died. A nurse said a fourth man died overnight.",
		[]string{"killed/people 3 src=Rescuers", "killed/people 1 src=A nurse"}, false},
	{"ord: a second boy with a relative clause", "A second boy who had been playing in the yard died in hospital.",
		[]string{"killed/children 1"}, false},
	{"ord near-miss: a step in its own sentence", "Two farmers were killed and a third farmer died in hospital.",
		[]string{"killed/people 2"}, false},
	{"ord near-miss: a second strike", "A second missile struck that same road.",
		nil, false},
}

func TestOrdinalSingles(t *testing.T) { runReadingCases(t, "ordinal singles", ordinalCases) }
