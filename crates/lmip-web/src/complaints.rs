//! The public complaint pages: the form (also used by caseworkers filing on a worker's behalf),
//! the receipt shown once, and the status page. Nothing here is cached or kept in the browser
//! (`Cache-Control: no-store`), codes and PINs travel only in POST bodies, and every page offers
//! a way to leave quickly.

use crate::WebError;
use crate::account::{check_form_token, form_cookie, form_field, form_values, render, same_site};
use crate::client::Client;
use crate::i18n::{Tr, key};
use crate::pages::{Layout, parse_locale, tr};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Response, StatusCode, header};
use lmip_domain::Locale;
use lmip_domain::cases::{Category, CodeProblem, ShareWith, Status, TextProblem};
use lmip_services::ServiceError;
use lmip_services::cases::{self, CaseError, Complaint, Filer, Receipt};
use sha2::Digest;

/// The form as sent, shown back with a refusal: the service's own input.
pub(crate) type ComplaintForm = Complaint;

/// Reads the form (check boxes repeat) in the page's language.
pub(crate) fn complaint_from_fields(f: &[(String, String)], locale: Locale) -> Complaint {
    let on = |name: &str| !form_field(f, name).is_empty();
    let text = |name: &str| form_field(f, name).to_string();
    Complaint {
        anonymous: on("anonymous"),
        name: text("name"),
        channel: text("channel"),
        number: text("number"),
        email: text("email"),
        best_time: text("best_time"),
        safe_to_call: text("safe_to_call"),
        respondent_org: text("respondent_org"),
        respondent_name: text("respondent_name"),
        respondent_kind: text("respondent_kind"),
        origin: text("origin"),
        destination: text("destination"),
        categories: form_values(f, "category"),
        occurred_on: text("occurred_on"),
        money_lost: text("money_lost"),
        money_currency: text("money_currency"),
        narrative: text("narrative"),
        consent_store: on("consent_store"),
        consent_contact: on("consent_contact"),
        consent_share: form_values(f, "share"),
        zawgyi_confirmed: on("zawgyi_confirmed"),
        language: locale.code().into(),
    }
}

/// A choice as the form shows it: (code, icon, words).
type Choice = (&'static str, &'static str, String);

/// The complaint form page.
#[derive(Template)]
#[template(path = "complaint.html")]
pub(crate) struct ComplaintPage<'a> {
    pub t: Tr<'a>,
    pub page: Layout<'a>,
    pub csrf: String,
    /// Makes one rendering of the form one submission (with the session's token, which every
    /// form of a session shares, for filing on behalf).
    pub nonce: String,
    pub action: String,
    /// A caseworker files on a worker's behalf.
    pub on_behalf: bool,
    pub form: ComplaintForm,
    /// The listed respondent chosen from its page: (slug, name).
    pub respondent: Option<(String, String)>,
    pub problem: Option<String>,
    pub ask_zawgyi: bool,
    pub categories: Vec<Choice>,
    pub kinds: Vec<(&'static str, String)>,
    pub channels: Vec<(&'static str, String)>,
    pub shares: Vec<(&'static str, String)>,
    pub countries: Vec<(String, String)>,
}

impl ComplaintPage<'_> {
    fn checked(&self, list: &str, code: &str) -> bool {
        let chosen = if list == "category" {
            &self.form.categories
        } else {
            &self.form.consent_share
        };
        chosen.iter().any(|c| c == code)
    }
}

/// The receipt: shown once.
#[derive(Template)]
#[template(path = "complaint_filed.html")]
struct FiledPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    code: String,
    pin: String,
    replayed: bool,
}

/// The status page.
#[derive(Template)]
#[template(path = "case_status.html")]
struct StatusPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    problem: Option<String>,
    /// (status words, next step words, since, filed).
    found: Option<(String, String, String, String)>,
    messages: Vec<(String, String)>,
}

/// The words of a case refusal.
pub(crate) fn case_error_text(t: &Tr<'_>, e: &CaseError) -> String {
    match e {
        CaseError::NoConsentToStore => t.plain("complaint-error-consent"),
        CaseError::NoCategory | CaseError::UnknownCategory => t.plain("complaint-error-category"),
        CaseError::Narrative(TextProblem::TooShort(n)) => {
            t.with_all(key("complaint-error-short"), &[("min", n.to_string())])
        }
        CaseError::Narrative(TextProblem::TooLong(n)) => {
            t.with_all(key("complaint-error-long"), &[("max", n.to_string())])
        }
        CaseError::Narrative(TextProblem::Zawgyi) => t.plain("complaint-error-zawgyi"),
        CaseError::TooLong(_) => t.with_all(
            key("complaint-error-too-long"),
            &[("max", cases::SHORT_CHARS.to_string())],
        ),
        CaseError::NeedContact => t.plain("complaint-error-need-contact"),
        CaseError::BadNumber => t.plain("complaint-error-number"),
        CaseError::BadEmail => t.plain("complaint-error-email"),
        CaseError::ContactNeedsConsent => t.plain("complaint-error-contact-consent"),
        CaseError::BadCountry => t.plain("complaint-error-country"),
        CaseError::SameCountry => t.plain("complaint-error-same-country"),
        CaseError::UnknownRespondent => t.plain("complaint-error-respondent"),
        CaseError::BadDate => t.plain("complaint-error-date"),
        CaseError::BadMoney => t.plain("complaint-error-money"),
        CaseError::BadCurrency => t.plain("complaint-error-currency"),
        CaseError::BadShare => t.plain("complaint-error-share"),
        CaseError::BadCode(CodeProblem::Check) => t.plain("case-status-error-typo"),
        CaseError::BadCode(_) => t.plain("case-status-error-code"),
        CaseError::NotFound => t.plain("case-status-error-not-found"),
        CaseError::TooManyAttempts => t.plain("case-status-error-wait"),
        CaseError::Stale => t.plain("case-error-stale"),
        CaseError::BadTransition => t.plain("case-error-transition"),
        CaseError::NeedOutcome => t.plain("case-error-outcome"),
        CaseError::NotOwner => t.plain("case-error-not-owner"),
        CaseError::NotCaseStaff => t.plain("case-error-staff"),
        CaseError::CannotReceive => t.plain("case-error-cannot-receive"),
        CaseError::SelfReferral => t.plain("case-error-self"),
        CaseError::NoConsentToShare => t.plain("case-error-no-consent"),
        CaseError::NoConsentToContact => t.plain("case-error-no-contact-consent"),
        CaseError::OverrideRefused => t.plain("case-error-override"),
        CaseError::AlreadyDecided => t.plain("case-error-decided"),
        CaseError::EmptyNote => t.plain("case-error-empty-note"),
        CaseError::Anonymised => t.plain("case-error-anonymised"),
        CaseError::AlreadyFiled => t.plain("complaint-error-already-filed"),
    }
}

/// The words for a category.
pub(crate) fn category_words(t: &Tr<'_>, c: Category) -> String {
    t.plain(&format!("case-category-{}", c.as_str().replace('_', "-")))
}

/// The words for a status.
pub(crate) fn status_words(t: &Tr<'_>, s: Status) -> String {
    t.plain(&format!("case-status-{}", s.as_str().replace('_', "-")))
}

/// A complaint page: compressed like other per-request pages, never stored by the browser or a
/// shared cache (also kept out of the back-forward cache), with `extra` headers (the form cookie).
fn respond(
    status: StatusCode,
    body: String,
    extra: &[(header::HeaderName, String)],
) -> Response<Body> {
    let mut r = crate::cache::uncached_html(status, body);
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store, private"),
    );
    for (name, value) in extra {
        if let Ok(v) = header::HeaderValue::from_str(value) {
            r.headers_mut().append(name, v);
        }
    }
    r
}

/// Builds the form page (public or on behalf).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn complaint_page<'a>(
    state: &'a AppState,
    locale: Locale,
    rest: &str,
    action: String,
    on_behalf: bool,
    csrf: String,
    form: ComplaintForm,
    problem: Option<String>,
    ask_zawgyi: bool,
) -> Result<ComplaintPage<'a>, WebError> {
    let t = tr(state, locale);
    let (_, countries) = crate::offers::focus_country_names(state, locale).await?;
    let respondent = match form.respondent_org.trim() {
        "" => None,
        slug => state
            .db()
            .organisation_by_slug(slug)
            .await?
            .map(|o| (o.slug, o.name)),
    };
    Ok(ComplaintPage {
        categories: Category::ALL
            .iter()
            .map(|c| (c.as_str(), c.icon(), category_words(&t, *c)))
            .collect(),
        kinds: cases::RESPONDENT_KINDS
            .iter()
            .map(|k| (*k, t.plain(&format!("complaint-respondent-{k}"))))
            .collect(),
        channels: lmip_domain::cases::Channel::ALL
            .iter()
            .map(|c| {
                (
                    c.as_str(),
                    t.plain(&format!("complaint-channel-{}", c.as_str())),
                )
            })
            .collect(),
        shares: ShareWith::ALL
            .iter()
            .map(|s| {
                (
                    s.as_str(),
                    t.plain(&format!("complaint-share-{}", s.as_str())),
                )
            })
            .collect(),
        page: Layout::new(state, locale, rest),
        nonce: lmip_services::auth::new_form_token(),
        countries,
        respondent,
        csrf,
        action,
        on_behalf,
        form,
        problem,
        ask_zawgyi,
        t,
    })
}

/// `GET /exit`, the "leave quickly" link of complaint pages: straight to the neutral page, asking
/// the browser (where it supports `Clear-Site-Data`) to forget this site's cached pages and
/// cookies. The complaint pages are never stored (`no-store`), so going back shows only empty
/// forms. Without JavaScript a page cannot remove itself from the history; this is the most a
/// plain link can do.
pub(crate) async fn quick_exit(State(state): State<AppState>) -> Response<Body> {
    let mut r = crate::account::redirect(&state.inner.config.quick_exit_url, &[]);
    r.headers_mut().insert(
        header::HeaderName::from_static("clear-site-data"),
        header::HeaderValue::from_static("\"cache\", \"cookies\""),
    );
    // The site it leads to must not learn where the reader came from.
    r.headers_mut().insert(
        header::REFERRER_POLICY,
        header::HeaderValue::from_static("no-referrer"),
    );
    r
}

/// The respondent picked from an agency's page (`?respondent=slug`).
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct NewQuery {
    respondent: Option<String>,
}

/// `GET /{lang}/complaints/new`
pub(crate) async fn form(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(q): Query<NewQuery>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    let (csrf, set) = form_cookie();
    let form = ComplaintForm {
        respondent_org: q.respondent.unwrap_or_default(),
        consent_store: true,
        ..ComplaintForm::default()
    };
    let page = complaint_page(
        &state,
        locale,
        "complaints",
        format!("/{locale}/complaints/new"),
        false,
        csrf,
        form,
        None,
        false,
    )
    .await?;
    Ok(respond(StatusCode::OK, render(&page)?, &[set]))
}

/// The header a client sends to make retries of one submission answer with one case.
const IDEMPOTENCY_KEY: &str = "idempotency-key";

/// The key that makes a retried submission answer with the same case: an `Idempotency-Key`
/// header when the client sends one, the form's token otherwise.
pub(crate) fn idempotency_key(headers: &HeaderMap, csrf: &str) -> String {
    headers
        .get(IDEMPOTENCY_KEY)
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 200)
        .map(|v| format!("header:{v}"))
        .unwrap_or_else(|| format!("form:{csrf}"))
}

/// `POST /{lang}/complaints/new`
pub(crate) async fn submit(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    let form = complaint_from_fields(&fields, locale);
    let csrf = form_field(&fields, "csrf").to_string();
    let action = format!("/{locale}/complaints/new");
    // A cross-site post is refused outright. A same-site post whose token no longer matches (the
    // form stayed open past the token's hour, or was opened twice) is refused too, but shown
    // again with everything typed kept and a fresh token: nothing is filed, nothing is lost.
    same_site(&headers, &state.inner.config.public_url)?;
    if check_form_token(&state, &headers, &csrf).is_err() {
        let t = tr(&state, locale);
        let (fresh, set) = form_cookie();
        let page = complaint_page(
            &state,
            locale,
            "complaints",
            action,
            false,
            fresh,
            form,
            Some(t.plain("complaint-error-expired")),
            false,
        )
        .await?;
        // 403 like every refused form, but with this page as its body (not the error page).
        let mut r = respond(StatusCode::FORBIDDEN, render(&page)?, &[set]);
        r.extensions_mut().insert(crate::error::KeepBody);
        return Ok(r);
    }
    let key = idempotency_key(&headers, &csrf);
    let result = cases::file(state.db(), &state.inner.keys, &form, Filer::Public, &key).await;
    answer(&state, locale, result, form, action, None).await
}

/// The receipt, or the form again with the reason.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn answer(
    state: &AppState,
    locale: Locale,
    result: Result<Receipt, ServiceError>,
    form: ComplaintForm,
    action: String,
    session_csrf: Option<String>,
) -> Result<Response<Body>, WebError> {
    let t = tr(state, locale);
    let on_behalf = session_csrf.is_some();
    match result {
        Ok(receipt) => {
            let page = FiledPage {
                page: Layout::new(state, locale, "complaints"),
                code: receipt.code,
                pin: receipt.pin,
                replayed: receipt.replayed,
                t,
            };
            Ok(respond(StatusCode::OK, render(&page)?, &[]))
        }
        Err(ServiceError::Case(e)) => {
            let ask = e == CaseError::Narrative(TextProblem::Zawgyi);
            let problem = case_error_text(&t, &e);
            let (csrf, set) = match session_csrf {
                Some(c) => (c, None),
                None => {
                    let (c, s) = form_cookie();
                    (c, Some(s))
                }
            };
            let page = complaint_page(
                state,
                locale,
                "complaints",
                action,
                on_behalf,
                csrf,
                form,
                Some(problem),
                ask,
            )
            .await?;
            let extra: Vec<_> = set.into_iter().collect();
            Ok(respond(
                StatusCode::UNPROCESSABLE_ENTITY,
                render(&page)?,
                &extra,
            ))
        }
        Err(e) => Err(e.into()),
    }
}

async fn status_page(
    state: &AppState,
    locale: Locale,
    status: StatusCode,
    problem: Option<String>,
    found: Option<(String, String, String, String)>,
    messages: Vec<(String, String)>,
) -> Result<Response<Body>, WebError> {
    let (csrf, set) = form_cookie();
    let page = StatusPage {
        t: tr(state, locale),
        page: Layout::new(state, locale, "complaints"),
        csrf,
        problem,
        found,
        messages,
    };
    Ok(respond(status, render(&page)?, &[set]))
}

/// `GET /{lang}/case-status`
pub(crate) async fn status_form(
    State(state): State<AppState>,
    Path(lang): Path<String>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    status_page(&state, locale, StatusCode::OK, None, None, vec![]).await
}

/// What the status form sends.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct StatusForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    pin: String,
}

/// `POST /{lang}/case-status`
pub(crate) async fn status_lookup(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    client: Client,
    headers: HeaderMap,
    Form(form): Form<StatusForm>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    check_form_token(&state, &headers, &form.csrf)?;
    let t = tr(&state, locale);
    // Counted under a hash of the address: the throttle table never holds addresses.
    let client_key = hex::encode(&sha2::Sha256::digest(client.0.as_bytes())[..12]);
    match cases::status_for_complainant(
        state.db(),
        &state.inner.keys,
        &form.code,
        &form.pin,
        &client_key,
    )
    .await
    {
        Ok(view) => {
            let next = t.plain(&format!(
                "case-next-{}",
                view.status.as_str().replace('_', "-")
            ));
            let found = Some((
                status_words(&t, view.status),
                next,
                t.date(&view.since),
                t.date(&view.filed),
            ));
            let messages = view
                .messages
                .into_iter()
                .map(|(date, text)| (t.date(&date), text))
                .collect();
            status_page(&state, locale, StatusCode::OK, None, found, messages).await
        }
        Err(ServiceError::Case(e)) => {
            let code = if e == CaseError::TooManyAttempts {
                StatusCode::TOO_MANY_REQUESTS
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let mut r = status_page(
                &state,
                locale,
                code,
                Some(case_error_text(&t, &e)),
                None,
                vec![],
            )
            .await?;
            // A 429 is rendered by the error layer unless its body is kept: keep this page.
            r.extensions_mut().insert(crate::error::KeepBody);
            if code == StatusCode::TOO_MANY_REQUESTS {
                let wait = (cases::THROTTLE_MINUTES * 60).to_string();
                if let Ok(v) = header::HeaderValue::from_str(&wait) {
                    r.headers_mut().insert(header::RETRY_AFTER, v);
                }
            }
            Ok(r)
        }
        Err(e) => Err(e.into()),
    }
}

/// Message keys made from codes (categories, statuses, urgencies, …), listed so that
/// `lmip check i18n` sees them; the test below keeps the list equal to the codes.
// Read by `lmip check i18n` (this file is one of the I18N_SOURCES) and by the test below.
#[allow(dead_code)]
pub(crate) const CODE_KEYS: &[&str] = &[
    key("case-category-deception"),
    key("case-category-withheld-wages"),
    key("case-category-retained-documents"),
    key("case-category-debt-bondage"),
    key("case-category-threats"),
    key("case-category-excessive-overtime"),
    key("case-category-abusive-conditions"),
    key("case-category-violence"),
    key("case-category-restricted-movement"),
    key("case-category-isolation"),
    key("case-category-abuse-of-vulnerability"),
    key("case-category-excessive-fees"),
    key("case-category-contract-substitution"),
    key("case-category-other"),
    key("case-status-received"),
    key("case-status-triaged"),
    key("case-status-in-progress"),
    key("case-status-referred"),
    key("case-status-resolved"),
    key("case-status-closed"),
    key("case-status-withdrawn"),
    key("case-next-received"),
    key("case-next-triaged"),
    key("case-next-in-progress"),
    key("case-next-referred"),
    key("case-next-resolved"),
    key("case-next-closed"),
    key("case-next-withdrawn"),
    key("case-urgency-normal"),
    key("case-urgency-high"),
    key("case-urgency-immediate"),
    key("complaint-respondent-agency"),
    key("complaint-respondent-employer"),
    key("complaint-respondent-other"),
    key("complaint-respondent-unknown"),
    key("complaint-channel-phone"),
    key("complaint-channel-sms"),
    key("complaint-channel-messaging"),
    key("complaint-channel-email"),
    key("complaint-channel-none"),
    key("complaint-share-government"),
    key("complaint-share-union"),
    key("complaint-share-ngo"),
    key("case-field-identity"),
    key("case-field-contact"),
    key("case-field-narrative"),
    key("case-outcome-upheld"),
    key("case-outcome-upheld-unremedied"),
    key("case-outcome-not-upheld"),
    key("case-outcome-settled"),
    key("case-referral-requested"),
    key("case-referral-accepted"),
    key("case-referral-declined"),
    key("case-referral-revoked"),
    key("case-event-filed"),
    key("case-event-triage"),
    key("case-event-status"),
    key("case-event-assign"),
    key("case-event-referral"),
    key("case-flag-zawgyi"),
    key("case-flag-bidi"),
    key("case-safe-yes"),
    key("case-safe-no"),
    key("case-safe-unknown"),
    key("case-done-triage"),
    key("case-done-status"),
    key("case-done-note"),
    key("case-done-referral"),
    key("case-done-revoke"),
    key("case-done-accept"),
    key("case-done-decline"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use lmip_domain::cases::{Channel, Outcome, ReferralState, SharedField, Urgency};

    fn dashed(s: &str) -> String {
        s.replace('_', "-")
    }

    #[test]
    fn every_code_has_its_listed_message_key() {
        let mut want: Vec<String> = Vec::new();
        want.extend(
            Category::ALL
                .iter()
                .map(|c| format!("case-category-{}", dashed(c.as_str()))),
        );
        want.extend(
            Status::ALL
                .iter()
                .map(|s| format!("case-status-{}", dashed(s.as_str()))),
        );
        want.extend(
            Status::ALL
                .iter()
                .map(|s| format!("case-next-{}", dashed(s.as_str()))),
        );
        want.extend(
            Urgency::ALL
                .iter()
                .map(|u| format!("case-urgency-{}", u.as_str())),
        );
        want.extend(
            cases::RESPONDENT_KINDS
                .iter()
                .map(|k| format!("complaint-respondent-{k}")),
        );
        want.extend(
            Channel::ALL
                .iter()
                .map(|c| format!("complaint-channel-{}", c.as_str())),
        );
        want.extend(
            ShareWith::ALL
                .iter()
                .map(|s| format!("complaint-share-{}", s.as_str())),
        );
        want.extend(
            SharedField::ALL
                .iter()
                .map(|f| format!("case-field-{}", f.as_str())),
        );
        want.extend(
            Outcome::ALL
                .iter()
                .map(|o| format!("case-outcome-{}", dashed(o.as_str()))),
        );
        want.extend(
            ReferralState::ALL
                .iter()
                .map(|r| format!("case-referral-{}", r.as_str())),
        );
        for listed in ["case-event-", "case-flag-", "case-safe-", "case-done-"] {
            want.extend(
                CODE_KEYS
                    .iter()
                    .filter(|k| k.starts_with(listed))
                    .map(|k| k.to_string()),
            );
        }
        let listed: Vec<String> = CODE_KEYS.iter().map(|k| k.to_string()).collect();
        assert_eq!(listed, want);
    }
}
