package figures

import (
	"testing"
	"time"
)

// groupCases hold the group a person noun gives its count (figures.md,
// "Conventions"): medical staff are civilians as rescuers are; a daughter
// is a woman unless her age or a word of youth makes her a child; each
// relative named by a possessive is a figure apart, fighters' kin aside;
// and a list gives one zero per group.
var groupCases = []struct {
	name, text string
	want       []string
}{
	// medical staff: civilians, in both languages
	{"doctors killed", "Two doctors and a dentist died when the clinic in Kafr Nabl was shelled.",
		[]string{"killed/civilians 3"}},
	{"surgeons among the wounded", "Two surgeons were among the 14 people wounded in the raid on Binnish.",
		[]string{"injured/people 14", "injured/civilians 2"}},
	{"midwife lost her life", "A midwife lost her life when the maternity ward was struck.",
		[]string{"killed/civilians 1"}},
	{"ar: doctors wounded", "وأصيب أربعة أطباء بجروح في القصف على مشفى البلدة.",
		[]string{"injured/civilians 4"}},
	{"near-miss: a teacher stays people", "A teacher was killed when the shell hit the school yard.",
		[]string{"killed/people 1"}},

	// daughters
	{"a man and his daughters", "The shelling of Maarshamsha killed a farmer and his three daughters.",
		[]string{"killed/people 1", "killed/women 3"}},
	{"a mother and her daughter", "A mother and her daughter died under the rubble of their home.",
		[]string{"killed/women 1", "killed/women 1"}},
	{"daughter by age before", "His six-year-old daughter was wounded by shrapnel.",
		[]string{"injured/children 1"}},
	{"daughter by age after", "The drone killed his daughter, aged nine, on her way to school.",
		[]string{"killed/children 1"}},
	{"daughter named, age after", "Her daughter Reem, 4, died of her wounds on Friday.",
		[]string{"killed/children 1"}},
	{"young daughter", "A man and his young daughter were wounded in the strike.",
		[]string{"injured/people 1", "injured/children 1"}},
	{"ar: a man and his daughter", "قتل رجل وابنته بقصف مدفعي على البلدة.",
		[]string{"killed/people 1", "killed/women 1"}},

	// kin apart, fighters' kin summed
	{"a woman and her sisters", "A woman and her two sisters were killed in the strike on the market.",
		[]string{"killed/women 1", "killed/women 2"}},
	{"a leader and his sons", "The raid killed a senior IS commander and his two IS-affiliated sons.",
		[]string{"killed/combatants 3 actor=IS"}},
	{"two women, no kin: one count", "Two women and a woman from the next village were killed.",
		[]string{"killed/women 3"}},

	// the group of a zero's "among" slot: its noun after modifiers
	{"no casualties among a state's personnel", "The ministry said the drone attack left no casualties among Russian troops at the base.",
		[]string{"casualties/troops 0 actor=Russian src=The ministry"}},
	{"no injuries among its volunteers", "Civil defence crews searched the ruins until dawn, and there were no injuries among its volunteers.",
		[]string{"injured/civilians 0"}},
	{"near-miss: a company's workers", "The firm reported no injuries among its workers.",
		[]string{"injured/people 0 src=The firm"}},
	{"ar: no casualties among the soldiers", "ولم تسجل إصابات في صفوف الجنود الأتراك.",
		[]string{"injured/troops 0"}},

	// "with N wounded" after a count of fighters is of them
	{"fighters, with N wounded", "The monitor said the raid killed 31 fighters, with more than 40 wounded.",
		[]string{"killed/combatants 31 src=The monitor", "injured/combatants 41.. src=The monitor"}},
	{"near-miss: civilians, with N wounded", "Shelling killed six civilians, with 15 wounded, rescuers said.",
		[]string{"killed/civilians 6 src=rescuers", "injured/people 15 src=rescuers"}},

	// one zero per group listed
	{"wife and daughter unharmed", "His wife and daughter were unharmed, neighbours said.",
		[]string{"casualties/women 0 src=neighbours"}},
	{"nurse and paramedics unhurt", "A nurse and two paramedics in the ambulance escaped injury.",
		[]string{"injured/civilians 0"}},
}

func TestGroups(t *testing.T) {
	for _, c := range groupCases {
		t.Run(c.name, func(t *testing.T) {
			checkReading(t, c.text, time.Time{}, c.want, true, false)
		})
	}
}
