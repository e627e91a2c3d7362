package figures

import "testing"

// TestParseNumberOutOfRange: an ask past either end of the tokens is no
// number, not a panic.
func TestParseNumberOutOfRange(t *testing.T) {
	ts := []tok{{k: kNum, w: "12"}}
	for _, i := range []int{-1, 1, 5} {
		if _, _, _, ok := parseNumber(ts, i); ok {
			t.Errorf("parseNumber(ts, %d) = ok, want no number", i)
		}
	}
	if lo, _, _, ok := parseNumber(ts, 0); !ok || lo != 12 {
		t.Errorf("parseNumber(ts, 0) = %d, %v, want 12, true", lo, ok)
	}
}
