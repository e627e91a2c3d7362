package ingest

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
	"github.com/idlibwatch/idlibwatch/reading"
	"github.com/idlibwatch/idlibwatch/store"
)

func openStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), "sqlite", filepath.Join(t.TempDir(), "corpus.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func ip(v int) *int { return &v }

func fig(m figures.Metric, g figures.Group, lo, hi *int, source, quote string) figures.Figure {
	return figures.Figure{Metric: m, Group: g, Min: lo, Max: hi, Source: source, Quote: quote}
}

// fakeFigures is an extractor whose figures the test sets per text, so that
// these tests check filing and classification whatever the extractor finds.
type fakeFigures map[string][]figures.Figure

func (f fakeFigures) extract(d *reading.Doc, _ time.Time) []figures.Figure { return f[d.Text] }

func pipeline(t *testing.T, s *store.Store, figs fakeFigures) (*Pipeline, *time.Time) {
	p := New(s, nil)
	p.extract = figs.extract
	clock := time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)
	p.now = func() time.Time { clock = clock.Add(time.Minute); return clock }
	return p, &clock
}

func article(url, outlet, published, text string) articles.Article {
	t, _ := time.Parse("2006-01-02", published)
	return articles.Article{URL: url, Outlet: outlet, Published: t, Title: firstLine(text), Text: text}
}

func firstLine(s string) string {
	for i := range s {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}

const (
	txtFirst = "US helicopters raid a house in Atmeh\nUS special forces landed overnight near the town of Atmeh in Idlib province and raided a house; at least nine people were killed, three of them civilians, residents said."
	txtWH    = "Rescuers say 13 dead after US raid on Atmeh\nThe rescue service said 13 people were killed in the overnight US raid on a house in Atmeh, six of them children. The Pentagon called the counterterrorism mission a success."
	txtAR    = "مقتل 13 شخصاً في عملية إنزال أمريكية في أطمة\nقال الدفاع المدني إن 13 شخصاً قتلوا في عملية إنزال نفذتها القوات الأمريكية فجر اليوم في بلدة أطمة شمال إدلب."
	txt2025  = "US forces raid house in Atmeh\nUS forces raided a house in Atmeh early on Wednesday and the target was killed, a security source said. Forces had killed an earlier leader of the group in Atmeh in 2022."
)

var wireBody = "Rescue workers pulled bodies from a collapsed house in the town of Atmeh after an overnight raid by US helicopters, and the toll stood at 13 dead by midday. " +
	"Neighbours described hearing loudspeakers ordering families outside before the shooting began, and said the operation lasted close to three hours. " +
	"The Pentagon described the counterterrorism mission as a success and gave no further details."

func TestFilingAndAlerts(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	wireA := "Toll from Atmeh raid reaches 13\n" + wireBody
	wireB := "Thirteen killed in Atmeh raid, rescuers say\n" + wireBody + "\nThis story was published from a wire agency feed without edits."
	figs := fakeFigures{
		txtFirst: {fig(figures.Killed, figures.People, ip(9), nil, "", "at least nine people were killed"), fig(figures.Killed, figures.Civilians, ip(3), ip(3), "", "three of them civilians")},
		txtWH:    {fig(figures.Killed, figures.People, ip(13), ip(13), "Syrian Civil Defence", "13 people were killed"), fig(figures.Killed, figures.Children, ip(6), ip(6), "Syrian Civil Defence", "six of them children")},
		wireA:    {fig(figures.Killed, figures.People, ip(13), ip(13), "", "13 dead")},
		wireB:    {fig(figures.Killed, figures.People, ip(13), ip(13), "", "13 dead")},
		txtAR:    {fig(figures.Killed, figures.People, ip(13), ip(13), "Syrian Civil Defence", "13 شخصاً قتلوا")},
		txt2025: {
			fig(figures.Killed, figures.Combatants, ip(1), ip(1), "security source", "the target was killed"),
			{Metric: figures.Killed, Group: figures.Combatants, Min: ip(1), Max: ip(1), Background: true, Quote: "Forces had killed an earlier leader of the group in Atmeh in 2022"},
		},
	}
	p, _ := pipeline(t, s, figs)
	add := func(a articles.Article, live bool) Result {
		t.Helper()
		res, err := p.Add(ctx, a, Options{Live: live})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}

	r1 := add(article("https://one.example/a", "One", "2022-02-03", txtFirst), true)
	if !r1.NewEvent || r1.EventKey != "2022-02-03-atmeh-us-raid" || r1.Alerts != 1 {
		t.Fatalf("first report: %+v, want a new event 2022-02-03-atmeh-us-raid with 1 alert (2 new claims)", r1)
	}
	r2 := add(article("https://two.example/b", "Two", "2022-02-03", txtWH), true)
	if r2.EventID != r1.EventID || r2.NewEvent || r2.Alerts != 1 {
		t.Fatalf("second report: %+v, want the same event and 1 alert (raised, conflict)", r2)
	}
	r3 := add(article("https://wire.example/c", "Wire A", "2022-02-03", wireA), true)
	r4 := add(article("https://copy.example/d", "Wire B", "2022-02-04", wireB), true)
	if r3.EventID != r1.EventID || r3.CopyOf != 0 {
		t.Fatalf("wire story: %+v", r3)
	}
	if r4.EventID != r1.EventID || r4.CopyOf != r3.ArticleID || r4.Claims != 0 || r4.Alerts != 0 {
		t.Fatalf("syndicated copy: %+v, want a copy of %d with no claims", r4, r3.ArticleID)
	}
	r5 := add(article("https://ar.example/e", "Arabic", "2022-02-03", txtAR), true)
	if r5.EventID != r1.EventID || r5.Alerts != 0 {
		t.Fatalf("Arabic report: %+v, want the same event, no alert (a repeat)", r5)
	}
	r6 := add(article("https://late.example/f", "Late", "2025-08-20", txt2025), true)
	if r6.EventID == r1.EventID || !r6.NewEvent || r6.Alerts != 1 {
		t.Fatalf("2025 raid: %+v, want a new event with 1 alert", r6)
	}

	l, err := s.EventLedger(ctx, r1.EventKey)
	if err != nil {
		t.Fatal(err)
	}
	classes := map[string]events.Class{}
	for _, r := range l.Figures {
		for _, c := range r.Claims {
			classes[c.Quote] = c.Class
		}
	}
	want := map[string]events.Class{
		"at least nine people were killed": events.New,
		"three of them civilians":          events.New,
		"13 people were killed":            events.Raised,
		"six of them children":             events.Conflict,
		"13 dead":                          events.Corroborated,
		"13 شخصاً قتلوا":                   events.Repeat,
		"Forces had killed an earlier leader of the group in Atmeh in 2022": events.New,
	}
	for q, c := range want {
		if classes[q] != c {
			t.Errorf("claim %q: %s, want %s", q, classes[q], c)
		}
	}
	if len(l.Reports) != 4 {
		t.Errorf("%d reports, want 4 (the copy under its original)", len(l.Reports))
	}
	for _, r := range l.Reports {
		if r.ArticleID == r3.ArticleID && (len(r.Outlets) != 2 || len(r.Copies) != 1) {
			t.Errorf("wire report outlets %v copies %v, want both outlets", r.Outlets, r.Copies)
		}
	}

	all, err := s.Alerts(ctx, store.AlertFilter{IncludeSuperseded: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 3 {
		t.Fatalf("%d alerts, want 3 (one per report that brings something)", len(all))
	}
	for _, a := range all {
		for _, it := range a.Claims {
			if it.Background {
				t.Errorf("alert from a background figure: %+v", it.Claim)
			}
			if it.Class == events.Raised && (len(it.Departs) != 1 || it.Departs[0].Quote != "at least nine people were killed") {
				t.Errorf("raised alert departs from %+v, want the caption's at least nine", it.Departs)
			}
		}
	}

	// A backfill article is classified and stored but alerts nobody.
	back := "Rescuers raise toll from Atmeh raid\nThe rescue service said 15 people were killed in the overnight US raid on Atmeh."
	figs[back] = []figures.Figure{fig(figures.Killed, figures.People, ip(15), ip(15), "Syrian Civil Defence", "15 people were killed")}
	rb := add(article("https://back.example/g", "Back", "2022-02-04", back), false)
	if rb.EventID != r1.EventID || rb.Alerts != 0 {
		t.Fatalf("backfill: %+v, want the event and no alert", rb)
	}
	tr, err := s.ArticleTrace(ctx, "https://back.example/g")
	if err != nil || !tr.Backfill || len(tr.Claims) != 1 || tr.Claims[0].Class != events.Revised {
		t.Fatalf("trace of the backfill article: %+v, %v", tr, err)
	}
}

func TestEditedArticleReclassified(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	v2 := txtWH + " The toll later rose to 15."
	figs := fakeFigures{
		txtFirst: {fig(figures.Killed, figures.People, ip(9), nil, "", "at least nine people were killed")},
		txtWH:    {fig(figures.Killed, figures.People, ip(13), ip(13), "Syrian Civil Defence", "13 people were killed")},
		v2:       {fig(figures.Killed, figures.People, ip(15), ip(15), "Syrian Civil Defence", "rose to 15")},
	}
	p, _ := pipeline(t, s, figs)
	if _, err := p.Add(ctx, article("https://one.example/a", "One", "2022-02-03", txtFirst), Options{Live: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Add(ctx, article("https://two.example/b", "Two", "2022-02-03", txtWH), Options{Live: true}); err != nil {
		t.Fatal(err)
	}
	res, err := p.Add(ctx, article("https://two.example/b", "Two", "2022-02-03", v2), Options{Live: true})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Updated || res.Claims != 1 || res.Alerts != 1 {
		t.Fatalf("edit: %+v, want updated with 1 claim and 1 alert", res)
	}
	pending, _ := s.Alerts(ctx, store.AlertFilter{PendingOnly: true})
	all, _ := s.Alerts(ctx, store.AlertFilter{IncludeSuperseded: true})
	if len(pending) != 2 || len(all) != 3 {
		t.Fatalf("%d pending of %d alerts, want 2 of 3 (the 13 superseded by the 15)", len(pending), len(all))
	}
	if len(pending[1].Claims) != 1 || pending[1].Claims[0].Quote != "rose to 15" || pending[1].Class != events.Raised {
		t.Errorf("new alert: %s %+v", pending[1].Class, pending[1].Claims)
	}
}

// The outbox is written in the article's transaction: a failure or a crash
// at any step leaves nothing behind, and the retry alerts exactly once.
func TestOutboxFailureLosesAndDoublesNothing(t *testing.T) {
	for _, step := range []string{"claims", "alerts"} {
		t.Run(step, func(t *testing.T) {
			ctx := context.Background()
			s := openStore(t)
			figs := fakeFigures{txtFirst: {
				fig(figures.Killed, figures.People, ip(9), nil, "", "at least nine people were killed"),
				fig(figures.Killed, figures.Civilians, ip(3), ip(3), "", "three of them civilians"),
			}}
			p, _ := pipeline(t, s, figs)
			boom := errors.New("disk on fire")
			p.step = func(name string) error {
				if name == step {
					return boom
				}
				return nil
			}
			a := article("https://one.example/a", "One", "2022-02-03", txtFirst)
			if _, err := p.Add(ctx, a, Options{Live: true}); !errors.Is(err, boom) {
				t.Fatalf("Add = %v, want the injected failure", err)
			}
			if n, _ := s.CountArticles(ctx); n != 0 {
				t.Fatalf("%d articles after the failure, want 0", n)
			}
			if al, _ := s.Alerts(ctx, store.AlertFilter{IncludeSuperseded: true}); len(al) != 0 {
				t.Fatalf("%d alerts after the failure, want 0", len(al))
			}
			if evs, _ := s.RecentEvents(ctx, time.Time{}, 10); len(evs) != 0 {
				t.Fatalf("%d events after the failure, want 0", len(evs))
			}
			p.step = nil
			for range 2 { // the retry, then a redelivery of the same item
				if _, err := p.Add(ctx, a, Options{Live: true}); err != nil {
					t.Fatal(err)
				}
			}
			al, _ := s.Alerts(ctx, store.AlertFilter{IncludeSuperseded: true})
			if len(al) != 1 || len(al[0].Claims) != 2 {
				t.Fatalf("%d alerts after the retry, want exactly 1 with both claims", len(al))
			}
		})
	}
}

func TestMergeAndSplit(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	// Two reports of one raid that the matcher cannot join: one names the
	// town, the other only the district's camps, a day later and in other words.
	a1 := "US raid in Atmeh\nUS special forces raided a house in Atmeh overnight; 13 people were killed, the rescuers said."
	a2 := "Night assault near the border camps\nHelicopters landed near Sarmada overnight and six children died, according to a monitor."
	figs := fakeFigures{
		a1: {fig(figures.Killed, figures.People, ip(13), ip(13), "Syrian Civil Defence", "13 people were killed")},
		a2: {fig(figures.Killed, figures.Children, ip(16), ip(16), "SOHR", "six children died")},
	}
	p, clock := pipeline(t, s, figs)
	r1, err := p.Add(ctx, article("https://one.example/a", "One", "2022-02-03", a1), Options{Live: true})
	if err != nil {
		t.Fatal(err)
	}
	r2, err := p.Add(ctx, article("https://two.example/b", "Two", "2022-02-04", a2), Options{Live: true})
	if err != nil {
		t.Fatal(err)
	}
	if r1.EventID == r2.EventID {
		t.Fatalf("the two reports were matched: %s", r1.EventKey)
	}
	// The desk has seen the first event's alert already.
	al, _ := s.Alerts(ctx, store.AlertFilter{})
	if len(al) != 2 {
		t.Fatalf("%d alerts before the merge, want 2", len(al))
	}
	if err := s.MarkAlertDelivered(ctx, al[0].ID, *clock); err != nil {
		t.Fatal(err)
	}

	merged, res, err := s.MergeEvents(ctx, r1.EventKey, r2.EventKey, *clock)
	if err != nil {
		t.Fatal(err)
	}
	// The 16 children above 13 people is now a conflict: the pending "new"
	// alert is superseded by a conflict alert; the delivered one stays.
	if res.Superseded != 1 || res.Alerts != 1 {
		t.Fatalf("merge: %+v, want 1 superseded and 1 new alert", res)
	}
	pending, _ := s.Alerts(ctx, store.AlertFilter{PendingOnly: true})
	if len(pending) != 1 || pending[0].Class != events.Conflict || pending[0].EventID != merged.ID {
		t.Fatalf("pending after merge: %+v", pending)
	}
	if e, err := s.Event(ctx, r2.EventKey); err != nil || e.ID != merged.ID {
		t.Errorf("the merged key leads to %v (%v), want the merged event", e.ID, err)
	}
	if evs, _ := s.RecentEvents(ctx, time.Time{}, 10); len(evs) != 1 {
		t.Errorf("%d events listed after the merge, want 1", len(evs))
	}

	split, res, err := s.SplitEvent(ctx, merged.Key, []int64{r2.ArticleID}, *clock)
	if err != nil {
		t.Fatal(err)
	}
	if res.Superseded != 1 || res.Alerts != 1 {
		t.Fatalf("split: %+v, want the conflict superseded and a new alert", res)
	}
	if split.ID != r2.EventID || split.Key != r2.EventKey {
		t.Errorf("the split brought back %d %s, want the merged event %d %s", split.ID, split.Key, r2.EventID, r2.EventKey)
	}
	pending, _ = s.Alerts(ctx, store.AlertFilter{PendingOnly: true})
	if len(pending) != 1 || pending[0].Class != events.New || pending[0].EventID != split.ID {
		t.Fatalf("pending after split: %+v", pending)
	}
	// Undoing and redoing never re-alerts the delivered claim.
	for _, a := range pending {
		if a.Article.ID == r1.ArticleID {
			t.Errorf("the delivered claim was alerted again: %+v", a)
		}
	}

	renamed, err := s.RenameEvent(ctx, split.Key, "2022-02-04 Sarmada camps — helicopter raid", *clock)
	if err != nil {
		t.Fatal(err)
	}
	pending, _ = s.Alerts(ctx, store.AlertFilter{PendingOnly: true})
	if len(pending) != 1 || pending[0].EventTitle != renamed.Title {
		t.Fatalf("pending alert after rename: %+v, want the new title", pending)
	}
	found, err := s.FindEvents(ctx, "sarmada", 5)
	if err != nil || len(found) != 1 || found[0].ID != split.ID {
		t.Errorf("FindEvents(sarmada) = %v, %v", found, err)
	}
	for _, q := range []string{"أطمة", "Atma", "atmeh raid", "2022 atmeh", merged.Key} {
		if found, _ := s.FindEvents(ctx, q, 5); len(found) != 1 || found[0].ID != merged.ID {
			t.Errorf("FindEvents(%q) = %v, want %s", q, found, merged.Key)
		}
	}
	if found, _ := s.FindEvents(ctx, "aleppo earthquake", 5); len(found) != 0 {
		t.Errorf("FindEvents(aleppo earthquake) = %v, want none", found)
	}
}

func TestReextract(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	figs := fakeFigures{
		txtFirst: {fig(figures.Killed, figures.People, ip(9), nil, "", "at least nine people were killed")},
		txtWH:    {fig(figures.Killed, figures.People, ip(13), ip(13), "Syrian Civil Defence", "13 people were killed")},
	}
	p, _ := pipeline(t, s, figs)
	for _, a := range []articles.Article{
		article("https://one.example/a", "One", "2022-02-03", txtFirst),
		article("https://two.example/b", "Two", "2022-02-03", txtWH),
	} {
		if _, err := p.Add(ctx, a, Options{Live: true}); err != nil {
			t.Fatal(err)
		}
	}
	before, _ := s.Alerts(ctx, store.AlertFilter{IncludeSuperseded: true})

	// The improved extractor now also finds the three civilians in the first
	// article, and the second one's children instead of nothing more.
	figs[txtFirst] = append(figs[txtFirst], fig(figures.Killed, figures.Civilians, ip(3), ip(3), "", "three of them civilians"))
	figs[txtWH] = []figures.Figure{fig(figures.Killed, figures.Children, ip(6), ip(6), "Syrian Civil Defence", "six of them children")}
	sum, err := p.Reextract(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if sum != (Reextracted{Articles: 2, Changed: 2, FiguresAdded: 2, FiguresRemoved: 1}) {
		t.Fatalf("summary %+v", sum)
	}
	l, err := s.EventLedger(ctx, "2022-02-03-atmeh-us-raid")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]events.Class{}
	for _, r := range l.Figures {
		for _, c := range r.Claims {
			got[c.Quote] = c.Class
		}
	}
	want := map[string]events.Class{"at least nine people were killed": events.New, "three of them civilians": events.New, "six of them children": events.Conflict}
	if len(got) != len(want) {
		t.Fatalf("claims %v, want %v", got, want)
	}
	for q, c := range want {
		if got[q] != c {
			t.Errorf("%q: %s, want %s", q, got[q], c)
		}
	}
	after, _ := s.Alerts(ctx, store.AlertFilter{IncludeSuperseded: true})
	if len(after) != len(before) {
		t.Errorf("re-extraction changed the outbox: %d alerts, then %d", len(before), len(after))
	}
	again, err := p.Reextract(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if again != (Reextracted{Articles: 2}) {
		t.Errorf("second run changed something: %+v", again)
	}
}

// TestOutboxCrash kills a process in the middle of an article's transaction
// (after its claims are written, after its alerts are written) and shows
// that the store it leaves has none of the article, and that adding it again
// writes each alert exactly once.
func TestOutboxCrash(t *testing.T) {
	if os.Getenv("IDLIBWATCH_CRASH_DB") != "" {
		t.Skip("running as the crashing child")
	}
	figs := []figures.Figure{
		fig(figures.Killed, figures.People, ip(9), nil, "", "at least nine people were killed"),
		fig(figures.Killed, figures.Civilians, ip(3), ip(3), "", "three of them civilians"),
	}
	for _, step := range []string{"claims", "alerts"} {
		t.Run(step, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "corpus.db")
			cmd := exec.Command(os.Args[0], "-test.run=^TestOutboxCrashChild$")
			cmd.Env = append(os.Environ(), "IDLIBWATCH_CRASH_DB="+db, "IDLIBWATCH_CRASH_AT="+step)
			out, err := cmd.CombinedOutput()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 3 {
				t.Fatalf("child did not crash at %s: %v\n%s", step, err, out)
			}

			ctx := context.Background()
			s, err := store.Open(ctx, "sqlite", db)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if n, _ := s.CountArticles(ctx); n != 0 {
				t.Fatalf("%d articles after the crash, want 0", n)
			}
			if al, _ := s.Alerts(ctx, store.AlertFilter{IncludeSuperseded: true}); len(al) != 0 {
				t.Fatalf("%d alerts after the crash, want 0", len(al))
			}
			p, _ := pipeline(t, s, fakeFigures{txtFirst: figs})
			a := article("https://one.example/a", "One", "2022-02-03", txtFirst)
			for range 2 {
				if _, err := p.Add(ctx, a, Options{Live: true}); err != nil {
					t.Fatal(err)
				}
			}
			if al, _ := s.Alerts(ctx, store.AlertFilter{IncludeSuperseded: true}); len(al) != 1 || len(al[0].Claims) != 2 {
				t.Fatalf("%d alerts after the retry, want exactly 1 with both claims", len(al))
			}
		})
	}
}

// TestOutboxCrashChild is the process TestOutboxCrash kills: it exits
// without a word at the named step of the transaction.
func TestOutboxCrashChild(t *testing.T) {
	db, at := os.Getenv("IDLIBWATCH_CRASH_DB"), os.Getenv("IDLIBWATCH_CRASH_AT")
	if db == "" {
		t.Skip("only run by TestOutboxCrash")
	}
	ctx := context.Background()
	s, err := store.Open(ctx, "sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := pipeline(t, s, fakeFigures{txtFirst: {
		fig(figures.Killed, figures.People, ip(9), nil, "", "at least nine people were killed"),
		fig(figures.Killed, figures.Civilians, ip(3), ip(3), "", "three of them civilians"),
	}})
	p.step = func(name string) error {
		if name == at {
			os.Exit(3) // no rollback, no close: as a kill would leave it
		}
		return nil
	}
	p.Add(ctx, article("https://one.example/a", "One", "2022-02-03", txtFirst), Options{Live: true})
	t.Fatalf("did not reach step %s", at)
}

// An undated report can open an event; the first dated report of the same
// incident dates it and gives it a dated key, keeping its ID.
func TestUndatedEventGetsItsDate(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	undated := "Helicopters raid a house in Atmeh\nUS helicopters raided a house in Atmeh on Thursday and at least nine people were killed, residents said."
	figs := fakeFigures{
		undated:  {fig(figures.Killed, figures.People, ip(9), nil, "", "at least nine people were killed")},
		txtFirst: {fig(figures.Killed, figures.People, ip(9), nil, "", "at least nine people were killed")},
	}
	p, _ := pipeline(t, s, figs)
	r1, err := p.Add(ctx, articles.Article{URL: "https://x.example/1", Title: firstLine(undated), Text: undated}, Options{Live: true})
	if err != nil {
		t.Fatal(err)
	}
	if r1.EventKey != "undated-atmeh-us-raid" {
		t.Fatalf("undated report opened %q", r1.EventKey)
	}
	r2, err := p.Add(ctx, article("https://one.example/a", "One", "2022-02-03", txtFirst), Options{Live: true})
	if err != nil {
		t.Fatal(err)
	}
	if r2.EventID != r1.EventID || r2.EventKey != "2022-02-03-atmeh-us-raid" {
		t.Fatalf("dated report: %+v, want event %d keyed 2022-02-03-atmeh-us-raid", r2, r1.EventID)
	}
	if e, err := s.Event(ctx, "2022-02-03-atmeh-us-raid"); err != nil || e.Title != "2022-02-03 Atmeh — US raid" {
		t.Errorf("event %+v, %v", e, err)
	}
}

// A background figure about an incident not yet in the corpus waits without
// an event, and is filed under that incident's event when it arrives.
func TestBackgroundAdoptedByLaterEvent(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	retro := "Sarmada traders rebuild\nStallholders in Sarmada rebuilt the market. The Russian air strikes on the market in March 2024 killed 14 people, according to the Syrian Observatory for Human Rights."
	strike := "Russian jets strike Sarmada market\nRussian warplanes struck the market in Sarmada on Tuesday, and nine people were killed, the Syrian Observatory for Human Rights said."
	bg := fig(figures.Killed, figures.People, ip(14), ip(14), "Syrian Observatory for Human Rights", "killed 14 people")
	bg.Background = true
	figs := fakeFigures{
		retro:  {bg},
		strike: {fig(figures.Killed, figures.People, ip(9), ip(9), "Syrian Observatory for Human Rights", "nine people were killed")},
	}
	p, _ := pipeline(t, s, figs)
	r1, err := p.Add(ctx, article("https://retro.example/a", "Retro", "2025-03-20", retro), Options{Live: true})
	if err != nil {
		t.Fatal(err)
	}
	if r1.EventID != 0 || r1.Alerts != 0 {
		t.Fatalf("the retrospective: %+v, want no event and no alert", r1)
	}
	r2, err := p.Add(ctx, article("https://strike.example/b", "Strike", "2024-03-12", strike), Options{Live: true})
	if err != nil {
		t.Fatal(err)
	}
	if !r2.NewEvent || r2.Alerts != 1 {
		t.Fatalf("the strike: %+v, want a new event with one alert", r2)
	}
	tr, err := s.ArticleTrace(ctx, "https://retro.example/a")
	if err != nil || len(tr.Claims) != 1 {
		t.Fatalf("trace %+v, %v", tr, err)
	}
	if c := tr.Claims[0]; c.EventID != r2.EventID || c.Class != events.Revised {
		t.Errorf("background claim: event %d class %s, want event %d, revised (the monitor's 9 then 14)", c.EventID, c.Class, r2.EventID)
	}
	if al, _ := s.Alerts(ctx, store.AlertFilter{IncludeSuperseded: true}); len(al) != 1 {
		t.Errorf("%d alerts, want only the strike's", len(al))
	}
}

// TestOneReadingPerArticle checks that filing an article, dated or not, new
// or edited, and re-extracting it read its text once (reading.Read), and
// that the one reading gives both its figures (figures.ExtractDoc) and its
// profile (events.AnalyzeDoc), which dates the figures and files it.
func TestOneReadingPerArticle(t *testing.T) {
	ctx := context.Background()
	const (
		undated  = "Shells hit Sarmada market\nShells hit the market of Sarmada in Idlib province, killing four people, rescuers said."
		textDate = "Air strike on Ariha\nAn air strike hit a bakery in Ariha on 4 March 2024, killing two people, medics said."
	)
	s := openStore(t)
	figs := fakeFigures{
		txtFirst: {fig(figures.Killed, figures.People, ip(9), nil, "", "at least nine people were killed")},
		undated:  {fig(figures.Killed, figures.People, ip(4), ip(4), "", "killing four people")},
		textDate: {fig(figures.Killed, figures.People, ip(2), ip(2), "", "killing two people")},
	}
	p, _ := pipeline(t, s, figs)
	reads, analyzed := map[string]int{}, map[string]int{}
	made := map[*reading.Doc]bool{} // the readings the pipeline made
	p.read = func(text string) *reading.Doc {
		reads[text]++
		d := reading.Read(text)
		made[d] = true
		return d
	}
	p.analyze = func(title string, d *reading.Doc, published time.Time) events.Profile {
		if !made[d] {
			t.Errorf("%q analyzed from a reading of its own", firstLine(d.Text))
		}
		analyzed[d.Text]++
		return events.AnalyzeDoc(title, d, published)
	}
	extract := p.extract
	p.extract = func(d *reading.Doc, published time.Time) []figures.Figure {
		if !made[d] {
			t.Errorf("%q extracted from a reading of its own", firstLine(d.Text))
		}
		return extract(d, published)
	}
	once := func(step string) {
		t.Helper()
		for text, n := range reads {
			if n != 1 {
				t.Errorf("%s: %q read %d times, want once", step, firstLine(text), n)
			}
		}
		for text, n := range analyzed {
			if n != 1 {
				t.Errorf("%s: %q analyzed %d times, want once", step, firstLine(text), n)
			}
		}
		clear(reads)
		clear(analyzed)
	}
	dated := article("https://a.example/1", "A", "2022-02-03", txtFirst)
	for _, a := range []articles.Article{
		dated,
		article("https://b.example/1", "B", "", undated),
		article("https://c.example/1", "C", "", textDate),
	} {
		if _, err := p.Add(ctx, a, Options{Live: true}); err != nil {
			t.Fatal(err)
		}
		once("add " + a.URL)
	}

	// An edit is read once too.
	edited := dated
	edited.Text += " The toll rose later."
	figs[edited.Text] = figs[txtFirst]
	if res, err := p.Add(ctx, edited, Options{Live: true}); err != nil || !res.Updated {
		t.Fatalf("edit: %+v, %v", res, err)
	}
	once("edit")

	// Re-extraction reads an article whose figures changed once, and one
	// whose figures stayed (dated) not at all.
	figs[undated] = append(figs[undated], fig(figures.Injured, figures.People, ip(7), ip(7), "", "seven injured"))
	sum, err := p.Reextract(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Changed != 1 {
		t.Errorf("re-extract changed %d articles, want 1", sum.Changed)
	}
	if _, ok := analyzed[undated]; !ok {
		t.Errorf("re-extract did not analyze the changed article")
	}
	if n := analyzed[edited.Text]; n != 0 {
		t.Errorf("re-extract analyzed an unchanged dated article %d times", n)
	}
	once("re-extract")
}

// TestEditedArticleMatchedWithItsFigures: an article filed under no event
// that is edited to give a toll is matched as a new one is, its figures
// included: agreeing tolls join the borderline report to its incident
// instead of opening a second event for it.
func TestEditedArticleMatchedWithItsFigures(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	shelling := "Shelling on Sarmin\nGovernment artillery shelled Sarmin on Tuesday, the civil defence said. Six people died."
	v1 := "Residents stay indoors\nFamilies stayed indoors on Tuesday, a monitor said."
	v2 := "Assault on Sarmin kills six\nGovernment forces raided Sarmin in Idlib on Tuesday, killing six people, a monitor said."
	figs := fakeFigures{
		shelling: {fig(figures.Killed, figures.People, ip(6), ip(6), "the civil defence", "Six people died")},
		v2:       {fig(figures.Killed, figures.People, ip(6), ip(6), "a monitor", "killing six people")},
	}
	p, _ := pipeline(t, s, figs)
	res, err := p.Add(ctx, article("https://two.example/sarmin", "Two", "2024-03-12", v1), Options{Live: true})
	if err != nil || res.EventID != 0 {
		t.Fatalf("report of no incident: %+v, %v; want no event", res, err)
	}
	first, err := p.Add(ctx, article("https://one.example/sarmin", "One", "2024-03-12", shelling), Options{Live: true})
	if err != nil || first.EventID == 0 {
		t.Fatalf("first report: %+v, %v; want an event", first, err)
	}
	res, err = p.Add(ctx, article("https://two.example/sarmin", "Two", "2024-03-12", v2), Options{Live: true})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Updated || res.EventID != first.EventID || res.NewEvent {
		t.Errorf("edited report: %+v, want it updated and filed under event %d", res, first.EventID)
	}
}

// TestExtractorPanicKeepsArticle: a figure rule that panics on a page loses
// neither the article nor the daemon: the text is stored, the error logged,
// and the next article is read as usual.
func TestExtractorPanicKeepsArticle(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	var logged strings.Builder
	p, _ := pipeline(t, s, fakeFigures{})
	p.log = slog.New(slog.NewTextHandler(&logged, nil))
	bad := "Broken page\nA page that trips a rule."
	good := "Shelling on Sarmin\nGovernment artillery shelled Sarmin on Tuesday, the civil defence said. Six people died."
	p.extract = func(d *reading.Doc, _ time.Time) []figures.Figure {
		if d.Text == bad {
			panic("index out of range [-1]")
		}
		return []figures.Figure{fig(figures.Killed, figures.People, ip(6), ip(6), "the civil defence", "Six people died")}
	}
	res, err := p.Add(ctx, article("https://one.example/broken", "One", "2024-03-12", bad), Options{Live: true})
	if err != nil || res.ArticleID == 0 || res.Figures != 0 {
		t.Fatalf("panicking page: %+v, %v; want it stored with no figures", res, err)
	}
	if _, err := s.Article(ctx, res.ArticleID); err != nil {
		t.Fatalf("panicking page not stored: %v", err)
	}
	if !strings.Contains(logged.String(), "figure extraction failed") || !strings.Contains(logged.String(), "index out of range") {
		t.Errorf("no error logged: %s", logged.String())
	}
	res, err = p.Add(ctx, article("https://two.example/sarmin", "Two", "2024-03-12", good), Options{Live: true})
	if err != nil || res.Figures != 1 || res.EventID == 0 {
		t.Errorf("next article: %+v, %v; want its figure filed", res, err)
	}
}
