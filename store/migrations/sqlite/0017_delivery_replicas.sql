-- Delivery that survives restarts and replicas (issue 12).
-- first_try starts the give-up clock of a delivery; next_try is its backoff,
-- kept here so that a restart does not reset it. attempts now counts only
-- the posts that really failed (not 429s, not restarts).
ALTER TABLE deliveries ADD COLUMN first_try INTEGER;
ALTER TABLE deliveries ADD COLUMN next_try INTEGER;

-- Set when an alert was given up on in some channel: it is then neither
-- pending nor delivered.
ALTER TABLE alerts ADD COLUMN failed INTEGER;

-- Short leases that let one replica at a time post to a destination, so that
-- each delivery is made by one process and an event's thread root once.
-- until is in Unix milliseconds.
CREATE TABLE leases (
    name  TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    until INTEGER NOT NULL
);

-- Notices for the ops channels about delivery itself (an alert given up on).
CREATE TABLE ops_notices (
    id      INTEGER PRIMARY KEY,
    text    TEXT NOT NULL,
    created INTEGER NOT NULL,
    sent    INTEGER
);
CREATE INDEX ops_notices_pending ON ops_notices(id) WHERE sent IS NULL;
