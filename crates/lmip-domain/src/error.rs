//! The domain's error type: a rule was broken by some input.

/// A value broke a domain rule. Each variant names the rule so that callers can explain it in the
/// user's language; `Display` gives the English wording used in logs and on the command line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// A locale code that lmip does not serve.
    #[error("unknown language '{0}': use one of en, th, km, lo, my, vi, id, ms, fil, tet")]
    UnknownLocale(String),
    /// An e-mail address that cannot be right.
    #[error("'{0}' is not an e-mail address (expected something like name@example.org)")]
    InvalidEmail(String),
    /// A role name that does not exist.
    #[error("unknown role '{given}': use one of {known}")]
    UnknownRole {
        /// What was given.
        given: String,
        /// The valid names, comma-separated.
        known: String,
    },
    /// A licence status word that official lists do not use.
    #[error("unknown licence status '{given}': use valid, suspended, revoked or expired")]
    UnknownLicenceStatus {
        /// What was given.
        given: String,
    },
    /// A date that is not a calendar date in a format lists use.
    #[error(
        "'{given}' is not a date: write 2026-03-01 or 01/03/2026 (day first; Buddhist-era years are understood)"
    )]
    BadDate {
        /// What was given.
        given: String,
    },
    /// A phone number that cannot be written in E.164.
    #[error(
        "'{given}' is not an international phone number: start with + and the country code, e.g. +66 2 123 4567"
    )]
    BadPhone {
        /// What was given.
        given: String,
    },
    /// An organisation kind that does not exist.
    #[error("unknown organisation kind '{given}': use one of {known}")]
    UnknownOrgKind {
        /// What was given.
        given: String,
        /// The valid names, comma-separated.
        known: String,
    },
    /// An amount of money that cannot be read.
    #[error("'{given}' is not an amount of money: write digits, e.g. 12000 or 12,000.50")]
    BadAmount {
        /// What was given.
        given: String,
    },
    /// A wage without its period.
    #[error("say whether the wage is per hour, day, week or month")]
    NoPayPeriod,
    /// A fee rule that does not exist.
    #[error("unknown fee rule '{given}': use employer (the employer pays all) or capped")]
    UnknownFeeRule {
        /// What was given.
        given: String,
    },
    /// A criterion line that is not `code; weight; title; evidence required`.
    #[error(
        "a criterion is written `code; weight; title; evidence required` (a ! before the code marks it critical)"
    )]
    BadCriterion,
    /// A criterion's weight out of range.
    #[error("'{given}' is not a weight: use a whole number from 1 to 100")]
    BadWeight {
        /// What was given.
        given: String,
    },
    /// Two criteria with one code.
    #[error("the criterion code '{code}' is used twice")]
    DuplicateCriterion {
        /// The code.
        code: String,
    },
    /// A corridor that is not two different two-letter country codes.
    #[error("'{given}' is not a corridor: write origin and destination codes, e.g. KH-TH")]
    BadCorridor {
        /// What was given.
        given: String,
    },
    /// A content kind that does not exist.
    #[error("unknown kind '{given}': use guide, procedure, law, agreement, faq or news")]
    UnknownContentKind {
        /// What was given.
        given: String,
    },
    /// A workflow step that is not possible from where the entry is.
    #[error("this step is not possible for an entry that is {from}")]
    WorkflowStep {
        /// The entry's status.
        from: &'static str,
    },
    /// A line of a procedure's steps or an agreement's provisions that cannot be used.
    #[error("line {line}: {problem:?}")]
    Structure {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        problem: crate::structure::Problem,
    },
    /// Publishing one's own text.
    #[error("a reviewer other than the last person who changed the text must publish it")]
    OwnText,
    /// A code that is not in its code list.
    #[error("'{code}' is not a code of the {list} code list")]
    UnknownCode {
        /// The code list's identifier.
        list: String,
        /// The offending code.
        code: String,
    },
    /// A short name (used in addresses) with characters other than a-z, 0-9 and hyphens.
    #[error(
        "'{0}' cannot be a short name: use 2 to 40 lower-case letters a-z, digits and hyphens, e.g. dol-thailand"
    )]
    InvalidSlug(String),
    /// A value that is empty or too long.
    #[error("{field} must be between {min} and {max} characters long")]
    Length {
        /// Field name.
        field: &'static str,
        /// Minimum length in characters.
        min: usize,
        /// Maximum length in characters.
        max: usize,
    },
}
