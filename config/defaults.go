package config

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
)

// DefaultDigest is when a channel's digest is posted unless it says otherwise:
// 08:00 in the server's local time zone.
const DefaultDigest CronSpec = "0 8 * * *"

// DefaultUserAgent names the service and where to learn about it, so a
// publisher who sees it in their logs knows who is polling.
const DefaultUserAgent = "idlibwatch/1 (+https://github.com/idlibwatch/idlibwatch)"

// DefaultFeeds are public news feeds that cover Syria, in English and Arabic,
// polled when the config names none. The topic filter keeps only what is about
// Idlib.
var DefaultFeeds = []Feed{
	{URL: "https://www.aljazeera.com/xml/rss/all.xml", Title: "Al Jazeera English"},
	{URL: "https://feeds.bbci.co.uk/news/world/middle_east/rss.xml", Title: "BBC News, Middle East"},
	{URL: "https://feeds.bbci.co.uk/arabic/rss.xml", Title: "BBC News عربي"},
	{URL: "https://news.un.org/feed/subscribe/en/news/region/middle-east/feed/rss.xml", Title: "UN News, Middle East"},
	{URL: "https://english.enabbaladi.net/feed/", Title: "Enab Baladi (English)"},
	{URL: "https://www.enabbaladi.net/feed/", Title: "عنب بلدي"},
	{URL: "https://www.syriahr.com/en/feed/", Title: "Syrian Observatory for Human Rights (English)"},
	{URL: "https://www.syriahr.com/feed/", Title: "المرصد السوري لحقوق الإنسان"},
	{URL: "https://npasyria.com/en/feed/", Title: "North Press Agency (English)"},
	{URL: "https://syriadirect.org/feed/", Title: "Syria Direct"},
	{URL: "https://www.france24.com/en/middle-east/rss", Title: "France 24, Middle East"},
}

// Default returns the built-in configuration: a SQLite file in the working
// directory, the default feeds every 5 minutes filtered to Idlib, no chat
// platform (alerts go to the terminal), and the HTTP server on localhost.
// Each call returns a fresh copy.
func Default() *Config {
	return &Config{
		Store:    Store{Driver: DriverSQLite, DSN: "idlibwatch.db"},
		Schedule: "*/5 * * * *",
		Network: Network{
			UserAgent:    DefaultUserAgent,
			Timeout:      Duration(20 * time.Second),
			MaxBody:      10 << 20,
			MaxRedirects: 5,
			Workers:      16,
			PerHost:      2,
		},
		Poll: Poll{
			FailingAfter:  5,
			MaxBackoff:    Duration(6 * time.Hour),
			FulltextBelow: 600,
		},
		Topic:    Topic{Name: TopicIdlib, ExtraTerms: []string{}},
		Feeds:    slices.Clone(DefaultFeeds),
		Slack:    Slack{APIURL: "https://slack.com/api/", Admins: []string{}},
		Discord:  Discord{APIURL: "https://discord.com/api/v10/", Admins: []string{}},
		Channels: []Channel{},
		Alerts:   Alerts{MaxAge: Duration(24 * time.Hour)},
		Sources:  []Source{},
		HTTP:     HTTP{Listen: "127.0.0.1:8080"},
		Log:      Log{Level: "info", Format: "text"},
		// Feeds show their last few dozen items: one not shown for 90 days
		// is gone from the feed.
		Retention: Retention{FeedItems: Duration(90 * 24 * time.Hour)},
	}
}

// maskToken keeps a token's first four characters, which tell its kind
// (xoxb, xapp), and hides the rest.
func maskToken(s string) string {
	switch {
	case s == "":
		return ""
	case len(s) >= 16:
		return s[:4] + "…(masked)"
	}
	return "(masked)"
}

// maskSecret hides a secret whole.
func maskSecret(s string) string {
	if s == "" {
		return ""
	}
	return "(masked)"
}

// maskURL keeps a webhook URL's scheme and host, which tell where it points;
// the path is the credential.
func maskURL(s string) string {
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return "(masked)"
	}
	return u.Scheme + "://" + u.Host + "/…(masked)"
}

var dsnPasswordRE = regexp.MustCompile(`(?i)(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)`)

// maskDSN hides the password in a URL or keyword DSN and leaves the rest, so
// the effective host and database can still be checked.
func maskDSN(s string) string {
	if !strings.Contains(s, "://") {
		return dsnPasswordRE.ReplaceAllString(s, "${1}(masked)")
	}
	u, err := url.Parse(s)
	if err != nil {
		return "(masked)"
	}
	q := u.Query()
	for k := range q {
		if strings.Contains(strings.ToLower(k), "pass") {
			q.Set(k, "MASKED")
		}
	}
	u.RawQuery = q.Encode()
	if _, has := u.User.Password(); has {
		u.User = url.UserPassword(u.User.Username(), "MASKED")
	}
	return strings.ReplaceAll(u.String(), "MASKED", "(masked)")
}
