// Package feeds polls RSS, Atom and JSON feeds and hands their relevant items
// to the pipeline as articles. It does its own HTTP (conditional GET, size
// and time limits, redirect limit, address checks at connect time, worker
// pool with a per-host limit) and gives gofeed only bytes to parse. It keeps
// per-feed state in the store: validators, backoff, health, and the items
// already seen, so that an unchanged item costs nothing and an edited one is
// re-processed rather than stored twice.
package feeds

import (
	"log/slog"
	"time"
)

// Options tune polling. The zero value of each field means its default; the
// command layer maps the config onto them.
type Options struct {
	UserAgent    string
	Timeout      time.Duration // per request, body included; default 20s
	MaxBody      int64         // bytes, after decompression; default 10 MiB
	MaxRedirects int           // default 5; negative refuses every redirect
	Workers      int           // fetches in flight overall; default 16
	PerHost      int           // fetches in flight per host; default 2
	// HostJitter is the most a fetch waits, at random, after taking its
	// host's slot, so that one schedule tick does not hit a host in a burst.
	// Default 50ms; negative for none.
	HostJitter   time.Duration
	AllowPrivate bool // allow loopback, private, link-local, metadata and other special-purpose addresses

	Schedule     string        // default cron spec; default "*/5 * * * *"
	FailingAfter int           // consecutive failures before a feed is failing; default 5
	MinBackoff   time.Duration // first retry delay after a failure; default 1m
	MaxBackoff   time.Duration // cap of the exponential backoff; default 6h
	// FulltextBelow: an item whose text is shorter (in characters) gets its
	// page fetched for the full text; 0 never fetches pages.
	FulltextBelow int
	Backfill      int // items of a new feed's first poll that are delivered live

	Topic      string   // "idlib" (default) or "all"
	ExtraTerms []string // more words or phrases that make an item relevant

	// OnPoll, when set, is called with the summary of every poll of a feed
	// (the service counts them in its metrics). It must not block.
	OnPoll func(Summary)

	Log *slog.Logger
	Now func() time.Time // for tests
}

// DefaultUserAgent says who polls and where to learn more.
const DefaultUserAgent = "idlibwatch/1 (+https://github.com/idlibwatch/idlibwatch)"

func (o Options) withDefaults() Options {
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Timeout <= 0 {
		o.Timeout = 20 * time.Second
	}
	if o.MaxBody <= 0 {
		o.MaxBody = 10 << 20
	}
	if o.MaxRedirects == 0 {
		o.MaxRedirects = 5
	}
	if o.Workers <= 0 {
		o.Workers = 16
	}
	if o.PerHost <= 0 {
		o.PerHost = 2
	}
	if o.HostJitter == 0 {
		o.HostJitter = 50 * time.Millisecond
	}
	if o.Schedule == "" {
		o.Schedule = "*/5 * * * *"
	}
	if o.FailingAfter <= 0 {
		o.FailingAfter = 5
	}
	if o.MinBackoff <= 0 {
		o.MinBackoff = time.Minute
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = 6 * time.Hour
	}
	if o.MaxBackoff < o.MinBackoff {
		o.MaxBackoff = o.MinBackoff
	}
	if o.Topic == "" {
		o.Topic = TopicIdlib
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}
