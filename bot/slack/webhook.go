package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/bot"
)

// Webhook posts to one channel through an incoming webhook: alerts only, no
// threads, no lookups. It implements bot.Chat. A webhook cannot be searched,
// so deliveries through it are at-least-once (see bot.Worker).
type Webhook struct {
	url string
	hc  *http.Client
}

// NewWebhook returns a webhook poster. The URL is a secret: it never
// appears in errors.
func NewWebhook(webhookURL string, hc *http.Client) *Webhook {
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	return &Webhook{url: webhookURL, hc: hc}
}

// Platform names the platform.
func (w *Webhook) Platform() string { return bot.Slack }

// Dest is the same for every channel: the webhook is bound to one.
func (w *Webhook) Dest(alerts.Channel) string { return "webhook" }

// Post sends the message; attachments are left out (a webhook cannot upload).
func (w *Webhook) Post(ctx context.Context, m bot.Outgoing) (bot.Posted, error) {
	var blocks []slack.Block
	var text string
	switch {
	case m.Alert != nil:
		blocks, text = AlertBlocks(*m.Alert, m.Key)
	case m.Doc != nil:
		blocks, text = DocBlocks(m.Doc)
	}
	f := false
	raw, err := json.Marshal(&slack.WebhookMessage{Text: text, Blocks: &slack.Blocks{BlockSet: blocks}, UnfurlLinks: &f, UnfurlMedia: &f})
	if err != nil {
		return bot.Posted{}, fmt.Errorf("slack: encode webhook message: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.url, bytes.NewReader(raw))
	if err != nil {
		return bot.Posted{}, bot.Permanent(fmt.Errorf("slack: webhook request: %w", stripURL(err)))
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := w.hc.Do(req)
	if err != nil {
		return bot.Posted{}, fmt.Errorf("slack: post to webhook: %w", stripURL(err))
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
	reason := strings.TrimSpace(string(body))
	switch {
	case resp.StatusCode == http.StatusOK:
		return bot.Posted{}, nil
	case resp.StatusCode == http.StatusTooManyRequests:
		after, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
		return bot.Posted{}, bot.RateLimited(time.Duration(max(after, 1))*time.Second, fmt.Errorf("slack: webhook: %s", resp.Status))
	case resp.StatusCode >= 500:
		return bot.Posted{}, fmt.Errorf("slack: webhook: %s", resp.Status)
	}
	// 400 invalid_payload, 403 action_prohibited, 404 no_service,
	// 410 channel_is_archived: none gets better by retrying.
	return bot.Posted{}, bot.Permanent(fmt.Errorf("slack: webhook: %s %s", resp.Status, bot.Truncate(reason, 100)))
}
