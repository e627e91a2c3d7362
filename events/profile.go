package events

import (
	"time"

	"github.com/idlibwatch/idlibwatch/places"
)

// Profile is what an article says about the incident it reports, as far as
// matching it to an event needs: when, where, what, who, and its wording.
type Profile struct {
	Dating
	Place  string   // the most specific place named most often ("Atmeh"); "" if none
	Places []string // every place named outside recollections, canonical, in order of first mention
	Kind   Kind
	Actors []string // most named first
	Terms  []Term   // the article's most frequent content words
	Sketch Sketch   // for syndication: a MinHash of the text's word shingles
}

// Perpetrator is the state actor the article names most, "" if none.
func (p Profile) Perpetrator() string { return Perpetrator(p.Actors) }

// articleTerms is how many words of an article are kept for similarity.
const articleTerms = 40

// Analyze profiles an article from its title and text against its
// publication date (zero when unknown).
func Analyze(title, text string, published time.Time) Profile {
	full := text
	if title != "" && !startsWith(text, title) {
		full = title + "\n" + text
	}
	sents := prepare(full)
	p := Profile{Dating: resolveDate(sents, published)}
	ref := p.Day
	if ref.IsZero() {
		ref = midnight(published)
	}

	kinds := map[Kind]float64{}
	actors := map[string]float64{}
	placeCount := map[string]float64{}
	broad := map[string]bool{}
	var allWords []string
	for i, s := range sents {
		toks := s.toks
		for _, t := range toks {
			allWords = append(allWords, t.w)
		}
		// A recollection ("the largest raid since the 2019 assault in Barisha")
		// says nothing of where or what this incident is.
		if isRecall(toks, s.cues, ref) {
			continue
		}
		w := 1.0
		if i < 3 {
			w = 2 // the headline and lead say what the story is about
		}
		kindCounts(kinds, toks, w)
		actorCounts(actors, toks, w)
		for _, m := range places.Find(s.text) {
			name := m.Place.Name
			if _, seen := placeCount[name]; !seen {
				p.Places = append(p.Places, name)
			}
			placeCount[name] += w
			broad[name] = isBroad(m.Place)
		}
	}
	p.Kind = bestKind(kinds)
	p.Actors = rankActors(actors)
	p.Place = primaryPlace(p.Places, placeCount, broad)
	p.Terms = topTerms(allWords, articleTerms)
	p.Sketch = sketch(allWords)
	return p
}

func startsWith(s, prefix string) bool { return len(s) >= len(prefix) && s[:len(prefix)] == prefix }

// isBroad reports a place that covers many incidents: a governorate seat
// named like its governorate ("Idlib" is the city and the province) or a
// region (a plain, a mountain).
func isBroad(p places.Place) bool {
	return p.Kind == places.Region || p.Name == p.Governorate
}

// primaryPlace picks the place an article is about: the most named of its
// specific places, else the most named broad one. Ties go to the first named.
func primaryPlace(order []string, count map[string]float64, broad map[string]bool) string {
	best := ""
	for _, specific := range []bool{true, false} {
		for _, name := range order {
			if broad[name] == specific {
				continue
			}
			if best == "" || count[name] > count[best] {
				best = name
			}
		}
		if best != "" {
			return best
		}
	}
	return best
}

// IsBroadPlace reports whether a canonical place name is a broad one (see
// isBroad); unknown names are not.
func IsBroadPlace(name string) bool {
	p, ok := places.Lookup(name)
	return ok && isBroad(p)
}
