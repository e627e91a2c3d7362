// Package figures extracts casualty figures (killed, injured) from article
// text in English and Arabic. It is pure: no I/O, no clock, no goroutines.
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
