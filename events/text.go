package events

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/idlibwatch/idlibwatch/textnorm"
)

// span is a sentence of a text: its byte offsets and its text.
type span struct {
	start, end int
	text       string
}

// words returns the normalized words of text (lower case, diacritics and
// Arabic letter variants folded, punctuation dropped).
func words(text string) []string {
	return strings.Fields(textnorm.Normalize(text))
}

// stopwords are frequent words that say nothing about which incident an
// article reports. Normalized forms (Arabic alef and ta marbuta folded).
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		a about above after again against also although among an and another any are around as at be because been
		before being below between both but by can could did does doing down during each early earlier few for from
		further had has have having he her here hers him his how however i if in into is it its itself just last
		late later least less like many may might more most much must near next no nor not now of off on once one
		only or other our out over own per said same says say saying she should since so some still such than that
		the their them then there these they this those though through to told too under until up upon very was
		we were what when where which while who whom whose why will with within without would year years you your
		reported according added including included two three four five six seven eight nine ten dozen first second
		told news reuters afp agency report reports statement thursday friday saturday sunday monday tuesday
		wednesday today yesterday week month people syria syrian northwestern northwest northern province
		في من على الى إلى عن مع ان أن إن هذا هذه ذلك التي الذي الذين كان كانت قد لم لا ما كما بعد قبل حيث او أو
		ثم بين عند منذ خلال حتى وقد وفي ومن وعلى الي عليه فيه به له لها هو هي هم وقال قال وقالت قالت اليوم امس
		سوريا السوري السورية ريف محافظة شمال غرب شمالي غربي
		killed wounded injured civilians attack attacks forces rebel rebels opposition government military
		area town city village countryside local sources monitor observatory rescuers civil defence defense white helmets
		قتلى جرحى مدنيين مدنيا قوات النظام المعارضة الدفاع المدني المرصد مقتل اصابه اصابة مناطق بلده بلدة مدينه مدينة قريه قرية`) {
		m[textnorm.Normalize(w)] = true
	}
	return m
}()

// Term is a word with how often it occurs.
type Term struct {
	Word  string `json:"w"`
	Count int    `json:"n"`
}

// topTerms returns the n most frequent content words of text, most frequent
// first (ties alphabetical, so the result is deterministic).
func topTerms(ws []string, n int) []Term {
	counts := map[string]int{}
	for _, w := range ws {
		if utf8.RuneCountInString(w) < 4 || stopwords[w] || isNumber(w) {
			continue
		}
		counts[w]++
	}
	return rank(counts, n)
}

func rank(counts map[string]int, n int) []Term {
	out := make([]Term, 0, len(counts))
	for w, c := range counts {
		out = append(out, Term{w, c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Word < out[j].Word
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// MergeTerms adds an article's terms to an event's, keeping the n most frequent.
func MergeTerms(event, article []Term, n int) []Term {
	counts := make(map[string]int, len(event)+len(article))
	for _, t := range event {
		counts[t.Word] += t.Count
	}
	for _, t := range article {
		counts[t.Word] += t.Count
	}
	return rank(counts, n)
}

// similarity is the weighed share of a report's words (see common) that
// an event's words hold: 0 (no word in common) to 1.
func similarity(event []Term, c *common) float64 {
	if c.total == 0 {
		return 0
	}
	n := 0.0
	for _, t := range event {
		n += c.weight[t.Word]
	}
	return n / c.total
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}
