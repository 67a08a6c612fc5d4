-- The licence register: recruitment agencies' licences with their full history, sanctions, and
-- regulators' list imports waiting for a reviewer. Twin files with identical text for SQLite and
-- PostgreSQL.

-- The name as compared (folded words run together: "Công ty ABC" and "cong ty  abc" meet), and
-- when and from what the entry was last checked.
ALTER TABLE organisation ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN verified_on TEXT;
CREATE INDEX organisation_name_key ON organisation (name_key);

CREATE TABLE licence (
    id           TEXT PRIMARY KEY,
    org_id       TEXT NOT NULL REFERENCES organisation (id),
    -- The issuing country (alpha-2) and authority, as the list names it.
    issuer       TEXT NOT NULL REFERENCES country (code),
    authority    TEXT NOT NULL DEFAULT '',
    number       TEXT NOT NULL,
    -- The number as compared (lmip_domain::directory::licence_key).
    number_key   TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('valid', 'suspended', 'revoked', 'expired')),
    valid_from   TEXT,
    valid_to     TEXT,
    -- Licensed destinations (alpha-2) and sectors, space-separated.
    destinations TEXT NOT NULL DEFAULT '',
    sectors      TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    UNIQUE (issuer, number_key)
);
CREATE INDEX licence_number_key ON licence (number_key);
CREATE INDEX licence_org ON licence (org_id);

-- Every status a licence has had, in order, with why and from what source.
CREATE TABLE licence_event (
    licence_id TEXT NOT NULL REFERENCES licence (id),
    seq        BIGINT NOT NULL,
    at         TEXT NOT NULL,
    status     TEXT NOT NULL,
    valid_to   TEXT,
    reason     TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (licence_id, seq)
);

CREATE TABLE sanction (
    id         TEXT PRIMARY KEY,
    org_id     TEXT NOT NULL REFERENCES organisation (id),
    kind       TEXT NOT NULL CHECK (kind IN ('warning', 'fine', 'suspension', 'revocation', 'blacklist')),
    imposed_on TEXT NOT NULL,
    lifted_on  TEXT,
    reason     TEXT NOT NULL,
    authority  TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX sanction_org ON sanction (org_id, imposed_on);

-- A regulator's official list, read and compared with the register, waiting for a reviewer.
CREATE TABLE licence_import (
    id          TEXT PRIMARY KEY,
    -- The licensing authority's organisation that sent it ('' from the command line).
    org_slug    TEXT NOT NULL DEFAULT '',
    issuer      TEXT NOT NULL REFERENCES country (code),
    authority   TEXT NOT NULL DEFAULT '',
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    -- Audit actors (user:<id>, cli:<os user>), as the audit log names them.
    uploaded_by TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('pending', 'applied', 'discarded')),
    decided_by  TEXT,
    decided_at  TEXT,
    new_count     BIGINT NOT NULL DEFAULT 0,
    changed_count BIGINT NOT NULL DEFAULT 0,
    missing_count BIGINT NOT NULL DEFAULT 0,
    same_count    BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX licence_import_org ON licence_import (org_slug, uploaded_at);

-- The list's rows as read (one per licence), each with how it differs from the register.
CREATE TABLE licence_import_row (
    import_id    TEXT NOT NULL REFERENCES licence_import (id) ON DELETE CASCADE,
    line         BIGINT NOT NULL,
    number       TEXT NOT NULL,
    number_key   TEXT NOT NULL,
    agency       TEXT NOT NULL,
    status       TEXT NOT NULL,
    valid_from   TEXT,
    valid_to     TEXT,
    destinations TEXT NOT NULL DEFAULT '',
    sectors      TEXT NOT NULL DEFAULT '',
    change       TEXT NOT NULL CHECK (change IN ('new', 'changed', 'same')),
    -- What changed, for the reviewer ("status valid → suspended; valid to 2026-01-01 → 2027-01-01").
    detail       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (import_id, number_key)
);
