package figures

import (
	"sort"
	"strings"
	"testing"
)

// Zeros and count phrases of English news, written for this test in new
// words (figures.md, "Zeros" and "People who are not a number"). Figures
// are compared as sets. A case marked open is a known miss: it is logged,
// not failed, so the table also says what is left.
var zeroCountCases = []struct {
	class string
	text  string
	want  []string
	open  bool
}{
	// 1. a zero predicate after a long subject or a coordinated VP
	{"zero-vp", "Three boys and a grandmother were carried out of the shelter before the strike and were unharmed.",
		[]string{"casualties/children 0", "casualties/women 0"}, false},
	{"zero-vp", "Five women and two girls were taken from the house by neighbours minutes before the raid and were unharmed.",
		[]string{"casualties/women 0", "casualties/children 0"}, false},
	{"zero-vp", "The family's three children were pulled from the rubble by rescuers and were unhurt.",
		[]string{"casualties/children 0"}, false},
	{"zero-vp", "A woman and her infant were led away from the car by soldiers before it exploded and were uninjured.",
		[]string{"injured/women 0", "injured/children 0"}, false},
	{"zero-vp", "Two other women and three children were moved out of the compound by the troops and were unharmed, the officer said.",
		[]string{"casualties/women 0 src=the officer", "casualties/children 0 src=the officer"}, false},
	{"zero-vp", "Six civilians who had been sheltering in the mosque were evacuated before the shelling and escaped injury.",
		[]string{"injured/civilians 0"}, false},
	{"zero-vp near-miss", "Four children were led out of the building before the blast; the mosque itself was unharmed.",
		nil, false},
	{"zero-vp near-miss", "The old bridge was hit twice and was unharmed.",
		nil, false},

	{"zero-vp", "Three women and a boy who had hidden in the basement were brought out by neighbours after the raid and were unhurt.",
		[]string{"casualties/women 0", "casualties/children 0"}, false},

	// 2. escaped injury after a subject with a relative clause; the group
	// comes from the subject's own head noun
	{"escaped", "A civilian mechanic who was repairing a truck near the checkpoint escaped injury.",
		[]string{"injured/civilians 0"}, false},
	{"escaped", "The drone killed two HTS fighters in a car. A shepherd who was grazing his flock near the road escaped injury.",
		[]string{"killed/combatants 2 actor=HTS", "injured/people 0"}, false},
	{"escaped", "His sister and her three small daughters, who were in the next room, escaped injury.",
		[]string{"injured/women 0", "injured/children 0"}, false},
	{"escaped", "The driver's mother and her two grandsons, who were sleeping upstairs, escaped injury.",
		[]string{"injured/women 0", "injured/children 0"}, false},
	{"escaped", "Militants fired on the post. A baker who had opened his shop early escaped injury.",
		[]string{"injured/people 0"}, false},
	{"escaped", "A woman who was hanging laundry on the roof escaped injury.",
		[]string{"injured/women 0"}, false},
	{"escaped", "A rebel commander who was inside the vehicle escaped injury.",
		[]string{"injured/combatants 0"}, false},
	{"escaped near-miss", "The convoy escaped damage.",
		nil, false},
	{"escaped near-miss", "A prisoner who was held at the base escaped on Monday.",
		nil, false},

	{"escaped", "His cousin's wife, who was baking bread next door, escaped injury.",
		[]string{"injured/women 0"}, false},
	{"escaped", "A truck driver who had stopped to buy fuel from a roadside seller minutes before the drone struck escaped injury.",
		[]string{"injured/people 0"}, false},

	// 3. none of a group among the casualties
	{"none-among", "The faction said none of its fighters were among the casualties.",
		[]string{"casualties/combatants 0 src=The faction"}, false},
	{"none-among", "HTS said none of the group's members were among the dead.",
		[]string{"killed/combatants 0 src=HTS"}, false},
	{"none-among", "None of the soldiers were among the wounded.",
		[]string{"injured/troops 0"}, false},
	{"none-among", "None of the militants were among the casualties, the group said.",
		[]string{"casualties/combatants 0 src=the group"}, false},
	{"none-among", "No children were among the casualties.",
		[]string{"casualties/children 0"}, false},
	{"none-among", "None of the rebels were among the dead.",
		[]string{"killed/combatants 0"}, false},
	{"none-among near-miss", "None of the group's members were among those arrested.",
		nil, false},

	{"none-among", "The army said none of its troops were among the dead.",
		[]string{"killed/troops 0 src=The army"}, false},

	// 4. no indication that a group was killed or injured: two metrics, as
	// figures.md says of "no Americans were killed or injured". Open: the
	// gold of figures/testdata/heldout (ho-en-009) reads the same words as
	// one casualties figure, and that set must stay whole; the extractor
	// keeps the heldout reading until the two golds agree.
	{"no-indication", "There are no indications that civilians were killed or injured in the strike.",
		[]string{"killed/civilians 0", "injured/civilians 0"}, true},
	{"no-indication", "There is no evidence that any civilians were killed or wounded.",
		[]string{"killed/civilians 0", "injured/civilians 0"}, true},
	{"no-indication", "We have no reports that civilians were killed or hurt in the raid.",
		[]string{"killed/civilians 0", "injured/civilians 0"}, true},
	{"no-indication", "There were no indications that children were killed or injured.",
		[]string{"killed/children 0", "injured/children 0"}, true},
	{"no-indication", "There is no indication that civilians were killed.",
		[]string{"killed/civilians 0"}, false},
	{"no-indication", "The command said there was no sign that any civilians were killed or injured.",
		[]string{"killed/civilians 0 src=The command", "injured/civilians 0 src=The command"}, true},
	{"no-indication near-miss", "It is not clear whether civilians were killed.",
		nil, false},

	// 5. plain counts: "another N", a gapped second predicate
	{"count", "Another 22 people were wounded.",
		[]string{"injured/people 22"}, false},
	{"count", "Another 14 civilians were injured in the shelling.",
		[]string{"injured/civilians 14"}, false},
	{"count", "An additional 30 people were injured.",
		[]string{"injured/people 30"}, false},
	{"count", "At least 10 civilians were killed and 27 others injured.",
		[]string{"killed/civilians 10..", "injured/people 27"}, false}, // others after civilians are people (10 of 12 in the read sets' gold; gappedCount)
	{"count", "Eight people were killed and 15 others wounded.",
		[]string{"killed/people 8", "injured/people 15"}, false},
	{"count", "Five fighters were killed and nine wounded.",
		[]string{"killed/combatants 5", "injured/combatants 9"}, false},
	{"count near-miss", "Another 22 families were displaced.",
		nil, false},
	{"count near-miss", "At least 10 civilians were killed and 27 others arrested.",
		[]string{"killed/civilians 10.."}, false},

	{"count", "Another 14 people were hurt, some of them badly, the monitor said, warning that the toll could rise.",
		[]string{"injured/people 14 src=the monitor"}, false},
	{"count near-miss", "Another three people died of their wounds, bringing the toll to 12.",
		[]string{"killed/people 12"}, false},

	// 6. partitives and single described victims
	{"partitive", "The strike killed seven people. Two of the dead were HTS members.",
		[]string{"killed/people 7", "killed/combatants 2 actor=HTS"}, false},
	{"partitive", "Three of the dead were rebel fighters.",
		[]string{"killed/combatants 3"}, false},
	{"partitive", "Activists reported three fighters of the Hamza Division (HD) killed in the clashes.",
		[]string{"killed/combatants 3 src=Activists"}, false},
	{"partitive", "The blast killed two soldiers from the new army.",
		[]string{"killed/troops 2"}, false},
	{"partitive", "Two soldiers were killed. A third soldier is in intensive care.",
		[]string{"killed/troops 2", "injured/troops 1"}, false},
	{"partitive", "The Syrian Civil Defence said one of its own volunteers was wounded.",
		[]string{"injured/civilians 1 src=The Syrian Civil Defence"}, false},
	{"partitive", "Her eight-year-old daughter was wounded in the arm.",
		[]string{"injured/children 1"}, false},
	{"partitive", "His 12-year-old son was injured by shrapnel.",
		[]string{"injured/children 1"}, false},
	{"partitive", "Umm Ali, a mother of four from Binnish, said her 11-year-old daughter was hurt in the arm by a bomblet as she walked home with two friends.",
		[]string{"injured/children 1 src=Umm Ali"}, false},
	{"partitive", "Her 9-year-old son was wounded.",
		[]string{"injured/children 1"}, false},
	{"partitive near-miss", "The rockets hit her 3 shops.",
		nil, false},
	{"partitive near-miss", "Two soldiers from the new army were promoted.",
		nil, false},
	{"partitive near-miss", "A third soldier stood at the gate.",
		nil, false},
	{"partitive", "Rescuers pulled out two bodies. An elderly woman was in critical condition, the hospital said.",
		[]string{"killed/people 2..", "injured/women 1 src=the hospital"}, false},
	{"partitive near-miss", "A boy was wounded by shrapnel. The boy is in critical condition.",
		[]string{"injured/children 1"}, false},
	// a numbered part of the wounded is a sub-count, a figure of its own
	{"partitive", "Nine people were wounded. Two of the wounded are in intensive care.",
		[]string{"injured/people 9", "injured/people 2"}, false},

	{"partitive", "Activists said two fighters of the Sham Legion (SL) were killed.",
		[]string{"killed/combatants 2 src=Activists"}, false},
	{"partitive", "The monitor's toll of 12 dead includes three fighters of the National Front for Liberation (NFL) killed by shelling.",
		[]string{"killed/people 12 src=The monitor", "killed/combatants 3 src=The monitor"}, false},
	{"partitive", "The White Helmets said 12 people died. One of its own volunteers was hurt in the second strike.",
		[]string{"killed/people 12 src=The White Helmets", "injured/civilians 1 src=The White Helmets"}, false},
	{"partitive", "HTS said one of its members was killed.",
		[]string{"killed/combatants 1 src=HTS"}, false},
	{"partitive near-miss", "Two of the dead were members of the same family.",
		[]string{"killed/people 2"}, false},

	{"partitive", "The strike killed four people. One of the dead was an aide to the IS leader.",
		[]string{"killed/people 4", "killed/combatants 1 actor=IS"}, false},
	{"partitive", "One of the wounded was a girl from Sarmin, the hospital said.",
		[]string{"injured/children 1 src=the hospital"}, false},
	{"partitive", "One of the dead was an aide to the mayor.",
		[]string{"killed/people 1"}, false},
	{"partitive near-miss", "One of the dead was identified as Ali Saleh.",
		nil, false},
	{"partitive", "A woman and two of her sons were among the 12 people killed.",
		[]string{"killed/people 12", "killed/women 1", "killed/children 2"}, false},
	{"partitive", "Two of her grandchildren were among the 9 killed.",
		[]string{"killed/people 9", "killed/children 2"}, false},
	{"partitive", "Mahmoud Saleh was among the 9 civilians killed.",
		[]string{"killed/civilians 9", "killed/civilians 1"}, false},

	// deaths told as a loss: "lost" with a count of people
	{"lost", "We lost three heroes, three soldiers of the border guard, the commander said.",
		[]string{"killed/troops 3 src=the commander"}, false},
	{"lost", "The brigade lost four fighters in the clashes.",
		[]string{"killed/combatants 4"}, false},
	{"lost", "The family lost two children when the shell hit their tent.",
		[]string{"killed/children 2"}, false},
	{"lost", "The village lost five young men in the strike.",
		[]string{"killed/people 5"}, false},
	{"lost", "The rescuers said the team lost two volunteers.",
		[]string{"killed/people 2 src=The rescuers"}, false},
	{"lost", "The unit lost six comrades in the ambush.",
		[]string{"killed/people 6"}, false},
	{"lost near-miss", "She lost two sons in the siege of the city.",
		nil, false},
	{"lost near-miss", "The family lost two houses in the shelling.",
		nil, false},
	{"lost near-miss", "The rebels lost three positions on the front line.",
		nil, false},
	{"lost near-miss", "The army could lose dozens of soldiers if it advanced.",
		nil, false},

	// 7. an including-list holding a relative clause, before the verb
	{"including", "Seven others, including a boy who sold bread near the bus stop, were wounded.",
		[]string{"injured/people 7", "injured/children 1"}, false},
	{"including", "Nine people, including two women who were waiting at the bakery, were injured.",
		[]string{"injured/people 9", "injured/women 2"}, false},
	{"including", "Four civilians, among them a girl who was walking to school, were killed.",
		[]string{"killed/civilians 4", "killed/children 1"}, false},
	{"including", "Twelve people, including three children who had been playing in the street, were killed.",
		[]string{"killed/people 12", "killed/children 3"}, false},
	{"including", "Six others, including a medic who ran to the scene, were hurt.",
		[]string{"injured/people 6", "injured/civilians 1"}, false},
	{"including near-miss", "Five shops, including one that sold bread, were damaged.",
		nil, false},

	{"including", "Seven others, including a boy who sold bread to drivers waiting at the bus stop, were wounded.",
		[]string{"injured/people 7", "injured/children 1"}, false},

	// 8. ages are never counts
	{"ages", "Her three children, aged four, seven and nine, were among the 17 killed.",
		[]string{"killed/people 17", "killed/children 3"}, false},
	{"ages", "Two boys, aged six and eight, were wounded.",
		[]string{"injured/children 2"}, false},
	{"ages", "Three men aged 20, 25 and 31 were killed.",
		[]string{"killed/people 3"}, false},
	{"ages", "Four brothers in their 20s were killed.",
		[]string{"killed/people 4"}, false},
	{"ages", "The dead included two children, aged five and eleven.",
		[]string{"killed/children 2"}, false},
	{"ages", "Five children aged between two and 12 were killed.",
		[]string{"killed/children 5"}, false},
	{"ages near-miss", "Men in their 30s and 40s were among those killed.",
		nil, false},
	{"ages", "Rima and her two sons, aged six and eight, were among the 11 people killed.",
		[]string{"killed/people 11", "killed/people 1", "killed/children 2"}, false},
	{"ages", "Two brothers, aged 19 and 23, were among the 12 killed.",
		[]string{"killed/people 12", "killed/people 2"}, false},
}

func TestZeroCount(t *testing.T) {
	pass := 0
	byClass := map[string][2]int{}
	for _, c := range zeroCountCases {
		class := strings.TrimSuffix(c.class, " near-miss")
		n := byClass[class]
		n[1]++
		byClass[class] = n
		var got []string
		for _, f := range Extract(c.text, day("")) {
			got = append(got, short(f))
		}
		want := append([]string(nil), c.want...)
		sort.Strings(got)
		sort.Strings(want)
		ok := strings.Join(got, "\n") == strings.Join(want, "\n")
		if ok {
			pass++
			n[0]++
			byClass[class] = n
			continue
		}
		msg := c.class + ": " + c.text + "\n got:  " + strings.Join(got, "; ") + "\n want: " + strings.Join(want, "; ")
		if c.open {
			t.Log("open " + msg)
		} else {
			t.Error(msg)
		}
	}
	for class, n := range byClass {
		t.Logf("  %-14s %d of %d", class, n[0], n[1])
	}
	t.Logf("zero/count table: %d of %d pass", pass, len(zeroCountCases))
}
