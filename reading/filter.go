package reading

// WordFilter stands before a lexicon: most words of a text are in none,
// and the filter says so in two loads where the map hashes the word. It
// holds a bit for each key's length and last byte; a word whose bit is
// clear is no key. (English keys differ in their last letter, Arabic ones
// in the last byte of their last letter.) The zero filter holds no key.
type WordFilter [32]uint64

// Add lets the key w through; w may not be empty.
func (f *WordFilter) Add(w string) {
	if w == "" {
		panic("reading: an empty word in a lexicon")
	}
	f[len(w)&31] |= 1 << (w[len(w)-1] & 63)
}

// May reports whether w may be a key: false only when it is none.
func (f *WordFilter) May(w string) bool {
	n := len(w)
	return n > 0 && f[n&31]>>(w[n-1]&63)&1 != 0
}

// FilterOf is the filter of m's keys; m must be complete (no init adds to
// it later).
func FilterOf[V any](m map[string]V) *WordFilter {
	var f WordFilter
	for w := range m {
		f.Add(w)
	}
	return &f
}
