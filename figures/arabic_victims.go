package figures

// Arabic victims that are not numbers: a role or a named person after a
// predicate of death ("مقتل القيادي أبو X", "مقتل أميره"), the same before
// its verb ("المسؤول العسكري أبو يحيى، قضى في القصف"), self-inflicted
// deaths ("فجّر نفسه") with their co-victims, and the relatives and
// companions listed after them ("وزوجته ونجليه", "مع اثنين من مرافقيه").

import "strings"

// arTitles are nouns for one person that are not in the group lexicon as
// roles: a village headman is a civilian office (people).
var arTitles = map[string]Group{"المختار": People, "مختار": People, "الشيخ": People, "المدعو": People,
	"الطبيب": Civilians, "الناشط": People, "الاعلامي": People, "الصحفي": People,
	// a trade before a name: "قتل المهندس سامر الخطيب"
	"المهندس": People, "المعلم": People, "الاستاذ": People, "المزارع": People, "الممرض": Civilians,
	"المحامي": People, "الحاج": People, "الشاب": People}

// arKunya opens a name: أبو طلحة, أبي محمد.
func arKunya(w string) bool {
	w = stripWawBa(w)
	return w == "ابو" || w == "ابي" || w == "ابا"
}

// arIndividual reads a single victim at i: a predicate of death with a
// role or name after it, a role or name with its verb after it, or a
// self-inflicted death.
func (x *extractor) arIndividual(i int, s sentence) bool {
	t := &x.ts[i]
	if !t.ar || t.k != kWord {
		return false
	}
	if x.arSelfInflicted(i, s) {
		return true
	}
	if x.arSubjectAcross(i, s) {
		return true
	}
	if x.arOneAmong(i, s) {
		return true
	}
	if x.arPronounVictim(i, s) {
		return true
	}
	if x.arMourned(i, s) {
		return true
	}
	if x.arWithKin(i, s) {
		return true // "رجل قضى مع ابنه" (arabic.go)
	}
	if x.arLostKin(i, s) {
		return true // "فقد زوجته وابنيه"
	}
	if x.arListSubjectRead(i, s) {
		return true // "الأب والأم وأبناؤهم الخمسة، قُتلوا" (arabic_relatives.go)
	}
	if mw, ok := x.metricAt(i, s); ok {
		if mw.m != Killed || mw.toll || mw.bodies || x.arDenied(i, s) {
			return false
		}
		among := mw.head && strings.HasPrefix(stripWawBa(t.w), "ال") && i > s.a && (x.ts[i-1].w == "بين" || x.ts[i-1].w == "وبين")
		if !mw.pre && !among {
			return false
		}
		if x.arVictimAfter(i, i+1, s) {
			return true
		}
		if k := x.arAfterSubject(i, s); k > 0 && x.arVictimAfter(i, k, s) {
			return true // "واغتال مجهولون القيادي X"
		}
		if arNominalDeath[stripWawBa(t.w)] || among {
			return x.arNamedAfter(i, s)
		}
		return false
	}
	return x.arSubjectVictim(i, s)
}

// arNominalDeath are the nouns of a death that take the dead as their
// genitive: مقتل X, اغتيال X.
var arNominalDeath = map[string]bool{
	"مقتل": true, "بمقتل": true, "اغتيال": true, "استشهاد": true, "مصرع": true, "وفاه": true,
	"تصفيه": true, "اعدام": true, "القتلي": true, "الضحايا": true, "الشهداء": true,
}

// arNamedAfter reads a person named after a noun of death with no title:
// "مقتل محمد الأحمد", "مقتل المهندس سامر". An open-class word there is a
// name or a description of one person (people); a count, a qualifier or a
// word of the lexicons is read elsewhere.
func (x *extractor) arNamedAfter(i int, s sentence) bool {
	k := i + 1
	if k+1 >= s.b {
		return false
	}
	t, n := x.ts[k], x.ts[k+1]
	open := func(t tok) bool {
		if t.k != kWord || !t.ar || hasWaw(t) || arStop[t.w] || arPrepWord(t.w) || arNameStop[t.w] || len(t.w) < 6 {
			return false
		}
		if _, ok := lookup(groupWords, t); ok {
			return false
		}
		if _, ok := lookup(metricWords, t); ok {
			return false
		}
		if _, ok := arActor(t); ok {
			return false
		}
		_, num := parseNumberOK(x.ts[:s.b], k)
		return !num && !isArNumberWord(t.w)
	}
	if !open(t) || !open(n) || strings.HasSuffix(t.w, "ات") || strings.HasSuffix(t.w, "ون") {
		return false // "مقتل جميع الركاب", a plural: not one person named
	}
	if q, _ := x.matchQual(k, s); q != qNone {
		return false
	}
	if _, vn := x.matchVague(k, s); vn > 0 {
		return false
	}
	if strings.HasPrefix(t.w, "ال") == strings.HasPrefix(n.w, "ال") {
		// "مقتل العناصر المسلحة", "مقتل رهائن أجانب": a noun and its
		// adjective; a name is a bare given name and a family name with
		// the article, or a description and a bare name
		return false
	}
	x.arEmitPerson(Killed, i, k, x.arNameEnd(k+1, s), People, s)
	x.arCompanions(x.arNameEnd(k+1, s), s)
	return true
}

// arPerson reads a role or name at k: titles and role nouns (القيادي،
// أميره، المسؤول العسكري) and a name after them or alone (أبو طلحة
// الحلبي). It returns the group, the end of the phrase and whether a
// person was read.
func (x *extractor) arPerson(k int, s sentence) (Group, int, bool) {
	ts := x.ts
	if k < s.b && ts[k].k == kQuote {
		k++
	}
	g, found := Group(""), false
	p := k
	for n := 0; n < 3 && p < s.b && ts[p].ar && ts[p].k == kWord; n++ {
		if gw, ok := lookup(groupWords, ts[p]); ok && gw.role {
			g, found = Combatants, true
			p++
			continue
		}
		if tg, ok := arTitles[ts[p].w]; ok {
			g, found = tg, true
			p++
			continue
		}
		if n == 0 && strings.HasPrefix(stripWawBa(ts[p].w), "ال") && x.arGivenName(p+1, s) {
			// "المتطوع سامر الخطيب", "الممرض محمود القاسم": a person noun
			// of the lexicon as the title of a name takes its group
			if gw, ok := lookup(groupWords, ts[p]); ok && gw.n == 1 && !gw.list {
				g, found = gw.g, true
				p++
				continue
			}
		}
		if x.arHonorific(p, s) {
			found = true // "الأخ المجاهد أبو X": the words after it say who (arabic_relatives.go)
			p++
			continue
		}
		if found && x.arAdjective(p, s) && strings.HasPrefix(ts[p].w, "ال") {
			p++ // "القائد العسكري"
			continue
		}
		break
	}
	if found && p < s.b && (ts[p].w == "في" || strings.HasPrefix(ts[p].w, "ل") && !strings.HasPrefix(ts[p].w, "ال")) {
		// "المسؤول العسكري في الفصيل", "القائد العسكري لكتيبة X": the body
		// (with في only when a name follows: "مقتل أميره في المنطقة" is a place)
		q := p + 1
		if ts[p].w == "في" {
			q++
		}
		if e := x.arNameEnd(min(q, s.b), s); ts[p].w != "في" || q < s.b && arKunya(ts[q].w) {
			p = e
		}
	}
	if p < s.b && arKunya(ts[p].w) && !hasWaw(ts[p]) {
		if g == "" {
			g = Combatants // a nom de guerre
		}
		found = true
		p = x.arNameEnd(p+1, s)
	} else if found {
		p = x.arNameEnd(p, s) // the name after a role
	}
	return g, p, found
}

// arGivenName: does a given name open at k, a bare word of no lexicon
// that is no particle, number or clause word ("محمد" in "المتطوع محمد
// الأحمد")?
func (x *extractor) arGivenName(k int, s sentence) bool {
	if k >= s.b {
		return false
	}
	t := x.ts[k]
	if t.k != kWord || !t.ar || hasWaw(t) || strings.HasPrefix(t.w, "ال") || len(t.w) < 6 ||
		arStop[t.w] || arPrepWord(t.w) || arNameStop[t.w] || isArNumberWord(t.w) || t.in(lArSpeech) {
		return false
	}
	if _, ok := lookup(groupWords, t); ok {
		return false
	}
	if _, ok := lookup(metricWords, t); ok {
		return false
	}
	_, ok := arActor(t)
	return !ok
}

// arVictimAfter reads a victim phrase at k governed by the death word at
// i, then the relatives and companions joined to it.
func (x *extractor) arVictimAfter(i, k int, s sentence) bool {
	g, p, ok := x.arPerson(k, s)
	if !ok {
		return false
	}
	x.arEmitPerson(Killed, i, k, p, g, s)
	x.arCompanions(p, s)
	return true
}

// arSubjectVictim reads a role or name before its verb: "المسؤول العسكري
// في الفصيل أبو يحيى الحموي، قضى في القصف". The verb is a singular verb of
// dying within a few words, with no count of its own after it.
func (x *extractor) arSubjectVictim(i int, s sentence) bool {
	t := x.ts[i]
	if !strings.HasPrefix(stripWawBa(t.w), "ال") && !arKunya(t.w) {
		return false
	}
	if _, ok := x.metricAt(i-1, s); ok {
		return false
	}
	g, p, ok := x.arPerson(i, s)
	if !ok {
		return false
	}
	commas := 0
	for k := p; k < s.b && k <= p+4; k++ {
		x.steps++
		tk := x.ts[k]
		if tk.w == "،" || tk.w == "," {
			if commas++; commas > 1 {
				return false
			}
			continue
		}
		if (tk.w == "الذي" || tk.w == "التي") && k+1 < s.b && arSingVerb[stripWawBa(x.ts[k+1].w)] {
			continue // "ونعت الهيئة القيادي أبو عمر الذي قتل في الغارة": his own death
		}
		if tk.k != kWord || !tk.ar || arClauseOpen[tk.w] {
			return false // "وقال القيادي أبو محمد إن الغارة قتلت": another clause
		}
		if tk.in(lArSpeech) {
			return false
		}
		if mw, ok := x.metricAt(k, s); ok {
			if mw.m != Killed || mw.toll || mw.head || !arSingVerb[stripWawBa(tk.w)] {
				return false
			}
			if _, ok := parseNumberOK(x.ts[:s.b], min(k+1, s.b-1)); ok && k+1 < s.b {
				return false // "القائد قتل خمسة": the killer
			}
			if k+1 < s.b && x.ts[k+1].ar {
				if _, ok := lookup(groupWords, x.ts[k+1]); ok {
					return false // "الذي قتل شقيقه": the killer of a person
				}
			}
			x.arEmitPerson(Killed, k, i, p, g, s)
			return true
		}
	}
	return false
}

// arClauseOpen open a clause of their own: a subject does not reach a
// verb past them.
var arClauseOpen = map[string]bool{
	"ان": true, "انه": true, "انها": true, "بان": true, "الذي": true, "التي": true, "الذين": true,
	"حيث": true, "بعد": true, "عندما": true, "حين": true, "لان": true, "كما": true, "فيما": true,
}

// arSingVerb are singular verbs of dying that follow their subject.
var arSingVerb = map[string]bool{
	"قضي": true, "قتل": true, "توفي": true, "استشهد": true, "لقي": true, "قضت": true,
	"قتلت": true, "توفيت": true, "استشهدت": true, "لقيت": true, "مات": true, "ماتت": true,
}

// arSelfInflicted reads "فجّر نفسه", "فجرت نفسها", "انتحر": a death of the
// subject; "مع اثنين من مرافقيه" after it are further victims.
func (x *extractor) arSelfInflicted(i int, s sentence) bool {
	t := &x.ts[i]
	w := stripWawBa(t.w)
	if strings.HasPrefix(t.w, "ف") && !strings.HasPrefix(w, "فجر") {
		w = strings.TrimPrefix(w, "ف")
	}
	if (w == "يفجر" || w == "تفجر") && x.arAfterTemporalAn(i, s) {
		// "قبل أن يفجر نفسه" narrates: read as the perfect (فجر، فجرت)
		if w == "يفجر" {
			w = "فجر"
		} else {
			w = "فجرت"
		}
	}
	switch w {
	case "فجر", "قتل", "انتحر", "فجرت", "قتلت", "انتحرت":
	default:
		return false // the verbs of the cases below
	}
	// the subject may stand between the verb and نفسه: "فجرت امرأة نفسها"
	n := i + 1
	for ; n < s.b && n <= i+3 && !strings.HasPrefix(x.ts[n].w, "نفس"); n++ {
		if x.ts[n].k != kWord || !x.ts[n].ar {
			break
		}
	}
	if n >= s.b || !strings.HasPrefix(x.ts[n].w, "نفس") {
		n = i + 1
	}
	next := stripWawBa(x.word(n, s))
	g := Combatants
	switch {
	case (w == "فجر" || w == "قتل") && next == "نفسه", w == "انتحر":
	case (w == "فجرت" || w == "قتلت") && next == "نفسها", w == "انتحرت":
		g = Women
	default:
		return false
	}
	end := i + 1
	if next != "" && !strings.HasPrefix(w, "انتحر") {
		end = n + 1
	}
	if n > i+1 {
		if gw, ok := lookup(groupWords, x.ts[i+1]); ok && gw.n == 1 && gw.g != People {
			g = gw.g // "فجرت طفلة نفسها" is rare; "امرأة" is women either way
		}
	}
	x.arSelf = true
	x.arEmitPerson(Killed, i, i, end, g, s)
	x.arSelf = false
	x.arCompanions(end, s)
	return true
}

// arAfterTemporalAn: does "قبل أن" or "بعد أن" stand right before the
// verb at i? An imperfect there tells what happened, not what may.
func (x *extractor) arAfterTemporalAn(i int, s sentence) bool {
	if i-2 < s.a || x.ts[i-1].w != "ان" {
		return false
	}
	w := stripWawBa(x.ts[i-2].w)
	return w == "قبل" || w == "بعد"
}

// arEmitPerson emits one person of metric met (killed, injured), quoted
// from the predicate at m and the phrase a..b-1.
func (x *extractor) arEmitPerson(met Metric, m, a, b int, g Group, s sentence) {
	x.arEmitPersonFrom(met, m, a, b, g, x.sourceAt(s, a), s)
}

// arEmitPersonFrom is arEmitPerson with the source given.
func (x *extractor) arEmitPersonFrom(met Metric, m, a, b int, g Group, src string, s sentence) {
	it := item{qa: a, a: a, b: b, min: 1, max: 1, hasMin: true, hasMax: true, g: g, hmIdx: -1}
	x.lists++
	x.emit(it, met, false, src, x.backgroundAt(s, a), min(m, a), max(m+1, b))
	for k := min(m, a); k < max(m+1, b) && k < s.b; k++ {
		x.used[k] = true
	}
}

// arCompanions reads who died with a person: relatives joined by و
// ("وزوجته ونجليه"), "مع اثنين من مرافقيه", "إلى جانب 3 آخرين", "برفقة".
func (x *extractor) arCompanions(p int, s sentence) {
	ts := x.ts
	p = x.arAgeAside(p, s)        // "سليم العمر (٥٢ عاماً) وزوجته وابنه"
	p = x.arAppositionAside(p, s) // "ماهر السعيد، مدير مدرسة القرية، ورفيقه"
	p = x.arRoleTail(p, s)        // "قيادي بارز في هيئة تحرير الشام واثنان من مرافقيه"
	// past an adjunct to "مع": "فجّر نفسه داخل المبنى مع اثنين"
	for k := p; k < s.b && k < p+6; k++ {
		if w := ts[k].w; w == "مع" || w == "برفقه" {
			p = k
			break
		}
		if ts[k].k != kWord || !ts[k].ar || hasWaw(ts[k]) {
			break
		}
		if _, ok := x.metricAt(k, s); ok {
			break
		}
	}
	for n := 0; n < 6 && p < s.b; n++ {
		x.steps++
		q := p
		switch w := ts[p].w; {
		case w == "مع" || w == "برفقه" || w == "رفقه":
			q = p + 1
		case (w == "الي" || w == "والي") && x.word(p+1, s) == "جانب":
			q = p + 2
		case x.arAddedConj(p, s) > 0:
			q = x.arAddedConj(p, s) // "، إضافة إلى طفل آخر"
		case w == "و" || w == "،" || w == ",":
			q = p + 1
		case hasWaw(ts[p]):
		default:
			return
		}
		if q >= s.b {
			return
		}
		it, ok := x.listItem(q, s)
		if !ok && q == p {
			it, ok = x.arWawOne(q) // "وطفلاً"
		}
		if !ok || it.hasHM {
			return
		}
		if it.g == "" {
			it.g = People
		}
		x.emit(it, Killed, false, x.sourceAt(s, q), x.backgroundAt(s, q), it.qa, it.b)
		for k := p; k < it.b; k++ {
			x.used[k] = true
		}
		p = x.arSkipAdjectives(it.b, s) // "وحارسه الشخصي و8 مقاتلين"
	}
}

// arAfterSubject passes the subject of an active verb of killing to its
// object: "اغتال مجهولون القيادي", "قتلت غارة روسية القائد". It returns
// the object's first token, or 0.
func (x *extractor) arAfterSubject(i int, s sentence) int {
	if !arActiveVerbs[x.ts[i].stem] && !arActiveVerbs[stripWawBa(x.ts[i].w)] {
		return 0
	}
	for k := i + 1; k < s.b && k <= i+3; k++ {
		t := x.ts[k]
		if t.k != kWord || !t.ar || hasWaw(t) || arStop[t.w] {
			return 0
		}
		if _, ok := x.metricAt(k, s); ok {
			return 0
		}
		if k > i+1 && strings.HasPrefix(t.w, "ال") {
			if _, _, ok := x.arPerson(k, s); ok {
				return k
			}
		}
	}
	return 0
}

func init() {
	for _, w := range []string{"اغتال", "اغتالت", "اغتالوا", "اعدم", "اعدمت", "اعدموا"} {
		arActiveVerbs[w] = true
		metricWords[w] = mword{m: Killed, pre: true}
	}
}

// arDenied: a death told as denied, threatened, feared or attempted, not
// as having happened: "نفت الهيئة مقتل القيادي", "نفى الفصيل الأنباء
// التي تحدثت عن مقتل 15", "هددت بإعدام 4", "قد يؤدي إلى مقتل المئات",
// "محاولة اغتيال". The word that says so governs the clause the death
// word at i stands in: the look back stops at punctuation and at a word
// that opens another clause ("بعد مقتل", "فيما قتل").
func (x *extractor) arDenied(i int, s sentence) bool {
	for k := i - 1; k >= s.a && k >= i-8; k-- {
		t := x.ts[k]
		if t.k == kPunct || t.k == kNL {
			return false
		}
		w := stripWawBa(t.w)
		if arFactStop[w] {
			return false
		}
		if arDenyWords[w] {
			return true
		}
		if k >= i-3 && arAttemptWords[w] {
			return true // "محاولة اغتيال", "خطط لاغتيال": an attempt or a plan (further back it may be another clause)
		}
		if w == "قد" && k+1 < s.b && arImperfect(x.ts[k+1].w) {
			return true // "قد يؤدي إلى مقتل": may lead to
		}
	}
	return false
}

// arDenyWords deny or threaten a death, or call it a pretext or a rumour:
// the death after them is not told as a fact. (A warning is not: "حذرت
// من أن القصف أسفر عن مقتل 10" tells the deaths; its "قد يؤدي" does not.)
var arDenyWords = map[string]bool{
	"نفي": true, "نفت": true, "ينفي": true, "تنفي": true, "نافيا": true, "نافيه": true, "نفوا": true,
	"كذب": true, "كذبت": true, "هدد": true, "هددت": true, "يهدد": true, "تهدد": true, "مهددا": true,
	"توعد": true, "توعدت": true, "يتوعد": true, "تتوعد": true, "متوعدا": true, "بذريعه": true, "بحجه": true,
	"بتهمه": true, "تهمه": true, "شائعات": true, "اشاعات": true,
}

// arAttemptWords try, plan or aim at a death right after them.
var arAttemptWords = map[string]bool{
	"محاوله": true, "لمحاوله": true, "محاولات": true, "حاول": true, "حاولت": true, "حاولوا": true,
	"يحاول": true, "تحاول": true, "خطه": true, "خطط": true, "خططت": true, "يخطط": true, "تخطط": true,
	"مخطط": true, "هدف": true, "بهدف": true, "سعي": true, "سعت": true, "يسعي": true, "تسعي": true, "نيه": true,
}

// arFactStop open a clause of their own before a death word: a denial
// or threat before them does not reach it.
var arFactStop = map[string]bool{
	"بعد": true, "عقب": true, "اثر": true, "جراء": true, "نتيجه": true, "بسبب": true, "لكن": true,
	"لكنه": true, "بينما": true, "فيما": true, "حين": true, "عندما": true, "حيث": true, "اذ": true,
}

// arImperfect: does w look like an imperfect verb (يؤدي, تؤدي)? After قد
// it says "may". A ت may open a perfect too ("قد تعرضت": had been hit),
// so only the imperfects of the verbs of outcome are taken with it.
func arImperfect(w string) bool {
	switch w {
	case "تؤدي", "تودي", "تسفر", "تتسبب", "تخلف", "ترتفع":
		return true
	}
	return len(w) >= 6 && strings.HasPrefix(w, "ي")
}

// arVictimsDied reads "ضحايا" as the dead when the article has already
// given the same count as killed (figures.md: victims are killed only when
// the text makes clear they died): "ارتفعت الحصيلة إلى أربعة قتلى ...
// وصل عدد الضحايا إلى أربع ضحايا من المدنيين منهم امرأة وطفلان". The
// parts of such a toll later in its sentence are dead too.
func (x *extractor) arVictimsDied(it item, m Metric, bg bool, qs, qe int) Metric {
	if m != Casualties || bg {
		return m
	}
	if x.arDied.ok && x.arDied.si == x.si && !it.others {
		return Killed // "بينهم طفلان وامرأة" after the dead victims
	}
	victims := false
	for k := max(qs, 0); k < qe && k < len(x.ts); k++ {
		if w := stripWawBa(x.ts[k].w); w == "ضحايا" || w == "ضحيه" || w == "الضحايا" {
			victims = true
			break
		}
	}
	if !victims || !it.hasMin {
		return m
	}
	// the last figures only: a bounded look back keeps the pass linear
	for i, n := len(x.figs)-1, 0; i >= 0 && n < 32; i, n = i-1, n+1 {
		f := x.figs[i]
		if f.Metric == Killed && !f.Background && !f.Vague && f.Min != nil && *f.Min == it.min &&
			(f.Max == nil) == !it.hasMax && (f.Max == nil || *f.Max == it.max) {
			x.arDied.ok, x.arDied.si = true, x.si
			return Killed
		}
	}
	return m
}

// arTwoSingulars: are figs[i] and figs[j] two people, not one restated?
// In the body of an Arabic round-up each "قتل رجل" is another man ("وقتل
// رجل آخر", "كما توفي رجل متأثراً بإصابته ... وقُتل رجل"): a single person
// is restated in the headline and lede, not told twice in the body.
func (x *extractor) arTwoSingulars(i, j int) bool {
	a, b := x.figs[i], x.figs[j]
	one := func(f Figure) bool {
		return !f.Vague && f.Min != nil && *f.Min == 1 && f.Max != nil && *f.Max == 1 && arabicText(f.Quote)
	}
	if one(a) && one(b) && x.figWho[i] != x.figWho[j] {
		return true // "قتل قيادي ... عندما فجّر مهاجم نفسه", "اغتيال قيادي ... مقتل مرافقه"
	}
	// within one sentence a person may be read twice ("قتل رجل آخر"): only
	// sentences apart are two
	// a headline split in sentences ("اغتيال قيادي.. ومقتل طفلة") runs
	// past ledeEnd: the paragraph of the first figure, when it starts at
	// the top, is the headline, restated below
	headPara := -1
	if x.figPara[0] < x.own.ledeEnd {
		headPara = x.figPara[0]
	}
	body := func(k int) bool { return x.figSent[k] >= x.own.ledeEnd && x.figPara[k] != headPara }
	return one(a) && one(b) && x.figSent[i] != x.figSent[j] && body(i) && body(j)
}

// arabicText: does s hold an Arabic letter?
func arabicText(s string) bool {
	for _, r := range s {
		if r >= 0x0621 && r <= 0x064A {
			return true
		}
	}
	return false
}

// arPronounDeath are nouns of a death with a pronoun for the dead: "أدى
// إلى مقتله", "اغتيالها".
var arPronounDeath = map[string]bool{
	"مقتله": true, "مقتلها": true, "اغتياله": true, "اغتيالها": true, "استشهاده": true,
	"استشهادها": true, "مصرعه": true, "مصرعها": true, "وفاته": true, "وفاتها": true, "تصفيته": true,
}

// arPronounVictim reads a death told by a pronoun ("ما أدى إلى مقتله",
// "وأردوه قتيلاً") as one person killed, bound to the person the sentence
// names before it, else the one the previous sentence names; its group is
// that person's (figures.md: a leader → combatants). With no person named,
// the pronoun may stand for a place or a body: nothing is read.
func (x *extractor) arPronounVictim(i int, s sentence) bool {
	w := stripWawBa(x.ts[i].w)
	end := i + 1
	switch {
	case arPronounDeathFilter.May(w) && arPronounDeath[w] || arPronounDeathFilter.May(x.ts[i].w) && arPronounDeath[x.ts[i].w]: // "وفاته": و of the root
	case (w == "ارداه" || w == "اردوه" || w == "ارداها" || w == "اردوها") && end < s.b &&
		strings.HasPrefix(x.ts[end].w, "قتيل"):
		end++ // "أرداه قتيلاً": shot him dead
	default:
		return false
	}
	g, ok := x.arAntecedent(s.a, i, s)
	if !ok && x.si > 0 {
		p := x.sents[x.si-1]
		g, ok = x.arAntecedent(p.a, p.b, p)
	}
	if !ok {
		return false
	}
	x.arEmitPerson(Killed, i, i, end, g, s)
	return true
}

// arAntecedent finds the first person named in tokens a..b-1 of sentence s
// (a role, a title, a kunya) who is not the speaker of a verb of report
// right before him, and returns the group.
func (x *extractor) arAntecedent(a, b int, s sentence) (Group, bool) {
	for k := a; k < b && k < a+40; k++ {
		x.steps++
		if !x.ts[k].ar || x.ts[k].k != kWord {
			continue
		}
		if g, e, ok := x.arPerson(k, s); ok {
			if k > s.a && x.arSpeechVerbAt(k-1) {
				k = max(k, e-1) // "قال القيادي أبو خالد إن أنباء مقتله ...": the speaker lives
				continue
			}
			if g == "" {
				g = People
			}
			return g, true
		}
	}
	return "", false
}

// arSpeechVerbAt: is the token at k an Arabic verb of report (قال، أكد)?
func (x *extractor) arSpeechVerbAt(k int) bool {
	if k < 0 || k >= len(x.ts) || !x.ts[k].ar {
		return false
	}
	return x.ts[k].in(lArSpeech)
}

// arOnePart reads one person named or described in a breakdown: "بينهم
// المهاجم", "بينهم المدعو "أبو دجانة" أمير مجموعة". A person in a
// breakdown of armed men is one of them (figures.md: a named militant is
// combatants); elsewhere the person keeps the group of his title.
func (x *extractor) arOnePart(p int, s sentence) (item, bool) {
	g, e, ok := x.arPerson(p, s)
	if !ok || e <= p {
		return item{}, false
	}
	if (g == "" || g == People) && x.armed.ok && x.armed.si == x.si && x.armed.g == Combatants {
		g = Combatants
	}
	if g == "" {
		g = People
	}
	return item{qa: p, a: p, b: e, min: 1, max: 1, hasMin: true, hasMax: true, g: g, hmIdx: -1}, true
}

// arAgeAside passes an age in brackets after a name, and a comma after
// it: "(٤٤ عاماً)", "(19 عامًا)،". The age is no count of people and does
// not end the list of those who died with the person.
func (x *extractor) arAgeAside(p int, s sentence) int {
	if p+3 >= s.b || x.ts[p].w != "(" || x.ts[p+1].k != kNum || x.ts[p+3].w != ")" {
		return p
	}
	switch stripWawBa(x.ts[p+2].w) {
	case "عاما", "عام", "سنه", "سنوات", "سنين", "اعوام", "شهرا", "اشهر", "شهور":
	default:
		return p
	}
	for k := p + 1; k <= p+3; k++ {
		x.used[k] = true // the age is read: no count of its own
	}
	p += 4
	if p+1 < s.b && (x.ts[p].w == "،" || x.ts[p].w == ",") && hasWaw(x.ts[p+1]) {
		p++ // "(٢٨ عاماً)، وطفليه": the comma then the conjunct
	}
	return p
}

// arAppositionAside passes an apposition between commas that describes
// the person before p, when a relative or companion joined by و follows
// it ("وليد سعد، ذو الأعوام العشرة، ووالده", "ماهر السعيد، مدير مدرسة
// محلية، ورفيقه"): it returns that conjunct's token, else p. The
// apposition holds words only, no verb or noun of a death.
func (x *extractor) arAppositionAside(p int, s sentence) int {
	if p >= s.b || x.ts[p].w != "،" && x.ts[p].w != "," {
		return p
	}
	for k := p + 1; k < s.b && k <= p+8; k++ {
		x.steps++
		t := x.ts[k]
		if t.w == "،" || t.w == "," {
			if k == p+1 || k+1 >= s.b {
				return p
			}
			n := x.ts[k+1]
			if !hasWaw(n) || !x.arPossessed(k+1) {
				return p
			}
			if g, ok := lookup(groupWords, n); !ok || g.n != 1 || g.list {
				return p
			}
			return k + 1
		}
		if t.k != kWord && t.k != kQuote || !t.ar && t.k == kWord {
			return p
		}
		if _, ok := x.metricAt(k, s); ok {
			return p
		}
	}
	return p
}

// arRoleTail passes what describes a counted fighter or leader before the
// next part of the list: adjectives and the body he is of ("قيادي بارز في
// هيئة تحرير الشام واثنان من مرافقيه"). It returns the conjunct's token,
// or k when no conjunct follows.
func (x *extractor) arRoleTail(k int, s sentence) int {
	m := k
	for n := 0; n < 2 && m < s.b && x.arDescriptive(m, s); n++ {
		m++ // "بارز" (arAdjective takes no word in ب: it may be a preposition)
	}
	if m+1 < s.b && x.ts[m].w == "في" && arArmedHeads[stripWawBa(x.ts[m+1].w)] {
		m = x.arNameEnd(m+2, s)
	}
	if m > k && m < s.b && (hasWaw(x.ts[m]) || x.ts[m].w == "و") {
		return m
	}
	return k
}

func init() {
	// "ومن بين المتوفين الشاب محمد": the dead, among whom a person is named
	for _, w := range []string{"المتوفين", "المتوفون", "متوفين"} {
		if _, ok := metricWords[w]; !ok {
			metricWords[w] = mword{m: Killed, head: true}
		}
	}
}

// arDescriptive: an Arabic open-class word at k that may describe the
// person before it: no و, no function word, no metric word or number.
func (x *extractor) arDescriptive(k int, s sentence) bool {
	t := x.ts[k]
	if arLeaderAdj[t.w] {
		return true
	}
	if t.k != kWord || !t.ar || hasWaw(t) || t.w == "و" || arStop[t.w] || arPrepWord(t.w) || isArNumberWord(t.w) {
		return x.arAdjective(k, s)
	}
	if _, ok := x.metricAt(k, s); ok {
		return false
	}
	_, isGroup := lookup(groupWords, t)
	return !isGroup
}

// arLeaderAdj describe a leader and begin with ب, which arPrepWord takes
// for a preposition: "قيادي بارز".
var arLeaderAdj = map[string]bool{"بارز": true, "بارزا": true, "البارز": true}

// arWho tells apart single persons that the dedupe would take for one
// restated: 1 a relative or companion named by his tie to another
// ("مرافقه", "وزوجته": a possessive on the noun), 2 the attacker who
// blew himself up, 0 any other. A leader and his companion, or a victim
// and the bomber, are two people even with the same count and source.
func (x *extractor) arWho(it item) byte {
	if x.arSelf {
		return 2
	}
	if it.min != 1 || it.max != 1 || it.a < 0 || it.a >= len(x.ts) {
		return 0
	}
	t := x.ts[it.a]
	if !t.ar || t.k != kWord {
		return 0
	}
	w := stripWawBa(t.w)
	for _, suf := range arSuffixes {
		if strings.HasSuffix(w, suf) && w != t.stem && len(w) > len(t.stem) {
			return 1
		}
	}
	return 0
}

func init() {
	// the dual of a body, in the construct before whose bodies they are
	// ("استقبل المشفى جثماني الشهيدين"): two bodies
	// received or recovered, a floor on the dead (figures.md)
	for _, w := range []string{"جثماني", "جثمانين", "جثمانان"} {
		if _, ok := metricWords[w]; !ok {
			metricWords[w] = mword{m: Killed, head: true, bodies: true, dual: true}
		}
	}
}

// arMourned reads an obituary: a verb of mourning ("نعت الحركة في بيان
// القيادي أبو حمزة", "وينعى الفصيل قائده") with the person it mourns, a
// role, title or kunya, after the mourner and a short adjunct. The
// mourner announces a death: one killed, of the person's group.
func (x *extractor) arMourned(i int, s sentence) bool {
	if w := stripWawBa(x.ts[i].w); !arMournFilter.May(w) || !arMournVerbs[w] {
		return false
	}
	for k := i + 1; k < s.b && k <= i+12; k++ {
		x.steps++
		t := x.ts[k]
		if t.k == kPunct && t.w != "،" && t.w != "," || t.k == kNum {
			return false
		}
		if _, ok := x.metricAt(k, s); ok {
			return false // "نعت ... مقتل": the death word reads it
		}
		if t.k != kQuote && (!t.ar || t.k != kWord) {
			continue
		}
		if k == i+1 && stripWawBa(x.ts[i].w) != "فقدنا" {
			continue // the mourner (فقدنا holds its own)
		}
		if g, e, ok := x.arPerson(k, s); ok && e > k {
			if g == "" {
				g = People
			}
			src := x.sourceAt(s, k)
			if src == "" {
				src = x.arMourner(i+1, k, s) // who mourns the dead says they died
			}
			x.arEmitPersonFrom(Killed, i, k, e, g, src, s)
			return true
		}
	}
	return false
}

// arMourner names the mourner after its verb, tokens a..b-1, up to the
// adjunct that tells where ("لواء الفتح في بيان له"); "" when there is
// none (فقدنا holds its subject).
func (x *extractor) arMourner(a, b int, s sentence) string {
	e := a
	for e < b && e < s.b {
		t := x.ts[e]
		if t.k != kWord || !t.ar || arStop[t.w] || t.w == "عبر" { // not arPrepWord: "لواء الفتح"
			break
		}
		e++
	}
	if e == a || e-a > 5 {
		return ""
	}
	return strings.TrimPrefix(x.text[x.ts[a].s:x.ts[e-1].e], "و")
}

// arMournVerbs mourn a death: نعى and its forms (folded: ى → ي).
// فقدنا ("we lost") with a person named after it mourns too.
var arMournVerbs = map[string]bool{"نعت": true, "نعي": true, "تنعي": true, "ينعي": true, "نعوا": true, "فقدنا": true}

// arSubjectAcross reads one person, the indefinite subject of a clause
// after أن/إن, separated from its verb of harm by a كان clause that
// describes them: "أن شاباً كان يمر بدراجته قرب المكان أصيب
// بشظايا", "أن امرأة كانت تعبر الشارع قتلت". The verb is a singular verb
// of dying or of being wounded, in the same clause (no comma, no new
// clause, no speech), with no count after it (that would be a killer).
func (x *extractor) arSubjectAcross(i int, s sentence) bool {
	if i == s.a || i+2 >= s.b {
		return false
	}
	if p := stripWawBa(x.ts[i-1].w); p != "ان" && p != "بان" {
		return false
	}
	g, ok := arOnePerson(x.ts[i])
	if !ok {
		return false
	}
	if w := x.ts[i+1].w; w != "كان" && w != "كانت" {
		return false
	}
	for k := i + 2; k < s.b && k <= i+12; k++ {
		x.steps++
		tk := x.ts[k]
		if tk.k != kWord || !tk.ar || arClauseOpen[tk.w] {
			return false
		}
		if tk.in(lArSpeech) {
			return false
		}
		mw, ok := x.metricAt(k, s)
		if !ok {
			continue
		}
		v := stripWawBa(tk.w)
		if mw.toll || mw.head || !(arSingVerb[v] || arWoundVerb[v]) {
			return false
		}
		if k+1 < s.b {
			if _, ok := parseNumberOK(x.ts[:s.b], k+1); ok {
				return false // "كان يقود ... قتل خمسة": the killer
			}
			if _, ok := lookup(groupWords, x.ts[k+1]); ok {
				return false
			}
		}
		m := Killed
		if arWoundVerb[v] {
			m = Injured
		}
		x.arEmitPerson(m, k, i, i+1, g, s)
		return true
	}
	return false
}

// arOnePerson: the group of one person named by the indefinite singular
// noun t, in the accusative ("شاباً", "متطوعاً") or not. The ـا form is in
// the lexicon as a plural (arabicForms: "15 مدنياً"), so its singular is
// asked first.
func arOnePerson(t tok) (Group, bool) {
	w := t.w
	g, ok := groupWords[strings.TrimSuffix(w, "ا")]
	if !strings.HasSuffix(w, "ا") || !ok {
		g, ok = lookup(groupWords, t)
	}
	if !ok || g.n != 1 || g.role || strings.HasPrefix(w, "ال") {
		return "", false
	}
	return g.g, true
}

// arOneWasAmong reads the one person before "كان بين الشهداء", "كانت
// من بين القتلى" at i: "أن حارس السوق كان بين الشهداء". The subject is a
// singular person noun, alone or before the definite noun it governs.
func (x *extractor) arOneWasAmong(i int, m Metric, s sentence) bool {
	k := i - 1
	if k > s.a && x.ts[k].w == "من" {
		k--
	}
	if k <= s.a || (x.ts[k].w != "كان" && x.ts[k].w != "كانت") {
		return false
	}
	for a := k - 1; a >= s.a && a >= k-2; a-- {
		if x.used[a] || !x.ts[a].ar {
			return false
		}
		g, ok := arOnePerson(x.ts[a])
		if !ok {
			continue
		}
		if a == k-2 && !strings.HasPrefix(x.ts[k-1].w, "ال") {
			return false // "حارس السوق": the noun and its genitive only
		}
		x.arEmitPerson(m, i, a, k, g, s)
		return true
	}
	return false
}

// arWoundVerb are singular verbs of being wounded that follow their subject.
var arWoundVerb = map[string]bool{"اصيب": true, "اصيبت": true, "جرح": true, "جرحت": true}

// arOneAmong reads one person named after "among the dead / the wounded"
// as the noun of إن or a fronted predicate: "إن بين المصابين متطوعاً من
// فرقه", "وبين القتلى طفل". The singular noun (accusative or not) is one
// of the toll; its group is the noun's own.
func (x *extractor) arOneAmong(i int, s sentence) bool {
	if w := x.ts[i].w; w != "بين" && w != "وبين" { // ("ومن بين": read at بين)
		return false
	}
	h := i + 1
	if h >= s.b || !strings.HasPrefix(x.ts[h].w, "ال") {
		return false
	}
	mw, ok := x.metricAt(h, s)
	if !ok || !mw.head || mw.toll || mw.bodies || mw.m == Casualties {
		return false // ("بين الضحايا": victims, read with the toll they belong to)
	}
	p := h + 1
	if p < s.b && x.ts[p].w == "ايضا" {
		p++ // "بين القتلى أيضاً طفل": among the dead too
	}
	if p >= s.b {
		return x.arOneWasAmong(i, mw.m, s)
	}
	g, ok := arOnePerson(x.ts[p])
	if !ok || hasWaw(x.ts[p]) {
		return x.arOneWasAmong(i, mw.m, s)
	}
	if p+1 < s.b {
		if _, ok := parseNumberOK(x.ts[:s.b], p+1); ok {
			return false
		}
	}
	it := item{qa: p, a: p, b: p + 1, min: 1, max: 1, hasMin: true, hasMax: true, g: g, hmIdx: -1}
	x.lists++
	x.emit(it, mw.m, false, x.sourceAt(s, i), x.backgroundAt(s, i), i, p+1)
	for u := i; u <= p; u++ {
		x.used[u] = true
	}
	if mw.m == Killed {
		x.arCompanions(x.arSkipAdjectives(p+1, s), s) // "وبين الشهداء بائع خضار وابنه"
	}
	return true
}

// arWawOne reads one person joined by و at q by a singular noun in the
// accusative ("مسنّاً وطفلاً"), which the lexicon holds as the counted
// noun of a number ("15 طفلاً"): the list's part is one, of the noun's
// group (arOnePerson).
func (x *extractor) arWawOne(q int) (item, bool) {
	t := x.ts[q]
	if !hasWaw(t) || !strings.HasSuffix(t.w, "ا") {
		return item{}, false
	}
	t.w = strings.TrimPrefix(t.w, "و")
	g, ok := arOnePerson(t)
	if !ok {
		return item{}, false
	}
	return item{qa: q, a: q, b: q + 1, min: 1, max: 1, hasMin: true, hasMax: true, g: g, hmIdx: -1}, true
}

// arLostVerbs say that someone lost a person: "فقد زوجته", "فقدت ابنيها".
var arLostVerbs = map[string]bool{"فقد": true, "فقدت": true, "فقدوا": true, "فقدا": true, "فقدنا": true}

// arLostKin reads a relative lost, the object of a verb of losing at i
// with a possessive pronoun ("فقد زوجته وابنيه", "الذي فقد زوجته وأربعة
// من أحفاده"): a death of the relative noun's group, with the relatives
// joined to it (arCompanions). Only a relative noun is read so: "فقد
// منزله", "فقد الاتصال" lose no person, and "فُقد ٥ أشخاص" (went missing)
// has no possessed object. A loss put at another time ("قبل سنوات", "في
// الحرب") is not this incident's (arLossElsewhere).
func (x *extractor) arLostKin(i int, s sentence) bool {
	if !arLostVerbs[stripWawBa(x.ts[i].w)] || i+1 >= s.b {
		return false
	}
	p := i + 1
	if x.used[p] || !x.arPossessed(p) {
		return false
	}
	g, ok := lookup(groupWords, x.ts[p])
	if !ok || g.list || g.role || g.n == 0 || x.arLossElsewhere(p+1, s) {
		return false
	}
	it := item{qa: p, a: p, b: p + 1, min: g.n, max: g.n, hasMin: true, hasMax: true, g: x.arMasculineOwned(p, g.g), hmIdx: -1}
	x.lists++
	x.emit(it, Killed, false, x.sourceAt(s, i), x.backgroundAt(s, p), i, p+1)
	x.used[i], x.used[p] = true, true
	x.arCompanions(p+1, s)
	return true
}

// arLossElsewhere: does the clause after a loss's object put it at
// another time ("قبل سنوات", "قبل عامين") or in the war as a whole ("في
// الحرب", "خلال الحرب")?
func (x *extractor) arLossElsewhere(k int, s sentence) bool {
	for j := k; j+1 < s.b && j < k+8; j++ {
		w := stripWawBa(x.ts[j].w)
		if w == "." || w == "،" && j > k+4 {
			return false
		}
		n := x.ts[j+1].w
		if w == "قبل" && (n == "سنوات" || n == "سنه" || n == "عامين" || n == "سنتين" || n == "اعوام" || n == "عام") {
			return true
		}
		if (w == "في" || w == "خلال") && n == "الحرب" {
			return true
		}
	}
	return false
}
