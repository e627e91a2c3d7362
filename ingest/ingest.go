// Package ingest takes one article through the pipeline: it extracts the
// figures and stores the article with them in one transaction, so that a
// crash leaves either all of an article's consequences or none.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"time"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
	"github.com/idlibwatch/idlibwatch/reading"
	"github.com/idlibwatch/idlibwatch/sources"
	"github.com/idlibwatch/idlibwatch/store"
)

// Options say how an article arrives.
type Options struct {
	// Live marks a newly arrived article: it makes alerts. Backfill (a feed's
	// first poll, an archive import) is classified and stored silently.
	Live bool
	// SourcePath is the file an imported article came from.
	SourcePath string
}

// Result says what Add did with an article.
type Result struct {
	ArticleID int64
	Duplicate bool // already stored with the same content: nothing changed
	Updated   bool // stored before with other content (an edit): re-processed
	Figures   int

	// The event the article was filed under (0 and "" for none: it reports
	// no incident of its own).
	EventID    int64
	EventKey   string
	EventTitle string
	NewEvent   bool  // the article opened the event
	CopyOf     int64 // the article it is a syndicated copy of (it added no claims)
	Claims     int   // claims filed
	Alerts     int   // outbox alerts written
}

// Pipeline stores articles with their figures.
type Pipeline struct {
	store *store.Store
	log   *slog.Logger
	now   func() time.Time
	// read is reading.Read: an article is read once, and figures and events
	// share the reading; tests count it.
	read func(text string) *reading.Doc
	// extract is figures.ExtractDoc; tests put their own figures in.
	extract func(d *reading.Doc, published time.Time) []figures.Figure
	// analyze is events.AnalyzeDoc, called once per article; tests count it.
	analyze func(title string, d *reading.Doc, published time.Time) events.Profile
	// sources resolves a figure's source to an entity.
	sources *sources.Registry
	// step, when set, is called at each step of an article's transaction;
	// tests fail or crash there to show the outbox loses and doubles nothing.
	step func(name string) error
}

// New returns a pipeline writing to s.
func New(s *store.Store, log *slog.Logger) *Pipeline {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Pipeline{store: s, log: log, now: time.Now, read: reading.Read, extract: figures.ExtractDoc, analyze: events.AnalyzeDoc, sources: sources.Default()}
}

// WithSources makes the pipeline resolve sources with r (the built-in
// registry with the operator's aliases) and returns it.
func (p *Pipeline) WithSources(r *sources.Registry) *Pipeline {
	if r != nil {
		p.sources = r
	}
	return p
}

// readArticle reads an article once for figures and events, with its
// outlet: its own people are its voice, not a source.
func (p *Pipeline) readArticle(a articles.Article) *reading.Doc {
	doc := p.read(a.Text)
	doc.Outlet = a.Outlet
	return doc
}

// Add stores an article unless it is a duplicate. An article already stored
// (same feed item, canonical URL or text) with the same content hash is a
// duplicate; with another hash it is an edit and is re-processed in place.
func (p *Pipeline) Add(ctx context.Context, a articles.Article, opt Options) (Result, error) {
	if a.ContentHash == "" {
		a.ContentHash = articles.Hash(a.Text)
	}
	if a.CanonicalURL == "" && a.URL != "" {
		a.CanonicalURL = articles.CanonicalURL(a.URL)
	}
	if a.Fetched.IsZero() {
		a.Fetched = p.now()
	}
	if a.Language == "" {
		a.Language = articles.Language(a.Text)
	}
	var res Result
	err := p.store.InTx(ctx, func(tx *store.Tx) error {
		old, err := tx.FindDuplicate(ctx, a)
		switch {
		case err == nil && old.ContentHash == a.ContentHash:
			res = Result{ArticleID: old.ID, Duplicate: true}
			return nil
		case err == nil:
			a.ID = old.ID
			res.Updated = true
			if err := tx.UpdateArticle(ctx, a); err != nil {
				return err
			}
		case errors.Is(err, store.ErrNotFound):
			id, err := tx.InsertArticle(ctx, a, opt.SourcePath, !opt.Live)
			if err != nil {
				return err
			}
			a.ID = id
		default:
			return err
		}
		res.ArticleID = a.ID
		// One reading of the article gives its figures and its profile,
		// which dates the figures and files the article.
		doc := p.readArticle(a)
		prof := p.analyze(a.Title, doc, a.Published)
		ref, err := p.referenceDate(ctx, tx, a, func() events.Profile { return prof })
		if err != nil {
			return err
		}
		figs, ok := p.figuresOf(a, doc, ref)
		if !ok {
			return nil // the text is stored; its figures and claims stay as they were
		}
		res.Figures = len(figs)
		if err := tx.ReplaceFigures(ctx, a.ID, figs); err != nil {
			return err
		}
		return p.fileEvents(ctx, tx, a, doc, prof, figs, opt, res.Updated, &res)
	})
	if err != nil {
		return Result{}, fmt.Errorf("ingest %q: %w", a.Title, err)
	}
	return res, nil
}

// figuresOf extracts an article's figures. The extractor is a large body of
// rules run on text from anywhere: should one of them fail on a page, ok is
// false and the error is logged; the article's text is still stored, its
// figures stay as they were (a re-extraction after the fix gives them), and
// the daemon goes on.
func (p *Pipeline) figuresOf(a articles.Article, doc *reading.Doc, ref time.Time) (figs []figures.Figure, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			p.log.Error("figure extraction failed; article kept, its figures unchanged",
				"article_id", a.ID, "url", a.URL, "title", a.Title, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			figs, ok = nil, false
		}
	}()
	return p.extract(doc, ref), true
}
