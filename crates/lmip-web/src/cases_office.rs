//! Case work in the back office: an organisation's inbox with the referrals waiting for it, the
//! supervisor's backlog, a case's page (opened with an audit row; every form carries the
//! revision it was made from), and filing on a worker's behalf. Access to the organisation is
//! the policy's (`WorkCases`, `SuperviseCases`, `OverrideConsent`); access to a case is the case
//! service's (the organisation holds it or accepted its referral), 404 otherwise.

use crate::WebError;
use crate::account::{check_session_form, form_field, form_values, html, redirect, render};
use crate::authorize::{CurrentSession, actor_of};
use crate::complaints::{
    ComplaintForm, answer, case_error_text, category_words, complaint_from_fields, complaint_page,
    idempotency_key, status_words,
};
use crate::i18n::Tr;
use crate::pages::{Layout, preferred_locale, tr};
use crate::state::AppState;
use askama::Template;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Response, StatusCode};
use axum::{Extension, Form};
use lmip_domain::cases::{Category, Outcome, ReferralState, SharedField, Status, Urgency};
use lmip_domain::policy::{Action, Target, can};
use lmip_services::ServiceError;
use lmip_services::auth::Session;
use lmip_services::cases::{self, CaseSummary, CaseView, Decision, Filer};
use lmip_storage::{CaseFilter, ReferralRow};

/// An inbox row as shown.
struct Row {
    id: String,
    status: String,
    days: i64,
    overdue: bool,
    urgency: String,
    categories: String,
    corridor: String,
    own: bool,
}

fn row(t: &Tr<'_>, c: &CaseSummary) -> Row {
    Row {
        id: c.id.clone(),
        status: status_words(t, c.status),
        days: c.days,
        overdue: c.overdue,
        urgency: t.plain(&format!("case-urgency-{}", c.urgency.as_str())),
        categories: c
            .categories
            .iter()
            .map(|k| format!("{} {}", k.icon(), category_words(t, *k)))
            .collect::<Vec<_>>()
            .join(", "),
        corridor: c
            .corridor
            .as_ref()
            .map(|(o, d)| format!("{o} → {d}"))
            .unwrap_or_default(),
        own: c.own,
    }
}

#[derive(Template)]
#[template(path = "cases_inbox.html")]
struct InboxPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    org: String,
    rows: Vec<Row>,
    waiting: Vec<ReferralRow>,
    supervisor: bool,
    show_final: bool,
    done: Option<String>,
    error: Option<String>,
    /// The list shows the cases found by a contact search.
    searched: bool,
}

/// `?final=1` lists closed cases too; `done`/`error` report the last action.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct InboxQuery {
    #[serde(default)]
    r#final: Option<String>,
    #[serde(default)]
    done: Option<String>,
}

async fn inbox_page(
    state: &AppState,
    headers: &HeaderMap,
    session: &Session,
    org: &str,
    q: &InboxQuery,
    error: Option<String>,
    found: Option<Vec<CaseSummary>>,
) -> Result<Response<Body>, WebError> {
    let locale = preferred_locale(headers);
    let t = tr(state, locale);
    let show_final = q.r#final.is_some();
    let searched = found.is_some();
    let list = match found {
        Some(list) => list,
        None => {
            cases::inbox(
                state.db(),
                org,
                &CaseFilter {
                    include_final: show_final,
                    limit: 500,
                    ..CaseFilter::default()
                },
            )
            .await?
        }
    };
    let page = InboxPage {
        rows: list.iter().map(|c| row(&t, c)).collect(),
        waiting: cases::waiting_referrals(state.db(), org).await?,
        supervisor: can(
            &actor_of(Some(session)),
            Action::SuperviseCases,
            Target::Organisation(org),
        ),
        page: Layout::new(state, locale, ""),
        csrf: session.csrf.clone(),
        org: org.to_string(),
        done: q
            .done
            .as_deref()
            .map(|d| t.plain(&format!("case-done-{d}"))),
        error,
        show_final,
        searched,
        t,
    };
    let status = if page.error.is_some() {
        StatusCode::CONFLICT
    } else {
        StatusCode::OK
    };
    Ok(html(status, render(&page)?, &[]))
}

/// `GET /office/organisations/{org}/cases`
pub(crate) async fn inbox(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    Query(q): Query<InboxQuery>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    inbox_page(&state, &headers, &session, &org, &q, None, None).await
}

/// `POST /office/organisations/{org}/cases/find`: the cases whose complainant gave this number
/// or address (by POST, so the number stays out of addresses and logs).
pub(crate) async fn find(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    headers: HeaderMap,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, form_field(&f, "csrf"))?;
    let q = InboxQuery::default();
    match cases::find_by_contact(
        state.db(),
        &state.inner.keys,
        &org,
        &session.user_id,
        form_field(&f, "contact"),
    )
    .await
    {
        Ok(found) => inbox_page(&state, &headers, &session, &org, &q, None, Some(found)).await,
        Err(ServiceError::Case(e)) => {
            let t = tr(&state, preferred_locale(&headers));
            let words = case_error_text(&t, &e);
            let mut r = inbox_page(&state, &headers, &session, &org, &q, Some(words), None).await?;
            *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(r)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "cases_backlog.html")]
struct BacklogPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    org: String,
    rows: Vec<(String, [i64; 5])>,
    totals: [i64; 5],
    waiting: i64,
}

/// `GET /office/organisations/{org}/cases/backlog`
pub(crate) async fn backlog(
    State(state): State<AppState>,
    Path(org): Path<String>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let locale = preferred_locale(&headers);
    let t = tr(&state, locale);
    let b = cases::backlog(state.db(), &org).await?;
    let mut totals = [0i64; 5];
    for (_, counts) in &b.rows {
        for (i, n) in counts.iter().enumerate() {
            totals[i] += n;
        }
    }
    let page = BacklogPage {
        rows: b
            .rows
            .iter()
            .map(|(s, c)| (status_words(&t, *s), *c))
            .collect(),
        page: Layout::new(&state, locale, ""),
        org,
        totals,
        waiting: b.referrals_waiting,
        t,
    };
    Ok(html(StatusCode::OK, render(&page)?, &[]))
}

/// A case's page.
#[derive(Template)]
#[template(path = "case.html")]
struct CasePage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    org: String,
    v: CaseView,
    status: String,
    urgency: String,
    respondent_kind: String,
    safe_words: String,
    category_words: String,
    flags: Vec<String>,
    consents: Vec<String>,
    visible: Vec<String>,
    categories: Vec<(&'static str, &'static str, String, bool)>,
    urgencies: Vec<(&'static str, String)>,
    staff: Vec<(String, String)>,
    next: Vec<(&'static str, String)>,
    outcomes: Vec<(&'static str, String)>,
    receivers: Vec<(String, String, bool)>,
    fields: Vec<(&'static str, String)>,
    may_override: bool,
    events: Vec<(String, String)>,
    done: Option<String>,
    error: Option<String>,
    note: String,
}

impl CasePage<'_> {
    fn referral_state(&self, r: &ReferralRow) -> String {
        self.t
            .plain(&format!("case-referral-{}", r.state.replace('_', "-")))
    }
}

/// `?done=…` after an action.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct DoneQuery {
    #[serde(default)]
    done: Option<String>,
}

#[allow(clippy::too_many_arguments)]
async fn case_page(
    state: &AppState,
    headers: &HeaderMap,
    session: &Session,
    org: &str,
    id: &str,
    done: Option<&str>,
    error: Option<String>,
    note: String,
) -> Result<Response<Body>, WebError> {
    let Some(v) =
        cases::open_case(state.db(), &state.inner.keys, org, &session.user_id, id).await?
    else {
        return Err(WebError::NotFound);
    };
    let locale = preferred_locale(headers);
    let t = tr(state, locale);
    let status = v.summary.status;
    let events = v
        .events
        .iter()
        .map(|e| {
            let what = match (e.kind.as_str(), e.to_status.as_deref()) {
                ("status", Some(to)) => format!(
                    "{}: {}",
                    t.plain("case-event-status"),
                    to.parse::<Status>()
                        .map(|s| status_words(&t, s))
                        .unwrap_or_default()
                ),
                (kind, _) => t.plain(&format!("case-event-{kind}")),
            };
            (
                e.at.chars().take(16).collect::<String>().replace('T', " "),
                what,
            )
        })
        .collect();
    let page = CasePage {
        csrf: session.csrf.clone(),
        org: org.to_string(),
        status: status_words(&t, status),
        urgency: t.plain(&format!("case-urgency-{}", v.summary.urgency.as_str())),
        respondent_kind: t.plain(&format!("complaint-respondent-{}", v.row.respondent_kind)),
        safe_words: v
            .contact
            .as_ref()
            .map(|c| t.plain(&format!("case-safe-{}", c.safe_to_call)))
            .unwrap_or_default(),
        category_words: v
            .summary
            .categories
            .iter()
            .map(|c| format!("{} {}", c.icon(), category_words(&t, *c)))
            .collect::<Vec<_>>()
            .join(", "),
        flags: lmip_domain::codes::unpadded(&v.row.flags)
            .iter()
            .map(|f| t.plain(&format!("case-flag-{f}")))
            .collect(),
        consents: {
            let mut c = Vec::new();
            if v.row.consent_contact == 1 {
                c.push(t.plain("case-consent-contact"));
            }
            for s in lmip_domain::codes::unpadded(&v.row.consent_share) {
                c.push(t.plain(&format!("complaint-share-{s}")));
            }
            c
        },
        visible: v
            .visible
            .iter()
            .map(|f| t.plain(&format!("case-field-{}", f.as_str())))
            .collect(),
        categories: Category::ALL
            .iter()
            .map(|c| {
                (
                    c.as_str(),
                    c.icon(),
                    category_words(&t, *c),
                    v.summary.categories.contains(c),
                )
            })
            .collect(),
        urgencies: Urgency::ALL
            .iter()
            .map(|u| (u.as_str(), t.plain(&format!("case-urgency-{}", u.as_str()))))
            .collect(),
        staff: cases::staff(state.db(), org).await?,
        next: status
            .next()
            .iter()
            .map(|s| (s.as_str(), status_words(&t, *s)))
            .collect(),
        outcomes: Outcome::ALL
            .iter()
            .map(|o| {
                (
                    o.as_str(),
                    t.plain(&format!("case-outcome-{}", o.as_str().replace('_', "-"))),
                )
            })
            .collect(),
        receivers: cases::receivers(state.db(), org, &v.row.consent_share)
            .await?
            .into_iter()
            .map(|(slug, name, _, country, ok)| {
                let label = match country {
                    Some(c) => format!("{name} ({c})"),
                    None => name,
                };
                (slug, label, ok)
            })
            .collect(),
        fields: SharedField::ALL
            .iter()
            .map(|f| (f.as_str(), t.plain(&format!("case-field-{}", f.as_str()))))
            .collect(),
        may_override: can(
            &actor_of(Some(session)),
            Action::OverrideConsent,
            Target::Organisation(org),
        ),
        events,
        done: done.map(|d| t.plain(&format!("case-done-{d}"))),
        error,
        note,
        page: Layout::new(state, locale, ""),
        v,
        t,
    };
    let code = if page.error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok(html(code, render(&page)?, &[]))
}

/// `GET /office/organisations/{org}/cases/{id}`
pub(crate) async fn case(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, id)): Path<(String, String)>,
    Query(q): Query<DoneQuery>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    case_page(
        &state,
        &headers,
        &session,
        &org,
        &id,
        q.done.as_deref(),
        None,
        String::new(),
    )
    .await
}

/// After a case action: back to the case, or the case again with the reason (and the note text).
#[allow(clippy::too_many_arguments)]
async fn after(
    state: &AppState,
    headers: &HeaderMap,
    session: &Session,
    org: &str,
    id: &str,
    result: Result<(), ServiceError>,
    done: &str,
    note: String,
) -> Result<Response<Body>, WebError> {
    match result {
        Ok(()) => Ok(redirect(
            &format!("/office/organisations/{org}/cases/{id}?done={done}"),
            &[],
        )),
        Err(ServiceError::Case(e)) => {
            let t = tr(state, preferred_locale(headers));
            let words = case_error_text(&t, &e);
            case_page(state, headers, session, org, id, None, Some(words), note).await
        }
        Err(e) => Err(e.into()),
    }
}

fn revision(fields: &[(String, String)]) -> i64 {
    form_field(fields, "revision").parse().unwrap_or(-1)
}

/// `POST /office/organisations/{org}/cases/{id}/triage`
pub(crate) async fn triage(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, id)): Path<(String, String)>,
    headers: HeaderMap,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, form_field(&f, "csrf"))?;
    let result = cases::triage(
        state.db(),
        &org,
        &session.user_id,
        &id,
        revision(&f),
        &form_values(&f, "category"),
        form_field(&f, "urgency"),
        form_field(&f, "assigned"),
    )
    .await;
    after(
        &state,
        &headers,
        &session,
        &org,
        &id,
        result,
        "triage",
        String::new(),
    )
    .await
}

/// `POST /office/organisations/{org}/cases/{id}/status`
pub(crate) async fn set_status(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, id)): Path<(String, String)>,
    headers: HeaderMap,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, form_field(&f, "csrf"))?;
    let change = cases::StatusChange {
        status: form_field(&f, "status").into(),
        outcome: form_field(&f, "outcome").into(),
        recovered: form_field(&f, "recovered").into(),
        currency: form_field(&f, "currency").into(),
    };
    let result = cases::set_status(
        state.db(),
        &org,
        &session.user_id,
        &id,
        revision(&f),
        &change,
    )
    .await;
    after(
        &state,
        &headers,
        &session,
        &org,
        &id,
        result,
        "status",
        String::new(),
    )
    .await
}

/// `POST /office/organisations/{org}/cases/{id}/notes`
pub(crate) async fn add_note(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, id)): Path<(String, String)>,
    headers: HeaderMap,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, form_field(&f, "csrf"))?;
    let body = form_field(&f, "body").to_string();
    let shared = form_field(&f, "shared") == "1";
    let result = cases::add_note(
        state.db(),
        &state.inner.keys,
        &org,
        &session.user_id,
        &id,
        &body,
        shared,
    )
    .await;
    after(&state, &headers, &session, &org, &id, result, "note", body).await
}

/// `POST /office/organisations/{org}/cases/{id}/referrals`
pub(crate) async fn refer(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, id)): Path<(String, String)>,
    headers: HeaderMap,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, form_field(&f, "csrf"))?;
    let may_override = can(
        &actor_of(Some(&session)),
        Action::OverrideConsent,
        Target::Organisation(&org),
    );
    let request = cases::ReferralRequest {
        to: form_field(&f, "to").into(),
        fields: form_values(&f, "field"),
        override_reason: form_field(&f, "reason").into(),
    };
    let result = cases::refer(
        state.db(),
        &state.inner.keys,
        &org,
        &session.user_id,
        &id,
        &request,
        may_override,
    )
    .await
    .map(|_| ());
    after(
        &state,
        &headers,
        &session,
        &org,
        &id,
        result,
        "referral",
        String::new(),
    )
    .await
}

/// `POST /office/organisations/{org}/referrals/{id}`: accept, decline (receiver) or revoke
/// (referrer). A decision that lost to another answers 409 with the inbox.
pub(crate) async fn decide(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, referral)): Path<(String, String)>,
    headers: HeaderMap,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, form_field(&f, "csrf"))?;
    let decision = match form_field(&f, "decision") {
        "accept" => Decision::Accept,
        "decline" => Decision::Decline,
        "revoke" => Decision::Revoke,
        _ => return Err(WebError::BadRequest("decision".into())),
    };
    let seen = form_field(&f, "state");
    let seen = seen
        .parse::<ReferralState>()
        .map(|s| s.as_str())
        .unwrap_or("");
    match cases::decide(
        state.db(),
        &org,
        &session.user_id,
        &referral,
        decision,
        seen,
    )
    .await
    {
        Ok(()) => {
            // Back to the case page when the form named one (an id: hexadecimal, nothing else).
            let case = form_field(&f, "case");
            let is_id = !case.is_empty() && case.chars().all(|c| c.is_ascii_hexdigit());
            let to = if decision == Decision::Revoke && is_id {
                format!("/office/organisations/{org}/cases/{case}?done=revoke")
            } else {
                format!(
                    "/office/organisations/{org}/cases?done={}",
                    form_field(&f, "decision")
                )
            };
            Ok(redirect(&to, &[]))
        }
        Err(ServiceError::Case(e)) => {
            let t = tr(&state, preferred_locale(&headers));
            let words = case_error_text(&t, &e);
            inbox_page(
                &state,
                &headers,
                &session,
                &org,
                &InboxQuery::default(),
                Some(words),
                None,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// `GET /office/organisations/{org}/cases/new`: the complaint form, filed on a worker's behalf.
pub(crate) async fn new_form(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let locale = preferred_locale(&headers);
    let page = complaint_page(
        &state,
        locale,
        "",
        format!("/office/organisations/{org}/cases/new"),
        true,
        session.csrf.clone(),
        ComplaintForm {
            consent_store: true,
            ..ComplaintForm::default()
        },
        None,
        false,
    )
    .await?;
    Ok(html(StatusCode::OK, render(&page)?, &[]))
}

/// `POST /office/organisations/{org}/cases/new`
pub(crate) async fn new_submit(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response<Body>, WebError> {
    let csrf = form_field(&fields, "csrf").to_string();
    check_session_form(&state, &headers, &session, &csrf)?;
    let locale = preferred_locale(&headers);
    let form = complaint_from_fields(&fields, locale);
    // The session's token is the same for every form: the key adds a per-form nonce.
    let key = idempotency_key(
        &headers,
        &format!("{csrf}:{}", form_field(&fields, "nonce")),
    );
    let result = cases::file(
        state.db(),
        &state.inner.keys,
        &form,
        Filer::OnBehalf(&session.user_id, &org),
        &key,
    )
    .await;
    answer(
        &state,
        locale,
        result,
        form,
        format!("/office/organisations/{org}/cases/new"),
        Some(session.csrf.clone()),
    )
    .await
}
