package figures

import "testing"

// arRound6Cases are Arabic sentences written for these tests on the
// kinds of Arabic miss that recur across heldout3..14 and dev2.
var arRound6Cases = []arCase{
	// a ministry's short name heading its statement is the ministry
	{"a headline by the ministry's short name, the body by its full one", "", "الدفاع الروسية: مقتل جنديين وإصابة 3 بهجوم قرب سراقب\n\nأعلنت وزارة الدفاع الروسية اليوم مقتل جنديين روسيين وإصابة 3 آخرين بهجوم على دورية.",
		[]string{"killed/troops 2 actor=Russian src=وزارة الدفاع الروسية", "injured/troops 3 actor=Russian src=وزارة الدفاع الروسية"}},
	{"the ministry told again", "", "وأعلنت وزارة الدفاع التركية مقتل 3 جنود وموظف مدني. وكانت الوزارة قد أعلنت في وقت سابق مقتل جنديين وموظف مدني.",
		[]string{"killed/troops 3 src=وزارة الدفاع التركية", "killed/civilians 1 src=وزارة الدفاع التركية", "killed/troops 2 src=الوزارة"}},

	// the paradigm of parting from life: a dual after its subject, the
	// imperfect after قبل أن; the wounded who died keep their group
	{"two girls parted from life, the dual after", "", "وقال مسعف إن طفلتين فارقتا الحياة قبل وصولهما إلى المشفى.",
		[]string{"killed/children 2 src=مسعف"}},
	{"two boys parted from life", "", "وأضاف أن طفلين فارقا الحياة في الطريق.",
		[]string{"killed/children 2"}},
	{"some of the wounded soldiers died later", "", "وأصيب 9 عسكريين في الهجوم، قبل أن يفارق اثنان من المصابين الحياة في المشفى.",
		[]string{"injured/troops 9", "killed/troops 2"}},
	{"some of the wounded died, a part of them women", "", "وجُرح عشرة أشخاص في السوق، بينهم امرأتان، قبل أن يتوفى أربعة منهم ليلاً.",
		[]string{"injured/people 10", "injured/women 2", "killed/people 4"}},
	{"near-miss: parting from a place is no death", "", "وفارق النازحون المخيم بعد القصف.",
		nil},

	// the mourned: a person noun of the lexicon as the title of a name,
	// the mourner as the source
	{"rescuers mourn their volunteer", "", "ونعى الهلال الأحمر المتطوع سامر الحسين الذي قضى أثناء عمله.",
		[]string{"killed/civilians 1 src=الهلال الأحمر"}},
	{"a faction mourns its commander, in a statement", "", "ونعى لواء الفتح في بيان القائد الميداني أبو خالد الإدلبي.",
		[]string{"killed/combatants 1 src=لواء الفتح"}},
	{"we lost the nurse", "", "وقال مدير المشفى: \"فقدنا الممرضة سلمى العيسى في القصف\".",
		[]string{"killed/women 1 src=مدير المشفى"}},
	{"a title of the lexicon before a name, after a death", "", "وقتل الشاب خالد الحمود بشظايا القذيفة.",
		[]string{"killed/people 1"}},
	{"near-miss: we lost contact", "", "وقال المسعف: \"فقدنا الاتصال بالفريق لساعتين\".",
		nil},
	{"near-miss: mourning the victims as a whole", "", "ونعى الأهالي الضحايا في جنازة حاشدة.",
		nil},

	// zeros over a group: عدم and a verbal noun, a verb of exposure with
	// the harm after the people, the people before لم
	{"none of its volunteers exposed to injury", "", "وأكدت المنظمة عدم تعرض أي من مسعفيها لإصابات خلال القصف.",
		[]string{"injured/civilians 0 src=المنظمة"}},
	{"none of the pupils came to harm", "", "ولم يتعرض أي من التلاميذ لأذى بعد سقوط القذيفة قرب المدرسة.",
		[]string{"injured/children 0"}},
	{"not one of the soldiers was hurt, the people first", "", "وأكد البيان أن أحداً من الجنود الأتراك لم يصب بأذى.",
		[]string{"injured/troops 0 actor=Turkish src=البيان"}},
	{"the absence of injury among the women", "", "وأكد عدم إصابة أي من النساء في الحادث.",
		[]string{"injured/women 0"}},
	{"near-miss: exposed to no harm but a search", "", "وأوقفت الدورية الحافلة، ولم يتعرض أي من الأطفال لأي تفتيش.",
		nil},
	{"near-miss: buildings exposed to damage", "", "وأكد عدم تعرض أي من المباني لأضرار كبيرة.",
		nil},
	{"near-miss: one of the soldiers who did not return", "", "وقال إن أحداً من الجنود لم يعد إلى الثكنة.",
		nil},

	// the cardinal one follows its noun: the noun counts one, and واحد is
	// no count of its own
	{"one dead and three wounded by a town", "", "وسقط في بنش قتيل واحد وثلاثة جرحى.",
		[]string{"killed/people 1", "injured/people 3"}},
	{"one civilian, the cardinal after", "", "وقتل مدني واحد وأصيب اثنان آخران.",
		[]string{"killed/civilians 1", "injured/people 2"}},
	{"one woman wounded at least", "", "وأصيبت امرأة واحدة على الأقل.",
		[]string{"injured/women 1.."}},
	{"near-miss: one family is no count", "", "وقتل خمسة أشخاص من عائلة واحدة.",
		[]string{"killed/people 5"}},

	// the ranks a pronoun owns are the side it names before them
	{"two of his comrades, a soldier's", "", "وأعلن الجيش مقتل جندي وإصابة اثنين من رفاقه بانفجار عبوة.",
		[]string{"killed/troops 1 src=الجيش", "injured/troops 2 src=الجيش"}},
	{"its members, the forces named before", "", "وقالت الفصائل إنها صدت هجوماً لقوات النظام وقتلت 8 من عناصرها.",
		[]string{"killed/troops 8 src=الفصائل"}},
	{"dead in their ranks, the fighters named before", "", "واشتبكت وحدات الجيش مع المسلحين وأوقعت خمسة قتلى في صفوفهم.",
		[]string{"killed/combatants 5"}},
	{"near-miss: members of a faction arrested", "", "واتهمت الحركة الهيئة باعتقال 15 من عناصرها.",
		nil},

	// a person noun in the construct with a definite noun, the subject of
	// its verb
	{"the school's guard was wounded too", "", "وقالت المديرة إن حارس المدرسة أصيب أيضاً بشظايا.",
		[]string{"injured/people 1 src=المديرة"}},
	{"the neighbours' child was killed, قد before the verb", "", "وذكر شاهد أن طفل الجيران قد قتل تحت الركام.",
		[]string{"killed/children 1 src=شاهد"}},
	{"near-miss: the guard was arrested", "", "وقال المدير إن حارس المدرسة اعتقل صباحاً.",
		nil},

	// a relative or companion after an apposition that describes the
	// person named before
	{"his father after an age in words", "", "وقتل الطفل سامي الحسن، ابن السنوات العشر، ووالده خالد الحسن بالقصف.",
		[]string{"killed/children 1", "killed/people 1"}},
	{"his companion after his office", "", "واغتال مسلحون الصحفي ماهر العلي، مراسل إذاعة محلية، ورفيقه المصور باسل الخطيب.",
		[]string{"killed/people 1", "killed/people 1"}},

	// a person and his kin in any slot: the object before them, and the
	// relative he died with
	{"the strike killed a man and his three sons", "", "وقتلت الغارة رجلاً وأبناءه الثلاثة داخل منزلهم.",
		[]string{"killed/people 1", "killed/children 3"}},
	{"a man who died with his son", "", "وكان بين القتلى رجل قضى مع ابنه في ورشتهما.",
		[]string{"killed/people 1", "killed/children 1"}},
	{"a woman died with her daughter", "", "وتوفيت امرأة مع ابنتها متأثرتين بجراحهما.",
		[]string{"killed/women 1", "killed/women 1"}},
	{"near-miss: a man walking with his son", "", "وكان رجل يسير مع ابنه في السوق.",
		nil},

	// the dual pronoun opens the parts of a count of two, as هم does
	{"two dead, a father and his son", "", "وسقط في القرية قتيلان، هما أب وابنه.",
		[]string{"killed/people 2", "killed/people 1", "killed/children 1"}},
	{"two wounded, a man and his wife", "", "وأصيب شخصان، هما رجل وزوجته.",
		[]string{"injured/people 2", "injured/people 1", "injured/women 1"}},
	{"near-miss: the two described as brothers", "", "وأصيب طفلان، هما شقيقان.",
		[]string{"injured/children 2"}},

	// in an article on clashes, their start opens the own incident's span
	{"the toll since the clashes began, in an article on them", "", "اشتباكات بين فصيلين في ريف حلب\n\nتجددت الاشتباكات بين الفصيلين لليوم الثالث على التوالي قرب مدينة الباب.\n\nوأفادت مصادر محلية بمقتل خمسة عناصر من الفرقة منذ بدء المواجهات.",
		[]string{"killed/combatants 5 src=مصادر محلية"}},
	{"the fighting that has gone on for days", "", "اشتباكات بين فصيلين في ريف حلب\n\nتجددت الاشتباكات بين الفصيلين قرب مدينة الباب.\n\nوارتفعت حصيلة الاقتتال الدائر منذ خمسة أيام إلى 12 قتيلاً.",
		[]string{"killed/people 12"}},
	{"near-miss: a campaign's toll in an article on a strike", "", "غارة على سوق مدينة أريحا\n\nقتل ثلاثة مدنيين بغارة على سوق مدينة أريحا اليوم.\n\nوارتفع عدد القتلى منذ بدء الحملة إلى 40 مدنياً.",
		[]string{"killed/civilians 3", "killed/civilians 40 bg"}},
}

func TestArabicRound6(t *testing.T) {
	for _, c := range arRound6Cases {
		t.Run(c.name, func(t *testing.T) {
			checkReading(t, c.text, day(c.pub), c.want, true, false)
		})
	}
}
