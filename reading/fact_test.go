package reading

import (
	"strings"
	"testing"
)

// A fact box's date and place lines are labelled as the incident's
// (Line.Fact): article text, no sentence of the report. A stamp's label,
// another label, a label with no value or a long sentence with a colon
// are no fact.
func TestFactLines(t *testing.T) {
	for _, c := range []struct {
		line string
		want Fact
	}{
		{"Incident date: March 9, 2022", FactDate},
		{"Date of incident: 9 March 2022", FactDate},
		{"Date of the attack: 9 March 2022", FactDate},
		{"Location: Sarmin, Idlib, Syria", FactPlace},
		{"- Location: Sarmin", FactPlace},
		{"تاريخ الحادثة: 12 آذار 2023", FactDate},
		{"المكان: معرة مصرين، ريف إدلب الشمالي", FactPlace},
		{"مكان الحادثة: سرمين", FactPlace},
		// near-misses
		{"Published: March 9, 2022", FactNone},
		{"Updated: 12:41 GMT", FactNone},
		{"تاريخ النشر: 12 آذار 2023", FactNone},
		{"Geolocation: 35.91, 36.58", FactNone},
		{"Location:", FactNone},
		{"Civilians reported killed: 3", FactNone},
		{"Rescuers said the location of the strike was a market: a bakery and two shops were destroyed, and three people were killed.", FactNone},
	} {
		t.Run(c.line, func(t *testing.T) {
			text := "MON-2291 – March 9, 2022\n\n" + c.line + "\nCivilians reported killed: 3\n\nThree civilians died when an air strike hit a bakery in Sarmin on the morning of March 9, local medics said."
			d := Read(text)
			for _, ln := range d.Lines {
				if strings.TrimSpace(d.Text[ln.Start:ln.End]) != c.line {
					continue
				}
				if ln.Fact != c.want {
					t.Errorf("Fact = %d, want %d", ln.Fact, c.want)
				}
				if c.want != FactNone && (!ln.Content || !ln.Furniture || ln.Last <= ln.First) {
					t.Errorf("a fact line: content %v, furniture %v, tokens %d, want content furniture with tokens", ln.Content, ln.Furniture, ln.Last-ln.First)
				}
				return
			}
			t.Fatalf("line %q not read", c.line)
		})
	}
}

// A fact line in a run of short lines (a box of labels, none with a
// final stop) is kept though the run is dropped as a menu's would be.
func TestFactLineInRun(t *testing.T) {
	text := "MON-2291 – March 9, 2022\n\nIncident date: March 9, 2022\nLocation: Sarmin, Idlib\nAttacker: unknown\nTarget: a bakery\nGrading: fair\n\nThree civilians died when an air strike hit a bakery in Sarmin on the morning of March 9, local medics said."
	d := Read(text)
	facts := 0
	for _, ln := range d.Lines {
		line := d.Text[ln.Start:ln.End]
		switch {
		case ln.Fact != FactNone:
			facts++
			if !ln.Content {
				t.Errorf("fact line %q dropped", line)
			}
		case line == "Attacker: unknown" && ln.Content:
			t.Errorf("the run was not dropped: the test tests nothing")
		}
	}
	if facts != 2 {
		t.Errorf("%d fact lines, want 2", facts)
	}
}
