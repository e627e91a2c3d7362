package bot

import "strings"

// Doc is a platform-neutral rich message: command answers, digests and
// notices are built as Docs, and each platform renders them with its own
// markup and escaping, so article text is escaped in exactly one place.
type Doc struct {
	Title    string
	Sections []Section
	Footer   string
}

// Section is a block of lines under an optional heading.
type Section struct {
	Heading string
	Lines   []Line
}

// Line is one line of spans.
type Line []Span

// Span is a run of text with one style; URL makes it a link.
type Span struct {
	Text   string
	Bold   bool
	Italic bool
	URL    string
}

// T is plain text.
func T(s string) Span { return Span{Text: s} }

// B is bold text.
func B(s string) Span { return Span{Text: s, Bold: true} }

// I is italic text.
func I(s string) Span { return Span{Text: s, Italic: true} }

// L is a link.
func L(text, url string) Span { return Span{Text: text, URL: url} }

// Text returns a Doc with one plain paragraph.
func Text(s string) *Doc { return &Doc{Sections: []Section{{Lines: []Line{{T(s)}}}}} }

// Plain renders a doc as plain text for terminals and notification
// fallbacks: no markup, links as "text <url>".
func Plain(d *Doc) string {
	var b strings.Builder
	if d.Title != "" {
		b.WriteString(d.Title + "\n")
	}
	for i, s := range d.Sections {
		if i > 0 || d.Title != "" {
			b.WriteString("\n")
		}
		if s.Heading != "" {
			b.WriteString(s.Heading + "\n")
		}
		for _, l := range s.Lines {
			b.WriteString(PlainLine(l) + "\n")
		}
	}
	if d.Footer != "" {
		b.WriteString("\n" + d.Footer + "\n")
	}
	return b.String()
}

// PlainLine renders one line as plain text.
func PlainLine(l Line) string {
	var b strings.Builder
	for _, s := range l {
		b.WriteString(s.Text)
		if s.URL != "" && s.URL != s.Text {
			b.WriteString(" <" + s.URL + ">")
		}
	}
	return b.String()
}

// Truncate cuts s to at most n runes, ending with "…" when cut.
func Truncate(s string, n int) string {
	if n <= 0 {
		return ""
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
