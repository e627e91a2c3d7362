package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/store"
)

// SummaryStore is what the worker needs for the living event summaries and
// for stale alerts. *store.Store implements it.
type SummaryStore interface {
	EventLedger(ctx context.Context, key string) (events.Ledger, error)
	SummaryDigest(ctx context.Context, eventID int64, platform, dest string) (string, error)
	SetSummaryDigest(ctx context.Context, eventID int64, platform, dest, messageID, digest string, now time.Time) error
	Deliveries(ctx context.Context, kind string, refID int64) ([]store.Delivery, error)
	SkipAlert(ctx context.Context, id int64, now time.Time) error
}

// Bounds of a summary card.
const (
	maxSummaryFigures  = 6
	maxSummarySources  = 6
	maxSummaryConflict = 4
)

// SummaryDoc is an event's card, the parent of its thread: the figures with
// the range over sources and each source's current claim (Airwars style,
// "at least" and vague words as stated), the open conflicts, and the latest
// report. It depends only on the ledger, so an unchanged ledger gives the
// same card.
func SummaryDoc(l events.Ledger) *Doc {
	d := &Doc{Title: l.Event.Title}
	figs := Section{Heading: "Figures by source"}
	var conflicts []Line
	for _, r := range l.Figures {
		cur := currentBySource(r.Claims)
		if len(cur) == 0 {
			continue
		}
		if len(figs.Lines) < maxSummaryFigures {
			label := alerts.Label(r.Metric, r.Group, r.Actor)
			line := Line{B(label + ": ")}
			if r.Sources > 0 {
				line = append(line, T(rangeText(r)+" — "))
			}
			var parts []string
			for i, c := range cur {
				if i == maxSummarySources {
					parts = append(parts, "…")
					break
				}
				parts = append(parts, alerts.SourceName(c)+" "+cardAmount(c))
			}
			line = append(line, T(strings.Join(parts, " · ")))
			figs.Lines = append(figs.Lines, line)
		}
		if r.Conflict && len(conflicts) < maxSummaryConflict {
			if lo, hi, ok := widest(cur); ok {
				conflicts = append(conflicts, Line{T("• " + alerts.Label(r.Metric, r.Group, r.Actor) + ": " +
					alerts.SourceName(lo) + " " + cardAmount(lo) + " vs " + alerts.SourceName(hi) + " " + cardAmount(hi))})
			}
		}
	}
	conflicts = append(conflicts, crossConflicts(l.Figures, maxSummaryConflict-len(conflicts))...)
	if len(figs.Lines) == 0 {
		figs.Lines = append(figs.Lines, Line{I("no figures yet")})
	}
	d.Sections = append(d.Sections, figs)
	if len(conflicts) > 0 {
		d.Sections = append(d.Sections, Section{Heading: "Open conflicts", Lines: conflicts})
	}
	if n := len(l.Reports); n > 0 {
		last := l.Reports[0]
		for _, r := range l.Reports[1:] {
			if r.Seen.After(last.Seen) || (r.Seen.Equal(last.Seen) && r.ArticleID > last.ArticleID) {
				last = r
			}
		}
		name := strings.Join(last.Outlets, ", ")
		if name == "" {
			name = "report"
		}
		line := Line{T("Latest: ")}
		if u := SafeURL(last.URL); u != "" {
			line = append(line, L(name, u))
		} else {
			line = append(line, T(name))
		}
		if t := last.Published; !t.IsZero() {
			line = append(line, T(", "+t.UTC().Format("2 Jan 15:04")+" UTC"))
		}
		if last.Title != "" {
			line = append(line, T(" — "), I(Truncate(last.Title, 150)))
		}
		outlets := map[string]bool{}
		articles := 0
		for _, r := range l.Reports {
			articles += 1 + len(r.Copies)
			for _, o := range r.Outlets {
				outlets[o] = true
			}
		}
		d.Sections = append(d.Sections, Section{Lines: []Line{line}})
		d.Footer = countText(articles, "article") + " from " + countText(len(outlets), "outlet") + " · latest seen " + last.Seen.UTC().Format("2 Jan 15:04") + " UTC"
	}
	return d
}

// cardAmount is a claim's amount beside its source: "13", "at least 9",
// "a number of", "none".
func cardAmount(c events.Claim) string {
	if a := alerts.Amount(c); a != "no" {
		return a
	}
	return "none"
}

// crossConflicts are the disagreements between a figure and one it is part
// of: a source's floor for the part above another source's ceiling for the
// whole ("children killed: SOHR 4" against "casualties among civilians:
// Pentagon none").
func crossConflicts(rs []events.Range, limit int) []Line {
	var out []Line
	for _, part := range rs {
		for _, whole := range rs {
			if len(out) >= limit || part.Slot == whole.Slot || !part.Slot.Within(whole.Slot) {
				continue
			}
			var hi, lo *events.Claim
			for _, c := range currentBySource(part.Claims) {
				if !c.Vague && c.Min != nil && (hi == nil || *c.Min > *hi.Min) {
					hi = &c
				}
			}
			for _, c := range currentBySource(whole.Claims) {
				if c.Max != nil && (lo == nil || *c.Max < *lo.Max) && (hi == nil || c.SourceKey != hi.SourceKey) {
					lo = &c
				}
			}
			if hi == nil || lo == nil || *hi.Min <= *lo.Max {
				continue
			}
			out = append(out, Line{T("• " + alerts.Label(part.Metric, part.Group, part.Actor) + ": " + alerts.SourceName(*hi) + " " + cardAmount(*hi) +
				" vs " + alerts.Label(whole.Metric, whole.Group, whole.Actor) + ": " + alerts.SourceName(*lo) + " " + cardAmount(*lo))})
		}
	}
	return out
}

func countText(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

// rangeText is a figure's span over sources: "9–13", "13", "13+".
func rangeText(r events.Range) string {
	s := strconv.Itoa(r.Low)
	if r.High != r.Low {
		s += "–" + strconv.Itoa(r.High)
	}
	if r.Open {
		s += "+"
	}
	return s
}

// currentBySource keeps each source's latest claim of a figure (partial
// accounts apart), in the order the sources first spoke.
func currentBySource(cs []events.Claim) []events.Claim {
	idx := map[string]int{}
	var out []events.Claim
	for _, c := range cs {
		if c.Partial {
			continue
		}
		if i, ok := idx[c.SourceKey]; ok {
			out[i] = c
			continue
		}
		idx[c.SourceKey] = len(out)
		out = append(out, c)
	}
	return out
}

// widest returns the source with the lowest ceiling and the one with the
// highest floor among numbered claims, when they disagree.
func widest(cs []events.Claim) (lo, hi events.Claim, ok bool) {
	var l, h *events.Claim
	for i := range cs {
		c := &cs[i]
		if c.Vague {
			continue
		}
		if c.Max != nil && (l == nil || *c.Max < *l.Max) {
			l = c
		}
		if c.Min != nil && (h == nil || *c.Min > *h.Min) {
			h = c
		}
	}
	if l == nil || h == nil || *l.Max >= *h.Min {
		return lo, hi, false
	}
	return *l, *h, true
}

// docDigest fingerprints what a doc shows.
func docDigest(d *Doc) string {
	h := sha256.Sum256([]byte(d.Title + "\x00" + Plain(d) + "\x00" + d.Footer))
	return hex.EncodeToString(h[:12])
}

// stale skips an alert whose report is older than MaxAge when delivery
// first sees it (no destination has been tried): a backfill or a demo
// import never floods a channel. It reports whether the alert was skipped.
func (w *Worker) stale(ctx context.Context, a alerts.Alert) (bool, error) {
	if w.opt.MaxAge <= 0 || w.opt.Summaries == nil || w.pass.now.Sub(a.Time()) <= w.opt.MaxAge {
		return false, nil
	}
	ds, err := w.opt.Summaries.Deliveries(ctx, store.KindAlert, a.ID)
	if err != nil || len(ds) > 0 {
		return false, err // begun: finish it
	}
	w.opt.Log.Info("alert skipped: older than alerts.max_age", "alert_id", a.ID, "event", a.EventKey, "report", a.Time(), "max_age", w.opt.MaxAge)
	return true, w.opt.Summaries.SkipAlert(ctx, a.ID, w.opt.Now())
}

// summaryRoot delivers an event's summary card where the event has no
// thread yet and the chat can edit it (not webhooks, not the terminal), so that the card is the thread's parent and the alert goes in
// the thread; it goes through the same delivery steps as an alert (once per
// destination, looked up after a crash). An event threaded before cards
// existed keeps its thread without a card. It returns the cards it found
// through (sent or given up: such a row never changes again), so that
// refreshSummaries does not read them a second time.
func (w *Worker) summaryRoot(ctx context.Context, targets []target, a alerts.Alert) (map[target]store.Delivery, error) {
	if w.opt.Summaries == nil || len(targets) == 0 {
		return nil, nil
	}
	var need []target
	done := map[target]store.Delivery{}
	for _, t := range targets {
		if _, ok := t.chat.(Updater); !ok {
			continue // a card that cannot be edited would only be one more message
		}
		d, err := w.opt.Store.Delivery(ctx, store.KindSummary, a.EventID, t.platform, t.dest)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return nil, err
		}
		if d.Status == store.DeliverySent || d.Status == store.DeliveryFailed {
			done[t] = d
			continue
		}
		if d.Status == "" {
			thread, err := w.opt.Store.ChatThread(ctx, a.EventID, t.platform, t.dest)
			if err != nil {
				return nil, err
			}
			if thread != "" {
				continue
			}
		}
		need = append(need, t)
	}
	if len(need) == 0 {
		return done, nil
	}
	l, err := w.opt.Summaries.EventLedger(ctx, a.EventKey)
	if err != nil {
		return nil, err
	}
	doc := SummaryDoc(l)
	w.cards[a.EventID] = docDigest(doc)
	it := item{kind: store.KindSummary, ref: a.EventID, event: a.EventID, name: "summary", build: func(string) Outgoing {
		return Outgoing{ThreadName: a.EventTitle, Doc: doc}
	}}
	if _, _, err = w.deliverAll(ctx, need, it); err != nil {
		return nil, err
	}
	return done, nil
}

// refreshSummaries edits the event's card in each destination whose card
// no longer shows the ledger as it stands, after an alert went into its
// thread. A failed edit is logged and tried again after the next alert.
// done holds the card deliveries summaryRoot found through; the others are
// read now (a card posted in this pass has its message ID only now).
func (w *Worker) refreshSummaries(ctx context.Context, targets []target, a alerts.Alert, done map[target]store.Delivery) error {
	if w.opt.Summaries == nil {
		return nil
	}
	var doc *Doc
	var digest string
	for _, t := range targets {
		up, ok := t.chat.(Updater)
		if !ok {
			continue
		}
		d, ok := done[t]
		if !ok {
			var err error
			d, err = w.opt.Store.Delivery(ctx, store.KindSummary, a.EventID, t.platform, t.dest)
			if errors.Is(err, store.ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
		}
		if d.Status != store.DeliverySent || d.MessageTS == "" {
			continue
		}
		if doc == nil {
			l, err := w.opt.Summaries.EventLedger(ctx, a.EventKey)
			if err != nil {
				return err
			}
			doc = SummaryDoc(l)
			digest = docDigest(doc)
		}
		prev, err := w.opt.Summaries.SummaryDigest(ctx, a.EventID, t.platform, t.dest)
		if err != nil {
			return err
		}
		if prev == "" && w.cards[a.EventID] == digest {
			prev = digest // posted just now as it stands
		}
		if prev != digest {
			if err := up.Update(ctx, t.dest, d.MessageTS, Outgoing{Dest: t.dest, Key: d.Key, Doc: doc}); err != nil {
				w.opt.Log.Warn("event summary not updated; trying again after the next alert", "event", a.EventKey, "platform", t.platform, "dest", t.dest, "err", err)
				continue
			}
		}
		if err := w.opt.Summaries.SetSummaryDigest(ctx, a.EventID, t.platform, t.dest, d.MessageTS, digest, w.opt.Now()); err != nil {
			return err
		}
	}
	return nil
}
