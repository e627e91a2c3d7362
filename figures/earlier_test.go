package figures

import "testing"

// earlierTolls: an earlier or later toll of the article's own incident
// is the own incident's, whatever the time of the toll; a time cue alone
// makes no other incident. Invented sentences.
var earlierTolls = []backgroundArticle{
	{"at the time: the own incident's first toll", "en", "2024-02-09",
		"Toll from Binnish shelling rises to 8\n\nThe number of people killed in Tuesday's shelling of Binnish rose to eight on Friday after two of the wounded died, medics said.\n\nThe first count, which medics gave at the time, was six dead, two of them children, and 15 hurt.",
		[]string{"killed 8", "killed 2", "killed 6", "killed 2", "injured 15"}},
	{"at the time: a relative clause on the own incident", "en", "2024-03-01",
		"Report blames army for camp strike\n\nA rights group said on Friday that a missile strike on a camp near Harem on February 12 killed seven civilians.\n\nThe report quotes the camp's director, who said at the time that five people had died.",
		[]string{"killed 7", "killed 5"}},
	{"at the time: a witness's age", "en", "2025-04-02",
		"Trial opens over 2016 bombing of Saraqib bakery\n\nThe trial of a pilot accused of the 2016 bombing of a bakery in Saraqib opened on Wednesday.\n\nThe court heard Lina, 13 at the time, whose father and two brothers died in the attack, describe the sound of the jet.",
		[]string{"killed 1", "killed 2"}},
	{"at the time in a recalled paragraph", "en", "2024-06-05",
		"Drone strike kills two near Termanin\n\nA drone struck a car near Termanin on Wednesday, killing two men, rescuers said.\n\nIn March 2022, a strike on the same road killed four people. Three others were wounded, medics said at the time.",
		[]string{"killed 2", "killed 4 bg", "injured 3 bg"}},
	{"mid-month recalls, whatever at the time says", "en", "2021-08-08",
		"Drone kills three near Mayadin\n\nA drone struck a pickup near Mayadin on Saturday, killing three men.\n\nIn mid-July, two men were killed when a drone hit their car, a local outlet reported at the time.",
		[]string{"killed 3", "killed 2 bg"}},
	{"Arabic: then, in a follow-up", "ar", "2024-02-09",
		"ارتفاع حصيلة قصف بنش إلى ثمانية\n\nارتفعت حصيلة ضحايا القصف على مدينة بنش إلى ثمانية قتلى اليوم الجمعة بعد وفاة اثنين من الجرحى.\n\nوكان الدفاع المدني قد أفاد آنذاك بمقتل ستة أشخاص.",
		[]string{"killed 8", "killed 6"}},
	{"a dated follow-up sentence of the own incident recalls nothing", "en", "2024-03-17",
		"Two weeks on, Binnish bakery reopens\n\nTwo weeks after a drone strike on its bakery, the town of Binnish has bread again.\n\nThe strike on March 3 killed two bakers, the owner said. Nine other people were wounded.",
		[]string{"killed 2", "injured 9"}},
	{"a recalled paragraph's next figure is the recalled incident's", "en", "2024-03-17",
		"Two weeks on, Binnish bakery reopens\n\nTwo weeks after a drone strike on its bakery, the town of Binnish has bread again.\n\nIn 2019, a barrel bomb on the same street killed six people. Nine other people were wounded.",
		[]string{"killed 6 bg", "injured 9 bg"}},
	{"Arabic: a dated follow-up sentence of the own incident", "ar", "2024-03-17",
		"بعد أسبوعين على الغارة.. مخبز بنش يعود إلى العمل\n\nعاد مخبز مدينة بنش إلى العمل بعد أسبوعين على غارة بطائرة مسيرة استهدفته.\n\nوكانت الغارة قد أسفرت في 3 آذار عن مقتل عاملين اثنين في المخبز. وأصيب تسعة أشخاص آخرون بجروح.",
		[]string{"killed 2", "injured 9"}},
	{"the day of a briefing is the statement's", "en", "2024-07-02",
		"Russian jets strike Idlib after attacks on army posts\n\nRussian jets struck militant positions in Idlib province, a Russian general said at a briefing on Tuesday.\n\nActivists said Russian jets had bombed a market in Sarmin on Monday, killing eight people. On Saturday, a strike on a bakery in Binnish killed three.",
		[]string{"killed 8", "killed 3 bg"}},
	{"Arabic: an earlier announcement's day is the statement's", "ar", "2024-07-05",
		"ارتفاع حصيلة الجنود القتلى في هجوم على نقطة عسكرية إلى 12\n\nوقال الوالي في تصريح صحفي صباح الجمعة إن 12 جنديا قتلوا في هجوم على نقطة عسكرية قرب الحدود.\n\nوكان الوالي قد أعلن في وقت سابق مساء الخميس مقتل ثمانية جنود، قبل أن ترتفع الحصيلة.",
		[]string{"killed 12", "killed 8"}},
}

func TestEarlierTolls(t *testing.T) { runBackgroundArticles(t, earlierTolls) }
