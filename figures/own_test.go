package figures

import (
	"strings"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/reading"
)

// The outlet's own people are its voice; another outlet's are a source.
func TestOwnOutletVoice(t *testing.T) {
	tests := []struct {
		name, outlet, text, want string
	}{
		{"masthead acronym's activists", "",
			"The Northern Rights Monitor\n\nShelling hits a market town\n\nNRM activists documented the deaths of four civilians in the shelling of Binnish on Monday.",
			""},
		{"another body's activists under a masthead", "",
			"The Northern Rights Monitor\n\nShelling hits a market town\n\nSNHR activists documented the deaths of four civilians in the shelling of Binnish on Monday.",
			"SNHR activists"},
		{"the feed's outlet's correspondent", "Valley Post",
			"Four civilians were killed in the shelling of Binnish on Monday, a correspondent from Valley Post in Idlib reported.",
			""},
		{"another outlet's correspondent, the feed's outlet known", "Valley Post",
			"Four civilians were killed in the shelling of Binnish on Monday, a correspondent from Orontes Radio in Idlib reported.",
			"a correspondent from Orontes Radio in Idlib"},
		{"a wire agency's correspondent, no outlet known", "",
			"Four civilians were killed in the shelling of Binnish on Monday, a Reuters correspondent in the town said.",
			"a Reuters correspondent in the town"},
		{"a wire agency by its possessive, no outlet known", "",
			"Four civilians were killed in the shelling of Binnish on Monday, AFP's correspondent in the town said.",
			"AFP's correspondent in the town"},
		{"a wire agency's name inside another word is no wire agency", "",
			"Four civilians were killed in the shelling of Binnish on Monday, a correspondent from Sanaa Radio in Idlib reported.",
			""},
		{"a named outlet's correspondent, no outlet known", "",
			"Four civilians were killed in the shelling of Binnish on Monday, a correspondent from Orontes Radio in Idlib reported.",
			""},
		{"an unnamed reporter, no outlet known", "",
			"A reporter in the town said four civilians were killed in the shelling of Binnish on Monday.",
			"A reporter in the town"},
		{"the feed's outlet by acronym", "Syrian Rescue Network",
			"SRN teams recovered the bodies of four civilians from the rubble in Binnish on Monday.",
			""},
		{"Arabic: another outlet's correspondent, the feed's outlet known", "شبكة الوادي",
			"قُتل أربعة مدنيين بقصف على بنش يوم الاثنين، بحسب ما أفاد مراسل الجزيرة.",
			"مراسل الجزيرة"},
		{"Arabic: the feed's outlet's correspondent", "شبكة الوادي",
			"قُتل أربعة مدنيين بقصف على بنش يوم الاثنين، بحسب ما أفاد مراسل شبكة الوادي.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := reading.Read(tt.text)
			d.Outlet = tt.outlet
			figs := ExtractDoc(d, time.Time{})
			if len(figs) == 0 {
				t.Fatalf("no figures in %q", tt.text)
			}
			if figs[0].Source != tt.want {
				t.Errorf("source = %q, want %q (%+v)", figs[0].Source, tt.want, figs)
			}
		})
	}
}

func TestMastheadLine(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The Northern Rights Monitor\n\nShelling hits a market town", "The Northern Rights Monitor"},
		{"Shelling kills four in Binnish\n\nFour civilians were killed.", ""},
		{"Four civilians were killed.\nMore later.", ""},
		{"Valley Post", ""}, // no line after it
	}
	for _, tt := range tests {
		if got := mastheadLine(tt.text); got != tt.want {
			t.Errorf("mastheadLine(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestHasASCIIFold holds hasASCIIFold to the lower-cased search it stands
// for in outlet.speaks, for the words it is asked about.
func TestHasASCIIFold(t *testing.T) {
	for _, s := range []string{
		"", "a reporter", "REPORTERS said", "the Correspondent's", "CoRrEsPoNdEnT", "report", "correspondence",
		"مراسل reporter", "repörter", "Reporter", "\u212aorrespondent", "x reporte", "reporterreporter",
	} {
		for _, w := range []string{"correspondent", "reporter"} {
			if got, want := hasASCIIFold(s, w), strings.Contains(strings.ToLower(s), w); got != want {
				t.Errorf("hasASCIIFold(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

// TestSiteSpeaksMemo: siteSpeaks answers as speaks does, for sources seen
// again, past the memo's few places, and after the outlet changes.
func TestSiteSpeaksMemo(t *testing.T) {
	srcs := []string{"SOHR activists", "the civil defence", "SOHR activists", "a correspondent from Enab Baladi",
		"", "the ministry", "Reuters", "SOHR activists", "a correspondent from Enab Baladi", "the ministry"}
	x := &extractor{}
	for _, site := range []outlet{{}, namedOutlet("SOHR"), namedOutlet("Enab Baladi")} {
		x.site = site
		for _, src := range srcs {
			if got, want := x.siteSpeaks(src), site.speaks(src); got != want {
				t.Errorf("site %q: siteSpeaks(%q) = %v, want %v", site.name, src, got, want)
			}
		}
	}
}

func TestDatelineCut(t *testing.T) {
	for _, line := range []string{"حماة/ عنب بلدي", "إدلب-خاص", "وكالة – متابعات", "بلا فاصل", "", "a/b-c", "é–/", "–", "x\xe2\x80"} {
		if got, want := datelineCut(line), strings.IndexAny(line, "/-–"); got != want {
			t.Errorf("datelineCut(%q) = %d, want %d", line, got, want)
		}
	}
}
