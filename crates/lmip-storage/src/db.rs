//! Connecting, connection settings, and transactions.

use crate::url::DatabaseUrl;
use crate::{StorageError, migrate};
use sqlx::AnyConnection;
use sqlx::any::AnyPoolOptions;
use sqlx::{Any, AnyPool, Connection, Executor, Row, Transaction};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Mutex, MutexGuard};

/// Which database is behind a [`Db`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// SQLite, embedded, one file.
    Sqlite,
    /// PostgreSQL, shared by several instances.
    Postgres,
}

impl Backend {
    /// A short lower-case name for logs and reports.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// How to connect.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    /// Largest number of pooled connections.
    pub max_connections: u32,
    /// How many times to try reaching PostgreSQL before giving up (with doubling delays from
    /// `first_retry_delay`).
    pub connect_attempts: u32,
    /// The delay before the second attempt.
    pub first_retry_delay: Duration,
    /// PostgreSQL only: the schema to use (created if missing). Tests use a fresh one per run.
    pub pg_schema: Option<String>,
    /// SQLite only: how long a writer waits for another process's lock before failing.
    pub busy_timeout: Duration,
}

impl Default for ConnectOptions {
    fn default() -> Self {
        ConnectOptions {
            max_connections: 8,
            connect_attempts: 6,
            first_retry_delay: Duration::from_millis(250),
            pg_schema: None,
            busy_timeout: Duration::from_secs(10),
        }
    }
}

/// A handle on the database: a connection pool plus what lmip needs to use it safely. Cheap to clone.
#[derive(Clone)]
pub struct Db {
    inner: Arc<Inner>,
}

struct Inner {
    pool: AnyPool,
    backend: Backend,
    url: DatabaseUrl,
    /// SQLite allows one writer at a time. Serialising writers in-process means they queue here
    /// instead of failing with SQLITE_BUSY; `BEGIN IMMEDIATE` plus the busy timeout covers other
    /// processes (such as a CLI command next to a running server).
    writer: Mutex<()>,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db").field("url", &self.inner.url).finish()
    }
}

/// A write transaction. On SQLite it holds the process-wide writer lock and began with
/// `BEGIN IMMEDIATE`, so it cannot fail later with SQLITE_BUSY when it first writes.
pub struct WriteTx<'a> {
    tx: Transaction<'static, Any>,
    backend: Backend,
    _writer: Option<MutexGuard<'a, ()>>,
}

impl WriteTx<'_> {
    /// The connection inside the transaction, to run queries on.
    pub fn conn(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }

    /// The backend, for the rare dialect-specific statement.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Commits. Dropping without committing rolls back.
    pub async fn commit(self) -> Result<(), StorageError> {
        self.tx.commit().await?;
        Ok(())
    }
}

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

impl Db {
    /// Connects without migrating. For SQLite: creates the folder and the file if needed, refuses a
    /// file that is not a healthy SQLite database, and sets and verifies the pragmas on every pooled
    /// connection. For PostgreSQL: retries with doubling delays before a clear error.
    pub async fn connect(url: &str, opts: &ConnectOptions) -> Result<Db, StorageError> {
        sqlx::any::install_default_drivers();
        let url = DatabaseUrl::parse(url)?;
        let db = match &url {
            DatabaseUrl::Sqlite(path) => connect_sqlite(path, opts).await?,
            DatabaseUrl::Postgres(u) => connect_postgres(u, &url, opts).await?,
        };
        Ok(Db {
            inner: Arc::new(Inner {
                pool: db.0,
                backend: db.1,
                url,
                writer: Mutex::new(()),
            }),
        })
    }

    /// Connects, then applies pending migrations and seeds reference data. Refuses a database that a
    /// newer lmip migrated.
    pub async fn open(url: &str, opts: &ConnectOptions) -> Result<Db, StorageError> {
        let db = Db::connect(url, opts).await?;
        db.migrate().await?;
        Ok(db)
    }

    /// Applies pending migrations (idempotent) and re-seeds reference data when it changed.
    pub async fn migrate(&self) -> Result<migrate::MigrationStatus, StorageError> {
        migrate::run(self).await
    }

    /// The pool, for read queries.
    pub fn pool(&self) -> &AnyPool {
        &self.inner.pool
    }

    /// Which backend this is.
    pub fn backend(&self) -> Backend {
        self.inner.backend
    }

    /// The URL, with secrets masked.
    pub fn describe(&self) -> String {
        self.inner.url.redacted()
    }

    /// The SQLite file, if this is SQLite.
    pub fn sqlite_path(&self) -> Option<&Path> {
        match &self.inner.url {
            DatabaseUrl::Sqlite(p) => Some(p),
            DatabaseUrl::Postgres(_) => None,
        }
    }

    /// Begins a write transaction (see [`WriteTx`]).
    pub async fn write(&self) -> Result<WriteTx<'_>, StorageError> {
        match self.inner.backend {
            Backend::Sqlite => {
                let guard = self.inner.writer.lock().await;
                let tx = self.inner.pool.begin_with("BEGIN IMMEDIATE").await?;
                Ok(WriteTx {
                    tx,
                    backend: Backend::Sqlite,
                    _writer: Some(guard),
                })
            }
            Backend::Postgres => {
                let tx = self.inner.pool.begin().await?;
                Ok(WriteTx {
                    tx,
                    backend: Backend::Postgres,
                    _writer: None,
                })
            }
        }
    }

    /// Checks that the database answers (for `/readyz`).
    pub async fn ping(&self) -> Result<(), StorageError> {
        sqlx::query("SELECT 1").execute(&self.inner.pool).await?;
        Ok(())
    }

    /// Closes the pool, waiting for connections to be returned.
    pub async fn close(&self) {
        self.inner.pool.close().await;
    }
}

/// Whether a connection handed back to the pool may serve again: only when no transaction is
/// left open on it. When a disk fills up, SQLite rolls a failed COMMIT back by itself, so the
/// driver's own rollback then fails and the connection would keep believing it is inside a
/// transaction (every later BEGIN on it refused). The ping first lets the driver finish any
/// rollback it queued when the transaction was dropped. A connection that fails either test is
/// closed, and the pool opens a fresh one.
async fn leaves_no_transaction(conn: &mut sqlx::AnyConnection) -> Result<bool, sqlx::Error> {
    use sqlx::Connection;
    conn.ping().await?;
    Ok(!conn.is_in_transaction())
}

async fn connect_sqlite(
    path: &Path,
    opts: &ConnectOptions,
) -> Result<(AnyPool, Backend), StorageError> {
    prepare_sqlite_file(path)?;
    let url = format!("sqlite://{}?mode=rwc", path.display());
    let busy_ms = opts.busy_timeout.as_millis();
    let pool = AnyPoolOptions::new()
        .max_connections(opts.max_connections.max(1))
        .after_release(|conn, _meta| Box::pin(leaves_no_transaction(conn)))
        .after_connect(move |conn, _meta| {
            Box::pin(async move {
                for pragma in [
                    "PRAGMA journal_mode = WAL".to_string(),
                    "PRAGMA synchronous = FULL".to_string(),
                    "PRAGMA foreign_keys = ON".to_string(),
                    format!("PRAGMA busy_timeout = {busy_ms}"),
                ] {
                    conn.execute(sqlx::AssertSqlSafe(pragma)).await?;
                }
                // Read every setting back on every new connection: a connection that silently lacks
                // WAL or FULL sync would lose acknowledged writes. A mismatch fails the connection.
                verify_sqlite_settings(conn, busy_ms)
                    .await
                    .map_err(|e| sqlx::Error::Configuration(Box::new(e)))?;
                Ok(())
            })
        })
        .connect(&url)
        .await
        .map_err(|e| sqlite_open_error(path, e))?;
    let mut conn = pool
        .acquire()
        .await
        .map_err(|e| sqlite_open_error(path, e))?;
    let check: String = sqlx::query_scalar("PRAGMA quick_check")
        .fetch_one(&mut *conn)
        .await
        .map_err(|e| sqlite_open_error(path, e))?;
    if check != "ok" {
        return Err(StorageError::Corrupt {
            path: path.to_owned(),
            detail: check,
        });
    }
    drop(conn);
    Ok((pool, Backend::Sqlite))
}

/// Reads back each pragma lmip depends on.
pub(crate) async fn verify_sqlite_settings(
    conn: &mut AnyConnection,
    busy_ms: u128,
) -> Result<(), StorageError> {
    let journal: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(&mut *conn)
        .await?;
    if !journal.eq_ignore_ascii_case("wal") {
        return Err(StorageError::Setting {
            name: "journal_mode",
            expected: "wal".into(),
            actual: journal,
        });
    }
    let checks: [(&'static str, &'static str, i64); 3] = [
        ("synchronous", "PRAGMA synchronous", 2),
        ("foreign_keys", "PRAGMA foreign_keys", 1),
        (
            "busy_timeout",
            "PRAGMA busy_timeout",
            i64::try_from(busy_ms).unwrap_or(i64::MAX),
        ),
    ];
    for (name, sql, expected) in checks {
        let actual: i64 = sqlx::query(sql).fetch_one(&mut *conn).await?.try_get(0)?;
        if actual != expected {
            return Err(StorageError::Setting {
                name,
                expected: expected.to_string(),
                actual: actual.to_string(),
            });
        }
    }
    Ok(())
}

/// Creates the folder, checks it is writable, and refuses an existing file that is not SQLite.
fn prepare_sqlite_file(path: &Path) -> Result<(), StorageError> {
    let dir: PathBuf = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let not_usable = |reason: String| StorageError::DataDirNotWritable {
        path: dir.clone(),
        reason,
    };
    std::fs::create_dir_all(&dir).map_err(|e| not_usable(e.to_string()))?;
    let probe = dir.join(format!(".lmip-write-test-{}", std::process::id()));
    std::fs::write(&probe, b"").map_err(|e| not_usable(e.to_string()))?;
    let _ = std::fs::remove_file(&probe);
    match std::fs::read(path) {
        Ok(bytes) if !bytes.is_empty() && !bytes.starts_with(SQLITE_HEADER) => {
            Err(StorageError::NotADatabase {
                path: path.to_owned(),
            })
        }
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StorageError::Io(e)),
    }
}

fn sqlite_open_error(path: &Path, e: sqlx::Error) -> StorageError {
    // A failed settings check inside `after_connect` travels as a configuration error; unwrap it.
    let e = match e {
        sqlx::Error::Configuration(inner) => match inner.downcast::<StorageError>() {
            Ok(storage) => return *storage,
            Err(other) => sqlx::Error::Configuration(other),
        },
        other => other,
    };
    if let sqlx::Error::Database(d) = &e {
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), possibly extended.
        let code = d.code().and_then(|c| c.parse::<i64>().ok()).unwrap_or(0) & 0xff;
        if code == 11 || code == 26 {
            return StorageError::Corrupt {
                path: path.to_owned(),
                detail: d.message().to_string(),
            };
        }
    }
    StorageError::Database(e)
}

async fn connect_postgres(
    raw: &str,
    url: &DatabaseUrl,
    opts: &ConnectOptions,
) -> Result<(AnyPool, Backend), StorageError> {
    let schema = opts.pg_schema.clone();
    if let Some(s) = &schema
        && !s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return Err(StorageError::InvalidUrl {
            reason: format!("invalid schema name '{s}'"),
        });
    }
    let attempts = opts.connect_attempts.max(1);
    let mut delay = opts.first_retry_delay;
    let mut last = String::new();
    for attempt in 1..=attempts {
        // Create the schema on a plain connection first, so that every pooled connection can use it.
        let result = async {
            // One plain connection first: it fails fast when the server is down (the pool would
            // retry silently until its acquire timeout), and creates the schema every pooled
            // connection will use.
            let mut c = AnyConnection::connect(raw).await?;
            if let Some(s) = &schema {
                c.execute(sqlx::AssertSqlSafe(format!(
                    "CREATE SCHEMA IF NOT EXISTS {s}"
                )))
                .await?;
            }
            c.close().await?;
            let schema = schema.clone();
            AnyPoolOptions::new()
                .max_connections(opts.max_connections.max(1))
                .acquire_timeout(Duration::from_secs(10))
                .after_release(|conn, _meta| Box::pin(leaves_no_transaction(conn)))
                .after_connect(move |conn, _meta| {
                    let schema = schema.clone();
                    Box::pin(async move {
                        if let Some(s) = schema {
                            conn.execute(sqlx::AssertSqlSafe(format!("SET search_path TO {s}")))
                                .await?;
                        }
                        Ok(())
                    })
                })
                .connect(raw)
                .await
        }
        .await;
        match result {
            Ok(pool) => return Ok((pool, Backend::Postgres)),
            // Wrong credentials or a missing database will not fix themselves: stop retrying.
            Err(sqlx::Error::Database(d)) => {
                return Err(StorageError::Unreachable {
                    target: url.redacted(),
                    attempts: attempt,
                    reason: d.message().to_string(),
                });
            }
            Err(e) => {
                last = e.to_string();
                tracing::warn!(attempt, attempts, target = %url.redacted(), error = %last, "database not reachable yet");
                if attempt < attempts {
                    tokio::time::sleep(delay).await;
                    delay = (delay * 2).min(Duration::from_secs(8));
                }
            }
        }
    }
    Err(StorageError::Unreachable {
        target: url.redacted(),
        attempts,
        reason: last,
    })
}
