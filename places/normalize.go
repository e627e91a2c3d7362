package places

import "github.com/idlibwatch/idlibwatch/textnorm"

// Normalize folds a text for matching (textnorm.Normalize): "Jisr al-Shughur"
// and "jisr al shughur" normalize the same; Find also matches "alshughur" as
// one token.
func Normalize(s string) string { return textnorm.Normalize(s) }

// fold appends to dst the matching key of a run of normalized tokens: the
// tokens joined without spaces (so "al shughur" and "alshughur" meet), "ee",
// "ou" and "oo" read as "i", "u", "u", and Latin doubled letters collapsed
// (Salqeen, Darkoush, Maarrat): the commonest differences between
// transliterations. It allocates nothing when dst has room.
func fold(dst []byte, tokens []string) []byte {
	start := len(dst)
	for _, t := range tokens {
		dst = append(dst, t...)
	}
	joined := dst[start:]
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
	return dst[:start+len(out)]
}
