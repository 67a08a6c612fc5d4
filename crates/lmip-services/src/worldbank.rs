//! Importing the World Bank / KNOMAD bilateral remittance matrix (XLSX) as a release of `REMIT`.
//!
//! The matrix has a title row naming the year ("Bilateral Remittance Estimates for 2017 …
//! (millions of US$)"), a heading row whose first cell reads "receiving (across) / sending (down)"
//! followed by the receiving countries, then one row per sending country. Countries are named, not
//! coded: names are matched to ISO 3166 through lmip's English country names and the World Bank's
//! own spellings below. Names that match nothing (Kosovo, the Channel Islands) are skipped and
//! reported with the money they carry, never silently. Empty, `-` and zero cells carry no estimate.
//! Values are millions of US dollars: `UNIT_MEASURE` USD, `UNIT_MULT` 6.

use crate::ServiceError;
use crate::releases::{Published, publish, same_attributes};
use lmip_storage::{Db, Observation};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::io::{Read, Seek};
use std::ops::ControlFlow;

/// The World Bank's spellings that are not lmip's English country names.
const WORLD_BANK_NAMES: [(&str, &str); 38] = [
    ("antigua and barbuda", "AG"),
    ("bahamas, the", "BS"),
    ("bosnia and herzegovina", "BA"),
    ("brunei darussalam", "BN"),
    ("cabo verde", "CV"),
    ("congo, dem. rep.", "CD"),
    ("congo, rep.", "CG"),
    ("cote d'ivoire", "CI"),
    ("curacao", "CW"),
    ("czech republic", "CZ"),
    ("egypt, arab rep.", "EG"),
    ("faeroe islands", "FO"),
    ("gambia, the", "GM"),
    ("hong kong sar, china", "HK"),
    ("iran, islamic rep.", "IR"),
    ("korea, dem. rep.", "KP"),
    ("korea, rep.", "KR"),
    ("kyrgyz republic", "KG"),
    ("lao pdr", "LA"),
    ("macao sar, china", "MO"),
    ("macedonia, fyr", "MK"),
    ("micronesia, fed. sts.", "FM"),
    ("myanmar", "MM"),
    ("russian federation", "RU"),
    ("sao tome and principe", "ST"),
    ("sint maarten (dutch part)", "SX"),
    ("slovak republic", "SK"),
    ("st. kitts and nevis", "KN"),
    ("st. vincent and the grenadines", "VC"),
    ("swaziland", "SZ"),
    ("syrian arab republic", "SY"),
    ("trinidad and tobago", "TT"),
    ("turkey", "TR"),
    ("turks and caicos islands", "TC"),
    ("venezuela, rb", "VE"),
    ("virgin islands (u.s.)", "VI"),
    ("west bank and gaza", "PS"),
    ("yemen, rep.", "YE"),
];

/// What an import did.
#[derive(Debug, Clone, PartialEq)]
pub struct RemittanceReport {
    /// The year the estimates are for.
    pub year: i32,
    /// The release number of `REMIT`.
    pub release: i64,
    /// Observations published.
    pub observations: usize,
    /// Their sum, in millions of US dollars.
    pub total: f64,
    /// Names that match no country: (name, cells, millions of US dollars they carry).
    pub skipped: Vec<(String, usize, f64)>,
}

fn bad(file: &str, line: Option<u64>, reason: impl Into<String>) -> ServiceError {
    ServiceError::BadFile {
        file: file.to_string(),
        line,
        reason: reason.into(),
    }
}

/// The year a title names (the first four-digit number from 1990 to 2100).
fn year_in(title: &str) -> Option<i32> {
    title
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .find(|y| (1990..=2100).contains(y))
}

/// What the reading found, before publishing.
#[derive(Default)]
struct Matrix {
    year: Option<i32>,
    receiving: Vec<(u32, String)>,
    values: BTreeMap<String, f64>,
    skipped: BTreeMap<String, (usize, f64)>,
    total: f64,
    problem: Option<(u32, String)>,
}

/// Imports the workbook as the next release of `REMIT`, published by `actor`. `progress` is
/// called with the number of sending countries read.
pub async fn import_xlsx(
    db: &Db,
    actor: &str,
    file_name: &str,
    mut reader: impl Read + Seek + Send + 'static,
    progress: &mut dyn FnMut(u64),
) -> Result<RemittanceReport, ServiceError> {
    let mut bytes_hash = Sha256::new();
    std::io::copy(
        &mut (&mut reader).take(300 * 1024 * 1024),
        &mut HashWriter(&mut bytes_hash),
    )
    .map_err(|e| bad(file_name, None, format!("cannot be read: {e}")))?;
    reader
        .rewind()
        .map_err(|e| bad(file_name, None, format!("cannot be read: {e}")))?;
    let digest = hex::encode(bytes_hash.finalize());
    let mut names: HashMap<String, String> = db
        .codes("CL_AREA")
        .await?
        .into_iter()
        .filter(|c| !c.code.starts_with('_'))
        .filter_map(|c| {
            let en = c.names.iter().find(|(l, _)| l == "en")?.1.to_lowercase();
            Some((en, c.code))
        })
        .collect();
    for (n, code) in WORLD_BANK_NAMES {
        names.insert(n.to_string(), code.to_string());
    }
    let mut m = Matrix::default();
    let mut senders = 0u64;
    let read = lmip_xlsx::for_each_row(
        reader,
        &lmip_xlsx::Limits {
            max_columns: 400,
            ..lmip_xlsx::Limits::default()
        },
        |_sheet, (row, cells)| {
            let first = cells
                .iter()
                .find(|(c, _)| *c == 0)
                .map(|(_, v)| v.as_str())
                .unwrap_or("");
            if m.receiving.is_empty() {
                if m.year.is_none() {
                    m.year = year_in(first);
                }
                if first.to_lowercase().starts_with("receiving") {
                    m.receiving = cells.iter().filter(|(c, _)| *c > 0).cloned().collect();
                }
                return ControlFlow::Continue(());
            }
            let sender = first.trim();
            if sender.eq_ignore_ascii_case("world") {
                // The totals row ends the matrix; footnotes follow.
                return ControlFlow::Break(());
            }
            let numbers: Vec<(u32, f64)> = cells
                .iter()
                .filter(|(c, _)| *c > 0)
                .filter_map(|(c, v)| v.trim().parse::<f64>().ok().map(|x| (*c, x)))
                .collect();
            if numbers.is_empty() {
                return ControlFlow::Continue(());
            }
            senders += 1;
            if senders.is_multiple_of(20) {
                progress(senders);
            }
            let send_code = names.get(&sender.to_lowercase()).cloned();
            for (col, value) in numbers {
                if value < 0.0 || !value.is_finite() {
                    m.problem = Some((row, format!("the value {value} is not an amount")));
                    return ControlFlow::Break(());
                }
                if value == 0.0 {
                    continue;
                }
                let Some((_, receiver)) = m.receiving.iter().find(|(c, _)| *c == col) else {
                    continue;
                };
                if receiver.eq_ignore_ascii_case("world") {
                    continue;
                }
                let recv_code = names.get(&receiver.trim().to_lowercase());
                match (recv_code, &send_code) {
                    (Some(r), Some(s)) => {
                        m.values.insert(format!("A.{r}.{s}"), value);
                        m.total += value;
                    }
                    (r, _) => {
                        let unknown = if r.is_none() { receiver.trim() } else { sender };
                        let e = m.skipped.entry(unknown.to_string()).or_insert((0, 0.0));
                        e.0 += 1;
                        e.1 += value;
                    }
                }
            }
            ControlFlow::Continue(())
        },
    );
    read.map_err(|e| bad(file_name, None, e.to_string()))?;
    if let Some((row, reason)) = m.problem {
        return Err(bad(file_name, Some(u64::from(row)), reason));
    }
    if m.receiving.is_empty() {
        return Err(bad(
            file_name,
            None,
            "has no heading row starting with \"receiving (across) / sending (down)\" (the World Bank's bilateral remittance matrix)",
        ));
    }
    let Some(year) = m.year else {
        return Err(bad(file_name, Some(1), "names no year in its title"));
    };
    if m.values.is_empty() {
        return Err(bad(file_name, None, "has no amounts"));
    }
    let period = year.to_string();
    let observations: Vec<Observation> = m
        .values
        .iter()
        .map(|(key, v)| Observation {
            series_key: key.clone(),
            time_period: period.clone(),
            value: Some(*v),
            obs_status: Some("E".into()),
            note: None,
        })
        .collect();
    let (attributes, _) = same_attributes(
        &observations,
        &[
            ("UNIT_MEASURE", "USD"),
            ("UNIT_MULT", "6"),
            (
                "SOURCE",
                "World Bank/KNOMAD bilateral remittance estimates (analytical estimates, not officially reported data)",
            ),
        ],
    );
    let note = format!(
        "World Bank/KNOMAD bilateral remittances {year}, file {file_name} (sha256 {digest})"
    );
    let Published { release } = publish(
        db,
        actor,
        "REMIT",
        &note,
        serde_json::json!({
            "source": "world-bank-remittances",
            "file": file_name,
            "sha256": digest,
            "year": year,
        }),
        &observations,
        &attributes,
    )
    .await?;
    Ok(RemittanceReport {
        year,
        release: release.seq,
        observations: observations.len(),
        total: m.total,
        skipped: m
            .skipped
            .into_iter()
            .map(|(name, (n, v))| (name, n, v))
            .collect(),
    })
}

/// Feeds written bytes to a digest.
struct HashWriter<'a>(&'a mut Sha256);

impl std::io::Write for HashWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_in_titles() {
        assert_eq!(
            year_in(
                "Bilateral Remittance Estimates for 2017 using Migrant Stocks (April 2018 Version)"
            ),
            Some(2017)
        );
        assert_eq!(year_in("no year here 12345"), None);
    }
}
