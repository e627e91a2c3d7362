package figures

// Binding a count to what happened to the people: the metric word before or
// after it, breakdowns that inherit it, zeros ("no casualties") and single
// named targets.

import "strings"

// ownObjectAhead: is the word at k an active verb of harm with a count of
// its own after it ("and wounded around 240")? The count before belongs to
// another verb.
func (x *extractor) ownObjectAhead(k int, s sentence) bool {
	if mw, ok := x.metricAt(k, s); !ok || !mw.pre {
		return false
	}
	for j := k + 1; j < s.b && j <= k+3; j++ {
		if x.ts[j].k == kNum || x.ts[j].is(cNumberWord) {
			return true
		}
	}
	return false
}

// scanPost finds a participle after a count: "13 people were killed",
// "eleven villagers including 5 minors, were killed", "طفلتين ورجل قتلوا".
func (x *extractor) scanPost(j int, s sentence) int {
	ts := x.ts
	pp, ppUsed := 0, 0
	for k, steps := j, 0; k < s.b && steps < 14; k, steps = k+1, steps+1 {
		x.steps++
		t := ts[k]
		if mw, ok := x.metricAt(k, s); ok && mw.post {
			if t.ar && x.arObjectCount(k+1, s) {
				return -1 // "عناصر من الميليشيا قتلوا ثلاثة مدنيين": they killed
			}
			return k
		}
		if k == j && t.ar {
			if v := x.arRelativeVerb(k, s); v >= 0 {
				return v // "الأطفال الذين استشهدوا" (arabic_relatives.go)
			}
		}
		if k == j && (t.ar || t.k == kQuote) {
			if v := x.arSubjectVerb(k, s); v >= 0 {
				return v // "عنصراً من قوات النظام والمجموعات الرديفة لها قتلوا" (arabic_subject.go)
			}
		}
		if (k == j || k == j+1 && ts[j].w == "قد") && t.ar && arPastVerbs[t.w] && j > s.a && !x.used[j-1] {
			return k // "طفلاً قُتل", "رجل قد قتل": a singular subject, then its verb
		}
		if m := x.arAmongDead(k, s); m >= 0 {
			return m // "وسبعة أطفال بين القتلى"
		}
		if x.arExposedTo(j, k, s) {
			return k // "أصيب 7 مدنيين، بينهم 3 أطفال، بجروح"
		}
		if t.w == "lost" && k+2 < s.b && (ts[k+2].w == "lives" || ts[k+2].w == "life") {
			return k
		}
		if (t.w == "sustained" || t.w == "suffered" || t.w == "received" || t.w == "treated") && x.woundsAhead(k, s) {
			return k // "two soldiers sustained injuries"
		}
		if mw, ok := x.metricAt(k, s); ok && mw.head && !mw.bodies && k >= 2 && ts[k-1].w == "the" && (ts[k-2].w == "among" || ts[k-2].w == "amongst") {
			return k // "were among the casualties"
		}
		if t.w == "among" && x.groupTotalAt(k+1, s) {
			return -1 // "were among the children killed": amongGroup's, of that group
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
		if t.w == "," && !t.ar && x.partitiveAside(k+1, s) {
			// "Seven people, four of them women, were wounded": the
			// part stands between the count and its participle
			if c := x.asideEnd(k+1, s); c > 0 {
				k = c
				continue
			}
		}
		if (t.w == "," || t.w == "،") && k+1 < s.b && asideWords[ts[k+1].w] || t.w == "including" {
			// skip a breakdown: ", including civilians,", "، بينهم خمسة أطفال،"
			// an aside that holds a relative clause may run longer: ", including
			// a child who sold tissues to drivers waiting at the checkpoint,"
			lim := 12
			m := k + 1
			for ; m < s.b && m < k+lim && ts[m].w != "," && ts[m].w != "،"; m++ {
				if ts[m].w == "who" && !t.ar {
					lim = 24
				}
			}
			if m >= s.b || ts[m].w != "," && ts[m].w != "،" {
				if !t.ar && t.w == "including" {
					return x.openAsideVerb(k+1, s) // "30 civilians including 12 children were killed"
				}
				return x.arAsideVerb(k+1, s) // "20 مدنياً، بينهم سبعة أطفال قُتلوا"
			}
			k = m
			continue
		}
		if k == j && t.w == "more" && !t.ar {
			continue // "four more died": the count stood alone before "more"
		}
		if postFillers[t.w] {
			pp = 0
			if t.w == "shot" && x.word(k+1, s) == "and" {
				k++ // "shot and killed"
			}
			continue
		}
		if t.w == "gunned" && x.word(k+1, s) == "down" {
			return k // "two men were gunned down"
		}
		if t.w == "aged" || t.w == "ages" {
			// "four children aged between 5 and 12 were killed"
			m := k + 1
			for ; m < s.b && m <= k+5; m++ {
				w := ts[m].w
				if ts[m].k != kNum && w != "between" && w != "from" && w != "and" && w != "to" && w != "-" && w != "," && !ts[m].is(cNumberWord) {
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
		if (pp > 0 || k > j && ts[k-1].cap) && t.w == "(" && k+2 < s.b && ts[k+1].k == kWord && ts[k+1].cap && ts[k+2].w == ")" {
			k += 2 // "four fighters of the National Front (NFL) killed": its short name
			continue
		}
		if pp > 0 && t.w == "and" && (ts[k-1].w == "," || x.ownObjectAhead(k+1, s)) {
			break // "killed 80 people on Thursday, including six children, and wounded 240": another predicate
		}
		if pp > 0 && t.k == kWord && !t.is(cSpeech) {
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

// openAsideVerb finds the participle after an "including" list that no
// comma closes: "As many as 30 civilians including 12 children and five
// women were killed". Only counts, their nouns and "and" may stand between.
func (x *extractor) openAsideVerb(k int, s sentence) int {
	for j := k; j < s.b && j < k+12; j++ {
		x.steps++
		t := x.ts[j]
		if mw, ok := x.metricAt(j, s); ok && mw.post && j > k {
			return j
		}
		if t.k == kNum || t.w == "and" || beWords[t.w] || t.is(cNumberWord) || t.w == "at" || t.w == "least" {
			continue
		}
		if _, ok := groupWords[t.w]; ok {
			continue
		}
		if _, ok := mods[t.w]; ok {
			continue
		}
		return -1
	}
	return -1
}

// asideWords open an aside between a count and its participle: ", including
// civilians,", ", most of them children,".
var asideWords = map[string]bool{
	"including": true, "among": true, "most": true, "mostly": true, "many": true, "all": true,
	"some": true, "mainly": true, "among them": true, "both": true, "none": true,
	"بينهم": true, "بينهن": true, "منهم": true, "معظمهم": true, "غالبيتهم": true, "اغلبهم": true,
}

// woundsAhead: "sustained (serious) injuries", "suffered wounds".
func (x *extractor) woundsAhead(k int, s sentence) bool {
	for j := k + 1; j < s.b && j <= k+3; j++ {
		if w := x.ts[j].w; w == "injuries" || w == "wounds" || w == "injury" || w == "burns" || w == "fractures" {
			return true
		}
	}
	return false
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
		if k == j && ts[k].k == kQuote && ts[k].ar == false && k > s.a && ts[k-1].ar {
			continue // an Arabic quotation opens after the verb: مقتل "قيادي بارز ..."
		}
		if k == j && ts[k].k == kQuote && k > s.a && !ts[k-1].ar {
			if mw, ok := x.metricAt(k-1, s); ok && mw.pre {
				continue // a verb quoted as the speaker's word: "neutralised" 40 fighters
			}
		}
		if mw, ok := x.metricAt(k, s); ok && (mw.pre || mw.toll) {
			return k
		}
		if k > s.a && shootWords[ts[k-1].w] && ts[k].w == "dead" {
			return k // "gunmen shot dead 20 villagers": dead before its count
		}
		if k > s.a && ts[k-1].w == "gunned" && ts[k].w == "down" {
			return k - 1 // "gunned down three men"
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
	if !direct && j >= s.a && (ts[j].ar || ts[j].k == kQuote || ts[j].w == ":" || ts[j].k == kNum && x.arTimeNumber(j)) {
		if k := x.arEliminateBefore(j, s); k >= 0 {
			return k // "القضاء على 17 إرهابياً" (the object's group is checked by arEliminated)
		}
		if k := x.arDefiniteMetricBefore(j, s); k >= 0 {
			return k // "المصابين 3 سوريين"
		}
		if k := x.arVerbBeforeAdjunct(j, s); k >= 0 {
			return k // "وأصيب نتيجة الانفجار تسعة مدنيين"
		}
		if k := x.arVictimOf(j, s); k >= 0 {
			return k // "وراح ضحية القصف 3 أطفال"
		}
		if k := x.arNumberOfBefore(j, s); k >= 0 {
			return k // "عدد ضحايا الزلزال 232", "عدد الشهداء اليوم 10"
		}
	}
	if !direct && j >= s.a && ts[j].ar && x.numberOf(j, s) {
		// "بلغ عدد الشهداء 20"
		if mw, ok := x.metricAt(j, s); ok && mw.head {
			return j
		}
	}
	if direct || j < s.a || !tollFillers[ts[j].w] {
		return -1
	}
	// a toll word a little further back: "the death toll from Thursday's
	// strikes rose to 24"; after "risen to", "ارتفع ... إلى" the subject
	// may be long: "the death toll from Russian air strikes on a market on
	// the edge of the town has risen to 13"
	rising := (ts[j].w == "to" || ts[j].w == "الي") && j > s.a && riseWords[ts[j-1].w] || surpassWords[ts[j].w]
	back := 8
	if ts[j].w == "to" || ts[j].w == "الي" {
		back = 28
	}
	from := j - 1
	if (ts[j].w == "to" || ts[j].w == "الي") && j-3 >= s.a && ts[j-1].k == kNum && (ts[j-2].w == "from" || ts[j-2].w == "من") {
		// "the toll rose from 5 to 7", "ارتفعت حصيلة القتلى من 5 إلى 7"
		from = j - 3
		rising = rising || riseWords[ts[j-3].w]
		if mw, ok := x.metricAt(j-3, s); ok && mw.toll || x.riseBefore(j-2, s) {
			rising = true
		}
	}
	for k := from; k >= s.a && k >= j-back; k-- {
		x.steps++
		t := ts[k]
		if k < j-8 && !rising {
			// the long subject only with a verb of rising on either side
			if !x.riseBefore(k, s) {
				if t.k == kPunct && t.w != ":" || t.k == kNum || clauseWords[t.w] {
					return -1
				}
				continue
			}
			rising = true
		}
		if t.k == kPunct && t.w != ":" && !(rising && (t.w == "," || t.w == "'" || t.w == "’" || t.w == "-")) || t.k == kNum && !rising || clauseWords[t.w] && !(rising && t.w == "and") && !x.metricPair(k, s) {
			return -1
		}
		if mw, ok := x.metricAt(k, s); ok {
			if mw.toll || (t.ar && strings.HasPrefix(stripWawBa(t.w), "ال") && mw.head) || x.numberOf(k, s) {
				return k
			}
			if ts[j].w == "at" && k == j-1 && mw.head && !t.ar && x.word(k-1, s) == "the" && estimateVerbs[x.word(k-2, s)] {
				return k // "estimated the dead at 40": the metric noun is the toll
			}
			// "deaths rose to 310 and injuries to 1,240": a plural metric
			// noun as the toll, its verb maybe gapped
			if !t.ar && mw.head && !mw.bodies && (rising || k == j-1 && x.riseWithin(k, s, 12)) {
				return k
			}
		}
	}
	return -1
}

// metricPair: is the "and" at k between two metric words ("the toll of
// dead and wounded stood at 52"), inside a noun phrase, not between clauses?
func (x *extractor) metricPair(k int, s sentence) bool {
	if x.ts[k].w != "and" {
		return false
	}
	a, ok1 := x.metricAt(k-1, s)
	b, ok2 := x.metricAt(k+1, s)
	return ok1 && ok2 && (a.head || a.post) && (b.head || b.post) && !a.toll && !b.toll
}

// shootWords open "shot dead", a verb of killing before its object.
var shootWords = map[string]bool{"shot": true, "shoot": true, "shoots": true, "shooting": true}

// riseWords say a toll went up: "has risen to", "ارتفع عدد القتلى إلى".
var riseWords = map[string]bool{
	"risen": true, "rose": true, "rises": true, "rising": true, "climbed": true, "climbs": true,
	"increased": true, "jumped": true, "mounted": true, "grew": true, "reached": true, "soared": true,
	"ارتفع": true, "ارتفعت": true, "وارتفع": true, "وارتفعت": true, "ارتفاع": true, "وصل": true, "وصلت": true,
}

// estimateVerbs put a number on a metric noun: "estimated the dead at 40".
var estimateVerbs = map[string]bool{
	"estimated": true, "estimates": true, "estimate": true, "estimating": true,
	"put": true, "puts": true, "putting": true, "placed": true, "places": true, "set": true,
}

// surpassWords say a toll went past a number: "surpassed 1,500" is 1,501
// or more.
var surpassWords = map[string]bool{
	"surpassed": true, "surpasses": true, "exceeded": true, "exceeds": true, "topped": true,
	"passed": true, "crossed": true,
	// "عدد القتلى تجاوز 120 شخصاً": exceeded, as "surpassed"
	"تجاوز": true, "تجاوزت": true, "وتجاوز": true, "وتجاوزت": true, "يتجاوز": true, "تخطي": true, "تخطت": true, // folded: تخطى
}

// riseWithin: a verb of rising up to n tokens before k ("rose to 310 and
// injuries to 1,240").
func (x *extractor) riseWithin(k int, s sentence, n int) bool {
	for j := k - 1; j >= s.a && j >= k-n; j-- {
		if riseWords[x.ts[j].w] {
			return true
		}
	}
	return false
}

// riseBefore: a verb of rising just before token k ("rose the toll" in
// Arabic order: ارتفع عدد القتلى).
func (x *extractor) riseBefore(k int, s sentence) bool {
	return x.riseWithin(k, s, 3)
}

// arPastVerbs are Arabic past verbs that may follow a singular subject.
var arPastVerbs = map[string]bool{"قتل": true, "قتلت": true, "اصيب": true, "اصيبت": true, "جرح": true, "جرحت": true, "استشهد": true, "استشهدت": true}

// arActiveVerbs are Arabic metric verbs that take a subject before their
// object: قتلت غارة خمسة مدنيين.
var arActiveVerbs = map[string]bool{"قتل": true, "قتلت": true, "جرح": true, "جرحت": true, "اصاب": true, "اصابت": true, "اعدم": true, "اعدمت": true}

// clauseWords open another clause: a toll word before them is not the
// count's ("the toll is unclear but residents spoke to 5 witnesses").
var clauseWords = map[string]bool{
	"but": true, "while": true, "and": true, "though": true, "although": true, "because": true,
	"whereas": true, "لكن": true, "بينما": true, "فيما": true,
}

// numberOf: "the number of (those) killed", "عدد القتلى" before a metric word.
func (x *extractor) numberOf(k int, s sentence) bool {
	for j := k - 1; j >= s.a && j >= k-3; j-- {
		if w := x.ts[j].w; w == "number" || w == "tally" || w == "count" || w == "total" || w == "عدد" {
			return true
		}
	}
	return false
}

// subLead looks for a breakdown marker just before a count ("هم طفلان",
// "including two children") and the metric word it refers back to.
func (x *extractor) subLead(j int, s sentence) int {
	ts := x.ts
	if j < s.a {
		return -1
	}
	isMarker := subMarkers[ts[j].w] || ts[j].w == "(" || (ts[j].w == "them" && j > s.a && ts[j-1].w == "among")
	if !isMarker || ts[j].ar && !x.arSubLead(j, s) {
		return -1 // (arSubLead: "طفلان، هما شقيقان" describes the two)
	}
	for k := j - 1; k >= s.a && k >= j-6; k-- {
		if ts[k].w == "." || ts[k].w == ";" {
			return -1
		}
		if mw, ok := x.metricAt(k, s); ok && !mw.toll {
			return k
		}
	}
	// a head with no number that opens the clause: "Injuries were reported
	// among the displaced, including a girl"
	for k := j - 1; k >= s.a && k >= j-14; k-- {
		t := ts[k]
		if t.k == kNum || t.k == kPunct && t.w != "," || clauseWords[t.w] || t.is(cNumberWord) {
			return -1
		}
		if k == s.a || ts[k-1].k == kPunct && ts[k-1].w != "," {
			if mw, ok := x.metricAt(k, s); ok && mw.head && !mw.toll && !t.ar && x.word(k+1, s) == "were" {
				return k
			}
		}
	}
	return -1
}

// inlineLead reads "the dead included two children", "among those killed
// were" just before a count, anywhere in a sentence.
func (x *extractor) inlineLead(j int, s sentence) (Metric, bool) {
	w := func(k int) string { return x.word(k, s) }
	v := w(j)
	if j > s.a && x.ts[j].ar && v == "ايضا" {
		j-- // "بين القتلى أيضاً معلمتان": among the dead too
		v = w(j)
	}
	if j > s.a && x.ts[j].ar && strings.HasPrefix(v, "ال") && isArNumberWord(strings.TrimPrefix(v, "ال")) {
		j-- // "بين القتلى الخمسة ثلاثة أطفال": the number of the dead
		v = w(j)
	}
	if j-2 > s.a && x.ts[j].ar && (w(j-2) == "بين" || w(j-2) == "وبين") && x.used[j-1] {
		// "ومن بين 12 جريحاً 4 أطفال": a part after the total it is among
		if mw, ok := x.metricAt(j, s); ok && mw.head && !mw.toll && mw.m != Casualties {
			return mw.m, true
		}
	}
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
	p := j - 2
	if t := x.ts[max(p, s.a)]; p >= s.a && (t.k == kNum || t.is(cNumberWord)) {
		p-- // "the eleven dead include five children"
	}
	if w := w(p); w == "the" || w == "those" {
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
	case (w(0) == "among" || w(0) == "of") && (w(1) == "the" || w(1) == "those") && metricWords[w(2)].m != "" && !metricWords[w(2)].toll:
		// "Among the dead were ...", "Of those killed, 12 belonged to HTS"
		end, m = a+3, metricWords[w(2)].m
		if w(3) == "," {
			end++
		}
		if !beWords[w(3)] {
			// "Among the dead in Ariha were ...", "Among those killed,
			// according to medics, were ...": its be-verb past an adjunct,
			// as the individual readers find it (amongCopula)
			if b := x.amongCopula(a+3, s); b > 0 {
				end = b
			}
		}
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
	if mw, ok := x.metricAt(k, s); ok && mw.dual {
		return m // "قتيلان وجريحان": two counts, each its own
	}
	if x.arPairedHeads(k, s) {
		return Casualties // "سقوط قتلى وجرحى بينهم أربعة أطفال"
	}
	other := func(i int) bool {
		mw, ok := x.metricAt(i, s)
		return ok && !mw.toll && mw.m != m && mw.m != Casualties && !mw.dual
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
	if k+2 < s.b && (ts[k+1].w == "and" || ts[k+1].w == "or" || ts[k+1].w == "/") && other(k+2) && !ownCount(k+3) {
		return Casualties
	}
	if k+1 < s.b && hasWaw(ts[k+1]) && other(k+1) && !ownCount(k+2) && !(k+2 < s.b && ts[k+2].ar && (arOthers(ts[k+2]) || x.arOwnSubject(k+2, s))) {
		return Casualties
	}
	if mw, ok := x.metricAt(k-2, s); ok && mw.pre && (ts[k-1].w == "and" || ts[k-1].w == "or") && other(k-2) && !x.used[k-2] {
		return Casualties
	}
	if mw, ok := x.metricAt(k-1, s); ok && mw.pre && hasWaw(ts[k]) && other(k-1) && !x.used[k-1] && !x.arSingleSubject(k-1, s) {
		return Casualties // (a verb with a count of its own: "طفل قتل وأصيب ثلاثة")
	}
	if k-1 > s.a && ts[k].ar && hasWaw(ts[k]) && other(k-1) && x.arTollOf(k-1, s) {
		return Casualties // "حصيلة القتلى والجرحى ١٥": one toll of both, as "the toll of dead and wounded"
	}
	return m
}

// quantity reads a count (and the counts coordinated with it) at i, binds
// it to a metric word and emits its figures and breakdown.
func (x *extractor) quantity(i int, s sentence) bool {
	ts := x.ts
	if t := &ts[i]; t.k == kWord && !t.ar && !t.is(cCountStarter) && (!t.hy || !t.is(cNumberWord)) {
		return false // most words cannot open a count: skip the full parse
	}
	if t := &ts[i]; t.k == kWord && t.ar && !t.arC {
		return false // nor most Arabic words (arCountStart)
	}
	if t := &ts[i]; t.k != kWord && t.k != kNum {
		return false // nor punctuation, which parseItem reads no count at
	}
	if x.ageApposition(i, s) {
		return false // "Hussein al-Ali, 27, a volunteer": an age, not a count
	}
	if x.pictured(i, s) {
		return false // "photos of the bodies of two children": a glimpse
	}
	if x.superlativeAge(i, s) {
		return false // "the youngest victim was four": an age
	}
	if x.parentOf(i, s) {
		return false // "a mother of three", "أب لخمسة أطفال": one person
	}
	single := !ts[i].ar || x.scanPre(i-1, s, true) >= 0 || i+1 < s.b && ts[i+1].ar && x.postVerbAt(i+1, s) || x.arSingleAt(i, s)
	first, ok := x.parseItem(i, s, single, false)
	if !ok {
		return false
	}
	if (ts[i].ar || x.word(i+1, s) != "" && ts[i+1].ar) && (x.arOtherAdjective(i, s) || x.arDenied(i, s) || x.arKnownBody(i, s)) {
		return false // "في هجوم آخر": an adjective; "نفت مقتل": no death told
	}
	if x.arConditionPart(first, s) {
		return true // "بينهم 3 بحالة خطرة": a part by condition, not a group
	}
	var buf [8]item
	list := append(buf[:0], first)
	sided := false // parts of two sides (arSided)
	aside := -1    // a numberless aside on the first part the list went past
	added := false // a part joined by "إضافة إلى", "إلى جانب": told apart
	for len(list) < len(buf) {
		last := list[len(list)-1]
		if last.hasHM {
			break
		}
		k := last.b
		if k >= s.b {
			break
		}
		if ts[k].ar {
			k = x.arSkipAdjectives(k, s) // "رجل مسن وامرأة"
			k = x.arRoleTail(k, s)       // "قيادي بارز في هيئة تحرير الشام واثنان من مرافقيه"
		}
		g := x.arListGap(last, k, s) // "من قوات النظام والميليشيات الرديفة لها، و٢٥ مقاتلاً" (arabic_subject.go)
		if len(list) == 1 && g > k+2 && ts[g].w == "،" && ts[k].w == "،" && asideWords[ts[k+1].w] {
			aside = k // "، بينهم ضابط،": read after the list (below)
		}
		k = g
		nk := -1
		switch {
		case ts[k].w == "and" || ts[k].w == "plus":
			nk = k + 1
		case ts[k].w == "," && k+1 < s.b && ts[k+1].w == "and":
			nk = k + 2
		case x.asWellAs(k, s):
			nk = k + 3 // "killed three fighters as well as a civilian"
		case ts[k].w == "," && x.asWellAs(k+1, s):
			nk = k + 4 // "killed 92 fighters, as well as 15 civilians"
		case postPreps[ts[k].w] && !ts[k].ar:
			// a phrase of the count before "as well as", which joins
			// counts, not the phrase's nouns: "92 fighters from both
			// sides, as well as 15 civilians"
			for m := k + 1; m < s.b && m <= k+5 && ts[m].k == kWord; m++ {
				if x.word(m+1, s) == "," && x.asWellAs(m+2, s) {
					nk = m + 5
					break
				}
			}
		case hasWaw(ts[k]):
			nk = k
		case ts[k].w == "و":
			nk = k + 1
		}
		if nk < 0 && ts[k].w == "،" && k+1 < s.b && (ts[k+1].w == "و" || hasWaw(ts[k+1])) {
			nk = k + 1 // "19 من هيئة تحرير الشام، و8 من الفصائل الباقية"
			if ts[k+1].w == "و" {
				nk++
			}
		}
		if nk < 0 && ts[k].w == "," && k+1 < s.b && !x.speakerAhead(k+1, s) {
			nk = k + 1 // "a man, his wife and their three children"
		}
		if nk < 0 && ts[k].ar && ts[k].w == "من" {
			// "خمسة عناصر من هيئة تحرير الشام وثلاثة جنود": past the side
			// of the first count to a counted noun joined by و
			for m := k + 1; m < s.b && m <= k+6 && (ts[m].k == kWord && ts[m].ar || ts[m].k == kQuote); m++ {
				if hasWaw(ts[m]) && !isArNumberWord(ts[m].w) { // not "من عائلة واحدة"
					if _, ok := x.listItem(m, s); ok {
						nk = m
					}
					break
				}
			}
		}
		if nk < 0 && (ts[k].ar || ts[k].w == "،") {
			nk = x.arAddedTo(k, s) // "مقتل ١٢ مدنياً في البلدة، إضافة إلى خمسة من المقاتلين" (arabic_subject.go)
			added = added || nk >= 0
		}
		if nk < 0 || nk >= s.b {
			break
		}
		nx, ok := x.listItem(nk, s) // "a commander and his two sons"
		if !ok || nx.hasHM {
			break
		}
		if nx.b < s.b && ts[nx.b].is(cSpeech) {
			break // "killed 4 people, three soldiers said": the speakers
		}
		sided = sided || x.arSided(last, s) && x.arSided(nx, s)
		list = append(list, nx)
	}
	last := list[len(list)-1]

	if len(list) == 1 && first.vague && first.hasHM && x.arCareOf(first, s) {
		// "نقل عدد من الجرحى نحو مشافٍ": some of the wounded told already,
		// moved or treated: a part of the toll, not a figure (arabic.go)
		for k := first.qa; k < first.b; k++ {
			x.used[k] = true
		}
		return true
	}
	m, midx, bodies := Metric(""), -1, false
	fromLead := false
	var est estimate
	estOK := false
	switch {
	case len(list) == 1 && first.hasHM:
		m, midx, bodies = first.hm.m, first.hmIdx, first.hm.bodies
		if v := x.arVictimsWhoDied(first, s); v >= 0 {
			m, midx = Killed, v // "6 ضحايا قضوا تحت التعذيب" (arabic_relatives.go)
		}
	default:
		post, pre := x.scanPost(last.b, s), x.scanPre(first.qa-1, s, false)
		if post >= 0 && pre >= 0 && len(list) > 1 {
			// "killed 3 civilians, two women were injured": two clauses;
			// the first count goes with the verb before it, the rest is
			// read again on its own.
			list, last, post = list[:1], first, -1
		}
		// the count is the complement of a verb that numbers a toll: "put
		// the death toll from ... at 27" (estimate.go); its clause says
		// what it counts, whatever verb stands after it
		est, estOK = x.estimateFrame(first.qa-1, s)
		if estOK {
			midx = est.midx
		} else if k := post; k >= 0 {
			midx = k
		} else if k := pre; k >= 0 {
			midx = k
		} else if k := x.subLead(first.qa-1, s); k >= 0 {
			midx = k
		} else if lm, ok := x.inlineLead(first.qa-1, s); ok {
			m = lm
		} else if lm, ok := x.sentenceLead(s, first.qa); ok {
			m, fromLead = lm, true
		} else if lm, ok := x.listLead(first, s); ok {
			m, fromLead = lm, true // a bullet under "The dead were as follows:" (antecedent.go)
		} else if lm, ok := x.arRaisedIt(first, s); ok {
			m, fromLead = lm, true // "قبل أن يرفعها لاحقاً إلى ١٢" (arabic_subject.go)
		} else if lm, ok := x.arPartitive(first, s); ok {
			m, fromLead = lm, true // "2 منهم إصاباتهم حرجة" (arabic.go)
		} else if lm, g, ok := x.arRankingLead(first, s); ok {
			m, fromLead = lm, true // "تلتها درعا بـ 19 مدنياً، ثم حلب بـ 17" (arabic_relatives.go)
			if list[0].g == "" && len(list) == 1 {
				list[0].g = g
			}
		}
		if midx >= 0 {
			if w := ts[midx].w; w == "lost" || w == "gunned" {
				m = Killed
			} else if w == "sustained" || w == "suffered" || w == "received" || w == "treated" {
				m = Injured
			} else {
				mw, _ := x.metricAt(midx, s)
				m, bodies = mw.m, mw.bodies
				if mw.toll {
					m = x.tollMetric(midx, s)
				}
			}
			if estOK {
				m, bodies = est.m, false
			}
		}
	}
	if m == "" {
		if c, hm, ok := x.colonHead(first, s); ok {
			// "The dead were distributed as follows: six in Kafranbel,
			// four in ...": parts by place of a toll told before
			x.breakdown(c, -1, s, hm, x.sourceAt(s, first.qa), x.backgroundAt(s, first.qa), item{g: People})
			return true
		}
		return false
	}
	if len(list) == 1 && midx >= 0 && x.participleAfterPerson(midx, s) && x.laterPredicate(midx, s) {
		return false // "a man wounded in the strike died of his wounds": one death, the individual reader's
	}
	if len(list) == 1 && midx > last.b && x.relativeBefore(midx, s) >= last.b && x.predicateAfterRelative(midx, s) {
		return false // "a woman who was wounded in the raid died in hospital": the death is the clause's own predicate, the individual reader's
	}
	if len(list) == 1 && x.describedOne(first, s) {
		return false // "one of the injured, a 14-year-old boy, died": a person, the individual reader's
	}
	if len(list) == 1 && first.g == "" && first.hasHM && first.hmIdx >= first.a+2 && ts[first.hmIdx-2].w == "of" {
		// "two of the dead were HTS members": the part has a group of its own
		if g, actor, ok := x.partGroup(first.b, s); ok {
			first.g, list[0].g = g, g
			if first.actor == "" {
				first.actor, list[0].actor = actor, actor
			}
		}
	}
	if len(list) == 1 {
		if p, ok := x.woundedWhoDied(first, s); ok {
			// "two of the wounded later died": killed, of no group but
			// their own; a step of a toll told in full is no figure
			if x.newTollAhead(max(first.b, p+1), s) {
				for k := first.qa; k < first.b; k++ {
					x.used[k] = true
				}
				x.used[p] = true
				return true
			}
			g := list[0].g
			list[0] = item{qa: first.qa, a: first.a, b: first.b, min: first.min, max: first.max, hasMin: first.hasMin, hasMax: first.hasMax, approx: first.approx, g: g, hmIdx: -1}
			first, last = list[0], list[0]
			m, midx, bodies = Killed, p, false
		}
	}
	if len(list) == 1 && x.increment(first, m, midx, s) {
		// "two more people died, bringing the toll to 14", "two of the
		// wounded died in hospital": a step of a toll told in full, or
		// people counted already; not a figure of its own
		for k := first.qa; k < first.b; k++ {
			x.used[k] = true
		}
		return true
	}
	if midx >= 0 && len(list) == 1 && (first.g == "" || first.g == People) && !first.hasHM {
		// "the civilian death toll rose to 9", "عدد الضحايا المدنيين إلى 9"
		if g, ok := x.tollGroup(midx, s); ok {
			list[0].g = g
		} else if estOK && est.g != "" {
			list[0].g, list[0].actor = est.g, est.actor // "put the number of Russian soldiers killed at 12"
		}
	}
	if len(list) == 1 && list[0].g == Troops && midx > last.b && x.ts[midx].ar && x.arBothSides(last.b, midx, s) {
		list[0].g, list[0].actor = Combatants, "" // "من قوات النظام والفصائل ... قتلوا" (arabic_subject.go)
	}
	if midx >= 0 && x.arEliminateBefore(first.qa-1, s) == midx && !x.arEliminated(list) {
		return false // "قضت المحكمة على 5 متهمين": eliminating only armed men is killing
	}
	if midx >= 0 && (x.nonFactual(midx, s) || x.counterfactual(midx, s) || x.genericDeath(midx, last, s)) || x.arExpected(i, s) {
		return false // "on the pretext of killing a senior jihadist"
	}
	if (m == Killed || m == Casualties) && len(list) == 1 && x.arRecovered(first.qa, s) {
		m, bodies = Killed, true // "انتشلت الفرق 7 شهداء", "جثث أربع ضحايا" (arabic.go)
	}
	if midx >= 0 {
		m = x.pairMetric(midx, m, s)
		if w := x.word(midx-1, s); m == Injured && (w == "fatally" || w == "mortally") {
			m = Killed // "fatally wounded": they died
		}
	}
	if len(list) == 1 && first.qa > s.a && surpassWords[x.ts[first.qa-1].w] && list[0].hasMax && list[0].min == list[0].max {
		list[0].min, list[0].hasMax = list[0].min+1, false // "surpassed 1,500"
	}
	src := x.sourceAt(s, first.qa)
	bg := x.backgroundAt(s, first.qa)
	if !bg && midx > last.b && x.arRelativeVerb(midx-1, s) == midx {
		// "يرتفع إلى 14 عدد الجنود الذين قتلوا منذ مطلع الشهر": the
		// relative clause holds the count's own verb, and its period
		bg = x.backgroundAt(s, midx)
	}
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
	if x.armedApposition(last.b, s) {
		// "a leader and his three sons, all members of the armed wing":
		// relatives described as members of the group are fighters
		for n := range list {
			if g := list[n].g; g == Children || g == People || g == Civilians || g == "" {
				list[n].g = Combatants
			}
		}
	}
	if sum, ok := sumSameGroup(list); ok && !x.arKinList(list) && !x.enKinList(list, sum) && !sided && !added {
		// "a leader and his two sons": one count of three fighters; not a
		// relative named apart ("وابن عمه", arKinList; "a mother and her
		// two daughters", enKinList), the counts of two sides ("أربعة
		// من الهيئة وثلاثة من الفصيل", arSided) nor a part added apart
		// ("٩ مدنيين، إلى جانب ٣ عناصر من الدفاع المدني")
		list = append(list[:0], sum)
	}
	if len(list) == 1 && (list[0].g == People || list[0].g == "") && list[0].hasMax && x.agedUnder18(last.b, list[0].max, s) {
		list[0].g = Children // "two brothers, aged 9 and 12, were killed"
	}
	x.lists++
	n0 := len(x.figs)
	for _, it := range list {
		x.emit(it, m, bodies, src, bg, qs, qe)
	}
	if len(list) == 1 && len(x.figs) == n0+1 && (list[0].others || list[0].g == "") {
		// "six more were hurt, one of them gravely": the part is
		// of the group emit gave the head ("more" after four children)
		list[0].g = x.figs[n0].Group
		if a := x.figs[n0].Actor; a != nil {
			list[0].actor = *a
		}
	}
	x.lists++
	for k := first.qa; k < last.b; k++ {
		x.used[k] = true
	}
	if midx >= 0 {
		x.used[midx] = true
	}
	x.prev.ok, x.prev.m, x.prev.bg, x.prev.src = true, m, bg, src
	nf := len(x.figs)
	if len(list) == 1 {
		x.breakdown(last.b, midx, s, m, src, bg, list[0])
	} else if aside >= 0 && len(list) > 1 && aside == list[0].b {
		// "١٢ عنصراً من قوات النظام، بينهم ضابط، و٥ من الفصائل": the
		// aside's one person is a part of the first count
		// the sentence to the aside's end: the next part's side is not
		// the aside's
		for k := aside; k < list[1].qa; k++ {
			x.used[k] = false
		}
		in := s
		in.b = list[1].qa
		x.breakdown(aside, midx, in, m, src, bg, list[0])
	}
	if midx >= last.b && !x.ts[midx].ar && !x.zeroing {
		// "a woman was killed along with her three children", "Khalil
		// al-Omar and seven others were killed"
		x.alongWith(midx, m, s, len(x.figs) == nf) // individual.go
		x.leadConjuncts(first.qa, midx, m, s)
	}
	return true
}

// tollGroup reads the group a toll word names: "civilian death toll",
// "عدد القتلى المدنيين".
func (x *extractor) tollGroup(midx int, s sentence) (Group, bool) {
	mw, ok := x.metricAt(midx, s)
	if !ok || !(mw.toll || mw.head || x.numberOf(midx, s)) {
		return "", false
	}
	if t := x.ts[midx]; t.ar {
		if midx+1 < s.b {
			if n := x.ts[midx+1]; n.ar && strings.HasPrefix(n.w, "ال") {
				if g, ok := lookup(groupWords, n); ok && !g.role && g.n == 0 && g.g != People {
					return g.g, true
				}
			}
		}
		return "", false
	}
	for k := midx - 1; k >= s.a && k >= midx-2; k-- {
		if md, ok := mods[x.ts[k].w]; ok && md.g == Civilians {
			return Civilians, true
		}
		// "the number of civilians killed ... to 57"
		if g, ok := groupWords[x.ts[k].w]; ok && !g.sing && !g.role && g.g != People && x.numberOf(k, s) {
			return g.g, true
		}
	}
	return "", false
}

// increment: a count that adds to a toll rather than states one: "two more
// people died" or "another two died" in a sentence that gives the new toll
// ("bringing the toll to 14"), or "two of the wounded died" (the wounded
// were counted; the dead toll says the rest).
func (x *extractor) increment(it item, m Metric, midx int, s sentence) bool {
	ts := x.ts
	if x.anaphor(it, m, s) {
		return true
	}
	if it.ord && x.lastFig.ok && x.lastFig.si == x.si && x.lastFig.m == m {
		return true // "three were killed and a fourth died later": a step
	}
	if it.hasHM && it.hmIdx >= it.a+2 && ts[it.hmIdx-2].w == "of" && it.g == "" && (it.hm.m != Injured || x.describedPart(it, s)) && x.scanPost(it.b, s) < 0 && !x.tallied(it, s) {
		// "four of the dead were from one family": a part of the dead
		// told, of no group. A part of the wounded is a figure of its own
		// ("five of the wounded were still in hospital", "two of the
		// wounded were in a critical state", "admitted 20 of the
		// wounded"): it tells who is still in care, as sub-counts do.
		return true
	}
	if it.hasHM && it.hmIdx >= it.a+2 && ts[it.hmIdx-2].w == "of" && it.hm.m == Injured {
		if p := x.scanPost(it.b, s); p >= 0 {
			if mw, ok := x.metricAt(p, s); ok && mw.m == Killed {
				x.used[p] = true
				return true
			}
		}
		if w := x.word(it.b, s); w == "died" || w == "later" && x.word(it.b+1, s) == "died" {
			return true
		}
		return false
	}
	more := false
	if w := x.word(it.qa-1, s); w == "another" || w == "additional" || w == "further" {
		more = true
	}
	for k := it.a; k < it.b && k <= it.a+3; k++ {
		if w := ts[k].w; w == "more" || w == "additional" || w == "further" {
			more = true
		}
	}
	if !more {
		return false
	}
	// the sentence goes on to the new toll
	return x.newTollAhead(max(it.b, midx+1), s)
}

// describedPart: is a part of a toll ("one of the injured") said by a
// copula to be someone ("is a woman in critical condition", "were
// HTS members")? The individual reader, or partGroup, tells who.
func (x *extractor) describedPart(it item, s sentence) bool {
	if it.min == 1 && it.max == 1 {
		return true // one person: the individual reader's
	}
	if !beWords[x.word(it.b, s)] {
		return false
	}
	w := x.word(it.b+1, s)
	_, g := groupWords[w]
	return g || w == "a" || w == "an" || w == "from" || w == "members"
}

// newTollAhead: does the sentence go on from k to a new toll ("bringing
// the toll to 14", "لترتفع الحصيلة"), not "warning that the toll could
// rise"?
func (x *extractor) newTollAhead(k int, s sentence) bool {
	for e := k + 24; k < s.b && k < e; k++ {
		if mw, ok := x.metricAt(k, s); ok && mw.toll && x.countAfter(k+1, s) {
			return true // not "warning that the toll could rise": no new toll
		}
		if w := x.ts[k].w; (w == "bringing" || w == "raising" || w == "taking" || w == "لترتفع" || w == "ليرتفع") && k+1 < s.b {
			return true
		}
	}
	return false
}

// partGroup reads the group a copula gives a part of a toll at k: "(two
// of the dead) were HTS members / were rebel fighters / were children".
// People ("were men", "were members of one family") say no group.
func (x *extractor) partGroup(k int, s sentence) (Group, string, bool) {
	if !beWords[x.word(k, s)] {
		return "", "", false
	}
	var it item
	for j := k + 1; j < s.b && j <= k+5; j++ {
		t := x.ts[j]
		if t.k != kWord {
			return "", "", false
		}
		if g, ok := groupWords[t.w]; ok && !g.sing {
			if g.g == People || x.word(j-1, s) == "family" || x.word(j+1, s) == "of" && (x.word(j+2, s) == "the" && x.word(j+3, s) == "same" || x.word(j+2, s) == "one" || x.word(j+3, s) == "family" || x.word(j+2, s) == "his" || x.word(j+2, s) == "her") {
				return "", "", false
			}
			return g.g, it.actor, true
		}
		x.applyMod(&it, t.w)
	}
	return "", "", false
}

// countAfter: does a count follow within a few words, before any
// punctuation ("the toll to 12", "the death toll has risen to 12")?
func (x *extractor) countAfter(k int, s sentence) bool {
	for j := k; j < s.b && j < k+6; j++ {
		if x.ts[j].k == kPunct && x.ts[j].w != ":" || x.ts[j].k == kNL {
			return false
		}
		if _, _, _, ok := parseNumber(x.ts[:s.b], j); ok {
			return true
		}
	}
	return false
}

// woundedWhoDied reads "two of the wounded (later) died", "three more of
// the injured died of their wounds": people counted as wounded who died.
// It returns the verb of dying.
func (x *extractor) woundedWhoDied(it item, s sentence) (int, bool) {
	if !it.hasHM || it.hm.m != Injured || it.hmIdx < it.a+2 || x.ts[it.hmIdx-2].w != "of" || x.ts[it.hmIdx-1].w != "the" && x.ts[it.hmIdx-1].w != "those" {
		return 0, false
	}
	from := it.b
	if x.word(from, s) == "," {
		// "two of the injured, a nurse and her brother, died": past the
		// apposition that says who they were
		for c := from + 2; c < s.b && c <= from+10; c++ {
			if x.ts[c].w == "," {
				if x.appositionAt(from+1, c) {
					from = c + 1
				}
				break
			}
		}
	}
	if p := x.scanPost(from, s); p >= 0 {
		if mw, ok := x.metricAt(p, s); ok && mw.m == Killed && !mw.toll {
			return p, true
		}
	}
	return 0, false
}

// postVerbAt: an Arabic passive or past verb of a metric right after a
// singular noun: "طفلاً قُتل".
func (x *extractor) postVerbAt(k int, s sentence) bool {
	if arOrdinalAdj[x.word(k, s)] {
		k++ // "شخصاً رابعاً توفي"
	}
	mw, ok := x.metricAt(k, s)
	return ok && x.ts[k].ar && (mw.post || mw.pre) && !mw.head && !mw.toll
}

// speakerAhead: a speech verb comes before any "and" in the next tokens:
// "the toll to seven, a doctor at the hospital told AFP" names a speaker,
// not a list.
func (x *extractor) speakerAhead(k int, s sentence) bool {
	for j := k; j < s.b && j < k+10; j++ {
		w := x.ts[j].w
		if w == "and" || w == "," || w == "." || hasWaw(x.ts[j]) {
			return false
		}
		if x.ts[j].is(cSpeech) {
			return true
		}
	}
	return false
}

// sumSameGroup adds up coordinated counts of one group ("two men and a
// young man": three people); counts of different groups stay apart.
func sumSameGroup(list []item) (item, bool) {
	if len(list) < 2 {
		return item{}, false
	}
	sum := list[0]
	g := sum.group()
	for _, it := range list[1:] {
		if it.unit || sum.unit || it.vague || sum.vague || it.group() != g || it.actor != sum.actor && it.actor != "" && sum.actor != "" || it.approx != sum.approx {
			return item{}, false
		}
		if !it.hasMin || !sum.hasMin {
			return item{}, false
		}
		sum.min += it.min
		if it.hasMax && sum.hasMax {
			sum.max += it.max
		} else {
			sum.hasMax = false
		}
		if sum.actor == "" {
			sum.actor = it.actor
		}
		sum.b = it.b
	}
	sum.g = g
	return sum, true
}

// tollMetric reads what the toll word at k counts. A modifier before it
// says so ("the injury toll", "the wounded toll", "casualty toll"); else its
// complement does, wherever it stands in the noun phrase: "the toll of the
// wounded", "the final toll of those injured", "the toll from Friday's
// shelling among the wounded", "حصيلة الجرحى", "الحصيلة النهائية للجرحى".
// A toll that names none counts the dead.
func (x *extractor) tollMetric(k int, s sentence) Metric {
	if k > s.a && !x.ts[k].ar {
		if mw, ok := x.metricAt(k-1, s); ok && !mw.toll && x.ts[k-1].k == kWord {
			return mw.m
		}
	}
	if k+1 < s.b {
		if mw, ok := x.metricAt(k+1, s); ok && !mw.toll {
			return mw.m
		}
	}
	if m, ok := x.tollComplement(k, s); ok {
		return m
	}
	return Killed
}

// tollComplement reads the metric of a toll's complement after k, in the
// toll's noun phrase: its "of"/"among" phrase ("of the wounded", "among
// those injured", "of dead and wounded": casualties), or in Arabic its
// genitive ("للجرحى", "من المصابين") past the adjectives and the genitive
// nouns of the phrase ("الحصيلة النهائية للجرحى", "حصيلة القصف من الجرحى").
// The phrase ends at its verb, a preposition of the count ("to", "at",
// "إلى"), a clause or a mark.
func (x *extractor) tollComplement(k int, s sentence) (Metric, bool) {
	ts := x.ts
	for j := k + 1; j < s.b && j <= k+12; j++ {
		t := ts[j]
		if t.k != kWord || tollPhraseEnds[t.w] || clauseWords[t.w] || riseWords[t.w] || beWords[t.w] || estimateVerbs[t.w] {
			return "", false
		}
		if t.ar {
			w := stripWawBa(t.w)
			if mw, ok := x.metricAt(j, s); ok && mw.head && (strings.HasPrefix(w, "لل") || j > k+1 && x.word(j-1, s) == "من") {
				return mw.m, true
			}
			if !strings.HasPrefix(w, "ال") && !strings.HasPrefix(w, "لل") && w != "من" || hasWaw(t) {
				return "", false // past the phrase: a verb, or "و" opening the next
			}
			continue
		}
		if t.w != "of" && t.w != "among" {
			continue
		}
		// the object: "(the|those) (civilian)* wounded", "people injured"
		for o := j + 1; o < s.b && o <= j+3; o++ {
			if mw, ok := x.metricAt(o, s); ok {
				if !(mw.head || mw.post) || mw.toll {
					break
				}
				m := mw.m
				if c := x.word(o+1, s); c == "and" || c == "or" {
					if mw2, ok := x.metricAt(o+2, s); ok && (mw2.head || mw2.post) && mw2.m != m {
						m = Casualties // "the toll of dead and wounded"
					}
				}
				return m, true
			}
			w := ts[o].w
			if _, g := groupWords[w]; !(g || determiners[w] || w == "those" || w == "these" || w == "all") {
				if _, md := mods[w]; !md {
					break
				}
			}
		}
	}
	return "", false
}

// tollPhraseEnds end a toll's noun phrase: the count's preposition and
// its Arabic ones.
var tollPhraseEnds = map[string]bool{
	"to": true, "at": true, "as": true, "that": true, "which": true, "who": true,
	"الي": true, "عند": true, "الذي": true, "التي": true,
}

// breakdown reads "including six children and four women" / "بينهم طفل وست
// نساء" after a head count; each part inherits the head's metric, and a
// part with no noun of its own ("five of them in Binnish") its group.
func (x *extractor) breakdown(from, midx int, s sentence, m Metric, src string, bg bool, head item) {
	ts := x.ts
	p := -1
	closer := ""
	comma := false
	exhaust := false // the parts add up to the head (exhaustsHead)
	span := 20
	if from < s.b && from > s.a && ts[from-1].ar {
		// an Arabic clause runs long before its breakdown: "11 مدنياً
		// قتلوا جراء الغارات التي نفذتها ... منذ فجر اليوم، وهم 4 أطفال"
		span = 32
	}
	for k := from; k < s.b && k < from+span; k++ {
		x.steps++
		t := ts[k]
		if k == midx || x.used[k] {
			continue
		}
		if t.w == "," {
			comma = true
		}
		if _, isYear := yearValue(t); isYear && t.k == kNum || t.k == kNum && x.dayOfMonth(k, s) {
			continue // "in January 2020, among them ...", "in the February 19 attacks, five of them"
		}
		if t.w == "واحده" && x.arFamilyOf(k, s) {
			continue // "4 مدنيين من عائلة واحدة، بينهم طفلان": one family, no count
		}
		if subMarkers[t.w] || (t.w == "among" && k+1 < s.b && (ts[k+1].w == "them" || ts[k+1].w == "whom")) || (t.w == "of" && k+1 < s.b && ts[k+1].w == "whom") {
			if t.ar && !x.arSubLead(k, s) {
				return // "طفلان، هما شقيقان": the two described, no part
			}
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
		if (t.w == ":" || t.w == "include" || t.w == "includes" || t.w == "included") && (k == from || k == midx+1 && midx >= from) && !t.ar {
			// "killed 12 people: eight in Ariha and four in Binnish", "the
			// ten dead include the cell leader, his bodyguard and ..."
			p = k + 1
			break
		}
		if t.w == ":" && !comma && x.placePartAt(k+1, s) {
			// the colon ends the count's clause: "Ten people were killed
			// in the overnight raids: six in Ariha, three in ..."
			p = k + 1
			break
		}
		if it, ok := x.partitive(k, s, m == Injured); ok {
			// "three of them children", "ثلاثة منهم أطفال"; "five of them
			// in a single courtyard", "two of them critically" are of the
			// head's group
			end := it.b
			if it.g == "" {
				it.g, it.actor, it.civ, it.military = head.group(), head.actor, head.civ, head.military
			}
			x.emit(it, m, false, src, bg, k, end)
			for u := k; u < end; u++ {
				x.used[u] = true
			}
			return
		}
		if t.w == "." || t.w == ";" || t.w == "؛" {
			return
		}
		if mw, ok := x.metricAt(k, s); ok {
			if !t.ar && mw.m == m && !mw.toll && !x.ownObjectAhead(k, s) {
				// the same people told again by a predicate of the same
				// metric: "Twenty fighters hurt in the raid were being
				// treated in field clinics, seven of them in critical condition"
				continue
			}
			return
		}
		if k > from && (ts[k-1].w == "," || ts[k-1].w == "—" || ts[k-1].w == "–" || ts[k-1].w == "،") && x.exhaustsHead(k, s, head) {
			// parts set off after the clause that add up to the head:
			// "Seven fighters died in the ambush, five men and two
			// women", "13 people were killed on Sunday — nine civilians
			// and four fighters"
			p, exhaust = k, true
			break
		}
		if _, ok := parseNumberOK(ts[:s.b], k); ok {
			if x.arThingCount(k, s) {
				continue // "من تحت أنقاض ثلاثة مبانٍ، بينهم طفلان": buildings, not people
			}
			return
		}
	}
	if p < 0 {
		return
	}
	if p < s.b && (ts[p].w == "were" || ts[p].w == "are" || ts[p].w == ":") {
		p++
	}
	var buf [8]item
	parts := buf[:0]
	defer func() {
		// a part is no antecedent of a later count: in "killed nine
		// people, including three fighters, and wounded 20" the 20 go
		// with the nine, not with the fighters (emit's others rules)
		armed := x.armed
		defer func() { x.armed = armed }()
		// one figure per group: "two men and a young man" are three people
		for i, it := range parts {
			if it.g == "" {
				continue
			}
			if hg := head.group(); exhaust && (hg == Combatants || hg == Troops) && (it.g == People || it.g == Women) {
				// all of the head are fighters: "five IS members ..., four
				// women and one man" are four and one of them
				it.g, it.actor = hg, head.actor
			}
			if n := len(x.figs) - 1; n >= 0 && it.g == Troops && it.actor == "" && it.min == 1 && it.max == 1 && x.figs[n].Group == Combatants {
				it.g = Combatants // a rank among fighters ("12 HTS fighters, including a colonel") is of their side
			}
			for j := i + 1; j < len(parts); j++ {
				if parts[j].g == "" {
					continue // summed already
				}
				if x.arCommaBefore(parts[j]) {
					continue // "و4 رجال من أبناء المدينة، وبائع خضار": told apart
				}
				if sum, ok := sumSameGroup([]item{it, parts[j]}); ok && !x.enKinList([]item{it, parts[j]}, sum) {
					it, parts[j].g = sum, ""
				}
			}
			x.emit(it, m, false, src, bg, it.qa, it.b)
		}
	}()
	for n := 0; n < 8 && p < s.b; n++ {
		if closer != "" && ts[p].w == closer {
			return
		}
		it, ok := x.listItem(p, s)
		if !ok && ts[p].w == "the" {
			it, ok = x.theOne(p, s) // "include the cell leader, ..."
		}
		if !ok && ts[p].ar {
			it, ok = x.arOnePart(p, s) // "بينهم المهاجم", "بينهم المدعو أبو X"
		}
		if !ok || it.hasHM {
			return
		}
		if post := x.scanPost(it.b, s); post >= 0 && (post == it.b || len(parts) > 0 && x.auxOnly(it.b, post)) {
			// "بينهم ... قتلوا", "including two children, and more than
			// 40 others were injured": a clause of its own, with its own
			// predicate, joined after the parts; not one of them
			return
		}
		if it.g == "" && it.b+1 < s.b && (ts[it.b].w == "are" || ts[it.b].w == "were") {
			// "of whom six are civilians", "among them three were children"
			if g, ok := groupWords[ts[it.b+1].w]; ok && !g.role {
				it.g = g.g
				it.b += 2
			}
		}
		if it.g != "" {
			parts = append(parts, it)
		}
		for k := it.qa; k < it.b; k++ {
			x.used[k] = true
		}
		p = it.b
		if it.g == "" && p < s.b && (ts[p].w == "في" || ts[p].w == "in" && p+1 < s.b && ts[p+1].cap) {
			p = x.arPlacePart(it, p, s, m, src, bg, head.group()) // "5 في سرمين (3 مدنيين وعنصران)"
			p = x.skipRelative(p, s)                              // "eight in Idlib city, where a bakery was hit, and ..."
		}
		if p >= s.b {
			return
		}
		p = x.arListGap(it, p, s) // "هم ١٩ عنصراً من الهيئة والفصائل الحليفة لها، و١١ ..." (arabic_subject.go)
		switch w := ts[p].w; {
		case w == "," || w == "،" || w == "and" || w == "مع" || w == "plus" || w == "و":
			p++
			if p < s.b && (ts[p].w == "and" || w == "،" && ts[p].w == "و") {
				p++ // "5 في سرمين، و4 في بنش"
			}
		case w == "as" && p+2 < s.b && ts[p+1].w == "well" && ts[p+2].w == "as":
			p += 3
		case hasWaw(ts[p]):
		default:
			return
		}
	}
}

// asWellAs: does "as well as" open at k, a coordinator like "and"?
func (x *extractor) asWellAs(k int, s sentence) bool {
	return x.word(k, s) == "as" && x.word(k+1, s) == "well" && x.word(k+2, s) == "as"
}

// auxOnly: are the words from a to the predicate at v its auxiliaries
// and adverbs alone ("were", "had been", "were also", "have since")?
func (x *extractor) auxOnly(a, v int) bool {
	for k := a; k < v; k++ {
		w := x.ts[k].w
		if !beWords[w] && w != "had" && w != "have" && w != "has" && w != "been" && !indivAdverbs[w] {
			return false
		}
	}
	return true
}

// exhaustsHead: does a list of two or more counts at k add up to the head
// count, each part exact? Such a list set off after the head's clause is
// its breakdown, with no word to lead it. The list ends the sentence, its
// clause or a speaker's words (", the group said").
func (x *extractor) exhaustsHead(k int, s sentence, head item) bool {
	if !head.hasMin || head.vague || head.hasMax && head.max != head.min {
		return false
	}
	sum := 0
	for p, n := k, 1; p < s.b && n <= 8; n++ {
		it, ok := x.listItem(p, s)
		if !ok || it.vague || it.hasHM || !it.hasMin || !it.hasMax || it.min != it.max || x.used[p] {
			return false
		}
		sum += it.min
		p = it.b
		for e := p; e < s.b && e < it.b+8 && x.ts[e].k == kWord && !x.ts[e].ar; e++ {
			// a part's own phrase: "four fighters from an armed faction"
			if w := x.ts[e].w; w == "and" || x.ts[e].is(cNumberWord) || x.ts[e].is(cSpeech) {
				break
			}
			if _, ok := x.metricAt(e, s); ok {
				break
			}
			if e == it.b && !postPreps[x.ts[e].w] {
				break // only a phrase a preposition opens
			}
			p = e + 1
		}
		w := x.word(p, s)
		switch {
		case w == "," && x.word(p+1, s) == "and":
			p += 2
		case w == "and" || w == "و":
			p++
		case w == "," || w == "،":
			p++
			if x.word(p, s) == "و" {
				p++
			}
			if p < s.b && x.speakerAhead(p, s) {
				return n >= 2 && sum == head.min
			}
		case p < s.b && hasWaw(x.ts[p]):
		default:
			return n >= 2 && sum == head.min && (p >= s.b || x.ts[p].k == kPunct)
		}
	}
	return false
}

// listItem reads one part of a list or breakdown: a count, or a relative
// named with a possessive ("her two daughters", "his wife": one).
func (x *extractor) listItem(p int, s sentence) (item, bool) {
	ts := x.ts
	if w := ts[p].w; (w == "his" || w == "her" || w == "their") && p+1 < s.b {
		n := p + 1
		for n < s.b && n <= p+3 && (modSuffix(ts[n].w) || (ts[n].w == "baby" || ts[n].w == "infant") && groupWordsSing(x.word(n+1, s))) {
			n++ // "their two-year-old son", "her baby daughter"
		}
		if g, ok := groupWords[x.word(n, s)]; ok && g.sing && !g.role {
			return item{qa: p, a: n, b: n + 1, min: 1, max: 1, hasMin: true, hasMax: true, g: g.g, hmIdx: -1}, true
		}
		if x.word(n, s) == "twins" {
			// "her nine-month-old twins": two, children by their age
			it := item{qa: p, a: n, b: n + 1, min: 2, max: 2, hasMin: true, hasMax: true, g: People, hmIdx: -1}
			x.ageGroup(&it, p+1, n)
			return it, true
		}
		if w := x.word(n, s); w != "his" && w != "her" && companionNouns[w] {
			// "the cell leader, his bodyguard and eight fighters": a
			// fighter's companion is a fighter
			return item{qa: p, a: n, b: n + 1, min: 1, max: 1, hasMin: true, hasMax: true, g: Combatants, hmIdx: -1}, true
		}
		it, ok := x.parseItem(p+1, s, true, true)
		it.qa = p
		return it, ok
	}
	return x.parseItem(p, s, true, true)
}

// partitive reads "three of them children", "ثلاثة منهم أطفال", "more
// than a dozen of them children", "two of them critically": a part of the
// count before, with a group of its own or, when it says where or how
// badly, of the count's group (g empty). How badly is read only of the
// wounded (hurt): "three killed, two of them badly burned" tells no count.
func (x *extractor) partitive(k int, s sentence, hurt bool) (item, bool) {
	if w := x.word(k, s); w == "احدهما" || w == "احدهم" || w == "احداهما" || w == "احداهن" {
		// "قتل مدنيان أحدهما طفل": one of them a child
		if g, ok := lookup(groupWords, x.ts[min(k+1, s.b-1)]); ok && k+1 < s.b && !g.list {
			return item{qa: k, a: k, b: k + 2, min: 1, max: 1, hasMin: true, hasMax: true, g: g.g, hmIdx: -1}, true
		}
		return item{}, false
	}
	if k < s.a || k >= s.b {
		return item{}, false
	}
	qk, qn := qNone, 0
	if !x.ts[k].ar {
		qk, qn = x.matchQual(k, s)
	}
	if k+qn >= s.b {
		return item{}, false
	}
	lo, hi, n, ok := parseNumber(x.ts[:s.b], k+qn)
	if !ok || lo != hi {
		return item{}, false
	}
	j := k + qn + n
	switch {
	case x.word(j, s) == "of" && (x.word(j+1, s) == "them" || x.word(j+1, s) == "whom"):
		j += 2
		if w := x.word(j, s); w == "were" || w == "are" {
			j++
		}
	case x.word(j, s) == "منهم" || x.word(j, s) == "منهن":
		j++
	default:
		return item{}, false
	}
	if j >= s.b {
		return item{}, false
	}
	it := item{qa: k, a: k + qn, hmIdx: -1}
	x.bounds(&it, qk, lo, hi)
	if end := x.placePhrase(j, s); end > j {
		it.b = end // "five of them in a school courtyard": the head's group
		return it, true
	}
	if end := x.conditionPhrase(j, s); hurt && end > j {
		it.b = end // "two of them critically", "three of them in a serious condition"
		return it, true
	}
	g, ok := lookup(groupWords, x.ts[j])
	if !ok || g.list {
		return item{}, false
	}
	it.g, it.b = g.g, j+1
	return it, true
}

// partitiveAside: does a part of the count before open at k ("three of
// them children", "more than a dozen of them")?
func (x *extractor) partitiveAside(k int, s sentence) bool {
	_, ok := x.partitive(k, s, true) // an aside of any metric is passed over
	return ok
}

// asideEnd: the comma that closes an aside opened at k, within 12 tokens,
// or -1.
func (x *extractor) asideEnd(k int, s sentence) int {
	for c := k; c < s.b && c < k+12; c++ {
		switch x.ts[c].w {
		case ",":
			return c
		case ".", ";", ":":
			return -1
		}
	}
	return -1
}

// conditionPhrase reads how badly a part of the wounded was hurt at j:
// "critically", "seriously", "in (a) serious condition". It returns the
// index after it, or -1. English.
func (x *extractor) conditionPhrase(j int, s sentence) int {
	switch x.word(j, s) {
	case "critically", "seriously", "severely", "gravely", "badly", "lightly", "slightly":
		return j + 1
	case "in":
	default:
		return -1
	}
	k := j + 1
	if w := x.word(k, s); w == "a" || w == "an" {
		k++
	}
	switch x.word(k, s) {
	case "serious", "critical", "stable", "grave", "severe", "dangerous", "life-threatening", "intensive":
	default:
		return -1
	}
	switch x.word(k+1, s) {
	case "condition", "conditions", "care", "state":
		return k + 2
	}
	return -1
}

// colonHead reads a head with no number before a breakdown by place:
// "The dead were spread over three towns: three in Sarmin, ...", "the
// wounded were distributed as follows: 12 in Taftanaz". The count at first
// opens the parts after the colon; a definite metric noun ("the dead",
// "those killed") opens the clause before it. It returns the colon and
// the metric.
func (x *extractor) colonHead(first item, s sentence) (int, Metric, bool) {
	c := first.qa - 1
	if c <= s.a || x.ts[c].w != ":" || !x.placePartAt(first.qa, s) {
		return 0, "", false
	}
	for k := c - 1; k > s.a && k >= c-12; k-- {
		x.steps++
		t := x.ts[k]
		if t.k == kPunct || t.k == kNum || x.used[k] {
			return 0, "", false
		}
		mw, ok := x.metricAt(k, s)
		if !ok {
			continue
		}
		if mw.toll || mw.m == "" || t.ar {
			return 0, "", false
		}
		if p := x.word(k-1, s); p == "the" || p == "those" {
			return c, mw.m, true
		}
		return 0, "", false
	}
	return 0, "", false
}

// placeNouns name a place a part of a toll died or was hurt in: "four of
// them in a single house".
var placeNouns = map[string]bool{
	"house": true, "home": true, "building": true, "school": true, "courtyard": true, "schoolyard": true,
	"classroom": true, "market": true, "street": true, "village": true, "town": true, "city": true,
	"camp": true, "mosque": true, "bakery": true, "shelter": true, "car": true, "bus": true,
	"vehicle": true, "hospital": true, "square": true, "neighbourhood": true, "neighborhood": true,
	"district": true, "farm": true, "shop": true, "factory": true, "apartment": true, "block": true,
}

// placePhrase reads where a part of a toll was at j ("in Binnish", "in a
// single house", "inside the classroom") and returns the token after it,
// or -1. A condition ("in critical condition") or a time ("in the
// morning") is no place.
func (x *extractor) placePhrase(j int, s sentence) int {
	switch x.word(j, s) {
	case "in", "inside", "at":
	default:
		return -1
	}
	if t := x.ts[min(j+1, s.b-1)]; j+1 < s.b && t.cap && t.k == kWord {
		if _, ok := x.monthAt(j + 1); ok || enCurrent[t.w] {
			return -1 // "in March", "on Tuesday"
		}
		return x.placeNameEnd(j+1, s)
	}
	for k := j + 1; k < s.b && k <= j+5; k++ {
		t := x.ts[k]
		if t.k != kWord {
			return -1
		}
		if placeNouns[t.w] {
			return k + 1
		}
	}
	return -1
}

// placePartAt: a part of a toll by place at k, "six in Ariha".
func (x *extractor) placePartAt(k int, s sentence) bool {
	if k < s.a || k >= s.b {
		return false
	}
	_, _, n, ok := parseNumber(x.ts[:s.b], k)
	return ok && x.word(k+n, s) == "in" && k+n+1 < s.b && x.ts[k+n+1].cap
}

// skipRelative skips the kind of a place and a relative clause after a part
// of a breakdown ("eight in Idlib city, where a bakery was hit, and five in
// Binnish") up to the comma that closes it.
func (x *extractor) skipRelative(p int, s sentence) int {
	switch x.word(p, s) {
	case "city", "town", "village", "countryside", "camp", "district":
		p++ // "in Idlib city": the kind of place after its name
	}
	if x.word(p, s) != "," {
		return p
	}
	switch x.word(p+1, s) {
	case "where", "which", "when":
	default:
		return p
	}
	for k := p + 2; k < s.b && k <= p+16; k++ {
		switch x.ts[k].w {
		case ",":
			return k
		case ".", ";", ":":
			return p
		}
	}
	return p
}

// role reads a single named target: "killed IS leader X", "the target was
// killed", "the death of a senior commander". The sentence loop asks it of
// an English word of the role nouns (cRoleNoun); an Arabic word goes to
// arIndividual.
func (x *extractor) role(i int, s sentence) bool {
	ts := x.ts
	st := i
	for st-1 >= s.a && i-st < 7 {
		p := ts[st-1]
		_, isMod := mods[p.w]
		if isMod || (p.cap && p.k == kWord && !p.is(cSpeech)) || p.w == "the" || p.w == "a" || p.w == "an" || p.w == "(" || p.w == ")" || p.w == "*" {
			if _, isM := metricWords[p.w]; isM {
				break
			}
			st--
			continue
		}
		break
	}
	after := i + 1
	for after < s.b && after <= i+5 && ts[after].k == kWord && (ts[after].cap || nameParticle(ts[after].w)) {
		after++ // "IS leader Abu Bakr al-Baghdadi was killed"
	}
	midx := x.scanPost(after, s)
	reach := after + 4
	if x.word(after, s) == "of" {
		reach = after + 9 // "the commander of the rival faction was also killed"
	}
	if midx < 0 || midx > reach {
		midx = -1
		if k := x.scanPre(st-1, s, false); k >= 0 && k >= st-3 {
			midx = k
		}
	}
	if midx < 0 {
		return false
	}
	mw, _ := x.metricAt(midx, s)
	if mw.m != Killed || mw.toll || x.nonFactual(midx, s) || x.modalBefore(midx, s) {
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
	if midx < st {
		x.secondTarget(after, s, src)
	}
	return true
}

// secondTarget reads a second named target of the same verb: "killed IS
// leader X in Barisha in 2019 and his successor, Y, in Atmeh in 2022".
func (x *extractor) secondTarget(from int, s sentence, src string) {
	ts := x.ts
	for k := from; k+2 < s.b && k < from+20; k++ {
		w := ts[k].w
		if w == "." || w == ";" || ts[k].is(cSpeech) {
			return
		}
		if _, ok := x.metricAt(k, s); ok {
			return
		}
		if w != "and" || !determiners[ts[k+1].w] || ts[k+1].w == "the" || ts[k+1].w == "a" || ts[k+1].w == "an" {
			continue
		}
		g, ok := groupWords[ts[k+2].w]
		if !ok || !g.role || !g.sing || x.used[k+2] {
			return
		}
		it := item{qa: k + 1, a: k + 2, b: k + 3, min: 1, max: 1, hasMin: true, hasMax: true, g: Combatants}
		x.emit(it, Killed, false, src, x.backgroundAt(s, k+2), k+1, k+3)
		x.used[k+2] = true
		return
	}
}

// nameParticle: lower-case parts of Arabic names in Latin script.
func nameParticle(w string) bool {
	return strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-") || w == "bin" || w == "ibn" || w == "abu" || w == "al"
}

var negHeads = map[string]Metric{
	"casualties": Casualties, "casualty": Casualties, "deaths": Killed, "fatalities": Killed,
	"injuries": Injured, "dead": Killed,
	"اصابات": Injured, "ضحايا": Casualties, "قتلي": Killed, "جرحي": Injured, "خسائر": Casualties,
}

// evidenceWords: "no indications that", "no reports of".
var evidenceWords = map[string]bool{
	"indication": true, "indications": true, "evidence": true, "reports": true, "sign": true,
	"signs": true, "suggestion": true, "immediate": false,
}

// arForces name a state's forces: "في صفوف القوات الأمريكية".
var arForces = map[string]bool{"القوات": true, "قوات": true, "الجيش": true, "جيش": true, "الجنود": true}

var arNegFillers = map[string]bool{
	"وقوع": true, "التسبب": true, "تسجيل": true, "ان": true, "يسفر": true, "تسفر": true,
	"سقوط": true, "اي": true, "حدوث": true, "عن": true, "وجود": true, "انباء": false,
	// "لا توجد مؤشرات على سقوط ضحايا": no sign of them
	"توجد": true, "يوجد": true, "مؤشرات": true, "مؤشر": true, "دلائل": true, "معلومات": true, "علي": true,
}

// enNegation: may an English negation open on w? Each of negation's does
// on one of these.
func enNegation(w string) bool {
	return w == "no" || w == "not" || w == "none" || w == "nobody" || w == "without"
}

// negation reads a zero: "no US casualties", "no one was hurt",
// "دون وقوع إصابات", "لم يسفر عن خسائر بشرية". The sentence loop asks it
// of a word token, English only when enNegation: it turns most tokens down
// there, without a call per token.
func (x *extractor) negation(i int, s sentence) bool {
	ts := x.ts
	t := &ts[i]
	it := item{qa: i, a: i, min: 0, max: 0, hasMin: true, hasMax: true}
	m := Metric("")
	end := -1
	srcAt := i
	if !t.ar {
		switch {
		case (t.w == "no" || t.w == "nobody" || t.w == "none") && (t.w != "no" || x.word(i+1, s) == "one"):
			k := i + 1
			if t.w == "no" {
				k++
			}
			if mw, ok := x.metricAt(i-1, s); ok && mw.pre && !mw.toll {
				// "the rockets killed nobody"
				m, end = mw.m, k
				break
			}
			for n := 0; n < 6 && k < s.b; n++ {
				if mw, ok := x.metricAt(k, s); ok && mw.post {
					m, end = mw.m, k+1
					break
				}
				w := ts[k].w
				if t.w == "none" && x.word(i+1, s) == "of" && ts[k].k == kWord && k <= i+4 {
					// "none of the hostages was hurt": the group named
					if g, ok := groupWords[w]; ok && !g.sing && !g.role {
						it.g = g.g
					}
					k++
					continue
				}
				if w == "among" && t.w == "none" {
					// "none of the group's members were among the casualties"
					if am, e := x.amongHead(k, s); e > 0 {
						m, end = am, e
					}
					break
				}
				if w != "was" && w != "were" && w != "has" && w != "had" && w != "been" && w != "reportedly" && w != "immediately" && w != "of" && w != "them" && w != "is" && w != "else" {
					// ("no one else was hurt": nobody but those told)
					break
				}
				k++
			}
		case t.w == "no" && evidenceWords[x.word(i+1, s)] && (x.word(i+2, s) == "that" || x.word(i+2, s) == "of"):
			// "no indications that any civilians were killed or injured"
			k := i + 3
			if x.word(k, s) == "any" {
				k++
			}
			for n := 0; n < 3 && k < s.b; n++ {
				w := ts[k].w
				if g, ok := groupWords[w]; ok && !g.sing && !g.role {
					if p := x.scanPost(k+1, s); p >= 0 && p <= k+4 {
						for mm := i + 3; mm < k; mm++ {
							x.applyMod(&it, ts[mm].w)
						}
						mw, _ := x.metricAt(p, s)
						it.g = g.g
						if it.g == People && it.civ {
							it.g = Civilians
						}
						m, end = x.pairMetric(p, mw.m, s), p+1
						if m == Casualties {
							end = p + 3
						}
					}
					break
				}
				if _, ok := mods[w]; !ok {
					break
				}
				k++
			}
		case t.w == "no" || t.w == "without" || t.w == "not" && x.notResult(i, s) > 0:
			k := i + 1
			if t.w == "not" {
				k = x.notResult(i, s) // "did not result in casualties", "did not cause injuries"
			}
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
					am, ae := Metric(""), -1
					if beWords[x.word(k+1, s)] && x.word(k+2, s) == "among" {
						am, ae = x.amongHead(k+2, s) // "no children were among the dead"
					}
					if ae > 0 {
						for mm := i + 1; mm < k; mm++ {
							x.applyMod(&it, ts[mm].w)
						}
						it.g = g.g
						if it.g == People && (it.civ || x.rescueStaff(w, i+1, k, s)) {
							it.g = Civilians
						}
						m, end = am, ae
					} else if p := x.scanPost(k+1, s); p >= 0 && p <= k+4 || x.lostZero(k+1, s) {
						for mm := i + 1; mm < k; mm++ {
							x.applyMod(&it, ts[mm].w)
						}
						it.g = g.g
						if it.g == People && (it.civ || x.rescueStaff(w, i+1, k, s)) {
							it.g = Civilians // "no health workers were hurt"
						}
						if p >= 0 && p <= k+4 {
							mw, _ := x.metricAt(p, s)
							m, end = mw.m, p+1
						} else {
							m, end = Killed, k+3 // "no US personnel were lost"
						}
					}
					break
				}
				if _, ok := mods[w]; !ok && !healthWords[w] && w != "further" && w != "other" && !(t.w == "no" && x.acronym(k)) {
					break // ("no MSF staff were hurt": the employer's name)
				}
				k++
			}
		}
	} else {
		if x.arZeroOver(i, s) {
			return true // arabic_zero.go
		}
		k := -1
		switch {
		case t.w == "دون" || t.w == "بدون" || t.w == "ودون":
			k = i + 1
		case (t.w == "من" || t.w == "ومن") && x.word(i+1, s) == "دون":
			k = i + 2
		case t.w == "لم" || t.w == "ولم" || t.w == "لا" || t.w == "ولا":
			k = i + 1
		case stripWawBa(t.w) == "عدم": // عدم، وعدم، بعدم
			// "مؤكدة عدم وقوع خسائر بشرية": the absence of casualties
			k = i + 1
		case t.bare&cArDenial != 0: // arDenial[stripWawBa(t.w)]
			k = x.arDeniedEvent(i, s) // arabic_zero.go
			srcAt = k                 // "ونفى الجيش وقوع": the one who denies is the source
		}
		if k < 0 {
			return false
		}
		for n := 0; n < 5 && k < s.b; n++ {
			tk := ts[k]
			if hm, ok := lookup(negHeads, tk); ok {
				if strings.HasPrefix(stripWawBa(tk.w), "ال") {
					break // "لم يكن القتلى من المقاتلين": the dead, not "no dead"
				}
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
	at := end
	if !t.ar && beWords[x.word(at, s)] && reportVerbs[x.word(at+1, s)] && x.word(at+2, s) == "among" {
		at += 2 // "no casualties were reported among the medical staff"
	}
	if w := x.word(at, s); w == "بين" || w == "among" || w == "في" && x.word(at+1, s) == "صفوف" {
		n := at + 1
		if w == "في" {
			n++
		}
		switch x.word(n, s) {
		case "the", "its", "their", "our":
			n++ // "among its volunteers"
		}
		n0 := n
		var md item
		for n < s.b && n < n0+3 && !t.ar {
			if _, ok := mods[x.ts[n].w]; !ok && !healthWords[x.ts[n].w] {
				break
			}
			x.applyMod(&md, x.ts[n].w)
			n++ // "the medical staff", "Turkish army personnel", "Russian troops"
		}
		if g, ok := lookup(groupWords, x.ts[min(n, s.b-1)]); ok && n < s.b && !g.role {
			it.g = g.g
			if !t.ar && (g.g == Troops || g.g == Combatants) && md.actor != "" {
				it.actor = md.actor // "no casualties among Turkish troops"
			}
			if it.g == People && !t.ar && x.rescueStaff(x.ts[n].w, at+1, n, s) {
				it.g = Civilians // medical staff are civilians (figures.md)
			}
			end = n + 1
		} else if n < s.b && (arForces[stripWawBa(x.ts[n].w)] || strings.HasPrefix(x.ts[n].w, "قوات")) {
			// "في صفوف القوات الأمريكية": soldiers of the side named
			it.g = Troops
			end = n + 1
			if n+1 < s.b {
				if a, ok := arActor(x.ts[n+1]); ok {
					it.actor = a
					end++
				}
			}
		}
	}
	if t.ar && it.g == "" && end < s.b {
		// "ضحايا مدنيين", "قتلى أطفال": the group as an adjective of the head
		if g, ok := lookup(groupWords, x.ts[end]); ok && !g.role && !g.list && !g.sing && g.n != 1 {
			it.g = g.g
			end++
		}
	}
	if t.w == "none" && i == s.a && x.word(i+1, s) == "of" && x.word(i+2, s) == "them" && it.g == "" {
		// "None of them was hurt" after "A nurse and three children were
		// on the bus": a zero for each group named before (antecedent.go)
		if list, ok := x.antecedentList(0); ok {
			x.zeroParts(list, m, i, end, end-1, s)
			for k := i; k < end; k++ {
				x.used[k] = true
			}
			return true
		}
	}
	src := x.sourceAt(s, max(srcAt, i))
	if t.ar && it.g == "" && x.word(end, s) == "في" && strings.HasPrefix(x.word(end+1, s), "صفوفه") {
		// "في صفوفها": in its own ranks, said of a force; a faction speaking
		// of its own ranks means its fighters
		it.g, end = Troops, end+2
		if arFactionSpeaker(src) {
			it.g = Combatants
		}
	}
	bg := x.backgroundAt(s, i)
	x.emit(it, m, false, src, bg, i, end)
	for k := i; k < end; k++ {
		x.used[k] = true
	}
	if t.ar {
		x.arSecondZero(it, m, end, src, bg, s) // "قتلى أو جرحى": two zeros
	} else if c := x.word(end, s); (c == "or" || c == "nor") && m != Casualties {
		// "no one was killed or wounded": a zero for each metric
		if mw, ok := x.metricAt(end+1, s); ok && mw.m != m && mw.m != Casualties {
			x.emit(it, mw.m, false, src, bg, i, end+2)
			x.used[end+1] = true
		}
	}
	return true
}

// lostZero: do the words at k say that people were lost, killed ("no US
// personnel were lost")? Only read after "no" and a group of people: "lost"
// alone says nothing of whom.
func (x *extractor) lostZero(k int, s sentence) bool {
	return beWords[x.word(k, s)] && x.word(k+1, s) == "lost"
}

// reportVerbs tell a zero as reported: "no casualties were reported
// among ...".
var reportVerbs = map[string]bool{"reported": true, "recorded": true, "registered": true, "documented": true}

// amongHead reads "among the casualties / the dead / the wounded" at k:
// the metric of the head and the index after it, or -1.
func (x *extractor) amongHead(k int, s sentence) (Metric, int) {
	if x.word(k, s) != "among" || x.word(k+1, s) != "the" && x.word(k+1, s) != "those" {
		return "", -1
	}
	switch x.word(k+2, s) {
	case "casualties", "victims":
		return Casualties, k + 3
	case "dead", "killed", "fatalities":
		return Killed, k + 3
	case "wounded", "injured":
		return Injured, k + 3
	}
	return "", -1
}

// notResult reads "did not result in", "has not caused", "did not lead to",
// "did not leave": the index after it, or 0.
func (x *extractor) notResult(i int, s sentence) int {
	switch x.word(i-1, s) {
	case "did", "does", "has", "have", "had", "didn't", "doesn't":
	default:
		return 0
	}
	switch x.word(i+1, s) {
	case "result", "lead":
		if n := x.word(i+2, s); n == "in" || n == "to" {
			return i + 3
		}
	case "cause", "leave", "inflict":
		return i + 2
	}
	return 0
}

// anaphor: a definite count of people counted before ("the two wounded
// children were in a stable condition", "نُقل الجريحين") is those people
// again, not a figure of its own: the article has already given one of the
// same metric and number.
func (x *extractor) anaphor(it item, m Metric, s sentence) bool {
	if it.vague || !it.hasMin || it.others {
		return false
	}
	def := false
	if it.qa == it.a {
		switch w := x.word(it.qa-1, s); w {
		case "the", "these", "those":
			def = true
		}
		if t := x.ts[it.a]; t.ar && t.k == kWord && strings.HasPrefix(stripWawBa(t.w), "ال") {
			def = true // الجريحين، القتيلين
		}
	}
	if !def {
		return false
	}
	// a new source restating the toll with a predicate of its own gives a
	// figure of its own: "The health ministry later confirmed the deaths of
	// the seven minors"; "the two wounded children were in stable
	// condition" only names people counted already.
	src := ""
	if !it.hasHM {
		src = x.sourceAt(s, it.qa)
	}
	for i := len(x.figs) - 1; i >= 0 && i >= len(x.figs)-32; i-- {
		f := x.figs[i]
		if src != "" && !sameSource(src, f.Source) {
			continue
		}
		if f.Metric == m && f.Min != nil && *f.Min == it.min && !f.Vague &&
			(f.Max == nil) == !it.hasMax && (f.Max == nil || *f.Max == it.max) {
			return true
		}
	}
	return false
}

// armedApposition: an apposition after a list that names the victims
// members or fighters of an armed group: ", all members of the group's
// armed wing,", ", both fighters with the faction,".
func (x *extractor) armedApposition(k int, s sentence) bool {
	if x.word(k, s) != "," {
		return false
	}
	k++
	if w := x.word(k, s); w != "all" && w != "both" && w != "each" {
		return false // "240 people, mostly fighters,": a part, not all of them
	}
	k++
	if w := x.word(k, s); w == "of" || w == "them" {
		k++ // "all of them members of", "all of whom were"
	}
	for n := 0; k < s.b && n < 8; k, n = k+1, n+1 {
		t := x.ts[k]
		if t.k == kPunct && t.w != "'" && t.w != "’" && t.w != "-" {
			return false
		}
		if g, ok := groupWords[t.w]; ok && g.g == Combatants && !g.sing && t.w != "members" {
			return true // "both fighters in the faction"
		}
		if t.w == "members" || t.w == "member" {
			return x.armedAfter(k+1, s)
		}
	}
	return false
}

// armedAfter: an armed word up to eight tokens on, inside the phrase.
func (x *extractor) armedAfter(k int, s sentence) bool {
	for n := 0; k < s.b && n < 8; k, n = k+1, n+1 {
		t := x.ts[k]
		if t.k == kPunct && t.w != "'" && t.w != "’" && t.w != "-" {
			return false
		}
		if armedWords[t.w] || t.w == "wing" && x.word(k-1, s) == "armed" {
			return true
		}
	}
	return false
}

// allOfThem reads a predicate whose subject is a count told in the sentence
// before: "Five children were inside the classroom. All of them died in the
// fire." The count there was bound to no metric; it takes this one.
func (x *extractor) allOfThem(si int, s sentence) {
	if si == 0 || x.newParagraph(s) || s.b-s.a < 3 {
		return
	}
	k := s.a
	if w := x.word(k, s); w != "all" && w != "both" {
		return
	}
	k++
	if x.word(k, s) == "of" && x.word(k+1, s) == "them" {
		k += 2
	} else if x.word(k, s) != "were" && x.word(k, s) != "died" && x.word(k, s) != "had" {
		return // "All four were shot": a count of its own
	}
	midx := x.scanPost(k, s)
	if midx < 0 || midx > k+4 {
		return
	}
	mw, ok := x.metricAt(midx, s)
	if !ok || mw.m == "" || mw.toll {
		return
	}
	ps := x.sents[si-1]
	var prev item
	found := false
	for i := ps.a; i < ps.b; i++ {
		if x.used[i] || x.ts[i].ar {
			continue
		}
		if it, ok := x.parseItem(i, ps, true, false); ok && it.hasMin && !it.hasHM && !it.vague {
			prev, found = it, true
			i = it.b - 1
		}
	}
	if !found {
		return
	}
	src, bg := x.sourceAt(s, s.a), x.backgroundAt(s, s.a)
	x.lists++
	x.emit(prev, mw.m, mw.bodies, src, bg, s.a, midx+1)
	x.lists++
	for i := s.a; i <= midx; i++ {
		x.used[i] = true
	}
}

// placeNameEnd: the end of a place name at k, "Jisr al-Shughur", "سرمين".
func (x *extractor) placeNameEnd(k int, s sentence) int {
	if k < s.b && x.ts[k].ar {
		return x.arNameEnd(k, s)
	}
	for n := 0; n < 5 && k < s.b; n, k = n+1, k+1 {
		if t := x.ts[k]; !(t.k == kWord && (t.cap || nameParticle(t.w)) || n > 0 && t.w == "-") {
			break
		}
	}
	return k
}

// companionNouns name a fighter's own men after a possessive in a list.
var companionNouns = map[string]bool{
	"bodyguard": true, "guard": true, "deputy": true, "aide": true, "escort": true,
	"companion": true, "lieutenant": true,
}

// theOne reads one person named by "the" and a singular noun inside a
// breakdown: "the cell leader", "the local commander".
func (x *extractor) theOne(p int, s sentence) (item, bool) {
	for k := p + 1; k < s.b && k <= p+3; k++ {
		t := x.ts[k]
		if g, ok := groupWords[t.w]; ok && g.sing && g.n <= 1 && !x.possessor(k) {
			if x.word(k+1, s) == "of" {
				break // "the children of the farmer", "the head of a family"
			}
			it := item{qa: p, a: k, b: k + 1, min: 1, max: 1, hasMin: true, hasMax: true, g: g.g, hmIdx: -1}
			if g.role {
				it.g = Combatants
			}
			return it, true
		}
		if t.k != kWord || t.ar {
			break
		}
		if _, ok := metricWords[t.w]; ok {
			break
		}
	}
	return item{}, false
}

// describedOne: is the count "one of the injured/wounded/dead" with an
// apposition that says who the person is ("one of the injured, a
// 14-year-old boy,")? figures.md: a described single death is one figure,
// not a step of the toll.
func (x *extractor) describedOne(it item, s sentence) bool {
	if x.ts[it.a].ar || it.min != 1 || it.max != 1 || !it.hasHM || it.hmIdx < it.a+2 || x.ts[it.hmIdx-2].w != "of" || x.word(it.b, s) != "," {
		return false
	}
	for c := it.b + 2; c < s.b && c <= it.b+10; c++ {
		if x.ts[c].w == "," {
			if !x.appositionAt(it.b+1, c) {
				return false
			}
			g, _, ok := x.describe(it.b+1, c)
			return ok && g != ""
		}
	}
	return false
}

// genericDeath: is "the death of a child" at m the subject of a present
// judgement ("the death of a single child is one too many", "the killing
// of civilians is a crime")? A statement about deaths, not a count.
func (x *extractor) genericDeath(m int, last item, s sentence) bool {
	switch x.ts[m].w {
	case "death", "deaths", "killing", "killings":
	default:
		return false
	}
	if m >= last.qa || x.word(m+1, s) != "of" {
		return false
	}
	w := x.word(last.b, s)
	return w == "is" || w == "are"
}

// counterfactual: is the verb at i in a group opened by could, would or
// should ("could have killed dozens had it hit the market")? What did not
// happen is no figure; "may have killed" stays a hedged report.
func (x *extractor) counterfactual(i int, s sentence) bool {
	for k := i - 1; k >= s.a && k >= i-4; k-- {
		switch w := x.ts[k].w; {
		case w == "could" || w == "would" || w == "should":
			return true
		case beWords[w] || indivAdverbs[w] || w == "have":
		default:
			return false
		}
	}
	return false
}

// arExpected: is the Arabic count at i what someone expects or fears the
// toll to rise to ("توقع الدفاع المدني ارتفاع الحصيلة إلى أكثر من عشرة")?
func (x *extractor) arExpected(i int, s sentence) bool {
	if !x.ts[i].ar && !(i+1 < s.b && x.ts[i+1].ar) {
		return false
	}
	rise := false // "توقعات إلى وفاة 700 شخص" is an estimate, a figure
	for k := i - 1; k >= s.a && k >= i-8; k-- {
		t := x.ts[k]
		if t.k == kPunct && t.w != "،" {
			return false
		}
		w := stripWawBa(t.w)
		if w == "ارتفاع" || w == "يرتفع" || w == "ترتفع" || w == "تزايد" {
			rise = true
		}
		if arExpectWords[w] || arExpectWords[t.w] {
			return rise
		}
	}
	return false
}

// arExpectWords are folded: expect, fear ("رجّح", likely, is a hedged report).
var arExpectWords = map[string]bool{
	"توقع": true, "يتوقع": true, "تتوقع": true, "متوقع": true, "المتوقع": true, "توقعات": true,
	"يخشى": true, "تخشى": true, "خشيه": true, "مخاوف": true,
}

// agedUnder18: does ", aged 9 and 12," at k give each of the n counted an
// age under 18?
func (x *extractor) agedUnder18(k, n int, s sentence) bool {
	if x.word(k, s) != "," {
		k-- // "two brothers aged 10 and 13"
	}
	if x.word(k+1, s) != "aged" || n < 1 || n > 8 {
		return false
	}
	ages := 0
	for j := k + 2; j < s.b && j < k+2+2*n; j++ {
		t := x.ts[j]
		if t.w == "and" || t.w == "," {
			continue
		}
		a, ok := smallNumber(t.w)
		if !ok {
			break
		}
		if a >= 18 {
			return false
		}
		ages++
	}
	return ages == n
}

// tallied: is a part of a toll ("21 of the deaths") the object of a body's
// own tally ("documented 21 of the deaths by name", "verified 40 of the
// killings")? Then it is that body's figure, not a part told in passing.
func (x *extractor) tallied(it item, s sentence) bool {
	switch x.word(it.qa-1, s) {
	case "documented", "recorded", "verified", "identified", "confirmed":
	default:
		return false
	}
	return it.hm.m == Killed && !beWords[x.word(it.b, s)]
}
