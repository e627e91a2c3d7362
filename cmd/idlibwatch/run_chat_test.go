package main

import (
	"context"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/bot"
	"github.com/idlibwatch/idlibwatch/config"
	"github.com/idlibwatch/idlibwatch/metrics"
	"github.com/idlibwatch/idlibwatch/monitor"
	"github.com/idlibwatch/idlibwatch/store"
)

// chatCorpus is a small live corpus about one raid: a first toll, a rising
// one, and a contradiction.
var chatCorpus = map[string]string{
	"corpus/a.txt": " date 2022-02-03 Night raid in Atmeh\n\nRescuers with the White Helmets said nine people were killed in the raid on a house in Atmeh, in Idlib province, early on Thursday.",
	"corpus/b.txt": " date 2022-02-03 Toll rises in Atmeh raid\n\nThe White Helmets said thirteen people were killed in the overnight raid on a house in Atmeh, in Idlib province, including six children.",
	"corpus/c.txt": " date 2022-02-04 Funerals in Atmeh <!channel>\n\nThe Syrian Observatory for Human Rights said four children were among the people killed in Thursday's raid on a house in Atmeh, Idlib. @everyone",
}

// fakeAPI records every request to a fake chat platform and answers from
// a handler.
type fakeAPI struct {
	put  chan struct{} // a PUT arrived (command registration)
	mu   sync.Mutex
	srv  *httptest.Server
	reqs []string // "METHOD /path form-or-json"
}

func (f *fakeAPI) log(r *http.Request, body []byte) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reqs = append(f.reqs, r.Method+" "+r.URL.Path+" "+string(body))
}

func (f *fakeAPI) matching(prefix string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, r := range f.reqs {
		if strings.HasPrefix(r, prefix) {
			out = append(out, strings.TrimPrefix(r, prefix))
		}
	}
	return out
}

func fakeSlackAPI(t *testing.T) *fakeAPI {
	f := &fakeAPI{}
	n := 0
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		f.log(r, body)
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/chat.postMessage":
			f.mu.Lock()
			n++
			ts := fmt.Sprintf("1700000000.%06d", n)
			f.mu.Unlock()
			fmt.Fprintf(w, `{"ok":true,"channel":"C1","ts":%q}`, ts)
		case "/files.getUploadURLExternal":
			fmt.Fprintf(w, `{"ok":true,"upload_url":%q,"file_id":"F1"}`, f.srv.URL+"/upload")
		case "/upload":
			fmt.Fprint(w, "OK")
		case "/files.completeUploadExternal":
			fmt.Fprint(w, `{"ok":true,"files":[{"id":"F1"}]}`)
		default:
			fmt.Fprint(w, `{"ok":false,"error":"unknown_method"}`)
		}
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func fakeDiscordAPI(t *testing.T) *fakeAPI {
	f := &fakeAPI{put: make(chan struct{}, 1)}
	n := 0
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		f.log(r, body)
		w.Header().Set("Content-Type", "application/json")
		if r.Method == http.MethodPut {
			defer func() { f.put <- struct{}{} }()
		}
		parts := strings.Split(strings.Trim(strings.TrimPrefix(r.URL.Path, "/api/v10"), "/"), "/")
		switch {
		case r.Method == http.MethodPost && len(parts) == 3 && parts[2] == "messages":
			f.mu.Lock()
			n++
			id := n
			f.mu.Unlock()
			fmt.Fprintf(w, `{"id":"%d","channel_id":%q}`, id, parts[1])
		case r.Method == http.MethodPost && len(parts) == 5 && parts[4] == "threads":
			fmt.Fprintf(w, `{"id":"thread%s","type":11}`, parts[3])
		case r.Method == http.MethodPut:
			w.Write(body)
		default:
			http.Error(w, `{"message":"Unknown"}`, http.StatusNotFound)
		}
	}))
	t.Cleanup(f.srv.Close)
	return f
}

// With bot tokens and a channel configured, the seed-like corpus's alerts
// reach a fake Slack and a fake Discord in threads, /idlib figures atmeh
// answers with the ledger, and the digest goes out with its chart.
func TestRunChatAgainstFakePlatforms(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, chatCorpus)
	if code, out, errOut := cli(t, dir, "import", "--live", "corpus"); code != 0 {
		t.Fatalf("import: %d %s %s", code, out, errOut)
	}
	sl, dc := fakeSlackAPI(t), fakeDiscordAPI(t)
	pub, priv, _ := ed25519.GenerateKey(nil)
	cfgFile := filepath.Join(dir, "idlibwatch.yaml")
	writeFiles(t, dir, map[string]string{"idlibwatch.yaml": fmt.Sprintf(`store:
  dsn: %s
feeds: []
slack:
  bot_token: xoxb-test-token-000000
  signing_secret: test-secret
  api_url: %s/
discord:
  bot_token: discord-test-token
  public_key: %s
  application_id: "555555555555555555"
  guild_id: "777777777777777777"
  api_url: %s/api/v10/
alerts:
  max_age: 36500d
channels:
  - name: desk
    slack: C0123ABCD
    discord: "100000000000000001"
    digest: "0 8 * * *"
`, filepath.Join(dir, "idlibwatch.db"), sl.srv.URL, hex.EncodeToString(pub), dc.srv.URL)})
	cfg, err := config.Load(cfgFile, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st, err := store.Open(ctx, "sqlite", cfg.Store.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	pending, _ := st.Alerts(ctx, store.AlertFilter{PendingOnly: true})
	if len(pending) < 2 {
		t.Fatalf("the corpus made %d alerts; the test needs at least 2", len(pending))
	}

	defer func(p time.Duration) { slackPace = p }(slackPace)
	slackPace = 0
	svc := &monitor.Service{}
	env := &serviceEnv{cfg: cfg, store: st, metrics: metrics.New(), log: slog.New(slog.DiscardHandler), stdout: io.Discard}
	if err := addChat(ctx, env, svc); err != nil {
		t.Fatal(err)
	}
	var worker *bot.Worker
	var sched *bot.Scheduler
	var reg monitor.Component
	for _, c := range append(svc.Components, svc.Scheduled...) {
		switch c := c.(type) {
		case *bot.Worker:
			worker = c
		case *bot.Scheduler:
			sched = c
		}
		if c.Name() == "discord-commands" {
			reg = c
		}
	}
	if worker == nil || sched == nil || reg == nil {
		t.Fatalf("components %v", svc.Components)
	}
	for i := 0; i < 5; i++ {
		if _, err := worker.Pass(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if left, _ := st.Alerts(ctx, store.AlertFilter{PendingOnly: true}); len(left) != 0 {
		t.Fatalf("%d alerts still pending", len(left))
	}

	// Slack: the event's card starts the thread; one post per alert in it.
	posts := sl.matching("POST /chat.postMessage ")
	if len(posts) != 1+len(pending) {
		t.Fatalf("slack got %d posts for the card and %d alerts", len(posts), len(pending))
	}
	first, _ := url.ParseQuery(posts[0])
	if first.Get("channel") != "C0123ABCD" || first.Get("thread_ts") != "" || first.Get("unfurl_links") != "false" {
		t.Errorf("first slack post %v", first)
	}
	for _, p := range posts[1:] {
		f, _ := url.ParseQuery(p)
		if f.Get("thread_ts") != "1700000000.000001" {
			t.Errorf("later slack post not in the thread: %v", f.Get("thread_ts"))
		}
	}
	for _, p := range append(posts, dc.matching("POST /api/v10/channels/")...) {
		if strings.Contains(p, "<!channel>") || strings.Contains(p, "@everyone") {
			t.Errorf("a mention reached a channel: %s", p)
		}
	}
	// Discord: the card in the channel with a thread opened on it, the
	// alerts in the thread.
	if got := dc.matching("POST /api/v10/channels/100000000000000001/messages "); len(got) != 1 {
		t.Errorf("discord channel got %d posts, want 1", len(got))
	}
	if got := dc.matching("POST /api/v10/channels/100000000000000001/messages/1/threads "); len(got) != 1 {
		t.Errorf("no thread opened: %v", dc.matching("POST"))
	}
	if got := dc.matching("POST /api/v10/channels/thread1/messages "); len(got) != len(pending) {
		t.Errorf("discord thread got %d posts, want %d", len(got), len(pending))
	}

	// Every platform call is counted under its platform.
	rec := httptest.NewRecorder()
	env.metrics.Handler(nil).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	for _, want := range []string{`idlibwatch_chat_requests_total{code="2xx",platform="slack"}`, `idlibwatch_chat_requests_total{code="2xx",platform="discord"}`} {
		if !strings.Contains(rec.Body.String(), want) {
			t.Errorf("metrics lack %s", want)
		}
	}

	// /idlib figures atmeh over HTTP.
	var slackCmd, discordCmd http.Handler
	for _, r := range svc.Routes {
		switch r.Pattern {
		case "POST /slack/commands":
			slackCmd = r.Handler
		case "POST /discord/interactions":
			discordCmd = r.Handler
		}
	}
	if slackCmd == nil || discordCmd == nil {
		t.Fatalf("routes %v", svc.Routes)
	}
	body := url.Values{"command": {"/idlib"}, "text": {"figures atmeh"}, "user_id": {"U1"}, "response_url": {sl.srv.URL + "/response"}}.Encode()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte("test-secret"))
	mac.Write([]byte("v0:" + ts + ":" + body))
	r := httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(body))
	r.Header.Set("X-Slack-Request-Timestamp", ts)
	r.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	w := httptest.NewRecorder()
	slackCmd.ServeHTTP(w, r)
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "Atmeh") || !strings.Contains(w.Body.String(), "killed") {
		t.Errorf("/idlib figures atmeh: %d %s", w.Code, w.Body)
	}
	interaction := `{"id":"1","application_id":"555555555555555555","type":2,"token":"tok","member":{"user":{"id":"9"}},"data":{"name":"idlib","type":1,"options":[{"name":"figures","type":1,"options":[{"name":"event","type":3,"value":"atmeh"}]}]}}`
	r = httptest.NewRequest(http.MethodPost, "/discord/interactions", strings.NewReader(interaction))
	r.Header.Set("X-Signature-Timestamp", ts)
	r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, []byte(ts+interaction))))
	w = httptest.NewRecorder()
	discordCmd.ServeHTTP(w, r)
	var resp struct {
		Type int             `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	json.Unmarshal(w.Body.Bytes(), &resp)
	if w.Code != http.StatusOK || resp.Type != 4 || !strings.Contains(string(resp.Data), "killed") {
		t.Errorf("discord /idlib figures atmeh: %d %s", w.Code, w.Body)
	}

	// The digest, as the scheduler posts it at 08:00.
	if err := sched.Post(ctx, routingChannel(cfg.Channels[0]), time.Now().Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if got := sl.matching("POST /upload "); len(got) != 1 || !strings.Contains(got[0], "\x89PNG") {
		t.Errorf("slack chart upload: %d", len(got))
	}
	if got := dc.matching("POST /api/v10/channels/100000000000000001/messages "); len(got) != 2 || !strings.Contains(got[1], "\x89PNG") {
		t.Errorf("discord digest with attachment: %d posts: %.300q", len(got), got)
	}

	// Registration: /idlib in the configured guild.
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan error)
	go func() { done <- reg.Run(rctx) }()
	<-dc.put
	cancel()
	<-done
	if got := dc.matching("PUT /api/v10/applications/555555555555555555/guilds/777777777777777777/commands "); len(got) != 1 || !strings.Contains(got[0], `"name":"idlib"`) {
		t.Errorf("registration: %v", dc.matching("PUT "))
	}

}
