//! The storage error type. Each variant says what went wrong and, where a person can act, what to do.

use std::path::PathBuf;

/// Anything that can go wrong in storage.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The database URL names a scheme lmip does not support.
    #[error(
        "unsupported database URL scheme '{given}': use sqlite://PATH (the default, e.g. sqlite://lmip-data/lmip.db) or postgres://USER@HOST/DATABASE"
    )]
    UnknownScheme {
        /// The scheme that was given.
        given: String,
    },
    /// The database URL could not be understood.
    #[error("invalid database URL: {reason}")]
    InvalidUrl {
        /// Why.
        reason: String,
    },
    /// The folder that should hold the SQLite database cannot be created or written.
    #[error(
        "the data folder {path} is not usable: {reason}. Choose another with --data-dir or LMIP_DATA_DIR, or fix its permissions"
    )]
    DataDirNotWritable {
        /// The folder.
        path: PathBuf,
        /// The operating system's reason.
        reason: String,
    },
    /// The file is not an SQLite database at all.
    #[error(
        "{path} is not an SQLite database (its header is wrong). lmip will not touch it: move it aside or point LMIP_DATABASE_URL at the right file, and restore from a backup if it was yours"
    )]
    NotADatabase {
        /// The file.
        path: PathBuf,
    },
    /// The SQLite file is damaged.
    #[error(
        "the SQLite database {path} is damaged ({detail}). lmip refuses to start so that nothing more is lost: restore the latest backup (lmip backup makes one), or copy the file aside and try `sqlite3 FILE .recover`"
    )]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What SQLite reported.
        detail: String,
    },
    /// PostgreSQL could not be reached after retries.
    #[error(
        "could not connect to the database at {target} after {attempts} attempts: {reason}. Check that PostgreSQL is running and the URL (host, port, user, database) is right"
    )]
    Unreachable {
        /// The URL with its password masked.
        target: String,
        /// How many attempts were made.
        attempts: u32,
        /// The last error.
        reason: String,
    },
    /// The database was migrated by a newer lmip.
    #[error(
        "the database schema is at version {db_version}, but this lmip knows only up to version {known_version}: it was upgraded by a newer lmip. Run that newer lmip (or restore a backup made before the upgrade); lmip will not downgrade a database"
    )]
    NewerSchema {
        /// The highest migration applied in the database.
        db_version: i64,
        /// The highest migration this binary knows.
        known_version: i64,
    },
    /// A database setting that lmip relies on is not in effect.
    #[error(
        "the SQLite setting {name} is {actual}, but lmip needs {expected}; the file system may not support it"
    )]
    Setting {
        /// The pragma.
        name: &'static str,
        /// What lmip needs.
        expected: String,
        /// What the database reported.
        actual: String,
    },
    /// Something that must be unique already exists.
    #[error("{what} already exists")]
    Conflict {
        /// What.
        what: String,
    },
    /// Something that was asked for does not exist.
    #[error("{what} does not exist")]
    NotFound {
        /// What.
        what: String,
    },
    /// The operation is not available on this backend.
    #[error("{0}")]
    Unsupported(String),
    /// A backup could not be made or did not verify.
    #[error("backup failed: {0}")]
    Backup(String),
    /// An error from the database driver.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// An error while applying migrations.
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A file-system error.
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
}

impl StorageError {
    /// Whether the database is unreachable or overloaded (worth a 503 and a retry), rather than the
    /// request or the data being wrong.
    pub fn is_unavailable(&self) -> bool {
        match self {
            StorageError::Unreachable { .. }
            | StorageError::Database(
                sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_),
            ) => true,
            StorageError::Database(sqlx::Error::Database(d)) => {
                is_out_of_space(d.code().as_deref())
            }
            _ => false,
        }
    }

    /// Maps a unique-constraint violation to [`StorageError::Conflict`], leaving other errors alone.
    pub(crate) fn conflict_or(e: sqlx::Error, what: impl FnOnce() -> String) -> StorageError {
        match &e {
            sqlx::Error::Database(d) if d.is_unique_violation() => {
                StorageError::Conflict { what: what() }
            }
            _ => StorageError::Database(e),
        }
    }
}

/// Whether a database error code says the disk (or the database's room on it) is full: SQLite's
/// `SQLITE_FULL` (13) and its I/O errors (10, with extended codes such as 778 for a failed write);
/// PostgreSQL's `53100` (disk full) and `53000` (insufficient resources). Nothing was written, and
/// the same request can succeed once there is room again: the answer is 503, not 500.
fn is_out_of_space(code: Option<&str>) -> bool {
    match code {
        Some("53100" | "53000") => true,
        Some(c) => c.parse::<i64>().is_ok_and(|n| matches!(n & 0xff, 13 | 10)),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_out_of_space;

    #[test]
    fn a_full_disk_is_unavailability_not_a_bug() {
        for full in ["13", "10", "778", "53100", "53000"] {
            assert!(is_out_of_space(Some(full)), "{full}");
        }
        for other in ["19", "2067", "23505", "5", "nonsense"] {
            assert!(!is_out_of_space(Some(other)), "{other}");
        }
        assert!(!is_out_of_space(None));
    }
}
