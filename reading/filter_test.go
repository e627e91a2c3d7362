package reading

import "testing"

// TestWordFilters: every key of a filtered lexicon passes its filter, so
// that the filter only ever spares a look-up that would miss.
func TestWordFilters(t *testing.T) {
	check := func(name string, f *WordFilter, keys []string) {
		for _, w := range keys {
			if !f.May(w) {
				t.Errorf("%s filter refuses its key %q", name, w)
			}
		}
	}
	check("month", monthFilter, keysOf(months))
	check("weekday", weekdayFilter, keysOf(weekdays))
	check("ordinal", arOrdinalFilter, keysOf(arOrdinals))
	check("clause", clauseFilter, keysOf(clauseWords))
	var zero WordFilter
	if f := FilterOf(map[string]bool{"who": true}); f.May("") || f.May("the") || !f.May("who") || zero.May("who") {
		t.Error("a filter of who")
	}
}

func keysOf[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
