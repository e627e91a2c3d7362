package figures

import "testing"

// asWellAsCases: "as well as" joins the objects of a count as "and" does
// (", as well as a civilian tending his olive trees"), also past a
// phrase of the first count ("40 combatants of the two sides, as well as 6
// civilians"); "as well as" before a verb joins no victim. Sentences
// written for this test.
var asWellAsCases = []readingCase{
	{"a count and a person", "The strike killed three fighters, as well as a civilian tending his olive trees nearby.",
		[]string{"killed/combatants 3", "killed/civilians 1"}, false},
	{"past the first count's phrase", "Clashes have killed at least 40 combatants of the two sides, as well as 6 civilians, the monitor said.",
		[]string{"killed/combatants 40.. src=the monitor", "killed/civilians 6 src=the monitor"}, false},
	{"a partitive and a person", "The raid killed two of the cell's members as well as a shepherd.",
		[]string{"killed/combatants 2", "killed/people 1"}, false},
	{"near-miss: as well as a verb", "The shelling killed four civilians in Ariha, as well as damaging a school.",
		[]string{"killed/civilians 4"}, false},
}

func TestAsWellAs(t *testing.T) { runReadingCases(t, "as well as", asWellAsCases) }
