//! The licence register in the back office: a licensing authority's editor sends its official
//! list, reads the difference with the register (new, changed, missing), and a reviewer applies
//! or discards it. The policy decides who reaches each route; the services do the work.

use crate::WebError;
use crate::account::{check_session_form, redirect, same_site};
use crate::authorize::{CurrentSession, actor_of};
use crate::i18n::{Tr, key};
use crate::pages::{Layout, preferred_locale, tr};
use crate::state::AppState;
use crate::submissions::read_form;
use askama::Template;
use axum::body::Body;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Response};
use axum::{Extension, Form};
use lmip_domain::policy::{Action, Target, can, organisations_for};
use lmip_services::ServiceError;
use lmip_services::licences::{self, LicenceError, ListFinding, ListProblem};
use lmip_storage::{ImportRow, Licence, LicenceImport};
use std::io::Read;

/// The largest list the form takes (a list of 100,000 agencies is about 10 MB of CSV).
pub(crate) const LIST_BODY_LIMIT: usize = 20 * 1024 * 1024;

fn problem_key(p: &ListProblem) -> &'static str {
    match p.name() {
        "unreadable" => key("licence-problem-unreadable"),
        "missing-columns" => key("licence-problem-missing-columns"),
        "empty" => key("licence-problem-empty"),
        "duplicate" => key("licence-problem-duplicate"),
        "conflicting-status" => key("licence-problem-conflicting-status"),
        "unknown-status" => key("licence-problem-unknown-status"),
        "bad-date" => key("licence-problem-bad-date"),
        "unknown-country" => key("licence-problem-unknown-country"),
        "end-before-start" => key("licence-problem-end-before-start"),
        _ => key("licence-problem-no-rows"),
    }
}

/// A finding as shown: where, and what, in the reader's language.
pub(crate) struct FindingView {
    line: String,
    column: String,
    text: String,
}

fn findings_view(t: &Tr<'_>, findings: &[ListFinding]) -> Vec<FindingView> {
    findings
        .iter()
        .map(|f| FindingView {
            line: f.line.map(|l| l.to_string()).unwrap_or_default(),
            column: f.column.clone().unwrap_or_default(),
            text: t.with_all(problem_key(&f.problem), &f.problem.args()),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "licences.html")]
struct ListPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    /// Organisations the person may send a list for: (slug, name, country).
    send_for: Vec<(String, String, String)>,
    imports: Vec<LicenceImport>,
    error: Option<String>,
    findings: Vec<FindingView>,
    done: Option<String>,
    /// Organisations whose register the person may sanction in: (slug, name).
    sanction_for: Vec<(String, String)>,
    /// The sanction kinds with their words.
    kinds: Vec<(&'static str, String)>,
}

impl ListPage<'_> {
    fn status(&self, i: &LicenceImport) -> String {
        self.t.plain(status_key(&i.status))
    }
}

fn status_key(status: &str) -> &'static str {
    match status {
        "applied" => key("licences-status-applied"),
        "discarded" => key("licences-status-discarded"),
        _ => key("licences-status-pending"),
    }
}

async fn list_page(
    state: &AppState,
    headers: &HeaderMap,
    session: &lmip_services::auth::Session,
    error: Option<String>,
    findings: Vec<FindingView>,
    done: Option<String>,
) -> Result<Response<Body>, WebError> {
    let actor = actor_of(Some(session));
    let filter = organisations_for(&actor, Action::ImportLicences);
    let decide = organisations_for(&actor, Action::DecideLicences);
    let organisations = state.db().organisations().await?;
    // Sanctions go into an authority's own register: organisations with a country.
    let sanction_for = organisations
        .iter()
        .filter(|o| decide.admits(&o.slug) && o.country.is_some())
        .map(|o| (o.slug.clone(), o.name.clone()))
        .collect();
    let send_for: Vec<(String, String, String)> = organisations
        .into_iter()
        .filter(|o| filter.admits(&o.slug))
        .map(|o| (o.slug, o.name, o.country.unwrap_or_default()))
        .collect();
    // One query for someone who may see every organisation's lists (the operator's staff);
    // lists sent from the command line belong to no organisation and have no page here.
    let imports: Vec<LicenceImport> = match &filter {
        lmip_domain::policy::OrgFilter::All => state
            .db()
            .licence_imports(None, 50)
            .await?
            .into_iter()
            .filter(|i| !i.org_slug.is_empty())
            .collect(),
        lmip_domain::policy::OrgFilter::Only(_) => {
            let mut imports = Vec::new();
            for (slug, _, _) in &send_for {
                imports.extend(state.db().licence_imports(Some(slug), 50).await?);
            }
            imports.sort_by(|a, b| b.uploaded_at.cmp(&a.uploaded_at));
            imports
        }
    };
    let locale = preferred_locale(headers);
    let refused = error.is_some();
    let t = tr(state, locale);
    let kinds = licences::SANCTION_KINDS
        .iter()
        .map(|k| (*k, t.plain(crate::verify::sanction_key(k))))
        .collect();
    let page = ListPage {
        t,
        page: Layout::new(state, locale, ""),
        csrf: session.csrf.clone(),
        send_for,
        imports,
        error,
        findings,
        done,
        sanction_for,
        kinds,
    };
    crate::account::form_page(&page, refused)
}

/// `GET /office/licences`: the lists sent, and the form to send one.
pub(crate) async fn list(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Query(q): Query<DoneQuery>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let t = tr(&state, preferred_locale(&headers));
    let done = (q.done.as_deref() == Some("sanction")).then(|| t.plain("sanction-recorded"));
    list_page(&state, &headers, &session, None, Vec::new(), done).await
}

/// The words for a refusal the reader can act on; `None`: not theirs to fix.
fn refusal(t: &Tr<'_>, e: &ServiceError) -> Option<(String, Vec<FindingView>)> {
    match e {
        ServiceError::Licence(LicenceError::List(f)) => {
            Some((t.plain("licences-error-list"), findings_view(t, f)))
        }
        ServiceError::Licence(LicenceError::NotYourIssuer(c)) => Some((
            t.with_all(
                key("licences-error-not-your-issuer"),
                &[("country", c.clone())],
            ),
            Vec::new(),
        )),
        ServiceError::Licence(LicenceError::UnknownIssuer(_)) => {
            Some((t.plain("licences-error-issuer"), Vec::new()))
        }
        ServiceError::Licence(LicenceError::AlreadyDecided(_)) => {
            Some((t.plain("licences-error-decided"), Vec::new()))
        }
        ServiceError::Licence(LicenceError::NoSuchLicence(n)) => Some((
            t.with_all(key("sanction-error-no-licence"), &[("number", n.clone())]),
            Vec::new(),
        )),
        ServiceError::Licence(LicenceError::UnknownSanctionKind(_)) => {
            Some((t.plain("sanction-error-kind"), Vec::new()))
        }
        ServiceError::Licence(LicenceError::SanctionDates) => {
            Some((t.plain("sanction-error-dates"), Vec::new()))
        }
        ServiceError::Licence(LicenceError::NoReason) => {
            Some((t.plain("sanction-error-reason"), Vec::new()))
        }
        _ => None,
    }
}

/// `POST /office/organisations/{org}/licences`: a list (multipart form).
pub(crate) async fn upload(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response<Body>, WebError> {
    same_site(&headers, &state.inner.config.public_url)?;
    let Ok(multipart) = multipart else {
        return Err(WebError::Forbidden);
    };
    let form = read_form(multipart, &["csrf", "issuer", "authority"]).await?;
    check_session_form(&state, &headers, &session, form.field("csrf"))?;
    let t = tr(&state, preferred_locale(&headers));
    let Some(mut file) = form.file.as_ref().and_then(|f| f.try_clone().ok()) else {
        return list_page(
            &state,
            &headers,
            &session,
            Some(t.plain("licences-error-no-file")),
            Vec::new(),
            None,
        )
        .await;
    };
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .map_err(|e| WebError::Internal(format!("the list cannot be read back: {e}")))?;
    let result = licences::stage_for_organisation(
        state.db(),
        &format!("user:{}", session.user_id),
        &org,
        form.field("issuer"),
        form.field("authority"),
        &form.file_name,
        &bytes,
    )
    .await;
    match result {
        Ok(i) => Ok(redirect(
            &format!("/office/organisations/{org}/licences/{}", i.id),
            &[],
        )),
        Err(e) => match refusal(&t, &e) {
            Some((error, findings)) => {
                list_page(&state, &headers, &session, Some(error), findings, None).await
            }
            None => Err(e.into()),
        },
    }
}

#[derive(Template)]
#[template(path = "licence_import.html")]
struct ImportPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    org: String,
    import: LicenceImport,
    status: String,
    changes: Vec<ImportRow>,
    missing: Vec<Licence>,
    can_decide: bool,
    error: Option<String>,
    done: Option<String>,
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct DoneQuery {
    done: Option<String>,
}

/// How many changed rows the page lists (the counts cover them all).
const SHOWN: i64 = 500;

async fn import_page(
    state: &AppState,
    headers: &HeaderMap,
    session: &lmip_services::auth::Session,
    org: &str,
    id: &str,
    error: Option<String>,
    done: Option<String>,
) -> Result<Response<Body>, WebError> {
    let import = match licences::import_of(state.db(), org, id).await {
        Ok(i) => i,
        Err(ServiceError::Licence(LicenceError::NoSuchImport)) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let changes = state.db().licence_import_changes(id, SHOWN).await?;
    let missing = if import.status == "pending" {
        licences::missing_from_list(state.db(), &import).await?
    } else {
        Vec::new()
    };
    let can_decide = import.status == "pending"
        && can(
            &actor_of(Some(session)),
            Action::DecideLicences,
            Target::Organisation(org),
        );
    let locale = preferred_locale(headers);
    let refused = error.is_some();
    let t = tr(state, locale);
    let page = ImportPage {
        status: t.plain(status_key(&import.status)),
        t,
        page: Layout::new(state, locale, ""),
        csrf: session.csrf.clone(),
        org: org.to_string(),
        import,
        changes,
        missing,
        can_decide,
        error,
        done,
    };
    crate::account::form_page(&page, refused)
}

/// `GET /office/organisations/{org}/licences/{id}`: the difference, and the decision forms.
pub(crate) async fn detail(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, id)): Path<(String, String)>,
    Query(q): Query<DoneQuery>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let t = tr(&state, preferred_locale(&headers));
    let done = match q.done.as_deref() {
        Some("applied") => Some(t.plain("licences-done-applied")),
        Some("discarded") => Some(t.plain("licences-done-discarded")),
        _ => None,
    };
    import_page(&state, &headers, &session, &org, &id, None, done).await
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ApplyForm {
    csrf: String,
    #[serde(default)]
    expire_missing: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DiscardForm {
    csrf: String,
}

async fn after_decision(
    state: &AppState,
    headers: &HeaderMap,
    session: &lmip_services::auth::Session,
    org: &str,
    id: &str,
    result: Result<&'static str, ServiceError>,
) -> Result<Response<Body>, WebError> {
    match result {
        Ok(done) => Ok(redirect(
            &format!("/office/organisations/{org}/licences/{id}?done={done}"),
            &[],
        )),
        Err(ServiceError::Licence(LicenceError::NoSuchImport)) => Err(WebError::NotFound),
        Err(e) => {
            let t = tr(state, preferred_locale(headers));
            match refusal(&t, &e) {
                Some((error, _)) => {
                    import_page(state, headers, session, org, id, Some(error), None).await
                }
                None => Err(e.into()),
            }
        }
    }
}

/// `POST /office/organisations/{org}/licences/{id}/apply`
pub(crate) async fn apply(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, id)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<ApplyForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    let result = match licences::import_of(state.db(), &org, &id).await {
        Ok(_) => licences::apply(
            state.db(),
            &format!("user:{}", session.user_id),
            &id,
            form.expire_missing.is_some(),
            &state.inner.segmenter,
        )
        .await
        .map(|_| "applied"),
        Err(e) => Err(e),
    };
    after_decision(&state, &headers, &session, &org, &id, result).await
}

/// `POST /office/organisations/{org}/licences/{id}/discard`
pub(crate) async fn discard(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, id)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<DiscardForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    let result = match licences::import_of(state.db(), &org, &id).await {
        Ok(_) => licences::discard(state.db(), &format!("user:{}", session.user_id), &id)
            .await
            .map(|()| "discarded"),
        Err(e) => Err(e),
    };
    after_decision(&state, &headers, &session, &org, &id, result).await
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SanctionForm {
    csrf: String,
    number: String,
    kind: String,
    imposed_on: String,
    #[serde(default)]
    lifted_on: String,
    reason: String,
    #[serde(default)]
    source: String,
}

/// `POST /office/organisations/{org}/sanctions`: a sanction against an agency of the register.
pub(crate) async fn sanction(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    headers: HeaderMap,
    Form(form): Form<SanctionForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    let today = crate::verify::today();
    let result = licences::record_sanction(
        state.db(),
        &format!("user:{}", session.user_id),
        &org,
        &licences::SanctionInput {
            number: &form.number,
            kind: &form.kind,
            imposed_on: &form.imposed_on,
            lifted_on: &form.lifted_on,
            reason: &form.reason,
            source: &form.source,
        },
        &today,
    )
    .await;
    match result {
        Ok(_) => Ok(redirect("/office/licences?done=sanction", &[])),
        Err(e) => {
            let t = tr(&state, preferred_locale(&headers));
            match refusal(&t, &e) {
                Some((error, _)) => {
                    list_page(&state, &headers, &session, Some(error), Vec::new(), None).await
                }
                None => Err(e.into()),
            }
        }
    }
}
