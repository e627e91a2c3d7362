package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/bot"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
	"github.com/idlibwatch/idlibwatch/store"
)

// fakeSlack is a Slack Web API that records every request.
type fakeSlack struct {
	mu     sync.Mutex
	srv    *httptest.Server
	calls  []call
	posted []url.Values     // chat.postMessage forms that succeeded
	script map[string][]int // method → status codes to answer first (429, 500)
	errs   map[string][]string
	gone   map[string]bool // channels that answer channel_not_found
	n      int
}

type call struct {
	method string
	form   url.Values
	body   []byte
}

func newFakeSlack(t *testing.T) *fakeSlack {
	f := &fakeSlack{script: map[string][]int{}, errs: map[string][]string{}, gone: map[string]bool{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeSlack) serve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	method := strings.TrimPrefix(r.URL.Path, "/")
	body, _ := io.ReadAll(r.Body)
	form, _ := url.ParseQuery(string(body))
	f.calls = append(f.calls, call{method, form, body})
	if codes := f.script[method]; len(codes) > 0 {
		f.script[method] = codes[1:]
		if codes[0] == http.StatusTooManyRequests {
			w.Header().Set("Retry-After", "7")
		}
		w.WriteHeader(codes[0])
		return
	}
	if es := f.errs[method]; len(es) > 0 {
		f.errs[method] = es[1:]
		fmt.Fprintf(w, `{"ok":false,"error":%q}`, es[0])
		return
	}
	if f.gone[form.Get("channel")] {
		fmt.Fprint(w, `{"ok":false,"error":"channel_not_found"}`)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	switch method {
	case "chat.postMessage":
		f.n++
		f.posted = append(f.posted, form)
		fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1700000000.%06d"}`, form.Get("channel"), f.n)
	case "conversations.history", "conversations.replies":
		var msgs []map[string]any
		for i, p := range f.posted {
			if p.Get("channel") != form.Get("channel") {
				continue
			}
			var meta map[string]any
			json.Unmarshal([]byte(p.Get("metadata")), &meta)
			msgs = append(msgs, map[string]any{"type": "message", "ts": fmt.Sprintf("1700000000.%06d", i+1), "text": p.Get("text"), "metadata": meta})
		}
		json.NewEncoder(w).Encode(map[string]any{"ok": true, "messages": msgs})
	case "files.getUploadURLExternal":
		fmt.Fprintf(w, `{"ok":true,"upload_url":%q,"file_id":"F1"}`, f.srv.URL+"/upload/F1")
	case "upload/F1":
		fmt.Fprint(w, "OK - 1234")
	case "files.completeUploadExternal":
		fmt.Fprint(w, `{"ok":true,"files":[{"id":"F1","title":"chart"}]}`)
	case "chat.update":
		fmt.Fprint(w, `{"ok":true,"channel":"C1","ts":"1","text":""}`)
	default:
		http.Error(w, "unknown method "+method, http.StatusNotFound)
	}
}

func (f *fakeSlack) methods() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, c := range f.calls {
		out = append(out, c.method)
	}
	return out
}

func ip(n int) *int { return &n }

var t0 = time.Date(2022, 2, 3, 9, 12, 0, 0, time.UTC)

func claim(n int, group figures.Group, source, outlet string) events.Claim {
	return events.Claim{Metric: figures.Killed, Group: group, Min: ip(n), Max: ip(n), Source: source, SourceKey: strings.ToLower(source),
		Outlet: outlet, URL: "https://news.example/" + strings.ToLower(outlet), Title: "Raid on Atmeh", SeenAt: t0}
}

func alertOf(class events.Class, c events.Claim, departs ...events.Claim) alerts.Alert {
	c.Class, c.EventID = class, 7
	a, _ := alerts.ForReport(7, "2022-02-03-atmeh-us-raid", "2022-02-03 Atmeh — US raid", alerts.Article{Outlet: c.Outlet, URL: c.URL, Title: c.Title, Seen: t0},
		[]alerts.Item{{Claim: c, Departs: departs}}, t0)
	a.ID = 1
	return a
}

// blocksOf decodes the blocks of a posted form into generic JSON.
func blocksOf(t *testing.T, form url.Values) []map[string]any {
	t.Helper()
	var bs []map[string]any
	if err := json.Unmarshal([]byte(form.Get("blocks")), &bs); err != nil {
		t.Fatalf("blocks: %v in %q", err, form.Get("blocks"))
	}
	return bs
}

func text(b map[string]any) string {
	if t, ok := b["text"].(map[string]any); ok {
		return t["text"].(string)
	}
	var parts []string
	for _, e := range b["elements"].([]any) {
		parts = append(parts, e.(map[string]any)["text"].(string))
	}
	return strings.Join(parts, " | ")
}

func TestAlertBlocksPerClass(t *testing.T) {
	f := newFakeSlack(t)
	c := New(Options{Token: "xoxb-test", APIURL: f.srv.URL + "/"})
	scd := claim(13, figures.People, "Syrian Civil Defence", "Reuters")
	sohr9 := claim(9, figures.People, "SOHR", "SOHR")
	sohr6 := claim(6, figures.Children, "SOHR", "AFP")
	wh4 := claim(4, figures.Children, "White Helmets", "Reuters")
	cases := []struct {
		a    alerts.Alert
		want []string // header, section, (departs), context
	}{
		{alertOf(events.New, scd), []string{
			"2022-02-03 Atmeh — US raid",
			":new: *New figure* · <https://news.example/reuters|Reuters>, 3 Feb 2022 09:12 UTC\n_Raid on Atmeh_",
			"• *13 killed* — Syrian Civil Defence",
			"ref a1-abc"}},
		{alertOf(events.Revised, claim(13, figures.People, "SOHR", "SOHR"), sohr9), []string{
			"2022-02-03 Atmeh — US raid",
			":arrows_counterclockwise: *Revised by its source* · <https://news.example/sohr|SOHR>, 3 Feb 2022 09:12 UTC\n_Raid on Atmeh_",
			"• *13 killed* — SOHR\n   earlier: 9 killed, 3 Feb 09:12",
			"ref a1-abc"}},
		{alertOf(events.Raised, scd, sohr9), []string{
			"2022-02-03 Atmeh — US raid",
			":arrow_up: *Raised above earlier figures* · <https://news.example/reuters|Reuters>, 3 Feb 2022 09:12 UTC\n_Raid on Atmeh_",
			"• *13 killed* — Syrian Civil Defence\n   raised above: 9 killed — SOHR, 3 Feb 09:12",
			"ref a1-abc"}},
		{alertOf(events.Conflict, sohr6, wh4), []string{
			"2022-02-03 Atmeh — US raid",
			":warning: *Conflicting figure* · <https://news.example/afp|AFP>, 3 Feb 2022 09:12 UTC\n_Raid on Atmeh_",
			"• *6 children killed* — SOHR\n   contradicts: 4 children killed — White Helmets, 3 Feb 09:12",
			"ref a1-abc"}},
	}
	for _, tc := range cases {
		if _, err := c.Post(context.Background(), bot.Outgoing{Dest: "C1", Key: "a1-abc", Alert: &tc.a}); err != nil {
			t.Fatal(err)
		}
		form := f.posted[len(f.posted)-1]
		bs := blocksOf(t, form)
		if len(bs) != len(tc.want) {
			t.Fatalf("%s: %d blocks, want %d: %s", tc.a.Class, len(bs), len(tc.want), form.Get("blocks"))
		}
		if bs[0]["type"] != "header" || bs[len(bs)-1]["type"] != "context" {
			t.Errorf("%s: block types %v … %v", tc.a.Class, bs[0]["type"], bs[len(bs)-1]["type"])
		}
		for i, w := range tc.want {
			if got := text(bs[i]); got != w {
				t.Errorf("%s block %d = %q, want %q", tc.a.Class, i, got, w)
			}
		}
		if form.Get("unfurl_links") != "false" || form.Get("unfurl_media") != "false" {
			t.Errorf("%s: unfurls not off: %v", tc.a.Class, form)
		}
		if !strings.HasPrefix(form.Get("text"), "["+string(tc.a.Class)+"] 2022-02-03 Atmeh — US raid: ") {
			t.Errorf("%s: fallback text %q", tc.a.Class, form.Get("text"))
		}
		if form.Get("metadata") != `{"event_type":"idlibwatch_delivery","event_payload":{"key":"a1-abc"}}` {
			t.Errorf("metadata = %s", form.Get("metadata"))
		}
		if form.Get("thread_ts") != "" {
			t.Errorf("top-level post has thread_ts %q", form.Get("thread_ts"))
		}
	}
}

func TestMentionInjectionEscaped(t *testing.T) {
	f := newFakeSlack(t)
	c := New(Options{Token: "xoxb-test", APIURL: f.srv.URL})
	evil := claim(13, figures.People, "<!channel> SOHR @here", "<@U024BE7LH>")
	evil.Title = "<https://evil.example|Reuters> *breaking*"
	evil.URL = "https://news.example/a|<!everyone>"
	a := alertOf(events.Conflict, evil, claim(4, figures.People, "<#C024BE7LR>", "x"))
	a.EventTitle = "Atmeh <!here> @everyone"
	if _, err := c.Post(context.Background(), bot.Outgoing{Dest: "C1", Alert: &a}); err != nil {
		t.Fatal(err)
	}
	form := f.posted[0]
	all := form.Get("text") + form.Get("blocks")
	for _, bad := range []string{"<!channel>", "<!here>", "<!everyone>", "@here", "@everyone", "<@U", "<#C", "<https://evil", "*breaking*"} {
		if strings.Contains(all, bad) {
			t.Errorf("%q reached Slack: %s", bad, all)
		}
	}
	if !strings.Contains(form.Get("blocks"), `\u0026lt;!channel\u0026gt; SOHR`) && !strings.Contains(form.Get("blocks"), `&lt;!channel&gt; SOHR`) {
		t.Errorf("source not shown escaped: %s", form.Get("blocks"))
	}
}

func openStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), "sqlite", filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func insert(t *testing.T, s *store.Store, as ...alerts.Alert) {
	t.Helper()
	err := s.InTx(context.Background(), func(tx *store.Tx) error {
		for _, a := range as {
			if _, err := tx.InsertAlert(context.Background(), a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

// Through the worker: threads, 429 with Retry-After, 5xx retried, and a
// permanent error in one channel that does not hold the other.
func TestWorkerAgainstFakeSlack(t *testing.T) {
	f := newFakeSlack(t)
	s := openStore(t)
	clk := &clock{t: time.Now().UTC()}
	insert(t, s,
		alertOf(events.New, claim(9, figures.People, "SOHR", "SOHR")),
		alertOf(events.Revised, claim(13, figures.People, "SOHR", "SOHR")),
		alertOf(events.Conflict, claim(4, figures.Children, "White Helmets", "Reuters"), claim(6, figures.Children, "SOHR", "AFP")),
	)
	f.script["chat.postMessage"] = []int{http.StatusTooManyRequests, http.StatusInternalServerError}
	c := New(Options{Token: "xoxb-test", APIURL: f.srv.URL + "/"})
	w := bot.NewWorker(bot.WorkerOptions{Store: s, Chats: []bot.Chat{c}, Now: clk.now,
		Channels: []alerts.Channel{{Name: "desk", Slack: "C1"}, {Name: "gone", Slack: "CGONE"}},
		Pace:     map[string]time.Duration{bot.Slack: time.Second}, Backoff: 3 * time.Second})
	ctx := context.Background()

	wait, err := w.Pass(ctx) // C1: 429; CGONE: 500
	if err != nil {
		t.Fatal(err)
	}
	if len(f.posted) != 0 || wait != 3*time.Second {
		t.Fatalf("posted %d, wait %s; want 0 and 3s (5xx backoff, before the 7s Retry-After)", len(f.posted), wait)
	}
	clk.t = clk.t.Add(3 * time.Second)
	f.gone["CGONE"] = true
	w.Pass(ctx) // CGONE: looked up (the 500 may have posted), then channel_not_found → failed
	if len(f.posted) != 0 {
		t.Fatalf("posted %d before Retry-After", len(f.posted))
	}
	for i := 0; i < 6; i++ {
		clk.t = clk.t.Add(4 * time.Second)
		if _, err := w.Pass(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if len(f.posted) != 3 {
		t.Fatalf("posted %d, want 3: %v", len(f.posted), f.methods())
	}
	for _, p := range f.posted {
		if p.Get("channel") != "C1" {
			t.Errorf("posted to %s", p.Get("channel"))
		}
	}
	if f.posted[0].Get("thread_ts") != "" || f.posted[1].Get("thread_ts") != "1700000000.000001" || f.posted[1].Get("reply_broadcast") != "" {
		t.Errorf("revision: thread_ts %q broadcast %q", f.posted[1].Get("thread_ts"), f.posted[1].Get("reply_broadcast"))
	}
	if f.posted[2].Get("thread_ts") != "1700000000.000001" || f.posted[2].Get("reply_broadcast") != "true" {
		t.Errorf("conflict: thread_ts %q broadcast %q", f.posted[2].Get("thread_ts"), f.posted[2].Get("reply_broadcast"))
	}
	d, _ := s.Delivery(ctx, store.KindAlert, 1, bot.Slack, "CGONE")
	if d.Status != store.DeliveryFailed || !strings.Contains(d.LastError, "channel_not_found") {
		t.Errorf("CGONE delivery = %+v", d)
	}
	if as, _ := s.Alerts(ctx, store.AlertFilter{PendingOnly: true}); len(as) != 0 {
		t.Errorf("%d alerts pending", len(as))
	}
}

// The process dies after chat.postMessage succeeded but before the outcome
// was written: on restart the worker finds the message by its metadata in
// the channel history and posts nothing twice.
func TestNoDoublePostAfterRestart(t *testing.T) {
	f := newFakeSlack(t)
	s := openStore(t)
	clk := &clock{t: time.Now().UTC()}
	insert(t, s, alertOf(events.New, claim(9, figures.People, "SOHR", "SOHR")), alertOf(events.Raised, claim(13, figures.People, "SCD", "Reuters")))
	c := New(Options{Token: "xoxb-test", APIURL: f.srv.URL + "/"})
	chs := []alerts.Channel{{Name: "desk", Slack: "C1"}}
	dying := &dyingStore{Store: s}
	w1 := bot.NewWorker(bot.WorkerOptions{Store: dying, Chats: []bot.Chat{c}, Channels: chs, Now: clk.now})
	if _, err := w1.Pass(context.Background()); err == nil {
		t.Fatal("no crash")
	}
	clk.t = clk.t.Add(20 * time.Second) // the dead process's lease on C1 runs out
	w2 := bot.NewWorker(bot.WorkerOptions{Store: s, Chats: []bot.Chat{c}, Channels: chs, Now: clk.now})
	if _, err := w2.Pass(context.Background()); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(f.methods(), ",")
	if got != "chat.postMessage,conversations.history,chat.postMessage" {
		t.Fatalf("calls = %s; want post, history look-up, post of the second alert only", got)
	}
	for _, c := range f.calls {
		if c.method == "conversations.history" && (c.form.Get("include_all_metadata") != "1" || c.form.Get("channel") != "C1") {
			t.Errorf("history look-up form %v", c.form)
		}
		if c.method == "conversations.history" {
			// The window ends minutes after the attempt, not now: history
			// comes newest first, and a busy channel would push the post
			// off the page.
			oldest, _ := strconv.ParseFloat(c.form.Get("oldest"), 64)
			latest, _ := strconv.ParseFloat(c.form.Get("latest"), 64)
			if latest <= oldest || latest-oldest > 200 {
				t.Errorf("history look-up window %q..%q", c.form.Get("oldest"), c.form.Get("latest"))
			}
		}
	}
	if f.posted[1].Get("thread_ts") != "1700000000.000001" {
		t.Errorf("second alert not in the first one's thread: %q", f.posted[1].Get("thread_ts"))
	}
}

type dyingStore struct {
	*store.Store
	died bool
}

func (d *dyingStore) FinishDelivery(ctx context.Context, del store.Delivery, now time.Time) error {
	if !d.died {
		d.died = true
		return errors.New("killed")
	}
	return d.Store.FinishDelivery(ctx, del, now)
}

func TestDigestWithChartUpload(t *testing.T) {
	f := newFakeSlack(t)
	c := New(Options{Token: "xoxb-test", APIURL: f.srv.URL + "/"})
	doc := &bot.Doc{Title: "Idlib digest", Sections: []bot.Section{{Heading: "Atmeh", Lines: []bot.Line{{bot.B("killed: 9–13")}}}}}
	png := []byte("\x89PNG\r\n\x1a\nfake")
	p, err := c.Post(context.Background(), bot.Outgoing{Dest: "C1", Key: "d1-x", Doc: doc, File: &bot.File{Name: "digest.png", Title: "Figures", Data: png}})
	if err != nil {
		t.Fatal(err)
	}
	if p.ID != "1700000000.000001" {
		t.Errorf("posted %+v", p)
	}
	if got := strings.Join(f.methods(), ","); got != "chat.postMessage,files.getUploadURLExternal,upload/F1,files.completeUploadExternal" {
		t.Fatalf("calls = %s", got)
	}
	if got := f.calls[1].form; got.Get("filename") != "digest.png" || got.Get("length") != fmt.Sprint(len(png)) {
		t.Errorf("getUploadURLExternal form %v", got)
	}
	if !strings.Contains(string(f.calls[2].body), "fake") {
		t.Errorf("upload body lacks the file")
	}
	if got := f.calls[3].form; got.Get("channel_id") != "C1" || !strings.Contains(got.Get("files"), `"F1"`) {
		t.Errorf("completeUploadExternal form %v", got)
	}
	bs := blocksOf(t, f.posted[0])
	if text(bs[0]) != "Idlib digest" || text(bs[1]) != "*Atmeh*\n*killed: 9–13*" {
		t.Errorf("digest blocks %s", f.posted[0].Get("blocks"))
	}
}

func TestWebhook(t *testing.T) {
	var bodies []map[string]any
	codes := []int{http.StatusTooManyRequests, http.StatusOK, http.StatusNotFound}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var m map[string]any
		json.NewDecoder(r.Body).Decode(&m)
		bodies = append(bodies, m)
		code := codes[0]
		codes = codes[1:]
		if code == http.StatusTooManyRequests {
			w.Header().Set("Retry-After", "3")
		}
		w.WriteHeader(code)
		if code == http.StatusNotFound {
			fmt.Fprint(w, "no_service")
		}
	}))
	defer srv.Close()
	secret := srv.URL + "/services/T000/B000/SECRETSECRET"
	wh := NewWebhook(secret, nil)
	a := alertOf(events.New, claim(9, figures.People, "SOHR", "SOHR"))
	_, err := wh.Post(context.Background(), bot.Outgoing{Alert: &a})
	var rl *bot.RateLimitError
	if !errors.As(err, &rl) || rl.After != 3*time.Second {
		t.Fatalf("429: %v", err)
	}
	if _, err := wh.Post(context.Background(), bot.Outgoing{Alert: &a}); err != nil {
		t.Fatal(err)
	}
	_, err = wh.Post(context.Background(), bot.Outgoing{Alert: &a})
	if !errors.Is(err, bot.ErrPermanent) || strings.Contains(err.Error(), "SECRET") {
		t.Errorf("404: %v", err)
	}
	if bodies[1]["unfurl_links"] != false || bodies[1]["blocks"] == nil || !strings.Contains(bodies[1]["text"].(string), "9 killed — SOHR") {
		t.Errorf("webhook body %v", bodies[1])
	}
	// A dead endpoint: the error must not carry the URL.
	srv.Close()
	_, err = wh.Post(context.Background(), bot.Outgoing{Alert: &a})
	if err == nil || strings.Contains(err.Error(), "SECRET") {
		t.Errorf("connection error %v", err)
	}
}

func TestDocBlocksStayWithinLimits(t *testing.T) {
	var sections []bot.Section
	for i := 0; i < 60; i++ {
		var lines []bot.Line
		for j := 0; j < 40; j++ {
			lines = append(lines, bot.Line{bot.T(strings.Repeat("word ", 20))})
		}
		sections = append(sections, bot.Section{Heading: fmt.Sprintf("Event %d", i), Lines: lines})
	}
	blocks, text := DocBlocks(&bot.Doc{Title: strings.Repeat("T", 400), Sections: sections})
	raw, _ := json.Marshal(blocks)
	var bs []map[string]any
	json.Unmarshal(raw, &bs)
	if len(bs) > 50 {
		t.Errorf("%d blocks", len(bs))
	}
	total := 0
	for _, b := range bs {
		n := len([]rune(text0(b)))
		total += n
		if b["type"] == "header" && n > 150 || n > 3000 {
			t.Errorf("%s block of %d characters", b["type"], n)
		}
	}
	if total > 12000 || !strings.Contains(string(raw), "cut short") || len([]rune(text)) > 3000 {
		t.Errorf("%d characters in blocks, cut note %v", total, strings.Contains(string(raw), "cut short"))
	}
}

func text0(b map[string]any) string {
	if t, ok := b["text"].(map[string]any); ok {
		return t["text"].(string)
	}
	return ""
}
