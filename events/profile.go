package events

import (
	"slices"
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/places"
	"github.com/idlibwatch/idlibwatch/reading"
)

// Profile is what an article says about the incident it reports, as far as
// matching it to an event needs: when, where, what, who, and its wording.
type Profile struct {
	Dating
	Place  string   // the most specific place named most often ("Atmeh"); "" if none
	Places []string // every place named outside recollections, canonical, in order of first mention
	// Towns are the specific places of Places (not a governorate, a region
	// or a district named as such: "Harem district", "ريف أريحا"), most
	// named first.
	Towns []string
	// Areas are the governorates (or countries) of Places.
	Areas []string
	// Roundup marks a report of several incidents in several towns ("strikes
	// on Sarmin, Dana and Ariha").
	Roundup bool
	// RefersBack marks wording that names an earlier incident rather than
	// a new one: "the raid that killed", "weeks after", "confirmed the death".
	RefersBack bool
	// Years are the years the text names anywhere; they tell, for a report
	// without a date, which year's events it may be about.
	Years  []int
	Kind   Kind
	Actors []string // most named first
	Names  []string // consonant skeletons of people's names ("krs" for al-Qurashi, القرشي)
	Terms  []Term   // the article's most frequent content words
	Sketch Sketch   // for syndication: a MinHash of the text's word shingles
	// Tallies are the report's own figures, set by the caller once they
	// are extracted (Analyze reads no figures).
	Tallies []Tally
	// TextDate is TextDate of the text alone (not the title): the first full
	// date it states, read from the same sentences as the rest.
	TextDate time.Time
}

// Perpetrator is the state actor the article names most, "" if none.
func (p Profile) Perpetrator() string { return Perpetrator(p.Actors) }

// articleTerms is how many words of an article are kept for similarity.
const articleTerms = 40

// Analyze profiles an article from its title and text against its
// publication date (zero when unknown).
func Analyze(title, text string, published time.Time) Profile {
	return AnalyzeDoc(title, reading.Read(text), published)
}

// AnalyzeDoc is Analyze over an article's text already read: the reading
// the pipeline shares with figures.
func AnalyzeDoc(title string, d *reading.Doc, published time.Time) Profile {
	sents, head := prepare(d), 0
	if title != "" && !strings.HasPrefix(d.Text, title) {
		// The headline's sentences come first (a text that repeats it as its
		// first line has them already).
		ts := prepare(reading.Read(title))
		sents, head = append(ts, sents...), len(ts)
	}
	p := Profile{Dating: resolveDate(sents, published), TextDate: textDate(sents[min(head, len(sents)):])}
	ref := p.Day
	if ref.IsZero() {
		ref = midnight(published)
	}

	kinds := map[Kind]float64{}
	actors := map[string]float64{}
	placeCount := map[string]float64{}
	townCount := map[string]float64{}
	broad := map[string]bool{}
	outside := map[string]bool{}
	var allWords, ownWords []string
	for i, s := range sents {
		toks := s.toks
		shared := boilerplate.any(toks)
		// Copies are told by their own words: background paragraphs that
		// an outlet appends to every report would make all its reports
		// look alike.
		if !shared {
			for _, t := range toks {
				allWords = append(allWords, t.w)
			}
		}
		// A recollection ("the largest raid since the 2019 assault in Barisha")
		// says nothing of where or what this incident is.
		if isRecall(toks, s.cues, ref) {
			continue
		}
		// Background many articles share (the war's toll, the ceasefire,
		// "read also" links) says nothing of which incident this is, nor
		// where it was.
		if shared {
			continue
		}
		for _, t := range toks {
			ownWords = append(ownWords, t.w)
		}
		w := 1.0
		if i < 3 {
			w = 2 // the headline and lead say what the story is about
		}
		kindCounts(kinds, toks, w)
		actorCounts(actors, toks, w)
		for _, n := range findNames(toks) {
			if !slices.Contains(p.Names, n) {
				p.Names = append(p.Names, n)
			}
		}
		// Past the lead, a place is the incident's only in a sentence that
		// tells the incident (what happened, to whom, when); elsewhere it is
		// background ("Damascus condemned the US presence") unless the
		// incident's sentences named it already.
		tells := i < 3 || tellsIncident(s)
		for _, m := range places.FindAllWords(s.src, s.words) {
			name := m.Place.Name
			if _, seen := placeCount[name]; !seen && !tells {
				continue
			}
			// Nor does a report whose incident is inside the gazetteer's
			// area take a place beyond it from past its lead ("strikes in
			// South Lebanon" in a sidebar).
			if _, seen := placeCount[name]; !seen && i >= 3 && m.Place.Outside && insideOnly(placeCount, outside) {
				continue
			}
			if _, seen := placeCount[name]; !seen {
				p.Places = append(p.Places, name)
				if !slices.Contains(p.Areas, m.Place.Governorate) {
					p.Areas = append(p.Areas, m.Place.Governorate)
				}
			}
			placeCount[name] += w
			b := isBroad(m.Place)
			broad[name] = b
			outside[name] = m.Place.Outside
			if !b && !districtMention(s.text, toks, m) {
				townCount[name] += w
			}
		}
	}
	p.Kind = bestKind(kinds)
	p.Actors = rankActors(actors)
	// An article about Idlib that mentions a town elsewhere ("a market in
	// al-Bab was hit too") is still about Idlib.
	var in, out float64
	for name, c := range placeCount {
		if outside[name] {
			out += c
		} else {
			in += c
		}
	}
	if in > out {
		for name := range townCount {
			if outside[name] {
				delete(townCount, name)
			}
		}
		// Nor are the places beyond the gazetteer's area it names in passing
		// (a sidebar's "strikes in South Lebanon") the incident's places.
		p.Places = slices.DeleteFunc(p.Places, func(name string) bool { return outside[name] })
		p.Areas = p.Areas[:0]
		for _, name := range p.Places {
			if pl, ok := places.Lookup(name); ok && !slices.Contains(p.Areas, pl.Governorate) {
				p.Areas = append(p.Areas, pl.Governorate)
			}
		}
	}
	p.Place = primaryPlace(p.Places, placeCount, broad, outside, out >= in)
	p.Towns = rankTowns(p.Places, townCount)
	p.Roundup = roundup(p.Towns, townCount)
	switch {
	case p.Roundup:
		// A round-up is about its area, not the first of its towns.
		p.Place = ""
		for _, name := range p.Places {
			if broad[name] {
				p.Place = name
				break
			}
		}
	case len(p.Towns) > 0:
		p.Place = p.Towns[0]
	}
	for _, s := range sents {
		p.RefersBack = p.RefersBack || referBack.any(s.toks)
		for _, c := range s.cues {
			if c.Year != 0 && !slices.Contains(p.Years, c.Year) {
				p.Years = append(p.Years, c.Year)
			}
		}
	}
	p.Terms = append(nameTerms(p.Names), topTerms(ownWords, articleTerms)...)
	p.Sketch = sketch(allWords)
	return p
}

// tellsIncident reports a sentence that tells of the incident: its kind,
// its harm or its day.
func tellsIncident(s sentence) bool {
	if len(s.cues) > 0 || harmWords.any(s.toks) || blastWords.any(s.toks) {
		return true
	}
	k := map[Kind]float64{}
	kindCounts(k, s.toks, 1)
	return len(k) > 0
}

// insideOnly reports whether the places named so far are all inside the
// gazetteer's area, and there is at least one.
func insideOnly(count map[string]float64, outside map[string]bool) bool {
	for name := range count {
		if outside[name] {
			return false
		}
	}
	return len(count) > 0
}

// harmWords tell what an incident did to people and places.
var harmWords = newPhraseSet(phrases(`killed|killing|dead|died|death|deaths|wounded|injured|injuring|casualties|victims|bodies|toll|destroyed|damaged|targeted|hit|struck|attacked|fled|rescued|residents|witnesses|neighbours|neighbors|operation|took place|began|lasted|gunfire|helicopters|
	
	قتل|قتلى|مقتل|قتيل|قتيلا|قتيلاً|جرحى|جريح|إصابة|إصابات|اصابة|اصابات|مصرع|ضحايا|جثث|استهدف|استهدفت|دمار|تدمير|سكان|شهود|العملية|عملية|جرت|بدأت|الأهالي|مروحيات`), nil)

// referBack is wording that names an earlier incident as known.
var referBack = newPhraseSet(phrases(`that killed|which killed|who was killed in|were killed in the|weeks after|weeks ago|a month after|month after|last month|earlier this month|confirmed the death|confirmed the killing|mourned|
	الذي أودى|التي أودت|الذي استهدف|التي استهدفت|بعد أسابيع|قبل أسابيع|الشهر الماضي|أكدت مقتل|أكد مقتل|نعت|نعى`), nil)

// boilerplate marks sentences of background that many articles carry.
var boilerplate = newPhraseSet(phrases(`since 2011|since the start of the war|since the war began|civil war|read also|read more|ceasefire|truce|de-escalation|
	half a million|millions of people|million people|displaced people|sochi|astana|subscribe|newsletter|all rights reserved|
	اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|اقرأ ايضا|منذ عام 2011|منذ 2011|وقف إطلاق النار|وقف اطلاق النار|خفض التصعيد|ملايين|مليون|النازحين|سوتشي|أستانا|جميع الحقوق محفوظة`), nil)

// districtWords, after or before a town's name, make it the name of its
// district or countryside ("the Harem district", "ريف أريحا"), not the town.
var districtAfter = map[string]bool{"district": true, "countryside": true, "region": true, "area": true, "province": true, "governorate": true, "plain": true, "subdistrict": true}
var districtBefore = map[string]bool{"ريف": true, "بريف": true, "وريف": true, "لريف": true, "منطقة": true, "بمنطقة": true, "ناحية": true, "countryside": true, "outskirts": true}

func districtMention(text string, toks []tok, m places.Match) bool {
	for i, t := range toks {
		if t.start == m.Start && i > 0 {
			prev := toks[i-1].w
			if prev == "of" && i > 1 {
				prev = toks[i-2].w
			}
			if districtBefore[prev] {
				return true
			}
		}
		if t.end == m.End && i+1 < len(toks) && districtAfter[toks[i+1].w] {
			return true
		}
	}
	return false
}

// rankTowns orders towns by how much they are named, ties by first mention.
func rankTowns(order []string, count map[string]float64) []string {
	var out []string
	for _, n := range order {
		if count[n] > 0 {
			out = append(out, n)
		}
	}
	slices.SortStableFunc(out, func(a, b string) int {
		switch {
		case count[a] > count[b]:
			return -1
		case count[a] < count[b]:
			return 1
		}
		return 0
	})
	return out
}

// roundup reports an article about several towns alike: three or more
// named in its lead or twice, none standing out.
func roundup(towns []string, count map[string]float64) bool {
	if len(towns) < 3 {
		return false
	}
	top, n := count[towns[0]], 0
	for _, t := range towns {
		if count[t] >= 2 && count[t] >= top/2 {
			n++
		}
	}
	return n >= 3
}

// isBroad reports a place that covers many incidents: a governorate seat
// named like its governorate ("Idlib" is the city and the province) or a
// region (a plain, a mountain).
func isBroad(p places.Place) bool {
	return p.Kind == places.Region || p.Name == p.Governorate
}

// primaryPlace picks the place an article is about: the most named of its
// specific places in the gazetteer, else of those beyond it, else the most
// named broad one. Ties go to the first named.
func primaryPlace(order []string, count map[string]float64, broad, outside map[string]bool, elsewhere bool) string {
	best := ""
	for _, pass := range []struct{ specific, outside bool }{{true, false}, {true, true}, {false, false}, {false, true}} {
		if pass.outside && !elsewhere {
			continue
		}
		for _, name := range order {
			if broad[name] == pass.specific || outside[name] != pass.outside {
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
