package reading

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRead checks what every reading holds, whatever the text: spans
// inside the text and in order, each token's form the fold of its span,
// line breaks only between lines, sentences inside one line and no longer
// than maxSentence, match words inside the article's lines, date mentions
// in order inside their tokens and one sentence.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"", "\n\n", "U.S. forces said on Feb. 3 that 4 fighters were killed.",
		"Most read\nA\nB", "On mid-March 3rd, 2019-2020 — وبالأمس ١٢ كانون الثاني", "قُتل ١٢ شخصاً و10 آخرون «في إدلب»", "the toll ... rose to 14", "\xff\xfe a.b.c",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := Read(text)
		if !utf8.ValidString(d.Text) {
			t.Fatal("text not valid UTF-8")
		}
		prev := 0
		for _, tk := range d.Tokens {
			if int(tk.Start) < prev || tk.End < tk.Start || int(tk.End) > len(d.Text) {
				t.Fatalf("token [%d,%d) after %d", tk.Start, tk.End, prev)
			}
			prev = int(tk.End)
			if (tk.Kind == Word || tk.Kind == Number) && tk.Norm != Fold(d.Text[tk.Start:tk.End]) {
				t.Fatalf("token %q is not the fold of %q", tk.Norm, d.Text[tk.Start:tk.End])
			}
		}
		n := 0
		for _, ln := range d.Lines {
			if strings.Contains(d.Text[ln.Start:ln.End], "\n") {
				t.Fatalf("line [%d,%d) holds a line break", ln.Start, ln.End)
			}
			if ln.Content {
				n += ln.Last - ln.First + 1
				if d.Tokens[ln.Last].Kind != Newline {
					t.Fatalf("line [%d,%d) not closed by a line break", ln.Start, ln.End)
				}
			}
		}
		if n != len(d.Tokens) {
			t.Fatalf("lines hold %d tokens of %d", n, len(d.Tokens))
		}
		for _, s := range d.Sentences {
			if s.B <= s.A || s.B-s.A > maxSentence {
				t.Fatalf("sentence [%d,%d)", s.A, s.B)
			}
			for _, tk := range d.Tokens[s.A:s.B] {
				if tk.Kind == Newline {
					t.Fatalf("sentence [%d,%d) spans a line break", s.A, s.B)
				}
			}
		}
		for _, w := range d.MatchWords() {
			if w.Start < 0 || w.End > len(d.Text) || w.Norm == "" {
				t.Fatalf("match word %+v", w)
			}
		}
		prev = 0
		for _, m := range d.Dates() {
			if m.Start < prev || m.End <= m.Start || m.A >= m.B || int(d.Tokens[m.A].Start) > m.Start || int(d.Tokens[m.B-1].End) < m.End {
				t.Fatalf("date %+v after %d", m, prev)
			}
			prev = m.End
			for _, tk := range d.Tokens[m.A:m.B] {
				if tk.Kind == Newline {
					t.Fatalf("date %+v spans a line break", m)
				}
			}
		}
	})
}
