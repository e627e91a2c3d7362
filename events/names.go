package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/idlibwatch/idlibwatch/places"
	"github.com/idlibwatch/idlibwatch/textnorm"
)

// Names of people (the raid's target, a commander) tie an English and an
// Arabic report of one incident: "al-Qurashi" and "القرشي" meet on their
// consonants, "krs". An event keeps its names among its terms, as
// "name:" words, so that the store need not know them.

const namePrefix = "name:"

// minSkeleton is the fewest consonants a name needs to count: two match
// too many words.
const minSkeleton = 3

// notNames are "al-" words that name groups, places and titles, not people.
var notNames = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`qaeda qaida sham nusra nusrah assad din islam islami hawa numan numan shughur shughour zawiya zawiyah bab
		akrad ghab sharqi gharbi shamali janubi quds aqsa jazeera jazira arabiya mayadeen hurriyah watan ikhwan thawra jaysh jaish
		ومن ووفق`) {
		notNames[w] = true
	}
}

// latinSkeleton folds a Latin-script name to its consonants.
func latinSkeleton(w string) string {
	w = strings.ToLower(w)
	for _, d := range [][2]string{{"sh", "s"}, {"kh", "k"}, {"gh", "g"}, {"th", "t"}, {"dh", "d"}, {"ch", "s"}, {"ph", "f"}} {
		w = strings.ReplaceAll(w, d[0], d[1])
	}
	var b strings.Builder
	var last rune
	for _, r := range w {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h', '\'':
			continue
		case 'q', 'c':
			r = 'k'
		}
		if r < 'a' || r > 'z' || r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

var arabicConsonants = map[rune]rune{'ب': 'b', 'ت': 't', 'ث': 't', 'ج': 'j', 'خ': 'k', 'د': 'd', 'ذ': 'd', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 's',
	'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'غ': 'g', 'ف': 'f', 'ق': 'k', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n'}

// arabicSkeleton folds an Arabic name (its article dropped) to the Latin
// consonants a transliteration writes: long vowels, ع, ح, ه and hamzas go.
func arabicSkeleton(w string) string {
	w = strings.TrimPrefix(textnorm.Normalize(w), "ال")
	var b strings.Builder
	var last rune
	for _, r := range w {
		c, ok := arabicConsonants[r]
		if !ok || c == last {
			continue
		}
		b.WriteRune(c)
		last = c
	}
	return b.String()
}

// nameMarkers come before an Arabic person's name: Abu, the so-called, the
// commander, the leader.
var nameMarkers = map[string]bool{"ابو": true, "المدعو": true, "القيادي": true, "زعيم": true, "الزعيم": true, "قائد": true, "القائد": true, "امير": true, "الامير": true}

// findNames returns the skeletons of the people's names in toks: Latin
// "al-X" words written with a capital, Arabic article words after a name
// marker.
func findNames(toks []tok) []string {
	var out []string
	add := func(s string) {
		if utf8.RuneCountInString(s) >= minSkeleton {
			for _, o := range out {
				if o == s {
					return
				}
			}
			out = append(out, s)
		}
	}
	for i, t := range toks {
		switch {
		case (t.raw == "al" || t.raw == "Al" || t.raw == "el") && i+1 < len(toks) && toks[i+1].start == t.end+1:
			n := toks[i+1]
			r, _ := utf8.DecodeRuneInString(n.raw)
			if unicode.IsUpper(r) && !notNames[n.w] && !places.Mentions("al-"+n.raw) {
				add(latinSkeleton(n.w))
			}
		case nameMarkers[t.w]:
			for j := i + 1; j < len(toks) && j <= i+4; j++ {
				if strings.HasPrefix(toks[j].w, "ال") && !notNames[toks[j].w] && !places.Mentions(toks[j].raw) {
					add(arabicSkeleton(toks[j].w))
				}
			}
		}
	}
	return out
}

// nameTerms are names kept among terms.
func nameTerms(names []string) []Term {
	out := make([]Term, len(names))
	for i, n := range names {
		out[i] = Term{Word: namePrefix + n, Count: 1 << 20} // kept first when terms are ranked
	}
	return out
}

// sharedName returns a name an article and an event both give, "" if none.
func sharedName(names []string, event []Term) string {
	for _, t := range event {
		if n, ok := strings.CutPrefix(t.Word, namePrefix); ok {
			for _, m := range names {
				if m == n {
					return n
				}
			}
		}
	}
	return ""
}
