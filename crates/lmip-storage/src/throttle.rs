//! Counters of failed attempts, in the database so that every instance sees the same numbers.

use crate::db::WriteTx;
use crate::{Db, StorageError, now_utc_text};

impl Db {
    /// (failures, time of the last failure) for a key, if any.
    pub async fn throttle(&self, key: &str) -> Result<Option<(i64, String)>, StorageError> {
        Ok(
            sqlx::query_as("SELECT failures, last_failure_at FROM throttle WHERE key = $1")
                .bind(key)
                .fetch_optional(self.pool())
                .await?,
        )
    }
}

impl WriteTx<'_> {
    /// Counts one more failure for a key; `reset_before` (RFC 3339 text) starts the count again when
    /// the last failure is older than it.
    pub async fn count_failure(
        &mut self,
        key: &str,
        reset_before: &str,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO throttle (key, failures, last_failure_at) VALUES ($1, 1, $2) \
             ON CONFLICT (key) DO UPDATE SET \
             failures = CASE WHEN throttle.last_failure_at < $3 THEN 1 ELSE throttle.failures + 1 END, \
             last_failure_at = excluded.last_failure_at",
        )
        .bind(key)
        .bind(now_utc_text())
        .bind(reset_before)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Forgets a key's failures (after a success).
    pub async fn clear_failures(&mut self, key: &str) -> Result<(), StorageError> {
        sqlx::query("DELETE FROM throttle WHERE key = $1")
            .bind(key)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}
