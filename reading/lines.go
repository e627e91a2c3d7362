package reading

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
		b.WriteString(Fold(w))
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

// readLines returns the lines of text, marking those that are article
// text.
func readLines(text string) []Line {
	const (
		normal = iota
		teaser
		ticker
	)
	mode := normal
	tickerLeft := 0
	out := make([]Line, 0, strings.Count(text, "\n")+1)
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
		out = append(out, Line{Start: start, End: end, Content: keep})
		if end == len(text) {
			break
		}
		start = end + 1
	}
	return out
}
