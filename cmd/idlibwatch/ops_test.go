package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/config"
	"github.com/idlibwatch/idlibwatch/store"
	"github.com/idlibwatch/idlibwatch/store/storetest"
)

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// startService runs `run` with the config file until the test ends, and
// waits for its HTTP server.
func startService(t *testing.T, cfgPath string) *syncBuffer {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"--config", cfgPath, "run"}, strings.NewReader(""), &stdout, &stderr)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Error("run did not stop")
		}
	})
	deadline := time.After(20 * time.Second)
	for !strings.Contains(stderr.String(), "http listening") {
		select {
		case code := <-done:
			t.Fatalf("run exited early with %d: %s", code, stderr.String())
		case <-deadline:
			t.Fatalf("run did not start: %s", stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	return &stderr
}

// The running service, over real HTTP: /healthz, /readyz and /metrics after
// a poll of a local feed whose report alerts (to the terminal), and
// `idlibwatch health` against it.
func TestOpsEndpointsOfTheRunningService(t *testing.T) {
	srv := feedTestServer(t)
	dir := t.TempDir()
	addr := freePort(t)
	cfgPath := filepath.Join(dir, "idlibwatch.yaml")
	writeFiles(t, dir, map[string]string{"idlibwatch.yaml": fmt.Sprintf(
		// The feed's report is years old: alerts.max_age would skip it.
		"store: {dsn: %q}\nhttp: {listen: %q}\nschedule: \"@every 1h\"\nnetwork: {allow_private: true, timeout: 2s}\npoll: {fulltext_below: 0, backfill: 5}\nfeeds: [%q]\nalerts: {max_age: 36500d}\n",
		filepath.Join(dir, "ops.db"), addr, srv.URL+"/feed.xml")})
	stderr := startService(t, cfgPath)
	base := "http://" + addr

	var body string
	deadline := time.Now().Add(20 * time.Second)
	for {
		_, body = httpGet(t, base+"/metrics")
		if strings.Contains(body, `idlibwatch_outbox_depth 0`) && strings.Contains(body, `status="sent"`) || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, want := range []string{
		fmt.Sprintf(`idlibwatch_feed_polls_total{feed=%q,result="ok"} 1`, srv.URL+"/feed.xml"),
		`idlibwatch_feed_items_total{result="new"} 1`,
		`idlibwatch_feed_items_total{result="off_topic"} 1`,
		`idlibwatch_alerts_total{class="new"}`,
		`idlibwatch_deliveries{kind="alert",platform="terminal",status="sent"}`,
		`idlibwatch_outbox_depth 0`,
		`idlibwatch_outbox_oldest_age_seconds 0`,
		`idlibwatch_store_up 1`,
		`idlibwatch_leader 1`,
		`process_resident_memory_bytes`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if !strings.Contains(body, "idlibwatch_figures_extracted_total ") || strings.Contains(body, "idlibwatch_figures_extracted_total 0\n") {
		t.Errorf("no figures counted:\n%s", grepLines(body, "idlibwatch_figures"))
	}

	// The default retention (feed items, 90 days) prunes at start.
	if !strings.Contains(stderr.String(), "msg=pruned component=retention articles=0 feed_items=0") {
		t.Errorf("no prune at start:\n%s", stderr.String())
	}

	code, h := httpGet(t, base+"/healthz")
	var hz struct{ Status string }
	if code != 200 || json.Unmarshal([]byte(h), &hz) != nil || hz.Status != "ok" {
		t.Errorf("/healthz %d %s", code, h)
	}
	code, r := httpGet(t, base+"/readyz")
	var rz struct {
		Status string
		Checks map[string]string
	}
	if code != 200 || json.Unmarshal([]byte(r), &rz) != nil || rz.Status != "ready" || rz.Checks["database"] != "ok" || rz.Checks["polling"] != "ok" || rz.Checks["delivery"] != "ok" {
		t.Errorf("/readyz %d %s", code, r)
	}

	// The container health check: the URL comes from http.listen.
	if code, out, errOut := cli(t, dir, "--config", cfgPath, "health"); code != 0 || !strings.Contains(out, `"ready"`) {
		t.Errorf("health: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if code, out, _ := cli(t, dir, "--config", cfgPath, "health", "--live"); code != 0 || !strings.Contains(out, `"ok"`) {
		t.Errorf("health --live: exit %d, stdout %q", code, out)
	}
	if code, _, errOut := cli(t, dir, "health", "--url", "http://"+freePort(t)+"/readyz", "--timeout", "2s"); code != 1 || !strings.Contains(errOut, "connection refused") {
		t.Errorf("health against nothing: exit %d, stderr %q", code, errOut)
	}
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func TestHealthFailsOnNotReady(t *testing.T) {
	srv := http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, `{"status": "not ready"}`)
	})}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	defer srv.Close()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"idlibwatch.yaml": fmt.Sprintf("store: {dsn: x.db}\nhttp: {listen: %q}\n", ":"+strings.Split(ln.Addr().String(), ":")[1])})
	code, out, errOut := cli(t, dir, "health")
	if code != 1 || !strings.Contains(out, "not ready") || !strings.Contains(errOut, "503") {
		t.Errorf("health: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestLocalURL(t *testing.T) {
	for _, tc := range []struct{ listen, want, err string }{
		{":8080", "http://127.0.0.1:8080/readyz", ""},
		{"0.0.0.0:9000", "http://127.0.0.1:9000/readyz", ""},
		{"[::]:8080", "http://[::1]:8080/readyz", ""},
		{"10.1.2.3:8080", "http://10.1.2.3:8080/readyz", ""},
		{"off", "", "http.listen is off"},
	} {
		got, err := localURL(tc.listen, "/readyz")
		if got != tc.want || (err == nil) != (tc.err == "") || err != nil && !strings.Contains(err.Error(), tc.err) {
			t.Errorf("localURL(%q) = %q, %v", tc.listen, got, err)
		}
	}
}

func TestReadinessBounds(t *testing.T) {
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	started := now.Add(-time.Hour)
	for _, tc := range []struct {
		name           string
		st             store.Stats
		polling, deliv string // "" when the check holds
	}{
		{"no feeds, empty outbox", store.Stats{}, "", ""},
		{"polled lately", store.Stats{Feeds: 3, LastPoll: now.Add(-4 * time.Minute)}, "", ""},
		{"never polled", store.Stats{Feeds: 3}, "no feed polled since the start 1h0m0s ago", ""},
		{"polls stopped", store.Stats{Feeds: 3, LastPoll: now.Add(-20 * time.Minute)}, "the last poll was 20m0s ago (expected within 15m0s)", ""},
		{"alerts waiting a little", store.Stats{OutboxDepth: 2, OutboxOldest: now.Add(-5 * time.Minute)}, "", ""},
		{"slow but moving", store.Stats{OutboxDepth: 2, OutboxOldest: now.Add(-time.Hour), LastDelivery: now.Add(-time.Minute)}, "", ""},
		{"stuck", store.Stats{OutboxDepth: 2, OutboxOldest: now.Add(-time.Hour), LastDelivery: now.Add(-2 * time.Hour)}, "",
			"2 alerts waiting, the oldest for 1h0m0s; last delivery 2h0m0s ago"},
		{"never delivered", store.Stats{OutboxDepth: 1, OutboxOldest: now.Add(-20 * time.Minute)}, "", "last delivery never"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &readiness{stats: func(context.Context) (store.Stats, error) { return tc.st, nil }, now: func() time.Time { return now },
				started: started, pollWithin: pollBound("*/5 * * * *", now)}
			for _, c := range []struct {
				err  error
				want string
			}{{r.polling(context.Background()), tc.polling}, {r.delivery(context.Background()), tc.deliv}} {
				if (c.err == nil) != (c.want == "") || c.err != nil && !strings.Contains(c.err.Error(), c.want) {
					t.Errorf("got %v, want %q", c.err, c.want)
				}
			}
		})
	}
	// A fresh process is given one bound before it must have polled.
	r := &readiness{stats: func(context.Context) (store.Stats, error) { return store.Stats{Feeds: 1}, nil }, now: func() time.Time { return now },
		started: now.Add(-time.Minute), pollWithin: 15 * time.Minute}
	if err := r.polling(context.Background()); err != nil {
		t.Errorf("fresh process: %v", err)
	}
	if got := pollBound("0 * * * *", now); got != 3*time.Hour {
		t.Errorf("hourly schedule bound %v", got)
	}
	if got := pollBound(config.CronSpec("@every 1m"), now); got != 15*time.Minute {
		t.Errorf("every minute bound %v", got)
	}
}

func TestBackupCommandAndRestore(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, testCorpus)
	writeFiles(t, dir, map[string]string{"idlibwatch.yaml": "store: {dsn: live.db}\n", "restored.yaml": "store: {dsn: restored.db}\n"})
	if code, _, errOut := cli(t, dir, "import", "corpus"); code != 0 {
		t.Fatalf("import: %s", errOut)
	}
	code, out, errOut := cli(t, dir, "backup", "copy.db")
	if code != 0 || !strings.Contains(out, "backup written to copy.db: 5 articles") {
		t.Fatalf("backup: exit %d, %q %q", code, out, errOut)
	}
	if code, _, errOut := cli(t, dir, "backup", "copy.db"); code != 1 || !strings.Contains(errOut, "already exists") {
		t.Errorf("backup over a file: exit %d, %q", code, errOut)
	}
	if code, _, _ := cli(t, dir, "backup"); code != 2 {
		t.Errorf("backup without a file: exit %d", code)
	}
	// Restore: the backup becomes the database file.
	data, err := os.ReadFile(filepath.Join(dir, "copy.db"))
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{"restored.db": string(data)})
	code, out, _ = cli(t, dir, "--config", "restored.yaml", "search", "White Helmets")
	if code != 0 || !strings.Contains(out, "Atmeh") {
		t.Errorf("search in the restored database: exit %d\n%s", code, out)
	}
}

func TestPrunerRunsAtStartAndAgain(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st, err := store.Open(ctx, "sqlite", filepath.Join(t.TempDir(), "prune.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	insert := func(title string, fetched time.Time) int64 {
		var id int64
		err := st.InTx(ctx, func(tx *store.Tx) error {
			var err error
			id, err = tx.InsertArticle(ctx, articles.Article{Title: title, Text: title + " in Idlib", ContentHash: title, Fetched: fetched}, "", false)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	old := insert("old", now.AddDate(0, 0, -10))
	var clock atomic.Int64
	clock.Store(now.Unix())
	var logs syncBuffer
	p := &pruner{st: st, r: config.Retention{Articles: config.Duration(7 * 24 * time.Hour)}, every: 20 * time.Millisecond,
		now: func() time.Time { return time.Unix(clock.Load(), 0) }, log: slog.New(slog.NewTextHandler(&logs, nil))}
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	waitGone := func(id int64) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
			if _, err := st.Article(ctx, id); errors.Is(err, store.ErrNotFound) {
				return
			}
		}
		t.Fatalf("article %d not pruned", id)
	}
	waitGone(old)
	// A week later the next run prunes what has aged since.
	mid := insert("mid", now.AddDate(0, 0, -3))
	if _, err := st.Article(ctx, mid); err != nil {
		t.Fatal(err)
	}
	clock.Store(now.AddDate(0, 0, 7).Unix())
	waitGone(mid)
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run = %v", err)
	}
	if !strings.Contains(logs.String(), "msg=pruned articles=1") {
		t.Errorf("log: %s", logs.String())
	}
}

// The defect: IDLIBWATCH_STORE_DSN=postgres://… with no driver passed
// config check, then failed with "unable to open database file (14)".
func TestPostgresFromTheEnvironmentAlone(t *testing.T) {
	dsn := storetest.PostgresDSN(t)
	t.Setenv("IDLIBWATCH_STORE_DSN", dsn)
	t.Setenv("IDLIBWATCH_FEEDS", "https://example.org/feed.xml")
	dir := t.TempDir()
	if code, out, errOut := cli(t, dir, "config", "check"); code != 0 || !strings.Contains(out, "driver: postgres") {
		t.Fatalf("config check: exit %d\n%s\n%s", code, out, errOut)
	}
	code, out, errOut := cli(t, dir, "feeds", "list")
	if code != 0 || !strings.Contains(out, "https://example.org/feed.xml") {
		t.Fatalf("feeds list on PostgreSQL: exit %d\n%s\n%s", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "idlibwatch.db")); err == nil {
		t.Error("a SQLite file was created")
	}
	// And backup says to use pg_dump.
	if code, _, errOut := cli(t, dir, "backup", "x.db"); code != 1 || !strings.Contains(errOut, "pg_dump") {
		t.Errorf("backup on PostgreSQL: exit %d %s", code, errOut)
	}
}
