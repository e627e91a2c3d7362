package reading

import (
	"slices"
	"strings"
	"testing"
)

func TestFurnitureLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		// the outlet, the section, the path
		{"Levant Courier", true},
		{"The Daily Orontes Staff & Agencies", true},
		{"Middle East", true},
		{"Home > World > Middle East", true},
		{"أخبار | سوريا", true},
		{"المشهد السوري", true},
		{"وكالة نبأ الشمال الإخبارية", true},
		// bylines and datelines of their own
		{"Harem - Levant Courier", true},
		{"Jane Roe in Gaziantep and John Doe in Beirut", true},
		{"By Jane Roe, Levant Courier | Tuesday 4 March 2025", true},
		{"حارم - نبأ الشمال", true},
		{"أريحا ــ سامر الحسن", true},
		{"بيروت/ نبأ الشمال", true},
		{"سرمدا-نبأ", true},
		// timestamps
		{"Updated 9:47 a.m. GMT, March 4, 2025", true},
		{"Published Mar 4, 2025 12:41 AM", true},
		{"04.03.2025 | 14:22 GMT", true},
		{"Levant Courier | Mar 04, 2025 20:32:15 IST", true},
		{"١٤ آذار ٢٠٢٥", true},
		{"تاريخ النشر: 2025-03-04 10:35", true},
		{"نشر في: 04 مارس 2025 - 08:12 ص بتوقيت دمشق", true},
		{"الثلاثاء - 4 رمضان 1446 هـ - 04 مارس 2025 مـ", true},
		{"Published: 4 May 2024 - 09:41 pm | Last Updated: 4 May 2024", true},
		{"تاريخ النشر: 3rd, May 2024 GMT", true},
		{"By Levant Courier with agencies   HAREM   May 03, 2024 10:18 pm", true},
		{"Text size: A- A+   Share   Print", true},
		{"Get short URL", true},
		{"May 3, 2024 12:00AM EDT", true},
		{"Show key events only", true},
		{"© 2024 Levant Courier", true},
		// a stamp that counts back from now, a reading time
		{"12 min ago", true},
		{"45 minutes ago", true},
		{"3 min read", true},
		{"منذ 3 ساعات", true},
		{"منذ ٣ ساعات", true},
		// captions, notes
		{"Volunteers search the rubble of a bakery in Sarmin on March 4, 2025. Jane ROE AFP", true},
		{"Volunteers search the rubble of a bakery in Sarmin on March 4, 2025。AFP", true},
		{"Smoke over the market in Ariha after the strike (Levant Courier/John Doe)", true},
		{"[Caption: A boy wounded in the strike on Binnish is carried to an ambulance]", true},
		{"(Adds death toll, comment from hospital director)", true},
		{"(تم تحديث الخبر بآخر حصيلة)", true},
		{"Update, 4 March 2025: This article has been updated with the higher toll.", true},
		// headlines, subtitles, sentences, tallies: the report's
		{"Air strike kills nine at a market in Ariha", false},
		{"Syria: Cluster Bombs Used on Tents Near Harem", false},
		{"Drone Kills Two on Road Out of Sarmada (Videos, Photos)", false},
		// a headline's media label in brackets is no caption's credit
		{"Shells on Binnish bakery queue kill six (photos/video)", false},
		{"مقتل ستة بقصف على طابور فرن بنش (صور/فيديو)", false},
		{"Harem's orchards after the shelling (1/3)", false},
		{"Smoke over the bakery in Binnish after the shelling (Jane Roe/AFP)", true},
		// a paragraph signed by its wire is the report's, no caption
		{"Four people were killed on Friday when a drone hit a van on the Binnish road, rescuers said. (AFP)", false},
		{"Four people were killed on Friday when a drone hit a van on the Binnish road, rescuers said (AFP)", false},
		{"A drone hit a van on the Binnish road on Friday, rescuers said. AFP", false},
		{"قتل أربعة أشخاص يوم الجمعة بغارة مسيرة على سيارة على طريق بنش، بحسب الدفاع المدني. (رويترز)", false},
		{"Death toll may rise further, rescuers say", false},
		{"مقتل 5 مدنيين بقصف على سرمين", false},
		{"ارتفاع حصيلة ضحايا قصف أريحا", false},
		{"- سرمين: قتيلان وثلاثة جرحى", false},
		{"Sarmin: 4 dead", false},
		{"3 dead", false},
		{"Nine at the checkpoint", false},
		{"9 at the checkpoint", false},
		{"| Sarmin | a man and his son | 3 |", false},
		{"The strike hit the market at noon, rescuers said.", false},
		{"تحديث: ارتفعت الحصيلة إلى 9 قتلى بعد وفاة جريحين", false},
		{"شهداء وجرحى في سراقب", false},
		{"Sarmin: 4 killed, 2 wounded", false},
		{"Show of force in Idlib as troops mass", false},
		// a headline in title case without a word of the incident
		{"Rebels Retake Saraqeb From Government Forces", false},
		{"Binnish Mourns Its Children", false},
		{"By Night, Drones Hunt Cars on Binnish Road", false},
		{"Rockets Fall as Families Leave Binnish", false},
		{"White Helmets Volunteer Among Those Buried in Sarmin", false},
		{"Jane Roe and John Doe, Levant Courier", true},
		// a short headline that tells its incident by a word of blood or rubble
		{"ليلة دامية في بنش", false},
		{"أطفال تحت الأنقاض", false},
		{"Bloody Night in Binnish", false},
		// a headline a date opens before a colon is no stamp
		{"3 أيار: يوم أسود في بنش", false},
		{"الجمعة 3 أيار: ليلة في بنش", false},
	} {
		var folds strings.Builder
		if got := furnitureLine(readPageLine(&folds, c.line, true)); got != c.want {
			t.Errorf("furnitureLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestDatelineEnd(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"SARMIN, Syria, March 4 (Wire) - An air strike hit a market", "SARMIN, Syria, March 4 (Wire) -"},
		{"Beirut (AFP) – Strikes on Ariha killed nine on Tuesday", "Beirut (AFP) –"},
		{"(Beirut, March 4, 2025) – A trial over a 2014 attack opened", "(Beirut, March 4, 2025) –"},
		{"IDLIB — Gunmen shot dead a judge", "IDLIB —"},
		{"Rescuers said the toll - nine - could rise", ""},
		{"- Sarmin: two dead", ""},
		// a headline signed by its outlet after a dash: its day is the incident's
		{"Shelling Kills Five in Binnish on Friday (UPDATED) - Levant Courier", ""},
		{"Shells kill five near BINNISH - Levant Courier", ""},
		{"مقتل خمسة بقصف على بنش يوم الجمعة (محدث) - نبأ الشمال", ""},
		{"بنش (نبأ الشمال) - قُتل خمسة مدنيين بقصف مدفعي", "بنش (نبأ الشمال) -"},
	} {
		got := ""
		if e := datelineEnd(c.line); e > 0 {
			got = c.line[:e]
		}
		if got != c.want {
			t.Errorf("datelineEnd(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestTrimWordMarks holds trimWordMarks to strings.Trim(w, trimMarks),
// whose bytes it reads: each mark alone, at either end, doubled, and
// runes that share a mark's bytes (ؘ, ‌, ؜, ٌ) or its lead byte.
func TestTrimWordMarks(t *testing.T) {
	words := []string{"", "word", "Harem", "حارم", "3", "a-", "A+", "-", "|", "—", "…", "\u200c", "\u061c", "\u0618", "\u064c", "¬", "é"}
	for _, m := range trimMarks {
		words = append(words, string(m))
	}
	var all []string
	for _, a := range words {
		for _, b := range words {
			for _, c := range words {
				all = append(all, a+b+c)
			}
		}
	}
	for _, w := range all {
		if got, want := trimWordMarks(w), strings.Trim(w, trimMarks); got != want {
			t.Errorf("trimWordMarks(%q) = %q, want %q", w, got, want)
		}
	}
}

// breadcrumbRef is breadcrumb as five Contains and a Count, the reference
// TestBreadcrumbOnePass holds it to.
func breadcrumbRef(line string) bool {
	for _, m := range [...]string{" > ", " › ", " » ", " / ", " < "} {
		if strings.Contains(line, m) {
			return true
		}
	}
	return strings.Count(line, " | ") >= 2
}

func TestBreadcrumbOnePass(t *testing.T) {
	parts := []string{"", " ", "|", " | ", ">", "›", "»", "/", "<", "a", "حلب", "\u00a0", "«", "‹", "—"}
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				for _, d := range parts {
					for _, e := range []string{"", " ", "|", "x"} {
						s := a + b + c + d + e
						if got, want := breadcrumb(s), breadcrumbRef(s); got != want {
							t.Errorf("breadcrumb(%q) = %v, want %v", s, got, want)
						}
					}
				}
			}
		}
	}
}

func TestReported(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Smoke over Binnish, rescuers said", true},
		{"وفق الدفاع المدني", true},
		{"وقال الدفاع المدني", true},
		{"Smoke over the bakery in Binnish after the shelling", false},
		{"دخان فوق فرن بنش", false},
	} {
		if got := reported(c.s); got != c.want {
			t.Errorf("reported(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// A headline signed by its wire in brackets ("... (AFP)") stays the
// headline: at the headline's place it is no photo's caption. An agency's
// line of its own is no article line, and a caption under the headline,
// or one that dates its picture, stays furniture.
func TestWireSignedHeadline(t *testing.T) {
	lede := "Warplanes struck a vegetable market in Ariha on Tuesday, killing nine people, rescuers said."
	ledeAr := "قصفت طائرات حربية سوقاً للخضار في أريحا يوم الثلاثاء ما أدى إلى مقتل تسعة أشخاص، بحسب الدفاع المدني."
	const (
		text = iota // an article line that is not furniture
		furn        // furniture
		out         // no article line
	)
	for _, c := range []struct {
		name  string
		lines []string
		want  []int
	}{
		{"a headline signed by its wire", []string{"Air strike kills nine at a market in Ariha (AFP)", "", lede}, []int{text, out, text}},
		{"under the outlet's name", []string{"Levant Courier", "Air strike kills nine at a market in Ariha (Reuters)", "", lede}, []int{furn, text, out, text}},
		{"Arabic: a headline signed by its wire", []string{"مقتل تسعة بغارة على سوق في أريحا (رويترز)", "", ledeAr}, []int{text, out, text}},
		{"Arabic: two words of the wire", []string{"مقتل تسعة بغارة على سوق في أريحا (فرانس برس)", "", ledeAr}, []int{text, out, text}},
		{"the wire's line under the headline", []string{"Air strike kills nine at a market in Ariha", "(AFP)", lede}, []int{text, out, text}},
		{"Arabic: the wire's line under the headline", []string{"مقتل تسعة بغارة على سوق في أريحا", "(رويترز)", ledeAr}, []int{text, furn, text}},
		{"the wire's line alone over the lede", []string{"(Reuters)", lede}, []int{out, text}},
		{"a caption under the headline", []string{"Air strike kills nine at a market in Ariha", "", "Smoke rises over the market in Ariha after the strike (AFP)", "", lede}, []int{text, out, furn, out, text}},
		{"a dated caption over the headline", []string{"Rescuers search the market in Ariha on 3 May 2024 (AFP)", "Air strike kills nine at a market in Ariha", "", lede}, []int{furn, text, out, text}},
		{"a photographer's credit over the headline", []string{"Smoke over the market in Ariha (AFP/Jane Roe)", "Air strike kills nine at a market in Ariha", "", lede}, []int{furn, text, out, text}},
	} {
		page := strings.Join(c.lines, "\n")
		d := Read(page)
		var got []int
		for _, ln := range d.Lines {
			switch {
			case ln.Furniture:
				got = append(got, furn)
			case ln.Content:
				got = append(got, text)
			default:
				got = append(got, out)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: lines %v, want %v (0 text, 1 furniture, 2 out)", c.name, got, c.want)
		}
	}
}
