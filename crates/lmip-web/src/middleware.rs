//! The middleware stack, outermost first: request id → trace → metrics → security headers →
//! localized error pages → panic catcher → (per route: timeout → body-size limit) → handler.

use crate::error::{ErrorPage, KeepBody};
use crate::observe;
use crate::pages;
use crate::state::AppState;
use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Response, StatusCode, header};
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::routing::MethodRouter;
use rand::Rng;
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// The request-id header, set on the way in (unless a trusted proxy set it) and echoed on the way out.
pub(crate) const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Largest request body (forms).
const BODY_LIMIT: usize = 1024 * 1024;
const TIMEOUT: Duration = Duration::from_secs(30);
/// Uploads of statistics files: a slow prepaid connection needs minutes for a large file.
const UPLOAD_TIMEOUT: Duration = Duration::from_secs(15 * 60);
/// Routes that take file uploads.
const UPLOAD_ROUTES: &[&str] = &["/office/organisations/{org}/submissions"];

/// Body limit and timeout for a route, applied to that route alone so that uploads can be large
/// and slow while every other route keeps the small limits.
pub(crate) fn limit_route(path: &str, handler: MethodRouter<AppState>) -> MethodRouter<AppState> {
    let (limit, timeout) = if UPLOAD_ROUTES.contains(&path) {
        (crate::submissions::UPLOAD_BODY_LIMIT, UPLOAD_TIMEOUT)
    } else if path == "/office/organisations/{org}/licences" {
        (crate::licences::LIST_BODY_LIMIT, UPLOAD_TIMEOUT)
    } else if path == "/office/organisations/{org}/content/{slug}/audio" {
        // A recording at its limit, with the form around it; larger is refused unread.
        (
            lmip_domain::audio::MAX_AUDIO_BYTES + 64 * 1024,
            UPLOAD_TIMEOUT,
        )
    } else {
        (BODY_LIMIT, TIMEOUT)
    };
    handler
        // The extractors' own default (2 MB) would otherwise cap multipart bodies.
        .layer::<_, std::convert::Infallible>(axum::extract::DefaultBodyLimit::disable())
        .layer::<_, std::convert::Infallible>(RequestBodyLimitLayer::new(limit))
        .layer::<_, std::convert::Infallible>(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            timeout,
        ))
}

#[derive(Clone, Copy)]
struct RandomId;

impl MakeRequestId for RandomId {
    fn make_request_id<B>(&mut self, _request: &axum::http::Request<B>) -> Option<RequestId> {
        let id: u64 = rand::rng().random();
        HeaderValue::from_str(&format!("{id:016x}"))
            .ok()
            .map(RequestId::new)
    }
}

pub(crate) fn apply(routes: Router<AppState>, state: AppState) -> Router<AppState> {
    routes
        .layer(CatchPanicLayer::custom(
            |_panic: Box<dyn std::any::Any + Send>| {
                // The panic message may hold request data; it is not logged (the trace span has the id).
                tracing::error!("a handler panicked");
                let mut r = StatusCode::INTERNAL_SERVER_ERROR.into_response_plain();
                r.extensions_mut().insert(ErrorPage {
                    status: StatusCode::INTERNAL_SERVER_ERROR,
                });
                r
            },
        ))
        .layer(from_fn_with_state(state.clone(), render_errors))
        .layer(from_fn(compress_html))
        .layer(from_fn_with_state(state, security_headers))
        .layer(from_fn(observe::track))
        .layer(
            TraceLayer::new_for_http().make_span_with(|req: &axum::http::Request<Body>| {
                let id = req
                    .headers()
                    .get(&REQUEST_ID)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("-");
                // The path only: query strings may carry what people typed.
                tracing::info_span!("request", id, method = %req.method(), path = %req.uri().path())
            }),
        )
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(SetRequestIdLayer::new(REQUEST_ID, RandomId))
}

trait PlainResponse {
    fn into_response_plain(self) -> Response<Body>;
}

impl PlainResponse for StatusCode {
    fn into_response_plain(self) -> Response<Body> {
        Response::builder()
            .status(self)
            .body(Body::empty())
            .unwrap_or_default()
    }
}

/// Turns every error response that has no page of its own (a `WebError`, a rejected extractor, a
/// 405, 413, timeout or panic) into the localized HTML error page.
async fn render_errors(State(state): State<AppState>, req: Request, next: Next) -> Response<Body> {
    // Keep only what an error page needs (refcounted clones, no allocation): this runs on every
    // request, and cloning the whole header map measurably cost throughput on cached pages.
    let uri = req.uri().clone();
    let kept: Vec<(HeaderName, HeaderValue)> = [
        header::ACCEPT_ENCODING,
        header::ACCEPT_LANGUAGE,
        header::COOKIE,
        REQUEST_ID,
    ]
    .into_iter()
    .filter_map(|name| req.headers().get(&name).cloned().map(|v| (name, v)))
    .collect();
    let response = next.run(req).await;
    let status = response.status();
    let marked = response.extensions().get::<ErrorPage>().copied();
    // Plain-text bodies are axum's rejection messages (English, technical): replace them, unless
    // the handler marked its body as meant for machines.
    let has_own_body = response.extensions().get::<KeepBody>().is_some()
        || response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| !ct.starts_with("text/plain"));
    let err = match marked {
        Some(e) => e,
        None if (status.is_client_error() || status.is_server_error()) && !has_own_body => {
            ErrorPage { status }
        }
        None => return response,
    };
    let headers: HeaderMap = kept.into_iter().collect();
    let locale = pages::locale_of_request(&uri, &headers);
    let reference = err
        .status
        .is_server_error()
        .then(|| {
            headers
                .get(&REQUEST_ID)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        })
        .flatten();
    let mut page = pages::error_page(&state, err, locale, reference, &headers);
    if response
        .extensions()
        .get::<crate::authorize::PolicyDenied>()
        .is_some()
    {
        page.extensions_mut().insert(crate::authorize::PolicyDenied);
    }
    // Keep what the original response said about allowed methods and retries.
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(v) = response.headers().get(&name) {
            page.headers_mut().insert(name, v.clone());
        }
    }
    page
}

/// HTML bodies at most this large are compressed on their way out; larger ones are not pages.
const COMPRESS_AT_MOST: usize = 512 * 1024;

/// Compresses an HTML response a handler left uncompressed (forms with their per-request token,
/// error pages, back-office pages), and the static script, stylesheet and icon, for the clients
/// that accept it: the 14 KB first-round-trip
/// budget counts compressed bytes, and a prepaid plan pays for every byte. Pages served from the
/// page cache are already compressed and pass through untouched.
async fn compress_html(req: Request, next: Next) -> Response<Body> {
    let encoding = crate::cache::Encoding::choose(req.headers());
    let response = next.run(req).await;
    // Pages and the small static files only: data answers stream and are never buffered here.
    let compressible = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            ["text/html", "text/javascript", "text/css", "image/svg+xml"]
                .iter()
                .any(|t| v.starts_with(t))
        });
    if encoding == crate::cache::Encoding::Identity
        || !compressible
        || response.headers().contains_key(header::CONTENT_ENCODING)
        || response.status() == StatusCode::NOT_MODIFIED
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, COMPRESS_AT_MOST).await else {
        // Too large or failed mid-way: nothing sensible to send but an error.
        return StatusCode::INTERNAL_SERVER_ERROR.into_response_plain();
    };
    let (body, name) = match encoding {
        crate::cache::Encoding::Br => (crate::cache::brotli(&bytes, 5), "br"),
        _ => (crate::cache::gzip(&bytes, 6), "gzip"),
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    parts
        .headers
        .insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
    parts
        .headers
        .append(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    Response::from_parts(parts, Body::from(body))
}

/// Security headers on every response.
async fn security_headers(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response<Body> {
    let mut response = next.run(req).await;
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        state.inner.assets.csp.clone(),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // A handler may ask for less (the quick exit sends no referrer at all).
    h.entry(header::REFERRER_POLICY).or_insert(
        // Not "no-referrer": with it, browsers send `Origin: null` on a form's POST, and the
        // same-site check cannot tell this site's forms from another's. "same-origin" still sends
        // nothing to other sites.
        HeaderValue::from_static("same-origin"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    h.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    if state.inner.config.public_url.starts_with("https://") {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}
