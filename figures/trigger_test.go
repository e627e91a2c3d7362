package figures

import "testing"

// A headline or lede that tells the own incident as coming after, or
// answering, an earlier one elsewhere (triggerClause, readTrigger): the
// earlier one's place and words are not the own incident's, so a later
// toll of it is background, named by its place or by its words alone.
// Invented articles; wants as in backgroundArticles, and every want must be
// extracted.
var triggerArticles = []backgroundArticle{
	{"a later toll of the trigger named by its place", "en", "2021-10-21",
		"Regime artillery hits Ariha a day after bus bombing in Damascus\n\n" +
			"Government guns shelled Ariha early on Wednesday, killing at least 10 people, one day after a bomb on a military bus in Damascus, the capital, killed 14 soldiers.\n\n" +
			"Local rescuers said three children were among the dead in Ariha.\n\n" +
			"State television said on Wednesday that the death toll from the Damascus bombing had risen to 15.",
		[]string{"killed 10", "killed 3", "killed 14 bg", "killed 15 bg"}},
	{"the trigger's toll from a source, its place in the headline only", "en", "2022-03-09",
		"Drones pound Sarmin after deadly rocket attack on Homs barracks\n\n" +
			"Government drones struck homes in Sarmin overnight, killing six civilians, two days after a rocket attack on army barracks in Homs.\n\n" +
			"A hospital in Sarmin received 12 wounded, its director said.\n\n" +
			"According to the Homs governor, 22 recruits were killed when the barracks came under attack.",
		[]string{"killed 6", "injured 12", "killed 22 bg"}},
	{"the lede under a key-points line tells the trigger again", "en", "2022-03-09",
		"Drones pound Sarmin after deadly rocket attack on Homs barracks\n\nKey points:\n\n" +
			"Government drones struck homes in Sarmin overnight, killing six civilians, two days after a rocket attack on army barracks in Homs.\n\n" +
			"According to the Homs governor, 22 recruits were killed when the barracks came under attack.",
		[]string{"killed 6", "killed 22 bg"}},
	{"ar the trigger named again by its words, not its place", "ar", "2022-03-09",
		"قصف مدفعي على بلدة سرمين بريف إدلب\n\n" +
			"قتل ستة مدنيين اليوم في قصف بالمدفعية نفذته قوات النظام على سرمين، وذلك رداً على الهجوم الذي طال حافلة عسكرية في مدينة حمص أمس.\n\n" +
			"وأصيب ١٢ آخرون بجروح بينهم أطفال، بحسب الدفاع المدني.\n\n" +
			"وكانت وسائل إعلام النظام أعلنت ارتفاع عدد قتلى الهجوم على الحافلة العسكرية إلى ١٨ عنصراً.",
		[]string{"killed 6", "injured 12", "killed 18 bg"}},
	// near-misses: a trigger in the own governorate (the writers split on
	// which incident is the article's), and a cause told with "after"
	{"a trigger in the own governorate is left to the other rules", "en", "2020-03-01",
		"Turkish drones hit army posts after strike kills 20 Turkish soldiers near Saraqib\n\n" +
			"On Saturday Turkish drones hit posts of the Syrian army in retaliation for a raid that killed 20 Turkish soldiers near Saraqib, in Idlib province.\n\n" +
			"A Turkish official said 30 more soldiers were wounded in the strike near Saraqib.",
		[]string{"killed 20", "injured 30"}},
	{"the own incident told again after 'after the'", "en", "2022-03-09",
		"Rescuers search rubble in Sarmin\n\n" +
			"Rescuers in Sarmin were still searching the rubble on Tuesday, a day after the strike that killed nine people in the town.\n\n" +
			"Two more bodies were recovered after the strike on Sarmin, rescuers said.",
		[]string{"killed 9", "killed 2"}},
	{"ar retaliation elsewhere, own words shared with the lede", "ar", "2022-03-09",
		"غارات على ريف إدلب رداً على هجوم في اللاذقية\n\n" +
			"قتل أربعة مدنيين بغارات روسية على بلدة كفرنبل اليوم، رداً على هجوم بطائرات مسيرة على قاعدة عسكرية في ريف اللاذقية.\n\n" +
			"وقال الدفاع المدني إن الغارات الروسية على كفرنبل أدت أيضاً إلى إصابة تسعة مدنيين.",
		[]string{"killed 4", "injured 9"}},
	{"the own toll after a closed trigger clause", "en", "2022-03-09",
		"Artillery hits Kafr Nabl in retaliation for Latakia attack\n\n" +
			"Government artillery hit Kafr Nabl on Tuesday in retaliation for a rocket attack on a base in Latakia, killing three civilians, rescuers said.",
		[]string{"killed 3"}},
	{"ar the own toll after a closed trigger clause", "ar", "2022-03-09",
		"قصف مدفعي على كفرنبل رداً على هجوم في اللاذقية\n\n" +
			"قصفت قوات النظام بلدة كفرنبل اليوم رداً على هجوم صاروخي على قاعدة في ريف اللاذقية، ما أدى إلى مقتل ثلاثة مدنيين.",
		[]string{"killed 3"}},
	{"near-miss: a relative clause on the trigger tells its toll", "en", "2022-03-09",
		"Artillery hits Kafr Nabl after Latakia attack\n\n" +
			"Government artillery hit Kafr Nabl on Tuesday after a rocket attack on a base in Latakia, which killed 11 soldiers, state media said.",
		[]string{"killed 11 bg"}},
}

func TestTriggerArticles(t *testing.T) {
	for _, c := range triggerArticles {
		wrong, missing := backgroundMatch(Extract(c.text, day(c.pub)), c.want)
		if len(wrong) > 0 || len(missing) > 0 {
			t.Errorf("%s: wrong background flag %v, not extracted %v", c.name, wrong, missing)
		}
	}
}

func TestTriggerClause(t *testing.T) {
	for _, c := range []struct {
		text, want string // want: the clause's first and last words, "" for none
	}{
		{"Jets pound Idlib after a deadly drone raid on the Homs academy", "after academy"},
		{"Shelling killed five, a day after a car bomb in Azaz, rescuers said.", "after Azaz"},
		{"Turkey struck back in retaliation for an air strike on its troops.", "retaliation troops"},
		{"Rescuers searched the site a day after the strike on Sarmin.", ""},
		{"The toll rose after it was hit again.", ""},
		{"قتل ستة رداً على الهجوم في حمص، بحسب ناشطين.", "رداً حمص"},
		{"قتل ستة عقب انفجار سيارة مفخخة في أعزاز.", "عقب أعزاز"},
		{"قتل ستة عقب وصولهم إلى المشفى.", ""},
		{"Jets hit Binnish after a raid on Hama, which killed two, and wounded four.", "after two"},
	} {
		x := extract(c.text, day("2022-03-09"))
		got := ""
		for _, s := range x.sents {
			if a, b := x.triggerClause(s); a < b {
				last := b - 1
				for last > a && x.ts[last].k != kWord {
					last--
				}
				got = x.text[x.ts[a].s:x.ts[a].e] + " " + x.text[x.ts[last].s:x.ts[last].e]
				break
			}
		}
		if got != c.want {
			t.Errorf("%q: trigger clause %q, want %q", c.text, got, c.want)
		}
	}
}
