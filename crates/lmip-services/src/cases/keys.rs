//! Retention and the case keys: erasing closed cases' personal data, checking and rotating
//! the keys that seal it.

use super::*;

/// What [`purge`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PurgeReport {
    /// Cases whose personal data was erased.
    pub anonymised: u64,
    /// Retried-filing receipts forgotten.
    pub receipts: u64,
}

/// Erases the personal data of cases closed more than `retention_days` ago (their countable
/// facts stay for the statistics), and forgets retried-filing receipts older than a day.
pub async fn purge(db: &Db, retention_days: i64, actor: &str) -> Result<PurgeReport, ServiceError> {
    let now = time::OffsetDateTime::now_utc();
    let before = lmip_storage::format_utc(now - time::Duration::days(retention_days.max(0)));
    let day_ago = lmip_storage::format_utc(now - time::Duration::days(1));
    let mut report = PurgeReport::default();
    loop {
        let ids = db.cases_to_anonymise(&before, 200).await?;
        if ids.is_empty() {
            break;
        }
        let mut tx = db.write().await?;
        for id in &ids {
            tx.anonymise_case(id).await?;
            tx.audit(&AuditEvent {
                actor,
                action: "case.anonymise",
                entity: "case",
                entity_id: id,
                detail: &serde_json::json!({"retention_days": retention_days}).to_string(),
            })
            .await?;
        }
        tx.commit().await?;
        report.anonymised += ids.len() as u64;
    }
    let mut tx = db.write().await?;
    report.receipts = tx.forget_intakes(&day_ago).await?;
    tx.commit().await?;
    Ok(report)
}

/// Checks that the keyring opens this database's sealed values; on a database that has none
/// yet, records a check value under the current key. Run at start, before anything is sealed.
pub async fn check_keys(db: &Db, keys: &Keyring) -> Result<(), ServiceError> {
    let place = Place {
        table: "site_setting",
        column: "value",
        row: KEY_CHECK,
    };
    match db.setting(KEY_CHECK).await? {
        Some(sealed) => keys.open(place, &sealed).map(|_| ()).map_err(|e| {
            ServiceError::Internal(format!(
                "the case keys do not open this database's cases ({e}); restore the key file \
                 that was used with this database"
            ))
        }),
        None => {
            let mut tx = db.write().await?;
            tx.set_setting(KEY_CHECK, &keys.seal(place, "lmip case keys"))
                .await?;
            tx.commit().await?;
            Ok(())
        }
    }
}

/// What [`rotate`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RotateReport {
    /// Values resealed under the new key.
    pub resealed: u64,
    /// Cases whose keyed hashes were recomputed.
    pub rehashed: u64,
}

/// Reseals every sealed value under `keys`' current key (opening with any of its keys) and
/// recomputes the keyed hashes; `progress` is told (done, total) as it goes.
pub async fn rotate(
    db: &Db,
    keys: &Keyring,
    actor: &str,
    mut progress: impl FnMut(u64),
) -> Result<RotateReport, ServiceError> {
    let mut report = RotateReport::default();
    for place in SEALED_COLUMNS {
        let mut after = String::new();
        loop {
            let page: Vec<SealedValue> = db.sealed_values(place, &after, 200).await?;
            let Some(last) = page.last() else { break };
            after = last.row.clone();
            let mut tx = db.write().await?;
            for v in &page {
                if Keyring::key_of(&v.sealed) == Some(keys.current_id()) {
                    continue;
                }
                let at = Place {
                    table: v.table,
                    column: v.column,
                    row: &v.row,
                };
                let plain = keys
                    .open(at, &v.sealed)
                    .map_err(|e| ServiceError::Internal(e.to_string()))?;
                if tx.reseal(v, &keys.seal(at, &plain)).await? {
                    report.resealed += 1;
                }
            }
            tx.commit().await?;
            progress(report.resealed);
        }
    }
    // Keyed hashes follow the current key: recompute them from the opened values.
    let mut after = String::new();
    loop {
        let page = db
            .sealed_values(("case_file", "id", "id"), &after, 200)
            .await?;
        let Some(last) = page.last() else { break };
        after = last.row.clone();
        let mut tx = db.write().await?;
        for v in &page {
            let Some(case) = tx.case_row(&v.row).await? else {
                continue;
            };
            let open = |column: &'static str, s: &Option<String>| {
                s.as_ref().and_then(|s| {
                    keys.open(
                        Place {
                            table: "case_file",
                            column,
                            row: &case.id,
                        },
                        s,
                    )
                    .ok()
                })
            };
            let respondent = open("respondent_enc", &case.respondent_enc)
                .filter(|t| !t.is_empty())
                .map(|t| keys.keyed_hash("respondent", &respondent_fold(&t)));
            let contact = open("contact_enc", &case.contact_enc)
                .and_then(|j| serde_json::from_str::<Contact>(&j).ok())
                .and_then(|c| {
                    [c.number, c.email]
                        .into_iter()
                        .find(|s| !s.is_empty())
                        .map(|s| keys.keyed_hash("contact", &s))
                });
            tx.set_case_keys(&case.id, respondent.as_deref(), contact.as_deref())
                .await?;
            report.rehashed += 1;
        }
        tx.commit().await?;
    }
    let mut tx = db.write().await?;
    tx.audit(&AuditEvent {
        actor,
        action: "keys.rotate",
        entity: "case_keys",
        entity_id: keys.current_id(),
        detail: &serde_json::json!({"resealed": report.resealed, "rehashed": report.rehashed})
            .to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(report)
}
