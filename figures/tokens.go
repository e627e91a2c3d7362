package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is the coarse class of a token.
type kind uint8

const (
	kWord  kind = iota
	kNum        // starts with a digit (ASCII, Arabic-Indic or Persian)
	kPunct      // any other single character
	kQuote      // a quotation mark
	kNL         // a line break: always ends a sentence
)

// tok is one token of the text. Offsets index the original text so that
// quotes and sources keep the article's own spelling.
type tok struct {
	s, e int
	w    string // normalized: lower case, Arabic folded, digits in ASCII
	k    kind
	cap  bool   // Latin word starting with an upper-case letter
	ar   bool   // Arabic script
	abbr bool   // word that swallowed a final period (U.S., Feb.)
	stem string // Arabic: w without clitics when that form is in the lexicons
	inQ  bool   // inside quotation marks
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

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 'ـ'
}

// tokenize splits text[from:to] into tokens. It is linear in the length.
func tokenize(text string, from, to int, dst []tok) []tok {
	i := from
	n := to
	for i < n {
		r, sz := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			dst = append(dst, tok{s: i, e: i + sz, k: kNL})
			i += sz
		case unicode.IsSpace(r) || r == utf8.RuneError || unicode.Is(unicode.Cf, r):
			i += sz
		case isWordRune(r):
			j := i + sz
			digitStart := isDigitRune(r)
			for j < n {
				r2, sz2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
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
						if isWordRune(r3) {
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
			t := tok{s: i, e: j, k: kWord}
			if digitStart {
				t.k = kNum
			}
			raw := text[i:j]
			// A following period belongs to an abbreviation.
			if j < n && text[j] == '.' && !digitStart && j-i <= 12 {
				low := strings.ToLower(raw)
				if abbreviations[low] || strings.Contains(raw, ".") || (utf8.RuneCountInString(raw) == 1 && unicode.IsUpper(r)) {
					if !(low == "no" && !followedByDigit(text, j+1)) {
						t.e = j + 1
						t.abbr = true
						j++
					}
				}
			}
			t.w = normWord(text[t.s:t.e])
			t.cap = unicode.IsUpper(r)
			t.ar = r >= 0x0600 && r <= 0x06FF
			if t.ar {
				t.stem = arStem(t.w)
			}
			dst = append(dst, t)
			i = j
		default:
			k := kPunct
			if isQuoteRune(r) {
				k = kQuote
			}
			dst = append(dst, tok{s: i, e: i + sz, w: text[i : i+sz], k: k})
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

// normWord lower-cases Latin, folds Arabic letter variants, drops Arabic
// diacritics and tatweel, maps Eastern digits to ASCII and strips a final
// abbreviation period and a possessive 's.
func normWord(s string) string {
	simple := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || (c >= 'A' && c <= 'Z') || c == '.' || c == '\'' {
			simple = false
			break
		}
	}
	if simple {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= '٠' && r <= '٩':
			r = '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			r = '0' + (r - '۰')
		case r == '٬' || r == '٫':
			r = ','
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == 'ـ' || (r >= 0x064B && r <= 0x065F) || r == 0x0670:
			continue
		case r == '’':
			r = '\''
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	w := b.String()
	if len(w) > 1 && strings.HasSuffix(w, ".") {
		w = w[:len(w)-1]
	}
	if strings.HasSuffix(w, "'s") && len(w) > 2 {
		w = w[:len(w)-2]
	}
	return w
}

// arPrefixes are the clitics stripped (longest first) when an Arabic word is
// not found as is: conjunctions, prepositions and the article.
var arPrefixes = []string{"وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "وب", "ول", "وك", "فب", "و", "ف", "ب", "ل", "ك"}

// lookup finds a token's normalized form in m (Arabic clitics allowed).
func lookup[V any](m map[string]V, t tok) (V, bool) {
	v, ok := m[t.w]
	if !ok && t.ar && t.stem != t.w {
		v, ok = m[t.stem]
	}
	return v, ok
}

// arVocab holds every Arabic word of the lexicons, so that a token's
// clitics are stripped once, at tokenization, rather than at each lookup.
var arVocab = func() map[string]bool {
	v := map[string]bool{}
	add := func(keys []string) {
		for _, k := range keys {
			if k != "" && k[0] >= 0x80 {
				v[k] = true
			}
		}
	}
	add(keysOf(metricWords))
	add(keysOf(groupWords))
	add(keysOf(arActors))
	add(keysOf(arCurrent))
	add(keysOf(arSpeechVerbs))
	add(keysOf(arAccording))
	add(keysOf(negHeads))
	add(keysOf(arNegFillers))
	return v
}()

func keysOf[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// arStem strips the longest clitic prefix, and then a possessive suffix,
// that leaves a lexicon word.
func arStem(w string) string {
	if arVocab[w] {
		return w
	}
	for _, p := range arPrefixes {
		if len(w) > len(p)+2 && strings.HasPrefix(w, p) && arVocab[w[len(p):]] {
			if strings.Contains(p, "ال") && !arSegVocab[w[len(p):]] {
				continue // a verb takes no article: التابع is not تابع
			}
			return w[len(p):]
		}
	}
	// a possessive or object suffix, with or without a prefix (arabic_morph.go)
	if r, ok := arSegment(w); ok {
		return r
	}
	for _, p := range arPrefixes {
		if len(w) > len(p)+6 && strings.HasPrefix(w, p) && !strings.Contains(p, "ال") {
			// a noun with the article takes no possessive: المدرسة is not مدرس+ه
			if r, ok := arSegment(w[len(p):]); ok {
				return r
			}
		}
	}
	return w
}
