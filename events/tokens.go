package events

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/idlibwatch/idlibwatch/textnorm"
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
	var w string
	if isASCII(raw) {
		w = strings.ToLower(raw) // nothing else to fold
	} else {
		// raw holds no separator, so it is one word to fold.
		w, _ = textnorm.Word(raw)
		w = textnorm.ASCIIDigits(w)
	}
	if w == "" {
		return out
	}
	return append(out, tok{start: start, end: end, raw: raw, w: w})
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
	if r < utf8.RuneSelf || !strings.ContainsRune("وبلف", r) {
		return false
	}
	rest := t[n:]
	return rest == w || (strings.HasPrefix(w, "ال") && rest == w[len("ا"):]) // "لل" for "ال"
}

// phraseSet finds, at a token, the longest of a list of phrases that starts
// there, looking up only the phrases whose first word fits the token.
type phraseSet struct {
	items   []phrase
	tags    []string
	byFirst map[string][]int // first word → item indexes, longest phrase first
}

func newPhraseSet(items []phrase, tags []string) *phraseSet {
	ps := &phraseSet{items: items, tags: tags, byFirst: map[string][]int{}}
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return len(items[order[a]]) > len(items[order[b]]) })
	for _, i := range order {
		ps.byFirst[items[i][0]] = append(ps.byFirst[items[i][0]], i)
	}
	return ps
}

// at returns the index of the longest phrase starting at toks[i], or -1.
func (ps *phraseSet) at(toks []tok, i int) int {
	w := toks[i].w
	if j := ps.first(toks, i, w); j >= 0 {
		return j
	}
	r, n := utf8.DecodeRuneInString(w)
	if r < utf8.RuneSelf || !strings.ContainsRune("وبلف", r) {
		return -1
	}
	if j := ps.first(toks, i, w[n:]); j >= 0 {
		return j
	}
	return ps.first(toks, i, "ا"+w[n:])
}

func (ps *phraseSet) first(toks []tok, i int, w string) int {
	for _, j := range ps.byFirst[w] {
		if ps.items[j].matchAt(toks, i) {
			return j
		}
	}
	return -1
}

// any reports whether some phrase of the set occurs in toks.
func (ps *phraseSet) any(toks []tok) bool {
	for i := range toks {
		if ps.at(toks, i) >= 0 {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
