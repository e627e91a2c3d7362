package feeds

import (
	"context"
	"testing"
	"time"
)

// TestHostJitterOnlyStartsABurst: the first PerHost requests to an idle
// host wait a random jitter; once the host is busy its slots pace the
// requests, and waiting more would only lengthen the cycle.
func TestHostJitterOnlyStartsABurst(t *testing.T) {
	f := NewFetcher(Options{PerHost: 2, HostJitter: time.Hour, AllowPrivate: true})
	f.hosts["h"] = &hostSlots{slots: make(chan struct{}, 2), wave: 2} // a burst under way
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	release, err := f.acquire(ctx, "h")
	if err != nil {
		t.Fatalf("a request after the first wave waited for jitter: %v", err)
	}
	release()
	if hs := f.hosts["h"]; hs.wave != 0 || len(hs.slots) != 0 {
		t.Errorf("idle host: wave %d, %d slots held, want 0 and 0", hs.wave, len(hs.slots))
	}
	// Idle again: the next request is jittered (an hour here), so it waits
	// until its context ends.
	short, cancel2 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel2()
	if _, err := f.acquire(short, "h"); err == nil {
		t.Errorf("the first request of a burst was not jittered")
	}
	if hs := f.hosts["h"]; len(hs.slots) != 0 {
		t.Errorf("%d host slots held after a cancelled wait", len(hs.slots))
	}
}
