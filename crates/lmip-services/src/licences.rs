//! The licence register: a regulator's official list (CSV or XLSX) read and checked as a whole,
//! compared with the register (new, changed, missing from the new list), held for a reviewer, and
//! applied all at once with its audit row; and the answer to "is this agency licensed?".

use crate::ServiceError;
use lmip_domain::directory::{LicenceStatus, Verdict, licence_key, parse_list_date};
use lmip_search::Segmenter;
use lmip_search::names::{NameIndex, name_key};
use lmip_storage::{AgencyLicence, Db, ImportRow, Licence, LicenceFacts, LicenceImport, Sanction};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

/// Why a list cannot be imported; each problem names its line and column where it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListProblem {
    /// The file is neither CSV text nor an XLSX workbook, or cannot be read.
    Unreadable(String),
    /// Columns the list must have are missing (their names).
    MissingColumns(Vec<String>),
    /// A required cell is empty.
    Empty,
    /// The same licence number twice (the line of the first).
    Duplicate(u64),
    /// The same licence twice with different statuses (the line of the first, and its status).
    ConflictingStatus(u64, String),
    /// A status word official lists do not use.
    UnknownStatus(String),
    /// Not a date.
    BadDate(String),
    /// Not a country code.
    UnknownCountry(String),
    /// Valid to is before valid from.
    EndBeforeStart,
    /// The list holds no licences.
    NoRows,
}

impl ListProblem {
    /// The message key's suffix (`licence-problem-{name}`).
    pub fn name(&self) -> &'static str {
        match self {
            ListProblem::Unreadable(_) => "unreadable",
            ListProblem::MissingColumns(_) => "missing-columns",
            ListProblem::Empty => "empty",
            ListProblem::Duplicate(_) => "duplicate",
            ListProblem::ConflictingStatus(..) => "conflicting-status",
            ListProblem::UnknownStatus(_) => "unknown-status",
            ListProblem::BadDate(_) => "bad-date",
            ListProblem::UnknownCountry(_) => "unknown-country",
            ListProblem::EndBeforeStart => "end-before-start",
            ListProblem::NoRows => "no-rows",
        }
    }

    /// The message's arguments.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            ListProblem::Unreadable(why) => vec![("why", why.clone())],
            ListProblem::MissingColumns(c) => vec![("columns", c.join(", "))],
            ListProblem::Duplicate(l) => vec![("first", l.to_string())],
            ListProblem::ConflictingStatus(l, s) => {
                vec![("first", l.to_string()), ("status", s.clone())]
            }
            ListProblem::UnknownStatus(v)
            | ListProblem::BadDate(v)
            | ListProblem::UnknownCountry(v) => vec![("value", v.clone())],
            ListProblem::Empty | ListProblem::EndBeforeStart | ListProblem::NoRows => Vec::new(),
        }
    }
}

impl std::fmt::Display for ListProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ListProblem::Unreadable(why) => write!(f, "the file cannot be read: {why}"),
            ListProblem::MissingColumns(c) => write!(
                f,
                "the list has no column for: {} (see the import instructions for the names lmip reads)",
                c.join(", ")
            ),
            ListProblem::Empty => write!(f, "this cell must not be empty"),
            ListProblem::Duplicate(l) => write!(f, "this licence number is already on line {l}"),
            ListProblem::ConflictingStatus(l, s) => write!(
                f,
                "this licence is also on line {l} with the status {s}: which one is right?"
            ),
            ListProblem::UnknownStatus(v) => write!(
                f,
                "'{v}' is not a licence status: use valid, suspended, revoked or expired"
            ),
            ListProblem::BadDate(v) => write!(
                f,
                "'{v}' is not a date: write 2026-03-01 or 01/03/2026 (day first; Buddhist-era years are understood)"
            ),
            ListProblem::UnknownCountry(v) => write!(f, "'{v}' is not a country code (ISO 3166-1)"),
            ListProblem::EndBeforeStart => write!(f, "the licence ends before it starts"),
            ListProblem::NoRows => write!(f, "the list holds no licences"),
        }
    }
}

/// A problem and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListFinding {
    /// The line (CSV) or row (XLSX), 1-based; none for the whole file.
    pub line: Option<u64>,
    /// The column's heading, where one is concerned.
    pub column: Option<String>,
    /// What is wrong.
    pub problem: ListProblem,
}

impl std::fmt::Display for ListFinding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(l) = self.line {
            write!(f, "line {l}")?;
            if let Some(c) = &self.column {
                write!(f, ", column {c}")?;
            }
            write!(f, ": ")?;
        }
        write!(f, "{}", self.problem)
    }
}

/// The most findings one report lists.
const MAX_FINDINGS: usize = 100;

/// The columns lmip reads and the headings it knows them by (folded: lower case, no spaces).
const COLUMNS: &[(&str, &[&str])] = &[
    (
        "number",
        &[
            "licencenumber",
            "licensenumber",
            "licenceno",
            "licenseno",
            "licence",
            "license",
            "number",
            "no",
        ],
    ),
    (
        "agency",
        &["agency", "agencyname", "name", "company", "companyname"],
    ),
    ("status", &["status", "licencestatus", "licensestatus"]),
    (
        "valid_from",
        &["validfrom", "issued", "dateissued", "issuedate", "from"],
    ),
    (
        "valid_to",
        &[
            "validto",
            "validuntil",
            "expiry",
            "expires",
            "expirydate",
            "to",
        ],
    ),
    (
        "destinations",
        &["destinations", "destination", "countries"],
    ),
    ("sectors", &["sectors", "sector"]),
    (
        "reason",
        &["reason", "reasons", "remarks", "grounds", "statusreason"],
    ),
    (
        "since",
        &[
            "since",
            "statusdate",
            "statussince",
            "effective",
            "effectivedate",
            "decisiondate",
            "blacklistedon",
            "dateofsanction",
        ],
    ),
];

const REQUIRED: &[&str] = &["number", "agency", "status"];

fn heading_key(h: &str) -> String {
    h.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A list read and checked: its rows, or every problem found (up to a cap).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadList {
    /// The rows with their line numbers.
    pub rows: Vec<(u64, LicenceFacts)>,
    /// The sanctions rows stand for, by line: (kind, reason, since). A suspended, revoked or
    /// blacklisted status is recorded as a sanction when the list is applied.
    pub sanctions: HashMap<u64, (String, String, Option<String>)>,
}

/// The sanction a list's status word stands for ('' for none).
fn sanction_of(word: &str, status: LicenceStatus) -> &'static str {
    let w = word.trim().to_lowercase();
    if w.starts_with("blacklist") {
        "blacklist"
    } else {
        match status {
            LicenceStatus::Suspended => "suspension",
            LicenceStatus::Revoked => "revocation",
            _ => "",
        }
    }
}

/// Excel stores dates as days since 1899-12-30; a date cell comes through as that number.
fn excel_serial_date(text: &str) -> Option<String> {
    let n: i64 = text.parse().ok()?;
    if !(20_000..=80_000).contains(&n) {
        return None;
    }
    let base = time::Date::from_calendar_date(1899, time::Month::December, 30).ok()?;
    let d = base.checked_add(time::Duration::days(n))?;
    Some(format!(
        "{:04}-{:02}-{:02}",
        d.year(),
        u8::from(d.month()),
        d.day()
    ))
}

fn list_date(text: &str) -> Result<Option<String>, ListProblem> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if let Some(d) = excel_serial_date(t) {
        return Ok(Some(d));
    }
    parse_list_date(t)
        .map(Some)
        .map_err(|_| ListProblem::BadDate(t.chars().take(40).collect()))
}

/// The rows of the file as text cells: CSV (any encoding lmip detects) or the first sheet of an
/// XLSX workbook (checked before parsing).
fn table(bytes: &[u8]) -> Result<Vec<(u64, Vec<String>)>, ListProblem> {
    if bytes.starts_with(b"PK\x03\x04") {
        let mut rows: BTreeMap<u32, Vec<String>> = BTreeMap::new();
        let mut first_sheet: Option<String> = None;
        lmip_xlsx::for_each_row(
            std::io::Cursor::new(bytes),
            &lmip_xlsx::Limits {
                max_rows: 200_000,
                ..lmip_xlsx::Limits::default()
            },
            |sheet, (n, cells)| {
                if first_sheet.get_or_insert_with(|| sheet.to_string()) != sheet {
                    return std::ops::ControlFlow::Break(());
                }
                let mut row = Vec::new();
                for (c, text) in cells {
                    let c = c as usize;
                    if row.len() <= c {
                        row.resize(c + 1, String::new());
                    }
                    row[c] = text;
                }
                rows.insert(n, row);
                std::ops::ControlFlow::Continue(())
            },
        )
        .map_err(|e| ListProblem::Unreadable(e.to_string()))?;
        return Ok(rows.into_iter().map(|(n, r)| (u64::from(n), r)).collect());
    }
    let text = lmip_stats::upload::decode_all(bytes).map_err(|f| {
        ListProblem::Unreadable(match f.problem {
            lmip_stats::upload::Problem::UnsupportedFormat { format } => {
                format!("it is a {format} file, not a CSV list or an XLSX workbook")
            }
            _ => "its text is in no encoding lmip recognises: save it as CSV UTF-8".into(),
        })
    })?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| ListProblem::Unreadable(e.to_string()))?;
        out.push((i as u64 + 1, record.iter().map(str::to_string).collect()));
    }
    Ok(out)
}

/// Reads and checks a regulator's list. Every problem is reported (up to a cap); a list with
/// any problem imports nothing.
pub fn read_list(bytes: &[u8]) -> Result<ReadList, Vec<ListFinding>> {
    let whole = |problem| {
        vec![ListFinding {
            line: None,
            column: None,
            problem,
        }]
    };
    let table = table(bytes).map_err(whole)?;
    let mut lines = table
        .into_iter()
        .filter(|(_, r)| r.iter().any(|c| !c.trim().is_empty()));
    let Some((_, headings)) = lines.next() else {
        return Err(whole(ListProblem::NoRows));
    };
    let mut at: HashMap<&str, (usize, String)> = HashMap::new();
    for (i, h) in headings.iter().enumerate() {
        let key = heading_key(h);
        if let Some((name, _)) = COLUMNS
            .iter()
            .find(|(_, known)| known.contains(&key.as_str()))
        {
            at.entry(name).or_insert((i, h.trim().to_string()));
        }
    }
    let missing: Vec<String> = REQUIRED
        .iter()
        .filter(|c| !at.contains_key(**c))
        .map(|c| c.to_string())
        .collect();
    if !missing.is_empty() {
        return Err(whole(ListProblem::MissingColumns(missing)));
    }
    let countries: HashSet<String> = lmip_refdata::countries()
        .into_iter()
        .map(|c| c.alpha2.to_string())
        .collect();
    let mut findings = Vec::new();
    let mut rows = Vec::new();
    let mut sanctions = HashMap::new();
    let mut seen: HashMap<String, (u64, String)> = HashMap::new();
    for (line, cells) in lines {
        let cell = |name: &str| -> &str {
            at.get(name)
                .and_then(|(i, _)| cells.get(*i))
                .map_or("", |s| s.trim())
        };
        let mut problem = |name: &str, problem: ListProblem| {
            findings.push(ListFinding {
                line: Some(line),
                column: at.get(name).map(|(_, h)| h.clone()),
                problem,
            });
        };
        for name in REQUIRED {
            if cell(name).is_empty() {
                problem(name, ListProblem::Empty);
            }
        }
        let number = cell("number").to_string();
        let key = licence_key(&number);
        let status = match cell("status").parse::<LicenceStatus>() {
            Ok(s) => Some(s),
            Err(_) if cell("status").is_empty() => None,
            Err(_) => {
                problem(
                    "status",
                    ListProblem::UnknownStatus(cell("status").chars().take(40).collect()),
                );
                None
            }
        };
        let from = list_date(cell("valid_from")).unwrap_or_else(|p| {
            problem("valid_from", p);
            None
        });
        let to = list_date(cell("valid_to")).unwrap_or_else(|p| {
            problem("valid_to", p);
            None
        });
        if let (Some(f), Some(t)) = (&from, &to)
            && t < f
        {
            problem("valid_to", ListProblem::EndBeforeStart);
        }
        let mut destinations = Vec::new();
        for code in cell("destinations")
            .split([' ', ',', ';', '/'])
            .filter(|c| !c.is_empty())
        {
            let code = code.to_uppercase();
            if countries.contains(&code) {
                destinations.push(code);
            } else {
                problem(
                    "destinations",
                    ListProblem::UnknownCountry(code.chars().take(10).collect()),
                );
            }
        }
        if !key.is_empty() {
            let status_name = status.map(LicenceStatus::as_str).unwrap_or("").to_string();
            match seen.get(&key) {
                Some((first, s))
                    if *s != status_name && !s.is_empty() && !status_name.is_empty() =>
                {
                    problem("number", ListProblem::ConflictingStatus(*first, s.clone()))
                }
                Some((first, _)) => problem("number", ListProblem::Duplicate(*first)),
                None => {
                    seen.insert(key.clone(), (line, status_name));
                }
            }
        }
        let since = list_date(cell("since")).unwrap_or_else(|p| {
            problem("since", p);
            None
        });
        if let Some(status) = status {
            let kind = sanction_of(cell("status"), status);
            if !kind.is_empty() {
                sanctions.insert(
                    line,
                    (
                        kind.to_string(),
                        cell("reason").chars().take(1000).collect(),
                        since,
                    ),
                );
            }
            rows.push((
                line,
                LicenceFacts {
                    number,
                    number_key: key,
                    agency: cell("agency").to_string(),
                    status: status.as_str().to_string(),
                    valid_from: from,
                    valid_to: to,
                    destinations: destinations.join(" "),
                    sectors: cell("sectors")
                        .split([',', ';'])
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(", "),
                },
            ));
        }
        if findings.len() >= MAX_FINDINGS {
            break;
        }
    }
    if !findings.is_empty() {
        findings.truncate(MAX_FINDINGS);
        return Err(findings);
    }
    if rows.is_empty() {
        return Err(whole(ListProblem::NoRows));
    }
    Ok(ReadList { rows, sanctions })
}

/// What differs between a licence in the register and the same licence in a list, in words.
fn differences(current: &Licence, new: &LicenceFacts) -> String {
    let mut out = Vec::new();
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".into());
    if current.status != new.status {
        out.push(format!("status {} → {}", current.status, new.status));
    }
    if current.valid_from != new.valid_from {
        out.push(format!(
            "valid from {} → {}",
            opt(&current.valid_from),
            opt(&new.valid_from)
        ));
    }
    if current.valid_to != new.valid_to {
        out.push(format!(
            "valid to {} → {}",
            opt(&current.valid_to),
            opt(&new.valid_to)
        ));
    }
    if current.destinations != new.destinations {
        out.push(format!(
            "destinations {} → {}",
            current.destinations, new.destinations
        ));
    }
    if current.sectors != new.sectors {
        out.push(format!("sectors {} → {}", current.sectors, new.sectors));
    }
    if current.number != new.number {
        out.push(format!("written {} → {}", current.number, new.number));
    }
    out.join("; ")
}

/// An import's errors: the list's findings, or a refusal.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LicenceError {
    /// The list has problems; nothing was imported.
    #[error("the list cannot be imported: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    List(Vec<ListFinding>),
    /// The import was already applied or discarded.
    #[error("this list was already {0}")]
    AlreadyDecided(String),
    /// No import by that id.
    #[error("no such list import")]
    NoSuchImport,
    /// No licence by that number in the authority's register.
    #[error("no licence {0} in your register")]
    NoSuchLicence(String),
    /// A sanction kind lmip does not know.
    #[error("unknown sanction '{0}': use warning, fine, suspension, revocation or blacklist")]
    UnknownSanctionKind(String),
    /// A sanction's dates: not dates, or lifted before imposed.
    #[error("the sanction's dates are not dates, or it is lifted before it is imposed")]
    SanctionDates,
    /// A sanction without a reason.
    #[error("say why the sanction was imposed")]
    NoReason,
    /// An authority sending a list for another country's licences.
    #[error("your organisation keeps the licences of {0} only")]
    NotYourIssuer(String),
    /// The issuer is not a country code.
    #[error("'{0}' is not a country code (ISO 3166-1 alpha-2) for the issuing country")]
    UnknownIssuer(String),
    /// A verify query that is empty.
    #[error("type a licence number or an agency's name")]
    EmptyQuery,
    /// A verify query that is too long to be a number or a name.
    #[error("that is too long for a licence number or a name (at most {0} characters)")]
    QueryTooLong(usize),
}

/// Reads a regulator's list, compares it with the register and holds it for a reviewer. A list
/// with any problem stages nothing.
pub async fn stage_list(
    db: &Db,
    actor: &str,
    org_slug: &str,
    issuer: &str,
    authority: &str,
    file_name: &str,
    bytes: &[u8],
) -> Result<LicenceImport, ServiceError> {
    let issuer = issuer.trim().to_uppercase();
    if !lmip_refdata::countries().iter().any(|c| c.alpha2 == issuer) {
        return Err(LicenceError::UnknownIssuer(issuer.chars().take(10).collect()).into());
    }
    let list = read_list(bytes).map_err(LicenceError::List)?;
    let current: HashMap<String, Licence> = db
        .licences_of_issuer(&issuer)
        .await?
        .into_iter()
        .map(|l| (l.number_key.clone(), l))
        .collect();
    let mut in_list = HashSet::new();
    let mut sanctions = list.sanctions;
    let rows: Vec<ImportRow> = list
        .rows
        .into_iter()
        .map(|(line, facts)| {
            let (sanction, reason, since) = sanctions.remove(&line).unwrap_or_default();
            in_list.insert(facts.number_key.clone());
            let (change, detail) = match current.get(&facts.number_key) {
                None => ("new", String::new()),
                Some(l) => {
                    let d = differences(l, &facts);
                    if d.is_empty() {
                        ("same", d)
                    } else {
                        ("changed", d)
                    }
                }
            };
            ImportRow {
                line: i64::try_from(line).unwrap_or(i64::MAX),
                facts,
                change: change.into(),
                detail,
                sanction,
                reason,
                since,
            }
        })
        .collect();
    let missing = current.keys().filter(|k| !in_list.contains(*k)).count();
    let sha = hex::encode(Sha256::digest(bytes));
    let mut tx = db.write().await?;
    let id = tx
        .stage_licence_import(
            org_slug,
            &issuer,
            authority.trim(),
            file_name,
            &sha,
            actor,
            &rows,
            i64::try_from(missing).unwrap_or(i64::MAX),
        )
        .await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "licences.stage",
        entity: "licence_import",
        entity_id: &id,
        detail: &serde_json::json!({
            "issuer": issuer, "file": file_name, "sha256": sha, "rows": rows.len(), "missing": missing,
        })
        .to_string(),
    })
    .await?;
    tx.commit().await?;
    db.licence_import(&id)
        .await?
        .ok_or_else(|| LicenceError::NoSuchImport.into())
}

/// Stages a list sent from the back office by a licensing authority's organisation: the issuing
/// country is the organisation's own (an organisation without one, such as a regional operator,
/// names it).
pub async fn stage_for_organisation(
    db: &Db,
    actor: &str,
    org_slug: &str,
    issuer: &str,
    authority: &str,
    file_name: &str,
    bytes: &[u8],
) -> Result<LicenceImport, ServiceError> {
    let org = db
        .organisation_by_slug(org_slug)
        .await?
        .ok_or(LicenceError::NoSuchImport)?;
    let issuer = match (&org.country, issuer.trim()) {
        (Some(own), "") => own.clone(),
        (Some(own), given) if given.eq_ignore_ascii_case(own) => own.clone(),
        (Some(own), _) => return Err(LicenceError::NotYourIssuer(own.clone()).into()),
        (None, "") => return Err(LicenceError::UnknownIssuer(String::new()).into()),
        (None, given) => given.to_string(),
    };
    let authority = if authority.trim().is_empty() {
        org.name.as_str()
    } else {
        authority
    };
    stage_list(db, actor, org_slug, &issuer, authority, file_name, bytes).await
}

/// An import of this organisation's (none: not found, or another's).
pub async fn import_of(db: &Db, org_slug: &str, id: &str) -> Result<LicenceImport, ServiceError> {
    match db.licence_import(id).await? {
        Some(i) if i.org_slug == org_slug => Ok(i),
        _ => Err(LicenceError::NoSuchImport.into()),
    }
}

/// The issuer's licences that a pending import's list no longer holds.
pub async fn missing_from_list(
    db: &Db,
    import: &LicenceImport,
) -> Result<Vec<Licence>, ServiceError> {
    let listed: HashSet<String> = db
        .licence_import_keys(&import.id)
        .await?
        .into_iter()
        .collect();
    Ok(db
        .licences_of_issuer(&import.issuer)
        .await?
        .into_iter()
        .filter(|l| !listed.contains(&l.number_key))
        .collect())
}

/// The import, read in the transaction that decides on it, if it still waits for a decision.
async fn pending(
    tx: &mut lmip_storage::WriteTx<'_>,
    import_id: &str,
) -> Result<LicenceImport, ServiceError> {
    let import = tx
        .licence_import_for_update(import_id)
        .await?
        .ok_or(LicenceError::NoSuchImport)?;
    if import.status != "pending" {
        return Err(LicenceError::AlreadyDecided(import.status).into());
    }
    Ok(import)
}

/// Applies a pending import: new licences (and their agencies, found by name in the issuing
/// country or added to the directory), changed facts with a history entry for each new status;
/// licences missing from the list are marked expired when `expire_missing` (the list is then
/// taken as complete), else left as they are. One transaction, one audit row.
pub async fn apply(
    db: &Db,
    actor: &str,
    import_id: &str,
    expire_missing: bool,
    seg: &Segmenter,
) -> Result<LicenceImport, ServiceError> {
    apply_list(db, actor, import_id, expire_missing, seg, false).await
}

/// [`apply`], with agencies new to the directory marked as samples (the demo's invented list).
pub(crate) async fn apply_list(
    db: &Db,
    actor: &str,
    import_id: &str,
    expire_missing: bool,
    seg: &Segmenter,
    sample: bool,
) -> Result<LicenceImport, ServiceError> {
    let mut tx = db.write().await?;
    let import = pending(&mut tx, import_id).await?;
    let source = format!(
        "{} {} ({})",
        import.issuer, import.file_name, import.uploaded_at
    );
    let current: HashMap<String, Licence> = tx
        .issuer_licences_for_update(&import.issuer)
        .await?
        .into_iter()
        .map(|l| (l.number_key.clone(), l))
        .collect();
    let rows = tx.licence_import_rows_to_apply(import_id).await?;
    let today = lmip_storage::now_utc_text()[..10].to_string();
    let mut sanctioned = 0;
    for r in &rows {
        // A suspended, revoked or blacklisted status the register did not have yet is also a
        // sanction, with the list's reason and date (or today's, when the list gives none).
        let sanction = |org_id: String| {
            (!r.sanction.is_empty()).then(|| {
                (
                    org_id,
                    Sanction {
                        id: String::new(),
                        kind: r.sanction.clone(),
                        imposed_on: r.since.clone().unwrap_or_else(|| today.clone()),
                        lifted_on: None,
                        reason: if r.reason.is_empty() {
                            format!("{} on the official list", r.facts.status)
                        } else {
                            r.reason.clone()
                        },
                        authority: import.authority.clone(),
                        source: source.clone(),
                    },
                )
            })
        };
        let to_record = match current.get(&r.facts.number_key) {
            Some(l) => {
                tx.update_licence(l, &r.facts, "official list", &source)
                    .await?;
                if l.status == r.facts.status {
                    None
                } else {
                    sanction(l.org_id.clone())
                }
            }
            None => {
                let key = name_key(seg, &r.facts.agency);
                let org = match tx.agency_by_name_key(&import.issuer, &key).await? {
                    Some(id) => id,
                    None => {
                        tx.create_agency(&r.facts.agency, &key, &import.issuer, &source, sample)
                            .await?
                    }
                };
                tx.insert_licence(&org, &import.issuer, &import.authority, &r.facts, &source)
                    .await?;
                sanction(org)
            }
        };
        if let Some((org_id, s)) = to_record {
            tx.add_sanction(&org_id, &s).await?;
            sanctioned += 1;
        }
    }
    let mut expired = 0;
    if expire_missing {
        let listed: HashSet<String> = tx
            .licence_import_keys_in_tx(import_id)
            .await?
            .into_iter()
            .collect();
        for l in current.values() {
            if !listed.contains(&l.number_key) && l.status == LicenceStatus::Valid.as_str() {
                let facts = LicenceFacts {
                    number: l.number.clone(),
                    number_key: l.number_key.clone(),
                    agency: String::new(),
                    status: LicenceStatus::Expired.as_str().into(),
                    valid_from: l.valid_from.clone(),
                    valid_to: l.valid_to.clone(),
                    destinations: l.destinations.clone(),
                    sectors: l.sectors.clone(),
                };
                tx.update_licence(l, &facts, "not on the official list", &source)
                    .await?;
                expired += 1;
            }
        }
    }
    tx.decide_licence_import(import_id, "applied", actor)
        .await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "licences.apply",
        entity: "licence_import",
        entity_id: import_id,
        detail: &serde_json::json!({
            "issuer": import.issuer, "sha256": import.sha256, "new": import.new_count,
            "changed": import.changed_count, "expired_as_missing": expired,
            "sanctions": sanctioned,
        })
        .to_string(),
    })
    .await?;
    tx.commit().await?;
    db.licence_import(import_id)
        .await?
        .ok_or_else(|| LicenceError::NoSuchImport.into())
}

/// Discards a pending import.
pub async fn discard(db: &Db, actor: &str, import_id: &str) -> Result<(), ServiceError> {
    let mut tx = db.write().await?;
    let import = pending(&mut tx, import_id).await?;
    tx.decide_licence_import(import_id, "discarded", actor)
        .await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "licences.discard",
        entity: "licence_import",
        entity_id: import_id,
        detail: &serde_json::json!({ "issuer": import.issuer, "sha256": import.sha256 })
            .to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A sanction as an authority records it.
#[derive(Debug, Clone, Default)]
pub struct SanctionInput<'a> {
    /// The agency's licence number, as written.
    pub number: &'a str,
    /// warning, fine, suspension, revocation or blacklist.
    pub kind: &'a str,
    /// Since (a date as lists write them).
    pub imposed_on: &'a str,
    /// Until, if lifted or limited (a date, or empty).
    pub lifted_on: &'a str,
    /// Why, as published.
    pub reason: &'a str,
    /// Where it is published (a decision number, an address).
    pub source: &'a str,
}

/// The sanctions lmip records.
pub const SANCTION_KINDS: [&str; 5] = ["warning", "fine", "suspension", "revocation", "blacklist"];

/// Records a sanction against the agency holding a licence in the authority's register. A
/// suspension in force suspends the licence, a revocation or blacklisting revokes it, with the
/// reason in the licence's history; one transaction, one audit row.
pub async fn record_sanction(
    db: &Db,
    actor: &str,
    org_slug: &str,
    input: &SanctionInput<'_>,
    today: &str,
) -> Result<String, ServiceError> {
    let org = db
        .organisation_by_slug(org_slug)
        .await?
        .ok_or(LicenceError::NoSuchImport)?;
    let issuer = org.country.clone().unwrap_or_default();
    let kind = input.kind.trim();
    if !SANCTION_KINDS.contains(&kind) {
        return Err(LicenceError::UnknownSanctionKind(kind.chars().take(20).collect()).into());
    }
    let imposed = parse_list_date(input.imposed_on).map_err(|_| LicenceError::SanctionDates)?;
    let lifted = match input.lifted_on.trim() {
        "" => None,
        d => Some(parse_list_date(d).map_err(|_| LicenceError::SanctionDates)?),
    };
    if lifted.as_deref().is_some_and(|l| l < imposed.as_str()) {
        return Err(LicenceError::SanctionDates.into());
    }
    let reason: String = input.reason.trim().chars().take(1000).collect();
    if reason.is_empty() {
        return Err(LicenceError::NoReason.into());
    }
    let key = licence_key(input.number);
    let mut tx = db.write().await?;
    let licence = tx
        .issuer_licences_for_update(&issuer)
        .await?
        .into_iter()
        .find(|l| l.number_key == key)
        .ok_or_else(|| LicenceError::NoSuchLicence(input.number.chars().take(40).collect()))?;
    let in_force = imposed.as_str() <= today && lifted.as_deref().is_none_or(|l| l >= today);
    let new_status = match kind {
        "suspension" if in_force => Some(LicenceStatus::Suspended),
        "revocation" | "blacklist" if imposed.as_str() <= today => Some(LicenceStatus::Revoked),
        _ => None,
    };
    let source = input.source.trim();
    let id = tx
        .add_sanction(
            &licence.org_id,
            &Sanction {
                id: String::new(),
                kind: kind.to_string(),
                imposed_on: imposed.clone(),
                lifted_on: lifted.clone(),
                reason: reason.clone(),
                authority: org.name.clone(),
                source: source.to_string(),
            },
        )
        .await?;
    if let Some(status) = new_status
        && licence.status != status.as_str()
    {
        let facts = LicenceFacts {
            number: licence.number.clone(),
            number_key: licence.number_key.clone(),
            agency: String::new(),
            status: status.as_str().into(),
            valid_from: licence.valid_from.clone(),
            valid_to: licence.valid_to.clone(),
            destinations: licence.destinations.clone(),
            sectors: licence.sectors.clone(),
        };
        tx.update_licence(&licence, &facts, &reason, source).await?;
    }
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "sanction.record",
        entity: "sanction",
        entity_id: &id,
        detail: &serde_json::json!({
            "licence": licence.number, "issuer": issuer, "kind": kind, "imposed_on": imposed,
            "lifted_on": lifted, "status": new_status.map(LicenceStatus::as_str),
        })
        .to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// An agency's public record: what its scorecard page shows, each part with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct AgencyRecord {
    /// The agency's organisation id.
    pub org_id: String,
    /// The agency's name.
    pub name: String,
    /// Its country (alpha-2), if known.
    pub country: Option<String>,
    /// The answer in one glance, from its licences on `today`.
    pub verdict: Verdict,
    /// Its licences with their effective status and their full history, oldest event first.
    pub licences: Vec<(Licence, LicenceStatus, Vec<lmip_storage::LicenceEvent>)>,
    /// Its sanctions, newest first.
    pub sanctions: Vec<Sanction>,
}

/// The public record of the recruitment agency with this short name; `None` for anything else
/// (another kind of organisation, or nothing by that name).
pub async fn agency_record(
    db: &Db,
    slug: &str,
    today: &str,
) -> Result<Option<AgencyRecord>, ServiceError> {
    let Some(org) = db.organisation_by_slug(slug).await? else {
        return Ok(None);
    };
    if org.kind != lmip_domain::people::OrgKind::RecruitmentAgency.as_str() {
        return Ok(None);
    }
    let mut licences = Vec::new();
    for a in db.licences_of_org(&org.id).await? {
        let effective = LicenceStatus::from_stored(&a.licence.status)
            .effective(a.licence.valid_to.as_deref(), today);
        let events = db.licence_events(&a.licence.id).await?;
        licences.push((a.licence, effective, events));
    }
    let verdict = Verdict::of(
        licences.iter().map(|(l, s, _)| (*s, l.valid_to.as_deref())),
        today,
    );
    Ok(Some(AgencyRecord {
        sanctions: db.sanctions_of_org(&org.id).await?,
        org_id: org.id,
        name: org.name,
        country: org.country,
        verdict,
        licences,
    }))
}

/// The longest verify query read (longer names do not exist; longer text is not a query).
pub const MAX_QUERY: usize = 200;

/// One agency in a verify answer.
#[derive(Debug, Clone, PartialEq)]
pub struct AgencyAnswer {
    /// Its id.
    pub org_id: String,
    /// Its short name.
    pub slug: String,
    /// Its name.
    pub name: String,
    /// What to tell the worker.
    pub verdict: Verdict,
    /// Its licences, with their effective status.
    pub licences: Vec<(Licence, LicenceStatus)>,
    /// Its sanctions.
    pub sanctions: Vec<Sanction>,
}

/// The answer to "is this agency licensed?".
#[derive(Debug, Clone, PartialEq)]
pub struct VerifyAnswer {
    /// The query as read.
    pub query: String,
    /// The answer in one glance: the agency's verdict when one agency matched, not found when
    /// none did (several: the first agency's, and `agencies` lists them all).
    pub verdict: Verdict,
    /// Whether the query was read as a licence number.
    pub by_number: bool,
    /// The agencies found.
    pub agencies: Vec<AgencyAnswer>,
    /// Licensed agencies whose names contain the query (when no agency has it as its name).
    pub similar: Vec<(String, String)>,
    /// Licensed agencies whose names look like the query without being it: (slug, name).
    pub look_alikes: Vec<(String, String)>,
}

/// The names index of licensed agencies with each agency's slug by id.
struct Names {
    index: NameIndex,
    slugs: HashMap<String, String>,
}

/// The licensed agencies' names in memory, rebuilt when the register changes.
#[derive(Default)]
pub struct AgencyNames {
    built: tokio::sync::RwLock<Option<(i64, Arc<Names>)>>,
}

impl AgencyNames {
    /// The index for the register's current version (built at most once per version; shared,
    /// never copied, by the requests that read it).
    async fn get(&self, db: &Db, seg: &Segmenter) -> Result<Arc<Names>, ServiceError> {
        let version = db.data_version().await?;
        if let Some((v, names)) = self.built.read().await.as_ref()
            && *v == version
        {
            return Ok(names.clone());
        }
        let mut guard = self.built.write().await;
        if let Some((v, names)) = guard.as_ref()
            && *v == version
        {
            return Ok(names.clone());
        }
        let rows = db.licensed_agency_names().await?;
        let slugs: HashMap<String, String> = rows
            .iter()
            .map(|(id, _, slug)| (id.clone(), slug.clone()))
            .collect();
        let index = NameIndex::build(seg, rows.into_iter().map(|(id, name, _)| (id, name)));
        let names = Arc::new(Names { index, slugs });
        *guard = Some((version, names.clone()));
        Ok(names)
    }
}

/// Answers "is this agency licensed?" for a licence number or a name, on `today` (ISO date).
pub async fn verify(
    db: &Db,
    names: &AgencyNames,
    seg: &Segmenter,
    query: &str,
    today: &str,
) -> Result<VerifyAnswer, ServiceError> {
    let query = query.trim();
    if query.is_empty() {
        return Err(LicenceError::EmptyQuery.into());
    }
    if query.chars().count() > MAX_QUERY {
        return Err(LicenceError::QueryTooLong(MAX_QUERY).into());
    }
    let key = licence_key(query);
    let mut found: Vec<AgencyLicence> = Vec::new();
    let mut by_number = false;
    if key.chars().any(|c| c.is_ascii_digit()) {
        found = db.licences_by_number(&key).await?;
        by_number = !found.is_empty();
    }
    let mut similar = Vec::new();
    let mut look_alikes = Vec::new();
    // The name index only when the query is not a known number: a number lookup stays one query.
    if !by_number {
        let known = names.get(db, seg).await?;
        let (index, slugs) = (&known.index, &known.slugs);
        let m = index.search(seg, query, 10);
        for e in &m.same {
            found.extend(db.licences_of_org(&e.id).await?);
        }
        let pair =
            |id: &str, name: &str| (slugs.get(id).cloned().unwrap_or_default(), name.to_string());
        if m.same.is_empty() {
            similar = m.containing.iter().map(|e| pair(&e.id, &e.name)).collect();
        }
        look_alikes = m
            .look_alikes
            .iter()
            .map(|(e, _)| pair(&e.id, &e.name))
            .collect();
    }
    // One answer per agency, in the order found.
    let mut agencies: Vec<AgencyAnswer> = Vec::new();
    for a in found {
        let effective = LicenceStatus::from_stored(&a.licence.status)
            .effective(a.licence.valid_to.as_deref(), today);
        match agencies.iter_mut().find(|x| x.org_id == a.licence.org_id) {
            Some(x) => x.licences.push((a.licence, effective)),
            None => agencies.push(AgencyAnswer {
                org_id: a.licence.org_id.clone(),
                slug: a.slug,
                name: a.agency,
                verdict: Verdict::NotFound,
                licences: vec![(a.licence, effective)],
                sanctions: Vec::new(),
            }),
        }
    }
    for a in &mut agencies {
        a.verdict = Verdict::of(
            a.licences.iter().map(|(l, s)| (*s, l.valid_to.as_deref())),
            today,
        );
        a.sanctions = db.sanctions_of_org(&a.org_id).await?;
    }
    let verdict = agencies.first().map_or(Verdict::NotFound, |a| a.verdict);
    Ok(VerifyAnswer {
        query: query.to_string(),
        verdict,
        by_number,
        agencies,
        similar,
        look_alikes,
    })
}
