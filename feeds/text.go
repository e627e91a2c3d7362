package feeds

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLText reduces an HTML fragment (a feed's description or content) to
// text: tags dropped, entities decoded, scripts and styles skipped, one line
// per block element, runs of white space collapsed. Plain text passes
// through with its white space tidied.
func HTMLText(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	if !strings.ContainsAny(s, "<&") {
		return tidy(s)
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return tidy(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case atom.Br, atom.P, atom.Div, atom.Li, atom.Tr, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
				atom.Blockquote, atom.Section, atom.Article, atom.Figcaption, atom.Ul, atom.Ol, atom.Table, atom.Pre, atom.Hr:
				b.WriteByte('\n')
			case atom.A, atom.B, atom.I, atom.Em, atom.Strong, atom.Span, atom.Sup, atom.Sub, atom.Small, atom.Abbr,
				atom.Code, atom.Kbd, atom.U, atom.S, atom.Mark, atom.Q, atom.Cite, atom.Time, atom.Font:
				// inline: part of the running text
			default:
				b.WriteByte(' ')
			}
		}
	}
}

// tidy collapses white space within lines and drops empty lines, keeping
// one line per paragraph.
func tidy(s string) string {
	var b strings.Builder
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return b.String()
}
