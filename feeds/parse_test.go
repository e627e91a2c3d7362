package feeds

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseFixtures(t *testing.T) {
	date := func(s string) time.Time {
		d, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return d.UTC()
	}
	tests := []struct {
		file        string
		contentType string
		noDecl      bool // drop the XML declaration: only the header names the charset
		items       int
		title       string // of the first item
		url         string
		guid        string
		published   time.Time
		text        string // contained in the first item's text
		feedTitle   string
	}{
		{file: "rss091-latin1.xml", items: 2, title: "Ajuda humanitária chega a Idlib pela fronteira",
			url: "http://revista.example.com/2024/03/ajuda-idlib.html", text: "passagem de Bab al-Hawa", feedTitle: "Revista da Região"},
		{file: "rss092.xml", items: 2, title: "Road to Sarmada reopened", text: "between Sarmada and Dana"},
		{file: "rss10-rdf.xml", items: 2, title: "Luftangriff in Idlib", url: "https://radio.example.at/stories/1001/",
			published: date("2024-03-05T08:14:24Z"), text: "drei Menschen verletzt"},
		{file: "atom-xhtml-xmlbase.xml", items: 1, title: "Clinic in Atmeh reopens", url: "https://blog.example.net/posts/clinic-atmeh",
			guid: "tag:blog.example.net,2024:log:42", published: date("2024-03-06T09:30:00.123456Z"), text: "The clinic in Atmeh reopened"},
		{file: "jsonfeed-bom.json", items: 2, guid: "2", published: date("2024-03-05T11:04:04Z"), text: "Second item about Salqin.", feedTitle: "Minimal JSON"},
		{file: "windows1251.xml", items: 1, title: "Обстрел в провинции Идлиб", url: "http://gorod.example.ru/news/1/",
			published: date("2024-03-05T08:31:31Z"), text: "пострадали пять человек", feedTitle: "Городские новости"},
		// The HTTP header names the charset the document does not declare.
		{file: "windows1251.xml", noDecl: true, contentType: "application/rss+xml; charset=windows-1251", items: 1, title: "Обстрел в провинции Идлиб",
			published: date("2024-03-05T08:31:31Z")},
		{file: "iso8859-7-mislabelled.xml", items: 1, title: "«Βοήθεια» για την Ιντλίμπ", published: date("2024-03-05T18:03:00Z"), text: "Φορτηγά πέρασαν", feedTitle: "Ειδήσεις"},
		{file: "rss-relative-xmlbase.xml", items: 2, title: "Patch notes", url: "https://games.example.com/en/news/detail/100",
			guid: "games-100", published: date("2024-03-07T18:00:29Z"), text: "Fixes & changes."},
		{file: "atom-bare-ampersand.xml", items: 1, title: "Bread & salt: prices in Ariha", url: "https://links.example.org/bread-salt",
			published: date("2024-03-04T15:43:09.452Z"), text: "Prices rose again"},
		{file: "rss-html-pubdate.xml", items: 1, title: "Notice about a recall", url: "https://agency.example.gov/notices/recall-1",
			guid: "https://agency.example.gov/notices/recall-1", published: date("2024-03-03T19:21:28Z")},
		{file: "rss-foreign-dates.xml", items: 1, title: "Conflito na Síria", url: "https://noticias.example.br/2024/09/24/siria.htm",
			published: date("2019-10-15T10:05:11Z"), text: "Bombardeio em Idlib."},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if tt.noDecl {
				_, rest, _ := strings.Cut(string(body), "?>")
				body = []byte(rest)
			}
			f, err := Parse(body, tt.contentType, "https://feeds.example.com/"+tt.file)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if len(f.Items) != tt.items {
				t.Fatalf("%d items, want %d", len(f.Items), tt.items)
			}
			it := f.Items[0]
			if tt.title != "" && it.Title != tt.title {
				t.Errorf("title %q, want %q", it.Title, tt.title)
			}
			if tt.url != "" && it.URL != tt.url {
				t.Errorf("url %q, want %q", it.URL, tt.url)
			}
			if tt.guid != "" && it.GUID != tt.guid {
				t.Errorf("guid %q, want %q", it.GUID, tt.guid)
			}
			if !it.Published.Equal(tt.published) {
				t.Errorf("published %v, want %v", it.Published, tt.published)
			}
			if !strings.Contains(it.Text(), tt.text) {
				t.Errorf("text %q does not contain %q", it.Text(), tt.text)
			}
			if tt.feedTitle != "" && f.Title != tt.feedTitle {
				t.Errorf("feed title %q, want %q", f.Title, tt.feedTitle)
			}
			for _, it := range f.Items {
				if strings.ContainsRune(it.Title+it.Text(), '\uFFFD') || strings.Contains(it.Title+it.Text(), "Ã") {
					t.Errorf("mojibake in %q / %q", it.Title, it.Text())
				}
				if it.URL != "" && !strings.HasPrefix(it.URL, "http") {
					t.Errorf("relative URL %q", it.URL)
				}
			}
		})
	}
}

func TestParseUTF16(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><title>عنوان</title>` +
		`<item><title>قصف على إدلب</title><link>https://n.example.com/1</link></item></channel></rss>`
	enc := []byte{0xff, 0xfe} // little-endian byte order mark
	for _, r := range doc {
		enc = append(enc, byte(r), byte(r>>8))
	}
	f, err := Parse(enc, "", "https://n.example.com/feed")
	if err != nil || len(f.Items) != 1 || f.Items[0].Title != "قصف على إدلب" || f.Title != "عنوان" {
		t.Fatalf("Parse UTF-16 = %+v, %v", f, err)
	}
}

func TestParseRefusals(t *testing.T) {
	malformed, err := os.ReadFile(filepath.Join("testdata", "malformed.xml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		body    string
		want    error
		message string
	}{
		{"malformed XML", string(malformed), ErrParse, "cannot parse the feed: "},
		{"empty", "  \n", ErrParse, "empty"},
		{"HTML page", "<!DOCTYPE html><html><head><title>News</title></head><body>hi</body></html>", ErrNotFeed, "HTML page"},
		{"bot protection", "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div id=\"challenge-platform\"></div></body></html>", ErrBotProtection, "bot-protection"},
		{"plain text", "hello, this is not a feed", ErrNotFeed, "neither RSS, Atom nor JSON"},
	}
	for _, tt := range tests {
		_, err := Parse([]byte(tt.body), "", "https://example.com/feed")
		if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.message) {
			t.Errorf("%s: Parse error = %v, want %v containing %q", tt.name, err, tt.want, tt.message)
		}
	}
}

func TestTitles(t *testing.T) {
	doc := `<rss version="2.0"><channel><title>T</title>
<item><title>Feed &lt;&lt;&lt; Heading &gt;&gt;&gt;</title></item>
<item><title>Says &amp;quot;no&amp;quot; &amp;amp; leaves</title></item>
<item><title>  Wrapped
   title  </title></item>
</channel></rss>`
	f, err := Parse([]byte(doc), "", "https://example.com/")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Feed <<< Heading >>>", `Says "no" & leaves`, "Wrapped title"}
	for i, w := range want {
		if f.Items[i].Title != w {
			t.Errorf("title %d = %q, want %q", i, f.Items[i].Title, w)
		}
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain  text\n\n with   spaces", "plain text\nwith spaces"},
		{"<p>One <b>bold</b> word.</p><p>Two &amp; three</p>", "One bold word.\nTwo & three"},
		{"<script>var x = 1;</script><p>kept</p><style>p{}</style>", "kept"},
		{"line<br>break", "line\nbreak"},
		{"&lt;not a tag&gt;", "<not a tag>"},
		{"a<img src=x>b", "a b"},
	}
	for _, tt := range tests {
		if got := HTMLText(tt.in); got != tt.want {
			t.Errorf("HTMLText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
