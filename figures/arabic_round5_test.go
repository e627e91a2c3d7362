package figures

import "testing"

// arRound5Cases are Arabic sentences written for these tests on what fresh
// reporting (heldout6, 8, 11) showed read wrong.
var arRound5Cases = []arCase{
	// bodies recovered are a floor on the dead, whatever noun counts them
	{"martyrs pulled out by rescuers", "", "وانتشلت فرق الإنقاذ 6 شهداء من تحت أنقاض المبنى.",
		[]string{"killed/people 6.."}},
	{"the recovery of bodies of victims", "", "وتمكنت الفرق من انتشال جثث خمس ضحايا بعد ساعات من الغارة.",
		[]string{"killed/people 5.."}},
	{"bodies received, the accusative singular", "", "واستقبل مشفى المدينة 17 جثماناً منذ الفجر.",
		[]string{"killed/people 17.."}},
	{"near-miss: the wounded pulled out stay a count", "", "وانتشل المسعفون 4 جرحى من تحت الركام.",
		[]string{"injured/people 4"}},
	{"near-miss: a sub-count of the bodies is exact", "", "وانتشلت فرق الإنقاذ 6 شهداء بينهم طفلان.",
		[]string{"killed/people 6..", "killed/children 2"}},

	// the counts of two sides, the second naming its side with its head elided
	{"two sides, the second by the faction's noun", "", "وأوضحت المصادر أن القتلى هم خمسة عناصر من الهيئة وثلاثة من الفصيل.",
		[]string{"killed/combatants 5 src=المصادر", "killed/combatants 3 src=المصادر"}},
	{"two sides, the second in quotes", "", "وقتل في المواجهات ستة مقاتلين من الهيئة واثنان من \"جند الشام\".",
		[]string{"killed/combatants 6", "killed/combatants 2 actor=جند الشام"}},
	{"two sides in digits", "", "وقتل في الاشتباكات 9 عناصر من التنظيم و4 من الحركة.",
		[]string{"killed/combatants 9", "killed/combatants 4"}},
	{"near-miss: a commander and his guards, no two sides", "", "وقتل قيادي في الفصيل واثنان من مرافقيه بانفجار عبوة.",
		[]string{"killed/combatants 1", "killed/combatants 2"}},
	{"near-miss: only one count names its side, one count", "", "وقتل في الغارة أربعة عناصر من الهيئة وقيادي.",
		[]string{"killed/combatants 5"}},

	// a breakdown by place: the head's group, "، و" between parts, and
	// the groups of a place after بينهم
	{"places after a colon, with groups among them", "", "وارتفع عدد القتلى المدنيين إلى 9، وهم: 6 في أريحا بينهم ثلاثة أطفال وامرأة، و3 في كفرنبل.",
		[]string{"killed/civilians 9", "killed/civilians 6", "killed/children 3", "killed/women 1", "killed/civilians 3"}},
	{"places of a toll of people, a couple among them", "", "وقتل 7 أشخاص، هم 4 في معرة مصرين بينهم رجل وزوجته، و3 في حزانو.",
		[]string{"killed/people 7", "killed/people 4", "killed/people 1", "killed/women 1", "killed/people 3"}},
	{"near-miss: groups in parentheses after a place", "", "وقتل 9 أشخاص، هم 5 في سرمين (3 مدنيين وعنصران) و4 في بنش.",
		[]string{"killed/people 9", "killed/people 5", "killed/civilians 3", "killed/combatants 2", "killed/people 4"}},

	// مات, the plain verb of dying, in its forms; relatives by a construct
	// ("ابن عمه") are their own figure, not summed with the list
	{"a dual subject then died", "", "وقال شاهد إن جاره وابنه ماتا تحت الركام.",
		[]string{"killed/people 1 src=شاهد", "killed/children 1 src=شاهد"}},
	{"children died, the plural after", "", "وأكد الطبيب أن خمسة أطفال ماتوا اختناقاً.",
		[]string{"killed/children 5 src=الطبيب"}},
	{"a woman died, the verb first", "", "وماتت سيدة متأثرة بجراحها في المستشفى.",
		[]string{"killed/women 1"}},
	{"his two brothers and his cousin", "", "وأكد أن شقيقيه وابن خاله قتلوا في الغارة.",
		[]string{"killed/people 2", "killed/people 1"}},
	{"near-miss: may die is no death", "", "وحذر الأطباء من أن يموت المرضى إذا انقطعت الكهرباء.",
		nil},

	// an imperfect after "قبل أن" narrates what happened
	{"he blew himself up before", "", "وقالت الشرطة إن المهاجم أطلق النار على الحراس قبل أن يفجر نفسه عند البوابة.",
		[]string{"killed/combatants 1 src=الشرطة"}},
	{"she blew herself up before", "", "وقالت الشرطة إن امرأة دخلت السوق قبل أن تفجر نفسها.",
		[]string{"killed/women 1 src=الشرطة"}},
	{"near-miss: a threat to blow himself up", "", "وهدد المسلح بأن يفجر نفسه إذا اقتربت الشرطة.",
		nil},
	{"near-miss: an attempt after أن, not قبل أن", "", "وقالت الشرطة إن المهاجم حاول أن يفجر نفسه لكنها اعتقلته.",
		nil},

	// one of the dead named after "بين الشهداء", and who died with them
	{"a vendor and his son among the martyrs", "", "وكان بين الشهداء بائع خبز وابنه.",
		[]string{"killed/people 1", "killed/children 1"}},
	{"a driver, his wife and two children among the dead", "", "وبين القتلى سائق وزوجته وطفلاه.",
		[]string{"killed/people 1", "killed/women 1", "killed/children 2"}},
	{"passers-by wounded", "", "وأصيب أربعة مارة بشظايا القذيفة.",
		[]string{"injured/people 4"}},
	{"near-miss: one among the wounded, his companion not read as dead", "", "وبين المصابين متطوع وابنه.",
		[]string{"injured/civilians 1"}},
	// parts of a breakdown set apart by "، و" are told one by one
	{"a breakdown's parts apart", "", "وارتفع إلى 8 عدد المدنيين الذين قتلوا، وهم: امرأة وطفلاها، و4 رجال من أهالي البلدة، وبائع متجول.",
		[]string{"killed/civilians 8", "killed/women 1", "killed/children 2", "killed/people 4", "killed/people 1"}},

	// one person said to be among the dead, before or after "بين القتلى"
	{"the guard was among the martyrs", "", "وقال شاهد إن حارس المدرسة كان بين الشهداء.",
		[]string{"killed/people 1 src=شاهد"}},
	{"a girl was among the wounded", "", "وأكدت المديرية أن طفلة كانت من بين المصابين.",
		[]string{"injured/children 1 src=المديرية"}},
	{"a ringleader among the dead", "", "وكان من بين القتلى متزعم ميداني في التنظيم.",
		[]string{"killed/combatants 1"}},
	{"near-miss: who says it is no subject of كان", "", "وقالت امرأة إنه كان بين القتلى.",
		nil},
}

func TestArabicRound5(t *testing.T) {
	for _, c := range arRound5Cases {
		t.Run(c.name, func(t *testing.T) {
			checkReading(t, c.text, day(c.pub), c.want, true, false)
		})
	}
}
