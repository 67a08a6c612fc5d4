//! Snapshots of rendered HTML: any change to what people see shows up in review as a diff.
//! Update deliberately with `cargo insta review` (or `INSTA_UPDATE=always cargo test`).
#![allow(clippy::unwrap_used)]

use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use lmip_storage::testing::sqlite_url;
use lmip_storage::{ConnectOptions, Db};
use lmip_web::{AppState, WebConfig, router};
use tower::ServiceExt;

async fn page(path: &str) -> String {
    let (url, _dir) = sqlite_url();
    let db = Db::open(&url, &ConnectOptions::default()).await.unwrap();
    let state = AppState::new(db, WebConfig::default()).await.unwrap();
    let res = router(state)
        .oneshot(Request::get(path).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let html =
        String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    // The stylesheet has its own file and hash; keep the snapshots about the markup.
    let start = html.find("<style>").unwrap();
    let end = html.find("</style>").unwrap();
    format!(
        "{}<style>…</style>{}",
        &html[..start],
        &html[end + "</style>".len()..]
    )
}

#[tokio::test]
async fn home_page_en() {
    insta::assert_snapshot!(page("/en/").await);
}

#[tokio::test]
async fn section_page_km() {
    insta::assert_snapshot!(page("/km/complaints").await);
}

/// The directory's search page, with nothing listed (a fresh database).
#[tokio::test]
async fn help_page_km() {
    insta::assert_snapshot!(page("/km/help").await);
}

#[tokio::test]
async fn not_found_page_th() {
    insta::assert_snapshot!(page("/th/no-such-page").await);
}
