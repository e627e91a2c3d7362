package store

import (
	"context"
	"fmt"
	"time"
)

// Prune says what a prune deletes; a zero time prunes nothing of that kind.
type Prune struct {
	// ArticlesBefore: articles fetched before it that are filed under no
	// event and back no claim or alert. The ledger's evidence stays.
	ArticlesBefore time.Time
	// FeedItemsBefore: feed items last shown by their feed before it.
	FeedItemsBefore time.Time
}

// Pruned counts what a prune deleted.
type Pruned struct {
	Articles, FeedItems int64
}

// prunableArticles selects the articles Prune may delete, fetched before ?.
const prunableArticles = `SELECT id FROM articles WHERE fetched < ?
	AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = articles.id)
	AND NOT EXISTS (SELECT 1 FROM event_articles e WHERE e.article_id = articles.id)
	AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.article_id = articles.id)`

// Prune deletes, in one transaction, what p says is no longer needed. An
// article's figures and search entry go with it; a feed item that pointed
// at it keeps its record, without the article.
func (s *Store) Prune(ctx context.Context, p Prune) (Pruned, error) {
	var out Pruned
	err := s.InTx(ctx, func(tx *Tx) error {
		if !p.ArticlesBefore.IsZero() {
			before := p.ArticlesBefore.Unix()
			if _, err := tx.exec(ctx, `UPDATE feed_items SET article_id = NULL WHERE article_id IN (`+prunableArticles+`)`, before); err != nil {
				return fmt.Errorf("unlink feed items: %w", err)
			}
			res, err := tx.exec(ctx, `DELETE FROM articles WHERE id IN (`+prunableArticles+`)`, before)
			if err != nil {
				return fmt.Errorf("delete articles: %w", err)
			}
			out.Articles, _ = res.RowsAffected()
		}
		if !p.FeedItemsBefore.IsZero() {
			res, err := tx.exec(ctx, `DELETE FROM feed_items WHERE last_seen < ?`, p.FeedItemsBefore.Unix())
			if err != nil {
				return fmt.Errorf("delete feed items: %w", err)
			}
			out.FeedItems, _ = res.RowsAffected()
		}
		return nil
	})
	if err != nil {
		return Pruned{}, fmt.Errorf("store: prune: %w", err)
	}
	return out, nil
}
