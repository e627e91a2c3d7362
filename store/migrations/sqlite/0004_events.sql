-- Events (incidents), the articles reporting them, and the ledger of claims:
-- every figure of every article filed under the event it is about.
CREATE TABLE events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    key         TEXT NOT NULL UNIQUE,      -- "2022-02-03-atmeh-us-raid"
    title       TEXT NOT NULL,             -- "2022-02-03 Atmeh — US raid"
    place       TEXT NOT NULL DEFAULT '',  -- canonical name of the main place
    places      TEXT NOT NULL DEFAULT '',  -- every place its articles name, "|"-separated
    kind        TEXT NOT NULL DEFAULT '',
    actors      TEXT NOT NULL DEFAULT '',  -- "|"-separated, most named first
    day         INTEGER,                   -- the incident's day (Unix seconds, midnight UTC); NULL unknown
    day_cue     INTEGER NOT NULL DEFAULT 0, -- the day was said in an article, not guessed from a publication date
    first_seen  INTEGER NOT NULL,
    last_seen   INTEGER NOT NULL,
    merged_into INTEGER REFERENCES events(id),
    title_fixed INTEGER NOT NULL DEFAULT 0, -- renamed by an operator: not re-derived
    terms       TEXT NOT NULL DEFAULT ''   -- JSON: the event's most frequent words, for matching
);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_last_seen ON events(last_seen);

-- Where each live event happened, one row per place, so that finding the
-- candidates of a new article is one index range per place it names.
CREATE TABLE event_places (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    place    TEXT NOT NULL,
    day      INTEGER,                      -- the event's day, copied for the index
    PRIMARY KEY (event_id, place)
);
CREATE INDEX event_places_place_day ON event_places(place, day);

-- Which event each article reports. Syndicated copies point at the first
-- article of their text (report_id); an original points at itself.
CREATE TABLE event_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    event_id   INTEGER NOT NULL REFERENCES events(id),
    report_id  INTEGER NOT NULL,
    sketch     BLOB,                       -- MinHash of the text's shingles (events.Sketch)
    score      REAL NOT NULL DEFAULT 0,    -- how well it matched; 0 when it opened the event
    pinned     INTEGER NOT NULL DEFAULT 0, -- placed by an operator (merge, split)
    origin     INTEGER NOT NULL,           -- the event it was first filed under: a split can undo a merge
    added      INTEGER NOT NULL
);
CREATE INDEX event_articles_event ON event_articles(event_id);
CREATE INDEX event_articles_report ON event_articles(report_id);

-- The ledger: one claim per figure of an article. event_id is NULL for a
-- background figure about an incident that is not in the corpus.
CREATE TABLE claims (
    -- AUTOINCREMENT: a claim ID is never reused, since outbox alerts name it.
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id    INTEGER REFERENCES events(id),
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,          -- the figure's order in the article
    metric      TEXT NOT NULL,
    grp         TEXT NOT NULL,
    actor       TEXT NOT NULL DEFAULT '',
    min_n       INTEGER,
    max_n       INTEGER,
    approx      INTEGER NOT NULL DEFAULT 0,
    vague       INTEGER NOT NULL DEFAULT 0,
    source      TEXT NOT NULL DEFAULT '',
    source_key  TEXT NOT NULL,
    quote       TEXT NOT NULL DEFAULT '',
    background  INTEGER NOT NULL DEFAULT 0,
    partial     INTEGER NOT NULL DEFAULT 0,
    recalls     TEXT NOT NULL DEFAULT '',
    class       TEXT NOT NULL,
    departs     TEXT NOT NULL DEFAULT '',  -- claim IDs, comma-separated, most cited first
    seen        INTEGER NOT NULL,
    -- what a lookup shows of the article, copied when the claim is filed
    -- (an edit refiles its claims): a ledger lookup is then one index range
    -- on claims, and never reads past an article's text for its backfill flag.
    outlet      TEXT NOT NULL DEFAULT '',
    link        TEXT NOT NULL DEFAULT '',  -- the article's URL, or the file it was imported from
    title       TEXT NOT NULL DEFAULT '',
    backfill    INTEGER NOT NULL DEFAULT 0,
    -- what a background figure recalls, so that it can be filed under its
    -- event when that event enters the corpus later
    recall_from   INTEGER,
    recall_to     INTEGER,
    recall_places TEXT NOT NULL DEFAULT '',
    recall_kind   TEXT NOT NULL DEFAULT '',
    UNIQUE (article_id, idx)
);
CREATE INDEX claims_orphans ON claims(recall_from) WHERE event_id IS NULL AND background = 1;
CREATE INDEX claims_event ON claims(event_id, seen, id);

CREATE INDEX alerts_claim ON alerts(claim_id);
