package events

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestDetectKind(t *testing.T) {
	tests := []struct {
		text string
		want Kind
	}{
		{"Helicopters landed near the camp and commandos stormed a house in a night raid; clashes followed.", KindRaid},
		{"Warplanes carried out air strikes on the market, and a raid siren sounded.", KindAirStrike},
		{"An air raid hit the outskirts of the town.", KindAirStrike},
		{"A drone strike hit a car on the road to the crossing.", KindDrone},
		{"Artillery shelling hit the village for a third day.", KindShelling},
		{"The earthquake flattened whole streets; aftershocks followed.", KindEarthquake},
		{"A car bomb exploded near the roundabout, the blast was heard far away.", KindExplosion},
		{"Fighting and clashes broke out between the factions.", KindClashes},
		{"The council met to discuss the budget.", KindUnknown},
		{"نفذت مروحيات التحالف عملية إنزال جوي في البلدة.", KindRaid},
		{"شنت طائرات حربية غارات جوية على المدينة.", KindAirStrike},
		{"استهدفت طائرة مسيرة سيارة على الطريق.", KindDrone},
		{"قصف مدفعي استهدف القرية بعشرات القذائف.", KindShelling},
		{"ضرب زلزال عنيف المنطقة فجراً.", KindEarthquake},
		{"انفجار سيارة مفخخة وسط السوق.", KindExplosion},
		{"اندلعت اشتباكات عنيفة بين الفصائل.", KindClashes},
	}
	for _, tt := range tests {
		if got := DetectKind(tt.text); got != tt.want {
			t.Errorf("DetectKind(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestActors(t *testing.T) {
	tests := []struct {
		text string
		want string // the perpetrator
	}{
		{"US forces raided a house, the Pentagon said.", ActorUS},
		{"U.S. troops landed near the border with Turkey.", ActorUS},
		{"Russian jets struck the town; the group is banned in Russia.", ActorRussia},
		{"A Turkish drone hit a car near the Turkish border.", ActorTurkey},
		{"Government forces shelled the village.", ActorSyria},
		{"Let us hope it is over.", ""},
		{"قالت القوات الأمريكية إن العملية نجحت.", ActorUS},
		{"قصفت قوات النظام بلدة في ريف إدلب.", ActorSyria},
		{"31.98 ليرة تركية / دولار أمريكي\nبلغت حصيلة ضحايا قصف نظام الأسد سبعة قتلى.", ActorSyria},
		{"The regime shelled the town again.", ActorSyria},
	}
	for _, tt := range tests {
		counts := map[string]float64{}
		actorCounts(counts, tokenize(tt.text), 1)
		if got := Perpetrator(rankActors(counts)); got != tt.want {
			t.Errorf("perpetrator of %q = %q, want %q (all: %v)", tt.text, got, tt.want, rankActors(counts))
		}
	}
}

func TestAnalyze(t *testing.T) {
	text := `US helicopters stage night raid on house in Atmeh
US special forces landed overnight near the town of Atmeh in Idlib province and raided a house, residents said.
It was the biggest operation since a 2019 raid in Barisha.`
	p := Analyze("", text, day("2024-05-09"))
	if p.Place != "Atmeh" {
		t.Errorf("place = %q, want Atmeh", p.Place)
	}
	if slices.Contains(p.Places, "Barisha") {
		t.Errorf("places %v hold Barisha, named only in a recollection", p.Places)
	}
	if p.Kind != KindRaid || p.Perpetrator() != ActorUS {
		t.Errorf("kind, actor = %q, %q; want raid, US", p.Kind, p.Perpetrator())
	}
	if p.Day != day("2024-05-09") || p.Cue != "relative" {
		t.Errorf("day = %v (%s)", p.Day, p.Cue)
	}
	e := FromProfile(p, time.Unix(0, 0))
	if e.Title != "2024-05-09 Atmeh — US raid" || e.Key != "2024-05-09-atmeh-us-raid" {
		t.Errorf("title, key = %q, %q", e.Title, e.Key)
	}
}

// event builds an event as the store would hold it after one article.
func event(id int64, title, text, published string) Event {
	p := Analyze(title, text, day(published))
	e := FromProfile(p, day(published))
	e.ID = id
	return e
}

func TestMatch(t *testing.T) {
	raid2022 := event(1, "US raid on Atmeh", "US special forces raided a house in Atmeh overnight with helicopters; the rescuers said 13 people were killed including children. The Pentagon called the counterterrorism mission successful.", "2022-02-03")
	raid2025 := event(2, "Raid in Atmeh", "US forces took part in a raid in Atmeh early on Wednesday targeting an Islamic State member, a US official said. The target was killed while trying to flee.", "2025-08-20")
	strikeSarmada := event(3, "Russian air strike on Sarmada", "Russian warplanes carried out air strikes on Sarmada on Monday, killing four civilians, rescuers said.", "2024-03-11")
	raidNoDay := event(4, "Raid", "Helicopters raided a house in Atmeh.", "2022-02-03")
	raidNoDay.Day = time.Time{}
	all := []Event{raid2022, raid2025, strikeSarmada}

	tests := []struct {
		name, title, text, published string
		want                         int64 // 0: no match
	}{
		{"follow-up the next day", "Toll from US raid rises", "The toll from Thursday's US raid in Atmeh rose to 15, the rescuers said, as the Pentagon gave details of the counterterrorism mission.", "2022-02-04", 1},
		{"Arabic report of the same raid", "", "قال الدفاع المدني إن 13 شخصاً قتلوا في عملية إنزال نفذتها القوات الأمريكية فجر اليوم في بلدة أطمة.", "2022-02-03", 1},
		{"raid in the same town years later", "", "US forces raided a house in Atmeh on Wednesday targeting an Islamic State member.", "2025-08-20", 2},
		{"same town three years apart is another event", "", "US forces raided a house in Atmeh on Tuesday.", "2023-05-02", 0},
		{"same place and day, other actor", "", "Turkish drones struck a car near Sarmada overnight, killing two.", "2024-03-11", 0},
		{"same day and actor, other town", "", "Russian warplanes carried out air strikes on Binnish overnight, killing four civilians, rescuers said.", "2024-03-11", 0},
		{"same place and day, allied actor", "", "Government forces shelled Sarmada overnight.", "2024-03-11", 3},
		{"same place and day, same strike", "", "Russian jets bombed Sarmada overnight, killing four civilians, the rescuers said.", "2024-03-11", 3},
		{"undated, weekday decides", "", "US helicopters raided a house in Atmeh on Thursday, witnesses said; the Pentagon called the counterterrorism mission a success.", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pub time.Time
			if tt.published != "" {
				pub = day(tt.published)
			}
			p := Analyze(tt.title, tt.text, pub)
			got, score, ok := Best(p, all)
			var id int64
			if ok {
				id = got.ID
			}
			if id != tt.want {
				scores := []string{}
				for _, e := range all {
					scores = append(scores, e.Title+": "+strings.TrimSpace(formatScore(Score(p, e))))
				}
				t.Errorf("matched %d (score %.1f), want %d; profile %+v; scores %v", id, score.Score, tt.want, p.Dating, scores)
			}
		})
	}
	// An event whose day is not known yet is still a candidate by place.
	p := Analyze("", "US helicopters raided a house in Atmeh overnight.", day("2022-02-03"))
	if _, _, ok := Best(p, []Event{raidNoDay}); !ok {
		t.Errorf("an undated event in the same place did not match")
	}
}

func formatScore(f float64) string {
	return strings.TrimRight(strings.TrimRight(strconvF(f), "0"), ".")
}

func strconvF(f float64) string { return time.Duration(f * float64(time.Second)).String() }

func TestOpens(t *testing.T) {
	retro := Analyze("", "A year on, families of the raid in Atmeh still wait for answers about the 13 who died.", day("2023-02-03"))
	if Opens(retro, 0) {
		t.Errorf("a retrospective with only background figures opened an event")
	}
	fresh := Analyze("", "Helicopters raided a house in Atmeh overnight.", day("2023-02-03"))
	if !Opens(fresh, 0) {
		t.Errorf("a dated report of a raid in a known place opened no event")
	}
	if !Opens(retro, 1) {
		t.Errorf("an article with its own figures opened no event")
	}
}

func TestSyndication(t *testing.T) {
	wire := `Rescue workers said on Tuesday that a strike on a crowded market in the town had killed at least eleven people, among them four children, and wounded dozens more. ` +
		`Witnesses described a column of smoke rising over the stalls shortly after noon as ambulances raced to the scene. ` +
		`The local health directorate appealed for blood donations and said hospitals were overwhelmed. No group claimed responsibility for the attack.`
	copyA := "Market strike kills eleven\n" + wire + "\n(This story was published from a wire feed without edits by our staff.)"
	copyB := "Dateline — " + wire[:len(wire)-40]
	other := `A monitoring group said the toll from the attack on the market rose to eleven, including four children. ` +
		`It blamed government artillery positioned south of the town and said the shelling continued into the evening. ` +
		`Residents fled toward the camps near the border as night fell.`
	s := func(text string) Sketch { return sketch(words(text)) }
	if r := Resemblance(s(wire), s(copyA)); r < CopyResemblance {
		t.Errorf("copy with a headline and footer: resemblance %.2f, want ≥ %.2f", r, CopyResemblance)
	}
	if !IsCopy(s(wire), s(copyB)) {
		t.Errorf("copy with a dateline and a cut end: resemblance %.2f", Resemblance(s(wire), s(copyB)))
	}
	if r := Resemblance(s(wire), s(other)); r > 0.1 {
		t.Errorf("another report of the same incident: resemblance %.2f, want ≤ 0.1", r)
	}
	if Resemblance(s("too short"), s("too short")) != 0 {
		t.Errorf("a text too short for a sketch resembles")
	}
	if got := SketchFromBytes(s(wire).Bytes()); Resemblance(got, s(wire)) != 1 {
		t.Errorf("sketch does not survive encoding")
	}
}

func TestPickRecalled(t *testing.T) {
	ev := func(id int64, place, d string, kind Kind) Event {
		return Event{ID: id, Place: place, Places: []string{place, "Idlib"}, Day: day(d), Kind: kind}
	}
	raid2022 := ev(1, "Atmeh", "2022-02-03", KindRaid)
	strike2022 := ev(2, "Sarmada", "2022-02-20", KindAirStrike)
	raid2025 := ev(3, "Atmeh", "2025-08-20", KindRaid)
	all := []Event{raid2022, strike2022, raid2025}
	year2022 := Recall{From: day("2022-01-01"), To: day("2023-01-01")}
	tests := []struct {
		name string
		r    Recall
		own  int64
		want int64
	}{
		{"place and year", Recall{From: year2022.From, To: year2022.To, Places: []string{"Atmeh"}}, 3, 1},
		{"never the article's own event", Recall{From: day("2025-08-01"), To: day("2025-09-01"), Places: []string{"Atmeh"}}, 3, 0},
		{"a year with two events and no place is ambiguous", year2022, 3, 0},
		{"a kind settles a year", Recall{From: year2022.From, To: year2022.To, Kind: KindAirStrike}, 3, 2},
		{"a month with one event", Recall{From: day("2022-02-01"), To: day("2022-03-01"), Kind: KindRaid}, 0, 1},
		{"not in the corpus", Recall{From: day("2019-10-01"), To: day("2019-11-01"), Places: []string{"Barisha"}}, 1, 0},
		{"a place elsewhere", Recall{From: year2022.From, To: year2022.To, Places: []string{"Binnish"}}, 3, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := PickRecalled(tt.r, all, tt.own)
			var id int64
			if ok {
				id = got.ID
			}
			if id != tt.want {
				t.Errorf("picked %d, want %d", id, tt.want)
			}
		})
	}
}

func TestTitleAndKey(t *testing.T) {
	tests := []struct {
		e          Event
		title, key string
	}{
		{Event{Day: day("2022-02-03"), Place: "Atmeh", Kind: KindRaid, Actors: []string{ActorUS, ActorIS}}, "2022-02-03 Atmeh — US raid", "2022-02-03-atmeh-us-raid"},
		{Event{Day: day("2020-03-01"), Place: "Saraqib", Kind: KindDrone, Actors: []string{ActorHTS, ActorTurkey}}, "2020-03-01 Saraqib — Turkey drone strike", "2020-03-01-saraqib-turkey-drone-strike"},
		{Event{Place: "Jisr al-Shughur", Kind: KindEarthquake}, "undated Jisr al-Shughur — earthquake", "undated-jisr-al-shughur-earthquake"},
		{Event{Day: day("2021-06-10")}, "2021-06-10 Idlib area — incident", "2021-06-10-idlib-area-incident"},
	}
	for _, tt := range tests {
		if got := tt.e.MakeTitle(); got != tt.title {
			t.Errorf("title %q, want %q", got, tt.title)
		}
		if got := tt.e.MakeKey(); got != tt.key {
			t.Errorf("key %q, want %q", got, tt.key)
		}
	}
}

func TestAbsorbDay(t *testing.T) {
	late := Analyze("", "The toll from the shelling of Sarmada rose to 20, rescuers said.", day("2024-03-14"))
	if late.HasCue() {
		t.Fatalf("no-cue article has a cue: %+v", late.Dating)
	}
	e := FromProfile(late, day("2024-03-14"))
	e.Absorb(Analyze("", "Shells hit Sarmada on Tuesday, rescuers said.", day("2024-03-14")), day("2024-03-14"))
	if e.Day != day("2024-03-12") || e.Title != "2024-03-12 Sarmada — shelling" {
		t.Errorf("a stated day did not replace the guessed one: %v %q", e.Day, e.Title)
	}
	e.Absorb(Analyze("", "Shelling of Sarmada on Wednesday killed more.", day("2024-03-14")), day("2024-03-14"))
	if e.Day != day("2024-03-12") {
		t.Errorf("a stated day was replaced by another: %v", e.Day)
	}
}

func TestFollowUp(t *testing.T) {
	raid := event(1, "US raid on Atmeh", "US special forces raided a house in Atmeh overnight; the rescuers said 13 people were killed.", "2022-02-03")
	strike := event(2, "Air strike on Atmeh", "Russian warplanes struck a camp in Atmeh on Thursday, killing two.", "2022-02-10")
	all := []Event{raid, strike}
	tests := []struct {
		name, text, published string
		want                  int64
	}{
		{"names the raid weeks later", "The group confirmed the death of its leader, who was killed in the US raid on a house in Atmeh.", "2022-02-25", 1},
		{"a new raid, dated", "US special forces raided a house in Atmeh on Thursday, killing a commander who was killed in the raid.", "2022-02-24", 0},
		{"no wording that refers back", "US forces raided a house in Atmeh, residents said.", "2022-02-25", 0},
		{"another town", "The group confirmed the death of its leader, who was killed in the US raid on a house in Sarmada.", "2022-02-25", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Analyze("", tt.text, day(tt.published))
			got, ev, ok := FollowUp(p, all)
			if (ok && got.ID != tt.want) || (!ok && tt.want != 0) {
				t.Errorf("follow-up of %d (%v), want %d\n%s", got.ID, ok, tt.want, ev)
			}
		})
	}
}

func TestNamesAcrossScripts(t *testing.T) {
	en := Analyze("", "US forces killed Abu Ibrahim al-Hashimi al-Qurashi in a raid in Atmeh, officials said. Rebels from Hayat Tahrir al-Sham were not involved.", day("2022-02-03"))
	ar := Analyze("", "قتلت القوات الأمريكية زعيم التنظيم أبو إبراهيم الهاشمي القرشي في عملية إنزال في أطمة.", day("2022-02-03"))
	if !slices.Contains(en.Names, "krs") || !slices.Contains(ar.Names, "krs") {
		t.Fatalf("names %v and %v, want both to hold krs (al-Qurashi, القرشي)", en.Names, ar.Names)
	}
	if slices.Contains(en.Names, latinSkeleton("Sham")) || slices.Contains(en.Names, latinSkeleton("Atmeh")) {
		t.Errorf("names %v hold a group or a place", en.Names)
	}
	ev := Weigh(ar, FromProfile(en, day("2022-02-03")))
	if !strings.Contains(ev.String(), "same name: krs") {
		t.Errorf("evidence has no shared name:\n%s", ev)
	}
}

func TestNoTownAndEarthquake(t *testing.T) {
	raid := event(1, "US raid in al-Bab", "US forces raided a house in al-Bab on Tuesday, killing an Islamic State official.", "2025-07-22")
	strike := event(2, "Russian air strike on Sarmin", "Russian warplanes struck Sarmin on Tuesday, killing four.", "2025-07-22")
	// The Arabic report calls the raid an air strike and names no town: the
	// only raid-like incident of the day.
	p := Analyze("", "القوات الأمريكية تنفذ عملية إنزال شمالي سوريا يوم الثلاثاء وتقتل قيادياً في تنظيم الدولة.", day("2025-07-22"))
	if got, ev, ok := Best(p, []Event{raid}); !ok || got.ID != 1 {
		t.Errorf("a no-town report of the day's only raid did not join it:\n%s", ev)
	}
	// An air strike naming no town is the day's one air strike, not its raid;
	// with two air strikes that day it stays apart.
	q := Analyze("", "Air strikes hit northern Syria on Tuesday, killing four people.", day("2025-07-22"))
	if got, ev, ok := Best(q, []Event{raid, strike}); !ok || got.ID != 2 {
		t.Errorf("a no-town air strike did not join the day's one air strike:\n%s", ev)
	}
	strike2 := event(5, "Russian air strike on Dana", "Russian warplanes struck Dana on Tuesday, killing two.", "2025-07-22")
	if got, _, ok := Best(q, []Event{raid, strike, strike2}); ok {
		t.Errorf("a no-town report joined %s among two incidents of its day and kind", got.Title)
	}

	quake := event(3, "Earthquake in Harem", "The earthquake destroyed buildings in Harem on Monday, rescuers said.", "2023-02-06")
	r := Analyze("", "Rescuers pulled survivors from the rubble in Salqin and Jindires after Monday's earthquake.", day("2023-02-07"))
	if got, ev, ok := Best(r, []Event{quake}); !ok || got.ID != 3 {
		t.Errorf("reports of one earthquake from two towns were kept apart:\n%s", ev)
	}
}

func TestAmbiguousUndatedToll(t *testing.T) {
	mon := event(1, "Air strike on Sarmin", "Russian warplanes struck a bakery in Sarmin on Monday, killing four.", "2024-03-11")
	wed := event(2, "Air strike on Sarmin", "Russian warplanes struck a school in Sarmin on Wednesday, killing three.", "2024-03-13")
	p := Analyze("", "The toll from the Russian air strike on Sarmin rose to seven, medics said.", day("2024-03-14"))
	if got, ev, ok := Best(p, []Event{mon, wed}); ok {
		t.Errorf("a toll that does not say when joined %s of two strikes on its town:\n%s", got.Title, ev)
	}
	if got, ev, ok := Best(p, []Event{wed}); !ok || got.ID != 2 {
		t.Errorf("a toll that does not say when did not join its town's one strike:\n%s", ev)
	}
	if r := Rivals(p, []Event{mon, wed}); len(r) != 2 {
		t.Errorf("rivals of the toll %v, want both strikes on Sarmin", r)
	}
	if r := Rivals(p, []Event{wed}); len(r) != 0 {
		t.Errorf("rivals of the toll with one strike %v, want none", r)
	}
}

// TestBackgroundPlaces checks that an event's places are those of its
// incident: the lead and the sentences that tell it, not background
// (politics, a sidebar of other news) that names places in passing.
func TestBackgroundPlaces(t *testing.T) {
	pub := time.Date(2024, 3, 14, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name, title, text string
		want, not         []string
	}{
		{
			name:  "politics paragraph",
			title: "US commandos raid a house in Atmeh",
			text: "US helicopters landed near Atmeh in Idlib province on Wednesday night and commandos stormed a house. " +
				"Residents said seven people were killed in the raid. " +
				"Witnesses in Atmeh described two hours of gunfire. " +
				"The government in Damascus calls the American presence in the country illegal. " +
				"Washington keeps troops in Iraq and Syria to fight the remnants of the group.",
			want: []string{"Atmeh"},
			not:  []string{"Damascus", "Iraq"},
		},
		{
			name:  "sidebar of other news",
			title: "Air strike on Sarmin market",
			text: "Latest news. Our correspondent in South Lebanon: an air strike hit a village near the border. " +
				"Warplanes struck the market of Sarmin in Idlib on Tuesday morning, killing five people. " +
				"Rescuers pulled the wounded from the rubble in Sarmin. " +
				"The Sarmin market was crowded at the time, rescuers in Idlib said.",
			want: []string{"Sarmin"},
			not:  []string{"Lebanon"},
		},
		{
			name:  "town told late is kept",
			title: "Shelling kills three in Idlib countryside",
			text: "Three people were killed on Monday. " +
				"The victims were farmers. " +
				"Rockets fell on the edge of the camp. " +
				"Shells hit the village of Kafr Nabl at dawn, local sources said.",
			want: []string{"Kafranbel"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Analyze(tt.title, tt.text, pub)
			for _, w := range tt.want {
				if !slices.Contains(p.Places, w) {
					t.Errorf("places %v lack %s", p.Places, w)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(p.Places, n) {
					t.Errorf("places %v hold background %s", p.Places, n)
				}
			}
			e := FromProfile(p, pub)
			for _, n := range tt.not {
				if slices.Contains(e.Places, n) {
					t.Errorf("event places %v hold background %s", e.Places, n)
				}
			}
		})
	}

	// Background is no evidence either: a report of a strike in Damascus
	// does not share an area with the Atmeh event whose background named
	// Damascus.
	atmeh := FromProfile(Analyze(tests[0].title, tests[0].text, pub), pub)
	dam := Analyze("Air strike in Damascus", "An air strike hit a building in Damascus on Wednesday night, killing seven people.", pub)
	if ev := Weigh(dam, atmeh); ev.OK() {
		t.Errorf("a Damascus report fits the Atmeh event through its background:\n%s", ev)
	}
}
