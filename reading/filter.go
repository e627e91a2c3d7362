package reading

// wordFilter stands before a lexicon: most words of a text are in none,
// and the filter says so in two loads where the map hashes the word. It
// holds a bit for each key's length and last byte; a word whose bit is
// clear is no key. (English keys differ in their last letter, Arabic ones
// in the last byte of their last letter.)
type wordFilter [32]uint64

// filterOf is the filter of m's keys; no key may be empty.
func filterOf[V any](m map[string]V) *wordFilter {
	var f wordFilter
	for w := range m {
		if w == "" {
			panic("reading: an empty word in a lexicon")
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
