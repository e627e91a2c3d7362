package figures

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Extract returns the figures that text states about people killed or
// injured, in the order they appear. published is the article's date (zero
// when unknown); it tells figures of earlier events apart.
//
// The text is cut into lines (boilerplate dropped), tokens and sentences;
// every search after that looks at a bounded window of one sentence, so the
// cost is linear in the length of the text.
func Extract(text string, published time.Time) []Figure {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	x := &extractor{text: text, figs: []Figure{}}
	if !published.IsZero() {
		y, m, d := published.Date()
		x.pub = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	x.ts = make([]tok, 0, len(text)/6+8)
	for _, ln := range contentLines(text) {
		x.ts = tokenize(text, ln[0], ln[1], x.ts)
		x.ts = append(x.ts, tok{s: ln[1], e: ln[1], k: kNL})
	}
	markQuotes(x.ts, text)
	x.sents = splitSentences(x.ts, make([]sentence, 0, len(x.ts)/12+4))
	x.used = make([]bool, len(x.ts))
	x.collectAllAttrs()
	for si := range x.sents {
		x.sentence(si)
	}
	return dedupe(x.figs)
}

type extractor struct {
	text  string
	pub   time.Time
	ts    []tok
	sents []sentence
	used  []bool
	figs  []Figure

	attrs    []attr // all sentences, in order
	attrFrom []int  // first attr of each sentence; attrFrom[len(sents)] = len(attrs)

	lastSpeaker string
	recent      []string // speakers named so far, for "the ministry said"
	prev        struct {
		ok  bool
		m   Metric
		bg  bool
		src string
	}

	si      int // current sentence
	tm      []temporal
	tmReady bool
}

// item is one count of people: "at least 13 people", "طفلان", "a child".
type item struct {
	qa, a, b       int // first token (with qualifier), count token, end
	min, max       int
	hasMin, hasMax bool
	approx, vague  bool
	g              Group
	actor          string
	military, civ  bool
	hm             mword // the counted noun is a metric word ("13 dead")
	hasHM          bool
	hmIdx          int
}

func (x *extractor) sentence(si int) {
	x.si = si
	x.tmReady = false
	s := x.sents[si]
	x.resolveAttrs(si)
	for i := s.a; i < s.b; i++ {
		if x.used[i] || x.ts[i].k == kQuote {
			continue
		}
		if x.negation(i, s) {
			continue
		}
		if x.quantity(i, s) {
			continue
		}
		x.role(i, s)
	}
	for _, a := range x.attrs[x.attrFrom[si]:x.attrFrom[si+1]] {
		if a.name != "" {
			x.lastSpeaker = a.name
			if !a.cont && !a.generic && len(x.recent) < 64 {
				x.recent = append(x.recent, a.name)
			}
		}
	}
}

func (x *extractor) word(i int, s sentence) string {
	if i < s.a || i >= s.b {
		return ""
	}
	return x.ts[i].w
}

// metricAt returns the metric word at token i, if any.
func (x *extractor) metricAt(i int, s sentence) (mword, bool) {
	if i < s.a || i >= s.b || x.ts[i].k != kWord {
		return mword{}, false
	}
	return lookup(metricWords, x.ts[i])
}

func hasWaw(t tok) bool {
	return t.ar && strings.HasPrefix(t.w, "و") && len(t.w) > 4
}

// matchSeq matches a word sequence at ts[i]; Arabic words may carry a
// leading و or ب on the first word.
func (x *extractor) matchSeq(i int, s sentence, words []string) bool {
	if i+len(words) > s.b {
		return false
	}
	for k, w := range words {
		tw := x.ts[i+k].w
		if tw == w {
			continue
		}
		if k == 0 && x.ts[i].ar && stripWawBa(tw) == w {
			continue
		}
		return false
	}
	return true
}

// stripWawBa drops a leading و، ب or وب.
func stripWawBa(w string) string {
	for _, p := range [...]string{"وب", "و", "ب"} {
		if len(w) > len(p) && w[:len(p)] == p {
			return w[len(p):]
		}
	}
	return w
}

// firstWords indexes word sequences by their first word so that a token
// is compared only with the sequences that can start with it.
func firstWords[T any](seqs []T, words func(T) []string) map[string][]int {
	m := map[string][]int{}
	for i, q := range seqs {
		f := words(q)[0]
		m[f] = append(m[f], i)
	}
	return m
}

var (
	qualIndex = firstWords(qualifiers, func(q struct {
		words []string
		k     qualKind
	}) []string {
		return q.words
	})
	vagueIndex = firstWords(vagueWords, func(v struct {
		words []string
		min   int
	}) []string {
		return v.words
	})
)

// ordinals: "a sixth civilian" is one of a count told elsewhere.
var ordinals = map[string]bool{
	"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true,
	"eighth": true, "ninth": true, "tenth": true, "further": true, "single": false,
}

// countStarters are the English words that may open a count.
var countStarters = func() map[string]bool {
	m := map[string]bool{"a": true, "an": true}
	for w := range enUnits {
		m[w] = true
	}
	for w := range enTens {
		m[w] = true
	}
	for w := range qualIndex {
		m[w] = true
	}
	for w := range vagueIndex {
		m[w] = true
	}
	for w := range enScales {
		m[w] = true
	}
	return m
}()

func (x *extractor) candidates(i int, s sentence, index map[string][]int) []int {
	if i >= s.b {
		return nil
	}
	t := x.ts[i]
	if c, ok := index[t.w]; ok {
		return c
	}
	if t.ar {
		return index[stripWawBa(t.w)]
	}
	return nil
}

func (x *extractor) matchQual(i int, s sentence) (qualKind, int) {
	for _, qi := range x.candidates(i, s, qualIndex) {
		q := qualifiers[qi]
		if x.matchSeq(i, s, q.words) {
			return q.k, len(q.words)
		}
	}
	return qNone, 0
}

func (x *extractor) matchVague(i int, s sentence) (int, int) {
	for _, vi := range x.candidates(i, s, vagueIndex) {
		v := vagueWords[vi]
		if x.matchSeq(i, s, v.words) {
			return v.min, len(v.words)
		}
	}
	return 0, 0
}

func modSuffix(w string) bool {
	for _, suf := range []string{"-affiliated", "-backed", "-linked", "-led", "-aligned", "-based", "-old", "-displaced", "-allied", "-held"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// boundaryAfterCount: may a count with no noun end here ("killing 3 in Idlib")?
func (x *extractor) boundaryAfterCount(k int, s sentence) bool {
	if k >= s.b {
		return true
	}
	t := x.ts[k]
	if t.k == kPunct || t.k == kQuote || t.k == kNL {
		return t.w != "%" && t.w != "°"
	}
	if _, ok := x.metricAt(k, s); ok {
		return true
	}
	if t.ar {
		switch t.w {
		case "في", "جراء", "اثر", "نتيجه", "علي", "خلال", "منذ", "اخرين", "اخرون":
			return true
		}
		return strings.HasPrefix(t.w, "ب") || strings.HasPrefix(t.w, "و")
	}
	switch t.w {
	case "in", "on", "at", "and", "or", "after", "when", "while", "as", "during", "including",
		"near", "inside", "across", "since", "following", "amid", "among", "by", "from", "with",
		"were", "was", "have", "had", "are", "more", "others", "overnight", "today", "yesterday":
		return true
	}
	return false
}

// parseItem reads a count of people at ts[i]. single allows a count carried
// by a singular noun (a child, مدني); inList allows words that count only
// inside a breakdown (أم).
func (x *extractor) parseItem(i int, s sentence, single, inList bool) (item, bool) {
	ts := x.ts
	it := item{qa: i, hmIdx: -1}
	j := i
	qk, qn := x.matchQual(j, s)
	j += qn
	if j >= s.b {
		return it, false
	}
	lo, hi, n, isNum := parseNumber(ts[:s.b], j)
	if isNum && (i > s.a && (ts[i-1].w == "from" || ts[i-1].w == "No") || x.inAgePhrase(i, s)) {
		return it, false
	}
	if !isNum && qn > 0 {
		// "some" alone is vague, not a qualifier
		j, qk, qn = i, qNone, 0
	}
	counted := false // the count is the noun itself (dual, singular)
	if isNum {
		it.a = j
		j += n
		if qk == qBetween || (j < s.b && (ts[j].w == "or" || ts[j].w == "to") && qk == qNone) {
			k := j
			if k < s.b && (ts[k].w == "and" || ts[k].w == "or" || ts[k].w == "to") {
				k++
			}
			if k < s.b {
				if lo2, _, n2, ok := parseNumber(ts[:s.b], k); ok && lo2 > lo {
					hi = lo2
					j = k + n2
					if qk == qBetween {
						qk = qNone
					}
				}
			}
		}
		if j < s.b && !ts[j].ar && ts[j].w == "of" {
			return it, false // "one of the helicopters"
		}
	} else if v, vn := x.matchVague(j, s); vn > 0 {
		it.a = j
		it.vague = true
		lo, hi = v, v
		j += vn
		if j < s.b && (ts[j].w == "of" || ts[j].w == "من") && vn == 1 && ts[it.a].w != "some" && ts[it.a].w != "several" && ts[it.a].w != "multiple" {
			j++
		}
	} else if t := ts[j]; t.ar {
		if g, ok := lookup(groupWords, t); ok && g.n > 0 && (g.n == 2 || single || (g.list && inList)) && (!g.list || inList) {
			it.a, lo, hi = j, g.n, g.n
			it.g = g.g
			j++
			counted = true
		} else if mw, ok := lookup(metricWords, t); ok && (mw.dual || (mw.one && single)) {
			it.a = j
			lo = 1
			if mw.dual {
				lo = 2
			}
			hi = lo
			it.hm, it.hasHM, it.hmIdx = mw, true, j
			j++
			counted = true
		} else if g, ok := lookup(groupWords, t); ok && g.n == 0 && j+1 < s.b {
			// noun then defined number: أطفالها الستة
			nw := ts[j+1].w
			if strings.HasPrefix(nw, "ال") {
				if v, ok := arUnits[nw[len("ال"):]]; ok {
					it.a, lo, hi = j, v, v
					it.g = g.g
					j += 2
					counted = true
				}
			}
			if !counted {
				return it, false
			}
		} else {
			return it, false
		}
	} else if (t.w == "a" || t.w == "an") && single && !ordinals[x.word(j+1, s)] {
		// a [mods] singular noun
		k := j + 1
		for m := 0; k < s.b && m < 4; m++ {
			if g, ok := groupWords[ts[k].w]; ok && g.sing {
				break
			}
			if _, ok := mods[ts[k].w]; ok || (ts[k].cap && !ts[k].ar) || modSuffix(ts[k].w) {
				k++
				continue
			}
			// one noun used as an adjective: "a militia commander"
			if g, ok := groupWords[x.word(k+1, s)]; ok && g.sing && ts[k].k == kWord && !ts[k].ar {
				if _, isM := metricWords[ts[k].w]; !isM {
					k++
				}
			}
			break
		}
		g, ok := groupWords[ts[min(k, s.b-1)].w]
		if k >= s.b || !ok || !g.sing {
			return it, false
		}
		it.a, lo, hi = j, 1, 1
		for m := j + 1; m < k; m++ {
			x.applyMod(&it, ts[m].w)
		}
		it.g = g.g
		j = k + 1
		counted = true
	} else {
		return it, false
	}
	if isNum {
		if _, isYear := yearValue(ts[it.a]); isYear && n == 1 && lo == hi {
			// a year is a date unless a person noun follows
			if g, ok := lookup(groupWords, ts[min(j, s.b-1)]); j >= s.b || !ok || g.g == "" {
				return it, false
			}
		}
	}

	// The counted noun.
	arabic := ts[it.a].ar || (j < s.b && ts[j].ar)
	if !counted {
		if arabic {
			j = x.arabicHead(&it, j, s)
		} else {
			j = x.englishHead(&it, j, s)
		}
		if j < 0 {
			return it, false
		}
	}
	// Suffix qualifiers.
	if j+1 < s.b && ts[j].w == "or" && (ts[j+1].w == "more" || ts[j+1].w == "so") {
		if ts[j+1].w == "more" {
			qk = qAtLeast
		} else {
			qk = qApprox
		}
		j += 2
	} else if j+1 < s.b && x.matchSeq(j, s, []string{"علي", "الاقل"}) {
		qk = qAtLeast
		j += 2
	} else if j < s.b && ts[j].w == "تقريبا" {
		qk = qApprox
		j++
	}
	if arabic && (it.g != "" || it.hasHM) {
		j = x.arabicAfterHead(&it, j, s)
	}
	it.b = j
	x.bounds(&it, qk, lo, hi)
	return it, true
}

// inAgePhrase: is the number at i an age ("aged 5", "aged between 5 and 12")?
func (x *extractor) inAgePhrase(i int, s sentence) bool {
	for k := i - 1; k >= s.a && k >= i-4; k-- {
		switch w := x.ts[k].w; {
		case w == "aged" || w == "age" || w == "ages":
			return true
		case w == "between" || w == "and" || w == "to" || w == "from" || w == "-" || x.ts[k].k == kNum || isNumberWord(w):
		default:
			return false
		}
	}
	return false
}

func (x *extractor) applyMod(it *item, w string) {
	m, ok := mods[w]
	if !ok {
		return
	}
	if m.actor != "" && it.actor == "" {
		it.actor = m.actor
	}
	if m.military {
		it.military = true
	}
	if m.g == Civilians {
		it.civ = true
	}
}

// englishHead reads "[mods] noun" after a count; it returns the index after
// the noun, or j itself when the count stands alone at a boundary, or -1.
func (x *extractor) englishHead(it *item, j int, s sentence) int {
	ts := x.ts
	k := j
	nmods := 0
	for k < s.b && nmods <= 4 {
		t := ts[k]
		if t.ar || t.k == kNum {
			break
		}
		if mw, ok := metricWords[x.word(k+1, s)]; ok && mw.head && groupWords[t.w].sing {
			// "13 civilian casualties": the noun is an adjective here
			k++
			nmods++
			x.applyMod(it, t.w)
			continue
		}
		if g, ok := groupWords[t.w]; ok {
			if t.w == "members" && k > j && ts[k-1].w == "service" {
				g.g = Troops
			}
			if g.role && !g.sing {
				g.g = Combatants
			}
			if t.w == "members" && x.word(k+1, s) == "of" {
				// "members of one family" are people, not fighters
				for m := k + 2; m < s.b && m <= k+5; m++ {
					if w := ts[m].w; w == "family" || w == "families" || w == "household" {
						g.g = People
						for mm := j; mm < k; mm++ {
							x.applyMod(it, ts[mm].w)
						}
						it.g = g.g
						return m + 1
					}
				}
			}
			for m := j; m < k; m++ {
				x.applyMod(it, ts[m].w)
			}
			it.g = g.g
			if it.g == People && it.civ {
				it.g = Civilians
			}
			if it.g == Children && k > j && ts[k-1].w == "adult" || (it.g == Children && x.hasModBetween(j, k, "adult")) {
				it.g = People // "two adult sons"
			}
			k++
			if k+1 < s.b && ts[k].w == "and" {
				// "soldiers and fighters": one count of both
				if g2, ok := groupWords[ts[k+1].w]; ok && !g2.sing {
					k += 2
				}
			}
			x.englishActorAfter(it, k, s)
			return k
		}
		if mw, ok := metricWords[t.w]; ok && mw.head {
			for m := j; m < k; m++ {
				x.applyMod(it, ts[m].w)
			}
			it.hm, it.hasHM, it.hmIdx = mw, true, k
			if g, ok := groupWords[x.word(k+1, s)]; ok && !mw.bodies && !g.sing {
				// "two injured children": the participle qualifies the noun
				it.g = g.g
				if it.g == People && it.civ {
					it.g = Civilians
				}
				return k + 2
			}
			return k + 1
		}
		if _, ok := mods[t.w]; ok {
			k++
			nmods++
			continue
		}
		if t.w == "*" {
			k++
			continue
		}
		if t.w == "(" && k+2 < s.b && ts[k+2].w == ")" {
			k += 3
			continue
		}
		if t.k == kWord && !nonPerson[t.w] && (modSuffix(t.w) || (t.cap && !(strings.HasSuffix(t.w, "s") && len(t.w) > 3))) {
			k++
			nmods++
			continue
		}
		break
	}
	if x.boundaryAfterCount(j, s) && !(j < s.b && nonPerson[ts[j].w]) {
		return j
	}
	return -1
}

func (x *extractor) hasModBetween(a, b int, w string) bool {
	for k := a; k < b; k++ {
		if x.ts[k].w == w {
			return true
		}
	}
	return false
}

// englishActorAfter reads "soldiers of the Syrian army" for the side.
func (x *extractor) englishActorAfter(it *item, k int, s sentence) {
	if it.actor != "" || k >= s.b || x.ts[k].w != "of" {
		return
	}
	for m := k + 1; m < s.b && m <= k+4; m++ {
		if md, ok := mods[x.ts[m].w]; ok && md.actor != "" {
			it.actor = md.actor
			return
		}
	}
}

// arabicHead reads the noun after an Arabic count: a person noun, a metric
// noun (سبعة شهداء) or a partitive (ستة من أطفالها).
func (x *extractor) arabicHead(it *item, j int, s sentence) int {
	ts := x.ts
	if j >= s.b {
		return j
	}
	if g, ok := lookup(groupWords, ts[j]); ok && !g.list {
		it.g = g.g
		return j + 1
	}
	if mw, ok := lookup(metricWords, ts[j]); ok && mw.head {
		it.hm, it.hasHM, it.hmIdx = mw, true, j
		return j + 1
	}
	if ts[j].w == "من" && j+1 < s.b {
		if g, ok := lookup(groupWords, ts[j+1]); ok && !g.list {
			it.g = g.g
			return j + 2
		}
	}
	if x.boundaryAfterCount(j, s) {
		return j
	}
	return -1
}

// arabicAfterHead reads what follows an Arabic noun: the side (جنود أتراك)
// and the group of a metric noun (جريحاً في صفوف المدنيين).
func (x *extractor) arabicAfterHead(it *item, j int, s sentence) int {
	ts := x.ts
	for k := j; k < s.b && k < j+3; k++ {
		if ts[k].k != kWord {
			break
		}
		if a, ok := arActor(ts[k]); ok {
			if it.actor == "" {
				it.actor = a
			}
			if it.g == Combatants && a != "IS" {
				it.g = Troops // عناصر من قوات النظام: members of a state's forces
			}
			if k == j {
				j++
			}
			continue
		}
		if ts[k].w == "في" && k+2 < s.b && ts[k+1].w == "صفوف" {
			if g, ok := lookup(groupWords, ts[k+2]); ok {
				if it.g == "" || it.g == People {
					it.g = g.g
				}
				return k + 3
			}
		}
		if ts[k].w == "من" && k+1 < s.b && strings.HasPrefix(ts[k+1].w, "ال") && (it.hasHM || it.g == People) {
			if g, ok := lookup(groupWords, ts[k+1]); ok {
				if it.g == "" || it.g == People {
					it.g = g.g
				}
				return k + 2
			}
		}
	}
	return j
}

// arActor reads a nationality or side after an Arabic noun: تركيين،
// الأمريكية، قوات النظام.
func arActor(t tok) (string, bool) {
	if !t.ar {
		return "", false
	}
	if a, ok := lookup(arActors, t); ok {
		return a, true
	}
	w := t.w
	for _, p := range []string{"وال", "ال", "و"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+4 {
			w = w[len(p):]
			break
		}
	}
	for _, st := range arActorStems {
		if strings.HasPrefix(w, st.stem) {
			rest := w[len(st.stem):]
			switch rest {
			case "", "ا", "ه", "ين", "ان", "ون", "يين", "يان", "يون":
				return st.actor, true
			}
		}
	}
	return "", false
}

var arActorStems = []struct{ stem, actor string }{
	{"امريكي", "US"}, {"تركي", "Turkish"}, {"روسي", "Russian"}, {"سوري", "Syrian"},
	{"اسرائيلي", "Israeli"}, {"ايراني", "Iranian"}, {"عراقي", "Iraqi"}, {"فرنسي", "French"},
	{"بريطاني", "British"},
}

// bounds turns a qualifier and a count into min and max.
func (x *extractor) bounds(it *item, qk qualKind, lo, hi int) {
	switch {
	case it.vague:
		it.min, it.hasMin = lo, true
	case lo != hi:
		it.min, it.max, it.hasMin, it.hasMax = lo, hi, true, true
	default:
		switch qk {
		case qAtLeast:
			it.min, it.hasMin = lo, true
		case qMoreThan:
			it.min, it.hasMin = lo+1, true
		case qUpTo:
			it.max, it.hasMax = lo, true
		case qFewerThan:
			it.max, it.hasMax = lo-1, true
		case qApprox:
			it.min, it.max, it.hasMin, it.hasMax, it.approx = lo, lo, true, true, true
		default:
			it.min, it.max, it.hasMin, it.hasMax = lo, lo, true, true
		}
	}
}

// scanPost finds a participle after a count: "13 people were killed",
// "13 people including 6 children, were killed", "طفلتين ورجل قتلوا".
func (x *extractor) scanPost(j int, s sentence) int {
	ts := x.ts
	pp, ppUsed := 0, 0
	for k, steps := j, 0; k < s.b && steps < 14; k, steps = k+1, steps+1 {
		t := ts[k]
		if mw, ok := x.metricAt(k, s); ok && mw.post {
			return k
		}
		if t.w == "lost" && k+2 < s.b && (ts[k+2].w == "lives" || ts[k+2].w == "life") {
			return k
		}
		if (t.w == "—" || t.w == "–" || t.w == "(") && k == j {
			// "Thirteen people — six children, four women — were killed"
			closer := t.w
			if closer == "(" {
				closer = ")"
			}
			m := k + 1
			for ; m < s.b && m < k+16 && ts[m].w != closer; m++ {
			}
			if m >= s.b || ts[m].w != closer {
				return -1
			}
			k = m
			continue
		}
		if t.w == "," && k+1 < s.b && asideWords[ts[k+1].w] || t.w == "including" {
			// skip a breakdown: ", including civilians,"
			m := k + 1
			for ; m < s.b && m < k+12 && ts[m].w != ","; m++ {
			}
			if m >= s.b || ts[m].w != "," {
				return -1
			}
			k = m
			continue
		}
		if postFillers[t.w] {
			pp = 0
			continue
		}
		if t.w == "aged" || t.w == "ages" {
			// "four children aged between 5 and 12 were killed"
			m := k + 1
			for ; m < s.b && m <= k+5; m++ {
				w := ts[m].w
				if ts[m].k != kNum && w != "between" && w != "from" && w != "and" && w != "to" && w != "-" && w != "," && !isNumberWord(w) {
					break
				}
			}
			k = m - 1
			continue
		}
		if postPreps[t.w] {
			if ppUsed += 5; ppUsed > 8 {
				return -1 // a chain of phrases: the participle is another clause's
			}
			pp = 5
			continue
		}
		if pp > 0 && t.k == kWord && !speechVerbs[t.w] {
			if _, ok := lookup(groupWords, t); ok && !t.cap {
				pp--
				continue
			}
			if _, ok := parseNumberOK(ts[:s.b], k); ok {
				return -1
			}
			pp--
			continue
		}
		break
	}
	return -1
}

// asideWords open an aside between a count and its participle: ", including
// civilians,", ", most of them children,".
var asideWords = map[string]bool{
	"including": true, "among": true, "most": true, "mostly": true, "many": true, "all": true,
	"some": true, "mainly": true, "among them": true, "both": true, "none": true,
}

func parseNumberOK(ts []tok, k int) (int, bool) {
	lo, _, _, ok := parseNumber(ts, k)
	return lo, ok
}

// scanPre finds a governing word before a count: "killing 12", "the deaths
// of 13", "مقتل سبعة", "the death toll rose to 24". It returns its index.
func (x *extractor) scanPre(j int, s sentence, direct bool) int {
	ts := x.ts
	for k, steps := j, 0; k >= s.a && steps < 4; k, steps = k-1, steps+1 {
		if mw, ok := x.metricAt(k, s); ok && (mw.pre || mw.toll) {
			return k
		}
		if direct || !preFillers[ts[k].w] {
			break
		}
	}
	if !direct && j >= s.a && ts[j].ar {
		// "قتلت غارة روسية خمسة مدنيين": a subject between verb and count
		for k := j; k >= s.a && k >= j-3; k-- {
			t := ts[k]
			if !t.ar || t.k != kWord {
				break
			}
			if mw, ok := x.metricAt(k, s); ok {
				if mw.pre && arActiveVerbs[t.stem] {
					return k
				}
				break
			}
		}
	}
	if direct || j < s.a || !tollFillers[ts[j].w] {
		return -1
	}
	// a toll word a little further back: "the death toll from Thursday's strikes rose to 24"
	for k := j - 1; k >= s.a && k >= j-8; k-- {
		t := ts[k]
		if t.k == kPunct && t.w != ":" || t.k == kNum {
			return -1
		}
		if mw, ok := x.metricAt(k, s); ok {
			if mw.toll || (t.ar && strings.HasPrefix(t.w, "ال") && mw.head) || (t.w == "dead" && k > s.a && ts[k-1].w == "of") {
				return k
			}
		}
	}
	return -1
}

// arActiveVerbs are Arabic metric verbs that take a subject before their
// object: قتلت غارة خمسة مدنيين.
var arActiveVerbs = map[string]bool{"قتل": true, "قتلت": true, "جرح": true, "جرحت": true, "اصاب": true, "اصابت": true}

// subLead looks for a breakdown marker just before a count ("هم طفلان",
// "including two children") and the metric word it refers back to.
func (x *extractor) subLead(j int, s sentence) int {
	ts := x.ts
	if j < s.a {
		return -1
	}
	isMarker := subMarkers[ts[j].w] || ts[j].w == "(" || (ts[j].w == "them" && j > s.a && ts[j-1].w == "among")
	if !isMarker {
		return -1
	}
	for k := j - 1; k >= s.a && k >= j-6; k-- {
		if ts[k].w == "." || ts[k].w == ";" {
			return -1
		}
		if mw, ok := x.metricAt(k, s); ok && !mw.toll {
			return k
		}
	}
	return -1
}

// inlineLead reads "the dead included two children", "among those killed
// were" just before a count, anywhere in a sentence.
func (x *extractor) inlineLead(j int, s sentence) (Metric, bool) {
	w := func(k int) string { return x.word(k, s) }
	v := w(j)
	if j >= s.a && x.ts[j].ar && strings.HasPrefix(v, "ال") && (w(j-1) == "بين" || w(j-1) == "وبين") {
		// "بين القتلى ثلاثة أطفال": among the dead
		if mw, ok := x.metricAt(j, s); ok && mw.head {
			if mw.m == Casualties && x.prev.ok {
				return x.prev.m, true
			}
			return mw.m, true
		}
	}
	if v != "included" && v != "include" && v != "includes" && v != "were" && v != "are" && v != "was" {
		return "", false
	}
	mw, ok := metricWords[w(j-1)]
	if !ok || mw.toll {
		return "", false
	}
	if p := w(j - 2); p == "the" || p == "those" {
		return mw.m, true
	}
	return "", false
}

// sentenceLead reads a sentence that opens with a breakdown of the previous
// toll ("They included...", "Among the dead were...", "بينهم...").
func (x *extractor) sentenceLead(s sentence, pos int) (Metric, bool) {
	a := s.a
	w := func(k int) string { return x.word(a+k, s) }
	if w(0) == "and" || w(0) == "but" {
		a++
	}
	end, m, fromPrev := -1, Metric(""), false
	switch {
	case (w(0) == "they" || w(0) == "these" || w(0) == "those" || w(0) == "victims") && (w(1) == "included" || w(1) == "include" || w(1) == "includes" || w(1) == "were" || w(1) == "are"):
		end, fromPrev = a+2, true
	case w(0) == "among" && (w(1) == "them" || w(1) == "whom"):
		end, fromPrev = a+2, true
	case w(0) == "among" && (w(1) == "the" || w(1) == "those") && metricWords[w(2)].m != "":
		end, m = a+3, metricWords[w(2)].m
	case (w(0) == "the" || w(0) == "those") && metricWords[w(1)].m != "" && (w(2) == "included" || w(2) == "include" || w(2) == "includes" || w(2) == "were" || w(2) == "are"):
		end, m = a+3, metricWords[w(1)].m
	case w(0) == "بينهم" || w(0) == "وبينهم" || w(0) == "منهم" || w(0) == "ومنهم" || ((w(0) == "ومن" || w(0) == "من") && w(1) == "بينهم"):
		end, fromPrev = a+1, true
		if w(1) == "بينهم" {
			end++
		}
	}
	if end < 0 || pos < end || pos > end+2 {
		return "", false
	}
	if fromPrev {
		if !x.prev.ok {
			return "", false
		}
		return x.prev.m, true
	}
	return m, true
}

// pairMetric turns "killed and injured", "مقتل وجرح" into casualties.
func (x *extractor) pairMetric(k int, m Metric, s sentence) Metric {
	ts := x.ts
	other := func(i int) bool {
		mw, ok := x.metricAt(i, s)
		return ok && !mw.toll && mw.m != m && mw.m != Casualties
	}
	// a second metric word with a count of its own is another clause:
	// "قتلوا وجرح ستة"
	ownCount := func(i int) bool {
		if i >= s.b {
			return false
		}
		_, ok := parseNumberOK(ts[:s.b], i)
		_, vn := x.matchVague(i, s)
		return ok || vn > 0
	}
	if k+2 < s.b && (ts[k+1].w == "and" || ts[k+1].w == "or") && other(k+2) && !ownCount(k+3) {
		return Casualties
	}
	if k+1 < s.b && hasWaw(ts[k+1]) && other(k+1) && !ownCount(k+2) {
		return Casualties
	}
	if mw, ok := x.metricAt(k-2, s); ok && mw.pre && (ts[k-1].w == "and" || ts[k-1].w == "or") && other(k-2) {
		return Casualties
	}
	if mw, ok := x.metricAt(k-1, s); ok && mw.pre && hasWaw(ts[k]) && other(k-1) {
		return Casualties
	}
	return m
}

// quantity reads a count (and the counts coordinated with it) at i, binds
// it to a metric word and emits its figures and breakdown.
func (x *extractor) quantity(i int, s sentence) bool {
	ts := x.ts
	if t := ts[i]; t.k == kWord && !t.ar && !countStarters[t.w] && !isNumberWord(t.w) {
		return false // most words cannot open a count: skip the full parse
	}
	single := !ts[i].ar || x.scanPre(i-1, s, true) >= 0
	first, ok := x.parseItem(i, s, single, false)
	if !ok {
		return false
	}
	var buf [8]item
	list := append(buf[:0], first)
	for len(list) < len(buf) {
		last := list[len(list)-1]
		if last.hasHM {
			break
		}
		k := last.b
		if k >= s.b {
			break
		}
		nk := -1
		switch {
		case ts[k].w == "and" || ts[k].w == "plus":
			nk = k + 1
		case ts[k].w == "," && k+1 < s.b && ts[k+1].w == "and":
			nk = k + 2
		case hasWaw(ts[k]):
			nk = k
		case ts[k].w == "و":
			nk = k + 1
		}
		if nk < 0 && ts[k].w == "," && k+1 < s.b {
			nk = k + 1 // "a man, his wife and their three children"
		}
		possessive := false
		if nk > 0 && nk < s.b && (ts[nk].w == "his" || ts[nk].w == "her" || ts[nk].w == "their") {
			nk++ // "a commander and his two sons"
			possessive = true
		}
		if nk < 0 || nk >= s.b {
			break
		}
		if possessive {
			// "his wife": a singular relative counts one
			if g, ok := groupWords[ts[nk].w]; ok && g.sing && !g.role {
				list = append(list, item{qa: nk - 1, a: nk, b: nk + 1, min: 1, max: 1, hasMin: true, hasMax: true, g: g.g, hmIdx: -1})
				continue
			}
		}
		nx, ok := x.parseItem(nk, s, true, false)
		if !ok || nx.hasHM {
			break
		}
		list = append(list, nx)
	}
	last := list[len(list)-1]

	m, midx, bodies := Metric(""), -1, false
	fromLead := false
	switch {
	case len(list) == 1 && first.hasHM:
		m, midx, bodies = first.hm.m, first.hmIdx, first.hm.bodies
	default:
		if k := x.scanPost(last.b, s); k >= 0 {
			midx = k
		} else if k := x.scanPre(first.qa-1, s, false); k >= 0 {
			midx = k
		} else if k := x.subLead(first.qa-1, s); k >= 0 {
			midx = k
		} else if lm, ok := x.inlineLead(first.qa-1, s); ok {
			m = lm
		} else if lm, ok := x.sentenceLead(s, first.qa); ok {
			m, fromLead = lm, true
		}
		if midx >= 0 {
			if ts[midx].w == "lost" {
				m = Killed
			} else {
				mw, _ := x.metricAt(midx, s)
				m, bodies = mw.m, mw.bodies
				if mw.toll {
					m = x.tollMetric(midx, s)
				}
			}
		}
	}
	if m == "" {
		return false
	}
	if midx >= 0 {
		m = x.pairMetric(midx, m, s)
	}
	src := x.sourceAt(s, first.qa)
	bg := x.backgroundAt(s, first.qa)
	if fromLead && x.prev.ok {
		if !x.hasTemporal(s) {
			bg = x.prev.bg
		}
		if src == "" {
			src = x.prev.src
		}
	}
	qs, qe := first.qa, last.b
	if midx >= 0 {
		qs, qe = min(qs, midx), max(qe, midx+1)
	}
	for _, it := range list {
		x.emit(it, m, bodies, src, bg, qs, qe)
	}
	for k := first.qa; k < max(last.b, midx+1) && k < s.b; k++ {
		if k >= first.qa && (k < last.b || k == midx) {
			x.used[k] = true
		}
	}
	x.prev.ok, x.prev.m, x.prev.bg, x.prev.src = true, m, bg, src
	if len(list) == 1 {
		x.breakdown(last.b, midx, s, m, src, bg)
	}
	return true
}

func (x *extractor) tollMetric(k int, s sentence) Metric {
	if k > s.a {
		switch x.ts[k-1].w {
		case "casualty":
			return Casualties
		case "injury":
			return Injured
		}
	}
	if k+1 < s.b {
		if mw, ok := x.metricAt(k+1, s); ok && !mw.toll {
			return mw.m
		}
	}
	return Killed
}

// breakdown reads "including six children and four women" / "بينهم طفل وست
// نساء" after a head count; each part inherits the head's metric.
func (x *extractor) breakdown(from, midx int, s sentence, m Metric, src string, bg bool) {
	ts := x.ts
	p := -1
	closer := ""
	for k := from; k < s.b && k < from+12; k++ {
		t := ts[k]
		if k == midx || x.used[k] {
			continue
		}
		if subMarkers[t.w] || (t.w == "among" && k+1 < s.b && (ts[k+1].w == "them" || ts[k+1].w == "whom")) || (t.w == "of" && k+1 < s.b && ts[k+1].w == "whom") {
			p = k + 1
			if t.w == "among" || t.w == "of" {
				p++
			}
			break
		}
		if (t.w == "ومن" || t.w == "من") && k+1 < s.b && ts[k+1].w == "بينهم" {
			p = k + 2
			break
		}
		if (t.w == "(" || t.w == "—" || t.w == "–") && k == from {
			p, closer = k+1, t.w
			if t.w == "(" {
				closer = ")"
			}
			break
		}
		if n, g, end, ok := x.partitive(k, s); ok {
			// "three of them children", "ثلاثة منهم أطفال"
			it := item{qa: k, a: k, b: end, min: n, max: n, hasMin: true, hasMax: true, g: g}
			x.emit(it, m, false, src, bg, k, end)
			for u := k; u < end; u++ {
				x.used[u] = true
			}
			return
		}
		if t.w == "." || t.w == ";" || t.w == "؛" {
			return
		}
		if _, ok := x.metricAt(k, s); ok {
			return
		}
		if _, ok := parseNumberOK(ts[:s.b], k); ok {
			return
		}
	}
	if p < 0 {
		return
	}
	if p < s.b && (ts[p].w == "were" || ts[p].w == "are") {
		p++
	}
	for n := 0; n < 8 && p < s.b; n++ {
		if closer != "" && ts[p].w == closer {
			return
		}
		it, ok := x.parseItem(p, s, true, true)
		if !ok || it.hasHM {
			return
		}
		if post := x.scanPost(it.b, s); post >= 0 && post == it.b {
			return // "بينهم ... قتلوا": a clause of its own
		}
		if it.g != "" {
			x.emit(it, m, false, src, bg, it.qa, it.b)
		}
		for k := it.qa; k < it.b; k++ {
			x.used[k] = true
		}
		p = it.b
		if p >= s.b {
			return
		}
		switch w := ts[p].w; {
		case w == "," || w == "،" || w == "and" || w == "مع" || w == "plus" || w == "و":
			p++
			if p < s.b && ts[p].w == "and" {
				p++
			}
		case w == "as" && p+2 < s.b && ts[p+1].w == "well" && ts[p+2].w == "as":
			p += 3
		case hasWaw(ts[p]):
		default:
			return
		}
	}
}

// partitive reads "three of them children", "ثلاثة منهم أطفال".
func (x *extractor) partitive(k int, s sentence) (int, Group, int, bool) {
	lo, hi, n, ok := parseNumber(x.ts[:s.b], k)
	if !ok || lo != hi {
		return 0, "", 0, false
	}
	j := k + n
	switch {
	case x.word(j, s) == "of" && (x.word(j+1, s) == "them" || x.word(j+1, s) == "whom"):
		j += 2
		if w := x.word(j, s); w == "were" || w == "are" {
			j++
		}
	case x.word(j, s) == "منهم" || x.word(j, s) == "منهن":
		j++
	default:
		return 0, "", 0, false
	}
	if j >= s.b {
		return 0, "", 0, false
	}
	g, ok := lookup(groupWords, x.ts[j])
	if !ok || g.list {
		return 0, "", 0, false
	}
	return lo, g.g, j + 1, true
}

// role reads a single named target: "killed IS leader X", "the target was
// killed", "the death of a senior commander".
func (x *extractor) role(i int, s sentence) bool {
	ts := x.ts
	t := ts[i]
	if t.ar || t.k != kWord {
		return false
	}
	g, ok := groupWords[t.w]
	if !ok || !g.role || !g.sing {
		return false
	}
	st := i
	for st-1 >= s.a && i-st < 7 {
		p := ts[st-1]
		_, isMod := mods[p.w]
		if isMod || (p.cap && p.k == kWord && !speechVerbs[p.w]) || p.w == "the" || p.w == "a" || p.w == "an" || p.w == "(" || p.w == ")" || p.w == "*" {
			if _, isM := metricWords[p.w]; isM {
				break
			}
			st--
			continue
		}
		break
	}
	midx := x.scanPost(i+1, s)
	if midx < 0 || midx > i+5 {
		midx = -1
		if k := x.scanPre(st-1, s, false); k >= 0 && k >= st-3 {
			midx = k
		}
	}
	if midx < 0 {
		return false
	}
	mw, _ := x.metricAt(midx, s)
	if mw.m != Killed || mw.toll {
		return false
	}
	it := item{qa: st, a: i, b: i + 1, min: 1, max: 1, hasMin: true, hasMax: true, g: Combatants}
	for k := st; k < i; k++ {
		x.applyMod(&it, ts[k].w)
	}
	src := x.sourceAt(s, st)
	bg := x.backgroundAt(s, st)
	x.emit(it, Killed, false, src, bg, min(st, midx), max(i+1, midx+1))
	for k := st; k <= i; k++ {
		x.used[k] = true
	}
	return true
}

var negHeads = map[string]Metric{
	"casualties": Casualties, "casualty": Casualties, "deaths": Killed, "fatalities": Killed,
	"injuries": Injured, "dead": Killed,
	"اصابات": Injured, "ضحايا": Casualties, "قتلي": Killed, "جرحي": Injured, "خسائر": Casualties,
}

var arNegFillers = map[string]bool{
	"وقوع": true, "التسبب": true, "تسجيل": true, "ان": true, "يسفر": true, "تسفر": true,
	"سقوط": true, "اي": true, "حدوث": true, "عن": true, "وجود": true, "انباء": false,
}

// negation reads a zero: "no US casualties", "no one was hurt",
// "دون وقوع إصابات", "لم يسفر عن خسائر بشرية".
func (x *extractor) negation(i int, s sentence) bool {
	ts := x.ts
	t := ts[i]
	if t.k != kWord {
		return false
	}
	it := item{qa: i, a: i, min: 0, max: 0, hasMin: true, hasMax: true}
	m := Metric("")
	end := -1
	if !t.ar {
		switch {
		case (t.w == "no" || t.w == "nobody" || t.w == "none") && (t.w != "no" || x.word(i+1, s) == "one"):
			k := i + 1
			if t.w == "no" {
				k++
			}
			for n := 0; n < 4 && k < s.b; n++ {
				if mw, ok := x.metricAt(k, s); ok && mw.post {
					m, end = mw.m, k+1
					break
				}
				w := ts[k].w
				if w != "was" && w != "were" && w != "has" && w != "had" && w != "been" && w != "reportedly" && w != "immediately" && w != "of" && w != "them" && w != "is" {
					break
				}
				k++
			}
		case t.w == "no" || t.w == "without":
			k := i + 1
			if t.w == "without" && (x.word(k, s) == "causing" || x.word(k, s) == "any" || x.word(k, s) == "reported") {
				k++
			}
			if x.word(k, s) == "any" || x.word(k, s) == "reported" {
				k++
			}
			for n := 0; n < 4 && k < s.b; n++ {
				w := ts[k].w
				if hm, ok := negHeads[w]; ok {
					for mm := i + 1; mm < k; mm++ {
						x.applyMod(&it, ts[mm].w)
					}
					m, end = hm, k+1
					break
				}
				if g, ok := groupWords[w]; ok && !g.sing && t.w == "no" {
					// "no civilians were hurt"
					if p := x.scanPost(k+1, s); p >= 0 && p <= k+4 {
						for mm := i + 1; mm < k; mm++ {
							x.applyMod(&it, ts[mm].w)
						}
						mw, _ := x.metricAt(p, s)
						it.g = g.g
						if it.g == People && it.civ {
							it.g = Civilians
						}
						m, end = mw.m, p+1
					}
					break
				}
				if _, ok := mods[w]; !ok && w != "further" && w != "other" {
					break
				}
				k++
			}
		}
	} else {
		k := -1
		switch {
		case t.w == "دون" || t.w == "بدون" || t.w == "ودون":
			k = i + 1
		case (t.w == "من" || t.w == "ومن") && x.word(i+1, s) == "دون":
			k = i + 2
		case t.w == "لم" || t.w == "ولم" || t.w == "لا" || t.w == "ولا":
			k = i + 1
		}
		if k < 0 {
			return false
		}
		for n := 0; n < 5 && k < s.b; n++ {
			tk := ts[k]
			if hm, ok := lookup(negHeads, tk); ok {
				if hm == Casualties && strings.HasSuffix(tk.w, "خسائر") && !(x.word(k+1, s) == "بشريه" || x.word(k+1, s) == "في") {
					break
				}
				m, end = hm, k+1
				if x.word(k+1, s) == "بشريه" {
					end++
				}
				break
			}
			if (x.word(k, s) == "احد") && k > i+1 {
				if mw, ok := x.metricAt(k-1, s); ok {
					m, end = mw.m, k+1
				} else if w := x.word(k-1, s); w == "يصب" || w == "يصاب" {
					m, end = Injured, k+1
				}
				break
			}
			w := tk.w
			if w == "يسفر" || w == "تسفر" || w == "يؤد" || w == "تؤد" || w == "تخلف" || w == "يخلف" {
				// "لم تسفر الغارة عن إصابات": the subject may stand before عن
				m2 := k + 1
				for ; m2 < s.b && m2 <= k+7 && ts[m2].k == kWord && ts[m2].w != "عن" && ts[m2].w != "الي"; m2++ {
				}
				if m2 < s.b && (ts[m2].w == "عن" || ts[m2].w == "الي") {
					k = m2 + 1
					continue
				}
			}
			if _, ok := lookup(arNegFillers, tk); ok {
				k++
				continue
			}
			if w == "يصب" || w == "يصاب" || w == "يقتل" || w == "يتسبب" || w == "تتسبب" || w == "يقع" || w == "تقع" || w == "يسجل" || w == "تسجل" || w == "يؤد" || w == "تؤد" || w == "بوقوع" || w == "بسقوط" {
				k++
				continue
			}
			break
		}
	}
	if m == "" || end < 0 {
		return false
	}
	// "لم تسجل إصابات بين المدنيين", "no casualties among civilians"
	if w := x.word(end, s); w == "بين" || w == "among" || w == "في" && x.word(end+1, s) == "صفوف" {
		n := end + 1
		if w == "في" {
			n++
		}
		if g, ok := lookup(groupWords, x.ts[min(n, s.b-1)]); ok && n < s.b && !g.role {
			it.g = g.g
			end = n + 1
		}
	}
	src := x.sourceAt(s, i)
	bg := x.backgroundAt(s, i)
	x.emit(it, m, false, src, bg, i, end)
	for k := i; k < end; k++ {
		x.used[k] = true
	}
	return true
}

// emit appends the figure of one item.
func (x *extractor) emit(it item, m Metric, bodies bool, src string, bg bool, qs, qe int) {
	g := it.g
	if g == "" {
		switch {
		case it.civ:
			g = Civilians
		case it.military && it.actor != "":
			g = Troops
		default:
			g = People
		}
	}
	f := Figure{Metric: m, Group: g, Approx: it.approx, Vague: it.vague, Source: src, Background: bg}
	if it.hasMin {
		v := it.min
		f.Min = &v
	}
	if it.hasMax && !bodies {
		v := it.max
		f.Max = &v
	}
	if it.actor != "" && (g == Troops || g == Combatants) {
		a := it.actor
		f.Actor = &a
	}
	if qe-qs > 30 {
		qe = qs + 30
	}
	if qs >= 0 && qe > qs && qe <= len(x.ts) {
		f.Quote = strings.TrimSpace(x.text[x.ts[qs].s:x.ts[qe-1].e])
	}
	x.figs = append(x.figs, f)
}

func (x *extractor) sentenceTemporals(s sentence) []temporal {
	if !x.tmReady {
		x.tm = x.temporals(s.a, s.b, x.tm[:0])
		x.tmReady = true
	}
	return x.tm
}

func (x *extractor) hasTemporal(s sentence) bool {
	return len(x.sentenceTemporals(s)) > 0
}

func (x *extractor) backgroundAt(s sentence, pos int) bool {
	past, _ := nearestPast(x.sentenceTemporals(s), pos)
	return past
}

// dedupe drops a figure restated by the same source: same metric, group,
// actor, bounds, vagueness and background, same source key.
func dedupe(figs []Figure) []Figure {
	if len(figs) < 2 {
		return figs
	}
	type key struct {
		m              Metric
		g              Group
		actor, src     string
		min, max       int
		hasMin, hasMax bool
		bg, vague      bool
	}
	seen := make(map[key]bool, len(figs))
	out := figs[:0]
	for _, f := range figs {
		k := key{m: f.Metric, g: f.Group, src: SourceKey(f.Source), bg: f.Background, vague: f.Vague}
		if f.Actor != nil {
			k.actor = *f.Actor
		}
		if f.Min != nil {
			k.min, k.hasMin = *f.Min, true
		}
		if f.Max != nil {
			k.max, k.hasMax = *f.Max, true
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return out
}
