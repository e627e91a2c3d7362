-- Why each report joined its event (events.Evidence as JSON), for
-- `idlibwatch events why ARTICLE`; '' for links made before it was kept.
ALTER TABLE event_articles ADD COLUMN why TEXT NOT NULL DEFAULT '';
