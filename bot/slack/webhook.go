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
	blocks, text := render(m)
	f := false
	raw, err := json.Marshal(&slack.WebhookMessage{Text: text, Blocks: &slack.Blocks{BlockSet: blocks}, UnfurlLinks: &f, UnfurlMedia: &f})
	if err != nil {
		return bot.Posted{}, fmt.Errorf("slack: encode webhook message: %w", err)
	}
	resp, err := bot.PostWebhook(ctx, w.hc, bot.Slack, w.url, "application/json", bytes.NewReader(raw))
	if err != nil {
		return bot.Posted{}, err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
	if resp.StatusCode == http.StatusOK {
		return bot.Posted{}, nil
	}
	after, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
	// 400 invalid_payload, 403 action_prohibited, 404 no_service,
	// 410 channel_is_archived are permanent.
	return bot.Posted{}, bot.WebhookError(bot.Slack, resp, time.Duration(max(after, 1))*time.Second, bot.Truncate(strings.TrimSpace(string(body)), 100))
}
