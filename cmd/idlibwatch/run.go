package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/idlibwatch/idlibwatch/config"
	"github.com/idlibwatch/idlibwatch/ingest"
	"github.com/idlibwatch/idlibwatch/metrics"
	"github.com/idlibwatch/idlibwatch/monitor"
	"github.com/idlibwatch/idlibwatch/store"
)

// serviceEnv is what the parts of the running service are built from.
type serviceEnv struct {
	cfg      *config.Config
	store    *store.Store
	pipeline *ingest.Pipeline
	metrics  *metrics.Metrics
	log      *slog.Logger
	stdout   io.Writer
}

// serviceParts add their components and routes to the service: the feed
// poller (run_feeds.go), the chat side (run_chat.go). Each registers itself
// from init, so that wiring a part never edits another's file.
var serviceParts []func(ctx context.Context, env *serviceEnv, svc *monitor.Service) error

func init() {
	register(command{name: "run", short: "run the service: poll feeds, alert, answer commands", run: runService})
}

func runService(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("run", "")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(a.stderr, "idlibwatch run: unexpected argument %q\n", fs.Arg(0))
		return errUsage
	}
	cfg, err := a.loadConfig()
	if err != nil {
		return a.configError(err)
	}
	log := a.logger(cfg)
	log.Info("idlibwatch starting", "version", version, "config", cfg.Source(), "store", cfg.Store.Driver,
		"feeds", len(cfg.Feeds), "slack", cfg.Slack.Enabled(), "discord", cfg.Discord.Enabled())
	for _, u := range config.UnknownEnv(os.Environ()) {
		log.Warn("environment variable ignored", "problem", u)
	}
	st, err := a.openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	env := &serviceEnv{cfg: cfg, store: st, pipeline: newPipeline(st, cfg, log), metrics: metrics.New(), log: log, stdout: a.stdout}
	svc := &monitor.Service{Log: log, Version: version, Leader: &monitor.Leader{}, Lead: func(ctx context.Context) (monitor.Lock, error) {
		// Replicas on one PostgreSQL share the schedules through a leader
		// lock; on SQLite this process always leads.
		l, err := st.TryLead(ctx)
		if l == nil {
			return nil, err
		}
		return l, nil
	}}
	if cfg.HTTP.Listen != config.ListenOff {
		svc.Listen = cfg.HTTP.Listen
	}
	for _, part := range serviceParts {
		if err := part(ctx, env, svc); err != nil {
			return err
		}
	}
	err = svc.Run(ctx)
	log.Info("idlibwatch stopped")
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// openStore opens the configured store, applying migrations.
func (a *app) openStore(ctx context.Context, cfg *config.Config) (*store.Store, error) {
	st, err := store.Open(ctx, cfg.Store.Driver, cfg.Store.DSN)
	if err != nil {
		return nil, fmt.Errorf("open the store: %w", err)
	}
	return st, nil
}

// loadStore loads the config and opens the store: what most commands start with.
func (a *app) loadStore(ctx context.Context) (*config.Config, *store.Store, error) {
	cfg, err := a.loadConfig()
	if err != nil {
		return nil, nil, a.configError(err)
	}
	st, err := a.openStore(ctx, cfg)
	if err != nil {
		return nil, nil, err
	}
	return cfg, st, nil
}

// configError prints each problem of a config that did not load, one per
// line with its file and line, and sums them up in the returned error.
func (a *app) configError(err error) error {
	var ce *config.Error
	if !errors.As(err, &ce) {
		return err
	}
	for _, p := range ce.Problems {
		fmt.Fprintln(a.stderr, p)
	}
	if len(ce.Problems) == 1 {
		return fmt.Errorf("1 problem in %s", a.configSource())
	}
	return fmt.Errorf("%d problems in %s", len(ce.Problems), a.configSource())
}

// logger builds the service's structured logger on stderr.
func (a *app) logger(cfg *config.Config) *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(cfg.Log.Level)); err != nil {
		level = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: level}
	if strings.EqualFold(cfg.Log.Format, "json") {
		return slog.New(slog.NewJSONHandler(a.stderr, opts))
	}
	return slog.New(slog.NewTextHandler(a.stderr, opts))
}
