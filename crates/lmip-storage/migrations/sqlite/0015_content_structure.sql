-- A procedure's steps and an agreement's or law's articles and provisions, as the canonical text
-- the domain parses (lmip_domain::procedures, lmip_domain::agreements); the step texts of each
-- language beside its title and body. Twin files with identical text for SQLite and PostgreSQL.
ALTER TABLE content_entry ADD COLUMN structure TEXT NOT NULL DEFAULT '';
ALTER TABLE content_text ADD COLUMN steps TEXT NOT NULL DEFAULT '';
