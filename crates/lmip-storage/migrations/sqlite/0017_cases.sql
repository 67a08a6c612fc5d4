-- Complaint cases (DESIGN.md §2 "Cases", §7). Twin files with identical text for SQLite and
-- PostgreSQL. Columns ending in `_enc` hold text sealed by the services' keyring
-- (XChaCha20-Poly1305, with table, column and row as associated data): the database alone
-- never holds a complainant's name, contact, words or the respondent they named. Columns ending
-- in `_key` are keyed hashes (HMAC-SHA-256) for exact matches over sealed values.

CREATE TABLE case_file (
    id                 TEXT PRIMARY KEY,
    -- SHA-256 of the normalised tracking code, and of code and PIN together.
    tracking_hash      TEXT NOT NULL UNIQUE,
    pin_hash           TEXT NOT NULL,
    -- The organisation whose inbox holds the case.
    owner_org          TEXT NOT NULL REFERENCES organisation (id),
    status             TEXT NOT NULL,
    status_since       TEXT NOT NULL,
    urgency            TEXT NOT NULL DEFAULT 'normal',
    -- Space-padded category codes (lmip_domain::cases::Category).
    categories         TEXT NOT NULL,
    origin             TEXT,
    destination        TEXT,
    -- agency, employer, other or unknown; a listed organisation when picked from the directory.
    respondent_kind    TEXT NOT NULL,
    respondent_org     TEXT REFERENCES organisation (id),
    respondent_enc     TEXT,
    respondent_key     TEXT,
    -- YYYY-MM or YYYY-MM-DD.
    occurred_on        TEXT,
    money_lost         BIGINT,
    money_currency     TEXT,
    language           TEXT NOT NULL,
    anonymous          INTEGER NOT NULL DEFAULT 0,
    name_enc           TEXT,
    contact_channel    TEXT NOT NULL DEFAULT 'none',
    contact_enc        TEXT,
    contact_key        TEXT,
    narrative_enc      TEXT,
    consent_store      INTEGER NOT NULL DEFAULT 0,
    consent_contact    INTEGER NOT NULL DEFAULT 0,
    -- Space-padded kinds of organisations the complainant agreed to share with.
    consent_share      TEXT NOT NULL DEFAULT '',
    -- A caseworker who filed on a worker's behalf, and their organisation.
    filed_by_user      TEXT REFERENCES app_user (id),
    filed_by_org       TEXT REFERENCES organisation (id),
    assigned_user      TEXT REFERENCES app_user (id),
    outcome            TEXT,
    recovered          BIGINT,
    recovered_currency TEXT,
    -- Space-padded notes about the text: zawgyi (the complainant confirmed Zawgyi-looking text),
    -- bidi (invisible direction characters were removed).
    flags              TEXT NOT NULL DEFAULT '',
    revision           BIGINT NOT NULL DEFAULT 1,
    filed_at           TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    closed_at          TEXT,
    anonymised_at      TEXT
);

CREATE INDEX case_file_owner ON case_file (owner_org, status);
CREATE INDEX case_file_respondent ON case_file (respondent_org);
CREATE INDEX case_file_respondent_key ON case_file (respondent_key);
CREATE INDEX case_file_closed ON case_file (closed_at);

-- Every change of status, triage, assignment and referral, without personal data.
CREATE TABLE case_event (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES case_file (id),
    at          TEXT NOT NULL,
    -- user:<id>, complainant, system
    actor       TEXT NOT NULL,
    org_id      TEXT REFERENCES organisation (id),
    kind        TEXT NOT NULL,
    from_status TEXT,
    to_status   TEXT,
    detail      TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX case_event_case ON case_event (case_id, at);

-- Notes: internal to the writing organisation, or shared with the complainant.
CREATE TABLE case_note (
    id        TEXT PRIMARY KEY,
    case_id   TEXT NOT NULL REFERENCES case_file (id),
    org_id    TEXT NOT NULL REFERENCES organisation (id),
    author_id TEXT REFERENCES app_user (id),
    at        TEXT NOT NULL,
    shared    INTEGER NOT NULL DEFAULT 0,
    body_enc  TEXT
);

CREATE INDEX case_note_case ON case_note (case_id, at);

CREATE TABLE case_referral (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES case_file (id),
    from_org        TEXT NOT NULL REFERENCES organisation (id),
    to_org          TEXT NOT NULL REFERENCES organisation (id),
    state           TEXT NOT NULL,
    -- Space-padded lmip_domain::cases::SharedField codes.
    fields          TEXT NOT NULL DEFAULT '',
    -- Set when a supervisor referred without the consent it needed.
    override_enc    TEXT,
    requested_by    TEXT NOT NULL REFERENCES app_user (id),
    requested_at    TEXT NOT NULL,
    decided_by      TEXT REFERENCES app_user (id),
    decided_at      TEXT
);

CREATE INDEX case_referral_case ON case_referral (case_id);
CREATE INDEX case_referral_to ON case_referral (to_org, state);

-- Retried filings: the hash of the form token or Idempotency-Key, the case it made, and its
-- code and PIN sealed so that a retry shows the same answer. Kept for a day.
CREATE TABLE case_intake (
    key_hash    TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES case_file (id),
    receipt_enc TEXT,
    created_at  TEXT NOT NULL
);
