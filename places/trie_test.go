package places

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/idlibwatch/idlibwatch/reading"
	"github.com/idlibwatch/idlibwatch/textnorm"
)

// longestByFold is longest as it read before the trie: each window folded
// whole and looked up, stopped when what it starts with starts no key.
func longestByFold(ix *index, prefixes map[string]bool, toks []textnorm.Token, first string) (int, entry) {
	n, found := 0, entry{}
	var words []string
	for w := 1; w <= min(ix.maxTokens, len(toks)); w++ {
		if w == 1 {
			words = append(words, first)
		} else {
			words = append(words, toks[w-1].Norm)
		}
		key := fold(words)
		if e, ok := ix.keys[key]; ok && w <= e.maxTokens && (!e.cased || toks[0].Upper) {
			n, found = w, e
		}
		_, size := utf8.DecodeLastRuneInString(key)
		if !prefixes[key[:len(key)-size]] {
			break
		}
	}
	return n, found
}

// TestTrieLongest: longest reads every window of the gazetteer's own
// spellings, of texts written to fold across words ("Kafr Takharim",
// "Maa rrat", "Salq een", "Darko ush") and of those spellings run
// together, as folding each window whole does.
func TestTrieLongest(t *testing.T) {
	texts := append([]string{}, readerTexts...)
	texts = append(texts,
		"Kafr Takharim and Kafrtakharim, Maa rrat al Nu man, Salq een, Darko ush, Sar me en, Idl ib, Ee dlib",
		"ma arrat mis reen; jisr al shugh our; khan shay khoun; a tarib; de ir ez zor; al bu kamal; tall rifaat",
		"eee ooo ouo eoe oue ieei idlibb iddlib aazaz azaaz Darkoosh Khan Shaykhoon Hmeimeem", "وجسر الشغور بالغوطة الشرقية للدانا فالرقة ودير الزور")
	for _, ix := range []*index{idx, idxAll} {
		prefixes := map[string]bool{}
		var spellings []string
		for key := range ix.keys {
			for j := range key {
				prefixes[key[:j]] = true
			}
		}
		for _, p := range ix.places {
			spellings = append(spellings, p.Name, p.Arabic, strings.Join(p.Names, " "), strings.ToLower(p.Name))
		}
		for _, text := range append(texts, spellings...) {
			toks := textnorm.Tokens(text)
			for i := range toks {
				firsts := []string{toks[i].Norm}
				reading.Stems(toks[i].Norm, true, func(s string, _ bool) bool {
					firsts = append(firsts, s)
					return true
				})
				for _, first := range firsts {
					gotN, gotE := ix.longest(toks[i:], first)
					wantN, wantE := longestByFold(ix, prefixes, toks[i:], first)
					if gotN != wantN || gotE != wantE {
						t.Errorf("longest at %q (%q) of %q: %d %+v, folding whole reads %d %+v", toks[i].Norm, first, text, gotN, gotE, wantN, wantE)
					}
				}
			}
		}
	}
}
