-- Chat delivery: one row per message the delivery worker owes a destination
-- (an alert, a feed health notice or a digest, to one platform channel). The
-- row is written as "sending" before the platform call and confirmed after,
-- so that a restart knows which posts may have reached the channel.
CREATE TABLE deliveries (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,             -- alert, health or digest
    ref_id     INTEGER NOT NULL,          -- the alert, health notice or digest run
    platform   TEXT NOT NULL,             -- slack, discord or terminal
    dest       TEXT NOT NULL,             -- platform channel ID, or "webhook"
    idem_key   TEXT NOT NULL UNIQUE,      -- sent along (Slack metadata, Discord nonce) to find a post again
    status     TEXT NOT NULL,             -- sending, retry, sent or failed
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    message_ts TEXT NOT NULL DEFAULT '',  -- Slack ts or Discord message ID once sent
    started    INTEGER,                   -- when the last attempt began
    updated    INTEGER NOT NULL,
    UNIQUE (kind, ref_id, platform, dest)
);
CREATE INDEX deliveries_open ON deliveries(status) WHERE status IN ('sending', 'retry');

-- The thread each event has in each destination: the Slack ts of the first
-- alert, or the Discord thread's channel ID.
CREATE TABLE chat_threads (
    event_id  INTEGER NOT NULL,
    platform  TEXT NOT NULL,
    dest      TEXT NOT NULL,
    thread    TEXT NOT NULL,
    created   INTEGER NOT NULL,
    PRIMARY KEY (event_id, platform, dest)
);

-- One row per scheduled digest of a channel, so that a restart at 08:00 does
-- not post the day's digest twice.
CREATE TABLE digest_runs (
    id        INTEGER PRIMARY KEY,
    channel   TEXT NOT NULL,     -- the configured channel name
    scheduled INTEGER NOT NULL,  -- the cron time it is for
    created   INTEGER NOT NULL,
    UNIQUE (channel, scheduled)
);
