package figures

import "testing"

// labelCases are fact-box lines ("label: value") written for this test: a
// label naming a metric and a group over a number, a range, a floor or a
// zero. Labels of another kind, a value with words after it, or a label
// with an unknown noun give nothing from the box reader.
var labelCases = []readingCase{
	{"label: range of civilians killed", "Drone strike on Sarmada\n\nStrike date: 4 March 2021\nCivilians reported killed: 7–9\n\nA drone hit a lorry near Sarmada.",
		[]string{"killed/civilians 7..9"}, false},
	{"label: floor of injured", "Shelling of Ariha\n\nCivilians reported injured: 25+\n\nShells fell on the market of Ariha.",
		[]string{"injured/civilians 25.."}, false},
	{"label: zero", "Raid near Atmeh\n\nCivilians reported killed: 0\n\nThe raid was short.",
		[]string{"killed/civilians 0"}, false},
	{"label: children and women lines", "Strike on Kafr Takharim\n\nChildren reported killed: 3\nWomen reported killed: 2\n\nThe strike hit a house.",
		[]string{"killed/children 3", "killed/women 2"}, false},
	{"label: plain deaths with a stop", "Toll of the flood\n\nDeaths: 14.\nInjured: 40\n\nThe river rose overnight.",
		[]string{"killed/people 14", "injured/people 40"}, false},
	{"label: civilian deaths in words", "Civilian deaths: 5 to 8\n\nThe town was hit at dawn.",
		[]string{"killed/civilians 5..8"}, false},
	{"label near-miss: unknown noun in the label", "Vehicles reported destroyed: 4\n\nThe convoy burned.",
		nil, false},
	{"label near-miss: words after the value", "Casualties: 12 according to the clinic, which counted them.",
		nil, false},
	{"label near-miss: a date", "Incident date: 12 May 2020\n\nNothing more was known.",
		nil, false},
}

func TestLabelLines(t *testing.T) { runReadingCases(t, "fact-box labels", labelCases) }
