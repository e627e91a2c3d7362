package slack

import (
	"context"
	"strings"
	"testing"

	"github.com/idlibwatch/idlibwatch/bot"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
)

// Bidi controls and zero-width characters in a title, an outlet, a source
// and an event title never reach Slack: a label cannot read "Reuters: …"
// while its bytes say something else.
func TestBidiAndZeroWidthNeverReachSlack(t *testing.T) {
	f := newFakeSlack(t)
	c := New(Options{Token: "xoxb-test", APIURL: f.srv.URL})
	evil := claim(13, figures.People, "S\u200bOHR", "\u202eReu\u200dters\u202c")
	evil.Title = "\u2067Reuters:\u2069 Atmeh raid\ufeff"
	evil.URL = "https://news.example/a\u202eb"
	a := alertOf(events.Conflict, evil, claim(4, figures.People, "White\u200c Helmets", "x"))
	a.EventTitle = "Atmeh\u200f raid\u061c"
	if _, err := c.Post(context.Background(), bot.Outgoing{Dest: "C1", Alert: &a}); err != nil {
		t.Fatal(err)
	}
	form := f.posted[0]
	all := form.Get("text") + form.Get("blocks")
	if i := strings.IndexFunc(all, isInvisible); i >= 0 {
		t.Errorf("%U reached Slack at %d: %s", []rune(all[i:])[0], i, all)
	}
	if s := strings.ToLower(all); strings.Contains(s, `\u202`) || strings.Contains(s, `\u200`) || strings.Contains(s, `\u206`) || strings.Contains(s, `\ufeff`) {
		t.Errorf("an escaped control reached Slack: %s", all)
	}
	for _, want := range []string{"Reuters: Atmeh raid", "Reuters", "SOHR", "White Helmets", "Atmeh raid", "news.example/a%E2%80%AEb"} {
		if !strings.Contains(all, want) {
			t.Errorf("%q missing from %s", want, all)
		}
	}
}

func isInvisible(r rune) bool {
	return (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069') || (r >= '\u200b' && r <= '\u200f') ||
		r == '\u061c' || r == '\u2060' || r == '\ufeff'
}
