package figures

// Arabic persons told by what they are to someone, and groups told by what
// they do: relatives as a coordinated subject before their verb ("أن جاره
// وابنه قُتلا"), relatives beyond the core lexicon (grandparents, uncles,
// cousins), "brothers" in a faction's own voice (fellow members), the
// martyrdom verb of factional media (ارتقى), a count standing before the
// noun it counts ("ارتفع إلى ثلاثة عدد الأطفال"), and a zero said of a
// described group ("كوادر المشفى لم يصب أي منهم بأذى").

import "strings"

func init() {
	// Relatives beyond the core lexicon. The roots are short words whose
	// regular forms would be function words (جدا "very", عما "about
	// what", خالي "empty"), so the forms are listed in full: possessive and
	// definite. A grandmother, an aunt are women; a grandfather, an uncle
	// are people (figures.md: a relative takes the group of the noun).
	// جده is "his grandfather" (the city is جدة only after في, where no
	// count stands); الجده with the article is the grandmother.
	kin := map[string]gword{
		"جده": {g: People, n: 1}, "جدها": {g: People, n: 1}, "جدهم": {g: People, n: 1}, "جدهما": {g: People, n: 1},
		"الجد": {g: People, n: 1}, "عمه": {g: People, n: 1}, "عمها": {g: People, n: 1}, "عمهم": {g: People, n: 1},
		"عمهما": {g: People, n: 1}, "العم": {g: People, n: 1}, "خاله": {g: People, n: 1}, "خالها": {g: People, n: 1},
		"خالهم": {g: People, n: 1}, "الخال": {g: People, n: 1},
		"اخوه": {g: People, n: 1}, "اخاه": {g: People, n: 1}, "اخيه": {g: People, n: 1}, "اخوها": {g: People, n: 1},
		"اخاها": {g: People, n: 1}, "اخيها": {g: People, n: 1}, "اخوهم": {g: People, n: 1}, "اخاهم": {g: People, n: 1},
		"الجده": {g: Women, n: 1}, "جدتها": {g: Women, n: 1}, "جدتهم": {g: Women, n: 1}, "جدتهما": {g: Women, n: 1},
		"عمتها": {g: Women, n: 1}, "خالتها": {g: Women, n: 1}, "عمتهم": {g: Women, n: 1}, "خالتهم": {g: Women, n: 1},
		// the forms a feminine rule would make of جده، عمه، خاله
		"جدتان": {g: Women, n: 2}, "جدتين": {g: Women, n: 2}, "جدات": {g: Women},
		"عمتان": {g: Women, n: 2}, "عمتين": {g: Women, n: 2}, "عمات": {g: Women},
		"خالتان": {g: Women, n: 2}, "خالتين": {g: Women, n: 2}, "خالات": {g: Women},
		// a fighter in the wording of factional media: "الأخ المجاهد"
		"مجاهد": {g: Combatants, n: 1, role: true}, "مجاهدين": {g: Combatants}, "مجاهدون": {g: Combatants},
		"مجاهدا": {g: Combatants}, "مجاهدان": {g: Combatants, n: 2},
	}
	for w, g := range kin {
		if _, ok := groupWords[w]; !ok {
			groupWords[w] = g
		}
	}
	// ارتقى (rose, as a martyr) is a death only with a person after it
	// (arPerson) or a count of the dead; its subject may stand first ("وكان
	// الأخ أبو حفص قد ارتقى"), and its masdar governs the dead ("ارتقاء
	// الأخ أبو بكر", "ارتقاء طفلين شهيدين")
	for _, w := range []string{"ارتقي", "ارتقت"} {
		arSingVerb[w] = true
		arPastVerbs[w] = true
	}
	if _, ok := metricWords["ارتقاء"]; !ok {
		metricWords["ارتقاء"] = mword{m: Killed, pre: true}
	}
	arNominalDeath["ارتقاء"] = true
	// the dual feminine of the verbs of the figures: "والدته وطفلته قتلتا"
	for w, m := range map[string]Metric{"قتلتا": Killed, "توفيتا": Killed, "استشهدتا": Killed, "قضتا": Killed, "جرحتا": Injured} {
		if _, ok := metricWords[w]; !ok {
			metricWords[w] = mword{m: m, post: true}
		}
	}
}

// arHonorific: الأخ before a name, a role or a title ("الأخ المجاهد أبو
// عبد الله", "الأخ أبو حفص") is a form of address, not a relative: the
// words after it say who the person is.
func (x *extractor) arHonorific(p int, s sentence) bool {
	if p+1 >= s.b || stripWawBa(x.ts[p].w) != "الاخ" {
		return false
	}
	n := x.ts[p+1]
	if arKunya(n.w) {
		return true
	}
	if gw, ok := lookup(groupWords, n); ok && gw.role {
		return true
	}
	_, ok := arTitles[n.w]
	return ok
}

// arBrethren: does the article speak in a faction's own voice, calling
// its fighters brothers ("الأخ المجاهد", "الأخ أبو حفص")? Then "أخوان"
// and "أخوين" with no possessive are fellow members (figures.md: relatives
// described as members of the armed group are combatants); elsewhere they
// are two brothers (people). Computed once per article.
func (x *extractor) arBrethren() bool {
	if x.brethren != 0 {
		return x.brethren > 0
	}
	x.brethren = -1
	for _, s := range x.sents {
		for k := s.a; k < s.b; k++ {
			x.steps++
			if x.ts[k].ar && x.arHonorific(k, s) {
				x.brethren = 1
				return true
			}
		}
	}
	return false
}

// arBrotherNoun: a word for brothers with no possessive: أخوان، أخوين.
func arBrotherNoun(t tok) bool {
	switch stripWawBa(t.w) {
	case "اخوان", "اخوين", "الاخوين", "الاخوان":
		return t.ar
	}
	return false
}

// arCousin reads a cousin at j, after a son or daughter at it.a: "ابن
// عمه", "ابنة خالها". A cousin is no child: a son of an uncle is one of
// the people, a daughter of one a woman. It returns the token after the
// uncle, or j.
func (x *extractor) arCousin(it *item, j int, s sentence) int {
	if j >= s.b || !x.ts[j].ar {
		return j
	}
	var g Group
	switch stripWawBa(x.ts[it.a].w) {
	case "ابن":
		g = People
	case "ابنه", "بنت": // ابنة folds into ابنه; before an uncle it is the daughter
		g = Women
	default:
		return j
	}
	w := x.ts[j].w
	for _, root := range []string{"عم", "خال"} {
		if !strings.HasPrefix(w, root) {
			continue
		}
		switch strings.TrimPrefix(w, root) {
		case "ه", "ها", "هم", "هما", "ي", "نا", "تي", "ته", "تها", "تهم": // عمه، خالها، عمتي
			it.g = g
			return j + 1
		}
	}
	return j
}

// arListSubject: does a coordinated subject of single persons open at i,
// with its verb after it in the dual or plural ("أن جاره وابنه قُتلا",
// "إن شقيقه وزوجته قضيا", "أن زوجته وطفليه استشهدوا")? Each conjunct is a
// person counted by the noun (figures.md: one figure per relative); the
// number of the verb says they are one subject, so the first counts one as
// the others do. The subject opens its clause: after أن/إن, كان, a comma
// or at the start of the sentence.
func (x *extractor) arListSubject(i int, s sentence) bool {
	_, _, ok := x.arListSubjectParts(i, s, nil)
	return ok
}

// arListSubjectParts reads arListSubject's conjuncts into parts and
// returns them with the verb's index.
func (x *extractor) arListSubjectParts(i int, s sentence, parts []item) ([]item, int, bool) {
	t := x.ts[i]
	if !t.ar || t.k != kWord {
		return parts, -1, false
	}
	if g, ok := lookup(groupWords, t); !ok || g.n == 0 || g.role {
		return parts, -1, false // (a word of lists, الأب، الأم, opens one: its verb says so)
	}
	if i > s.a {
		p := x.ts[i-1]
		w := stripWawBa(p.w)
		if w != "ان" && w != "لان" && w != "انه" && p.w != "،" && p.w != "," && !arKana[p.w] {
			return parts, -1, false
		}
	}
	it, ok := x.parseItem(i, s, true, true)
	if !ok || it.hasHM {
		return parts, -1, false
	}
	parts = append(parts, it)
	p, n := it.b, 1
	if x.arGivenName(p, s) {
		// "جارتها سعاد الحسن وطفلتيها": the first one's name, its family
		// name with the article
		p++
		for e := p; e < s.b && e < it.b+3 && (x.arGivenName(e, s) || x.arFamilyName(e, s)); e++ {
			p = e + 1
		}
	}
	for n < 6 && p < s.b {
		x.steps++
		nk := -1
		if hasWaw(x.ts[p]) {
			nk = p
		} else if x.ts[p].w == "و" {
			nk = p + 1
		}
		if nk < 0 || nk >= s.b {
			break
		}
		nx, ok := x.listItem(nk, s)
		if !ok || nx.hasHM {
			return parts, -1, false
		}
		parts = append(parts, nx)
		p, n = nx.b, n+1
	}
	if n < 2 {
		return parts, -1, false
	}
	if x.word(p, s) == "،" {
		p++ // "الأب والأم وأبناؤهم الخمسة، قُتلوا": the subject set off
	}
	if x.word(p, s) == "قد" {
		p++ // "أن جاره وابنه قد قتلا"
	}
	mw, ok := x.metricAt(p, s)
	if !ok || !mw.post || mw.head || mw.toll || !x.ts[p].ar {
		return parts, -1, false
	}
	// the dual (قتلا، قضيا، قتلتا) and the plural (قتلوا) end in ا, the
	// feminine plural (قُتلن، استشهدن) in ن; a singular verb (قتل) agrees
	// with the last conjunct only
	return parts, p, strings.HasSuffix(x.ts[p].w, "ا") || strings.HasSuffix(x.ts[p].w, "ن")
}

// arCountedAfter reads the noun a count stands before, in the order of a
// rising toll: "ارتفع إلى ثلاثة عدد الأطفال الذين استشهدوا", "ليرتفع إلى
// 12 عدد المدنيين", "وارتفع إلى خمسة عدد القتلى". The count is the number
// of the noun after عدد: a person noun sets the group (its verb follows in
// the relative clause), a metric noun is the head. j is the token after the
// count; it returns the token after the noun, or -1.
func (x *extractor) arCountedAfter(it *item, j int, s sentence) int {
	if j+1 >= s.b || stripWawBa(x.ts[j].w) != "عدد" || !x.arRiseTo(it.qa-1, s) {
		return -1
	}
	n := x.ts[j+1]
	if !n.ar || !strings.HasPrefix(n.w, "ال") {
		return -1
	}
	if g, ok := lookup(groupWords, n); ok && !g.list && g.n == 0 {
		it.g = g.g
		return j + 2
	}
	if mw, ok := x.metricAt(j+1, s); ok && mw.head && !mw.toll && !mw.bodies {
		it.hm, it.hasHM, it.hmIdx = mw, true, j+1
		return j + 2
	}
	return -1
}

// arRiseTo: a verb of rising and إلى end at k: "ارتفع إلى", "ليرتفع إلى".
func (x *extractor) arRiseTo(k int, s sentence) bool {
	if k-1 < s.a || x.ts[k].w != "الي" {
		return false
	}
	w := x.ts[k-1].w
	for _, p := range []string{"و", "ل", "ف"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+6 {
			w = strings.TrimPrefix(w, p)
			break
		}
	}
	switch w {
	case "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "وصل", "وصلت", "يصل", "تصل":
		return true
	}
	return false
}

// arRelativeVerb reads the verb of a relative clause right after a counted
// noun: "الأطفال الذين استشهدوا", "المدنيين الذين قضوا". It returns the
// verb's index, or -1.
func (x *extractor) arRelativeVerb(k int, s sentence) int {
	switch x.word(k, s) {
	case "الذين", "اللذين", "اللذان", "اللواتي", "اللاتي", "اللتين", "اللتان":
	default:
		return -1
	}
	if mw, ok := x.metricAt(k+1, s); ok && mw.post && !mw.head && !mw.toll {
		return k + 1
	}
	return -1
}

// arVictimsLater reads a count of victims (ضحايا) as the dead when the
// article, later, tells the same count of the same group killed, whoever
// says so: "ارتفاع عدد ضحايا انفجار لغم إلى ثلاثة أطفال" over "ارتفع إلى
// ثلاثة عدد الأطفال الذين استشهدوا" (figures.md: victims are killed when
// the text makes clear they died). arVictimsDied reads the same looking
// back; a headline stands before what makes it clear.
func (x *extractor) arVictimsLater() {
	for i := range x.figs {
		f := x.figs[i]
		if f.Metric != Casualties || f.Background || f.Vague || f.Min == nil || !arVictimsQuote(f.Quote) {
			continue
		}
		for j := i + 1; j < len(x.figs) && j <= i+32; j++ {
			x.steps++
			g := x.figs[j]
			if g.Metric == Killed && !g.Background && !g.Vague && g.Group == f.Group &&
				g.Min != nil && *g.Min == *f.Min && (g.Max == nil) == (f.Max == nil) && (g.Max == nil || *g.Max == *f.Max) {
				x.figs[i].Metric = Killed
				break
			}
		}
	}
}

// arVictimsQuote: does a figure's quote hold ضحايا or ضحية?
func arVictimsQuote(q string) bool {
	q = normWord(q)
	return strings.Contains(q, "ضحايا") || strings.Contains(q, "ضحيه")
}

// arStaffSubject reads the group a zero is said of when a described group
// stands as the subject right before the negation at i: "أن كوادر المشفى
// لم يصب أي منهم بأذى", "الطاقم الطبي لم يصب أحد منهم". Staff of a
// hospital, of a medical point or of a rescue body are civilians
// (figures.md: rescuers' own staff, medics); residents and passengers are
// people; a plural of the lexicon keeps its group ("عناصر الحاجز"). The
// phrase runs back to أن/إن, a comma or a clause word, over at most five
// words.
func (x *extractor) arStaffSubject(i int, s sentence) (Group, bool) {
	st := i
	for k := i - 1; k >= s.a && k >= i-5; k-- {
		x.steps++
		t := x.ts[k]
		if t.k != kWord || !t.ar {
			break
		}
		w := stripWawBa(t.w)
		if w == "ان" || w == "انه" || arFactStop[w] || arKana[t.w] {
			break
		}
		if _, ok := x.metricAt(k, s); ok {
			return "", false
		}
		if t.in(lArSpeech) {
			break
		}
		st = k
	}
	if st == i {
		return "", false
	}
	head := x.ts[st]
	hw := strings.TrimPrefix(stripWawBa(head.w), "ال")
	switch {
	case arStaffNouns[hw]:
		for k := st; k < i; k++ {
			if arCareNouns[strings.TrimPrefix(stripWawBa(x.ts[k].w), "ال")] {
				return Civilians, true
			}
		}
		if x.arRescuers(st+1, s) > 0 {
			return Civilians, true // "عناصر الدفاع المدني"
		}
		return People, true
	case arDwellerNouns[hw]:
		return People, true
	}
	if g, ok := lookup(groupWords, head); ok && !g.list && g.n == 0 {
		return g.g, true
	}
	return "", false
}

// arStaffNouns are nouns for the staff of a place or body.
var arStaffNouns = map[string]bool{
	"كوادر": true, "كادر": true, "طاقم": true, "طواقم": true, "العاملين": true, "عاملين": true,
	"العاملون": true, "عاملون": true, "موظفي": true, "موظفو": true, "موظفين": true, "فرق": true, "فريق": true,
}

// arCareNouns name a place or body of medical care or rescue.
var arCareNouns = map[string]bool{
	"مشفي": true, "مستشفي": true, "مشافي": true, "طبي": true, "طبيه": true, "صحي": true, "صحيه": true,
	"اسعاف": true, "مستوصف": true, "عياده": true, "انقاذ": true, "هلال": true,
}

// arDwellerNouns name those who live in or ride in a place: people.
var arDwellerNouns = map[string]bool{
	"سكان": true, "قاطني": true, "اهالي": true, "ركاب": true, "نزلاء": true, "سكانه": true,
}

// arMartyrsApposed: a dual metric noun right after a dual person noun
// describes the same two: "ارتقاء طفلين شهيدين" (two children, as
// martyrs) is one count, not two.
func (x *extractor) arMartyrsApposed(it *item, j int, s sentence) bool {
	if it.hasHM || it.g == "" || it.a < s.a || it.a != j-1 {
		return false
	}
	if g, ok := lookup(groupWords, x.ts[it.a]); !ok || g.n != 2 {
		return false
	}
	mw, ok := x.metricAt(j, s)
	return ok && mw.dual && mw.head && !mw.bodies && !hasWaw(x.ts[j])
}

// arPossessed: does the Arabic token at k end in a possessive pronoun as
// written (زوجته، جاره، طفلها)? The folded word cannot tell: ة folds into
// ه, so جارة (a neighbour, she) and جارُه (his neighbour) are one word
// there. The text keeps the letter.
func (x *extractor) arPossessed(k int) bool {
	t := x.ts[k]
	if !t.ar || t.k != kWord {
		return false
	}
	r := []rune(x.text[t.s:t.e])
	for len(r) > 0 && (r[len(r)-1] >= 0x064B && r[len(r)-1] <= 0x0652 || r[len(r)-1] == 0x0640) {
		r = r[:len(r)-1] // tashkil, tatweel
	}
	if len(r) < 3 {
		return false
	}
	switch {
	case r[len(r)-1] == 'ه':
		return true // ـه (not ـة)
	case r[len(r)-2] == 'ه' && (r[len(r)-1] == 'ا' || r[len(r)-1] == 'م' || r[len(r)-1] == 'ن'):
		return true // ـها، ـهم، ـهن
	case len(r) > 3 && r[len(r)-3] == 'ه' && r[len(r)-2] == 'م' && r[len(r)-1] == 'ا':
		return true // ـهما
	}
	return false
}

// arMasculineOwned: the group of a person noun at k written with ـه, his
// X, where the folded word reads as the feminine ـة: "جاره" is his
// neighbour (people), not a woman neighbour.
func (x *extractor) arMasculineOwned(k int, g Group) Group {
	if g != Women || !x.arPossessed(k) {
		return g
	}
	w := stripWawBa(x.ts[k].w)
	if !strings.HasSuffix(w, "ه") {
		return g
	}
	root := strings.TrimSuffix(w, "ه")
	if !arFeminable[root] {
		return g
	}
	if m, ok := groupWords[root]; ok {
		return m.g
	}
	return g
}

// arKinList: is a part of the list after the first a relative named by a
// possessive ("وشقيقه", "وابنتها")? Relatives are one figure each
// (figures.md), not summed with the person they belong to.
func (x *extractor) arKinList(list []item) bool {
	for _, it := range list[1:] {
		if it.a < 0 || it.a >= len(x.ts) || !x.ts[it.a].ar || it.min != 1 || it.max != 1 {
			continue
		}
		// the possessive may close a construct: "وابن عمه", "وزوجة أخيه"
		if x.arPossessed(it.a) || it.b-1 > it.a && it.b <= len(x.ts) && x.arPossessed(it.b-1) {
			return true
		}
	}
	return false
}

// enKinList: is a part of the list after the first an English relative
// named by a possessive ("a mother and her two daughters", "a man and his
// brother")? Each relative is a figure of its own (figures.md), as
// arKinList keeps them in Arabic; fighters with their kin are one count
// of fighters ("a leader and his two sons"), sum being the list's sum.
func (x *extractor) enKinList(list []item, sum item) bool {
	if sum.group() == Combatants {
		return false
	}
	for _, it := range list[1:] {
		if it.a <= 0 || it.a >= len(x.ts) || x.ts[it.a].ar {
			continue
		}
		switch x.ts[it.a-1].w {
		case "his", "her", "their": // the count's first word is after them
			return true
		}
	}
	return false
}

// arVictimsWhoDied: a count of victims (ضحايا) with a verb of death right
// after it: "6 ضحايا قضوا تحت التعذيب", "4 ضحايا قتلوا برصاص قناص". The
// verb says they died (figures.md: victims are killed when the text makes
// it clear). It returns the verb's index, or -1.
func (x *extractor) arVictimsWhoDied(it item, s sentence) int {
	if it.hm.m != Casualties || it.hmIdx < 0 || !x.ts[it.hmIdx].ar {
		return -1
	}
	switch stripWawBa(x.ts[it.hmIdx].w) {
	case "ضحايا", "ضحيه":
	default:
		return -1
	}
	mw, ok := x.metricAt(it.b, s)
	if !ok || mw.m != Killed || !mw.post || mw.head || mw.toll || !x.ts[it.b].ar {
		return -1
	}
	return it.b
}

// arStaffHead reads staff counted after a number: "3 من الكوادر الطبية",
// "5 من الطواقم الطبية", "4 من كوادر الشركة". Staff of medical care or
// rescue are civilians (figures.md), other staff are people. It returns
// the token after the phrase, or -1.
func (x *extractor) arStaffHead(it *item, j int, s sentence) int {
	k := j
	if x.word(k, s) == "من" {
		k++
	}
	if k >= s.b || !x.ts[k].ar || !arStaffNouns[strings.TrimPrefix(stripWawBa(x.ts[k].w), "ال")] {
		return -1
	}
	if k == j && !strings.HasSuffix(x.ts[k].w, "ا") && !strings.HasPrefix(x.ts[k].w, "كوادر") && !strings.HasPrefix(x.ts[k].w, "طواقم") {
		return -1 // a bare staff noun right after the number is a plural: "3 كوادر طبية"
	}
	it.g = People
	e := k + 1
	if r := x.arRescuers(e, s); r > 0 {
		it.g, e = Civilians, r
	} else if e < s.b && x.ts[e].ar && arCareNouns[strings.TrimPrefix(stripWawBa(x.ts[e].w), "ال")] {
		it.g, e = Civilians, e+1
	} else if e < s.b && x.ts[e].ar && !hasWaw(x.ts[e]) && x.arAdjective(e, s) {
		e++ // "كوادر الشركة"
	}
	return e
}

// arObjectKin: a relative named by a possessive at i, the object of an
// active verb of harm whose subject stands between: "قتلت الشظايا زوجها
// وطفلتيها", "وأصابت القذيفة زوجته وابنه". The relative counts one, as
// after the verb itself ("قتل زوجها").
func (x *extractor) arObjectKin(i int, s sentence) bool {
	if i-2 < s.a || !x.arPossessed(i) {
		return false
	}
	if g, ok := lookup(groupWords, x.ts[i]); !ok || g.n == 0 || g.list || g.role {
		return false
	}
	k := x.scanPre(i-1, s, false)
	return k >= 0 && k < i-1 && x.ts[k].ar && arActiveVerbs[x.ts[k].stem]
}

// arSurvivor finds who escaped in the clause of the negation at i: a verb
// of escaping (نجا) and the person right after it, "نجا رضيعها يوسف دون أن
// يصاب بأذى" (figures.md: "escaped injury" is injured 0 for the group).
func (x *extractor) arSurvivor(i int, s sentence) (Group, bool) {
	for v := x.arClauseStart(i, s); v < i-1; v++ {
		if !arSurvive[stripWawBa(x.ts[v].w)] {
			continue
		}
		t := x.ts[v+1]
		if !t.ar || t.k != kWord {
			return "", false
		}
		g, ok := lookup(groupWords, t)
		if !ok || g.n == 0 || g.list || g.role {
			return "", false
		}
		return x.arMasculineOwned(v+1, g.g), true
	}
	return "", false
}

// arRankingLead reads a count by place that goes on from a toll of the
// same sentence: "قتل فيها 30 مدنياً، تلتها محافظة درعا بـ 19 مدنياً، ثم
// حلب بـ 17، ودير الزور بـ 12". The count stands after بـ and a place of
// at most three words, opened by a word of ranking (تلتها، ثم), or by a
// comma when the ranking went on before it ("ثم حلب بـ 17، ودير الزور بـ
// 12"); it takes the metric of the toll before it, and its group when it names
// none. Each place is its own figure.
func (x *extractor) arRankingLead(it item, s sentence) (Metric, Group, bool) {
	j := it.qa - 1
	if j-1 <= s.a || x.ts[j].w != "ب" || !x.lastFig.ok || x.lastFig.si != x.si || len(x.figs) == 0 {
		return "", "", false
	}
	last := x.figs[len(x.figs)-1]
	if last.Background || last.Min == nil || *last.Min == 0 {
		return "", "", false
	}
	for k, n := j-1, 0; k > s.a && n < 3; k, n = k-1, n+1 {
		x.steps++
		t := x.ts[k]
		if t.k != kWord || !t.ar || arStop[t.w] {
			return "", "", false
		}
		if _, ok := x.metricAt(k, s); ok {
			return "", "", false
		}
		p := x.ts[k-1]
		if arRankWords[stripWawBa(p.w)] || (p.w == "،" || p.w == ",") && x.arRankedBefore(k-1, s) {
			return x.lastFig.m, last.Group, true
		}
	}
	return "", "", false
}

// arRankWords go on down a ranking: "تلتها", "ثم".
var arRankWords = map[string]bool{
	"تلتها": true, "تليها": true, "يليها": true, "تلاها": true, "تلته": true, "يليه": true, "ثم": true,
}

// arRankedBefore: does a word of ranking stand in the few tokens before k,
// past no word of the figures? "ثم حلب بـ 17، ودير الزور": the list of
// places goes on.
func (x *extractor) arRankedBefore(k int, s sentence) bool {
	for j := k - 1; j > s.a && j >= k-12; j-- {
		x.steps++
		if arRankWords[stripWawBa(x.ts[j].w)] {
			return true
		}
		if _, ok := x.metricAt(j, s); ok {
			return false
		}
	}
	return false
}

// arListSubjectRead emits the conjuncts of a coordinated subject of single
// persons at i (arListSubject) that no count reader read: the first, named
// by a definite or possessed noun, maybe with a name ("الأب والأم
// وأبناؤهم الخمسة قُتلوا", "جارتها سعاد الحسن وطفلتيها قُتلن"), which the
// count readers leave as no count of their own.
func (x *extractor) arListSubjectRead(i int, s sentence) bool {
	if x.used[i] {
		return false
	}
	var buf [6]item
	parts, v, ok := x.arListSubjectParts(i, s, buf[:0])
	if !ok {
		return false
	}
	mw, _ := x.metricAt(v, s)
	src, bg := x.sourceAt(s, i), x.backgroundAt(s, i)
	for _, it := range parts {
		if x.used[it.qa] {
			continue
		}
		if it.g == "" {
			it.g = People
		}
		x.lists++
		x.emit(it, mw.m, false, src, bg, it.qa, it.b)
		for k := it.qa; k < it.b; k++ {
			x.used[k] = true
		}
	}
	x.used[v] = true
	return true
}

// arFamilyName: is the word at k a family name with the article after a
// given name ("سعاد الحسن"): no word of the lexicons, no و.
func (x *extractor) arFamilyName(k int, s sentence) bool {
	t := x.ts[k]
	if t.k != kWord || !t.ar || hasWaw(t) || !strings.HasPrefix(t.w, "ال") || len(t.w) < 8 || arStop[t.w] {
		return false
	}
	if _, ok := lookup(groupWords, t); ok {
		return false
	}
	_, ok := x.metricAt(k, s)
	return !ok
}
