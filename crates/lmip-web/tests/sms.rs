//! The text-message channel over HTTP, in process, on both backends: a whole conversation in each
//! of the ten languages (numbered menus and command words: language, verify an agency, case
//! status, help contacts, legal fees, something not understood), every reply within three SMS
//! parts; and the bad input: no or a wrong secret or signature, an empty and a 2,000-character
//! message, a JSON body, and a number flooding the channel.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::{get, post, send};
use lmip_domain::Locale;
use lmip_domain::sms::{Encoding, MAX_PARTS, measure};
use lmip_i18n::Catalog;
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, Secret, WebConfig};

const SECRET: &str = "gateway-shared-secret-0123";

fn config() -> WebConfig {
    WebConfig {
        sms_secret: Some(Secret(SECRET.into())),
        ..Default::default()
    }
}

async fn sms(state: &AppState, from: &str, text: &str) -> (StatusCode, String) {
    let body =
        serde_urlencoded::to_string([("from", from), ("to", "4567"), ("text", text)]).unwrap();
    let r = post(
        state,
        "/channels/sms",
        "",
        &body,
        &[("x-lmip-sms-secret", SECRET)],
    )
    .await;
    if r.status == StatusCode::OK {
        let size = measure(&r.body);
        assert!(size.parts <= MAX_PARTS, "{} parts: {}", size.parts, r.body);
        assert_eq!(
            r.header(header::HeaderName::from_static("x-lmip-sms-parts")),
            size.parts.to_string()
        );
    }
    (r.status, r.body)
}

/// Files a complaint through the public form; returns (tracking code, PIN).
async fn file_complaint(state: &AppState) -> (String, String) {
    let page = get(state, "/en/complaints/new", "").await;
    let (cookie, csrf) = (page.cookie("__Host-lmip_form"), page.csrf());
    let nonce = page
        .body
        .split("name=\"nonce\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_default()
        .to_string();
    let form = format!(
        "csrf={csrf}&nonce={nonce}&category=withheld_wages&narrative=The+employer+has+not+paid+me+for+three+months\
         &consent_store=1&channel=none"
    );
    let r = post(state, "/en/complaints/new", &cookie, &form, &[]).await;
    let codes: Vec<String> = r
        .body
        .split("<p class=\"code\">")
        .skip(1)
        .map(|s| s.split('<').next().unwrap().to_string())
        .collect();
    assert_eq!(codes.len(), 2, "filed: {}", r.body);
    (codes[0].clone(), codes[1].clone())
}

fn first_word(c: &Catalog, l: Locale, key: &str) -> String {
    c.text(l, key)
        .value
        .split(',')
        .next()
        .unwrap()
        .trim()
        .to_string()
}

#[tokio::test]
async fn a_whole_conversation_in_each_of_the_ten_languages() {
    let catalog = Catalog::load().unwrap();
    for t in test_databases().await {
        lmip_services::demo::load(&t, "test").await.unwrap();
        let state = AppState::new(t.db.clone(), config()).await.unwrap();
        let (code, pin) = file_complaint(&state).await;
        for (i, l) in Locale::ALL.into_iter().enumerate() {
            let from = format!("+66 81 000 10{i:02}");
            let msg = |key: &str| catalog.text(l, key).value;
            let label = format!("{} {}", t.label, l.code());
            // A new sender gets English; 5 lists the languages by their own names.
            let (status, r) = sms(&state, &from, "5").await;
            assert_eq!(status, StatusCode::OK, "{label}");
            assert!(
                r.contains("English") && r.contains("ไทย") && r.contains("ខ្មែរ"),
                "{label}: {r}"
            );
            // The number of the language switches to it, and it is remembered.
            let (_, r) = sms(&state, &from, &(i + 1).to_string()).await;
            assert!(r.starts_with(&msg("sms-language-set")), "{label}: {r}");
            let (_, r) = sms(&state, &from, "").await;
            assert!(
                r.starts_with(msg("sms-menu").get(..8).unwrap_or_default()),
                "{label}: {r}"
            );
            if matches!(l, Locale::Th | Locale::Km | Locale::Lo | Locale::My) {
                assert_eq!(measure(&r).encoding, Encoding::Ucs2, "{label}");
            }
            if matches!(
                l,
                Locale::En | Locale::Vi | Locale::Id | Locale::Ms | Locale::Fil
            ) {
                assert_eq!(measure(&r).encoding, Encoding::Gsm7, "{label}: {r}");
            }
            // 1: verify, by the number asked for.
            let (_, r) = sms(&state, &from, "1").await;
            assert_eq!(r, msg("sms-ask-verify"), "{label}");
            let (_, r) = sms(&state, &from, "DEMO-001").await;
            assert!(
                r.contains("Sample Manpower Services (demo)") && r.contains("DEMO-001"),
                "{label}: {r}"
            );
            assert!(
                r.contains(&msg("sms-verify-licensed-advice")),
                "{label}: {r}"
            );
            // The locale's own command word, with a revoked licence.
            let verify = first_word(&catalog, l, "sms-words-verify");
            let (_, r) = sms(&state, &from, &format!("{verify} DEMO-003")).await;
            assert!(r.contains(&msg("sms-verify-warning")), "{label}: {r}");
            if l == Locale::Vi {
                assert_eq!(
                    measure(&r).encoding,
                    Encoding::Gsm7,
                    "{label}: unaccented: {r}"
                );
            }
            // 2: case status with code and PIN.
            let (_, r) = sms(&state, &from, "2").await;
            assert_eq!(r, msg("sms-ask-status"), "{label}");
            let (_, r) = sms(&state, &from, &format!("{code} {pin}")).await;
            // (Vietnamese replies are written without tone marks, the status words too.)
            let received = msg("case-status-received");
            let received = if l == Locale::Vi {
                lmip_search::Segmenter::new().unaccent(&received)
            } else {
                received
            };
            assert!(r.contains(&received), "{label}: {r}");
            // 3: help contacts, by number from the list.
            let (_, r) = sms(&state, &from, "3").await;
            assert!(r.starts_with(&msg("sms-ask-country")), "{label}: {r}");
            let help = first_word(&catalog, l, "sms-words-help");
            let (_, r) = sms(&state, &from, &format!("{help} TH")).await;
            assert!(r.contains("MAP Foundation"), "{label}: {r}");
            // 4: legal fees, by number and by two countries.
            let (_, r) = sms(&state, &from, "4").await;
            assert!(r.starts_with(&msg("sms-ask-route")), "{label}: {r}");
            let (_, r) = sms(&state, &from, "1").await;
            assert!(
                !r.starts_with(&msg("sms-ask-route")),
                "{label}: a number picks a route: {r}"
            );
            let fees = first_word(&catalog, l, "sms-words-fees");
            let (_, r) = sms(&state, &from, &format!("{fees} KH TH")).await;
            // (in the locale's digits: Burmese amounts are written ၉၀၀)
            assert!(
                r.chars().any(char::is_numeric) && r.contains("THB"),
                "{label}: amounts: {r}"
            );
            // Something that is no command: the menu, saying so.
            let (_, r) = sms(&state, &from, "qwerty uiop").await;
            assert!(r.starts_with(&msg("sms-not-understood")), "{label}: {r}");
            // STOP forgets the language: the next message is answered in English again.
            let stop = first_word(&catalog, l, "sms-words-stop");
            let (_, r) = sms(&state, &from, &stop).await;
            assert_eq!(r, msg("sms-stopped"), "{label}");
            let (_, r) = sms(&state, &from, "MENU").await;
            assert_eq!(r, catalog.text(Locale::En, "sms-menu").value, "{label}");
        }
    }
}

#[tokio::test]
async fn a_new_sender_writing_in_a_script_is_answered_in_its_language() {
    let catalog = Catalog::load().unwrap();
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), config()).await.unwrap();
        let (_, r) = sms(&state, "+85512000001", "សួស្តី").await;
        assert_eq!(r, catalog.text(Locale::Km, "sms-menu").value, "{}", t.label);
        let (_, r) = sms(&state, "+95912000001", "ဟယ်လို").await;
        assert!(
            r.starts_with(&catalog.text(Locale::My, "sms-not-understood").value),
            "{}: {r}",
            t.label
        );
    }
}

#[tokio::test]
async fn gateways_must_prove_themselves_and_bad_messages_get_clear_answers() {
    for t in test_databases().await {
        let off = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let r = post(
            &off,
            "/channels/sms",
            "",
            "from=1&text=MENU",
            &[("x-lmip-sms-secret", SECRET)],
        )
        .await;
        assert_eq!(
            r.status,
            StatusCode::NOT_FOUND,
            "{}: no secret configured, no channel",
            t.label
        );

        let state = AppState::new(t.db.clone(), config()).await.unwrap();
        let r = post(&state, "/channels/sms", "", "from=1&text=MENU", &[]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", t.label);
        let r = post(
            &state,
            "/channels/sms",
            "",
            "from=1&text=MENU",
            &[("x-lmip-sms-secret", "guess")],
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", t.label);
        let r = post(
            &state,
            "/channels/sms",
            "",
            "from=1&text=MENU",
            &[("x-lmip-signature", "sha256=00")],
        )
        .await;
        assert_eq!(
            r.status,
            StatusCode::FORBIDDEN,
            "{}: a spoofed signature",
            t.label
        );
        // No sender: told what is missing.
        let r = post(
            &state,
            "/channels/sms",
            "",
            "text=MENU",
            &[("x-lmip-sms-secret", SECRET)],
        )
        .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", t.label);

        // Empty, and 2,000 characters: the menu, within the limit.
        let (s, r) = sms(&state, "+66810000001", "").await;
        assert_eq!(s, StatusCode::OK);
        assert!(r.contains("1 "), "{}: {r}", t.label);
        let (s, _) = sms(&state, "+66810000001", &"ก".repeat(2000)).await;
        assert_eq!(s, StatusCode::OK, "{}", t.label);
        // Mixed scripts.
        let (s, _) = sms(&state, "+66810000001", "CHECK บริษัท Sun 株式会社").await;
        assert_eq!(s, StatusCode::OK, "{}", t.label);

        // JSON in, JSON out, with the size on the air.
        let req = Request::post("/channels/sms")
            .header(header::CONTENT_TYPE, "application/json")
            .header("x-lmip-sms-secret", SECRET)
            .body(Body::from(
                r#"{"msisdn": "+66810000002", "to": "4567", "message": "MENU"}"#,
            ))
            .unwrap();
        let r = send(&state, req).await;
        assert_eq!(r.status, StatusCode::OK, "{}", t.label);
        let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(v["to"], "+66810000002");
        assert_eq!(v["from"], "4567");
        assert_eq!(v["encoding"], "GSM-7");
        assert_eq!(v["parts"], 1);

        // A flood from one number: told once, then refused without a reply.
        let from = "+66810000003";
        let mut told = 0;
        let mut refused = 0;
        for _ in 0..(lmip_services::sms::PER_SENDER + 3) {
            let (s, r) = sms(&state, from, "MENU").await;
            match s {
                StatusCode::OK if r.contains("Too many messages") => told += 1,
                StatusCode::OK => {}
                StatusCode::TOO_MANY_REQUESTS => {
                    assert!(r.is_empty());
                    refused += 1;
                }
                other => panic!("{other}"),
            }
        }
        assert_eq!((told, refused), (1, 2), "{}", t.label);
        // Another number is still answered.
        let (s, _) = sms(&state, "+66810000004", "MENU").await;
        assert_eq!(s, StatusCode::OK, "{}", t.label);
    }
}

/// A gateway's send endpoint on loopback: what it received (headers and body), once.
async fn gateway() -> (
    std::net::SocketAddr,
    tokio::sync::mpsc::Receiver<(axum::http::HeaderMap, String)>,
) {
    let (tx, rx) = tokio::sync::mpsc::channel(4);
    let app = axum::Router::new().route(
        "/send",
        axum::routing::post(move |headers: axum::http::HeaderMap, body: String| {
            let tx = tx.clone();
            async move {
                tx.send((headers, body)).await.unwrap();
                StatusCode::ACCEPTED
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (addr, rx)
}

async fn with_outbound(
    db: &lmip_storage::Db,
    endpoint: lmip_outbound::Endpoint,
    form: bool,
) -> AppState {
    let config = WebConfig {
        sms_outbound: Some(lmip_web::SmsOutbound { endpoint, form }),
        ..config()
    };
    AppState::new(db.clone(), config).await.unwrap()
}

#[tokio::test]
async fn replies_are_posted_to_the_send_endpoint_signed_and_never_inside_the_network_unless_allowed()
 {
    use hmac::{Hmac, Mac};
    for t in test_databases().await {
        let (addr, mut received) = gateway().await;
        // The operator names the network the gateway is in: loopback here.
        let endpoint =
            lmip_outbound::Endpoint::parse(&format!("http://{addr}/send"), &["127.0.0.1".into()])
                .unwrap();
        let state = with_outbound(&t.db, endpoint, false).await;
        let r = post(
            &state,
            "/channels/sms",
            "",
            "from=%2B66810000009&to=4567&text=MENU",
            &[("x-lmip-sms-secret", SECRET)],
        )
        .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "{}: {}", t.label, r.body);
        assert!(
            r.body.is_empty(),
            "{}: sent once, not also in the answer",
            t.label
        );
        assert_eq!(
            r.header(header::HeaderName::from_static("x-lmip-sms-sent")),
            "outbound"
        );
        let (headers, body) = received.recv().await.unwrap();
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["to"], "+66810000009");
        assert_eq!(v["from"], "4567");
        assert!(v["text"].as_str().unwrap().contains("1 "), "{body}");
        // The gateway can check the body came from lmip.
        let sig = headers["x-lmip-signature"].to_str().unwrap();
        let mut m = Hmac::<sha2::Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
        m.update(body.as_bytes());
        assert_eq!(
            sig,
            format!("sha256={}", hex::encode(m.finalize().into_bytes()))
        );

        // The same address, its network not allowed: refused when resolved, and the reply goes
        // back in the answer instead (nothing is lost).
        let endpoint =
            lmip_outbound::Endpoint::parse(&format!("http://localhost:{}/send", addr.port()), &[])
                .unwrap();
        let state = with_outbound(&t.db, endpoint, true).await;
        let (s, body) = sms(&state, "+66810000010", "MENU").await;
        assert_eq!(s, StatusCode::OK, "{}", t.label);
        assert!(body.contains("1 "), "{}: {body}", t.label);
        // Both outcomes are counted for the operator.
        let metrics = get(&state, "/metrics", "").await.body;
        for result in ["sent", "failed"] {
            assert!(
                metrics.contains(&format!("sms_outbound_total{{result=\"{result}\"}}")),
                "{}: {metrics}",
                t.label
            );
        }
        assert!(
            received.try_recv().is_err(),
            "{}: nothing reached the internal address",
            t.label
        );
    }
}
