// Package alerts decides what to tell which channel: the alert made for a
// report that brings something new about an event, routing by channel, and
// the content of the daily digest. It is pure.
package alerts

import (
	"time"

	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
)

// Alert is one row of the outbox and one chat message: a report (an article)
// that brings new, revised, raised or conflicting claims about an event,
// with those claims and the earlier claims each departs from. It is stored
// as JSON when made, so that what a desk is told does not shift when the
// ledger changes later.
type Alert struct {
	ID         int64        `json:"id"`
	EventID    int64        `json:"event_id"`
	EventKey   string       `json:"event_key"`        // "2022-02-03-atmeh-us-raid"
	EventTitle string       `json:"event_title"`      // "2022-02-03 Atmeh — US raid"
	Class      events.Class `json:"class"`            // the strongest class of its claims: conflict, revised, raised, new
	Places     []string     `json:"places,omitempty"` // the event's places
	Article    Article      `json:"article"`
	Claims     []Item       `json:"claims"` // in the article's order
	// Broadcast is set when a claim conflicts on a headline figure: the
	// report is shown in the channel too, not only in the event's thread.
	Broadcast bool      `json:"broadcast,omitempty"`
	Created   time.Time `json:"created"`
	// Delivery is the outbox state when read back: "pending", "delivered",
	// "failed" (given up on in some channel), "skipped" (older than
	// alerts.max_age when delivery first saw it) or "superseded"; "" when not
	// read from the store.
	Delivery string `json:"delivery,omitempty"`
}

// Article is the report an alert is about.
type Article struct {
	ID        int64     `json:"id"`
	Title     string    `json:"title,omitempty"`
	URL       string    `json:"url,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	Language  string    `json:"language,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Seen      time.Time `json:"seen,omitzero"`
}

// Item is one claim of an alert with the earlier claims it departs from (at
// most three, most cited first).
type Item struct {
	events.Claim
	Departs []events.Claim `json:"departs"` // [] when it departs from none
}

// classRank orders the classes by how much they matter to a desk.
var classRank = map[events.Class]int{events.New: 1, events.Raised: 2, events.Revised: 3, events.Conflict: 4}

// Stronger reports whether class a matters more to a desk than b.
func Stronger(a, b events.Class) bool { return classRank[a] > classRank[b] }

// ForReport makes the alert of one report about an event from its claims as
// classified against the ledger: only those that alert (new, revised,
// raised, conflict; never background) are kept. ok is false when none is
// left: the report repeats, corroborates or stays within what was known.
func ForReport(eventID int64, key, title string, art Article, items []Item, now time.Time) (Alert, bool) {
	a := Alert{EventID: eventID, EventKey: key, EventTitle: title, Article: art, Created: now}
	for _, it := range items {
		if it.Background || !it.Class.Alerts() || it.EventID != eventID {
			continue
		}
		if it.Departs == nil {
			it.Departs = []events.Claim{}
		}
		a.Claims = append(a.Claims, it)
		if Stronger(it.Class, a.Class) {
			a.Class = it.Class
		}
		if it.Class == events.Conflict && HeadlineFigure(it.Claim) {
			a.Broadcast = true
		}
	}
	return a, len(a.Claims) > 0
}

// HeadlineFigure reports whether a claim counts a headline figure: people,
// civilians or children killed or injured, or troops.
func HeadlineFigure(c events.Claim) bool {
	if c.Group == figures.Troops {
		return true
	}
	switch c.Group {
	case figures.People, figures.Civilians, figures.Children, "":
		return c.Metric == figures.Killed || c.Metric == figures.Injured || c.Metric == figures.Casualties
	}
	return false
}

// AllClaims lists the claims of an alert and the claims they depart from.
func (a Alert) AllClaims() []events.Claim {
	var out []events.Claim
	for _, it := range a.Claims {
		out = append(out, it.Departs...)
		out = append(out, it.Claim)
	}
	return out
}

// Time is when the report an alert is about came out: its publication time
// when known, else when the alert was made. Staleness is judged on it.
func (a Alert) Time() time.Time {
	if !a.Article.Published.IsZero() && a.Article.Published.Before(a.Created) {
		return a.Article.Published
	}
	return a.Created
}
