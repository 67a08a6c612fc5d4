-- The public directory of organisations, after Open Referral's HSDS: an organisation (with names
-- in other languages and scripts), the services it offers, and where and when to reach it. Twin
-- files with identical text for SQLite and PostgreSQL.

-- Whether the organisation is in the public directory, what it does in a sentence, and the
-- corridors (origin-destination pairs, space-separated and space-padded: ' KH-TH MM-TH ') it serves.
ALTER TABLE organisation ADD COLUMN listed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE organisation ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN corridors TEXT NOT NULL DEFAULT '';

-- Every name an organisation goes by (its own name included), in a language or script, with the
-- key searches compare (folded words run together, legal forms kept).
CREATE TABLE org_name (
    org_id     TEXT NOT NULL REFERENCES organisation (id),
    locale     TEXT NOT NULL,
    name       TEXT NOT NULL,
    search_key TEXT NOT NULL,
    PRIMARY KEY (org_id, locale, name)
);
CREATE INDEX org_name_key ON org_name (search_key);

-- What an organisation offers (lmip_domain::directory::SERVICE_KINDS).
CREATE TABLE org_service (
    org_id TEXT NOT NULL REFERENCES organisation (id),
    kind   TEXT NOT NULL,
    PRIMARY KEY (org_id, kind)
);
CREATE INDEX org_service_kind ON org_service (kind);

-- Where and when to reach it. Phones are E.164, space-separated; languages are codes,
-- space-separated and space-padded (' km th ') so one can be matched with LIKE.
CREATE TABLE org_location (
    id        TEXT PRIMARY KEY,
    org_id    TEXT NOT NULL REFERENCES organisation (id),
    seq       BIGINT NOT NULL,
    address   TEXT NOT NULL DEFAULT '',
    city      TEXT NOT NULL DEFAULT '',
    country   TEXT REFERENCES country (code),
    phones    TEXT NOT NULL DEFAULT '',
    email     TEXT NOT NULL DEFAULT '',
    hours     TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT ''
);
CREATE INDEX org_location_org ON org_location (org_id, seq);
