package figures

import "testing"

// arRound3Cases are Arabic sentences written for these tests on three
// constructions fresh text showed unread: a zero predicate said over the
// subject's own group (a denial participle, "no indications of", a
// counted survivor "دون أي إصابة", "لم يصب أي من"), a number word that
// closes a count after its noun and adjective ("جنديين تركيين اثنين"),
// and a single subject separated from its verb by a relative or كان
// clause. Near-misses that must give nothing (or only what is stated)
// stand with them.
var arRound3Cases = []arCase{
	// 1. zeros over the subject's own group
	{"denial participle, own ranks", "", "وقالت وزارة الدفاع التركية إن قواتها ردت على مصادر النيران، نافية سقوط قتلى في صفوفها.",
		[]string{"killed/troops 0 src=وزارة الدفاع التركية"}},
	{"denial verb, wounded in its ranks", "", "ونفى الجيش وقوع جرحى في صفوفه بعد الهجوم.",
		[]string{"injured/troops 0 src=الجيش"}},
	{"no indications of civilian victims", "", "وقال المتحدث إنه لا توجد مؤشرات على سقوط ضحايا مدنيين في الضربة.",
		[]string{"casualties/civilians 0 src=المتحدث"}},
	{"no information about child deaths", "", "ولا توجد معلومات عن سقوط قتلى أطفال حتى الآن.",
		[]string{"killed/children 0"}},
	{"two survivors without any injury", "", "ونجا عاملان كانا داخل المستودع دون أي إصابة.",
		[]string{"injured/people 0"}},
	{"three passengers survived unhurt", "", "ونجا ثلاثة ركاب كانوا في الحافلة دون أي إصابة.",
		[]string{"injured/people 0"}},
	{"none of the patients hurt", "", "ولم يصب أي من المرضى بأذى جراء القصف.",
		[]string{"injured/people 0"}},
	{"none of the infants hurt, adjective after", "", "ولم يُصب أي من الأطفال الرضع بأذى.",
		[]string{"injured/children 0"}},
	{"no injuries among the pupils", "", "وسقطت القذيفة قرب المدرسة، ولم تسجل أي إصابات بين تلاميذ الصف الأول.",
		[]string{"injured/children 0"}},
	{"near-miss: the number of victims unknown", "", "ولم يُعرف عدد الضحايا حتى الآن.", nil},
	{"near-miss: survived an assassination attempt", "", "ونجا القيادي من محاولة اغتيال في ريف إدلب.", nil},
	{"near-miss: no indications of a ceasefire", "", "ولا توجد مؤشرات على وقف لإطلاق النار.", nil},

	// 2. a number word after the noun and its adjective closes the count
	{"two Syrian soldiers, number last", "", "ما أسفر عن مقتل جنديين سوريين اثنين وإصابة آخر.",
		[]string{"killed/troops 2 actor=Syrian", "injured/troops 1 actor=Syrian"}},
	{"two Turkish servicemen, number last", "", "وأعلنت أنقرة مقتل عسكريين تركيين اثنين بقصف على نقطة المراقبة.",
		[]string{"killed/troops 2 actor=Turkish src=أنقرة"}},
	{"three civilians, number last", "", "وأسفر القصف عن مقتل مدنيين ثلاثة في البلدة.",
		[]string{"killed/civilians 3"}},
	{"two members, dual and number", "", "وأدى الانفجار إلى مقتل عنصرين اثنين من الفصيل.",
		[]string{"killed/combatants 2"}},
	{"four children, number last", "", "وقتل أطفال أربعة في الغارة على المدرسة.",
		[]string{"killed/children 4"}},
	{"two women wounded, number last", "", "وأصيبت سيدتان اثنتان بجروح في القصف.",
		[]string{"injured/women 2"}},
	{"near-miss: Syrian soldiers, no number", "", "وقالت المصادر إن القصف أسفر عن مقتل عسكريين سوريين.",
		nil},
	{"near-miss: a number of a date after", "", "وقتل مدنيون في الغارة يوم الاثنين.",
		nil},
	{"near-miss: a span of days after the noun", "", "وتعرض مدنيون ثلاثة أيام للقصف.", nil},

	// 3. a single subject separated from its verb
	{"a young man with a clause before the verb", "", "وأفاد شاهد أن رجلاً كان يقود سيارته قرب الحاجز أصيب بشظايا.",
		[]string{"injured/people 1 src=شاهد"}},
	{"a woman who was passing, then killed", "", "وذكر الدفاع المدني أن امرأة كانت تعبر الشارع قتلت بالقصف.",
		[]string{"killed/women 1 src=الدفاع المدني"}},
	{"a wounded one carried", "", "ووصلت سيارة الإسعاف ونقلت شاباً مصاباً إلى المشفى.",
		[]string{"injured/people 1"}},
	{"my mother killed", "", "وقال الشاب: قُتلت أمي في الغارة.",
		[]string{"killed/women 1 src=الشاب"}},
	{"a volunteer among the wounded", "", "وقال الدفاع المدني إن بين المصابين متطوعاً من فرقه.",
		[]string{"injured/civilians 1 src=الدفاع المدني"}},
	{"a child playing, then wounded", "", "وأوضح المسعف أن طفلاً كان يلعب أمام منزله أصيب بجروح.",
		[]string{"injured/children 1 src=المسعف"}},
	{"a woman on her way, كانت clause", "", "وأفاد الأهالي بأن سيدة كانت في طريقها إلى السوق قتلت بالقصف.",
		[]string{"killed/women 1 src=الأهالي"}},
	{"near-miss: a resident who fled", "", "وذكر الأهالي أن رجلاً كان يسكن في المبنى نزح إلى المخيمات.", nil},
	{"my brother wounded", "", "وقال الرجل إن شقيقي أصيب بشظية في القصف.",
		[]string{"injured/people 1 src=الرجل"}},
	{"a child among the dead", "", "وأفاد الدفاع المدني بأن بين القتلى طفلاً من أبناء المخيم.",
		[]string{"killed/children 1 src=الدفاع المدني"}},
	{"near-miss: my mother displaced", "", "وقالت الشابة إن أمي نزحت إلى المخيم.", nil},
	{"near-miss: among the attendees a child", "", "وكان بين الحضور طفل يحمل صورة والده.", nil},
	{"near-miss: a man driving, no harm verb", "", "وقال شاهد إن رجلاً كان يقود سيارته قرب الحاجز.", nil},
	{"near-miss: carried a young man to school", "", "ونقلت الحافلة شاباً إلى المدرسة.", nil},
}

// arRound3Todo names the cases whose reading is not reached yet.
var arRound3Todo = map[string]bool{
	"a wounded one carried": true,
}

func TestArabicRound3(t *testing.T) {
	for _, c := range arRound3Cases {
		t.Run(c.name, func(t *testing.T) {
			checkReading(t, c.text, day(c.pub), c.want, true, arRound3Todo[c.name])
		})
	}
}

var arRound3Faction = arCase{"faction denies deaths in its ranks", "", "وقالت هيئة تحرير الشام في بيان إن مقاتليها صدوا الهجوم، نافية سقوط قتلى في صفوفها.",
	[]string{"killed/combatants 0 src=هيئة تحرير الشام"}}

func init() { arRound3Cases = append(arRound3Cases, arRound3Faction) }
