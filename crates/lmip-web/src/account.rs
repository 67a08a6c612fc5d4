//! Staff accounts: choosing a password from a one-time link, signing in and out, and the back-office
//! home. These pages are personal: never cached, never shared.

use crate::WebError;
use crate::authorize::CurrentSession;
use crate::client::Client;
use crate::i18n::{Tr, key};
use crate::pages::{Layout, preferred_locale, tr};
use crate::state::AppState;
use askama::Template;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, Response, StatusCode, header};
use axum::{Extension, Form};
use lmip_services::ServiceError;
use lmip_services::auth::{self, AuthError, Session};

const SEC_FETCH_SITE: header::HeaderName = header::HeaderName::from_static("sec-fetch-site");

/// The session cookie. `__Host-` makes browsers require Secure, Path=/ and no Domain.
pub(crate) const SESSION_COOKIE: &str = "__Host-lmip_session";
/// The form-token cookie for forms shown before sign-in (double-submit).
pub(crate) const FORM_COOKIE: &str = "__Host-lmip_form";

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    email: String,
    error_key: Option<&'static str>,
    /// Minutes to wait, for the throttled message.
    wait_minutes: i64,
    saved: bool,
}

#[derive(Template)]
#[template(path = "set_password.html")]
struct SetPasswordPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    error_key: Option<&'static str>,
    /// Minutes to wait, for the throttled message.
    wait_minutes: i64,
}

#[derive(Template)]
#[template(path = "office.html")]
struct OfficePage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    email: String,
    roles: Vec<(String, String, String)>,
    csrf: String,
    /// Whether to offer the audit log and organisations (the same policy decides when they open).
    operator_admin: bool,
    /// Organisations whose members this user manages: (slug, name).
    manageable: Vec<(String, String)>,
    /// Whether to offer statistics submissions (the person submits or approves somewhere).
    statistics: bool,
    /// Whether to offer the licence register (the person sends or applies lists somewhere).
    licences: bool,
    /// Whether to offer opportunities (the person enters or verifies them somewhere).
    opportunities: bool,
    /// Whether to offer the corridor rules.
    rules: bool,
    /// Whether to offer assessments and reviews.
    scorecard: bool,
    /// Whether to offer directory entries.
    directory: bool,
    /// Whether to offer content.
    content: bool,
    /// Organisations whose case inbox this user works: their slugs.
    case_inboxes: Vec<String>,
}

/// A cookie's value from the request.
pub(crate) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| c.trim().strip_prefix(name)?.strip_prefix('='))
}

/// The signed-in session, if the request carries a valid one.
pub(crate) async fn current_session(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<Session>, WebError> {
    match cookie(headers, SESSION_COOKIE) {
        Some(value) => Ok(auth::session(state.db(), value).await?),
        None => Ok(None),
    }
}

/// Refuses requests sent from another site: `Sec-Fetch-Site` (modern browsers) or `Origin` must say
/// this site when present. Requests with neither (old browsers, scripts) still need the form token.
pub(crate) fn same_site(headers: &HeaderMap, public_url: &str) -> Result<(), WebError> {
    if let Some(site) = headers.get(SEC_FETCH_SITE).and_then(|v| v.to_str().ok())
        && site != "same-origin"
        && site != "none"
    {
        return Err(WebError::Forbidden);
    }
    // `Origin: null` is what a browser sends when a page's referrer policy withholds it (or from
    // a sandboxed frame): it says nothing either way, so Sec-Fetch-Site and the token decide.
    if let Some(origin) = headers
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok())
        .filter(|o| *o != "null")
    {
        let host = headers
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let public = public_url.trim_end_matches('/');
        let ok = origin == public
            || origin
                .strip_prefix("http://")
                .or_else(|| origin.strip_prefix("https://"))
                == Some(host);
        if !ok {
            return Err(WebError::Forbidden);
        }
    }
    Ok(())
}

pub(crate) fn html(
    status: StatusCode,
    body: String,
    extra: &[(header::HeaderName, String)],
) -> Response<Body> {
    let mut r = Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
        .header(header::CACHE_CONTROL, "no-store");
    for (name, value) in extra {
        if let Ok(v) = HeaderValue::from_str(value) {
            r = r.header(name, v);
        }
    }
    r.body(Body::from(body)).unwrap_or_default()
}

pub(crate) fn redirect(to: &str, extra: &[(header::HeaderName, String)]) -> Response<Body> {
    let mut r = Response::builder()
        .status(StatusCode::SEE_OTHER)
        .header(header::LOCATION, to)
        .header(header::CACHE_CONTROL, "no-store");
    for (name, value) in extra {
        if let Ok(v) = HeaderValue::from_str(value) {
            r = r.header(name, v);
        }
    }
    r.body(Body::empty()).unwrap_or_default()
}

/// A form page: 422 when it shows why the form was refused, 200 otherwise.
pub(crate) fn form_page(page: &impl Template, refused: bool) -> Result<Response<Body>, WebError> {
    let status = if refused {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok(html(status, render(page)?, &[]))
}

/// A field of a form read as a list of pairs (forms whose fields repeat, such as check boxes):
/// its first value, or empty.
pub(crate) fn form_field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

/// The values of a field that repeats (check boxes).
pub(crate) fn form_values(fields: &[(String, String)], name: &str) -> Vec<String> {
    fields
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .collect()
}

/// Renders a template, or explains why not (a bug, logged, never shown).
pub(crate) fn render(page: &impl Template) -> Result<String, WebError> {
    page.render().map_err(|e| WebError::Internal(e.to_string()))
}

/// Checks a signed-in form: same site, and the session's form token.
pub(crate) fn check_session_form(
    state: &AppState,
    headers: &HeaderMap,
    session: &Session,
    sent: &str,
) -> Result<(), WebError> {
    same_site(headers, &state.inner.config.public_url)?;
    if auth::tokens_match(&session.csrf, sent) {
        Ok(())
    } else {
        Err(WebError::Forbidden)
    }
}

/// Into the back office with a new session's cookie (a new session id at every sign-in).
pub(crate) fn session_started(signed: &auth::SignedIn) -> Response<Body> {
    let cookie = format!(
        "{SESSION_COOKIE}={}; Path=/; Secure; HttpOnly; SameSite=Lax",
        signed.cookie
    );
    redirect("/office", &[(header::SET_COOKIE, cookie)])
}

/// Back to the sign-in page, with the session cookie cleared.
pub(crate) fn signed_out() -> Response<Body> {
    let clear = format!("{SESSION_COOKIE}=; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=0");
    redirect("/account/sign-in", &[(header::SET_COOKIE, clear)])
}

/// The form cookie to set with a pre-sign-in form, and its value.
pub(crate) fn form_cookie() -> (String, (header::HeaderName, String)) {
    let token = auth::new_form_token();
    let set =
        format!("{FORM_COOKIE}={token}; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=3600");
    (token, (header::SET_COOKIE, set))
}

/// Checks a pre-sign-in form: same site, and the form's token equals the form cookie.
pub(crate) fn check_form_token(
    state: &AppState,
    headers: &HeaderMap,
    sent: &str,
) -> Result<(), WebError> {
    same_site(headers, &state.inner.config.public_url)?;
    match cookie(headers, FORM_COOKIE) {
        Some(expected) if auth::tokens_match(expected, sent) => Ok(()),
        _ => Err(WebError::Forbidden),
    }
}

pub(crate) fn auth_error_key(e: &AuthError) -> &'static str {
    match e {
        AuthError::TooShort => key("account-error-too-short"),
        AuthError::TooLong => key("account-error-too-long"),
        AuthError::Common => key("account-error-common"),
        AuthError::InvalidLink => key("account-error-link"),
        AuthError::InvalidCredentials => key("account-error-credentials"),
        AuthError::TooManyAttempts { .. } => key("account-error-throttled"),
        AuthError::SecondFactorRequired { .. } => key("account-code-intro"),
        AuthError::WrongCode => key("account-error-code"),
        AuthError::SignInExpired => key("account-error-sign-in-expired"),
        AuthError::ReauthRequired => key("account-confirm-intro"),
        AuthError::SecondFactorMandatory => key("account-error-second-factor-mandatory"),
    }
}

#[derive(serde::Deserialize)]
pub(crate) struct SignInQuery {
    saved: Option<String>,
    expired: Option<String>,
}

/// `GET /account/sign-in`
pub(crate) async fn sign_in_form(
    State(state): State<AppState>,
    Query(q): Query<SignInQuery>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    if current_session(&state, &headers).await?.is_some() {
        return Ok(redirect("/office", &[]));
    }
    let locale = preferred_locale(&headers);
    let (csrf, set) = form_cookie();
    let page = SignInPage {
        t: tr(&state, locale),
        page: Layout::new(&state, locale, ""),
        csrf,
        email: String::new(),
        error_key: q
            .expired
            .is_some()
            .then(|| key("account-error-sign-in-expired")),
        wait_minutes: 0,
        saved: q.saved.is_some(),
    };
    Ok(html(StatusCode::OK, render(&page)?, &[set]))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SignInForm {
    csrf: String,
    email: String,
    password: String,
}

/// `POST /account/sign-in`
pub(crate) async fn sign_in(
    State(state): State<AppState>,
    Client(client): Client,
    headers: HeaderMap,
    Form(form): Form<SignInForm>,
) -> Result<Response<Body>, WebError> {
    check_form_token(&state, &headers, &form.csrf)?;
    let agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    match auth::sign_in(
        state.db(),
        state.inner.config.hash_cost,
        &form.email,
        &form.password,
        agent,
        &client,
    )
    .await
    {
        Ok(signed) => Ok(session_started(&signed)),
        Err(ServiceError::Auth(AuthError::SecondFactorRequired { ticket })) => {
            let locale = preferred_locale(&headers);
            let (csrf, set) = form_cookie();
            let page = crate::security::CodePage {
                t: tr(&state, locale),
                page: Layout::new(&state, locale, ""),
                csrf,
                ticket,
                error_key: None,
                wait_minutes: 0,
            };
            Ok(html(StatusCode::OK, render(&page)?, &[set]))
        }
        Err(ServiceError::Auth(e)) => {
            let locale = preferred_locale(&headers);
            let (csrf, set) = form_cookie();
            let page = SignInPage {
                t: tr(&state, locale),
                page: Layout::new(&state, locale, ""),
                csrf,
                email: form.email.chars().take(254).collect(),
                error_key: Some(auth_error_key(&e)),
                wait_minutes: match e {
                    AuthError::TooManyAttempts { minutes } => minutes,
                    _ => 0,
                },
                saved: false,
            };
            let body = render(&page)?;
            Ok(match e {
                AuthError::TooManyAttempts { minutes } => html(
                    StatusCode::TOO_MANY_REQUESTS,
                    body,
                    &[set, (header::RETRY_AFTER, (minutes * 60).to_string())],
                ),
                _ => html(StatusCode::UNAUTHORIZED, body, &[set]),
            })
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CsrfOnly {
    csrf: String,
}

/// `POST /account/sign-out`
pub(crate) async fn sign_out(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    headers: HeaderMap,
    Form(form): Form<CsrfOnly>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    auth::sign_out(state.db(), &session).await?;
    Ok(signed_out())
}

/// `GET /account/set-password/{token}`
pub(crate) async fn set_password_form(
    State(state): State<AppState>,
    Path(_token): Path<String>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let locale = preferred_locale(&headers);
    let (csrf, set) = form_cookie();
    let page = SetPasswordPage {
        t: tr(&state, locale),
        page: Layout::new(&state, locale, ""),
        csrf,
        error_key: None,
        wait_minutes: 0,
    };
    Ok(html(StatusCode::OK, render(&page)?, &[set]))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SetPasswordForm {
    csrf: String,
    password: String,
    repeat: String,
}

/// `POST /account/set-password/{token}`
pub(crate) async fn set_password(
    State(state): State<AppState>,
    Client(client): Client,
    Path(token): Path<String>,
    headers: HeaderMap,
    Form(form): Form<SetPasswordForm>,
) -> Result<Response<Body>, WebError> {
    check_form_token(&state, &headers, &form.csrf)?;
    let result = if form.password != form.repeat {
        Err(None)
    } else {
        match auth::set_password(
            state.db(),
            &token,
            &form.password,
            state.inner.config.hash_cost,
            &client,
        )
        .await
        {
            Ok(()) => Ok(()),
            Err(ServiceError::Auth(e)) => Err(Some(e)),
            Err(other) => return Err(other.into()),
        }
    };
    match result {
        Ok(()) => Ok(redirect("/account/sign-in?saved=1", &[])),
        Err(e) => {
            let locale = preferred_locale(&headers);
            let (csrf, set) = form_cookie();
            let error_key = Some(
                e.as_ref()
                    .map_or(key("account-error-differ"), auth_error_key),
            );
            let wait_minutes = match e {
                Some(AuthError::TooManyAttempts { minutes }) => minutes,
                _ => 0,
            };
            let page = SetPasswordPage {
                t: tr(&state, locale),
                page: Layout::new(&state, locale, ""),
                csrf,
                error_key,
                wait_minutes,
            };
            Ok(match e {
                Some(AuthError::InvalidLink) => html(StatusCode::GONE, render(&page)?, &[set]),
                Some(AuthError::TooManyAttempts { minutes }) => html(
                    StatusCode::TOO_MANY_REQUESTS,
                    render(&page)?,
                    &[set, (header::RETRY_AFTER, (minutes * 60).to_string())],
                ),
                _ => html(StatusCode::UNPROCESSABLE_ENTITY, render(&page)?, &[set]),
            })
        }
    }
}

/// `GET /office`: the signed-in home for staff.
pub(crate) async fn office(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let locale = preferred_locale(&headers);
    let operator_admin = lmip_domain::policy::can(
        &crate::authorize::actor_of(Some(&session)),
        lmip_domain::policy::Action::ReadAuditLog,
        lmip_domain::policy::Target::Nothing,
    );
    let manageable = crate::office::manageable(&state, &session).await?;
    let actor = crate::authorize::actor_of(Some(&session));
    let statistics = [
        lmip_domain::policy::Action::ReadSubmissions,
        lmip_domain::policy::Action::SubmitStatistics,
    ]
    .into_iter()
    .any(|a| {
        lmip_domain::policy::organisations_for(&actor, a)
            != lmip_domain::policy::OrgFilter::Only(Vec::new())
    });
    let licences =
        lmip_domain::policy::organisations_for(&actor, lmip_domain::policy::Action::ImportLicences)
            != lmip_domain::policy::OrgFilter::Only(Vec::new());
    let none = lmip_domain::policy::OrgFilter::Only(Vec::new());
    let opportunities = [
        lmip_domain::policy::Action::PublishOpportunities,
        lmip_domain::policy::Action::VerifyOpportunities,
    ]
    .into_iter()
    .any(|a| lmip_domain::policy::organisations_for(&actor, a) != none);
    let rules = lmip_domain::policy::can(
        &actor,
        lmip_domain::policy::Action::EditCorridorRules,
        lmip_domain::policy::Target::Nothing,
    );
    let scorecard = [
        lmip_domain::policy::Action::RecordAssessments,
        lmip_domain::policy::Action::IssueReviewCodes,
        lmip_domain::policy::Action::AnswerReviews,
    ]
    .into_iter()
    .any(|a| lmip_domain::policy::organisations_for(&actor, a) != none)
        || [
            lmip_domain::policy::Action::ModerateReviews,
            lmip_domain::policy::Action::DefineConductFrameworks,
        ]
        .into_iter()
        .any(|a| lmip_domain::policy::can(&actor, a, lmip_domain::policy::Target::Nothing));
    let directory =
        lmip_domain::policy::organisations_for(&actor, lmip_domain::policy::Action::EditDirectory)
            != none;
    let content = [
        lmip_domain::policy::Action::EditContent,
        lmip_domain::policy::Action::PublishContent,
    ]
    .into_iter()
    .any(|a| lmip_domain::policy::organisations_for(&actor, a) != none);
    let case_inboxes = match lmip_domain::policy::organisations_for(
        &actor,
        lmip_domain::policy::Action::WorkCases,
    ) {
        lmip_domain::policy::OrgFilter::Only(orgs) => orgs,
        // No rule gives every organisation's cases; should one ever, list none rather than all.
        lmip_domain::policy::OrgFilter::All => Vec::new(),
    };
    let page = OfficePage {
        case_inboxes,
        content,
        directory,
        scorecard,
        statistics,
        licences,
        opportunities,
        rules,
        t: tr(&state, locale),
        page: Layout::new(&state, locale, ""),
        email: session.email,
        operator_admin,
        manageable,
        roles: session.roles,
        csrf: session.csrf,
    };
    Ok(html(StatusCode::OK, render(&page)?, &[]))
}

#[derive(Template)]
#[template(path = "sessions.html")]
struct SessionsPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    sessions: Vec<auth::SessionSummary>,
    csrf: String,
}

/// `GET /account/sessions`: where the user is signed in.
pub(crate) async fn sessions(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let locale = preferred_locale(&headers);
    let sessions = auth::sessions_of(state.db(), &session).await?;
    let page = SessionsPage {
        t: tr(&state, locale),
        page: Layout::new(&state, locale, ""),
        sessions,
        csrf: session.csrf,
    };
    Ok(html(StatusCode::OK, render(&page)?, &[]))
}

/// `POST /account/sessions/sign-out-everywhere`
pub(crate) async fn sign_out_everywhere(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    headers: HeaderMap,
    Form(form): Form<CsrfOnly>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    auth::sign_out_everywhere(state.db(), &session).await?;
    Ok(signed_out())
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    rows: Vec<lmip_storage::AuditRow>,
    action: String,
    entity: String,
    older: Option<String>,
}

#[derive(serde::Deserialize, serde::Serialize, Default)]
pub(crate) struct AuditFilter {
    #[serde(default)]
    action: String,
    #[serde(default)]
    entity: String,
    before: Option<i64>,
}

const AUDIT_PAGE_ROWS: i64 = 100;

/// `GET /office/audit`: the audit log, filterable, for the operator's administrators. Rows hold no
/// personal data by construction (see `lmip_storage::AuditEvent`).
pub(crate) async fn audit(
    State(state): State<AppState>,
    Query(f): Query<AuditFilter>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let action: String = f.action.trim().chars().take(100).collect();
    let entity: String = f.entity.trim().chars().take(100).collect();
    let rows = state
        .db()
        .audit_page(&lmip_storage::AuditQuery {
            action_prefix: Some(action.as_str()).filter(|a| !a.is_empty()),
            entity: Some(entity.as_str()).filter(|e| !e.is_empty()),
            before: f.before,
            limit: AUDIT_PAGE_ROWS,
        })
        .await?;
    let older = (rows.len() as i64 == AUDIT_PAGE_ROWS).then(|| {
        let next = AuditFilter {
            action: action.clone(),
            entity: entity.clone(),
            before: rows.last().map(|r| r.chain_index),
        };
        format!(
            "/office/audit?{}",
            serde_urlencoded::to_string(&next).unwrap_or_default()
        )
    });
    let locale = preferred_locale(&headers);
    let page = AuditPage {
        t: tr(&state, locale),
        page: Layout::new(&state, locale, ""),
        rows,
        action,
        entity,
        older,
    };
    Ok(html(StatusCode::OK, render(&page)?, &[]))
}
