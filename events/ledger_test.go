package events

import (
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/figures"
)

func n(v int) *int { return &v }

// cl builds a claim: source, metric, group, actor, min, max (nil = open).
func cl(source string, m figures.Metric, g figures.Group, actor string, lo, hi *int) Claim {
	return Claim{SourceKey: source, Source: source, Metric: m, Group: g, Actor: actor, Min: lo, Max: hi}
}

func exact(source string, m figures.Metric, g figures.Group, v int) Claim {
	return cl(source, m, g, "", n(v), n(v))
}

func atLeast(source string, m figures.Metric, g figures.Group, v int) Claim {
	return cl(source, m, g, "", n(v), nil)
}

const (
	K  = figures.Killed
	I  = figures.Injured
	KI = figures.Casualties
)

func TestClassify(t *testing.T) {
	approx := exact("c", K, figures.People, 20)
	approx.Approx = true
	partial := exact("d", K, figures.People, 2)
	partial.Partial = true
	partialBig := exact("d", K, figures.Children, 9)
	partialBig.Partial = true
	vague := func(c Claim) Claim { c.Vague = true; return c }

	tests := []struct {
		name        string
		ledger      []Claim
		claim       Claim
		want        Class
		wantDeparts []string // sources of the claims departed from
	}{
		{"first in its slot is new", nil, exact("sohr", K, figures.People, 9), New, nil},
		{"another slot does not count", []Claim{exact("sohr", I, figures.People, 9)}, exact("sohr", K, figures.People, 9), New, nil},
		{"same source same interval is a repeat", []Claim{exact("sohr", K, figures.People, 9)}, exact("sohr", K, figures.People, 9), Repeat, nil},
		{"same source restating loosely is a repeat", []Claim{exact("wh", K, figures.People, 13)}, atLeast("wh", K, figures.People, 13), Repeat, nil},
		{"same source 9 then 13 is revised", []Claim{exact("sohr", K, figures.People, 9)}, exact("sohr", K, figures.People, 13), Revised, []string{"sohr"}},
		{"same source lowering is revised", []Claim{atLeast("sohr", K, figures.People, 13)}, exact("sohr", K, figures.People, 11), Revised, []string{"sohr"}},
		{"a source repeating a contested figure is a repeat, not a new conflict",
			[]Claim{exact("a", K, figures.Civilians, 3), exact("wh", K, figures.Children, 6)}, exact("wh", K, figures.Children, 6), Repeat, nil},
		{"another source same interval corroborates", []Claim{exact("wh", K, figures.People, 13)}, exact("ap", K, figures.People, 13), Corroborated, nil},
		{"at least 9 then 13 is raised", []Claim{atLeast("caption", K, figures.People, 9)}, exact("wh", K, figures.People, 13), Raised, []string{"caption"}},
		{"12 bodies beside 13 is consistent", []Claim{exact("wh", K, figures.People, 13)}, atLeast("rahhal", K, figures.People, 12), Consistent, nil},
		{"13 after 12 bodies raises", []Claim{atLeast("rahhal", K, figures.People, 12)}, exact("wh", K, figures.People, 13), Raised, []string{"rahhal"}},
		{"4 children vs 6 children conflict", []Claim{exact("a", K, figures.Children, 4)}, exact("b", K, figures.Children, 6), Conflict, []string{"a"}},
		{"explicit zero vs positive conflict", []Claim{exact("pentagon", KI, figures.Troops, 0)}, cl("mayadeen", I, figures.Troops, "", n(2), nil), Conflict, []string{"pentagon"}},
		{"no US casualties vs US soldiers injured", []Claim{cl("pentagon", KI, figures.Troops, "US", n(0), n(0))}, cl("sputnik", I, figures.Troops, "US", n(2), nil), Conflict, []string{"pentagon"}},
		{"zero for US troops does not bound civilians", []Claim{cl("pentagon", KI, figures.Troops, "US", n(0), n(0))}, exact("wh", K, figures.Civilians, 5), New, nil},
		{"part above its whole conflicts", []Claim{exact("a", K, figures.People, 4)}, exact("b", K, figures.Children, 6), Conflict, []string{"a"}},
		{"whole below an earlier part conflicts", []Claim{exact("b", K, figures.Children, 6)}, exact("a", K, figures.People, 4), Conflict, []string{"b"}},
		{"part within its whole is new", []Claim{exact("a", K, figures.People, 13)}, exact("a", K, figures.Children, 6), New, nil},
		{"children are civilians", []Claim{exact("a", K, figures.Civilians, 3)}, exact("b", K, figures.Women, 4), Conflict, []string{"a"}},
		{"killed within casualties", []Claim{atLeast("a", KI, figures.Civilians, 13)}, exact("b", K, figures.Civilians, 13), New, nil},
		{"combatants are not civilians", []Claim{exact("a", K, figures.Civilians, 0)}, exact("b", K, figures.Combatants, 1), New, nil},
		{"approximate figure tolerates a near one", []Claim{approx}, exact("e", K, figures.People, 21), Raised, []string{"c"}},
		{"approximate figure still conflicts with a far one", []Claim{approx}, exact("e", K, figures.People, 30), Conflict, []string{"c"}},
		{"partial account raises no conflict", []Claim{exact("a", K, figures.People, 13)}, partial, Consistent, nil},
		{"partial part above a total raises no conflict", []Claim{exact("a", K, figures.People, 4)}, partialBig, New, nil},
		{"a total is not held to a partial account", []Claim{partial}, exact("a", K, figures.People, 1), New, nil},
		{"a revised source is held to its latest figure",
			[]Claim{exact("sohr", K, figures.People, 9), exact("sohr", K, figures.People, 13)}, exact("wh", K, figures.People, 13), Corroborated, nil},
		{"one report's two sources do not conflict", []Claim{{ArticleID: 5, SourceKey: "caption", Metric: K, Group: figures.Civilians, Min: n(3), Max: n(3)}},
			Claim{ArticleID: 5, SourceKey: "wh", Metric: K, Group: figures.Children, Min: n(6), Max: n(6)}, New, nil},
		{"a denial restated more narrowly is a repeat", []Claim{exact("pentagon", KI, figures.Civilians, 0), exact("wh", K, figures.Children, 3)},
			exact("pentagon", K, figures.Civilians, 0), Repeat, nil},
		{"one report giving its figure twice says it once", []Claim{{ArticleID: 5, SourceKey: "atlas", Metric: K, Group: figures.People, Min: n(6), Max: n(6)}},
			Claim{ArticleID: 5, SourceKey: "atlas", Metric: K, Group: figures.People, Min: n(7), Max: n(7)}, Repeat, nil},
		{"a number of troops injured conflicts with none", []Claim{cl("pentagon", KI, figures.Troops, "US", n(0), n(0))},
			vague(cl("mayadeen", I, figures.Troops, "US", n(2), nil)), Conflict, []string{"pentagon"}},
		{"a number of troops injured never conflicts with a number", []Claim{cl("pentagon", I, figures.Troops, "US", n(4), n(4))},
			vague(cl("mayadeen", I, figures.Troops, "US", n(2), nil)), Consistent, nil},
		{"several killed never conflicts with 13", []Claim{exact("wh", K, figures.People, 13)}, vague(exact("ap", K, figures.People, 3)), Consistent, nil},
		{"a vague figure first in its slot is new", nil, vague(atLeast("ap", KI, figures.Civilians, 2)), New, nil},
		{"a vague figure beside numbers is consistent", []Claim{exact("wh", K, figures.People, 13)}, vague(atLeast("ap", KI, figures.People, 2)), Consistent, nil},
		{"a number after words is new, not a revision", []Claim{vague(atLeast("sohr", K, figures.People, 2))}, exact("sohr", K, figures.People, 9), New, nil},
		{"a number after another source's words is new", []Claim{vague(atLeast("ap", K, figures.People, 2))}, exact("sohr", K, figures.People, 9), New, nil},
		{"restating a floor below its own figure is a repeat", []Claim{exact("sohr", K, figures.People, 13)}, atLeast("sohr", K, figures.People, 9), Repeat, nil},
		{"one entity's own figures never conflict", []Claim{exact("wh", K, figures.People, 4)}, exact("wh", K, figures.Children, 6), New, nil},
		{"revision conflicting with another source names both",
			[]Claim{exact("sohr", K, figures.People, 9), exact("wh", K, figures.People, 9)}, exact("sohr", K, figures.People, 13), Revised, []string{"sohr", "wh"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, departs := Classify(tt.claim, tt.ledger)
			if got != tt.want {
				t.Fatalf("class = %s, want %s", got, tt.want)
			}
			var srcs []string
			for _, d := range departs {
				srcs = append(srcs, d.SourceKey)
			}
			if len(srcs) != len(tt.wantDeparts) {
				t.Fatalf("departs = %v, want %v", srcs, tt.wantDeparts)
			}
			for i := range srcs {
				if srcs[i] != tt.wantDeparts[i] {
					t.Fatalf("departs = %v, want %v", srcs, tt.wantDeparts)
				}
			}
			if got.Alerts() != (got == New || got == Revised || got == Raised || got == Conflict) {
				t.Errorf("%s.Alerts() = %v", got, got.Alerts())
			}
		})
	}
}

// One alert per new claim, naming the most-cited claims it departs from,
// never one per disjoint pair.
func TestClassifyNamesMostCited(t *testing.T) {
	at := func(c Claim, min int) Claim { c.SeenAt = time.Unix(int64(min*60), 0); return c }
	ledger := []Claim{
		at(exact("a", K, figures.People, 10), 1),
		at(exact("b", K, figures.People, 12), 2),
		at(exact("c", K, figures.People, 12), 3),
		at(exact("d", K, figures.People, 12), 4),
		at(exact("e", K, figures.People, 11), 5),
		at(exact("f", K, figures.People, 11), 6),
		at(exact("g", K, figures.People, 9), 7),
	}
	class, departs := Classify(exact("h", K, figures.People, 30), ledger)
	if class != Conflict {
		t.Fatalf("class = %s, want conflict", class)
	}
	if len(departs) != 3 {
		t.Fatalf("departs %d claims, want 3", len(departs))
	}
	want := []string{"b", "c", "d"} // 12 is the most cited figure
	for i, d := range departs {
		if d.SourceKey != want[i] {
			t.Errorf("departs[%d] = %s, want %s", i, d.SourceKey, want[i])
		}
	}
}

func TestReclassify(t *testing.T) {
	claims := []Claim{
		atLeast("caption", K, figures.People, 9),
		exact("wh", K, figures.People, 13),
		atLeast("rahhal", K, figures.People, 12),
		exact("ap", K, figures.People, 13),
		exact("wh", K, figures.People, 13),
		exact("wh", K, figures.People, 15),
	}
	departs := Reclassify(claims)
	want := []Class{New, Raised, Consistent, Corroborated, Repeat, Revised}
	for i, c := range claims {
		if c.Class != want[i] {
			t.Errorf("claim %d (%s) = %s, want %s", i, c.SourceKey, c.Class, want[i])
		}
	}
	if len(departs[1]) != 1 || departs[1][0].SourceKey != "caption" {
		t.Errorf("the raise departs from %v, want the caption", departs[1])
	}
}

func TestPartial(t *testing.T) {
	tests := map[string]bool{
		"a man and a child were killed in the same house": true,
		"killed a commander and his two sons":             true,
		"13 people were killed":                           false,
		"including six children":                          false,
		"قتل ثلاثة أشخاص من عائلة واحدة":                  true,
		"مقتل 13 مدنياً بينهم أطفال":                      false,
	}
	for q, want := range tests {
		if got := Partial(q); got != want {
			t.Errorf("Partial(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestRanges(t *testing.T) {
	claims := []Claim{
		atLeast("caption", K, figures.People, 9),
		exact("wh", K, figures.People, 13),
		atLeast("rahhal", K, figures.People, 12),
		exact("ap", K, figures.People, 13),
		exact("wh", K, figures.Children, 6),
		exact("b", K, figures.Children, 4),
	}
	Reclassify(claims)
	rs := Ranges(claims)
	if len(rs) != 2 {
		t.Fatalf("%d ranges, want 2", len(rs))
	}
	if got, want := rs[0].String(), "9–13 killed (4 sources)"; got != want {
		t.Errorf("people: %q, want %q", got, want)
	}
	if got, want := rs[1].String(), "4–6 killed children (2 sources) — conflict"; got != want {
		t.Errorf("children: %q, want %q", got, want)
	}
	one := Ranges([]Claim{exact("a", K, figures.People, 13), exact("b", K, figures.People, 13), exact("c", K, figures.People, 13)})
	if got, want := one[0].String(), "13 killed (3 sources)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	vague := atLeast("v", K, figures.People, 2)
	vague.Vague = true
	mixed := Ranges([]Claim{vague, exact("a", K, figures.People, 13)})
	if got, want := mixed[0].String(), "13 killed (1 source)"; got != want {
		t.Errorf("vague beside a number: %q, want %q", got, want)
	}
	if got, want := Ranges([]Claim{vague})[0].String(), "2+ killed (1 source)"; got != want {
		t.Errorf("vague alone: %q, want %q", got, want)
	}
	open := Ranges([]Claim{atLeast("a", I, figures.Troops, 2)})
	open[0].Actor = "US"
	if got, want := open[0].String(), "2+ injured US troops (1 source)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
