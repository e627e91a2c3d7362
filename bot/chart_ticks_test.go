package bot

import (
	"slices"
	"testing"
)

func TestCountTicksAreWholePeople(t *testing.T) {
	tests := []struct {
		lo, hi float64
		want   []string
	}{
		{0, 1.45, []string{"0", "1"}},
		{0, 2.9, []string{"0", "1", "2"}},
		{0, 13.05, []string{"0", "5", "10"}},
		{0, 290, []string{"0", "50", "100", "150", "200", "250"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range (countTicks{}).Ticks(tt.lo, tt.hi) {
			got = append(got, tk.Label)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("ticks(%v, %v) = %q, want %q", tt.lo, tt.hi, got, tt.want)
		}
	}
}
