package events

import (
	"testing"
	"time"
)

// A fact box's date line says the incident's day outright, whatever the
// page's stamp above it says and whichever date the narrative names
// first; it and the code line that repeats it ("MON-2291 – March 9,
// 2022") do not date the page. A stamp's label ("Published:") dates the
// page, as before.
func TestFactBoxDate(t *testing.T) {
	const narrative = "\n\nSummary\n\nThree civilians died when an air strike hit a bakery in Sarmin, local medics said, and rescuers searched the rubble until March 12."
	for _, c := range []struct {
		name, text, published string
		day, textDate         string
	}{
		{"English: stamp over the box",
			"Monitor News\n\nBakery strike in Sarmin\n\nMay 20, 2022\n\nIncident date: March 9, 2022\nLocation: Sarmin, Idlib" + narrative,
			"2022-05-20", "2022-03-09", "2022-05-20"},
		{"English: code line, undated page",
			"MON-2291 – March 9, 2022\n\nIncident date: March 9, 2022\nLocation: Sarmin, Idlib" + narrative,
			"", "2022-03-09", ""},
		{"Arabic: code line, undated page",
			"RPT-112 – 12 آذار 2023\n\nتاريخ الحادثة: 12 آذار 2023\nالمكان: سرمين، ريف إدلب\n\nقالت فرق الدفاع المدني إن غارة جوية استهدفت سوقاً شعبياً في سرمين، ما أسفر عن مقتل خمسة مدنيين.",
			"", "2023-03-12", ""},
		{"English near-miss: a publication stamp dates the page",
			"Published: May 20, 2022\nLocation: Sarmin, Idlib" + narrative,
			"", "2022-05-20", "2022-05-20"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var pub time.Time
			if c.published != "" {
				pub = day(c.published)
			}
			got := ResolveDate(c.text, pub)
			if d := fmtDay(got.Day); d != c.day {
				t.Errorf("incident day = %q (%s), want %q", d, got.Cue, c.day)
			}
			if d := fmtDay(TextDate(c.text)); d != c.textDate {
				t.Errorf("text date = %q, want %q", d, c.textDate)
			}
		})
	}
}

func fmtDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
