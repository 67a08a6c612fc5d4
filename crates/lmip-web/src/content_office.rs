//! Content in the back office: the editors' queue (drafts, reviews waiting, entries past their
//! review date, translations behind), a new entry, and one entry's page: its text in each
//! language, its details, the workflow steps the person may take, and its published versions
//! with line diffs.

use crate::WebError;
use crate::account::{check_session_form, redirect};
use crate::authorize::{CurrentSession, actor_of};
use crate::i18n::{Tr, key};
use crate::pages::{Layout, preferred_locale, tr};
use crate::state::AppState;
use askama::Template;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Response};
use axum::{Extension, Form};
use lmip_domain::Locale;
use lmip_domain::content::{ContentKind, Status, Step, TOPICS};
use lmip_domain::policy::{Action, Target, can, organisations_for};
use lmip_domain::structure::Problem;
use lmip_services::ServiceError;
use lmip_services::auth::Session;
use lmip_services::content::{self, ContentError};
use lmip_services::markdown::Warning;

fn status_key(s: &str) -> &'static str {
    match Status::from_stored(s) {
        Status::Draft => key("content-status-draft"),
        Status::InReview => key("content-status-in-review"),
        Status::Published => key("content-status-published"),
        Status::Archived => key("content-status-archived"),
    }
}

fn topic_key(t: &str) -> &'static str {
    match t {
        "pre-departure" => key("topic-pre-departure"),
        "recruitment-and-fees" => key("topic-recruitment-and-fees"),
        "contracts" => key("topic-contracts"),
        "rights-at-work" => key("topic-rights-at-work"),
        "health" => key("topic-health"),
        "money-and-remittances" => key("topic-money-and-remittances"),
        "return-and-reintegration" => key("topic-return-and-reintegration"),
        _ => key("topic-complaints-and-help"),
    }
}

/// The words of a refusal.
fn error_text(t: &Tr<'_>, e: &ContentError) -> String {
    match e {
        ContentError::Conflict(_) => t.plain("content-error-conflict"),
        ContentError::Audio(lmip_domain::audio::AudioProblem::Empty) => {
            t.plain("content-error-audio-empty")
        }
        ContentError::Audio(lmip_domain::audio::AudioProblem::TooLarge) => t.with_all(
            key("content-error-audio-large"),
            &[(
                "mb",
                (lmip_domain::audio::MAX_AUDIO_BYTES / 1024 / 1024).to_string(),
            )],
        ),
        ContentError::Audio(lmip_domain::audio::AudioProblem::NotAudio) => {
            t.plain("content-error-audio-type")
        }
        ContentError::NoTextForAudio(_) => t.plain("content-error-audio-no-text"),
        ContentError::NotEditable(_) => t.plain("content-error-not-editable"),
        ContentError::NoTitle => t.plain("content-error-title"),
        ContentError::BadSlug(_) => t.plain("content-error-slug"),
        ContentError::UnknownLocale(l) => {
            t.with_all(key("content-error-locale"), &[("given", l.clone())])
        }
        ContentError::UnknownTopic(_) | ContentError::BadPlace(_) => {
            t.plain("content-error-places")
        }
        ContentError::BadReviewDays => t.plain("content-error-review-days"),
        ContentError::BadSource(line) => {
            t.with_all(key("content-error-source"), &[("line", line.to_string())])
        }
        ContentError::BadPublishDate => t.plain("content-error-publish-date"),
        ContentError::NoSourceText => t.plain("content-error-source-text"),
        ContentError::NoTranslation(_) => t.plain("error-bad-request-title"),
        ContentError::Workflow(lmip_domain::DomainError::OwnText) => {
            t.plain("content-error-own-text")
        }
        ContentError::Workflow(_) => t.plain("content-error-step"),
        ContentError::NoSuchEntry => t.plain("error-not-found-title"),
        ContentError::Structure(lmip_domain::DomainError::Structure { line, problem }) => t
            .with_all(
                key("structure-line"),
                &[
                    ("line", line.to_string()),
                    ("problem", problem_text(t, problem)),
                ],
            ),
        ContentError::Structure(_) => t.plain("error-bad-request-title"),
        ContentError::NoSuchOffice(o) => {
            t.with_all(key("content-error-office"), &[("given", o.clone())])
        }
        ContentError::NoStructure => t.plain("content-error-no-structure"),
    }
}

/// The words of a problem with a line of a procedure's steps or an agreement's provisions.
fn problem_text(t: &Tr<'_>, p: &Problem) -> String {
    let given = |k: &str, g: &String| t.with_all(k, &[("given", g.clone())]);
    match p {
        Problem::Unreadable => t.plain("structure-unreadable"),
        Problem::UnknownField(g) => given(key("structure-unknown-field"), g),
        Problem::OutsideStep => t.plain("structure-outside-step"),
        Problem::BadKey(g) => given(key("structure-bad-key"), g),
        Problem::DuplicateStep(g) => given(key("structure-duplicate-step"), g),
        Problem::UnknownStep(g) => given(key("structure-unknown-step"), g),
        Problem::Circular { from, to } => t.with_all(
            key("structure-circular"),
            &[("from", from.clone()), ("to", to.clone())],
        ),
        Problem::BadFee(g) => given(key("structure-bad-fee"), g),
        Problem::UnknownCurrency(g) => given(key("structure-unknown-currency"), g),
        Problem::BadTime(g) => given(key("structure-bad-time"), g),
        Problem::BadDate(g) => given(key("structure-bad-date"), g),
        Problem::UnknownCountry(g) => given(key("structure-unknown-country"), g),
        Problem::UnknownStatus(g) => given(key("structure-unknown-status"), g),
        Problem::BadAddress => t.plain("structure-bad-address"),
        Problem::UnknownProvision(g) => given(key("structure-unknown-provision"), g),
        Problem::BadProvision(g) => given(key("structure-bad-provision"), g),
        Problem::MissingArticle(g) => given(key("structure-missing-article"), g),
        Problem::DuplicateArticle(g) => given(key("structure-duplicate-article"), g),
        Problem::NoSuchStep(g) => given(key("structure-no-such-step"), g),
        Problem::NoSuchChoice(g) => given(key("structure-no-such-choice"), g),
        Problem::TooLong => t.plain("structure-too-long"),
    }
}

fn warning_text(t: &Tr<'_>, w: &Warning) -> String {
    match w {
        Warning::RawHtml(h) => t.with_all(key("content-warning-html"), &[("given", h.clone())]),
        Warning::UnsafeLink(u) => t.with_all(key("content-warning-link"), &[("given", u.clone())]),
        Warning::BrokenLink(r) => {
            t.with_all(key("content-warning-broken"), &[("given", r.clone())])
        }
    }
}

/// An entry in the queue.
struct QueueRow {
    href: String,
    slug: String,
    kind: String,
    owner: String,
    status: String,
    attention: Vec<String>,
}

#[derive(Template)]
#[template(path = "content_office.html")]
struct QueuePage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    rows: Vec<QueueRow>,
    /// Organisations the person may create entries for: (slug, name).
    owners: Vec<(String, String)>,
    kinds: Vec<(&'static str, String)>,
    locales: Vec<(&'static str, &'static str)>,
    error: Option<String>,
}

/// `GET /office/content`: the queue and the form for a new entry.
pub(crate) async fn queue(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    queue_page(&state, &headers, &session, None).await
}

async fn queue_page(
    state: &AppState,
    headers: &HeaderMap,
    session: &Session,
    error: Option<String>,
) -> Result<Response<Body>, WebError> {
    let actor = actor_of(Some(session));
    let edit = organisations_for(&actor, Action::EditContent);
    let publish = organisations_for(&actor, Action::PublishContent);
    let locale = preferred_locale(headers);
    let t = tr(state, locale);
    let today = crate::verify::today();
    let report = content::freshness(state.db(), &today).await?;
    let orgs = state.db().organisations().await?;
    let slug_of = |id: &str| {
        orgs.iter()
            .find(|o| o.id == id)
            .map(|o| o.slug.clone())
            .unwrap_or_default()
    };
    let mut rows = Vec::new();
    for e in state.db().content_entries().await? {
        let owner_slug = slug_of(&e.owner_id);
        if !edit.admits(&owner_slug) && !publish.admits(&owner_slug) {
            continue;
        }
        let mut attention = Vec::new();
        if e.status == "in_review" {
            attention.push(t.plain("content-attention-review"));
        }
        if report.stale.iter().any(|(_, s, _, _)| *s == e.slug) {
            attention.push(t.plain("content-attention-stale"));
        }
        for (_, s, l) in &report.outdated {
            if *s == e.slug {
                attention.push(t.with_all(
                    key("content-attention-outdated"),
                    &[("language", l.clone())],
                ));
            }
        }
        rows.push(QueueRow {
            href: format!("/office/organisations/{owner_slug}/content/{}", e.slug),
            slug: e.slug.clone(),
            kind: t.plain(crate::content::kind_key(&e.kind)),
            owner: e.owner.clone(),
            status: t.plain(status_key(&e.status)),
            attention,
        });
    }
    // What needs someone first.
    rows.sort_by_key(|r| r.attention.is_empty());
    let owners = orgs
        .iter()
        .filter(|o| edit.admits(&o.slug))
        .map(|o| (o.slug.clone(), o.name.clone()))
        .collect();
    let refused = error.is_some();
    let page = QueuePage {
        kinds: ContentKind::ALL
            .iter()
            .map(|k| (k.as_str(), t.plain(crate::content::kind_key(k.as_str()))))
            .collect(),
        locales: Locale::ALL
            .iter()
            .map(|l| (l.code(), l.native_name()))
            .collect(),
        t,
        page: Layout::new(state, locale, ""),
        csrf: session.csrf.clone(),
        rows,
        owners,
        error,
    };
    crate::account::form_page(&page, refused)
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CreateForm {
    csrf: String,
    slug: String,
    kind: String,
    #[serde(default)]
    source_locale: String,
    #[serde(default)]
    review_days: String,
}

/// `POST /office/organisations/{org}/content`
pub(crate) async fn create(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    headers: HeaderMap,
    Form(form): Form<CreateForm>,
) -> Result<Response<Body>, WebError> {
    check_session_form(&state, &headers, &session, &form.csrf)?;
    let days = form.review_days.trim().parse::<i64>().unwrap_or(0);
    match content::create(
        state.db(),
        &format!("user:{}", session.user_id),
        &org,
        &form.slug,
        &form.kind,
        &form.source_locale,
        days,
    )
    .await
    {
        Ok(_) => Ok(redirect(
            &format!("/office/organisations/{org}/content/{}", form.slug.trim()),
            &[],
        )),
        Err(ServiceError::Content(e)) => {
            let t = tr(&state, preferred_locale(&headers));
            let error = Some(error_text(&t, &e));
            queue_page(&state, &headers, &session, error).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The entry page's query: which language to edit, which versions to compare.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct EntryQuery {
    locale: Option<String>,
    from: Option<i64>,
    to: Option<i64>,
    saved: Option<String>,
    /// The structure as the editor sent it, shown again when it was refused.
    #[serde(skip)]
    structure: Option<String>,
}

#[derive(Template)]
#[template(path = "content_entry.html")]
struct EntryPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    org: String,
    slug: String,
    kind: String,
    status: String,
    revision: i64,
    editable: bool,
    may_edit: bool,
    may_publish: bool,
    locale: String,
    locales: Vec<(&'static str, &'static str, bool)>,
    source_locale: String,
    title: String,
    summary: String,
    body: String,
    /// The procedure's step texts in this language.
    steps: String,
    /// Whether the entry has a structure (procedure: steps; agreement or law: provisions).
    structured: bool,
    is_procedure: bool,
    structure: String,
    outdated: bool,
    countries: String,
    corridors: String,
    topics: Vec<(&'static str, String, bool)>,
    review_days: i64,
    sources: String,
    checked: String,
    /// (version, publish at, by)
    versions: Vec<(i64, String, String)>,
    diff: Vec<(char, String)>,
    error: Option<String>,
    warnings: Vec<String>,
    saved: bool,
    /// Recordings: (language code, language name, kind, size in KB).
    audio: Vec<(String, String, String, String)>,
}

#[allow(clippy::too_many_arguments)]
async fn entry_page(
    state: &AppState,
    headers: &HeaderMap,
    session: &Session,
    org: &str,
    slug: &str,
    q: &EntryQuery,
    error: Option<String>,
    warnings: Vec<String>,
) -> Result<Response<Body>, WebError> {
    let actor = actor_of(Some(session));
    let may_edit = can(&actor, Action::EditContent, Target::Organisation(org));
    let may_publish = can(&actor, Action::PublishContent, Target::Organisation(org));
    let Some(e) = state.db().content_entry(slug).await? else {
        return Err(WebError::NotFound);
    };
    let owner = state.db().organisation_by_slug(org).await?;
    if !(may_edit || may_publish) || owner.is_none_or(|o| o.id != e.owner_id) {
        return Err(WebError::NotFound);
    }
    let texts = state.db().content_texts(&e.id).await?;
    let locale = q
        .locale
        .clone()
        .filter(|l| l.parse::<Locale>().is_ok())
        .unwrap_or_else(|| e.source_locale.clone());
    let text = texts.iter().find(|t| t.locale == locale);
    let source_revision = texts
        .iter()
        .find(|t| t.locale == e.source_locale)
        .map_or(1, |t| t.revision);
    let sources = state.db().content_sources(&e.id).await?;
    let versions = state.db().content_versions(&e.id).await?;
    let audio = content::audio_of(state.db(), slug)
        .await?
        .into_iter()
        .map(|a| {
            let name = a
                .locale
                .parse::<Locale>()
                .map(|l| l.native_name().to_string())
                .unwrap_or_else(|_| a.locale.clone());
            let kind = lmip_domain::audio::AudioKind::from_media_type(&a.media_type)
                .map(|k| k.extension().to_uppercase())
                .unwrap_or_default();
            let kb = tr(state, preferred_locale(headers)).number(a.size as f64 / 1024.0, 0);
            (a.locale, name, kind, kb)
        })
        .collect();
    let diff = match (q.from, q.to) {
        (Some(a), Some(b)) => content::diff(state.db(), slug, &locale, a, b)
            .await
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let t = tr(state, preferred_locale(headers));
    let refused = error.is_some();
    let topics_now = lmip_domain::codes::unpadded(&e.topics);
    let page = EntryPage {
        page: Layout::new(state, preferred_locale(headers), ""),
        csrf: session.csrf.clone(),
        org: org.to_string(),
        slug: slug.to_string(),
        kind: t.plain(crate::content::kind_key(&e.kind)),
        status: t.plain(status_key(&e.status)),
        revision: e.revision,
        editable: e.status == "draft",
        may_edit,
        may_publish,
        locales: Locale::ALL
            .iter()
            .map(|l| {
                (
                    l.code(),
                    l.native_name(),
                    texts.iter().any(|x| x.locale == l.code()),
                )
            })
            .collect(),
        source_locale: e.source_locale.clone(),
        title: text.map(|x| x.title.clone()).unwrap_or_default(),
        summary: text.map(|x| x.summary.clone()).unwrap_or_default(),
        body: text.map(|x| x.body.clone()).unwrap_or_default(),
        steps: text.map(|x| x.steps.clone()).unwrap_or_default(),
        structured: matches!(e.kind.as_str(), "procedure" | "agreement" | "law"),
        is_procedure: e.kind == "procedure",
        structure: q.structure.clone().unwrap_or_else(|| e.structure.clone()),
        outdated: text.is_some_and(|x| {
            lmip_domain::content::is_outdated(
                x.locale == e.source_locale,
                x.based_on,
                source_revision,
            )
        }),
        locale,
        countries: e.countries.trim().to_string(),
        corridors: e.corridors.trim().replace(' ', ", "),
        topics: TOPICS
            .iter()
            .map(|k| (*k, t.plain(topic_key(k)), topics_now.contains(k)))
            .collect(),
        review_days: e.review_days,
        sources: sources
            .iter()
            .map(|s| {
                format!(
                    "{} | {} | {} | {}",
                    s.publisher,
                    s.title,
                    s.url,
                    s.published_on.clone().unwrap_or_default()
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
        checked: match (&e.verified_on, &e.verified_by) {
            (Some(d), Some(by)) => t.with_all(
                key("content-checked"),
                &[("date", t.date(d)), ("org", by.clone())],
            ),
            _ => t.plain("help-not-checked"),
        },
        versions: versions
            .iter()
            .map(|(v, at, by, _)| (*v, at.clone(), by.clone()))
            .collect(),
        diff,
        error,
        warnings,
        saved: q.saved.is_some(),
        audio,
        t,
    };
    crate::account::form_page(&page, refused)
}

/// `GET /office/organisations/{org}/content/{slug}`
pub(crate) async fn entry(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, slug)): Path<(String, String)>,
    Query(q): Query<EntryQuery>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    entry_page(
        &state,
        &headers,
        &session,
        &org,
        &slug,
        &q,
        None,
        Vec::new(),
    )
    .await
}

/// After a change: back to the entry, or the page again with why it was refused.
#[allow(clippy::too_many_arguments)]
async fn after(
    state: &AppState,
    headers: &HeaderMap,
    session: &Session,
    org: &str,
    slug: &str,
    locale: &str,
    result: Result<Vec<Warning>, ServiceError>,
) -> Result<Response<Body>, WebError> {
    after_with(state, headers, session, org, slug, locale, result, None).await
}

/// [`after`], keeping what the editor sent in the structure box when it is refused.
#[allow(clippy::too_many_arguments)]
async fn after_with(
    state: &AppState,
    headers: &HeaderMap,
    session: &Session,
    org: &str,
    slug: &str,
    locale: &str,
    result: Result<Vec<Warning>, ServiceError>,
    structure: Option<String>,
) -> Result<Response<Body>, WebError> {
    let t = tr(state, preferred_locale(headers));
    let q = EntryQuery {
        locale: Some(locale.to_string()),
        structure,
        ..Default::default()
    };
    match result {
        Ok(w) if w.is_empty() => Ok(redirect(
            &format!("/office/organisations/{org}/content/{slug}?locale={locale}&saved=1"),
            &[],
        )),
        Ok(w) => {
            let warnings = w.iter().map(|x| warning_text(&t, x)).collect();
            entry_page(state, headers, session, org, slug, &q, None, warnings).await
        }
        Err(ServiceError::Content(ContentError::NoSuchEntry)) => Err(WebError::NotFound),
        Err(ServiceError::Content(e)) => {
            let error = Some(error_text(&t, &e));
            entry_page(state, headers, session, org, slug, &q, error, Vec::new()).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The prologue of every change to an entry: the form's session token, and the entry owned by
/// the path's organisation (what the policy checked); another's entry is not found. Returns the
/// actor the audit log names.
async fn editing(
    state: &AppState,
    headers: &HeaderMap,
    session: &Session,
    csrf: &str,
    org: &str,
    slug: &str,
) -> Result<String, WebError> {
    check_session_form(state, headers, session, csrf)?;
    let e = state.db().content_entry(slug).await?;
    let o = state.db().organisation_by_slug(org).await?;
    match (e, o) {
        (Some(e), Some(o)) if e.owner_id == o.id => Ok(format!("user:{}", session.user_id)),
        _ => Err(WebError::NotFound),
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TextForm {
    csrf: String,
    locale: String,
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    steps: String,
    #[serde(default)]
    revision: i64,
}

/// `POST …/content/{slug}/text`
pub(crate) async fn save_text(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, slug)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<TextForm>,
) -> Result<Response<Body>, WebError> {
    let actor = editing(&state, &headers, &session, &form.csrf, &org, &slug).await?;
    let result = content::save_text(
        state.db(),
        &actor,
        &slug,
        &form.locale,
        &form.title,
        &form.summary,
        &form.body,
        &form.steps,
        form.revision,
    )
    .await
    .map(|s| s.warnings);
    after(
        &state,
        &headers,
        &session,
        &org,
        &slug,
        &form.locale,
        result,
    )
    .await
}

/// `POST …/content/{slug}/details` (fields repeat: `topic` once per topic).
pub(crate) async fn save_details(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, slug)): Path<(String, String)>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response<Body>, WebError> {
    let field = |name: &str| crate::account::form_field(&fields, name).to_string();
    let actor = editing(&state, &headers, &session, &field("csrf"), &org, &slug).await?;
    let result = content::save_details(
        state.db(),
        &actor,
        &slug,
        &content::Details {
            countries: &field("countries"),
            corridors: &field("corridors"),
            topics: crate::account::form_values(&fields, "topic"),
            review_days: field("review_days").trim().parse().unwrap_or(0),
            sources: &field("sources"),
        },
        field("revision").trim().parse().unwrap_or(0),
    )
    .await
    .map(|_| Vec::new());
    after(&state, &headers, &session, &org, &slug, "", result).await
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct StructureForm {
    csrf: String,
    #[serde(default)]
    structure: String,
    #[serde(default)]
    revision: i64,
}

/// `POST …/content/{slug}/structure`: a procedure's steps, or an agreement's or law's articles
/// and provisions.
pub(crate) async fn save_structure(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, slug)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<StructureForm>,
) -> Result<Response<Body>, WebError> {
    let actor = editing(&state, &headers, &session, &form.csrf, &org, &slug).await?;
    let result = content::save_structure(state.db(), &actor, &slug, &form.structure, form.revision)
        .await
        .map(|_| Vec::new());
    after_with(
        &state,
        &headers,
        &session,
        &org,
        &slug,
        "",
        result,
        Some(form.structure),
    )
    .await
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct StepForm {
    csrf: String,
    step: String,
    #[serde(default)]
    revision: i64,
    #[serde(default)]
    publish_on: String,
    #[serde(default)]
    locale: String,
}

async fn take_step(
    state: &AppState,
    headers: &HeaderMap,
    session: &Session,
    org: &str,
    slug: &str,
    form: &StepForm,
    allowed: &[&str],
) -> Result<Response<Body>, WebError> {
    let actor = editing(state, headers, session, &form.csrf, org, slug).await?;
    if !allowed.contains(&form.step.as_str()) {
        return Err(WebError::Unprocessable);
    }
    let today = crate::verify::today();
    let result = match form.step.as_str() {
        "confirm" => {
            content::confirm_translation(state.db(), &actor, slug, &form.locale, form.revision)
                .await
                .map(|_| ())
        }
        "checked" => content::mark_checked(state.db(), &actor, org, slug, &today).await,
        s => {
            let step = match s {
                "submit" => Step::Submit,
                "reopen" => Step::Reopen,
                "publish" => Step::Publish,
                "send_back" => Step::SendBack,
                _ => Step::Archive,
            };
            content::step(
                state.db(),
                &actor,
                org,
                slug,
                step,
                &form.publish_on,
                form.revision,
                &today,
            )
            .await
            .map(|_| ())
        }
    };
    after(
        state,
        headers,
        session,
        org,
        slug,
        &form.locale,
        result.map(|()| Vec::new()),
    )
    .await
}

/// `POST …/content/{slug}/step`: an editor's steps (ask for review, edit again, confirm a
/// translation).
pub(crate) async fn step(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, slug)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<StepForm>,
) -> Result<Response<Body>, WebError> {
    take_step(
        &state,
        &headers,
        &session,
        &org,
        &slug,
        &form,
        &["submit", "reopen", "confirm"],
    )
    .await
}

/// `POST …/content/{slug}/decision`: a reviewer's steps (publish, send back, archive, checked).
pub(crate) async fn decision(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, slug)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<StepForm>,
) -> Result<Response<Body>, WebError> {
    take_step(
        &state,
        &headers,
        &session,
        &org,
        &slug,
        &form,
        &["publish", "send_back", "archive", "checked"],
    )
    .await
}

/// `POST …/content/{slug}/audio`: a recording for one language (multipart: `csrf`, `locale`,
/// `file`), judged by its bytes.
pub(crate) async fn attach_audio(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, slug)): Path<(String, String)>,
    headers: HeaderMap,
    multipart: Result<
        axum::extract::multipart::Multipart,
        axum::extract::multipart::MultipartRejection,
    >,
) -> Result<Response<Body>, WebError> {
    crate::account::same_site(&headers, &state.inner.config.public_url)?;
    let Ok(multipart) = multipart else {
        return Err(WebError::Forbidden);
    };
    let mut form = crate::submissions::read_form(multipart, &["csrf", "locale"]).await?;
    let field = |name: &str| form.fields.get(name).cloned().unwrap_or_default();
    let actor = editing(&state, &headers, &session, &field("csrf"), &org, &slug).await?;
    let locale = field("locale");
    let mut bytes = Vec::new();
    if let Some(file) = form.file.as_mut() {
        use std::io::Read;
        // One byte more than allowed tells "too large" without reading a huge file whole.
        file.take(lmip_domain::audio::MAX_AUDIO_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| WebError::Internal(format!("the upload cannot be read: {e}")))?;
    }
    let result = content::attach_audio(state.db(), &actor, &slug, &locale, &bytes)
        .await
        .map(|_| Vec::new());
    after(&state, &headers, &session, &org, &slug, &locale, result).await
}

/// `POST …/content/{slug}/audio/remove` (`csrf`, `locale`).
pub(crate) async fn remove_audio(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path((org, slug)): Path<(String, String)>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response<Body>, WebError> {
    let field = |name: &str| crate::account::form_field(&fields, name).to_string();
    let actor = editing(&state, &headers, &session, &field("csrf"), &org, &slug).await?;
    let locale = field("locale");
    let result = content::remove_audio(state.db(), &actor, &slug, &locale)
        .await
        .map(|_| Vec::new());
    after(&state, &headers, &session, &org, &slug, &locale, result).await
}
