package feeds

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/store"
)

// The benchmark's world: 1,000 feeds of 20 items each, spread over 50
// hosts (127.0.0.1 … 127.0.0.50, all loopback on Linux), so that the
// per-host limit works as it does against real publishers.
const (
	benchHosts        = 50
	benchFeedsPerHost = 20
	benchItems        = 20
)

var benchWords = strings.Fields(`the a of in on and to said was were people killed injured civilians
	rescuers council market town village shelling airstrike hospital families residents night morning
	officials reported according local source government forces road convoy aid trucks border camp
	displaced children women men team workers water power school medical supplies winter rain`)

// benchDoc is an RSS document of realistic size: items of about 1.5 KB of
// text, one in ten naming a place of Idlib.
func benchDoc(feed int) string {
	r := rand.New(rand.NewPCG(uint64(feed), 1))
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Bench feed %d</title><link>https://site%d.example.com/</link><description>News</description><language>en</language>
`, feed, feed)
	for i := range benchItems {
		words := make([]string, 0, 260)
		for range 240 {
			words = append(words, benchWords[r.IntN(len(benchWords))])
		}
		if (feed*benchItems+i)%10 == 0 {
			words = append(words, "in", "Ariha,", "Idlib", "province")
		}
		text := strings.Join(words, " ")
		fmt.Fprintf(&b, `<item><title>Report %d of feed %d: %s</title>
<link>https://site%d.example.com/news/2024/03/%d-report?utm_source=rss</link>
<guid isPermaLink="false">site%d-%d</guid>
<pubDate>%s</pubDate><dc:creator>Desk</dc:creator>
<description><![CDATA[<p>%s</p>]]></description>
</item>
`, i, feed, strings.Join(words[:8], " "), feed, i, feed, i,
			time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i)*time.Hour).Format(time.RFC1123Z), text)
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

// benchServerEnv makes the test binary serve the benchmark's feeds instead
// of running tests: the benchmark runs the servers in a child process so
// that the memory it reports is the poller's alone.
const benchServerEnv = "IDLIBWATCH_FEEDS_BENCH_SERVER"

func TestMain(m *testing.M) {
	if os.Getenv(benchServerEnv) == "1" {
		serveBench()
		return
	}
	os.Exit(m.Run())
}

// serveBench listens on each host, prints the base URLs and "ready", and
// serves until its standard input closes.
func serveBench() {
	docs := map[string]string{}
	for n := range benchHosts * benchFeedsPerHost {
		docs[fmt.Sprintf("/feed/%d.xml", n)] = benchDoc(n)
	}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		etag := `"` + r.URL.Path + `"`
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		io.WriteString(w, docs[r.URL.Path])
	})
	for i := range benchHosts {
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.%d:0", i+1))
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		go http.Serve(ln, h)
		fmt.Println("http://" + ln.Addr().String())
	}
	fmt.Println("ready")
	io.Copy(io.Discard, os.Stdin)
}

// benchServers starts the feed servers in a child process and returns the
// feed URLs, host by host.
func benchServers(b *testing.B) []string {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), benchServerEnv+"=1")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		stdin.Close()
		cmd.Wait()
	})
	var urls []string
	sc := bufio.NewScanner(stdout)
	host := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "ready" {
			return urls
		}
		if !strings.HasPrefix(line, "http://") {
			b.Skipf("feed servers: %s", line)
		}
		for f := range benchFeedsPerHost {
			urls = append(urls, fmt.Sprintf("%s/feed/%d.xml", line, host*benchFeedsPerHost+f))
		}
		host++
	}
	b.Fatalf("feed servers exited: %v", sc.Err())
	return nil
}

// benchPoller opens a fresh store with every feed added. The options are
// the config's defaults, except allow_private to reach the local servers.
func benchPoller(b *testing.B, urls []string) (*Poller, *store.Store) {
	st, err := store.Open(context.Background(), "sqlite", filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	for _, u := range urls {
		if _, _, err := st.AddFeed(context.Background(), store.Feed{URL: u}); err != nil {
			b.Fatal(err)
		}
	}
	p, err := New(st, &storeSink{st: st}, Options{AllowPrivate: true, FulltextBelow: 600})
	if err != nil {
		b.Fatal(err)
	}
	return p, st
}

func benchCycle(b *testing.B, p *Poller) (items, fetched int) {
	sums, err := p.PollOnce(context.Background(), PollOptions{Backfill: -1})
	if err != nil {
		b.Fatal(err)
	}
	for _, s := range sums {
		if s.Status == "failed" {
			b.Fatalf("%s: %s", s.URL, s.Reason)
		}
		items += s.Items
		if s.Status == "ok" {
			fetched++
		}
	}
	return items, fetched
}

// BenchmarkPollCycle measures one cycle over 1,000 feeds: the first (every
// item new: parse, identity, topic filter, store) and the steady state
// (every feed answers 304). The sink stores articles as the ingest pipeline
// does, without figure extraction, which the figures package measures.
//
//	go test -run '^$' -bench PollCycle -benchtime 3x ./feeds/
func BenchmarkPollCycle(b *testing.B) {
	urls := benchServers(b)
	b.Run("first", func(b *testing.B) {
		var items int
		for b.Loop() {
			b.StopTimer()
			p, _ := benchPoller(b, urls)
			b.StartTimer()
			n, fetched := benchCycle(b, p)
			if fetched != len(urls) {
				b.Fatalf("%d feeds fetched, want %d", fetched, len(urls))
			}
			items += n
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(items), "µs/item")
		b.ReportMetric(peakRSS(), "peak-RSS-MB")
	})
	b.Run("steady", func(b *testing.B) {
		p, _ := benchPoller(b, urls)
		benchCycle(b, p)     // all new
		debug.FreeOSMemory() // what the first cycle left behind
		resetPeakRSS()
		start := peakRSS() // the floor: libraries, store, idle connections
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		for b.Loop() {
			if _, fetched := benchCycle(b, p); fetched != 0 {
				b.Fatalf("%d feeds fetched in full, want all 304", fetched)
			}
		}
		runtime.ReadMemStats(&m1)
		b.ReportMetric(float64(m1.TotalAlloc-m0.TotalAlloc)/float64(b.N)/(1<<20), "alloc-MB/cycle")
		b.ReportMetric(start, "start-RSS-MB")
		b.ReportMetric(peakRSS(), "peak-RSS-MB")
	})
}

// peakRSS is the process's peak resident set (VmHWM) in MB, 0 when unknown.
func peakRSS() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return float64(kb) / 1024
		}
	}
	return 0
}

// resetPeakRSS starts VmHWM again from the current RSS (Linux).
func resetPeakRSS() { os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }
