-- Articles, their extracted figures, and full-text search over them.
-- Times are Unix seconds (UTC) so that the same queries serve SQLite and
-- PostgreSQL; NULL means unknown.
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    feed_id       INTEGER,            -- NULL when imported from a file
    guid          TEXT NOT NULL DEFAULT '',
    url           TEXT NOT NULL DEFAULT '',
    canonical_url TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL DEFAULT '',
    outlet        TEXT NOT NULL DEFAULT '',
    published     INTEGER,
    fetched       INTEGER NOT NULL,
    language      TEXT NOT NULL DEFAULT '',
    summary       TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    source_path   TEXT NOT NULL DEFAULT '', -- the file it was imported from
    backfill      INTEGER NOT NULL DEFAULT 0, -- stored without alerts
    updated       INTEGER NOT NULL
);
CREATE INDEX articles_canonical_url ON articles(canonical_url) WHERE canonical_url <> '';
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_feed_guid ON articles(feed_id, guid) WHERE guid <> '';
CREATE INDEX articles_published ON articles(published);

-- One row per figure the extractor found in an article; replaced whole when
-- the article is edited or re-extracted.
CREATE TABLE figures (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,  -- order in the article
    metric      TEXT NOT NULL,
    grp         TEXT NOT NULL,     -- "group" is a keyword
    actor       TEXT NOT NULL DEFAULT '',
    min_n       INTEGER,
    max_n       INTEGER,
    approx      INTEGER NOT NULL DEFAULT 0,
    vague       INTEGER NOT NULL DEFAULT 0,
    source      TEXT NOT NULL DEFAULT '',
    background  INTEGER NOT NULL DEFAULT 0,
    quote       TEXT NOT NULL DEFAULT '',
    UNIQUE (article_id, idx)
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, outlet,
    content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text, outlet) VALUES (new.id, new.title, new.text, new.outlet);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet) VALUES ('delete', old.id, old.title, old.text, old.outlet);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text, outlet ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet) VALUES ('delete', old.id, old.title, old.text, old.outlet);
    INSERT INTO articles_fts(rowid, title, text, outlet) VALUES (new.id, new.title, new.text, new.outlet);
END;
