package main

import (
	"log/slog"

	"github.com/idlibwatch/idlibwatch/config"
	"github.com/idlibwatch/idlibwatch/ingest"
	"github.com/idlibwatch/idlibwatch/sources"
	"github.com/idlibwatch/idlibwatch/store"
)

// newPipeline is the ingest pipeline with the configured source aliases.
func newPipeline(st *store.Store, cfg *config.Config, log *slog.Logger) *ingest.Pipeline {
	return ingest.New(st, log.With("component", "ingest")).WithSources(sourceRegistry(cfg))
}

// sourceRegistry is the built-in source registry with the operator's aliases.
func sourceRegistry(cfg *config.Config) *sources.Registry {
	r := sources.Default()
	for _, s := range cfg.Sources {
		r.Add("", s.Entity, sources.Organisation, s.Aliases...)
	}
	return r
}
