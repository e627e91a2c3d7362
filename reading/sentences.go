package reading

import "unicode/utf8"

// afterAbbrOpeners start a new sentence after an abbreviation's period.
var afterAbbrOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "it": true, "he": true, "she": true, "they": true,
	"in": true, "on": true, "but": true, "this": true, "we": true, "there": true, "however": true,
}

// sentenceOpeners are capitalized words that do not occur inside a sentence.
var sentenceOpeners = map[string]bool{"an": true, "it": true, "they": true, "he": true, "she": true, "we": true}

// maxSentence bounds the tokens of one sentence so that every scan stays
// linear on pathological input.
const maxSentence = 160

// splitSentences cuts the token stream into sentences at final punctuation
// (keeping closing quotes and brackets with it) and at line breaks.
// Abbreviations have already swallowed their period in the tokenizer.
func splitSentences(ts []Token, out []Sentence) []Sentence {
	a := 0
	for i := 0; i < len(ts); i++ {
		t := &ts[i]
		end := false
		if t.Kind == Newline {
			if i > a {
				out = append(out, Sentence{a, i})
			}
			a = i + 1
			continue
		}
		if t.Kind == Punct {
			switch t.Norm {
			case ".", "!", "?", "؟", "…":
				end = true
			}
		}
		// "... by the U.S. The next day": an abbreviation that ends a sentence
		if t.Abbr && i+1 < len(ts) && ts[i+1].Upper && afterAbbrOpeners[ts[i+1].Norm] {
			out = append(out, Sentence{a, i + 1})
			a = i + 1
			continue
		}
		if end {
			j := i + 1
			for j < len(ts) && (ts[j].Kind == Quote || ts[j].Norm == ")" || ts[j].Norm == "’") && ts[j].Kind != Newline {
				if ts[j].Kind == Quote && opensQuote(ts, j) {
					break // `members. "There were`: the next sentence's opening mark
				}
				j++
			}
			// "approx. 5", "p. 3": a lower-case continuation is not a new sentence.
			if j < len(ts) && ts[j].Kind == Word && !ts[j].Arabic && !ts[j].Upper && t.Norm == "." && j == i+1 {
				continue
			}
			// "العربية.نت", "الشمال.نت": a period between two Arabic words
			// with no space is part of a site's name, not a sentence end
			if j == i+1 && j < len(ts) && t.Norm == "." && i > 0 && ts[i-1].Arabic && ts[j].Arabic &&
				ts[i-1].End == t.Start && ts[j].Start == t.End {
				continue
			}
			out = append(out, Sentence{a, j})
			a = j
			i = j - 1
			continue
		}
		// A line that runs a headline into its first paragraph ("... in
		// Idlib An air strike ..."): a capitalized pronoun or article after
		// a word starts a new sentence.
		if t.Kind == Word && t.Upper && i > a && ts[i-1].Kind == Word && sentenceOpeners[t.Norm] {
			out = append(out, Sentence{a, i})
			a = i
		}
		if i-a+1 >= maxSentence {
			out = append(out, Sentence{a, i + 1})
			a = i + 1
		}
	}
	if a < len(ts) {
		out = append(out, Sentence{a, len(ts)})
	}
	return out
}

// markQuotes sets Quoted on tokens between quotation marks. State resets at
// each line break; straight quotes toggle.
func markQuotes(ts []Token, text string) {
	open := false
	for i := range ts {
		t := &ts[i]
		switch t.Kind {
		case Newline:
			open = false
		case Quote:
			r, _ := utf8.DecodeRuneInString(text[t.Start:])
			switch r {
			case '“', '«', '„':
				open = true
			case '”', '»', '‟':
				open = false
			default:
				open = !open
			}
		default:
			t.Quoted = open
		}
	}
}

// cannotEnd are words a sentence does not end on: an ellipsis after them
// leaves words out inside the sentence.
var cannotEnd = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "on": true, "in": true, "at": true,
	"from": true, "to": true, "by": true, "for": true, "with": true, "and": true, "or": true,
	"near": true, "his": true, "her": true, "their": true, "its": true,
}

// dropInnerEllipses removes the ellipses that leave words out inside a
// sentence ("the toll from the strikes on … rose to 14"), so that the
// sentence reads on across them; the text keeps them for quotes.
func dropInnerEllipses(ts []Token) []Token {
	// most lines have none: copy only from the first
	first := 0
	for first < len(ts) && (ts[first].Kind != Punct || ellipsisInside(ts, first) == 0) {
		first++
	}
	out := ts[:first]
	for i := first; i < len(ts); i++ {
		if n := ellipsisInside(ts, i); n > 0 {
			i += n - 1
			continue
		}
		out = append(out, ts[i])
	}
	return out
}

// ellipsisInside: is the period or "…" at i (a Punct token) an ellipsis
// ("…", "...") that leaves words out inside a sentence? It is when a
// lower-case word follows it, or when the word before it cannot end a
// sentence ("the strike on … Sarmin"). It returns the ellipsis's tokens,
// or 0.
func ellipsisInside(ts []Token, i int) int {
	j := i
	if ts[i].Norm == "." {
		for j+1 < len(ts) && ts[j+1].Norm == "." && ts[j+1].Start == ts[j].End {
			j++
		}
		if j-i < 2 || i > 0 && ts[i-1].Norm == "." {
			return 0
		}
	} else if ts[i].Norm != "…" {
		return 0
	}
	if i == 0 || j+1 >= len(ts) || ts[i-1].Kind != Word && ts[i-1].Kind != Number {
		return 0
	}
	if n := ts[j+1]; n.Kind == Number || n.Kind == Word && !n.Arabic && !n.Upper || n.Kind == Word && cannotEnd[ts[i-1].Norm] {
		return j - i + 1
	}
	return 0
}

// opensQuote: does the quotation mark at j open a quotation rather than
// close one? An opening curly mark does; a straight one does when a space
// stands before it and a word follows it with none ("... members. "There
// were"), where a closing one hugs the period ("... members." There).
func opensQuote(ts []Token, j int) bool {
	if j == 0 || j+1 >= len(ts) {
		return false
	}
	switch ts[j].Norm {
	case "“", "«", "„":
		return true
	case "”", "»", "’":
		return false
	}
	n := ts[j+1]
	return ts[j].Start > ts[j-1].End && n.Start == ts[j].End && n.Kind != Newline && n.Kind != Quote && n.Kind != Punct
}
