//! Signed checkpoints of the audit log, for keeping off-site.
//!
//! The hash chain shows an edited, deleted, inserted or reordered row, but someone who controls the
//! database could rewrite the whole chain, or cut rows off its end. A checkpoint taken now and kept
//! elsewhere catches both later: it holds the rows since a position plus the chain's length and last
//! hash, signed with HMAC-SHA256 under a key that is kept outside the database.

use crate::ServiceError;
use hmac::{Hmac, Mac};
use lmip_storage::{AuditQuery, Db};
use sha2::Sha256;

/// Shortest signing key accepted, in bytes.
pub const MIN_KEY_BYTES: usize = 32;

/// What a checkpoint file holds (the signature covers everything else, serialized as written).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Checkpoint {
    /// Format version.
    pub format: u32,
    /// When it was made (RFC 3339 UTC).
    pub made_at: String,
    /// Rows whose chain position is above this are included.
    pub since: i64,
    /// The chain's length when it was made.
    pub rows: i64,
    /// The last row's hash when it was made.
    pub last_hash: String,
    /// The rows since `since`, as (chain position, hash, action): enough to re-check them.
    pub entries: Vec<(i64, String, String)>,
}

/// A checkpoint with its signature, as stored in the file.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Signed {
    checkpoint: Checkpoint,
    hmac_sha256: String,
}

fn mac(key: &[u8], checkpoint: &Checkpoint) -> Result<Hmac<Sha256>, ServiceError> {
    let mut m =
        Hmac::<Sha256>::new_from_slice(key).map_err(|e| ServiceError::Internal(e.to_string()))?;
    let text =
        serde_json::to_string(checkpoint).map_err(|e| ServiceError::Internal(e.to_string()))?;
    m.update(text.as_bytes());
    Ok(m)
}

fn check_key(key: &[u8]) -> Result<(), ServiceError> {
    if key.len() < MIN_KEY_BYTES {
        return Err(ServiceError::BadFile {
            file: "the signing key".into(),
            line: None,
            reason: format!(
                "it has {} bytes; it needs at least {MIN_KEY_BYTES} (make one with `lmip audit keygen FILE`)",
                key.len()
            ),
        });
    }
    Ok(())
}

/// Makes a signed checkpoint of the rows after chain position `since` (0 for all). Refuses a log
/// whose chain is already broken: a checkpoint must vouch only for an intact history.
pub async fn export(db: &Db, since: i64, key: &[u8]) -> Result<String, ServiceError> {
    check_key(key)?;
    let v = db.verify_audit().await?;
    if let Some(b) = v.first_break {
        return Err(ServiceError::BadFile {
            file: "the audit log".into(),
            line: None,
            reason: format!(
                "its chain is broken at row {} ({}); run `lmip audit verify`",
                b.seq, b.reason
            ),
        });
    }
    // Pages come newest first: walk back from the end until position `since`, then reverse.
    let mut entries = Vec::new();
    let mut cursor: Option<i64> = None;
    loop {
        let page = db
            .audit_page(&AuditQuery {
                before: cursor,
                limit: 500,
                ..Default::default()
            })
            .await?;
        let full = page.len() == 500;
        let Some(oldest) = page.last().map(|r| r.chain_index) else {
            break;
        };
        entries.extend(
            page.into_iter()
                .filter(|r| r.chain_index > since)
                .map(|r| (r.chain_index, r.hash, r.action)),
        );
        if !full || oldest <= since + 1 {
            break;
        }
        cursor = Some(oldest);
    }
    entries.reverse();
    let checkpoint = Checkpoint {
        format: 1,
        made_at: lmip_storage::now_utc_text(),
        since,
        rows: v.rows,
        last_hash: v.last_hash,
        entries,
    };
    let signature = hex::encode(mac(key, &checkpoint)?.finalize().into_bytes());
    let signed = Signed {
        checkpoint,
        hmac_sha256: signature,
    };
    serde_json::to_string_pretty(&signed).map_err(|e| ServiceError::Internal(e.to_string()))
}

/// What checking a checkpoint against the database found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckpointCheck {
    /// Signature good; every row the checkpoint lists is in the chain, unchanged, and the chain is
    /// intact. Holds the number of rows checked.
    Consistent(usize),
    /// Signature good, but the database disagrees with it.
    Differs(String),
}

/// Checks a checkpoint file's signature, then compares it with the database.
pub async fn check(db: &Db, file_text: &str, key: &[u8]) -> Result<CheckpointCheck, ServiceError> {
    check_key(key)?;
    let bad = |reason: String| ServiceError::BadFile {
        file: "the checkpoint".into(),
        line: None,
        reason,
    };
    let signed: Signed = serde_json::from_str(file_text)
        .map_err(|e| bad(format!("it is not a checkpoint file: {e}")))?;
    let expected = hex::decode(&signed.hmac_sha256)
        .map_err(|_| bad("its signature is not hexadecimal".into()))?;
    mac(key, &signed.checkpoint)?
        .verify_slice(&expected)
        .map_err(|_| bad("its signature does not match: the file was changed, or the key is not the one it was signed with".into()))?;
    let v = db.verify_audit().await?;
    if let Some(b) = v.first_break {
        return Ok(CheckpointCheck::Differs(format!(
            "the chain is broken at row {}: {}",
            b.seq, b.reason
        )));
    }
    let cp = &signed.checkpoint;
    if v.rows < cp.rows {
        return Ok(CheckpointCheck::Differs(format!(
            "the log has {} rows but had {} when the checkpoint was made: rows were removed from its end",
            v.rows, cp.rows
        )));
    }
    for (index, hash, action) in &cp.entries {
        let rows = db
            .audit_page(&AuditQuery {
                before: Some(index + 1),
                limit: 1,
                ..Default::default()
            })
            .await?;
        match rows.first() {
            Some(r) if r.chain_index == *index && &r.hash == hash => {}
            _ => {
                return Ok(CheckpointCheck::Differs(format!(
                    "row {index} ({action}) is not what it was when the checkpoint was made: the history was rewritten"
                )));
            }
        }
    }
    Ok(CheckpointCheck::Consistent(cp.entries.len()))
}

/// A new random signing key, as hex text for a key file.
pub fn new_key() -> String {
    use rand::Rng;
    let bytes: [u8; 32] = rand::rng().random();
    hex::encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use lmip_storage::testing::test_databases;

    const KEY: &[u8] = b"0123456789abcdef0123456789abcdef";

    #[tokio::test]
    async fn checkpoints_catch_rewrites_and_truncation() {
        for t in test_databases().await {
            crate::demo::load(&t, "test").await.unwrap();
            let file = export(&t, 0, KEY).await.unwrap();
            assert_eq!(
                check(&t, &file, KEY).await.unwrap(),
                // Operator organisation, demo organisations, demo statistics release, demo licence
                // list (staged, applied), demo rule, demo job order (entered, verified), ten
                // directory entries, the demo content (one import, then thirteen entries each
                // submitted and published).
                CheckpointCheck::Consistent(46),
                "{}",
                t.label
            );
            crate::users::add(&t, "test", "a@example.org", "operator", "editor", "x")
                .await
                .unwrap();
            assert!(
                matches!(
                    check(&t, &file, KEY).await.unwrap(),
                    CheckpointCheck::Consistent(_)
                ),
                "new rows are fine"
            );

            let e = check(&t, &file, b"another key of thirty-two bytes!")
                .await
                .unwrap_err()
                .to_string();
            assert!(e.contains("signature does not match"), "{e}");
            let tampered = file.replacen("\"rows\": 46", "\"rows\": 45", 1);
            assert!(
                check(&t, &tampered, KEY)
                    .await
                    .unwrap_err()
                    .to_string()
                    .contains("signature does not match")
            );
            assert!(
                export(&t, 0, b"short")
                    .await
                    .unwrap_err()
                    .to_string()
                    .contains("at least 32")
            );

            // Someone with database access rewrites history consistently (a fresh, valid chain).
            let drop = match t.backend() {
                lmip_storage::Backend::Sqlite => "DROP TRIGGER audit_log_no_delete",
                lmip_storage::Backend::Postgres => "ALTER TABLE audit_log DISABLE TRIGGER USER",
            };
            sqlx::query(drop).execute(t.pool()).await.unwrap();
            sqlx::query("DELETE FROM audit_log")
                .execute(t.pool())
                .await
                .unwrap();
            // More rows than the checkpoint saw, so that the forgery is not a truncation.
            for i in 0..60 {
                let mut tx = t.write().await.unwrap();
                let id = format!("{i}");
                tx.audit(&lmip_storage::AuditEvent {
                    actor: "x",
                    action: "forged",
                    entity: "x",
                    entity_id: &id,
                    detail: "{}",
                })
                .await
                .unwrap();
                tx.commit().await.unwrap();
            }
            assert!(
                t.verify_audit().await.unwrap().first_break.is_none(),
                "the forged chain is internally valid"
            );
            match check(&t, &file, KEY).await.unwrap() {
                CheckpointCheck::Differs(why) => assert!(why.contains("rewritten"), "{why}"),
                other => panic!("{}: a rewrite went unnoticed: {other:?}", t.label),
            }
        }
    }
}
