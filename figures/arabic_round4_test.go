package figures

import "testing"

// arRound4Cases are Arabic sentences written for these tests on what fresh
// reporting showed read wrong: a toll that "exceeded" a number (تجاوز,
// تخطى) is past it, as "more than"; near-misses keep their number.
var arRound4Cases = []arCase{
	{"the dead exceeded a number", "", "وقال المرصد إن عدد القتلى تجاوز 60 شخصاً.",
		[]string{"killed/people 61.. src=المرصد"}},
	{"the wounded exceeded, feminine verb", "", "وأعلنت المديرية أن حصيلة الجرحى تجاوزت 250 جريحاً.",
		[]string{"injured/people 251.. src=المديرية"}},
	{"the victims passed a hundred, word number", "", "وأكد الأطباء أن عدد الضحايا تخطى مئة قتيل.",
		[]string{"killed/people 101.. src=الأطباء"}},
	{"near-miss: the toll rose to a number", "", "وقال المرصد إن عدد القتلى ارتفع إلى 60 شخصاً.",
		[]string{"killed/people 60 src=المرصد"}},
}

func TestArabicRound4(t *testing.T) {
	for _, c := range arRound4Cases {
		t.Run(c.name, func(t *testing.T) {
			checkReading(t, c.text, day(c.pub), c.want, true, false)
		})
	}
}
