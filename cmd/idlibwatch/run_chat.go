package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/bot"
	"github.com/idlibwatch/idlibwatch/bot/discord"
	"github.com/idlibwatch/idlibwatch/bot/slack"
	"github.com/idlibwatch/idlibwatch/config"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/feeds"
	"github.com/idlibwatch/idlibwatch/metrics"
	"github.com/idlibwatch/idlibwatch/monitor"
	"github.com/idlibwatch/idlibwatch/store"
)

// The chat side of `run`: the delivery worker, the digest schedule, /idlib
// over HTTP (Slack commands, Discord interactions) or Slack Socket Mode, and
// the Discord command registration. With no chat platform configured, alerts
// go to the terminal.
func init() {
	serviceParts = append(serviceParts, addChat)
}

// slackPace is the least time between two posts to one Slack channel: Slack
// allows about one message per second per channel.
var slackPace = time.Second

func addChat(ctx context.Context, env *serviceEnv, svc *monitor.Service) error {
	// base names each part's component; log speaks for the chat side.
	cfg, base := env.cfg, env.log
	log := base.With("component", "chat")
	p, err := buildChat(env.store, cfg, env.stdout, base, env.metrics)
	if err != nil {
		return err
	}
	if svc.Leader != nil {
		p.leading = svc.Leader.Leading
	}
	owner := "" // a name of its own per process: replicas share the destinations
	if env.store.Driver() == "sqlite" {
		// One process per SQLite file: a restart takes its destinations
		// back at once instead of waiting for the dead process's leases.
		owner = "sqlite"
	}
	svc.Components = append(svc.Components,
		bot.NewWorker(bot.WorkerOptions{Store: env.store, Health: healthSource{env.store}, Channels: p.channels, Chats: p.chats,
			Pace: map[string]time.Duration{bot.Slack: slackPace}, Owner: owner, Log: base.With("component", "delivery"),
			Summaries: env.store, MaxAge: time.Duration(env.cfg.Alerts.MaxAge), Desks: env.store}),
		// Slow answers still being worked on are cancelled and waited for.
		monitor.Func{N: "commands", F: func(ctx context.Context) error { <-ctx.Done(); p.commands.Close(); return nil }},
	)
	// Digests run in the leader only; every replica delivers (each
	// destination by one of them at a time) and answers commands.
	svc.Scheduled = append(svc.Scheduled, bot.NewScheduler(bot.SchedulerOptions{Store: env.store, Failing: failingFeeds(env.store),
		Channels: p.digests, Chats: p.chats, Log: base.With("component", "digest")}))
	if p.slack != nil && cfg.Slack.SocketMode {
		svc.Components = append(svc.Components, slack.NewSocket(slack.NewSocketClient(p.slack), p.commands, nil, base.With("component", "slack-socket")))
	} else if p.slack != nil && cfg.Slack.SigningSecret != "" {
		svc.Routes = append(svc.Routes, monitor.Route{Pattern: "POST /slack/commands", Handler: slack.NewCommandHandler(slack.CommandOptions{
			SigningSecret: cfg.Slack.SigningSecret, Commands: p.commands, Log: base.With("component", "slack-commands")})})
	}
	if cfg.Discord.PublicKey != "" {
		key, err := discord.ParsePublicKey(cfg.Discord.PublicKey)
		if err != nil {
			return fmt.Errorf("discord.public_key: %w", err)
		}
		h := discord.InteractionOptions{PublicKey: key, Commands: p.commands, Now: time.Now, Log: base.With("component", "discord-interactions")}
		if p.discord != nil {
			h.Session = p.discord.Session()
		} else {
			// Deferred answers are edited with the interaction's own token:
			// no bot token needed.
			dc, err := discord.New(discord.Options{APIURL: cfg.Discord.APIURL})
			if err != nil {
				return err
			}
			h.Session = dc.Session()
		}
		svc.Routes = append(svc.Routes, monitor.Route{Pattern: "POST /discord/interactions", Handler: discord.NewInteractionHandler(h)})
	}
	if p.discord != nil {
		svc.Components = append(svc.Components, discord.Registration{Session: p.discord.Session(), AppID: cfg.Discord.ApplicationID,
			GuildID: cfg.Discord.GuildID, Log: base.With("component", "discord-commands")})
	}
	names := make([]string, 0, len(p.chats))
	for _, c := range p.chats {
		names = append(names, c.Platform())
	}
	log.Info("chat ready", "platforms", strings.Join(names, ","), "channels", len(p.channels), "digests", len(p.digests))
	return nil
}

// chatParts is the chat side built from the config.
type chatParts struct {
	chats    []bot.Chat
	channels []alerts.Channel
	digests  []bot.DigestChannel
	commands *bot.Commands
	leading  func() bool     // whether this replica runs the schedules; nil: it does
	slack    *slack.Client   // nil unless a Slack bot token is set
	discord  *discord.Client // nil unless a Discord bot token is set
}

func buildChat(st *store.Store, cfg *config.Config, stdout io.Writer, base *slog.Logger, m *metrics.Metrics) (*chatParts, error) {
	log := base.With("component", "chat")
	p := &chatParts{}
	// One client per platform, so that its requests are counted under it.
	client := func(platform string) *http.Client {
		hc := &http.Client{Timeout: 30 * time.Second}
		if m != nil {
			hc.Transport = m.CountRequests(platform, nil)
		}
		return hc
	}
	hc := client(bot.Slack)
	switch {
	case cfg.Slack.BotToken != "":
		p.slack = slack.New(slack.Options{Token: cfg.Slack.BotToken, AppToken: cfg.Slack.AppToken, APIURL: cfg.Slack.APIURL, HTTPClient: hc, Log: base.With("component", "slack")})
		p.chats = append(p.chats, p.slack)
	case cfg.Slack.WebhookURL != "":
		p.chats = append(p.chats, slack.NewWebhook(cfg.Slack.WebhookURL, hc))
	}
	hc = client(bot.Discord)
	switch {
	case cfg.Discord.BotToken != "":
		dc, err := discord.New(discord.Options{Token: cfg.Discord.BotToken, APIURL: cfg.Discord.APIURL, HTTPClient: hc})
		if err != nil {
			return nil, err
		}
		p.discord = dc
		p.chats = append(p.chats, dc)
	case cfg.Discord.WebhookURL != "":
		p.chats = append(p.chats, discord.NewWebhook(cfg.Discord.WebhookURL, hc))
	}
	for _, ch := range cfg.Channels {
		ac := routingChannel(ch)
		p.channels = append(p.channels, ac)
		if !ch.HasDigest() {
			continue
		}
		spec := ch.Digest
		sched, err := spec.Parse()
		if err != nil {
			return nil, fmt.Errorf("channels %s: digest %q: %w", ch.Name, string(spec), err)
		}
		p.digests = append(p.digests, bot.DigestChannel{Channel: ac, Schedule: sched})
	}
	if len(p.chats) == 0 {
		// No platform: every alert and feed health notice, once, on the
		// terminal.
		p.chats = []bot.Chat{bot.NewTerminal(stdout)}
		p.channels = []alerts.Channel{{Name: "terminal", Ops: true}}
		p.digests = nil
	} else if len(cfg.Channels) == 0 {
		// Webhooks are bound to a channel: with none configured they get
		// every alert and health notice; a bot token needs channel IDs.
		p.channels = []alerts.Channel{{Name: "default", Ops: true}}
		if p.slack != nil || p.discord != nil {
			log.Warn("a chat bot token is set but no channels are configured: alerts go nowhere but webhooks")
		}
	}
	admins := map[string][]string{bot.Slack: cfg.Slack.Admins, bot.Discord: cfg.Discord.Admins}
	var observe func(platform, command string, took time.Duration)
	if m != nil {
		observe = func(platform, command string, took time.Duration) {
			m.CommandSeconds.WithLabelValues(platform, command).Observe(took.Seconds())
		}
	}
	p.commands = bot.NewCommands(bot.CommandOptions{
		Observe: observe,
		Lookup:  storeLookup{st},
		Feeds:   storeFeeds{st: st, fetcher: feeds.NewFetcher(feedOptions(cfg, base.With("component", "feeds")))},
		Digest: func(ctx context.Context, now time.Time) (alerts.Digest, error) {
			return bot.BuildDigest(ctx, st, failingFeeds(st), now)
		},
		Status: func(ctx context.Context, now time.Time) (bot.DeliveryStatus, error) {
			return deliveryStatus(ctx, st, now, p.leading)
		},
		Admins:   admins,
		Desk:     st,
		Channels: p.channels,
		Log:      base.With("component", "commands"),
	})
	return p, nil
}

// deliveryStatus reads the outbox's state for /idlib status.
func deliveryStatus(ctx context.Context, st *store.Store, now time.Time, leading func() bool) (bot.DeliveryStatus, error) {
	ds, err := st.DeliveryStatus(ctx, now, 50)
	if err != nil {
		return bot.DeliveryStatus{}, err
	}
	out := bot.DeliveryStatus{DeliveryStatus: ds, Leading: leading == nil || leading()}
	return out, nil
}

// routingChannel maps a configured channel to what routing reads.
func routingChannel(ch config.Channel) alerts.Channel {
	ac := alerts.Channel{Name: ch.Name, Slack: ch.Slack, Discord: ch.Discord, Events: ch.Events, DigestOnly: ch.DigestOnly, Ops: ch.Ops,
		Filters: alerts.Filters{MinFigure: ch.MinFigure, Places: ch.Places, Metrics: ch.Metrics, Groups: ch.Groups, Languages: ch.Languages}}
	for _, c := range ch.Classes {
		ac.Classes = append(ac.Classes, events.Class(c))
	}
	return ac
}

// healthSource adapts the store's feed health notices to the worker.
type healthSource struct{ st *store.Store }

func (h healthSource) PendingHealthNotices(ctx context.Context) ([]bot.HealthNotice, error) {
	ns, err := h.st.PendingHealthNotices(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]bot.HealthNotice, 0, len(ns))
	for _, n := range ns {
		out = append(out, bot.HealthNotice{ID: n.ID, FeedTitle: n.FeedTitle, FeedURL: n.FeedURL, Status: n.Status, Reason: n.Reason, At: n.At})
	}
	return out, nil
}

func (h healthSource) MarkHealthNoticeSent(ctx context.Context, id int64) error {
	return h.st.MarkHealthNoticeSent(ctx, id)
}

// failingFeeds lists the failing feeds for the digest.
func failingFeeds(st *store.Store) bot.FailingFeeds {
	return func(ctx context.Context) ([]alerts.HealthProblem, error) {
		fs, err := st.Feeds(ctx)
		if err != nil {
			return nil, err
		}
		var out []alerts.HealthProblem
		for _, f := range fs {
			if f.Status != store.FeedFailing {
				continue
			}
			name := f.Title
			if name == "" {
				name = f.URL
			}
			out = append(out, alerts.HealthProblem{Feed: name, Reason: f.LastError, Since: f.LastSuccess})
		}
		return out, nil
	}
}

// storeLookup adapts the store's event queries to the /idlib handlers.
type storeLookup struct{ st *store.Store }

func eventInfo(e events.Event) bot.EventInfo {
	return bot.EventInfo{ID: e.ID, Key: e.Key, Title: e.Title, LastSeen: e.LastSeen}
}

func (l storeLookup) FindEvents(ctx context.Context, q string, limit int) ([]bot.EventInfo, error) {
	evs, err := l.st.FindEvents(ctx, q, limit)
	if err != nil {
		return nil, err
	}
	out := make([]bot.EventInfo, 0, len(evs))
	for _, e := range evs {
		out = append(out, eventInfo(e))
	}
	return out, nil
}

func (l storeLookup) RecentEvents(ctx context.Context, since time.Time, limit int) ([]bot.EventInfo, error) {
	sums, err := l.st.RecentEvents(ctx, since, limit)
	if err != nil {
		return nil, err
	}
	out := make([]bot.EventInfo, 0, len(sums))
	for _, s := range sums {
		e := eventInfo(s.Event)
		e.Articles = s.Articles
		out = append(out, e)
	}
	return out, nil
}

func (l storeLookup) EventLedger(ctx context.Context, id int64) (bot.Ledger, error) {
	led, err := l.st.EventLedger(ctx, strconv.FormatInt(id, 10))
	if errors.Is(err, store.ErrNotFound) {
		return bot.Ledger{}, bot.ErrNotFound
	}
	if err != nil {
		return bot.Ledger{}, err
	}
	out := bot.Ledger{Event: eventInfo(led.Event)}
	out.Event.Articles = len(led.Reports)
	for _, r := range led.Figures {
		out.Claims = append(out.Claims, r.Claims...)
	}
	return out, nil
}

func (l storeLookup) Search(ctx context.Context, q string, limit int) ([]bot.SearchHit, error) {
	rs, err := l.st.Search(ctx, q, limit)
	if err != nil {
		return nil, err
	}
	out := make([]bot.SearchHit, 0, len(rs))
	for _, r := range rs {
		out = append(out, bot.SearchHit{Title: r.Title, Outlet: r.Outlet, URL: r.URL, Published: r.Published, Snippet: r.Snippet})
	}
	return out, nil
}

func (l storeLookup) ArticleTrace(ctx context.Context, u string) (bot.Trace, error) {
	tr, err := l.st.ArticleTrace(ctx, u)
	if err != nil {
		return bot.Trace{}, err
	}
	out := bot.Trace{Seen: tr.Seen, Title: tr.Title, Outlet: tr.Outlet, URL: tr.URL, Fetched: tr.Fetched,
		Relevant: tr.Event != nil, Claims: tr.Claims, Alerts: tr.Alerts, Notes: tr.Why}
	if tr.Event != nil {
		e := eventInfo(*tr.Event)
		out.Event = &e
	}
	return out, nil
}

// storeFeeds adapts the feed list to `/idlib feeds`; adding discovers the
// feed behind a page the way `idlibwatch feeds add` does.
type storeFeeds struct {
	st      *store.Store
	fetcher *feeds.Fetcher
}

func feedInfo(f store.Feed) bot.FeedInfo {
	return bot.FeedInfo{ID: f.ID, URL: f.URL, Title: f.Title, Status: f.Status}
}

func (s storeFeeds) ListFeeds(ctx context.Context) ([]bot.FeedInfo, error) {
	fs, err := s.st.Feeds(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]bot.FeedInfo, 0, len(fs))
	for _, f := range fs {
		out = append(out, feedInfo(f))
	}
	return out, nil
}

func (s storeFeeds) AddFeed(ctx context.Context, raw string) (bot.FeedInfo, error) {
	d, err := s.fetcher.Discover(ctx, raw)
	if err != nil {
		return bot.FeedInfo{}, fmt.Errorf("%w: %w", bot.Tell("No feed found at that address."), err)
	}
	f, _, err := s.st.AddFeed(ctx, store.Feed{URL: d.URL, Title: d.Title})
	if err != nil {
		return bot.FeedInfo{}, err
	}
	return feedInfo(f), nil
}

func (s storeFeeds) RemoveFeed(ctx context.Context, ref string) (bot.FeedInfo, error) {
	f, err := feedByRef(ctx, s.st, ref)
	if errors.Is(err, store.ErrNotFound) {
		return bot.FeedInfo{}, bot.ErrNotFound
	}
	if err != nil {
		return bot.FeedInfo{}, err
	}
	if err := s.st.RemoveFeed(ctx, f.ID); err != nil {
		return bot.FeedInfo{}, err
	}
	return feedInfo(f), nil
}
