-- The alert outbox: written in the same transaction as the article and its
-- claims, read by the delivery worker. payload is the JSON of alerts.Alert.
CREATE TABLE alerts (
    id         INTEGER PRIMARY KEY,
    event_id   INTEGER NOT NULL,
    claim_id   INTEGER NOT NULL DEFAULT 0,
    article_id INTEGER NOT NULL,
    class      TEXT NOT NULL,
    payload    TEXT NOT NULL,
    created    INTEGER NOT NULL,
    -- set when an operator's merge or split recomputed the ledger and this
    -- alert no longer stands; a superseded alert is not delivered.
    superseded INTEGER NOT NULL DEFAULT 0,
    -- set by the delivery worker once every channel routed this alert has it
    -- (or has failed for good); NULL means pending.
    delivered  INTEGER
);
CREATE INDEX alerts_pending ON alerts(id) WHERE delivered IS NULL;
CREATE INDEX alerts_event ON alerts(event_id);
CREATE INDEX alerts_article ON alerts(article_id);
