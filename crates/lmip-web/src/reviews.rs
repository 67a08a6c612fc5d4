//! The public review form: a worker who used an agency rates it with the proof-of-use code they
//! were given. By POST with the form token; held for moderation; nothing names the worker.

use crate::WebError;
use crate::account::{check_form_token, form_cookie, html, render};
use crate::i18n::{Tr, key};
use crate::pages::{Layout, parse_locale, tr};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, Response, StatusCode};
use lmip_services::ServiceError;
use lmip_services::scorecard::{self, ScorecardError};

/// The five questions, in the order the service takes their stars.
pub(crate) const QUESTIONS: [(&str, &str); 5] = [
    ("stars_fees", key("review-q-fees")),
    ("stars_contract", key("review-q-contract")),
    ("stars_information", key("review-q-information")),
    ("stars_treatment", key("review-q-treatment")),
    ("stars_help", key("review-q-help")),
];

/// What the worker sent, shown back with a refusal.
#[derive(Debug, Default, Clone, serde::Deserialize)]
pub(crate) struct ReviewForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    stars_fees: String,
    #[serde(default)]
    stars_contract: String,
    #[serde(default)]
    stars_information: String,
    #[serde(default)]
    stars_treatment: String,
    #[serde(default)]
    stars_help: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    fee_paid: String,
    #[serde(default)]
    fee_currency: String,
}

impl ReviewForm {
    fn stars(&self) -> [&str; 5] {
        [
            &self.stars_fees,
            &self.stars_contract,
            &self.stars_information,
            &self.stars_treatment,
            &self.stars_help,
        ]
    }
}

/// A question as the form shows it: (field name, words, stars chosen).
type QuestionView = (&'static str, String, String);

#[derive(Template)]
#[template(path = "review.html")]
struct ReviewPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    form: ReviewForm,
    questions: Vec<QuestionView>,
    problem: Option<String>,
    thanks: Option<String>,
}

/// The words of a refusal.
pub(crate) fn scorecard_error_text(t: &Tr<'_>, e: &ScorecardError) -> String {
    match e {
        ScorecardError::InvalidCode => t.plain("review-error-code"),
        ScorecardError::CodeExpired => t.plain("review-error-expired"),
        ScorecardError::CodeUsed => t.plain("review-error-used"),
        ScorecardError::BadStars => t.plain("review-error-stars"),
        ScorecardError::TooLong(n) => {
            t.with_all(key("review-error-long"), &[("max", n.to_string())])
        }
        ScorecardError::PersonalData(_) => t.plain("review-error-personal"),
        ScorecardError::BadFee => t.plain("review-error-fee"),
        ScorecardError::Criteria(lines) => t.with_all(
            key("conduct-error-criteria"),
            &[(
                "lines",
                lines
                    .iter()
                    .map(|(l, _)| l.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            )],
        ),
        ScorecardError::FrameworkName => t.plain("conduct-error-name"),
        ScorecardError::NoSuchFramework => t.plain("conduct-error-framework"),
        ScorecardError::NoSuchAgency(a) => {
            t.with_all(key("conduct-error-agency"), &[("agency", a.clone())])
        }
        ScorecardError::MissingScore(c) => {
            t.with_all(key("conduct-error-score"), &[("code", c.clone())])
        }
        ScorecardError::EvidenceRequired(c) => {
            t.with_all(key("conduct-error-evidence"), &[("code", c.clone())])
        }
        ScorecardError::BadDate => t.plain("conduct-error-date"),
        ScorecardError::NotYourAgency => t.plain("review-error-not-your-agency"),
        ScorecardError::NoSuchReview => t.plain("error-not-found-title"),
        ScorecardError::NoText => t.plain("review-error-text"),
    }
}

async fn review_page(
    state: &AppState,
    lang: &str,
    form: ReviewForm,
    problem: Option<String>,
    thanks: Option<String>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(lang)?;
    let t = tr(state, locale);
    let status = if problem.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let questions = QUESTIONS
        .iter()
        .zip(form.stars())
        .map(|((name, words), chosen)| (*name, t.plain(words), chosen.to_string()))
        .collect();
    let (csrf, set) = form_cookie();
    let page = ReviewPage {
        page: Layout::new(state, locale, "review"),
        csrf,
        questions,
        form,
        problem,
        thanks,
        t,
    };
    Ok(html(status, render(&page)?, &[set]))
}

/// `GET /{lang}/review`
pub(crate) async fn form(
    State(state): State<AppState>,
    Path(lang): Path<String>,
) -> Result<Response<Body>, WebError> {
    review_page(&state, &lang, ReviewForm::default(), None, None).await
}

/// `POST /{lang}/review`
pub(crate) async fn submit(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
    Form(form): Form<ReviewForm>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    check_form_token(&state, &headers, &form.csrf)?;
    let result = scorecard::submit_review(
        state.db(),
        &scorecard::ReviewInput {
            code: &form.code,
            stars: form.stars(),
            body: &form.body,
            fee_paid: &form.fee_paid,
            fee_currency: &form.fee_currency,
            locale: locale.code(),
        },
        &crate::verify::today(),
    )
    .await;
    let t = tr(&state, locale);
    match result {
        Ok(agency) => {
            let thanks = t.with_all(key("review-thanks"), &[("agency", agency)]);
            review_page(&state, &lang, ReviewForm::default(), None, Some(thanks)).await
        }
        Err(ServiceError::Scorecard(e)) => {
            let problem = scorecard_error_text(&t, &e);
            review_page(&state, &lang, form, Some(problem), None).await
        }
        Err(e) => Err(e.into()),
    }
}
