package ingest

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/articles"
)

// A second busy period, generated rather than written out, in other
// outlets' wording than TestReplayBusyWeek's: 50 incidents over ten days in
// 20 towns (never two in one town on one day), each reported by two to four
// of six outlet styles in English and Arabic, with a daily round-up of
// several towns, late tolls without a day, and reports naming no town where
// a day has a single incident of their kind.

var streamTowns = []string{"Sarmin", "Dana", "Sarmada", "Atmeh", "Ariha", "Binnish", "Saraqib", "Taftanaz", "Darkush", "Salqin",
	"Armanaz", "Kafr Takharim", "Jisr al-Shughur", "Maarrat Misrin", "al-Bara", "Kafranbel", "Harem", "Qah", "Kafr Lusin", "Ihsim"}

type streamKind struct {
	en, enVerb, enActor, ar, arActor string
}

var streamKinds = map[string]streamKind{
	"air":     {"airstrike", "warplanes believed to be Russian bombed", "Russian", "غارة جوية", "الطيران الروسي"},
	"shell":   {"artillery shelling", "regime artillery pounded", "Syrian regime", "قصف مدفعي", "قوات الأسد"},
	"drone":   {"drone attack", "a kamikaze drone launched by regime forces struck", "Syrian regime", "هجوم بطائرة مسيرة", "قوات النظام"},
	"carbomb": {"bombing", "a booby-trapped car blew up beside", "unidentified", "تفجير سيارة مفخخة", "مجهولين"},
}

var streamTargets = []string{"a vegetable market", "a primary school", "a bakery", "a displacement camp", "a mosque", "a hospital", "a power station",
	"a fuel depot", "a residential building", "a poultry farm", "a civil defence centre", "a wedding hall"}

type streamIncident struct {
	day          int
	town, kind   string
	target       string
	killed, kids int
}

func streamIncidents(r *rand.Rand) []streamIncident {
	kinds := []string{"air", "air", "shell", "shell", "drone", "carbomb"}
	var out []streamIncident
	used := map[string]bool{}
	for len(out) < 50 {
		in := streamIncident{day: r.IntN(10), town: streamTowns[r.IntN(len(streamTowns))], kind: kinds[r.IntN(len(kinds))],
			target: streamTargets[r.IntN(len(streamTargets))], killed: 2 + r.IntN(12)}
		in.kids = r.IntN(in.killed / 2)
		k := fmt.Sprint(in.day, in.town)
		if used[k] {
			continue
		}
		used[k] = true
		out = append(out, in)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].day < out[j].day })
	return out
}

const streamBoilerEN = "The Syrian conflict, now well into its second decade, has killed more than 500,000 people and displaced half the country's pre-war population. " +
	"Northwest Syria is home to more than four million people, most of them dependent on aid that crosses from Turkey at Bab al-Hawa."

const streamBoilerAR = "ويعيش في شمال غربي سوريا أكثر من أربعة ملايين شخص، يعتمد معظمهم على المساعدات الإنسانية التي تدخل عبر معبر باب الهوى منذ سنوات."

func streamReports(r *rand.Rand, incs []streamIncident) []busyReport {
	start := time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC) // a Monday
	var out []busyReport
	add := func(gold, outlet string, published time.Time, title, text string) {
		out = append(out, busyReport{articles.Article{
			URL:    fmt.Sprintf("https://%s.example/%d", strings.ToLower(strings.ReplaceAll(outlet, " ", "")), len(out)),
			Outlet: outlet, Published: published, Title: title, Text: title + "\n" + text,
		}, gold})
	}
	perDayKind := map[string]int{}
	for _, in := range incs {
		perDayKind[fmt.Sprint(in.day, in.kind)]++
	}
	for i, in := range incs {
		gold := fmt.Sprintf("%d-%s", in.day, in.town)
		k := streamKinds[in.kind]
		day := start.AddDate(0, 0, in.day)
		wd, wdAR := day.Weekday().String(), weekdaysAR[(int(day.Weekday())+6)%7]
		ar := arabicName(in.town)
		n := 0
		if r.IntN(4) > 0 { // an agency, the same day
			when := []string{"on " + wd, "on " + wd + " night", "early on " + wd, "in the early hours of " + wd}[r.IntN(4)]
			add(gold, "Orient Agency", day.Add(time.Duration(10+r.IntN(10))*time.Hour), fmt.Sprintf("%d killed in %s %s on %s", in.killed, k.enActor, k.en, in.town),
				fmt.Sprintf("%s, Syria — %s %s in %s %s, killing %d people including %d children, according to the White Helmets.\n"+
					"Witnesses described scenes of panic as rescuers dug through the debris.\n%s",
					in.town, capitalize(k.enVerb), in.target, in.town, when, in.killed, in.kids, streamBoilerEN))
			n++
		}
		if r.IntN(3) > 0 || n == 0 { // an Arabic site, the same day
			add(gold, "Souria Net", day.Add(time.Duration(12+r.IntN(10))*time.Hour), fmt.Sprintf("%d قتلى في %s على %s", in.killed, k.ar, ar),
				fmt.Sprintf("قتل %d مدنيين بينهم %d أطفال يوم %s في %s لـ%s استهدف %s في بلدة %s بريف إدلب، بحسب فرق الدفاع المدني.\n%s",
					in.killed, in.kids, wdAR, k.ar, k.arActor, "موقعاً مدنياً", ar, streamBoilerAR))
			n++
		}
		if r.IntN(2) == 0 { // a late toll, two days on, without a day
			add(gold, "Watch Daily", day.AddDate(0, 0, 2).Add(9*time.Hour), fmt.Sprintf("%s toll climbs to %d", in.town, in.killed+3),
				fmt.Sprintf("The number of people killed in the %s on %s in %s has climbed to %d, medics said, after three of the wounded died.\n%s",
					k.en, in.target, in.town, in.killed+3, streamBoilerEN))
		}
		if r.IntN(3) == 0 { // an Arabic toll the next day
			add(gold, "Idlib Post", day.AddDate(0, 0, 1).Add(8*time.Hour), fmt.Sprintf("ارتفاع حصيلة %s على %s", k.ar, ar),
				fmt.Sprintf("ارتفعت حصيلة ضحايا %s على بلدة %s أمس إلى %d قتلى، وفق مصادر طبية في المنطقة.\n%s", k.ar, ar, in.killed+1, streamBoilerAR))
		}
		if perDayKind[fmt.Sprint(in.day, in.kind)] == 1 && i%3 == 0 { // naming no town
			add(gold, "World Desk", day.Add(23*time.Hour), fmt.Sprintf("%d dead in %s in Syria's northwest", in.killed, k.en),
				fmt.Sprintf("A %s in opposition-held northwestern Syria on %s killed %d people, a war monitor said.\n%s", k.en, wd, in.killed, streamBoilerEN))
		}
	}
	// A round-up of each day's towns.
	byDay := map[int][]streamIncident{}
	for _, in := range incs {
		byDay[in.day] = append(byDay[in.day], in)
	}
	for d, list := range byDay {
		if len(list) < 3 {
			continue
		}
		day := start.AddDate(0, 0, d)
		total := 0
		for _, in := range list {
			total += in.killed
		}
		add(fmt.Sprintf("roundup-%d", d), "Watch Daily", day.Add(22*time.Hour), fmt.Sprintf("Bombardment across Idlib kills %d", total),
			fmt.Sprintf("Strikes and shelling hit %s, %s and %s on %s, killing %d people across the province, the monitor said.\n"+
				"In %s, a %s was hit; in %s a %s; in %s a %s.\n%s",
				list[0].town, list[1].town, list[2].town, day.Weekday(), total,
				list[0].town, strings.TrimPrefix(list[0].target, "a "), list[1].town, strings.TrimPrefix(list[1].target, "a "),
				list[2].town, strings.TrimPrefix(list[2].target, "a "), streamBoilerEN))
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].art.Published.Before(out[j].art.Published) })
	return out
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func TestReplayBusyStream(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 42))
			incs := streamIncidents(r)
			reports := streamReports(r, incs)
			got, gold, nEvents, _ := replay(t, New(openStore(t), nil), reports)
			pr, rc := bcubed(got, gold)
			t.Logf("busy stream: %d reports of %d incidents and round-ups, %d events: B-cubed P %.3f R %.3f F1 %.3f", len(reports), len(incs), nEvents, pr, rc, f1(pr, rc))
			if pr < 1 || f1(pr, rc) < 0.95 {
				logMixed(t, got, gold)
				t.Errorf("B-cubed P %.3f F1 %.3f, want P 1 (no two incidents merged) and F1 >= 0.95", pr, f1(pr, rc))
			}
		})
	}
}
