//! Administration and account security over HTTP, in process, on both backends: forgot-password,
//! the two-step sign-in, re-authentication, invitations, roles, the second-factor rule and API
//! tokens.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::*;
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, WebConfig};

async fn state(t: &lmip_storage::Db) -> AppState {
    AppState::new(t.clone(), WebConfig::default())
        .await
        .unwrap()
}

/// A signed-in session's cookie header and form token.
async fn signed_in(t: &lmip_storage::Db, email: &str, role: &str) -> (String, String) {
    staff(t, email, role).await;
    let s = sign_in_as(t, email, "t", "192.0.2.40").await;
    (format!("__Host-lmip_session={}", s.cookie), s.csrf)
}

async fn wait_for_mail(state: &AppState, n: usize) -> Vec<lmip_mail::Message> {
    for _ in 0..300 {
        if state.sent_mail().len() >= n {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    state.sent_mail()
}

#[tokio::test]
async fn forgot_password_answers_the_same_and_mails_only_accounts() {
    for t in test_databases().await {
        let state = state(&t).await;
        staff(&t, "ana@example.org", "editor").await;
        let form = get(&state, "/account/forgot-password", "").await;
        assert_eq!(form.status, StatusCode::OK);
        let cookie = form.cookie("__Host-lmip_form");
        let csrf = form.csrf();
        let ask = |email: &'static str| {
            let state = state.clone();
            let cookie = cookie.clone();
            let csrf = csrf.clone();
            async move {
                post(
                    &state,
                    "/account/forgot-password",
                    &cookie,
                    &format!("csrf={csrf}&email={}", enc(email)),
                    &[],
                )
                .await
            }
        };
        let known = ask("ana@example.org").await;
        let unknown = ask("nobody@example.org").await;
        assert_eq!(known.status, StatusCode::OK, "{}", known.body);
        assert_eq!((known.status, &known.body), (unknown.status, &unknown.body));
        assert!(known.body.contains("If this address has an account"));
        let mails = wait_for_mail(&state, 1).await;
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        assert_eq!(state.sent_mail().len(), 1, "{}", t.label);
        assert_eq!(mails[0].to, "ana@example.org");
        assert_eq!(mails[0].subject, "Choose a new password");
        let link = mails[0]
            .body
            .lines()
            .find(|l| l.contains("/account/set-password/"))
            .unwrap()
            .trim();
        let path = link.trim_start_matches("http://127.0.0.1:8080");
        assert_eq!(get(&state, path, "").await.status, StatusCode::OK);
        // Not an address: a clear 422, nothing sent.
        let bad = ask("not-an-address").await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains("This is not an e-mail address"));
        // The address is limited; so is an address with no account, the same way.
        for _ in 0..3 {
            ask("ana@example.org").await;
        }
        assert_throttled(&ask("ana@example.org").await, "sixth reset request");
    }
}

#[tokio::test]
async fn sign_in_with_a_second_factor() {
    for t in test_databases().await {
        let state = state(&t).await;
        staff(&t, "ana@example.org", "editor").await;
        let s = sign_in_as(&t, "ana@example.org", "t", "c").await;
        let session = lmip_services::auth::session(&t, &s.cookie)
            .await
            .unwrap()
            .unwrap();
        let e = lmip_services::second_factor::begin(&session, "x").unwrap();
        let now = time::OffsetDateTime::now_utc().unix_timestamp() as u64;
        let code = lmip_services::totp::code_at(&e.secret, now).unwrap();
        lmip_services::second_factor::enable(&t, &session, &e.secret, &code)
            .await
            .unwrap();
        let page = get(&state, "/account/sign-in", "").await;
        let cookie = page.cookie("__Host-lmip_form");
        let step1 = post(
            &state,
            "/account/sign-in",
            &cookie,
            &format!(
                "csrf={}&email=ana%40example.org&password={}",
                page.csrf(),
                enc(PASSPHRASE)
            ),
            &[],
        )
        .await;
        assert_eq!(step1.status, StatusCode::OK);
        assert!(step1.body.contains("autocomplete=\"one-time-code\""));
        assert!(
            step1.cookie("__Host-lmip_session").is_empty(),
            "not signed in yet"
        );
        let ticket = step1
            .body
            .split("name=\"ticket\" value=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let cookie = step1.cookie("__Host-lmip_form");
        let wrong = post(
            &state,
            "/account/sign-in/code",
            &cookie,
            &format!("csrf={}&ticket={ticket}&code={code}", step1.csrf()),
            &[],
        )
        .await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED, "a used code");
        assert!(wrong.body.contains("was used already"));
        let next = lmip_services::totp::code_at(&e.secret, now + 30).unwrap();
        let cookie = wrong.cookie("__Host-lmip_form");
        let ok = post(
            &state,
            "/account/sign-in/code",
            &cookie,
            &format!("csrf={}&ticket={ticket}&code={next}", wrong.csrf()),
            &[],
        )
        .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER);
        assert_eq!(ok.header(header::LOCATION), "/office");
        assert!(!ok.cookie("__Host-lmip_session").is_empty());
    }
}

#[tokio::test]
async fn administrators_invite_and_manage_roles_with_a_recent_password() {
    for t in test_databases().await {
        let state = state(&t).await;
        let (admin, csrf) = signed_in(&t, "boss@example.org", "admin").await;
        staff(&t, "bo@example.org", "editor").await;
        let office = get(&state, "/office", &admin).await;
        assert!(
            office
                .body
                .contains("href=\"/office/organisations/operator\"")
        );
        let page = get(&state, "/office/organisations/operator", &admin).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("bo@example.org") && page.body.contains("Editor"));
        // New and existing addresses get the same answer.
        let mut answers = Vec::new();
        for email in ["new@example.org", "bo@example.org"] {
            let r = post(
                &state,
                "/office/organisations/operator/invitations",
                &admin,
                &format!("csrf={csrf}&email={}&role=reviewer", enc(email)),
                &[],
            )
            .await;
            answers.push((r.status, r.header(header::LOCATION), r.body));
        }
        assert_eq!(answers[0], answers[1]);
        assert_eq!(answers[0].1, "/office/organisations/operator?done=invited");
        let mails = wait_for_mail(&state, 2).await;
        assert_eq!(mails[0].subject, "You are invited to join Portal operator");
        assert!(mails[0].body.contains("/account/set-password/"));
        assert_eq!(mails[1].subject, "You have a new role in Portal operator");
        // A field the server owns is refused.
        let r = post(
            &state,
            "/office/organisations/operator/invitations",
            &admin,
            &format!("csrf={csrf}&email=z%40example.org&role=editor&org=elsewhere"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
        // Withdrawing the last administrator's role is explained, not done.
        let me: String =
            sqlx::query_scalar("SELECT id FROM app_user WHERE email_key = 'boss@example.org'")
                .fetch_one(t.pool())
                .await
                .unwrap();
        let r = post(
            &state,
            "/office/organisations/operator/roles",
            &admin,
            &format!("csrf={csrf}&user={me}&role=admin&change=withdraw"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("last administrator"), "{}", r.body);
        // Sixteen minutes later, changes ask for the password first.
        let earlier =
            lmip_storage::format_utc(time::OffsetDateTime::now_utc() - time::Duration::minutes(16));
        sqlx::query("UPDATE user_session SET authenticated_at = $1")
            .bind(&earlier)
            .execute(t.pool())
            .await
            .unwrap();
        let r = post(
            &state,
            "/office/organisations/operator/second-factor",
            &admin,
            &format!("csrf={csrf}&required=1"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            r.header(header::LOCATION),
            "/account/confirm?next=%2Foffice%2Forganisations%2Foperator"
        );
        assert!(!t.requires_second_factor("operator").await.unwrap());
        let confirm = get(&state, &r.header(header::LOCATION), &admin).await;
        assert_eq!(confirm.status, StatusCode::OK);
        let r = post(
            &state,
            "/account/confirm",
            &admin,
            &format!(
                "csrf={csrf}&password={}&next=%2Foffice%2Forganisations%2Foperator",
                enc(PASSPHRASE)
            ),
            &[],
        )
        .await;
        assert_eq!(r.header(header::LOCATION), "/office/organisations/operator");
        let r = post(
            &state,
            "/office/organisations/operator/second-factor",
            &admin,
            &format!("csrf={csrf}&required=1"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(t.requires_second_factor("operator").await.unwrap());
        // Now the administrator, who has none, must set one up before anything else.
        let r = get(&state, "/office", &admin).await;
        assert_eq!(r.header(header::LOCATION), "/account/two-factor");
        let page = get(&state, "/account/two-factor", &admin).await;
        assert!(page.body.contains("<svg") && page.body.contains("Your organisation requires"));
    }
}

#[tokio::test]
async fn api_tokens_over_http() {
    for t in test_databases().await {
        let state = state(&t).await;
        let (admin, csrf) = signed_in(&t, "boss@example.org", "admin").await;
        let r = post(
            &state,
            "/office/organisations/operator/api-tokens",
            &admin,
            &format!("csrf={csrf}&name=upload+script&stats_focal_point=on"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        let token = r
            .body
            .split("<code>")
            .nth(1)
            .unwrap()
            .split("</code>")
            .next()
            .unwrap()
            .to_string();
        assert!(token.starts_with("lmip_"));
        let again = get(&state, "/office/organisations/operator", &admin).await;
        assert!(!again.body.contains(&token), "shown once");
        let call = |token: String| {
            let state = state.clone();
            async move {
                let mut b = Request::get("/api/v1/whoami");
                if !token.is_empty() {
                    b = b.header(header::AUTHORIZATION, format!("Bearer {token}"));
                }
                send(&state, b.body(Body::empty()).unwrap()).await
            }
        };
        let ok = call(token.clone()).await;
        assert_eq!(ok.status, StatusCode::OK);
        assert_eq!(
            ok.body,
            r#"{"credential":"token","memberships":[{"organisation":"operator","role":"stats_focal_point"}]}"#
        );
        let missing = call(String::new()).await;
        assert_eq!(missing.status, StatusCode::UNAUTHORIZED);
        assert_eq!(
            missing.header(header::CONTENT_TYPE),
            "application/problem+json"
        );
        let id: String = sqlx::query_scalar("SELECT id FROM api_token")
            .fetch_one(t.pool())
            .await
            .unwrap();
        let r = post(
            &state,
            &format!("/office/organisations/operator/api-tokens/{id}/revoke"),
            &admin,
            &format!("csrf={csrf}"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let revoked = call(token).await;
        assert_eq!(revoked.status, StatusCode::UNAUTHORIZED);
        assert!(revoked.body.contains("was revoked"), "{}", revoked.body);
        let unknown = call(format!("lmip_{}", "a".repeat(64))).await;
        assert!(unknown.body.contains("is not known"));
    }
}

#[tokio::test]
async fn signing_in_uses_the_configured_hash_cost() {
    for t in test_databases().await {
        let stronger = lmip_services::auth::HashCost {
            memory_kib: 19_456,
            iterations: 3,
            lanes: 1,
        };
        let state = AppState::new(
            t.db.clone(),
            WebConfig {
                hash_cost: stronger,
                ..Default::default()
            },
        )
        .await
        .unwrap();
        staff(&t, "ana@example.org", "editor").await;
        let page = get(&state, "/account/sign-in", "").await;
        let r = post(
            &state,
            "/account/sign-in",
            &page.cookie("__Host-lmip_form"),
            &format!(
                "csrf={}&email=ana%40example.org&password={}",
                page.csrf(),
                enc(PASSPHRASE)
            ),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let phc: String = sqlx::query_scalar("SELECT password_hash FROM app_user")
            .fetch_one(t.pool())
            .await
            .unwrap();
        assert!(
            phc.contains("t=3"),
            "{}: upgraded at sign-in: {phc}",
            t.label
        );
    }
}
