//! The search page over HTTP in process, on both backends: a plain GET form that works without
//! JavaScript, results with the words marked, filters, and every bad query answered in the
//! reader's language (empty, 10,000 characters, only punctuation; mixed scripts are a search).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use axum::http::StatusCode;
use common::*;
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, WebConfig};

#[tokio::test]
async fn search_finds_marks_and_explains() {
    for t in test_databases().await {
        lmip_services::demo::load(&t, "cli:test").await.unwrap();
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let form = get(&state, "/en/search", "").await;
        assert_eq!(form.status, StatusCode::OK);
        assert!(form.body.contains("role=\"search\""));
        assert!(!form.body.contains("<script"));
        let r = get(&state, "/en/search?q=passport", "").await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("<mark>passport</mark>"), "{}", r.body);
        assert!(r.body.contains("href=\"/en/content/kh-th-before-you-go\""));
        // Filters narrow; the directory and jobs are searched too.
        let r = get(&state, "/en/search?q=passport&kind=law", "").await;
        assert!(!r.body.contains("kh-th-before-you-go"));
        let r = get(&state, "/en/search?q=migrant+workers&kind=directory", "").await;
        assert!(r.body.contains("href=\"/en/help/id-bp2mi\""), "{}", r.body);
        let r = get(&state, "/en/search?q=construction&kind=opportunity", "").await;
        assert!(r.body.contains("href=\"/en/jobs/"), "{}", r.body);
        // Mixed scripts are a search like any other.
        let r = get(
            &state,
            "/th/search?q=passport+%E0%B8%AB%E0%B8%99%E0%B8%B1%E0%B8%87%E0%B8%AA%E0%B8%B7%E0%B8%AD",
            "",
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        // Bad queries: each told in the reader's language.
        for (q, told) in [
            ("", "พิมพ์คำที่ต้องการค้นหา"),
            ("%21%3F%E2%80%A6", "ไม่มีคำให้ค้นหา"),
            (&"a".repeat(10_000), "ยาวเกินไปที่จะค้นหา"),
        ] {
            let r = get(&state, &format!("/th/search?q={q}"), "").await;
            assert_eq!(
                r.status,
                StatusCode::BAD_REQUEST,
                "{}",
                &q[..q.len().min(20)]
            );
            assert!(r.body.contains(told), "{}", r.body);
        }
        let r = get(&state, "/th/search?q=x&kind=blog", "").await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        for locale in ["en", "th", "km", "lo", "my", "vi", "id", "ms", "fil", "tet"] {
            let r = get(&state, &format!("/{locale}/search?q=passport"), "").await;
            assert_eq!(r.status, StatusCode::OK, "{locale}");
            assert!(
                !r.body.contains(" data-untranslated title="),
                "{locale}: a message is missing"
            );
        }
    }
}
