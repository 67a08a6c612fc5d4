//! Focal points' statistics submissions: upload → validation report → an approver's decision →
//! release. Nothing reaches the public tables until approved; the person who submitted cannot
//! approve their own submission.
//!
//! The upload is read and validated on a blocking thread while the rows it accepts are staged in
//! the database in batches, so memory does not grow with the file (the validator keeps ~40 bytes
//! per observation for the whole-file checks). The submission, its staged rows, its report and its
//! audit row are one transaction: a failure leaves nothing behind.

use crate::ServiceError;
use crate::auth::Session;
use lmip_stats::upload::validate::{Report, Rules, Validator};
use lmip_stats::upload::{self, Context, Finding, Limits, QuestionnaireReader};
use lmip_storage::{
    AuditEvent, Db, NewSubmission, Observation, SeriesAttribute, Submission, SubmissionOutcome,
    WriteTx,
};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::io::{Read, Seek};
use std::ops::ControlFlow;

/// A rule about submissions that a request broke.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SubmissionError {
    /// No dataflow with this id.
    #[error("there is no dataflow '{0}'")]
    UnknownFlow(String),
    /// The reference period is not a year or a range of years.
    #[error("give the reference period as a year (2024) or a range of years (2020-2024)")]
    BadPeriod,
    /// The encoding named is not one lmip knows.
    #[error(
        "'{0}' is not a text encoding lmip knows (try UTF-8, UTF-16, windows-874 or windows-1258)"
    )]
    UnknownEncoding(String),
    /// No such submission in this organisation.
    #[error("there is no such submission")]
    NotFound,
    /// It was decided already.
    #[error("this submission was decided already")]
    NotWaiting,
    /// It has errors: it can only be rejected.
    #[error("this submission has errors: it cannot be published")]
    HasErrors,
    /// It has warnings the approver did not accept.
    #[error("this submission has warnings: accept them explicitly to publish it")]
    WarningsNotAccepted,
    /// The approver submitted it: someone else must decide.
    #[error("you submitted this yourself: another approver must decide")]
    OwnSubmission,
}

impl From<SubmissionError> for ServiceError {
    fn from(e: SubmissionError) -> ServiceError {
        ServiceError::Submission(e)
    }
}

/// The earliest year lmip accepts in a reference period.
const FIRST_YEAR: i32 = 1950;

/// Parses a reference period: `2024` or `2020-2024` (years from 1950 to next year).
pub fn parse_period(period: &str, this_year: i32) -> Result<(i32, i32), SubmissionError> {
    let year = |s: &str| -> Result<i32, SubmissionError> {
        let s = s.trim();
        if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(SubmissionError::BadPeriod);
        }
        let y: i32 = s.parse().map_err(|_| SubmissionError::BadPeriod)?;
        if (FIRST_YEAR..=this_year + 1).contains(&y) {
            Ok(y)
        } else {
            Err(SubmissionError::BadPeriod)
        }
    };
    let (first, last) = match period.trim().split_once('-') {
        Some((a, b)) => (year(a)?, year(b)?),
        None => {
            let y = year(period)?;
            (y, y)
        }
    };
    if first > last {
        return Err(SubmissionError::BadPeriod);
    }
    Ok((first, last))
}

/// What an upload is for.
#[derive(Debug, Clone)]
pub struct Upload<'a> {
    /// The submitting organisation (slug).
    pub org: &'a str,
    /// The dataflow.
    pub flow: &'a str,
    /// The reference period (`2024`, `2020-2024`).
    pub period: &'a str,
    /// The file's name, as the uploader named it.
    pub file_name: &'a str,
    /// A text encoding label, when the uploader chose one.
    pub encoding: Option<&'a str>,
}

/// The settings of validation that operators may change.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// File bounds.
    pub limits: Limits,
    /// Relative tolerance for totals.
    pub tolerance: f64,
    /// Jump factor against the latest release.
    pub jump_factor: f64,
}

impl Default for Settings {
    fn default() -> Settings {
        let r = Rules::for_years(0, 0);
        Settings {
            limits: Limits::default(),
            tolerance: r.tolerance,
            jump_factor: r.jump_factor,
        }
    }
}

/// What the reading thread tells the transaction.
enum Msg {
    /// Accepted rows to stage.
    Rows(Vec<Observation>),
    /// Every series key read: the reader waits for their latest released values.
    Keys(
        Vec<String>,
        tokio::sync::oneshot::Sender<HashMap<(String, String), f64>>,
    ),
}

/// What the reading thread found.
struct Outcome {
    report: Report,
    format: &'static str,
    encoding: &'static str,
}

const STAGE_BATCH: usize = 2000;

/// What the reading thread works on (owned: it outlives the request's borrows).
struct Job {
    flow: lmip_stats::model::Dataflow,
    dsd: lmip_stats::model::DataStructure,
    codes: HashMap<String, HashSet<String>>,
    alpha2: HashMap<String, String>,
    encoding: Option<&'static lmip_stats::upload::Encoding>,
    rules: Rules,
    limits: Limits,
}

/// Where rows go on the reading thread: the validator, and the accepted ones in batches to the
/// transaction (none once an error was found: the submission cannot be published anyway).
struct Sink<'a> {
    validator: Validator<'a>,
    batch: Vec<Observation>,
    tx: &'a tokio::sync::mpsc::Sender<Msg>,
    /// The transaction went away (it failed): stop reading.
    closed: bool,
}

impl Sink<'_> {
    /// Takes one row or finding; `false` when reading should stop.
    fn take(&mut self, item: Result<upload::InputRow, Finding>) -> bool {
        match item {
            Err(f) => self.validator.add(f),
            Ok(row) => {
                if let Some(a) = self.validator.push(&row)
                    && !self.validator.has_errors()
                {
                    self.batch.push(Observation {
                        series_key: a.series_key,
                        time_period: a.time_period,
                        value: a.value,
                        obs_status: a.obs_status,
                        note: a.note,
                    });
                    if self.batch.len() == STAGE_BATCH {
                        let full =
                            std::mem::replace(&mut self.batch, Vec::with_capacity(STAGE_BATCH));
                        self.closed = self.tx.blocking_send(Msg::Rows(full)).is_err();
                    }
                }
            }
        }
        !self.closed
    }

    /// Sends the last rows, asks for the latest release's values, and runs the whole-file checks.
    fn finish(self) -> Report {
        let Sink {
            validator,
            batch,
            tx,
            ..
        } = self;
        if !batch.is_empty() && !validator.has_errors() {
            let _ = tx.blocking_send(Msg::Rows(batch));
        }
        let (answer, previous) = tokio::sync::oneshot::channel();
        let previous = if tx
            .blocking_send(Msg::Keys(validator.series_keys().to_vec(), answer))
            .is_ok()
        {
            previous.blocking_recv().unwrap_or_default()
        } else {
            HashMap::new()
        };
        validator.finish(&|k: &str, p: &str| previous.get(&(k.to_string(), p.to_string())).copied())
    }
}

/// A refused workbook's finding.
fn xlsx_finding(e: lmip_xlsx::XlsxError) -> Finding {
    use upload::{Location, Problem};
    let in_sheet = |sheet: String| Location {
        sheet: Some(sheet),
        ..Location::default()
    };
    match e {
        lmip_xlsx::XlsxError::Encrypted => Finding::new(
            Problem::UnsupportedFormat {
                format: "xls-or-encrypted".into(),
            },
            Location::file(),
        ),
        lmip_xlsx::XlsxError::Bomb(_) => Finding::new(Problem::ArchiveBomb, Location::file()),
        lmip_xlsx::XlsxError::TooManyRows { sheet, limit } => Finding::new(
            Problem::TooManyRows {
                limit: u64::from(limit),
            },
            in_sheet(sheet),
        ),
        lmip_xlsx::XlsxError::TooManyColumns { sheet, limit } => Finding::new(
            Problem::TooManyColumns {
                limit: u64::from(limit),
            },
            in_sheet(sheet),
        ),
        lmip_xlsx::XlsxError::Unreadable(reason) => Finding::new(
            Problem::Unreadable {
                reason: reason.chars().take(200).collect(),
            },
            Location::file(),
        ),
    }
}

/// Reads and validates on this (blocking) thread, sending accepted rows to `tx`.
fn read_and_validate(
    mut reader: impl Read + Seek + Send,
    job: &Job,
    tx: &tokio::sync::mpsc::Sender<Msg>,
) -> Outcome {
    let ctx = Context {
        flow: &job.flow,
        dsd: &job.dsd,
        alpha2: &job.alpha2,
        encoding: job.encoding,
        limits: job.limits,
    };
    let mut sink = Sink {
        validator: Validator::new(&job.dsd, &job.codes, job.rules.clone()),
        batch: Vec::with_capacity(STAGE_BATCH),
        tx,
        closed: false,
    };
    let mut format = "";
    let mut encoding = "";
    let mut magic = [0u8; 4];
    let is_xlsx = reader.read_exact(&mut magic).is_ok() && magic == *b"PK\x03\x04";
    if let Err(e) = reader.rewind() {
        sink.take(Err(Finding::new(
            upload::Problem::Unreadable {
                reason: e.to_string(),
            },
            upload::Location::file(),
        )));
    } else if is_xlsx {
        format = "xlsx-questionnaire";
        let mut questionnaire = QuestionnaireReader::new(&ctx);
        let limits = lmip_xlsx::Limits {
            // The questionnaire's few rows above the table, and its width.
            max_rows: u32::try_from(job.limits.max_rows.saturating_add(100)).unwrap_or(u32::MAX),
            max_columns: u32::try_from(job.limits.max_columns).unwrap_or(u32::MAX),
            ..lmip_xlsx::Limits::default()
        };
        let read = lmip_xlsx::for_each_row(reader, &limits, |sheet, (row, cells)| {
            for item in questionnaire.row(sheet, row, &cells) {
                if !sink.take(item) {
                    return ControlFlow::Break(());
                }
            }
            ControlFlow::Continue(())
        });
        match read {
            Err(e) => {
                sink.take(Err(xlsx_finding(e)));
            }
            Ok(()) => {
                if let Some(f) = questionnaire.finish() {
                    sink.take(Err(f));
                }
            }
        }
    } else {
        match upload::open(reader, &ctx) {
            Err(f) => {
                sink.take(Err(f));
            }
            Ok(opened) => {
                format = opened.format.as_str();
                encoding = opened.encoding.name();
                for item in opened.rows {
                    if !sink.take(item) {
                        break;
                    }
                }
            }
        }
    }
    Outcome {
        report: sink.finish(),
        format,
        encoding,
    }
}

/// A dataflow and its structure; an unknown flow is the person's mistake.
async fn flow_and_structure(
    db: &Db,
    id: &str,
) -> Result<
    (
        lmip_stats::model::Dataflow,
        lmip_stats::model::DataStructure,
    ),
    ServiceError,
> {
    let flow = db
        .dataflow(id)
        .await?
        .ok_or_else(|| SubmissionError::UnknownFlow(id.chars().take(40).collect()))?;
    let dsd = db.data_structure(&flow.structure).await?.ok_or_else(|| {
        ServiceError::Internal(format!("the structure of {} is missing", flow.id))
    })?;
    Ok((flow, dsd))
}

/// The codes of every code list a structure uses.
async fn codes_for(
    db: &Db,
    dsd: &lmip_stats::model::DataStructure,
) -> Result<HashMap<String, HashSet<String>>, ServiceError> {
    let mut out = HashMap::new();
    for list in dsd.components.iter().filter_map(|c| c.codelist.as_ref()) {
        if out.contains_key(list) {
            continue;
        }
        let codes: HashSet<String> = db.codes(list).await?.into_iter().map(|c| c.code).collect();
        out.insert(list.clone(), codes);
    }
    Ok(out)
}

fn audit_actor(session: &Session) -> String {
    format!("user:{}", session.user_id)
}

/// Takes an upload: validates it and stores it with its report, waiting for an approver.
/// Returns the stored submission (its report says whether it can be published).
pub async fn submit(
    db: &Db,
    session: &Session,
    upload: &Upload<'_>,
    reader: impl Read + Seek + Send + 'static,
    settings: Settings,
    this_year: i32,
) -> Result<Submission, ServiceError> {
    let mut reader = reader;
    let (first, last) = parse_period(upload.period, this_year)?;
    let encoding =
        match upload.encoding.map(str::trim).filter(|e| !e.is_empty()) {
            None => None,
            Some(label) => Some(upload::encoding_for(label).ok_or_else(|| {
                SubmissionError::UnknownEncoding(label.chars().take(40).collect())
            })?),
        };
    let (flow, dsd) = flow_and_structure(db, upload.flow).await?;
    let codes = codes_for(db, &dsd).await?;
    let alpha2 = crate::codelists::alpha2_of_alpha3();
    let period = if first == last {
        first.to_string()
    } else {
        format!("{first}-{last}")
    };
    let mut rules = Rules::for_years(first, last);
    rules.tolerance = settings.tolerance;
    rules.jump_factor = settings.jump_factor;

    let mut tx = db.write().await?;
    let id = tx
        .insert_submission(&NewSubmission {
            flow_id: &flow.id,
            org_slug: upload.org,
            period: &period,
            file_name: upload.file_name,
            submitted_by: &session.user_id,
        })
        .await?;
    // The digest first (a quick pass; the audit log names the file by it), then the reading.
    let max = settings.limits.max_bytes;
    let hashed = tokio::task::spawn_blocking(move || -> std::io::Result<_> {
        let mut hash = Sha256::new();
        let mut buf = vec![0u8; 64 * 1024];
        let mut seen: u64 = 0;
        loop {
            let n = reader.read(&mut buf)?;
            // Past the limit the reading will refuse the file; the digest need not go on.
            if n == 0 || seen > max {
                break;
            }
            hash.update(&buf[..n]);
            seen += n as u64;
        }
        reader.rewind()?;
        Ok((hex::encode(hash.finalize()), reader))
    })
    .await
    .map_err(|e| ServiceError::Internal(format!("the hashing thread failed: {e}")))?;
    let (sha, reader) = hashed.map_err(|e| ServiceError::BadFile {
        file: upload.file_name.to_string(),
        line: None,
        reason: e.to_string(),
    })?;
    let (sender, mut receiver) = tokio::sync::mpsc::channel::<Msg>(4);
    let limits = settings.limits;
    let job = Job {
        flow: flow.clone(),
        dsd,
        codes,
        alpha2,
        encoding,
        rules,
        limits,
    };
    let reading = tokio::task::spawn_blocking(move || read_and_validate(reader, &job, &sender));
    let mut staged = 0usize;
    while let Some(msg) = receiver.recv().await {
        match msg {
            Msg::Rows(rows) => {
                staged += rows.len();
                tx.stage_observations(&id, &rows).await?;
            }
            Msg::Keys(keys, answer) => {
                let values = db.latest_values(&flow.id, &keys).await?;
                let map = values.into_iter().map(|(k, p, v)| ((k, p), v)).collect();
                let _ = answer.send(map);
            }
        }
    }
    let read = reading
        .await
        .map_err(|e| ServiceError::Internal(format!("the reading thread failed: {e}")))?;
    let report = read.report;
    if report.errors == 0 {
        let attributes: Vec<SeriesAttribute> = report
            .series_attributes
            .iter()
            .map(|(k, a, v)| SeriesAttribute {
                series_key: k.clone(),
                attribute: a.clone(),
                value: v.clone(),
            })
            .collect();
        tx.stage_attributes(&id, &attributes).await?;
    } else if staged > 0 {
        tx.discard_staged(&id).await?;
    }
    let findings = serde_json::to_string(&report.findings)
        .map_err(|e| ServiceError::Internal(format!("the report cannot be stored: {e}")))?;
    let count = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    tx.finish_submission(
        &id,
        &SubmissionOutcome {
            file_sha256: &sha,
            format: read.format,
            encoding: read.encoding,
            errors: count(report.errors),
            warnings: count(report.warnings),
            observations: count(report.observations),
            series: count(report.series),
            report: &findings,
        },
    )
    .await?;
    let detail = serde_json::json!({
        "org": upload.org,
        "flow": flow.id,
        "period": period,
        "file": upload.file_name,
        "sha256": sha,
        "format": read.format,
        "observations": report.observations,
        "errors": report.errors,
        "warnings": report.warnings,
    });
    tx.audit(&AuditEvent {
        actor: &audit_actor(session),
        action: "stats.submit",
        entity: "stat_submission",
        entity_id: &id,
        detail: &detail.to_string(),
    })
    .await?;
    let stored = tx
        .submission_for_update(&id)
        .await?
        .ok_or_else(|| ServiceError::Internal("the submission vanished".into()))?;
    tx.commit().await?;
    Ok(stored)
}

/// The findings of a stored submission.
pub fn findings(s: &Submission) -> Vec<Finding> {
    serde_json::from_str(&s.report).unwrap_or_default()
}

/// The submission `id` of `org`, read in `tx`, waiting for a decision.
async fn waiting(tx: &mut WriteTx<'_>, org: &str, id: &str) -> Result<Submission, ServiceError> {
    let s = tx
        .submission_for_update(id)
        .await?
        .filter(|s| s.org_slug == org)
        .ok_or(SubmissionError::NotFound)?;
    if s.status != "validated" {
        return Err(SubmissionError::NotWaiting.into());
    }
    Ok(s)
}

/// A submission of `org` (one the caller may see: the route's policy checked the organisation).
pub async fn get(db: &Db, org: &str, id: &str) -> Result<Submission, ServiceError> {
    Ok(db
        .submission(id)
        .await?
        .filter(|s| s.org_slug == org)
        .ok_or(SubmissionError::NotFound)?)
}

/// Publishes a submission as the next release of its flow. Warnings must be accepted explicitly;
/// errors block; the submitter cannot approve their own.
pub async fn approve(
    db: &Db,
    session: &Session,
    org: &str,
    id: &str,
    accept_warnings: bool,
) -> Result<Submission, ServiceError> {
    let mut tx = db.write().await?;
    let s = waiting(&mut tx, org, id).await?;
    if s.submitted_by == session.user_id {
        return Err(SubmissionError::OwnSubmission.into());
    }
    if s.errors > 0 {
        return Err(SubmissionError::HasErrors.into());
    }
    if s.warnings > 0 && !accept_warnings {
        return Err(SubmissionError::WarningsNotAccepted.into());
    }
    let actor = audit_actor(session);
    let note = format!(
        "{} ({}, {}), sha256 {}",
        s.file_name, s.org_slug, s.period, s.file_sha256
    );
    let release = tx
        .publish_submission(&s.id, &s.flow_id, &actor, &note)
        .await?;
    let decision = if s.warnings > 0 {
        format!("{} warnings accepted", s.warnings)
    } else {
        String::new()
    };
    if !tx
        .decide_submission(
            &s.id,
            "released",
            &session.user_id,
            &decision,
            Some(&release.id),
        )
        .await?
    {
        return Err(SubmissionError::NotWaiting.into());
    }
    let detail = serde_json::json!({
        "submission": s.id,
        "org": s.org_slug,
        "flow": s.flow_id,
        "release": release.seq,
        "observations": s.observations,
        "sha256": s.file_sha256,
        "warnings_accepted": s.warnings,
    });
    tx.audit(&AuditEvent {
        actor: &actor,
        action: "stats.release",
        entity: "stat_release",
        entity_id: &release.id,
        detail: &detail.to_string(),
    })
    .await?;
    let stored = tx
        .submission_for_update(&s.id)
        .await?
        .ok_or(SubmissionError::NotFound)?;
    tx.commit().await?;
    Ok(stored)
}

/// Rejects a submission, saying why.
pub async fn reject(
    db: &Db,
    session: &Session,
    org: &str,
    id: &str,
    reason: &str,
) -> Result<Submission, ServiceError> {
    let reason: String = reason.trim().chars().take(2000).collect();
    let mut tx = db.write().await?;
    let s = waiting(&mut tx, org, id).await?;
    if !tx
        .decide_submission(&s.id, "rejected", &session.user_id, &reason, None)
        .await?
    {
        return Err(SubmissionError::NotWaiting.into());
    }
    tx.audit(&AuditEvent {
        actor: &audit_actor(session),
        action: "stats.reject",
        entity: "stat_submission",
        entity_id: &s.id,
        detail: &serde_json::json!({ "org": s.org_slug, "flow": s.flow_id }).to_string(),
    })
    .await?;
    let stored = tx
        .submission_for_update(&s.id)
        .await?
        .ok_or(SubmissionError::NotFound)?;
    tx.commit().await?;
    Ok(stored)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        assert_eq!(parse_period("2024", 2026), Ok((2024, 2024)));
        assert_eq!(parse_period(" 2020-2024 ", 2026), Ok((2020, 2024)));
        for bad in [
            "",
            "24",
            "2024-2020",
            "1900",
            "2030",
            "2020/2024",
            "abcd",
            "2020-",
        ] {
            assert_eq!(
                parse_period(bad, 2026),
                Err(SubmissionError::BadPeriod),
                "{bad}"
            );
        }
    }
}

/// What a questionnaire is for.
#[derive(Debug, Clone, Copy)]
pub struct TemplateRequest<'a> {
    /// The dataflow.
    pub flow: &'a str,
    /// The reporting country (ISO 3166 alpha-2).
    pub country: &'a str,
    /// The year.
    pub year: i32,
    /// The focal point's language.
    pub locale: lmip_domain::Locale,
}

/// A translator: a message key and its arguments to text in the request's language.
pub type Translate<'a> = &'a (dyn Fn(&str, &[(&str, String)]) -> String + Sync);

/// The XLSX questionnaire for a flow, a country and a year (see `lmip stats template`).
pub async fn template(
    db: &Db,
    req: &TemplateRequest<'_>,
    t: Translate<'_>,
) -> Result<Vec<u8>, ServiceError> {
    let (flow, dsd) = flow_and_structure(db, req.flow).await?;
    let country = req.country.trim().to_uppercase();
    let areas = db.codes("CL_AREA").await?;
    let Some(home) = areas
        .iter()
        .find(|c| c.code == country && !c.code.starts_with('_'))
    else {
        return Err(lmip_domain::DomainError::UnknownCode {
            list: "CL_AREA".into(),
            code: country.chars().take(10).collect(),
        }
        .into());
    };
    let dims: Vec<&lmip_stats::model::Component> = dsd.dimensions().collect();
    let has = |id: &str| dims.iter().any(|d| d.id == id);
    if !(has("FREQ") && has("REF_AREA") && has("COUNTERPART_AREA")) {
        return Err(SubmissionError::UnknownFlow(flow.id.clone()).into());
    }
    // The table's columns: the one dimension left after those fixed above it and the partner.
    let breakdown = dims
        .iter()
        .find(|d| !["FREQ", "REF_AREA", "COUNTERPART_AREA"].contains(&d.id.as_str()));
    let unit = if flow.id == "REMIT" { "USD" } else { "PS" };
    let label = |text: String, id: &str| format!("{text} ({id})");
    let mut columns = vec![label(t("stats-template-partner", &[]), "COUNTERPART_AREA")];
    let mut value_columns = Vec::new();
    match breakdown {
        Some(d) => {
            let list = d.codelist.clone().unwrap_or_default();
            for c in db.codes(&list).await? {
                value_columns.push(columns.len() as u16);
                columns.push(format!(
                    "{} ({})",
                    crate::codelists::name_in(&c, req.locale),
                    c.code
                ));
            }
        }
        None => {
            value_columns.push(1);
            columns.push(label(t("stats-template-value", &[]), "OBS_VALUE"));
        }
    }
    columns.push(label(t("stats-template-note", &[]), "NOTE"));
    let row_codes: Vec<String> = areas
        .iter()
        .filter(|c| c.code != country && c.code != "_T")
        .map(|c| format!("{} — {}", c.code, crate::codelists::name_in(c, req.locale)))
        .collect();
    let home_name = crate::codelists::name_in(home, req.locale);
    let rows = row_codes.len() as u32;
    let for_args = [
        ("flow", flow.id.clone()),
        ("country", home_name.clone()),
        ("year", req.year.to_string()),
    ];
    let step_for = t("stats-template-step-for", &for_args);
    let q = lmip_xlsx::Questionnaire {
        sheet: flow.id.clone(),
        title: format!("{} ({})", flow.name, flow.id),
        instructions_title: t("stats-template-instructions", &[]),
        instructions: vec![
            step_for,
            t("stats-template-step-rows", &[]),
            t("stats-template-step-numbers", &[]),
            t("stats-template-step-totals", &[]),
            t("stats-template-step-send", &[]),
        ],
        meta: vec![
            (
                label(t("stats-template-flow", &[]), "FLOW"),
                flow.id.clone(),
            ),
            (
                label(t("stats-template-frequency", &[]), "FREQ"),
                "A".into(),
            ),
            (
                label(t("stats-template-country", &[]), "REF_AREA"),
                format!("{} — {home_name}", home.code),
            ),
            (
                label(t("stats-template-year", &[]), "TIME_PERIOD"),
                req.year.to_string(),
            ),
            (
                label(t("stats-template-unit", &[]), "UNIT_MEASURE"),
                unit.into(),
            ),
        ],
        columns,
        value_columns,
        row_codes,
        rows,
    };
    lmip_xlsx::write_questionnaire(&q).map_err(|e| ServiceError::Internal(e.to_string()))
}
