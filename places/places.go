// Package places knows the places of Idlib governorate (and a few just
// outside it that Idlib news names) in their English spellings and their
// Arabic names, and finds them in text. It is pure: no I/O, no clock.
package places

import (
	"strings"
	"unicode/utf8"

	"github.com/idlibwatch/idlibwatch/reading"
	"github.com/idlibwatch/idlibwatch/textnorm"
)

// Kind is what sort of place a Place is.
type Kind string

const (
	City     Kind = "city"
	Town     Kind = "town"
	Village  Kind = "village"
	Region   Kind = "region"   // a mountain, a plain
	Crossing Kind = "crossing" // a border crossing
)

// Place is one place of the gazetteer.
type Place struct {
	Name        string // canonical English name: "Atmeh"
	Arabic      string // Arabic name: "أطمة"
	Governorate string // "Idlib" unless said otherwise
	District    string // the district (mintaqa) within Idlib governorate, when known
	Kind        Kind
	Names       []string // other English spellings; "^" first: only when capitalized
	Outside     bool     // beyond the gazetteer: named only to place reports from elsewhere
}

// Match is a place named in a text.
type Match struct {
	Place      Place
	Start, End int    // byte span in the text
	Text       string // the text as written: "Jisr al-Shughour", "بإدلب"
}

// entry is what a matching key leads to.
type entry struct {
	place     int // index in the index's places
	maxTokens int // the most tokens of a spelling with this key
	cased     bool
	// bare: the key is only the Arabic name with its article dropped
	// (رقه for الرقة): after a clitic, a short one is most often a word
	bare bool
}

// index maps the folded key of every spelling to its place.
type index struct {
	places    []Place
	keys      map[string]entry
	maxTokens int
	// trie holds the keys byte by byte: a window of words is folded into
	// it as it is read, and most windows leave it after a letter or two.
	trie []trieNode
	root [256]int32 // the children of trie[0] by byte, -1 for none
	// live2 has bit b0<<8|b1 set when a key starts with what a word
	// opening with the bytes b0 b1 folds to: most words leave the trie
	// there, and longest tells them at a look.
	live2 [1 << 16 / 64]uint64
}

// setLive2 fills live2 from the trie.
func (ix *index) setLive2() {
	for b0 := range 256 {
		f := folder{ix: ix}
		if !f.add(byte(b0)) {
			continue
		}
		for b1 := range 256 {
			if g := f; g.add(byte(b1)) {
				k := b0<<8 | b1
				ix.live2[k/64] |= 1 << (k % 64)
			}
		}
	}
}

// trieNode is a prefix of a key: the bytes that go on from it (label)
// and the nodes they lead to, and the key it is, if any.
type trieNode struct {
	label string
	next  []int32
	key   bool
	e     entry
}

// child is the node that b leads to from node n, or -1. The root, which
// every word starts at, has a table of its own; most other nodes have a
// child or two.
func (ix *index) child(n int32, b byte) int32 {
	if n == 0 {
		return ix.root[b]
	}
	nd := &ix.trie[n]
	for i := 0; i < len(nd.label); i++ {
		if nd.label[i] == b {
			return nd.next[i]
		}
	}
	return -1
}

// addKey adds key to the trie.
func (ix *index) addKey(key string, e entry) {
	n := int32(0)
	for i := 0; i < len(key); i++ {
		c := ix.child(n, key[i])
		if c < 0 {
			c = int32(len(ix.trie))
			ix.trie = append(ix.trie, trieNode{})
			ix.trie[n].label += key[i : i+1]
			ix.trie[n].next = append(ix.trie[n].next, c)
			if n == 0 {
				ix.root[key[i]] = c
			}
		}
		n = c
	}
	ix.trie[n].key, ix.trie[n].e = true, e
}

var idx = buildIndex(gazetteer)

// idxAll indexes the gazetteer and the places beyond it together.
var idxAll = buildIndex(append(append([]Place(nil), gazetteer...), elsewhere...))

func init() {
	for _, ix := range []*index{idx, idxAll} {
		for i := range ix.places {
			if ix.places[i].Governorate == "" {
				ix.places[i].Governorate = "Idlib"
			}
		}
	}
}

func buildIndex(gaz []Place) *index {
	ix := &index{places: gaz, keys: map[string]entry{}, trie: []trieNode{{}}}
	for b := range ix.root {
		ix.root[b] = -1
	}
	for i, p := range gaz {
		names := append([]string{p.Name, p.Arabic}, p.Names...)
		spelled := len(names)
		if strings.HasPrefix(p.Arabic, "ال") {
			// Arabic writers drop the article as often as not: الدانا, دانا.
			names = append(names, strings.TrimPrefix(p.Arabic, "ال"))
		}
		for ni, n := range names {
			cased := strings.HasPrefix(n, "^")
			n = strings.TrimPrefix(n, "^")
			if n == "" {
				continue
			}
			toks := textnorm.Tokens(n)
			words := make([]string, len(toks))
			for j, t := range toks {
				words[j] = t.Norm
			}
			key := fold(words)
			e, ok := ix.keys[key]
			if !ok {
				e = entry{place: i, bare: ni >= spelled}
			} else if e.place != i {
				panic("places: spelling " + n + " of " + p.Name + " is also one of " + gaz[e.place].Name)
			}
			e.cased = e.cased || cased       // one spelling marked ambiguous marks the key
			e.bare = e.bare && ni >= spelled // a spelling of its own is read with clitics too
			e.maxTokens = max(e.maxTokens, len(toks))
			ix.keys[key] = e
			ix.maxTokens = max(ix.maxTokens, len(toks))
		}
	}
	for key, e := range ix.keys {
		ix.addKey(key, e)
	}
	ix.setLive2()
	return ix
}

// All returns every place of the gazetteer.
func All() []Place {
	out := make([]Place, len(gazetteer))
	copy(out, gazetteer)
	return out
}

// Lookup finds a place by any of its spellings, English or Arabic, in the
// gazetteer or among the places beyond it. A canonical name is found
// without folding: matching looks places up by name for every candidate.
func Lookup(name string) (Place, bool) {
	if i, ok := byName[name]; ok {
		return idxAll.places[i], true
	}
	return idxAll.lookup(name)
}

var byName = func() map[string]int {
	m := map[string]int{}
	for i, p := range idxAll.places {
		m[p.Name] = i
	}
	return m
}()

func (ix *index) lookup(name string) (Place, bool) {
	toks := textnorm.Tokens(strings.TrimPrefix(name, "^"))
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Norm
	}
	e, ok := ix.keys[fold(words)]
	if !ok {
		if len(toks) == 1 && toks[0].Arabic {
			reading.Stems(toks[0].Norm, true, func(s string, _ bool) bool {
				e, ok = ix.keys[s]
				return !ok
			})
		}
		if !ok {
			return Place{}, false
		}
	}
	return ix.places[e.place], true
}

// Find returns the places named in text, in order, longest spelling first
// where two overlap ("Jisr al-Shughur", not a shorter name inside it). It
// matches whole words only: "Dana" is not found in "Danang". The cost is
// linear in the length of the text.
func Find(text string) []Match { return idx.all(text, textnorm.Tokens(text)) }

// Mentions reports whether text names any place of the gazetteer.
func Mentions(text string) bool {
	found := false
	idx.scan(text, func(Match) bool {
		found = true
		return false
	})
	return found
}

// FindAll is Find over the gazetteer and the places beyond it (Aleppo
// countryside, the rest of Syria, the region's other wars), so that a report
// from elsewhere is placed where it happened. Outside places have
// Outside set.
func FindAll(text string) []Match { return idxAll.all(text, textnorm.Tokens(text)) }

// FindWords is Find over the words of a text already read
// (reading.Doc.MatchWords), with their spans in text.
func FindWords(text string, toks []textnorm.Token) []Match { return idx.all(text, toks) }

// FindAllWords is FindAll over the words of a text already read
// (reading.Doc.MatchWords), with their spans in text.
func FindAllWords(text string, toks []textnorm.Token) []Match { return idxAll.all(text, toks) }

// all returns every place named in toks, the words of text.
func (idx *index) all(text string, toks []textnorm.Token) []Match {
	var out []Match
	idx.scanWords(text, toks, func(m Match) bool {
		out = append(out, m)
		return true
	})
	return out
}

// scan calls yield with each place named in text until it returns false.
func (idx *index) scan(text string, yield func(Match) bool) {
	idx.scanWords(text, textnorm.Tokens(text), yield)
}

func (idx *index) scanWords(text string, toks []textnorm.Token, yield func(Match) bool) {
	for i := 0; i < len(toks); {
		n, found := idx.longest(toks[i:], toks[i].Norm)
		if toks[i].Arabic && n == 0 {
			// A conjunction or preposition written onto the name: وإدلب, بسرمدا, للدانا.
			reading.Stems(toks[i].Norm, true, func(s string, _ bool) bool {
				n, found = idx.longest(toks[i:], s)
				if n > 0 && found.bare && (utf8.RuneCountInString(s) < 4 || strings.HasPrefix(toks[i].Norm, "ف")) {
					// a short name without its article, after a clitic,
					// is most often a word: فرقه (its teams), ورقه (a
					// sheet) are not الرقة; ف is rarely written onto a
					// name. "ودانا" in a list is Dana.
					n = 0
				}
				return n == 0
			})
		}
		if n == 0 {
			i++
			continue
		}
		start, end := toks[i].Start, toks[i+n-1].End
		if !yield(Match{Place: idx.places[found.place], Start: start, End: end, Text: text[start:end]}) {
			return
		}
		i += n
	}
}

// opensAny: does a spelling open at any of toks, or at a stem of an
// Arabic one, as scanWords tries them? When not, scanWords finds nothing
// in toks. (scanWords passes over the words inside a match, and turns
// down some names after a clitic: opensAny says true of those too.)
func (idx *index) opensAny(toks []textnorm.Token) bool {
	for i := range toks {
		if n, _ := idx.longest(toks[i:], toks[i].Norm); n > 0 {
			return true
		}
		if !toks[i].Arabic {
			continue
		}
		found := false
		reading.Stems(toks[i].Norm, true, func(s string, _ bool) bool {
			n, _ := idx.longest(toks[i:], s)
			found = n > 0
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// longest finds the longest spelling that starts toks, the first token
// read as first. It returns the number of tokens matched, 0 for none. The
// words are folded (fold) into the trie byte by byte as they are read.
func (ix *index) longest(toks []textnorm.Token, first string) (n int, found entry) {
	if len(first) >= 2 {
		if k := int(first[0])<<8 | int(first[1]); ix.live2[k/64]&(1<<(k%64)) == 0 {
			return 0, entry{} // no key starts so: the first two bytes tell
		}
	}
	f := folder{ix: ix}
	for w := 1; w <= min(ix.maxTokens, len(toks)); w++ {
		word := first
		if w > 1 {
			word = toks[w-1].Norm
		}
		for i := 0; i < len(word); i++ {
			if !f.add(word[i]) {
				return n, found // no key starts so
			}
		}
		if k := f.end(); k >= 0 {
			if e := ix.trie[k].e; ix.trie[k].key && w <= e.maxTokens && (!e.cased || toks[0].Upper) {
				n, found = w, e
			}
		}
	}
	return n, found
}

// folder folds the bytes of a window as fold does, one at a time, and
// follows them in the trie.
type folder struct {
	ix      *index
	node    int32
	last    byte // the last byte written
	pending byte // an 'e' or 'o' that the next byte may join ("ee", "ou", "oo")
}

// add reads the next byte of the window. It returns false when no key
// starts with what is written.
func (f *folder) add(b byte) bool {
	if p := f.pending; p != 0 {
		f.pending = 0
		switch {
		case p == 'e' && b == 'e':
			return f.write('i')
		case p == 'o' && (b == 'u' || b == 'o'):
			return f.write('u')
		}
		if !f.write(p) {
			return false
		}
	}
	if b == 'e' || b == 'o' {
		f.pending = b
		return true
	}
	return f.write(b)
}

// write writes a folded byte: a Latin letter doubled is written once.
func (f *folder) write(c byte) bool {
	if c == f.last && c >= 'a' && c <= 'z' {
		return true
	}
	f.node = f.ix.child(f.node, c)
	f.last = c
	return f.node >= 0
}

// end is the node of the window read so far as a whole, its pending
// letter written, or -1.
func (f folder) end() int32 {
	if f.pending != 0 && !f.write(f.pending) {
		return -1
	}
	return f.node
}
