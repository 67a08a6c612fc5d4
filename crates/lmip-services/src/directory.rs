//! The public directory of organisations (Open Referral's organisation → service → location):
//! editors keep each entry (names in other languages and scripts, services, where and when to
//! reach it, corridors served, when and from what it was checked); workers search it by name,
//! however they type it, and filter it by country, kind, service, language and corridor.

use crate::ServiceError;
use lmip_domain::codes::padded;
use lmip_domain::directory::{SERVICE_KINDS, e164, parse_corridors, parse_list_date};
use lmip_search::Segmenter;
use lmip_search::names::search_key;
use lmip_storage::{Db, DirectoryFilter, DirectoryOrg, EntryDetails, Location};

/// Why an entry was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DirectoryError {
    /// No organisation by that short name.
    #[error("no such organisation")]
    NoSuchOrganisation,
    /// A line of other names that is not `language: name`.
    #[error("line {0} of the other names: write the language code, a colon and the name (th: ชื่อ)")]
    BadName(usize),
    /// A language code lmip does not know.
    #[error("'{0}' is not a language code lmip knows (BCP 47, e.g. km, th, my)")]
    UnknownLanguage(String),
    /// A phone number that cannot be written in E.164.
    #[error("'{0}' is not an international phone number: start with + and the country code")]
    BadPhone(String),
    /// Not an e-mail address.
    #[error("'{0}' is not an e-mail address")]
    BadEmail(String),
    /// A corridor that cannot be read.
    #[error("'{0}' is not a corridor: write origin and destination codes, e.g. KH-TH")]
    BadCorridor(String),
    /// A country code that does not exist.
    #[error("'{0}' is not a country code (ISO 3166-1 alpha-2)")]
    UnknownCountry(String),
    /// A service that is not in the list.
    #[error("'{0}' is not one of the directory's services")]
    UnknownService(String),
    /// The date it was checked is not a date, or in the future.
    #[error("the date it was checked is not a date, or is in the future")]
    BadDate,
    /// A search query that is too long to be a name.
    #[error("that is too long for a name (at most {0} characters)")]
    QueryTooLong(usize),
}

impl From<DirectoryError> for ServiceError {
    fn from(e: DirectoryError) -> Self {
        ServiceError::Directory(e)
    }
}

/// An entry as an editor fills it in (text, as the form sends it).
#[derive(Debug, Clone, Default)]
pub struct EntryInput<'a> {
    /// Shown in the public directory.
    pub listed: bool,
    /// What it does, in a sentence.
    pub description: &'a str,
    /// Other names, one per line: `language: name`.
    pub other_names: &'a str,
    /// Services, from [`SERVICE_KINDS`].
    pub services: Vec<String>,
    /// Corridors served ("KH-TH, MM-TH").
    pub corridors: &'a str,
    /// Address.
    pub address: &'a str,
    /// Town or city.
    pub city: &'a str,
    /// Phones, separated by commas or new lines.
    pub phones: &'a str,
    /// E-mail address.
    pub email: &'a str,
    /// Opening hours, as written.
    pub hours: &'a str,
    /// Languages spoken, codes separated by spaces or commas.
    pub languages: &'a str,
    /// When the facts were checked.
    pub verified_on: &'a str,
    /// From what (a call, a visit, the organisation's website).
    pub source: &'a str,
}

fn split_list(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', ';', '\n', ' '])
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

async fn known_language(db: &Db, code: &str) -> Result<bool, ServiceError> {
    Ok(db
        .code_name(
            lmip_domain::codes::lists::LANGUAGE,
            code,
            lmip_domain::Locale::En,
        )
        .await?
        .is_some())
}

/// Saves an organisation's directory entry; everything is checked first, then replaced in one
/// transaction with its audit row.
pub async fn save_entry(
    db: &Db,
    seg: &Segmenter,
    actor: &str,
    slug: &str,
    input: &EntryInput<'_>,
    today: &str,
) -> Result<(), ServiceError> {
    let org = db
        .organisation_by_slug(slug)
        .await?
        .ok_or(DirectoryError::NoSuchOrganisation)?;
    let mut names = vec![(
        String::from("und"),
        org.name.clone(),
        search_key(seg, &org.name),
    )];
    for (i, line) in input.other_names.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (locale, name) = line
            .split_once(':')
            .map(|(l, n)| (l.trim().to_lowercase(), n.trim()))
            .filter(|(l, n)| !l.is_empty() && !n.is_empty() && l.len() <= 12)
            .ok_or(DirectoryError::BadName(i + 1))?;
        if !known_language(db, &locale).await? {
            return Err(DirectoryError::UnknownLanguage(locale.chars().take(12).collect()).into());
        }
        let name: String = name.chars().take(200).collect();
        let entry = (locale, name.clone(), search_key(seg, &name));
        if !names.contains(&entry) {
            names.push(entry);
        }
    }
    let mut services = Vec::new();
    for s in &input.services {
        if !SERVICE_KINDS.contains(&s.as_str()) {
            return Err(DirectoryError::UnknownService(s.chars().take(30).collect()).into());
        }
        if !services.contains(s) {
            services.push(s.clone());
        }
    }
    let corridors = parse_corridors(input.corridors).map_err(|e| match e {
        lmip_domain::DomainError::BadCorridor { given } => DirectoryError::BadCorridor(given),
        other => DirectoryError::BadCorridor(other.to_string()),
    })?;
    for (o, d) in &corridors {
        for c in [o, d] {
            if !lmip_refdata::is_country(c) {
                return Err(DirectoryError::UnknownCountry(c.clone()).into());
            }
        }
    }
    let mut phones = Vec::new();
    for p in input
        .phones
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        phones.push(e164(p).map_err(|_| DirectoryError::BadPhone(p.chars().take(30).collect()))?);
    }
    let email = input.email.trim();
    if !email.is_empty() && lmip_domain::people::Email::parse(email).is_err() {
        return Err(DirectoryError::BadEmail(email.chars().take(80).collect()).into());
    }
    let mut languages = Vec::new();
    for l in split_list(input.languages) {
        let l = l.to_lowercase();
        if !known_language(db, &l).await? {
            return Err(DirectoryError::UnknownLanguage(l.chars().take(12).collect()).into());
        }
        if !languages.contains(&l) {
            languages.push(l);
        }
    }
    let verified_on = match input.verified_on.trim() {
        "" => None,
        d => {
            let d = parse_list_date(d).map_err(|_| DirectoryError::BadDate)?;
            if d.as_str() > today {
                return Err(DirectoryError::BadDate.into());
            }
            Some(d)
        }
    };
    let has_location = [input.address, input.city, input.hours, email]
        .iter()
        .any(|v| !v.trim().is_empty())
        || !phones.is_empty()
        || !languages.is_empty();
    let details = EntryDetails {
        listed: input.listed,
        description: input.description.trim().chars().take(1000).collect(),
        corridors: padded(
            &corridors
                .iter()
                .map(|(o, d)| format!("{o}-{d}"))
                .collect::<Vec<_>>(),
        ),
        verified_on,
        source: input.source.trim().chars().take(500).collect(),
        names,
        services,
        locations: if has_location {
            vec![Location {
                address: input.address.trim().chars().take(500).collect(),
                city: input.city.trim().chars().take(100).collect(),
                country: org.country.clone(),
                phones: phones.join(" "),
                email: email.to_string(),
                hours: input.hours.trim().chars().take(300).collect(),
                languages: padded(&languages),
            }]
        } else {
            Vec::new()
        },
    };
    let search_doc = match db.directory_org(slug).await? {
        Some(o) => crate::search::directory_doc(
            seg,
            &o,
            &crate::search::DirectoryText {
                listed: details.listed,
                description: &details.description,
                names: details.names.iter().map(|(_, n, _)| n.as_str()).collect(),
                towns: details.locations.iter().map(|l| l.city.as_str()).collect(),
                services: &details.services,
                corridors: &details.corridors,
            },
        ),
        None => None,
    };
    let mut tx = db.write().await?;
    tx.save_directory_entry(&org.id, &details).await?;
    tx.replace_search_docs(&format!("directory:{slug}"), search_doc.as_slice())
        .await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "directory.save",
        entity: "organisation",
        entity_id: &org.id,
        detail: &serde_json::json!({
            "slug": org.slug, "listed": details.listed, "services": details.services,
            "corridors": details.corridors.trim(), "names": details.names.len(),
            "verified_on": details.verified_on, "source": details.source,
        })
        .to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A directory entry with everything it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The organisation.
    pub org: DirectoryOrg,
    /// Its other names: (language, name).
    pub names: Vec<(String, String)>,
    /// Its services.
    pub services: Vec<String>,
    /// Where and when to reach it.
    pub locations: Vec<Location>,
}

/// What a worker searches with (as typed; empty fields do not filter).
#[derive(Debug, Clone, Default)]
pub struct Search<'a> {
    /// A name or part of one, in any script.
    pub q: &'a str,
    /// Country code.
    pub country: &'a str,
    /// Organisation kind.
    pub kind: &'a str,
    /// Service.
    pub service: &'a str,
    /// Language code.
    pub language: &'a str,
    /// Corridor ("KH-TH").
    pub corridor: &'a str,
}

/// Longest name query.
pub const MAX_QUERY: usize = 200;

async fn with_details(db: &Db, orgs: Vec<DirectoryOrg>) -> Result<Vec<Entry>, ServiceError> {
    use std::collections::HashMap;
    let ids: Vec<String> = orgs.iter().map(|o| o.id.clone()).collect();
    let (names, services, locations) = db.directory_details(&ids).await?;
    // Grouped by organisation once (the lists hold every organisation's rows: matching each
    // organisation against them all would grow with the square of the page).
    let mut names_of: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for (id, l, n) in names {
        names_of.entry(id).or_default().push((l, n));
    }
    let mut services_of: HashMap<String, Vec<String>> = HashMap::new();
    for (id, k) in services {
        services_of.entry(id).or_default().push(k);
    }
    let mut locations_of: HashMap<String, Vec<Location>> = HashMap::new();
    for (id, l) in locations {
        locations_of.entry(id).or_default().push(l);
    }
    Ok(orgs
        .into_iter()
        .map(|org| Entry {
            names: names_of
                .remove(&org.id)
                .unwrap_or_default()
                .into_iter()
                .filter(|(l, n)| !(l == "und" && *n == org.name))
                .collect(),
            services: services_of.remove(&org.id).unwrap_or_default(),
            locations: locations_of.remove(&org.id).unwrap_or_default(),
            org,
        })
        .collect())
}

/// Searches the listed organisations: by any of their names however typed (case, diacritics,
/// spacing do not matter), and by the filters; at most `limit`.
pub async fn search(
    db: &Db,
    seg: &Segmenter,
    s: &Search<'_>,
    limit: i64,
) -> Result<Vec<Entry>, ServiceError> {
    let q = s.q.trim();
    if q.chars().count() > MAX_QUERY {
        return Err(DirectoryError::QueryTooLong(MAX_QUERY).into());
    }
    let opt = |v: &str| Some(v.trim().to_string()).filter(|v| !v.is_empty());
    let key = search_key(seg, q);
    let filter = DirectoryFilter {
        name_key: Some(key).filter(|k| !k.is_empty()),
        country: opt(s.country).map(|c| c.to_uppercase()),
        kind: opt(s.kind),
        service: opt(s.service),
        language: opt(s.language).map(|l| l.to_lowercase()),
        corridor: opt(s.corridor).map(|c| c.to_uppercase()),
        limit,
    };
    let orgs = db.directory(&filter).await?;
    with_details(db, orgs).await
}

/// Every listed organisation's entry, however many (the search index's rebuild).
pub async fn all_listed(db: &Db) -> Result<Vec<Entry>, ServiceError> {
    let orgs = db.directory_listed().await?;
    with_details(db, orgs).await
}

/// One listed organisation's entry; `None` if it is not in the public directory.
pub async fn entry(db: &Db, slug: &str) -> Result<Option<Entry>, ServiceError> {
    match db.directory_org(slug).await? {
        Some(o) if o.listed == 1 => Ok(with_details(db, vec![o]).await?.into_iter().next()),
        _ => Ok(None),
    }
}

/// An organisation's entry for its editor, listed or not.
pub async fn entry_for_editing(db: &Db, slug: &str) -> Result<Option<Entry>, ServiceError> {
    match db.directory_org(slug).await? {
        Some(o) => Ok(with_details(db, vec![o]).await?.into_iter().next()),
        None => Ok(None),
    }
}
