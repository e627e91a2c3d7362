// Package reading reads an article once for every package that looks at
// its words: figures, events and places. Read cuts the text into tokens
// (with byte spans, normalized forms, kind, case, script and abbreviation
// periods), lines (telling article text from page boilerplate), sentences
// and quotations, and MatchWords gives its words as matching compares them
// (textnorm). Dates gives its date mentions (one lexicon of months,
// weekdays and relative days, both languages), and BoundaryAt and Clauses
// where its clauses open. Arabic clitics are segmented by one rule
// (Stems), so that a fix to how a clitic, a date or a sentence end is read
// lands everywhere at once. It is pure: no I/O, no clock.
package reading

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/idlibwatch/idlibwatch/textnorm"
)

// Doc is one reading of a text. It is not changed after Read, and may be
// shared by the packages that read the article.
type Doc struct {
	// Text is the text read, with invalid UTF-8 replaced by U+FFFD: every
	// span indexes it.
	Text string
	// Tokens are the tokens of the article text (the content lines) in
	// order, each line closed by an empty Newline token at its end; an
	// ellipsis that leaves words out inside a sentence is not a token.
	Tokens []Token
	// Lines are the text's lines in order (a final line without a line
	// break included).
	Lines []Line
	// Sentences are the token ranges of the text's sentences, in order;
	// none spans a line break.
	Sentences []Sentence
	// Outlet is the name of the outlet that published the text when the
	// caller knows it (a feed's site name); Read leaves it empty.
	Outlet string

	match     []textnorm.Token
	matchOnce sync.Once
	dates     []Date
	datesOnce sync.Once
}

// Line is a line of the text: its byte span without the line break, its
// tokens Tokens[First:Last] (the Newline token not included), and whether
// it is article text rather than page boilerplate (tickers, lists of other
// stories: see readLines). Boilerplate is not tokenized: its tokens are
// empty, and no sentence, quotation or match word comes from it.
//
// Furniture marks a content line of page furniture (a byline, a
// timestamp, a section's name, a caption: see furnitureLine): article
// text, but no sentence of the report. DatelineEnd, when not 0, is the
// end (a byte offset of Text) of the wire dateline that opens the line
// ("ARIHA, Syria, May 3 (Wire) -"): where and when the report was
// filed. Both are read in the page's head only, up to and including its
// first paragraph: where they stand between the headline and the lede.
//
// Fact marks a labelled line of a fact box that says the own incident's
// date or place ("Incident date: 3 May 2024", "المكان: سرمين": see
// factLabel), wherever it stands. Such a line is content and furniture:
// no sentence of the report, but its date and place are the incident's,
// never the page's.
type Line struct {
	Start, End  int
	First, Last int
	DatelineEnd int
	Content     bool
	Furniture   bool
	Fact        Fact
}

// Sentence is a range of tokens [A, B).
type Sentence struct{ A, B int }

// Span is the byte span of sentence s in d.Text.
func (d *Doc) Span(s Sentence) (start, end int) {
	if s.B <= s.A {
		return 0, 0
	}
	return int(d.Tokens[s.A].Start), int(d.Tokens[s.B-1].End)
}

// maxText is the most of a text Read reads: a token keeps its offsets in
// int32s (a token of 32 bytes, not 40). No article comes near it.
const maxText = 1<<31 - 1

// clipText cuts text to its first max bytes at most, at a rune's start.
func clipText(text string, max int) string {
	if len(text) <= max {
		return text
	}
	for max > 0 && !utf8.RuneStart(text[max]) {
		max--
	}
	return text[:max]
}

// Read reads text, up to its first 2 GiB. It is linear in the length of
// the text.
func Read(text string) *Doc {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = clipText(text, maxText)
	d := &Doc{Text: text, Lines: readLines(text)}
	// a token is a word or a mark: no text seen has more than 1.25 a
	// space, and counting spaces is quick
	d.Tokens = make([]Token, 0, (strings.Count(text, " ")+strings.Count(text, "\n"))*5/4+16)
	var folds strings.Builder // the folded words that differ from the text (foldInto)
	folds.Grow(len(text) / 2) // capitalized and Arabic words: most of the text at worst
	for i := range d.Lines {
		ln := &d.Lines[i]
		ln.First = len(d.Tokens)
		if ln.Content {
			d.Tokens = tokenize(text, ln.Start, ln.End, d.Tokens, &folds)
			kept := dropInnerEllipses(d.Tokens[ln.First:])
			d.Tokens = d.Tokens[:ln.First+len(kept)]
			ln.Last = len(d.Tokens)
			d.Tokens = append(d.Tokens, Token{Start: int32(ln.End), End: int32(ln.End), Kind: Newline})
		} else {
			ln.Last = ln.First
		}
	}
	markQuotes(d.Tokens, text)
	d.Sentences = splitSentences(d.Tokens, make([]Sentence, 0, len(d.Tokens)/12+4))
	return d
}
