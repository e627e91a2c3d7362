-- An item whose page could not be fetched for its full text is retried on
-- later polls: how many fetches failed, and when to try again (NULL when
-- nothing is pending, or after the last attempt).
ALTER TABLE feed_items ADD COLUMN fulltext_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feed_items ADD COLUMN fulltext_retry BIGINT;
CREATE INDEX feed_items_fulltext_retry ON feed_items(feed_id, fulltext_retry) WHERE fulltext_retry IS NOT NULL;
