//! The scorecard's own parts on both backends: frameworks and graded assessments with every bad
//! input named; proof-of-use codes that work once; reviews held for moderation, refused with
//! personal data, shown only from three; the agency's answer; every step audited.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use lmip_domain::DomainError;
use lmip_domain::reviews::PersonalData;
use lmip_search::Segmenter;
use lmip_services::ServiceError;
use lmip_services::scorecard::{self, AssessmentInput, ReviewInput, ReviewsPart, ScorecardError};
use lmip_storage::Db;
use lmip_storage::testing::test_databases;

const TODAY: &str = "2026-12-01";

fn err(r: Result<impl std::fmt::Debug, ServiceError>) -> ScorecardError {
    match r {
        Err(ServiceError::Scorecard(e)) => e,
        other => panic!("expected a scorecard error, got {other:?}"),
    }
}

const CRITERIA: &str = "!E1; 30; No fees charged to workers; Fee policy and payment records\n\
                        E2; 20; Contracts in the worker's language; Sample contracts\n\
                        E3; 10; Grievance mechanism; Register of complaints\n";

async fn agencies(db: &Db) {
    let list = "licence,agency,status\nKH-77,Angkor Manpower,valid\nKH-78,Mekong Jobs,valid\n";
    let staged = lmip_services::licences::stage_list(
        db,
        "cli:test",
        "",
        "KH",
        "MoLVT",
        "l.csv",
        list.as_bytes(),
    )
    .await
    .unwrap();
    lmip_services::licences::apply(db, "cli:test", &staged.id, false, &Segmenter::new())
        .await
        .unwrap();
}

fn scores(s: [(&str, &str, &str); 3]) -> Vec<(String, String, String)> {
    s.iter()
        .map(|(c, v, e)| (c.to_string(), v.to_string(), e.to_string()))
        .collect()
}

async fn audit_count(db: &Db, prefix: &str) -> usize {
    db.audit_page(&lmip_storage::AuditQuery {
        action_prefix: Some(prefix),
        entity: None,
        before: None,
        limit: 100,
    })
    .await
    .unwrap()
    .len()
}

#[tokio::test]
async fn assessments_are_graded_by_the_formula() {
    for t in test_databases().await {
        agencies(&t).await;
        assert!(matches!(
            err(scorecard::define_framework(&t, "u", "F", "", "", "E1; 0; t; e\nE2; 5; t").await),
            ScorecardError::Criteria(ref p) if p.len() == 2 && matches!(p[0].1, DomainError::BadWeight { .. })
        ));
        let fw = scorecard::define_framework(&t, "user:ed", "IRIS-like", "", "", CRITERIA)
            .await
            .unwrap();
        assert_eq!(
            err(scorecard::define_framework(&t, "user:ed", "IRIS-like", "", "", CRITERIA).await),
            ScorecardError::FrameworkName
        );
        let input = |agency: &'static str, date: &'static str, s| AssessmentInput {
            framework_id: &fw,
            agency,
            assessed_on: date,
            summary: "Visited the office",
            scores: s,
        };
        let good = scores([
            ("E1", "4", "No fee"),
            ("E2", "4", "Seen"),
            ("E3", "2", "Exists"),
        ]);
        for (i, e) in [
            (
                input("KH-99", "2026-11-01", good.clone()),
                ScorecardError::NoSuchAgency("KH-99".into()),
            ),
            (
                input("KH-77", "2027-01-01", good.clone()),
                ScorecardError::BadDate,
            ),
            (
                input(
                    "KH-77",
                    "2026-11-01",
                    scores([("E1", "4", "x"), ("E2", "5", "x"), ("E3", "1", "x")]),
                ),
                ScorecardError::MissingScore("E2".into()),
            ),
            (
                input(
                    "KH-77",
                    "2026-11-01",
                    scores([("E1", "4", "x"), ("E2", "3", " "), ("E3", "1", "x")]),
                ),
                ScorecardError::EvidenceRequired("E2".into()),
            ),
        ] {
            assert_eq!(
                err(scorecard::record_assessment(&t, "user:a", "operator", &i, TODAY).await),
                e,
                "{}",
                t.label
            );
        }
        scorecard::record_assessment(
            &t,
            "user:a",
            "operator",
            &input("kh 77", "01/11/2026", good),
            TODAY,
        )
        .await
        .unwrap();
        // The critical criterion at 0 makes it D, however good the rest; no evidence needed for 0.
        scorecard::record_assessment(
            &t,
            "user:a",
            "operator",
            &input(
                "KH-78",
                "2026-11-02",
                scores([("E1", "0", ""), ("E2", "4", "x"), ("E3", "4", "x")]),
            ),
            TODAY,
        )
        .await
        .unwrap();
        let angkor = t.licences_by_number("KH77").await.unwrap()[0]
            .licence
            .org_id
            .clone();
        let p = scorecard::parts(&t, &angkor).await.unwrap();
        assert_eq!(p.assessments.len(), 1, "{}", t.label);
        let (row, s) = &p.assessments[0];
        assert_eq!((row.per_mille, row.grade.as_str()), (916, "A"));
        assert_eq!(row.assessed_on, "2026-11-01");
        assert_eq!(s.len(), 3);
        assert_eq!((s[0].0.as_str(), s[0].3, s[0].4), ("E1", 1, 4));
        let mekong = t.licences_by_number("KH78").await.unwrap()[0]
            .licence
            .org_id
            .clone();
        let p = scorecard::parts(&t, &mekong).await.unwrap();
        assert_eq!(p.assessments[0].0.grade, "D");
        assert_eq!(p.assessments[0].0.critical_failed, 1);
        assert_eq!(audit_count(&t, "conduct_").await, 3, "{}", t.label);
    }
}

fn review<'a>(code: &'a str, body: &'a str) -> ReviewInput<'a> {
    ReviewInput {
        code,
        stars: ["4", "5", "3", "4", "2"],
        body,
        fee_paid: "15,000",
        fee_currency: "thb",
        locale: "km",
    }
}

#[tokio::test]
async fn reviews_need_a_code_wait_for_a_moderator_and_show_from_three() {
    for t in test_databases().await {
        agencies(&t).await;
        let today = time::macros::date!(2026 - 12 - 01);
        let angkor = t.licences_by_number("KH77").await.unwrap()[0].clone();
        // The agency itself may give codes to its own workers only.
        assert_eq!(
            err(scorecard::issue_review_code(&t, "user:rep", &angkor.slug, "KH-78", today).await),
            ScorecardError::NotYourAgency
        );
        let mut codes = Vec::new();
        for _ in 0..4 {
            codes.push(
                scorecard::issue_review_code(&t, "user:cw", "operator", "KH-77", today)
                    .await
                    .unwrap(),
            );
        }
        codes.push(
            scorecard::issue_review_code(&t, "user:rep", &angkor.slug, "KH-77", today)
                .await
                .unwrap(),
        );
        // Bad inputs, each named.
        assert_eq!(
            err(scorecard::submit_review(&t, &review("ABCD-EFGH-JKMN", ""), TODAY).await),
            ScorecardError::InvalidCode
        );
        assert_eq!(
            err(scorecard::submit_review(&t, &review("nonsense", ""), TODAY).await),
            ScorecardError::InvalidCode
        );
        let mut bad = review(&codes[0], "");
        bad.stars[2] = "6";
        assert_eq!(
            err(scorecard::submit_review(&t, &bad, TODAY).await),
            ScorecardError::BadStars
        );
        assert_eq!(
            err(scorecard::submit_review(
                &t,
                &review(&codes[0], "The boss is Mr X, call 0812345678"),
                TODAY
            )
            .await),
            ScorecardError::PersonalData(PersonalData::Phone)
        );
        let mut bad = review(&codes[0], "");
        bad.fee_currency = "BAHT";
        assert_eq!(
            err(scorecard::submit_review(&t, &bad, TODAY).await),
            ScorecardError::BadFee
        );
        assert_eq!(
            err(scorecard::submit_review(&t, &review(&codes[0], ""), "2028-01-01").await),
            ScorecardError::CodeExpired
        );
        // A good review, typed in lower case with spaces; the code then works no more.
        let typed = codes[0].to_lowercase().replace('-', " ");
        let agency = scorecard::submit_review(
            &t,
            &review(&typed, "They kept my passport for three months."),
            TODAY,
        )
        .await
        .unwrap();
        assert_eq!(agency, "Angkor Manpower");
        assert_eq!(
            err(scorecard::submit_review(&t, &review(&codes[0], "again"), TODAY).await),
            ScorecardError::CodeUsed
        );
        // Pending reviews are not shown; published ones only from three.
        let org = &angkor.licence.org_id;
        assert_eq!(
            scorecard::parts(&t, org).await.unwrap().reviews,
            ReviewsPart::TooFew(0)
        );
        for code in &codes[1..4] {
            scorecard::submit_review(&t, &review(code, "Fair."), TODAY)
                .await
                .unwrap();
        }
        let pending = t.pending_reviews(10).await.unwrap();
        assert_eq!(pending.len(), 4, "{}", t.label);
        assert_eq!(
            err(scorecard::moderate_review(&t, "user:mod", &pending[3].id, false, " ").await),
            ScorecardError::NoText
        );
        scorecard::moderate_review(&t, "user:mod", &pending[3].id, false, "Names a person")
            .await
            .unwrap();
        for r in &pending[..2] {
            scorecard::moderate_review(&t, "user:mod", &r.id, true, "")
                .await
                .unwrap();
        }
        assert_eq!(
            scorecard::parts(&t, org).await.unwrap().reviews,
            ReviewsPart::TooFew(2)
        );
        assert_eq!(
            err(scorecard::moderate_review(&t, "user:mod", &pending[0].id, true, "").await),
            ScorecardError::NoSuchReview,
            "decided once"
        );
        scorecard::submit_review(&t, &review(&codes[4], "Good."), TODAY)
            .await
            .unwrap();
        let last = t.pending_reviews(10).await.unwrap();
        scorecard::moderate_review(&t, "user:mod", &last[0].id, true, "")
            .await
            .unwrap();
        match scorecard::parts(&t, org).await.unwrap().reviews {
            ReviewsPart::Shown {
                count,
                averages,
                reviews,
            } => {
                assert_eq!(count, 3, "{}", t.label);
                assert_eq!(averages, [40, 50, 30, 40, 20]);
                assert_eq!(reviews.len(), 3);
                assert_eq!(reviews[0].fee_paid, Some(1_500_000));
            }
            other => panic!("{other:?}"),
        }
        // The agency answers a published review of its own, never another's or a pending one.
        assert_eq!(
            err(scorecard::answer_review(&t, "user:rep", &angkor.slug, &pending[3].id, "No").await),
            ScorecardError::NoSuchReview
        );
        scorecard::answer_review(
            &t,
            "user:rep",
            &angkor.slug,
            &pending[0].id,
            "We are sorry.",
        )
        .await
        .unwrap();
        for (prefix, n) in [
            ("review_code.issue", 5),
            ("review.submit", 5),
            ("review.publish", 3),
            ("review.reject", 1),
            ("review.answer", 1),
        ] {
            assert_eq!(audit_count(&t, prefix).await, n, "{}: {prefix}", t.label);
        }
        // The audit log never holds a code.
        let rows = t
            .audit_page(&lmip_storage::AuditQuery {
                action_prefix: Some("review"),
                entity: None,
                before: None,
                limit: 100,
            })
            .await
            .unwrap();
        for code in &codes {
            assert!(
                rows.iter()
                    .all(|r| !r.detail.contains(code.as_str())
                        && !r.entity_id.contains(code.as_str()))
            );
        }
    }
}
