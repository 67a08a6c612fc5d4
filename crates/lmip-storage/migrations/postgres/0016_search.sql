-- Search across everything (content in each language, directory entries, opportunities), kept in
-- the database so that instances stay stateless. `words` is the text as lmip-search segments and
-- folds it (Thai, Khmer, Lao and Burmese split into words by ICU4X; case and Latin diacritics
-- folded in Rust, which is why `unaccent` is not needed: both backends match the same folded
-- words). The tsvector is built from the words as they are (array_to_tsvector does not run a
-- parser that could split Thai, Khmer or Burmese words at their marks), indexed with GIN.
CREATE TABLE search_doc (
    id            BIGSERIAL PRIMARY KEY,
    owner         TEXT NOT NULL,
    kind          TEXT NOT NULL,
    ref           TEXT NOT NULL,
    locale        TEXT NOT NULL,
    countries     TEXT NOT NULL DEFAULT '',
    corridors     TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL,
    body          TEXT NOT NULL DEFAULT '',
    words         TEXT NOT NULL,
    visible_from  TEXT NOT NULL DEFAULT '',
    visible_until TEXT NOT NULL DEFAULT '',
    tsv           tsvector GENERATED ALWAYS AS (array_to_tsvector(string_to_array(words, ' '))) STORED
);
CREATE INDEX search_doc_owner ON search_doc (owner);
CREATE INDEX search_doc_tsv ON search_doc USING GIN (tsv);
