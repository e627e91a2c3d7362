package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/bot"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
	"github.com/idlibwatch/idlibwatch/store"
)

// fakeDiscord is a Discord REST API under /api/v10/ that records requests.
type fakeDiscord struct {
	mu       sync.Mutex
	srv      *httptest.Server
	requests []req
	script   []int // status codes answered first to message posts
	n        int
	messages map[string][]map[string]any // channel → posted bodies
}

type req struct {
	method, path string
	body         map[string]any
	raw          []byte
	header       http.Header
}

func newFakeDiscord(t *testing.T) *fakeDiscord {
	f := &fakeDiscord{messages: map[string][]map[string]any{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeDiscord) serve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	raw, _ := io.ReadAll(r.Body)
	var body map[string]any
	json.Unmarshal(raw, &body)
	f.requests = append(f.requests, req{r.Method, r.URL.Path, body, raw, r.Header.Clone()})
	path := strings.TrimPrefix(r.URL.Path, "/api/v10")
	parts := strings.Split(strings.Trim(path, "/"), "/")
	w.Header().Set("Content-Type", "application/json")
	switch {
	case r.Method == http.MethodPost && len(parts) == 3 && parts[0] == "channels" && parts[2] == "messages":
		if len(f.script) > 0 {
			code := f.script[0]
			f.script = f.script[1:]
			w.WriteHeader(code)
			if code == http.StatusTooManyRequests {
				fmt.Fprint(w, `{"message":"You are being rate limited.","retry_after":2.5,"global":false}`)
			} else if code == http.StatusForbidden {
				fmt.Fprint(w, `{"message":"Missing Access","code":50001}`)
			}
			return
		}
		f.n++
		f.messages[parts[1]] = append(f.messages[parts[1]], body)
		fmt.Fprintf(w, `{"id":"m%d","channel_id":%q}`, f.n, parts[1])
	case r.Method == http.MethodPost && len(parts) == 5 && parts[4] == "threads":
		fmt.Fprintf(w, `{"id":"th-%s","type":11,"name":%q}`, parts[3], body["name"])
	case r.Method == http.MethodGet && len(parts) == 3 && parts[2] == "messages":
		var out []map[string]any
		for i, m := range f.messages[parts[1]] {
			m2 := map[string]any{"id": fmt.Sprintf("m%d", i+1), "embeds": m["embeds"]}
			out = append(out, m2)
		}
		json.NewEncoder(w).Encode(out)
	case r.Method == http.MethodPut && parts[0] == "applications":
		w.Write(raw)
	case r.Method == http.MethodGet && path == "/oauth2/applications/@me":
		fmt.Fprint(w, `{"id":"APP1","name":"idlibwatch"}`)
	case r.Method == http.MethodPatch && len(parts) == 4 && parts[0] == "channels" && parts[2] == "messages":
		fmt.Fprintf(w, `{"id":%q,"channel_id":%q}`, parts[3], parts[1])
	case r.Method == http.MethodPatch && parts[0] == "webhooks":
		fmt.Fprint(w, `{"id":"m99"}`)
	default:
		http.Error(w, `{"message":"404"}`, http.StatusNotFound)
	}
}

func (f *fakeDiscord) paths() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, r := range f.requests {
		out = append(out, r.method+" "+strings.TrimPrefix(r.path, "/api/v10"))
	}
	return out
}

func newClient(t *testing.T, f *fakeDiscord) *Client {
	c, err := New(Options{Token: "tok", APIURL: f.srv.URL + "/api/v10/"})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func ip(n int) *int { return &n }

var t0 = time.Date(2022, 2, 3, 9, 12, 0, 0, time.UTC)

func claim(n int, group figures.Group, source, outlet string) events.Claim {
	return events.Claim{Metric: figures.Killed, Group: group, Min: ip(n), Max: ip(n), Source: source, SourceKey: strings.ToLower(source),
		Outlet: outlet, URL: "https://news.example/" + strings.ToLower(outlet), Title: "Raid on Atmeh", SeenAt: t0}
}

func alertOf(class events.Class, c events.Claim, departs ...events.Claim) alerts.Alert {
	c.Class, c.EventID = class, 7
	a, _ := alerts.ForReport(7, "atmeh", "2022-02-03 Atmeh — US raid", alerts.Article{Outlet: c.Outlet, URL: c.URL, Title: c.Title, Seen: t0},
		[]alerts.Item{{Claim: c, Departs: departs}}, t0)
	a.ID = 1
	return a
}

func TestAlertEmbedsPerClass(t *testing.T) {
	f := newFakeDiscord(t)
	c := newClient(t, f)
	cases := []struct {
		a           alerts.Alert
		desc        string
		field, line string
		color       float64
	}{
		{alertOf(events.New, claim(13, figures.People, "Syrian Civil Defence", "Reuters")),
			"**New figure** · [Reuters](https://news.example/reuters), 3 Feb 2022 09:12 UTC\n*Raid on Atmeh*\n\n• **13 killed** — Syrian Civil Defence", "", "", 0x2f80ed},
		{alertOf(events.Revised, claim(13, figures.People, "SOHR", "SOHR"), claim(9, figures.People, "SOHR", "SOHR")),
			"**Revised by its source** · [SOHR](https://news.example/sohr), 3 Feb 2022 09:12 UTC\n*Raid on Atmeh*\n\n• **13 killed** — SOHR\n   earlier: 9 killed, 3 Feb 09:12", "", "", 0xf2994a},
		{alertOf(events.Raised, claim(13, figures.People, "SCD", "Reuters"), claim(9, figures.People, "SOHR", "SOHR")),
			"**Raised above earlier figures** · [Reuters](https://news.example/reuters), 3 Feb 2022 09:12 UTC\n*Raid on Atmeh*\n\n• **13 killed** — SCD\n   raised above: 9 killed — SOHR, 3 Feb 09:12", "", "", 0xeb5757},
		{alertOf(events.Conflict, claim(6, figures.Children, "SOHR", "AFP"), claim(4, figures.Children, "White Helmets", "Reuters")),
			"**Conflicting figure** · [AFP](https://news.example/afp), 3 Feb 2022 09:12 UTC\n*Raid on Atmeh*\n\n• **6 children killed** — SOHR\n   contradicts: 4 children killed — White Helmets, 3 Feb 09:12", "", "", 0xbb1111},
	}
	for _, tc := range cases {
		if _, err := c.Post(context.Background(), bot.Outgoing{Dest: "100", Key: "a1-abc", Alert: &tc.a}); err != nil {
			t.Fatal(err)
		}
		body := f.messages["100"][len(f.messages["100"])-1]
		if got, _ := json.Marshal(body["allowed_mentions"]); string(got) != `{"parse":[],"replied_user":false}` {
			t.Errorf("allowed_mentions = %s", got)
		}
		if body["nonce"] != "a1-abc" || body["enforce_nonce"] != true {
			t.Errorf("nonce %v enforce %v", body["nonce"], body["enforce_nonce"])
		}
		e := body["embeds"].([]any)[0].(map[string]any)
		if e["title"] != "2022-02-03 Atmeh — US raid" || e["description"] != tc.desc || e["color"] != tc.color {
			t.Errorf("%s: title %q desc %q color %v", tc.a.Class, e["title"], e["description"], e["color"])
		}
		if e["timestamp"] != "2022-02-03T09:12:00Z" || !strings.HasSuffix(e["footer"].(map[string]any)["text"].(string), " · ref a1-abc") {
			t.Errorf("%s: timestamp %v footer %v", tc.a.Class, e["timestamp"], e["footer"])
		}
		fields, _ := e["fields"].([]any)
		if tc.field == "" {
			if len(fields) != 0 {
				t.Errorf("%s: fields %v", tc.a.Class, fields)
			}
			continue
		}
		if len(fields) != 1 || fields[0].(map[string]any)["name"] != tc.field || fields[0].(map[string]any)["value"] != tc.line {
			t.Errorf("%s: fields %v", tc.a.Class, fields)
		}
	}
}

func TestEmbedLimits(t *testing.T) {
	long := strings.Repeat("x", 5000)
	c := claim(13, figures.People, long, long)
	c.Title = long
	var departs []events.Claim
	for i := 0; i < 40; i++ {
		departs = append(departs, claim(i, figures.People, long, long))
	}
	a := alertOf(events.Conflict, c, departs...)
	a.EventTitle = long
	e := AlertEmbed(a, "a1-abc")
	if n := len([]rune(e.Title)); n > maxTitle {
		t.Errorf("title %d runes", n)
	}
	if n := len([]rune(e.Description)); n > maxDescription {
		t.Errorf("description %d runes", n)
	}
	for _, fl := range e.Fields {
		if len([]rune(fl.Value)) > maxFieldValue {
			t.Errorf("field %d runes", len([]rune(fl.Value)))
		}
	}
	if n := EmbedSize(e); n > maxEmbedTotal {
		t.Errorf("embed %d characters", n)
	}
	var lines []bot.Line
	for i := 0; i < 400; i++ {
		lines = append(lines, bot.Line{bot.T(strings.Repeat("y", 80))})
	}
	es := DocEmbeds(&bot.Doc{Title: long, Sections: []bot.Section{{Heading: "h", Lines: lines}}})
	total := 0
	for _, e := range es {
		total += EmbedSize(e)
		if len([]rune(e.Description)) > maxDescription {
			t.Errorf("doc description %d", len([]rune(e.Description)))
		}
	}
	if total > maxEmbedTotal || len(es) > maxEmbeds || !strings.Contains(es[len(es)-1].Description, "cut short") {
		t.Errorf("doc: %d embeds, %d characters, last ends %q", len(es), total, es[len(es)-1].Description[max(0, len(es[len(es)-1].Description)-40):])
	}
}

func TestMentionInjectionEscaped(t *testing.T) {
	f := newFakeDiscord(t)
	c := newClient(t, f)
	evil := claim(13, figures.People, "@everyone SOHR <@123456789012345678>", "<@&42> @here")
	evil.Title = "[reuters.com](https://evil.example) ||spoiler||"
	evil.URL = "https://news.example/a"
	a := alertOf(events.New, evil)
	a.EventTitle = "Atmeh @everyone <#112233>"
	if _, err := c.Post(context.Background(), bot.Outgoing{Dest: "100", Alert: &a}); err != nil {
		t.Fatal(err)
	}
	raw := string(f.requests[0].raw)
	for _, bad := range []string{"@everyone", "@here", "<@1", "<@&", "<#1", "[reuters.com](https://evil", "||spoiler"} {
		if strings.Contains(raw, bad) {
			t.Errorf("%q reached Discord: %s", bad, raw)
		}
	}
}

func openStore(t *testing.T) *store.Store {
	s, err := store.Open(context.Background(), "sqlite", filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

// Through the worker: the first alert opens a thread named after the event,
// later ones go to it; a 429 is honoured; a 403 (Missing Access) in one
// channel is final and does not hold the other.
func TestWorkerThreadsRateLimitAndMissingAccess(t *testing.T) {
	f := newFakeDiscord(t)
	s := openStore(t)
	clk := &clock{t: time.Now().UTC()}
	err := s.InTx(context.Background(), func(tx *store.Tx) error {
		for _, a := range []alerts.Alert{
			alertOf(events.New, claim(9, figures.People, "SOHR", "SOHR")),
			alertOf(events.Raised, claim(13, figures.People, "SCD", "Reuters")),
		} {
			if _, err := tx.InsertAlert(context.Background(), a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	f.script = []int{http.StatusTooManyRequests, http.StatusForbidden}
	c := newClient(t, f)
	w := bot.NewWorker(bot.WorkerOptions{Store: s, Chats: []bot.Chat{c}, Now: clk.now,
		Channels: []alerts.Channel{{Name: "desk", Discord: "100"}, {Name: "locked", Discord: "200"}}})
	ctx := context.Background()
	wait, err := w.Pass(ctx) // 100: 429 (2.5s); 200: 403, then 200 gets alert 2
	if err != nil {
		t.Fatal(err)
	}
	if wait != 2500*time.Millisecond {
		t.Errorf("wait %s, want the 2.5s retry_after", wait)
	}
	if len(f.messages["100"]) != 0 {
		t.Fatal("posted to 100 despite the 429")
	}
	clk.t = clk.t.Add(wait)
	if _, err := w.Pass(ctx); err != nil {
		t.Fatal(err)
	}
	if len(f.messages["100"]) != 1 || len(f.messages["th-m2"]) != 1 {
		t.Fatalf("channel 100: %d, thread: %d; requests %v", len(f.messages["100"]), len(f.messages["th-m2"]), f.paths())
	}
	want := []string{
		"POST /channels/100/messages", // 429
		"POST /channels/200/messages", // 403
		"POST /channels/200/messages", // alert 2 to 200, its own first: a thread
		"POST /channels/200/messages/m1/threads",
		"POST /channels/100/messages",
		"POST /channels/100/messages/m2/threads",
		"POST /channels/th-m2/messages",
	}
	if got := f.paths(); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("requests:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, r := range f.requests {
		if strings.HasSuffix(r.path, "/threads") && r.body["name"] != "2022-02-03 Atmeh — US raid" {
			t.Errorf("thread name %v", r.body["name"])
		}
		if r.header.Get("Authorization") != "Bot tok" {
			t.Errorf("authorization %q", r.header.Get("Authorization"))
		}
	}
	d, _ := s.Delivery(ctx, store.KindAlert, 1, bot.Discord, "200")
	if d.Status != store.DeliveryFailed || !strings.Contains(d.LastError, "Missing Access") {
		t.Errorf("locked channel delivery %+v", d)
	}
	if as, _ := s.Alerts(ctx, store.AlertFilter{PendingOnly: true}); len(as) != 0 {
		t.Errorf("%d pending", len(as))
	}
}

func TestFindByFooterRef(t *testing.T) {
	f := newFakeDiscord(t)
	c := newClient(t, f)
	a := alertOf(events.New, claim(9, figures.People, "SOHR", "SOHR"))
	c.Post(context.Background(), bot.Outgoing{Dest: "100", Key: "a1-abc", Alert: &a})
	p, ok, err := c.Find(context.Background(), "100", "", "a1-abc", t0)
	if err != nil || !ok || p.ID != "m1" {
		t.Errorf("Find = %+v %v %v", p, ok, err)
	}
	if _, ok, _ := c.Find(context.Background(), "100", "", "a2-abc", t0); ok {
		t.Error("found a message never posted")
	}
	last := f.requests[len(f.requests)-1]
	if last.method != http.MethodGet || !strings.HasSuffix(last.path, "/channels/100/messages") {
		t.Errorf("look-up request %s %s", last.method, last.path)
	}
}

func TestDigestAttachment(t *testing.T) {
	f := newFakeDiscord(t)
	c := newClient(t, f)
	png := []byte("\x89PNG\r\n\x1a\nchart")
	_, err := c.Post(context.Background(), bot.Outgoing{Dest: "100", Key: "d1-x", Doc: &bot.Doc{Title: "Idlib digest"},
		File: &bot.File{Name: "digest.png", Data: png}})
	if err != nil {
		t.Fatal(err)
	}
	r := f.requests[0]
	if !strings.HasPrefix(r.header.Get("Content-Type"), "multipart/form-data") || !strings.Contains(string(r.raw), "chart") ||
		!strings.Contains(string(r.raw), `"url":"attachment://digest.png"`) || !strings.Contains(string(r.raw), `"parse":[]`) {
		t.Errorf("digest request %s: %s", r.header.Get("Content-Type"), r.raw)
	}
}

func TestRegisterGuildAndGlobal(t *testing.T) {
	f := newFakeDiscord(t)
	c := newClient(t, f)
	if err := Register(context.Background(), c.Session(), "", "G1"); err != nil {
		t.Fatal(err)
	}
	if err := Register(context.Background(), c.Session(), "APP2", ""); err != nil {
		t.Fatal(err)
	}
	want := "GET /oauth2/applications/@me\nPUT /applications/APP1/guilds/G1/commands\nPUT /applications/APP2/commands"
	if got := strings.Join(f.paths(), "\n"); got != want {
		t.Errorf("requests:\n%s\nwant:\n%s", got, want)
	}
	var cmds []map[string]any
	json.Unmarshal(f.requests[1].raw, &cmds)
	if len(cmds) != 1 || cmds[0]["name"] != "idlib" || len(cmds[0]["options"].([]any)) != 14 {
		t.Errorf("commands %s", f.requests[1].raw)
	}
}

func TestWebhookPost(t *testing.T) {
	var got []*http.Request
	var bodies []string
	codes := []int{http.StatusTooManyRequests, http.StatusOK, http.StatusNotFound}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got, bodies = append(got, r), append(bodies, string(b))
		code := codes[0]
		codes = codes[1:]
		w.WriteHeader(code)
		switch code {
		case http.StatusTooManyRequests:
			fmt.Fprint(w, `{"retry_after":1.5}`)
		case http.StatusOK:
			fmt.Fprint(w, `{"id":"w1"}`)
		default:
			fmt.Fprint(w, `{"message":"Unknown Webhook","code":10015}`)
		}
	}))
	defer srv.Close()
	wh := NewWebhook(srv.URL+"/api/webhooks/1/SECRETTOKEN", nil)
	a := alertOf(events.New, claim(9, figures.People, "SOHR", "SOHR"))
	_, err := wh.Post(context.Background(), bot.Outgoing{Alert: &a})
	var rl *bot.RateLimitError
	if !errors.As(err, &rl) || rl.After != 1500*time.Millisecond {
		t.Fatalf("429: %v", err)
	}
	p, err := wh.Post(context.Background(), bot.Outgoing{Alert: &a})
	if err != nil || p.ID != "w1" {
		t.Fatalf("post: %+v %v", p, err)
	}
	if got[1].URL.Query().Get("wait") != "true" || !strings.Contains(bodies[1], `"allowed_mentions":{"parse":[]`) {
		t.Errorf("request %s %s", got[1].URL, bodies[1])
	}
	_, err = wh.Post(context.Background(), bot.Outgoing{Alert: &a})
	if !errors.Is(err, bot.ErrPermanent) || strings.Contains(err.Error(), "SECRET") {
		t.Errorf("404: %v", err)
	}
}

// --- interactions ---

func signed(t *testing.T, priv ed25519.PrivateKey, ts, body string) *http.Request {
	r := httptest.NewRequest(http.MethodPost, "/discord/interactions", strings.NewReader(body))
	r.Header.Set("X-Signature-Timestamp", ts)
	r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, []byte(ts+body))))
	return r
}

type stubLookup struct{ gate chan struct{} }

func (s *stubLookup) FindEvents(ctx context.Context, q string, limit int) ([]bot.EventInfo, error) {
	if s.gate != nil {
		<-s.gate
	}
	return []bot.EventInfo{{ID: 7, Title: "2022-02-03 Atmeh — US raid"}}, nil
}
func (s *stubLookup) RecentEvents(context.Context, time.Time, int) ([]bot.EventInfo, error) {
	return nil, nil
}
func (s *stubLookup) EventLedger(context.Context, int64) (bot.Ledger, error) {
	return bot.Ledger{Claims: []events.Claim{claim(13, figures.People, "SOHR @everyone", "SOHR")}}, nil
}
func (s *stubLookup) Search(context.Context, string, int) ([]bot.SearchHit, error) { return nil, nil }
func (s *stubLookup) ArticleTrace(context.Context, string) (bot.Trace, error) {
	return bot.Trace{}, bot.ErrNotFound
}

const figuresInteraction = `{"id":"I1","application_id":"APP1","type":2,"token":"TOKEN1","member":{"user":{"id":"U9"}},
"data":{"id":"C1","name":"idlib","type":1,"options":[{"name":"figures","type":1,"options":[{"name":"event","type":3,"value":"atmeh"}]}]}}`

func TestInteractionSignature(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(nil)
	_, other, _ := ed25519.GenerateKey(nil)
	cmds := bot.NewCommands(bot.CommandOptions{Lookup: &stubLookup{}, After: func(time.Duration) <-chan time.Time { return nil }})
	defer cmds.Close()
	now := time.Unix(1700000000, 0)
	h := NewInteractionHandler(InteractionOptions{PublicKey: pub, Commands: cmds, Now: func() time.Time { return now }})
	ts := "1700000000"

	w := httptest.NewRecorder()
	h.ServeHTTP(w, signed(t, priv, ts, `{"type":1}`))
	if w.Code != http.StatusOK || strings.TrimSpace(w.Body.String()) != `{"type":1}` {
		t.Errorf("ping: %d %s", w.Code, w.Body)
	}
	bad := map[string]*http.Request{
		"other key": signed(t, other, ts, `{"type":1}`),
		"body edited": func() *http.Request {
			r := signed(t, priv, ts, `{"type":1}`)
			r.Body = io.NopCloser(strings.NewReader(`{"type":2}`))
			return r
		}(),
		"no headers": httptest.NewRequest(http.MethodPost, "/discord/interactions", strings.NewReader(`{"type":1}`)),
		"replayed":   signed(t, priv, "1699999000", `{"type":1}`),
	}
	for name, r := range bad {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != http.StatusUnauthorized {
			t.Errorf("%s: %d, want 401", name, w.Code)
		}
	}

	w = httptest.NewRecorder()
	h.ServeHTTP(w, signed(t, priv, ts, figuresInteraction))
	var resp struct {
		Type int `json:"type"`
		Data struct {
			Flags           int              `json:"flags"`
			Embeds          []map[string]any `json:"embeds"`
			AllowedMentions map[string]any   `json:"allowed_mentions"`
		} `json:"data"`
	}
	json.Unmarshal(w.Body.Bytes(), &resp)
	if resp.Type != 4 || resp.Data.Flags != 64 || len(resp.Data.Embeds) == 0 || resp.Data.AllowedMentions == nil {
		t.Fatalf("figures answer %s", w.Body)
	}
	desc := resp.Data.Embeds[0]["description"].(string)
	if !strings.Contains(desc, "**killed: 13**") || strings.Contains(desc, "@everyone") {
		t.Errorf("figures description %q", desc)
	}
}

func TestSlowInteractionIsDeferredThenEdited(t *testing.T) {
	f := newFakeDiscord(t)
	c := newClient(t, f)
	pub, priv, _ := ed25519.GenerateKey(nil)
	l := &stubLookup{gate: make(chan struct{})}
	after := make(chan time.Time, 1)
	cmds := bot.NewCommands(bot.CommandOptions{Lookup: l, After: func(time.Duration) <-chan time.Time { return after }})
	h := NewInteractionHandler(InteractionOptions{PublicKey: pub, Commands: cmds, Session: c.Session()})
	after <- time.Time{}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, signed(t, priv, "1700000000", figuresInteraction))
	if got := strings.TrimSpace(w.Body.String()); got != `{"type":5,"data":{"tts":false,"content":"","components":null,"embeds":null,"flags":64}}` {
		t.Errorf("deferred response %s", got)
	}
	close(l.gate)
	cmds.Close()
	if got := strings.Join(f.paths(), ","); got != "PATCH /webhooks/APP1/TOKEN1/messages/@original" {
		t.Fatalf("requests %s", got)
	}
	if body := string(f.requests[0].raw); !strings.Contains(body, "killed: 13") || !strings.Contains(body, `"parse":[]`) {
		t.Errorf("edit body %s", body)
	}
}

func TestCommandText(t *testing.T) {
	var in discordgo.Interaction
	json.Unmarshal([]byte(`{"type":2,"data":{"name":"idlib","options":[{"name":"feeds","type":2,"options":[{"name":"add","type":1,"options":[{"name":"url","type":3,"value":"https://x.example/rss"}]}]}]}}`), &in)
	if got := CommandText(in.ApplicationCommandData().Options); got != "feeds add https://x.example/rss" {
		t.Errorf("CommandText = %q", got)
	}
}

// A 5xx may or may not have posted: the retry looks for the message by its
// ref first, then posts.
func TestServerErrorRetriedAfterLookUp(t *testing.T) {
	f := newFakeDiscord(t)
	s := openStore(t)
	clk := &clock{t: time.Now().UTC()}
	err := s.InTx(context.Background(), func(tx *store.Tx) error {
		_, err := tx.InsertAlert(context.Background(), alertOf(events.New, claim(9, figures.People, "SOHR", "SOHR")))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	f.script = []int{http.StatusServiceUnavailable}
	w := bot.NewWorker(bot.WorkerOptions{Store: s, Chats: []bot.Chat{newClient(t, f)}, Now: clk.now, Backoff: time.Second,
		Channels: []alerts.Channel{{Name: "desk", Discord: "100"}}})
	wait, _ := w.Pass(context.Background())
	if wait != time.Second || len(f.messages["100"]) != 0 {
		t.Fatalf("after the 503: wait %s, %d messages", wait, len(f.messages["100"]))
	}
	clk.t = clk.t.Add(wait)
	w.Pass(context.Background())
	want := "POST /channels/100/messages\nGET /channels/100/messages\nPOST /channels/100/messages\nPOST /channels/100/messages/m1/threads"
	if got := strings.Join(f.paths(), "\n"); got != want {
		t.Errorf("requests:\n%s\nwant:\n%s", got, want)
	}
}
