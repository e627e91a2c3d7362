package monitor

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"time"
)

// Check is one readiness condition: the database answers, feeds were
// polled lately, the outbox drains. Run returns nil when it holds, or an
// error saying what is wrong.
type Check struct {
	Name string
	Run  func(ctx context.Context) error
}

// checkTimeout bounds each readiness check, so that a hung database makes
// /readyz answer "not ready" rather than time out the probe.
const checkTimeout = 3 * time.Second

// health is what /healthz answers: the process is up and serving HTTP.
type health struct {
	Status        string  `json:"status"`
	Version       string  `json:"version,omitempty"`
	UptimeSeconds float64 `json:"uptime_seconds"`
}

// readiness is what /readyz answers.
type readiness struct {
	Status string            `json:"status"` // "ready" or "not ready"
	Checks map[string]string `json:"checks"` // check name -> "ok" or what is wrong
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

func (s *Service) healthz(started time.Time) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, health{Status: "ok", Version: s.Version, UptimeSeconds: time.Since(started).Round(time.Second).Seconds()})
	}
}

// readyz runs every check at once and answers 200 when all hold, 503
// otherwise, naming each check's result.
func (s *Service) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), checkTimeout)
	defer cancel()
	res := readiness{Status: "ready", Checks: map[string]string{}}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, c := range s.Ready {
		wg.Go(func() {
			msg := "ok"
			if err := c.Run(ctx); err != nil {
				msg = err.Error()
			}
			mu.Lock()
			defer mu.Unlock()
			res.Checks[c.Name] = msg
			if msg != "ok" {
				res.Status = "not ready"
			}
		})
	}
	wg.Wait()
	code := http.StatusOK
	if res.Status != "ready" {
		code = http.StatusServiceUnavailable
	}
	writeJSON(w, code, res)
}
