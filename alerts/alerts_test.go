package alerts

import (
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
)

func ip(n int) *int { return &n }

func TestAmountAndHeadline(t *testing.T) {
	cases := []struct {
		c    events.Claim
		want string
	}{
		{events.Claim{Metric: figures.Killed, Group: figures.People, Min: ip(13), Max: ip(13), Source: "Syrian Civil Defence", Outlet: "Reuters"}, "13 killed — Syrian Civil Defence (via Reuters)"},
		{events.Claim{Metric: figures.Killed, Group: figures.Children, Min: ip(6), Outlet: "SOHR"}, "at least 6 children killed — SOHR"},
		{events.Claim{Metric: figures.Injured, Group: figures.Troops, Actor: "US", Min: ip(0), Max: ip(0), Source: "Pentagon"}, "no US troops injured — Pentagon"},
		{events.Claim{Metric: figures.Killed, Group: figures.Civilians, Min: ip(9), Max: ip(12), Approx: true}, "about 9–12 civilians killed — the outlet"},
		{events.Claim{Metric: figures.Casualties, Max: ip(20), Source: "SOHR", Outlet: "sohr"}, "up to 20 casualties — SOHR"},
		{events.Claim{Metric: figures.Killed, Vague: true, Source: "locals"}, "several killed — locals"},
		{events.Claim{Metric: figures.Killed, Group: figures.Children, Min: ip(1), Max: ip(1), Source: "SOHR"}, "1 child killed — SOHR"},
		{events.Claim{Metric: figures.Casualties, Group: figures.Civilians, Min: ip(2), Source: "witnesses"}, "at least 2 casualties among civilians — witnesses"},
	}
	for _, c := range cases {
		if got := Headline(c.c); got != c.want {
			t.Errorf("Headline = %q, want %q", got, c.want)
		}
	}
}

func TestChannelWants(t *testing.T) {
	chs := []Channel{
		{Name: "desk", Slack: "C1"},
		{Name: "conflicts", Discord: "9", Classes: []events.Class{events.Conflict}},
		{Name: "atmeh", Slack: "C2", Events: []string{"2022-02-03-atmeh-us-raid"}},
		{Name: "quiet", Slack: "C3", DigestOnly: true},
		{Name: "ops", Slack: "C4", Ops: true, Events: []string{"42"}},
	}
	names := func(cs []Channel) (out []string) {
		for _, c := range cs {
			out = append(out, c.Name)
		}
		return out
	}
	// route is what the bot does per configured channel, in config order.
	route := func(a Alert) (out []Channel) {
		for _, c := range chs {
			if c.Wants(a) {
				out = append(out, c)
			}
		}
		return out
	}
	a := Alert{EventID: 7, EventKey: "2022-02-03-atmeh-us-raid", Class: events.New}
	if got := names(route(a)); len(got) != 2 || got[0] != "desk" || got[1] != "atmeh" {
		t.Errorf("new alert routed to %v", got)
	}
	a = Alert{EventID: 42, EventKey: "other", Class: events.Conflict}
	if got := names(route(a)); len(got) != 3 || got[1] != "conflicts" || got[2] != "ops" {
		t.Errorf("conflict routed to %v", got)
	}
	if got := route(Alert{EventID: 1, Class: events.Corroborated}); len(got) != 0 {
		t.Errorf("a corroboration was routed: %v", names(got))
	}
	if got := names(Ops(chs)); len(got) != 1 || got[0] != "ops" {
		t.Errorf("ops = %v", got)
	}
}

func TestBuildDigest(t *testing.T) {
	day := time.Date(2026, 11, 21, 8, 0, 0, 0, time.UTC)
	from := day.Add(-24 * time.Hour)
	claim := func(src, outlet, url string, metric figures.Metric, group figures.Group, lo, hi *int, at time.Time) events.Claim {
		return events.Claim{Metric: metric, Group: group, Min: lo, Max: hi, Source: src, SourceKey: src, Outlet: outlet, URL: url, SeenAt: at}
	}
	t0 := from.Add(2 * time.Hour)
	sohr9 := claim("SOHR", "Enab Baladi", "https://e/1", figures.Killed, figures.People, ip(9), ip(9), t0)
	sohr13 := claim("SOHR", "Enab Baladi", "https://e/2", figures.Killed, figures.People, ip(13), ip(13), t0.Add(3*time.Hour))
	wh4 := claim("White Helmets", "Reuters", "https://r/1", figures.Killed, figures.Children, ip(4), ip(4), t0.Add(time.Hour))
	sohr6 := claim("SOHR", "AFP", "https://a/1", figures.Killed, figures.Children, ip(6), ip(6), t0.Add(4*time.Hour))
	old := claim("SANA", "SANA", "https://s/1", figures.Killed, figures.People, ip(2), ip(2), from.Add(-48*time.Hour))
	report := func(id int64, key, title string, class events.Class, c events.Claim, created time.Time, departs ...events.Claim) Alert {
		c.Class, c.EventID = class, id
		a, _ := ForReport(id, key, title, Article{Outlet: c.Outlet, URL: c.URL}, []Item{{Claim: c, Departs: departs}}, created)
		return a
	}
	in := DigestInput{From: from, To: day, Alerts: []Alert{
		report(7, "atmeh", "Atmeh raid", events.New, old, old.SeenAt),
		report(7, "atmeh", "Atmeh raid", events.Raised, sohr9, sohr9.SeenAt),
		report(7, "atmeh", "Atmeh raid", events.New, wh4, wh4.SeenAt),
		report(7, "atmeh", "Atmeh raid", events.Revised, sohr13, sohr13.SeenAt, sohr9),
		report(7, "atmeh", "Atmeh raid", events.Conflict, sohr6, sohr6.SeenAt, wh4),
		report(8, "old", "Old event", events.New, old, from.Add(-time.Hour)),
		report(9, "later", "After the window", events.New, old, day),
	}, Health: []HealthProblem{{Feed: "SOHR", Reason: "HTTP 503"}}}
	d := BuildDigest(in)
	if len(d.Events) != 1 || d.Events[0].Title != "Atmeh raid" {
		t.Fatalf("events = %+v", d.Events)
	}
	ev := d.Events[0]
	if ev.Alerts != 4 || ev.Articles != 4 || d.Articles != 4 {
		t.Errorf("alerts %d, articles %d (total %d); want 4, 4, 4", ev.Alerts, ev.Articles, d.Articles)
	}
	if got := d.Outlets; len(got) != 3 || got[0] != "AFP" || got[2] != "Reuters" {
		t.Errorf("outlets = %v", got)
	}
	if len(ev.Figures) != 2 {
		t.Fatalf("figures = %+v", ev.Figures)
	}
	killed, children := ev.Figures[0], ev.Figures[1]
	if killed.Label != "killed" || killed.Text() != "2–13" || len(killed.BySource) != 2 {
		t.Errorf("killed = %s %s by %d sources", killed.Label, killed.Text(), len(killed.BySource))
	}
	// SANA 2 (old), then SOHR 9, then SOHR 13 (its revision replaces its 9).
	want := []RangePoint{{old.SeenAt, 2, 2}, {t0, 2, 9}, {t0.Add(3 * time.Hour), 2, 13}}
	if len(killed.Series) != len(want) {
		t.Fatalf("series = %+v", killed.Series)
	}
	for i, p := range want {
		if !killed.Series[i].At.Equal(p.At) || killed.Series[i].Low != p.Low || killed.Series[i].High != p.High {
			t.Errorf("series[%d] = %+v, want %+v", i, killed.Series[i], p)
		}
	}
	if children.Label != "children killed" || children.Text() != "4–6" {
		t.Errorf("children = %s %s", children.Label, children.Text())
	}
	// Open conflicts: SANA 2 vs SOHR 13 killed, White Helmets 4 vs SOHR 6 children.
	if len(d.Conflicts) != 2 || d.Conflicts[1].A.Source != "White Helmets" || d.Conflicts[1].B.Source != "SOHR" {
		t.Errorf("conflicts = %+v", d.Conflicts)
	}
	if len(d.Health) != 1 {
		t.Errorf("health = %+v", d.Health)
	}
}

func TestOpenEndedClaimsDoNotConflict(t *testing.T) {
	f := Ranges([]events.Claim{
		{Metric: figures.Killed, Min: ip(4), Source: "A", SourceKey: "a"},
		{Metric: figures.Killed, Min: ip(10), Max: ip(10), Source: "B", SourceKey: "b"},
	})
	if len(f) != 1 || len(openConflicts("x", f[0])) != 0 {
		t.Errorf("at least 4 vs 10 reported as a conflict")
	}
}

func TestDigestListsConflictsAcrossFigures(t *testing.T) {
	day := time.Date(2026, 11, 21, 8, 0, 0, 0, time.UTC)
	at := day.Add(-3 * time.Hour)
	none := events.Claim{Metric: figures.Casualties, Group: figures.Troops, Actor: "US", Min: ip(0), Max: ip(0), Source: "Pentagon", SourceKey: "pentagon", SeenAt: at}
	hurt := events.Claim{Metric: figures.Injured, Group: figures.Troops, Actor: "US", Min: ip(2), Source: "an outlet", SourceKey: "outlet", SeenAt: at.Add(time.Hour), Class: events.Conflict}
	alert := Alert{ID: 2, EventID: 1, EventTitle: "Raid", Class: events.Conflict, Claims: []Item{{Claim: hurt, Departs: []events.Claim{none}}}, Created: hurt.SeenAt}
	d := BuildDigest(DigestInput{From: day.Add(-24 * time.Hour), To: day, Alerts: []Alert{
		{ID: 1, EventID: 1, EventTitle: "Raid", Class: events.New, Claims: []Item{{Claim: none}}, Created: none.SeenAt},
		alert,
		alert, // delivered twice in the outbox's history: listed once
	}})
	if len(d.Conflicts) != 1 {
		t.Fatalf("conflicts = %+v, want the injured-vs-casualties one", d.Conflicts)
	}
	c := d.Conflicts[0]
	if c.Label != "" || c.A.Source != "Pentagon" || c.B.Source != "an outlet" {
		t.Errorf("conflict = %+v", c)
	}
	// Outside the window it is not news of the day.
	d = BuildDigest(DigestInput{From: day.Add(-time.Hour), To: day, Alerts: []Alert{alert}})
	if len(d.Conflicts) != 0 {
		t.Errorf("a conflict from before the window is listed: %+v", d.Conflicts)
	}
}

func TestDigestRangesComeFromTheLedger(t *testing.T) {
	day := time.Date(2026, 11, 21, 8, 0, 0, 0, time.UTC)
	at := day.Add(-5 * time.Hour)
	wh := events.Claim{EventID: 1, Metric: figures.Killed, Group: figures.People, Min: ip(13), Max: ip(13), Source: "White Helmets", SourceKey: "scd", SeenAt: at}
	bodies := events.Claim{EventID: 1, Metric: figures.Killed, Group: figures.People, Min: ip(12), Source: "a journalist", SourceKey: "j", SeenAt: at.Add(time.Hour), Class: events.Consistent}
	many := events.Claim{EventID: 1, Metric: figures.Killed, Group: figures.People, Min: ip(2), Vague: true, Source: "residents", SourceKey: "r", SeenAt: at.Add(2 * time.Hour), Class: events.Consistent}
	house := events.Claim{EventID: 1, Metric: figures.Killed, Group: figures.People, Min: ip(1), Max: ip(1), Partial: true, Source: "a neighbour", SourceKey: "n", SeenAt: at.Add(2 * time.Hour), Class: events.Consistent}
	later := events.Claim{EventID: 1, Metric: figures.Killed, Group: figures.People, Min: ip(20), Max: ip(20), Source: "SOHR", SourceKey: "sohr", SeenAt: day.Add(time.Hour), Class: events.Raised}
	d := BuildDigest(DigestInput{From: day.Add(-24 * time.Hour), To: day,
		Alerts: []Alert{{ID: 1, EventID: 1, EventTitle: "Raid", Class: events.New, Claims: []Item{{Claim: wh}}, Created: at}},
		Claims: map[int64][]events.Claim{1: {wh, bodies, many, house, later}},
	})
	if len(d.Events) != 1 || len(d.Events[0].Figures) != 1 {
		t.Fatalf("events = %+v", d.Events)
	}
	f := d.Events[0].Figures[0]
	// The consistent 12 made no alert but is a source of the range; the
	// vague claim is listed in its words but makes no range; the partial
	// one is no toll; SOHR's 20 came after the window.
	if len(f.BySource) != 3 || f.BySource[0].Source != "a journalist" || f.BySource[1].Source != "White Helmets" || f.BySource[2].Source != "residents" || f.Text() != "12–13" {
		t.Errorf("range %s by %+v", f.Text(), f.BySource)
	}
}

func TestRangeOfWordsOnly(t *testing.T) {
	v := events.Claim{Metric: figures.Killed, Group: figures.Civilians, Min: ip(2), Vague: true, Quote: "several civilians were killed", Source: "activists", SourceKey: "a"}
	f := Ranges([]events.Claim{v})
	if len(f) != 1 || f[0].Text() != "several" || len(f[0].BySource) != 1 {
		t.Errorf("ranges %+v", f)
	}
}

func TestVagueInWords(t *testing.T) {
	cases := []struct {
		c    events.Claim
		want string
	}{
		{events.Claim{Metric: figures.Injured, Group: figures.Troops, Actor: "French", Min: ip(2), Vague: true, Quote: "A number of French soldiers were wounded"}, "a number of French troops injured"},
		{events.Claim{Metric: figures.Casualties, Group: figures.Civilians, Min: ip(2), Vague: true, Quote: "multiple civilian casualties"}, "multiple casualties among civilians"},
		{events.Claim{Metric: figures.Killed, Min: ip(20), Vague: true, Quote: "عشرات القتلى"}, "dozens killed"},
		{events.Claim{Metric: figures.Killed, Min: ip(2), Vague: true}, "several killed"},
		{events.Claim{Metric: figures.Killed, Min: ip(0), Max: ip(0), Vague: true, Quote: "no one was killed"}, "no killed"},
	}
	for _, c := range cases {
		if got := FigureText(c.c); got != c.want {
			t.Errorf("FigureText(%q) = %q, want %q", c.c.Quote, got, c.want)
		}
	}
}

func TestFiltersAndDeskState(t *testing.T) {
	c := func(m figures.Metric, g figures.Group, lo int, vague bool) Item {
		return Item{Claim: events.Claim{Metric: m, Group: g, Min: ip(lo), Max: ip(lo), Vague: vague}}
	}
	a := Alert{EventID: 7, Places: []string{"Atmeh", "Sarmada"}, Article: Article{Language: "ar"},
		Claims: []Item{c(figures.Killed, figures.People, 3, false), c(figures.Injured, figures.Children, 12, false), c(figures.Killed, figures.Civilians, 40, true)}}
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		f    Filters
		want bool
	}{
		{"no filters", Filters{}, true},
		{"a figure reaches the minimum", Filters{MinFigure: 10}, true},
		{"no figure reaches it (a vague one never does)", Filters{MinFigure: 13}, false},
		{"metric and minimum on one claim", Filters{MinFigure: 10, Metrics: []string{"killed"}}, false},
		{"group", Filters{Groups: []string{"children"}}, true},
		{"place in another spelling", Filters{Places: []string{"أطمة"}}, true},
		{"another place", Filters{Places: []string{"Ariha"}}, false},
		{"language", Filters{Languages: []string{"en"}}, false},
	}
	for _, tc := range cases {
		if got := tc.f.Pass(a); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
	states := []struct {
		name string
		s    DeskState
		want bool
	}{
		{"nothing set", DeskState{}, true},
		{"muted for good", DeskState{Mutes: map[int64]time.Time{7: {}}}, false},
		{"muted for a day", DeskState{Mutes: map[int64]time.Time{7: now.Add(time.Hour)}}, false},
		{"mute over", DeskState{Mutes: map[int64]time.Time{7: now.Add(-time.Hour)}}, true},
		{"another event muted", DeskState{Mutes: map[int64]time.Time{8: {}}}, true},
		{"follows its place", DeskState{Places: []string{"sarmada"}}, true},
		{"follows other places", DeskState{Places: []string{"Ariha"}}, false},
		{"follows the event", DeskState{Events: []int64{7}}, true},
	}
	for _, tc := range states {
		if got := tc.s.Pass(a, now); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
