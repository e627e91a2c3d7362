package feeds

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/ingest"
)

// ingestSink is the real pipeline (figures extracted, claims filed), as the
// daemon wires it.
type ingestSink struct{ p *ingest.Pipeline }

func (s ingestSink) Add(ctx context.Context, a articles.Article, live bool) (Added, error) {
	r, err := s.p.Add(ctx, a, ingest.Options{Live: live})
	return Added{ArticleID: r.ArticleID, Duplicate: r.Duplicate, Updated: r.Updated}, err
}

// A page that failed is fetched again on a later poll, with backoff, even
// while the feed answers 304; the stored article then gets the page's text
// and its figures.
func TestFullTextRetriedAfterFailedPageFetch(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Shelling hits Jisr al-Shughur</title></head><body>
<article><h1>Shelling hits Jisr al-Shughur</h1>
<p>Artillery shells struck a residential neighbourhood of Jisr al-Shughur in Idlib province on Monday, and four people were killed, local rescuers reported.</p>
<p>The rescuers said eleven more people were taken to hospital with shrapnel wounds, among them three children.</p>
<p>Residents said the shelling lasted for more than an hour before ambulances could reach the area.</p>
</article></body></html>`
	var pageUp atomic.Bool
	var pageHits atomic.Int32
	var srv *server
	srv = newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			fmt.Fprint(w, rss(item{guid: "p1", link: srv.URL + "/article/1", title: "Shelling in Idlib", desc: "Details soon."}))
		case "/article/1":
			pageHits.Add(1)
			if !pageUp.Load() {
				http.Error(w, "overloaded", http.StatusInternalServerError)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page)
		}
	})
	opt := testOptions()
	opt.FulltextBelow = 200
	e := newEnv(t, opt)
	e.p.sink = ingestSink{ingest.New(e.st, nil)}
	feedURL := srv.URL + "/feed"
	e.add(feedURL)
	ctx := context.Background()

	if s := e.poll(); s.New != 1 || s.FullTextFailed != 1 {
		t.Fatalf("first poll: %+v", s)
	}
	a, err := e.st.ArticleByURL(ctx, srv.URL+"/article/1")
	if err != nil || strings.Contains(a.Text, "eleven more") {
		t.Fatalf("article after the failed page: %v %q", err, a.Text)
	}
	retry := e.feed(feedURL).FullTextRetry
	if retry.IsZero() || retry.After(e.clock.Now().Add(opt.MinBackoff)) {
		t.Fatalf("retry at %v, want within %v of %v", retry, opt.MinBackoff, e.clock.Now())
	}

	// Not due yet: the feed's 304 stands, the page is left alone.
	if s := e.poll(); s.Status != "not modified" || pageHits.Load() != 1 {
		t.Fatalf("poll before the retry is due: %+v, %d page fetches", s, pageHits.Load())
	}
	// Due, and failing again: the feed is fetched whole, the wait doubles.
	e.clock.advance(opt.MinBackoff + time.Second)
	if s := e.poll(); s.Status != "ok" || s.FullTextFailed != 1 || pageHits.Load() != 2 {
		t.Fatalf("first retry: %+v, %d page fetches", s, pageHits.Load())
	}
	if reqs := srv.reqs(); reqs[len(reqs)-2].Header.Get("If-None-Match") != "" {
		t.Fatal("a due retry sent the feed's validators: a 304 would hide the item")
	}
	if f := e.feed(feedURL); f.FullTextRetry.Sub(e.clock.Now()) < opt.MinBackoff {
		t.Fatalf("second wait %v, want at least %v", f.FullTextRetry.Sub(e.clock.Now()), opt.MinBackoff)
	}

	pageUp.Store(true)
	e.clock.advance(2*opt.MinBackoff + time.Second)
	if s := e.poll(); s.FullText != 1 || s.Updated != 1 {
		t.Fatalf("successful retry: %+v", s)
	}
	a, err = e.st.ArticleByURL(ctx, srv.URL+"/article/1")
	if err != nil || !strings.Contains(a.Text, "eleven more people were taken to hospital") {
		t.Fatalf("article after the retry: %v %q", err, a.Text)
	}
	figs, err := e.st.Figures(ctx, a.ID)
	if err != nil || len(figs) == 0 {
		t.Fatalf("figures of the page not extracted: %v %+v", err, figs)
	}
	if f := e.feed(feedURL); !f.FullTextRetry.IsZero() {
		t.Fatalf("retry still pending after success: %v", f.FullTextRetry)
	}
	// Done: back to 304s and no page fetches.
	e.clock.advance(time.Hour)
	if s := e.poll(); s.Status != "not modified" || pageHits.Load() != 3 {
		t.Fatalf("poll after success: %+v, %d page fetches", s, pageHits.Load())
	}
}

// The attempts are bounded: a page that never answers is given up.
func TestFullTextRetryGivesUp(t *testing.T) {
	var pageHits atomic.Int32
	var srv *server
	srv = newServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed" {
			fmt.Fprint(w, rss(item{guid: "p1", link: srv.URL + "/gone", title: "Shelling in Idlib", desc: "Details soon."}))
			return
		}
		pageHits.Add(1)
		http.NotFound(w, r)
	})
	opt := testOptions()
	opt.FulltextBelow = 200
	e := newEnv(t, opt)
	e.add(srv.URL + "/feed")
	for range 2 * fullTextAttempts {
		e.poll()
		e.clock.advance(opt.MaxBackoff)
	}
	if n := pageHits.Load(); n != fullTextAttempts {
		t.Fatalf("%d page fetches, want %d", n, fullTextAttempts)
	}
	if f := e.feed(srv.URL + "/feed"); !f.FullTextRetry.IsZero() {
		t.Fatalf("retry pending after the last attempt: %v", f.FullTextRetry)
	}
}
