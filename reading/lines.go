package reading

import (
	"strings"
	"unicode"
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
	"more on this story": true, "suggested": true, "suggested articles": true, "suggested stories": true,
	"suggested reading": true, "suggested for you": true, "in case you missed it": true, "top news": true,
	"more top stories": true, "popular now": true, "most read stories": true, "read this next": true,
	"اخبار مقترحه": true, "موضوعات ذات صله": true, "مقالات مقترحه": true, "اخترنا لك": true,
	"قد يهمك": true, "الاكثر قراءه اليوم": true, "الاكثر مشاهده اليوم": true, "اقرا ايضا:": true,
}

// tickerHeads open a ticker of one-line items that runs until a blank line.
var tickerHeads = map[string]bool{
	"breaking": true, "breaking news": true, "just in": true, "news ticker": true,
	"ticker": true, "عاجل": true, "اخبار عاجله": true, "شريط الاخبار": true,
}

// teaserLabels open a single teaser line: "Read more: ...", "Related |
// ...", "اقرأ أيضاً: ...". The label is followed by a separator mark.
var teaserLabels = []string{"read more", "read also", "also read", "related", "see also", "watch", "more", "اقرا ايضا", "اقرا المزيد", "شاهد ايضا", "ذات صله"}

// headBytes is the most of a line foldHead folds.
const headBytes = 48

// foldHead folds the first 48 bytes of a line into folds (foldInto), cut
// at a rune boundary: labels sit at the start, and folding the whole line
// is wasted work. The line is valid UTF-8 (Read made it so): the cut backs
// up over continuation bytes alone.
func foldHead(folds *strings.Builder, line string) string {
	head := line
	if len(head) > headBytes {
		cut := headBytes
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		head = head[:cut]
	}
	return foldInto(folds, head)
}

// furnitureBullets are the marks a line of page furniture may open with.
const furnitureBullets = " \t•·-*|"

// pageLine is a line read for the labels of page furniture (teaserLine,
// chromeLine, metaLine), folded once for all of them. A line of bullets
// alone has no head and no words: no label matches it.
type pageLine struct {
	text   string // the line without the bullets and spaces it opens with
	head   string // foldHead(text); "" for a line of over 14 words no label can open (labelsMayOpen)
	words  int    // wordCount(text, most): over most is all it says
	most   int    // 25 for a line of the page's head, else 16
	folded string // Fold(text) for a line of 14 words or fewer, else ""
}

// readPageLine reads line for the furniture tests, folding into folds.
// A line of the page's head (pageHead) is read whole for furnitureLine;
// a line after it is read for the labels alone: its words are counted
// up to 16 (no label test asks more, but chromeLine, which counts again
// when a label opens the line), and a paragraph's head is folded only
// when a label may open it.
func readPageLine(folds *strings.Builder, line string, pageHead bool) pageLine {
	p := pageLine{text: strings.TrimLeft(line, furnitureBullets), most: 16}
	if pageHead {
		p.most = 25
	}
	if p.text == "" {
		return p
	}
	p.words = wordCount(p.text, p.most)
	if p.words > 14 && !pageHead && !labelsMayOpen(p.text) {
		return p
	}
	p.head = foldHead(folds, p.text)
	if p.words <= 14 {
		p.folded = p.head // a line no longer than a head is its head
		if len(p.text) > headBytes {
			p.folded = foldInto(folds, p.text)
		}
	}
	return p
}

// labelsMayOpen: may a teaser or chrome label open s's head (foldHead)?
// Each label is four bytes or more, so the first four bytes of the folded
// head tell, folded here from the few runes they take (foldInto trims a
// final '.' or "'s" only, which leaves them or a head too short for a
// label).
func labelsMayOpen(s string) bool {
	cut := len(s) // where foldHead cuts the head
	if cut > headBytes {
		cut = headBytes
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	var f [4 + utf8.UTFMax]byte
	n := 0
	for i := 0; i < cut && n < 4; {
		c := s[i]
		if c < utf8.RuneSelf {
			f[n] = asciiLower[c]
			n++
			i++
			continue
		}
		r, size := decodeAt(s[:cut], i)
		i += size
		if r, keep := foldRune(r); keep {
			n += utf8.EncodeRune(f[n:], r)
		}
	}
	if n < 4 {
		return false // no label is so short
	}
	if k := int(f[0])<<8 | int(f[1]); labelOpenings.two[k/64]&(1<<(k%64)) == 0 {
		return false
	}
	return labelOpenings.four[string(f[:4])]
}

// labelOpenings holds the openings of the teaser and chrome labels
// (labelsMayOpen): bit b0<<8|b1 of two is set when a label opens with
// the bytes b0, b1, and four holds their first four bytes.
var labelOpenings = func() (o struct {
	two  [1 << 16 / 64]uint64
	four map[string]bool
}) {
	o.four = map[string]bool{}
	for _, ls := range [][]string{teaserLabels, chromeLabels} {
		for _, p := range ls {
			k := int(p[0])<<8 | int(p[1])
			o.two[k/64] |= 1 << (k % 64)
			if len(p) < 4 {
				panic("reading: a teaser or chrome label under four bytes: " + p)
			}
			o.four[p[:4]] = true
		}
	}
	return o
}()

// labelIndex holds a list of labels by their first two bytes (bucketed):
// a line's head is compared with the few labels it can open with, in the
// list's order, not with every label.
type labelIndex [256][]string

// labelBucket is the bucket of a label or head of two bytes or more.
func labelBucket(s string) byte { return s[0]*31 + s[1] }

func indexLabels(labels []string) *labelIndex {
	var ix labelIndex
	for _, p := range labels {
		if len(p) < 2 {
			panic("reading: a label under two bytes: " + p)
		}
		b := labelBucket(p)
		ix[b] = append(ix[b], p)
	}
	return &ix
}

// of returns the labels head may open with (a superset), in the list's
// order.
func (ix *labelIndex) of(head string) []string {
	if len(head) < 2 {
		return nil // no label is so short
	}
	return ix[labelBucket(head)]
}

var teaserIndex = indexLabels(teaserLabels)

// teaserLine reports a single teaser line: "Read more: ...".
func teaserLine(l pageLine) bool {
	k := l.head
	for _, p := range teaserIndex.of(k) {
		if !strings.HasPrefix(k, p) {
			continue
		}
		rest := strings.TrimLeft(k[len(p):], " \t")
		if rest == "" {
			return false // a heading alone: see teaserHeads
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if strings.ContainsRune(":|-–—»>›", r) {
			return true
		}
	}
	return false
}

// chromeLabels open a line of page furniture: tags, share and follow
// prompts, newsletter and cookie notices, photo and reporting credits.
// Bylines and timestamps are left alone: they may carry the date.
var chromeLabels = []string{
	"tags:", "topics:", "keywords:", "follow us", "share this", "share on", "share:", "copy link",
	"subscribe", "sign up", "we use cookies", "this site uses cookies", "this website uses cookies",
	"photo:", "photo credit", "photograph:", "image:", "credit:", "(photo", "(afp", "(reuters", "(file photo",
	"(reporting by", "reporting by", "(writing by", "(editing by", "additional reporting by",
	"الوسوم", "وسوم:", "شارك علي", "كلمات مفتاحيه", "تابعونا", "تابعنا", "شارك:", "شارك هذا", "اشترك", "اشتركوا",
	"يستخدم هذا الموقع", "صوره ارشيفيه", "(صوره", "صوره:", "الصوره:", "المصدر:", "مصدر الصوره",
}

// chromeFirst holds the first bytes of chromeLabels: most lines open
// with none of them.
var chromeFirst = func() (first [256]bool) {
	for _, p := range chromeLabels {
		first[p[0]] = true
	}
	return first
}()

var chromeIndex = indexLabels(chromeLabels)

// chromeMarks mark a short line of page furniture wherever they stand.
var chromeMarks = []string{"photo:", "photo credit", "credit:", "via getty", "getty images", "newsletter", "inbox", "unsubscribe", "النشره البريديه", "(صوره", "صوره:"}

// chromeLine reports a short line of page furniture (chromeLabels,
// chromeMarks).
func chromeLine(l pageLine) bool {
	line, n := l.text, l.words
	if n > 25 {
		return false
	}
	if n <= 14 {
		// a caption's credit or a newsletter prompt anywhere in a short line
		for _, p := range chromeMarks {
			if strings.Contains(l.folded, p) {
				return true
			}
		}
	}
	k := l.head
	if k == "" || !chromeFirst[k[0]] {
		return false
	}
	for _, p := range chromeIndex.of(k) {
		if strings.HasPrefix(k, p) {
			if n > l.most && wordCount(line, 25) > 25 {
				return false // (counted up to l.most only)
			}
			// "(AFP photo)" is a credit, "(Reuters) - Air strikes ..." a lede
			return p[0] != '(' || strings.HasSuffix(strings.TrimSpace(line), ")")
		}
	}
	return false
}

// tickerLabels open a one-line ticker item: "BREAKING: 3 killed in ...".
var tickerLabels = []string{"breaking:", "breaking news:", "just in:", "urgent:", "news alert:", "flash:", "ticker:", "news ticker:", "trending:", "عاجل:", "عاجل |", "عاجل|", "عاجل -", "عاجل :", "خبر عاجل:"}

// tickerFirst holds the bytes a line under a tickerLabels label can
// open with: strings.EqualFold folds no other rune to their first letters
// (b, j, u, n, f, t), and Arabic has no case.
var tickerFirst = func() (first [256]bool) {
	for _, p := range tickerLabels {
		c := p[0]
		first[c] = true
		if c >= 'a' && c <= 'z' {
			first[c-'a'+'A'] = true
		}
	}
	return first
}()

// tickerLine reports a short line under a ticker label: another story's
// flash, not the article. A long paragraph that opens so is kept.
func tickerLine(line string) bool {
	line = strings.TrimLeft(line, " \t•·-*|>»")
	if len(line) < 6 || !tickerFirst[line[0]] {
		return false
	}
	head := line
	if len(head) > 20 {
		head = head[:20]
	}
	for _, p := range tickerLabels {
		if len(head) >= len(p) && strings.EqualFold(head[:len(p)], p) {
			// items run together with bars: "Ticker: ... | ... | ..."
			return wordCount(line, 30) < 30 || strings.Count(line, " | ") >= 1
		}
	}
	return false
}

// labelHeadline: is a labelled first line ("عاجل: مقتل 6 في معرة
// مصرين", "Breaking: 8 killed in Maarat Misrin") the article's own
// headline? It is when the text after it names one of its own words (a
// town, a name), not only words of any casualty report: a flash of another
// story shares none. It reads a bounded stretch of the rest.
func labelHeadline(line, rest string) bool {
	if len(rest) > 3000 {
		rest = rest[:3000]
	}
	own := make(map[string]bool, 8)
	for i, w := range strings.Fields(line) {
		if i == 0 || len(own) >= 16 {
			continue // the label
		}
		if w = headWord(w); w != "" {
			own[w] = true
		}
	}
	if len(own) == 0 {
		return false
	}
	for _, w := range strings.Fields(rest) {
		if own[headWord(w)] {
			return true
		}
	}
	return false
}

// headWord is the folded form of a word that can tell one story from
// another: four letters at least, not a number, not a word of every
// casualty report. Arabic و and ب before it are stripped.
func headWord(w string) string {
	w = strings.Trim(w, ".,:;!?|\"'()[]«»“”‘’-—–،؛؟")
	w = Fold(w)
	for _, p := range [...]string{"و", "ب"} {
		if r := strings.TrimPrefix(w, p); r != w && utf8.RuneCountInString(r) >= 4 {
			w = r
		}
	}
	if utf8.RuneCountInString(w) < 4 || w[0] >= '0' && w[0] <= '9' || reportWords[w] {
		return ""
	}
	return w
}

// reportWords occur in any casualty report: sharing one does not make two
// lines one story.
var reportWords = map[string]bool{
	"killed": true, "kills": true, "dead": true, "died": true, "wounded": true, "injured": true,
	"people": true, "civilians": true, "children": true, "women": true, "soldiers": true,
	"fighters": true, "strike": true, "strikes": true, "airstrike": true, "shelling": true,
	"attack": true, "after": true, "with": true, "from": true, "near": true, "least": true,
	"syria": true, "syrian": true, "idlib": true, "northwest": true, "north": true, "regime": true,
	"مقتل": true, "قتلي": true, "قتيل": true, "اصابه": true, "جرحي": true, "مدنيين": true,
	"اشخاص": true, "اطفال": true, "عناصر": true, "قصف": true, "غاره": true, "غارات": true,
	"هجوم": true, "سوريا": true, "السوريه": true, "ادلب": true, "النظام": true, "جراء": true,
	"الاقل": true, "شمال": true, "جنوب": true, "ريف": true,
	"ارتفاع": true, "ارتفعت": true, "حصيله": true, "ضحايا": true, "مدنيا": true, "مدنيون": true,
	"اخرين": true, "اخرون": true, "مدفعي": true, "صاروخي": true, "شمالي": true, "جنوبي": true,
	"غربي": true, "شرقي": true, "toll": true, "rises": true, "killing": true, "kill": true,
}

// appendLineKey appends to dst the line normalized for heading
// comparison: bullets, spaces and a final colon trimmed, its words folded
// (into folds, see foldInto) and parted by one space; nothing for a line
// too long for a heading. The key is only looked up (teaserHeads[string(key)]
// takes no allocation), so it is built in the caller's buffer.
func appendLineKey(dst []byte, folds *strings.Builder, line string) []byte {
	line = strings.TrimSpace(line)
	line = strings.TrimLeft(line, "•·-*|>» \t")
	line = strings.TrimRight(line, ": \t")
	if len(line) > 60 || strings.Count(line, " ") > 5 {
		return dst
	}
	start := len(dst)
	for w := range strings.FieldsSeq(line) {
		if len(dst) > start {
			dst = append(dst, ' ')
		}
		dst = append(dst, foldInto(folds, w)...)
	}
	return dst
}

// wordCount is len(strings.Fields(s)) without the slice, counted up to
// max+1: the callers compare it with a bound, and paragraphs are long.
// It steps a byte at a time through wcBytes: only a rune that may be a
// space beyond ASCII is decoded.
func wordCount(s string, max int) int {
	n, i := 0, 0
	for {
		for i < len(s) { // the spaces before a word
			k := wcBytes[s[i]]
			if k == wcWord {
				break
			}
			if k == wcSpace {
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += size
		}
		if i >= len(s) {
			return n
		}
		if n++; n > max {
			return n
		}
		for i < len(s) { // the word
			k := wcBytes[s[i]]
			if k == wcWord {
				i++
				continue
			}
			if k == wcSpace {
				break
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += size
		}
	}
}

// wcBytes tells wordCount what a byte is: an ASCII space, a byte of no
// space (other ASCII, a continuation byte, the first byte of a two-byte
// rune from U+00C0 to U+07FF, Arabic among them, or C0 and C1, which
// start none), or a byte to decode (C2: U+0080 to U+00BF holds NEL and
// the no-break space; E0 and up: the longer runes hold other spaces, and
// F5 and up start none).
const (
	wcWord = iota
	wcSpace
	wcDecode
)

var wcBytes = func() (k [256]uint8) {
	for c := range k {
		switch {
		case c == ' ' || c >= '\t' && c <= '\r':
			k[c] = wcSpace
		case c == 0xC2 || c >= 0xE0:
			k[c] = wcDecode
		}
	}
	return k
}()

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\r\"”’»)")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '؟'
}

// itemMark tells how a list item is marked: 'n' for a number ("1. ",
// "2) "), 'b' for a bullet, 0 for none.
func itemMark(line string) byte {
	line = strings.TrimLeft(line, " \t")
	if line == "" {
		return 0
	}
	if strings.ContainsRune("•·-*–▪►", []rune(line)[0]) {
		return 'b'
	}
	i := 0
	for i < len(line) && i < 3 && isDigit(line[i]) {
		i++
	}
	if i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' ' {
		return 'n'
	}
	return 0
}

// proseLine reports a line of running text that ends a teaser list: a
// sentence of some length, or a paragraph too long for a headline even
// without a final stop (Arabic pages often leave it out). The items of a
// loose list (blank lines between them) may carry a one-sentence summary:
// only a longer sentence ends it.
func proseLine(line string, tight bool) bool {
	n := wordCount(line, 25)
	if !tight {
		return n >= 20 && endsSentence(line)
	}
	return n >= 25 || n >= 8 && endsSentence(line)
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
	first := true // no line read yet: a labelled first line may be the headline
	head := true  // no paragraph read yet: its lines are read for furniture
	// no article line that is not furniture read yet: the next is the
	// headline's place
	untitled := true
	// a teaser list whose first item follows its heading without a blank
	// line is tight: the first blank line after an item ends it.
	tight, items, gap := false, 0, false
	mark := byte(0) // how the list's first item is marked: see itemMark
	// a list before any article text may run into the headline without a
	// blank line: its lines [top, topEnd)
	content, top, topEnd := false, -1, -1
	out := make([]Line, 0, strings.Count(text, "\n")+1)
	var folds strings.Builder // the lines' folded heads and keys (readPageLine, appendLineKey): one buffer
	folds.Grow(len(text))     // a head, a short line and a key a line: about the text
	var keyBuf []byte         // the current line's key (appendLineKey)
	// words[k] is 1 + wordCount(line k, 16 or more) when readPageLine
	// counted the line itself (no bullets before it), else 0: shortLine's
	// count
	words := make([]uint8, 0, cap(out))
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		blank := strings.TrimSpace(line) == ""
		key := keyBuf[:0]
		if !blank {
			key = appendLineKey(key, &folds, line)
		}
		keyBuf = key
		keep, furn, dateline := false, false, 0
		fact := FactNone
		wc := uint8(0)
		if mode == teaser && items > 0 && mark != 0 && !blank && itemMark(line) != mark {
			mode = normal // a numbered or bulleted list ends at its first bare line
			if top >= 0 && topEnd < 0 {
				top = -2 // the bare line is the headline
			}
		}
		switch {
		case blank:
			if mode == teaser && tight && items > 0 && top >= 0 && topEnd < 0 {
				topEnd = len(out)
			}
			if mode == ticker || mode == teaser && tight && items > 0 {
				mode = normal
			}
			gap = true
		case len(key) > 0 && teaserHeads[string(key)]: // (a paragraph has no key)
			mode, items, gap = teaser, 0, false
		case len(key) > 0 && tickerHeads[string(key)]:
			mode, tickerLeft = ticker, 15
		case mode == ticker:
			tickerLeft--
			if tickerLeft <= 0 || wordCount(line, 35) >= 35 {
				mode = normal
				keep = true
			}
		case mode == teaser:
			if items == 0 {
				tight, mark = !gap, itemMark(line)
			}
			if proseLine(line, tight) {
				mode = normal
				keep = true
				if top >= 0 && topEnd < 0 {
					topEnd = len(out)
				}
				break
			}
			if items == 0 && !content && top < 0 {
				top = len(out)
			}
			items++
		default:
			pl := readPageLine(&folds, line, head)
			if len(pl.text) == len(line) {
				wc = uint8(pl.words + 1)
			}
			keep = !teaserLine(pl) && (!tickerLine(line) || first && labelHeadline(line, text[end:])) && !chromeLine(pl) && !metaLine(pl)
			if fact = factLabel(pl.folded); fact != FactNone {
				// a fact box's date or place: the incident's, wherever
				// the line stands, and no sentence of the report (fact.go)
				keep, furn = true, true
			}
			if keep && head && fact == FactNone {
				// the page's head, up to its first paragraph: where
				// furniture stands between the headline and the lede
				furn = furnitureLine(pl)
				if furn && untitled && wireSigned(pl.text) {
					furn = false // "Air strike kills nine in Ariha (AFP)": the headline, no caption
				}
				if furn && untitled && shortHeadline(line, text[end:], afterMast(text, out)) {
					furn = false // "بنش تشيّع أطفالها" over a lede on Binnish: the headline, no section's name
				}
				if !furn {
					untitled = false
					if e := datelineEnd(line); e > 0 {
						dateline = start + e
					}
					// (a long headline has no final stop)
					head = pl.words <= 14 || pl.words < 25 && !endsSentence(line)
				}
			}
		}
		if !blank {
			first = false
		}
		content = content || keep
		out = append(out, Line{Start: start, End: end, Content: keep, Furniture: furn, DatelineEnd: dateline, Fact: fact})
		words = append(words, wc)
		if end == len(text) {
			break
		}
		start = end + 1
	}
	dropHeadlineRuns(text, out, words)
	if top >= 0 && topEnd > top { // (top is -2 when a marked list ended at the headline)
		listHeadline(text, out[top:topEnd], out[topEnd:])
	}
	return out
}

// listHeadline keeps the article's headline at the end of list, the items
// of a list of other stories before the first paragraph (see
// runHeadline), and the dated lines after it.
func listHeadline(text string, list, after []Line) {
	run := make([]Line, len(list))
	copy(run, list)
	for i := range run {
		run[i].Content = strings.TrimSpace(text[run[i].Start:run[i].End]) != ""
	}
	keep := runHeadline(text, run, after)
	if keep < 0 {
		return
	}
	for k := keep; k < len(list); k++ {
		if k == keep || run[k].Content && hasYear(text[run[k].Start:run[k].End]) {
			list[k].Content = true
		}
	}
}

// A run of at least minRun lines, one after the other, each short and
// without a sentence end or already boilerplate, is a menu, a share bar or
// a list of other stories' headlines: an article's headline stands alone,
// its subtitle and byline make two more at most.
const minRun = 3

// shortLine reports a line that could be a menu item or a headline: a few
// words and no sentence end. n is its words, counted up to 17 at least.
func shortLine(line string, n int) bool {
	return n >= 1 && n <= 16 && !endsSentence(line) && !strings.HasSuffix(strings.TrimSpace(line), ":") && !tallyLine(line) && !tweetLine(line)
}

// tweetLine reports a line of an embedded tweet, its text or its
// signature ("— Name (@handle)"): content, and the signature names its
// source.
func tweetLine(line string) bool {
	return strings.Contains(line, "pic.twitter.com/") || strings.Contains(line, "(@")
}

// tallyLine reports an item of a breakdown, "Sarmin: 4 dead": a label, a
// colon and a count. A list of them is content.
func tallyLine(line string) bool {
	i := strings.IndexByte(line, ':')
	if i < 0 || wordCount(line, 6) > 6 {
		return false
	}
	if clockLine(line) {
		return false // a time of day, "10:32 GMT": a live page's entry, no label and its count
	}
	rest := strings.TrimLeft(line[i+1:], " \t")
	if rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return r >= '0' && r <= '9' || r >= '٠' && r <= '٩'
}

// metaLabels open a byline or a timestamp. Such a line is furniture unless
// it names a year: then it may be the only date the page gives.
var metaLabels = []string{"by ", "published", "updated", "last updated", "posted", "كتب:", "كتب ", "بقلم", "نشر في", "اخر تحديث", "تاريخ النشر"}

var metaIndex = indexLabels(metaLabels)

// metaLine reports a byline or a timestamp without a year.
func metaLine(l pageLine) bool {
	if l.words > 8 || endsSentence(l.text) {
		return false
	}
	k := l.folded
	for _, p := range metaIndex.of(k) {
		if strings.HasPrefix(k, p) {
			return !foldedYear(k)
		}
	}
	return false
}

// hasYear reports a four-digit number from 1900 to 2099 in s.
func hasYear(s string) bool {
	return foldedYear(Fold(s))
}

// foldedYear is hasYear of a string folded already.
func foldedYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// clockLine reports a line that is only a time of day ("10:32", "10:32
// GMT"): the entries of a live blog, which are content however short.
func clockLine(line string) bool {
	if n := wordCount(line, 3); n == 0 || n > 3 {
		return false
	}
	var first string
	for f := range strings.FieldsSeq(line) {
		first = f
		break
	}
	w := Fold(first)
	i := strings.IndexByte(w, ':')
	return i > 0 && i <= 2 && len(w) >= i+3 && w[i+1] >= '0' && w[i+1] <= '9'
}

// dropHeadlineRuns marks the runs of short lines as boilerplate, unless a
// clock time shows a live blog. Before the first paragraph, the last line
// of a run stays when a paragraph follows it: the article's headline under
// the page's menu.
//
// words holds 1 + the words of each line counted up to 17 at least
// (readLines), or 0 where they were not counted.
func dropHeadlineRuns(text string, lines []Line, words []uint8) {
	at := func(k int) string { return text[lines[k].Start:lines[k].End] }
	// read once per line, before any is dropped: a run drops only lines
	// the loop has passed
	runLine := make([]bool, len(lines))
	for k := range lines {
		if ln := at(k); !lines[k].Content {
			runLine[k] = strings.TrimSpace(ln) != ""
		} else {
			n := int(words[k]) - 1
			if n < 0 {
				n = wordCount(ln, 16)
			}
			runLine[k] = shortLine(ln, min(n, 17))
		}
	}
	inRun := func(k int) bool { return runLine[k] }
	prose := false // a paragraph came before
	// the runs dropped before the first paragraph, as read: a page's head
	// may hold two (the menu and the headline, then the byline, the
	// stamp and a button), and the headline stands in either
	var tops []Line
	var topAt, topLen []int
	for i := 0; i < len(lines); {
		if !inRun(i) {
			prose = prose || lines[i].Content
			i++
			continue
		}
		j, live, short := i, false, 0
		for j < len(lines) && inRun(j) {
			if lines[j].Content {
				short++
				// (a clock line has three words at most: a line counted
				// longer is asked nothing)
				live = live || words[j] <= 4 && clockLine(at(j))
			}
			j++
		}
		if short >= minRun && !live && !leadIn(text, lines, i) {
			if !prose {
				tops = append(tops, lines[i:j]...)
				topAt, topLen = append(topAt, i), append(topLen, j-i)
			}
			for k := i; k < j; k++ {
				// (a fact box's date or place line stays: see fact.go)
				lines[k].Content = lines[k].Fact != FactNone
			}
		}
		i = j
	}
	// with every run dropped, the text after it is the article's: the
	// headline is the last run's that has one, and the dated lines after
	// it in the runs stay (a stamp may be the page's only date)
	end := len(tops)
	for r := len(topAt) - 1; r >= 0; r-- {
		top := tops[end-topLen[r] : end]
		end -= topLen[r]
		keep := runHeadline(text, top, lines[topAt[r]+len(top):])
		if keep < 0 {
			continue
		}
		for q := r; q < len(topAt); q++ {
			from := 0
			if q == r {
				from = keep
			}
			top := tops[end : end+topLen[q]]
			for k := from; k < len(top); k++ {
				if q == r && k == keep || top[k].Content && hasYear(at(topAt[q]+k)) {
					lines[topAt[q]+k].Content = true
				}
			}
			end += topLen[q]
		}
		break
	}
}

// leadIn: is the run of short lines at i a list the article announces,
// the line before it (a blank line between at most) a kept sentence of
// some length ending in a colon ("The toll by town was as follows:",
// "وتوزع القتلى على البلدات على النحو التالي:")? Its items are the article's,
// however short ("- Sarmin: two dead, a father and his son"). A list of
// other stories is headed by a label ("Read more:"), not by a sentence.
func leadIn(text string, lines []Line, i int) bool {
	k := i - 1
	if k >= 0 && strings.TrimSpace(text[lines[k].Start:lines[k].End]) == "" {
		k--
	}
	if k < 0 || !lines[k].Content {
		return false
	}
	ln := strings.TrimSpace(text[lines[k].Start:lines[k].End])
	return (strings.HasSuffix(ln, ":") || strings.HasSuffix(ln, "：")) && wordCount(ln, 6) >= 6
}

// runHeadline finds the article's headline at the end of run, a run of
// short lines before the first paragraph: the run's last line of four
// words or more, past the furniture and the dated lines after it, over a
// paragraph of prose, when the article text after it goes on one of its
// own words (a town, a name). A list of other stories' headlines shares
// none. It returns the line's index in run, or -1.
func runHeadline(text string, run, after []Line) int {
	if !headsProse(text, after, 0) {
		return -1
	}
	k := len(run) - 1
	for k >= 0 && (!run[k].Content || hasYear(text[run[k].Start:run[k].End])) {
		k--
	}
	// past the byline, the dateline and the share row under the headline
	// ("Hatay / AA", "Reuters", "Share") to a line of its own words
	h := k
	for h >= 0 && (!run[h].Content || hasYear(text[run[h].Start:run[h].End]) || underHeadline(text[run[h].Start:run[h].End])) {
		h--
	}
	if h >= 0 {
		k = h
	}
	if k >= 0 && wordCount(text[run[k].Start:run[k].End], 4) < 4 {
		// a short headline: over a lede that names its town, or the first
		// line after the outlet's name and a date
		if shortHeadline(text[run[k].Start:run[k].End], text[run[k].End:], afterMast(text, run[:k])) {
			return k
		}
		return -1
	}
	if k < 0 || itemMark(text[run[k].Start:run[k].End]) != 0 || breadcrumb(text[run[k].Start:run[k].End]) {
		return -1 // too short for a headline, a list's item (numbered or bulleted) or a page's path
	}
	var rest strings.Builder
	for j := 0; j < len(after) && rest.Len() < 1500; j++ {
		if after[j].Content {
			rest.WriteString(text[after[j].Start:after[j].End])
			rest.WriteByte('\n')
		}
	}
	if k > 0 && subtitled(text, run[k-1], rest.String()) {
		return k - 1 // the headline over its subtitle; the subtitle stays out with the run
	}
	if !labelHeadline("- "+text[run[k].Start:run[k].End], rest.String()) {
		return -1
	}
	return k
}

// subtitled: is ln, the line over the one taken for a run's headline, the
// headline of which that line is the subtitle ("Car bomb kills 20 near
// Manbij" over "The attack is the deadliest this year")? It is when it
// reads as a headline too: six words or more, no date, no menu (no path
// marks nor bars, a word in lower case or in a script without case), and
// the article goes on one of its own words.
func subtitled(text string, ln Line, body string) bool {
	s := text[ln.Start:ln.End]
	if !ln.Content || wordCount(s, 6) < 6 || hasYear(s) || itemMark(s) != 0 || breadcrumb(s) || strings.Contains(s, " | ") {
		return false
	}
	lower := false
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			lower = true
			break
		}
	}
	return lower && labelHeadline("- "+s, body)
}

// breadcrumb reports a line of a page's path: "Home > World > Middle
// East", "الرئيسية / أخبار / سوريا", "News | Syria | Idlib". A headline may
// hold one bar ("Security chaos | Gunmen kill ..."), not a path's marks.
func breadcrumb(line string) bool {
	// one pass from space to space for what five Contains and a Count
	// looked for: " > ", " › ", " » ", " / ", " < ", or two " | " that do
	// not overlap (as Count reads them)
	bars, next := 0, 0
	for i := strings.IndexByte(line, ' '); i >= 0 && i+2 < len(line); {
		switch c := line[i+1]; c {
		case '>', '/', '<':
			if line[i+2] == ' ' {
				return true
			}
		case '|':
			if line[i+2] == ' ' && i >= next {
				if bars++; bars >= 2 {
					return true
				}
				next = i + 3
			}
		case 0xC2: // »
			if strings.HasPrefix(line[i+1:], "» ") {
				return true
			}
		case 0xE2: // ›
			if strings.HasPrefix(line[i+1:], "› ") {
				return true
			}
		}
		j := strings.IndexByte(line[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// underHeadline reports a line of the furniture under a headline: under
// three words ("ISTANBUL", "Share", "3 min"), or under six that read as a
// credit or a dateline, not a sentence: parts set apart by a dash, slash,
// bar, colon or comma ("Idlib - Enab Baladi", "Jane Roe, AP"), a link, a
// handle, capitals alone ("DAILY SABAH WITH AA"), or a row of networks.
func underHeadline(line string) bool {
	n := wordCount(line, 6)
	if n < 3 {
		return true
	}
	if n >= 6 {
		return false
	}
	if strings.ContainsAny(line, "/|:,@،") || strings.Contains(line, " - ") || strings.Contains(line, " – ") {
		return true
	}
	if strings.ToUpper(line) == line && strings.ToLower(line) != line {
		return true
	}
	for _, w := range strings.Fields(Fold(line)) {
		if !networkWords[w] {
			return false
		}
	}
	return true
}

// networkWords make up a row of share buttons.
var networkWords = map[string]bool{
	"facebook": true, "twitter": true, "x": true, "whatsapp": true, "telegram": true, "linkedin": true,
	"email": true, "print": true, "share": true, "فيسبوك": true, "تويتر": true, "واتساب": true, "تلغرام": true,
	"تيليغرام": true, "اكس": true, "شارك": true, "مشاركه": true, "علي": true,
}

// headsProse reports whether the next line from lines[k] that is not blank
// nor a short dated line (the headline's date), past five lines at most of
// a subtitle, a caption, a dateline or furniture dropped already (a share
// row), is a paragraph of article text, not another headline.
func headsProse(text string, lines []Line, k int) bool {
	over := 0 // a subtitle, a photo's caption, a dateline over the prose
	for ; k < len(lines); k++ {
		ln := text[lines[k].Start:lines[k].End]
		if strings.TrimSpace(ln) == "" || wordCount(ln, 8) <= 8 && hasYear(ln) {
			continue
		}
		if over < 5 && (!lines[k].Content || !proseLine(ln, true) && (captionLine(ln) || wordCount(ln, 24) <= 24 && !endsSentence(ln) && !startsDigit(ln))) {
			over++ // (a share row dropped already is furniture too)
			continue
		}
		return lines[k].Content && proseLine(ln, true)
	}
	return false
}

// startsDigit: does the line open with a digit, as a live blog's entry
// opens with its time ("16.12 GMT")?
func startsDigit(ln string) bool {
	ln = strings.TrimSpace(ln)
	return ln != "" && isDigit(ln[0])
}

// captionLine reports a photo's caption: a line that ends on its credit
// in brackets, "(AA Photo)", "(Enab Baladi/Anas al-Khouli)".
func captionLine(ln string) bool {
	ln = strings.TrimSpace(ln)
	return strings.HasSuffix(ln, ")") && strings.LastIndexByte(ln, '(') > len(ln)/2
}

// shortHeadline: is line, a line of three or four words without a mark
// of the page (no parts set apart, no outlet's noun, no date), the
// article's headline though it reads as a section's name ("بنش تشيّع
// أطفالها": a town and a verb, no word of an incident)? It is when a lede
// follows it (the first paragraph after, past three short lines at most: a byline,
// a stamp) and that lede names one of its words, as its town (sharedWord);
// or when it is the first line after the outlet's name and a date
// (afterMast). A section's name ("أخبار سوريا", "Middle East", "World")
// is shorter, or names nothing the lede names. rest is the text after
// the line.
func shortHeadline(line, rest string, afterMast bool) bool {
	if n := wordCount(line, 5); n < 3 || n > 4 || endsSentence(line) || hasYear(line) || itemMark(line) != 0 || breadcrumb(line) {
		return false
	}
	upper, lower := 0, 0
	for w := range strings.FieldsSeq(line) {
		f := trimWordMarks(Fold(w))
		if separatorWord(w) || strings.ContainsAny(w, "|/&") || outletFilter.May(f) && outletNouns[f] || dayWord(f) || dateWord(f) {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	if upper > 0 && lower == 0 {
		return false // names in capitals: "U.S. DEPARTMENT OF DEFENSE", "Levant Courier Staff"
	}
	lede := ""
	for i := 0; i < 4 && rest != ""; {
		var ln string
		ln, rest, _ = strings.Cut(rest, "\n")
		if strings.TrimSpace(ln) == "" {
			continue
		}
		if proseLine(ln, true) {
			lede = ln
			break
		}
		if wordCount(ln, 9) > 8 {
			break // another headline, a paragraph: not the furniture over a lede
		}
		i++
	}
	return lede != "" && (afterMast || sharedWord(line, lede))
}

// sharedWord: does lede name a word of line (three letters or more, not
// a word of every report nor a date's), read without the Arabic و, ب, ل
// and article before it ("بنش" in "أهالي بنش", "ببنش")?
func sharedWord(line, lede string) bool {
	own := make(map[string]bool, 4)
	for w := range strings.FieldsSeq(line) {
		if f := sharedForm(w); f != "" {
			own[f] = true
		}
	}
	if len(own) == 0 {
		return false
	}
	for w := range strings.FieldsSeq(lede) {
		if f := sharedForm(w); f != "" && own[f] {
			return true
		}
	}
	return false
}

// sharedForm is the form sharedWord compares: folded, without marks nor
// Arabic proclitics; "" for a word too short, a report's or a date's.
func sharedForm(w string) string {
	f := trimWordMarks(Fold(w))
	if f == "" || common(f) {
		return ""
	}
	f = Unarticled(f)
	for _, p := range [...]string{"و", "ب", "ل"} {
		if r := strings.TrimPrefix(f, p); r != f && utf8.RuneCountInString(r) >= 3 {
			f = r
			break
		}
	}
	if utf8.RuneCountInString(f) < 3 || common(f) {
		return ""
	}
	return f
}

// common: is the folded word one of every report or of a date ("اليوم",
// "killed", "Friday")? Sharing it ties no two lines.
func common(f string) bool {
	return isDigit(f[0]) || reportWords[f] || dayWord(f) || dateWord(f) || stampFilter.May(f) && stampWords[f] || arCurrentWords[f]
}

// arCurrentWords are the days a report counts from: "اليوم", "أمس".
var arCurrentWords = map[string]bool{"اليوم": true, "امس": true, "يوم": true, "الليله": true, "فجر": true, "صباح": true, "مساء": true}

// afterMast: do the lines before, the page's first, end on the outlet's
// name and a date ("نبأ الشمال" then "١٢ آذار ٢٠٢٤"), with nothing of the
// article before them?
func afterMast(text string, before []Line) bool {
	var last [2]string
	n := 0
	for i := len(before) - 1; i >= 0; i-- {
		ln := strings.TrimSpace(text[before[i].Start:before[i].End])
		if ln == "" {
			continue
		}
		if n == 2 {
			if before[i].Content {
				return false // more of the page's head than a masthead
			}
			continue
		}
		last[n] = ln
		n++
	}
	// last[0] is the date, last[1] the name: no year, a few words
	return n == 2 && hasYear(last[0]) && wordCount(last[0], 12) <= 12 && !hasYear(last[1]) && wordCount(last[1], 5) <= 4 && !endsSentence(last[1])
}
