//! The scorecard over HTTP in process, on both backends: a framework defined and an assessment
//! recorded in the back office and shown, every score with it, on the agency's page; a code given
//! by a caseworker, a review sent without JavaScript, moderated, and shown only from three.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use axum::http::{StatusCode, header};
use common::*;
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, WebConfig};

const LIST: &str = "licence,agency,status,valid from,valid to\nKH-77,Angkor Manpower,valid,2024-01-01,2099-01-01\n";

fn enc_form(fields: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(fields).unwrap()
}

/// Sends the public review form as a browser would.
async fn send_review(state: &AppState, lang: &str, fields: &[(&str, &str)]) -> Reply {
    let page = get(state, &format!("/{lang}/review"), "").await;
    let cookie = page.cookie("__Host-lmip_form");
    let csrf = page.csrf();
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    post(
        state,
        &format!("/{lang}/review"),
        &cookie,
        &enc_form(&all),
        &[],
    )
    .await
}

fn stars(code: &str) -> Vec<(&str, &str)> {
    vec![
        ("code", code),
        ("stars_fees", "4"),
        ("stars_contract", "5"),
        ("stars_information", "3"),
        ("stars_treatment", "4"),
        ("stars_help", "2"),
        ("fee_paid", ""),
        ("fee_currency", ""),
    ]
}

#[tokio::test]
async fn an_assessment_and_reviews_reach_the_agency_page() {
    for t in test_databases().await {
        register(&t, "KH", LIST).await;
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let slug = t.licences_by_number("KH77").await.unwrap()[0].slug.clone();
        let (editor, ecsrf) = signed_in(&t, "editor@example.org", "editor", 80).await;
        let (reviewer, rcsrf) = signed_in(&t, "reviewer@example.org", "reviewer", 81).await;
        let (caseworker, ccsrf) = signed_in(&t, "cw@example.org", "caseworker", 82).await;
        assert!(
            get(&state, "/office", &caseworker)
                .await
                .body
                .contains("href=\"/office/scorecard\"")
        );

        // A framework: bad lines named, then saved.
        let r = post(
            &state,
            "/office/frameworks",
            &editor,
            &enc_form(&[
                ("csrf", &ecsrf),
                ("name", "IRIS-like"),
                ("criteria", "E1; 500; t; e"),
            ]),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Check line(s) 1"), "{}", r.body);
        let r = post(
            &state,
            "/office/frameworks",
            &editor,
            &enc_form(&[
                ("csrf", &ecsrf),
                ("name", "IRIS-like"),
                ("source", "https://example.org/iris"),
                (
                    "criteria",
                    "!E1; 30; No fees charged to workers; Fee records\nE2; 20; Contracts in the worker's language; Sample contracts",
                ),
            ]),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        // Only the operator's editors define frameworks.
        let r = post(
            &state,
            "/office/frameworks",
            &reviewer,
            &enc_form(&[("csrf", &rcsrf), ("name", "X"), ("criteria", "A; 1; t; e")]),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);

        // The reviewer records an assessment; a score without its evidence is refused first.
        let fw: String = sqlx::query_scalar("SELECT id FROM conduct_framework")
            .fetch_one(t.pool())
            .await
            .unwrap();
        let page = get(&state, "/office/scorecard", &reviewer).await;
        assert!(page.body.contains("name=\"score.E1\""), "{}", page.body);
        let mut fields = vec![
            ("csrf", rcsrf.as_str()),
            ("framework", fw.as_str()),
            ("agency", "KH-77"),
            ("assessed_on", "2026-01-15"),
            ("summary", "Office visit"),
            ("score.E1", "4"),
            ("evidence.E1", "No fee in 40 files"),
            ("score.E2", "2"),
            ("evidence.E2", ""),
        ];
        let r = post(
            &state,
            "/office/organisations/operator/assessments",
            &reviewer,
            &enc_form(&fields),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Criterion E2"), "{}", r.body);
        fields[8] = ("evidence.E2", "Khmer contracts seen");
        let r = post(
            &state,
            "/office/organisations/operator/assessments",
            &reviewer,
            &enc_form(&fields),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page = get(&state, &format!("/en/agencies/{slug}"), "").await;
        // 30×4 + 20×2 = 160 of 200: 80 % → B, with every score and the formula.
        assert!(page.body.contains("Grade</span>") || page.body.contains("Grade B"));
        assert!(page.body.contains("80.0 %"), "{}", page.body);
        assert!(page.body.contains("No fee in 40 files"));
        assert!(page.body.contains("How a grade is made"));

        // A caseworker gives a code; it is shown once.
        let r = post(
            &state,
            "/office/organisations/operator/review-codes",
            &caseworker,
            &enc_form(&[("csrf", &ccsrf), ("agency", "KH-77")]),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let code = r
            .body
            .split("<p class=\"code\"><strong>")
            .nth(1)
            .unwrap()
            .split('<')
            .next()
            .unwrap()
            .to_string();
        assert_eq!(code.len(), 14);

        // The worker reviews, in Khmer; personal data is refused in their language.
        let mut f = stars(&code);
        f.push(("body", "call 012 345 678"));
        let r = send_review(&state, "km", &f).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("role=\"alert\""));
        assert!(!r.body.contains("Remove the phone numbers"), "{}", r.body);
        let mut f = stars(&code);
        f.push(("body", "They kept my passport."));
        let r = send_review(&state, "km", &f).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(r.body.contains("Angkor Manpower"));
        let again = send_review(&state, "en", &f).await;
        assert!(again.body.contains("already used"), "{}", again.body);

        // The operator's reviewer moderates; the page still shows only a count.
        let id: String = sqlx::query_scalar("SELECT id FROM review")
            .fetch_one(t.pool())
            .await
            .unwrap();
        let r = post(
            &state,
            &format!("/office/reviews/{id}/moderation"),
            &reviewer,
            &enc_form(&[("csrf", &rcsrf), ("decision", "publish"), ("note", "")]),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page = get(&state, &format!("/en/agencies/{slug}"), "").await;
        assert!(page.body.contains("1 published review(s)"), "{}", page.body);
        assert!(!page.body.contains("They kept my passport."));
        for locale in ["en", "th", "km", "lo", "my", "vi", "id", "ms", "fil", "tet"] {
            let page = get(&state, &format!("/{locale}/agencies/{slug}"), "").await;
            assert_eq!(page.status, StatusCode::OK);
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            std::io::Write::write_all(&mut gz, page.body.as_bytes()).unwrap();
            assert!(
                gz.finish().unwrap().len() <= 14 * 1024,
                "{locale}: over 14 KB"
            );
            assert!(
                !page.body.contains(" data-untranslated title="),
                "{locale}: a message is missing"
            );
            let form = get(&state, &format!("/{locale}/review"), "").await;
            assert!(
                !form.body.contains(" data-untranslated title="),
                "{locale}: a message is missing"
            );
            assert!(!form.body.contains("<script"));
            assert_eq!(form.header(header::CACHE_CONTROL), "no-store");
        }
    }
}
