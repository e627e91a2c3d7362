// Package bot is the chat side of idlibwatch: the small contract a chat
// platform implements (post, reply in a thread, update), the /idlib command
// handlers Slack and Discord share, the delivery worker that drains the
// alert outbox into chat channels, the digest schedule and its chart, and
// the escaping that keeps article text from pinging or formatting a channel.
// bot/slack and bot/discord implement the contract.
package bot

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
)

// Platform names.
const (
	Slack    = "slack"
	Discord  = "discord"
	Terminal = "terminal"
)

// Outgoing is one message for one destination.
type Outgoing struct {
	Dest string // platform channel ID; webhooks ignore it
	// Thread is the thread to reply in (Slack: the parent ts; Discord: the
	// thread's channel ID); "" posts at the top level.
	Thread string
	// ThreadName names the thread a top-level alert opens where a thread is
	// a channel of its own (Discord).
	ThreadName string
	// Broadcast also shows a thread reply in the channel (Slack
	// reply_broadcast): used for conflicts.
	Broadcast bool
	// Key identifies the delivery; it is sent along (Slack metadata, Discord
	// nonce and footer) so that a post can be found again after a crash.
	Key string
	// Exactly one of Alert and Doc is set.
	Alert *alerts.Alert
	Doc   *Doc
	File  *File // an attachment, such as the digest chart
}

// File is an attachment.
type File struct {
	Name  string // "digest.png"
	Title string
	Data  []byte
}

// Posted says where a message landed.
type Posted struct {
	ID string // Slack ts, Discord message ID; "" for webhooks that say nothing
	// Thread is where later messages about the same event go: the ts of a
	// Slack thread parent, a Discord thread's channel ID, "" for none.
	Thread string
}

// Chat is a chat platform as the delivery worker sees it.
type Chat interface {
	Platform() string
	// Dest returns the channel's destination on this platform, "" when the
	// channel is not on it.
	Dest(ch alerts.Channel) string
	// Post sends a message. Errors are classified with RateLimited and
	// Permanent; anything else is retried with backoff.
	Post(ctx context.Context, m Outgoing) (Posted, error)
}

// Finder is a Chat that can look up a message it posted by its key, so that
// a delivery interrupted by a crash is not posted twice.
type Finder interface {
	Find(ctx context.Context, dest, thread, key string, since time.Time) (Posted, bool, error)
}

// ThreadOpener is a Chat whose threads are opened on a posted message in a
// call of their own (Discord): a root found after an interrupted post, or
// whose thread failed to open, gets its thread from the worker.
type ThreadOpener interface {
	OpenThread(ctx context.Context, dest, messageID, name string) (string, error)
}

// Updater is a Chat that can replace a message it posted.
type Updater interface {
	Update(ctx context.Context, dest, id string, m Outgoing) error
}

// ErrPermanent marks an error that retrying cannot fix: an unknown channel,
// a bot not in the channel, a revoked token, a missing permission.
var ErrPermanent = errors.New("permanent failure")

// Permanent wraps err as a permanent failure.
func Permanent(err error) error { return fmt.Errorf("%w: %w", ErrPermanent, err) }

// RateLimitError says the platform asked to wait before the next call.
type RateLimitError struct {
	After time.Duration
	Err   error
}

func (e *RateLimitError) Error() string {
	return fmt.Sprintf("rate limited, retry after %s: %v", e.After, e.Err)
}
func (e *RateLimitError) Unwrap() error { return e.Err }

// RateLimited wraps err as a rate limit lifted after d.
func RateLimited(d time.Duration, err error) error { return &RateLimitError{After: d, Err: err} }
