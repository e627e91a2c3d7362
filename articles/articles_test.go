package articles

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseText(t *testing.T) {
	tests := []struct {
		name, in       string
		wantTitle      string
		wantPublished  string // YYYY-MM-DD or ""
		wantTextPrefix string
		wantLang       string
	}{
		{"seed header", " date 2022-02-03 Raid in Atmeh\n\nSecond paragraph.", "Raid in Atmeh", "2022-02-03", "Raid in Atmeh", "en"},
		{"seed header with BOM", "\ufeff date 2025-08-20 Headline here\nBody.", "Headline here", "2025-08-20", "Headline here", "en"},
		{"no header", "\n\nPlain headline\n\nbody text", "Plain headline", "", "Plain headline", "en"},
		{"bad date in header is text", " date 2022-13-45 something", "date 2022-13-45 something", "", "date 2022-13-45", "en"},
		{"arabic", " date 2020-11-04 مقتل ثلاثة مدنيين في قصف على إدلب", "مقتل ثلاثة مدنيين في قصف على إدلب", "2020-11-04", "مقتل", "ar"},
		{"crlf", "Title line\r\nBody line\r\n", "Title line", "", "Title line\nBody line", "en"},
	}
	outlets := []struct{ name, in, want string }{
		{"header text is a headline, not an outlet", " date 2022-02-03 In Pictures\n\nIn Pictures: a raid in Atmeh\n\nBody.", ""},
		{"masthead repeated in the navigation", "Example News English\n\n  • Politics\nExample News English\n\nA raid in Atmeh\nBody.", "Example News English"},
		{"short first line said once", "Example News\n\nA raid in Atmeh killed nine people.", ""},
		{"a repeated sentence is no masthead", "Nine were killed.\nNine were killed.", ""},
	}
	bylines := []struct{ name, in, want string }{
		{"byline date of a saved page", "Site\n\nRaid in Atmeh\n\n  • By Staff\n  • 3 Feb 2022 08:46\n\nNine people were killed.", "2022-02-03 08:46"},
		{"a date in a sentence is the incident's", "Raid in Atmeh\n\nOn 3 Feb 2022 nine people were killed.", ""},
		{"the seed header wins", " date 2022-02-04 Raid\n\n• 3 Feb 2022 08:46\nBody.", "2022-02-04 00:00"},
	}
	for _, tt := range bylines {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x.txt", []byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			got := ""
			if !a.Published.IsZero() {
				got = a.Published.Format("2006-01-02 15:04")
			}
			if got != tt.want {
				t.Errorf("published = %q, want %q", got, tt.want)
			}
		})
	}
	for _, tt := range outlets {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x.txt", []byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if a.Outlet != tt.want {
				t.Errorf("outlet = %q, want %q", a.Outlet, tt.want)
			}
		})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x.txt", []byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if a.Title != tt.wantTitle {
				t.Errorf("title = %q, want %q", a.Title, tt.wantTitle)
			}
			got := ""
			if !a.Published.IsZero() {
				got = a.Published.Format("2006-01-02")
			}
			if got != tt.wantPublished {
				t.Errorf("published = %q, want %q", got, tt.wantPublished)
			}
			if !strings.HasPrefix(a.Text, tt.wantTextPrefix) {
				t.Errorf("text = %q, want prefix %q", a.Text, tt.wantTextPrefix)
			}
			if a.Language != tt.wantLang {
				t.Errorf("language = %q, want %q", a.Language, tt.wantLang)
			}
			if a.ContentHash != Hash(a.Text) || len(a.ContentHash) != 64 {
				t.Errorf("content hash %q does not match the text", a.ContentHash)
			}
		})
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		name string
		file string
		data []byte
		want error
	}{
		{"empty", "a.txt", nil, ErrEmpty},
		{"white space only", "a.txt", []byte(" \n\t\n"), ErrEmpty},
		{"header only", "a.txt", []byte(" date 2022-02-03 "), ErrEmpty},
		{"binary", "a.txt", []byte("PK\x03\x04\x00\x00binary"), ErrBinary},
		{"latin-1", "a.txt", []byte("Caf\xe9 in Idlib"), ErrNotUTF8},
		{"too large", "a.txt", []byte(strings.Repeat("a", MaxFileSize+1)), ErrTooLarge},
		{"html without text", "a.html", []byte("<html><body><nav>Home</nav></body></html>"), ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.file, tt.data)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Parse error = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestParseFileHTML(t *testing.T) {
	a, err := ParseFile(filepath.Join("testdata", "report.html"))
	if err != nil {
		t.Fatalf("ParseFile: %v", err)
	}
	if want := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC); a.Published.Format("2006-01-02") != want.Format("2006-01-02") {
		t.Errorf("published = %v, want 2024-03-14", a.Published)
	}
	if !strings.Contains(a.Text, "seven people were killed") {
		t.Errorf("main text missing the article body: %q", a.Text)
	}
	for _, junk := range []string{"BREAKING", "Most read", "weekend weather", "Sport"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("main text keeps page furniture %q: %q", junk, a.Text)
		}
	}
	// One line per block: the headline and each paragraph stand apart, so a
	// headline without a final period does not run into the first sentence.
	lines := strings.Split(a.Text, "\n")
	if len(lines) != 5 || lines[0] != "Shelling hits market town in Idlib countryside" || !strings.HasPrefix(lines[2], "The rescue service said seven") {
		t.Errorf("lines = %q", lines)
	}
	if !strings.Contains(a.Title, "Shelling hits market town") {
		t.Errorf("title = %q", a.Title)
	}
}

func TestParseFileTooLargeIsRefusedBeforeReading(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if _, err := ParseFile(p); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("ParseFile error = %v, want ErrTooLarge", err)
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"http://www.Example.com/news/a?utm_source=x&utm_medium=rss&id=7#top", "https://example.com/news/a?id=7"},
		{"https://example.com/news/a/", "https://example.com/news/a"},
		{"https://example.com:443/a?b=2&a=1&fbclid=zz", "https://example.com/a?a=1&b=2"},
		{"https://user:pw@example.com/a", "https://example.com/a"},
		{"not a url", "not a url"},
		{"  ftp://example.com/file ", "ftp://example.com/file"},
	}
	for _, tt := range tests {
		if got := CanonicalURL(tt.in); got != tt.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHashIgnoresWhiteSpaceOnly(t *testing.T) {
	if Hash("a  b\n\nc") != Hash("a b c") {
		t.Error("white space changes the hash")
	}
	if Hash("9 killed") == Hash("13 killed") {
		t.Error("different words give the same hash")
	}
}

func TestNodeTextKeepsInlineWordsTogether(t *testing.T) {
	a, err := Parse("x.html", []byte(`<html><body><article><h2>Toll rises</h2><p>Rescuers said <b>nine</b> people were killed in <a href="/x">Sarmada</a>, including <i>two</i> children.</p>
<p>Residents said the strike hit a bakery.<br>Shops nearby were damaged and several families left the area overnight.</p><script>var x = 13;</script></article></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	want := "Toll rises\nRescuers said nine people were killed in Sarmada, including two children.\nResidents said the strike hit a bakery.\nShops nearby were damaged and several families left the area overnight."
	if a.Text != want {
		t.Fatalf("text =\n%q\nwant\n%q", a.Text, want)
	}
}
