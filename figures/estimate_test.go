package figures

import "testing"

// A verb that numbers a toll: its object, however long, says what the
// count after "at" / "as" counts (estimate.go). Sentences of our own.
var estimateCases = []struct {
	name string
	text string
	want []string
}{
	{"long object with and", "The monitor put the death toll from the raids on the bakery and two nearby schools at 31 civilians, including nine children.",
		[]string{"killed/civilians 31 src=The monitor", "killed/children 9 src=The monitor"}},
	{"number of a side killed", "A local council, which runs the town, put the number of Russian soldiers killed at 12.",
		[]string{"killed/troops 12 actor=Russian src=A local council"}},
	{"number of the wounded", "Doctors put the number of people wounded in the shelling of the camp at 45.",
		[]string{"injured/people 45 src=Doctors"}},
	{"reported the toll as", "A local council reported the death toll as 23 and said six women were among the dead.",
		[]string{"killed/people 23 src=A local council", "killed/women 6 src=A local council"}},
	{"bare number after a count", "Medics said the bombing killed 15 people. A rights group put the number at 17.",
		[]string{"killed/people 15 src=Medics", "killed/people 17 src=A rights group"}},
	{"bare number, nothing counted before", "A rights group put the number at 17.",
		nil},
	{"no toll in the object", "The mayor put the damage to the market at 40 shops.",
		nil},
	{"a place, not a toll", "Rescuers set up a field clinic at 3 sites near the camp.",
		nil},
	// a count with no noun ends at any preposition or determiner (count.go)
	{"bare count before outside", "Gunmen shot dead 3 outside the bakery on Friday.",
		[]string{"killed/people 3"}},
	{"bare count before a time phrase", "The shelling wounded 12 throughout the day.",
		[]string{"injured/people 12"}},
	{"as of a role", "The ministry listed the officer as one of its own.",
		nil},
	// an object opened by "an", and a participle in it that is no verb
	// of the frame ("an estimated number", "the updated toll")
	{"an estimated number of a side", "A local council put an estimated number of Russian soldiers killed at 12.",
		[]string{"killed/troops 12 actor=Russian src=A local council"}},
	{"the estimated number of a side", "A local council put the estimated number of Russian soldiers killed at 12.",
		[]string{"killed/troops 12 actor=Russian src=A local council"}},
	{"an initial number of a side", "The governor put an initial number of Turkish soldiers killed in the ambush at 7.",
		[]string{"killed/troops 7 actor=Turkish src=The governor"}},
	{"gave an updated toll as", "The monitor gave an updated death toll from the raids on Binnish as 23.",
		[]string{"killed/people 23 src=The monitor"}},
	{"gave the updated toll as", "The monitor gave the updated death toll from the raids on Binnish as 23.",
		[]string{"killed/people 23 src=The monitor"}},
	{"an object without a toll", "Gunmen put an old man against the wall at 9 in the morning.",
		nil},
}

func TestEstimateFrame(t *testing.T) {
	for _, c := range estimateCases {
		t.Run(c.name, func(t *testing.T) { checkExtract(t, c.text, "", c.want) })
	}
}
