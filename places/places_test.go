package places

import (
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []string // canonical names, in order
	}{
		{"Airstrikes hit Idlib city on Monday.", []string{"Idlib"}},
		{"shelling on Idleb and Edlib countryside", []string{"Idlib", "Idlib"}},
		{"A camp near Atmeh, also spelled Atma or Atme.", []string{"Atmeh", "Atmeh", "Atmeh"}},
		{"in Jisr al-Shughur", []string{"Jisr al-Shughur"}},
		{"in Jisr al Shughur", []string{"Jisr al-Shughur"}},
		{"in Jisr alShughur", []string{"Jisr al-Shughur"}},
		{"in jisr ash-shughour", []string{"Jisr al-Shughur"}},
		{"Ma'arrat al-Nu'man and Maarat al-Numan and Maarrat an-Numan", []string{"Maarat al-Numan", "Maarat al-Numan", "Maarat al-Numan"}},
		{"Khan Sheikhoun and Khan Shaykhun", []string{"Khan Shaykhun", "Khan Shaykhun"}},
		{"the Bab al-Hawa crossing", []string{"Bab al-Hawa"}},
		{"Kafr Takharim, Kafrtakharim", []string{"Kafr Takharim", "Kafr Takharim"}},
		{"Salqeen and Salqin", []string{"Salqin", "Salqin"}},
		{"Darkoush", []string{"Darkush"}},
		{"Sarmada, Barisha, Harem and Dana", []string{"Sarmada", "Barisha", "Harem", "Dana"}},
		{"Atarib in western Aleppo", []string{"Atarib"}},
		{"Jabal al-Zawiya villages", []string{"Jabal al-Zawiya"}},
		// Whole words only.
		{"Danang and Ariharama and Idlibian", nil},
		{"the Atmeh-bound convoy", []string{"Atmeh"}},
		{"Idlib's countryside and Ariha’s market", []string{"Idlib", "Ariha"}},
		// Names that are English words need a capital letter.
		{"a harem of the sultan; Dana said; dana", []string{"Dana"}},
		{"the harem", nil},
		{"Harem town", []string{"Harem"}},
		// Arabic.
		{"قصف على إدلب وسرمدا", []string{"Idlib", "Sarmada"}},
		{"في ادلب", []string{"Idlib"}},
		{"مخيمات أطمة", []string{"Atmeh"}},
		{"مدينة جسر الشغور", []string{"Jisr al-Shughur"}},
		{"معرّة النّعمان", []string{"Maarat al-Numan"}},
		{"بإدلب وبالدانا وللدانا", []string{"Idlib", "Dana", "Dana"}},
		{"معبر باب الهوى", []string{"Bab al-Hawa"}},
		{"خان شيخون وكفريا", []string{"Khan Shaykhun", "Kafriya"}},
		{"إدلـــب", []string{"Idlib"}},
		{"مدينة الأتارب", []string{"Atarib"}},
		{"دانا", []string{"Dana"}},
		{"nothing here", nil},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range Find(tt.text) {
			got = append(got, m.Place.Name)
			if tt.text[m.Start:m.End] != m.Text {
				t.Errorf("Find(%q): span %d:%d is %q, Text %q", tt.text, m.Start, m.End, tt.text[m.Start:m.End], m.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestFindSpan(t *testing.T) {
	text := "Shelling hit Jisr al-Shughour, then بإدلب."
	ms := Find(text)
	if len(ms) != 2 {
		t.Fatalf("Find = %+v, want 2 matches", ms)
	}
	if ms[0].Text != "Jisr al-Shughour" || ms[1].Text != "بإدلب" {
		t.Errorf("match texts = %q, %q", ms[0].Text, ms[1].Text)
	}
	if ms[0].Place.District != "Jisr al-Shughur" || ms[0].Place.Governorate != "Idlib" || ms[0].Place.Arabic != "جسر الشغور" {
		t.Errorf("place = %+v", ms[0].Place)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Atmeh", "Atmeh"},
		{"atma", "Atmeh"},
		{"أطمة", "Atmeh"},
		{"اطمه", "Atmeh"},
		{"Idleb", "Idlib"},
		{"إدلب", "Idlib"},
		{"Harim", "Harem"},
		{"Maarrat al-Nu'man", "Maarat al-Numan"},
		{"Atarib", "Atarib"},
		{"الدانا", "Dana"},
		{"Nowhere", ""},
		{"", ""},
	}
	for _, tt := range tests {
		p, ok := Lookup(tt.in)
		if ok != (tt.want != "") || p.Name != tt.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tt.in, p.Name, ok, tt.want)
		}
	}
	if p, _ := Lookup("Atarib"); p.Governorate != "Aleppo" {
		t.Errorf("Atarib governorate = %q, want Aleppo", p.Governorate)
	}
}

// Every place is found by its canonical name, its Arabic name and every
// listed spelling, written in a sentence.
func TestGazetteerSelfConsistent(t *testing.T) {
	if n := len(All()); n < 50 {
		t.Errorf("gazetteer has %d places, want at least 50", n)
	}
	for _, p := range All() {
		if p.Arabic == "" || p.Governorate == "" {
			t.Errorf("%s: missing Arabic name or governorate", p.Name)
		}
		for _, name := range append([]string{p.Name, p.Arabic}, p.Names...) {
			name = strings.TrimPrefix(name, "^")
			text := "Reports from " + name + " today."
			ms := Find(text)
			if len(ms) != 1 || ms[0].Place.Name != p.Name {
				t.Errorf("Find(%q) = %+v, want %s", text, ms, p.Name)
			}
		}
	}
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("An airstrike on a market in Ariha killed civilians, the civil defence said, as shelling hit Jabal al-Zawiya. ", 50)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text)
	}
}

func TestFindAllElsewhere(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"A raid in al-Bab, east of Atmeh", []string{"al-Bab", "Atmeh"}},
		{"Israeli strikes on Gaza and Nabatieh", []string{"Gaza", "Nabatieh"}},
		{"مقتل أربعة بانفجار سيارة مفخخة في منبج", []string{"Manbij"}},
		{"the Bab al-Hawa crossing", []string{"Bab al-Hawa"}},
		{"Car bomb in Azaz", []string{"Azaz"}},
		{"rockets at Hmeymim air base; قاعدة حميميم", []string{"Hmeimim", "Hmeimim"}},
		// A short name whose article a writer dropped, after a clitic, is
		// a word: فرقه (its teams), ورقه (a sheet) are not الرقة; with a
		// clitic the article stays (بالرقة, والرقة). "ودانا" in a list is
		// Dana.
		{"أكد الدفاع المدني أن فرقه أسعفت المصابين", nil},
		{"وأرسل فرقه إلى المكان", nil},
		{"ورقه ومخيماتها", nil},
		{"قصف على الرقة وبالرقة والرقة", []string{"Raqqa", "Raqqa", "Raqqa"}},
		{"مدينة رقة", []string{"Raqqa"}},
		{"بالدانا ودانا", []string{"Dana", "Dana"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range FindAll(tt.text) {
			got = append(got, m.Place.Name)
			if m.Place.Outside == (m.Place.Governorate == "Idlib") && m.Place.Name != "Atmeh" && m.Place.Name != "Bab al-Hawa" {
				t.Errorf("%s: Outside %v in %s", m.Place.Name, m.Place.Outside, m.Place.Governorate)
			}
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("FindAll(%q) = %v, want %v", tt.text, got, tt.want)
		}
		if Mentions("Car bomb in Azaz") || Mentions("Israeli strikes on Gaza") {
			t.Errorf("an outside place makes a report relevant")
		}
	}
}
