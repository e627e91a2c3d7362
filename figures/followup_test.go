package figures

import "testing"

// A lede that follows up the headline's incident days or weeks later
// reads its toll as the own incident's, in Arabic as in English: a
// definite incident ("a week after the strike", "بعد أسبوع من قصف سوق
// بنش"), or one named by its recent date ("last week's strike", "قصف
// الأسبوع الماضي"), when its town is the headline's. An indefinite one
// ("a week after a strike", "بعد أسبوع من غارة") or one in another town
// is another incident. Sentences written for this test.
var followUpCases = []struct {
	name string
	text string
	want []string
}{
	{"Arabic: after last week's shelling of the own market",
		"بنش تشيّع ضحايا قصف السوق\n\nبعد قصف الأسبوع الماضي على سوق بنش الذي قتل 12 شخصاً، ما زالت العائلات تبحث عن المفقودين.",
		[]string{"killed/people 12"}},
	{"Arabic: last week's shelling of the own market killed",
		"بنش تشيّع ضحايا قصف السوق\n\nأسفر قصف الأسبوع الماضي على سوق بنش عن مقتل 12 شخصاً.",
		[]string{"killed/people 12"}},
	{"Arabic: a week after the shelling of the own market",
		"بنش تشيّع ضحايا قصف السوق\n\nبعد أسبوع من قصف سوق بنش الذي قتل 12 شخصاً، ما زالت العائلات تبحث عن المفقودين.",
		[]string{"killed/people 12"}},
	{"Arabic: days after the own market's massacre",
		"بنش تشيّع ضحايا قصف السوق\n\nبعد أيام من مجزرة سوق بنش التي راح ضحيتها 12 شخصاً، ما زالت العائلات تبحث عن المفقودين.",
		[]string{"killed/people 12"}},
	{"Arabic: last week's shelling of another town",
		"بنش تشيّع ضحايا قصف السوق\n\nبعد قصف الأسبوع الماضي على سرمين الذي قتل 12 شخصاً، سقطت قذائف على سوق بنش يوم الخميس ما أدى إلى مقتل 5 أشخاص.",
		[]string{"killed/people 12 bg", "killed/people 5"}},
	{"Arabic: two weeks after the shelling of another town",
		"بنش تشيّع ضحايا قصف السوق\n\nبعد أسبوعين من القصف الذي استهدف سرمين وقتل 12 شخصاً، ما زالت العائلات تبحث عن المفقودين.",
		[]string{"killed/people 12 bg"}},
	{"Arabic: a week after a raid, indefinite",
		"بنش تشيّع ضحايا قصف السوق\n\nبعد أسبوع من غارة على سوق بنش قتلت 12 شخصاً، ما زالت العائلات تبحث عن المفقودين.",
		[]string{"killed/people 12 bg"}},
	{"Arabic: a week on from a raid on another town",
		"بنش تشيّع ضحايا قصف السوق\n\nبعد أسبوع على غارة على سرمين قتلت 12 شخصاً، ما زالت العائلات تبحث عن المفقودين.",
		[]string{"killed/people 12 bg"}},
	{"after last week's strike on another town",
		"Binnish buries victims of market strike\n\nAfter last week's strike on Sarmin that killed 12 people, shells hit the Binnish market on Thursday, killing five.",
		[]string{"killed/people 12 bg", "killed/people 5"}},
	{"last week's strike on the own market",
		"Binnish buries victims of market strike\n\nLast week's strike on the Binnish market killed 12 people, the civil defence said.",
		[]string{"killed/people 12 src=the civil defence"}},
	{"Arabic near-miss: an earlier raid with a time of its own in the follow-up lede",
		"بنش تشيّع ضحايا قصف السوق\n\nدفن أهالي بنش ضحايا غارة الأحد التي أودت بحياة 12 شخصاً، وكانت غارة مشابهة قبل ثلاثة أشهر قد قتلت 7 أشخاص في البلدة.",
		[]string{"killed/people 12", "killed/people 7 bg"}},
}

func TestFollowUpLede(t *testing.T) {
	for _, c := range followUpCases {
		t.Run(c.name, func(t *testing.T) { checkExtract(t, c.text, "2024-05-10", c.want) })
	}
}
