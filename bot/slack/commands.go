package slack

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/slack-go/slack"

	"github.com/idlibwatch/idlibwatch/bot"
)

// Errors of Verify.
var (
	ErrBadSignature = errors.New("slack: bad request signature")
	ErrStale        = errors.New("slack: request timestamp outside the 5-minute window")
)

// replayWindow is how far a request's timestamp may be from now.
const replayWindow = 5 * time.Minute

// Verify checks a request's v0 signature over its raw body and that its
// timestamp is within five minutes of now (so a captured request cannot be
// replayed later).
func Verify(secret string, h http.Header, body []byte, now time.Time) error {
	ts := h.Get("X-Slack-Request-Timestamp")
	sig := h.Get("X-Slack-Signature")
	if secret == "" || ts == "" || sig == "" {
		return ErrBadSignature
	}
	n, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return ErrBadSignature
	}
	if d := now.Sub(time.Unix(n, 0)); d > replayWindow || d < -replayWindow {
		return ErrStale
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("v0:" + ts + ":"))
	mac.Write(body)
	want := "v0=" + hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(sig)) {
		return ErrBadSignature
	}
	return nil
}

// CommandOptions configure the HTTP slash-command endpoint.
type CommandOptions struct {
	SigningSecret string
	Commands      *bot.Commands
	Now           func() time.Time // default time.Now; tests pin it
	HTTPClient    *http.Client     // posts to response_url
	Log           *slog.Logger
}

// CommandHandler serves POST /slack/commands.
type CommandHandler struct {
	opt CommandOptions
}

// NewCommandHandler returns the slash-command endpoint.
func NewCommandHandler(opt CommandOptions) *CommandHandler {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.HTTPClient == nil {
		opt.HTTPClient = &http.Client{Timeout: 15 * time.Second}
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	return &CommandHandler{opt: opt}
}

// maxBody bounds a slash-command request; real ones are well under 4 KB.
const maxBody = 64 << 10

func (h *CommandHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
	if err != nil {
		http.Error(w, "cannot read request", http.StatusBadRequest)
		return
	}
	if err := Verify(h.opt.SigningSecret, r.Header, body, h.opt.Now()); err != nil {
		h.opt.Log.Warn("slack command rejected", "reason", err.Error(), "remote", r.RemoteAddr)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	if form.Get("ssl_check") == "1" {
		// Slack checking the certificate of the command URL: nothing to run.
		w.WriteHeader(http.StatusOK)
		return
	}
	cmd := slack.SlashCommand{UserID: form.Get("user_id"), Text: form.Get("text"), ResponseURL: form.Get("response_url"), ChannelID: form.Get("channel_id")}
	msg := answer(r.Context(), h.opt.Commands, cmd, h.opt.HTTPClient, h.opt.Log)
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(msg)
}

// answer runs the command, over HTTP or Socket Mode; a slow answer is
// posted to the command's response_url later, with hc.
func answer(ctx context.Context, cmds *bot.Commands, cmd slack.SlashCommand, hc *http.Client, log *slog.Logger) *slack.WebhookMessage {
	d, _ := cmds.Handle(ctx, bot.Request{Platform: bot.Slack, UserID: cmd.UserID, ChannelID: cmd.ChannelID, Text: cmd.Text}, func(ctx context.Context, d *bot.Doc) {
		if err := PostResponse(ctx, hc, cmd.ResponseURL, d); err != nil {
			log.Error("slack: delayed answer failed", "user_id", cmd.UserID, "err", err)
		}
	})
	return ResponseMessage(d)
}

// ResponseMessage renders an answer for a slash-command response: only the
// user who asked sees it.
func ResponseMessage(d *bot.Doc) *slack.WebhookMessage {
	blocks, text := DocBlocks(d)
	f := false
	return &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, Text: text, Blocks: &slack.Blocks{BlockSet: blocks}, UnfurlLinks: &f, UnfurlMedia: &f}
}

// PostResponse sends a delayed answer to a response_url.
func PostResponse(ctx context.Context, hc *http.Client, responseURL string, d *bot.Doc) error {
	u, err := url.Parse(responseURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return errors.New("slack: response_url is not an http(s) URL")
	}
	raw, err := json.Marshal(ResponseMessage(d))
	if err != nil {
		return fmt.Errorf("slack: encode answer: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, responseURL, bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("slack: answer request: %w", bot.StripURL(err))
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return fmt.Errorf("slack: post answer: %w", bot.StripURL(err))
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 4096))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("slack: post answer: %s", resp.Status)
	}
	return nil
}
