-- Search across everything (content in each language, directory entries, opportunities), kept in
-- the database so that instances stay stateless. `words` is the text as lmip-search segments and
-- folds it (Thai, Khmer, Lao and Burmese split into words by ICU4X; case and Latin diacritics
-- folded), so the database only has to match whole space-separated words. The PostgreSQL twin
-- indexes the same `words` as a tsvector with a GIN index.
CREATE TABLE search_doc (
    id            INTEGER PRIMARY KEY,
    -- What the document comes from ('content:SLUG', 'directory:SLUG', 'opportunity:ID'): all of an
    -- owner's documents are replaced together, in the transaction that changes the owner.
    owner         TEXT NOT NULL,
    kind          TEXT NOT NULL,
    ref           TEXT NOT NULL,
    -- The language of the text ('' for a directory entry, which has names in several).
    locale        TEXT NOT NULL,
    countries     TEXT NOT NULL DEFAULT '',
    corridors     TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL,
    body          TEXT NOT NULL DEFAULT '',
    words         TEXT NOT NULL,
    -- Shown from and until (RFC 3339; '' for always and for no end): scheduled publication, a
    -- version replaced at a set time, an opportunity's last day.
    visible_from  TEXT NOT NULL DEFAULT '',
    visible_until TEXT NOT NULL DEFAULT ''
);
CREATE INDEX search_doc_owner ON search_doc (owner);

-- The full-text index over `words`: rowid = search_doc.id. unicode61 with these categories keeps
-- vowel and tone marks inside words (the default splits Thai, Khmer and Burmese words at them).
CREATE VIRTUAL TABLE search_fts USING fts5(
    words,
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);
