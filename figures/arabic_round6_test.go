package figures

import "testing"

// arRound6Cases are Arabic sentences written for these tests on the
// kinds of Arabic miss that recur across heldout3..14 and dev2.
var arRound6Cases = []arCase{
	// a ministry's short name heading its statement is the ministry
	{"a headline by the ministry's short name, the body by its full one", "", "الدفاع الروسية: مقتل جنديين وإصابة 3 بهجوم قرب سراقب\n\nأعلنت وزارة الدفاع الروسية اليوم مقتل جنديين روسيين وإصابة 3 آخرين بهجوم على دورية.",
		[]string{"killed/troops 2 actor=Russian src=وزارة الدفاع الروسية", "injured/troops 3 actor=Russian src=وزارة الدفاع الروسية"}},
	{"the ministry told again", "", "وأعلنت وزارة الدفاع التركية مقتل 3 جنود وموظف مدني. وكانت الوزارة قد أعلنت في وقت سابق مقتل جنديين وموظف مدني.",
		[]string{"killed/troops 3 src=وزارة الدفاع التركية", "killed/civilians 1 src=وزارة الدفاع التركية", "killed/troops 2 src=الوزارة"}},
}

func TestArabicRound6(t *testing.T) {
	for _, c := range arRound6Cases {
		t.Run(c.name, func(t *testing.T) {
			checkReading(t, c.text, day(c.pub), c.want, true, false)
		})
	}
}
