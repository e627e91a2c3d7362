package config

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// EnvPrefix starts the name of every environment variable Load reads.
const EnvPrefix = "IDLIBWATCH_"

// EnvVar is an environment variable that overrides a key. Every key has one,
// named after its path: store.driver is IDLIBWATCH_STORE_DRIVER,
// network.allow_private IDLIBWATCH_NETWORK_ALLOW_PRIVATE. A list of words
// (topic.extra_terms, slack.admins) is written comma-separated; feeds as URLs
// separated by commas or spaces, or as YAML like the file's; channels and
// sources as YAML ('[{name: desk, slack: C0123ABCD}]').
type EnvVar struct {
	Name string // IDLIBWATCH_SLACK_BOT_TOKEN
	Key  string // slack.bot_token
	path []int  // field indexes from Config down to the key
}

// envVars is every key's variable, generated once from the Config type so
// that a new key gets one without anyone remembering to add it.
var envVars = envVarsOf(reflect.TypeOf(Config{}), "", nil)

func envVarsOf(t reflect.Type, key string, path []int) []EnvVar {
	var out []EnvVar
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if !f.IsExported() || name == "" || name == "-" {
			continue
		}
		k, p := joinKey(key, name), append(slices.Clone(path), i)
		// A struct is its keys; a scalar, or a list (of anything), is one key.
		if f.Type.Kind() == reflect.Struct && !reflect.PointerTo(f.Type).Implements(scalarParserType) {
			out = append(out, envVarsOf(f.Type, k, p)...)
			continue
		}
		out = append(out, EnvVar{Name: EnvPrefix + strings.ToUpper(strings.ReplaceAll(k, ".", "_")), Key: k, path: p})
	}
	return out
}

var scalarParserType = reflect.TypeOf((*scalarParser)(nil)).Elem()

// EnvVars lists the environment variables Load reads, for docs and help text.
func EnvVars() []EnvVar { return slices.Clone(envVars) }

// SecretEnvVars are the variables of the keys that hold secrets: the ones
// best kept out of a file.
var SecretEnvVars = []string{
	"IDLIBWATCH_SLACK_BOT_TOKEN", "IDLIBWATCH_SLACK_SIGNING_SECRET", "IDLIBWATCH_SLACK_APP_TOKEN", "IDLIBWATCH_SLACK_WEBHOOK_URL",
	"IDLIBWATCH_DISCORD_BOT_TOKEN", "IDLIBWATCH_DISCORD_WEBHOOK_URL", "IDLIBWATCH_STORE_DSN",
}

// applyEnv overrides c's keys with the variables that are set (getenv
// returns ""), parsed as the file's values are and with the same checks; a
// problem names the variable. It records which key came from where.
func (c *Config) applyEnv(getenv func(string) string) []Problem {
	var problems []Problem
	for _, e := range envVars {
		val := getenv(e.Name)
		if val == "" {
			continue
		}
		d := &decoder{lines: map[string]int{}, bad: c.bad}
		field := reflect.ValueOf(c).Elem().FieldByIndex(e.path)
		n, err := envNode(field.Type(), val)
		if err != nil {
			problems = append(problems, Problem{Env: e.Name, Key: e.Key, Msg: err.Error()})
			c.bad[e.Key] = true
			continue
		}
		if field.Kind() == reflect.Slice {
			field.Set(reflect.Zero(field.Type())) // the variable replaces the file's list
		}
		d.value(n, field, e.Key)
		for _, p := range d.problems {
			p.File, p.Line, p.Env = "", 0, e.Name
			problems = append(problems, p)
		}
		c.envs[e.Key] = e.Name
	}
	return problems
}

// envNode turns a variable's value into the YAML node the file would have
// held. A scalar is taken verbatim (no YAML: "*/5 * * * *" is not an alias,
// "on" not a boolean in a string key); lists are split or read as YAML.
func envNode(t reflect.Type, val string) (*yaml.Node, error) {
	scalar := func(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }
	if t.Kind() != reflect.Slice {
		return scalar(strings.TrimSpace(val)), nil
	}
	trimmed := strings.TrimSpace(val)
	elem := t.Elem()
	asYAML := strings.HasPrefix(trimmed, "[") || strings.HasPrefix(trimmed, "-") || strings.Contains(trimmed, "\n") ||
		(elem.Kind() == reflect.Struct && elem != feedType)
	if asYAML {
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(val), &doc); err != nil {
			return nil, fmt.Errorf("not valid YAML: %s (expected a list such as [a, b], or %s)",
				strings.TrimPrefix(err.Error(), "yaml: "), listExample(elem))
		}
		if len(doc.Content) == 0 {
			return &yaml.Node{Kind: yaml.SequenceNode}, nil
		}
		return doc.Content[0], nil
	}
	seps := func(r rune) bool { return r == ',' }
	if elem == feedType {
		seps = func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	for _, part := range strings.FieldsFunc(val, seps) {
		if s := strings.TrimSpace(part); s != "" {
			seq.Content = append(seq.Content, scalar(s))
		}
	}
	return seq, nil
}

func listExample(elem reflect.Type) string {
	switch elem {
	case feedType:
		return "URLs separated by commas"
	case reflect.TypeOf(Channel{}):
		return "[{name: desk, slack: C0123ABCD}]"
	case reflect.TypeOf(Source{}):
		return "[{entity: SOHR, aliases: [Observatory]}]"
	}
	return "words separated by commas"
}

// UnknownEnv names the variables of environ ("NAME=value") that start with
// EnvPrefix but set no key, each with the variable probably meant: a misspelt
// IDLIBWATCH_SLACK_BOT_TOKN is otherwise ignored without a word. The test
// suite's own variables (testEnvPrefixes) are not settings and are left
// alone.
func UnknownEnv(environ []string) []string {
	var out []string
	for _, kv := range environ {
		name, _, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(name, EnvPrefix) || slices.ContainsFunc(testEnvPrefixes, func(p string) bool {
			return strings.HasPrefix(name, EnvPrefix+p)
		}) {
			continue
		}
		best, bestDist := "", 1<<30
		for _, e := range envVars {
			if e.Name == name {
				best, bestDist = "", -1
				break
			}
			if d := levenshtein(name, e.Name); d < bestDist {
				best, bestDist = e.Name, d
			}
		}
		switch {
		case bestDist < 0:
			continue
		case bestDist <= 3:
			out = append(out, fmt.Sprintf("$%s: not a setting, ignored (did you mean $%s?)", name, best))
		default:
			out = append(out, fmt.Sprintf("$%s: not a setting, ignored", name))
		}
	}
	slices.Sort(out)
	return out
}

// testEnvPrefixes start the variables the tests and benchmarks read
// (IDLIBWATCH_TEST_POSTGRES, IDLIBWATCH_HARNESS_KILLS, …).
var testEnvPrefixes = []string{"TEST_", "HARNESS_", "BENCH_", "CRASH_", "FEEDS_BENCH_"}
