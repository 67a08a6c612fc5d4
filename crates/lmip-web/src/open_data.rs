//! Open data as JSON: the verified, open opportunities and the public directory, with the same
//! filters as their pages (described in `api/openapi.json`). Money is a decimal string, never a
//! floating-point number.

use crate::state::AppState;
use axum::Json;
use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::{Response, StatusCode, header};
use axum::response::IntoResponse;
use lmip_domain::offers::Hundredths;
use lmip_services::ServiceError;
use lmip_services::directory::{self, DirectoryError};
use lmip_services::opportunities;
use lmip_storage::OpportunityFilter;

/// Hundredths as a decimal string: 1200050 → "12000.50", 1200000 → "12000".
fn decimal(v: Hundredths) -> String {
    match v % 100 {
        0 => (v / 100).to_string(),
        c => format!("{}.{c:02}", v / 100),
    }
}

fn answer(body: serde_json::Value) -> Response<Body> {
    let mut r = Json(body).into_response();
    // Opportunities close at midnight and entries change when editors save them.
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-cache"),
    );
    r
}

fn failed(e: ServiceError) -> Response<Body> {
    crate::WebError::from(e).into_response()
}

/// The list's filters.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct OpportunitiesQuery {
    origin: Option<String>,
    destination: Option<String>,
    occupation: Option<String>,
    sector: Option<String>,
}

fn code(v: &Option<String>, len: usize) -> Result<Option<String>, String> {
    match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) if s.len() <= len && s.chars().all(|c| c.is_ascii_alphanumeric()) => {
            Ok(Some(s.to_uppercase()))
        }
        Some(s) => Err(s.chars().take(20).collect()),
    }
}

/// `GET /api/v1/opportunities`
pub(crate) async fn list_opportunities(
    State(state): State<AppState>,
    Query(q): Query<OpportunitiesQuery>,
) -> Response<Body> {
    let filter = match (
        code(&q.origin, 2),
        code(&q.destination, 2),
        code(&q.occupation, 4),
        code(&q.sector, 1),
    ) {
        (Ok(origin), Ok(destination), Ok(occupation), Ok(sector)) => OpportunityFilter {
            origin,
            destination,
            occupation,
            sector,
            limit: 1000,
            ..Default::default()
        },
        (o, d, occ, s) => {
            let bad = [o.err(), d.err(), occ.err(), s.err()]
                .into_iter()
                .flatten()
                .next()
                .unwrap_or_default();
            return crate::api::problem(
                StatusCode::BAD_REQUEST,
                "bad-filter",
                &format!(
                    "'{bad}' is not a code: origin and destination are ISO 3166-1 alpha-2, occupation an ISCO-08 code, sector an ISIC Rev.4 section"
                ),
            );
        }
    };
    let found = match opportunities::public_opportunities(
        state.db(),
        filter,
        &crate::verify::today(),
    )
    .await
    {
        Ok(f) => f,
        Err(e) => return failed(e),
    };
    let items: Vec<serde_json::Value> = found
        .iter()
        .map(|v| {
            let o = &v.opportunity;
            serde_json::json!({
                "id": o.id,
                "kind": o.kind,
                "title": o.title,
                "origin": o.origin,
                "destination": o.destination,
                "employer": o.employer,
                "occupation": o.occupation,
                "sector": o.sector,
                "places": o.places,
                "wage": { "amount": decimal(o.wage), "currency": o.wage_currency, "period": o.wage_period },
                "hours_per_week": o.hours_per_week,
                "rest_days_per_week": o.rest_days_per_week,
                "worker_fee": { "amount": decimal(o.worker_fee), "currency": o.fee_currency },
                "agency": o.agency_slug.as_ref().map(|slug| serde_json::json!({
                    "slug": slug, "name": o.agency_name,
                })),
                "valid_from": o.valid_from,
                "valid_to": o.valid_to,
                "verified_by": o.verified_by,
                "verified_on": o.verified_on,
                "source": o.source,
                "sample": o.is_sample != 0,
                "wage_check": v.wage.level().as_str(),
                "fee_check": v.fee.level().as_str(),
            })
        })
        .collect();
    answer(serde_json::json!({ "opportunities": items }))
}

/// `GET /api/v1/directory`
pub(crate) async fn list_directory(
    State(state): State<AppState>,
    Query(q): Query<crate::directory::HelpQuery>,
) -> Response<Body> {
    let found = match directory::search(
        state.db(),
        &state.inner.segmenter,
        &directory::Search {
            q: &q.q,
            country: &q.country,
            kind: &q.kind,
            service: &q.service,
            language: &q.language,
            corridor: &q.route,
        },
        500,
    )
    .await
    {
        Ok(f) => f,
        Err(ServiceError::Directory(e @ DirectoryError::QueryTooLong(_))) => {
            return crate::api::problem(StatusCode::BAD_REQUEST, "bad-query", &e.to_string());
        }
        Err(e) => return failed(e),
    };
    let items: Vec<serde_json::Value> = found
        .iter()
        .map(|e| {
            let o = &e.org;
            serde_json::json!({
                "slug": o.slug,
                "name": o.name,
                "other_names": e.names.iter().map(|(l, n)| serde_json::json!({ "language": l, "name": n })).collect::<Vec<_>>(),
                "kind": o.kind,
                "country": o.country,
                "description": o.description,
                "services": e.services,
                "locations": e.locations.iter().map(|l| serde_json::json!({
                    "address": l.address,
                    "city": l.city,
                    "country": l.country,
                    "phones": lmip_domain::codes::unpadded(&l.phones),
                    "email": l.email,
                    "hours": l.hours,
                    "languages": lmip_domain::codes::unpadded(&l.languages),
                })).collect::<Vec<_>>(),
                "routes": lmip_domain::codes::unpadded(&o.corridors),
                "website": o.website,
                "verified_on": o.verified_on,
                "source": o.source,
                "sample": o.is_sample != 0,
            })
        })
        .collect();
    answer(serde_json::json!({ "organisations": items }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_as_decimal_strings() {
        assert_eq!(decimal(1_200_050), "12000.50");
        assert_eq!(decimal(1_200_000), "12000");
        assert_eq!(decimal(5), "0.05");
        assert_eq!(decimal(0), "0");
    }
}
