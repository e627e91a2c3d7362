package figures

import "testing"

// recallCases are English constructions a fresh reporter uses for victims
// that the counting missed, written for this test: names with an age
// apposition (", 17,"), partitives with a possessive ("five of its
// members"), a pronoun coordinated with a companion ("him and his driver"),
// "lost" with relatives, "treated" for injuries as a count of injured, and
// "others" or a gapped second metric that shares the group of the count it
// is coordinated with. Near-misses give nothing. Actors are not compared.
var recallCases = []readingCase{
	// 1. names with an age apposition
	{"age: three names in a list", "The dead were named as Yousef Barakat, 19, his brother Hamza, 16, and their uncle Fares Barakat, 45.",
		[]string{"killed/people 1", "killed/people 1", "killed/people 1"}, false},
	{"age: son with age died", "His daughter Lina, 7, died in hospital the next morning.",
		[]string{"killed/children 1"}, false},
	{"age: role then name then age", "A pharmacist, Salma al-Khatib, 29, was killed when the shell hit her shop.",
		[]string{"killed/people 1"}, false},
	{"age: two named subjects killed", "Khaled Hamdo, 31, and his neighbour Amer Sweid, 27, were killed in the strike.",
		[]string{"killed/people 1", "killed/people 1"}, false},
	{"age: name age were wounded", "Rami Othman, 12, was wounded in the hand.",
		[]string{"injured/people 1"}, false},
	{"age: victims identified as", "Rescuers said they had identified the victims as Abdullah Haj Omar, 52, and his wife Fatima, 48.",
		[]string{"killed/people 1 src=Rescuers", "killed/women 1 src=Rescuers"}, false},
	{"age near-miss: a witness with age spoke", "Omar Dabbagh, 40, a shopkeeper, said the jets came twice.",
		nil, false},

	// 2. partitives with a possessive
	{"part: killing five of its members", "The faction accused the rival group of killing four of its members at a checkpoint.",
		[]string{"killed/combatants 4"}, false},
	{"part: announced the deaths of N of its fighters", "Hezbollah announced the deaths of six of its fighters near Saraqib.",
		[]string{"killed/combatants 6 src=Hezbollah"}, false},
	{"part: one of its volunteers died", "The Syrian Civil Defence said one of its volunteers died when the ambulance was hit.",
		[]string{"killed/civilians 1 src=The Syrian Civil Defence"}, false},
	{"part: one of its guards was among the dead", "The police said one of its officers guarding the gate was among the dead.",
		[]string{"killed/combatants 1 src=The police"}, true},
	{"part: members of the hospital staff among those killed", "Three members of the hospital staff were among those killed.",
		[]string{"killed/civilians 3"}, false},
	{"part: wounding N members of the force", "The gunman opened fire, wounding two members of the force.",
		[]string{"injured/combatants 2"}, true},
	{"part: among them a brigadier", "The ambush killed 12 regime soldiers, among them a brigadier.",
		[]string{"killed/troops 12", "killed/troops 1"}, false},
	{"part: a brigadier among fighters", "The clashes killed nine HTS fighters, including a brigadier who had defected.",
		[]string{"killed/combatants 9", "killed/combatants 1"}, false},
	{"part: members of the security service wounded", "The General Security Service raided the farm on Monday. A gunman opened fire, wounding four members of the service.",
		[]string{"injured/combatants 4"}, false},
	{"part: members of the prison staff", "Two members of the prison staff were among those killed, the ministry said.",
		[]string{"killed/people 2 src=the ministry"}, false},
	{"part: members of the security forces", "The ministry said 40 members of the security forces were killed.",
		[]string{"killed/troops 40 src=The ministry"}, false},
	{"desc: a passer-by was wounded", "A passer-by was wounded in the arm.",
		[]string{"injured/people 1"}, false},
	{"part near-miss: members of the family", "Five members of the same family were killed.",
		[]string{"killed/people 5"}, false},
	{"part near-miss: five of its members were arrested", "Police arrested five of its members in Sarmada.",
		nil, false},

	// 3. a pronoun with a companion
	{"pron: killing him and his bodyguard", "Colonel Hassan Dibo, a commander of the brigade, was ambushed on the road. Gunmen fired on his car, killing him and his bodyguard.",
		[]string{"killed/combatants 1", "killed/combatants 1"}, false},
	{"pron: killing her and her daughter", "Amina Saleh was baking bread when the shell fell, killing her and her daughter.",
		[]string{"killed/women 1", "killed/women 1"}, false},
	{"pron: bodyguard with name and age", "A drone struck the car of the faction's commander Abu Khalid, killing him and his bodyguard, Samer Ali, 26, a member of the faction.",
		[]string{"killed/combatants 1", "killed/combatants 1"}, false},

	// 4. other described deaths
	{"desc: a second man who had been with them died", "A second man who had been with the shepherds died of his wounds on Tuesday.",
		[]string{"killed/people 1"}, false},
	{"desc: one of the attackers detonated a belt", "One of the attackers detonated an explosive vest at the gate.",
		[]string{"killed/combatants 1"}, false},
	{"desc: lost his wife and two sons", "Hussein, a 50-year-old farmer who lost his wife and two sons in the strike, said he would not leave.",
		[]string{"killed/women 1", "killed/children 2"}, false},
	{"desc: lost her father and brother", "Nour lost her father and her brother in the bombing.",
		[]string{"killed/people 1", "killed/people 1"}, false},
	{"desc: documented N of the deaths", "The group documented 17 of the deaths by name.",
		[]string{"killed/people 17 src=The group"}, false},
	{"desc: lost her husband and two sons", "Umm Khaled lost her husband and her two sons in the shelling of Ariha.",
		[]string{"killed/children 2", "killed/people 1"}, false},
	{"desc: lost a count of relatives first", "Umm Khaled lost her two sons and her husband in the shelling of Ariha.",
		[]string{"killed/children 2", "killed/people 1"}, true},
	{"desc near-miss: lost his father years ago", "Samer lost his father to cancer years ago.",
		nil, false},
	{"desc: verified N of the deaths", "Investigators verified 40 of the deaths through hospital records.",
		[]string{"killed/people 40"}, false},
	{"desc near-miss: two of the dead were from one family", "Two of the dead were from one family.",
		nil, false},
	{"desc: a suspect detonated a suicide vest", "A suspect detonated a suicide vest as police closed in on the house.",
		[]string{"killed/combatants 1"}, false},
	{"desc near-miss: police detonated a device", "Police detonated an explosive device found near the road.",
		nil, false},
	{"desc near-miss: the army detonated a seized car bomb", "The army detonated a car bomb it had seized.",
		nil, false},
	{"desc near-miss: lost his home", "Hussein lost his home and his shop in the strike.",
		nil, false},

	// 5. treated = injured
	{"treat: at least N others were treated", "Doctors said five people died and at least 30 others were treated for burns.",
		[]string{"killed/people 5 src=Doctors", "injured/people 30.. src=Doctors"}, false},
	{"treat: put the number treated at", "The medical charity put the number of people treated at 41.",
		[]string{"injured/people 41 src=The medical charity"}, false},
	{"treat: we treated N people for", "\"We treated 25 people for shrapnel wounds,\" said a doctor at the hospital.",
		[]string{"injured/people 25 src=a doctor"}, false},
	{"treat: N were treated in hospital", "Eleven people were treated in hospital for smoke inhalation.",
		[]string{"injured/people 11"}, false},
	{"treat: hospital treated N children", "The hospital in Atmeh treated 14 children for injuries.",
		[]string{"injured/children 14"}, false},
	{"treat near-miss: treated as", "The ten men were treated as suspects by the police.",
		nil, false},
	{"treat near-miss: treated them fairly", "The guards treated the 40 prisoners fairly, the report said.",
		nil, false},

	// 6. others and gapped metrics share the group
	{"others: killing N civilians and injuring M others", "The strike hit a market, killing six civilians and injuring 15 others.",
		// heldout5 reads civilians here, figures/testdata/heldout ("killed four
		// civilians and wounded at least 10 others") people: the sets
		// disagree and the spec is silent, so the gate's reading stays
		[]string{"killed/civilians 6", "injured/civilians 15"}, true},
	{"gap: N civilians were killed and M injured", "Eight civilians were killed and 23 injured in the shelling.",
		[]string{"killed/civilians 8", "injured/civilians 23"}, false},
	{"gap: N children killed and M wounded", "Four children were killed and nine wounded when the school was hit.",
		[]string{"killed/children 4", "injured/children 9"}, false},
	{"others: wounding M others after soldiers", "The blast killed three soldiers and wounded seven others.",
		[]string{"killed/troops 3", "injured/troops 7"}, false},
	{"others near-miss: people then others", "The strike killed five people and wounded 12 others.",
		[]string{"killed/people 5", "injured/people 12"}, false},
}

func TestRecallCases(t *testing.T) { runReadingCases(t, "recall cases", recallCases) }
