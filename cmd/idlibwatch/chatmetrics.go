package main

import (
	"context"
	"errors"
	"time"

	"github.com/idlibwatch/idlibwatch/bot"
	"github.com/idlibwatch/idlibwatch/metrics"
)

// countChat wraps a chat platform so that its posts and look-ups, and the
// rate limits among them, are counted in m. The wrapper keeps the optional
// interfaces (Finder, Updater) the platform has, and only those, since the
// worker decides what to do by asking for them.
func countChat(c bot.Chat, m *metrics.Metrics) bot.Chat {
	if m == nil {
		return c
	}
	cc := countedChat{Chat: c, m: m}
	f, isFinder := c.(bot.Finder)
	u, isUpdater := c.(bot.Updater)
	switch {
	case isFinder && isUpdater:
		return struct {
			countedFinder
			bot.Updater
		}{countedFinder{cc, f}, u}
	case isFinder:
		return countedFinder{cc, f}
	case isUpdater:
		return struct {
			countedChat
			bot.Updater
		}{cc, u}
	}
	return cc
}

type countedChat struct {
	bot.Chat
	m *metrics.Metrics
}

func (c countedChat) Post(ctx context.Context, out bot.Outgoing) (bot.Posted, error) {
	p, err := c.Chat.Post(ctx, out)
	c.count("post", err)
	return p, err
}

func (c countedChat) count(call string, err error) {
	result := "ok"
	var rl *bot.RateLimitError
	switch {
	case err == nil:
	case errors.As(err, &rl):
		result = "rate_limited"
	case errors.Is(err, bot.ErrPermanent):
		result = "permanent"
	default:
		result = "error"
	}
	c.m.ChatCalls.WithLabelValues(c.Platform(), call, result).Inc()
}

type countedFinder struct {
	countedChat
	f bot.Finder
}

func (c countedFinder) Find(ctx context.Context, dest, thread, key string, since time.Time) (bot.Posted, bool, error) {
	p, ok, err := c.f.Find(ctx, dest, thread, key, since)
	c.count("lookup", err)
	return p, ok, err
}
