package figures

import (
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
	k    kind
	cap  bool   // Latin word starting with an upper-case letter
	ar   bool   // Arabic script
	abbr bool   // word that swallowed a final period (U.S., Feb.)
	inQ  bool   // inside quotation marks
	stem string // Arabic: w without clitics when that form is in the lexicons

	// looked up once here rather than at every window that passes the token
	mwi uint16 // 1 + the index of the word's metricWords entry in mwords, or 0 (metricAt)
	pic bool   // a picture noun (pictured)
	arN bool   // Arabic: may open a number word (arNumberStart)
	arC bool   // Arabic word: may open a count (arCountStart)
}

// normWord is the token fold the lexicons are written in (reading.Fold).
func normWord(s string) string { return reading.Fold(s) }

// readTokens copies the tokens and sentences of the article's reading.
// The copy is cheap next to the reading, and keeps the extractor's own
// token type.
func readTokens(d *reading.Doc) ([]tok, []sentence) {
	arVocabOnce.Do(buildArVocab) // arabic.go and count.go read it too
	mwordOnce.Do(buildMwords)
	ts := make([]tok, len(d.Tokens))
	for i, t := range d.Tokens {
		ts[i] = tok{s: t.Start, e: t.End, w: t.Norm, k: t.Kind, cap: t.Upper, ar: t.Arabic, abbr: t.Abbr, inQ: t.Quoted}
		if t.Arabic {
			ts[i].stem = arStem(t.Norm)
			ts[i].arN = arNumberStart(t.Norm)
		}
		if t.Kind == kWord {
			ts[i].mwi, _ = lookup(mwordIndex, ts[i])
		}
		w := t.Norm
		if t.Arabic {
			w = stripWawBa(w)
		}
		ts[i].pic = pictureNouns[w]
		if t.Arabic && t.Kind == kWord {
			ts[i].arC = arCountStart(ts[i])
		}
	}
	sents := make([]sentence, len(d.Sentences))
	for i, s := range d.Sentences {
		sents[i] = sentence{s.A, s.B}
	}
	return ts, sents
}

// tokens reads text into tokens (tests).
func tokens(text string) []tok {
	ts, _ := readTokens(reading.Read(text))
	return ts
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
	for w, mw := range metricWords {
		mwords = append(mwords, mw)
		mwordIndex[w] = uint16(len(mwords))
	}
}

// arVocab holds every Arabic word of the lexicons, so that a token's
// clitics are stripped once, at tokenization, rather than at each lookup;
// arSegVocab (arabic_morph.go) those of them a possessive suffix may be
// stripped to. Both are built once, on first use (readTokens, arStem):
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

// arStem strips the longest clitic prefix (reading.Stems), and then a
// possessive suffix, that leaves a lexicon word.
func arStem(w string) string {
	arVocabOnce.Do(buildArVocab)
	if arVocab[w] {
		return w
	}
	stem := ""
	reading.Stems(w, false, func(st string, article bool) bool {
		if !arVocab[st] || article && !arSegVocab[st] {
			return true // a verb takes no article: التابع is not تابع
		}
		stem = st
		return false
	})
	if stem != "" {
		return stem
	}
	// a possessive or object suffix, with or without a prefix (arabic_morph.go)
	if r, ok := arSegment(w); ok {
		return r
	}
	reading.Stems(w, false, func(st string, article bool) bool {
		if len(st) <= 6 || article {
			return true // a noun with the article takes no possessive: المدرسة is not مدرس+ه
		}
		r, ok := arSegment(st)
		stem = r
		return !ok
	})
	if stem != "" {
		return stem
	}
	return w
}

// arCountStart: can parseItem read a count from the Arabic word t: a
// qualifier, a number word, an ordinal, a vague count, a counted noun or a
// metric noun (a dual)? Other words open none, and quantity skips them.
func arCountStart(t tok) bool {
	in := func(index map[string][]int) bool {
		_, ok := index[t.w]
		if !ok {
			_, ok = index[stripWawBa(t.w)]
		}
		if !ok {
			_, ok = index[t.stem]
		}
		return ok
	}
	_, group := lookup(groupWords, t)
	return t.arN || t.mwi > 0 || group || ordinalWords[t.w] || in(qualIndex) || in(vagueIndex)
}
