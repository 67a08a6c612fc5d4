//! Recordings of content translations.

use crate::db::WriteTx;
use crate::{Db, Op, StorageError, now_utc_text};

/// A recording's facts (without its bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AudioInfo {
    /// The translation's language.
    pub locale: String,
    /// `audio/ogg` or `audio/mpeg`.
    pub media_type: String,
    /// Bytes.
    pub size: i64,
    /// SHA-256 of the bytes, hex.
    pub sha256: String,
}

impl Db {
    /// The recordings of an entry, by language.
    pub async fn audio_of_entry(&self, entry_id: &str) -> Result<Vec<AudioInfo>, StorageError> {
        let rows: Vec<(String, String, i64, String)> = sqlx::query_as(
            "SELECT locale, media_type, size, sha256 FROM content_audio WHERE entry_id = $1 ORDER BY locale",
        )
        .bind(entry_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(locale, media_type, size, sha256)| AudioInfo {
                locale,
                media_type,
                size,
                sha256,
            })
            .collect())
    }

    /// One recording: (media type, SHA-256, bytes).
    pub async fn audio(
        &self,
        entry_id: &str,
        locale: &str,
    ) -> Result<Option<(String, String, Vec<u8>)>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT media_type, sha256, body FROM content_audio WHERE entry_id = $1 AND locale = $2",
        )
        .bind(entry_id)
        .bind(locale)
        .fetch_optional(self.pool())
        .await?)
    }
}

impl WriteTx<'_> {
    /// Keeps a recording, replacing the language's earlier one.
    pub async fn save_audio(
        &mut self,
        entry_id: &str,
        locale: &str,
        media_type: &str,
        sha256: &str,
        body: &[u8],
        by: &str,
    ) -> Result<(), StorageError> {
        self.delete_audio(entry_id, locale).await?;
        sqlx::query(
            "INSERT INTO content_audio (entry_id, locale, media_type, size, sha256, body, uploaded_by, uploaded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(entry_id)
        .bind(locale)
        .bind(media_type)
        .bind(i64::try_from(body.len()).unwrap_or(i64::MAX))
        .bind(sha256)
        .bind(body.to_vec())
        .bind(by)
        .bind(now_utc_text())
        .execute(self.conn())
        .await?;
        // The entry's pages show the player: their cached copies must go.
        self.record_change("content_entry", entry_id, Op::Update)
            .await?;
        Ok(())
    }

    /// Removes a recording; whether there was one.
    pub async fn delete_audio(
        &mut self,
        entry_id: &str,
        locale: &str,
    ) -> Result<bool, StorageError> {
        let gone = sqlx::query("DELETE FROM content_audio WHERE entry_id = $1 AND locale = $2")
            .bind(entry_id)
            .bind(locale)
            .execute(self.conn())
            .await?
            .rows_affected()
            > 0;
        if gone {
            self.record_change("content_entry", entry_id, Op::Update)
                .await?;
        }
        Ok(gone)
    }
}
