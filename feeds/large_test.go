package feeds

import (
	"fmt"
	"strings"
	"testing"
)

// A feed of 16,400 items (one past what a single SQLite query could look up
// by GUID and link) is stored, and seen as unchanged the next time.
func TestLargeFeedIsStored(t *testing.T) {
	const n = 16_400
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Archive</title>`)
	for i := range n {
		title := "Market report"
		if i%1000 == 0 {
			title = "Shelling near Idlib"
		}
		fmt.Fprintf(&b, "<item><guid>g%d</guid><link>https://news.example.com/%d</link><title>%s %d</title><description>Prices rose.</description></item>", i, i, title, i)
	}
	b.WriteString("</channel></rss>")
	srv := newServer(t, serveFeed(b.String()))
	opt := testOptions()
	opt.MaxBody = 64 << 20
	e := newEnv(t, opt)
	e.add(srv.URL)
	s := e.poll()
	if s.Status != "ok" || s.ItemErrors != 0 || s.Items != n || s.New != 17 || s.Irrelevant != n-17 {
		t.Fatalf("first poll: %+v", s)
	}
	if f := e.feed(srv.URL); f.ItemsSeen != n || f.ItemsRelevant != 17 || !f.FirstPollDone {
		t.Fatalf("feed: seen %d relevant %d first poll done %v", f.ItemsSeen, f.ItemsRelevant, f.FirstPollDone)
	}
	if s := e.poll(); s.Unchanged != n || s.ItemErrors != 0 {
		t.Fatalf("second poll: %+v", s)
	}
}
