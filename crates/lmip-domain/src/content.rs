//! Content entries' rules without I/O: kinds and topics, the editorial workflow (who may move an
//! entry from which state to which), freshness (past its review date), and whether a
//! translation is behind the text it was made from.

use crate::DomainError;
use std::str::FromStr;

/// What an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContentKind {
    /// A guide.
    Guide,
    /// A step-by-step procedure.
    Procedure,
    /// A law or policy.
    Law,
    /// A bilateral agreement or memorandum of understanding.
    Agreement,
    /// Frequently asked questions.
    Faq,
    /// News.
    News,
}

impl ContentKind {
    /// Every kind.
    pub const ALL: [ContentKind; 6] = [
        ContentKind::Guide,
        ContentKind::Procedure,
        ContentKind::Law,
        ContentKind::Agreement,
        ContentKind::Faq,
        ContentKind::News,
    ];

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            ContentKind::Guide => "guide",
            ContentKind::Procedure => "procedure",
            ContentKind::Law => "law",
            ContentKind::Agreement => "agreement",
            ContentKind::Faq => "faq",
            ContentKind::News => "news",
        }
    }
}

impl FromStr for ContentKind {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ContentKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s.trim())
            .ok_or_else(|| DomainError::UnknownContentKind {
                given: s.chars().take(20).collect(),
            })
    }
}

/// The topics entries are filed under.
pub const TOPICS: [&str; 8] = [
    "pre-departure",
    "recruitment-and-fees",
    "contracts",
    "rights-at-work",
    "health",
    "money-and-remittances",
    "return-and-reintegration",
    "complaints-and-help",
];

/// Where an entry is in the editorial workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Being written; not public (an earlier published version may be).
    Draft,
    /// Waiting for a reviewer.
    InReview,
    /// Public (from its publication time).
    Published,
    /// Withdrawn from the public site, kept.
    Archived,
}

impl Status {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::InReview => "in_review",
            Status::Published => "published",
            Status::Archived => "archived",
        }
    }

    /// A status as storage holds it; anything else reads as a draft (never public).
    pub fn from_stored(s: &str) -> Status {
        match s {
            "in_review" => Status::InReview,
            "published" => Status::Published,
            "archived" => Status::Archived,
            _ => Status::Draft,
        }
    }
}

/// What someone does to an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// Ask for review (draft → in review).
    Submit,
    /// Send back to the writer (in review → draft).
    SendBack,
    /// Publish, now or at a time (in review → published).
    Publish,
    /// Withdraw (published → archived).
    Archive,
    /// Start editing again (published or archived → draft; the published version stays public
    /// until a new one is published).
    Reopen,
}

/// The status after `step`, or why the step is not possible. `is_last_editor` says whether the
/// person publishing is who last changed the text: a reviewer other than the author publishes.
pub fn next(from: Status, step: Step, is_last_editor: bool) -> Result<Status, DomainError> {
    let refused = || DomainError::WorkflowStep {
        from: from.as_str(),
    };
    match (from, step) {
        (Status::Draft, Step::Submit) => Ok(Status::InReview),
        (Status::InReview, Step::SendBack) => Ok(Status::Draft),
        (Status::InReview, Step::Publish) if is_last_editor => Err(DomainError::OwnText),
        (Status::InReview, Step::Publish) => Ok(Status::Published),
        (Status::Published, Step::Archive) => Ok(Status::Archived),
        (Status::Published | Status::Archived, Step::Reopen) => Ok(Status::Draft),
        _ => Err(refused()),
    }
}

/// The day an entry checked on `verified_on` is due for review, `review_days` later (ISO dates).
pub fn review_due(verified_on: &str, review_days: i64) -> Option<String> {
    let d = time::Date::parse(
        verified_on,
        &time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok()?;
    let due = d.checked_add(time::Duration::days(review_days))?;
    Some(format!(
        "{:04}-{:02}-{:02}",
        due.year(),
        u8::from(due.month()),
        due.day()
    ))
}

/// Whether an entry is past its review date on `today`: never checked counts as past.
pub fn is_stale(verified_on: Option<&str>, review_days: i64, today: &str) -> bool {
    match verified_on.and_then(|v| review_due(v, review_days)) {
        Some(due) => due.as_str() < today,
        None => true,
    }
}

/// Whether a translation made from revision `based_on` of the source text is behind the source
/// text's revision `source_revision` (the source text itself never is).
pub fn is_outdated(is_source: bool, based_on: i64, source_revision: i64) -> bool {
    !is_source && based_on < source_revision
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workflow() {
        assert_eq!(
            next(Status::Draft, Step::Submit, true),
            Ok(Status::InReview)
        );
        assert_eq!(
            next(Status::InReview, Step::Publish, false),
            Ok(Status::Published)
        );
        // The author cannot publish their own text.
        assert_eq!(
            next(Status::InReview, Step::Publish, true),
            Err(DomainError::OwnText)
        );
        assert_eq!(
            next(Status::InReview, Step::SendBack, false),
            Ok(Status::Draft)
        );
        assert_eq!(
            next(Status::Published, Step::Archive, false),
            Ok(Status::Archived)
        );
        assert_eq!(
            next(Status::Archived, Step::Reopen, false),
            Ok(Status::Draft)
        );
        assert!(next(Status::Draft, Step::Publish, false).is_err());
        assert!(next(Status::Archived, Step::Publish, false).is_err());
        assert!(next(Status::Draft, Step::Archive, false).is_err());
        assert_eq!("faq".parse(), Ok(ContentKind::Faq));
        assert!("blog".parse::<ContentKind>().is_err());
        assert_eq!(Status::from_stored("nonsense"), Status::Draft);
    }

    #[test]
    fn freshness() {
        assert_eq!(review_due("2026-01-31", 30).as_deref(), Some("2026-03-02"));
        assert!(!is_stale(Some("2026-11-01"), 90, "2026-12-01"));
        assert!(is_stale(Some("2026-01-01"), 90, "2026-12-01"));
        assert!(is_stale(None, 90, "2026-12-01"));
        assert!(is_outdated(false, 2, 3));
        assert!(!is_outdated(false, 3, 3));
        assert!(!is_outdated(true, 1, 3));
    }
}
