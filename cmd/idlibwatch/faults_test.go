package main

// The crash-and-fault harness: the real binary runs `run` against a feed, a
// Slack and a Discord on loopback that answer 429 and 500 at random (some
// 500s after the post landed) and rate-limit the look-ups, and is SIGKILLed
// at random points and restarted. Then every alert must have reached every
// destination exactly once, each event in one thread.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/bot"
	"github.com/idlibwatch/idlibwatch/store"
	"github.com/idlibwatch/idlibwatch/store/storetest"
)

// harnessBinary builds idlibwatch once per test run.
var harnessBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "idlibwatch-harness-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "idlibwatch")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

// faults decides, under one lock, what the fake platforms do.
type faults struct {
	mu  sync.Mutex
	rng *rand.Rand
	on  atomic.Bool
}

func (f *faults) roll() float64 {
	if !f.on.Load() {
		return 1
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.rng.Float64()
}

// chatPost is one message that landed on a fake platform.
type chatPost struct {
	platform string
	dest     string // the channel it was posted to (Slack: the channel; Discord: the channel, or the thread's channel)
	id       string // Slack ts, Discord message ID
	thread   string // Slack thread_ts ("" at top level); Discord: "" (a thread is a channel)
	key      string
	opened   string // Discord: the thread opened on it
}

// fakePlatforms is a Slack and a Discord on loopback with faults.
type fakePlatforms struct {
	t      *testing.T
	f      *faults
	slack  *httptest.Server
	disc   *httptest.Server
	mu     sync.Mutex
	posts  []*chatPost
	n      int64
	looked time.Time // the last Slack look-up allowed (one per lookEvery)
	stats  struct{ post429, post500, landed500, look429, thread500 int }
}

const lookEvery = 2 * time.Second // Slack's conversations.history for many apps: far less than posting

func newFakePlatforms(t *testing.T, f *faults) *fakePlatforms {
	p := &fakePlatforms{t: t, f: f}
	p.slack = httptest.NewServer(http.HandlerFunc(p.serveSlack))
	p.disc = httptest.NewServer(http.HandlerFunc(p.serveDiscord))
	t.Cleanup(p.slack.Close)
	t.Cleanup(p.disc.Close)
	return p
}

func (p *fakePlatforms) nextID() int64 {
	p.n++
	return p.n
}

func (p *fakePlatforms) serveSlack(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	w.Header().Set("Content-Type", "application/json")
	method := strings.TrimPrefix(r.URL.Path, "/")
	switch method {
	case "chat.postMessage":
		x := p.f.roll()
		p.mu.Lock()
		defer p.mu.Unlock()
		if x < 0.08 {
			p.stats.post429++
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprint(w, `{"ok":false,"error":"ratelimited"}`)
			return
		}
		if x < 0.14 {
			p.stats.post500++
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		var meta struct {
			Payload struct {
				Key string `json:"key"`
			} `json:"event_payload"`
		}
		json.Unmarshal([]byte(r.Form.Get("metadata")), &meta)
		ts := fmt.Sprintf("%d.%06d", time.Now().Unix(), p.nextID())
		p.posts = append(p.posts, &chatPost{platform: bot.Slack, dest: r.Form.Get("channel"), id: ts, thread: r.Form.Get("thread_ts"), key: meta.Payload.Key})
		if x < 0.20 {
			p.stats.landed500++ // landed, but the answer is lost
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":%q}`, r.Form.Get("channel"), ts)
	case "conversations.history", "conversations.replies":
		x := p.f.roll()
		p.mu.Lock()
		defer p.mu.Unlock()
		if p.f.on.Load() && (time.Since(p.looked) < lookEvery || x < 0.1) {
			p.stats.look429++
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprint(w, `{"ok":false,"error":"ratelimited"}`)
			return
		}
		p.looked = time.Now()
		// Like Slack: between oldest and latest, newest first, one page.
		oldest, _ := strconv.ParseFloat(r.Form.Get("oldest"), 64)
		latest, err := strconv.ParseFloat(r.Form.Get("latest"), 64)
		if err != nil {
			latest = math.MaxFloat64
		}
		limit, _ := strconv.Atoi(r.Form.Get("limit"))
		type msg struct {
			TS       string         `json:"ts"`
			ThreadTS string         `json:"thread_ts,omitempty"`
			Metadata map[string]any `json:"metadata"`
		}
		var out []msg
		for i := len(p.posts) - 1; i >= 0; i-- {
			m := p.posts[i]
			if m.platform != bot.Slack || m.dest != r.Form.Get("channel") {
				continue
			}
			ts, _ := strconv.ParseFloat(m.id, 64)
			if ts < oldest || ts > latest || (limit > 0 && len(out) >= limit) {
				continue
			}
			if method == "conversations.history" && m.thread != "" {
				continue
			}
			if method == "conversations.replies" && m.thread != r.Form.Get("ts") && m.id != r.Form.Get("ts") {
				continue
			}
			out = append(out, msg{TS: m.id, ThreadTS: m.thread, Metadata: map[string]any{"event_type": "idlibwatch_delivery", "event_payload": map[string]any{"key": m.key}}})
		}
		json.NewEncoder(w).Encode(map[string]any{"ok": true, "messages": out, "has_more": false})
	case "files.getUploadURLExternal":
		fmt.Fprintf(w, `{"ok":true,"upload_url":%q,"file_id":"F1"}`, p.slack.URL+"/upload")
	case "upload":
		fmt.Fprint(w, "OK")
	case "files.completeUploadExternal":
		fmt.Fprint(w, `{"ok":true,"files":[{"id":"F1"}]}`)
	default:
		fmt.Fprint(w, `{"ok":true}`)
	}
}

// discordEpochMS is the start of Discord's snowflakes.
const discordEpochMS = 1420070400000

func (p *fakePlatforms) serveDiscord(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	w.Header().Set("Content-Type", "application/json")
	parts := strings.Split(strings.Trim(strings.TrimPrefix(r.URL.Path, "/api/v10"), "/"), "/")
	x := p.f.roll()
	p.mu.Lock()
	defer p.mu.Unlock()
	rateLimited := func() {
		w.Header().Set("Retry-After", "1")
		w.Header().Set("X-RateLimit-Scope", "user")
		w.WriteHeader(http.StatusTooManyRequests)
		fmt.Fprint(w, `{"message":"You are being rate limited.","retry_after":0.5,"global":false}`)
	}
	find := func(id string) *chatPost {
		for _, m := range p.posts {
			if m.platform == bot.Discord && m.id == id {
				return m
			}
		}
		return nil
	}
	messageJSON := func(m *chatPost) map[string]any {
		out := map[string]any{"id": m.id, "channel_id": m.dest, "embeds": []any{map[string]any{"footer": map[string]any{"text": "ref " + m.key}}}}
		if m.opened != "" {
			out["thread"] = map[string]any{"id": m.opened, "type": 11}
		}
		return out
	}
	switch {
	case len(parts) == 3 && parts[0] == "channels" && parts[2] == "messages" && r.Method == http.MethodPost:
		if x < 0.08 {
			p.stats.post429++
			rateLimited()
			return
		}
		if x < 0.14 {
			p.stats.post500++
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		var msg struct {
			Embeds []struct {
				Footer struct {
					Text string `json:"text"`
				} `json:"footer"`
			} `json:"embeds"`
		}
		if mt, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "multipart/form-data" {
			// A message with a file (the digest's chart): the JSON is a part.
			mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
			for part, err := mr.NextPart(); err == nil; part, err = mr.NextPart() {
				if part.FormName() == "payload_json" {
					body, _ = io.ReadAll(part)
				}
			}
		}
		json.Unmarshal(body, &msg)
		key := ""
		for _, e := range msg.Embeds {
			if _, k, ok := strings.Cut(e.Footer.Text, "ref "); ok {
				key = k
			}
		}
		id := strconv.FormatInt((time.Now().UnixMilli()-discordEpochMS)<<22+p.nextID(), 10)
		m := &chatPost{platform: bot.Discord, dest: parts[1], id: id, key: key}
		p.posts = append(p.posts, m)
		if x < 0.20 {
			p.stats.landed500++
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		json.NewEncoder(w).Encode(messageJSON(m))
	case len(parts) == 3 && parts[0] == "channels" && parts[2] == "messages" && r.Method == http.MethodGet:
		if x < 0.1 {
			p.stats.look429++
			rateLimited()
			return
		}
		after, _ := strconv.ParseInt(r.URL.Query().Get("after"), 10, 64)
		out := []any{}
		for i := len(p.posts) - 1; i >= 0; i-- {
			m := p.posts[i]
			id, _ := strconv.ParseInt(m.id, 10, 64)
			if m.platform == bot.Discord && m.dest == parts[1] && id > after {
				out = append(out, messageJSON(m))
			}
		}
		json.NewEncoder(w).Encode(out)
	case len(parts) == 4 && parts[0] == "channels" && parts[2] == "messages" && r.Method == http.MethodGet:
		m := find(parts[3])
		if m == nil {
			w.WriteHeader(http.StatusNotFound)
			fmt.Fprint(w, `{"message":"Unknown Message","code":10008}`)
			return
		}
		json.NewEncoder(w).Encode(messageJSON(m))
	case len(parts) == 5 && parts[4] == "threads" && r.Method == http.MethodPost:
		m := find(parts[3])
		switch {
		case m == nil:
			w.WriteHeader(http.StatusNotFound)
			fmt.Fprint(w, `{"message":"Unknown Message","code":10008}`)
			return
		case m.opened != "":
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprint(w, `{"message":"A thread has already been created for this message","code":160004}`)
			return
		case x < 0.06:
			p.stats.thread500++
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		m.opened = m.id // Discord gives a thread the ID of the message it starts from
		if x < 0.12 {
			p.stats.thread500++
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(w, `{"id":%q,"type":11,"parent_id":%q}`, m.opened, m.dest)
	default:
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprint(w, `{"message":"404: Not Found","code":0}`)
	}
}

// harnessPlaces are Idlib towns, one incident each.
var harnessPlaces = []string{"Atmeh", "Sarmada", "Binnish", "Taftanaz", "Saraqib", "Ariha", "Harem", "Salqin", "Dana", "Armanaz",
	"Kafr Takharim", "Maarrat Misrin", "Jisr al-Shughur", "Khan Shaykhun", "Kafranbel", "Sarjeh", "Sarmin", "Abu al-Duhur",
	"Zardana", "Mastumah", "Kafr Yahmul", "Ihsim", "Balyun", "Kansafra", "Nahlaya", "Marayan", "Kurin", "Hass", "Darkush", "Badama"}

// wireFeed serves an RSS feed whose items appear a few per request:
// reports of one incident per town, each told by three sources with
// different tolls, so that an incident gets several alerts (one thread).
type wireFeed struct {
	srv     *httptest.Server
	items   []string
	served  atomic.Int64
	perPoll int
}

func newWireFeed(t *testing.T, events int) *wireFeed {
	f := &wireFeed{perPoll: 3}
	sources := []string{"The Syria Civil Defence", "The Syrian Observatory for Human Rights", "A local health official"}
	day := time.Now().UTC()
	for r := 0; r < 3; r++ {
		for e := 0; e < events; e++ {
			place := harnessPlaces[e%len(harnessPlaces)]
			n := 4 + e + 3*r
			kind := []string{"air strike", "drone strike", "shelling"}[e%3]
			title := fmt.Sprintf("%s %s: %s gives a toll (%d)", place, kind, strings.ToLower(sources[r][:1])+sources[r][1:], r)
			// "in Idlib" would name the city, one place for every report:
			// the towns alone keep the incidents apart.
			text := fmt.Sprintf("%s said %d civilians were killed and %d were wounded in a %s on the town of %s in northwest Syria on %s.",
				sources[r], n, 2*n, kind, place, day.Weekday())
			link := fmt.Sprintf("http://wire.example/%s/%d", strings.ReplaceAll(strings.ToLower(place), " ", "-"), r)
			pub := day.Add(time.Duration(r*events+e) * time.Minute)
			f.items = append(f.items, fmt.Sprintf("<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate><description>%s</description></item>",
				title, link, link, pub.Format(time.RFC1123Z), text))
		}
	}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := min(int(f.served.Add(int64(f.perPoll))), len(f.items))
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harness wire</title><link>http://wire.example/</link><description>wire</description>%s</channel></rss>`,
			strings.Join(f.items[:n], ""))
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *wireFeed) done() bool { return f.served.Load() >= int64(len(f.items)+f.perPoll) }

// harnessChannels are the channels of the harness config: a desk on both
// platforms, and an ops channel on Slack.
var harnessChannels = []alerts.Channel{
	{Name: "desk", Slack: "C0DESK", Discord: "100000000000000001"},
	{Name: "ops", Slack: "C0OPS", Ops: true},
}

func harnessConfig(driver, dsn, feed string, p *fakePlatforms, digest bool) string {
	digestLine := ""
	if digest {
		digestLine = "\n    digest: \"* * * * *\""
	}
	return fmt.Sprintf(`store:
  driver: %s
  dsn: %q
schedule: "@every 1s"
network:
  allow_private: true
poll:
  fulltext_below: 0
  backfill: 1000
feeds:
  - url: %s
    title: Harness wire
slack:
  bot_token: xoxb-harness-000000
  api_url: %s/
discord:
  bot_token: harness-token
  api_url: %s/api/v10/
channels:
  - name: desk
    slack: C0DESK
    discord: "100000000000000001"%s
  - name: ops
    slack: C0OPS
    ops: true
http:
  listen: "off"
log:
  level: info
`, driver, dsn, feed, p.slack.URL, p.disc.URL, digestLine)
}

// replica is one `run` process.
type replica struct {
	cmd  *exec.Cmd
	done chan struct{}
	log  *os.File
}

func startReplica(t *testing.T, bin, dir, cfg string, i int) *replica {
	t.Helper()
	lf, err := os.OpenFile(filepath.Join(dir, fmt.Sprintf("replica%d.log", i)), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--config", cfg, "run")
	cmd.Dir, cmd.Stdout, cmd.Stderr = dir, lf, lf
	cmd.Env = append(os.Environ(), "GOMEMLIMIT=200MiB")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := &replica{cmd: cmd, done: make(chan struct{}), log: lf}
	go func() { cmd.Wait(); lf.Close(); close(r.done) }()
	return r
}

func (r *replica) kill() {
	r.cmd.Process.Signal(syscall.SIGKILL)
	<-r.done
}

func (r *replica) stop(t *testing.T) {
	r.cmd.Process.Signal(os.Interrupt)
	select {
	case <-r.done:
	case <-time.After(20 * time.Second):
		t.Errorf("replica %d did not stop within 20s of SIGINT", r.cmd.Process.Pid)
		r.kill()
	}
}

// harnessResult sums up a run.
type harnessResult struct {
	kills, alerts, deliveries, posts, lost, doubled, splitThreads, unknown int
	digests, digestPosts, digestDoubled                                    int
}

func (r harnessResult) String() string {
	return fmt.Sprintf("%d kills, %d alerts, %d deliveries owed, %d posts: %d lost, %d doubled, %d split threads, %d unknown posts; digests %d runs, %d posts, %d doubled",
		r.kills, r.alerts, r.deliveries, r.posts, r.lost, r.doubled, r.splitThreads, r.unknown, r.digests, r.digestPosts, r.digestDoubled)
}

type harnessOptions struct {
	driver, dsn string
	replicas    int
	kills       int
	events      int
	digest      bool
	seed        uint64
}

// runHarness runs the replicas, killing one at random every so often while
// the platforms fail at random, then lets them finish without faults and
// checks what landed.
func runHarness(t *testing.T, o harnessOptions) harnessResult {
	t.Helper()
	bin, err := harnessBinary()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if o.driver == "sqlite" {
		o.dsn = filepath.Join(dir, "idlibwatch.db")
	}
	f := &faults{rng: rand.New(rand.NewPCG(o.seed, 12))}
	f.on.Store(true)
	plat := newFakePlatforms(t, f)
	feed := newWireFeed(t, o.events)
	cfg := filepath.Join(dir, "idlibwatch.yaml")
	if err := os.WriteFile(cfg, []byte(harnessConfig(o.driver, o.dsn, feed.srv.URL, plat, o.digest)), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st, err := store.Open(ctx, o.driver, o.dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rng := rand.New(rand.NewPCG(o.seed, 34))
	reps := make([]*replica, o.replicas)
	for i := range reps {
		reps[i] = startReplica(t, bin, dir, cfg, i)
	}
	defer func() {
		for _, r := range reps {
			r.kill()
		}
		if t.Failed() || os.Getenv("IDLIBWATCH_HARNESS_LOGS") != "" {
			for i := range reps {
				b, _ := os.ReadFile(filepath.Join(dir, fmt.Sprintf("replica%d.log", i)))
				lines := strings.Split(string(b), "\n")
				t.Logf("replica %d log (last 40 lines):\n%s", i, strings.Join(lines[max(0, len(lines)-40):], "\n"))
			}
		}
	}()
	res := harnessResult{}
	// Kill at least o.kills times, and on until the feed is all served and
	// the outbox nearly drained, so that the kills and faults hit polling,
	// ingest and delivery alike.
	busy := func() bool {
		ds, err := st.DeliveryStatus(context.Background(), time.Now(), 1)
		return err != nil || !feed.done() || ds.Pending > 2
	}
	extra := 4 * o.kills
	if o.replicas > 1 {
		// A killed replica's channels wait for its leases to run out (10s):
		// killing on until the outbox drains would only slow the run.
		extra = o.kills
	}
	for k := 0; k < o.kills || (busy() && k < extra); k++ {
		time.Sleep(time.Duration(300+rng.IntN(1500)) * time.Millisecond)
		i := rng.IntN(len(reps))
		reps[i].kill()
		res.kills++
		reps[i] = startReplica(t, bin, dir, cfg, i)
	}
	// No more kills: everything owed must now go out, the platforms still
	// failing at random for a minute, then no longer.
	faulty := time.Now()
	deadline := time.Now().Add(180 * time.Second)
	for {
		if time.Since(faulty) > time.Minute {
			f.on.Store(false)
		}
		ds, err := st.DeliveryStatus(ctx, time.Now(), 10)
		if err == nil && feed.done() && ds.Pending == 0 && ds.Uncertain == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Errorf("not drained 180s after the last kill: %+v, feed served %d of %d items", ds, feed.served.Load(), len(feed.items))
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	f.on.Store(false)
	t.Logf("drained %s after the last kill; feed served %d items", time.Since(faulty).Round(100*time.Millisecond), min(int(feed.served.Load()), len(feed.items)))
	time.Sleep(time.Second) // a digest or ops notice in flight
	for _, r := range reps {
		r.stop(t)
	}
	return checkLanded(t, st, plat, res)
}

// checkLanded compares what landed on the fake platforms with the alerts in
// the store.
func checkLanded(t *testing.T, st *store.Store, plat *fakePlatforms, res harnessResult) harnessResult {
	t.Helper()
	ctx := context.Background()
	all, err := st.Alerts(ctx, store.AlertFilter{Limit: 100000})
	if err != nil {
		t.Fatal(err)
	}
	plat.mu.Lock()
	defer plat.mu.Unlock()
	byKey := map[string][]*chatPost{}
	for _, p := range plat.posts {
		byKey[p.key] = append(byKey[p.key], p)
	}
	res.alerts, res.posts = len(all), len(plat.posts)
	owed := map[string]bool{}
	type evDest struct {
		event          int64
		platform, dest string
	}
	roots := map[evDest][]*chatPost{}
	replies := map[evDest][]*chatPost{}
	for _, a := range all {
		if os.Getenv("IDLIBWATCH_HARNESS_LOGS") != "" {
			t.Logf("alert %d: event %d %q, %s, %s", a.ID, a.EventID, a.EventTitle, a.Class, a.Delivery)
		}
		if a.Delivery != "delivered" {
			t.Errorf("alert %d is %s", a.ID, a.Delivery)
		}
		for _, ch := range harnessChannels {
			if !ch.Wants(a) {
				continue
			}
			for _, tg := range []struct{ platform, dest string }{{bot.Slack, ch.Slack}, {bot.Discord, ch.Discord}} {
				if tg.dest == "" {
					continue
				}
				key := bot.IdempotencyKey(store.KindAlert, a.ID, tg.platform, tg.dest)
				if owed[key] {
					continue
				}
				owed[key] = true
				res.deliveries++
				ps := byKey[key]
				switch {
				case len(ps) == 0:
					res.lost++
					t.Errorf("alert %d never reached %s %s", a.ID, tg.platform, tg.dest)
					continue
				case len(ps) > 1:
					res.doubled += len(ps) - 1
					t.Errorf("alert %d reached %s %s %d times", a.ID, tg.platform, tg.dest, len(ps))
				}
				k := evDest{a.EventID, tg.platform, tg.dest}
				for _, p := range ps {
					if p.dest == tg.dest && p.thread == "" {
						roots[k] = append(roots[k], p)
					} else {
						replies[k] = append(replies[k], p)
					}
				}
			}
		}
	}
	// The event's card (issue 11) is its thread's root: owed once per event
	// and destination, before any alert of the event.
	evDests := map[evDest]bool{}
	for k := range roots {
		evDests[k] = true
	}
	for k := range replies {
		evDests[k] = true
	}
	for k := range evDests {
		key := bot.IdempotencyKey(store.KindSummary, k.event, k.platform, k.dest)
		owed[key] = true
		ps := byKey[key]
		if len(ps) > 1 {
			res.doubled += len(ps) - 1
			t.Errorf("card of event %d reached %s %s %d times", k.event, k.platform, k.dest, len(ps))
		}
		if len(ps) > 0 {
			roots[k] = append(ps[:1:1], roots[k]...)
		}
	}
	// Threads: one root per event and destination, every other alert of the
	// event in its thread.
	keys := make([]evDest, 0, len(roots))
	for k := range roots {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].event < keys[j].event })
	for _, k := range keys {
		rs := roots[k]
		split := len(rs) > 1
		thread := rs[0].id
		if k.platform == bot.Discord {
			thread = rs[0].opened
		}
		for _, p := range replies[k] {
			in := p.thread
			if k.platform == bot.Discord {
				in = p.dest
			}
			if thread == "" || in != thread {
				split = true
			}
		}
		if split {
			res.splitThreads++
			t.Errorf("event %d in %s %s: %d roots, thread %q, replies elsewhere", k.event, k.platform, k.dest, len(rs), thread)
		}
	}
	for k, rs := range replies {
		if len(roots[k]) == 0 {
			res.splitThreads++
			t.Errorf("event %d in %s %s: %d replies and no root", k.event, k.platform, k.dest, len(rs))
		}
	}
	digests := map[string]int{}
	for key, ps := range byKey {
		switch {
		case owed[key]:
		case strings.HasPrefix(key, "d"):
			res.digests++
			res.digestPosts += len(ps)
			t.Logf("digest %s: %d posts to %s %s", key, len(ps), ps[0].platform, ps[0].dest)
			digests[key] = len(ps)
			if len(ps) > 1 {
				res.digestDoubled += len(ps) - 1
				t.Errorf("digest %s posted %d times", key, len(ps))
			}
		case strings.HasPrefix(key, "h"), strings.HasPrefix(key, "n"):
			if len(ps) > 1 {
				t.Errorf("notice %s posted %d times", key, len(ps))
			}
		default:
			res.unknown += len(ps)
			t.Errorf("%d posts with key %q that no alert owes", len(ps), key)
		}
	}
	t.Logf("faults: %+v", plat.stats)
	return res
}

// harnessSize is the number of kills and incidents of a harness run: the
// bounded defaults of `go test ./...`, or IDLIBWATCH_HARNESS_KILLS and
// IDLIBWATCH_HARNESS_EVENTS (at most 30) for a longer run.
func harnessSize(kills, events int) (int, int) {
	if n, err := strconv.Atoi(os.Getenv("IDLIBWATCH_HARNESS_KILLS")); err == nil && n > 0 {
		kills = n
	}
	if n, err := strconv.Atoi(os.Getenv("IDLIBWATCH_HARNESS_EVENTS")); err == nil && n > 0 {
		events = min(n, len(harnessPlaces))
	}
	return kills, events
}

// TestCrashAndFaults SIGKILLs `run` at random points on SQLite while the
// platforms answer 429 and 500 and the look-up is rate-limited: nothing may
// be lost, doubled, or split into two threads. The count of kills is
// bounded for `go test ./...`; IDLIBWATCH_HARNESS_KILLS runs more.
func TestCrashAndFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("the crash harness builds and runs the binary: skipped with -short")
	}
	kills, events := harnessSize(25, 12)
	start := time.Now()
	res := runHarness(t, harnessOptions{driver: "sqlite", replicas: 1, kills: kills, events: events, seed: uint64(time.Now().UnixNano())})
	t.Logf("sqlite, 1 process: %s (%s)", res, time.Since(start).Round(time.Second))
	if res.alerts < 12 {
		t.Errorf("only %d alerts: the harness feed should make several per incident", res.alerts)
	}
}

// TestReplicas runs two and three replicas on one PostgreSQL with the fake
// platforms failing at random, killing one replica at a time: every alert
// once, every thread root once, every digest once.
func TestReplicas(t *testing.T) {
	if testing.Short() {
		t.Skip("the replica harness builds and runs the binary: skipped with -short")
	}
	for _, n := range []int{2, 3} {
		t.Run(fmt.Sprintf("%d replicas", n), func(t *testing.T) {
			dsn := storetest.PostgresDSN(t)
			start := time.Now()
			kills, events := harnessSize(6, 8)
			res := runHarness(t, harnessOptions{driver: "postgres", dsn: dsn, replicas: n, kills: kills, events: events, digest: true, seed: uint64(time.Now().UnixNano())})
			t.Logf("postgres, %d replicas: %s (%s)", n, res, time.Since(start).Round(time.Second))
			if res.digests == 0 {
				t.Error("no digest was posted: the per-minute schedule should have fired")
			}
		})
	}
}
