package figures

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/idlibwatch/idlibwatch/places"
	"github.com/idlibwatch/idlibwatch/reading"
)

// attr is an attribution in a sentence: who says what follows or precedes.
type attr struct {
	pos     int    // token of the verb or "according"
	raw     string // the name as the text gives it
	name    string // resolved for this article (continued speakers filled in)
	cont    bool   // a pronoun: the previous speaker goes on ("it added")
	generic bool   // "the group", "the ministry": an earlier speaker, if one fits
	head    string // the generic noun
	cite    bool   // "citing X", "quoting X": the original source
	// trailing: "..., said X" or "..., X said." closes its clause: it
	// governs what comes before it, not a relative clause after it
	trailing bool
	// from: the first token of a subject read before the verb ("Farah
	// Nasser, whose brother was among the 3 killed, said"): what the
	// subject's own apposition states is not in the frame's complement
	from int
	subj bool
	// rel: the frame sits inside a relative clause or a parenthetical
	// (", which residents said came without warning,"): it governs only
	// tokens lo..hi, not the main clause around it
	rel    bool
	lo, hi int
	// end: the token after the name of an inverted frame (", said a
	// monitor on Wednesday"): a day right after it dates the statement
	end int
}

// collectAllAttrs finds the attributions of every sentence. Names are
// resolved later, in reading order, by resolveAttrs.
func (x *extractor) collectAllAttrs() {
	x.attrFrom = make([]int, len(x.sents)+1)
	x.attrs = make([]attr, 0, len(x.sents)) // about one a sentence: growing it copied them
	for si, s := range x.sents {
		x.attrFrom[si] = len(x.attrs)
		x.attrs = x.collectAttrs(s, x.attrs)
	}
	x.attrFrom[len(x.sents)] = len(x.attrs)
}

func (x *extractor) resolveAttrs(si int) {
	local := "" // a speaker named earlier in this sentence
	for i := x.attrFrom[si]; i < x.attrFrom[si+1]; i++ {
		a := &x.attrs[i]
		switch {
		case a.cont && local != "":
			// "X said in its report, issued on Monday, that it had documented"
			a.name = local
		case a.cont:
			a.name = x.lastSpeaker
			if si == 0 {
				break
			}
			if n := x.subjectSince(si); n != "" {
				// "The ministry gave a different version. ..., it said": the
				// body the sentence before named as its subject, not a
				// speaker from before it
				a.name = n
			} else if x.lastSpeaker == "" {
				// "Hamza Saleh, a rescuer, described the scene. ... he said":
				// no speaker yet, so the named subject of the sentence before
				a.name = x.namedSubject(si - 1)
			}
		case a.generic:
			a.name = x.earlierSpeaker(a.head, a.raw)
		default:
			a.name = a.raw
		}
		if !a.cont && a.name != "" {
			local = a.name
		}
	}
}

// subjectSince: the named subject of the sentence before si, in the same
// paragraph, when that sentence has no frame of its own and names a body
// or person other than the last speaker ("The Syrian Defence Ministry
// gave a different version."): a pronoun that speaks next is that body.
func (x *extractor) subjectSince(si int) string {
	p := si - 1
	if x.attrFrom[p] != x.attrFrom[p+1] || !x.sameParagraph(p, si) {
		return ""
	}
	a, ok := x.initialNP(x.sents[p])
	if !ok || a.generic || a.cont || x.eventSubject(a) || countFields(a.raw) < 2 {
		return ""
	}
	if a.raw == x.lastSpeaker || x.sourceKey(a.raw) == x.sourceKey(x.lastSpeaker) {
		return ""
	}
	return a.raw
}

// namedSubject reads a proper name that opens sentence si ("Hamza
// Saleh, a rescuer, ..."): at least two capitalised words, the first not
// a determiner.
func (x *extractor) namedSubject(si int) string {
	s := x.sents[si]
	en := -1
	for j := s.a; j < s.b && j < s.a+5; j++ {
		t := x.ts[j]
		if t.k != kWord || !t.cap || t.ar || determiners[t.w] || placeWords[t.w] {
			break
		}
		en = j
	}
	if en <= s.a {
		return ""
	}
	return x.text[x.ts[s.a].s:x.ts[en].e]
}

// earlierSpeaker resolves "the ministry" to the latest speaker whose name
// has that noun ("Russia's defence ministry"); "the group", "the monitor"
// to the latest speaker; else keeps the words as given.
func (x *extractor) earlierSpeaker(head, raw string) string {
	names := headNames[head]
	if names == nil {
		names = []string{head}
	}
	for i := len(x.recent) - 1; i >= 0; i-- {
		k := x.sourceKey(x.recent[i])
		for _, n := range names {
			if strings.Contains(k, n) {
				return x.recent[i]
			}
		}
	}
	switch {
	case head == "group", head == "monitor", head == "watchdog", head == "organisation", head == "organization",
		head == "مصدر", head == "منظمه", head == "فريق", head == "فرق", head == "بيان", head == "تقرير",
		docWords[head]: // "the statement said", "according to the review": its author, named before
		if x.lastSpeaker != "" {
			return x.lastSpeaker
		}
	}
	return raw
}

// docWords name a document whose author is the source.
var docWords = map[string]bool{
	"statement": true, "report": true, "figures": true, "data": true, "tally": true,
	"count": true, "toll": true, "estimates": true, "documentation": true,
	"estimate": true, "statistics": true, "figure": true, "records": true, "list": true,
	"census": true, "assessment": true, "update": true, "bulletin": true, "tallies": true,
	"review": true, "survey": true, "study": true, "investigation": true,
	"observations": true, "findings": true, "reports": true, "analysis": true,
}

// docAgent reads the author of a document named at k: "a tally by the
// monitor", "an estimate published on Monday by X", "a count kept by
// volunteers", "data from the health directorate". The document opens
// the phrase (after a determiner and modifiers); its author follows "by"
// or "from" within the same phrase.
func (x *extractor) docAgent(k int, s sentence) (attr, int, bool) {
	ts := x.ts
	doc := -1
	for j := k; j < s.b && j < k+4; j++ {
		if ts[j].k != kWord {
			return attr{}, k, false
		}
		if docWords[ts[j].w] {
			doc = j
			break
		}
	}
	if doc < 0 {
		return attr{}, k, false
	}
	for j := doc + 1; j+1 < s.b && j <= doc+7; j++ {
		t := ts[j]
		if t.k != kWord && t.k != kNum {
			break
		}
		if (t.w == "by" || t.w == "from") && ts[j+1].k == kWord {
			if a, e, ok := x.nameAfterEnd(j+1, s); ok && !a.cont {
				return a, e, true
			}
			break
		}
		if t.w == "that" || t.w == "which" || t.is(cSpeech) && ts[j+1].w != "by" {
			break // ("figures confirmed by X" goes on to X)
		}
	}
	return attr{}, k, false
}

// headNames: the words in a speaker's name that a generic noun stands for
// ("the monitor" is the observatory named before).
var headNames = map[string][]string{
	"monitor":  {"monitor", "observatory", "network", "watch"},
	"watchdog": {"monitor", "observatory", "network", "watch"},
	"agency":   {"agency", "sana", "news", "reuters", "afp", "associated press"},
	"group":    {"group", "civil defence", "helmets", "observatory", "organisation", "organization", "network"},
	"service":  {"civil defence", "helmets", "rescue", "service"},
}

// shortNames: the words in a speaker's name that a headline's short source
// stands for ("..., rescuers say" and "the White Helmets said" are one).
var shortNames = map[string][]string{
	"rescuers":    {"civil defence", "rescue"},
	"medics":      {"health", "hospital", "medical", "doctor"},
	"army":        {"army", "military"},
	"military":    {"army", "military", "pentagon", "central command", "ministry of defence"},
	"المرصد":      {"syrian observatory for human rights"},
	"الدفاع":      {"syrian civil defence"},
	"الشبكه":      {"syrian network for human rights"},
	"الوزاره":     {"ministry", "وزاره"}, // "the ministry" told again: a ministry named before
	"officials":   {"ministry", "official", "directorate", "government"},
	"observatory": {"syrian observatory for human rights"},
}

var passiveAux = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true,
	"to": true, "not": true, "never": true,
}

// knownSourceNouns may open a lower-case source name: "citing local residents".
var knownSourceNouns = map[string]bool{
	"rescue": true, "war": true, "aid": true, "government": true, "army": true, "police": true,
	"media": true, "rights": true, "human": true, "humanitarian": true, "relief": true,
	"eyewitnesses": true, "survivors": true, "relatives": true, "families": true,
	"neighbours": true, "neighbors": true, "nurses": true, "paramedics": true, "volunteers": true,
	"pro-government": true, "opposition-run": true, "first": true, "emergency": true,
	"residents": true, "activists": true, "witnesses": true, "local": true, "medical": true,
	"sources": true, "officials": true, "monitors": true, "rescuers": true, "medics": true,
	"doctors": true, "locals": true, "security": true, "state": true, "hospital": true,
	"military": true, "rebel": true, "opposition": true, "health": true, "civil": true,
	// the UN's and aid groups' word for those who report to them:
	// "partners on the ground", "our humanitarian colleagues"
	"partners": true, "colleagues": true,
}

// nounLike speech verbs are nouns after a modifier: "Other reports stated".
var nounLike = map[string]bool{"reports": true, "claims": true, "estimates": true, "notes": true, "states": true}

var npStop = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "while": true, "whereas": true,
	"but": true, "when": true, "after": true, "before": true, "because": true, "as": true,
	"since": true, "if": true, "with": true, "where": true, "however": true, "though": true,
	"although": true, "meanwhile": true, "whether": true, "than": true,
}

var nameStop = map[string]bool{
	"that": true, "who": true, "which": true, "on": true, "in": true, "at": true, "as": true,
	"when": true, "while": true, "after": true, "before": true, "for": true, "of": true,
	"to": true, "on.": true, "by": true, "from": true, "late": true, "early": true, "last": true,
	"this": true, "told": true, "via": true, "about": true, "said": true, "during": true,
	"had": true, "has": true, "have": true, "will": true, "would": true, "could": true,
	"did": true, "does": true, "may": true, "might": true, "can": true,
}

var arNameStop = map[string]bool{
	"عدم": true, "وعدم": true,
	"في": true, "ان": true, "انه": true, "بان": true, "عن": true, "علي": true, "الي": true,
	"من": true, "خلال": true, "امس": true, "اليوم": true, "يوم": true, "مساء": true, "صباح": true,
	"بعد": true, "قبل": true, "حيث": true, "الذي": true, "التي": true, "انها": true, "ل": true,
	"عبر": true, "لها": true, "له": true, "ما": true, "الخميس": true, "الجمعه": true, "السبت": true,
	"الاحد": true, "الاثنين": true, "الثلاثاء": true, "الاربعاء": true, "بيان": true,
	// a period after the name: "وثّق المرصد منذ مطلع العام مقتل"
	"منذ": true, "مطلع": true, "اوائل": true, "اواخر": true, "طيله": true, "طوال": true, "حتي": true,
	"قد": true, // a particle before the verb: "كانت حصيلة للمرصد قد أشارت"
	// what is announced, not who announces: "أعلنت المديرية ارتفاع عدد"
	"ارتفاع": true, "عدد": true, "سقوط": true, "وقوع": true, "استهداف": true, "تعرض": true,
	"قصف": true, "انفجار": true, "غارات": true, "غاره": true, "حصيله": true,
	"انتهاء": true, "دون": true, "بدون": true, "لم": true, "لا": true,
	"وجود": true, "نجاه": true, "فقدان": true, "تسجيل": true, "مجزره": true, "بعدم": true,
	"قوله": true, "قولها": true, "قولهم": true, // "نقلت عن مصدر قوله إن"
	// a time of day after the name: "نشرها الدفاع المدني ليلاً"
	"ليلا": true, "صباحا": true, "فجرا": true, "ظهرا": true, "عصرا": true, "سابقا": true, "مؤخرا": true,
}

// sourceNouns mark the tail of a headline as its source: "... in Idlib -
// monitor", "... - SOHR".
var sourceNouns = map[string]bool{
	"monitor": true, "observatory": true, "sohr": true, "ministry": true, "activists": true,
	"rescuers": true, "medics": true, "sources": true, "source": true, "official": true,
	"officials": true, "agency": true, "media": true, "army": true, "military": true,
	"witnesses": true, "residents": true, "helmets": true, "defence": true, "defense": true,
	"pentagon": true, "sana": true, "report": true, "reports": true, "group": true, "tv": true,
	"المرصد": true, "مصادر": true, "مصدر": true, "ناشطون": true, "الدفاع": true, "وزاره": true,
	"الشبكه": true, "الهيئه": true, "المنظمه": true, "منظمه": true, "مديريه": true, "فريق": true,
	"network": true, "organisation": true, "organization": true, "directorate": true,
	"مرصد": true, "هيئه": true, "المديريه": true, "مسؤول": true, "ناشطين": true,
	// heads of bodies and their people: "Interior Authority spokesman: ..."
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "minister": true,
	"governor": true, "director": true, "commander": true, "authority": true,
	"council": true, "committee": true, "department": true, "office": true, "command": true,
	"corps": true, "rescue": true, "commission": true, "hospital": true, "doctors": true,
}

// headlineSource reads "... 13 dead - monitor" at the end of a line, or
// "SOHR: 5 killed", "الدفاع المدني: ٧ قتلى" at its start.
func (x *extractor) headlineSource(s sentence) (attr, bool) {
	ts := x.ts
	if st := x.skipTimestamp(s); st > s.a {
		// "16:05 – SOHR: the toll has climbed to eight"
		s.a = st
	}
	st, quoted := s.a, false
	if st+1 < s.b && ts[st].k == kQuote {
		st, quoted = st+1, true // "\"الشبكة السورية\": اغتيال طبيب": the name quoted
	}
	for c := st + 1; c < s.b && c <= st+4; c++ {
		if ts[c].w != ":" {
			if quoted && ts[c].k == kQuote && c+1 < s.b && ts[c+1].w == ":" {
				continue
			}
			if ts[c].k != kWord {
				break
			}
			continue
		}
		e := c
		if quoted {
			e = c - 1 // the closing mark
		}
		if x.outletName(st, e) {
			a := x.makeAttr(st, e-1)
			a.pos = c
			return a, true
		}
		for k := st; k < e; k++ {
			w := ts[k].plain() // "قصف على ريف إدلب.. والمرصد: 9 قتلى"
			if sourceNouns[w] || sourceNouns[ts[k].stem] || x.acronym(k) {
				a := x.makeAttr(st, e-1)
				a.pos = c
				if k == st && w != ts[k].w && !sourceNouns[ts[k].w] {
					a.raw = strings.TrimPrefix(a.raw, "و") // the conjunction is no part of the name
				}
				return a, true
			}
		}
		if x.titleLine(s) && (x.speakerName(st, e) || x.arSpeakerName(st, e)) {
			// "Trump: ISIS leader killed in US raid", "بايدن: زعيم التنظيم
			// فجّر نفسه": a title that opens on a person's name quotes
			// that person
			a := x.makeAttr(st, e-1)
			a.pos = c
			return a, true
		}
		break
	}
	end := s.b
	if end > s.a && ts[end-1].k == kNL {
		end--
	}
	if end-s.a < 4 || ts[end-1].k != kWord {
		return attr{}, false
	}
	for d := end - 2; d >= s.a && d >= end-5; d-- {
		if w := ts[d].w; w == "-" || w == "–" || w == "—" || w == "|" || w == ":" {
			named := false
			for k := d + 1; k < end; k++ {
				if ts[k].k != kWord {
					return attr{}, false
				}
				if sourceNouns[ts[k].w] || sourceNouns[ts[k].stem] {
					named = true
				}
			}
			if !named { // (an outlet's name here is the site's own title suffix)
				return attr{}, false
			}
			a := x.makeAttr(d+1, end-1)
			a.pos = d
			return a, true
		}
	}
	return attr{}, false
}

// titleLine: is sentence s a whole line of its own with no closing
// period, a title ("Trump: ISIS leader killed in US raid")?
func (x *extractor) titleLine(s sentence) bool {
	ts := x.ts
	if s.b-s.a > 30 || s.a > 0 && ts[s.a-1].k != kNL || s.b < len(ts) && ts[s.b].k != kNL {
		return false
	}
	return ts[s.b-1].w != "."
}

// speakerName: are tokens a..b-1 a person's name, one to three
// capitalised words, and not a page label ("LIVE:", "Exclusive:") or a
// place ("Idlib:", "Eastern Ghouta:")?
func (x *extractor) speakerName(a, b int) bool {
	if b-a < 1 || b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		t := x.ts[k]
		if t.k != kWord || t.ar || !t.cap || labelWords[t.w] || labelStops[t.w] || placeWords[t.w] || determiners[t.w] || broadPlaces[t.w] {
			return false
		}
	}
	_, place := places.Lookup(x.text[x.ts[a].s:x.ts[b-1].e])
	return !place
}

// arSpeakerName: are tokens a..b-1 an Arabic person's name opening a
// title ("بايدن:", "جو بايدن:")? One or two words with no article (a
// common noun or a body has one: "الطقس:", "الدفاع المدني:" is read as a
// body), no page label ("عاجل:", "تحليل:") and no place ("إدلب:").
func (x *extractor) arSpeakerName(a, b int) bool {
	if b-a < 1 || b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		t := x.ts[k]
		if t.k != kWord || !t.ar || strings.HasPrefix(t.w, "ال") || arLabelWords[stripWawBa(t.w)] || arPlaceWords[t.w] {
			return false
		}
	}
	_, place := places.Lookup(x.text[x.ts[a].s:x.ts[b-1].e])
	return !place
}

// arLabelWords open tickers and page sections: "عاجل:", "بالفيديو:".
var arLabelWords = map[string]bool{
	"عاجل": true, "تحديث": true, "فيديو": true, "الفيديو": true, "صور": true, "الصور": true,
	"خاص": true, "حصري": true, "مباشر": true, "شاهد": true, "تحليل": true, "راي": true,
	"تقرير": true, "انفوغراف": true, "ترجمه": true, "متابعه": true, "مقال": true, "تفاصيل": true,
}

// arPlaceWords open a title as its topic or dateline, as placeWords do
// in English ("سوريا: مقتل 13 مدنياً", "لندن: ..."): a country or a
// capital is where, not who. (Names with the article are read as bodies
// or places already.)
var arPlaceWords = map[string]bool{
	"لندن": true, "واشنطن": true, "موسكو": true, "انقره": true, "بيروت": true, "دمشق": true,
	"سوريا": true, "سوريه": true, "تركيا": true, "روسيا": true, "لبنان": true, "ايران": true,
	"مصر": true, "ليبيا": true, "اسرائيل": true, "فلسطين": true, "غزه": true, "ادلب": true,
	"حلب": true, "حماه": true, "حمص": true, "درعا": true, "عمان": true,
	"باريس": true, "جنيف": true, "اسطنبول": true, "طهران": true,
}

// outletHeads end the name of a news outlet: "Qalaat News", "The Idlib
// Times", "قلعة نيوز".
var outletHeads = map[string]bool{
	"news": true, "times": true, "post": true, "tv": true, "press": true, "daily": true,
	"tribune": true, "herald": true, "journal": true, "radio": true, "gazette": true,
	"channel": true, "observer": true, "telegraph": true, "today": true, "online": true,
	"نيوز": true, "تايمز": true, "بوست": true, "تي": true, "برس": true,
}

// outletName: are tokens a..b-1 (at most four words) a news outlet's name,
// capitalised in English and ending in an outlet head, and no page label
// ("BREAKING NEWS", "World News")?
func (x *extractor) outletName(a, b int) bool {
	if b-a < 2 || b-a > 4 || !outletHeads[x.ts[b-1].w] {
		return false
	}
	for k := a; k < b; k++ {
		t := x.ts[k]
		label := k < b-1 && (labelWords[t.w] || labelStops[t.w]) // the head "News" is no label
		if t.k != kWord || label || t.w == "world" || t.w == "top" || !t.ar && !t.cap && !(k == a && t.w == "the") {
			return false
		}
	}
	return true
}

// acronym: an upper-case name of 2 to 6 letters ("SNHR", "SOHR", "UN") that
// is not a ticker or section label ("LIVE", "VIDEO").
func (x *extractor) acronym(k int) bool {
	t := x.ts[k]
	if t.k != kWord || t.ar || labelWords[t.w] || placeWords[t.w] {
		return false
	}
	raw := x.text[t.s:t.e]
	if len(raw) < 2 || len(raw) > 6 {
		return false
	}
	for i := 0; i < len(raw); i++ {
		if raw[i] < 'A' || raw[i] > 'Z' {
			return false
		}
	}
	// "ARIHA: Government shelling ...": a dateline's town in capitals
	// (one map look-up, for the rare word that got this far)
	_, place := places.Lookup(raw)
	return !place
}

// placeWords in capitals open a headline too ("SYRIA: 5 killed"): no source;
// nor does a dateline's city outside Syria ("AMMAN: Russian jets struck").
var placeWords = map[string]bool{
	"amman": true, "cairo": true, "dubai": true, "doha": true, "istanbul": true, "damascus": true,
	"baghdad": true, "erbil": true, "gaziantep": true, "antakya": true, "hatay": true,
	"washington": true, "london": true, "paris": true, "geneva": true, "jerusalem": true,
	"tehran": true, "riyadh": true, "kilis": true, "reyhanli": true, "qamishli": true,
	"brussels": true, "berlin": true, "tunis": true, "kuwait": true,
	"syria": true, "idlib": true, "aleppo": true, "hama": true, "turkey": true, "iraq": true,
	"gaza": true, "iran": true, "israel": true, "russia": true, "jordan": true, "yemen": true,
	"libya": true, "egypt": true, "ankara": true, "moscow": true, "beirut": true, "raqqa": true,
	"homs": true, "daraa": true, "latakia": true, "afrin": true, "azaz": true,
}

// labelWords open tickers and page sections, not sources.
var labelWords = map[string]bool{
	"breaking": true, "update": true, "updated": true, "live": true, "video": true, "watch": true,
	"photos": true, "photo": true, "urgent": true, "alert": true, "new": true, "opinion": true,
	"news": true, "latest": true, "flash": true, "read": true, "more": true, "exclusive": true,
	"analysis": true, "explainer": true, "listen": true, "audio": true,
}

func (x *extractor) collectAttrs(s sentence, out []attr) []attr {
	ts := x.ts
	if a, ok := x.headlineSource(s); ok && !x.site.speaks(a.raw) {
		out = append(out, a) // (a dateline "إدلب - <the outlet>" is no source)
	}
	for k := s.a; k < s.b; k++ {
		t := &ts[k]
		if t.k != kWord || t.inQ && !x.quotedWord(k, s) {
			continue
		}
		if !t.ar && !t.is(cSpeech|cNumberVerb) {
			switch t.w {
			case "toll", "tally", "count", "per", "confirmed", "announced", "reported", "according",
				"given", "provided", "released", "compiled", "issued", "kept":
			default:
				continue // the words of the frames below that are no verb of speech or number
			}
		}
		if t.ar {
			n := len(out)
			out = x.arabicAttr(k, s, out)
			if len(out) > n && x.arDocVerb(k, s) {
				// "الحصيلة التي نشرها X تشير إلى 3 وفيات، قبل أن يتوفى
				// اثنان، وفق المديرية": the document's author speaks for
				// the clause the document opens, up to the next clause
				out[n].rel, out[n].lo, out[n].hi = true, s.a, x.arClauseEnd(k, s)
			} else if len(out) > n {
				out[n] = x.scoped(out[n], s) // "القصف، الذي قالت مصادر إنه ...": inside the relative clause
				if p := n - 1; out[n].cont && !out[n].rel && p >= 0 && out[p].pos >= s.a && out[p].rel && out[p].lo == s.a && k < out[p].hi && x.arDocVerb(out[p].pos, s) {
					// "الحصيلة التي نشرها X تشير إلى": the document's own
					// verb, in the same clause
					out[n].rel, out[n].lo, out[n].hi = true, s.a, out[p].hi
				}
			}
			continue
		}
		w := t.w
		if (w == "toll" || w == "tally" || w == "count") && k > s.a && x.possessive(k-1) && !timeOwners[trimPossessive(ts[k-1].w)] {
			// "the ministry's toll", "SOHR's tally": whose count it is
			if a, ok, _ := x.npBefore(k, s); ok {
				a.raw = trimPossessive(a.raw)
				a.pos = k
				out = append(out, a)
			}
			continue
		}
		if w == "per" && k > s.a && ts[k-1].w == "," && k+1 < s.b && (ts[k+1].w == "the" || ts[k+1].cap) {
			// ", per the health directorate": "according to" in short
			if a, ok := x.nameAfter(k+1, s); ok && !a.cont {
				a.pos, a.trailing = k, true
				out = append(out, x.scoped(a, s))
			}
			continue
		}
		if (w == "confirmed" || w == "announced" || w == "reported") && k > s.a && beWords[ts[k-1].w] && x.word(k+1, s) == "by" {
			// "the killing was confirmed by the group": the passive's agent
			if a, ok := x.nameAfter(k+2, s); ok && !a.cont {
				a.pos, a.trailing = k, true
				out = append(out, x.scoped(a, s))
			}
			continue
		}
		if w == "according" && k+1 < s.b && ts[k+1].w == "to" {
			if p := x.word(k-1, s); p == "," && (x.word(k-2, s) == "that" || x.word(k-2, s) == "which" || x.word(k-2, s) == "who") {
				continue // "a house that, according to neighbours, was hit": about the house
			}
			n := k + 2
			if x.word(n, s) == "what" {
				n++ // "according to what the council told reporters": the council
			}
			if w := x.word(n, s); (w == "him" || w == "her" || w == "them") && (n+1 >= s.b || ts[n+1].k != kWord) {
				out = append(out, attr{pos: k, cont: true}) // "According to him, ...": the speaker before
				continue
			}
			if by, ok := x.publishedBy(n, s); ok {
				by.pos = k // "according to a provisional count. The figure was published by X"
				out = append(out, by)
				continue
			}
			if x.unownedDoc(n, s) {
				out = append(out, attr{pos: k}) // "according to a preliminary count": nobody named
				continue
			}
			if a, _, ok := x.openNameAfter(n, s); ok {
				if sp := strings.LastIndexByte(a.raw, ' '); sp > 0 && strings.HasSuffix(a.raw, "ing") && a.raw[sp+1] >= 'a' && a.raw[sp+1] <= 'z' {
					a.raw = a.raw[:sp] // "anonymous sources talking to ...": the sources
				}
				a.pos = k
				out = append(out, a)
			}
			continue
		}
		if (w == "given" || w == "provided" || w == "released" || w == "compiled" || w == "issued" || w == "kept") && x.word(k+1, s) == "by" {
			// "the toll of 10 given by rescuers": the document's author,
			// for the document's own number only
			if d := x.docBefore(k, s); d >= 0 {
				if a, e, ok := x.nameAfterEnd(k+2, s); ok && !a.cont {
					a.pos, a.trailing, a.rel, a.lo, a.hi = k, true, true, d-1, e
					out = append(out, a)
				}
			}
			continue
		}
		if !t.is(cSpeech) && !(t.is(cNumberVerb) && x.numberFrame(k, s)) { // speechVerbs[w], numberVerbs[w]
			continue
		}
		if k > s.a && (ts[k-1].w == "the" || ts[k-1].w == "a" || ts[k-1].w == "an") && !nounLike[w] {
			continue // "the reported toll", "an estimated 11,000": an adjective
		}
		if w == "updated" && k > s.a && (ts[k-1].w == "last" || ts[k-1].w == "was" || ts[k-1].w == "first") {
			continue // a page's "Last updated 19:05" names no one
		}
		if w == "documents" && (k == s.a || !ts[k-1].cap || determiners[ts[k-1].w] || k-1 == s.a && !x.acronym(k-1)) {
			continue // a verb only after a name: "SNHR documents 58 deaths"
		}
		if nounLike[w] && x.spreadBefore(k, s) {
			continue // "circulated false reports that": the verb's object
		}
		if n := x.word(k+1, s); nounLike[w] && (n == "on" || n == "from") {
			// "reports on local Telegram channels spoke of six dead",
			// "claims from residents": a noun whose authors follow it
			if a, _, ok := x.nameAfterEnd(k+2, s); ok && !a.cont && !a.generic && x.namesSpeaker(a) {
				a.pos = k
				out = append(out, x.scoped(a, s))
			}
			continue
		}
		if n := x.word(k+1, s); nounLike[w] && (n == "of" || n == "" || n == "." || n == "," || n == "in" || n == "about" || k > s.a && (ts[k-1].w == "no" || ts[k-1].w == "any")) {
			continue // "no reports of casualties": a noun
		}
		if participles[w] && x.word(k-1, s) == "as" && (x.word(k-2, s) == "quoted" || x.word(k-2, s) == "cited") && k-3 > s.a && passiveAux[ts[k-3].w] {
			// "X was quoted as saying": X speaks
			if a, ok, _ := x.npBefore(k-3, s); ok {
				a.pos, a.subj = k, true
				n := x.word(k+1, s)
				a.trailing = n == "" || n == "." || n == ","
				out = append(out, x.scoped(a, s))
			}
			continue
		}
		if p := x.word(k-1, s); k > s.a+1 && strings.HasSuffix(w, "ing") && (p == "are" || p == "is" || p == "were" || p == "was") && speechVerbs[w] {
			// "the White Helmets are saying nine were killed": a
			// progressive is active; its subject stands before the be
			if a, ok, _ := x.npBefore(k-1, s); ok && !a.cont && !x.eventSubject(a) {
				a.pos, a.subj = k, true
				out = append(out, x.scoped(a, s))
			}
			continue
		}
		if k > s.a && passiveAux[ts[k-1].w] {
			continue
		}
		if n, n2 := x.word(k+1, s), x.word(k+2, s); (w == "claimed" || w == "claims" || w == "claiming" || w == "claim") && (n == "the" && (n2 == "life" || n2 == "lives" || n2 == "responsibility") || n == "lives" || n == "responsibility") {
			continue // "the strike claimed the lives of 12"
		}
		if (w == "put" || w == "puts" || w == "placed" || w == "published") && !x.tollAhead(k, s) {
			continue
		}
		switch w {
		case "citing", "quoting", "cited", "quoted":
			if a, ok := x.nameAfter(k+1, s); ok {
				a.pos, a.cite = k, true
				out = append(out, a)
			}
			continue
		}
		// inverted: "..., said the observatory" — the name ends the clause;
		// ", said American forces had ..." is the subject-first form.
		if k > s.a && (ts[k-1].w == "," || ts[k-1].k == kQuote) && w != "told" && w != "tells" && !x.appositiveSubject(k, s) {
			// ("..., X told Reuters the ...": the one told is no source)
			if a, end, ok := x.openNameAfter(k+1, s); ok && (end >= s.b || ts[end].k != kWord || invertedFollowers[ts[end].w] || strings.HasSuffix(ts[end].w, "ing") && !ts[end].cap) && !x.eventSubject(a) && !tollHeads[ts[end-1].w] {
				// (", said air raids on the market killed 18", ", put the
				// number at 17": an event or a count is the verb's object)
				a.pos, a.trailing, a.end = k, true, end
				out = append(out, a)
				continue
			}
		}
		if a, ok := x.spreadBy(k, s); ok {
			// "news circulated by X which claimed", "The claims, spread
			// by X, said": the one who spread the claim says it
			a.pos = k
			out = append(out, x.scoped(a, s))
			continue
		}
		a, ok, coord := x.npBefore(k, s)
		if n := len(out); ok && participles[w] && k > s.a && ts[k-1].w == "," &&
			(n > 0 && out[n-1].pos >= s.a && out[n-1].pos < k && !out[n-1].rel || x.relPronoun(a.from)) {
			// "X, whose crews ..., gave a lower count, saying", "four are
			// fighters, the group says, adding": the participle hangs on
			// the frame before it; the clause before that frame is no
			// subject ("Y, a journalist who saw it, claiming" keeps Y)
			a, ok, coord = attr{}, false, false
		}
		if n := len(out); ok && participles[w] && n > 0 && out[n-1].pos >= a.from && out[n-1].pos < k && out[n-1].pos >= s.a {
			// "The army released a statement saying": the subject of the
			// frame inside what was read as a subject
			a = out[n-1]
			a.trailing, a.rel = false, false
		}
		if ok && x.labelSubject(a) {
			ok = false // "Live update: toll rises": a page label, no speaker
		}
		if ok && t.is(cNumberVerb) && !t.is(cSpeech) && x.eventSubject(a) {
			ok = false // "the shelling raised the toll": no speaker
		}
		if ok && (w == "spoke" || w == "speak" || w == "speaks") && x.docSubject(a) {
			ok = false // "early reports from the scene spoke of": nobody's
		}
		if n := len(out); ok && a.from > s.a && possessivePronouns[ts[a.from].w] && a.from < k-1 && n > 0 && out[n-1].pos >= s.a && out[n-1].pos < a.from {
			// "X told Reuters his medics had counted": the speaker's own
			// people, in the complement of the speaker's frame
			a.cont = true
		}
		direct := ok // a subject read right before the verb
		if !ok && coord && len(out) > 0 && out[len(out)-1].pos >= s.a && out[len(out)-1].pos < k {
			// "X published a toll of 6 and reported 20 wounded": X again
			a, ok = out[len(out)-1], true
			a.trailing, a.rel = false, false
		} else if !ok && coord {
			a, ok = x.initialNP(s)
		}
		if !ok && participles[w] && k > s.a && (ts[k-1].w == "," || ts[k-1].k == kQuote && k-2 >= s.a && ts[k-2].w == ",") {
			// "SANA gave a different account, saying ...": the subject;
			// "..., the ministry said, adding that ...": the speaker just before
			if n := len(out); n > 0 && out[n-1].pos >= s.a && out[n-1].pos < k && !out[n-1].rel {
				a, ok = out[n-1], true
			} else {
				a, ok = x.initialNP(s)
			}
			if ok && determiners[strings.ToLower(a.raw)] {
				ok = false // "A strike hit the camp, saying ...": no name
			}
			if _, num := parseNumberOK(ts[:s.b], a.from); ok && num && a.from >= s.a && a.raw != "" && !a.cont {
				ok = false // "Four people were killed, ..., adding": no name
			}
		}
		if x.relativeSubject(k, s) {
			// "the monitor said, which on Monday set the toll at 140":
			// the relative pronoun's antecedent speaks
			a, ok = x.relativeAntecedent(k, s, out)
			a.rel, direct = false, false
		}
		if ok && documentNouns[strings.ToLower(a.raw[strings.LastIndexByte(a.raw, ' ')+1:])] {
			ok = false // "the footage posted on ... showed nine bodies": the outlet describes it
		}
		if ok {
			a = x.docAuthor(a, s)
			if indefiniteDoc(a.raw) {
				// "CENTCOM said, adding that an initial review indicated":
				// a document nobody is named for speaks for the frame
				// around it, else for the speaker before (earlierSpeaker),
				// else for no one
				if n := len(out); n > 0 && out[n-1].pos >= s.a && out[n-1].pos < k {
					a = out[n-1]
					a.rel = false
				} else {
					f := strings.Fields(a.raw)
					a = attr{from: a.from, generic: true, head: f[len(f)-1]}
				}
			}
			a.pos = k
			a.subj = direct
			n := x.word(k+1, s)
			a.trailing = n == "" || n == "." || n == "," || n == "on" || n == "late" || n == "earlier" || n == "in"
			out = append(out, x.scoped(a, s))
		}
	}
	return out
}

// numberVerbs report a number when their object is a count ("gave a
// lower toll of 7", "raised its toll to 15", "registered 4 deaths",
// "issued a report"), or the finding of a document ("concluded", "found
// that"): their subject is the source.
var numberVerbs = map[string]bool{
	"gave": true, "gives": true, "raised": true, "raises": true, "raise": true,
	"revised": true, "revises": true, "revise": true, "update": true, "updates": true,
	"spoke": true, "speak": true, "speaks": true,
	"lowered": true, "lowers": true, "upped": true, "registered": true, "registers": true,
	"concluded": true, "concludes": true, "found": true, "finds": true, "issued": true, "issues": true,
	"released": true, "releases": true,
	// and spreadVerbs (init)
}

// spreadVerbs pass a claim on, and their subject is its source ("X
// circulated false claims that ...", "spread reports of nine
// dead"); the claim noun after them is their object, no speaker.
var spreadVerbs = map[string]bool{
	"circulated": true, "circulates": true, "spread": true, "spreads": true, "promoted": true,
	"peddled": true,
}

func init() {
	for w := range spreadVerbs {
		numberVerbs[w] = true
	}
}

// numberFrame: does the number verb at k take a count, a document or a
// finding as its object?
func (x *extractor) numberFrame(k int, s sentence) bool {
	if k == s.a || passiveAux[x.ts[k-1].w] || determiners[x.ts[k-1].w] {
		return false // ("an update", "the raise")
	}
	w := x.ts[k].w
	if spreadVerbs[w] {
		for j := k + 1; j < s.b && j <= k+3; j++ {
			if claimNouns[x.ts[j].w] {
				return true
			}
		}
		return false
	}
	switch w {
	case "concluded", "concludes":
		return true
	case "spoke", "speak", "speaks":
		return x.word(k+1, s) == "of" // "reports on Telegram spoke of six dead"
	case "found", "finds":
		return x.word(k+1, s) == "that"
	case "registered", "registers":
		for j := k + 1; j < s.b && j <= k+4; j++ {
			if _, ok := metricWords[x.ts[j].w]; ok {
				return true
			}
		}
		return false
	case "issued", "issues", "released", "releases":
		for j := k + 1; j < s.b && j <= k+3; j++ {
			if docWords[x.ts[j].w] && x.ts[j].w != "data" {
				return true
			}
		}
		return false
	}
	for j := k + 1; j < s.b && j <= k+5; j++ {
		if w := x.ts[j].w; w == "toll" || w == "count" || w == "tally" || w == "figure" || w == "number" || w == "estimate" {
			return true
		}
	}
	return false
}

// spreadBy reads the subject of the verb of speech at k when it is a
// claim whose spreader a passive participle names: "news circulated by
// X which claimed", "The claims, spread by X and picked up by Y, said".
// The claim noun heads the subject (the relative pronoun's antecedent,
// or the noun that opens the clause before its apposition); the
// spreader runs from "by" to the end of the participle's phrase.
func (x *extractor) spreadBy(k int, s sentence) (attr, bool) {
	ts := x.ts
	if k-3 <= s.a || strings.HasSuffix(ts[k].w, "ing") {
		return attr{}, false
	}
	e, rel := k-1, false
	switch ts[e].w {
	case "which", "that":
		rel = true
	case ",":
	default:
		return attr{}, false
	}
	e--
	for j := e; j > s.a+1 && k-j <= 2*npMax; j-- {
		t := ts[j]
		if t.w == "." || t.w == ";" || t.w == "," && rel {
			return attr{}, false
		}
		if t.w != "by" || !spreadParticiples[ts[j-1].w] {
			continue
		}
		q := j - 2
		if q >= s.a && ts[q].w == "," {
			q--
		}
		if q < s.a || !claimNouns[ts[q].w] {
			return attr{}, false
		}
		if !rel {
			// the claim opens the clause: "The claims, spread by"
			for p := q - 1; p >= s.a; p-- {
				if !determiners[ts[p].w] && ts[p].w != "these" && ts[p].w != "those" {
					return attr{}, false
				}
			}
		}
		st, en := j+1, e
		for m := st; m <= e; m++ {
			if ts[m].w == "," || ts[m].w == "and" && m+1 <= e && !ts[m+1].cap && strings.HasSuffix(ts[m+1].w, "ed") {
				en = m - 1 // "and repeated by foreign outlets": another participle
				break
			}
		}
		for st <= en && ts[st].k != kWord {
			st++
		}
		for en >= st && ts[en].k != kWord {
			en--
		}
		if st > en {
			return attr{}, false
		}
		a := x.makeAttr(st, en)
		a.cont, a.generic = false, false
		return a, true
	}
	return attr{}, false
}

// spreadParticiples pass a claim on: "claims circulated by".
var spreadParticiples = map[string]bool{
	"circulated": true, "spread": true, "promoted": true, "peddled": true, "shared": true,
	"disseminated": true, "published": true, "posted": true, "propagated": true,
}

// spreadBefore: does a verb of spreading stand one or two words before k
// ("circulated claims", "spread fabricated reports")?
func (x *extractor) spreadBefore(k int, s sentence) bool {
	for j := k - 1; j >= s.a && j >= k-2; j-- {
		if spreadVerbs[x.ts[j].w] {
			return true
		}
	}
	return false
}

// claimNouns are what a side spreads: "circulated claims", "spread reports".
var claimNouns = map[string]bool{
	"claims": true, "claim": true, "allegations": true, "reports": true, "report": true,
	"news": true, "rumours": true, "rumors": true, "statements": true, "statement": true, "footage": true,
}

// namesSpeaker: does a name read after a noun of report name someone, a
// capitalised name or a known source noun ("local Telegram channels",
// "residents"), not a place ("the scene")?
func (x *extractor) namesSpeaker(a attr) bool {
	n := countFields(a.raw)
	for j := max(a.from, 0); j < len(x.ts) && j < a.from+n; j++ {
		if t := &x.ts[j]; t.cap || knownSourceNouns[t.w] {
			return true
		}
	}
	return false
}

// docSubject: does the subject a name a document or a report ("early
// reports from the scene")? Its author, if any, was read after the noun.
func (x *extractor) docSubject(a attr) bool {
	n := countFields(a.raw)
	for j := max(a.from, 0); j < len(x.ts) && j < a.from+n; j++ {
		if w := x.ts[j].w; nounLike[w] || docWords[w] || w == "accounts" || w == "rumours" || w == "rumors" {
			return true
		}
	}
	return false
}

// labelSubject: is the subject a page label only ("Live", "Latest")?
func (x *extractor) labelSubject(a attr) bool {
	n := 0
	for w := range strings.FieldsSeq(a.raw) {
		w = strings.ToLower(w) // (a field lower-cased is a field of the lower-cased text)
		if !labelWords[w] && !labelStops[w] && w != "latest" {
			return false
		}
		n++
	}
	return n > 0
}

// eventNouns head a subject that is an event, not a speaker: "the
// shelling raised the toll to 20".
var eventNouns = map[string]bool{
	"shelling": true, "strike": true, "strikes": true, "attack": true, "attacks": true, "raid": true,
	"raids": true, "blast": true, "explosion": true, "bombing": true, "fighting": true, "clashes": true,
	"death": true, "deaths": true, "violence": true, "offensive": true, "airstrike": true, "airstrikes": true,
	"bombardment": true, "fire": true, "escalation": true, "earthquake": true, "quake": true,
}

// eventSubject: does the subject a (its own words, not an apposition
// after it) name an event?
func (x *extractor) eventSubject(a attr) bool {
	st := max(a.from, 0)
	n := countFields(a.raw)
	for j := st; j < len(x.ts) && j < st+n; j++ {
		if eventNouns[x.ts[j].w] {
			return true
		}
		if _, ok := metricWords[x.ts[j].w]; ok {
			return true
		}
	}
	return false
}

// docBefore: the document noun ("toll", "count", "figure") up to five
// tokens before k ("the toll of 10 given by"), else -1.
func (x *extractor) docBefore(k int, s sentence) int {
	for j := k - 1; j >= s.a && j >= k-5; j-- {
		if documentHeads[x.ts[j].w] || docWords[x.ts[j].w] {
			return j
		}
		if t := x.ts[j]; t.k != kWord && t.k != kNum {
			break
		}
	}
	return -1
}

// docAuthor reads the author out of a subject that names a document:
// "The SNHR report" is SNHR's, "A report by the Sarmin doctors" theirs.
func (x *extractor) docAuthor(a attr, s sentence) attr {
	if a.cont || a.raw == "" || a.from < s.a {
		return a
	}
	var fb [16]string
	f := appendFields(fb[:0], a.raw)
	if len(f) < 2 {
		return a
	}
	for i, w := range f {
		lw := strings.ToLower(w)
		if (lw == "by" || lw == "from") && i > 0 && docWords[strings.ToLower(f[i-1])] && i+1 < len(f) {
			return attr{raw: strings.Join(f[i+1:], " "), from: a.from, name: a.name, rel: a.rel, lo: a.lo, hi: a.hi}
		}
	}
	last := strings.ToLower(f[len(f)-1])
	if !docWords[last] || last == "data" {
		return a
	}
	// "The SNHR report", "the Idlib Rights Desk's statement": the name
	// before the document, capitalised, is its author
	name := f[:len(f)-1]
	if d := strings.ToLower(name[0]); determiners[d] {
		name = name[1:]
	}
	if len(name) == 0 {
		return a
	}
	for _, w := range name {
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			return a
		}
	}
	a.raw = trimPossessive(strings.Join(name, " "))
	a.generic, a.head = false, ""
	return a
}

// appositiveSubject: does the comma before the verb at k close an
// apposition or relative clause of a subject that opens the clause
// ("Farah Nasser, whose brother was killed, said the shelling began")? Then
// the verb is not inverted: its subject stands before the apposition.
func (x *extractor) appositiveSubject(k int, s sentence) bool {
	ts := x.ts
	if k-1 <= s.a || ts[k-1].w != "," {
		return false
	}
	p := -1
	for j := k - 2; j > s.a && j >= k-30; j-- {
		if ts[j].w == "," {
			p = j
			break
		}
		if ts[j].k != kWord && ts[j].k != kNum {
			return false
		}
	}
	if p < 0 || !x.relPronoun(p+1) && !determiners[ts[p+1].w] && !appositiveParticiple(ts[p+1].w) {
		return false
	}
	// the subject: a short capitalised or determiner-led phrase opening
	// the sentence
	st := s.a
	if p-st > 6 || p == st || !(ts[st].cap || determiners[ts[st].w]) {
		return false
	}
	for j := st; j < p; j++ {
		if ts[j].k != kWord || ts[j].is(cSpeech) {
			return false
		}
		if _, m := metricWords[ts[j].w]; m {
			return false
		}
	}
	return true
}

// appositiveParticiple: does w open a participial apposition ("known as
// the White Helmets", "based in Britain", "backed by Turkey")?
func appositiveParticiple(w string) bool {
	switch w {
	case "known", "also", "run", "led", "based", "backed", "funded", "formerly", "widely":
		return true
	}
	return false
}

// arRelWords open an Arabic relative clause.
var arRelWords = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللتين": true, "اللواتي": true}

// frameDay: does the day named at k date a statement rather than the
// event, as in an inverted frame ("..., said a monitor on Wednesday")?
func (x *extractor) frameDay(k int) bool {
	si := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].b > k })
	if si >= len(x.sents) || x.attrFrom == nil {
		return false
	}
	for _, a := range x.attrs[x.attrFrom[si]:x.attrFrom[si+1]] {
		if a.end <= a.pos || k < a.end || k > a.end+2 {
			continue
		}
		between := true
		for j := a.end; j < k; j++ {
			if w := x.ts[j].w; w != "on" && w != "late" && w != "early" && w != "last" && w != "this" {
				between = false
			}
		}
		if between {
			return true
		}
	}
	return false
}

// relPronoun: is the token at k an English relative pronoun ("which",
// "who", "whom", "whose", "where"; reading.RelativePronoun)? Arabic ones
// are arRelWords.
func (x *extractor) relPronoun(k int) bool {
	return !x.ts[k].ar && x.boundaryAt(k)&reading.RelativePronoun != 0
}

// scoped marks a frame that sits inside a relative clause or a
// parenthetical ("a house which, residents said, was hit first"; "The
// strike, which residents said came without warning, killed four"): its
// complement ends at the clause's closing comma, and the main clause
// around it is not in its scope.
func (x *extractor) scoped(a attr, s sentence) attr {
	ts := x.ts
	if f := a.from; a.subj && f-2 >= s.a && f < a.pos && !ts[f].ar && (ts[f-1].w == "that" || ts[f-1].w == "which") &&
		ts[f-2].k == kWord && !ts[f-2].is(cSpeech) && !determiners[ts[f-2].w] {
		// "a warehouse that residents say was used by the group": the
		// frame sits in a relative clause on a noun, up to its comma
		a.rel, a.lo = true, f-1
	}
	for j := a.pos - 1; !a.rel && j > s.a && j >= a.pos-12; j-- {
		w := ts[j].w
		if w == "(" {
			a.rel, a.lo = true, j
			break
		}
		if w == ")" || w == "." || w == ";" || ts[j].k == kQuote || ts[j].k == kNL {
			return a
		}
		if arRelWords[w] && a.pos-j <= 2 {
			a.rel, a.lo = true, j // "القصف، الذي قالت مصادر إنه": inside the relative clause
			break
		}
		if w != "," && w != "،" {
			continue
		}
		if j+1 < a.pos && (x.relPronoun(j+1) || arRelWords[ts[j+1].w]) || ts[j-1].k == kWord && (x.relPronoun(j-1) || ts[j-1].w == "that") {
			a.rel, a.lo = true, j
			break
		}
		return a
	}
	if !a.rel {
		return a
	}
	a.hi = min(s.b, a.pos+40) // (bounded: extraction stays linear)
	for j := a.pos + 1; j < a.hi; j++ {
		if w := ts[j].w; w == "," || w == "،" || w == ")" || w == ";" || w == "—" || w == "–" {
			a.hi = j
			break
		}
	}
	return a
}

// governs: is the figure at pos in the frame's scope? Not when the frame
// sits in a relative clause the figure is outside of, nor when the figure
// is inside the frame's own subject.
func (a attr) governs(pos int) bool {
	if a.rel && (pos < a.lo || pos > a.hi) {
		return false
	}
	return !(a.subj && pos >= a.from && pos < a.pos)
}

// sourceModifiers may open an unnamed source: "anonymous sources".
var sourceModifiers = map[string]bool{
	"anonymous": true, "unnamed": true, "informed": true, "official": true, "security": true,
	"military": true, "diplomatic": true, "several": true, "two": true, "three": true,
}

// documentNouns show, they do not say: the outlet describes them.
var documentNouns = map[string]bool{
	"footage": true, "video": true, "videos": true, "photo": true, "photos": true, "images": true,
	"pictures": true, "picture": true, "image": true, "clip": true,
}

// relativeAntecedent resolves "which"/"who" as a speaker: the attribution
// just before it in the sentence, else the noun phrase before its comma.
func (x *extractor) relativeAntecedent(k int, s sentence, out []attr) (attr, bool) {
	for j := k - 1; j > s.a && j >= k-8; j-- {
		if w := x.ts[j].w; w == "which" || w == "who" {
			if x.ts[j-1].w != "," {
				return attr{}, false
			}
			if len(out) > 0 && out[len(out)-1].pos >= j-3 {
				a := out[len(out)-1]
				a.trailing = false
				return a, true
			}
			// the noun phrase before the comma: "the ministry's, which ..."
			e := j - 2
			if e >= s.a && (x.ts[e].w == "'" || x.ts[e].w == "’" || x.ts[e].w == "s") {
				e--
			}
			st := e
			for st > s.a && st > e-5 && x.ts[st].k == kWord && x.ts[st].w != "the" && x.ts[st].w != "than" && x.ts[st].w != "to" {
				st--
			}
			if st < s.a || e < st || x.ts[e].k != kWord || x.ts[st].k != kWord || x.ts[st].w == "than" || x.ts[st].w == "to" {
				return attr{}, false
			}
			if _, isM := metricWords[x.ts[e].w]; isM {
				return attr{}, false
			}
			a := x.makeAttr(st, e)
			a.raw = trimPossessive(a.raw)
			return a, true
		}
	}
	return attr{}, false
}

// pluralPossessive: is the token at k the apostrophe of a plural's
// possessive ("the groups' channels"), inside a noun phrase?
func (x *extractor) pluralPossessive(k int) bool {
	t := x.ts[k]
	return t.e-t.s <= 3 && (x.text[t.s:t.e] == "'" || x.text[t.s:t.e] == "’") && x.ts[k-1].k == kWord && x.ts[k+1].k == kWord &&
		x.ts[k-1].e == t.s && strings.HasSuffix(x.ts[k-1].w, "s")
}

// possessive: does the token end in 's?
func (x *extractor) possessive(k int) bool {
	raw := x.text[x.ts[k].s:x.ts[k].e]
	return strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "’s")
}

// tollAhead: "put the toll at 12" attributes, "put out a fire" does not.
func (x *extractor) tollAhead(k int, s sentence) bool {
	for j := k + 1; j < s.b && j <= k+4; j++ {
		if w := x.ts[j].w; w == "toll" || w == "number" || w == "figure" || w == "tally" {
			return true
		}
	}
	return false
}

func (x *extractor) arabicAttr(k int, s sentence, out []attr) []attr {
	ts := x.ts
	t := &ts[k]
	if a, ok := x.arReleases(k, s); ok {
		return append(out, a) // "أصدرت الشبكة اليوم تقريرها الذي رصد": its author
	}
	if a, ok := x.arSpreads(k, s); ok {
		return append(out, a) // "روّجت صفحات X ادعاءات عن مقتل": X
	}
	if t.in(lArSpeech) || x.arVerbAfterMa(k, s) || x.arRaisesToll(k, s) {
		n := k + 1
		base := strings.TrimLeft(t.w, "وف")
		if strings.HasPrefix(base, "نقل") {
			// "نقلت وكالة رويترز عن مصدر أمني": the one quoted is the source
			for n < s.b && n <= k+5 && ts[n].w != "عن" && ts[n].k == kWord {
				n++
			}
			if n >= s.b || ts[n].w != "عن" {
				return out
			}
			n++
			if n < s.b && arOwnSources(ts[n].w) {
				// "نقل المرصد عن مصادره": its own sources; the one who
				// quotes them speaks
				if a, ok := x.arNameAfter(k+1, s); ok && !arAdjunctFirst(a.raw) {
					a.pos = k
					return append(out, x.arOwnVoice(a))
				}
			}
		}
		if n < s.b && (ts[n].w == "به" || ts[n].w == "بها") {
			n++ // "بحسب ما أفاد به ناشطون"
		}
		if a, ok := x.arKanaSubject(k, s); ok {
			return append(out, a)
		}
		if r := x.arRecipientEnd(n, s); r > n {
			// "مصادر طبية أفادت للمرصد بأن": the subject before the verb;
			// else the speaker after the one told
			if a, ok := x.arNameBefore(k, s); ok && !arAdjunctFirst(a.raw) {
				return append(out, x.arOwnVoice(a))
			}
			n = r
		}
		if a, ok := x.arDocName(n, s); ok {
			a.pos = k // "وأفاد بيان غرفة العمليات بأن": the statement's author
			return append(out, a)
		}
		if n < s.b && arUnownedDoc(ts[n].w) {
			// "وتشير توقعات إلى": a document with no author is no source
			return append(out, attr{pos: k})
		}
		if a, ok := x.arNameAfter(n, s); ok && !arMannerFirst(a.raw) {
			a.pos = k // (not "يقول بصوت خافت": how he says it)
			return append(out, x.arOwnVoice(a))
		}
		if a, ok := x.arNameBefore(k, s); ok && !arAdjunctFirst(a.raw) {
			return append(out, x.arOwnVoice(a)) // "أن فرق الإسعاف قالت إن"
		}
		if a, ok := x.arSubjectBeforeAdjunct(k, s); ok {
			return append(out, x.arOwnVoice(a)) // "الهيئة، اليوم السبت، أعلنت أن"
		}
		return append(out, attr{pos: k, cont: true})
	}
	if t.in(lArAccording) {
		n := k + 1
		if n < s.b && (ts[n].w == "عن" || ts[n].w == "ل" || ts[n].w == "لما") {
			n++
		}
		if n < s.b && ts[n].w == "ما" {
			return out // "وفق ما أفاد X": the verb names X
		}
		if a, ok := x.arDocName(n, s); ok {
			a.pos = k // "بحسب حصيلة أولية لمديرية الصحة": the directorate
			return append(out, a)
		}
		if a, ok := x.arNameAfter(n, s); ok {
			a.pos = k
			a = arDocAgent(a) // "حسب إحصائية للشبكة السورية": the network
			if (strings.HasPrefix(t.w, "وفق") || strings.HasPrefix(t.w, "ووفق")) && strings.HasPrefix(a.raw, "ل") && len(a.raw) > len("ل")+4 {
				a.raw = a.raw[len("ل"):] // "وفقاً لمصادر طبية": the sources
				if strings.HasPrefix(a.raw, "ل") {
					a.raw = "ا" + a.raw // "وفقاً للمرصد": the observatory (المرصد)
				}
			}
			return append(out, x.arOwnVoice(a)) // "بحسب مراسل <outlet>": its own
		}
	}
	return out
}

// arSpreads reads the side that spreads claims, verb first: "روّجت
// صفحات تابعة للفصائل وما يسمى "الدفاع المدني" ادعاءات عن مقتل ...".
// The subject runs from the verb to the claim noun, its object, within
// the clause, however long it is.
func (x *extractor) arSpreads(k int, s sentence) (attr, bool) {
	ts := x.ts
	switch stripWawBa(ts[k].w) {
	case "روج", "روجت", "يروج", "تروج", "تداول", "تداولت":
	default:
		return attr{}, false
	}
	for j := k + 2; j < s.b && j <= k+2*npMax; j++ {
		t := ts[j]
		if t.w == "،" || t.w == "." || t.w == "," || t.w == "؛" || t.k == kNum {
			break
		}
		if !arClaimNouns[t.w] {
			continue
		}
		en := j - 1
		if ts[k+1].k != kWord || en < k+1 {
			break
		}
		return attr{pos: k, raw: x.text[ts[k+1].s:ts[en].e]}, true
	}
	return attr{}, false
}

// arClaimNouns are what a side spreads: ادعاءات، مزاعم، أنباء.
var arClaimNouns = map[string]bool{
	"ادعاءات": true, "مزاعم": true, "انباء": true, "اخبار": true, "شائعات": true, "اشاعات": true,
	"روايات": true, "اكاذيب": true,
}

// arRaisesToll: is the word at k "رفع"/"رفعت" (raised) with a toll
// after its subject ("رفع الدفاع المدني حصيلة القتلى إلى 9")? Its
// subject gives the toll, as "raised its toll to" does in English.
func (x *extractor) arRaisesToll(k int, s sentence) bool {
	if w := stripWawBa(x.ts[k].w); w != "رفع" && w != "رفعت" {
		return false
	}
	for j := k + 2; j < s.b && j <= k+6; j++ {
		if w := strings.TrimPrefix(x.ts[j].w, "ال"); w == "حصيله" || w == "عدد" {
			return true
		}
	}
	return false
}

// arReleases reads the author of a document it releases: "أصدرت X
// (اليوم) تقريرها", "أصدر X بياناً": X speaks in what the document says,
// and "التقرير" after it is X's.
func (x *extractor) arReleases(k int, s sentence) (attr, bool) {
	if w := stripWawBa(x.ts[k].w); w != "اصدر" && w != "اصدرت" {
		return attr{}, false
	}
	a, ok := x.arNameAfter(k+1, s)
	if !ok || a.generic {
		return attr{}, false
	}
	for j := k + 2; j < s.b && j <= k+10; j++ {
		w := strings.TrimPrefix(x.ts[j].w, "ال")
		if arDocWords[w] || arDocWords[strings.TrimSuffix(w, "ها")] || arDocWords[strings.TrimSuffix(w, "ه")] || arDocWords[strings.TrimSuffix(w, "ا")] {
			a.pos = k
			return a, true
		}
	}
	return attr{}, false
}

// arDocName reads the author of a document named at n: "بيان غرفة
// العمليات" (construct), "حصيلة أولية لمديرية الصحة" (ل after modifiers),
// "بيان صادر عن الوزارة".
func (x *extractor) arDocName(n int, s sentence) (attr, bool) {
	ts := x.ts
	if n+1 >= s.b || ts[n].k != kWord || !arDocWords[strings.TrimPrefix(ts[n].w, "ال")] {
		return attr{}, false
	}
	for j := n + 1; j < s.b && j <= n+3; j++ {
		t := ts[j]
		if t.k != kWord || !t.ar {
			return attr{}, false
		}
		if x.arDocVerb(j, s) {
			return x.arNameAfter(j+1, s) // "إحصائية نشرتها الشبكة": the one who published it
		}
		if (t.w == "عن" || t.w == "من") && j > n+1 {
			return x.arNameAfter(j+1, s)
		}
		if strings.HasPrefix(t.w, "ل") && !strings.HasPrefix(t.w, "لا") && !arInstitutions[t.w] && len(t.w) > len("ل")+4 {
			a, ok := x.arNameAfter(j, s) // ("لجنة" is a committee, not ل)
			if !ok {
				return a, false
			}
			if strings.HasPrefix(a.raw, "لل") {
				a.raw = "ا" + a.raw[len("ل"):] // "للمرصد": المرصد
			} else {
				a.raw = strings.TrimPrefix(a.raw, "ل")
			}
			a.generic = false
			return a, true
		}
		if arNameStop[t.w] || arStop[t.w] {
			break
		}
	}
	if strings.HasPrefix(ts[n].w, "ال") {
		return attr{}, false // "البيان": a statement named before, not a construct
	}
	// construct: the author follows the noun and ends in a definite word
	a, ok := x.arNameAfter(n+1, s)
	if !ok || !strings.Contains(a.raw, "ال") {
		return attr{}, false
	}
	return a, true
}

// arOwnSources: is w a body's own sources or people, named by a pronoun
// suffix ("مصادره", "مصادرها", "مراسليها")?
func arOwnSources(w string) bool {
	for _, p := range [...]string{"مصادر", "مراسلي", "ناشطي"} {
		if r, ok := strings.CutPrefix(w, p); ok && (r == "ه" || r == "ها" || r == "هم") {
			return true
		}
	}
	return false
}

// arMannerFirst: does raw open with a preposition ("بصوت خافت", "بحزن",
// "في المؤتمر"): how or where one speaks, not who? و with the article
// ("والي", "والدفاع") opens a name.
func arMannerFirst(raw string) bool {
	f := firstField(raw)
	if f == "" {
		return false
	}
	w := normWord(f)
	return !strings.HasPrefix(w, "وال") && arPrepFirst(w)
}

// arAdjunctFirst: does a name read before its verb open with a
// preposition ("في سياق متصل قال إن")? Then it is an adjunct, not a speaker.
func arAdjunctFirst(raw string) bool {
	f := firstField(raw)
	if f == "" {
		return false
	}
	return arPrepFirst(normWord(f))
}

// arPrepFirst: is w, or w without a leading و or ف, a preposition or a
// function word ("في", "وفي", "بعد")?
func arPrepFirst(w string) bool {
	if arStop[w] || arPrepWord(w) && !arInstitutions[w] {
		return true
	}
	for _, c := range [...]string{"و", "ف"} {
		if r := strings.TrimPrefix(w, c); r != w && (arStop[r] || arPrepWord(r) && !arInstitutions[r]) {
			return true
		}
	}
	return false
}

// arUnownedDoc: an indefinite document noun ("تقديرات", "توقعات",
// "تقرير") that, with no author after it, names nobody.
func arUnownedDoc(w string) bool {
	return !strings.HasPrefix(w, "ال") && (arDocWords[w] || w == "توقعات" || w == "تقديرات")
}

// arSubjectBeforeAdjunct reads a subject that opens the sentence and is
// cut from its verb at k by an adjunct between commas: "هيئة الطوارئ،
// اليوم السبت، أعلنت أن". The verb must introduce its report (أن, إن,
// بأن) or take a figure noun as object.
func (x *extractor) arSubjectBeforeAdjunct(k int, s sentence) (attr, bool) {
	ts := x.ts
	comma := func(j int) bool { return j >= s.a && (ts[j].w == "،" || ts[j].w == ",") }
	c := k // the subject ends at the verb, or at the adjunct's first comma
	if comma(k - 1) {
		c = -1
		for j := k - 2; j > s.a && j >= k-8; j-- {
			if comma(j) {
				c = j
				break
			}
			if ts[j].k != kWord && ts[j].k != kNum || !ts[j].ar && ts[j].k == kWord {
				return attr{}, false
			}
		}
	}
	if c < 0 || c-s.a > 8 {
		return attr{}, false
	}
	n := x.word(k+1, s)
	if n != "ان" && n != "انه" && n != "انها" && n != "بان" {
		if mw, ok := x.metricAt(k+1, s); !ok || !mw.pre {
			return attr{}, false
		}
	}
	st := s.a
	if w := ts[st].w; w == "و" || w == "ف" {
		st++
	}
	if st < c {
		if arPrepFirst(ts[st].w) {
			return attr{}, false // "وفي سياق متصل قال إن": an adjunct, the speaker goes on
		}
	}
	for j := st; j < c; j++ {
		t := ts[j]
		if t.k != kWord || !t.ar || (arStop[t.w] || arNameStop[t.w]) && !(t.w == "في" && j > st) {
			return attr{}, false // ("لجنة الإغاثة في سلقين": a place in the name)
		}
		if c == k && (hasWaw(t) && j > st || arPrepWord(t.w) && !strings.HasPrefix(t.w, "لل") && t.w != "باسم" && !arInstitutions[t.w]) {
			return attr{}, false // a clause, not a name, runs up to a verb with no comma
		}
		if t.in(lArSpeech) {
			return attr{}, false
		}
		if _, ok := x.metricAt(j, s); ok {
			return attr{}, false
		}
	}
	if st >= c {
		return attr{}, false
	}
	return attr{pos: k, raw: strings.TrimPrefix(x.text[ts[st].s:ts[c-1].e], "و")}, true
}

// arKanaSubject reads the subject between كان and the verb of report at
// k: "وكان الدفاع المدني قد أعلن", "وكانت الشبكة السورية أعلنت".
func (x *extractor) arKanaSubject(k int, s sentence) (attr, bool) {
	ts := x.ts
	e := k - 1
	if e >= s.a && ts[e].w == "قد" {
		e--
	}
	for j := e; j >= s.a && j >= k-8; j-- {
		w := ts[j].w
		if w == "كان" || w == "وكان" || w == "كانت" || w == "وكانت" {
			if j+1 > e || ts[j+1].w == "في" || ts[j+1].w == "من" {
				return attr{}, false // "وكان من المقرر أن"
			}
			if arDocWords[normWord(strings.TrimPrefix(ts[j+1].w, "ال"))] {
				// "وكانت حصيلة سابقة للمرصد قد أشارت": the document's
				// author; "وكانت الحصيلة الأولية قد أشارت": no one's
				if a, ok := x.arDocName(j+1, s); ok && a.raw != "" {
					a.pos = k
					return a, true
				}
				return attr{pos: k}, true
			}
			return attr{pos: k, raw: strings.Trim(x.text[ts[j+1].s:ts[e].e], " \"”“«»")}, true
		}
		if ts[j].k == kQuote {
			continue // `وكان "الدفاع المدني السوري" قد أعلن`: a quoted name
		}
		if ts[j].k != kWord || !ts[j].ar {
			return attr{}, false
		}
		if e == k-1 && (arNameStop[w] || arStop[w]) && w != "في" && w != "من" {
			// without قد, a name only, that may go on after "في" or "من"
			// ("وكان مصدر في قيادة الشرطة ذكر"): "وكان من المقرر أن"
			// and "وكانت الحصيلة التي نشرها الفريق تشير" are no frames
			return attr{}, false
		}
	}
	return attr{}, false
}

// arVerbAfterMa reads a speech verb with an object pronoun after ما:
// "وفق ما وثقه المرصد", "بحسب ما أعلنته الهيئة"; or after a document it
// describes (arDocVerb): "الحصيلة التي نشرها الدفاع المدني", "إحصائية
// نشرتها الشبكة".
func (x *extractor) arVerbAfterMa(k int, s sentence) bool {
	t := &x.ts[k]
	if !t.ar || k == s.a {
		return false
	}
	// the verb first: collectAttrs asks this of every Arabic word, and
	// few are a verb of speech with a pronoun; the words before it after
	verb := false
	w := t.w
	if !strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "ها") {
		return false // (each suffix below ends so)
	}
	for _, suf := range [...]string{"ته", "تها", "ه", "ها"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+4 {
			base := w[:len(w)-len(suf)]
			if strings.HasPrefix(suf, "ت") {
				base = w[:len(base)+len("ت")] // the verb keeps its ت: نشرته is نشرت
			}
			if arSpeechVerbs[base] {
				verb = true
				break
			}
		}
	}
	return verb && (x.ts[k-1].w == "ما" || x.arAfterDoc(k, s))
}

// arAfterDoc: does a document noun stand right before k, or before a
// relative pronoun or an adjective before k ("الحصيلة الأولية التي")?
func (x *extractor) arAfterDoc(k int, s sentence) bool {
	for j := k - 1; j >= s.a && j >= k-3; j-- {
		w := x.ts[j].w
		if arDocWords[strings.TrimPrefix(w, "ال")] {
			return true
		}
		if x.ts[j].k != kWord || !x.ts[j].ar {
			return false
		}
		if j < k-1 && !strings.HasPrefix(w, "ال") && !arRelWords[w] {
			return false
		}
	}
	return false
}

// arDocVerb: is the verb at k a report verb with an object pronoun that
// describes a document before it ("الحصيلة التي نشرها X")? Its subject
// is the document's author, and its scope the clause the document opens.
func (x *extractor) arDocVerb(k int, s sentence) bool {
	if x.ts[k].in(lArSpeech) {
		return false
	}
	return x.arAfterDoc(k, s) && x.arVerbAfterMa(k, s)
}

// arClauseEnd: the first token after k that opens a new clause ("قبل
// أن", "بعد أن", "فيما", "بينما", "في حين", "لكن"), else the sentence's end.
func (x *extractor) arClauseEnd(k int, s sentence) int {
	for j := k + 1; j < s.b; j++ {
		switch w := strings.TrimPrefix(x.ts[j].w, "و"); w {
		case "قبل", "بعد":
			if n := x.word(j+1, s); n == "ان" || n == "ما" {
				return j
			}
		case "فيما", "بينما", "لكن", "لكنه", "لكنها", "الا", "ثم":
			return j
		case "حين":
			if j > s.a && strings.TrimPrefix(x.ts[j-1].w, "و") == "في" {
				return j - 1
			}
		}
	}
	return s.b
}

// arRecipientEnd skips the one told after a verb of report ("أفادت
// للمرصد بأن", "أكدوا لشبكة الوادي أن"): the token after it, else n.
func (x *extractor) arRecipientEnd(n int, s sentence) int {
	if n >= s.b || !x.ts[n].ar {
		return n
	}
	w, raw := x.ts[n].w, x.text[x.ts[n].s:x.ts[n].e]
	told := strings.HasPrefix(raw, "لـ") || strings.HasPrefix(w, "لل") && !arInstitutions[w] && len(w) > len("لل")+2 ||
		strings.HasPrefix(w, "ل") && arRecipients[w[len("ل"):]]
	if !told {
		return n
	}
	e := n + 1
	for e < s.b && e <= n+3 && x.ts[e].k == kWord && x.ts[e].ar {
		if w := x.ts[e].w; w == "ان" || w == "انه" || w == "انها" || w == "بان" || arNameStop[w] || strings.HasPrefix(w, "ب") || arUnnamedSpeakers[w] {
			break
		}
		e++
	}
	return e
}

// arNameAfter reads an Arabic source name after a verb: up to a
// preposition, a conjunction "أن", a time word or punctuation.
func (x *extractor) arNameAfter(k int, s sentence) (attr, bool) {
	ts := x.ts
	if k+1 < s.b && ts[k].k == kQuote && ts[k+1].ar {
		k++ // a quoted name: أعلنته "الهيئة"
	}
	st, en := k, -1
	lim := k + 6
	for j := k; j < s.b && j < lim; j++ {
		t := ts[j]
		if t.k == kQuote && j > st && j == en+1 && j+1 < s.b && ts[j+1].ar {
			// a quoted proper name after its kind: فريق "منسقو استجابة
			// سوريا"; the name runs to the closing quote
			c := j + 1
			for c < s.b && c <= j+6 && ts[c].k == kWord && ts[c].ar {
				c++
			}
			if c < s.b && c <= j+6 && ts[c].k == kQuote {
				en, j = c, c
				break
			}
		}
		if t.k != kWord || !t.ar {
			break
		}
		if t.w == "في" && j > st && j+1 < s.b && arInstitutions[strings.TrimPrefix(x.ts[j+1].w, "ال")] {
			continue // "مصدر في مديرية الصحة": the body is part of the name
		}
		if t.w == "باسم" && j > st {
			// "المتحدث باسم الجيش التركي العقيد سامي أوزتورك"
			en, lim = j, j+8
			continue
		}
		raw := x.text[t.s:t.e]
		if arNameStop[t.w] || strings.HasPrefix(raw, "لـ") || (strings.HasPrefix(t.w, "ل") && arRecipients[t.w[len("ل"):]]) || (j > st && strings.HasPrefix(t.w, "ب")) {
			break
		}
		if j > st && x.arToldWhom(st, j, s) {
			break // "قالت مصادر محلية لعنب بلدي": the one told is no part of the speaker
		}
		if _, ok := lookup(metricWords, t); ok {
			break
		}
		if t.in(lArSpeech) {
			break
		}
		if _, ok := parseNumberOK(ts[:s.b], j); ok {
			break
		}
		en = j
	}
	if en < st {
		return attr{}, false
	}
	if en == st+1 && arGeneric[ts[st].w] && arSame[ts[en].w] {
		en = st // "المصادر ذاتها": the sources named before
	}
	raw := x.text[ts[st].s:ts[en].e]
	a := attr{raw: raw}
	if st == en && arGeneric[ts[st].w] {
		// "المصدر", "الوزارة": a speaker named before
		a.generic, a.head = true, strings.TrimPrefix(ts[st].w, "ال")
	}
	return a, true
}

// arSame: "the same" after a noun that refers back ("المصادر ذاتها").
var arSame = map[string]bool{"ذاتها": true, "نفسها": true, "ذاته": true, "نفسه": true, "ذاتهم": true, "نفسهم": true}

// arInstitutions may follow في inside a speaker's name: "مصدر في
// مديرية الصحة", "مسؤول في الدفاع المدني" (without the article).
var arInstitutions = map[string]bool{
	"مديريه": true, "وزاره": true, "هيئه": true, "مرصد": true, "دفاع": true, "جيش": true,
	"فصيل": true, "جماعه": true, "منظمه": true, "شبكه": true, "فريق": true, "مستشفي": true,
	"حكومه": true, "قوات": true, "ائتلاف": true, "مجلس": true, "لجنه": true, "غرفه": true,
	"هلال": true, "مركز": true, "جهاز": true, "اداره": true, "قياده": true, "بلديه": true,
	"لواء": true, "لجان": true,
}

// arToldWhom: does the word at k, after the speaker's first word at st,
// open the one told ("لعنب بلدي", "لسمارت", "للجزيرة")? Inside a name ل
// opens a construct with a definite noun ("لحقوق الإنسان", "لتنسيق
// الشؤون"), and a definite ل a body's purpose after a name ("الهيئة
// العامة للإغاثة", "منظمة عطاء للإغاثة"): a definite ل is the one told
// only for a known outlet or after an unnamed speaker ("مصادر محلية
// للمرصد", "ناشطون للجزيرة").
func (x *extractor) arToldWhom(st, k int, s sentence) bool {
	w := x.ts[k].w
	if !strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "لا") || len(w) <= len("ل")+4 || arInstitutions[w] {
		return false
	}
	if rest, ok := strings.CutPrefix(w, "لل"); ok {
		p := x.ts[k-1].w
		return arOutlets["ال"+rest] || arUnnamedSpeakers[x.ts[st].w] && !strings.HasPrefix(p, "ال")
	}
	if k+1 < s.b && x.ts[k+1].k == kWord && x.ts[k+1].ar && strings.HasPrefix(x.ts[k+1].w, "ال") {
		return false
	}
	return true
}

// arOutlets are outlets told by their name alone: "قال مصدر للجزيرة".
var arOutlets = map[string]bool{"الجزيره": true, "العربيه": true, "الحدث": true, "الاناضول": true}

// arUnnamedSpeakers open a speaker with no name: "مصادر محلية", "ناشطون".
var arUnnamedSpeakers = map[string]bool{
	"مصادر": true, "مصدر": true, "ناشطون": true, "ناشطين": true, "شهود": true, "سكان": true,
	"اهالي": true, "مسعفون": true, "مسعفين": true, "عمال": true, "مسؤول": true, "مسؤولون": true,
}

// arRecipients follow لـ after a speaker: "قال مصدر لمراسل سانا", "لوكالة".
var arRecipients = map[string]bool{
	"مراسل": true, "مراسلي": true, "مراسلنا": true, "وكاله": true, "موقع": true, "قناه": true,
	"صحيفه": true, "تلفزيون": true, "شبكه": true, "راديو": true, "اذاعه": true,
}

// arGeneric are Arabic nouns that refer back to a named speaker.
var arGeneric = map[string]bool{
	"المصدر": true, "المنظمه": true, "الوزاره": true, "الوكاله": true, "الفريق": true,
	"المصادر": true, "الشبكه": true, "الفرق": true, "المسؤول": true, "البيان": true,
	// "وأفاد المرصد": the observatory named before, whatever its name
	"المرصد": true, "المديريه": true, "الهيئه": true, "اللجنه": true,
	// "وبحسب التقرير", "وأشار التقرير": the report of the one named before
	"التقرير": true,
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true}

// tollHeads name a count, never a speaker: "..., put the number at 17".
// "number" ends such an object but opens no document ("according to a
// number of residents" names the residents): documentHeads has it not.
var tollHeads = map[string]bool{"toll": true, "number": true, "count": true, "tally": true, "figure": true, "estimate": true}

// invertedFollowers may follow the name in "..., said X on Tuesday".
var invertedFollowers = map[string]bool{
	"on": true, "in": true, "at": true, "during": true, "after": true, "when": true,
	"which": true, "who": true, "late": true, "early": true, "earlier": true, "citing": true,
	"quoting": true, "adding": true, "told": true, "last": true, "this": true, "via": true,
	"from": true,
}

// nameAfter reads a source name after "according to", "citing", "said":
// a determiner, a capitalized name or a known source noun, up to a clause word.
func (x *extractor) nameAfter(k int, s sentence) (attr, bool) {
	a, _, ok := x.nameAfterEnd(k, s)
	return a, ok
}

// nameAfterEnd is nameAfter that also returns the token after the name.
func (x *extractor) nameAfterEnd(k int, s sentence) (attr, int, bool) {
	ts := x.ts
	if k >= s.b || ts[k].k != kWord {
		return attr{}, k, false
	}
	f := ts[k]
	if !(f.cap || f.w == "the" || f.w == "a" || f.w == "an" || knownSourceNouns[f.w] || f.ar ||
		sourceModifiers[f.w] && k+1 < s.b && (knownSourceNouns[ts[k+1].w] || ts[k+1].w == "sources" || ts[k+1].w == "officials")) {
		return attr{}, k, false // ("according to anonymous sources")
	}
	return x.nameRun(k, s)
}

// openNameAfter is nameAfterEnd for the slot of a frame that can only
// hold a speaker ("according to X", ", said X."): there any lower-case
// noun phrase is one ("camp administrators", "village elders"), except a
// pronoun, the outlet's own ("our correspondent") and an unowned
// document ("initial reports").
func (x *extractor) openNameAfter(k int, s sentence) (attr, int, bool) {
	if a, e, ok := x.nameAfterEnd(k, s); ok {
		return a, e, true
	}
	ts := x.ts
	if k >= s.b || ts[k].k != kWord || ts[k].ar || nameStop[ts[k].w] || npStop[ts[k].w] || ownVoice[ts[k].w] && !x.ourPartners(k, s) ||
		ts[k].is(cSpeech) || passiveAux[ts[k].w] || auxWords[ts[k].w] {
		return attr{}, k, false
	}
	if _, isNum := parseNumberOK(ts[:s.b], k); isNum && !sourceModifiers[ts[k].w] {
		return attr{}, k, false
	}
	a, e, ok := x.nameRun(k, s)
	if !ok || a.cont {
		return attr{}, k, false
	}
	if h := ts[e-1].w; docWords[h] || h == "information" || e < s.b && (docWords[ts[e].w] || nounLike[ts[e].w]) {
		return attr{}, k, false // ("initial reports": the run stops before the noun)
	}
	return a, e, true
}

// ourPartners: does "our" at k open the people who report to the
// speaker's body ("our humanitarian colleagues", "our partners"), not its
// own staff ("our correspondent")?
func (x *extractor) ourPartners(k int, s sentence) bool {
	if x.ts[k].w != "our" {
		return false
	}
	for j := k + 1; j < s.b && j <= k+2; j++ {
		if w := x.ts[j].w; w == "colleagues" || w == "partners" {
			return true
		}
	}
	return false
}

// ownVoice open the outlet's own reporting or a non-speaker: "according
// to our correspondent", ", said nothing".
var ownVoice = map[string]bool{
	"our": true, "we": true, "us": true, "nothing": true, "none": true, "this": true, "these": true,
	"it": true, "its": true, "his": true, "her": true, "their": true, "them": true, "so": true,
	"earlier": true, "later": true, "also": true, "not": true, "on": true, "in": true,
}

// nameRun reads a source name that opens at k, up to a clause word.
func (x *extractor) nameRun(k int, s sentence) (attr, int, bool) {
	ts := x.ts
	f := ts[k]
	if pronounSpeakers[f.w] {
		return attr{pos: k, cont: true}, k + 1, true
	}
	if a, e, ok := x.docAgent(k, s); ok {
		return a, e, true
	}
	en := k
	for j := k; j < s.b && j < k+10; j++ {
		t := ts[j]
		if t.k != kWord {
			break
		}
		if j > k && (t.is(cSpeech) || passiveAux[t.w] && t.w != "to") {
			break
		}
		if _, ok := metricWords[t.w]; ok && !t.cap {
			break
		}
		if !t.cap && j > k && len(t.w) > 4 && strings.HasSuffix(t.w, "ed") && !determiners[ts[j-1].w] && !(nameParticle(t.w) && ts[j-1].cap) {
			// ("Abdul Rahman al-Mohammed" is a name, not a verb after one)
			break // a verb: "said American forces carried out ..."
		}
		if !t.cap && j > k && len(t.w) > 5 && strings.HasSuffix(t.w, "ing") && j+1 < s.b && determiners[ts[j+1].w] {
			break // a participle with its object: "said a monitor revising an earlier toll"
		}
		if !t.cap && nameStop[t.w] {
			if (t.w == "for" || t.w == "of") && j+1 < s.b && (ts[j+1].cap || ts[j+1].w == "the" && j+2 < s.b && ts[j+2].cap) {
				continue // "the head of the Ariha hospital"
			}
			break
		}
		en = j
	}
	for en > k && (ts[en].w == "and" || ts[en].w == "the" || ts[en].w == "its") {
		en--
	}
	if docWords[ts[en].w] && en+2 < s.b && (ts[en+1].w == "by" || ts[en+1].w == "from" || ts[en+1].w == "of") {
		// "a statement by the health directorate": the author is the source
		if a, e, ok := x.nameAfterEnd(en+2, s); ok {
			return a, e, true
		}
	}
	return x.makeAttr(k, en), en + 1, true
}

// npBefore reads the subject before a speech verb, skipping an appositive:
// "The White Helmets, the rescuers who ..., said". coord
// reports a verb coordinated with an earlier one ("... and claimed").
func (x *extractor) npBefore(k int, s sentence) (a attr, ok, coord bool) {
	ts := x.ts
	e := k - 1
	for e > s.a && speakerAdverbs[ts[e].w] {
		e-- // "SOHR earlier said", "X, an activist collective, also said"
	}
	if e < s.a {
		return a, false, false
	}
	if w := ts[e].w; (w == "and" || w == "but") && e > s.a && ts[e-1].k == kWord {
		// "X acknowledged the incident and reported ...": the subject of
		// the first verb
		return a, false, true
	}
	if ts[e].w == "," {
		p := -1
		for j := e - 1; j >= s.a && e-j <= 30; j-- {
			if ts[j].w == "," {
				p = j
				break
			}
			if ts[j].w == "." || ts[j].w == ";" || ts[j].k == kQuote {
				break
			}
		}
		if p < 0 {
			return a, false, false
		}
		if x.namedRole(p, e, s) {
			// "Its spokesman, Ahmad Kassem, told": the person named
			return x.makeAttr(p+1, e-1), true, false
		}
		if q := x.appositionStart(p, s); q > 0 {
			// "SOHR, a monitor based in Coventry, UK, said": the
			// apposition's place has a comma of its own
			p = q
		}
		e = p - 1
		if e == s.a && (asideOpeners[ts[e].w] || ts[e].w == "however") {
			return a, false, false // "Meanwhile, ..., saying": an opener, no subject
		}
	}
	if e > s.a && ts[e].w == ")" {
		// "the war monitor (SOHR) said"
		// ("the Syrian Civil Defence (SCD, also known as the White
		// Helmets) reported")
		for j := e - 1; j >= s.a && j >= e-12; j-- {
			if ts[j].w == "(" {
				e = j - 1
				break
			}
		}
	}
	if e < s.a || ts[e].k != kWord {
		return a, false, false
	}
	if r := x.subjectRelative(e, s); r > s.a {
		// "A doctor who treated the wounded said", "Residents who fled
		// told": the relative clause describes the subject before "who";
		// the speaker is that noun phrase, not the clause's predicate
		e = r - 1
	}
	st := e + 1
	for j := e; j >= s.a && e-j < npMax; j-- {
		t := ts[j]
		if t.k != kWord && !(j > s.a && j < e && x.pluralPossessive(j)) {
			break
		}
		if !t.cap && npStop[t.w] {
			break
		}
		if t.is(cSpeech) && !(nounLike[t.w] && j > s.a && ts[j-1].k == kWord) {
			break
		}
		if _, ok := metricWords[t.w]; ok {
			return a, false, false // "Multiple Casualties Reported": a headline, no speaker
		}
		st = j
	}
	if e-st >= npMax-1 || st > e {
		return a, false, false
	}
	for st <= e {
		w := ts[st].w
		if w == "and" || w == "but" || w == "also" || w == "then" || w == "however" || w == "so" || st < e && speakerAdverbs[w] && w != "had" && w != "has" && w != "have" {
			st++ // ("Later the office raised its toll")
			continue
		}
		break
	}
	if st > e {
		return a, false, true
	}
	if p := st - 1; st+1 <= e && pronounSpeakers[ts[st].w] && auxWords[ts[e].w] && p >= s.a && (ts[p].is(cSpeech) || ts[p].w == "that" && p > s.a && ts[p-1].is(cSpeech)) {
		// "X said it had counted 31 dead": the speaker is X, named before
		return a, false, false
	}
	for e > st && auxWords[ts[e].w] {
		e-- // "it had" is "it"
	}
	if e > st && pronounSpeakers[ts[e].w] && (e+1 < k && auxWords[ts[e+1].w] || e+1 == k) {
		// "since the offensive began on 3 May it has recorded", "in a
		// raid it believes left 7 dead": it (no noun phrase ends on a
		// subject pronoun)
		st = e
	}
	for st < e && npStop[ts[st].w] {
		st++ // "While the ministry said": the subordinator opens the clause
	}
	for j := st + 1; j < e; j++ {
		if possessivePronouns[ts[j].w] {
			st = j // "told Reuters his medics had counted": the subject is "his medics"
			break
		}
	}
	return x.makeAttr(st, e), true, false
}

// subjectRelative: the "who" that opens a relative clause ending at e,
// right before a verb of speech, with a noun before it ("Residents who
// fled the town told", "Doctors who spoke to us said"); else -1. The
// clause's own words run on to e with no comma or stop, and its first
// word is no name: "who" is its subject.
func (x *extractor) subjectRelative(e int, s sentence) int {
	ts := x.ts
	for j := e; j > s.a && e-j < npMax; j-- {
		t := ts[j]
		if t.k != kWord {
			return -1
		}
		if t.w != "who" {
			if npStop[t.w] && !t.cap {
				return -1
			}
			continue
		}
		if j == e || ts[j+1].cap || ts[j-1].k != kWord || npStop[ts[j-1].w] {
			return -1
		}
		return j
	}
	return -1
}

// indefiniteDoc: is raw a document with no author, "an initial review",
// "a preliminary count": an article, lower-case modifiers, a document noun?
func indefiniteDoc(raw string) bool {
	var fb [8]string
	f := appendFields(fb[:0], raw)
	if len(f) < 2 || len(f) > 4 || f[0] != "a" && f[0] != "an" && f[0] != "A" && f[0] != "An" || !docWords[f[len(f)-1]] {
		return false
	}
	for _, w := range f[1:] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// possessivePronouns open a subject that belongs to an earlier speaker.
var possessivePronouns = map[string]bool{"his": true, "her": true, "its": true, "their": true}

// appositionStart: the comma at p closes a place inside an apposition
// ("X, a monitor based in Coventry, UK, said"): when the words before p
// run back to a comma after which an indefinite description opens ("a",
// "an"), that comma opens the apposition; else 0.
func (x *extractor) appositionStart(p int, s sentence) int {
	ts := x.ts
	for j := p - 1; j > s.a && p-j <= 12; j-- {
		t := ts[j]
		if t.w == "," {
			if w := x.word(j+1, s); (w == "a" || w == "an") && j-1 >= s.a && (ts[j-1].cap || ts[j-1].w == ")") {
				return j
			}
			return 0
		}
		if t.k != kWord || t.is(cSpeech) {
			return 0
		}
	}
	return 0
}

// roleNouns name a person by their post in a body: "its spokesman".
var roleNouns = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "director": true, "head": true,
	"chief": true, "commander": true, "official": true, "minister": true, "governor": true,
	"leader": true, "chairman": true, "president": true, "researcher": true, "coordinator": true,
}

// namedRole: is the phrase before the comma at p a role ("its
// spokesman", "the council's director") and the apposition p+1..e-1
// after it the person's name (two to four capitalised words)?
func (x *extractor) namedRole(p, e int, s sentence) bool {
	ts := x.ts
	if n := e - 1 - p; n < 2 || n > 4 || p-1 < s.a || !roleNouns[ts[p-1].w] {
		return false
	}
	for j := p + 1; j < e; j++ {
		if ts[j].k != kWord || !ts[j].cap || determiners[ts[j].w] || ts[j].ar {
			return false
		}
	}
	for j := p - 2; j >= s.a && j >= p-4; j-- {
		if ts[j].k != kWord {
			return false
		}
		if w := ts[j].w; w == "its" || w == "his" || w == "her" || w == "their" || w == "the" || x.possessive(j) {
			return true
		}
	}
	return false
}

// speakerAdverbs stand between a speaker and its verb: "SOHR earlier said".
var speakerAdverbs = map[string]bool{
	"earlier": true, "previously": true, "initially": true, "separately": true, "later": true,
	"also": true, "first": true, "had": true, "has": true, "have": true, "subsequently": true,
}

// auxWords end a subject before a speech verb: "it had counted".
var auxWords = map[string]bool{
	"had": true, "has": true, "have": true, "would": true, "will": true, "could": true,
	"may": true, "might": true, "did": true, "does": true, "also": true, "later": true,
}

// initialNP reads the capitalized subject that opens a sentence ("The
// Pentagon called it ... and claimed ...").
func (x *extractor) initialNP(s sentence) (attr, bool) {
	ts := x.ts
	st := s.a
	for st < s.b && (ts[st].w == "however" || ts[st].w == "but" || ts[st].w == "and" || ts[st].w == "," || asideOpeners[ts[st].w]) {
		st++
	}
	en := -1
	caps := 0
	for j := st; j < s.b && j < st+8; j++ {
		t := ts[j]
		if t.k != kWord {
			break
		}
		if j == st && (t.w == "the" || t.w == "a") && j+1 < s.b && !ts[j+1].cap && genericSpeakers[ts[j+1].w] {
			// "The group published a photograph and said": the group
			// named before (makeAttr marks it generic)
			return x.makeAttr(j, j+1), true
		}
		if t.cap {
			caps++
			en = j
			continue
		}
		if (j == st && (t.w == "the" || t.w == "a")) || ((t.w == "of" || t.w == "for") && j+1 < s.b && ts[j+1].cap) {
			continue
		}
		if caps > 0 && (knownSourceNouns[t.w] || t.w == "news" || t.w == "agency" || t.w == "television") {
			continue // "Syria's state news agency SANA"
		}
		break
	}
	if en < st || caps == 0 {
		return attr{}, false
	}
	return x.makeAttr(st, en), true
}

// makeAttr builds the attribution for tokens st..en, marking pronouns and
// generic nouns that stand for an earlier speaker.
func (x *extractor) makeAttr(st, en int) attr {
	ts := x.ts
	a := attr{raw: x.text[ts[st].s:ts[en].e], from: st}
	if st == en && pronounSpeakers[ts[st].w] {
		a.cont = true
		return a
	}
	if ts[st].w == "the" && en > st && (genericSpeakers[ts[en].w] || docWords[ts[en].w]) {
		generic := true
		for j := st + 1; j <= en; j++ {
			if ts[j].cap && !strings.HasSuffix(ts[j].w, "-based") { // "the Britain-based monitor" is still generic
				generic = false
			}
		}
		a.generic = generic
		a.head = ts[en].w
	}
	return a
}

// contrastOpens: does a frame after the figure at pos open a clause of
// its own with a contrast word ("..., while activists said", "، فيما أفاد
// المرصد", "في حين أعلن")? Its speech covers what follows it only.
func (x *extractor) contrastOpens(pos int, a attr) bool {
	if a.trailing {
		return false
	}
	for k := a.pos - 1; k > pos && k >= a.pos-8; k-- {
		switch w := x.ts[k].w; w {
		case ",", "،", ";", "؛", ".":
			return false
		case "while", "whereas", "فيما", "وفيما", "بينما", "وبينما":
			return true
		case "حين":
			return x.ts[k-1].w == "في" || x.ts[k-1].w == "وفي"
		}
	}
	return false
}

// sourceAt is who gives the figure at pos in sentence s; x.carryHit
// tells emit that the speaker was carried on from an earlier sentence.
func (x *extractor) sourceAt(s sentence, pos int) string {
	x.carryHit = false
	return x.sourceAtPos(s, pos)
}

// sourceAtPos picks the attribution for a figure at token pos: the nearest
// frame before it in the sentence, else the nearest after it; "X reported,
// citing Y" gives Y. With no frame governing, a figure inside a quotation
// takes the quotation's speaker, then a tweet's signature, a transcript's
// label or the speaker carried from before (carries) give it.
func (x *extractor) sourceAtPos(s sentence, pos int) string {
	as := x.attrs[x.attrFrom[x.si]:x.attrFrom[x.si+1]]
	x.steps += len(as)
	best := -1
	for i, a := range as {
		if !a.governs(pos) || x.speakerApposition(a, pos) {
			continue
		}
		if a.pos < pos && (best < 0 || a.pos > as[best].pos || as[best].pos > pos) {
			best = i
		}
	}
	if best >= 0 && x.relativeBetweenAttr(as[best].pos, pos, s) {
		// the figure sits in a relative clause after the frame ("said Ahmad
		// Saleh, a nurse from Sarmada, where six people died"; "X said the
		// fighting reached Aleppo, where shelling killed four, state media
		// reported"): a closing frame after it governs, else nobody
		// named before does when the frame closed its clause already
		closing := -1
		for i, a := range as {
			if a.pos > pos && a.trailing && a.governs(pos) && (closing < 0 || a.pos < as[closing].pos) {
				closing = i
			}
		}
		switch {
		case closing >= 0:
			best = closing
		case as[best].trailing:
			return ""
		}
	}
	if best >= 0 && as[best].trailing {
		// the frame before closed its own clause ("the ministry said, and
		// wounded 12, according to X"): a frame after the figure governs it
		for i, a := range as {
			if a.pos > pos && a.governs(pos) && !x.contrastOpens(pos, a) && (best < 0 || as[best].pos < pos || a.pos < as[best].pos) {
				best = i
			}
		}
	}
	if best < 0 {
		for i, a := range as {
			if a.pos > pos && a.governs(pos) && !x.contrastOpens(pos, a) && (best < 0 || a.pos < as[best].pos) {
				best = i
			}
		}
	}
	if best >= 0 {
		b := as[best]
		for _, c := range as {
			if c.cite && c.pos != b.pos && c.pos >= b.pos-10 && c.pos <= b.pos+6 && c.name != "" {
				return c.name
			}
		}
		if b.name != "" {
			return b.name
		}
		return ""
	}
	if pos < len(x.ts) && x.ts[pos].inQ {
		// a quoted tweet signs its words ("— Syria Civil Defence
		// (@SyriaCivilDef) May 6"): the signature names the author
		// better than the frame that introduced it ("a journalist who
		// was there wrote:", "the group posted:")
		if name := x.signatureAfter(); name != "" {
			return name
		}
		return x.quoteSpeaker(pos)
	}
	if name := x.signatureAfter(); name != "" {
		return name // a quoted tweet: "— Syria Civil Defence (@SyriaCivilDef) March 2"
	}
	if x.label != "" && (x.si > x.labelSi || x.si == x.labelSi && pos >= x.labelAt) {
		return x.label // a transcript: "MINISTER ALI HASSAN: ..."
	}
	if x.carries() {
		// "..., the monitor said. The commander was also killed.": the
		// speaker goes on within the paragraph
		x.carryHit = true
		return x.carry.src
	}
	return ""
}

// speakerApposition: does the figure at pos stand in the apposition that
// describes the speaker of an inverted frame (", said Khaled Omar, a baker
// who was wounded in the shoulder", ", said Umm Fadi, 52, a widow whose son
// was killed")? The outlet tells who the speaker is: the speaker does not
// state it, as with a subject's own apposition (attr.from). Words quoted
// after the name are still the speaker's.
func (x *extractor) speakerApposition(a attr, pos int) bool {
	if a.end <= 0 || !a.trailing || pos < a.end || a.end+1 >= len(x.ts) || x.ts[a.end].w != "," || x.ts[pos].inQ {
		return false
	}
	k := a.end + 1
	if x.ts[k].k == kNum && k+2 < len(x.ts) && x.ts[k+1].w == "," {
		k += 2 // an age: "said Umm Fadi, 52, a widow"
	}
	if x.ts[k].w != "a" && x.ts[k].w != "an" {
		return false
	}
	for j := k + 1; j < pos; j++ {
		if x.ts[j].is(cSpeech) {
			return false // the apposition speaks again: ", a vendor, who said that nine died"
		}
	}
	return true
}

// carries: does the speaker of the last attributed figure go on to the
// current sentence? It does to the next sentence of its paragraph, and to
// the rest of a sentence it was carried into ("..., according to the
// White Helmets. A teacher also died, and 19 people were wounded"); not
// past a sentence without a figure, nor into an added item ("كما",
// "Separately").
func (x *extractor) carries() bool {
	c := x.carry
	switch {
	case c.src == "" || x.opensAside(x.si) || c.quoted:
		// (`"... my neighbour was killed". The mother survived unhurt`:
		// a closed quotation ends its speaker's words; the narrator
		// goes on)
		return false
	case c.si == x.si:
		return c.carried
	case c.si == x.si-1:
		return x.sameParagraph(x.si-1, x.si)
	}
	return false
}

// opensAside: does sentence si open with a word that adds another item
// ("كما قتلت طفلة", "Separately, ...", "Meanwhile")? The outlet goes on in
// its own voice: a speaker before it is not carried into it.
func (x *extractor) opensAside(si int) bool {
	s := x.sents[si]
	return s.a < s.b && asideOpeners[x.ts[s.a].w]
}

var asideOpeners = map[string]bool{"كما": true, "وكما": true, "separately": true, "meanwhile": true, "elsewhere": true}

// sameParagraph: no line break between sentences a and b (a < b).
func (x *extractor) sameParagraph(a, b int) bool {
	for k := x.sents[a].b - 1; k < x.sents[b].a && k >= 0; k++ {
		if x.ts[k].k == kNL {
			return false
		}
	}
	return true
}

// quoteSpeaker finds who speaks a quotation that spans sentences: the
// attribution after it closes, or before it opens.
func (x *extractor) quoteSpeaker(pos int) string {
	for j := x.si; j < len(x.sents) && j < x.si+6; j++ {
		s := x.sents[j]
		if j > x.si && s.a < len(x.ts) && !x.ts[s.a].inQ && x.ts[s.a].k != kQuote {
			break
		}
		for _, a := range x.attrs[x.attrFrom[j]:x.attrFrom[j+1]] {
			if (j > x.si || a.pos > pos) && !x.ts[a.pos].inQ {
				if a.cont || a.generic {
					return x.lastSpeaker
				}
				return a.raw
			}
		}
	}
	for j := x.si - 1; j >= 0 && j > x.si-6; j-- {
		for _, a := range x.attrs[x.attrFrom[j]:x.attrFrom[j+1]] {
			if a.name != "" {
				return a.name
			}
		}
		s := x.sents[j]
		if s.a < len(x.ts) && !x.ts[s.a].inQ && x.ts[s.a].k != kQuote {
			break
		}
	}
	return ""
}

// SourceKey normalizes a source name for comparison across articles and
// languages: the White Helmets and the Syrian Civil Defence share one key,
// so do SOHR and its Arabic name, and the Pentagon and its spokesman.
// Other names are lower-cased, stripped of articles and punctuation, with
// spaces folded. Empty stays empty.
func SourceKey(name string) string {
	if name == "" {
		return ""
	}
	// padded is " " + the folded words joined by spaces + " ", built in
	// one buffer: SourceKey runs for every speaker pair an article
	// compares, and splitting into a slice of fields cost more than the
	// words themselves
	var arr [64]byte // most names fit: then buf stays on the stack
	buf := append(arr[:0], ' ')
	for i := 0; i < len(name); {
		start := i
		for i < len(name) { // the field: up to the next separator
			if c := name[i]; c < utf8.RuneSelf {
				if keySepASCII[c] {
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(name[i:])
			if keySep(r) {
				break
			}
			i += n
		}
		if i > start {
			w := strings.Trim(normWord(name[start:i]), "-'")
			if w != "" && w != "the" && w != "a" && w != "an" {
				buf = append(append(buf, w...), ' ')
			}
		}
		for i < len(name) { // the separators after it
			if c := name[i]; c < utf8.RuneSelf {
				if !keySepASCII[c] {
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(name[i:])
			if !keySep(r) {
				break
			}
			i += n
		}
	}
	if len(buf) == 1 {
		return ""
	}
	padded := string(buf)
	n := padded[1 : len(padded)-1]
	// a name in one script cannot hold the other's names: skip them
	latin, arabic := false, false
	for i := 0; i < len(buf); i++ {
		if c := buf[i]; c >= utf8.RuneSelf {
			arabic = true
		} else if 'a' <= c && c <= 'z' {
			latin = true
		}
	}
	has := func(subs ...string) bool {
		for _, s := range subs {
			c := s[0]
			if c == ' ' {
				c = s[1]
			}
			if c >= utf8.RuneSelf && !arabic || 'a' <= c && c <= 'z' && !latin {
				continue // padded lacks the byte c: it cannot hold s
			}
			if strings.Contains(padded, s) {
				return true
			}
		}
		return false
	}
	switch {
	case has("white helmets", "civil defence", "civil defense", "الدفاع المدني", "الخوذ البيضاء"):
		return "syrian civil defence"
	case has("observatory", " sohr ", "المرصد السوري", " المرصد ", "rami abdel rahman", "rami abdulrahman", "رامي عبد الرحمن"):
		return "syrian observatory for human rights"
	case has("pentagon", "kirby", "department of defense", "defense department", " dod ", "البنتاغون", "البنتاجون", " الدفاع الامريكيه ", " الدفاع الاميركيه "):
		return "pentagon"
	case has("syrian network for human rights", " snhr ", "الشبكه السوريه لحقوق الانسان"):
		return "syrian network for human rights"
	case has(" sana ", "syrian arab news agency", " سانا ", "الوكاله العربيه السوريه للانباء"):
		return "sana"
	case has("central command", "centcom", "القياده المركزيه الامريكيه"):
		return "us central command"
	// Arabic names a state's defence ministry by "الدفاع" and the state's
	// adjective alone ("الدفاع التركية: ..." heads the ministry's statement);
	// Russia's reconciliation centre in Syria is a part of its ministry
	case (has("russia", "russian") && has("defence ministry", "defense ministry", "ministry of defence", "ministry of defense", "reconciliation")) || has(" الدفاع الروسيه ", "مركز المصالحه الروسي"):
		return "russian ministry of defence"
	case (has("turkey", "turkish") && has("defence ministry", "defense ministry", "ministry of defence", "ministry of defense", "ministry of national defence")) || has(" الدفاع التركيه "):
		return "turkish ministry of defence"
	}
	return n
}

// keySep: the characters SourceKey splits a name at: spaces, punctuation
// but the hyphen and the apostrophe, and symbols. An invalid byte reads as
// utf8.RuneError, a symbol, as strings.FieldsFunc reads it.
func keySep(r rune) bool {
	if r >= 0x0620 && r <= 0x065F {
		return false // the Arabic letters and marks, most of an Arabic name
	}
	return unicode.IsSpace(r) || (unicode.IsPunct(r) && r != '-' && r != '\'') || unicode.IsSymbol(r)
}

// keySepASCII is keySep for the ASCII bytes, most of a name.
var keySepASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = keySep(rune(c))
	}
	return t
}()

// participles of speech that hang on a clause: "..., saying", "..., adding".
var participles = map[string]bool{"confirming": true, "saying": true, "adding": true, "claiming": true, "stating": true, "noting": true, "reporting": true}

// timeOwners are not speakers: "the day's toll", "this week's tally".
var timeOwners = map[string]bool{
	"day": true, "week": true, "month": true, "year": true, "night": true, "weekend": true,
	"today": true, "yesterday": true, "morning": true, "evening": true, "attack": true, "strike": true,
	"raid": true, "bombing": true, "war": true, "conflict": true, "quake": true, "earthquake": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// skipTimestamp returns the token after a live page's time stamp that opens
// the sentence ("16:05 –", "16:05"), else s.a.
func (x *extractor) skipTimestamp(s sentence) int {
	ts := x.ts
	k := s.a
	if k+2 < s.b && ts[k].k == kNum && ts[k+1].w == ":" && ts[k+2].k == kNum {
		k += 3
		if k < s.b {
			if w := ts[k].w; w == "-" || w == "–" || w == "—" || w == "|" {
				k++
			}
		}
		return k
	}
	return s.a
}

// relativeBetweenAttr: does a relative clause ("where", "which", "who")
// open, after a comma, between the attribution at a and the figure at pos?
func (x *extractor) relativeBetweenAttr(a, pos int, s sentence) bool {
	for k := a + 1; k < pos && k < s.b; k++ {
		switch x.ts[k].w {
		case "where", "which", "whom", "whose":
			if x.ts[k-1].w == "," {
				return true
			}
		}
	}
	return false
}

// relativeSubject: is the speech verb at k the verb of a relative clause
// (", which on Monday set the toll at 140")?
func (x *extractor) relativeSubject(k int, s sentence) bool {
	for j := k - 1; j > s.a && j >= k-5; j-- {
		w := x.ts[j].w
		if (w == "which" || w == "who") && x.ts[j-1].w == "," {
			// the pronoun is the subject ("which on Monday set", "who
			// later said"), not the object ("which residents said came")
			n := x.ts[j+1].w
			return j+1 == k || speakerAdverbs[n] || auxWords[n] || n == "on" || n == "in" || n == "at" || n == "late"
		}
		if x.ts[j].k != kWord {
			return false
		}
	}
	return false
}

// quotedWord: is the word at k quoted alone ("confirming")? A scare-quoted
// verb still reports.
func (x *extractor) quotedWord(k int, s sentence) bool {
	return k > s.a && k+1 < s.b && x.ts[k-1].k == kQuote && x.ts[k+1].k == kQuote
}

// documentHeads name a count, not who made it: "according to a provisional
// count" names its author in the next sentence, if at all.
var documentHeads = map[string]bool{"count": true, "toll": true, "tally": true, "figures": true, "figure": true, "estimate": true, "statistics": true}

// publishedBy reads the author of a document named after "according to"
// at k from the next sentence: "The figure was published by the Idlib
// health directorate."
func (x *extractor) publishedBy(k int, s sentence) (attr, bool) {
	doc := false
	for j := k; j < s.b && j < k+5; j++ {
		if documentHeads[x.ts[j].w] {
			doc = true
		}
		if x.ts[j].k != kWord {
			break
		}
	}
	if !doc {
		return attr{}, false
	}
	e := s.b
	for e < len(x.ts) && x.ts[e].k == kNL {
		e++
	}
	n := sentence{a: e, b: e}
	for n.b < len(x.ts) && n.b < e+25 && x.ts[n.b].w != "." && x.ts[n.b].k != kNL {
		n.b++
	}
	for j := n.a; j+1 < n.b; j++ {
		switch x.ts[j].w {
		case "published", "released", "compiled", "issued", "provided", "publishes", "releases", "issues", "gave", "came":
			if w := x.ts[j+1].w; w == "by" || w == "from" {
				return x.nameAfter(j+2, n) // "The figure was published by X", "came from X"
			}
			// "X released the toll on Sunday": the subject of a verb whose
			// object is the document
			for d := j + 1; d < n.b && d <= j+3; d++ {
				if documentHeads[x.ts[d].w] || docWords[x.ts[d].w] {
					if a, ok, _ := x.npBefore(j, n); ok && !a.cont && !a.generic {
						return a, true
					}
					break
				}
			}
		}
	}
	return attr{}, false
}

// unownedDoc: does the phrase at k name a document and no author ("a
// preliminary count", "initial figures")? Its figures are the outlet's
// unless the author is named after it.
func (x *extractor) unownedDoc(k int, s sentence) bool {
	if _, _, ok := x.docAgent(k, s); ok {
		return false
	}
	if w := x.ts[k].w; w == "the" || w == "its" || w == "their" || w == "his" || w == "her" {
		return false // "according to the report": the author named before
	}
	for j := k; j < s.b && j < k+4; j++ {
		t := x.ts[j]
		if t.k != kWord || t.cap && j > k {
			return false
		}
		if docWords[t.w] || documentHeads[t.w] {
			return j+1 >= s.b || x.ts[j+1].k != kWord || nameStop[x.ts[j+1].w] && x.ts[j+1].w != "of"
		}
	}
	return false
}

// signatureAfter reads the signature line of a quoted tweet after the
// current sentence ("— Syria Civil Defence (@SyriaCivilDef) March 2, 2024"),
// at most three sentences on and before a blank line.
func (x *extractor) signatureAfter() string {
	for j := x.si + 1; j < len(x.sents) && j <= x.si+3; j++ {
		s := x.sents[j]
		if s.a >= s.b {
			continue
		}
		if n := strings.Count(x.text[x.ts[x.sents[j-1].b-1].s:x.ts[s.a].s], "\n"); n > 2 || n == 2 && !x.closesQuote(j-1) {
			// (a quoted tweet may stand in a paragraph of its own, its
			// signature under it after a blank line)
			return ""
		}
		if d := x.ts[s.a].w; d != "—" && d != "–" && d != "-" {
			continue
		}
		for k := s.a + 1; k+1 < s.b && k < s.a+12; k++ {
			if x.ts[k].w == "(" && strings.HasPrefix(x.text[x.ts[k+1].s-1:], "@") || x.ts[k].w == "(" && x.ts[k+1].w == "@" {
				if k > s.a+1 {
					return strings.TrimSpace(x.text[x.ts[s.a+1].s:x.ts[k-1].e])
				}
				return ""
			}
		}
	}
	return ""
}

// closesQuote: does sentence si end a quotation (its last token, or the
// one before a final line break, a closing quote mark)?
func (x *extractor) closesQuote(si int) bool {
	s := x.sents[si]
	for k := s.b - 1; k >= s.a && k >= s.b-2; k-- {
		switch x.ts[k].k {
		case kQuote:
			return true
		case kNL:
			continue
		}
		return false
	}
	return false
}

// noteLabel reads a transcript's speaker label at the start of a line
// ("MINISTER ALI HASSAN: Good morning"): the speaker of what follows, until
// the next label. A label is two capitalised words at least, or a
// broadcast role ("PRESENTER:", "ANCHOR (Jane Doe):"), or, once the text
// has shown itself a transcript, one word ("SMITH:", the guest's surname).
func (x *extractor) noteLabel(s sentence) {
	if s.a > 0 && x.ts[s.a-1].k != kNL {
		return
	}
	if x.label != "" && s.b > s.a && s.b < len(x.ts) && x.ts[s.b].k == kNL {
		// a line with no final punctuation is a heading or a time stamp
		// ("11:02 a.m. ET", "Shelling kills three in Sarmin"): a new post,
		// the label's turn is over
		if l := x.ts[s.b-1]; l.k == kWord || l.k == kNum {
			x.label = ""
		}
	}
	// the name may carry a hyphen and the speaker's role after a comma:
	// "SAMER KHALIL, CIVIL DEFENCE:"; a role its holder's name in
	// parentheses: "PRESENTER (Jane Doe):"
	words := 0
	for k := s.a; k < s.b && k < s.a+12; k++ {
		t := x.ts[k]
		if t.w == "(" && words > 0 && x.ts[k-1].k == kWord {
			c := x.labelParen(k, s)
			if c < 0 {
				// "ABU AHMAD (translated):", "KHALED (via interpreter):":
				// a note on how the words reach us; the name before it
				// is the label
				if c = x.noteParen(k, s); c > 0 && c+1 < s.b && x.ts[c+1].w == ":" && words >= 2 {
					x.setLabel(s, k-1, c+2)
				}
				return
			}
			if c+1 >= s.b || x.ts[c+1].w != ":" {
				return
			}
			x.setLabel(s, c, c+2)
			return
		}
		if t.w == ":" {
			// (k > 0: a text may open on its colon)
			if k > 0 && x.ts[k-1].k == kWord && (words >= 2 || words == 1 && (x.labels || broadcastRoles[x.ts[k-1].w])) {
				x.setLabel(s, k-1, k+1)
			}
			return
		}
		if (t.w == "," || t.w == "-") && k > s.a && x.ts[k-1].k == kWord {
			continue
		}
		raw := x.text[t.s:t.e]
		if t.k != kWord || t.ar || !t.cap || strings.ToUpper(raw) != raw || labelStops[t.w] {
			return
		}
		words++
	}
}

// setLabel makes the line's words up to token e the speaker label; the
// words after it on its line are the speaker's from token at on, unless
// the line is a title with no closing stop ("SYRIA LATEST: Strike kills
// 4"): a heading, whose words are the outlet's.
func (x *extractor) setLabel(s sentence, e, at int) {
	x.label = strings.TrimSpace(x.text[x.ts[s.a].s:x.ts[e].e])
	x.labelSi = x.si
	x.labels = true
	x.labelAt = at
	if x.titleLine(s) {
		x.labelAt = s.b
	}
}

// labelParen: the ")" closing a name of capitalised words opened at k
// ("(Jane Doe)"), else -1.
func (x *extractor) labelParen(k int, s sentence) int {
	for j := k + 1; j < s.b && j <= k+6; j++ {
		t := x.ts[j]
		if t.w == ")" {
			if j == k+1 {
				return -1
			}
			return j
		}
		if t.k != kWord || !t.cap || t.ar {
			return -1
		}
	}
	return -1
}

// noteParen: the ")" closing a note of lower-case words opened at k
// ("(translated)", "(via interpreter)"), else -1.
func (x *extractor) noteParen(k int, s sentence) int {
	for j := k + 1; j < s.b && j <= k+4; j++ {
		t := x.ts[j]
		if t.w == ")" {
			if j == k+1 {
				return -1
			}
			return j
		}
		if t.k != kWord || t.cap || t.ar {
			return -1
		}
	}
	return -1
}

// broadcastRoles label a transcript's turns by the speaker's role.
var broadcastRoles = map[string]bool{
	"presenter": true, "anchor": true, "host": true, "correspondent": true, "reporter": true,
	"interviewer": true, "moderator": true,
}

// labelStops open headings, not speakers: "BREAKING NEWS:", "LIVE UPDATES:".
var labelStops = map[string]bool{"breaking": true, "news": true, "live": true, "update": true, "updates": true, "watch": true, "read": true, "more": true, "photos": true, "video": true, "highlights": true, "editor's": true, "note": true}

// countFields is len(strings.Fields(s)), without the slice.
func countFields(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// firstField is strings.Fields(s)[0], or "" when s has no field.
func firstField(s string) string {
	for w := range strings.FieldsSeq(s) {
		return w
	}
	return ""
}

// appendFields appends the fields of s (strings.Fields) to dst: a caller
// passes a small array of its own and most names fit.
func appendFields(dst []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		dst = append(dst, w)
	}
	return dst
}

// npMax bounds the subject read back from a verb; the clause bounds it
// first (a comma, a stop word, another verb of speech).
const npMax = 20
