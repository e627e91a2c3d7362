package feeds

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"sync"
	"testing"
	"time"
)

// fakeProxy is a forward proxy on loopback that answers every plain-HTTP
// request itself (as if from the target) and refuses CONNECT, recording
// what it was asked for.
type fakeProxy struct {
	*httptest.Server
	mu   sync.Mutex
	seen []string
}

func newFakeProxy(t *testing.T, answer http.HandlerFunc) *fakeProxy {
	p := &fakeProxy{}
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		if r.Method == http.MethodConnect {
			p.seen = append(p.seen, "CONNECT "+r.Host)
		} else {
			p.seen = append(p.seen, r.URL.String())
		}
		p.mu.Unlock()
		if r.Method == http.MethodConnect {
			http.Error(w, "no tunnels here", http.StatusForbidden)
			return
		}
		answer(w, r)
	}))
	t.Cleanup(p.Close)
	return p
}

func (p *fakeProxy) requests() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.seen...)
}

// Feeds go through HTTP_PROXY/HTTPS_PROXY, minus NO_PROXY; the proxy itself
// sits on loopback and is reached, while the address check still refuses
// targets behind it that are not public.
func TestFetchThroughProxy(t *testing.T) {
	proxy := newFakeProxy(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/moved" {
			http.Redirect(w, r, "http://10.1.2.3/feed", http.StatusFound)
			return
		}
		fmt.Fprint(w, idlibFeed)
	})
	t.Setenv("HTTP_PROXY", proxy.URL)
	t.Setenv("HTTPS_PROXY", proxy.URL)
	t.Setenv("NO_PROXY", "203.0.113.7,no-proxy.example")
	for _, k := range []string{"http_proxy", "https_proxy", "no_proxy", "REQUEST_METHOD"} {
		t.Setenv(k, "")
	}
	opt := testOptions()
	opt.AllowPrivate = false
	opt.Timeout = 2 * time.Second
	f := NewFetcher(opt)
	f.lookup = func(_ context.Context, _, host string) ([]netip.Addr, error) {
		switch host {
		case "feeds.example.com":
			return []netip.Addr{netip.MustParseAddr("93.184.216.34")}, nil
		case "intranet.example.com":
			return []netip.Addr{netip.MustParseAddr("93.184.216.34"), netip.MustParseAddr("10.0.0.8")}, nil
		}
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	ctx := context.Background()

	tests := []struct {
		name, url string
		want      error  // nil: fetched
		seen      string // what the proxy was asked, "" for nothing
	}{
		{"public name through the proxy", "http://feeds.example.com/rss", nil, "http://feeds.example.com/rss"},
		{"public address through the proxy", "http://93.184.216.34/rss", nil, "http://93.184.216.34/rss"},
		{"https tunnels through HTTPS_PROXY", "https://feeds.example.com/rss", errAny, "CONNECT feeds.example.com:443"},
		{"name resolving to a private address", "http://intranet.example.com/rss", ErrPrivateAddress, ""},
		{"literal documentation address", "http://192.0.2.1/rss", ErrPrivateAddress, ""},
		{"redirect behind the proxy to a private address", "http://feeds.example.com/moved", ErrPrivateAddress, "http://feeds.example.com/moved"},
		{"name that does not resolve", "http://nowhere.example.com/rss", errAny, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(proxy.requests())
			resp, err := f.Fetch(ctx, tt.url, acceptFeed, Conditional{})
			switch {
			case tt.want == nil && (err != nil || !containsIdlib(resp)):
				t.Fatalf("Fetch(%s) = %v", tt.url, err)
			case tt.want == errAny && err == nil, tt.want != nil && tt.want != errAny && !errors.Is(err, tt.want):
				t.Fatalf("Fetch(%s) = %v, want %v", tt.url, err, tt.want)
			}
			got := proxy.requests()[before:]
			if tt.seen == "" && len(got) != 0 || tt.seen != "" && (len(got) != 1 || got[0] != tt.seen) {
				t.Fatalf("proxy asked %q, want %q", got, tt.seen)
			}
		})
	}

	// NO_PROXY: the direct connection is subject to the dial check; with
	// allow_private it is tried directly (a documentation address: it goes
	// nowhere), never through the proxy.
	before := len(proxy.requests())
	if _, err := f.Fetch(ctx, "http://no-proxy.example/rss", acceptFeed, Conditional{}); err == nil {
		t.Fatal("direct fetch of an unresolvable host worked")
	}
	opt.AllowPrivate = true
	opt.Timeout = 200 * time.Millisecond
	if _, err := NewFetcher(opt).Fetch(ctx, "http://203.0.113.7/rss", acceptFeed, Conditional{}); err == nil {
		t.Fatal("direct fetch of a documentation address worked")
	}
	if got := proxy.requests()[before:]; len(got) != 0 {
		t.Fatalf("NO_PROXY hosts went through the proxy: %q", got)
	}
}

var errAny = errors.New("any error")

func containsIdlib(r *Response) bool {
	return r != nil && len(r.Body) > 0 && string(r.Body) == idlibFeed
}
