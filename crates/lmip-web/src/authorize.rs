//! Authorization for every route, in one place: the route table names each route's action, and
//! `lmip_domain::policy` decides. Handlers never decide on their own.

use crate::account::{SESSION_COOKIE, cookie};
use crate::state::AppState;
use axum::RequestExt;
use axum::body::Body;
use axum::extract::{MatchedPath, RawPathParams, Request, State};
use axum::http::{Method, Response, StatusCode, header};
use axum::middleware::Next;
use axum::response::IntoResponse;
use lmip_domain::people::Role;
use lmip_domain::policy::{Action, Actor, Target, can};
use lmip_services::api_tokens::TokenCheck;
use lmip_services::auth::Session;
use lmip_storage::ApiCaller;

/// One route and what it does, for the policy.
#[derive(Debug, Clone, Copy)]
pub struct RouteEntry {
    /// The method (HEAD is checked as GET).
    pub method: &'static str,
    /// The route template, as registered.
    pub path: &'static str,
    /// What the route does.
    pub action: Action,
    /// What it acts on.
    pub target: RouteTarget,
}

/// What a route acts on, as the policy needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteTarget {
    /// Nothing in particular.
    Nothing,
    /// The actor's own session or account.
    Own,
    /// The organisation named by the route's `{org}` segment.
    OrgInPath,
}

impl RouteTarget {
    /// The policy's target for a request whose `{org}` segment is `org`.
    pub fn resolve(self, org: Option<&str>) -> Target<'_> {
        match self {
            RouteTarget::Nothing => Target::Nothing,
            RouteTarget::Own => Target::Own,
            // A route declared with `{org}` always has it; without it, nobody's organisation.
            RouteTarget::OrgInPath => Target::Organisation(org.unwrap_or("")),
        }
    }
}

const fn entry(
    method: &'static str,
    path: &'static str,
    action: Action,
    target: RouteTarget,
) -> RouteEntry {
    RouteEntry {
        method,
        path,
        action,
        target,
    }
}

/// Every route of the application. A route missing here answers 500 to everyone (fail closed), and
/// the matrix test fails.
pub const ROUTES: &[RouteEntry] = &[
    entry("GET", "/", Action::ReadPublic, RouteTarget::Nothing),
    entry("GET", "/healthz", Action::ReadPublic, RouteTarget::Nothing),
    entry("GET", "/readyz", Action::ReadPublic, RouteTarget::Nothing),
    entry("GET", "/metrics", Action::ReadPublic, RouteTarget::Nothing),
    entry(
        "GET",
        "/static/{file}",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/language/{lang}",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry("GET", "/{lang}/", Action::ReadPublic, RouteTarget::Nothing),
    entry("GET", "/{lang}", Action::ReadPublic, RouteTarget::Nothing),
    entry(
        "GET",
        "/{lang}/{section}",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/account/sign-in",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/account/sign-in",
        Action::SubmitPublicForm,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/account/sign-out",
        Action::EndOwnSession,
        RouteTarget::Own,
    ),
    entry(
        "GET",
        "/account/set-password/{token}",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/account/set-password/{token}",
        Action::SubmitPublicForm,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/office",
        Action::UseBackOffice,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/account/sessions",
        Action::ManageOwnSessions,
        RouteTarget::Own,
    ),
    entry(
        "GET",
        "/office/audit",
        Action::ReadAuditLog,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/account/sessions/sign-out-everywhere",
        Action::ManageOwnSessions,
        RouteTarget::Own,
    ),
    entry(
        "GET",
        "/account/forgot-password",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/account/forgot-password",
        Action::SubmitPublicForm,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/account/sign-in/code",
        Action::SubmitPublicForm,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/account/confirm",
        Action::ManageOwnAccount,
        RouteTarget::Own,
    ),
    entry(
        "POST",
        "/account/confirm",
        Action::ManageOwnAccount,
        RouteTarget::Own,
    ),
    entry(
        "GET",
        "/account/two-factor",
        Action::ManageOwnAccount,
        RouteTarget::Own,
    ),
    entry(
        "POST",
        "/account/two-factor",
        Action::ManageOwnAccount,
        RouteTarget::Own,
    ),
    entry(
        "POST",
        "/account/two-factor/off",
        Action::ManageOwnAccount,
        RouteTarget::Own,
    ),
    entry(
        "GET",
        "/office/organisations",
        Action::ManageOrganisations,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/office/organisations",
        Action::ManageOrganisations,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/office/organisations/{org}",
        Action::ManageMembers,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/invitations",
        Action::ManageMembers,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/roles",
        Action::ManageMembers,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/second-factor",
        Action::ManageMembers,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/api-tokens",
        Action::ManageApiTokens,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/api-tokens/{id}/revoke",
        Action::ManageApiTokens,
        RouteTarget::OrgInPath,
    ),
    entry(
        "GET",
        "/office/statistics",
        Action::UseBackOffice,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/office/licences",
        Action::UseBackOffice,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/licences",
        Action::ImportLicences,
        RouteTarget::OrgInPath,
    ),
    entry(
        "GET",
        "/office/organisations/{org}/licences/{id}",
        Action::ImportLicences,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/licences/{id}/apply",
        Action::DecideLicences,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/licences/{id}/discard",
        Action::DecideLicences,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/sanctions",
        Action::DecideLicences,
        RouteTarget::OrgInPath,
    ),
    entry(
        "GET",
        "/office/opportunities",
        Action::UseBackOffice,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/opportunities",
        Action::PublishOpportunities,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/opportunities/{id}/decision",
        Action::VerifyOpportunities,
        RouteTarget::OrgInPath,
    ),
    entry(
        "GET",
        "/office/rules",
        Action::EditCorridorRules,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/office/rules",
        Action::EditCorridorRules,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/office/scorecard",
        Action::UseBackOffice,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/office/frameworks",
        Action::DefineConductFrameworks,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/assessments",
        Action::RecordAssessments,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/review-codes",
        Action::IssueReviewCodes,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/reviews/{id}/moderation",
        Action::ModerateReviews,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/reviews/{id}/answer",
        Action::AnswerReviews,
        RouteTarget::OrgInPath,
    ),
    entry(
        "GET",
        "/office/directory",
        Action::UseBackOffice,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/office/organisations/{org}/directory",
        Action::EditDirectory,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/directory",
        Action::EditDirectory,
        RouteTarget::OrgInPath,
    ),
    entry(
        "GET",
        "/{lang}/help",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/office/content",
        Action::UseBackOffice,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/content",
        Action::EditContent,
        RouteTarget::OrgInPath,
    ),
    entry(
        "GET",
        "/office/organisations/{org}/content/{slug}",
        Action::UseBackOffice,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/content/{slug}/text",
        Action::EditContent,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/content/{slug}/audio",
        Action::EditContent,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/content/{slug}/audio/remove",
        Action::EditContent,
        RouteTarget::OrgInPath,
    ),
    entry(
        "GET",
        "/{lang}/content/{slug}/audio/{locale}",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/content/{slug}/details",
        Action::EditContent,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/content/{slug}/structure",
        Action::EditContent,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/content/{slug}/step",
        Action::EditContent,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/content/{slug}/decision",
        Action::PublishContent,
        RouteTarget::OrgInPath,
    ),
    entry(
        "GET",
        "/{lang}/content/{slug}",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/{lang}/corridors",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/{lang}/search",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/{lang}/corridors/{pair}",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/{lang}/feed.atom",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/{lang}/help/{slug}",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry("GET", "/exit", Action::ReadPublic, RouteTarget::Nothing),
    entry(
        "GET",
        "/robots.txt",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry("GET", "/sw.js", Action::ReadPublic, RouteTarget::Nothing),
    // The gateway proves itself with the shared secret (checked by the handler), not a session.
    entry(
        "POST",
        "/channels/sms",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/{lang}/complaints/new",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/{lang}/complaints/new",
        Action::SubmitPublicForm,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/{lang}/case-status",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/{lang}/case-status",
        Action::SubmitPublicForm,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/office/organisations/{org}/cases",
        Action::WorkCases,
        RouteTarget::OrgInPath,
    ),
    entry(
        "GET",
        "/office/organisations/{org}/cases/backlog",
        Action::SuperviseCases,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/cases/find",
        Action::WorkCases,
        RouteTarget::OrgInPath,
    ),
    entry(
        "GET",
        "/office/organisations/{org}/cases/new",
        Action::WorkCases,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/cases/new",
        Action::WorkCases,
        RouteTarget::OrgInPath,
    ),
    entry(
        "GET",
        "/office/organisations/{org}/cases/{id}",
        Action::WorkCases,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/cases/{id}/triage",
        Action::WorkCases,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/cases/{id}/status",
        Action::WorkCases,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/cases/{id}/notes",
        Action::WorkCases,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/cases/{id}/referrals",
        Action::WorkCases,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/referrals/{id}",
        Action::WorkCases,
        RouteTarget::OrgInPath,
    ),
    entry(
        "GET",
        "/{lang}/review",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/{lang}/review",
        Action::SubmitPublicForm,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/{lang}/check-offer",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/{lang}/check-offer",
        Action::SubmitPublicForm,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/{lang}/jobs",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/{lang}/jobs/{id}",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/submissions",
        Action::SubmitStatistics,
        RouteTarget::OrgInPath,
    ),
    entry(
        "GET",
        "/office/organisations/{org}/submissions/template",
        Action::SubmitStatistics,
        RouteTarget::OrgInPath,
    ),
    entry(
        "GET",
        "/office/organisations/{org}/submissions/{id}",
        Action::ReadSubmissions,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/submissions/{id}/approve",
        Action::DecideSubmissions,
        RouteTarget::OrgInPath,
    ),
    entry(
        "POST",
        "/office/organisations/{org}/submissions/{id}/reject",
        Action::DecideSubmissions,
        RouteTarget::OrgInPath,
    ),
    entry(
        "GET",
        "/api/v1/whoami",
        Action::UseApi,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/{lang}/statistics",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/{lang}/verify",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/{lang}/agencies/{slug}",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/api/v1/agencies/verify",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/api/v1/opportunities",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/api/v1/directory",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/api/v1/openapi.json",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/{lang}/statistics/country/{code}",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
    entry(
        "GET",
        "/sdmx/2.1/{*rest}",
        Action::ReadPublic,
        RouteTarget::Nothing,
    ),
];

/// The route table's entry for a request, if any.
pub fn lookup(method: &Method, path: &str) -> Option<&'static RouteEntry> {
    lookup_str(
        if method == Method::HEAD {
            "GET"
        } else {
            method.as_str()
        },
        path,
    )
}

/// The route table's entry for a method name and route template, if any.
pub fn lookup_str(method: &str, path: &str) -> Option<&'static RouteEntry> {
    ROUTES.iter().find(|r| r.method == method && r.path == path)
}

/// The signed-in session, put in the request by [`authorize`] for handlers that need it.
#[derive(Debug, Clone)]
pub(crate) struct CurrentSession(pub Session);

/// Marks a response as a policy denial (tests tell it from other refusals).
#[derive(Debug, Clone, Copy)]
pub struct PolicyDenied;

/// The actor an API token stands for: its roles, in its organisation.
pub fn actor_of_token(caller: &ApiCaller) -> Actor {
    Actor {
        signed_in: true,
        memberships: caller
            .roles
            .split_whitespace()
            .filter_map(|r| Some((caller.org_slug.clone(), r.parse::<Role>().ok()?)))
            .collect(),
        enrolment_required: false,
    }
}

/// The machine behind an API request, put in the request by [`authorize`].
#[derive(Debug, Clone)]
pub(crate) struct CurrentCaller(pub ApiCaller);

fn bearer(headers: &axum::http::HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

/// The actor a session stands for.
pub fn actor_of(session: Option<&Session>) -> Actor {
    match session {
        None => Actor::anonymous(),
        Some(s) => Actor {
            signed_in: true,
            memberships: s
                .roles
                .iter()
                .filter_map(|(org, _, r)| Some((org.clone(), r.parse::<Role>().ok()?)))
                .collect(),
            enrolment_required: s.enrolment_required,
        },
    }
}

fn denied(response: Response<Body>) -> Response<Body> {
    let mut r = response;
    r.extensions_mut().insert(PolicyDenied);
    r
}

pub(crate) async fn authorize(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response<Body> {
    // A refcounted clone, not a copy of the text: this runs on every request.
    let Some(matched) = req.extensions().get::<MatchedPath>().cloned() else {
        return next.run(req).await;
    };
    let path = matched.as_str();
    let Some(route) = lookup(req.method(), path) else {
        // The path exists with other methods: 405, and no handler runs (a handler registered for
        // this method without a policy entry must never be reached).
        let allowed: Vec<&str> = ROUTES
            .iter()
            .filter(|r| r.path == path)
            .map(|r| r.method)
            .collect();
        if !allowed.is_empty() {
            return Response::builder()
                .status(StatusCode::METHOD_NOT_ALLOWED)
                .header(header::ALLOW, allowed.join(", "))
                .body(Body::empty())
                .unwrap_or_default();
        }
        tracing::error!(method = %req.method(), route = %path, "route has no policy entry; refusing");
        return crate::WebError::Internal(format!("no policy entry for {} {path}", req.method()))
            .into_response();
    };
    // Public methods of a checked route need no session look-up.
    let org = if route.target == RouteTarget::OrgInPath {
        match req.extract_parts::<RawPathParams>().await {
            Ok(params) => params
                .iter()
                .find(|(name, _)| *name == "org")
                .map(|(_, value)| value.to_string()),
            Err(_) => None,
        }
    } else {
        None
    };
    let target = route.target.resolve(org.as_deref());
    if can(&Actor::anonymous(), route.action, target) {
        return next.run(req).await;
    }
    let api = route.action == Action::UseApi;
    // Machines present a token; it counts only on API routes (never for the back office's forms).
    if api && let Some(presented) = bearer(req.headers()) {
        return match lmip_services::api_tokens::check(state.db(), presented).await {
            Ok(TokenCheck::Valid(caller)) => {
                if can(&actor_of_token(&caller), route.action, target) {
                    req.extensions_mut().insert(CurrentCaller(caller));
                    next.run(req).await
                } else {
                    denied(crate::api::problem(
                        StatusCode::NOT_FOUND,
                        "not-found",
                        "There is nothing here for this token.",
                    ))
                }
            }
            Ok(TokenCheck::Revoked) => denied(crate::api::problem(
                StatusCode::UNAUTHORIZED,
                "token-revoked",
                "This API token was revoked. Ask your organisation's administrator for a new one.",
            )),
            Ok(TokenCheck::Unknown) => denied(crate::api::problem(
                StatusCode::UNAUTHORIZED,
                "token-unknown",
                "This API token is not known. Check that it was copied whole (it begins with lmip_).",
            )),
            Err(e) => crate::WebError::from(e).into_response(),
        };
    }
    let session = match cookie(req.headers(), SESSION_COOKIE) {
        Some(value) => match lmip_services::auth::session(state.db(), value).await {
            Ok(s) => s,
            Err(e) => return crate::WebError::from(e).into_response(),
        },
        None => None,
    };
    let actor = actor_of(session.as_ref());
    if can(&actor, route.action, target) {
        if let Some(s) = session {
            req.extensions_mut().insert(CurrentSession(s));
        }
        return next.run(req).await;
    }
    if api {
        return denied(crate::api::problem(
            StatusCode::UNAUTHORIZED,
            "token-missing",
            "Send an API token: Authorization: Bearer lmip_…",
        ));
    }
    if actor.enrolment_required && req.method() == Method::GET {
        let r = Response::builder()
            .status(StatusCode::SEE_OTHER)
            .header(header::LOCATION, "/account/two-factor")
            .header(header::CACHE_CONTROL, "no-store")
            .body(Body::empty())
            .unwrap_or_default();
        return denied(r);
    }
    if !actor.signed_in && req.method() == Method::GET {
        let r = Response::builder()
            .status(StatusCode::SEE_OTHER)
            .header(header::LOCATION, "/account/sign-in")
            .header(header::CACHE_CONTROL, "no-store")
            .body(Body::empty())
            .unwrap_or_default();
        return denied(r);
    }
    // Signed in without the right, or a form without a session: do not reveal what is there.
    let status = if actor.signed_in {
        crate::WebError::NotFound
    } else {
        crate::WebError::Forbidden
    };
    denied(status.into_response())
}
