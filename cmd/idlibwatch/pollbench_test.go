package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// BenchmarkPollOnce runs `idlibwatch poll --once` as a child process over
// 1,000 local feeds of 20 items and measures three cycles the way an
// operator sees them: wall time, the child's CPU seconds and its peak RSS
// (getrusage of the child). It is the repo's side of the comparison with
// Miniflux in issue 13; BENCHMARKS.md has the numbers.
//
//	go test ./cmd/idlibwatch -run '^$' -bench PollOnce -benchtime 1x
//
// The binary is built from this tree, or taken from IDLIBWATCH_BENCH_BIN
// (to measure an older build with the same feeds). IDLIBWATCH_BENCH_PER_HOST
// sets network.per_host (default 16, as in the Miniflux comparison: 16
// requests in flight).
//
// The feeds: every feed lists the same 11 Idlib articles (a syndicated
// story, as section and aggregator feeds do), summaries only, so each needs
// its page for the full text, plus 9 off-topic items of its own. Cycles:
// first fetch (an empty store), all 304 (the server honours If-None-Match),
// and all 200 with the items unchanged (the server ignores validators).
func BenchmarkPollOnce(b *testing.B) {
	bin := os.Getenv("IDLIBWATCH_BENCH_BIN")
	if bin == "" {
		bin = filepath.Join(b.TempDir(), "idlibwatch")
		out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
		if err != nil {
			b.Fatalf("build: %v\n%s", err, out)
		}
	}
	perHost := os.Getenv("IDLIBWATCH_BENCH_PER_HOST")
	if perHost == "" {
		perHost = "16"
	}
	for _, hosts := range []int{1, 50} {
		b.Run(fmt.Sprintf("hosts=%d", hosts), func(b *testing.B) {
			srv := startBenchFeeds(b, hosts)
			for b.Loop() {
				cfg := benchStore(b, bin, srv, "log: {level: warn}\n", perHost)
				if hosts == 50 {
					benchRun(b, bin, srv, perHost)
				}
				for _, c := range []struct {
					name    string
					ignore  bool // the server ignores If-None-Match
					changed int  // feeds that must come back as "ok"
				}{{"first", false, benchFeeds}, {"304", false, 0}, {"200", true, benchFeeds}} {
					srv.ignoreValidators.Store(c.ignore)
					srv.pages.Store(0)
					r := runPollOnce(b, bin, cfg)
					if r.ok != c.changed || r.notModified != benchFeeds-c.changed || r.failed > 0 {
						b.Fatalf("%s cycle: %d feeds ok, %d not modified, %d failed, want %d ok", c.name, r.ok, r.notModified, r.failed, c.changed)
					}
					pages := srv.pages.Load()
					b.ReportMetric(r.wall.Seconds(), c.name+"-wall-s")
					b.ReportMetric(r.cpu.Seconds(), c.name+"-cpu-s")
					b.ReportMetric(r.maxRSS, c.name+"-peak-RSS-MB")
					b.ReportMetric(float64(pages), c.name+"-pages")
					b.Logf("hosts=%d per_host=%s %-5s wall %6.2f s  cpu %6.2f s  peak RSS %5.1f MB  pages %5d  (%s)",
						hosts, perHost, c.name, r.wall.Seconds(), r.cpu.Seconds(), r.maxRSS, pages, r.summary)
				}
			}
		})
	}
}

// Feeds of the benchmark: 1,000 feeds of 20 items, 11 of them shared.
const (
	benchFeeds      = 1000
	benchItems      = 20
	benchSyndicated = 11
)

type benchFeedServer struct {
	hosts            []string // base URLs
	ignoreValidators atomic.Bool
	pages            atomic.Int64 // article pages served
}

// startBenchFeeds serves the feeds and article pages on n loopback hosts
// (127.0.0.1 … 127.0.0.n, all loopback on Linux) until the benchmark ends.
func startBenchFeeds(b *testing.B, n int) *benchFeedServer {
	s := &benchFeedServer{}
	docs := make([][]byte, benchFeeds)
	var hosts []net.Listener
	for i := range n {
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.%d:0", i+1))
		if err != nil {
			b.Skipf("loopback host 127.0.0.%d: %v", i+1, err)
		}
		hosts = append(hosts, ln)
		s.hosts = append(s.hosts, "http://"+ln.Addr().String())
	}
	for f := range benchFeeds {
		docs[f] = []byte(s.feedDoc(f))
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /feed/{n}", func(w http.ResponseWriter, r *http.Request) {
		var f int
		if _, err := fmt.Sscanf(r.PathValue("n"), "%d.xml", &f); err != nil || f < 0 || f >= benchFeeds {
			http.NotFound(w, r)
			return
		}
		if !s.ignoreValidators.Load() {
			etag := fmt.Sprintf(`"feed-%d"`, f)
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
		}
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Write(docs[f])
	})
	mux.HandleFunc("GET /article/{name}", func(w http.ResponseWriter, r *http.Request) {
		s.pages.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, benchPage(r.PathValue("name")))
	})
	srv := &http.Server{Handler: mux}
	for _, ln := range hosts {
		go srv.Serve(ln)
	}
	b.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	})
	return s
}

func (s *benchFeedServer) host(i int) string { return s.hosts[i%len(s.hosts)] }

func (s *benchFeedServer) opml() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><opml version="2.0"><head><title>bench</title></head><body>` + "\n")
	for f := range benchFeeds {
		fmt.Fprintf(&b, `<outline type="rss" text="Bench %d" xmlUrl="%s/feed/%d.xml"/>`+"\n", f, s.host(f), f)
	}
	b.WriteString("</body></opml>\n")
	return b.String()
}

var benchPlaces = []string{"Ariha", "Sarmada", "Maarrat Misrin", "Jisr al-Shughur", "Atmeh", "Idlib city", "Saraqib", "Kafr Takharim", "Binnish", "Harem", "Salqin"}

// feedDoc is feed f: the 11 syndicated Idlib reports (the same links on
// every feed, their pages spread over the hosts) and 9 items of its own
// that are not about Idlib. Every item is a summary of about 250
// characters, below poll.fulltext_below.
func (s *benchFeedServer) feedDoc(f int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Bench feed %d</title><link>%s/</link><description>News</description>
`, f, s.host(f))
	day := time.Date(2026, 11, 2, 6, 0, 0, 0, time.UTC)
	for i := range benchItems {
		var title, link, summary string
		if i < benchSyndicated {
			link = fmt.Sprintf("%s/article/idlib-%d.html", s.host(i), i)
			title = fmt.Sprintf("Shelling on %s kills civilians, rescuers say", benchPlaces[i])
			summary = fmt.Sprintf("Rescuers in %s, in Idlib province, said shelling on a market on Monday morning killed several people and injured others. Civil defence teams were still searching the rubble of two buildings near the main road, a local source said.", benchPlaces[i])
		} else {
			link = fmt.Sprintf("%s/article/feed%d-item%d.html", s.host(f), f, i)
			title = fmt.Sprintf("Feed %d: council approves winter budget for schools (%d)", f, i)
			summary = "The city council approved the winter budget on Monday after a long debate about heating for schools and the repair of roads, officials said. The vote passed with a small majority and the plan takes effect next month."
		}
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><guid isPermaLink=\"true\">%s</guid><pubDate>%s</pubDate><description>%s</description></item>\n",
			title, link, link, day.Add(time.Duration(i)*time.Hour).Format(time.RFC1123Z), summary)
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

// benchPage is an article page of about 6 KB: navigation, the report, a
// "most read" box and a footer, as news sites have.
func benchPage(name string) string {
	place, about := "the city", "the council's winter budget"
	var i int
	if _, err := fmt.Sscanf(name, "idlib-%d.html", &i); err == nil && i >= 0 && i < len(benchPlaces) {
		place, about = benchPlaces[i]+", in Idlib province", "the shelling"
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html><head><title>Report on %s</title>
<meta property="article:published_time" content="2026-11-02T06:00:00Z"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/syria">Syria</a></li></ul></nav>
<article><h1>Report on %s</h1>
`, about, about)
	for p := range 8 {
		fmt.Fprintf(&b, "<p>Paragraph %d. Rescuers and residents in %s described the events of Monday morning to our correspondent. "+
			"Civil defence teams said they had worked through the night to reach people trapped under two collapsed buildings near the market, "+
			"and local hospitals said they had received the injured. Officials promised an inquiry and aid for the families.</p>\n", p+1, place)
	}
	b.WriteString(`</article><aside><h2>Most read</h2><ul><li><a href="/a">Markets close higher</a></li><li><a href="/b">Weather: rain</a></li></ul></aside>
<footer><p>© News site. All rights reserved.</p></footer></body></html>`)
	return b.String()
}

type pollRun struct {
	wall, cpu               time.Duration
	maxRSS                  float64 // MB
	ok, notModified, failed int
	summary                 string
}

// runPollOnce runs one `poll --once` and reads the child's resource usage.
func runPollOnce(b *testing.B, bin, cfg string) pollRun {
	cmd := exec.Command(bin, "--config", cfg, "poll", "--once")
	var out strings.Builder
	cmd.Stdout = &out
	cmd.Stderr = io.Discard
	start := time.Now()
	if err := cmd.Run(); err != nil {
		b.Fatalf("poll --once: %v\n%s", err, tail(out.String(), 2000))
	}
	r := pollRun{wall: time.Since(start)}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	r.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	r.maxRSS = float64(ru.Maxrss) / 1024 // kB on Linux
	var pages, skipped int
	for line := range strings.SplitSeq(out.String(), "\n") {
		switch {
		case strings.Contains(line, ": failed:"):
			r.failed++
		case strings.HasSuffix(line, ": not modified"):
			r.notModified++
		case strings.Contains(line, " items: "):
			r.ok++
			var n int
			if _, err := fmt.Sscanf(line[strings.Index(line, "; full text ")+2:], "full text %d", &n); err == nil && strings.Contains(line, "; full text ") {
				pages += n
			}
			if i := strings.Index(line, "; pages skipped "); i >= 0 {
				if _, err := fmt.Sscanf(line[i+2:], "pages skipped %d", &n); err == nil {
					skipped += n
				}
			}
		}
	}
	r.summary = fmt.Sprintf("%d feeds ok; full text %d, pages skipped %d", r.ok, pages, skipped)
	return r
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// benchStore writes a config (with more, YAML lines) for a new store in a
// temporary folder and imports the benchmark's feeds into it.
func benchStore(b *testing.B, bin string, srv *benchFeedServer, more, perHost string) (cfg string) {
	dir := b.TempDir()
	cfg = filepath.Join(dir, "bench.yaml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("store: {driver: sqlite, dsn: %q}\nnetwork: {allow_private: true, workers: 16, per_host: %s}\nfeeds: []\n%s",
		filepath.Join(dir, "bench.db"), perHost, more)), 0o644)
	opml := filepath.Join(dir, "feeds.opml")
	os.WriteFile(opml, []byte(srv.opml()), 0o644)
	if out, err := exec.Command(bin, "--config", cfg, "feeds", "import", opml).CombinedOutput(); err != nil {
		b.Fatalf("feeds import: %v\n%s", err, out)
	}
	return cfg
}

// benchRun measures the long-running service: `run` on an empty store polls
// every 5 s for a first fetch, three cycles of 304s and three of 200s with
// unchanged items, then stops on SIGINT; its peak RSS is reported.
func benchRun(b *testing.B, bin string, srv *benchFeedServer, perHost string) {
	cfg := benchStore(b, bin, srv, "schedule: \"@every 5s\"\nhttp: {listen: \"off\"}\nlog: {level: info}\n", perHost)
	srv.ignoreValidators.Store(false)
	defer srv.ignoreValidators.Store(false)
	cmd := exec.Command(bin, "--config", cfg, "run")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	cycles := 0
	sc := bufio.NewScanner(stderr)
	for sc.Scan() && cycles < 7 {
		if !strings.Contains(sc.Text(), "feeds polled") {
			continue
		}
		cycles++
		if cycles == 4 {
			srv.ignoreValidators.Store(true)
		}
	}
	cmd.Process.Signal(os.Interrupt)
	go io.Copy(io.Discard, stderr)
	if err := cmd.Wait(); err != nil || cycles < 7 {
		b.Fatalf("run: %v after %d cycles", err, cycles)
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	rss := float64(ru.Maxrss) / 1024
	b.ReportMetric(rss, "run-peak-RSS-MB")
	b.Logf("run: %d cycles (first, 3 × 304, 3 × 200) in %.1f s, cpu %.2f s, peak RSS %.1f MB", cycles, time.Since(start).Seconds(),
		time.Duration(ru.Utime.Nano()+ru.Stime.Nano()).Seconds(), rss)
}
