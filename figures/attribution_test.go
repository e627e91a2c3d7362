package figures

import (
	"strings"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/reading"
)

// Attribution on real-style text: who gives a figure when the subject has
// a relative clause, when the verb reports a number ("put the toll at",
// "gave a lower count"), when a document speaks for its author, when a
// description stands for a body named before, and when the outlet speaks
// of itself. Each want is a figure (short form) that must be among the
// figures; a want that opens with "!" must not be.
var attributionCases = []attributionCase{
	// 1. the subject before a relative clause or a participle
	{"whose-clause then a participle", "",
		"The Orontes Rescue Corps, whose crews work in rebel-held villages, gave a lower count, saying its teams had recovered the bodies of 9 people.",
		[]string{"killed/people 9.. src=The Orontes Rescue Corps"}},
	{"which-clause then said", "",
		"The Kafr Nabl council, which runs the town's two clinics, said 6 people were killed.",
		[]string{"killed/people 6 src=The Kafr Nabl council"}},
	{"adding after a clause that names no one", "",
		"The Atmeh Relief Committee counted the dead. Five of them were children and two were fighters, the committee says, adding that at least 14 people were wounded.",
		[]string{"injured/people 14.. src=The Atmeh Relief Committee", "!injured/people 14.. src=two were fighters"}},
	{"whose-clause then told", "",
		"Dr Salim Haddad, whose clinic in Atmeh took most of the casualties, told reporters that 7 people had died.",
		[]string{"killed/people 7 src=Dr Salim Haddad"}},
	{"who asked not to be named", "",
		"Aid workers, who asked not to be named, said 3 people were killed in Sarmin.",
		[]string{"killed/people 3 src=Aid workers"}},
	{"a participle after an apposition", "",
		"The Binnish Council, a body of local elders, issued a statement, saying 4 children had died.",
		[]string{"killed/children 4 src=The Binnish Council"}},

	// 2. verbs that report a number
	{"gave a higher toll", "",
		"The health directorate in Ariha gave a higher toll of seven dead.",
		[]string{"killed/people 7 src=The health directorate in Ariha"}},
	{"raised its toll to", "",
		"Later the Salqin medical office raised its toll to 15 dead.",
		[]string{"killed/people 15 src=the Salqin medical office"}},
	{"revised its count to", "",
		"The Orontes Rescue Corps revised its count to 8 killed on Tuesday.",
		[]string{"killed/people 8 src=The Orontes Rescue Corps"}},
	{"documented deaths", "",
		"The Idlib Rights Desk documented 23 deaths in the attack.",
		[]string{"killed/people 23 src=The Idlib Rights Desk"}},
	{"registered deaths", "",
		"The Maarat health office registered 4 deaths in Sarmin on Friday.",
		[]string{"killed/people 4 src=The Maarat health office"}},
	{"a toll given by", "",
		"The new count is higher than the toll of 6 dead given by paramedics on the day of the attack.",
		[]string{"killed/people 6 src=paramedics"}},
	{"an event that raises a toll is no speaker", "",
		"The shelling of the market raised the toll to 20 dead.",
		[]string{"killed/people 20", "!killed/people 20 src=The shelling of the market"}},
	{"a live label is no speaker", "",
		"Live update: toll rises to 12 in Idlib after strikes",
		[]string{"killed/people 12"}},
	{"a statement saying, no comma", "",
		"The Binnish Council released a statement saying 3 children died.",
		[]string{"killed/children 3 src=The Binnish Council"}},
	{"put out a fire is no frame", "",
		"Firefighters put out the blaze that killed 3 people.",
		[]string{"killed/people 3"}},

	{"a progressive after an apposition", "",
		"Q: Thank you. The Binnish Council, the town's elected body, is saying 4 children died in the raid. Can you respond?",
		[]string{"killed/children 4 src=The Binnish Council"}},
	{"a progressive in a subordinate clause", "",
		"A reporter noted that local doctors are saying 6 patients died overnight.",
		[]string{"killed/people 6 src=local doctors"}},
	{"a progressive of an event is no frame", "",
		"The strikes were claiming lives every day; 8 people died on Monday alone.",
		[]string{"killed/people 8"}},

	{"reports on channels spoke of", "",
		"Unconfirmed reports on Sarmin WhatsApp groups after the explosion spoke of nine dead.",
		[]string{"killed/people 9 src=Sarmin WhatsApp groups"}},
	{"reports from a place name no one", "",
		"Early reports from the scene spoke of nine dead.",
		[]string{"killed/people 9"}},
	{"a pronoun after a long adjunct", "",
		"The Atmeh Relief Committee said that since the start of the offensive in May it has documented the deaths of 40 civilians.",
		[]string{"killed/civilians 40 bg src=The Atmeh Relief Committee"}},

	// 3. documents and their authors
	{"the X report said", "",
		"The SNHR report said 13 civilians were killed.",
		[]string{"killed/civilians 13 src=SNHR"}},
	{"concluded in a report", "",
		"The shelling killed 13 civilians, among them four children, the Idlib Rights Desk concluded in a report published this week.",
		[]string{"killed/civilians 13 src=the Idlib Rights Desk", "killed/children 4 src=the Idlib Rights Desk"}},
	{"according to the report after its author issued it", "",
		"The Binnish council issued a report on Monday. According to the report, 11 civilians died.",
		[]string{"killed/civilians 11 src=The Binnish council"}},
	{"a report by X found", "",
		"A report by the Sarmin Doctors Union found that 6 patients died.",
		[]string{"killed/people 6 src=the Sarmin Doctors Union"}},
	{"observations by their author", "",
		"According to observations by the Hama Rights Monitor, 12 people have been killed in the town.",
		[]string{"killed/people 12 src=the Hama Rights Monitor"}},
	{"findings of an investigation by their author", "",
		"Eight of the dead were children, according to findings by the Kafr Nabl council.",
		[]string{"killed/children 8 src=the Kafr Nabl council"}},
	{"initial reports name no one", "",
		"Eight people were killed, according to initial reports.",
		[]string{"killed/people 8"}},
	{"a report with no author is nobody's", "",
		"Six patients died, according to a hospital report.",
		[]string{"killed/people 6"}},

	// 4. a description of a body named before
	{"the Britain-based monitor", "",
		"The Syrian Observatory for Human Rights said 9 people were killed. The Britain-based monitor said 20 others were wounded.",
		[]string{"injured/people 20 src=The Syrian Observatory for Human Rights"}},
	{"the rescue service", "",
		"The White Helmets said 5 people were killed in Ariha. The rescue service said 12 were wounded.",
		[]string{"injured/people 12 src=The White Helmets"}},
	{"its spokesman with a name", "",
		"The Idlib Response Office counted the wounded. Its spokesman, Ahmad Kassem, told reporters 4 children had died.",
		[]string{"killed/children 4 src=Ahmad Kassem"}},
	{"the ministry with no ministry named before", "",
		"The ministry said 3 soldiers were killed.",
		[]string{"killed/troops 3 src=The ministry"}},
	{"المصادر ذاتها is the sources named before", "",
		"قالت مصادر محلية إن غارة قتلت رجلاً في أريحا. وبحسب المصادر ذاتها، أصيب 9 أشخاص.",
		[]string{"injured/people 9 src=مصادر محلية"}},
	{"المرصد is the observatory named before", "",
		"وقال مرصد إدلب الحقوقي إن 4 مدنيين قتلوا. وأفاد المرصد بإصابة 10 آخرين.",
		[]string{"injured/people 10 src=مرصد إدلب الحقوقي"}},

	// 5. the outlet's own voice: the masthead and the dateline name it
	{"Arabic masthead names the outlet that documents", "",
		"مرصد الشمال الحقوقي\n\nغارات على كفرنبل\n\nإدلب - مرصد الشمال الحقوقي\n\nوكان مرصد الشمال الحقوقي قد وثّق مقتل 6 مدنيين في الغارات.",
		[]string{"killed/civilians 6"}},
	{"Arabic masthead: the outlet's activists", "",
		"المرصد السوري لحقوق الإنسان\n\nغارات على كفرنبل\n\nوسجّل نشطاء المرصد السوري 23 إصابة في صفوف المدنيين.",
		[]string{"injured/civilians 23"}},
	{"Arabic masthead: another body stays a source", "",
		"شبكة الوادي\n\nغارات على كفرنبل\n\nوقال الدفاع المدني إن 6 مدنيين قتلوا.",
		[]string{"killed/civilians 6 src=الدفاع المدني"}},
	{"Arabic dateline with the outlet is no source", "",
		"شبكة الوادي\n\nمقتل 3 مدنيين بقصف على سرمين\n\nإدلب - شبكة الوادي\n\nقتل 3 مدنيين بقصف على سرمين.",
		[]string{"killed/civilians 3", "!killed/civilians 3 src=شبكة الوادي"}},
	{"a press release names its author in the lede", "",
		"Strikes hit schools in Binnish\n\n(Gaziantep) – Strikes on a school in Binnish killed 6 pupils on Monday, the Orontes Rights Watch said today. At least 14 others were wounded.\n\nThe Binnish council said 7 people died.",
		[]string{"killed/children 6", "injured/people 14..", "killed/people 7 src=The Binnish council"}},
	{"a city dateline with an agency is no press release", "",
		"Strikes hit schools in Binnish\n\nGaziantep (Reuters) - Strikes on a school in Binnish killed 6 pupils on Monday, the Orontes Rights Watch said.",
		[]string{"killed/children 6 src=the Orontes Rights Watch"}},
	{"a live page's headline: a body updates its toll", "",
		"Live updates · Last updated 19:05\n\n19:05 — Rescuers update toll to 14\nThe Sarmin rescue team has updated its toll to 14 dead.",
		[]string{"killed/people 14 src=The Sarmin rescue team", "!killed/people 14"}},
	{"a coordinated verb after a generic subject", "",
		"The Kafr Nabl Relief Group counted the dead. The group published photographs of the victims and said 5 children were killed.",
		[]string{"killed/children 5 src=The Kafr Nabl Relief Group"}},
	{"a place in a dateline's parentheses is no outlet", "",
		"Strikes hit Sarmin\n\nSarmin (Idlib) - Strikes killed 5 people in Sarmin, Idlib Civil Defence said.",
		[]string{"killed/people 5 src=Idlib Civil Defence"}},
	{"English wire dateline names the outlet", "",
		"Strikes hit Sarmin\n\nBeirut (AFP) - Strikes killed 5 people in Sarmin, an AFP correspondent reported.",
		[]string{"killed/people 5"}},
	{"a headline is no masthead", "",
		"غارات على كفرنبل\n\nوثّق مرصد الشمال مقتل 6 مدنيين.",
		[]string{"killed/civilians 6 src=مرصد الشمال"}},

	{"a quoted name after its kind", "",
		"وقتل 30 مدنياً منذ بداية الشهر، وفق إحصائية لفريق \"راصدو الشمال\"، الذي حذر من تصعيد جديد.",
		[]string{"killed/civilians 30 bg src=فريق \"راصدو الشمال\""}},

	// 6. Arabic scope: a recipient after the verb, a document's author in
	// a relative clause
	{"subject first, a recipient after the verb", "",
		"مصادر طبية أفادت لشبكة الوادي بأن المشفى استقبل 8 جثث.",
		[]string{"killed/people 8.. src=مصادر طبية"}},
	{"subject first, a definite recipient", "",
		"ناشطون أكدوا للمرصد أن 5 مدنيين قتلوا.",
		[]string{"killed/civilians 5 src=ناشطون"}},
	{"verb first, the one told after the speaker", "",
		"وقال مصدر طبي للمرصد إن 3 أشخاص قتلوا في القصف.",
		[]string{"killed/people 3 src=مصدر طبي"}},
	{"verb first, the one told before the speaker", "",
		"وأكد لشبكة الوادي مصدر في الدفاع المدني أن 4 مدنيين قتلوا.",
		[]string{"killed/civilians 4 src=مصدر في الدفاع المدني"}},
	{"a toll that X published", "",
		"وكانت الحصيلة الأولية التي نشرها فريق الإنقاذ الأهلي تشير إلى 4 وفيات و9 مصابين، بينهم طفل، وفق المديرية.",
		[]string{"killed/people 4 src=فريق الإنقاذ الأهلي", "injured/people 9 src=فريق الإنقاذ الأهلي"}},
	{"a toll that X published ends where a new clause opens", "",
		"أعلنت مديرية الصحة في المدينة ارتفاع الحصيلة. وكانت الحصيلة الأولية التي نشرها فريق الإنقاذ الأهلي تشير إلى 4 وفيات و9 مصابين، بينهم طفل، قبل أن يتوفى اثنان من المصابين خلال الليل، وفق المديرية.",
		[]string{"killed/people 4 src=فريق الإنقاذ الأهلي", "injured/children 1 src=فريق الإنقاذ الأهلي", "killed/people 2 src=مديرية الصحة"}},
	{"a count that X published, indefinite", "",
		"ووفق إحصائية نشرتها لجنة التوثيق المحلية، قتل 50 مدنياً في المنطقة.",
		[]string{"killed/civilians 50 src=لجنة التوثيق المحلية"}},
}

// attributionCase is a text read as from the outlet (empty: none) and its
// wants: figures in short form that must be among the figures, or must
// not be when they open with "!".
type attributionCase struct {
	name, outlet, text string
	want               []string
}

// runAttribution runs each case as a subtest and logs how many pass,
// under what.
func runAttribution(t *testing.T, what string, cases []attributionCase) {
	t.Helper()
	pass := 0
	for _, c := range cases {
		ok := t.Run(c.name, func(t *testing.T) {
			d := reading.Read(c.text)
			d.Outlet = c.outlet
			var got []string
			for _, f := range ExtractDoc(d, time.Time{}) {
				got = append(got, short(f))
			}
			for _, w := range c.want {
				not := strings.HasPrefix(w, "!")
				w = strings.TrimPrefix(w, "!")
				found := false
				for _, g := range got {
					if g == w {
						found = true
					}
				}
				if found == not {
					t.Errorf("%s\n got:\n  %s\nwant %s%s", c.text, strings.Join(got, "\n  "), map[bool]string{true: "no ", false: ""}[not], w)
				}
			}
		})
		if ok {
			pass++
		}
	}
	t.Logf("%d/%d %s cases pass", pass, len(cases), what)
}

func TestAttribution(t *testing.T) { runAttribution(t, "attribution", attributionCases) }
