//! Account security pages: "forgot your password?", the code step of a two-step sign-in, entering
//! the password again before a sensitive action, and the second factor.

use crate::WebError;
use crate::account::{
    auth_error_key, check_form_token, check_session_form, form_cookie, html, redirect, render,
    session_started,
};
use crate::authorize::CurrentSession;
use crate::client::Client;
use crate::i18n::{Tr, key};
use crate::pages::{Layout, preferred_locale, tr};
use crate::state::AppState;
use askama::Template;
use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, Response, StatusCode, header};
use axum::{Extension, Form};
use lmip_services::ServiceError;
use lmip_services::auth::{self, AuthError};

/// The answer to a throttled form: 429 with `Retry-After`.
fn throttled(body: String, minutes: i64, extra: (header::HeaderName, String)) -> Response<Body> {
    html(
        StatusCode::TOO_MANY_REQUESTS,
        body,
        &[extra, (header::RETRY_AFTER, (minutes * 60).to_string())],
    )
}

#[derive(Template)]
#[template(path = "forgot_password.html")]
struct ForgotPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    error_key: Option<&'static str>,
    wait_minutes: i64,
    sent: bool,
}

/// `GET /account/forgot-password`
pub(crate) async fn forgot_form(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let locale = preferred_locale(&headers);
    let (csrf, set) = form_cookie();
    let page = ForgotPage {
        t: tr(&state, locale),
        page: Layout::new(&state, locale, ""),
        csrf,
        error_key: None,
        wait_minutes: 0,
        sent: false,
    };
    Ok(html(StatusCode::OK, render(&page)?, &[set]))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ForgotForm {
    csrf: String,
    email: String,
}

/// `POST /account/forgot-password`: the same answer for every well-formed address; the link goes
/// by mail only to accounts.
pub(crate) async fn forgot(
    State(state): State<AppState>,
    Client(client): Client,
    headers: HeaderMap,
    Form(form): Form<ForgotForm>,
) -> Result<Response<Body>, WebError> {
    check_form_token(&state, &headers, &form.csrf)?;
    let locale = preferred_locale(&headers);
    let mail_state = state.clone();
    let result = lmip_services::reset::request_reset(
        state.db(),
        &state.inner.outbox,
        &form.email,
        &client,
        &state.inner.config.public_url,
        move |to, link| crate::mail::reset(&mail_state, locale, to, link),
    )
    .await;
    let (error_key, wait_minutes, status) = match result {
        Ok(()) => (None, 0, StatusCode::OK),
        Err(ServiceError::Auth(AuthError::TooManyAttempts { minutes })) => (
            Some(key("account-error-throttled")),
            minutes,
            StatusCode::TOO_MANY_REQUESTS,
        ),
        Err(ServiceError::Invalid(_)) => (
            Some(key("account-error-email")),
            0,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(other) => return Err(other.into()),
    };
    let sent = error_key.is_none();
    let (csrf, set) = form_cookie();
    let page = ForgotPage {
        t: tr(&state, locale),
        page: Layout::new(&state, locale, ""),
        // The "sent" page holds no form: its body is the same for every address.
        csrf: if sent { String::new() } else { csrf },
        error_key,
        wait_minutes,
        sent,
    };
    let body = render(&page)?;
    Ok(match status {
        StatusCode::TOO_MANY_REQUESTS => throttled(body, wait_minutes, set),
        StatusCode::OK => html(status, body, &[]),
        _ => html(status, body, &[set]),
    })
}

#[derive(Template)]
#[template(path = "sign_in_code.html")]
pub(crate) struct CodePage<'a> {
    pub t: Tr<'a>,
    pub page: Layout<'a>,
    pub csrf: String,
    pub ticket: String,
    pub error_key: Option<&'static str>,
    pub wait_minutes: i64,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CodeForm {
    csrf: String,
    ticket: String,
    code: String,
}

/// `POST /account/sign-in/code`: the second step of a two-step sign-in.
pub(crate) async fn sign_in_code(
    State(state): State<AppState>,
    Client(client): Client,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> Result<Response<Body>, WebError> {
    check_form_token(&state, &headers, &form.csrf)?;
    let agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    match auth::sign_in_with_code(state.db(), &form.ticket, &form.code, agent, &client).await {
        Ok(signed) => Ok(session_started(&signed)),
        Err(ServiceError::Auth(AuthError::SignInExpired)) => {
            Ok(redirect("/account/sign-in?expired=1", &[]))
        }
        Err(ServiceError::Auth(e)) => {
            let locale = preferred_locale(&headers);
            let (csrf, set) = form_cookie();
            let wait_minutes = match e {
                AuthError::TooManyAttempts { minutes } => minutes,
                _ => 0,
            };
            let page = CodePage {
                t: tr(&state, locale),
                page: Layout::new(&state, locale, ""),
                csrf,
                ticket: form.ticket.chars().take(64).collect(),
                error_key: Some(auth_error_key(&e)),
                wait_minutes,
            };
            let body = render(&page)?;
            Ok(if wait_minutes > 0 {
                throttled(body, wait_minutes, set)
            } else {
                html(StatusCode::UNAUTHORIZED, body, &[set])
            })
        }
        Err(other) => Err(other.into()),
    }
}

/// Where to go after confirming the password: a path of this site's back office or account
/// pages, never another site.
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if (n.starts_with("/office") || n.starts_with("/account/"))
                && !n.contains("//")
                && !n.contains('\\')
                && n.len() <= 200 =>
        {
            n.to_string()
        }
        _ => "/office".to_string(),
    }
}

#[derive(Template)]
#[template(path = "confirm.html")]
struct ConfirmPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    next: String,
    error_key: Option<&'static str>,
    wait_minutes: i64,
}

#[derive(serde::Deserialize)]
pub(crate) struct NextQuery {
    next: Option<String>,
}

/// The page that asks for the password again, for `next`.
pub(crate) fn confirm_page(
    state: &AppState,
    headers: &HeaderMap,
    csrf: String,
    next: &str,
    error: Option<&AuthError>,
) -> Result<Response<Body>, WebError> {
    let locale = preferred_locale(headers);
    let wait_minutes = match error {
        Some(AuthError::TooManyAttempts { minutes }) => *minutes,
        _ => 0,
    };
    let page = ConfirmPage {
        t: tr(state, locale),
        page: Layout::new(state, locale, ""),
        csrf,
        next: safe_next(Some(next)),
        error_key: error.map(auth_error_key),
        wait_minutes,
    };
    let body = render(&page)?;
    Ok(match error {
        None => html(StatusCode::OK, body, &[]),
        Some(AuthError::TooManyAttempts { minutes }) => html(
            StatusCode::TOO_MANY_REQUESTS,
            body,
            &[(header::RETRY_AFTER, (minutes * 60).to_string())],
        ),
        Some(_) => html(StatusCode::UNAUTHORIZED, body, &[]),
    })
}

/// `GET /account/confirm?next=…`
pub(crate) async fn confirm_form(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Query(q): Query<NextQuery>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    confirm_page(
        &state,
        &headers,
        session.csrf,
        &safe_next(q.next.as_deref()),
        None,
    )
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConfirmForm {
    csrf: String,
    password: String,
    next: String,
}

/// `POST /account/confirm`
pub(crate) async fn confirm(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Client(client): Client,
    headers: HeaderMap,
    Form(form): Form<ConfirmForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    match auth::confirm_password(state.db(), &session, &form.password, &client).await {
        Ok(()) => Ok(redirect(&safe_next(Some(&form.next)), &[])),
        Err(ServiceError::Auth(e)) => {
            confirm_page(&state, &headers, session.csrf, &form.next, Some(&e))
        }
        Err(other) => Err(other.into()),
    }
}

/// Where a sensitive form sends someone whose password was entered too long ago.
pub(crate) fn reauthenticate(next: &str) -> Response<Body> {
    let query = serde_urlencoded::to_string([("next", next)]).unwrap_or_default();
    redirect(&format!("/account/confirm?{query}"), &[])
}

#[derive(Template)]
#[template(path = "two_factor.html")]
struct TwoFactorPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    enabled: bool,
    required: bool,
    secret: String,
    qr_svg: String,
    error_key: Option<&'static str>,
    done_key: Option<&'static str>,
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct DoneQuery {
    done: Option<String>,
}

fn two_factor_page(
    state: &AppState,
    headers: &HeaderMap,
    session: &auth::Session,
    error: Option<&AuthError>,
    done: bool,
) -> Result<Response<Body>, WebError> {
    let locale = preferred_locale(headers);
    let (secret, qr_svg) = if session.has_second_factor {
        (String::new(), String::new())
    } else {
        let issuer = issuer(&state.inner.config.public_url);
        let e = lmip_services::second_factor::begin(session, &issuer)?;
        let svg = crate::qr::svg(&e.url).unwrap_or_default();
        (e.secret, svg)
    };
    let page = TwoFactorPage {
        t: tr(state, locale),
        page: Layout::new(state, locale, ""),
        csrf: session.csrf.clone(),
        enabled: session.has_second_factor,
        required: session.enrolment_required,
        secret,
        qr_svg,
        error_key: error.map(auth_error_key),
        done_key: done.then(|| {
            if session.has_second_factor {
                key("account-two-factor-on")
            } else {
                key("account-two-factor-off")
            }
        }),
    };
    crate::account::form_page(&page, error.is_some())
}

/// The name authenticator apps show for this portal: its host name.
fn issuer(public_url: &str) -> String {
    public_url
        .split("://")
        .nth(1)
        .unwrap_or(public_url)
        .split(['/', ':'])
        .next()
        .filter(|h| !h.is_empty())
        .unwrap_or("lmip")
        .to_string()
}

/// `GET /account/two-factor`
pub(crate) async fn two_factor(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Query(q): Query<DoneQuery>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    two_factor_page(&state, &headers, &session, None, q.done.is_some())
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EnableForm {
    csrf: String,
    secret: String,
    code: String,
}

/// `POST /account/two-factor`: turns it on with a code from the app.
pub(crate) async fn two_factor_on(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    headers: HeaderMap,
    Form(form): Form<EnableForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    match lmip_services::second_factor::enable(state.db(), &session, &form.secret, &form.code).await
    {
        Ok(()) => Ok(redirect("/account/two-factor?done=1", &[])),
        Err(ServiceError::Auth(AuthError::ReauthRequired)) => {
            Ok(reauthenticate("/account/two-factor"))
        }
        Err(ServiceError::Auth(e)) => two_factor_page(&state, &headers, &session, Some(&e), false),
        Err(other) => Err(other.into()),
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DisableForm {
    csrf: String,
    code: String,
}

/// `POST /account/two-factor/off`
pub(crate) async fn two_factor_off(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    headers: HeaderMap,
    Form(form): Form<DisableForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    match lmip_services::second_factor::disable(state.db(), &session, &form.code).await {
        Ok(()) => Ok(redirect("/account/two-factor?done=1", &[])),
        Err(ServiceError::Auth(AuthError::ReauthRequired)) => {
            Ok(reauthenticate("/account/two-factor"))
        }
        Err(ServiceError::Auth(e)) => two_factor_page(&state, &headers, &session, Some(&e), false),
        Err(other) => Err(other.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_never_leaves_the_site() {
        assert_eq!(
            safe_next(Some("/office/organisations/ngo")),
            "/office/organisations/ngo"
        );
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/office/\\evil",
            "/",
            "javascript:x",
        ] {
            assert_eq!(safe_next(Some(bad)), "/office", "{bad}");
        }
        assert_eq!(safe_next(None), "/office");
    }

    #[test]
    fn issuer_is_the_host() {
        assert_eq!(issuer("https://lmip.example.org/"), "lmip.example.org");
        assert_eq!(issuer("http://127.0.0.1:8080"), "127.0.0.1");
        assert_eq!(issuer(""), "lmip");
    }
}
