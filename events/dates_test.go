package events

import (
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestResolveDate(t *testing.T) {
	// 2024-03-14 is a Thursday.
	tests := []struct {
		name, text, published, want, cue string
	}{
		{"overnight is the morning it ended", "Rescuers dug through rubble after an overnight strike on the town.", "2024-03-14", "2024-03-14", "relative"},
		{"on a weekday", "Two drones hit a market in the town on Tuesday, residents said.", "2024-03-14", "2024-03-12", "weekday"},
		{"weekday of publication", "The bombardment began early on Thursday and lasted hours.", "2024-03-14", "2024-03-14", "weekday"},
		{"last night", "Shells landed on a camp last night, the rescuers said.", "2024-03-14", "2024-03-13", "relative"},
		{"yesterday", "A car exploded in the square yesterday.", "2024-03-14", "2024-03-13", "relative"},
		{"explicit month day", "Syrians buried the dead on March 12 after the strike.", "2024-03-14", "2024-03-12", "explicit"},
		{"explicit day month year", "The raid of 11 March 2024 left a family homeless.", "2024-03-14", "2024-03-11", "explicit"},
		{"explicit previous year", "The strike on December 30 killed a family, rescuers said.", "2024-01-02", "2023-12-30", "explicit"},
		{"said on a day dates a statement", "The monitor said on Friday that the toll from Tuesday's strikes had risen.", "2024-03-15", "2024-03-12", "weekday"},
		{"last weekday said on that weekday", "Families buried the dead of last Thursday's strike.", "2024-03-14", "2024-03-07", "weekday"},
		{"last month", "Last month's strike on Sarmin killed nine, and the market is still shut.", "2024-04-10", "2024-04-09", "relative"},
		{"last week", "Shelling last week destroyed a school, rescuers said.", "2024-03-14", "2024-03-13", "relative"},
		{"a full date after a wrong publication date", "The earthquake of 6 February 2023 killed thousands.", "2023-02-02", "2023-02-06", "explicit"},
		{"never after publication", "The strike on March 20 killed two.", "2024-03-14", "2024-03-14", "published"},
		{"no cue", "The toll from the raid rose further, a monitor said.", "2024-03-14", "2024-03-14", "published"},
		{"arabic weekday", "قصفت طائرات حربية بلدة سرمدا يوم الثلاثاء.", "2024-03-14", "2024-03-12", "weekday"},
		{"arabic weekday with clitic", "وقال الدفاع المدني إن القصف وقع والخميس هادئ.", "2024-03-14", "2024-03-14", "weekday"},
		{"arabic yesterday", "سقطت قذائف على مخيم قرب أطمة أمس.", "2024-03-14", "2024-03-13", "relative"},
		{"arabic dawn today", "نفذت مروحيات عملية إنزال فجر اليوم في أطمة.", "2024-03-14", "2024-03-14", "relative"},
		{"arabic explicit levantine and egyptian months", "وقع الانفجار في 3 شباط/فبراير في المدينة.", "2024-02-04", "2024-02-03", "explicit"},
		{"arabic-indic digits", "وقع القصف في ١٢ آذار وأدى إلى دمار.", "2024-03-14", "2024-03-12", "explicit"},
		{"arabic ordinal day", "قصفت المدفعية القرية في السابع من آذار.", "2024-03-14", "2024-03-07", "explicit"},
		{"arabic levantine two-word month", "في 2 تشرين الثاني قصفت المدفعية القرية.", "2024-11-05", "2024-11-02", "explicit"},
		{"recollection skipped", "It was the worst attack since a 2019 raid on a Tuesday.\nResidents said the strike happened on Wednesday.", "2024-03-14", "2024-03-13", "weekday"},
		{"month-only recollection skipped", "In July, a drone killed a commander on a Friday.\nThe new strike came overnight.", "2024-03-14", "2024-03-14", "relative"},
		{"byline date is not the incident's", "22 March, 2024\nOn Wednesday evening, two missiles struck a camp near the border.", "2024-03-22", "2024-03-20", "weekday"},
		{"arabic byline", "04 نوفمبر 2020، 09:00 م\nبلغت حصيلة ضحايا القصف، الأربعاء، سبعة قتلى.", "2020-11-05", "2020-11-04", "weekday"},
		{"old explicit date skipped", "On October 23, the army announced a killing.\nThe shelling on Monday hit a school.", "2024-03-14", "2024-03-11", "weekday"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ResolveDate(tt.text, day(tt.published))
			if got.Day.Format("2006-01-02") != tt.want || got.Cue != tt.cue {
				t.Errorf("ResolveDate(%q) = %s (%s), want %s (%s)", tt.text, got.Day.Format("2006-01-02"), got.Cue, tt.want, tt.cue)
			}
		})
	}
}

func TestResolveDateUndated(t *testing.T) {
	tests := []struct {
		name, text, want string
		weekdays         []time.Weekday
	}{
		{"byline date", "Some Outlet\n4 Jan 2023 10:12\nA strike hit the town on Wednesday morning.", "2023-01-04", []time.Weekday{time.Wednesday}},
		{"nothing but a weekday", "Witnesses said the helicopters came on Thursday and left before dawn.", "", []time.Weekday{time.Thursday}},
		{"arabic weekday", "قال ناشطون إن الغارة وقعت يوم الجمعة.", "", []time.Weekday{time.Friday}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ResolveDate(tt.text, time.Time{})
			gotDay := ""
			if !got.Day.IsZero() {
				gotDay = got.Day.Format("2006-01-02")
			}
			if gotDay != tt.want {
				t.Errorf("day = %q, want %q", gotDay, tt.want)
			}
			if len(got.Weekdays) != len(tt.weekdays) || (len(tt.weekdays) > 0 && got.Weekdays[0] != tt.weekdays[0]) {
				t.Errorf("weekdays = %v, want %v", got.Weekdays, tt.weekdays)
			}
		})
	}
}

func TestResolveRecall(t *testing.T) {
	pub := day("2025-08-20")
	text := "It was the second raid this year. In July, the ministry said its troops had stormed a farm near Afrin, which ended with the death of a smuggler and his brother. " +
		"Forces killed the group's leader in the village of Barisha in 2019 and his successor, a cleric, in Atmeh in 2022. " +
		"Three years ago a strike on Sarmada on 5 March 2022 killed eight."
	q1 := "ended with the death of a smuggler and his brother"
	q2 := "Forces killed the group's leader"
	q3 := "his successor, a cleric"
	q4 := "killed eight"
	all := []string{q1, q2, q3, q4}
	tests := []struct {
		quote, from, to string
		places          []string
	}{
		{q1, "2025-07-01", "2025-08-01", nil},
		{q2, "2019-01-01", "2020-01-01", []string{"Barisha"}},
		{q3, "2022-01-01", "2023-01-01", []string{"Atmeh"}},
		{q4, "2022-03-03", "2022-03-08", []string{"Sarmada"}},
	}
	for _, tt := range tests {
		t.Run(tt.quote, func(t *testing.T) {
			r := ResolveRecall(text, tt.quote, all, pub)
			if r.From.Format("2006-01-02") != tt.from || r.To.Format("2006-01-02") != tt.to {
				t.Errorf("period = %s..%s, want %s..%s", r.From.Format("2006-01-02"), r.To.Format("2006-01-02"), tt.from, tt.to)
			}
			if len(r.Places) != len(tt.places) || (len(tt.places) > 0 && r.Places[0] != tt.places[0]) {
				t.Errorf("places = %v, want %v", r.Places, tt.places)
			}
		})
	}
	// Without the second figure's quote, the first recollection still stops
	// at its own year and place.
	if r := ResolveRecall(text, q2, []string{q1, q4}, pub); len(r.Places) != 1 || r.Places[0] != "Barisha" || r.From.Year() != 2019 {
		t.Errorf("recollection without its neighbour's quote: %v", r)
	}
	if r := ResolveRecall(text, "not in the text", all, pub); r.Known() {
		t.Errorf("a quote not in the text resolved to %v", r)
	}
}

// TestProfileTextDate checks that the profile's TextDate, read from the
// sentences of title and text, is TextDate of the text alone: a date in the
// title does not count, and the title's sentences do not shift the text's.
func TestProfileTextDate(t *testing.T) {
	for _, tt := range []struct {
		title, text string
		want        string // "" for none
	}{
		{"Raid in Atmeh on 3 February 2022", "Helicopters raided a house in Atmeh overnight.", ""},
		{"Raid in Atmeh. Nine dead", "ATMEH, Feb. 3, 2022 — Helicopters raided a house overnight.", "2022-02-03"},
		{"U.S. raid", "Helicopters raided a house in Atmeh on 3 February 2022. In 2019 another raid hit Barisha on 27 October 2019.", "2022-02-03"},
		{"", "أطمة في 3 شباط 2022: إنزال جوي على منزل.", "2022-02-03"},
		{"Raid in Atmeh\n", "Raid in Atmeh\nHelicopters raided a house on 3 February 2022.", "2022-02-03"},
		{"No date here", "No date here either.", ""},
	} {
		got := Analyze(tt.title, tt.text, time.Time{}).TextDate
		if !got.Equal(TextDate(tt.text)) {
			t.Errorf("%q: profile TextDate %v, TextDate %v", tt.text, got, TextDate(tt.text))
		}
		if tt.want == "" && !got.IsZero() || tt.want != "" && !got.Equal(day(tt.want)) {
			t.Errorf("%q: TextDate %v, want %q", tt.text, got, tt.want)
		}
	}
}
