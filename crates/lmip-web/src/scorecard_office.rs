//! The scorecard in the back office, on one page: frameworks (the operator's editors), an
//! organisation's assessments (its reviewers), proof-of-use codes (caseworkers and agencies'
//! representatives), the review moderation queue (the operator's reviewers) and agencies'
//! answers to their reviews. Each section shows only to whom the policy opens its action.

use crate::WebError;
use crate::account::{check_session_form, redirect};
use crate::authorize::{CurrentSession, actor_of};
use crate::i18n::{Tr, key};
use crate::pages::{Layout, preferred_locale, tr};
use crate::reviews::{QUESTIONS, scorecard_error_text};
use crate::state::AppState;
use askama::Template;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Response};
use axum::{Extension, Form};
use lmip_domain::conduct::Criterion;
use lmip_domain::policy::{Action, OrgFilter, Target, can, organisations_for};
use lmip_services::ServiceError;
use lmip_services::auth::Session;
use lmip_services::scorecard;
use lmip_storage::{Framework, ReviewRow};

/// The page's query: which assessor and framework the assessment form is for, and what was done.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct PageQuery {
    assessor: Option<String>,
    framework: Option<String>,
    done: Option<String>,
}

/// A review as a moderator or an agency reads it.
struct ReviewView {
    id: String,
    org: String,
    agency: String,
    stars: Vec<(String, i64)>,
    body: String,
    fee: String,
    created: String,
}

#[derive(Template)]
#[template(path = "scorecard_office.html")]
struct OfficePage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    error: Option<String>,
    done: Option<String>,
    /// A code just issued, shown once.
    code: Option<String>,
    define: bool,
    frameworks: Vec<Framework>,
    /// Organisations the person may assess for: (slug, name); the one chosen; its criteria.
    assessors: Vec<(String, String)>,
    assessor: String,
    framework: String,
    criteria: Vec<Criterion>,
    /// Organisations the person may issue codes for.
    issuers: Vec<(String, String)>,
    /// The moderation queue, when the person moderates.
    pending: Option<Vec<ReviewView>>,
    /// Published reviews the person may answer, with their agency's short name.
    to_answer: Vec<ReviewView>,
}

fn review_view(t: &Tr<'_>, r: &ReviewRow, org: &str) -> ReviewView {
    ReviewView {
        id: r.id.clone(),
        org: org.to_string(),
        agency: r.agency.clone(),
        stars: QUESTIONS
            .iter()
            .zip([
                r.stars_fees,
                r.stars_contract,
                r.stars_information,
                r.stars_treatment,
                r.stars_help,
            ])
            .map(|((_, k), s)| (t.plain(k), s))
            .collect(),
        body: r.body.clone(),
        fee: match (&r.fee_paid, &r.fee_currency) {
            (Some(a), Some(c)) => t.money(&lmip_domain::offers::Money {
                amount: *a,
                currency: c.clone(),
            }),
            _ => String::new(),
        },
        created: r.created_at[..10.min(r.created_at.len())].to_string(),
    }
}

/// The organisations a filter admits, by name: (slug, name). "All" lists the person's own first.
fn admitted(
    orgs: &[lmip_storage::Organisation],
    filter: &OrgFilter,
    session: &Session,
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = orgs
        .iter()
        .filter(|o| filter.admits(&o.slug))
        .map(|o| (o.slug.clone(), o.name.clone()))
        .collect();
    out.sort_by_key(|(slug, _)| !session.roles.iter().any(|(s, _, _)| s == slug));
    out
}

struct Outcome {
    error: Option<String>,
    done: Option<String>,
    code: Option<String>,
}

async fn office_page(
    state: &AppState,
    headers: &HeaderMap,
    session: &Session,
    q: &PageQuery,
    outcome: Outcome,
) -> Result<Response<Body>, WebError> {
    let actor = actor_of(Some(session));
    let locale = preferred_locale(headers);
    let t = tr(state, locale);
    let orgs = state.db().organisations().await?;
    let frameworks = state.db().conduct_frameworks().await?;
    let assessors = admitted(
        &orgs,
        &organisations_for(&actor, Action::RecordAssessments),
        session,
    );
    // Only organisations whose members hold the role themselves, not every organisation the
    // operator's staff could act for.
    let assessors: Vec<(String, String)> = if assessors.len() > 20 {
        assessors
            .into_iter()
            .filter(|(s, _)| session.roles.iter().any(|(o, _, _)| o == s))
            .collect()
    } else {
        assessors
    };
    let assessor = q
        .assessor
        .clone()
        .filter(|a| assessors.iter().any(|(s, _)| s == a))
        .or_else(|| assessors.first().map(|(s, _)| s.clone()))
        .unwrap_or_default();
    let framework = q
        .framework
        .clone()
        .filter(|f| frameworks.iter().any(|x| &x.id == f))
        .or_else(|| frameworks.first().map(|f| f.id.clone()))
        .unwrap_or_default();
    let criteria = if framework.is_empty() || assessor.is_empty() {
        Vec::new()
    } else {
        state.db().conduct_criteria(&framework).await?
    };
    let issuers: Vec<(String, String)> = admitted(
        &orgs,
        &organisations_for(&actor, Action::IssueReviewCodes),
        session,
    );
    let pending = if can(&actor, Action::ModerateReviews, Target::Nothing) {
        Some(
            state
                .db()
                .pending_reviews(100)
                .await?
                .iter()
                .map(|r| review_view(&t, r, ""))
                .collect(),
        )
    } else {
        None
    };
    let answer_for = organisations_for(&actor, Action::AnswerReviews);
    let mut to_answer = Vec::new();
    for o in orgs.iter().filter(|o| match &answer_for {
        OrgFilter::All => false,
        OrgFilter::Only(list) => list.contains(&o.slug),
    }) {
        for r in state.db().reviews_of_org(&o.id, "published", 100).await? {
            if r.answer.is_none() {
                to_answer.push(review_view(&t, &r, &o.slug));
            }
        }
    }
    let refused = outcome.error.is_some();
    let page = OfficePage {
        page: Layout::new(state, locale, ""),
        csrf: session.csrf.clone(),
        error: outcome.error,
        done: outcome.done,
        code: outcome.code,
        define: can(&actor, Action::DefineConductFrameworks, Target::Nothing),
        frameworks,
        assessors,
        assessor,
        framework,
        criteria,
        issuers,
        pending,
        to_answer,
        t,
    };
    crate::account::form_page(&page, refused)
}

/// `GET /office/scorecard`
pub(crate) async fn page(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Query(q): Query<PageQuery>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let t = tr(&state, preferred_locale(&headers));
    let done = q.done.as_deref().map(|d| {
        t.plain(match d {
            "framework" => key("conduct-done-framework"),
            "assessment" => key("conduct-done-assessment"),
            "answer" => key("review-done-answer"),
            _ => key("review-done-moderation"),
        })
    });
    office_page(
        &state,
        &headers,
        &session,
        &q,
        Outcome {
            error: None,
            done,
            code: None,
        },
    )
    .await
}

/// After a refusal: the page again with the reason, in the reader's language.
async fn refused(
    state: &AppState,
    headers: &HeaderMap,
    session: &Session,
    q: &PageQuery,
    e: ServiceError,
) -> Result<Response<Body>, WebError> {
    match e {
        ServiceError::Scorecard(e) => {
            let t = tr(state, preferred_locale(headers));
            let error = Some(scorecard_error_text(&t, &e));
            office_page(
                state,
                headers,
                session,
                q,
                Outcome {
                    error,
                    done: None,
                    code: None,
                },
            )
            .await
        }
        e => Err(e.into()),
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FrameworkForm {
    csrf: String,
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    source: String,
    criteria: String,
}

/// `POST /office/frameworks`
pub(crate) async fn define_framework(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    headers: HeaderMap,
    Form(form): Form<FrameworkForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    match scorecard::define_framework(
        state.db(),
        &format!("user:{}", session.user_id),
        &form.name,
        &form.description,
        &form.source,
        &form.criteria,
    )
    .await
    {
        Ok(id) => Ok(redirect(
            &format!("/office/scorecard?framework={id}&done=framework"),
            &[],
        )),
        Err(e) => refused(&state, &headers, &session, &PageQuery::default(), e).await,
    }
}

/// `POST /office/organisations/{org}/assessments`: fields `framework`, `agency`, `assessed_on`,
/// `summary`, and per criterion `score.CODE` and `evidence.CODE`.
pub(crate) async fn record_assessment(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response<Body>, WebError> {
    let field = |name: &str| crate::account::form_field(&fields, name);
    check_session_form(&state, &headers, &session, field("csrf"))?;
    let scores: Vec<(String, String, String)> = fields
        .iter()
        .filter_map(|(k, v)| {
            let code = k.strip_prefix("score.")?;
            Some((
                code.to_string(),
                v.clone(),
                field(&format!("evidence.{code}")).to_string(),
            ))
        })
        .collect();
    let q = PageQuery {
        assessor: Some(org.clone()),
        framework: Some(field("framework").to_string()),
        done: None,
    };
    match scorecard::record_assessment(
        state.db(),
        &format!("user:{}", session.user_id),
        &org,
        &scorecard::AssessmentInput {
            framework_id: field("framework"),
            agency: field("agency"),
            assessed_on: field("assessed_on"),
            summary: field("summary"),
            scores,
        },
        &crate::verify::today(),
    )
    .await
    {
        Ok(_) => Ok(redirect("/office/scorecard?done=assessment", &[])),
        Err(e) => refused(&state, &headers, &session, &q, e).await,
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CodeForm {
    csrf: String,
    agency: String,
}

/// `POST /office/organisations/{org}/review-codes`: the code is shown once, on the answer.
pub(crate) async fn issue_code(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    let today = time::OffsetDateTime::now_utc().date();
    match scorecard::issue_review_code(
        state.db(),
        &format!("user:{}", session.user_id),
        &org,
        &form.agency,
        today,
    )
    .await
    {
        Ok(code) => {
            office_page(
                &state,
                &headers,
                &session,
                &PageQuery::default(),
                Outcome {
                    error: None,
                    done: None,
                    code: Some(code),
                },
            )
            .await
        }
        Err(e) => refused(&state, &headers, &session, &PageQuery::default(), e).await,
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ModerationForm {
    csrf: String,
    decision: String,
    #[serde(default)]
    note: String,
}

/// `POST /office/reviews/{id}/moderation`
pub(crate) async fn moderate(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Form(form): Form<ModerationForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    let publish = match form.decision.as_str() {
        "publish" => true,
        "reject" => false,
        _ => return Err(WebError::Unprocessable),
    };
    match scorecard::moderate_review(
        state.db(),
        &format!("user:{}", session.user_id),
        &id,
        publish,
        &form.note,
    )
    .await
    {
        Ok(()) => Ok(redirect("/office/scorecard?done=moderation", &[])),
        Err(ServiceError::Scorecard(scorecard::ScorecardError::NoSuchReview)) => {
            Err(WebError::NotFound)
        }
        Err(e) => refused(&state, &headers, &session, &PageQuery::default(), e).await,
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AnswerForm {
    csrf: String,
    answer: String,
}

/// `POST /office/organisations/{org}/reviews/{id}/answer`
pub(crate) async fn answer(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, id)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<AnswerForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    match scorecard::answer_review(
        state.db(),
        &format!("user:{}", session.user_id),
        &org,
        &id,
        &form.answer,
    )
    .await
    {
        Ok(()) => Ok(redirect("/office/scorecard?done=answer", &[])),
        Err(ServiceError::Scorecard(scorecard::ScorecardError::NoSuchReview)) => {
            Err(WebError::NotFound)
        }
        Err(e) => refused(&state, &headers, &session, &PageQuery::default(), e).await,
    }
}
