package places

import "github.com/idlibwatch/idlibwatch/textnorm"

// Normalize folds a text for matching (textnorm.Normalize): "Jisr al-Shughur"
// and "jisr al shughur" normalize the same; Find also matches "alshughur" as
// one token.
func Normalize(s string) string { return textnorm.Normalize(s) }

// fold gives the matching key of a run of normalized tokens: the
// tokens joined without spaces (so "al shughur" and "alshughur" meet), "ee",
// "ou" and "oo" read as "i", "u", "u", and Latin doubled letters collapsed
// (Salqeen, Darkoush, Maarrat): the commonest differences between
// transliterations.
func fold(tokens []string) string {
	var joined []byte
	for _, t := range tokens {
		joined = append(joined, t...)
	}
	out := joined[:0] // written in place: the key is never longer
	for i := 0; i < len(joined); i++ {
		c := joined[i]
		if i+1 < len(joined) {
			switch n := joined[i+1]; {
			case c == 'e' && n == 'e':
				c = 'i'
				i++
			case c == 'o' && (n == 'u' || n == 'o'):
				c = 'u'
				i++
			}
		}
		if len(out) > 0 && c == out[len(out)-1] && c >= 'a' && c <= 'z' {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}
