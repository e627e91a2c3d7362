package figures

import "strings"

// Antecedents of a part: "two of them", "among them", "nine of the
// wounded he had treated", "four of the victims". The part's head is no
// number in its own phrase but a pronoun or a definite noun that refers
// back to the nearest count told before (figures.md: a sub-count may
// refer to its total by a pronoun or a definite noun). antecedentRef is
// the one reader of that reference; the partitive (parseItem) and the
// among-readers (amongOne) use it, so every shape resolves alike.

// antecedentNouns are definite nouns that stand for the people of a count
// told before without saying how they were hurt: their metric is the
// count's.
var antecedentNouns = map[string]bool{
	"victims": true, "casualties": true,
}

// antecedentRef reads a reference to an earlier count at k: "them",
// "those", "the dead", "those killed", "the victims", "the wounded he had
// treated". It returns the referent's metric and group and the index after
// the reference (a short relative clause after a noun included). A
// pronoun or "the victims" needs a figure in this sentence or one of the
// two before it; "the dead" and "the wounded" name their metric
// themselves.
func (x *extractor) antecedentRef(k int, s sentence) (Metric, Group, int, bool) {
	m, g, ok := x.lastFigure()
	switch w := x.word(k, s); w {
	case "them":
		if !ok || m == "" {
			return "", "", 0, false
		}
		return m, g, k + 1, true
	case "the", "those":
	default:
		return "", "", 0, false
	}
	n := x.word(k+1, s)
	var rm Metric
	switch {
	case antecedentNouns[n]:
		if !ok || m == "" {
			return "", "", 0, false
		}
		rm = m
	default:
		mw, isM := metricWords[n]
		if !isM || mw.toll || mw.bodies || !(mw.head || mw.post) || mw.m == "" {
			return "", "", 0, false
		}
		rm = mw.m
	}
	if !ok || m != rm {
		g = People // "the wounded" after a count of the dead: not its group
	}
	e := k + 2
	// "the wounded he had treated were", "the dead who were brought in":
	// a relative clause of up to five words before the predicate
	if w := x.word(e, s); w == "he" || w == "she" || w == "they" || w == "we" || w == "doctors" {
		for j := e + 1; j < s.b && j <= e+5; j++ {
			if x.ts[j].k != kWord {
				break
			}
			if bw := x.ts[j].w; (bw == "were" || bw == "was" || bw == "are") && j > e+1 {
				e = j
				break
			}
		}
	}
	return rm, g, e, true
}

// lastFigure is the metric and group of the nearest figure told before,
// in this sentence or the two before it.
func (x *extractor) lastFigure() (Metric, Group, bool) {
	if !x.lastFig.ok || x.si-x.lastFig.si > 2 || len(x.figs) == 0 {
		return "", "", false
	}
	f := x.figs[len(x.figs)-1]
	if f.Min == nil || *f.Min == 0 {
		return "", "", false // "no one was hurt": nobody to take a part of
	}
	return f.Metric, f.Group, true
}

// partOfAntecedent reads "N of REF" at the "of" at j: the part takes the
// referent's group, or the group a copula names ("four of the victims
// were children"), whose metric is then the referent's. Without a copula
// the part has no metric of its own: the predicate after it tells it
// ("two of them died"; "two of them were arrested" is none). Plain "N of
// the wounded were ..." stays parseItem's own reading.
func (x *extractor) partOfAntecedent(it item, j int, s sentence, inList bool) (item, bool) {
	if inList || it.qa > s.a && (x.ts[it.qa-1].w == "," || x.ts[it.qa-1].w == "and") {
		// "killed 9 villagers, 7 of them at a bakery": a part of the
		// count just before, read with it as a breakdown
		return it, false
	}
	rm, rg, e, ok := x.antecedentRef(j+1, s)
	if !ok || !(x.word(j+1, s) == "them" || antecedentNouns[x.word(j+2, s)] || e > j+3) {
		return it, false
	}
	it.g, it.b = rg, e
	if x.word(e, s) == "," {
		// "two of them, both boys under 10, died": an apposition names
		// the part's group; the predicate follows its closing comma
		a := e + 1
		if w := x.word(a, s); w == "both" || w == "all" || w == "each" {
			a++
		}
		if g, ok := groupWords[x.word(a, s)]; ok && !g.role && g.g != People {
			for c := a + 1; c < s.b && c <= a+8; c++ {
				if x.ts[c].w == "," {
					it.g, it.b = g.g, c+1
					break
				}
			}
		}
	}
	if w := x.word(e, s); w == "were" || w == "was" || w == "are" {
		if g, ok := groupWords[x.word(e+1, s)]; ok && !g.role && !g.sing && g.g != People {
			// "were men": no group apart from the count's people
			it.g = g.g
			it.hm, it.hasHM, it.hmIdx = mword{m: rm, head: true}, true, e+1
			it.b = e + 2
		}
	}
	return it, true
}

// amongRef reads the parts of "among them": the people before "were
// among them" or after "Among them were", with the metric of the count
// "them" refers to.
func (x *extractor) amongRef(i int, s sentence) bool {
	m, _, e, ok := x.antecedentRef(i+1, s)
	if !ok {
		return false
	}
	if i > s.a && beWords[x.ts[i-1].w] {
		p := i - 2
		for p >= s.a && indivAdverbs[x.ts[p].w] {
			p--
		}
		if x.victimSubject(e-1, p, m, s) {
			x.used[i] = true
			return true
		}
		return false
	}
	if i == s.a && beWords[x.word(e, s)] && x.victimObjects(e-1, e+1, m, s) {
		x.used[i] = true
		return true
	}
	return false
}

// refSubject: does the subject ts[s.a..p] only refer to people named
// before: "they", "all of them", "both of them", "all five of them", "all
// six"? It returns the number it states (0 when none) and whether it
// reads so.
func (x *extractor) refSubject(p int, s sentence) (int, bool) {
	k := s.a
	if p == k && x.ts[k].w == "they" {
		return 0, true
	}
	if w := x.word(k, s); w != "all" && w != "both" {
		return 0, false
	}
	k++
	n := 0
	if lo, hi, nn, ok := parseNumber(x.ts[:s.b], k); ok && lo == hi && lo > 1 {
		n, k = lo, k+nn
	}
	if x.word(k, s) == "of" && x.word(k+1, s) == "them" {
		k += 2
	} else if n == 0 {
		return 0, false // "all escaped injury": no reference read
	}
	return n, k == p+1
}

// antecedentList reads the people the sentence before names as the
// subject of its first verb: "A widow and her three sons were inside the
// flat", "A farmer and his two sons were in the field". n, when not 0,
// is the number the reference states: the list must add up to it.
func (x *extractor) antecedentList(n int) ([]item, bool) {
	if x.si == 0 {
		return nil, false
	}
	ps := x.sents[x.si-1]
	v := -1
	for j := ps.a + 1; j < ps.b && j <= ps.a+15; j++ {
		t := x.ts[j]
		if t.ar {
			return nil, false
		}
		if t.k != kWord {
			continue
		}
		if beWords[t.w] || strings.HasSuffix(t.w, "ed") && !t.cap {
			v = j
			break
		}
	}
	if v < 0 {
		return nil, false
	}
	list, ok := x.subjectList(v, ps)
	for n := 0; ok && n < 4 && len(list) > 0 && list[0].qa > ps.a+1 && x.ts[list[0].qa-1].w == ","; n++ {
		// "A father, his wife and their four sons": the list's head
		// before a comma, which the subject reader takes for an apposition
		head, hok := x.subjectList(list[0].qa-1, ps)
		if !hok || len(head) == 0 {
			break
		}
		list = append(head, list...)
	}
	if !ok || len(list) == 0 || list[0].qa != ps.a {
		return nil, false
	}
	sum := 0
	for _, it := range list {
		if it.g == "" || it.vague || !it.hasMin || it.min != it.max {
			return nil, false
		}
		sum += it.min
	}
	if n > 0 && sum != n {
		return nil, false
	}
	return list, true
}

// zeroAntecedent reads a zero said of people named before ("All five of
// them escaped injury" after "A widow and her three sons were inside the
// flat"): the zero is one figure for each group of the list (figures.md:
// each group listed). v is the zero predicate, p the subject's end.
func (x *extractor) zeroAntecedent(v, p int, m Metric, s sentence) bool {
	n, ok := x.refSubject(p, s)
	if !ok {
		return false
	}
	list, ok := x.antecedentList(n)
	if !ok {
		return false
	}
	x.zeroParts(list, m, s.a, p+1, v, s)
	return true
}

// zeroParts emits a zero of metric m for each group of list, quoted from
// ts[qa:qb] and the predicate at v.
func (x *extractor) zeroParts(list []item, m Metric, qa, qb, v int, s sentence) {
	var parts []item
	seen := map[Group]bool{}
	for _, it := range list {
		g := it.group()
		if seen[g] {
			continue
		}
		seen[g] = true
		it.g = g
		it.qa, it.a, it.b = qa, qa, qb // the quote is this sentence's
		parts = append(parts, it)
	}
	x.zeroing = true
	x.emitVictims(parts, m, v, s)
	x.zeroing = false
}

// possessedHead reads "of its / their / the group's (own) NOUN" at the
// "of" at j and returns the index of the noun: a part of the possessor's
// own people, "three of the group's own volunteers".
func (x *extractor) possessedHead(j int, s sentence) (int, bool) {
	if x.word(j, s) != "of" {
		return 0, false
	}
	k := j + 1
	switch x.word(k, s) {
	case "its", "their", "our", "his", "her":
		k++
	case "the":
		if k+1 >= s.b || !x.possessive(k+1) {
			return 0, false
		}
		k += 2
	default:
		return 0, false
	}
	if x.word(k, s) == "own" {
		k++
	}
	if k >= s.b {
		return 0, false
	}
	return k, true
}

// listLead reads the metric of a count that opens a bullet line under a
// head naming the people it breaks down ("The fatalities are distributed
// as follows:" then "- Six civilians, including a woman and two
// children, by regime shelling."): the head is the count's antecedent,
// and the lines between it and the count are bullets too.
func (x *extractor) listLead(first item, s sentence) (Metric, bool) {
	q := first.qa
	if q > s.a && isBullet(x.ts[q-1].w) {
		q--
	}
	if q != s.a || !isBullet(x.ts[s.a].w) {
		return "", false
	}
	for si := x.si - 1; si >= 0 && si >= x.si-12; si-- {
		ps := x.sents[si]
		if ps.b <= ps.a {
			return "", false
		}
		if x.ts[ps.b-1].w == ":" {
			for k := ps.b - 2; k > ps.a && k >= ps.b-12; k-- {
				mw, ok := x.metricAt(k, ps)
				if !ok {
					continue
				}
				if mw.toll || mw.m == "" || x.ts[k].ar {
					return "", false
				}
				if p := x.word(k-1, ps); p == "the" || p == "those" {
					return mw.m, true // "The fatalities are ...:", "The dead were as follows:"
				}
				return "", false
			}
			return "", false
		}
		if !isBullet(x.ts[ps.a].w) {
			return "", false
		}
	}
	return "", false
}

func isBullet(w string) bool {
	return w == "-" || w == "•" || w == "*" || w == "–" || w == "—"
}
