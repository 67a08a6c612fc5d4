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
use lmip_stats::upload::{self, Context, Finding, Limits};
use lmip_storage::{
    AuditEvent, Db, NewSubmission, Observation, SeriesAttribute, Submission, SubmissionOutcome,
    WriteTx,
};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::sync::{Arc, Mutex};

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

/// A reader that hashes what passes through it into a shared digest.
struct Hashing<R> {
    inner: R,
    hash: Arc<Mutex<Sha256>>,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Ok(mut h) = self.hash.lock() {
            h.update(&buf[..n]);
        }
        Ok(n)
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

/// Reads and validates on this (blocking) thread, sending accepted rows to `tx`.
fn read_and_validate(
    reader: impl Read + Send,
    job: &Job,
    tx: &tokio::sync::mpsc::Sender<Msg>,
) -> Outcome {
    let Job {
        flow,
        dsd,
        codes,
        alpha2,
        encoding,
        rules,
        limits,
    } = job;
    let (encoding, limits) = (*encoding, *limits);
    let ctx = Context {
        flow,
        dsd,
        alpha2,
        encoding,
        limits,
    };
    let mut validator = Validator::new(dsd, codes, rules.clone());
    let mut format = "";
    let mut used = "";
    let mut batch = Vec::with_capacity(STAGE_BATCH);
    match upload::open(reader, &ctx) {
        Err(f) => validator.add(f),
        Ok(opened) => {
            format = opened.format.as_str();
            used = opened.encoding.name();
            for item in opened.rows {
                match item {
                    Ok(row) => {
                        if let Some(a) = validator.push(&row)
                            && !validator.has_errors()
                        {
                            batch.push(Observation {
                                series_key: a.series_key,
                                time_period: a.time_period,
                                value: a.value,
                                obs_status: a.obs_status,
                                note: a.note,
                            });
                            if batch.len() == STAGE_BATCH {
                                let full =
                                    std::mem::replace(&mut batch, Vec::with_capacity(STAGE_BATCH));
                                if tx.blocking_send(Msg::Rows(full)).is_err() {
                                    break;
                                }
                            }
                        }
                    }
                    Err(f) => validator.add(f),
                }
            }
        }
    }
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
    let report = validator
        .finish(&|k: &str, p: &str| previous.get(&(k.to_string(), p.to_string())).copied());
    Outcome {
        report,
        format,
        encoding: used,
    }
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
    reader: impl Read + Send + 'static,
    settings: Settings,
    this_year: i32,
) -> Result<Submission, ServiceError> {
    let (first, last) = parse_period(upload.period, this_year)?;
    let encoding =
        match upload.encoding.map(str::trim).filter(|e| !e.is_empty()) {
            None => None,
            Some(label) => Some(upload::encoding_for(label).ok_or_else(|| {
                SubmissionError::UnknownEncoding(label.chars().take(40).collect())
            })?),
        };
    let flow = db
        .dataflow(upload.flow)
        .await?
        .ok_or_else(|| SubmissionError::UnknownFlow(upload.flow.chars().take(40).collect()))?;
    let dsd = db.data_structure(&flow.structure).await?.ok_or_else(|| {
        ServiceError::Internal(format!("the structure of {} is missing", flow.id))
    })?;
    let codes = codes_for(db, &dsd).await?;
    let alpha2: HashMap<String, String> = lmip_refdata::countries()
        .into_iter()
        .map(|c| (c.alpha3.to_string(), c.alpha2.to_string()))
        .collect();
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
    let hash = Arc::new(Mutex::new(Sha256::new()));
    let hashing = Hashing {
        inner: reader,
        hash: hash.clone(),
    };
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
    let reading = tokio::task::spawn_blocking(move || read_and_validate(hashing, &job, &sender));
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
    let sha = hash
        .lock()
        .map(|h| hex::encode(h.clone().finalize()))
        .map_err(|_| ServiceError::Internal("the file's digest is unavailable".into()))?;
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
