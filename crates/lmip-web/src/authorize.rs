//! Authorization for every route, in one place: the route table names each route's action, and
//! `lmip_domain::policy` decides. Handlers never decide on their own.

use crate::account::{SESSION_COOKIE, cookie};
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{Method, Response, StatusCode, header};
use axum::middleware::Next;
use axum::response::IntoResponse;
use lmip_domain::people::Role;
use lmip_domain::policy::{Action, Actor, Relation, can};
use lmip_services::auth::Session;

/// One route and what it does, for the policy.
#[derive(Debug, Clone, Copy)]
pub struct RouteEntry {
    /// The method (HEAD is checked as GET).
    pub method: &'static str,
    /// The route template, as registered.
    pub path: &'static str,
    /// What the route does.
    pub action: Action,
    /// How what it acts on relates to the actor.
    pub relation: Relation,
}

const fn entry(
    method: &'static str,
    path: &'static str,
    action: Action,
    relation: Relation,
) -> RouteEntry {
    RouteEntry {
        method,
        path,
        action,
        relation,
    }
}

/// Every route of the application. A route missing here answers 500 to everyone (fail closed), and
/// the matrix test fails.
pub const ROUTES: &[RouteEntry] = &[
    entry("GET", "/", Action::ReadPublic, Relation::None),
    entry("GET", "/healthz", Action::ReadPublic, Relation::None),
    entry("GET", "/readyz", Action::ReadPublic, Relation::None),
    entry("GET", "/metrics", Action::ReadPublic, Relation::None),
    entry("GET", "/static/{file}", Action::ReadPublic, Relation::None),
    entry(
        "GET",
        "/language/{lang}",
        Action::ReadPublic,
        Relation::None,
    ),
    entry("GET", "/{lang}/", Action::ReadPublic, Relation::None),
    entry("GET", "/{lang}", Action::ReadPublic, Relation::None),
    entry(
        "GET",
        "/{lang}/{section}",
        Action::ReadPublic,
        Relation::None,
    ),
    entry(
        "GET",
        "/account/sign-in",
        Action::ReadPublic,
        Relation::None,
    ),
    entry(
        "POST",
        "/account/sign-in",
        Action::SubmitPublicForm,
        Relation::None,
    ),
    entry(
        "POST",
        "/account/sign-out",
        Action::EndOwnSession,
        Relation::Own,
    ),
    entry(
        "GET",
        "/account/set-password/{token}",
        Action::ReadPublic,
        Relation::None,
    ),
    entry(
        "POST",
        "/account/set-password/{token}",
        Action::SubmitPublicForm,
        Relation::None,
    ),
    entry("GET", "/office", Action::UseBackOffice, Relation::None),
    entry(
        "GET",
        "/account/sessions",
        Action::ManageOwnSessions,
        Relation::Own,
    ),
    entry("GET", "/office/audit", Action::ReadAuditLog, Relation::None),
    entry(
        "POST",
        "/account/sessions/sign-out-everywhere",
        Action::ManageOwnSessions,
        Relation::Own,
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

/// The actor a session stands for.
pub fn actor_of(session: Option<&Session>) -> Actor {
    match session {
        None => Actor::anonymous(),
        Some(s) => Actor {
            signed_in: true,
            roles: s
                .roles
                .iter()
                .filter_map(|(_, _, r)| r.parse::<Role>().ok())
                .collect(),
            operator_roles: s
                .roles
                .iter()
                .filter(|(org, _, _)| org == lmip_storage::OPERATOR_SLUG)
                .filter_map(|(_, _, r)| r.parse::<Role>().ok())
                .collect(),
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
    if can(&Actor::anonymous(), route.action, route.relation) {
        return next.run(req).await;
    }
    let session = match cookie(req.headers(), SESSION_COOKIE) {
        Some(value) => match lmip_services::auth::session(state.db(), value).await {
            Ok(s) => s,
            Err(e) => return crate::WebError::from(e).into_response(),
        },
        None => None,
    };
    let actor = actor_of(session.as_ref());
    if can(&actor, route.action, route.relation) {
        if let Some(s) = session {
            req.extensions_mut().insert(CurrentSession(s));
        }
        return next.run(req).await;
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
