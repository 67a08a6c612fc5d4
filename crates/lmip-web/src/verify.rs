//! "Is this agency licensed?": the verify page (one field, the answer in one glance), the same
//! answer as JSON on the API, and as plain text of at most 160 characters for text channels.

use crate::WebError;
use crate::i18n::{Tr, key};
use crate::pages::{Layout, parse_locale, tr};
use crate::state::AppState;
use askama::Template;
use axum::Json;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{Response, StatusCode, header};
use lmip_domain::directory::{LicenceStatus, Verdict};
use lmip_services::ServiceError;
use lmip_services::licences::{LicenceError, VerifyAnswer};

/// The verify page's query string.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct VerifyQuery {
    q: Option<String>,
    format: Option<String>,
}

pub(crate) fn verdict_key(v: Verdict) -> &'static str {
    match v {
        Verdict::Licensed => key("verdict-licensed"),
        Verdict::Suspended => key("verdict-suspended"),
        Verdict::Revoked => key("verdict-revoked"),
        Verdict::Expired => key("verdict-expired"),
        Verdict::NotFound => key("verdict-not-found"),
    }
}

fn advice_key(v: Verdict) -> &'static str {
    match v {
        Verdict::Licensed => key("verdict-licensed-advice"),
        Verdict::Suspended => key("verdict-suspended-advice"),
        Verdict::Revoked => key("verdict-revoked-advice"),
        Verdict::Expired => key("verdict-expired-advice"),
        Verdict::NotFound => key("verdict-not-found-advice"),
    }
}

fn status_key(s: LicenceStatus) -> &'static str {
    verdict_key(Verdict::from(s))
}

/// A 24×24 stroked icon per verdict (a tick, a cross, an exclamation mark, a question mark), so
/// the answer is read without reading.
fn verdict_icon(v: Verdict) -> &'static str {
    match v {
        Verdict::Licensed => "M5 12.5l4.5 4.5L19 7.5",
        Verdict::Revoked => "M6 6l12 12M18 6L6 18",
        Verdict::Suspended | Verdict::Expired => "M12 5v9M12 18v1",
        Verdict::NotFound => "M9 9a3 3 0 1 1 4 2.8c-.7.3-1 1-1 1.7V15M12 18v1",
    }
}

/// A licence as shown.
pub(crate) struct LicenceView {
    number: String,
    issuer: String,
    authority: String,
    status: String,
    status_class: &'static str,
    valid_from: String,
    valid_to: String,
    destinations: String,
    sectors: String,
    source: String,
}

/// A sanction as shown.
pub(crate) struct SanctionView {
    kind: String,
    imposed_on: String,
    lifted_on: String,
    reason: String,
    authority: String,
    source: String,
}

/// An agency as shown.
pub(crate) struct AgencyView {
    name: String,
    href: String,
    verdict: String,
    verdict_class: &'static str,
    licences: Vec<LicenceView>,
    sanctions: Vec<SanctionView>,
}

/// The answer as shown.
pub(crate) struct AnswerView {
    verdict_class: &'static str,
    icon: &'static str,
    headline: String,
    advice: String,
    several: bool,
    agencies: Vec<AgencyView>,
    similar: Vec<(String, String)>,
    look_alikes: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "verify.html")]
pub(crate) struct VerifyPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    query: String,
    problem: Option<String>,
    answer: Option<AnswerView>,
}

/// The message key of a sanction kind's words.
pub(crate) fn sanction_key(kind: &str) -> &'static str {
    match kind {
        "warning" => key("sanction-warning"),
        "fine" => key("sanction-fine"),
        "suspension" => key("sanction-suspension"),
        "revocation" => key("sanction-revocation"),
        _ => key("sanction-blacklist"),
    }
}

fn view(t: &Tr<'_>, lang: &str, names: &crate::statistics::Names, a: &VerifyAnswer) -> AnswerView {
    let link = |name: &str| {
        (
            format!("/{lang}/verify?q={}", url_encode(name)),
            name.to_string(),
        )
    };
    AnswerView {
        verdict_class: a.verdict.as_str(),
        icon: verdict_icon(a.verdict),
        headline: t.plain(verdict_key(a.verdict)),
        advice: t.plain(advice_key(a.verdict)),
        several: a.agencies.len() > 1,
        agencies: a
            .agencies
            .iter()
            .map(|ag| AgencyView {
                name: ag.name.clone(),
                href: format!("/{lang}/agencies/{}", ag.slug),
                verdict: t.plain(verdict_key(ag.verdict)),
                verdict_class: ag.verdict.as_str(),
                licences: ag
                    .licences
                    .iter()
                    .map(|(l, st)| licence_view(t, names, l, *st))
                    .collect(),
                sanctions: ag.sanctions.iter().map(|x| sanction_view(t, x)).collect(),
            })
            .collect(),
        similar: a.similar.iter().map(|(_, n)| link(n)).collect(),
        look_alikes: a.look_alikes.iter().map(|(_, n)| link(n)).collect(),
    }
}

fn licence_view(
    t: &Tr<'_>,
    names: &crate::statistics::Names,
    l: &lmip_storage::Licence,
    s: LicenceStatus,
) -> LicenceView {
    let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".into());
    LicenceView {
        number: l.number.clone(),
        issuer: names.of(&l.issuer),
        authority: l.authority.clone(),
        status: t.plain(status_key(s)),
        status_class: Verdict::from(s).as_str(),
        valid_from: dash(&l.valid_from),
        valid_to: dash(&l.valid_to),
        destinations: l
            .destinations
            .split(' ')
            .filter(|c| !c.is_empty())
            .map(|c| names.of(c))
            .collect::<Vec<_>>()
            .join(", "),
        sectors: l.sectors.clone(),
        source: format!(
            "{} · {}",
            l.source,
            &l.updated_at[..10.min(l.updated_at.len())]
        ),
    }
}

fn sanction_view(t: &Tr<'_>, s: &lmip_storage::Sanction) -> SanctionView {
    SanctionView {
        kind: t.plain(sanction_key(&s.kind)),
        imposed_on: s.imposed_on.clone(),
        lifted_on: s.lifted_on.clone().unwrap_or_else(|| "—".into()),
        reason: s.reason.clone(),
        authority: s.authority.clone(),
        source: s.source.clone(),
    }
}

fn url_encode(s: &str) -> String {
    serde_urlencoded::to_string([("q", s)])
        .map(|e| e.trim_start_matches("q=").to_string())
        .unwrap_or_default()
}

/// Today (UTC), as licences' dates are written.
pub(crate) fn today() -> String {
    let d = time::OffsetDateTime::now_utc().date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// The answer in at most 160 characters: the verdict's words, the agency and its licence.
fn text_answer(t: &Tr<'_>, a: &VerifyAnswer) -> String {
    let mut out = t.plain(verdict_key(a.verdict)).to_uppercase();
    if let Some(ag) = a.agencies.first() {
        out.push_str(": ");
        out.push_str(&ag.name);
        if let Some((l, _)) = ag.licences.first() {
            out.push_str(&format!(" ({} {})", l.issuer, l.number));
            if let Some(to) = &l.valid_to {
                out.push_str(&format!(" → {to}"));
            }
        }
        if a.agencies.len() > 1 {
            out.push_str(&format!(" +{}", a.agencies.len() - 1));
        }
    } else if let Some((_, name)) = a.look_alikes.first() {
        out.push_str(". ");
        out.push_str(&t.with_all(key("verify-text-look-alike"), &[("name", name.clone())]));
    }
    if out.chars().count() > 160 {
        out = out.chars().take(159).collect::<String>() + "…";
    }
    out
}

/// `GET /{lang}/verify?q=…[&format=text]`
pub(crate) async fn verify_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(q): Query<VerifyQuery>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    let t = tr(&state, locale);
    let text = match q.format.as_deref() {
        None | Some("html") => false,
        Some("text") => true,
        Some(other) => {
            return Err(WebError::BadRequest(format!(
                "format={} is not offered: use html or text",
                other.chars().take(20).collect::<String>()
            )));
        }
    };
    let mut status = StatusCode::OK;
    let mut problem = None;
    let mut answer = None;
    if let Some(query) = q.q.as_deref() {
        match lmip_services::licences::verify(
            state.db(),
            &state.inner.agency_names,
            &state.inner.segmenter,
            query,
            &today(),
        )
        .await
        {
            Ok(a) => answer = Some(a),
            Err(ServiceError::Licence(LicenceError::EmptyQuery)) => {
                status = StatusCode::BAD_REQUEST;
                problem = Some(t.plain("verify-empty"));
            }
            Err(ServiceError::Licence(LicenceError::QueryTooLong(n))) => {
                status = StatusCode::BAD_REQUEST;
                problem = Some(t.with_all(key("verify-too-long"), &[("max", n.to_string())]));
            }
            Err(e) => return Err(e.into()),
        }
    }
    if text {
        let body = match (&answer, &problem) {
            (Some(a), _) => text_answer(&t, a),
            (None, Some(p)) => p.clone(),
            (None, None) => t.plain("verify-empty"),
        };
        return Response::builder()
            .status(if answer.is_some() {
                StatusCode::OK
            } else {
                StatusCode::BAD_REQUEST
            })
            .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
            .header(header::CACHE_CONTROL, "no-store")
            .body(Body::from(body))
            .map_err(|e| WebError::Internal(e.to_string()));
    }
    // Only the countries the answer shows: the list has hundreds of codes in ten languages.
    let mut codes: Vec<String> = answer
        .iter()
        .flat_map(|a| &a.agencies)
        .flat_map(|ag| &ag.licences)
        .flat_map(|(l, _)| {
            std::iter::once(l.issuer.clone()).chain(l.destinations.split(' ').map(str::to_string))
        })
        .filter(|c| !c.is_empty())
        .collect();
    codes.sort();
    codes.dedup();
    let names = crate::statistics::Names::load_some(&state, "CL_AREA", locale, codes).await?;
    let page = VerifyPage {
        page: Layout::new(&state, locale, "verify"),
        query: q.q.clone().unwrap_or_default(),
        problem,
        answer: answer.as_ref().map(|a| view(&t, &lang, &names, a)),
        t,
    };
    let html = page
        .render()
        .map_err(|e| WebError::Internal(e.to_string()))?;
    // The answer depends on the day (licences expire at midnight) and on the query: not cached.
    Ok(crate::cache::uncached_html(status, html))
}

/// `GET /api/v1/agencies/verify?q=…`: the same answer as JSON; a bad query is an
/// `application/problem+json` 400.
pub(crate) async fn verify_api(
    State(state): State<AppState>,
    Query(q): Query<VerifyQuery>,
) -> Response<Body> {
    let a = match lmip_services::licences::verify(
        state.db(),
        &state.inner.agency_names,
        &state.inner.segmenter,
        q.q.as_deref().unwrap_or(""),
        &today(),
    )
    .await
    {
        Ok(a) => a,
        Err(ServiceError::Licence(e)) => {
            return crate::api::problem(StatusCode::BAD_REQUEST, "bad-query", &e.to_string());
        }
        Err(e) => {
            use axum::response::IntoResponse;
            return WebError::from(e).into_response();
        }
    };
    let agencies: Vec<serde_json::Value> = a
        .agencies
        .iter()
        .map(|ag| {
            serde_json::json!({
                "name": ag.name,
                "verdict": ag.verdict.as_str(),
                "licences": ag.licences.iter().map(|(l, s)| serde_json::json!({
                    "issuer": l.issuer,
                    "authority": l.authority,
                    "number": l.number,
                    "status": s.as_str(),
                    "recorded_status": l.status,
                    "valid_from": l.valid_from,
                    "valid_to": l.valid_to,
                    "destinations": l.destinations.split(' ').filter(|c| !c.is_empty()).collect::<Vec<_>>(),
                    "sectors": l.sectors,
                    "source": l.source,
                    "updated_at": l.updated_at,
                })).collect::<Vec<_>>(),
                "sanctions": ag.sanctions.iter().map(|s| serde_json::json!({
                    "kind": s.kind,
                    "imposed_on": s.imposed_on,
                    "lifted_on": s.lifted_on,
                    "reason": s.reason,
                    "authority": s.authority,
                    "source": s.source,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let body = serde_json::json!({
        "query": a.query,
        "verdict": a.verdict.as_str(),
        "by_number": a.by_number,
        "agencies": agencies,
        "similar": a.similar.iter().map(|(_, n)| n.clone()).collect::<Vec<_>>(),
        "look_alikes": a.look_alikes.iter().map(|(_, n)| n.clone()).collect::<Vec<_>>(),
    });
    use axum::response::IntoResponse;
    let mut r = Json(body).into_response();
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    r
}

/// A licence with its history, as the agency page shows it.
pub(crate) struct HistoryView {
    licence: LicenceView,
    /// (date, status, valid to, reason and source)
    events: Vec<(String, String, String, String)>,
}

#[derive(Template)]
#[template(path = "agency.html")]
pub(crate) struct AgencyPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    name: String,
    country: String,
    verdict_class: &'static str,
    icon: &'static str,
    headline: String,
    advice: String,
    licences: Vec<HistoryView>,
    sanctions: Vec<SanctionView>,
    assessments: Vec<AssessmentView>,
    reviews: ReviewsView,
    /// The agency's short name, for "make a complaint about it".
    slug: String,
    /// Upheld complaints and money recovered (per currency, in words), once there are enough
    /// to show without pointing to anyone.
    complaints: Option<(i64, Vec<String>)>,
}

/// An assessment as the scorecard shows it: the result and every criterion behind it.
pub(crate) struct AssessmentView {
    framework: String,
    assessor: String,
    date: String,
    percent: String,
    grade: String,
    critical_failed: bool,
    summary: String,
    /// (code, title, weight, critical, score, evidence)
    scores: Vec<lmip_storage::ScoreRow>,
}

/// The reviews part of the scorecard.
pub(crate) enum ReviewsView {
    /// Fewer than the threshold: only how many.
    TooFew(String),
    /// The averages (question, "4.2") and the reviews.
    Shown {
        count: String,
        averages: Vec<(String, String)>,
        reviews: Vec<ReviewView>,
    },
}

/// A published review as shown: no name, ever.
pub(crate) struct ReviewView {
    date: String,
    stars: Vec<(String, i64)>,
    body: String,
    lang: String,
    fee: String,
    answer: Option<String>,
}

fn tenths(v: i64) -> String {
    format!("{}.{}", v / 10, v % 10)
}

fn scorecard_views(
    t: &Tr<'_>,
    parts: &lmip_services::scorecard::ScorecardParts,
) -> (Vec<AssessmentView>, ReviewsView) {
    use lmip_services::scorecard::ReviewsPart;
    let questions = || crate::reviews::QUESTIONS.iter().map(|(_, k)| t.plain(k));
    let assessments = parts
        .assessments
        .iter()
        .map(|(a, scores)| AssessmentView {
            framework: a.framework.clone(),
            assessor: a.assessor.clone(),
            date: a.assessed_on.clone(),
            percent: tenths(a.per_mille),
            grade: a.grade.clone(),
            critical_failed: a.critical_failed != 0,
            summary: a.summary.clone(),
            scores: scores.clone(),
        })
        .collect();
    let reviews = match &parts.reviews {
        ReviewsPart::TooFew(n) => ReviewsView::TooFew(t.with_all(
            key("agency-reviews-too-few"),
            &[
                ("count", n.to_string()),
                ("min", lmip_domain::reviews::MIN_REVIEWS_SHOWN.to_string()),
            ],
        )),
        ReviewsPart::Shown {
            count,
            averages,
            reviews,
        } => ReviewsView::Shown {
            count: t.with_all(key("agency-reviews-count"), &[("count", count.to_string())]),
            averages: questions()
                .zip(averages.iter().map(|a| tenths(*a)))
                .collect(),
            reviews: reviews
                .iter()
                .map(|r| ReviewView {
                    date: r.created_at[..7.min(r.created_at.len())].to_string(),
                    stars: questions()
                        .zip([
                            r.stars_fees,
                            r.stars_contract,
                            r.stars_information,
                            r.stars_treatment,
                            r.stars_help,
                        ])
                        .collect(),
                    body: r.body.clone(),
                    lang: r.locale.clone(),
                    fee: match (&r.fee_paid, &r.fee_currency) {
                        (Some(a), Some(c)) => t.money(&lmip_domain::offers::Money {
                            amount: *a,
                            currency: c.clone(),
                        }),
                        _ => String::new(),
                    },
                    answer: r.answer.clone(),
                })
                .collect(),
        },
    };
    (assessments, reviews)
}

/// `GET /{lang}/agencies/{slug}`: an agency's record, each part with its source and date, and the
/// parts lmip does not hold yet saying so.
pub(crate) async fn agency_page(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    let Some(r) = lmip_services::licences::agency_record(state.db(), &slug, &today()).await? else {
        return Err(WebError::NotFound);
    };
    let t = tr(&state, locale);
    let mut codes: Vec<String> = r
        .licences
        .iter()
        .flat_map(|(l, _, _)| {
            std::iter::once(l.issuer.clone()).chain(l.destinations.split(' ').map(str::to_string))
        })
        .chain(r.country.clone())
        .filter(|c| !c.is_empty())
        .collect();
    codes.sort();
    codes.dedup();
    let names = crate::statistics::Names::load_some(&state, "CL_AREA", locale, codes).await?;
    let licences = r
        .licences
        .iter()
        .map(|(l, s, events)| HistoryView {
            licence: licence_view(&t, &names, l, *s),
            events: events
                .iter()
                .map(|e| {
                    (
                        e.at[..10.min(e.at.len())].to_string(),
                        t.plain(status_key(LicenceStatus::from_stored(&e.status))),
                        e.valid_to.clone().unwrap_or_else(|| "—".into()),
                        [e.reason.as_str(), e.source.as_str()]
                            .iter()
                            .filter(|x| !x.is_empty())
                            .copied()
                            .collect::<Vec<_>>()
                            .join(" · "),
                    )
                })
                .collect(),
        })
        .collect();
    let parts = lmip_services::scorecard::parts(state.db(), &r.org_id).await?;
    let (assessments, reviews) = scorecard_views(&t, &parts);
    let complaints = lmip_services::cases::agency_record(state.db(), &r.org_id)
        .await?
        .map(|(upheld, recovered)| {
            let money = recovered
                .into_iter()
                .map(|(currency, amount)| t.money(&lmip_domain::offers::Money { amount, currency }))
                .collect();
            (upheld, money)
        });
    let page = AgencyPage {
        slug: slug.clone(),
        complaints,
        assessments,
        reviews,
        page: Layout::new(&state, locale, &format!("agencies/{slug}")),
        name: r.name.clone(),
        country: r
            .country
            .as_deref()
            .map(|c| names.of(c))
            .unwrap_or_default(),
        verdict_class: r.verdict.as_str(),
        icon: verdict_icon(r.verdict),
        headline: t.plain(verdict_key(r.verdict)),
        advice: t.plain(advice_key(r.verdict)),
        licences,
        sanctions: r.sanctions.iter().map(|s| sanction_view(&t, s)).collect(),
        t,
    };
    let html = page
        .render()
        .map_err(|e| WebError::Internal(e.to_string()))?;
    // The verdict changes at midnight when a licence ends: not cached.
    Ok(crate::cache::uncached_html(StatusCode::OK, html))
}
