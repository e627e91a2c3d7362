package ingest

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/places"
	"github.com/idlibwatch/idlibwatch/store"
)

// A busy week in Idlib, written for this test: 33 incidents in 15 towns
// over seven days, several a day in neighbouring towns and several in one
// town on different days, reported in English and Arabic by five outlets
// that fill one template for every strike and append the same background
// paragraphs; tolls rise in next-day reports, one wire story is run by two
// outlets, three reports name no town, and follow-ups a week later recall
// some incidents. Every report must land in its incident's event.

type busyIncident struct {
	day    int // 0 is Monday 2024-03-11
	town   string
	kind   string // "air", "shell", "drone", "carbomb", "raid"
	target string // what was hit
	killed int
}

var busyWeek = []busyIncident{
	// Monday: three air strikes in neighbouring towns, shelling on a fourth.
	{0, "Sarmin", "air", "market", 7},
	{0, "Saraqib", "air", "bakery", 4},
	{0, "Taftanaz", "shell", "school", 2},
	{0, "Sarmada", "carbomb", "roundabout", 5},
	{0, "Ariha", "air", "hospital", 3},
	// Tuesday: the Harem district border towns.
	{1, "Dana", "air", "camp", 6},
	{1, "Sarmada", "air", "poultry farm", 3},
	{1, "Atmeh", "raid", "house", 4},
	{1, "Kafr Takharim", "shell", "mosque", 2},
	{1, "Binnish", "drone", "car", 2},
	// Wednesday: Sarmin again, and its neighbours.
	{2, "Sarmin", "shell", "clinic", 3},
	{2, "Binnish", "shell", "market", 5},
	{2, "Taftanaz", "drone", "motorcycle", 1},
	{2, "al-Bara", "shell", "olive grove", 2},
	{2, "Darkush", "air", "water station", 4},
	// Thursday: the Jisr al-Shughur front and a car bomb.
	{3, "Jisr al-Shughur", "shell", "bus station", 6},
	{3, "Darkush", "shell", "bridge", 2},
	{3, "Armanaz", "air", "factory", 5},
	{3, "Dana", "carbomb", "checkpoint", 8},
	{3, "Salqin", "drone", "truck", 2},
	// Friday.
	{4, "Ariha", "shell", "square", 4},
	{4, "Maarrat Misrin", "air", "camp", 9},
	{4, "Saraqib", "drone", "van", 3},
	{4, "Kafr Takharim", "air", "olive press", 3},
	// Saturday: Sarmin a third time, the same kind as on Monday.
	{5, "Sarmin", "air", "bakery", 5},
	{5, "Salqin", "shell", "school", 3},
	{5, "al-Bara", "air", "cave shelter", 2},
	{5, "Jisr al-Shughur", "drone", "tractor", 1},
	{5, "Armanaz", "shell", "well", 2},
	// Sunday.
	{6, "Maarrat Misrin", "shell", "bakery", 4},
	{6, "Binnish", "air", "school", 6},
	{6, "Atmeh", "air", "camp", 7},
	{6, "Taftanaz", "air", "airfield road", 3},
}

var busyMonday = time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC)

var weekdaysEN = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var weekdaysAR = []string{"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"}

type busyKind struct {
	title, en, verbEN, actorEN, ar, actorAR string
}

var busyKinds = map[string]busyKind{
	"air":     {"Russian air strikes", "air strikes", "Russian warplanes struck", "Russian jets", "غارات جوية", "الطائرات الحربية الروسية"},
	"shell":   {"Government shelling", "shelling", "Government artillery shelled", "government forces", "قصف مدفعي", "قوات النظام"},
	"drone":   {"Government drone strike", "drone strike", "A government suicide drone hit", "government forces", "طائرة مسيرة", "مسيرة انتحارية تابعة لقوات النظام"},
	"carbomb": {"Car bomb", "car bomb", "A car bomb exploded near", "unknown attackers", "سيارة مفخخة", "مجهولون"},
	"raid":    {"US raid", "raid", "US special forces raided", "US forces", "عملية إنزال", "القوات الأمريكية"},
}

// The background every outlet appends, word for word, to every report.
const (
	boilerEN = "Idlib is the last major opposition stronghold in Syria, home to some four million people, many of them displaced several times since the civil war began in 2011. " +
		"A ceasefire brokered by Russia and Turkey in March 2020 has been repeatedly violated, and the war has killed more than half a million people.\n" +
		"Read also: Aid convoys cross Bab al-Hawa as winter ends"
	boilerAR = "ويقطن في إدلب نحو أربعة ملايين شخص، معظمهم من النازحين منذ عام 2011.\n" +
		"ويخضع الشمال السوري لاتفاق وقف إطلاق النار الموقع بين روسيا وتركيا في آذار 2020، والذي تخرقه قوات النظام باستمرار.\n" +
		"اقرأ أيضاً: قوافل مساعدات أممية تعبر من باب الهوى"
)

type busyReport struct {
	art      articles.Article
	incident string
}

// busyReports writes the week's coverage, as it would arrive.
func busyReports() []busyReport {
	var out []busyReport
	add := func(inc int, outlet string, published time.Time, title, text string) {
		n := len(out)
		out = append(out, busyReport{articles.Article{
			URL:    fmt.Sprintf("https://%s.example/%d", strings.ToLower(strings.ReplaceAll(outlet, " ", "")), n),
			Outlet: outlet, Published: published, Title: title, Text: title + "\n" + text,
		}, busyKey(inc)})
	}
	for i, in := range busyWeek {
		k := busyKinds[in.kind]
		day := busyMonday.AddDate(0, 0, in.day)
		wd, wdAR := weekdaysEN[in.day], weekdaysAR[in.day]
		ar := arabicName(in.town)
		at := func(h int) time.Time { return day.Add(time.Duration(h) * time.Hour) }

		// A wire story, the same morning.
		when := "on " + wd
		if in.kind == "raid" || i%4 == 1 {
			when = "before dawn on " + wd
		}
		wire := fmt.Sprintf("%s the %s in the town of %s in Idlib province %s, killing at least %d people, the civil defence said.\n"+
			"Rescuers searched the rubble of the %s for survivors while ambulances took the wounded to hospitals near the Turkish border.\n"+
			"Residents said %s had targeted the town before, and that families had begun to leave.\n%s",
			k.verbEN, in.target, in.town, when, in.killed, in.target, k.actorEN, boilerEN)
		add(i, "Levant Wire", at(9), fmt.Sprintf("%s kill %d in %s", k.title, in.killed, in.town), wire)
		if i%5 == 0 { // run by a second outlet under its own headline
			add(i, "Gulf Daily", at(11), fmt.Sprintf("%d dead as %s hit %s %s", in.killed, k.en, in.town, in.target), wire)
		}

		// An Arabic outlet, the same day or the next.
		if i%2 == 0 {
			add(i, "Shamal Press", at(14), fmt.Sprintf("مقتل %d مدنيين في %s على %s", in.killed, k.ar, ar),
				fmt.Sprintf("قُتل %d مدنيين وأصيب آخرون يوم %s جراء %s نفذته %s على %s في بلدة %s بريف إدلب، بحسب الدفاع المدني.\n"+
					"وقال الدفاع المدني إن فرقه عملت على انتشال الضحايا ونقل المصابين إلى المشافي القريبة.\n%s",
					in.killed, wdAR, k.ar, k.actorAR, in.target, ar, boilerAR))
		} else {
			add(i, "Shamal Press", day.AddDate(0, 0, 1).Add(8*time.Hour), fmt.Sprintf("%s على %s توقع %d قتلى", k.ar, ar, in.killed),
				fmt.Sprintf("قال الدفاع المدني إن %d مدنيين قتلوا أمس جراء %s شنته %s على بلدة %s شمال غربي سوريا.\n"+
					"وأضاف أن فرق الإنقاذ انتشلت جثث الضحايا من تحت الأنقاض.\n%s",
					in.killed, k.ar, k.actorAR, ar, boilerAR))
		}

		// A monitor's rising toll, the next day, naming the day's other
		// incident in a neighbouring town.
		other := ""
		if j := (i + 1) % len(busyWeek); busyWeek[j].day == in.day {
			o := busyWeek[j]
			other = fmt.Sprintf(" Hours later, %s hit nearby %s, killing %d.", busyKinds[o.kind].en, o.town, o.killed)
		}
		if i%3 != 2 {
			add(i, "Idlib Monitor", day.AddDate(0, 0, 1).Add(17*time.Hour), fmt.Sprintf("Toll from %s in %s rises to %d", k.en, in.town, in.killed+2),
				fmt.Sprintf("The death toll from %s's %s on %s has risen to %d, the monitor said, as two of the wounded died in hospital.\n"+
					"The %s in %s was hit in the attack, which the monitor blamed on %s.%s\n%s",
					wd, k.en, in.town, in.killed+2, in.target, in.town, k.actorEN, other, boilerEN))
		}
	}

	// Reports naming no town, each on a day with a single incident of its kind.
	add(7, "Gulf Daily", busyMonday.AddDate(0, 0, 1).Add(20*time.Hour), "US forces raid house in northwest Syria",
		"US special forces carried out a raid before dawn on Tuesday in rebel-held northwestern Syria, killing four people, a US official said.\n"+boilerEN)
	add(18, "Levant Wire", busyMonday.AddDate(0, 0, 3).Add(21*time.Hour), "Car bomb kills eight in rebel-held Idlib",
		"A car bomb exploded at a checkpoint in rebel-held Idlib on Thursday, killing eight people, according to rescuers.\n"+boilerEN)
	add(3, "Shamal Press", busyMonday.Add(22*time.Hour), "انفجار سيارة مفخخة في ريف إدلب",
		"قتل خمسة أشخاص يوم الاثنين بانفجار سيارة مفخخة في ريف إدلب الشمالي، بحسب مصادر محلية.\n"+boilerAR)

	// Follow-ups a week later that name their incident.
	follow := []struct {
		inc, after int
		text       string
	}{
		{7, 16, "Group confirms its commander died in US raid in Atmeh\nThe group confirmed the death of its commander, who was killed in the US raid on a house in Atmeh, in a statement posted online.\n"},
		{0, 7, "Traders in Sarmin reopen market a week after Russian air strikes\nA week after Russian air strikes killed nine people at the market in Sarmin, traders reopened their stalls last week, the local council said.\n"},
		{15, 7, "Jisr al-Shughur mourns victims of bus station shelling\nFamilies in Jisr al-Shughur buried the last of the victims of the government shelling of the bus station on March 14, which killed eight people.\n"},
		{21, 7, "Camp residents in Maarrat Misrin still homeless after air strikes\nResidents of the camp in Maarrat Misrin hit by Russian air strikes last Friday are still sleeping in the open, aid workers said.\n"},
	}
	for _, f := range follow {
		in := busyWeek[f.inc]
		title, body, _ := strings.Cut(f.text, "\n")
		add(f.inc, "Idlib Monitor", busyMonday.AddDate(0, 0, in.day+f.after).Add(10*time.Hour), title, body+boilerEN)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].art.Published.Before(out[j].art.Published) })
	return out
}

func busyKey(i int) string {
	in := busyWeek[i]
	return fmt.Sprintf("%d-%s-%s", in.day, in.town, in.kind)
}

func arabicName(town string) string {
	p, ok := places.Lookup(town)
	if !ok {
		panic("not in the gazetteer: " + town)
	}
	return p.Arabic
}

func TestReplayBusyWeek(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	reports := busyReports()
	towns := map[string]bool{}
	for _, in := range busyWeek {
		towns[in.town] = true
	}
	if len(busyWeek) < 30 || len(towns) < 15 {
		t.Fatalf("%d incidents in %d towns: the week is not busy enough", len(busyWeek), len(towns))
	}
	got, gold, nEvents, copies := replay(t, New(s, nil), reports)
	pr, rc := bcubed(got, gold)
	t.Logf("busy week: %d reports of %d incidents, %d events, %d copies: B-cubed P %.3f R %.3f F1 %.3f",
		len(reports), len(busyWeek), nEvents, copies, pr, rc, f1(pr, rc))
	if pr != 1 || rc != 1 {
		logMixed(t, got, gold)
		for i, r := range reports {
			id := fmt.Sprint(i)
			err := s.InTx(ctx, func(tx *store.Tx) error {
				a := r.art
				a.CanonicalURL, a.ContentHash = articles.CanonicalURL(a.URL), articles.Hash(a.Text)
				art, err := tx.FindDuplicate(ctx, a)
				if err != nil {
					return err
				}
				link, err := tx.ArticleEvent(ctx, art.ID)
				if err != nil {
					return err
				}
				t.Logf("%s %s (%s) -> %s\n%s", r.incident, r.art.Title, r.art.Outlet, got[id], link.Why)
				return nil
			})
			if err != nil {
				t.Logf("%s %s: %v", r.incident, r.art.Title, err)
			}
		}
		t.Errorf("B-cubed P %.3f R %.3f, want 1 and 1", pr, rc)
	}
	if want := (len(busyWeek) + 4) / 5; copies != want {
		t.Errorf("%d reports told as copies, want %d: the wire stories run by two outlets, and only they", copies, want)
	}
}
