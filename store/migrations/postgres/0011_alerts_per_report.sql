-- One alert per report (issue 11): the claim's source entity as a desk reads
-- it ("SOHR"), the alerts skipped as stale, each channel's own controls, and
-- the living summary message each event has in each destination.
ALTER TABLE claims ADD COLUMN entity TEXT NOT NULL DEFAULT '';

-- Set (the time) when delivery found the alert older than alerts.max_age and
-- posted it nowhere; a skipped alert is not pending.
ALTER TABLE alerts ADD COLUMN skipped BIGINT;

-- A channel's controls set from chat (/idlib mute, subscribe, settings …),
-- on top of its configuration; settings is JSON (bot.ChannelSettings).
CREATE TABLE channel_settings (
    channel  TEXT PRIMARY KEY,      -- the configured channel name
    settings TEXT NOT NULL,
    updated  BIGINT NOT NULL
);

CREATE TABLE channel_mutes (
    channel  TEXT NOT NULL,
    event_id BIGINT NOT NULL,
    until    BIGINT,                  -- NULL: until unmuted
    created  BIGINT NOT NULL,
    PRIMARY KEY (channel, event_id)
);

-- Places or events a channel follows; a channel that follows any gets only
-- the alerts about them.
CREATE TABLE channel_subscriptions (
    channel  TEXT NOT NULL,
    kind     TEXT NOT NULL,         -- place or event
    value    TEXT NOT NULL,         -- the place's name, or the event's ID
    created  BIGINT NOT NULL,
    PRIMARY KEY (channel, kind, value)
);

-- The thread parent of each event in each destination: the event's current
-- state, edited in place as reports arrive.
CREATE TABLE summary_messages (
    event_id   BIGINT NOT NULL,
    platform   TEXT NOT NULL,
    dest       TEXT NOT NULL,
    message_id TEXT NOT NULL,
    digest     TEXT NOT NULL DEFAULT '',  -- hash of what it shows, so an unchanged summary is not edited
    updated    BIGINT NOT NULL,
    PRIMARY KEY (event_id, platform, dest)
);
