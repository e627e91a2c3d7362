package figures

import (
	"strings"
	"testing"
)

// A monitor's incident page opens on a fact box: a code line, the
// incident's date and place on labelled lines, the toll's lines, then the
// narrative. The box's date is the own incident's: a statement further
// down that dates a toll on that day reports the own incident, not
// another day's, though the page was published weeks later. A stamp's
// label ("Published:", "تاريخ النشر:") dates the page, not the incident:
// there the same statement stays background.
func TestFactBoxDatesOwnIncident(t *testing.T) {
	en := "MON-2291 – March 9, 2022\n\n" +
		"LABEL March 9, 2022\n" +
		"Location: Sarmin, Idlib, Syria\n" +
		"Civilians reported killed: 3\n\n" +
		"Summary\n\n" +
		"Three civilians, among them a boy, died when an air strike hit a bakery in Sarmin, local medics said. Rescuers worked through the night to clear the rubble.\n\n" +
		"The owner of the bakery said his shop had been closed for two days because of a shortage of flour.\n\n" +
		"The US military announced on March 11th that \"an air strike near Sarmin on Mar. 9 killed twelve militants.\""
	ar := "RPT-112 – 12 آذار 2023\n\n" +
		"LABEL 12 آذار 2023\n" +
		"المكان: معرة مصرين، ريف إدلب الشمالي\n\n" +
		"الملخص\n\n" +
		"قالت فرق الدفاع المدني إن غارة جوية استهدفت سوق معرة مصرين، ما أسفر عن مقتل خمسة مدنيين بينهم طفلان.\n\n" +
		"وأضافت الفرق أن المتطوعين عملوا طوال الليل على رفع الأنقاض.\n\n" +
		"وأعلنت وزارة الدفاع يوم 14 آذار أن \"غارة قرب معرة مصرين في 12 آذار قتلت عشرة مسلحين\"."
	for _, c := range []struct {
		name, page, label, pub string
		min                    int // the statement's count
		background             bool
	}{
		{"English: incident date", en, "Incident date:", "2022-05-20", 12, false},
		{"English: date of incident", en, "Date of incident:", "2022-05-20", 12, false},
		{"English near-miss: a publication stamp", en, "Published:", "2022-05-20", 12, true},
		{"English near-miss: an update stamp", en, "Updated:", "2022-05-20", 12, true},
		{"Arabic: incident date", ar, "تاريخ الحادثة:", "2023-05-20", 10, false},
		{"Arabic near-miss: a publication stamp", ar, "تاريخ النشر:", "2023-05-20", 10, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := strings.Replace(c.page, "LABEL", c.label, 1)
			found := false
			for _, f := range Extract(text, day(c.pub)) {
				if f.Metric == Killed && f.Group == Combatants && f.Min != nil && *f.Min == c.min {
					found = true
					if f.Background != c.background {
						t.Errorf("%q: background = %v, want %v", f.Quote, f.Background, c.background)
					}
				}
			}
			if !found {
				t.Errorf("no figure of %d combatants killed", c.min)
			}
		})
	}
}

// The box's place line names the own incident's place, as the lede's
// places do; a line of another label ("Geolocation:", "Published:") names
// none.
func TestFactBoxPlace(t *testing.T) {
	for _, c := range []struct {
		name, text string
		placed     bool
	}{
		{"English: location",
			"MON-2291 – March 9, 2022\n\nIncident date: March 9, 2022\nLocation: Sarmin, Idlib, Syria\nCivilians reported killed: 3\n\nSummary\n\nThree civilians died when an air strike hit a bakery, local medics said.", true},
		{"Arabic: the place",
			"RPT-112 – 12 آذار 2023\n\nتاريخ الحادثة: 12 آذار 2023\nالمكان: سرمين، ريف إدلب\n\nالملخص\n\nقالت فرق الدفاع المدني إن غارة جوية استهدفت سوقاً شعبياً، ما أسفر عن مقتل خمسة مدنيين.", true},
		{"English near-miss: another label",
			"MON-2291 – March 9, 2022\n\nIncident date: March 9, 2022\nNear: Sarmin, Idlib, Syria\nCivilians reported killed: 3\n\nSummary\n\nThree civilians died when an air strike hit a bakery, local medics said.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := extract(c.text, day("2022-05-20"))
			if got := len(x.own.gaz) > 0; got != c.placed {
				t.Errorf("own places %v: placed = %v, want %v", x.own.gaz, got, c.placed)
			}
		})
	}
}
