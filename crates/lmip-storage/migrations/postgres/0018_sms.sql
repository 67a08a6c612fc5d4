-- The text-message channel (issue 8): what lmip remembers of a sender, by a keyed hash of the
-- number (HMAC-SHA-256 with the case keyring's key; the number itself is never stored), so that
-- replies stay in the sender's language and a numbered menu knows what its numbers meant.
-- Twin files with identical text for SQLite and PostgreSQL.

CREATE TABLE sms_sender (
    sender_key  TEXT PRIMARY KEY,
    locale      TEXT NOT NULL,
    -- The question last asked ("verify", "status", "help:KH TH", "fees:KH-TH MM-TH", "language"),
    -- or empty.
    pending     TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
);

CREATE INDEX sms_sender_updated ON sms_sender (updated_at);
