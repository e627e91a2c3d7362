-- Search expands a source's name to the other names its claims were filed
-- under (store.Search): look them up by key.
CREATE INDEX claims_source_key ON claims(source_key);
