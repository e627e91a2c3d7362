package figures

import "strings"

// Another town's incident in an article about one incident.
//
// figures.md: another incident on the same day or in another place is
// background, and a round-up of one day's incidents across several towns
// has them all as its own. Another town alone therefore tells nothing
// (clauseScope leaves it), but when the headline and lede tell one
// incident in one town, a figure whose clause places a new incident in
// another town tells that incident: "An hour on, jets raided nearby
// Saraqeb and killed two", "وفي قرية كفرنبل المجاورة، قتل طفل بقصف مدفعي
// لقوات النظام". An incident is new when it is told by an indefinite noun
// (not "the strike", "الغارة": the own one named again) and either is of
// another kind than the own (shelling in an article on an air strike,
// clashes, a bomb) or is given a time of its own ("an hour later", "the
// same day", "صباح اليوم نفسه"). A missile of the same raid falling on the
// next village ("وفي بلدة X المجاورة، سقط صاروخ") is the own incident's
// second site; where the wounded were taken or people came from names no
// incident's place (placeSkips).

// kindSet is a set of kinds of attack, a bit each.
type kindSet uint8

const (
	kAir kindSet = 1 << iota
	kShell
	kDrone
	kBomb
	kFight
	kGas
)

// attackKinds are the words that tell a kind of attack, Arabic without
// و, ب and ال. A word of more kinds ("missile", "strike", "قصف") is
// generic: it tells a kind only where no specific word does.
var attackKinds = map[string]kindSet{
	"air": kAir, "airstrike": kAir, "airstrikes": kAir, "raid": kAir, "raids": kAir, "jets": kAir,
	"warplanes": kAir, "warplane": kAir, "aircraft": kAir, "helicopter": kAir, "helicopters": kAir,
	"barrel": kAir, "shelling": kShell, "shells": kShell, "shelled": kShell, "artillery": kShell,
	"mortar": kShell, "mortars": kShell, "rocket": kShell, "rockets": kShell, "drone": kDrone,
	"drones": kDrone, "bomb": kBomb, "bombs": kBomb, "explosion": kBomb, "blast": kBomb,
	"ied": kBomb, "explosive": kBomb, "explosives": kBomb, "fighting": kFight, "clashes": kFight,
	"clash": kFight, "battle": kFight, "battles": kFight, "ambush": kFight, "chlorine": kGas,
	"sarin": kGas, "chemical": kGas,
	"missile": kAir | kShell, "missiles": kAir | kShell, "strike": kAir | kShell | kDrone,
	"strikes": kAir | kShell | kDrone, "bombing": kAir | kBomb, "bombardment": kAir | kShell,
	"غاره": kAir, "غارات": kAir, "طيران": kAir, "طائرات": kAir, "حربيه": kAir, "حربي": kAir,
	"مروحي": kAir, "مروحيه": kAir, "براميل": kAir, "برميل": kAir, "جويه": kAir, "جوي": kAir,
	"مدفعي": kShell, "مدفعيه": kShell, "قذائف": kShell, "قذيفه": kShell, "هاون": kShell,
	"راجمات": kShell, "صاروخي": kShell, "مسيره": kDrone, "مسيرات": kDrone, "مفخخه": kBomb,
	"عبوه": kBomb, "ناسفه": kBomb, "تفجير": kBomb, "انفجار": kBomb, "اشتباكات": kFight,
	"معارك": kFight, "مواجهات": kFight, "كلور": kGas, "سارين": kGas, "كيماوي": kGas,
	"صاروخ": kAir | kShell, "صواريخ": kAir | kShell, "قصف": kAir | kShell | kDrone,
	"ضربه": kAir | kShell | kDrone, "ضربات": kAir | kShell | kDrone,
}

// kindsIn is the kinds of attack tokens [a, b) tell: those of their
// specific words, else those of their generic ones.
func (x *extractor) kindsIn(a, b int) kindSet {
	var specific, generic kindSet
	for k := a; k < b && k < len(x.ts); k++ {
		t := &x.ts[k]
		if t.k != kWord {
			continue
		}
		w := t.w
		if t.ar {
			w = strings.TrimPrefix(stripWawBa(w), "ال")
		}
		ks, ok := attackKinds[w]
		if !ok {
			continue
		}
		if ks&(ks-1) == 0 {
			specific |= ks
		} else {
			generic |= ks
		}
	}
	if specific != 0 {
		return specific
	}
	return generic
}

// environs: does the sentence take in the own town's surroundings ("and
// its countryside", "وريفها", "ومحيطها"), or place a part of its toll
// ("kill 13 in Idlib, nine of them in the Jisr al-Shughur market", "منهم
// تسعة في")? The nearby villages, the rest of the toll, are then the own
// incident's too.
func (x *extractor) environs(s sentence) bool {
	for k := s.a; k < s.b; k++ {
		switch w := x.ts[k].w; w {
		case "وريفها", "ومحيطها", "وضواحيها", "وريفه", "ومحيطه":
			return true
		case "them":
			if n := &x.ts[max(k-2, s.a)]; x.word(k-1, s) == "of" && (n.k == kNum || n.is(cNumberWord)) {
				if n := x.word(k+1, s); n == "in" || n == "at" {
					return true
				}
			}
		case "منهم":
			if k+2 < s.b && (x.ts[k+1].k == kNum || x.ts[k+1].is(cNumberWord)) && stripWawBa(x.ts[k+2].w) == "في" {
				return true
			}
		case "its", "their":
			switch x.word(k+1, s) {
			case "countryside", "surroundings", "outskirts", "environs":
				return x.word(k-1, s) == "and"
			}
		}
	}
	return false
}

// singleSite: do the headline and lede place the own incident in one
// town (else, with no town there, the first incident sentence: readScene)
// and call it no round-up ("across", "several", "towns", three places, a
// headline on the province alone: "Strikes hit Idlib countryside")? A
// headline whose one site stands in the province ("Air strikes on Idlib
// market town", "غارة على مخيم للنازحين في ريف إدلب") and "northwest
// Syria" locate one incident: the flags roundup and several, which they
// set, are not asked.
func (x *extractor) singleSite() bool {
	if x.own.roundWords || x.own.kind == kindFighting || x.own.headBroad && !x.headSite() {
		return false // (an offensive's towns are all its own)
	}
	towns := x.own.gaz
	if len(towns) == 0 {
		x.readScene()
		if x.own.towns {
			return false
		}
		towns = x.own.scene
	}
	return len(towns) == 1
}

// siteNouns name one site of an incident, in the singular.
var siteNouns = map[string]bool{
	"town": true, "village": true, "city": true, "market": true, "camp": true, "hospital": true,
	"school": true, "mosque": true, "bakery": true, "clinic": true, "home": true, "house": true,
	"بلده": true, "قريه": true, "مدينه": true, "سوق": true, "مخيم": true, "مشفي": true,
	"مستشفي": true, "مدرسه": true, "مسجد": true, "فرن": true, "منزل": true, "مجمع": true,
}

// headSite: does the headline name a site in the singular ("market
// town", "مخيم")?
func (x *extractor) headSite() bool {
	if x.own.head >= len(x.sents) {
		return false
	}
	s := x.sents[x.own.head]
	for k := s.a; k < s.b; k++ {
		w := x.ts[k].w
		if x.ts[k].ar {
			w = strings.TrimPrefix(stripWawBa(w), "ال")
		}
		if siteNouns[w] {
			return true
		}
	}
	return false
}

// otherTownAt: is the place r, the nearest to the figure at pos in
// sentence s (clauseScope), another town than the own single one, where
// the figure's clause tells a new incident?
func (x *extractor) otherTownAt(r placeRef, s sentence, pos int, after bool) bool {
	if x.si < x.own.ledeTo || r.broad || r.region || x.own.gaz[r.name] || x.dateline(r.tok, s) || !x.singleSite() || x.own.scene[r.name] {
		// (the headline and lede tell the own incident: their places
		// are its own)
		return false
	}
	for _, d := range x.own.regions {
		if d != "" && d == r.district {
			return false // a village of the own region (Jabal al-Zawiya)
		}
	}
	// the sentence to the end of the figure's clause ("About an hour
	// later, a raid on nearby Saraqeb killed a man"; "وفي قرية X، قتل طفل
	// ... بقصف مدفعي")
	b := s.b
	if after {
		b = max(pos, r.tok) + 1
		for b < s.b && !x.clauseBreak(b) {
			b++
		}
	}
	return !x.dayToll(min(r.tok, pos), max(r.tok, pos)+1, s) && x.newIncidentIn(s.a, b, s)
}

// dayToll: is there a toll of the day between tokens a and b ("bringing
// the day's toll in the province to 11", "ليرتفع عدد ضحايا اليوم إلى
// 11")? It sums the own incident with the other town's: a round-up of
// the day, not the other incident alone.
func (x *extractor) dayToll(a, b int, s sentence) bool {
	for k := max(a, s.a); k < b && k < s.b; k++ {
		if mw, ok := x.metricAt(k, s); !ok || !mw.toll && !(mw.head && x.ts[k].ar) {
			continue // (an Arabic plural of the dead, "ضحايا اليوم", is a toll)
		}
		for j := max(k-2, s.a); j <= k+2 && j < s.b; j++ {
			if w := x.ts[j].w; w == "day" || w == "today" || stripWawBa(w) == "اليوم" && j > k {
				return true
			}
		}
	}
	return false
}

// joinedToOwn: is the town r joined by "and" to the own town before it
// ("strikes on Binnish and nearby Taftanaz killed 11 in all", "على بنش
// وتفتناز")? The figure then counts the own site with the other, as one
// incident's toll or the day's.
func (x *extractor) joinedToOwn(refs []placeRef, r placeRef) bool {
	for _, o := range refs {
		if o.tok >= r.tok {
			break
		}
		if o.broad || !x.own.gaz[o.name] || r.tok-o.tok > 6 || x.clauseBreakBetween(o.tok, r.tok) {
			continue
		}
		for k := o.tok + 1; k <= r.tok; k++ {
			// "and", or و on the town or its noun ("وبلدة تفتناز")
			if t := &x.ts[k]; t.w == "and" || t.ar && strings.HasPrefix(t.w, "و") {
				return true
			}
		}
	}
	return false
}

// newIncidentIn: do tokens [a, b) of sentence s tell a new incident: an
// indefinite incident noun ("a raid", "strikes", "بقصف مدفعي",
// "اشتباكات"; not "the strike", "الغارة", the own one named again), of
// another kind than the own or at a time of its own?
func (x *extractor) newIncidentIn(a, b int, s sentence) bool {
	indefinite := false
	for k := a; k < b && k < s.b && !indefinite; k++ {
		t := &x.ts[k]
		if t.k != kWord {
			continue
		}
		if t.ar {
			w := stripWawBa(t.w)
			indefinite = !strings.HasPrefix(w, "ال") && (t.bare&cArEvent != 0 || arWeaponNouns[w] || arFightingWords[w])
			continue
		}
		if t.is(cStrikeKind|cFightingKind|cEvent) || incidentNouns[t.w] {
			indefinite = !x.definiteBefore(k, s)
		}
	}
	if !indefinite {
		return false
	}
	if ks := x.kindsIn(a, b); ks != 0 && x.own.kinds != 0 && ks&x.own.kinds == 0 {
		return true // shelling in an article on an air strike, clashes, a bomb
	}
	return x.ownTimeIn(a, b, s)
}

// ownTimeIn: do tokens [a, b) give their incident a time apart from the
// own's: "an hour later", "earlier", "the same day", "صباح اليوم نفسه",
// "سبقه" (came before it), "مطلع الشهر" (early in the month)? "Minutes later" is the own strike's next blow
// (sameSite).
func (x *extractor) ownTimeIn(a, b int, s sentence) bool {
	for k := a; k < b && k < s.b; k++ {
		t := &x.ts[k]
		if t.k != kWord {
			continue
		}
		w := t.plain()
		switch w {
		case "later", "earlier":
			// ("the monitor said earlier": the statement's time)
			if p := x.word(k-1, s); p != "minutes" && p != "moments" && p != "seconds" && !x.reportedDay(k, s) {
				return true
			}
		case "same":
			if x.sameTimeAt(k, s) {
				return true
			}
		case "نفسه", "ذاته":
			switch stripWawBa(x.word(k-1, s)) {
			case "اليوم", "الليله", "الصباح", "المساء", "الوقت":
				return true
			}
		case "لاحقا", "لاحق":
			if !x.reportedDay(k, s) {
				return true // (not "وأفاد الدفاع المدني لاحقاً")
			}
		case "سبقه", "سبقها", "سبقته", "سبقتها":
			return true
		case "مطلع", "اوائل", "منتصف", "اواخر", "بدايه", "نهايه":
			// "مطلع الشهر الجاري", "أواخر آذار": a part of a month
			if n := stripWawBa(x.word(k+1, s)); n == "الشهر" || n == "العام" || n == "الاسبوع" {
				return true
			}
			if _, ok := x.monthAt(k + 1); ok {
				return true
			}
		}
	}
	return false
}

// definiteBefore: does a definite determiner stand before the noun at k,
// across at most two modifiers ("the strike", "the Russian air strike",
// "its shelling")?
func (x *extractor) definiteBefore(k int, s sentence) bool {
	for j := k - 1; j >= s.a && j >= k-3; j-- {
		switch x.ts[j].w {
		case "the", "this", "that", "these", "those", "its", "their", "his", "her":
			return true
		case "a", "an", "another", ",", "and", "in", "on", "by", "of":
			return false
		}
	}
	return false
}

// townRef is the town that places the figure at pos, from refs[best],
// the place nearest to it (clauseScope): that place, unless it names a
// province only ("وقُتل سبعة كذلك في ريف إدلب الجنوبي ... على أطراف
// مدينة خان شيخون"), when the first town after the figure in its clause
// places it. A province's name that names its city ("بمدينة إدلب", "Idlib
// city") is that town.
func (x *extractor) townRef(refs []placeRef, best, pos int, after bool) (placeRef, bool) {
	r := refs[best]
	if !r.broad {
		return r, true
	}
	if x.cityNamed(r.tok) {
		r.broad = false
		return r, true
	}
	if !after {
		return r, false
	}
	for _, n := range refs[best+1:] {
		if n.tok > pos && !n.broad && !x.clauseBreakBetween(pos, n.tok) {
			return n, true
		}
	}
	return r, false
}

// cityNamed: is the place at k named as a city ("the city of Idlib",
// "Idlib city", "بمدينة إدلب")?
func (x *extractor) cityNamed(k int) bool {
	p := ""
	if k > 0 {
		p = x.ts[k-1].w
		if x.ts[k-1].ar {
			p = stripWawBa(p)
		}
	}
	if p == "مدينه" {
		return true
	}
	if p == "of" && k > 1 && x.ts[k-2].w == "city" {
		return true
	}
	return k+1 < len(x.ts) && x.ts[k+1].w == "city" && x.ts[k+1].k == kWord
}
