package figures

import "testing"

// arGroupCases are Arabic sentences written for these tests on the
// constructions of named victims with relatives, companions and attackers,
// the wording of official media for armed men eliminated, tolls with a
// second metric and open bounds, breakdowns that mix duals and plurals,
// and the group of "others" and of single role nouns. Near-misses that
// must give nothing (or only what is stated) stand with them.
var arGroupCases = []arCase{
	// 1. a named victim, an age in brackets, relatives after it
	{"named, age, wife and two sons", "", "وأدت الغارة إلى مقتل المزارع خالد العمر (٥٢ عاماً) وزوجته ونجليه.",
		[]string{"killed/people 1", "killed/women 1", "killed/children 2"}},
	{"named, age, daughter and grandson", "", "وقتل المهندس سامر الخطيب (35 عاماً) وابنته وحفيده بقصف مدفعي على كنصفرة.",
		[]string{"killed/people 1", "killed/women 1", "killed/children 1"}},
	{"named without title, age, mother", "", "وأسفر القصف عن مقتل محمد اليوسف (٣٠ عاماً) ووالدته.",
		[]string{"killed/people 1", "killed/women 1"}},
	{"named, age, brother", "", "مقتل الطبيب رامي الحلبي (41 عاماً) وشقيقه بغارة على سرمدا.",
		[]string{"killed/civilians 1", "killed/people 1"}}, // a doctor is a medic: civilians (figures.md)
	{"named, age with a comma, two children", "", "وأسفرت الغارة عن مقتل الممرض عمر المصطفى (٢٨ عاماً)، وطفليه.",
		[]string{"killed/children 2", "killed/civilians 1"}},
	{"named, age, wife", "", "مقتل الشيخ أحمد الحسن (٦٥ عاماً) وزوجته بقصف على كفرنبل.",
		[]string{"killed/people 1", "killed/women 1"}},
	{"named with age alone: the age is no figure", "", "وأدت الغارة إلى مقتل المزارع حسين الخالد (٤٨ عاماً) في أرضه.",
		[]string{"killed/people 1"}},

	// 2. companions and the attacker
	{"leader and two companions", "", "وقتل القيادي أبو يوسف الإدلبي واثنان من مرافقيه بانفجار عبوة ناسفة.",
		[]string{"killed/combatants 1", "killed/combatants 2"}},
	{"leader and three companions, accusative", "", "وأدى الانفجار إلى مقتل القائد العسكري أبو بكر الحموي وثلاثة من مرافقيه.",
		[]string{"killed/combatants 1", "killed/combatants 3"}},
	{"leader with an adjective and his group, then companions", "", "وقتل قيادي بارز في حركة أحرار الشام وثلاثة من مرافقيه بكمين قرب سراقب.",
		[]string{"killed/combatants 1", "killed/combatants 3"}},
	{"among the dead, a young man named with his age", "", "ومن بين المتوفين الشاب سامر العلي (23 عاماً).",
		[]string{"killed/people 1"}},
	{"his companion and a child", "", "وأدى الانفجار أيضاً إلى مقتل مرافقه، وطفل كان يمر قرب السيارة.",
		[]string{"killed/combatants 1", "killed/children 1"}},
	{"his companion and a woman", "", "كما أسفر الهجوم عن مقتل مرافقه وامرأة من المارة.",
		[]string{"killed/combatants 1", "killed/women 1"}},
	{"an attacker blew himself up", "", "وفجّر مهاجم نفسه بحزام ناسف عند مدخل المقر.",
		[]string{"killed/combatants 1"}},
	{"a gunman blew himself up", "", "وفجر مسلح نفسه داخل المبنى بعد محاصرته.",
		[]string{"killed/combatants 1"}},
	{"the toll among them the attacker", "", "وبلغ عدد القتلى سبعة بينهم المهاجم.",
		[]string{"killed/people 7", "killed/combatants 1"}},
	{"people among them the suicide bomber", "", "وقتل أربعة أشخاص بينهم الانتحاري في التفجير.",
		[]string{"killed/people 4", "killed/combatants 1"}},
	{"a leader killed and the bomber: two people", "", "وقتل قيادي في الفصيل عندما فجّر مهاجم نفسه داخل المقر.",
		[]string{"killed/combatants 1", "killed/combatants 1"}},
	{"a leader in the headline, his companion in the body: two people", "", "اغتيال قيادي في ريف إدلب\n\nوأدى الانفجار إلى مقتل القيادي أبو علي الحموي.\n\nوأدى الانفجار أيضاً إلى مقتل مرافقه في المكان.",
		[]string{"killed/combatants 1", "killed/combatants 1"}},
	{"a headline split at two dots restates the child of the body", "", "اغتيال قيادي في ريف إدلب.. ومقتل طفلة قرب السيارة\n\nقتل القيادي أبو علي الحموي بانفجار عبوة ناسفة في سرمدا.\n\nوأدى الانفجار أيضاً إلى مقتل مرافقه، وطفلة كانت تلعب قرب المنزل.",
		[]string{"killed/combatants 1", "killed/children 1", "killed/combatants 1"}},
	{"a faction mourns its leader", "", "ونعى فصيل فيلق الشام القيادي أبو خالد الإدلبي.",
		[]string{"killed/combatants 1 src=فصيل فيلق الشام"}},
	{"a movement mourns a quoted leader", "", "ونعت الحركة في بيان \"قائد القطاع الأخ أبو بكر الشامي\" بعد الهجوم.",
		[]string{"killed/combatants 1 src=الحركة"}},
	{"near-miss: labelled, not mourned", "", "ونعت الوزارة المعارضين بالخونة.", nil},
	{"near-miss: the attacker blew up a car", "", "وفجّر المهاجم سيارة مفخخة قرب الحاجز.", nil},
	{"near-miss: companion arrested", "", "واعتقلت الهيئة مرافقه بعد الانفجار.", nil},

	// 3. official media: armed men eliminated
	{"masdar of eliminating with a count", "", "ما أسفر عن القضاء على 17 إرهابياً وتدمير آلياتهم.",
		[]string{"killed/combatants 17"}},
	{"verb of eliminating, more than", "", "وقضت وحدات الجيش على أكثر من 40 إرهابياً خلال الاشتباكات.",
		[]string{"killed/combatants 41.."}},
	{"eliminated gunmen", "", "وقضى الجيش على 12 مسلحاً في ريف إدلب الجنوبي.",
		[]string{"killed/combatants 12"}},
	{"eliminated, number word", "", "وتمكنت الوحدات من القضاء على ثمانية إرهابيين حاولوا التسلل.",
		[]string{"killed/combatants 8"}},
	{"eliminated, among them a named emir", "", "وأسفرت الرمايات عن القضاء على 9 إرهابيين بينهم المدعو أبو عمر الشيشاني أمير إحدى المجموعات.",
		[]string{"killed/combatants 9", "killed/combatants 1"}},
	{"eliminated, among them a quoted name", "", "وقضت الوحدات على 11 إرهابياً بينهم المدعو \"أبو خالد الأنصاري\".",
		[]string{"killed/combatants 11", "killed/combatants 1"}},
	{"near-miss: eliminating terrorism", "", "وأكد الوزير أن الجيش ماض في القضاء على الإرهاب في إدلب.", nil},
	{"near-miss: eliminated vehicles", "", "وقضت الوحدات على 6 آليات مزودة برشاشات ثقيلة.", nil},
	{"near-miss: a court sentenced", "", "وقضت المحكمة على 5 متهمين بالسجن عشر سنوات.", nil},

	// 4. tolls with a second metric, open bounds, the wounded who die
	{"toll rose to dead and wounded", "", "وارتفعت الحصيلة إلى ٦ قتلى و١٩ مصاباً جراء الغارات.",
		[]string{"killed/people 6", "injured/people 19"}},
	{"number of victims rose to dead and wounded", "", "وارتفع عدد الضحايا إلى 8 قتلى و25 جريحاً.",
		[]string{"killed/people 8", "injured/people 25"}},
	{"toll reached dead and injured", "", "ووصلت الحصيلة إلى 3 قتلى و12 جريحا بعد انتشال الجثث.",
		[]string{"killed/people 3", "injured/people 12"}},
	{"at least after a long noun phrase", "", "وأسفر القصف عن مقتل 9 عناصر من قوات النظام على الأقل.",
		[]string{"killed/troops 9.. actor=Syrian"}},
	{"at least after fighters of a faction", "", "وقتل 7 مقاتلين من الفصائل على الأقل في المعارك.",
		[]string{"killed/combatants 7.."}},
	{"at least after civilians of a town", "", "وأصيب 12 مدنياً من أهالي البلدة على الأقل.",
		[]string{"injured/civilians 12.."}},
	{"two of the wounded die", "", "قبل أن يتوفى اثنان من المصابين متأثرين بجروحهما.",
		[]string{"killed/people 2"}},
	{"three of the wounded died", "", "وتوفي ثلاثة من الجرحى في المشفى.",
		[]string{"killed/people 3"}},
	{"one of the wounded died", "", "وتوفي أحد المصابين متأثراً بجراحه.",
		[]string{"killed/people 1"}},
	{"the bodies of the two martyrs received", "", "واستقبل المشفى الوطني جثماني الشهيدين وقدم الإسعافات للمصابين.",
		[]string{"killed/people 2.."}},
	{"the bodies of two children recovered", "", "وانتشلت فرق الإنقاذ جثماني الطفلين من تحت الركام.",
		[]string{"killed/people 2.."}},
	{"near-miss: two of the wounded transferred", "", "ونقل اثنان من المصابين إلى مشافي تركيا.", nil},

	// 5. a breakdown with duals and plural nouns
	{"they are children, two women and men", "", "وقتل 11 مدنياً، وهم 4 أطفال وسيدتان و5 رجال.",
		[]string{"killed/civilians 11", "killed/children 4", "killed/women 2", "killed/people 5"}},
	{"among them children, two women, men", "", "وقتل 9 مدنيين بينهم 3 أطفال وامرأتان و4 رجال.",
		[]string{"killed/civilians 9", "killed/children 3", "killed/women 2", "killed/people 4"}},
	{"among them two children, women, two men", "", "وأصيب 7 أشخاص بينهم طفلان و3 نساء ورجلان.",
		[]string{"injured/people 7", "injured/children 2", "injured/women 3", "injured/people 2"}},
	{"they are men and a woman", "", "وقتل سبعة مدنيين، وهم 6 رجال وامرأة.",
		[]string{"killed/civilians 7", "killed/people 6", "killed/women 1"}},
	{"young men and a woman", "", "وأصيب 6 أشخاص بينهم 5 شبان وسيدة.",
		[]string{"injured/people 6", "injured/people 5", "injured/women 1"}},
	{"a breakdown after a long clause", "", "وقتل 9 مدنيين جراء القصف المدفعي الذي نفذته قوات النظام المتمركزة في معسكر جورين على بلدة قسطون في سهل الغاب منذ صباح اليوم الأحد، وهم 3 أطفال وسيدتان و4 رجال.",
		[]string{"killed/civilians 9", "killed/children 3", "killed/women 2", "killed/people 4"}},
	{"a breakdown after a count of buildings", "", "وانتشلت الفرق جثث 6 أشخاص من تحت أنقاض أربعة منازل في البلدة، بينهم 3 أطفال.",
		[]string{"killed/people 6..", "killed/children 3"}},
	{"near-miss: while they were trying", "", "وقتل 4 عناصر من الفصائل على محور كبانة، وهم يحاولون التقدم نحو مواقع قوات النظام.",
		[]string{"killed/combatants 4"}},
	{"two women and men", "", "وقتل 8 أشخاص، وهم سيدتان و6 رجال.",
		[]string{"killed/people 8", "killed/women 2", "killed/people 6"}},

	// 6. the group of others, single role nouns, vague counts
	{"others after fighters are people", "", "وقتل ثلاثة عناصر من الفصائل وأصيب ستة آخرون عندما انفجرت العبوة.",
		[]string{"killed/combatants 3", "injured/people 6"}},
	{"others after a leader and companions", "", "وقتل قيادي في الفصيل واثنان من مرافقيه، وأصيب ستة آخرون.",
		[]string{"killed/combatants 1", "killed/combatants 2", "injured/people 6"}},
	{"a civilian interpreter wounded", "", "وأدى القصف إلى إصابة مترجم مدني بجروح طفيفة.",
		[]string{"injured/civilians 1"}},
	{"a civilian driver killed", "", "وأسفر القصف عن مقتل سائق مدني على الطريق.",
		[]string{"killed/civilians 1"}},
	{"a civilian worker wounded", "", "كما أدى الانفجار إلى إصابة عامل مدني يعمل في القاعدة.",
		[]string{"injured/civilians 1"}},
	{"some of the wounded moved: a part, no figure", "", "واضطر الكادر إلى نقل عدد من الجرحى نحو مشافي الشمال.", nil},
	{"some of the injured treated: a part, no figure", "", "وتم إسعاف بعض المصابين إلى مشفى باب الهوى.", nil},
	{"a number of civilians wounded is vague", "", "وأصيب عدد من المدنيين بجروح في القصف.",
		[]string{"injured/civilians 2.. vague"}},
	{"others after civilians", "", "وقتل مدنيان وأصيب 5 آخرون بقصف صاروخي.",
		[]string{"killed/civilians 2", "injured/people 5"}},
	{"others said civilians", "", "وأصيب 14 مدنياً آخرون في القصف.",
		[]string{"injured/civilians 14"}},
}

// arGroupTodo names the cases whose reading is not reached yet.
var arGroupTodo = map[string]bool{
	// "أحد" counts one only before a plural of people (numbers.go); before
	// a metric noun it would make "قال أحد المصابين" a count
	"one of the wounded died": true,
	// the project reads others after a count of soldiers or fighters as
	// of their side (extract.go, TestExtract "arabic others after a
	// soldier"); heldout3 reads them as people: left open
	"others after fighters are people":     true,
	"others after a leader and companions": true,
}

func TestArabicGroups(t *testing.T) {
	for _, c := range arGroupCases {
		t.Run(c.name, func(t *testing.T) {
			checkReading(t, c.text, day(c.pub), c.want, true, arGroupTodo[c.name])
		})
	}
}
