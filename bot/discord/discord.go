// Package discord is idlibwatch on Discord: alerts as embeds with a thread
// per event (or through a webhook), the /idlib application command over the
// HTTP interactions endpoint, and digests with the chart attached.
package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/bot"
	"github.com/idlibwatch/idlibwatch/events"
)

// Options configure a Client.
type Options struct {
	Token string // bot token, without the "Bot " prefix
	// APIURL is the base of the REST API, ending in "/"; default
	// https://discord.com/api/v10/. Requests discordgo makes to its built-in
	// base are rewritten to it, so proxies and tests need no global change.
	APIURL     string
	HTTPClient *http.Client // its Transport is wrapped; default a 30s-timeout client
}

// Client posts to Discord channels as a bot. It implements bot.Chat,
// bot.Finder and bot.Updater.
type Client struct {
	s *discordgo.Session
}

// New returns a client.
func New(opt Options) (*Client, error) {
	s, err := discordgo.New("Bot " + opt.Token)
	if err != nil {
		return nil, fmt.Errorf("discord: new session: %w", err)
	}
	// The delivery worker owns retries: a 429 comes back as an error with
	// its Retry-After, and 5xx as an error, so one channel's trouble never
	// blocks the worker in a sleep. discordgo still keeps the rate-limit
	// buckets (X-RateLimit-* headers) and waits on an empty one.
	s.ShouldRetryOnRateLimit = false
	s.MaxRestRetries = 0
	s.Client = rewriteClient(opt.HTTPClient, opt.APIURL)
	return &Client{s: s}, nil
}

// Session returns the discordgo session, for interactions and registration.
func (c *Client) Session() *discordgo.Session { return c.s }

func rewriteClient(hc *http.Client, apiURL string) *http.Client {
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	cp := *hc
	if apiURL == "" || apiURL == discordgo.EndpointAPI {
		return &cp
	}
	if !strings.HasSuffix(apiURL, "/") {
		apiURL += "/"
	}
	base := hc.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	cp.Transport = rewriter{from: discordgo.EndpointAPI, to: apiURL, next: base}
	return &cp
}

// rewriter sends requests for one URL prefix to another.
type rewriter struct {
	from, to string
	next     http.RoundTripper
}

func (rw rewriter) RoundTrip(r *http.Request) (*http.Response, error) {
	u := r.URL.String()
	if !strings.HasPrefix(u, rw.from) {
		return rw.next.RoundTrip(r)
	}
	r2 := r.Clone(r.Context())
	nu, err := r.URL.Parse(rw.to + strings.TrimPrefix(u, rw.from))
	if err != nil {
		return nil, err
	}
	r2.URL = nu
	r2.Host = nu.Host
	return rw.next.RoundTrip(r2)
}

// Platform names the platform.
func (c *Client) Platform() string { return bot.Discord }

// Dest is the channel's Discord channel ID.
func (c *Client) Dest(ch alerts.Channel) string { return ch.Discord }

// noMentions allows no mention of anyone, whatever the text says.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// messageCreate is the body of POST /channels/{id}/messages with the
// nonce fields discordgo's MessageSend lacks: with enforce_nonce, Discord
// itself drops a second message with the same nonce sent within a few
// minutes, which covers a retry right after a restart.
type messageCreate struct {
	Content         string                            `json:"content,omitempty"`
	Embeds          []*discordgo.MessageEmbed         `json:"embeds"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	Nonce           string                            `json:"nonce,omitempty"`
	EnforceNonce    bool                              `json:"enforce_nonce,omitempty"`
}

// Post sends an alert or a doc. The first alert of an event (no Thread)
// goes to the channel and opens a thread on it named after the event;
// later alerts go to that thread.
func (c *Client) Post(ctx context.Context, m bot.Outgoing) (bot.Posted, error) {
	ch := m.Dest
	if m.Thread != "" {
		ch = m.Thread
	}
	embeds := c.embeds(m)
	var msg *discordgo.Message
	var err error
	if m.File != nil && len(m.File.Data) > 0 {
		msg, err = c.s.ChannelMessageSendComplex(ch, &discordgo.MessageSend{
			Embeds: embeds, AllowedMentions: noMentions(),
			Files: []*discordgo.File{{Name: m.File.Name, ContentType: "image/png", Reader: bytes.NewReader(m.File.Data)}},
		}, discordgo.WithContext(ctx))
	} else {
		var body []byte
		ep := discordgo.EndpointChannelMessages(ch)
		body, err = c.s.RequestWithBucketID(http.MethodPost, ep, messageCreate{Embeds: embeds, AllowedMentions: noMentions(), Nonce: m.Key, EnforceNonce: m.Key != ""}, ep, discordgo.WithContext(ctx))
		if err == nil {
			msg = new(discordgo.Message)
			if err = json.Unmarshal(body, msg); err != nil {
				err = fmt.Errorf("decode message: %w", err)
			}
		}
	}
	if err != nil {
		return bot.Posted{}, classify(fmt.Errorf("discord: post to %s: %w", ch, err))
	}
	p := bot.Posted{ID: msg.ID, Thread: m.Thread}
	if m.Thread == "" && m.ThreadName != "" { // an event's first message: its card, or its first alert
		th, err := c.s.MessageThreadStartComplex(ch, msg.ID, &discordgo.ThreadStart{
			Name: threadName(m.ThreadName), AutoArchiveDuration: 10080}, discordgo.WithContext(ctx))
		if err == nil {
			p.Thread = th.ID
		}
		// Without a thread (no permission, a forum), later alerts go to the
		// channel: still delivered.
	}
	return p, nil
}

func (c *Client) embeds(m bot.Outgoing) []*discordgo.MessageEmbed {
	switch {
	case m.Alert != nil:
		return []*discordgo.MessageEmbed{AlertEmbed(*m.Alert, m.Key)}
	case m.Doc != nil:
		es := DocEmbeds(m.Doc)
		if m.Key != "" && len(es) > 0 {
			last := es[len(es)-1]
			last.Footer = &discordgo.MessageEmbedFooter{Text: strings.TrimPrefix(footerText(last.Footer)+" · ref "+m.Key, " · ")}
		}
		if m.File != nil && len(es) > 0 {
			es[len(es)-1].Image = &discordgo.MessageEmbedImage{URL: "attachment://" + m.File.Name}
		}
		return es
	}
	return nil
}

func footerText(f *discordgo.MessageEmbedFooter) string {
	if f == nil {
		return ""
	}
	return f.Text
}

// Update replaces a message.
func (c *Client) Update(ctx context.Context, dest, id string, m bot.Outgoing) error {
	embeds := c.embeds(m)
	_, err := c.s.ChannelMessageEditComplex(&discordgo.MessageEdit{Channel: dest, ID: id, Embeds: &embeds, AllowedMentions: noMentions()}, discordgo.WithContext(ctx))
	if err != nil {
		return classify(fmt.Errorf("discord: update %s in %s: %w", id, dest, err))
	}
	return nil
}

// threadName is an event's title fit for a thread name: untrusted text,
// without markup there but still without bidi controls and mentions.
func threadName(title string) string { return bot.Truncate(bot.EscapeDiscordPlain(title), 100) }

// OpenThread opens the event's thread on a message posted before (whose
// thread failed to open, or was posted by a process that died before
// opening it). A thread opened meanwhile is returned as is.
func (c *Client) OpenThread(ctx context.Context, dest, messageID, name string) (string, error) {
	th, err := c.s.MessageThreadStartComplex(dest, messageID, &discordgo.ThreadStart{
		Name: threadName(name), AutoArchiveDuration: 10080}, discordgo.WithContext(ctx))
	if err == nil {
		return th.ID, nil
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Message != nil && re.Message.Code == discordgo.ErrCodeThreadAlreadyCreatedForThisMessage {
		msg, gerr := c.s.ChannelMessage(dest, messageID, discordgo.WithContext(ctx))
		if gerr == nil && msg.Thread != nil {
			return msg.Thread.ID, nil
		}
		if gerr != nil {
			return "", classify(fmt.Errorf("discord: read message %s in %s: %w", messageID, dest, gerr))
		}
	}
	return "", classify(fmt.Errorf("discord: open thread on %s in %s: %w", messageID, dest, err))
}

// discordEpoch is the start of Discord's snowflakes, in Unix milliseconds.
const discordEpoch = 1420070400000

func snowflake(t time.Time) string {
	ms := max(t.UnixMilli()-discordEpoch, 0)
	return strconv.FormatInt(ms<<22, 10)
}

// Find looks for the message whose embed footer carries the key among the
// messages posted since the given time.
func (c *Client) Find(ctx context.Context, dest, thread, key string, since time.Time) (bot.Posted, bool, error) {
	ch := dest
	if thread != "" {
		ch = thread
	}
	msgs, err := c.s.ChannelMessages(ch, 100, "", snowflake(since), "", discordgo.WithContext(ctx))
	if err != nil {
		return bot.Posted{}, false, classify(fmt.Errorf("discord: read messages of %s: %w", ch, err))
	}
	for _, msg := range msgs {
		if hasRef(msg, key) {
			p := bot.Posted{ID: msg.ID, Thread: thread}
			if p.Thread == "" && msg.Thread != nil {
				p.Thread = msg.Thread.ID // the thread opened on it before the crash
			}
			return p, true, nil
		}
	}
	return bot.Posted{}, false, nil
}

func hasRef(m *discordgo.Message, key string) bool {
	for _, e := range m.Embeds {
		if e.Footer != nil && strings.HasSuffix(e.Footer.Text, "ref "+key) {
			return true
		}
	}
	return false
}

// classify maps discordgo errors to the bot's classes.
func classify(err error) error {
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) && rl.RateLimit != nil && rl.TooManyRequests != nil {
		return bot.RateLimited(rl.RetryAfter, err)
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		switch code := re.Response.StatusCode; {
		case code == http.StatusTooManyRequests:
			return bot.RateLimited(time.Second, err)
		case code >= 500:
			return err
		case code >= 400:
			// 401 bad token, 403 Missing Access / Permissions, 404 Unknown
			// Channel, 400 a message Discord will never accept.
			return bot.Permanent(err)
		}
	}
	if errors.Is(err, discordgo.ErrUnauthorized) {
		return bot.Permanent(err)
	}
	return err
}

// Embed limits (Discord's message resource docs).
const (
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxEmbedTotal  = 6000
	maxEmbeds      = 10
)

var classColor = map[events.Class]int{
	events.New:      0x2f80ed,
	events.Revised:  0xf2994a,
	events.Raised:   0xeb5757,
	events.Conflict: 0xbb1111,
}

// AlertEmbed renders an alert (bot.AlertDoc) as one embed: the event as
// title linking the report, colored by class, the key in the footer.
func AlertEmbed(a alerts.Alert, key string) *discordgo.MessageEmbed {
	d := bot.AlertDoc(a)
	var lines []string
	for i, s := range d.Sections {
		if i > 0 {
			lines = append(lines, "")
		}
		for _, l := range s.Lines {
			lines = append(lines, bot.Truncate(Markdown(l), 1000))
		}
	}
	e := &discordgo.MessageEmbed{
		Title:       bot.EscapeDiscord(a.EventTitle),
		URL:         bot.SafeURL(a.Article.URL),
		Description: strings.Join(lines, "\n"),
		Color:       classColor[a.Class],
	}
	if !a.Article.Seen.IsZero() {
		e.Timestamp = a.Article.Seen.UTC().Format(time.RFC3339)
	}
	var foot []string
	if a.Article.Outlet != "" {
		foot = append(foot, bot.EscapeDiscordPlain(a.Article.Outlet))
	}
	if key != "" {
		foot = append(foot, "ref "+key)
	}
	if len(foot) > 0 {
		e.Footer = &discordgo.MessageEmbedFooter{Text: strings.Join(foot, " · ")}
	}
	fit(e)
	return e
}

// fit trims an embed to Discord's limits: each field first, then the total.
func fit(e *discordgo.MessageEmbed) {
	e.Title = bot.Truncate(e.Title, maxTitle)
	e.Description = bot.Truncate(e.Description, maxDescription)
	if len(e.Fields) > maxFields {
		e.Fields = e.Fields[:maxFields]
	}
	for _, f := range e.Fields {
		f.Name = bot.Truncate(f.Name, maxFieldName)
		f.Value = bot.Truncate(f.Value, maxFieldValue)
	}
	if e.Footer != nil {
		e.Footer.Text = bot.Truncate(e.Footer.Text, maxFooter)
	}
	for EmbedSize(e) > maxEmbedTotal && len(e.Fields) > 0 {
		e.Fields = e.Fields[:len(e.Fields)-1]
	}
	if over := EmbedSize(e) - maxEmbedTotal; over > 0 {
		e.Description = bot.Truncate(e.Description, max(runes(e.Description)-over, 1))
	}
}

func runes(s string) int { return len([]rune(s)) }

// EmbedSize counts what Discord counts against the 6000 total.
func EmbedSize(e *discordgo.MessageEmbed) int {
	n := runes(e.Title) + runes(e.Description)
	for _, f := range e.Fields {
		n += runes(f.Name) + runes(f.Value)
	}
	if e.Footer != nil {
		n += runes(e.Footer.Text)
	}
	if e.Author != nil {
		n += runes(e.Author.Name)
	}
	return n
}

// Markdown renders a doc line as Discord markdown, escaping every span.
func Markdown(l bot.Line) string {
	var b strings.Builder
	for _, s := range l {
		t := bot.EscapeDiscord(s.Text)
		if strings.TrimSpace(t) == "" {
			b.WriteString(t)
			continue
		}
		lead := t[:len(t)-len(strings.TrimLeft(t, " "))]
		trail := t[len(strings.TrimRight(t, " ")):]
		core := strings.TrimSpace(t)
		if u := bot.SafeURL(s.URL); u != "" {
			core = "[" + core + "](" + u + ")"
		}
		if s.Bold {
			core = "**" + core + "**"
		}
		if s.Italic {
			core = "*" + core + "*"
		}
		b.WriteString(lead + core + trail)
	}
	return b.String()
}

// DocEmbeds renders a doc as embeds: the text flows through descriptions,
// and the whole stays within the per-message limits (10 embeds, 6000
// characters).
func DocEmbeds(d *bot.Doc) []*discordgo.MessageEmbed {
	var lines []string
	for _, s := range d.Sections {
		if len(lines) > 0 {
			lines = append(lines, "")
		}
		if s.Heading != "" {
			lines = append(lines, "**"+bot.EscapeDiscord(s.Heading)+"**")
		}
		for _, l := range s.Lines {
			lines = append(lines, bot.Truncate(Markdown(l), 1000))
		}
	}
	const budget = maxEmbedTotal - 200 // room for the footer and ref
	first := &discordgo.MessageEmbed{Title: bot.Truncate(bot.EscapeDiscord(d.Title), maxTitle), Color: 0x555555}
	out := []*discordgo.MessageEmbed{first}
	total := runes(first.Title)
	cur := first
	var desc strings.Builder
	cut := false
	for _, l := range lines {
		n := runes(l) + 1
		if total+n > budget {
			cut = true
			break
		}
		if runes(desc.String())+n > maxDescription {
			cur.Description = desc.String()
			if len(out) == maxEmbeds {
				cut = true
				break
			}
			cur = &discordgo.MessageEmbed{Color: 0x555555}
			out = append(out, cur)
			desc.Reset()
		}
		desc.WriteString(l + "\n")
		total += n
	}
	cur.Description = strings.TrimRight(desc.String(), "\n")
	if cut {
		cur.Description = bot.Truncate(cur.Description+"\n*(cut short: too long for one message)*", maxDescription)
	}
	if d.Footer != "" {
		cur.Footer = &discordgo.MessageEmbedFooter{Text: bot.Truncate(bot.EscapeDiscordPlain(d.Footer), 150)}
	}
	return out
}
