package monitor

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"sync/atomic"
	"testing"
	"time"
)

func getJSON(t *testing.T, url string, v any) int {
	t.Helper()
	resp := waitHTTP(t, url)
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("%s: Content-Type %q", url, ct)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("%s: %v", url, err)
	}
	return resp.StatusCode
}

func TestHealthAndReadiness(t *testing.T) {
	addr := freeAddr(t)
	dbErr := errors.New("database is locked")
	var failing atomic.Bool
	svc := &Service{
		Listen:  addr,
		Version: "v1.2.3",
		Ready: []Check{
			{Name: "database", Run: func(ctx context.Context) error {
				if failing.Load() {
					return dbErr
				}
				return nil
			}},
			{Name: "slow", Run: func(ctx context.Context) error {
				if !failing.Load() {
					return nil
				}
				<-ctx.Done() // a hung check must not hang the probe
				return ctx.Err()
			}},
		},
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- svc.Run(ctx) }()

	var h health
	if code := getJSON(t, "http://"+addr+"/healthz", &h); code != 200 || h.Status != "ok" || h.Version != "v1.2.3" {
		t.Fatalf("healthz %d %+v", code, h)
	}
	var r readiness
	if code := getJSON(t, "http://"+addr+"/readyz", &r); code != 200 || r.Status != "ready" || r.Checks["database"] != "ok" || r.Checks["slow"] != "ok" {
		t.Fatalf("readyz %d %+v", code, r)
	}

	failing.Store(true)
	start := time.Now()
	r = readiness{}
	code := getJSON(t, "http://"+addr+"/readyz", &r)
	if code != http.StatusServiceUnavailable || r.Status != "not ready" || r.Checks["database"] != dbErr.Error() || r.Checks["slow"] != context.DeadlineExceeded.Error() {
		t.Fatalf("readyz with a failing database %d %+v", code, r)
	}
	if took := time.Since(start); took > checkTimeout+2*time.Second {
		t.Errorf("readyz took %v with a hung check", took)
	}
	// The process is still up: liveness does not depend on the database.
	if code := getJSON(t, "http://"+addr+"/healthz", &h); code != 200 {
		t.Fatalf("healthz %d while not ready", code)
	}
	cancel()
	<-done
}
