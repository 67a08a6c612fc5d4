//! Content entries: created and written by editors in a source language and translated, moved
//! through the editorial workflow (a reviewer other than the last editor publishes, now or at a
//! date), every published version kept as readers saw it; freshness and outdated translations
//! reported per owner and language.
//!
//! Every change names the revision it started from: a save from an older revision is refused
//! (someone else saved first), never silently overwriting.

use crate::ServiceError;
use crate::markdown::{self, Warning};
use lmip_domain::Locale;
use lmip_domain::agreements::{Agreement, parse_agreement};
use lmip_domain::codes::padded;
use lmip_domain::content::{self as rules, ContentKind, Status, Step, TOPICS};
use lmip_domain::procedures::{
    Procedure, StepText, parse_procedure, parse_step_texts, step_texts_to_text,
};
use lmip_storage::{ContentEntry, ContentSource, Db, NewContentEntry, TextWrite};
use std::collections::BTreeMap;

/// Why a content change was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContentError {
    /// No entry by that short name.
    #[error("no such entry")]
    NoSuchEntry,
    /// A short name with characters other than a-z, 0-9 and hyphens, or taken.
    #[error("'{0}' cannot be the short name: use a-z, 0-9 and hyphens, not already used")]
    BadSlug(String),
    /// A language lmip does not serve.
    #[error("'{0}' is not one of lmip's languages")]
    UnknownLocale(String),
    /// A text without a title.
    #[error("give the text a title")]
    NoTitle,
    /// Someone else saved first.
    #[error(
        "someone else changed this entry since you opened it (now at revision {0}): reload it and make your change again"
    )]
    Conflict(i64),
    /// Text can be changed only in a draft.
    #[error("this entry is {0}: start editing it again first")]
    NotEditable(&'static str),
    /// An unknown topic.
    #[error("'{0}' is not one of the topics")]
    UnknownTopic(String),
    /// An unknown country or a malformed corridor.
    #[error("'{0}' is not a country code or a corridor (KH-TH)")]
    BadPlace(String),
    /// A review interval out of range.
    #[error("review every 1 to 3650 days")]
    BadReviewDays,
    /// A source line that cannot be read.
    #[error(
        "source line {0}: write publisher | title | address | date (the last two may be empty)"
    )]
    BadSource(usize),
    /// A publication date that is not a date.
    #[error("the publication date is not a date")]
    BadPublishDate,
    /// Publishing without the text in its source language.
    #[error("write the text in its source language before asking for review")]
    NoSourceText,
    /// A translation to confirm that does not exist, or the source text itself.
    #[error("there is no translation in {0} to confirm")]
    NoTranslation(String),
    /// A workflow step that is not possible, or publishing one's own text.
    #[error(transparent)]
    Workflow(lmip_domain::DomainError),
    /// A procedure's steps or an agreement's provisions with a line that cannot be used.
    #[error(transparent)]
    Structure(lmip_domain::DomainError),
    /// A step's office that is not in the directory.
    #[error("no organisation in the directory has the short name '{0}'")]
    NoSuchOffice(String),
    /// Steps or provisions for a kind of entry that has none.
    #[error("only procedures have steps, and only agreements and laws have provisions")]
    NoStructure,
    /// A recording that is not taken (empty, too large, not Ogg Opus or MP3 by its bytes).
    #[error("{0}")]
    Audio(lmip_domain::audio::AudioProblem),
    /// A recording for a language the entry has no text in.
    #[error("the entry has no text in '{0}' to attach a recording to")]
    NoTextForAudio(String),
}

/// Reads the structure of an entry of `kind` (a procedure's steps; an agreement's or law's
/// articles and provisions) and gives it back in canonical form.
pub fn check_structure(kind: &str, text: &str) -> Result<String, lmip_domain::DomainError> {
    if text.trim().is_empty() {
        return Ok(String::new());
    }
    match kind.parse::<ContentKind>()? {
        ContentKind::Procedure => Ok(parse_procedure(text, &lmip_refdata::is_currency)?.to_text()),
        ContentKind::Agreement | ContentKind::Law => {
            Ok(
                parse_agreement(text, &lmip_refdata::is_currency, &lmip_refdata::is_country)?
                    .to_text(),
            )
        }
        _ => Err(lmip_domain::DomainError::Structure {
            line: 1,
            problem: lmip_domain::structure::Problem::UnknownField("structure".into()),
        }),
    }
}

/// Reads one language's step texts against a procedure's structure (canonical form back).
pub fn check_steps(structure: &str, steps: &str) -> Result<String, lmip_domain::DomainError> {
    if steps.trim().is_empty() {
        return Ok(String::new());
    }
    let p = parse_procedure(structure, &lmip_refdata::is_currency)?;
    let texts = parse_step_texts(steps, &p)?;
    Ok(step_texts_to_text(&texts, &p))
}

impl From<ContentError> for ServiceError {
    fn from(e: ContentError) -> Self {
        ServiceError::Content(e)
    }
}

fn locale(code: &str) -> Result<Locale, ContentError> {
    code.trim()
        .parse::<Locale>()
        .map_err(|_| ContentError::UnknownLocale(code.chars().take(12).collect()))
}

async fn entry(db: &Db, slug: &str) -> Result<ContentEntry, ServiceError> {
    db.content_entry(slug)
        .await?
        .ok_or_else(|| ContentError::NoSuchEntry.into())
}

/// Creates a draft entry owned by `owner_slug`'s organisation; one audit row.
pub async fn create(
    db: &Db,
    actor: &str,
    owner_slug: &str,
    slug: &str,
    kind: &str,
    source_locale: &str,
    review_days: i64,
) -> Result<String, ServiceError> {
    let slug = slug.trim();
    if slug.is_empty()
        || slug.len() > 80
        || !slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(ContentError::BadSlug(slug.chars().take(80).collect()).into());
    }
    let kind: ContentKind = kind.parse().map_err(ContentError::Workflow)?;
    let source = locale(source_locale)?;
    if !(1..=3650).contains(&review_days) {
        return Err(ContentError::BadReviewDays.into());
    }
    let owner = db
        .organisation_by_slug(owner_slug)
        .await?
        .ok_or(ContentError::NoSuchEntry)?;
    let mut tx = db.write().await?;
    if tx.content_entry_in_tx(slug).await?.is_some() {
        return Err(ContentError::BadSlug(slug.into()).into());
    }
    let id = tx
        .insert_content_entry(
            &NewContentEntry {
                slug,
                kind: kind.as_str(),
                owner_id: &owner.id,
                source_locale: source.code(),
                review_days,
            },
            actor,
        )
        .await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "content.create",
        entity: "content_entry",
        entity_id: &id,
        detail: &serde_json::json!({ "slug": slug, "kind": kind.as_str(), "owner": owner.slug })
            .to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// What a save did: the entry's new revision, and what the renderer changed in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    /// The entry's revision after the save (send it with the next change).
    pub revision: i64,
    /// Raw HTML shown as text, unsafe or broken links.
    pub warnings: Vec<Warning>,
}

/// Saves one language's text of a draft, if the entry is still at `expected` revision. The
/// source language's text counts its revisions; a translation records which source revision it
/// follows (the current one: whoever writes it reads the current source).
#[allow(clippy::too_many_arguments)]
pub async fn save_text(
    db: &Db,
    actor: &str,
    slug: &str,
    locale_code: &str,
    title: &str,
    summary: &str,
    body: &str,
    steps: &str,
    expected: i64,
) -> Result<Saved, ServiceError> {
    let loc = locale(locale_code)?;
    let title: String = title.trim().chars().take(300).collect();
    if title.is_empty() {
        return Err(ContentError::NoTitle.into());
    }
    let summary: String = summary.trim().chars().take(1000).collect();
    let body: String = body.chars().take(200_000).collect();
    let mut warnings = markdown::render(&body).warnings;
    warnings.extend(markdown::render(&summary).warnings);
    let mut tx = db.write().await?;
    let e = tx
        .content_entry_in_tx(slug)
        .await?
        .ok_or(ContentError::NoSuchEntry)?;
    let status = Status::from_stored(&e.status);
    if status != Status::Draft {
        return Err(ContentError::NotEditable(status.as_str()).into());
    }
    if !steps.trim().is_empty() && e.kind != ContentKind::Procedure.as_str() {
        return Err(ContentError::NoStructure.into());
    }
    let steps = check_steps(&e.structure, steps).map_err(ContentError::Structure)?;
    if !tx
        .bump_content_entry(&e.id, expected, Status::Draft.as_str(), actor, true)
        .await?
    {
        return Err(ContentError::Conflict(e.revision).into());
    }
    let current = tx.content_text_in_tx(&e.id, loc.code()).await?;
    let is_source = loc.code() == e.source_locale;
    let source_revision = if is_source {
        None
    } else {
        tx.content_text_in_tx(&e.id, &e.source_locale)
            .await?
            .map(|t| t.revision)
    };
    let changed = current.as_ref().is_none_or(|c| {
        c.title != title || c.summary != summary || c.body != body || c.steps != steps
    });
    let revision = current
        .as_ref()
        .map_or(1, |c| c.revision + i64::from(changed));
    let based_on = if is_source {
        revision
    } else {
        source_revision.unwrap_or(1)
    };
    tx.upsert_content_text(
        &e.id,
        &TextWrite {
            locale: loc.code(),
            title: &title,
            summary: &summary,
            body: &body,
            steps: &steps,
            revision,
            based_on,
        },
        actor,
    )
    .await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "content.save",
        entity: "content_entry",
        entity_id: &e.id,
        detail: &serde_json::json!({
            "slug": slug, "locale": loc.code(), "text_revision": revision, "changed": changed,
        })
        .to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(Saved {
        revision: expected + 1,
        warnings,
    })
}

/// The details an editor sets besides the text.
#[derive(Debug, Clone, Default)]
pub struct Details<'a> {
    /// Countries (alpha-2), separated by spaces or commas.
    pub countries: &'a str,
    /// Corridors (KH-TH), separated by commas.
    pub corridors: &'a str,
    /// Topics from [`TOPICS`].
    pub topics: Vec<String>,
    /// Days between reviews.
    pub review_days: i64,
    /// Sources, one per line: `publisher | title | address | date`.
    pub sources: &'a str,
}

/// Sets an entry's countries, corridors, topics, review interval and sources, if it is still at
/// `expected` revision.
pub async fn save_details(
    db: &Db,
    actor: &str,
    slug: &str,
    d: &Details<'_>,
    expected: i64,
) -> Result<i64, ServiceError> {
    let mut countries = Vec::new();
    for c in d
        .countries
        .split([' ', ',', ';'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        let c = c.to_uppercase();
        if !lmip_refdata::is_country(&c) {
            return Err(ContentError::BadPlace(c.chars().take(10).collect()).into());
        }
        if !countries.contains(&c) {
            countries.push(c);
        }
    }
    let corridors = lmip_domain::directory::parse_corridors(d.corridors)
        .map_err(|_| ContentError::BadPlace(d.corridors.chars().take(20).collect()))?;
    for (o, dest) in &corridors {
        for c in [o, dest] {
            if !lmip_refdata::is_country(c) {
                return Err(ContentError::BadPlace(c.clone()).into());
            }
        }
    }
    for t in &d.topics {
        if !TOPICS.contains(&t.as_str()) {
            return Err(ContentError::UnknownTopic(t.chars().take(30).collect()).into());
        }
    }
    if !(1..=3650).contains(&d.review_days) {
        return Err(ContentError::BadReviewDays.into());
    }
    let mut sources = Vec::new();
    for (i, line) in d.sources.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        let bad = || ContentError::BadSource(i + 1);
        if parts.len() < 2 || parts.len() > 4 || parts[0].is_empty() || parts[1].is_empty() {
            return Err(bad().into());
        }
        let url = parts.get(2).copied().unwrap_or("");
        if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
            return Err(bad().into());
        }
        let published_on = match parts.get(3).copied().unwrap_or("") {
            "" => None,
            date => Some(lmip_domain::directory::parse_list_date(date).map_err(|_| bad())?),
        };
        sources.push(ContentSource {
            publisher: parts[0].chars().take(200).collect(),
            title: parts[1].chars().take(300).collect(),
            url: url.chars().take(500).collect(),
            published_on,
        });
    }
    let mut tx = db.write().await?;
    let e = tx
        .content_entry_in_tx(slug)
        .await?
        .ok_or(ContentError::NoSuchEntry)?;
    if !tx
        .bump_content_entry(&e.id, expected, &e.status, actor, false)
        .await?
    {
        return Err(ContentError::Conflict(e.revision).into());
    }
    tx.set_content_details(
        &e.id,
        &padded(&countries),
        &padded(
            &corridors
                .iter()
                .map(|(o, d)| format!("{o}-{d}"))
                .collect::<Vec<_>>(),
        ),
        &padded(&d.topics),
        d.review_days,
        &sources,
    )
    .await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "content.details",
        entity: "content_entry",
        entity_id: &e.id,
        detail: &serde_json::json!({ "slug": slug, "sources": sources.len(), "review_days": d.review_days })
            .to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(expected + 1)
}

/// Sets a draft procedure's steps or a draft agreement's or law's articles and provisions, if the
/// entry is still at `expected` revision. Every office a step names must be in the directory.
/// The structure is language-neutral; the source text's revision moves on when it changes, so
/// that translations are marked as behind until a translator confirms them.
pub async fn save_structure(
    db: &Db,
    actor: &str,
    slug: &str,
    text: &str,
    expected: i64,
) -> Result<i64, ServiceError> {
    let text: String = text.chars().take(100_000).collect();
    let e = entry(db, slug).await?;
    let kind: ContentKind = e.kind.parse().map_err(ContentError::Workflow)?;
    if !matches!(
        kind,
        ContentKind::Procedure | ContentKind::Agreement | ContentKind::Law
    ) {
        return Err(ContentError::NoStructure.into());
    }
    let canonical = check_structure(&e.kind, &text).map_err(ContentError::Structure)?;
    if kind == ContentKind::Procedure && !canonical.is_empty() {
        let p = parse_procedure(&canonical, &lmip_refdata::is_currency)
            .map_err(ContentError::Structure)?;
        for office in p.steps.iter().filter_map(|s| s.office.as_deref()) {
            if db.organisation_by_slug(office).await?.is_none() {
                return Err(ContentError::NoSuchOffice(office.chars().take(80).collect()).into());
            }
        }
    }
    let mut tx = db.write().await?;
    let e = tx
        .content_entry_in_tx(slug)
        .await?
        .ok_or(ContentError::NoSuchEntry)?;
    let status = Status::from_stored(&e.status);
    if status != Status::Draft {
        return Err(ContentError::NotEditable(status.as_str()).into());
    }
    if !tx
        .bump_content_entry(&e.id, expected, Status::Draft.as_str(), actor, true)
        .await?
    {
        return Err(ContentError::Conflict(e.revision).into());
    }
    let changed = e.structure.trim() != canonical.trim();
    tx.set_content_structure(&e.id, &canonical).await?;
    // The facts every language states changed: translations follow an older source.
    if changed && let Some(src) = tx.content_text_in_tx(&e.id, &e.source_locale).await? {
        tx.upsert_content_text(
            &e.id,
            &src.rewritten(src.revision + 1, src.revision + 1),
            actor,
        )
        .await?;
    }
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "content.structure",
        entity: "content_entry",
        entity_id: &e.id,
        detail: &serde_json::json!({ "slug": slug, "changed": changed, "lines": canonical.lines().count() })
            .to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(expected + 1)
}

/// A translator confirms that a translation follows the current source text (after checking it).
pub async fn confirm_translation(
    db: &Db,
    actor: &str,
    slug: &str,
    locale_code: &str,
    expected: i64,
) -> Result<i64, ServiceError> {
    let loc = locale(locale_code)?;
    let mut tx = db.write().await?;
    let e = tx
        .content_entry_in_tx(slug)
        .await?
        .ok_or(ContentError::NoSuchEntry)?;
    let text = tx
        .content_text_in_tx(&e.id, loc.code())
        .await?
        .filter(|_| loc.code() != e.source_locale)
        .ok_or_else(|| ContentError::NoTranslation(loc.code().into()))?;
    let source = tx
        .content_text_in_tx(&e.id, &e.source_locale)
        .await?
        .ok_or(ContentError::NoSourceText)?;
    if !tx
        .bump_content_entry(&e.id, expected, &e.status, actor, false)
        .await?
    {
        return Err(ContentError::Conflict(e.revision).into());
    }
    tx.upsert_content_text(
        &e.id,
        &text.rewritten(text.revision, source.revision),
        actor,
    )
    .await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "content.confirm_translation",
        entity: "content_entry",
        entity_id: &e.id,
        detail: &serde_json::json!({ "slug": slug, "locale": loc.code(), "source_revision": source.revision })
            .to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(expected + 1)
}

/// One language of a published version, as readers get it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PublishedText {
    /// Title.
    pub title: String,
    /// Summary, rendered.
    pub summary_html: String,
    /// Body, rendered.
    pub body_html: String,
    /// The Markdown it came from (for diffs between versions).
    pub body: String,
    /// For a translation behind its source: the source text's date (ISO), for "this translation
    /// may be behind the … version of DATE".
    pub behind_source_of: Option<String>,
    /// A procedure's step texts (canonical text form).
    #[serde(default)]
    pub steps: String,
    /// The summary's Markdown (for search).
    #[serde(default)]
    pub summary: String,
}

/// A published version as stored.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Snapshot {
    /// The kind.
    pub kind: String,
    /// The source language.
    pub source_locale: String,
    /// Texts by language.
    pub texts: std::collections::BTreeMap<String, PublishedText>,
    /// Sources cited.
    pub sources: Vec<ContentSource>,
    /// A procedure's steps or an agreement's articles and provisions (canonical text form).
    #[serde(default)]
    pub structure: String,
}

impl Snapshot {
    /// The procedure, for a procedure with steps (the stored form was checked when saved).
    pub fn procedure(&self) -> Option<Procedure> {
        (self.kind == ContentKind::Procedure.as_str() && !self.structure.is_empty())
            .then(|| parse_procedure(&self.structure, &lmip_refdata::is_currency).ok())
            .flatten()
    }

    /// The agreement or law, clause by clause.
    pub fn agreement(&self) -> Option<Agreement> {
        (matches!(self.kind.as_str(), "agreement" | "law") && !self.structure.is_empty())
            .then(|| {
                parse_agreement(
                    &self.structure,
                    &lmip_refdata::is_currency,
                    &lmip_refdata::is_country,
                )
                .ok()
            })
            .flatten()
    }

    /// The step texts of `locale`, each step falling back to the source language's words.
    pub fn step_texts(&self, procedure: &Procedure, locale: &str) -> BTreeMap<String, StepText> {
        let read = |l: &str| {
            self.texts
                .get(l)
                .and_then(|t| parse_step_texts(&t.steps, procedure).ok())
                .unwrap_or_default()
        };
        let mut out = read(&self.source_locale);
        if locale != self.source_locale {
            for (k, t) in read(locale) {
                if !t.title.is_empty() {
                    out.insert(k, t);
                }
            }
        }
        out
    }
}

/// Moves an entry through the workflow. Publishing (by someone other than the last editor)
/// renders every text into a new version, public from `publish_on` (a date; empty: now), and
/// records the check (today, by `checker_org_slug`'s organisation).
#[allow(clippy::too_many_arguments)]
pub async fn step(
    db: &Db,
    actor: &str,
    checker_org_slug: &str,
    slug: &str,
    step: Step,
    publish_on: &str,
    expected: i64,
    today: &str,
) -> Result<Status, ServiceError> {
    let publish_at = match publish_on.trim() {
        "" => lmip_storage::now_utc_text(),
        d => {
            let d = lmip_domain::directory::parse_list_date(d)
                .map_err(|_| ContentError::BadPublishDate)?;
            if d.as_str() <= today {
                lmip_storage::now_utc_text()
            } else {
                format!("{d}T00:00:00Z")
            }
        }
    };
    let checker = db
        .organisation_by_slug(checker_org_slug)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    let e = entry(db, slug).await?;
    let texts = db.content_texts(&e.id).await?;
    let sources = db.content_sources(&e.id).await?;
    let from = Status::from_stored(&e.status);
    let to = rules::next(from, step, e.last_editor == actor).map_err(ContentError::Workflow)?;
    let source = texts.iter().find(|t| t.locale == e.source_locale);
    if matches!(step, Step::Submit | Step::Publish) && source.is_none() {
        return Err(ContentError::NoSourceText.into());
    }
    let snapshot = (step == Step::Publish).then(|| Snapshot {
        kind: e.kind.clone(),
        source_locale: e.source_locale.clone(),
        texts: texts
            .iter()
            .map(|t| {
                let source_revision = source.map_or(1, |s| s.revision);
                let behind =
                    rules::is_outdated(t.locale == e.source_locale, t.based_on, source_revision);
                (
                    t.locale.clone(),
                    PublishedText {
                        title: t.title.clone(),
                        summary_html: markdown::render(&t.summary).html,
                        body_html: markdown::render(&t.body).html,
                        body: t.body.clone(),
                        steps: t.steps.clone(),
                        summary: t.summary.clone(),
                        behind_source_of: behind
                            .then(|| source.map(|s| s.updated_at[..10].to_string()))
                            .flatten(),
                    },
                )
            })
            .collect(),
        sources,
        structure: e.structure.clone(),
    });
    // The search index changes with what readers see: read the versions before writing (the
    // revision check below refuses the step if anyone published meanwhile).
    let mut versions = if matches!(step, Step::Publish | Step::Archive) {
        crate::search::versions_of(db, &e.id).await?
    } else {
        Vec::new()
    };
    let mut tx = db.write().await?;
    if !tx
        .bump_content_entry(&e.id, expected, to.as_str(), actor, false)
        .await?
    {
        return Err(ContentError::Conflict(e.revision).into());
    }
    let mut version = None;
    if let Some(s) = &snapshot {
        let json =
            serde_json::to_string(s).map_err(|err| ServiceError::Internal(err.to_string()))?;
        version = Some(
            tx.insert_content_version(&e.id, &publish_at, actor, &json)
                .await?,
        );
        // Publishing is a check by the publisher's organisation; without one, none is claimed.
        if !checker.is_empty() {
            tx.verify_content(&e.id, today, &checker).await?;
        }
        versions.push((publish_at.clone(), s.clone()));
    }
    if matches!(step, Step::Publish | Step::Archive) {
        let mut after = e.clone();
        after.status = to.as_str().to_string();
        crate::search::index_content(&mut tx, &after, &versions, &lmip_storage::now_utc_text())
            .await?;
    }
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "content.step",
        entity: "content_entry",
        entity_id: &e.id,
        detail: &serde_json::json!({
            "slug": slug, "from": from.as_str(), "to": to.as_str(), "version": version,
            "publish_at": version.map(|_| publish_at.clone()),
        })
        .to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(to)
}

/// Records that a published entry was checked and is still right (the freshness date moves on).
pub async fn mark_checked(
    db: &Db,
    actor: &str,
    checker_org_slug: &str,
    slug: &str,
    today: &str,
) -> Result<(), ServiceError> {
    let checker = db
        .organisation_by_slug(checker_org_slug)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    let e = entry(db, slug).await?;
    let mut tx = db.write().await?;
    tx.verify_content(&e.id, today, &checker).await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "content.checked",
        entity: "content_entry",
        entity_id: &e.id,
        detail: &serde_json::json!({ "slug": slug, "on": today, "by": checker }).to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(())
}

/// An entry as a reader gets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicEntry {
    /// The entry.
    pub entry: ContentEntry,
    /// The language shown (the reader's, or the source language when there is no translation).
    pub locale: String,
    /// The text.
    pub text: PublishedText,
    /// The source language (for "behind the … version").
    pub source_locale: String,
    /// Sources cited.
    pub sources: Vec<ContentSource>,
    /// Past its review date.
    pub stale: bool,
    /// The version shown.
    pub version: i64,
    /// A procedure's steps, with their words in the language shown.
    pub procedure: Option<(Procedure, BTreeMap<String, StepText>)>,
    /// An agreement or law, clause by clause.
    pub agreement: Option<Agreement>,
}

/// The published entry a reader sees at `now` (RFC 3339) in `locale`, if any: not archived,
/// and its publication time has come.
pub async fn public(
    db: &Db,
    slug: &str,
    locale: &str,
    now: &str,
) -> Result<Option<PublicEntry>, ServiceError> {
    let Some(e) = db.content_entry(slug).await? else {
        return Ok(None);
    };
    if Status::from_stored(&e.status) == Status::Archived {
        return Ok(None);
    }
    let Some((version, _, snapshot)) = db.content_public_version(&e.id, now).await? else {
        return Ok(None);
    };
    let s: Snapshot =
        serde_json::from_str(&snapshot).map_err(|err| ServiceError::Internal(err.to_string()))?;
    let (shown, text) = match s.texts.get(locale) {
        Some(t) => (locale.to_string(), t.clone()),
        None => match s.texts.get(&s.source_locale) {
            Some(t) => (s.source_locale.clone(), t.clone()),
            None => return Ok(None),
        },
    };
    let stale = rules::is_stale(
        e.verified_on.as_deref(),
        e.review_days,
        &now[..10.min(now.len())],
    );
    let procedure = s.procedure().map(|p| {
        let texts = s.step_texts(&p, &shown);
        (p, texts)
    });
    let agreement = s.agreement();
    Ok(Some(PublicEntry {
        procedure,
        agreement,
        locale: shown,
        text,
        source_locale: s.source_locale,
        sources: s.sources,
        stale,
        version,
        entry: e,
    }))
}

/// What needs attention, per owner: entries past their review date, translations behind their
/// source text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Freshness {
    /// (owner, slug, checked on, due on): published entries past their review date.
    pub stale: Vec<(String, String, Option<String>, Option<String>)>,
    /// (owner, slug, language): translations behind the source text.
    pub outdated: Vec<(String, String, String)>,
}

/// The freshness report on `today`.
pub async fn freshness(db: &Db, today: &str) -> Result<Freshness, ServiceError> {
    let mut out = Freshness::default();
    for e in db.content_entries().await? {
        if Status::from_stored(&e.status) == Status::Archived {
            continue;
        }
        let published = db
            .content_public_version(&e.id, "9999-12-31T00:00:00Z")
            .await?
            .is_some();
        if published && rules::is_stale(e.verified_on.as_deref(), e.review_days, today) {
            let due = e
                .verified_on
                .as_deref()
                .and_then(|v| rules::review_due(v, e.review_days));
            out.stale
                .push((e.owner.clone(), e.slug.clone(), e.verified_on.clone(), due));
        }
        let texts = db.content_texts(&e.id).await?;
        let source_revision = texts
            .iter()
            .find(|t| t.locale == e.source_locale)
            .map_or(1, |t| t.revision);
        for t in &texts {
            if rules::is_outdated(t.locale == e.source_locale, t.based_on, source_revision) {
                out.outdated
                    .push((e.owner.clone(), e.slug.clone(), t.locale.clone()));
            }
        }
    }
    Ok(out)
}

/// A line of a diff: '-' removed, '+' added, ' ' unchanged.
pub type DiffLine = (char, String);

/// The line diff of one language's body between two published versions.
pub async fn diff(
    db: &Db,
    slug: &str,
    locale_code: &str,
    from: i64,
    to: i64,
) -> Result<Vec<DiffLine>, ServiceError> {
    let e = entry(db, slug).await?;
    let versions = db.content_versions(&e.id).await?;
    let body = |v: i64| -> Result<String, ServiceError> {
        let (_, _, _, snapshot) = versions
            .iter()
            .find(|(n, ..)| *n == v)
            .ok_or(ContentError::NoSuchEntry)?;
        let s: Snapshot = serde_json::from_str(snapshot)
            .map_err(|err| ServiceError::Internal(err.to_string()))?;
        Ok(s.texts
            .get(locale_code)
            .map(|t| format!("# {}\n\n{}", t.title, t.body))
            .unwrap_or_default())
    };
    let (a, b) = (body(from)?, body(to)?);
    let d = similar::TextDiff::from_lines(&a, &b);
    Ok(d.iter_all_changes()
        .map(|c| {
            let tag = match c.tag() {
                similar::ChangeTag::Delete => '-',
                similar::ChangeTag::Insert => '+',
                similar::ChangeTag::Equal => ' ',
            };
            (tag, c.value().trim_end_matches('\n').to_string())
        })
        .collect())
}

/// An item of a feed of changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedItem {
    /// The entry's short name.
    pub slug: String,
    /// Its kind.
    pub kind: String,
    /// The version.
    pub version: i64,
    /// When it was published (RFC 3339).
    pub updated: String,
    /// The language of the title and summary.
    pub locale: String,
    /// Title.
    pub title: String,
    /// Summary, rendered.
    pub summary_html: String,
}

/// The newest published changes about a country, corridor or topic (at most 50), in `locale`
/// where translated.
pub async fn feed(
    db: &Db,
    filter: &lmip_storage::ChangeFilter,
    locale: &str,
    now: &str,
) -> Result<Vec<FeedItem>, ServiceError> {
    let mut out = Vec::new();
    for (slug, kind, version, updated, snapshot) in db.content_changes(filter, now, 50).await? {
        let s: Snapshot = serde_json::from_str(&snapshot)
            .map_err(|err| ServiceError::Internal(err.to_string()))?;
        let chosen = s
            .texts
            .get(locale)
            .map(|t| (locale.to_string(), t))
            .or_else(|| {
                s.texts
                    .get(&s.source_locale)
                    .map(|t| (s.source_locale.clone(), t))
            });
        if let Some((l, t)) = chosen {
            out.push(FeedItem {
                slug,
                kind,
                version,
                updated,
                locale: l,
                title: t.title.clone(),
                summary_html: t.summary_html.clone(),
            });
        }
    }
    Ok(out)
}

/// Attaches a recording to an entry's text in `locale` (replacing an earlier one), judged by its
/// bytes; audited in the same transaction.
pub async fn attach_audio(
    db: &Db,
    actor: &str,
    slug: &str,
    locale_code: &str,
    bytes: &[u8],
) -> Result<lmip_domain::audio::AudioKind, ServiceError> {
    let e = entry(db, slug).await?;
    let loc = locale(locale_code)?;
    let kind = lmip_domain::audio::sniff(bytes).map_err(ContentError::Audio)?;
    if !db
        .content_texts(&e.id)
        .await?
        .iter()
        .any(|t| t.locale == loc.code())
    {
        return Err(ContentError::NoTextForAudio(loc.code().to_string()).into());
    }
    let sha = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(bytes));
    let mut tx = db.write().await?;
    tx.save_audio(&e.id, loc.code(), kind.media_type(), &sha, bytes, actor)
        .await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "content.audio.attach",
        entity: "content_entry",
        entity_id: &e.id,
        detail: &serde_json::json!({
            "slug": slug, "locale": loc.code(), "media_type": kind.media_type(),
            "bytes": bytes.len(), "sha256": sha,
        })
        .to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(kind)
}

/// Removes the recording of an entry's text in `locale`.
pub async fn remove_audio(
    db: &Db,
    actor: &str,
    slug: &str,
    locale_code: &str,
) -> Result<(), ServiceError> {
    let e = entry(db, slug).await?;
    let loc = locale(locale_code)?;
    let mut tx = db.write().await?;
    if tx.delete_audio(&e.id, loc.code()).await? {
        tx.audit(&lmip_storage::AuditEvent {
            actor,
            action: "content.audio.remove",
            entity: "content_entry",
            entity_id: &e.id,
            detail: &serde_json::json!({ "slug": slug, "locale": loc.code() }).to_string(),
        })
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// An entry's recordings, by language.
pub async fn audio_of(db: &Db, slug: &str) -> Result<Vec<lmip_storage::AudioInfo>, ServiceError> {
    let e = entry(db, slug).await?;
    Ok(db.audio_of_entry(&e.id).await?)
}

/// A published entry's recording in `locale`: (kind, SHA-256, bytes); `None` when there is none
/// or the entry is not published.
pub async fn public_audio(
    db: &Db,
    slug: &str,
    locale_code: &str,
) -> Result<Option<(lmip_domain::audio::AudioKind, String, Vec<u8>)>, ServiceError> {
    let Some(e) = db.content_entry(slug).await? else {
        return Ok(None);
    };
    if e.status != "published" {
        return Ok(None);
    }
    let Ok(loc) = locale(locale_code) else {
        return Ok(None);
    };
    Ok(db
        .audio(&e.id, loc.code())
        .await?
        .and_then(|(t, sha, body)| {
            lmip_domain::audio::AudioKind::from_media_type(&t).map(|k| (k, sha, body))
        }))
}
