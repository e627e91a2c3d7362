package figures

import (
	"strings"
	"testing"
)

// arabicCases: the Arabic examples of Appendix B of
// ../shared/spec/extraction-errors.md (invented for that report) with the
// reading figures.md gives them, and sentences written for these tests,
// one or more per construction. todo marks a reading not reached yet.
var arabicCases = []struct {
	name string
	text string
	want []string
	todo bool
}{
	// morphology: clitics, duals, feminine forms, counted singulars
	{"B ARM حالة وفاة", "ارتفع عدد الضحايا لأكثر من 250 حالة وفاة.",
		[]string{"killed/people 251.."}, true},
	{"B ARM counted singular", "استقبل المستشفى 14 قتيلاً و23 إصابة.",
		[]string{"killed/people 14", "injured/people 23"}, false},
	{"thousands and rest", "وارتفعت حصيلة الضحايا إلى 71 ألفًا و824 قتيلاً.",
		[]string{"killed/people 71824"}, false},
	{"li prefix on a qualifier", "وارتفع عدد القتلى لأكثر من 40 شخصا.",
		[]string{"killed/people 41.."}, false},
	{"feminine dual of a role noun", "وقتلت في القصف معلمتان.",
		[]string{"killed/women 2"}, false},
	{"singular after eleven", "ووثق الفريق 37 ضحية في المدينة.",
		[]string{"casualties/people 37 src=الفريق"}, false},
	{"feminine subject and its verb", "ولقيت طفلة مصرعها في الغارة.",
		[]string{"killed/children 1"}, false},
	{"open-class singular noun", "وأصيب طبيب بجروح طفيفة.",
		[]string{"injured/people 1"}, false},
	{"possessive dual", "وقتل رجل وطفلاه في القصف.",
		[]string{"killed/people 1", "killed/children 2"}, false},
	{"verb of martyrdom", "وقال الدفاع المدني إن 12 شخصا ارتقوا في الغارات.",
		[]string{"killed/people 12 src=الدفاع المدني"}, false},
}

func TestExtractArabic(t *testing.T) {
	for _, c := range arabicCases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, f := range Extract(c.text, day("")) {
				got = append(got, short(f))
			}
			ok := strings.Join(got, "\n") == strings.Join(c.want, "\n")
			if c.todo {
				if ok {
					t.Errorf("%s: passes now, drop todo", c.text)
				}
				t.Skipf("not read yet: %s (got %v)", c.text, got)
			}
			if !ok {
				t.Errorf("%s\n got:\n  %s\nwant:\n  %s", c.text, strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
			}
		})
	}
}

func TestArabicSegment(t *testing.T) {
	cases := map[string]string{
		"وزوجتها": "زوجه", "طفلاهم": "طفلان", "وطفليهم": "طفلين", "قائدهم": "قائد",
		"لاكثر": "اكثر", "بالمدنيين": "مدنيين", "معلمتان": "معلمتان", "كتاب": "كتاب",
	}
	for in, want := range cases {
		if got := arStem(in); got != want {
			t.Errorf("arStem(%s) = %s, want %s", in, got, want)
		}
	}
}
