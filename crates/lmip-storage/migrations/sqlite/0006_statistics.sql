-- Statistics in the SDMX information model: concepts, data structures, dataflows, and the data
-- (releases, series, observations; submissions waiting for approval). Twin files: the same tables and
-- columns for SQLite and PostgreSQL; only the generated keys are written differently.

CREATE TABLE sdmx_concept (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    is_builtin INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sdmx_dsd (
    id         TEXT PRIMARY KEY,
    agency     TEXT NOT NULL,
    version    TEXT NOT NULL,
    name       TEXT NOT NULL,
    is_builtin INTEGER NOT NULL DEFAULT 0
);

-- Dimensions in key order (position), then time, measure and attributes.
CREATE TABLE sdmx_component (
    dsd_id      TEXT NOT NULL REFERENCES sdmx_dsd (id),
    id          TEXT NOT NULL REFERENCES sdmx_concept (id),
    position    BIGINT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('dimension', 'time', 'measure', 'attribute')),
    codelist_id TEXT REFERENCES codelist (id),
    attachment  TEXT CHECK (attachment IN ('series', 'observation')),
    mandatory   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (dsd_id, id)
);

CREATE TABLE sdmx_dataflow (
    id          TEXT PRIMARY KEY,
    agency      TEXT NOT NULL,
    version     TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    dsd_id      TEXT NOT NULL REFERENCES sdmx_dsd (id),
    is_builtin  INTEGER NOT NULL DEFAULT 0
);

-- An approved, published set of observations for a flow. `seq` orders a flow's releases: an
-- observation as of release N is the one with the highest release_seq <= N.
CREATE TABLE stat_release (
    id            TEXT PRIMARY KEY,
    flow_id       TEXT NOT NULL REFERENCES sdmx_dataflow (id),
    seq           BIGINT NOT NULL,
    released_at   TEXT NOT NULL,
    released_by   TEXT NOT NULL,
    submission_id TEXT,
    note          TEXT NOT NULL DEFAULT '',
    UNIQUE (flow_id, seq)
);

CREATE TABLE stat_series (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    flow_id    TEXT NOT NULL REFERENCES sdmx_dataflow (id),
    series_key TEXT NOT NULL,
    UNIQUE (flow_id, series_key)
);

-- Series-level attributes as released (UNIT_MEASURE, UNIT_MULT, SOURCE), one row per release that
-- changed them.
CREATE TABLE stat_series_attr (
    series_id    BIGINT NOT NULL REFERENCES stat_series (id),
    release_seq  BIGINT NOT NULL,
    attribute_id TEXT NOT NULL,
    value        TEXT NOT NULL,
    PRIMARY KEY (series_id, release_seq, attribute_id)
);

-- value NULL with obs_status 'M' records a value withdrawn or known to be missing.
CREATE TABLE stat_obs (
    series_id   BIGINT NOT NULL REFERENCES stat_series (id),
    time_period TEXT NOT NULL,
    release_seq BIGINT NOT NULL,
    value       DOUBLE PRECISION,
    obs_status  TEXT,
    note        TEXT,
    PRIMARY KEY (series_id, time_period, release_seq)
);

-- A focal point's upload for a flow and reference period, with its validation report, waiting for
-- an approver. Its rows stay here until the release copies them.
CREATE TABLE stat_submission (
    id           TEXT PRIMARY KEY,
    flow_id      TEXT NOT NULL REFERENCES sdmx_dataflow (id),
    org_id       TEXT NOT NULL REFERENCES organisation (id),
    period       TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('validated', 'rejected', 'released', 'withdrawn')),
    file_name    TEXT NOT NULL,
    file_sha256  TEXT NOT NULL,
    errors       BIGINT NOT NULL,
    warnings     BIGINT NOT NULL,
    report       TEXT NOT NULL,
    submitted_by TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    decided_by   TEXT,
    decided_at   TEXT
);

CREATE TABLE stat_staged_obs (
    submission_id TEXT NOT NULL REFERENCES stat_submission (id) ON DELETE CASCADE,
    series_key    TEXT NOT NULL,
    time_period   TEXT NOT NULL,
    value         DOUBLE PRECISION,
    obs_status    TEXT,
    note          TEXT,
    series_attrs  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (submission_id, series_key, time_period)
);
