package articles

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/araddon/dateparse"
	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
)

// ParseHTML extracts the main text, title and publication date of an HTML
// page with go-readability (Mozilla's Readability, the algorithm Firefox's
// reader view and Miniflux use), which knows far more page layouts than any
// hand-written stripping would. The date comes from the page's metadata
// (JSON-LD datePublished, article:published_time), else its other date
// meta tags or first <time datetime>. pageURL may be empty.
//
// It used go-trafilatura and go-htmldate before: their date parser compiles
// patterns for some 200 languages when the program starts, 95 MB allocated
// and 25 MB held for the life of the process, more than the whole poller
// needs (BENCHMARKS.md, feeds).
func ParseHTML(data []byte, pageURL string) (Article, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Article{}, fmt.Errorf("parse html: %w", err)
	}
	res, err := readability.FromDocument(doc, parseURLOrNil(pageURL))
	if err != nil {
		return Article{}, fmt.Errorf("extract main text: %w", err)
	}
	a := Article{
		URL:    pageURL,
		Title:  strings.TrimSpace(res.Title),
		Outlet: strings.TrimSpace(res.SiteName),
	}
	if res.Node != nil {
		a.Text = nodeText(res.Node)
	}
	if a.Text == "" {
		a.Text = strings.TrimSpace(res.TextContent)
	}
	// A few words are menu leftovers, not an article.
	if len(strings.Fields(a.Text)) < minWords {
		return Article{}, ErrNoText
	}
	if !utf8.ValidString(a.Text) {
		a.Text = strings.ToValidUTF8(a.Text, "\uFFFD")
	}
	if a.Title != "" && !strings.HasPrefix(a.Text, a.Title) {
		// Headlines carry figures ("US raid in Syria: 13 dead"), so keep
		// them, on a line of their own (readability drops the <h1> that
		// repeats the title).
		a.Text = a.Title + "\n" + a.Text
	}
	if a.Title == "" {
		a.Title = firstLine(a.Text)
	}
	if res.PublishedTime != nil && !res.PublishedTime.IsZero() {
		a.Published = *res.PublishedTime
	} else {
		a.Published = pageDate(doc)
	}
	a.Language = Language(a.Text)
	a.ContentHash = Hash(a.Text)
	return a, nil
}

func parseURLOrNil(raw string) *url.URL {
	if raw == "" {
		return nil
	}
	u, err := parseAbsURL(raw)
	if err != nil {
		return nil
	}
	return u
}

// dateMeta are the meta tags (name, property or itemprop) that carry a
// publication date on pages without the metadata readability reads.
var dateMeta = map[string]bool{
	"datepublished": true, "date": true, "pubdate": true, "publishdate": true, "publish-date": true,
	"dc.date": true, "dc.date.issued": true, "dcterms.created": true, "parsely-pub-date": true,
	"sailthru.date": true, "og:published_time": true, "article.published": true,
}

// pageDate is the page's publication date from its date meta tags, else its
// first <time datetime>, zero when neither parses.
func pageDate(doc *html.Node) time.Time {
	var meta, timeTag string
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				var key, content string
				for _, at := range n.Attr {
					switch at.Key {
					case "name", "property", "itemprop":
						key = strings.ToLower(at.Val)
					case "content":
						content = at.Val
					}
				}
				if dateMeta[key] && content != "" {
					meta = content
					return true
				}
			case "time":
				for _, at := range n.Attr {
					if at.Key == "datetime" && timeTag == "" {
						timeTag = at.Val
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(doc)
	for _, s := range []string{meta, timeTag} {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		if t, err := dateparse.ParseAny(s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// blockTags end a line of text: a paragraph, a heading, a list item, a
// caption. Figures are found per sentence, and a headline or caption without
// a final period must not run into the next paragraph.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "blockquote": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "head": true,
	"figure": true, "figcaption": true, "table": true, "tr": true, "td": true, "th": true,
	"section": true, "article": true, "header": true, "footer": true, "pre": true, "hr": true,
	"dl": true, "dt": true, "dd": true, "main": true, "aside": true,
}

// nodeText renders the text of an extracted content tree with one line per
// block element and white space folded within each line.
func nodeText(n *html.Node) string {
	var lines []string
	var cur strings.Builder
	flush := func() {
		if line := strings.Join(strings.Fields(cur.String()), " "); line != "" {
			lines = append(lines, line)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return strings.Join(lines, "\n")
}
