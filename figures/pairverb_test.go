package figures

import (
	"testing"
	"time"
)

// pairVerbCases hold two verbs of harm joined by "and" before one object
// ("killing and wounding a number of gunmen"): the object is of both, a
// count of casualties, whether it is a number, a vague count or a noun
// phrase the individual readers take; a capitalised pronoun before the
// pair is their subject, no victim of a reduced passive. Sentences
// written for this test.
var pairVerbCases = []struct {
	name, text string
	want       []string
}{
	{"participles, a vague object",
		"Army guns hit hideouts near Kansafra, killing and wounding a number of militants.",
		[]string{"casualties/combatants 2.. vague"}},
	{"participles, a count",
		"Army guns hit hideouts near Kansafra, killing and wounding 14 militants.",
		[]string{"casualties/combatants 14"}},
	{"a pronoun opens the pair",
		"A shell fell on the bakery queue in Kansafra. It killed and wounded several people.",
		[]string{"casualties/people 3.. vague"}},
	{"near-miss: each verb its own object",
		"A drone hit a van near Kansafra, killing a commander and wounding two guards.",
		[]string{"killed/combatants 1", "injured/people 2"}},
	{"near-miss: a headline's reduced passive and a count",
		"Commander Killed and Two Wounded in Kansafra Raid",
		[]string{"killed/combatants 1", "injured/combatants 2"}},
}

func TestPairVerbs(t *testing.T) {
	for _, c := range pairVerbCases {
		t.Run(c.name, func(t *testing.T) {
			checkReading(t, c.text, time.Time{}, c.want, true, false)
		})
	}
}
