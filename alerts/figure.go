package alerts

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
)

// Amount writes a claim's interval the way a desk reads it: "13",
// "at least 13", "up to 20", "13–15", "about 40", "no", "several".
func Amount(c events.Claim) string {
	lo, hi := c.Min, c.Max
	var s string
	switch {
	case c.Vague && !(hi != nil && *hi == 0):
		return VagueWords(c.Quote, lo)
	case lo == nil && hi == nil:
		return "an unknown number of"
	case lo != nil && hi != nil && *lo == *hi:
		if *lo == 0 {
			return "no"
		}
		s = strconv.Itoa(*lo)
	case lo != nil && hi != nil:
		s = strconv.Itoa(*lo) + "–" + strconv.Itoa(*hi)
	case lo != nil:
		s = "at least " + strconv.Itoa(*lo)
	default:
		s = "up to " + strconv.Itoa(*hi)
	}
	if c.Approx && !strings.HasPrefix(s, "at least") && !strings.HasPrefix(s, "up to") {
		s = "about " + s
	}
	return s
}

// vagueWords are the words of vague figures, as a desk should read them,
// longest first; Arabic ones are told in English.
var vagueWords = []struct{ in, out string }{
	{"a number of", "a number of"}, {"a handful of", "a handful of"}, {"a few", "a few"}, {"several", "several"},
	{"multiple", "multiple"}, {"numerous", "numerous"}, {"many", "many"}, {"dozens", "dozens of"}, {"scores", "scores of"},
	{"hundreds", "hundreds of"}, {"some", "some"},
	{"عشرات", "dozens of"}, {"مئات", "hundreds of"}, {"عدد من", "a number of"}, {"العديد", "many"}, {"عدة", "several"},
	{"بعض", "some"}, {"أعداد", "a number of"},
}

// VagueWords says a vague figure in words, never as a number: the words
// its quote uses ("a number of", "multiple", "dozens of"), else "several"
// ("dozens of" when its floor says so).
func VagueWords(quote string, lo *int) string {
	q := " " + strings.ToLower(quote) + " "
	for _, w := range vagueWords {
		latin := w.in[0] < 0x80 // Arabic words take clitics: match them anywhere
		if strings.Contains(q, " "+w.in+" ") || (!latin && strings.Contains(q, w.in)) {
			return w.out
		}
	}
	switch {
	case lo != nil && *lo >= 200:
		return "hundreds of"
	case lo != nil && *lo >= 20:
		return "dozens of"
	}
	return "several"
}

// Label names what a figure counts: "killed", "children killed",
// "US troops injured", "casualties among civilians".
func Label(metric figures.Metric, group figures.Group, actor string) string {
	return label(metric, group, actor, false)
}

// singular names one of a group: "1 child killed", not "1 children".
var singular = map[figures.Group]string{
	figures.Civilians: "civilian", figures.Children: "child", figures.Women: "woman",
	figures.Combatants: "combatant", figures.Troops: "soldier",
}

func label(metric figures.Metric, group figures.Group, actor string, one bool) string {
	who := ""
	if group != "" && group != figures.People {
		who = string(group)
		if one && singular[group] != "" {
			who = singular[group]
		}
	} else if actor != "" {
		who = "people"
		if one {
			who = "person"
		}
	}
	if actor != "" {
		who = actor + " " + who
	}
	switch {
	case who == "":
		return string(metric)
	case metric == figures.Casualties:
		return "casualties among " + who
	}
	return who + " " + string(metric)
}

// FigureText is a claim's figure without its source: "13 killed",
// "at least 6 children killed".
func FigureText(c events.Claim) string {
	one := c.Min != nil && c.Max != nil && *c.Min == 1 && *c.Max == 1
	amount, what := Amount(c), label(c.Metric, c.Group, c.Actor, one)
	if what == string(c.Metric) {
		amount = strings.TrimSuffix(amount, " of") // "dozens killed", "dozens of civilians killed"
	}
	return amount + " " + what
}

// SourceName is who a claim is attributed to: the source entity, else the
// source as the text names it, else the outlet speaking for itself (by name,
// else by the host of its link).
func SourceName(c events.Claim) string {
	switch {
	case c.Entity != "":
		return c.Entity
	case c.Source != "":
		return c.Source
	case c.Outlet != "":
		return c.Outlet
	}
	if u, err := url.Parse(c.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Host, "www.")
	}
	return "the outlet"
}

// Headline is a claim on one line, in plain text:
// "13 killed — Syrian Civil Defence (via Reuters)".
func Headline(c events.Claim) string {
	s := FigureText(c) + " — " + SourceName(c)
	if Relayed(c) {
		s += " (via " + c.Outlet + ")"
	}
	return s
}

// Relayed reports whether the claim's outlet reports another source's
// figure, so that lines name the outlet too: "SCD (via Reuters)".
func Relayed(c events.Claim) bool {
	return c.Source != "" && c.Outlet != "" && !strings.EqualFold(SourceName(c), c.Outlet)
}

// ClassText says in words what an alert (by its strongest class) brings.
func ClassText(a Alert) string { return ClassWord(a.Class) }

// ClassWord says a class in words.
func ClassWord(c events.Class) string {
	switch c {
	case events.New:
		return "New figure"
	case events.Revised:
		return "Revised by its source"
	case events.Raised:
		return "Raised above earlier figures"
	case events.Conflict:
		return "Conflicting figure"
	}
	return strings.ToUpper(string(c[:min(1, len(c))])) + string(c[min(1, len(c)):])
}

// When is the time a claim was made, as a desk reads it: its article's
// publication time when known, else when it was seen.
func When(c events.Claim) string {
	t := c.SeenAt
	if !c.Published.IsZero() {
		t = c.Published
	}
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2 Jan 15:04")
}

// DepartText is one earlier claim an item departs from: "9 killed — SOHR,
// 3 Feb 08:10" (a revision names no source: it is the same one).
func DepartText(class events.Class, d events.Claim) string {
	s := FigureText(d)
	if class != events.Revised {
		s += " — " + SourceName(d)
	}
	if w := When(d); w != "" {
		s += ", " + w
	}
	return s
}

// DepartsText is the line about an item's earlier claims, "" when there are
// none: "earlier: 9 killed, 3 Feb 08:10" for a revision, "contradicts: 4
// children killed — Reuters, 3 Feb 09:00; …" for a conflict.
func DepartsText(it Item) string {
	if len(it.Departs) == 0 {
		return ""
	}
	var parts []string
	for _, d := range it.Departs {
		parts = append(parts, DepartText(it.Class, d))
	}
	return strings.ToLower(DepartsHeading(it.Class)) + ": " + strings.Join(parts, "; ")
}

// DepartsHeading heads the list of earlier claims an alert departs from.
func DepartsHeading(class events.Class) string {
	switch class {
	case events.Conflict:
		return "Contradicts"
	case events.Revised:
		return "Earlier"
	case events.Raised:
		// The figure raised may be this report's own first figure ("at
		// least nine" in the lede, 13 from rescuers below), so "figures",
		// not "reports".
		return "Raised above"
	}
	return "Departs from"
}
