// Package articles holds the article: what feeds and imports produce and
// every later stage reads. It also owns reading an article from a file (the
// corpus seed format, plain text, HTML) and the identity helpers (content
// hash, canonical URL) that tell one article from another.
package articles

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode"
)

// Article is one news report.
type Article struct {
	ID           int64
	FeedID       int64  // 0 when imported from a file
	GUID         string // the feed item's GUID, when it has one
	URL          string
	CanonicalURL string
	Title        string
	Outlet       string
	Published    time.Time // zero when unknown
	Fetched      time.Time
	Language     string // "en", "ar", …
	Summary      string // the feed's own summary, when full text was fetched
	Text         string // the full text the figures are extracted from
	ContentHash  string
}

// Hash is the content hash of a text: SHA-256 of its words, so that changes in
// white space alone do not count as an edit.
func Hash(text string) string {
	h := sha256.New()
	for i, w := range strings.Fields(text) {
		if i > 0 {
			h.Write([]byte{' '})
		}
		h.Write([]byte(w))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// trackingParams are query parameters that say where a reader came from, not
// what they read.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true, "mc_eid": true,
	"igshid": true, "ref": true, "ref_src": true, "cmpid": true, "ocid": true, "smid": true, "_ga": true,
}

// CanonicalURL folds the forms of one article's URL into one: https, no
// "www.", lower-case host, no fragment, no tracking parameters (utm_* and the
// like), remaining parameters sorted, no trailing slash. A string that is not
// an absolute URL is returned trimmed.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return raw
	}
	u.Scheme = "https"
	u.Host = strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	u.Host = strings.TrimSuffix(strings.TrimSuffix(u.Host, ":443"), ":80")
	u.Fragment, u.RawFragment = "", ""
	u.User = nil
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			q.Del(k)
		}
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		vs := q[k]
		sort.Strings(vs)
		for _, v := range vs {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(url.QueryEscape(k) + "=" + url.QueryEscape(v))
		}
	}
	u.RawQuery = b.String()
	u.Path = strings.TrimSuffix(u.Path, "/")
	u.RawPath = ""
	return u.String()
}

// Language guesses the language of a text from its letters: "ar" when most
// letters are Arabic script, else "en". The corpus is English and Arabic; a
// finer guess is not needed to route text to the right rules.
func Language(text string) string {
	var arabic, latin int
	for i, r := range text {
		if i > 20000 {
			break
		}
		switch {
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.IsLetter(r):
			latin++
		}
	}
	if arabic > latin {
		return "ar"
	}
	return "en"
}
