package bot

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/idlibwatch/idlibwatch/alerts"
)

// TerminalChat writes alerts to a terminal, one readable line each: what
// `idlibwatch run` does when no chat platform is configured.
type TerminalChat struct {
	mu sync.Mutex
	w  io.Writer
}

// NewTerminal returns a terminal notifier writing to w.
func NewTerminal(w io.Writer) *TerminalChat { return &TerminalChat{w: w} }

// Platform names the platform.
func (t *TerminalChat) Platform() string { return Terminal }

// Dest puts every channel on the one terminal.
func (t *TerminalChat) Dest(alerts.Channel) string { return "stdout" }

// Post writes the message.
func (t *TerminalChat) Post(ctx context.Context, m Outgoing) (Posted, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	var err error
	switch {
	case m.Alert != nil:
		_, err = fmt.Fprintln(t.w, AlertLine(*m.Alert))
	case m.Doc != nil:
		_, err = fmt.Fprint(t.w, Plain(m.Doc))
	}
	if err != nil {
		return Posted{}, fmt.Errorf("bot: write to terminal: %w", err)
	}
	return Posted{}, nil
}

// AlertLine is an alert on one line of plain text (AlertText) with its link.
// Control characters from the article are dropped so that a title cannot
// move the cursor or fake another line.
func AlertLine(a alerts.Alert) string {
	s := AlertText(a)
	if a.Article.URL != "" {
		s += " <" + a.Article.URL + ">"
	}
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return ' '
		}
		return r
	}, s)
}
