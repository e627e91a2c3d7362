package places

import (
	"iter"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/idlibwatch/idlibwatch/reading"
	"github.com/idlibwatch/idlibwatch/textnorm"
)

// Reader finds places in spans of a text that reading has read. A reader
// asks of many spans of one article (each sentence, each clause before a
// figure); folding the words of each again (textnorm.Tokens) was most of
// the cost of finding its places. Reader takes the words from reading's
// tokens instead, where a word reads alike in both (most do: plain Latin
// and Arabic letters between spaces), and folds again only around the
// others. A Reader is not safe for use by several goroutines at once.
type Reader struct {
	text    string
	toks    []reading.Token
	words   []textnorm.Token // the words of the span asked last
	matches []Match          // what the span asked last of Matches names
	plain   []textnorm.Token // the words of the span asked last of Empty
	last    int              // the token tokenAt found last
}

// NewReader finds places in text, whose tokens reading made.
func NewReader(text string, toks []reading.Token) *Reader {
	return &Reader{text: text, toks: toks}
}

// Reset makes r a reader of text, whose tokens reading made, keeping
// the room r has for the words and places of a span: a caller that reads
// many articles keeps one reader. Reset("", nil) lets go of the text.
func (r *Reader) Reset(text string, toks []reading.Token) {
	// the whole room: a longer span asked before the last left its
	// words and matches, and their strings, past the length
	clear(r.words[:cap(r.words)])
	clear(r.matches[:cap(r.matches)])
	clear(r.plain[:cap(r.plain)])
	r.text, r.toks, r.words, r.matches, r.plain, r.last = text, toks, r.words[:0], r.matches[:0], r.plain[:0], 0
}

// Matches returns what In(start, end) yields, in a slice that the next
// call of Matches reuses.
func (r *Reader) Matches(start, end int) []Match {
	r.matches = r.matches[:0]
	for m := range r.In(start, end) {
		r.matches = append(r.matches, m)
	}
	return r.matches
}

// In yields what FindAll(text[start:end]) finds, in order, with spans in
// the whole text. start and end are rune boundaries. The yield function
// must not call In again.
func (r *Reader) In(start, end int) iter.Seq[Match] {
	return func(yield func(Match) bool) {
		if start >= end {
			return
		}
		r.words = r.spanWords(r.words[:0], start, end)
		idxAll.scanWords(r.text, r.words, yield)
	}
}

// Empty reports, at a cheaper look than In, that In(start, end) finds no
// place: the span holds only tokens of reading that are plain words or
// numbers, each a word of its own (the words In reads, without folding
// any again), and no spelling of the gazetteer opens at any of them, nor
// at a stem of an Arabic one. False says nothing.
func (r *Reader) Empty(start, end int) bool {
	ws, ok := r.plainWords(r.plain[:0], start, end)
	r.plain = ws
	return ok && !idxAll.opensAny(ws)
}

// plainWords appends the words of text[start:end] when reading's tokens
// give them all as they are (spanWords with nothing to fold). It returns
// false, with some words appended, when one is not so.
func (r *Reader) plainWords(ws []textnorm.Token, start, end int) ([]textnorm.Token, bool) {
	text := r.text
	pos := start
	for k := r.tokenAt(start); k < len(r.toks) && int(r.toks[k].Start) < end; k++ {
		t := &r.toks[k]
		ts, te := int(t.Start), int(t.End)
		if ts < pos || te > end || hasWordRune(text[pos:ts]) {
			return ws, false // a token cut by the span, or words reading has no token for
		}
		pos = te
		if t.Kind != reading.Word && t.Kind != reading.Number {
			continue
		}
		if ts != start && !apartBefore(text, ts) || te != end && !apartAfter(text, te) {
			return ws, false
		}
		var ok bool
		if ws, ok = appendPlain(ws, text[ts:te], t.Norm, ts); !ok {
			return ws, false
		}
	}
	return ws, !hasWordRune(text[pos:end])
}

// tokenAt is the index of the first token of r.toks that ends after
// byte i. A span is often asked twice (Empty, then Matches): the token
// found last is tried before a binary search.
func (r *Reader) tokenAt(i int) int {
	k := r.last
	if k < len(r.toks) && int(r.toks[k].End) > i && (k == 0 || int(r.toks[k-1].End) <= i) {
		return k
	}
	k = sort.Search(len(r.toks), func(j int) bool { return int(r.toks[j].End) > i })
	r.last = k
	return k
}

// spanWords appends the words textnorm.Tokens reads in text[start:end],
// with their spans in text.
func (r *Reader) spanWords(ws []textnorm.Token, start, end int) []textnorm.Token {
	text := r.text
	pos := start // the words before pos are read
	for k := r.tokenAt(start); pos < end; k++ {
		next := end // the end of the text up to the next token
		if k < len(r.toks) {
			next = min(end, int(r.toks[k].Start))
		}
		if next > pos && hasWordRune(text[pos:next]) {
			// words reading has no token for (a line it does not
			// read as the article's): fold them
			ws, pos = r.fold(ws, pos, next, start, end)
		}
		if k >= len(r.toks) || int(r.toks[k].Start) >= end {
			break
		}
		t := &r.toks[k]
		ts, te := int(t.Start), int(t.End)
		if te <= pos || t.Kind != reading.Word && t.Kind != reading.Number {
			continue // read already, or punctuation: no word
		}
		if ts >= pos && te <= end &&
			(ts == start || apartBefore(text, ts)) &&
			(te == end || apartAfter(text, te)) {
			var ok bool
			if ws, ok = appendPlain(ws, text[ts:te], t.Norm, ts); ok {
				pos = te
				continue
			}
		}
		ws, pos = r.fold(ws, max(ts, pos), min(te, end), start, end)
	}
	return ws
}

// fold appends the words of text[lo:hi] as textnorm.Tokens reads them in
// text[start:end]: it reads from the space before lo to the space after
// hi, where a word of the span starts and ends alike whatever is around.
// The words from there on already in ws are read again. It returns the
// end of what was read.
func (r *Reader) fold(ws []textnorm.Token, lo, hi, start, end int) ([]textnorm.Token, int) {
	for lo > start && !isSpace(r.text[lo-1]) {
		lo--
	}
	for hi < end && !isSpace(r.text[hi-1]) {
		hi++
	}
	for len(ws) > 0 && ws[len(ws)-1].Start >= lo {
		ws = ws[:len(ws)-1]
	}
	for _, w := range textnorm.Tokens(r.text[lo:hi]) {
		w.Start += lo
		w.End += lo
		ws = append(ws, w)
	}
	return ws, hi
}

func isSpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

// apart: does rune r next to a word leave it a word of its own for
// textnorm.Tokens (not a letter, nor an apostrophe that may join it to
// the next or drop a possessive)?
func apart(r rune, _ int) bool { return !textnorm.IsWordRune(r) && !textnorm.IsApostrophe(r) }

// apartBefore and apartAfter are apart for the rune before and after byte
// i of text, without decoding when it is ASCII (a space or a comma, most
// often).
func apartBefore(text string, i int) bool {
	if c := text[i-1]; c < utf8.RuneSelf {
		return asciiApart(c)
	}
	return apart(utf8.DecodeLastRuneInString(text[:i]))
}

func apartAfter(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiApart(c)
	}
	return apart(utf8.DecodeRuneInString(text[i:]))
}

// asciiApart is apart for an ASCII rune: not a letter or digit, nor an
// apostrophe (' or `).
func asciiApart(c byte) bool {
	return !isLowerOrDigit(c) && !(c >= 'A' && c <= 'Z') && c != '\'' && c != '`'
}

func isLowerOrDigit(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// hasWordRune is strings.ContainsFunc(s, textnorm.IsWordRune), reading
// ASCII bytes (the spaces and punctuation between tokens) without decoding.
func hasWordRune(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ContainsFunc(s[i:], textnorm.IsWordRune)
		}
		if isLowerOrDigit(c) || c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// appendPlain appends the words of raw, a token of reading at off in the
// text, when each is a plainWord: reading joins words at hyphens ("al-Bab",
// "Britain-based"), textnorm reads them apart. folded is reading's fold of
// raw. It appends nothing and returns false when a word is not plain.
func appendPlain(ws []textnorm.Token, raw, folded string, off int) ([]textnorm.Token, bool) {
	// most tokens are one word: plainWord turns down a hyphen, so a word
	// it takes whole needs no cutting
	if w, ok := plainWord(raw, folded); ok && raw != "" {
		if w.Norm != "" {
			w.Start, w.End = off, off+len(raw)
			ws = append(ws, w)
		}
		return ws, true
	} else if strings.IndexByte(raw, '-') < 0 {
		return ws, false
	}
	n := len(ws)
	for {
		part, rest, more := strings.Cut(raw, "-")
		fpart, frest, _ := strings.Cut(folded, "-")
		w, ok := plainWord(part, fpart)
		if !ok || part == "" {
			return ws[:n], false
		}
		if w.Norm != "" {
			w.Start, w.End = off, off+len(part)
			ws = append(ws, w)
		}
		if !more {
			return ws, true
		}
		off += len(part) + 1
		raw, folded = rest, frest
	}
}

// plainWord is textnorm's word for raw when every rune of raw folds alone
// (plainFold): raw itself when nothing changes, else folded, reading's
// fold of raw, when it is the same, else raw folded here. It reads bytes:
// the runes that fold alone are ASCII or two bytes of the Arabic block.
func plainWord(raw, folded string) (w textnorm.Token, ok bool) {
	// most words are lower case ASCII, or capitalized and folded by
	// reading to lower case: read those in one pass
	i, upper := 0, len(raw) > 0 && raw[0] >= 'A' && raw[0] <= 'Z'
	if upper {
		i = 1
	}
	for i < len(raw) && isLowerOrDigit(raw[i]) {
		i++
	}
	if i == len(raw) {
		switch {
		case !upper:
			w.Norm = raw
			return w, true
		case len(folded) == len(raw) && folded[0] == raw[0]+'a'-'A' && folded[1:] == raw[1:]:
			w.Norm, w.Upper = folded, true
			return w, true
		}
	}
	same, isFolded, j := true, true, 0
	for i := 0; i < len(raw); {
		if c := raw[i]; c < utf8.RuneSelf {
			f := c
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			case c >= 'A' && c <= 'Z':
				f += 'a' - 'A'
				same, w.Upper = false, w.Upper || i == 0
			default:
				return w, false
			}
			isFolded = isFolded && j < len(folded) && folded[j] == f
			i, j = i+1, j+1
			continue
		}
		if raw[i] != 0xD8 && raw[i] != 0xD9 || i+1 == len(raw) {
			return w, false // beyond U+0600-U+067F
		}
		a := arabicFolds[int(raw[i]&1)<<6|int(raw[i+1]&0x3F)]
		if !a.plain {
			return w, false
		}
		i += 2
		if !a.keep {
			same = false
			continue
		}
		w.Arabic = true
		same = same && a.same
		isFolded = isFolded && j+1 < len(folded) && folded[j] == a.f0 && folded[j+1] == a.f1
		j += 2
	}
	switch {
	case same:
		w.Norm = raw
	case isFolded && j == len(folded):
		w.Norm = folded
	default:
		var b strings.Builder
		b.Grow(len(raw))
		for _, c := range raw {
			if f, keep, _ := plainFold(c); keep {
				b.WriteRune(f)
			}
		}
		w.Norm = b.String()
	}
	return w, true
}

// arabicFold is plainFold of a rune of U+0600-U+067F, read from a table
// (arabicFolds) by plainWord: f0, f1 are the two bytes of the folded
// rune (Arabic too), same says it folds to itself.
type arabicFold struct {
	f0, f1            byte
	keep, plain, same bool
}

// arabicFolds holds arabicFold of U+0600+i at i.
var arabicFolds = func() (t [128]arabicFold) {
	for i := range t {
		c := rune(0x0600 + i)
		f, keep, plain := plainFold(c)
		t[i] = arabicFold{f0: byte(0xC0 | f>>6), f1: byte(0x80 | f&0x3F), keep: keep, plain: plain, same: f == c}
	}
	return t
}()

// plainFold is textnorm.Word for a rune that folds alone: ASCII letters
// and digits, and Arabic letters with their harakat and tatweel. plain is
// false for any other rune; keep is false for a rune Word drops.
func plainFold(c rune) (f rune, keep, plain bool) {
	switch {
	case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		return c, true, true
	case c >= 'A' && c <= 'Z':
		return c + 'a' - 'A', true, true
	case c == 'ـ' || c >= 0x064B && c <= 0x065F || c == 0x0670:
		return c, false, true // tatweel, harakat
	case c >= 'ء' && c <= 'ي':
		return textnorm.FoldArabic(c), true, true
	}
	return c, false, false
}
