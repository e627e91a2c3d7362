package feeds

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// feedTypes are the link types of feeds, best first.
var feedTypes = []string{"application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml", "text/xml", "application/xml"}

// DiscoverLinks returns the feeds an HTML page advertises with
// <link rel="alternate" type="application/rss+xml" href="…">, resolved
// against pageURL, best type first.
func DiscoverLinks(page []byte, pageURL string) []string {
	base, _ := url.Parse(pageURL)
	found := map[string][]string{}
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		if tok.DataAtom == atom.Base {
			for _, a := range tok.Attr {
				if a.Key == "href" {
					if u, err := url.Parse(strings.TrimSpace(a.Val)); err == nil && base != nil {
						base = base.ResolveReference(u)
					}
				}
			}
		}
		if tok.DataAtom == atom.Body {
			break // feeds are advertised in the head
		}
		if tok.DataAtom != atom.Link {
			continue
		}
		var rel, typ, href string
		for _, a := range tok.Attr {
			switch a.Key {
			case "rel":
				rel = strings.ToLower(a.Val)
			case "type":
				typ = strings.ToLower(strings.TrimSpace(a.Val))
			case "href":
				href = strings.TrimSpace(a.Val)
			}
		}
		if href == "" || !strings.Contains(" "+rel+" ", " alternate ") {
			continue
		}
		typ, _, _ = strings.Cut(typ, ";")
		found[typ] = append(found[typ], resolve(base, href))
	}
	var out []string
	seen := map[string]bool{}
	for _, t := range feedTypes {
		for _, u := range found[t] {
			if !seen[u] {
				seen[u] = true
				out = append(out, u)
			}
		}
	}
	return out
}

// ErrNoFeedFound is returned by Discover for a page that advertises no feed.
var ErrNoFeedFound = errors.New("no feed found: the page is not a feed and links to no RSS, Atom or JSON feed")

// Discovered is a feed found by Discover.
type Discovered struct {
	URL   string
	Title string
	Items int
}

// Discover checks that rawURL is a feed, or finds the feed the page at
// rawURL advertises, and returns it parsed. The same limits and address
// rules apply as to polling.
func (f *Fetcher) Discover(ctx context.Context, rawURL string) (Discovered, error) {
	resp, err := f.Fetch(ctx, rawURL, acceptFeed, Conditional{})
	if err != nil {
		return Discovered{}, err
	}
	doc, err := Parse(resp.Body, resp.ContentType, resp.URL)
	if err == nil {
		return Discovered{URL: rawURL, Title: doc.Title, Items: len(doc.Items)}, nil
	}
	if !errors.Is(err, ErrNotFeed) {
		return Discovered{}, &FetchError{URL: rawURL, Status: resp.Status, Err: err}
	}
	links := DiscoverLinks(resp.Body, resp.URL)
	if len(links) == 0 {
		return Discovered{}, ErrNoFeedFound
	}
	var errs []error
	for _, l := range links {
		r, err := f.Fetch(ctx, l, acceptFeed, Conditional{})
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", l, err))
			continue
		}
		doc, err := Parse(r.Body, r.ContentType, r.URL)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", l, err))
			continue
		}
		return Discovered{URL: l, Title: doc.Title, Items: len(doc.Items)}, nil
	}
	return Discovered{}, fmt.Errorf("the page links to feeds, but none could be read: %w", errors.Join(errs...))
}
