package figures

import "testing"

// Leftovers of the source and background readers (issue 9), written for
// this test: a news label before a headline, the one told after a speaker
// (ل, "told"), a period after a speaker's name, a second frame after
// فيما/بينما/"while", and an earlier event recalled with كان but no قد.
var leftoverCases = []struct {
	name string
	pub  string
	text string
	want []string
}{
	// a label opens the article's own headline; the body tells the same incident
	{"arabic urgent colon headline", "", "عاجل: مقتل 6 مدنيين بغارة على معرة مصرين\n\nقتل 6 مدنيين صباح اليوم بغارة جوية على معرة مصرين شمال إدلب، وفق الدفاع المدني.",
		[]string{"killed/civilians 6", "killed/civilians 6 src=الدفاع المدني"}},
	{"arabic urgent bar headline", "", "عاجل | إصابة 3 أطفال بقصف مدفعي على كفرنبل\n\nقال مسعفون إن 3 أطفال أصيبوا بجروح في قصف مدفعي استهدف كفرنبل.",
		[]string{"injured/children 3", "injured/children 3 src=مسعفون"}},
	{"arabic urgent headline then a sourced body", "", "عاجل: مقتل 4 عناصر من الفصائل بهجوم على جبل الزاوية\nقال ناشطون إن 4 مقاتلين قتلوا في هجوم للنظام على جبل الزاوية.",
		[]string{"killed/combatants 4", "killed/combatants 4 src=ناشطون"}},
	{"english breaking colon headline", "", "Breaking: 8 killed in air strike on Maarat Misrin market\n\nAn air strike hit the market in Maarat Misrin on Sunday, killing eight people, rescuers said.",
		[]string{"killed/people 8", "killed/people 8 src=rescuers"}},
	{"english breaking news headline", "", "BREAKING NEWS: Two children wounded by shelling in Kafranbel\nShelling wounded two children in Kafranbel on Friday, a local doctor said.",
		[]string{"injured/children 2", "injured/children 2 src=a local doctor"}},
	{"a ticker of other stories after the headline still goes", "", "Shelling kills 5 in Ariha\nBREAKING: 12 killed as bus overturns near Konya\n\nShelling killed five civilians in Ariha on Monday.",
		[]string{"killed/civilians 5"}},

	// the one told is not the speaker; ل inside a name stays
	{"arabic sources told an outlet", "", "قالت مصادر محلية لعنب بلدي إن 4 مدنيين قتلوا بقصف على أريحا.",
		[]string{"killed/civilians 4 src=مصادر محلية"}},
	{"arabic a medical source told an outlet", "", "وأكد مصدر طبي لشبكة شام أن 9 أشخاص أصيبوا في الغارة.",
		[]string{"injured/people 9 src=مصدر طبي"}},
	{"arabic activists told a short-named outlet", "", "وقال ناشطون لسمارت إن طفلين قتلا في القصف على بنش.",
		[]string{"killed/children 2 src=ناشطون"}},
	{"arabic a member of a body told an outlet", "", "وقال عضو في الدفاع المدني لعنب بلدي إن 3 مدنيين قتلوا.",
		[]string{"killed/civilians 3 src=عضو في الدفاع المدني"}},
	{"arabic ل inside the name stays", "", "وقالت الشبكة السورية لحقوق الإنسان إن 11 مدنياً قتلوا في إدلب.",
		[]string{"killed/civilians 11 src=الشبكة السورية لحقوق الإنسان"}},
	{"arabic ل in a UN office's name stays", "", "وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن 14 مدنياً قتلوا.",
		[]string{"killed/civilians 14 src=مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"}},
	{"arabic activists told an outlet by its definite name", "", "وقال ناشطون للجزيرة نت إن 4 مدنيين قتلوا في سرمين.",
		[]string{"killed/civilians 4 src=ناشطون"}},
	{"arabic local sources told a monitor", "", "وقالت مصادر محلية للمرصد إن 6 مقاتلين قتلوا في الهجوم.",
		[]string{"killed/combatants 6 src=مصادر محلية"}},
	{"arabic an official of a body told a known outlet", "", "وقال مدير الدفاع المدني للجزيرة إن 12 شخصاً أصيبوا.",
		[]string{"injured/people 12 src=مدير الدفاع المدني"}},
	{"arabic a body's purpose after its name stays", "", "وقالت جمعية عطاء للإغاثة إن 3 نازحين قتلوا في المخيم.",
		[]string{"killed/people 3 src=جمعية عطاء للإغاثة"}},
	{"arabic a director of a body stays whole", "", "وقال المدير التنفيذي للمرصد إن 8 مدنيين قتلوا.",
		[]string{"killed/civilians 8 src=المدير التنفيذي للمرصد"}},
	{"english sources told an outlet", "", "Local sources told Enab Baladi that three civilians were killed in Ariha.",
		[]string{"killed/civilians 3 src=Local sources"}},

	// a plural verb of report after its subject
	{"arabic plural verb after its subject", "", "الأهالي قالوا إن 5 أشخاص أصيبوا في القصف على سراقب.",
		[]string{"injured/people 5 src=الأهالي"}},
	{"arabic plural verb between كان and قد", "", "وكان عمال الإغاثة قد أكدوا أن 7 نازحين قتلوا في المخيم.",
		[]string{"killed/people 7 src=عمال الإغاثة"}},
	{"arabic plural verb goes on with the speaker", "", "وقال عمال الإنقاذ إن 5 أشخاص أصيبوا، وأكدوا أن طفلين قتلا.",
		[]string{"injured/people 5 src=عمال الإنقاذ", "killed/children 2 src=عمال الإنقاذ"}},

	// a faction named by its words after a count of fighters
	{"arabic fighters of the factions then the verb", "", "وقالت مصادر إن 6 عناصر من الفصائل قتلوا.",
		[]string{"killed/combatants 6 src=مصادر"}},
	{"arabic fighters of an unlisted faction then the verb", "", "وأكد ناشطون أن 3 عناصر من فصيل صقور الجبل أصيبوا في الاشتباك.",
		[]string{"injured/combatants 3 src=ناشطون"}},
	{"arabic a known faction keeps its actor", "", "وقالت مصادر إن 5 مقاتلين من هيئة تحرير الشام قتلوا.",
		[]string{"killed/combatants 5 actor=HTS src=مصادر"}},

	// where the counted people come from, between them and their verb
	{"arabic children of one family then the verb", "", "وقالت مصادر إن 6 أطفال من عائلة واحدة أصيبوا.",
		[]string{"injured/children 6 src=مصادر"}},
	{"arabic civilians of the town's people then the verb", "", "وذكر الدفاع المدني أن 5 مدنيين من أهالي البلدة قتلوا.",
		[]string{"killed/civilians 5 src=الدفاع المدني"}},
	{"arabic displaced of the camp's residents then the verb", "", "وأكد ناشطون أن 4 نازحين من سكان المخيم قتلوا بالغارة.",
		[]string{"killed/people 4 src=ناشطون"}},

	// a period after the speaker's name is no part of it
	{"arabic since the start of the year", "", "وثّق المرصد السوري منذ مطلع العام مقتل 95 مدنياً في إدلب.",
		[]string{"killed/civilians 95 bg src=المرصد السوري"}},
	{"arabic since the beginning of the month", "", "ووثق الدفاع المدني منذ بداية الشهر الجاري مقتل 27 شخصاً.",
		[]string{"killed/people 27 bg src=الدفاع المدني"}},
	{"arabic since the first of the year, a network", "", "وسجلت الشبكة السورية لحقوق الإنسان منذ بداية العام مقتل 140 مدنياً.",
		[]string{"killed/civilians 140 bg src=الشبكة السورية لحقوق الإنسان"}},

	// a second frame after a contrast word takes its own clause only
	{"arabic فيما", "", "قال الدفاع المدني إن 5 قتلوا، فيما أفاد المرصد بمقتل 7.",
		[]string{"killed/people 5 src=الدفاع المدني", "killed/people 7 src=المرصد"}},
	{"arabic في حين", "", "أعلن الدفاع المدني مقتل 5 مدنيين في أريحا، في حين وثق المرصد مقتل 8.",
		[]string{"killed/civilians 5 src=الدفاع المدني", "killed/people 8 src=المرصد"}},
	{"arabic بينما", "", "ذكرت مديرية الصحة أن 3 أطفال أصيبوا، بينما قالت مصادر محلية إن 6 أصيبوا.",
		[]string{"injured/children 3 src=مديرية الصحة", "injured/people 6 src=مصادر محلية"}},
	{"english while", "", "The civil defence said 5 civilians were killed, while the observatory reported 7 civilians dead.",
		[]string{"killed/civilians 5 src=The civil defence", "killed/civilians 7 src=the observatory"}},
	{"english whereas", "", "The health directorate said 3 people were killed, whereas local activists put the toll at 6.",
		[]string{"killed/people 3 src=The health directorate", "killed/people 6 src=local activists"}},

	// a frame opened by a contrast word does not reach back over it
	{"arabic فيما after an unattributed figure", "", "قتل 5 مدنيين بقصف على أريحا، فيما وثق المرصد السوري مقتل 7 في سرمين.",
		[]string{"killed/civilians 5", "killed/people 7 src=المرصد السوري"}},
	{"arabic بينما after an unattributed figure", "", "أصيب 4 أطفال بقصف على كفرنبل، بينما قال ناشطون إن 2 قتلوا في حاس.",
		[]string{"injured/children 4", "killed/people 2 src=ناشطون"}},
	{"arabic في حين after an unattributed figure", "", "قتل 3 مدنيين بغارة على بنش، في حين أعلن الدفاع المدني إصابة 6 في تفتناز.",
		[]string{"killed/civilians 3", "injured/people 6 src=الدفاع المدني"}},
	{"english while after an unattributed figure", "", "Five people were killed in Ariha, while activists said eight died in Sarmin.",
		[]string{"killed/people 5", "killed/people 8 src=activists"}},
	{"english whereas after an unattributed figure", "", "Two children were wounded in Binnish, whereas the monitor reported nine deaths in Taftanaz.",
		[]string{"injured/children 2", "killed/people 9 src=the monitor"}},
	{"a closing frame after a contrast still covers both", "", "Five people were killed in Ariha, while eight died in Sarmin, activists said.",
		[]string{"killed/people 5 src=activists", "killed/people 8 src=activists"}},
	{"arabic a closing frame after فيما still covers both", "", "قتل 5 مدنيين، فيما أصيب 7، وفق الدفاع المدني.",
		[]string{"killed/civilians 5 src=الدفاع المدني", "injured/people 7 src=الدفاع المدني"}},

	// كان with its subject and a perfect verb recalls, with or without قد
	{"arabic recalled yesterday without قد", "2024-03-12", recallLede + "وكان المرصد السوري وثق أمس مقتل 3 مدنيين بقصف على سرمين.",
		[]string{"killed/civilians 4", "killed/civilians 4 src=الدفاع المدني السوري", "killed/civilians 3 bg src=المرصد السوري"}},
	{"arabic recalled yesterday with قد", "2024-03-12", recallLede + "وكانت مديرية الصحة قد أعلنت أمس إصابة 10 أشخاص في بنش.",
		[]string{"killed/civilians 4", "killed/civilians 4 src=الدفاع المدني السوري", "injured/people 10 bg src=مديرية الصحة"}},
	{"arabic recalled by a feminine subject without قد", "2024-03-12", recallLede + "وكانت الشبكة السورية أعلنت أمس مقتل طفلين في قصف على تفتناز.",
		[]string{"killed/civilians 4", "killed/civilians 4 src=الدفاع المدني السوري", "killed/children 2 bg src=الشبكة السورية"}},
	{"arabic recalled by medical sources without قد", "2024-03-12", recallLede + "وكانت مصادر طبية ذكرت أمس إصابة 5 أشخاص في سراقب.",
		[]string{"killed/civilians 4", "killed/civilians 4 src=الدفاع المدني السوري", "injured/people 5 bg src=مصادر طبية"}},
	{"arabic recalled by activists, a plural verb without قد", "2024-03-12", recallLede + "وكان ناشطون أفادوا أمس بإصابة 5 أشخاص في سراقب.",
		[]string{"killed/civilians 4", "killed/civilians 4 src=الدفاع المدني السوري", "injured/people 5 bg src=ناشطون"}},
	{"arabic yesterday in another town", "2024-03-12", recallLede + "وقتل أمس 3 أشخاص بغارة على بنش.",
		[]string{"killed/civilians 4", "killed/civilians 4 src=الدفاع المدني السوري", "killed/people 3 bg"}},
}

const recallLede = "مقتل 4 مدنيين بقصف مدفعي على أريحا\n\n" +
	"قتل 4 مدنيين اليوم الثلاثاء بقصف مدفعي لقوات النظام على مدينة أريحا جنوبي إدلب، بحسب الدفاع المدني السوري.\n\n" +
	"وأضاف الدفاع المدني أن فرقه نقلت الجرحى إلى المشافي القريبة.\n\n"

func TestLeftovers(t *testing.T) {
	for _, c := range leftoverCases {
		t.Run(c.name, func(t *testing.T) { checkExtract(t, c.text, c.pub, c.want) })
	}
}
