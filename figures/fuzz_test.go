package figures

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzExtract(f *testing.F) {
	for _, c := range extractCases {
		f.Add(c.text)
	}
	for _, a := range benchArticles {
		f.Add(a)
	}
	f.Add("\xff\xfe killed 13 \xc3")
	f.Add("قتل \xd8 ١٣ مدنياً")
	f.Add(strings.Repeat("including ", 50) + "6 children")
	f.Fuzz(func(t *testing.T, s string) {
		figs := Extract(s, time.Date(2022, 2, 3, 0, 0, 0, 0, time.UTC))
		checkFigures(t, s, figs)
	})
}

func checkFigures(t *testing.T, s string, figs []Figure) {
	t.Helper()
	if figs == nil {
		t.Fatal("nil figures")
	}
	for _, f := range figs {
		switch f.Metric {
		case Killed, Injured, Casualties:
		default:
			t.Fatalf("bad metric %q in %q", f.Metric, s)
		}
		switch f.Group {
		case People, Civilians, Children, Women, Combatants, Troops:
		default:
			t.Fatalf("bad group %q in %q", f.Group, s)
		}
		if f.Min != nil && *f.Min < 0 || f.Max != nil && *f.Max < 0 {
			t.Fatalf("negative bound in %q", s)
		}
		if f.Min != nil && f.Max != nil && *f.Min > *f.Max {
			t.Fatalf("min %d > max %d in %q", *f.Min, *f.Max, s)
		}
		if !utf8.ValidString(f.Quote) || !utf8.ValidString(f.Source) {
			t.Fatalf("invalid UTF-8 in output for %q", s)
		}
		if len(s) < 1<<16 && utf8.ValidString(s) && !strings.Contains(s, f.Quote) {
			t.Fatalf("quote %q not in text %q", f.Quote, s)
		}
	}
}

// TestLargeInputLinear feeds 1 MB inputs, realistic and pathological, and
// checks that time grows linearly: a quarter of the input must take about
// a quarter of the time (a quadratic scan would take a sixteenth).
func TestLargeInputLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	const mb = 1 << 20
	fill := func(unit string, n int) string {
		var b strings.Builder
		for b.Len() < n {
			b.WriteString(unit)
		}
		return b.String()
	}
	inputs := map[string]string{
		"articles":      strings.Join(benchArticles, "\n"),
		"no spaces":     "x",
		"numbers":       "13 ",
		"metric words":  "killed wounded including among them ",
		"one sentence":  "at least 13 people including 6 children, ",
		"arabic":        "قتل ١٣ مدنياً بينهم طفلان وامرأة، ",
		"quotes":        "\" killed 5 \" said X, ",
		"commas":        ", , , , 5 , ",
		"invalid utf-8": "\xff\xc3 killed 9 \xd8 ",
		"newlines":      "Most read\n13 killed\n\n",
	}
	for name, unit := range inputs {
		big := fill(unit, mb)
		small := big[:mb/4]
		// best of two runs: the machine may be busy with other work
		d := min(timeIt(func() { checkFigures(t, big, Extract(big, time.Time{})) }), timeIt(func() { Extract(big, time.Time{}) }))
		ds := min(timeIt(func() { Extract(small, time.Time{}) }), timeIt(func() { Extract(small, time.Time{}) }))
		t.Logf("%-14s 1 MB: %v (256 KB: %v)", name, d, ds)
		if d > 20*time.Second {
			t.Errorf("%s: 1 MB took %v", name, d)
		}
		if ds > 0 && d > 10*ds && d > 300*time.Millisecond {
			t.Errorf("%s: 1 MB took %v, 256 KB %v: not linear", name, d, ds)
		}
	}
}

func timeIt(fn func()) time.Duration {
	start := time.Now()
	fn()
	return time.Since(start)
}

// TestExtractConcurrent: Extract keeps no shared state, so concurrent calls
// (under -race in CI) give the same figures as serial ones.
func TestExtractConcurrent(t *testing.T) {
	pub := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	want := make([]string, len(benchArticles))
	for i, a := range benchArticles {
		for _, f := range Extract(a, pub) {
			want[i] += short(f) + "|"
		}
	}
	done := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for i, a := range benchArticles {
				got := ""
				for _, f := range Extract(a, pub) {
					got += short(f) + "|"
				}
				if got != want[i] {
					done <- fmt.Errorf("article %d: concurrent %q, serial %q", i, got, want[i])
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
