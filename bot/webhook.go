package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

// StripURL drops the URL from a *url.Error: webhook, response and
// interaction URLs carry their tokens, which must not reach errors or logs.
func StripURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Errorf("%s: %w", ue.Op, ue.Err)
	}
	return err
}

// PostWebhook posts body to a platform's webhook URL and returns the reply,
// whatever its status. The URL is a credential: errors never carry it.
func PostWebhook(ctx context.Context, hc *http.Client, platform, webhookURL, contentType string, body io.Reader) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, webhookURL, body)
	if err != nil {
		return nil, Permanent(fmt.Errorf("%s: webhook request: %w", platform, StripURL(err)))
	}
	req.Header.Set("Content-Type", contentType)
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: post to webhook: %w", platform, StripURL(err))
	}
	return resp, nil
}

// WebhookError classifies a webhook's failed reply: a 429 is retried after
// wait, a 5xx with backoff, and anything else (a bad payload, a deleted
// webhook, an archived channel) never gets better by retrying.
func WebhookError(platform string, resp *http.Response, wait time.Duration, reason string) error {
	switch {
	case resp.StatusCode == http.StatusTooManyRequests:
		return RateLimited(wait, fmt.Errorf("%s: webhook: %s", platform, resp.Status))
	case resp.StatusCode >= 500:
		return fmt.Errorf("%s: webhook: %s", platform, resp.Status)
	}
	return Permanent(fmt.Errorf("%s: webhook: %s %s", platform, resp.Status, reason))
}
