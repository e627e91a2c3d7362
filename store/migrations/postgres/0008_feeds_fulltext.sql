-- A feed whose items are too short to judge (titles only): the poller
-- fetches the page of each new item before the topic filter decides.
ALTER TABLE feeds ADD COLUMN fulltext INTEGER NOT NULL DEFAULT 0;
