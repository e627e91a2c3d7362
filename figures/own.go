package figures

import (
	"strings"
	"unicode"

	"github.com/idlibwatch/idlibwatch/reading"
)

// outlet is the outlet that published the article, as far as it is known:
// its name, lower-cased, and the acronym of it ("syrian observatory for
// human rights", "SOHR"). figures.md: the outlet's own reporting, its own
// correspondent included, is its voice, with no source.
type outlet struct {
	name    string
	acronym string
}

// ownOutlet is the caller's outlet name when it knows one, else the
// masthead: a short title-case first line before the headline ("The
// Syrian Observatory For Human Rights").
func ownOutlet(d *reading.Doc) outlet {
	name := d.Outlet
	if name == "" {
		name = mastheadLine(d.Text)
	}
	if i := strings.IndexByte(name, '('); i > 0 {
		name = name[:i] // "Enab Baladi (English)", "SOHR (syriahr.com)"
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return outlet{}
	}
	o := outlet{name: strings.ToLower(strings.TrimPrefix(name, "The "))}
	var ac strings.Builder
	for _, w := range strings.Fields(name) {
		r := []rune(w)
		if mastheadStops[strings.ToLower(w)] || !unicode.IsUpper(r[0]) {
			continue
		}
		ac.WriteRune(r[0])
	}
	if ac.Len() >= 2 && ac.Len() <= 6 {
		o.acronym = ac.String()
	}
	if f := strings.Fields(name); len(f) == 1 && isAllUpper(name) {
		o.acronym = name // the name is an acronym itself: "SANA"
	}
	return o
}

var mastheadStops = map[string]bool{"the": true, "for": true, "of": true, "and": true, "in": true, "on": true}

// mastheadLine: is the first non-empty line of text a site's name: two to
// seven words, each capitalised or a linking word, no punctuation of a
// sentence or a headline, and a line after it?
func mastheadLine(text string) string {
	first, rest, ok := strings.Cut(strings.TrimLeft(text, " \t\r\n"), "\n")
	if !ok || strings.TrimSpace(rest) == "" {
		return ""
	}
	first = strings.TrimSpace(first)
	f := strings.Fields(first)
	if len(f) < 2 || len(f) > 7 || strings.ContainsAny(first, ".:!?,;|\"“”0123456789–—-") {
		return ""
	}
	for _, w := range f {
		if r := []rune(w); !unicode.IsUpper(r[0]) && !mastheadStops[w] {
			return ""
		}
	}
	return first
}

// arabic: is the outlet known by an Arabic name ("عنب بلدي")?
func (o outlet) arabic() bool {
	for _, r := range o.name {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	return false
}

// trimPossessive drops a final "'s" or "’s" ("SOHR's").
func trimPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

func isAllUpper(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

// speaks: is src the outlet's own people ("SOHR activists", "SOHR
// initial reports", "a correspondent from Enab Baladi in Idlib")? Another
// outlet or body stays a source. When the outlet is not known, a
// correspondent of a named outlet is taken as its own, as Arabic "مراسل
// <outlet>" is (arOwnVoice), unless it is a wire agency's.
func (o outlet) speaks(src string) bool {
	if src == "" {
		return false
	}
	l := strings.ToLower(src)
	f := strings.Fields(l)
	correspondent := false
	for n, w := range f {
		w = trimPossessive(w)
		f[n] = w
		if w == "correspondent" || w == "correspondents" || w == "reporter" || w == "reporters" {
			correspondent = true
		}
	}
	if o.name == "" {
		if !correspondent || !namesOne(src) {
			return false // "a reporter said": nobody's, a source as given
		}
		// whole words only: "ap" is no part of "Japan", "sana" of "Sanaa"
		words := " " + strings.Join(f, " ") + " "
		for _, wire := range wireAgencies {
			if strings.Contains(words, " "+wire+" ") {
				return false
			}
		}
		return true
	}
	l = strings.TrimPrefix(l, "the ")
	if strings.HasPrefix(l, o.name) {
		return true
	}
	if o.acronym != "" {
		first := trimPossessive(strings.Fields(src)[0])
		if first == o.acronym {
			return true
		}
	}
	return correspondent && (strings.Contains(l, o.name) || o.acronym != "" && strings.Contains(src, o.acronym))
}

// namesOne: does src name something after its first word ("a
// correspondent from Orontes Radio")?
func namesOne(src string) bool {
	for i, w := range strings.Fields(src) {
		if r := []rune(w); i > 0 && unicode.IsUpper(r[0]) {
			return true
		}
	}
	return false
}

// wireAgencies' correspondents are quoted by other outlets.
var wireAgencies = []string{"reuters", "afp", "agence france", "associated press", "ap", "anadolu", "dpa", "xinhua", "sana"}
