package feeds

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// Outline is a feed in an OPML subscription list.
type Outline struct {
	URL     string // xmlUrl
	Title   string
	SiteURL string // htmlUrl
}

type opmlDoc struct {
	XMLName xml.Name      `xml:"opml"`
	Version string        `xml:"version,attr"`
	Title   string        `xml:"head>title"`
	Body    []opmlOutline `xml:"body>outline"`
}

type opmlOutline struct {
	Text     string        `xml:"text,attr"`
	Title    string        `xml:"title,attr,omitempty"`
	Type     string        `xml:"type,attr,omitempty"`
	XMLURL   string        `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string        `xml:"htmlUrl,attr,omitempty"`
	Children []opmlOutline `xml:"outline"`
}

// ReadOPML reads the feeds of an OPML file; outlines nested in folders are
// flattened, outlines without xmlUrl (the folders themselves) skipped.
func ReadOPML(r io.Reader) ([]Outline, error) {
	var doc opmlDoc
	dec := xml.NewDecoder(io.LimitReader(r, 20<<20))
	dec.Strict = false
	dec.CharsetReader = charsetReader
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("read OPML: %w", err)
	}
	var out []Outline
	var walk func([]opmlOutline)
	walk = func(os []opmlOutline) {
		for _, o := range os {
			if u := strings.TrimSpace(o.XMLURL); u != "" {
				title := strings.TrimSpace(o.Title)
				if title == "" {
					title = strings.TrimSpace(o.Text)
				}
				out = append(out, Outline{URL: u, Title: title, SiteURL: strings.TrimSpace(o.HTMLURL)})
			}
			walk(o.Children)
		}
	}
	walk(doc.Body)
	return out, nil
}

// WriteOPML writes feeds as an OPML 2.0 subscription list.
func WriteOPML(w io.Writer, title string, feeds []Outline) error {
	doc := opmlDoc{Version: "2.0", Title: title}
	for _, f := range feeds {
		text := f.Title
		if text == "" {
			text = f.URL
		}
		doc.Body = append(doc.Body, opmlOutline{Text: text, Title: f.Title, Type: "rss", XMLURL: f.URL, HTMLURL: f.SiteURL})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write OPML: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}
