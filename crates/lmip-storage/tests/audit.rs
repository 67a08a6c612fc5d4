//! The audit log: same-transaction writes, append-only, and tamper detection. Both backends.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use lmip_storage::testing::{TestDb, test_databases};
use lmip_storage::{AuditEvent, Backend, Op};

async fn append(t: &TestDb, n: usize) {
    for i in 0..n {
        let mut tx = t.write().await.unwrap();
        let id = format!("e{i}");
        tx.record_change("thing", &id, Op::Insert).await.unwrap();
        tx.audit(&AuditEvent {
            actor: "test",
            action: "thing.create",
            entity: "thing",
            entity_id: &id,
            detail: "{}",
        })
        .await
        .unwrap();
        tx.commit().await.unwrap();
    }
}

/// Simulates someone with direct database access: the append-only triggers are removed.
async fn remove_protection(t: &TestDb) {
    let statements: &[&str] = match t.backend() {
        Backend::Sqlite => &[
            "DROP TRIGGER audit_log_no_update",
            "DROP TRIGGER audit_log_no_delete",
        ],
        Backend::Postgres => &["ALTER TABLE audit_log DISABLE TRIGGER USER"],
    };
    for s in statements {
        sqlx::query(*s).execute(t.pool()).await.unwrap();
    }
}

async fn exec(t: &TestDb, sql: &'static str) {
    sqlx::query(sql).execute(t.pool()).await.unwrap();
}

#[tokio::test]
async fn audit_rows_commit_and_roll_back_with_their_change() {
    for t in test_databases().await {
        let before = t.verify_audit().await.unwrap().rows;
        {
            let mut tx = t.write().await.unwrap();
            tx.audit(&AuditEvent {
                actor: "test",
                action: "x.fail",
                entity: "x",
                entity_id: "1",
                detail: "{}",
            })
            .await
            .unwrap();
            // dropped: the change failed, so its audit row must not exist
        }
        assert_eq!(t.verify_audit().await.unwrap().rows, before, "{}", t.label);
        append(&t, 3).await;
        let v = t.verify_audit().await.unwrap();
        assert_eq!((v.rows, v.first_break), (before + 3, None), "{}", t.label);
        let recent = t.recent_audit(1).await.unwrap();
        assert_eq!(
            (recent[0].action.as_str(), recent[0].entity_id.as_str()),
            ("thing.create", "e2")
        );
        assert_eq!(recent[0].hash, v.last_hash);
        let filtered = t
            .audit_page(&lmip_storage::AuditQuery {
                action_prefix: Some("thing."),
                entity: Some("thing"),
                before: Some(recent[0].chain_index),
                limit: 10,
            })
            .await
            .unwrap();
        assert_eq!(
            filtered
                .iter()
                .map(|r| r.entity_id.as_str())
                .collect::<Vec<_>>(),
            vec!["e1", "e0"],
            "{}",
            t.label
        );
        let none = t
            .audit_page(&lmip_storage::AuditQuery {
                action_prefix: Some("%"),
                limit: 10,
                ..Default::default()
            })
            .await
            .unwrap();
        assert!(none.is_empty(), "a filter is text, not a pattern");
    }
}

#[tokio::test]
async fn the_application_cannot_change_history() {
    for t in test_databases().await {
        append(&t, 2).await;
        for sql in [
            "UPDATE audit_log SET detail = '{\"x\":1}'",
            "DELETE FROM audit_log",
        ] {
            let err = sqlx::query(sql)
                .execute(t.pool())
                .await
                .unwrap_err()
                .to_string();
            assert!(
                err.contains("audit_log is append-only"),
                "{}: {sql}: {err}",
                t.label
            );
        }
        if t.backend() == Backend::Postgres {
            let err = sqlx::query("TRUNCATE audit_log")
                .execute(t.pool())
                .await
                .unwrap_err()
                .to_string();
            assert!(err.contains("append-only"), "{err}");
        }
        assert!(t.verify_audit().await.unwrap().first_break.is_none());
    }
}

#[tokio::test]
async fn verify_finds_an_edited_row() {
    for t in test_databases().await {
        append(&t, 5).await;
        remove_protection(&t).await;
        exec(
            &t,
            "UPDATE audit_log SET actor = 'someone else' WHERE chain_index = 4",
        )
        .await;
        let b = t
            .verify_audit()
            .await
            .unwrap()
            .first_break
            .expect("a break");
        assert_eq!(b.chain_index, 4, "{}", t.label);
        assert!(b.reason.contains("edited"), "{}", b.reason);
    }
}

#[tokio::test]
async fn verify_finds_a_deleted_row() {
    for t in test_databases().await {
        append(&t, 5).await;
        remove_protection(&t).await;
        exec(&t, "DELETE FROM audit_log WHERE chain_index = 3").await;
        let v = t.verify_audit().await.unwrap();
        let b = v.first_break.expect("a break");
        assert_eq!(
            (v.rows, b.chain_index),
            (2, 4),
            "{}: the row after the gap is reported",
            t.label
        );
        assert!(b.reason.contains("deleted"), "{}", b.reason);
    }
}

#[tokio::test]
async fn verify_finds_an_inserted_row() {
    for t in test_databases().await {
        append(&t, 5).await;
        remove_protection(&t).await;
        // Make room at position 4 and insert a forged row that links correctly to row 3: the rows
        // after it then no longer match their own hashes.
        exec(
            &t,
            "UPDATE audit_log SET chain_index = chain_index + 100 WHERE chain_index >= 4",
        )
        .await;
        exec(
            &t,
            "UPDATE audit_log SET chain_index = chain_index - 99 WHERE chain_index >= 104",
        )
        .await;
        let prev: String = sqlx::query_scalar("SELECT hash FROM audit_log WHERE chain_index = 3")
            .fetch_one(t.pool())
            .await
            .unwrap();
        sqlx::query(
            "INSERT INTO audit_log (chain_index, at, actor, action, entity, entity_id, detail, prev_hash, hash) \
             VALUES (4, '2026-01-01T00:00:00.000000Z', 'forger', 'x', 'x', 'x', '{}', $1, 'forged')",
        )
        .bind(prev)
        .execute(t.pool())
        .await
        .unwrap();
        let b = t
            .verify_audit()
            .await
            .unwrap()
            .first_break
            .expect("a break");
        // The forged row sits at the end in storage order (highest seq), so the walk meets the
        // renumbered original row 4 first, which now claims position 5.
        assert_eq!(b.chain_index, 5, "{}: {b:?}", t.label);
    }
}

#[tokio::test]
async fn verify_finds_reordered_rows() {
    for t in test_databases().await {
        append(&t, 5).await;
        remove_protection(&t).await;
        exec(
            &t,
            "UPDATE audit_log SET chain_index = -1 WHERE chain_index = 3",
        )
        .await;
        exec(
            &t,
            "UPDATE audit_log SET chain_index = 3 WHERE chain_index = 4",
        )
        .await;
        exec(
            &t,
            "UPDATE audit_log SET chain_index = 4 WHERE chain_index = -1",
        )
        .await;
        let b = t
            .verify_audit()
            .await
            .unwrap()
            .first_break
            .expect("a break");
        assert_eq!(b.chain_index, 4, "{}: {b:?}", t.label);
    }
}

/// The least-privilege recipe of docs/operations.md, applied for real on PostgreSQL: the role lmip
/// serves as can work with every table, but its privileges (not only the triggers) refuse any
/// change to the audit log, and it cannot drop or disable those triggers (it does not own the
/// table).
/// Skipped, with a notice, without a PostgreSQL test database.
#[tokio::test]
async fn the_serving_role_of_the_operations_guide_cannot_touch_the_log() {
    let Some(t) = lmip_storage::testing::postgres_test_db().await else {
        println!("skipped: set LMIP_TEST_DATABASE_URL to run this on PostgreSQL");
        return;
    };
    append(&t, 2).await;
    let mut conn = t.pool().acquire().await.unwrap();
    let schema: String = sqlx::query_scalar("SELECT current_schema()::text")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    // Roles belong to the whole server: made once, never with a password (NOLOGIN), and granted
    // only on this test's schema.
    let recipe = [
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lmip_test_app') THEN CREATE ROLE lmip_test_app NOLOGIN; END IF; END $$"
            .to_string(),
        format!("GRANT USAGE ON SCHEMA {schema} TO lmip_test_app"),
        format!("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO lmip_test_app"),
        format!("GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO lmip_test_app"),
        format!("REVOKE UPDATE, DELETE, TRUNCATE ON {schema}.audit_log FROM lmip_test_app"),
        "SET ROLE lmip_test_app".to_string(),
    ];
    for statement in &recipe {
        sqlx::query(sqlx::AssertSqlSafe(statement.clone()))
            .execute(&mut *conn)
            .await
            .unwrap_or_else(|e| panic!("{statement}: {e}"));
    }
    let works = sqlx::query("UPDATE site_setting SET value = value")
        .execute(&mut *conn)
        .await;
    let attempts = [
        "UPDATE audit_log SET actor = 'someone else'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
        "DROP TRIGGER audit_log_no_update ON audit_log",
        "ALTER TABLE audit_log DISABLE TRIGGER ALL",
    ];
    let mut refused = Vec::new();
    for a in attempts {
        let e = sqlx::query(a).execute(&mut *conn).await.unwrap_err();
        refused.push((a, e.to_string()));
    }
    sqlx::query("RESET ROLE").execute(&mut *conn).await.unwrap();
    drop(conn);
    assert!(works.is_ok(), "the serving role can do its work: {works:?}");
    for (a, e) in &refused {
        assert!(
            e.contains("permission denied") || e.contains("must be owner"),
            "{a}: refused by privileges, not only by a trigger: {e}"
        );
    }
    assert!(t.verify_audit().await.unwrap().first_break.is_none());
}
