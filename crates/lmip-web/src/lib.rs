//! The HTTP layer of lmip: public pages, health and metrics, security headers, and the cache of
//! pre-compressed public pages.
//!
//! Handlers are thin: they extract the request's parts, call a service, and render a template.
//! Public pages are rendered once per (path, locale, data version) and served from a bounded cache
//! of their compressed bytes (see [`cache`]); the data version follows the storage change log.
#![forbid(unsafe_code)]

mod account;
mod assets;
pub mod cache;
mod client;
mod error;
mod i18n;
mod middleware;
mod observe;
mod pages;
mod state;

pub use error::WebError;
pub use state::{AppState, WebConfig};

use axum::Router;
use axum::routing::{get, post};

/// Template and handler sources, for `lmip check i18n` (keys used must exist in English).
pub const I18N_SOURCES: &[(&str, &str)] = &[
    (
        "templates/base.html",
        include_str!("../templates/base.html"),
    ),
    (
        "templates/home.html",
        include_str!("../templates/home.html"),
    ),
    (
        "templates/section.html",
        include_str!("../templates/section.html"),
    ),
    (
        "templates/error.html",
        include_str!("../templates/error.html"),
    ),
    ("src/pages.rs", include_str!("pages.rs")),
    ("src/error.rs", include_str!("error.rs")),
    ("src/i18n.rs", include_str!("i18n.rs")),
    ("src/account.rs", include_str!("account.rs")),
    (
        "templates/sign_in.html",
        include_str!("../templates/sign_in.html"),
    ),
    (
        "templates/set_password.html",
        include_str!("../templates/set_password.html"),
    ),
    (
        "templates/office.html",
        include_str!("../templates/office.html"),
    ),
];

/// The application's routes, with every middleware applied.
pub fn router(state: AppState) -> Router {
    let routes = Router::new()
        .route("/", get(pages::root))
        .route("/healthz", get(observe::healthz))
        .route("/readyz", get(observe::readyz))
        .route("/metrics", get(observe::metrics))
        .route("/static/{file}", get(assets::serve))
        .route("/language/{lang}", get(pages::switch_language))
        .route(
            "/account/sign-in",
            get(account::sign_in_form).post(account::sign_in),
        )
        .route("/account/sign-out", post(account::sign_out))
        .route(
            "/account/set-password/{token}",
            get(account::set_password_form).post(account::set_password),
        )
        .route("/office", get(account::office))
        .route("/{lang}/", get(pages::home))
        .route("/{lang}", get(pages::home_without_slash))
        .route("/{lang}/{section}", get(pages::section))
        .fallback(pages::not_found);
    middleware::apply(routes, state.clone()).with_state(state)
}
