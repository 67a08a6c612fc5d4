//! The SDMX 2.1 REST API (`/sdmx/2.1/…`): structure queries answered as SDMX-ML 2.1; data queries
//! come with the statistics data. Errors are SDMX error messages with the status the standard
//! gives them, never a 500 for a bad query.

use crate::error::KeepBody;
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, Response, StatusCode, header};
use lmip_services::ServiceError;
use lmip_stats::query::{QueryError, parse_structure_query};
use lmip_stats::sdmx_ml::error_message;

/// The structure message's media type.
const STRUCTURE_TYPE: &str = "application/vnd.sdmx.structure+xml;version=2.1";

fn reply(status: StatusCode, content_type: &'static str, body: String) -> Response<Body> {
    let mut r = Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::VARY, "Accept, Accept-Encoding")
        .header(
            header::CACHE_CONTROL,
            if status.is_success() {
                "public, max-age=60"
            } else {
                "no-store"
            },
        )
        .body(Body::from(body))
        .unwrap_or_default();
    r.extensions_mut().insert(KeepBody);
    r
}

fn error(e: &QueryError) -> Response<Body> {
    let status = match e {
        QueryError::Syntax(_) => StatusCode::BAD_REQUEST,
        QueryError::NotImplemented(_) => StatusCode::NOT_IMPLEMENTED,
        QueryError::NotFound(_) => StatusCode::NOT_FOUND,
    };
    reply(
        status,
        "application/xml",
        error_message(e.sdmx_code(), &e.to_string()),
    )
}

/// Whether the client accepts SDMX-ML structure messages (the default when it says nothing).
fn accepts_structure_xml(headers: &HeaderMap) -> bool {
    let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    accept.split(',').any(|part| {
        let media = part.split(';').next().unwrap_or("").trim();
        matches!(
            media,
            "*/*"
                | "application/*"
                | "application/xml"
                | "text/xml"
                | "application/vnd.sdmx.structure+xml"
        )
    })
}

/// `GET /sdmx/2.1/{*rest}`
pub(crate) async fn sdmx21(
    State(state): State<AppState>,
    Path(rest): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response<Body> {
    let segments: Vec<&str> = rest.split('/').collect();
    if matches!(
        segments.first(),
        Some(&"data") | Some(&"availableconstraint")
    ) {
        return error(&QueryError::NotImplemented(
            "data queries are not offered yet by this lmip version; structure queries are".into(),
        ));
    }
    let params: Vec<(String, String)> =
        match serde_urlencoded::from_str(query.as_deref().unwrap_or("")) {
            Ok(p) => p,
            Err(_) => {
                return error(&QueryError::Syntax(
                    "the query string cannot be read".into(),
                ));
            }
        };
    let q = match parse_structure_query(&segments, &params) {
        Ok(q) => q,
        Err(e) => return error(&e),
    };
    if !accepts_structure_xml(&headers) {
        let mut r = reply(
            StatusCode::NOT_ACCEPTABLE,
            "application/xml",
            error_message(
                140,
                "structures are served as SDMX-ML 2.1 (application/vnd.sdmx.structure+xml;version=2.1)",
            ),
        );
        r.headers_mut()
            .insert(header::VARY, HeaderValue::from_static("Accept"));
        return r;
    }
    let now = time::OffsetDateTime::now_utc();
    let prepared = lmip_storage::format_utc(now);
    let id = format!("LMIP{}", now.unix_timestamp());
    match lmip_services::sdmx::structure(state.db(), &q, &id, &prepared).await {
        Ok(xml) => reply(StatusCode::OK, STRUCTURE_TYPE, xml),
        Err(ServiceError::Query(e)) => error(&e),
        Err(other) => {
            use axum::response::IntoResponse;
            crate::WebError::from(other).into_response()
        }
    }
}
