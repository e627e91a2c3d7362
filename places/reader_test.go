package places

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/idlibwatch/idlibwatch/reading"
	"github.com/idlibwatch/idlibwatch/textnorm"
)

// readerTexts are written to put at the edges of words and spans what
// reading and textnorm read apart: capitals, hyphens, possessives,
// apostrophes inside a name, abbreviations, numbers with clitics, hamza
// seats, harakat, tatweel, accents and a line reading does not read.
var readerTexts = []string{
	"Shelling hit Jisr al-Shughur's market and Maarrat al-Nu'man, then Idlib's east.\nDana said the harem of Deir ez-Zor was quiet; Tal Rifaat and Eastern Ghouta were not.",
	"Strikes on al-Bab, Kafr Takharim’s outskirts and Idlib' s road near Atmeh's camp'sfield, the U.S. said; Nu‘man and Saraqéb, 1,200 in Ariha.",
	"قصف على مدينة الباب شرقي حلب وجسر الشغور، وبإدلب ودانا وفرقه الغوطة الشرقية.\nغارات على معرّة النّعمان و10 قتلى في إدلـــب وسرمدا، وأريحا ٣ جرحى، بئر ومؤسسة في البو كمال.",
	"Abu al-Duhur, Abu al-Duhur'S base; Khan Shaykhun – Khan Sheikhoun (SARMADA) and ‘Atmeh’ near Maarrat al-Nu‘man.",
	"Home\nSarmada\nAriha news\nA strike hit Sarmada and Ariha today, rescuers said.\nPrivacy Policy Idlib",
}

func TestReaderIn(t *testing.T) {
	empties := 0 // spans Empty tells at a look
	defer func() {
		if empties == 0 {
			t.Error("Empty is true of no span")
		}
	}()
	for _, text := range readerTexts {
		d := reading.Read(text)
		r := NewReader(d.Text, d.Tokens)
		bounds := []int{}
		for i := range d.Text {
			bounds = append(bounds, i)
		}
		bounds = append(bounds, len(d.Text))
		for ai, a := range bounds {
			for _, b := range bounds[ai:] {
				want := describe(FindAll(d.Text[a:b]), a)
				var got []Match
				for m := range r.In(a, b) {
					got = append(got, m)
				}
				if g := describe(got, 0); g != want {
					t.Fatalf("In(%d, %d) %q:\n got %s\nwant %s", a, b, d.Text[a:b], g, want)
				}
				if r.Empty(a, b) {
					empties++
					if want != "" {
						t.Fatalf("Empty(%d, %d) %q, but In finds %s", a, b, d.Text[a:b], want)
					}
				}
				if ws, tn := r.spanWords(nil, a, b), textnorm.Tokens(d.Text[a:b]); len(ws) != len(tn) {
					t.Fatalf("words of %q: %d, textnorm reads %d", d.Text[a:b], len(ws), len(tn))
				}
			}
		}
	}
}

// describe writes matches with their spans shifted by off.
func describe(ms []Match, off int) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "%s@%d-%d:%q ", m.Place.Name, m.Start+off, m.End+off, m.Text)
	}
	return b.String()
}

// TestReaderWords: the words of a span are textnorm's, and those reading
// reads alike are taken from its tokens, not folded again.
func TestReaderWords(t *testing.T) {
	for _, text := range readerTexts {
		d := reading.Read(text)
		r := NewReader(d.Text, d.Tokens)
		for _, ln := range d.Lines {
			ws := r.spanWords(nil, ln.Start, ln.End)
			want := textnorm.Tokens(d.Text[ln.Start:ln.End])
			if len(ws) != len(want) {
				t.Fatalf("line %q: %d words, want %d", d.Text[ln.Start:ln.End], len(ws), len(want))
			}
			for i, w := range want {
				w.Start += ln.Start
				w.End += ln.Start
				if ws[i] != w {
					t.Errorf("word %d of %q: %+v, want %+v", i, d.Text[ln.Start:ln.End], ws[i], w)
				}
			}
		}
	}
}

func TestPlainWord(t *testing.T) {
	tests := []struct {
		raw, folded string
		want        string // "" when not plain
	}{
		{"Idlib", "idlib", "idlib"},
		{"ariha", "", "ariha"},       // its own fold: reading's is not read
		{"Idlib", "idlibs", "idlib"}, // not reading's fold: folded here
		{"Idlib", "idleb", "idlib"},
		{"إدلب", "ادلب", "ادلب"},
		{"إدلـــب", "ادلب", "ادلب"},
		{"مؤسسة", "مؤسسه", "موسسه"}, // reading keeps the hamza seat
		{"Saraqéb", "saraqéb", ""},
		{"2023", "2023", "2023"},    // digits alone: the fast path
		{"A", "a", "a"},             // a capital alone
		{"Ariha", "", "ariha"},      // capitalized, no fold of reading's
		{"ARiha", "ariha", "ariha"}, // a capital inside: the full path
		{"Ariha's", "ariha's", ""},
		{"al-Bab", "al-bab", ""},
	}
	for _, tt := range tests {
		w, ok := plainWord(tt.raw, tt.folded)
		if got := map[bool]string{true: w.Norm}[ok]; got != tt.want {
			t.Errorf("plainWord(%q, %q) = %q, want %q", tt.raw, tt.folded, got, tt.want)
		}
	}
}

// TestPlainFold: plainFold is textnorm.Word for every rune it takes, alone
// and after a letter of each script.
func TestPlainFold(t *testing.T) {
	for c := rune(0); c <= utf8.MaxRune; c++ {
		f, keep, plain := plainFold(c)
		if !plain {
			continue
		}
		for _, before := range []string{"", "b", "ب"} {
			want, _ := textnorm.Word(before + string(c))
			got, _ := textnorm.Word(before)
			if keep {
				got += string(f)
			}
			if got != want {
				t.Errorf("plainFold(%U) after %q: %q, Word reads %q", c, before, got, want)
			}
		}
	}
}

// TestReaderMatchesReset: Matches gives what In yields, a Reset reader
// reads its new text alone, and Reset("", nil) keeps no string of the
// texts read before, however long a span was asked before the last.
func TestReaderMatchesReset(t *testing.T) {
	r := new(Reader)
	for _, text := range readerTexts {
		d := reading.Read(text)
		r.Reset(d.Text, d.Tokens)
		for _, span := range [][2]int{{0, len(d.Text)}, {0, len(d.Text) / 2}, {len(d.Text) / 3, len(d.Text)}} {
			var want []Match
			for m := range NewReader(d.Text, d.Tokens).In(span[0], span[1]) {
				want = append(want, m)
			}
			if g, w := describe(r.Matches(span[0], span[1]), 0), describe(want, 0); g != w {
				t.Fatalf("Matches(%d, %d) of %q:\n got %s\nwant %s", span[0], span[1], d.Text, g, w)
			}
		}
		r.Matches(0, 1) // a short span last: the longer ones' room stays
	}
	r.Reset("", nil)
	for _, m := range r.matches[:cap(r.matches)] {
		if m.Text != "" {
			t.Fatalf("after Reset a match still holds %q", m.Text)
		}
	}
	for _, w := range r.words[:cap(r.words)] {
		if w != (textnorm.Token{}) {
			t.Fatalf("after Reset a word still holds %+v", w)
		}
	}
}
