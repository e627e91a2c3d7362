package reading

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSkipRuneFastPaths(t *testing.T) {
	for r := rune(0); r < 0x0800; r++ {
		want := unicode.IsSpace(r) || r == utf8.RuneError || unicode.Is(unicode.Cf, r)
		if got := skipRune(r); got != want {
			t.Errorf("skipRune(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"killed", "killed"},
		{"Killed", "killed"},
		{"U.S.", "u.s"},
		{"Syria's", "syria"},
		{"Syria’s", "syria"},
		{"a.", "a"},
		{".", "."},
		{"قتلى", "قتلي"},
		{"أطفال", "اطفال"},
		{"مدينة", "مدينه"},
		{"شُهداء", "شهداء"},
		{"١٢", "12"},
		{"۱۲٬۵", "12,5"},
		{"ÉTÉ", "été"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"", ""},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestWordCount(t *testing.T) {
	for _, s := range []string{
		"", "   ", "one", " two  words ", "tab\tand\nnewline\r\n",
		"nbsp\u00a0split", "ideographic\u3000space", "قتل ثلاثة  مدنيين",
		"bad\xff byte", "\v\f x",
		"ÉTÉ\u00a0été", "قتلى\u2003جرحى", "\xd8 x", "x \xc3", "\xdf\u0085y",
	} {
		if got, want := wordCount(s, 100), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
		if got, want := wordCount(s, 1), min(len(strings.Fields(s)), 2); got != want {
			t.Errorf("wordCount(%q, 1) = %d, want %d", s, got, want)
		}
	}
}

// TestTickerFirst holds the filter tickerLine reads before its labels:
// every rune strings.EqualFold takes for a label's first rune opens with
// a byte of tickerFirst.
func TestTickerFirst(t *testing.T) {
	for _, p := range tickerLabels {
		r0, _ := utf8.DecodeRuneInString(p)
		for r := unicode.SimpleFold(r0); ; r = unicode.SimpleFold(r) {
			if c := string(r)[0]; !tickerFirst[c] {
				t.Errorf("label %q: a line opening with %q is never read", p, r)
			}
			if r == r0 {
				break
			}
		}
	}
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"BREAKING: 3 killed in a strike on a market", true},
		{"bReAkInG NeWs: a convoy hit", true},
		{"• Just in: talks resume", true},
		{"عاجل: مقتل ثلاثة", true},
		{"Breaking the siege took the army two years, and the town's people paid for it in every way imaginable for years after", false},
		{"Brakes failed on the bus", false},
		{"Tuesday: 4 killed", false},
	} {
		if got := tickerLine(tc.line); got != tc.want {
			t.Errorf("tickerLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
