// Package config holds idlibwatch's typed configuration: one YAML file, secrets
// that may come from the environment instead, and built-in defaults that let
// the service run with no file at all.
//
// Load reads, overrides, fills in and validates in that order, and reports every
// problem it finds at once, each with the file, line and key it concerns, so a
// user fixes a config in one pass instead of one error per run.
package config

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// DefaultFile is the file looked for in the working directory when no
// --config is given.
const DefaultFile = "idlibwatch.yaml"

// Config is the whole configuration. Other packages get the parts they need
// passed in; none of them reads a global.
type Config struct {
	Store     Store     `yaml:"store"`
	Schedule  CronSpec  `yaml:"schedule"` // default poll schedule for every feed
	Network   Network   `yaml:"network"`
	Poll      Poll      `yaml:"poll"`
	Topic     Topic     `yaml:"topic"`
	Feeds     []Feed    `yaml:"feeds"`
	Slack     Slack     `yaml:"slack"`
	Discord   Discord   `yaml:"discord"`
	Channels  []Channel `yaml:"channels"`
	Alerts    Alerts    `yaml:"alerts"`
	Sources   []Source  `yaml:"sources"` // operators' source aliases
	HTTP      HTTP      `yaml:"http"`
	Log       Log       `yaml:"log"`
	Retention Retention `yaml:"retention"`

	// Where each value came from, so Validate can name a line or variable.
	file  string            // "" for built-in defaults
	lines map[string]int    // key path ("feeds[0].url") -> line in file
	envs  map[string]string // key path -> environment variable that set it
	bad   map[string]bool   // key paths that already failed to decode
}

// Store selects the database.
type Store struct {
	Driver string `yaml:"driver"` // "sqlite" or "postgres"
	// DSN is a file path for sqlite, a postgres:// URL or keyword string for
	// postgres. It is treated as a secret (it may hold a password).
	DSN string `yaml:"dsn"`
}

// Store drivers.
const (
	DriverSQLite   = "sqlite"
	DriverPostgres = "postgres"
)

// Network bounds every outbound fetch (feeds and article pages).
type Network struct {
	// AllowPrivate lets feeds resolve to any non-public address (loopback,
	// private, link-local, metadata and every other IANA special-purpose
	// range); off by default so a feed URL cannot reach the intranet.
	AllowPrivate bool     `yaml:"allow_private"`
	UserAgent    string   `yaml:"user_agent"`
	Timeout      Duration `yaml:"timeout"`       // per request, whole body included
	MaxBody      Size     `yaml:"max_body"`      // after decompression
	MaxRedirects int      `yaml:"max_redirects"` // 0 refuses every redirect
	Workers      int      `yaml:"workers"`       // fetches in flight overall
	PerHost      int      `yaml:"per_host"`      // fetches in flight per host
}

// Poll tunes how feeds are polled and when they count as failing.
type Poll struct {
	FailingAfter  int      `yaml:"failing_after"`  // consecutive failures before a feed is marked failing
	MaxBackoff    Duration `yaml:"max_backoff"`    // cap of the exponential backoff after failures
	FulltextBelow int      `yaml:"fulltext_below"` // item text shorter than this (chars) → fetch the page; 0 never
	Backfill      int      `yaml:"backfill"`       // items of a new feed's first poll that alert; the rest are stored silently
}

// Topic is the relevance filter applied to feed items.
type Topic struct {
	// Name is a built-in gazetteer ("idlib") or "all" to keep every item.
	Name       string   `yaml:"name"`
	ExtraTerms []string `yaml:"extra_terms"` // more words or phrases that make an item relevant
}

// Topic names.
const (
	TopicIdlib = "idlib"
	TopicAll   = "all"
)

// KeepsAll reports whether the topic filter lets every item through.
func (t Topic) KeepsAll() bool { return t.Name == TopicAll }

// Feed is one feed from the config file. Feeds added with `idlibwatch feeds add`
// live in the store instead.
type Feed struct {
	URL      string   `yaml:"url"`
	Schedule CronSpec `yaml:"schedule,omitempty"` // "" polls on the top-level schedule
	Title    string   `yaml:"title,omitempty"`    // shown instead of the feed's own title
	// FullText: the feed's items are titles only, so each new item's page is
	// fetched before the topic filter decides (others are judged on their
	// title and summary first).
	FullText bool `yaml:"fulltext,omitempty"`
}

// ScheduleFor returns the schedule a feed is polled on: its own, or the
// top-level one.
func (c *Config) ScheduleFor(f Feed) CronSpec {
	if f.Schedule != "" {
		return f.Schedule
	}
	return c.Schedule
}

// Slack configures the Slack side. With a bot token idlibwatch posts threaded
// alerts and answers /idlib; with only a webhook URL it posts alerts only.
type Slack struct {
	BotToken      string   `yaml:"bot_token"`      // xoxb-…, secret
	SigningSecret string   `yaml:"signing_secret"` // verifies /slack/commands requests, secret
	AppToken      string   `yaml:"app_token"`      // xapp-…, for Socket Mode, secret
	WebhookURL    string   `yaml:"webhook_url"`    // incoming webhook, secret
	APIURL        string   `yaml:"api_url"`        // base of the Web API; tests and proxies change it
	SocketMode    bool     `yaml:"socket_mode"`    // take slash commands over Socket Mode instead of HTTP
	Admins        []string `yaml:"admins"`         // user IDs allowed to manage feeds from chat
}

// Enabled reports whether Slack is configured at all.
func (s Slack) Enabled() bool { return s.BotToken != "" || s.WebhookURL != "" }

// WebhookOnly reports whether Slack gets alerts through the webhook only.
func (s Slack) WebhookOnly() bool { return s.BotToken == "" && s.WebhookURL != "" }

// Discord configures the Discord side, like Slack.
type Discord struct {
	BotToken      string   `yaml:"bot_token"`      // secret
	PublicKey     string   `yaml:"public_key"`     // hex Ed25519 key that signs HTTP interactions; not secret
	ApplicationID string   `yaml:"application_id"` // registers /idlib; looked up with the token when empty
	GuildID       string   `yaml:"guild_id"`       // register /idlib in this guild only; "" registers it globally
	WebhookURL    string   `yaml:"webhook_url"`    // secret
	APIURL        string   `yaml:"api_url"`
	Admins        []string `yaml:"admins"` // user IDs allowed to manage feeds from chat
}

// Enabled reports whether Discord is configured at all.
func (d Discord) Enabled() bool { return d.BotToken != "" || d.WebhookURL != "" }

// WebhookOnly reports whether Discord gets alerts through the webhook only.
func (d Discord) WebhookOnly() bool { return d.BotToken == "" && d.WebhookURL != "" }

// Channel is one desk: where its alerts and digest go and which it wants.
type Channel struct {
	Name       string   `yaml:"name"`        // unique, used in logs and by `idlibwatch digest`
	Slack      string   `yaml:"slack"`       // Slack channel ID (C…)
	Discord    string   `yaml:"discord"`     // Discord channel ID (digits)
	Digest     CronSpec `yaml:"digest"`      // when the daily digest is posted; "off" for none
	Classes    []string `yaml:"classes"`     // alert classes delivered; default all
	Events     []string `yaml:"events"`      // only these events (IDs or slugs); empty for all
	DigestOnly bool     `yaml:"digest_only"` // no alerts, only the digest
	Ops        bool     `yaml:"ops"`         // also gets feed health notices (failing, recovered)
	// The desk's own filters (chat can change them: /idlib settings).
	MinFigure int      `yaml:"min_figure"` // only reports with a figure at least this high (0: any)
	Places    []string `yaml:"places"`     // only events in these places (any spelling); empty for all
	Metrics   []string `yaml:"metrics"`    // only these metrics (killed, injured, casualties); empty for all
	Groups    []string `yaml:"groups"`     // only these groups (people, civilians, children, women, combatants, troops); empty for all
	Languages []string `yaml:"languages"`  // only reports in these languages (en, ar); empty for all
}

// Alerts configures what alerts are delivered at all.
type Alerts struct {
	// MaxAge: an alert whose report is older than this when delivery first
	// sees it is skipped, not posted (a backfill or a demo import never
	// floods a channel). Default 24h.
	MaxAge Duration `yaml:"max_age"`
}

// Source adds aliases to a source entity (a built-in one when Entity is one
// of its names, else a new one): "SOHR": ["the Coventry monitor"].
type Source struct {
	Entity  string   `yaml:"entity"`
	Aliases []string `yaml:"aliases"`
}

// DigestOff is the Channel.Digest value that turns the digest off.
const DigestOff = "off"

// Alert classes a channel may ask for.
const (
	ClassNew      = "new"
	ClassRevised  = "revised"
	ClassRaised   = "raised"
	ClassConflict = "conflict"
)

// AlertClasses lists every alert class, in the order they are documented.
var AlertClasses = []string{ClassNew, ClassRevised, ClassRaised, ClassConflict}

// Wants reports whether the channel gets alerts of class for event; eventKeys
// are the event's ID and slug, any of which may appear in Events.
func (ch Channel) Wants(class string, eventKeys ...string) bool {
	if ch.DigestOnly || !slices.Contains(ch.Classes, class) {
		return false
	}
	if len(ch.Events) == 0 {
		return true
	}
	for _, k := range eventKeys {
		if slices.Contains(ch.Events, k) {
			return true
		}
	}
	return false
}

// Channel returns the channel named name.
func (c *Config) Channel(name string) (Channel, bool) {
	for _, ch := range c.Channels {
		if ch.Name == name {
			return ch, true
		}
	}
	return Channel{}, false
}

// OpsChannels returns the channels that get feed health notices.
func (c *Config) OpsChannels() []Channel {
	var out []Channel
	for _, ch := range c.Channels {
		if ch.Ops {
			out = append(out, ch)
		}
	}
	return out
}

// HasDigest reports whether the channel gets a daily digest.
func (ch Channel) HasDigest() bool { return ch.Digest != DigestOff && ch.Digest != "" }

// HTTP configures the server for slash commands, interactions, health and
// metrics.
type HTTP struct {
	Listen string `yaml:"listen"` // host:port, or "off"
}

// Retention says how long what is no longer needed is kept; a daily prune
// deletes the rest. 0 keeps it for ever.
type Retention struct {
	// Articles: articles fetched longer ago that are filed under no event
	// and back no claim or alert (on-topic reports with no incident of
	// their own). The ledger's evidence is never pruned.
	Articles Duration `yaml:"articles"`
	// FeedItems: the record of a feed item no feed has shown for this long
	// (it is what makes an unchanged item cost nothing).
	FeedItems Duration `yaml:"feed_items"`
}

// ListenOff is the HTTP.Listen value that turns the server off.
const ListenOff = "off"

// Log configures logging.
type Log struct {
	Level  string `yaml:"level"`  // debug, info, warn, error
	Format string `yaml:"format"` // text or json
}

// Source names where the config came from: the file, or "built-in defaults".
func (c *Config) Source() string {
	if c.file == "" {
		return "built-in defaults"
	}
	return c.file
}

// File returns the config file path, "" when none was read.
func (c *Config) File() string { return c.file }

// Load builds the effective config: the built-in defaults, then the file at
// path if path is not "", then every key set in the environment (see EnvVar) (getenv, os.Getenv
// when nil), then defaults for what is still unset, and validates the result.
// Problems in the file are returned together as an *Error.
func Load(path string, getenv func(string) string) (*Config, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	c := Default()
	d := &decoder{file: path, lines: map[string]int{}, bad: map[string]bool{}}
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("config: read %s: %w", path, err)
		}
		d.document(data, c)
	}
	c.file, c.lines, c.bad = path, d.lines, d.bad
	c.envs = map[string]string{}
	envProblems := c.applyEnv(getenv)
	c.fillDefaults()
	problems := append(d.problems, envProblems...)
	if err := c.Validate(); err != nil {
		var ce *Error
		if !errors.As(err, &ce) {
			return nil, err
		}
		problems = append(problems, ce.Problems...)
	}
	if len(problems) > 0 {
		sortProblems(problems)
		return nil, &Error{Problems: problems}
	}
	return c, nil
}

// fillDefaults sets what the file left empty and what defaults cannot preset,
// such as the fields of list items.
func (c *Config) fillDefaults() {
	def := Default()
	if c.Store.Driver == "" || !c.isSet("store.driver") && isPostgresURL(c.Store.DSN) {
		// A postgres:// DSN says which driver it is for.
		c.Store.Driver = def.Store.Driver
		if isPostgresURL(c.Store.DSN) {
			c.Store.Driver = DriverPostgres
		}
	}
	if c.Store.DSN == "" && c.Store.Driver == DriverSQLite {
		c.Store.DSN = def.Store.DSN
	}
	// A postgres driver with the sqlite default file name left over is a
	// missing DSN; clear it so Validate says so.
	if c.Store.Driver == DriverPostgres && !c.isSet("store.dsn") {
		c.Store.DSN = ""
	}
	if c.Schedule == "" && !c.isSet("schedule") {
		c.Schedule = def.Schedule
	}
	if c.Network.UserAgent == "" {
		c.Network.UserAgent = def.Network.UserAgent
	}
	// An explicit empty topic keeps everything, as documented.
	if strings.TrimSpace(c.Topic.Name) == "" {
		c.Topic.Name = TopicAll
	}
	if c.Slack.APIURL == "" {
		c.Slack.APIURL = def.Slack.APIURL
	}
	if c.Discord.APIURL == "" {
		c.Discord.APIURL = def.Discord.APIURL
	}
	for i := range c.Channels {
		ch := &c.Channels[i]
		if ch.Digest == "" {
			ch.Digest = DefaultDigest
		}
		if ch.Classes == nil {
			ch.Classes = slices.Clone(AlertClasses)
		}
	}
	if c.HTTP.Listen == "" {
		c.HTTP.Listen = def.HTTP.Listen
	}
	if c.Log.Level == "" {
		c.Log.Level = def.Log.Level
	}
	if c.Log.Format == "" {
		c.Log.Format = def.Log.Format
	}
}

// isSet reports whether key was set by the file or the environment.
func (c *Config) isSet(key string) bool {
	_, inFile := c.lines[key]
	_, inEnv := c.envs[key]
	return inFile || inEnv
}

// Masked renders the effective config as YAML with every secret masked, safe
// to print or log.
func (c *Config) Masked() string {
	m := *c
	m.Store.DSN = maskDSN(m.Store.DSN)
	m.Slack.BotToken = maskToken(m.Slack.BotToken)
	m.Slack.SigningSecret = maskSecret(m.Slack.SigningSecret)
	m.Slack.AppToken = maskToken(m.Slack.AppToken)
	m.Slack.WebhookURL = maskURL(m.Slack.WebhookURL)
	m.Discord.BotToken = maskToken(m.Discord.BotToken)
	m.Discord.WebhookURL = maskURL(m.Discord.WebhookURL)
	var b strings.Builder
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&m); err != nil {
		// Only plain values live in Config, so this cannot happen.
		return fmt.Sprintf("# cannot render config: %v\n", err)
	}
	enc.Close()
	return b.String()
}

// String is Masked, so that printing a Config by accident leaks no secret.
func (c *Config) String() string { return c.Masked() }
