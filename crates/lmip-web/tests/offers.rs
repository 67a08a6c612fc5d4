//! The offer checker, the public job list and their back office, over HTTP in process, on both
//! backends: every locale without JavaScript, findings in colour and words, each bad input with
//! its own message, and an opportunity entered, verified by someone else and then public.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use axum::http::{StatusCode, header};
use common::*;
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, WebConfig};
use std::io::Write;

const LIST: &str = "licence,agency,status,valid from,valid to,destinations\n\
KH-77,Angkor Manpower,valid,2024-01-15,2099-01-14,TH\n\
KH-78,Closed Recruiters,revoked,2020-01-01,2030-01-01,TH\n";

async fn prepared(t: &lmip_storage::Db) -> AppState {
    register(t, "KH", LIST).await;
    lmip_services::opportunities::add_rule(
        t,
        "cli:test",
        &lmip_services::opportunities::RuleInput {
            origin: "KH",
            destination: "TH",
            valid_from: "2025-01-01",
            fee_rule: "employer",
            min_wage: "400",
            min_wage_currency: "THB",
            min_wage_period: "day",
            source: "Test MoU",
            ..Default::default()
        },
    )
    .await
    .unwrap();
    AppState::new(t.clone(), WebConfig::default())
        .await
        .unwrap()
}

fn gzipped(body: &str) -> usize {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(body.as_bytes()).unwrap();
    gz.finish().unwrap().len()
}

/// Sends the checker's form as a browser would: the form's token from the page, its cookie.
async fn check(state: &AppState, lang: &str, fields: &str) -> Reply {
    let page = get(state, &format!("/{lang}/check-offer"), "").await;
    let cookie = page.cookie("__Host-lmip_form");
    post(
        state,
        &format!("/{lang}/check-offer"),
        &cookie,
        &format!("csrf={}&{fields}", page.csrf()),
        &[],
    )
    .await
}

#[tokio::test]
async fn the_checker_answers_in_every_language_without_javascript() {
    for t in test_databases().await {
        let state = prepared(&t).await;
        for locale in ["en", "th", "km", "lo", "my", "vi", "id", "ms", "fil", "tet"] {
            let page = get(&state, &format!("/{locale}/check-offer"), "").await;
            assert_eq!(page.status, StatusCode::OK, "{locale}");
            assert!(!page.body.contains("<script"), "{locale}");
            assert!(
                !page.body.contains(" data-untranslated title="),
                "{locale}: a message is missing"
            );
            assert!(page.body.contains("method=\"post\""));
            assert!(gzipped(&page.body) <= 14 * 1024, "{locale}");
            let r = check(
                &state,
                locale,
                "agency=KH-77&origin=KH&destination=TH&job=factory&wage=12000&wage_currency=THB&wage_period=month&fee=0&fee_currency=",
            )
            .await;
            assert_eq!(r.status, StatusCode::OK, "{locale}: {}", r.body);
            assert!(
                !r.body.contains(" data-untranslated title="),
                "{locale}: a message is missing"
            );
            assert_eq!(r.header(header::CACHE_CONTROL), "no-store");
            // Licensed, wage above the minimum, nothing asked where the employer pays: three
            // greens; no job order is listed: amber overall.
            assert_eq!(
                r.body.matches("class=\"verdict licensed\"").count(),
                3,
                "{locale}: {}",
                r.body
            );
            assert!(r.body.contains("class=\"verdict suspended\""), "{locale}");
            assert!(r.body.contains("Angkor Manpower"));
            assert!(r.body.contains("Test MoU"));
            assert!(gzipped(&r.body) <= 14 * 1024, "{locale}");
        }
        // What the worker typed is echoed back, escaped.
        let r = check(
            &state,
            "en",
            "agency=%3Cb%3EX%3C%2Fb%3E&origin=KH&destination=TH&wage=&wage_period=&fee=",
        )
        .await;
        assert!(r.body.contains("&#60;b&#62;X&#60;/b&#62;"), "{}", r.body);
        assert!(!r.body.contains("<b>X</b>"));
    }
}

#[tokio::test]
async fn warning_signs_are_red_with_what_to_do() {
    for t in test_databases().await {
        let state = prepared(&t).await;
        // A revoked agency asking a fee where the employer must pay, for a weekly wage below
        // the minimum once counted per month.
        let r = check(
            &state,
            "en",
            "agency=Closed+Recruiters&origin=KH&destination=TH&wage=2000&wage_currency=THB&wage_period=week&fee=15000&fee_currency=THB",
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("Warning signs found"), "{}", r.body);
        assert!(
            r.body.contains("Closed Recruiters: Licence revoked"),
            "{}",
            r.body
        );
        assert!(r.body.contains("below the legal minimum"), "{}", r.body);
        assert!(r.body.contains("4⅓ weeks"), "the conversion is stated");
        assert!(r.body.contains("the employer must pay"), "{}", r.body);
        assert!(r.body.contains("Do not pay and do not sign yet"));
    }
}

#[tokio::test]
async fn each_bad_input_says_what_to_correct() {
    for t in test_databases().await {
        let state = prepared(&t).await;
        for (fields, words) in [
            (
                "origin=KH&destination=TH&wage=12000&wage_currency=BAHT&wage_period=month",
                "“BAHT” is not a currency code",
            ),
            (
                "origin=KH&destination=TH&wage=12000&wage_currency=THB&wage_period=",
                "per hour, day, week or month",
            ),
            (
                "origin=KH&destination=TH&wage=12.345.6789&wage_currency=THB&wage_period=month",
                "is not an amount",
            ),
            ("origin=KH&destination=KH", "The two countries are the same"),
            ("origin=KH&destination=", "Fill in: The job is in"),
        ] {
            let r = check(&state, "en", fields).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields}");
            assert!(r.body.contains(words), "{fields}: {}", r.body);
            assert!(r.body.contains("role=\"alert\""));
        }
        let long = "x".repeat(5000);
        let r = check(
            &state,
            "en",
            &format!("agency={long}&origin=KH&destination=TH"),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("too long"), "{}", r.body);
        // In the reader's language.
        let r = check(
            &state,
            "th",
            "origin=KH&destination=TH&wage=1&wage_currency=BAHT&wage_period=month",
        )
        .await;
        assert!(r.body.contains("“BAHT”"), "{}", r.body);
        assert!(!r.body.contains("is not a currency code"), "{}", r.body);
        // Without the form's token: refused.
        let r = post(
            &state,
            "/en/check-offer",
            "",
            "csrf=x&origin=KH&destination=TH",
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
    }
}

#[tokio::test]
async fn an_opportunity_is_public_once_someone_else_verifies_it() {
    for t in test_databases().await {
        let state = prepared(&t).await;
        let (editor, editor_csrf) = signed_in(&t, "editor@example.org", "editor", 70).await;
        let (reviewer, reviewer_csrf) = signed_in(&t, "reviewer@example.org", "reviewer", 71).await;
        let home = get(&state, "/office", &editor).await;
        assert!(home.body.contains("href=\"/office/opportunities\""));
        assert!(home.body.contains("href=\"/office/rules\""));
        let fields = "kind=job_order&title=Factory+workers&origin=KH&destination=TH&employer=Siam+Parts&occupation=93&sector=C&places=40&wage=12000&wage_currency=THB&wage_period=month&hours_per_week=48&rest_days_per_week=1&worker_fee=0&fee_currency=THB&licence=KH-77&valid_from=2026-01-01&valid_to=2099-12-31&source=Demand+letter+7";
        // A bad field: the form comes back with the message and what was typed.
        let r = post(
            &state,
            "/office/organisations/operator/opportunities",
            &editor,
            &format!(
                "csrf={editor_csrf}&{}",
                fields.replace("wage_currency=THB", "wage_currency=BAHT")
            ),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
        assert!(r.body.contains("“BAHT” is not a currency code"));
        assert!(r.body.contains("value=\"Factory workers\""));
        let r = post(
            &state,
            "/office/organisations/operator/opportunities",
            &editor,
            &format!("csrf={editor_csrf}&{fields}"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        // Not public yet.
        let list = get(&state, "/en/jobs", "").await;
        assert!(
            list.body.contains("No verified job matches"),
            "{}",
            list.body
        );
        let id: String = sqlx::query_scalar("SELECT id FROM opportunity")
            .fetch_one(t.pool())
            .await
            .unwrap();
        assert_eq!(
            get(&state, &format!("/en/jobs/{id}"), "").await.status,
            StatusCode::NOT_FOUND
        );
        // The editor who entered it has no decision form; the reviewer has, and must say what
        // was checked.
        let page = get(&state, "/office/opportunities", &editor).await;
        assert!(!page.body.contains("value=\"verify\""));
        let r = post(
            &state,
            &format!("/office/organisations/operator/opportunities/{id}/decision"),
            &editor,
            &format!("csrf={editor_csrf}&decision=verify&note=x"),
            &[],
        )
        .await;
        assert_eq!(
            r.status,
            StatusCode::NOT_FOUND,
            "an editor is not a reviewer"
        );
        let r = post(
            &state,
            &format!("/office/organisations/operator/opportunities/{id}/decision"),
            &reviewer,
            &format!("csrf={reviewer_csrf}&decision=verify&note=Demand+letter+seen"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        for locale in ["en", "th", "km", "lo", "my", "vi", "id", "ms", "fil", "tet"] {
            let list = get(&state, &format!("/{locale}/jobs"), "").await;
            assert_eq!(list.status, StatusCode::OK);
            assert!(list.body.contains("Factory workers"), "{locale}");
            assert!(
                !list.body.contains(" data-untranslated title="),
                "{locale}: a message is missing"
            );
            assert!(gzipped(&list.body) <= 14 * 1024, "{locale}");
            let one = get(&state, &format!("/{locale}/jobs/{id}"), "").await;
            assert_eq!(one.status, StatusCode::OK, "{locale}");
            assert!(one.body.contains("Demand letter seen"));
            assert!(
                one.body.contains(
                    "href=\"/{locale}/agencies/"
                        .replace("{locale}", locale)
                        .as_str()
                )
            );
        }
        // The same as open data, described by the OpenAPI document; money as decimal strings.
        let api = get(&state, "/api/v1/opportunities?origin=KH&occupation=9", "").await;
        assert_eq!(api.status, StatusCode::OK);
        let v: serde_json::Value = serde_json::from_str(&api.body).unwrap();
        let o = &v["opportunities"][0];
        assert_fields(o, "Opportunity");
        assert_fields(&o["worker_fee"], "Money");
        assert_eq!(o["wage"]["amount"], "12000");
        assert_eq!(o["wage_check"], "green");
        assert_eq!(o["agency"]["name"], "Angkor Manpower");
        let none: serde_json::Value = serde_json::from_str(
            &get(&state, "/api/v1/opportunities?destination=MY", "")
                .await
                .body,
        )
        .unwrap();
        assert_eq!(none["opportunities"].as_array().unwrap().len(), 0);
        let bad = get(&state, "/api/v1/opportunities?origin=Cambodia", "").await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST);
        assert_fields(&serde_json::from_str(&bad.body).unwrap(), "Problem");
        // Filters.
        let none = get(&state, "/en/jobs?origin=MM", "").await;
        assert!(!none.body.contains("Factory workers"));
        let some = get(&state, "/en/jobs?origin=KH&occupation=9&sector=C", "").await;
        assert!(some.body.contains("Factory workers"));
        // With a job order known, the checker is green on that question too.
        let r = check(
            &state,
            "en",
            "agency=Angkor+Manpower&origin=KH&destination=TH&wage=12000&wage_currency=THB&wage_period=month&fee=0",
        )
        .await;
        assert!(r.body.contains("No warning signs found"), "{}", r.body);
        assert!(r.body.contains(&format!("href=\"/en/jobs/{id}\"")));
    }
}

#[tokio::test]
async fn the_rules_are_the_operators_editors_to_keep() {
    for t in test_databases().await {
        let state = prepared(&t).await;
        let (editor, csrf) = signed_in(&t, "editor@example.org", "editor", 72).await;
        let (reviewer, _) = signed_in(&t, "reviewer@example.org", "reviewer", 73).await;
        assert_eq!(
            get(&state, "/office/rules", &reviewer).await.status,
            StatusCode::NOT_FOUND
        );
        let page = get(&state, "/office/rules", &editor).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Test MoU"));
        let r = post(
            &state,
            "/office/rules",
            &editor,
            &format!(
                "csrf={csrf}&origin=MM&destination=TH&valid_from=2026-01-01&fee_rule=capped&fee_cap=&fee_currency=THB&source=X"
            ),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("give the limit"), "{}", r.body);
        let r = post(
            &state,
            "/office/rules",
            &editor,
            &format!(
                "csrf={csrf}&origin=MM&destination=TH&valid_from=2026-01-01&fee_rule=capped&fee_cap=5000&fee_currency=THB&min_wage=&source=Ministerial+rule+2026"
            ),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page = get(&state, "/office/rules?done=added", &editor).await;
        assert!(page.body.contains("Ministerial rule 2026"));
        assert!(page.body.contains("MM → TH"));
    }
}
