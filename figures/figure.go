// Package figures extracts casualty figures (killed, injured) from article
// text in English and Arabic. It is pure: no I/O, no clock, no goroutines.
//
// Extract works in one linear pass over the text:
//
//   - package reading, shared with events and places, drops boilerplate
//     lines (tickers, "Most read" and teaser lists), cuts tokens with their
//     normalized forms (Arabic letter variants, diacritics, Eastern digits)
//     and splits sentences (abbreviations, quotes, ellipses, Arabic
//     punctuation); tokens.go copies its tokens with their Arabic stems
//     (clitics stripped to a lexicon word);
//   - numbers.go reads numbers in digits and words, English and Arabic;
//   - count.go reads a count of people: qualifier, number or vague word or
//     counting noun (طفلان), the noun counted, its group and side;
//   - bind.go ties a count to its metric word (before, after, or the noun
//     itself; a toll that "has risen to" after a long subject), reads
//     breakdowns ("including", "of whom", بينهم), zeros ("no casualties"),
//     single named targets, ordinals after a count of another metric ("a
//     third child was injured"), and drops steps of a toll ("two more died,
//     bringing the toll to 14") and definite counts of people counted before
//     ("the two wounded children");
//   - extract.go keeps the side of the last count for "three others" (and a
//     bare "and three wounded" after soldiers) and merges a figure restated
//     by the same source (a headline's "ministry says" is the body's
//     "Turkey's defence ministry");
//   - source.go finds who says it ("X said", "according to X", "citing Y",
//     قال، وفق، بحسب, quotations, continued speakers within a paragraph)
//     and SourceKey;
//   - dates.go marks figures about earlier events as background (also an
//     event the article dates in the past and recalls by its name, and the
//     undated sentences that go on in a paragraph whose dated sentence
//     recalled an incident: "Last month, a drone hit a bus. Two died.").
//
// Every search looks at a bounded window inside one sentence, so the cost
// grows linearly with the text.
package figures

// Metric is what a figure counts.
type Metric string

const (
	Killed     Metric = "killed"
	Injured    Metric = "injured"
	Casualties Metric = "casualties" // killed or injured, the text does not say which
)

// Group is who a figure counts.
type Group string

const (
	People     Group = "people"
	Civilians  Group = "civilians"
	Children   Group = "children"
	Women      Group = "women"
	Combatants Group = "combatants"
	Troops     Group = "troops"
)

// Figure is one number an article states about people killed or injured.
// The JSON shape is the one of ../shared/spec/figures.md.
type Figure struct {
	Metric     Metric  `json:"metric"`
	Group      Group   `json:"group"`
	Actor      *string `json:"actor"`
	Min        *int    `json:"min"`
	Max        *int    `json:"max"`
	Approx     bool    `json:"approx"`
	Vague      bool    `json:"vague"`
	Source     string  `json:"source"`
	Background bool    `json:"background"`
	Quote      string  `json:"quote"`
}
