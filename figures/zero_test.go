package figures

import "testing"

// Zeros over coordinated subjects and two metrics (figures.md, "Zeros").
// "B/" cases are the invented examples of appendix B of
// ../shared/spec/extraction-errors.md; the others are written for this test.
var zeroCases = []struct {
	name string
	text string
	want []string
}{
	{"B/U unhurt over a list", "Two women and four children who were inside the house were unhurt, the army said.",
		[]string{"casualties/women 0 src=the army", "casualties/children 0 src=the army"}},
	{"B/U escaped injury", "The statement said a woman and her baby found at the site escaped injury.",
		[]string{"injured/women 0 src=The statement", "injured/children 0 src=The statement"}},
	{"B/Z two metrics", "The Pentagon said no US personnel were killed or injured in the operation.",
		[]string{"killed/troops 0 actor=US src=The Pentagon", "injured/troops 0 actor=US src=The Pentagon"}},
	{"B/Z none of", "None of the hostages was hurt, police said.",
		[]string{"injured/people 0 src=police"}},
	// written for this test
	{"no one killed or wounded", "No one was killed or wounded in the blast.",
		[]string{"killed/people 0", "injured/people 0"}},
	{"did not result in", "The mortar round did not result in civilian casualties.",
		[]string{"casualties/civilians 0"}},
	{"did not cause", "The shelling did not cause any injuries.",
		[]string{"injured/people 0"}},
	{"none of a group", "None of the children were injured.",
		[]string{"injured/children 0"}},
	{"a single person unharmed", "The driver was unharmed.",
		[]string{"casualties/people 0"}},
	// a family's size is no count: its zero holds over the list it opens
	{"a family of N in a list", "A shell struck a house in Binnish on Monday. The family of six and their neighbours were unharmed.",
		[]string{"casualties/people 0"}},
	{"a family of N alone", "A shell struck a house in Binnish on Monday. His family of seven was unhurt.",
		[]string{"casualties/people 0"}},
	{"uninjured", "A nurse and two medics were uninjured.",
		[]string{"injured/civilians 0"}},
	{"another incident named again", "A drone hit a house in Mantaf on Thursday, killing a boy.\n\nAnother shelling on Sunday targeted al-Bara.\n\nThe rescuers said the shelling did not result in casualties.",
		[]string{"killed/children 1", "casualties/people 0 bg src=The rescuers"}},
}

func TestZeros(t *testing.T) {
	for _, c := range zeroCases {
		t.Run(c.name, func(t *testing.T) { checkExtract(t, c.text, "", c.want) })
	}
}

// Open-vocabulary noun phrases and suffix qualifiers.
var openVocabCases = []struct {
	name string
	text string
	want []string
}{
	{"B/L2 unknown modifier", "Two hardline fighters were killed in the clashes.",
		[]string{"killed/combatants 2"}},
	{"B/BOUND suffix at least", "Twenty civilians at least died in the attack, the agency said.",
		[]string{"killed/civilians 20.. src=the agency"}},
	// written for this test
	{"two unknown modifiers", "Strikes killed 12 displaced farm workers.",
		[]string{"killed/people 12"}},
	{"hyphenated modifier", "Four well-known local traders were wounded.",
		[]string{"injured/people 4"}},
	{"no noun after an unknown word", "Rockets hit 12 abandoned houses.",
		nil},
	{"a group's name ending in s", "A drone strike killed two Hamas commanders near the border.",
		[]string{"killed/combatants 2"}},
	{"a group's name with its article", "Two Hurras al-Din fighters were killed in the raid.",
		[]string{"killed/combatants 2"}},
	{"a headline naming the group", "Drone strike kills three Ansar al-Tawhid leaders near Sarmada",
		[]string{"killed/combatants 3"}},
	{"near-miss: a plural name is the noun", "Three Americans were wounded in the attack.",
		[]string{"injured/people 3"}},
	{"B/L1 surpassed", "The number of fatalities surpassed 1,500, the ministry said.",
		[]string{"killed/people 1501.. src=the ministry"}},
	{"B/GAP gapped toll", "The ministry said deaths rose to 310 and injuries to 1,240.",
		[]string{"killed/people 310 src=The ministry", "injured/people 1240 src=The ministry"}},
	{"topped", "The death toll topped 40.",
		[]string{"killed/people 41.."}},
	{"deaths rose to", "Deaths rose to 31.",
		[]string{"killed/people 31"}},
	{"B/P parts before their total", "Five women and two infants were among the 17 people killed in the shelling of Maarat Misrin, rescuers said.",
		[]string{"killed/people 17 src=rescuers", "killed/women 5 src=rescuers", "killed/children 2 src=rescuers"}},
	{"B/P among the total were", "Among the 21 confirmed deaths were eight children and at least three elderly men.",
		[]string{"killed/people 21", "killed/children 8", "killed/people 3.."}},
	{"B/I including with no closing comma", "As many as 30 civilians including 12 children and five women were killed in the market strike.",
		[]string{"killed/civilians ..30", "killed/children 12", "killed/women 5"}},
	{"B/EL four more died", "Nine people died on Tuesday and four more died on Wednesday.",
		[]string{"killed/people 9", "killed/people 4"}},
	{"a step of a toll told in full", "Two more people died, bringing the toll to 14.",
		[]string{"killed/people 14"}},
	{"a bare count after soldiers in a headline", "3 Turkish soldiers killed, 5 wounded in drone strike",
		[]string{"killed/troops 3 actor=Turkish", "injured/troops 5 actor=Turkish"}},
	{"B/L2 demonym and teenagers", "At least 12 Lebanese, including nine teenagers, died when the boat sank.",
		[]string{"killed/people 12..", "killed/children 9"}},
	{"demonym and a toddler", "Two Iraqis and a toddler died.",
		[]string{"killed/people 2", "killed/children 1"}},
	{"among the wounded", "Two nurses and a doctor were among the 9 people wounded.",
		[]string{"injured/people 9", "injured/civilians 3"}},
}

func TestOpenVocabulary(t *testing.T) {
	for _, c := range openVocabCases {
		t.Run(c.name, func(t *testing.T) { checkExtract(t, c.text, "", c.want) })
	}
}
