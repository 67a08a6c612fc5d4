//! Staff accounts over HTTP, in process: set a password from the one-time link, sign in, use the
//! back office, sign out; and every way a form can be refused. Both backends.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, WebConfig, router};
use tower::ServiceExt;

mod common;
use common::*;

#[tokio::test]
async fn set_password_sign_in_office_sign_out() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let added = lmip_services::users::add(
            &t,
            "cli:test",
            "ana@example.org",
            "operator",
            "admin",
            "http://x",
        )
        .await
        .unwrap();
        let path = format!(
            "/account/set-password/{}",
            added.link.rsplit('/').next().unwrap()
        );

        let form = get(&state, &path, "").await;
        assert_eq!(form.status, StatusCode::OK);
        assert_eq!(form.header(header::CACHE_CONTROL), "no-store");
        let fc = form.cookie("__Host-lmip_form");
        assert!(
            form.headers
                .get(header::SET_COOKIE)
                .unwrap()
                .to_str()
                .unwrap()
                .contains("Secure; HttpOnly; SameSite=Strict")
        );
        let differ = post(
            &state,
            &path,
            &fc,
            &format!(
                "csrf={}&password=one+long+passphrase&repeat=two+long+passphrase",
                form.csrf()
            ),
            &[],
        )
        .await;
        assert_eq!(differ.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(differ.body.contains("The two passwords are not the same."));
        let common = post(
            &state,
            &path,
            &fc,
            &format!(
                "csrf={}&password=qwerty123456&repeat=qwerty123456",
                form.csrf()
            ),
            &[],
        )
        .await;
        assert!(
            common.body.contains("one of the most common ones"),
            "{}",
            common.body
        );
        let saved = post(
            &state,
            &path,
            &fc,
            &format!(
                "csrf={}&password=one+long+passphrase&repeat=one+long+passphrase",
                form.csrf()
            ),
            &[("sec-fetch-site", "same-origin")],
        )
        .await;
        assert_eq!(
            (saved.status, saved.header(header::LOCATION).as_str()),
            (StatusCode::SEE_OTHER, "/account/sign-in?saved=1"),
            "{}",
            t.label
        );
        let again = post(
            &state,
            &path,
            &fc,
            &format!(
                "csrf={}&password=one+long+passphrase&repeat=one+long+passphrase",
                form.csrf()
            ),
            &[],
        )
        .await;
        assert_eq!(again.status, StatusCode::GONE, "the link works once");

        let page = get(&state, "/account/sign-in?saved=1", "").await;
        assert!(page.body.contains("Your password is saved."));
        let fc = page.cookie("__Host-lmip_form");
        let ok = post(
            &state,
            "/account/sign-in",
            &fc,
            &format!(
                "csrf={}&email=ana%40example.org&password=one+long+passphrase",
                page.csrf()
            ),
            &[],
        )
        .await;
        assert_eq!(
            (ok.status, ok.header(header::LOCATION).as_str()),
            (StatusCode::SEE_OTHER, "/office"),
            "{}: {}",
            t.label,
            ok.body
        );
        let sc = ok.cookie("__Host-lmip_session");
        let set = ok.header(header::SET_COOKIE);
        assert!(
            set.contains("Path=/; Secure; HttpOnly; SameSite=Lax"),
            "{set}"
        );

        let office = get(&state, "/office", &sc).await;
        assert_eq!(office.status, StatusCode::OK);
        assert!(
            office.body.contains("Signed in as ana@example.org")
                && office.body.contains("Portal operator: Administrator"),
            "{}",
            office.body
        );
        assert_eq!(office.header(header::CACHE_CONTROL), "no-store");

        let bad = post(&state, "/account/sign-out", &sc, "csrf=wrong", &[]).await;
        assert_eq!(bad.status, StatusCode::FORBIDDEN);
        assert!(bad.body.contains("This form cannot be sent"));
        let out = post(
            &state,
            "/account/sign-out",
            &sc,
            &format!("csrf={}", office.csrf()),
            &[],
        )
        .await;
        assert_eq!(out.status, StatusCode::SEE_OTHER);
        assert!(out.header(header::SET_COOKIE).contains("Max-Age=0"));
        let after = get(&state, "/office", &sc).await;
        assert_eq!(
            (after.status, after.header(header::LOCATION).as_str()),
            (StatusCode::SEE_OTHER, "/account/sign-in"),
            "the old cookie is dead on the server"
        );
    }
}

#[tokio::test]
async fn forms_from_elsewhere_or_without_tokens_are_refused() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let page = get(&state, "/account/sign-in", "").await;
        let fc = page.cookie("__Host-lmip_form");
        let form = format!(
            "csrf={}&email=a%40example.org&password=whatever+it+is",
            page.csrf()
        );
        for (cookie, extra, why) in [
            ("", vec![], "no form cookie"),
            (
                fc.as_str(),
                vec![("sec-fetch-site", "cross-site")],
                "cross-site",
            ),
            (
                fc.as_str(),
                vec![("origin", "https://evil.example")],
                "foreign origin",
            ),
        ] {
            let r = post(&state, "/account/sign-in", cookie, &form, &extra).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{why}");
            assert!(r.body.contains("This form cannot be sent"), "{why}");
        }
        let wrong_token = post(
            &state,
            "/account/sign-in",
            &fc,
            "csrf=00&email=a%40example.org&password=x",
            &[],
        )
        .await;
        assert_eq!(wrong_token.status, StatusCode::FORBIDDEN);
        let extra_field = post(
            &state,
            "/account/sign-in",
            &fc,
            &format!("{form}&role=admin"),
            &[],
        )
        .await;
        assert_eq!(
            extra_field.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "server-owned fields cannot be sent"
        );
        assert!(
            extra_field
                .body
                .contains("We could not understand this request")
        );
        let missing = post(
            &state,
            "/account/sign-in",
            &fc,
            "email=a%40example.org",
            &[],
        )
        .await;
        // The same key twice is ambiguous: refused, with the localized page, never a 500.
        let twice = post(
            &state,
            "/account/sign-in",
            &fc,
            &format!("{form}&email=b%40example.org"),
            &[],
        )
        .await;
        assert!(
            twice.status == StatusCode::BAD_REQUEST
                || twice.status == StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            twice.status
        );
        assert!(
            twice.body.contains("We could not understand this request"),
            "{}",
            twice.body
        );
        assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
}

#[tokio::test]
async fn unknown_account_and_wrong_password_look_the_same() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        staff(&t, "ana@example.org", "admin").await;
        let mut bodies = Vec::new();
        for (email, password) in [
            ("ana@example.org", "not the passphrase"),
            ("zed@example.org", "one long passphrase"),
        ] {
            let page = get(&state, "/account/sign-in", "").await;
            let fc = page.cookie("__Host-lmip_form");
            let r = post(
                &state,
                "/account/sign-in",
                &fc,
                &format!(
                    "csrf={}&email={}&password={}",
                    page.csrf(),
                    enc(email),
                    enc(password)
                ),
                &[],
            )
            .await;
            assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", t.label);
            assert!(
                r.body
                    .contains("The e-mail address or the password is not right.")
            );
            // Same page but for the fresh form token and the echoed address.
            bodies.push(r.body.replace(&r.csrf(), "TOKEN").replace(email, "EMAIL"));
        }
        assert_eq!(bodies[0], bodies[1]);
    }
}

/// Sends a sign-in attempt from `peer` with an `X-Forwarded-For` header, through a router that
/// sees `peer` as the TCP connection's address.
async fn attempt(state: &AppState, peer: &str, forwarded: &str, email: &str) -> Reply {
    use axum::extract::connect_info::MockConnectInfo;
    let peer: std::net::SocketAddr = format!("{peer}:40000").parse().unwrap();
    let page = get(state, "/account/sign-in", "").await;
    let fc = page.cookie("__Host-lmip_form");
    let req = Request::post("/account/sign-in")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, fc)
        .header("x-forwarded-for", forwarded)
        .body(Body::from(format!(
            "csrf={}&email={}&password=wrong+guess",
            page.csrf(),
            enc(email)
        )))
        .unwrap();
    let res = router(state.clone())
        .layer(MockConnectInfo(peer))
        .oneshot(req)
        .await
        .unwrap();
    reply(res).await
}

#[tokio::test]
async fn a_spoofed_forwarded_header_cannot_reset_the_limit() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        // Five different accounts, five different claimed addresses: one real client.
        for i in 0..5 {
            let r = attempt(
                &state,
                "203.0.113.50",
                &format!("198.51.100.{i}"),
                &format!("user{i}@example.org"),
            )
            .await;
            assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", t.label);
        }
        let r = attempt(
            &state,
            "203.0.113.50",
            "198.51.100.200",
            "fresh@example.org",
        )
        .await;
        assert_throttled(&r, &format!("{}: the header must not help", t.label));
        // Counting is per real client: another one is not slowed down.
        let other = attempt(
            &state,
            "203.0.113.51",
            "198.51.100.200",
            "someone@example.org",
        )
        .await;
        assert_eq!(other.status, StatusCode::UNAUTHORIZED, "{}", t.label);
    }
}

#[tokio::test]
async fn a_trusted_proxy_names_the_client() {
    for t in test_databases().await {
        let config = WebConfig {
            trusted_proxies: vec!["10.0.0.2".parse().unwrap()],
            ..Default::default()
        };
        let state = AppState::new(t.db.clone(), config).await.unwrap();
        // Many clients behind one proxy: each is counted on its own, so none is slowed down.
        for i in 0..8 {
            let r = attempt(
                &state,
                "10.0.0.2",
                &format!("198.51.100.{i}"),
                &format!("user{i}@example.org"),
            )
            .await;
            assert_eq!(
                r.status,
                StatusCode::UNAUTHORIZED,
                "{}: client {i}",
                t.label
            );
        }
        // One client behind the proxy, guessing: slowed down by its own address.
        for i in 0..5 {
            attempt(
                &state,
                "10.0.0.2",
                "192.0.2.77",
                &format!("guess{i}@example.org"),
            )
            .await;
        }
        let r = attempt(&state, "10.0.0.2", "192.0.2.77", "another@example.org").await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", t.label);
    }
}

#[tokio::test]
async fn sessions_page_and_sign_out_everywhere() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        staff(&t, "ana@example.org", "editor").await;
        let phone = sign_in_as(&t, "ana@example.org", "Phone", "192.0.2.1").await;
        let desk = sign_in_as(&t, "ana@example.org", "Desk", "192.0.2.2").await;
        let desk_cookie = format!("__Host-lmip_session={}", desk.cookie);
        let page = get(&state, "/account/sessions", &desk_cookie).await;
        assert_eq!(page.status, StatusCode::OK, "{}", t.label);
        assert!(
            page.body
                .contains("<td>Desk <strong>(this browser)</strong>")
                && page.body.contains("<td>Phone</td>"),
            "{}",
            page.body
        );
        let r = post(
            &state,
            "/account/sessions/sign-out-everywhere",
            &desk_cookie,
            &format!("csrf={}", page.csrf()),
            &[],
        )
        .await;
        assert_eq!(
            (r.status, r.header(header::LOCATION).as_str()),
            (StatusCode::SEE_OTHER, "/account/sign-in")
        );
        for cookie in [desk_cookie, format!("__Host-lmip_session={}", phone.cookie)] {
            let r = get(&state, "/office", &cookie).await;
            assert_eq!(
                r.header(header::LOCATION),
                "/account/sign-in",
                "{}: every session ended",
                t.label
            );
        }
    }
}

#[tokio::test]
async fn the_operators_admins_read_the_audit_log_and_nobody_else() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let mut cookies = Vec::new();
        for (email, role) in [
            ("boss@example.org", "admin"),
            ("writer@example.org", "editor"),
        ] {
            staff(&t, email, role).await;
            let s = sign_in_as(&t, email, "t", "192.0.2.9").await;
            cookies.push(format!("__Host-lmip_session={}", s.cookie));
        }
        let office = get(&state, "/office", &cookies[0]).await;
        assert!(
            office.body.contains("href=\"/office/audit\""),
            "the admin is offered the log"
        );
        let page = get(&state, "/office/audit", &cookies[0]).await;
        assert_eq!(page.status, StatusCode::OK, "{}", t.label);
        assert!(
            page.body.contains("session.sign_in") && page.body.contains("user.create"),
            "{}",
            page.body
        );
        assert!(
            !page.body.contains("boss@example.org"),
            "the log holds no e-mail addresses"
        );
        let filtered = get(&state, "/office/audit?action=session.&entity=", &cookies[0]).await;
        assert!(
            filtered.body.contains("session.sign_in") && !filtered.body.contains("user.create")
        );
        assert!(
            !get(&state, "/office", &cookies[1])
                .await
                .body
                .contains("/office/audit")
        );
        let denied = get(&state, "/office/audit", &cookies[1]).await;
        assert_eq!(
            denied.status,
            StatusCode::NOT_FOUND,
            "{}: an editor is not told the page exists",
            t.label
        );
    }
}

/// A complete form for each state-changing route, but for its token: the test must know every
/// such route, so a new form cannot ship without CSRF being checked here.
fn form_for(path: &str) -> Option<&'static str> {
    match path {
        "/account/sign-in" => Some("email=ana%40example.org&password=one+long+passphrase"),
        "/account/set-password/{token}" => {
            Some("password=a+new+passphrase&repeat=a+new+passphrase")
        }
        "/account/sign-out" | "/account/sessions/sign-out-everywhere" => Some(""),
        "/account/forgot-password" => Some("email=ana%40example.org"),
        "/account/sign-in/code" => Some("ticket=00&code=123456"),
        "/account/confirm" => Some("password=one+long+passphrase&next=%2Foffice"),
        "/account/two-factor" => Some("secret=JBSWY3DPEHPK3PXP&code=123456"),
        "/account/two-factor/off" => Some("code=123456"),
        "/office/organisations" => Some("slug=new-org&name=New&kind=ngo&country="),
        "/office/organisations/{org}/invitations" => Some("email=x%40example.org&role=editor"),
        "/office/organisations/{org}/roles" => Some("user=x&role=editor&change=grant"),
        "/office/organisations/{org}/second-factor" => Some("required=1"),
        "/office/organisations/{org}/api-tokens" => Some("name=script&editor=on"),
        "/office/organisations/{org}/api-tokens/{id}/revoke" => Some(""),
        // A multipart form in the browser; sent here as a plain form, which the route refuses
        // too (statistics_office.rs checks the multipart form's token and origin).
        "/office/organisations/{org}/submissions" => Some("flow=MIG_OUTFLOW&period=2024"),
        "/office/organisations/{org}/submissions/{id}/approve" => Some("accept_warnings=on"),
        "/office/organisations/{org}/submissions/{id}/reject" => Some("reason=no"),
        "/office/organisations/{org}/licences" => Some("authority=DMW"),
        "/office/organisations/{org}/licences/{id}/apply" => Some("expire_missing=1"),
        "/office/organisations/{org}/licences/{id}/discard" => Some(""),
        "/office/organisations/{org}/sanctions" => {
            Some("number=X&kind=fine&imposed_on=2026-01-01&reason=r")
        }
        "/office/organisations/{org}/opportunities" => Some("kind=g2g&title=T"),
        "/office/organisations/{org}/opportunities/{id}/decision" => {
            Some("decision=verify&note=seen")
        }
        "/office/rules" => Some("origin=KH&destination=TH"),
        "/office/frameworks" => Some("name=F&criteria=E1%3B1%3Bt%3Be"),
        "/office/organisations/{org}/assessments" => Some("framework=x&agency=y"),
        "/office/organisations/{org}/review-codes" => Some("agency=y"),
        "/office/reviews/{id}/moderation" => Some("decision=publish&note="),
        "/office/organisations/{org}/reviews/{id}/answer" => Some("answer=thanks"),
        "/{lang}/review" => Some("code=x"),
        "/{lang}/complaints/new" => {
            Some("category=other&narrative=a+long+enough+account&consent_store=1")
        }
        "/{lang}/case-status" => Some("code=0000-0000-0000-00&pin=123456"),
        "/office/organisations/{org}/cases/new" => {
            Some("category=other&narrative=a+long+enough+account&consent_store=1")
        }
        "/office/organisations/{org}/cases/find" => Some("contact=%2B66812345678"),
        "/office/organisations/{org}/cases/{id}/triage" => Some("revision=1&category=other"),
        "/office/organisations/{org}/cases/{id}/status" => Some("revision=1&status=closed"),
        "/office/organisations/{org}/cases/{id}/notes" => Some("body=note"),
        "/office/organisations/{org}/cases/{id}/referrals" => Some("to=operator"),
        "/office/organisations/{org}/referrals/{id}" => Some("decision=accept&state=requested"),
        "/office/organisations/{org}/directory" => Some("description=x"),
        "/office/organisations/{org}/content" => Some("slug=x&kind=guide"),
        "/office/organisations/{org}/content/{slug}/text" => Some("locale=en&title=T"),
        "/office/organisations/{org}/content/{slug}/audio" => Some("locale=en"),
        "/office/organisations/{org}/content/{slug}/audio/remove" => Some("locale=en"),
        "/office/organisations/{org}/content/{slug}/details" => Some("review_days=90"),
        "/office/organisations/{org}/content/{slug}/structure" => {
            Some("structure=step+a&revision=1")
        }
        "/office/organisations/{org}/content/{slug}/step" => Some("step=submit&revision=1"),
        "/office/organisations/{org}/content/{slug}/decision" => Some("step=publish&revision=1"),
        "/{lang}/check-offer" => Some("origin=KH&destination=TH"),
        _ => None,
    }
}

#[tokio::test]
async fn every_state_changing_route_refuses_forged_and_cross_site_forms() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        staff(&t, "ana@example.org", "admin").await;
        // Every role a form needs, so that the policy lets each request reach its CSRF check.
        let user: String = sqlx::query_scalar("SELECT id FROM app_user WHERE email = $1")
            .bind("ana@example.org")
            .fetch_one(t.pool())
            .await
            .unwrap();
        let mut tx = t.write().await.unwrap();
        for role in [
            "stats_focal_point",
            "stats_approver",
            "editor",
            "reviewer",
            "caseworker",
            "agency_rep",
        ] {
            tx.grant_role(&user, "operator", role).await.unwrap();
        }
        tx.commit().await.unwrap();
        let s = sign_in_as(&t, "ana@example.org", "t", "192.0.2.3").await;
        let session = format!("__Host-lmip_session={}", s.cookie);
        let form_cookie = get(&state, "/account/sign-in", "")
            .await
            .cookie("__Host-lmip_form");
        let form_token = form_cookie.split('=').nth(1).unwrap().to_string();
        let cookies = format!("{session}; {form_cookie}");
        let mut checked = 0;
        for route in lmip_web::authorize::ROUTES
            .iter()
            .filter(|r| r.method == "POST")
        {
            // Not a form: an SMS gateway's webhook, refused without its shared secret or a
            // signature of the body (tests/sms.rs), and no cookie or token of a browser.
            if route.path == "/channels/sms" {
                continue;
            }
            let fields = form_for(route.path).unwrap_or_else(|| {
                panic!("add {} to form_for: every form must be checked", route.path)
            });
            let path = route
                .path
                .replace("{token}", &"0".repeat(64))
                .replace("{org}", "operator")
                .replace("{lang}", "en")
                .replace("{slug}", "x")
                .replace("{id}", "0");
            let join = |csrf: &str| {
                if fields.is_empty() {
                    format!("csrf={csrf}")
                } else {
                    format!("csrf={csrf}&{fields}")
                }
            };
            // A wrong token from this site.
            let r = post(
                &state,
                &path,
                &cookies,
                &join("forged"),
                &[("sec-fetch-site", "same-origin")],
            )
            .await;
            assert_eq!(
                r.status,
                StatusCode::FORBIDDEN,
                "{}: {path} accepted a forged token",
                t.label
            );
            // The right tokens (session's and the form cookie's), sent from another site.
            for right in [s.csrf.as_str(), form_token.as_str()] {
                for (name, value) in [
                    ("sec-fetch-site", "cross-site"),
                    ("origin", "https://evil.example"),
                ] {
                    let r = post(&state, &path, &cookies, &join(right), &[(name, value)]).await;
                    assert_eq!(
                        r.status,
                        StatusCode::FORBIDDEN,
                        "{}: {path} accepted {name}: {value}",
                        t.label
                    );
                }
            }
            checked += 1;
        }
        assert_eq!(
            checked,
            lmip_web::authorize::ROUTES
                .iter()
                .filter(|r| r.method == "POST" && r.path != "/channels/sms")
                .count(),
            "every POST route was checked"
        );
        // The session survived all of that: nothing forged took effect.
        assert!(
            lmip_services::auth::session(&t, &s.cookie)
                .await
                .unwrap()
                .is_some()
        );
    }
}

#[tokio::test]
async fn guessing_links_is_slowed_down() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let mut last = None;
        for i in 0..6 {
            let path = format!("/account/set-password/{i:064}");
            let form = get(&state, &path, "").await;
            let fc = form.cookie("__Host-lmip_form");
            let r = post(
                &state,
                &path,
                &fc,
                &format!(
                    "csrf={}&password=a+new+passphrase&repeat=a+new+passphrase",
                    form.csrf()
                ),
                &[],
            )
            .await;
            last = Some(r);
        }
        let r = last.unwrap();
        assert_throttled(&r, &format!("{}: the sixth wrong link waits", t.label));
    }
}
