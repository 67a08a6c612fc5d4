//! The complaint pages over HTTP, in process, on both backends: filing in four languages without
//! JavaScript (a receipt shown once, a retry answered with the same code), bad input answered in
//! the worker's language with nothing lost, the status page by POST only with uniform answers and
//! its limit, and the back office: inbox, case page, stale edits, referrals with one winner, and
//! organisations that must not see a case.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::{StatusCode, header};
use common::{enc, get, post, sign_in_as};
use lmip_storage::NewOrganisation;
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, WebConfig};

fn field(body: &str, class: &str) -> Vec<String> {
    body.split(&format!("<p class=\"{class}\">"))
        .skip(1)
        .map(|s| s.split('<').next().unwrap().to_string())
        .collect()
}

async fn form(state: &AppState, lang: &str) -> (String, String) {
    let page = get(state, &format!("/{lang}/complaints/new"), "").await;
    assert_eq!(page.status, StatusCode::OK);
    (page.cookie("__Host-lmip_form"), page.csrf())
}

const COMPLAINT: &str = "category=withheld_wages&category=retained_documents\
&narrative=The+employer+kept+my+passport+and+has+not+paid+me+for+three+months\
&origin=KH&destination=TH&respondent_kind=employer&respondent_name=Golden+Farm\
&channel=phone&number=%2B66+81+777+4242&safe_to_call=no&consent_store=1&consent_contact=1&share=union";

#[tokio::test]
async fn a_worker_files_and_follows_a_complaint_without_javascript() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        for lang in ["en", "th", "km", "my"] {
            let page = get(&state, &format!("/{lang}/complaints/new"), "").await;
            assert_eq!(page.status, StatusCode::OK, "{lang}");
            assert!(page.header(header::CACHE_CONTROL).contains("no-store"));
            assert!(
                page.body.contains("<a class=\"exit\" href=\"/exit\""),
                "{lang}: a way to leave quickly"
            );
            assert!(!page.body.contains("<script"), "{lang}: no script");
            assert!(
                !page.body.contains(" data-untranslated "),
                "{lang}: every message translated"
            );
            assert!(
                page.body.contains(&format!("href=\"/{lang}/verify\"")),
                "{lang}: the way to pick an agency"
            );
            let (cookie, csrf) = (page.cookie("__Host-lmip_form"), page.csrf());
            let sent = format!("csrf={csrf}&{COMPLAINT}");
            let r = post(
                &state,
                &format!("/{lang}/complaints/new"),
                &cookie,
                &sent,
                &[],
            )
            .await;
            assert_eq!(r.status, StatusCode::OK, "{}: {lang}: {}", t.label, r.body);
            assert!(r.header(header::CACHE_CONTROL).contains("no-store"));
            let codes = field(&r.body, "code");
            assert_eq!(codes.len(), 2, "{lang}: code and PIN");
            let (code, pin) = (codes[0].clone(), codes[1].clone());
            assert_eq!(code.len(), 17);
            // The browser resends the form (a retry after a lost answer): the same case.
            let again = post(
                &state,
                &format!("/{lang}/complaints/new"),
                &cookie,
                &sent,
                &[],
            )
            .await;
            assert_eq!(
                field(&again.body, "code"),
                codes,
                "{lang}: the same code, no duplicate"
            );
            // The status page: by POST, never in the address.
            let status_form = get(&state, &format!("/{lang}/case-status"), "").await;
            assert!(status_form.body.contains("method=\"post\""));
            assert!(
                status_form
                    .header(header::CACHE_CONTROL)
                    .contains("no-store")
            );
            let fc = status_form.cookie("__Host-lmip_form");
            let r = post(
                &state,
                &format!("/{lang}/case-status"),
                &fc,
                &format!(
                    "csrf={}&code={}&pin={pin}",
                    status_form.csrf(),
                    code.to_lowercase()
                ),
                &[],
            )
            .await;
            assert_eq!(r.status, StatusCode::OK, "{lang}: {}", r.body);
            assert!(r.header(header::CACHE_CONTROL).contains("no-store"));
            assert!(
                !r.body.contains("Golden Farm") && !r.body.contains("passport"),
                "nothing the complainant wrote"
            );
        }
        // An API-style client retrying with an Idempotency-Key header gets one case.
        let (cookie, csrf) = form(&state, "en").await;
        let a = post(
            &state,
            "/en/complaints/new",
            &cookie,
            &format!("csrf={csrf}&{COMPLAINT}"),
            &[("idempotency-key", "retry-42")],
        )
        .await;
        let (cookie2, csrf2) = form(&state, "en").await;
        let b = post(
            &state,
            "/en/complaints/new",
            &cookie2,
            &format!("csrf={csrf2}&{COMPLAINT}"),
            &[("idempotency-key", "retry-42")],
        )
        .await;
        assert_eq!(field(&a.body, "code"), field(&b.body, "code"));
        assert!(b.body.contains("already received"));
        let inbox = lmip_services::cases::inbox(&t, "operator", &Default::default())
            .await
            .unwrap();
        assert_eq!(
            inbox.len(),
            5,
            "{}: four languages and one keyed retry",
            t.label
        );
    }
}

#[tokio::test]
async fn bad_input_is_answered_in_the_workers_language_and_nothing_is_lost() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        for (lang, from, to, words) in [
            (
                "en",
                "%2B66+81+777+4242",
                "081+777+4242",
                "Write it with + and the country code",
            ),
            (
                "th",
                "%2B66+81+777+4242",
                "081+777+4242",
                "ใส่ + และรหัสประเทศ",
            ),
            ("km", "&consent_store=1", "", "យើងអាចរក្សាបណ្តឹងរបស់អ្នកបាន"),
            ("my", "destination=TH", "destination=KH", "မတူရပါ"),
            (
                "en",
                "narrative=The+employer",
                "narrative=Short&x=The+employer",
                "at least 10 letters",
            ),
            (
                "en",
                "&origin=KH",
                "&occurred_on=2999-01&origin=KH",
                "Choose a month in the past",
            ),
        ] {
            let (cookie, csrf) = form(&state, lang).await;
            let sent = format!("csrf={csrf}&{}", COMPLAINT.replace(from, to));
            let r = post(
                &state,
                &format!("/{lang}/complaints/new"),
                &cookie,
                &sent,
                &[],
            )
            .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{lang} {to}");
            assert!(r.body.contains(words), "{lang} {to}: {}", r.body);
            assert!(
                r.body.contains("Golden Farm"),
                "{lang} {to}: what was typed is kept"
            );
        }
        // Burmese typed with a Zawgyi font: asked, then taken when confirmed.
        let zawgyi = enc("ေက်းဇူးတင္ပါတယ္ အလုပ္ရွင္ လစာမေပးပါ");
        let (cookie, csrf) = form(&state, "my").await;
        let sent =
            format!("csrf={csrf}&category=withheld_wages&consent_store=1&narrative={zawgyi}");
        let r = post(&state, "/my/complaints/new", &cookie, &sent, &[]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("name=\"zawgyi_confirmed\""));
        let (cookie, csrf) = form(&state, "my").await;
        let sent = format!(
            "csrf={csrf}&category=withheld_wages&consent_store=1&zawgyi_confirmed=1&narrative={zawgyi}"
        );
        assert_eq!(
            post(&state, "/my/complaints/new", &cookie, &sent, &[])
                .await
                .status,
            StatusCode::OK
        );
        // A same-site form whose token expired: refused, shown again with everything kept.
        let (cookie, _) = form(&state, "en").await;
        let r = post(
            &state,
            "/en/complaints/new",
            &cookie,
            &format!("csrf=expired&{COMPLAINT}"),
            &[("sec-fetch-site", "same-origin")],
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert!(r.body.contains("The form was open for a long time"));
        assert!(
            r.body.contains("The employer kept my passport"),
            "the account is kept"
        );
        // Cross-site: refused outright.
        let (cookie, csrf) = form(&state, "en").await;
        let r = post(
            &state,
            "/en/complaints/new",
            &cookie,
            &format!("csrf={csrf}&{COMPLAINT}"),
            &[("sec-fetch-site", "cross-site")],
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert!(!r.body.contains("passport"));
    }
}

#[tokio::test]
async fn status_lookups_answer_alike_and_are_limited() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let (cookie, csrf) = form(&state, "en").await;
        let r = post(
            &state,
            "/en/complaints/new",
            &cookie,
            &format!("csrf={csrf}&{COMPLAINT}"),
            &[],
        )
        .await;
        let codes = field(&r.body, "code");
        let ask = |code: String, pin: String| {
            let state = state.clone();
            async move {
                let f = get(&state, "/en/case-status", "").await;
                post(
                    &state,
                    "/en/case-status",
                    &f.cookie("__Host-lmip_form"),
                    &format!("csrf={}&code={code}&pin={pin}", f.csrf()),
                    &[],
                )
                .await
            }
        };
        let other_code = lmip_domain::cases::format_tracking_code([9; 9]);
        let wrong_pin = ask(codes[0].clone(), "000000".into()).await;
        let wrong_code = ask(other_code.clone(), codes[1].clone()).await;
        assert_eq!(wrong_pin.status, wrong_code.status);
        let message = |b: &str| {
            b.split("role=\"alert\">")
                .nth(1)
                .unwrap()
                .split('<')
                .next()
                .unwrap()
                .to_string()
        };
        assert_eq!(
            message(&wrong_pin.body),
            message(&wrong_code.body),
            "the same answer"
        );
        let typo = ask("7K2M-Q9XD-4HPA-W".into(), codes[1].clone()).await;
        assert!(typo.body.contains("not a complete tracking code"));
        for _ in 0..3 {
            ask(other_code.clone(), "111111".into()).await;
        }
        let limited = ask(codes[0].clone(), codes[1].clone()).await;
        assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS, "{}", t.label);
        assert_eq!(limited.header(header::RETRY_AFTER), "900");
        assert!(limited.body.contains("Wait 15 minutes"));
        // A GET with the code in the address shows only the empty form.
        let leaked = get(
            &state,
            &format!("/en/case-status?code={}&pin={}", codes[0], codes[1]),
            "",
        )
        .await;
        assert!(!leaked.body.contains("Received on"));
    }
}

async fn org(db: &lmip_storage::Db, slug: &str, kind: &str) {
    let mut tx = db.write().await.unwrap();
    tx.create_organisation(&NewOrganisation {
        slug,
        name: slug,
        kind,
        country: Some("TH"),
        website: None,
        source: None,
        is_sample: false,
    })
    .await
    .unwrap();
    tx.commit().await.unwrap();
}

async fn member(
    db: &lmip_storage::Db,
    email: &str,
    org: &str,
    role: &str,
    n: u8,
) -> (String, String) {
    let added = lmip_services::users::add(db, "cli:test", email, org, role, "http://x")
        .await
        .unwrap();
    let token = added.link.rsplit('/').next().unwrap();
    lmip_services::auth::set_password(db, token, common::PASSPHRASE, Default::default(), "test")
        .await
        .unwrap();
    let s = sign_in_as(db, email, "t", &format!("192.0.2.{n}")).await;
    (format!("__Host-lmip_session={}", s.cookie), s.csrf)
}

#[tokio::test]
async fn caseworkers_work_cases_and_refer_them_across_the_border() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        org(&t, "union-th", "trade_union").await;
        let (worker, wcsrf) = member(&t, "w@op.example", "operator", "caseworker", 1).await;
        let (union, ucsrf) = member(&t, "w@union.example", "union-th", "caseworker", 2).await;
        let (editor, _) = member(&t, "e@op.example", "operator", "editor", 3).await;
        let (cookie, csrf) = form(&state, "en").await;
        post(
            &state,
            "/en/complaints/new",
            &cookie,
            &format!("csrf={csrf}&{COMPLAINT}"),
            &[],
        )
        .await;
        let inbox = get(&state, "/office/organisations/operator/cases", &worker).await;
        assert_eq!(inbox.status, StatusCode::OK);
        let id = inbox
            .body
            .split("/office/organisations/operator/cases/")
            .nth(3)
            .map(|s| s.split('"').next().unwrap().to_string());
        let id = id.filter(|s| s.len() == 32).unwrap_or_else(|| {
            inbox
                .body
                .split("/cases/")
                .filter_map(|s| s.split('"').next())
                .find(|s| s.len() == 32)
                .unwrap()
                .to_string()
        });
        let case_url = format!("/office/organisations/operator/cases/{id}");
        let page = get(&state, &case_url, &worker).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains("+66817774242"),
            "the caseworker sees the contact"
        );
        assert!(page.header(header::CACHE_CONTROL).contains("no-store"));
        // Who may not: anonymous (sign in), an editor of the same organisation and another
        // organisation's caseworker (404: the case does not exist for them).
        assert_eq!(
            get(&state, &case_url, "").await.status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            get(&state, &case_url, &editor).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            get(
                &state,
                &format!("/office/organisations/union-th/cases/{id}"),
                &union
            )
            .await
            .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            get(&state, &case_url, &union).await.status,
            StatusCode::NOT_FOUND
        );
        // Found by the complainant's number, written another way, by POST.
        let found = post(
            &state,
            "/office/organisations/operator/cases/find",
            &worker,
            &format!("csrf={wcsrf}&contact=0066+81+777+4242"),
            &[],
        )
        .await;
        assert_eq!(found.status, StatusCode::OK);
        assert!(found.body.contains(&id), "the case is listed");
        let bad = post(
            &state,
            "/office/organisations/operator/cases/find",
            &worker,
            &format!("csrf={wcsrf}&contact=nobody"),
            &[],
        )
        .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        // Triage, then a stale second form: refused with the reason, not applied.
        let r = post(
            &state,
            &format!("{case_url}/triage"),
            &worker,
            &format!("csrf={wcsrf}&revision=1&category=retained_documents&urgency=high"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let r = post(
            &state,
            &format!("{case_url}/triage"),
            &worker,
            &format!("csrf={wcsrf}&revision=1&category=other&urgency=normal"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Someone changed this case"));
        // A note keeps its text when refused, and a shared message reaches the status page.
        let r = post(
            &state,
            &format!("{case_url}/notes"),
            &worker,
            &format!("csrf={wcsrf}&body=We+called+the+farm&shared=1"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        // Refer to the union (consented), which accepts; a second answer loses with 409.
        let r = post(
            &state,
            &format!("{case_url}/referrals"),
            &worker,
            &format!("csrf={wcsrf}&to=union-th&field=narrative"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let waiting = get(&state, "/office/organisations/union-th/cases", &union).await;
        let referral = waiting
            .body
            .split("/office/organisations/union-th/referrals/")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let decide = |d: &'static str| {
            let state = state.clone();
            let union = union.clone();
            let ucsrf = ucsrf.clone();
            let referral = referral.clone();
            async move {
                post(
                    &state,
                    &format!("/office/organisations/union-th/referrals/{referral}"),
                    &union,
                    &format!("csrf={ucsrf}&decision={d}&state=requested"),
                    &[],
                )
                .await
            }
        };
        assert_eq!(decide("accept").await.status, StatusCode::SEE_OTHER);
        let late = decide("decline").await;
        assert_eq!(late.status, StatusCode::CONFLICT);
        assert!(late.body.contains("Someone already answered this referral"));
        let seen = get(
            &state,
            &format!("/office/organisations/union-th/cases/{id}"),
            &union,
        )
        .await;
        assert_eq!(seen.status, StatusCode::OK);
        assert!(
            seen.body.contains("The employer kept my passport"),
            "the narrative was shared"
        );
        assert!(!seen.body.contains("+66817774242"), "the contact was not");
    }
}

#[tokio::test]
async fn leaving_quickly_goes_to_a_neutral_page_and_asks_the_browser_to_forget() {
    let dbs = test_databases().await;
    let config = WebConfig {
        quick_exit_url: "https://weather.example/today".into(),
        ..WebConfig::default()
    };
    let state = AppState::new(dbs[0].db.clone(), config).await.unwrap();
    let r = get(&state, "/exit", "").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.header(header::LOCATION), "https://weather.example/today");
    assert_eq!(
        r.header(header::HeaderName::from_static("clear-site-data")),
        "\"cache\", \"cookies\""
    );
    assert!(r.header(header::CACHE_CONTROL).contains("no-store"));
    assert_eq!(r.header(header::REFERRER_POLICY), "no-referrer");
}

#[tokio::test]
async fn complaint_pages_are_small_when_compressed() {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let dbs = test_databases().await;
    let state = AppState::new(dbs[0].db.clone(), WebConfig::default())
        .await
        .unwrap();
    for lang in ["en", "th", "km", "my"] {
        for path in [
            format!("/{lang}/complaints/new"),
            format!("/{lang}/case-status"),
        ] {
            let res = lmip_web::router(state.clone())
                .oneshot(
                    axum::http::Request::get(&path)
                        .header(header::ACCEPT_ENCODING, "gzip")
                        .body(axum::body::Body::empty())
                        .unwrap(),
                )
                .await
                .unwrap();
            assert_eq!(res.headers()[header::CONTENT_ENCODING], "gzip", "{path}");
            let bytes = res.into_body().collect().await.unwrap().to_bytes();
            // Bytes on the wire: within the first round trip (14 KB).
            assert!(bytes.len() < 14 * 1024, "{path}: {} bytes", bytes.len());
        }
    }
}

#[tokio::test]
async fn a_start_with_keys_that_do_not_open_the_cases_is_refused() {
    let dbs = test_databases().await;
    let mine = lmip_services::vault::Keyring::generate();
    let config = |keys: &lmip_services::vault::Keyring| WebConfig {
        case_keys: Some(keys.clone()),
        ..WebConfig::default()
    };
    AppState::new(dbs[0].db.clone(), config(&mine))
        .await
        .unwrap();
    // The same keys again: fine; a lost or other key file: the start stops, saying why.
    AppState::new(dbs[0].db.clone(), config(&mine))
        .await
        .unwrap();
    let other = lmip_services::vault::Keyring::generate();
    let err = AppState::new(dbs[0].db.clone(), config(&other))
        .await
        .err()
        .unwrap();
    assert!(
        err.to_string().contains("the case keys do not open"),
        "{err}"
    );
}

#[tokio::test]
async fn an_employer_in_the_directory_is_picked_from_its_page() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        org(&t, "golden-farm", "employer").await;
        lmip_services::directory::save_entry(
            &t,
            &lmip_search::Segmenter::new(),
            "cli:test",
            "golden-farm",
            &lmip_services::directory::EntryInput {
                listed: true,
                source: "test",
                ..Default::default()
            },
            "2026-12-01",
        )
        .await
        .unwrap();
        let entry = get(&state, "/km/help/golden-farm", "").await;
        assert!(
            entry
                .body
                .contains("/km/complaints/new?respondent=golden-farm"),
            "{}",
            t.label
        );
        let page = get(&state, "/km/complaints/new?respondent=golden-farm", "").await;
        assert!(
            page.body
                .contains("name=\"respondent_org\" value=\"golden-farm\"")
        );
        let (cookie, csrf) = (page.cookie("__Host-lmip_form"), page.csrf());
        let sent = format!(
            "csrf={csrf}&respondent_org=golden-farm&category=withheld_wages&consent_store=1\
             &narrative=They+have+not+paid+us+for+two+months"
        );
        let r = post(&state, "/km/complaints/new", &cookie, &sent, &[]).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let op = t
            .organisation_by_slug("operator")
            .await
            .unwrap()
            .unwrap()
            .id;
        let inbox = lmip_services::cases::inbox(&t, "operator", &Default::default())
            .await
            .unwrap();
        let row = t.case_for_org(&inbox[0].id, &op).await.unwrap().unwrap();
        assert_eq!(
            row.respondent_kind, "employer",
            "taken from the directory entry"
        );
        assert!(row.respondent_org.is_some());
    }
}
