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
	} {
		if got, want := wordCount(s, 100), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
		if got, want := wordCount(s, 1), min(len(strings.Fields(s)), 2); got != want {
			t.Errorf("wordCount(%q, 1) = %d, want %d", s, got, want)
		}
	}
}
