package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runConfigCmd runs the binary's entry point and returns exit code, stdout, stderr.
func runConfigCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestConfigCheckReportsMisspeltKey(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.yaml")
	body := "store:\n  driver: sqlite\nschedul: \"*/5 * * * *\"\nnetwork:\n  timeout: soon\n"
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runConfigCmd(t, "--config", path, "config", "check")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if stdout != "" {
		t.Errorf("stdout = %q, want nothing", stdout)
	}
	for _, want := range []string{
		path + `:3: schedul: unknown key (did you mean "schedule"?)`,
		path + `:5: network.timeout: "soon" is not a duration`,
		"2 problems in " + path,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

func TestConfigCheckPrintsMaskedConfig(t *testing.T) {
	path := filepath.Join(t.TempDir(), "idlibwatch.yaml")
	body := "slack:\n  bot_token: xoxb-0000-1111-CMDSECRETTOKEN\nchannels:\n  - name: desk\n    slack: C0123ABCD\n"
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("IDLIBWATCH_SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T/B/CMDHOOKSECRET")
	code, stdout, stderr := runConfigCmd(t, "--config", path, "config", "check")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "config OK ("+path+")\n") {
		t.Errorf("stdout starts %q", configFirstLine(stdout))
	}
	for _, want := range []string{"bot_token: xoxb…(masked)", "webhook_url: https://hooks.slack.com/…(masked)", "name: desk", "schedule: '*/5 * * * *'"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	for _, secret := range []string{"CMDSECRETTOKEN", "CMDHOOKSECRET"} {
		if strings.Contains(stdout+stderr, secret) {
			t.Errorf("output shows the secret %q", secret)
		}
	}
}

func TestConfigCheckDefaultLookup(t *testing.T) {
	// With no --config, ./idlibwatch.yaml is used when present, else the
	// built-in defaults.
	dir := t.TempDir()
	t.Chdir(dir)
	code, stdout, stderr := runConfigCmd(t, "config", "check")
	if code != 0 || configFirstLine(stdout) != "config OK (built-in defaults)" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, configFirstLine(stdout), stderr)
	}
	if err := os.WriteFile("idlibwatch.yaml", []byte("log: {level: chatty}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runConfigCmd(t, "config", "check")
	if code != 1 || !strings.Contains(stderr, "idlibwatch.yaml:1: log.level: \"chatty\" is not a log level") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}

func TestConfigCheckExample(t *testing.T) {
	code, stdout, stderr := runConfigCmd(t, "--config", "../../idlibwatch.example.yaml", "config", "check", "-q")
	if code != 0 || stdout != "" {
		t.Errorf("exit %d, stdout %q, stderr:\n%s", code, stdout, stderr)
	}
}

func TestConfigCheckMissingFileAndArgs(t *testing.T) {
	code, _, stderr := runConfigCmd(t, "--config", filepath.Join(t.TempDir(), "nope.yaml"), "config", "check")
	if code != 1 || !strings.Contains(stderr, "nope.yaml") {
		t.Errorf("missing file: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runConfigCmd(t, "config", "check", "bad.yaml")
	if code != 2 || !strings.Contains(stderr, "--config") {
		t.Errorf("stray argument: exit %d, stderr %q", code, stderr)
	}
}

func configFirstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// TestConfigCheckNamesAMisspeltVariable: a variable that sets no key is
// named, with the one probably meant, and config check fails.
func TestConfigCheckNamesAMisspeltVariable(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("IDLIBWATCH_SLACK_BOT_TOKN", "xoxb-misspelt")
	code, _, errOut := cli(t, dir, "config", "check")
	if code != 1 || !strings.Contains(errOut, "$IDLIBWATCH_SLACK_BOT_TOKN: not a setting, ignored (did you mean $IDLIBWATCH_SLACK_BOT_TOKEN?)") {
		t.Errorf("config check: exit %d, stderr %q", code, errOut)
	}
}
