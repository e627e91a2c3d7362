package bot

import (
	"strings"
	"testing"
)

// hostileInvisible are the bidi controls and zero-width characters a feed
// could hide in a title, an outlet name or a quote.
var hostileInvisible = []rune{
	'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
	'\u200e', '\u200f', '\u061c', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff',
}

func TestEscapeStripsBidiAndZeroWidth(t *testing.T) {
	escapers := map[string]func(string) string{
		"EscapeSlack": EscapeSlack, "EscapeSlackPlain": EscapeSlackPlain,
		"EscapeDiscord": EscapeDiscord, "EscapeDiscordPlain": EscapeDiscordPlain,
	}
	for name, esc := range escapers {
		for _, r := range hostileInvisible {
			in := "Reu" + string(r) + "ters: 13 killed in Atmeh"
			if got := esc(in); got != "Reuters: 13 killed in Atmeh" {
				t.Errorf("%s(%q) = %q", name, in, got)
			}
		}
		// An override that shows "Reuters" for bytes that spell it backwards.
		if got := esc("\u202esretueR\u202c"); got != "sretueR" {
			t.Errorf("%s: override kept: %q", name, got)
		}
		// A zero-width space cannot smuggle a broadcast mention past defuseAt.
		if got := esc("@\u200beveryone"); got != "@"+wordJoiner+"everyone" {
			t.Errorf("%s: hidden mention: %q", name, got)
		}
		// Arabic text keeps its letters.
		if got := esc("مقتل ١٣ في\u061c أطمة"); got != "مقتل ١٣ في أطمة" {
			t.Errorf("%s: Arabic: %q", name, got)
		}
	}
}

func TestSafeURLRefusesOrEncodesBidi(t *testing.T) {
	if got := SafeURL("https://news.example/a\u202eb"); got != "https://news.example/a%E2%80%AEb" {
		t.Errorf("bidi in the path: %q", got)
	}
	for _, u := range []string{"https://news.example/?q=\u202e", "https://reuters.com\u202e.evil.example/"} {
		if got := SafeURL(u); strings.ContainsFunc(got, invisible) {
			t.Errorf("SafeURL(%q) = %q keeps a bidi control", u, got)
		}
	}
}
