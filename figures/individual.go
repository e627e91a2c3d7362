package figures

import "strings"

// English victims that are not numbers, read from the predicate: "killed
// Yusuf Haddad, his mother and two of his nephews", "a missile killed him",
// "Abu Khaled al-Shami, the faction's spokesman, was killed", "a senior
// recruiter was killed", "blew herself up". The predicate (kill, die,
// wound, blow oneself up) is found first; its victim slot is filled inside
// its clause: the object after an active verb, the subject before a
// passive or intransitive one (an apposition between commas skipped).
// Counts ("two children") are left to quantity(), which read them first.

// indivVerbs are the predicates whose subject or object is the victim.
var indivVerbs = map[string]Metric{
	"killed": Killed, "kills": Killed, "kill": Killed, "killing": Killed, "died": Killed,
	"dies": Killed, "perished": Killed, "slain": Killed, "executed": Killed,
	"assassinated": Killed, "dead": Killed,
	"injured": Injured, "injuring": Injured, "wounded": Injured, "wounding": Injured,
	"hurt": Injured, "burned": Killed, "burnt": Killed, "claimed": Killed, "succumbed": Killed,
}

// indivAdverbs may stand between an auxiliary and its participle.
var indivAdverbs = map[string]bool{
	"also": true, "reportedly": true, "allegedly": true, "later": true, "seriously": true,
	"critically": true, "lightly": true, "badly": true, "severely": true, "instantly": true,
	"fatally": true, "mortally": true, "both": true, "all": true, "then": true, "subsequently": true,
	"shot": true, "apparently": true, "probably": true, "likely": true, "immediately": true,
	"now": true, "already": true,
}

var beWords = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true,
	"got": true, "get": true,
}

// clauseOpeners end a subject when reading back from its verb.
var clauseOpeners = map[string]bool{
	"that": true, "when": true, "after": true, "while": true, "as": true, "but": true,
	"because": true, "where": true, "said": true, "says": true, "said.": true, "since": true,
	"before": true, "although": true, "though": true, "if": true, "once": true, "until": true,
	"whom": true, "which": true, "reported": true, "confirmed": true, "added": true, "told": true,
}

// victimStops end a victim noun phrase after its head.
var victimStops = map[string]bool{
	"in": true, "on": true, "at": true, "near": true, "with": true, "who": true, "when": true,
	"as": true, "after": true, "while": true, "from": true, "during": true, "and": true,
	"by": true, "was": true, "were": true, "had": true, "has": true, "is": true, "outside": true,
	"inside": true, "along": true, "together": true, "instantly": true, "overnight": true,
	"last": true, "this": true, "early": true, "late": true, "according": true, "said": true,
	"says": true, "of": true, "for": true, "to": true, "under": true, "following": true,
	"before": true, "because": true, "amid": true, "also": true, "yesterday": true, "today": true,
	"whose": true, "which": true, "that": true, "died": true, "killed": true, "the": true,
	"late-night": true, "earlier": true, "working": true, "serving": true, "living": true,
	"identified": true, "known": true, "named": true,
}

// notPersons are heads that are not people ("killed the project").
var notPersons = map[string]bool{
	"car": true, "vehicle": true, "house": true, "building": true, "convoy": true, "truce": true,
	"ceasefire": true, "deal": true, "plan": true, "engine": true, "motorcycle": true, "area": true,
	"process": true, "bill": true, "attack": true, "strike": true, "raid": true, "one": true,
	"same": true, "rest": true, "number": true, "toll": true, "total": true, "majority": true,
	"other": true, "others": true, "most": true, "many": true, "some": true, "none": true,
	"people": true, "more": true, "statement": true, "report": true, "day": true, "time": true, "way": true, "scene": true, "site": true,
}

// armedCues say a single victim is a fighter: "a senior recruiter".
var armedCues = map[string]bool{
	"senior": true, "top": true, "high-ranking": true, "militant": true, "jihadist": true,
	"commander": true, "leader": true, "wanted": true, "field": true, "military": true,
	"security": true, "is": true, "hts": true, "isis": true, "qaeda": true, "al-qaeda": true,
	"attacker": true, "bomber": true, "suicide": true, "faction": true, "group": true,
	"rebel": true, "cell": true,
}

// civilCues say a single victim is not a fighter.
var civilCues = map[string]bool{
	"civilian": true, "local": true, "aid": true, "humanitarian": true, "displaced": true,
	"elderly": true, "young": true, "old": true, "pregnant": true, "unarmed": true,
}

// enIndividual reads the victims of the English predicate at i.
func (x *extractor) enIndividual(i int, s sentence) bool {
	t := &x.ts[i]
	if t.ar || t.k != kWord {
		return false
	}
	if x.used[i] {
		return false
	}
	switch t.w {
	case "among", "both", "all", "include", "includes", "included", "lost", "in", "were", "are",
		"identified", "named", "was", "is", "hit", "struck", "gunned", "body",
		// selfInflicted
		"blew", "blows", "blown", "detonated", "exploded", "triggered", "detonates", "explodes", "triggers",
		"killed", "kills", "committed", "commits",
		// zeroPredicate
		"unhurt", "unharmed", "unscathed", "uninjured", "escaped":
	default:
		// every word read below is one of these, a verb of indivVerbs or
		// a verb of "to death"
		if !t.is(cIndivVerb) && !(x.word(i+1, s) == "to" && x.word(i+2, s) == "death" && toDeath[t.w]) {
			return false
		}
	}
	if t.w == "among" {
		return x.amongTotal(i, s) || x.amongOne(i, s)
	}
	if (t.w == "both" || t.w == "all") && x.bothClause(i, s) {
		return true
	}
	if t.w == "include" || t.w == "includes" || t.w == "included" {
		return x.includeList(i, s)
	}
	if t.w == "lost" && (x.word(i+1, s) == "his" || x.word(i+1, s) == "her" || x.word(i+1, s) == "a" || x.word(i+1, s) == "both") && bodyParts[x.word(i+2, s)] {
		// "an eight-year-old boy lost his leg": an injury
		if x.nonFactual(i, s) || x.modalBefore(i, s) {
			return false
		}
		if x.word(i-1, s) == "who" && x.diedAfter(i, s) {
			return false // "a shopkeeper who lost both legs in the attack, died": his death tells
		}
		if x.victimSubject(i, i-1, Injured, s) {
			x.used[i+1], x.used[i+2] = true, true
			return true
		}
		return false
	}
	if t.w == "lost" && (x.word(i+1, s) == "his" || x.word(i+1, s) == "her") && x.word(i+2, s) == "life" {
		// "Abu Suleiman, a fighter with the front, lost his life"
		if x.nonFactual(i, s) || x.modalBefore(i, s) {
			return false
		}
		if x.victimSubject(i, i-1, Killed, s) {
			x.used[i+1], x.used[i+2] = true, true
			return true
		}
		return false
	}
	if t.w == "lost" && x.lostPeople(i, s) {
		return true
	}
	if t.w == "lost" && x.lostRelatives(i, s) {
		return true
	}
	if x.selfInflicted(i, s) {
		return true
	}
	if t.w == "in" && x.careSubject(i, s) {
		return true
	}
	if (t.w == "were" || t.w == "are") && x.namedList(i, s) {
		return true
	}
	if (t.w == "identified" || t.w == "named") && x.namedListObject(i, s) {
		return true
	}
	if (t.w == "was" || t.w == "is" || t.w == "were") && x.copularOne(i, s) {
		return true
	}
	if zm, n, ok := x.zeroPredicate(i, s); ok {
		// "two women and four children who were inside were unhurt"
		p := i - 1
		for p >= s.a && (indivAdverbs[x.ts[p].w] || beWords[x.ts[p].w] || x.ts[p].w == "had" || x.ts[p].w == "have" || x.ts[p].w == "has") {
			p--
		}
		if p >= s.a && x.zeroAntecedent(i, p, zm, s) {
			// "All five of them escaped injury": the people named before
			for k := i; k < i+n && k < s.b; k++ {
				x.used[k] = true
			}
			return true
		}
		x.zeroing = true
		ok := x.victimSubject(i, p, zm, s)
		if !ok && p > s.a && x.ts[p].w == "and" {
			// a second predicate of the same subject: "four children were led
			// out of the building before the blast and were unharmed"; the
			// subject stands before the first predicate's verb group
			if q := x.firstPredicate(p, s); q > s.a {
				ok = x.victimSubject(i, q-1, zm, s)
			}
		}
		x.zeroing = false
		if ok {
			for k := i; k < i+n && k < s.b; k++ {
				x.used[k] = true
			}
		}
		return ok
	}
	var m Metric
	ok := false
	if t.is(cIndivVerb) {
		m, ok = indivVerbs[t.w]
	}
	if !ok && (t.w == "hit" || t.w == "struck") && x.word(i+1, s) == "by" && beWords[x.word(i-1, s)] && woundBy(x.word(i+2, s), x.word(i+3, s)) {
		m, ok = Injured, true // "was hit by shrapnel": a wound
	}
	if !ok && t.w == "gunned" && x.word(i+1, s) == "down" {
		m, ok = Killed, true // "was gunned down": the victim before
	}
	if !ok && x.word(i+1, s) == "to" && x.word(i+2, s) == "death" && toDeath[t.w] {
		// "bled to death", "was beaten to death", "froze to death"
		if x.nonFactual(i, s) || x.modalBefore(i, s) {
			return false
		}
		p := i - 1
		for p >= s.a && (indivAdverbs[x.ts[p].w] || beWords[x.ts[p].w] || x.ts[p].w == "had" || x.ts[p].w == "has") {
			p--
		}
		if x.victimSubject(i, p, Killed, s) {
			x.used[i+1], x.used[i+2] = true, true
			return true
		}
		return false
	}
	if !ok && t.w == "body" && x.word(i+1, s) == "of" && !x.nonFactual(i, s) {
		// "recovered the body of a young woman": a death, a floor; after a
		// toll, one body is a glimpse of a victim counted already
		if x.tollTold() {
			return false
		}
		if it, _, ok := x.victimNP(i+2, s, nil); ok && it.min == 1 && it.max == 1 {
			it.hasMax = false
			x.emitVictims([]item{it}, Killed, i, s)
			return true
		}
		return false
	}
	if !ok {
		return false
	}
	if (t.w == "burned" || t.w == "burnt") && !(x.word(i+1, s) == "to" && x.word(i+2, s) == "death") {
		m = Injured // "another was seriously burned"
	}
	if t.w == "claimed" {
		if !(x.word(i+1, s) == "the" && (x.word(i+2, s) == "life" || x.word(i+2, s) == "lives") && x.word(i+3, s) == "of") {
			return false
		}
		return x.victimObjects(i, i+1, m, s)
	}
	if t.w == "dead" && x.word(i-1, s) != "shot" && x.word(i-1, s) != "found" && !x.singleIsDead(i, s) {
		return false
	}
	if x.nonFactual(i, s) || x.modalBefore(i, s) {
		return false
	}
	// the verb group before: "was (also) killed", "had been wounded"
	p := i - 1
	if t.w == "dead" && x.word(p, s) == "found" {
		p-- // "was found dead": the subject before
	}
	for p >= s.a && (indivAdverbs[x.ts[p].w] || x.ts[p].w == "had" || x.ts[p].w == "have" || x.ts[p].w == "has") {
		p--
	}
	progressive := strings.HasSuffix(t.w, "ing") // "was killing us": active
	passive := p >= s.a && beWords[x.ts[p].w] && !progressive
	if passive {
		p--
		for p >= s.a && (indivAdverbs[x.ts[p].w] || x.ts[p].w == "had" || x.ts[p].w == "has" || x.ts[p].w == "have") {
			p--
		}
	}
	intrans := t.w == "died" || t.w == "dies" || t.w == "perished" || t.w == "succumbed" || t.w == "burned" || t.w == "burnt" || t.w == "dead"
	if t.w == "dead" && x.objectStarts(i+1, s) {
		intrans = false // "shot dead a local official"
	}
	active := !passive && !intrans && (t.w == "killing" || t.w == "injuring" || t.w == "wounding" || t.w == "kills" || t.w == "kill" || x.objectStarts(i+1, s))
	if active {
		if t.w == "hurt" || t.w == "slain" {
			return false
		}
		// "killing and wounding a number of gunmen": one object of both
		// verbs, casualties, as quantity reads them before a count
		return x.victimObjects(i, i+1, x.pairMetric(i, m, s), s)
	}
	if !passive && !intrans {
		// a reduced passive: "Senior Leader Allegedly Killed In Drone Strike",
		// "X killed in raid" (a headline): the verb ends its clause
		n := x.word(i+1, s)
		if n != "" && !victimStops[n] && n != "," && n != "." && n != ":" || progressive {
			return false
		}
		if _, q := x.matchQual(i+1, s); q > 0 {
			return false // "Shelling killed at least 10 people": a count is its object
		}
		if mw, ok := x.metricAt(i+2, s); ok && (n == "and" || n == "or") && !mw.toll && mw.m != m {
			return false // "It killed and wounded several people": two verbs, one object after them
		}
		if beWords[n] || n == "had" || n == "has" || determiners[x.word(i-1, s)] || x.word(i-1, s) == "more" || x.word(i-1, s) == "most" {
			return false // "the injured were taken", "the more seriously injured"
		}
		if x.participleAfterPerson(i, s) && x.laterPredicate(i, s) {
			return false // "a man wounded in the strike died": the later verb tells
		}
	}
	if passive && p > s.a && (x.ts[p].w == "but" || x.ts[p].w == "and") {
		// "The pilot managed to eject, but was killed": the subject of the
		// clause's first predicate
		return x.sharedSubject(i, p, m, s)
	}
	if p >= s.a && x.ts[p].w == "who" && x.predicateAfterRelative(i, s) {
		// "a woman who was gravely hurt in the raid died in
		// hospital": the verb of the relative clause describes its
		// subject; the clause's own predicate tells what befell it
		return false
	}
	subj := x.victimSubject(i, p, m, s)
	return x.alongWith(i, m, s, subj) || subj
}

// predicateAfterRelative: does the relative clause whose verb is at i end
// in a predicate of death of its antecedent ("who was hit in the chest,
// died of his wounds", "who had been wounded on Sunday was killed")? The
// walk stops at a sentence's end, a quotation, a speech verb, another
// relative pronoun or a conjunction that opens a clause.
func (x *extractor) predicateAfterRelative(i int, s sentence) bool {
	sub := -1 // a clause of time inside the relative one: "when a shell hit his house"
	for k := i + 1; k < s.b && k <= i+20; k++ {
		t := x.ts[k]
		if t.k == kQuote || t.k == kNL || t.w == ";" || t.w == ":" || relWords[t.w] || t.is(cSpeech) || speechVerbs[t.w] {
			return false
		}
		switch t.w {
		case "died", "dies", "succumbed", "perished":
			// past a clause of time, the death is the relative clause's
			// head's ("who was hurt as she fled the market died") unless a
			// person in that clause may be its subject ("when his brother
			// died", "while pulling a girl from the rubble died")
			if sub < 0 {
				return true
			}
			for j := sub + 1; j < k; j++ {
				if _, person := groupWords[x.ts[j].w]; person {
					return false
				}
			}
			return k-sub > 2 && !pronounSpeakers[x.ts[k-1].w]
		case "while", "before", "after", "when", "as":
			if sub >= 0 {
				return false
			}
			sub = k
		case "and", "but":
			return false
		case "was", "is":
			if w := x.word(k+1, s); w == "killed" || w == "also" && x.word(k+2, s) == "killed" {
				return true
			}
		}
	}
	return false
}

// sharedSubject reads the one person who opens the clause before the
// conjunction at p as the victim of the passive verb at v: "The pilot
// managed to eject, but was killed", "A guard ran to the gate and was
// shot dead". A count there is quantity()'s, and a subject read already is
// not read again.
func (x *extractor) sharedSubject(v, p int, m Metric, s sentence) bool {
	c := p - 1
	if c > s.a && x.ts[c].w == "," {
		c--
	}
	st := c
	for st > s.a && st > c-16 {
		w := x.ts[st-1]
		if w.k == kNL || w.k == kQuote || w.k == kPunct && w.w != "-" && w.w != "'" && w.w != "’" || clauseOpeners[w.w] || w.is(cSpeech) {
			break
		}
		st--
	}
	// the person is a short noun phrase followed by the clause's verb
	for b := st + 1; b < c && b <= st+4; b++ {
		if t := x.ts[b]; t.k != kWord || t.cap || t.w == "and" || victimStops[t.w] && !beWords[t.w] {
			continue
		}
		it, e, ok := x.victimNP(st, sentence{a: s.a, b: b}, nil)
		if !ok || e != b {
			continue
		}
		if x.isCount(it) || it.min != 1 || it.max != 1 {
			return false
		}
		x.emitVictims([]item{it}, m, v, s)
		return true
	}
	return false
}

// alongWith reads the companions after a passive or intransitive verb:
// "died along with seven other passengers", "was killed together with four
// of his bodyguards".
func (x *extractor) alongWith(v int, m Metric, s sentence, join bool) bool {
	k := v + 1
	for k < s.b && indivAdverbs[x.ts[k].w] {
		k++
	}
	if x.word(k, s) == "," {
		k++ // "was killed, along with his wife"
	}
	if c := x.companionsAt(k, s); c < 0 {
		k = x.companionsPast(k, s)
	} else {
		k = c
	}
	if k < 0 {
		return false
	}
	lead := Group("") // the victim the companions go with, read just before
	if n := len(x.figs); n > 0 && x.figSent[n-1] == x.si {
		lead = x.figs[n-1].Group
	}
	var list []item
	for n := 0; n < 4 && k < s.b; n++ {
		it, e, ok := x.victimNP(k, s, list)
		if !ok {
			break
		}
		if it.g == "" {
			it.g = People
		}
		if n == 0 {
			e = x.companionGroup(&it, e, lead, s)
		}
		list = append(list, it)
		k = e
		if x.word(k, s) == "," && x.listContinues(k+1, s) {
			k++
		} else if x.word(k, s) == "and" || x.word(k, s) == "," && x.word(k+1, s) == "and" {
			k += 1 + btoi(x.word(k, s) == ",")
		} else {
			break
		}
	}
	if len(list) == 0 {
		return false
	}
	if join {
		// the list of the subject just read: "he was killed alongside his
		// brother" is two people, not one restated
		x.lists -= 2
	}
	x.emitVictims(list, m, v, s)
	return true
}

// companionsPast reads "along with", "together with" or "alongside" past
// the place and manner of the death: "was killed in an exchange of fire
// along with three other members of the cell", "was killed in the morning
// strike near Jisr al-Shughur, together with two of his aides". It
// returns where the companions start, or -1.
func (x *extractor) companionsPast(k int, s sentence) int {
	for j := k; j < s.b && j <= k+12; j++ {
		t := x.ts[j]
		switch w := t.w; {
		case (w == "along" || w == "together") && x.word(j+1, s) == "with":
			return j + 2
		case w == "alongside":
			return j + 1
		case w == ",":
			if n := x.word(j+1, s); n != "along" && n != "together" && n != "alongside" {
				return -1
			}
		case t.k == kWord && (clauseOpeners[w] || relWords[w] || speechVerbs[w] || w == "and" || beWords[w]):
			return -1
		case t.k != kWord && w != "-" && w != "," && t.k != kNum:
			return -1
		}
	}
	return -1
}

// companionGroup sets the side of companions after "along with" from
// their noun: "three other members of the cell", "two other members"
// after a fighter are fighters; "members of his family" are not. The
// companions are a figure apart from the victim before (figures.md: X is
// one figure, the others N more), never added to it. It returns the end
// of the companions' of-phrase, which it reads.
func (x *extractor) companionGroup(it *item, e int, lead Group, s sentence) int {
	it.unit = true // not summed with the victim before (sumSameGroup)
	if x.word(e, s) == "of" && x.isCount(*it) {
		if pe := x.ofPhrase(e, s); pe > e {
			if g, _, ok := x.describe(e, pe); ok && g == Combatants {
				it.g = Combatants
			}
			e = pe
		}
	}
	if it.g == People && lead == Combatants {
		other, members := false, false
		for j := it.qa; j < it.b; j++ {
			other = other || x.ts[j].w == "other"
			members = members || x.ts[j].w == "members"
		}
		if other && members {
			it.g = Combatants // "two other members": of the fighter's side
		}
	}
	return e
}

// companionsAt reads "along with", "together with", "alongside" or "with"
// before a possessive ("with his two sons") at k; it returns where the
// companions start, or -1.
func (x *extractor) companionsAt(k int, s sentence) int {
	switch w := x.word(k, s); {
	case (w == "along" || w == "together") && x.word(k+1, s) == "with":
		return k + 2
	case w == "alongside":
		return k + 1
	case w == "with":
		switch x.word(k+1, s) {
		case "his", "her", "their":
			// "with his two sons", not "with his rifle"
			if it, ok := x.listItem(k+1, s); ok && it.g != "" {
				return k + 1
			}
		}
	}
	return -1
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// nonFactual: a purpose or a threat is no outcome ("on the pretext of
// killing", "vowed to kill", "planning to kill").
func (x *extractor) nonFactual(i int, s sentence) bool {
	for k := i - 1; k >= s.a && k >= i-4; k-- {
		switch x.ts[k].w {
		case "pretext", "purpose", "aim", "aimed", "aims", "aiming", "order", "attempt", "attempts",
			"attempted", "attempting", "plot", "plotted", "plotting", "plan", "plans", "planned",
			"planning", "vowed", "vow", "vows", "threatened", "threat", "threats", "threatening",
			"tried", "trying", "sought", "seeking", "seek", "intended", "intending", "wanted", "wants":
			return true
		}
	}
	return false
}

// objectStarts: does a victim noun phrase start at k ("killed Yusuf
// Haddad", "killed him", "killed a senior recruiter")?
func (x *extractor) objectStarts(k int, s sentence) bool {
	if k >= s.b {
		return false
	}
	t := x.ts[k]
	switch t.w {
	case "him", "her", "a", "an", "the", "his", "their", "its":
		return true
	}
	if t.k == kQuote {
		return x.objectStarts(k+1, s)
	}
	if x.partitiveAt(k, s) {
		return true // "wounded two of his bodyguards"
	}
	// a capitalised word after a capitalised verb is a headline's next word
	return t.k == kWord && t.cap && !x.ts[k-1].cap && !victimStops[t.w]
}

// victimObjects reads the victims after an active verb at v: a list of
// names, roles, pronouns and counts ("killed X, his mother and two of his
// nephews"), "X as well as his brother", "along with N others".
func (x *extractor) victimObjects(v, k int, m Metric, s sentence) bool {
	if x.word(k, s) == "the" && (x.word(k+1, s) == "life" || x.word(k+1, s) == "lives") && x.word(k+2, s) == "of" {
		k += 3 // "claimed the life of X"
	}
	var list []item
	end := k
	companion := false // after "along with": apart from the victims before
	for n := 0; n < 8 && end < s.b; n++ {
		it, e, ok := x.victimNP(end, s, list)
		if !ok || len(list) == 0 && it.a != it.qa && it.min != 1 {
			break // a count first is quantity()'s: "killing 14 soldiers"
		}
		if companion && len(list) > 0 {
			e = x.companionGroup(&it, e, list[0].group(), s)
		}
		if len(list) == 0 && x.isCount(it) && !x.partitiveAt(it.qa, s) {
			break
		}
		if w := x.word(e, s); speechVerbs[w] || w == "told" || x.word(e, s) == "," && speechVerbs[x.word(e+1, s)] && len(list) > 0 && x.ts[it.qa].w == "the" {
			if len(list) == 0 || speechVerbs[w] {
				break // "..., the statement said": a speaker, not a victim
			}
		}
		list = append(list, it)
		end = e
		if w := x.word(end, s); w == "of" && !x.isCount(it) {
			// "the imam of the mosque and his brother": the person's body
			if pe := x.ofPhrase(end, s); pe > end {
				x.describeLast(list, [][2]int{{end, pe}})
				end = pe
			}
		}
		if ae, ok := x.objectApposition(end, s, x.ts[it.b-1].cap); ok && (!x.isCount(it) || x.word(end+1, s) == "who" && x.word(ae, s) == ",") {
			// "killed X, a Saudi national who ran the group's finances, and
			// ..."; a relative clause after a count too: "a mother and her
			// two daughters, who died in their tent, and a teacher"
			x.describeLast(list, [][2]int{{end + 1, ae}})
			end = ae
		}
		// coordination: ",", "and", ", and", "as well as", "along with"
		j := end
		if x.word(j, s) == "," {
			j++
		}
		switch {
		case x.word(j, s) == "and":
			j++
		case x.word(j, s) == "as" && x.word(j+1, s) == "well" && x.word(j+2, s) == "as":
			j += 3
		case (x.word(j, s) == "along" || x.word(j, s) == "together") && x.word(j+1, s) == "with":
			j += 2
			companion = true
		case x.word(j, s) == "alongside":
			j++
			companion = true
		case x.word(end, s) == "," && x.listContinues(j, s):
		default:
			j = -1
		}
		if j < 0 {
			break
		}
		end = j
	}
	if len(list) == 0 {
		return false
	}
	x.emitVictims(list, m, v, s)
	if m == Killed && len(list) == 1 && list[0].g == Combatants {
		// "killed HTS commander X near Harem in 2021 and his successor in 2023"
		x.secondTarget(end, s, x.sourceAt(s, list[0].qa))
	}
	return true
}

// victimSubject reads the victim before a passive or intransitive verb at
// v; p is the last token before its verb group.
func (x *extractor) victimSubject(v, p int, m Metric, s sentence) bool {
	if p < s.a {
		return false
	}
	// "X, the faction's spokesman, was killed", "X, 27, a volunteer with
	// the civil defence, died": the appositions between commas before the
	// verb are skipped and what they say kept. The nearest is taken as one
	// whatever it holds; those before it only when they read as one (an
	// age, "a/the ...", "from Saraqib"). Fewer are tried when the subject
	// does not read ("In Sarmin, a man, a farmer, was killed").
	armedApp := false
	var apps [3][2]int
	var ends [4]int
	ends[0] = p + 1
	napps := 0
	for napps < len(apps) {
		c := ends[napps] // the comma that closes the apposition
		if napps == 0 {
			c--
		}
		if c < s.a || x.ts[c].w != "," {
			break
		}
		q := c - 1
		for q >= s.a && q >= c-25 && x.ts[q].w != "," && x.ts[q].k != kNL {
			q--
		}
		if q < s.a || x.ts[q].w != "," {
			break
		}
		w := x.word(q+1, s)
		if w == "according" || w == "including" || w == "among" {
			break
		}
		if napps > 0 && !x.appositionAt(q+1, c) {
			break
		}
		if napps > 0 && x.companionsAt(q+1, s) >= 0 {
			// a companion phrase is an apposition too
		} else if napps == 0 && (w == "all" || w == "both") {
			if g, _, ok := x.describe(q+1, c); ok && g == Combatants {
				armedApp = true // "his three sons, all members of the armed wing"
			}
		}
		apps[napps] = [2]int{q + 1, c}
		napps++
		ends[napps] = q
	}
	if napps == 0 && x.ts[p].w == "," {
		return false
	}
	for n := napps; n >= 0; n-- {
		if n == 0 && napps > 0 {
			break // the verb's own subject ends at a comma: not read
		}
		list, ok := x.subjectList(ends[n], s)
		if !ok {
			continue
		}
		if armedApp {
			for n := range list {
				list[n].g = Combatants
			}
		} else if n > 0 {
			var desc [3][2]int
			nd := 0
			for _, ap := range apps[:n] {
				if x.companionsAt(ap[0], s) < 0 {
					desc[nd] = ap
					nd++
				}
			}
			x.describeLast(list, desc[:nd])
		}
		if q := list[0].qa; len(list) == 1 && q-1 > s.a+1 && x.ts[q-1].w == "," && (x.ts[s.a].w == "a" || x.ts[s.a].w == "an") && !x.isCount(list[0]) {
			// a fronted apposition: "A father-of-four, Hassan was among those killed"
			x.describeLast(list, [][2]int{{s.a, q - 1}})
		}
		x.emitVictims(list, m, v, s)
		for _, ap := range apps[:n] {
			// "Abu Omar, along with two of his sons, was killed"
			if k := x.companionsAt(ap[0], s); k >= 0 {
				if it, e, ok := x.victimNP(k, sentence{a: s.a, b: ap[1]}, list); ok && e == ap[1] {
					if it.g == "" {
						it.g = People
					}
					x.lists -= 2
					x.emitVictims([]item{it}, m, v, s)
				}
			}
		}
		return true
	}
	return false
}

// appositionAt: do ts[a:b] read as an apposition to a person before them:
// an age ("27"), "a/an/the ...", "from Saraqib", "aged 30", a relative
// clause?
func (x *extractor) appositionAt(a, b int) bool {
	if a >= b {
		return false
	}
	if b-a == 1 && x.ts[a].k == kNum {
		_, ok := smallNumber(x.ts[a].w)
		return ok
	}
	switch x.ts[a].w {
	case "a", "an", "the", "from", "of", "aged", "who", "whose", "himself", "herself", "known":
		return true
	}
	return false
}

// subjectList reads the victims of a subject that ends before end: back
// over the noun phrase to its clause start, then forward as a list.
func (x *extractor) subjectList(end int, s sentence) ([]item, bool) {
	if list, ok := x.subjectNear(end, s); ok {
		return list, true
	}
	// "a civilian driver who was delivering supplies to the post at the
	// time of the attack escaped injury": a relative clause too long for the
	// walk back; the subject is the noun phrase before "who", and what the
	// clause says of it is kept
	if r := x.relativeBefore(end, s); r > s.a {
		if list, ok := x.subjectNear(r, s); ok {
			x.describeLast(list, [][2]int{{r, end}})
			return list, true
		}
	}
	return nil, false
}

// relativeBefore finds the "who" that opens a relative clause ending at
// end, within its clause: no punctuation, quote or line between, nor a
// speech verb ("rescuers who reached the site said ..."). It returns -1
// when there is none.
func (x *extractor) relativeBefore(end int, s sentence) int {
	for j := end - 1; j > s.a && j >= end-30; j-- {
		t := x.ts[j]
		if t.k == kNL || t.k == kQuote || t.k == kPunct && t.w != "-" && t.w != "'" && t.w != "’" || speechVerbs[t.w] {
			return -1
		}
		if t.w == "who" {
			if x.ts[j-1].k == kWord {
				return j
			}
			return -1
		}
	}
	return -1
}

// subjectNear reads the subject within a short walk back from end.
func (x *extractor) subjectNear(end int, s sentence) ([]item, bool) {
	// "Abu X, who was killed in 2019": the antecedent of who
	if x.word(end-1, s) == "who" && x.word(end-2, s) == "," {
		end -= 2
	}
	if end-1 > s.a && reflexive[x.ts[end-1].w] && x.ts[end-2].k == kWord {
		end-- // "the bomber himself is dead": the subject before
	}
	if end <= s.a {
		return nil, false
	}
	st := end - 1
	for st > s.a && st >= end-20 {
		w := x.ts[st-1]
		if w.w == "as" && st-2 >= s.a && (x.ts[st-2].w == "identified" || x.ts[st-2].w == "known") {
			st-- // "a civilian identified as Hassan Ali"
			continue
		}
		if st < end-12 && !x.relativeWithin(st, end) {
			break // a long subject holds a relative clause or an of-phrase
		}
		if x.participleAfterPerson(st-1, s) {
			st-- // "a man wounded in the strike (died)": a modifier, not the verb
			continue
		}
		if w.k == kPunct && w.w != "-" && w.w != "'" && w.w != "’" && !x.parenName(st-1) || w.k == kNL || clauseOpeners[w.w] || w.is(cSpeech) {
			break
		}
		if w.k == kQuote || w.w == "whose" {
			break // ("a stallholder whose brother was killed": the brother)
		}
		if w.is(cIndivVerb) && !(st-2 >= s.a && (x.ts[st-2].w == "the" || x.ts[st-2].w == "those")) {
			break // a verb; "one of the injured" is a noun
		}
		st--
	}
	var head []item
	if x.ts[st].w == "and" && st-1 > s.a && x.ts[st-1].w == "," {
		// "X, a member of the local council, and his wife were killed"
		if it, ok := x.appositiveConjunct(st-1, s); ok {
			head = append(head, it)
		}
	}
	if x.ts[st].w == "and" {
		st++ // "one farmer was killed and another was hurt"
	}
	if st >= end {
		return nil, false
	}
	if head != nil {
		list, ok := x.subjectNear(end, sentence{a: st, b: s.b})
		if !ok {
			return nil, false
		}
		return append(head, list...), true
	}
	for try := 0; try < 2; try++ {
		var list []item
		k := st
		for n := 0; n < 6 && k < end; n++ {
			it, e, ok := x.victimNP(k, sentence{a: s.a, b: end}, list)
			if !ok {
				break
			}
			list = append(list, it)
			k = e
			if k < end && x.ts[k].w == "," {
				k++
			}
			if k < end && x.ts[k].w == "and" {
				k++
			}
		}
		if len(list) > 0 && k < end && x.ts[k].w == "of" && !x.isCount(list[len(list)-1]) {
			// "a senior leader of the Islamic State group", "a member of
			// the group who had been travelling in a second car": whose
			// the person is, then any modifier of the whole
			ofEnd := func(oe int, conj bool) int {
				for oe < end && (x.ts[oe].k == kWord || x.ts[oe].k == kNum || x.ts[oe].w == "(" || x.ts[oe].w == ")") && !relWords[x.ts[oe].w] && !x.npModifier(oe, s) && !(conj && x.newConjunct(oe, end)) {
					oe++ // "of an Islamic State (ISIS) cell", "of about 12"
				}
				return oe
			}
			oe := ofEnd(k+1, true)
			// "a lieutenant of the leader and his wife": the of-phrase ends
			// where a second victim is joined, when one reads there
			var more []item
			me := oe
			for n := 0; n < 4 && me < end && x.newConjunct(me, end); n++ {
				it, e, ok := x.victimNP(me+1, sentence{a: s.a, b: end}, append(list[:len(list):len(list)], more...))
				if !ok {
					break
				}
				if e+1 < end && x.ts[e].w == "of" {
					// "a son of the mayor and a nephew of the imam": the
					// joined person's own of-phrase
					oe2 := ofEnd(e+1, true)
					x.describeOf(&it, e, oe2)
					e = oe2
				}
				more = append(more, it)
				me = e
			}
			if len(more) == 0 {
				oe = ofEnd(oe, false) // "the family of six and their neighbours"
			}
			x.describeOf(&list[len(list)-1], k, oe)
			k = oe
			if len(more) > 0 {
				list = append(list, more...)
				k = me
			}
		}
		if len(list) > 0 && k < end && x.npModifier(k, s) {
			// "a woman and her baby found at the site", "children who were
			// inside", "a man believed to be an HTS official": what the
			// modifier says of the last is kept; a fighter by his side
			// stays one ("a member of the faction who was riding ...")
			last := &list[len(list)-1]
			was := last.g
			x.describeLast(list, [][2]int{{k, end}})
			if was == Combatants && last.g == People {
				last.g = Combatants
			}
			k = end
		}
		if len(list) > 0 && k >= end {
			return list, true
		}
		// "a drone hit the car and its driver was killed": the last conjunct
		a := -1
		for j := end - 1; j > st; j-- {
			if x.ts[j].w == "and" {
				a = j + 1
				break
			}
		}
		if a < 0 {
			return nil, false
		}
		st = a
	}
	return nil, false
}

// parenName: is the bracket at j one of a short name in brackets, "an
// Islamic State (ISIS) cell"? A subject read back goes over it.
func (x *extractor) parenName(j int) bool {
	switch x.ts[j].w {
	case "(":
		return j+2 < len(x.ts) && x.ts[j+1].k == kWord && x.ts[j+2].w == ")"
	case ")":
		return j-2 >= 0 && x.ts[j-1].k == kWord && x.ts[j-2].w == "("
	}
	return false
}

// relWords open a relative clause after a noun.
var relWords = map[string]bool{"who": true, "whom": true, "whose": true, "that": true, "which": true}

// relativeWithin: do ts[a:b] hold a relative pronoun or an "of" after a
// noun? A subject read back from its verb may then be longer than twelve
// words: "a Syrian member of the group who had been travelling in a
// second car behind them (died)".
func (x *extractor) relativeWithin(a, b int) bool {
	for j := a; j < b; j++ {
		if w := x.ts[j].w; relWords[w] && w != "that" || w == "of" {
			return true
		}
	}
	return false
}

// participleAfterPerson: is the verb at j a past participle after a
// singular person noun ("a man wounded in the strike", "a woman injured
// in the shelling"), modifying it rather than telling of it?
func (x *extractor) participleAfterPerson(j int, s sentence) bool {
	if j-1 < s.a {
		return false
	}
	if _, ok := indivVerbs[x.ts[j].w]; !ok || !strings.HasSuffix(x.ts[j].w, "ed") && x.ts[j].w != "hurt" {
		return false
	}
	h := x.ts[j-1].w
	if g, ok := groupWords[h]; ok {
		return g.sing
	}
	return !x.ts[j-1].cap && agentNoun(h)
}

// diedAfter: does the sentence go on to tell a death after i ("..., died
// in a hospital")?
func (x *extractor) diedAfter(i int, s sentence) bool {
	for k := i + 1; k < s.b && k <= i+20; k++ {
		switch x.ts[k].w {
		case "died", "dies", "succumbed", "perished":
			return true
		}
	}
	return false
}

// laterPredicate: does a finite predicate of death follow the participle
// at i in its clause ("a man wounded in the strike died of his wounds")?
// Then the participle modifies its subject and tells nothing itself.
func (x *extractor) laterPredicate(i int, s sentence) bool {
	for k := i + 1; k < s.b && k <= i+14; k++ {
		w := x.ts[k].w
		if x.ts[k].k != kWord || clauseOpeners[w] || w == "and" || relWords[w] || speechVerbs[w] {
			return false
		}
		switch w {
		case "died", "dies", "succumbed", "perished":
			return true
		case "was", "is":
			_, ok := indivVerbs[x.word(k+1, s)]
			return ok
		}
	}
	return false
}

// newConjunct: does the "and" at k join a new person to a subject rather
// than go on with an of-phrase ("an aide of the emir and his wife",
// "a member of the cell and the man's wife", not "a member of Hurras and
// Ansar al-Din")? A possessive or an article after it opens the new one.
func (x *extractor) newConjunct(k, end int) bool {
	if k+1 >= end || x.ts[k].w != "and" {
		return false
	}
	switch x.ts[k+1].w {
	case "his", "her", "their", "the", "a", "an":
		return true
	}
	return false
}

// namedCombatant: is the name at j one of a fighter counted before in the
// article ("the raid killed the IS leader Abu Hamza al-Kurdi" ... "a
// lieutenant of al-Kurdi")? His own men (companionNouns: an aide, a
// lieutenant, a bodyguard) are of his side; a neighbour or a cousin is not.
func (x *extractor) namedCombatant(j int) bool {
	t := x.ts[j]
	if t.k != kWord || t.ar || len(t.w) < 5 || x.ts[j].w == "abu" {
		return false
	}
	raw := strings.TrimSuffix(strings.TrimSuffix(x.text[t.s:t.e], "'s"), "’s")
	if strings.ToLower(raw) == raw {
		return false // a name has a capital ("al-Kurdi", "Qurayshi")
	}
	for _, f := range x.figs {
		if f.Group == Combatants && f.Max != nil && *f.Max == 1 && strings.Contains(f.Quote, raw) {
			return true
		}
	}
	return false
}

// describeOf sets the group of a single victim from its of-phrase ts[a:b]
// ("a leader of the Islamic State group", "a financier of the faction"):
// a fighter when it names an armed side; "a member of the local council"
// is no fighter.
func (x *extractor) describeOf(it *item, a, b int) {
	if it.min != 1 || it.max != 1 {
		return
	}
	if companionNouns[x.ts[it.b-1].w] {
		for j := a; j < b; j++ {
			if x.namedCombatant(j) {
				it.g = Combatants // "a lieutenant of al-Kurdi", the leader counted before
				return
			}
		}
	}
	g, actor, ok := x.describe(a, b)
	switch {
	case !ok:
	case g == Combatants:
		it.g = Combatants
		if !armedActors[it.actor] {
			it.actor = actor // "a Syrian member of the group": no side
		}
	case x.ts[it.b-1].w == "member" && it.g == Combatants:
		it.g = People
		if g == Civilians {
			it.g = Civilians // "a member of the hospital staff"
		}
	case g == Civilians && it.g == People && staffNoun[x.ts[it.b-1].w]:
		it.g = Civilians // "a volunteer of the group", the White Helmets named before
	}
}

// victimNP reads one victim at k: a pronoun, a name, a role or relative
// ("a senior Hurras al-Din recruiter", "his mother"), or a count
// ("two of his nephews", "seven other passengers"). It returns the item and
// the index after it.
func (x *extractor) victimNP(k int, s sentence, prev []item) (item, int, bool) {
	if k < s.b && x.ts[k].k == kNum && x.ageApposition(k, s) {
		return item{}, k, false // "a paramedic, Ali Qasem, 28,": his age
	}
	it, e, ok := x.victimHead(k, s, prev)
	if ok && it.min == 1 && it.max == 1 {
		x.ageGroup(&it, it.qa, it.b)
	}
	if !ok && k < s.b && determiners[x.ts[k].w] {
		// "the family's three children": a possessor that is no person
		for j := k + 1; j < s.b && j <= k+3 && x.ts[j].k == kWord; j++ {
			if !x.possessor(j) {
				continue
			}
			n := j + 1
			for n < s.b && n < j+3 && (x.ts[n].w == "'" || x.ts[n].w == "’" || x.ts[n].w == "s") {
				n++
			}
			if pit, pe, pok := x.victimHead(n, s, prev); pok && pe > n {
				pit.qa = k
				it, e, ok = pit, pe, true
			}
			break
		}
	}
	if ok && e > k && e < s.b && !x.isCount(it) && x.possessor(e-1) {
		// "his brother's wife": the person is the one possessed, of the
		// possessed noun's group, not the possessor
		n := e
		for n < s.b && n < e+2 && (x.ts[n].w == "'" || x.ts[n].w == "’" || x.ts[n].w == "s") {
			n++
		}
		if pit, pe, pok := x.victimHead(n, s, append(prev[:len(prev):len(prev)], it)); pok && pe > n && !x.isCount(pit) {
			pit.qa = it.qa
			it, e = pit, pe
		}
	}
	if ok && e > k && e < s.b && !x.isCount(it) && groupWordsSing(x.ts[e-1].w) && !x.ts[e-1].cap {
		// a relative or role named after its noun: "his brother Ali",
		// "their cousin Jassim al-Hassan": the name says who, the noun
		// keeps the group
		n := e
		for n < s.b && n < e+5 && x.ts[n].k == kWord && (x.ts[n].cap || n > e && nameParticle(x.ts[n].w)) && !x.used[n] {
			n++
		}
		if n > e && x.ts[e].cap && x.nameLike(e, n, s) && (n >= s.b || x.ts[n].k != kWord || victimStops[x.ts[n].w] || x.ts[n].w == "and") {
			e = n
			it.b = n
		}
	}
	if ok && e > k && !x.isCount(it) && parentNouns[x.ts[e-1].w] && x.parentOf(e+1, s) {
		// "the mother of three (young children)": the count describes her
		e += 2
		for j := e; j < s.b && j <= e+2; j++ {
			if w := x.ts[j].w; w == "children" || w == "sons" || w == "daughters" || w == "kids" || w == "grandchildren" {
				e = j + 1
				break
			}
		}
		it.b = e
	}
	return it, e, ok
}

func (x *extractor) victimHead(k int, s sentence, prev []item) (item, int, bool) {
	ts := x.ts
	if k >= s.b || x.used[k] {
		return item{}, k, false
	}
	one := item{qa: k, a: k, b: k + 1, min: 1, max: 1, hasMin: true, hasMax: true, hmIdx: -1}
	w := ts[k].w
	switch w {
	case "him", "he", "himself":
		one.g = x.antecedentGroup(k, s, false)
		return one, k + 1, true
	case "her", "she", "herself":
		if n := x.word(k+1, s); n != "" && (ts[k+1].k == kWord || ts[k+1].k == kNum) && !victimStops[n] {
			break // "her mother", "her 10-year-old son": a possessive
		}
		one.g = x.antecedentGroup(k, s, true)
		return one, k + 1, true
	}
	if x.zeroing {
		if it, e, ok := x.unhurtPlural(k, s); ok {
			return it, e, true
		}
	}
	// an elliptical one: "one farmer was killed and another was hurt",
	// "A third was killed": one more of the last group counted
	if e := k + 1; w == "another" || (w == "a" || w == "an") && ordinals[x.word(k+1, s)] {
		if w != "another" {
			e = k + 2
		}
		if n := x.word(e, s); (e >= s.b || victimStops[n] || n == ",") && len(x.figs) > 0 {
			one.b = e
			one.g = x.figs[len(x.figs)-1].Group
			return one, e, true
		}
	}
	// a relative or a role after "whose": "a stallholder whose brother was
	// killed", "the White Helmets, whose volunteer Ali Hamdo was killed"
	if g, ok := groupWords[w]; ok && g.sing && k > s.a && ts[k-1].w == "whose" && len(prev) == 0 {
		one.g = g.g
		if g.role {
			one.g = People
		}
		if (w == "volunteer" || w == "member" || w == "worker") && x.rescueBodyBefore(k) {
			one.g = Civilians // a rescue body's own (figures.md)
		}
		return one, k + 1, true
	}
	// a bare relative after the first victim: "a husband, wife, and their son"
	if g, ok := groupWords[w]; ok && g.sing && !g.role && len(prev) > 0 {
		one.g = g.g
		return one, k + 1, true
	}
	// "one of the wounded": one person of the group named
	if w == "one" && x.word(k+1, s) == "of" && (x.word(k+2, s) == "the" || x.word(k+2, s) == "those") {
		n := x.word(k+3, s)
		if g, ok := groupWords[n]; ok && !g.sing {
			one.b, one.g = k+4, g.g
			return one, k + 4, true
		}
		if _, ok := metricWords[n]; ok && k+3 < s.b {
			one.b, one.g = k+4, People
			return one, k + 4, true
		}
		if sg := strings.TrimSuffix(n, "s"); sg != n && (agentNoun(sg) || armedCues[sg]) && k+3 < s.b {
			// "one of the suspects", "one of the attackers": one person of
			// them, a fighter when the noun is of an armed side
			one.b, one.g = k+4, People
			if armedCues[sg] {
				one.g = Combatants
			}
			return one, k + 4, true
		}
	}
	// "one of its own volunteers": one of a body's own people; a rescue
	// body's staff are civilians (figures.md)
	if w == "one" && x.word(k+1, s) == "of" {
		switch x.word(k+2, s) {
		case "its", "their", "our":
			h := k + 3
			if x.word(h, s) == "own" {
				h++
			}
			if g, ok := groupWords[x.word(h, s)]; ok && !g.sing {
				one.b, one.g = h+1, g.g
				if staffNouns[x.ts[h].w] && x.rescueBodyBefore(k) {
					one.g = Civilians
				}
				return one, h + 1, true
			}
		}
	}
	// a count after a possessive: "her three children", "his two sons", or
	// after the article in a list of victims ("himself and the two children")
	if (w == "his" || w == "her" || w == "their" || w == "the" && len(prev) > 0) && k+1 < s.b && !isAge(ts, k+1) {
		if _, _, _, ok := parseNumber(ts[:s.b], k+1); ok {
			if it, ok := x.listItem(k+1, s); ok && it.b > k+1 && !it.hasHM {
				it.qa = k
				if it.g == "" {
					it.g = People
				}
				return it, it.b, true
			}
		}
	}
	// a count ("two of his nephews", "his wife", "seven other passengers")
	if lo, hi, n, ok := parseNumber(ts[:s.b], k); ok && x.word(k+n, s) == "of" {
		if d := x.word(k+n+1, s); d == "his" || d == "her" || d == "their" || d == "its" {
			if g, ok := groupWords[x.word(k+n+2, s)]; ok && !g.sing {
				it := item{qa: k, a: k, b: k + n + 3, min: lo, max: hi, hasMin: true, hasMax: true, g: g.g, hmIdx: -1}
				if g.g == Troops || g.g == Combatants || strings.HasPrefix(x.word(k+n+2, s), "bodyguard") {
					it.g = Combatants
				}
				return it, k + n + 3, true
			}
			if h := x.word(k+n+2, s); strings.HasSuffix(h, "s") && !notPersons[h] && x.ts[min(k+n+3, s.b-1)].w != "'" && x.ts[min(k+n+3, s.b-1)].w != "’" {
				it := item{qa: k, a: k, b: k + n + 3, min: lo, max: hi, hasMin: true, hasMax: true, g: People, hmIdx: -1}
				if strings.HasPrefix(h, "bodyguard") || h == "companions" || h == "aides" || h == "escorts" {
					it.g = Combatants
				}
				return it, k + n + 3, true
			}
		}
	}
	if it, ok := x.listItem(k, s); ok && it.b > k {
		if it.g == "" && !it.hasHM {
			it.g = People
		}
		if h := it.b; it.max == 1 && !it.hasHM && h < s.b && ts[h].k == kWord && !ts[h].cap && agentNoun(ts[h].w) && !x.used[h] {
			if _, known := groupWords[ts[h].w]; !known && !victimStops[ts[h].w] && (h+1 >= s.b || victimStops[x.word(h+1, s)] || ts[h+1].k != kWord) {
				it.b = h + 1 // "a civilian mechanic": the civilian is the head's adjective
			}
		}
		if x.ts[it.b-1].w == "member" {
			// "a member" of what: "a local council member" is no fighter
			if dg, _, ok := x.describe(it.qa+1, it.b-1); ok && dg != Combatants {
				it.g = People
			}
			if x.rescueStaff("member", it.qa+1, it.b-1, s) {
				it.g = Civilians // "a member of the hospital staff"
			}
		}
		if (it.g == Children || it.g == People) && x.armedVictim(prev) && (x.word(k, s) == "his" || x.word(k, s) == "their") && it.min > 1 {
			// "a leader and his three sons": fighters too (figures.md)
		}
		return it, it.b, true
	}
	if it, e, ok := x.titledName(k, s); ok {
		return it, e, true
	}
	// a quoted name: "took the life of “Abu Harith al-Tunisi,”"
	q := k
	if ts[q].k == kQuote {
		q++
	}
	// a headline's bare role after a side: "HTS defector (blows himself up)"
	if q := ts[k].w; !determiners[q] && q != "a" && q != "an" && ts[k].k == kWord && ts[k].cap {
		if it, e, ok := x.bareHeadline(k, s); ok && e == s.b && e > k+1 && !ts[e-1].cap {
			return it, e, true
		}
	}
	// a name: capitalised words and particles
	if q < s.b && ts[q].k == kWord && ts[q].cap && !enCurrent[ts[q].w] && !notPersons[ts[q].w] && !determiners[ts[q].w] && ts[q].w != "a" && ts[q].w != "an" {
		if _, isM := x.monthAt(q); !isM {
			e := q
			for e < s.b && e < q+6 && ts[e].k == kWord && (ts[e].cap || nameParticle(ts[e].w)) || e < s.b && ts[e].w == "-" && e > q {
				e++
			}
			if g, ok := groupWords[ts[e-1].w]; ok && g.sing && e-q > 1 || !ok && e-q > 1 && agentNoun(ts[e-1].w) && x.titleCase(q, e) {
				// a headline in title case: "Veteran Jihadist Commander Reportedly Killed"
				one.a, one.b, one.g = e-1, e, g.g
				if g.role || !ok {
					one.g = Combatants
				}
				return one, e, true
			}
			if e-q >= 1 && x.nameLike(q, e, s) {
				if e < s.b && (ts[e].w == "," || ts[e].k == kQuote) && e+1 < s.b && ts[e+1].k == kQuote {
					e++
				}
				if e < s.b && ts[e].k == kQuote {
					e++
				}
				one.a, one.b = q, e
				one.g = Combatants
				if x.word(q, s) != "abu" && (len(prev) > 0 && !x.armedVictim(prev)) {
					one.g = People // a civilian's relative or neighbour
				}
				if x.word(e, s) == "and" && x.word(e+1, s) == "her" {
					one.g = People // "Kaddour and her three children": a mother, named
				}
				return one, e, true
			}
		}
	}
	// a role or relative after a determiner: "a senior Hurras al-Din
	// recruiter", "the father", "an IS logistics coordinator"
	switch w {
	case "a", "an", "the", "his", "her", "their", "its", "one", "another":
	default:
		return x.bareHeadline(k, s)
	}
	h := -1
	for j := k + 1; j < s.b && j <= k+7; j++ {
		tj := ts[j]
		if tj.k == kQuote || tj.w == "-" || tj.w == "'" || tj.w == "’" {
			continue
		}
		if tj.k != kWord && !isAge(ts, j) || x.used[j] {
			break // (an age is a modifier: "his 10-year-old nephew")
		}
		n := x.word(j+1, s)
		if n == "" || j+1 >= s.b || victimStops[n] || ts[j+1].k == kPunct && ts[j+1].w != "-" || ts[j+1].k == kNL {
			h = j
			break
		}
	}
	if h < 0 {
		return item{}, k, false
	}
	hw := ts[h].w
	for j := k + 1; j < h; j++ {
		if ordinals[ts[j].w] {
			// "a third man died of his wounds": one more person, a
			// figure of one; a step only after a count of the same
			// metric in its sentence (emitVictims)
			one.ord = true
		}
	}
	if notPersons[hw] || ts[h].cap && h > k+1 && !groupWordsSing(hw) {
		return item{}, k, false
	}
	if _, isM := metricWords[hw]; isM {
		return item{}, k, false
	}
	g, known := groupWords[hw]
	if hw == "twins" && w != "the" {
		// "his nine-month-old twins": two people, children by their age
		one.a, one.b, one.min, one.max, one.g = h, h+1, 2, 2, People
		x.ageGroup(&one, k+1, h)
		one.qa = k
		return one, h + 1, true
	}
	if known && !g.sing {
		return item{}, k, false // a bare plural counts nobody
	}
	if !known && (strings.HasSuffix(hw, "s") && !strings.HasSuffix(hw, "ss") || strings.HasSuffix(hw, "ly") || strings.HasSuffix(hw, "ing")) {
		return item{}, k, false
	}
	one.a, one.b = h, h+1
	one.g = People
	if known {
		one.g = g.g
		if g.role {
			one.g = Combatants
		}
		if hw == "member" {
			// "a member" of what: "a local council member" is no fighter
			if dg, _, ok := x.describe(k+1, h); ok && dg != Combatants {
				one.g = People
			}
		}
		if one.g == People && x.rescueStaff(hw, k+1, h, s) {
			one.g = Civilians // "a civil defence volunteer": rescuers' staff
		}
		for j := k + 1; j < h && (hw == "man" || hw == "person"); j++ {
			if armedCues[ts[j].w] {
				one.g = Combatants // "the wanted man"
			}
		}
	} else {
		if !agentNoun(hw) && !x.namedAfter(h+1) {
			return item{}, k, false // "a school had burned"
		}
		// a role outside the lexicon (recruiter, official, financier, baker):
		// a fighter when the phrase names a side or rank ("a senior Hurras
		// al-Din recruiter"), else a person
		one.g = People
		if g, _, ok := x.describe(k+1, h+1); ok && g == Combatants {
			one.g = Combatants
		}
	}
	for j := k + 1; j < h; j++ {
		x.applyMod(&one, ts[j].w)
		if hw == "attacker" || hw == "bomber" {
			if ts[j].w == "female" || ts[j].w == "woman" {
				one.g = Women // "a female attacker blew herself up"
			}
		}
	}
	x.ageGroup(&one, k+1, h)
	if one.g == People && x.armedVictim(prev) && (w == "his" || w == "their") && hw != "wife" {
		// a fighter's brother is of his side only when said; keep people
	}
	one.qa = k
	return one, h + 1, true
}

// isAge: is ts[j] an age made one word ("10-year-old", "nine-month-old")?
func isAge(ts []tok, j int) bool {
	_, child, ok := ageOf(ts, j)
	return ok && (child || strings.Contains(ts[j].w, "-year"))
}

// ageOf reads the age in ts[j] as a modifier: years, and whether it is
// a child's (under 18, or an age in months, weeks or days).
func ageOf(ts []tok, j int) (years int, child, ok bool) {
	w := ts[j].w
	for _, u := range [...]string{"-month-old", "-months-old", "-week-old", "-weeks-old", "-day-old", "-days-old"} {
		if strings.HasSuffix(w, u) {
			return 0, true, true
		}
	}
	if !strings.HasSuffix(w, "-old") {
		return 0, false, false // "aged 10" and "10 years old" stand apart from a noun
	}
	n, ok := yearsOld(ts, j)
	return n, ok && n < 18, ok
}

// ageGroup: a relative or person noun under an age modifier of a child
// ("his 10-year-old nephew", "her eight-year-old daughter") is a child
// whatever the noun's own group (figures.md: a child by age or noun).
func (x *extractor) ageGroup(one *item, a, h int) {
	if one.g != People && one.g != Women {
		return
	}
	for j := a; j < h; j++ {
		if _, child, ok := ageOf(x.ts, j); ok && child {
			one.g = Children
			return
		}
	}
}

func groupWordsSing(w string) bool {
	g, ok := groupWords[w]
	return ok && g.sing
}

// nameLike: are ts[a:b] a person's name, not a place or a body?
func (x *extractor) nameLike(a, b int, s sentence) bool {
	for j := a; j < b; j++ {
		w := x.ts[j].w
		if broadPlaces[w] || w == "syrian" || w == "observatory" || w == "ministry" || w == "army" || w == "forces" || w == "state" {
			return false
		}
		if _, ok := groupWords[w]; ok {
			return false
		}
		if _, ok := metricWords[w]; ok {
			return false
		}
	}
	if b < s.b {
		// "killed Syrian soldiers", "killed Turkish troops": a modifier
		if _, ok := groupWords[x.ts[b].w]; ok {
			return false
		}
		if _, ok := metricWords[x.ts[b].w]; ok {
			return false
		}
	}
	if x.own.places[x.ts[a].w] && b == a+1 {
		return false
	}
	return true
}

// armedVictim: is the first victim of the list a fighter?
func (x *extractor) armedVictim(list []item) bool {
	return len(list) > 0 && list[0].group() == Combatants
}

// antecedentGroup is the group of the person a pronoun at k refers to:
// the last single victim or role noun named before it in this sentence or
// the one before, else people (women for "her").
func (x *extractor) antecedentGroup(k int, s sentence, female bool) Group {
	if n := len(x.figs) - 1; n >= 0 && x.figSent[n] >= x.si-1 && x.figs[n].Metric == Killed {
		// "X, a commander of the faction, was shot dead. Gunmen ... killing
		// him and his bodyguard": the pronoun is the single person just
		// told, of that person's group
		if f := x.figs[n]; f.Min != nil && f.Max != nil && *f.Min == 1 && *f.Max == 1 && !f.Background && (f.Group == Women) == female && f.Group != Children {
			return f.Group
		}
	}
	from := s.a
	if x.si > 0 {
		from = x.sents[x.si-1].a
	}
	for j := k - 1; j >= from && j >= k-40; j-- {
		w := x.ts[j].w
		g, ok := groupWords[w]
		if ok && g.sing {
			if female != femaleNouns[w] {
				continue // "the mother of the boy ... she": not the boy
			}
			if g.role {
				return Combatants
			}
			return g.g
		}
		if armedCues[x.ts[j].w] && !x.ts[j].ar {
			return Combatants
		}
	}
	if female {
		return Women
	}
	return People
}

// selfInflicted reads "X blew himself up", "detonated his vest", "killed
// himself", "committed suicide", "taking his own life": the subject died;
// objects after ("killing his wife and two children", "and that of two
// guards") are further victims.
func (x *extractor) selfInflicted(i int, s sentence) bool {
	w := x.ts[i].w
	switch w {
	case "blew", "blows", "blown", "detonated", "exploded", "triggered", "detonates", "explodes", "triggers",
		"killed", "kills", "committed", "commits":
	default:
		return false // the verbs of the cases below
	}
	n1, n2 := x.word(i+1, s), x.word(i+2, s)
	refl := n1 == "himself" || n1 == "herself" || n1 == "themselves"
	ok := false
	// a headline tells it in the present: "IS leader blows himself up"
	switch w {
	case "blew", "blows", "blown":
		ok = refl && n2 == "up"
	case "detonated", "exploded", "triggered", "detonates", "explodes", "triggers":
		ok = (n1 == "his" || n1 == "her") && (n2 == "vest" || n2 == "belt" || n2 == "explosives" || n2 == "suicide" || n2 == "explosive")
		if n1 == "a" || n1 == "an" {
			// "detonated an explosive belt", "a suicide vest": a charge worn
			// on the body is set off on oneself; "an explosive device" is not
			n3 := x.word(i+3, s)
			ok = (n2 == "explosive" || n2 == "explosives" || n2 == "suicide") && (n3 == "belt" || n3 == "vest") || n2 == "belt" || n2 == "vest"
			// only of a new person ("one of the suspects", "a gunman"): "the
			// target ... detonated an explosives belt" restates a death told
			ok = ok && x.indefiniteSubject(i, s)
		}
	case "killed", "kills":
		ok = refl
	case "committed", "commits":
		ok = n1 == "suicide"
	}
	if !ok {
		return false
	}
	p := i - 1
	for p >= s.a && (indivAdverbs[x.ts[p].w] || w == "blown" && (x.ts[p].w == "had" || x.ts[p].w == "have" || x.ts[p].w == "has")) {
		p-- // "then blew", "had blown"
	}
	// one who sets off explosives on himself is the attacker: "a man blew
	// himself up at the checkpoint", "suspect blows himself up"
	x.bombing = w != "killed" && w != "kills" && w != "committed" && w != "commits"
	ok = x.victimSubject(i, p, Killed, s)
	x.bombing = false
	if !ok {
		return false
	}
	x.used[i] = true
	// "taking his own life and that of two guards"
	for k := i + 1; k+3 < s.b && k < i+16; k++ {
		if x.ts[k].w == "that" && x.word(k+1, s) == "of" {
			if it, _, ok := x.victimNP(k+2, s, nil); ok {
				x.emitVictims([]item{it}, Killed, i, s)
			}
			break
		}
		if x.ts[k].w == "." || x.used[k] {
			break
		}
	}
	return true
}

// copularOne reads one of the dead named by a copula at the be-word v:
// "one of the dead was an aide to the IS leader", "the third was a
// shepherd", "the second man was his nephew, who had joined the group",
// "one of them was a fighter". The person is one more figure of the
// dead (figures.md: a sub-count counts 1 like any sub-count), its group
// from the complement. An ordinal or "one of them" refers to the last
// figure read, in this sentence or the one before.
func (x *extractor) copularOne(v int, s sentence) bool {
	m, st := Metric(""), -1
	fromLast := func() bool {
		if !x.lastFig.ok || x.si-x.lastFig.si > 2 || x.lastFig.m == "" {
			return false
		}
		m = x.lastFig.m
		return true
	}
	w1, w2, w3, w4 := x.word(v-1, s), x.word(v-2, s), x.word(v-3, s), x.word(v-4, s)
	if x.ts[v].w == "were" {
		return x.copularCount(v, s, fromLast)
	}
	switch {
	case w4 == "one" && w3 == "of" && (w2 == "the" || w2 == "those"):
		if m = partOfMetric(w1); m == "" {
			return false
		}
		st = v - 4
	case w3 == "one" && w2 == "of" && w1 == "them":
		if !fromLast() {
			return false
		}
		st = v - 3
	case w2 == "the" && (ordinals[w1] || w1 == "other"):
		if !fromLast() {
			return false
		}
		st = v - 2
	case w3 == "the" && (ordinals[w2] || w2 == "other"):
		switch w1 {
		case "man", "woman", "victim", "one", "person", "casualty", "boy", "girl", "child":
		default:
			return false
		}
		if !fromLast() {
			return false
		}
		st = v - 3
	default:
		return false
	}
	if !x.subjectOpens(st, s) {
		return false
	}
	// the subject may be marked read already: "one of the dead" is no
	// count of its own (increment)
	k := v + 1
	for k < s.b && indivAdverbs[x.ts[k].w] {
		k++
	}
	it, e, ok := x.victimNP(k, s, nil)
	if !ok {
		it, e, ok = x.possessedOne(k, s) // "Al Maghribi's nephew"
	}
	if !ok || x.isCount(it) || it.min != 1 || it.max != 1 || reflexive[x.ts[it.qa].w] {
		return false
	}
	switch x.ts[it.qa].w {
	case "him", "he", "her", "she":
		return false
	}
	// what the rest of the clause says of the person: "an aide to the IS
	// leader who tried to flee", "his nephew, who had joined the group"
	ce := e
	for ce < s.b {
		w := x.ts[ce].w
		if w == "." || w == ";" || x.ts[ce].k == kNL || w == "," && x.speakerAhead(ce+1, s) {
			break
		}
		ce++
	}
	list := []item{it}
	if ce > e {
		x.describeLast(list, [][2]int{{e, ce}})
	}
	if list[0].g == "" {
		list[0].g = People
	}
	// the figure is told from its subject on: its speaker is the one of
	// "a local source told X that the second man was ..."
	list[0].qa = st
	x.emitVictims(list, m, v, s)
	return true
}

// partOfMetric is the metric of the whole a copula's part is taken from,
// "one of the dead", "two of those wounded": "" for another noun.
func partOfMetric(w string) Metric {
	switch w {
	case "dead", "killed", "victims", "fatalities":
		return Killed
	case "wounded", "injured":
		return Injured
	}
	return ""
}

// subjectOpens: does a copula's subject that starts at st open its clause:
// first in the sentence, or after punctuation, a line break, a clause
// opener, a verb of speech or "saying", or "and"?
func (x *extractor) subjectOpens(st int, s sentence) bool {
	p := st - 1
	if p < s.a {
		return true
	}
	t := x.ts[p]
	return t.k == kPunct || t.k == kNL || clauseOpeners[t.w] || speechVerbs[t.w] || t.w == "saying" || t.w == "and"
}

// possessedOne reads one person named by a possessor at k: "Al Maghribi's
// nephew", "the commander's driver". The person is the noun after it.
func (x *extractor) possessedOne(k int, s sentence) (item, int, bool) {
	for j := k; j < s.b && j < k+5 && x.ts[j].k == kWord; j++ {
		if !x.possessor(j) {
			continue
		}
		h := j + 1
		if h >= s.b || x.ts[h].k != kWord {
			break
		}
		g, known := groupWords[x.ts[h].w]
		if known && !g.sing || !known && !agentNoun(x.ts[h].w) {
			break
		}
		one := item{qa: k, a: h, b: h + 1, min: 1, max: 1, hasMin: true, hasMax: true, hmIdx: -1, g: People}
		if known {
			one.g = g.g
			if g.role {
				one.g = Combatants
			}
		}
		return one, h + 1, true
	}
	return item{}, k, false
}

// copularCount reads a part of the dead named by a copula at "were":
// "two of the dead were HTS members", "three of them were children". The
// part is a figure of its own with the group the complement names; a
// complement that names no group ("were men") says nothing.
func (x *extractor) copularCount(v int, s sentence, fromLast func() bool) bool {
	m, q := Metric(""), -1
	switch w1 := x.word(v-1, s); {
	case w1 == "them" && x.word(v-2, s) == "of":
		if !fromLast() {
			return false
		}
		m, q = x.lastFig.m, v-3
	case x.word(v-3, s) == "of" && (x.word(v-2, s) == "the" || x.word(v-2, s) == "those"):
		if m = partOfMetric(w1); m == "" {
			return false
		}
		q = v - 4
	default:
		return false
	}
	if q < s.a {
		return false // (before the text's first token: "of the wounded were" opens it)
	}
	lo, hi, n, ok := parseNumber(x.ts[:s.b], q)
	if !ok || n != 1 || lo != hi || lo < 2 {
		return false
	}
	if !x.subjectOpens(q, s) {
		return false
	}
	k := v + 1
	for k < s.b && indivAdverbs[x.ts[k].w] {
		k++
	}
	ce := k
	for ce < s.b && ce < k+10 {
		w := x.ts[ce].w
		if x.ts[ce].k != kWord && w != "-" || relWords[w] || clauseOpeners[w] || w == "and" {
			break
		}
		ce++
	}
	if ce == k {
		return false
	}
	g, actor, ok := x.describe(k, ce)
	if !ok || g == People {
		return false
	}
	// the complement must name people ("HTS members", "children",
	// "members of an IS cell"), not say what they did
	person := false
	for j := k; j < ce; j++ {
		if _, ok := groupWords[x.ts[j].w]; ok {
			person = true
		}
	}
	if !person {
		return false
	}
	it := item{qa: q, a: q, b: q + 1, min: lo, max: hi, hasMin: true, hasMax: true, hmIdx: -1, g: g, actor: actor}
	x.emitVictims([]item{it}, m, v, s)
	for j := q; j < ce; j++ {
		x.used[j] = true
	}
	return true
}

// singleIsDead: is "dead" at i the predicate of one person, "the bomber
// himself is dead", "the attacker was now dead"? A plural ("five are
// dead") is a count, read by quantity(); "the dead" is a noun.
func (x *extractor) singleIsDead(i int, s sentence) bool {
	p := i - 1
	if w := x.word(p, s); w == "now" || w == "also" || w == "already" {
		p--
	}
	return x.word(p, s) == "is" || x.word(p, s) == "was"
}

// emitVictims emits the victims of one predicate as one list.
func (x *extractor) emitVictims(list []item, m Metric, v int, s sentence) {
	if x.zeroing {
		for n := range list {
			list[n].min, list[n].max, list[n].approx, list[n].vague = 0, 0, false, false
			list[n].hasMin, list[n].hasMax = true, true
		}
	} else if x.bombing && len(list) == 1 && list[0].g == People {
		list[0].g = Combatants
	} else if x.armedVictim(list) && !reflexive[x.ts[list[0].qa].w] {
		// a fighter's guards, deputy and aides in one list are his men
		for n := 1; n < len(list); n++ {
			if (list[n].g == Troops || list[n].g == People) && companionNouns[strings.TrimSuffix(x.ts[list[n].b-1].w, "s")] {
				list[n].g = Combatants
			}
		}
	}
	if sum, ok := sumSameGroup(list); ok && !x.zeroing && sum.group() == Combatants && !x.singles(list) {
		list = append(list[:0], sum) // "an IS leader and his two IS-linked sons": three fighters
	}
	if len(list) == 1 && list[0].ord && x.lastFig.ok && x.lastFig.si == x.si && x.lastFig.m == m {
		// "two men were killed and a third man died later": a step (increment)
		for k := list[0].qa; k < list[0].b; k++ {
			x.used[k] = true
		}
		x.used[v] = true
		return
	}
	first := list[0]
	src := x.sourceAt(s, first.qa)
	bg := x.backgroundAt(s, first.qa)
	x.lists++
	for _, it := range list {
		qs, qe := min(it.qa, v), max(it.b, v+1)
		x.emit(it, m, false, src, bg, qs, qe)
		for k := it.qa; k < it.b && k < len(x.used); k++ {
			x.used[k] = true
		}
	}
	x.lists++
	x.used[v] = true
}

// singles: is each victim of list one person, no count ("killing him and
// his bodyguard")? Then each is a figure of one (figures.md), not summed.
func (x *extractor) singles(list []item) bool {
	for _, it := range list {
		if x.isCount(it) || it.min != 1 || it.max != 1 {
			return false
		}
	}
	return true
}

// isCount: is the item a number read by parseItem ("two children"), not a
// single named or described person?
func (x *extractor) isCount(it item) bool {
	_, _, _, ok := parseNumber(x.ts, it.qa)
	return ok
}

// listContinues: after a comma, does a list of victims go on ("X, his
// mother and ...", "X, two of his sons")? Not "X, the statement said".
func (x *extractor) listContinues(j int, s sentence) bool {
	if j >= s.b {
		return false
	}
	switch x.word(j, s) {
	case "his", "her", "their":
		return true
	}
	if g, ok := groupWords[x.word(j, s)]; ok && g.sing && !g.role {
		return true // "a husband, wife, and their son"
	}
	if _, _, _, ok := parseNumber(x.ts[:s.b], j); ok {
		return true
	}
	// another name: "killed Abu Omar, Abu Ali and two guards"
	e := j
	for e < s.b && e < j+5 && x.ts[e].k == kWord && (x.ts[e].cap || nameParticle(x.ts[e].w) && e > j) {
		e++
	}
	if e > j && e < s.b && (x.ts[e].w == "," || x.ts[e].w == "and") && x.nameLike(j, e, s) && !speechVerbs[x.word(e+1, s)] {
		return true
	}
	return false
}

// agentNoun: does an unknown head name a person by a role (recruiter,
// coordinator, financier, official, spokesman, operative)?
func agentNoun(w string) bool {
	switch w {
	case "official", "figure", "chief", "deputy", "aide", "head", "envoy", "judge", "imam", "companion", "escort",
		"colleague", "friend", "neighbour", "neighbor", "relative", "fiancee", "fiance", "guest", "pilgrim", "victim",
		"cleric", "sheikh", "mufti", "emir", "associate", "ally", "spokesman", "spokeswoman", "guard", "bodyguard",
		"mechanic", "cook", "chef", "clerk", "medic", "nurse", "suspect":
		return true
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent", "man", "ive", "ee", "ier"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// staffNoun: the singular of staffNouns, "a volunteer of the group".
var staffNoun = map[string]bool{"volunteer": true, "worker": true, "member": true, "rescuer": true, "paramedic": true, "medic": true}

// staffNouns name the people of a body: "one of its volunteers".
var staffNouns = map[string]bool{
	"volunteers": true, "workers": true, "members": true, "staff": true, "rescuers": true,
	"paramedics": true, "medics": true, "teams": true, "crews": true,
}

// rescueBodyBefore: is a rescue body (the civil defence, the White
// Helmets, a medical charity) named in this sentence or the three before
// k, so that "its volunteers" are its staff?
func (x *extractor) rescueBodyBefore(k int) bool {
	return x.bodyBefore(k, 3, false)
}

// careBodyBefore: rescueBodyBefore, or a hospital or clinic, whose staff
// are civilians as well ("a clinic was hit; three of its staff were
// wounded"). Asked only where a possessive names the body's own people:
// a hospital named before "a member of the group" is no owner of it.
func (x *extractor) careBodyBefore(k int) bool {
	return x.bodyBefore(k, 3, true)
}

// bodyBefore looks for the body back to the start of the sentence back
// sentences before this one.
func (x *extractor) bodyBefore(k, back int, care bool) bool {
	from := x.sents[max(0, x.si-back)].a
	for j := k - 1; j >= from; j-- {
		if x.rescueBodyAt(j) || care && (x.ts[j].w == "hospital" || x.ts[j].w == "clinic") {
			return true
		}
		if armedBodyAt(x.ts, j) {
			return false // the body named last is an armed one: "HTS said one of its members"
		}
	}
	return false
}

// armedBodyAt: does ts[j] name an armed side ("HTS", "the Islamic
// State", "the faction")? Words that also describe civil bodies or
// people ("armed", "opposition", "rebel-held") are no such name.
func armedBodyAt(ts []tok, j int) bool {
	switch w := ts[j].w; w {
	case "armed", "opposition", "rebel", "terrorist", "extremist", "militant":
		return false
	case "is":
		return ts[j].cap && j+1 < len(ts) && !ts[j+1].cap // "IS said", not the verb
	default:
		return armedWords[w]
	}
}

// rescueBodyAt: does the word at j name a rescue or medical body ("the
// White Helmets", "the Civil Defence", "Doctors Without Borders", "MSF",
// "the rescue group")?
func (x *extractor) rescueBodyAt(j int) bool {
	next := ""
	if j+1 < len(x.ts) {
		next = x.ts[j+1].w
	}
	switch x.ts[j].w {
	case "helmets", "msf":
		return true
	case "civil":
		return next == "defence" || next == "defense"
	case "borders":
		return j > 0 && x.ts[j-1].w == "without"
	case "rescue":
		return bodyAnaphors[next]
	}
	return false
}

// bodyAnaphors name a body already named: "a volunteer of the group",
// "one from its teams", "the organisation's medics".
var bodyAnaphors = map[string]bool{
	"group": true, "organisation": true, "organization": true, "team": true, "teams": true,
	"service": true, "charity": true,
}

// ownBodyAt: do the words at m name, by anaphor, the body of a
// person noun before them ("of the group", "from its teams", "of its own
// teams", "of the organisation"), and is that body a rescue body named in
// this sentence or the one before? Its staff are civilians (figures.md),
// where "a member of the group" of an armed group is a fighter. Further
// back "the group" is more often the article's own subject (an armed
// group the rescuers were only a source about).
func (x *extractor) ownBodyAt(m int) bool {
	switch x.ts[m].w {
	case "its", "their":
		return x.bodyBefore(m, 1, false)
	case "the":
		return m+1 < len(x.ts) && bodyAnaphors[x.ts[m+1].w] && x.bodyBefore(m, 1, false)
	}
	return false
}

// fieldRanks follow "field" when it names a fighter's rank, not land.
var fieldRanks = map[string]bool{
	"commander": true, "commanders": true, "leader": true, "leaders": true, "officer": true,
	"officers": true, "marshal": true, "operative": true, "operatives": true, "chief": true,
}

// titleCase: are all words of ts[a:b] capitalised and a verb after them
// too (a headline: "Senior Official Reportedly Killed")?
func (x *extractor) titleCase(a, b int) bool {
	for j := a; j < b; j++ {
		if x.ts[j].k == kWord && !x.ts[j].cap && !nameParticle(x.ts[j].w) {
			return false
		}
	}
	for j := b; j < len(x.ts) && j < b+4; j++ {
		if x.ts[j].is(cIndivVerb) {
			return x.ts[j].cap
		}
	}
	return false
}

// unhurtPlural reads a plural group without a count as the subject of a
// zero ("their children were unharmed", "the soldiers escaped injury",
// "his own family of seven was unhurt"): nobody of it was hurt, so no
// count is needed (figures.md: a zero for each group listed).
func (x *extractor) unhurtPlural(k int, s sentence) (item, int, bool) {
	j := k
	switch x.word(j, s) {
	case "the", "his", "her", "their", "its", "our", "all":
		j++
	}
	if x.word(j, s) == "own" {
		j++
	}
	if j >= s.b || x.used[j] || x.ts[j].k != kWord || x.possessor(j) {
		return item{}, k, false // ("the family's three children": theirs)
	}
	it := item{qa: k, a: k, b: j + 1, hasMin: true, hasMax: true, hmIdx: -1}
	switch w := x.ts[j].w; w {
	case "family", "household":
		it.g = People // ("his family of seven": its size counts no victims)
	default:
		g, ok := groupWords[w]
		if !ok || g.sing || g.g == "" {
			return item{}, k, false
		}
		it.g = g.g
		if g.role {
			it.g = Combatants
		}
	}
	return it, it.b, true
}

// zeroPredicate reads a predicate that says nobody of its subject was
// hurt: "unhurt", "unharmed" (casualties), "uninjured", "escaped injury"
// (injured). It returns the metric and the predicate's length.
func (x *extractor) zeroPredicate(i int, s sentence) (Metric, int, bool) {
	switch w := x.ts[i].w; w {
	case "unhurt", "unharmed", "unscathed":
		return Casualties, 1, true
	case "uninjured":
		return Injured, 1, true
	case "escaped":
		switch x.word(i+1, s) {
		case "injury", "injuries", "uninjured":
			return Injured, 2, true
		case "unhurt", "unharmed", "unscathed":
			return Casualties, 2, true
		}
	}
	return "", 0, false
}

// heroNouns name the dead a side mourns: "we lost two heroes".
var heroNouns = map[string]bool{"heroes": true, "martyrs": true, "comrades": true, "brothers": true}

// lostPeople reads deaths told as a loss: "the brigade lost four
// fighters", "we lost two heroes, two soldiers from the new army" (the
// apposition of the same count gives the group). A loss of things ("lost
// two houses") counts nobody.
func (x *extractor) lostPeople(i int, s sentence) bool {
	switch x.word(i-1, s) {
	case "she", "he", "i":
		// "she lost two daughters": a bereavement, read as lostRelatives
		// reads one; a side's or a family's loss is read here
		return false
	}
	k := i + 1
	if lo, hi, n, ok := parseNumber(x.ts[:s.b], k); !ok || x.used[k] || x.nonFactual(i, s) || x.modalBefore(i, s) {
		return false
	} else if heroNouns[x.word(k+n, s)] {
		it := item{qa: k, a: k, b: k + n + 1, min: lo, max: hi, hasMin: true, hasMax: true, g: People, hmIdx: -1}
		return x.emitLost(it, i, s)
	}
	it, ok := x.listItem(k, s)
	if !ok || it.b <= k || it.hasHM || it.g == "" || it.vague {
		return false
	}
	return x.emitLost(it, i, s)
}

func (x *extractor) emitLost(it item, i int, s sentence) bool {
	e := it.b
	if x.word(e, s) == "," {
		// "two heroes, two soldiers from the new army": the same people
		if ap, ok := x.listItem(e+1, s); ok && ap.b > e+1 && !ap.hasHM && ap.g != "" && ap.min == it.min && ap.max == it.max {
			it.g, it.actor, it.b = ap.g, ap.actor, ap.b
			e = ap.b
		}
	}
	x.emitVictims([]item{it}, Killed, i, s)
	for k := i; k < e; k++ {
		x.used[k] = true
	}
	return true
}

// careSubject reads a new person said to be in hospital care: "a third
// soldier is in intensive care", "a woman was in critical condition" (one
// injured). Only an indefinite single subject is read: "the boy is in
// critical condition" and "two of the wounded are in intensive care" are
// people counted already.
func (x *extractor) careSubject(i int, s sentence) bool {
	switch x.word(i+1, s) {
	case "intensive":
		if x.word(i+2, s) != "care" {
			return false
		}
	case "critical", "serious":
		if x.word(i+2, s) != "condition" {
			return false
		}
	default:
		return false
	}
	p := i - 1
	for p > s.a && indivAdverbs[x.ts[p].w] {
		p--
	}
	if p <= s.a || !beWords[x.ts[p].w] || x.nonFactual(i, s) || x.modalBefore(i, s) {
		return false
	}
	h := p - 1
	st := x.subjectStart(h, s)
	if h-st < 1 || h-st > 4 {
		return false
	}
	if w := x.word(st, s); w != "a" && w != "an" && w != "another" {
		return false
	}
	g, ok := groupWords[x.ts[h].w]
	if !ok || !g.sing {
		return false
	}
	one := item{qa: st, a: h, b: h + 1, min: 1, max: 1, hasMin: true, hasMax: true, g: g.g, hmIdx: -1}
	if g.role {
		one.g = Combatants
	}
	for j := st + 1; j < h; j++ {
		if x.ts[j].k != kWord {
			return false
		}
		x.applyMod(&one, x.ts[j].w)
	}
	x.emitVictims([]item{one}, Injured, i+2, s)
	for k := i; k < i+3; k++ {
		x.used[k] = true
	}
	return true
}

// firstPredicate goes back from the "and" at p that joins two predicates of
// one subject ("were evacuated by our forces and were unharmed") to the
// start of the first predicate's verb group ("were", "had been"), or -1. The
// first predicate is a passive or an intransitive past ("escaped"); a comma,
// a quote or a line ends the search, and so does a second "and" or a
// relative pronoun, whose clause has a subject of its own.
func (x *extractor) firstPredicate(p int, s sentence) int {
	for j := p - 1; j > s.a && j >= p-20; j-- {
		t := x.ts[j]
		if t.k == kNL || t.k == kQuote || t.k == kPunct && t.w != "-" && t.w != "'" && t.w != "’" {
			return -1
		}
		if t.w == "and" || t.w == "who" || t.w == "which" || t.w == "that" || speechVerbs[t.w] {
			return -1
		}
		if !beWords[t.w] || !(j+1 < p && x.ts[j+1].k == kWord) {
			continue
		}
		// the verb group: "had been", "were also"
		q := j
		for q-1 > s.a && (x.ts[q-1].w == "had" || x.ts[q-1].w == "have" || x.ts[q-1].w == "has" || beWords[x.ts[q-1].w] || indivAdverbs[x.ts[q-1].w]) {
			q--
		}
		return q
	}
	return -1
}

// npModifier: does a modifier of the noun phrase start at k (a relative
// clause, a participle, a place): "children who were inside the house",
// "her baby found at the site"?
func (x *extractor) npModifier(k int, s sentence) bool {
	w := x.word(k, s)
	switch w {
	case "who", "that", "inside", "in", "at", "from", "near", "aboard", "on":
		return true
	case "to":
		// "an aide to the leader", "an adviser to the mayor": whose man
		return companionNouns[x.word(k-1, s)] || x.word(k-1, s) == "adviser" || x.word(k-1, s) == "advisor"
	case "of":
		// "Abu Khaled al-Shami of Saraqib, ...": a person's town
		return k+2 < len(x.ts) && x.ts[k+1].cap && x.ts[k+1].k == kWord && x.ts[k+2].w == ","
	}
	switch w {
	case "found", "riding", "travelling", "traveling", "working", "serving", "living", "sheltering", "staying":
		return true
	}
	return strings.HasSuffix(w, "ed") && !beWords[w]
}

// amongTotal reads sub-counts told before or after their total: "Five
// women and two infants were among the 17 people killed", "Among the 21
// confirmed deaths were eight children and three men".
func (x *extractor) amongTotal(i int, s sentence) bool {
	k := i + 1
	def := x.word(k, s) == "the" || x.word(k, s) == "those"
	if def {
		k++
	} else if _, ok := parseNumberOK(x.ts[:s.b], k); !ok {
		return false // a headline's total has no article: "Three children among nine killed"
	}
	tot, ok := x.parseItem(k, s, false, false)
	if !ok && def {
		// a total with a group and no number ("were among the children
		// killed"): the parts are of its group
		return x.amongGroup(i, k, s)
	}
	if !ok || !tot.hasMin || x.used[k] {
		return false
	}
	e := tot.b
	m := Metric("")
	if tot.hasHM {
		m = tot.hm.m
		if tot.hm.toll {
			return false
		}
	}
	if mw, ok := x.metricAt(e, s); m == "" && ok && mw.post {
		m, e = mw.m, e+1
	}
	if w := x.word(e, s); m == "" && (w == "who" || w == "that") {
		// "among the nine people who died", "who had been killed"
		for k := e + 1; k < s.b && k <= e+4; k++ {
			if mw, ok := x.metricAt(k, s); ok && mw.post && !mw.toll {
				m, e = mw.m, k+1
				break
			}
			if w := x.ts[k].w; !beWords[w] && w != "had" && w != "have" && w != "has" && !indivAdverbs[w] {
				break
			}
		}
	}
	if m == "" {
		return false
	}
	if tot.g == "" {
		tot.g = People
	}
	var subs []item
	switch {
	case i > s.a && (beWords[x.ts[i-1].w] || !def && x.countEndsAt(i, s)):
		// the parts before: "A and B were among the N killed", and in a
		// headline with no verb, "Three children among nine killed"
		p := i - 2
		if !beWords[x.ts[i-1].w] {
			p = i - 1
		}
		for p >= s.a && indivAdverbs[x.ts[p].w] {
			p--
		}
		st := x.subjectStart(p, s)
		if a := x.agesBefore(st, p, s); a >= 0 {
			// "her three children, aged four, seven and nine, were among
			// the 17": the ages describe the subject before them
			q := a - 1
			if x.word(q, s) == "," {
				q--
			}
			subs = x.countList(x.subjectStart(q, s), q+1, s)
			if len(subs) == 0 || subs[len(subs)-1].b != q+1 {
				subs, _ = x.subjectList(q+1, s) // "Kaddour and her three children"
			}
			if len(subs) > 0 && subs[len(subs)-1].hasMax && x.agedUnder18(q+1, subs[len(subs)-1].max, s) {
				subs[len(subs)-1].g = Children
			}
			break
		}
		subs = x.countList(st, p+1, s)
		if len(subs) == 0 || subs[len(subs)-1].b != p+1 {
			// "a woman and two of her children were among the 14": the
			// counts of relatives are the victim reader's
			if list, ok := x.subjectList(p+1, s); ok {
				for n := range list {
					// a bare name among a toll of people is one of them
					if list[n].g == Combatants && !x.isCount(list[n]) && tot.g != Combatants {
						if g, _, ok := x.describe(list[n].qa, list[n].b); !ok || g != Combatants {
							list[n].g = tot.g
						}
					}
				}
				subs = list
			}
		}
	case beWords[x.word(e, s)]:
		subs = x.countList(e+1, s.b, s)
	}
	if len(subs) == 0 {
		return false
	}
	if sum, ok := sumSameGroup(subs); ok && !x.enKinList(subs, sum) {
		subs = append(subs[:0], sum) // "two nurses and a doctor": three people, as quantity() reads them
	}
	src := x.sourceAt(s, i)
	bg := x.backgroundAt(s, i)
	x.lists++
	if !def || !x.countedBefore(tot, m, src) {
		// "Among the 25 dead were nine nurses" after "at least 25 people
		// were killed": the same dead again, by the same voice
		x.emit(tot, m, tot.hasHM && tot.hm.bodies, src, bg, i, e)
	}
	x.emitAmongParts(subs, m, src, bg, i, e)
	return true
}

// emitAmongParts emits the parts told with an "among" total as one list
// (amongTotal, amongGroup) and marks the words from i to e read.
func (x *extractor) emitAmongParts(subs []item, m Metric, src string, bg bool, i, e int) {
	x.lists++
	for _, it := range subs {
		x.emit(it, m, false, src, bg, it.qa, it.b)
		for k := it.qa; k < it.b; k++ {
			x.used[k] = true
		}
	}
	x.lists++
	for k := i; k < e; k++ {
		x.used[k] = true
	}
}

// countEndsAt: does a count end just before i ("Three children | among
// nine killed")? Only a count's noun or number may stand there.
func (x *extractor) countEndsAt(i int, s sentence) bool {
	if i-1 < s.a {
		return false
	}
	t := x.ts[i-1]
	if t.k == kNum || t.is(cNumberWord) {
		return true
	}
	_, ok := lookup(groupWords, t)
	return ok
}

// countedBefore: has the same voice given a figure of metric m that counts
// the people of the definite total tot, its floor at least ("at least 25"
// and then "the 25 dead")?
func (x *extractor) countedBefore(tot item, m Metric, src string) bool {
	for n := len(x.figs) - 1; n >= 0 && n >= len(x.figs)-32; n-- {
		f := x.figs[n]
		if f.Metric != m || f.Vague || f.Background || f.Min == nil || *f.Min != tot.min || !sameSource(x.sourceKey(src), x.sourceKey(f.Source)) {
			continue
		}
		if f.Max == nil || tot.hasMax && *f.Max == tot.max {
			return true
		}
	}
	return false
}

// groupTotalAt: does a total that names only its group stand at k ("the
// children killed", "the civilians who died")?
func (x *extractor) groupTotalAt(k int, s sentence) bool {
	if w := x.word(k, s); w != "the" && w != "those" || k+1 >= s.b {
		return false
	}
	g, ok := lookup(groupWords, x.ts[k+1])
	return ok && !g.sing && !g.role && !g.list && g.g != People
}

// amongGroup reads parts told before a total that names only its group:
// "His two cousins were among the children killed", "Her husband was
// among the civilians who died". The parts of no group of their own
// (people) take the total's; the total is no figure.
func (x *extractor) amongGroup(i, k int, s sentence) bool {
	if i-1 <= s.a || !beWords[x.ts[i-1].w] {
		return false
	}
	if !x.groupTotalAt(i+1, s) {
		return false
	}
	g, _ := lookup(groupWords, x.ts[k])
	m, e := Metric(""), -1
	if mw, ok := x.metricAt(k+1, s); ok && mw.post && !mw.toll {
		m, e = mw.m, k+2
	}
	if m == "" && (x.word(k+1, s) == "who" || x.word(k+1, s) == "that") {
		for j := k + 2; j < s.b && j <= k+5; j++ {
			if mw, ok := x.metricAt(j, s); ok && mw.post && !mw.toll {
				m, e = mw.m, j+1
				break
			}
			if w := x.ts[j].w; !beWords[w] && w != "had" && w != "have" && w != "has" {
				break
			}
		}
	}
	if m == "" {
		return false
	}
	p := i - 2
	for p >= s.a && indivAdverbs[x.ts[p].w] {
		p--
	}
	subs := x.countList(x.subjectStart(p, s), p+1, s)
	if len(subs) == 0 || subs[len(subs)-1].b != p+1 {
		return false
	}
	for n := range subs {
		if subs[n].g == People || subs[n].g == "" {
			subs[n].g = g.g
		}
	}
	src := x.sourceAt(s, i)
	bg := x.backgroundAt(s, i)
	x.emitAmongParts(subs, m, src, bg, i, e)
	return true
}

// agesBefore: do the words up to p, from the clause start st back, end a
// list of ages opened by "aged" ("aged four, seven and nine")? It returns
// the index of "aged", or -1. Ages are never counts.
func (x *extractor) agesBefore(st, p int, s sentence) int {
	ageTok := func(j int) bool {
		w := x.ts[j].w
		_, ok := smallNumber(w)
		return ok || w == "and" || w == "," || w == "-"
	}
	for j := p; j > s.a && j >= st-12; j-- {
		if w := x.ts[j].w; w == "aged" || w == "ages" {
			return j
		}
		if !ageTok(j) {
			return -1
		}
	}
	return -1
}

// subjectStart goes back from p to the start of its clause.
func (x *extractor) subjectStart(p int, s sentence) int {
	st := p
	for st > s.a && st > p-14 {
		w := x.ts[st-1]
		if w.k == kPunct && w.w != "-" || w.k == kNL || w.k == kQuote || clauseOpeners[w.w] || w.is(cSpeech) {
			break
		}
		st--
	}
	return st
}

// countList reads coordinated counts and relatives from a to at most b:
// "eight children and at least three elderly men".
//
// A name joined to the counts is one person ("Kaddour and her three
// children"), and the ages after a part ("aged four, seven and nine") are
// no counts; a name alone is left to amongOne.
func (x *extractor) countList(a, b int, s sentence) []item {
	var out []item
	k := a
	counted := false
	for n := 0; n < 8 && k < b; n++ {
		it, ok := x.listItem(k, sentence{a: s.a, b: b})
		if x.partitiveAt(k, sentence{a: s.a, b: b}) && !x.used[k] {
			// "a woman and two of her children were among the 14 killed"
			if pt, e, pok := x.victimNP(k, sentence{a: s.a, b: b}, out); pok && e > k {
				pt.b = e
				it, ok = pt, true
			}
		}
		if (!ok || it.b <= k) && !x.used[k] {
			it, ok = x.listName(k, b)
		} else {
			counted = counted || ok
		}
		if !ok || it.b <= k || x.used[k] {
			break
		}
		if it.g == "" && !it.hasHM {
			it.g = People
		}
		out = append(out, it)
		k = x.skipAges(it.b, b)
		if k < b && x.ts[k].w == "," {
			k++
		}
		if k < b && x.ts[k].w == "and" {
			k++
		}
	}
	if !counted {
		return nil
	}
	return out
}

// listName reads a proper name as one person of a list, when a comma or
// "and" goes on to the next part: "Umm Khaled and her four children".
func (x *extractor) listName(k, b int) (item, bool) {
	e := k
	for e < b && e < k+5 && x.ts[e].k == kWord && (x.ts[e].cap || e > k && nameParticle(x.ts[e].w)) {
		if e == k && (x.ts[e].w == "a" || x.ts[e].w == "an" || x.ts[e].w == "the") {
			return item{}, false // "A woman": an article, read by listItem
		}
		e++
	}
	if e == k || e >= b || x.ts[e].w != "and" && x.ts[e].w != "," {
		return item{}, false
	}
	return item{qa: k, a: k, b: e, min: 1, max: 1, hasMin: true, hasMax: true, g: People, hmIdx: -1}, true
}

// skipAges skips the ages told after a part of a list: ", aged four, seven
// and nine". It returns k itself when none follow.
func (x *extractor) skipAges(k, b int) int {
	if k+1 >= b || x.ts[k].w != "," || x.ts[k+1].w != "aged" && x.ts[k+1].w != "ages" {
		return k
	}
	m := k + 2
	for m < b && m < k+16 {
		t := x.ts[m]
		if t.k != kNum && !isNumberWord(t.w) && t.w != "," && t.w != "and" && t.w != "between" && t.w != "to" {
			break
		}
		m++
	}
	if m > k+2 && x.ts[m-1].w == "," {
		m-- // the comma that closes the ages ends the part
	}
	return m
}

// titleWords name a person by office or trade before or after a name:
// "Imam Ahmad Darwish", "Cameraman Khaled al-Issa", "Dr. Samer Kanaan".
var titleWords = map[string]bool{
	"dr": true, "doctor": true, "sheikh": true, "imam": true, "cameraman": true, "photographer": true,
	"journalist": true, "reporter": true, "activist": true, "mukhtar": true, "mayor": true,
	"judge": true, "engineer": true, "preacher": true, "cleric": true, "colonel": true, "col": true,
	"general": true, "gen": true, "captain": true, "capt": true, "major": true, "lieutenant": true,
	"brigadier": true, "sergeant": true, "emir": true, "commander": true, "official": true,
	"worker": true, "volunteer": true, "paramedic": true, "medic": true, "nurse": true, "teacher": true,
	"national": true, "father": true, "mother": true, "native": true, "head": true, "director": true,
}

// personTitles: the mukhtar, a national, a native: people by what they are
// known as, not by a trade noun the suffixes of agentNoun catch.
var personTitles = map[string]bool{
	"dr": true, "doctor": true, "imam": true, "mukhtar": true, "mayor": true, "judge": true,
	"national": true, "native": true, "preacher": true, "cleric": true, "cameraman": true,
	"journalist": true, "photographer": true, "reporter": true, "activist": true,
}

// strongArmed are cues that a person is a fighter whatever else is said;
// weaker cues ("group", "security", "field", "cell") yield to civil ones
// ("an aid group's driver").
var weakArmed = map[string]bool{"group": true, "security": true, "field": true, "cell": true, "wanted": true,
	// the trades of an armed group's network, a fighter unless a civil
	// body is named ("a recruiter who had been drawing young men from the
	// camps", "a senior financier")
	"recruiter": true, "financier": true, "facilitator": true, "bombmaker": true, "bomb-maker": true,
	"joined": true, // "a nephew who had joined the group"
}

// civilBodies are words of a civilian body or trade: "a volunteer with the
// civil defence", "the head of the relief committee", "an aid worker".
var civilBodies = map[string]bool{
	"aid": true, "relief": true, "humanitarian": true, "charity": true, "hospital": true,
	"school": true, "mosque": true, "council": true, "clinic": true, "university": true,
	"market": true, "shop": true, "radio": true, "television": true, "newspaper": true,
}

// describe reads what ts[a:b] (a victim's own words, its title or an
// apposition) say of who the person is: a child by age or noun, a fighter
// by role or side, a soldier, a rescuer, a woman, or some other person. ok
// is false when the words say nothing of the person.
func (x *extractor) describe(a, b int) (g Group, actor string, ok bool) {
	var child, adult, armed, weak, troops, rescue, civ, woman, person bool
	var it item
	if b-a == 1 && x.ts[a].k == kNum {
		if _, ok := smallNumber(x.ts[a].w); ok {
			// "Fatima, 62, died", "Ali, 14, his brother": a bare age after
			// a name leaves the person's group to the noun (figures.md: a
			// named civilian is people; "his son Omar, 10" a child by "son")
			return People, "", true
		}
	}
	for j := a; j < b && j < len(x.ts); j++ {
		t := x.ts[j]
		w := t.w
		if age, isAge := yearsOld(x.ts, j); isAge {
			if age < 18 {
				child = true
			} else {
				adult = true
			}
			continue
		}
		if t.k != kWord || t.ar {
			continue
		}
		if w == "is" && !t.cap {
			continue // the verb, not the group
		}
		if _, person := groupWords[w]; person && j+1 < b && x.possessor(j) {
			continue // "the girl's father": the father, not the girl
		}
		if bodyAnaphors[w] && j > a && x.ownBodyAt(j-1) || w == "own" && j > a && x.ownBodyAt(j-1) {
			rescue = true // "a volunteer of the group" after the White Helmets: theirs
			continue
		}
		x.applyMod(&it, w)
		if w == "field" && !fieldRanks[x.word(j+1, sentence{a: a, b: b})] {
			continue // "irrigating a nearby field": land, not "a field commander"
		}
		switch {
		case weakArmed[w]:
			weak = true
		case armedCues[w] || armedWords[w]:
			armed = true
		}
		if civilBodies[w] || w == "civil" && (x.word(j+1, sentence{a: a, b: b}) == "defence" || x.word(j+1, sentence{a: a, b: b}) == "defense") || w == "helmets" {
			civ = true
			if w == "civil" || w == "helmets" {
				rescue = true
			}
		}
		if gw, ok := groupWords[w]; ok && gw.sing && w != "member" {
			switch {
			case w == "medic" || w == "paramedic" || w == "rescuer":
				rescue = true
			case gw.role:
				armed = true
			case gw.g == Children:
				child = true
			case gw.g == Women:
				woman = true
			case gw.g == Troops:
				troops = true
			case gw.g == Civilians:
				it.civ = true // "a journalist", "a civilian"
			case gw.g == Combatants:
				armed = true
			default:
				person = true
			}
			continue
		}
		if civilCues[w] {
			civ = true
		}
		if healthWords[w] && j+1 < b && staffHeads[x.ts[j+1].w] {
			rescue = true // "a member of the hospital staff": medical staff are civilians
		}
		if personTitles[w] || !t.cap && agentNoun(w) {
			person = true
		}
		if i := strings.Index(w, "-of-"); i > 0 && parentNouns[w[:i]] {
			// "a father-of-four", "the mother-of-two"
			if w[:i] == "mother" || w[:i] == "grandmother" || w[:i] == "mum" || w[:i] == "mom" {
				woman = true
			} else {
				person = true
			}
		}
	}
	if it.actor != "" && armedActors[it.actor] {
		armed = true
	}
	if !armedActors[it.actor] && !troops {
		it.actor = "" // "a Syrian member of Hurras al-Din": a nationality, not a side
	}
	switch {
	case armed:
		return Combatants, it.actor, true
	case child && !adult:
		return Children, "", true
	case troops:
		return Troops, it.actor, true
	case rescue:
		return Civilians, "", true
	case weak && !civ:
		return Combatants, it.actor, true
	case woman:
		return Women, "", true
	case it.civ:
		return Civilians, "", true
	case person || civ || adult:
		return People, "", true
	}
	return "", "", false
}

// yearsOld reads an age at j: "15-year-old", "nine-year-old", "aged 12".
func yearsOld(ts []tok, j int) (int, bool) {
	w := ts[j].w
	if i := strings.Index(w, "-year"); i > 0 {
		if n, ok := smallNumber(w[:i]); ok {
			return n, true
		}
	}
	if w == "aged" && j+1 < len(ts) {
		if n, ok := smallNumber(ts[j+1].w); ok {
			return n, true
		}
	}
	return 0, false
}

// smallNumber reads a number in digits or words up to 120.
func smallNumber(w string) (int, bool) {
	ts := tokens(w)
	for len(ts) > 0 && ts[len(ts)-1].k == kNL {
		ts = ts[:len(ts)-1]
	}
	if len(ts) == 0 {
		return 0, false
	}
	lo, hi, n, ok := parseNumber(ts, 0)
	if !ok || n != len(ts) || lo != hi || lo > 120 {
		return 0, false
	}
	return lo, true
}

// describeLast sets the group of the last victim of a list from what its
// appositions say ("X, a nine-year-old boy, was killed"): a person named
// or described by a role, not a count ("two men, both farmers").
func (x *extractor) describeLast(list []item, apps [][2]int) {
	it := &list[len(list)-1]
	if x.isCount(*it) && (it.g == People || it.g == "") && it.hasMax {
		// "two brothers, aged 9 and 12, were killed": children by age
		for _, ap := range apps {
			if x.agedUnder18(ap[0]-1, it.max, sentence{a: 0, b: len(x.ts)}) {
				it.g = Children
			}
		}
	}
	oneOf := x.ts[it.qa].w == "one" && x.word(it.qa+1, sentence{a: 0, b: len(x.ts)}) == "of" // "one of the injured, a boy,"
	if x.isCount(*it) && !oneOf || it.min != 1 || it.max != 1 {
		return
	}
	g, actor, ok := x.describe(it.qa, it.b)
	for _, ap := range apps {
		// the apposition says who a name or a person is; a fighter described
		// by age ("the bomber, a teenager") stays a fighter. A relative
		// clause in it speaks of others too ("a recruiter who had been
		// drawing young men from the camps", "a farmer who was irrigating a
		// field"): it says only whether the person is of an armed side ("his
		// nephew, who had joined the group")
		r := ap[0] + 1
		for r < ap[1] && !(relWords[x.ts[r].w] && x.ts[r].w != "that") {
			r++
		}
		ag, aa, aok := x.describe(ap[0], r)
		if ap[0] < r && relWords[x.ts[ap[0]].w] {
			ag, aa, aok = "", "", false // the apposition is the relative clause
			r = ap[0]
		}
		if r < ap[1] && (!aok || ag == People) && x.relArmed(r, ap[1]) {
			ag, aa, aok = Combatants, "", true
		}
		if aok && (!ok || ag == Combatants || g == People) {
			g, actor, ok = ag, aa, true
		}
	}
	if ok {
		it.g = g
		if actor != "" {
			it.actor = actor
		}
	}
	if it.g == Children {
		// "his son, 25," "a 30-year-old son": a son of age is no child
		for _, ap := range append([][2]int{{it.qa, it.b}}, apps...) {
			if x.adultAge(ap[0], ap[1]) {
				it.g = People
			}
		}
	}
}

// relArmed: does the relative clause ts[a:b] put the person on an armed
// side ("who had joined the group", "who commanded a brigade", "who
// fought with IS")? A civil body ("who worked for an aid group") does not;
// field and security are too loose here ("who was irrigating a field").
func (x *extractor) relArmed(a, b int) bool {
	armed := false
	for j := a; j < b && j < len(x.ts); j++ {
		w := x.ts[j].w
		if x.ts[j].k != kWord || x.ts[j].ar || w == "is" && !x.ts[j].cap {
			continue
		}
		if civilBodies[w] || w == "civil" {
			return false
		}
		if w == "field" || w == "security" || w == "wanted" {
			continue
		}
		if armedCues[w] || armedWords[w] || weakArmed[w] {
			armed = true
		}
		if g, ok := groupWords[w]; ok && g.role {
			armed = true
		}
		if m, ok := mods[w]; ok && armedActors[m.actor] {
			armed = true
		}
	}
	return armed
}

// adultAge: do ts[a:b] give an age of 18 or more ("25", "aged 22", "a
// 30-year-old")?
func (x *extractor) adultAge(a, b int) bool {
	if b-a == 1 && x.ts[a].k == kNum {
		n, ok := smallNumber(x.ts[a].w)
		return ok && n >= 18
	}
	for j := a; j < b && j < len(x.ts); j++ {
		if n, ok := yearsOld(x.ts, j); ok {
			return n >= 18
		}
	}
	return false
}

// modalBefore: is the predicate at i a possibility or a denial, not a
// death told ("the commander may have been killed", "he could be killed",
// "the group denied that its leader had been killed")? A count is another
// matter: "up to 30 people may have died" is an estimate.
func (x *extractor) modalBefore(i int, s sentence) bool {
	for k := i - 1; k >= s.a && k >= i-8; k-- {
		w := x.ts[k].w
		if x.ts[k].k == kPunct {
			break
		}
		if w == "denied" || w == "denies" || w == "deny" || w == "denying" {
			return true
		}
	}
	for k := i - 1; k >= s.a && k >= i-4; k-- {
		t := x.ts[k]
		switch t.w {
		case "might", "could", "would", "should":
			return true
		case "may":
			return !t.cap
		}
		if !beWords[t.w] && !indivAdverbs[t.w] && t.w != "have" && t.w != "has" && t.w != "had" {
			return false
		}
	}
	return false
}

// titledName reads a name after its title: "Imam Ahmad Darwish", "Local
// teacher Mahmoud Qassem", "IS leader Abu Ibrahim al-Qurashi", "the
// cameraman Khaled al-Issa". The title says who the person is; a title
// that says nothing ("Sheikh") leaves a named fighter, as a bare name does.
func (x *extractor) titledName(k int, s sentence) (item, int, bool) {
	ts := x.ts
	j := k
	if ts[j].w == "the" {
		j++
	}
	t0, head := j, false
	for j < s.b && j < t0+4 && ts[j].k == kWord {
		w := ts[j].w
		_, isMod := mods[w]
		if titleWords[w] || groupWordsSing(w) || !ts[j].cap && !isMod && agentNoun(w) {
			head = true
			j++
			continue
		}
		if head {
			break
		}
		if isMod || armedCues[w] || armedWords[w] || ts[j].cap || nameParticle(w) {
			j++
			continue
		}
		return item{}, k, false
	}
	if !head || j >= s.b {
		return item{}, k, false
	}
	e := j
	for e < s.b && e < j+6 && ts[e].k == kWord && (ts[e].cap || nameParticle(ts[e].w) && e > j) && !titleWords[ts[e].w] {
		e++
	}
	if e == j || !x.nameLike(j, e, s) {
		return item{}, k, false
	}
	if _, isM := x.monthAt(j); isM {
		return item{}, k, false
	}
	one := item{qa: k, a: j, b: e, min: 1, max: 1, hasMin: true, hasMax: true, hmIdx: -1, g: Combatants}
	if g, actor, ok := x.describe(k, j); ok {
		one.g, one.actor = g, actor
	}
	return one, e, true
}

// amongOne reads people named among the dead, with no count: "Local
// teacher Mahmoud Qassem was among those killed", "Among the dead were
// the imam of the mosque and his son".
func (x *extractor) amongOne(i int, s sentence) bool {
	if x.word(i+1, s) == "them" && x.word(i-1, s) == "," {
		return x.amongThem(i, s)
	}
	k := i + 1
	if x.word(k, s) == "them" {
		// "A woman and her son were among them", "Among them were two
		// nurses": them is the count told before (antecedent.go)
		return x.amongRef(i, s)
	}
	if w := x.word(k, s); w != "the" && w != "those" {
		return false
	}
	k++
	mw, ok := x.metricAt(k, s)
	if x.ts[k].w == "victims" {
		mw, ok = mword{m: Killed}, true // "among the victims": the dead
	}
	if !ok || mw.toll {
		return false
	}
	switch x.ts[k].w {
	case "dead", "killed", "wounded", "injured", "victims", "fatalities":
	default:
		return false
	}
	m := mw.m
	if x.ts[k].w == "victims" {
		m = Killed // "among the victims": the dead, as the article counts them
	}
	if i > s.a && beWords[x.ts[i-1].w] {
		// "X was among those killed"
		p := i - 2
		for p >= s.a && indivAdverbs[x.ts[p].w] {
			p--
		}
		if x.victimSubject(k, p, m, s) {
			x.used[i] = true
			return true
		}
		return false
	}
	if i == s.a {
		// "Among the dead were X and Y"; "Among the dead in Ariha was X",
		// "Among those killed, according to medics, were X"
		if b := x.amongCopula(k+1, s); b > 0 && x.victimObjects(k, b+1, m, s) {
			x.used[i] = true
			return true
		}
	}
	return false
}

// amongCopula finds the be-verb of a fronted "among the dead" at k, past
// an adjunct of the fronted phrase: a prepositional phrase of place or time
// ("in Idlib city", "on Monday") or an aside between commas ("according to
// the civil defence"). It returns -1 when none stands within ten tokens or
// the adjunct holds a verb, a number or a word of harm.
func (x *extractor) amongCopula(k int, s sentence) int {
	if beWords[x.word(k, s)] {
		return k
	}
	aside := x.word(k, s) == ","
	if !aside && !postPreps[x.word(k, s)] {
		return -1
	}
	for j := k + 1; j < s.b && j <= k+10; j++ {
		t := x.ts[j]
		if aside && t.w == "," {
			if beWords[x.word(j+1, s)] {
				return j + 1
			}
			return -1
		}
		if !aside && beWords[t.w] {
			return j
		}
		if t.k == kNum && !x.dayOfMonth(j, s) {
			return -1
		}
		if _, ok := x.metricAt(j, s); ok || t.k != kWord && t.k != kNum || t.is(cIndivVerb) {
			return -1
		}
	}
	return -1
}

// objectApposition reads an apposition after an object victim at k (a
// comma): "X, the imam of a mosque in Binnish, as he left", "X, a member
// of the council." It returns the apposition's end (its closing comma or
// the clause end). Not a speaker ("X, the monitor said") nor a list ("the
// commander, the driver and two guards").
func (x *extractor) objectApposition(k int, s sentence, afterName bool) (int, bool) {
	if x.word(k, s) != "," {
		return 0, false
	}
	switch x.word(k+1, s) {
	case "a", "an", "the", "aged":
	default:
		if !afterName && x.namedAfter(k) {
			// "a vegetable seller, Ahmad Dibo, and his son": the name
			e := k + 1
			for x.ts[e].w != "," {
				e++
			}
			return e, true
		}
		if !x.appositionAt(k+1, k+2) {
			return 0, false
		}
	}
	for j := k + 1; j < s.b && j <= k+25; j++ {
		w := x.ts[j].w
		if x.ts[j].is(cSpeech) || w == "according" || w == "told" {
			return 0, false
		}
		if w == "and" && (j+1 >= s.b || x.ts[j+1].k != kWord || !x.ts[j+1].cap) {
			if x.word(j-1, s) != "," && j > k+1 {
				// "the commander, the driver and two guards": a list; but
				// "a spokesman and a veteran of ...," goes on to a comma
				if e, ok := x.closedBy(j, k+25, s); ok {
					return e, true
				}
				return 0, false
			}
		}
		if w == "," || w == "." || w == ";" || x.ts[j].k == kNL || x.ts[j].k == kQuote && j > k+1 {
			return j, j > k+1
		}
		switch w {
		case "as", "when", "while", "after", "before":
			if x.word(k+1, s) != "who" {
				return j, j > k+1
			}
			// ", who died when the roof fell, and ...": a relative
			// clause runs to its comma, its own adverbial inside it
		}
	}
	if s.b <= k+26 {
		return s.b, s.b > k+1
	}
	return 0, false
}

// closedBy: does a comma close the phrase at j before lim (with no speaker
// in between)? It returns the comma.
func (x *extractor) closedBy(j, lim int, s sentence) (int, bool) {
	for ; j < s.b && j <= lim; j++ {
		w := x.ts[j].w
		if x.ts[j].is(cSpeech) || w == "according" {
			return 0, false
		}
		if w == "," {
			return j, true
		}
		if w == "." || w == ";" {
			return 0, false
		}
	}
	return 0, false
}

// namedAfter: does a name set off by commas follow at k ("the village
// mukhtar, Ali Hamoud, was executed")? Then the noun before is a person.
func (x *extractor) namedAfter(k int) bool {
	ts := x.ts
	if k >= len(ts) || ts[k].w != "," {
		return false
	}
	e := k + 1
	for e < len(ts) && e < k+6 && ts[e].k == kWord && (ts[e].cap || nameParticle(ts[e].w) && e > k+1) {
		e++
	}
	return e > k+2 && e < len(ts) && ts[e].w == ","
}

// includeList reads the victims a head with no count includes: "The dead
// included Abu Hamza al-Idlibi, his deputy and two guards", "The victims
// included a council member and his son". A head with a count is read
// with its breakdown (quantity).
func (x *extractor) includeList(i int, s sentence) bool {
	return x.headList(i, i+1, s)
}

// namedList reads the victims a head names by a copula: "The victims were
// identified as X, 17, his brother Y, 14, and their cousin Z", "the dead
// were X and his wife". i is the be-word.
func (x *extractor) namedList(i int, s sentence) bool {
	k := i + 1
	if w := x.word(k, s); (w == "identified" || w == "named") && x.word(k+1, s) == "as" {
		k += 2
	}
	if k == i+1 {
		return false // a bare copula: copularOne's ("the dead were mostly ...")
	}
	return x.headList(i, k, s)
}

// refOrdinals and refPersons make a reference to one person of a count
// told before: "the second man", "the other victim".
var (
	refOrdinals = map[string]bool{"first": true, "second": true, "third": true, "other": true, "latter": true, "former": true}
	refPersons  = map[string]bool{"man": true, "woman": true, "victim": true, "one": true, "person": true, "fighter": true, "commander": true}
)

// namedListObject reads "identified the victims as X and Y", "named the
// dead as X": the list after "as" are the head's persons.
func (x *extractor) namedListObject(i int, s sentence) bool {
	if x.word(i+1, s) == "one" && x.word(i+2, s) == "of" {
		i += 2 // "named one of the dead as X": one person of them, named
	} else if x.word(i+1, s) == "the" && refOrdinals[x.word(i+2, s)] && refPersons[x.word(i+3, s)] && x.word(i+4, s) == "as" {
		// "identified the second man as X": a person of the count just
		// told, named; the metric is that count's
		if m, _, ok := x.lastFigure(); ok && m != Casualties {
			return x.victimObjects(i+4, i+5, m, s)
		}
		return false
	}
	if x.word(i+1, s) != "the" {
		return false
	}
	switch x.word(i+2, s) {
	case "dead", "victims", "killed", "wounded", "injured":
	default:
		return false
	}
	if x.word(i+3, s) != "as" {
		return false
	}
	return x.headList(i+3, i+4, s)
}

// headList reads the victims at k of a head that ends before i ("the
// dead", "those killed", "the victims").
func (x *extractor) headList(i, k int, s sentence) bool {
	h := i - 1
	if x.word(h, s) == "also" {
		h--
	}
	if w := x.word(h, s); w == "there" || w == "here" {
		h-- // "the dead there included": the place said of the dead
	}
	if h < s.a {
		return false
	}
	switch x.ts[h].w {
	case "dead", "killed", "victims", "wounded", "injured", "fatalities", "casualties":
	default:
		return false
	}
	mw, ok := x.metricAt(h, s)
	if x.ts[h].w == "victims" {
		mw, ok = mword{m: Killed}, true // "the victims included": the dead
	}
	if !ok || mw.toll {
		return false
	}
	// the head's own phrase: "the dead", "those killed", "the civilian dead"
	d := h - 1
	for d >= s.a && d >= h-3 {
		if w := x.ts[d].w; w == "the" || w == "those" {
			break
		}
		if x.ts[d].k != kWord || x.ts[d].is(cNumberWord) {
			return false
		}
		d--
	}
	if d < s.a || d < h-3 {
		return false
	}
	return x.victimObjects(i, k, mw.m, s)
}

// ofPhrase reads "of the mosque", "of a rival faction", "of Saraqib" after
// a person's noun; it returns its end, or k.
func (x *extractor) ofPhrase(k int, s sentence) int {
	j := k + 1
	switch x.word(j, s) {
	case "the", "a", "an", "his", "her", "their", "its":
		j++
	}
	e := j
	for e < s.b && e < j+4 && x.ts[e].k == kWord && !victimStops[x.ts[e].w] {
		e++
	}
	if e == j {
		return k
	}
	return e
}

var reflexive = map[string]bool{"himself": true, "herself": true, "themselves": true}

// partitiveAt: does "N of his/her/their ..." start at k ("two of his
// bodyguards")? quantity() leaves these to the victim reader.
func (x *extractor) partitiveAt(k int, s sentence) bool {
	_, _, n, ok := parseNumber(x.ts[:s.b], k)
	if !ok || x.word(k+n, s) != "of" {
		return false
	}
	switch x.word(k+n+1, s) {
	case "his", "her", "their":
		return true
	}
	return false
}

// appositiveConjunct reads the first conjunct of a subject whose
// apposition closes at the comma c: "X, a member of the local council, and
// his wife". The apposition says who X is.
func (x *extractor) appositiveConjunct(c int, s sentence) (item, bool) {
	q := c - 1
	for q >= s.a && q >= c-25 && x.ts[q].w != "," && x.ts[q].k != kNL {
		q--
	}
	if q <= s.a || x.ts[q].w != "," || !x.appositionAt(q+1, c) {
		return item{}, false
	}
	st := q - 1
	for st > s.a && st >= q-8 {
		w := x.ts[st-1]
		if w.k != kWord || clauseOpeners[w.w] || w.is(cSpeech) {
			break
		}
		st--
	}
	it, e, ok := x.victimNP(st, sentence{a: s.a, b: q}, nil)
	if !ok || e != q || x.isCount(it) {
		return item{}, false
	}
	list := []item{it}
	x.describeLast(list, [][2]int{{q + 1, c}})
	return list[0], true
}

// bothClause reads "both" or "all (of them)" opening a clause after a count
// of its own sentence: "Gunmen led two farmers to an orchard, where both
// were later executed". At a sentence start it is allOfThem's.
func (x *extractor) bothClause(i int, s sentence) bool {
	if i == s.a {
		return false
	}
	switch x.ts[i-1].w {
	case "where", "when", "and", "but", "after", "until":
	default:
		return false
	}
	k := i + 1
	if x.word(k, s) == "of" && x.word(k+1, s) == "them" {
		k += 2
	} else if w := x.word(k, s); !beWords[w] && w != "died" && w != "had" && w != "later" {
		return false // "all four were shot": a count of its own
	}
	midx := x.scanPost(k, s)
	if midx < 0 || midx > k+4 {
		return false
	}
	mw, ok := x.metricAt(midx, s)
	if !ok || mw.m == "" || mw.toll || x.nonFactual(midx, s) || x.modalBefore(midx, s) {
		return false
	}
	var prev item
	found := false
	for j := s.a; j < i-1; j++ {
		if x.used[j] || x.ts[j].ar {
			continue
		}
		if it, ok := x.parseItem(j, s, true, false); ok && it.hasMin && !it.hasHM && !it.vague && it.b <= i {
			prev, found = it, true
			j = it.b - 1
		}
	}
	if !found || x.ts[i].w == "both" && (prev.min != 2 || prev.max != 2) {
		return false
	}
	if prev.g == "" {
		prev.g = People
	}
	src, bg := x.sourceAt(s, prev.qa), x.backgroundAt(s, prev.qa)
	x.lists++
	x.emit(prev, mw.m, mw.bodies, src, bg, prev.qa, midx+1)
	x.lists++
	for j := i; j <= midx; j++ {
		x.used[j] = true
	}
	for j := prev.qa; j < prev.b; j++ {
		x.used[j] = true
	}
	return true
}

// amongThem reads people named after a count read before in the sentence:
// "... and 5 in Binnish, among them a nurse". They are a part of that
// count, with its metric and source.
func (x *extractor) amongThem(i int, s sentence) bool {
	if !x.prev.ok || x.prev.m == "" {
		return false
	}
	read := false
	for j := s.a; j < i; j++ {
		if x.used[j] {
			read = true
			break
		}
	}
	if !read {
		return false
	}
	var list []item
	k := i + 2
	for n := 0; n < 6 && k < s.b; n++ {
		it, e, ok := x.victimNP(k, s, list)
		if !ok {
			break
		}
		list = append(list, it)
		k = e
		if x.word(k, s) == "," {
			k++
		}
		if x.word(k, s) == "and" {
			k++
		}
	}
	if len(list) == 0 {
		return false
	}
	x.lists++
	for _, it := range list {
		x.emit(it, x.prev.m, false, x.prev.src, x.prev.bg, it.qa, it.b)
		for j := it.qa; j < it.b; j++ {
			x.used[j] = true
		}
	}
	x.lists++
	x.used[i], x.used[i+1] = true, true
	return true
}

// femaleNouns are the singular person nouns "she" and "her" refer to.
var femaleNouns = map[string]bool{
	"woman": true, "mother": true, "wife": true, "daughter": true, "girl": true, "sister": true,
	"grandmother": true, "niece": true, "aunt": true, "widow": true, "granddaughter": true, "nurse": true,
}

// toDeath are the verbs of "bled to death", "was beaten to death"; not
// "sentenced to death", which is no death told.
var toDeath = map[string]bool{
	"bled": true, "beaten": true, "stabbed": true, "tortured": true, "crushed": true, "froze": true,
	"frozen": true, "starved": true, "hacked": true, "stoned": true, "trampled": true, "choked": true,
	"suffocated": true, "shot": true, "clubbed": true, "bludgeoned": true, "kicked": true,
}

// leadConjuncts reads the people named before a count in one subject:
// "Khalil al-Omar and seven others were killed", "The commander and three
// fighters were killed in the raid". quantity() reads the count and its
// verb v; the people before it are figures of their own (figures.md: X is
// one figure, the others N more).
func (x *extractor) leadConjuncts(qa, v int, m Metric, s sentence) {
	a := qa - 1
	if a > s.a && (x.ts[a].w == "his" || x.ts[a].w == "her" || x.ts[a].w == "their") {
		a-- // "Abu Omar and his two sons"
	}
	if a <= s.a || x.used[a-1] || x.ts[a].w != "and" && x.ts[a].w != "," {
		return
	}
	end := a
	st := end - 1
	for st > s.a && st >= end-8 {
		w := x.ts[st-1]
		if w.k != kWord && w.k != kQuote || clauseOpeners[w.w] || w.is(cSpeech) {
			break
		}
		st--
	}
	// the subject opens its clause: "The strike hit Sarmin and Binnish and
	// two people were killed" names places, not victims
	if p := x.ts[max(st-1, 0)]; st > s.a && !(p.k == kPunct || p.k == kNL || clauseOpeners[p.w] || p.is(cSpeech)) {
		return
	}
	var list []item
	k := st
	for n := 0; n < 4 && k < end; n++ {
		it, e, ok := x.victimNP(k, sentence{a: s.a, b: end}, list)
		if !ok || x.isCount(it) {
			return
		}
		list = append(list, it)
		k = e
		if k < end && x.ts[k].w == "," {
			k++
		}
	}
	if len(list) == 0 || k != end {
		return
	}
	if x.ts[a].w == "," {
		// "Woman, three children killed": a headline's list of nouns; a
		// word before a comma is no name ("Currently, six are injured")
		for _, it := range list {
			h := x.ts[it.b-1].w
			if _, ok := groupWords[h]; !ok && !titleWords[h] {
				return
			}
		}
	}
	x.emitVictims(list, m, v, s)
}

// bareHeadline reads a singular person with no article at the start of a
// headline or after its "Syria:" prefix: "Fighter killed in clash",
// "Aid worker killed in Idlib drone strike", "Civil defence volunteer
// killed", "Woman, three children killed".
func (x *extractor) bareHeadline(k int, s sentence) (item, int, bool) {
	ts := x.ts
	// or after a headline's semicolon: "Police raid cell; suspect blows himself up"
	semi := k > s.a && ts[k-1].w == ";" && x.si == x.own.head && ts[k].k == kWord
	if !semi && (!ts[k].cap || ts[k].k != kWord || k > s.a && ts[k-1].w != ":" && ts[k-1].k != kNL) {
		return item{}, k, false
	}
	for h := k; h < s.b && h < k+4 && ts[h].k == kWord; h++ {
		w := ts[h].w
		n := x.word(h+1, s)
		end := h+1 >= s.b || victimStops[n] || n == "," || ts[h+1].k != kWord
		if _, isV := indivVerbs[n]; isV {
			end = true
		}
		if !end {
			continue
		}
		g, known := groupWords[w]
		if known && !g.sing || !known && !titleWords[w] && !agentNoun(w) || notPersons[w] {
			return item{}, k, false
		}
		one := item{qa: k, a: h, b: h + 1, min: 1, max: 1, hasMin: true, hasMax: true, hmIdx: -1, g: People}
		if dg, actor, ok := x.describe(k, h+1); ok {
			one.g, one.actor = dg, actor
		}
		if one.g == People && x.rescueStaff(w, k, h, s) {
			one.g = Civilians
		}
		return one, h + 1, true
	}
	return item{}, k, false
}

// bodyParts lost in an injury: "lost his leg", "lost both eyes".
var bodyParts = map[string]bool{
	"leg": true, "legs": true, "arm": true, "arms": true, "eye": true, "eyes": true, "hand": true,
	"hands": true, "foot": true, "feet": true, "limb": true, "limbs": true, "sight": true, "fingers": true,
}

// possessor: is the token at j followed by "'s" in the text ("the girl's
// father")? The reading drops the clitic.
func (x *extractor) possessor(j int) bool {
	t := x.ts[j]
	own := x.text[t.s:t.e]
	if strings.HasSuffix(own, "'s") || strings.HasSuffix(own, "’s") {
		return true
	}
	rest := x.text[t.e:min(t.e+4, len(x.text))]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// woundBy: do the words after "hit by" name what wounds a person
// ("shrapnel", "a bullet", "sniper fire"), not what hits a building?
func woundBy(w1, w2 string) bool {
	switch w1 {
	case "shrapnel", "bullets", "gunfire", "fragments":
		return true
	case "a", "sniper", "stray":
		return w2 == "bullet" || w2 == "fire" || w2 == "sniper" || w2 == "stray"
	}
	return false
}

// tollTold: has the article given a death toll of its own already? A
// photo or a glimpse of one victim after it ("a woman cries over the body
// of her son") is one of those counted (figures.md), not a figure.
func (x *extractor) tollTold() bool {
	for _, f := range x.figs {
		if f.Metric == Killed && !f.Background {
			return true
		}
	}
	return false
}

// kinNouns are relatives a person may lose: "lost his mother and two
// sisters".
var kinNouns = map[string]bool{
	"mother": true, "father": true, "wife": true, "husband": true, "son": true, "sons": true,
	"daughter": true, "daughters": true, "brother": true, "brothers": true, "sister": true,
	"sisters": true, "children": true, "child": true, "parents": true, "family": true,
	"grandson": true, "granddaughter": true, "uncle": true, "aunt": true, "cousin": true, "cousins": true,
	"nephew": true, "niece": true, "baby": true, "grandchildren": true, "grandmother": true, "grandfather": true,
	"twins": true, "relatives": true, "nephews": true, "nieces": true, "babies": true,
}

// lostRelatives reads "lost his mother and two sisters in the attack": a
// person's relatives killed, when the loss is put in the article's kind of
// incident ("in the attack", "in the strike"); a bereavement told without
// it ("she lost two sons in the siege", "lost his father years ago") may be
// of any time and is not read.
func (x *extractor) lostRelatives(i int, s sentence) bool {
	h := x.kinHead(i+1, s)
	if h < 0 || x.nonFactual(i, s) || x.modalBefore(i, s) || x.lossElsewhere(h+1, s) {
		return false
	}
	if x.ts[i+1].k == kNum || isNumberWord(x.ts[i+1].w) {
		// "he lost two cousins": a count of relatives, which victimObjects
		// leaves to quantity
		it, ok := x.listItem(i+1, s)
		if !ok || it.b != h+1 || it.hasHM || it.vague {
			return false
		}
		if it.g == "" {
			it.g = People
		}
		return x.emitLost(it, i, s)
	}
	return x.victimObjects(i, i+1, Killed, s)
}

// lossElsewhere: does the clause after a loss's object put it at another
// time or cause than an incident: "to cancer", "years ago", "in the siege
// of the city", "during the war"? A loss told bare ("he lost two
// cousins") or in an incident ("in the strike", "when the shell hit")
// is read.
func (x *extractor) lossElsewhere(k int, s sentence) bool {
	for j := k; j < s.b && j <= k+16; j++ {
		t := x.ts[j]
		if t.k == kPunct && t.w != "," && t.w != "-" || t.k == kQuote || t.k == kNL {
			return false
		}
		switch t.w {
		case "to":
			return j == k || x.ts[j-1].w != "due" // "lost his father to cancer"
		case "ago", "years", "decade":
			return true
		case "in", "during":
			n := x.word(j+1, s)
			if n == "the" || n == "that" || n == "a" {
				n = x.word(j+2, s)
			}
			if n == "war" || n == "siege" || n == "revolution" || n == "conflict" || n == "fighting" {
				return true
			}
		}
		if _, ok := yearValue(t); ok && t.k == kNum {
			return true // a year of its own: another time
		}
	}
	return false
}

// kinHead finds the relative noun that heads the object of "lost" at k:
// after a possessive and its modifiers ("his wife", "her eight-year-old
// nephew", "his 9-month-old twins") or after a count ("two cousins"). It
// returns -1 when the object is no relative ("his leg", "his home", "two
// houses"). The loss of a relative is a death of the article's kind:
// every set's gold counts it, and one told at another time ("lost her
// husband in 2014") is a background figure, which the clause's own date
// decides as it does for any figure.
func (x *extractor) kinHead(k int, s sentence) int {
	switch w := x.word(k, s); {
	case w == "his" || w == "her" || w == "their" || w == "my" || w == "our":
	case k < s.b && (x.ts[k].k == kNum || isNumberWord(w)):
	default:
		return -1
	}
	for j := k + 1; j < s.b && j <= k+5; j++ {
		t := x.ts[j]
		if x.possessor(j) {
			// "his son's school fees", "his brother's two children": the
			// object is what the relative owns, which victimObjects,
			// reading the possessive as the victim, would miscount
			return -1
		}
		if kinNouns[t.w] {
			return j
		}
		if t.k == kPunct && t.w != "-" || victimStops[t.w] || t.cap {
			return -1
		}
	}
	return -1
}

// indefiniteSubject: does the clause before the verb at i open on a new
// person ("One of the suspects", "A member of the cell"), not a definite one
// told before ("The target, identified as ...")?
func (x *extractor) indefiniteSubject(i int, s sentence) bool {
	st := i - 1
	for st > s.a && st >= i-8 && x.ts[st-1].k != kPunct {
		st--
	}
	switch x.ts[st].w {
	case "a", "an", "another":
		return true
	case "one":
		return x.word(st+1, s) == "of"
	}
	return false
}
