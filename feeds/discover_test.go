package feeds

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
)

func TestDiscoverLinks(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{"rss and atom, relative", `<html><head>
<link rel="stylesheet" href="/s.css">
<link rel="alternate" type="application/atom+xml" title="Atom" href="/atom.xml">
<link rel="alternate" type="application/rss+xml" title="RSS" href="feed/">
<link rel="alternate" hreflang="ar" href="/ar/">
</head><body><link rel="alternate" type="application/rss+xml" href="/in-body.xml"></body></html>`,
			[]string{"https://site.example.com/news/feed/", "https://site.example.com/atom.xml"}},
		{"base element and JSON feed", `<html><head><base href="https://cdn.example.net/x/">
<link rel="alternate" type="application/feed+json" href="feed.json"></head></html>`,
			[]string{"https://cdn.example.net/x/feed.json"}},
		{"type with parameters, rel list", `<head><link rel="Alternate Feed" type="application/rss+xml; charset=utf-8" href="https://other.example.org/rss"></head>`,
			[]string{"https://other.example.org/rss"}},
		{"none", `<html><head><title>x</title></head><body>no feeds</body></html>`, nil},
	}
	for _, tt := range tests {
		got := DiscoverLinks([]byte(tt.page), "https://site.example.com/news/")
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: DiscoverLinks = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestDiscover(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			fmt.Fprint(w, idlibFeed)
		case "/page":
			fmt.Fprint(w, `<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/broken.xml"><link rel="alternate" type="application/atom+xml" href="/feed.xml"></head><body></body></html>`)
		case "/broken.xml":
			http.Error(w, "gone", http.StatusGone)
		case "/nofeed":
			fmt.Fprint(w, `<!DOCTYPE html><html><head><title>x</title></head><body></body></html>`)
		default:
			http.NotFound(w, r)
		}
	})
	f := NewFetcher(testOptions())
	tests := []struct {
		path, want string
		err        error
	}{
		{"/feed.xml", srv.URL + "/feed.xml", nil},
		{"/page", srv.URL + "/feed.xml", nil}, // the first advertised feed is broken: the next one
		{"/nofeed", "", ErrNoFeedFound},
		{"/missing", "", ErrHTTPStatus},
	}
	for _, tt := range tests {
		d, err := f.Discover(context.Background(), srv.URL+tt.path)
		if !errors.Is(err, tt.err) || d.URL != tt.want {
			t.Errorf("Discover(%s) = %+v, %v; want %s, %v", tt.path, d, err, tt.want, tt.err)
		}
		if tt.err == nil && (d.Title != "Test feed" || d.Items != 2) {
			t.Errorf("Discover(%s) = %+v", tt.path, d)
		}
	}
}

func TestOPMLRoundTrip(t *testing.T) {
	in := []Outline{
		{URL: "https://a.example.com/rss", Title: "Wire A", SiteURL: "https://a.example.com/"},
		{URL: "https://b.example.com/feed?x=1&y=2", Title: "عنب بلدي"},
		{URL: "https://c.example.com/atom.xml"},
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, "idlibwatch feeds", in); err != nil {
		t.Fatal(err)
	}
	out, err := ReadOPML(&buf)
	if err != nil {
		t.Fatal(err)
	}
	// An outline without a title reads back with its URL as text.
	in[2].Title = in[2].URL
	if !slices.Equal(out, in) {
		t.Fatalf("round trip:\n got %+v\nwant %+v", out, in)
	}

	// Folders are flattened; an OPML from another reader, in another encoding.
	nested := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<opml version=\"1.0\"><head><title>Subscriptions</title></head><body>" +
		"<outline text=\"News\"><outline text=\"R\xe9gion\" type=\"rss\" xmlUrl=\"https://r.example.fr/rss\" htmlUrl=\"https://r.example.fr/\"/>" +
		"<outline text=\"Deeper\"><outline title=\"Deep\" text=\"ignored\" xmlUrl=\"https://d.example.com/rss\"/></outline></outline>" +
		"<outline text=\"Top\" xmlUrl=\"https://t.example.com/rss\"/></body></opml>"
	got, err := ReadOPML(strings.NewReader(nested))
	want := []Outline{{URL: "https://r.example.fr/rss", Title: "Région", SiteURL: "https://r.example.fr/"}, {URL: "https://d.example.com/rss", Title: "Deep"}, {URL: "https://t.example.com/rss", Title: "Top"}}
	if err != nil || !slices.Equal(got, want) {
		t.Fatalf("nested OPML = %+v, %v; want %+v", got, err, want)
	}
	if _, err := ReadOPML(strings.NewReader("not xml at all")); err == nil {
		t.Fatal("garbage accepted as OPML")
	}
}
