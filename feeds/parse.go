package feeds

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/araddon/dateparse"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Feed is a parsed feed document.
type Feed struct {
	Title    string
	SiteURL  string
	Language string
	Items    []Item
	// Skipped counts the items left out because they could not be read
	// (a wrongly typed field, broken markup) or broke the parser's limits.
	Skipped int
}

// Item is one entry of a feed, its HTML reduced to text.
type Item struct {
	GUID      string
	URL       string // absolute; the publisher's own URL when the feed names one (feedburner:origLink)
	Title     string
	Summary   string    // the description, as text
	Content   string    // the full content, as text, when the feed carries it
	Published time.Time // zero when the item has no date
}

// Text is the item's body: its content when the feed carries one, else its
// summary.
func (it Item) Text() string {
	if len(it.Content) >= len(it.Summary) {
		return it.Content
	}
	return it.Summary
}

// Parse reads a feed document: RSS 0.9x/1.0/2.0, Atom or JSON Feed, in
// whatever encoding it declares (or, when its declaration is wrong, the one
// it is in). contentType is the HTTP Content-Type, if any; docURL the
// document's URL, against which relative links are resolved.
func Parse(body []byte, contentType, docURL string) (*Feed, error) {
	body, err := toUTF8(body, contentType)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrParse, err)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, fmt.Errorf("%w: the document is empty", ErrParse)
	}
	if isHTML(body) {
		if looksLikeBotProtection(200, nil, body) {
			return nil, ErrBotProtection
		}
		return nil, fmt.Errorf("%w: the URL serves an HTML page (feeds add finds the feed a page links to)", ErrNotFeed)
	}
	base, _ := url.Parse(docURL)
	f := &Feed{}
	first := true
	f.Skipped, err = chunked(body, func(gf *gofeed.Feed) {
		if first {
			first = false
			f.Title, f.SiteURL, f.Language = cleanTitle(gf.Title), resolve(base, strings.TrimSpace(gf.Link)), gf.Language
		}
		for _, gi := range gf.Items {
			if gi != nil {
				f.Items = append(f.Items, toItem(base, gi))
			}
		}
	})
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, fmt.Errorf("%w: neither RSS, Atom nor JSON Feed", ErrNotFeed)
		}
		return nil, fmt.Errorf("%w: %w", ErrParse, err)
	}
	return f, nil
}

func toItem(base *url.URL, gi *gofeed.Item) Item {
	it := Item{
		GUID:    strings.TrimSpace(gi.GUID),
		URL:     resolve(base, itemLink(gi)),
		Title:   cleanTitle(gi.Title),
		Summary: HTMLText(gi.Description),
		Content: HTMLText(gi.Content),
	}
	if it.Content == it.Summary {
		it.Content = ""
	}
	it.Published = itemDate(gi)
	return it
}

// itemLink is the item's link: feedburner's origLink (the publisher's URL,
// not the redirector's) when present, else the first link.
func itemLink(gi *gofeed.Item) string {
	if fb, ok := gi.Extensions["feedburner"]; ok {
		for _, e := range fb["origLink"] {
			if v := strings.TrimSpace(e.Value); v != "" {
				return v
			}
		}
	}
	if l := strings.TrimSpace(gi.Link); l != "" {
		return l
	}
	for _, l := range gi.Links {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

func resolve(base *url.URL, ref string) string {
	if ref == "" || base == nil {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return base.ResolveReference(r).String()
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// itemDate is the item's publication date, else its update date. A date
// gofeed could not read (HTML inside pubDate, an unusual layout) gets a
// second, lenient try; a date still unreadable is zero, not an error.
func itemDate(gi *gofeed.Item) time.Time {
	for _, p := range []*time.Time{gi.PublishedParsed, gi.UpdatedParsed} {
		if p != nil && !p.IsZero() {
			return p.UTC()
		}
	}
	for _, s := range []string{gi.Published, gi.Updated} {
		if m := datetimeAttrRE.FindStringSubmatch(s); m != nil {
			if t, err := time.Parse(time.RFC3339, m[1]); err == nil {
				return t.UTC()
			}
		}
		s = strings.TrimSpace(html.UnescapeString(tagRE.ReplaceAllString(s, " ")))
		if s == "" {
			continue
		}
		s = strings.Join(strings.Fields(s), " ")
		if t, err := dateparse.ParseAny(s); err == nil && t.Year() > 1990 {
			return t.UTC()
		}
		if t, ok := foreignDate(s); ok {
			return t
		}
	}
	return time.Time{}
}

// foreignDate reads a date whose day and month names are in another
// language: "Ter, 15 Out 2019 07:05:11 -0300".
func foreignDate(s string) (time.Time, bool) {
	_, rest, ok := strings.Cut(s, ", ")
	if !ok {
		return time.Time{}, false
	}
	fields := strings.Fields(rest)
	if len(fields) < 3 {
		return time.Time{}, false
	}
	m, ok := foreignMonths[strings.ToLower(strings.TrimSuffix(fields[1], "."))]
	if !ok {
		return time.Time{}, false
	}
	fields[1] = m
	english := strings.Join(fields, " ")
	if t, err := time.Parse("2 Jan 2006 15:04:05 -0700", english); err == nil {
		return t.UTC(), true
	}
	if t, err := dateparse.ParseAny(english); err == nil && t.Year() > 1990 {
		return t.UTC(), true
	}
	return time.Time{}, false
}

var datetimeAttrRE = regexp.MustCompile(`datetime\s*=\s*["']([^"']+)["']`)

// foreignMonths maps month abbreviations of RSS dates written in Portuguese,
// Spanish, French and German to English.
var foreignMonths = map[string]string{
	"jan": "Jan", "fev": "Feb", "feb": "Feb", "mar": "Mar", "abr": "Apr", "avr": "Apr", "apr": "Apr",
	"mai": "May", "may": "May", "jun": "Jun", "juin": "Jun", "jul": "Jul", "juil": "Jul", "ago": "Aug", "aug": "Aug",
	"aoû": "Aug", "set": "Sep", "sep": "Sep", "sept": "Sep", "out": "Oct", "oct": "Oct", "okt": "Oct",
	"nov": "Nov", "dez": "Dec", "dic": "Dec", "déc": "Dec", "dec": "Dec", "ene": "Jan", "janv": "Jan", "févr": "Feb",
	"mär": "Mar", "mrz": "Mar",
}

// cleanTitle tidies a title's white space and decodes the HTML entities
// feeds escape twice ("&amp;quot;" arrives as "&quot;"). Angle brackets are
// text, not tags: "RSS <<< Title >>>" stays as it is.
func cleanTitle(s string) string {
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// isHTML reports an HTML page where a feed was expected.
func isHTML(b []byte) bool {
	head := b
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = bytes.ToLower(bytes.TrimSpace(head))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

// toUTF8 returns the document as UTF-8 with any XML declaration saying so.
// The declared charset (XML declaration, else Content-Type) is believed
// unless the bytes are valid UTF-8 with non-ASCII text in them: a document in
// a single-byte legacy encoding is practically never valid UTF-8, while feeds
// re-encoded to UTF-8 that kept their old declaration are common, and
// decoding those as declared gives silent mojibake.
func toUTF8(b []byte, contentType string) ([]byte, error) {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return fixDeclaration(b[3:]), nil
	case bytes.HasPrefix(b, []byte("\xfe\xff")), bytes.HasPrefix(b, []byte("\xff\xfe")):
		u, _, err := transform.Bytes(unicode.BOMOverride(unicode.UTF8.NewDecoder()), b)
		if err != nil {
			return nil, fmt.Errorf("decode UTF-16: %w", err)
		}
		return fixDeclaration(u), nil
	}
	b = bytes.TrimLeft(b, " \t\r\n") // a blank line before <?xml is an error to XML parsers
	label := declaredEncoding(b)
	if label == "" && contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil {
			label = params["charset"]
		}
	}
	label = strings.ToLower(strings.TrimSpace(label))
	if utf8.Valid(b) {
		return fixDeclaration(b), nil
	}
	if label == "" || label == "utf-8" || label == "utf8" {
		label = "windows-1252" // invalid UTF-8 with no other word: the web's default
	}
	r, err := charset.NewReaderLabel(label, bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("unknown encoding %q", label)
	}
	u, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", label, err)
	}
	return fixDeclaration(u), nil
}

var encodingRE = regexp.MustCompile(`(?i)^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']`)

// declaredEncoding returns the encoding of the XML declaration, if any.
func declaredEncoding(b []byte) string {
	head := b
	if len(head) > 512 {
		head = head[:512]
	}
	if m := encodingRE.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

var encodingAttrRE = regexp.MustCompile(`(?i)(\sencoding\s*=\s*)["'][^"']+["']`)

// fixDeclaration makes an XML declaration say UTF-8, which the bytes now
// are, so that the XML decoder does not decode them a second time.
func fixDeclaration(b []byte) []byte {
	if !bytes.HasPrefix(bytes.TrimSpace(b[:min(len(b), 64)]), []byte("<?xml")) {
		return b
	}
	end := bytes.Index(b, []byte("?>"))
	if end < 0 || end > 512 {
		return b
	}
	decl := encodingAttrRE.ReplaceAll(b[:end], []byte(`${1}"utf-8"`))
	if bytes.Equal(decl, b[:end]) {
		return b
	}
	out := make([]byte, 0, len(b))
	out = append(out, decl...)
	return append(out, b[end:]...)
}

func charsetReader(label string, r io.Reader) (io.Reader, error) {
	return charset.NewReaderLabel(label, r)
}
