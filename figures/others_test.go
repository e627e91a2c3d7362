package figures

import (
	"testing"
	"time"
)

// othersCases hold the group of "N others" and "N more": the count before
// them is their antecedent. Soldiers' and fighters' others are of their
// side even when that count is not a figure; children's and women's share
// their group across an adverbial of the first clause; civilians' others
// are people (the gold's reading); a part of the others ("two of them")
// is of the others' group.
var othersCases = []struct {
	name, text string
	want       []string
}{
	{"others after fighters named by an unread verb",
		"The air force said it had destroyed two depots, eliminating up to 15 gunmen and wounding about 40 others.",
		[]string{"injured/combatants 40 ~ src=The air force"}},
	{"others after soldiers not counted as harmed",
		"Rebels ambushed 25 soldiers near the bridge, wounding 11 others.",
		[]string{"injured/troops 11"}},
	{"others after a count bounded above, next sentence",
		"The strike killed up to 20 fighters. Thirty others were wounded.",
		[]string{"killed/combatants ..20", "injured/combatants 30"}},
	{"near-miss: others after houses stay people",
		"The shelling destroyed 12 houses and wounded 6 others.",
		[]string{"injured/people 6"}},
	{"near-miss: nearest count is of civilians",
		"Fighters shelled the village where 30 civilians sheltered, wounding 9 others.",
		[]string{"injured/people 9"}},
	{"more after children across an adverbial",
		"Three children were killed while walking to school, and at least five more were hurt.",
		[]string{"killed/children 3", "injured/children 5.."}},
	{"others after women across an adverbial",
		"Two women died in the bakery queue, and four others were wounded.",
		[]string{"killed/women 2", "injured/women 4"}},
	{"part of the others",
		"Three children were killed while walking to school, and six more were hurt, two of them seriously.",
		[]string{"killed/children 3", "injured/children 6", "injured/children 2"}},
	{"near-miss: a sub-count is no antecedent",
		"Nine people, including three children, died in the raid, and 20 others were hurt.",
		[]string{"killed/people 9", "killed/children 3", "injured/people 20"}},
	{"near-miss: a count between them",
		"Three children were killed as 4 rockets fell, and five more were hurt.",
		[]string{"killed/children 3", "injured/people 5"}},
	{"near-miss: others after fighters and a child",
		"Shelling killed two fighters and a child in Kafr Takharim, and wounded five others.",
		[]string{"killed/combatants 2", "killed/children 1", "injured/people 5"}},
	{"near-miss: others after soldiers and civilians, unread verb",
		"Rebels ambushed 25 soldiers and a few villagers near the bridge, wounding 11 others.",
		[]string{"injured/people 11"}},
	{"near-miss: a bare count after a breakdown goes with the head",
		"Mortar fire on Maarat Misrin killed eight people on Friday — five civilians and three fighters — and wounded 17, a monitor reported.",
		[]string{"killed/people 8 src=a monitor", "killed/civilians 5 src=a monitor", "killed/combatants 3 src=a monitor", "injured/people 17 src=a monitor"}},
	{"near-miss: others after an armed part of a breakdown",
		"Mortar fire on Maarat Misrin killed eight people, among them three fighters, and wounded 17 others.",
		[]string{"killed/people 8", "killed/combatants 3", "injured/people 17"}},
	{"civilians then others, gapped",
		"Six civilians were killed and 14 others were injured.",
		[]string{"killed/civilians 6", "injured/people 14"}},
	{"ar: others after soldiers",
		"قتل ثلاثة جنود وأصيب خمسة آخرون في الهجوم.",
		[]string{"killed/troops 3", "injured/troops 5"}},
	{"ar: others after civilians stay people",
		"قتل أربعة مدنيين وأصيب سبعة آخرون بجروح.",
		[]string{"killed/civilians 4", "injured/people 7"}},
}

func TestOthers(t *testing.T) {
	for _, c := range othersCases {
		t.Run(c.name, func(t *testing.T) {
			checkReading(t, c.text, time.Time{}, c.want, true, false)
		})
	}
}
