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
	Start, End int32  // byte offsets in Doc.Text (Read reads 2 GiB at most)
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

// asciiClass holds what tokenize asks of an ASCII byte, one load a byte
// rather than a rune decoded and tested.
var asciiClass = func() (cl [utf8.RuneSelf]uint8) {
	for c := range cl {
		_, cl[c] = runeClass(rune(c))
		if skipRune(rune(c)) && c != '\n' {
			cl[c] |= aSpace
		}
	}
	return cl
}()

// asciiLower lowers an ASCII byte.
var asciiLower = func() (l [utf8.RuneSelf]byte) {
	for c := range l {
		l[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			l[c] += 'a' - 'A'
		}
	}
	return l
}()

// The bits of asciiClass.
const (
	aSpace = 1 << iota // between tokens (skipRune), the line break aside
	aWord              // textnorm.IsWordRune
	aDigit             // isDigitRune
	aFolds             // Fold changes it (a capital)
)

// arabicBlock holds, for each rune of the Arabic block (U+0600 to
// U+06FF), its fold (foldRune; -1 for a rune Fold drops) and the bits of
// asciiClass that tokenize asks of it (aWord, aDigit; aFolds for a rune
// Fold changes).
var arabicBlock = func() (b [0x100]arabicRune) {
	for k := range b {
		b[k].fold, b[k].class = runeClass(rune(0x0600 + k))
	}
	return b
}()

// runeClass is r's fold (foldRuneRules; -1 for a rune Fold drops) and
// the bits of asciiClass that tokenize asks of a rune of a word: the rules
// asciiClass and arabicBlock are both built from.
func runeClass(r rune) (fold rune, class uint8) {
	fold, keep := foldRuneRules(r)
	if !keep {
		fold = -1
	}
	if textnorm.IsWordRune(r) {
		class |= aWord
	}
	if isDigitRune(r) {
		class |= aDigit
	}
	if fold != r {
		class |= aFolds
	}
	return fold, class
}

type arabicRune struct {
	fold  rune
	class uint8
}

// decodeAt is utf8.DecodeRuneInString(s[i:]), a two-byte rune (Arabic
// among them) decoded in place: the general decoder's slow path costs
// more than the rune.
func decodeAt(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return decodeRest(s, i)
}

// decodeRest is decodeAt's other runes, out of line so that decodeAt
// inlines.
//
//go:noinline
func decodeRest(s string, i int) (rune, int) { return utf8.DecodeRuneInString(s[i:]) }

// wordRune is textnorm.IsWordRune of a rune that is not ASCII.
func wordRune(r rune) bool {
	if r >= 0x0600 && r <= 0x06FF {
		return arabicBlock[r-0x0600].class&aWord != 0
	}
	return textnorm.IsWordRune(r)
}

// foldChanges reports a rune of a word that Fold changes or drops.
func foldChanges(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'A' && r <= 'Z'
	}
	if r >= 0x0600 && r <= 0x06FF {
		return arabicBlock[r-0x0600].fold != r
	}
	return otherFoldChanges(r)
}

// otherFoldChanges is foldChanges beyond ASCII and Arabic, out of line.
//
//go:noinline
func otherFoldChanges(r rune) bool {
	f, keep := foldRune(r)
	return !keep || f != r
}

// tokenize splits text[from:to] into tokens, folding their words into
// folds (foldInto). It is linear in the length. ASCII bytes are read
// through asciiClass and two-byte runes decoded in place, and a word is
// folded from the first byte its scan saw change (most change none).
func tokenize(text string, from, to int, dst []Token, folds *strings.Builder) []Token {
	i := from
	n := to
	for i < n {
		var r rune
		sz := 1
		var first uint8 // the first rune's class bits (asciiClass, arabicBlock)
		upper := false  // unicode.IsUpper of the first rune
		if c := text[i]; c < utf8.RuneSelf {
			cl := asciiClass[c]
			switch {
			case cl&aSpace != 0:
				i++
				continue
			case c == '\n':
				dst = append(dst, Token{Start: int32(i), End: int32(i + 1), Kind: Newline})
				i++
				continue
			case cl&aWord == 0:
				k := Punct
				if c == '"' {
					k = Quote
				}
				dst = append(dst, Token{Start: int32(i), End: int32(i + 1), Norm: text[i : i+1], Kind: k})
				i++
				continue
			}
			r, first, upper = rune(c), cl, cl&aFolds != 0
		} else {
			r, sz = decodeAt(text, i)
			if skipRune(r) {
				i += sz
				continue
			}
			if !wordRune(r) {
				k := Punct
				if isQuoteRune(r) {
					k = Quote
				}
				dst = append(dst, Token{Start: int32(i), End: int32(i + sz), Norm: text[i : i+sz], Kind: k})
				i += sz
				continue
			}
			if r >= 0x0600 && r <= 0x06FF {
				first = arabicBlock[r-0x0600].class // no case in the block
			} else {
				if foldChanges(r) {
					first = aFolds
				}
				upper = unicode.IsUpper(r)
			}
		}
		j := i + sz
		digitStart := isDigitRune(r)
		// و10، ب12: an Arabic clitic glued to digits is its own token
		clitic := r >= 0x0600 && r <= 0x06FF && !digitStart
		fold := -1 // the offset of the first byte Fold changes, if any
		if first&aFolds != 0 {
			fold = 0
		}
		for j < n {
			c := text[j]
			if c < utf8.RuneSelf {
				if cl := asciiClass[c]; cl&aWord != 0 {
					if cl&aDigit != 0 && clitic && j == i+sz {
						break
					}
					if cl&aFolds != 0 && fold < 0 {
						fold = j - i
					}
					j++
					continue
				}
				if c != '-' && c != '\'' && c != ',' && c != '.' {
					break // no joiner
				}
			} else if c >= 0xD8 && c <= 0xDB && j+1 < n && text[j+1]&0xC0 == 0x80 {
				// a rune of the Arabic block, read from its table in place
				if cl := arabicBlock[int(c-0xD8)<<6|int(text[j+1]&0x3F)].class; cl&aWord != 0 {
					if cl&aDigit != 0 && clitic && j == i+sz {
						break
					}
					if cl&aFolds != 0 && fold < 0 {
						fold = j - i
					}
					j += 2
					continue
				}
			}
			r2, sz2 := decodeAt(text, j)
			if c >= utf8.RuneSelf && wordRune(r2) {
				if clitic && j == i+sz && isDigitRune(r2) {
					break
				}
				if fold < 0 && foldChanges(r2) {
					fold = j - i
				}
				j += sz2
				continue
			}
			// Inner joiners: hyphens and apostrophes between letters or
			// digits, separators and dots inside numbers and
			// dotted abbreviations (U.S).
			if j+sz2 < n {
				r3, _ := decodeAt(text, j+sz2)
				join := false
				switch r2 {
				case '-', '\'', '’', '‐':
					join = textnorm.IsWordRune(r3)
				case ',', '٬', '٫':
					join = digitStart && isDigitRune(r3)
				case '.':
					join = isDigitRune(r3) && digitStart || (unicode.IsLetter(r3) && j-i <= 2 && !digitStart)
				}
				if join {
					if fold < 0 && foldChanges(r2) {
						fold = j - i
					}
					j += sz2
					continue
				}
			}
			break
		}
		t := Token{Start: int32(i), End: int32(j), Kind: Word}
		if digitStart {
			t.Kind = Number
		}
		// A following period belongs to an abbreviation.
		if j < n && text[j] == '.' && !digitStart && j-i <= 12 && abbreviation(text, i, j, r) {
			t.End = int32(j + 1)
			t.Abbr = true
			j++
		}
		if fold < 0 {
			fold = int(t.End - t.Start)
		}
		t.Norm = foldFrom(folds, text[t.Start:t.End], fold)
		t.Upper = upper
		t.Arabic = r >= 0x0600 && r <= 0x06FF
		dst = append(dst, t)
		i = j
	}
	return dst
}

// abbreviation: does the word text[i:j], opening with r, swallow the
// period at j? The word is lowered in a buffer on the stack: most are
// ASCII (strings.ToLower allocates).
func abbreviation(text string, i, j int, r rune) bool {
	raw := text[i:j]
	var buf [12]byte
	low := buf[:0]
	for k := 0; k < len(raw); k++ {
		c := raw[k]
		if c >= utf8.RuneSelf {
			low = nil
			break
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		low = append(low, c)
	}
	if low == nil {
		low = []byte(strings.ToLower(raw))
	}
	if abbreviations[string(low)] || strings.Contains(raw, ".") || (utf8.RuneCountInString(raw) == 1 && unicode.IsUpper(r)) {
		return !(string(low) == "no" && !followedByDigit(text, j+1))
	}
	return false
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
		r, n := decodeAt(s, i)
		if f, keep := foldRune(r); !keep || f != r || r == utf8.RuneError && n == 1 {
			break
		}
		i += n
	}
	return foldFrom(b, s, i)
}

// foldFrom is foldInto of s when s[:i] folds to itself.
func foldFrom(b *strings.Builder, s string, i int) string {
	w := s
	if i < len(s) {
		// folded on the stack (a word is short), written to b at once
		var buf [64]byte
		out := append(buf[:0], s[:i]...)
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				out = append(out, asciiLower[c])
				i++
				continue
			}
			r, n := decodeAt(s, i)
			i += n
			if f, keep := foldRune(r); keep {
				out = utf8.AppendRune(out, f)
			}
		}
		start := b.Len()
		b.Write(out)
		w = b.String()[start:]
	}
	if len(w) > 1 && w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	if len(w) > 2 && w[len(w)-2] == '\'' && w[len(w)-1] == 's' {
		w = w[:len(w)-2]
	}
	return w
}

// foldRune is Fold for one non-ASCII rune; keep is false for a rune Fold
// drops. The Arabic block is read from a table.
func foldRune(r rune) (f rune, keep bool) {
	if r >= 0x0600 && r <= 0x06FF {
		f = arabicBlock[r-0x0600].fold
		return f, f >= 0
	}
	return foldRuneRules(r)
}

// foldRuneRules is foldRune by its rules, without the arabicBlock table:
// the tables of tokenize are built from it (runeClass).
func foldRuneRules(r rune) (f rune, keep bool) {
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
