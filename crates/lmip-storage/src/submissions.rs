//! Focal points' submissions of statistics: the upload's validation report and its rows, staged
//! until an approver publishes them as a release (copied by the database, not through memory) or
//! rejects them.

use crate::db::WriteTx;
use crate::observations::{Observation, Release, SeriesAttribute};
use crate::{Db, Op, StorageError, new_id, now_utc_text};

/// A submission as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    /// Its id.
    pub id: String,
    /// The dataflow it is for.
    pub flow_id: String,
    /// The submitting organisation's slug.
    pub org_slug: String,
    /// The reference period (`2024`, or `2020-2024`).
    pub period: String,
    /// `validated` (waiting for a decision), `rejected` or `released`.
    pub status: String,
    /// The uploaded file's name.
    pub file_name: String,
    /// Its SHA-256, hex.
    pub file_sha256: String,
    /// The layout read (`sdmx-csv-1.0`, …).
    pub format: String,
    /// The text encoding read.
    pub encoding: String,
    /// Errors found.
    pub errors: i64,
    /// Warnings found.
    pub warnings: i64,
    /// Observations read.
    pub observations: i64,
    /// Series they belong to.
    pub series: i64,
    /// The findings, as JSON.
    pub report: String,
    /// Who submitted it (user id).
    pub submitted_by: String,
    /// When (RFC 3339 UTC).
    pub submitted_at: String,
    /// Who decided (user id).
    pub decided_by: Option<String>,
    /// When.
    pub decided_at: Option<String>,
    /// Why it was rejected, or how its warnings were accepted.
    pub decision_note: String,
    /// The release it became.
    pub release_id: Option<String>,
}

impl<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> for Submission {
    fn from_row(row: &'r sqlx::any::AnyRow) -> Result<Submission, sqlx::Error> {
        use sqlx::Row;
        Ok(Submission {
            id: row.try_get("id")?,
            flow_id: row.try_get("flow_id")?,
            org_slug: row.try_get("org_slug")?,
            period: row.try_get("period")?,
            status: row.try_get("status")?,
            file_name: row.try_get("file_name")?,
            file_sha256: row.try_get("file_sha256")?,
            format: row.try_get("format")?,
            encoding: row.try_get("encoding")?,
            errors: row.try_get("errors")?,
            warnings: row.try_get("warnings")?,
            observations: row.try_get("observations")?,
            series: row.try_get("series")?,
            report: row.try_get("report")?,
            submitted_by: row.try_get("submitted_by")?,
            submitted_at: row.try_get("submitted_at")?,
            decided_by: row.try_get("decided_by")?,
            decided_at: row.try_get("decided_at")?,
            decision_note: row.try_get("decision_note")?,
            release_id: row.try_get("release_id")?,
        })
    }
}

/// What a new submission says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSubmission<'a> {
    /// The dataflow.
    pub flow_id: &'a str,
    /// The submitting organisation's slug.
    pub org_slug: &'a str,
    /// The reference period.
    pub period: &'a str,
    /// The file's name.
    pub file_name: &'a str,
    /// Who submits (user id).
    pub submitted_by: &'a str,
}

/// What validation concluded, stored once the whole file is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubmissionOutcome<'a> {
    /// The file's SHA-256.
    pub file_sha256: &'a str,
    /// The layout.
    pub format: &'a str,
    /// The encoding.
    pub encoding: &'a str,
    /// Errors.
    pub errors: i64,
    /// Warnings.
    pub warnings: i64,
    /// Observations.
    pub observations: i64,
    /// Series.
    pub series: i64,
    /// The findings, JSON.
    pub report: &'a str,
}

const COLUMNS: &str = "s.id, s.flow_id, o.slug AS org_slug, s.period, s.status, s.file_name, s.file_sha256, \
    s.format, s.encoding, s.errors, s.warnings, s.observations, s.series, s.report, s.submitted_by, \
    s.submitted_at, s.decided_by, s.decided_at, s.decision_note, s.release_id";

/// A staged row as read: (series key, period, value, status, note).
type StagedRow = (String, String, Option<f64>, Option<String>, Option<String>);

/// Rows per multi-row INSERT (6 parameters each).
const BATCH: usize = 300;

impl WriteTx<'_> {
    /// Starts a submission (its outcome follows with [`WriteTx::finish_submission`]). Returns its id.
    pub async fn insert_submission(
        &mut self,
        s: &NewSubmission<'_>,
    ) -> Result<String, StorageError> {
        let org: Option<String> = sqlx::query_scalar("SELECT id FROM organisation WHERE slug = $1")
            .bind(s.org_slug)
            .fetch_optional(self.conn())
            .await?;
        let org = org.ok_or_else(|| StorageError::NotFound {
            what: format!("the organisation '{}'", s.org_slug),
        })?;
        let id = new_id();
        sqlx::query(
            "INSERT INTO stat_submission (id, flow_id, org_id, period, status, file_name, file_sha256, errors, warnings, report, submitted_by, submitted_at) \
             VALUES ($1, $2, $3, $4, 'validated', $5, '', 0, 0, '[]', $6, $7)",
        )
        .bind(&id)
        .bind(s.flow_id)
        .bind(&org)
        .bind(s.period)
        .bind(s.file_name)
        .bind(s.submitted_by)
        .bind(now_utc_text())
        .execute(self.conn())
        .await?;
        self.record_change("stat_submission", &id, Op::Insert)
            .await?;
        Ok(id)
    }

    /// Adds rows to a submission.
    pub async fn stage_observations(
        &mut self,
        submission_id: &str,
        rows: &[Observation],
    ) -> Result<(), StorageError> {
        for chunk in rows.chunks(BATCH) {
            let mut sql = String::from(
                "INSERT INTO stat_staged_obs (submission_id, series_key, time_period, value, obs_status, note) VALUES ",
            );
            crate::refdata::push_placeholders(&mut sql, chunk.len(), 6);
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for o in chunk {
                q = q
                    .bind(submission_id)
                    .bind(&o.series_key)
                    .bind(&o.time_period)
                    .bind(o.value)
                    .bind(o.obs_status.as_deref())
                    .bind(o.note.as_deref());
            }
            q.execute(self.conn()).await?;
        }
        Ok(())
    }

    /// Adds series attributes to a submission.
    pub async fn stage_attributes(
        &mut self,
        submission_id: &str,
        attributes: &[SeriesAttribute],
    ) -> Result<(), StorageError> {
        for chunk in attributes.chunks(BATCH) {
            let mut sql = String::from(
                "INSERT INTO stat_staged_attr (submission_id, series_key, attribute_id, value) VALUES ",
            );
            crate::refdata::push_placeholders(&mut sql, chunk.len(), 4);
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for a in chunk {
                q = q
                    .bind(submission_id)
                    .bind(&a.series_key)
                    .bind(&a.attribute)
                    .bind(&a.value);
            }
            q.execute(self.conn()).await?;
        }
        Ok(())
    }

    /// Stores what validation concluded.
    pub async fn finish_submission(
        &mut self,
        id: &str,
        o: &SubmissionOutcome<'_>,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE stat_submission SET file_sha256 = $2, format = $3, encoding = $4, errors = $5, warnings = $6, \
             observations = $7, series = $8, report = $9 WHERE id = $1",
        )
        .bind(id)
        .bind(o.file_sha256)
        .bind(o.format)
        .bind(o.encoding)
        .bind(o.errors)
        .bind(o.warnings)
        .bind(o.observations)
        .bind(o.series)
        .bind(o.report)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Marks a submission waiting for a decision as decided (`rejected` or `released`). `false`
    /// when it was no longer waiting (someone decided first).
    pub async fn decide_submission(
        &mut self,
        id: &str,
        status: &str,
        decided_by: &str,
        note: &str,
        release_id: Option<&str>,
    ) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "UPDATE stat_submission SET status = $2, decided_by = $3, decided_at = $4, decision_note = $5, release_id = $6 \
             WHERE id = $1 AND status = 'validated'",
        )
        .bind(id)
        .bind(status)
        .bind(decided_by)
        .bind(now_utc_text())
        .bind(note)
        .bind(release_id)
        .execute(self.conn())
        .await?
        .rows_affected();
        if done == 1 {
            self.record_change("stat_submission", id, Op::Update)
                .await?;
            // The rows are in the release now, or not wanted: they need not stay.
            self.discard_staged(id).await?;
        }
        Ok(done == 1)
    }

    /// Drops a submission's staged rows (it has errors: they will never be published).
    pub async fn discard_staged(&mut self, submission_id: &str) -> Result<(), StorageError> {
        for table in ["stat_staged_obs", "stat_staged_attr"] {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "DELETE FROM {table} WHERE submission_id = $1"
            )))
            .bind(submission_id)
            .execute(self.conn())
            .await?;
        }
        Ok(())
    }

    /// Publishes a submission's staged rows as the next release of its flow: the database copies
    /// them (series first, then observations and attributes), so memory does not grow with the
    /// submission. The caller marks the submission decided afterwards, in the same transaction.
    pub async fn publish_submission(
        &mut self,
        submission_id: &str,
        flow_id: &str,
        released_by: &str,
        note: &str,
    ) -> Result<Release, StorageError> {
        let release = self
            .publish_release(flow_id, released_by, note, &[], &[])
            .await?;
        sqlx::query("UPDATE stat_release SET submission_id = $1 WHERE id = $2")
            .bind(submission_id)
            .bind(&release.id)
            .execute(self.conn())
            .await?;
        sqlx::query(
            "INSERT INTO stat_series (flow_id, series_key) \
             SELECT DISTINCT $1, k.series_key FROM ( \
               SELECT series_key FROM stat_staged_obs WHERE submission_id = $2 \
               UNION SELECT series_key FROM stat_staged_attr WHERE submission_id = $2) k \
             WHERE NOT EXISTS (SELECT 1 FROM stat_series s WHERE s.flow_id = $1 AND s.series_key = k.series_key)",
        )
        .bind(flow_id)
        .bind(submission_id)
        .execute(self.conn())
        .await?;
        if release.seq > 1 {
            // Rows this release replaces stop being current (see `superseded_seq`).
            sqlx::query(
                "UPDATE stat_obs SET superseded_seq = $3 WHERE superseded_seq IS NULL AND release_seq < $3 \
                 AND (series_id, time_period) IN (SELECT s.id, st.time_period \
                 FROM stat_staged_obs st JOIN stat_series s ON s.flow_id = $1 AND s.series_key = st.series_key \
                 WHERE st.submission_id = $2)",
            )
            .bind(flow_id)
            .bind(submission_id)
            .bind(release.seq)
            .execute(self.conn())
            .await?;
        }
        sqlx::query(
            "INSERT INTO stat_obs (series_id, time_period, release_seq, value, obs_status, note) \
             SELECT s.id, st.time_period, $3, st.value, st.obs_status, st.note \
             FROM stat_staged_obs st JOIN stat_series s ON s.flow_id = $1 AND s.series_key = st.series_key \
             WHERE st.submission_id = $2",
        )
        .bind(flow_id)
        .bind(submission_id)
        .bind(release.seq)
        .execute(self.conn())
        .await?;
        sqlx::query(
            "INSERT INTO stat_series_attr (series_id, release_seq, attribute_id, value) \
             SELECT s.id, $3, st.attribute_id, st.value \
             FROM stat_staged_attr st JOIN stat_series s ON s.flow_id = $1 AND s.series_key = st.series_key \
             WHERE st.submission_id = $2",
        )
        .bind(flow_id)
        .bind(submission_id)
        .bind(release.seq)
        .execute(self.conn())
        .await?;
        Ok(release)
    }

    /// A submission, read inside the transaction (to decide on what is current).
    pub async fn submission_for_update(
        &mut self,
        id: &str,
    ) -> Result<Option<Submission>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM stat_submission s JOIN organisation o ON o.id = s.org_id WHERE s.id = $1"
        )))
        .bind(id)
        .fetch_optional(self.conn())
        .await?)
    }
}

impl Db {
    /// A submission.
    pub async fn submission(&self, id: &str) -> Result<Option<Submission>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM stat_submission s JOIN organisation o ON o.id = s.org_id WHERE s.id = $1"
        )))
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// The latest submissions of these organisations (by slug; `None`: of all), newest first.
    pub async fn submissions(
        &self,
        orgs: Option<&[String]>,
        limit: i64,
    ) -> Result<Vec<Submission>, StorageError> {
        let mut sql = format!(
            "SELECT {COLUMNS} FROM stat_submission s JOIN organisation o ON o.id = s.org_id"
        );
        if let Some(orgs) = orgs {
            if orgs.is_empty() {
                return Ok(Vec::new());
            }
            let list: Vec<String> = (0..orgs.len()).map(|i| format!("${}", i + 2)).collect();
            sql.push_str(&format!(" WHERE o.slug IN ({})", list.join(",")));
        }
        sql.push_str(" ORDER BY s.submitted_at DESC, s.id LIMIT $1");
        let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(limit);
        for o in orgs.unwrap_or_default() {
            q = q.bind(o);
        }
        Ok(q.fetch_all(self.pool()).await?)
    }

    /// A submission's staged rows, by series and period (for its review page and tests).
    pub async fn staged_observations(
        &self,
        submission_id: &str,
        limit: i64,
    ) -> Result<Vec<Observation>, StorageError> {
        let rows: Vec<StagedRow> = sqlx::query_as(
            "SELECT series_key, time_period, value, obs_status, note FROM stat_staged_obs \
             WHERE submission_id = $1 ORDER BY series_key, time_period LIMIT $2",
        )
        .bind(submission_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(series_key, time_period, value, obs_status, note)| Observation {
                    series_key,
                    time_period,
                    value,
                    obs_status,
                    note,
                },
            )
            .collect())
    }

    /// The latest released values of these series of a flow: (series key, period, value).
    pub async fn latest_values(
        &self,
        flow_id: &str,
        keys: &[String],
    ) -> Result<Vec<(String, String, f64)>, StorageError> {
        let series = self.series_by_keys(flow_id, keys).await?;
        if series.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<i64> = series.iter().map(|(id, _)| *id).collect();
        let names: std::collections::HashMap<i64, &str> =
            series.iter().map(|(id, k)| (*id, k.as_str())).collect();
        let rows = self.observations(&ids, None, None, None).await?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, period, value, _, _)| {
                Some((names.get(&id)?.to_string(), period, value?))
            })
            .collect())
    }
}
