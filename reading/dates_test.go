package reading

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// dateString writes a mention as "text=kind:fields" for comparison.
func dateString(d *Doc, m Date) string {
	var f string
	switch m.Kind {
	case FullDate:
		f = fmt.Sprintf("full:%04d-%02d-%02d", m.Year, m.Month, m.Day)
	case DayMonth:
		f = fmt.Sprintf("daymonth:%02d-%02d", m.Month, m.Day)
	case MonthYear:
		f = fmt.Sprintf("monthyear:%04d-%02d", m.Year, m.Month)
	case MonthOnly:
		f = fmt.Sprintf("month:%02d", m.Month)
	case YearOnly:
		f = fmt.Sprintf("year:%04d", m.Year)
	case WeekdayName:
		f = "weekday:" + m.Weekday.String()
	case RelativeDay:
		f = fmt.Sprintf("relative:%d", m.Days)
	}
	return d.Text[m.Start:m.End] + "=" + f
}

func TestDates(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Jets struck the bakery on March 4, 2021, and again on 9 March.",
			[]string{"March 4, 2021=full:2021-03-04", "9 March=daymonth:03-09"}},
		{"The camp, built in 2018, was hit on Feb. 3rd.",
			[]string{"2018=year:2018", "Feb. 3rd=daymonth:02-03"}},
		{"In July, a drone hit a car; in August 2022 another one did.",
			[]string{"July=month:07", "August 2022=monthyear:2022-08"}},
		// "may" is a verb unless a number stands by it; "March" with one.
		{"Residents may leave in May or on May 2.",
			[]string{"May 2=daymonth:05-02"}},
		{"Since mid-March the shelling has not stopped.",
			[]string{"March=month:03"}},
		{"The 2019-2020 offensive emptied the town.",
			[]string{"2019=year:2019", "2020=year:2020"}},
		{"Shells fell overnight and again on Tuesday's market.",
			[]string{"overnight=relative:0", "Tuesday's=weekday:Tuesday"}},
		{"A pre-dawn raid last week followed a strike last night.",
			[]string{"pre-dawn=relative:0", "last week=relative:-7", "last night=relative:-1"}},
		{"Rescuers said earlier today that the dead of last month were buried.",
			[]string{"earlier today=relative:0", "last month=relative:-31"}},
		// Levantine and Egyptian month names, doubled or alone.
		{"قصفت الطائرات البلدة في 3 شباط/فبراير 2020.",
			[]string{"3 شباط/فبراير 2020=full:2020-02-03"}},
		{"وفي ١٢ كانون الثاني قتل مدنيان، وفي تشرين الأول 2019 نزح الآلاف.",
			[]string{"١٢ كانون الثاني=daymonth:01-12", "تشرين الأول 2019=monthyear:2019-10"}},
		{"عاد الأهالي في أيار بعد أن غادروا في آب الماضي.",
			[]string{"أيار=month:05"}},
		{"سقطت قذائف على المخيم أمس، وقصفت المدفعية البلدة يوم الثلاثاء.",
			[]string{"أمس=relative:-1", "الثلاثاء=weekday:Tuesday"}},
		{"ونفذت مروحيات إنزالاً فجر اليوم والخميس الماضي.",
			[]string{"فجر اليوم=relative:0", "والخميس=weekday:Thursday"}},
		{"وبالأمس قتل شخصان وخلال الأسبوع الماضي أصيب خمسة.",
			[]string{"وبالأمس=relative:-1", "الأسبوع الماضي=relative:-7"}},
		// Arabic ordinal days before من and a month.
		{"قتل مدنيان في الخامس من آذار، وفي الحادي عشر من أيلول 2019 نزحت عائلات.",
			[]string{"الخامس من آذار=daymonth:03-05", "الحادي عشر من أيلول 2019=full:2019-09-11"}},
		{"وفي الثالث والعشرين من تشرين الأول عاد الأهالي إلى الشطر الأول من البلدة.",
			[]string{"الثالث والعشرين من تشرين الأول=daymonth:10-23"}},
		// An ordinal day linked to its month by "of", a day by من.
		{"The clinic was shelled on the 21st of March and again on the 2nd of April 2023.",
			[]string{"21st of March=daymonth:03-21", "2nd of April 2023=full:2023-04-02"}},
		{"Five of March's dead were children.", []string{"March's=month:03"}},
		{"قصفت الطائرات السوق في 14 من حزيران 2022.",
			[]string{"14 من حزيران 2022=full:2022-06-14"}},
		// A Levantine name with a clitic, and its other name after a hyphen.
		{"نزحت العائلات في أيلول وتشرين الثاني-نوفمبر 2019.",
			[]string{"أيلول=month:09", "وتشرين الثاني-نوفمبر 2019=monthyear:2019-11"}},
		// Not dates: a count, a figure with a separator, an ordinal alone,
		// كانون without its ordinal, a year out of range.
		{"Some 31 people and 1,999 sheep died; the third day; 1850 houses.", nil},
		{"مات 2500 شخص في كانون.", nil},
	}
	for _, c := range cases {
		d := Read(c.in)
		var got []string
		for _, m := range d.Dates() {
			got = append(got, dateString(d, m))
			if m.A < 0 || m.B > len(d.Tokens) || m.A >= m.B || int(d.Tokens[m.A].Start) > m.Start || int(d.Tokens[m.B-1].End) < m.End {
				t.Errorf("%q: mention %+v does not lie in its tokens", c.in, m)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Dates(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestDatesIn checks that a span takes the mentions that overlap it, and
// that no mention crosses a sentence.
func TestDatesIn(t *testing.T) {
	text := "On 5 March 2022 jets struck. On Friday, shells fell.\nA year on, in 2023, calm."
	d := Read(text)
	if n := len(d.Dates()); n != 3 {
		t.Fatalf("%d mentions, want 3", n)
	}
	in := func(from, to string) []string {
		a := strings.Index(text, from)
		b := strings.Index(text, to) + len(to)
		var out []string
		for _, m := range d.DatesIn(a, b) {
			out = append(out, text[m.Start:m.End])
		}
		return out
	}
	cases := []struct {
		from, to string
		want     []string
	}{
		{"On 5", "struck.", []string{"5 March 2022"}},
		{"March", "March", []string{"5 March 2022"}}, // a date partly inside is the span's
		{"jets", "shells", []string{"Friday"}},
		{"shells", "calm.", []string{"2023"}},
		{"jets", "struck", nil},
	}
	for _, c := range cases {
		if got := in(c.from, c.to); !slices.Equal(got, c.want) {
			t.Errorf("DatesIn(%q..%q) = %q, want %q", c.from, c.to, got, c.want)
		}
	}
}

func TestDateLexicon(t *testing.T) {
	months := map[string]time.Month{"sept": time.September, "jan": time.January, "ابريل": time.April, "اذار": time.March, "يونيه": time.June, "اب": time.August}
	for w, want := range months {
		if got, ok := Month(w); !ok || got != want {
			t.Errorf("Month(%q) = %v %v, want %v", w, got, ok, want)
		}
	}
	for _, w := range []string{"كانون", "تشرين", "الاول", "mayor"} {
		if m, ok := Month(w); ok {
			t.Errorf("Month(%q) = %v", w, m)
		}
	}
	levantine := []struct {
		a, b string
		want time.Month
	}{{"كانون", "الاول", time.December}, {"كانون", "الثاني", time.January}, {"تشرين", "الاول", time.October}, {"تشرين", "الثاني", time.November}}
	for _, c := range levantine {
		if got, ok := LevantineMonth(c.a, c.b); !ok || got != c.want {
			t.Errorf("LevantineMonth(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	if _, ok := LevantineMonth("كانون", "الثالث"); ok {
		t.Error("كانون الثالث read as a month")
	}
	if d, ok := Weekday(Fold("الإثنين")); !ok || d != time.Monday {
		t.Errorf("Weekday(الإثنين) = %v %v", d, ok)
	}
	if d, ok := Weekday("sunday"); !ok || d != time.Sunday {
		t.Errorf("Weekday(sunday) = %v %v", d, ok)
	}
	ordinals := []struct {
		a, b   string
		day, n int
	}{
		{"الخامس", "من", 5, 1}, {"الحادي", "عشر", 11, 2}, {"الرابع", "والعشرين", 24, 2},
		{"الثلاثين", "", 30, 1}, {"الحادي", "", 0, 0}, {"العاشر", "عشر", 10, 1}, {"الخامسه", "", 0, 0},
	}
	for _, c := range ordinals {
		if day, n := OrdinalDay(c.a, c.b); day != c.day || n != c.n {
			t.Errorf("OrdinalDay(%q, %q) = %d, %d, want %d, %d", c.a, c.b, day, n, c.day, c.n)
		}
	}
	if names := WeekdayNames(); !slices.Contains(names, "الجمعه") || !slices.Contains(names, "monday") || len(names) != 14 {
		t.Errorf("WeekdayNames() = %q", names)
	}
	for w, want := range map[string]int{"1999": 1999, "2100": 2100, "1899": 0, "999": 0, "20a4": 0} {
		if got, ok := Year(w); got != want && ok || ok != (want != 0) {
			t.Errorf("Year(%q) = %d %v, want %d", w, got, ok, want)
		}
	}
	for w, want := range map[string]int{"1": 1, "09": 9, "31st": 31, "2nd": 2, "32": 0, "0": 0, "123": 0, "th": 0} {
		if got, ok := Day(w); got != want && ok || ok != (want != 0) {
			t.Errorf("Day(%q) = %d %v, want %d", w, got, ok, want)
		}
	}
}

// dayRef is Day before it turned down a word not opening on a digit.
func dayRef(w string) (int, bool) {
	if len(w) > 2 {
		for _, suf := range [...]string{"st", "nd", "rd", "th"} {
			w = strings.TrimSuffix(w, suf)
		}
	}
	if len(w) > 2 {
		return 0, false
	}
	d, ok := digits(w)
	return d, ok && d >= 1 && d <= 31
}

func TestDayFirstDigit(t *testing.T) {
	parts := []string{"", "0", "3", "9", "1", "st", "nd", "rd", "th", "s", "t", "h", "x", "٣"}
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				w := a + b + c
				gd, gok := Day(w)
				wd, wok := dayRef(w)
				if gd != wd || gok != wok {
					t.Errorf("Day(%q) = %d, %v, want %d, %v", w, gd, gok, wd, wok)
				}
			}
		}
	}
}
