-- Second factor, organisation rules and machine tokens. Twin files with identical text for SQLite
-- and PostgreSQL.

-- An organisation can require every member to use a second factor (1) or leave it optional (0).
ALTER TABLE organisation ADD COLUMN require_second_factor INTEGER NOT NULL DEFAULT 0;

-- TOTP (RFC 6238): the shared secret (base32) once confirmed, and the last time step accepted, so
-- that a code cannot be used twice.
ALTER TABLE app_user ADD COLUMN totp_secret TEXT;
ALTER TABLE app_user ADD COLUMN totp_last_step BIGINT;

-- Tokens for machines (a statistics office's upload script). Only a SHA-256 of the token is kept;
-- the token is shown once. `roles` is a space-separated list, each held in `org_id`.
CREATE TABLE api_token (
    id           TEXT PRIMARY KEY,
    org_id       TEXT NOT NULL REFERENCES organisation (id),
    name         TEXT NOT NULL,
    roles        TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    created_by   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at   TEXT
);
CREATE INDEX api_token_org ON api_token (org_id);
