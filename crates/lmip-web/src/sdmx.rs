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
        QueryError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
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
        Err(ServiceError::Query(e)) => error(&e),
        Err(other) => {
            use axum::response::IntoResponse;
            crate::WebError::from(other).into_response()
        }
    }
}

/// The data formats lmip writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DataFormat {
    Generic,
    StructureSpecific,
    Csv1,
    Csv2,
    Json1,
}

impl DataFormat {
    fn media_type(self) -> &'static str {
        match self {
            DataFormat::Generic => "application/vnd.sdmx.genericdata+xml;version=2.1",
            DataFormat::StructureSpecific => {
                "application/vnd.sdmx.structurespecificdata+xml;version=2.1"
            }
            DataFormat::Csv1 => "application/vnd.sdmx.data+csv;version=1.0.0",
            DataFormat::Csv2 => "application/vnd.sdmx.data+csv;version=2.0.0",
            DataFormat::Json1 => "application/vnd.sdmx.data+json;version=1.0.0",
        }
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
    let found = match lmip_services::sdmx::data(state.db(), &q).await {
        Ok(found) => found,
        Err(ServiceError::Query(e)) => return error(&e),
        Err(other) => {
            use axum::response::IntoResponse;
            return crate::WebError::from(other).into_response();
        }
    };
    let now = time::OffsetDateTime::now_utc();
    let prepared = lmip_storage::format_utc(now);
    let id = format!("LMIP{}", now.unix_timestamp());
    let message = lmip_stats::data::DataMessage {
        id: &id,
        prepared: &prepared,
        flow: &found.flow,
        dsd: &found.dsd,
        series: &found.series,
        detail: q.detail,
        layout: q.layout,
    };
    let body = match format {
        DataFormat::Generic => lmip_stats::data::generic_data(&message),
        DataFormat::StructureSpecific => lmip_stats::data::structure_specific_data(&message),
        DataFormat::Csv1 => {
            lmip_stats::data::sdmx_csv_1(&found.flow, &found.dsd, &found.series, q.detail)
        }
        DataFormat::Json1 => lmip_stats::data::sdmx_json_1(
            &message,
            &format!(
                "{}/sdmx/2.1/dataflow/{}/{}/{}",
                state.inner.config.public_url.trim_end_matches('/'),
                found.flow.agency,
                found.flow.id,
                found.flow.version
            ),
        ),
        DataFormat::Csv2 => lmip_stats::data::sdmx_csv(
            &found.flow,
            &found.dsd,
            &found.series,
            q.detail,
            lmip_stats::data::CsvVersion::V2,
        ),
    };
    reply(StatusCode::OK, format.media_type(), body)
}
