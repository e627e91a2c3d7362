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
	// medical staff are civilians, like rescuers (count.go healthWords)
	{"a health worker", "A health worker was wounded when the clinic in Ariha was shelled.",
		[]string{"injured/civilians 1"}, false},
	{"a member of the hospital staff", "The barrel bomb killed a boy and a member of the hospital staff.",
		[]string{"killed/children 1", "killed/civilians 1"}, false},
	{"medical workers among the wounded", "Twenty people were wounded, among them four medical workers.",
		[]string{"injured/people 20", "injured/civilians 4"}, false},
	{"members of the medical team", "Two members of the medical team died in the second strike.",
		[]string{"killed/civilians 2"}, false},
	{"a council member is no medic", "A member of the local council was wounded.",
		[]string{"injured/people 1"}, true},
	// zeros
	{"zero reported among the medical staff", "The shelling hit the ward, but no casualties were reported among the medical staff.",
		[]string{"casualties/civilians 0"}, false},
	{"zero of health workers reported", "No health workers were reported hurt in the attack on the dispensary.",
		[]string{"injured/civilians 0"}, false},
	{"zero of a state's personnel lost", "The spokesman said no Turkish personnel were lost in the exchange of fire.",
		[]string{"killed/troops 0 src=The spokesman"}, false},
	{"lost is said of people only", "The villagers lost their homes in the fire.",
		nil, false},
	// self-inflicted deaths of a count, and the victims after the self
	{"count of bombers blew themselves up", "Three suicide bombers had blown themselves up at the gate before dawn.",
		[]string{"killed/combatants 3"}, false},
	{"bombers with two modifiers", "Police said two insurgent suicide bombers blew themselves up near the market.",
		[]string{"killed/combatants 2 src=Police"}, false},
	{"himself and the children", "Cornered in the house, the bomber set off his belt, killing himself and the three children.",
		[]string{"killed/combatants 1", "killed/children 3"}, false},
	{"a person and the two boys", "The shell killed a farmer and the two boys.",
		[]string{"killed/people 1", "killed/children 2"}, false},
	// a state's pilot is a soldier; a subject shared by two predicates
	{"pilot in a headline", "Turkish pilot killed after jet downed near Saraqib",
		[]string{"killed/troops 1"}, false},
	{"subject of the first predicate", "Jets struck the ridge. The pilot bailed out, but was killed by militants.",
		[]string{"killed/troops 1"}, false},
	{"subject before 'and was shot dead'", "Shelling hit the square. A baker ran to the gate and was shot dead.",
		[]string{"killed/people 1"}, false},
	{"no person opens the clause", "The convoy reached the bridge but was hit by a drone.",
		nil, false},
	// a verb with its own count after "and" takes no count before it
	{"and wounded N after an aside", "The blast killed at least 31 people on Monday, including four children, and wounded about 90, officials said.",
		[]string{"killed/people 31.. src=officials", "killed/children 4 src=officials", "injured/people 90 ~ src=officials"}, false},
	// one person of a count named after it (individual.go namedListObject)
	{"named one of the dead as", "A missile killed two fighters near Ariha. The faction named one of the dead as Abu Talha al-Shami.",
		[]string{"killed/combatants 2", "killed/combatants 1"}, false},
	{"identified the second man as", "The drone killed two men on the road. Monitors identified the second man as Omar Darwish.",
		[]string{"killed/people 2", "killed/combatants 1"}, false},
	{"no count told before", "Police identified the second man as Ali Hassan.",
		nil, false},
}

func TestVictims(t *testing.T) { runReadingCases(t, "victims", victimsCases) }
