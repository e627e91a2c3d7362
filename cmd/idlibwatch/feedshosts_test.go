package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/store"
)

func TestBusyHosts(t *testing.T) {
	t0 := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	var all []store.Feed
	// 12 feeds on one host, polled 2 s apart in the latest cycle; one of
	// them last polled an hour before (it backs off) does not count.
	for i := range 12 {
		at := t0.Add(time.Duration(i) * 2 * time.Second)
		if i == 0 {
			at = t0.Add(-time.Hour)
		}
		all = append(all, store.Feed{URL: fmt.Sprintf("https://news.example.com/section/%d.rss", i), LastAttempt: at})
	}
	for i := range 10 { // never polled
		all = append(all, store.Feed{URL: fmt.Sprintf("https://new.example.org/%d.xml", i)})
	}
	for i := range 3 { // too few to show
		all = append(all, store.Feed{URL: fmt.Sprintf("https://small.example.net/%d", i), LastAttempt: t0})
	}
	got := busyHosts(all)
	want := []hostCycle{{"news.example.com", 12, 20 * time.Second}, {"new.example.org", 10, -1}}
	if len(got) != len(want) {
		t.Fatalf("busyHosts = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("host %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	var b strings.Builder
	if err := printBusyHosts(&b, all, 2); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"polled 2 at a time", "news.example.com  12     20s from first to last poll", "new.example.org   10     not polled yet"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("output lacks %q:\n%s", s, b.String())
		}
	}
}
