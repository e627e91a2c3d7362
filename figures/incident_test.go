package figures

import "testing"

// Background by event: each case gives the reading figures.md expects.
// "appendix B" cases are the invented examples of
// ../shared/spec/extraction-errors.md; the others are written for this test.
var incidentCases = []struct {
	name string
	pub  string
	text string
	want []string
}{
	// appendix B, class T: a follow-up about the article's own incident
	{"B/T last week's strike", "2024-03-14",
		"At least nine civilians were killed in last week's strike on Kafr Nabl, a new investigation found.",
		[]string{"killed/civilians 9.."}},
	{"B/T dated own strike", "2024-03-12",
		"The March 3 strike on the bakery killed four rescuers, the group said in a follow-up report.",
		[]string{"killed/civilians 4 src=the group"}},
	// appendix B, leaks
	{"B/LK undated comparable", "",
		"His predecessor was killed in a comparable operation in 2019.",
		[]string{"killed/combatants 1 bg"}},
	{"B/LK cumulative", "",
		"Officials said the cumulative toll for the whole war had reached 41,200.",
		[]string{"killed/people 41200 bg src=Officials"}},
	{"B/LK separately", "",
		"Separately, a car bomb in Azaz killed two people the same day.",
		[]string{"killed/people 2 bg"}},
	{"B/LK hours after", "",
		"The strike came hours after a drone attack on Homs killed dozens.",
		[]string{"killed/people 24.. vague bg"}},
	// written for this test
	{"follow-up names the own place", "2024-05-20",
		"Strike on Kafr Nabl school\n\nA strike hit a school in Kafr Nabl on Monday. The strike on Kafr Nabl on May 2 killed six pupils, a report found.",
		[]string{"killed/children 6"}},
	{"number bug: a day of a month is no count", "2024-02-16",
		"Shelling on February 15 killed a man in Ariha.",
		[]string{"killed/people 1"}},
	{"own place, new incident", "2024-05-20",
		"Strike on Kafr Nabl school\n\nA strike hit a school in Kafr Nabl on Monday. In March, a car bomb in Kafr Nabl killed two people.",
		[]string{"killed/people 2 bg"}},
	{"similar blast", "",
		"Strike kills 3 in Sarmin\n\nA strike on Sarmin killed three people on Monday. A similar blast in Ariha killed five on Sunday.",
		[]string{"killed/people 3", "killed/people 5 bg"}},
	{"displaced by war is no toll", "",
		"Air strikes on a camp housing families uprooted by war killed 28 people on Thursday.",
		[]string{"killed/people 28"}},
	{"since the uprising", "",
		"Shelling killed two children in Ariha. More than 300,000 people have been killed since the uprising began.",
		[]string{"killed/children 2", "killed/people 300001.. bg"}},
	{"since a weekday after a strike", "",
		"A drone strike on a car killed four people in Harem on Friday. Attacks on the region have killed 31 people since Monday, the monitor said.",
		[]string{"killed/people 4", "killed/people 31 bg src=the monitor"}},
	{"since a weekday in an offensive", "",
		"Fighting rages near Saraqeb\n\nThe death toll from the fighting has risen to 80 since Tuesday, the monitor said.",
		[]string{"killed/people 80 src=the monitor"}},
	{"deadliest this year compares", "2023-05-02",
		"A missile hit a camp near Atmeh on Monday, killing six people, in one of the deadliest attacks this year.",
		[]string{"killed/people 6"}},
	{"past seven days", "",
		"A bomb killed one man in Binnish. Strikes killed 40 civilians in the past seven days, the group said.",
		[]string{"killed/people 1", "killed/civilians 40 bg src=the group"}},
	{"from until", "",
		"A strike killed a nurse in Idlib. From March 2022 until June, rescuers recorded 210 deaths.",
		[]string{"killed/people 1", "killed/people 210 bg src=rescuers"}},
	{"fighting in a strike article", "",
		"Air strike on market kills 7\n\nAn air strike on the market of Ariha killed seven civilians. Clashes on the front line killed 11 fighters.",
		[]string{"killed/people 7", "killed/civilians 7", "killed/combatants 11 bg"}},
	{"another missile is the same attack", "",
		"Missiles hit a camp in Qah, killing three people. Another missile hit a clinic, killing a nurse.",
		[]string{"killed/people 3", "killed/people 1"}},
	{"undated article names a later year", "",
		"Report, May 2021\n\nA strike killed a commander in Sarmada. In July of 2019, a raid killed two fighters.",
		[]string{"killed/combatants 1", "killed/combatants 2 bg"}},
}

func TestIncidentBackground(t *testing.T) {
	for _, c := range incidentCases {
		t.Run(c.name, func(t *testing.T) { checkExtract(t, c.text, c.pub, c.want) })
	}
}
