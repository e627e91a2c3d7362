package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/bot"
)

// Webhook posts to one channel through a Discord webhook: alerts and
// digests, no threads, no commands. It implements bot.Chat; a webhook
// cannot be searched, so its deliveries are at-least-once (see bot.Worker).
type Webhook struct {
	url string
	hc  *http.Client
}

// NewWebhook returns a webhook poster; the URL is a secret and never
// appears in errors.
func NewWebhook(webhookURL string, hc *http.Client) *Webhook {
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	return &Webhook{url: webhookURL, hc: hc}
}

// Platform names the platform.
func (w *Webhook) Platform() string { return bot.Discord }

// Dest is the same for every channel: the webhook is bound to one.
func (w *Webhook) Dest(alerts.Channel) string { return "webhook" }

// Post executes the webhook with ?wait=true, so that a message Discord did
// not save is an error.
func (w *Webhook) Post(ctx context.Context, m bot.Outgoing) (bot.Posted, error) {
	var embeds []*discordgo.MessageEmbed
	switch {
	case m.Alert != nil:
		embeds = []*discordgo.MessageEmbed{AlertEmbed(*m.Alert, m.Key)}
	case m.Doc != nil:
		embeds = DocEmbeds(m.Doc)
		if m.File != nil && len(embeds) > 0 {
			embeds[len(embeds)-1].Image = &discordgo.MessageEmbedImage{URL: "attachment://" + m.File.Name}
		}
	}
	payload, err := json.Marshal(discordgo.WebhookParams{Embeds: embeds, AllowedMentions: noMentions()})
	if err != nil {
		return bot.Posted{}, fmt.Errorf("discord: encode webhook message: %w", err)
	}
	u, err := url.Parse(w.url)
	if err != nil {
		return bot.Posted{}, bot.Permanent(errors.New("discord: webhook URL does not parse"))
	}
	q := u.Query()
	q.Set("wait", "true")
	u.RawQuery = q.Encode()
	var body io.Reader = bytes.NewReader(payload)
	ctype := "application/json"
	if m.File != nil && len(m.File.Data) > 0 {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		pw, _ := mw.CreateFormField("payload_json")
		pw.Write(payload)
		fw, _ := mw.CreateFormFile("files[0]", m.File.Name)
		fw.Write(m.File.Data)
		mw.Close()
		body, ctype = &buf, mw.FormDataContentType()
	}
	resp, err := bot.PostWebhook(ctx, w.hc, bot.Discord, u.String(), ctype, body)
	if err != nil {
		return bot.Posted{}, err
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusNoContent {
		var msg struct {
			ID string `json:"id"`
		}
		json.Unmarshal(raw, &msg)
		return bot.Posted{ID: msg.ID}, nil
	}
	return bot.Posted{}, bot.WebhookError(bot.Discord, resp, retryAfter(resp.Header, raw), bot.Truncate(strings.TrimSpace(string(raw)), 200))
}

// retryAfter reads a 429's wait: the JSON retry_after (seconds, with
// decimals) or the Retry-After header.
func retryAfter(h http.Header, body []byte) time.Duration {
	var rl struct {
		RetryAfter float64 `json:"retry_after"`
	}
	if json.Unmarshal(body, &rl) == nil && rl.RetryAfter > 0 {
		return time.Duration(rl.RetryAfter * float64(time.Second))
	}
	if s, err := strconv.ParseFloat(h.Get("Retry-After"), 64); err == nil && s > 0 {
		return time.Duration(s * float64(time.Second))
	}
	return time.Second
}
