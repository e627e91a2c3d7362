// Package textnorm folds English and Arabic text into the words that
// matching compares: one reading of case, diacritics, Arabic letter variants,
// apostrophes and digits for places, events and everything that matches
// names, so that a fix to how a word is folded lands everywhere at once. It
// is pure: no I/O, no clock.
package textnorm

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
// the same.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, t := range Tokens(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Norm)
	}
	return b.String()
}

// Token is a word of the original text: its byte span and its normal form.
type Token struct {
	Start, End int
	Norm       string
	Upper      bool // the original starts with an upper-case letter
	Arabic     bool // the word is in Arabic script
}

// IsApostrophe reports the characters used as apostrophes or for the Arabic
// ʿayn and hamza in transliterations (Ma'arrat, Nu‘man, Shaykhūn).
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', 'ʿ', 'ʾ', '`', '′', '´':
		return true
	}
	return false
}

// IsWordRune reports runes that belong inside a word: letters, digits,
// combining marks and tatweel. The reading tokenizer uses it too.
func IsWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	case r >= 0x0620 && r <= 0x0669:
		return true // Arabic letters, tatweel, harakat, Arabic-Indic digits
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 'ـ'
}

// Tokens splits s into normalized words: runs of letters, digits and
// combining marks; an apostrophe between two word runes joins them, and an
// English possessive ("Idlib's") is dropped.
func Tokens(s string) []Token {
	toks := make([]Token, 0, len(s)/6+1) // about one word in six bytes
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case IsWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && IsApostrophe(r) && i+size < len(s):
			next, nsize := utf8.DecodeRuneInString(s[i+size:])
			if (next == 's' || next == 'S') && !followedByWord(s[i+size+nsize:]) {
				// An English possessive: "Idlib's" is Idlib.
				toks = appendToken(toks, s, start, i)
				start = -1
				i += size + nsize
				continue
			}
			if IsWordRune(next) {
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
	return rest != "" && IsWordRune(r)
}

func appendToken(toks []Token, s string, start, end int) []Token {
	n, arabic := Word(s[start:end])
	if n == "" {
		return toks
	}
	first, _ := utf8.DecodeRuneInString(s[start:end])
	return append(toks, Token{Start: start, End: end, Norm: n, Upper: unicode.IsUpper(first), Arabic: arabic})
}

// Word folds one word (see Normalize): a run of letters, digits and
// combining marks with no separator in it. It also reports whether the word
// is in Arabic script.
func Word(w string) (string, bool) {
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
			case IsApostrophe(rune(c)):
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
		if unicode.Is(unicode.Mn, r) || r == 'ـ' || IsApostrophe(r) {
			continue // diacritics, harakat, tatweel
		}
		if unicode.Is(unicode.Arabic, r) {
			arabic = true
			r = FoldArabic(r)
		} else {
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String(), arabic
}

// FoldArabic maps the letters that Arabic writers use interchangeably to one
// form. NFD has already split most hamza forms into base letter plus a mark.
func FoldArabic(r rune) rune {
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

func needsASCIIFold(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c >= 'A' && c <= 'Z') || IsApostrophe(rune(c)) {
			return true
		}
	}
	return false
}

// ASCIIDigits rewrites Arabic-Indic (٠-٩) and Persian (۰-۹) digits as ASCII.
func ASCIIDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x0660 && r <= 0x06F9 }) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		d, _ := ASCIIDigit(r)
		b.WriteRune(d)
	}
	return b.String()
}

// ASCIIDigit is r as an ASCII digit when r is an Arabic-Indic or Persian
// digit; otherwise it returns r and false.
func ASCIIDigit(r rune) (rune, bool) {
	switch {
	case r >= 0x0660 && r <= 0x0669:
		return '0' + (r - 0x0660), true
	case r >= 0x06F0 && r <= 0x06F9:
		return '0' + (r - 0x06F0), true
	}
	return r, false
}
