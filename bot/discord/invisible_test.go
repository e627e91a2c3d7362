package discord

import (
	"context"
	"strings"
	"testing"

	"github.com/idlibwatch/idlibwatch/bot"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
)

// Bidi controls and zero-width characters in a title, an outlet, a source
// and an event title (message and thread name) never reach Discord. The only invisible character in
// the message is the word joiner the escaping itself puts after "<" and "@".
func TestBidiAndZeroWidthNeverReachDiscord(t *testing.T) {
	f := newFakeDiscord(t)
	c := newClient(t, f)
	evil := claim(13, figures.People, "S\u200bOHR", "\u202eReu\u200dters\u202c")
	evil.Title = "\u2067Reuters:\u2069 Atmeh raid\ufeff"
	evil.URL = "https://news.example/a\u202eb"
	a := alertOf(events.New, evil)
	a.EventTitle = "Atmeh\u200f raid\u061c"
	if _, err := c.Post(context.Background(), bot.Outgoing{Dest: "100", Alert: &a, ThreadName: a.EventTitle}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.OpenThread(context.Background(), "100", "m9", "\u202eAtmeh raid"); err != nil {
		t.Fatal(err)
	}
	var raw string
	threads := 0
	for _, r := range f.requests {
		raw += string(r.raw)
		if strings.HasSuffix(r.path, "/threads") {
			threads++
		}
	}
	if threads != 2 {
		t.Fatalf("%d thread requests, want 2", threads)
	}
	if i := strings.IndexFunc(raw, func(r rune) bool {
		return (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069') || (r >= '\u200b' && r <= '\u200f') || r == '\u061c' || r == '\ufeff'
	}); i >= 0 {
		t.Errorf("%U reached Discord at %d: %s", []rune(raw[i:])[0], i, raw)
	}
	low := strings.ToLower(raw)
	for _, esc := range []string{`\u202`, `\u200`, `\u206`, `\ufeff`, `\u061c`} {
		if strings.Contains(low, esc) {
			t.Errorf("escaped %s reached Discord: %s", esc, raw)
		}
	}
	for _, want := range []string{"Reuters: Atmeh raid", "Reuters", "SOHR", "Atmeh raid", "news.example/a%E2%80%AEb"} {
		if !strings.Contains(raw, want) {
			t.Errorf("%q missing from %s", want, raw)
		}
	}
}
