package reading

import (
	"strings"
	"unicode/utf8"
)

// proclitics are the clitics Arabic writes before a word, longest first: a
// conjunction (و ف), a preposition (ب ل ك) and the article (ال, written لل
// after ل), alone or in the orders the language allows.
var proclitics = [...]string{"وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "وب", "ول", "وك", "فب", "و", "ف", "ب", "ل", "ك"}

// Stems calls yield with each reading of a normalized Arabic word w without
// the clitics written before it, the longest clitics first, while yield
// returns true. A stem keeps at least two letters. article says whether the
// clitics held the article: a lexicon of verbs takes no stem that had one
// (التابع is not تابع).
//
// With keepArticle the article stays on the stem (والمرصد gives المرصد,
// للدانا gives الدانا) for lexicons that list words with their article
// (place names, phrases); the stems are then those of the conjunction and
// the preposition alone.
//
// The caller checks each stem against its own words: a segmentation that
// leaves no known word is no segmentation.
func Stems(w string, keepArticle bool, yield func(stem string, article bool) bool) {
	r, _ := utf8.DecodeRuneInString(w)
	if r < procliticBase || r >= procliticBase+rune(len(procliticsBy)) {
		return // no clitic starts so (nor a Latin word)
	}
	for _, p := range procliticsBy[r-procliticBase] {
		if len(w) <= len(p.p)+2 || !strings.HasPrefix(w, p.p) {
			continue
		}
		stem := w[len(p.p):]
		if keepArticle && p.article {
			if !p.lam {
				continue // the same stem as the clitics before the article
			}
			stem = "ال" + stem
		}
		if !yield(stem, p.article) {
			return
		}
	}
}

// proclitic is an entry of proclitics: whether it holds the article, and
// whether it writes it لل (after ل).
type proclitic struct {
	p       string
	article bool // ends in ال or لل
	lam     bool // ends in لل
}

// procliticBase is the first Arabic letter (ء): procliticsBy[r-procliticBase]
// are the proclitics that open with the letter r, in the order of
// proclitics, so that Stems tries only those a word can start with.
const procliticBase = 0x0621

var procliticsBy = func() (by [0x064A - procliticBase + 1][]proclitic) {
	for _, p := range proclitics {
		r, _ := utf8.DecodeRuneInString(p)
		lam := strings.HasSuffix(p, "لل")
		by[r-procliticBase] = append(by[r-procliticBase], proclitic{p: p, article: lam || strings.HasSuffix(p, "ال"), lam: lam})
	}
	return by
}()

// Unarticled is a name without its article and the clitics before it
// (المرصد, والمرصد and بالمرصد give مرصد), or the name when it has none,
// or when no more than a letter would be left.
func Unarticled(w string) string {
	out := w
	Stems(w, false, func(stem string, article bool) bool {
		if !article {
			return true
		}
		out = stem
		return false
	})
	return out
}
