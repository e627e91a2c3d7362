package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// writeConfig writes body to DIR/bad.yaml and returns its path.
func writeConfig(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func noEnv(string) string { return "" }

func envMap(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// problems loads body and returns its problems, failing if it loads cleanly.
func problems(t *testing.T, body string, getenv func(string) string) []Problem {
	t.Helper()
	if getenv == nil {
		getenv = noEnv
	}
	path := writeConfig(t, body)
	c, err := Load(path, getenv)
	if err == nil {
		t.Fatalf("Load succeeded, want problems; config:\n%s", c.Masked())
	}
	var ce *Error
	if !errors.As(err, &ce) {
		t.Fatalf("Load error is %T (%v), want *config.Error", err, err)
	}
	for _, p := range ce.Problems {
		if p.Env == "" && p.File != path {
			t.Errorf("problem %q names file %q, want %q", p.Msg, p.File, path)
		}
	}
	return ce.Problems
}

func TestLoadRejectsBadValues(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		line int
		key  string
		msg  string // substring of the message
	}{
		{"misspelt top-level key", "store: {driver: sqlite}\nschedul: \"*/5 * * * *\"\n", 2, "schedul", `unknown key (did you mean "schedule"?)`},
		{"misspelt nested key", "network:\n  timeot: 5s\n", 2, "network.timeot", `did you mean "timeout"?`},
		{"dash instead of underscore", "slack:\n  bot-token: x\n", 2, "slack.bot-token", `did you mean "bot_token"?`},
		{"key at the wrong level", "timeout: 20s\n", 1, "timeout", `did you mean "network.timeout"? it belongs under network`},
		{"key found at several levels", "slack: {webhook_url: https://hooks.slack.com/services/T/B/x}\nname: desk\n", 2, "name", `did you mean "channels[].name" or "topic.name"?`},
		{"merge key", "log:\n  <<: {level: info}\n", 2, "log", "merge keys (<<) are not supported"},
		{"unknown key with no near name", "feeds:\n  - url: https://a.example/rss\n    colour: red\n", 3, "feeds[0].colour", "expected one of fulltext, schedule, title, url in feeds[0]"},
		{"key set twice", "log:\n  level: info\n  level: debug\n", 3, "log.level", "set twice (first on line 2)"},
		{"bad duration", "network:\n  timeout: 5x\n", 2, "network.timeout", `"5x" is not a duration (expected a number with a unit`},
		{"duration without unit", "poll:\n  max_backoff: 60\n", 2, "poll.max_backoff", `"60" has no unit`},
		{"zero duration", "network:\n  timeout: 0s\n", 2, "network.timeout", "0s is not positive (expected a duration such as 20s)"},
		{"list where a duration goes", "network:\n  timeout: [20s]\n", 2, "network.timeout", "expected a duration such as 30s, 5m, 6h or 1h30m, got a list"},
		{"mapping where a size goes", "network:\n  max_body: {mib: 10}\n", 2, "network.max_body", "expected a size such as 10MiB, 512KB or 1048576, got a mapping"},
		{"bad size", "network:\n  max_body: 10Mo\n", 2, "network.max_body", `"10Mo" is not a size (expected bytes, or a number with a unit`},
		{"negative size", "network:\n  max_body: -1MiB\n", 2, "network.max_body", "is not positive"},
		{"negative number", "poll:\n  backfill: -3\n", 2, "poll.backfill", "-3 is negative (expected a whole number, 0 or more)"},
		{"zero workers", "network:\n  workers: 0\n", 2, "network.workers", "0 is too small (expected a whole number, 1 or more)"},
		{"not a number", "network:\n  per_host: two\n", 2, "network.per_host", `expected a whole number, got "two"`},
		{"not a bool", "network:\n  allow_private: maybe\n", 2, "network.allow_private", `expected true or false, got "maybe"`},
		{"mapping where a string goes", "store:\n  driver: {name: sqlite}\n", 2, "store.driver", "expected a string, got a mapping"},
		{"list where a mapping goes", "network: [1, 2]\n", 1, "network", "expected a mapping of keys to values, got a list"},
		{"scalar where a list goes", "feeds: https://a.example/rss\n", 1, "feeds", `expected a list, got "https://a.example/rss"`},
		{"bad schedule", "schedule: \"*/5 * * *\"\n", 1, "schedule", `"*/5 * * *" is not a cron spec: expected exactly 5 fields, found 4`},
		{"empty schedule", "schedule: \"\"\n", 1, "schedule", "missing (expected a cron spec"},
		{"feed schedule not a cron spec", "feeds:\n  - url: https://a.example/rss\n    schedule: every 2m\n", 3, "feeds[0].schedule", `"every 2m" is not a cron spec: expected exactly 5 fields, found 2: [every 2m] (expected 5 fields such as "*/5 * * * *", or @every DURATION, or a descriptor`},
		{"bad descriptor", "schedule: \"@evry 2m\"\n", 1, "schedule", "unrecognized descriptor"},
		{"bad @every", "schedule: \"@every 2x\"\n", 1, "schedule", "failed to parse duration"},
		{"unknown time zone", "schedule: \"CRON_TZ=Mars/Olympus 0 8 * * *\"\n", 1, "schedule", "unknown time zone Mars/Olympus"},
		{"time zone with no schedule", "schedule: \"CRON_TZ=Europe/Paris\"\n", 1, "schedule", "has no schedule after it"},
		{"out of range field", "schedule: \"0 25 * * *\"\n", 1, "schedule", "above maximum"},
		{"feed URL not http", "feeds:\n  - url: ftp://a.example/rss\n", 2, "feeds[0].url", `"ftp://a.example/rss" is not an absolute http(s) URL (expected https://HOST/PATH)`},
		{"feed URL relative", "feeds:\n  - /rss.xml\n", 2, "feeds[0].url", "is not an absolute http(s) URL"},
		{"feed without URL", "feeds:\n  - title: nothing\n", 2, "feeds[0].url", "missing (expected the feed's http(s) URL)"},
		{"feed twice", "feeds:\n  - https://a.example/rss\n  - url: https://a.example/rss\n", 3, "feeds[1].url", "is already feeds[0]"},
		{"api URL not absolute", "slack:\n  api_url: slack.com/api\n", 2, "slack.api_url", "is not an absolute http(s) URL"},
		{"webhook URL not http", "discord:\n  webhook_url: discord.com/api/webhooks/1/x\n", 2, "discord.webhook_url", "is not an absolute http(s) URL"},
		{"unknown driver", "store:\n  driver: mysql\n", 2, "store.driver", `"mysql" is not a store driver (expected sqlite or postgres)`},
		{"postgres without DSN", "store:\n  dsn: \"\"\n  driver: postgres\n", 3, "store.dsn", "missing for driver postgres"},
		{"postgres with a non-postgres URL", "store:\n  driver: postgres\n  dsn: mysql://u:p@h/db\n", 3, "store.dsn", "is not a PostgreSQL URL"},
		{"unknown topic", "topic:\n  name: aleppo\n", 2, "topic.name", `"aleppo" is not a topic (expected idlib, or all`},
		{"extra terms with all", "topic:\n  name: all\n  extra_terms: [Atmeh]\n", 3, "topic.extra_terms", "has no effect"},
		{"bot token is an app token", "slack:\n  bot_token: xapp-1-A1-2-abc\n", 2, "slack.bot_token", "is an app-level token"},
		{"socket mode without app token", "slack:\n  bot_token: xoxb-1\n  socket_mode: true\n", 3, "slack.socket_mode", "needs slack.app_token"},
		{"slack admin not an ID", "slack:\n  admins: [\"@alice\"]\n", 2, "slack.admins[0]", `"@alice" is not a Slack user ID`},
		{"discord public key not hex", "discord:\n  public_key: nothex\n", 2, "discord.public_key", "is not an Ed25519 public key (expected 64 hex digits"},
		{"discord guild not an ID", "discord:\n  guild_id: newsroom\n", 2, "discord.guild_id", "is not a Discord ID"},
		{"unknown alert class", "slack: {webhook_url: https://hooks.slack.com/services/T/B/x}\nchannels:\n  - name: desk\n    slack: C0123\n    classes: [new, nwe]\n", 5, "channels[0].classes[1]", `"nwe" is not an alert class (expected new, revised, raised, conflict)`},
		{"no classes", "slack: {webhook_url: https://hooks.slack.com/services/T/B/x}\nchannels:\n  - name: desk\n    slack: C0123\n    classes: []\n", 5, "channels[0].classes", "empty (expected one or more of new, revised, raised, conflict"},
		{"channel with no target", "channels:\n  - name: desk\n    digest: \"0 8 * * *\"\n", 2, "channels[0]", "has no target (expected slack: CHANNEL_ID, discord: CHANNEL_ID, or both)"},
		{"channel without a name", "slack: {webhook_url: https://hooks.slack.com/services/T/B/x}\nchannels:\n  - slack: C0123\n", 3, "channels[0].name", "missing (expected a short unique name"},
		{"duplicate channel names", "slack: {webhook_url: https://hooks.slack.com/services/T/B/x}\nchannels:\n  - name: desk\n    slack: C0123\n  - name: desk\n    slack: C0456\n", 5, "channels[1].name", `"desk" is already the name of channels[0] (expected unique names)`},
		{"channel on an unconfigured platform", "channels:\n  - name: desk\n    discord: \"112233445566778899\"\n", 3, "channels[0].discord", "discord is not configured"},
		{"slack channel by name", "slack: {webhook_url: https://hooks.slack.com/services/T/B/x}\nchannels:\n  - name: desk\n    slack: \"#desk\"\n", 4, "channels[0].slack", `"#desk" is not a Slack channel ID`},
		{"bad digest", "slack: {webhook_url: https://hooks.slack.com/services/T/B/x}\nchannels:\n  - name: desk\n    slack: C0123\n    digest: \"8am\"\n", 5, "channels[0].digest", `"8am" is not a cron spec`},
		{"channel that gets nothing", "slack: {webhook_url: https://hooks.slack.com/services/T/B/x}\nchannels:\n  - name: desk\n    slack: C0123\n    digest_only: true\n    digest: \"off\"\n", 5, "channels[0].digest_only", "gets nothing"},
		{"bad listen address", "http:\n  listen: localhost\n", 2, "http.listen", `"localhost" is not an address to listen on (expected HOST:PORT`},
		{"bad log level", "log:\n  level: loud\n", 2, "log.level", `"loud" is not a log level (expected debug, info, warn or error)`},
		{"bad log format", "log:\n  format: xml\n", 2, "log.format", `"xml" is not a log format (expected text or json)`},
		{"two documents", "log: {level: info}\n---\nlog: {level: debug}\n", 2, "", "a second YAML document is not read"},
		{"invalid YAML", "store:\n  driver: sqlite\n dsn: x\n", 2, "", "not valid YAML"},
		{"tab indentation", "store:\n\tdriver: sqlite\n", 2, "", "not valid YAML"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := problems(t, tt.yaml, nil)
			if len(ps) != 1 {
				t.Fatalf("got %d problems, want 1:\n%v", len(ps), (&Error{ps}).Error())
			}
			p := ps[0]
			if p.Line != tt.line || p.Key != tt.key || !strings.Contains(p.Msg, tt.msg) {
				t.Errorf("got  %d %s: %s\nwant %d %s: …%s…", p.Line, p.Key, p.Msg, tt.line, tt.key, tt.msg)
			}
			// The formatted line is FILE:LINE: KEY: MESSAGE.
			want := p.File + ":" + strconv.Itoa(tt.line) + ": "
			if tt.key != "" {
				want += tt.key + ": "
			}
			if s := p.String(); !strings.HasPrefix(s, want) {
				t.Errorf("String() = %q, want prefix %q", s, want)
			}
		})
	}
}

func TestLoadReportsEveryProblemInFileOrder(t *testing.T) {
	body := `store: {driver: mysql}
schedul: "*/5 * * * *"
network:
  timeout: 5x
  workers: -1
feeds:
  - url: ftp://a.example/rss
    schedule: every 2m
channels:
  - name: desk
  - name: desk
log: {level: loud}
`
	ps := problems(t, body, nil)
	want := []struct {
		line int
		key  string
	}{
		{1, "store.driver"},
		{2, "schedul"},
		{4, "network.timeout"},
		{5, "network.workers"},
		{7, "feeds[0].url"},
		{8, "feeds[0].schedule"},
		{10, "channels[0]"},
		{11, "channels[1].name"},
		{11, "channels[1]"},
		{12, "log.level"},
	}
	if len(ps) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(ps), len(want), (&Error{ps}).Error())
	}
	for i, w := range want {
		if ps[i].Line != w.line || ps[i].Key != w.key {
			t.Errorf("problem %d: got %d %s (%s), want %d %s", i, ps[i].Line, ps[i].Key, ps[i].Msg, w.line, w.key)
		}
	}
	// Error() carries them all, one per line.
	if got := strings.Count((&Error{ps}).Error(), "\n") + 1; got != len(want) {
		t.Errorf("Error() has %d lines, want %d", got, len(want))
	}
}

func TestDecodeFailureIsReportedOnce(t *testing.T) {
	// A value that fails to decode keeps its default, and Validate must not
	// report the same key a second time.
	ps := problems(t, "feeds:\n  - url: [a, b]\n", nil)
	if len(ps) != 1 || ps[0].Key != "feeds[0].url" || !strings.Contains(ps[0].Msg, "expected a string") {
		t.Errorf("got %v", (&Error{ps}).Error())
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.yaml"), noEnv)
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "config: read") {
		t.Errorf("got %v, want a wrapped fs.ErrNotExist", err)
	}
}

func TestLoadDefaults(t *testing.T) {
	c, err := Load("", noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if c.Source() != "built-in defaults" || c.File() != "" {
		t.Errorf("Source() = %q, File() = %q", c.Source(), c.File())
	}
	checks := []struct {
		name      string
		got, want any
	}{
		{"store", c.Store, Store{Driver: "sqlite", DSN: "idlibwatch.db"}},
		{"schedule", c.Schedule, CronSpec("*/5 * * * *")},
		{"timeout", time.Duration(c.Network.Timeout), 20 * time.Second},
		{"max_body", int64(c.Network.MaxBody), int64(10 << 20)},
		{"max_redirects", c.Network.MaxRedirects, 5},
		{"workers", c.Network.Workers, 16},
		{"per_host", c.Network.PerHost, 2},
		{"allow_private", c.Network.AllowPrivate, false},
		{"failing_after", c.Poll.FailingAfter, 5},
		{"max_backoff", time.Duration(c.Poll.MaxBackoff), 6 * time.Hour},
		{"fulltext_below", c.Poll.FulltextBelow, 600},
		{"topic", c.Topic.Name, "idlib"},
		{"slack api", c.Slack.APIURL, "https://slack.com/api/"},
		{"discord api", c.Discord.APIURL, "https://discord.com/api/v10/"},
		{"slack off", c.Slack.Enabled(), false},
		{"discord off", c.Discord.Enabled(), false},
		{"channels", len(c.Channels), 0},
		{"listen", c.HTTP.Listen, "127.0.0.1:8080"},
		{"log", c.Log, Log{Level: "info", Format: "text"}},
	}
	for _, ck := range checks {
		if !reflect.DeepEqual(ck.got, ck.want) {
			t.Errorf("%s = %v, want %v", ck.name, ck.got, ck.want)
		}
	}
	if len(c.Feeds) < 8 {
		t.Errorf("%d default feeds, want a real list", len(c.Feeds))
	}
	var arabic bool
	for _, f := range c.Feeds {
		if checkHTTPURL(f.URL) != nil || !strings.HasPrefix(f.URL, "https://") {
			t.Errorf("default feed %q is not an https URL", f.URL)
		}
		if strings.ContainsAny(f.Title, "ابتثجحخدذرزسشصضطظعغفقكلمنهوي") {
			arabic = true
		}
	}
	if !arabic {
		t.Error("no Arabic feed among the defaults")
	}
	// Default returns a fresh copy each time.
	Default().Feeds[0].URL = "changed"
	if Default().Feeds[0].URL == "changed" || DefaultFeeds[0].URL == "changed" {
		t.Error("Default shares its feed list")
	}
}

func TestLoadEmptyFilesGiveDefaults(t *testing.T) {
	def := Default()
	def.fillDefaults()
	for _, body := range []string{"", "# only a comment\n", "---\n"} {
		c, err := Load(writeConfig(t, body), noEnv)
		if err != nil {
			t.Fatalf("%q: %v", body, err)
		}
		if c.Masked() != def.Masked() {
			t.Errorf("%q: effective config differs from the defaults:\n%s", body, c.Masked())
		}
	}
}

func TestLoadFileOverridesDefaults(t *testing.T) {
	c, err := Load(writeConfig(t, `
schedule: "CRON_TZ=Europe/Paris 0 8 * * *"
network: {timeout: 1m30s, max_body: 512KB, allow_private: true}
poll: {max_backoff: 2d}
topic: {name: ""}
feeds:
  - https://a.example/rss
  - url: https://b.example/atom
    schedule: "@every 2m"
    title: B
slack: {webhook_url: "https://hooks.slack.com/services/T0/B0/secret"}
channels:
  - name: desk
    slack: C0123ABCD
http: {listen: "off"}
`), noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if c.Schedule != "CRON_TZ=Europe/Paris 0 8 * * *" {
		t.Errorf("schedule = %q", c.Schedule)
	}
	if time.Duration(c.Network.Timeout) != 90*time.Second || c.Network.MaxBody != 512000 || !c.Network.AllowPrivate {
		t.Errorf("network = %+v", c.Network)
	}
	if c.Network.Workers != 16 {
		t.Errorf("workers = %d, want the default 16 kept", c.Network.Workers)
	}
	if time.Duration(c.Poll.MaxBackoff) != 48*time.Hour {
		t.Errorf("max_backoff = %v", c.Poll.MaxBackoff)
	}
	if !c.Topic.KeepsAll() {
		t.Errorf("topic %q: an empty name should keep everything", c.Topic.Name)
	}
	if len(c.Feeds) != 2 || c.Feeds[0].URL != "https://a.example/rss" || c.Feeds[1].Title != "B" {
		t.Errorf("feeds = %+v", c.Feeds)
	}
	if c.ScheduleFor(c.Feeds[0]) != c.Schedule || c.ScheduleFor(c.Feeds[1]) != "@every 2m" {
		t.Errorf("ScheduleFor = %q, %q", c.ScheduleFor(c.Feeds[0]), c.ScheduleFor(c.Feeds[1]))
	}
	ch := c.Channels[0]
	if ch.Digest != DefaultDigest || !reflect.DeepEqual(ch.Classes, AlertClasses) || !ch.HasDigest() {
		t.Errorf("channel defaults = %+v", ch)
	}
	if !c.Slack.WebhookOnly() || c.HTTP.Listen != ListenOff {
		t.Errorf("slack %+v, listen %q", c.Slack, c.HTTP.Listen)
	}
}

func TestLoadNoFeeds(t *testing.T) {
	c, err := Load(writeConfig(t, "feeds: []\n"), noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Feeds) != 0 {
		t.Errorf("feeds: [] gave %d feeds, want none", len(c.Feeds))
	}
}

func TestEnvOverrides(t *testing.T) {
	env := map[string]string{
		"IDLIBWATCH_SLACK_BOT_TOKEN":      "xoxb-from-env-0000000000",
		"IDLIBWATCH_SLACK_SIGNING_SECRET": "signing-from-env",
		"IDLIBWATCH_SLACK_APP_TOKEN":      "xapp-from-env-000000000",
		"IDLIBWATCH_SLACK_WEBHOOK_URL":    "https://hooks.slack.com/services/T/B/fromenv",
		"IDLIBWATCH_DISCORD_BOT_TOKEN":    "discord-from-env-0000000",
		"IDLIBWATCH_DISCORD_PUBLIC_KEY":   strings.Repeat("ab", 32),
		"IDLIBWATCH_DISCORD_WEBHOOK_URL":  "https://discord.com/api/webhooks/1/fromenv",
		"IDLIBWATCH_STORE_DSN":            "postgres://u:pw@db.example/idlib",
	}
	path := writeConfig(t, "store: {driver: postgres, dsn: \"postgres://file@db/x\"}\nslack: {bot_token: xoxb-from-file}\n")
	c, err := Load(path, envMap(env))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{
		"IDLIBWATCH_SLACK_BOT_TOKEN":      c.Slack.BotToken,
		"IDLIBWATCH_SLACK_SIGNING_SECRET": c.Slack.SigningSecret,
		"IDLIBWATCH_SLACK_APP_TOKEN":      c.Slack.AppToken,
		"IDLIBWATCH_SLACK_WEBHOOK_URL":    c.Slack.WebhookURL,
		"IDLIBWATCH_DISCORD_BOT_TOKEN":    c.Discord.BotToken,
		"IDLIBWATCH_DISCORD_PUBLIC_KEY":   c.Discord.PublicKey,
		"IDLIBWATCH_DISCORD_WEBHOOK_URL":  c.Discord.WebhookURL,
		"IDLIBWATCH_STORE_DSN":            c.Store.DSN,
	}
	if !reflect.DeepEqual(got, env) {
		t.Errorf("env overrides not applied:\n got %v\nwant %v", got, env)
	}
	for _, name := range SecretEnvVars {
		if _, ok := env[name]; !ok {
			t.Errorf("secret variable %s not tested", name)
		}
	}

	// The environment alone is enough for postgres; and an unset variable
	// leaves the file's value.
	c, err = Load(writeConfig(t, "store: {driver: postgres}\nslack: {bot_token: xoxb-from-file}\n"),
		envMap(map[string]string{"IDLIBWATCH_STORE_DSN": "host=db dbname=idlib password=pw"}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Store.DSN != "host=db dbname=idlib password=pw" || c.Slack.BotToken != "xoxb-from-file" {
		t.Errorf("store %+v, bot token %q", c.Store, c.Slack.BotToken)
	}
}

func TestEnvProblemNamesTheVariableNotTheSecret(t *testing.T) {
	ps := problems(t, "log: {level: info}\n", envMap(map[string]string{
		"IDLIBWATCH_SLACK_WEBHOOK_URL": "hooks.slack.com/services/T/B/sekrit",
	}))
	if len(ps) != 1 {
		t.Fatalf("got %v", (&Error{ps}).Error())
	}
	s := ps[0].String()
	if !strings.HasPrefix(s, "$IDLIBWATCH_SLACK_WEBHOOK_URL: slack.webhook_url: ") || strings.Contains(s, "sekrit") {
		t.Errorf("got %q", s)
	}
}

func TestMaskedHidesEverySecret(t *testing.T) {
	secrets := map[string]string{
		"IDLIBWATCH_SLACK_BOT_TOKEN":      "xoxb-111111111-222222222-SLACKBOTSECRET",
		"IDLIBWATCH_SLACK_SIGNING_SECRET": "8f742231b10e8888abcd99yyyzzz85a5",
		"IDLIBWATCH_SLACK_APP_TOKEN":      "xapp-1-A111-222-APPSECRETVALUE",
		"IDLIBWATCH_SLACK_WEBHOOK_URL":    "https://hooks.slack.com/services/T000/B000/WEBHOOKSECRET",
		"IDLIBWATCH_DISCORD_BOT_TOKEN":    "MTIzNDU2Nzg5MDEy.GhIjKl.DISCORDBOTSECRET",
		"IDLIBWATCH_DISCORD_WEBHOOK_URL":  "https://discord.com/api/webhooks/123/DISCORDHOOKSECRET",
	}
	for _, dsn := range []string{
		"postgres://idlib:PGSECRET@db.example:5432/idlib?sslmode=require",
		"postgres://idlib@db.example/idlib?password=PGSECRET",
		"host=db.example user=idlib password=PGSECRET dbname=idlib",
		"host=db.example user=idlib password='PG SECRET' dbname=idlib",
	} {
		env := map[string]string{"IDLIBWATCH_STORE_DSN": dsn}
		for k, v := range secrets {
			env[k] = v
		}
		c, err := Load(writeConfig(t, "store: {driver: postgres}\nslack: {socket_mode: true}\n"), envMap(env))
		if err != nil {
			t.Fatal(err)
		}
		out := c.Masked()
		for _, secret := range []string{"SLACKBOTSECRET", "8f742231", "APPSECRETVALUE", "WEBHOOKSECRET", "DISCORDBOTSECRET", "DISCORDHOOKSECRET", "PGSECRET", "PG SECRET"} {
			if strings.Contains(out, secret) {
				t.Errorf("masked output shows %q:\n%s", secret, out)
			}
		}
		for _, want := range []string{"bot_token: xoxb…(masked)", "app_token: xapp…(masked)", "signing_secret: (masked)", "https://hooks.slack.com/…(masked)", "db.example"} {
			if !strings.Contains(out, want) {
				t.Errorf("masked output lacks %q:\n%s", want, out)
			}
		}
		if c.String() != out {
			t.Error("String() differs from Masked()")
		}
	}
}

func TestMaskedLoadsBack(t *testing.T) {
	c, err := Load(writeConfig(t, "schedule: \"@every 10m\"\nnetwork: {timeout: 1h30m, max_body: 1500000}\ntopic: {extra_terms: [Atmeh, أطمة]}\n"), noEnv)
	if err != nil {
		t.Fatal(err)
	}
	out := c.Masked()
	c2, err := Load(writeConfig(t, out), noEnv)
	if err != nil {
		t.Fatalf("masked output does not load: %v\n%s", err, out)
	}
	if c2.Masked() != out {
		t.Errorf("round trip changed the config:\n%s\nvs\n%s", out, c2.Masked())
	}
}

func TestExampleFile(t *testing.T) {
	path := filepath.Join("..", "idlibwatch.example.yaml")
	c, err := Load(path, noEnv)
	if err != nil {
		t.Fatalf("the example does not pass: %v", err)
	}
	// The example documents the defaults: loading it changes nothing.
	def, _ := Load("", noEnv)
	if c.Masked() != def.Masked() {
		t.Errorf("the example's values differ from the defaults:\n%s\nvs\n%s", c.Masked(), def.Masked())
	}
	// Every key is documented.
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for _, key := range allKeys(reflect.TypeOf(Config{}), "") {
		name := key[strings.LastIndex(key, ".")+1:]
		if !strings.Contains(text, name+":") {
			t.Errorf("key %s is not in the example", key)
		}
	}
	// The secrets' variables are listed; the rest follow the rule it states.
	for _, name := range append(SecretEnvVars, "IDLIBWATCH_<KEY>") {
		if !strings.Contains(text, name) {
			t.Errorf("%s is not in the example", name)
		}
	}
}

func TestValidateBuiltInCode(t *testing.T) {
	c := Default()
	c.fillDefaults()
	if err := c.Validate(); err != nil {
		t.Fatalf("defaults do not validate: %v", err)
	}
	c.Network.Workers = 0
	err := c.Validate()
	var ce *Error
	if !errors.As(err, &ce) || len(ce.Problems) != 1 || ce.Problems[0].String() != "network.workers: 0 is too small (expected a whole number, 1 or more)" {
		t.Errorf("got %v", err)
	}
}

func TestCronSpecs(t *testing.T) {
	for _, s := range []CronSpec{"*/5 * * * *", "0 8 * * *", "CRON_TZ=Europe/Paris 0 8 * * *", "TZ=Asia/Damascus 30 7 * * 1-5", "@every 2m", "@hourly", "@daily"} {
		if _, err := s.Parse(); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
	for _, s := range []CronSpec{"", "every 2m", "* * * * * *", "@every", "CRON_TZ=Europe/Paris", "*/0 * * * *", "61 * * * *"} {
		if err := s.check(); err == nil {
			t.Errorf("%q parsed, want an error", s)
		}
	}
}

func TestParseDuration(t *testing.T) {
	good := map[string]time.Duration{"20s": 20 * time.Second, "300ms": 300 * time.Millisecond, "1h30m": 90 * time.Minute, "2d": 48 * time.Hour, "0": 0, " 5m ": 5 * time.Minute}
	for s, want := range good {
		if got, err := ParseDuration(s); err != nil || got != want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", s, got, err, want)
		}
	}
	for _, s := range []string{"", "5x", "20", "1.5", "d", "two minutes"} {
		if _, err := ParseDuration(s); err == nil {
			t.Errorf("ParseDuration(%q) succeeded", s)
		}
	}
	str := map[time.Duration]string{20 * time.Second: "20s", 6 * time.Hour: "6h", 90 * time.Minute: "1h30m", 48 * time.Hour: "2d", 2 * time.Minute: "2m", 0: "0s", 1500 * time.Millisecond: "1.5s", time.Hour + time.Second: "1h0m1s"}
	for d, want := range str {
		if got := Duration(d).String(); got != want {
			t.Errorf("Duration(%v).String() = %q, want %q", d, got, want)
		}
		if back, err := ParseDuration(Duration(d).String()); err != nil || back != d {
			t.Errorf("%q does not parse back to %v", Duration(d).String(), d)
		}
	}
}

func TestParseSize(t *testing.T) {
	good := map[string]int64{"10MiB": 10 << 20, "512KB": 512000, "512kb": 512000, "1048576": 1 << 20, "1 GiB": 1 << 30, "1.5MiB": 3 << 19, "2GB": 2e9, "100B": 100, "0": 0}
	for s, want := range good {
		if got, err := ParseSize(s); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %v, %v; want %v", s, got, err, want)
		}
	}
	for _, s := range []string{"", "10Mo", "MiB", "ten", "9999999999GiB", "1e400"} {
		if _, err := ParseSize(s); err == nil {
			t.Errorf("ParseSize(%q) succeeded", s)
		}
	}
	str := map[int64]string{10 << 20: "10MiB", 512000: "500KiB", 2e9: "2GB", 1 << 30: "1GiB", 1234: "1234", 0: "0"}
	for n, want := range str {
		if got := Size(n).String(); got != want {
			t.Errorf("Size(%d).String() = %q, want %q", n, got, want)
		}
	}
}

func TestChannelWants(t *testing.T) {
	all := Channel{Classes: AlertClasses}
	conflicts := Channel{Classes: []string{ClassConflict}, Events: []string{"atmeh-2026-11-20"}}
	quiet := Channel{Classes: AlertClasses, DigestOnly: true}
	tests := []struct {
		ch    Channel
		class string
		keys  []string
		want  bool
	}{
		{all, ClassNew, []string{"e1"}, true},
		{conflicts, ClassNew, []string{"atmeh-2026-11-20"}, false},
		{conflicts, ClassConflict, []string{"42", "atmeh-2026-11-20"}, true},
		{conflicts, ClassConflict, []string{"43", "sarmada"}, false},
		{quiet, ClassConflict, nil, false},
	}
	for i, tt := range tests {
		if got := tt.ch.Wants(tt.class, tt.keys...); got != tt.want {
			t.Errorf("%d: Wants(%s, %v) = %v", i, tt.class, tt.keys, got)
		}
	}
}

func TestChannelLookup(t *testing.T) {
	c, err := Load(writeConfig(t, `
discord: {webhook_url: "https://discord.com/api/webhooks/1/x"}
channels:
  - {name: desk, discord: "112233445566778899"}
  - {name: ops, discord: "112233445566778800", ops: true, digest_only: true}
`), noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if ch, ok := c.Channel("desk"); !ok || ch.Discord != "112233445566778899" {
		t.Errorf("Channel(desk) = %+v, %v", ch, ok)
	}
	if _, ok := c.Channel("nope"); ok {
		t.Error("Channel(nope) found")
	}
	if ops := c.OpsChannels(); len(ops) != 1 || ops[0].Name != "ops" {
		t.Errorf("OpsChannels() = %+v", ops)
	}
}

func TestLoadEmptyStringsKeepDefaults(t *testing.T) {
	c, err := Load(writeConfig(t, `
store: {driver: "", dsn: ""}
network: {user_agent: ""}
slack: {api_url: ""}
discord: {api_url: ""}
http: {listen: ""}
log: {level: "", format: ""}
schedule:
`), noEnv)
	if err != nil {
		t.Fatal(err)
	}
	def, _ := Load("", noEnv)
	if c.Masked() != def.Masked() {
		t.Errorf("empty values did not fall back to the defaults:\n%s", c.Masked())
	}
}
