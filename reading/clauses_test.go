package reading

import (
	"slices"
	"strings"
	"testing"
)

// clauseTexts cuts the first sentence of text at mask.
func clauseTexts(text string, mask Boundary) []string {
	d := Read(text)
	var out []string
	for _, c := range d.Clauses(d.Sentences[0], mask, nil) {
		a, b := d.Span(c)
		out = append(out, d.Text[a:b])
	}
	return out
}

func TestClauses(t *testing.T) {
	cases := []struct {
		in   string
		mask Boundary
		want []string
	}{
		{"Shells hit the school where 40 children studied, killing two.", Breaks,
			[]string{"Shells hit the school", "where 40 children studied, killing two."}},
		{"Shells hit the school where 40 children studied, killing two.", Breaks | Comma,
			[]string{"Shells hit the school", "where 40 children studied", ", killing two."}},
		{"The commander, who had survived a raid in 2019, was killed with three guards.", Breaks,
			[]string{"The commander,", "who had survived a raid in 2019, was killed with three guards."}},
		{"Two men died after gunmen opened fire on their car.", Breaks,
			[]string{"Two men died", "after gunmen opened fire on their car."}},
		// "after" before a noun phrase is a preposition.
		{"Two men died after the strike on the market.", Breaks,
			[]string{"Two men died after the strike on the market."}},
		{"As many as 12 people were killed as jets struck the town.", Breaks,
			[]string{"As many as 12 people were killed", "as jets struck the town."}},
		{"The toll has risen since 2011, when the war began.", Breaks,
			[]string{"The toll has risen since 2011,", "when the war began."}},
		{`The monitor said that 5 fighters died in that raid.`, Breaks | ThatClause,
			[]string{"The monitor said", "that 5 fighters died in that raid."}},
		{`Rescuers (the White Helmets) said: "nine bodies" were found — all civilians; more are missing.`, Breaks,
			[]string{"Rescuers", "(the White Helmets) said", `: `, `"nine bodies" were found`, "— all civilians", "; more are missing."}},
		{"قتل ثلاثة مدنيين في القصف الذي استهدف السوق، بينما أصيب خمسة آخرون.", Breaks,
			[]string{"قتل ثلاثة مدنيين في القصف", "الذي استهدف السوق،", "بينما أصيب خمسة آخرون."}},
		{"وقال الدفاع المدني إن الغارة وقعت بعد أن انسحب المسعفون، والتي أودت بحياة طفلين.", Breaks,
			[]string{"وقال الدفاع المدني إن الغارة وقعت", "بعد أن انسحب المسعفون،", "والتي أودت بحياة طفلين."}},
		// بعد before a noun is a preposition; فيما opens a clause.
		{"أصيب رجل بعد القصف فيما نجت عائلته «بأعجوبة».", Breaks,
			[]string{"أصيب رجل بعد القصف", "فيما نجت عائلته", "«بأعجوبة»."}},
	}
	for _, c := range cases {
		got := clauseTexts(c.in, c.mask)
		for i := range got {
			got[i] = strings.TrimSpace(got[i])
		}
		want := slices.Clone(c.want)
		for i := range want {
			want[i] = strings.TrimSpace(want[i])
		}
		if !slices.Equal(got, want) {
			t.Errorf("Clauses(%q)\n got %q\nwant %q", c.in, got, want)
		}
	}
}

func TestBoundaryAt(t *testing.T) {
	d := Read(`He said "no" (twice), that is all.`)
	want := map[string]Boundary{`"`: 0, "(": OpenBracket, ")": CloseBracket, ",": Comma, "that": ThatClause, "said": 0}
	seen := map[string]int{}
	for i, tk := range d.Tokens {
		w, ok := want[tk.Norm]
		if !ok {
			continue
		}
		seen[tk.Norm]++
		got := d.BoundaryAt(i)
		if tk.Norm == `"` {
			// the first quote opens, the second closes
			w = OpenBracket
			if seen[tk.Norm] == 2 {
				w = CloseBracket
			}
		}
		if got != w {
			t.Errorf("BoundaryAt(%q #%d) = %b, want %b", tk.Norm, seen[tk.Norm], got, w)
		}
	}
	if d.BoundaryAt(-1) != 0 || d.BoundaryAt(len(d.Tokens)) != 0 {
		t.Error("a boundary outside the tokens")
	}
}
