package figures

import "testing"

// Breakdowns and toll frames written for classes BL, P and L1 of
// ../shared/spec/extraction-errors.md: parts of a toll keyed by place
// (after the total, even when a clause stands between the count and the
// colon, or when the head has no number), parts told before their total
// with names and relatives, and tolls told by a frame other than "N
// killed". The near-misses must give no figure of their own: ages, clock
// times, ratios and counts of things.
var breakdownCases = []struct {
	name string
	pub  string
	text string
	want []string
}{
	// 1. place-keyed breakdowns after a total
	{"place parts after the verb's count", "", "Russian raids killed 11 people on Monday: five in Saraqib, four in Taftanaz and two in Binnish.",
		[]string{"killed/people 11", "killed/people 5", "killed/people 4", "killed/people 2"}},
	{"place parts after a dash", "", "9 dead — four in Sarmada, three in Dana and two in Atmeh",
		[]string{"killed/people 9", "killed/people 4", "killed/people 3", "killed/people 2"}},
	{"colon after the verb phrase", "", "Ten people were killed in the overnight raids: six in Ariha, three in Kafr Nabl and one in Maarrat al-Numan.",
		[]string{"killed/people 10", "killed/people 6", "killed/people 3", "killed/people 1"}},
	{"a relative clause inside a part", "", "At least 13 people have been killed in Thursday's strikes: eight in Idlib city, where a bakery was hit, and five in Binnish.",
		[]string{"killed/people 13..", "killed/people 8", "killed/people 5"}},
	{"a head with no number", "", "Shelling killed eight people on Friday. The dead were spread over three towns: three in Sarmin, three in Binnish and two in Saraqib.",
		[]string{"killed/people 8", "killed/people 3", "killed/people 3", "killed/people 2"}},
	{"a head with no number, as follows", "", "The wounded were distributed as follows: 12 in Taftanaz, seven in Sarmin and four in Maarat Misrin.",
		[]string{"injured/people 12", "injured/people 7", "injured/people 4"}},
	{"of them in a place keeps the head's group", "", "Nine civilians died in the raids, four of them in a single house in Sarmada.",
		[]string{"killed/civilians 9", "killed/civilians 4"}},
	{"of them in a place, wounded", "", "The bombardment wounded 22 people, 15 of them in the market of Ariha.",
		[]string{"injured/people 22", "injured/people 15"}},
	{"of them inside, attributed", "", "The shelling killed seven children, three of them inside the same classroom, rescuers said.",
		[]string{"killed/children 7 src=rescuers", "killed/children 3 src=rescuers"}},
	{"near-miss: three in the morning", "", "Five people were killed in raids that began at three in the morning.",
		[]string{"killed/people 5"}},
	{"near-miss: one in five homes", "", "One in five homes in Ariha was damaged, the council said.",
		nil},
	{"near-miss: raids by place", "", "The monitor counted 14 raids: six in Kafranbel and eight in Hass.",
		nil},
	{"near-miss: colon before a sentence", "", "Four people were killed on Tuesday: the strikes hit a crowded market.",
		[]string{"killed/people 4"}},

	// 2. sub-counts before the total, with names and relatives
	{"a man and three of his sons", "", "A man and three of his sons were among the 11 people killed in Sarmada.",
		[]string{"killed/people 11", "killed/people 1", "killed/children 3"}},
	{"a mother and two of her children", "", "A mother and two of her children were among the nine people who died in the raid.",
		[]string{"killed/people 9", "killed/women 1", "killed/children 2"}},
	{"a named woman and her children with ages", "", "Umm Khaled and her four children, aged two, five, eight and 11, were among the 20 killed.",
		[]string{"killed/people 20", "killed/people 1", "killed/children 4"}},
	{"a named man, his children, attributed", "", "Rami al-Hussein and his three children, aged one, four and six, were among the 10 people killed in the raid, rescuers said.",
		[]string{"killed/people 10 src=rescuers", "killed/people 1 src=rescuers", "killed/children 3 src=rescuers"}},
	{"two groups before the wounded", "", "Two nurses and four children were among the 23 people wounded.",
		[]string{"injured/people 23", "injured/civilians 2", "injured/children 4"}},
	{"among the dead were a family", "", "Among the 15 dead were a father, his wife and their two children.",
		[]string{"killed/people 15", "killed/people 1", "killed/women 1", "killed/children 2"}},
	{"near-miss: ages after a count", "", "Three children, aged 4, 7 and 9, were killed.",
		[]string{"killed/children 3"}},
	{"near-miss: ages alone", "", "The victims were aged 4, 7 and 9.",
		nil},
	{"near-miss: survivors with ages", "", "Her three children, aged four, seven and nine, survived the strike.",
		nil},
	{"near-miss: vehicles among the hit", "", "Two of the ambulances were among the 14 vehicles hit.",
		nil},

	// 3. toll frames that are not "N killed"
	{"put the toll at", "", "The health directorate put the toll at 23.",
		[]string{"killed/people 23 src=The health directorate"}},
	{"put the death toll at, a time after", "", "Medics put the death toll at nine on Sunday evening.",
		[]string{"killed/people 9 src=Medics"}},
	{"a report's date is not the incident's", "2020-02-27", "A missile hit the school in Sarmin, killing 17 people. The network, in a report published on 14 February, put the toll at 19.",
		[]string{"killed/people 17", "killed/people 19 src=The network"}},
	{"the lede's day names the own attacks", "2020-03-10", "Cluster munitions hit schools in Binnish\n\nAttacks on February 19, 2020, struck three schools in Binnish, killing 11 civilians, the group said today.\n\nA later update reported that 13 people were killed in the February 19 attacks, five of them in one courtyard.",
		[]string{"killed/civilians 11 src=the group", "killed/people 13 src=the group", "killed/people 5 src=the group"}},
	{"near-miss: another dated attack", "2020-03-10", "Attacks on February 19, 2020, struck three schools in Binnish, killing 11 civilians, the group said today. The February 2 attack on Sarmin killed six people.",
		[]string{"killed/civilians 11 src=the group", "killed/people 6 bg src=the group"}},
	{"near-miss: a release date before the incident's", "2020-03-10", "A report published on March 8 said 40 people were killed in raids on January 3.",
		[]string{"killed/people 40 bg"}},
	{"the toll of N given by", "", "The figure is higher than the toll of 15 given by the civil defence on the day of the attack.",
		[]string{"killed/people 15 src=the civil defence"}},
	{"the toll of N reported by", "", "The toll of 8 reported by medics was lower.",
		[]string{"killed/people 8"}},
	{"reported that N were killed", "", "The observatory reported that 21 people were killed in the raids.",
		[]string{"killed/people 21 src=The observatory"}},
	{"gave a higher toll of N dead", "", "Rescuers gave a higher toll of 11 dead.",
		[]string{"killed/people 11 src=Rescuers"}},
	{"raised its toll to", "", "The ministry later raised its toll to 18.",
		[]string{"killed/people 18 src=The ministry"}},
	{"of the wounded died later", "", "Doctors said three of the injured later died in hospital.",
		[]string{"killed/people 3 src=Doctors"}},
	{"of the wounded had died of their injuries", "", "Two of the wounded had later died of their injuries, medics said.",
		[]string{"killed/people 2 src=medics"}},
	{"one of the deadliest this year", "2022-03-14", "The shelling of the market has killed at least 10 people, in one of the deadliest attacks on the region this year, rescuers said.",
		[]string{"killed/people 10.. src=rescuers"}},
	{"near-miss: a toll this year", "2022-03-14", "At least 300 civilians have been killed in the region this year, the UN said.",
		[]string{"killed/civilians 300.. bg src=the UN"}},
	{"near-miss: wounded who died, with the new toll", "", "Two more of the wounded died, bringing the toll to 14.",
		[]string{"killed/people 14"}},
	// a numbered part of the wounded is a sub-count of them, a figure
	{"wounded in critical condition", "", "Two of the wounded were in a critical condition.",
		[]string{"injured/people 2"}},
	{"wounded discharged", "", "Two of the wounded were later discharged.",
		[]string{"injured/people 2"}},
	{"wounded taken in", "", "Doctors in Reyhanli said they took in 17 of the injured, five of them children.",
		[]string{"injured/people 17 src=Doctors in Reyhanli", "injured/children 5 src=Doctors in Reyhanli"}},
	{"wounded children who died", "", "Doctors said four of the wounded boys died of their burns on Sunday.",
		[]string{"killed/children 4 src=Doctors"}},
	{"wounded who died, named in an apposition", "", "Two of the injured, a nurse and her brother, died on Sunday, the clinic said.",
		[]string{"killed/people 2 src=the clinic"}},
	{"near-miss: one of the wounded described", "", "One of the wounded is a girl of six.",
		[]string{"injured/children 1"}},
	{"near-miss: a part of the dead of no group", "", "Four of the dead were from one family.",
		nil},
	// "N of them ..." after a count: a group of its own, or how badly
	{"part between count and participle", "", "Six people, two of them women, died in the fire.",
		[]string{"killed/people 6", "killed/women 2"}},
	{"part with a qualifier after a predicate's object", "", "Rescuers said 40 people were treated for burns, more than a dozen of them children.",
		[]string{"injured/people 40 src=Rescuers", "injured/children 13.. src=Rescuers"}},
	{"part by condition, the head's group", "", "Nine soldiers wounded in the ambush were treated in Ankara, four of them in critical condition.",
		[]string{"injured/troops 9", "injured/troops 4"}},
	{"part after a predicate of the same metric", "", "Twenty fighters hurt in the raid were being treated in field clinics, seven of them in critical condition.",
		[]string{"injured/combatants 20", "injured/combatants 7"}},
	{"part by an adverb of condition", "", "Eleven people were hurt, three of them seriously.",
		[]string{"injured/people 11", "injured/people 3"}},
	{"near-miss: a part of the dead by how badly", "", "Four men died in the fire, two of them badly burned.",
		[]string{"killed/people 4"}},
	{"near-miss: some of them seriously", "", "Eleven people were hurt, some of them seriously.",
		[]string{"injured/people 11"}},
	{"near-miss: a part of people rescued", "", "Rescuers pulled 12 people from the rubble, three of them children.",
		nil},
	{"near-miss: a cost put at", "", "The council put the cost at 19 million pounds.",
		nil},
	{"near-miss: a toll of the war", "", "The toll of the war is immense.",
		nil},
}

func TestBreakdowns(t *testing.T) {
	for _, c := range breakdownCases {
		t.Run(c.name, func(t *testing.T) { checkReading(t, c.text, day(c.pub), c.want, true, false) })
	}
}
