//! Content as files, for ministries that keep it in bulk or in git: one folder per entry holding
//! `entry.toml` (kind, owner, languages, places, topics, review interval, sources) and one
//! Markdown file per language (`km.md`) with its title and summary as TOML front matter between
//! `+++` lines, and a language's recording beside its text (`km.ogg` or `km.mp3`). `export` writes
//! them; `plan` reads a folder back and says what would change; `apply` makes every change in one
//! transaction or none. An import never publishes: a changed entry becomes a draft for a reviewer,
//! and readers keep its published version meanwhile. A recording is not versioned (as when an
//! editor attaches one): a new or changed recording file replaces the language's recording without
//! making the entry a draft, and a recording without a file is kept (remove it in the back office).

use crate::ServiceError;
use lmip_domain::Locale;
use lmip_domain::codes::{padded, unpadded};
use lmip_domain::content::{ContentKind, TOPICS};
use lmip_storage::{ContentSource, Db, NewContentEntry, TextWrite};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// An entry's file (`entry.toml`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryMeta {
    /// guide, procedure, law, agreement, faq or news.
    pub kind: String,
    /// The owner organisation's short name.
    pub owner: String,
    /// The language written first.
    pub source_locale: String,
    /// Days between reviews.
    pub review_days: i64,
    /// Countries (alpha-2).
    #[serde(default)]
    pub countries: Vec<String>,
    /// Corridors ("KH-TH").
    #[serde(default)]
    pub corridors: Vec<String>,
    /// Topics.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Sources.
    #[serde(default)]
    pub sources: Vec<ContentSource>,
    /// A procedure's steps or an agreement's articles and provisions.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub structure: String,
}

/// A text's front matter.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    steps: String,
}

/// One language's text as its file holds it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FileText {
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Body.
    pub body: String,
    /// A procedure's step texts.
    pub steps: String,
}

/// An entry as its folder holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryFiles {
    /// The folder's name: the entry's short name.
    pub slug: String,
    /// `entry.toml`.
    pub meta: EntryMeta,
    /// Texts by language.
    pub texts: BTreeMap<String, FileText>,
    /// Recordings by language, checked by their bytes.
    pub audio: BTreeMap<String, Recording>,
}

/// A recording file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recording {
    /// Ogg Opus or MP3, by its first bytes.
    pub kind: lmip_domain::audio::AudioKind,
    /// SHA-256 of the bytes, hex.
    pub sha256: String,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// A problem with a file, named with the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    /// The file (or folder).
    pub path: PathBuf,
    /// What is wrong.
    pub problem: String,
}

impl std::fmt::Display for FileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.problem)
    }
}

fn same_text(stored: &lmip_storage::ContentText, file: &FileText) -> bool {
    stored.title == file.title
        && stored.summary == file.summary
        && stored.body == file.body
        && stored.steps.trim() == file.steps.trim()
}

fn write<'a>(locale: &'a str, t: &'a FileText, revision: i64, based_on: i64) -> TextWrite<'a> {
    TextWrite {
        locale,
        title: &t.title,
        summary: &t.summary,
        body: &t.body,
        steps: t.steps.trim(),
        revision,
        based_on,
    }
}

fn unpad(s: &str) -> Vec<String> {
    unpadded(s).into_iter().map(str::to_string).collect()
}

fn io(path: &Path, e: std::io::Error) -> ServiceError {
    ServiceError::BadFile {
        file: path.display().to_string(),
        line: None,
        reason: e.to_string(),
    }
}

/// Writes every entry's working texts and details under `dir` (created if needed); returns how
/// many entries.
pub async fn export(db: &Db, dir: &Path) -> Result<usize, ServiceError> {
    let orgs = db.organisations().await?;
    let entries = db.content_entries().await?;
    for e in &entries {
        let folder = dir.join(&e.slug);
        std::fs::create_dir_all(&folder).map_err(|err| io(&folder, err))?;
        let meta = EntryMeta {
            kind: e.kind.clone(),
            owner: orgs
                .iter()
                .find(|o| o.id == e.owner_id)
                .map(|o| o.slug.clone())
                .unwrap_or_default(),
            source_locale: e.source_locale.clone(),
            review_days: e.review_days,
            countries: unpad(&e.countries),
            corridors: unpad(&e.corridors),
            topics: unpad(&e.topics),
            sources: db.content_sources(&e.id).await?,
            structure: e.structure.clone(),
        };
        let text = toml::to_string(&meta).map_err(|err| ServiceError::Internal(err.to_string()))?;
        let path = folder.join("entry.toml");
        std::fs::write(&path, text).map_err(|err| io(&path, err))?;
        for t in db.content_texts(&e.id).await? {
            let front = toml::to_string(&FrontMatter {
                title: t.title.clone(),
                summary: t.summary.clone(),
                steps: t.steps.clone(),
            })
            .map_err(|err| ServiceError::Internal(err.to_string()))?;
            let path = folder.join(format!("{}.md", t.locale));
            std::fs::write(&path, format!("+++\n{front}+++\n{}", t.body))
                .map_err(|err| io(&path, err))?;
        }
        for a in db.audio_of_entry(&e.id).await? {
            let (Some(kind), Some((_, _, bytes))) = (
                lmip_domain::audio::AudioKind::from_media_type(&a.media_type),
                db.audio(&e.id, &a.locale).await?,
            ) else {
                continue;
            };
            let path = folder.join(format!("{}.{}", a.locale, kind.extension()));
            std::fs::write(&path, bytes).map_err(|err| io(&path, err))?;
        }
    }
    Ok(entries.len())
}

fn read_text(path: &Path, raw: &str) -> Result<FileText, FileProblem> {
    let problem = |p: &str| FileProblem {
        path: path.to_path_buf(),
        problem: p.to_string(),
    };
    let rest = raw
        .strip_prefix("+++\n")
        .or_else(|| raw.strip_prefix("+++\r\n"))
        .ok_or_else(|| {
            problem("it must start with front matter between +++ lines (title = \"…\")")
        })?;
    let end = rest
        .find("\n+++")
        .ok_or_else(|| problem("the front matter has no closing +++ line"))?;
    let front: FrontMatter = toml::from_str(&rest[..end])
        .map_err(|e| problem(&format!("front matter: {}", e.message())))?;
    if front.title.trim().is_empty() {
        return Err(problem("the title is empty"));
    }
    let body = rest[end + 4..]
        .trim_start_matches('\r')
        .trim_start_matches('\n');
    Ok(FileText {
        title: front.title,
        summary: front.summary,
        body: body.to_string(),
        steps: front.steps,
    })
}

/// Reads and checks a folder of entries; every problem is named with its file, and a folder
/// with any problem is refused as a whole.
pub fn read_dir(dir: &Path) -> Result<Vec<EntryFiles>, Vec<FileProblem>> {
    let mut problems = Vec::new();
    let mut out = Vec::new();
    let folders = match std::fs::read_dir(dir) {
        Ok(f) => f,
        Err(e) => {
            return Err(vec![FileProblem {
                path: dir.to_path_buf(),
                problem: e.to_string(),
            }]);
        }
    };
    let mut folders: Vec<PathBuf> = folders
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    for folder in folders {
        let slug = folder
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        macro_rules! problem {
            ($path:expr, $p:expr) => {
                problems.push(FileProblem {
                    path: $path.to_path_buf(),
                    problem: $p,
                })
            };
        }
        if slug.is_empty()
            || !slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            problem!(
                &folder,
                "a folder's name is the entry's short name: a-z, 0-9 and hyphens".into()
            );
            continue;
        }
        let meta_path = folder.join("entry.toml");
        let meta: EntryMeta = match std::fs::read_to_string(&meta_path)
            .map_err(|e| e.to_string())
            .and_then(|t| toml::from_str(&t).map_err(|e| e.message().to_string()))
        {
            Ok(m) => m,
            Err(e) => {
                problem!(&meta_path, e);
                continue;
            }
        };
        if meta.kind.parse::<ContentKind>().is_err() {
            problem!(&meta_path, format!("unknown kind '{}'", meta.kind));
        }
        if meta.source_locale.parse::<Locale>().is_err() {
            problem!(
                &meta_path,
                format!("'{}' is not one of lmip's languages", meta.source_locale)
            );
        }
        if !(1..=3650).contains(&meta.review_days) {
            problem!(&meta_path, "review_days must be 1 to 3650".into());
        }
        for c in &meta.countries {
            if !lmip_refdata::is_country(c) {
                problem!(&meta_path, format!("'{c}' is not a country code"));
            }
        }
        for c in &meta.corridors {
            let ok = lmip_domain::directory::parse_corridors(c).is_ok_and(|v| {
                v.len() == 1
                    && lmip_refdata::is_country(&v[0].0)
                    && lmip_refdata::is_country(&v[0].1)
            });
            if !ok {
                problem!(&meta_path, format!("'{c}' is not a corridor (KH-TH)"));
            }
        }
        for t in &meta.topics {
            if !TOPICS.contains(&t.as_str()) {
                problem!(&meta_path, format!("'{t}' is not one of the topics"));
            }
        }
        let mut texts = BTreeMap::new();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
            .map(|r| r.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        for path in files
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
        {
            let locale = path
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            if locale.parse::<Locale>().is_err() {
                problem!(
                    path,
                    format!("'{locale}' is not one of lmip's languages (name files km.md, th.md…)")
                );
                continue;
            }
            match std::fs::read_to_string(path)
                .map_err(|e| FileProblem {
                    path: path.clone(),
                    problem: e.to_string(),
                })
                .and_then(|raw| read_text(path, &raw))
            {
                Ok(t) => {
                    texts.insert(locale, t);
                }
                Err(p) => problems.push(p),
            }
        }
        let mut audio = BTreeMap::new();
        for path in files.iter().filter(|p| {
            p.extension()
                .is_some_and(|e| e == "ogg" || e == "opus" || e == "mp3")
        }) {
            let locale = path
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            if !texts.contains_key(&locale) {
                problem!(
                    path,
                    format!("a recording needs its text beside it: no {locale}.md in this folder")
                );
                continue;
            }
            match read_recording(path) {
                Ok(r) => {
                    if audio.insert(locale.clone(), r).is_some() {
                        problem!(path, format!("a second recording for '{locale}': keep one"));
                    }
                }
                Err(p) => problems.push(p),
            }
        }
        let structured = matches!(
            meta.kind.parse::<ContentKind>(),
            Ok(ContentKind::Procedure | ContentKind::Agreement | ContentKind::Law)
        );
        match crate::content::check_structure(&meta.kind, &meta.structure) {
            // The same words as the back office: a guide's structure is not a typo in one line.
            Err(_) if !structured => problem!(
                &meta_path,
                format!("structure: {}", crate::content::ContentError::NoStructure)
            ),
            Err(e) => problem!(&meta_path, format!("structure: {e}")),
            Ok(_) => {
                for (locale, t) in &texts {
                    if let Err(e) = crate::content::check_steps(&meta.structure, &t.steps) {
                        problem!(folder.join(format!("{locale}.md")), format!("steps: {e}"));
                    }
                }
            }
        }
        if !texts.contains_key(&meta.source_locale) {
            problems.push(FileProblem {
                path: folder.clone(),
                problem: format!(
                    "no {}.md: the text in its source language is needed",
                    meta.source_locale
                ),
            });
        }
        out.push(EntryFiles {
            slug,
            meta,
            texts,
            audio,
        });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// Reads a recording, refusing one too large before reading it and one whose bytes are not Ogg
/// Opus or MP3 whatever its name.
fn read_recording(path: &Path) -> Result<Recording, FileProblem> {
    let problem = |p: String| FileProblem {
        path: path.to_path_buf(),
        problem: p,
    };
    let size = std::fs::metadata(path)
        .map_err(|e| problem(e.to_string()))?
        .len();
    if size > lmip_domain::audio::MAX_AUDIO_BYTES as u64 {
        return Err(problem(
            lmip_domain::audio::AudioProblem::TooLarge.to_string(),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| problem(e.to_string()))?;
    let kind = lmip_domain::audio::sniff(&bytes).map_err(|e| problem(e.to_string()))?;
    Ok(Recording {
        kind,
        sha256: hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&bytes)),
        bytes,
    })
}

/// What an import changes: new entries, changed entries with what changed, unchanged ones.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportPlan {
    /// Short names of new entries.
    pub new: Vec<String>,
    /// (short name, what changed in words).
    pub changed: Vec<(String, Vec<String>)>,
    /// How many are the same.
    pub same: usize,
    /// (short name, language) of each recording to keep: new or changed, and every recording of
    /// a new entry. Each one of an existing entry is also a "LANG recording" in `changed`.
    pub recordings: Vec<(String, String)>,
}

/// Compares the files with the database.
pub async fn plan(db: &Db, entries: &[EntryFiles]) -> Result<ImportPlan, ServiceError> {
    let mut plan = ImportPlan::default();
    for f in entries {
        let Some(e) = db.content_entry(&f.slug).await? else {
            plan.new.push(f.slug.clone());
            plan.recordings
                .extend(f.audio.keys().map(|l| (f.slug.clone(), l.clone())));
            continue;
        };
        let mut what = Vec::new();
        let texts = db.content_texts(&e.id).await?;
        for (locale, ft) in &f.texts {
            match texts.iter().find(|t| &t.locale == locale) {
                None => what.push(format!("new {locale} text")),
                Some(t) if !same_text(t, ft) => what.push(format!("{locale} text")),
                Some(_) => {}
            }
        }
        let stored = db.audio_of_entry(&e.id).await?;
        for (locale, r) in &f.audio {
            let word = match stored.iter().find(|a| &a.locale == locale) {
                None => format!("new {locale} recording"),
                Some(a) if a.sha256 != r.sha256 => format!("{locale} recording"),
                Some(_) => continue,
            };
            what.push(word);
            plan.recordings.push((f.slug.clone(), locale.clone()));
        }
        if unpad(&e.countries) != f.meta.countries
            || unpad(&e.corridors) != f.meta.corridors
            || unpad(&e.topics) != f.meta.topics
            || e.review_days != f.meta.review_days
            || db.content_sources(&e.id).await? != f.meta.sources
            || e.structure.trim() != f.meta.structure.trim()
        {
            what.push("details".into());
        }
        if what.is_empty() {
            plan.same += 1;
        } else {
            plan.changed.push((f.slug.clone(), what));
        }
    }
    Ok(plan)
}

/// Applies the files in one transaction (all or nothing) with one audit row: new entries are
/// created as drafts, changed entries take the new texts and details and become drafts.
pub async fn apply(
    db: &Db,
    actor: &str,
    entries: &[EntryFiles],
) -> Result<ImportPlan, ServiceError> {
    let plan = plan(db, entries).await?;
    let orgs = db.organisations().await?;
    let mut tx = db.write().await?;
    for f in entries {
        let is_new = plan.new.contains(&f.slug);
        let changes = plan
            .changed
            .iter()
            .find(|(s, _)| *s == f.slug)
            .map_or(0, |(_, w)| w.len());
        let recordings: Vec<&str> = plan
            .recordings
            .iter()
            .filter(|(s, _)| *s == f.slug)
            .map(|(_, l)| l.as_str())
            .collect();
        if !is_new && changes == 0 {
            continue;
        }
        // Only recordings changed: they are not versioned, so the entry does not become a draft.
        if !is_new && changes == recordings.len() {
            if let Some(e) = tx.content_entry_in_tx(&f.slug).await? {
                save_recordings(&mut tx, actor, &e.id, f, &recordings).await?;
            }
            continue;
        }
        let owner = orgs
            .iter()
            .find(|o| o.slug == f.meta.owner)
            .ok_or_else(|| ServiceError::BadFile {
                file: format!("{}/entry.toml", f.slug),
                line: None,
                reason: format!("no organisation with the short name '{}'", f.meta.owner),
            })?;
        let id = match tx.content_entry_in_tx(&f.slug).await? {
            Some(e) => {
                tx.bump_content_entry(&e.id, e.revision, "draft", actor, true)
                    .await?;
                e.id
            }
            None => {
                tx.insert_content_entry(
                    &NewContentEntry {
                        slug: &f.slug,
                        kind: &f.meta.kind,
                        owner_id: &owner.id,
                        source_locale: &f.meta.source_locale,
                        review_days: f.meta.review_days,
                    },
                    actor,
                )
                .await?
            }
        };
        tx.set_content_details(
            &id,
            &padded(
                &f.meta
                    .countries
                    .iter()
                    .map(|c| c.to_uppercase())
                    .collect::<Vec<_>>(),
            ),
            &padded(
                &f.meta
                    .corridors
                    .iter()
                    .map(|c| c.to_uppercase())
                    .collect::<Vec<_>>(),
            ),
            &padded(&f.meta.topics),
            f.meta.review_days,
            &f.meta.sources,
        )
        .await?;
        tx.set_content_structure(&id, f.meta.structure.trim())
            .await?;
        // The source text first, so that translations record the revision they follow.
        let source_revision = {
            let current = tx.content_text_in_tx(&id, &f.meta.source_locale).await?;
            let Some(ft) = f.texts.get(&f.meta.source_locale) else {
                continue;
            };
            let rev = match &current {
                Some(c) if same_text(c, ft) => c.revision,
                Some(c) => c.revision + 1,
                None => 1,
            };
            tx.upsert_content_text(&id, &write(&f.meta.source_locale, ft, rev, rev), actor)
                .await?;
            rev
        };
        for (locale, ft) in &f.texts {
            if *locale == f.meta.source_locale {
                continue;
            }
            let current = tx.content_text_in_tx(&id, locale).await?;
            let (rev, based_on) = match &current {
                Some(c) if same_text(c, ft) => (c.revision, c.based_on),
                Some(c) => (c.revision + 1, source_revision),
                None => (1, source_revision),
            };
            tx.upsert_content_text(&id, &write(locale, ft, rev, based_on), actor)
                .await?;
        }
        save_recordings(&mut tx, actor, &id, f, &recordings).await?;
    }
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "content.import",
        entity: "content_entry",
        entity_id: "",
        detail: &serde_json::json!({
            "new": plan.new, "changed": plan.changed.iter().map(|(s, _)| s).collect::<Vec<_>>(),
            "same": plan.same,
        })
        .to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(plan)
}

/// Keeps the recordings of `locales` (those the plan found new or changed).
async fn save_recordings(
    tx: &mut lmip_storage::WriteTx<'_>,
    actor: &str,
    entry_id: &str,
    f: &EntryFiles,
    locales: &[&str],
) -> Result<(), ServiceError> {
    for (locale, r) in f
        .audio
        .iter()
        .filter(|(l, _)| locales.contains(&l.as_str()))
    {
        tx.save_audio(
            entry_id,
            locale,
            r.kind.media_type(),
            &r.sha256,
            &r.bytes,
            actor,
        )
        .await?;
    }
    Ok(())
}
