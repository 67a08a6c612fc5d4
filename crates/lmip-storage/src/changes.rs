//! The change log: a monotonic sequence of changes that caches, feeds, search indexes and other
//! instances follow.

use crate::db::{Backend, WriteTx};
use crate::{Db, StorageError, now_utc_text};

/// What happened to an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// Created.
    Insert,
    /// Changed.
    Update,
    /// Removed.
    Delete,
}

impl Op {
    fn as_str(self) -> &'static str {
        match self {
            Op::Insert => "insert",
            Op::Update => "update",
            Op::Delete => "delete",
        }
    }
}

/// One change-log entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Position in the log; strictly increasing in commit order.
    pub seq: i64,
    /// The kind of entity (table-like name, e.g. `organisation`).
    pub entity: String,
    /// The entity's identifier.
    pub entity_id: String,
    /// What happened.
    pub op: String,
    /// When (RFC 3339 UTC).
    pub changed_at: String,
}

/// Well-known advisory-lock key that serialises change-log writers on PostgreSQL.
const CHANGE_LOG_LOCK: i64 = 0x6c6d_6970; // "lmip"

impl WriteTx<'_> {
    /// Appends a change to the log, in the caller's transaction.
    ///
    /// On PostgreSQL an identity column hands out numbers at insert time, not commit time, so a
    /// reader could see seq 8 before a slower transaction commits seq 7 and then skip it forever.
    /// Taking a transaction-scoped advisory lock first makes change-log writers commit in seq order.
    /// SQLite has a single writer, so the order holds by construction.
    pub async fn record_change(
        &mut self,
        entity: &str,
        entity_id: &str,
        op: Op,
    ) -> Result<(), StorageError> {
        if self.backend() == Backend::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                .bind(CHANGE_LOG_LOCK)
                .execute(self.conn())
                .await?;
        }
        sqlx::query(
            "INSERT INTO change_log (entity, entity_id, op, changed_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(entity)
        .bind(entity_id)
        .bind(op.as_str())
        .bind(now_utc_text())
        .execute(self.conn())
        .await?;
        Ok(())
    }
}

impl Db {
    /// The data version: the last change-log sequence number (0 when nothing changed yet). Public
    /// pages are cached per data version.
    pub async fn data_version(&self) -> Result<i64, StorageError> {
        let v: Option<i64> = sqlx::query_scalar("SELECT MAX(seq) FROM change_log")
            .fetch_one(self.pool())
            .await?;
        Ok(v.unwrap_or(0))
    }

    /// Changes after `after`, oldest first, at most `limit`.
    pub async fn changes_since(&self, after: i64, limit: i64) -> Result<Vec<Change>, StorageError> {
        let rows: Vec<(i64, String, String, String, String)> = sqlx::query_as(
            "SELECT seq, entity, entity_id, op, changed_at FROM change_log WHERE seq > $1 ORDER BY seq LIMIT $2",
        )
        .bind(after)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(seq, entity, entity_id, op, changed_at)| Change {
                seq,
                entity,
                entity_id,
                op,
                changed_at,
            })
            .collect())
    }
}
