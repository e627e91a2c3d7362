package figures

// Arabic zeros that the pattern scanner in bind.go does not read: a zero
// said of people listed before it ("وجود امرأتين وطفلين في المنزل دون أن
// يصاب أي منهم بأذى": no woman and no child hurt), "لم يصب أي من X", and
// a negation of two metrics ("لم يسفر عن قتلى أو جرحى").

import "strings"

func init() {
	// "لم يسقط ضحايا", "لم تكن هناك إصابات": verbs and words between a
	// negation and what it denies
	for _, w := range []string{"يسقط", "تسقط", "تكن", "يكن", "هناك", "ثمه", "يسجل", "تسجل"} {
		arNegFillers[w] = true
	}
	negHeads["وفيات"] = Killed
	negHeads["الوفيات"] = Killed
	negHeads["اصابه"] = Injured // "دون أي إصابة": not one injury
}

// arZeroVerbs are negated verbs of harm and the metric they deny.
var arZeroVerbs = map[string]Metric{
	"يصب": Injured, "يصاب": Injured, "تصب": Injured, "تصاب": Injured, "يصابوا": Injured, "يصابا": Injured,
	"يجرح": Injured, "يقتل": Killed, "تقتل": Killed, "يقتلوا": Killed, "يتاذ": Injured, "يتاذي": Injured,
	"يتعرض": arExposed, "تتعرض": arExposed, // "لم يتعرض أي منهم لأذى"
}

// arZeroOver reads "دون أن يصاب أي منهم", "لم يصب أي من الأطفال": a zero
// for each group of the people the pronoun or the partitive names.
func (x *extractor) arZeroOver(i int, s sentence) bool {
	ts := x.ts
	w := stripWawBa(ts[i].w)
	if x.arUnharmed(i, s) {
		return true
	}
	if x.arZeroSubjectFirst(i, s) {
		return true
	}
	k := i + 1
	switch {
	case w == "عدم":
		// "وأكد الفريق عدم تعرض أي من عناصره لإصابات", "عدم إصابة أي من"
	case w == "دون" || w == "بدون":
		if x.word(k, s) == "ان" {
			k++
		}
	case w == "من" && x.word(i+1, s) == "دون":
		k = i + 2
		if x.word(k, s) == "ان" {
			k++
		}
	case w == "لم" || w == "ولم":
	default:
		return false
	}
	m, ok := arZeroVerbs[stripWawBa(x.word(k, s))]
	if !ok && w == "عدم" {
		m, ok = arZeroNouns[x.word(k, s)]
	}
	if !ok {
		return false
	}
	k++
	m2 := Metric("")
	if x.word(k, s) == "او" {
		// "لم يقتل أو يصب أحد": both denied
		if o, ok := arZeroVerbs[x.word(k+1, s)]; ok && o != m && o != arExposed && m != arExposed {
			m2 = o
			k += 2
		}
	}
	one := x.word(k, s)
	if one != "اي" && one != "احد" {
		if g, ok := x.arSurvivor(i, s); ok && m2 == "" && m != arExposed && (w == "دون" || w == "بدون") {
			// "نجا رضيعها دون أن يصاب بأذى": the one who escaped (arabic_relatives.go)
			x.arEmitZeros([]item{{g: g}}, m, "", i, k, s)
			return true
		}
		return false
	}
	k++
	var groups []item
	end := k
	switch pw := x.word(k, s); {
	case pw == "منهم" || pw == "منهما" || pw == "منهن":
		// the group described as the subject ("كوادر المشفى لم يصب أي
		// منهم", arabic_relatives.go), else the people listed before, in
		// this sentence
		if g, ok := x.arStaffSubject(i, s); ok && (w == "لم") {
			groups = []item{{g: g}}
		} else {
			groups = x.arListBefore(i, s)
		}
		end = k + 1
	case pw == "من" && k+1 < s.b:
		// "أي من الأطفال": the group named
		if g, ok := lookup(groupWords, ts[k+1]); ok && !g.list {
			groups = []item{{g: g.g}}
			end = k + 2
			if e := x.arRescuers(end, s); e > 0 {
				groups[0].g, end = Civilians, e // "أحد من عناصر الدفاع المدني"
			}
		}
	case one == "احد":
		groups = []item{{g: People}} // "لم يصب أحد": no one
	default:
		// "لم يصب أي مدني": any one of the group the noun names
		if g, ok := lookup(groupWords, ts[min(k, s.b-1)]); ok && k < s.b && !g.list && !g.role && g.n == 1 {
			groups = []item{{g: g.g}}
			end = k + 1
		}
	}
	if len(groups) == 0 {
		return false
	}
	if m == arExposed {
		// "لم يتعرض أي من الأطفال لأذى": what they were not exposed to
		// follows them
		if m = x.arHarmAfter(end, s); m == "" {
			return false
		}
		end++
	}
	x.arEmitZeros(groups, m, m2, i, end, s)
	return true
}

// arExposed marks a verb of exposure ("تعرض"): the harm it denies comes
// after the people, "لإصابات", "لأذى".
const arExposed Metric = "exposed"

// arZeroNouns are the verbal nouns of harm after عدم: "عدم إصابة أي من".
var arZeroNouns = map[string]Metric{"اصابه": Injured, "مقتل": Killed, "تعرض": arExposed, "سقوط": Casualties}

// arHarmAfter reads the harm after a verb of exposure and its people, at
// k: "لإصابات", "لأي أذى", "لأذى" are injuries.
func (x *extractor) arHarmAfter(k int, s sentence) Metric {
	w := x.word(k, s)
	if w == "لاي" {
		w = "ل" + x.word(k+1, s)
	}
	switch w {
	case "لاذي", "للاذي", "لاصابات", "لاصابه", "لاي":
		return Injured
	}
	return ""
}

// arZeroSubjectFirst reads a zero whose people come before the negated
// verb: "إن أحداً من الجنود الروس لم يصب بسوء", "أياً من الأطفال
// لم يتعرض لأذى". One of a group of the lexicon (an adjective of
// affiliation may follow it), then لم and a verb of harm.
func (x *extractor) arZeroSubjectFirst(i int, s sentence) bool {
	switch stripWawBa(x.ts[i].w) {
	case "احدا", "ايا":
	default:
		return false
	}
	if x.word(i+1, s) != "من" || i+3 >= s.b {
		return false
	}
	g, ok := lookup(groupWords, x.ts[i+2])
	if !ok || g.list {
		return false
	}
	it := item{g: g.g}
	k := i + 3
	if a, ok := arActor(x.ts[k]); ok {
		it.actor = a
		k++
	}
	if e := x.arRescuers(k, s); e > 0 && it.g == People {
		it.g, k = Civilians, e
	}
	if x.word(k, s) != "لم" {
		return false
	}
	m, ok := arZeroVerbs[x.word(k+1, s)]
	if !ok {
		return false
	}
	end := k + 2
	if m == arExposed {
		if m = x.arHarmAfter(end, s); m == "" {
			return false
		}
		end++
	}
	x.arEmitZeros([]item{it}, m, "", i, end, s)
	return true
}

// arEmitZeros emits a zero of metric m (and m2, when two are denied) for
// each group, quoted from tokens i..end-1.
func (x *extractor) arEmitZeros(groups []item, m, m2 Metric, i, end int, s sentence) {
	src, bg := x.sourceAt(s, i), x.backgroundAt(s, i)
	x.lists++
	for _, g := range groups {
		it := item{qa: i, a: i, b: end, hasMin: true, hasMax: true, g: g.g, actor: g.actor, hmIdx: -1}
		x.emit(it, m, false, src, bg, i, end)
		if m2 != "" {
			x.emit(it, m2, false, src, bg, i, end)
		}
	}
	for u := i; u < end; u++ {
		x.used[u] = true
	}
}

// arListBefore finds the people listed before token i in its sentence:
// the last run of counts joined by و ("امرأتين وطفلين"). Its groups, one
// item each; nil when there is none.
func (x *extractor) arListBefore(i int, s sentence) []item {
	var out []item
	for p := x.arClauseStart(i, s); p < i; p++ {
		x.steps++
		if p == s.a && hasWaw(x.ts[p]) {
			continue // "وطالب الأهالي": a sentence opens with its verb, not a student
		}
		it, ok := x.parseItem(p, s, true, true)
		if !ok || it.b > i || it.hasHM || it.g == "" {
			continue
		}
		// joined by و: the clitic, not a root letter (والدتهم is one word)
		t := x.ts[p]
		rootWaw := t.stem != t.w && strings.HasPrefix(t.stem, "و")
		joined := hasWaw(t) && !rootWaw || x.ts[p-1].w == "و"
		if len(out) > 0 && !joined {
			out = out[:0] // a new list
		}
		dup := false
		for _, o := range out {
			dup = dup || o.g == it.g
		}
		if !dup {
			out = append(out, it)
		}
		p = it.b - 1
	}
	return out
}

// arClauseStart finds where the clause of token i begins, at most 12
// tokens back: after a comma or a word that opens another clause ("وأصيب 3
// أطفال، فيما نجت والدتهم دون إصابات": the children are not the survivors).
func (x *extractor) arClauseStart(i int, s sentence) int {
	for k := i - 1; k > s.a && k >= i-12; k-- {
		x.steps++
		if w := x.ts[k].w; w == "،" || w == "," || arFactStop[stripWawBa(w)] {
			return k + 1
		}
	}
	return max(s.a, i-12)
}

// arSecondZero reads a second metric after a zero: "قتلى أو جرحى",
// "إصابات أو وفيات". end is the token after the first metric noun.
func (x *extractor) arSecondZero(it item, m Metric, end int, src string, bg bool, s sentence) {
	if end >= s.b {
		return
	}
	k := end
	if w := x.word(k, s); w == "او" || w == "ولا" || w == "و" {
		k++
	} else if !strings.HasPrefix(x.ts[k].w, "و") {
		return
	}
	if k >= s.b {
		return
	}
	hm, ok := lookup(negHeads, x.ts[k])
	if !ok || hm == m || hm == Casualties || m == Casualties {
		return
	}
	x.emit(it, hm, false, src, bg, it.qa, k+1)
	x.used[k] = true
}

// arSafeWords say people came out unharmed: "خرجوا سالمين" (casualties 0);
// arSurvive verbs say they escaped: "نجت امرأة وطفلاها دون إصابات"
// (injured 0 for each).
var arSafeWords = map[string]bool{
	"سالمين": true, "سالما": true, "سالمه": true, "سالمون": true, "سالمات": true, "سالمتين": true, "سالمان": true,
}

var arSurvive = map[string]bool{"نجا": true, "نجت": true, "نجوا": true, "نجيا": true, "نجتا": true, "ينجو": true}

// arUnharmed reads a zero said of the people listed before it: "سالمين"
// after them (casualties), or "دون إصابات" in a sentence where they
// escaped (injured).
func (x *extractor) arUnharmed(i int, s sentence) bool {
	w := stripWawBa(x.ts[i].w)
	m, end := Metric(""), i+1
	switch {
	case x.ts[i].bare&cArSafe != 0: // arSafeWords[w]
		m = Casualties
	case w == "دون" || w == "بدون":
		k := i + 1
		for k < s.b && k <= i+3 && (x.word(k, s) == "وقوع" || x.word(k, s) == "اي" || x.word(k, s) == "ان") {
			k++
		}
		hm, ok := lookup(negHeads, x.ts[min(k, s.b-1)])
		if !ok || hm != Injured || k >= s.b {
			return false
		}
		survived := false
		for j := s.a; j < i; j++ {
			survived = survived || arSurvive[stripWawBa(x.ts[j].w)]
		}
		if !survived {
			return false
		}
		m, end = Injured, k+1
	default:
		return false
	}
	groups := x.arListBefore(i, s)
	if len(groups) == 0 && m == Injured {
		groups = x.arCountedSurvivor(i, s)
	}
	if len(groups) == 0 {
		return false
	}
	x.arEmitZeros(groups, m, "", i, end, s)
	return true
}

// arCountedSurvivor reads the subject right after the verb of escape
// before token i when it is counted but names no known group: a dual noun
// or a number and a noun ("ونجا مراجعان كانا في الغرفة دون أي إصابة",
// "نجا ثلاثة ركاب"). The people escaped: one item of people. "نجا من
// محاولة اغتيال" names no one and gives nothing.
func (x *extractor) arCountedSurvivor(i int, s sentence) []item {
	for j := i - 1; j >= s.a && j >= i-12; j-- {
		if !arSurvive[stripWawBa(x.ts[j].w)] {
			continue
		}
		p := j + 1
		if p >= i || x.ts[p].k != kWord && x.ts[p].k != kNum {
			return nil
		}
		if _, _, _, ok := parseNumber(x.ts, p); ok && p+1 < i && x.ts[p+1].ar && !strings.HasPrefix(x.ts[p+1].w, "ال") {
			return []item{{g: People}}
		}
		w := x.ts[p].w
		if x.ts[p].ar && !strings.HasPrefix(w, "ال") && strings.HasSuffix(w, "ان") && len([]rune(w)) >= 5 {
			return []item{{g: People}} // a dual: مراجعان، عاملان
		}
		return nil
	}
	return nil
}

// arDenial are verbs and participles of denial: "نافية سقوط قتلى",
// "ونفى الجيش وقوع جرحى". What they deny is a zero, like لم.
var arDenial = map[string]bool{
	"نافيه": true, "نافيا": true, "نافين": true, "نافيين": true, "نفي": true, "نفت": true,
	"ينفي": true, "تنفي": true, "نفوا": true,
}

// arDeniedEvent finds, after a denial at i, the event noun that opens what
// is denied (وقوع، سقوط، حدوث، تسجيل), past a subject of up to three words
// ("ونفى الجيش وقوع جرحى"); -1 when there is none.
func (x *extractor) arDeniedEvent(i int, s sentence) int {
	for k := i + 1; k < s.b && k <= i+4; k++ {
		if _, ok := lookup(arNegFillers, x.ts[k]); ok && x.ts[k].w != "ان" && x.ts[k].w != "عن" {
			return k // وقوع، سقوط، حدوث، تسجيل، أي (وقوع keeps its root و)
		}
		if x.ts[k].k != kWord || x.ts[k].w == "،" {
			return -1
		}
	}
	return -1
}

// arFactionSpeaker: a source that names an armed faction ("غرفة عمليات
// الفتح المبين", "هيئة تحرير الشام"), whose own ranks are fighters, not a
// state's troops.
func arFactionSpeaker(src string) bool {
	for _, w := range []string{"غرفة عمليات", "هيئة تحرير", "الفصائل", "فصائل", "فصيل", "تنظيم", "جبهة", "حراس الدين", "الجبهة الوطنية", "الجيش الوطني"} {
		if strings.Contains(src, w) {
			return true
		}
	}
	return false
}
