package figures

import "github.com/idlibwatch/idlibwatch/reading"

// The lexicons a rule asks of nearly every token stand behind a
// reading.WordFilter: most words are in none, and the filter says so in
// two loads where the map hashes the word. Filtered: the time words
// temporals asks of each word of a sentence with a figure, the verbs of
// mourning and the nouns of a death with a pronoun arIndividual asks of
// each Arabic word, the foreign names foreignClause asks of a figure's
// clause.
var (
	enCurrentFilter      = reading.FilterOf(enCurrent)
	arCurrentFilter      = reading.FilterOf(arCurrent)
	arMournFilter        = reading.FilterOf(arMournVerbs)
	arPronounDeathFilter = reading.FilterOf(arPronounDeath)
	foreignFilter        = reading.FilterOf(foreignWords)
)

// inArCurrent is lookup(arCurrent, *t)'s ok, behind the filter.
func inArCurrent(t *tok) bool {
	if arCurrentFilter.May(t.w) {
		if _, ok := arCurrent[t.w]; ok {
			return true
		}
	}
	if !t.ar || t.stem == t.w || !arCurrentFilter.May(t.stem) {
		return false
	}
	_, ok := arCurrent[t.stem]
	return ok
}
