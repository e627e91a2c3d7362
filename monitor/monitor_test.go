package monitor

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// freeAddr returns a loopback address nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func waitHTTP(t *testing.T, url string) *http.Response {
	t.Helper()
	for range 200 {
		resp, err := http.Get(url)
		if err == nil {
			return resp
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("nothing answered at %s", url)
	return nil
}

func TestServiceServesRoutesAndStopsEveryComponentOnCancel(t *testing.T) {
	addr := freeAddr(t)
	var stopped atomic.Int32
	blocker := Func{N: "blocker", F: func(ctx context.Context) error {
		<-ctx.Done()
		stopped.Add(1)
		return ctx.Err() // a canceled component is a clean stop, not a failure
	}}
	svc := &Service{
		Listen:     addr,
		Components: []Component{blocker, blocker},
		Routes: []Route{{Pattern: "POST /hello", Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, "hi")
		})}},
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- svc.Run(ctx) }()

	resp := waitHTTP(t, "http://"+addr+"/healthz")
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"status": "ok"`) {
		t.Fatalf("healthz = %d %q", resp.StatusCode, body)
	}
	resp, err := http.Post("http://"+addr+"/hello", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != "hi" {
		t.Fatalf("route answered %q", body)
	}
	if resp, err := http.Get("http://" + addr + "/hello"); err != nil || resp.StatusCode != http.StatusMethodNotAllowed {
		t.Fatalf("GET on a POST route = %v, %v", resp, err)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run after cancel = %v, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	if stopped.Load() != 2 {
		t.Fatalf("%d components stopped, want 2", stopped.Load())
	}
	if _, err := http.Get("http://" + addr + "/healthz"); err == nil {
		t.Fatal("the HTTP server still answers after Run returned")
	}
}

func TestServiceStopsWhenAComponentFails(t *testing.T) {
	boom := errors.New("boom")
	var otherStopped atomic.Bool
	svc := &Service{Components: []Component{
		Func{N: "failing", F: func(ctx context.Context) error { return boom }},
		Func{N: "other", F: func(ctx context.Context) error { <-ctx.Done(); otherStopped.Store(true); return nil }},
	}}
	err := svc.Run(context.Background())
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "failing") {
		t.Fatalf("Run = %v, want the failing component's error, named", err)
	}
	if !otherStopped.Load() {
		t.Fatal("the other component was not stopped")
	}
}

func TestServiceReportsAPortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	svc := &Service{Listen: ln.Addr().String()}
	err = svc.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "listen on") {
		t.Fatalf("Run on a busy port = %v", err)
	}
}
