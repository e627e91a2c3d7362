package figures

// A fact box states a toll as a label and a value on a line of its own:
// "Civilians reported killed: 39–43", "Deaths: 12", "Injured: 100+". The
// value has no counted noun and no verb after it, so the prose readers
// (quantity, which binds a count to a verb or a noun) find nothing; the
// label before the colon says what the value counts.

// labelQualifiers may stand in a label beside its group and metric words:
// they say how the value is known, not what it counts.
var labelQualifiers = map[string]bool{
	"reported": true, "confirmed": true, "estimated": true, "total": true,
}

// labelLine reads a line "<label>: <value>" whose label names a metric
// (and, optionally, a group) and whose value is a number, a range ("4–6",
// "4 to 6") or an open floor ("100+"), ending the line. Every word of the
// label must be known (a metric, a group, a group modifier, a qualifier):
// a label of another kind ("Belligerents reported killed") is left to
// the readers that know its noun.
func (x *extractor) labelLine(s sentence) bool {
	ts := x.ts
	c := -1
	for k := s.a; k < s.b && k <= s.a+5; k++ {
		if ts[k].w == ":" {
			c = k
			break
		}
	}
	if c <= s.a || c+1 >= s.b {
		return false
	}
	m, g, mi := Metric(""), People, -1
	for k := s.a; k < c; k++ {
		t := ts[k]
		if t.k != kWord || t.ar || t.inQ || x.used[k] {
			return false
		}
		if mw, ok := x.metricAt(k, s); ok && mw.m != "" && !mw.toll && !mw.armed && (mw.post || mw.head) {
			if mi >= 0 {
				return false // two metrics: no one value for both
			}
			m, mi = mw.m, k
			continue
		}
		if gw, ok := groupWords[t.w]; ok && !gw.role && !gw.list && gw.g != "" && mi < 0 {
			g = gw.g
			continue
		}
		if md, ok := mods[t.w]; ok && md.g == Civilians && mi < 0 {
			g = Civilians // "Civilian deaths"
			continue
		}
		if !labelQualifiers[t.w] {
			return false
		}
	}
	if mi < 0 {
		return false
	}
	it, ok := x.labelValue(c+1, s)
	if !ok {
		return false
	}
	it.g = g
	x.lists++
	// the box is the outlet's own: its "reported" attributes to no one
	x.emit(it, m, false, "", x.backgroundAt(s, it.a), s.a, it.b)
	x.lists++
	for k := s.a; k < it.b; k++ {
		x.used[k] = true
	}
	return true
}

// labelValue reads the value of a label at j: "12", "39–43", "4 to 6",
// "100+", and nothing after it but a full stop.
func (x *extractor) labelValue(j int, s sentence) (item, bool) {
	ts := x.ts
	if ts[j].k != kNum {
		return item{}, false
	}
	lo, hi, n, ok := parseNumber(ts, j)
	if !ok {
		return item{}, false
	}
	it := item{qa: j, a: j, b: j + n, hmIdx: -1}
	x.bounds(&it, qNone, lo, hi)
	if k := it.b; k+1 < s.b && (ts[k].w == "–" || ts[k].w == "-" || ts[k].w == "to") && ts[k+1].k == kNum {
		if top, _, n2, ok := parseNumber(ts, k+1); ok && top > lo {
			x.bounds(&it, qNone, lo, top)
			it.b = k + 1 + n2
		}
	} else if k < s.b && ts[k].w == "+" {
		it.hasMax, it.b = false, k+1 // "100+": a floor
	}
	if it.b < s.b && !(ts[it.b].w == "." && it.b+1 == s.b) {
		return item{}, false
	}
	return it, true
}
