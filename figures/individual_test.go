package figures

import "testing"

// Victims that are not numbers, with the readings of figures.md. "B/" cases
// are the invented examples of appendix B of
// ../shared/spec/extraction-errors.md; the others are written for this test.
var individualCases = []struct {
	name string
	text string
	want []string
}{
	// appendix B
	{"B/E name, relative, partitive", "The blast killed Yusuf Haddad, his mother and two of his nephews, neighbours said.",
		[]string{"killed/combatants 1 src=neighbours", "killed/women 1 src=neighbours", "killed/people 2 src=neighbours"}},
	{"B/R female attacker", "A female attacker blew herself up at the checkpoint outside Ariha, the Civil Defence said.",
		[]string{"killed/women 1 src=the Civil Defence"}},
	{"B/R detonated with co-victims", "Cornered on the roof, the wanted man detonated his vest, taking his own life and that of two guards, officials said.",
		[]string{"killed/combatants 1 src=officials", "killed/troops 2 src=officials"}},
	{"B/A2 unknown role", "A drone strike near Harem killed a senior Hurras al-Din recruiter, the monitor said.",
		[]string{"killed/combatants 1 src=the monitor"}},
	{"B/A2 role with actor", "Coalition forces killed an IS logistics coordinator in a night raid on Sunday, CENTCOM said.",
		[]string{"killed/combatants 1 actor=IS src=CENTCOM"}},
	{"B/A1 bare name", "Residents said Abu Suhaib al-Tunisi was killed when commandos stormed the farmhouse near Sarmada.",
		[]string{"killed/combatants 1 src=Residents"}},
	{"B/A1 name in a relative clause", "The strike that killed Hamza al-Masri came hours after his convoy left Darkush, the group said.",
		[]string{"killed/combatants 1 src=the group"}},
	{"B/A3 name and apposition", "Abu Khaled al-Shami, the faction's long-time spokesman and a veteran of the Aleppo battles, was killed on Tuesday, the interior ministry said.",
		[]string{"killed/combatants 1 src=the interior ministry"}},
	{"B/A4 pronoun", "The drone tracked the commander to his car near Kafr Takharim and a missile killed him instantly, witnesses said.",
		[]string{"killed/combatants 1 src=witnesses"}},
	{"B/A4 pronoun as well as", "Police said a grenade he was carrying went off, killing him as well as his brother.",
		[]string{"killed/people 1 src=Police", "killed/people 1 src=Police"}},
	{"B/K together with", "The commander was killed together with four of his bodyguards, according to the group.",
		[]string{"killed/combatants 1 src=the group", "killed/combatants 4 src=the group"}},
	{"B/K along with", "Khalil al-Omar died along with seven other passengers when the bus was hit.",
		[]string{"killed/combatants 1", "killed/people 7"}},
	{"B/G others after a single fighter", "The strike killed an IS commander in Binnish. It also left seven others dead, the monitor said.",
		[]string{"killed/combatants 1 actor=IS", "killed/people 7 src=the monitor"}},
	{"B/NF pretext", "The raid was launched on the pretext of killing a senior jihadist, the statement said.",
		nil},
	// written for this test
	{"elliptical another", "A civilian was killed and another was injured in the shelling.",
		[]string{"killed/civilians 1", "injured/civilians 1"}},
	{"ordinal alone", "Two more civilians died in Ariha. A third was killed in Kafr Nabl.",
		[]string{"killed/civilians 2", "killed/civilians 1"}},
	{"claimed the lives of a list", "The strike claimed the lives of a farmer, his wife and their son.",
		[]string{"killed/people 1", "killed/women 1", "killed/children 1"}},
	{"bare relative after a comma", "The strike claimed the lives of a husband, wife, and their son.",
		[]string{"killed/people 1", "killed/women 1", "killed/children 1"}},
	{"speaker claimed, strike claimed the life", "Local sources claimed the raid had claimed the life of \"Abu Omar al-Shami,\" a senior commander.",
		[]string{"killed/combatants 1 src=Local sources"}},
	{"count subject with a relative clause", "Two men and a boy, who were riding a motorbike, burned to death.",
		[]string{"killed/people 2", "killed/children 1"}},
	{"self-inflicted with objects", "The bomber blew himself up outside the mosque, killing his wife and two children.",
		[]string{"killed/combatants 1", "killed/women 1", "killed/children 2"}},
	{"title-case headline role", "Senior Hurras al-Din Official Reportedly Killed In Raid",
		[]string{"killed/combatants 1"}},
	{"pronoun of a named civilian", "A rocket hit the house of Ahmad Dayoub and killed him.",
		[]string{"killed/people 1"}},
	{"shot dead a local official", "Gunmen shot dead a local official in Sarmada, residents said.",
		[]string{"killed/people 1 src=residents"}},
	{"progressive is no victim", "\"The tent was killing us slowly,\" he said.",
		nil},
	{"a building is no victim", "A school had burned in the night.",
		nil},
	{"the injured as a noun", "The more seriously injured were taken to Bab al-Hawa.",
		nil},
}

func TestIndividuals(t *testing.T) {
	for _, c := range individualCases {
		t.Run(c.name, func(t *testing.T) { checkExtract(t, c.text, "", c.want) })
	}
}
