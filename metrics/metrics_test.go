package metrics

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/store"
)

func scrape(t *testing.T, h http.Handler) string {
	t.Helper()
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("scrape: %s\n%s", resp.Status, body)
	}
	return string(body)
}

func TestScrape(t *testing.T) {
	m := New()
	now := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	c := NewStoreCollector(func(ctx context.Context) (store.Stats, error) {
		return store.Stats{
			OutboxDepth:   3,
			AlertsFailed:  2,
			OutboxOldest:  now.Add(-90 * time.Second),
			AlertsByClass: map[string]int{"new": 5, "conflict": 1},
			Deliveries:    []store.DeliveryCount{{Platform: "slack", Kind: "alert", Status: "sent", N: 4}},
			LastPoll:      now.Add(-time.Minute),
		}, nil
	}).(*storeCollector)
	c.now = func() time.Time { return now }
	if err := m.Register(c); err != nil {
		t.Fatal(err)
	}
	m.FeedPolls.WithLabelValues("https://example.org/feed", "failed").Add(2)
	m.FeedItems.WithLabelValues("off_topic").Inc()
	m.Figures.Add(7)
	m.CommandSeconds.WithLabelValues("slack", "figures").Observe(0.2)
	if err := m.WatchLeader(func() bool { return true }); err != nil {
		t.Fatal(err)
	}

	body := scrape(t, m.Handler(nil))
	for _, want := range []string{
		`idlibwatch_feed_polls_total{feed="https://example.org/feed",result="failed"} 2`,
		`idlibwatch_feed_items_total{result="off_topic"} 1`,
		`idlibwatch_figures_extracted_total 7`,
		`idlibwatch_command_duration_seconds_bucket{command="figures",platform="slack",le="0.25"} 1`,
		`idlibwatch_leader 1`,
		`idlibwatch_store_up 1`,
		`idlibwatch_outbox_depth 3`,
		`idlibwatch_outbox_oldest_age_seconds 90`,
		`idlibwatch_alerts_total{class="new"} 5`,
		`idlibwatch_alerts_failed 2`,
		`idlibwatch_alerts_skipped 0`,
		`idlibwatch_deliveries{kind="alert",platform="slack",status="sent"} 4`,
		fmt.Sprintf("idlibwatch_last_poll_timestamp_seconds %g", float64(now.Add(-time.Minute).Unix())),
		`idlibwatch_last_delivery_timestamp_seconds 0`,
		`go_goroutines `,
	} {
		if !strings.Contains(body, want+"\n") && !strings.Contains(body, want) {
			t.Errorf("scrape lacks %q", want)
		}
	}
}

// A database that does not answer must not hide the process's own metrics.
func TestScrapeStoreDown(t *testing.T) {
	m := New()
	m.Register(NewStoreCollector(func(ctx context.Context) (store.Stats, error) {
		return store.Stats{}, errors.New("database is locked")
	}))
	m.Figures.Inc()
	body := scrape(t, m.Handler(nil))
	for _, want := range []string{"idlibwatch_store_up 0", "idlibwatch_figures_extracted_total 1"} {
		if !strings.Contains(body, want) {
			t.Errorf("scrape lacks %q:\n%s", want, body)
		}
	}
}

func TestCountRequests(t *testing.T) {
	m := New()
	codes := []int{200, 429, 429, 404, 503}
	i := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(codes[i])
		i++
	}))
	hc := &http.Client{Transport: m.CountRequests("slack", nil)}
	for range codes {
		resp, err := hc.Get(srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	srv.Close()
	if _, err := hc.Get(srv.URL); err == nil {
		t.Fatal("a closed server answered")
	}
	body := scrape(t, m.Handler(nil))
	for _, want := range []string{
		`idlibwatch_chat_requests_total{code="2xx",platform="slack"} 1`,
		`idlibwatch_chat_requests_total{code="429",platform="slack"} 2`,
		`idlibwatch_chat_requests_total{code="4xx",platform="slack"} 1`,
		`idlibwatch_chat_requests_total{code="5xx",platform="slack"} 1`,
		`idlibwatch_chat_requests_total{code="error",platform="slack"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("scrape lacks %q", want)
		}
	}
}

// The store is read at most once per maxAge, whatever the scrapes.
func TestStoreCollectorReadsAtMostOncePerMaxAge(t *testing.T) {
	reads := 0
	c := NewStoreCollector(func(ctx context.Context) (store.Stats, error) {
		reads++
		return store.Stats{OutboxDepth: reads}, nil
	}).(*storeCollector)
	now := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	c.now = func() time.Time { return now }
	m := New()
	m.Register(c)
	h := m.Handler(nil)
	for _, tc := range []struct {
		after time.Duration
		want  string
	}{{0, "idlibwatch_outbox_depth 1"}, {3 * time.Second, "idlibwatch_outbox_depth 1"}, {3 * time.Second, "idlibwatch_outbox_depth 2"}} {
		now = now.Add(tc.after)
		if body := scrape(t, h); !strings.Contains(body, tc.want) {
			t.Errorf("after %v: want %q", tc.after, tc.want)
		}
	}
	if reads != 2 {
		t.Errorf("%d reads, want 2", reads)
	}
}
