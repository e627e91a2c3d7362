package figures

import (
	"testing"
	"time"
)

// clauseCases hold a victim whose verb stands apart from it: a relative
// clause between subject and predicate tells how the person came to harm,
// the clause's own predicate what befell them; a fronted "among the dead"
// reaches its be-verb past a phrase of place or time or an aside; a list
// of objects goes on past a relative clause closed by a comma.
var clauseCases = []struct {
	name, text string
	want       []string
}{
	{"relative clause of a wound, then death",
		"The toll rose to six after a girl who was badly burned in the blast died in hospital on Tuesday.",
		[]string{"killed/people 6", "killed/children 1"}},
	{"relative clause of a wound, then death, counted subject",
		"Three men who were wounded in the shelling died overnight.",
		[]string{"killed/people 3"}},
	{"relative clause of a wound, then was killed",
		"A fighter who had been injured in the clashes was killed by a second drone.",
		[]string{"killed/combatants 1"}},
	{"near-miss: the wounded one speaks",
		"A man who was injured in the attack said his brother died.",
		[]string{"injured/people 1", "killed/people 1 src=A man"}},
	{"relative clause of a wound, a clause of time, then death",
		"A farmer who was hurt when a rocket struck his barn died in hospital on Friday.",
		[]string{"killed/people 1"}},
	{"relative clause of a wound, a pronoun's clause of time, then death",
		"A girl who was injured as she crossed the square died overnight.",
		[]string{"killed/children 1"}},
	{"near-miss: a person's death inside the clause of time",
		"A farmer who was hurt when his cousin died in the blast spoke to reporters.",
		[]string{"injured/people 1", "killed/people 1"}},
	{"near-miss: no death after the relative",
		"A nurse who was hurt in the strike returned to work.",
		[]string{"injured/civilians 1"}},
	{"among the dead, a place before the verb",
		"Among the dead in Maarat Misrin was a baker who had just opened his shop.",
		[]string{"killed/people 1"}},
	{"among those killed, a day before the verb",
		"Among those killed on Monday was a pharmacist.",
		[]string{"killed/people 1"}},
	{"among those killed, an attribution before the verb",
		"Among those killed, according to medics, were a father and his three sons.",
		[]string{"killed/people 1 src=medics", "killed/children 3 src=medics"}},
	{"among the dead in two strikes, one named",
		"Among the dead in the two strikes was a baker.",
		[]string{"killed/people 1"}},
	{"near-miss: among the dead of a year, a digit in the phrase",
		"Among the dead in 2019 was a baker who had just opened his shop.",
		nil},
	{"among the dead in a place, a count after the verb",
		"A drone strike on Kafr Takharim killed seven people. Among the dead in the village were three children.",
		[]string{"killed/people 7", "killed/children 3"}},
	{"among those killed, an aside, a count after the verb",
		"A drone strike on Kafr Takharim killed seven people. Among those killed, according to rescuers, were four women.",
		[]string{"killed/people 7", "killed/women 4 src=rescuers"}},
	{"near-miss: among the dead of a year, counted",
		"A drone strike on Kafr Takharim killed seven people. Among the dead in 2020 were three children.",
		[]string{"killed/people 7"}},
	{"a list goes on past a relative clause",
		"The strike killed a farmer and his two sons, who were picking olives when the shell hit, and a neighbour.",
		[]string{"killed/people 1", "killed/children 2", "killed/people 1"}},
	{"near-miss: a relative clause, then the speaker",
		"The strike killed two shepherds, who were grazing their flock, the ministry said.",
		[]string{"killed/people 2 src=the ministry"}},
	{"ar: a wounded man who died",
		"توفي رجل كان قد أصيب بجروح بليغة في القصف.",
		[]string{"killed/people 1"}},
}

func TestClauses(t *testing.T) {
	for _, c := range clauseCases {
		t.Run(c.name, func(t *testing.T) {
			checkReading(t, c.text, time.Time{}, c.want, true, false)
		})
	}
}
