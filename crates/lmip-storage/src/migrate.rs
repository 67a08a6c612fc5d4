//! Schema migrations, embedded in the binary, one twin per backend.

use crate::db::Backend;
use crate::{Db, StorageError, people, refdata};
use sqlx::migrate::{MigrateError, Migration, MigrationType, Migrator};
use std::borrow::Cow;

/// (version, description, SQLite text, PostgreSQL text). Append only; never edit a released entry
/// (sqlx checks each applied migration's checksum).
const MIGRATIONS: &[(i64, &str, &str, &str)] = &[
    (
        1,
        "foundation",
        include_str!("../migrations/sqlite/0001_foundation.sql"),
        include_str!("../migrations/postgres/0001_foundation.sql"),
    ),
    (
        2,
        "audit",
        include_str!("../migrations/sqlite/0002_audit.sql"),
        include_str!("../migrations/postgres/0002_audit.sql"),
    ),
    (
        3,
        "accounts",
        include_str!("../migrations/sqlite/0003_accounts.sql"),
        include_str!("../migrations/postgres/0003_accounts.sql"),
    ),
    (
        4,
        "throttle",
        include_str!("../migrations/sqlite/0004_throttle.sql"),
        include_str!("../migrations/postgres/0004_throttle.sql"),
    ),
    (
        5,
        "access",
        include_str!("../migrations/sqlite/0005_access.sql"),
        include_str!("../migrations/postgres/0005_access.sql"),
    ),
    (
        6,
        "statistics",
        include_str!("../migrations/sqlite/0006_statistics.sql"),
        include_str!("../migrations/postgres/0006_statistics.sql"),
    ),
    (
        7,
        "submissions",
        include_str!("../migrations/sqlite/0007_submissions.sql"),
        include_str!("../migrations/postgres/0007_submissions.sql"),
    ),
    (
        8,
        "current_values",
        include_str!("../migrations/sqlite/0008_current_values.sql"),
        include_str!("../migrations/postgres/0008_current_values.sql"),
    ),
    (
        9,
        "licences",
        include_str!("../migrations/sqlite/0009_licences.sql"),
        include_str!("../migrations/postgres/0009_licences.sql"),
    ),
    (
        10,
        "opportunities",
        include_str!("../migrations/sqlite/0010_opportunities.sql"),
        include_str!("../migrations/postgres/0010_opportunities.sql"),
    ),
    (
        11,
        "scorecard",
        include_str!("../migrations/sqlite/0011_scorecard.sql"),
        include_str!("../migrations/postgres/0011_scorecard.sql"),
    ),
    (
        12,
        "directory",
        include_str!("../migrations/sqlite/0012_directory.sql"),
        include_str!("../migrations/postgres/0012_directory.sql"),
    ),
    (
        13,
        "list_sanctions",
        include_str!("../migrations/sqlite/0013_list_sanctions.sql"),
        include_str!("../migrations/postgres/0013_list_sanctions.sql"),
    ),
    (
        14,
        "content",
        include_str!("../migrations/sqlite/0014_content.sql"),
        include_str!("../migrations/postgres/0014_content.sql"),
    ),
    (
        15,
        "content_structure",
        include_str!("../migrations/sqlite/0015_content_structure.sql"),
        include_str!("../migrations/postgres/0015_content_structure.sql"),
    ),
    (
        16,
        "search",
        include_str!("../migrations/sqlite/0016_search.sql"),
        include_str!("../migrations/postgres/0016_search.sql"),
    ),
    (
        17,
        "cases",
        include_str!("../migrations/sqlite/0017_cases.sql"),
        include_str!("../migrations/postgres/0017_cases.sql"),
    ),
    (
        18,
        "sms",
        include_str!("../migrations/sqlite/0018_sms.sql"),
        include_str!("../migrations/postgres/0018_sms.sql"),
    ),
    (
        19,
        "content_audio",
        include_str!("../migrations/sqlite/0019_content_audio.sql"),
        include_str!("../migrations/postgres/0019_content_audio.sql"),
    ),
    (
        20,
        "search_match",
        include_str!("../migrations/sqlite/0020_search_match.sql"),
        include_str!("../migrations/postgres/0020_search_match.sql"),
    ),
];

/// The schema version this binary migrates to.
pub const SCHEMA_VERSION: i64 = MIGRATIONS[MIGRATIONS.len() - 1].0;

/// What a migration run did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationStatus {
    /// Schema version before the run (0 for an empty database).
    pub from_version: i64,
    /// Schema version after the run.
    pub to_version: i64,
    /// Whether the built-in reference data was (re)loaded.
    pub reference_data_loaded: bool,
}

fn migrator(backend: Backend) -> Migrator {
    let migrations = MIGRATIONS
        .iter()
        .map(|(version, desc, sqlite, pg)| {
            let sql = match backend {
                Backend::Sqlite => *sqlite,
                Backend::Postgres => *pg,
            };
            Migration::new(
                *version,
                Cow::Borrowed(*desc),
                MigrationType::Simple,
                sqlx::SqlSafeStr::into_sql_str(sql),
                false,
            )
        })
        .collect();
    Migrator::with_migrations(migrations)
}

/// The highest migration version recorded in the database, or 0 when it was never migrated.
pub(crate) async fn applied_version(db: &Db) -> Result<i64, StorageError> {
    let exists_sql = match db.backend() {
        Backend::Sqlite => {
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'"
        }
        Backend::Postgres => {
            "SELECT COUNT(*) FROM (SELECT to_regclass('_sqlx_migrations') AS t) x WHERE t IS NOT NULL"
        }
    };
    let exists: i64 = sqlx::query_scalar(exists_sql).fetch_one(db.pool()).await?;
    if exists == 0 {
        return Ok(0);
    }
    let v: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations")
        .fetch_one(db.pool())
        .await?;
    Ok(v.unwrap_or(0))
}

pub(crate) async fn run(db: &Db) -> Result<MigrationStatus, StorageError> {
    let from_version = applied_version(db).await?;
    if from_version > SCHEMA_VERSION {
        return Err(StorageError::NewerSchema {
            db_version: from_version,
            known_version: SCHEMA_VERSION,
        });
    }
    migrator(db.backend())
        .run(db.pool())
        .await
        .map_err(|e| match e {
            MigrateError::VersionMissing(v) => StorageError::NewerSchema {
                db_version: v,
                known_version: SCHEMA_VERSION,
            },
            other => StorageError::Migrate(other),
        })?;
    let reference_data_loaded = refdata::sync(db).await?;
    people::ensure_operator(db).await?;
    crate::structures::sync(db).await?;
    Ok(MigrationStatus {
        from_version,
        to_version: SCHEMA_VERSION,
        reference_data_loaded,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_migration_file_is_embedded_in_both_twins() {
        for backend in ["sqlite", "postgres"] {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("migrations")
                .join(backend);
            let mut files: Vec<String> = std::fs::read_dir(&dir)
                .expect("migrations folder")
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .collect();
            files.sort();
            let expected: Vec<String> = MIGRATIONS
                .iter()
                .map(|(v, d, _, _)| format!("{v:04}_{d}.sql"))
                .collect();
            assert_eq!(
                files, expected,
                "{backend} migrations on disk and embedded list differ"
            );
        }
    }
}
