-- Opportunities (government-to-government programmes and job orders) and the rules an offer is
-- checked against (who pays recruitment fees, the fee cap, the legal minimum wage), per corridor
-- and period. Twin files with identical text for SQLite and PostgreSQL. Money is in hundredths of
-- the currency's unit (BIGINT), never floating point.

CREATE TABLE corridor_rule (
    id                TEXT PRIMARY KEY,
    origin            TEXT NOT NULL REFERENCES country (code),
    destination       TEXT NOT NULL REFERENCES country (code),
    valid_from        TEXT NOT NULL,
    valid_to          TEXT,
    -- 'employer': a worker may be charged nothing; 'capped': up to fee_cap.
    fee_rule          TEXT NOT NULL CHECK (fee_rule IN ('employer', 'capped')),
    fee_cap           BIGINT,
    fee_currency      TEXT,
    min_wage          BIGINT,
    min_wage_currency TEXT,
    min_wage_period   TEXT CHECK (min_wage_period IN ('hour', 'day', 'week', 'month')),
    -- The law, regulation or agreement the rule comes from, and where to read it.
    source            TEXT NOT NULL,
    source_url        TEXT NOT NULL DEFAULT '',
    note              TEXT NOT NULL DEFAULT '',
    created_by        TEXT NOT NULL,
    created_at        TEXT NOT NULL
);
CREATE INDEX corridor_rule_pair ON corridor_rule (origin, destination, valid_from);

CREATE TABLE opportunity (
    id                 TEXT PRIMARY KEY,
    -- The organisation that published it, and who.
    org_id             TEXT NOT NULL REFERENCES organisation (id),
    kind               TEXT NOT NULL CHECK (kind IN ('g2g', 'job_order')),
    title              TEXT NOT NULL,
    -- NULL: open to workers from any origin.
    origin             TEXT REFERENCES country (code),
    destination        TEXT NOT NULL REFERENCES country (code),
    employer           TEXT NOT NULL DEFAULT '',
    occupation         TEXT NOT NULL DEFAULT '',
    sector             TEXT NOT NULL DEFAULT '',
    places             BIGINT,
    wage               BIGINT NOT NULL,
    wage_currency      TEXT NOT NULL,
    wage_period        TEXT NOT NULL CHECK (wage_period IN ('hour', 'day', 'week', 'month')),
    hours_per_week     BIGINT,
    rest_days_per_week BIGINT,
    worker_fee         BIGINT NOT NULL DEFAULT 0,
    fee_currency       TEXT NOT NULL,
    agency_org_id      TEXT REFERENCES organisation (id),
    licence_id         TEXT REFERENCES licence (id),
    valid_from         TEXT NOT NULL,
    valid_to           TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('unverified', 'verified', 'rejected')),
    -- Who checked it against the employer's demand letter or the programme's call, and when.
    verified_by        TEXT,
    verified_on        TEXT,
    verification_note  TEXT NOT NULL DEFAULT '',
    source             TEXT NOT NULL DEFAULT '',
    is_sample          INTEGER NOT NULL DEFAULT 0,
    created_by         TEXT NOT NULL,
    created_at         TEXT NOT NULL
);
CREATE INDEX opportunity_public ON opportunity (status, valid_to);
CREATE INDEX opportunity_org ON opportunity (org_id, created_at);
