//! Test support: the same test runs on every configured backend.
//!
//! SQLite always (a fresh file in a temporary folder); PostgreSQL too when `LMIP_TEST_DATABASE_URL`
//! is set, in a fresh schema per database so that tests and test runs never collide. When the
//! variable is set, failing to reach PostgreSQL fails the test: CI's PostgreSQL run must not pass
//! by silently testing SQLite only.
#![cfg(feature = "testing")]
#![allow(clippy::expect_used)]

use crate::{ConnectOptions, Db};
use std::sync::atomic::{AtomicU32, Ordering};

/// A migrated database for one test, on one backend. Keeps its temporary folder alive.
pub struct TestDb {
    /// The database.
    pub db: Db,
    /// "sqlite" or "postgres", for assertion messages.
    pub label: &'static str,
    _dir: Option<tempfile::TempDir>,
}

impl std::ops::Deref for TestDb {
    type Target = Db;
    fn deref(&self) -> &Db {
        &self.db
    }
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// The environment variable that names the PostgreSQL server for tests.
pub const PG_URL_VAR: &str = "LMIP_TEST_DATABASE_URL";

/// A fresh SQLite file URL in a new temporary folder.
pub fn sqlite_url() -> (String, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    (url, dir)
}

/// A fresh PostgreSQL schema name, unique to this process and call.
pub fn fresh_schema() -> String {
    format!(
        "lmip_t_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        crate::new_id().get(20..).unwrap_or("0")
    )
}

/// Migrated, empty databases: SQLite, and PostgreSQL when configured.
pub async fn test_databases() -> Vec<TestDb> {
    let mut out = Vec::new();
    let (url, dir) = sqlite_url();
    let db = Db::open(&url, &ConnectOptions::default())
        .await
        .expect("SQLite test database");
    out.push(TestDb {
        db,
        label: "sqlite",
        _dir: Some(dir),
    });
    if let Some(pg) = postgres_test_db().await {
        out.push(pg);
    }
    out
}

/// A migrated PostgreSQL test database in a fresh schema, or `None` when none is configured.
pub async fn postgres_test_db() -> Option<TestDb> {
    let url = std::env::var(PG_URL_VAR).ok().filter(|u| !u.is_empty())?;
    let opts = ConnectOptions {
        pg_schema: Some(fresh_schema()),
        max_connections: 4,
        connect_attempts: 3,
        ..Default::default()
    };
    let db = Db::open(&url, &opts).await.unwrap_or_else(|e| {
        panic!("{PG_URL_VAR} is set but the PostgreSQL test database is not usable: {e}")
    });
    Some(TestDb {
        db,
        label: "postgres",
        _dir: None,
    })
}
