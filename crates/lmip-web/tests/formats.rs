//! Numbers, dates and names as each locale writes and sorts them, on real pages: amounts in the
//! reader's digits (Burmese digits in Burmese), a case's dates in the reader's calendar (the
//! Buddhist era in Thai), and country lists in the language's collation order.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::StatusCode;
use common::get;
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, WebConfig};

#[tokio::test]
async fn amounts_dates_and_lists_follow_the_readers_locale() {
    for t in test_databases().await {
        lmip_services::demo::load(&t, "test").await.unwrap();
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        // The Cambodia–Thailand procedure's official fee: 900 THB.
        let en = get(&state, "/en/corridors/kh-th", "").await;
        assert_eq!(en.status, StatusCode::OK);
        assert!(en.body.contains("900 THB"), "{}: en", t.label);
        let my = get(&state, "/my/corridors/kh-th", "").await;
        assert!(my.body.contains("၉၀၀ THB"), "{}: Burmese digits", t.label);
        assert!(!my.body.contains(">900 THB"), "{}", t.label);

        // The help directory's country filter, in Thai collation order: กัมพูชา (Cambodia)
        // before เกาหลีใต้ (South Korea), whose first written letter is a vowel sign.
        let th = get(&state, "/th/help", "").await;
        let cambodia = th.body.find(">กัมพูชา<").expect("Cambodia listed");
        let korea = th.body.find(">เกาหลีใต้<").expect("South Korea listed");
        assert!(cambodia < korea, "{}: Thai collation", t.label);
    }
}
