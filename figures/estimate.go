package figures

// A verb that puts a number on a noun phrase: "put the death toll from the
// raids on the bakery and two nearby schools at 31", "put the number of
// Russian soldiers killed at 12", "reported the death toll as 23". The
// predicate is the verb; its object, up to the "at" ("as") of its
// complement, is the toll, however long: the object's toll or metric word
// gives the metric, the people it counts the group. The slots are filled
// inside the verb's clause, not by a window around the count.

// estimate is what estimateFrame reads: the metric word's index (the
// number noun when the object names no metric), the metric, and the group
// and side the object counts.
type estimate struct {
	midx  int
	m     Metric
	g     Group
	actor string
}

// asVerbs put a number on a toll with "as": "reported the death toll as 23".
var asVerbs = map[string]bool{
	"reported": true, "reports": true, "gave": true, "gives": true, "listed": true,
	"lists": true, "confirmed": true, "recorded": true, "cited": true, "announced": true,
}

// numberNouns name a count without saying of what: "the number of dead",
// "the total".
var numberNouns = map[string]bool{"number": true, "tally": true, "count": true, "total": true, "figure": true}

// estimateFrame reads the verb whose complement the count after j ("at",
// "as") is. English only.
func (x *extractor) estimateFrame(j int, s sentence) (estimate, bool) {
	if j <= s.a || j >= s.b || x.ts[j].ar || x.ts[j].w != "at" && x.ts[j].w != "as" {
		return estimate{}, false
	}
	as := x.ts[j].w == "as"
	v := -1
	for k := j - 1; k >= s.a && k >= j-24; k-- {
		x.steps++
		t := x.ts[k]
		if t.k == kWord && k > s.a && determiners[x.ts[k-1].w] {
			continue // a participle of the object: "an estimated number", "the updated toll"
		}
		if estimateVerbs[t.w] && !as || as && asVerbs[t.w] {
			v = k
			break
		}
		if t.k == kNum || t.k == kQuote || t.k == kPunct && t.w != "'" && t.w != "’" && t.w != "-" || t.k == kNL || t.is(cSpeech) || clauseWords[t.w] && t.w != "and" {
			return estimate{}, false
		}
	}
	if v < 0 {
		return estimate{}, false
	}
	if !determiners[x.ts[v+1].w] {
		// "put pressure on ... at", "set up at": no object the verb numbers
		// ("put an estimated number ... at 12" has one)
		return estimate{}, false
	}
	e := estimate{midx: -1}
	num := -1 // the number noun: "the number of ... killed"
	var it item
	for k := v + 1; k < j; k++ {
		t := x.ts[k]
		if mw, ok := x.metricAt(k, s); ok && e.midx < 0 {
			if mw.toll || mw.head || num >= 0 {
				// "the death toll", "the dead", "the number of (Russian soldiers) killed"
				e.midx, e.m = k, mw.m
				if mw.toll {
					e.m = x.tollMetric(k, s)
				}
				continue
			}
			if !mw.pre {
				return estimate{}, false
			}
		}
		if numberNouns[t.w] && num < 0 && e.midx < 0 {
			num = k
			continue
		}
		if num >= 0 && e.midx < 0 {
			// the people the number counts: "the number of Russian soldiers killed"
			if g, ok := groupWords[t.w]; ok && !g.sing && !g.role && g.g != People {
				e.g = g.g
			}
			x.applyMod(&it, t.w)
		}
	}
	if e.midx < 0 {
		if num < 0 || num != j-1 || !x.lastFig.ok || x.lastFig.si < x.si-1 {
			return estimate{}, false
		}
		// "put the number at 17": the number of what the article has
		// just counted
		e.midx, e.m = num, x.lastFig.m
	}
	if e.g != "" || it.actor != "" {
		it.g = e.g
		if it.g == "" && it.military {
			it.g = Troops
		}
		if it.g != "" {
			e.g, e.actor = it.group(), it.actor
		}
	}
	return e, true
}
