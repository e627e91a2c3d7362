package feeds

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// peakHeap runs fn and returns the most heap it held above what was in use
// before, sampled every 100µs (runtime/metrics, no stop-the-world). The
// collector runs at GOGC=10 meanwhile, so that the figure is what fn keeps
// reachable rather than how much garbage the pacer lets pile up.
func peakHeap(fn func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	base := read()
	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(100 * time.Microsecond)
		defer t.Stop()
		for {
			if v := read(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	})
	fn()
	close(stop)
	wg.Wait()
	if v := read(); v > peak.Load() {
		peak.Store(v)
	}
	if peak.Load() < base {
		return 0
	}
	return peak.Load() - base
}

// hostileFeed is a document built to make a parser's memory explode, and
// what Parse must make of it.
type hostileFeed struct {
	doc     func() string // built in its subtest, so that the others are not live meanwhile
	refused bool          // an error (errLimit or a parse error); else parsed
	skipped int           // items left out, when parsed
}

func hostileFeeds() map[string]hostileFeed {
	const n = 1_000_000
	rss := func(ns, items string) string {
		return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"` + ns + `><channel><title>t</title>` + items + `</channel></rss>`
	}
	good := `<item><guid>ok</guid><title>Shelling near Idlib</title></item>`
	return map[string]hostileFeed{
		// 7 MB, 10⁶ nested elements: the document of the issue.
		"nested": {doc: func() string { return rss("", "<item>"+strings.Repeat("<a>", n)+strings.Repeat("</a>", n)+"</item>") }, refused: true},
		// Namespaced elements become gofeed extensions, a map each.
		"nested-extensions": {doc: func() string {
			return rss(` xmlns:x="urn:x"`, "<item>"+strings.Repeat("<x:a>", n/2)+strings.Repeat("</x:a>", n/2)+"</item>")
		}, refused: true},
		"flat-extensions": {doc: func() string {
			return rss(` xmlns:x="urn:x"`, good+"<item>"+strings.Repeat("<x:a>1</x:a>", n/2)+"</item>")
		}, skipped: 1},
		"channel-elements": {doc: func() string { return rss(` xmlns:x="urn:x"`, strings.Repeat("<x:a>1</x:a>", n/2)+good) }, refused: true},
		"many-items":       {doc: func() string { return rss("", strings.Repeat("<item><title>a</title></item>", 300_000)) }, refused: true},
		"huge-text": {doc: func() string {
			return rss("", good+"<item><title>Idlib</title><description>"+strings.Repeat("&lt;b&gt;", n)+"</description></item>")
		}, skipped: 1},
		"json-nested": {doc: func() string {
			return `{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","_x":` + strings.Repeat("[", n) + strings.Repeat("]", n) + `}]}`
		}, refused: true},
		"json-items": {doc: func() string {
			return `{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[` + strings.Repeat(`{"id":"1"},`, 600_000) + `{"id":"2"}]}`
		}, refused: true},
		"json-huge-item": {doc: func() string {
			return `{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"ok","title":"Idlib"},{"id":"2","content_text":"` + strings.Repeat("x", 3<<20) + `"}]}`
		}, skipped: 1},
	}
}

// Peak heap while parsing hostile documents of 2 to 9 MB stays under 32 MiB
// (before the limits, at the same GOGC=10: 84 MiB for the nested one, 453
// MiB with namespaced elements, 325 MiB for 600,000 JSON items).
func TestHostileFeedMemoryIsBounded(t *testing.T) {
	const bound = 32 << 20
	for name, h := range hostileFeeds() {
		t.Run(name, func(t *testing.T) {
			body := []byte(h.doc())
			var f *Feed
			var err error
			peak := peakHeap(func() { f, err = Parse(body, "", "https://example.org/feed") })
			t.Logf("%.1f MB document: peak heap %.1f MiB, err %v", float64(len(body))/1e6, float64(peak)/(1<<20), err)
			if peak > bound {
				t.Errorf("peak heap %.1f MiB, want under %d MiB", float64(peak)/(1<<20), bound>>20)
			}
			switch {
			case h.refused && err == nil:
				t.Errorf("parsed, want refused")
			case !h.refused && err != nil:
				t.Errorf("refused: %v", err)
			case !h.refused && (f.Skipped != h.skipped || len(f.Items) != 1 || f.Items[0].GUID != "ok"):
				t.Errorf("skipped %d, %d items; want %d skipped and the good item", f.Skipped, len(f.Items), h.skipped)
			}
		})
	}
}

// A large honest feed (40,000 items, 9 MB) is not refused, and costs a
// bounded multiple of its size (29 MiB; 43 MiB before the limits).
func TestLargeHonestFeedParses(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Archive</title>`)
	for i := range 40_000 {
		fmt.Fprintf(&b, `<item><guid>g%d</guid><link>https://news.example.com/%d</link><title>Report %d</title><description>&lt;p&gt;Rescuers said %d people were hurt in shelling on a village near Idlib.&lt;/p&gt;</description><pubDate>Tue, 05 Mar 2024 10:00:00 +0000</pubDate></item>`, i, i, i, i)
	}
	b.WriteString(`</channel></rss>`)
	body := []byte(b.String())
	var f *Feed
	var err error
	peak := peakHeap(func() { f, err = Parse(body, "", "https://news.example.com/feed") })
	t.Logf("%.1f MB document: peak heap %.1f MiB", float64(len(body))/1e6, float64(peak)/(1<<20))
	if err != nil || len(f.Items) != 40_000 || f.Skipped != 0 || f.Items[39_999].GUID != "g39999" {
		t.Fatalf("Parse: %v", err)
	}
	if peak > 64<<20 {
		t.Errorf("peak heap %.1f MiB, want under 64 MiB", float64(peak)/(1<<20))
	}
}
