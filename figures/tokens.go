package figures

import (
	"strings"
	"sync"

	"github.com/idlibwatch/idlibwatch/reading"
)

// kind is the coarse class of a token (reading.Kind).
type kind = reading.Kind

const (
	kWord  = reading.Word
	kNum   = reading.Number // starts with a digit (ASCII, Arabic-Indic or Persian)
	kPunct = reading.Punct  // any other single character
	kQuote = reading.Quote  // a quotation mark
	kNL    = reading.Newline
)

// tok is one token of the text, copied from the article's reading with
// what the figures add (the Arabic stem). Offsets index the original text
// so that quotes and sources keep the article's own spelling.
type tok struct {
	s, e int
	w    string // normalized: lower case, Arabic folded, digits in ASCII
	stem string // Arabic: w without clitics when that form is in the lexicons
	k    kind
	cap  bool // Latin word starting with an upper-case letter
	ar   bool // Arabic script
	abbr bool // word that swallowed a final period (U.S., Feb.)
	inQ  bool // inside quotation marks

	// looked up once here rather than at every window that passes the
	// token (the fields are ordered so that a tok stays 64 bytes)
	pic  bool   // a picture noun (pictured)
	arN  bool   // Arabic: may open a number word (arNumberStart, wordclass_ref_test.go)
	arC  bool   // Arabic word: may open a count (arCountStart, wordclass_ref_test.go)
	mwi  uint16 // 1 + the index of the word's metricWords entry in mwords, or 0 (metricAt)
	cls  wclass // the lexicons w is in (wordClasses), for the tests every token meets
	bare wclass // the lexicons stripWawBa(w) is in: cls but for Arabic words with و or ب
	lk   lclass // the lexicons lookup finds the token in: w, or its Arabic stem
	hy   bool   // w holds a hyphen: the tests for "twenty-one", "mid-July" look only then
}

// plain is the token's word, an Arabic one without a leading و or ب
// (stripWawBa): the form most rules compare with their word lists.
func (t *tok) plain() string {
	if t.ar {
		return stripWawBa(t.w)
	}
	return t.w
}

// normWord is the token fold the lexicons are written in (reading.Fold).
func normWord(s string) string { return reading.Fold(s) }

// readTokens copies the tokens and sentences of the article's reading.
// The copy is cheap next to the reading, and keeps the extractor's own
// token type. The tokens go in buf when it holds them (buf is all zero:
// tokBufs), else in a new slice.
func readTokens(d *reading.Doc, buf []tok) ([]tok, []sentence) {
	arVocabOnce.Do(buildArVocab) // arabic.go and count.go read it too
	mwordOnce.Do(buildMwords)
	var ts []tok
	if n := len(d.Tokens); cap(buf) >= n {
		ts = buf[:n:n] // capped: a slice past the article's end fails as before
	} else {
		ts = make([]tok, n)
	}
	// treated, armed: a token treatedCare or armedTargets reads is
	// there (most articles have none, and neither scans them); treated
	// is 1 + the first "treated"
	treated, armed := 0, false
	for i := range d.Tokens {
		t := &d.Tokens[i]
		// field by field: ts is zeroed, and a whole tok copied in takes
		// the write barrier's slow path while the collector runs
		x := &ts[i]
		x.s, x.e, x.w, x.k = int(t.Start), int(t.End), t.Norm, t.Kind
		x.cap, x.ar, x.abbr, x.inQ = t.Upper, t.Arabic, t.Abbr, t.Quoted
		// one look-up answers every lexicon of wordClasses for t.Norm
		var lx lexEntry
		switch len(t.Norm) {
		case 0: // a line break
			lx = emptyClasses
		case 1: // a mark, a letter, a digit
			lx = byteClasses[t.Norm[0]]
		default:
			lx = classesOf(t.Norm)
		}
		x.cls, x.bare, x.lk = lx.cls, lx.cls, lx.lk
		if lx.ar&aCountWord != 0 {
			x.lk |= lCount
		}
		hy := strings.IndexByte(t.Norm, '-')
		x.hy = hy >= 0
		if lx.cls&cNumberWord == 0 && hy > 0 && isNumberWord(t.Norm) {
			x.cls |= cNumberWord // "twenty-one"
		}
		if t.Kind == kWord {
			x.mwi = lx.mwi // lookup(mwordIndex, ts[i]), for the word itself
			if x.mwi != 0 {
				if treated == 0 && t.Norm == "treated" {
					treated = i + 1
				}
				armed = armed || !t.Arabic && mwords[x.mwi-1].armed
			}
		}
		x.pic = lx.cls&cPicture != 0
		if t.Arabic {
			arabicFacts(x, lx)
		}
	}
	sents := make([]sentence, len(d.Sentences))
	for i, s := range d.Sentences {
		sents[i] = sentence{s.A, s.B}
	}
	if treated > 0 {
		treatedCare(ts, sents, treated-1)
	}
	if armed {
		armedTargets(ts, sents)
	}
	return ts, sents
}

// careWords tell that "treated" is medical care: people treated for
// wounds or symptoms at a hospital are injured ("45 others were treated for
// breathing difficulties", "we treated 30 people", "the number of people
// treated"). Elsewhere "treated" is manner ("treated as suspects",
// "treated them fairly") and counts nothing.
var careWords = map[string]bool{
	"hospital": true, "hospitals": true, "clinic": true, "clinics": true, "medical": true,
	"doctor": true, "doctors": true, "medics": true, "paramedics": true, "nurse": true, "nurses": true,
	"wounds": true, "injuries": true, "burns": true, "breathing": true, "suffocation": true,
	"inhalation": true, "symptoms": true, "shrapnel": true, "fractures": true, "oxygen": true,
	"respiratory": true, "choking": true, "poisoning": true, "exposure": true, "physician": true,
	"physicians": true, "health": true, "ambulance": true, "ambulances": true, "emergency": true,
}

// treatedCare keeps "treated" a word of the injured only in a sentence
// of medical care and not before "as"/"like" or a word of manner. No
// token before from is "treated".
func treatedCare(ts []tok, sents []sentence, from int) {
	for _, s := range sents {
		if s.b <= from {
			continue
		}
		for i := max(s.a, from); i < s.b; i++ {
			if ts[i].w != "treated" || ts[i].mwi == 0 {
				continue
			}
			care := false
			for k := s.a; k < s.b && !care; k++ {
				care = careWords[ts[k].w]
			}
			if i > s.a {
				switch ts[i-1].w {
				case "who", "that", "which":
					care = false // "a doctor who treated the wounded": the carer
				}
			}
			if i+1 < s.b {
				switch ts[i+1].w {
				case "as", "like", "fairly", "well", "badly", "humanely", "harshly", "equally", "differently", "with":
					care = false
				}
			}
			if !care {
				ts[i].mwi = 0
			}
		}
	}
}

// armedTargets keeps a euphemism of harm (mword.armed: "88 regime
// elements were neutralised") a word of harm only when a noun of armed
// men stands within six tokens of it in its sentence: "neutralised the
// mines" counts no one. ("Eliminated" is not read: in the sets it tells
// as often a retaliation the gold calls another incident as the
// article's own.)
func armedTargets(ts []tok, sents []sentence) {
	for _, s := range sents {
		for i := s.a; i < s.b; i++ {
			if ts[i].mwi == 0 || ts[i].ar || !mwords[ts[i].mwi-1].armed {
				continue
			}
			armed := false
			for k := max(s.a, i-6); k < s.b && k <= i+6 && !armed; k++ {
				g, ok := groupWords[ts[k].w]
				armed = ok && !g.sing && (g.g == Combatants || g.g == Troops) // "elements" too (lexicon.go)
			}
			if !armed {
				ts[i].mwi = 0
			}
		}
	}
}

// tokens reads text into tokens (tests).
func tokens(text string) []tok {
	ts, _ := readTokens(reading.Read(text), nil)
	return ts
}

// tokBufs keeps the token slices of articles done, each a *[]tok whose
// every tok is zero: the tokens are a third of the bytes an article
// allocates, and ExtractDoc keeps none of them once it returns.
var tokBufs sync.Pool

// getToks is a token buffer from tokBufs, or an empty one.
func getToks() *[]tok {
	if b, ok := tokBufs.Get().(*[]tok); ok {
		return b
	}
	return new([]tok)
}

// putToks zeroes ts, the tokens read into *b (or into a slice of their
// own when *b could not hold them), and gives the larger slice back to
// tokBufs.
func putToks(b *[]tok, ts []tok) {
	clear(ts)
	if cap(ts) > cap(*b) {
		*b = ts[:cap(ts)]
	}
	tokBufs.Put(b)
}

// lookup finds a token's normalized form in m (Arabic clitics allowed).
func lookup[V any](m map[string]V, t tok) (V, bool) {
	v, ok := m[t.w]
	if !ok && t.ar && t.stem != t.w {
		v, ok = m[t.stem]
	}
	return v, ok
}

// mwords are the entries of metricWords, mwordIndex their words: a token
// keeps a small index rather than a copy of its entry. Built on first use,
// after every init has added its words.
var (
	mwords     []mword
	mwordIndex = map[string]uint16{}
	mwordOnce  sync.Once
)

func buildMwords() {
	arVocabOnce.Do(buildArVocab) // buildWordClasses reads it
	for w, mw := range metricWords {
		mwords = append(mwords, mw)
		mwordIndex[w] = uint16(len(mwords))
	}
	buildWordClasses()
}

// wclass is a set of lexicons a token's normal form is in. The sentence
// loop asks several lexicons about every token (may it open a count, is it
// a role noun, a verb of an individual's death, a verb of speech), and the
// windows around each figure ask again about the same tokens: each ask
// hashed the word, as did the per-sentence scans for event, strike and
// period words. readTokens now asks wordClasses once per token and the
// callers test a bit. A bit answers for the exact word t.w only, never for
// its stem, as the map look-ups it replaces did.
type wclass uint16

const (
	cCountStarter wclass = 1 << iota // countStarters[w]
	cNumberWord                      // isNumberWord(w)
	cRoleNoun                        // groupWords[w] is a single named target: role and sing (role)
	cIndivVerb                       // w is a key of indivVerbs
	cSpeech                          // speechVerbs[w]
	cPicture                         // pictureNouns[w]

	// the per-sentence scans of incident.go and dates.go
	cStrikeKind   // strikeKindWords[w]
	cFightingKind // fightingKindWords[w]
	cEvent        // eventWords[w]
	cArEvent      // arEventWords[w]
	cIncidentVerb // incidentVerbs[w]
	cDisaster     // disasterWords[w]
	cPeriod       // periodNouns[w]
	cNumberVerb   // numberVerbs[w]: collectAttrs asks it of every English word
	cArSafe       // arSafeWords[w]; of a token's bare, arSafeWords[stripWawBa(w)] (arUnharmed)
	cArDenial     // arDenial[w]; of a token's bare, arDenial[stripWawBa(w)] (negation)
)

// lclass is a set of lexicons lookup(m, t) finds a token in: its word or
// its Arabic stem (arabicFacts adds the stem's). The speech frames ask
// them of every Arabic word.
type lclass uint8

const (
	lArSpeech    lclass = 1 << iota // a key of arSpeechVerbs
	lArAccording                    // a key of arAccording
	lCount                          // a key of qualIndex or vagueIndex (candidates): w, or an Arabic word's bare form or stem
)

// in: does lookup find the token in one of the lexicons of c?
func (t *tok) in(c lclass) bool { return t.lk&c != 0 }

// is: is the token's word in one of the lexicons of c?
func (t *tok) is(c wclass) bool { return t.cls&c != 0 }

// arClass is a set of lexicons that readTokens asks about the Arabic
// forms of a token (arabicFacts): it is not kept on the token.
type arClass uint8

const (
	aNum       arClass = 1 << iota // a key of arUnits, arTens or arHundreds (arNumberStart)
	aOne                           // أحد, إحدى (arNumberStart)
	aGroup                         // a key of groupWords (arCountStart)
	aOrdinal                       // ordinalWords[w]
	aCountWord                     // a key of qualIndex or vagueIndex: opens a qualifier or a vague count
	aVocab                         // arVocab[w] (arStem)
	aSegVocab                      // arSegVocab[w] (arStem)
)

// lexEntry is what wordClasses knows of a word: its classes and its
// metricWords entry (mwordIndex), so that the token's mwi takes no second
// look-up.
type lexEntry struct {
	cls wclass
	lk  lclass // of the word itself
	ar  arClass
	mwi uint16
}

// numberFilter lets through the words of cNumberWord (isNumberWord); it
// is built from the class bit (buildWordClasses), so the two cannot part.
var numberFilter reading.WordFilter

// wordClasses holds every word of the lexicons of wclass and of
// metricWords; built with mwords, after every init has added its words.
// byteClasses and emptyClasses hold its entries for the words of one byte
// and none, which readTokens reads without hashing.
var (
	wordClasses  = map[string]lexEntry{}
	byteClasses  [256]lexEntry
	emptyClasses lexEntry
)

func buildWordClasses() {
	add := func(w string, c wclass) {
		e := wordClasses[w]
		e.cls |= c
		wordClasses[w] = e
	}
	addAr := func(w string, a arClass) {
		e := wordClasses[w]
		e.ar |= a
		wordClasses[w] = e
	}
	for w, ok := range countStarters {
		if ok {
			add(w, cCountStarter)
		}
	}
	add("and", cNumberWord) // isNumberWord
	for _, m := range [...]map[string]int{enUnits, enTens, enScales} {
		for w := range m {
			add(w, cNumberWord)
		}
	}
	for w, g := range groupWords {
		if g.role && g.sing {
			add(w, cRoleNoun)
		}
	}
	for w := range indivVerbs {
		add(w, cIndivVerb)
	}
	for w, ok := range speechVerbs {
		if ok {
			add(w, cSpeech)
		}
	}
	for w, ok := range pictureNouns {
		if ok {
			add(w, cPicture)
		}
	}
	for _, m := range [...]map[string]int{arUnits, arTens, arHundreds} {
		for w := range m {
			addAr(w, aNum)
		}
	}
	addAr("احد", aOne)
	addAr("احدي", aOne)
	for w := range groupWords {
		addAr(w, aGroup)
	}
	for w, ok := range ordinalWords {
		if ok {
			addAr(w, aOrdinal)
		}
	}
	for _, index := range [...]map[string][]int{qualIndex, vagueIndex} {
		for w := range index {
			addAr(w, aCountWord)
		}
	}
	for _, l := range [...]struct {
		m map[string]bool
		c wclass
	}{
		{strikeKindWords, cStrikeKind}, {fightingKindWords, cFightingKind}, {eventWords, cEvent},
		{arEventWords, cArEvent}, {incidentVerbs, cIncidentVerb}, {disasterWords, cDisaster}, {periodNouns, cPeriod},
		{numberVerbs, cNumberVerb}, {arSafeWords, cArSafe}, {arDenial, cArDenial},
	} {
		for w, ok := range l.m {
			if ok {
				add(w, l.c)
			}
		}
	}
	for _, l := range [...]struct {
		m map[string]bool
		c lclass
	}{{arSpeechVerbs, lArSpeech}, {arAccording, lArAccording}} {
		for w := range l.m {
			e := wordClasses[w]
			e.lk |= l.c // a key, whatever its value: lookup's ok
			wordClasses[w] = e
		}
	}
	for _, l := range [...]struct {
		m map[string]bool
		a arClass
	}{{arVocab, aVocab}, {arSegVocab, aSegVocab}} {
		for w, ok := range l.m {
			if ok {
				addAr(w, l.a)
			}
		}
	}
	for w, i := range mwordIndex {
		e := wordClasses[w]
		e.mwi = i
		wordClasses[w] = e
	}
	for c := range byteClasses {
		byteClasses[c] = wordClasses[string([]byte{byte(c)})]
	}
	emptyClasses = wordClasses[""]
	for w, e := range wordClasses {
		if w == "" {
			continue
		}
		b := classBit(w)
		classFilter[b/64] |= 1 << (b % 64)
		if e.cls&cNumberWord != 0 {
			numberFilter.Add(w)
		}
	}
}

// classFilter lets through the words of wordClasses: one bit for each
// key, hashed from its length and its first, middle and last bytes
// (classBit). Most words of a text are in no lexicon, and the filter
// tells most of them so in a few instructions where the map hashes the
// word.
var classFilter [8192 / 64]uint64

// classBit is a word's bit in classFilter; w is not empty.
func classBit(w string) uint32 {
	n := len(w)
	x := uint32(n)*0x9E3779B1 ^ uint32(w[0])*0x85EBCA6B ^ uint32(w[n/2])*0x27D4EB2F ^ uint32(w[n-1])*0xC2B2AE35
	return x >> 19 // 13 bits
}

// classesOf is wordClasses[w], asked of classFilter first (after
// buildWordClasses).
func classesOf(w string) lexEntry {
	if w == "" {
		return emptyClasses
	}
	if b := classBit(w); classFilter[b/64]>>(b%64)&1 == 0 {
		return lexEntry{}
	}
	return wordClasses[w]
}

// arVocab holds every Arabic word of the lexicons, so that a token's
// clitics are stripped once, at tokenization, rather than at each lookup;
// arSegVocab (arabic_morph.go) those of them a possessive suffix may be
// stripped to. Both are built once, on first use (readTokens):
// after every init has added its words, whatever the order of the files.
var (
	arVocab     = map[string]bool{}
	arVocabOnce sync.Once
)

func buildArVocab() {
	add := func(keys []string, seg bool) {
		for _, k := range keys {
			if k != "" && k[0] >= 0x80 {
				arVocab[k] = true
				arSegVocab[k] = arSegVocab[k] || seg
			}
		}
	}
	add(keysOf(metricWords), true)
	add(keysOf(groupWords), true)
	add(keysOf(arActors), false)
	add(keysOf(arCurrent), false)
	add(keysOf(arSpeechVerbs), false)
	add(keysOf(arAccording), false)
	add(keysOf(negHeads), false)
	add(keysOf(arNegFillers), false)
	add(keysOf(arDenial), false)
	add(keysOf(subMarkers), false) // بينهم is a word of its own, not بين with a suffix
	for _, q := range qualifiers {
		add(q.words[:1], false)
	}
	for w := range arVocab {
		if !arSpeechVerbs[w] && !arAccording[w] {
			arSegVocab[w] = true // not verbs of speech: التابعة is not تابع with a suffix
		}
	}
}

func keysOf[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// arStemOf is arStem (the rule as wordclass_ref_test.go states it) for
// the word w whose wordClasses entry is lx, with
// arVocab and arSegVocab asked of wordClasses: the stem and its entry,
// so that the token's first look-up answers for a word of the lexicons and
// a stem found by its prefix is looked up once.
func arStemOf(w string, lx lexEntry) (string, lexEntry) {
	if lx.ar&aVocab != 0 {
		return w, lx
	}
	stem, se := "", lexEntry{}
	reading.Stems(w, false, func(st string, article bool) bool {
		e := classesOf(st)
		if e.ar&aVocab == 0 || article && e.ar&aSegVocab == 0 {
			return true // a verb takes no article: التابع is not تابع
		}
		stem, se = st, e
		return false
	})
	if stem != "" {
		return stem, se
	}
	if r, ok := arSegment(w); ok {
		return r, classesOf(r)
	}
	reading.Stems(w, false, func(st string, article bool) bool {
		if len(st) <= 6 || article {
			return true
		}
		r, ok := arSegment(st)
		stem = r
		return !ok
	})
	if stem != "" {
		return stem, classesOf(stem)
	}
	return w, lx
}

// arabicFacts fills in what the Arabic token t needs besides its word's
// classes lx: its stem, its metricWords entry by the stem, whether it names
// a picture without و or ب, and whether it may open a number or a count.
// Each form of the word (as written, without و/ب, the stem) is looked up
// once in wordClasses, where arNumberStart and arCountStart ask up to a
// dozen maps (TestWordClasses holds the answers equal).
func arabicFacts(t *tok, lx lexEntry) {
	w := t.w
	var stem lexEntry // the classes of t.stem
	t.stem, stem = arStemOf(w, lx)
	bare, num := lx, lx // the classes of stripWawBa(w), arNumStem(w)
	if t.stem != w {
		t.lk |= stem.lk // lookup(m, t): the stem's too
	}
	if b := stripWawBa(w); b != w {
		bare = classesOf(b)
		t.pic = bare.cls&cPicture != 0
		t.bare = bare.cls
	}
	if n := arNumStem(w); n == t.stem {
		num = stem
	} else if n != w {
		num = classesOf(n)
	}
	t.arN = (lx.ar|num.ar)&aNum != 0 || num.ar&aOne != 0
	if (bare.ar|stem.ar)&aCountWord != 0 {
		t.lk |= lCount
	}
	if t.k != kWord {
		return
	}
	if t.mwi == 0 {
		t.mwi = stem.mwi // lookup(mwordIndex, t): else the stem
	}
	t.arC = t.arN || t.mwi > 0 || (lx.ar|stem.ar)&aGroup != 0 || lx.ar&aOrdinal != 0 ||
		(lx.ar|bare.ar|stem.ar)&aCountWord != 0
}
