package figures

import "testing"

// Claims a side spreads: the side is the source of the claim's figures,
// however long its noun phrase (the clause bounds it, not a word count),
// whether it spreads them (active), they were spread by it (a passive
// participle after the claim noun), or the claim is its (Arabic روّج).
var claimFrameCases = []attributionCase{
	{"en: a long coordinated side circulated claims", "",
		"Army shells terrorist hideouts\n\nMeanwhile, the armed groups' propaganda channels and the so-called Blue Vests circulated fabricated claims alleging a massacre in Kafr Lata, saying that 6 people, including a woman, were killed.",
		[]string{"killed/people 6 src=the armed groups' propaganda channels and the so-called Blue Vests"}},
	{"en: a short side circulated claims", "",
		"Army shells terrorist hideouts\n\nMeanwhile, rebel pages circulated claims that 4 civilians were killed.",
		[]string{"killed/civilians 4 src=rebel pages"}},
	{"en: news circulated by a side which claimed", "",
		"Army shells terrorist hideouts\n\nThe source denied news circulated by pages linked to the armed groups and the so-called Blue Vests which claimed that the shelling killed eight civilians.",
		[]string{"killed/civilians 8 src=pages linked to the armed groups and the so-called Blue Vests"}},
	{"en: claims, spread by a side, said", "",
		"Ministry denies raid on Kafr Lata\n\nThe claims, spread by the so-called Blue Vests and repeated by foreign media, said a raid on a bakery killed 14 people.",
		[]string{"killed/people 14 src=the so-called Blue Vests"}},
	{"near-miss en: a claim nobody is named for", "",
		"Ministry denies raid on Kafr Lata\n\nThe claims said a raid on a bakery killed 14 people.",
		[]string{"!killed/people 14 src=the so-called Blue Vests"}},
	{"ar: a side promoted claims about deaths", "",
		"الجيش يرد على مصادر النيران\n\nفي المقابل، روّجت حسابات تابعة للمجموعات المسلحة وما يسمى \"القبعات الزرق\" ادعاءات عن مقتل ٧ مدنيين بينهم طفلان في قصف على كفرلاتا.",
		[]string{"killed/civilians 7 src=حسابات تابعة للمجموعات المسلحة وما يسمى \"القبعات الزرق\""}},
}

func TestClaimFrames(t *testing.T) { runAttribution(t, "claim frames", claimFrameCases) }
