package figures

import (
	"regexp"
	"slices"
	"testing"
	"time"
)

// describedCases are English single victims told by a description rather
// than a name or a bare role, written for this test: a self-inflicted death
// whose subject is a phrase ("a member of the cell blew himself up"), roles
// of an armed group outside the group lexicon (recruiter, aide, operative,
// financier), a subject holding a relative clause or participle before its
// predicate, "X along with N other members" (X one figure, N another),
// a copular naming of one of the dead ("the third was a shepherd"), and a
// name with a role apposition in a coordinated subject. Near-misses give
// nothing. Actors are not compared here; todo marks a reading not reached.
var describedCases = []readingCase{
	// 1. self-inflicted, described subject
	{"self: senior commander of a faction", "A senior commander of the Hurras al-Din faction blew himself up, killing his wife, as troops surrounded the farm.",
		[]string{"killed/combatants 1", "killed/women 1"}, false},
	{"self: member of a cell", "A member of a jihadist cell blew himself up inside the apartment when police knocked on the door.",
		[]string{"killed/combatants 1"}, false},
	{"self: headline present tense", "HTS defector blows himself up as police raid Sarmada flat",
		[]string{"killed/combatants 1"}, false},
	{"self: the attacker himself is dead", "The attacker himself is dead, the governor said.",
		[]string{"killed/combatants 1 src=the governor"}, false},
	{"self: operative detonated his belt", "An operative of the Islamic State group detonated his explosive belt at the gate, wounding three guards.",
		[]string{"killed/combatants 1", "injured/people 3"}, false},
	{"self: fighter from a brigade", "A fighter from a Chechen brigade blew himself up near the checkpoint.",
		[]string{"killed/combatants 1"}, false},
	{"self: emir headline", "Wanted emir of IS cell blows himself up in Harem hideout",
		[]string{"killed/combatants 1"}, false},
	{"self: headline clause after a semicolon", "Police storm flat in Sarmada; suspect blows himself up",
		[]string{"killed/combatants 1"}, false},
	{"self: a man who blew himself up is the attacker", "A man blew himself up at the checkpoint on the Bab al-Hawa road.",
		[]string{"killed/combatants 1"}, false},
	{"self near-miss: killed herself is no attack", "A woman killed herself after the strike destroyed her home.",
		[]string{"killed/women 1"}, false},
	{"self near-miss: threatened", "A member of the cell threatened to blow himself up before he surrendered.",
		nil, false},
	{"self near-miss: tried", "Police said the man tried to blow himself up but was arrested.",
		nil, false},

	// 2. roles of an armed group
	{"role: recruiter who had been luring", "Abu Yahya al-Shami, a recruiter who had been luring teenagers from the camps, was killed in the raid.",
		[]string{"killed/combatants 1"}, false},
	{"role: aide to the leader", "An aide to the group's leader was killed in the strike.",
		[]string{"killed/combatants 1"}, false},
	{"role: operative who had joined", "Abu Omar, an operative who had joined the cell last year, died in the clash.",
		[]string{"killed/combatants 1"}, false},
	{"role: financier of a faction", "A financier of the armed faction was killed when a drone hit his car.",
		[]string{"killed/combatants 1"}, false},
	{"role: smuggler who had joined the group", "Khaled Saeed, a smuggler who had joined the group in 2019, was shot dead.",
		[]string{"killed/combatants 1"}, false},
	{"role: object operative of the group", "The strike killed Abu Bakr al-Halabi, an operative of the group.",
		[]string{"killed/combatants 1"}, false},
	{"role near-miss: baker who fed families", "Ahmad Khalil, a baker who had been feeding displaced families, was killed in the strike.",
		[]string{"killed/people 1"}, false},
	{"subject near-miss: an attack noun before a qualified count", "Shelling killed at least 10 people in the market.",
		[]string{"killed/people 10.."}, false},
	{"subject near-miss: shrapnel before more than", "Shrapnel wounded more than 20 people near the school.",
		[]string{"injured/people 21.."}, false},
	{"subject near-miss: a blast before nearly", "Explosions killed nearly 30 people across the town, medics said.",
		[]string{"killed/people 30 ~ src=medics"}, false},
	{"role near-miss: aide to the mayor", "An aide to the mayor was killed in the shelling.",
		[]string{"killed/people 1"}, false},

	// 3. a relative clause or participle before the predicate
	{"rel: gunman who fired", "A gunman who fired at the patrol from a rooftop was killed.",
		[]string{"killed/combatants 1"}, false},
	{"rel: woman injured in, died of wounds", "A woman injured in the shelling of Sarmin died of her wounds on Monday.",
		[]string{"killed/women 1"}, false},
	{"rel: member who had been riding", "Rescuers said a Turkish member of the faction who had been riding in the second vehicle died in hospital.",
		[]string{"killed/combatants 1 src=Rescuers"}, false},
	{"rel: boy who was playing", "A boy who was playing outside his house was killed by the shell.",
		[]string{"killed/children 1"}, false},
	{"rel: fighter who was guarding", "An HTS fighter who was guarding the checkpoint was wounded.",
		[]string{"injured/combatants 1"}, false},
	{"rel: nurse who had rushed", "A nurse who had rushed to help the wounded was killed in a second strike.",
		[]string{"killed/civilians 1"}, false},
	{"rel: militant who opened fire", "A militant who opened fire on the soldiers from a nearby house was killed.",
		[]string{"killed/combatants 1"}, false},
	{"rel near-miss: lost his shop", "A man who lost his shop in the strike said he had nowhere to go.",
		nil, false},
	{"rel near-miss: medic who treated", "A medic who treated the wounded said the hospital was full.",
		nil, false},
	{"rel near-miss: girl who survived", "A girl who survived the strike was pulled out alive.",
		nil, false},

	// 4. X along with N other members
	{"along: commander and members of his unit", "The strike killed Abu Anas al-Masri, a senior commander of the group, along with three other members of his unit.",
		[]string{"killed/combatants 1", "killed/combatants 3"}, false},
	{"along: emir and other militants", "Abu Zaid, the cell's emir, was killed along with two other militants.",
		[]string{"killed/combatants 1", "killed/combatants 2"}, false},
	{"along: treasurer together with aides", "The raid killed the group's treasurer together with two of his aides.",
		[]string{"killed/combatants 1", "killed/combatants 2"}, false},
	{"along: leader together with fighters", "Abu Sakhr, a leader of the faction, died together with four of his fighters.",
		[]string{"killed/combatants 1", "killed/combatants 4"}, false},
	{"along: official and other operatives", "The drone strike killed Abu Hamza al-Turki, a senior HTS official, along with two other HTS operatives riding with him.",
		[]string{"killed/combatants 1", "killed/combatants 2"}, false},
	{"along: passive with other members", "The commander was killed alongside three other members of the brigade.",
		[]string{"killed/combatants 1", "killed/combatants 3"}, false},
	{"along near-miss: farmer and villagers", "The strike killed a farmer along with two other villagers.",
		[]string{"killed/people 1", "killed/people 2"}, false},

	// 5. copular naming of one of the dead
	{"copula: one of the dead was a bodyguard", "The monitor put the toll at eight, saying one of the dead was a bodyguard of the commander.",
		[]string{"killed/people 8 src=The monitor", "killed/combatants 1 src=The monitor"}, false},
	{"copula: one was a fighter", "Two people died in the strike. One of them was a fighter from the National Front.",
		[]string{"killed/people 2", "killed/combatants 1"}, false},
	{"copula: the fourth was a shepherd", "Four people were killed in the strike. The fourth was a shepherd grazing his sheep nearby.",
		[]string{"killed/people 4", "killed/people 1"}, false},
	{"copula: second man was a nephew who had joined", "Rescuers recovered two bodies. The second man was the driver's cousin, who had joined the group a year earlier.",
		[]string{"killed/people 2..", "killed/combatants 1"}, false},
	{"copula: one of those killed was a council member", "One of those killed was a local council member.",
		[]string{"killed/people 1"}, false},
	{"copula: the other victim was a boy", "Two people were killed. The other victim was a 10-year-old boy.",
		[]string{"killed/people 2", "killed/children 1"}, false},
	{"copula: two of them were members of a cell", "Three men were killed in the strike. Two of them were members of an IS cell. The third was a shepherd driving his flock along the road, the source said.",
		[]string{"killed/people 3", "killed/combatants 2", "killed/people 1 src=the source"}, false},
	{"copula: two of the dead were fighters", "Ten people were killed in the raid. Two of the dead were HTS members, the group said.",
		[]string{"killed/people 10", "killed/combatants 2 src=the group"}, false},
	{"copula near-miss: two of them were men", "Five people died. Two of them were men from the village.",
		[]string{"killed/people 5"}, false},
	{"copula near-miss: one of the rescuers", "One of the rescuers was a former teacher.",
		nil, false},
	{"copula near-miss: the first was a warning", "Three shells fell. The first was a warning.",
		nil, false},

	// 6. a name with a role apposition in a coordinated subject
	{"appos: teacher and his brother among the dead", "Kamal al-Hassan, a chemistry teacher at the girls' school, and his brother were among the dead.",
		[]string{"killed/people 1", "killed/people 1"}, false},
	{"appos: dead included teacher and son", "The dead included Samir al-Khatib, a chemistry teacher, and his brother, residents said.",
		[]string{"killed/people 1 src=residents", "killed/people 1 src=residents"}, false},
	{"appos: taxi driver and his wife killed", "Mahmoud Bakour, a taxi driver, and his wife were killed when the shell hit.",
		[]string{"killed/people 1", "killed/women 1"}, false},
	{"appos: pharmacist and cousin wounded", "Ali Jumaa, a pharmacist, and his cousin were among those wounded.",
		[]string{"injured/people 1", "injured/people 1"}, false},
	// daughter is children in the lexicon (lexicon.go), women in figures.md
	{"appos: among the dead were farmer and daughter", "Among the dead were Omar Hilal, a farmer from the village, and his daughter.",
		[]string{"killed/people 1", "killed/women 1"}, false},
	{"appos: among the dead were farmer and son", "Among the dead were Omar Hilal, a farmer from the village, and his son.",
		[]string{"killed/people 1", "killed/children 1"}, false},
	{"appos: electrician and nephew died", "Yasser Hamid, an electrician from Binnish, and his nephew died in the blast.",
		[]string{"killed/people 1", "killed/people 1"}, false},
	{"appos: the correspondent is the outlet's", "Our correspondent in Ariha said the market was hit twice. The dead there included Walid Kanjo, a baker, the correspondent said.",
		[]string{"killed/people 1"}, false},
	{"appos: the dead there included", "The dead there included Walid Kanjo, a history teacher at the boys' school, and his cousin, residents said.",
		[]string{"killed/people 1 src=residents", "killed/people 1 src=residents"}, false},
	{"copula: possessor's relative", "Rescuers pulled two bodies from the car. A neighbour said the second man was Abu Salem's son-in-law, who had joined the faction last year.",
		[]string{"killed/people 2..", "killed/combatants 1 src=A neighbour"}, false},
	{"appos near-miss: nurse and colleague treated", "Nour Khalil, a nurse, and her colleague treated the wounded.",
		nil, false},

	{"among the total: a woman and a partitive", "A woman and three of her sons were among the 11 people killed on Monday.",
		[]string{"killed/people 11", "killed/women 1", "killed/children 3"}, false},

	// a relative clause speaks of others: only an armed side counts
	{"rel: recruiter drawing young men, second apposition", "The cell's leader, Abu Hafs, a recruiter who had been drawing young men from the camps, was killed.",
		[]string{"killed/combatants 1"}, false},
	{"rel: farmer irrigating a field escaped injury", "A farmer who was irrigating a nearby field escaped injury.",
		[]string{"injured/people 0"}, false},
	{"rel: driver for an aid group", "Samer Hallak, a driver who worked for an aid group, was killed.",
		[]string{"killed/people 1"}, false},

	{"rel: boy of about twelve who was with", "A boy of about 12 who was with the shepherd was wounded.",
		[]string{"injured/children 1"}, false},
	{"self: member of a bracketed group", "A member of an Islamic State (ISIS) cell blew himself up at the gate.",
		[]string{"killed/combatants 1"}, false},
	{"rel: who lost his legs, died", "A tailor who lost both legs in the shelling died in a hospital in Antakya.",
		[]string{"killed/people 1"}, false},
	{"rel near-miss: who lost a leg, alive", "A tailor who lost a leg in the shelling now sells bread from a cart.",
		[]string{"injured/people 1"}, false},

	// a headline without the side, the body with it: one figure
	{"headline and body restate one death", "Senior Hurras al-Din Financier Killed In Drone Strike\n\nA drone strike near Darkush killed Abu Hamza al-Shami, a senior financier of the al-Qaeda affiliated group, on Sunday.",
		[]string{"killed/combatants 1"}, false},
	{"two deaths in the body stay two", "Raid on Sarmada hideout\n\nThe target blew himself up in the bedroom. An IS gunman who fired at the soldiers from the roof was also killed.",
		[]string{"killed/combatants 1", "killed/combatants 1"}, false},

	// glimpses and other near-misses
	{"glimpse: a wounded man carried", "Thirteen people were killed in the strike. A reporter saw a wounded man carried into the clinic.",
		[]string{"killed/people 13"}, false},
	{"glimpse: one wounded man carried", "Thirteen people were killed in the strike. A reporter saw one wounded man carried into the clinic.",
		[]string{"killed/people 13"}, true},
	{"near-miss: shopkeeper who lost his stock", "A shopkeeper who lost his stock in the fire said the market was empty.",
		nil, false},
}

var actorRE = regexp.MustCompile(` actor=\S+`)

// readingCase is a text and the figures (short form, no actor) read in it
// as a set; todo marks a reading not reached yet.
type readingCase struct {
	name string
	text string
	want []string
	todo bool
}

// runReadingCases reads each case without a publication day, actors
// dropped, judges it in a subtest (judgeReading) and logs how many of the
// cases read right, under what.
func runReadingCases(t *testing.T, what string, cases []readingCase) {
	t.Helper()
	pass := 0
	for _, c := range cases {
		var got []string
		for _, f := range Extract(c.text, time.Time{}) {
			got = append(got, actorRE.ReplaceAllString(short(f), ""))
		}
		want := slices.Clone(c.want)
		slices.Sort(got)
		slices.Sort(want)
		if slices.Equal(got, want) {
			pass++
		}
		t.Run(c.name, func(t *testing.T) { judgeReading(t, c.text, got, want, c.todo) })
	}
	t.Logf("%s: %d of %d read", what, pass, len(cases))
}

func TestDescribedVictims(t *testing.T) { runReadingCases(t, "described victims", describedCases) }
