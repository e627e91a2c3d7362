package figures

import "testing"

// arRound7Cases are Arabic sentences written for these tests on the kinds
// of Arabic miss that recur across heldout3..17, 21..23 and dev2.
var arRound7Cases = []arCase{
	// a count before its verb, with its side, a floor or "others" between
	{"SV: a count with its side before the verb", "", "وقال المرصد إن ١٥ عنصراً من قوات النظام والمجموعات الموالية لها قتلوا في الهجوم.",
		[]string{"killed/troops 15 actor=Syrian src=المرصد"}},
	{"SV: others before the verb of wounds", "", "وأضاف المسعف أن أربعة أشخاص آخرين أصيبوا بجروح في القصف.",
		[]string{"injured/people 4 src=المسعف"}},
	{"SV: a floor and a phrase of origin before the verb", "", "وذكرت مصادر محلية أن ١٢ شخصاً على الأقل من أهالي القرية قتلوا برصاص القناصة.",
		[]string{"killed/people 12.. src=مصادر محلية"}},
	{"SV: two of a faction, the dual verb", "", "وقال الناشط إن اثنين من عناصر الفصيل قتلا خلال الاشتباك.",
		[]string{"killed/combatants 2 src=الناشط"}},
	{"SV: two counts of two sides before one verb", "", "وقال المرصد إن ٤٠ عنصراً من الفصائل و١٧ من قوات النظام قتلوا في المعارك.",
		[]string{"killed/combatants 40 src=المرصد", "killed/troops 17 actor=Syrian src=المرصد"}},
	{"SV: a floor and a people before the verb", "", "وأفادت مصادر بأن ٣٠ شخصاً على الأقل من الإيزيديين قتلوا بالرصاص.",
		[]string{"killed/people 30.. src=مصادر"}},
	{"SV: two of a quoted faction, the dual verb", "", "وقالت المصادر إن اثنين من عناصر «الهيئة» قتلا أيضاً خلال الاشتباك.",
		[]string{"killed/combatants 2 src=المصادر"}},
	{"SV: the forces of both sides before one verb", "", "وقال المرصد إن ٤٤ عنصراً من قوات النظام والفصائل المعارضة قتلوا في المعارك.",
		[]string{"killed/combatants 44 src=المرصد"}},
	{"SV near-miss: the subject killed others", "", "وقال الأهالي إن ٥ عناصر من الميليشيات الموالية قتلوا ثلاثة مدنيين.",
		[]string{"killed/civilians 3 src=الأهالي"}},

	// a list of counts goes on past what the first part's side joins to
	// it, or past a numberless aside on it
	{"list: past the militias joined to the army", "", "وأحصت الشبكة مقتل ١٨ عنصراً من قوات النظام والميليشيات الرديفة لها، و٢٥ مقاتلاً من الفصائل خلال يومين.",
		[]string{"killed/troops 18 actor=Syrian src=الشبكة", "killed/combatants 25 src=الشبكة"}},
	{"list: past a numberless aside", "", "وقال المرصد إن القتلى هم ١٤ عنصراً من الفصائل، بينهم قادة ميدانيون، و٩ من قوات النظام.",
		[]string{"killed/combatants 14 src=المرصد", "killed/troops 9 actor=Syrian src=المرصد"}},
	{"list: past the allies joined to a faction", "", "وارتفعت حصيلة الاقتتال إلى ٣٠ قتيلاً، هم ١٩ عنصراً من الهيئة والفصائل الحليفة لها، و١١ عنصراً من \"الفيلق\".",
		[]string{"killed/people 30", "killed/combatants 19", "killed/combatants 11"}},
	{"list near-miss: an aside of one person is read, not skipped", "", "وقتل ١٢ عنصراً من قوات النظام، بينهم ضابط برتبة نقيب، و٥ مدنيين من القرية.",
		[]string{"killed/troops 12 actor=Syrian", "killed/troops 1", "killed/civilians 5"}},
	{"list near-miss: a part added apart is not summed with the first", "", "وأسفرت الغارة عن مقتل ٧ مدنيين في السوق، إلى جانب ٢ من متطوعي الدفاع المدني.",
		[]string{"killed/civilians 7", "killed/civilians 2"}},
	{"list near-miss: a joined noun with no count after it", "", "وأحصى المرصد مقتل ٧ عناصر من قوات النظام والمسلحين الموالين لها، والعثور على جثث أخرى.",
		[]string{"killed/troops 7 actor=Syrian src=المرصد"}},

	// among the dead, a list of one person each by a singular noun in the
	// accusative, after "too" as well
	{"among the dead: an old man and a child, each in the accusative", "", "وأفاد ناشطون بأن بين القتلى مسنّاً وطفلاً من أبناء البلدة.",
		[]string{"killed/people 1 src=ناشطون", "killed/children 1 src=ناشطون"}},
	{"among the dead too: a young man and a girl", "", "وأفاد ناشطون بأن بين القتلى أيضاً شاباً وطفلة.",
		[]string{"killed/people 1 src=ناشطون", "killed/children 1 src=ناشطون"}},
	{"near-miss: a thing joined to the person is no person", "", "وأفاد ناشطون بأن بين القتلى شاباً ومنزلاً دمره القصف.",
		[]string{"killed/people 1 src=ناشطون"}},

	// a toll raised again by a verb whose object is the toll's pronoun; a
	// count of one family is no part of one more
	{"a toll raised later, by its pronoun", "", "وقال المرصد إن حصيلة القتلى بلغت ٩ أشخاص، قبل أن يرفعها لاحقاً إلى ١٢.",
		[]string{"killed/people 9 src=المرصد", "killed/people 12 src=المرصد"}},
	{"a toll of the wounded lowered, by its pronoun", "", "وأعلنت المديرية إصابة ٣٠ شخصاً، ثم خفضتها إلى ٢٦.",
		[]string{"injured/people 30 src=المديرية", "injured/people 26 src=المديرية"}},
	{"a toll risen to a count of one family", "", "وتوفي رجل متأثراً بجراحه، لترتفع حصيلة الشهداء إلى ٥ من عائلة واحدة.",
		[]string{"killed/people 1", "killed/people 5"}},
	{"near-miss: prices raised after a toll", "", "وقتل ٤ مدنيين في القصف، وكانت البلدية قد خفضت أسعار الخبز قبل أن ترفعها إلى ٥٠٠ ليرة.",
		[]string{"killed/civilians 4"}},

	// a relative lost: the object of a verb of losing with a possessive
	{"lost: a wife and two sons", "", "وقال أحد الجيران إن صاحب الدكان فقد زوجته وابنيه في الغارة.",
		[]string{"killed/women 1 src=أحد الجيران", "killed/children 2 src=أحد الجيران"}},
	{"lost: a daughter and three grandchildren", "", "وقال المزارع سليم إنه فقد ابنته وثلاثة من أحفاده.",
		[]string{"killed/women 1 src=المزارع سليم", "killed/children 3 src=المزارع سليم"}},
	{"lost near-miss: things", "", "وقال إنه فقد منزله وسيارته في القصف.", nil},
	{"lost near-miss: years ago", "", "وفقد شقيقه قبل سنوات في معارك حلب.", nil},
	{"lost near-miss: went missing", "", "وفُقد ٥ أشخاص بعد غرق القارب.", nil},

	// a part added by "in addition to" goes on the list, past the first
	// part's adjunct; a thing added or a count with a toll word of its own
	// is not a part
	{"added: five fighters after twelve civilians in the town", "", "وأحصى المرصد مقتل ١٢ مدنياً في البلدة، إضافة إلى خمسة من المقاتلين.",
		[]string{"killed/civilians 12 src=المرصد", "killed/combatants 5 src=المرصد"}},
	{"added: two civilians after three fighters", "", "وأسفر القصف عن مقتل ٣ عناصر من الفصائل، بالإضافة إلى مدنيين اثنين.",
		[]string{"killed/combatants 3", "killed/civilians 2"}},
	{"added: a child after a leader and his guard", "", "وقتل قيادي في الفصيل مع حارسه، إضافة إلى طفل آخر كان يمر في الشارع.",
		[]string{"killed/combatants 1", "killed/people 1", "killed/children 1"}},
	{"added near-miss: houses destroyed", "", "وقتل ٥ مدنيين، إضافة إلى تدمير ثلاثة منازل.",
		[]string{"killed/civilians 5"}},
	{"added near-miss: the wounded keep their own word", "", "وارتفعت الحصيلة إلى ٤٠ قتيلاً، بينهم ٩ أطفال، إضافة إلى ١٠٠ جريح.",
		[]string{"killed/people 40", "killed/children 9", "injured/people 100"}},

	// a coordinated subject of single persons before a plural verb: the
	// first conjunct too, a definite noun of a list or a noun with a name,
	// the subject set off by commas, the verb in the feminine plural
	{"list subject: the father, the mother and their children", "", "وقال الناشط إن الأب والأم وأبناءهم الأربعة قُتلوا في منزلهم.",
		[]string{"killed/people 1 src=الناشط", "killed/women 1 src=الناشط", "killed/children 4 src=الناشط"}},
	{"list subject set off by commas, in a quote", "", "وقال الناشط: \"عائلة كاملة، الأب والأم وأبناؤهم الأربعة، قُتلوا في منزلهم\".",
		[]string{"killed/people 1 src=الناشط", "killed/women 1 src=الناشط", "killed/children 4 src=الناشط"}},
	{"list subject: a neighbour by her name and her two girls", "", "وقالت إن جارتها سعاد الحسن وطفلتيها قُتلن في الغارة.",
		[]string{"killed/women 1", "killed/children 2"}},
	{"list subject near-miss: they survived", "", "وقالت إن جارتها سعاد الحسن وطفلتيها نجون من القصف.", nil},
	{"list subject near-miss: they reached the hospital", "", "وقال إن الأب والأم وصلا إلى المشفى.", nil},

	// the city of Idlib named as a city is a town of the own incident, not
	// the province that rounds up the day's places
	{"frames: Idlib city's strike, then another town in a related context", "", "مقتل ٨ مدنيين بغارات على مدينة إدلب\n\nقتل ثمانية مدنيين بغارات روسية على سوق شعبي في مدينة إدلب اليوم.\n\nوفي سياق متصل، قُتل مدني بقصف مدفعي على بلدة سرمين.",
		[]string{"killed/civilians 8", "killed/civilians 1 bg"}},
	{"frames near-miss: a headline on the province rounds up its towns", "", "مقتل ٨ مدنيين بغارات على ريف إدلب\n\nقتل ثمانية مدنيين بغارات روسية على ريف إدلب اليوم.\n\nوفي سياق متصل، قُتل مدني بقصف مدفعي على بلدة سرمين.",
		[]string{"killed/civilians 8", "killed/civilians 1"}},
}

func TestArabicRound7(t *testing.T) {
	for _, c := range arRound7Cases {
		t.Run(c.name, func(t *testing.T) {
			checkReading(t, c.text, day(c.pub), c.want, true, false)
		})
	}
}
