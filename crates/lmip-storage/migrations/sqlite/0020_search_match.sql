-- The PostgreSQL search index moves into a narrow table of its own (see the PostgreSQL twin).
-- SQLite's index is already apart from the documents (search_fts): nothing changes here.

SELECT 1;
