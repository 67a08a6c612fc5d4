//! Statistics submissions in the back office: focal points upload a file for a dataflow and a
//! reference period and read its validation report; approvers publish it as a release or reject
//! it. The policy decides who reaches each route; the services do the work; these handlers parse
//! the form, call them and render.

use crate::WebError;
use crate::account::{check_session_form, redirect, same_site};
use crate::authorize::{CurrentSession, actor_of};
use crate::i18n::{Tr, key};
use crate::pages::{Layout, preferred_locale, tr};
use crate::state::AppState;
use askama::Template;
use axum::body::Body;
use axum::extract::multipart::{Multipart, MultipartError, MultipartRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Response, StatusCode};
use axum::{Extension, Form};
use lmip_domain::policy::{Action, OrgFilter, Target, can, organisations_for};
use lmip_services::ServiceError;
use lmip_services::submissions::{self, Settings, SubmissionError, Upload};
use lmip_stats::upload::{Finding, Severity};
use lmip_storage::{Observation, Submission};
use std::io::{Seek, Write};

/// The largest upload the form takes: the file limit and room for the form's other fields.
pub(crate) const UPLOAD_BODY_LIMIT: usize = 100 * 1024 * 1024 + 64 * 1024;

/// The message key of a problem's text.
pub(crate) fn problem_key(name: &str) -> &'static str {
    match name {
        "too-large" => key("stats-problem-too-large"),
        "too-many-rows" => key("stats-problem-too-many-rows"),
        "too-many-columns" => key("stats-problem-too-many-columns"),
        "field-too-long" => key("stats-problem-field-too-long"),
        "unreadable" => key("stats-problem-unreadable"),
        "bad-encoding" => key("stats-problem-bad-encoding"),
        "unsupported-format" => key("stats-problem-unsupported-format"),
        "unknown-layout" => key("stats-problem-unknown-layout"),
        "missing-column" => key("stats-problem-missing-column"),
        "unknown-column" => key("stats-problem-unknown-column"),
        "repeated-column" => key("stats-problem-repeated-column"),
        "ragged-row" => key("stats-problem-ragged-row"),
        "unbalanced-quote" => key("stats-problem-unbalanced-quote"),
        "wrong-flow" => key("stats-problem-wrong-flow"),
        "unsupported-action" => key("stats-problem-unsupported-action"),
        "xml-doctype" => key("stats-problem-xml-doctype"),
        "xml-namespace" => key("stats-problem-xml-namespace"),
        "xml-malformed" => key("stats-problem-xml-malformed"),
        "not-sdmx-data" => key("stats-problem-not-sdmx-data"),
        "no-data" => key("stats-problem-no-data"),
        "not-a-questionnaire" => key("stats-problem-not-a-questionnaire"),
        "archive-bomb" => key("stats-problem-archive-bomb"),
        "unknown-code" => key("stats-problem-unknown-code"),
        "duplicate-key" => key("stats-problem-duplicate-key"),
        "not-a-number" => key("stats-problem-not-a-number"),
        "negative" => key("stats-problem-negative"),
        "missing-value" => key("stats-problem-missing-value"),
        "bad-period" => key("stats-problem-bad-period"),
        "period-out-of-range" => key("stats-problem-period-out-of-range"),
        "missing-attribute" => key("stats-problem-missing-attribute"),
        "conflicting-attribute" => key("stats-problem-conflicting-attribute"),
        "total-mismatch" => key("stats-problem-total-mismatch"),
        "jump" => key("stats-problem-jump"),
        "more-of-the-same" => key("stats-problem-more-of-the-same"),
        _ => key("stats-problem-unreadable"),
    }
}

/// The key for a refusal the person can fix.
fn refusal_key(e: &ServiceError) -> Option<&'static str> {
    Some(match e {
        ServiceError::Submission(SubmissionError::UnknownFlow(_)) => key("stats-error-flow"),
        ServiceError::Submission(SubmissionError::BadPeriod) => key("stats-error-period"),
        ServiceError::Submission(SubmissionError::UnknownEncoding(_)) => {
            key("stats-error-encoding")
        }
        ServiceError::Submission(SubmissionError::NotWaiting) => key("stats-error-decided"),
        ServiceError::Submission(SubmissionError::HasErrors) => key("stats-error-has-errors"),
        ServiceError::Submission(SubmissionError::WarningsNotAccepted) => {
            key("stats-error-accept-warnings")
        }
        ServiceError::Submission(SubmissionError::OwnSubmission) => key("stats-error-own"),
        ServiceError::Invalid(lmip_domain::DomainError::UnknownCode { .. }) => {
            key("stats-error-country")
        }
        _ => return None,
    })
}

/// The key of a submission's status.
fn status_key(s: &Submission) -> &'static str {
    match (s.status.as_str(), s.errors > 0) {
        ("released", _) => key("stats-status-released"),
        ("rejected", _) => key("stats-status-rejected"),
        (_, true) => key("stats-status-errors"),
        _ => key("stats-status-waiting"),
    }
}

/// One line of a report, ready to show.
pub(crate) struct ReportLine {
    pub error: bool,
    pub place: String,
    pub text: String,
}

fn report_lines(t: &Tr<'_>, findings: &[Finding]) -> Vec<ReportLine> {
    findings
        .iter()
        .map(|f| {
            let mut place = Vec::new();
            if let Some(s) = &f.at.sheet {
                place.push(format!("{} {s}", t.plain("stats-sheet")));
            }
            if let Some(r) = f.at.row {
                place.push(format!("{} {r}", t.plain("stats-row")));
            }
            if let Some(c) = &f.at.column {
                place.push(format!("{} {c}", t.plain("stats-column")));
            }
            let args = f.problem.args();
            ReportLine {
                error: f.severity == Severity::Error,
                place: place.join(", "),
                text: t.with_all(problem_key(f.problem.name()), &args),
            }
        })
        .collect()
}

struct FlowOption {
    id: String,
    name: String,
}

#[derive(Template)]
#[template(path = "submissions.html")]
struct ListPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    submissions: Vec<Submission>,
    /// Organisations the person may submit for: (slug, country code or empty).
    submit_for: Vec<(String, String)>,
    flows: Vec<FlowOption>,
    period: String,
    error_key: Option<&'static str>,
}

impl ListPage<'_> {
    fn status(&self, s: &Submission) -> String {
        self.t.plain(status_key(s))
    }
}

fn slugs(filter: OrgFilter, all: &[String]) -> Option<Vec<String>> {
    match filter {
        OrgFilter::All => None,
        OrgFilter::Only(v) => Some(
            v.into_iter()
                .filter(|o| all.is_empty() || all.contains(o))
                .collect(),
        ),
    }
}

fn this_year() -> i32 {
    time::OffsetDateTime::now_utc().year()
}

async fn list_page(
    state: &AppState,
    headers: &HeaderMap,
    session: &lmip_services::auth::Session,
    error_key: Option<&'static str>,
) -> Result<Response<Body>, WebError> {
    let actor = actor_of(Some(session));
    let readable = slugs(organisations_for(&actor, Action::ReadSubmissions), &[]);
    let list = state.db().submissions(readable.as_deref(), 200).await?;
    let organisations = state.db().organisations().await?;
    let submit_filter = organisations_for(&actor, Action::SubmitStatistics);
    let submit_for = organisations
        .into_iter()
        .filter(|o| submit_filter.admits(&o.slug))
        .map(|o| (o.slug, o.country.unwrap_or_default()))
        .collect();
    let flows = state
        .db()
        .dataflows()
        .await?
        .into_iter()
        .map(|f| FlowOption {
            id: f.id,
            name: f.name,
        })
        .collect();
    let locale = preferred_locale(headers);
    let page = ListPage {
        t: tr(state, locale),
        page: Layout::new(state, locale, ""),
        csrf: session.csrf.clone(),
        submissions: list,
        submit_for,
        flows,
        period: (this_year() - 1).to_string(),
        error_key,
    };
    crate::account::form_page(&page, error_key.is_some())
}

/// `GET /office/statistics`: the submissions the person may see, and the upload form.
pub(crate) async fn list(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    list_page(&state, &headers, &session, None).await
}

/// An upload form's fields: its text fields (by name) and its file, spooled to a temporary file.
#[derive(Default)]
pub(crate) struct UploadForm {
    pub(crate) fields: std::collections::HashMap<String, String>,
    pub(crate) file_name: String,
    pub(crate) file: Option<std::fs::File>,
}

impl UploadForm {
    /// A text field ('' when absent).
    pub(crate) fn field(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }
}

fn multipart_error(e: &MultipartError) -> WebError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        WebError::PayloadTooLarge
    } else {
        WebError::BadRequest(e.body_text())
    }
}

/// Reads a multipart form with the text fields `names` and one `file`, spooling the file to a
/// temporary file as it arrives (memory stays flat). Any other field is refused.
pub(crate) async fn read_form(
    mut multipart: Multipart,
    names: &[&str],
) -> Result<UploadForm, WebError> {
    let mut form = UploadForm::default();
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(|e| multipart_error(&e))?
    {
        let name = field.name().unwrap_or("").to_string();
        if name == "file" {
            form.file_name = field
                .file_name()
                .unwrap_or("upload")
                .rsplit(['/', '\\'])
                .next()
                .unwrap_or("upload")
                .chars()
                .take(200)
                .collect();
            let mut spool = tempfile::tempfile()
                .map_err(|e| WebError::Internal(format!("no room for the upload: {e}")))?;
            while let Some(chunk) = field.chunk().await.map_err(|e| multipart_error(&e))? {
                spool
                    .write_all(&chunk)
                    .map_err(|e| WebError::Internal(format!("the upload cannot be kept: {e}")))?;
            }
            spool
                .rewind()
                .map_err(|e| WebError::Internal(format!("the upload cannot be read: {e}")))?;
            form.file = Some(spool);
        } else if names.contains(&name.as_str()) {
            let text = field.text().await.map_err(|e| multipart_error(&e))?;
            form.fields.insert(name, text.chars().take(200).collect());
        } else {
            return Err(WebError::Unprocessable);
        }
    }
    Ok(form)
}

/// `POST /office/organisations/{org}/submissions`: an upload (multipart form).
pub(crate) async fn upload(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response<Body>, WebError> {
    // Cross-site requests are refused before the body is read.
    same_site(&headers, &state.inner.config.public_url)?;
    let Ok(multipart) = multipart else {
        // Not a multipart form: no token can have come with it.
        return Err(WebError::Forbidden);
    };
    let mut form = read_form(multipart, &["csrf", "flow", "period", "encoding"]).await?;
    check_session_form(&state, &headers, &session, form.field("csrf"))?;
    let Some(file) = form.file.take() else {
        return list_page(&state, &headers, &session, Some(key("stats-error-no-file"))).await;
    };
    let result = submissions::submit(
        state.db(),
        &session,
        &Upload {
            org: &org,
            flow: form.field("flow"),
            period: form.field("period"),
            file_name: &form.file_name,
            encoding: Some(form.field("encoding")).filter(|e| !e.is_empty() && *e != "auto"),
        },
        file,
        Settings::default(),
        this_year(),
    )
    .await;
    match result {
        Ok(s) => Ok(redirect(
            &format!("/office/organisations/{org}/submissions/{}", s.id),
            &[],
        )),
        Err(e) => match refusal_key(&e) {
            Some(k) => list_page(&state, &headers, &session, Some(k)).await,
            None => Err(e.into()),
        },
    }
}

#[derive(Template)]
#[template(path = "submission.html")]
struct DetailPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    org: String,
    s: Submission,
    status_key: &'static str,
    lines: Vec<ReportLine>,
    preview: Vec<Observation>,
    can_decide: bool,
    error_key: Option<&'static str>,
    done_key: Option<&'static str>,
}

impl DetailPage<'_> {
    fn value(&self, o: &Observation) -> String {
        o.value
            .map(lmip_stats::data::format_value)
            .unwrap_or_default()
    }
}

async fn detail_page(
    state: &AppState,
    headers: &HeaderMap,
    session: &lmip_services::auth::Session,
    org: &str,
    id: &str,
    error_key: Option<&'static str>,
    done_key: Option<&'static str>,
) -> Result<Response<Body>, WebError> {
    let s = match submissions::get(state.db(), org, id).await {
        Ok(s) => s,
        Err(ServiceError::Submission(SubmissionError::NotFound)) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let locale = preferred_locale(headers);
    let t = tr(state, locale);
    let lines = report_lines(&t, &submissions::findings(&s));
    let preview = state.db().staged_observations(&s.id, 20).await?;
    let can_decide = s.status == "validated"
        && can(
            &actor_of(Some(session)),
            Action::DecideSubmissions,
            Target::Organisation(org),
        );
    let page = DetailPage {
        t,
        page: Layout::new(state, locale, ""),
        csrf: session.csrf.clone(),
        org: org.to_string(),
        status_key: status_key(&s),
        s,
        lines,
        preview,
        can_decide,
        error_key,
        done_key,
    };
    crate::account::form_page(&page, error_key.is_some())
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct DoneQuery {
    done: Option<String>,
}

/// `GET /office/organisations/{org}/submissions/{id}`: the report, and the decision forms.
pub(crate) async fn detail(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, id)): Path<(String, String)>,
    Query(q): Query<DoneQuery>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let done = match q.done.as_deref() {
        Some("released") => Some(key("stats-done-released")),
        Some("rejected") => Some(key("stats-done-rejected")),
        _ => None,
    };
    detail_page(&state, &headers, &session, &org, &id, None, done).await
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ApproveForm {
    csrf: String,
    #[serde(default)]
    accept_warnings: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RejectForm {
    csrf: String,
    #[serde(default)]
    reason: String,
}

async fn after_decision(
    state: &AppState,
    headers: &HeaderMap,
    session: &lmip_services::auth::Session,
    org: &str,
    id: &str,
    result: Result<Submission, ServiceError>,
) -> Result<Response<Body>, WebError> {
    match result {
        Ok(s) => Ok(redirect(
            &format!(
                "/office/organisations/{org}/submissions/{id}?done={}",
                s.status
            ),
            &[],
        )),
        Err(ServiceError::Submission(SubmissionError::NotFound)) => Err(WebError::NotFound),
        Err(e) => match refusal_key(&e) {
            Some(k) => detail_page(state, headers, session, org, id, Some(k), None).await,
            None => Err(e.into()),
        },
    }
}

/// `POST /office/organisations/{org}/submissions/{id}/approve`
pub(crate) async fn approve(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, id)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<ApproveForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    let accept = form.accept_warnings.is_some();
    let result = submissions::approve(state.db(), &session, &org, &id, accept).await;
    after_decision(&state, &headers, &session, &org, &id, result).await
}

/// `POST /office/organisations/{org}/submissions/{id}/reject`
pub(crate) async fn reject(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, id)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<RejectForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    let result = submissions::reject(state.db(), &session, &org, &id, &form.reason).await;
    after_decision(&state, &headers, &session, &org, &id, result).await
}

/// The questionnaire's query string.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TemplateQuery {
    flow: String,
    year: String,
    #[serde(default)]
    country: String,
}

/// `GET /office/organisations/{org}/submissions/template`: the XLSX questionnaire, in the reader's
/// language, for the organisation's country (or the one given).
pub(crate) async fn template(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    Query(q): Query<TemplateQuery>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let locale = preferred_locale(&headers);
    let Some(organisation) = state.db().organisation_by_slug(&org).await? else {
        return Err(WebError::NotFound);
    };
    let country = Some(q.country.trim().to_string())
        .filter(|c| !c.is_empty())
        .or(organisation.country)
        .unwrap_or_default();
    let Ok(year) = q.year.trim().parse::<i32>() else {
        return list_page(&state, &headers, &session, Some(key("stats-error-period"))).await;
    };
    if country.is_empty() {
        return list_page(&state, &headers, &session, Some(key("stats-error-country"))).await;
    }
    let t = tr(&state, locale);
    let translate = |k: &str, args: &[(&str, String)]| t.with_all(k, args);
    let made = submissions::template(
        state.db(),
        &submissions::TemplateRequest {
            flow: q.flow.trim(),
            country: &country,
            year,
            locale,
        },
        &translate,
    )
    .await;
    match made {
        Ok(bytes) => Response::builder()
            .status(StatusCode::OK)
            .header(
                axum::http::header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
            .header(
                axum::http::header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{}-{}-{year}.xlsx\"",
                    q.flow
                        .trim()
                        .chars()
                        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect::<String>(),
                    country
                        .to_uppercase()
                        .chars()
                        .filter(char::is_ascii_alphanumeric)
                        .collect::<String>()
                ),
            )
            .header(axum::http::header::CACHE_CONTROL, "private, no-store")
            .body(Body::from(bytes))
            .map_err(|e| WebError::Internal(e.to_string())),
        Err(e) => match refusal_key(&e) {
            Some(k) => list_page(&state, &headers, &session, Some(k)).await,
            None => Err(e.into()),
        },
    }
}
