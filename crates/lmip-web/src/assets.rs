//! Static assets: the stylesheet (inlined into every page, allowed by its hash in the CSP) and
//! files served under content-hashed names with a one-year immutable cache lifetime.

use crate::state::AppState;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, Response, StatusCode, header};
use base64::Engine;
use sha2::{Digest, Sha256};

const CSS: &str = include_str!("../static/style.css");
const FAVICON: &str = include_str!("../static/favicon.svg");
/// "Save for offline" and "Print" (corridor and help pages only; optional).
const OFFLINE_JS: &str = include_str!("../static/offline.js");
/// The service worker that keeps saved pages (served at `/sw.js`: its scope is the whole site).
pub(crate) const SERVICE_WORKER: &str = include_str!("../static/sw.js");

/// The assets and the headers derived from them.
pub(crate) struct Assets {
    /// The stylesheet, inlined into pages.
    pub css: &'static str,
    /// `/static/favicon.<hash>.svg`.
    pub favicon_url: String,
    /// `/static/style.<hash>.css`, for clients and tools that want the stylesheet as a file.
    pub css_url: String,
    /// `/static/offline.<hash>.js`.
    pub offline_js_url: String,
    /// The Content-Security-Policy value.
    pub csp: HeaderValue,
}

fn short_hash(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))[..12].to_string()
}

impl Assets {
    pub fn new() -> Assets {
        let css_sha =
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(CSS.as_bytes()));
        // Scripts only from files of this site (no inline script, no eval): the optional offline
        // script and its service worker. The one inline stylesheet is allowed by its hash, not by
        // 'unsafe-inline'. connect-src 'self': the service worker fetches the pages it saves (and
        // tools that fetch from within a page, as Lighthouse reads robots.txt, reach this site).
        let csp = format!(
            "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'sha256-{css_sha}'; \
             img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        );
        Assets {
            css: CSS,
            favicon_url: format!("/static/favicon.{}.svg", short_hash(FAVICON.as_bytes())),
            css_url: format!("/static/style.{}.css", short_hash(CSS.as_bytes())),
            offline_js_url: format!("/static/offline.{}.js", short_hash(OFFLINE_JS.as_bytes())),
            csp: HeaderValue::from_str(&csp)
                .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'")),
        }
    }
}

/// Serves an asset by its hashed name; any other name is 404 (so a stale name is never served
/// with a year-long cache lifetime).
pub(crate) async fn serve(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Response<Body> {
    let assets = &state.inner.assets;
    let requested = format!("/static/{file}");
    let (body, content_type) = if requested == assets.favicon_url {
        (FAVICON, "image/svg+xml")
    } else if requested == assets.css_url {
        (CSS, "text/css; charset=utf-8")
    } else if requested == assets.offline_js_url {
        (OFFLINE_JS, "text/javascript; charset=utf-8")
    } else {
        return Response::builder()
            .status(StatusCode::NOT_FOUND)
            .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
            .body(Body::from("not found"))
            .unwrap_or_default();
    };
    Response::builder()
        .header(header::CONTENT_TYPE, content_type)
        .header(header::CACHE_CONTROL, "public, max-age=31536000, immutable")
        .body(Body::from(body))
        .unwrap_or_default()
}

/// `GET /sw.js`: the service worker, revalidated on every use (a new version must reach readers;
/// browsers also check it themselves at most a day later).
pub(crate) async fn service_worker() -> Response<Body> {
    Response::builder()
        .header(header::CONTENT_TYPE, "text/javascript; charset=utf-8")
        .header(header::CACHE_CONTROL, "no-cache")
        .body(Body::from(SERVICE_WORKER))
        .unwrap_or_default()
}
