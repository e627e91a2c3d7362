package feeds

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/store"
)

// Sink takes relevant items as articles: the ingest pipeline. live false
// stores the article without alerts (a new feed's backlog).
type Sink interface {
	Add(ctx context.Context, a articles.Article, live bool) (Added, error)
}

// Added says what the sink did with an article.
type Added struct {
	ArticleID int64
	Duplicate bool // already stored with the same content
	Updated   bool // stored before with other content: re-processed
}

// Store is the feed state the poller reads and writes; *store.Store has it.
type Store interface {
	Feeds(ctx context.Context) ([]store.Feed, error)
	SaveFeedPoll(ctx context.Context, f store.Feed, notice *store.HealthNotice, items []store.FeedItem) error
	FindFeedItems(ctx context.Context, feedID int64, guids, canonicalURLs, titleHashes []string) ([]store.FeedItem, error)
	StoredArticleID(ctx context.Context, feedID int64, guid, canonicalURL string) (int64, error)
	SaveFeedStates(ctx context.Context, fs []store.Feed) error
}

// Accept headers: what a feed or an article page may be.
const (
	acceptFeed = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
	acceptHTML = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
)

// Poller polls the stored feeds on their schedules and hands new and edited
// relevant items to the sink. It is a monitor component.
type Poller struct {
	store Store
	sink  Sink
	fetch *Fetcher
	topic *Topic
	opt   Options

	mu      sync.Mutex
	polling map[int64]bool // feeds being polled now, never twice at once
	// pages are the article pages being fetched now, by canonical URL: a
	// feed that carries the same article waits for that copy to be stored
	// instead of fetching the page again.
	pages map[string]chan struct{}

	// writeMu makes the poller's goroutines take turns writing: SQLite has
	// one writer, and its busy handler sleeps; waiting here does not.
	writeMu sync.Mutex
	// states are feed states waiting to be written together (see save),
	// the latest per feed.
	states map[int64]store.Feed
	// slots bounds the feeds in progress (fetched, parsed, being stored),
	// and so the memory a cycle holds.
	slots chan struct{}
}

// New returns a poller.
func New(st Store, sink Sink, opt Options) (*Poller, error) {
	opt = opt.withDefaults()
	topic, err := NewTopic(opt.Topic, opt.ExtraTerms)
	if err != nil {
		return nil, err
	}
	if _, err := cronParser.Parse(opt.Schedule); err != nil {
		return nil, fmt.Errorf("feeds: default schedule %q: %w", opt.Schedule, err)
	}
	return &Poller{store: st, sink: sink, fetch: NewFetcher(opt), topic: topic, opt: opt, polling: map[int64]bool{}, pages: map[string]chan struct{}{}, states: map[int64]store.Feed{},
		slots: make(chan struct{}, 4*opt.Workers)}, nil
}

// Fetcher returns the poller's fetcher (for discovery by the commands).
func (p *Poller) Fetcher() *Fetcher { return p.fetch }

// Name names the component.
func (p *Poller) Name() string { return "feeds" }

// PollOptions narrow one cycle.
type PollOptions struct {
	FeedURL string // only this feed; "" for all
	// Force polls feeds that are backing off or asked not to be polled yet
	// (a manual `poll --once`); a scheduled cycle respects them.
	Force bool
	// Backfill overrides Options.Backfill for feeds polled the first time;
	// negative keeps it.
	Backfill int
	filter   func(store.Feed) bool
}

// Summary is what one poll of one feed did.
type Summary struct {
	FeedID int64
	URL    string
	Title  string
	Status string // "ok", "not modified", "failed", "skipped"
	Reason string // why it failed or was skipped
	Err    error  // the failure, a *FetchError for fetch and parse errors

	NextAttempt time.Time
	FirstPoll   bool
	MovedTo     string // the feed redirects permanently there: its URL should change

	Items          int // in the document
	New            int // stored as new articles
	Updated        int // edited items re-processed
	Unchanged      int // seen before with the same content
	Duplicates     int // in the corpus already (another feed, the same URL or text), or repeated in the document
	Irrelevant     int // kept out of the corpus by the topic filter
	Live           int // of New, delivered live (alerts)
	Backfilled     int // of New, stored silently
	FullText       int // pages fetched for full text
	FullTextFailed int
	// PagesSkipped counts the short items whose page was not fetched: off
	// topic by their title and summary, or already in the corpus.
	PagesSkipped int
	ItemErrors   int
	Skipped      int // items of the document that could not be read, left out
	Duration     time.Duration
}

func (s Summary) String() string {
	name := s.URL
	switch s.Status {
	case "failed":
		return fmt.Sprintf("%s: failed: %s (next attempt %s)", name, s.Reason, s.NextAttempt.Format(time.RFC3339))
	case "skipped":
		return fmt.Sprintf("%s: skipped: %s", name, s.Reason)
	case "not modified":
		if s.MovedTo != "" {
			return fmt.Sprintf("%s: not modified; moved permanently to %s (change the feed's URL)", name, s.MovedTo)
		}
		return fmt.Sprintf("%s: not modified", name)
	}
	out := fmt.Sprintf("%s: %d items: %d new (%d live, %d backfill), %d updated, %d unchanged, %d duplicate, %d off topic",
		name, s.Items, s.New, s.Live, s.Backfilled, s.Updated, s.Unchanged, s.Duplicates, s.Irrelevant)
	if s.FullText > 0 || s.FullTextFailed > 0 {
		out += fmt.Sprintf("; full text %d fetched, %d failed", s.FullText, s.FullTextFailed)
	}
	if s.PagesSkipped > 0 {
		out += fmt.Sprintf("; pages skipped %d (off topic or stored)", s.PagesSkipped)
	}
	if s.ItemErrors > 0 {
		out += fmt.Sprintf("; %d item errors (see log)", s.ItemErrors)
	}
	if s.Skipped > 0 {
		out += fmt.Sprintf("; %d unreadable items skipped", s.Skipped)
	}
	if s.MovedTo != "" {
		out += "; moved permanently to " + s.MovedTo + " (change the feed's URL)"
	}
	return out
}

// PollOnce polls the stored feeds (or one) once, concurrently within the
// fetcher's limits, and returns a summary per feed in the store's order.
func (p *Poller) PollOnce(ctx context.Context, po PollOptions) ([]Summary, error) {
	all, err := p.store.Feeds(ctx)
	if err != nil {
		return nil, fmt.Errorf("feeds: poll: %w", err)
	}
	var todo []store.Feed
	for _, f := range all {
		if po.FeedURL != "" && f.URL != po.FeedURL {
			continue
		}
		if po.filter != nil && !po.filter(f) {
			continue
		}
		todo = append(todo, f)
	}
	if po.FeedURL != "" && len(todo) == 0 {
		return nil, fmt.Errorf("feeds: poll: no feed %s (add it with 'idlibwatch feeds add')", po.FeedURL)
	}
	backfill := p.opt.Backfill
	if po.Backfill >= 0 {
		backfill = po.Backfill
	}
	out := make([]Summary, len(todo))
	var wg sync.WaitGroup
	for _, i := range interleaveHosts(todo) {
		select {
		case p.slots <- struct{}{}:
		case <-ctx.Done():
			wg.Wait()
			return out, ctx.Err()
		}
		wg.Go(func() {
			defer func() { <-p.slots }()
			out[i] = p.pollFeed(ctx, todo[i], po.Force, backfill)
			if p.opt.OnPoll != nil {
				p.opt.OnPoll(out[i])
			}
		})
	}
	wg.Wait()
	if err := p.flushStates(context.WithoutCancel(ctx)); err != nil {
		return out, fmt.Errorf("feeds: poll: %w", err)
	}
	return out, ctx.Err()
}

// interleaveHosts orders feeds round-robin over their hosts, so that the
// feeds in progress are spread over hosts rather than queued on one.
func interleaveHosts(fs []store.Feed) []int {
	byHost := map[string][]int{}
	var hosts []string
	for i, f := range fs {
		h := f.URL
		if u, err := url.Parse(f.URL); err == nil {
			h = u.Hostname()
		}
		if _, ok := byHost[h]; !ok {
			hosts = append(hosts, h)
		}
		byHost[h] = append(byHost[h], i)
	}
	out := make([]int, 0, len(fs))
	for round := 0; len(out) < len(fs); round++ {
		for _, h := range hosts {
			if round < len(byHost[h]) {
				out = append(out, byHost[h][round])
			}
		}
	}
	return out
}

func (p *Poller) begin(id int64) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.polling[id] {
		return false
	}
	p.polling[id] = true
	return true
}

func (p *Poller) end(id int64) {
	p.mu.Lock()
	delete(p.polling, id)
	p.mu.Unlock()
}

// pollFeed fetches, parses and processes one feed and stores what it learned.
func (p *Poller) pollFeed(ctx context.Context, f store.Feed, force bool, backfill int) (sum Summary) {
	start := p.opt.Now()
	sum = Summary{FeedID: f.ID, URL: f.URL, Title: f.Title, FirstPoll: !f.FirstPollDone, NextAttempt: f.NextAttempt}
	if !force && f.NextAttempt.After(start) {
		sum.Status, sum.Reason = "skipped", "not due before "+f.NextAttempt.Format(time.RFC3339)
		return sum
	}
	if !p.begin(f.ID) {
		sum.Status, sum.Reason = "skipped", "already being polled"
		return sum
	}
	defer p.end(f.ID)
	defer func() { sum.Duration = p.opt.Now().Sub(start) }()

	f.LastAttempt = start
	cond := Conditional{ETag: f.ETag, LastModified: f.LastModified}
	if !f.FullTextRetry.IsZero() && !f.FullTextRetry.After(start) {
		cond = Conditional{} // a 304 would not show the items whose page is due again
	}
	resp, err := p.fetch.Fetch(ctx, f.URL, acceptFeed, cond)
	var doc *Feed
	if err == nil && !resp.NotModified {
		doc, err = Parse(resp.Body, resp.ContentType, resp.URL)
		if err != nil {
			err = &FetchError{URL: f.URL, Status: resp.Status, Err: err}
		}
	}
	if err != nil {
		if ctx.Err() != nil {
			sum.Status, sum.Reason = "skipped", "stopped"
			return sum
		}
		return p.failed(ctx, f, err, sum)
	}

	if resp.MovedTo != "" {
		sum.MovedTo = resp.MovedTo
		p.opt.Log.Warn("feed moved permanently; change its URL", "feed_url", f.URL, "new_url", resp.MovedTo)
	}
	var notice *store.HealthNotice
	if f.Status == store.FeedFailing {
		notice = &store.HealthNotice{Status: store.HealthRecovered, Reason: "polled successfully after " + f.LastError, At: start}
		p.opt.Log.Info("feed recovered", "feed_url", f.URL, "after_failures", f.Failures)
	}
	f.Status, f.Failures, f.LastError, f.LastSuccess = store.FeedOK, 0, "", start
	f.NextAttempt = time.Time{}
	if resp.MaxAge > 0 {
		f.NextAttempt = start.Add(min(resp.MaxAge, p.opt.MaxBackoff))
	}
	sum.NextAttempt = f.NextAttempt
	if resp.NotModified {
		sum.Status = "not modified"
		f.ETag, f.LastModified = resp.ETag, resp.LastModified
		if err := p.save(ctx, f, notice, nil); err != nil {
			sum.Status, sum.Err, sum.Reason = "failed", err, "store: "+err.Error()
		}
		return sum
	}

	sum.Status = "ok"
	if sum.Skipped = doc.Skipped; sum.Skipped > 0 {
		p.opt.Log.Warn("feed items unreadable, skipped", "feed_url", f.URL, "skipped", sum.Skipped)
	}
	if f.Title == "" {
		f.Title = doc.Title
		sum.Title = f.Title
	}
	if doc.SiteURL != "" {
		f.SiteURL = doc.SiteURL
	}
	states := p.processItems(ctx, f, doc, backfill, &sum)
	if ctx.Err() != nil {
		sum.Status, sum.Reason = "skipped", "stopped"
		return sum
	}
	if sum.ItemErrors == 0 {
		// Keep the old validators when an item could not be stored, so
		// that the next poll gets the whole feed again and retries it.
		f.ETag, f.LastModified = resp.ETag, resp.LastModified
		f.FirstPollDone = true
	}
	if err := p.save(ctx, f, notice, states); err != nil {
		sum.Status, sum.Err, sum.Reason = "failed", err, "store: "+err.Error()
	}
	return sum
}

// statesBatch is how many feed states are written in one transaction.
const statesBatch = 250

// save stores a poll's outcome. A poll that brings only the feed's own
// state (a 304, every item unchanged, a failure without a notice) is
// written with others in one transaction, at the latest when the cycle
// ends: one commit per feed was most of a 304 cycle's CPU. Lost in a crash,
// such a state costs one unconditional fetch, nothing else.
func (p *Poller) save(ctx context.Context, f store.Feed, notice *store.HealthNotice, items []store.FeedItem) error {
	if notice == nil && len(items) == 0 {
		p.mu.Lock()
		p.states[f.ID] = f
		full := len(p.states) >= statesBatch
		p.mu.Unlock()
		if full {
			return p.flushStates(ctx)
		}
		return nil
	}
	p.writeMu.Lock()
	defer p.writeMu.Unlock()
	p.mu.Lock()
	delete(p.states, f.ID) // older than this one
	p.mu.Unlock()
	return p.store.SaveFeedPoll(ctx, f, notice, items)
}

// flushStates writes the feed states waiting in the batch.
func (p *Poller) flushStates(ctx context.Context) error {
	p.writeMu.Lock()
	defer p.writeMu.Unlock()
	p.mu.Lock()
	batch := make([]store.Feed, 0, len(p.states))
	for _, f := range p.states {
		batch = append(batch, f)
	}
	clear(p.states)
	p.mu.Unlock()
	return p.store.SaveFeedStates(ctx, batch)
}

// failed records a failed poll: backoff, the failing status after N failures
// in a row (with a notice for the ops channel), and one log line.
func (p *Poller) failed(ctx context.Context, f store.Feed, err error, sum Summary) Summary {
	now := p.opt.Now()
	reason := err.Error()
	var fe *FetchError
	var retry time.Duration
	if errors.As(err, &fe) {
		reason, retry = fe.Reason(), fe.RetryAfter
	}
	f.Failures++
	f.LastError = reason
	wait := p.backoff(f.Failures)
	if retry > wait {
		wait = min(retry, 24*time.Hour) // honour Retry-After, within reason
	}
	f.NextAttempt = now.Add(wait)
	var notice *store.HealthNotice
	if f.Failures >= p.opt.FailingAfter && f.Status != store.FeedFailing {
		f.Status = store.FeedFailing
		notice = &store.HealthNotice{Status: store.HealthFailing, Reason: fmt.Sprintf("%s (%d failures in a row)", reason, f.Failures), At: now}
	}
	p.opt.Log.Warn("feed poll failed", "feed_url", f.URL, "reason", reason, "failures", f.Failures,
		"status", f.Status, "next_attempt", f.NextAttempt.Format(time.RFC3339))
	if serr := p.save(ctx, f, notice, nil); serr != nil {
		p.opt.Log.Error("feed state not saved", "feed_url", f.URL, "err", serr)
	}
	sum.Status, sum.Reason, sum.Err, sum.NextAttempt = "failed", reason, err, f.NextAttempt
	return sum
}

// backoff is the wait after n failures in a row: MinBackoff doubled each
// time, capped at MaxBackoff, the upper half jittered so that feeds that
// failed together (a network outage) do not retry together.
func (p *Poller) backoff(n int) time.Duration {
	d := p.opt.MinBackoff
	for i := 1; i < n && d < p.opt.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, p.opt.MaxBackoff)
	half := d / 2
	if half <= 0 {
		return d
	}
	return half + rand.N(half+1)
}

// docItem is an item with its identity keys.
type docItem struct {
	Item
	guid, curl, thash string
	lookupURL         string // curl, unless other items of the document share it
	hash              string // content as the feed shows it
}

// processItems takes each distinct item of the document through the item
// state, the full-text fetch, the topic filter and the sink, and returns the
// item states to store with the poll.
func (p *Poller) processItems(ctx context.Context, f store.Feed, doc *Feed, backfill int, sum *Summary) []store.FeedItem {
	sum.Items = len(doc.Items)
	items := make([]docItem, 0, len(doc.Items))
	seen := map[string]bool{}
	urlGUIDs := map[string]map[string]bool{}
	for _, it := range doc.Items {
		d := docItem{Item: it, guid: it.GUID}
		if it.URL != "" {
			d.curl = articles.CanonicalURL(it.URL)
		}
		if d.guid == "" && d.curl == "" {
			d.thash = titleHash(it.Title, it.Published)
		}
		key := "g:" + d.guid
		switch {
		case d.guid != "":
		case d.curl != "":
			key = "u:" + d.curl
		default:
			key = "t:" + d.thash
		}
		if seen[key] {
			sum.Duplicates++ // the same item twice in one document
			continue
		}
		seen[key] = true
		if d.curl != "" {
			if urlGUIDs[d.curl] == nil {
				urlGUIDs[d.curl] = map[string]bool{}
			}
			urlGUIDs[d.curl][d.guid] = true
		}
		d.hash = articles.Hash(it.Title + "\n" + it.Summary + "\n" + it.Content)
		items = append(items, d)
	}
	for i := range items {
		// Distinct GUIDs that share a link (a feed that links every item to
		// its front page) are distinct items: the link cannot identify them.
		if c := items[i].curl; c != "" && len(urlGUIDs[c]) == 1 {
			items[i].lookupURL = c
		}
	}

	// On a feed's first poll only the latest `backfill` items are live.
	live := make([]bool, len(items))
	if f.FirstPollDone {
		for i := range live {
			live[i] = true
		}
	} else if backfill > 0 {
		order := make([]int, len(items))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return items[b].Published.Compare(items[a].Published) })
		for _, i := range order[:min(backfill, len(order))] {
			live[i] = true
		}
	}

	known, err := p.knownItems(ctx, f.ID, items)
	if err != nil {
		sum.ItemErrors++
		p.opt.Log.Error("feed items not read", "feed_url", f.URL, "err", err)
		return nil
	}
	var states []store.FeedItem
	for i, d := range items {
		if ctx.Err() != nil {
			return nil
		}
		state, err := p.processItem(ctx, f, d, known(d), live[i], sum)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			sum.ItemErrors++
			p.opt.Log.Error("feed item not stored", "feed_url", f.URL, "item_url", d.URL, "err", err)
			continue
		}
		if state != nil {
			states = append(states, *state)
		}
	}
	return states
}

// knownItems reads the stored state of the document's items in one query
// and returns a lookup by GUID, then canonical URL, then title and date.
func (p *Poller) knownItems(ctx context.Context, feedID int64, items []docItem) (func(docItem) *store.FeedItem, error) {
	var guids, urls, titles []string
	for _, d := range items {
		guids, urls, titles = append(guids, d.guid), append(urls, d.lookupURL), append(titles, d.thash)
	}
	rows, err := p.store.FindFeedItems(ctx, feedID, guids, urls, titles)
	if err != nil {
		return nil, err
	}
	byGUID, byURL, byTitle := map[string]*store.FeedItem{}, map[string]*store.FeedItem{}, map[string]*store.FeedItem{}
	for i := range rows { // oldest first: the first row with a key wins
		r := &rows[i]
		for _, m := range []struct {
			idx map[string]*store.FeedItem
			key string
		}{{byGUID, r.GUID}, {byURL, r.CanonicalURL}, {byTitle, r.TitleHash}} {
			if _, ok := m.idx[m.key]; !ok && m.key != "" {
				m.idx[m.key] = r
			}
		}
	}
	return func(d docItem) *store.FeedItem {
		if r := byGUID[d.guid]; d.guid != "" && r != nil {
			return r
		}
		if r := byURL[d.lookupURL]; d.lookupURL != "" && r != nil {
			return r
		}
		if r := byTitle[d.thash]; d.thash != "" && r != nil {
			return r
		}
		return nil
	}, nil
}

// processItem returns the item's new state, nil when it is unchanged.
func (p *Poller) processItem(ctx context.Context, f store.Feed, d docItem, prev *store.FeedItem, live bool, sum *Summary) (*store.FeedItem, error) {
	now := p.opt.Now()
	found := prev != nil
	retry := found && prev.ContentHash == d.hash && !prev.FullTextRetry.IsZero() && !prev.FullTextRetry.After(now)
	if found && prev.ContentHash == d.hash && !retry {
		sum.Unchanged++
		return nil, nil
	}
	state := &store.FeedItem{FeedID: f.ID, GUID: d.guid, CanonicalURL: d.curl, TitleHash: d.thash, ContentHash: d.hash, FirstSeen: now, LastSeen: now}
	if found {
		state.ID, state.FirstSeen, state.ArticleID = prev.ID, prev.FirstSeen, prev.ArticleID
	}
	if retry {
		state.FullTextFailures = prev.FullTextFailures
	}

	text, published := d.Text(), d.Published
	// The page is fetched only for what the feed's text cannot decide and
	// the corpus does not have yet: the topic filter runs on the title and
	// summary first, and an item already stored (another feed carried the
	// same article, or one being fetched right now) is a duplicate.
	short := p.opt.FulltextBelow > 0 && utf8.RuneCountInString(text) < p.opt.FulltextBelow && d.URL != ""
	onTopic := p.topic.Match(d.Title, d.Summary, text)
	if short && !onTopic && !f.FullText {
		sum.Irrelevant++
		sum.PagesSkipped++
		return state, nil
	}
	if short && !found {
		id, release, err := p.claimPage(ctx, f.ID, d)
		if err != nil {
			return nil, err
		}
		defer release()
		if id != 0 {
			state.Relevant, state.ArticleID = true, id
			sum.Duplicates++
			sum.PagesSkipped++
			return state, nil
		}
	}
	fetched := false
	if short {
		page, err := p.fullText(ctx, d.URL)
		if err != nil {
			sum.FullTextFailed++
			p.fullTextFailed(state, err)
			p.opt.Log.Warn("full text not fetched", "feed_url", f.URL, "item_url", d.URL, "reason", err.Error(),
				"failures", state.FullTextFailures, "retry_at", state.FullTextRetry)
		} else {
			sum.FullText++
			state.FullTextFailures = 0
			fetched = true
			if utf8.RuneCountInString(page.Text) > utf8.RuneCountInString(text) {
				text = page.Text
			}
			if published.IsZero() {
				published = page.Published
			}
		}
	}
	if !onTopic && !(fetched && p.topic.Match(text)) {
		sum.Irrelevant++
		return state, nil
	}
	state.Relevant = true
	if published.IsZero() {
		published = state.FirstSeen // undated: first seen stands in
	}
	if d.Title != "" && !strings.HasPrefix(text, d.Title) {
		text = d.Title + "\n\n" + text // headlines carry figures
	}
	a := articles.Article{
		FeedID:       f.ID,
		GUID:         d.guid,
		URL:          d.URL,
		CanonicalURL: d.curl,
		Title:        d.Title,
		Outlet:       f.Title,
		Published:    published,
		Fetched:      now,
		Summary:      d.Summary,
		Text:         text,
	}
	if a.GUID == "" && a.CanonicalURL == "" {
		a.GUID = "title-date:" + d.thash // so that an edit finds the stored article
	}
	if d.curl != "" && d.lookupURL == "" && d.guid != "" {
		// The link is shared with other items of the feed, so it does not
		// identify this one: keep the corpus from merging them.
		a.CanonicalURL = d.curl + "#item=" + url.QueryEscape(d.guid)
	}
	if a.Title == "" {
		a.Title = firstLine(text)
	}
	p.writeMu.Lock()
	res, err := p.sink.Add(ctx, a, live)
	p.writeMu.Unlock()
	if err != nil {
		return nil, err
	}
	state.ArticleID = res.ArticleID
	switch {
	case res.Updated:
		sum.Updated++
	case res.Duplicate:
		sum.Duplicates++
	default:
		sum.New++
		if live {
			sum.Live++
		} else {
			sum.Backfilled++
		}
	}
	return state, nil
}

// fullTextAttempts is how many times an item's page is fetched before its
// feed text is all the corpus gets: with the default backoff the last try
// comes about an hour after the first.
const fullTextAttempts = 6

// fullTextFailed records a failed page fetch in the item's state and, unless
// retrying cannot help or the attempts are spent, when to try again: the item
// is then re-processed on the first poll after that even though the feed
// shows it unchanged, and an article stored with the feed's short text is
// updated (and its figures re-extracted) with the page's.
func (p *Poller) fullTextFailed(state *store.FeedItem, err error) {
	state.FullTextFailures++
	state.FullTextRetry = time.Time{}
	if state.FullTextFailures >= fullTextAttempts || errors.Is(err, ErrPrivateAddress) || errors.Is(err, ErrScheme) || errors.Is(err, ErrTooLarge) {
		return
	}
	state.FullTextRetry = p.opt.Now().Add(p.backoff(state.FullTextFailures))
}

// claimPage decides whether this poll fetches the item's page. It returns
// the ID of the stored article when the corpus has the item already (by its
// GUID in this feed or its canonical URL), waiting first for a copy another
// feed is fetching now; otherwise it claims the URL until release is called,
// once the article is stored or given up.
func (p *Poller) claimPage(ctx context.Context, feedID int64, d docItem) (id int64, release func(), err error) {
	release = func() {}
	if d.lookupURL == "" {
		id, err := p.store.StoredArticleID(ctx, feedID, d.guid, "")
		return id, release, err
	}
	for {
		// Claim first, then look in the store: a fetch that finished between
		// a look and a claim would otherwise be done again. Whoever held the
		// claim released it only after its article was stored.
		p.mu.Lock()
		wait, busy := p.pages[d.lookupURL]
		if busy {
			p.mu.Unlock()
			select {
			case <-wait: // stored, or failed: look again
				continue
			case <-ctx.Done():
				return 0, release, ctx.Err()
			}
		}
		done := make(chan struct{})
		p.pages[d.lookupURL] = done
		p.mu.Unlock()
		release = func() {
			p.mu.Lock()
			delete(p.pages, d.lookupURL)
			p.mu.Unlock()
			close(done)
		}
		id, err := p.store.StoredArticleID(ctx, feedID, d.guid, d.lookupURL)
		if err != nil || id != 0 {
			release()
			return id, func() {}, err
		}
		return 0, release, nil
	}
}

// fullText fetches an item's page and extracts its main text and date.
func (p *Poller) fullText(ctx context.Context, pageURL string) (articles.Article, error) {
	resp, err := p.fetch.Fetch(ctx, pageURL, acceptHTML, Conditional{})
	if err != nil {
		return articles.Article{}, err
	}
	a, err := articles.ParseHTML(resp.Body, resp.URL)
	if err != nil {
		return articles.Article{}, fmt.Errorf("extract text of %s: %w", pageURL, err)
	}
	return a, nil
}

// titleHash identifies an item that has neither GUID nor link.
func titleHash(title string, published time.Time) string {
	h := sha256.New()
	h.Write([]byte(strings.Join(strings.Fields(title), " ")))
	if !published.IsZero() {
		h.Write([]byte("\x00" + published.UTC().Format(time.RFC3339)))
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	if len(line) > 200 {
		cut := 200
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		line = line[:cut] + "…"
	}
	return line
}
