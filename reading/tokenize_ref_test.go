package reading

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/idlibwatch/idlibwatch/textnorm"
)

// tokenizeRef is tokenize as it was before its fast paths: the reference
// that TestTokenizeFastPaths and FuzzTokenize hold tokenize equal to.
func tokenizeRef(text string, from, to int, dst []Token, folds *strings.Builder) []Token {
	i := from
	n := to
	for i < n {
		r, sz := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			dst = append(dst, Token{Start: int32(i), End: int32(i + sz), Kind: Newline})
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
			t := Token{Start: int32(i), End: int32(j), Kind: Word}
			if digitStart {
				t.Kind = Number
			}
			raw := text[i:j]
			// A following period belongs to an abbreviation.
			if j < n && text[j] == '.' && !digitStart && j-i <= 12 {
				low := strings.ToLower(raw)
				if abbreviations[low] || strings.Contains(raw, ".") || (utf8.RuneCountInString(raw) == 1 && unicode.IsUpper(r)) {
					if !(low == "no" && !followedByDigit(text, j+1)) {
						t.End = int32(j + 1)
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
			dst = append(dst, Token{Start: int32(i), End: int32(i + sz), Norm: text[i : i+sz], Kind: k})
			i += sz
		}
	}
	return dst
}

// TestTokenizeFastPaths holds tokenize, with its byte tables and in-place
// decoding, equal to tokenizeRef on texts drawn from the runes each rule
// reads: ASCII, Arabic letters, harakat and digits, joiners, quotes,
// format characters, capitals outside ASCII.
func TestTokenizeFastPaths(t *testing.T) {
	palette := []string{
		"a", "Z", "n", "o", "N", "s", "S", "'", "’", "-", "‐", ",", ".", "0", "7", " ", "\t", "\n", "\"", "(", ")",
		"٬", "٫", "٣", "۷", "أ", "إ", "آ", "ٱ", "ى", "ة", "ـ", "\u064b", "\u0670", "و", "ب", "ل", "ا", "ی", "ک",
		"“", "”", "«", "»", "…", "\u200c", "\u200f", "\u00a0", "\uFFFD", "É", "é", "İ", "K", "ß", "Σ", "中",
		"U.S.", "Feb.", "No.", "no. 4", "Mr.", "St.", "1,200", "3.5", "al-Bab", "Syria's", "و10", "١٢٬٥",
	}
	texts := []string{
		"U.S. forces hit al-Bab on Feb. 3", "Idlib's 1,200 residents, 3.5 km", "No. 4 and no more.",
		"قُتل ١٢ شخصاً و10 آخرون", "a\n\"b\"", "İnc. and Inc. \u212Ag.",
	}
	rnd := uint32(1)
	next := func(n int) int {
		rnd = rnd*1664525 + 1013904223
		return int(rnd>>8) % n
	}
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for m := next(12) + 1; m > 0; m-- {
			b.WriteString(palette[next(len(palette))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		sameAsRef(t, text)
	}
}

// sameAsRef fails t when tokenize and tokenizeRef read text apart.
func sameAsRef(t *testing.T, text string) {
	t.Helper()
	var f1, f2 strings.Builder
	got := tokenize(text, 0, len(text), nil, &f1)
	want := tokenizeRef(text, 0, len(text), nil, &f2)
	if len(got) != len(want) {
		t.Fatalf("tokenize(%q): %d tokens, want %d", text, len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("tokenize(%q) token %d = %+v, want %+v", text, i, got[i], want[i])
		}
	}
}

func TestRuneTables(t *testing.T) {
	step := func(r rune) rune { // every rune of the BMP, a sample beyond
		if r < 0xFFFF {
			return r + 1
		}
		return r + 97
	}
	for r := rune(0); r <= unicode.MaxRune; r = step(r) {
		if r >= utf8.RuneSelf {
			f1, k1 := foldRune(r)
			f2, k2 := foldRuneRules(r)
			if k1 != k2 || k1 && f1 != f2 {
				t.Fatalf("foldRune(%U) = %v %v, want %v %v", r, f1, k1, f2, k2)
			}
			if wordRune(r) != textnorm.IsWordRune(r) {
				t.Fatalf("wordRune(%U)", r)
			}
		}
		if r >= 0x0600 && r <= 0x06FF && unicode.IsUpper(r) {
			t.Fatalf("%U is upper case: tokenize takes the Arabic block to have no case", r)
		}
		if f, k := foldRuneRules(r); r >= utf8.RuneSelf && foldChanges(r) != (!k || f != r) {
			t.Fatalf("foldChanges(%U)", r)
		}
		s := string(r) + "x"
		r1, n1 := decodeAt(s, 0)
		r2, n2 := utf8.DecodeRuneInString(s)
		if r1 != r2 || n1 != n2 {
			t.Fatalf("decodeAt(%U)", r)
		}
	}
	for c := 0; c < 256; c++ {
		for d := 0; d < 256; d++ {
			s := string([]byte{byte(c), byte(d)})
			r1, n1 := decodeAt(s, 0)
			r2, n2 := utf8.DecodeRuneInString(s)
			if r1 != r2 || n1 != n2 {
				t.Fatalf("decodeAt(% x) = %U %d, want %U %d", s, r1, n1, r2, n2)
			}
		}
	}
}

// FuzzTokenize holds tokenize equal to tokenizeRef on any valid text.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"U.S. forces hit al-Bab on Feb. 3", "قُتل ١٢ شخصاً و10 آخرون", "İnc. «no» 1,200.5 ’s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sameAsRef(t, strings.ToValidUTF8(text, "\uFFFD"))
	})
}
