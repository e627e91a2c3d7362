package reading

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/idlibwatch/idlibwatch/textnorm"
)

// MatchWord is a word as matching compares it (events' phrases, dates and
// names): a run of letters, digits and combining marks, so that a hyphen,
// an apostrophe or a dot between two of them parts them ("al-Shughur" is
// two words), folded by textnorm.Word with its digits in ASCII.
type MatchWord struct {
	Start, End int
	Raw        string // as written
	Norm       string
}

// MatchWords returns the match words of the whole text. They are made on
// first use (figures do not need them) and shared after.
func (d *Doc) MatchWords() []MatchWord {
	d.matchOnce.Do(func() { d.match = matchWords(d.Text, d.Tokens) })
	return d.match
}

// MatchWordsIn returns the match words within the byte span [start, end).
func (d *Doc) MatchWordsIn(start, end int) []MatchWord {
	ws := d.MatchWords()
	i := searchStart(ws, start)
	j := i
	for j < len(ws) && ws[j].End <= end {
		j++
	}
	return ws[i:j]
}

// searchStart is the index of the first word at or after start.
func searchStart(ws []MatchWord, start int) int {
	lo, hi := 0, len(ws)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ws[m].Start < start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// matchWords splits the word and number tokens at the characters that do
// not join match words (hyphens, apostrophes, dots, separators), and joins
// the tokens the tokenizer parted with nothing between (و10): every run of
// letters, digits and marks is one match word.
func matchWords(text string, ts []Token) []MatchWord {
	out := make([]MatchWord, 0, len(ts))
	start, end := -1, 0 // the open run
	for _, t := range ts {
		if t.Kind != Word && t.Kind != Number {
			continue
		}
		if start >= 0 && t.Start != end {
			out = appendMatch(out, text, start, end)
			start = -1
		}
		for i := t.Start; i < t.End; {
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
				if start < 0 {
					start = i
				}
				end = i + n
			case start >= 0:
				out = appendMatch(out, text, start, end)
				start = -1
			}
			i += n
		}
	}
	if start >= 0 {
		out = appendMatch(out, text, start, end)
	}
	return out
}

func appendMatch(out []MatchWord, text string, start, end int) []MatchWord {
	raw := text[start:end]
	w := textnorm.ASCIIDigits(matchFold(raw))
	if w == "" {
		return out
	}
	return append(out, MatchWord{Start: start, End: end, Raw: raw, Norm: w})
}

// matchFold folds a run of word runes: plain ASCII needs only lower case.
func matchFold(raw string) string {
	for i := 0; i < len(raw); i++ {
		if raw[i] >= utf8.RuneSelf {
			w, _ := textnorm.Word(raw)
			return w
		}
	}
	return strings.ToLower(raw)
}
