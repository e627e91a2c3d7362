package reading

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Furniture: between a page's headline and its first sentence stand lines
// that are the page's, not the report's: the outlet's name, a byline, a
// dateline or a timestamp ("٣ أيار ٢٠٢٤", "Updated 9:40 a.m. CET"),
// a section's name or the page's path, a wire's note ("(Adds toll)") and
// photo captions. They stay article text (a byline names a source, a
// timestamp may be the only date the page gives), but they are no
// sentence of the report: the lede is the first line that is not one, and
// a date in them dates the page, never an incident. They are told by
// their shape, not by a list of outlets, so that an outlet no set has
// reads the same.

// furnitureLine reports a content line of page furniture (see above).
func furnitureLine(l pageLine) bool {
	t := strings.TrimSpace(l.text)
	if t == "" {
		return false
	}
	if wireNote(t) || captionCredit(t) || editorNote(l) {
		return true
	}
	if l.words > 14 || l.words == 0 || endsSentence(t) || strings.HasSuffix(t, ":") || tweetLine(t) || l.words <= 3 && clockLine(t) {
		// (a time alone opens a live page's entry: see clockLine)
		return false
	}
	if t[0] == '|' || t[len(t)-1] == '|' || furnitureTally(t) {
		return false // a table's row, a breakdown's item: "Sarmin: 4 dead"
	}
	if breadcrumb(t) || strings.HasPrefix(t, "©") || uiLine(l) {
		return true
	}
	// the words of the line, in parts set apart by a dash, a bar or a
	// slash: "Harem - Levant Courier", "Wire | May 3, 2024 08:15 CET"
	var (
		parts, partWords, words        int
		dated, days, other, lower, cap int
		longPart, told, outlet, headed bool
		// a date before a colon, and words after it: "3 أيار: يوم أسود
		// في سرمين" is a headline a date opens, not a stamp
		kicked                         bool
		datedBefore, after, datedAfter int
		linked                         int // "on", "as", "an" in lower case
		// the word before was a number: a count ("3 killed") unless a
		// stamp's unit follows it ("12 min ago", "3 min read", "منذ 3 ساعات")
		num, dayNum bool // (dayNum: a number read as a day of the month)
	)
	endPart := func() {
		if partWords > 0 {
			parts++
			longPart = longPart || partWords > 3
		}
		partWords = 0
	}
	// the folded line (readPageLine) is read word for word beside the
	// line: folding keeps the spaces, so its words are the line's
	folded := l.folded
	for raw := range strings.FieldsSeq(l.text) {
		var fw string
		fw, folded = nextField(folded)
		if separatorWord(raw) {
			endPart()
			continue
		}
		w := trimWordMarks(raw)
		lead, trail := strings.HasPrefix(raw, "|") || strings.HasPrefix(raw, "/"), strings.HasSuffix(raw, "|") || strings.HasSuffix(raw, "/") || strings.HasSuffix(raw, ",") || strings.HasSuffix(raw, "،")
		if lead {
			endPart()
		}
		if w == "" {
			continue
		}
		words++
		f := trimWordMarks(fw)
		if fw == "" {
			f = Fold(w) // (a line folded to fewer words)
		}
		if num {
			told = told || !stampUnit(f)
			num = false
		}
		if dayNum && stampUnit(f) {
			days-- // "12 min ago": no day of a month
			if kicked {
				datedAfter--
			}
		}
		dayNum = false
		switch {
		case dayWord(f):
			days++ // a date's only with a month, a year or a time
			dayNum = isDigit(f[0])
			if kicked {
				datedAfter++
			}
		case dateWord(f):
			dated++
			if kicked {
				datedAfter++
			}
		case stampFilter.May(f) && stampWords[f]:
			// a label of a timestamp or a time zone
			if w == f && (f == "on" || f == "as" || f == "an") {
				linked++ // (or a headline's: "Drones Hunt Cars on Binnish Road")
			}
		default:
			partWords++
			other++
			if kicked {
				after++
			}
			if eventWord(f) {
				told = true
			}
			outlet = outlet || outletFilter.May(f) && outletNouns[f]
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				cap++
				headed = headed || headlineCaps[f]
			} else if unicode.IsLower(r) {
				if !nameParticles[f] {
					lower++
				}
			} else if f != "" && isDigit(f[0]) { // (a lone mark folds to nothing: "ٕ")
				num = true // a count: "3 killed", "مقتل 3" (see num)
			}
		}
		if trail {
			endPart()
		}
		if !kicked && (strings.HasSuffix(raw, ":") || strings.HasSuffix(raw, "：")) {
			kicked, datedBefore = true, dated+days
		}
	}
	endPart()
	told = told || num
	if datedBefore > 0 && after >= 2 && datedAfter == 0 {
		return false // a headline a date opens: "3 أيار: يوم أسود في سرمين"
	}
	if told || days > 0 && dated == 0 {
		return false // a count: "3 killed", "مقتل 3"
	}
	colon := strings.ContainsAny(t, ":：")
	byline := strings.HasPrefix(l.head, "by ")
	switch {
	case dated > 0 && (other <= 3 || byline && other <= 6):
		// (a byline with its date: "By Jane Roe, Levant Courier | 3 May 2024")
		// a date or a time, with a label, a place or an outlet's name
		return true
	case other <= 2 && dated == 0:
		// "Levant Courier", "World", "محليات", "Press statement"
		return true
	case parts >= 2 && !longPart && lower == 0:
		// a byline or a dateline in parts: "حارم - نبأ الشمال", "Levant
		// Courier – Harem", "عمّان – نبأ الشمال – سامر الحسن"
		return true
	case other <= 10 && lower == 0 && cap > 0 && dated == 0 && !colon && !headed && linked == 0:
		// (a kicker before a colon opens a headline in capitals: "Idlib:
		// Rockets Fall on Tents Near Harem")
		// names in capitals: "Levant Monitor for Civil Rights", "Jane
		// Roe in Gaziantep and John Doe"
		return true
	case dated == 0 && cap == 0 && lower == 0 && (other <= 3 || other <= 5 && outlet):
		// three words of a script without case and no report word, five
		// with an outlet's noun: "المشهد المحلي", "وكالة نبأ الإخبارية"
		return true
	}
	return false
}

// stampUnit: is f a stampWord that measures a stamp's time after its
// number ("12 min ago", "3 min read", "منذ 3 ساعات"), not a preposition
// a count may stand before ("9 at", "3 on")?
func stampUnit(f string) bool {
	switch f {
	case "on", "at", "as", "of", "an", "في":
		return false
	}
	return stampFilter.May(f) && stampWords[f]
}

// headlineCaps are words a headline in title case capitalises and a
// name, an outlet's or a byline's, does not hold: "Rebels Retake Saraqeb
// From Government Forces", "Harem Mourns Its Children" are headlines,
// "Levant Monitor for Civil Rights" is a name. (The words a timestamp
// labels, "on", "at", "as", are stampWords and never counted here.)
var headlineCaps = map[string]bool{
	"from": true, "to": true, "after": true, "amid": true, "over": true, "near": true, "into": true,
	"against": true, "among": true, "its": true, "their": true, "his": true, "her": true, "is": true,
	"are": true, "was": true, "were": true, "before": true, "despite": true, "under": true, "why": true,
	"how": true, "what": true, "a": true, "out": true, "up": true, "down": true, "off": true,
}

// the filters of the word lists furnitureLine and uiLine ask of every
// word of the page's head: most words are in none, and a filter tells
// most of those without a map probe
var (
	stampFilter, eventFilter = FilterOf(stampWords), FilterOf(eventWords)
	outletFilter, uiFilter   = FilterOf(outletNouns), FilterOf(uiWords)
	hijriFilter              = FilterOf(hijriWords)
)

// uiWords make up a row of the page's controls: sharing, printing, a
// short link, a live page's filters ("Share | Print | Email", "Font size:
// A- A+", "Get short URL", "Show key events only").
var uiWords = map[string]bool{
	"share": true, "tweet": true, "facebook": true, "twitter": true, "whatsapp": true, "telegram": true,
	"linkedin": true, "email": true, "e-mail": true, "print": true, "copy": true, "link": true, "url": true,
	"short": true, "get": true, "font": true, "size": true, "a-": true, "a+": true, "comments": true,
	"comment": true, "bookmark": true, "save": true, "listen": true, "show": true, "key": true,
	"events": true, "only": true, "newest": true, "oldest": true, "first": true, "auto-refresh": true,
	"on": true, "off": true, "view": true, "photos": true, "gallery": true, "shares": true,
	"شارك": true, "مشاركه": true, "طباعه": true, "نسخ": true, "الرابط": true, "رابط": true, "مختصر": true,
}

// uiLine reports a row of the page's controls (uiWords), a few words
// of which one at most is another.
func uiLine(l pageLine) bool {
	if l.words > 8 || l.folded == "" {
		return false
	}
	n, other := 0, 0
	for w := range strings.FieldsSeq(l.folded) {
		w = trimWordMarks(w)
		if w == "" || separatorWord(w) {
			continue
		}
		n++
		if !uiFilter.May(w) || !uiWords[w] {
			if other++; other > 1 {
				return false // (other only grows)
			}
		}
	}
	return n >= 2 && other <= 1 && other*3 < n
}

// furnitureTally reports a breakdown's item ("Sarmin: 4 dead"), not a
// stamp's label and its date ("Published: 2025-03-04", "Updated 12:41").
func furnitureTally(t string) bool {
	i := strings.Index(t, ": ")
	if i < 0 || !tallyLine(t) {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(t[i+2:], " "), " ")
	f := Fold(strings.Trim(next, ".,"))
	return !dateWord(f) && !dayWord(f) // ("Published: 4 May 2024": a stamp, its date checked below)
}

// trimMarks are the marks trimmed off a word of a furniture line.
const trimMarks = ".,:;!?\"'()[]«»“”‘’،؛"

// trimWordMarks is strings.Trim(w, trimMarks) by bytes: with marks of
// two and three bytes in its cutset Trim decodes the runes at both ends
// of every word of the page's head and looks each up in the set.
func trimWordMarks(w string) string {
	for w != "" {
		n := markPrefix(w)
		if n == 0 {
			break
		}
		w = w[n:]
	}
	for w != "" {
		n := markSuffix(w)
		if n == 0 {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}

// markPrefix is the length of the mark of trimMarks that w opens with,
// or 0.
func markPrefix(w string) int {
	switch c := w[0]; c {
	case '.', ',', ':', ';', '!', '?', '"', '\'', '(', ')', '[', ']':
		return 1
	case 0xC2: // « »
		if len(w) >= 2 && (w[1] == 0xAB || w[1] == 0xBB) {
			return 2
		}
	case 0xD8: // ، ؛
		if len(w) >= 2 && (w[1] == 0x8C || w[1] == 0x9B) {
			return 2
		}
	case 0xE2: // “ ” ‘ ’
		if len(w) >= 3 && w[1] == 0x80 && (w[2] == 0x9C || w[2] == 0x9D || w[2] == 0x98 || w[2] == 0x99) {
			return 3
		}
	}
	return 0
}

// markSuffix is the length of the mark of trimMarks that w ends with,
// or 0.
func markSuffix(w string) int {
	n := len(w)
	switch c := w[n-1]; c {
	case '.', ',', ':', ';', '!', '?', '"', '\'', '(', ')', '[', ']':
		return 1
	case 0xAB, 0xBB: // « »
		if n >= 2 && w[n-2] == 0xC2 {
			return 2
		}
	case 0x8C, 0x9B: // ، ؛
		if n >= 2 && w[n-2] == 0xD8 {
			return 2
		}
	case 0x9C, 0x9D, 0x98, 0x99: // “ ” ‘ ’
		if n >= 3 && w[n-3] == 0xE2 && w[n-2] == 0x80 {
			return 3
		}
	}
	return 0
}

// nextField is the first word of s and what follows it.
func nextField(s string) (string, string) {
	s = strings.TrimLeft(s, " \t")
	i := strings.IndexAny(s, " \t")
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// separatorWord is a word of marks alone that parts a byline: "-", "–",
// "|", "/", "ــ" (a dash drawn with tatweel).
func separatorWord(w string) bool {
	for _, r := range w {
		if !strings.ContainsRune("-–—|/\\ـ•·»>", r) {
			return false
		}
	}
	return true
}

// nameParticles are the lower-case words of a name, an outlet's or a
// byline's: "Levant Monitor for Civil Rights", "Jane Roe in Beirut",
// "Courier staff". ("of" is a stampWord, read before these; a word of
// no letter, "&", is never lower case.)
var nameParticles = map[string]bool{
	"for": true, "and": true, "the": true, "in": true, "with": true, "al": true,
	"el": true, "bin": true, "ibn": true, "de": true, "staff": true, "agencies": true,
	"correspondent": true, "reporter": true, "editor": true, "by": true,
}

// outletNouns make a line of a few words an outlet's name: "وكالة ...
// الإخبارية", "شبكة ...", "تلفزيون ...".
var outletNouns = map[string]bool{
	"وكاله": true, "شبكه": true, "موقع": true, "قناه": true, "تلفزيون": true, "صحيفه": true, "جريده": true,
	"اذاعه": true, "الاخباريه": true, "الاخباري": true, "نيوز": true, "منصه": true,
}

// stampWords label a timestamp or name its zone: they are neither a name
// nor a report's word. (The Arabic "م" of "مساءً" is a hijriWord, a
// date's word read first.)
var stampWords = map[string]bool{
	"published": true, "updated": true, "last": true, "modified": true, "issued": true, "posted": true,
	"on": true, "at": true, "date": true, "am": true, "pm": true, "a.m": true, "p.m": true, "gmt": true,
	"utc": true, "et": true, "est": true, "edt": true, "bst": true, "cet": true, "cest": true, "ist": true,
	"pt": true, "ast": true, "eet": true, "eest": true, "ago": true, "an": true, "hour": true, "hours": true,
	"minute": true, "minutes": true, "mins": true, "min": true, "read": true, "time": true, "as": true, "of": true,
	"تاريخ": true, "النشر": true, "نشر": true, "في": true, "اخر": true, "تحديث": true, "التحديث": true,
	"محدث": true, "بتوقيت": true, "ص": true, "الساعه": true, "منذ": true, "ساعه": true,
	"ساعات": true, "دقيقه": true, "دقائق": true, "غرينتش": true, "جرينتش": true,
}

// eventWords tell an incident: a line with one is a headline or a
// sentence, not a line of names (reportWords holds more).
var eventWords = map[string]bool{
	"massacre": true, "blast": true, "bombing": true, "explosion": true, "die": true, "dies": true,
	"martyred": true, "wounds": true, "wound": true, "injures": true, "hurt": true, "killings": true,
	"death": true, "deaths": true, "shot": true, "fire": true, "raid": true, "raids": true, "bomb": true,
	"killed": true, "kills": true, "kill": true, "killing": true, "dead": true, "died": true,
	"wounded": true, "injured": true, "strike": true, "strikes": true, "airstrike": true,
	"airstrikes": true, "shelling": true, "attack": true, "attacks": true, "toll": true, "clashes": true,
	"مقتل": true, "قتيل": true, "اصابه": true, "قصف": true, "غاره": true, "غارات": true, "هجوم": true,
	"ضحايا": true, "حصيله": true, "ارتفاع": true, "قتل": true, "اصيب": true,
	"مجزره": true, "انفجار": true, "تفجير": true, "استشهاد": true, "شهداء": true, "شهيد": true,
	"قتلي": true, "جرحي": true, "مصرع": true, "استهداف": true, "اشتباكات": true, "معارك": true,
	// a short headline may tell its incident by no more: "ليلة دامية في
	// إدلب", "Children Under the Rubble"
	"bloody": true, "rubble": true, "دامي": true, "داميه": true, "الدامي": true, "الداميه": true,
	"دموي": true, "دمويه": true, "الدموي": true, "الدمويه": true, "انقاض": true, "الانقاض": true,
}

// dayWord reports a folded word that is a date's only beside a month, a
// year or a time: a day of the month, a weekday. Alone it may be a count.
func dayWord(f string) bool {
	if _, ok := Day(f); ok {
		return true
	}
	_, ok := Weekday(f)
	return ok
}

// eventWord reports a folded word that tells an incident (eventWords,
// arVictimWord).
func eventWord(f string) bool {
	return eventFilter.May(f) && eventWords[f] || arVictimWord(f)
}

// arVictimWord reports an Arabic word of the dead or wounded in any
// number ("قتيلان", "شهيدا", "جرحى"): a line with one tells an incident.
func arVictimWord(f string) bool {
	f = strings.TrimPrefix(f, "و")
	for _, p := range [...]string{"قتيل", "قتلي", "شهيد", "شهداء", "جريح", "جرحي", "مصاب", "ضحي"} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// dateWord reports a folded word of a date or a time: a month, a year, a
// numeric date ("03/05/2024",
// "2024.05.03", "2024-05-03") or a clock time ("08:15", "08:15:30").
func dateWord(f string) bool {
	if _, ok := Month(f); ok {
		return true
	}
	if _, ok := Year(f); ok {
		return true
	}
	if f == "كانون" || f == "تشرين" || f == "الاول" || f == "الثاني" || hijriFilter.May(f) && hijriWords[f] {
		return true // the Levantine months' words (LevantineMonth), the Hijri calendar's
	}
	if len(f) == 4 && f >= "1300" && f <= "1499" {
		return true // a Hijri year: "24 شوال 1445 هـ"
	}
	if t := strings.TrimSuffix(strings.TrimSuffix(f, "am"), "pm"); len(t) < len(f) {
		f = t // "12:00am"
	}
	digitsN, marks := 0, 0
	for i := 0; i < len(f); i++ {
		switch c := f[i]; {
		case isDigit(c):
			digitsN++
		case c == '/' || c == '.' || c == '-' || c == ':':
			marks++
		default:
			return false
		}
	}
	return digitsN >= 3 && marks >= 1
}

// hijriWords are the Hijri months and era marks a page's date may add to
// the Gregorian one: "الجمعة - 24 شوال 1445 هـ - 03 مايو 2024 مـ".
var hijriWords = map[string]bool{
	"محرم": true, "صفر": true, "ربيع": true, "جمادي": true, "رجب": true, "شعبان": true, "رمضان": true,
	"شوال": true, "ذو": true, "القعده": true, "الحجه": true, "الاخر": true, "الاخره": true,
	"هـ": true, "مـ": true, "ه": true, "م": true,
}

// wireNote reports a line in brackets alone: a wire's or an editor's note
// ("(Adds toll in paragraph 3)", "(تم تحديث الخبر)") or a caption set
// apart ("[Caption: ...]", "[الصورة: ...]").
func wireNote(t string) bool {
	if len(t) < 3 {
		return false
	}
	open, close := t[0], t[len(t)-1]
	if !(open == '(' && close == ')' || open == '[' && close == ']') {
		return false
	}
	inner := t[1 : len(t)-1]
	return !strings.ContainsAny(inner, "()[]")
}

// editorNote reports an editor's note on the page itself: "Update, 3
// May 2024: this story now gives the toll from the hospital", "Editor's
// note: this story was corrected", "(تم تحديث الخبر ...)" (see wireNote).
// An update that tells the news ("تحديث: ارتفعت الحصيلة إلى 9") is the
// report's.
func editorNote(l pageLine) bool {
	k := l.head
	if !strings.HasPrefix(k, "update") && !strings.HasPrefix(k, "editor") && !strings.HasPrefix(k, "correction") &&
		!strings.HasPrefix(k, "clarification") && !strings.HasPrefix(k, "note") && !strings.HasPrefix(k, "تحديث") {
		return false
	}
	i := strings.IndexAny(l.text, ":：")
	if i < 0 || i > 60 {
		return false
	}
	rest := strings.ToLower(l.text[i:])
	for _, m := range [...]string{"this article", "this story", "this report", "this page", "has been updated", "was updated", "has been corrected", "was corrected", "تم تحديث", "هذا الخبر", "هذا التقرير"} {
		if strings.Contains(rest, m) {
			return true
		}
	}
	return false
}

// creditWords close a photo's caption as its credit: "Jane ROE AFP",
// "REUTERS/Jane Roe", "AFP via Getty Images", "(AA Photo)".
var creditWords = map[string]bool{
	"afp": true, "reuters": true, "ap": true, "epa": true, "getty": true, "images": true, "aa": true,
	"photo": true, "photos": true, "file": true, "efe": true, "dpa": true, "anadolu": true,
	"صوره": true, "ارشيف": true, "ارشيفيه": true, "الاناضول": true, "رويترز": true,
}

// captionCredit reports a photo's caption by its credit at its end: after
// its last sentence, a few words of which one is a credit ("... on May
// 3, 2024. Jane ROE AFP"), or a closing bracket of a credit ("... in
// Harem (AFP/Getty)", "(Levant Courier/John Doe)").
func captionCredit(t string) bool {
	if endsSentence(t) {
		return false
	}
	if strings.HasSuffix(t, ")") {
		i := strings.LastIndexByte(t, '(')
		if i <= len(t)/2 {
			return false
		}
		if endsSentence(strings.TrimSpace(t[:i])) || reported(t[:i]) {
			return false // a paragraph signed by its wire: "..., rescuers said. (AFP)"
		}
		in := t[i+1 : len(t)-1]
		if strings.Contains(in, "/") {
			return wordCount(in, 6) <= 6 && !mediaLabel(in)
		}
		for _, w := range strings.Fields(in) {
			// an agency's name: "(AA Photo)"; "(Videos, Photos)" closes a headline
			if f := Fold(strings.Trim(w, ".,:;")); creditWords[f] && f != "photo" && f != "photos" && f != "file" {
				return true
			}
		}
		return false
	}
	// the words after the last sentence end
	end, skip := strings.LastIndex(t, ". "), 2
	if i := strings.LastIndex(t, "。"); i > end {
		end, skip = i, len("。") // (three bytes: the tail starts past them)
	}
	if end < 0 {
		return false
	}
	tail := t[end+skip:]
	if wordCount(tail, 5) > 5 || reported(t[:end]) {
		return false // (a paragraph signed by its wire: "..., rescuers said. AFP")
	}
	for _, w := range strings.Fields(tail) {
		w = strings.Trim(w, ".,:;")
		if i := strings.IndexByte(w, '/'); i > 0 {
			w = w[:i] // "REUTERS/Jane"
		}
		if creditWords[Fold(w)] && strings.ToUpper(w) == w {
			return true
		}
	}
	return false
}

// wireAgencies are the wires a headline may be signed by in brackets:
// "Air strike kills nine in Ariha (AFP)", "... (رويترز)". A photo agency
// ("Getty") or a photo's word credits a picture.
var wireAgencies = map[string]bool{
	"afp": true, "reuters": true, "ap": true, "epa": true, "efe": true, "dpa": true, "aa": true,
	"anadolu": true, "رويترز": true, "الاناضول": true, "فرانس": true, "برس": true, "ا": true, "ف": true, "ب": true,
}

// wireSigned: does t end on a wire's name alone in brackets ("... in
// Ariha (AFP)", "... في أريحا (فرانس برس)"), with no date before it? At
// the headline's place that is the headline signed by its wire, not a
// photo's caption: a caption credits a photographer or a photo
// ("(AFP/Jane Roe)", "(AA Photo)") and dates its picture.
func wireSigned(t string) bool {
	if !strings.HasSuffix(t, ")") {
		return false
	}
	i := strings.LastIndexByte(t, '(')
	if i <= 0 || hasYear(t[:i]) {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(t[i+1 : len(t)-1]) {
		if n++; n > 3 || !wireAgencies[Fold(strings.Trim(w, ".,"))] {
			return false
		}
	}
	return n > 0
}

// reported: does s attribute what it tells ("rescuers said", "بحسب
// الدفاع المدني")? A caption shows, a report's sentence tells by a source.
func reported(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if f := Fold(trimWordMarks(w)); reportedWords[f] || reportedWords[strings.TrimPrefix(f, "و")] {
			return true
		}
	}
	return false
}

// reportedWords attribute a report to its source.
var reportedWords = map[string]bool{
	"said": true, "says": true, "according": true, "reported": true, "told": true,
	"قال": true, "قالت": true, "بحسب": true, "حسب": true, "وفق": true, "وفقا": true, "افاد": true,
	"افادت": true, "ذكر": true, "ذكرت": true,
}

// mediaLabels close a headline, not a caption: "(photos/video)",
// "(صور/فيديو)", a part of a series "(1/3)".
var mediaLabels = map[string]bool{
	"video": true, "videos": true, "photos": true, "pictures": true, "gallery": true, "infographic": true,
	"map": true, "maps": true, "live": true, "update": true, "updated": true, "watch": true, "audio": true,
	"فيديو": true, "بالفيديو": true, "فيديوهات": true, "صور": true, "بالصور": true, "انفوغراف": true,
	"انفوجراف": true, "خريطه": true, "تحديث": true, "مباشر": true,
}

// mediaLabel: is a part of a bracket's words parted by slashes a media
// label or a number ("photos/video", "صور/فيديو", "1/3")? The credit
// of a caption names an agency or a photographer ("AFP/Getty", "Levant
// Courier/John Doe").
func mediaLabel(in string) bool {
	for _, part := range strings.FieldsFunc(in, func(r rune) bool { return r == '/' || r == ' ' || r == '+' || r == '&' || r == ',' }) {
		if f := Fold(part); f != "" && (mediaLabels[f] || isDigit(f[0])) {
			return true
		}
	}
	return false
}

// datelineEnd is the end of a wire dateline that opens line, the place and
// the day the report was filed from ("ARIHA, Syria, May 3 (Wire) -",
// "Amman (Wire) –", "(Amman, May 3, 2024) –", "HAREM, Syria (Wire) —"),
// or 0: its date is the report's, not the incident's. The dateline ends
// at a dash within eight words, after a closing bracket or a word in
// capitals.
func datelineEnd(line string) int {
	n := 0
	prev := ""
	for i := 0; i < len(line) && n <= 9; {
		for i < len(line) && line[i] == ' ' {
			i++
		}
		j := i
		for j < len(line) && line[j] != ' ' {
			j++
		}
		if i == j {
			break
		}
		w := line[i:j]
		if w == "-" || w == "–" || w == "—" || w == "--" {
			if n == 0 {
				return 0
			}
			if (strings.HasSuffix(prev, ")") || allCaps(prev)) && !eventBefore(line[:i]) {
				return j
			}
			return 0
		}
		prev = w
		n++
		i = j
	}
	return 0
}

// eventBefore: does s, the words before a dash, tell an incident? Then
// they are a headline's, not a dateline's: "Shelling Kills Five in Harem
// on Friday (UPDATED) - Levant Courier", whose Friday is the incident's.
func eventBefore(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if eventWord(Fold(trimWordMarks(w))) {
			return true
		}
	}
	return false
}

// allCaps: is w a word in capitals of two letters or more ("AMMAN",
// "HAREM,")?
func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 2
}
