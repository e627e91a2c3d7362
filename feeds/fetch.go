package feeds

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/net/http/httpproxy"
)

// Errors a fetch can end with; FetchError wraps one of them.
var (
	ErrPrivateAddress   = errors.New("address is not public: loopback, private, link-local, cloud metadata, documentation or another special-purpose range (set network.allow_private to allow)")
	ErrScheme           = errors.New("only http and https URLs can be fetched")
	ErrTooLarge         = errors.New("response body larger than the limit")
	ErrTooManyRedirects = errors.New("too many redirects")
	ErrTimeout          = errors.New("timed out")
	ErrHTTPStatus       = errors.New("unexpected HTTP status")
	ErrBotProtection    = errors.New("looks like a bot-protection page")
	ErrNotFeed          = errors.New("not a feed")
	ErrParse            = errors.New("cannot parse the feed")
)

// FetchError says why a fetch or parse failed, in words fit for `feeds list`
// and the ops channel.
type FetchError struct {
	URL        string
	Status     int           // HTTP status, 0 when there was no response
	RetryAfter time.Duration // from a 429 or 503
	Err        error
}

func (e *FetchError) Error() string { return e.Reason() }
func (e *FetchError) Unwrap() error { return e.Err }

// Reason is the short explanation: "HTTP 503 Service Unavailable", "timed
// out", "TLS: certificate has expired", "looks like a bot-protection page".
func (e *FetchError) Reason() string {
	if e.Status != 0 && errors.Is(e.Err, ErrHTTPStatus) {
		s := fmt.Sprintf("HTTP %d %s", e.Status, http.StatusText(e.Status))
		if e.RetryAfter > 0 {
			s += fmt.Sprintf(" (retry after %s)", e.RetryAfter.Round(time.Second))
		}
		return s
	}
	return e.Err.Error()
}

// Response is a fetched document.
type Response struct {
	URL          string // after redirects
	Status       int
	NotModified  bool
	Body         []byte // decompressed
	ContentType  string
	ETag         string
	LastModified string
	MaxAge       time.Duration // from Cache-Control, 0 when absent
	// MovedTo is the final URL when every redirect on the way was
	// permanent (301, 308): the URL to use from now on.
	MovedTo string
}

// redirectsKey carries a fetch's redirect record through its request
// context, and the proxy its current request goes through, which is the one
// address dialled without the address check.
type redirectsKey struct{}

type redirects struct {
	permanent, any bool
	proxy          string // host:port, "" when direct
}

// Fetcher does the HTTP of feeds and article pages with the same limits and
// address rules, under a global and a per-host concurrency limit.
type Fetcher struct {
	opt    Options
	client *http.Client
	global chan struct{}

	mu    sync.Mutex
	hosts map[string]*hostSlots

	// lookup resolves a host sent through a proxy (tests replace it).
	lookup func(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// checkProxiedHost applies the address check to a host reached through a
// proxy: every address its name resolves to here must be public. A name
// that does not resolve here is refused too, as it would be without a
// proxy; the proxy's own view of DNS cannot be checked.
func (f *Fetcher) checkProxiedHost(ctx context.Context, host string) error {
	if f.opt.AllowPrivate {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil {
		if !publicIP(ip) {
			return fmt.Errorf("%s: %w", host, ErrPrivateAddress)
		}
		return nil
	}
	addrs, err := f.lookup(ctx, "ip", host)
	if err != nil {
		return fmt.Errorf("resolve %s before asking the proxy: %w", host, err)
	}
	for _, a := range addrs {
		if !publicAddr(a) {
			return fmt.Errorf("%s resolves to %s: %w", host, a, ErrPrivateAddress)
		}
	}
	return nil
}

// proxyAddr is the host:port the transport dials for proxy u.
func proxyAddr(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443", "socks5": "1080", "socks5h": "1080"}[u.Scheme]
	}
	return net.JoinHostPort(u.Hostname(), port)
}

// hostSlots bound the requests in flight to one host. wave counts the
// requests started since the host was last idle: only the first PerHost of
// them are jittered, which spreads the start of a burst; after that the
// slots themselves pace the requests, and a wait would only add up (1,000
// feeds on one host at 16 in flight: +1.6 s per cycle).
type hostSlots struct {
	slots chan struct{}
	wave  int
}

// NewFetcher returns a Fetcher; only Options' network fields matter to it.
// It goes through the proxy that HTTPS_PROXY, HTTP_PROXY and NO_PROXY (read
// now) name, with the address check applied to the host behind the proxy.
func NewFetcher(opt Options) *Fetcher {
	opt = opt.withDefaults()
	f := &Fetcher{
		opt:    opt,
		global: make(chan struct{}, opt.Workers),
		hosts:  map[string]*hostSlots{},
		lookup: net.DefaultResolver.LookupNetIP,
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	checked := *dialer
	if !opt.AllowPrivate {
		// Checked on the address actually dialled, after DNS: a public name
		// that resolves (or rebinds) to 127.0.0.1 is refused all the same.
		checked.ControlContext = func(_ context.Context, network, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			if ip := net.ParseIP(host); ip == nil || !publicIP(ip) {
				return fmt.Errorf("dial %s: %w", address, ErrPrivateAddress)
			}
			return nil
		}
	}
	proxyFor := httpproxy.FromEnvironment().ProxyFunc()
	transport := &http.Transport{
		Proxy: func(req *http.Request) (*url.URL, error) {
			rd, _ := req.Context().Value(redirectsKey{}).(*redirects)
			if rd != nil {
				rd.proxy = ""
			}
			pu, err := proxyFor(req.URL)
			if err != nil || pu == nil {
				return nil, err
			}
			// The dial goes to the proxy (often on a private address), so
			// the target is checked here, on what its name resolves to.
			if err := f.checkProxiedHost(req.Context(), req.URL.Hostname()); err != nil {
				return nil, err
			}
			if rd != nil {
				rd.proxy = proxyAddr(pu)
			}
			return pu, nil
		},
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			if rd, _ := ctx.Value(redirectsKey{}).(*redirects); rd != nil && rd.proxy != "" && rd.proxy == addr {
				return dialer.DialContext(ctx, network, addr) // this request's proxy
			}
			return checked.DialContext(ctx, network, addr)
		},
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   opt.PerHost,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opt.Timeout,
		DisableCompression:    true, // we ask for gzip and limit what it inflates to
	}
	f.client = &http.Client{
		Transport: transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if opt.MaxRedirects < 0 || len(via) > opt.MaxRedirects {
				return ErrTooManyRedirects
			}
			if rd, ok := req.Context().Value(redirectsKey{}).(*redirects); ok && req.Response != nil {
				code := req.Response.StatusCode
				rd.permanent = (!rd.any || rd.permanent) && (code == http.StatusMovedPermanently || code == http.StatusPermanentRedirect)
				rd.any = true
			}
			return checkURL(req.URL, opt.AllowPrivate)
		},
	}
	return f
}

// CloseIdle closes idle connections.
func (f *Fetcher) CloseIdle() { f.client.CloseIdleConnections() }

// Conditional carries the validators of a conditional GET.
type Conditional struct {
	ETag         string
	LastModified string
}

// Fetch gets rawURL, waiting first for a slot of its host and then a global
// one. accept is the Accept header. A 304 is a Response with NotModified;
// any other non-2xx status is a *FetchError, as is every failure.
func (f *Fetcher) Fetch(ctx context.Context, rawURL, accept string, cond Conditional) (*Response, error) {
	fail := func(status int, err error) (*Response, error) {
		return nil, &FetchError{URL: rawURL, Status: status, Err: err}
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return fail(0, fmt.Errorf("bad URL: %w", err))
	}
	if err := checkURL(u, f.opt.AllowPrivate); err != nil {
		return fail(0, err)
	}
	release, err := f.acquire(ctx, u.Hostname())
	if err != nil {
		return fail(0, err)
	}
	defer release()

	ctx, cancel := context.WithTimeout(ctx, f.opt.Timeout)
	defer cancel()
	rd := &redirects{}
	ctx = context.WithValue(ctx, redirectsKey{}, rd)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return fail(0, err)
	}
	req.Header.Set("User-Agent", f.opt.UserAgent)
	req.Header.Set("Accept", accept)
	req.Header.Set("Accept-Encoding", "gzip")
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return fail(0, classify(ctx, err))
	}
	defer resp.Body.Close()
	out := &Response{
		URL:          resp.Request.URL.String(),
		Status:       resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		MaxAge:       maxAge(resp.Header.Get("Cache-Control")),
	}
	if rd.any && rd.permanent && out.URL != rawURL {
		out.MovedTo = out.URL
	}
	if resp.StatusCode == http.StatusNotModified {
		out.NotModified = true
		if out.ETag == "" {
			out.ETag = cond.ETag
		}
		if out.LastModified == "" {
			out.LastModified = cond.LastModified
		}
		return out, nil
	}
	body, readErr := f.readBody(resp)
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		fe := &FetchError{URL: rawURL, Status: resp.StatusCode, Err: ErrHTTPStatus}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
			fe.RetryAfter = retryAfter(resp.Header.Get("Retry-After"), f.opt.Now())
		}
		if readErr == nil && looksLikeBotProtection(resp.StatusCode, resp.Header, body) {
			fe.Err = ErrBotProtection
		}
		return nil, fe
	}
	if readErr != nil {
		return fail(resp.StatusCode, classify(ctx, readErr))
	}
	out.Body = body
	return out, nil
}

// readBody reads the body, inflating gzip, and refuses more than MaxBody
// bytes either before or after inflating (a gzip bomb).
func (f *Fetcher) readBody(resp *http.Response) ([]byte, error) {
	limit := f.opt.MaxBody
	if resp.ContentLength > limit {
		return nil, fmt.Errorf("%w (%d bytes announced, limit %d)", ErrTooLarge, resp.ContentLength, limit)
	}
	var r io.Reader = io.LimitReader(resp.Body, limit+1)
	if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("read gzip body: %w", err)
		}
		defer zr.Close()
		r = zr
	}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, limit+1))
	if n > limit {
		return nil, fmt.Errorf("%w (limit %d bytes)", ErrTooLarge, limit)
	}
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	return buf.Bytes(), nil
}

// acquire waits for a slot of host, then a global one, so that a worker never
// holds a global slot while it queues for a busy host. The jitter between the
// two spreads the first requests of a burst to one host.
func (f *Fetcher) acquire(ctx context.Context, host string) (func(), error) {
	f.mu.Lock()
	hs, ok := f.hosts[host]
	if !ok {
		hs = &hostSlots{slots: make(chan struct{}, f.opt.PerHost)}
		f.hosts[host] = hs
	}
	f.mu.Unlock()
	select {
	case hs.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	releaseHost := func() {
		f.mu.Lock()
		<-hs.slots
		if len(hs.slots) == 0 {
			hs.wave = 0 // idle: the next request starts a new burst
		}
		f.mu.Unlock()
	}
	f.mu.Lock()
	jitter := f.opt.HostJitter > 0 && hs.wave < f.opt.PerHost
	hs.wave++
	f.mu.Unlock()
	if jitter {
		t := time.NewTimer(rand.N(f.opt.HostJitter))
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			releaseHost()
			return nil, ctx.Err()
		}
	}
	select {
	case f.global <- struct{}{}:
	case <-ctx.Done():
		releaseHost()
		return nil, ctx.Err()
	}
	return func() { <-f.global; releaseHost() }, nil
}

// checkURL refuses schemes other than http(s) and, unless allowed, literal
// private addresses (names are checked when dialled).
func checkURL(u *url.URL, allowPrivate bool) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w (got %q)", ErrScheme, u.Scheme)
	}
	if u.Host == "" {
		return errors.New("URL has no host")
	}
	if allowPrivate {
		return nil
	}
	if ip := net.ParseIP(u.Hostname()); ip != nil && !publicIP(ip) {
		return fmt.Errorf("%s: %w", u.Hostname(), ErrPrivateAddress)
	}
	return nil
}

// classify turns a transport error into one with a plain reason.
func classify(ctx context.Context, err error) error {
	var (
		certErr    *tls.CertificateVerificationError
		unknownErr x509.UnknownAuthorityError
		hostErr    x509.HostnameError
		invalidErr x509.CertificateInvalidError
		recErr     tls.RecordHeaderError
		dnsErr     *net.DNSError
	)
	var opErr *net.OpError
	switch {
	case errors.Is(err, ErrPrivateAddress) && errors.As(err, &opErr) && opErr.Addr != nil:
		return fmt.Errorf("%s: %w", opErr.Addr, ErrPrivateAddress) // the address the name resolved to
	case errors.Is(err, ErrPrivateAddress), errors.Is(err, ErrTooManyRedirects), errors.Is(err, ErrScheme), errors.Is(err, ErrTooLarge):
		return unwrapURLError(err) // already plain; the url.Error would repeat the URL
	case errors.Is(err, context.DeadlineExceeded) || ctx.Err() == context.DeadlineExceeded:
		return ErrTimeout
	case errors.As(err, &certErr), errors.As(err, &unknownErr), errors.As(err, &hostErr), errors.As(err, &invalidErr):
		return fmt.Errorf("TLS: %w", unwrapURLError(err))
	case errors.As(err, &recErr):
		return fmt.Errorf("TLS: server did not answer with TLS: %w", err)
	case errors.As(err, &dnsErr):
		if dnsErr.IsNotFound {
			return fmt.Errorf("DNS: no such host %s", dnsErr.Name)
		}
		return fmt.Errorf("DNS: %w", dnsErr)
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return ErrTimeout
	}
	return unwrapURLError(err)
}

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil && n > 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// maxAge reads max-age from a Cache-Control header; no-cache and no-store
// mean 0.
func maxAge(cc string) time.Duration {
	var age time.Duration
	for part := range strings.SplitSeq(cc, ",") {
		part = strings.ToLower(strings.TrimSpace(part))
		if part == "no-cache" || part == "no-store" {
			return 0
		}
		if v, ok := strings.CutPrefix(part, "max-age="); ok {
			if n, err := strconv.Atoi(strings.Trim(v, `"`)); err == nil && n > 0 {
				age = time.Duration(n) * time.Second
			}
		}
	}
	return age
}

// looksLikeBotProtection recognizes the challenge pages of Cloudflare and
// the like, which answer a feed reader with HTML instead of the feed.
func looksLikeBotProtection(status int, h http.Header, body []byte) bool {
	if h.Get("Cf-Mitigated") == "challenge" {
		return true
	}
	head := body
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	lower := bytes.ToLower(head)
	if !bytes.Contains(lower, []byte("<html")) && !bytes.Contains(lower, []byte("<!doctype html")) {
		return false
	}
	for _, m := range botMarkers {
		if bytes.Contains(lower, []byte(m)) {
			return true
		}
	}
	return (status == 403 || status == 503) && strings.Contains(strings.ToLower(h.Get("Server")), "cloudflare")
}

var botMarkers = []string{
	"cf-browser-verification", "challenge-platform", "cf_chl_", "just a moment...",
	"attention required! | cloudflare", "checking your browser", "ddos protection by",
	"_incapsula_resource", "captcha", "please enable javascript and cookies", "px-captcha",
	"are you a robot", "verify you are human", "sucuri website firewall",
}
