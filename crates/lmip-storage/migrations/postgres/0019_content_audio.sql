-- Recordings of content translations (issue 8): one per entry and language, kept in the database
-- so instances stay stateless. The only difference between the twin files is the column type of
-- the bytes (BLOB in SQLite, BYTEA in PostgreSQL).

CREATE TABLE content_audio (
    entry_id     TEXT NOT NULL REFERENCES content_entry (id),
    locale       TEXT NOT NULL,
    -- audio/ogg or audio/mpeg, as the bytes showed (lmip_domain::audio::sniff).
    media_type   TEXT NOT NULL,
    size         BIGINT NOT NULL,
    sha256       TEXT NOT NULL,
    body         BYTEA NOT NULL,
    uploaded_by  TEXT NOT NULL,
    uploaded_at  TEXT NOT NULL,
    PRIMARY KEY (entry_id, locale)
);
