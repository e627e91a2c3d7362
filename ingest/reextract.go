package ingest

import (
	"context"
	"fmt"
	"strconv"
	"sync"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/figures"
	"github.com/idlibwatch/idlibwatch/store"
)

// Reextracted says what a re-extraction changed.
type Reextracted struct {
	Articles       int `json:"articles"`        // articles read
	Changed        int `json:"changed"`         // articles whose figures changed
	FiguresAdded   int `json:"figures_added"`   // figures found now and not before
	FiguresRemoved int `json:"figures_removed"` // figures found before and not now
	EventsOpened   int `json:"events_opened"`   // articles that now report an incident of their own
}

// Reextract extracts the figures of every stored article again (after an
// extractor change) and, for each article whose figures changed, replaces
// its figures and claims and classifies the ledgers it touches again. It
// writes and withdraws no alert: what the desks were told stands. Running
// it twice changes nothing the second time.
func (p *Pipeline) Reextract(ctx context.Context) (Reextracted, error) {
	var sum Reextracted
	err := p.store.EachArticle(ctx, func(a articles.Article) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		sum.Articles++
		return p.store.InTx(ctx, func(tx *store.Tx) error {
			// Only an undated or changed article needs its profile.
			doc := p.readArticle(a)
			profile := sync.OnceValue(func() events.Profile { return p.analyze(a.Title, doc, a.Published) })
			ref, err := p.referenceDate(ctx, tx, a, profile)
			if err != nil {
				return err
			}
			figs, ok := p.figuresOf(a, doc, ref)
			if !ok {
				return nil // logged; its stored figures stay
			}
			old, err := p.store.Figures(ctx, a.ID)
			if err != nil {
				return err
			}
			added, removed := diffFigures(old, figs)
			if added == 0 && removed == 0 {
				return nil
			}
			sum.Changed++
			sum.FiguresAdded += added
			sum.FiguresRemoved += removed
			if err := tx.ReplaceFigures(ctx, a.ID, figs); err != nil {
				return err
			}
			// The claims keep the time they were first seen, so the ledger's
			// order (and so its classes) is the order of arrival.
			seen := a.Fetched
			prev, err := tx.ArticleClaims(ctx, a.ID)
			if err != nil {
				return err
			}
			for _, c := range prev {
				if c.SeenAt.Before(seen) {
					seen = c.SeenAt
				}
			}
			var res Result
			if err := p.refile(ctx, tx, a, doc, figs, profile(), p.now().UTC(), seen, false, &res); err != nil {
				return fmt.Errorf("re-extract article %d: %w", a.ID, err)
			}
			if res.NewEvent {
				sum.EventsOpened++
			}
			return nil
		})
	})
	return sum, err
}

// diffFigures counts the figures of now missing from before (added) and
// of before missing from now (removed), as multisets.
func diffFigures(before, now []figures.Figure) (added, removed int) {
	count := map[string]int{}
	for _, f := range before {
		count[figureKey(f)]++
	}
	for _, f := range now {
		k := figureKey(f)
		if count[k] > 0 {
			count[k]--
			continue
		}
		added++
	}
	for _, n := range count {
		removed += n
	}
	return added, removed
}

func figureKey(f figures.Figure) string {
	num := func(p *int) string {
		if p == nil {
			return "-"
		}
		return strconv.Itoa(*p)
	}
	actor := ""
	if f.Actor != nil {
		actor = *f.Actor
	}
	return fmt.Sprint(f.Metric, "|", f.Group, "|", actor, "|", num(f.Min), "|", num(f.Max), "|", f.Approx, "|", f.Vague, "|", f.Source, "|", f.Background, "|", f.Quote)
}
