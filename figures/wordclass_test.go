package figures

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWordClasses holds the facts readTokens reads once per token (the
// wclass bits, mwi, pic, arN, arC) equal to the map look-ups they stand
// for, over the benchmark's articles, the held-out texts, and every word
// of the lexicons with and without Arabic clitics.
func TestWordClasses(t *testing.T) {
	texts := append([]string{}, benchArticles...)
	for _, dir := range []string{"testdata/heldout", "testdata/heldout2"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var a struct{ Text string }
			if err := json.Unmarshal(b, &a); err != nil {
				t.Fatal(err)
			}
			texts = append(texts, a.Text)
		}
	}
	var words []string
	bools := []struct {
		m map[string]bool
		c wclass
	}{
		{strikeKindWords, cStrikeKind}, {fightingKindWords, cFightingKind}, {eventWords, cEvent},
		{arEventWords, cArEvent}, {incidentVerbs, cIncidentVerb}, {disasterWords, cDisaster}, {periodNouns, cPeriod},
		{numberVerbs, cNumberVerb}, {arSafeWords, cArSafe}, {arDenial, cArDenial},
	}
	lookups := []struct {
		m map[string]bool
		c lclass
	}{{arSpeechVerbs, lArSpeech}, {arAccording, lArAccording}}
	for _, l := range bools {
		words = append(words, keysOf(l.m)...)
	}
	for _, l := range lookups {
		words = append(words, keysOf(l.m)...)
	}
	for _, m := range []map[string]bool{countStarters, speechVerbs, pictureNouns, ordinalWords} {
		words = append(words, keysOf(m)...)
	}
	words = append(words, keysOf(groupWords)...)
	words = append(words, keysOf(metricWords)...)
	words = append(words, keysOf(indivVerbs)...)
	words = append(words, keysOf(qualIndex)...)
	words = append(words, keysOf(vagueIndex)...)
	for _, m := range []map[string]int{enUnits, enTens, enScales, arUnits, arTens, arHundreds} {
		words = append(words, keysOf(m)...)
	}
	var lex strings.Builder
	for _, w := range words {
		lex.WriteString(w + " و" + w + " ب" + w + " وب" + w + " ال" + w + " twenty-" + w + "\n")
	}
	texts = append(texts, lex.String(), "twenty-one forty-five and-so well-known احد واحد باحدي وباحد")

	n := 0
	for _, text := range texts {
		for _, tk := range tokens(text) {
			n++
			w := tk.w
			for _, c := range []struct {
				name string
				c    wclass
				want bool
			}{
				{"countStarters", cCountStarter, countStarters[w]},
				{"isNumberWord", cNumberWord, isNumberWord(w)},
				{"role noun", cRoleNoun, groupWords[w].role && groupWords[w].sing},
				{"indivVerbs", cIndivVerb, has(indivVerbs, w)},
				{"speechVerbs", cSpeech, speechVerbs[w]},
			} {
				if tk.is(c.c) != c.want {
					t.Errorf("%q: %s bit %v, map says %v", w, c.name, tk.is(c.c), c.want)
				}
			}
			bare := w
			if tk.ar {
				bare = stripWawBa(w)
			}
			for _, l := range bools {
				if tk.is(l.c) != l.m[w] || (tk.bare&l.c != 0) != l.m[bare] {
					t.Errorf("%q: bits %v %v, map says %v %v", w, tk.is(l.c), tk.bare&l.c != 0, l.m[w], l.m[bare])
				}
			}
			for _, l := range lookups {
				if _, ok := lookup(l.m, tk); tk.in(l.c) != ok {
					t.Errorf("%q (stem %q): lookup bit %v, map says %v", w, tk.stem, tk.in(l.c), ok)
				}
			}
			mwi, _ := lookup(mwordIndex, tk)
			if tk.k != kWord {
				mwi = 0
			}
			pw := w
			if tk.ar {
				pw = stripWawBa(w)
			}
			if tk.mwi != mwi || tk.pic != pictureNouns[pw] {
				t.Errorf("%q: mwi %d pic %v, want %d %v", w, tk.mwi, tk.pic, mwi, pictureNouns[pw])
			}
			// lCount: candidates finds the word in one of its indexes
			count := has(qualIndex, w) || has(vagueIndex, w)
			if tk.ar {
				count = count || has(qualIndex, pw) || has(vagueIndex, pw) || has(qualIndex, tk.stem) || has(vagueIndex, tk.stem)
			}
			if tk.in(lCount) != count {
				t.Errorf("%q (stem %q): lCount %v, indexes say %v", w, tk.stem, tk.in(lCount), count)
			}
			if !tk.ar {
				continue
			}
			if tk.stem != arStem(w) || tk.arN != arNumberStart(w) {
				t.Errorf("%q: stem %q arN %v, want %q %v", w, tk.stem, tk.arN, arStem(w), arNumberStart(w))
			}
			if want := tk.k == kWord && arCountStart(tk); tk.arC != want {
				t.Errorf("%q: arC %v, want %v", w, tk.arC, want)
			}
		}
	}
	if n < 10000 {
		t.Errorf("only %d tokens checked", n)
	}
}

func has[V any](m map[string]V, w string) bool {
	_, ok := m[w]
	return ok
}

// TestStripWawBa holds the byte-wise stripWawBa to the rule it states:
// the longest of وب, و, ب that leaves at least one byte is dropped.
func TestStripWawBa(t *testing.T) {
	rule := func(w string) string {
		for _, p := range [...]string{"وب", "و", "ب"} {
			if len(w) > len(p) && strings.HasPrefix(w, p) {
				return w[len(p):]
			}
		}
		return w
	}
	for _, w := range []string{
		"", "و", "ب", "وب", "وبا", "وقتل", "بقصف", "وبقصف", "ببلدة", "وو", "بو", "قتل", "killed", "w",
		"\xd9", "\xd9\x88\xd8", "\xd8\xa8\xd9\x88", "\xd9\x89قتل", "\xd8\xa9قتل",
	} {
		if got, want := stripWawBa(w), rule(w); got != want {
			t.Errorf("stripWawBa(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestClassFilter: classesOf answers as wordClasses for every key and
// for words that are none, so the filter only spares misses.
func TestClassFilter(t *testing.T) {
	mwordOnce.Do(buildMwords)
	words := []string{"", "a", ",", "the", "killed", "زوجته", "قتلى", "xyzzy", "twenty-one", "والمدنيين"}
	for w := range wordClasses {
		words = append(words, w, w+"s", "و"+w)
	}
	for _, w := range words {
		if got, want := classesOf(w), wordClasses[w]; got != want {
			t.Fatalf("classesOf(%q) = %+v, want %+v", w, got, want)
		}
	}
}

// TestIsNumberWord holds isNumberWord, which asks numberFilter and
// wordClasses, equal to the lexicons it stands for, over every key of
// wordClasses and compounds of them.
func TestIsNumberWord(t *testing.T) {
	want := func(w string) bool {
		_, unit := enUnits[w]
		_, ten := enTens[w]
		_, scale := enScales[w]
		if w == "and" || unit || ten || scale {
			return true
		}
		if k := strings.IndexByte(w, '-'); k > 0 {
			_, ok := enTens[w[:k]]
			return ok
		}
		return false
	}
	mwordOnce.Do(buildMwords)
	words := []string{"", "-", "and", "the", "twenty-one", "well-known", "-one", "forty-", "killed"}
	for w := range wordClasses {
		words = append(words, w, w+"-one", "twenty-"+w, w+"s")
	}
	for _, w := range words {
		if got := isNumberWord(w); got != want(w) {
			t.Errorf("isNumberWord(%q) = %v, want %v", w, got, want(w))
		}
	}
}
