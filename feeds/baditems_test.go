package feeds

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// One unreadable item is left out with a count; the rest of the document is
// read.
func TestBadItemIsSkippedNotTheFeed(t *testing.T) {
	tests := []struct {
		name, doc string
	}{
		{"json feed, wrongly typed title", `{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[
			{"id":"1","url":"https://n.example/1","title":"Shelling near Idlib"},
			{"id":"2","url":"https://n.example/2","title":5},
			{"id":"3","url":"https://n.example/3","title":"Strike on Ariha"}]}`},
		{"json feed, item not an object", `{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[
			{"id":"1","url":"https://n.example/1","title":"Shelling near Idlib"},
			"nonsense",
			{"id":"3","url":"https://n.example/3","title":"Strike on Ariha"}]}`},
		{"rss, bare < in one item's title", `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
			<item><guid>1</guid><title>Shelling near Idlib</title></item>
			<item><guid>2</guid><title>Toll < 10</title></item>
			<item><guid>3</guid><title>Strike on Ariha</title></item>
			</channel></rss>`},
		{"atom, NUL character reference in one entry", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
			<entry><id>1</id><title>Shelling near Idlib</title></entry>
			<entry><id>2</id><title>Broken &#0; title</title></entry>
			<entry><id>3</id><title>Strike on Ariha</title></entry>
			</feed>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse([]byte(tt.doc), "", "https://n.example/feed")
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			var titles []string
			for _, it := range f.Items {
				titles = append(titles, it.Title)
			}
			if f.Title != "T" || f.Skipped != 1 || strings.Join(titles, "|") != "Shelling near Idlib|Strike on Ariha" {
				t.Fatalf("title %q, skipped %d, items %q", f.Title, f.Skipped, titles)
			}
		})
	}
	// A document broken outside its items is still an error.
	if _, err := Parse([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T < U</title><item><title>a</title></item></channel></rss>`), "", ""); err == nil {
		t.Error("a document broken outside its items parsed")
	}
	// gofeed reads an unclosed tag leniently, and used to swallow the items
	// after it into the broken one: each item is now read on its own.
	f, err := Parse([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
		<item><guid>1</guid><title>Shelling near Idlib</title></item>
		<item><guid>2</guid><title>Broken</b></title><description><p>unclosed</description></item>
		<item><guid>3</guid><title>Strike on Ariha</title></item>
		</channel></rss>`), "", "")
	if err != nil || len(f.Items) != 3 || f.Items[2].GUID != "3" || f.Items[2].Title != "Strike on Ariha" {
		t.Errorf("items after an unclosed tag: %v %+v", err, f)
	}
}

// The poll stores the readable items, says how many were skipped, and keeps
// the feed's validators: the bad item does not make every poll fetch the
// whole feed again.
func TestPollSkipsBadItem(t *testing.T) {
	doc := `{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[
		{"id":"1","url":"https://n.example/1","title":"Shelling near Idlib","content_text":"` + longText("Two killed.") + `"},
		{"id":"2","url":"https://n.example/2","title":["Strike on Ariha"]}]}`
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/feed+json")
		fmt.Fprint(w, doc)
	})
	e := newEnv(t, testOptions())
	e.add(srv.URL)
	s := e.poll()
	if s.Status != "ok" || s.New != 1 || s.Skipped != 1 || !strings.Contains(s.String(), "1 unreadable items skipped") {
		t.Fatalf("poll: %+v", s)
	}
	if s := e.poll(); s.Status != "not modified" {
		t.Fatalf("second poll: %+v", s)
	}
}
