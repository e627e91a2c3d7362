package reading

import (
	"strings"
	"testing"
)

// The fast paths of the page's head against the code they replaced
// (run with -fuzz for more than the seeds): non-ASCII, empty and long
// lines included.

func FuzzBreadcrumb(f *testing.F) {
	for _, s := range []string{"", " ", "Home > World", "أخبار | سوريا | إدلب", "a | | b", " |  | ", "الرئيسية » أخبار", "x ›", "x › y", strings.Repeat("حلب | ", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := breadcrumb(s), breadcrumbRef(s); got != want {
			t.Errorf("breadcrumb(%q) = %v, want %v", s, got, want)
		}
	})
}

func FuzzTrimWordMarks(f *testing.F) {
	for _, s := range []string{"", "«حارم»،", "“Harem,”", "(AFP)", "\xc2", "\xe2\x80", "؛؛", strings.Repeat("(", 300) + "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimWordMarks(s), strings.Trim(s, trimMarks); got != want {
			t.Errorf("trimWordMarks(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzDay(f *testing.F) {
	for _, s := range []string{"", "3", "03rd", "stth", "٣", "31st", "1stth", "a1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gd, gok := Day(s)
		wd, wok := dayRef(s)
		if gd != wd || gok != wok {
			t.Errorf("Day(%q) = %d, %v, want %d, %v", s, gd, gok, wd, wok)
		}
	})
}
