//! Procedures as steps, agreements clause by clause, and corridors on both backends: structures
//! checked line by line (unknown currencies, circular branches, provisions citing missing
//! articles, offices not in the directory), published with their versions, gathered on the
//! corridor, and read by the offer checker when no corridor rule is recorded.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use lmip_domain::DomainError;
use lmip_domain::offers::{FeeFinding, WageFinding};
use lmip_domain::structure::Problem;
use lmip_services::ServiceError;
use lmip_services::content::{self, ContentError};
use lmip_services::corridors;
use lmip_storage::testing::test_databases;

mod common;
use common::{Published, publish};

const TODAY: &str = "2026-12-01";

fn err<T: std::fmt::Debug>(r: Result<T, ServiceError>) -> ContentError {
    match r {
        Err(ServiceError::Content(e)) => e,
        other => panic!("expected a content error, got {other:?}"),
    }
}

fn problem<T: std::fmt::Debug>(r: Result<T, ServiceError>) -> (usize, Problem) {
    match err(r) {
        ContentError::Structure(DomainError::Structure { line, problem }) => (line, problem),
        other => panic!("expected a line problem, got {other:?}"),
    }
}

#[tokio::test]
async fn structures_are_checked_line_by_line() {
    for t in test_databases().await {
        content::create(&t, "user:w", "operator", "steps", "procedure", "en", 90)
            .await
            .unwrap();
        // A fee in an unknown currency.
        assert_eq!(
            problem(content::save_structure(&t, "user:w", "steps", "step a\nfee: 10 XYZ", 1).await),
            (2, Problem::UnknownCurrency("XYZ".into()))
        );
        // Circular branches.
        assert!(matches!(
            problem(
                content::save_structure(&t, "user:w", "steps", "step a\nstep b\nthen: a", 1).await
            ),
            (2, Problem::Circular { .. })
        ));
        // An office that is not in the directory.
        assert_eq!(
            err(content::save_structure(&t, "user:w", "steps", "step a\noffice: nowhere", 1).await),
            ContentError::NoSuchOffice("nowhere".into())
        );
        // Nothing was saved: the revision is still 1.
        let rev = content::save_structure(
            &t,
            "user:w",
            "steps",
            "step a\noffice: operator\nfee: 5 usd\nstep b",
            1,
        )
        .await
        .unwrap();
        assert_eq!(rev, 2);
        // Stored in canonical form (currency upper-cased).
        let e = t.content_entry("steps").await.unwrap().unwrap();
        assert!(e.structure.contains("fee: 5 USD"), "{}", e.structure);
        // A second save from the same revision is told, not overwriting.
        assert!(matches!(
            err(content::save_structure(&t, "user:w", "steps", "step c", 1).await),
            ContentError::Conflict(_)
        ));
        // Step texts name the procedure's steps and choices only.
        assert_eq!(
            problem(
                content::save_text(
                    &t,
                    "user:w",
                    "steps",
                    "en",
                    "T",
                    "",
                    "",
                    "step z\ntitle: x",
                    2
                )
                .await
            ),
            (1, Problem::NoSuchStep("z".into()))
        );
        // A guide has no structure.
        content::create(&t, "user:w", "operator", "guide", "guide", "en", 90)
            .await
            .unwrap();
        assert_eq!(
            err(content::save_structure(&t, "user:w", "guide", "step a", 1).await),
            ContentError::NoStructure
        );
        // An agreement's provision citing an article it does not list.
        content::create(&t, "user:w", "operator", "mou", "agreement", "en", 90)
            .await
            .unwrap();
        assert_eq!(
            problem(
                content::save_structure(
                    &t,
                    "user:w",
                    "mou",
                    "parties: KH TH\narticle 7\nprovision 8: fees-paid-by employer",
                    1
                )
                .await
            ),
            (3, Problem::MissingArticle("8".into()))
        );
        // Every refusal left the audit log without a structure change.
        let audit = t.recent_audit(100).await.unwrap();
        assert_eq!(
            audit
                .iter()
                .filter(|a| a.action == "content.structure")
                .count(),
            1
        );
    }
}

#[tokio::test]
async fn a_structure_change_marks_translations_behind() {
    for t in test_databases().await {
        content::create(&t, "user:w", "operator", "steps", "procedure", "en", 90)
            .await
            .unwrap();
        let rev = content::save_structure(&t, "user:w", "steps", "step a", 1)
            .await
            .unwrap();
        let rev = content::save_text(
            &t,
            "user:w",
            "steps",
            "en",
            "Steps",
            "",
            "",
            "step a\ntitle: Go",
            rev,
        )
        .await
        .unwrap()
        .revision;
        let rev = content::save_text(
            &t,
            "user:t",
            "steps",
            "km",
            "ជំហាន",
            "",
            "",
            "step a\ntitle: ទៅ",
            rev,
        )
        .await
        .unwrap()
        .revision;
        assert!(
            content::freshness(&t, TODAY)
                .await
                .unwrap()
                .outdated
                .is_empty()
        );
        content::save_structure(&t, "user:w", "steps", "step a\nfee: 10 USD", rev)
            .await
            .unwrap();
        let report = content::freshness(&t, TODAY).await.unwrap();
        assert_eq!(report.outdated.len(), 1);
        assert_eq!(report.outdated[0].2, "km");
    }
}

#[tokio::test]
async fn a_corridor_gathers_procedures_rights_and_rules() {
    for t in test_databases().await {
        publish(
            &t,
            &Published {
                slug: "kh-th-steps",
                kind: "procedure",
                texts: &[("en", "From Cambodia to Thailand", "Body.")],
                corridors: "KH-TH",
                countries: "",
                structure: "step passport\nfee: 4 USD\nstep route\nchoice agency: agency\nchoice g2g: g2g\nstep agency\nfee: 1000 THB\nthen: permit\nstep g2g\nfee: free\nstep permit\nfee: 900 THB",
                steps: "step passport\ntitle: Get a passport\nstep route\nchoice agency: Through an agency\nchoice g2g: Through the government",
            },
        )
        .await;
        publish(
            &t,
            &Published {
                slug: "th-law",
                kind: "law",
                texts: &[("en", "Thai labour law", "Body.")],
                corridors: "",
                countries: "TH",
                structure: "parties: TH\nstatus: in-force\nin-force: 1998-08-19\narticle 23\nprovision 23: max-hours 8 day\narticle 90\nprovision 90: minimum-wage 400 THB day",
                steps: "",
            },
        )
        .await;
        publish(
            &t,
            &Published {
                slug: "kh-th-mou",
                kind: "agreement",
                texts: &[("en", "Cambodia-Thailand MoU", "Body.")],
                corridors: "KH-TH",
                countries: "KH TH",
                structure: "parties: KH TH\nstatus: in-force\narticle 7\nprovision 7: fees-paid-by employer",
                steps: "",
            },
        )
        .await;
        // Expired: not a right any more.
        publish(
            &t,
            &Published {
                slug: "old-mou",
                kind: "agreement",
                texts: &[("en", "Old MoU", "Body.")],
                corridors: "KH-TH",
                countries: "",
                structure: "parties: KH TH\nstatus: in-force\nexpires: 2010-01-01\narticle 1\nprovision 1: fees-paid-by worker",
                steps: "",
            },
        )
        .await;
        // About another route of Thailand: not on this page.
        publish(
            &t,
            &Published {
                slug: "mm-th-guide",
                kind: "guide",
                texts: &[("en", "Myanmar guide", "Body.")],
                corridors: "MM-TH",
                countries: "MM TH",
                structure: "",
                steps: "",
            },
        )
        .await;
        let now = lmip_storage::now_utc_text();
        let now = now.as_str();
        let seg = lmip_search::Segmenter::new();
        let c = corridors::corridor(&t, &seg, "KH", "TH", "km", now)
            .await
            .unwrap();
        assert_eq!(c.procedures.len(), 1);
        let p = &c.procedures[0];
        // No Khmer text: shown in the source language, steps' words included.
        assert_eq!(p.item.locale, "en");
        assert_eq!(p.texts["passport"].title, "Get a passport");
        let ways = p.procedure.paths(10);
        assert_eq!(ways.len(), 2);
        assert_eq!(p.procedure.cost(&ways[0]).get("THB"), Some(&190_000));
        assert_eq!(p.procedure.cost(&ways[1]).get("THB"), Some(&90_000));
        // The agreement first, then the destination's law; the expired one is gone.
        let slugs: Vec<&str> = c
            .agreements
            .iter()
            .map(|a| a.item.entry.slug.as_str())
            .collect();
        assert_eq!(slugs, vec!["kh-th-mou", "th-law"]);
        assert!(
            c.reading.is_empty(),
            "{:?}",
            c.reading.iter().map(|r| &r.entry.slug).collect::<Vec<_>>()
        );
        // The index lists the corridors with content.
        let index = corridors::index(&t, now).await.unwrap();
        assert!(index.contains(&("KH".into(), "TH".into())));
        assert!(index.contains(&("MM".into(), "TH".into())));
        // What the offer checker reads without a corridor rule: the MoU's employer-pays article
        // and the destination law's minimum wage.
        let rule = corridors::provision_rule(&t, "KH", "TH", now)
            .await
            .unwrap();
        assert_eq!(rule.fees_paid_by.as_ref().unwrap().1.article, "7");
        assert_eq!(rule.minimum_wage.as_ref().unwrap().0.money.amount, 40_000);
        let names = lmip_services::licences::AgencyNames::default();
        let check = lmip_services::opportunities::check_offer(
            &t,
            &names,
            &seg,
            &lmip_services::opportunities::OfferInput {
                origin: "KH",
                destination: "TH",
                wage: "9000",
                wage_currency: "THB",
                wage_period: "month",
                fee: "5000",
                fee_currency: "THB",
                ..Default::default()
            },
            // The day the entries were published (now): a fixed date would not see them after
            // midnight.
            &now[..10],
        )
        .await
        .unwrap();
        assert!(matches!(
            check.fee.as_ref().unwrap().1,
            FeeFinding::EmployerShouldPay
        ));
        // 400 a day is 10,400 a month (26 days): 9,000 is below.
        assert!(matches!(
            check.wage.as_ref().unwrap().1,
            WageFinding::Below { .. }
        ));
        let source = check.rule.unwrap().source;
        assert!(
            source.contains("Cambodia-Thailand MoU, article 7"),
            "{source}"
        );
        assert!(source.contains("Thai labour law, article 90"), "{source}");
        // A bad corridor is refused with its words.
        assert!(corridors::parse("kh-kh").is_err());
        assert!(corridors::parse("xx-th").is_err());
        assert_eq!(
            corridors::parse("kh-th").unwrap(),
            ("KH".into(), "TH".into())
        );
    }
}
