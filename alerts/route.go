package alerts

import (
	"slices"
	"strconv"

	"github.com/idlibwatch/idlibwatch/events"
)

// Channel is one desk as routing sees it: where it is on each platform and
// which alerts it wants.
type Channel struct {
	Name    string
	Slack   string // Slack channel ID; "" when the desk is not on Slack
	Discord string // Discord channel ID; "" when not on Discord
	// Classes it gets; empty means every class that alerts.
	Classes []events.Class
	// Events it gets, by ID or key; empty means every event.
	Events []string
	// DigestOnly channels get the digest and nothing else.
	DigestOnly bool
	// Ops channels also get feed health notices.
	Ops bool
	// Filters are the desk's standing choices (min figure, places, …).
	Filters Filters
}

// Wants reports whether the channel gets the alert.
func (c Channel) Wants(a Alert) bool {
	if c.DigestOnly || !a.Class.Alerts() {
		return false
	}
	if len(c.Classes) > 0 && !slices.Contains(c.Classes, a.Class) {
		return false
	}
	if !c.Filters.Pass(a) {
		return false
	}
	if len(c.Events) == 0 {
		return true
	}
	return slices.Contains(c.Events, a.EventKey) || slices.Contains(c.Events, strconv.FormatInt(a.EventID, 10))
}

// Ops returns the channels that get feed health notices.
func Ops(channels []Channel) []Channel {
	var out []Channel
	for _, c := range channels {
		if c.Ops {
			out = append(out, c)
		}
	}
	return out
}
