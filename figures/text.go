package figures

import (
	"strings"
	"unicode/utf8"
)

// Boilerplate: a raw page dump carries menus, tickers and teaser lists
// around the article. They are recognized by their headings, line by line,
// so that the cost stays linear.

// teaserHeads open a list of other stories that runs until the next real
// paragraph.
var teaserHeads = map[string]bool{
	"most read": true, "most popular": true, "most viewed": true, "most shared": true,
	"read next": true, "read more": true, "related": true, "related articles": true,
	"related news": true, "related stories": true, "related posts": true, "related topics": true,
	"related content": true, "recommended": true, "recommended for you": true, "more from": true,
	"more stories": true, "more news": true, "you may also like": true, "you might also like": true,
	"trending": true, "trending now": true, "latest": true, "latest news": true,
	"latest stories": true, "top stories": true, "popular": true, "editor's picks": true,
	"editors' picks": true, "see also": true, "also read": true, "more on this": true,
	"in other news": true, "don't miss": true, "read also": true, "more in": true,
	"الاكثر قراءه": true, "الاكثر مشاهده": true, "اقرا ايضا": true, "اخبار ذات صله": true,
	"مواضيع ذات صله": true, "مقالات ذات صله": true, "ذات صله": true, "شاهد ايضا": true,
	"المزيد": true, "اخر الاخبار": true, "الاكثر تداولا": true, "قد يعجبك ايضا": true,
	"اقرا المزيد": true, "اخبار متعلقه": true, "you might be interested in": true,
	"more stories from": true, "related coverage": true, "recommended stories": true,
	"more on this story": true, "in case you missed it": true, "top news": true,
	"more top stories": true, "popular now": true, "most read stories": true, "read this next": true,
	"اخبار مقترحه": true, "موضوعات ذات صله": true, "مقالات مقترحه": true, "اخترنا لك": true,
	"قد يهمك": true, "الاكثر قراءه اليوم": true, "الاكثر مشاهده اليوم": true, "اقرا ايضا:": true,
}

// tickerHeads open a ticker of one-line items that runs until a blank line.
var tickerHeads = map[string]bool{
	"breaking": true, "breaking news": true, "just in": true, "news ticker": true,
	"ticker": true, "عاجل": true, "اخبار عاجله": true, "شريط الاخبار": true,
}

// teaserPrefixes mark a single teaser line ("Read more: ...").
var teaserPrefixes = []string{"read more:", "read also:", "also read:", "related:", "see also:", "watch:", "اقرا ايضا:", "اقرا ايضا"}

// teaserLine reports a single teaser line: "Read more: ...".
func teaserLine(line string) bool {
	line = strings.TrimLeft(line, " \t•·-*|")
	if len(line) > 40 {
		line = line[:40]
	}
	if line == "" {
		return false
	}
	if line[0] < 0x80 {
		for _, p := range teaserPrefixes {
			if len(line) >= len(p) && strings.EqualFold(line[:len(p)], p) {
				return true
			}
		}
		return false
	}
	k := lineKey(line)
	for _, p := range teaserPrefixes {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// tickerLabels open a one-line ticker item: "BREAKING: 3 killed in ...".
var tickerLabels = []string{"breaking:", "breaking news:", "just in:", "urgent:", "news alert:", "flash:", "ticker:", "news ticker:", "trending:", "عاجل:", "عاجل |", "عاجل|", "عاجل -", "عاجل :", "خبر عاجل:"}

// tickerLine reports a short line under a ticker label: another story's
// flash, not the article. A long paragraph that opens so is kept.
func tickerLine(line string) bool {
	line = strings.TrimLeft(line, " \t•·-*|>»")
	if len(line) < 6 {
		return false
	}
	head := line
	if len(head) > 20 {
		head = head[:20]
	}
	for _, p := range tickerLabels {
		if len(head) >= len(p) && strings.EqualFold(head[:len(p)], p) {
			// items run together with bars: "Ticker: ... | ... | ..."
			return wordCount(line) < 30 || strings.Count(line, " | ") >= 1
		}
	}
	return false
}

// lineKey normalizes a line for heading comparison: bullets, spaces and a
// final colon trimmed, lower case, Arabic folded.
func lineKey(line string) string {
	line = strings.TrimSpace(line)
	line = strings.TrimLeft(line, "•·-*|>» \t")
	line = strings.TrimRight(line, ": \t")
	if len(line) > 60 || strings.Count(line, " ") > 5 {
		return ""
	}
	var b strings.Builder
	for _, w := range strings.Fields(line) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(normWord(w))
	}
	return b.String()
}

func wordCount(s string) int {
	return len(strings.Fields(s))
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\r\"”’»)")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '؟'
}

// contentLines returns the [start, end) byte ranges of the lines that are
// article text.
func contentLines(text string) [][2]int {
	const (
		normal = iota
		teaser
		ticker
	)
	mode := normal
	tickerLeft := 0
	var out [][2]int
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		blank := strings.TrimSpace(line) == ""
		key := ""
		if !blank {
			key = lineKey(line)
		}
		keep := false
		switch {
		case blank:
			if mode == ticker {
				mode = normal
			}
		case teaserHeads[key]:
			mode = teaser
		case tickerHeads[key]:
			mode, tickerLeft = ticker, 15
		case mode == ticker:
			tickerLeft--
			if tickerLeft <= 0 || wordCount(line) >= 35 {
				mode = normal
				keep = true
			}
		case mode == teaser:
			if wordCount(line) >= 20 && endsSentence(line) {
				mode = normal
				keep = true
			}
		default:
			keep = !teaserLine(line) && !tickerLine(line)
		}
		if keep {
			out = append(out, [2]int{start, end})
		}
		if end == len(text) {
			break
		}
		start = end + 1
	}
	return out
}

// sentence is a token range [a, b).
type sentence struct{ a, b int }

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
func splitSentences(ts []tok, out []sentence) []sentence {
	a := 0
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		end := false
		if t.k == kNL {
			if i > a {
				out = append(out, sentence{a, i})
			}
			a = i + 1
			continue
		}
		if t.k == kPunct {
			switch t.w {
			case ".", "!", "?", "؟", "…":
				end = true
			}
		}
		// "... by the U.S. The next day": an abbreviation that ends a sentence
		if t.abbr && i+1 < len(ts) && ts[i+1].cap && afterAbbrOpeners[ts[i+1].w] {
			out = append(out, sentence{a, i + 1})
			a = i + 1
			continue
		}
		if end {
			j := i + 1
			for j < len(ts) && (ts[j].k == kQuote || ts[j].w == ")" || ts[j].w == "’") && ts[j].k != kNL {
				j++
			}
			// "approx. 5", "p. 3": a lower-case continuation is not a new sentence.
			if j < len(ts) && ts[j].k == kWord && !ts[j].ar && !ts[j].cap && t.w == "." && j == i+1 {
				continue
			}
			out = append(out, sentence{a, j})
			a = j
			i = j - 1
			continue
		}
		// A line that runs a headline into its first paragraph ("... in
		// Idlib An air strike ..."): a capitalized pronoun or article after
		// a word starts a new sentence.
		if t.k == kWord && t.cap && sentenceOpeners[t.w] && i > a && ts[i-1].k == kWord {
			out = append(out, sentence{a, i})
			a = i
		}
		if i-a+1 >= maxSentence {
			out = append(out, sentence{a, i + 1})
			a = i + 1
		}
	}
	if a < len(ts) {
		out = append(out, sentence{a, len(ts)})
	}
	return out
}

// markQuotes sets inQ on tokens between quotation marks. State resets at
// each line break; straight quotes toggle.
func markQuotes(ts []tok, text string) {
	open := false
	for i := range ts {
		t := &ts[i]
		switch t.k {
		case kNL:
			open = false
		case kQuote:
			r, _ := utf8.DecodeRuneInString(text[t.s:])
			switch r {
			case '“', '«', '„':
				open = true
			case '”', '»', '‟':
				open = false
			default:
				open = !open
			}
		default:
			t.inQ = open
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
func dropInnerEllipses(ts []tok) []tok {
	out := ts[:0]
	for i := 0; i < len(ts); i++ {
		if n := ellipsisInside(ts, i); n > 0 {
			i += n - 1
			continue
		}
		out = append(out, ts[i])
	}
	return out
}

// ellipsisInside: is the period or "…" at i an ellipsis ("…", "...") that
// leaves words out inside a sentence? It is when a lower-case word follows
// it, or when the word before it cannot end a sentence ("the strike on …
// Sarmin"). It returns the ellipsis's tokens, or 0.
func ellipsisInside(ts []tok, i int) int {
	j := i
	if ts[i].w == "." {
		for j+1 < len(ts) && ts[j+1].w == "." && ts[j+1].s == ts[j].e {
			j++
		}
		if j-i < 2 || i > 0 && ts[i-1].w == "." {
			return 0
		}
	} else if ts[i].w != "…" {
		return 0
	}
	if i == 0 || j+1 >= len(ts) || ts[i-1].k != kWord && ts[i-1].k != kNum {
		return 0
	}
	if n := ts[j+1]; n.k == kNum || n.k == kWord && !n.ar && !n.cap || n.k == kWord && cannotEnd[ts[i-1].w] {
		return j - i + 1
	}
	return 0
}
