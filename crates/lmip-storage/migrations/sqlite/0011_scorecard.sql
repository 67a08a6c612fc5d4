-- The agency scorecard's own parts: code-of-conduct frameworks and assessments, and workers'
-- reviews with the proof-of-use codes they need. Twin files with identical text for SQLite and
-- PostgreSQL.

CREATE TABLE conduct_framework (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    -- Where the framework is published.
    source      TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE conduct_criterion (
    framework_id TEXT NOT NULL REFERENCES conduct_framework (id),
    seq          BIGINT NOT NULL,
    code         TEXT NOT NULL,
    weight       BIGINT NOT NULL CHECK (weight BETWEEN 1 AND 100),
    critical     INTEGER NOT NULL DEFAULT 0,
    title        TEXT NOT NULL,
    evidence     TEXT NOT NULL,
    PRIMARY KEY (framework_id, code)
);

CREATE TABLE conduct_assessment (
    id           TEXT PRIMARY KEY,
    framework_id TEXT NOT NULL REFERENCES conduct_framework (id),
    -- The agency assessed, and the organisation that assessed it.
    org_id       TEXT NOT NULL REFERENCES organisation (id),
    assessor_id  TEXT NOT NULL REFERENCES organisation (id),
    assessed_on  TEXT NOT NULL,
    -- The formula's result (lmip_domain::conduct): tenths of a percent, and the grade.
    per_mille    BIGINT NOT NULL,
    grade        TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
    critical_failed INTEGER NOT NULL DEFAULT 0,
    summary      TEXT NOT NULL DEFAULT '',
    created_by   TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX conduct_assessment_org ON conduct_assessment (org_id, assessed_on);

CREATE TABLE conduct_score (
    assessment_id TEXT NOT NULL REFERENCES conduct_assessment (id),
    code          TEXT NOT NULL,
    score         BIGINT NOT NULL CHECK (score BETWEEN 0 AND 4),
    evidence      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, code)
);

-- A proof-of-use code, given to a worker who used an agency (by a caseworker, a resource centre or
-- the agency from its deployment record). Only its SHA-256 is kept; it works once.
CREATE TABLE review_code (
    code_hash     TEXT PRIMARY KEY,
    org_id        TEXT NOT NULL REFERENCES organisation (id),
    issued_by_org TEXT NOT NULL REFERENCES organisation (id),
    issued_by     TEXT NOT NULL,
    issued_at     TEXT NOT NULL,
    expires_on    TEXT NOT NULL,
    used_at       TEXT
);
CREATE INDEX review_code_org ON review_code (org_id);

CREATE TABLE review (
    id               TEXT PRIMARY KEY,
    org_id           TEXT NOT NULL REFERENCES organisation (id),
    code_hash        TEXT NOT NULL UNIQUE REFERENCES review_code (code_hash),
    -- Stars, 1 to 5: fees charged, honesty of the contract, pre-departure information, treatment,
    -- help when problems came.
    stars_fees       BIGINT NOT NULL CHECK (stars_fees BETWEEN 1 AND 5),
    stars_contract   BIGINT NOT NULL CHECK (stars_contract BETWEEN 1 AND 5),
    stars_information BIGINT NOT NULL CHECK (stars_information BETWEEN 1 AND 5),
    stars_treatment  BIGINT NOT NULL CHECK (stars_treatment BETWEEN 1 AND 5),
    stars_help       BIGINT NOT NULL CHECK (stars_help BETWEEN 1 AND 5),
    body             TEXT NOT NULL DEFAULT '',
    fee_paid         BIGINT,
    fee_currency     TEXT,
    locale           TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('pending', 'published', 'rejected')),
    moderated_by     TEXT,
    moderated_at     TEXT,
    moderation_note  TEXT NOT NULL DEFAULT '',
    -- The agency's public answer.
    answer           TEXT,
    answered_at      TEXT,
    created_at       TEXT NOT NULL
);
CREATE INDEX review_org ON review (org_id, status);
CREATE INDEX review_status ON review (status, created_at);
