package feeds

import (
	"context"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/store"
)

// storeSink stores articles the way the ingest pipeline does (dedupe on
// feed item, canonical URL or text; an edit updated in place), without the
// figure extraction, and records every call.
type storeSink struct {
	st    *store.Store
	mu    sync.Mutex
	calls []sinkCall
	fail  error
}

type sinkCall struct {
	a    articles.Article
	live bool
	res  Added
}

func (s *storeSink) Add(ctx context.Context, a articles.Article, live bool) (Added, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return Added{}, s.fail
	}
	a.ContentHash = articles.Hash(a.Text)
	var res Added
	err := s.st.InTx(ctx, func(tx *store.Tx) error {
		old, err := tx.FindDuplicate(ctx, a)
		switch {
		case err == nil && old.ContentHash == a.ContentHash:
			res = Added{ArticleID: old.ID, Duplicate: true}
			return nil
		case err == nil:
			a.ID = old.ID
			res = Added{ArticleID: old.ID, Updated: true}
			return tx.UpdateArticle(ctx, a)
		case errors.Is(err, store.ErrNotFound):
			id, err := tx.InsertArticle(ctx, a, "", !live)
			res = Added{ArticleID: id}
			return err
		default:
			return err
		}
	})
	s.calls = append(s.calls, sinkCall{a: a, live: live, res: res})
	return res, err
}

func (s *storeSink) reset() []sinkCall {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.calls
	s.calls = nil
	return c
}

// clock is a settable time for the poller's Now.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

type env struct {
	t     *testing.T
	file  string
	st    *store.Store
	sink  *storeSink
	clock *clock
	opt   Options
	p     *Poller
}

// testOptions reach httptest servers on 127.0.0.1 and keep every wait short.
func testOptions() Options {
	return Options{
		AllowPrivate: true,
		HostJitter:   -1,
		Timeout:      5 * time.Second,
		MinBackoff:   time.Minute,
		MaxBackoff:   time.Hour,
		FailingAfter: 3,
	}
}

func newEnv(t *testing.T, opt Options) *env {
	t.Helper()
	e := &env{t: t, file: filepath.Join(t.TempDir(), "test.db"), clock: &clock{now: time.Date(2024, 3, 6, 12, 0, 0, 0, time.UTC)}}
	opt.Now = e.clock.Now
	e.opt = opt
	e.open()
	t.Cleanup(func() { e.st.Close() })
	return e
}

// open opens the store and builds the poller, as a process start does.
func (e *env) open() {
	e.t.Helper()
	st, err := store.Open(context.Background(), "sqlite", e.file)
	if err != nil {
		e.t.Fatal(err)
	}
	e.st = st
	e.sink = &storeSink{st: st}
	e.p, err = New(st, e.sink, e.opt)
	if err != nil {
		e.t.Fatal(err)
	}
}

// restart closes the store and opens it again with a new poller.
func (e *env) restart() {
	e.st.Close()
	e.open()
}

func (e *env) add(url string) store.Feed {
	e.t.Helper()
	f, _, err := e.st.AddFeed(context.Background(), store.Feed{URL: url})
	if err != nil {
		e.t.Fatal(err)
	}
	return f
}

// poll runs one scheduled cycle (backoff respected) and returns the one
// feed's summary.
func (e *env) poll() Summary {
	e.t.Helper()
	sums, err := e.p.PollOnce(context.Background(), PollOptions{Backfill: -1})
	if err != nil {
		e.t.Fatal(err)
	}
	if len(sums) != 1 {
		e.t.Fatalf("%d summaries, want 1", len(sums))
	}
	return sums[0]
}

func (e *env) feed(url string) store.Feed {
	e.t.Helper()
	f, err := e.st.FeedByURL(context.Background(), url)
	if err != nil {
		e.t.Fatal(err)
	}
	return f
}

func (e *env) articleCount() int {
	e.t.Helper()
	n, err := e.st.CountArticles(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

// item is a feed item for rss().
type item struct {
	guid, link, title, desc, date string
}

// rss writes an RSS 2.0 document.
func rss(items ...item) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?>` + "\n<rss version=\"2.0\"><channel><title>Test feed</title><link>https://news.example.com/</link><description>test</description>\n")
	for _, it := range items {
		b.WriteString("<item>")
		if it.guid != "" {
			fmt.Fprintf(&b, `<guid isPermaLink="false">%s</guid>`, html.EscapeString(it.guid))
		}
		if it.link != "" {
			fmt.Fprintf(&b, "<link>%s</link>", html.EscapeString(it.link))
		}
		fmt.Fprintf(&b, "<title>%s</title><description>%s</description>", html.EscapeString(it.title), html.EscapeString(it.desc))
		if it.date != "" {
			fmt.Fprintf(&b, "<pubDate>%s</pubDate>", it.date)
		}
		b.WriteString("</item>\n")
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

// longText is a body long enough that no full-text fetch is made.
func longText(first string) string {
	return first + " " + strings.Repeat("Rescue workers searched the rubble through the night while families waited nearby for news. ", 8)
}

// server is an httptest server whose handler a test can swap.
type server struct {
	*httptest.Server
	mu       sync.Mutex
	handler  http.HandlerFunc
	requests []*http.Request
}

func newServer(t *testing.T, h http.HandlerFunc) *server {
	s := &server{handler: h}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.requests = append(s.requests, r.Clone(context.Background()))
		h := s.handler
		s.mu.Unlock()
		h(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *server) set(h http.HandlerFunc) {
	s.mu.Lock()
	s.handler = h
	s.mu.Unlock()
}

func (s *server) reqs() []*http.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*http.Request(nil), s.requests...)
}

func serveFeed(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		fmt.Fprint(w, body)
	}
}
