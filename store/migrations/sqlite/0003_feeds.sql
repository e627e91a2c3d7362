-- Feeds, what each poll learned about them, the items each has shown, and
-- the feed-health notices the chat side posts once to an ops channel.
CREATE TABLE feeds (
    id             INTEGER PRIMARY KEY,
    url            TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL DEFAULT '',  -- the config's title, else the feed's own
    site_url       TEXT NOT NULL DEFAULT '',
    schedule       TEXT NOT NULL DEFAULT '',  -- cron spec; '' = the default schedule
    from_config    INTEGER NOT NULL DEFAULT 0,
    etag           TEXT NOT NULL DEFAULT '',
    last_modified  TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'new', -- new, ok, failing
    failures       INTEGER NOT NULL DEFAULT 0,  -- consecutive
    next_attempt   INTEGER,                     -- not before (backoff, Retry-After, max-age)
    last_attempt   INTEGER,
    last_success   INTEGER,
    last_error     TEXT NOT NULL DEFAULT '',
    items_seen     INTEGER NOT NULL DEFAULT 0,  -- distinct items ever shown
    items_relevant INTEGER NOT NULL DEFAULT 0,  -- of those, the ones the topic filter kept
    added          INTEGER NOT NULL,
    first_poll_done INTEGER NOT NULL DEFAULT 0
);

-- One row per distinct item a feed has shown, relevant or not, so that an
-- unchanged item costs nothing, an edited one is re-processed and the counts
-- count each item once. Identity: guid, else canonical URL, else title_hash.
CREATE TABLE feed_items (
    id            INTEGER PRIMARY KEY,
    feed_id       INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid          TEXT NOT NULL DEFAULT '',
    canonical_url TEXT NOT NULL DEFAULT '',
    title_hash    TEXT NOT NULL DEFAULT '',  -- hash of title and date
    content_hash  TEXT NOT NULL,             -- of the item as the feed shows it
    relevant      INTEGER NOT NULL DEFAULT 0,
    article_id    INTEGER,
    first_seen    INTEGER NOT NULL,
    last_seen     INTEGER NOT NULL
);
CREATE INDEX feed_items_guid ON feed_items(feed_id, guid) WHERE guid <> '';
CREATE INDEX feed_items_url ON feed_items(feed_id, canonical_url) WHERE canonical_url <> '';
CREATE INDEX feed_items_title ON feed_items(feed_id, title_hash) WHERE title_hash <> '';

CREATE TABLE feed_health (
    id         INTEGER PRIMARY KEY,
    feed_id    INTEGER NOT NULL,
    feed_url   TEXT NOT NULL,
    feed_title TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL,      -- failing, recovered
    reason     TEXT NOT NULL DEFAULT '',
    at         INTEGER NOT NULL,
    sent       INTEGER             -- NULL until posted
);
CREATE INDEX feed_health_pending ON feed_health(id) WHERE sent IS NULL;
