//! The scorecard's own parts (migration 0011): code-of-conduct frameworks, assessments with their
//! scores, proof-of-use codes and workers' reviews.

use crate::db::WriteTx;
use crate::{Db, Op, StorageError, new_id, now_utc_text};

from_row!(Framework {
    id,
    name,
    description,
    source,
    created_at
});

/// A code-of-conduct framework.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Framework {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// What it is.
    pub description: String,
    /// Where it is published.
    pub source: String,
    /// When it was defined.
    pub created_at: String,
}

from_row!(AssessmentRow {
    id,
    framework_id,
    framework,
    assessor,
    assessed_on,
    per_mille,
    grade,
    critical_failed,
    summary
});

/// An assessment as the scorecard lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssessmentRow {
    /// Its id.
    pub id: String,
    /// The framework's id.
    pub framework_id: String,
    /// The framework's name.
    pub framework: String,
    /// The assessing organisation's name.
    pub assessor: String,
    /// When (ISO date).
    pub assessed_on: String,
    /// Tenths of a percent.
    pub per_mille: i64,
    /// A to D.
    pub grade: String,
    /// 1 when a critical criterion scored 0.
    pub critical_failed: i64,
    /// The assessor's summary.
    pub summary: String,
}

/// A new assessment with its result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAssessment {
    /// The framework.
    pub framework_id: String,
    /// The agency.
    pub org_id: String,
    /// The assessing organisation.
    pub assessor_id: String,
    /// When (ISO date).
    pub assessed_on: String,
    /// Tenths of a percent.
    pub per_mille: i64,
    /// A to D.
    pub grade: String,
    /// Whether a critical criterion scored 0.
    pub critical_failed: bool,
    /// The assessor's summary.
    pub summary: String,
}

/// A score with its criterion, as the scorecard shows it: (code, title, weight, critical, score,
/// evidence).
pub type ScoreRow = (String, String, i64, i64, i64, String);

from_row!(ReviewRow {
    id,
    org_id,
    agency,
    stars_fees,
    stars_contract,
    stars_information,
    stars_treatment,
    stars_help,
    body,
    fee_paid,
    fee_currency,
    locale,
    status,
    moderation_note,
    answer,
    answered_at,
    created_at
});

/// A worker's review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRow {
    /// Its id.
    pub id: String,
    /// The agency.
    pub org_id: String,
    /// The agency's name.
    pub agency: String,
    /// Stars for fees charged.
    pub stars_fees: i64,
    /// Stars for honesty of the contract.
    pub stars_contract: i64,
    /// Stars for pre-departure information.
    pub stars_information: i64,
    /// Stars for treatment.
    pub stars_treatment: i64,
    /// Stars for help when problems came.
    pub stars_help: i64,
    /// The worker's words.
    pub body: String,
    /// The fee actually paid, hundredths.
    pub fee_paid: Option<i64>,
    /// Its currency.
    pub fee_currency: Option<String>,
    /// The language it was written in.
    pub locale: String,
    /// pending, published or rejected.
    pub status: String,
    /// The moderator's note.
    pub moderation_note: String,
    /// The agency's public answer.
    pub answer: Option<String>,
    /// When it answered.
    pub answered_at: Option<String>,
    /// When it was written.
    pub created_at: String,
}

/// A new review, as a worker sends it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReview {
    /// The agency.
    pub org_id: String,
    /// The proof-of-use code's hash.
    pub code_hash: String,
    /// The five stars, in the order of [`ReviewRow`].
    pub stars: [i64; 5],
    /// The worker's words.
    pub body: String,
    /// The fee paid, hundredths.
    pub fee_paid: Option<i64>,
    /// Its currency.
    pub fee_currency: Option<String>,
    /// The language.
    pub locale: String,
}

const REVIEW_SELECT: &str = "SELECT r.id, r.org_id, o.name AS agency, r.stars_fees, r.stars_contract, \
     r.stars_information, r.stars_treatment, r.stars_help, r.body, r.fee_paid, r.fee_currency, r.locale, \
     r.status, r.moderation_note, r.answer, r.answered_at, r.created_at \
     FROM review r JOIN organisation o ON o.id = r.org_id";

impl Db {
    /// Every framework, by name.
    pub async fn conduct_frameworks(&self) -> Result<Vec<Framework>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT id, name, description, source, created_at FROM conduct_framework ORDER BY name",
        )
        .fetch_all(self.pool())
        .await?)
    }

    /// A framework's criteria in order.
    pub async fn conduct_criteria(
        &self,
        framework_id: &str,
    ) -> Result<Vec<lmip_domain::conduct::Criterion>, StorageError> {
        let rows: Vec<(String, i64, i64, String, String)> = sqlx::query_as(
            "SELECT code, weight, critical, title, evidence FROM conduct_criterion \
             WHERE framework_id = $1 ORDER BY seq",
        )
        .bind(framework_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(code, weight, critical, title, evidence)| lmip_domain::conduct::Criterion {
                    code,
                    weight,
                    critical: critical != 0,
                    title,
                    evidence,
                },
            )
            .collect())
    }

    /// An agency's assessments, newest first.
    pub async fn assessments_of_org(
        &self,
        org_id: &str,
    ) -> Result<Vec<AssessmentRow>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT a.id, a.framework_id, f.name AS framework, o.name AS assessor, a.assessed_on, \
             a.per_mille, a.grade, a.critical_failed, a.summary \
             FROM conduct_assessment a JOIN conduct_framework f ON f.id = a.framework_id \
             JOIN organisation o ON o.id = a.assessor_id \
             WHERE a.org_id = $1 ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 50",
        )
        .bind(org_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// An assessment's scores with their criteria, in the framework's order.
    pub async fn assessment_scores(&self, id: &str) -> Result<Vec<ScoreRow>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT c.code, c.title, c.weight, c.critical, s.score, s.evidence \
             FROM conduct_score s JOIN conduct_assessment a ON a.id = s.assessment_id \
             JOIN conduct_criterion c ON c.framework_id = a.framework_id AND c.code = s.code \
             WHERE s.assessment_id = $1 ORDER BY c.seq",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?)
    }

    /// An agency's reviews with this status, newest first.
    pub async fn reviews_of_org(
        &self,
        org_id: &str,
        status: &str,
        limit: i64,
    ) -> Result<Vec<ReviewRow>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{REVIEW_SELECT} WHERE r.org_id = $1 AND r.status = $2 ORDER BY r.created_at DESC LIMIT $3"
        )))
        .bind(org_id)
        .bind(status)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// An agency's published reviews: how many, and the sum of each question's stars (for
    /// averages over all of them without reading them).
    pub async fn published_review_totals(
        &self,
        org_id: &str,
    ) -> Result<(i64, [i64; 5]), StorageError> {
        // COUNT and SUM are cast: PostgreSQL sums BIGINT as NUMERIC.
        let (n, f, c, i, t, h): (i64, i64, i64, i64, i64, i64) = sqlx::query_as(
            "SELECT CAST(COUNT(*) AS BIGINT), CAST(COALESCE(SUM(stars_fees), 0) AS BIGINT), \
             CAST(COALESCE(SUM(stars_contract), 0) AS BIGINT), CAST(COALESCE(SUM(stars_information), 0) AS BIGINT), \
             CAST(COALESCE(SUM(stars_treatment), 0) AS BIGINT), CAST(COALESCE(SUM(stars_help), 0) AS BIGINT) \
             FROM review WHERE org_id = $1 AND status = 'published'",
        )
        .bind(org_id)
        .fetch_one(self.pool())
        .await?;
        Ok((n, [f, c, i, t, h]))
    }

    /// Reviews waiting for a moderator, oldest first.
    pub async fn pending_reviews(&self, limit: i64) -> Result<Vec<ReviewRow>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{REVIEW_SELECT} WHERE r.status = 'pending' ORDER BY r.created_at LIMIT $1"
        )))
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }
}

impl WriteTx<'_> {
    /// Whether a framework by that name exists.
    pub async fn framework_named(&mut self, name: &str) -> Result<bool, StorageError> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM conduct_framework WHERE name = $1")
            .bind(name)
            .fetch_one(self.conn())
            .await?;
        Ok(n > 0)
    }

    /// Stores a framework with its criteria.
    pub async fn insert_framework(
        &mut self,
        name: &str,
        description: &str,
        source: &str,
        created_by: &str,
        criteria: &[lmip_domain::conduct::Criterion],
    ) -> Result<String, StorageError> {
        let id = new_id();
        sqlx::query(
            "INSERT INTO conduct_framework (id, name, description, source, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&id)
        .bind(name)
        .bind(description)
        .bind(source)
        .bind(created_by)
        .bind(now_utc_text())
        .execute(self.conn())
        .await?;
        for (i, c) in criteria.iter().enumerate() {
            sqlx::query(
                "INSERT INTO conduct_criterion (framework_id, seq, code, weight, critical, title, evidence) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(&id)
            .bind(i as i64)
            .bind(&c.code)
            .bind(c.weight)
            .bind(i64::from(c.critical))
            .bind(&c.title)
            .bind(&c.evidence)
            .execute(self.conn())
            .await?;
        }
        self.record_change("conduct_framework", &id, Op::Insert)
            .await?;
        Ok(id)
    }

    /// Stores an assessment with its scores: (code, score, evidence).
    pub async fn insert_assessment(
        &mut self,
        a: &NewAssessment,
        scores: &[(String, i64, String)],
        created_by: &str,
    ) -> Result<String, StorageError> {
        let id = new_id();
        sqlx::query(
            "INSERT INTO conduct_assessment (id, framework_id, org_id, assessor_id, assessed_on, per_mille, grade, \
             critical_failed, summary, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(&id)
        .bind(&a.framework_id)
        .bind(&a.org_id)
        .bind(&a.assessor_id)
        .bind(&a.assessed_on)
        .bind(a.per_mille)
        .bind(&a.grade)
        .bind(i64::from(a.critical_failed))
        .bind(&a.summary)
        .bind(created_by)
        .bind(now_utc_text())
        .execute(self.conn())
        .await?;
        for (code, score, evidence) in scores {
            sqlx::query(
                "INSERT INTO conduct_score (assessment_id, code, score, evidence) VALUES ($1, $2, $3, $4)",
            )
            .bind(&id)
            .bind(code)
            .bind(score)
            .bind(evidence)
            .execute(self.conn())
            .await?;
        }
        self.record_change("conduct_assessment", &id, Op::Insert)
            .await?;
        Ok(id)
    }

    /// Stores a proof-of-use code's hash.
    pub async fn insert_review_code(
        &mut self,
        code_hash: &str,
        org_id: &str,
        issued_by_org: &str,
        issued_by: &str,
        expires_on: &str,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO review_code (code_hash, org_id, issued_by_org, issued_by, issued_at, expires_on) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(code_hash)
        .bind(org_id)
        .bind(issued_by_org)
        .bind(issued_by)
        .bind(now_utc_text())
        .bind(expires_on)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// A code's agency (id and name), end date and use, read in the transaction that uses it.
    pub async fn review_code(
        &mut self,
        code_hash: &str,
    ) -> Result<Option<(String, String, String, Option<String>)>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT c.org_id, o.name, c.expires_on, c.used_at FROM review_code c \
             JOIN organisation o ON o.id = c.org_id WHERE c.code_hash = $1",
        )
        .bind(code_hash)
        .fetch_optional(self.conn())
        .await?)
    }

    /// Marks a code used; false if it already was (a concurrent use lost).
    pub async fn use_review_code(&mut self, code_hash: &str) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "UPDATE review_code SET used_at = $1 WHERE code_hash = $2 AND used_at IS NULL",
        )
        .bind(now_utc_text())
        .bind(code_hash)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Stores a review, pending moderation.
    pub async fn insert_review(&mut self, r: &NewReview) -> Result<String, StorageError> {
        let id = new_id();
        sqlx::query(
            "INSERT INTO review (id, org_id, code_hash, stars_fees, stars_contract, stars_information, \
             stars_treatment, stars_help, body, fee_paid, fee_currency, locale, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'pending', $13)",
        )
        .bind(&id)
        .bind(&r.org_id)
        .bind(&r.code_hash)
        .bind(r.stars[0])
        .bind(r.stars[1])
        .bind(r.stars[2])
        .bind(r.stars[3])
        .bind(r.stars[4])
        .bind(&r.body)
        .bind(r.fee_paid)
        .bind(r.fee_currency.as_deref())
        .bind(&r.locale)
        .bind(now_utc_text())
        .execute(self.conn())
        .await?;
        Ok(id)
    }

    /// A review's agency and status, read in the transaction that changes it.
    pub async fn review_state(
        &mut self,
        id: &str,
    ) -> Result<Option<(String, String)>, StorageError> {
        Ok(
            sqlx::query_as("SELECT org_id, status FROM review WHERE id = $1")
                .bind(id)
                .fetch_optional(self.conn())
                .await?,
        )
    }

    /// Publishes or rejects a pending review.
    pub async fn moderate_review(
        &mut self,
        id: &str,
        status: &str,
        by: &str,
        note: &str,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE review SET status = $1, moderated_by = $2, moderated_at = $3, moderation_note = $4 \
             WHERE id = $5",
        )
        .bind(status)
        .bind(by)
        .bind(now_utc_text())
        .bind(note)
        .bind(id)
        .execute(self.conn())
        .await?;
        self.record_change("review", id, Op::Update).await?;
        Ok(())
    }

    /// Sets the agency's public answer to a review.
    pub async fn answer_review(&mut self, id: &str, answer: &str) -> Result<(), StorageError> {
        sqlx::query("UPDATE review SET answer = $1, answered_at = $2 WHERE id = $3")
            .bind(answer)
            .bind(now_utc_text())
            .bind(id)
            .execute(self.conn())
            .await?;
        self.record_change("review", id, Op::Update).await?;
        Ok(())
    }
}
