package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/store"
)

// DeliveryStore is what the worker needs from the store: the pending
// outbox, the delivery records and the threads. *store.Store implements it.
type DeliveryStore interface {
	Alerts(ctx context.Context, f store.AlertFilter) ([]alerts.Alert, error)
	Delivery(ctx context.Context, kind string, refID int64, platform, dest string) (store.Delivery, error)
	BeginDelivery(ctx context.Context, d store.Delivery, now time.Time) (store.Delivery, error)
	FinishDelivery(ctx context.Context, d store.Delivery, now time.Time) error
	ChatThread(ctx context.Context, eventID int64, platform, dest string) (string, error)
	SetChatThread(ctx context.Context, eventID int64, platform, dest, thread string, now time.Time) error
	MarkAlertDelivered(ctx context.Context, id int64, now time.Time) error
}

// HealthNotice is a feed that started failing or recovered.
type HealthNotice struct {
	ID        int64
	FeedTitle string
	FeedURL   string
	Status    string // "failing" or "recovered"
	Reason    string
	At        time.Time
}

// HealthSource gives the feed health notices not yet told to the ops
// channels; the feeds side keeps them.
type HealthSource interface {
	PendingHealthNotices(ctx context.Context) ([]HealthNotice, error)
	MarkHealthNoticeSent(ctx context.Context, id int64) error
}

// WorkerOptions configure a Worker.
type WorkerOptions struct {
	Store    DeliveryStore
	Health   HealthSource // nil: no health notices
	Channels []alerts.Channel
	Chats    []Chat
	// Pace is the least time between two posts to one destination, per
	// platform (Slack allows about one message per second per channel;
	// Discord's buckets are kept by discordgo, so 0 is fine there).
	Pace map[string]time.Duration
	// Poll is how often the outbox is read when nothing wakes the worker
	// (default 5s).
	Poll time.Duration
	// Backoff is the first wait after a server error, doubled per failure up
	// to MaxBackoff (defaults 2s and 5m).
	Backoff, MaxBackoff time.Duration
	// MaxAttempts gives up on a delivery after that many failed attempts
	// (default 12: about half an hour of backoff).
	MaxAttempts int
	Now         func() time.Time // default time.Now
	Log         *slog.Logger
}

// Worker drains the outbox into the chat platforms. It is at-least-once
// with idempotency keys:
//
//   - every delivery (alert × platform × destination) is recorded as
//     "sending" before the platform call and as "sent" with the message ts
//     after it, so a crash leaves at most one delivery per destination in
//     doubt;
//   - a delivery found "sending" when it is next attempted (after a crash, a
//     timeout or a server error, all cases where the post may have landed) is
//     first looked up on the platform by its key (Slack: the message
//     metadata in the channel or thread history since the attempt began;
//     Discord: the nonce, which Discord itself deduplicates for a few
//     minutes, and the key in the embed footer), and posted again only when
//     it is not there;
//   - webhooks cannot be searched, so a webhook delivery interrupted between
//     the call and the write of its outcome is posted again: the window is
//     one HTTP call, and a duplicate is better than a lost alert.
//
// Destinations are independent: a rate limit, a run of server errors or a
// permanent failure in one channel holds back only that channel (and keeps
// its alerts in order, so threads start with the first alert).
type Worker struct {
	opt   WorkerOptions
	wake  chan struct{}
	state map[target]*destState
}

type target struct {
	chat     Chat
	platform string
	dest     string
}

type destState struct {
	next  time.Time // no post before this
	fails int       // consecutive server errors
}

// NewWorker returns a worker; Run starts it.
func NewWorker(opt WorkerOptions) *Worker {
	if opt.Poll <= 0 {
		opt.Poll = 5 * time.Second
	}
	if opt.Backoff <= 0 {
		opt.Backoff = 2 * time.Second
	}
	if opt.MaxBackoff <= 0 {
		opt.MaxBackoff = 5 * time.Minute
	}
	if opt.MaxAttempts <= 0 {
		opt.MaxAttempts = 12
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	return &Worker{opt: opt, wake: make(chan struct{}, 1), state: map[target]*destState{}}
}

// Name names the component.
func (w *Worker) Name() string { return "delivery" }

// Notify wakes the worker early, when an alert was just written.
func (w *Worker) Notify() {
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// Run delivers until ctx is done.
func (w *Worker) Run(ctx context.Context) error {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		case <-w.wake:
		}
		wait, err := w.Pass(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			w.opt.Log.Error("delivery pass failed", "err", err)
			wait = w.opt.Poll
		}
		if wait <= 0 || wait > w.opt.Poll {
			wait = w.opt.Poll
		}
		if !t.Stop() {
			select {
			case <-t.C:
			default:
			}
		}
		t.Reset(wait)
	}
}

// Pass makes one round over the pending alerts and health notices, posting
// whatever each destination's pacing allows now. It returns how long until a
// held-back destination may post again (0 when none is held back).
func (w *Worker) Pass(ctx context.Context) (time.Duration, error) {
	now := w.opt.Now()
	var wait time.Duration
	hold := func(t target) bool {
		st := w.dest(t)
		if st.next.After(w.opt.Now()) {
			if d := st.next.Sub(now); wait == 0 || d < wait {
				wait = d
			}
			return true
		}
		return false
	}
	pending, err := w.opt.Store.Alerts(ctx, store.AlertFilter{PendingOnly: true, Limit: 500})
	if err != nil {
		return 0, fmt.Errorf("bot: read outbox: %w", err)
	}
	// A destination held back (or failing) this pass takes nothing more, so
	// its alerts keep their order.
	blocked := map[target]bool{}
	for _, a := range pending {
		done, err := w.deliverAll(ctx, w.targets(alerts.Route(w.opt.Channels, a)), blocked, hold, store.KindAlert, a.ID, func(thread string) Outgoing {
			a := a
			return Outgoing{Thread: thread, ThreadName: a.EventTitle, Broadcast: thread != "" && a.Class == "conflict", Alert: &a}
		}, a.EventID)
		if err != nil {
			return 0, err
		}
		if done {
			if err := w.opt.Store.MarkAlertDelivered(ctx, a.ID, w.opt.Now()); err != nil {
				return 0, err
			}
		}
	}
	if w.opt.Health != nil {
		if err := w.health(ctx, blocked, hold); err != nil {
			return 0, err
		}
	}
	return wait, nil
}

func (w *Worker) health(ctx context.Context, blocked map[target]bool, hold func(target) bool) error {
	notices, err := w.opt.Health.PendingHealthNotices(ctx)
	if err != nil {
		return fmt.Errorf("bot: read health notices: %w", err)
	}
	ops := w.targets(alerts.Ops(w.opt.Channels))
	for _, n := range notices {
		done, err := w.deliverAll(ctx, ops, blocked, hold, store.KindHealth, n.ID, func(string) Outgoing { return Outgoing{Doc: HealthDoc(n)} }, 0)
		if err != nil {
			return err
		}
		if done {
			if err := w.opt.Health.MarkHealthNoticeSent(ctx, n.ID); err != nil {
				return fmt.Errorf("bot: mark health notice %d sent: %w", n.ID, err)
			}
		}
	}
	return nil
}

// deliverAll posts one message to each target that has not yet sent or
// given up on it, and reports whether every target is through. A target held
// back, or left pending, is blocked for the rest of the pass, so that the
// messages after this one keep their order.
func (w *Worker) deliverAll(ctx context.Context, targets []target, blocked map[target]bool, hold func(target) bool, kind string, ref int64, build func(thread string) Outgoing, eventID int64) (bool, error) {
	open := 0
	for _, t := range targets {
		d, err := w.opt.Store.Delivery(ctx, kind, ref, t.platform, t.dest)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return false, err
		}
		if d.Status == store.DeliverySent || d.Status == store.DeliveryFailed {
			continue
		}
		if blocked[t] || hold(t) {
			blocked[t] = true
			open++
			continue
		}
		status, err := w.deliver(ctx, t, kind, ref, build, eventID)
		if err != nil {
			return false, err
		}
		if status != store.DeliverySent && status != store.DeliveryFailed {
			open++
			blocked[t] = true
		}
		if hold(t) {
			blocked[t] = true
		}
	}
	return open == 0, nil
}

// targets maps channels to distinct (platform, destination) pairs.
func (w *Worker) targets(chs []alerts.Channel) []target {
	var out []target
	seen := map[target]bool{}
	for _, ch := range chs {
		for _, c := range w.opt.Chats {
			dest := c.Dest(ch)
			if dest == "" {
				continue
			}
			t := target{chat: c, platform: c.Platform(), dest: dest}
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return out
}

func (w *Worker) dest(t target) *destState {
	st := w.state[t]
	if st == nil {
		st = &destState{}
		w.state[t] = st
	}
	return st
}

// IdempotencyKey is the key of a delivery: short enough for a Discord nonce
// (25 characters), stable across restarts.
func IdempotencyKey(kind string, refID int64, platform, dest string) string {
	h := sha256.Sum256([]byte(platform + "\x00" + dest))
	return kind[:1] + strconv.FormatInt(refID, 10) + "-" + hex.EncodeToString(h[:4])
}

// landed finds the post an interrupted attempt (prev, still sending) may
// have made, when the chat can look: the previous attempt may have posted.
func landed(ctx context.Context, c Chat, prev store.Delivery, dest, thread, key string) (Posted, bool, error) {
	f, ok := c.(Finder)
	if !ok || prev.Status != store.DeliverySending {
		return Posted{}, false, nil
	}
	// A minute of slack covers clock skew between us and the platform.
	return f.Find(ctx, dest, thread, key, prev.Started.Add(-time.Minute))
}

// deliver makes one attempt and returns the delivery's status after it. The
// error is a store failure; platform failures are recorded, not returned.
func (w *Worker) deliver(ctx context.Context, t target, kind string, ref int64, build func(thread string) Outgoing, eventID int64) (string, error) {
	st := w.dest(t)
	d := store.Delivery{Kind: kind, RefID: ref, Platform: t.platform, Dest: t.dest, Key: IdempotencyKey(kind, ref, t.platform, t.dest)}
	started := w.opt.Now()
	prev, err := w.opt.Store.BeginDelivery(ctx, d, started)
	if err != nil {
		return "", err
	}
	thread := ""
	if eventID != 0 {
		if thread, err = w.opt.Store.ChatThread(ctx, eventID, t.platform, t.dest); err != nil {
			return "", err
		}
	}
	log := w.opt.Log.With("kind", kind, "ref_id", ref, "platform", t.platform, "dest", t.dest)

	posted, found, err := landed(ctx, t.chat, prev, t.dest, thread, d.Key)
	switch {
	case errors.Is(err, ErrPermanent):
		// The look-up itself cannot work (a missing history scope): post
		// again rather than lose the alert.
		log.Warn("cannot look up an interrupted post; posting again", "err", err)
	case err != nil:
		return w.failed(ctx, t, st, d, prev.Attempts+1, fmt.Errorf("look up an interrupted post: %w", err), log)
	}
	if found {
		log.Info("interrupted delivery had landed; not posting again")
	}
	if !found {
		m := build(thread)
		m.Dest, m.Key = t.dest, d.Key
		posted, err = t.chat.Post(ctx, m)
		if err != nil {
			return w.failed(ctx, t, st, d, prev.Attempts+1, err, log)
		}
	}
	d.Status, d.MessageTS = store.DeliverySent, posted.ID
	if err := w.opt.Store.FinishDelivery(ctx, d, w.opt.Now()); err != nil {
		return "", err
	}
	if eventID != 0 && thread == "" && posted.Thread != "" {
		if err := w.opt.Store.SetChatThread(ctx, eventID, t.platform, t.dest, posted.Thread, w.opt.Now()); err != nil {
			return "", err
		}
	}
	st.fails = 0
	st.next = w.opt.Now().Add(w.opt.Pace[t.platform])
	log.Debug("delivered", "message_ts", posted.ID)
	return d.Status, nil
}

func (w *Worker) failed(ctx context.Context, t target, st *destState, d store.Delivery, attempts int, err error, log *slog.Logger) (string, error) {
	if ctx.Err() != nil {
		// Shutting down: the row stays "sending" and is looked up on restart.
		return store.DeliverySending, nil
	}
	d.LastError = err.Error()
	var rl *RateLimitError
	switch {
	case errors.As(err, &rl):
		// A 429 means the post was refused: safe to simply post again.
		d.Status = store.DeliveryRetry
		st.next = w.opt.Now().Add(rl.After)
		log.Warn("rate limited", "retry_after", rl.After)
	case errors.Is(err, ErrPermanent):
		d.Status = store.DeliveryFailed
		log.Error("delivery failed for good", "err", err)
	default:
		st.fails++
		if attempts >= w.opt.MaxAttempts {
			d.Status = store.DeliveryFailed
			log.Error("delivery failed too many times; giving up", "attempts", attempts, "err", err)
			break
		}
		// The post may have landed (a timeout, a 5xx after the write):
		// stay "sending" so the next attempt looks it up first.
		d.Status = store.DeliverySending
		backoff := w.opt.Backoff << min(st.fails-1, 20)
		if backoff > w.opt.MaxBackoff || backoff <= 0 {
			backoff = w.opt.MaxBackoff
		}
		st.next = w.opt.Now().Add(backoff)
		log.Warn("delivery failed; will retry", "attempts", attempts, "backoff", backoff, "err", err)
	}
	if err := w.opt.Store.FinishDelivery(ctx, d, w.opt.Now()); err != nil {
		return "", err
	}
	return d.Status, nil
}

// HealthDoc is the notice an ops channel gets when a feed fails or recovers.
func HealthDoc(n HealthNotice) *Doc {
	name := n.FeedTitle
	if name == "" {
		name = n.FeedURL
	}
	line := Line{B("Feed " + n.Status + ": "), T(name)}
	if n.Status == "failing" && n.Reason != "" {
		line = append(line, T(" — "+n.Reason))
	}
	doc := &Doc{Sections: []Section{{Lines: []Line{line}}}}
	if u := SafeURL(n.FeedURL); u != "" {
		doc.Sections[0].Lines = append(doc.Sections[0].Lines, Line{L(u, u)})
	}
	return doc
}
