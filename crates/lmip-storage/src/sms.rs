//! What the text-message channel remembers of a sender (by a keyed hash of the number).

use crate::db::WriteTx;
use crate::{Db, StorageError, now_utc_text};

/// A sender the channel has heard from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmsSender {
    /// The reply language.
    pub locale: String,
    /// The question last asked, or empty.
    pub pending: String,
}

impl Db {
    /// The sender with this key, if the channel remembers it.
    pub async fn sms_sender(&self, key: &str) -> Result<Option<SmsSender>, StorageError> {
        let row: Option<(String, String)> =
            sqlx::query_as("SELECT locale, pending FROM sms_sender WHERE sender_key = $1")
                .bind(key)
                .fetch_optional(self.pool())
                .await?;
        Ok(row.map(|(locale, pending)| SmsSender { locale, pending }))
    }
}

impl WriteTx<'_> {
    /// Remembers a sender's language and the question last asked.
    pub async fn save_sms_sender(
        &mut self,
        key: &str,
        locale: &str,
        pending: &str,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO sms_sender (sender_key, locale, pending, updated_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (sender_key) DO UPDATE SET locale = excluded.locale, \
             pending = excluded.pending, updated_at = excluded.updated_at",
        )
        .bind(key)
        .bind(locale)
        .bind(pending)
        .bind(now_utc_text())
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Forgets a sender (STOP).
    pub async fn forget_sms_sender(&mut self, key: &str) -> Result<(), StorageError> {
        sqlx::query("DELETE FROM sms_sender WHERE sender_key = $1")
            .bind(key)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Forgets senders not heard from since `before` (RFC 3339); returns how many.
    pub async fn forget_sms_senders_before(&mut self, before: &str) -> Result<u64, StorageError> {
        Ok(sqlx::query("DELETE FROM sms_sender WHERE updated_at < $1")
            .bind(before)
            .execute(self.conn())
            .await?
            .rows_affected())
    }
}
