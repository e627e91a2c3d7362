// Package metrics defines idlibwatch's Prometheus metrics in one place, so
// that their names, labels and help texts are read and changed together.
// The parts that count (the poller, the chat side, the commands) are handed
// the counters they need by the command that wires the service; they never
// import this package. What the database already knows (outbox depth, alerts
// by class, deliveries by status, the last poll and delivery) is read from it
// at scrape time, so every replica reports the same truth and a restart loses
// nothing.
package metrics

import (
	"context"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/idlibwatch/idlibwatch/store"
)

// Metrics are the service's counters, and the registry that serves them.
type Metrics struct {
	reg *prometheus.Registry

	// FeedPolls counts polls per feed (label feed: its URL) and result: ok,
	// not_modified, failed, skipped.
	FeedPolls *prometheus.CounterVec
	// FeedItems counts feed items by what became of them: new, updated,
	// unchanged, duplicate, off_topic, error.
	FeedItems *prometheus.CounterVec
	// Figures counts the casualty figures extracted from stored articles.
	Figures prometheus.Counter
	// ChatRequests counts HTTP requests to a chat platform's API or
	// webhook, per platform and answer: 2xx, 429 (rate limited), 4xx, 5xx,
	// or error (no answer).
	ChatRequests *prometheus.CounterVec
	// CommandSeconds is how long /idlib answers took, per platform and
	// subcommand.
	CommandSeconds *prometheus.HistogramVec
}

// New returns the metrics, registered with a registry of their own together
// with the Go runtime's and the process's collectors.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		FeedPolls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "idlibwatch_feed_polls_total",
			Help: "Feed polls, per feed URL and result (ok, not_modified, failed, skipped).",
		}, []string{"feed", "result"}),
		FeedItems: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "idlibwatch_feed_items_total",
			Help: "Feed items seen, by outcome (new, updated, unchanged, duplicate, off_topic, error).",
		}, []string{"result"}),
		Figures: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "idlibwatch_figures_extracted_total",
			Help: "Casualty figures extracted from articles as they were stored.",
		}),
		ChatRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "idlibwatch_chat_requests_total",
			Help: "HTTP requests to a chat platform (posts, look-ups, edits), per platform and answer (2xx, 429, 4xx, 5xx, error).",
		}, []string{"platform", "code"}),
		CommandSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "idlibwatch_command_duration_seconds",
			Help: "Time to answer an /idlib command, per platform and subcommand.",
			// Both platforms want a first answer within 3 s.
			Buckets: []float64{.01, .05, .1, .25, .5, 1, 2, 3, 5, 10, 30, 120},
		}, []string{"platform", "command"}),
	}
	m.reg.MustRegister(m.FeedPolls, m.FeedItems, m.Figures, m.ChatRequests, m.CommandSeconds,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// WatchLeader reports, at every scrape, whether this process runs the
// schedules (polls, digests): idlibwatch_leader is 1 while it does, 0 while
// another replica does.
func (m *Metrics) WatchLeader(leading func() bool) error {
	return m.reg.Register(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "idlibwatch_leader",
		Help: "1 while this process runs the schedules (polls, digests), 0 while another replica does.",
	}, func() float64 {
		if leading() {
			return 1
		}
		return 0
	}))
}

// CountRequests wraps an HTTP transport (nil: the default) so that every
// request it makes is counted in ChatRequests under platform. Counting at
// the transport sees every call a chat client makes, look-ups and retries
// included, whatever interfaces the client has.
func (m *Metrics) CountRequests(platform string, next http.RoundTripper) http.RoundTripper {
	if next == nil {
		next = http.DefaultTransport
	}
	return countingTransport{next: next, count: m.ChatRequests.MustCurryWith(prometheus.Labels{"platform": platform})}
}

type countingTransport struct {
	next  http.RoundTripper
	count *prometheus.CounterVec
}

func (t countingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.next.RoundTrip(req)
	code := "error"
	switch {
	case err != nil:
	case resp.StatusCode == http.StatusTooManyRequests:
		code = "429"
	default:
		code = strconv.Itoa(resp.StatusCode/100) + "xx"
	}
	t.count.WithLabelValues(code).Inc()
	return resp, err
}

// Register adds a collector, such as the one NewStoreCollector returns.
func (m *Metrics) Register(c prometheus.Collector) error { return m.reg.Register(c) }

// Handler serves the metrics in the Prometheus exposition format.
func (m *Metrics) Handler(log *slog.Logger) http.Handler {
	// Serve what could be gathered: one failed collector must not hide the
	// process's own counters.
	opts := promhttp.HandlerOpts{Timeout: 10 * time.Second, ErrorHandling: promhttp.ContinueOnError}
	if log != nil {
		opts.ErrorLog = slogErrorLog{log}
	}
	return promhttp.HandlerFor(m.reg, opts)
}

type slogErrorLog struct{ log *slog.Logger }

func (l slogErrorLog) Println(v ...any) { l.log.Warn("metrics", "err", v) }

// StatsFunc reads the database's view of the service.
type StatsFunc func(ctx context.Context) (store.Stats, error)

// storeCollector reads the store at scrapes, at most once per maxAge: the
// counts scan the alerts and deliveries (about 0.5 s on SQLite with 300,000
// deliveries), and several scrapers, or a dashboard's refreshes, need not
// each pay for them.
type storeCollector struct {
	stats   StatsFunc
	timeout time.Duration
	maxAge  time.Duration
	now     func() time.Time

	mu     sync.Mutex
	last   store.Stats
	lastAt time.Time

	up, depth, oldest, alerts, failed, skipped, deliveries, lastPoll, lastDelivery *prometheus.Desc
}

// NewStoreCollector returns a collector that reads stats at every scrape,
// within a few seconds.
func NewStoreCollector(stats StatsFunc) prometheus.Collector {
	return &storeCollector{
		stats:   stats,
		timeout: 5 * time.Second,
		maxAge:  5 * time.Second,
		now:     time.Now,
		up:      prometheus.NewDesc("idlibwatch_store_up", "1 when the database answered the scrape's queries, 0 otherwise.", nil, nil),
		depth:   prometheus.NewDesc("idlibwatch_outbox_depth", "Alerts in the outbox not yet delivered to every channel.", nil, nil),
		oldest: prometheus.NewDesc("idlibwatch_outbox_oldest_age_seconds",
			"Age of the oldest alert not yet delivered to every channel; 0 when none waits.", nil, nil),
		alerts:  prometheus.NewDesc("idlibwatch_alerts_total", "Alerts written to the outbox, by class.", []string{"class"}, nil),
		failed:  prometheus.NewDesc("idlibwatch_alerts_failed", "Alerts given up on in some channel (never delivered there).", nil, nil),
		skipped: prometheus.NewDesc("idlibwatch_alerts_skipped", "Alerts not posted because their report was older than alerts.max_age.", nil, nil),
		deliveries: prometheus.NewDesc("idlibwatch_deliveries",
			"Deliveries (one message to one destination) by platform, kind (alert, health, digest) and status (sending, retry, sent, failed).",
			[]string{"platform", "kind", "status"}, nil),
		lastPoll: prometheus.NewDesc("idlibwatch_last_poll_timestamp_seconds",
			"Unix time of the latest poll attempt of any feed; 0 before the first.", nil, nil),
		lastDelivery: prometheus.NewDesc("idlibwatch_last_delivery_timestamp_seconds",
			"Unix time of the latest message delivered to a chat platform; 0 before the first.", nil, nil),
	}
}

func (c *storeCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.up, c.depth, c.oldest, c.alerts, c.failed, c.skipped, c.deliveries, c.lastPoll, c.lastDelivery} {
		ch <- d
	}
}

func (c *storeCollector) Collect(ch chan<- prometheus.Metric) {
	st, err := c.read()
	if err != nil {
		// The database down is what idlibwatch_store_up says; /readyz says why.
		ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, 1)
	ch <- prometheus.MustNewConstMetric(c.depth, prometheus.GaugeValue, float64(st.OutboxDepth))
	age := 0.0
	if !st.OutboxOldest.IsZero() {
		age = max(c.now().Sub(st.OutboxOldest).Seconds(), 0)
	}
	ch <- prometheus.MustNewConstMetric(c.oldest, prometheus.GaugeValue, age)
	for class, n := range st.AlertsByClass {
		ch <- prometheus.MustNewConstMetric(c.alerts, prometheus.CounterValue, float64(n), class)
	}
	ch <- prometheus.MustNewConstMetric(c.failed, prometheus.GaugeValue, float64(st.AlertsFailed))
	ch <- prometheus.MustNewConstMetric(c.skipped, prometheus.GaugeValue, float64(st.AlertsSkipped))
	for _, d := range st.Deliveries {
		ch <- prometheus.MustNewConstMetric(c.deliveries, prometheus.GaugeValue, float64(d.N), d.Platform, d.Kind, d.Status)
	}
	ch <- prometheus.MustNewConstMetric(c.lastPoll, prometheus.GaugeValue, unixSeconds(st.LastPoll))
	ch <- prometheus.MustNewConstMetric(c.lastDelivery, prometheus.GaugeValue, unixSeconds(st.LastDelivery))
}

// read returns the stats, read again when the last read is older than
// maxAge. A failed read is not kept.
func (c *storeCollector) read() (store.Stats, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	if !c.lastAt.IsZero() && now.Sub(c.lastAt) < c.maxAge {
		return c.last, nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	st, err := c.stats(ctx)
	if err != nil {
		return store.Stats{}, err
	}
	c.last, c.lastAt = st, now
	return st, nil
}

func unixSeconds(t time.Time) float64 {
	if t.IsZero() {
		return 0
	}
	return float64(t.UnixMilli()) / 1000
}
