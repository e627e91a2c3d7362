package figures

import "testing"

// A toll's metric comes from its modifier or its complement wherever it
// stands in the toll's noun phrase ("the final toll of the injured",
// "الحصيلة النهائية للجرحى"), not from the word after "toll" alone.
// Sentences written for this test.
var tollMetricCases = []struct {
	name string
	text string
	want []string
}{
	{"a verb's toll of the wounded",
		"Shelling on Binnish market\n\nShells hit the Binnish market on Friday. Medics put the toll of the wounded from Friday's shelling at 40.",
		[]string{"injured/people 40 src=Medics"}},
	{"an adjective before the complement",
		"Shelling on Binnish market\n\nShells hit the Binnish market on Friday. The final toll of the injured stood at 40, the civil defence said.",
		[]string{"injured/people 40 src=the civil defence"}},
	{"the wounded as the toll's modifier",
		"Shelling on Binnish market\n\nShells hit the Binnish market on Friday. The wounded toll climbed to 40.",
		[]string{"injured/people 40"}},
	{"gave the toll of injured as N",
		"Shelling on Binnish market\n\nShells hit the Binnish market on Friday. The hospital gave the toll of injured as 40.",
		[]string{"injured/people 40 src=The hospital"}},
	{"dead and wounded: casualties",
		"Shelling on Binnish market\n\nShells hit the Binnish market on Friday. The toll of dead and wounded stood at 52.",
		[]string{"casualties/people 52"}},
	{"a toll of the shelling counts the dead",
		"Shelling on Binnish market\n\nShells hit the Binnish market on Friday. Medics put the toll from the shelling at 12.",
		[]string{"killed/people 12 src=Medics"}},
	{"Arabic: the final toll of the wounded reached N",
		"قصف على سوق بنش\n\nقصفت قوات النظام سوق بنش يوم الجمعة. وبلغت الحصيلة النهائية للجرحى 40 شخصاً.",
		[]string{"injured/people 40"}},
	{"Arabic: the first toll of the injured rose to N",
		"قصف على سوق بنش\n\nقصفت قوات النظام سوق بنش يوم الجمعة. وارتفعت الحصيلة الأولية للمصابين إلى 40، وفق الدفاع المدني.",
		[]string{"injured/people 40 src=الدفاع المدني"}},
	{"Arabic: the final toll of the shelling counts the dead",
		"قصف على سوق بنش\n\nقصفت قوات النظام سوق بنش يوم الجمعة. وارتفعت الحصيلة النهائية للقصف إلى 12.",
		[]string{"killed/people 12"}},
	{"Arabic: one toll of the dead and the wounded is casualties",
		"قصف على سوق بنش\n\nقصفت قوات النظام سوق بنش يوم الجمعة. وبلغت حصيلة القتلى والجرحى 23 شخصاً حتى المساء.",
		[]string{"casualties/people 23"}},
	{"Arabic near-miss: a count of each after its own noun",
		"قصف على سوق بنش\n\nقصفت قوات النظام سوق بنش يوم الجمعة. وبلغت حصيلة القتلى 5 والجرحى 23 شخصاً.",
		[]string{"killed/people 5", "injured/people 23"}},
}

func TestTollMetric(t *testing.T) {
	for _, c := range tollMetricCases {
		t.Run(c.name, func(t *testing.T) { checkExtract(t, c.text, "2024-05-04", c.want) })
	}
}
