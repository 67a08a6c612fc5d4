//! Search across everything — content in each language (guides, procedures with their steps,
//! agreements and laws with their articles, questions, news), directory entries and verified
//! opportunities — in all ten languages, with the index in the database.
//!
//! Documents and queries go through the same segmenter (lmip-search: ICU4X dictionaries for Thai,
//! Lao, Khmer and Burmese; case and Latin diacritics folded, so Vietnamese typed with or without
//! tone marks finds the same words). Every query word must be in a document; the last may be the
//! beginning of a word (people type as they search). Documents are written in the transaction that
//! publishes, archives, lists or verifies what they come from, and `lmip search reindex` rebuilds
//! them all in one transaction.

use crate::ServiceError;
use crate::content::Snapshot;
use lmip_domain::content::Status;
use lmip_search::Segmenter;
use lmip_storage::{ContentEntry, Db, Opportunity, SearchDoc, SearchQuery, WriteTx};

/// The longest query, in characters: a question, not a document.
pub const MAX_QUERY: usize = 200;

/// Results on a page: a small phone shows about this many before the reader gives up scrolling.
pub const PAGE: usize = 10;

/// The most words of a query that count (a pasted paragraph is cut, not refused).
pub const MAX_WORDS: usize = 12;

/// How much of a document's text is kept for its snippet.
const BODY_KEPT: usize = 4000;

/// How far into a text its snippet's first match is looked for (characters).
const SNIPPET_SCAN: usize = 600;

/// Why a search cannot run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SearchError {
    /// Nothing typed.
    #[error("type a word to search for")]
    Empty,
    /// More than [`MAX_QUERY`] characters.
    #[error("the search is too long: use at most {0} characters")]
    TooLong(usize),
    /// Only punctuation or symbols: no word to look for.
    #[error("there is no word to search for in '{0}'")]
    NoWords(String),
    /// A filter that is not a kind, a country or a corridor.
    #[error("'{0}' cannot be a filter here")]
    BadFilter(String),
}

impl From<SearchError> for ServiceError {
    fn from(e: SearchError) -> Self {
        ServiceError::Search(e)
    }
}

/// The kinds a search can be limited to.
pub const KINDS: [&str; 8] = [
    "guide",
    "procedure",
    "law",
    "agreement",
    "faq",
    "news",
    "directory",
    "opportunity",
];

/// A search as typed (empty filters do not filter).
#[derive(Debug, Clone, Default)]
pub struct Search<'a> {
    /// The words.
    pub q: &'a str,
    /// A kind from [`KINDS`].
    pub kind: &'a str,
    /// A country code.
    pub country: &'a str,
    /// A corridor ("KH-TH").
    pub corridor: &'a str,
    /// A language code.
    pub language: &'a str,
}

/// A piece of text, and whether it matched a query word.
pub type Piece = (String, bool);

/// A result: where it leads, its title and a snippet with the query's words marked.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Its kind.
    pub kind: String,
    /// The short name or id of its page.
    pub ref_: String,
    /// Its language ('' for several).
    pub locale: String,
    /// Title, with matches marked.
    pub title: Vec<Piece>,
    /// Up to about 200 characters around the first match, with matches marked.
    pub snippet: Vec<Piece>,
}

/// The folded words of a query, checked.
pub fn query_words(seg: &Segmenter, q: &str) -> Result<Vec<String>, SearchError> {
    let q = q.trim();
    if q.is_empty() {
        return Err(SearchError::Empty);
    }
    if q.chars().count() > MAX_QUERY {
        return Err(SearchError::TooLong(MAX_QUERY));
    }
    let mut words: Vec<String> = Vec::new();
    for w in seg.words(q) {
        // The index's filter words start with this mark: typed, it is no word.
        if w.folded.contains(lmip_storage::FILTER_MARK) {
            continue;
        }
        if !words.contains(&w.folded) {
            words.push(w.folded);
        }
    }
    if words.is_empty() {
        return Err(SearchError::NoWords(q.chars().take(40).collect()));
    }
    words.truncate(MAX_WORDS);
    Ok(words)
}

fn matches(folded: &str, words: &[String]) -> bool {
    let last = words.len().saturating_sub(1);
    words.iter().enumerate().any(|(i, w)| {
        folded == w
            || (i == last
                && w.chars().count() >= lmip_storage::MIN_PREFIX
                && folded.starts_with(w.as_str()))
    })
}

/// `text` cut into pieces, the words that match marked (for `<mark>`).
pub fn highlight(seg: &Segmenter, text: &str, words: &[String]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut at = 0;
    let push = |piece: &str, hit: bool, out: &mut Vec<Piece>| {
        if piece.is_empty() {
            return;
        }
        match out.last_mut() {
            Some((s, h)) if *h == hit => s.push_str(piece),
            _ => out.push((piece.to_string(), hit)),
        }
    };
    for w in seg.words(text) {
        if matches(&w.folded, words) {
            push(&text[at..w.start], false, &mut out);
            push(w.text, true, &mut out);
            at = w.end;
        }
    }
    push(&text[at..], false, &mut out);
    out
}

/// About `chars` characters of `text` around its first match, marked.
pub fn snippet(seg: &Segmenter, text: &str, words: &[String], chars: usize) -> Vec<Piece> {
    // The first match is looked for near the start only: segmenting whole texts for every result
    // would cost more than the search itself.
    let scanned = text
        .char_indices()
        .nth(SNIPPET_SCAN)
        .map_or(text, |(i, _)| &text[..i]);
    let found = seg.words(scanned);
    let first = found
        .iter()
        .find(|w| matches(&w.folded, words))
        .map_or(0, |w| w.start);
    // Start a little before the match, at the start of a word (never inside one).
    let before: Vec<(usize, char)> = text[..first].char_indices().collect();
    let near = before
        .len()
        .checked_sub(chars / 4)
        .and_then(|i| before.get(i))
        .map_or(0, |(i, _)| *i);
    let start = found
        .iter()
        .map(|w| w.start)
        .find(|s| *s >= near && *s <= first)
        .unwrap_or(first);
    let cut = text[start..]
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| start + i);
    // End after a whole word too: the last word that fits (words are known in the scanned part;
    // past it, the last space), or the cut itself when no boundary fits.
    let end = if cut == text.len() {
        cut
    } else {
        found
            .iter()
            .map(|w| w.end)
            .filter(|e| *e > first && *e <= cut)
            .max()
            .or_else(|| {
                text[start..cut]
                    .rfind(char::is_whitespace)
                    .map(|i| start + i)
                    .filter(|e| *e > first)
            })
            .unwrap_or(cut)
    };
    let mut pieces = highlight(seg, &text[start..end], words);
    if start > 0 {
        pieces.insert(0, ("… ".into(), false));
    }
    if end < text.len() {
        pieces.push((" …".into(), false));
    }
    pieces
}

/// Searches on `now` (RFC 3339) for a reader of `reader_locale`: at most [`PAGE`] results.
pub async fn search(
    db: &Db,
    seg: &Segmenter,
    s: &Search<'_>,
    reader_locale: &str,
    now: &str,
) -> Result<Vec<Found>, ServiceError> {
    let words = query_words(seg, s.q)?;
    let opt = |v: &str| Some(v.trim().to_string()).filter(|v| !v.is_empty());
    let kind = opt(s.kind);
    if let Some(k) = &kind
        && !KINDS.contains(&k.as_str())
    {
        return Err(SearchError::BadFilter(k.chars().take(20).collect()).into());
    }
    let country = opt(s.country).map(|c| c.to_uppercase());
    if let Some(c) = &country
        && !lmip_refdata::is_country(c)
    {
        return Err(SearchError::BadFilter(c.chars().take(20).collect()).into());
    }
    let corridor = match opt(s.corridor) {
        None => None,
        Some(c) => {
            let (o, d) = crate::corridors::parse(&c)
                .map_err(|_| SearchError::BadFilter(c.chars().take(20).collect()))?;
            Some(format!("{o}-{d}"))
        }
    };
    let locale = match opt(s.language) {
        None => None,
        Some(l) => Some(
            l.parse::<lmip_domain::Locale>()
                .map_err(|_| SearchError::BadFilter(l.chars().take(20).collect()))?
                .code()
                .to_string(),
        ),
    };
    let hits = db
        .search(&SearchQuery {
            words: words.clone(),
            kind,
            country,
            corridor,
            locale,
            prefer_locale: reader_locale.to_string(),
            now: now.to_string(),
            limit: PAGE as i64,
        })
        .await?;
    Ok(hits
        .into_iter()
        .map(|h| Found {
            title: highlight(seg, &h.title, &words),
            snippet: snippet(seg, &h.body, &words, 160),
            kind: h.kind,
            ref_: h.ref_,
            locale: h.locale,
        })
        .collect())
}

/// A document with its words: the title counts twice (a word in it says more about the
/// document than one in the text); the body is kept only as long as snippets need.
fn indexed(seg: &Segmenter, mut d: SearchDoc) -> SearchDoc {
    d.words = format!(
        "{0} {0} {1}",
        seg.index_text(&d.title),
        seg.index_text(&d.body)
    )
    .trim()
    .to_string();
    d.body = d.body.chars().take(BODY_KEPT).collect();
    d
}

/// The documents of one published version: one per language, with its summary, text, steps'
/// words and articles' headings, searchable from `from` until `until` ('' for no end).
fn version_docs(
    seg: &Segmenter,
    e: &ContentEntry,
    s: &Snapshot,
    from: &str,
    until: &str,
) -> Vec<SearchDoc> {
    let procedure = s.procedure();
    let agreement = s.agreement();
    s.texts
        .iter()
        .map(|(locale, t)| {
            let mut body = crate::markdown::plain(&t.summary);
            body.push('\n');
            body.push_str(&crate::markdown::plain(&t.body));
            // Steps' words and articles' headings, each part set apart so that snippets read.
            let mut parts: Vec<&str> = Vec::new();
            let steps = procedure.as_ref().map(|p| s.step_texts(p, locale));
            for st in steps.iter().flat_map(|m| m.values()) {
                parts.extend([st.title.as_str(), st.place.as_str(), st.note.as_str()]);
                parts.extend(st.needs.iter().chain(&st.gives).map(String::as_str));
            }
            for (_, heading) in agreement.iter().flat_map(|a| &a.articles) {
                parts.push(heading);
            }
            parts.retain(|p| !p.trim().is_empty());
            if !parts.is_empty() {
                body.push('\n');
                body.push_str(&parts.join(" · "));
            }
            indexed(
                seg,
                SearchDoc {
                    owner: format!("content:{}", e.slug),
                    kind: e.kind.clone(),
                    ref_: e.slug.clone(),
                    locale: locale.clone(),
                    countries: e.countries.clone(),
                    corridors: e.corridors.clone(),
                    title: t.title.clone(),
                    body,
                    visible_from: from.to_string(),
                    visible_until: until.to_string(),
                    ..Default::default()
                },
            )
        })
        .collect()
}

/// The documents of an entry from its published versions on `now` (publish at, snapshot; in
/// version order): the version readers see, until a later, scheduled one replaces it, and each
/// scheduled one from its time. None when archived.
pub fn content_docs(
    seg: &Segmenter,
    e: &ContentEntry,
    versions: &[(String, Snapshot)],
    now: &str,
) -> Vec<SearchDoc> {
    if Status::from_stored(&e.status) == Status::Archived {
        return Vec::new();
    }
    // Readers see the newest version whose time has come; every later one is scheduled.
    let current = versions.iter().rposition(|(at, _)| at.as_str() <= now);
    let shown = &versions[current.unwrap_or(0)..];
    let mut out = Vec::new();
    for (i, (at, s)) in shown.iter().enumerate() {
        let from = if i == 0 && current.is_some() {
            ""
        } else {
            at.as_str()
        };
        let until = shown.get(i + 1).map_or("", |(next, _)| next.as_str());
        out.extend(version_docs(seg, e, s, from, until));
    }
    out
}

/// What a directory entry is searched by.
pub struct DirectoryText<'a> {
    /// Listed in the public directory.
    pub listed: bool,
    /// Its description.
    pub description: &'a str,
    /// Its other names.
    pub names: Vec<&'a str>,
    /// Towns where it is.
    pub towns: Vec<&'a str>,
    /// Its services.
    pub services: &'a [String],
    /// Routes served, space-padded.
    pub corridors: &'a str,
}

/// An organisation's directory document (its names in every script, description, services and
/// towns); none when it is not listed.
pub fn directory_doc(
    seg: &Segmenter,
    org: &lmip_storage::DirectoryOrg,
    text: &DirectoryText<'_>,
) -> Option<SearchDoc> {
    if !text.listed {
        return None;
    }
    let mut body = text.description.to_string();
    for part in text
        .names
        .iter()
        .filter(|n| **n != org.name)
        .chain(&text.towns)
        .map(|s| s.to_string())
        .chain(text.services.iter().map(|s| s.replace('_', " ")))
    {
        body.push('\n');
        body.push_str(&part);
    }
    Some(indexed(
        seg,
        SearchDoc {
            owner: format!("directory:{}", org.slug),
            kind: "directory".into(),
            ref_: org.slug.clone(),
            countries: lmip_domain::codes::padded(&org.country.iter().collect::<Vec<_>>()),
            corridors: text.corridors.to_string(),
            title: org.name.clone(),
            body,
            ..Default::default()
        },
    ))
}

/// A verified opportunity's document, searchable until its last day.
pub fn opportunity_doc(seg: &Segmenter, o: &Opportunity) -> Option<SearchDoc> {
    if o.status != "verified" {
        return None;
    }
    let countries: Vec<&String> = o.origin.iter().chain([&o.destination]).collect();
    let corridor = o
        .origin
        .as_ref()
        .map(|or| lmip_domain::codes::padded(&[format!("{or}-{}", o.destination)]))
        .unwrap_or_default();
    Some(indexed(
        seg,
        SearchDoc {
            owner: format!("opportunity:{}", o.id),
            kind: "opportunity".into(),
            ref_: o.id.clone(),
            countries: lmip_domain::codes::padded(&countries),
            corridors: corridor,
            title: o.title.clone(),
            body: format!(
                "{}\n{}",
                o.employer,
                o.agency_name.clone().unwrap_or_default()
            ),
            visible_until: format!("{}T23:59:59Z", o.valid_to),
            ..Default::default()
        },
    ))
}

/// Writes an entry's documents in the transaction that changed it.
pub(crate) async fn index_content(
    tx: &mut WriteTx<'_>,
    e: &ContentEntry,
    versions: &[(String, Snapshot)],
    now: &str,
) -> Result<(), ServiceError> {
    let seg = Segmenter::new();
    tx.replace_search_docs(
        &format!("content:{}", e.slug),
        &content_docs(&seg, e, versions, now),
    )
    .await?;
    Ok(())
}

/// The published versions of an entry as (publish at, snapshot), in version order.
pub(crate) async fn versions_of(
    db: &Db,
    entry_id: &str,
) -> Result<Vec<(String, Snapshot)>, ServiceError> {
    db.content_versions(entry_id)
        .await?
        .into_iter()
        .map(|(_, at, _, snapshot)| {
            serde_json::from_str(&snapshot)
                .map(|s| (at, s))
                .map_err(|err| ServiceError::Internal(err.to_string()))
        })
        .collect()
}

/// Rebuilds the whole index in one transaction; `progress` hears how many documents are written
/// as it goes. Returns how many.
pub async fn reindex(
    db: &Db,
    seg: &Segmenter,
    actor: &str,
    mut progress: impl FnMut(usize),
) -> Result<usize, ServiceError> {
    let now = lmip_storage::now_utc_text();
    let mut docs: Vec<SearchDoc> = Vec::new();
    for e in db.content_entries().await? {
        let versions = versions_of(db, &e.id).await?;
        docs.extend(content_docs(seg, &e, &versions, &now));
    }
    // Every listed organisation with its names, services and places, read in one batch (the
    // directory's search pages at 500; a rebuild must not).
    let listed = crate::directory::all_listed(db).await?;
    for entry in &listed {
        let text = DirectoryText {
            listed: entry.org.listed == 1,
            description: &entry.org.description,
            names: entry.names.iter().map(|(_, n)| n.as_str()).collect(),
            towns: entry.locations.iter().map(|l| l.city.as_str()).collect(),
            services: &entry.services,
            corridors: &entry.org.corridors,
        };
        docs.extend(directory_doc(seg, &entry.org, &text));
    }
    for o in db.verified_opportunities().await? {
        docs.extend(opportunity_doc(seg, &o));
    }
    write_all(db, actor, &docs, &mut progress).await?;
    Ok(docs.len())
}

/// Replaces the whole index with `docs` in one transaction.
pub async fn write_all(
    db: &Db,
    actor: &str,
    docs: &[SearchDoc],
    progress: &mut impl FnMut(usize),
) -> Result<(), ServiceError> {
    let mut tx = db.write().await?;
    tx.clear_search().await?;
    for (i, d) in docs.iter().enumerate() {
        tx.insert_search_doc(d).await?;
        if (i + 1) % 1000 == 0 {
            progress(i + 1);
        }
    }
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "search.reindex",
        entity: "search",
        entity_id: "",
        detail: &serde_json::json!({ "documents": docs.len() }).to_string(),
    })
    .await?;
    tx.commit().await?;
    db.analyze_search().await?;
    progress(docs.len());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_start_at_a_word_and_mark_matches() {
        let seg = Segmenter::new();
        let text = format!(
            "{} the employer pays. Keep your passport yourself.",
            "word ".repeat(60)
        );
        let words = query_words(&seg, "passport").unwrap();
        let pieces = snippet(&seg, &text, &words, 60);
        assert_eq!(pieces[0].0, "… ");
        // The text after the ellipsis starts with a whole word.
        let shown: String = pieces.iter().skip(1).map(|(s, _)| s.as_str()).collect();
        assert!(
            text.contains(&format!(" {shown}")) || text.starts_with(&shown),
            "{shown}"
        );
        assert!(pieces.iter().any(|(s, hit)| *hit && s == "passport"));
        // …and ends with a whole word before the closing ellipsis.
        let long = format!(
            "Keep your passport yourself. {}",
            "Employers must not hold it. ".repeat(20)
        );
        let pieces = snippet(&seg, &long, &words, 50);
        assert_eq!(pieces.last().map(|p| p.0.as_str()), Some(" …"));
        let shown: String = pieces[..pieces.len() - 1]
            .iter()
            .map(|(s, _)| s.as_str())
            .collect();
        let next = long[shown.len()..].chars().next();
        assert!(
            next.is_none_or(|c| !c.is_alphanumeric()),
            "cut inside a word: {shown:?}"
        );
        // Thai: the word is found inside running text and marked whole.
        let th = highlight(
            &seg,
            "เก็บหนังสือเดินทางไว้เอง",
            &query_words(&seg, "หนังสือเดินทาง").unwrap(),
        );
        assert!(
            th.iter().any(|(s, hit)| *hit && s == "หนังสือเดินทาง"),
            "{th:?}"
        );
        // Short last words are whole words, not beginnings.
        assert!(!matches("another", &["an".to_string()]));
        assert!(matches("passport", &["pass".to_string()]));
    }
}
