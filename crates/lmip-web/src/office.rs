//! Administration in the back office: organisations, their members and roles, invitations, the
//! second-factor rule and API tokens. Who may open each page is decided by the policy before the
//! handler runs; the handlers call the services and render.

use crate::WebError;
use crate::account::{check_session_form, redirect};
use crate::authorize::{CurrentSession, actor_of};
use crate::i18n::{Tr, key};
use crate::pages::{Layout, preferred_locale, tr};
use crate::security::reauthenticate;
use crate::state::AppState;
use askama::Template;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Response};
use axum::{Extension, Form};
use lmip_domain::people::{OrgKind, Role};
use lmip_domain::policy::{Action, Target, can, organisations_for};
use lmip_services::ServiceError;
use lmip_services::api_tokens::TokenError;
use lmip_services::auth::{AuthError, Session};
use lmip_services::members::{self, Invitation, MemberError};
use lmip_storage::{ApiTokenInfo, Member, Organisation};

/// The message key of a role's name.
pub(crate) fn role_key(role: &str) -> &'static str {
    match role.parse::<Role>() {
        Ok(Role::Admin) => key("role-admin"),
        Ok(Role::Editor) => key("role-editor"),
        Ok(Role::Reviewer) => key("role-reviewer"),
        Ok(Role::StatsFocalPoint) => key("role-stats-focal-point"),
        Ok(Role::StatsApprover) => key("role-stats-approver"),
        Ok(Role::Caseworker) => key("role-caseworker"),
        Ok(Role::CaseSupervisor) => key("role-case-supervisor"),
        Ok(Role::AgencyRep) => key("role-agency-rep"),
        Err(_) => key("role-unknown"),
    }
}

/// The message key of an organisation kind's name.
pub(crate) fn kind_key(kind: OrgKind) -> &'static str {
    match kind {
        OrgKind::Ministry => key("org-kind-ministry"),
        OrgKind::OverseasEmploymentAgency => key("org-kind-overseas-employment-agency"),
        OrgKind::Embassy => key("org-kind-embassy"),
        OrgKind::StatisticsOffice => key("org-kind-statistics-office"),
        OrgKind::TradeUnion => key("org-kind-trade-union"),
        OrgKind::Ngo => key("org-kind-ngo"),
        OrgKind::ResourceCentre => key("org-kind-resource-centre"),
        OrgKind::RecruitmentAgency => key("org-kind-recruitment-agency"),
        OrgKind::Employer => key("org-kind-employer"),
        OrgKind::RegionalBody => key("org-kind-regional-body"),
        OrgKind::Operator => key("org-kind-operator"),
        OrgKind::Helpline => key("org-kind-helpline"),
        OrgKind::TrainingCentre => key("org-kind-training-centre"),
        OrgKind::RemittanceProvider => key("org-kind-remittance-provider"),
    }
}

/// The key for a refusal a form can explain; `None` for errors that are not the person's doing.
fn refusal_key(e: &ServiceError) -> Option<&'static str> {
    Some(match e {
        ServiceError::Members(MemberError::LastAdmin) => key("office-error-last-admin"),
        ServiceError::Members(MemberError::NotAMember) => key("office-error-not-member"),
        ServiceError::Members(MemberError::BadName) => key("office-error-name"),
        ServiceError::Tokens(TokenError::BadRoles) => key("office-error-token-roles"),
        ServiceError::Tokens(TokenError::BadName) => key("office-error-token-name"),
        ServiceError::Invalid(lmip_domain::DomainError::InvalidEmail(_)) => {
            key("account-error-email")
        }
        ServiceError::Invalid(lmip_domain::DomainError::InvalidSlug(_)) => key("office-error-slug"),
        ServiceError::Invalid(lmip_domain::DomainError::UnknownCode { .. }) => {
            key("office-error-country")
        }
        ServiceError::Invalid(_) => key("office-error-choice"),
        ServiceError::Storage(lmip_storage::StorageError::Conflict { .. }) => {
            key("office-error-taken")
        }
        _ => return None,
    })
}

struct KindOption {
    value: &'static str,
    label_key: &'static str,
}

#[derive(Template)]
#[template(path = "organisations.html")]
struct OrganisationsPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    organisations: Vec<Organisation>,
    kinds: Vec<KindOption>,
    error_key: Option<&'static str>,
}

fn organisations_page(
    state: &AppState,
    headers: &HeaderMap,
    session: &Session,
    organisations: Vec<Organisation>,
    error_key: Option<&'static str>,
) -> Result<Response<Body>, WebError> {
    let locale = preferred_locale(headers);
    let page = OrganisationsPage {
        t: tr(state, locale),
        page: Layout::new(state, locale, ""),
        csrf: session.csrf.clone(),
        organisations,
        kinds: OrgKind::ALL
            .into_iter()
            .filter(|k| *k != OrgKind::Operator)
            .map(|k| KindOption {
                value: k.as_str(),
                label_key: kind_key(k),
            })
            .collect(),
        error_key,
    };
    crate::account::form_page(&page, error_key.is_some())
}

/// `GET /office/organisations`
pub(crate) async fn organisations(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let list = state.db().organisations().await?;
    organisations_page(&state, &headers, &session, list, None)
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewOrgForm {
    csrf: String,
    slug: String,
    name: String,
    kind: String,
    #[serde(default)]
    country: String,
}

/// `POST /office/organisations`
pub(crate) async fn create_organisation(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    headers: HeaderMap,
    Form(form): Form<NewOrgForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    let slug = form.slug.trim().to_lowercase();
    let result = members::create_organisation(
        state.db(),
        &session,
        &members::NewOrg {
            slug: &slug,
            name: &form.name,
            kind: &form.kind,
            country: Some(form.country.as_str()),
        },
    )
    .await;
    match result {
        Ok(()) => Ok(redirect(&format!("/office/organisations/{slug}"), &[])),
        Err(ServiceError::Auth(AuthError::ReauthRequired)) => {
            Ok(reauthenticate("/office/organisations"))
        }
        Err(e) => match refusal_key(&e) {
            Some(k) => {
                let list = state.db().organisations().await?;
                organisations_page(&state, &headers, &session, list, Some(k))
            }
            None => Err(e.into()),
        },
    }
}

struct RoleOption {
    value: &'static str,
    label_key: &'static str,
}

#[derive(Template)]
#[template(path = "organisation.html")]
struct OrganisationPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    org: Organisation,
    require_second_factor: bool,
    members: Vec<Member>,
    roles: Vec<RoleOption>,
    token_roles: Vec<RoleOption>,
    tokens: Vec<ApiTokenInfo>,
    manage_tokens: bool,
    new_token: Option<String>,
    error_key: Option<&'static str>,
    done_key: Option<&'static str>,
}

impl OrganisationPage<'_> {
    fn role_name(&self, role: &str) -> String {
        self.t.plain(role_key(role))
    }
}

struct Notice {
    error_key: Option<&'static str>,
    done_key: Option<&'static str>,
    new_token: Option<String>,
}

async fn organisation_page(
    state: &AppState,
    headers: &HeaderMap,
    session: &Session,
    slug: &str,
    notice: Notice,
) -> Result<Response<Body>, WebError> {
    let Some(org) = state.db().organisation_by_slug(slug).await? else {
        return Err(WebError::NotFound);
    };
    let members = members::members(state.db(), slug).await?;
    let manage_tokens = can(
        &actor_of(Some(session)),
        Action::ManageApiTokens,
        Target::Organisation(slug),
    );
    let tokens = if manage_tokens {
        lmip_services::api_tokens::list(state.db(), slug).await?
    } else {
        Vec::new()
    };
    let locale = preferred_locale(headers);
    let options = |admin: bool| -> Vec<RoleOption> {
        Role::ALL
            .into_iter()
            .filter(|r| admin || *r != Role::Admin)
            .map(|r| RoleOption {
                value: r.as_str(),
                label_key: role_key(r.as_str()),
            })
            .collect()
    };
    let page = OrganisationPage {
        t: tr(state, locale),
        page: Layout::new(state, locale, ""),
        csrf: session.csrf.clone(),
        require_second_factor: state.db().requires_second_factor(slug).await?,
        org,
        members,
        roles: options(true),
        token_roles: options(false),
        tokens,
        manage_tokens,
        new_token: notice.new_token,
        error_key: notice.error_key,
        done_key: notice.done_key,
    };
    crate::account::form_page(&page, notice.error_key.is_some())
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct DoneQuery {
    done: Option<String>,
}

/// `GET /office/organisations/{org}`
pub(crate) async fn organisation(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    Query(q): Query<DoneQuery>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let done_key = match q.done.as_deref() {
        Some("invited") => Some(key("office-invited")),
        Some(_) => Some(key("office-saved")),
        None => None,
    };
    organisation_page(
        &state,
        &headers,
        &session,
        &org,
        Notice {
            error_key: None,
            done_key,
            new_token: None,
        },
    )
    .await
}

/// After a change: back to the organisation's page, or the reason it was refused.
async fn after_change(
    state: &AppState,
    headers: &HeaderMap,
    session: &Session,
    org: &str,
    result: Result<&'static str, ServiceError>,
) -> Result<Response<Body>, WebError> {
    let back = format!("/office/organisations/{org}");
    match result {
        Ok(done) => Ok(redirect(&format!("{back}?done={done}"), &[])),
        Err(ServiceError::Auth(AuthError::ReauthRequired)) => Ok(reauthenticate(&back)),
        Err(e) => match refusal_key(&e) {
            Some(k) => {
                organisation_page(
                    state,
                    headers,
                    session,
                    org,
                    Notice {
                        error_key: Some(k),
                        done_key: None,
                        new_token: None,
                    },
                )
                .await
            }
            None => Err(e.into()),
        },
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct InviteForm {
    csrf: String,
    email: String,
    role: String,
}

/// `POST /office/organisations/{org}/invitations`: the answer does not tell whether the address
/// had an account.
pub(crate) async fn invite(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    headers: HeaderMap,
    Form(form): Form<InviteForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    let Some(organisation) = state.db().organisation_by_slug(&org).await? else {
        return Err(WebError::NotFound);
    };
    let locale = preferred_locale(&headers);
    let role_name = state.inner.catalog.text(locale, role_key(&form.role)).value;
    let result = members::invite(
        state.db(),
        &state.inner.outbox,
        &session,
        &Invitation {
            org: &org,
            email: &form.email,
            role: &form.role,
        },
        &state.inner.config.public_url,
        |to, mail| {
            crate::mail::invitation(&state, locale, &organisation.name, &role_name, to, mail)
        },
    )
    .await
    .map(|()| "invited");
    after_change(&state, &headers, &session, &org, result).await
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RoleForm {
    csrf: String,
    user: String,
    role: String,
    change: String,
}

/// `POST /office/organisations/{org}/roles`: grant or withdraw one role.
pub(crate) async fn change_role(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    headers: HeaderMap,
    Form(form): Form<RoleForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    let result = match form.change.as_str() {
        "grant" => members::grant(state.db(), &session, &org, &form.user, &form.role).await,
        "withdraw" => members::withdraw(state.db(), &session, &org, &form.user, &form.role).await,
        _ => {
            return Err(WebError::BadRequest(
                "change must be grant or withdraw".into(),
            ));
        }
    };
    after_change(&state, &headers, &session, &org, result.map(|()| "saved")).await
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SecondFactorRuleForm {
    csrf: String,
    required: String,
}

/// `POST /office/organisations/{org}/second-factor`
pub(crate) async fn second_factor_rule(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    headers: HeaderMap,
    Form(form): Form<SecondFactorRuleForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    let required = match form.required.as_str() {
        "1" => true,
        "0" => false,
        _ => return Err(WebError::BadRequest("required must be 0 or 1".into())),
    };
    let result = members::require_second_factor(state.db(), &session, &org, required).await;
    after_change(&state, &headers, &session, &org, result.map(|()| "saved")).await
}

/// One checkbox per role a token may carry (never admin); duplicate keys are refused by the form
/// parser, so each role has its own field.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewTokenForm {
    csrf: String,
    name: String,
    editor: Option<String>,
    reviewer: Option<String>,
    stats_focal_point: Option<String>,
    stats_approver: Option<String>,
    caseworker: Option<String>,
    case_supervisor: Option<String>,
    agency_rep: Option<String>,
}

impl NewTokenForm {
    fn roles(&self) -> Vec<String> {
        [
            (Role::Editor, &self.editor),
            (Role::Reviewer, &self.reviewer),
            (Role::StatsFocalPoint, &self.stats_focal_point),
            (Role::StatsApprover, &self.stats_approver),
            (Role::Caseworker, &self.caseworker),
            (Role::CaseSupervisor, &self.case_supervisor),
            (Role::AgencyRep, &self.agency_rep),
        ]
        .into_iter()
        .filter(|(_, on)| on.is_some())
        .map(|(r, _)| r.as_str().to_string())
        .collect()
    }
}

/// `POST /office/organisations/{org}/api-tokens`: the token is shown on this answer only.
pub(crate) async fn create_token(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    headers: HeaderMap,
    Form(form): Form<NewTokenForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    match lmip_services::api_tokens::create(state.db(), &session, &org, &form.name, &form.roles())
        .await
    {
        Ok(made) => {
            organisation_page(
                &state,
                &headers,
                &session,
                &org,
                Notice {
                    error_key: None,
                    done_key: Some(key("office-token-made")),
                    new_token: Some(made.token),
                },
            )
            .await
        }
        Err(e) => after_change(&state, &headers, &session, &org, Err(e)).await,
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CsrfForm {
    csrf: String,
}

/// `POST /office/organisations/{org}/api-tokens/{id}/revoke`
pub(crate) async fn revoke_token(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, id)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<CsrfForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    let result = lmip_services::api_tokens::revoke(state.db(), &session, &org, &id).await;
    after_change(&state, &headers, &session, &org, result.map(|()| "saved")).await
}

/// The organisations whose members the session may manage, for the back-office home: the same
/// rule that opens their pages.
pub(crate) async fn manageable(
    state: &AppState,
    session: &Session,
) -> Result<Vec<(String, String)>, WebError> {
    let filter = organisations_for(&actor_of(Some(session)), Action::ManageMembers);
    let all = state.db().organisations().await?;
    Ok(all
        .into_iter()
        .filter(|o| filter.admits(&o.slug))
        .map(|o| (o.slug, o.name))
        .collect())
}
