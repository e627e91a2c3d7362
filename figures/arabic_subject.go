package figures

import "strings"

// The Arabic clause in subject-verb order: a count heads the clause (after
// إن/أن or at its start) and its verb follows the whole subject noun
// phrase, which may run past the counted noun: its side and what is joined
// to it ("١٥ عنصراً من قوات النظام والمجموعات الموالية لها قتلوا"), a
// genitive ("اثنين من عناصر الفصيل قتلا"), "others" ("أشخاص آخرين أصيبوا"),
// a phrase of origin ("من أهالي القرية"). The verb agrees with a plural or
// dual subject (the lexicon's post forms: قتلوا، قتلا، أصيبوا، استشهدوا).

// arSubjectFiller are the words other than definite nouns and adjectives
// that a subject noun phrase holds between its head and its verb.
var arSubjectFiller = map[string]bool{
	"من": true, "في": true, "على": true, "له": true, "لها": true, "لهم": true,
	"اخرين": true, "اخرون": true, "اخريات": true, "ايضا": true,
	"عناصر": true, "عنصر": true, "افراد": true, "ابناء": true, "اهالي": true, "سكان": true,
}

// arSubjectVerb finds, from j (the token after a count's head), the verb
// of the count's clause past the rest of its subject noun phrase: only
// definite words, quotes and arSubjectFiller may stand between, for at
// most nine tokens. A verb with a count after it has an object, not this
// subject ("... قتلوا سبعة مدنيين": they killed).
func (x *extractor) arSubjectVerb(j int, s sentence) int {
	ts := x.ts
	for k, n := j, 0; k < s.b && n < 9; k, n = k+1, n+1 {
		x.steps++
		t := ts[k]
		if t.k == kQuote {
			continue
		}
		if t.k != kWord || !t.ar {
			return -1
		}
		if mw, ok := x.metricAt(k, s); ok {
			if mw.post && k > j && !x.arObjectCount(k+1, s) {
				return k
			}
			return -1
		}
		w := stripWawBa(t.w)
		if strings.HasPrefix(w, "ال") && len(w) > 4 || arSubjectFiller[w] {
			continue
		}
		return -1
	}
	return -1
}

// arObjectCount: does a count stand right after the verb at k-1, as its
// object ("قتلوا 7 مدنيين")?
func (x *extractor) arObjectCount(k int, s sentence) bool {
	if k >= s.b {
		return false
	}
	_, ok := parseNumberOK(x.ts[:s.b], k)
	return ok
}

// arFactionNouns name the armed opposition as a whole; joined by و to a
// state's forces in one subject they make its count one of both sides.
var arFactionNouns = map[string]bool{"الفصائل": true, "فصائل": true, "هيئه": true, "تنظيم": true, "جبهه": true, "حركه": true}

// arBothSides: does the subject noun phrase between a for-state count's
// head (a) and its verb (v) join the opposition's factions to the state's
// forces ("عنصراً من قوات النظام والفصائل المعارضة قتلوا")? Its count is
// of fighters of both sides: combatants, of no one actor. The state's
// allied militias ("والمسلحين الموالين لها") stay with it, as troops.
func (x *extractor) arBothSides(a, v int, s sentence) bool {
	for k := a; k < v && k < s.b; k++ {
		if t := x.ts[k]; hasWaw(t) && arFactionNouns[stripWawBa(t.w)] {
			return true
		}
	}
	return false
}

// arListGap finds where the next part of an Arabic list of counts may
// open after the part last ends at k. A part of one side may have its allies
// joined to it ("١٨ عنصراً من قوات النظام والميليشيات الرديفة لها، و٢٥
// مقاتلاً من الفصائل": a definite noun joined by و, its definite adjectives
// and a pronoun's preposition), and a part may carry a numberless aside
// ("١٤ عنصراً من الفصائل، بينهم قادة ميدانيون، و٩ ..."). It returns k when
// neither stands there; the caller still asks for a count at what follows.
func (x *extractor) arListGap(last item, k int, s sentence) int {
	ts := x.ts
	if k >= s.b || !ts[k].ar && ts[k].w != "،" {
		return k
	}
	m := k
	if (last.g == Troops || last.g == Combatants) && hasWaw(ts[m]) && strings.HasPrefix(stripWawBa(ts[m].w), "ال") {
		for m++; m < s.b && m < k+5; m++ {
			w := ts[m].w
			if !ts[m].ar || hasWaw(ts[m]) || !strings.HasPrefix(w, "ال") && !arAllyPrep[w] {
				break
			}
		}
	}
	if m >= s.b {
		return k // the sentence ends: no part follows
	}
	if m+1 < s.b && ts[m].w == "،" && asideWords[ts[m+1].w] {
		// a numberless aside closed by a comma
		e := m + 2
		for ; e < s.b && e < m+8 && ts[e].w != "،"; e++ {
			if _, ok := parseNumberOK(ts[:s.b], e); ok || !ts[e].ar {
				return m
			}
		}
		if e < s.b && ts[e].w == "،" {
			return e
		}
	}
	return m
}

// arAllyPrep close a joined ally's phrase: "الموالين له", "المتحالفة معها".
var arAllyPrep = map[string]bool{"له": true, "لها": true, "لهم": true, "معه": true, "معها": true, "معهم": true}

// arRaisedIt reads the metric of a count that a toll told before in the
// sentence is raised or lowered to, by a verb whose object is the toll's
// pronoun: "بلغت حصيلة القتلى ٩، قبل أن يرفعها لاحقاً إلى ١٢". The count
// is that toll's again, of the metric just read.
func (x *extractor) arRaisedIt(first item, s sentence) (Metric, bool) {
	k := first.qa - 1
	if k <= s.a || !x.ts[k].ar || stripWawBa(x.ts[k].w) != "الي" || !x.prev.ok {
		return "", false
	}
	for n := 0; n < 2 && k-1 > s.a && arRaiseAdverbs[x.ts[k-1].w]; n++ {
		k-- // "لاحقاً", "مجدداً"
	}
	w := stripWawBa(x.ts[k-1].w)
	for _, suf := range []string{"ها", "ه"} {
		if v, ok := strings.CutSuffix(w, suf); ok && arRaiseVerbs[strings.TrimPrefix(v, "ل")] {
			return x.prev.m, true
		}
	}
	return "", false
}

// arRaiseVerbs raise or lower a toll: "يرفعها", "رفعه", "ليخفضها".
var arRaiseVerbs = map[string]bool{
	"رفع": true, "رفعت": true, "يرفع": true, "ترفع": true, "رفعوا": true,
	"خفض": true, "خفضت": true, "يخفض": true, "تخفض": true,
}

// arRaiseAdverbs stand between such a verb and إلى.
var arRaiseAdverbs = map[string]bool{"لاحقا": true, "مجددا": true, "مره": true, "اخري": true, "بعد": true, "ذلك": true}

// arAddedConj reads a conjunction of addition at p, after a comma if
// any: "، إضافة إلى", "بالإضافة إلى", "إلى جانب", "فضلاً عن". It returns
// the index after it, or -1.
func (x *extractor) arAddedConj(p int, s sentence) int {
	ts := x.ts
	if p < s.b && ts[p].w == "،" {
		p++
	}
	if p+1 >= s.b || !ts[p].ar {
		return -1
	}
	w, n := stripWawBa(ts[p].w), ts[p+1].w
	switch {
	case (w == "اضافه" || w == "الاضافه") && n == "الي",
		w == "الي" && n == "جانب",
		w == "فضلا" && n == "عن":
		return p + 2
	}
	return -1
}

// arAddedTo finds, after a list's part ending at k, a part added by
// arAddedConj past the part's own adjunct of place or time ("مقتل ١٢
// مدنياً في البلدة، إضافة إلى خمسة من المقاتلين"): the adjunct opens
// with a preposition and holds no number and no word of a toll. It
// returns where the added part opens, or -1.
func (x *extractor) arAddedTo(k int, s sentence) int {
	ts := x.ts
	if k >= s.b {
		return -1
	}
	if e := x.arAddedConj(k, s); e > 0 {
		return e
	}
	if w := ts[k].w; !ts[k].ar || w != "في" && w != "منذ" && w != "خلال" && !strings.HasPrefix(w, "ب") {
		return -1
	}
	for m := k + 1; m < s.b && m < k+6; m++ {
		if ts[m].w == "،" {
			return x.arAddedConj(m, s)
		}
		if !ts[m].ar || ts[m].k != kWord {
			return -1
		}
		if _, ok := x.metricAt(m, s); ok {
			return -1
		}
		if _, ok := parseNumberOK(ts[:s.b], m); ok {
			return -1
		}
	}
	return -1
}
