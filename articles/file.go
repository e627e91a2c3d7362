package articles

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxFileSize is the largest file ParseFile reads: an article is a few tens of
// kilobytes; anything far larger is not one.
const MaxFileSize = 5 << 20

// minWords is the least main text an HTML page must yield to count as an
// article.
const minWords = 8

// Reasons a file is not an article. Callers report them and go on.
var (
	ErrEmpty    = errors.New("empty file")
	ErrBinary   = errors.New("binary file (contains NUL bytes)")
	ErrNotUTF8  = errors.New("not valid UTF-8 text")
	ErrTooLarge = fmt.Errorf("larger than %d bytes", MaxFileSize)
	ErrNoText   = errors.New("no article text found")
)

// ParseFile reads an article from a file: a corpus seed or plain text file
// (.txt or no extension), or an HTML page (.html, .htm).
func ParseFile(path string) (Article, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return Article{}, fmt.Errorf("read %s: %w", path, err)
	}
	if fi.Size() > MaxFileSize {
		return Article{}, fmt.Errorf("read %s: %w", path, ErrTooLarge)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Article{}, fmt.Errorf("read %s: %w", path, err)
	}
	a, err := Parse(filepath.Base(path), data)
	if err != nil {
		return Article{}, fmt.Errorf("read %s: %w", path, err)
	}
	return a, nil
}

// Parse reads an article from the bytes of a file named name; the name's
// extension says whether it is HTML.
func Parse(name string, data []byte) (Article, error) {
	switch {
	case len(data) > MaxFileSize:
		return Article{}, ErrTooLarge
	case len(bytes.TrimSpace(data)) == 0:
		return Article{}, ErrEmpty
	case bytes.IndexByte(data, 0) >= 0:
		return Article{}, ErrBinary
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a UTF-8 byte order mark
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return ParseHTML(data, "")
	}
	if !utf8.Valid(data) {
		return Article{}, ErrNotUTF8
	}
	return parseText(string(data))
}

// parseText reads the corpus seed format: a text whose first line may start
// with " date YYYY-MM-DD " (the publication date); the rest is the article,
// its first non-empty line the title (the header's text is a headline, never
// the outlet). The outlet is set only when the text names itself: see
// masthead.
func parseText(s string) (Article, error) {
	var a Article
	if rest, ok := strings.CutPrefix(strings.TrimLeft(s, "\ufeff"), " date "); ok {
		if len(rest) >= 10 {
			if t, err := time.Parse("2006-01-02", rest[:10]); err == nil {
				a.Published = t
				s = strings.TrimLeft(rest[10:], " ")
			}
		}
	}
	a.Text = strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
	if a.Text == "" {
		return Article{}, ErrEmpty
	}
	a.Title = firstLine(a.Text)
	a.Outlet = masthead(a.Text)
	if a.Published.IsZero() {
		a.Published = bylineDate(a.Text)
	}
	a.Language = Language(a.Text)
	a.ContentHash = Hash(a.Text)
	return a, nil
}

// masthead returns the text's first line when it is a masthead: a short name
// (at most five words, no sentence punctuation) that stands alone on a line
// again further down, as a saved page's header and navigation repeat the
// site's name ("Al Mayadeen English"). A headline or a kicker ("In
// Pictures") is not repeated alone, so it is not taken for the outlet.
func masthead(text string) string {
	var first string
	seen := false
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if first == "" {
			first = line
			if utf8.RuneCountInString(first) > 40 || len(strings.Fields(first)) > 5 || strings.ContainsAny(first, ".:!?,;\"“”|") {
				return ""
			}
			continue
		}
		if line == first {
			seen = true
			break
		}
	}
	if !seen {
		return ""
	}
	return first
}

// bylineDate is the publication date of a saved page without a seed header:
// the first line that is a date and nothing else ("• 3 Feb 2022 08:46"
// under the byline), in the first 200 lines. A date inside a sentence is the
// incident's, not the page's, and is not read.
func bylineDate(text string) time.Time {
	n := 0
	for line := range strings.SplitSeq(text, "\n") {
		if n++; n > 200 {
			break
		}
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "•·-*|"))
		if len(line) < 8 || len(line) > 32 || !strings.ContainsAny(line, "0123456789") {
			continue
		}
		for _, layout := range bylineLayouts {
			if t, err := time.Parse(layout, line); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}

// bylineLayouts are the shapes of a byline's date.
var bylineLayouts = []string{
	"2 Jan 2006 15:04", "2 Jan 2006", "2 January 2006 15:04", "2 January 2006",
	"Jan 2, 2006 15:04", "Jan 2, 2006", "January 2, 2006 15:04", "January 2, 2006",
	"2006-01-02 15:04", "2006-01-02",
}

func firstLine(s string) string {
	for line := range strings.SplitSeq(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			if len(line) > 300 {
				line = truncate(line, 300)
			}
			return line
		}
	}
	return ""
}

// truncate cuts s to at most n bytes on a rune boundary, adding "…".
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
