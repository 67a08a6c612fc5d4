//! Statistical data: releases of a dataflow, its series and their observations.
//!
//! A release adds observation rows tagged with its sequence number; nothing is overwritten, so
//! every earlier release stays queryable: the value of (series, period) as of release N is the row
//! with the highest sequence number not above N. A withdrawn value is a row with no value.

use crate::db::WriteTx;
use crate::{Db, Op, StorageError, new_id, now_utc_text};
use futures_util::stream::{BoxStream, StreamExt};
use std::collections::HashMap;

/// One observation to publish or as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    /// The series key (dimension values in DSD order, joined with `.`).
    pub series_key: String,
    /// The period, e.g. `2023`.
    pub time_period: String,
    /// The value; `None` for missing or withdrawn.
    pub value: Option<f64>,
    /// Observation status code.
    pub obs_status: Option<String>,
    /// Free-text note.
    pub note: Option<String>,
}

/// A series-level attribute value to publish or as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesAttribute {
    /// The series key.
    pub series_key: String,
    /// The attribute, e.g. `UNIT_MULT`.
    pub attribute: String,
    /// Its value.
    pub value: String,
}

/// A published release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    /// Its id.
    pub id: String,
    /// Its position among the flow's releases (1, 2, …).
    pub seq: i64,
    /// When it was published (RFC 3339 UTC).
    pub released_at: String,
    /// Who published it (an audit actor, never an address).
    pub released_by: String,
    /// What it says about itself.
    pub note: String,
}

/// Which rows of `stat_obs o` are the values as of the release bound at `$n`: written at or
/// before it, not replaced by a release up to it (see migration 0008).
fn visible(n: usize) -> String {
    format!("o.release_seq <= ${n} AND (o.superseded_seq IS NULL OR o.superseded_seq > ${n})")
}

/// Which series of a flow a reading covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SeriesSelection {
    /// Every series of the flow.
    All,
    /// The series whose keys start with this prefix (e.g. `A.TH.`): one index range.
    Prefix(String),
    /// These series (ids from [`Db::series_by_keys`]), in this order.
    Ids(Vec<i64>),
}

/// What a reading of observations covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObservationSelection {
    /// The flow.
    pub flow_id: String,
    /// Its series.
    pub series: SeriesSelection,
    /// As of this release (the latest when `None`).
    pub as_of: Option<i64>,
    /// First period (inclusive; text order, which is time order for one frequency).
    pub start: Option<String>,
    /// Last period (inclusive).
    pub end: Option<String>,
    /// Only values that this release or a later one wrote (SDMX `updatedAfter`).
    pub changed_from: Option<i64>,
}

/// An observation with its series, as [`Db::observation_rows`] reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyedObservation {
    /// The series' id.
    pub series_id: i64,
    /// The series key.
    pub series_key: String,
    /// The period.
    pub time_period: String,
    /// The value; `None` for missing or withdrawn.
    pub value: Option<f64>,
    /// Observation status code.
    pub obs_status: Option<String>,
    /// Free-text note.
    pub note: Option<String>,
}

type KeyedRow = (
    i64,
    String,
    String,
    Option<f64>,
    Option<String>,
    Option<String>,
);

/// Rows per multi-row INSERT (6 parameters each: far below SQLite's and PostgreSQL's limits).
const BATCH: usize = 400;

impl WriteTx<'_> {
    /// Publishes a release of `flow_id`: the series it needs are created, its observations and
    /// series attributes added under the next sequence number. Returns the release.
    pub async fn publish_release(
        &mut self,
        flow_id: &str,
        released_by: &str,
        note: &str,
        observations: &[Observation],
        attributes: &[SeriesAttribute],
    ) -> Result<Release, StorageError> {
        let last: Option<i64> =
            sqlx::query_scalar("SELECT MAX(seq) FROM stat_release WHERE flow_id = $1")
                .bind(flow_id)
                .fetch_one(self.conn())
                .await?;
        let seq = last.unwrap_or(0) + 1;
        let release = Release {
            id: new_id(),
            seq,
            released_at: now_utc_text(),
            released_by: released_by.to_string(),
            note: note.to_string(),
        };
        sqlx::query(
            "INSERT INTO stat_release (id, flow_id, seq, released_at, released_by, note) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&release.id)
        .bind(flow_id)
        .bind(seq)
        .bind(&release.released_at)
        .bind(released_by)
        .bind(note)
        .execute(self.conn())
        .await
        .map_err(|e| {
            StorageError::conflict_or(e, || format!("release {seq} of {flow_id}"))
        })?;
        let mut ids = self.series_ids(flow_id).await?;
        let mut wanted: Vec<&str> = observations
            .iter()
            .map(|o| o.series_key.as_str())
            .chain(attributes.iter().map(|a| a.series_key.as_str()))
            .filter(|k| !ids.contains_key(*k))
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        for chunk in wanted.chunks(BATCH) {
            let mut sql = String::from("INSERT INTO stat_series (flow_id, series_key) VALUES ");
            crate::refdata::push_placeholders(&mut sql, chunk.len(), 2);
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for key in chunk {
                q = q.bind(flow_id).bind(*key);
            }
            q.execute(self.conn()).await?;
        }
        if !wanted.is_empty() {
            ids = self.series_ids(flow_id).await?;
        }
        for chunk in observations.chunks(BATCH) {
            if seq > 1 {
                // Rows this release replaces stop being current (see `superseded_seq`).
                // One OR term per row, not a row-value IN (VALUES …): SQLite searches the
                // primary key for each term, where the IN list made it scan the table.
                let mut sql = String::from(
                    "UPDATE stat_obs SET superseded_seq = $1 WHERE superseded_seq IS NULL AND release_seq < $1 AND (",
                );
                for i in 0..chunk.len() {
                    if i > 0 {
                        sql.push_str(" OR ");
                    }
                    sql.push_str(&format!(
                        "(series_id = ${} AND time_period = ${})",
                        2 + 2 * i,
                        3 + 2 * i
                    ));
                }
                sql.push(')');
                let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(seq);
                for o in chunk {
                    q = q
                        .bind(ids.get(&o.series_key).copied().unwrap_or_default())
                        .bind(&o.time_period);
                }
                q.execute(self.conn()).await?;
            }
            let mut sql = String::from(
                "INSERT INTO stat_obs (series_id, time_period, release_seq, value, obs_status, note) VALUES ",
            );
            crate::refdata::push_placeholders(&mut sql, chunk.len(), 6);
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for o in chunk {
                q = q
                    .bind(ids.get(&o.series_key).copied().unwrap_or_default())
                    .bind(&o.time_period)
                    .bind(seq)
                    .bind(o.value)
                    .bind(o.obs_status.as_deref())
                    .bind(o.note.as_deref());
            }
            q.execute(self.conn()).await.map_err(|e| {
                StorageError::conflict_or(e, || "the same observation twice in one release".into())
            })?;
        }
        for a in attributes {
            sqlx::query(
                "INSERT INTO stat_series_attr (series_id, release_seq, attribute_id, value) VALUES ($1, $2, $3, $4)",
            )
            .bind(ids.get(&a.series_key).copied().unwrap_or_default())
            .bind(seq)
            .bind(&a.attribute)
            .bind(&a.value)
            .execute(self.conn())
            .await?;
        }
        self.record_change("stat_release", &release.id, Op::Insert)
            .await?;
        Ok(release)
    }

    async fn series_ids(&mut self, flow_id: &str) -> Result<HashMap<String, i64>, StorageError> {
        let rows: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, series_key FROM stat_series WHERE flow_id = $1")
                .bind(flow_id)
                .fetch_all(self.conn())
                .await?;
        Ok(rows.into_iter().map(|(id, key)| (key, id)).collect())
    }
}

type ObsRow = (i64, String, Option<f64>, Option<String>, Option<String>);

impl Db {
    /// A flow's releases, oldest first.
    pub async fn releases(&self, flow_id: &str) -> Result<Vec<Release>, StorageError> {
        let rows: Vec<(String, i64, String, String, String)> = sqlx::query_as(
            "SELECT id, seq, released_at, released_by, note FROM stat_release WHERE flow_id = $1 ORDER BY seq",
        )
        .bind(flow_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, seq, released_at, released_by, note)| Release {
                id,
                seq,
                released_at,
                released_by,
                note,
            })
            .collect())
    }

    /// The flows that have at least one release.
    pub async fn flows_with_releases(&self) -> Result<Vec<String>, StorageError> {
        Ok(
            sqlx::query_scalar("SELECT DISTINCT flow_id FROM stat_release ORDER BY flow_id")
                .fetch_all(self.pool())
                .await?,
        )
    }

    /// A flow's series: (id, key), by key.
    pub async fn series(&self, flow_id: &str) -> Result<Vec<(i64, String)>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT id, series_key FROM stat_series WHERE flow_id = $1 ORDER BY series_key",
        )
        .bind(flow_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// A flow's series whose keys start with `prefix` (e.g. `A.TH.`): a range scan of the
    /// (flow, key) index, so a query that fixes the leading dimensions reads only its series.
    pub async fn series_with_prefix(
        &self,
        flow_id: &str,
        prefix: &str,
    ) -> Result<Vec<(i64, String)>, StorageError> {
        // Keys are ASCII codes joined by '.': every key with the prefix sorts before the prefix
        // followed by the highest ASCII character.
        let end = format!("{prefix}\u{7f}");
        // Keys compare byte by byte on both backends (PostgreSQL: COLLATE "C", migration 0008).
        let sql = "SELECT id, series_key FROM stat_series WHERE flow_id = $1 AND series_key >= $2 \
                   AND series_key < $3 ORDER BY series_key";
        Ok(sqlx::query_as(sql)
            .bind(flow_id)
            .bind(prefix)
            .bind(end)
            .fetch_all(self.pool())
            .await?)
    }

    /// The series of a flow with exactly these keys: (id, key).
    pub async fn series_by_keys(
        &self,
        flow_id: &str,
        keys: &[String],
    ) -> Result<Vec<(i64, String)>, StorageError> {
        let mut out = Vec::new();
        for chunk in keys.chunks(BATCH) {
            let list: Vec<String> = (0..chunk.len()).map(|i| format!("${}", i + 2)).collect();
            let sql = format!(
                "SELECT id, series_key FROM stat_series WHERE flow_id = $1 AND series_key IN ({}) ORDER BY series_key",
                list.join(",")
            );
            let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(flow_id);
            for k in chunk {
                q = q.bind(k);
            }
            let rows: Vec<(i64, String)> = q.fetch_all(self.pool()).await?;
            out.extend(rows);
        }
        out.sort_by(|a, b| a.1.cmp(&b.1));
        Ok(out)
    }

    /// The observations of these series as of release `as_of` (the latest when `None`), within
    /// the periods `[start, end]` (inclusive; text order, which is time order for one frequency),
    /// ordered by series and period. Rows: (series id, period, value, status, note).
    pub async fn observations(
        &self,
        series_ids: &[i64],
        as_of: Option<i64>,
        start: Option<&str>,
        end: Option<&str>,
    ) -> Result<Vec<ObsRow>, StorageError> {
        let mut out = Vec::new();
        // $1 is the release; then the optional period bounds; then the series ids.
        let mut bounds = String::new();
        let mut next = 2;
        for (value, op) in [(start, ">="), (end, "<=")] {
            if value.is_some() {
                bounds.push_str(&format!(" AND o.time_period {op} ${next}"));
                next += 1;
            }
        }
        for chunk in series_ids.chunks(BATCH) {
            let list: Vec<String> = (0..chunk.len()).map(|i| format!("${}", i + next)).collect();
            let sql = format!(
                "SELECT o.series_id, o.time_period, o.value, o.obs_status, o.note FROM stat_obs o \
                 WHERE o.series_id IN ({}){bounds} AND {} \
                 ORDER BY o.series_id, o.time_period",
                list.join(","),
                visible(1)
            );
            let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(as_of.unwrap_or(i64::MAX));
            for v in [start, end].into_iter().flatten() {
                q = q.bind(v);
            }
            for id in chunk {
                q = q.bind(*id);
            }
            let rows: Vec<ObsRow> = q.fetch_all(self.pool()).await?;
            out.extend(rows);
        }
        Ok(out)
    }

    /// The observations a selection covers, as one ordered stream (by series key, then period):
    /// rows are read from the database as the consumer takes them, so a whole flow can be sent
    /// without holding it in memory.
    pub fn observation_rows<'a>(
        &'a self,
        sel: &'a ObservationSelection,
    ) -> BoxStream<'a, Result<KeyedObservation, StorageError>> {
        // Placeholders: $1 flow, $2 release, then the period bounds, the first release that
        // counts as a change, the key range, and the ids, each when the selection has it.
        let mut sql = format!(
            "SELECT s.id, s.series_key, o.time_period, o.value, o.obs_status, o.note \
             FROM stat_series s JOIN stat_obs o ON o.series_id = s.id \
             WHERE s.flow_id = $1 AND {}",
            visible(2)
        );
        let mut next = 3;
        let mut periods: Vec<String> = Vec::new();
        for (value, cond) in [
            (&sel.start, "o.time_period >="),
            (&sel.end, "o.time_period <="),
        ] {
            if let Some(v) = value {
                sql.push_str(&format!(" AND {cond} ${next}"));
                next += 1;
                periods.push(v.clone());
            }
        }
        if sel.changed_from.is_some() {
            sql.push_str(&format!(" AND o.release_seq >= ${next}"));
            next += 1;
        }
        let mut range: Vec<String> = Vec::new();
        let chunks: Vec<Vec<i64>> = match &sel.series {
            SeriesSelection::All => vec![Vec::new()],
            SeriesSelection::Prefix(prefix) => {
                // Keys are ASCII codes joined by '.': every key with the prefix sorts before the
                // prefix followed by the highest ASCII character (byte order on both backends).
                sql.push_str(&format!(
                    " AND s.series_key >= ${next} AND s.series_key < ${}",
                    next + 1
                ));
                range.push(prefix.clone());
                range.push(format!("{prefix}\u{7f}"));
                vec![Vec::new()]
            }
            SeriesSelection::Ids(ids) => ids.chunks(BATCH).map(<[i64]>::to_vec).collect(),
        };
        let first_id = next + range.len();
        let as_of = sel.as_of.unwrap_or(i64::MAX);
        let queries = chunks.into_iter().map(move |chunk| {
            let mut sql = sql.clone();
            if !chunk.is_empty() {
                let list: Vec<String> = (0..chunk.len())
                    .map(|i| format!("${}", i + first_id))
                    .collect();
                sql.push_str(&format!(" AND s.id IN ({})", list.join(",")));
            }
            sql.push_str(" ORDER BY s.series_key, o.time_period");
            let mut q = sqlx::query_as::<_, KeyedRow>(sqlx::AssertSqlSafe(sql))
                .bind(sel.flow_id.clone())
                .bind(as_of);
            for t in &periods {
                q = q.bind(t.clone());
            }
            if let Some(c) = sel.changed_from {
                q = q.bind(c);
            }
            for t in &range {
                q = q.bind(t.clone());
            }
            for id in chunk {
                q = q.bind(id);
            }
            q.fetch(self.pool())
        });
        futures_util::stream::iter(queries)
            .flatten()
            .map(|row| {
                row.map(
                    |(series_id, series_key, time_period, value, obs_status, note)| {
                        KeyedObservation {
                            series_id,
                            series_key,
                            time_period,
                            value,
                            obs_status,
                            note,
                        }
                    },
                )
                .map_err(StorageError::from)
            })
            .boxed()
    }

    /// Series attributes of these series as of release `as_of`: (series id, attribute, value).
    pub async fn series_attributes(
        &self,
        series_ids: &[i64],
        as_of: Option<i64>,
    ) -> Result<Vec<(i64, String, String)>, StorageError> {
        let mut out = Vec::new();
        for chunk in series_ids.chunks(BATCH) {
            let list: Vec<String> = (0..chunk.len()).map(|i| format!("${}", i + 2)).collect();
            let sql = format!(
                "SELECT a.series_id, a.attribute_id, a.value FROM stat_series_attr a \
                 WHERE a.series_id IN ({}) AND a.release_seq = (SELECT MAX(b.release_seq) FROM stat_series_attr b \
                 WHERE b.series_id = a.series_id AND b.attribute_id = a.attribute_id AND b.release_seq <= $1) \
                 ORDER BY a.series_id, a.attribute_id",
                list.join(",")
            );
            let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(as_of.unwrap_or(i64::MAX));
            for id in chunk {
                q = q.bind(*id);
            }
            let rows: Vec<(i64, String, String)> = q.fetch_all(self.pool()).await?;
            out.extend(rows);
        }
        Ok(out)
    }
}
