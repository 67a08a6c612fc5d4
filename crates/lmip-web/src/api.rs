//! The machine API's shared parts: RFC 9457 problem details, and who is calling.

use crate::authorize::{CurrentCaller, actor_of, actor_of_token};
use crate::error::KeepBody;
use axum::Json;
use axum::body::Body;
use axum::http::{Response, StatusCode, header};
use axum::response::IntoResponse;

/// An `application/problem+json` answer. `kind` becomes the problem type's last segment.
pub(crate) fn problem(status: StatusCode, kind: &str, detail: &str) -> Response<Body> {
    let body = serde_json::json!({
        "type": format!("https://lmip.invalid/problems/{kind}"),
        "title": status.canonical_reason().unwrap_or("Error"),
        "status": status.as_u16(),
        "detail": detail,
    });
    let mut r = Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/problem+json")
        .header(header::CACHE_CONTROL, "no-store")
        .body(Body::from(body.to_string()))
        .unwrap_or_default();
    if status == StatusCode::UNAUTHORIZED {
        r.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            axum::http::HeaderValue::from_static("Bearer realm=\"lmip\""),
        );
    }
    r.extensions_mut().insert(KeepBody);
    r
}

/// `GET /api/v1/whoami`: what the presented credentials stand for (a script's first check).
pub(crate) async fn whoami(
    caller: Option<axum::Extension<CurrentCaller>>,
    session: Option<axum::Extension<crate::authorize::CurrentSession>>,
) -> Response<Body> {
    let (kind, actor) = match (caller, session) {
        (Some(axum::Extension(CurrentCaller(c))), _) => ("token", actor_of_token(&c)),
        (None, Some(axum::Extension(crate::authorize::CurrentSession(s)))) => {
            ("session", actor_of(Some(&s)))
        }
        (None, None) => ("anonymous", actor_of(None)),
    };
    let memberships: Vec<serde_json::Value> = actor
        .memberships
        .iter()
        .map(|(org, role)| serde_json::json!({ "organisation": org, "role": role.as_str() }))
        .collect();
    let mut r =
        Json(serde_json::json!({ "credential": kind, "memberships": memberships })).into_response();
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    r
}

/// The API's OpenAPI 3.1 description (kept beside the code; a test checks that it names every
/// `/api/` route and what the answers hold).
pub const OPENAPI: &str = include_str!("../api/openapi.json");

/// `GET /api/v1/openapi.json`
pub(crate) async fn openapi() -> Response<Body> {
    let mut r = Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::CACHE_CONTROL, "public, max-age=3600")
        .body(Body::from(OPENAPI))
        .unwrap_or_default();
    r.extensions_mut().insert(KeepBody);
    r
}
