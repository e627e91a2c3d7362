package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/idlibwatch/idlibwatch/places"
)

// tok is a word of a text: its byte span, the word as written, and its
// normal form (lower case, Arabic letter variants folded, Arabic-Indic and
// Persian digits as ASCII).
type tok struct {
	start, end int
	raw, w     string
}

// tokenize splits text into words, keeping their offsets.
func tokenize(text string) []tok {
	var out []tok
	start := -1
	for i, r := range text {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if in && start < 0 {
			start = i
		}
		if !in && start >= 0 {
			out = appendTok(out, text, start, i)
			start = -1
		}
	}
	if start >= 0 {
		out = appendTok(out, text, start, len(text))
	}
	return out
}

func appendTok(out []tok, text string, start, end int) []tok {
	raw := text[start:end]
	w := asciiDigits(places.Normalize(raw))
	if w == "" {
		return out
	}
	return append(out, tok{start: start, end: end, raw: raw, w: w})
}

// asciiDigits rewrites Arabic-Indic (٠-٩) and Persian (۰-۹) digits as ASCII.
func asciiDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x0660 && r <= 0x06F9 }) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 0x0660 && r <= 0x0669:
			r = '0' + (r - 0x0660)
		case r >= 0x06F0 && r <= 0x06F9:
			r = '0' + (r - 0x06F0)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// phrase is a sequence of normalized words to look for.
type phrase []string

// phrases builds phrases from a "|"-separated list, each normalized as text.
func phrases(list string) []phrase {
	var out []phrase
	for _, p := range strings.Split(list, "|") {
		if ws := words(strings.TrimSpace(p)); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

// matchAt reports whether p starts at toks[i]; an Arabic word may carry a
// one-letter clitic (و، ب، ل، ف) before it.
func (p phrase) matchAt(toks []tok, i int) bool {
	if i+len(p) > len(toks) {
		return false
	}
	for k, w := range p {
		t := toks[i+k].w
		if t == w {
			continue
		}
		if k == 0 && arabicClitic(t, w) {
			continue
		}
		return false
	}
	return true
}

func arabicClitic(t, w string) bool {
	r, n := utf8.DecodeRuneInString(t)
	if !strings.ContainsRune("وبلف", r) {
		return false
	}
	rest := t[n:]
	return rest == w || (strings.HasPrefix(w, "ال") && rest == w[len("ا"):]) // "لل" for "ال"
}
