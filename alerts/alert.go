// Package alerts decides what to tell which channel: the alert made for a new
// claim, routing by channel, and the content of the daily digest. It is pure.
package alerts

import (
	"time"

	"github.com/idlibwatch/idlibwatch/events"
)

// Alert is one row of the outbox: a claim worth telling a desk about, with the
// earlier claims it departs from. It is stored as JSON when made, so that what
// a desk is told does not shift when the ledger changes later.
type Alert struct {
	ID         int64          `json:"id"`
	EventID    int64          `json:"event_id"`
	EventKey   string         `json:"event_key"`   // "2022-02-03-atmeh-us-raid"
	EventTitle string         `json:"event_title"` // "2022-02-03 Atmeh — US raid"
	Class      events.Class   `json:"class"`       // new, revised, raised or conflict
	Claim      events.Claim   `json:"claim"`
	Departs    []events.Claim `json:"departs,omitempty"` // the earlier claims it revises, raises or contradicts (at most 3)
	Created    time.Time      `json:"created"`
	// Delivery is the outbox state when read back: "pending", "delivered" or
	// "failed" (given up on in some channel); "" when not read from the store.
	Delivery string `json:"delivery,omitempty"`
}
