//! Online backups of the SQLite database.

use crate::{Db, StorageError};
use sqlx::Connection;
use std::path::{Path, PathBuf};

/// What a backup produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupReport {
    /// The backup file.
    pub path: PathBuf,
    /// Its size in bytes.
    pub bytes: u64,
    /// The result of `PRAGMA integrity_check` on the copy ("ok").
    pub integrity: String,
}

impl Db {
    /// Makes a consistent copy of a live SQLite database with `VACUUM INTO` (readers and writers may
    /// continue meanwhile) and checks the copy with `PRAGMA integrity_check`. Refuses to overwrite an
    /// existing file. PostgreSQL deployments use `pg_dump`, which this returns as the error's advice.
    pub async fn backup_to(&self, target: &Path) -> Result<BackupReport, StorageError> {
        if self.sqlite_path().is_none() {
            return Err(StorageError::Unsupported(
                "lmip backup copies SQLite databases; for PostgreSQL use its own tools, e.g. \
                 `pg_dump --format=custom --file=lmip.dump DATABASE_URL` (and pg_restore to restore)"
                    .into(),
            ));
        }
        if target.exists() {
            return Err(StorageError::Backup(format!(
                "{} already exists; choose a new file name",
                target.display()
            )));
        }
        if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let target_text = target
            .to_str()
            .ok_or_else(|| StorageError::Backup("the file name is not valid UTF-8".into()))?;
        sqlx::query("VACUUM INTO $1")
            .bind(target_text)
            .execute(self.pool())
            .await?;
        let mut conn =
            sqlx::AnyConnection::connect(&format!("sqlite://{target_text}?mode=ro")).await?;
        let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&mut conn)
            .await?;
        conn.close().await?;
        if integrity != "ok" {
            return Err(StorageError::Backup(format!(
                "the copy at {} failed its integrity check: {integrity}",
                target.display()
            )));
        }
        let bytes = std::fs::metadata(target)?.len();
        Ok(BackupReport {
            path: target.to_owned(),
            bytes,
            integrity,
        })
    }
}
