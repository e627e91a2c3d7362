package config

import (
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// validator collects problems, placing each at the line or environment
// variable its key came from.
type validator struct {
	c        *Config
	problems []Problem
}

func (v *validator) add(key, format string, args ...any) {
	v.addAt(key, key, format, args...)
}

// addAt reports a problem with key at the line of another key, for a value
// that is missing because of what another key says.
func (v *validator) addAt(key, at, format string, args ...any) {
	if v.c.bad[key] {
		return // already reported when it failed to decode
	}
	p := Problem{Key: key, Msg: fmt.Sprintf(format, args...)}
	if env := v.c.envOf(key); env != "" {
		p.Env = env
	} else if v.c.file != "" {
		p.File = v.c.file
		// The value's own line, or its nearest parent's when it was a default.
		for k := at; k != ""; k = parentKey(k) {
			if line, ok := v.c.lines[k]; ok {
				p.Line = line
				break
			}
		}
	}
	v.problems = append(v.problems, p)
}

// envOf names the variable that set key or the list or section holding it,
// "" when none did.
func (c *Config) envOf(key string) string {
	for k := key; k != ""; k = parentKey(k) {
		if env, ok := c.envs[k]; ok {
			return env
		}
	}
	return ""
}

func parentKey(k string) string {
	i := strings.LastIndexAny(k, ".[")
	if i < 0 {
		return ""
	}
	return k[:i]
}

var (
	slackUserRE    = regexp.MustCompile(`^[UW][A-Z0-9]{2,}$`)
	slackChannelRE = regexp.MustCompile(`^[CGD][A-Z0-9]{2,}$`)
	snowflakeRE    = regexp.MustCompile(`^[0-9]{5,20}$`)
)

// Validate checks every value and returns an *Error listing all problems, or
// nil. Load calls it; call it again after changing a Config in code.
func (c *Config) Validate() error {
	v := &validator{c: c}

	switch c.Store.Driver {
	case DriverSQLite:
		if strings.TrimSpace(c.Store.DSN) == "" {
			v.add("store.dsn", "missing (expected the database file, such as idlibwatch.db)")
		} else if isPostgresURL(c.Store.DSN) {
			v.add("store.dsn", "is a PostgreSQL URL but store.driver is sqlite (expected driver postgres, or no driver: the URL implies it)")
		}
	case DriverPostgres:
		at := "store.dsn"
		if strings.TrimSpace(c.Store.DSN) == "" {
			at = "store.driver" // what made the DSN necessary
		}
		if err := checkPostgresDSN(c.Store.DSN); err != nil {
			v.addAt("store.dsn", at, "%v", err)
		}
	default:
		v.add("store.driver", "%q is not a store driver (expected sqlite or postgres)", c.Store.Driver)
	}

	v.cron("schedule", c.Schedule, false)

	n := c.Network
	if strings.TrimSpace(n.UserAgent) == "" {
		v.add("network.user_agent", "missing (expected a User-Agent that names idlibwatch and a contact)")
	}
	v.positive("network.timeout", int64(n.Timeout), n.Timeout.String(), "a duration such as 20s")
	v.positive("network.max_body", int64(n.MaxBody), n.MaxBody.String(), "a size such as 10MiB")
	v.atLeast("network.max_redirects", n.MaxRedirects, 0)
	v.atLeast("network.workers", n.Workers, 1)
	v.atLeast("network.per_host", n.PerHost, 1)

	p := c.Poll
	v.atLeast("poll.failing_after", p.FailingAfter, 1)
	v.positive("poll.max_backoff", int64(p.MaxBackoff), p.MaxBackoff.String(), "a duration such as 6h")
	v.atLeast("poll.fulltext_below", p.FulltextBelow, 0)
	v.atLeast("poll.backfill", p.Backfill, 0)

	switch c.Topic.Name {
	case TopicIdlib:
	case TopicAll:
		if len(c.Topic.ExtraTerms) > 0 {
			v.add("topic.extra_terms", "has no effect with topic.name %q, which keeps every item (expected no terms, or a gazetteer such as idlib)", TopicAll)
		}
	default:
		v.add("topic.name", "%q is not a topic (expected idlib, or all to keep every item)", c.Topic.Name)
	}
	for i, t := range c.Topic.ExtraTerms {
		if strings.TrimSpace(t) == "" {
			v.add(fmt.Sprintf("topic.extra_terms[%d]", i), "empty (expected a word or phrase)")
		}
	}

	seenFeed := map[string]int{}
	for i, f := range c.Feeds {
		key := fmt.Sprintf("feeds[%d]", i)
		if strings.TrimSpace(f.URL) == "" {
			v.add(key+".url", "missing (expected the feed's http(s) URL)")
		} else if err := checkHTTPURL(f.URL); err != nil {
			v.add(key+".url", "%q %v", f.URL, err)
		} else if j, dup := seenFeed[f.URL]; dup {
			v.add(key+".url", "%q is already feeds[%d] (expected each feed once)", f.URL, j)
		} else {
			seenFeed[f.URL] = i
		}
		v.cron(key+".schedule", f.Schedule, true)
	}

	v.validateSlack()
	v.validateDiscord()
	v.validateChannels()

	if l := c.HTTP.Listen; l != ListenOff {
		host, port, err := net.SplitHostPort(l)
		pn, perr := strconv.Atoi(port)
		if err != nil || perr != nil || pn < 0 || pn > 65535 || strings.ContainsAny(host, " /") {
			v.add("http.listen", "%q is not an address to listen on (expected HOST:PORT such as 127.0.0.1:8080 or :8080, or off)", l)
		}
	}

	for _, r := range []struct {
		key string
		d   Duration
	}{{"retention.articles", c.Retention.Articles}, {"retention.feed_items", c.Retention.FeedItems}} {
		if r.d < 0 {
			v.add(r.key, "%s is negative (expected a duration such as 90d, or 0 to keep everything)", r.d)
		} else if r.d > 0 && time.Duration(r.d) < 24*time.Hour {
			v.add(r.key, "%s is less than a day (expected a duration such as 90d, or 0 to keep everything)", r.d)
		}
	}

	if !slices.Contains([]string{"debug", "info", "warn", "error"}, c.Log.Level) {
		v.add("log.level", "%q is not a log level (expected debug, info, warn or error)", c.Log.Level)
	}
	if c.Log.Format != "text" && c.Log.Format != "json" {
		v.add("log.format", "%q is not a log format (expected text or json)", c.Log.Format)
	}

	if len(v.problems) == 0 {
		return nil
	}
	sortProblems(v.problems)
	return &Error{Problems: v.problems}
}

// checkChatURLs checks a chat platform's webhook URL, if set, and its API URL.
func (v *validator) checkChatURLs(platform, webhookURL, apiURL string) {
	if webhookURL != "" {
		// Never echo a webhook URL: it is the credential.
		if err := checkHTTPURL(webhookURL); err != nil {
			v.add(platform+".webhook_url", "the value %v", err)
		}
	}
	if err := checkHTTPURL(apiURL); err != nil {
		v.add(platform+".api_url", "%q %v", apiURL, err)
	}
}

func (v *validator) validateSlack() {
	s := v.c.Slack
	v.checkChatURLs("slack", s.WebhookURL, s.APIURL)
	if strings.HasPrefix(s.BotToken, "xapp-") {
		v.add("slack.bot_token", "is an app-level token (xapp-…) (expected the Bot User OAuth Token, xoxb-…; the app-level token goes in app_token)")
	}
	if s.AppToken != "" && !strings.HasPrefix(s.AppToken, "xapp-") {
		v.add("slack.app_token", "is not an app-level token (expected xapp-…, made under Basic Information → App-Level Tokens)")
	}
	if s.SocketMode {
		if s.AppToken == "" {
			v.add("slack.socket_mode", "needs slack.app_token (expected an app-level token xapp-… with connections:write, or IDLIBWATCH_SLACK_APP_TOKEN)")
		}
		if s.BotToken == "" {
			v.add("slack.socket_mode", "needs slack.bot_token to answer commands (expected xoxb-…, or IDLIBWATCH_SLACK_BOT_TOKEN)")
		}
	}
	for i, a := range s.Admins {
		if !slackUserRE.MatchString(a) {
			v.add(fmt.Sprintf("slack.admins[%d]", i), "%q is not a Slack user ID (expected an ID such as U0123ABCD, from the profile's ⋮ → Copy member ID)", a)
		}
	}
}

func (v *validator) validateDiscord() {
	d := v.c.Discord
	v.checkChatURLs("discord", d.WebhookURL, d.APIURL)
	if d.PublicKey != "" {
		if b, err := hex.DecodeString(d.PublicKey); err != nil || len(b) != 32 {
			v.add("discord.public_key", "%q is not an Ed25519 public key (expected 64 hex digits, from the Developer Portal's General Information)", d.PublicKey)
		}
	}
	for _, k := range []struct{ key, val string }{{"discord.application_id", d.ApplicationID}, {"discord.guild_id", d.GuildID}} {
		if k.val != "" && !snowflakeRE.MatchString(k.val) {
			v.add(k.key, "%q is not a Discord ID (expected digits such as 1234567890123456789)", k.val)
		}
	}
	for i, a := range d.Admins {
		if !snowflakeRE.MatchString(a) {
			v.add(fmt.Sprintf("discord.admins[%d]", i), "%q is not a Discord user ID (expected digits, from the profile's Copy User ID)", a)
		}
	}
}

func (v *validator) validateChannels() {
	c := v.c
	names := map[string]int{}
	for i, ch := range c.Channels {
		key := fmt.Sprintf("channels[%d]", i)
		switch {
		case strings.TrimSpace(ch.Name) == "":
			v.add(key+".name", "missing (expected a short unique name such as desk)")
		default:
			if j, dup := names[ch.Name]; dup {
				v.add(key+".name", "%q is already the name of channels[%d] (expected unique names)", ch.Name, j)
			} else {
				names[ch.Name] = i
			}
		}
		if ch.Slack == "" && ch.Discord == "" {
			v.add(key, "has no target (expected slack: CHANNEL_ID, discord: CHANNEL_ID, or both)")
		}
		if ch.Slack != "" {
			if !slackChannelRE.MatchString(ch.Slack) {
				v.add(key+".slack", "%q is not a Slack channel ID (expected an ID such as C0123ABCD, from the channel's details, not its #name)", ch.Slack)
			} else if !c.Slack.Enabled() {
				v.add(key+".slack", "slack is not configured (expected slack.bot_token or slack.webhook_url, or IDLIBWATCH_SLACK_BOT_TOKEN)")
			}
		}
		if ch.Discord != "" {
			if !snowflakeRE.MatchString(ch.Discord) {
				v.add(key+".discord", "%q is not a Discord channel ID (expected digits, from the channel's Copy Channel ID)", ch.Discord)
			} else if !c.Discord.Enabled() {
				v.add(key+".discord", "discord is not configured (expected discord.bot_token or discord.webhook_url, or IDLIBWATCH_DISCORD_BOT_TOKEN)")
			}
		}
		if ch.Digest != DigestOff {
			v.cron(key+".digest", ch.Digest, false)
		}
		if ch.Classes != nil && len(ch.Classes) == 0 && !ch.DigestOnly {
			v.add(key+".classes", "empty (expected one or more of %s; for a digest-only channel set digest_only: true)", strings.Join(AlertClasses, ", "))
		}
		for j, cl := range ch.Classes {
			if !slices.Contains(AlertClasses, cl) {
				v.add(fmt.Sprintf("%s.classes[%d]", key, j), "%q is not an alert class (expected %s)", cl, strings.Join(AlertClasses, ", "))
			}
		}
		if ch.MinFigure < 0 {
			v.add(key+".min_figure", "%d is negative (expected 0 for any figure, or the least figure a report must give)", ch.MinFigure)
		}
		for _, l := range []struct {
			name  string
			xs    []string
			known []string
		}{{"metrics", ch.Metrics, []string{"killed", "injured", "casualties"}},
			{"groups", ch.Groups, []string{"people", "civilians", "children", "women", "combatants", "troops"}},
			{"languages", ch.Languages, []string{"en", "ar"}}} {
			for j, x := range l.xs {
				if !slices.Contains(l.known, x) {
					v.add(fmt.Sprintf("%s.%s[%d]", key, l.name, j), "%q is not known (expected %s)", x, strings.Join(l.known, ", "))
				}
			}
		}
		for j, e := range ch.Events {
			if strings.TrimSpace(e) == "" {
				v.add(fmt.Sprintf("%s.events[%d]", key, j), "empty (expected an event ID or slug)")
			}
		}
		if ch.DigestOnly && ch.Digest == DigestOff && !ch.Ops {
			v.add(key+".digest_only", "with digest: off the channel gets nothing (expected a digest schedule, or digest_only: false)")
		}
	}
}

// cron checks a spec; an empty one is fine where it means "inherit".
func (v *validator) cron(key string, s CronSpec, emptyOK bool) {
	if strings.TrimSpace(string(s)) == "" {
		if !emptyOK {
			v.add(key, "missing (expected a cron spec such as \"*/5 * * * *\" or \"@every 5m\")")
		}
		return
	}
	if err := s.check(); err != nil {
		v.add(key, "%v", err)
	}
}

func (v *validator) positive(key string, n int64, shown, expected string) {
	if n <= 0 {
		v.add(key, "%s is not positive (expected %s)", shown, expected)
	}
}

func (v *validator) atLeast(key string, n, lo int) {
	if n < lo {
		what := "a whole number, 0 or more"
		if lo > 0 {
			what = fmt.Sprintf("a whole number, %d or more", lo)
		}
		if n < 0 {
			v.add(key, "%d is negative (expected %s)", n, what)
			return
		}
		v.add(key, "%d is too small (expected %s)", n, what)
	}
}

// checkHTTPURL returns an error saying why s is not an absolute http(s) URL.
// The error does not repeat s, so callers decide whether it may be shown.
func checkHTTPURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("is not an absolute http(s) URL (expected https://HOST/PATH)")
	}
	return nil
}

// checkPostgresDSN checks the shape of a PostgreSQL DSN without echoing it,
// since it may hold a password.
func checkPostgresDSN(dsn string) error {
	dsn = strings.TrimSpace(dsn)
	switch {
	case dsn == "":
		return fmt.Errorf("missing for driver postgres (expected postgres://USER:PASSWORD@HOST:5432/DB, or IDLIBWATCH_STORE_DSN)")
	case strings.Contains(dsn, "://"):
		u, err := url.Parse(dsn)
		if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
			return fmt.Errorf("is not a PostgreSQL URL (expected postgres://USER:PASSWORD@HOST:5432/DB)")
		}
	case !strings.Contains(dsn, "="):
		return fmt.Errorf("is not a PostgreSQL DSN (expected postgres://USER:PASSWORD@HOST:5432/DB or \"host=HOST dbname=DB user=USER\")")
	}
	return nil
}

// isPostgresURL reports whether dsn is a postgres:// or postgresql:// URL.
func isPostgresURL(dsn string) bool {
	d := strings.ToLower(strings.TrimSpace(dsn))
	return strings.HasPrefix(d, "postgres://") || strings.HasPrefix(d, "postgresql://")
}
