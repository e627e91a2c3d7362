// Package places knows the places of Idlib governorate (and a few just
// outside it that Idlib news names) in their English spellings and their
// Arabic names, and finds them in text. It is pure: no I/O, no clock.
package places

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds a text for matching: lower case; Latin diacritics and
// Arabic harakat removed; Arabic alef forms (أ إ آ ٱ) to ا, ة to ه, ى to ي,
// ؤ to و, ئ to ي; tatweel removed; apostrophes inside a word removed
// (Ma'arrat → maarrat); every other run of non-letters (hyphens, spaces,
// punctuation) one space. "Jisr al-Shughur" and "jisr al shughur" normalize
// the same; Find also matches "alshughur" as one token.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, t := range tokenize(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.norm)
	}
	return b.String()
}

// token is a word of the original text: its byte span and its normal form.
type token struct {
	start, end int
	norm       string
	upper      bool // the original starts with an upper-case letter
	arabic     bool
}

// isApostrophe reports the characters used as apostrophes or for the Arabic
// ʿayn and hamza in transliterations (Ma'arrat, Nu‘man, Shaykhūn).
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', 'ʿ', 'ʾ', '`', '′', '´':
		return true
	}
	return false
}

// isWordRune reports runes that belong inside a token.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 'ـ'
}

// tokenize splits s into words: runs of letters, digits and combining marks;
// an apostrophe between two word runes joins them.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/6+1) // about one word in six bytes
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && isApostrophe(r) && i+size < len(s):
			next, nsize := utf8.DecodeRuneInString(s[i+size:])
			if (next == 's' || next == 'S') && !followedByWord(s[i+size+nsize:]) {
				// An English possessive: "Idlib's" is Idlib.
				toks = appendToken(toks, s, start, i)
				start = -1
				i += size + nsize
				continue
			}
			if isWordRune(next) {
				break // keep the token going: Ma'arrat
			}
			toks = appendToken(toks, s, start, i)
			start = -1
		default:
			if start >= 0 {
				toks = appendToken(toks, s, start, i)
				start = -1
			}
		}
		i += size
	}
	if start >= 0 {
		toks = appendToken(toks, s, start, len(s))
	}
	return toks
}

func followedByWord(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest != "" && isWordRune(r)
}

func appendToken(toks []token, s string, start, end int) []token {
	n, arabic := normalizeWord(s[start:end])
	if n == "" {
		return toks
	}
	first, _ := utf8.DecodeRuneInString(s[start:end])
	return append(toks, token{start: start, end: end, norm: n, upper: unicode.IsUpper(first), arabic: arabic})
}

// normalizeWord folds one word (see Normalize). It also reports whether the
// word is in Arabic script.
func normalizeWord(w string) (string, bool) {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		if !needsASCIIFold(w) {
			return w, false
		}
		var b strings.Builder
		b.Grow(len(w))
		for i := 0; i < len(w); i++ {
			c := w[i]
			switch {
			case c >= 'A' && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
			case isApostrophe(rune(c)):
			default:
				b.WriteByte(c)
			}
		}
		return b.String(), false
	}
	var b strings.Builder
	b.Grow(len(w))
	arabic := false
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) || r == 'ـ' || isApostrophe(r) {
			continue // diacritics, harakat, tatweel
		}
		if unicode.Is(unicode.Arabic, r) {
			arabic = true
			r = foldArabic(r)
		} else {
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String(), arabic
}

// foldArabic maps the letters that Arabic writers use interchangeably to one
// form. NFD has already split most hamza forms into base letter plus a mark.
func foldArabic(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ة':
		return 'ه'
	case 'ى', 'ئ', 'ی': // and the Persian yeh
		return 'ي'
	case 'ؤ':
		return 'و'
	case 'ک': // Persian kaf
		return 'ك'
	}
	return r
}

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

func needsASCIIFold(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c >= 'A' && c <= 'Z') || isApostrophe(rune(c)) {
			return true
		}
	}
	return false
}
