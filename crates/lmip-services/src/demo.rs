//! The demo data: a small, clearly labelled sample so that a newcomer sees a working portal.
//!
//! Everything it loads is marked as sample (`is_sample`), and loading it makes every page show a
//! "sample data" banner. The organisations are real public bodies; the facts given (name, country,
//! kind, official website) are as each organisation publishes them on its own website.

use crate::ServiceError;
use crate::site::DEMO_KEY;
use lmip_domain::content::Step;
use lmip_storage::{AuditEvent, Db, NewOrganisation, Op};

/// What the demo loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoReport {
    /// Organisations added by this run (0 when they were already there).
    pub organisations_added: usize,
    /// Where the sample statistics came from, when this run loaded them.
    pub statistics: Option<String>,
    /// Whether this run loaded the sample licences.
    pub licences: bool,
}

/// The real ILOSTAT excerpt the demo loads when it is on this machine (the project's shared data,
/// or the file `LMIP_DEMO_ILOSTAT_CSV` names).
fn shared_outflow_file() -> Option<std::path::PathBuf> {
    std::env::var_os("LMIP_DEMO_ILOSTAT_CSV")
        .map(std::path::PathBuf::from)
        .or_else(|| {
            Some(std::path::PathBuf::from(
                "../shared/data/ilostat-migration-excerpt/mna_oemp_sex_cds_nb__IDN_KHM_LAO.csv",
            ))
        })
        .filter(|p| p.is_file())
}

/// The fallback when no real excerpt is at hand: a few outflows, invented for demonstration and
/// labelled so in the release note and by the demo banner on every page.
const SAMPLE_OUTFLOW: &str = "ref_area,indicator,sex,classif1,time,obs_value,obs_status
KHM,MNA_OEMP_SEX_CDS_NB,SEX_T,CDS_DES_THA,2022,60.5,
KHM,MNA_OEMP_SEX_CDS_NB,SEX_F,CDS_DES_THA,2022,27.1,
KHM,MNA_OEMP_SEX_CDS_NB,SEX_M,CDS_DES_THA,2022,33.4,
KHM,MNA_OEMP_SEX_CDS_NB,SEX_T,CDS_DES_KOR,2022,10.2,
KHM,MNA_OEMP_SEX_CDS_NB,SEX_F,CDS_DES_KOR,2022,2.6,
KHM,MNA_OEMP_SEX_CDS_NB,SEX_M,CDS_DES_KOR,2022,7.6,
LAO,MNA_OEMP_SEX_CDS_NB,SEX_T,CDS_DES_THA,2022,41.0,
LAO,MNA_OEMP_SEX_CDS_NB,SEX_F,CDS_DES_THA,2022,20.3,
LAO,MNA_OEMP_SEX_CDS_NB,SEX_M,CDS_DES_THA,2022,20.7,
";

/// Loads sample statistics when no dataflow has data yet.
async fn load_statistics(db: &Db, actor: &str) -> Result<Option<String>, ServiceError> {
    if !db.releases("MIG_OUTFLOW").await?.is_empty() {
        return Ok(None);
    }
    match shared_outflow_file() {
        Some(path) => {
            let file = std::fs::File::open(&path).map_err(|e| ServiceError::BadFile {
                file: path.display().to_string(),
                line: None,
                reason: e.to_string(),
            })?;
            let name = path.display().to_string();
            crate::ilostat::import_csv(db, actor, &name, file).await?;
            Ok(Some(format!("ILOSTAT excerpt {name}")))
        }
        None => {
            crate::ilostat::import_csv_from(
                db,
                actor,
                "sample (invented for demonstration)",
                SAMPLE_OUTFLOW.as_bytes(),
                "Invented for demonstration: not real figures",
            )
            .await?;
            Ok(Some("a small invented sample".into()))
        }
    }
}

const SOURCE: &str =
    "The organisation's official website (sample entry; not verified by this portal's operator)";

/// (slug, name, kind, country, website)
const ORGANISATIONS: [(&str, &str, &str, &str, &str); 10] = [
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
        "mm-mol",
        "Ministry of Labour",
        "ministry",
        "MM",
        "https://www.mol.gov.mm",
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

/// The official names of the demo's public bodies in their national languages (`language: name`
/// lines, as the directory's editor takes them), so that a search in Khmer, Thai, Lao, Burmese or
/// Vietnamese finds them.
fn national_names(slug: &str) -> &'static str {
    match slug {
        "kh-mlvt" => "km: ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ",
        "th-doe" => "th: กรมการจัดหางาน กระทรวงแรงงาน",
        "mm-mol" => "my: အလုပ်သမားဝန်ကြီးဌာန",
        "la-molsw" => "lo: ກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ",
        "vn-dolab" => "vi: Cục Quản lý lao động ngoài nước",
        "id-bp2mi" => "id: Badan Pelindungan Pekerja Migran Indonesia",
        _ => "",
    }
}

/// Invented licences for the verify page, marked as samples in their names and source: a valid,
/// a suspended, a revoked and an expired licence, and one whose end date passes with time.
const SAMPLE_LICENCES: &str = "licence,agency,status,valid from,valid to,destinations,sectors
DEMO-001,Sample Manpower Services (demo),valid,2025-01-01,2099-12-31,TH MY SG,Construction; Manufacturing
DEMO-002,Sample Overseas Placement (demo),suspended,2024-06-01,2099-05-31,MY,Domestic work
DEMO-003,Sample Recruitment Agency (demo),revoked,2022-01-01,2030-12-31,TH,Agriculture
DEMO-004,Sample Careers Abroad (demo),valid,2020-01-01,2024-12-31,SG,Care work
";

/// Loads the sample licences through a regulator's list when the register is empty.
async fn load_licences(db: &Db, actor: &str) -> Result<bool, ServiceError> {
    if !db.licences_of_issuer("PH").await?.is_empty()
        || db.organisation_by_slug("ph-dmw").await?.is_none()
    {
        return Ok(false);
    }
    let staged = crate::licences::stage_list(
        db,
        actor,
        "ph-dmw",
        "PH",
        "Department of Migrant Workers (sample list invented for demonstration)",
        "sample licences (invented for demonstration)",
        SAMPLE_LICENCES.as_bytes(),
    )
    .await?;
    crate::licences::apply_list(
        db,
        actor,
        &staged.id,
        false,
        &lmip_search::Segmenter::new(),
        true,
    )
    .await?;
    Ok(true)
}

/// Loads an invented corridor rule and one invented, verified job order for the sample agency
/// when there are none, so that the job list and the offer checker answer. Both say they are
/// invented, in their source and in the verification note.
async fn load_opportunities(db: &Db, actor: &str) -> Result<bool, ServiceError> {
    if !db.corridor_rules().await?.is_empty()
        || db.organisation_by_slug("ph-dmw").await?.is_none()
        || db.licences_of_issuer("PH").await?.is_empty()
    {
        return Ok(false);
    }
    crate::opportunities::add_rule(
        db,
        actor,
        &crate::opportunities::RuleInput {
            origin: "PH",
            destination: "TH",
            valid_from: "2025-01-01",
            fee_rule: "employer",
            min_wage: "400",
            min_wage_currency: "THB",
            min_wage_period: "day",
            source: "Invented for demonstration: not a real rule",
            ..Default::default()
        },
    )
    .await?;
    let id = crate::opportunities::add_opportunity(
        db,
        actor,
        "ph-dmw",
        &crate::opportunities::OpportunityInput {
            kind: "job_order",
            title: "Sample: construction workers (demo)",
            origin: "PH",
            destination: "TH",
            employer: "Sample Builders Co. (demo)",
            occupation: "93",
            sector: "F",
            places: "25",
            wage: "13,000",
            wage_currency: "THB",
            wage_period: "month",
            hours_per_week: "48",
            rest_days_per_week: "1",
            worker_fee: "0",
            fee_currency: "THB",
            licence: "DEMO-001",
            valid_from: "2026-01-01",
            valid_to: "2099-12-31",
            source: "Invented for demonstration",
        },
        true,
    )
    .await?;
    // The sample is verified by a second, named demo actor: the rule that someone else verifies
    // holds here too.
    crate::opportunities::decide_opportunity(
        db,
        &format!("{actor}:sample-reviewer"),
        "ph-dmw",
        &id,
        true,
        "Invented for demonstration: nothing was checked",
        "2026-01-01",
    )
    .await?;
    Ok(true)
}

/// The demonstration corridors' content, as `lmip import content` reads it (one folder per entry):
/// public facts with their sources, anything illustrative marked as a sample.
const DEMO_CONTENT: &[(&str, &str)] = &[
    (
        "id-migrant-workers-law/en.md",
        include_str!("../demo-content/id-migrant-workers-law/en.md"),
    ),
    (
        "id-migrant-workers-law/entry.toml",
        include_str!("../demo-content/id-migrant-workers-law/entry.toml"),
    ),
    (
        "id-my-before-you-go/en.md",
        include_str!("../demo-content/id-my-before-you-go/en.md"),
    ),
    (
        "id-my-before-you-go/entry.toml",
        include_str!("../demo-content/id-my-before-you-go/entry.toml"),
    ),
    (
        "kh-th-before-you-go/en.md",
        include_str!("../demo-content/kh-th-before-you-go/en.md"),
    ),
    (
        "kh-th-before-you-go/entry.toml",
        include_str!("../demo-content/kh-th-before-you-go/entry.toml"),
    ),
    (
        "kh-th-mou/en.md",
        include_str!("../demo-content/kh-th-mou/en.md"),
    ),
    (
        "kh-th-mou/entry.toml",
        include_str!("../demo-content/kh-th-mou/entry.toml"),
    ),
    (
        "kh-th-steps/en.md",
        include_str!("../demo-content/kh-th-steps/en.md"),
    ),
    (
        "kh-th-steps/entry.toml",
        include_str!("../demo-content/kh-th-steps/entry.toml"),
    ),
    (
        "la-th-before-you-go/en.md",
        include_str!("../demo-content/la-th-before-you-go/en.md"),
    ),
    (
        "la-th-before-you-go/entry.toml",
        include_str!("../demo-content/la-th-before-you-go/entry.toml"),
    ),
    (
        "mm-th-before-you-go/en.md",
        include_str!("../demo-content/mm-th-before-you-go/en.md"),
    ),
    (
        "mm-th-before-you-go/entry.toml",
        include_str!("../demo-content/mm-th-before-you-go/entry.toml"),
    ),
    (
        "ph-sa-before-you-go/en.md",
        include_str!("../demo-content/ph-sa-before-you-go/en.md"),
    ),
    (
        "ph-sa-before-you-go/entry.toml",
        include_str!("../demo-content/ph-sa-before-you-go/entry.toml"),
    ),
    (
        "th-labour-protection-act/en.md",
        include_str!("../demo-content/th-labour-protection-act/en.md"),
    ),
    (
        "th-labour-protection-act/entry.toml",
        include_str!("../demo-content/th-labour-protection-act/entry.toml"),
    ),
    (
        "th-migrant-workers-ordinance/en.md",
        include_str!("../demo-content/th-migrant-workers-ordinance/en.md"),
    ),
    (
        "th-migrant-workers-ordinance/entry.toml",
        include_str!("../demo-content/th-migrant-workers-ordinance/entry.toml"),
    ),
    (
        "tl-au-before-you-go/en.md",
        include_str!("../demo-content/tl-au-before-you-go/en.md"),
    ),
    (
        "tl-au-before-you-go/entry.toml",
        include_str!("../demo-content/tl-au-before-you-go/entry.toml"),
    ),
    (
        "tl-kr-before-you-go/en.md",
        include_str!("../demo-content/tl-kr-before-you-go/en.md"),
    ),
    (
        "tl-kr-before-you-go/entry.toml",
        include_str!("../demo-content/tl-kr-before-you-go/entry.toml"),
    ),
    (
        "vn-kr-before-you-go/en.md",
        include_str!("../demo-content/vn-kr-before-you-go/en.md"),
    ),
    (
        "vn-kr-before-you-go/entry.toml",
        include_str!("../demo-content/vn-kr-before-you-go/entry.toml"),
    ),
];

/// Loads the demonstration content when there is none: written out as files, read and checked
/// like any import, created in one transaction, then each entry submitted and published by a
/// second demo actor. No check is claimed: the pages say "not checked yet".
async fn load_content(db: &Db, actor: &str) -> Result<bool, ServiceError> {
    if !db.content_entries().await?.is_empty() {
        return Ok(false);
    }
    let dir = std::env::temp_dir().join(format!("lmip-demo-content-{}", lmip_storage::new_id()));
    let written = (|| -> std::io::Result<()> {
        for (path, text) in DEMO_CONTENT {
            let p = dir.join(path);
            if let Some(parent) = p.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(p, text)?;
        }
        Ok(())
    })();
    let entries = written
        .map_err(|e| ServiceError::Internal(e.to_string()))
        .and_then(|()| {
            crate::content_files::read_dir(&dir).map_err(|problems| {
                ServiceError::Internal(
                    problems
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; "),
                )
            })
        });
    let _ = std::fs::remove_dir_all(&dir);
    let entries = entries?;
    crate::content_files::apply(db, actor, &entries).await?;
    let reviewer = format!("{actor}:sample-reviewer");
    let today = &lmip_storage::now_utc_text()[..10];
    for f in &entries {
        let Some(e) = db.content_entry(&f.slug).await? else {
            continue;
        };
        crate::content::step(db, actor, "", &f.slug, Step::Submit, "", e.revision, today).await?;
        // No organisation is named as having checked it: "" leaves the check unclaimed.
        crate::content::step(
            db,
            &reviewer,
            "",
            &f.slug,
            Step::Publish,
            "",
            e.revision + 1,
            today,
        )
        .await?;
    }
    Ok(true)
}

/// Lists the demo organisations in the public directory with the facts they publish themselves
/// (name, kind, country, website); no phone, hours or services are invented for real bodies, and
/// no check date is claimed, so each entry says it was not checked yet.
async fn list_organisations(db: &Db, actor: &str) -> Result<(), ServiceError> {
    let seg = lmip_search::Segmenter::new();
    for (slug, ..) in ORGANISATIONS {
        let listed = db.directory_org(slug).await?.is_some_and(|o| o.listed == 1);
        if !listed {
            crate::directory::save_entry(
                db,
                &seg,
                actor,
                slug,
                &crate::directory::EntryInput {
                    listed: true,
                    other_names: national_names(slug),
                    source: SOURCE,
                    ..Default::default()
                },
                "2026-01-01",
            )
            .await?;
        }
    }
    Ok(())
}

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
    let statistics = load_statistics(db, actor).await?;
    let licences = load_licences(db, actor).await?;
    load_opportunities(db, actor).await?;
    list_organisations(db, actor).await?;
    load_content(db, actor).await?;
    Ok(DemoReport {
        organisations_added: added,
        statistics,
        licences,
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
            let report = load(&t, "cli:test").await.unwrap();
            assert_eq!(
                report.organisations_added,
                ORGANISATIONS.len(),
                "{}",
                t.label
            );
            // Invented figures never claim a real source.
            if report.statistics.as_deref() == Some("a small invented sample") {
                let ids: Vec<i64> = t
                    .series("MIG_OUTFLOW")
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|(id, _)| id)
                    .collect();
                let sources: Vec<String> = t
                    .series_attributes(&ids, None)
                    .await
                    .unwrap()
                    .into_iter()
                    .filter(|(_, a, _)| a == "SOURCE")
                    .map(|(_, _, v)| v)
                    .collect();
                assert!(!sources.is_empty());
                assert!(
                    sources.iter().all(|s| s.starts_with("Invented")),
                    "{sources:?}"
                );
            }
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
            // The sample register answers on the verify page, once (the second load added none).
            assert_eq!(t.licences_of_issuer("PH").await.unwrap().len(), 4);
            // One invented rule and one invented, verified job order, once.
            assert_eq!(t.corridor_rules().await.unwrap().len(), 1);
            let jobs = crate::opportunities::public_opportunities(
                &t,
                lmip_storage::OpportunityFilter::default(),
                "2026-12-01",
            )
            .await
            .unwrap();
            assert_eq!(jobs.len(), 1, "{}", t.label);
            assert_eq!(jobs[0].opportunity.is_sample, 1);
            assert!(jobs[0].opportunity.source.starts_with("Invented"));
            // The demo organisations are in the public directory, once, not claimed as checked.
            let listed = crate::directory::search(
                &t,
                &lmip_search::Segmenter::new(),
                &crate::directory::Search::default(),
                50,
            )
            .await
            .unwrap();
            assert_eq!(listed.len(), ORGANISATIONS.len(), "{}", t.label);
            assert!(listed.iter().all(|e| e.org.verified_on.is_none()));
            let names = crate::licences::AgencyNames::default();
            let seg = lmip_search::Segmenter::new();
            for (q, verdict) in [
                ("DEMO-001", lmip_domain::directory::Verdict::Licensed),
                (
                    "sample overseas placement (DEMO)",
                    lmip_domain::directory::Verdict::Suspended,
                ),
                ("DEMO-004", lmip_domain::directory::Verdict::Expired),
            ] {
                let a = crate::licences::verify(&t, &names, &seg, q, "2026-12-01")
                    .await
                    .unwrap();
                assert_eq!(a.verdict, verdict, "{q}");
            }
        }
    }
}
