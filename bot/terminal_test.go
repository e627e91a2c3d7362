package bot

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/events"
)

func TestTerminalOneLinePerAlert(t *testing.T) {
	var buf bytes.Buffer
	term := NewTerminal(&buf)
	a := testAlert(7, events.Conflict, 4, time.Date(2022, 2, 3, 9, 0, 0, 0, time.UTC))
	a.EventTitle = "Atmeh\x1b[2J raid\nfake line"
	a.Claims[0].Departs = []events.Claim{testAlert(7, events.New, 6, a.Created).Claims[0].Claim}
	if _, err := term.Post(context.Background(), Outgoing{Alert: &a}); err != nil {
		t.Fatal(err)
	}
	want := "[conflict] Atmeh [2J raid fake line: Enab Baladi: 4 killed — SOHR (via Enab Baladi); contradicts: 6 killed — SOHR, 3 Feb 09:00 <https://example.org/7/4>\n"
	if got := buf.String(); got != want {
		t.Errorf("terminal line\n got %q\nwant %q", got, want)
	}
}
