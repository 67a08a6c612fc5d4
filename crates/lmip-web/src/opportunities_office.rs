//! Opportunities and corridor rules in the back office: an organisation's editors enter its
//! programmes and job orders, its reviewers verify them, and the operator's editors keep the rules
//! (who pays, fee caps, minimum wages) that offers are checked against.

use crate::WebError;
use crate::account::{check_session_form, redirect};
use crate::authorize::{CurrentSession, actor_of};
use crate::i18n::{Tr, key};
use crate::offers::{offer_error_text, period_choices, wage_words};
use crate::pages::{Layout, preferred_locale, tr};
use crate::state::AppState;
use askama::Template;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Response};
use axum::{Extension, Form};
use lmip_domain::offers::{Money, PayPeriod, Wage};
use lmip_domain::policy::{Action, organisations_for};
use lmip_services::ServiceError;
use lmip_services::opportunities::{self, OpportunityInput, RuleInput};
use lmip_storage::{CorridorRule, Opportunity, OpportunityFilter};

/// An opportunity as the back office lists it.
struct Row {
    org: String,
    id: String,
    title: String,
    destination: String,
    wage: String,
    valid_to: String,
    status: String,
    verified: String,
    can_decide: bool,
}

#[derive(Template)]
#[template(path = "opportunities.html")]
struct ListPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    /// Organisations the person may enter opportunities for: (slug, name).
    publish_for: Vec<(String, String)>,
    periods: Vec<(&'static str, String)>,
    rows: Vec<Row>,
    error: Option<String>,
    done: Option<String>,
    form: AddForm,
}

fn status_key(s: &str) -> &'static str {
    match s {
        "verified" => key("opps-status-verified"),
        "rejected" => key("opps-status-rejected"),
        _ => key("opps-status-unverified"),
    }
}

fn row(t: &Tr<'_>, o: &Opportunity, slug: &str, can_decide: bool) -> Row {
    Row {
        org: slug.to_string(),
        id: o.id.clone(),
        title: o.title.clone(),
        destination: o.destination.clone(),
        wage: wage_words(
            t,
            &Wage {
                money: Money {
                    amount: o.wage,
                    currency: o.wage_currency.clone(),
                },
                period: o.wage_period.parse().unwrap_or(PayPeriod::Month),
            },
        ),
        valid_to: o.valid_to.clone(),
        status: t.plain(status_key(&o.status)),
        verified: match (&o.verified_by, &o.verified_on) {
            (Some(by), Some(on)) => format!("{by} · {on} · {}", o.verification_note),
            _ => String::new(),
        },
        can_decide: can_decide && o.status == "unverified",
    }
}

async fn list_page(
    state: &AppState,
    headers: &HeaderMap,
    session: &lmip_services::auth::Session,
    error: Option<String>,
    done: Option<String>,
    form: AddForm,
) -> Result<Response<Body>, WebError> {
    let actor = actor_of(Some(session));
    let publish = organisations_for(&actor, Action::PublishOpportunities);
    let verify = organisations_for(&actor, Action::VerifyOpportunities);
    let organisations = state.db().organisations().await?;
    let locale = preferred_locale(headers);
    let t = tr(state, locale);
    let mut rows = Vec::new();
    for o in &organisations {
        let (may_publish, may_verify) = (publish.admits(&o.slug), verify.admits(&o.slug));
        if !may_publish && !may_verify {
            continue;
        }
        let list = state
            .db()
            .opportunities(&OpportunityFilter {
                org_id: Some(o.id.clone()),
                limit: 200,
                ..Default::default()
            })
            .await?;
        rows.extend(list.iter().map(|x| row(&t, x, &o.slug, may_verify)));
    }
    let publish_for = organisations
        .into_iter()
        .filter(|o| publish.admits(&o.slug))
        .map(|o| (o.slug, o.name))
        .collect();
    let refused = error.is_some();
    let page = ListPage {
        periods: period_choices(&t),
        t,
        page: Layout::new(state, locale, ""),
        csrf: session.csrf.clone(),
        publish_for,
        rows,
        error,
        done,
        form,
    };
    crate::account::form_page(&page, refused)
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct DoneQuery {
    done: Option<String>,
}

/// `GET /office/opportunities`
pub(crate) async fn list(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Query(q): Query<DoneQuery>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let t = tr(&state, preferred_locale(&headers));
    let done = match q.done.as_deref() {
        Some("added") => Some(t.plain("opps-added")),
        Some("decided") => Some(t.plain("opps-decided")),
        _ => None,
    };
    list_page(&state, &headers, &session, None, done, AddForm::default()).await
}

/// The form to enter an opportunity (kept to show again with a refusal).
#[derive(serde::Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct AddForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    origin: String,
    #[serde(default)]
    destination: String,
    #[serde(default)]
    employer: String,
    #[serde(default)]
    occupation: String,
    #[serde(default)]
    sector: String,
    #[serde(default)]
    places: String,
    #[serde(default)]
    wage: String,
    #[serde(default)]
    wage_currency: String,
    #[serde(default)]
    wage_period: String,
    #[serde(default)]
    hours_per_week: String,
    #[serde(default)]
    rest_days_per_week: String,
    #[serde(default)]
    worker_fee: String,
    #[serde(default)]
    fee_currency: String,
    #[serde(default)]
    licence: String,
    #[serde(default)]
    valid_from: String,
    #[serde(default)]
    valid_to: String,
    #[serde(default)]
    source: String,
}

/// `POST /office/organisations/{org}/opportunities`
pub(crate) async fn add(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    headers: HeaderMap,
    Form(form): Form<AddForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    let result = opportunities::add_opportunity(
        state.db(),
        &format!("user:{}", session.user_id),
        &org,
        &OpportunityInput {
            kind: &form.kind,
            title: &form.title,
            origin: &form.origin,
            destination: &form.destination,
            employer: &form.employer,
            occupation: &form.occupation,
            sector: &form.sector,
            places: &form.places,
            wage: &form.wage,
            wage_currency: &form.wage_currency,
            wage_period: &form.wage_period,
            hours_per_week: &form.hours_per_week,
            rest_days_per_week: &form.rest_days_per_week,
            worker_fee: &form.worker_fee,
            fee_currency: &form.fee_currency,
            licence: &form.licence,
            valid_from: &form.valid_from,
            valid_to: &form.valid_to,
            source: &form.source,
        },
        false,
    )
    .await;
    match result {
        Ok(_) => Ok(redirect("/office/opportunities?done=added", &[])),
        Err(ServiceError::Offer(e)) => {
            let t = tr(&state, preferred_locale(&headers));
            let error = offer_error_text(&t, &e);
            list_page(&state, &headers, &session, Some(error), None, form).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DecisionForm {
    csrf: String,
    decision: String,
    #[serde(default)]
    note: String,
}

/// `POST /office/organisations/{org}/opportunities/{id}/decision`: verify or reject.
pub(crate) async fn decide(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, id)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<DecisionForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    let verified = match form.decision.as_str() {
        "verify" => true,
        "reject" => false,
        _ => return Err(WebError::Unprocessable),
    };
    let result = opportunities::decide_opportunity(
        state.db(),
        &format!("user:{}", session.user_id),
        &org,
        &id,
        verified,
        &form.note,
        &crate::verify::today(),
    )
    .await;
    match result {
        Ok(()) => Ok(redirect("/office/opportunities?done=decided", &[])),
        Err(ServiceError::Offer(opportunities::OfferError::NoSuchOpportunity)) => {
            Err(WebError::NotFound)
        }
        Err(ServiceError::Offer(e)) => {
            let t = tr(&state, preferred_locale(&headers));
            let error = offer_error_text(&t, &e);
            list_page(
                &state,
                &headers,
                &session,
                Some(error),
                None,
                AddForm::default(),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// A rule as listed.
struct RuleRow {
    corridor: String,
    period: String,
    fee: String,
    minimum: String,
    source: String,
}

#[derive(Template)]
#[template(path = "rules.html")]
struct RulesPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    rules: Vec<RuleRow>,
    periods: Vec<(&'static str, String)>,
    error: Option<String>,
    done: Option<String>,
    form: RuleForm,
}

fn rule_row(t: &Tr<'_>, r: &CorridorRule) -> RuleRow {
    RuleRow {
        corridor: format!("{} → {}", r.origin, r.destination),
        period: format!(
            "{} – {}",
            r.valid_from,
            r.valid_to.clone().unwrap_or_default()
        ),
        fee: match (r.fee_rule.as_str(), r.fee_cap, &r.fee_currency) {
            ("employer", _, _) => t.plain("rules-employer"),
            (_, Some(cap), Some(c)) => t.money(&Money {
                amount: cap,
                currency: c.clone(),
            }),
            _ => "—".into(),
        },
        minimum: match (r.min_wage, &r.min_wage_currency, &r.min_wage_period) {
            (Some(a), Some(c), Some(p)) => wage_words(
                t,
                &Wage {
                    money: Money {
                        amount: a,
                        currency: c.clone(),
                    },
                    period: p.parse().unwrap_or(PayPeriod::Month),
                },
            ),
            _ => "—".into(),
        },
        source: r.source.clone(),
    }
}

async fn rules_page(
    state: &AppState,
    headers: &HeaderMap,
    session: &lmip_services::auth::Session,
    error: Option<String>,
    done: Option<String>,
    form: RuleForm,
) -> Result<Response<Body>, WebError> {
    let locale = preferred_locale(headers);
    let t = tr(state, locale);
    let rules = state.db().corridor_rules().await?;
    let refused = error.is_some();
    let page = RulesPage {
        rules: rules.iter().map(|r| rule_row(&t, r)).collect(),
        periods: period_choices(&t),
        t,
        page: Layout::new(state, locale, ""),
        csrf: session.csrf.clone(),
        error,
        done,
        form,
    };
    crate::account::form_page(&page, refused)
}

/// `GET /office/rules`
pub(crate) async fn rules(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Query(q): Query<DoneQuery>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let t = tr(&state, preferred_locale(&headers));
    let done = (q.done.as_deref() == Some("added")).then(|| t.plain("rules-added"));
    rules_page(&state, &headers, &session, None, done, RuleForm::default()).await
}

/// The form to add a rule (kept to show again with a refusal).
#[derive(serde::Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RuleForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    origin: String,
    #[serde(default)]
    destination: String,
    #[serde(default)]
    valid_from: String,
    #[serde(default)]
    valid_to: String,
    #[serde(default)]
    fee_rule: String,
    #[serde(default)]
    fee_cap: String,
    #[serde(default)]
    fee_currency: String,
    #[serde(default)]
    min_wage: String,
    #[serde(default)]
    min_wage_currency: String,
    #[serde(default)]
    min_wage_period: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    source_url: String,
    #[serde(default)]
    note: String,
}

/// `POST /office/rules`
pub(crate) async fn add_rule(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    headers: HeaderMap,
    Form(form): Form<RuleForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    let result = opportunities::add_rule(
        state.db(),
        &format!("user:{}", session.user_id),
        &RuleInput {
            origin: &form.origin,
            destination: &form.destination,
            valid_from: &form.valid_from,
            valid_to: &form.valid_to,
            fee_rule: &form.fee_rule,
            fee_cap: &form.fee_cap,
            fee_currency: &form.fee_currency,
            min_wage: &form.min_wage,
            min_wage_currency: &form.min_wage_currency,
            min_wage_period: &form.min_wage_period,
            source: &form.source,
            source_url: &form.source_url,
            note: &form.note,
        },
    )
    .await;
    match result {
        Ok(_) => Ok(redirect("/office/rules?done=added", &[])),
        Err(ServiceError::Offer(e)) => {
            let t = tr(&state, preferred_locale(&headers));
            let error = offer_error_text(&t, &e);
            rules_page(&state, &headers, &session, Some(error), None, form).await
        }
        Err(e) => Err(e.into()),
    }
}
