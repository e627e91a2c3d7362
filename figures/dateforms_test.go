package figures

import (
	"testing"
	"time"
)

// dateForms: one date written in the forms writers use reads as the same
// day, so that a later sentence that names the lede's day in another form
// is the own incident's, and a day before its month ("the 21st of March")
// is that day, not the month. Invented sentences.
var dateForms = []backgroundArticle{
	{"an ordinal after 'the' and before 'of' is the lede's day", "en", "2024-06-20",
		"Families mourn Sarmin bakery dead\n\nAn air strike on a bakery in Sarmin on the 3rd of March killed nine civilians, a rights group said in a report on Thursday.\n\nOn March 3rd, the strike on the bakery also wounded 17 people.",
		[]string{"killed 9", "injured 17"}},
	{"'the Nth of March' months back dates another incident", "en", "2021-09-14",
		"Air strike on Sarmin school kills 6\n\nAn air strike on a school in Sarmin killed six children on Tuesday, rescuers said.\n\nThe school was hit once before, on the 21st of March, when shrapnel wounded two teachers.",
		[]string{"killed 6", "injured 2 bg"}},
	{"an ordinal before its month is the lede's day", "en", "2024-06-20",
		"Families mourn Sarmin bakery dead\n\nAn air strike on a bakery in Sarmin on 3rd March killed nine civilians, a rights group said in a report on Thursday.\n\nOn 3 March, 17 people were also wounded, the group said.",
		[]string{"killed 9", "injured 17"}},
	{"Arabic: a day before من and its month is the lede's day", "ar", "2024-06-20",
		"قصف مخبز سرمين\n\nقتل تسعة مدنيين بغارة جوية على مخبز في سرمين في 3 من آذار، بحسب تقرير لمنظمة حقوقية صدر الخميس.\n\nوفي 3 آذار أصيب أيضاً 17 شخصاً بجروح.",
		[]string{"killed 9", "injured 17"}},
	{"a statement's verb before a comma does not date the clause after it", "en", "2023-05-20",
		"Pentagon briefs on Syria strikes\n\nA drone strike near Qah on Thursday killed a man the military called a militant, the Pentagon said.\n\nAs the command announced, on April 16th special forces raided a house in Sarmada and killed a senior ISIS commander.",
		[]string{"killed 1", "killed 1 bg"}},
	{"the same with a day in digits", "en", "2023-05-20",
		"Pentagon briefs on Syria strikes\n\nA drone strike near Qah on Thursday killed a man the military called a militant, the Pentagon said.\n\nAs the command announced, on April 16 special forces raided a house in Sarmada and killed a senior ISIS commander.",
		[]string{"killed 1", "killed 1 bg"}},
	// a Levantine month named with its Egyptian name after a slash, a
	// dash or in brackets is one date, not the month alone (a month's toll)
	{"Arabic: a Levantine month and its other name after a slash", "ar", "2025-01-13",
		"مقتل طفلين بانفجار لغم قرب معرة النعمان\n\nقتل طفلان يوم الأحد بانفجار لغم في حقل قرب معرة النعمان، بحسب الدفاع المدني.\n\nوأصيب رجل بجروح صباح الأحد (12 كانون الثاني/يناير) أثناء محاولته إسعاف الطفلين.",
		[]string{"killed 2", "injured 1"}},
	{"Arabic: a Levantine month and its other name after a dash", "ar", "2025-01-13",
		"مقتل طفلين بانفجار لغم قرب معرة النعمان\n\nقتل طفلان يوم الأحد بانفجار لغم في حقل قرب معرة النعمان، بحسب الدفاع المدني.\n\nوأصيب رجل بجروح صباح الأحد 12 كانون الثاني - يناير أثناء محاولته إسعاف الطفلين.",
		[]string{"killed 2", "injured 1"}},
	{"Arabic: the two names joined by a hyphen", "ar", "2025-01-13",
		"مقتل طفلين بانفجار لغم قرب معرة النعمان\n\nقتل طفلان يوم الأحد بانفجار لغم في حقل قرب معرة النعمان، بحسب الدفاع المدني.\n\nوأصيب رجل بجروح صباح الأحد 12 كانون الثاني-يناير أثناء محاولته إسعاف الطفلين.",
		[]string{"killed 2", "injured 1"}},
	{"English: a month's other name in brackets", "en", "2025-01-13",
		"Mine kills two children near Maarat al-Numan\n\nA landmine killed two children in a field near Maarat al-Numan on Sunday, rescuers said.\n\nA man was wounded on Sunday, 12 January (Kanun al-Thani), as he tried to reach the children.",
		[]string{"killed 2", "injured 1"}},
}

func TestDateForms(t *testing.T) { runBackgroundArticles(t, dateForms) }

// lastYearDays: a day and month followed by "last year" is that day a year
// before the publication, not this year's (here the publication's own day
// and month). Invented articles.
var lastYearDays = []backgroundArticle{
	{"a loss on a day of last year", "en", "2024-02-06",
		"A year on, Jindires families still live in tents\n\nJINDIRES, Syria — The lot where Abu Hassan's house stood has been cleared, but he still visits it every morning.\n\nHe lost two daughters when the building collapsed before dawn on 6 February last year.",
		[]string{"killed 2 bg"}},
	{"near-miss: the same day without last year is this week's", "en", "2024-02-08",
		"Shelling kills two in Atarib\n\nShelling on Atarib killed two civilians on 6 February, rescuers said.\n\nThe shelling on 6 February also wounded five people.",
		[]string{"killed 2", "injured 5"}},
}

func TestLastYearDays(t *testing.T) { runBackgroundArticles(t, lastYearDays) }

// TestMonthDay reads the day of a month in each order it is written.
func TestMonthDay(t *testing.T) {
	cases := []struct {
		text  string
		month string // the month word the day is asked of
		want  int    // 0: no day
	}{
		{"Jets struck on Feb. 3rd.", "feb", 3},
		{"Jets struck on 3rd February.", "february", 3},
		{"Jets struck on the 21st of March.", "march", 21},
		{"Jets struck on March 21st, 2024.", "march", 21},
		{"Five of March's dead were children.", "march", 0},
		{"قصفت الطائرات البلدة في 21 من آذار.", "اذار", 21},
		{"قصفت الطائرات البلدة في الحادي والعشرين من آذار.", "اذار", 21},
		{"قصفت الطائرات البلدة في آذار 21.", "اذار", 0}, // an Arabic day stands before its month
	}
	for _, c := range cases {
		x := extract(c.text, time.Time{})
		got, found := 0, false
		for k := range x.ts {
			if x.ts[k].w == c.month {
				found = true
				got, _ = x.monthDay(k, 0, len(x.ts))
			}
		}
		if !found {
			t.Fatalf("%q: no %q", c.text, c.month)
		}
		if got != c.want {
			t.Errorf("monthDay(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// sinceSpans: a since-phrase with a date or an event noun phrase sums up
// a longer period than the own incident (background), unless it points at
// the own incident or its day. Invented sentences.
var sinceSpans = []backgroundArticle{
	{"a day-month date fronted after a later day's own toll", "en", "2024-03-09",
		"Shelling hits Idlib villages for a third day\n\nShelling on Ariha killed four civilians on 8 March, rescuers said.\n\nSince 6 March, at least 19 people have been killed in the region, the monitor said.",
		[]string{"killed 4", "killed 19 bg"}},
	{"Arabic: a day-month date after a later day's own toll", "ar", "2024-03-09",
		"قصف على قرى إدلب لليوم الثالث\n\nقتل أربعة مدنيين بقصف على أريحا في 8 آذار، بحسب الدفاع المدني.\n\nومنذ 6 آذار قتل 19 شخصاً في المنطقة، بحسب المرصد.",
		[]string{"killed 4", "killed 19 bg"}},
	{"since an event noun phrase", "en", "2025-02-10",
		"Mine kills shepherd near Saraqib\n\nA landmine killed a shepherd near Saraqib on Sunday, rescuers said.\n\nMines and unexploded shells have killed 61 people across the province since the fall of Assad, the monitor said.",
		[]string{"killed 1", "killed 61 bg"}},
	{"Arabic: منذ and an event in the construct state", "ar", "2025-02-10",
		"مقتل راع بانفجار لغم قرب سراقب\n\nقتل راع بانفجار لغم أرضي قرب سراقب يوم الأحد، بحسب الدفاع المدني.\n\nوقال المرصد إن الألغام قتلت 61 شخصاً في المحافظة منذ سقوط النظام.",
		[]string{"killed 1", "killed 61 bg"}},
	{"since the own strike is the own incident", "en", "2024-04-03",
		"Strike on Sarmin market\n\nA strike hit a market in Sarmin on Tuesday morning, killing five people.\n\nSince the strike on Tuesday morning, rescuers have pulled 12 bodies from the rubble.",
		[]string{"killed 5", "killed 12"}},
	{"Arabic: since the own strike, and since dawn", "ar", "2024-04-03",
		"غارة على سوق سرمين\n\nقتل خمسة أشخاص بغارة على سوق في سرمين صباح اليوم الثلاثاء.\n\nوانتشلت فرق الإنقاذ منذ الغارة 12 جثة من تحت الأنقاض، وأصيب 20 شخصاً منذ فجر اليوم.",
		[]string{"killed 5", "killed 12", "injured 20"}},
	{"since late on the own day", "en", "2020-02-28",
		"33 Turkish soldiers killed in Idlib strike\n\nAn air strike killed 33 Turkish soldiers in Idlib province on Thursday, Turkish officials said.\n\nTurkish shelling has killed 16 Syrian troops since late Thursday, the monitor said.",
		[]string{"killed 33", "killed 16"}},
	{"a since-span in a relative clause after the figure dates its noun", "en", "2024-04-03",
		"Rebels storm army post near Saraqib\n\nRebels stormed an army post near Saraqib on Tuesday, a monitor said.\n\nThey killed 14 soldiers in the dawn assault on the post, which has been besieged since October.",
		[]string{"killed 14"}},
	{"since a start told at an hour of the own day", "en", "2021-09-14",
		"Russian raids pound Maarat al-Numan\n\nRussian jets raided Maarat al-Numan on Tuesday, killing nine civilians, rescuers said.\n\nSince the raids started at dawn, 14 people have died and 40 were hurt, the rescuers said.",
		[]string{"killed 9", "killed 14", "injured 40"}},
	{"since the early hours", "en", "2021-09-14",
		"Russian raids pound Maarat al-Numan\n\nRussian jets raided Maarat al-Numan on Tuesday, killing nine civilians, rescuers said.\n\nSince the early hours, medics have counted 14 dead.",
		[]string{"killed 9", "killed 14"}},
	{"since the end of the own raids", "en", "2021-09-14",
		"Russian raids pound Maarat al-Numan\n\nRussian jets raided Maarat al-Numan on Tuesday, killing nine civilians, rescuers said.\n\nSince the end of the raids, medics have recovered 16 bodies from the ruins.",
		[]string{"killed 9", "killed 16"}},
	{"Arabic: since the wounded arrived, and since the raids ended", "ar", "2021-09-14",
		"غارات على معرة النعمان\n\nقتل تسعة مدنيين بغارات روسية على معرة النعمان اليوم الثلاثاء، بحسب الدفاع المدني.\n\nومنذ وصول المصابين إلى المستشفى توفي اثنان منهم، ومنذ انتهاء الغارات انتشلت الفرق 16 جثة.",
		[]string{"killed 9", "killed 2", "killed 16"}},
	{"Arabic near-miss: since the raids resumed sums a longer span", "ar", "2021-09-14",
		"غارات على معرة النعمان\n\nقتل تسعة مدنيين بغارات روسية على معرة النعمان اليوم الثلاثاء، بحسب الدفاع المدني.\n\nوقتل 410 مدنيين في المحافظة منذ استئناف الغارات الروسية، وفق المرصد.",
		[]string{"killed 9", "killed 410 bg"}},
	{"since a start on another day sums the days", "en", "2021-09-14",
		"Russian raids pound Maarat al-Numan\n\nRussian jets raided Maarat al-Numan on Tuesday, killing nine civilians, rescuers said.\n\nSince the raids started on Saturday, 31 people have died in the town.",
		[]string{"killed 9", "killed 31 bg"}},
}

func TestSinceSpans(t *testing.T) { runBackgroundArticles(t, sinceSpans) }
