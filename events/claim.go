// Package events matches articles to the incidents they report and keeps,
// per event, the ledger of figure claims, classifying each new claim against
// it. It is pure: no I/O, no clock (times are passed in), no goroutines.
package events

import (
	"time"

	"github.com/idlibwatch/idlibwatch/figures"
)

// Class is how a new claim relates to the event's ledger
// (../shared/spec/ledger.md).
type Class string

const (
	New          Class = "new"
	Repeat       Class = "repeat"
	Corroborated Class = "corroborated"
	Consistent   Class = "consistent"
	Revised      Class = "revised"
	Raised       Class = "raised"
	Conflict     Class = "conflict"
)

// Alerts reports whether a claim of this class is worth telling a desk.
func (c Class) Alerts() bool {
	return c == New || c == Revised || c == Raised || c == Conflict
}

// Claim is one figure of one article, filed in an event's ledger.
type Claim struct {
	ID        int64          `json:"id"`
	EventID   int64          `json:"event_id"`
	ArticleID int64          `json:"article_id"`
	Metric    figures.Metric `json:"metric"`
	Group     figures.Group  `json:"group"`
	Actor     string         `json:"actor"`
	Min       *int           `json:"min"`
	Max       *int           `json:"max"`
	Approx    bool           `json:"approx,omitempty"`
	Vague     bool           `json:"vague"`
	Source    string         `json:"source"`     // as the text gives it; "" = the outlet's own voice
	SourceKey string         `json:"source_key"` // the source entity's ID (sources.Registry), or "outlet:…" for the outlet's own voice
	// Entity names the source entity as a desk reads it ("SOHR", "White
	// Helmets", "Reuters" for the outlet's own voice).
	Entity string `json:"source_entity,omitempty"`
	Quote  string `json:"quote,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	URL    string `json:"url,omitempty"`   // the article's link
	Title  string `json:"title,omitempty"` // the article's title
	// Published is when the claim's article came out, when known.
	Published  time.Time `json:"published,omitzero"`
	SeenAt     time.Time `json:"seen_at"`
	Class      Class     `json:"class"`
	Background bool      `json:"background,omitempty"`
	// Partial marks a count of part of the victims (one house, named
	// people): kept in the ledger, never a conflict against a total.
	Partial bool `json:"partial,omitempty"`
	// Recalls says, for a background figure, what earlier incident it is
	// about as far as the text tells ("2019", "2022 Atmeh").
	Recalls string `json:"recalls,omitempty"`
	// DepartsFrom are the IDs of the earlier claims it revises, raises or
	// contradicts (at most 3, most cited first).
	DepartsFrom []int64 `json:"departs_from,omitempty"`
}
