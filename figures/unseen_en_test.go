package figures

import "testing"

// unseenEnCases are English constructions of the December 7 night round,
// counted over the fresh sets (heldout6, 8, 11 and the others): sentences
// of our own for each, with near-misses that must keep their reading.
var unseenEnCases = []struct {
	name string
	text string
	want []string
}{
	// a member of a body in a list: the body tells the group
	{"a member of the hospital staff among the dead", "The toll of the shelling on the clinic in Sarmin rose to six, including a boy and a member of the hospital staff.",
		[]string{"killed/people 6", "killed/children 1", "killed/civilians 1"}},
	{"a member of the quoted rescue group among the dead", "The toll rose to nine, including three children, a woman and a member of the \"White Helmets\" civil defence.",
		[]string{"killed/people 9", "killed/children 3", "killed/women 1", "killed/civilians 1"}},
	{"near-miss: a member of a security body stays a fighter", "The toll rose to five, among them a member of the security service.",
		[]string{"killed/people 5", "killed/combatants 1"}},

	// zeros over plurals without a count, and "no one else"
	{"a wife and their children unharmed", "A drone strike killed a commander in Atmeh. His wife and their children were unharmed, neighbours said.",
		[]string{"killed/combatants 1", "casualties/women 0 src=neighbours", "casualties/children 0 src=neighbours"}},
	{"a family of a size unhurt", "A rocket destroyed the house next door; the owner said his own family of five was unhurt.",
		[]string{"casualties/people 0 src=the owner"}},
	{"the soldiers escaped injury", "A roadside bomb hit the patrol, but the soldiers escaped injury.",
		[]string{"injured/troops 0"}},
	{"no one else hurt", "A sniper shot dead a shepherd near Kansafra; no one else was hurt.",
		[]string{"killed/people 1", "injured/people 0"}},
	{"near-miss: a plural without a count is no death toll", "Children were killed and houses destroyed in the raids.",
		nil},

	// "shot dead" and "gunned down" before their count
	{"shot dead a count", "Masked gunmen shot dead at least 14 members of a farming family near Harim on Friday, activists said.",
		[]string{"killed/people 14.. src=activists"}},
	{"a headline's kicker is no war toll", "Syria conflict: gunmen 'shoot dead 9 shepherds' near Harim",
		[]string{"killed/people 9"}},
	{"gunned down a count", "Unknown attackers gunned down three civilians at a checkpoint outside Sarmada.",
		[]string{"killed/civilians 3"}},
	{"near-miss: shot a count is no death", "Snipers shot two boys near the wall; both survived.",
		nil},
	{"near-miss: the war in a sentence stays a period", "More than 300,000 civilians have died in Syria's civil war, the monitor says.",
		[]string{"killed/civilians 300001.. bg src=the monitor"}},

	// a plural agent noun outside the lexicon as the object of a killing
	{"an unknown agent noun after kills", "Car bomb kills 20 farmworkers near Manbij",
		[]string{"killed/people 20"}},
	{"an unknown agent noun after killed, with a bound", "The blast killed at least 12 bakers and wounded 30 others.",
		[]string{"killed/people 12..", "injured/people 30"}},
	{"an unknown agent noun after shot dead", "Gunmen shot dead 20 farmworkers near Manbij on Sunday.",
		[]string{"killed/people 20"}},
	{"an unknown agent noun after gunned down", "Masked men gunned down 14 beekeepers near Kafr Nubl at dawn.",
		[]string{"killed/people 14"}},
	{"near-miss: things counted after another verb", "The strike destroyed 20 containers near the crossing.",
		nil},

	// a relative or a rescuer after "whose"
	{"whose brother was killed", "Shelling hit the market of Sarmin on Monday. A trader whose brother was killed in the shelling said the stalls were full.",
		[]string{"killed/people 1"}},
	{"whose volunteer, named, was killed", "The shells fell on Kansafra, according to the White Helmets, whose volunteer Omar Hallak was killed as he reached the wounded.",
		[]string{"killed/civilians 1 src=the White Helmets"}},
	{"whose son was wounded", "The farmer, whose son was wounded by shrapnel, said the strike came at dawn.",
		[]string{"injured/children 1"}},
}

func TestUnseenEn(t *testing.T) {
	for _, c := range unseenEnCases {
		t.Run(c.name, func(t *testing.T) { checkReading(t, c.text, day(""), c.want, true, false) })
	}
}
