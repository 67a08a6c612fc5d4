//! The services' error type.

use lmip_domain::DomainError;
use lmip_storage::StorageError;

/// Why a use case could not be carried out.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// The input broke a domain rule.
    #[error(transparent)]
    Invalid(#[from] DomainError),
    /// Storage failed or refused.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// A password, link or sign-in was refused.
    #[error(transparent)]
    Auth(#[from] crate::auth::AuthError),
    /// A rule about organisations and members was broken.
    #[error(transparent)]
    Members(#[from] crate::members::MemberError),
    /// A rule about API tokens was broken.
    #[error(transparent)]
    Tokens(#[from] crate::api_tokens::TokenError),
    /// An SDMX query that cannot be answered.
    #[error(transparent)]
    Query(#[from] lmip_stats::query::QueryError),
    /// Something that should not fail did (a worker thread died); logged, never shown.
    /// A rule about statistics submissions.
    #[error(transparent)]
    Submission(crate::submissions::SubmissionError),
    /// A rule about the licence register or a verify query.
    #[error(transparent)]
    Licence(#[from] crate::licences::LicenceError),
    /// An offer, an opportunity or a corridor rule that cannot be taken.
    #[error(transparent)]
    Offer(crate::opportunities::OfferError),
    /// A framework, assessment, proof-of-use code or review that cannot be taken.
    #[error(transparent)]
    Scorecard(crate::scorecard::ScorecardError),
    /// A directory entry or search that cannot be taken.
    #[error(transparent)]
    Directory(crate::directory::DirectoryError),
    /// A content entry change that cannot be made.
    #[error(transparent)]
    Content(crate::content::ContentError),
    /// A corridor that cannot be.
    #[error(transparent)]
    Corridor(crate::corridors::CorridorError),
    /// A search that cannot run.
    #[error(transparent)]
    Search(crate::search::SearchError),
    /// A complaint or case action that cannot be taken.
    #[error(transparent)]
    Case(crate::cases::CaseError),
    /// Something went wrong that the user cannot fix.
    #[error("internal error: {0}")]
    Internal(String),
    /// An input file is wrong; `line` is 1-based where known.
    #[error("{file}{}: {reason}", line.map(|l| format!(", line {l}")).unwrap_or_default())]
    BadFile {
        /// The file as the user named it.
        file: String,
        /// Where.
        line: Option<u64>,
        /// What is wrong.
        reason: String,
    },
}
