//! The HTTP layer of lmip: public pages, health and metrics, security headers, and the cache of
//! pre-compressed public pages.
//!
//! Handlers are thin: they extract the request's parts, call a service, and render a template.
//! Public pages are rendered once per (path, locale, data version) and served from a bounded cache
//! of their compressed bytes (see [`cache`]); the data version follows the storage change log.
#![forbid(unsafe_code)]

mod account;
pub mod api;
mod assets;
pub mod authorize;
pub mod cache;
mod cases_office;
mod chart;
mod client;
mod complaints;
mod content;
mod content_office;
mod corridors;
mod directory;
mod error;
mod i18n;
mod knowledge;
mod licences;
mod mail;
mod middleware;
mod observe;
mod offers;
mod office;
mod open_data;
mod opportunities_office;
mod pages;
mod qr;
mod ranges;
mod reviews;
mod scorecard_office;
mod sdmx;
mod search;
mod security;
mod sms;
mod state;
mod statistics;
mod submissions;
mod verify;

pub use error::WebError;
pub use state::{AppState, QUICK_EXIT_URL, Secret, SmsOutbound, WebConfig};

use axum::Router;
use axum::routing::{MethodRouter, get, post};

/// Template and handler sources, for `lmip check i18n` (keys used must exist in English).
pub const I18N_SOURCES: &[(&str, &str)] = &[
    ("src/sms.rs", include_str!("sms.rs")),
    (
        "templates/base.html",
        include_str!("../templates/base.html"),
    ),
    (
        "templates/home.html",
        include_str!("../templates/home.html"),
    ),
    (
        "templates/complaint.html",
        include_str!("../templates/complaint.html"),
    ),
    (
        "templates/complaint_filed.html",
        include_str!("../templates/complaint_filed.html"),
    ),
    (
        "templates/case_status.html",
        include_str!("../templates/case_status.html"),
    ),
    (
        "templates/cases_inbox.html",
        include_str!("../templates/cases_inbox.html"),
    ),
    (
        "templates/cases_backlog.html",
        include_str!("../templates/cases_backlog.html"),
    ),
    (
        "templates/case.html",
        include_str!("../templates/case.html"),
    ),
    ("src/complaints.rs", include_str!("complaints.rs")),
    ("src/cases_office.rs", include_str!("cases_office.rs")),
    (
        "templates/section.html",
        include_str!("../templates/section.html"),
    ),
    (
        "templates/corridor.html",
        include_str!("../templates/corridor.html"),
    ),
    (
        "templates/corridors.html",
        include_str!("../templates/corridors.html"),
    ),
    (
        "templates/corridor_missing.html",
        include_str!("../templates/corridor_missing.html"),
    ),
    (
        "templates/steps.html",
        include_str!("../templates/steps.html"),
    ),
    (
        "templates/guarantees.html",
        include_str!("../templates/guarantees.html"),
    ),
    ("src/knowledge.rs", include_str!("knowledge.rs")),
    ("src/search.rs", include_str!("search.rs")),
    (
        "templates/search.html",
        include_str!("../templates/search.html"),
    ),
    ("src/corridors.rs", include_str!("corridors.rs")),
    (
        "templates/error.html",
        include_str!("../templates/error.html"),
    ),
    ("src/pages.rs", include_str!("pages.rs")),
    ("src/submissions.rs", include_str!("submissions.rs")),
    ("src/statistics.rs", include_str!("statistics.rs")),
    ("src/verify.rs", include_str!("verify.rs")),
    ("src/licences.rs", include_str!("licences.rs")),
    ("src/offers.rs", include_str!("offers.rs")),
    ("src/reviews.rs", include_str!("reviews.rs")),
    ("src/directory.rs", include_str!("directory.rs")),
    ("src/content.rs", include_str!("content.rs")),
    ("src/content_office.rs", include_str!("content_office.rs")),
    (
        "templates/content_office.html",
        include_str!("../templates/content_office.html"),
    ),
    (
        "templates/content_entry.html",
        include_str!("../templates/content_entry.html"),
    ),
    (
        "templates/content.html",
        include_str!("../templates/content.html"),
    ),
    (
        "templates/help.html",
        include_str!("../templates/help.html"),
    ),
    (
        "templates/directory_edit.html",
        include_str!("../templates/directory_edit.html"),
    ),
    (
        "templates/directory_office.html",
        include_str!("../templates/directory_office.html"),
    ),
    (
        "templates/entry.html",
        include_str!("../templates/entry.html"),
    ),
    (
        "templates/entry_body.html",
        include_str!("../templates/entry_body.html"),
    ),
    (
        "src/scorecard_office.rs",
        include_str!("scorecard_office.rs"),
    ),
    (
        "templates/review.html",
        include_str!("../templates/review.html"),
    ),
    (
        "templates/scorecard_office.html",
        include_str!("../templates/scorecard_office.html"),
    ),
    (
        "src/opportunities_office.rs",
        include_str!("opportunities_office.rs"),
    ),
    (
        "templates/check_offer.html",
        include_str!("../templates/check_offer.html"),
    ),
    (
        "templates/jobs.html",
        include_str!("../templates/jobs.html"),
    ),
    ("templates/job.html", include_str!("../templates/job.html")),
    (
        "templates/opportunities.html",
        include_str!("../templates/opportunities.html"),
    ),
    (
        "templates/rules.html",
        include_str!("../templates/rules.html"),
    ),
    (
        "templates/licences.html",
        include_str!("../templates/licences.html"),
    ),
    (
        "templates/licence_import.html",
        include_str!("../templates/licence_import.html"),
    ),
    (
        "templates/verify.html",
        include_str!("../templates/verify.html"),
    ),
    (
        "templates/agency.html",
        include_str!("../templates/agency.html"),
    ),
    (
        "templates/statistics.html",
        include_str!("../templates/statistics.html"),
    ),
    (
        "templates/country.html",
        include_str!("../templates/country.html"),
    ),
    (
        "templates/profile_parts.html",
        include_str!("../templates/profile_parts.html"),
    ),
    // The questionnaire's texts are chosen below the web layer.
    (
        "../lmip-services/src/submissions.rs",
        include_str!("../../lmip-services/src/submissions.rs"),
    ),
    (
        "templates/submissions.html",
        include_str!("../templates/submissions.html"),
    ),
    (
        "templates/submission.html",
        include_str!("../templates/submission.html"),
    ),
    ("src/error.rs", include_str!("error.rs")),
    ("src/i18n.rs", include_str!("i18n.rs")),
    ("src/account.rs", include_str!("account.rs")),
    ("src/authorize.rs", include_str!("authorize.rs")),
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
    (
        "templates/sessions.html",
        include_str!("../templates/sessions.html"),
    ),
    (
        "templates/audit.html",
        include_str!("../templates/audit.html"),
    ),
    ("src/security.rs", include_str!("security.rs")),
    ("src/office.rs", include_str!("office.rs")),
    ("src/mail.rs", include_str!("mail.rs")),
    (
        "templates/forgot_password.html",
        include_str!("../templates/forgot_password.html"),
    ),
    (
        "templates/sign_in_code.html",
        include_str!("../templates/sign_in_code.html"),
    ),
    (
        "templates/confirm.html",
        include_str!("../templates/confirm.html"),
    ),
    (
        "templates/two_factor.html",
        include_str!("../templates/two_factor.html"),
    ),
    (
        "templates/organisations.html",
        include_str!("../templates/organisations.html"),
    ),
    (
        "templates/organisation.html",
        include_str!("../templates/organisation.html"),
    ),
];

/// The application's routes with their methods, before state and layers are applied, so that the
/// policy check and its matrix test see every route.
pub struct Routes {
    entries: Vec<(
        &'static str,
        &'static [&'static str],
        MethodRouter<AppState>,
    )>,
}

impl Routes {
    fn add(
        mut self,
        path: &'static str,
        methods: &'static [&'static str],
        handler: MethodRouter<AppState>,
    ) -> Routes {
        self.entries.push((path, methods, handler));
        self
    }

    /// Every registered (method, path).
    pub fn registered(&self) -> Vec<(&'static str, &'static str)> {
        self.entries
            .iter()
            .flat_map(|(p, ms, _)| ms.iter().map(move |m| (*m, *p)))
            .collect()
    }

    /// Registered routes that have no entry in [`authorize::ROUTES`].
    pub fn unlisted(&self) -> Vec<(&'static str, &'static str)> {
        self.registered()
            .into_iter()
            .filter(|(m, p)| {
                authorize::ROUTES
                    .iter()
                    .all(|r| r.method != *m || r.path != *p)
            })
            .collect()
    }

    /// Adds a route, for the test that proves an unlisted route is caught.
    #[doc(hidden)]
    pub fn with_extra_route(self, path: &'static str) -> Routes {
        self.add(path, &["GET"], get(pages::not_found))
    }
}

/// The application's routes (handlers only, no state yet).
pub fn routes() -> Routes {
    Routes {
        entries: Vec::new(),
    }
    .add("/", &["GET"], get(pages::root))
    .add("/healthz", &["GET"], get(observe::healthz))
    .add("/readyz", &["GET"], get(observe::readyz))
    .add("/metrics", &["GET"], get(observe::metrics))
    .add("/static/{file}", &["GET"], get(assets::serve))
    .add("/language/{lang}", &["GET"], get(pages::switch_language))
    .add(
        "/account/sign-in",
        &["GET", "POST"],
        get(account::sign_in_form).post(account::sign_in),
    )
    .add("/account/sign-out", &["POST"], post(account::sign_out))
    .add(
        "/account/set-password/{token}",
        &["GET", "POST"],
        get(account::set_password_form).post(account::set_password),
    )
    .add("/office", &["GET"], get(account::office))
    .add("/account/sessions", &["GET"], get(account::sessions))
    .add("/office/audit", &["GET"], get(account::audit))
    .add(
        "/account/sessions/sign-out-everywhere",
        &["POST"],
        post(account::sign_out_everywhere),
    )
    .add(
        "/account/forgot-password",
        &["GET", "POST"],
        get(security::forgot_form).post(security::forgot),
    )
    .add(
        "/account/sign-in/code",
        &["POST"],
        post(security::sign_in_code),
    )
    .add(
        "/account/confirm",
        &["GET", "POST"],
        get(security::confirm_form).post(security::confirm),
    )
    .add(
        "/account/two-factor",
        &["GET", "POST"],
        get(security::two_factor).post(security::two_factor_on),
    )
    .add(
        "/account/two-factor/off",
        &["POST"],
        post(security::two_factor_off),
    )
    .add(
        "/office/organisations",
        &["GET", "POST"],
        get(office::organisations).post(office::create_organisation),
    )
    .add(
        "/office/organisations/{org}",
        &["GET"],
        get(office::organisation),
    )
    .add(
        "/office/organisations/{org}/invitations",
        &["POST"],
        post(office::invite),
    )
    .add(
        "/office/organisations/{org}/roles",
        &["POST"],
        post(office::change_role),
    )
    .add(
        "/office/organisations/{org}/second-factor",
        &["POST"],
        post(office::second_factor_rule),
    )
    .add(
        "/office/organisations/{org}/api-tokens",
        &["POST"],
        post(office::create_token),
    )
    .add(
        "/office/organisations/{org}/api-tokens/{id}/revoke",
        &["POST"],
        post(office::revoke_token),
    )
    .add("/office/statistics", &["GET"], get(submissions::list))
    .add("/office/licences", &["GET"], get(licences::list))
    .add(
        "/office/organisations/{org}/licences",
        &["POST"],
        post(licences::upload),
    )
    .add(
        "/office/organisations/{org}/licences/{id}",
        &["GET"],
        get(licences::detail),
    )
    .add(
        "/office/organisations/{org}/licences/{id}/apply",
        &["POST"],
        post(licences::apply),
    )
    .add(
        "/office/organisations/{org}/licences/{id}/discard",
        &["POST"],
        post(licences::discard),
    )
    .add(
        "/office/organisations/{org}/sanctions",
        &["POST"],
        post(licences::sanction),
    )
    .add(
        "/office/opportunities",
        &["GET"],
        get(opportunities_office::list),
    )
    .add(
        "/office/organisations/{org}/opportunities",
        &["POST"],
        post(opportunities_office::add),
    )
    .add(
        "/office/organisations/{org}/opportunities/{id}/decision",
        &["POST"],
        post(opportunities_office::decide),
    )
    .add(
        "/office/rules",
        &["GET", "POST"],
        get(opportunities_office::rules).post(opportunities_office::add_rule),
    )
    .add("/office/scorecard", &["GET"], get(scorecard_office::page))
    .add(
        "/office/frameworks",
        &["POST"],
        post(scorecard_office::define_framework),
    )
    .add(
        "/office/organisations/{org}/assessments",
        &["POST"],
        post(scorecard_office::record_assessment),
    )
    .add(
        "/office/organisations/{org}/review-codes",
        &["POST"],
        post(scorecard_office::issue_code),
    )
    .add(
        "/office/reviews/{id}/moderation",
        &["POST"],
        post(scorecard_office::moderate),
    )
    .add(
        "/office/organisations/{org}/reviews/{id}/answer",
        &["POST"],
        post(scorecard_office::answer),
    )
    .add("/office/directory", &["GET"], get(directory::office_list))
    .add(
        "/office/organisations/{org}/directory",
        &["GET", "POST"],
        get(directory::edit_form).post(directory::save),
    )
    .add("/office/content", &["GET"], get(content_office::queue))
    .add(
        "/office/organisations/{org}/content",
        &["POST"],
        post(content_office::create),
    )
    .add(
        "/office/organisations/{org}/content/{slug}",
        &["GET"],
        get(content_office::entry),
    )
    .add(
        "/office/organisations/{org}/content/{slug}/audio",
        &["POST"],
        post(content_office::attach_audio),
    )
    .add(
        "/office/organisations/{org}/content/{slug}/audio/remove",
        &["POST"],
        post(content_office::remove_audio),
    )
    .add(
        "/{lang}/content/{slug}/audio/{locale}",
        &["GET"],
        get(content::audio),
    )
    .add(
        "/office/organisations/{org}/content/{slug}/text",
        &["POST"],
        post(content_office::save_text),
    )
    .add(
        "/office/organisations/{org}/content/{slug}/details",
        &["POST"],
        post(content_office::save_details),
    )
    .add(
        "/office/organisations/{org}/content/{slug}/structure",
        &["POST"],
        post(content_office::save_structure),
    )
    .add(
        "/office/organisations/{org}/content/{slug}/step",
        &["POST"],
        post(content_office::step),
    )
    .add(
        "/office/organisations/{org}/content/{slug}/decision",
        &["POST"],
        post(content_office::decision),
    )
    .add("/{lang}/help", &["GET"], get(directory::help))
    .add("/{lang}/content/{slug}", &["GET"], get(content::page))
    .add("/{lang}/corridors", &["GET"], get(corridors::index))
    .add("/{lang}/search", &["GET"], get(search::page))
    .add("/{lang}/corridors/{pair}", &["GET"], get(corridors::page))
    .add("/{lang}/feed.atom", &["GET"], get(content::feed))
    .add("/{lang}/help/{slug}", &["GET"], get(directory::entry))
    .add(
        "/{lang}/review",
        &["GET", "POST"],
        get(reviews::form).post(reviews::submit),
    )
    .add(
        "/{lang}/check-offer",
        &["GET", "POST"],
        get(offers::check_offer_form).post(offers::check_offer),
    )
    .add("/{lang}/jobs", &["GET"], get(offers::jobs))
    .add("/{lang}/jobs/{id}", &["GET"], get(offers::job))
    .add(
        "/office/organisations/{org}/submissions",
        &["POST"],
        post(submissions::upload),
    )
    .add(
        "/office/organisations/{org}/submissions/template",
        &["GET"],
        get(submissions::template),
    )
    .add(
        "/office/organisations/{org}/submissions/{id}",
        &["GET"],
        get(submissions::detail),
    )
    .add(
        "/office/organisations/{org}/submissions/{id}/approve",
        &["POST"],
        post(submissions::approve),
    )
    .add(
        "/office/organisations/{org}/submissions/{id}/reject",
        &["POST"],
        post(submissions::reject),
    )
    .add("/api/v1/whoami", &["GET"], get(api::whoami))
    .add("/api/v1/openapi.json", &["GET"], get(api::openapi))
    .add("/sdmx/2.1/{*rest}", &["GET"], get(sdmx::sdmx21))
    .add("/{lang}/statistics", &["GET"], get(statistics::explorer))
    .add("/{lang}/verify", &["GET"], get(verify::verify_page))
    .add(
        "/{lang}/agencies/{slug}",
        &["GET"],
        get(verify::agency_page),
    )
    .add("/api/v1/agencies/verify", &["GET"], get(verify::verify_api))
    .add(
        "/api/v1/opportunities",
        &["GET"],
        get(open_data::list_opportunities),
    )
    .add(
        "/api/v1/directory",
        &["GET"],
        get(open_data::list_directory),
    )
    .add(
        "/{lang}/statistics/country/{code}",
        &["GET"],
        get(statistics::country),
    )
    .add("/exit", &["GET"], get(complaints::quick_exit))
    .add("/robots.txt", &["GET"], get(pages::robots))
    .add("/sw.js", &["GET"], get(assets::service_worker))
    .add("/channels/sms", &["POST"], post(sms::inbound))
    .add(
        "/{lang}/complaints/new",
        &["GET", "POST"],
        get(complaints::form).post(complaints::submit),
    )
    .add(
        "/{lang}/case-status",
        &["GET", "POST"],
        get(complaints::status_form).post(complaints::status_lookup),
    )
    .add(
        "/office/organisations/{org}/cases",
        &["GET"],
        get(cases_office::inbox),
    )
    .add(
        "/office/organisations/{org}/cases/backlog",
        &["GET"],
        get(cases_office::backlog),
    )
    .add(
        "/office/organisations/{org}/cases/find",
        &["POST"],
        post(cases_office::find),
    )
    .add(
        "/office/organisations/{org}/cases/new",
        &["GET", "POST"],
        get(cases_office::new_form).post(cases_office::new_submit),
    )
    .add(
        "/office/organisations/{org}/cases/{id}",
        &["GET"],
        get(cases_office::case),
    )
    .add(
        "/office/organisations/{org}/cases/{id}/triage",
        &["POST"],
        post(cases_office::triage),
    )
    .add(
        "/office/organisations/{org}/cases/{id}/status",
        &["POST"],
        post(cases_office::set_status),
    )
    .add(
        "/office/organisations/{org}/cases/{id}/notes",
        &["POST"],
        post(cases_office::add_note),
    )
    .add(
        "/office/organisations/{org}/cases/{id}/referrals",
        &["POST"],
        post(cases_office::refer),
    )
    .add(
        "/office/organisations/{org}/referrals/{id}",
        &["POST"],
        post(cases_office::decide),
    )
    .add("/{lang}/", &["GET"], get(pages::home))
    .add("/{lang}", &["GET"], get(pages::home_without_slash))
    .add("/{lang}/{section}", &["GET"], get(pages::section))
}

/// The application: routes, the authorization check on each, every middleware, and the state.
pub fn router(state: AppState) -> Router {
    router_from(routes(), state)
}

/// [`router`] over a given set of routes (tests add one without a policy entry).
///
/// Whether a route needs the per-request policy check is decided here, once: a route whose every
/// method the policy opens to anonymous readers gets no check at all (public pages are the hot
/// path, and the table cannot change at run time); every other route, and any route missing from
/// the table, is wrapped by [`authorize::authorize`], which fails closed.
pub fn router_from(routes: Routes, state: AppState) -> Router {
    let mut app = Router::new();
    for (path, methods, handler) in routes.entries {
        let open_to_all = methods.iter().all(|m| {
            authorize::lookup_str(m, path).is_some_and(|r| {
                lmip_domain::policy::can(
                    &lmip_domain::policy::Actor::anonymous(),
                    r.action,
                    r.target.resolve(None),
                )
            })
        });
        let handler = if open_to_all {
            handler
        } else {
            handler.route_layer(axum::middleware::from_fn_with_state(
                state.clone(),
                authorize::authorize,
            ))
        };
        app = app.route(path, middleware::limit_route(path, handler));
    }
    let app = app.fallback(pages::not_found);
    middleware::apply(app, state.clone()).with_state(state)
}
