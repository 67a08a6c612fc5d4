-- Failed attempts per key (an account, a client address), shared by every instance. Twin files with
-- identical text for SQLite and PostgreSQL.
CREATE TABLE throttle (
    key             TEXT PRIMARY KEY,
    failures        BIGINT NOT NULL,
    last_failure_at TEXT NOT NULL
);
