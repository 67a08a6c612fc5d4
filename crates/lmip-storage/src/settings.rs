//! Site settings: a small key–value table for facts about the installation (demo data loaded,
//! reference data version).

use crate::db::WriteTx;
use crate::{Db, StorageError};

impl Db {
    /// Reads a setting.
    pub async fn setting(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(
            sqlx::query_scalar("SELECT value FROM site_setting WHERE key = $1")
                .bind(key)
                .fetch_optional(self.pool())
                .await?,
        )
    }
}

impl WriteTx<'_> {
    /// Writes a setting in this transaction.
    pub async fn set_setting(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO site_setting (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}
