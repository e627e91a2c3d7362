package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const testFeedXML = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test wire</title><link>https://wire.example.com/</link><description>t</description>
<item><guid>w1</guid><link>https://wire.example.com/1</link><title>Strike on Ariha market</title>
<description>Five people were killed in an airstrike on a market in Ariha, in Idlib province, rescuers said on Tuesday.</description>
<pubDate>Tue, 05 Mar 2024 10:00:00 +0000</pubDate></item>
<item><guid>w2</guid><link>https://wire.example.com/2</link><title>Football results</title>
<description>The home side won the derby.</description>
<pubDate>Tue, 05 Mar 2024 09:00:00 +0000</pubDate></item>
</channel></rss>`

func feedTestServer(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml", "/config.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, testFeedXML)
		case "/page.html":
			fmt.Fprint(w, `<!DOCTYPE html><html><head><title>Wire</title>
<link rel="alternate" type="application/rss+xml" title="Wire" href="/feed.xml"></head><body>news</body></html>`)
		case "/plain.html":
			fmt.Fprint(w, `<!DOCTYPE html><html><head><title>No feed</title></head><body>news</body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func writeFeedConfig(t *testing.T, dir string, feeds ...string) {
	t.Helper()
	cfg := "store:\n  dsn: test.db\nnetwork:\n  allow_private: true\n  timeout: 2s\npoll:\n  fulltext_below: 0\nfeeds:\n"
	for _, f := range feeds {
		cfg += "  - url: " + f + "\n"
	}
	writeFiles(t, dir, map[string]string{"idlibwatch.yaml": cfg})
}

func TestFeedsCommands(t *testing.T) {
	srv := feedTestServer(t)
	dir := t.TempDir()
	writeFeedConfig(t, dir, srv.URL+"/config.xml")

	code, out, errOut := cli(t, dir, "feeds", "add", srv.URL+"/page.html")
	if code != 0 || !strings.Contains(out, "found feed "+srv.URL+"/feed.xml") || !strings.Contains(out, "added feed") {
		t.Fatalf("feeds add page: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if code, out, _ := cli(t, dir, "feeds", "add", srv.URL+"/feed.xml"); code != 0 || !strings.Contains(out, "already present") {
		t.Fatalf("feeds add again: exit %d, stdout %q", code, out)
	}
	if code, _, errOut := cli(t, dir, "feeds", "add", srv.URL+"/plain.html"); code != 1 || !strings.Contains(errOut, "no feed found") {
		t.Fatalf("feeds add page without feed: exit %d, stderr %q", code, errOut)
	}
	if code, _, _ := cli(t, dir, "feeds", "add", "--schedule", "every now and then", srv.URL+"/x.xml"); code != 2 {
		t.Fatalf("feeds add with a bad schedule: exit %d, want 2", code)
	}

	// One cycle over the config's feed and the added one.
	code, out, errOut = cli(t, dir, "poll", "--once")
	if code != 0 || strings.Count(out, "2 items: 1 new (0 live, 1 backfill)") != 1 || !strings.Contains(out, "1 off topic") {
		t.Fatalf("poll --once: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	// The second feed carries the same articles: duplicates, not new ones.
	if !strings.Contains(out, "1 duplicate") {
		t.Fatalf("poll --once: the second feed's items are not duplicates: %q", out)
	}
	code, out, _ = cli(t, dir, "poll", "--once", "--feed", srv.URL+"/feed.xml")
	if code != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(out, "2 unchanged") {
		t.Fatalf("poll --once --feed: exit %d, stdout %q", code, out)
	}
	if code, _, errOut := cli(t, dir, "poll", "--once", "--feed", srv.URL+"/nope.xml"); code != 1 || !strings.Contains(errOut, "no feed") {
		t.Fatalf("poll unknown feed: exit %d, stderr %q", code, errOut)
	}

	code, out, _ = cli(t, dir, "feeds", "list")
	if code != 0 || !strings.Contains(out, srv.URL+"/feed.xml") || !strings.Contains(out, srv.URL+"/config.xml") || !strings.Contains(out, "ok") {
		t.Fatalf("feeds list: exit %d, stdout %q", code, out)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		if f := strings.Fields(line); len(f) < 7 || f[1] != "ok" || f[4] != "2" || f[5] != "1" {
			t.Errorf("feeds list line %q: want status ok, 2 items, 1 relevant", line)
		}
	}

	// Export, remove, import back.
	code, opml, _ := cli(t, dir, "feeds", "export")
	if code != 0 || !strings.Contains(opml, `xmlUrl="`+srv.URL+`/feed.xml"`) || !strings.Contains(opml, "<opml") {
		t.Fatalf("feeds export: exit %d, stdout %q", code, opml)
	}
	if err := os.WriteFile(filepath.Join(dir, "feeds.opml"), []byte(opml), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, _ := cli(t, dir, "feeds", "remove", srv.URL+"/feed.xml"); code != 0 || !strings.Contains(out, "removed feed") {
		t.Fatalf("feeds remove: exit %d, stdout %q", code, out)
	}
	if code, _, _ := cli(t, dir, "feeds", "remove", "999"); code != 1 {
		t.Fatalf("feeds remove unknown: exit %d", code)
	}
	if code, out, _ := cli(t, dir, "feeds", "import", "feeds.opml"); code != 0 || out != "imported 1 feeds, 1 already present\n" {
		t.Fatalf("feeds import: exit %d, stdout %q", code, out)
	}
}

// Offline (nothing listening), a cycle reports each feed's failure plainly.
func TestPollOnceOffline(t *testing.T) {
	dir := t.TempDir()
	writeFeedConfig(t, dir, "http://127.0.0.1:1/feed.xml")
	code, out, errOut := cli(t, dir, "poll", "--once")
	if code != 1 || !strings.Contains(out, "http://127.0.0.1:1/feed.xml: failed: ") || !strings.Contains(errOut, "all 1 feeds failed") {
		t.Fatalf("poll offline: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if !strings.Contains(errOut, "feed poll failed") || strings.Contains(errOut, "goroutine") {
		t.Fatalf("poll offline log: %q", errOut)
	}
	code, out, _ = cli(t, dir, "feeds", "list")
	if code != 0 || !strings.Contains(out, "connection refused") {
		t.Fatalf("feeds list after failure: exit %d, stdout %q", code, out)
	}
}
