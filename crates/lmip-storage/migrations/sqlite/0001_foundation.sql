-- lmip foundation schema (SQLite). Keep in step with ../postgres/0001_foundation.sql:
-- same tables, same columns, same names; the schema-parity test compares them.
-- Portable types only: TEXT, INTEGER/BIGINT (flags are 0/1 integers), timestamps as RFC 3339 UTC TEXT.

CREATE TABLE site_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Every change to an entity appends here; caches, feeds and search follow `seq`.
CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    changed_at TEXT NOT NULL
);
CREATE INDEX change_log_entity ON change_log (entity, entity_id);

CREATE TABLE codelist (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    standard   TEXT NOT NULL,
    is_builtin INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE code (
    list_id     TEXT NOT NULL REFERENCES codelist (id),
    code        TEXT NOT NULL,
    parent_code TEXT,
    sort_order  BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (list_id, code)
);

CREATE TABLE code_name (
    list_id TEXT NOT NULL,
    code    TEXT NOT NULL,
    locale  TEXT NOT NULL,
    name    TEXT NOT NULL,
    PRIMARY KEY (list_id, code, locale),
    FOREIGN KEY (list_id, code) REFERENCES code (list_id, code) ON DELETE CASCADE
);

CREATE TABLE country (
    code         TEXT PRIMARY KEY,
    alpha3       TEXT NOT NULL UNIQUE,
    numeric_code INTEGER NOT NULL,
    is_asean     INTEGER NOT NULL DEFAULT 0,
    is_focus     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE organisation (
    id         TEXT PRIMARY KEY,
    slug       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    country    TEXT REFERENCES country (code),
    website    TEXT,
    source     TEXT,
    is_sample  INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE app_user (
    id         TEXT PRIMARY KEY,
    email      TEXT NOT NULL,
    email_key  TEXT NOT NULL UNIQUE,
    status     TEXT NOT NULL CHECK (status IN ('invited', 'active', 'disabled')),
    created_at TEXT NOT NULL
);

CREATE TABLE membership (
    user_id    TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    org_id     TEXT NOT NULL REFERENCES organisation (id),
    role       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, org_id, role)
);

-- One-time links (set password, reset, invitation); only a hash of the token is kept.
CREATE TABLE one_time_token (
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    purpose    TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT
);
