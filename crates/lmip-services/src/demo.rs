//! The demo data: a small, clearly labelled sample so that a newcomer sees a working portal.
//!
//! Everything it loads is marked as sample (`is_sample`), and loading it makes every page show a
//! "sample data" banner. The organisations are real public bodies; the facts given (name, country,
//! kind, official website) are as each organisation publishes them on its own website.

use crate::ServiceError;
use crate::site::DEMO_KEY;
use lmip_storage::{AuditEvent, Db, NewOrganisation, Op};

/// What the demo loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoReport {
    /// Organisations added by this run (0 when they were already there).
    pub organisations_added: usize,
}

const SOURCE: &str =
    "The organisation's official website (sample entry; not verified by this portal's operator)";

/// (slug, name, kind, country, website)
const ORGANISATIONS: [(&str, &str, &str, &str, &str); 9] = [
    (
        "kh-mlvt",
        "Ministry of Labour and Vocational Training",
        "ministry",
        "KH",
        "https://www.mlvt.gov.kh",
    ),
    (
        "th-doe",
        "Department of Employment, Ministry of Labour",
        "ministry",
        "TH",
        "https://www.doe.go.th",
    ),
    (
        "la-molsw",
        "Ministry of Labour and Social Welfare",
        "ministry",
        "LA",
        "https://www.molsw.gov.la",
    ),
    (
        "vn-dolab",
        "Department of Overseas Labour",
        "overseas_employment_agency",
        "VN",
        "https://dolab.gov.vn",
    ),
    (
        "id-bp2mi",
        "Indonesian Migrant Workers Protection Agency (BP2MI)",
        "overseas_employment_agency",
        "ID",
        "https://bp2mi.go.id",
    ),
    (
        "ph-dmw",
        "Department of Migrant Workers",
        "overseas_employment_agency",
        "PH",
        "https://dmw.gov.ph",
    ),
    (
        "tl-sefope",
        "Secretariat of State for Vocational Training and Employment (SEFOPE)",
        "ministry",
        "TL",
        "https://sefope.gov.tl",
    ),
    (
        "asean-sec",
        "ASEAN Secretariat",
        "regional_body",
        "ID",
        "https://asean.org",
    ),
    (
        "th-map",
        "MAP Foundation",
        "ngo",
        "TH",
        "https://www.mapfoundationcm.org",
    ),
];

/// Loads the sample; running it again changes nothing.
pub async fn load(db: &Db, actor: &str) -> Result<DemoReport, ServiceError> {
    let mut tx = db.write().await?;
    let mut added = 0;
    for (slug, name, kind, country, website) in ORGANISATIONS {
        let org = NewOrganisation {
            slug,
            name,
            kind,
            country: Some(country),
            website: Some(website),
            source: Some(SOURCE),
            is_sample: true,
        };
        // Skip what a previous run loaded. Checking first (rather than catching the unique
        // violation) keeps the PostgreSQL transaction usable.
        if db.organisation_by_slug(slug).await?.is_none() {
            tx.create_organisation(&org).await?;
            added += 1;
        }
    }
    if added > 0 || db.setting(DEMO_KEY).await?.is_none() {
        tx.set_setting(DEMO_KEY, &lmip_storage::now_utc_text())
            .await?;
        tx.record_change("site", "demo", Op::Update).await?;
    }
    if added > 0 {
        let detail = serde_json::json!({ "organisations_added": added }).to_string();
        tx.audit(&AuditEvent {
            actor,
            action: "demo.load",
            entity: "site",
            entity_id: "demo",
            detail: &detail,
        })
        .await?;
    }
    tx.commit().await?;
    Ok(DemoReport {
        organisations_added: added,
    })
}

/// Whether the database holds nothing but what migrations create (no users, only the operator
/// organisation): `serve --demo` loads the sample only then.
pub async fn is_empty(db: &Db) -> Result<bool, ServiceError> {
    Ok(db.user_count().await? == 0 && db.organisations().await?.len() <= 1)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use lmip_storage::testing::test_databases;

    #[tokio::test]
    async fn loads_once_and_marks_the_site() {
        for t in test_databases().await {
            assert!(is_empty(&t).await.unwrap());
            assert!(!crate::site::info(&t).await.unwrap().demo);
            assert_eq!(
                load(&t, "cli:test").await.unwrap().organisations_added,
                ORGANISATIONS.len(),
                "{}",
                t.label
            );
            assert_eq!(
                load(&t, "cli:test").await.unwrap().organisations_added,
                0,
                "{}",
                t.label
            );
            assert!(crate::site::info(&t).await.unwrap().demo);
            assert!(!is_empty(&t).await.unwrap());
            let orgs = t.organisations().await.unwrap();
            assert!(
                orgs.iter()
                    .filter(|o| o.slug != "operator")
                    .all(|o| o.is_sample && o.source.is_some())
            );
        }
    }
}
