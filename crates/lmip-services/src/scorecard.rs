//! The agency scorecard's own parts: code-of-conduct frameworks and assessments (graded by the
//! formula in `lmip_domain::conduct`), and workers' reviews, which need a proof-of-use code, wait
//! for a moderator, and are shown only once an agency has enough of them.

use crate::ServiceError;
use lmip_domain::DomainError;
use lmip_domain::conduct::{self, MAX_SCORE};
use lmip_domain::directory::licence_key;
use lmip_domain::people::OrgKind;
use lmip_domain::reviews::{self, MIN_REVIEWS_SHOWN, PersonalData};
use lmip_storage::{
    AssessmentRow, Db, NewAssessment, NewReview, Organisation, ReviewRow, ScoreRow,
};
use sha2::{Digest, Sha256};

/// Why a framework, an assessment, a code or a review was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScorecardError {
    /// The framework's criteria have problems, by line.
    #[error("the criteria cannot be read: {}", .0.iter().map(|(l, e)| format!("line {l}: {e}")).collect::<Vec<_>>().join("; "))]
    Criteria(Vec<(usize, DomainError)>),
    /// A framework without a name, or with a name already used.
    #[error("give the framework a name no other framework has")]
    FrameworkName,
    /// No framework by that id.
    #[error("no such framework")]
    NoSuchFramework,
    /// No recruitment agency by that licence number or short name.
    #[error("no recruitment agency with the licence number or short name '{0}'")]
    NoSuchAgency(String),
    /// A criterion without a score from 0 to 4.
    #[error("criterion {0}: give a score from 0 to 4")]
    MissingScore(String),
    /// A score above 0 without the evidence the criterion requires.
    #[error("criterion {0}: record the evidence it requires (or score it 0)")]
    EvidenceRequired(String),
    /// The assessment's date is not a date, or in the future.
    #[error("the assessment's date is not a date, or is in the future")]
    BadDate,
    /// An agency may issue codes for itself only.
    #[error("an agency may issue codes for its own workers only")]
    NotYourAgency,
    /// A code that is not one lmip issued.
    #[error("this code is not valid: check it, or ask whoever gave it to you")]
    InvalidCode,
    /// A code past its end date.
    #[error("this code has expired")]
    CodeExpired,
    /// A code already used for a review.
    #[error("this code was already used for a review")]
    CodeUsed,
    /// A star rating that is not 1 to 5.
    #[error("give every question 1 to 5 stars")]
    BadStars,
    /// A review that is too long.
    #[error("the review is too long (at most {0} characters)")]
    TooLong(usize),
    /// Personal data in a review's text.
    #[error("remove the {} from the text: reviews must not identify anyone", .0.as_str())]
    PersonalData(PersonalData),
    /// The fee paid: not an amount, or an unknown currency.
    #[error("the fee paid: write an amount and a currency code such as THB")]
    BadFee,
    /// No review by that id (for that agency), or not in a state that allows this.
    #[error("no such review")]
    NoSuchReview,
    /// A moderation or answer without text.
    #[error("write the text")]
    NoText,
}

impl From<ScorecardError> for ServiceError {
    fn from(e: ScorecardError) -> Self {
        ServiceError::Scorecard(e)
    }
}

fn audit_detail(v: serde_json::Value) -> String {
    v.to_string()
}

/// Defines a framework from its criteria, one per line (`code; weight; title; evidence required`,
/// `!` before a critical one's code); one transaction, one audit row.
pub async fn define_framework(
    db: &Db,
    actor: &str,
    name: &str,
    description: &str,
    source: &str,
    criteria: &str,
) -> Result<String, ServiceError> {
    let name: String = name.trim().chars().take(200).collect();
    if name.is_empty() {
        return Err(ScorecardError::FrameworkName.into());
    }
    let criteria = conduct::parse_criteria(criteria).map_err(ScorecardError::Criteria)?;
    let mut tx = db.write().await?;
    if tx.framework_named(&name).await? {
        return Err(ScorecardError::FrameworkName.into());
    }
    let id = tx
        .insert_framework(&name, description.trim(), source.trim(), actor, &criteria)
        .await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "conduct_framework.define",
        entity: "conduct_framework",
        entity_id: &id,
        detail: &audit_detail(serde_json::json!({
            "name": name,
            "criteria": criteria.iter().map(|c| (&c.code, c.weight, c.critical)).collect::<Vec<_>>(),
        })),
    })
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The recruitment agency a licence number or a short name stands for.
pub async fn find_agency(db: &Db, text: &str) -> Result<Organisation, ServiceError> {
    let t = text.trim();
    let not_found = || ScorecardError::NoSuchAgency(t.chars().take(60).collect());
    if t.is_empty() {
        return Err(not_found().into());
    }
    if let Some(l) = db
        .licences_by_number(&licence_key(t))
        .await?
        .into_iter()
        .next()
    {
        return db
            .organisation_by_slug(&l.slug)
            .await?
            .ok_or_else(|| not_found().into());
    }
    match db.organisation_by_slug(t).await? {
        Some(o) if o.kind == OrgKind::RecruitmentAgency.as_str() => Ok(o),
        _ => Err(not_found().into()),
    }
}

/// An assessment as an assessor enters it.
#[derive(Debug, Clone, Default)]
pub struct AssessmentInput<'a> {
    /// The framework's id.
    pub framework_id: &'a str,
    /// The agency: licence number or short name.
    pub agency: &'a str,
    /// When it was assessed.
    pub assessed_on: &'a str,
    /// The assessor's summary.
    pub summary: &'a str,
    /// (criterion code, score as typed, evidence).
    pub scores: Vec<(String, String, String)>,
}

/// Records an assessment by `assessor_slug`'s organisation: every criterion scored 0 to 4, the
/// evidence each requires for a score above 0, graded by the formula; one audit row.
pub async fn record_assessment(
    db: &Db,
    actor: &str,
    assessor_slug: &str,
    input: &AssessmentInput<'_>,
    today: &str,
) -> Result<String, ServiceError> {
    let assessor = db
        .organisation_by_slug(assessor_slug)
        .await?
        .ok_or(ScorecardError::NoSuchFramework)?;
    let criteria = db.conduct_criteria(input.framework_id).await?;
    if criteria.is_empty() {
        return Err(ScorecardError::NoSuchFramework.into());
    }
    let agency = find_agency(db, input.agency).await?;
    let on = lmip_domain::directory::parse_list_date(input.assessed_on)
        .map_err(|_| ScorecardError::BadDate)?;
    if on.as_str() > today {
        return Err(ScorecardError::BadDate.into());
    }
    let mut scores = Vec::new();
    for c in &criteria {
        let (score, evidence) = input
            .scores
            .iter()
            .find(|(code, _, _)| *code == c.code)
            .map(|(_, s, e)| (s.trim().parse::<i64>().ok(), e.trim()))
            .unwrap_or((None, ""));
        let score = score
            .filter(|s| (0..=MAX_SCORE).contains(s))
            .ok_or_else(|| ScorecardError::MissingScore(c.code.clone()))?;
        if score > 0 && evidence.is_empty() {
            return Err(ScorecardError::EvidenceRequired(c.code.clone()).into());
        }
        scores.push((c, score, evidence.chars().take(1000).collect::<String>()));
    }
    let outcome = conduct::grade(&scores.iter().map(|(c, s, _)| (*c, *s)).collect::<Vec<_>>());
    let new = NewAssessment {
        framework_id: input.framework_id.to_string(),
        org_id: agency.id.clone(),
        assessor_id: assessor.id.clone(),
        assessed_on: on,
        per_mille: outcome.per_mille,
        grade: outcome.grade.as_str().into(),
        critical_failed: outcome.critical_failed,
        summary: input.summary.trim().chars().take(2000).collect(),
    };
    let rows: Vec<(String, i64, String)> = scores
        .iter()
        .map(|(c, s, e)| (c.code.clone(), *s, e.clone()))
        .collect();
    let mut tx = db.write().await?;
    let id = tx.insert_assessment(&new, &rows, actor).await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "conduct_assessment.record",
        entity: "conduct_assessment",
        entity_id: &id,
        detail: &audit_detail(serde_json::json!({
            "agency": agency.slug, "assessor": assessor.slug, "framework": input.framework_id,
            "assessed_on": new.assessed_on, "per_mille": new.per_mille, "grade": new.grade,
            "scores": rows.iter().map(|(c, s, _)| (c, s)).collect::<Vec<_>>(),
        })),
    })
    .await?;
    tx.commit().await?;
    Ok(id)
}

fn code_hash(normalized: &str) -> String {
    hex::encode(Sha256::digest(normalized.as_bytes()))
}

/// How long a proof-of-use code works.
pub const CODE_DAYS: i64 = 365;

/// Issues a proof-of-use code for a worker of the agency `agency` (licence number or short name),
/// from `issuer_slug` (a caseworker's organisation, a resource centre, or the agency itself, which
/// may issue codes for its own workers only). The code is returned once; only its hash is kept.
pub async fn issue_review_code(
    db: &Db,
    actor: &str,
    issuer_slug: &str,
    agency: &str,
    today: time::Date,
) -> Result<String, ServiceError> {
    let issuer = db
        .organisation_by_slug(issuer_slug)
        .await?
        .ok_or(ScorecardError::NotYourAgency)?;
    let agency = find_agency(db, agency).await?;
    if issuer.kind == OrgKind::RecruitmentAgency.as_str() && issuer.id != agency.id {
        return Err(ScorecardError::NotYourAgency.into());
    }
    let code = reviews::format_code(rand::random::<[u8; 8]>());
    let normalized = reviews::normalize_code(&code)
        .ok_or_else(|| ServiceError::Internal("a new code does not read back".into()))?;
    let hash = code_hash(&normalized);
    let expires = today + time::Duration::days(CODE_DAYS);
    let expires = format!(
        "{:04}-{:02}-{:02}",
        expires.year(),
        u8::from(expires.month()),
        expires.day()
    );
    let mut tx = db.write().await?;
    tx.insert_review_code(&hash, &agency.id, &issuer.id, actor, &expires)
        .await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "review_code.issue",
        entity: "review_code",
        // The hash's start identifies the row for an auditor; the code itself is never logged.
        entity_id: &hash[..16],
        detail: &audit_detail(serde_json::json!({
            "agency": agency.slug, "issuer": issuer.slug, "expires_on": expires,
        })),
    })
    .await?;
    tx.commit().await?;
    Ok(code)
}

/// A review as a worker writes it.
#[derive(Debug, Clone, Default)]
pub struct ReviewInput<'a> {
    /// The proof-of-use code.
    pub code: &'a str,
    /// Stars for fees, contract, information, treatment, help, as sent (1 to 5).
    pub stars: [&'a str; 5],
    /// Free text.
    pub body: &'a str,
    /// The fee actually paid, or empty.
    pub fee_paid: &'a str,
    /// Its currency.
    pub fee_currency: &'a str,
    /// The reader's language.
    pub locale: &'a str,
}

/// Longest review text.
pub const MAX_REVIEW: usize = 2000;

/// Takes a review: a valid, unexpired, unused code (used by this review, in the same transaction,
/// so a code gives one review), stars 1 to 5, text without personal data; held for moderation.
/// Returns the agency's name. The audit row names no person: the code's hash stands for it.
pub async fn submit_review(
    db: &Db,
    input: &ReviewInput<'_>,
    today: &str,
) -> Result<String, ServiceError> {
    let normalized = reviews::normalize_code(input.code).ok_or(ScorecardError::InvalidCode)?;
    let mut stars = [0i64; 5];
    for (i, s) in input.stars.iter().enumerate() {
        stars[i] = match s.trim().parse::<i64>() {
            Ok(n) if (1..=5).contains(&n) => n,
            _ => return Err(ScorecardError::BadStars.into()),
        };
    }
    let body = input.body.trim();
    if body.chars().count() > MAX_REVIEW {
        return Err(ScorecardError::TooLong(MAX_REVIEW).into());
    }
    if let Some(kind) = reviews::personal_data(body) {
        return Err(ScorecardError::PersonalData(kind).into());
    }
    let (fee_paid, fee_currency) = match input.fee_paid.trim() {
        "" => (None, None),
        f => {
            let amount =
                lmip_domain::offers::parse_amount(f).map_err(|_| ScorecardError::BadFee)?;
            let c = input.fee_currency.trim().to_uppercase();
            if !lmip_refdata::is_currency(&c) {
                return Err(ScorecardError::BadFee.into());
            }
            (Some(amount), Some(c))
        }
    };
    let hash = code_hash(&normalized);
    let mut tx = db.write().await?;
    let (org_id, name, expires_on, used_at) = tx
        .review_code(&hash)
        .await?
        .ok_or(ScorecardError::InvalidCode)?;
    if used_at.is_some() {
        return Err(ScorecardError::CodeUsed.into());
    }
    if expires_on.as_str() < today {
        return Err(ScorecardError::CodeExpired.into());
    }
    if !tx.use_review_code(&hash).await? {
        return Err(ScorecardError::CodeUsed.into());
    }
    let id = tx
        .insert_review(&NewReview {
            org_id: org_id.clone(),
            code_hash: hash.clone(),
            stars,
            body: body.to_string(),
            fee_paid,
            fee_currency,
            locale: input.locale.chars().take(5).collect(),
        })
        .await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor: "public:review",
        action: "review.submit",
        entity: "review",
        entity_id: &id,
        detail: &audit_detail(serde_json::json!({ "org_id": org_id, "code": &hash[..16] })),
    })
    .await?;
    tx.commit().await?;
    Ok(name)
}

/// Publishes or rejects a pending review, with a note; one audit row.
pub async fn moderate_review(
    db: &Db,
    actor: &str,
    id: &str,
    publish: bool,
    note: &str,
) -> Result<(), ServiceError> {
    let note: String = note.trim().chars().take(500).collect();
    if !publish && note.is_empty() {
        return Err(ScorecardError::NoText.into());
    }
    let mut tx = db.write().await?;
    match tx.review_state(id).await? {
        Some((_, status)) if status == "pending" => {}
        _ => return Err(ScorecardError::NoSuchReview.into()),
    }
    let status = if publish { "published" } else { "rejected" };
    tx.moderate_review(id, status, actor, &note).await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: if publish {
            "review.publish"
        } else {
            "review.reject"
        },
        entity: "review",
        entity_id: id,
        detail: &audit_detail(serde_json::json!({ "note": note })),
    })
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The agency's public answer to one of its published reviews; one audit row.
pub async fn answer_review(
    db: &Db,
    actor: &str,
    agency_slug: &str,
    id: &str,
    answer: &str,
) -> Result<(), ServiceError> {
    let answer: String = answer.trim().chars().take(MAX_REVIEW).collect();
    if answer.is_empty() {
        return Err(ScorecardError::NoText.into());
    }
    if let Some(kind) = reviews::personal_data(&answer) {
        return Err(ScorecardError::PersonalData(kind).into());
    }
    let agency = db
        .organisation_by_slug(agency_slug)
        .await?
        .ok_or(ScorecardError::NoSuchReview)?;
    let mut tx = db.write().await?;
    match tx.review_state(id).await? {
        Some((org, status)) if org == agency.id && status == "published" => {}
        _ => return Err(ScorecardError::NoSuchReview.into()),
    }
    tx.answer_review(id, &answer).await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "review.answer",
        entity: "review",
        entity_id: id,
        detail: &audit_detail(serde_json::json!({ "agency": agency.slug })),
    })
    .await?;
    tx.commit().await?;
    Ok(())
}

/// What the scorecard shows of an agency's reviews.
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewsPart {
    /// Fewer than [`MIN_REVIEWS_SHOWN`] published: only how many (0, 1 or 2).
    TooFew(i64),
    /// Enough: the averages (tenths of a star, per question) and the newest reviews.
    Shown {
        /// How many are published.
        count: i64,
        /// Average stars per question, in tenths.
        averages: [i64; 5],
        /// The newest, at most 20.
        reviews: Vec<ReviewRow>,
    },
}

/// The scorecard's own parts for an agency: assessments with their scores, and reviews.
#[derive(Debug, Clone, PartialEq)]
pub struct ScorecardParts {
    /// Assessments, newest first, each with every criterion's score.
    pub assessments: Vec<(AssessmentRow, Vec<ScoreRow>)>,
    /// Reviews.
    pub reviews: ReviewsPart,
}

/// Reads an agency's assessments and reviews.
pub async fn parts(db: &Db, org_id: &str) -> Result<ScorecardParts, ServiceError> {
    let mut assessments = Vec::new();
    for a in db.assessments_of_org(org_id).await? {
        let scores = db.assessment_scores(&a.id).await?;
        assessments.push((a, scores));
    }
    let (count, sums) = db.published_review_totals(org_id).await?;
    let reviews = if count < MIN_REVIEWS_SHOWN {
        ReviewsPart::TooFew(count)
    } else {
        // Averages over every published review, not just the ones listed.
        ReviewsPart::Shown {
            count,
            averages: sums.map(|s| s * 10 / count),
            reviews: db.reviews_of_org(org_id, "published", 20).await?,
        }
    };
    Ok(ScorecardParts {
        assessments,
        reviews,
    })
}
