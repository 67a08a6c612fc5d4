//! Health, readiness and Prometheus metrics.

use crate::state::AppState;
use axum::body::Body;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{Response, StatusCode, header};
use axum::middleware::Next;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use std::time::Instant;

/// The process-wide metrics recorder (metrics are global by nature; several app states in one
/// test process share it).
fn handle() -> Option<&'static PrometheusHandle> {
    static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            PrometheusBuilder::new()
                .set_buckets_for_metric(
                    Matcher::Full("http_request_duration_seconds".into()),
                    &[
                        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
                        5.0,
                    ],
                )
                .ok()?
                .install_recorder()
                .ok()
        })
        .as_ref()
}

/// Installs the metrics recorder (idempotent).
pub(crate) fn init() {
    let _ = handle();
}

/// Counts requests and times them, per route template (never per concrete path, which could hold
/// identifiers and would make the label set unbounded).
pub(crate) async fn track(req: Request, next: Next) -> Response<Body> {
    let start = Instant::now();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched".to_string(), |p| p.as_str().to_string());
    let method = req.method().as_str().to_string();
    let response = next.run(req).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!("http_requests_total", "method" => method.clone(), "route" => route.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("http_request_duration_seconds", "method" => method, "route" => route)
        .record(start.elapsed().as_secs_f64());
    response
}

fn text(status: StatusCode, body: &'static str) -> Response<Body> {
    let mut r = Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .header(header::CACHE_CONTROL, "no-store")
        .body(Body::from(body))
        .unwrap_or_default();
    r.extensions_mut().insert(crate::error::KeepBody);
    r
}

/// `/healthz`: the process is alive.
pub(crate) async fn healthz() -> Response<Body> {
    text(StatusCode::OK, "ok\n")
}

/// `/readyz`: the database answers.
pub(crate) async fn readyz(State(state): State<AppState>) -> Response<Body> {
    match state.db().ping().await {
        Ok(()) => text(StatusCode::OK, "ready\n"),
        Err(e) => {
            tracing::warn!(error = %e, "not ready");
            text(StatusCode::SERVICE_UNAVAILABLE, "database unreachable\n")
        }
    }
}

/// `/metrics`: Prometheus text format.
pub(crate) async fn metrics(State(state): State<AppState>) -> Response<Body> {
    let Some(h) = handle().filter(|_| state.inner.config.metrics) else {
        return crate::WebError::NotFound.into_response_owned();
    };
    Response::builder()
        .header(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )
        .header(header::CACHE_CONTROL, "no-store")
        .body(Body::from(h.render()))
        .unwrap_or_default()
}

trait IntoOwned {
    fn into_response_owned(self) -> Response<Body>;
}

impl IntoOwned for crate::WebError {
    fn into_response_owned(self) -> Response<Body> {
        axum::response::IntoResponse::into_response(self)
    }
}
