package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/events"
)

// ErrNotFound is what a Lookup or FeedAdmin returns for something that does
// not exist; the user is told so plainly.
var ErrNotFound = errors.New("not found")

// EventInfo is an event as lookups list it.
type EventInfo struct {
	ID       int64
	Key      string // "2022-02-03-atmeh-us-raid"
	Title    string // "2022-02-03 Atmeh — US raid"
	Articles int
	LastSeen time.Time
}

// Ledger is an event's claims.
type Ledger struct {
	Event  EventInfo
	Claims []events.Claim
}

// SearchHit is an article found by full-text search.
type SearchHit struct {
	Title     string
	Outlet    string
	URL       string
	Published string // YYYY-MM-DD
	Snippet   string
}

// Trace is what became of an article: was it seen, was it relevant, which
// figures it gave and which alerts they made (and why not).
type Trace struct {
	Seen     bool
	Title    string
	Outlet   string
	URL      string
	Fetched  time.Time
	Relevant bool
	Reason   string // why it was or was not relevant
	Event    *EventInfo
	Claims   []events.Claim // with their class
	Alerts   []alerts.Alert
	Notes    []string // why (not) alerted, in the store's words
}

// Lookup answers the read-only subcommands.
type Lookup interface {
	FindEvents(ctx context.Context, query string, limit int) ([]EventInfo, error)
	RecentEvents(ctx context.Context, since time.Time, limit int) ([]EventInfo, error)
	EventLedger(ctx context.Context, eventID int64) (Ledger, error)
	Search(ctx context.Context, text string, limit int) ([]SearchHit, error)
	ArticleTrace(ctx context.Context, url string) (Trace, error)
}

// FeedInfo is a polled feed.
type FeedInfo struct {
	ID     int64
	URL    string
	Title  string
	Status string // "ok", "failing", …
}

// FeedAdmin manages the feed list.
type FeedAdmin interface {
	ListFeeds(ctx context.Context) ([]FeedInfo, error)
	AddFeed(ctx context.Context, url string) (FeedInfo, error)
	RemoveFeed(ctx context.Context, idOrURL string) (FeedInfo, error)
}

// DigestFunc builds the digest of the day before now.
type DigestFunc func(ctx context.Context, now time.Time) (alerts.Digest, error)

// Request is one /idlib invocation, from either platform.
type Request struct {
	Platform  string
	UserID    string
	ChannelID string // where it was typed: the channel a desk control applies to
	Text      string // the arguments after /idlib
}

// CommandOptions configure Commands.
type CommandOptions struct {
	Lookup Lookup
	Feeds  FeedAdmin  // nil: feeds subcommands are unavailable
	Digest DigestFunc // nil: no digest subcommand
	Status StatusFunc // nil: status says it is not available
	// Desk keeps mutes and subscriptions per channel; Channels are the
	// configured channels they apply to. Nil: those subcommands are
	// unavailable.
	Desk     Desk
	Channels []alerts.Channel
	// Admins maps a platform to the user IDs allowed to add and remove feeds.
	Admins map[string][]string
	// Budget is how long an answer may take before the user gets an
	// acknowledgement and the answer later (default 2s: both platforms
	// want the first response within 3s, and the network takes its share).
	Budget time.Duration
	// Timeout bounds a slow answer (default 2m; Slack's response_url lasts
	// 30 minutes, Discord's interaction token 15).
	Timeout time.Duration
	Now     func() time.Time
	// After replaces time.After, so that tests decide when the budget is
	// spent.
	After func(time.Duration) <-chan time.Time
	// Observe, when set, is told how long each answer took (the service's
	// latency metric), with the subcommand as commandLabel names it.
	Observe func(platform, command string, took time.Duration)
	Log     *slog.Logger
}

// Commands runs /idlib subcommands. Answers that take longer than the
// budget are finished in a goroutine it owns; Close waits for them.
type Commands struct {
	opt    CommandOptions
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// NewCommands returns the command handlers.
func NewCommands(opt CommandOptions) *Commands {
	if opt.Budget <= 0 {
		opt.Budget = 2 * time.Second
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 2 * time.Minute
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.After == nil {
		opt.After = time.After
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	c := &Commands{opt: opt}
	c.ctx, c.cancel = context.WithCancel(context.Background())
	return c
}

// Close cancels the answers still being worked on and waits for them.
func (c *Commands) Close() {
	c.cancel()
	c.wg.Wait()
}

// Wait waits for the answers being worked on, without cancelling them.
func (c *Commands) Wait() { c.wg.Wait() }

// Working is the acknowledgement a slow answer starts with.
const Working = "Working on it…"

// Handle answers req. When the answer is ready within the budget it is
// returned with late false. Otherwise Handle returns an acknowledgement with
// late true, and later is called with the answer once it is ready (or with
// an apology when it fails or times out).
func (c *Commands) Handle(ctx context.Context, req Request, later func(ctx context.Context, d *Doc)) (d *Doc, late bool) {
	done := make(chan *Doc, 1)
	// The answer must outlive the HTTP request that asked for it.
	actx, cancel := context.WithTimeout(c.ctx, c.opt.Timeout)
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		defer cancel()
		done <- c.Answer(actx, req)
	}()
	if later == nil {
		// No way to answer later: wait.
		return <-done, false
	}
	select {
	case d := <-done:
		return d, false
	case <-c.opt.After(c.opt.Budget):
	case <-ctx.Done():
	}
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		d := <-done
		// Delivering the answer gets a little time even on shutdown.
		lctx, cancel := context.WithTimeout(context.WithoutCancel(c.ctx), 10*time.Second)
		defer cancel()
		later(lctx, d)
	}()
	return Text(Working), true
}

// Answer runs a subcommand to the end. Whatever fails, the user sees a plain
// sentence; the error itself goes to the log.
func (c *Commands) Answer(ctx context.Context, req Request) *Doc {
	args := strings.Fields(req.Text)
	sub := ""
	if len(args) > 0 {
		sub = strings.ToLower(args[0])
		args = args[1:]
	}
	if c.opt.Observe != nil {
		start := c.opt.Now()
		defer func() { c.opt.Observe(req.Platform, commandLabel(sub), c.opt.Now().Sub(start)) }()
	}
	rest := strings.Join(args, " ")
	var d *Doc
	var err error
	switch sub {
	case "", "help":
		return helpDoc()
	case "figures", "figure", "ledger":
		d, err = c.figures(ctx, rest)
	case "events":
		d, err = c.events(ctx)
	case "search":
		d, err = c.search(ctx, rest)
	case "sources":
		d, err = c.sources(ctx, rest)
	case "why":
		d, err = c.why(ctx, rest)
	case "digest":
		d, err = c.digest(ctx)
	case "feeds", "feed":
		d, err = c.feeds(ctx, req, args)
	case "status":
		d, err = c.status(ctx)
	case "mute":
		d, err = c.mute(ctx, req, args)
	case "unmute":
		d, err = c.unmute(ctx, req, rest)
	case "subscribe", "follow":
		d, err = c.follow(ctx, req, rest, true)
	case "unsubscribe", "unfollow":
		d, err = c.follow(ctx, req, rest, false)
	case "settings":
		d, err = c.settings(ctx, req, args)
	default:
		return &Doc{Sections: []Section{{Lines: []Line{{T("Unknown command “"), T(Truncate(sub, 40)), T("”. Try "), B("/idlib help"), T(".")}}}}}
	}
	if err != nil {
		var ue userError
		switch {
		case errors.As(err, &ue):
			return Text(string(ue))
		case errors.Is(err, ErrNotFound):
			return Text("Nothing found.")
		case errors.Is(err, context.DeadlineExceeded):
			c.opt.Log.Error("command timed out", "command", sub, "err", err)
			return Text("Sorry, that took too long. Please try again in a minute.")
		}
		c.opt.Log.Error("command failed", "command", sub, "err", err)
		return Text("Sorry, that lookup failed; the error has been logged.")
	}
	return d
}

// commandLabels name the subcommands for metrics, aliases folded, so that
// what users type cannot grow the metric's label set.
var commandLabels = map[string]string{
	"": "help", "help": "help", "figures": "figures", "figure": "figures", "ledger": "figures", "events": "events",
	"search": "search", "sources": "sources", "why": "why", "digest": "digest", "feeds": "feeds", "feed": "feeds",
	"mute": "mute", "unmute": "unmute", "subscribe": "subscribe", "follow": "subscribe", "unsubscribe": "unsubscribe",
	"unfollow": "unsubscribe", "settings": "settings", "status": "status",
}

func commandLabel(sub string) string {
	if l, ok := commandLabels[sub]; ok {
		return l
	}
	return "unknown"
}

// userError is a message meant for the user.
type userError string

// Tell returns an error whose message is shown to the user as it is: for a
// Lookup or FeedAdmin to say plainly what went wrong.
func Tell(msg string) error { return userError(msg) }

func (e userError) Error() string { return string(e) }

func helpDoc() *Doc {
	return &Doc{Title: "/idlib — casualty figures about Idlib", Sections: []Section{{Lines: []Line{
		{B("/idlib figures <event or words>"), T(" — an event's figures by source")},
		{B("/idlib events"), T(" — events active in the last week")},
		{B("/idlib search <text>"), T(" — articles matching the text")},
		{B("/idlib sources <event>"), T(" — who reported what on an event")},
		{B("/idlib why <url>"), T(" — what became of an article: seen, relevant, figures, alerts")},
		{B("/idlib digest"), T(" — the last 24 hours")},
		{B("/idlib feeds list|add <url>|remove <id or url>"), T(" — the polled feeds (adding and removing: admins)")},
		{B("/idlib status"), T(" — alerts waiting, and those given up on")},
		{B("/idlib mute <event> [24h]"), T(" / "), B("unmute <event>"), T(" — this channel's alerts about an event")},
		{B("/idlib subscribe <place or event>"), T(" / "), B("unsubscribe"), T(" — this channel gets only what it follows")},
		{B("/idlib settings [min N | places A, B | metrics … | groups … | languages … | reset]"), T(" — what this channel gets")},
	}}}}
}

// resolveEvent finds the event a user means: an ID, a key, or words.
func (c *Commands) resolveEvent(ctx context.Context, q string) (EventInfo, []EventInfo, error) {
	if strings.TrimSpace(q) == "" {
		return EventInfo{}, nil, userError("Which event? Give words from its title or place, e.g. “/idlib figures atmeh”.")
	}
	found, err := c.opt.Lookup.FindEvents(ctx, q, 5)
	if err != nil {
		return EventInfo{}, nil, err
	}
	if len(found) == 0 {
		return EventInfo{}, nil, userError("No event matches “" + Truncate(q, 80) + "”. Try /idlib events.")
	}
	return found[0], found[1:], nil
}

func eventLine(e EventInfo) Line {
	l := Line{B(e.Title)}
	if e.Articles > 0 {
		l = append(l, T(fmt.Sprintf(" — %d article%s", e.Articles, plural(e.Articles))))
	}
	if !e.LastSeen.IsZero() {
		l = append(l, T(", last "+e.LastSeen.UTC().Format("2006-01-02 15:04")+" UTC"))
	}
	return l
}

func (c *Commands) figures(ctx context.Context, q string) (*Doc, error) {
	ev, others, err := c.resolveEvent(ctx, q)
	if err != nil {
		return nil, err
	}
	led, err := c.opt.Lookup.EventLedger(ctx, ev.ID)
	if err != nil {
		return nil, err
	}
	d := &Doc{Title: ev.Title}
	ranges := alerts.Ranges(led.Claims)
	if len(ranges) == 0 {
		d.Sections = append(d.Sections, Section{Lines: []Line{{T("No figures recorded for this event yet.")}}})
	}
	for _, f := range ranges {
		if len(d.Sections) >= 8 {
			d.Sections = append(d.Sections, Section{Lines: []Line{{I(fmt.Sprintf("%d more figures not shown.", len(ranges)-8))}}})
			break
		}
		s := Section{Heading: f.Label + ": " + f.Text()}
		for i, cl := range f.BySource {
			if i == 10 {
				s.Lines = append(s.Lines, Line{I(fmt.Sprintf("and %d more sources", len(f.BySource)-10))})
				break
			}
			s.Lines = append(s.Lines, claimLine(cl))
		}
		d.Sections = append(d.Sections, s)
	}
	if len(others) > 0 {
		s := Section{Heading: "Other matches"}
		for _, o := range others {
			l := Line{T("• " + o.Title)}
			if o.Key != "" {
				l = append(l, T(" — /idlib figures "+o.Key))
			}
			s.Lines = append(s.Lines, l)
		}
		d.Sections = append(d.Sections, s)
	}
	return d, nil
}

// claimLine is "• 13 killed — SOHR, 2022-02-03 09:12 UTC (link)".
func claimLine(cl events.Claim) Line {
	l := Line{T("• " + alerts.FigureText(cl) + " — "), B(alerts.SourceName(cl))}
	if alerts.Relayed(cl) {
		l = append(l, T(" via "+cl.Outlet))
	}
	if !cl.SeenAt.IsZero() {
		l = append(l, T(", "+cl.SeenAt.UTC().Format("2006-01-02 15:04")+" UTC"))
	}
	if cl.Class != "" && cl.Class != events.New {
		l = append(l, T(" ["+string(cl.Class)+"]"))
	}
	if u := SafeURL(cl.URL); u != "" {
		l = append(l, T(" "), L("article", u))
	}
	return l
}

func (c *Commands) events(ctx context.Context) (*Doc, error) {
	evs, err := c.opt.Lookup.RecentEvents(ctx, c.opt.Now().Add(-7*24*time.Hour), 15)
	if err != nil {
		return nil, err
	}
	if len(evs) == 0 {
		return Text("No events in the last 7 days."), nil
	}
	s := Section{}
	for _, e := range evs {
		s.Lines = append(s.Lines, append(Line{T("• ")}, eventLine(e)...))
	}
	return &Doc{Title: "Events in the last 7 days", Sections: []Section{s}}, nil
}

func (c *Commands) search(ctx context.Context, q string) (*Doc, error) {
	if strings.TrimSpace(q) == "" {
		return nil, userError("Search for what? e.g. “/idlib search drone strike Sarmada”.")
	}
	hits, err := c.opt.Lookup.Search(ctx, q, 8)
	if err != nil {
		return nil, err
	}
	if len(hits) == 0 {
		return Text("No article matches “" + Truncate(q, 80) + "”."), nil
	}
	s := Section{}
	for _, h := range hits {
		l := Line{T("• ")}
		if u := SafeURL(h.URL); u != "" {
			l = append(l, L(Truncate(h.Title, 200), u))
		} else {
			l = append(l, B(Truncate(h.Title, 200)))
		}
		meta := strings.Trim(strings.Join([]string{h.Outlet, h.Published}, ", "), ", ")
		if meta != "" {
			l = append(l, T(" — "+meta))
		}
		s.Lines = append(s.Lines, l)
		if h.Snippet != "" {
			s.Lines = append(s.Lines, Line{I("   " + Truncate(h.Snippet, 200))})
		}
	}
	return &Doc{Title: fmt.Sprintf("Articles matching “%s”", Truncate(q, 80)), Sections: []Section{s}}, nil
}

func (c *Commands) sources(ctx context.Context, q string) (*Doc, error) {
	ev, _, err := c.resolveEvent(ctx, q)
	if err != nil {
		return nil, err
	}
	led, err := c.opt.Lookup.EventLedger(ctx, ev.ID)
	if err != nil {
		return nil, err
	}
	type src struct {
		name    string
		outlets []string
		claims  []events.Claim
	}
	var order []string
	by := map[string]*src{}
	for _, cl := range led.Claims {
		k := alerts.SourceName(cl)
		s := by[k]
		if s == nil {
			s = &src{name: k}
			by[k] = s
			order = append(order, k)
		}
		if cl.Outlet != "" && !slices.Contains(s.outlets, cl.Outlet) {
			s.outlets = append(s.outlets, cl.Outlet)
		}
		s.claims = append(s.claims, cl)
	}
	if len(order) == 0 {
		return Text("No sources recorded for " + ev.Title + " yet."), nil
	}
	sec := Section{}
	for i, k := range order {
		if i == 20 {
			sec.Lines = append(sec.Lines, Line{I(fmt.Sprintf("and %d more sources", len(order)-20))})
			break
		}
		s := by[k]
		l := Line{T("• "), B(s.name)}
		if len(s.outlets) > 0 {
			l = append(l, T(" (in "+strings.Join(s.outlets, ", ")+")"))
		}
		var figs []string
		for _, cl := range s.claims {
			if t := alerts.FigureText(cl); !slices.Contains(figs, t) {
				figs = append(figs, t)
			}
		}
		l = append(l, T(": "+Truncate(strings.Join(figs, "; "), 300)))
		if u := SafeURL(s.claims[0].URL); u != "" {
			l = append(l, T(" "), L("first report", u))
		}
		sec.Lines = append(sec.Lines, l)
	}
	return &Doc{Title: "Sources on " + ev.Title, Sections: []Section{sec}}, nil
}

func (c *Commands) why(ctx context.Context, rawURL string) (*Doc, error) {
	rawURL = cleanURL(rawURL)
	if SafeURL(rawURL) == "" {
		return nil, userError("Give the article's link: /idlib why https://…")
	}
	tr, err := c.opt.Lookup.ArticleTrace(ctx, rawURL)
	if errors.Is(err, ErrNotFound) || (err == nil && !tr.Seen) {
		return Text("That article was never seen: no polled feed carried it, and it was not imported."), nil
	}
	if err != nil {
		return nil, err
	}
	d := &Doc{Title: tr.Title}
	head := Section{}
	l := Line{T("Seen")}
	if tr.Outlet != "" {
		l = append(l, T(" from "+tr.Outlet))
	}
	if !tr.Fetched.IsZero() {
		l = append(l, T(" on "+tr.Fetched.UTC().Format("2006-01-02 15:04")+" UTC"))
	}
	head.Lines = append(head.Lines, l)
	if tr.Relevant {
		rl := Line{T("Relevant")}
		if tr.Event != nil {
			rl = append(rl, T(": filed under "), B(tr.Event.Title))
		}
		head.Lines = append(head.Lines, rl)
	} else {
		head.Lines = append(head.Lines, Line{T("Not relevant")})
	}
	if tr.Reason != "" {
		head.Lines = append(head.Lines, Line{I(tr.Reason)})
	}
	d.Sections = append(d.Sections, head)
	if len(tr.Claims) > 0 {
		s := Section{Heading: "Figures"}
		for _, cl := range tr.Claims {
			line := Line{T("• " + alerts.Headline(cl))}
			if cl.Class != "" {
				line = append(line, T(" — "+string(cl.Class)))
				if !cl.Class.Alerts() {
					line = append(line, T(" (no alert)"))
				}
			}
			if cl.Background {
				line = append(line, T(" (background: an earlier event)"))
			}
			s.Lines = append(s.Lines, line)
		}
		d.Sections = append(d.Sections, s)
	} else if tr.Relevant {
		d.Sections = append(d.Sections, Section{Lines: []Line{{T("No casualty figures found in it.")}}})
	}
	if len(tr.Alerts) > 0 {
		s := Section{Heading: "Alerts"}
		for _, a := range tr.Alerts {
			for _, it := range a.Claims {
				s.Lines = append(s.Lines, Line{T("• " + alerts.ClassWord(it.Class) + ": " + alerts.Headline(it.Claim))})
			}
		}
		d.Sections = append(d.Sections, s)
	}
	if len(tr.Notes) > 0 {
		s := Section{Heading: "Why"}
		for _, n := range tr.Notes {
			s.Lines = append(s.Lines, Line{T("• " + n)})
		}
		d.Sections = append(d.Sections, s)
	}
	return d, nil
}

func (c *Commands) digest(ctx context.Context) (*Doc, error) {
	if c.opt.Digest == nil {
		return nil, userError("The digest is not available here.")
	}
	dg, err := c.opt.Digest(ctx, c.opt.Now())
	if err != nil {
		return nil, err
	}
	return DigestDoc(dg), nil
}

func (c *Commands) feeds(ctx context.Context, req Request, args []string) (*Doc, error) {
	if c.opt.Feeds == nil {
		return nil, userError("Feeds are managed in the config file here, not from chat.")
	}
	sub := "list"
	if len(args) > 0 {
		sub = strings.ToLower(args[0])
	}
	if sub != "list" && !slices.Contains(c.opt.Admins[req.Platform], req.UserID) {
		return nil, userError("Only admins can add or remove feeds.")
	}
	switch sub {
	case "list":
		fs, err := c.opt.Feeds.ListFeeds(ctx)
		if err != nil {
			return nil, err
		}
		if len(fs) == 0 {
			return Text("No feeds."), nil
		}
		s := Section{}
		for i, f := range fs {
			if i == 40 {
				s.Lines = append(s.Lines, Line{I(fmt.Sprintf("and %d more", len(fs)-40))})
				break
			}
			l := Line{T(fmt.Sprintf("%d. ", f.ID))}
			name := f.Title
			if name == "" {
				name = f.URL
			}
			if u := SafeURL(f.URL); u != "" {
				l = append(l, L(name, u))
			} else {
				l = append(l, T(name))
			}
			if f.Status != "" && f.Status != "ok" {
				l = append(l, T(" — "+f.Status))
			}
			s.Lines = append(s.Lines, l)
		}
		return &Doc{Title: fmt.Sprintf("%d feeds", len(fs)), Sections: []Section{s}}, nil
	case "add":
		if len(args) < 2 || SafeURL(cleanURL(args[1])) == "" {
			return nil, userError("Usage: /idlib feeds add https://…/feed.xml")
		}
		f, err := c.opt.Feeds.AddFeed(ctx, cleanURL(args[1]))
		if err != nil {
			return nil, err
		}
		return &Doc{Sections: []Section{{Lines: []Line{{T("Added feed " + strconv.FormatInt(f.ID, 10) + ": "), T(firstNonEmpty(f.Title, f.URL))}}}}}, nil
	case "remove", "rm", "delete":
		if len(args) < 2 {
			return nil, userError("Usage: /idlib feeds remove <id or url>")
		}
		f, err := c.opt.Feeds.RemoveFeed(ctx, cleanURL(args[1]))
		if errors.Is(err, ErrNotFound) {
			return nil, userError("No such feed. See /idlib feeds list.")
		}
		if err != nil {
			return nil, err
		}
		return &Doc{Sections: []Section{{Lines: []Line{{T("Removed feed " + strconv.FormatInt(f.ID, 10) + ": "), T(firstNonEmpty(f.Title, f.URL))}}}}}, nil
	}
	return nil, userError("Usage: /idlib feeds list|add <url>|remove <id or url>")
}

// cleanURL undoes Slack's link markup around a URL a user typed:
// "<https://x|x>" → "https://x".
func cleanURL(s string) string {
	s = strings.Trim(strings.TrimSpace(s), "<>")
	if i := strings.IndexByte(s, '|'); i >= 0 {
		s = s[:i]
	}
	return s
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
