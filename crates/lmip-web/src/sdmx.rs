//! The SDMX 2.1 REST API (`/sdmx/2.1/…`): structure queries answered as SDMX-ML 2.1; data queries
//! come with the statistics data. Errors are SDMX error messages with the status the standard
//! gives them, never a 500 for a bad query.

use crate::error::KeepBody;
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, Response, StatusCode, header};
use lmip_services::ServiceError;
use lmip_stats::data_writer::{DataFormat, MessageInfo};
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
        QueryError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
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
    let params: Vec<(String, String)> =
        match serde_urlencoded::from_str(query.as_deref().unwrap_or("")) {
            Ok(p) => p,
            Err(_) => {
                return error(&QueryError::Syntax(
                    "the query string cannot be read".into(),
                ));
            }
        };
    match segments.first() {
        Some(&"data") => return data(&state, &segments[1..], &params, &headers).await,
        Some(&"availableconstraint") => {
            return error(&QueryError::NotImplemented(
                "availability queries are not offered".into(),
            ));
        }
        _ => {}
    }
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
        Err(e) => service_error(e),
    }
}

/// The format a data query asks for: the `format` parameter, else `Accept` (in the order the
/// client lists), else GenericData. `None`: nothing lmip writes (406).
fn data_format(headers: &HeaderMap, format: Option<&str>) -> Option<DataFormat> {
    if let Some(f) = format {
        return match f {
            "genericdata" | "sdmx-ml" | "xml" => Some(DataFormat::Generic),
            "structurespecificdata" => Some(DataFormat::StructureSpecific),
            "csv" | "sdmx-csv" | "csvfile" => Some(DataFormat::Csv1),
            "csv2" | "sdmx-csv-2.0" => Some(DataFormat::Csv2),
            "json" | "jsondata" | "sdmx-json" => Some(DataFormat::Json1),
            _ => None,
        };
    }
    let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
        return Some(DataFormat::Generic);
    };
    accept.split(',').find_map(|part| {
        let mut bits = part.split(';').map(str::trim);
        let media = bits.next().unwrap_or("");
        let version = bits
            .find_map(|b| b.strip_prefix("version="))
            .map(|v| v.trim_matches('"'));
        match media {
            "application/vnd.sdmx.genericdata+xml"
            | "application/vnd.sdmx.generictimeseriesdata+xml" => Some(DataFormat::Generic),
            "application/vnd.sdmx.structurespecificdata+xml"
            | "application/vnd.sdmx.structurespecifictimeseriesdata+xml" => {
                Some(DataFormat::StructureSpecific)
            }
            "application/vnd.sdmx.data+csv" if version.is_none_or(|v| v.starts_with("1.")) => {
                Some(DataFormat::Csv1)
            }
            "application/vnd.sdmx.data+csv" if version.is_some_and(|v| v.starts_with("2.")) => {
                Some(DataFormat::Csv2)
            }
            "text/csv" => Some(DataFormat::Csv1),
            "application/vnd.sdmx.data+json" if version.is_none_or(|v| v.starts_with("1.")) => {
                Some(DataFormat::Json1)
            }
            "application/json" => Some(DataFormat::Json1),
            "*/*" | "application/*" | "application/xml" | "text/xml" => Some(DataFormat::Generic),
            _ => None,
        }
    })
}

async fn data(
    state: &AppState,
    segments: &[&str],
    params: &[(String, String)],
    headers: &HeaderMap,
) -> Response<Body> {
    let q = match lmip_stats::data::parse_data_query(segments, params) {
        Ok(q) => q,
        Err(e) => return error(&e),
    };
    let Some(format) = data_format(headers, q.format.as_deref()) else {
        return reply(
            StatusCode::NOT_ACCEPTABLE,
            "application/xml",
            error_message(
                140,
                "data is served as SDMX-ML 2.1 generic or structure-specific data, SDMX-JSON 1.0, or SDMX-CSV 1.0 or 2.0",
            ),
        );
    };
    let plan = match lmip_services::sdmx::plan(state.db(), &q).await {
        Ok(plan) => plan,
        Err(e) => return service_error(e),
    };
    let Ok(permit) = state.inner.data_streams.clone().try_acquire_owned() else {
        let mut r = error(&QueryError::Unavailable(
            "lmip is sending as many data answers as it can at once: please try again in a minute"
                .into(),
        ));
        r.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
        return r;
    };
    let now = time::OffsetDateTime::now_utc();
    let info = MessageInfo {
        id: format!("LMIP{}", now.unix_timestamp()),
        prepared: lmip_storage::format_utc(now),
        dataflow_url: format!(
            "{}/sdmx/2.1/dataflow/{}/{}/{}",
            state.inner.config.public_url.trim_end_matches('/'),
            plan.flow.agency,
            plan.flow.id,
            plan.flow.version
        ),
        flow: plan.flow.clone(),
        dsd: plan.dsd.clone(),
        detail: q.detail,
        layout: q.layout,
    };
    let mut series = lmip_services::sdmx::stream(state.db(), plan);
    // The first batch decides the status: nothing is a 404, a failure before anything was
    // sent is an error message; after that the body streams.
    let first = match series.recv().await {
        None => return error(&QueryError::NotFound("No Results Found".into())),
        Some(Err(e)) => return service_error(e),
        Some(Ok(batch)) if batch.is_empty() => {
            return error(&QueryError::NotFound("No Results Found".into()));
        }
        Some(Ok(batch)) => batch,
    };
    let mut writer = lmip_stats::data_writer::writer(format, info);
    let mut opening = String::new();
    writer.begin(&mut opening);
    for s in &first {
        writer.series(s, &mut opening);
    }
    let body = futures_util::stream::unfold(Some((writer, series, permit)), |state| async move {
        let (mut writer, mut series, permit) = state?;
        let mut out = String::new();
        match series.recv().await {
            Some(Ok(batch)) => {
                for s in &batch {
                    writer.series(s, &mut out);
                }
                Some((Ok(bytes::Bytes::from(out)), Some((writer, series, permit))))
            }
            Some(Err(e)) => {
                // The status is sent: cutting the body off tells the client the answer is
                // incomplete, where a closed message would lie.
                tracing::error!(error = %e, "a data answer failed while streaming");
                Some((Err(std::io::Error::other("the data answer failed")), None))
            }
            None => {
                writer.end(&mut out);
                drop(permit);
                Some((Ok(bytes::Bytes::from(out)), None))
            }
        }
    });
    let opening =
        futures_util::stream::once(
            async move { Ok::<_, std::io::Error>(bytes::Bytes::from(opening)) },
        );
    use futures_util::StreamExt;
    let mut r = reply(StatusCode::OK, format.media_type(), String::new());
    *r.body_mut() = Body::from_stream(opening.chain(body));
    r
}

fn service_error(e: ServiceError) -> Response<Body> {
    match e {
        ServiceError::Query(e) => error(&e),
        other => {
            use axum::response::IntoResponse;
            crate::WebError::from(other).into_response()
        }
    }
}
