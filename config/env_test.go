package config

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestEveryKeyHasAVariable(t *testing.T) {
	names := map[string]bool{}
	for _, e := range EnvVars() {
		if names[e.Name] {
			t.Errorf("%s twice", e.Name)
		}
		names[e.Name] = true
	}
	for _, key := range allKeys(reflect.TypeOf(Config{}), "") {
		if strings.Contains(key, "[]") {
			continue // inside a list: set with the list's variable
		}
		if ft := fieldType(key); ft.Kind() == reflect.Struct && ft != reflect.TypeOf(Duration(0)) {
			continue // a section: its keys have variables
		}
		want := "IDLIBWATCH_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
		if !names[want] {
			t.Errorf("key %s has no variable %s", key, want)
		}
	}
}

// fieldType is the Go type of the key's field.
func fieldType(key string) reflect.Type {
	t := reflect.TypeOf(Config{})
	for _, part := range strings.Split(key, ".") {
		t = t.Field(yamlFields(t)[part]).Type
	}
	return t
}

func TestEnvSetsEveryKind(t *testing.T) {
	c, err := Load("", envMap(map[string]string{
		"IDLIBWATCH_HTTP_LISTEN":           ":8080",
		"IDLIBWATCH_SCHEDULE":              "*/2 * * * *",
		"IDLIBWATCH_NETWORK_ALLOW_PRIVATE": "true",
		"IDLIBWATCH_NETWORK_TIMEOUT":       "5s",
		"IDLIBWATCH_NETWORK_MAX_BODY":      "1MiB",
		"IDLIBWATCH_NETWORK_WORKERS":       "3",
		"IDLIBWATCH_TOPIC_EXTRA_TERMS":     "Sarmada, Harem",
		"IDLIBWATCH_FEEDS":                 "https://a.example/feed, https://b.example/rss https://c.example/atom",
		"IDLIBWATCH_SLACK_BOT_TOKEN":       "xoxb-0000000000-env",
		"IDLIBWATCH_SLACK_ADMINS":          "U0123ABCD,U0456EFGH",
		"IDLIBWATCH_CHANNELS":              "[{name: desk, slack: C0123ABCD, classes: [new, conflict]}]",
		"IDLIBWATCH_LOG_FORMAT":            "json",
	}))
	if err != nil {
		t.Fatal(err)
	}
	feeds := []string{}
	for _, f := range c.Feeds {
		feeds = append(feeds, f.URL)
	}
	switch {
	case c.HTTP.Listen != ":8080", c.Schedule != "*/2 * * * *", !c.Network.AllowPrivate,
		c.Network.Timeout != Duration(5*time.Second), c.Network.MaxBody != 1<<20, c.Network.Workers != 3,
		!slices.Equal(c.Topic.ExtraTerms, []string{"Sarmada", "Harem"}), c.Log.Format != "json",
		!slices.Equal(feeds, []string{"https://a.example/feed", "https://b.example/rss", "https://c.example/atom"}),
		!slices.Equal(c.Slack.Admins, []string{"U0123ABCD", "U0456EFGH"}):
		t.Errorf("not applied:\n%s", c.Masked())
	}
	if len(c.Channels) != 1 || c.Channels[0].Name != "desk" || c.Channels[0].Slack != "C0123ABCD" ||
		!slices.Equal(c.Channels[0].Classes, []string{"new", "conflict"}) || c.Channels[0].Digest != DefaultDigest {
		t.Errorf("channels %+v", c.Channels)
	}
}

// The defect: IDLIBWATCH_STORE_DSN=postgres://… alone left the driver at
// sqlite, passed config check, and failed at start with "unable to open
// database file (14)".
func TestPostgresDSNImpliesTheDriver(t *testing.T) {
	c, err := Load("", envMap(map[string]string{"IDLIBWATCH_STORE_DSN": "postgres://idlib:pw@db:5432/idlibwatch?sslmode=disable"}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Store.Driver != DriverPostgres {
		t.Errorf("driver %q, want postgres", c.Store.Driver)
	}
	c, err = Load(writeConfig(t, "store:\n  dsn: postgresql://db/idlibwatch\n"), noEnv)
	if err != nil || c.Store.Driver != DriverPostgres {
		t.Errorf("a postgresql:// DSN in the file: %v, %v", c, err)
	}
	// An explicit sqlite driver with a PostgreSQL URL is a mistake to name.
	_, err = Load(writeConfig(t, "store:\n  driver: sqlite\n"), envMap(map[string]string{"IDLIBWATCH_STORE_DSN": "postgres://u:secret@db/x"}))
	var ce *Error
	if !errors.As(err, &ce) || len(ce.Problems) != 1 ||
		ce.Problems[0].String() != "$IDLIBWATCH_STORE_DSN: store.dsn: is a PostgreSQL URL but store.driver is sqlite (expected driver postgres, or no driver: the URL implies it)" {
		t.Errorf("got %v", err)
	}
	// And the variable for the driver itself.
	c, err = Load("", envMap(map[string]string{"IDLIBWATCH_STORE_DRIVER": "postgres", "IDLIBWATCH_STORE_DSN": "host=db dbname=x"}))
	if err != nil || c.Store.Driver != DriverPostgres {
		t.Errorf("IDLIBWATCH_STORE_DRIVER: %v", err)
	}
}

func TestEnvProblemsNameTheVariable(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"IDLIBWATCH_NETWORK_WORKERS": "many"}, `$IDLIBWATCH_NETWORK_WORKERS: network.workers: expected a whole number, got "many"`},
		{map[string]string{"IDLIBWATCH_NETWORK_WORKERS": "0"}, `$IDLIBWATCH_NETWORK_WORKERS: network.workers: 0 is too small (expected a whole number, 1 or more)`},
		{map[string]string{"IDLIBWATCH_NETWORK_TIMEOUT": "5"}, `$IDLIBWATCH_NETWORK_TIMEOUT: network.timeout: "5" has no unit`},
		{map[string]string{"IDLIBWATCH_NETWORK_ALLOW_PRIVATE": "yes please"}, `$IDLIBWATCH_NETWORK_ALLOW_PRIVATE: network.allow_private: expected true or false`},
		{map[string]string{"IDLIBWATCH_SCHEDULE": "every five minutes"}, `$IDLIBWATCH_SCHEDULE: schedule: "every five minutes" is not a cron spec`},
		{map[string]string{"IDLIBWATCH_HTTP_LISTEN": "8080"}, `$IDLIBWATCH_HTTP_LISTEN: http.listen: "8080" is not an address to listen on`},
		{map[string]string{"IDLIBWATCH_STORE_DRIVER": "mysql"}, `$IDLIBWATCH_STORE_DRIVER: store.driver: "mysql" is not a store driver`},
		{map[string]string{"IDLIBWATCH_CHANNELS": "[{name: desk"}, `$IDLIBWATCH_CHANNELS: channels: not valid YAML`},
		{map[string]string{"IDLIBWATCH_CHANNELS": "[{name: desk}]"}, `$IDLIBWATCH_CHANNELS: channels[0]: has no target`},
		{map[string]string{"IDLIBWATCH_CHANNELS": "[{name: desk, slak: C0123ABCD}]"}, `$IDLIBWATCH_CHANNELS: channels[0].slak: unknown key (did you mean "slack"?)`},
		{map[string]string{"IDLIBWATCH_FEEDS": "ftp://a.example/feed"}, `$IDLIBWATCH_FEEDS: feeds[0].url: "ftp://a.example/feed" is not an absolute http(s) URL`},
	} {
		_, err := Load("", envMap(tc.env))
		var ce *Error
		if !errors.As(err, &ce) || !strings.HasPrefix(ce.Error(), tc.want) {
			t.Errorf("%v: got %v\nwant %s", tc.env, err, tc.want)
		}
	}
}

func TestUnknownEnv(t *testing.T) {
	got := UnknownEnv([]string{
		"IDLIBWATCH_SLACK_BOT_TOKEN=xoxb-1",                                   // a setting
		"IDLIBWATCH_HTTP_LISTN=:8080",                                         // misspelt
		"IDLIBWATCH_NOTHING_LIKE_IT=1",                                        // unknown
		"IDLIBWATCH_TEST_POSTGRES=postgres://x", "IDLIBWATCH_HARNESS_KILLS=5", // the tests' own
		"HOME=/root", "IDLIBWATCH_STORE_DSN=",
	})
	want := []string{
		"$IDLIBWATCH_HTTP_LISTN: not a setting, ignored (did you mean $IDLIBWATCH_HTTP_LISTEN?)",
		"$IDLIBWATCH_NOTHING_LIKE_IT: not a setting, ignored",
	}
	if !slices.Equal(got, want) {
		t.Errorf("UnknownEnv = %q, want %q", got, want)
	}
}
