package bot

import (
	"context"
	"fmt"
	"time"

	"github.com/idlibwatch/idlibwatch/store"
)

// DeliveryStatus is the state of the outbox, for `/idlib status`.
type DeliveryStatus struct {
	store.DeliveryStatus
	Leading bool // this replica runs the schedules
}

// StatusFunc reads the delivery status.
type StatusFunc func(ctx context.Context, now time.Time) (DeliveryStatus, error)

// maxFailedShown bounds the failed deliveries listed by /idlib status.
const maxFailedShown = 10

func (c *Commands) status(ctx context.Context) (*Doc, error) {
	if c.opt.Status == nil {
		return Text("Status is not available here."), nil
	}
	now := c.opt.Now()
	st, err := c.opt.Status(ctx, now)
	if err != nil {
		return nil, err
	}
	line := fmt.Sprintf("%d alert%s waiting to be delivered", st.Pending, plural(st.Pending))
	if st.Pending > 0 && !st.OldestPending.IsZero() {
		line += fmt.Sprintf(", the oldest for %s", now.Sub(st.OldestPending).Round(time.Second))
	}
	lines := []Line{{T(line + ".")}}
	if st.Uncertain > 0 {
		lines = append(lines, Line{T(fmt.Sprintf("%d post%s awaiting a look-up before any retry (it may have landed).", st.Uncertain, plural(st.Uncertain)))})
	}
	role := "This replica follows; another runs the polls and digests."
	if st.Leading {
		role = "This replica runs the polls and digests."
	}
	lines = append(lines, Line{I(role)})
	doc := &Doc{Title: "idlibwatch delivery", Sections: []Section{{Lines: lines}}}
	if len(st.Failed) > 0 {
		s := Section{Heading: "Failed in the last week (given up; not delivered)"}
		for _, f := range firstN(st.Failed, maxFailedShown) {
			s.Lines = append(s.Lines, Line{T(fmt.Sprintf("• alert #%d to %s %s, %s UTC, after %d failed post%s: %s",
				f.AlertID, f.Platform, f.Dest, f.Failed.UTC().Format("2 Jan 15:04"), f.Attempts, plural(f.Attempts), Truncate(f.LastError, 200)))})
		}
		if len(st.Failed) > maxFailedShown {
			s.Lines = append(s.Lines, Line{I(fmt.Sprintf("%d more.", len(st.Failed)-maxFailedShown))})
		}
		doc.Sections = append(doc.Sections, s)
	}
	return doc, nil
}
