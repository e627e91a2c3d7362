package figures

import (
	"strings"
	"testing"
)

// arabicCases: the Arabic examples of Appendix B of
// ../shared/spec/extraction-errors.md (invented for that report) with the
// reading figures.md gives them, and sentences written for these tests,
// one or more per construction. todo marks a reading not reached yet.
var arabicCases = []struct {
	name string
	text string
	want []string
	todo bool
}{
	// morphology: clitics, duals, feminine forms, counted singulars
	{"B ARM حالة وفاة", "ارتفع عدد الضحايا لأكثر من 250 حالة وفاة.",
		[]string{"killed/people 251.."}, false},
	{"B ARM counted singular", "استقبل المستشفى 14 قتيلاً و23 إصابة.",
		[]string{"killed/people 14", "injured/people 23"}, false},
	{"thousands and rest", "وارتفعت حصيلة الضحايا إلى 71 ألفًا و824 قتيلاً.",
		[]string{"killed/people 71824"}, false},
	{"li prefix on a qualifier", "وارتفع عدد القتلى لأكثر من 40 شخصا.",
		[]string{"killed/people 41.."}, false},
	{"feminine dual of a role noun", "وقتلت في القصف معلمتان.",
		[]string{"killed/women 2"}, false},
	{"singular after eleven", "ووثق الفريق 37 ضحية في المدينة.",
		[]string{"casualties/people 37 src=الفريق"}, false},
	{"feminine subject and its verb", "ولقيت طفلة مصرعها في الغارة.",
		[]string{"killed/children 1"}, false},
	{"open-class singular noun", "وأصيب طبيب بجروح طفيفة.",
		[]string{"injured/people 1"}, false},
	{"possessive dual", "وقتل رجل وطفلاه في القصف.",
		[]string{"killed/people 1", "killed/children 2"}, false},
	{"verb of martyrdom", "وقال الدفاع المدني إن 12 شخصا ارتقوا في الغارات.",
		[]string{"killed/people 12 src=الدفاع المدني"}, false},

	// the Arabic words of figures.md
	{"figures.md martyrs and the hurt", "وسقط 3 شهداء و5 مصابين بينهم طفلان وسيدة.",
		[]string{"killed/people 3", "injured/people 5", "injured/children 2", "injured/women 1"}, false},
	{"figures.md victims, not said to have died", "وخلف القصف 6 ضحايا من المدنيين.",
		[]string{"casualties/civilians 6"}, false},
	{"victims the text has said died", "قتل خمسة مدنيين في قصف على أريحا. وارتفعت حصيلة ضحايا القصف إلى خمس ضحايا بينهم ثلاثة أطفال.",
		[]string{"killed/civilians 5", "killed/people 5", "killed/children 3"}, false},
	{"two men killed in a round-up are two", "قصف مدفعي على ريف إدلب الجنوبي\n\nقصفت قوات النظام بلدات في ريف إدلب الجنوبي اليوم الأحد.\n\nوقتل رجل في بلدة كنصفرة بقذيفة مدفعية. وفي بلدة البارة قتل رجل آخر وأصيب طفل.",
		[]string{"killed/people 1", "killed/people 1", "injured/children 1"}, false},
	{"a man in the headline and the lede is one", "مقتل رجل بقصف على كنصفرة\n\nقتل رجل بقصف مدفعي على بلدة كنصفرة جنوبي إدلب اليوم.",
		[]string{"killed/people 1"}, false},
	{"victims of another count stay casualties", "قتل مدنيان في الغارة. وخلفت الغارة 7 ضحايا بينهم طفلان.",
		[]string{"killed/civilians 2", "casualties/people 7", "casualties/children 2"}, false},

	// open noun phrases, adjuncts, breakdowns
	{"adjective inside a list", "أودى القصف بحياة رجل مسن وامرأة.",
		[]string{"killed/people 1", "killed/women 1"}, false},
	{"nationality adjectives in a list", "وأصيب في الحادث شاب سوداني ومواطنة لبنانية.",
		[]string{"injured/people 1", "injured/women 1"}, false},
	{"B W verb, adjunct, subject", "وقُتل في الغارة التي استهدفت السوق صباح اليوم طفلان وامرأة.",
		[]string{"killed/children 2", "killed/women 1"}, false},
	{"verb, cause, subject", "وأصيب جراء سقوط القذيفة على الحي ثلاثة مدنيين.",
		[]string{"injured/civilians 3"}, false},
	{"among the dead after the count", "وقال المسعفون إن خمسة أطفال على الأقل بين القتلى.",
		[]string{"killed/children 5.. src=المسعفون"}, false},
	{"breakdown with no head count", "وقال الطبيب إن الجرحى من أهالي القرية وبينهم امرأة وطفلاها.",
		[]string{"injured/women 1 src=الطبيب", "injured/children 2 src=الطبيب"}, false},
	{"group adjective after a metric noun", "وسقط في القصف 9 قتلى مدنيين.",
		[]string{"killed/civilians 9"}, false},
	{"soldiers and fighters in one count", "قتل 30 جنديا سوريا ومقاتلا في المعارك.",
		[]string{"killed/people 30"}, false},
	{"parts by armed group", "قتل 15 عنصرا، بينهم 9 من هيئة تحرير الشام و6 من فصائل الجيش الوطني.",
		[]string{"killed/combatants 15", "killed/combatants 9 actor=HTS", "killed/combatants 6 actor=فصائل الجيش الوطني"}, false},
	{"definite metric noun then its count", "وأوضح المشفى أن المصابين 4 أطفال.",
		[]string{"injured/children 4 src=المشفى"}, false},
	{"toll put at", "ووضع المرصد حصيلة القتلى عند 17 شخصا.",
		[]string{"killed/people 17"}, false},

	// victims that are not numbers
	{"B E title, name, relatives", "وأسفر القصف عن مقتل المختار أحمد العلي وزوجته ونجليه.",
		[]string{"killed/people 1", "killed/women 1", "killed/children 2"}, false},
	{"B R self-inflicted with companions", "وقال شهود إن المطلوب فجّر نفسه داخل المبنى مع اثنين من مرافقيه.",
		[]string{"killed/combatants 1 src=شهود", "killed/combatants 2 src=شهود"}, false},
	{"B A2 possessive role", "وأعلن التنظيم في بيان مقتل أميره في المنطقة الشرقية.",
		[]string{"killed/combatants 1 src=التنظيم"}, false},
	{"B A1 kunya name", "وأكدت مصادر محلية مقتل أبو طلحة الحلبي في الغارة على أطراف سلقين.",
		[]string{"killed/combatants 1 src=مصادر محلية"}, false},
	{"B A3 role and name before the verb", "وقالت الوزارة إن المسؤول العسكري في الفصيل أبو يحيى الحموي، قضى في القصف.",
		[]string{"killed/combatants 1 src=الوزارة"}, false},
	{"role with its body, then others", "وقتل القيادي في الجماعة أبو عمر الساحلي إلى جانب أربعة آخرين بغارة.",
		[]string{"killed/combatants 1", "killed/combatants 4"}, false},
	{"role among the dead", "وكان من بين القتلى القائد الميداني للواء.",
		[]string{"killed/combatants 1"}, false},
	{"female attacker, subject after the verb", "فجرت امرأة نفسها عند الحاجز.",
		[]string{"killed/women 1"}, false},
	{"role and his companions", "وأعلن الجيش مقتل قائد الكتيبة وثلاثة من مرافقيه.",
		[]string{"killed/combatants 1 src=الجيش", "killed/combatants 3 src=الجيش"}, false},
	{"a leader, his guard and fighters", "وكان بين القتلى قائد المجموعة وحارسه الشخصي و8 مقاتلين.",
		[]string{"killed/combatants 1", "killed/people 1", "killed/combatants 8"}, false},
	{"subject of an active verb, then the victim", "واغتال مجهولون القيادي السابق في الفصيل أبو خالد.",
		[]string{"killed/combatants 1"}, false},
	{"a cleric by title and name", "وقتل الشيخ أحمد العمر برصاص مجهولين.",
		[]string{"killed/people 1"}, false},
	{"a civilian, his wife and their children", "وقضى المدني وزوجته وأطفالهما الثلاثة في القصف.",
		[]string{"killed/civilians 1", "killed/women 1", "killed/children 3"}, false},
	{"ordinal after a noun that governs", "وأعلنت الوزارة مقتل جنديين وإصابة ثالث.",
		[]string{"killed/troops 2 src=الوزارة", "injured/troops 1 src=الوزارة"}, false},
	{"a speaker is not a victim", "وقال القيادي أبو محمد إن الغارة قتلت مدنيين.",
		nil, false},
	{"a woman among the victims of a toll told before", "قتل 5 أشخاص في الغارة، بحسب مصادر طبية. وكان بين الضحايا امرأة حامل.",
		[]string{"killed/people 5 src=مصادر طبية", "killed/women 1 src=مصادر طبية"}, false},
	{"a partitive of a plural of people", "وقتل 3 من العاملين في الإغاثة.",
		[]string{"killed/people 3"}, false},
	{"a denied death is no figure", "ونفت الهيئة مقتل القيادي أبو عمر.",
		nil, false},
	{"an attempt is no death", "ونجا القيادي أبو محمد من محاولة اغتيال بعبوة ناسفة.",
		nil, false},
	{"a killer is not a victim", "وقال الأهالي إن القيادي أبو خالد قتل خمسة مدنيين.",
		[]string{"killed/civilians 5 src=الأهالي"}, false},

	{"bare name after مقتل", "وأكدت مصادر محلية مقتل محمد الأحمد بقصف على قريته.",
		[]string{"killed/people 1 src=مصادر محلية"}, false},
	{"description and name, then his wife", "وأعلنت الهيئة مقتل المهندس سامر الخطيب وزوجته.",
		[]string{"killed/people 1 src=الهيئة", "killed/women 1 src=الهيئة"}, false},
	{"a definite plural is not a name", "وأدت الغارة إلى مقتل العناصر المسلحة.",
		nil, false},
	{"a plural and its adjective are not a name", "وأعلن التنظيم مقتل رهائن أجانب، وأدى الحادث إلى مقتل جميع الركاب.",
		nil, false},
	{"a mother with a dual suffix", "استشهد طفلان وأصيبت والدتهما بجروح خطيرة.",
		[]string{"killed/children 2", "injured/women 1"}, false},

	{"a sister with a suffix", "وقضى طفل وأصيبت شقيقته بانفجار قنبلة.",
		[]string{"killed/children 1", "injured/women 1"}, false},
	{"a part by condition is not a group", "قتل 4 أشخاص وأصيب 10 آخرون بجروح بينهم 3 بحالة خطرة.",
		[]string{"killed/people 4", "injured/people 10"}, false},
	{"a body recovered", "وتم انتشال جثة طفل من تحت الأنقاض.",
		[]string{"killed/children 1.."}, false},

	// zeros
	{"B U zero over the people listed", "وأكد البيان وجود امرأتين وطفلين في المنزل دون أن يصاب أي منهم بأذى.",
		[]string{"injured/women 0 src=البيان", "injured/children 0 src=البيان"}, false},
	{"B Z clitic on عدم, its forces", "وصرح المتحدث بعدم وقوع إصابات في صفوف قواته.",
		[]string{"injured/troops 0 src=المتحدث"}, false},
	{"two metrics denied", "ولم يسفر القصف عن وقوع قتلى أو جرحى.",
		[]string{"killed/people 0", "injured/people 0"}, false},
	{"none of a group named", "ولم يصب أي من الأطفال الخمسة بأذى.",
		[]string{"injured/children 0"}, false},
	{"no one hurt", "وسقطت القذيفة قرب المدرسة ولم يصب أحد بأذى.",
		[]string{"injured/people 0"}, false},

	{"two verbs denied, no one", "وقال الأهالي إنه لم يُقتل أو يُصب أحد.",
		[]string{"killed/people 0 src=الأهالي", "injured/people 0 src=الأهالي"}, false},
	{"two verbs denied over a group", "وقال الجيش إنه لم يقتل أو يصب أي من جنوده.",
		[]string{"killed/troops 0 src=الجيش", "injured/troops 0 src=الجيش"}, false},
	{"its own ranks", "وقالت القيادة إنه لم تقع إصابات في صفوفها.",
		[]string{"injured/troops 0 src=القيادة"}, false},
	{"no victims fell", "ولم يسقط ضحايا في القصف.",
		[]string{"casualties/people 0"}, false},
	{"deaths or injuries not recorded", "ولم تسجل أي وفيات أو إصابات.",
		[]string{"killed/people 0", "injured/people 0"}, false},

	{"escaped with no injuries, over the people listed", "ونجت امرأة وطفلاها من القصف دون إصابات.",
		[]string{"injured/women 0", "injured/children 0"}, false},
	{"unharmed, over the people listed", "وخرج رجلان وثلاثة أطفال من تحت الركام سالمين.",
		[]string{"casualties/people 0", "casualties/children 0"}, false},
	{"a count before a survivor is not his list", "وقتل 5 مدنيين ونجا رجلان من القصف دون إصابات.",
		[]string{"killed/civilians 5", "injured/people 0"}, false},

	// attribution
	{"B SC رجّح with a quoted name", "في حين رجّح «المرصد» مقتل ستة أشخاص.",
		[]string{"killed/people 6 src=المرصد"}, false},
	{"B SC سجّل", "وسجلت مديرية الصحة وفاة 3 أشخاص.",
		[]string{"killed/people 3 src=مديرية الصحة"}, false},
	{"B SD nested speaker, subject first", "وتابع التقرير أن فرق الإسعاف قالت إن خمسة أشخاص قتلوا.",
		[]string{"killed/people 5 src=فرق الإسعاف"}, false},
	{"B SE spokesman of a body and his name", "وقال المتحدث باسم الجيش التركي العقيد سامي أوزتورك إن جنديين قتلا.",
		[]string{"killed/troops 2 src=المتحدث باسم الجيش التركي العقيد سامي أوزتورك"}, false},
	{"our correspondent is the outlet", "وأفاد مراسلنا أن أربعة مدنيين قتلوا في القصف.",
		[]string{"killed/civilians 4"}, false},
	{"revealed", "وكشفت مصادر طبية عن مقتل 6 مدنيين.",
		[]string{"killed/civilians 6 src=مصادر طبية"}, false},
	{"subject-first source", "وقال ناشطون إن مصادر محلية أفادت بأن 3 أطفال قتلوا.",
		[]string{"killed/children 3 src=مصادر محلية"}, false},
	{"quoted with قوله", "ونقلت وكالة الأنباء عن مصدر أمني قوله إن 4 جنود قتلوا.",
		[]string{"killed/troops 4 src=مصدر أمني"}, false},
	{"the author of a document", "وقتل 9 مدنيين حسب إحصائية للشبكة السورية لحقوق الإنسان.",
		[]string{"killed/civilians 9 src=الشبكة السورية لحقوق الإنسان"}, false},
	{"subject first, verb with ب", "مصادر محلية أفادت بمقتل 3 مدنيين.",
		[]string{"killed/civilians 3 src=مصادر محلية"}, false},
	{"an affiliated body is not a speaker", "قتل 4 مدنيين بقصف لقوات تابعة للنظام.",
		[]string{"killed/civilians 4"}, false},

	// binding
	{"B L1 lost their lives", "وسجلت المديرية فقدان 5 أشخاص حياتهم في الحريق.",
		[]string{"killed/people 5 src=المديرية"}, false},
	{"B L1 massacre against", "مجزرة بحق 12 مدنياً في ريف إدلب",
		[]string{"killed/civilians 12"}, false},
	{"B M dead and wounded among them", "وأفادت مصادر طبية بسقوط قتلى وجرحى بينهم أربعة أطفال.",
		[]string{"casualties/children 4 src=مصادر طبية"}, false},
	{"B M deaths and injuries", "أسفر الانفجار عن 12 وفاة وإصابة 30 آخرين.",
		[]string{"killed/people 12", "injured/people 30"}, false},
	{"B I aside with no closing comma", "وأفاد الدفاع المدني أن 20 مدنياً على الأقل، بينهم سبعة أطفال قُتلوا في الغارات.",
		[]string{"killed/civilians 20.. src=الدفاع المدني", "killed/children 7 src=الدفاع المدني"}, false},
	{"B B sub-count under a bare plural", "وأسفرت الغارة عن وقوع إصابات بينها طفلة.",
		[]string{"injured/children 1"}, false},
	{"definite dead, then the parts", "وذكر الفريق أن القتلى هم: 8 من هيئة تحرير الشام، و3 من فصائل أخرى.",
		[]string{"killed/combatants 8 actor=HTS src=الفريق", "killed/combatants 3 actor=فصائل أخرى src=الفريق"}, false},
	{"deaths and wounded counted", "ووصل عدد الوفيات في المشفى إلى ١٢٠ وفاة و٢٠٠ جريح.",
		[]string{"killed/people 120", "injured/people 200"}, false},
	{"nationality as the counted noun", "وقال المشفى إن المصابين 3 سوريين.",
		[]string{"injured/people 3 src=المشفى"}, false},
	{"unknown plural before its verb", "وقال الأهالي إن 5 صيادين قتلوا في القصف.",
		[]string{"killed/people 5 src=الأهالي"}, false},
	{"exposed to injuries", "وتعرض 5 مدنيين، بينهم طفلان، لإصابات نتيجة القصف.",
		[]string{"injured/civilians 5", "injured/children 2"}, false},
	{"number of victims of an event", "وبلغ عدد ضحايا الانفجار 18 حتى الآن.",
		[]string{"casualties/people 18"}, false},
	{"separately: another incident", "وفي حادثة منفصلة، قتل شخصان بانفجار في أعزاز.",
		[]string{"killed/people 2 bg"}, false},
	{"the toll of the war", "وبلغت حصيلة ضحايا الحرب أكثر من 500 ألف قتيل.",
		[]string{"killed/people 500001.. bg"}, false},
	{"another attack in a round-up, آخر an adjective", "وفي هجوم آخر قتل 3 عناصر.",
		[]string{"killed/combatants 3"}, false},
	{"died, parting from life", "وفارق طفل الحياة متأثراً بجراحه.",
		[]string{"killed/children 1"}, false},
	{"a toll by place, one line each", "وبلغ عدد الشهداء اليوم 10 شهداء موزعين كالتالي :\n– سراقب : 7 شهداء\n– كفرنبل : 1 شهيد\n– بداما : 1 شهيد\n– لطمين : 1 شهيد",
		[]string{"killed/people 10", "killed/people 7", "killed/people 1", "killed/people 1", "killed/people 1"}, false},
	{"B SB headline prefix names the outlet", "نيويورك تايمز: الغارة قتلت خمسة مدنيين",
		[]string{"killed/civilians 5 src=نيويورك تايمز"}, false},
	{"a place prefix names no source", "إدلب: مقتل 5 مدنيين بقصف",
		[]string{"killed/civilians 5"}, false},
	{"fell victim of an event", "وراح ضحية القصف 3 أطفال.",
		[]string{"killed/children 3"}, false},
	{"a family of five", "مقتل عائلة من 5 أفراد بقصف على سرمين",
		[]string{"killed/people 5"}, false},
	{"sons with a hamza before the suffix", "وقتل رجل وأبناؤه الثلاثة.",
		[]string{"killed/people 1", "killed/children 3"}, false},
	{"B GAP gapped toll verb", "وارتفع عدد القتلى إلى 40 والجرحى إلى 95.",
		[]string{"killed/people 40", "injured/people 95"}, false},
	{"B EL ordinal after a singular", "وأكدت المصادر أن شخصاً رابعاً توفي متأثراً بجراحه.",
		[]string{"killed/people 1 src=المصادر"}, false},
	{"deaths days before the own strike are background", "قتل طفلان في غارة على سرمين اليوم. ويأتي ذلك بعد يومين من مقتل خمسة مدنيين بقصف على أريحا.",
		[]string{"killed/children 2", "killed/civilians 5 bg"}, false},
	{"deaths hours before, another town", "أصيب ثلاثة مدنيين بقصف على بنش، بعد ساعات من استشهاد طفل في معرة مصرين.",
		[]string{"injured/civilians 3", "killed/children 1 bg"}, false},
	{"a victim's own wound days before is not another incident", "قتل طفلان في غارة على سرمين. وتوفي رجل بعد يومين من إصابته في الغارة.",
		[]string{"killed/children 2", "killed/people 1"}, false},
	{"subject-first report verb with a metric noun", "المرصد السوري أكد مقتل ستة عناصر من قوات النظام في ريف إدلب.",
		[]string{"killed/troops 6 actor=Syrian src=المرصد السوري"}, false},
	{"subject-first needs the subject to open the sentence", "وقال الأهالي إن المسعفين نقلوا جثث القتلى، والدفاع المدني أكد مقتل أربعة مدنيين.",
		[]string{"killed/civilians 4 src=الأهالي"}, false},
	{"deaths earlier, told in the pluperfect", "قتل طفلان في غارة على سرمين اليوم. وكان ثلاثة مدنيين قد قتلوا في وقت سابق بقصف على أريحا.",
		[]string{"killed/children 2", "killed/civilians 3 bg"}, false},
	{"an earlier report of the own toll is not background", "قتل طفلان في غارة على سرمين اليوم. وكان الدفاع المدني قد أعلن في وقت سابق مقتل ثلاثة مدنيين.",
		[]string{"killed/children 2", "killed/civilians 3 src=الدفاع المدني"}, false},
	{"pronoun victim bound to the leader the sentence names", "استهدف مسلحون مجهولون القيادي في هيئة تحرير الشام أبو عمر الشامي قرب سرمدا، ما أدى إلى مقتله.",
		[]string{"killed/combatants 1"}, false},
	{"shot dead, told by a pronoun", "أطلق مجهولون النار على الطبيب سامر الخالد في مدينة الدانا وأردوه قتيلاً.",
		[]string{"killed/people 1"}, false},
	{"pronoun victim named in the sentence before", "عثر الأهالي على المختار حسن العمر مصاباً بطلق ناري قرب منزله. وأعلنت عائلته وفاته في المستشفى.",
		[]string{"killed/people 1 src=عائلته"}, false},
	{"a pronoun with no person named is not read", "تعرضت مدينة أريحا لقصف عنيف أدى إلى تدمير سوقها ومقتلها الاقتصادي.",
		nil, false},
	{"severity sub-count is a part of the wounded", "قتل طفلان في غارة على سرمين اليوم، وأصيب 4 آخرون، 2 منهم إصاباتهم خطيرة.",
		[]string{"killed/children 2", "injured/people 4", "injured/people 2"}, false},
	{"part of a count in the sentence after", "قتل 7 مدنيين في الغارة على بنش. 5 منهم من عائلة واحدة.",
		[]string{"killed/civilians 7", "killed/people 5"}, false},
	{"a count not smaller than the one before is no part", "قتل 3 مدنيين في الغارة. وقال الأهالي إن 12 منهم نزحوا.",
		[]string{"killed/civilians 3"}, false},
	{"a verb with its own singular subject is not paired into casualties", "وكان رجل قد قتل وأصيب آخر بقصف على بلدة كفرنبل.",
		[]string{"killed/people 1", "injured/people 1"}, false},
	{"another after a verb is its own subject", "وقتل طفل في سرمين وأصيب آخر بجروح.",
		[]string{"killed/children 1", "injured/people 1"}, false},
	{"B P parts before the total", "وقال المرصد إن ثلاثة أطفال وامرأة من بين 11 شخصاً قتلوا في القصف.",
		[]string{"killed/children 3 src=المرصد", "killed/women 1 src=المرصد", "killed/people 11 src=المرصد"}, false},
	{"B BL place-keyed breakdown", "ارتفعت الحصيلة إلى 8 هم: 5 في سرمين (3 مدنيين وعنصران) و3 في بنش.",
		[]string{"killed/people 8", "killed/people 5", "killed/civilians 3", "killed/combatants 2", "killed/people 3"}, false},
}

func TestExtractArabic(t *testing.T) {
	for _, c := range arabicCases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, f := range Extract(c.text, day("")) {
				got = append(got, short(f))
			}
			ok := strings.Join(got, "\n") == strings.Join(c.want, "\n")
			if c.todo {
				if ok {
					t.Errorf("%s: passes now, drop todo", c.text)
				}
				t.Skipf("not read yet: %s (got %v)", c.text, got)
			}
			if !ok {
				t.Errorf("%s\n got:\n  %s\nwant:\n  %s", c.text, strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
			}
		})
	}
}

func TestArabicSegment(t *testing.T) {
	cases := map[string]string{
		"وزوجتها": "زوجته", "ابنتهم": "ابنته", "طفلاهم": "طفلان", "وطفليهم": "طفلين", "مقاتليه": "مقاتلين", "قائدهم": "قائد",
		"لاكثر": "اكثر", "بالمدنيين": "مدنيين", "معلمتان": "معلمتان", "كتاب": "كتاب",
	}
	for in, want := range cases {
		if got := arStem(in); got != want {
			t.Errorf("arStem(%s) = %s, want %s", in, got, want)
		}
	}
}
