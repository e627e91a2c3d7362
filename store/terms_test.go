package store

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/idlibwatch/idlibwatch/events"
)

func TestDecodeTerms(t *testing.T) {
	for _, terms := range [][]events.Term{
		nil,
		{{Word: "atmeh", Count: 3}, {Word: "اطمه", Count: 2}, {Word: "name:krs", Count: 1 << 20}},
		{{Word: `quo"te`, Count: 1}, {Word: "a<b", Count: 2}}, // escaped: the slow path
	} {
		data, err := json.Marshal(terms)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeTerms(string(data))
		if err != nil || fmt.Sprint(got) != fmt.Sprint(terms) && len(terms) > 0 {
			t.Errorf("decodeTerms(%s) = %v, %v; want %v", data, got, err, terms)
		}
	}
	if _, err := decodeTerms(`[{"w":"x","n":oops}]`); err == nil {
		t.Errorf("a broken list decoded")
	}
}
