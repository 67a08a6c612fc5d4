-- Passwords and server-side sessions. Twin files with identical text for SQLite and PostgreSQL.

-- A PHC string ($argon2id$v=19$m=…,t=…,p=…$salt$hash): the parameters travel with each hash, so they
-- can be raised later and old hashes upgraded at the next sign-in.
ALTER TABLE app_user ADD COLUMN password_hash TEXT;
ALTER TABLE app_user ADD COLUMN password_changed_at TEXT;

-- Sessions live in the database so that any instance can answer any request. Only a SHA-256 of the
-- cookie value is stored: a copy of the database does not let anyone sign in.
CREATE TABLE user_session (
    id_hash          TEXT PRIMARY KEY,
    user_id          TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    csrf_token       TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    last_seen_at     TEXT NOT NULL,
    authenticated_at TEXT NOT NULL,
    revoked_at       TEXT,
    user_agent       TEXT NOT NULL
);
CREATE INDEX user_session_user ON user_session (user_id);
