package reading

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// wordCountRef is wordCount as it was before its byte table: the reference
// TestWordCountFastPath holds wordCount equal to.
func wordCountRef(s string, max int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n <= max; {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
			i++
		} else if c >= 0xC3 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

func TestWordCountFastPath(t *testing.T) {
	palette := []string{"a", "Z", " ", "\t", "\n", "\v", "\x1c", "\u0085", "\u00a0", "\u2009", "\u3000", "\u202f",
		"ب", "قتل", "é", "\xff", "\xc3", "\xd8", "\x80", "\xe2\x80", "\xc2", "-", ".", "中"}
	rnd := uint32(7)
	next := func(n int) int {
		rnd = rnd*1664525 + 1013904223
		return int(rnd>>8) % n
	}
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for m := next(16); m > 0; m-- {
			b.WriteString(palette[next(len(palette))])
		}
		s := b.String()
		for _, max := range []int{0, 1, 2, 3, 6, 25} {
			if got, want := wordCount(s, max), wordCountRef(s, max); got != want {
				t.Fatalf("wordCount(%q, %d) = %d, want %d", s, max, got, want)
			}
		}
	}
}
