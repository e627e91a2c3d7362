package figures

// Reading a count of people: a number, a vague word or a counting noun,
// with its qualifier, the noun it counts and what that says about the group
// and the side.

import "strings"

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
	others         bool // "three others": the people of a count told before
	unit           bool // a noun that counts several ("a couple"): not added to others
	ord            bool // an ordinal: "a third child"
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
		if k == 0 && x.ts[i].ar && (stripWawBa(tw) == w || x.ts[i].stem == w) {
			continue // "وبأكثر", "لأكثر من"
		}
		return false
	}
	return true
}

// stripWawBa drops a leading و، ب or وب. It is asked of nearly every
// Arabic token by many rules, so it compares the two bytes of each letter
// (و is D9 88, ب is D8 A8 in UTF-8) rather than calling a string compare
// per prefix; TestStripWawBa holds it to the prefix rule.
func stripWawBa(w string) string {
	if len(w) <= 2 {
		return w
	}
	if w[0] == 0xD9 && w[1] == 0x88 { // و
		if len(w) > 4 && w[2] == 0xD8 && w[3] == 0xA8 { // وب
			return w[4:]
		}
		return w[2:]
	}
	if w[0] == 0xD8 && w[1] == 0xA8 { // ب
		return w[2:]
	}
	return w
}

// firstWords indexes word sequences by their first word so that a token
// is compared only with the sequences that can start with it.
func firstWords(seqs []seq) map[string][]int {
	m := map[string][]int{}
	for i, q := range seqs {
		m[q.words[0]] = append(m[q.words[0]], i)
	}
	return m
}

var (
	qualIndex  = firstWords(qualifiers)
	vagueIndex = firstWords(vagueWords)
)

// ordinals: "a sixth civilian" is one of a count told elsewhere.
var ordinals = map[string]bool{
	"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true,
	"eighth": true, "ninth": true, "tenth": true, "further": true, "single": false,
}

// countStarters are the English words that may open a count.
var countStarters = func() map[string]bool {
	m := map[string]bool{"a": true, "an": true, "half": true, "his": true, "her": true, "their": true}
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
	if !t.in(lCount) {
		return nil // no form of the word is a key (index is qualIndex or vagueIndex)
	}
	if c, ok := index[t.w]; ok {
		return c
	}
	if t.ar {
		if c, ok := index[stripWawBa(t.w)]; ok {
			return c
		}
		return index[t.stem]
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
	if i > s.a && x.ts[i].ar && sinceSuperlatives[stripWawBa(x.ts[i-1].w)] {
		return 0, 0 // "أكبر عدد من الضحايا": the largest number, no count
	}
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
		case "في", "جراء", "اثر", "نتيجه", "علي", "خلال", "منذ", "اخرين", "اخرون", "هم", "وهم", "بينهم", "منهم", "حتي", "فقط":
			return true
		}
		return strings.HasPrefix(t.w, "ب") || strings.HasPrefix(t.w, "و")
	}
	if countBoundaries[t.w] {
		return true
	}
	switch t.w {
	case "suffered", "sustained", "received":
		return x.woundsAhead(k, s) // "and two suffered burns"
	}
	if reportParticiples[t.w] && x.word(k+1, s) == "by" {
		return true // "the toll of 10 given by rescuers": who gave the count
	}
	return false
}

// countBoundaries end a count with no noun: a word that cannot modify or
// head a noun of people opens what follows it. Prepositions and
// determiners are closed classes, given whole ("killed 3 outside the
// hospital", "put at 22 a few hours earlier"); the rest are the
// conjunctions, auxiliaries and adverbs of time that follow a count.
var countBoundaries = map[string]bool{
	// prepositions ("of" and "to" are read with the count: "two of them", "5 to 7")
	"about": true, "above": true, "across": true, "after": true, "against": true, "along": true,
	"alongside": true, "amid": true, "amidst": true, "among": true, "amongst": true, "around": true,
	"as": true, "at": true, "before": true, "behind": true, "below": true, "beneath": true,
	"beside": true, "besides": true, "between": true, "beyond": true, "by": true, "despite": true,
	"during": true, "except": true, "following": true, "for": true, "from": true, "in": true,
	"including": true, "inside": true, "into": true, "near": true, "off": true, "on": true,
	"onto": true, "outside": true, "over": true, "per": true, "since": true, "through": true,
	"throughout": true, "toward": true, "towards": true, "under": true, "until": true, "upon": true,
	"via": true, "with": true, "within": true, "without": true,
	// determiners: a new noun phrase
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "its": true, "their": true, "our": true,
	// conjunctions, auxiliaries, adverbs of time
	"and": true, "or": true, "but": true, "when": true, "while": true, "because": true, "although": true,
	"were": true, "was": true, "have": true, "had": true, "are": true, "more": true, "others": true,
	"overnight": true, "today": true, "yesterday": true, "earlier": true, "later": true,
}

// reportParticiples say who gave a count, in a reduced relative clause
// after it: "the toll of 10 given by rescuers".
var reportParticiples = map[string]bool{
	"given": true, "reported": true, "cited": true, "announced": true, "provided": true,
	"released": true, "published": true, "issued": true, "recorded": true, "documented": true,
	"confirmed": true, "quoted": true, "compiled": true, "offered": true,
}

// parseItem reads a count of people at ts[i]. single allows a count carried
// by a singular noun (a child, مدني); inList allows words that count only
// inside a breakdown (أم).
func (x *extractor) parseItem(i int, s sentence, single, inList bool) (item, bool) {
	x.steps++
	ts := x.ts
	it := item{qa: i, hmIdx: -1}
	j := i
	qk, qn := x.matchQual(j, s)
	j += qn
	if j >= s.b {
		return it, false
	}
	lo, hi, n, isNum := parseNumber(ts[:s.b], j)
	if !isNum && qn == 0 && x.ordinalCount(j, s) {
		// "a third child was injured", "وأصيب ثالث": one more
		lo, hi, n, isNum = 1, 1, 1, true
		it.ord = true
		if !ts[j].ar {
			n = 2
		}
	}
	if isNum && (i > s.a && (ts[i-1].w == "from" || ts[i-1].w == "No") || x.inAgePhrase(i, s) || x.dayOfMonth(j, s)) {
		return it, false
	}
	if !isNum && qn > 0 {
		// "some" alone is vague, not a qualifier
		j, qk, qn = i, qNone, 0
	}
	if qk == qFrom && x.arFamilyOf(i, s) {
		qk = qNone // "عائلة من 5 أفراد": a family of five
	}
	if qk == qFrom && (!x.rangeAhead(j+n, s) || x.riseBefore(i, s) || i > s.a && x.tollWordAt(i-1, s)) {
		return it, false // "from 5" without "to 7"; "the toll rose from 5 to 7"
	}
	counted := false // the count is the noun itself (dual, singular)
	if isNum {
		it.a = j
		j += n
		if qk == qBetween || qk == qFrom || (j < s.b && (ts[j].w == "or" || ts[j].w == "to" || ts[j].w == "الي" || ts[j].w == "او") && qk == qNone) {
			k := j
			if k < s.b && (ts[k].w == "and" || ts[k].w == "or" || ts[k].w == "to" || ts[k].w == "و" || ts[k].w == "الي" || ts[k].w == "او") {
				k++
			}
			if k < s.b {
				if lo2, _, n2, ok := parseNumber(ts[:s.b], k); ok && lo2 > lo {
					hi = lo2
					j = k + n2
					if qk == qBetween || qk == qFrom {
						qk = qNone
					}
				}
			}
			if qk == qFrom {
				return it, false
			}
		}
		if j+1 < s.b && qk == qNone && ts[j].w == "or" && ts[j+1].w == "more" {
			qk = qAtLeast // "15 or more people"
			j += 2
		}
		if h, ok := x.possessedHead(j, s); ok {
			// "8 of its fighters", "three of the group's own volunteers":
			// the noun counted
			if g, ok := groupWords[ts[h].w]; ok && !g.sing {
				if g.role {
					g.g = Combatants
				}
				if (g.g == People || ts[h].w == "members") && x.rescueStaff(ts[h].w, j+1, h, s) {
					g.g = Civilians // "one of its volunteers" of the Civil Defence (figures.md)
				}
				it.g = g.g
				it.b = h + 1
				x.bounds(&it, qk, lo, hi)
				return it, true
			}
		}
		if j+1 < s.b && ts[j].w == "more" && ts[j+1].w == "of" && (x.word(j+2, s) == "the" || x.word(j+2, s) == "those") {
			j++ // "two more of the wounded died": of the wounded, as below
		}
		if j < s.b && !ts[j].ar && ts[j].w == "of" {
			if pit, ok := x.partOfAntecedent(it, j, s, inList); ok {
				// "two of them died", "four of the victims were
				// children", "nine of the wounded he had treated were
				// children": a part of the count told before (antecedent.go)
				x.bounds(&pit, qk, lo, hi)
				return pit, true
			}
			// "three of the wounded were children"; else "one of the helicopters"
			if (x.word(j+1, s) == "the" || x.word(j+1, s) == "those") && j+2 < s.b {
				if g, ok := groupWords[ts[j+2].w]; ok && !g.sing && !g.role && lo > 1 && (g.g == Civilians || g.g == Children || g.g == Women || g.g == Troops) {
					// "19 of the civilians were killed in Idlib": a part
					// of a count, with its own place
					if p := x.scanPost(j+3, s); p >= 0 {
						it.g = g.g
						it.b = j + 3
						x.bounds(&it, qk, lo, hi)
						return it, true
					}
				}
				if mw, ok := metricWords[ts[j+2].w]; ok && (mw.head || mw.post) && !mw.bodies {
					it.hm, it.hasHM, it.hmIdx = mw, true, j+2
					j += 3
					if g, ok := groupWords[x.word(j, s)]; ok && !g.sing && !g.role && mw.head {
						it.g = g.g // "two of the wounded children"
						j++
					} else if w := x.word(j, s); (w == "were" || w == "are" || w == "was") && j+1 < s.b {
						if g, ok := groupWords[ts[j+1].w]; ok && !g.role {
							if ts[j+1].w == "members" && !x.armedMembers(j+1, j+1, s) {
								g.g = People // "were members of one family"
							}
							it.g = g.g
							j += 2
						}
					}
					it.b = j
					x.bounds(&it, qk, lo, hi)
					return it, true
				}
			}
			return it, false
		}
	} else if v, vn := x.matchVague(j, s); vn > 0 {
		it.a = j
		it.vague = true
		lo, hi = v, v
		j += vn
		it.others = vn > 1 && arOthers(ts[j-1]) // "عدد آخر": more of the same
		if j < s.b && (ts[j].w == "of" || ts[j].w == "من") && vn == 1 && ts[it.a].w != "some" && ts[it.a].w != "several" && ts[it.a].w != "multiple" {
			j++
		}
	} else if t := ts[j]; t.ar {
		if g, ok := lookup(groupWords, t); ok && g.n == 0 && strings.HasSuffix(t.w, "ا") && (x.postVerbAt(j+1, s) || x.arHeadOfKin(j, s)) {
			// (or the object before his kin: "قتلت الغارة رجلاً وأبناءه")
			// "إن طفلاً قُتل": a singular noun in the accusative, then its verb
			if g1, ok := groupWords[strings.TrimSuffix(t.w, "ا")]; ok && g1.n == 1 {
				it.a, lo, hi = j, 1, 1
				it.g = g1.g
				j++
				if arOrdinalAdj[x.word(j, s)] {
					j++ // "شخصاً رابعاً توفي"
				}
				counted = true
			}
		}
		if counted {
		} else if g, ok := lookup(groupWords, t); ok && g.n > 0 && (g.n == 2 || single || g.n == 1 && arOneAt(ts, j+1, s.b) || (g.list && inList)) && (!g.list || inList) {
			it.a, lo, hi = j, g.n, g.n
			it.g = g.g
			it.others = arOthers(t)
			j++
			counted = true
			if g.n == 1 && arOneAt(ts, j, s.b) {
				j++ // "مدني واحد": the cardinal one follows its noun
			}
			it.g = x.arMasculineOwned(j-1, it.g) // "جاره": his neighbour
			j = x.arCousin(&it, j, s)            // "ابن عمه": a cousin, no child
			if arBrotherNoun(t) && x.arBrethren() {
				it.g = Combatants // "وأصيب أخوان" in a faction's own voice: fellow members
			}
			if g.n == 2 && j < s.b && arTwo[ts[j].w] {
				j++ // "طفلين اثنين"
			}
		} else if mw, ok := lookup(metricWords, t); ok && (mw.dual || (mw.one && (single || arOneAt(ts, j+1, s.b)))) {
			it.a = j
			lo = 1
			if mw.dual {
				lo = 2
			}
			hi = lo
			it.hm, it.hasHM, it.hmIdx = mw, true, j
			j++
			counted = true
			if mw.one && arOneAt(ts, j, s.b) {
				j++ // "قتيل واحد وثلاثة جرحى"
			}
		} else if g, ok := lookup(groupWords, t); ok && g.n == 0 && j+1 < s.b {
			// noun then defined number: أطفالها الستة
			nw := ts[j+1].w
			if arTwo[nw] {
				// "مدنيين اثنين": a plural noun, then two
				it.a, lo, hi = j, 2, 2
				it.g = g.g
				j += 2
				counted = true
			}
			if !counted && strings.HasPrefix(nw, "ال") {
				if v, ok := arUnits[nw[len("ال"):]]; ok {
					it.a, lo, hi = j, v, v
					it.g = g.g
					j += 2
					counted = true
				}
			}
			if !counted {
				// "عسكريين سوريين اثنين", "مدنيين ثلاثة": a number word after
				// the noun and its adjectives closes the count (arabic.go)
				if k, v, actor := x.arNumberAfterNoun(j, s); k > 0 {
					it.a, lo, hi = j, v, v
					it.g = g.g
					if actor != "" {
						it.actor = actor
					}
					j = k
					counted = true
				}
			}
			if !counted {
				return it, false
			}
		} else {
			return it, false
		}
	} else if (t.w == "his" || t.w == "her" || t.w == "their") && single && qn == 0 && x.scanPre(j-1, s, true) >= 0 {
		// "killing a child and injuring his mother"
		g, ok := groupWords[x.word(j+1, s)]
		if !ok || !g.sing || g.role {
			return it, false
		}
		it.a, lo, hi, it.g = j+1, 1, 1, g.g
		j += 2
		counted = true
	} else if (t.w == "a" || t.w == "an") && single && !ordinals[x.word(j+1, s)] {
		// a [mods] singular noun
		k := j + 1
		for m := 0; k < s.b && m < 4; m++ {
			if g, ok := groupWords[ts[k].w]; ok && g.sing {
				if n, ok := groupWords[x.word(k+1, s)]; ok && n.sing && !g.role && n.n <= 1 {
					k++ // "a volunteer nurse": the last noun is the head
				}
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
		if k >= s.b || !ok || !g.sing || g.n > 1 && x.word(k+1, s) == "of" {
			return it, false // ("a couple of days")
		}
		it.a, lo, hi = j, 1, 1
		if g.n > 1 {
			lo, hi, it.unit = g.n, g.n, true // "a couple": two
		}
		for m := j + 1; m < k; m++ {
			x.applyMod(&it, ts[m].w)
		}
		it.g = g.g
		if (it.g == People || ts[k].w == "member") && (it.civ || x.rescueStaff(ts[k].w, j+1, k, s)) {
			// "a civil defence volunteer", "a member of the hospital
			// staff" (a member of other bodies is a fighter)
			it.g = Civilians
		}
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
	} else if j+1 < s.b && qk == qNone && ts[j].w == "at" && ts[j+1].w == "least" && isNum {
		qk = qAtLeast // "twenty civilians at least died"
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
		if qk == qNone && j+1 < s.b && x.matchSeq(j, s, []string{"علي", "الاقل"}) {
			qk = qAtLeast // "9 عناصر من قوات النظام على الأقل": after the side of the count
			j += 2
		}
	}
	it.b = j
	x.bounds(&it, qk, lo, hi)
	return it, true
}

// arTwo: the number two after a noun ("مدنيين اثنين").
var arTwo = map[string]bool{"اثنين": true, "اثنان": true, "اثنتين": true, "اثنتان": true}

// tollWordAt: a toll word at k ("حصيلة القتلى من 5 إلى 7").
func (x *extractor) tollWordAt(k int, s sentence) bool {
	for j := k; j >= s.a && j >= k-1; j-- {
		if mw, ok := x.metricAt(j, s); ok && mw.toll {
			return true
		}
	}
	return false
}

// rangeAhead: "to", "إلى" and a number at k ("from 5 to 7").
func (x *extractor) rangeAhead(k int, s sentence) bool {
	if k+1 >= s.b || (x.ts[k].w != "to" && x.ts[k].w != "الي") {
		return false
	}
	_, ok := parseNumberOK(x.ts[:s.b], k+1)
	return ok
}

// inAgePhrase: is the number at i an age ("aged 5", "aged between 5 and 12")?
func (x *extractor) inAgePhrase(i int, s sentence) bool {
	for k := i - 1; k >= s.a && k >= i-8; k-- {
		switch w := x.ts[k].w; {
		case w == "aged" || w == "age" || w == "ages":
			return true
		case w == "between" || w == "and" || w == "to" || w == "from" || w == "-" || x.ts[k].k == kNum || x.ts[k].is(cNumberWord):
		case w == "," && k > s.a && (x.ts[k+1].k == kNum || x.ts[k+1].is(cNumberWord)) && (x.ts[k-1].k == kNum || x.ts[k-1].is(cNumberWord)):
			// "aged 2, 5 and 9", "aged four, seven and nine": a list of ages
		default:
			return false
		}
	}
	return false
}

func (x *extractor) applyMod(it *item, w string) {
	m, ok := mods[w]
	if i := strings.IndexByte(w, '-'); !ok && i > 0 && modSuffix(w) {
		m, ok = mods[w[:i]] // "IS-linked", "HTS-affiliated"
	}
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
	if k+1 < s.b && (ts[k].w == "belonged" || ts[k].w == "belong") && ts[k+1].w == "to" {
		// "12 belonged to HTS": fighters of an armed group
		for m := k + 2; m < s.b && m <= k+6; m++ {
			w := ts[m].w
			if md, ok := mods[w]; ok && armedActors[md.actor] || armedWords[w] {
				it.g = Combatants
				if md.actor != "" && armedActors[md.actor] {
					it.actor = md.actor
				}
				return m + 1
			}
			if ts[m].k != kWord {
				break
			}
		}
	}
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
		if g, ok := groupWords[t.w]; ok && g.sing && k+1 < s.b && groupWordsSing(ts[k+1].w) && !g.role {
			// "a volunteer nurse": the first noun is a modifier
			k++
			nmods++
			continue
		}
		if g, ok := groupWords[t.w]; ok {
			if t.w == "members" && k > j && ts[k-1].w == "service" {
				g.g = Troops
			}
			if t.w == "elements" && (x.hasModBetween(j, k, "regime") || x.hasModBetween(j, k, "government") || x.hasModBetween(j, k, "army")) {
				g.g = Troops // "88 regime elements", the word of official statements
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
			if t.w == "members" && g.g == Combatants && !x.armedMembers(j, k, s) {
				// members of a rescue team, a family, a council: people
				g.g = People
			}
			// "members of the regime forces", "members of the hospital staff":
			// the body they belong to tells their group
			var ofEnd int
			g.g, ofEnd = x.membersOf(t.w, g.g, j, k, s)
			for m := j; m < k; m++ {
				x.applyMod(it, ts[m].w)
			}
			it.g = g.g
			it.others = t.w == "others" && k == j || g.g != People && x.hasModBetween(j, k, "other")
			if it.g == People && (it.civ || x.rescueStaff(t.w, j, k, s)) {
				it.g = Civilians // "civilian workers"; "a civil defence volunteer"
			}
			if it.g == Children && k > j && ts[k-1].w == "adult" || (it.g == Children && x.hasModBetween(j, k, "adult")) {
				it.g = People // "two adult sons"
			}
			k++
			if ofEnd > 0 {
				k = ofEnd
			}
			if e, g2, ok := x.conjunctHead(k, s); ok {
				// "soldiers and fighters", "patients and medical staff",
				// "soldiers and pro-government militiamen": one count of both
				it.g = bothGroups(it.g, g2)
				k = e
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
		if t.cap && t.k == kWord && !t.ar && demonym(t.w) && k == j {
			if n := x.word(k+1, s); n == "," || n == "were" || n == "died" || n == "have" || n == "had" || n == "are" {
				// "At least 12 Lebanese, including nine teenagers, died": people
				x.applyMod(it, t.w)
				if it.g == "" {
					it.g = People
				}
				return k + 1
			}
		}
		if t.k == kWord && !nonPerson[t.w] && (modSuffix(t.w) || t.cap && (!(strings.HasSuffix(t.w, "s") && len(t.w) > 3) || x.groupAhead(k+1, s))) {
			// a name ending in s is a plural noun ("two Americans") unless a
			// noun of people follows ("two Hamas commanders", "two Hurras
			// al-Din fighters")
			k++
			nmods++
			continue
		}
		if (t.w == "'" || t.w == "‘" || t.w == "’" || t.k == kQuote) && x.groupAhead(k+1, s) || t.w == "-" && nmods > 0 && k > j {
			k++ // "three 'high-value' operatives"
			continue
		}
		if t.k == kWord && !t.cap && nmods < 3 && !nonPerson[t.w] && !victimStops[t.w] && !headStops[t.w] && x.groupAhead(k+1, s) {
			// an unknown modifier before a known noun: "two hardline fighters"
			k++
			nmods++
			continue
		}
		if x.unknownPeople(k, s) || k == j && x.unknownObject(it, k, s) {
			// "five fishermen were killed": a noun outside the lexicon,
			// taken for people only before a passive participle
			for m := j; m < k; m++ {
				x.applyMod(it, ts[m].w)
			}
			it.g = People
			if it.civ {
				it.g = Civilians
			}
			return k + 1
		}
		break
	}
	if x.boundaryAfterCount(j, s) && !(j < s.b && nonPerson[ts[j].w]) {
		return j
	}
	return -1
}

// membersOf reads the of-phrase after the head noun ("members", "member")
// at k of a count whose phrase starts at j: the group of g the body it
// names makes them, and the index after the phrase, or -1 when it names no
// body. "eight members of regime forces" are a state's
// troops; "two members of the prison staff", "three members of the
// security service" are part of the count with their body.
func (x *extractor) membersOf(head string, g Group, j, k int, s sentence) (Group, int) {
	ts := x.ts
	ofEnd := -1
	if head == "members" && x.word(k+1, s) == "of" {
		p := k + 2
		if x.word(p, s) == "the" {
			p++ // "two members of the regime forces"
		}
		if e, ok := x.stateForces(p, s); ok {
			// "eight members of regime forces": a state's troops
			g, ofEnd = Troops, e
		}
	}
	if (head == "members" || head == "member") && x.word(k+1, s) == "of" && (x.word(k+2, s) == "the" || x.word(k+2, s) == "its" || x.word(k+2, s) == "their") {
		// "two members of the prison staff were among those killed",
		// "wounding three members of the security service": the body
		// is part of the count; a security body's are fighters
		for m := k + 3; m < s.b && m <= k+6; m++ {
			w := ts[m].w
			if ts[m].k != kWord || victimStops[w] {
				break
			}
			if _, ok := x.metricAt(m, s); ok {
				break
			}
			if bodyNouns[w] {
				ofEnd = m + 1
				if (w == "service" || w == "force") && ts[m-1].w == "the" && g == People && x.securityBodyBefore(m, w) {
					g = Combatants // "the General Security Service ... three members of the service"
				}
				if w == "forces" && (ts[m-1].w == "security" || ts[m-1].w == "armed") && !x.armedMembers(j, k, s) {
					g = Troops // "members of the security forces" of a state
				}
				if w == "staff" && g == Combatants && !x.armedMembers(j, k, s) {
					g = People
				}
				for q := k + 3; q < m; q++ {
					if ts[q].w == "security" && g == People && !x.rescueStaff(head, j, k, s) {
						g = Combatants
					}
					if healthWords[ts[q].w] && (g == People || staffHeads[w]) {
						g = Civilians // medics are civilians (figures.md)
					}
				}
				break
			}
		}
	}
	return g, ofEnd
}

// stateForces reads the forces of a state at k with no determiner:
// "regime forces", "government forces", "Syrian army forces". It returns
// the index after "forces".
func (x *extractor) stateForces(k int, s sentence) (int, bool) {
	state := false
	for j := k; j < s.b && j <= k+2; j++ {
		switch w := x.ts[j].w; w {
		case "regime", "government", "pro-government", "army", "syrian", "russian", "turkish", "state":
			state = true
		case "forces":
			return j + 1, state
		default:
			return 0, false
		}
	}
	return 0, false
}

// conjunctHead reads a second plural noun joined to a count's head by
// "and" at k, after at most two modifiers ("and medical staff", "and
// pro-government militiamen", "and loyal militiamen"). It returns the index
// after it and its group.
func (x *extractor) conjunctHead(k int, s sentence) (int, Group, bool) {
	if k+1 >= s.b || x.ts[k].w != "and" {
		return 0, "", false
	}
	for j := k + 1; j < s.b && j <= k+3; j++ {
		t := x.ts[j]
		if t.k != kWord || t.ar || t.cap && j > k+1 {
			return 0, "", false
		}
		if g, ok := groupWords[t.w]; ok {
			if g.sing || t.w == "others" {
				return 0, "", false // "two soldiers and a civilian": a list
			}
			return j + 1, g.g, true
		}
		if _, ok := mods[t.w]; !ok && !conjunctMods[t.w] {
			return 0, "", false
		}
	}
	return 0, "", false
}

// conjunctMods qualify the second noun of a count's pair without being
// modifiers of their own elsewhere: "loyal militiamen", "allied gunmen".
var conjunctMods = map[string]bool{"loyal": true, "pro-assad": true, "allied": true, "affiliated": true}

// bothGroups is the group of a count over two nouns: the first when both
// bear arms (figures.md keeps soldiers with their militias as troops) or
// both are the same; civilians when both are non-combatants of a kind
// (women and children); people when the two sides mix.
func bothGroups(a, b Group) Group {
	armed := func(g Group) bool { return g == Troops || g == Combatants }
	civil := func(g Group) bool { return g == Civilians || g == Women || g == Children }
	switch {
	case a == b:
		return a
	case armed(a) && armed(b):
		return a
	case civil(a) && civil(b):
		return Civilians
	}
	return People
}

// unknownPeople: a lower-case plural noun outside the lexicons followed by
// "were/was/have been [adverb] killed|injured|dead" or "died".
func (x *extractor) unknownPeople(k int, s sentence) bool {
	t := x.ts[k]
	if t.k != kWord || t.ar || t.cap || nonPerson[t.w] || len(t.w) < 4 {
		return false
	}
	if !strings.HasSuffix(t.w, "s") && !strings.HasSuffix(t.w, "men") {
		return false
	}
	if _, ok := metricWords[t.w]; ok {
		return false
	}
	if t.is(cSpeech) {
		return false
	}
	aux := false
	for j := k + 1; j < s.b && j <= k+5; j++ {
		w := x.ts[j].w
		switch {
		case w == "were" || w == "was" || w == "been" || w == "are":
			aux = true
		case w == "died" || w == "perished":
			return true
		case postFillers[w]:
		default:
			mw, ok := metricWords[w]
			return ok && mw.post && aux && mw.m != ""
		}
	}
	return false
}

// unknownObject: is the noun at k, outside the lexicon, the people a
// verb of killing or wounding before the count governs ("a car bomb killed
// 20 farmworkers", "kills 12 bakers near Sarmada")? Only a plural agent
// noun, and only as the whole phrase: things counted ("killing 20
// hours ...") are no agents.
func (x *extractor) unknownObject(it *item, k int, s sentence) bool {
	t := x.ts[k]
	if t.k != kWord || t.ar || t.cap || nonPerson[t.w] || len(t.w) < 5 || !strings.HasSuffix(t.w, "s") {
		return false
	}
	if _, ok := metricWords[t.w]; ok || !agentNoun(strings.TrimSuffix(t.w, "s")) || !x.boundaryAfterCount(k+1, s) {
		return false
	}
	p := x.scanPre(it.qa-1, s, false)
	if p < 0 {
		return false
	}
	mw, ok := x.metricAt(p, s)
	// scanPre also stops on a verb of shooting that has no metric word
	// before the count: "shot dead 20 farmworkers" at "dead" (a metric read
	// after its count, "20 dead"), so the verb is the "shot" before it;
	// "gunned down 20 farmworkers" at "gunned"
	return ok && mw.pre && !mw.toll || shootWords[x.word(p-1, s)] || x.word(p, s) == "gunned"
}

// armedWords say that "members" are fighters: "IS members", "members of
// an armed faction".
var armedWords = map[string]bool{
	"is": true, "isis": true, "isil": true, "daesh": true, "islamic": true, "hts": true,
	"qaeda": true, "al-qaeda": true, "armed": true, "militant": true, "jihadist": true,
	"militia": true, "faction": true, "factions": true, "rebel": true, "opposition": true,
	"terrorist": true, "extremist": true, "hayat": true, "tahrir": true, "hezbollah": true,
	"sdf": true, "ypg": true, "pkk": true, "guardians": true, "hurras": true,
}

func (x *extractor) armedMembers(j, k int, s sentence) bool {
	for m := j; m < k; m++ {
		if armedWords[x.ts[m].w] {
			return true
		}
	}
	if x.word(k+1, s) == "of" {
		for m := k + 2; m < s.b && m <= k+6; m++ {
			if armedWords[x.ts[m].w] {
				return true
			}
		}
	}
	return false
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
	if k, ok := x.arCaseOf(it, j, s); ok {
		return k // "250 حالة وفاة"
	}
	if k := x.arCountedAfter(it, j, s); k > 0 {
		return k // "ارتفع إلى ثلاثة عدد الأطفال" (arabic_relatives.go)
	}
	if k := x.arStaffHead(it, j, s); k > 0 {
		return k // "3 من الكوادر الطبية" (arabic_relatives.go)
	}
	if arPrepClitic(ts[j]) {
		// "3 بحالة خطرة": a noun after a preposition is not the counted one
		if x.boundaryAfterCount(j, s) {
			return j
		}
		return -1
	}
	if hasWaw(ts[j]) && !arVocab[ts[j].w] {
		// a noun joined by و is not the counted one: "إلى 40 والجرحى إلى 95"
		if x.boundaryAfterCount(j, s) {
			return j
		}
		return -1
	}
	if g, ok := lookup(groupWords, ts[j]); ok && !g.list {
		it.g = g.g
		it.others = arOthers(ts[j])
		return j + 1
	}
	if x.arWoundedWhoDied(it, j, s) && (stripWawBa(ts[it.a].w) == "احد" || stripWawBa(ts[it.a].w) == "احدي") {
		it.g = People // "وتوفي أحد المصابين": one of the wounded died
		return j + 1
	}
	if mw, ok := lookup(metricWords, ts[j]); ok && mw.head {
		it.hm, it.hasHM, it.hmIdx = mw, true, j
		return j + 1
	}
	if ts[j].w == "من" && j+1 < s.b && x.arWoundedWhoDied(it, j+1, s) {
		it.g, it.actor = x.arWoundedGroup() // "يتوفى اثنان من المصابين": people who died, counted before as wounded
		return j + 2
	}
	if ts[j].w == "من" && j+1 < s.b && x.arOwnRanks(j+1, s) {
		// "6 من عناصرها", "اثنين من رفاقه": the side the pronoun names
		if g, actor, ok := x.arPossessorGroup(it.a, s); ok {
			it.g, it.actor = g, actor
			return j + 2
		}
	}
	if ts[j].w == "من" && j+1 < s.b {
		if e := x.arOriginEnd(j, s); e > 0 && (stripWawBa(ts[j+1].w) == "عائله" || stripWawBa(ts[j+1].w) == "اسره") {
			it.g = People // "٥ من عائلة واحدة": of one family, no part of one more
			return e
		}
		if g, ok := lookup(groupWords, ts[j+1]); ok && !g.list {
			it.g = g.g
			return j + 2
		}
		if x.arOpenHead(it, j+1, s) && strings.HasPrefix(ts[j+1].w, "ال") {
			return j + 2 // "3 من العاملين في المجال الإنساني"
		}
		if h, ok := x.arArmedAt(j+1, s); ok {
			it.g = Combatants // "26 من هيئة تحرير الشام", "4 من "حراس الدين""
			quoted := h > j+1
			end := x.arNameEnd(h+1, s)
			if quoted || !arNamedBefore[stripWawBa(ts[h].w)] || end > h+1 {
				it.actor = x.arArmedName(h, end) // not "3 من الفصيل": no name
			}
			if quoted && end < s.b && ts[end].k == kQuote {
				end++
			}
			return end
		}
		if a, ok := x.arArmyOf(j+1, s); ok && a != "IS" && x.arFactionArmy(j+1, s) < 0 {
			// "و27 من قوات النظام": members of a state's forces, the
			// counted noun left out as the part before named it
			it.g, it.actor = Troops, a
			return j + 3
		}
	}
	if x.boundaryAfterCount(j, s) {
		return j
	}
	if x.arOpenHead(it, j, s) {
		return j + 1 // "3 سوريين", "5 صيادين قتلوا"
	}
	return -1
}

// arabicAfterHead reads what follows an Arabic noun: the side (جنود أتراك)
// and the group of a metric noun (جريحاً في صفوف المدنيين).
func (x *extractor) arabicAfterHead(it *item, j int, s sentence) int {
	ts := x.ts
	j = x.arHeadModifiers(it, j, s)
	if !it.hasHM && it.a == j-1 && x.arConstructSubject(it.a, s) == j+1 {
		return j + 1 // "أن حارس المدرسة أصيب": the genitive, then the verb
	}
	for k := j; k < s.b && k < j+3; k++ {
		if ts[k].k != kWord {
			break
		}
		if _, ok := x.metricAt(k, s); ok || arPrepWord(ts[k].w) {
			break // "قائده قتل بغارة روسية": the side of the strike, not his
		}
		if e := x.arOriginEnd(k, s); e > 0 {
			return e // "من عائلة واحدة" (arabic.go)
		}
		if e := x.arFactionArmy(k, s); e > 0 {
			if it.g == Troops || it.g == Combatants {
				it.g, it.actor = Combatants, "" // "عناصر من الجيش الوطني": a faction
			}
			return e
		}
		if a, ok := arActor(ts[k]); ok {
			if n, ok := x.arArmyOf(k, s); ok {
				a, k = n, k+1 // "من الجيش التركي": the Turkish army, not the Syrian
			}
			if it.actor == "" {
				it.actor = a
			}
			if it.g == Combatants && a != "IS" {
				it.g = Troops // عناصر من قوات النظام: members of a state's forces
			}
			if k == j || x.forcesPhrase(j, k) {
				j = k + 1 // "عنصراً من قوات النظام قتلوا": the participle follows
			}
			continue
		}
		if x.arArmedOf(it, k, s) {
			return x.arNameEnd(k+2, s) // "عنصران من هيئة تحرير الشام"
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

// forcesPhrase: tokens j..k-1 only lead to a side named at k: "من قوات",
// "في صفوف".
func (x *extractor) forcesPhrase(j, k int) bool {
	for m := j; m < k; m++ {
		switch stripWawBa(x.ts[m].w) {
		case "من", "في", "صفوف", "قوات", "القوات", "جيش", "الجيش", "ميليشيا", "ميليشيات", "عناصر", "فصائل":
		default:
			return false
		}
	}
	return true
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
	{"امريكي", "US"}, {"اميركي", "US"}, {"تركي", "Turkish"}, {"روسي", "Russian"}, {"سوري", "Syrian"},
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
			it.max, it.hasMax = max(lo-1, 0), true
		case qApprox:
			it.min, it.max, it.hasMin, it.hasMax, it.approx = lo, lo, true, true, true
		default:
			it.min, it.max, it.hasMin, it.hasMax = lo, lo, true, true
		}
	}
}

// arOthers: آخرون، آخرين، آخران ("others").
func arOthers(t tok) bool {
	switch stripWawBa(t.w) {
	case "اخرين", "اخرون", "اخران", "اخر", "اخري":
		return true
	}
	return false
}

// ordinalWords count one more after a count: "a third child", "ثالث".
var ordinalWords = map[string]bool{
	"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"ثان": true, "ثاني": true, "ثالث": true, "ثالثه": true, "رابع": true, "رابعه": true, "خامس": true, "خامسه": true,
}

// ordinalCount: an ordinal that counts one more person after a count of
// the same sentence: "two were killed and a third child was injured",
// "وأصيب ثالث"; not "a third of", "a third day", "for a second time", nor
// an ordinal on its own ("a sixth civilian died": a step of a toll). The
// binding drops it when it has the metric of the count before (increment).
func (x *extractor) ordinalCount(j int, s sentence) bool {
	ts := x.ts
	if j >= s.b || !x.lastFig.ok || x.lastFig.si != x.si {
		return false
	}
	if ts[j].ar {
		if !ordinalWords[ts[j].w] {
			return false
		}
		mw, ok := x.metricAt(j-1, s)
		return ok && mw.pre && !mw.toll // (وإصابة: a noun that governs)
	}
	if (ts[j].w != "a" && ts[j].w != "an") || j+2 >= s.b || !ordinalWords[ts[j+1].w] {
		return false
	}
	n := ts[j+2]
	if g, ok := groupWords[n.w]; ok && g.sing && !g.role {
		return true // "a third child", "a second woman"
	}
	if n.w == "was" || n.w == "died" {
		return true // "a third was injured"
	}
	return false
}

// dayOfMonth: is the number at j the day of a date ("on May 2 killed",
// "15 February")? Then it counts nobody.
func (x *extractor) dayOfMonth(j int, s sentence) bool {
	if _, ok := dayValue(x.ts[j]); !ok {
		return false
	}
	if j > s.a {
		if _, ok := x.monthAt(j - 1); ok && !x.ts[j-1].ar {
			return true
		}
	}
	if j+1 < s.b {
		if _, ok := x.monthAt(j + 1); ok && !x.ts[j+1].ar {
			return true
		}
	}
	return false
}

// headStops never modify a counted noun: "12 of the fighters", "five or
// six", "three more".
var headStops = map[string]bool{
	"a": true, "an": true, "or": true, "than": true, "per": true, "out": true, "off": true,
	"up": true, "more": true, "people's": true, "not": true, "no": true, "times": true,
	"percent": true, "years": true, "months": true, "days": true, "hours": true, "weeks": true,
}

// groupAhead: does a noun of people follow at k, after at most one more
// modifier or quote ("hardline fighters", "'high-value' PKK operatives")?
func (x *extractor) groupAhead(k int, s sentence) bool {
	for n := 0; n < 4 && k < s.b; n, k = n+1, k+1 {
		t := x.ts[k]
		if g, ok := groupWords[t.w]; ok && !g.sing {
			return true
		}
		if mw, ok := metricWords[t.w]; ok && mw.head && !mw.toll && !t.ar {
			return true // "21 confirmed deaths"
		}
		if _, ok := mods[t.w]; ok || t.cap || t.w == "'" || t.w == "’" || t.k == kQuote {
			continue
		}
		if t.k == kWord && strings.HasPrefix(t.w, "al-") {
			continue // the article of a name: "Hurras al-Din fighters"
		}
		if t.w == "-" && k+1 < s.b {
			k++ // "high-value": the word after the hyphen
			continue
		}
		if n := x.word(k+1, s); t.k == kWord && !t.ar && (n == "-" || n == "'" || n == "’" || k+1 < s.b && x.ts[k+1].k == kQuote) &&
			!nonPerson[t.w] && !victimStops[t.w] && !headStops[t.w] {
			continue // a quoted or hyphenated modifier outside the lexicon: "'high-value'"
		}
		return false
	}
	return false
}

// demonym: a nationality noun used as a plural ("Lebanese", "Syrians",
// "Iraqis", "Afghans").
func demonym(w string) bool {
	for _, suf := range []string{"ese", "ians", "is", "ans", "ks", "chs"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// ageApposition: is the number at i a person's age set off after a name
// ("Mahmoud Hassan, 34, a father of three", "Mahmoud Hassan (34)")?
func (x *extractor) ageApposition(i int, s sentence) bool {
	t := x.ts[i]
	if t.k != kNum || t.ar || i-2 < s.a || i+1 >= s.b {
		return false
	}
	open, close := x.ts[i-1].w, x.ts[i+1].w
	if !(open == "," && close == "," || open == "(" && close == ")") {
		return false
	}
	n, ok := smallNumber(t.w)
	if !ok || n == 0 {
		return false
	}
	name := x.ts[i-2]
	return name.k == kWord && (name.cap || nameParticle(name.w)) && !x.own.places[name.w]
}

// parentOf: is the number at i the children of one parent ("the mother of
// three", "a father of five", "أب لثلاثة أطفال")? The parent is one person
// (figures.md: a described single death), the count describes them.
func (x *extractor) parentOf(i int, s sentence) bool {
	if i >= s.b {
		return false // "injuring his mother": no number after the parent
	}
	t := x.ts[i]
	if !t.ar {
		num := t.k == kNum || t.is(cNumberWord)
		return num && i-2 >= s.a && x.ts[i-1].w == "of" && parentNouns[x.ts[i-2].w]
	}
	if i-1 < s.a || !strings.HasPrefix(t.w, "ل") && !(t.k == kNum && x.ts[i-1].w == "ل") {
		return false
	}
	p := i - 1
	if x.ts[p].w == "ل" {
		p--
	}
	return p >= s.a && (arParentNouns[x.ts[p].w] || arParentNouns[stripWawBa(x.ts[p].w)])
}

var (
	parentNouns   = map[string]bool{"mother": true, "father": true, "parent": true, "mum": true, "mom": true, "dad": true, "grandfather": true, "grandmother": true}
	arParentNouns = map[string]bool{"اب": true, "ام": true, "والد": true, "والده": true, "ابا": true, "اما": true} // folded
)

// pictured: is the count at i the bodies a photo or a video shows
// ("posted photos of the bodies of two children", "صوراً لجثث ثلاثة
// أطفال") after the article's toll? figures.md: a glimpse of victims
// counted already.
func (x *extractor) pictured(i int, s sentence) bool {
	for k := i - 1; k >= s.a && k >= i-6; k-- {
		t := x.ts[k]
		if t.k == kPunct || t.k == kNL {
			return false
		}
		if !t.pic {
			continue
		}
		bodies := false // a photo of a mass grave of 50 tells a count
		for m := k; m < i; m++ {
			if mw, ok := x.metricAt(m, s); ok && mw.bodies {
				bodies = true
			}
		}
		return bodies && x.tollTold()
	}
	return false
}

// pictureNouns are folded.
var pictureNouns = map[string]bool{
	"photo": true, "photos": true, "photograph": true, "photographs": true, "picture": true,
	"pictures": true, "image": true, "images": true, "video": true, "videos": true, "footage": true,
	"صوره": true, "صور": true, "صورا": true, "مقطع": true, "فيديو": true, "تسجيل": true, "لقطات": true,
}

// superlativeAge: is the number at i the age of the oldest or youngest
// victim ("the oldest of the dead was 76", "the youngest victim was just
// four")?
func (x *extractor) superlativeAge(i int, s sentence) bool {
	k := i - 1
	for k >= s.a && (x.ts[k].w == "just" || x.ts[k].w == "only") {
		k--
	}
	if k < s.a || !beWords[x.ts[k].w] {
		return false
	}
	for c := k - 1; c >= s.a && c >= k-6; c-- {
		switch x.ts[c].w {
		case "oldest", "youngest", "eldest":
			return true
		}
	}
	return false
}

// healthWords name the care that medical staff give: its workers are
// civilians like rescuers (figures.md; the gold calls health workers,
// medical workers and hospital staff civilians).
var healthWords = map[string]bool{
	"health": true, "healthcare": true, "health-care": true, "medical": true, "hospital": true, "clinic": true,
}

// staffHeads are the nouns of a body's people after healthWords: "the
// hospital staff", "a health worker".
var staffHeads = map[string]bool{
	"staff": true, "worker": true, "workers": true, "team": true, "teams": true, "personnel": true,
}

// rescueStaff: is the person noun at k (a volunteer, a worker, members) one
// of the rescuers' own staff, named before it or just after ("a civil
// defence volunteer", "a volunteer with the White Helmets")? figures.md:
// they are civilians.
func (x *extractor) rescueStaff(head string, j, k int, s sentence) bool {
	switch head {
	case "volunteer", "volunteers", "worker", "workers", "member", "members", "staff", "team":
	default:
		return false
	}
	for m := max(j-2, s.a); m <= k && m < s.b; m++ {
		if w := x.ts[m].w; (w == "its" || w == "their" || w == "our" || x.possessive(m)) && x.careBodyBefore(m) {
			return true // "the Civil Defence said one of its volunteers died", "the group's own"
		}
		if x.ts[m].w == "rescue" && m < k || healthWords[x.ts[m].w] && m >= k-2 && m < k {
			return true // "three rescue workers", "a health worker", "the medical staff"
		}
	}
	for m := j; m < s.b && m <= k+5; m++ {
		w := x.ts[m].w
		if w == "helmets" || (w == "civil" && (x.word(m+1, s) == "defence" || x.word(m+1, s) == "defense")) {
			return true
		}
		if m > k+1 && healthWords[w] && x.ts[m-1].w == "the" {
			return true // "a member of the hospital staff"
		}
		if m > k && m <= k+3 && x.ownBodyAt(m) {
			return true // "a volunteer from its teams", after the White Helmets
		}
		if m > k && (x.ts[m].k != kWord && x.ts[m].k != kQuote || victimStops[w] && w != "with" && w != "of" && w != "the" && !(w == "from" && m == k+1)) {
			return false // (a body's name may be quoted: a member of the "White Helmets")
		}
	}
	return false
}

// bodyNouns end the of-phrase of "members of the ...": a body of people.
var bodyNouns = map[string]bool{
	"staff": true, "service": true, "services": true, "team": true, "crew": true, "force": true,
	"unit": true, "council": true, "committee": true, "directorate": true, "police": true,
	"forces": true,
}

// securityBodyBefore: was a security body of that noun named in this or the
// two sentences before ("the General Security Service", "the security
// force")? "The service" then refers to it.
func (x *extractor) securityBodyBefore(m int, noun string) bool {
	from := x.sents[max(0, x.si-2)].a
	for j := m - 2; j > from; j-- {
		if x.ts[j].w == noun && x.ts[j-1].w == "security" {
			return true
		}
	}
	return false
}
