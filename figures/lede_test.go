package figures

import (
	"testing"

	"github.com/idlibwatch/idlibwatch/reading"
)

// The own incident read from the headline and the lede past the page's
// furniture (reading.Line.Furniture): an outlet's name, a byline, a
// timestamp, a caption between them. Pages written for this test.
var ledeCases = []struct {
	name string
	pub  string
	text string
	want []string
}{
	{"byline and stamp before the lede: its day is the own", "2024-03-12",
		"Shelling hits market in Maarat Misrin\n\nLevant Courier Staff\n12 March, 2024\n\nRegime shelling killed four people at a market in Maarat Misrin on Tuesday, rescuers said.\n\nOn Sunday, a drone strike on a car near Harem killed two men.",
		[]string{"killed/people 4 src=rescuers", "killed/people 2 bg"}},
	{"a caption under the headline is not the lede", "2024-05-02",
		"Drone strike on farmers near Sarmin\n\nVolunteers carry a stretcher in Atarib after a strike in 2020. Jane ROE AFP\n\nA drone strike killed three farmers in fields outside Sarmin on Thursday, the civil defence said.",
		[]string{"killed/people 3 src=the civil defence"}},
	{"Arabic: byline and date lines before the lede", "2024-03-12",
		"قصف على سوق معرة مصرين\n\nحارم - نبأ الشمال\n١٢ آذار ٢٠٢٤\n\nقتل أربعة مدنيين بقصف مدفعي على سوق مدينة معرة مصرين اليوم الثلاثاء.\n\nوكان قصف مماثل على أريحا قد أودى بحياة طفلين الأحد الماضي.",
		[]string{"killed/civilians 4", "killed/children 2 bg"}},
	{"two days after: the raid's day", "2024-03-15",
		"Toll of market raid climbs\n\nThe Levant Courier\n15 March, 2024\n\nEight people have now died after the raid on the Harem market, medics said on Friday, two days after the raid. A man on a ventilator since Wednesday died in the night, they said.",
		[]string{"killed/people 8 src=medics", "killed/people 1 src=medics"}},
	{"a speaker's seat is no place", "2023-10-06",
		"الجيش ينفذ ضربات على ريف إدلب\n\nأعلنت وزارة الدفاع أن الجيش نفذ ضربات على ريف إدلب يوم الجمعة.\n\nوذكر المكتب الإعلامي في مدينة اللاذقية أن الضربات قضت على 25 مسلحاً.",
		[]string{"killed/combatants 25 src=المكتب الإعلامي"}},
	{"the own town, years back, is another incident", "2024-05-03",
		"Shelling on Sarmin school run\n\nSARMIN — Shells fell on the school road in the morning on April 30, killing nine people.\n\nShopkeepers in Sarmin still speak of the 2015 raid on a Taftanaz mosque, which left 30 worshippers dead.",
		[]string{"killed/people 9", "killed/people 30 bg src=Shopkeepers in Sarmin still"}},
	{"a mine in a day's round-up of several places", "2024-06-11",
		"Attacks across southern Idlib\n\nAttacks hit several villages in southern Idlib on Monday, with two farmers killed in shelling on Kansafra.\n\nIn Jabal al-Zawiya, a boy died when a mine went off near Fleifel.",
		[]string{"killed/people 2", "killed/children 1"}},
	{"it believes: the pronoun is the speaker", "2023-01-19",
		"Monitor blames army for camp rockets\n\nA monitoring group says rockets fired by the army hit tents near Atmeh on Monday, in a raid it believes left 7 civilians dead.",
		[]string{"killed/civilians 7 src=A monitoring group"}},
	// near misses of the furniture's rules: a headline they took for
	// furniture had the lede read as the headline and the next paragraph
	// as the lede, and Monday's other strike read as the own incident's
	{"a headline's media label is no caption's credit", "2024-05-04",
		"Shells hit Binnish bakery queue on Friday (photos/video)\n\nLevant Courier | 4 May 2024\n\nShells struck a bakery queue in Binnish in the morning, killing six people, rescuers said.\n\nOn Monday, a drone strike near Sarmin killed two farmers, residents said.",
		[]string{"killed/people 6 src=rescuers", "killed/people 2 bg src=residents"}},
	{"a headline signed after a dash is no dateline", "2024-05-04",
		"Shelling Kills Six in Binnish on Friday (UPDATED) - Levant Courier\n\nBINNISH, Syria (Levant Wire) - Shells struck a bakery queue, killing six people, rescuers said.\n\nOn Monday, a drone strike near Sarmin killed two farmers, residents said.",
		[]string{"killed/people 6", "killed/people 6 src=rescuers", "killed/people 2 bg src=residents"}},
	{"Arabic: a headline signed after a dash is no dateline", "2024-05-04",
		"مقتل ستة بقصف على بنش يوم الجمعة (محدث) - نبأ الشمال\n\nسقطت قذائف على طابور أمام فرن في بنش صباحاً ما أدى إلى مقتل ستة أشخاص بحسب الدفاع المدني.\n\nويوم الاثنين قتل مزارعان بغارة مسيرة قرب سرمين.",
		[]string{"killed/people 6", "killed/people 6 src=الدفاع المدني", "killed/people 2 bg"}},
	{"a headline in title case is no byline", "2024-05-04",
		"Binnish Mourns Its Children\n\nBy Jane Roe | May 4, 2024\n\nFour children were killed on Friday when shells hit their school, teachers said.\n\nOn Monday, a drone strike near Sarmin killed two farmers, residents said.",
		[]string{"killed/children 4 src=teachers", "killed/people 2 bg src=residents"}},
	{"Arabic: a short bloody headline is no outlet's name", "2024-05-04",
		"ليلة دامية في بنش\n\nنبأ الشمال\n\nقتل أربعة أطفال يوم الجمعة بقصف على مدرستهم في بنش.\n\nويوم الاثنين قتل مزارعان بغارة مسيرة قرب سرمين.",
		[]string{"killed/children 4", "killed/people 2 bg"}},
	{"a lede signed by its wire is no caption", "2024-05-04",
		"Drone strike on Binnish road\n\nFour people were killed on Friday when a drone hit a van on the Binnish road, rescuers said. (AFP)\n\nOn Monday, a drone strike near Sarmin killed two farmers, residents said.",
		[]string{"killed/people 4 src=rescuers", "killed/people 2 bg src=residents"}},
	{"Arabic: a lede signed by its wire is no caption", "2024-05-04",
		"غارة مسيرة على طريق بنش\n\nقتل أربعة أشخاص يوم الجمعة بغارة مسيرة على سيارة على طريق بنش، بحسب الدفاع المدني. (رويترز)\n\nويوم الاثنين قتل مزارعان بغارة مسيرة قرب سرمين.",
		[]string{"killed/people 4 src=الدفاع المدني", "killed/people 2 bg"}},
	{"a dateline with its date opens a lede that carries the toll", "2024-05-04",
		"Drone strike on Binnish road\n\nBINNISH, Syria, May 4 (Levant Wire) - A drone strike killed four people in a van on Friday, rescuers said.\n\nOn Monday, a drone strike near Sarmin killed two farmers, residents said.",
		[]string{"killed/people 4 src=rescuers", "killed/people 2 bg src=residents"}},
	{"Arabic: a dateline with its date opens a lede that carries the toll", "2024-05-04",
		"غارة مسيرة على طريق بنش\n\nبنش، 4 أيار (نبأ الشمال) - قتل أربعة أشخاص يوم الجمعة بغارة مسيرة على سيارة، بحسب الدفاع المدني.\n\nويوم الاثنين قتل مزارعان بغارة مسيرة قرب سرمين.",
		[]string{"killed/people 4 src=الدفاع المدني", "killed/people 2 bg"}},
}

func TestLedePastFurniture(t *testing.T) {
	for _, c := range ledeCases {
		t.Run(c.name, func(t *testing.T) { checkExtract(t, c.text, c.pub, c.want) })
	}
}

// The own incident's year and day as the lede past the furniture gives
// them: a dateline's and a timestamp's dates are the report's, a year
// after "since" opens a span.
func TestLedeOwnDates(t *testing.T) {
	for _, c := range []struct {
		name, pub, text string
		year            int
		dates           []int
	}{
		{"since a year", "2024-01-14",
			"Rival factions fight in Darat Izza\n\nIt is the third such feud between the two factions since 2016.", 0, nil},
		{"a dateline's date", "2024-05-03",
			"Court hears case of Binnish bakery raid\n\n(Amman, May 3, 2024) – Judges heard the case of a pilot charged over a raid on a bakery in Binnish in 2013.", 2013, nil},
		{"a wire dateline's date", "2024-05-03",
			"Car bomb hits Dana market\n\nDANA, Syria, May 3 (Wire) - A car bomb went off in a market in Dana on Thursday.", 0, nil},
		{"a timestamp line", "2024-03-18",
			"Car bomb hits Dana market\n\nPublished 18 March 2024, 10:42 GMT\n\nA car bomb went off in a market in Dana on March 17.", 0, []int{317}},
		{"Arabic date line", "2024-03-18",
			"انفجار سيارة مفخخة في سوق الدانا\n\n١٨ آذار ٢٠٢٤\n\nانفجرت سيارة مفخخة في سوق مدينة الدانا في 17 آذار.", 0, []int{317}},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := extract(c.text, day(c.pub))
			if x.own.year != c.year || len(x.own.dates) != len(c.dates) {
				t.Fatalf("own year %d dates %v, want %d %v", x.own.year, x.own.dates, c.year, c.dates)
			}
			for i := range c.dates {
				if x.own.dates[i] != c.dates[i] {
					t.Fatalf("own dates %v, want %v", x.own.dates, c.dates)
				}
			}
		})
	}
}

// A town in the page's own outlet's name names the outlet, not a place.
func TestOutletNameNoPlace(t *testing.T) {
	for _, text := range []string{
		"Strike on Darkush quarry\n\nRussian jets struck a quarry near Darkush, and an Atarib Today photographer saw the bodies.",
		"غارة على مقلع قرب دركوش\n\nقصفت طائرات روسية مقلعاً قرب دركوش، ووصل مصور أتارب اليوم إلى المكان.",
	} {
		d := reading.Read(text)
		d.Outlet = "Atarib Today"
		if text[0] > 0x7f {
			d.Outlet = "أتارب اليوم"
		}
		x := extractDoc(d, day("2024-09-03"))
		for si := range x.sents {
			for _, r := range x.sentRefs(si) {
				if r.name == "Atarib" || r.name == "al-Atarib" {
					t.Errorf("%q: the outlet's name read as a place", d.Outlet)
				}
			}
		}
	}
}
