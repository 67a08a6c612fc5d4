-- Focal points' submissions: what they hold beyond the report, and their staged series attributes.
-- Twin files: identical for SQLite and PostgreSQL.

ALTER TABLE stat_submission ADD COLUMN format TEXT NOT NULL DEFAULT '';
ALTER TABLE stat_submission ADD COLUMN encoding TEXT NOT NULL DEFAULT '';
ALTER TABLE stat_submission ADD COLUMN observations BIGINT NOT NULL DEFAULT 0;
ALTER TABLE stat_submission ADD COLUMN series BIGINT NOT NULL DEFAULT 0;
-- Why an approver rejected it, or that they accepted its warnings.
ALTER TABLE stat_submission ADD COLUMN decision_note TEXT NOT NULL DEFAULT '';
ALTER TABLE stat_submission ADD COLUMN release_id TEXT;

CREATE INDEX stat_submission_org ON stat_submission (org_id, submitted_at);
CREATE INDEX stat_submission_status ON stat_submission (status, submitted_at);

CREATE TABLE stat_staged_attr (
    submission_id TEXT NOT NULL REFERENCES stat_submission (id) ON DELETE CASCADE,
    series_key    TEXT NOT NULL,
    attribute_id  TEXT NOT NULL,
    value         TEXT NOT NULL,
    PRIMARY KEY (submission_id, series_key, attribute_id)
);
