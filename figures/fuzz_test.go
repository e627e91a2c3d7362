package figures

import (
	"fmt"
	"runtime"
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

// largeInputs are 1 MB texts, realistic and pathological, for the linearity
// test and the large-input benchmark.
var largeInputs = []struct{ name, unit string }{
	{"articles", strings.Join(benchArticles, "\n")},
	{"no spaces", "x"},
	{"numbers", "13 "},
	{"metric words", "killed wounded including among them "},
	{"one sentence", "at least 9 people including 4 children, "},
	{"arabic", "قتل ١٣ مدنياً بينهم طفلان وامرأة، "},
	{"quotes", "\" killed 5 \" said X, "},
	{"commas", ", , , , 5 , "},
	{"invalid utf-8", "\xff\xc3 killed 9 \xd8 "},
	{"newlines", "Most read\n13 killed\n\n"},
}

// drainTokBufs empties tokBufs: the next Extract allocates its tokens.
func drainTokBufs() {
	for tokBufs.Get() != nil {
	}
}

func fillTo(unit string, n int) string {
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(unit)
	}
	return b.String()
}

// TestLargeInputLinear feeds 1 MB inputs, realistic and pathological, and
// checks deterministically that the work grows linearly: the tokens visited
// by the window searches (extractor.steps) and the allocations (count and
// bytes) of 1 MB must be about four times those of 256 KB; a quadratic scan
// would take sixteen. Wall time is measured by BenchmarkLargeInput, not
// asserted here: timing assertions flake under -race on a loaded machine.
func TestLargeInputLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	const mb = 1 << 20
	for _, in := range largeInputs {
		big := fillTo(in.unit, mb)
		small := big[:mb/4]
		checkFigures(t, big, Extract(big, time.Time{}))
		wb, ws := extract(big, time.Time{}).steps, extract(small, time.Time{}).steps
		// each from an empty tokBufs: a buffer the 1 MB input left
		// would hide the 256 KB input's tokens
		nb, bb := allocsOf(func() { drainTokBufs(); Extract(big, time.Time{}) })
		ns, bs := allocsOf(func() { drainTokBufs(); Extract(small, time.Time{}) })
		t.Logf("%-14s 1 MB: %d steps, %d allocs, %d B (256 KB: %d steps, %d allocs, %d B)", in.name, wb, nb, bb, ws, ns, bs)
		if wb > 5*ws+1000 {
			t.Errorf("%s: 1 MB took %d steps, 256 KB %d: not linear", in.name, wb, ws)
		}
		if wb > 200*len(big) {
			t.Errorf("%s: %d steps for %d bytes", in.name, wb, len(big))
		}
		if nb > 6*ns+64 {
			t.Errorf("%s: 1 MB made %d allocations, 256 KB %d: not linear", in.name, nb, ns)
		}
		if bb > 6*bs+1<<16 {
			t.Errorf("%s: 1 MB allocated %d B, 256 KB %d B: not linear", in.name, bb, bs)
		}
	}
}

// allocsOf returns the allocations and bytes allocated by one call of fn.
func allocsOf(fn func()) (n, bytes uint64) {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	fn()
	runtime.ReadMemStats(&m1)
	return m1.Mallocs - m0.Mallocs, m1.TotalAlloc - m0.TotalAlloc
}

// BenchmarkLargeInput times Extract on the 1 MB inputs of
// TestLargeInputLinear and on their first 256 KB.
func BenchmarkLargeInput(b *testing.B) {
	for _, in := range largeInputs {
		big := fillTo(in.unit, 1<<20)
		for _, size := range []int{1 << 18, 1 << 20} {
			text := big[:size]
			b.Run(fmt.Sprintf("%s/%dKB", strings.ReplaceAll(in.name, " ", "_"), size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for i := 0; i < b.N; i++ {
					Extract(text, time.Time{})
				}
			})
		}
	}
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
