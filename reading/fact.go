package reading

import "strings"

// Fact is what a fact box's labelled line says of the incident the page
// reports (Line.Fact).
type Fact uint8

const (
	FactNone  Fact = iota
	FactDate       // "Incident date: February 3, 2017", "تاريخ الحادثة: ..."
	FactPlace      // "Location: Kafr Jales, Idlib", "المكان: ..."
)

// A monitor's or a casualty recorder's page opens on a fact box: a code
// line, then labelled lines ("Incident date:", "Location:", "Civilians
// reported killed: 4–6") before the narrative. Short and without a final
// stop, its date and place lines read as page furniture (a stamp, a
// dateline), so that the incident would take no date or place of its own
// and the narrative's dates would look like other days. The label says
// what the value is: a label of the incident's date or place makes the
// line a Fact. A stamp's label ("Published:", "Updated:") says the page's
// date and is no fact of the incident.

// factLabels are the folded labels (Fold) of a fact line, the words
// before its colon.
var factLabels = map[string]Fact{
	"incident date":            FactDate,
	"date of incident":         FactDate,
	"date of the incident":     FactDate,
	"date of attack":           FactDate,
	"date of the attack":       FactDate,
	"date of strike":           FactDate,
	"تاريخ الحادثه":            FactDate,
	"تاريخ الحادث":             FactDate,
	"تاريخ الهجوم":             FactDate,
	"تاريخ الاستهداف":          FactDate,
	"location":                 FactPlace,
	"incident location":        FactPlace,
	"location of incident":     FactPlace,
	"location of the incident": FactPlace,
	"المكان":                   FactPlace,
	"مكان الحادثه":             FactPlace,
	"مكان الحادث":              FactPlace,
	"الموقع":                   FactPlace,
}

// factLabel reads the fact a folded line of fourteen words or fewer
// (pageLine.folded) states: a known label, a colon, and a value after it.
func factLabel(folded string) Fact {
	i := strings.IndexAny(folded, ":：")
	if i <= 0 || i > 40 {
		return FactNone // (the longest label is under 40 bytes)
	}
	label := strings.TrimSpace(strings.Trim(folded[:i], furnitureBullets))
	if strings.TrimSpace(folded[i+1:]) == "" {
		return FactNone // a heading over a list ("Location:")
	}
	return factLabels[label]
}
