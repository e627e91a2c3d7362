package figures

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/idlibwatch/idlibwatch/places"
	"github.com/idlibwatch/idlibwatch/reading"
)

// outlet is the outlet that published the article, as far as it is known:
// its name, lower-cased, and the acronym of it ("syrian observatory for
// human rights", "SOHR"). figures.md: the outlet's own reporting, its own
// correspondent included, is its voice, with no source. key is
// SourceKey(name), read once: sameBody compares it with every source.
type outlet struct {
	name    string
	acronym string
	key     string
}

// ownOutlet is the caller's outlet name when it knows one, else the
// masthead: a short title-case first line before the headline ("The
// Syrian Observatory For Human Rights").
func ownOutlet(d *reading.Doc) outlet {
	name := d.Outlet
	if name == "" {
		name = mastheadLine(d.Text)
	}
	if name == "" {
		name = arabicMasthead(d.Text)
	}
	if name == "" {
		name = arabicDateline(d.Text)
	}
	if name == "" {
		name = wireDateline(d.Text)
	}
	if i := strings.IndexByte(name, '('); i > 0 {
		name = name[:i] // "Enab Baladi (English)", "SOHR (syriahr.com)"
	}
	return namedOutlet(name)
}

// namedOutlet is the outlet of a name, with its acronym.
func namedOutlet(name string) outlet {
	name = strings.TrimSpace(name)
	if name == "" {
		return outlet{}
	}
	o := outlet{name: outletName(name)}
	o.key = SourceKey(o.name)
	var ac strings.Builder
	for _, w := range strings.Fields(name) {
		r := []rune(w)
		if mastheadStops[strings.ToLower(w)] || !unicode.IsUpper(r[0]) {
			continue
		}
		ac.WriteRune(r[0])
	}
	if ac.Len() >= 2 && ac.Len() <= 6 {
		o.acronym = ac.String()
	}
	if f := strings.Fields(name); len(f) == 1 && isAllUpper(name) {
		o.acronym = name // the name is an acronym itself: "SANA"
	}
	return o
}

// outletName is namedOutlet(name).name (name trimmed, not empty) without
// reading its acronym.
func outletName(name string) string {
	return strings.ToLower(strings.TrimPrefix(name, "The "))
}

var mastheadStops = map[string]bool{"the": true, "for": true, "of": true, "and": true, "in": true, "on": true}

// mastheadLine: is the first non-empty line of text a site's name: two to
// seven words, each capitalised or a linking word, no punctuation of a
// sentence or a headline, and a line after it?
func mastheadLine(text string) string {
	first, _ := firstLine(text)
	f := strings.Fields(first)
	if len(f) < 2 || len(f) > 7 || strings.ContainsAny(first, ".:!?,;|\"“”0123456789–—-") {
		return ""
	}
	for _, w := range f {
		if r := []rune(w); !unicode.IsUpper(r[0]) && !mastheadStops[w] {
			return ""
		}
	}
	return first
}

// arabicMasthead: is the first non-empty line an Arabic site's name (one
// to five Arabic words, no digit, no punctuation, no word of a toll) that
// the page confirms: named again further down ("إدلب - تلفزيون سوريا",
// "عنب بلدي – إدلب"), or a body known by several names ("المرصد السوري
// لحقوق الإنسان")? An Arabic headline has no capitals to tell it from a
// name, so a name given once and known to nobody is not taken.
func arabicMasthead(text string) string {
	first, rest := firstLine(text)
	f := strings.Fields(first)
	if len(f) < 1 || len(f) > 5 {
		return ""
	}
	for _, w := range f {
		for _, r := range w {
			if !unicode.Is(unicode.Arabic, r) || unicode.IsDigit(r) || unicode.IsPunct(r) {
				return ""
			}
		}
		if _, ok := metricWords[normWord(w)]; ok {
			return ""
		}
	}
	if strings.Contains(rest, first) {
		return first
	}
	if k := SourceKey(first); k != strings.Join(strings.Fields(normKey(first)), " ") {
		return first // a body known by several names: SourceKey folds it
	}
	return ""
}

// arabicDateline reads the outlet from an Arabic dateline line in the
// first lines: "أنقرة/ الأناضول", "إدلب-سانا", "ستيب نيوز - خاص": two
// sides split by a slash or a dash, one a place or "خاص" (exclusive),
// "متابعات" (follow-ups), the other, of one to three words, the outlet.
func arabicDateline(text string) string {
	n := 0
	for line := range strings.SplitSeq(text, "\n") {
		if n++; n > 12 {
			break
		}
		line = strings.TrimSpace(line)
		if line == "" || len(line) > 80 {
			continue
		}
		i := datelineCut(line)
		if i <= 0 {
			continue
		}
		_, size := utf8.DecodeRuneInString(line[i:])
		l, r := strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+size:])
		if !arabicWords(l, 3) || !arabicWords(r, 3) {
			continue
		}
		switch {
		case datelineSide(l) && !datelineSide(r):
			return r
		case datelineSide(r) && !datelineSide(l):
			return l
		}
	}
	return ""
}

// datelineCut is strings.IndexAny(line, "/-–") for valid UTF-8, read
// byte by byte: IndexAny with a set that holds a rune beyond ASCII
// decodes every rune of the line.
func datelineCut(line string) int {
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '/', '-':
			return i
		case "–"[0]:
			if strings.HasPrefix(line[i:], "–") {
				return i
			}
		}
	}
	return -1
}

// arabicWords: is s one to most words of Arabic letters only?
func arabicWords(s string, most int) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > most {
		return false
	}
	for _, r := range s {
		if r != ' ' && !unicode.Is(unicode.Arabic, r) || unicode.IsDigit(r) || unicode.IsPunct(r) {
			return false
		}
	}
	return true
}

// datelineSide: is s the place or the label side of a dateline?
func datelineSide(s string) bool {
	if arDatelineWords[s] {
		return true
	}
	_, ok := places.Lookup(s)
	return ok
}

// arDatelineWords stand beside an outlet's name in a dateline: labels and
// the cities outside Syria that agencies file from.
var arDatelineWords = map[string]bool{
	"خاص": true, "متابعات": true, "أنقرة": true, "هطاي": true, "إسطنبول": true, "اسطنبول": true,
	"غازي عنتاب": true, "أبوظبي": true, "دبي": true, "لندن": true, "موسكو": true, "واشنطن": true,
	"بيروت": true, "عمان": true, "القاهرة": true, "الدوحة": true, "باريس": true, "جنيف": true,
}

// firstLine is the first non-empty line of text, trimmed, and the text
// after it; a masthead stands over something, so first is "" when nothing
// follows.
func firstLine(text string) (first, rest string) {
	first, rest, ok := strings.Cut(strings.TrimLeft(text, " \t\r\n"), "\n")
	if !ok || strings.TrimSpace(rest) == "" {
		return "", ""
	}
	return strings.TrimSpace(first), rest
}

// normKey is SourceKey's folding without the names of known bodies.
func normKey(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(normWord(w))
	}
	return b.String()
}

// wireDateline reads a news agency from the dateline of the lede: "Beirut
// (AFP) -", "IDLIB, Syria (AP) —", "BEIRUT (Reuters) -": a capitalised
// name in parentheses after a place, before a dash, in the first lines.
// "(Beirut) –" with nothing before it is a press release's place.
func wireDateline(text string) string {
	n := 0
	for line := range strings.SplitSeq(text, "\n") {
		if n++; n > 12 {
			break
		}
		i := strings.IndexByte(line, '(')
		if i <= 0 || i > 40 {
			continue
		}
		j := strings.IndexByte(line[i:], ')')
		if j < 2 || j > 20 {
			continue
		}
		after := strings.TrimLeft(line[i+j+1:], " ")
		if !strings.HasPrefix(after, "-") && !strings.HasPrefix(after, "–") && !strings.HasPrefix(after, "—") {
			continue
		}
		name := line[i+1 : i+j]
		if r := []rune(name); !unicode.IsUpper(r[0]) || len(strings.Fields(name)) > 2 || placeWords[strings.ToLower(name)] {
			continue // ("Sarmin (Idlib) -": a place, not an agency)
		}
		if !isAllUpper(name) && !wireNames[strings.ToLower(name)] {
			continue
		}
		if before := strings.TrimSpace(line[:i]); before == "" || !unicode.IsUpper([]rune(before)[0]) {
			continue
		}
		return name
	}
	return ""
}

// pressDateline: does a paragraph in the first lines open with a place in
// parentheses and a dash, with nothing before it ("(Beirut) – Attacks
// ...")? That is a press release's dateline: no agency is named, the body
// that issues the release speaks of itself by name ("..., Human Rights
// Watch said today"). It returns the paragraph's first byte, else -1.
func pressDateline(text string) int {
	off, n := 0, 0
	for line := range strings.SplitSeq(text, "\n") {
		if n++; n > 12 {
			break
		}
		t := strings.TrimSpace(line)
		if j := strings.IndexByte(t, ')'); strings.HasPrefix(t, "(") && j > 2 && j < 30 {
			after := strings.TrimLeft(t[j+1:], " ")
			name := t[1:j]
			if (strings.HasPrefix(after, "–") || strings.HasPrefix(after, "-") || strings.HasPrefix(after, "—")) &&
				unicode.IsUpper([]rune(name)[0]) && len(strings.Fields(name)) <= 3 && !labelWords[strings.ToLower(name)] {
				return off + strings.IndexByte(line, '(')
			}
		}
		off += len(line) + 1
	}
	return -1
}

// releaseAuthor: in a press release (pressDateline), the first body named
// as a speaker in the dateline's paragraph is the author, the text's own
// voice.
func (x *extractor) releaseAuthor() {
	if x.site.name != "" {
		return
	}
	at := pressDateline(x.text)
	if at < 0 {
		return
	}
	for si, s := range x.sents {
		if s.a >= len(x.ts) || x.ts[s.a].s < at {
			continue
		}
		if si > 0 && !x.sameParagraph(si-1, si) && x.ts[x.sents[si-1].a].s >= at {
			return // past the dateline's paragraph
		}
		for _, a := range x.attrs[x.attrFrom[si]:x.attrFrom[si+1]] {
			name := strings.TrimPrefix(strings.TrimPrefix(a.raw, "the "), "The ")
			if a.cont || a.generic || name == "" || !unicode.IsUpper([]rune(name)[0]) {
				continue
			}
			if w := x.word(a.pos+1, s); !a.trailing && w != "today" && w != "on" && w != "in" {
				continue // the release's own words: "..., X said today."
			}
			x.site = namedOutlet(name)
			return
		}
	}
}

// arabic: is the outlet known by an Arabic name ("عنب بلدي")?
func (o outlet) arabic() bool {
	for _, r := range o.name {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	return false
}

// trimPossessive drops a final "'s" or "’s" ("SOHR's").
func trimPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

func isAllUpper(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

// speaks: is src the outlet's own people ("SOHR activists", "SOHR
// initial reports", "a local reporter for the paper in Ariha")? Another
// outlet or body stays a source. When the outlet is not known, a
// correspondent of a named outlet is taken as its own, as Arabic "مراسل
// <outlet>" is (arOwnVoice), unless it is a wire agency's.
func (o outlet) speaks(src string) bool {
	if src == "" {
		return false
	}
	if o.name == "" && !hasASCIIFold(src, "correspondent") && !hasASCIIFold(src, "reporter") {
		// no outlet and no word of its staff: the common case, told
		// before lower-casing and splitting src (emit asks it of every
		// figure)
		return false
	}
	l := strings.ToLower(src)
	f := strings.Fields(l)
	correspondent := false
	for n, w := range f {
		w = trimPossessive(w)
		f[n] = w
		if w == "correspondent" || w == "correspondents" || w == "reporter" || w == "reporters" {
			correspondent = true
		}
	}
	if o.name == "" {
		if !correspondent || !namesOne(src) {
			return false // "a reporter said": nobody's, a source as given
		}
		// whole words only: "ap" is no part of "Japan", "sana" of "Sanaa"
		words := " " + strings.Join(f, " ") + " "
		for _, wire := range wireAgencies {
			if strings.Contains(words, " "+wire+" ") {
				return false
			}
		}
		return true
	}
	l = strings.TrimPrefix(l, "the ")
	if strings.HasPrefix(l, o.name) {
		return true
	}
	if o.sameBody(src) {
		return true // "المرصد السوري" in the observatory's own article
	}
	if len(f) > 1 && arStaff[normWord(f[0])] && o.ownsStaff(strings.Join(strings.Fields(src)[1:], " ")) {
		return true // "نشطاء المرصد السوري", "مراسل عنب بلدي": its own people
	}
	if o.acronym != "" {
		first := trimPossessive(strings.Fields(src)[0])
		if first == o.acronym {
			return true
		}
	}
	return correspondent && (strings.Contains(l, o.name) || o.acronym != "" && strings.Contains(src, o.acronym))
}

// hasASCIIFold: does s hold lower, a word of lower-case ASCII letters, in
// any case? As strings.Contains(strings.ToLower(s), lower) for a word
// without k or i: no other rune lower-cases to its letters.
func hasASCIIFold(s, lower string) bool {
next:
	for i := 0; i+len(lower) <= len(s); i++ {
		for j := 0; j < len(lower); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != lower[j] {
				continue next
			}
		}
		return true
	}
	return false
}

// sameBody: is name the outlet by another of its names? SourceKey folds
// the names of known bodies ("the Observatory", "المرصد السوري"); other
// names must agree word for word, or by the outlet's name opening it.
func (o outlet) sameBody(name string) bool {
	if o.key == "" {
		return false // no outlet, or one with no key: nothing is it
	}
	return o.sameKey(SourceKey(name))
}

// sameKey is sameBody for a name's SourceKey k.
func (o outlet) sameKey(k string) bool {
	return k != "" && o.key != "" && keyPrefix(k, o.key)
}

// ownsStaff: is rest, after a staff noun, the outlet's name, whole or
// cut short ("مراسل أورينت" of أورينت نت: the name reader stops early)?
func (o outlet) ownsStaff(rest string) bool {
	k := SourceKey(rest)
	return o.sameKey(k) || k != "" && keyPrefix(o.key, k)
}

// arStaff are the outlet's own people before its name: "نشطاء المرصد".
var arStaff = map[string]bool{
	"نشطاء": true, "ناشطو": true, "ناشطي": true, "مراسل": true, "مراسلو": true, "مراسلي": true,
	"مراسله": true, "فريق": true, "كوادر": true, "مندوب": true,
}

// namesOne: does src name something after its first word ("a
// correspondent from Orontes Radio")?
func namesOne(src string) bool {
	for i, w := range strings.Fields(src) {
		if r := []rune(w); i > 0 && unicode.IsUpper(r[0]) {
			return true
		}
	}
	return false
}

// wireNames are agencies a dateline names in parentheses in full.
var wireNames = map[string]bool{
	"reuters": true, "anadolu": true, "xinhua": true, "kyodo": true, "bernama": true, "yonhap": true,
	"efe": true, "ansa": true, "tass": true, "interfax": true,
}

// wireAgencies' correspondents are quoted by other outlets.
var wireAgencies = []string{"reuters", "afp", "agence france", "associated press", "ap", "anadolu", "dpa", "xinhua", "sana"}

// ownAnaphor: is src a bare "the correspondent" or "the reporter" that
// refers back to the outlet's own correspondent named before ("Enab
// Baladi's correspondent in the southern countryside said ... the dead
// there included X, the correspondent said")? It is the outlet's voice too.
func (x *extractor) ownAnaphor(src string) bool {
	switch len(strings.TrimSpace(src)) {
	case len("the reporter"), len("the correspondent"), len("المراسل"), len("المراسلة"):
	default:
		return false // none of the four nouns below: told without lower-casing src
	}
	l := strings.ToLower(strings.TrimSpace(src))
	noun := strings.TrimPrefix(l, "the ")
	ar := l == "المراسل" || l == "المراسلة"
	if ar {
		noun = "مراسل"
	} else if l != "the correspondent" && l != "the reporter" {
		return false
	}
	for n := len(x.recent) - 1; n >= 0; n-- {
		r := x.recent[n]
		if strings.EqualFold(r, src) {
			continue
		}
		if strings.Contains(strings.ToLower(r), noun) {
			return x.siteSpeaks(r)
		}
	}
	// "وأشار المراسل إلى": no other outlet's correspondent named before
	// (the outlet's own, "مراسل سانا", has no source and is not kept):
	// Arabic outlets so name their own
	return ar
}

// siteSpeaks is x.site.speaks(src), remembered for the last few sources:
// emit asks it of every figure, and an article's figures mostly repeat a
// source or two.
func (x *extractor) siteSpeaks(src string) bool {
	m := &x.speakMemo
	for i := range min(m.n, len(m.src)) {
		if m.src[i] == src && m.site[i] == x.site {
			return m.v[i]
		}
	}
	v := x.site.speaks(src)
	i := m.n % len(m.src)
	m.src[i], m.site[i], m.v[i] = src, x.site, v
	m.n++
	return v
}

// selfPublished: with no outlet known, is the page a body's own? A page
// about the body written by another outlet names it as a source in the
// same words, so only two signals are taken, each a thing an outlet does
// with its own page: the body is the one told ("قال أحد الباعة للمرصد
// السوري", "a doctor told the Northern Rights Monitor": an outlet is told
// what it reports), or the page offers in full the report that the body
// releases in it ("للاطلاع على التقرير كاملاً", "Download the full
// report (PDF)"). The body's figures are then the outlet's own voice.
func (x *extractor) selfPublished() {
	if x.site.name != "" {
		return
	}
	if name := x.toldSpeaker(); name != "" {
		x.site = namedOutlet(name)
		return
	}
	if name := x.ownReportAuthor(); name != "" {
		x.site = namedOutlet(name)
	}
}

// pageSpeakers are the bodies named as speakers on the page: two words
// or more, neither a pronoun nor a noun that refers back.
// A name given again is listed once (toldSpeaker's answer is the first
// that matches, the same for each copy); copies still count toward the 32.
func (x *extractor) pageSpeakers() []string {
	var out []string
	n := 0
	for _, a := range x.attrs {
		if a.cont || a.generic || n >= 32 || countFields(a.raw) < 2 {
			continue
		}
		n++
		if !slices.Contains(out, a.raw) {
			out = append(out, a.raw)
		}
	}
	return out
}

// toldSpeaker is a body that speaks on the page and is also told things
// in it ("told X", "spoke to X", "قال ... لـX"). A wire agency is told on
// every outlet's page that runs its copy, and is not taken. Names are
// compared by SourceKey (outlet.sameBody), each read once.
func (x *extractor) toldSpeaker() string {
	speakers := x.pageSpeakers()
	if len(speakers) == 0 {
		return ""
	}
	var keys []string // SourceKey of each speaker as an outlet, read when first needed
	for _, s := range x.sents {
		for k := s.a; k < s.b; k++ {
			t := &x.ts[k]
			if t.k != kWord {
				continue
			}
			var told []string
			if t.ar {
				if !t.in(lArSpeech) {
					continue
				}
				told = x.toldNameAr(k+1, s)
			} else {
				switch t.w {
				case "told", "tells", "telling":
				case "spoke", "speaking", "talked":
					if x.word(k+1, s) != "to" {
						continue
					}
				default:
					continue
				}
				j := k + 1
				if x.word(j, s) == "to" {
					j++
				}
				told = x.toldNameEn(j, s)
			}
			if len(told) == 0 || newsName(told) {
				continue
			}
			if keys == nil {
				keys = make([]string, len(speakers))
				for i, sp := range speakers {
					if sp = strings.TrimSpace(sp); sp != "" {
						keys[i] = x.sourceKey(outletName(sp))
					}
				}
			}
			toldKeys := make([]string, len(told)+1) // the key of told[:n]
			for n := len(told); n >= 1; n-- {
				toldKeys[n] = x.sourceKey(strings.Join(told[:n], " "))
			}
			for i, sp := range speakers {
				if keys[i] == "" {
					continue
				}
				match := false
				for n := len(told); n >= 1 && !match; n-- {
					tk := toldKeys[n]
					match = tk != "" && keyPrefix(tk, keys[i])
				}
				if match && !x.speaksAt(k, sp) {
					return sp // not "وأكد تقرير للدفاع المدني": its own report, not one told
				}
			}
		}
	}
	return ""
}

// keyPrefix: is the source key k the key p, or p and more words
// (strings.HasPrefix(k+" ", p+" "))?
func keyPrefix(k, p string) bool {
	return k == p || len(k) > len(p) && k[len(p)] == ' ' && k[:len(p)] == p
}

// speaksAt: is sp the speaker of the frame at token k?
func (x *extractor) speaksAt(k int, sp string) bool {
	for _, a := range x.attrs {
		if a.pos == k && a.raw != "" && namedOutlet(sp).sameBody(a.raw) {
			return true
		}
	}
	return false
}

// newsName: is the one told a news outlet ("North Press Agency", "Syria
// TV", "وكالة ...")? A news outlet that is told things and also named as
// a speaker is one whose copy the page runs (an aggregator's "originally
// published by"): its figures stay its own. Bodies that document (a
// monitor, a rescue service, a rights group) are what the rule is for.
func newsName(f []string) bool {
	for _, w := range f {
		if newsWords[strings.ToLower(w)] || newsWords[normWord(w)] {
			return true
		}
	}
	return false
}

var newsWords = map[string]bool{
	"agency": true, "news": true, "press": true, "tv": true, "television": true, "radio": true,
	"times": true, "post": true, "channel": true, "وكاله": true, "قناه": true, "تلفزيون": true,
	"موقع": true, "صحيفه": true, "اذاعه": true, "راديو": true, "انباء": true, "الانباء": true,
	// an audience addressed is no publisher: "told the UN Security Council"
	"council": true, "parliament": true, "assembly": true, "congress": true, "senate": true,
	"conference": true, "مجلس": true, "البرلمان": true, "برلمان": true, "مؤتمر": true,
}

// toldNameEn reads the capitalised name after "told" ("the Northern
// Rights Monitor"), not a wire agency's.
func (x *extractor) toldNameEn(j int, s sentence) []string {
	if w := x.word(j, s); w == "the" {
		j++
	}
	var f []string
	for ; j < s.b && len(f) < 6; j++ {
		t := x.ts[j]
		if t.k != kWord || t.ar || !t.cap && !(mastheadStops[t.w] && j+1 < s.b && x.ts[j+1].cap) {
			break
		}
		f = append(f, x.text[t.s:t.e])
	}
	if len(f) == 0 {
		return nil
	}
	words := " " + strings.ToLower(strings.Join(f, " ")) + " "
	for _, wire := range wireAgencies {
		if strings.Contains(words, " "+wire+" ") {
			return nil
		}
	}
	return f
}

// toldNameAr reads the one told after an Arabic speech verb, within its
// clause: a word opening with ل ("للمرصد السوري", "لمرصد الشمال"), or
// after a recipient noun ("لموقع X", "لمراسل X"), and the words after it.
func (x *extractor) toldNameAr(k int, s sentence) []string {
	for j := k; j < s.b && j < k+12; j++ {
		t := x.ts[j]
		if t.k != kWord || !t.ar {
			if t.w == "،" || t.w == "." || t.w == ":" {
				return nil
			}
			continue
		}
		w := t.w
		if !strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "لا") || len(w) <= len("ل")+4 || arInstitutions[w] {
			continue
		}
		if j > k && arDocWords[strings.TrimPrefix(x.ts[j-1].w, "ال")] {
			return nil // "تقرير للدفاع المدني": the report's author
		}
		first := w[len("ل"):]
		if rest, ok := strings.CutPrefix(w, "لل"); ok {
			first = "ال" + rest
		}
		var f []string
		if arRecipients[first] {
			f = append(f, "موقع") // "لموقع X", "لمراسل X": an outlet's
		} else {
			f = append(f, first)
		}
		for n := j + 1; n < s.b && n < j+5 && x.ts[n].k == kWord && x.ts[n].ar; n++ {
			f = append(f, x.ts[n].w)
		}
		return f
	}
	return nil
}

// ownReportAuthor: a short line offers the full report ("للاطلاع على
// التقرير كاملاً", "Read the full report"), and a body releases its
// report on the page ("أصدرت X اليوم تقريرها", "X released its report"):
// the page is X's.
func (x *extractor) ownReportAuthor() string {
	// the releasing body first: most pages have none, and then no line
	// need be read
	author := ""
	for _, a := range x.attrs {
		if a.cont || a.generic || a.raw == "" || a.pos >= len(x.ts) {
			continue
		}
		if w := stripWawBa(x.ts[a.pos].w); releaseVerbs[w] {
			author = a.raw
			break
		}
	}
	if author == "" {
		return ""
	}
	for _, ln := range x.doc.Lines {
		raw := x.text[ln.Start:ln.End]
		if ln.End-ln.Start > 300 || !strings.Contains(raw, "eport") && !strings.Contains(raw, "EPORT") && !strings.Contains(raw, "التقرير") {
			continue // a paragraph, or a line that offers no report
		}
		l := strings.ToLower(x.text[ln.Start:ln.End])
		if len(strings.Fields(l)) > 12 {
			continue
		}
		// a news page links a report to read ("Read the full report
		// here"); the publisher offers its file ("Download the full
		// report (PDF)")
		if strings.Contains(l, "full report") && (strings.Contains(l, "pdf") || strings.Contains(l, "download")) ||
			strings.Contains(l, "التقرير كامل") {
			return author
		}
	}
	return ""
}
