package bot

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/store"
)

// editChat is a fakeChat that can edit what it posted: an event gets a card.
type editChat struct {
	*fakeChat
	mu      sync.Mutex
	updates []string // the message IDs edited, in order
}

func (e *editChat) Update(ctx context.Context, dest, id string, m Outgoing) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.updates = append(e.updates, id)
	return nil
}

// cardStore counts the reads of summary deliveries, and gives each event a
// ledger of as many reports as reports says, so that a test changes the card.
type cardStore struct {
	*store.Store
	reads   int
	reports int
}

func (c *cardStore) Delivery(ctx context.Context, kind string, refID int64, platform, dest string) (store.Delivery, error) {
	if kind == store.KindSummary {
		c.reads++
	}
	return c.Store.Delivery(ctx, kind, refID, platform, dest)
}

func (c *cardStore) EventLedger(ctx context.Context, key string) (events.Ledger, error) {
	l := events.Ledger{Event: events.Event{Key: key, Title: key}}
	for i := range c.reports {
		l.Reports = append(l.Reports, events.Report{ArticleID: int64(i + 1), Title: fmt.Sprintf("Report %d", i+1), Seen: time.Unix(int64(i), 0)})
	}
	return l, nil
}

// An alert reads its event's card delivery once per destination (twice
// when the alert opens the card, which then has its message ID only after
// the post), and the card is edited only when its ledger changed.
func TestSummaryCardReadOncePerAlert(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	cs := &cardStore{Store: s, reports: 1}
	clk := newClock()
	chat := &editChat{fakeChat: newFakeChat(Slack)}
	chs := []alerts.Channel{{Name: "desk", Slack: "C1"}, {Name: "night", Slack: "C2"}}
	w := NewWorker(WorkerOptions{Store: cs, Summaries: cs, Chats: []Chat{chat}, Channels: chs, Now: clk.now})

	for i, step := range []struct {
		reports int // the event's reports when the alert goes
		reads   int // summary deliveries read by the pass
		updates int // cards edited so far
	}{
		{1, 3 * 2, 0}, // the card is posted: read, posted, then read for its ID
		{2, 1 * 2, 2}, // the ledger grew: each card edited
		{2, 1 * 2, 2}, // unchanged: no edit
		{3, 1 * 2, 4},
	} {
		insertAlerts(t, s, testAlert(1, events.New, 9+i, clk.t))
		cs.reports, cs.reads = step.reports, 0
		if _, err := w.Pass(ctx); err != nil {
			t.Fatal(err)
		}
		if cs.reads != step.reads {
			t.Errorf("alert %d: %d reads of the card's delivery, want %d", i+1, cs.reads, step.reads)
		}
		if len(chat.updates) != step.updates {
			t.Errorf("alert %d: %d card edits, want %d", i+1, len(chat.updates), step.updates)
		}
		if n := pending(t, s); n != 0 {
			t.Fatalf("alert %d: %d alerts pending", i+1, n)
		}
	}
	// Two cards and four alerts in each channel, the alerts in the cards' threads.
	if len(chat.posts) != 2+4*2 {
		t.Errorf("%d posts, want 10", len(chat.posts))
	}
	cards := map[string]bool{}
	for _, dest := range []string{"C1", "C2"} {
		d, err := s.Delivery(ctx, store.KindSummary, 1, Slack, dest)
		if err != nil || d.Status != store.DeliverySent {
			t.Fatalf("card in %s: %+v %v", dest, d, err)
		}
		cards[d.MessageTS] = true
		digest, err := s.SummaryDigest(ctx, 1, Slack, dest)
		if err != nil || digest == "" {
			t.Errorf("card in %s: digest %q %v", dest, digest, err)
		}
	}
	for _, id := range chat.updates {
		if !cards[id] {
			t.Errorf("edited message %s, not a card (%v)", id, cards)
		}
	}
}
