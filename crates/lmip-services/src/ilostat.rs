//! Importing ILOSTAT's labour migration indicators (CSV) as a release of lmip's own dataflows.
//!
//! Two layouts are read, by column name: ILOSTAT's bulk download (`ref_area, indicator, sex,
//! classif1, time, obs_value, obs_status, …`) and the one-indicator layout of the DDF conversion
//! (`ref_area, sex, classif1, time, <indicator>`). Codes are mapped to lmip's: ISO 3166 alpha-3 to
//! alpha-2, `SEX_T/M/F` to `_T/M/F`, `…_TOTAL` to `_T` and `…_X` to `_X`. Rows lmip cannot place
//! (regional aggregates such as `CDS_DES_CIS`, other sexes, sub-annual periods) are skipped and
//! reported, never silently. The whole file is one transaction: all of it or nothing.

use crate::ServiceError;
use lmip_storage::{Db, Observation};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::io::Read;

/// Indicators lmip can place: (indicator, dataflow, what `classif1` holds).
pub const INDICATORS: [(&str, &str, &str); 5] = [
    ("MNA_OEMP_SEX_CDS_NB", "MIG_OUTFLOW", "CDS"),
    ("MNA_OPOP_SEX_CDS_NB", "MIG_OUTFLOW", "CDS"),
    ("MFL_FPOP_SEX_CBR_NB", "MIG_INFLOW", "CBR"),
    ("MFL_NCIT_SEX_CCT_NB", "MIG_INFLOW", "CCT"),
    ("MNA_XRET_SEX_CPR_NB", "MIG_RETURN", "CPR"),
];

/// The largest file read (ILOSTAT's largest migration indicator is far smaller).
pub const MAX_BYTES: u64 = 200 * 1024 * 1024;

/// What an import did.
#[derive(Debug, Clone, PartialEq)]
pub struct IlostatReport {
    /// The dataflow the release went to.
    pub flow: String,
    /// The release number.
    pub release: i64,
    /// Observations published.
    pub observations: usize,
    /// Series they belong to.
    pub series: usize,
    /// Rows skipped, by reason, with a count and the first line number.
    pub skipped: Vec<(String, usize, u64)>,
    /// Findings that do not block an operator's import (totals that differ from their parts).
    pub warnings: Vec<String>,
}

fn bad(file: &str, line: Option<u64>, reason: impl Into<String>) -> ServiceError {
    ServiceError::BadFile {
        file: file.to_string(),
        line,
        reason: reason.into(),
    }
}

/// lmip's area code for an ILOSTAT code's last part (`MYS`, `TOTAL`, `X`).
fn area(code: &str, alpha2: &HashMap<String, String>) -> Option<String> {
    match code {
        "TOTAL" => Some("_T".into()),
        "X" => Some("_X".into()),
        c => alpha2.get(c).cloned(),
    }
}

/// Where ILOSTAT's figures come from, as every series it publishes says.
const ILOSTAT_SOURCE: &str = "ILOSTAT, International Labour Organization (CC BY 4.0)";

/// Imports one indicator file as a new release, published by `actor`.
pub async fn import_csv(
    db: &Db,
    actor: &str,
    file_name: &str,
    reader: impl Read,
) -> Result<IlostatReport, ServiceError> {
    import_csv_from(db, actor, file_name, reader, ILOSTAT_SOURCE).await
}

/// [`import_csv`] with another `SOURCE` on every series (the demo's invented sample must not
/// claim to be ILOSTAT's).
pub(crate) async fn import_csv_from(
    db: &Db,
    actor: &str,
    file_name: &str,
    reader: impl Read,
    source: &str,
) -> Result<IlostatReport, ServiceError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| bad(file_name, None, format!("cannot be read: {e}")))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(bad(
            file_name,
            None,
            format!("is larger than {} MiB", MAX_BYTES / 1024 / 1024),
        ));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(bad(
            file_name,
            None,
            "is UTF-16 (as Excel saves \"Unicode text\"): save it as CSV UTF-8 and try again",
        ));
    }
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes)).map_err(
        |e| {
            bad(
                file_name,
                None,
                format!(
                    "is not UTF-8 (byte {} cannot be read): save it as CSV UTF-8",
                    e.valid_up_to()
                ),
            )
        },
    )?;
    let digest = hex::encode(Sha256::digest(&bytes));
    let mut csv = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = csv
        .headers()
        .map_err(|e| bad(file_name, Some(1), e.to_string()))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (Some(c_area), Some(c_sex), Some(c_classif), Some(c_time)) =
        (col("ref_area"), col("sex"), col("classif1"), col("time"))
    else {
        return Err(bad(
            file_name,
            Some(1),
            "needs the columns ref_area, sex, classif1 and time (ILOSTAT's CSV layout)",
        ));
    };
    // Bulk layout: an indicator column and obs_value; DDF layout: the indicator names the value column.
    let (c_value, fixed_indicator) = match (col("obs_value"), col("indicator")) {
        (Some(v), Some(_)) => (v, None),
        _ => {
            let known = INDICATORS
                .iter()
                .find_map(|(ind, _, _)| col(&ind.to_lowercase()).map(|c| (c, ind.to_string())));
            match known {
                Some((c, ind)) => (c, Some(ind)),
                None => {
                    return Err(bad(
                        file_name,
                        Some(1),
                        format!(
                            "has no obs_value and indicator columns, nor a column named after an indicator lmip knows ({})",
                            INDICATORS.map(|i| i.0).join(", ")
                        ),
                    ));
                }
            }
        }
    };
    let c_indicator = col("indicator");
    let c_status = col("obs_status");
    let alpha2 = crate::codelists::alpha2_of_alpha3();
    let mut flow: Option<(&str, &str, String)> = None;
    let mut values: BTreeMap<(String, String), Observation> = BTreeMap::new();
    let mut skipped: BTreeMap<String, (usize, u64)> = BTreeMap::new();
    let mut skip = |reason: String, line: u64| {
        let e = skipped.entry(reason).or_insert((0, line));
        e.0 += 1;
    };
    for (i, record) in csv.records().enumerate() {
        let line = i as u64 + 2;
        let record = record.map_err(|e| bad(file_name, Some(line), e.to_string()))?;
        let get = |c: usize| record.get(c).unwrap_or("").trim().to_uppercase();
        let indicator = match (&fixed_indicator, c_indicator) {
            (Some(ind), _) => ind.clone(),
            (None, Some(c)) => get(c),
            (None, None) => String::new(),
        };
        let Some((ind, flow_id, prefix)) = INDICATORS.iter().find(|(i, _, _)| *i == indicator)
        else {
            return Err(bad(
                file_name,
                Some(line),
                format!(
                    "indicator '{}' is not one lmip can place; known: {}",
                    indicator.chars().take(40).collect::<String>(),
                    INDICATORS.map(|i| i.0).join(", ")
                ),
            ));
        };
        match &flow {
            None => flow = Some((flow_id, prefix, ind.to_string())),
            Some((f, _, first)) if f != flow_id || first != ind => {
                return Err(bad(
                    file_name,
                    Some(line),
                    format!("mixes indicators ({first} and {ind}): import one indicator per file"),
                ));
            }
            Some(_) => {}
        }
        let Some(ref_area) = area(&get(c_area), &alpha2) else {
            skip(format!("area {} is not a country", get(c_area)), line);
            continue;
        };
        let sex = match get(c_sex).as_str() {
            "SEX_T" => "_T",
            "SEX_M" => "M",
            "SEX_F" => "F",
            other => {
                skip(format!("sex {other} has no lmip code"), line);
                continue;
            }
        };
        let classif = get(c_classif);
        let Some(counterpart) = classif
            .strip_prefix(&format!("{prefix}_"))
            .and_then(|rest| rest.split_once('_'))
            .and_then(|(_, code)| area(code, &alpha2))
        else {
            skip(format!("{classif} is not a country"), line);
            continue;
        };
        let time = get(c_time);
        if time.len() != 4 || !time.bytes().all(|b| b.is_ascii_digit()) {
            skip(format!("period {time} is not a year"), line);
            continue;
        }
        let raw = record.get(c_value).unwrap_or("").trim();
        let value = if raw.is_empty() {
            None
        } else {
            match raw.parse::<f64>() {
                Ok(v) if v.is_finite() && v >= 0.0 => Some(v),
                _ => {
                    return Err(bad(
                        file_name,
                        Some(line),
                        format!(
                            "the value '{}' is not a number of persons",
                            raw.chars().take(30).collect::<String>()
                        ),
                    ));
                }
            }
        };
        let status = c_status.map(get).filter(|s| !s.is_empty());
        let key = format!("A.{ref_area}.{counterpart}.{sex}");
        let previous = values.insert(
            (key.clone(), time.clone()),
            Observation {
                series_key: key,
                time_period: time,
                value,
                obs_status: status,
                note: None,
            },
        );
        if previous.is_some() {
            return Err(bad(
                file_name,
                Some(line),
                "repeats an earlier row (same area, sex, counterpart and year)",
            ));
        }
    }
    let Some((flow_id, _, indicator)) = flow else {
        return Err(bad(file_name, None, "has no data rows"));
    };
    let warnings = check_totals(&values);
    let observations: Vec<Observation> = values.into_values().collect();
    let (attributes, series) = crate::releases::same_attributes(
        &observations,
        &[
            ("UNIT_MEASURE", "PS"),
            ("UNIT_MULT", "3"),
            ("SOURCE", source),
        ],
    );
    let note = format!("ILOSTAT {indicator}, file {file_name} (sha256 {digest})");
    let crate::releases::Published { release } = crate::releases::publish(
        db,
        actor,
        flow_id,
        &note,
        serde_json::json!({
            "source": "ilostat",
            "indicator": indicator,
            "file": file_name,
            "sha256": digest,
        }),
        &observations,
        &attributes,
    )
    .await?;
    Ok(IlostatReport {
        flow: flow_id.to_string(),
        release: release.seq,
        observations: observations.len(),
        series,
        skipped: skipped
            .into_iter()
            .map(|(reason, (n, line))| (reason, n, line))
            .collect(),
        warnings,
    })
}

/// Totals that differ from the sum of their parts by more than rounding: sex (`_T` = `M` + `F`)
/// and counterpart (`_T` = the sum of the countries, when every part is there).
fn check_totals(values: &BTreeMap<(String, String), Observation>) -> Vec<String> {
    const TOLERANCE: f64 = 0.0015;
    let get = |key: &str, time: &str| {
        values
            .get(&(key.to_string(), time.to_string()))
            .and_then(|o| o.value)
    };
    let mut out = Vec::new();
    for ((key, time), o) in values {
        let parts: Vec<&str> = key.split('.').collect();
        let [freq, area, counterpart, sex] = parts.as_slice() else {
            continue;
        };
        if *sex == "_T"
            && let (Some(t), Some(m), Some(f)) = (
                o.value,
                get(&format!("{freq}.{area}.{counterpart}.M"), time),
                get(&format!("{freq}.{area}.{counterpart}.F"), time),
            )
            && (t - (m + f)).abs() > TOLERANCE
        {
            out.push(format!(
                "{key} {time}: total {t} is not male {m} + female {f}"
            ));
        }
        if *counterpart == "_T"
            && let Some(t) = o.value
        {
            let prefix = format!("{freq}.{area}.");
            let suffix = format!(".{sex}");
            let sum: f64 = values
                .range((prefix.clone(), String::new())..)
                .take_while(|((k, _), _)| k.starts_with(&prefix))
                .filter(|((k, tm), _)| {
                    tm == time && k.ends_with(&suffix) && !k.contains("._T.") && !k.contains("._X.")
                })
                .filter_map(|(_, o)| o.value)
                .sum();
            let has_unknown = get(&format!("{prefix}_X{suffix}"), time).unwrap_or(0.0);
            if (t - (sum + has_unknown)).abs() > TOLERANCE * 10.0 {
                out.push(format!(
                    "{key} {time}: total {t} differs from the sum over countries {:.3}",
                    sum + has_unknown
                ));
            }
        }
    }
    out
}
