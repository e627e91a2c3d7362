// Package monitor runs the service: every long-running part (the poller's
// cron, the delivery worker, the digest schedule, chat connections, the HTTP
// server) under one errgroup, so that a failure or a signal stops them all
// and shutdown is bounded.
package monitor

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"golang.org/x/sync/errgroup"
)

// Component is a long-running part of the service. Run blocks until ctx is
// done (returning nil) or the part fails for good (returning the error, which
// stops the service).
type Component interface {
	Name() string
	Run(ctx context.Context) error
}

// Route is an HTTP handler mounted on the service's listener, such as the
// Slack slash-command endpoint.
type Route struct {
	Pattern string // a net/http ServeMux pattern: "POST /slack/commands"
	Handler http.Handler
}

// Service is the running idlibwatch.
type Service struct {
	Listen     string // HTTP address; "" serves no HTTP
	Components []Component
	// Scheduled components (polls, digests) run in the leader only: one
	// replica at a time among those sharing a database. Lead takes the
	// leadership; nil runs them here, as the only process.
	Scheduled []Component
	Lead      func(ctx context.Context) (Lock, error)
	// Leader is set by Run when Scheduled components run under a leader
	// lock, so that status reports can say whether this replica leads.
	Leader *Leader
	Routes []Route
	// Ready are the conditions /readyz checks; /healthz checks none (the
	// process is up).
	Ready   []Check
	Version string // shown by /healthz
	Log     *slog.Logger
	// ShutdownTimeout bounds how long the HTTP server may take to drain.
	ShutdownTimeout time.Duration
}

// Run starts every component and the HTTP server and blocks until ctx is
// cancelled or one of them fails; then it stops the rest and returns.
func (s *Service) Run(ctx context.Context) error {
	log := s.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	// Listen first: a busy port fails the start before any component runs.
	var srv *http.Server
	var ln net.Listener
	if s.Listen != "" {
		var err error
		if srv, ln, err = s.server(ctx); err != nil {
			return err
		}
	}
	g, ctx := errgroup.WithContext(ctx)
	components := s.Components
	switch {
	case len(s.Scheduled) > 0 && s.Lead != nil:
		if s.Leader == nil {
			s.Leader = &Leader{}
		}
		s.Leader.Try, s.Leader.Components, s.Leader.Log = s.Lead, s.Scheduled, log.With("component", "leader")
		components = append(components[:len(components):len(components)], s.Leader)
	default:
		components = append(components[:len(components):len(components)], s.Scheduled...)
	}
	for _, c := range components {
		g.Go(func() error {
			log.Info("component starting", "component", c.Name())
			err := c.Run(ctx)
			if err != nil && !errors.Is(err, context.Canceled) {
				log.Error("component failed", "component", c.Name(), "err", err)
				return fmt.Errorf("%s: %w", c.Name(), err)
			}
			log.Info("component stopped", "component", c.Name())
			return nil
		})
	}
	if srv != nil {
		log.Info("http listening", "addr", ln.Addr().String())
		g.Go(func() error {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return fmt.Errorf("http: %w", err)
			}
			return nil
		})
		g.Go(func() error {
			<-ctx.Done()
			timeout := s.ShutdownTimeout
			if timeout <= 0 {
				timeout = 5 * time.Second
			}
			sctx, cancel := context.WithTimeout(context.Background(), timeout)
			defer cancel()
			return srv.Shutdown(sctx)
		})
	}
	return g.Wait()
}

func (s *Service) server(ctx context.Context) (*http.Server, net.Listener, error) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.healthz(time.Now()))
	mux.HandleFunc("GET /readyz", s.readyz)
	for _, r := range s.Routes {
		mux.Handle(r.Pattern, r.Handler)
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.Listen)
	if err != nil {
		return nil, nil, fmt.Errorf("http: listen on %s: %w", s.Listen, err)
	}
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	return srv, ln, nil
}

// Func adapts a function to a Component.
type Func struct {
	N string
	F func(ctx context.Context) error
}

func (f Func) Name() string                  { return f.N }
func (f Func) Run(ctx context.Context) error { return f.F(ctx) }
