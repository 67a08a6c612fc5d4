//! The verify page, its JSON and text answers, over HTTP in process, on both backends.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use axum::http::{StatusCode, header};
use common::*;
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, WebConfig};
use std::io::Write;

const LIST: &str = "licence,agency,status,valid from,valid to,destinations\n\
PH-001-LB,ABC Manpower Co. Ltd.,valid,2024-01-15,2099-01-14,TH MY\n\
PH-002-LB,Old Agency,valid,2020-01-01,2021-01-01,TH\n\
PH-003-LB,Bad Agency,revoked,2020-01-01,2030-01-01,MY\n";

async fn with_register(t: &lmip_storage::Db) -> AppState {
    register(t, "PH", LIST).await;
    AppState::new(t.clone(), WebConfig::default())
        .await
        .unwrap()
}

#[tokio::test]
async fn the_answer_in_one_glance_in_every_language() {
    for t in test_databases().await {
        let state = with_register(&t).await;
        for locale in ["en", "th", "km", "lo", "my", "vi", "id", "ms", "fil", "tet"] {
            let r = get(&state, &format!("/{locale}/verify?q=ph-001-lb"), "").await;
            assert_eq!(r.status, StatusCode::OK, "{locale}");
            assert!(r.body.contains("class=\"verdict licensed\""), "{locale}");
            assert!(r.body.contains("ABC Manpower Co. Ltd."), "{locale}");
            assert!(
                !r.body.contains(" data-untranslated title="),
                "{locale}: a message is missing"
            );
            assert!(!r.body.contains("<script"), "{locale}");
            assert_eq!(r.header(header::CACHE_CONTROL), "no-store");
            // The budget: 14 KB compressed.
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            gz.write_all(r.body.as_bytes()).unwrap();
            let size = gz.finish().unwrap().len();
            assert!(size <= 14_336, "{locale}: {size} bytes gzipped");
        }
        let r = get(&state, "/en/verify?q=PH-002-LB", "").await;
        assert!(r.body.contains("class=\"verdict expired\""), "{}", t.label);
        let r = get(&state, "/en/verify?q=Bad+Agency", "").await;
        assert!(r.body.contains("class=\"verdict revoked\""), "{}", t.label);
        let r = get(&state, "/th/verify?q=nobody", "").await;
        assert!(r.body.contains("class=\"verdict not-found\""));
        assert!(r.body.contains("ไม่พบข้อมูล"));
        // A look-alike is flagged with a link to the licensed agency.
        let r = get(&state, "/en/verify?q=ABC+Manpowers", "").await;
        assert!(
            r.body.contains("looks like a licensed agency"),
            "{}",
            r.body
        );
        assert!(
            r.body.contains("/en/verify?q=ABC+Manpower+Co.+Ltd."),
            "{}",
            r.body
        );
        // The empty form.
        let r = get(&state, "/en/verify", "").await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("name=\"q\""));
    }
}

#[tokio::test]
async fn bad_queries_get_clear_answers() {
    for t in test_databases().await {
        let state = with_register(&t).await;
        let r = get(&state, "/vi/verify?q=+", "").await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert!(r.body.contains("Hãy nhập số giấy phép"), "{}", r.body);
        let long = "a".repeat(5_000);
        let r = get(&state, &format!("/en/verify?q={long}"), "").await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert!(r.body.contains("at most 200 characters"));
        let r = get(&state, "/en/verify?q=x&format=pdf", "").await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        let r = get(&state, "/api/v1/agencies/verify?q=", "").await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert_eq!(r.header(header::CONTENT_TYPE), "application/problem+json");
    }
}

#[tokio::test]
async fn json_and_text_answers() {
    for t in test_databases().await {
        let state = with_register(&t).await;
        let r = get(&state, "/api/v1/agencies/verify?q=PH-001-LB", "").await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(v["verdict"], "licensed");
        assert_eq!(v["by_number"], true);
        assert_eq!(v["agencies"][0]["licences"][0]["destinations"][1], "MY");
        let v: serde_json::Value = serde_json::from_str(
            &get(&state, "/api/v1/agencies/verify?q=PH-002-LB", "")
                .await
                .body,
        )
        .unwrap();
        assert_eq!(v["verdict"], "expired");
        assert_eq!(v["agencies"][0]["licences"][0]["recorded_status"], "valid");
        for (q, starts) in [
            ("PH-001-LB", "LICENSED: ABC Manpower"),
            ("nobody", "NOT FOUND"),
        ] {
            let r = get(&state, &format!("/en/verify?q={q}&format=text"), "").await;
            assert_eq!(r.header(header::CONTENT_TYPE), "text/plain; charset=utf-8");
            assert!(r.body.starts_with(starts), "{}", r.body);
            assert!(r.body.chars().count() <= 160);
        }
        // Long names are cut to fit 160 characters.
        let long = format!(
            "licence,agency,status\nPH-009-LB,{},valid\n",
            "Very Long Agency Name ".repeat(12)
        );
        let staged = lmip_services::licences::stage_list(
            &t,
            "cli:test",
            "",
            "PH",
            "",
            "l.csv",
            long.as_bytes(),
        )
        .await
        .unwrap();
        lmip_services::licences::apply(
            &t,
            "cli:test",
            &staged.id,
            false,
            &lmip_search::Segmenter::new(),
        )
        .await
        .unwrap();
        let r = get(&state, "/km/verify?q=PH-009-LB&format=text", "").await;
        assert_eq!(r.body.chars().count(), 160, "{}", r.body);
    }
}

#[tokio::test]
async fn each_agency_has_a_record_page_with_its_history() {
    for t in test_databases().await {
        let state = with_register(&t).await;
        let found = get(&state, "/en/verify?q=PH-003-LB", "").await;
        let at = found
            .body
            .find("href=\"/en/agencies/")
            .expect("a link to the agency");
        let href: String = found.body[at + 6..]
            .chars()
            .take_while(|c| *c != '"')
            .collect();
        for locale in ["en", "th", "km", "lo", "my", "vi", "id", "ms", "fil", "tet"] {
            let page = get(&state, &href.replace("/en/", &format!("/{locale}/")), "").await;
            assert_eq!(page.status, StatusCode::OK, "{locale}");
            assert!(page.body.contains("class=\"verdict revoked\""), "{locale}");
            assert!(
                !page.body.contains(" data-untranslated title="),
                "{locale}: a message is missing"
            );
        }
        let page = get(&state, &href, "").await;
        assert!(page.body.contains("Bad Agency"));
        // Its history, and the parts lmip does not hold yet, saying so.
        assert!(page.body.contains("History of the licence"));
        // No assessment yet; complaints say why none are shown; reviews say how many.
        assert_eq!(page.body.matches("No data yet.").count(), 1);
        assert!(page.body.contains("Fewer than 5 upheld complaints"));
        assert!(page.body.contains("/en/complaints/new?respondent="));
        assert!(page.body.contains("0 published review(s)"));
        // Only agencies have such a page.
        assert_eq!(
            get(&state, "/en/agencies/operator", "").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            get(&state, "/en/agencies/nobody", "").await.status,
            StatusCode::NOT_FOUND
        );
    }
}

#[tokio::test]
async fn the_openapi_document_names_every_api_route_and_its_answers() {
    for t in test_databases().await {
        let state = with_register(&t).await;
        let r = get(&state, "/api/v1/openapi.json", "").await;
        assert_eq!(r.status, StatusCode::OK);
        let doc: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(doc["openapi"], "3.1.0");
        for route in lmip_web::authorize::ROUTES
            .iter()
            .filter(|r| r.path.starts_with("/api/"))
        {
            let op = &doc["paths"][route.path][route.method.to_lowercase()];
            assert!(
                op.is_object(),
                "{} {} is not described",
                route.method,
                route.path
            );
        }
        // What the verify answer holds is what the document says it holds, field by field.
        let answer: serde_json::Value = serde_json::from_str(
            &get(&state, "/api/v1/agencies/verify?q=PH-003-LB", "")
                .await
                .body,
        )
        .unwrap();
        let schemas = &doc["components"]["schemas"];
        let check = |value: &serde_json::Value, schema: &str| {
            let s = &schemas[schema];
            let mut required: Vec<&str> = s["required"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            let mut present: Vec<&str> = value
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            required.sort();
            present.sort();
            assert_eq!(present, required, "{schema}");
        };
        check(&answer, "VerifyAnswer");
        check(&answer["agencies"][0], "Agency");
        check(&answer["agencies"][0]["licences"][0], "Licence");
        let bad = get(&state, "/api/v1/agencies/verify?q=", "").await;
        check(&serde_json::from_str(&bad.body).unwrap(), "Problem");
    }
}

#[tokio::test]
async fn answers_travel_compressed() {
    for t in test_databases().await {
        let state = with_register(&t).await;
        for (encoding, path) in [
            ("br", "/my/verify?q=PH-001-LB"),
            ("gzip", "/my/verify?q=PH-001-LB"),
            ("gzip", "/km/verify?q=nobody"),
        ] {
            let r = tower::ServiceExt::oneshot(
                lmip_web::router(state.clone()),
                axum::http::Request::get(path)
                    .header(header::ACCEPT_ENCODING, encoding)
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
            assert_eq!(r.headers()[header::CONTENT_ENCODING], encoding);
            assert_eq!(r.headers()[header::VARY], "Accept-Encoding");
            let bytes = http_body_util::BodyExt::collect(r.into_body())
                .await
                .unwrap()
                .to_bytes();
            // The budget is for the bytes that travel.
            assert!(
                bytes.len() <= 14_336,
                "{path} {encoding}: {} bytes",
                bytes.len()
            );
            let mut html = String::new();
            if encoding == "gzip" {
                let mut d = flate2::read::GzDecoder::new(&bytes[..]);
                std::io::Read::read_to_string(&mut d, &mut html).unwrap();
            } else {
                let mut d = brotli::Decompressor::new(&bytes[..], 4096);
                std::io::Read::read_to_string(&mut d, &mut html).unwrap();
            }
            assert!(html.contains("class=\"verdict"), "{path} {encoding}");
        }
    }
}
