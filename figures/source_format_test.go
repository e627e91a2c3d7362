package figures

import "testing"

// Who speaks in the non-prose parts of a report: a quoted tweet and its
// signature, a transcript's speaker labels, a title's "X:" prefix, and a
// speaker described by a relative clause. Sentences written for this test.
var formatCases = []struct {
	name string
	text string
	want []string
}{
	// a quoted post is signed under it: the signature names its author,
	// even when the frame before it describes the author loosely or not
	// at all, and even after a blank line
	{"signature under a quoted post, no frame", "The rescuers put out this message:\n\n\"Jets hit the bakery in Sarmin at dawn, killing a baker and injuring 6 customers. Our crews are still searching.\n— Syria Civil Defence (@SyriaCivilDef) June 3, 2021\"",
		[]string{"killed/people 1 src=Syria Civil Defence", "injured/people 6 src=Syria Civil Defence"}},
	{"signature after a blank line names the writer", "A nurse who works in the town posted:\n\n\"Awful night in Binnish. Toll now 7, three of them kids.\"\n\n— Lina Darwish (@lina_binnish) June 3, 2021",
		[]string{"killed/people 7 src=Lina Darwish", "killed/children 3 src=Lina Darwish"}},
	{"a paragraph after a blank line is no signature", "\"Six were killed in the raid,\" the mayor said.\n\nThe town buried them at noon.",
		[]string{"killed/people 6 src=the mayor"}},
	// a speaker described by a relative clause is the noun before "who"
	{"who-clause after the speaker", "A paramedic who reached the site within minutes said eight people died.",
		[]string{"killed/people 8 src=A paramedic"}},
	{"who-clause with a metric word", "Families who sheltered the injured told reporters that three girls were killed.",
		[]string{"killed/children 3 src=Families"}},
	{"who said is the clause's own verb", "Residents who said they heard two jets reported that 4 people died.",
		[]string{"killed/people 4 src=Residents"}},
	// transcript labels with a note on the translation
	{"label with a note, own line", "HOST: The strikes went on all night.\n\nKHALED OMAR (translated): We took 12 wounded to the clinic, among them five children.",
		[]string{"injured/people 12 src=KHALED OMAR", "injured/children 5 src=KHALED OMAR"}},
	{"the label changes turns", "SAMI HADDAD (via interpreter): Two men from my street were killed.\n\nREPORTER JANE COLE: Officials say 9 people were wounded.",
		[]string{"killed/people 2 src=SAMI HADDAD", "injured/people 9 src=Officials"}},
	// a country or city that opens a title is its topic, not a speaker
	{"Arabic country title prefix", "سوريا: مقتل أربعة مدنيين في قصف على أريحا\n\nقتل أربعة مدنيين في قصف مدفعي على أريحا، وفق ما أفاد الدفاع المدني.",
		[]string{"killed/civilians 4", "killed/civilians 4 src=الدفاع المدني"}},
	{"Arabic city title prefix", "حلب: إصابة ثلاثة أطفال بانفجار قذيفة",
		[]string{"injured/children 3"}},
	{"Arabic person title prefix still speaks", "ترامب: مقتل زعيم التنظيم في العملية الأميركية",
		[]string{"killed/combatants 1 src=ترامب"}},
}

func TestSourceFormats(t *testing.T) {
	for _, c := range formatCases {
		t.Run(c.name, func(t *testing.T) { checkExtract(t, c.text, "", c.want) })
	}
}
