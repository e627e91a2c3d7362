package figures

import "testing"

// English constructions of appendix B of ../shared/spec/extraction-errors.md
// that bind a count through a phrase the reader used to stop at. "B/" cases
// are the report's invented examples; the others are written for this test.
var constructionCases = []struct {
	name string
	text string
	want []string
}{
	// L2: a quoted or hyphenated modifier outside the lexicon
	{"B/L2 quoted modifier", "The army said it killed three 'high-value' PKK operatives.",
		[]string{"killed/combatants 3 src=The army"}},
	{"quoted modifier, double quotes", "The army said it killed three \"high-value\" PKK fighters.",
		[]string{"killed/combatants 3 src=The army"}},
	{"quoted so-called", "Officials said two \"so-called\" volunteers were wounded.",
		[]string{"injured/people 2 src=Officials"}},
	{"quoted modifier, no people", "Rescuers said four \"hard-hit\" families were displaced.",
		nil},
	// L1: a metric noun given a number by a verb of estimating
	{"B/L1 estimated the dead at", "Rights groups estimated the dead at 40.",
		[]string{"killed/people 40 src=Rights groups"}},
	{"put the wounded at", "Doctors at the clinic put the wounded at more than 60.",
		[]string{"injured/people 61.."}},
	{"estimates the injured at a range", "The monitor estimates the injured at between 20 and 30, it said.",
		[]string{"injured/people 20..30 src=The monitor"}},
	{"put at a place", "He put the bags at the door.",
		nil},
	// G: relatives described as members of an armed group are fighters
	{"B/G sons in the armed wing", "A faction leader and his three sons, all members of the group's armed wing, were killed.",
		[]string{"killed/combatants 4"}},
	{"sons, both fighters", "A commander and his two sons, both fighters in the faction, died in the strike.",
		[]string{"killed/combatants 3"}},
	{"sons in a council stay children", "A farmer and his two sons, all members of the local council, were killed.",
		[]string{"killed/people 1", "killed/children 2"}},
	{"mostly fighters is a part", "More than 90 people, mostly fighters, were killed in the clashes.",
		[]string{"killed/people 91.."}},
	// Q: a definite restatement by a new source is that source's figure
	{"B/Q confirmed by a new source", "The Red Crescent said seven children died. The health ministry later confirmed the deaths of the seven minors.",
		[]string{"killed/children 7 src=The Red Crescent", "killed/children 7 src=The health ministry"}},
	{"B/Q the infant, according to", "An infant was among the dead. The infant was killed in an air strike on Binnish, according to paramedics.",
		[]string{"killed/children 1", "killed/children 1 src=paramedics"}},
	{"restated by the same source", "The Red Crescent said seven children died. It later confirmed the deaths of the seven minors.",
		[]string{"killed/children 7 src=The Red Crescent"}},
	{"the four fighters, a new speaker", "Medics said four fighters were killed. The faction said the four fighters died in an ambush.",
		[]string{"killed/combatants 4 src=Medics", "killed/combatants 4 src=The faction"}},
	{"a new speaker names the counted", "Medics said two children were wounded. Their uncle said the two wounded children were asleep.",
		[]string{"injured/children 2 src=Medics"}},
	// EL: a bare count whose noun is the count before it
	{"B/EL two suffered burns", "Six soldiers were hurt by shrapnel, and two suffered burns.",
		[]string{"injured/troops 6", "injured/troops 2"}},
	{"four sustained injuries", "Three people died in the fire and four sustained serious injuries.",
		[]string{"killed/people 3", "injured/people 4"}},
	{"received is no wound", "The boy received two injections.",
		nil},
	// C: the count in one sentence, its predicate in the next
	{"B/C all of them died", "Five children were inside the classroom. All of them died in the fire.",
		[]string{"killed/children 5"}},
	{"all of them were killed", "The car carried three men. All of them were killed when the drone struck.",
		[]string{"killed/people 3"}},
	{"both were shot dead", "Gunmen stopped two farmers on the road. Both were later shot dead, villagers said.",
		[]string{"killed/people 2 src=villagers"}},
	{"all of them, not people", "The ministry counted 12 strikes on Tuesday. All of them hit residential areas.",
		nil},
	// BL: a breakdown by place after a colon, with a nested sub-list
	{"B/BL toll by place", "The toll rose to 15: 10 in Sarmin (seven civilians and three fighters) and 5 in Binnish.",
		[]string{"killed/people 15", "killed/people 10", "killed/civilians 7", "killed/combatants 3", "killed/people 5"}},
	{"killed by place, two-word name", "The strikes killed 12 people: eight in Ariha and four in Jisr al-Shughur.",
		[]string{"killed/people 12", "killed/people 8", "killed/people 4"}},
	{"died by place", "Nine people died: five in Ariha (three women and two children) and four in Sarmin.",
		[]string{"killed/people 9", "killed/people 5", "killed/women 3", "killed/children 2", "killed/people 4"}},
	{"wounded by place, attributed", "The shelling wounded 20 people: 12 in Taftanaz and 8 in Binnish, the monitor said.",
		[]string{"injured/people 20 src=the monitor", "injured/people 12 src=the monitor", "injured/people 8 src=the monitor"}},
	{"colon list by group", "The strikes killed 12 people: eight children, three women and a man.",
		[]string{"killed/people 12", "killed/children 8", "killed/women 3", "killed/people 1"}},
	// E: an "include" list after a head count, one figure per group
	{"B/E the ten dead include", "The ten dead include the cell leader, his bodyguard and eight fighters from the same unit.",
		[]string{"killed/people 10", "killed/combatants 10"}},
	{"included the commander and civilians", "The 14 killed included the local commander and six civilians.",
		[]string{"killed/people 14", "killed/combatants 1", "killed/civilians 6"}},
	{"include a driver, summed by group", "The ten dead include a cell leader, his driver and eight fighters.",
		[]string{"killed/people 10", "killed/combatants 9", "killed/people 1"}},
	// B: sub-counts under a head with no number
	{"B/B injuries among the displaced", "Injuries were reported among the displaced, including a girl of six.",
		[]string{"injured/children 1"}},
	{"deaths in the camp, including", "Deaths were reported in the camp, including an elderly man.",
		[]string{"killed/people 1"}},
	{"casualties far from the list", "Casualties were reported in several villages near the border, including two children.",
		[]string{"casualties/children 2"}},
	{"a count between head and list", "Injuries were treated at the clinic for hours after 4 buses arrived, including a girl.",
		nil},
	// an ellipsis inside a toll's subject leaves words out; the sentence goes on
	{"ellipsis in a toll's subject", "The toll from Tuesday's strikes on Ariha … rose to 14, the Civil Defence said.",
		[]string{"killed/people 14 src=the Civil Defence"}},
	{"three dots before a place", "The number of people killed in the strike on ... Sarmin rose to nine.",
		[]string{"killed/people 9"}},
	{"ellipsis before the verb group", "The death toll … has risen to 22, the health directorate said.",
		[]string{"killed/people 22 src=the health directorate"}},
	{"an ellipsis that ends a sentence", "The strike killed five people… Rescuers said three more died.",
		[]string{"killed/people 5", "killed/people 3 src=Rescuers"}},
	// DUP: one source restated is one figure, under a generic name or a repeated line
	{"B/DUP rights group is the named network", "Four children killed in Sarmin strike, rights group says\n\nFour children died in the strike on Sarmin, the director of the Syrian Network for Human Rights told reporters.",
		[]string{"killed/children 4 src=the director of the Syrian Network for Human Rights"}},
	{"B/DUP a repeated headline line", "Commander killed in raid\n\nCommander killed in raid\n\nThe raid killed a commander, the army said.",
		[]string{"killed/combatants 1", "killed/combatants 1 src=the army"}},
	{"war monitor is the observatory", "Two civilians killed in Ariha shelling, war monitor says\n\nTwo civilians were killed in the shelling of Ariha, the Syrian Observatory for Human Rights said.",
		[]string{"killed/civilians 2 src=the Syrian Observatory for Human Rights"}},
	{"rights group is not a directorate", "Three children killed in Binnish, rights group says\n\nThree children died in Binnish, the health directorate said.",
		[]string{"killed/children 3 src=rights group", "killed/children 3 src=the health directorate"}},
	{"a repeated named death", "Rebel commander killed in clash near Saraqib\n\nRebel commander killed in clash near Saraqib",
		[]string{"killed/combatants 1"}},
	// E: an include-list under a head with no count
	{"the dead included X, his deputy and two guards", "The dead included Abu Hamza al-Idlibi, his deputy and two guards, the monitor said.",
		[]string{"killed/combatants 4 src=the monitor"}},
	{"the dead included the group's commander", "The dead included the group's commander, his deputy and two guards.",
		[]string{"killed/combatants 4"}},
	{"the victims included a council member and his son", "The victims included a local council member and his son.",
		[]string{"killed/people 1", "killed/children 1"}},
	{"those killed included the imam of the mosque", "Those killed included the imam of the mosque and his brother.",
		[]string{"killed/people 1", "killed/people 1"}},
	{"the wounded included a nurse", "The wounded included a nurse from the clinic, the director said.",
		[]string{"injured/civilians 1 src=the director"}},
	{"included as no list of victims", "The delegation included a doctor and two engineers.",
		nil},
	// A3: an apposition after a place part of the name
	{"A3 name of a town, apposition", "Abu Khaled al-Shami of Saraqib, the faction's long-time spokesman and a veteran of the Aleppo battles, was killed on Tuesday.",
		[]string{"killed/combatants 1"}},
	{"A3 from a town, then the role", "Abu Khaled al-Shami, from Saraqib, the faction's spokesman, was killed on Tuesday.",
		[]string{"killed/combatants 1"}},
	{"A3 age, town, trade", "Omar Haddad, a 40-year-old from Kafr Nabl, the town's baker, died in the strike.",
		[]string{"killed/people 1"}},
	{"A3 a place before the subject", "In Sarmin, a man, a farmer, was killed.",
		[]string{"killed/people 1"}},
	// W: a relative clause between the count and its verb
	{"B/W whom ... described", "Three men, whom local officials described as shepherds from a nearby village, were shot dead at the edge of the valley.",
		[]string{"killed/people 3"}},
	// C: "both" opening a clause after a count of the same sentence
	{"B/C where both were executed", "Gunmen led two farmers to an orchard, where both were later executed.",
		[]string{"killed/people 2"}},
	{"and all of them were shot dead", "The soldiers detained three men and all of them were later shot dead.",
		[]string{"killed/people 3"}},
	{"both of two tanks is no figure", "Two tanks were hit and both were destroyed.",
		nil},
	// BL: a part named after a place part ("among them a nurse")
	{"B/BL among them a nurse", "The toll rose to 15: 10 in Sarmin (seven civilians and three fighters) and 5 in Binnish, among them a nurse.",
		[]string{"killed/people 15", "killed/people 10", "killed/civilians 7", "killed/combatants 3", "killed/people 5", "killed/civilians 1"}},
	{"among them a teacher and his son", "The strike killed nine people, among them a teacher and his son, the monitor said.",
		[]string{"killed/people 9 src=the monitor", "killed/people 1 src=the monitor", "killed/children 1 src=the monitor"}},
	{"among them, no count before", "He visited Sarmin, among them the old market.",
		nil},
	// the euphemism of official statements, of armed men only: casualties
	{"neutralised soldiers", "The ministry said its artillery neutralised 57 regime soldiers.",
		[]string{"casualties/troops 57 src=The ministry"}},
	{"regime elements neutralized, passive", "Officials said 88 regime elements were neutralized overnight.",
		[]string{"casualties/troops 88 src=Officials"}},
	{"neutralised, no armed men", "Engineers neutralised 40 mines near the road.",
		nil},
	// a verb quoted as the speaker's word still governs its count
	{"quoted verb", "Security sources said the strikes \"neutralised\" 23 fighters.",
		[]string{"casualties/combatants 23 src=Security sources"}},
	{"quoted object", "The group said it had killed \"at least 12 soldiers\" in the raid.",
		[]string{"killed/troops 12.. src=The group"}},
}

func TestConstructions(t *testing.T) {
	for _, c := range constructionCases {
		t.Run(c.name, func(t *testing.T) { checkExtract(t, c.text, "", c.want) })
	}
}
