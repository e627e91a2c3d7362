package reading

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// DateKind says what a date mention states.
type DateKind uint8

const (
	FullDate    DateKind = iota + 1 // day, month and year: "3 March 2024", "March 3, 2024"
	DayMonth                        // "March 3", "٣ آذار"
	MonthYear                       // "March 2024", "شباط 2020"
	MonthOnly                       // a month alone: "In July", "في تموز"
	YearOnly                        // a year alone: "in 2019"
	WeekdayName                     // "on Tuesday", "يوم الثلاثاء"
	RelativeDay                     // "yesterday", "أمس", "last week"
)

// Date is a date mention of a text.
type Date struct {
	// A, B are the tokens [A, B) that hold the mention; Start, End its
	// bytes (inside a hyphenated token, "mid-March", only the date's part).
	A, B       int
	Start, End int
	Kind       DateKind
	Year, Day  int // 0 when not stated
	Month      time.Month
	Weekday    time.Weekday
	// Days places a RelativeDay before the day of writing: 0 the same day
	// (an overnight raid is dated by the morning it ended), -1 the day
	// before, -7 a week back, -31 a month back.
	Days int
}

// The lexicons are written in Fold form; their filters are built with
// them (init).
var (
	months        = map[string]time.Month{}
	weekdays      = map[string]time.Weekday{}
	monthFilter   *WordFilter
	weekdayFilter *WordFilter
)

func init() {
	for m, names := range [...]string{
		time.January:   "january jan يناير",
		time.February:  "february feb فبراير شباط",
		time.March:     "march mar مارس آذار",
		time.April:     "april apr أبريل إبريل نيسان",
		time.May:       "may مايو أيار",
		time.June:      "june jun يونيو يونيه حزيران",
		time.July:      "july jul يوليو يوليه تموز",
		time.August:    "august aug أغسطس آب",
		time.September: "september sep sept سبتمبر أيلول",
		time.October:   "october oct أكتوبر",
		time.November:  "november nov نوفمبر",
		time.December:  "december dec ديسمبر",
	} {
		for _, n := range strings.Fields(names) {
			months[Fold(n)] = time.Month(m)
		}
	}
	for d, names := range [...]string{
		time.Sunday:    "sunday الأحد",
		time.Monday:    "monday الاثنين الإثنين",
		time.Tuesday:   "tuesday الثلاثاء",
		time.Wednesday: "wednesday الأربعاء",
		time.Thursday:  "thursday الخميس",
		time.Friday:    "friday الجمعة",
		time.Saturday:  "saturday السبت",
	} {
		for _, n := range strings.Fields(names) {
			weekdays[Fold(n)] = time.Weekday(d)
		}
	}
	monthFilter, weekdayFilter = FilterOf(months), FilterOf(weekdays)
}

// Month is the month a one-word month name names (a folded word: "feb",
// "شباط", "فبراير"). The Levantine names of two words are LevantineMonth's.
func Month(w string) (time.Month, bool) {
	if !monthFilter.May(w) {
		return 0, false
	}
	m, ok := months[w]
	return m, ok
}

// LevantineMonth reads the two-word Levantine names: كانون الأول/الثاني
// (December, January), تشرين الأول/الثاني (October, November). Their words
// alone are no months.
func LevantineMonth(first, second string) (time.Month, bool) {
	var ordinal time.Month
	switch second {
	case "الاول":
		ordinal = 1
	case "الثاني":
		ordinal = 2
	default:
		return 0, false
	}
	switch first {
	case "كانون":
		return []time.Month{time.December, time.January}[ordinal-1], true
	case "تشرين":
		return time.September + ordinal, true
	}
	return 0, false
}

// Weekday is the day a folded weekday name names ("tuesday", "الثلاثاء").
func Weekday(w string) (time.Weekday, bool) {
	if !weekdayFilter.May(w) {
		return 0, false
	}
	d, ok := weekdays[w]
	return d, ok
}

// WeekdayNames are the folded weekday names of both languages.
func WeekdayNames() []string {
	out := make([]string, 0, len(weekdays))
	for w := range weekdays {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// arOrdinals are the Arabic ordinals a day of the month is written with
// ("في الخامس من آذار"); الحادي only opens "الحادي عشر".
var arOrdinals = map[string]int{
	"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
	"الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي": 1, "العشرين": 20, "الثلاثين": 30,
}

var arOrdinalFilter = FilterOf(arOrdinals)

// OrdinalDay reads an Arabic ordinal day at the folded words a, b (b may
// be ""): "الخامس" (5, one word), "الحادي عشر" (11, two), "الثالث
// والعشرين" (23, two). It returns 0 words when there is none.
func OrdinalDay(a, b string) (day, n int) {
	u := 0
	if arOrdinalFilter.May(a) {
		u = arOrdinals[a]
	}
	if u > 0 && u < 10 {
		switch b {
		case "عشر":
			return 10 + u, 2
		case "والعشرين", "والثلاثين":
			return arOrdinals[b[len("و"):]] + u, 2
		}
	}
	if u == 0 || a == "الحادي" {
		return 0, 0
	}
	return u, 1
}

// Year reads a year: four ASCII digits from 1900 to 2100.
func Year(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	y, ok := digits(w)
	return y, ok && y >= 1900 && y <= 2100
}

// Day reads a day of the month: one or two digits from 1 to 31, with an
// English ordinal suffix or not ("3", "03", "3rd").
func Day(w string) (int, bool) {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false // (a word cut to its suffix is read as none below too)
	}
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

// digits is the value of a run of ASCII digits (at most four).
func digits(w string) (int, bool) {
	if w == "" || len(w) > 4 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0, false
		}
		v = v*10 + int(w[i]-'0')
	}
	return v, true
}

// relative is an expression that places a day relative to the day of
// writing (Date.Days).
type relative struct {
	words []string
	days  int
}

// relatives, by their first word, longest first.
var relatives = func() map[string][]relative {
	out := map[string][]relative{}
	add := func(days int, list string) {
		for _, p := range strings.Split(list, "|") {
			var ws []string
			for _, w := range strings.Fields(strings.ReplaceAll(p, "-", " ")) {
				ws = append(ws, Fold(w))
			}
			out[ws[0]] = append(out[ws[0]], relative{ws, days})
		}
	}
	add(-1, "last night|yesterday|the previous night|أمس|الأمس|البارحة|الليلة الماضية|ليلة أمس|مساء أمس")
	add(0, "overnight|early hours|pre-dawn|predawn|before dawn|this morning|earlier today|today|tonight|this evening|فجر اليوم|صباح اليوم|مساء اليوم|اليوم|الليلة")
	add(-7, "last week|earlier this week|past week|this week|الأسبوع الماضي|الاسبوع الماضي|هذا الأسبوع|الأسبوع الجاري")
	add(-31, "last month|earlier this month|الشهر الماضي|الشهر المنصرم|مطلع الشهر")
	for _, rs := range out {
		for i := 1; i < len(rs); i++ { // insertion sort, longest first
			for j := i; j > 0 && len(rs[j].words) > len(rs[j-1].words); j-- {
				rs[j], rs[j-1] = rs[j-1], rs[j]
			}
		}
	}
	return out
}()

// dword is a word as the date reader reads it: a word or number token, or
// one part of a hyphenated one ("mid-March", "2019-2020"); punctuation
// between words is passed over ("30, 2024", "شباط/فبراير").
type dword struct {
	tok        int
	start, end int
	w          string
	upper      bool
	arabic     bool
}

// Dates returns the date mentions of the article text, in order. They are
// read on first use and shared after.
func (d *Doc) Dates() []Date {
	d.datesOnce.Do(func() {
		var ws []dword
		for _, s := range d.Sentences {
			ws = d.dateWords(s, ws[:0])
			d.dates = scanDates(ws, d.dates)
		}
	})
	return d.dates
}

// DatesIn returns the date mentions that overlap the bytes [start, end)
// (a date partly inside a quote is the quote's). Mentions do not overlap:
// in text order, their ends are in order too.
func (d *Doc) DatesIn(start, end int) []Date {
	ds := d.Dates()
	lo := sort.Search(len(ds), func(i int) bool { return ds[i].End > start })
	hi := lo + sort.Search(len(ds)-lo, func(i int) bool { return ds[lo+i].Start >= end })
	return ds[lo:hi]
}

// dateWords appends the words of sentence s.
func (d *Doc) dateWords(s Sentence, ws []dword) []dword {
	for i := s.A; i < s.B; i++ {
		t := d.Tokens[i]
		if t.Kind != Word && t.Kind != Number {
			continue
		}
		if !strings.ContainsAny(t.Norm, "-‐") {
			ws = append(ws, dword{tok: i, start: int(t.Start), end: int(t.End), w: t.Norm, upper: t.Upper, arabic: t.Arabic})
			continue
		}
		raw := d.Text[t.Start:t.End]
		for off := 0; off < len(raw); {
			n := strings.IndexAny(raw[off:], "-‐")
			if n < 0 {
				n = len(raw) - off
			}
			if part := raw[off : off+n]; part != "" {
				r, _ := utf8.DecodeRuneInString(part)
				ws = append(ws, dword{tok: i, start: int(t.Start) + off, end: int(t.Start) + off + n, w: Fold(part), upper: unicode.IsUpper(r), arabic: t.Arabic})
			}
			off += n
			if off < len(raw) {
				_, sz := utf8.DecodeRuneInString(raw[off:])
				off += sz
			}
		}
	}
	return ws
}

// mention makes the Date of words ws[i:j].
func mention(ws []dword, i, j int, k DateKind) Date {
	return Date{A: ws[i].tok, B: ws[j-1].tok + 1, Start: ws[i].start, End: ws[j-1].end, Kind: k}
}

// monthAt reads a month name at ws[i], with a double naming ("شباط/فبراير",
// "فبراير شباط") read as one; it returns the month and the words used.
func monthAt(ws []dword, i int) (time.Month, int) {
	one := func(i int) (time.Month, int) {
		if i+1 < len(ws) {
			if m, ok := LevantineMonth(ws[i].w, ws[i+1].w); ok {
				return m, 2
			}
			if m, ok := levantineClitic(ws[i], ws[i+1].w); ok {
				return m, 2 // "وتشرين الثاني", "بكانون الأول": two words make it sure
			}
		}
		if m, ok := Month(ws[i].w); ok {
			return m, 1
		}
		return 0, 0
	}
	m, n := one(i)
	if n == 0 {
		return 0, 0
	}
	if i+n < len(ws) {
		if m2, n2 := one(i + n); n2 > 0 && m2 == m {
			n += n2
		}
	}
	return m, n
}

// levantineClitic reads a two-word Levantine name whose first word
// carries a conjunction or preposition ("وتشرين الثاني", "بكانون الأول").
func levantineClitic(w dword, second string) (time.Month, bool) {
	if !w.arabic {
		return 0, false
	}
	var m time.Month
	ok := false
	Stems(w.w, false, func(stem string, article bool) bool {
		if !article {
			m, ok = LevantineMonth(stem, second)
		}
		return !ok
	})
	return m, ok
}

func yearAt(ws []dword, i int) (int, bool) {
	if i >= len(ws) {
		return 0, false
	}
	return Year(ws[i].w)
}

// monthAlone: a month name without a day or year is one when it is a
// capitalized English name ("In July"; "May" is a verb far more often) or
// an Arabic one other than آب, which is also "father".
func monthAlone(w dword) bool {
	if w.arabic {
		return w.w != "اب"
	}
	return w.upper && len(w.w) > 3
}

// weekdayAt reads a weekday name at ws[i], an Arabic one with its clitics
// ("والخميس").
func weekdayAt(w dword) (time.Weekday, bool) {
	if d, ok := Weekday(w.w); ok {
		return d, true
	}
	var d time.Weekday
	ok := false
	if w.arabic {
		Stems(w.w, true, func(stem string, _ bool) bool {
			d, ok = Weekday(stem)
			return !ok
		})
	}
	return d, ok
}

// relativeAt reads the longest relative expression at ws[i] (an Arabic
// first word may carry clitics: "وأمس"); it returns it and its words.
func relativeAt(ws []dword, i int) (relative, int) {
	match := func(rs []relative) (relative, int) {
		for _, r := range rs {
			if i+len(r.words) > len(ws) {
				continue
			}
			ok := true
			for k := 1; k < len(r.words) && ok; k++ {
				ok = ws[i+k].w == r.words[k]
			}
			if ok {
				return r, len(r.words)
			}
		}
		return relative{}, 0
	}
	if r, n := match(relatives[ws[i].w]); n > 0 {
		return r, n
	}
	var r relative
	n := 0
	if ws[i].arabic {
		Stems(ws[i].w, true, func(stem string, _ bool) bool {
			r, n = match(relatives[stem])
			return n == 0
		})
	}
	return r, n
}

// dayLink: does a word that links a day to its month follow the day at
// ws[i]? "of" after an English ordinal ("the 21st of March"; "5 of March's
// dead" is no date), من after an Arabic day ("2 من آذار").
func dayLink(ws []dword, i int) bool {
	if i+2 >= len(ws) {
		return false
	}
	switch ws[i+1].w {
	case "of":
		return len(ws[i].w) > 2 && !ws[i+1].arabic
	case "من":
		return true
	}
	return false
}

// scanDates appends the date mentions of a sentence's words, in order.
func scanDates(ws []dword, out []Date) []Date {
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		// DAY [of|من] MONTH [YEAR]: "3 March", "the 21st of March", "2 من آذار"
		if day, ok := Day(w.w); ok && i+1 < len(ws) {
			at := i + 1
			if dayLink(ws, i) {
				at++
			}
			if m, n := monthAt(ws, at); n > 0 {
				end, kind := at+n, DayMonth
				y, ok := yearAt(ws, end)
				if ok {
					end, kind = end+1, FullDate
				}
				c := mention(ws, i, end, kind)
				c.Day, c.Month, c.Year = day, m, y
				out = append(out, c)
				i = end - 1
				continue
			}
		}
		// ORDINAL من MONTH [YEAR]: "في الخامس من آذار"
		if w.arabic {
			next := ""
			if i+1 < len(ws) {
				next = ws[i+1].w
			}
			if day, k := OrdinalDay(w.w, next); k > 0 && i+k+1 < len(ws) && ws[i+k].w == "من" {
				if m, n := monthAt(ws, i+k+1); n > 0 {
					end, kind := i+k+1+n, DayMonth
					y, ok := yearAt(ws, end)
					if ok {
						end, kind = end+1, FullDate
					}
					c := mention(ws, i, end, kind)
					c.Day, c.Month, c.Year = day, m, y
					out = append(out, c)
					i = end - 1
					continue
				}
			}
		}
		if m, n := monthAt(ws, i); n > 0 {
			// MONTH DAY [YEAR]
			if i+n < len(ws) {
				if day, ok := Day(ws[i+n].w); ok {
					c := mention(ws, i, i+n+1, DayMonth)
					if y, ok := yearAt(ws, i+n+1); ok {
						c = mention(ws, i, i+n+2, FullDate)
						c.Year = y
						i++
					}
					c.Day, c.Month = day, m
					out = append(out, c)
					i += n
					continue
				}
			}
			// MONTH YEAR, or a month alone ("In July, …").
			if y, ok := yearAt(ws, i+n); ok {
				c := mention(ws, i, i+n+1, MonthYear)
				c.Month, c.Year = m, y
				out = append(out, c)
				i += n
				continue
			}
			if monthAlone(w) {
				c := mention(ws, i, i+n, MonthOnly)
				c.Month = m
				out = append(out, c)
			}
			i += n - 1
			continue
		}
		if y, ok := Year(w.w); ok {
			c := mention(ws, i, i+1, YearOnly)
			c.Year = y
			out = append(out, c)
			continue
		}
		if wd, ok := weekdayAt(w); ok {
			c := mention(ws, i, i+1, WeekdayName)
			c.Weekday = wd
			out = append(out, c)
			continue
		}
		if r, n := relativeAt(ws, i); n > 0 {
			c := mention(ws, i, i+n, RelativeDay)
			c.Days = r.days
			out = append(out, c)
			i += n - 1
		}
	}
	return out
}
