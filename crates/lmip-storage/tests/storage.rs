//! Storage contract tests. Each runs on SQLite, and on PostgreSQL when `LMIP_TEST_DATABASE_URL` is set.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use lmip_domain::Locale;
use lmip_storage::testing::{postgres_test_db, sqlite_url, test_databases};
use lmip_storage::{
    Backend, ConnectOptions, Db, NewOrganisation, NewUser, Op, SCHEMA_VERSION, StorageError,
};
use std::collections::BTreeSet;
use std::time::Duration;

#[tokio::test]
async fn migrations_are_idempotent_and_load_reference_data_once() {
    for t in test_databases().await {
        let again = t.migrate().await.unwrap();
        assert_eq!(
            (again.from_version, again.to_version),
            (SCHEMA_VERSION, SCHEMA_VERSION),
            "{}",
            t.label
        );
        assert!(
            !again.reference_data_loaded,
            "{}: reference data reloaded without a new version",
            t.label
        );
        let lists = t.codelists().await.unwrap();
        let count = |id: &str| {
            lists
                .iter()
                .find(|l| l.id == id)
                .map(|l| l.codes)
                .unwrap_or(0)
        };
        assert!(count("CL_COUNTRY") >= 249, "{}", t.label);
        assert_eq!(count("CL_ISCO08"), 53, "{}", t.label);
        assert_eq!(count("CL_SEX"), 4, "{}", t.label);
        assert_eq!(
            t.code_name("CL_COUNTRY", "KH", Locale::Km).await.unwrap(),
            Some(("កម្ពុជា".to_string(), false)),
            "{}",
            t.label
        );
        assert_eq!(
            t.code_name("CL_COUNTRY", "KH", Locale::Tet).await.unwrap(),
            Some(("Cambodia".to_string(), true)),
            "{}: Tetum falls back to English, marked",
            t.label
        );
        assert_eq!(
            t.code_name("CL_COUNTRY", "XX", Locale::En).await.unwrap(),
            None
        );
        assert!(
            t.organisation_by_slug("operator").await.unwrap().is_some(),
            "{}",
            t.label
        );
    }
}

#[tokio::test]
async fn sqlite_settings_hold_on_every_pooled_connection() {
    let (url, _dir) = sqlite_url();
    let db = Db::open(
        &url,
        &ConnectOptions {
            max_connections: 4,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let mut held = Vec::new();
    for _ in 0..4 {
        let mut c = db.pool().acquire().await.unwrap();
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&mut *c)
            .await
            .unwrap();
        let sync: i64 = sqlx::query_scalar("PRAGMA synchronous")
            .fetch_one(&mut *c)
            .await
            .unwrap();
        let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
            .fetch_one(&mut *c)
            .await
            .unwrap();
        let busy: i64 = sqlx::query_scalar("PRAGMA busy_timeout")
            .fetch_one(&mut *c)
            .await
            .unwrap();
        assert_eq!((mode.as_str(), sync, fk, busy), ("wal", 2, 1, 10_000));
        held.push(c);
    }
}

#[tokio::test]
async fn concurrent_writers_never_fail_and_the_change_log_is_monotonic() {
    for t in test_databases().await {
        let before = t.data_version().await.unwrap();
        let mut tasks = Vec::new();
        for i in 0..16 {
            let db = t.db.clone();
            tasks.push(tokio::spawn(async move {
                for j in 0..5 {
                    let mut tx = db.write().await?;
                    tx.record_change("test", &format!("{i}-{j}"), Op::Insert)
                        .await?;
                    tx.set_setting(&format!("k{i}"), &j.to_string()).await?;
                    tx.commit().await?;
                }
                Ok::<_, StorageError>(())
            }));
        }
        for task in tasks {
            task.await
                .unwrap()
                .unwrap_or_else(|e| panic!("{}: a concurrent write failed: {e}", t.label));
        }
        let changes = t.changes_since(before, 1000).await.unwrap();
        assert_eq!(changes.len(), 80, "{}", t.label);
        assert!(
            changes.windows(2).all(|w| w[0].seq < w[1].seq),
            "{}",
            t.label
        );
        assert_eq!(
            t.data_version().await.unwrap(),
            changes.last().unwrap().seq,
            "{}",
            t.label
        );
    }
}

#[tokio::test]
async fn a_rolled_back_write_leaves_nothing() {
    for t in test_databases().await {
        let before = t.data_version().await.unwrap();
        {
            let mut tx = t.write().await.unwrap();
            tx.record_change("test", "x", Op::Insert).await.unwrap();
            tx.set_setting("rolled_back", "1").await.unwrap();
            // dropped without commit
        }
        assert_eq!(t.data_version().await.unwrap(), before, "{}", t.label);
        assert_eq!(t.setting("rolled_back").await.unwrap(), None, "{}", t.label);
    }
}

#[tokio::test]
async fn users_and_organisations() {
    for t in test_databases().await {
        let mut tx = t.write().await.unwrap();
        let org = NewOrganisation {
            slug: "mol-kh",
            name: "Ministry of Labour",
            kind: "ministry",
            country: Some("KH"),
            website: None,
            source: None,
            is_sample: true,
        };
        tx.create_organisation(&org).await.unwrap();
        let dup = tx.create_organisation(&org).await.unwrap_err();
        assert!(
            matches!(dup, StorageError::Conflict { .. }),
            "{}: {dup}",
            t.label
        );
        drop(tx); // a failed statement aborts a PostgreSQL transaction: start again

        let mut tx = t.write().await.unwrap();
        tx.create_organisation(&org).await.unwrap();
        let user = NewUser {
            email: "Ana@example.org",
            org_slug: "mol-kh",
            role: "admin",
            token_hash: "h1",
            token_expires_at: "2099-01-01T00:00:00.000000Z",
        };
        tx.create_user(&user).await.unwrap();
        tx.commit().await.unwrap();
        assert_eq!(
            t.memberships_of("ana@EXAMPLE.org").await.unwrap(),
            vec![("mol-kh".into(), "admin".into())]
        );

        let mut tx = t.write().await.unwrap();
        let again = tx
            .create_user(&NewUser {
                email: "ana@example.org",
                token_hash: "h2",
                ..user.clone()
            })
            .await
            .unwrap_err();
        assert!(
            matches!(again, StorageError::Conflict { .. }),
            "{}: {again}",
            t.label
        );
        drop(tx);
        let mut tx = t.write().await.unwrap();
        let no_org = tx
            .create_user(&NewUser {
                email: "bo@example.org",
                org_slug: "nope",
                token_hash: "h3",
                ..user
            })
            .await
            .unwrap_err();
        assert_eq!(no_org.to_string(), "the organisation 'nope' does not exist");
    }
}

#[tokio::test]
async fn a_database_from_a_newer_lmip_is_refused() {
    for t in test_databases().await {
        let checksum = match t.backend() {
            Backend::Sqlite => "X'00'",
            Backend::Postgres => "'\\x00'::bytea",
        };
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (9999, 'from the future', TRUE, {checksum}, 0)"
        )))
        .execute(t.pool())
        .await
        .unwrap();
        let err = t.migrate().await.unwrap_err();
        assert!(
            matches!(
                err,
                StorageError::NewerSchema {
                    db_version: 9999,
                    ..
                }
            ),
            "{}: {err}",
            t.label
        );
        assert!(
            err.to_string().contains("upgraded by a newer lmip"),
            "{err}"
        );
    }
}

#[tokio::test]
async fn a_file_that_is_not_sqlite_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lmip.db");
    std::fs::write(&path, b"these are somebody's notes, not a database").unwrap();
    let err = Db::open(
        &format!("sqlite://{}", path.display()),
        &ConnectOptions::default(),
    )
    .await
    .unwrap_err();
    assert!(matches!(err, StorageError::NotADatabase { .. }), "{err}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        b"these are somebody's notes, not a database"
    );
}

#[tokio::test]
async fn a_damaged_sqlite_file_is_refused_and_left_alone() {
    let (url, dir) = sqlite_url();
    let db = Db::open(&url, &ConnectOptions::default()).await.unwrap();
    db.close().await;
    let path = dir.path().join("test.db");
    // Fold the WAL into the file, then damage pages after the header.
    let _ = std::fs::remove_file(dir.path().join("test.db-wal"));
    let mut bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 8192);
    for b in &mut bytes[4096..8192] {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    let err = Db::open(&url, &ConnectOptions::default())
        .await
        .unwrap_err();
    assert!(
        matches!(err, StorageError::Corrupt { .. }),
        "expected Corrupt, got: {err}"
    );
    assert!(err.to_string().contains("restore"), "{err}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "the damaged file must not be changed"
    );
}

#[tokio::test]
async fn an_unusable_data_folder_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, b"x").unwrap();
    // A folder cannot be made inside a regular file (this also holds for root, unlike permissions).
    let err = Db::open(
        &format!("sqlite://{}/data/lmip.db", file.display()),
        &ConnectOptions::default(),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(err, StorageError::DataDirNotWritable { .. }),
        "{err}"
    );
    assert!(err.to_string().contains("--data-dir"), "{err}");
}

#[tokio::test]
async fn unknown_schemes_and_unreachable_servers_get_clear_errors() {
    let err = Db::open("mysql://root@localhost/lmip", &ConnectOptions::default())
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("unsupported database URL scheme 'mysql'"),
        "{err}"
    );
    let opts = ConnectOptions {
        connect_attempts: 3,
        first_retry_delay: Duration::from_millis(10),
        ..Default::default()
    };
    let err = Db::open("postgres://lmip:secret@127.0.0.1:1/lmip", &opts)
        .await
        .unwrap_err();
    match &err {
        StorageError::Unreachable {
            attempts, target, ..
        } => {
            assert_eq!(*attempts, 3);
            assert!(!target.contains("secret"), "password leaked: {target}");
        }
        other => panic!("expected Unreachable, got {other}"),
    }
    assert!(!err.to_string().contains("secret"));
}

#[tokio::test]
async fn backups_are_consistent_and_never_overwrite() {
    let (url, dir) = sqlite_url();
    let db = Db::open(&url, &ConnectOptions::default()).await.unwrap();
    let target = dir.path().join("backups").join("copy.db");
    let report = db.backup_to(&target).await.unwrap();
    assert_eq!(report.integrity, "ok");
    assert!(report.bytes > 0);
    let copy = Db::open(
        &format!("sqlite://{}", target.display()),
        &ConnectOptions::default(),
    )
    .await
    .unwrap();
    assert_eq!(
        copy.codelists().await.unwrap(),
        db.codelists().await.unwrap()
    );
    let err = db.backup_to(&target).await.unwrap_err();
    assert!(err.to_string().contains("already exists"), "{err}");
    if let Some(pg) = postgres_test_db().await {
        let err = pg.backup_to(&dir.path().join("pg.db")).await.unwrap_err();
        assert!(err.to_string().contains("pg_dump"), "{err}");
    }
}

#[tokio::test]
async fn both_backends_have_the_same_schema() {
    let Some(pg) = postgres_test_db().await else {
        eprintln!(
            "notice: LMIP_TEST_DATABASE_URL is not set; schema parity with PostgreSQL not checked"
        );
        return;
    };
    let (url, _dir) = sqlite_url();
    let lite = Db::open(&url, &ConnectOptions::default()).await.unwrap();
    let lite_cols: BTreeSet<(String, String)> = sqlx::query_as(
        "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'",
    )
    .fetch_all(lite.pool())
    .await
    .unwrap()
    .into_iter()
    .collect();
    let pg_cols: BTreeSet<(String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text FROM information_schema.columns \
         WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%'",
    )
    .fetch_all(pg.pool())
    .await
    .unwrap()
    .into_iter()
    .collect();
    // The search index is the one place the backends differ by design (migrations 0016, 0020):
    // SQLite's FTS5 table and its shadow tables, PostgreSQL's narrow table of tsvectors.
    let lite_cols: BTreeSet<_> = lite_cols
        .into_iter()
        .filter(|(t, _)| !t.starts_with("search_fts"))
        .collect();
    let pg_cols: BTreeSet<_> = pg_cols
        .into_iter()
        .filter(|(t, _)| t != "search_match")
        .collect();
    assert_eq!(lite_cols, pg_cols);
}

#[tokio::test]
async fn several_organisations_are_read_by_slug_in_one_query() {
    for t in test_databases().await {
        let mut tx = t.write().await.unwrap();
        for slug in ["office-a", "office-b"] {
            tx.create_organisation(&NewOrganisation {
                slug,
                name: slug,
                kind: "ministry",
                country: Some("KH"),
                website: None,
                source: None,
                is_sample: false,
            })
            .await
            .unwrap();
        }
        tx.commit().await.unwrap();
        let wanted: Vec<String> = ["office-b", "office-a", "no-such-office"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let mut found: Vec<String> = t
            .directory_orgs(&wanted)
            .await
            .unwrap()
            .into_iter()
            .map(|o| o.slug)
            .collect();
        found.sort();
        assert_eq!(found, ["office-a", "office-b"], "{}", t.label);
        assert!(t.directory_orgs(&[]).await.unwrap().is_empty());
        let a = t.organisation_by_slug("office-a").await.unwrap().unwrap();
        assert_eq!(
            t.organisation_by_id(&a.id).await.unwrap().map(|o| o.slug),
            Some("office-a".into())
        );
        assert!(t.organisation_by_id("no-such-id").await.unwrap().is_none());
    }
}
