package events

import (
	"sort"
	"strings"

	"github.com/idlibwatch/idlibwatch/reading"
	"github.com/idlibwatch/idlibwatch/textnorm"
)

// tok is a word of a text as matching reads it (textnorm.Tokens, the
// match words of reading.Doc): its byte span, the word as written, and its
// normal form (lower case, Arabic letter variants folded, Arabic-Indic and
// Persian digits as ASCII).
type tok struct {
	start, end int
	raw, w     string
}

// tokenize reads the words of a short text that is no article (a quote, a
// title fragment).
func tokenize(text string) []tok { return toToks(text, textnorm.Tokens(text)) }

// toToks converts match words, with their spans in text.
func toToks(text string, ws []textnorm.Token) []tok {
	out := make([]tok, len(ws))
	for i, w := range ws {
		out[i] = tok{start: w.Start, end: w.End, raw: text[w.Start:w.End], w: textnorm.ASCIIDigits(w.Norm)}
	}
	return out
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

// matchAt reports whether p starts at toks[i]; an Arabic word may carry
// clitics (و، ف، ب، ل، ك) before it (reading.Stems).
func (p phrase) matchAt(toks []tok, i int) bool {
	if i+len(p) > len(toks) {
		return false
	}
	for k, w := range p {
		t := toks[i+k].w
		if t == w {
			continue
		}
		if k == 0 && withClitics(t, w) {
			continue
		}
		return false
	}
	return true
}

// withClitics reports whether t is w with clitics before it.
func withClitics(t, w string) bool {
	found := false
	reading.Stems(t, true, func(stem string, _ bool) bool {
		found = stem == w
		return !found
	})
	return found
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
	j := -1
	reading.Stems(w, true, func(stem string, _ bool) bool {
		j = ps.first(toks, i, stem)
		return j < 0
	})
	return j
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
