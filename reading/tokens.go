package reading

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/idlibwatch/idlibwatch/textnorm"
)

// Kind is the coarse class of a token.
type Kind uint8

const (
	Word    Kind = iota
	Number       // starts with a digit (ASCII, Arabic-Indic or Persian)
	Punct        // any other single character
	Quote        // a quotation mark
	Newline      // a line break: always ends a sentence
)

// Token is one token of the text. Offsets index the original text so that
// quotes and sources keep the article's own spelling.
type Token struct {
	Start, End int
	Norm       string // lower case, Arabic folded, digits in ASCII (see Fold)
	Kind       Kind
	Upper      bool // Latin word starting with an upper-case letter
	Arabic     bool // Arabic script
	Abbr       bool // word that swallowed a final period (U.S., Feb.)
	Quoted     bool // inside quotation marks
}

// abbreviations whose final period does not end a sentence. Keys are lower
// case without the period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "maj": true, "capt": true, "sgt": true, "cpl": true, "pvt": true, "adm": true,
	"rep": true, "sen": true, "gov": true, "pres": true, "st": true, "jr": true, "sr": true,
	"inc": true, "co": true, "corp": true, "ltd": true, "vs": true, "etc": true, "approx": true,
	"est": true, "mt": true, "ft": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "no": true, "nos": true, "fig": true,
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„', '‟', '″':
		return true
	}
	return false
}

func isDigitRune(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= '٠' && r <= '٩') || (r >= '۰' && r <= '۹')
}

// skipRune reports a rune between tokens: a space, a format character
// (a joiner, a direction mark) or an invalid byte.
func skipRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || r >= '\t' && r <= '\r' // the ASCII spaces; no format character is ASCII
	case r >= 0x0620 && r <= 0x0669:
		return false // Arabic letters and digits (see textnorm.IsWordRune)
	}
	return unicode.IsSpace(r) || r == utf8.RuneError || unicode.Is(unicode.Cf, r)
}

// tokenize splits text[from:to] into tokens, folding their words into
// folds (foldInto). It is linear in the length.
func tokenize(text string, from, to int, dst []Token, folds *strings.Builder) []Token {
	i := from
	n := to
	for i < n {
		r, sz := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			dst = append(dst, Token{Start: i, End: i + sz, Kind: Newline})
			i += sz
		case skipRune(r):
			i += sz
		case textnorm.IsWordRune(r):
			j := i + sz
			digitStart := isDigitRune(r)
			for j < n {
				r2, sz2 := utf8.DecodeRuneInString(text[j:])
				if textnorm.IsWordRune(r2) {
					// و10، ب12: an Arabic clitic glued to digits is its own token
					if isDigitRune(r2) != isDigitRune(r) && j == i+sz && r >= 0x0600 && r <= 0x06FF && !isDigitRune(r) {
						break
					}
					j += sz2
					continue
				}
				// Inner joiners: hyphens and apostrophes between letters or
				// digits, separators and dots inside numbers and
				// dotted abbreviations (U.S).
				if j+sz2 < n {
					r3, _ := utf8.DecodeRuneInString(text[j+sz2:])
					switch r2 {
					case '-', '\'', '’', '‐':
						if textnorm.IsWordRune(r3) {
							j += sz2
							continue
						}
					case ',', '٬', '٫':
						if digitStart && isDigitRune(r3) {
							j += sz2
							continue
						}
					case '.':
						if isDigitRune(r3) && digitStart || (unicode.IsLetter(r3) && j-i <= 2 && !digitStart) {
							j += sz2
							continue
						}
					}
				}
				break
			}
			t := Token{Start: i, End: j, Kind: Word}
			if digitStart {
				t.Kind = Number
			}
			raw := text[i:j]
			// A following period belongs to an abbreviation.
			if j < n && text[j] == '.' && !digitStart && j-i <= 12 {
				low := strings.ToLower(raw)
				if abbreviations[low] || strings.Contains(raw, ".") || (utf8.RuneCountInString(raw) == 1 && unicode.IsUpper(r)) {
					if !(low == "no" && !followedByDigit(text, j+1)) {
						t.End = j + 1
						t.Abbr = true
						j++
					}
				}
			}
			t.Norm = foldInto(folds, text[t.Start:t.End])
			t.Upper = unicode.IsUpper(r)
			t.Arabic = r >= 0x0600 && r <= 0x06FF
			dst = append(dst, t)
			i = j
		default:
			k := Punct
			if isQuoteRune(r) {
				k = Quote
			}
			dst = append(dst, Token{Start: i, End: i + sz, Norm: text[i : i+sz], Kind: k})
			i += sz
		}
	}
	return dst
}

func followedByDigit(text string, j int) bool {
	for j < len(text) && text[j] == ' ' {
		j++
	}
	return j < len(text) && text[j] >= '0' && text[j] <= '9'
}

// Fold is the normalized form of a token: Latin lower-cased, Arabic letter
// variants folded (أ إ آ ٱ to ا, ى to ي, ة to ه), Arabic diacritics and
// tatweel dropped, Eastern digits and separators in ASCII, a final
// abbreviation period and a possessive 's stripped. It is lighter than
// textnorm.Word (no decomposition, hamza seats and apostrophes kept): the
// figure lexicons are written in it.
func Fold(s string) string {
	var b strings.Builder
	return foldInto(&b, s)
}

// foldInto is Fold writing the forms that change into b: Read folds every
// token of a text into one buffer rather than allocating a string for
// each. The strings it returns share b's bytes, which later writes only
// append to (strings.Builder never changes what it has written).
func foldInto(b *strings.Builder, s string) string {
	// most tokens fold to themselves: find the first byte that changes and
	// write only then
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if f, keep := foldRune(r); !keep || f != r || r == utf8.RuneError && n == 1 {
			break
		}
		i += n
	}
	w := s
	if i < len(s) {
		b.Grow(len(s))
		start := b.Len()
		b.WriteString(s[:i])
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			i += n
			if f, keep := foldRune(r); keep {
				b.WriteRune(f)
			}
		}
		w = b.String()[start:]
	}
	if len(w) > 1 && strings.HasSuffix(w, ".") {
		w = w[:len(w)-1]
	}
	if strings.HasSuffix(w, "'s") && len(w) > 2 {
		w = w[:len(w)-2]
	}
	return w
}

// foldRune is Fold for one non-ASCII rune; keep is false for a rune Fold
// drops.
func foldRune(r rune) (f rune, keep bool) {
	if d, ok := textnorm.ASCIIDigit(r); ok {
		return d, true
	}
	switch {
	case r == '٬' || r == '٫':
		return ',', true
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		return 'ا', true
	case r == 'ى':
		return 'ي', true
	case r == 'ة':
		return 'ه', true
	case r == 'ـ' || (r >= 0x064B && r <= 0x065F) || r == 0x0670:
		return 0, false
	case r == '’':
		return '\'', true
	case r >= 0x0600 && r <= 0x06FF:
		return r, true // the Arabic block has no case: unicode.ToLower's tables are slow to say so
	}
	return unicode.ToLower(r), true
}
