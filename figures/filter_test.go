package figures

import (
	"testing"

	"github.com/idlibwatch/idlibwatch/reading"
)

// Every key of a filtered lexicon passes its filter (a word added after
// the filter was built would not), and a word of another length or last
// byte does not.
func TestWordFilters(t *testing.T) {
	for _, c := range []struct {
		name string
		f    *reading.WordFilter
		m    map[string]bool
	}{
		{"enCurrent", enCurrentFilter, enCurrent},
		{"arCurrent", arCurrentFilter, arCurrent},
		{"arMournVerbs", arMournFilter, arMournVerbs},
		{"arPronounDeath", arPronounDeathFilter, arPronounDeath},
	} {
		for w := range c.m {
			if !c.f.May(w) {
				t.Errorf("%s: filter turns down its key %q", c.name, w)
			}
		}
	}
	for w := range foreignWords {
		if !foreignFilter.May(w) {
			t.Errorf("foreignWords: filter turns down its key %q", w)
		}
	}
	if enCurrentFilter.May("") || enCurrentFilter.May("xyzzyq") {
		t.Errorf("enCurrent filter passes a word no key ends like")
	}
}

func TestInArCurrent(t *testing.T) {
	for _, c := range []struct {
		t    tok
		want bool
	}{
		{tok{w: "امس", ar: true, stem: "امس"}, true},
		{tok{w: "وامس", ar: true, stem: "امس"}, true},
		{tok{w: "وامس", ar: true, stem: "وامس"}, false},
		{tok{w: "قصف", ar: true, stem: "قصف"}, false},
		{tok{w: "today"}, false},
	} {
		_, want := lookup(arCurrent, c.t)
		if got := inArCurrent(&c.t); got != c.want || got != want {
			t.Errorf("inArCurrent(%q/%q) = %v, want %v (lookup %v)", c.t.w, c.t.stem, got, c.want, want)
		}
	}
}
