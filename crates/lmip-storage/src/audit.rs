//! The audit log: one row for every change that matters, written in the same transaction as the
//! change, chained by SHA-256 hashes so that tampering is detectable.
//!
//! A row's hash is SHA-256 over its canonical form: a JSON array of `[chain_index, at, actor,
//! action, entity, entity_id, detail, prev_hash]`, where `prev_hash` is the previous row's hash (64
//! zeros for the first row). `chain_index` counts rows 1, 2, 3…; the `seq` column is only the
//! database's identity and may have gaps (PostgreSQL sequences skip numbers on rollback).
//! Editing, deleting, inserting or reordering rows breaks the chain at the first affected row.
//! Deleting the *last* rows cannot be seen from the chain alone: keep exported checkpoints off-site.
//!
//! `detail` is JSON chosen by the caller and must never hold personal data (names, contacts,
//! narratives): the log is shown to administrators and exported.

use crate::db::{Backend, WriteTx};
use crate::{Db, StorageError, now_utc_text};
use sha2::{Digest, Sha256};

/// The hash that precedes the first row.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Same key as the change log's: one lock orders both logs in commit order on PostgreSQL.
const AUDIT_LOCK: i64 = 0x6c6d_6970;

/// Something to record.
#[derive(Debug, Clone)]
pub struct AuditEvent<'a> {
    /// Who: `user:<id>`, `cli:<os user>`, `system`, `token:<id>`.
    pub actor: &'a str,
    /// What, as `entity.verb`, e.g. `user.create`, `codelist.import`.
    pub action: &'a str,
    /// The kind of thing acted on.
    pub entity: &'a str,
    /// Its identifier.
    pub entity_id: &'a str,
    /// Facts about the action as a JSON object, without personal data.
    pub detail: &'a str,
}

/// One stored row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    /// Position in the chain, from 1.
    pub chain_index: i64,
    /// When (RFC 3339 UTC).
    pub at: String,
    /// Who.
    pub actor: String,
    /// What.
    pub action: String,
    /// Kind of thing.
    pub entity: String,
    /// Which.
    pub entity_id: String,
    /// JSON facts.
    pub detail: String,
    /// The previous row's hash.
    pub prev_hash: String,
    /// This row's hash.
    pub hash: String,
}

/// The outcome of [`Db::verify_audit`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditVerification {
    /// Rows checked.
    pub rows: i64,
    /// The last row's hash (to compare with an off-site checkpoint).
    pub last_hash: String,
    /// The first broken row and what is wrong with it; `None` when the chain is intact.
    pub first_break: Option<AuditBreak>,
}

/// Where and how the chain breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditBreak {
    /// The database row (`seq`) where the break shows.
    pub seq: i64,
    /// The chain position the row claims.
    pub chain_index: i64,
    /// What is wrong.
    pub reason: String,
}

fn row_hash(chain_index: i64, at: &str, e: &AuditEvent<'_>, prev_hash: &str) -> String {
    let canonical = serde_json::json!([
        chain_index,
        at,
        e.actor,
        e.action,
        e.entity,
        e.entity_id,
        e.detail,
        prev_hash
    ]);
    hex::encode(Sha256::digest(canonical.to_string().as_bytes()))
}

impl WriteTx<'_> {
    /// Appends an audit row in this transaction: if the transaction rolls back, so does the row;
    /// if it commits, the row is there.
    pub async fn audit(&mut self, event: &AuditEvent<'_>) -> Result<(), StorageError> {
        if self.backend() == Backend::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                .bind(AUDIT_LOCK)
                .execute(self.conn())
                .await?;
        }
        let last: Option<(i64, String)> = sqlx::query_as(
            "SELECT chain_index, hash FROM audit_log ORDER BY chain_index DESC LIMIT 1",
        )
        .fetch_optional(self.conn())
        .await?;
        let (index, prev) = match last {
            Some((i, h)) => (i + 1, h),
            None => (1, GENESIS_HASH.to_string()),
        };
        let at = now_utc_text();
        let hash = row_hash(index, &at, event, &prev);
        sqlx::query(
            "INSERT INTO audit_log (chain_index, at, actor, action, entity, entity_id, detail, prev_hash, hash) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(index)
        .bind(&at)
        .bind(event.actor)
        .bind(event.action)
        .bind(event.entity)
        .bind(event.entity_id)
        .bind(event.detail)
        .bind(&prev)
        .bind(&hash)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}

type Raw = (
    i64,
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
);

/// A filtered page of the audit log, newest first.
#[derive(Debug, Clone, Default)]
pub struct AuditQuery<'a> {
    /// Only actions starting with this, e.g. `session.`.
    pub action_prefix: Option<&'a str>,
    /// Only this kind of entity.
    pub entity: Option<&'a str>,
    /// Only rows before this chain position (for the next page).
    pub before: Option<i64>,
    /// Rows per page.
    pub limit: i64,
}

fn row_from_raw(r: Raw) -> AuditRow {
    let (_, chain_index, at, actor, action, entity, entity_id, detail, prev_hash, hash) = r;
    AuditRow {
        chain_index,
        at,
        actor,
        action,
        entity,
        entity_id,
        detail,
        prev_hash,
        hash,
    }
}

impl Db {
    /// Walks the whole chain in pages (memory stays flat) and reports the first break.
    pub async fn verify_audit(&self) -> Result<AuditVerification, StorageError> {
        let mut rows = 0;
        let mut expected_index = 1;
        let mut prev = GENESIS_HASH.to_string();
        let mut after_seq = i64::MIN;
        loop {
            let page: Vec<Raw> = sqlx::query_as(
                "SELECT seq, chain_index, at, actor, action, entity, entity_id, detail, prev_hash, hash \
                 FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT 1000",
            )
            .bind(after_seq)
            .fetch_all(self.pool())
            .await?;
            let Some(last) = page.last() else { break };
            after_seq = last.0;
            for (seq, chain_index, at, actor, action, entity, entity_id, detail, prev_hash, hash) in
                page
            {
                let broken = |reason: String| AuditVerification {
                    rows,
                    last_hash: prev.clone(),
                    first_break: Some(AuditBreak {
                        seq,
                        chain_index,
                        reason,
                    }),
                };
                if chain_index != expected_index {
                    return Ok(broken(format!(
                        "expected chain position {expected_index} but the row says {chain_index} (a row was deleted, inserted or moved)"
                    )));
                }
                if prev_hash != prev {
                    return Ok(broken("its link to the previous row does not match (a row before it was changed, deleted or inserted)".into()));
                }
                let event = AuditEvent {
                    actor: &actor,
                    action: &action,
                    entity: &entity,
                    entity_id: &entity_id,
                    detail: &detail,
                };
                if row_hash(chain_index, &at, &event, &prev_hash) != hash {
                    return Ok(broken(
                        "its content does not match its hash (the row was edited)".into(),
                    ));
                }
                rows += 1;
                expected_index += 1;
                prev = hash;
            }
        }
        Ok(AuditVerification {
            rows,
            last_hash: prev,
            first_break: None,
        })
    }

    /// The most recent audit rows, newest first (for tests and quick looks).
    pub async fn recent_audit(&self, limit: i64) -> Result<Vec<AuditRow>, StorageError> {
        self.audit_page(&AuditQuery {
            limit,
            ..Default::default()
        })
        .await
    }

    /// A filtered page of the log, newest first.
    pub async fn audit_page(&self, q: &AuditQuery<'_>) -> Result<Vec<AuditRow>, StorageError> {
        // Placeholders are numbered as conditions are added; every bind below follows that order.
        let mut sql = String::from(
            "SELECT seq, chain_index, at, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit_log WHERE 1 = 1",
        );
        let mut n = 0;
        let mut next = || {
            n += 1;
            n
        };
        if q.action_prefix.is_some() {
            let k = next();
            sql.push_str(&format!(" AND substr(action, 1, length(${k})) = ${k}"));
        }
        if q.entity.is_some() {
            sql.push_str(&format!(" AND entity = ${}", next()));
        }
        if q.before.is_some() {
            sql.push_str(&format!(" AND chain_index < ${}", next()));
        }
        sql.push_str(&format!(" ORDER BY chain_index DESC LIMIT ${}", next()));
        let mut query = sqlx::query_as::<_, Raw>(sqlx::AssertSqlSafe(sql));
        if let Some(a) = q.action_prefix {
            query = query.bind(a);
        }
        if let Some(e) = q.entity {
            query = query.bind(e);
        }
        if let Some(b) = q.before {
            query = query.bind(b);
        }
        let rows = query
            .bind(q.limit.clamp(1, 500))
            .fetch_all(self.pool())
            .await?;
        Ok(rows.into_iter().map(row_from_raw).collect())
    }
}
