package reading

import (
	"strings"
	"testing"
)

// A headline of three words with no word of an incident ("بنش تشيّع
// أطفالها") is the article's over a lede that names its town, or as the
// first line after the outlet's name and a date, in a run of short lines
// or alone; a section's name stays furniture. Pages written for this test.
func TestShortHeadline(t *testing.T) {
	lede := "شيّع أهالي بنش أمس أربعة أطفال قتلوا بقصف على مدرستهم."
	for _, c := range []struct {
		name, text, want string
	}{
		{"alone over a lede on its town",
			"بنش تشيّع أطفالها\n\n" + lede, "بنش تشيّع أطفالها"},
		{"under a section's name",
			"أخبار سوريا\nبنش تشيّع أطفالها\n\n" + lede, "بنش تشيّع أطفالها"},
		{"after the outlet's name and a date, in a run",
			"نبأ الشمال\n١٢ آذار ٢٠٢٤\nسرمين تودّع صغارها\n\nقتل أربعة أطفال أمس بقصف على مدرسة في ريف إدلب.", "سرمين تودّع صغارها"},
		{"under a menu, in a run",
			"الرئيسية\nأخبار\nسياسة\nرياضة\nبنش تشيّع أطفالها\n\n" + lede, "بنش تشيّع أطفالها"},
		{"English, after the outlet's name and a date",
			"Levant Courier\nMay 4, 2024\nBinnish mourns children\n\nFour children were killed in Binnish on Friday when shells hit their school.",
			"Binnish mourns children"},
		// section names stay the page's
		{"a section's name over a lede",
			"أخبار سوريا\n\nقتل أربعة أطفال في بنش أمس بقصف على مدرستهم في ريف إدلب شمال غربي سوريا.",
			"قتل أربعة أطفال في بنش أمس بقصف على مدرستهم في ريف إدلب شمال غربي سوريا."},
		{"a section of three words under a menu",
			"الرئيسية\nأخبار\nسياسة\nرياضة\nأخبار سوريا اليوم\n\nقتل أربعة أطفال في بنش اليوم بقصف على مدرستهم في ريف إدلب.",
			"قتل أربعة أطفال في بنش اليوم بقصف على مدرستهم في ريف إدلب."},
		{"English section after the outlet's name and a date",
			"Levant Courier\nMay 4, 2024\nMiddle East\n\nFour children were killed in Binnish on Friday when shells hit their school.",
			"Four children were killed in Binnish on Friday when shells hit their school."},
		{"an outlet's name the lede names",
			"شبكة أريحا الإخبارية\n\nقتل أربعة أطفال في أريحا اليوم بقصف على مدرستهم.",
			"قتل أربعة أطفال في أريحا اليوم بقصف على مدرستهم."},
		{"names in capitals the lede names",
			"LEVANT DEFENCE MINISTRY\nStatements\n\nThe Levant Defence Ministry said four children were killed in Binnish on Friday.",
			"The Levant Defence Ministry said four children were killed in Binnish on Friday."},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Read(c.text)
			got := ""
			for _, l := range d.Lines {
				if l.Content && !l.Furniture {
					got = strings.TrimSpace(c.text[l.Start:l.End])
					break
				}
			}
			if got != c.want {
				t.Errorf("headline %q, want %q", got, c.want)
			}
		})
	}
}
