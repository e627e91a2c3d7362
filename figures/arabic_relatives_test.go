package figures

import "testing"

// arRound2Cases are Arabic sentences written for these tests on five
// constructions that fresh text showed unread: relatives as a coordinated
// subject of a dual or plural verb after أن/إن, relative nouns beyond the
// core lexicon (and "brothers" in a faction's own voice), the martyrdom
// verb ارتقى of factional media, a count standing before the noun it
// counts and one more by an ordinal, and a zero said of a described group
// of staff. Near-misses that must give nothing (or only what is stated)
// stand with them.
var arRound2Cases = []arCase{
	// 1. relatives as a coordinated subject, the verb after them
	{"neighbour and his son, dual verb", "", "وأكد شاهد عيان أن جاره وابنه قتلا أمام المنزل.",
		[]string{"killed/people 1 src=شاهد عيان", "killed/children 1 src=شاهد عيان"}},
	{"brother and his wife, dual verb", "", "وقال أبو خالد إن شقيقه وزوجته قضيا تحت الأنقاض.",
		[]string{"killed/people 1 src=أبو خالد", "killed/women 1 src=أبو خالد"}},
	{"husband and daughter, dual verb", "", "وقالت أم سعيد إن زوجها وابنتها توفيا في القصف.",
		[]string{"killed/people 1 src=أم سعيد", "killed/women 1 src=أم سعيد"}},
	{"wife and two children, plural verb", "", "وأكد المزارع أن زوجته وطفليه استشهدوا في الغارة.",
		[]string{"killed/women 1 src=المزارع", "killed/children 2 src=المزارع"}},
	{"brother and his son wounded, dual verb", "", "وذكر المسعف أن أخاه وابنه أصيبا بشظايا القذيفة.",
		[]string{"injured/people 1 src=المسعف", "injured/children 1 src=المسعف"}},
	{"mother and sister, dual feminine verb", "", "وأوضح الشاب أن والدته وشقيقته قتلتا في الغارة.",
		[]string{"killed/women 1 src=الشاب", "killed/women 1 src=الشاب"}},
	{"three relatives, plural verb", "", "وأفاد قريب العائلة بأن جدها وعمها وابن عمها قتلوا في القصف.",
		[]string{"killed/people 1 src=قريب العائلة", "killed/people 1 src=قريب العائلة", "killed/people 1 src=قريب العائلة"}},
	{"a man and his brother are one figure each", "", "وقتل رجل وشقيقه بقصف على البلدة.",
		[]string{"killed/people 1", "killed/people 1"}},
	{"a woman and her daughter are one figure each", "", "وقتلت سيدة وابنتها بغارة على المنزل.",
		[]string{"killed/women 1", "killed/women 1"}},
	{"two men and a young man are one count", "", "وقتل رجلان وشاب بقصف على السوق.",
		[]string{"killed/people 3"}},
	{"her neighbour, a woman", "", "وقالت إن جارتها قتلت في القصف.",
		[]string{"killed/women 1"}},
	{"near-miss: relatives who fled", "", "وقال أبو خالد إن شقيقه وزوجته نزحا إلى المخيمات.", nil},
	{"near-miss: relatives who carried the wounded", "", "وأكد الأهالي أن جاره وابنه أسعفا الجرحى إلى المشفى.", nil},

	// 2. relative nouns beyond the lexicon
	{"the grandmother wounded", "", "وأصيبت الجدة بشظية في ساقها.",
		[]string{"injured/women 1"}},
	{"his grandfather killed", "", "وقتل جده بقذيفة سقطت قرب البيت.",
		[]string{"killed/people 1"}},
	{"her uncle wounded", "", "وأصيب عمها بجروح خطيرة.",
		[]string{"injured/people 1"}},
	{"his cousin killed is no child", "", "وقتل ابن عمه برصاص قناص.",
		[]string{"killed/people 1"}},
	{"their grandmother died of wounds", "", "وتوفيت جدتهم متأثرة بجراحها.",
		[]string{"killed/women 1"}},
	{"a maternal uncle and an aunt", "", "وأصيب خاله وعمته بجروح طفيفة.",
		[]string{"injured/people 1", "injured/women 1"}},
	{"two brothers wounded, plain report", "", "وأصيب أخوان بجروح جراء سقوط القذيفة على منزلهما.",
		[]string{"injured/people 2"}},
	{"two brothers wounded, a faction's own voice", "", "ارتقى الأخ المجاهد أبو خالد الحموي تقبله الله، وأصيب أخوان آخران بجراح طفيفة.",
		[]string{"killed/combatants 1", "injured/combatants 2"}},
	{"wounding of two brothers, a faction's own voice", "", "استشهاد الأخ أبو محمد الإدلبي وإصابة أخوين بقصف مدفعي.",
		[]string{"killed/combatants 1", "injured/combatants 2"}},
	{"near-miss: Jeddah is a city", "", "وعقد الاجتماع في مدينة جدة الأسبوع الماضي.", nil},
	{"near-miss: the uncle speaks", "", "وقال عمه إن الطفل كان يلعب قرب البيت.", nil},

	// 3. the martyrdom verb of factional media
	{"rose, the brother fighter with a kunya", "", "ارتقى الأخ المجاهد أبو يوسف الشامي إثر قصف مدفعي على محور الفطيرة.",
		[]string{"killed/combatants 1"}},
	{"rose, the fighter with a kunya", "", "وارتقى المجاهد أبو حمزة الإدلبي خلال التصدي لمحاولة تسلل.",
		[]string{"killed/combatants 1"}},
	{"rose, a leader", "", "وارتقى القيادي أبو عمر الحلبي بغارة روسية.",
		[]string{"killed/combatants 1"}},
	{"the rising of the brother, masdar", "", "ارتقاء الأخ أبو بكر الحموي بقصف على جبل الزاوية",
		[]string{"killed/combatants 1"}},
	{"the brother had risen, subject first", "", "وكان الأخ أبو حفص الحموي قد ارتقى بانفجار عبوة ناسفة.",
		[]string{"killed/combatants 1"}},
	{"rose, two children as martyrs", "", "وأدى القصف إلى ارتقاء طفلين شهيدين.",
		[]string{"killed/children 2"}},
	{"near-miss: a team rose in the table", "", "وارتقى المنتخب إلى المركز الثاني في الترتيب.", nil},
	{"near-miss: relations rose", "", "وارتقت العلاقات بين البلدين إلى مستوى الشراكة.", nil},

	// 4. a count before its noun, an ordinal for one more, a coordinated singular
	{"rose to three the number of children", "", "ارتفع إلى ثلاثة عدد الأطفال الذين استشهدوا بانفجار لغم في ريف إدلب.",
		[]string{"killed/children 3"}},
	{"rose to 11 the number of civilians", "", "وارتفع إلى 11 عدد المدنيين الذين قتلوا بالقصف على السوق.",
		[]string{"killed/civilians 11"}},
	{"to rise to 12 the number of civilians", "", "وتوفي رجل متأثراً بجراحه ليرتفع إلى 12 عدد المدنيين الذين قضوا في الغارة.",
		[]string{"killed/people 1", "killed/civilians 12"}},
	{"rose to five the number of the dead", "", "وارتفع إلى خمسة عدد القتلى جراء الغارة على المخيم.",
		[]string{"killed/people 5"}},
	{"rose to seven the number of the wounded", "", "وارتفع إلى سبعة عدد المصابين في الانفجار.",
		[]string{"injured/people 7"}},
	{"a headline of victims and the body of the dead", "", "ارتفاع عدد ضحايا انفجار لغم في ريف إدلب إلى أربعة أطفال\n\nارتفع إلى أربعة عدد الأطفال الذين استشهدوا بانفجار لغم قرب بلدة التمانعة.",
		[]string{"killed/children 4"}},
	{"a headline of victims, the dead told by a source", "", "ارتفاع عدد ضحايا القصف على سرمين إلى خمسة أطفال\n\nوقال الدفاع المدني إن خمسة أطفال قتلوا في القصف على سرمين.",
		[]string{"killed/children 5", "killed/children 5 src=الدفاع المدني"}},
	{"near-miss: a headline of victims, the wounded told below", "", "ارتفاع عدد ضحايا القصف على سرمين إلى خمسة أطفال\n\nوقال الدفاع المدني إن خمسة أطفال أصيبوا في القصف على سرمين.",
		[]string{"casualties/children 5", "injured/children 5 src=الدفاع المدني"}},
	{"two children martyred at once", "", "ما أدى إلى استشهاد طفلين على الفور.",
		[]string{"killed/children 2"}},
	{"a third child wounded, masdar", "", "وأسفر الانفجار عن مقتل طفلين وإصابة طفل ثالث.",
		[]string{"killed/children 2", "injured/children 1"}},
	{"a fourth man killed, verb", "", "وقتل شخص رابع في وقت لاحق.",
		[]string{"killed/people 1"}},
	{"a child and a young man wounded", "", "وأدى الانفجار إلى إصابة طفل ثالث وشاب بجروح متفاوتة.",
		[]string{"injured/children 1", "injured/people 1"}},
	{"a woman and a young man wounded", "", "وأصيبت امرأة وشاب بجروح طفيفة.",
		[]string{"injured/women 1", "injured/people 1"}},
	{"near-miss: rose to three the number of raids", "", "وارتفع إلى ثلاثة عدد الغارات على المدينة منذ الصباح.", nil},
	{"near-miss: rose to 40 the number of houses", "", "وارتفع إلى 40 عدد المنازل المدمرة في البلدة.", nil},
	{"near-miss: the third time", "", "وهذه المرة الثالثة التي يستهدف فيها القصف السوق.", nil},

	// 5. a zero over a described group of staff
	{"hospital staff unhurt", "", "وأكد مدير المشفى أن كوادر المشفى لم يصب أي منهم بأذى.",
		[]string{"injured/civilians 0 src=مدير المشفى"}},
	{"the medical team unhurt", "", "وأضاف أن الطاقم الطبي لم يصب أي منهم بسوء رغم القصف.",
		[]string{"injured/civilians 0"}},
	{"workers at the hospital unhurt", "", "وقالت المنظمة إن العاملين في المستشفى لم يصب أي منهم.",
		[]string{"injured/civilians 0 src=المنظمة"}},
	{"ambulance crews unhurt", "", "وأوضح أن طواقم الإسعاف لم يصب أحد منهم بأذى.",
		[]string{"injured/civilians 0"}},
	{"the centre's staff unhurt", "", "وأشار إلى أن موظفي المركز الصحي لم يصب أي منهم بجروح.",
		[]string{"injured/civilians 0"}},
	{"residents of the building unhurt are people", "", "وأكد الأهالي أن سكان المبنى لم يصب أي منهم بأذى.",
		[]string{"injured/people 0 src=الأهالي"}},
	{"near-miss: fighters at the checkpoint are combatants", "", "وأكد المصدر أن عناصر الحاجز لم يصب أي منهم بأذى.",
		[]string{"injured/combatants 0 src=المصدر"}},
	{"near-miss: no building damaged", "", "وأكد أن المباني لم يصب أي منها بأضرار.", nil},

	// 6. victims who died, medical staff counted, relatives as the object
	// after a subject, a survivor unhurt, a breakdown with a mother and her
	// children
	{"victims who died", "", "إضافة إلى 6 ضحايا قضوا تحت التعذيب في السجون.",
		[]string{"killed/people 6"}},
	{"victims who were killed", "", "ووثق الفريق 4 ضحايا قتلوا برصاص قناص.",
		[]string{"killed/people 4 src=الفريق"}},
	{"near-miss: victims alone stay casualties", "", "وسقط 9 ضحايا في القصف على البلدة.",
		[]string{"casualties/people 9"}},
	{"medical staff killed are civilians", "", "وأسفر القصف عن مقتل 3 من الكوادر الطبية في المحافظة.",
		[]string{"killed/civilians 3"}},
	{"members of the medical teams wounded", "", "وأصيب 5 من الطواقم الطبية بجروح.",
		[]string{"injured/civilians 5"}},
	{"near-miss: staff of a company are people", "", "وأصيب 3 من كوادر الشركة بجروح طفيفة.",
		[]string{"injured/people 3"}},
	{"shrapnel killed her husband and two daughters", "", "قتلت الشظايا زوجها أحمد وطفلتيها أمام الخيمة.",
		[]string{"killed/people 1", "killed/children 2"}},
	{"the shell wounded his wife and son", "", "وأصابت القذيفة زوجته وابنه بجروح.",
		[]string{"injured/women 1", "injured/children 1"}},
	{"near-miss: the strike hit his house", "", "وأصابت القذيفة منزله ومحله في السوق.", nil},
	{"her baby survived unhurt", "", "ونجا رضيعها دون أن يصاب بأذى.",
		[]string{"injured/children 0"}},
	{"his son survived unhurt", "", "بينما نجا ابنه الأصغر دون أن يصاب بأي أذى.",
		[]string{"injured/children 0"}},
	{"near-miss: survived with no harm word", "", "ونجا السائق من الحادث بأعجوبة.", nil},
	{"a mother and her three children in a breakdown", "", "وقتل 9 مدنيين، وهم امرأة وأطفالها الثلاثة و5 رجال.",
		[]string{"killed/civilians 9", "killed/women 1", "killed/children 3", "killed/people 5"}},
	{"a woman and her two children among them", "", "وقتل 6 مدنيين بينهم سيدة وطفلاها.",
		[]string{"killed/civilians 6", "killed/women 1", "killed/children 2"}},

	// 7. a toll by place that goes on down a ranking
	{"followed by two places with counts", "", "وقتل في إدلب 30 مدنياً، تلتها حماة بـ 12 مدنياً، ثم حلب بـ 9، واللاذقية بـ 4.",
		[]string{"killed/civilians 30", "killed/civilians 12", "killed/civilians 9", "killed/civilians 4"}},
	{"the wounded by place, bare counts", "", "وأصيب في سرمين 20 شخصاً، ثم أريحا بـ 8.",
		[]string{"injured/people 20", "injured/people 8"}},
	{"followed by a governorate", "", "وكانت درعا الأعلى إذ قتل فيها 25 مدنياً، تليها محافظة حلب بـ 11 مدنياً.",
		[]string{"killed/civilians 25", "killed/civilians 11"}},
	{"near-miss: prices rose by a percentage", "", "وقتل 5 مدنيين، وارتفعت الأسعار بـ 10 بالمئة.",
		[]string{"killed/civilians 5"}},
	{"near-miss: a team won by goals", "", "وقتل 5 مدنيين، ثم فاز الفريق بـ 3 أهداف.",
		[]string{"killed/civilians 5"}},
	{"near-miss: a ranking with no toll before", "", "وجاءت إدلب أولاً، تلتها حماة بـ 12 نقطة.", nil},
}

// arRound2Todo names the cases whose reading is not reached yet.
var arRound2Todo = map[string]bool{}

func TestArabicRound2(t *testing.T) {
	for _, c := range arRound2Cases {
		t.Run(c.name, func(t *testing.T) {
			checkReading(t, c.text, day(c.pub), c.want, true, arRound2Todo[c.name])
		})
	}
}
