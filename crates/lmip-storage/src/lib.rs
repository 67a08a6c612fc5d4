//! Storage for lmip: one schema and one set of queries that run on SQLite (the embedded default) and
//! PostgreSQL (for several instances), through sqlx's `Any` driver.
//!
//! # The portable SQL rules
//! Every query in this crate runs unchanged on both databases, so it follows a small rulebook:
//! `$1…$n` placeholders only (never `?`; count binds, SQLite silently binds NULL to missing ones);
//! column types limited to TEXT, BIGINT/INTEGER (flags are 0/1) and DOUBLE; timestamps as fixed-width
//! RFC 3339 UTC text, so they sort as text; identifiers generated in Rust. The few places where the
//! dialects must differ (connection pragmas, the write-transaction statement, change-log ordering)
//! branch on [`Backend`] in this crate and nowhere else. Migrations exist as twins under
//! `migrations/sqlite` and `migrations/postgres`, and a test compares the migrated schemas.
#![forbid(unsafe_code)]

/// Reads a struct from a row by its fields' names (sqlx's derive is not built).
macro_rules! from_row {
    ($t:ident { $($f:ident),* $(,)? }) => {
        impl<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> for $t {
            fn from_row(row: &'r sqlx::any::AnyRow) -> Result<$t, sqlx::Error> {
                use sqlx::Row;
                Ok($t { $($f: row.try_get(stringify!($f))?,)* })
            }
        }
    };
}

mod api_tokens;
mod audio;
mod audit;
mod backup;
mod cases;
mod changes;
mod clock;
mod content;
mod db;
mod directory;
mod error;
mod licences;
mod members;
mod migrate;
mod observations;
mod opportunities;
mod people;
mod refdata;
mod scorecard;
mod search;
mod sessions;
mod settings;
mod sms;
mod structures;
mod submissions;
pub mod testing;
mod throttle;
mod url;

pub use api_tokens::{ApiCaller, ApiTokenInfo};
pub use audio::AudioInfo;
pub use audit::{AuditBreak, AuditEvent, AuditQuery, AuditRow, AuditVerification, GENESIS_HASH};
pub use backup::BackupReport;
pub use cases::{
    CaseEventRow, CaseFacts, CaseFilter, CaseNoteRow, CaseRow, NewCase, Receiver, ReferralRow,
    SEALED_COLUMNS, SealedValue,
};
pub use changes::{Change, Op};
pub use clock::{format_utc, new_id, now_utc_text, parse_utc};
pub use content::{
    ChangeFilter, ContentEntry, ContentSource, ContentText, NewContentEntry, TextWrite,
};
pub use db::{Backend, ConnectOptions, Db, WriteTx};
pub use directory::{DirectoryFilter, DirectoryOrg, EntryDetails, Location};
pub use error::StorageError;
pub use licences::{
    AgencyLicence, ImportRow, Licence, LicenceEvent, LicenceFacts, LicenceImport, Sanction,
};
pub use members::{Invited, Member};
pub use migrate::{MigrationStatus, SCHEMA_VERSION};
pub use observations::{
    KeyedObservation, Observation, ObservationSelection, Release, SeriesAttribute, SeriesSelection,
};
pub use opportunities::{CorridorRule, NewOpportunity, Opportunity, OpportunityFilter};
pub use people::{NewOrganisation, NewUser, OPERATOR_SLUG, Organisation};
pub use refdata::{CodeRow, CodelistInfo};
pub use scorecard::{AssessmentRow, Framework, NewAssessment, NewReview, ReviewRow, ScoreRow};
pub use search::{FILTER_MARK, MIN_PREFIX, SearchDoc, SearchHit, SearchQuery};
pub use sessions::{LoginAccount, NewSession, SessionRecord};
pub use sms::SmsSender;
pub use structures::StructureKind;
pub use submissions::{NewSubmission, Submission, SubmissionOutcome};
pub use url::DatabaseUrl;
