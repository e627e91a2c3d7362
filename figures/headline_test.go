package figures

import "testing"

// The headline is the first sentence that is not page furniture: a page
// that opens on its outlet's name ("Levant Courier", "نبأ الشمال") has
// its headline under it. What the headline tells is read there.
func TestHeadlinePastFurniture(t *testing.T) {
	for _, c := range []struct {
		name   string
		text   string
		fights bool
	}{
		{"English: outlet's name over the headline",
			"Levant Courier\n\nAir strikes and clashes shake villages south of Binnish\n\nWarplanes struck three villages south of Binnish on Tuesday, rescuers said.", true},
		{"English: headline first",
			"Air strikes and clashes shake villages south of Binnish\n\nWarplanes struck three villages south of Binnish on Tuesday, rescuers said.", true},
		{"English: fighting only in the lede is not the headline's",
			"Levant Courier\n\nAir strikes shake villages south of Binnish\n\nWarplanes struck three villages south of Binnish on Tuesday as clashes went on nearby, rescuers said.", false},
		{"Arabic: outlet's name over the headline",
			"نبأ الشمال\n\nغارات جوية واشتباكات في قرى جنوب بنش\n\nقصفت طائرات حربية ثلاث قرى جنوب بنش يوم الثلاثاء بحسب الدفاع المدني.", true},
		{"English: a headline signed by its wire is no caption",
			"Air strikes and clashes shake villages south of Binnish (AFP)\n\nWarplanes struck three villages south of Binnish on Tuesday, rescuers said.", true},
		{"Arabic: a headline signed by its wire is no caption",
			"غارات جوية واشتباكات في قرى جنوب بنش (رويترز)\n\nقصفت طائرات حربية ثلاث قرى جنوب بنش يوم الثلاثاء بحسب الدفاع المدني.", true},
		{"Arabic: headline first",
			"غارات جوية واشتباكات في قرى جنوب بنش\n\nقصفت طائرات حربية ثلاث قرى جنوب بنش يوم الثلاثاء بحسب الدفاع المدني.", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := extract(c.text, day("2024-05-08"))
			if x.own.fights != c.fights {
				t.Errorf("own.fights = %v, want %v", x.own.fights, c.fights)
			}
		})
	}
}

// A headline that names a province alone rounds up the day's towns, with
// the outlet's name over it or not: a mine in a town of the lede's
// province is one of them.
func TestHeadlineProvinceRoundup(t *testing.T) {
	body := "Strike kills four in Idlib's southern countryside\n\nA strike on Kafr Nabl killed four people on Monday, rescuers said.\n\nIn Ariha, a landmine killed two children, rescuers said."
	want := []string{"killed/people 4", "killed/people 4 src=rescuers", "killed/children 2 src=rescuers"}
	for _, pre := range []string{"", "Levant Courier\n\n", "Levant Courier | May 8, 2024\n\n"} {
		checkExtract(t, pre+body, "2024-05-08", want)
	}
}

// A lede that follows up a recent incident under a headline's figure is
// the own incident's, with the outlet's name and a date over the headline
// or not.
func TestHeadlineFigureFollowUp(t *testing.T) {
	body := "Toll of Kafr Nabl market strike rises to 9\n\nNine civilians have died after last week's strike on the Kafr Nabl market, medics said."
	want := []string{"killed/people 9", "killed/civilians 9 src=medics"}
	for _, pre := range []string{"", "Levant Courier\n\n", "Levant Courier\nMarch 12, 2024\n\n"} {
		checkExtract(t, pre+body, "2024-03-12", want)
	}
}

// A headline's bare role after its semicolon ("...; fighter killed") is
// read in the headline under the outlet's name too.
func TestHeadlineSemicolonRole(t *testing.T) {
	body := "Gunmen storm checkpoint near Harem; fighter killed\n\nGunmen attacked a checkpoint near Harem on Monday, a local commander said."
	for _, pre := range []string{"", "Levant Courier\n\n"} {
		checkExtract(t, pre+body, "2024-03-12", []string{"killed/combatants 1"})
	}
}

// A headline without the side and the body with it tell one death, with
// the outlet's name over the headline too.
func TestHeadlineFigureRestated(t *testing.T) {
	body := "Hurras al-Din Leader Killed In Drone Strike Near Darkush\n\nOn Sunday a drone hit a car near Darkush and killed Abu Omar al-Halabi, a top leader of the group linked to al-Qaeda."
	for _, pre := range []string{"", "Levant Courier\n\n"} {
		checkExtract(t, pre+body, "2024-03-12", []string{"killed/combatants 1 actor=al-Qaeda"})
	}
}

// A stamp that counts back from now ("12 min ago", "منذ 3 ساعات") is page
// furniture, no lede: the headline and lede are read past it.
func TestRelativeStampNoLede(t *testing.T) {
	for _, text := range []string{
		"Drone strike kills two men on Idlib road\n12 min ago\nA drone struck a car on the road between Sarmin and Saraqeb on Tuesday, killing two men, the civil defence said.",
		"Drone strike kills two men on Idlib road\n3 min read\nA drone struck a car on the road between Sarmin and Saraqeb on Tuesday, killing two men, the civil defence said.",
		"مقتل رجلين بغارة مسيرة على طريق في إدلب\nمنذ 3 ساعات\nاستهدفت طائرة مسيرة سيارة على الطريق بين سرمين وسراقب يوم الثلاثاء ما أدى إلى مقتل رجلين، بحسب الدفاع المدني.",
	} {
		x := extract(text, day("2024-05-08"))
		if !x.furniture(1) || x.own.ledeEnd != 3 {
			t.Errorf("%q: stamp furniture %v, lede ends at sentence %d, want true, 3", text, x.furniture(1), x.own.ledeEnd)
		}
	}
}

// A headline's count of people and the lede's count of the same people
// with a group, in the same voice, are one figure with the lede's group
// (figures.md: the same number restated by the same source); an attributed
// lede is a figure of its own, and the headline stays people. A headline
// cut in sentences by its own points is still the headline.
func TestHeadlineCountRestatedByLede(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"English, one voice", "Seven dead in Russian raid on Kafr Takharim\n\nA Russian air strike on the market of Kafr Takharim killed seven civilians on Friday morning.",
			[]string{"killed/civilians 7"}},
		{"English, the lede attributed", "Seven dead in Russian raid on Kafr Takharim\n\nA Russian air strike on the market of Kafr Takharim killed seven civilians on Friday morning, the White Helmets said.",
			[]string{"killed/people 7", "killed/civilians 7 src=the White Helmets"}},
		{"Arabic, one voice, headline cut by points", "غارة على كفرتخاريم.. سبعة قتلى بقصف روسي\n\nقُتل سبعة مدنيين صباح الجمعة بغارة روسية على سوق كفرتخاريم.",
			[]string{"killed/civilians 7"}},
		{"Arabic, the same source in headline and lede", "المرصد: 12 قتيلاً بغارات على ريف إدلب\n\nقُتل 12 مدنياً بغارات جوية على بلدات ريف إدلب، بحسب المرصد السوري لحقوق الإنسان.",
			[]string{"killed/civilians 12 src=المرصد السوري لحقوق الإنسان"}},
		{"near-miss: the lede counts another number", "Seven dead in Russian raid on Kafr Takharim\n\nA Russian air strike killed five civilians in the market on Friday.",
			[]string{"killed/people 7", "killed/civilians 5"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkReading(t, c.text, day("2024-03-08"), c.want, true, false) })
	}
}
