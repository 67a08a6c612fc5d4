//! Offline reading: corridor and help pages load the optional offline script (deferred, never
//! render-blocking) with their "save" and "print" buttons hidden until it runs; no other public
//! page has any script; the service worker and the script are served as the CSP allows (files of
//! this site only). The browser side (saving, then reading without a connection) is checked in
//! Chromium by conformance/pages/check.mjs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::{StatusCode, header};
use common::get;
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, WebConfig};

#[tokio::test]
async fn corridor_and_help_pages_offer_offline_reading_and_nothing_else_has_script() {
    for t in test_databases().await {
        lmip_services::demo::load(&t, "test").await.unwrap();
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let mut script = String::new();
        for path in ["/km/corridors/kh-th", "/en/help"] {
            let r = get(&state, path, "").await;
            assert_eq!(r.status, StatusCode::OK, "{path}");
            let tag = r
                .body
                .split("<script src=\"")
                .nth(1)
                .expect("the offline script");
            let (src, rest) = tag.split_once('"').unwrap();
            assert!(rest.starts_with(" defer></script>"), "{path}: deferred");
            assert!(
                src.starts_with("/static/offline.") && src.ends_with(".js"),
                "{src}"
            );
            script = src.to_string();
            assert!(
                r.body
                    .contains("<button type=\"button\" id=\"offline-save\" hidden>"),
                "{path}"
            );
            assert!(
                r.body
                    .contains("<button type=\"button\" id=\"offline-print\" hidden>"),
                "{path}"
            );
            let csp = r.header(header::CONTENT_SECURITY_POLICY);
            assert!(
                csp.contains("script-src 'self'") && !csp.contains("unsafe"),
                "{csp}"
            );
        }
        for path in [
            "/en/",
            "/en/verify",
            "/en/complaints/new",
            "/en/statistics",
            "/en/search?q=passport",
        ] {
            let r = get(&state, path, "").await;
            assert!(!r.body.contains("<script"), "{path}: no script");
        }
        let js = get(&state, &script, "").await;
        assert_eq!(js.status, StatusCode::OK);
        assert!(
            js.header(header::CONTENT_TYPE)
                .starts_with("text/javascript")
        );
        assert!(js.header(header::CACHE_CONTROL).contains("immutable"));
        assert!(js.body.contains("serviceWorker"));
        let sw = get(&state, "/sw.js", "").await;
        assert_eq!(sw.status, StatusCode::OK);
        assert!(
            sw.header(header::CONTENT_TYPE)
                .starts_with("text/javascript")
        );
        assert_eq!(sw.header(header::CACHE_CONTROL), "no-cache");
        assert!(sw.body.contains("addEventListener('fetch'"));
        // A stale script name is not served with a year-long lifetime.
        let stale = get(&state, "/static/offline.000000000000.js", "").await;
        assert_eq!(stale.status, StatusCode::NOT_FOUND);
    }
}
