package figures

import (
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/reading"
)

// Extract returns the figures that text states about people killed or
// injured, in the order they appear. published is the article's date (zero
// when unknown); it tells figures of earlier events apart.
//
// The text is read (package reading) into lines, tokens and sentences, and
// the lines of boilerplate are dropped; every search after that looks at a bounded window of one sentence, so the
// cost is linear in the length of the text.
func Extract(text string, published time.Time) []Figure {
	return ExtractDoc(reading.Read(text), published)
}

// extract runs the extractor over text; x.steps counts the tokens its
// window searches visited (for the linearity test).
func extract(text string, published time.Time) *extractor {
	return extractDoc(reading.Read(text), published)
}

// ExtractDoc is Extract over an article already read: the reading the
// pipeline shares with events.
func ExtractDoc(d *reading.Doc, published time.Time) []Figure {
	x := extractDoc(d, published)
	figs := dedupe(x.figs, x.figList, x.sourceKey, x.arTwoSingulars, x.headlineFig)
	putToks(x.tsBuf, x.ts) // no figure holds a token
	putBounds(x.boundBuf)
	x.bound, x.boundBuf = nil, nil
	x.putPlaceReader()
	return figs
}

func extractDoc(doc *reading.Doc, published time.Time) *extractor {
	x := &extractor{doc: doc, text: doc.Text, figs: []Figure{}}
	if !published.IsZero() {
		y, m, d := published.Date()
		x.pub = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	x.tsBuf = getToks()
	x.ts, x.sents = readTokens(doc, *x.tsBuf)
	for _, ln := range doc.Lines {
		if ln.Furniture {
			x.furnEnd = ln.Last // (furniture stands in the page's head)
		}
	}
	x.site = ownOutlet(doc)
	x.used = make([]bool, len(x.ts))
	x.collectAllAttrs()
	x.selfPublished() // own.go
	x.releaseAuthor() // own.go
	x.readIncident()
	if x.pub.IsZero() {
		x.refYear = latestYear(x.ts)
	}
	for si := range x.sents {
		x.sentence(si)
	}
	x.arVictimsLater() // arabic_relatives.go
	return x
}

type extractor struct {
	doc   *reading.Doc
	site  outlet // the outlet that published the text (own.go)
	text  string
	pub   time.Time
	ts    []tok
	tsBuf *[]tok // the buffer ts was read into (tokBufs)
	sents []sentence
	used  []bool
	// bound memoizes doc.BoundaryAt per token (boundaryAt): the scope
	// tests ask it of the same tokens for every figure of a sentence
	bound    []reading.Boundary
	boundBuf *[]reading.Boundary // the buffer bound is in (boundBufs)
	// furnEnd: no token from here on is on a line of furniture, so a
	// sentence past it asks lineOf nothing (furniture)
	furnEnd int
	figs    []Figure
	// figList[i] numbers the list figs[i] was read in: the parts of one
	// list ("two brothers and an elderly couple") are not restatements
	figList []int
	figSent []int  // the sentence each of figs was read in
	figWho  []byte // who a single Arabic person is: arWho (arabic_victims.go)
	figPara []int  // the first sentence of the paragraph each of figs was read in
	arSelf  bool   // arSelfInflicted is emitting: the attacker
	lists   int

	attrs    []attr // all sentences, in order
	attrFrom []int  // first attr of each sentence; attrFrom[len(sents)] = len(attrs)

	lastSpeaker string
	recent      []string // speakers named so far, for "the ministry said"
	prev        struct {
		ok  bool
		m   Metric
		bg  bool
		src string
	}

	// armed is the side of the last count, when it was soldiers or
	// fighters: "three others" after it are of that side.
	armed struct {
		ok     bool
		si     int
		g      Group
		actor  string
		single bool // one person: "seven others" in the next sentence are not of his side
	}
	// lastCount is the group of the last count with a group of its own, and
	// its first token and the token after it: a gapped count joined to it
	// by "and" shares it.
	lastCount struct {
		ok      bool
		si      int
		g       Group
		qa, end int
	}

	curMonth [2]int   // year, month of a month just ended that the article reports on
	carry    struct { // the speaker of the last attributed figure
		si      int
		src     string
		carried bool // carried into sentence si from before it (source.go carries)
		quoted  bool // the figure stood inside a quotation: its speaker's words end with it
	}
	carryHit bool            // sourceAt's last answer was the carried speaker
	recalled map[string]bool // events the article dates in the past ("one year after the earthquake")

	lastFig struct { // the sentence and metric of the last figure
		ok bool
		si int
		m  Metric
	}

	paraStart  int        // the first sentence of the current paragraph
	tmScratch  []temporal // time expressions of an earlier sentence (recallPara)
	recallMemo struct {   // recallPara of sentence si
		ok bool
		si int
		v  bool
	}

	own    ownIncident // the article's incident, from headline and lede
	evMemo struct {    // sentenceEvent of sentence si
		ok bool
		si int
		v  sentEvent
	}
	refYear int      // undated article: the latest year it names (it is no older)
	other   struct { // the last incident called another ("another shelling")
		noun string
		si   int
	}
	label   string   // the speaker label of a transcript ("MINISTER ALI HASSAN:")
	labelSi int      // its sentence: it speaks in the sentences after it
	labelAt int      // the token after the label's colon: its own sentence is its words from there
	labels  bool     // a label was read: the text is a transcript, a surname alone labels too
	zeroing bool     // individual.go: the victims read are zeros ("were unhurt")
	bombing bool     // individual.go: the victim read set off a bomb on himself ("blew himself up")
	arDied  struct { // arabic_victims.go: a sentence whose ضحايا are the dead
		ok bool
		si int
	}

	steps int // tokens visited by the window searches: linear in the text

	speakMemo struct { // the last answers of siteSpeaks
		src  [4]string
		site [4]outlet
		v    [4]bool
		n    int
	}

	placeRun struct { // lines of a toll by place ("– سراقب : 7 شهداء"), one list
		last, id int
	}

	// the article calls fighters brothers (arBrethren,
	// arabic_relatives.go): 0 not known yet, 1 yes, -1 no
	brethren int8

	si      int // current sentence
	tm      []temporal
	tmReady bool

	monthOf []int8 // monthAt of each token: 0 not read yet, -1 none, else the month

	keyMemo map[string]string // sourceKey
}

func (x *extractor) sentence(si int) {
	x.si = si
	x.tmReady = false
	s := x.sents[si]
	x.resolveAttrs(si)
	x.noteLabel(s)
	x.noteOther(s)
	x.noteRecalled(s)
	if x.newParagraph(s) {
		x.paraStart = si
	}
	x.noteScope(s) // incident.go
	x.allOfThem(si, s)
	x.lists++ // a list never spans two sentences: a repeated line is a restatement

	// a fact box's line: "Civilians reported killed: 4–6" (label.go)
	x.labelLine(s)
	for i := s.a; i < s.b; i++ {
		x.steps++
		t := &x.ts[i]
		if x.used[i] || t.k == kQuote {
			continue
		}
		// negation and role as the loop reads them: the tests that turn
		// down most tokens stand here, not behind a call per token
		if t.k == kWord && (t.ar || enNegation(t.w)) && x.negation(i, s) {
			continue
		}
		if x.quantity(i, s) {
			continue
		}
		if t.ar {
			x.arIndividual(i, s) // arabic_victims.go
		} else if t.k != kWord || !t.is(cRoleNoun) || !x.role(i, s) {
			x.enIndividual(i, s) // individual.go
		}
	}
	as := x.attrs[x.attrFrom[si]:x.attrFrom[si+1]]
	for _, a := range as {
		if a.name != "" {
			x.lastSpeaker = a.name
			if !a.cont && !a.generic && len(x.recent) < 64 {
				x.recent = append(x.recent, a.name)
			}
		}
	}
	if len(as) == 1 && x.carry.si != si {
		// "A jet was shot down over Idlib, the ministry said. The pilot
		// was killed": a sentence with no sourced figure (none set the
		// carry), closed by its one frame, hands its speaker to the next
		// of its paragraph
		if a := as[0]; a.trailing && a.name != "" && !a.rel && !x.ts[a.pos].inQ && x.closesSentence(a, s) {
			x.carry.si, x.carry.src, x.carry.carried, x.carry.quoted = si, a.name, false, false
		}
	}
}

// closesSentence: does frame a end its sentence ("..., the ministry
// said.")?
func (x *extractor) closesSentence(a attr, s sentence) bool {
	for k := a.pos + 1; k < s.b; k++ {
		if t := x.ts[k]; t.w == "." {
			return true
		} else if t.k != kWord || t.w == "on" || t.w == "in" {
			return false
		}
	}
	return true
}

func (x *extractor) word(i int, s sentence) string {
	if i < s.a || i >= s.b {
		return ""
	}
	return x.ts[i].w
}

// metricAt returns the metric word at token i, if any.
func (x *extractor) metricAt(i int, s sentence) (mword, bool) {
	if i < s.a || i >= s.b || x.ts[i].k != kWord {
		return mword{}, false
	}
	if k := x.ts[i].mwi; k > 0 {
		return mwords[k-1], true
	}
	return mword{}, false
}

func hasWaw(t tok) bool {
	return t.ar && strings.HasPrefix(t.w, "و") && len(t.w) > 4
}

// emit appends the figure of one item.
func (x *extractor) emit(it item, m Metric, bodies bool, src string, bg bool, qs, qe int) {
	if !it.others && x.bareAfterArmed(it) {
		// "two soldiers were killed and three wounded", "قتل جنديان وأصيب
		// ثلاثة": a bare number joined to a count of soldiers is of them
		it.others = true
	}
	if it.others && (it.g == People || it.g == "") && !it.civ && it.actor == "" && x.armed.ok && x.si-x.armed.si <= 1 && !(x.armed.single && x.si != x.armed.si) {
		// "two soldiers were killed and three others wounded": soldiers too;
		// others after civilians or people stay people (the gold's reading)
		it.g, it.actor = x.armed.g, x.armed.actor
	} else if it.others && it.g == x.armed.g && it.actor == "" && x.armed.ok && x.si-x.armed.si <= 1 {
		it.actor = x.armed.actor // "32 other soldiers were wounded": the same side
	} else if it.others && (it.g == People || it.g == "") && !it.civ && it.actor == "" {
		if g, actor, ok := x.armedCountBefore(it); ok {
			// "eliminating 34 terrorists and wounding 60 others": the
			// count before "others" is their antecedent, a figure or not
			it.g, it.actor = g, actor
		}
	}
	if x.gappedCount(it) {
		// "12 civilians were killed and 34 injured", "ten children were
		// killed and 27 others wounded": the second count elides the head
		// noun of the first, so it is of the same group
		it.g = x.lastCount.g
	}
	m = x.arVictimsDied(it, m, bg, qs, qe) // arabic_victims.go
	if it.g == Women && x.youngDaughter(it) {
		it.g = Children // "his four-year-old daughter", "her daughter, 6"
	}
	if x.arRescuerRanks(it, src) {
		it.g = Civilians // "قال الدفاع المدني ... إصابة ستة من عناصره" (arabic.go)
	}
	if x.siteSpeaks(src) || x.ownAnaphor(src) {
		src = "" // the outlet's own people report: its own voice (own.go)
	}
	g := it.group()
	if !it.others && it.g != "" && it.min > 0 && !it.vague {
		x.lastCount.ok, x.lastCount.si, x.lastCount.g, x.lastCount.qa, x.lastCount.end = true, x.si, g, it.qa, it.b
	}
	if !it.others && (it.min > 0 || it.vague || it.hasMax && it.max > 0) {
		x.armed.ok, x.armed.si, x.armed.g = g == Troops || g == Combatants, x.si, g
		x.armed.actor, x.armed.single = "", it.min == 1 && it.max == 1
		if g == Troops || g == Combatants {
			x.armed.actor = it.actor
		}
	}
	if it.hasMin && it.min == 0 && it.hasMax && it.max == 0 {
		if n := len(x.figs) - 1; n >= 0 && x.figSent[n] == x.si && x.figList[n] == x.arPlaceList(x.lists) {
			if p := x.figs[n]; p.Metric == m && p.Group == g && p.Min != nil && *p.Min == 0 && p.Source == src {
				return // "his wife and daughter were unharmed": one zero for each group listed (figures.md)
			}
		}
	}
	f := Figure{Metric: m, Group: g, Approx: it.approx, Vague: it.vague, Source: src, Background: bg}
	// min and max in one allocation: a figure owns its two and no one
	// writes through them
	var mm *[2]int
	if it.hasMin || it.hasMax && !bodies {
		mm = new([2]int)
	}
	if it.hasMin {
		mm[0] = it.min
		f.Min = &mm[0]
	}
	if it.hasMax && !bodies {
		mm[1] = it.max
		f.Max = &mm[1]
	}
	if it.actor != "" && (g == Troops || g == Combatants) {
		a := it.actor
		f.Actor = &a
	}
	if qe-qs > 30 {
		qe = qs + 30
	}
	if qs >= 0 && qe > qs && qe <= len(x.ts) {
		f.Quote = strings.TrimSpace(x.text[x.ts[qs].s:x.ts[qe-1].e])
	}
	if cap(x.figSent) == 0 {
		x.sizeFigs()
	}
	x.figs = append(x.figs, f)
	x.lastFig.ok, x.lastFig.si, x.lastFig.m = true, x.si, m
	x.figList = append(x.figList, x.arPlaceList(x.lists)) // arabic.go
	x.figSent = append(x.figSent, x.si)
	x.figWho = append(x.figWho, x.arWho(it))
	x.figPara = append(x.figPara, x.paraStart)
	if src != "" {
		x.carry.carried = x.carryHit && src == x.carry.src
		x.carry.si, x.carry.src = x.si, src
		x.carry.quoted = qs >= 0 && qs < len(x.ts) && x.ts[qs].inQ
	}
}

func (x *extractor) sentenceTemporals(s sentence) []temporal {
	if !x.tmReady {
		x.tm = x.temporals(s.a, s.b, x.tm[:0])
		x.tmReady = true
	}
	return x.tm
}

// namedRecentDates: does the sentence name an incident by its recent date
// (namedRecentEvent) that dates the figure at pos? Another past time
// between that date and the figure, or after the figure in its clause,
// tells another incident in the same lede: "شيع أهالي بنش ضحايا غارة الأحد
// ...، وكانت غارة مماثلة قبل شهرين قد قتلت ستة".
func (x *extractor) namedRecentDates(s sentence, pos int) bool {
	k := x.namedRecentAt(s)
	if k < 0 {
		return false
	}
	for _, t := range x.sentenceTemporals(s) {
		if !t.past || t.pos <= k+4 {
			continue // the event's own date, or one before it
		}
		if t.pos < pos || !x.clauseBreakBetween(pos, t.pos) {
			return false
		}
	}
	return true
}

func (x *extractor) hasTemporal(s sentence) bool {
	return len(x.sentenceTemporals(s)) > 0
}

func (x *extractor) backgroundAt(s sentence, pos int) bool {
	if x.eventBackground(s, pos) {
		return true
	}
	past, found := x.nearestPast(x.sentenceTemporals(s), pos, s.b)
	if past && ((len(x.figs) == 0 || x.onlyHeadlineFigures()) && x.si <= x.own.head+3 && x.namedRecentDates(s, pos) && x.sameAsHeadline(s.a, pos, s.b) || x.ownFollowUp(s) && !x.earlierYear(s) && x.clauseScope(s, pos, true) != scopeOther) {
		// a follow-up: the lede's figure of "last week's strike", "the
		// March 3 strike" (after a headline's figure too); a later figure
		// that names the own place, unless its own clause is elsewhere
		// ("shopkeepers in Sarmin still speak of the 2015 raid on Taftanaz,
		// which left 30 dead")
		return false
	}
	if !found && x.recalledSubject(s, pos) {
		return true // "The earthquake ... killed 4,500": recalled before
	}
	if !found && !x.returnsToOwn(s) && x.recallPara() {
		return true // a recalled paragraph goes on: "Last year ... . Three were wounded."
	}
	return past
}

// earlierYear: does s name a year before the own incident's (the lede's
// year, else the publication's)? A follow-up of the own incident is not
// years before it ("shopkeepers in Sarmin still speak of the 2015 raid").
func (x *extractor) earlierYear(s sentence) bool {
	ref := x.own.year
	if ref == 0 && !x.pub.IsZero() {
		ref = x.pub.Year()
	}
	if ref == 0 {
		return false
	}
	for k := s.a; k < s.b; k++ {
		if y, ok := yearValue(x.ts[k]); ok && y < ref && !x.sinceWord(k, s) {
			return true
		}
	}
	return false
}

// onlyHeadlineFigures: are all figures before the current sentence a
// headline's, a first line of its own ("Toll of Ariha market strike rises
// to 14")? Read for the first sentences after it only. The headline is
// own.head: the outlet's name or a menu may stand over it.
func (x *extractor) onlyHeadlineFigures() bool {
	h := x.own.head
	if h+1 >= len(x.sents) || x.si <= h || x.si > h+3 {
		return false
	}
	for _, si := range x.figSent {
		if si != h && si != x.si {
			return false
		}
	}
	return strings.Contains(x.text[x.ts[x.sents[h].b-1].e:x.ts[x.sents[h+1].a].s], "\n")
}

// youngDaughter: is the count a daughter (or daughters) the text makes a
// child, by an age under 18 or a word of youth beside the noun ("her
// four-year-old daughter", "his young daughter", "her daughter, 6")? A
// daughter is otherwise female, as a son is a child (figures.md).
func (x *extractor) youngDaughter(it item) bool {
	h := -1
	for j := max(it.qa, 0); j < it.b && j < len(x.ts); j++ {
		if w := x.ts[j].w; w == "daughter" || w == "daughters" {
			h = j // the head, before a name the count may take in ("his daughter Lina")
		}
	}
	if h < 0 {
		return false
	}
	for j := max(it.qa, h-3); j < h; j++ {
		if age, ok := yearsOld(x.ts, j); ok {
			return age < 18
		}
		switch x.ts[j].w {
		case "young", "little", "small", "baby", "infant", "teenage", "toddler":
			return true
		}
	}
	k := h + 1
	for k < len(x.ts) && k <= h+3 && x.ts[k].cap && x.ts[k].k == kWord && !x.ts[k].ar {
		k++ // "his daughter Lina, 7"
	}
	if k+1 < len(x.ts) && x.ts[k].w == "," {
		j := k + 1
		if age, ok := yearsOld(x.ts, j); ok {
			return age < 18 // ", aged four"
		}
		if x.ts[j].k == kNum {
			if age, ok := smallNumber(x.ts[j].w); ok {
				return age < 18 // ", 6,"
			}
		}
	}
	return false
}

// group resolves the group of a count: its noun, else what its modifiers
// say ("civilian casualties", "US casualties"), else people.
func (it item) group() Group {
	g := it.g
	if g == "" {
		switch {
		case it.civ:
			g = Civilians
		case it.military && it.actor != "":
			g = Troops
		default:
			g = People
		}
	}
	if (g == People || g == Children) && armedActors[it.actor] && !it.civ {
		g = Combatants // "his two Islamic State-affiliated sons", "HTS members"
	}
	return g
}

// armedActors are the non-state sides: people counted with them are fighters.
var armedActors = map[string]bool{"IS": true, "HTS": true, "al-Qaeda": true, "Hezbollah": true, "SDF": true}

// sizeFigs makes room for eight figures in figs and the slices read
// along with it, the int ones in one array: an article with a figure
// mostly has several, and each slice grew on its own from one.
func (x *extractor) sizeFigs() {
	const n = 8
	ints := make([]int, 3*n)
	x.figs = make([]Figure, 0, n)
	x.figList, x.figSent, x.figPara = ints[0:0:n], ints[n:n:2*n], ints[2*n:2*n:3*n]
	x.figWho = make([]byte, 0, n)
}

// sourceKey is SourceKey(name), remembered for the article: it compares
// the same few names again and again (its speakers, the bodies told
// things, the sources of its figures).
func (x *extractor) sourceKey(name string) string {
	if k, ok := x.keyMemo[name]; ok {
		return k
	}
	if x.keyMemo == nil {
		x.keyMemo = make(map[string]string, 16)
	}
	k := SourceKey(name)
	x.keyMemo[name] = k
	return k
}

// headlineFig: was figs[i] read in the article's headline (own.head: the
// first sentence that is not page furniture)?
// A headline names a side less often than the body telling the same death
// ("Senior Hurras al-Din Financier" against "a financier of the al-Qaeda
// affiliated group"): dedupe lets a side missing from it match.
// A headline cut in sentences by its own points ("Massacre in the
// market.. nine dead in a Russian raid") is one line: each of its
// sentences is the headline's.
func (x *extractor) headlineFig(i int) bool {
	if i >= len(x.figSent) || x.figSent[i] < x.own.head {
		return false
	}
	for si := x.own.head + 1; si <= x.figSent[i]; si++ {
		if si >= len(x.sents) || strings.Contains(x.text[x.ts[x.sents[si-1].b-1].e:x.ts[x.sents[si].a].s], "\n") {
			return false
		}
	}
	return true
}

// dedupe drops a figure restated by the same source: same metric, group,
// actor, bounds, vagueness and background, and the same source — the same
// key, or a shorter name for it ("ministry says" in a headline, "Turkey's
// defence ministry said" in the body). The figure kept takes the fuller name.
// sourceKey is SourceKey, or a memo of it.
func dedupe(figs []Figure, lists []int, sourceKey func(string) string, distinct func(i, j int) bool, headline func(i int) bool) []Figure {
	if len(figs) < 2 {
		return figs
	}
	type key struct {
		m              Metric
		g              Group
		actor          string
		min, max       int
		hasMin, hasMax bool
		bg, vague      bool
	}
	// last[k] is the latest kept figure with key k; prev chains the kept
	// figures of one key, newest first (at most 8 are compared).
	last := make(map[key]int, len(figs))
	prev := make([]int, 0, len(figs))
	srcs := make([]string, 0, len(figs))
	outList := make([]int, 0, len(figs))
	orig := make([]int, 0, len(figs)) // the index in figs of each kept figure
	var bodySeen [3]bool              // a body figure of the metric was read (metricIndex)
	out := figs[:0]
	for fi, f := range figs {
		k := key{m: f.Metric, g: f.Group, bg: f.Background, vague: f.Vague}
		if f.Actor != nil {
			k.actor = *f.Actor
		}
		if f.Min != nil {
			k.min, k.hasMin = *f.Min, true
		}
		if f.Max != nil {
			k.max, k.hasMax = *f.Max, true
		}
		src := sourceKey(f.Source)
		lede := false // the body's first figure of its metric: the lede's count
		if headline != nil && !headline(fi) && !f.Background {
			n := metricIndex(f.Metric)
			lede, bodySeen[n] = !bodySeen[n], true
		}
		if lede && f.Group != People && fi > 0 {
			// the lede's count with a group, restating the headline's
			// count of people by the same voice ("Nine killed in raid" over
			// "The raid killed nine civilians"): one figure, the lede's group
			bare := k
			bare.g, bare.actor = People, ""
			if i, ok := last[bare]; ok && headline(orig[i]) && out[i].Actor == nil && outList[i] != lists[fi] && sameSource(srcs[i], src) && (distinct == nil || !distinct(orig[i], fi)) {
				// out[i] moves from the chain of bare to the chain of k
				if prev[i] >= 0 {
					last[bare] = prev[i]
				} else {
					delete(last, bare)
				}
				prev[i] = -1
				if j, ok := last[k]; ok {
					prev[i] = j
				}
				last[k] = i
				out[i].Group, out[i].Actor, out[i].Quote = f.Group, f.Actor, f.Quote
				if len(f.Source) > len(out[i].Source) {
					out[i].Source, srcs[i] = f.Source, src
				}
				continue
			}
		}
		if headline != nil && f.Actor != nil && fi > 0 {
			// a body figure with a side, restating a headline's without one
			bare := k
			bare.actor = ""
			if i, ok := last[bare]; ok && headline(orig[i]) && !headline(fi) && outList[i] != lists[fi] && sameSource(srcs[i], src) && (distinct == nil || !distinct(orig[i], fi)) {
				out[i].Actor = f.Actor
				if len(f.Source) > len(out[i].Source) {
					out[i].Source, srcs[i] = f.Source, src // the body's fuller name
				}
				continue
			}
		}
		dup := false
		i, ok := last[k]
		for n := 0; ok && i >= 0 && n < 8; i, n = prev[i], n+1 {
			if outList[i] == lists[fi] {
				continue // another part of the same list
			}
			if distinct != nil && distinct(orig[i], fi) {
				continue
			}
			if sameSource(srcs[i], src) {
				if len(src) > len(srcs[i]) || src == srcs[i] && len(f.Source) > len(out[i].Source) {
					out[i].Source, srcs[i] = f.Source, src
				}
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		if j, ok := last[k]; ok {
			prev = append(prev, j)
		} else {
			prev = append(prev, -1)
		}
		last[k] = len(out)
		srcs = append(srcs, src)
		outList = append(outList, lists[fi])
		orig = append(orig, fi)
		out = append(out, f)
	}
	return out
}

// metricIndex numbers the three metrics from 0.
func metricIndex(m Metric) int {
	switch m {
	case Killed:
		return 0
	case Injured:
		return 1
	}
	return 2
}

// sameSource: are two source keys one speaker? Equal keys, or one a part
// of the other ("ministry", "turkish defence ministry"), or a generic noun
// for it ("monitor" for the observatory).
func sameSource(a, b string) bool {
	if a == b {
		return true
	}
	if a == "" || b == "" {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if strings.Contains(" "+b+" ", " "+a+" ") {
		return true
	}
	if sp := strings.LastIndexByte(a, ' '); sp > 0 && genericAlias(a[:sp], a[sp+1:], b) {
		return true // "rights group" for "the Syrian Network for Human Rights"
	}
	if strings.IndexByte(a, ' ') < 0 {
		names := shortNames[a]
		if names == nil {
			names = headNames[a]
		}
		for _, n := range names {
			if strings.Contains(b, n) {
				return true
			}
		}
	}
	return false
}

// genericAlias: is "mods head" ("rights group", "war monitor") a generic
// name for the body b names? The head is a kind of body b is, and each
// modifier is a word of b or a word that describes any monitor.
func genericAlias(mods, head, b string) bool {
	names := headNames[head]
	if names == nil {
		return false
	}
	found := false
	for _, n := range names {
		if strings.Contains(" "+b+" ", " "+n) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	for _, m := range strings.Fields(mods) {
		switch m {
		case "war", "uk-based", "britain-based", "london-based", "syria-based", "local":
			continue
		}
		if !strings.Contains(" "+b+" ", " "+m+" ") {
			return false
		}
	}
	return true
}

// newParagraph: does sentence s start a paragraph? It starts a line and
// the line before ends a sentence or a blank line lies between.
func (x *extractor) newParagraph(s sentence) bool {
	if s.a == 0 || x.ts[s.a-1].k != kNL {
		return false
	}
	j := s.a - 1
	for j >= 0 && x.ts[j].k == kNL {
		j--
	}
	if j < 0 {
		return true
	}
	switch x.ts[j].w {
	case ".", "!", "?", "؟", "…", ":":
		return true
	}
	if x.ts[j].k == kQuote || x.ts[j].w == ")" {
		return true
	}
	return strings.Count(x.text[x.ts[j].e:x.ts[s.a].s], "\n") > 1
}

// recallPara: does the paragraph, before the current sentence, recall an
// earlier incident? Its latest dated sentence (within the last eight) has
// only past time expressions and tells an incident ("Last year, a drone
// hit a bus", "وفي وقت سابق من العام الجاري"); an undated sentence that
// returns to the article's own ("the latest strike") ends the recall. Read
// only for undated figures, at most eight sentences back: linear.
func (x *extractor) recallPara() bool {
	if x.recallMemo.ok && x.recallMemo.si == x.si {
		return x.recallMemo.v
	}
	v := x.recallParaScan()
	x.recallMemo.ok, x.recallMemo.si, x.recallMemo.v = true, x.si, v
	return v
}

func (x *extractor) recallParaScan() bool {
	for j := x.si - 1; j >= x.paraStart && j >= x.si-8; j-- {
		s := x.sents[j]
		x.tmScratch = x.temporals(s.a, s.b, x.tmScratch[:0])
		dated := false
		for _, t := range x.tmScratch {
			dated = dated || !t.anaphor // ("said at the time" dates no paragraph)
		}
		if !dated {
			if x.returnsToOwn(s) {
				return false
			}
			continue
		}
		for _, t := range x.tmScratch {
			if !t.anaphor && (!t.past || t.compares || t.strong) {
				return false
			}
		}
		for i := len(x.figs) - 1; i >= 0 && x.figSent[i] >= j; i-- {
			if x.figSent[i] == j && !x.figs[i].Background {
				// its figures were the own incident's (a follow-up dated
				// weeks back: "The raid on March 3 killed a farmer"):
				// it recalls nothing
				return false
			}
		}
		return x.tellsIncident(s)
	}
	return false
}

// incidentVerbs tell an attack: a dated sentence with one recalls an
// incident ("Last month, a drone hit a bus"); "Russia joined the war in
// 2015" recalls none.
var incidentVerbs = map[string]bool{
	"hit": true, "struck": true, "shelled": true, "targeted": true, "exploded": true, "bombed": true,
	"استهدفت": true, "استهدف": true, "قصفت": true, "قصف": true, "انفجر": true, "انفجرت": true,
}

func (x *extractor) tellsIncident(s sentence) bool {
	for k := s.a; k < s.b; k++ {
		t := x.ts[k]
		if t.k != kWord {
			continue
		}
		if t.is(cEvent|cIncidentVerb) || t.ar && t.bare&(cArEvent|cIncidentVerb) != 0 {
			return true
		}
		if _, ok := x.metricAt(k, s); ok {
			return true
		}
	}
	return false
}

// returnsToOwn: words that bring the text back to the article's incident.
func (x *extractor) returnsToOwn(s sentence) bool {
	for k := s.a; k < s.b && k < s.a+40; k++ {
		w := x.ts[k].plain()
		switch w {
		case "latest", "now", "today's", "tuesday's", "monday's", "wednesday's", "thursday's", "friday's", "saturday's", "sunday's",
			"الاخير", "الاخيره", "الجاري", "الحالي", "هذا", "هذه":
			return true
		case "this":
			// "this week", "this morning": now again
			if k+1 < s.b {
				switch x.ts[k+1].w {
				case "week", "morning", "afternoon", "evening", "weekend", "month", "year":
					return true
				}
			}
		}
	}
	return false
}

// bareAfterArmed: a count with no noun of its own ("three", "three
// wounded"), joined by "and" (و) to a count of soldiers or fighters earlier
// in the same sentence.
func (x *extractor) bareAfterArmed(it item) bool {
	if !x.armed.ok || x.armed.si != x.si || it.g != "" || it.civ || it.military || it.actor != "" || it.vague || it.qa <= x.sents[x.si].a {
		return false
	}
	if it.hasHM && it.hmIdx != it.b-1 {
		return false
	}
	s := x.sents[x.si]
	p := x.ts[it.qa-1]
	if p.w == "and" || p.w == "و" || p.w == "with" && it.hasHM {
		return true // "with more than 40 wounded" after "31 fighters"
	}
	if p.w == "," && it.qa-2 >= s.a {
		// "2 Turkish soldiers killed, 2 wounded" (a headline)
		if _, ok := x.metricAt(it.qa-2, s); ok {
			return true
		}
	}
	if _, ok := x.metricAt(it.qa-1, s); ok {
		// "and wounded three", "وأصيب ثلاثة"
		if hasWaw(p) {
			return true
		}
		return it.qa-2 >= s.a && x.ts[it.qa-2].w == "and"
	}
	return false
}

// armedCountBefore reads the antecedent of "N others" in its own sentence:
// the nearest count before it. When that count is of soldiers or fighters
// the others are of that side, whether or not the count was a figure
// ("eliminating 20 gunmen and wounding 40 others": the verb of the first
// count is not read as harm, the side is still stated).
func (x *extractor) armedCountBefore(it item) (Group, string, bool) {
	s := x.sents[x.si]
	for i := it.qa - 1; i >= s.a && i >= it.qa-30; i-- {
		t := x.ts[i]
		if t.ar || t.w == ";" {
			return "", "", false
		}
		if gw, ok := groupWords[t.w]; ok && !gw.role && gw.g != Troops && gw.g != Combatants {
			// "killed two fighters and a child, and wounded five others":
			// the others follow a list that is not one side's alone
			return "", "", false
		}
		if _, _, _, ok := parseNumber(x.ts[:s.b], i); !ok {
			continue
		}
		if x.used[i] {
			// a count read already (a figure, or a part of one: "nine
			// people, including three fighters, and 20 others"): x.armed
			// holds what it leaves to later counts
			return "", "", false
		}
		p, ok := x.parseItem(i, s, false, false)
		if !ok || p.b > it.qa || p.others {
			continue
		}
		if p.g == Troops || p.g == Combatants {
			return p.g, p.actor, true
		}
		if p.g != "" {
			return "", "", false // the nearest count of a group is not armed
		}
	}
	return "", "", false
}

// gappedCount reports an English count that stands right after "and" with
// no head noun of its own (a bare number or "N others"), following a count
// of civilians, children or women in the same sentence whose clause it
// shares: "N civilians were killed and M [others] injured". A count after a
// verb of its own ("killing four civilians and wounding ten others") is
// not gapped and keeps its own group.
func (x *extractor) gappedCount(it item) bool {
	if !x.lastCount.ok || x.lastCount.si != x.si || it.civ || it.military || it.actor != "" || it.vague {
		return false
	}
	switch x.lastCount.g {
	case Civilians, Children, Women:
	default:
		return false // armed sides go by bareAfterArmed; people is the default
	}
	if !(it.g == "" || it.others && it.g == People) {
		return false
	}
	if it.others && x.lastCount.g == Civilians {
		// "three civilians died and eight others were hurt": the gold
		// reads others after civilians as people (figures.md's groups; in
		// the read sets 10 of 12), after children or women as them
		return false
	}
	s := x.sents[x.si]
	if it.qa-1 <= s.a || it.qa-1 < x.lastCount.end || x.ts[it.qa-1].w != "and" || x.ts[it.qa-1].ar {
		return false
	}
	if it.hasHM && it.hmIdx != it.b-1 {
		return false
	}
	// the first count's own predicate and nothing else stands between it
	// and "and" ("were killed and"): a count of a sub-group before a verb
	// of the whole ("including four children, died and 45 others") is not
	// the head the second count elides
	if n := it.qa - 1 - x.lastCount.end; n < 1 {
		return false
	}
	metric := false
	k := x.lastCount.end
	for ; k < it.qa-1; k++ {
		if _, ok := x.metricAt(k, s); ok {
			metric = true
			continue
		}
		switch x.ts[k].w {
		case "were", "was", "have", "had", "been", "reportedly":
			continue
		}
		break
	}
	if !metric || k == it.qa-1 {
		return metric
	}
	// "four children were killed while playing outside, and seven more
	// were injured": an adverbial of the first clause (no count, no harm,
	// no group of its own) may stand before ", and" when the first count
	// opens its clause, so no sub-count of a larger one is taken
	return x.ts[it.qa-2].w == "," && x.clauseSubject(x.lastCount.qa, s) && x.plainAdjunct(k, it.qa-2, s)
}

// clauseSubject: does the count at qa open its clause (the sentence, or
// after a comma or "and" that does not bring in a breakdown)?
func (x *extractor) clauseSubject(qa int, s sentence) bool {
	return qa == s.a || qa-1 == s.a && x.ts[s.a].k != kWord
}

// plainAdjunct: tokens a..b-1 hold no number, no word of harm, no noun of
// people and no breakdown word; at most ten of them.
func (x *extractor) plainAdjunct(a, b int, s sentence) bool {
	if b-a > 10 {
		return false
	}
	for k := a; k < b; k++ {
		t := x.ts[k]
		if _, _, _, ok := parseNumber(x.ts[:s.b], k); ok {
			return false
		}
		if _, ok := x.metricAt(k, s); ok {
			return false
		}
		if _, ok := groupWords[t.w]; ok {
			return false
		}
		switch t.w {
		case ",", ";", ":", "including", "among", "and", "but":
			return false
		}
	}
	return true
}
