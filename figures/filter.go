package figures

// wordFilter stands before a lexicon a rule asks of nearly every token
// (as reading's does): most words are in none, and the filter says so in
// two loads where the map hashes the word. It holds a bit for each key's
// length and last byte; a word whose bit is clear is no key.
type wordFilter [32]uint64

// filterOf is the filter of m's keys; m must be complete (no init adds
// to it later) and hold no empty key.
func filterOf[V any](m map[string]V) *wordFilter {
	var f wordFilter
	for w := range m {
		if w == "" {
			panic("figures: an empty word in a filtered lexicon")
		}
		f[len(w)&31] |= 1 << (w[len(w)-1] & 63)
	}
	return &f
}

// may reports whether w may be a key: false only when it is none.
func (f *wordFilter) may(w string) bool {
	n := len(w)
	return n > 0 && f[n&31]>>(w[n-1]&63)&1 != 0
}

// The lexicons filtered: the time words temporals asks of each word of a
// sentence with a figure, the verbs of mourning and the nouns of a death
// with a pronoun arIndividual asks of each Arabic word.
var (
	enCurrentFilter      = filterOf(enCurrent)
	arCurrentFilter      = filterOf(arCurrent)
	arMournFilter        = filterOf(arMournVerbs)
	arPronounDeathFilter = filterOf(arPronounDeath)
)

// inArCurrent is lookup(arCurrent, *t)'s ok, behind the filter.
func inArCurrent(t *tok) bool {
	if arCurrentFilter.may(t.w) {
		if _, ok := arCurrent[t.w]; ok {
			return true
		}
	}
	if !t.ar || t.stem == t.w || !arCurrentFilter.may(t.stem) {
		return false
	}
	_, ok := arCurrent[t.stem]
	return ok
}
