package figures

// Arabic readings that the language-general code calls into.

import (
	"maps"
	"strings"
)

// arNumberTail reads the part of a number after a scale word: "و824" in
// "71 ألفاً و824" (the و is its own token before digits), "وخمسمئة". It
// returns the value, below scale, and the tokens used.
func arNumberTail(ts []tok, k, scale int) (int, int) {
	if k+1 >= len(ts) || ts[k].w != "و" {
		return 0, 0
	}
	lo, hi, n, ok := parseNumber(ts, k+1)
	if !ok || lo != hi || lo >= scale || lo <= 0 {
		return 0, 0
	}
	return lo, 1 + n
}

// arSingleAt: may a singular noun at i count one? Before قد and its verb
// ("وكان رجل قد قتل"), after a breakdown marker ("بينهم امرأة") or a
// clause-initial verb and its adjunct ("وأصيب في الحادث شاب").
func (x *extractor) arSingleAt(i int, s sentence) bool {
	if !x.ts[i].ar {
		return false
	}
	if g, ok := lookup(groupWords, x.ts[i]); !ok || g.n == 0 {
		return false // only a singular or dual noun counts by itself
	}
	if x.word(i+1, s) == "قد" && x.postVerbAt(i+2, s) {
		return true // "وكان رجل قد قتل": the pluperfect of its verb
	}
	return x.arSubLead(i-1, s) || x.arAmongBefore(i-1, s) || x.arVerbBeforeAdjunct(i-1, s) >= 0 ||
		x.arConstructSubject(i, s) >= 0 || // "أن حارس المدرسة أصيب"
		x.arListSubject(i, s) || // "أن جاره وابنه قُتلا" (arabic_relatives.go)
		x.arObjectKin(i, s) || // "قتلت الشظايا زوجها"
		x.arHeadOfKin(i, s) // "قتلت الغارة رجلاً وأبناءه الثلاثة"
}

// arOneAt: does the cardinal one stand at k, before b? In Arabic it
// follows its noun as an adjective ("قتيل واحد", "امرأة واحدة"), and
// the noun before it counts one wherever it stands.
func arOneAt(ts []tok, k, b int) bool {
	if k >= b || !ts[k].ar || ts[k].k != kWord {
		return false
	}
	switch ts[k].w {
	case "واحد", "واحده", "واحدا":
		return true
	}
	return false
}

// arRanksNouns are the ranks and companions of a side, which a pronoun
// after them names: "6 من عناصرها", "اثنين من رفاقه", "في صفوفهم".
var arRanksNouns = map[string]bool{
	"عناصر": true, "رفاق": true, "رفقاء": true, "زملاء": true, "صفوف": true, "مقاتلي": true, "جنود": true,
}

// arOwnRanks: is the word at k a rank noun with a possessive pronoun
// ("عناصرها", "رفاقه", "صفوفهم")?
func (x *extractor) arOwnRanks(k int, s sentence) bool {
	if k >= s.b || !x.ts[k].ar || !x.arPossessed(k) {
		return false
	}
	w := stripWawBa(x.ts[k].w)
	for _, suf := range arSuffixes {
		if r, ok := strings.CutSuffix(w, suf); ok && arRanksNouns[r] {
			return true
		}
	}
	return false
}

// arPossessorGroup finds whom a possessive pronoun at k refers to, the
// nearest side or person named before it in its sentence ("لقوات
// الحكومة السورية ... 6 من عناصرها": soldiers; "جندي وإصابة اثنين من
// رفاقه": soldiers; "تصدت الفصائل للمهاجمين وأوقعت أربعة قتلى في صفوفهم":
// fighters), and its group and actor. a is where the count opens.
func (x *extractor) arPossessorGroup(a int, s sentence) (Group, string, bool) {
	for k := a - 1; k >= s.a && k >= a-14; k-- {
		x.steps++
		t := x.ts[k]
		if t.k != kWord || !t.ar {
			continue
		}
		w := stripWawBa(t.w)
		w = strings.TrimPrefix(w, "ل") // "لقوات الحكومة"
		if arForces[w] || w == "النظام" {
			actor := ""
			if k+1 < s.b {
				actor, _ = arActor(x.ts[k+1])
			}
			if w == "الجيش" || w == "جيش" {
				if x.arFactionArmy(k, s) > 0 {
					return Combatants, "", true // "الجيش الوطني": a faction
				}
			}
			return Troops, actor, true
		}
		if arArmedHeads[w] {
			return Combatants, "", true
		}
		if _, ok := x.metricAt(k, s); ok {
			continue
		}
		if g, ok := lookup(groupWords, t); ok && !g.list {
			return g.g, "", true
		}
	}
	return "", "", false
}

// arConstructSubject reads a singular person noun at i in the construct
// with one definite noun, the subject of its verb after them: "أن حارس
// المدرسة أصيب أيضاً", "إن سائق السيارة قتل". It opens a clause (after
// أن، إن، لأن or at the sentence's start). It returns the index after the
// genitive, where the verb (or قد before it) stands, or -1.
func (x *extractor) arConstructSubject(i int, s sentence) int {
	if i+2 >= s.b {
		return -1
	}
	if i > s.a {
		if w := stripWawBa(x.ts[i-1].w); w != "ان" && w != "لان" && w != "انه" {
			return -1
		}
	}
	if g, ok := lookup(groupWords, x.ts[i]); !ok || g.n != 1 || g.list || hasWaw(x.ts[i]) {
		return -1
	}
	n := x.ts[i+1]
	if n.k != kWord || !n.ar || hasWaw(n) || !strings.HasPrefix(n.w, "ال") || arStop[n.w] {
		return -1
	}
	if _, ok := lookup(groupWords, n); ok {
		return -1 // "رجل المسن"? a person noun: no genitive of place
	}
	if _, ok := x.metricAt(i+1, s); ok {
		return -1
	}
	k := i + 2
	if w := x.word(k, s); w == "قد" {
		k++
	}
	mw, ok := x.metricAt(k, s)
	if !ok || !x.ts[k].ar || !(mw.post || mw.pre) || mw.head || mw.toll || !arSingVerb[stripWawBa(x.ts[k].w)] && !arWoundVerb[stripWawBa(x.ts[k].w)] {
		return -1
	}
	return i + 2
}

// arHeadOfKin: is the singular person noun at i the object of an active
// verb of harm, his kin joined to him by و ("قتلت الغارة رجلاً وأبناءه
// الثلاثة", "أصابت القذيفة امرأة وطفليها")? The kin are read as their own
// part (arObjectKin); the person they belong to counts one.
func (x *extractor) arHeadOfKin(i int, s sentence) bool {
	if i-2 < s.a || i+1 >= s.b || !hasWaw(x.ts[i+1]) || !x.arPossessed(i+1) {
		return false
	}
	if g, ok := lookup(groupWords, x.ts[i+1]); !ok || g.list || g.role {
		return false
	}
	k := x.scanPre(i-1, s, false)
	return k >= 0 && k < i-1 && x.ts[k].ar && arActiveVerbs[x.ts[k].stem]
}

// arWithKin reads a relative the dead died with, at i, after مع and a
// singular verb of dying ("رجل قضى مع ابنه", "توفيت امرأة مع طفلتها"): the
// relative is one more dead, of the group of the relative noun.
func (x *extractor) arWithKin(i int, s sentence) bool {
	if i-2 < s.a || x.ts[i-1].w != "مع" || x.used[i] || !x.arPossessed(i) {
		return false
	}
	g, ok := lookup(groupWords, x.ts[i])
	if !ok || g.n != 1 || g.list || g.role {
		return false
	}
	v := i - 2
	if !arSingVerb[stripWawBa(x.ts[v].w)] || !x.arVerbOfDeath(v) {
		if v-1 < s.a || !arSingVerb[stripWawBa(x.ts[v-1].w)] || !x.arVerbOfDeath(v-1) {
			return false // the verb, or the verb and its subject: "توفيت امرأة مع"
		}
		if og, ok := lookup(groupWords, x.ts[v]); !ok || og.n != 1 {
			return false
		}
		v--
	}
	x.arEmitPerson(Killed, v, i, i+1, x.arMasculineOwned(i, g.g), s)
	return true
}

// arAmongBefore: "بين الضحايا" ending at k: "وكان بين الضحايا امرأة".
func (x *extractor) arAmongBefore(k int, s sentence) bool {
	if k-1 < s.a || !strings.HasPrefix(x.ts[k].w, "ال") {
		return false
	}
	if w := x.ts[k-1].w; w != "بين" && w != "وبين" {
		return false
	}
	mw, ok := x.metricAt(k, s)
	return ok && mw.head && !mw.toll
}

// arSubLead: a breakdown marker just before k ("بينهم امرأة"): a singular
// noun after it counts one.
func (x *extractor) arSubLead(k int, s sentence) bool {
	if k < s.a || !x.ts[k].ar {
		return false
	}
	w := x.ts[k].w
	if (w == "هما" || w == "وهما") && k+1 < s.b {
		if g, ok := lookup(groupWords, x.ts[k+1]); ok && g.n == 2 {
			return false // "طفلان، هما شقيقان": the two described, no part
		}
	}
	return subMarkers[w] || w == "بينهما" || w == "منهما" // subMarkers has بينها
}

// arAdjective: may the word at k be an adjective after a noun ("رجل مسن",
// "مواطنة لبنانية", "شخص سوداني")? Arabic adjectives follow their noun;
// an open-class word there is a modifier, not the end of the phrase. Words
// joined by و, particles, numbers, verbs of the lexicons and clause words
// are not.
func (x *extractor) arAdjective(k int, s sentence) bool {
	if k >= s.b {
		return false
	}
	t := x.ts[k]
	if t.k != kWord || !t.ar || hasWaw(t) || strings.HasPrefix(t.w, "و") || len(t.w) < 6 {
		return false
	}
	if arStop[t.w] || strings.HasPrefix(t.w, "ب") || strings.HasPrefix(t.w, "ل") && !strings.HasPrefix(t.w, "ال") {
		return false
	}
	if _, ok := x.metricAt(k, s); ok {
		return false
	}
	if t.in(lArSpeech) {
		return false
	}
	if _, ok := parseNumberOK(x.ts[:s.b], k); ok {
		return false
	}
	return true
}

// arStop are Arabic function words and clause openers: never a modifier.
var arStop = map[string]bool{
	"في": true, "من": true, "الي": true, "علي": true, "عن": true, "مع": true, "بين": true,
	"منذ": true, "خلال": true, "جراء": true, "اثر": true, "نتيجه": true, "بعد": true, "قبل": true,
	"عند": true, "حيث": true, "الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللتين": true,
	"ان": true, "انه": true, "انها": true, "كما": true, "فيما": true, "بينما": true, "لكن": true,
	"قد": true, "لم": true, "لا": true, "ما": true, "هذا": true, "هذه": true, "ذلك": true, "تلك": true,
	"اليوم": true, "امس": true, "ايضا": true, "كذلك": true, "داخل": true, "قرب": true, "وسط": true,
	"شمال": true, "جنوب": true, "شرق": true, "غرب": true, "شمالي": true, "جنوبي": true, "شرقي": true, "غربي": true,
	"منهم": true, "بينهم": true, "هم": true, "وهم": true, "احدهم": true, "معظمهم": true, "اثناء": true,
	"صباح": true, "مساء": true, "ليل": true, "فجر": true, "يوم": true, "حتي": true, "الان": true,
	"جميع": true, "كل": true, "كافه": true, "معظم": true, "غالبيه": true, "اغلب": true, "العديد": true,
}

// arSkipAdjectives passes at most two adjectives after a counted noun when
// a coordinated noun follows them: "رجل مسن وامرأة".
func (x *extractor) arSkipAdjectives(k int, s sentence) int {
	m := k
	for n := 0; n < 2 && x.arAdjective(m, s); n++ {
		m++
	}
	if m > k && m < s.b && (hasWaw(x.ts[m]) || x.ts[m].w == "و") {
		return m
	}
	return k
}

// arAmongDead reads "بين القتلى", "من بين الضحايا" at k, after a count:
// "وسبعة أطفال على الأقل بين القتلى". It returns the metric word's index.
func (x *extractor) arAmongDead(k int, s sentence) int {
	t := x.ts[k]
	if !t.ar {
		return -1
	}
	n := k
	if t.w == "من" || t.w == "ومن" {
		n++
	}
	if w := x.word(n, s); w != "بين" && !(n == k && w == "وبين") {
		return -1
	}
	if mw, ok := x.metricAt(n+1, s); ok && mw.head && !mw.bodies && strings.HasPrefix(x.ts[n+1].w, "ال") {
		return n + 1
	}
	if _, ok := parseNumberOK(x.ts[:s.b], min(n+1, s.b-1)); ok && n+1 < s.b {
		// "ثلاثة أطفال وامرأة من بين 11 شخصاً قتلوا": the total's verb
		tot, ok := x.parseItem(n+1, s, false, false)
		if ok && !tot.hasHM && n > k {
			return x.scanPost(tot.b, s)
		} else if ok && tot.hasHM && !tot.hm.toll && !tot.hm.bodies && (n > k || tot.hasMax && tot.min == tot.max) {
			// "طفلين من بين 6 قتلى": the total's own noun; a headline's
			// "ثلاثة أطفال بين تسعة قتلى" has no من
			return tot.hmIdx
		}
	}
	return -1
}

// arVerbBeforeAdjunct finds a verb that opens its clause before an
// adjunct and then its subject: "وأصيب نتيجة الانفجار في المدينة تسعة
// مدنيين", "وقتل في الغارة التي استهدفت السوق طفلان". j is the token
// before the count. The adjunct opens with a preposition or a time word
// and holds no punctuation, number or other metric word.
func (x *extractor) arVerbBeforeAdjunct(j int, s sentence) int {
	ts := x.ts
	for k := j; k >= s.a && k >= j-10; k-- {
		x.steps++
		t := ts[k]
		if t.k == kNum && x.arTimeNumber(k) {
			continue // "وقتل خلال 24 ساعة 6 مدنيين", "منذ عام 2011"
		}
		if t.k != kWord || !t.ar || isArNumberWord(stripWawBa(t.w)) {
			return -1
		}
		if mw, ok := x.metricAt(k, s); ok {
			if !mw.pre || mw.toll || mw.head || k == j || !arClauseVerb[t.stem] && !arClauseVerb[stripWawBa(t.w)] {
				return -1
			}
			if !arAdjunctOpen(ts[k+1]) {
				return -1
			}
			if k > s.a && ts[k-1].k == kWord && !arClauseStart[ts[k-1].w] {
				return -1 // "أن" or a subject before: not a clause-initial verb
			}
			return k
		}
		if t.in(lArSpeech) {
			return -1
		}
	}
	return -1
}

// arTimeNumber: is the number at k a year or a count of time units ("24
// ساعة", "3 أيام"), not a count of people?
func (x *extractor) arTimeNumber(k int) bool {
	if _, ok := yearValue(x.ts[k]); ok {
		return true
	}
	if k+1 >= len(x.ts) {
		return false
	}
	switch stripWawBa(x.ts[k+1].w) {
	case "ساعه", "ساعات", "يوم", "ايام", "يوما", "اسبوع", "اسابيع", "شهر", "اشهر", "شهرا", "عام", "اعوام", "عاما", "سنه", "سنوات":
		return true
	}
	return false
}

// arClauseVerb are the intransitive and passive metric verbs whose subject
// may follow an adjunct: the singular verbs of dying and of being wounded
// as arSingVerb and arWoundVerb list them, one list to edit. Package
// variables are set before any init, so ارتقى, which arabic_relatives.go's
// init adds to arSingVerb, is none.
var arClauseVerb = func() map[string]bool {
	m := maps.Clone(arSingVerb)
	maps.Copy(m, arWoundVerb)
	return m
}()

// arClauseStart may stand before a clause-initial verb.
var arClauseStart = map[string]bool{"كما": true, "فيما": true, "حيث": true, "بينما": true, "وقد": true, "قد": true, "ثم": true}

// arAdjunctOpen: a preposition or time word that opens an adjunct.
func arAdjunctOpen(t tok) bool {
	if !t.ar {
		return false
	}
	switch stripWawBa(t.w) {
	case "في", "جراء", "نتيجه", "اثر", "بسبب", "خلال", "اليوم", "امس", "صباح", "مساء", "ليل", "فجر", "اثناء", "عند", "بعد", "قرب", "داخل",
		"متاثرا", "متاثره", "متاثرين", "متاثرتين": // "وتوفي متأثراً بجروحه طفلان"
		return true
	}
	return strings.HasPrefix(t.w, "ب") && !strings.HasPrefix(t.w, "بين")
}

// arDefiniteMetricBefore: "وأن المصابين 3 سوريين": a definite metric noun
// as the subject, its count as the predicate. It returns the noun's index.
func (x *extractor) arDefiniteMetricBefore(j int, s sentence) int {
	for n := 0; n < 3 && j > s.a; n++ {
		// "القتلى هم: «26 من ...»"
		if w := x.ts[j].w; w != "هم" && w != "وهم" && w != ":" && x.ts[j].k != kQuote {
			break
		}
		j--
	}
	if j >= s.a && x.ts[j].ar && strings.HasPrefix(stripWawBa(x.ts[j].w), "لل") && x.arTollOf(j, s) {
		// "بلغت الحصيلة النهائية للجرحى 40": the toll's complement
		if mw, ok := x.metricAt(j, s); ok && mw.head && !mw.toll && !mw.bodies {
			return j
		}
	}
	if j < s.a || !x.ts[j].ar || !strings.HasPrefix(stripWawBa(x.ts[j].w), "ال") {
		return -1
	}
	if p := x.word(j-1, s); p == "بين" || p == "وبين" {
		return -1 // "بين الضحايا امرأة": a part of a toll (inlineLead)
	}
	if mw, ok := x.metricAt(j, s); ok && mw.head && !mw.toll && !mw.bodies {
		return j
	}
	return -1
}

// arTollOf: is the word at j the genitive of a toll word before it, past
// the toll's adjectives ("الحصيلة النهائية للجرحى")?
func (x *extractor) arTollOf(j int, s sentence) bool {
	for k := j - 1; k >= s.a && k >= j-3; k-- {
		if mw, ok := x.metricAt(k, s); ok && mw.toll {
			return true
		}
		if t := x.ts[k]; !t.ar || t.k != kWord || !strings.HasPrefix(t.w, "ال") {
			return false
		}
	}
	return false
}

// arArmedHeads open the name of an armed group: "26 من هيئة تحرير الشام".
// The init below adds arNamedBefore's nouns.
var arArmedHeads = map[string]bool{
	"هيئه": true, "فصائل": true, "الفصائل": true, "فصيل": true, "تنظيم": true, "جبهه": true,
	"حركه": true, "لواء": true, "كتيبه": true, "كتائب": true, "جيش": true, "حراس": true,
	"الجماعات": true, "جماعه": true, "الحزب": true, "حزب": true, "داعش": true, "ميليشيا": true, "ميليشيات": true,
	"جند": true, // "جند الله", "جند الشام"
}

// arNamedBefore are the nouns for an armed group named before: "ثلاثة من
// الفصيل", "أربعة عناصر من الهيئة". Alone they name no actor.
var arNamedBefore = map[string]bool{
	"الهيئه": true, "الفصيل": true, "التنظيم": true, "الحركه": true, "الجبهه": true, "اللواء": true, "الكتيبه": true,
	"الجماعه": true, "الميليشيا": true, "الميليشيات": true,
}

// init lets arNamedBefore's nouns open a name too, so that a count after
// "من الفصيل" is a fighter's (arabicHead gives it no actor) and one list
// names the armed groups.
func init() {
	for w := range arNamedBefore {
		arArmedHeads[w] = true
	}
}

// arHeadModifiers reads what qualifies a counted noun right after it: a
// group adjective after a metric noun ("31 شهيداً مدنياً": civilians) and a
// second plural noun joined by و that the count covers too ("75 جندياً
// ومقاتلاً": soldiers and fighters, people).
func (x *extractor) arHeadModifiers(it *item, j int, s sentence) int {
	if j >= s.b || !x.ts[j].ar {
		return j
	}
	if e := x.arRescuers(j, s); e > 0 && (it.g == Combatants || it.g == People || it.g == "") {
		it.g, it.actor = Civilians, ""
		return e // "3 عناصر من الدفاع المدني": rescuers are civilians (figures.md)
	}
	if (it.g == "" || it.g == People) && x.ts[j].w == "في" && x.arOwnRanks(j+1, s) {
		// "أوقعت أربعة قتلى في صفوفهم": in the ranks of the side named before
		if g, actor, ok := x.arPossessorGroup(it.a, s); ok && (g == Troops || g == Combatants) {
			it.g, it.actor = g, actor
			return j + 2
		}
	}
	if x.arMartyrsApposed(it, j, s) {
		return j + 1 // "ارتقاء طفلين شهيدين" (arabic_relatives.go)
	}
	if j > s.a && stripWawBa(x.ts[j-1].w) == "ابناء" && strings.HasPrefix(x.ts[j].w, "ال") {
		if _, ok := lookup(groupWords, x.ts[j]); !ok {
			it.g = People // "أبناء البلدة": its people, not children
		}
	}
	if it.g == People && !it.hasHM && arCivilAdj[x.ts[j].w] {
		it.g = Civilians // "مترجم مدني", "3 عمال مدنيين": people the text calls civilians
		return j + 1
	}
	k := j
	if _, ok := arActor(x.ts[k]); ok && k+1 < s.b {
		k++ // "75 جندياً سورياً ومقاتلاً"
	}
	t := x.ts[k]
	g, ok := lookup(groupWords, t)
	if !ok || g.n != 0 || g.list || g.role {
		return j
	}
	if it.hasHM && it.g == "" && !hasWaw(t) && k == j {
		it.g = g.g
		return j + 1
	}
	if hasWaw(t) && it.g != "" && g.g != it.g && strings.HasSuffix(t.stem, "ا") && !x.arPossessed(k) {
		// the accusative of a counted noun: no count of its own follows
		if _, ok := parseNumberOK(x.ts[:s.b], k+1); !ok {
			it.g, it.actor = People, ""
			return k + 1
		}
	}
	return j
}

// arRescuers reads a rescue body at k, after من، في or لدى if any: "الدفاع
// المدني", "الهلال الأحمر", "الخوذ البيضاء", "الإسعاف". Its staff are
// civilians. It returns the token after the name, or -1.
func (x *extractor) arRescuers(k int, s sentence) int {
	if w := x.word(k, s); w == "من" || w == "في" || w == "لدي" {
		k++
	}
	switch w, n := stripWawBa(x.word(k, s)), x.word(k+1, s); {
	case w == "الدفاع" && n == "المدني", w == "الهلال" && n == "الاحمر", w == "الخوذ" && n == "البيضاء":
		return k + 2
	case w == "فرق" && n == "الاسعاف":
		return k + 2
	case w == "الاسعاف":
		return k + 1
	}
	return -1
}

// arNameEnd passes the rest of a name after its head, up to four words
// not joined by و: "هيئة تحرير الشام", "فصائل الجيش الوطني".
func (x *extractor) arNameEnd(k int, s sentence) int {
	for n := 0; n < 4 && k < s.b; n, k = n+1, k+1 {
		t := x.ts[k]
		if t.k != kWord || !t.ar || hasWaw(t) || t.w == "و" || arStop[t.w] || arPrepWord(t.w) {
			break
		}
		if _, ok := x.metricAt(k, s); ok {
			break
		}
	}
	return k
}

// arArmyOf: an army or forces noun at k with a nationality after it ("الجيش
// التركي", "القوات الروسية") names that state; the bare noun is the
// Syrian army.
func (x *extractor) arArmyOf(k int, s sentence) (string, bool) {
	switch stripWawBa(x.ts[k].w) {
	case "الجيش", "جيش", "القوات", "قوات":
	default:
		return "", false
	}
	if k+1 >= s.b {
		return "", false
	}
	return arActor(x.ts[k+1])
}

// arFactionArmy reads an armed faction named "army" at k, after من or
// في if any: "الجيش الوطني", "الجيش الحر", "جيش العزة" are not a state's
// army (figures.md: fighters of factions are combatants). It returns the
// token after the name, or -1.
func (x *extractor) arFactionArmy(k int, s sentence) int {
	if w := x.word(k, s); w == "من" || w == "في" {
		k++
	}
	switch stripWawBa(x.word(k, s)) {
	case "الجيش":
		switch x.word(k+1, s) {
		case "الوطني", "الحر":
			return k + 2
		case "السوري":
			if x.word(k+2, s) == "الحر" {
				return k + 3
			}
		}
	case "جيش":
		switch x.word(k+1, s) {
		case "العزه", "الاسلام", "النصر", "الاحرار", "السنه", "المجاهدين":
			return k + 2
		}
	}
	return -1
}

// arOriginEnd reads where the counted people come from, right after
// them: "من عائلة واحدة", "من أهالي البلدة", "من سكان المخيم". It returns
// the token after the phrase, or -1, so that a verb after it binds ("6
// أطفال من عائلة واحدة أصيبوا").
func (x *extractor) arOriginEnd(k int, s sentence) int {
	if k+2 >= s.b || x.ts[k].w != "من" || !x.ts[k+1].ar {
		return -1
	}
	switch stripWawBa(x.ts[k+1].w) {
	case "عائله", "اسره":
		if w := x.ts[k+2].w; w == "واحده" || strings.HasPrefix(w, "ال") && !arStop[w] {
			if _, ok := x.metricAt(k+2, s); !ok {
				return k + 3
			}
		}
	case "اهالي", "سكان", "ابناء", "قاطني", "نازحي":
		if e := x.arNameEnd(k+2, s); e > k+2 {
			return e
		}
	}
	return -1
}

// arArmedOf reads "من هيئة تحرير الشام" at k right after a count of
// fighters: the name is the count's, and a known group is its actor.
func (x *extractor) arArmedOf(it *item, k int, s sentence) bool {
	if x.ts[k].w != "من" || k+1 >= s.b || it.actor != "" || it.g != Combatants || !arArmedHeads[stripWawBa(x.ts[k+1].w)] {
		return false
	}
	if _, ok := x.arArmyOf(k+1, s); ok {
		return false // "من الجيش التركي": a state's army (arActor)
	}
	a := x.arArmedName(k+1, x.arNameEnd(k+2, s))
	if armedActors[a] {
		it.actor = a
	}
	// a faction by its words ("عناصر من الفصائل") names no actor, but its
	// name is still the count's and the verb after it binds
	return true
}

// arArmedName names the armed group of tokens a..b-1 for the actor field:
// a known group by its usual short name, another by its words.
func (x *extractor) arArmedName(a, b int) string {
	var parts []string
	for k := a; k < b; k++ {
		parts = append(parts, stripWawBa(x.ts[k].w))
	}
	name := strings.Join(parts, " ")
	switch {
	case strings.HasPrefix(name, "هيئه تحرير الشام"):
		return "HTS"
	case name == "داعش" || strings.HasPrefix(name, "تنظيم الدوله"):
		return "IS"
	}
	if b > a {
		return x.text[x.ts[a].s:x.ts[b-1].e]
	}
	return ""
}

// arPrepWord: a word carrying a prepositional clitic with the article
// (بالإضافة، للمدنيين) or ل before a noun (لوقوع): never part of a name.
func arPrepWord(w string) bool {
	for _, p := range [...]string{"بال", "لل", "كال", "فال", "وبال", "وال"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	if strings.HasPrefix(w, "ب") && len(w) > 6 && !arBNames[w] {
		return true // "بقصف", "بغارة"
	}
	return strings.HasPrefix(w, "ل") && !strings.HasPrefix(w, "لا") && len(w) > 6
}

// arBNames are names that begin with ب, not the preposition.
var arBNames = map[string]bool{"بشار": true, "بكر": true, "بلال": true, "بسام": true, "بدر": true, "برهان": true, "بهاء": true, "باسل": true, "بسمه": true, "بشري": true}

// arNameBefore reads a speaker before its verb (subject-first order):
// "أن فرق الإسعاف قالت إن", "مصادر محلية أفادت بأن". The verb at k is
// followed by أن/إن; the name runs back to أن, a comma or the sentence
// start, over at most five words.
func (x *extractor) arNameBefore(k int, s sentence) (attr, bool) {
	ts := x.ts
	// a metric noun as the object ("المرصد أكد مقتل ستة") may follow only
	// a subject that opens the sentence
	object := false
	if r := x.arRecipientEnd(k+1, s); r > k+1 {
		k1 := r // "مصادر طبية أفادت للمرصد بأن": the one told stands between
		if w := x.word(k1, s); w != "ان" && w != "انه" && w != "انها" && w != "بان" {
			return attr{}, false
		}
	} else if w := x.word(k+1, s); w != "ان" && w != "انه" && w != "انها" && w != "بان" && !(strings.HasPrefix(w, "ب") && x.ts[k+1].stem != w) {
		mw, ok := x.metricAt(k+1, s)
		if !ok || !mw.pre || strings.HasPrefix(w, "ب") {
			return attr{}, false // "مصادر محلية أفادت بمقتل": ب and a word of the lexicons
		}
		object = true
	}
	st := k
	for j := k - 1; j >= s.a && j >= k-5; j-- {
		t := ts[j]
		if t.k != kWord || !t.ar {
			break
		}
		if w := t.w; w == "ان" || w == "بان" || arStop[w] || arNameStop[w] || arKana[w] {
			break // "وكانت الأمم المتحدة قالت": كان is no part of the name
		}
		if _, ok := x.metricAt(j, s); ok {
			return attr{}, false
		}
		if t.in(lArSpeech) {
			return attr{}, false
		}
		if _, ok := parseNumberOK(ts[:s.b], j); ok {
			return attr{}, false
		}
		st = j
	}
	if st == k || object && st != s.a {
		return attr{}, false
	}
	if o := st - 1; o >= s.a && ts[o].k == kWord && ts[o].w != "ان" && ts[o].w != "بان" && !arStop[ts[o].w] && !arKana[ts[o].w] {
		return attr{}, false
	}
	return attr{pos: k, raw: strings.TrimPrefix(x.text[ts[st].s:ts[k-1].e], "و")}, true
}

// arKana: the auxiliary كان before a subject and its verb.
var arKana = map[string]bool{"كان": true, "كانت": true, "وكان": true, "وكانت": true}

// arOwnVoice: "مراسلنا" (our correspondent) is the outlet speaking; its
// figures have no source. So is "مراسل <outlet>": Arabic outlets name their
// own correspondent so ("أفاد مراسل سانا", "مراسل عنب بلدي", "مراسل وكالة
// خطوة"); a wire agency's correspondent stays a source, and so does
// another outlet's when the publishing one is known by its Arabic name.
func (x *extractor) arOwnVoice(a attr) attr {
	w := strings.Trim(a.raw, " \"”“«»")
	if strings.HasPrefix(w, "مراسلنا") || strings.HasPrefix(w, "مراسلتنا") || strings.HasPrefix(w, "مراسلونا") {
		a.raw, a.generic, a.cont = "", false, false
		return a
	}
	f := strings.Fields(w)
	if len(f) < 2 || f[0] != "مراسل" && f[0] != "مراسلة" {
		return a
	}
	for _, wire := range []string{"رويترز", "فرانس", "الأناضول", "أسوشيتد", "الفرنسية", "د ب أ"} {
		if strings.Contains(w, wire) {
			return a
		}
	}
	if x.site.arabic() && !strings.Contains(w, x.site.name) && !x.site.ownsStaff(strings.Join(f[1:], " ")) {
		return a // "مراسل الجزيرة" in another outlet's article
	}
	a.raw, a.generic, a.cont = "", false, false
	return a
}

// arCaseOf reads "حالة وفاة", "حالات إصابة" after a count: cases of a
// metric, counted like the metric noun.
func (x *extractor) arCaseOf(it *item, j int, s sentence) (int, bool) {
	if w := x.ts[j].w; w != "حاله" && w != "حالات" || j+1 >= s.b {
		return 0, false
	}
	mw, ok := x.metricAt(j+1, s)
	if !ok || mw.toll || mw.m == "" {
		return 0, false
	}
	mw.head = true
	it.hm, it.hasHM, it.hmIdx = mw, true, j+1
	return j + 2, true
}

// arPairedHeads: the metric noun at k and another of the other metric
// joined to it by و, with no count of their own: "قتلى وجرحى" (the dead
// and wounded, counted together).
func (x *extractor) arPairedHeads(k int, s sentence) bool {
	mw, ok := x.metricAt(k, s)
	if !ok || !x.ts[k].ar || !mw.head || mw.toll || mw.dual {
		return false
	}
	other := func(i int) bool {
		o, ok := x.metricAt(i, s)
		return ok && o.head && !o.toll && !o.dual && o.m != mw.m && o.m != Casualties && mw.m != Casualties
	}
	counted := func(i int) bool {
		_, ok := parseNumberOK(x.ts[:s.b], max(min(i, s.b-1), s.a))
		return ok && i >= s.a && i < s.b
	}
	if hasWaw(x.ts[k]) && other(k-1) {
		return !counted(k-2) && !counted(k+1)
	}
	if k+1 < s.b && hasWaw(x.ts[k+1]) && other(k+1) {
		return !counted(k-1) && !counted(k+2)
	}
	return false
}

// arAsideVerb finds the verb after a breakdown that no comma closes:
// "أن 20 مدنياً على الأقل، بينهم سبعة أطفال قُتلوا" (the plural verb
// agrees with the head). k is the first token of the aside.
func (x *extractor) arAsideVerb(k int, s sentence) int {
	if k >= s.b || !x.ts[k].ar {
		return -1
	}
	for m := k; m < s.b && m < k+10; m++ {
		x.steps++
		t := x.ts[m]
		if t.k == kPunct && t.w != "،" && t.w != "," {
			return -1
		}
		if mw, ok := x.metricAt(m, s); ok {
			if mw.post && strings.HasSuffix(t.w, "وا") {
				return m
			}
			return -1
		}
	}
	return -1
}

// arOrdinalAdj are ordinals after a singular noun: "شخصاً رابعاً".
var arOrdinalAdj = map[string]bool{
	"ثانيا": true, "ثالثا": true, "رابعا": true, "خامسا": true, "سادسا": true, "سابعا": true,
	"ثاني": true, "ثالث": true, "رابع": true, "خامس": true, "ثالثه": true, "رابعه": true, "خامسه": true,
}

// arOpenHead reads an open-class noun after a count as people: a
// nationality ("3 سوريين", its side kept as the actor) or a plural outside
// the lexicon right before a verb of the figures ("5 صيادين قتلوا").
func (x *extractor) arOpenHead(it *item, j int, s sentence) bool {
	t := x.ts[j]
	if t.k != kWord || !t.ar || hasWaw(t) || arStop[t.w] || arPrepWord(t.w) {
		return false
	}
	if a, ok := arActor(t); ok && (strings.HasSuffix(t.w, "ين") || strings.HasSuffix(t.w, "ون")) {
		it.g, it.actor = People, a
		return true
	}
	if !strings.HasSuffix(t.w, "ين") && !strings.HasSuffix(t.w, "ون") && !strings.HasSuffix(t.w, "ا") {
		return false
	}
	if j > s.a && x.ts[j-1].w == "من" && strings.HasPrefix(t.w, "ال") && !strings.HasSuffix(t.w, "ا") {
		it.g = People // "3 من العاملين": a partitive of a plural of people
		return true
	}
	mw, ok := x.metricAt(j+1, s)
	if ok && mw.post && !mw.head {
		it.g = People
		return true
	}
	return false
}

// arPlacePart reads one part of a breakdown by place: the count before
// في (of the head's group, people when it has none), the place, and the
// groups after it, in parentheses or after بينهم: "5 في سرمين (3 مدنيين
// وعنصران)", "4 في بنش بينهم رجل وزوجته". Each is its own figure: parts
// of different places are not one group to add up. It returns the token
// after the part.
func (x *extractor) arPlacePart(it item, p int, s sentence, m Metric, src string, bg bool, g Group) int {
	it.g = People
	if g != "" {
		it.g = g
	}
	x.emit(it, m, false, src, bg, it.qa, it.b)
	p = x.placeNameEnd(p+1, s)
	if p < s.b && x.arSubLead(p, s) {
		// "بينهم طفلان وسيدة": its groups joined by و, up to the next part
		return x.arPartGroups(p+1, s, m, src, bg, false)
	}
	if p >= s.b || x.ts[p].w != "(" {
		return p
	}
	p = x.arPartGroups(p+1, s, m, src, bg, true)
	for p < s.b && p < it.b+20 && x.ts[p].w != ")" {
		p++
	}
	if p < s.b {
		p++
	}
	return p
}

// arPartGroups reads the groups of one place's part from p, each its own
// figure, and returns the token after the last; in parentheses commas
// join them too.
func (x *extractor) arPartGroups(p int, s sentence, m Metric, src string, bg, paren bool) int {
	for n := 0; n < 6 && p < s.b && x.ts[p].w != ")"; n++ {
		x.steps++
		sub, ok := x.listItem(p, s)
		if !ok || sub.hasHM || sub.g == "" {
			break
		}
		x.emit(sub, m, false, src, bg, sub.qa, sub.b)
		for k := p; k < sub.b; k++ {
			x.used[k] = true
		}
		p = sub.b
		if p >= s.b {
			break
		}
		if w := x.ts[p].w; w == "و" || paren && (w == "،" || w == "," || w == "and") {
			p++
		} else if !hasWaw(x.ts[p]) {
			break
		}
	}
	return p
}

// arConditionPart: a bare count after a breakdown marker that says how
// badly some were hurt, not who they are: "وأصيب 10 بينهم 3 بحالة خطرة".
// Its tokens are marked read; it is no figure.
func (x *extractor) arConditionPart(it item, s sentence) bool {
	if it.g != "" || it.hasHM || it.vague || !x.ts[it.a].ar && x.ts[it.a].k != kNum || !x.arSubLead(it.qa-1, s) || it.b >= s.b {
		return false
	}
	w := x.ts[it.b].w
	switch {
	case strings.HasPrefix(w, "بحال"), strings.HasPrefix(w, "حالت"), strings.HasPrefix(w, "اصابت"),
		strings.HasPrefix(w, "اصاباته"), strings.HasPrefix(w, "جروحه"), w == "بجروح", w == "بجراح", w == "جراحهم":
	default:
		return false
	}
	for k := it.qa; k < it.b; k++ {
		x.used[k] = true
	}
	return true
}

// arPrepClitic: a word whose lexicon form was reached by stripping a
// preposition (ب ل ك): "بحالة", "للمدنيين".
func arPrepClitic(t tok) bool {
	if !t.ar || t.stem == t.w || arVocab[t.w] {
		return false
	}
	w := strings.TrimPrefix(t.w, "و")
	return strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ك")
}

// arDocWords name a document whose author, after ل, is the source:
// "حسب إحصائية للشبكة السورية لحقوق الإنسان", "وفق تقرير لمنظمة".
var arDocWords = map[string]bool{
	"احصائيه": true, "تقرير": true, "بيان": true, "حصيله": true, "توثيق": true, "ارقام": true,
	"احصاءات": true, "احصائيات": true, "معطيات": true, "بيانات": true, "معلومات": true, "تقديرات": true,
}

// arDocAgent names the author of a document after ل as the source.
func arDocAgent(a attr) attr {
	w := strings.Fields(a.raw)
	if len(w) < 2 || !arDocWords[normWord(w[0])] {
		return a
	}
	rest := strings.Join(w[1:], " ")
	switch {
	case strings.HasPrefix(rest, "لل"):
		a.raw = "ال" + strings.TrimPrefix(rest, "لل")
	case strings.HasPrefix(rest, "ل"):
		a.raw = strings.TrimPrefix(rest, "ل")
	default:
		return a
	}
	a.generic, a.head = false, ""
	return a
}

// arExposedTo: "تعرّض N لإصابات": the metric noun at k carries ل and a
// verb of exposure (تعرض) stands before the count that ends at j.
func (x *extractor) arExposedTo(j, k int, s sentence) bool {
	t := x.ts[k]
	if !t.ar || !strings.HasPrefix(t.w, "ل") || t.stem == t.w {
		return false
	}
	mw, ok := x.metricAt(k, s)
	if !ok || mw.m != Injured && mw.m != Killed || mw.toll {
		return false
	}
	for m := j - 1; m >= s.a && m >= j-6; m-- {
		if w := stripWawBa(x.ts[m].w); w == "تعرض" || w == "تعرضت" || w == "تعرضوا" || w == "يتعرض" {
			return true
		}
	}
	return false
}

// arOtherEvent: a word at k that puts a figure in another incident ("في
// حادثة منفصلة", "وفي سياق آخر") or in the toll of a whole war ("ضحايا
// الحرب", "قتلوا في الحرب السورية"): background, whatever the date. ("في هجوم آخر" is not:
// a round-up of the day's attacks tells them as one.)
func (x *extractor) arOtherEvent(k int) bool {
	w := stripWawBa(x.ts[k].w)
	prev := func() string {
		if k == 0 {
			return ""
		}
		return stripWawBa(x.ts[k-1].w)
	}
	switch w {
	case "منفصل", "منفصله", "منفصلين":
		return arEventWords[prev()] || prev() == "حادثه" || prev() == "حادث" || prev() == "سياق"
	case "اخر", "مختلف":
		return prev() == "سياق" // "وفي سياق آخر": other news
	case "الحرب", "النزاع", "الصراع", "الثوره":
		if k == 0 {
			return false
		}
		if mw, ok := lookup(metricWords, x.ts[k-1]); ok && (mw.head || mw.toll) && !mw.bodies {
			return true // "ضحايا الحرب"
		}
		// "قتلوا في الحرب السورية", "قتل خلال سنوات الحرب": deaths over
		// the whole war
		p := k - 1
		if p > 0 && (prev() == "سنوات" || prev() == "اعوام") {
			p--
		}
		switch stripWawBa(x.ts[p].w) {
		case "في", "خلال", "طيله", "طوال", "منذ":
		default:
			return false
		}
		for j := p - 1; j >= 0 && j >= p-3; j-- {
			if x.arDeathVerbAt(j) {
				return true
			}
		}
	}
	return false
}

// arKnownBody: a definite noun after a word for a body ("انتشلت جثة
// الطفلة", "جثامين الضحايا"): the body of someone counted already, not a
// count of bodies recovered ("جثة طفل" is one).
func (x *extractor) arKnownBody(i int, s sentence) bool {
	t := x.ts[i]
	if !t.ar || t.k != kWord || i == s.a {
		return false
	}
	mw, ok := x.metricAt(i-1, s)
	if !ok || !mw.bodies {
		return false
	}
	// "جثة طفل" after the toll: a glimpse of one counted already
	return strings.HasPrefix(stripWawBa(t.w), "ال") || arOneBody[stripWawBa(x.ts[i-1].w)] && x.tollTold()
}

var arOneBody = map[string]bool{"جثه": true, "جثمان": true} // folded

// arOtherAdjective: آخر after a noun that is not a person is "another"
// qualifying it ("في هجوم آخر قتل"), not a person counted.
func (x *extractor) arOtherAdjective(i int, s sentence) bool {
	t := x.ts[i]
	if !t.ar || !arOthers(t) || hasWaw(t) || i == s.a {
		return false
	}
	p := x.ts[i-1]
	if p.k != kWord || !p.ar || arStop[p.w] {
		return false
	}
	if _, ok := x.metricAt(i-1, s); ok {
		return false // "وأصيب آخر"
	}
	if _, ok := lookup(groupWords, p); ok {
		return false // "قتل رجل وآخر" is read as a list
	}
	_, num := parseNumberOK(x.ts[:s.b], i-1)
	return !num
}

// arPlaceList gives the figures of consecutive lines "– PLACE : N noun"
// (a toll by place, one line each) one list number, so that two places
// with the same count are two figures, not one restated. Other figures
// keep list.
func (x *extractor) arPlaceList(list int) int {
	s := x.sents[x.si]
	if !x.arPlaceLine(s) {
		return list
	}
	if x.placeRun.id == 0 || x.placeRun.last < x.si-1 {
		x.placeRun.id = -(x.si + 1)
	}
	x.placeRun.last = x.si
	return x.placeRun.id
}

// arPlaceLine: does sentence s read "– PLACE : N ..." (a bullet or dash,
// at most three Arabic words, a colon, a number)?
func (x *extractor) arPlaceLine(s sentence) bool {
	k := s.a
	for k < s.b && x.ts[k].k == kNL {
		k++
	}
	if k < s.b && x.ts[k].k == kPunct && x.ts[k].w != ":" {
		k++ // "–", "-", "•"
	}
	n := 0
	for k < s.b && x.ts[k].k == kWord && x.ts[k].ar && n < 4 {
		k++
		n++
	}
	if n == 0 || n > 3 || k+1 >= s.b || x.ts[k].w != ":" {
		return false
	}
	_, ok := parseNumberOK(x.ts[:s.b], k+1)
	return ok
}

// arNumberOfBefore finds "عدد" and a metric noun before the count that
// follows j, past a genitive or a time word: "بلغ عدد ضحايا الزلزال 232",
// "عدد الشهداء اليوم 10". It returns the metric noun's index.
func (x *extractor) arNumberOfBefore(j int, s sentence) int {
	for k := j; k >= s.a && k >= j-2; k-- {
		t := x.ts[k]
		if t.k != kWord || !t.ar {
			return -1
		}
		if x.word(k-1, s) != "عدد" {
			continue
		}
		if mw, ok := x.metricAt(k, s); ok && mw.head && !mw.toll {
			return k
		}
		return -1
	}
	return -1
}

func init() {
	// outlets named in a headline prefix ("نيويورك تايمز: الغارة قتلت
	// خمسة مدنيين") or a tail ("... - وكالة الأناضول")
	for _, w := range []string{"وكاله", "صحيفه", "قناه", "تلفزيون", "اذاعه", "تايمز", "بوست", "رويترز", "الاناضول", "سانا", "نيوز", "برس", "الجزيره", "العربيه"} {
		sourceNouns[w] = true
	}
}

// arVictimOf: "راح ضحية القصف 3 أطفال": the victims of an event, the
// event between the noun and its count. It returns the noun's index with
// a metric of death (راح ضحية: fell victim, died).
func (x *extractor) arVictimOf(j int, s sentence) int {
	for k := j; k >= s.a && k >= j-2; k-- {
		if w := stripWawBa(x.ts[k].w); w == "ضحيه" && stripWawBa(x.word(k-1, s)) == "راح" {
			return k - 1
		}
	}
	return -1
}

func init() {
	metricWords["راح"] = mword{m: Killed, pre: true} // only with ضحية before its count (arVictimOf)
}

func init() {
	// "مقتل عائلة من 5 أفراد": the family stands between the verb and its count
	preFillers["عائله"], preFillers["اسره"] = true, true
}

// arFamilyOf: "عائلة من", "أسرة من" before k: "من" there says how many
// members, not where a range starts.
func (x *extractor) arFamilyOf(k int, s sentence) bool {
	if k <= s.a || !x.ts[k].ar {
		return false
	}
	w := stripWawBa(x.ts[k-1].w)
	return w == "عائله" || w == "اسره" || w == "العائله" || w == "الاسره"
}

// arDeathsBefore: "بعد ساعات من مقتل خمسة مدنيين", "بعد يومين من استشهاد":
// deaths hours or days before the article's own are another incident
// (figures.md: "the attack came hours after strikes on Ariha killed
// five"). u is the unit after بعد, e the word after من. A victim's own
// wound ("بعد يومين من إصابته") is not: only the death nouns count.
func arDeathsBefore(u, e string) bool {
	switch u {
	case "ساعات", "ساعه", "ساعتين", "يوم", "يومين", "ايام", "اسبوع", "اسبوعين":
		return e == "مقتل" || e == "استشهاد" || e == "مصرع"
	}
	return false
}

// arEarlier: does the word at k step back to an earlier incident, after
// the lede? The article tells its own incident in the past tense; these
// tell another one before it (a sentence that names the own place is a
// follow-up: backgroundAt keeps it). a is the sentence's first token.
//   - a death in the pluperfect: "وكان شخص قد قتل وأصيب آخر", and without
//     قد when كان opens the sentence: "وكان التحالف قتل القيادي", "وكانت
//     المدينة شهدت مجزرة" (a report, "وكان الدفاع المدني قد أعلن مقتل",
//     is not: its verb reports; "وكان بين القتلى" has no verb);
//   - "تعيد إلى الأذهان مجزرة": it recalls one.
//
// ("سبق وأن ارتكبت الطائرات مجزرة" is not read: a daily round-up tells the
// day's earlier strikes so, and they are its own.)
func (x *extractor) arEarlier(k, a int) bool {
	t := &x.ts[k]
	if !t.ar || t.k != kWord || x.si < x.own.ledeEnd {
		return false
	}
	if stripWawBa(t.w) == "الاذهان" {
		return true
	}
	if !x.arPastEventVerb(k) {
		return false
	}
	if k-1 > a && x.ts[k-1].w == "قد" {
		for j := k - 2; j >= a && j >= k-6; j-- {
			if arKana[x.ts[j].w] {
				return true
			}
		}
		return false
	}
	// كان opens the sentence, a subject of at most three words, the verb
	if !arKana[x.ts[a].w] || k > a+4 {
		return false
	}
	for j := a + 1; j < k; j++ {
		if tj := x.ts[j]; tj.k != kWord || !tj.ar || arStop[tj.w] || arPrepWord(tj.w) {
			return false // "وكان بين القتلى", "وكان من المقرر"
		}
	}
	return true
}

// arVerbOfDeath: is the word at k a verb (not a noun) of the killed?
func (x *extractor) arVerbOfDeath(k int) bool {
	mw, ok := lookup(metricWords, x.ts[k])
	return ok && mw.m == Killed && !mw.head && !mw.toll
}

// arPastEventVerb: a verb of death after كان, or of an attack that had
// one: "قتل", "شهدت", "تعرضت".
func (x *extractor) arPastEventVerb(k int) bool {
	if x.arVerbOfDeath(k) {
		return true
	}
	switch stripWawBa(x.ts[k].w) {
	case "شهد", "شهدت", "تعرض", "تعرضت", "ارتكب", "ارتكبت", "ارتكبوا", "استهدف", "استهدفت", "شن", "شنت", "قصف", "قصفت":
		return true
	}
	return false
}

// arDeathVerbAt: is the word at k a verb of a metric ("قتلوا", "أصيب"),
// not a noun or a verb of report?
func (x *extractor) arDeathVerbAt(k int) bool {
	if k < 0 || k >= len(x.ts) || !x.ts[k].ar {
		return false
	}
	mw, ok := lookup(metricWords, x.ts[k])
	return ok && mw.post && !mw.head
}

// arPartitive reads "N منهم" right after a count of the same sentence or
// the one before: a part of that count ("وأصيب 5 آخرون، 2 منهم إصاباتهم
// حرجة"), of its metric and source, smaller than it.
func (x *extractor) arPartitive(it item, s sentence) (Metric, bool) {
	if it.b >= s.b || !x.ts[it.b].ar || !x.prev.ok || !x.lastFig.ok || x.si-x.lastFig.si > 1 || len(x.figs) == 0 {
		return "", false
	}
	switch stripWawBa(x.ts[it.b].w) {
	case "منهم", "منهن", "منهما":
	default:
		return "", false
	}
	last := x.figs[len(x.figs)-1]
	if last.Min == nil || !it.hasMin || it.min >= *last.Min {
		return "", false
	}
	return x.prev.m, true
}

// arOwnSubject: does a singular or dual person stand at k, right after a
// second verb ("طفلاً قتل وأصيبت والدته")? Then that verb has its own
// subject and is not paired with the first into casualties.
func (x *extractor) arOwnSubject(k int, s sentence) bool {
	if k >= s.b || !x.ts[k].ar {
		return false
	}
	g, ok := lookup(groupWords, x.ts[k])
	return ok && g.n > 0 && !g.list
}

// arSingleSubject: does a singular noun stand as the subject before the
// verb at v ("وكان شخص قد قتل وأصيب آخر")? Then the verb has its own
// victim and the next verb is not paired with it into casualties.
func (x *extractor) arSingleSubject(v int, s sentence) bool {
	j := v - 1
	if j >= s.a && x.ts[j].w == "قد" {
		j--
	}
	if j < s.a || !x.ts[j].ar {
		return false
	}
	gw, ok := lookup(groupWords, x.ts[j])
	return ok && gw.n == 1
}

// arEliminateBefore reads the wording of official media for armed men
// killed: a verb or masdar of eliminating with على before the count ("قضت
// الوحدات على 40 إرهابياً", "القضاء على 17 إرهابياً", "ويقضي على
// العشرات منهم"). j is the token before the count; it returns the verb's
// index, or -1. The verb may have its subject between it and على.
func (x *extractor) arEliminateBefore(j int, s sentence) int {
	if j <= s.a || x.ts[j].w != "علي" {
		return -1
	}
	for k := j - 1; k >= s.a && k >= j-4; k-- {
		t := x.ts[k]
		if t.k != kWord || !t.ar {
			return -1
		}
		if arEliminateWords[stripWawBa(t.w)] || arEliminateWords[t.stem] {
			return k
		}
		if _, ok := x.metricAt(k, s); ok || arStop[t.w] {
			return -1
		}
	}
	return -1
}

// arEliminateWords are the forms of قضى على (to eliminate) and its masdar.
var arEliminateWords = map[string]bool{
	"قضي": true, "قضت": true, "قضوا": true, "يقضي": true, "تقضي": true, "القضاء": true, "قضاء": true,
	"وقضي": true, "وقضت": true, "ويقضي": true, "وتقضي": true,
}

// arEliminated: is what was "eliminated" armed men? Only then is the
// verb a death ("قضت المحكمة على 5 متهمين" is a sentence, "قضت على 6
// آليات" wreckage).
func (x *extractor) arEliminated(list []item) bool {
	for _, it := range list {
		if it.g != Combatants {
			return false
		}
	}
	return len(list) > 0
}

func init() {
	for _, w := range []string{"القضاء", "يقضي", "تقضي", "قضوا"} {
		if _, ok := metricWords[w]; !ok {
			metricWords[w] = mword{m: Killed, pre: true} // only before على and armed men (arEliminateBefore)
		}
	}
}

// arWoundedWhoDied: is the noun at k the wounded ("المصابين", "الجرحى")
// as the whole a count of the dead is taken from? "قبل أن يتوفى اثنان من
// المصابين", "وتوفي ثلاثة من الجرحى", "اثنان من الجرحى توفيا": the verb of
// death, before the count or right after the noun, makes them dead people;
// the count is a figure of the killed, not of the injured.
func (x *extractor) arWoundedWhoDied(it *item, k int, s sentence) bool {
	if k >= s.b || !x.ts[k].ar || !strings.HasPrefix(stripWawBa(x.ts[k].w), "ال") {
		return false
	}
	mw, ok := x.metricAt(k, s)
	if !ok || mw.m != Injured || !mw.head || mw.toll {
		return false
	}
	if it.a-1 >= s.a {
		if v, ok := x.metricAt(it.a-1, s); ok && v.m == Killed && v.pre && !v.head && !v.toll {
			return true
		}
	}
	return x.arDeathVerbAt(k+1) && k+1 < s.b && x.arVerbOfDeath(k+1)
}

// arWoundedGroup is the group of "the wounded" some of whom died: the
// group of the article's last count of the wounded, the whole its sentence
// tells and not a part ("جُرح 8 عسكريين ... قبل أن يفارق اثنان من المصابين
// الحياة": soldiers; "أصيب 9 بينهم امرأتان": people), people when none.
func (x *extractor) arWoundedGroup() (Group, string) {
	last := -1
	for i := len(x.figs) - 1; i >= 0; i-- {
		if f := x.figs[i]; f.Metric == Injured && !f.Background {
			last = i
			break
		}
	}
	if last < 0 || last >= len(x.figSent) {
		return People, ""
	}
	best := last // the largest count of the wounded in its sentence
	for i := last - 1; i >= 0 && x.figSent[i] == x.figSent[last]; i-- {
		if f, b := x.figs[i], x.figs[best]; f.Metric == Injured && f.Min != nil && (b.Min == nil || *f.Min > *b.Min) {
			best = i
		}
	}
	f := x.figs[best]
	if f.Actor != nil {
		return f.Group, *f.Actor
	}
	return f.Group, ""
}

func init() {
	for _, w := range []string{"يتوفي", "تتوفي"} {
		if _, ok := metricWords[w]; !ok {
			metricWords[w] = mword{m: Killed, pre: true} // "قبل أن يتوفى اثنان من المصابين"
		}
	}
}

// arCareOf: is the vague count "عدد من الجرحى", "بعض المصابين" (a part of
// the wounded, the noun definite) the object of a verb of moving or
// treating them? "نقل عدد من الجرحى إلى مشافي تركيا", "وتم إسعاف بعض
// المصابين": the wounded were told already; this says what became of
// some, and is no figure. ("أسعفت ١٤ مصاباً", a number of new wounded, is
// one: only a vague part of a definite noun is read so.)
func (x *extractor) arCareOf(it item, s sentence) bool {
	if it.hmIdx < 0 || !x.ts[it.hmIdx].ar || !strings.HasPrefix(stripWawBa(x.ts[it.hmIdx].w), "ال") || it.hm.m != Injured {
		return false
	}
	for k := it.qa - 1; k >= s.a && k >= it.qa-2; k-- {
		if x.ts[k].ar && arCareWords[stripWawBa(x.ts[k].w)] {
			return true
		}
	}
	return false
}

// arCareWords move or treat the wounded.
var arCareWords = map[string]bool{
	"نقل": true, "نقلت": true, "تنقل": true, "ينقل": true, "اسعاف": true, "اسعفت": true, "اسعف": true,
	"تحويل": true, "حول": true, "حولت": true, "اخلاء": true, "اخلت": true, "علاج": true, "معالجه": true,
	"عالجت": true, "يعالج": true, "تعالج": true,
}

// arCivilAdj are the forms of the adjective "civilian" after a person noun.
var arCivilAdj = map[string]bool{"مدني": true, "مدنيا": true, "مدنيين": true, "مدنيون": true, "مدنيان": true}

// arThingCount: does the number at k count things, not people? Its noun
// is an Arabic word of no lexicon of people or figures ("ثلاثة مبانٍ",
// "4 منازل"), or a time unit. A breakdown of the count before it may
// still follow.
func (x *extractor) arThingCount(k int, s sentence) bool {
	if !x.ts[k].ar && x.ts[k].k != kNum {
		return false
	}
	if x.arTimeNumber(k) {
		return true
	}
	_, _, n, ok := parseNumber(x.ts[:s.b], k)
	j := k + n
	if !ok || j >= s.b || !x.ts[j].ar || x.ts[j].k != kWord || hasWaw(x.ts[j]) || arStop[x.ts[j].w] {
		return false
	}
	if _, ok := lookup(groupWords, x.ts[j]); ok {
		return false
	}
	if _, ok := x.metricAt(j, s); ok {
		return false
	}
	it := item{}
	return !x.arOpenHead(&it, j, s) && !x.arabicThingPerson(j)
}

// arabicThingPerson: a plural that may name people outside the lexicon
// (a sound plural in ين/ون): not taken for things.
func (x *extractor) arabicThingPerson(j int) bool {
	w := x.ts[j].w
	return strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ون")
}

// arNumberAfterNoun reads a number word standing after the plural noun at
// j and up to two adjectives of affiliation ("عسكريين سوريين اثنين",
// "مدنيين ثلاثة", "أطفال أربعة"): in Arabic a cardinal may follow what it
// counts, and then it closes the count. It returns the index after the
// number, its value and the actor the adjectives name; k is 0 when no
// number word follows (the plural alone is no count here).
func (x *extractor) arNumberAfterNoun(j int, s sentence) (k, v int, actor string) {
	ts := x.ts
	k = j + 1
	for k < s.b && k <= j+2 {
		a, ok := arActor(ts[k])
		if !ok || strings.HasPrefix(ts[k].w, "و") {
			break
		}
		actor = a
		k++
	}
	if k >= s.b || !ts[k].ar || ts[k].k != kWord || hasWaw(ts[k]) {
		return 0, 0, ""
	}
	if arTwo[ts[k].w] {
		return k + 1, 2, actor
	}
	lo, hi, n, ok := parseNumber(ts[:s.b], k)
	if !ok || lo != hi || lo < 3 {
		return 0, 0, ""
	}
	if x.arTimeNumber(k) {
		return 0, 0, "" // ("قتلى ثلاثة أيام"): a span of time
	}
	return k + n, lo, actor
}

// arComingVerbs say that an incident came at a time: "وتأتي الغارات بعد
// ساعات من ...", "وجاء الهجوم بعد أيام من ...", "وتزامن القصف مع ..."
// (folded, و stripped).
var arComingVerbs = map[string]bool{
	"ياتي": true, "تاتي": true, "جاء": true, "جاءت": true, "اتي": true, "اتت": true,
	"تزامن": true, "تزامنت": true, "يتزامن": true, "تتزامن": true,
}

// arSpanUnits measure the time between two incidents after بعد: "بعد
// ساعات من", "بعد يومين من", "بعد أسبوع من".
var arSpanUnits = map[string]bool{
	"دقائق": true, "ساعه": true, "ساعتين": true, "ساعات": true, "يوم": true, "يومين": true,
	"ايام": true, "ليله": true, "اسبوع": true, "اسبوعين": true, "اسابيع": true, "شهر": true,
	"شهرين": true, "اشهر": true,
}

// arComesAfter: does the word at k open the other incident that the
// sentence's own one came after or with? "وتأتي الغارات بعد ساعات من قصف
// مدفعي ... أسفر عن مقتل رجل", "ويأتي التفجيران بعد أيام من التفجيرين
// اللذين ...", "وتزامن الهجوم مع غارات على مدينة أخرى أسفرت عن ...": the
// subject of the coming verb is the own incident, what follows بعد (a span
// and من) or مع is another one, definite or not, as English "came hours
// after". Without a coming verb "بعد ساعات من القصف" may still tell the
// own incident's aftermath, so it is left to the dates (dates.go).
// غداة ("the day after"), عقب and إثر are بعد too, and what follows them
// may be the other incident itself ("وتأتي الغارات غداة هجوم على ...",
// "جاءت الغارات بعد هجوم ...") or a clause ("بعد أن قتل ..."): the subject
// of the coming verb cannot come after itself.
func (x *extractor) arComesAfter(k int, s sentence) bool {
	w := strings.TrimPrefix(x.ts[k].w, "و") // not stripWawBa: "بعد" begins with ب ("على إثر" is read at إثر)
	if w != "بعد" && w != "مع" && w != "غداه" && w != "عقب" && w != "اثر" {
		return false
	}
	came := -1
	for j := k - 1; j >= s.a && j >= k-5; j-- {
		if arComingVerbs[stripWawBa(x.ts[j].w)] {
			came = j
			break
		}
	}
	if came < 0 {
		return false
	}
	v := stripWawBa(x.ts[came].w)
	together := strings.Contains(v, "تزامن")
	if w == "مع" {
		// "وتزامن الهجوم مع غارات ...": a new incident, indefinite ("مع
		// الغارات" may be the own strikes told again)
		n := stripWawBa(x.word(k+1, s))
		return together && !strings.HasPrefix(n, "ال") && (arEventWords[n] || arWeaponNouns[n])
	}
	if together {
		return false
	}
	if w == "غداه" {
		return true
	}
	j := k + 1
	if j < s.b {
		// the other incident named at once: "بعد هجوم", "عقب الغارة", "بعد أن"
		n := stripWawBa(x.ts[j].w)
		if n == "ان" || arEventWords[n] || arEventWords[strings.TrimPrefix(n, "ال")] || arWeaponNouns[strings.TrimPrefix(n, "ال")] {
			return true
		}
	}
	if j+1 < s.b && x.ts[j].w == "اقل" && x.ts[j+1].w == "من" {
		j += 2 // "بعد أقل من أسبوعين على"
	}
	if j < s.b && (x.ts[j].k == kNum || isArNumberWord(x.ts[j].w) || x.ts[j].w == "نحو") {
		j++ // "بعد نحو ثلاث ساعات من"
	}
	if j < s.b && (x.ts[j].k == kNum || isArNumberWord(x.ts[j].w)) {
		j++
	}
	return j+1 < s.b && arSpanUnits[x.ts[j].w] && (x.ts[j+1].w == "من" || x.ts[j+1].w == "علي")
}

// arRescuerRanks: is a count of members by their possessor ("إصابة ستة
// من عناصره", "ثلاثة من كوادرها") told by a rescue body, so that the
// members are its own staff? Rescuers' own staff are civilians
// (figures.md), though عنصر alone counts fighters.
func (x *extractor) arRescuerRanks(it item, src string) bool {
	if it.g != Combatants || it.actor != "" || src == "" || it.a < 0 || it.a >= len(x.ts) || !x.ts[it.a].ar || !arRescueBody(src) {
		return false
	}
	for k := it.a; k < it.b && k < len(x.ts); k++ {
		w := stripWawBa(x.ts[k].w)
		if (strings.HasPrefix(w, "عناصر") || strings.HasPrefix(w, "كوادر")) && (strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ها")) {
			return true
		}
	}
	return false
}

// arRescueBody: does a source name a rescue body (arRescuers' names)?
func arRescueBody(src string) bool {
	for _, n := range [...]string{"الدفاع المدني", "الخوذ البيضاء", "الهلال الأحمر", "الهلال الاحمر", "الإسعاف", "الاسعاف"} {
		if strings.Contains(src, n) {
			return true
		}
	}
	return false
}

// arRecovered: is the Arabic count at k the bodies recovered, the object
// of انتشل ("انتشلت فرق الدفاع المدني 7 شهداء", "انتشال 5 قتلى") or in the
// construct of a word for bodies ("جثث أربع ضحايا")? Bodies recovered are
// a floor on the dead, whatever noun counts them (figures.md).
func (x *extractor) arRecovered(k int, s sentence) bool {
	if k <= s.a || !x.ts[k-1].ar {
		return false
	}
	if mw, ok := x.metricAt(k-1, s); ok && mw.bodies {
		return true
	}
	// the verb, with its subject between ("فرق الدفاع المدني")
	for j := k - 1; j >= s.a && j >= k-5; j-- {
		t := x.ts[j]
		if t.k != kWord || !t.ar {
			return false
		}
		if strings.Contains(t.w, "نتشل") || strings.Contains(t.w, "نتشال") {
			return true
		}
	}
	return false
}

// arSided: does the Arabic count it name its side, "من" and an armed
// group ("أربعة عناصر من الهيئة", "ثلاثة من \"جند الله\"")? Two such
// counts in a list are of two sides, not one count.
func (x *extractor) arSided(it item, s sentence) bool {
	for k := it.a; k+1 < it.b && k+1 < s.b; k++ {
		if x.ts[k].w != "من" {
			continue
		}
		if _, ok := x.arArmedAt(k+1, s); ok {
			return true
		}
	}
	return false
}

// arArmedAt: does an armed group's name open at n, or at n+1 past an
// opening quote ("من الهيئة", "من "حراس الدين"")? It returns where its
// noun stands.
func (x *extractor) arArmedAt(n int, s sentence) (int, bool) {
	if n+1 < s.b && x.ts[n].k == kQuote {
		n++
	}
	return n, n < s.b && arArmedHeads[stripWawBa(x.ts[n].w)]
}

// arCommaBefore: is the Arabic part it set apart from the one before by
// "،" ("، وبائع خضار")? Parts a breakdown lists so are told one by one,
// each its own figure, not added up as "رجلان وشاب" are.
func (x *extractor) arCommaBefore(it item) bool {
	k := it.qa - 1
	if k >= 0 && x.ts[k].w == "و" {
		k--
	}
	return k >= 0 && it.qa < len(x.ts) && x.ts[it.qa].ar && x.ts[k].w == "،"
}
