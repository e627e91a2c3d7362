package bot

import (
	"strconv"
	"strings"

	"github.com/idlibwatch/idlibwatch/alerts"
)

// maxAlertClaims bounds the claims one alert lists; the rest are counted.
const maxAlertClaims = 8

// AlertDoc renders an alert, one report about one event, as a doc: the
// event as title; the report's class, outlet and time; each claim it brings
// with its class, source, quote and the earlier claims it departs from.
func AlertDoc(a alerts.Alert) *Doc {
	d := &Doc{Title: a.EventTitle}
	head := Line{B(alerts.ClassText(a))}
	name := a.Article.Outlet
	if name == "" {
		name = "report"
	}
	if u := SafeURL(a.Article.URL); u != "" {
		head = append(head, T(" · "), L(name, u))
	} else {
		head = append(head, T(" · "+name))
	}
	if w := reportTime(a); w != "" {
		head = append(head, T(", "+w))
	}
	d.Sections = append(d.Sections, Section{Lines: []Line{head}})
	if a.Article.Title != "" {
		d.Sections[0].Lines = append(d.Sections[0].Lines, Line{I(a.Article.Title)})
	}
	s := Section{}
	for i, it := range a.Claims {
		if i == maxAlertClaims {
			s.Lines = append(s.Lines, Line{I("… and " + strconv.Itoa(len(a.Claims)-i) + " more")})
			break
		}
		l := Line{T("• "), B(alerts.FigureText(it.Claim)), T(" — " + alerts.SourceName(it.Claim))}
		if it.Class != "" && (len(a.Claims) > 1 || it.Class != a.Class) {
			l = append(l, T(" ("+strings.ToLower(alerts.ClassWord(it.Class))+")"))
		}
		s.Lines = append(s.Lines, l)
		if q := strings.TrimSpace(it.Quote); q != "" {
			s.Lines = append(s.Lines, Line{T("   "), I("“" + Truncate(q, 280) + "”")})
		}
		if dt := alerts.DepartsText(it); dt != "" {
			s.Lines = append(s.Lines, Line{T("   " + dt)})
		}
	}
	d.Sections = append(d.Sections, s)
	return d
}

// AlertText is an alert's one-line plain text: notifications, terminals.
// "[conflict] 2022-02-03 Atmeh — US raid: Reuters: 4 children killed — White
// Helmets; contradicts: 6 children killed — SOHR, 3 Feb 09:00"
func AlertText(a alerts.Alert) string {
	var parts []string
	for _, it := range a.Claims {
		p := alerts.Headline(it.Claim)
		if dt := alerts.DepartsText(it); dt != "" {
			p += "; " + dt
		}
		parts = append(parts, p)
	}
	s := "[" + string(a.Class) + "] " + a.EventTitle + ": "
	if a.Article.Outlet != "" {
		s += a.Article.Outlet + ": "
	}
	return s + strings.Join(parts, " | ")
}

// reportTime is when the report came out ("3 Feb 2022 14:05 UTC"), else when
// it was seen.
func reportTime(a alerts.Alert) string {
	t := a.Article.Published
	if t.IsZero() {
		t = a.Article.Seen
	}
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2 Jan 2006 15:04") + " UTC"
}
