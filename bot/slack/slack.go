// Package slack is idlibwatch on Slack: alerts and digests through the Web
// API (or an incoming webhook), and /idlib over HTTP or Socket Mode.
package slack

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/bot"
	"github.com/idlibwatch/idlibwatch/events"
)

// Options configure a Client.
type Options struct {
	Token      string // bot token, xoxb-…
	AppToken   string // app-level token, xapp-…, for Socket Mode
	APIURL     string // base of the Web API, ending in "/"; default https://slack.com/api/
	HTTPClient *http.Client
	Log        *slog.Logger
}

// Client posts to Slack through the Web API. It implements bot.Chat,
// bot.Finder and bot.Updater.
type Client struct {
	api *slack.Client
	log *slog.Logger
}

// New returns a client.
func New(opt Options) *Client {
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Client{api: slack.New(opt.Token, apiOptions(opt)...), log: log}
}

func apiOptions(opt Options) []slack.Option {
	var o []slack.Option
	if opt.APIURL != "" {
		u := opt.APIURL
		if !strings.HasSuffix(u, "/") {
			u += "/"
		}
		o = append(o, slack.OptionAPIURL(u))
	}
	if opt.HTTPClient != nil {
		o = append(o, slack.OptionHTTPClient(opt.HTTPClient))
	} else {
		o = append(o, slack.OptionHTTPClient(&http.Client{Timeout: 30 * time.Second}))
	}
	if opt.AppToken != "" {
		o = append(o, slack.OptionAppLevelToken(opt.AppToken))
	}
	return o
}

// API returns the slack-go client, for Socket Mode.
func (c *Client) API() *slack.Client { return c.api }

// Platform names the platform.
func (c *Client) Platform() string { return bot.Slack }

// Dest is the channel's Slack channel ID.
func (c *Client) Dest(ch alerts.Channel) string { return ch.Slack }

// metadataType marks idlibwatch's messages; the payload carries the
// delivery key, which Find looks for.
const metadataType = "idlibwatch_delivery"

// Post sends an alert or a doc, in m.Thread when set. A doc's file is
// uploaded to the channel right after it (files upload v2).
func (c *Client) Post(ctx context.Context, m bot.Outgoing) (bot.Posted, error) {
	opts := messageOptions(m)
	if m.Key != "" {
		opts = append(opts, slack.MsgOptionMetadata(slack.SlackMetadata{EventType: metadataType, EventPayload: map[string]any{"key": m.Key}}))
	}
	if m.Thread != "" {
		opts = append(opts, slack.MsgOptionTS(m.Thread))
		if m.Broadcast {
			opts = append(opts, slack.MsgOptionBroadcast())
		}
	}
	_, ts, err := c.api.PostMessageContext(ctx, m.Dest, opts...)
	if err != nil {
		return bot.Posted{}, classify(fmt.Errorf("slack: post to %s: %w", m.Dest, err))
	}
	p := bot.Posted{ID: ts, Thread: m.Thread}
	if p.Thread == "" {
		p.Thread = ts // the first alert of an event starts its thread
	}
	if m.File != nil && len(m.File.Data) > 0 {
		_, err := c.api.UploadFileContext(ctx, slack.UploadFileParameters{
			Reader: bytes.NewReader(m.File.Data), FileSize: len(m.File.Data), Filename: m.File.Name, Title: m.File.Title,
			Channel: m.Dest, AltTxt: "Chart of each headline figure's range over time",
		})
		if err != nil {
			// The message is out: a missing chart is not worth posting the
			// digest twice, so the delivery counts as done.
			c.log.Warn("slack: chart upload failed; digest posted without it", "channel", m.Dest, "err", bot.StripURL(err)) // the upload URL is pre-signed
		}
	}
	return p, nil
}

// Update replaces a message.
func (c *Client) Update(ctx context.Context, dest, ts string, m bot.Outgoing) error {
	if _, _, _, err := c.api.UpdateMessageContext(ctx, dest, ts, messageOptions(m)...); err != nil {
		return classify(fmt.Errorf("slack: update %s in %s: %w", ts, dest, err))
	}
	return nil
}

// render gives a message's blocks and the fallback text of its notification.
func render(m bot.Outgoing) ([]slack.Block, string) {
	switch {
	case m.Alert != nil:
		return AlertBlocks(*m.Alert, m.Key)
	case m.Doc != nil:
		return DocBlocks(m.Doc)
	}
	return nil, ""
}

func messageOptions(m bot.Outgoing) []slack.MsgOption {
	blocks, text := render(m)
	return []slack.MsgOption{
		slack.MsgOptionText(text, false),
		slack.MsgOptionBlocks(blocks...),
		slack.MsgOptionDisableLinkUnfurl(),
		slack.MsgOptionDisableMediaUnfurl(),
	}
}

// findWindow bounds a look-up to the minutes around the attempt (since is a
// minute before it began; a post ends well within a minute): history comes
// newest first, 200 messages a page, so a window reaching to now could push
// the post off the page in a busy channel when look-ups are rate limited
// for minutes.
const findWindow = 3 * time.Minute

// Find looks for the message carrying key in the channel (or thread) since
// the given time, through the message metadata.
func (c *Client) Find(ctx context.Context, dest, thread, key string, since time.Time) (bot.Posted, bool, error) {
	oldest := fmt.Sprintf("%d.000000", since.Unix())
	latest := fmt.Sprintf("%d.999999", since.Add(findWindow).Unix())
	var msgs []slack.Message
	if thread != "" {
		ms, _, _, err := c.api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{
			ChannelID: dest, Timestamp: thread, Oldest: oldest, Latest: latest, Inclusive: true, Limit: 200, IncludeAllMetadata: true})
		if err != nil {
			return bot.Posted{}, false, classify(fmt.Errorf("slack: read thread %s in %s: %w", thread, dest, err))
		}
		msgs = ms
	} else {
		h, err := c.api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{
			ChannelID: dest, Oldest: oldest, Latest: latest, Inclusive: true, Limit: 200, IncludeAllMetadata: true})
		if err != nil {
			return bot.Posted{}, false, classify(fmt.Errorf("slack: read history of %s: %w", dest, err))
		}
		msgs = h.Messages
	}
	for _, msg := range msgs {
		if msg.Metadata.EventType == metadataType && msg.Metadata.EventPayload["key"] == key {
			p := bot.Posted{ID: msg.Timestamp, Thread: thread}
			if p.Thread == "" {
				p.Thread = msg.Timestamp
			}
			return p, true, nil
		}
	}
	return bot.Posted{}, false, nil
}

// permanentErrors are Slack error codes retrying cannot fix.
var permanentErrors = map[string]bool{
	"channel_not_found": true, "not_in_channel": true, "is_archived": true, "channel_is_archived": true,
	"invalid_auth": true, "not_authed": true, "account_inactive": true, "token_revoked": true, "token_expired": true,
	"no_permission": true, "missing_scope": true, "restricted_action": true, "ekm_access_denied": true,
	"team_access_not_granted": true, "msg_too_long": true, "invalid_blocks": true, "invalid_blocks_format": true,
	"invalid_metadata_format": true, "invalid_metadata_schema": true, "no_text": true, "too_many_attachments": true,
	"access_denied": true, "org_login_required": true, "invalid_token": true, "no_service": true,
	"action_prohibited": true, "invalid_payload": true, "posting_to_general_channel_denied": true,
}

// classify maps slack-go errors to the bot's classes.
func classify(err error) error {
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		return bot.RateLimited(rl.RetryAfter, err)
	}
	var sc slack.StatusCodeError
	if errors.As(err, &sc) {
		switch {
		case sc.Code == http.StatusTooManyRequests:
			return bot.RateLimited(time.Second, err)
		case sc.Code == http.StatusUnauthorized, sc.Code == http.StatusForbidden, sc.Code == http.StatusNotFound, sc.Code == http.StatusGone:
			return bot.Permanent(err)
		}
		return err
	}
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		if se.Err == "ratelimited" {
			return bot.RateLimited(time.Second, err)
		}
		if permanentErrors[se.Err] {
			return bot.Permanent(err)
		}
	}
	return err
}

// classEmoji gives each alert class a glyph to scan by.
var classEmoji = map[events.Class]string{
	events.New:      ":new:",
	events.Revised:  ":arrows_counterclockwise:",
	events.Raised:   ":arrow_up:",
	events.Conflict: ":warning:",
}

// AlertBlocks renders an alert (bot.AlertDoc, its class glyph before the
// first line) with its notification text.
func AlertBlocks(a alerts.Alert, key string) ([]slack.Block, string) {
	d := bot.AlertDoc(a)
	if key != "" {
		d.Footer = "ref " + key
	}
	blocks, _ := DocBlocks(d)
	// The glyph goes in after escaping, which would break its underscores.
	if e := classEmoji[a.Class]; e != "" && len(blocks) > 1 {
		if sec, ok := blocks[1].(*slack.SectionBlock); ok && sec.Text != nil {
			sec.Text.Text = e + " " + sec.Text.Text
		}
	}
	return blocks, bot.Truncate(bot.EscapeSlack(bot.AlertText(a)), 3000)
}

// Mrkdwn renders a doc line as Slack mrkdwn, escaping every span.
func Mrkdwn(l bot.Line) string {
	var b strings.Builder
	for _, s := range l {
		t := bot.EscapeSlack(s.Text)
		if strings.TrimSpace(t) == "" {
			b.WriteString(t)
			continue
		}
		if u := bot.SafeURL(s.URL); u != "" {
			t = "<" + u + "|" + t + ">"
		}
		// Emphasis must hug the text: move surrounding spaces outside.
		lead := t[:len(t)-len(strings.TrimLeft(t, " "))]
		trail := t[len(strings.TrimRight(t, " ")):]
		core := strings.TrimSpace(t)
		if s.Bold {
			core = "*" + core + "*"
		}
		if s.Italic {
			core = "_" + core + "_"
		}
		b.WriteString(lead + core + trail)
	}
	return b.String()
}

// maxSectionText keeps each section well under Slack's 3000 characters, and
// maxDocBlocks the message under the 50-block limit and the undocumented
// ~13k aggregate.
const (
	maxSectionText = 2900
	maxDocBlocks   = 40
	maxDocChars    = 11000
)

// DocBlocks renders a doc as Block Kit with its notification text.
func DocBlocks(d *bot.Doc) ([]slack.Block, string) {
	var blocks []slack.Block
	total := 0
	add := func(b slack.Block, n int) bool {
		if len(blocks) >= maxDocBlocks-1 || total+n > maxDocChars {
			return false
		}
		blocks = append(blocks, b)
		total += n
		return true
	}
	if d.Title != "" {
		t := bot.Truncate(bot.EscapeSlackPlain(d.Title), 150)
		add(slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, t, false, false)), len(t))
	}
	full := true
	for _, s := range d.Sections {
		var chunk []string
		if s.Heading != "" {
			chunk = append(chunk, "*"+bot.EscapeSlack(s.Heading)+"*")
		}
		flush := func() bool {
			if len(chunk) == 0 {
				return true
			}
			text := strings.Join(chunk, "\n")
			chunk = nil
			return add(slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, text, false, true), nil, nil), len(text))
		}
		size := 0
		for _, l := range s.Lines {
			line := bot.Truncate(Mrkdwn(l), 1000)
			if size+len(line)+1 > maxSectionText {
				if full = flush(); !full {
					break
				}
				size = 0
			}
			chunk = append(chunk, line)
			size += len(line) + 1
		}
		if full {
			full = flush()
		}
		if !full {
			break
		}
	}
	if !full {
		blocks = append(blocks, slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, "_(cut short: too long for one message)_", false, true)))
	}
	if d.Footer != "" && full {
		add(slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, bot.EscapeSlack(d.Footer), false, true)), len(d.Footer))
	}
	text := d.Title
	if text == "" && len(d.Sections) > 0 && len(d.Sections[0].Lines) > 0 {
		text = bot.PlainLine(d.Sections[0].Lines[0])
	}
	return blocks, bot.Truncate(bot.EscapeSlack(text), 3000)
}
