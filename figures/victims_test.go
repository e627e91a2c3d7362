package figures

import "testing"

// Victims and their groups in English (round of heldout7): counts over two
// nouns, and more below as they are read. Sentences written for this test.
var victimsCases = []readingCase{
	// a count over two plural nouns joined by "and" (count.go conjunctHead)
	{"count over patients and staff", "At least 9 patients and medical staff died when the clinic was shelled.",
		[]string{"killed/people 9.."}, false},
	{"count over soldiers and militiamen", "The monitor said 41 soldiers and pro-government militiamen were killed in the fighting.",
		[]string{"killed/troops 41 src=The monitor"}, false},
	{"count over fighters and civilians", "The raid killed 12 fighters and civilians near Maarat Misrin.",
		[]string{"killed/people 12"}, false},
	{"count over women and children", "Seven women and children died in the fire.",
		[]string{"killed/civilians 7"}, false},
	{"a list is not a pair", "Five soldiers and two civilians were killed at the crossing.",
		[]string{"killed/troops 5", "killed/civilians 2"}, false},
	// members of a state's forces (count.go stateForces)
	{"members of regime forces", "Six members of regime forces and loyal gunmen were killed on the front.",
		[]string{"killed/troops 6"}, false},
	{"members of the government forces", "Two members of the government forces were wounded by a sniper.",
		[]string{"injured/troops 2"}, false},
}

func TestVictims(t *testing.T) { runReadingCases(t, "victims", victimsCases) }
