package figures

import "testing"

// Parts whose head is an antecedent, not a number in the same phrase:
// "them", "the dead", "the wounded", "of them" refer back to the nearest
// earlier count or list, and a part of it takes its metric (and, when the
// part names no group, its group). Sub-counts count (figures.md), so the
// part is a figure of its own. The near-misses are parts that are not
// casualties (arrested, displaced, survived) and must give nothing more.
var antecedentCases = []struct {
	name string
	text string
	want []string
}{
	// 1. "X and Y were among them / the dead", "Among them were X"
	{"list among them after a toll", "The toll climbed to 14 dead. Four children and a teacher were among them.",
		[]string{"killed/people 14", "killed/children 4", "killed/people 1"}},
	{"a woman and her son among the dead", "Shelling killed nine people in Sarmin. A woman and her son were among the dead.",
		[]string{"killed/people 9", "killed/women 1", "killed/children 1"}},
	{"among them were two medics", "Twelve people were wounded in the market. Among them were two medics.",
		[]string{"injured/people 12", "injured/civilians 2"}}, // medics are civilians (figures.md)
	{"among the injured were", "The raid wounded 30 people. Among the injured were eight women.",
		[]string{"injured/people 30", "injured/women 8"}},
	{"among them, a girl", "Rescuers pulled 17 wounded from the rubble. Three girls were among them, the volunteers said.",
		[]string{"injured/people 17", "injured/children 3 src=the volunteers"}},
	{"were among those killed", "The strike killed eleven people. Two brothers were among those killed.",
		[]string{"killed/people 11", "killed/people 2"}},
	{"near-miss: among them a survivor", "Thirty people were in the hall when the shell hit. Among them was a journalist who survived.",
		nil},
	{"near-miss: among them arrested", "Police detained 20 men. Among them were three teachers.",
		nil},

	// 2. "N of them", "N of the wounded", with their own predicate
	{"two of them died", "Seven children were wounded in the blast. Two of them, both girls under 12, died overnight.",
		[]string{"injured/children 7", "killed/children 2"}},
	{"three of them later died", "The shelling wounded 15 people. Three of them later died in hospital.",
		[]string{"injured/people 15", "killed/people 3"}},
	{"nine of the wounded were children", "Dr Salem treated 40 wounded people. Nine of the wounded he had treated were children, he said.",
		[]string{"injured/people 40", "injured/children 9 src=Dr Salem"}},
	{"five of the dead were women", "At least 22 people were killed. Five of the dead were women.",
		[]string{"killed/people 22..", "killed/women 5"}},
	{"four of the victims were children", "The raid killed ten civilians. Four of the victims were children.",
		[]string{"killed/civilians 10", "killed/children 4"}},
	{"six of those killed were children", "Eighteen people were killed. Six of those killed were children.",
		[]string{"killed/people 18", "killed/children 6"}},
	{"an apposition names the part", "We took in 25 wounded that morning. Three of them, all girls under eight, died before noon.",
		[]string{"injured/people 25", "killed/children 3"}},
	{"near-miss: two of them were arrested", "Police questioned eight men. Two of them were arrested.",
		nil},
	{"near-miss: two of them survived", "A family of five was in the house. Two of them survived.",
		nil},

	// 3. zeros distribute over the antecedent list
	{"all four of them escaped injury", "A widow and her three children were inside the flat. All four of them escaped injury.",
		[]string{"injured/women 0", "injured/children 0"}},
	{"all of them were unhurt", "A farmer and his two sons were in the field. All of them were unhurt.",
		[]string{"casualties/people 0", "casualties/children 0"}},
	{"none of them was hurt", "A nurse and three children were on the bus. None of them was hurt.",
		[]string{"injured/civilians 0", "injured/children 0"}},
	{"both of them escaped injury", "A woman and her little son were in the kitchen. Both of them escaped injury.",
		[]string{"injured/women 0", "injured/children 0"}},
	{"they were unharmed", "A grandmother and two boys were sheltering in the basement. They were unharmed.",
		[]string{"casualties/women 0", "casualties/children 0"}},
	{"all six escaped injury", "A father, his wife and their four sons were asleep. All six escaped injury.",
		[]string{"injured/people 0", "injured/women 0", "injured/children 0"}},
	{"near-miss: all of them were displaced", "A man and his three children fled the village. All of them were displaced.",
		nil},
	{"near-miss: all of them were evacuated", "A woman and her two sons were in the car. All of them were evacuated.",
		nil},

	// 4. an including-list between the head and the verb
	{"civilians including a woman and two children were killed", "Six civilians, including a woman and two children, were killed in the raid.",
		[]string{"killed/civilians 6", "killed/women 1", "killed/children 2"}},
	{"people including three children died", "Ten people, including three children, died when the shell hit.",
		[]string{"killed/people 10", "killed/children 3"}},
	{"among them between head and verb", "Fourteen people, among them five women, were wounded.",
		[]string{"injured/people 14", "injured/women 5"}},
	{"including a paramedic, were injured", "Nine people, including a paramedic and a boy, were injured in the shelling.",
		[]string{"injured/people 9", "injured/civilians 1", "injured/children 1"}},
	{"including, were hurt", "At least 20 people, including seven children, were hurt.",
		[]string{"injured/people 20..", "injured/children 7"}},
	{"including, lost their lives", "Eight civilians, including four women, were killed on Monday.",
		[]string{"killed/civilians 8", "killed/women 4"}},
	{"near-miss: including, were arrested", "Twelve men, including two doctors, were arrested.",
		nil},

	// 4b. a bullet line under a head that names the people broken down
	{"bullets under the fatalities", "The fatalities break down as follows:\n- Seven civilians, including three children, in shelling.\n- Four fighters of the factions.",
		[]string{"killed/civilians 7", "killed/children 3", "killed/combatants 4"}},
	{"bullets under the wounded", "The monitor listed the wounded as follows:\n- Eleven civilians, among them two women.\n- Three soldiers.",
		[]string{"injured/civilians 11", "injured/women 2", "injured/troops 3"}},
	{"bullets under the dead, a list between", "Those are the dead, by side:\n- 12 civilians, including five children, by air strikes.\n- Two rescuers.",
		[]string{"killed/civilians 12", "killed/children 5", "killed/civilians 2"}},
	{"near-miss: bullets of aid", "The aid was distributed as follows:\n- Six trucks to Sarmada.\n- Four families in Dana.",
		nil},
	{"near-miss: bullets of the displaced", "The displaced are spread as follows:\n- 300 families in Atmeh.\n- 120 people in Kafr Lusin.",
		nil},
	{"near-miss: a bullet with no head", "Key points:\n- Nine children attend the school.",
		nil},

	// 5. a rescue group's own staff are civilians
	{"group's own volunteers who were hurt", "The White Helmets said 12 people were injured, three of the group's own volunteers who were hurt in a second strike.",
		[]string{"injured/people 12 src=The White Helmets", "injured/civilians 3 src=The White Helmets"}},
	{"two of its volunteers were wounded", "The civil defence said two of its volunteers were wounded.",
		[]string{"injured/civilians 2 src=The civil defence"}},
	{"four paramedics were killed", "The strike killed four paramedics.",
		[]string{"killed/civilians 4"}},
	{"rescue workers were hurt", "Three rescue workers were hurt in the double-tap strike.",
		[]string{"injured/civilians 3"}},
	{"its own members wounded", "The Syria Civil Defence said five of the group's own members were wounded in the shelling.",
		[]string{"injured/civilians 5 src=The Syria Civil Defence"}},
	{"near-miss: the faction's own fighters", "The faction said four of the group's own fighters were killed.",
		[]string{"killed/combatants 4 src=The faction"}},
	{"near-miss: volunteers deployed", "The group deployed 40 volunteers to the site.",
		nil},
}

func TestAntecedentParts(t *testing.T) {
	for _, c := range antecedentCases {
		t.Run(c.name, func(t *testing.T) { checkReading(t, c.text, day(""), c.want, true, false) })
	}
}
