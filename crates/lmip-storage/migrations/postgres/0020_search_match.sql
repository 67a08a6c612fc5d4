-- The PostgreSQL search index moves into a narrow table of its own (issue 6, search budget): a
-- document's id and its tsvector only, with the GIN index. Ranking the first matches of a common
-- word visits one heap page per match; in search_doc a row carries the title, the body and the
-- words as well (about 1.3 KB), so a few rows fill a page, and the matches of a common word were
-- spread over as many pages as matches. Narrow rows pack many to a page. The twin of SQLite's
-- search_fts, kept in step by the storage layer in the same transaction as search_doc.

CREATE TABLE search_match (
    id  BIGINT PRIMARY KEY,
    tsv tsvector NOT NULL
);
INSERT INTO search_match (id, tsv) SELECT id, tsv FROM search_doc;
CREATE INDEX search_match_tsv ON search_match USING GIN (tsv);
DROP INDEX search_doc_tsv;
ALTER TABLE search_doc DROP COLUMN tsv;
