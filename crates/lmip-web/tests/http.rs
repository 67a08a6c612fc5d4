//! HTTP tests, in process (no sockets): every request goes through the full router and middleware.
//! Each test runs on SQLite, and on PostgreSQL when `LMIP_TEST_DATABASE_URL` is set.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use lmip_domain::Locale;
use lmip_storage::testing::{TestDb, test_databases};
use lmip_web::{AppState, WebConfig, router};
use std::io::Read;
use tower::ServiceExt;

/// The home page's budget: it must fit the first TCP round trip (DESIGN.md §5).
const PAGE_BUDGET_BYTES: usize = 14 * 1024;

struct App {
    state: AppState,
    _db: TestDb,
}

async fn apps() -> Vec<App> {
    let mut out = Vec::new();
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        out.push(App { state, _db: t });
    }
    out
}

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn text(&self) -> String {
        String::from_utf8(self.body.clone()).unwrap()
    }
    fn header(&self, name: header::HeaderName) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

impl App {
    async fn send(&self, req: Request<Body>) -> Reply {
        let res = router(self.state.clone()).oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
        Reply {
            status,
            headers,
            body,
        }
    }
    async fn get(&self, path: &str, headers: &[(&str, &str)]) -> Reply {
        let mut b = Request::get(path);
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        self.send(b.body(Body::empty()).unwrap()).await
    }
}

fn gunzip(bytes: &[u8]) -> String {
    let mut s = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut s)
        .unwrap();
    s
}

#[tokio::test]
async fn home_page_in_every_locale_is_translated_and_within_budget() {
    for app in apps().await {
        let catalog = lmip_i18n::Catalog::load().unwrap();
        for locale in Locale::ALL {
            let r = app
                .get(&format!("/{locale}/"), &[("accept-encoding", "gzip")])
                .await;
            assert_eq!(r.status, StatusCode::OK, "{locale}");
            assert_eq!(r.header(header::CONTENT_ENCODING), "gzip");
            let gz = r.body.len();
            let html = gunzip(&r.body);
            assert!(
                html.contains(&format!("<html lang=\"{locale}\">")),
                "{locale}"
            );
            let title = askama::filters::escape(
                &catalog.text(locale, "home-title").value,
                askama::filters::Html,
            )
            .unwrap()
            .to_string();
            assert!(
                html.contains(&format!("<h1>{title}</h1>")),
                "{locale}: no translated title"
            );
            assert!(
                !html.contains("data-untranslated title="),
                "{locale}: home page has untranslated text"
            );
            assert!(
                !html.contains("<script"),
                "{locale}: pages need no JavaScript"
            );
            for section in [
                "corridors",
                "agencies",
                "jobs",
                "help",
                "complaints",
                "statistics",
            ] {
                assert!(
                    html.contains(&format!("href=\"/{locale}/{section}\"")),
                    "{locale}: no link to {section}"
                );
            }
            let br = app
                .get(&format!("/{locale}/"), &[("accept-encoding", "br, gzip")])
                .await;
            assert_eq!(br.header(header::CONTENT_ENCODING), "br");
            println!(
                "home page {locale}: {} bytes raw, {gz} gzip, {} brotli (budget {PAGE_BUDGET_BYTES})",
                html.len(),
                br.body.len()
            );
            assert!(
                gz <= PAGE_BUDGET_BYTES,
                "{locale}: home page is {gz} bytes gzipped, over the {PAGE_BUDGET_BYTES}-byte budget"
            );
        }
    }
}

#[tokio::test]
async fn root_redirects_to_the_preferred_language() {
    for app in apps().await {
        let r = app
            .get("/", &[("accept-language", "km-KH,km;q=0.9,en;q=0.8")])
            .await;
        assert_eq!(
            (r.status, r.header(header::LOCATION)),
            (StatusCode::SEE_OTHER, "/km/")
        );
        assert!(r.header(header::VARY).contains("Accept-Language"));
        let r = app
            .get(
                "/",
                &[
                    ("accept-language", "km"),
                    ("cookie", "other=1; lmip_lang=lo"),
                ],
            )
            .await;
        assert_eq!(
            r.header(header::LOCATION),
            "/lo/",
            "the cookie wins over the browser"
        );
        let r = app.get("/", &[("accept-language", "de-DE")]).await;
        assert_eq!(r.header(header::LOCATION), "/en/");
        let r = app.get("/th", &[]).await;
        assert_eq!(
            (r.status, r.header(header::LOCATION)),
            (StatusCode::PERMANENT_REDIRECT, "/th/")
        );
    }
}

#[tokio::test]
async fn language_switch_remembers_and_never_redirects_elsewhere() {
    for app in apps().await {
        let r = app.get("/language/my?next=agencies", &[]).await;
        assert_eq!(
            (r.status, r.header(header::LOCATION)),
            (StatusCode::SEE_OTHER, "/my/agencies")
        );
        let cookie = r.header(header::SET_COOKIE);
        assert!(
            cookie.starts_with("lmip_lang=my;")
                && cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );
        for evil in [
            "//evil.example",
            "https://evil.example",
            "/../admin",
            "agencies/../../x",
        ] {
            let r = app.get(&format!("/language/th?next={evil}"), &[]).await;
            assert_eq!(r.header(header::LOCATION), "/th/", "next={evil}");
        }
        let r = app.get("/language/xx", &[]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
    }
}

#[tokio::test]
async fn errors_are_localized_pages() {
    for app in apps().await {
        let r = app.get("/th/no-such-page", &[]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(r.header(header::CONTENT_TYPE).starts_with("text/html"));
        assert!(
            r.text().contains("<h1>ไม่พบหน้านี้</h1>") && r.text().contains("<html lang=\"th\">"),
            "{}",
            r.text()
        );
        let r = app
            .get("/nothing/here/at/all", &[("accept-language", "vi")])
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(r.text().contains("Không tìm thấy trang"), "{}", r.text());
        let r = app.get("/xx/", &[]).await;
        assert_eq!(
            r.status,
            StatusCode::NOT_FOUND,
            "an unknown language prefix is not a page"
        );
        let r = app
            .send(Request::post("/en/").body(Body::empty()).unwrap())
            .await;
        assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
        assert!(
            r.text().contains("We could not understand this request"),
            "{}",
            r.text()
        );
        assert!(r.header(header::ALLOW).contains("GET"));
    }
}

#[tokio::test]
async fn security_headers_on_every_response() {
    for app in apps().await {
        for path in ["/en/", "/en/nope", "/healthz", "/"] {
            let r = app.get(path, &[]).await;
            let csp = r.header(header::CONTENT_SECURITY_POLICY);
            assert!(
                csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"),
                "{path}: {csp}"
            );
            // Scripts only from this site's files (the optional offline script): never inline, never eval.
            assert!(
                !csp.contains("unsafe-") && csp.contains("script-src 'self';"),
                "{path}: {csp}"
            );
            assert_eq!(
                r.header(header::X_CONTENT_TYPE_OPTIONS),
                "nosniff",
                "{path}"
            );
            assert_eq!(r.header(header::REFERRER_POLICY), "same-origin", "{path}");
            assert_eq!(
                r.header(header::HeaderName::from_static("x-request-id"))
                    .len(),
                16,
                "{path}"
            );
        }
        // The inline stylesheet is allowed by its hash, and only it.
        let html = app.get("/en/", &[]).await.text();
        let css = html
            .split("<style>")
            .nth(1)
            .unwrap()
            .split("</style>")
            .next()
            .unwrap();
        let hash = base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            <sha2::Sha256 as sha2::Digest>::digest(css.as_bytes()),
        );
        assert!(
            app.get("/en/", &[])
                .await
                .header(header::CONTENT_SECURITY_POLICY)
                .contains(&format!("'sha256-{hash}'"))
        );
    }
}

#[tokio::test]
async fn etags_and_cache_control_and_invalidation_through_the_change_log() {
    for app in apps().await {
        let r = app.get("/en/", &[]).await;
        let etag = r.header(header::ETAG).to_string();
        assert!(etag.starts_with('"') && etag.len() > 10);
        assert_eq!(r.header(header::CACHE_CONTROL), "public, max-age=60");
        assert!(!r.text().contains("class=\"sample\""));
        let r304 = app.get("/en/", &[("if-none-match", &etag)]).await;
        assert_eq!(r304.status, StatusCode::NOT_MODIFIED);
        assert!(r304.body.is_empty());

        // A write anywhere (here: loading the demo data) reaches the cache through the change log.
        lmip_services::demo::load(app.state.db(), "test")
            .await
            .unwrap();
        assert!(app.state.refresh().await.unwrap());
        let r = app.get("/en/", &[("if-none-match", &etag)]).await;
        assert_eq!(
            r.status,
            StatusCode::OK,
            "the old ETag must not match new content"
        );
        assert!(
            r.text()
                .contains("Sample data: this portal shows example information"),
            "no sample banner"
        );
        let km = app.get("/km/jobs", &[]).await.text();
        assert!(km.contains("ទិន្នន័យគំរូ"), "the banner is translated");
    }
}

#[tokio::test]
async fn health_readiness_metrics_and_assets() {
    for app in apps().await {
        assert_eq!(app.get("/healthz", &[]).await.text(), "ok\n");
        assert_eq!(app.get("/readyz", &[]).await.text(), "ready\n");
        app.get("/en/", &[]).await;
        let m = app.get("/metrics", &[]).await;
        assert!(
            m.header(header::CONTENT_TYPE)
                .starts_with("text/plain; version=0.0.4")
        );
        let text = m.text();
        assert!(
            text.contains("http_requests_total{method=\"GET\",route=\"/{lang}/\",status=\"200\"}"),
            "{text}"
        );
        assert!(text.contains("http_request_duration_seconds_bucket{method=\"GET\",route=\"/{lang}/\",le=\"0.005\"}"), "{text}");

        let html = app.get("/en/", &[]).await.text();
        let favicon = html
            .split("rel=\"icon\" href=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        assert!(favicon.starts_with("/static/favicon.") && favicon.ends_with(".svg"));
        let r = app.get(&favicon, &[]).await;
        assert_eq!(r.status, StatusCode::OK);
        assert_eq!(
            r.header(header::CACHE_CONTROL),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(
            app.get("/static/favicon.svg", &[]).await.status,
            StatusCode::NOT_FOUND
        );
    }
}

#[tokio::test]
async fn readiness_fails_when_the_database_is_gone() {
    let apps = apps().await;
    let app = &apps[0];
    app.state.db().close().await;
    let r = app.get("/readyz", &[]).await;
    assert_eq!(
        (r.status, r.text().as_str()),
        (StatusCode::SERVICE_UNAVAILABLE, "database unreachable\n")
    );
    assert_eq!(app.get("/healthz", &[]).await.status, StatusCode::OK);
}

#[tokio::test]
async fn oversized_bodies_are_refused_with_a_page() {
    let apps = apps().await;
    let app = &apps[0];
    let big = vec![b'a'; 2 * 1024 * 1024];
    let r = app
        .send(
            Request::post("/en/")
                .header(header::CONTENT_LENGTH, big.len())
                .body(Body::from(big))
                .unwrap(),
        )
        .await;
    assert!(
        r.status == StatusCode::PAYLOAD_TOO_LARGE || r.status == StatusCode::METHOD_NOT_ALLOWED,
        "{}",
        r.status
    );
    assert!(r.header(header::CONTENT_TYPE).starts_with("text/html"));
}
