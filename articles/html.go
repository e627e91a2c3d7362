package articles

import (
	"strings"

	"golang.org/x/net/html"
)

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
