package bot

import (
	"strings"
	"testing"
)

var injections = []string{
	"<!channel> 13 killed",
	"<!here|here> look",
	"<!everyone>",
	"@everyone @here @channel",
	"ping <@U024BE7LH> and <#C024BE7LR|general>",
	"<https://evil.example|reuters.com>",
	"[reuters.com](https://evil.example)",
	"*bold* _it_ ~strike~ `code` > quote",
	"<@123456789012345678> <@&987> <#112233>",
	"# Heading\n- list",
	"||spoiler||",
}

func TestEscapeSlack(t *testing.T) {
	for _, in := range injections {
		got := EscapeSlack(in)
		if strings.ContainsAny(got, "<>*_~`") {
			t.Errorf("EscapeSlack(%q) = %q keeps markup", in, got)
		}
		for _, m := range []string{"@everyone", "@here", "@channel"} {
			if strings.Contains(got, m) {
				t.Errorf("EscapeSlack(%q) = %q keeps %s", in, got, m)
			}
		}
	}
	if got := EscapeSlack("Tom & Jerry <x>"); got != "Tom &amp; Jerry &lt;x&gt;" {
		t.Errorf("entities: %q", got)
	}
}

func TestEscapeDiscord(t *testing.T) {
	for _, in := range injections {
		got := EscapeDiscord(in)
		// Every markup character is preceded by a backslash.
		for i := 0; i < len(got); i++ {
			if strings.IndexByte("<*_~`[]()|", got[i]) >= 0 && (i == 0 || got[i-1] != '\\') {
				t.Errorf("EscapeDiscord(%q) = %q: unescaped %q at %d", in, got, got[i], i)
				break
			}
		}
		for _, m := range []string{"@everyone", "@here"} {
			if strings.Contains(got, m) {
				t.Errorf("EscapeDiscord(%q) = %q keeps %s", in, got, m)
			}
		}
	}
}

func TestEscapeDiscordLineStarts(t *testing.T) {
	for in, want := range map[string]string{
		"# Heading\n- list\n> quote\n12. item": `\# Heading` + "\n" + `\- list` + "\n" + `\> quote` + "\n" + `12\. item`,
		"2022-02-03 Atmeh — US raid #2 > 1":    "2022-02-03 Atmeh — US raid #2 > 1",
	} {
		if got := EscapeDiscord(in); got != want {
			t.Errorf("EscapeDiscord(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSafeURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.org/a?b=c":         "https://example.org/a?b=c",
		"https://example.org/a_(b)":         "https://example.org/a_%28b%29",
		"javascript:alert(1)":               "",
		"https://x.example/|<!channel>":     "https://x.example/%7C%3C%21channel%3E",
		"/relative":                         "",
		"http://example.org/a b":            "http://example.org/a%20b",
		"https://example.org/x>y":           "https://example.org/x%3Ey",
		"https://example.org/\nx":           "",
		"https://en.wikipedia.org/wiki/A|B": "https://en.wikipedia.org/wiki/A%7CB",
	} {
		if got := SafeURL(in); got != want {
			t.Errorf("SafeURL(%q) = %q, want %q", in, got, want)
		}
	}
}
