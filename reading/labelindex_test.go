package reading

import (
	"slices"
	"strings"
	"testing"
)

// TestLabelIndex: a labelIndex gives, for any head, every label of its
// list that opens the head, in the list's order.
func TestLabelIndex(t *testing.T) {
	heads := []string{
		"read more: rockets hit a school near the border",
		"more from our correspondent in the north",
		"photo: a rescuer carries a child out of the rubble",
		"(reuters) - shelling killed two farmers on tuesday",
		"by our reporter in the city",
		"published 3 may 2024",
		"اقرا ايضا: قصف يطال سوق البلدة",
		"كتب: مراسل الموقع",
		"شارك هذا الخبر",
		"a",
		"",
		"the strike hit a market at noon",
	}
	for _, list := range [][]string{teaserLabels, chromeLabels, metaLabels} {
		ix := indexLabels(list)
		all := heads
		for _, p := range list {
			all = append(all, p, p+" x")
		}
		for _, h := range all {
			var want, got []string
			for _, p := range list {
				if strings.HasPrefix(h, p) {
					want = append(want, p)
				}
			}
			for _, p := range ix.of(h) {
				if strings.HasPrefix(h, p) {
					got = append(got, p)
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("head %q: index gives %q, list %q", h, got, want)
			}
		}
	}
}
