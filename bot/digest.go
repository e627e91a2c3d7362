package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/store"
	"github.com/robfig/cron/v3"
)

// DigestDoc renders a digest as a Doc.
func DigestDoc(d alerts.Digest) *Doc {
	doc := &Doc{Title: "Idlib digest — " + d.To.UTC().Format("Mon 2 Jan 2006")}
	summary := fmt.Sprintf("%d event%s active since %s UTC; %d new article%s",
		len(d.Events)+d.MoreEvents, plural(len(d.Events)+d.MoreEvents), d.From.UTC().Format("2 Jan 15:04"), d.Articles, plural(d.Articles))
	if n := len(d.Outlets); n > 0 {
		summary += " from " + strings.Join(firstN(d.Outlets, 8), ", ")
		if n > 8 {
			summary += fmt.Sprintf(" and %d more", n-8)
		}
	}
	doc.Sections = append(doc.Sections, Section{Lines: []Line{{T(summary + ".")}}})
	if len(d.Events) == 0 {
		doc.Sections = append(doc.Sections, Section{Lines: []Line{{I("No new figures in the last day.")}}})
	}
	for _, e := range d.Events {
		s := Section{Heading: e.Title}
		s.Lines = append(s.Lines, Line{T(fmt.Sprintf("%d alert%s, %d article%s", e.Alerts, plural(e.Alerts), e.Articles, plural(e.Articles)))})
		for _, f := range e.Figures {
			l := Line{B(f.Label + ": " + f.Text())}
			var by []string
			for _, c := range firstN(f.BySource, 6) {
				by = append(by, alerts.SourceName(c)+": "+alerts.Amount(c))
			}
			if len(by) > 0 {
				l = append(l, T(" ("+strings.Join(by, "; ")))
				if len(f.BySource) > 6 {
					l = append(l, T(fmt.Sprintf("; %d more", len(f.BySource)-6)))
				}
				l = append(l, T(")"))
			}
			s.Lines = append(s.Lines, l)
		}
		doc.Sections = append(doc.Sections, s)
	}
	if d.MoreEvents > 0 {
		doc.Sections = append(doc.Sections, Section{Lines: []Line{{I(fmt.Sprintf("%d more events not shown.", d.MoreEvents))}}})
	}
	if len(d.Conflicts) > 0 {
		s := Section{Heading: "Open conflicts"}
		for _, c := range firstN(d.Conflicts, 10) {
			line := "• " + c.EventTitle + ", " + c.Label + ": " +
				alerts.Amount(c.A) + " (" + alerts.SourceName(c.A) + ") vs " + alerts.Amount(c.B) + " (" + alerts.SourceName(c.B) + ")"
			if c.Label == "" { // two figures: name each
				line = "• " + c.EventTitle + ": " + alerts.FigureText(c.A) + " (" + alerts.SourceName(c.A) + ") vs " +
					alerts.FigureText(c.B) + " (" + alerts.SourceName(c.B) + ")"
			}
			s.Lines = append(s.Lines, Line{T(line)})
		}
		doc.Sections = append(doc.Sections, s)
	}
	if len(d.Health) > 0 {
		s := Section{Heading: "Feeds failing"}
		for _, h := range firstN(d.Health, 10) {
			l := "• " + h.Feed
			if h.Reason != "" {
				l += " — " + h.Reason
			}
			if !h.Since.IsZero() {
				l += " (since " + h.Since.UTC().Format("2 Jan 15:04") + " UTC)"
			}
			s.Lines = append(s.Lines, Line{T(l)})
		}
		doc.Sections = append(doc.Sections, s)
	}
	return doc
}

func firstN[T any](s []T, n int) []T {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// DigestStore is what the digest needs from the store.
type DigestStore interface {
	AlertsCreatedBetween(ctx context.Context, from, to time.Time) ([]alerts.Alert, error)
	ClaimDigestRun(ctx context.Context, channel string, scheduled, now time.Time) (int64, bool, error)
	Delivery(ctx context.Context, kind string, refID int64, platform, dest string) (store.Delivery, error)
	BeginDelivery(ctx context.Context, d store.Delivery, now time.Time) (store.Delivery, error)
	FinishDelivery(ctx context.Context, d store.Delivery, now time.Time) error
	EventLedger(ctx context.Context, key string) (events.Ledger, error)
}

// FailingFeeds lists the feeds failing now, for the digest; optional.
type FailingFeeds func(ctx context.Context) ([]alerts.HealthProblem, error)

// BuildDigest makes the digest of the 24 hours before now.
func BuildDigest(ctx context.Context, s DigestStore, failing FailingFeeds, now time.Time) (alerts.Digest, error) {
	return buildDigest(ctx, s, failing, nil, now)
}

// buildDigest makes the digest of the 24 hours before now, about the given
// events only (keys or IDs) when there are any: a desk that follows one
// event gets a digest about it.
func buildDigest(ctx context.Context, s DigestStore, failing FailingFeeds, only []string, now time.Time) (alerts.Digest, error) {
	from := now.Add(-24 * time.Hour)
	as, err := s.AlertsCreatedBetween(ctx, from, now)
	if err != nil {
		return alerts.Digest{}, err
	}
	if len(only) > 0 {
		kept := as[:0]
		for _, a := range as {
			if slices.Contains(only, a.EventKey) || slices.Contains(only, strconv.FormatInt(a.EventID, 10)) {
				kept = append(kept, a)
			}
		}
		as = kept
	}
	var health []alerts.HealthProblem
	if failing != nil {
		if health, err = failing(ctx); err != nil {
			return alerts.Digest{}, fmt.Errorf("bot: failing feeds for the digest: %w", err)
		}
	}
	// Each active event's whole ledger: sources that made no alert (a
	// corroboration, a consistent count) still belong in its ranges.
	claims := map[int64][]events.Claim{}
	for _, a := range as {
		if _, done := claims[a.EventID]; done || a.Created.Before(from) {
			continue
		}
		l, err := s.EventLedger(ctx, strconv.FormatInt(a.EventID, 10))
		if errors.Is(err, store.ErrNotFound) {
			continue // the event is gone: its alerts' claims stand in
		}
		if err != nil {
			return alerts.Digest{}, fmt.Errorf("bot: ledger of event %d for the digest: %w", a.EventID, err)
		}
		var cs []events.Claim
		for _, r := range l.Figures {
			cs = append(cs, r.Claims...)
		}
		claims[a.EventID] = cs
	}
	return alerts.BuildDigest(alerts.DigestInput{From: from, To: now, Alerts: as, Claims: claims, Health: health}), nil
}

// DigestChannel is a channel with a digest schedule.
type DigestChannel struct {
	Channel  alerts.Channel
	Schedule cron.Schedule // in the channel's time zone (CRON_TZ)
}

// SchedulerOptions configure a Scheduler.
type SchedulerOptions struct {
	Store    DigestStore
	Failing  FailingFeeds
	Channels []DigestChannel
	Chats    []Chat
	Now      func() time.Time
	Log      *slog.Logger
}

// Scheduler posts each channel's digest on its schedule. A digest is
// claimed in the store for its scheduled time before it is posted, and each
// platform's post is a delivery with an idempotency key, so a restart
// neither skips nor repeats one; a digest missed while the service was down
// for less than an hour is posted late, an older one is dropped.
type Scheduler struct {
	opt SchedulerOptions
}

// NewScheduler returns a digest scheduler.
func NewScheduler(opt SchedulerOptions) *Scheduler {
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	return &Scheduler{opt: opt}
}

// Name names the component.
func (s *Scheduler) Name() string { return "digest" }

// lateness is how late a missed digest may still be posted.
const lateness = time.Hour

// retryEvery is how soon a digest that failed to post is tried again.
const retryEvery = time.Minute

// Run posts digests until ctx is done.
func (s *Scheduler) Run(ctx context.Context) error {
	if len(s.opt.Channels) == 0 {
		<-ctx.Done()
		return nil
	}
	for {
		// The window reaches back by the lateness allowed: Post skips what
		// was posted already, so overlapping windows cost only a look-up,
		// and a digest due while the process was down, or that failed, is
		// tried again.
		now := s.opt.Now()
		wait := time.Duration(0)
		if err := s.RunDue(ctx, now.Add(-lateness), now); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			s.opt.Log.Error("digest run failed", "err", err)
			wait = retryEvery
		}
		var next time.Time
		for _, ch := range s.opt.Channels {
			if t := ch.Schedule.Next(now); next.IsZero() || t.Before(next) {
				next = t
			}
		}
		if d := next.Sub(now); wait == 0 || d < wait {
			wait = d
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// RunDue posts the digests scheduled in (after, upTo] that were not posted
// yet: for each channel, only its latest such time.
func (s *Scheduler) RunDue(ctx context.Context, after, upTo time.Time) error {
	var errs []error
	for _, ch := range s.opt.Channels {
		var due time.Time
		for t := ch.Schedule.Next(after); !t.IsZero() && !t.After(upTo); t = ch.Schedule.Next(t) {
			due = t
		}
		if due.IsZero() {
			continue
		}
		if err := s.Post(ctx, ch.Channel, due); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Post posts channel's digest for the scheduled time to every platform the
// channel is on, unless that was done already.
func (s *Scheduler) Post(ctx context.Context, ch alerts.Channel, scheduled time.Time) error {
	id, _, err := s.opt.Store.ClaimDigestRun(ctx, ch.Name, scheduled, s.opt.Now())
	if err != nil {
		return err
	}
	var dg *alerts.Digest
	var chart []byte
	var errs []error
	for _, c := range s.opt.Chats {
		dest := c.Dest(ch)
		if dest == "" {
			continue
		}
		d, err := s.opt.Store.Delivery(ctx, store.KindDigest, id, c.Platform(), dest)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
		if d.Status == store.DeliverySent || d.Status == store.DeliveryFailed {
			continue
		}
		if dg == nil {
			built, err := buildDigest(ctx, s.opt.Store, s.opt.Failing, ch.Events, scheduled)
			if err != nil {
				return fmt.Errorf("bot: build digest for %s: %w", ch.Name, err)
			}
			dg = &built
			if chart, err = Chart(built); err != nil {
				s.opt.Log.Warn("digest chart failed; posting without it", "channel", ch.Name, "err", err)
			}
		}
		key := IdempotencyKey(store.KindDigest, id, c.Platform(), dest)
		d = store.Delivery{Kind: store.KindDigest, RefID: id, Platform: c.Platform(), Dest: dest, Key: key}
		prev, err := s.opt.Store.BeginDelivery(ctx, d, s.opt.Now())
		if err != nil {
			return err
		}
		p, found, err := landed(ctx, c, prev, dest, "", key)
		if err != nil && !errors.Is(err, ErrPermanent) {
			// The earlier attempt may have posted: never guess. A later
			// RunDue (the retry, within the lateness window) looks again.
			d.Status, d.LastError = store.DeliverySending, "look up: "+err.Error()
			if err := s.opt.Store.FinishDelivery(ctx, d, s.opt.Now()); err != nil {
				return err
			}
			errs = append(errs, fmt.Errorf("bot: look up the digest of %s on %s: %w", ch.Name, c.Platform(), err))
			continue
		}
		if found {
			d.Status, d.MessageTS = store.DeliverySent, p.ID
			if err := s.opt.Store.FinishDelivery(ctx, d, s.opt.Now()); err != nil {
				return err
			}
			s.opt.Log.Info("digest had been posted before an interruption", "channel", ch.Name, "platform", c.Platform())
			continue
		}
		m := Outgoing{Dest: dest, Key: key, Doc: DigestDoc(*dg)}
		if chart != nil {
			m.File = &File{Name: "idlib-digest-" + scheduled.UTC().Format("2006-01-02") + ".png", Title: "Figures over time", Data: chart}
		}
		p, perr := c.Post(ctx, m)
		switch {
		case perr == nil:
			d.Status, d.MessageTS = store.DeliverySent, p.ID
			s.opt.Log.Info("digest posted", "channel", ch.Name, "platform", c.Platform())
		case errors.Is(perr, ErrPermanent):
			d.Status, d.LastError = store.DeliveryFailed, perr.Error()
			s.opt.Log.Error("digest failed for good", "channel", ch.Name, "platform", c.Platform(), "err", perr)
		case errors.As(perr, new(*RateLimitError)):
			// Refused, surely not posted: the retry needs no look-up.
			d.Status, d.LastError = store.DeliveryRetry, perr.Error()
			errs = append(errs, fmt.Errorf("bot: post digest of %s to %s: %w", ch.Name, c.Platform(), perr))
		default:
			// Digests are not retried in a loop: a later RunDue within the
			// lateness window (a restart) tries again after looking it up.
			d.Status, d.LastError = store.DeliverySending, perr.Error()
			errs = append(errs, fmt.Errorf("bot: post digest of %s to %s: %w", ch.Name, c.Platform(), perr))
		}
		if err := s.opt.Store.FinishDelivery(ctx, d, s.opt.Now()); err != nil {
			return err
		}
	}
	return errors.Join(errs...)
}
