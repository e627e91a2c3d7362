package slack

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/idlibwatch/idlibwatch/bot"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
)

// The worked example of Slack's "verifying requests" doc (chat.md).
const (
	exampleSecret = "8f742231b10e8888abcd99yyyzzz85a5"
	exampleTS     = "1531420618"
	exampleBody   = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
	exampleSig    = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
)

func exampleTime() time.Time { n, _ := strconv.ParseInt(exampleTS, 10, 64); return time.Unix(n, 0) }

// stubLookup answers figures for "atmeh"; gate holds it (a slow store).
type stubLookup struct{ gate chan struct{} }

func (s *stubLookup) wait() {
	if s.gate != nil {
		<-s.gate
	}
}
func (s *stubLookup) FindEvents(ctx context.Context, q string, limit int) ([]bot.EventInfo, error) {
	s.wait()
	return []bot.EventInfo{{ID: 7, Title: "2022-02-03 Atmeh — US raid"}}, nil
}
func (s *stubLookup) RecentEvents(ctx context.Context, since time.Time, limit int) ([]bot.EventInfo, error) {
	return nil, nil
}
func (s *stubLookup) EventLedger(ctx context.Context, id int64) (bot.Ledger, error) {
	return bot.Ledger{Claims: []events.Claim{claim(13, figures.People, "SOHR <!channel>", "SOHR")}}, nil
}
func (s *stubLookup) Search(ctx context.Context, q string, limit int) ([]bot.SearchHit, error) {
	return nil, nil
}
func (s *stubLookup) ArticleTrace(ctx context.Context, u string) (bot.Trace, error) {
	return bot.Trace{}, bot.ErrNotFound
}

func handler(t *testing.T, l bot.Lookup, after chan time.Time, now time.Time) *CommandHandler {
	cmds := bot.NewCommands(bot.CommandOptions{Lookup: l, After: func(time.Duration) <-chan time.Time { return after }})
	t.Cleanup(cmds.Close)
	return NewCommandHandler(CommandOptions{SigningSecret: exampleSecret, Commands: cmds, Now: func() time.Time { return now }})
}

func slashRequest(body, ts, sig string) *http.Request {
	r := httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(body))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("X-Slack-Request-Timestamp", ts)
	r.Header.Set("X-Slack-Signature", sig)
	return r
}

func sign(secret, ts, body string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte("v0:" + ts + ":" + body))
	return "v0=" + hex.EncodeToString(m.Sum(nil))
}

func TestSignatureWorkedExample(t *testing.T) {
	if err := Verify(exampleSecret, slashRequest(exampleBody, exampleTS, exampleSig).Header, []byte(exampleBody), exampleTime()); err != nil {
		t.Fatalf("Slack's own example rejected: %v", err)
	}
	h := handler(t, &stubLookup{}, make(chan time.Time), exampleTime().Add(30*time.Second))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, slashRequest(exampleBody, exampleTS, exampleSig))
	if w.Code != http.StatusOK || w.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("status %d %s", w.Code, w.Body)
	}
	var msg slack.WebhookMessage
	if err := json.Unmarshal(w.Body.Bytes(), &msg); err != nil {
		t.Fatal(err)
	}
	// text= is empty: the answer is the help.
	if msg.ResponseType != "ephemeral" || !strings.Contains(msg.Text, "/idlib — casualty figures") {
		t.Errorf("answer %s", w.Body)
	}
}

func TestForgedAndReplayedSignaturesGet401(t *testing.T) {
	h := handler(t, &stubLookup{}, make(chan time.Time), exampleTime())
	forged := strings.Replace(exampleBody, "text=", "text=feeds+add+https%3A%2F%2Fevil.example", 1)
	cases := map[string]*http.Request{
		"body changed":     slashRequest(forged, exampleTS, exampleSig),
		"wrong secret":     slashRequest(exampleBody, exampleTS, sign("not-the-secret", exampleTS, exampleBody)),
		"no signature":     slashRequest(exampleBody, exampleTS, ""),
		"bad timestamp":    slashRequest(exampleBody, "yesterday", exampleSig),
		"timestamp edited": slashRequest(exampleBody, "1531420619", exampleSig),
	}
	for name, r := range cases {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != http.StatusUnauthorized {
			t.Errorf("%s: status %d, want 401", name, w.Code)
		}
	}
	// The genuine request, replayed 5 minutes and 1 second later.
	late := handler(t, &stubLookup{}, make(chan time.Time), exampleTime().Add(5*time.Minute+time.Second))
	w := httptest.NewRecorder()
	late.ServeHTTP(w, slashRequest(exampleBody, exampleTS, exampleSig))
	if w.Code != http.StatusUnauthorized {
		t.Errorf("replay: status %d, want 401", w.Code)
	}
	early := handler(t, &stubLookup{}, make(chan time.Time), exampleTime().Add(-5*time.Minute-time.Second))
	w = httptest.NewRecorder()
	early.ServeHTTP(w, slashRequest(exampleBody, exampleTS, exampleSig))
	if w.Code != http.StatusUnauthorized {
		t.Errorf("from the future: status %d, want 401", w.Code)
	}
}

func TestSlowAnswerGoesToResponseURL(t *testing.T) {
	got := make(chan map[string]any, 1)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var m map[string]any
		json.NewDecoder(r.Body).Decode(&m)
		got <- m
	}))
	defer hook.Close()
	l := &stubLookup{gate: make(chan struct{})}
	after := make(chan time.Time, 1)
	now := time.Unix(1700000000, 0)
	h := handler(t, l, after, now)
	form := url.Values{"command": {"/idlib"}, "text": {"figures atmeh"}, "user_id": {"U1"}, "response_url": {hook.URL + "/commands/T1/1/x"}}.Encode()
	ts := strconv.FormatInt(now.Unix(), 10)
	after <- now // the 2-second budget runs out while the store is busy
	w := httptest.NewRecorder()
	h.ServeHTTP(w, slashRequest(form, ts, sign(exampleSecret, ts, form)))
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), bot.Working) {
		t.Fatalf("ack: %d %s", w.Code, w.Body)
	}
	close(l.gate)
	m := <-got
	if m["response_type"] != "ephemeral" || !strings.Contains(m["text"].(string), "2022-02-03 Atmeh") {
		t.Errorf("delayed answer %v", m)
	}
	blocks, _ := json.Marshal(m["blocks"])
	if !strings.Contains(string(blocks), "killed: 13") || strings.Contains(string(blocks), "<!channel>") {
		t.Errorf("delayed blocks %s", blocks)
	}
}

// fakeSocket feeds socketmode events and records acks.
type fakeSocket struct {
	events chan socketmode.Event
	acks   chan any
}

func (f *fakeSocket) Events() <-chan socketmode.Event { return f.events }
func (f *fakeSocket) Ack(req socketmode.Request, payload ...any) error {
	var p any
	if len(payload) > 0 {
		p = payload[0]
	}
	f.acks <- p
	return nil
}
func (f *fakeSocket) RunContext(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }

func TestSocketModeSlashCommand(t *testing.T) {
	fs := &fakeSocket{events: make(chan socketmode.Event), acks: make(chan any, 2)}
	cmds := bot.NewCommands(bot.CommandOptions{Lookup: &stubLookup{}, After: func(time.Duration) <-chan time.Time { return nil }})
	defer cmds.Close()
	s := NewSocket(fs, cmds, nil, nil)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- s.Run(ctx) }()
	fs.events <- socketmode.Event{Type: socketmode.EventTypeHello}
	fs.events <- socketmode.Event{Type: socketmode.EventTypeSlashCommand, Request: &socketmode.Request{EnvelopeID: "e1"},
		Data: slack.SlashCommand{Command: "/idlib", Text: "figures atmeh", UserID: "U1"}}
	ack := <-fs.acks
	msg, ok := ack.(*slack.WebhookMessage)
	if !ok || !strings.Contains(msg.Text, "2022-02-03 Atmeh") {
		t.Errorf("ack payload %#v", ack)
	}
	fs.events <- socketmode.Event{Type: socketmode.EventTypeEventsAPI, Request: &socketmode.Request{EnvelopeID: "e2"}}
	if p := <-fs.acks; p != nil {
		t.Errorf("events API ack carried %v", p)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run: %v", err)
	}
	select {
	case a := <-fs.acks:
		t.Errorf("hello was acknowledged: %v", a)
	default:
	}
}
