package bot

import (
	"cmp"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/store"
)

// DeliveryStore is what the worker needs from the store: the pending
// outbox, the delivery records, the threads, the leases that share the
// destinations between replicas, and the ops notices. *store.Store
// implements it.
type DeliveryStore interface {
	Alerts(ctx context.Context, f store.AlertFilter) ([]alerts.Alert, error)
	Delivery(ctx context.Context, kind string, refID int64, platform, dest string) (store.Delivery, error)
	BeginDelivery(ctx context.Context, d store.Delivery, now time.Time) (store.Delivery, error)
	FinishDelivery(ctx context.Context, d store.Delivery, now time.Time) error
	ChatThread(ctx context.Context, eventID int64, platform, dest string) (string, error)
	MarkAlertDelivered(ctx context.Context, id int64, now time.Time) error
	MarkAlertFailed(ctx context.Context, id int64, notice string, now time.Time) error
	AcquireLease(ctx context.Context, name, owner string, now time.Time, ttl time.Duration) (bool, error)
	ReleaseLease(ctx context.Context, name, owner string) error
	PendingOpsNotices(ctx context.Context) ([]store.OpsNotice, error)
	MarkOpsNoticeSent(ctx context.Context, id int64, now time.Time) error
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

// GiveUpAfter is how long after its first attempt a delivery whose posts
// keep failing is given up (docs/chat-setup.md says so).
const GiveUpAfter = 30 * time.Minute

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
	// Backoff is the first wait after a failed post, doubled per failure up
	// to MaxBackoff (defaults 2s and 5m).
	Backoff, MaxBackoff time.Duration
	// GiveUp is how long after its first attempt a delivery that keeps
	// failing is marked failed (default GiveUpAfter). Rate limits and
	// restarts do not count as failures.
	GiveUp time.Duration
	// Owner names this process in the destination leases (default: host,
	// pid and a random suffix). LeaseTTL is how long a lease outlives its
	// last renewal (default 10s): how soon another replica takes over the
	// destinations of one that died. PostTimeout bounds one platform call
	// (default 6s, less than LeaseTTL, so that a post never outlives the
	// lease it was made under; a post cut short is uncertain, and looked up).
	Owner       string
	LeaseTTL    time.Duration
	PostTimeout time.Duration
	Now         func() time.Time // default time.Now
	Log         *slog.Logger

	// Summaries, when set, gives each event a card (the thread's parent,
	// edited as reports arrive) and, with MaxAge, skips alerts whose report
	// is older than MaxAge when delivery first sees them (bot/summary.go).
	Summaries SummaryStore
	MaxAge    time.Duration
	// Desks, when set, gives what each desk set from chat (mutes, places
	// and events followed), read every pass so that no restart is needed.
	Desks DeskStater
}

// Worker drains the outbox into the chat platforms, exactly once per
// destination as far as the platforms let it know:
//
//   - any number of replicas run a worker; each destination (platform
//     channel) is posted to by the one holding its lease in the store, in
//     alert order, so every delivery is made by one process and an event's
//     thread root once;
//   - every delivery (alert × platform × destination) is recorded as
//     "sending" before the platform call and as "sent", with the message and
//     the event's thread in the same write, after it;
//   - a delivery found "sending" (a crash, a timeout, a server error: the
//     post may have landed) is uncertain: it is looked up on the platform by
//     its key (Slack: the message metadata; Discord: the key in the embed
//     footer) and posted again only when a look-up succeeds and does not
//     find it. A rate-limited look-up waits; it never counts as "not
//     posted";
//   - a 429 on a post (surely not posted) holds the destination for its
//     Retry-After; it is not a failure. A real failure backs off that
//     delivery only (the wait is stored, so a restart keeps it): one stuck
//     alert never holds back its channel's others, except the alerts of its
//     own event while their thread has no root yet;
//   - a delivery failing for GiveUp after its first attempt is marked
//     failed, and so is its alert, with a notice to the ops channels;
//   - webhooks cannot be searched, so a webhook delivery interrupted between
//     the call and the write of its outcome is posted again: the window is
//     one HTTP call, and a duplicate is better than a lost alert.
type Worker struct {
	opt  WorkerOptions
	wake chan struct{}
	// next is when a destination may be posted to again (pace, 429s); look
	// is when a platform may be asked to look up a post again (429s on the
	// look-up, which Slack limits far more than posting).
	next  map[target]time.Time
	look  map[string]time.Time
	held  map[target]bool // leases this worker holds
	pass  *pass
	cards map[int64]string // digest of the card each event's root was posted with
}

type target struct {
	chat     Chat
	platform string
	dest     string
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
	if opt.GiveUp <= 0 {
		opt.GiveUp = GiveUpAfter
	}
	if opt.LeaseTTL <= 0 {
		opt.LeaseTTL = 10 * time.Second
	}
	if opt.PostTimeout <= 0 {
		opt.PostTimeout = opt.LeaseTTL * 6 / 10
	}
	if opt.Owner == "" {
		opt.Owner = ProcessName()
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	return &Worker{opt: opt, wake: make(chan struct{}, 1), next: map[target]time.Time{}, look: map[string]time.Time{}, held: map[target]bool{}, cards: map[int64]string{}}
}

// ProcessName names this process among replicas: host, pid and a random
// suffix (a pid is reused across container restarts).
func ProcessName() string {
	host, _ := os.Hostname()
	var b [3]byte
	rand.Read(b[:])
	return fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(b[:]))
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

// Run delivers until ctx is done, then gives up its leases so that another
// replica takes its destinations over at once.
func (w *Worker) Run(ctx context.Context) error {
	defer w.release()
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

func (w *Worker) release() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	for t := range w.held {
		if err := w.opt.Store.ReleaseLease(ctx, leaseName(t), w.opt.Owner); err != nil {
			w.opt.Log.Warn("delivery lease not released; it expires by itself", "platform", t.platform, "dest", t.dest, "err", err)
		}
	}
	clear(w.held)
}

func leaseName(t target) string { return "deliver/" + t.platform + "/" + t.dest }

// pass is the state of one round over the outbox.
type pass struct {
	now   time.Time
	wait  time.Duration    // until the earliest held-back delivery may go
	owned map[target]bool  // leases checked this pass
	roots map[rootKey]bool // events whose thread root in a destination is not through yet
}

type rootKey struct {
	t     target
	event int64
}

func (p *pass) waitUntil(t time.Time) {
	if d := t.Sub(p.now); d > 0 && (p.wait == 0 || d < p.wait) {
		p.wait = d
	}
}

// item is one message owed to a set of targets.
type item struct {
	kind  string
	ref   int64
	event int64 // 0: not threaded
	name  string
	build func(thread string) Outgoing
}

// Pass makes one round over the pending alerts, health notices and ops
// notices, posting whatever each destination's pacing, lease and each
// delivery's backoff allow now. It returns how long until a held-back
// delivery may go (0 when none is held back).
func (w *Worker) Pass(ctx context.Context) (time.Duration, error) {
	p := &pass{now: w.opt.Now(), owned: map[target]bool{}, roots: map[rootKey]bool{}}
	w.pass = p
	pending, err := w.opt.Store.Alerts(ctx, store.AlertFilter{PendingOnly: true, Limit: 500})
	if err != nil {
		return 0, fmt.Errorf("bot: read outbox: %w", err)
	}
	desks, err := w.deskStates(ctx)
	if err != nil {
		return 0, err
	}
	for _, a := range pending {
		// Issue 11 (bot/summary.go): stale alerts are skipped; an event's
		// card goes first and opens its thread.
		skip, err := w.stale(ctx, a)
		if err != nil {
			return 0, err
		}
		if skip {
			continue
		}
		targets := w.targets(w.route(a, desks))
		cards, err := w.summaryRoot(ctx, targets, a)
		if err != nil {
			return 0, err
		}
		it := item{kind: store.KindAlert, ref: a.ID, event: a.EventID, name: "alert", build: func(thread string) Outgoing {
			a := a
			return Outgoing{Thread: thread, ThreadName: a.EventTitle, Broadcast: thread != "" && a.Broadcast, Alert: &a}
		}}
		through, failed, err := w.deliverAll(ctx, targets, it)
		if err != nil {
			return 0, err
		}
		if through {
			if err := w.refreshSummaries(ctx, targets, a, cards); err != nil {
				return 0, err
			}
		}
		switch {
		case through && len(failed) > 0:
			notice := fmt.Sprintf("Alert #%d (%s) could not be delivered to %s; it is marked failed.", a.ID, a.EventTitle, strings.Join(failed, ", "))
			if err := w.opt.Store.MarkAlertFailed(ctx, a.ID, notice, w.opt.Now()); err != nil {
				return 0, err
			}
			w.opt.Log.Error("alert failed", "alert_id", a.ID, "destinations", strings.Join(failed, ", "))
		case through:
			if err := w.opt.Store.MarkAlertDelivered(ctx, a.ID, w.opt.Now()); err != nil {
				return 0, err
			}
		}
	}
	if w.opt.Health != nil {
		if err := w.health(ctx); err != nil {
			return 0, err
		}
	}
	if err := w.notices(ctx); err != nil {
		return 0, err
	}
	return p.wait, nil
}

func (w *Worker) health(ctx context.Context) error {
	notices, err := w.opt.Health.PendingHealthNotices(ctx)
	if err != nil {
		return fmt.Errorf("bot: read health notices: %w", err)
	}
	ops := w.targets(alerts.Ops(w.opt.Channels))
	for _, n := range notices {
		it := item{kind: store.KindHealth, ref: n.ID, name: "health notice", build: func(string) Outgoing { return Outgoing{Doc: HealthDoc(n)} }}
		through, _, err := w.deliverAll(ctx, ops, it)
		if err != nil {
			return err
		}
		if through {
			if err := w.opt.Health.MarkHealthNoticeSent(ctx, n.ID); err != nil {
				return fmt.Errorf("bot: mark health notice %d sent: %w", n.ID, err)
			}
		}
	}
	return nil
}

func (w *Worker) notices(ctx context.Context) error {
	notices, err := w.opt.Store.PendingOpsNotices(ctx)
	if err != nil {
		return err
	}
	ops := w.targets(alerts.Ops(w.opt.Channels))
	for _, n := range notices {
		doc := &Doc{Sections: []Section{{Lines: []Line{{B("Delivery: "), T(n.Text)}}}}}
		it := item{kind: store.KindNotice, ref: n.ID, name: "ops notice", build: func(string) Outgoing { return Outgoing{Doc: doc} }}
		through, _, err := w.deliverAll(ctx, ops, it)
		if err != nil {
			return err
		}
		if through {
			if err := w.opt.Store.MarkOpsNoticeSent(ctx, n.ID, w.opt.Now()); err != nil {
				return err
			}
		}
	}
	return nil
}

// deliverAll makes, for each target that is this worker's and has not yet
// sent or given up on it, whatever step the delivery of it is due for. It
// reports whether every target is through, and which of them failed.
func (w *Worker) deliverAll(ctx context.Context, targets []target, it item) (through bool, failed []string, err error) {
	p := w.pass
	open := 0
	for _, t := range targets {
		status, err := w.step(ctx, t, it)
		if err != nil {
			return false, nil, err
		}
		switch status {
		case store.DeliverySent:
		case store.DeliveryFailed:
			failed = append(failed, t.platform+" "+t.dest)
		default:
			open++
			if it.event != 0 {
				// Until this one is through, later alerts of its event
				// must not open a second thread in this destination.
				p.roots[rootKey{t, it.event}] = true
			}
		}
	}
	return open == 0, failed, nil
}

// step moves one delivery on and returns its status after that ("" or
// "retry" or "sending" while it is not through).
func (w *Worker) step(ctx context.Context, t target, it item) (string, error) {
	p := w.pass
	d, err := w.opt.Store.Delivery(ctx, it.kind, it.ref, t.platform, t.dest)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return "", err
	}
	if d.Status == store.DeliverySent || d.Status == store.DeliveryFailed {
		return d.Status, nil
	}
	if ok, err := w.own(ctx, t); err != nil || !ok {
		return d.Status, err // another replica's destination
	}
	if d.NextTry.After(p.now) {
		p.waitUntil(d.NextTry)
		return d.Status, nil
	}
	thread := ""
	if it.event != 0 {
		if thread, err = w.opt.Store.ChatThread(ctx, it.event, t.platform, t.dest); err != nil {
			return "", err
		}
		if thread == "" && p.roots[rootKey{t, it.event}] {
			return d.Status, nil // behind its event's first alert, which opens the thread
		}
	}
	d.Kind, d.RefID, d.Platform, d.Dest = it.kind, it.ref, t.platform, t.dest
	d.Key = IdempotencyKey(it.kind, it.ref, t.platform, t.dest)
	log := w.opt.Log.With(it.name, it.ref, "platform", t.platform, "dest", t.dest)
	if d.Status == store.DeliverySending {
		status, resolved, err := w.lookUp(ctx, t, it, d, thread, log)
		if err != nil || resolved {
			return status, err
		}
	}
	if d.Attempts > 0 && !d.FirstTry.IsZero() && !p.now.Before(d.FirstTry.Add(w.opt.GiveUp)) {
		// Known not to have landed (or a webhook, which cannot tell), and
		// failing for too long: give up.
		d.Status, d.CountFailure = store.DeliveryFailed, false
		log.Error("delivery given up", "attempts", d.Attempts, "since", d.FirstTry, "err", d.LastError)
		return d.Status, w.opt.Store.FinishDelivery(ctx, d, w.opt.Now())
	}
	if next := w.next[t]; next.After(p.now) {
		p.waitUntil(next)
		return d.Status, nil
	}
	return w.post(ctx, t, it, d, thread, log)
}

// own reports whether this worker holds (or now takes) the lease of t.
func (w *Worker) own(ctx context.Context, t target) (bool, error) {
	p := w.pass
	if ok, seen := p.owned[t]; seen {
		return ok, nil
	}
	ok, err := w.opt.Store.AcquireLease(ctx, leaseName(t), w.opt.Owner, w.opt.Now(), w.opt.LeaseTTL)
	if err != nil {
		return false, err
	}
	p.owned[t] = ok
	if ok && !w.held[t] {
		w.opt.Log.Info("delivering to a destination", "platform", t.platform, "dest", t.dest, "owner", w.opt.Owner)
	}
	w.held[t] = ok
	return ok, nil
}

// lookUp settles an uncertain delivery: it reports resolved when the post
// was found (now sent) or the look-up must wait; not resolved means a
// look-up succeeded and found nothing (or the chat cannot look), so the
// caller may post.
func (w *Worker) lookUp(ctx context.Context, t target, it item, d store.Delivery, thread string, log *slog.Logger) (string, bool, error) {
	p := w.pass
	if _, ok := t.chat.(Finder); !ok {
		return d.Status, false, nil
	}
	if next := w.look[t.platform]; next.After(p.now) {
		p.waitUntil(next)
		return d.Status, true, nil
	}
	lctx, cancel := context.WithTimeout(ctx, w.opt.PostTimeout)
	posted, found, err := landed(lctx, t.chat, d, t.dest, thread, d.Key)
	cancel()
	var rl *RateLimitError
	switch {
	case ctx.Err() != nil:
		return d.Status, true, nil
	case errors.As(err, &rl):
		// The post may have landed: wait for the look-up, never guess.
		w.look[t.platform] = p.now.Add(max(rl.After, time.Second))
		p.waitUntil(w.look[t.platform])
		log.Info("look-up of an uncertain post rate limited; it waits", "retry_after", rl.After)
		return d.Status, true, nil
	case errors.Is(err, ErrPermanent):
		// The look-up itself cannot work (a missing history scope): post
		// again rather than lose the alert.
		log.Warn("cannot look up an uncertain post; posting again", "err", err)
		return d.Status, false, nil
	case err != nil:
		d.NextTry, d.LastError = p.now.Add(w.opt.Backoff), "look up: "+err.Error()
		p.waitUntil(d.NextTry)
		log.Warn("look-up of an uncertain post failed; it waits", "err", err)
		return d.Status, true, w.opt.Store.FinishDelivery(ctx, d, w.opt.Now())
	case !found:
		return d.Status, false, nil
	}
	log.Info("uncertain post had landed; not posting again", "message_ts", posted.ID)
	status, err := w.sent(ctx, t, it, d, thread, posted, log)
	return status, true, err
}

// post makes one attempt.
func (w *Worker) post(ctx context.Context, t target, it item, d store.Delivery, thread string, log *slog.Logger) (string, error) {
	// Renew the lease just before posting: the post then ends (PostTimeout)
	// well before the lease could pass to another replica.
	delete(w.pass.owned, t)
	if ok, err := w.own(ctx, t); err != nil || !ok {
		return d.Status, err
	}
	if _, err := w.opt.Store.BeginDelivery(ctx, d, w.opt.Now()); err != nil {
		return "", err
	}
	if d.FirstTry.IsZero() {
		d.FirstTry = w.opt.Now()
	}
	m := it.build(thread)
	m.Dest, m.Key = t.dest, d.Key
	pctx, cancel := context.WithTimeout(ctx, w.opt.PostTimeout)
	posted, err := t.chat.Post(pctx, m)
	cancel()
	if err != nil {
		return w.failed(ctx, t, d, err, log)
	}
	return w.sent(ctx, t, it, d, thread, posted, log)
}

// sent records a post that landed, with the thread it opened, in one write.
func (w *Worker) sent(ctx context.Context, t target, it item, d store.Delivery, thread string, posted Posted, log *slog.Logger) (string, error) {
	if it.event != 0 && thread == "" && posted.Thread == "" {
		if o, ok := t.chat.(ThreadOpener); ok && (it.kind == store.KindAlert || it.kind == store.KindSummary) {
			// The root landed without its thread (Discord opens it in a
			// second call): open it before later alerts need it.
			m := it.build("")
			th, err := o.OpenThread(ctx, t.dest, posted.ID, m.ThreadName)
			switch {
			case err == nil:
				posted.Thread = th
			case errors.Is(err, ErrPermanent):
				log.Warn("no thread for the event; its alerts go to the channel", "err", err)
			default:
				// Still uncertain: the next look-up finds the post (and a
				// thread opened meanwhile) and tries again.
				d.Status, d.LastError, d.NextTry = store.DeliverySending, "open thread: "+err.Error(), w.pass.now.Add(w.opt.Backoff)
				w.pass.waitUntil(d.NextTry)
				log.Warn("thread not opened; trying again", "err", err)
				return d.Status, w.opt.Store.FinishDelivery(ctx, d, w.opt.Now())
			}
		}
	}
	d.Status, d.MessageTS, d.LastError, d.NextTry, d.CountFailure = store.DeliverySent, posted.ID, "", time.Time{}, false
	if it.event != 0 && thread == "" && posted.Thread != "" {
		d.ThreadEvent, d.Thread = it.event, posted.Thread
	}
	if err := w.opt.Store.FinishDelivery(ctx, d, w.opt.Now()); err != nil {
		return "", err
	}
	w.next[t] = w.opt.Now().Add(w.opt.Pace[t.platform])
	w.pass.waitUntil(w.next[t])
	log.Info("delivered", "message_ts", posted.ID, "thread", cmp.Or(thread, posted.Thread))
	return d.Status, nil
}

// failed records a post that failed.
func (w *Worker) failed(ctx context.Context, t target, d store.Delivery, err error, log *slog.Logger) (string, error) {
	if ctx.Err() != nil {
		// Shutting down: the row stays "sending" and is looked up on restart.
		return store.DeliverySending, nil
	}
	now := w.opt.Now()
	d.LastError = err.Error()
	var rl *RateLimitError
	switch {
	case errors.As(err, &rl):
		// A 429 means the post was refused: safe to simply post again, and
		// not a failure. The whole destination waits.
		d.Status, d.NextTry = store.DeliveryRetry, now.Add(rl.After)
		w.next[t] = d.NextTry
		log.Info("rate limited", "retry_after", rl.After)
	case errors.Is(err, ErrPermanent):
		d.Status, d.CountFailure = store.DeliveryFailed, true
		log.Error("delivery failed for good", "err", err)
	default:
		// The post may have landed (a timeout, a 5xx after the write):
		// stay "sending" so the next attempt looks it up first.
		d.Attempts++
		backoff := w.opt.Backoff << min(d.Attempts-1, 20)
		if backoff > w.opt.MaxBackoff || backoff <= 0 {
			backoff = w.opt.MaxBackoff
		}
		d.Status, d.CountFailure, d.NextTry = store.DeliverySending, true, now.Add(backoff)
		log.Warn("delivery failed; will retry", "attempts", d.Attempts, "backoff", backoff, "err", err)
	}
	w.pass.waitUntil(d.NextTry)
	if err := w.opt.Store.FinishDelivery(ctx, d, now); err != nil {
		return "", err
	}
	return d.Status, nil
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
