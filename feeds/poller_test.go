package feeds

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/store"
)

var idlibFeed = rss(
	item{guid: "a1", link: "https://news.example.com/a1", title: "Strike on Ariha market", desc: longText("Five people were killed in an airstrike on a market in Ariha, rescuers said."), date: "Tue, 05 Mar 2024 10:00:00 +0000"},
	item{guid: "a2", link: "https://news.example.com/a2", title: "Shelling near Sarmada", desc: longText("Two civilians were injured by shelling near Sarmada."), date: "Tue, 05 Mar 2024 09:00:00 +0000"},
)

// A 304 round trip, and the validators kept across a restart.
func TestConditionalGetAcrossRestarts(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` && r.Header.Get("If-Modified-Since") == "Tue, 05 Mar 2024 10:00:00 GMT" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Tue, 05 Mar 2024 10:00:00 GMT")
		fmt.Fprint(w, idlibFeed)
	})
	e := newEnv(t, testOptions())
	e.add(srv.URL)
	if s := e.poll(); s.Status != "ok" || s.New != 2 {
		t.Fatalf("first poll: %+v", s)
	}
	if s := e.poll(); s.Status != "not modified" {
		t.Fatalf("second poll: %+v", s)
	}
	e.restart()
	if s := e.poll(); s.Status != "not modified" {
		t.Fatalf("poll after restart: %+v", s)
	}
	reqs := srv.reqs()
	if len(reqs) != 3 || reqs[0].Header.Get("If-None-Match") != "" || reqs[2].Header.Get("If-None-Match") != `"v1"` {
		t.Fatalf("requests' If-None-Match: %v", reqs)
	}
	for _, r := range reqs {
		if ua := r.Header.Get("User-Agent"); !strings.HasPrefix(ua, "idlibwatch/") {
			t.Errorf("User-Agent %q", ua)
		}
		if r.Header.Get("Accept-Encoding") != "gzip" {
			t.Errorf("Accept-Encoding %q", r.Header.Get("Accept-Encoding"))
		}
	}
	f := e.feed(srv.URL)
	if f.Status != store.FeedOK || f.ItemsSeen != 2 || f.ItemsRelevant != 2 || f.LastSuccess.IsZero() || !f.FirstPollDone {
		t.Fatalf("feed after polls: %+v", f)
	}
	if n := e.articleCount(); n != 2 {
		t.Fatalf("%d articles, want 2", n)
	}
}

// An unchanged document served again without validators costs no sink call.
func TestUnchangedItemsAreNotReprocessed(t *testing.T) {
	srv := newServer(t, serveFeed(idlibFeed))
	e := newEnv(t, testOptions())
	e.add(srv.URL)
	e.poll()
	e.sink.reset()
	s := e.poll()
	if s.Unchanged != 2 || s.New != 0 || len(e.sink.reset()) != 0 {
		t.Fatalf("second poll: %+v", s)
	}
}

func TestFailuresBackoffFailingAndRecovery(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	opt := testOptions()
	opt.FailingAfter = 2
	e := newEnv(t, opt)
	e.add(srv.URL)

	s := e.poll()
	if s.Status != "failed" || s.Reason != "HTTP 500 Internal Server Error" {
		t.Fatalf("first failure: %+v", s)
	}
	f := e.feed(srv.URL)
	wait := f.NextAttempt.Sub(e.clock.Now())
	if f.Failures != 1 || f.Status == store.FeedFailing || wait < 30*time.Second || wait > time.Minute {
		t.Fatalf("after one failure: failures %d status %s wait %v", f.Failures, f.Status, wait)
	}
	// Not due yet: a scheduled cycle skips it without a request.
	if s := e.poll(); s.Status != "skipped" || len(srv.reqs()) != 1 {
		t.Fatalf("poll while backing off: %+v, %d requests", s, len(srv.reqs()))
	}
	e.clock.advance(wait)
	if s := e.poll(); s.Status != "failed" {
		t.Fatalf("second failure: %+v", s)
	}
	f = e.feed(srv.URL)
	wait = f.NextAttempt.Sub(e.clock.Now())
	if f.Failures != 2 || f.Status != store.FeedFailing || wait < time.Minute || wait > 2*time.Minute {
		t.Fatalf("after two failures: failures %d status %s wait %v", f.Failures, f.Status, wait)
	}
	ns, _ := e.st.PendingHealthNotices(context.Background())
	if len(ns) != 1 || ns[0].Status != store.HealthFailing || !strings.Contains(ns[0].Reason, "HTTP 500") || ns[0].FeedURL != srv.URL {
		t.Fatalf("notices after failing: %+v", ns)
	}
	// More failures: the backoff grows to the cap and never stops; one notice only.
	for range 8 {
		e.clock.advance(e.feed(srv.URL).NextAttempt.Sub(e.clock.Now()))
		e.poll()
	}
	f = e.feed(srv.URL)
	if wait := f.NextAttempt.Sub(e.clock.Now()); wait < 30*time.Minute || wait > time.Hour {
		t.Fatalf("capped backoff %v, want within [MaxBackoff/2, MaxBackoff]", wait)
	}
	if ns, _ := e.st.PendingHealthNotices(context.Background()); len(ns) != 1 {
		t.Fatalf("%d notices, want still 1", len(ns))
	}

	srv.set(serveFeed(idlibFeed))
	e.clock.advance(time.Hour)
	if s := e.poll(); s.Status != "ok" || s.New != 2 {
		t.Fatalf("recovery poll: %+v", s)
	}
	f = e.feed(srv.URL)
	if f.Status != store.FeedOK || f.Failures != 0 || f.LastError != "" {
		t.Fatalf("after recovery: %+v", f)
	}
	ns, _ = e.st.PendingHealthNotices(context.Background())
	if len(ns) != 2 || ns[1].Status != store.HealthRecovered {
		t.Fatalf("notices after recovery: %+v", ns)
	}
}

func TestRetryAfterAndMaxAge(t *testing.T) {
	tests := []struct {
		name    string
		handler http.HandlerFunc
		status  string
		reason  string
		wait    time.Duration
	}{
		{"429 seconds", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "7200")
			w.WriteHeader(http.StatusTooManyRequests)
		}, "failed", "HTTP 429 Too Many Requests (retry after 2h0m0s)", 2 * time.Hour},
		{"503 date", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "Wed, 06 Mar 2024 12:30:00 GMT")
			w.WriteHeader(http.StatusServiceUnavailable)
		}, "failed", "HTTP 503 Service Unavailable (retry after 30m0s)", 30 * time.Minute},
		{"max-age", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Cache-Control", "public, max-age=900")
			fmt.Fprint(w, idlibFeed)
		}, "ok", "", 15 * time.Minute},
		{"bot protection", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Server", "cloudflare")
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusForbidden)
			fmt.Fprint(w, "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>")
		}, "failed", "looks like a bot-protection page", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(t, tt.handler)
			opt := testOptions()
			opt.MinBackoff = time.Second
			opt.MaxBackoff = 10 * time.Hour
			e := newEnv(t, opt)
			e.add(srv.URL)
			s := e.poll()
			if s.Status != tt.status || s.Reason != tt.reason {
				t.Fatalf("poll: status %q reason %q, want %q %q", s.Status, s.Reason, tt.status, tt.reason)
			}
			if tt.wait > 0 {
				if got := e.feed(srv.URL).NextAttempt.Sub(e.clock.Now()); got != tt.wait {
					t.Fatalf("next attempt in %v, want %v", got, tt.wait)
				}
			}
		})
	}
}

func TestFetchLimits(t *testing.T) {
	gzipped := func(n int) []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(strings.Repeat("<", n)))
		zw.Close()
		return b.Bytes()
	}
	bomb := gzipped(5 << 20)
	goodGzip := func() []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(idlibFeed))
		zw.Close()
		return b.Bytes()
	}()
	tests := []struct {
		name    string
		path    string
		handler http.HandlerFunc
		want    error
	}{
		{"gzip bomb", "/", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb)
		}, ErrTooLarge},
		{"oversize, announced", "/", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", fmt.Sprint(200<<10))
			w.Write(bytes.Repeat([]byte("x"), 200<<10))
		}, ErrTooLarge},
		{"oversize, chunked", "/", func(w http.ResponseWriter, r *http.Request) {
			for range 20 {
				w.Write(bytes.Repeat([]byte("x"), 10<<10))
				w.(http.Flusher).Flush()
			}
		}, ErrTooLarge},
		{"redirect loop", "/a", func(w http.ResponseWriter, r *http.Request) {
			next := map[string]string{"/a": "/b", "/b": "/a"}[r.URL.Path]
			http.Redirect(w, r, next, http.StatusFound)
		}, ErrTooManyRedirects},
		{"redirect to another scheme", "/", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "ftp://example.com/feed", http.StatusMovedPermanently)
		}, ErrScheme},
		{"slow server", "/", func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		}, ErrTimeout},
		{"slow body", "/", func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte("<rss>"))
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		}, ErrTimeout},
		{"gzip feed", "/", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(goodGzip)
		}, nil},
		{"temporary and permanent redirects", "/1", func(w http.ResponseWriter, r *http.Request) {
			switch r.URL.Path {
			case "/1":
				http.Redirect(w, r, "/2", http.StatusFound)
			case "/2":
				http.Redirect(w, r, "/3", http.StatusMovedPermanently)
			default:
				fmt.Fprint(w, idlibFeed)
			}
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(t, tt.handler)
			opt := testOptions()
			opt.MaxBody = 100 << 10
			opt.Timeout = 300 * time.Millisecond
			opt.MaxRedirects = 3
			e := newEnv(t, opt)
			e.add(srv.URL + tt.path)
			s := e.poll()
			if tt.want == nil {
				if s.Status != "ok" || s.New != 2 || s.MovedTo != "" {
					t.Fatalf("poll: %+v", s)
				}
				return
			}
			if s.Status != "failed" || !errors.Is(s.Err, tt.want) {
				t.Fatalf("poll: status %q err %v, want %v", s.Status, s.Err, tt.want)
			}
			if f := e.feed(srv.URL + tt.path); f.LastError != s.Reason || f.Failures != 1 {
				t.Fatalf("feed: last error %q failures %d", f.LastError, f.Failures)
			}
		})
	}
}

func TestPermanentRedirectIsReported(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/old":
			http.Redirect(w, r, "/older", http.StatusMovedPermanently)
		case "/older":
			http.Redirect(w, r, "/new", http.StatusPermanentRedirect)
		default:
			fmt.Fprint(w, idlibFeed)
		}
	})
	e := newEnv(t, testOptions())
	e.add(srv.URL + "/old")
	s := e.poll()
	if s.Status != "ok" || s.MovedTo != srv.URL+"/new" || !strings.Contains(s.String(), "moved permanently to "+srv.URL+"/new") {
		t.Fatalf("poll: %+v", s)
	}
}

func TestMalformedFeedFailsClearly(t *testing.T) {
	srv := newServer(t, serveFeed(`<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>cut`))
	e := newEnv(t, testOptions())
	e.add(srv.URL)
	s := e.poll()
	if s.Status != "failed" || !errors.Is(s.Err, ErrParse) || !strings.HasPrefix(s.Reason, "cannot parse the feed: ") {
		t.Fatalf("poll: %+v", s)
	}
}

func TestItemIdentity(t *testing.T) {
	date := "Tue, 05 Mar 2024 10:00:00 +0000"
	body := longText("Three people were killed in Idlib city, the civil defence said.")
	edited := longText("Four people were killed in Idlib city, the civil defence said.")
	tests := []struct {
		name        string
		first, then string
		// what the second poll did
		newN, updated, unchanged, dupes int
		articles                        int
	}{
		{"duplicate GUIDs in one document",
			rss(item{guid: "g1", link: "https://n.example.com/1", title: "Raid", desc: body, date: date}, item{guid: "g1", link: "https://n.example.com/1", title: "Raid", desc: body, date: date}),
			rss(item{guid: "g1", link: "https://n.example.com/1", title: "Raid", desc: body, date: date}),
			0, 0, 1, 0, 1},
		{"changed GUID, same link",
			rss(item{guid: "g1", link: "https://n.example.com/1?utm_source=rss", title: "Raid", desc: body, date: date}),
			rss(item{guid: "g2", link: "http://www.n.example.com/1", title: "Raid", desc: body, date: date}),
			0, 0, 1, 0, 1},
		{"changed GUID, same link, edited",
			rss(item{guid: "g1", link: "https://n.example.com/1", title: "Raid", desc: body, date: date}),
			rss(item{guid: "g2", link: "https://n.example.com/1", title: "Raid", desc: edited, date: date}),
			0, 1, 0, 0, 1},
		{"edited item",
			rss(item{guid: "g1", link: "https://n.example.com/1", title: "Raid", desc: body, date: date}),
			rss(item{guid: "g1", link: "https://n.example.com/1", title: "Raid in Idlib", desc: edited, date: date}),
			0, 1, 0, 0, 1},
		{"no GUID, no link: title and date",
			rss(item{title: "Raid", desc: body, date: date}),
			rss(item{title: "Raid", desc: edited, date: date}),
			0, 1, 0, 0, 1},
		{"same link, distinct GUIDs: distinct items",
			rss(item{guid: "g1", link: "https://n.example.com/", title: "Raid", desc: body, date: date}),
			rss(item{guid: "g1", link: "https://n.example.com/", title: "Raid", desc: body, date: date}, item{guid: "g2", link: "https://n.example.com/", title: "Raid again in Idlib", desc: edited, date: date}),
			1, 0, 1, 0, 2},
		{"new item",
			rss(item{guid: "g1", link: "https://n.example.com/1", title: "Raid", desc: body, date: date}),
			rss(item{guid: "g2", link: "https://n.example.com/2", title: "Another raid", desc: edited, date: date}, item{guid: "g1", link: "https://n.example.com/1", title: "Raid", desc: body, date: date}),
			1, 0, 1, 0, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(t, serveFeed(tt.first))
			e := newEnv(t, testOptions())
			e.add(srv.URL)
			if s := e.poll(); s.New != 1 {
				t.Fatalf("first poll: %+v", s)
			}
			srv.set(serveFeed(tt.then))
			s := e.poll()
			if s.New != tt.newN || s.Updated != tt.updated || s.Unchanged != tt.unchanged || s.Duplicates != tt.dupes {
				t.Fatalf("second poll: new %d updated %d unchanged %d dupes %d; want %d %d %d %d",
					s.New, s.Updated, s.Unchanged, s.Duplicates, tt.newN, tt.updated, tt.unchanged, tt.dupes)
			}
			if n := e.articleCount(); n != tt.articles {
				t.Fatalf("%d articles stored, want %d", n, tt.articles)
			}
		})
	}
}

func TestEditedItemIsReprocessedInPlace(t *testing.T) {
	date := "Tue, 05 Mar 2024 10:00:00 +0000"
	srv := newServer(t, serveFeed(rss(item{guid: "g1", link: "https://n.example.com/1", title: "Raid in Idlib", desc: longText("Three people were killed."), date: date})))
	e := newEnv(t, testOptions())
	e.add(srv.URL)
	e.poll()
	first := e.sink.reset()
	srv.set(serveFeed(rss(item{guid: "g1", link: "https://n.example.com/1", title: "Raid in Idlib", desc: longText("Seven people were killed."), date: date})))
	s := e.poll()
	calls := e.sink.reset()
	if s.Updated != 1 || len(calls) != 1 || !calls[0].res.Updated || calls[0].res.ArticleID != first[0].res.ArticleID {
		t.Fatalf("edit: %+v, calls %+v", s, calls)
	}
	a, err := e.st.Article(context.Background(), first[0].res.ArticleID)
	if err != nil || !strings.Contains(a.Text, "Seven people were killed") {
		t.Fatalf("stored article after edit: %q, %v", a.Text, err)
	}
}

func TestFirstPollBackfill(t *testing.T) {
	var items []item
	for i := range 5 {
		items = append(items, item{guid: fmt.Sprint("g", i), link: fmt.Sprint("https://n.example.com/", i), title: fmt.Sprint("Report ", i, " from Idlib"),
			desc: longText(fmt.Sprint("Report number ", i, ".")), date: time.Date(2024, 3, 1+i, 10, 0, 0, 0, time.UTC).Format(time.RFC1123Z)})
	}
	for _, backfill := range []int{0, 2} {
		t.Run(fmt.Sprint("backfill ", backfill), func(t *testing.T) {
			srv := newServer(t, serveFeed(rss(items...)))
			opt := testOptions()
			opt.Backfill = backfill
			e := newEnv(t, opt)
			e.add(srv.URL)
			s := e.poll()
			if s.New != 5 || s.Live != backfill || s.Backfilled != 5-backfill || !s.FirstPoll {
				t.Fatalf("first poll: %+v", s)
			}
			for _, c := range e.sink.reset() {
				// The latest items (highest numbers) are the live ones.
				latest := c.a.GUID >= fmt.Sprint("g", 5-backfill)
				if c.live != latest {
					t.Errorf("%s live=%v", c.a.GUID, c.live)
				}
			}
			srv.set(serveFeed(rss(append(items, item{guid: "g9", link: "https://n.example.com/9", title: "New from Idlib", desc: longText("New.")})...)))
			s = e.poll()
			calls := e.sink.reset()
			if s.New != 1 || s.Live != 1 || len(calls) != 1 || !calls[0].live || s.FirstPoll {
				t.Fatalf("second poll: %+v", s)
			}
			// Undated: the first-seen time stands in.
			if !calls[0].a.Published.Equal(e.clock.Now()) {
				t.Errorf("undated item published %v, want first seen %v", calls[0].a.Published, e.clock.Now())
			}
		})
	}
}

func TestFullTextForSummaryOnlyItems(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Shelling hits Jisr al-Shughur</title>
<meta property="article:published_time" content="2024-03-04T08:00:00Z"></head><body>
<nav>Home | World | Sport</nav>
<article><h1>Shelling hits Jisr al-Shughur</h1>
<p>Artillery shells struck a residential neighbourhood of Jisr al-Shughur on Monday morning, local rescuers reported, and four people were killed.</p>
<p>The rescuers said eleven more people were taken to hospital with shrapnel wounds, among them three children.</p>
<p>Residents said the shelling lasted for more than an hour before ambulances could reach the area.</p>
</article><footer>Copyright</footer></body></html>`
	var srv *server
	srv = newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			fmt.Fprint(w, rss(
				item{guid: "p1", link: srv.URL + "/article/1", title: "Shelling in northwest Syria", desc: "Four killed, rescuers say."},
				item{guid: "p2", link: srv.URL + "/missing", title: "Strike in Idlib", desc: "Details soon."},
			))
		case "/article/1":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page)
		default:
			http.NotFound(w, r)
		}
	})
	opt := testOptions()
	opt.FulltextBelow = 200
	e := newEnv(t, opt)
	// The first item's summary does not say where: only a feed marked as
	// needing pages has it fetched to decide.
	if _, _, err := e.st.AddFeed(context.Background(), store.Feed{URL: srv.URL + "/feed", FullText: true}); err != nil {
		t.Fatal(err)
	}
	s := e.poll()
	if s.New != 2 || s.FullText != 1 || s.FullTextFailed != 1 {
		t.Fatalf("poll: %+v", s)
	}
	calls := e.sink.reset()
	full := calls[0].a
	// The summary did not name a place of Idlib; the page did.
	if full.Summary != "Four killed, rescuers say." || !strings.Contains(full.Text, "eleven more people were taken to hospital") {
		t.Fatalf("full-text article: summary %q text %q", full.Summary, full.Text)
	}
	if full.Published.Format("2006-01-02") != "2024-03-04" { // the extractor reads the day
		t.Errorf("published from the page: %v", full.Published)
	}
	if strings.Contains(full.Text, "Home | World") {
		t.Errorf("boilerplate kept: %q", full.Text)
	}
	if !strings.Contains(calls[1].a.Text, "Details soon.") {
		t.Errorf("page failed: the summary stands in, got %q", calls[1].a.Text)
	}
}

func TestTopicFilterCounts(t *testing.T) {
	srv := newServer(t, serveFeed(rss(
		item{guid: "1", link: "https://n.example.com/1", title: "Aid convoy crosses at Bab al-Hawa", desc: longText("Trucks crossed.")},
		item{guid: "2", link: "https://n.example.com/2", title: "Football results", desc: longText("The home side won.")},
		item{guid: "3", link: "https://n.example.com/3", title: "قصف على أطمة", desc: longText("Shelling.")},
		item{guid: "4", link: "https://n.example.com/4", title: "Markets in Danang", desc: longText("Prices rose.")},
	)))
	e := newEnv(t, testOptions())
	e.add(srv.URL)
	s := e.poll()
	if s.New != 2 || s.Irrelevant != 2 {
		t.Fatalf("poll: %+v", s)
	}
	e.poll()
	f := e.feed(srv.URL)
	if f.ItemsSeen != 4 || f.ItemsRelevant != 2 || e.articleCount() != 2 {
		t.Fatalf("counts: seen %d relevant %d articles %d", f.ItemsSeen, f.ItemsRelevant, e.articleCount())
	}

	// Extra terms, and the topic that keeps everything.
	topic, err := NewTopic("idlib", []string{"Football results"})
	if err != nil || !topic.Match("FOOTBALL-results today") || topic.Match("football") {
		t.Fatalf("extra terms: %v", err)
	}
	all, _ := NewTopic("all", nil)
	if !all.Match("anything") {
		t.Fatal("topic all")
	}
	if _, err := NewTopic("mars", nil); err == nil {
		t.Fatal("unknown topic accepted")
	}
}

func TestPrivateAddresses(t *testing.T) {
	srv := newServer(t, serveFeed(idlibFeed))
	port := srv.Listener.Addr().(interface{ String() string }).String()
	_, port, _ = strings.Cut(port, ":")
	tests := []struct {
		name  string
		url   string
		allow bool
		want  error
	}{
		{"literal loopback", srv.URL, false, ErrPrivateAddress},
		{"name that resolves to loopback, checked at dial", "http://localhost:" + port + "/", false, ErrPrivateAddress},
		{"metadata address", "http://169.254.169.254/latest/meta-data/", false, ErrPrivateAddress},
		{"other scheme", "file:///etc/passwd", false, ErrScheme},
		{"allowed when configured", srv.URL, true, nil},
		{"allowed name when configured", "http://localhost:" + port + "/", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(srv.reqs())
			opt := testOptions()
			opt.AllowPrivate = tt.allow
			f := NewFetcher(opt)
			_, err := f.Fetch(context.Background(), tt.url, acceptFeed, Conditional{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("Fetch(%s) = %v, want %v", tt.url, err, tt.want)
			}
			if errors.Is(err, ErrPrivateAddress) && !strings.Contains(err.Error(), "127.0.0.1") && !strings.Contains(err.Error(), "169.254.169.254") && !strings.Contains(err.Error(), "::1") {
				t.Errorf("refusal does not name the address: %v", err)
			}
			if tt.want != nil && len(srv.reqs()) != before {
				t.Fatalf("a refused fetch reached the server")
			}
		})
	}
}

func TestPublicIP(t *testing.T) {
	tests := []struct {
		ip   string
		want bool
	}{
		{"93.184.216.34", true}, {"2606:2800:220:1:248:1893:25c8:1946", true},
		{"127.0.0.1", false}, {"127.8.8.8", false}, {"::1", false}, {"10.1.2.3", false}, {"172.16.0.1", false},
		{"192.168.1.1", false}, {"169.254.169.254", false}, {"100.64.0.1", false}, {"0.0.0.0", false},
		{"::ffff:127.0.0.1", false}, {"::ffff:10.0.0.1", false}, {"fd00:ec2::254", false}, {"fe80::1", false},
		{"fc00::1", false}, {"224.0.0.1", false}, {"255.255.255.255", false}, {"64:ff9b::7f00:1", false},
	}
	for _, tt := range tests {
		if got := publicIP(parseIP(t, tt.ip)); got != tt.want {
			t.Errorf("publicIP(%s) = %v, want %v", tt.ip, got, tt.want)
		}
	}
}

func TestPerHostLimit(t *testing.T) {
	var inFlight, most atomic.Int32
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond) // let requests overlap if the limit allowed it
		fmt.Fprint(w, idlibFeed)
	})
	opt := testOptions()
	opt.PerHost = 2
	e := newEnv(t, opt)
	for i := range 8 {
		e.add(fmt.Sprintf("%s/feed/%d", srv.URL, i))
	}
	sums, err := e.p.PollOnce(context.Background(), PollOptions{Backfill: -1})
	if err != nil || len(sums) != 8 {
		t.Fatal(err)
	}
	if m := most.Load(); m > 2 {
		t.Fatalf("%d requests in flight to one host, limit 2", m)
	}
}

func TestPollOnceOneFeed(t *testing.T) {
	srv := newServer(t, serveFeed(idlibFeed))
	e := newEnv(t, testOptions())
	e.add(srv.URL + "/a")
	e.add(srv.URL + "/b")
	sums, err := e.p.PollOnce(context.Background(), PollOptions{FeedURL: srv.URL + "/b", Backfill: -1})
	if err != nil || len(sums) != 1 || sums[0].URL != srv.URL+"/b" {
		t.Fatalf("PollOnce one feed: %+v, %v", sums, err)
	}
	if _, err := e.p.PollOnce(context.Background(), PollOptions{FeedURL: srv.URL + "/c"}); err == nil {
		t.Fatal("unknown feed accepted")
	}
}

// Run polls at start, then on schedule, and stops when its context ends.
func TestRunPollsAndStops(t *testing.T) {
	polled := make(chan struct{}, 10)
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, idlibFeed)
		select {
		case polled <- struct{}{}:
		default:
		}
	})
	opt := testOptions()
	opt.Schedule = "@every 1s"
	e := newEnv(t, opt)
	e.add(srv.URL)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.p.Run(ctx) }()
	for i := range 2 { // the poll at start, then one on schedule
		select {
		case <-polled:
		case <-time.After(10 * time.Second):
			t.Fatalf("Run made %d polls, want 2", i)
		}
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run = %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not stop")
	}
	if _, err := New(e.st, e.sink, Options{Schedule: "every now and then"}); err == nil {
		t.Fatal("bad schedule accepted")
	}
	at := time.Date(2024, 3, 6, 12, 1, 0, 0, time.UTC)
	for spec, want := range map[string]string{
		"*/5 * * * *":                       "2024-03-06T12:05:00Z",
		"@every 10m":                        "2024-03-06T12:11:00Z",
		"CRON_TZ=Asia/Damascus 0 15 * * *":  "2024-03-07T12:00:00Z", // 15:00 in Damascus (UTC+3) is 12:00 UTC: passed, so tomorrow
		"CRON_TZ=Asia/Damascus 30 15 * * *": "2024-03-06T12:30:00Z",
	} {
		next, err := NextRun(spec, at)
		if err != nil || next.UTC().Format(time.RFC3339) != want {
			t.Errorf("NextRun(%q) = %v, %v; want %s", spec, next.UTC(), err, want)
		}
	}
}

func parseIP(t *testing.T, s string) net.IP {
	t.Helper()
	ip := net.ParseIP(s)
	if ip == nil {
		t.Fatalf("bad IP %q", s)
	}
	return ip
}

func TestTLSFailureReason(t *testing.T) {
	srv := httptest.NewUnstartedServer(serveFeed(idlibFeed))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the refused handshake is expected
	srv.StartTLS()
	defer srv.Close()
	e := newEnv(t, testOptions())
	e.add(srv.URL)
	s := e.poll()
	// The test server's certificate is not trusted by the system roots.
	if s.Status != "failed" || !strings.HasPrefix(s.Reason, "TLS: ") || !strings.Contains(s.Reason, "certificate") {
		t.Fatalf("poll: status %q reason %q", s.Status, s.Reason)
	}
}

func TestScheduleOf(t *testing.T) {
	opt := testOptions()
	opt.Schedule = "*/10 * * * *"
	e := newEnv(t, opt)
	tests := []struct{ feed, want string }{
		{"", "*/10 * * * *"},
		{"@every 15m", "@every 15m"},
		{"CRON_TZ=Asia/Damascus 0 6 * * *", "CRON_TZ=Asia/Damascus 0 6 * * *"},
		{"every now and then", "*/10 * * * *"}, // unusable: the default, not silence
	}
	for _, tt := range tests {
		if got := e.p.scheduleOf(store.Feed{Schedule: tt.feed}); got != tt.want {
			t.Errorf("scheduleOf(%q) = %q, want %q", tt.feed, got, tt.want)
		}
	}
	if err := CheckSchedule("@every 1h"); err != nil {
		t.Error(err)
	}
	if err := CheckSchedule("61 * * * *"); err == nil {
		t.Error("bad minute accepted")
	}
}

// TestPagesOnlyForNewOnTopicItems: a page is fetched once per distinct new
// article on topic, however many feeds carry it and even when they are
// polled at the same time; off-topic summaries and stored articles cost no
// page, and the summary counts what was skipped.
func TestPagesOnlyForNewOnTopicItems(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Shelling hits Ariha</title></head><body>
<article><h1>Shelling hits Ariha</h1>
<p>Artillery shells struck a market in Ariha, in Idlib province, on Monday morning, and rescuers said four people were killed.</p>
<p>The rescuers said eleven more people were taken to hospital with shrapnel wounds, among them three children.</p>
</article></body></html>`
	var srv *server
	srv = newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasPrefix(r.URL.Path, "/feed/"):
			own := strings.TrimPrefix(r.URL.Path, "/feed/")
			fmt.Fprint(w, rss(
				item{guid: srv.URL + "/article/ariha", link: srv.URL + "/article/ariha?utm_source=" + own, title: "Shelling hits Ariha", desc: "Four killed in Idlib, rescuers say."},
				item{guid: own + "-budget", link: srv.URL + "/article/budget-" + own, title: "Council passes budget", desc: "Schools get more heating."},
			))
		case strings.HasPrefix(r.URL.Path, "/article/"):
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page)
		default:
			http.NotFound(w, r)
		}
	})
	pages := func() (n int) {
		for _, r := range srv.reqs() {
			if strings.HasPrefix(r.URL.Path, "/article/") {
				n++
			}
		}
		return n
	}
	opt := testOptions()
	opt.FulltextBelow = 200
	e := newEnv(t, opt)
	const nFeeds = 8
	for i := range nFeeds {
		e.add(fmt.Sprintf("%s/feed/%d", srv.URL, i))
	}
	sums, err := e.p.PollOnce(context.Background(), PollOptions{Backfill: -1})
	if err != nil {
		t.Fatal(err)
	}
	var total Summary
	for _, s := range sums {
		total.New += s.New
		total.Duplicates += s.Duplicates
		total.Irrelevant += s.Irrelevant
		total.FullText += s.FullText
		total.PagesSkipped += s.PagesSkipped
	}
	if got := pages(); got != 1 {
		t.Errorf("%d pages fetched, want 1 (one article on topic, carried by %d feeds)", got, nFeeds)
	}
	want := Summary{New: 1, Duplicates: nFeeds - 1, Irrelevant: nFeeds, FullText: 1, PagesSkipped: 2*nFeeds - 1}
	if total.New != want.New || total.Duplicates != want.Duplicates || total.Irrelevant != want.Irrelevant ||
		total.FullText != want.FullText || total.PagesSkipped != want.PagesSkipped {
		t.Errorf("totals: new %d dup %d off topic %d full text %d skipped %d, want %d %d %d %d %d",
			total.New, total.Duplicates, total.Irrelevant, total.FullText, total.PagesSkipped,
			want.New, want.Duplicates, want.Irrelevant, want.FullText, want.PagesSkipped)
	}
	if n := e.articleCount(); n != 1 {
		t.Errorf("%d articles stored, want 1", n)
	}
	if s := sums[0].String(); !strings.Contains(s, "pages skipped") && sums[0].PagesSkipped > 0 {
		t.Errorf("summary does not say what was skipped: %s", s)
	}
	// A new feed that carries the stored article later: no page either.
	e.add(srv.URL + "/feed/late")
	before := pages()
	sums, err = e.p.PollOnce(context.Background(), PollOptions{FeedURL: srv.URL + "/feed/late", Backfill: -1})
	if err != nil {
		t.Fatal(err)
	}
	if s := sums[0]; pages() != before || s.Duplicates != 1 || s.PagesSkipped != 2 {
		t.Errorf("late feed: %d more pages, %s", pages()-before, s)
	}
}
