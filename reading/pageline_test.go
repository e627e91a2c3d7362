package reading

import (
	"strings"
	"testing"
)

// TestLabelsMayOpen: a paragraph whose head no teaser or chrome label can
// open is not folded; whenever labelsMayOpen says so, teaserLine and
// chromeLine on the whole reading of the line say false too.
func TestLabelsMayOpen(t *testing.T) {
	long := " the market was shelled twice before noon and again in the evening, residents of the town said on Sunday"
	lines := []string{
		"Read more: a strike on a bakery in the old city left many people without bread for days" + long,
		"READ ALSO | Shelling resumes on the villages south of the city as families leave their homes" + long,
		"Share this story with your friends and family, and follow us on every platform" + long,
		"(Reporting by a correspondent in the north; editing by the desk in the capital city)" + long,
		"Photo: smoke rises over the rooftops after the strike on the industrial area" + long,
		"Thematic reporting on the war in the north has grown over the last years, analysts said" + long,
		"The civil defence said its teams pulled the bodies of the victims from the rubble" + long,
		"Morecambe is not a town in the north of the country, but the sentence opens so" + long,
		"اقرأ أيضاً: غارات على ريف المدينة الجنوبي تخلف قتلى وجرحى بين المدنيين في القرى القريبة" + long,
		"الوسوم: قصف، غارات، ريف المدينة، المدنيون، النازحون، المخيمات، الشمال السوري" + long,
		"قال الدفاع المدني إن فرقه انتشلت جثث الضحايا من تحت الأنقاض بعد الغارة على السوق" + long,
		"أفاد مراسلنا بأن القصف استهدف الأحياء السكنية في المدينة صباح اليوم وأوقع ضحايا" + long,
		"ـــ" + long,
		"é" + long,
	}
	for _, line := range lines {
		var folds strings.Builder
		whole := pageLine{text: line, head: foldHead(&folds, line), words: wordCount(line, 25), most: 25}
		if !labelsMayOpen(line) && (teaserLine(whole) || chromeLine(whole)) {
			t.Errorf("labelsMayOpen(%q) = false, but a label opens it", line)
		}
		read := readPageLine(&folds, line, false)
		if teaserLine(read) != teaserLine(whole) || chromeLine(read) != chromeLine(whole) || metaLine(read) != metaLine(whole) {
			t.Errorf("%q: a paragraph read for the labels alone reads otherwise than read whole", line)
		}
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Read more: the earlier strikes on the town" + long, true},
		{"Tags: Idlib, shelling, civilians" + long, true},
		{"The ministry said the strike killed seven people" + long, false},
		{"اقرا ايضا: القصف على ريف المدينة" + long, true},
		{"قال الدفاع المدني إن سبعة قتلوا" + long, false},
	} {
		if got := labelsMayOpen(c.line); got != c.want {
			t.Errorf("labelsMayOpen(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestClipText: a text past Read's limit is cut at a rune's start.
func TestClipText(t *testing.T) {
	for _, c := range []struct {
		text string
		max  int
		want string
	}{
		{"Idlib", 10, "Idlib"},
		{"Idlib", 5, "Idlib"},
		{"Idlib", 3, "Idl"},
		{"إدلب", 3, "إ"},
		{"إدلب", 4, "إد"},
		{"إدلب", 1, ""},
	} {
		if got := clipText(c.text, c.max); got != c.want {
			t.Errorf("clipText(%q, %d) = %q, want %q", c.text, c.max, got, c.want)
		}
	}
}
