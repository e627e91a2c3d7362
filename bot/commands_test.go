package bot

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
)

// fakeLookup answers from fixed data; gate, when set, holds every call
// until it is closed (a slow store).
type fakeLookup struct {
	gate chan struct{}
	fail error
}

var atmeh = EventInfo{ID: 7, Key: "2022-02-03-atmeh-us-raid", Title: "2022-02-03 Atmeh — US raid", Articles: 34,
	LastSeen: time.Date(2022, 2, 4, 10, 0, 0, 0, time.UTC)}

func (f *fakeLookup) wait(ctx context.Context) error {
	if f.gate != nil {
		select {
		case <-f.gate:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return f.fail
}

func (f *fakeLookup) FindEvents(ctx context.Context, q string, limit int) ([]EventInfo, error) {
	if err := f.wait(ctx); err != nil {
		return nil, err
	}
	if strings.Contains(strings.ToLower(q), "atmeh") || q == "7" {
		return []EventInfo{atmeh, {ID: 9, Key: "2025-08-20-atmeh-raid", Title: "2025-08-20 Atmeh — raid"}}, nil
	}
	return nil, nil
}

func (f *fakeLookup) RecentEvents(ctx context.Context, since time.Time, limit int) ([]EventInfo, error) {
	if err := f.wait(ctx); err != nil {
		return nil, err
	}
	return []EventInfo{atmeh}, nil
}

func ledgerClaims() []events.Claim {
	t0 := time.Date(2022, 2, 3, 9, 0, 0, 0, time.UTC)
	return []events.Claim{
		{Metric: figures.Killed, Group: figures.People, Min: ip(13), Max: ip(13), Source: "Syrian Civil Defence", SourceKey: "scd", Outlet: "Reuters", URL: "https://reuters.example/a", SeenAt: t0, Class: events.New},
		{Metric: figures.Killed, Group: figures.Children, Min: ip(6), Max: ip(6), Source: "SOHR", SourceKey: "sohr", Outlet: "SOHR", URL: "https://sohr.example/b", SeenAt: t0.Add(time.Hour), Class: events.New},
		{Metric: figures.Killed, Group: figures.Children, Min: ip(4), Max: ip(4), Source: "<!channel> @everyone", SourceKey: "evil", Outlet: "Evil", URL: "https://evil.example/c", SeenAt: t0.Add(2 * time.Hour), Class: events.Conflict},
	}
}

func (f *fakeLookup) EventLedger(ctx context.Context, id int64) (Ledger, error) {
	if err := f.wait(ctx); err != nil {
		return Ledger{}, err
	}
	return Ledger{Event: atmeh, Claims: ledgerClaims()}, nil
}

func (f *fakeLookup) Search(ctx context.Context, q string, limit int) ([]SearchHit, error) {
	if err := f.wait(ctx); err != nil {
		return nil, err
	}
	return []SearchHit{{Title: "US raid in Atmeh kills 13", Outlet: "Reuters", URL: "https://reuters.example/a", Published: "2022-02-03", Snippet: "killed [13] people"}}, nil
}

func (f *fakeLookup) ArticleTrace(ctx context.Context, u string) (Trace, error) {
	if err := f.wait(ctx); err != nil {
		return Trace{}, err
	}
	if u != "https://reuters.example/a" {
		return Trace{}, ErrNotFound
	}
	cl := ledgerClaims()[0]
	return Trace{Seen: true, Title: "US raid in Atmeh kills 13", Outlet: "Reuters", URL: u, Fetched: cl.SeenAt, Relevant: true,
		Reason: "mentions Atmeh (Idlib)", Event: &atmeh, Claims: []events.Claim{cl},
		Alerts: []alerts.Alert{{Class: events.New, Claims: []alerts.Item{{Claim: cl}}}}, Notes: []string{"first figure for killed people: new"}}, nil
}

type fakeFeeds struct{ added, removed []string }

func (f *fakeFeeds) ListFeeds(ctx context.Context) ([]FeedInfo, error) {
	return []FeedInfo{{ID: 1, URL: "https://www.syriahr.com/feed/", Title: "SOHR", Status: "ok"}, {ID: 2, URL: "https://x.example/rss", Status: "failing"}}, nil
}
func (f *fakeFeeds) AddFeed(ctx context.Context, u string) (FeedInfo, error) {
	f.added = append(f.added, u)
	return FeedInfo{ID: 3, URL: u}, nil
}
func (f *fakeFeeds) RemoveFeed(ctx context.Context, ref string) (FeedInfo, error) {
	if ref != "2" {
		return FeedInfo{}, ErrNotFound
	}
	f.removed = append(f.removed, ref)
	return FeedInfo{ID: 2, URL: "https://x.example/rss"}, nil
}

func newTestCommands(l Lookup, feeds FeedAdmin, after chan time.Time) *Commands {
	now := time.Date(2022, 2, 4, 12, 0, 0, 0, time.UTC)
	return NewCommands(CommandOptions{
		Lookup: l, Feeds: feeds, Admins: map[string][]string{Slack: {"UADMIN"}},
		Digest: func(ctx context.Context, now time.Time) (alerts.Digest, error) {
			return alerts.BuildDigest(alerts.DigestInput{From: now.Add(-24 * time.Hour), To: now}), nil
		},
		Now:   func() time.Time { return now },
		After: func(time.Duration) <-chan time.Time { return after },
	})
}

func TestEverySubcommandAnswersInline(t *testing.T) {
	feeds := &fakeFeeds{}
	c := newTestCommands(&fakeLookup{}, feeds, make(chan time.Time)) // the budget never runs out
	defer c.Close()
	cases := []struct {
		user, text string
		want       []string
	}{
		{"U1", "help", []string{"/idlib figures <event or words>", "/idlib why <url>"}},
		{"U1", "", []string{"/idlib events"}},
		{"U1", "figures atmeh", []string{"2022-02-03 Atmeh — US raid", "killed: 13", "• 13 killed — Syrian Civil Defence via Reuters, 2022-02-03 09:00 UTC article <https://reuters.example/a>",
			"children killed: 4–6", "Other matches\n• 2025-08-20 Atmeh — raid — /idlib figures 2025-08-20-atmeh-raid"}},
		{"U1", "figures nowhere", []string{"No event matches “nowhere”"}},
		{"U1", "figures", []string{"Which event?"}},
		{"U1", "events", []string{"Events in the last 7 days", "2022-02-03 Atmeh — US raid — 34 articles, last 2022-02-04 10:00 UTC"}},
		{"U1", "search raid atmeh", []string{"US raid in Atmeh kills 13 <https://reuters.example/a> — Reuters, 2022-02-03", "killed [13] people"}},
		{"U1", "sources atmeh", []string{"Sources on 2022-02-03 Atmeh — US raid", "• Syrian Civil Defence (in Reuters): 13 killed first report <https://reuters.example/a>", "• SOHR (in SOHR): 6 children killed"}},
		{"U1", "why <https://reuters.example/a|reuters.example/a>", []string{"Seen from Reuters on 2022-02-03 09:00 UTC", "Relevant: filed under 2022-02-03 Atmeh — US raid", "mentions Atmeh (Idlib)", "• 13 killed — Syrian Civil Defence (via Reuters) — new", "Alerts", "first figure for killed people: new"}},
		{"U1", "why https://unknown.example/x", []string{"never seen"}},
		{"U1", "why not-a-url", []string{"Give the article's link"}},
		{"U1", "digest", []string{"Idlib digest — Fri 4 Feb 2022", "0 events active", "No new figures"}},
		{"U1", "feeds", []string{"2 feeds", "1. SOHR <https://www.syriahr.com/feed/>", "2. https://x.example/rss — failing"}},
		{"U1", "feeds add https://new.example/feed", []string{"Only admins"}},
		{"UADMIN", "feeds add <https://new.example/feed|new.example/feed>", []string{"Added feed 3: https://new.example/feed"}},
		{"UADMIN", "feeds remove 9", []string{"No such feed"}},
		{"UADMIN", "feeds remove 2", []string{"Removed feed 2"}},
		{"U1", "bogus", []string{"Unknown command “bogus”"}},
	}
	for _, tc := range cases {
		d, late := c.Handle(context.Background(), Request{Platform: Slack, UserID: tc.user, Text: tc.text}, func(context.Context, *Doc) { t.Error("answered late") })
		if late {
			t.Errorf("%q: answered late", tc.text)
			continue
		}
		got := Plain(d)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q: answer lacks %q:\n%s", tc.text, w, got)
			}
		}
	}
	if len(feeds.added) != 1 || len(feeds.removed) != 1 {
		t.Errorf("feeds added %v removed %v", feeds.added, feeds.removed)
	}
}

func TestSlowAnswerIsAcknowledgedThenDelivered(t *testing.T) {
	l := &fakeLookup{gate: make(chan struct{})}
	after := make(chan time.Time, 1)
	c := newTestCommands(l, nil, after)
	defer c.Close()
	got := make(chan *Doc, 1)
	after <- time.Time{} // the budget is spent while the store is still busy
	d, late := c.Handle(context.Background(), Request{Platform: Discord, Text: "figures atmeh"}, func(ctx context.Context, d *Doc) { got <- d })
	if !late || Plain(d) != Working+"\n" {
		t.Fatalf("late %v, first answer %q", late, Plain(d))
	}
	close(l.gate) // the store answers
	c.Wait()
	later := <-got
	if !strings.Contains(Plain(later), "killed: 13") {
		t.Errorf("late answer = %q", Plain(later))
	}
}

func TestErrorsAreNotShownToUsers(t *testing.T) {
	l := &fakeLookup{fail: errors.New("sql: database is locked at /var/lib/idlibwatch.db")}
	c := newTestCommands(l, nil, make(chan time.Time))
	defer c.Close()
	for _, text := range []string{"figures atmeh", "events", "search x", "why https://reuters.example/a"} {
		d, _ := c.Handle(context.Background(), Request{Text: text}, nil)
		got := Plain(d)
		if strings.Contains(got, "sql") || strings.Contains(got, "/var/lib") || !strings.Contains(got, "Sorry") {
			t.Errorf("%q: user sees %q", text, got)
		}
	}
}

// Every subcommand that reads the store answers within the budget when the
// store is slow: an acknowledgement at once, the answer later.
func TestEverySubcommandWithASlowStore(t *testing.T) {
	for _, text := range []string{"figures atmeh", "events", "search raid", "sources atmeh", "why https://reuters.example/a", "feeds list"} {
		l := &fakeLookup{gate: make(chan struct{})}
		after := make(chan time.Time, 1)
		feeds := &slowFeeds{gate: l.gate}
		c := newTestCommands(l, feeds, after)
		after <- time.Time{}
		got := make(chan *Doc, 1)
		d, late := c.Handle(context.Background(), Request{Platform: Slack, UserID: "U1", Text: text}, func(_ context.Context, d *Doc) { got <- d })
		if !late || Plain(d) != Working+"\n" {
			t.Errorf("%q: late %v, first answer %q", text, late, Plain(d))
		}
		close(l.gate)
		c.Wait()
		c.Close()
		if a := Plain(<-got); strings.Contains(a, "Sorry") || a == Working+"\n" {
			t.Errorf("%q: late answer %q", text, a)
		}
	}
}

type slowFeeds struct {
	fakeFeeds
	gate chan struct{}
}

func (s *slowFeeds) ListFeeds(ctx context.Context) ([]FeedInfo, error) {
	<-s.gate
	return s.fakeFeeds.ListFeeds(ctx)
}

func TestObserveNamesEachAnswer(t *testing.T) {
	type obs struct{ platform, command string }
	var mu sync.Mutex
	var got []obs
	c := NewCommands(CommandOptions{Lookup: &fakeLookup{}, Observe: func(platform, command string, took time.Duration) {
		mu.Lock()
		defer mu.Unlock()
		if took < 0 {
			t.Errorf("negative duration %v", took)
		}
		got = append(got, obs{platform, command})
	}})
	defer c.Close()
	for _, req := range []Request{{Platform: Slack, Text: "figures atmeh"}, {Platform: Discord, Text: "LEDGER atmeh"}, {Platform: Slack, Text: "rm -rf /"}, {Platform: Slack}} {
		c.Answer(context.Background(), req)
	}
	want := []obs{{Slack, "figures"}, {Discord, "figures"}, {Slack, "unknown"}, {Slack, "help"}}
	if !slices.Equal(got, want) {
		t.Errorf("observed %v, want %v", got, want)
	}
}
