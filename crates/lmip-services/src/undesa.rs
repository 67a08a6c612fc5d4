//! Importing UN DESA's International Migrant Stock (origin × destination × sex) as a release of
//! `MIG_STOCK`.
//!
//! The file is read as CSV by column name: `year`, `origin_iso3`, `destination_iso3`, `sex`
//! (`SEX_T/F/M`) and `stock` (persons). REF_AREA is the destination, COUNTERPART_AREA the origin.
//! Rows whose countries have no ISO 3166 code are skipped and reported; a malformed row stops the
//! import with its line, and nothing is published.

use crate::ServiceError;
use crate::releases::{Published, publish};
use lmip_storage::{Db, Observation};
use std::collections::BTreeMap;
use std::io::Read;

/// What an import did.
#[derive(Debug, Clone, PartialEq)]
pub struct StockReport {
    /// The release number of `MIG_STOCK`.
    pub release: i64,
    /// Observations published.
    pub observations: usize,
    /// Series they belong to.
    pub series: usize,
    /// Rows skipped, by reason: (reason, count, first line).
    pub skipped: Vec<(String, usize, u64)>,
    /// Cells whose total differs from female + male.
    pub warnings: Vec<String>,
}

fn bad(file: &str, line: Option<u64>, reason: impl Into<String>) -> ServiceError {
    ServiceError::BadFile {
        file: file.to_string(),
        line,
        reason: reason.into(),
    }
}

/// Imports the file as the next release of `MIG_STOCK`, published by `actor`. `progress` is called
/// with the number of rows read so far, every 10,000 rows.
pub async fn import_csv(
    db: &Db,
    actor: &str,
    file_name: &str,
    reader: impl Read,
    progress: &mut dyn FnMut(u64),
) -> Result<StockReport, ServiceError> {
    let mut hashing = crate::releases::HashingReader::new(reader);
    let mut csv = csv::ReaderBuilder::new().from_reader(&mut hashing);
    let headers: Vec<String> = csv
        .headers()
        .map_err(|e| bad(file_name, Some(1), e.to_string()))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (Some(c_year), Some(c_origin), Some(c_dest), Some(c_sex), Some(c_stock)) = (
        col("year"),
        col("origin_iso3"),
        col("destination_iso3"),
        col("sex"),
        col("stock"),
    ) else {
        return Err(bad(
            file_name,
            Some(1),
            "needs the columns year, origin_iso3, destination_iso3, sex and stock (UN DESA International Migrant Stock, origin × destination)",
        ));
    };
    let alpha2 = crate::codelists::alpha2_of_alpha3();
    let mut values: BTreeMap<(String, String), Observation> = BTreeMap::new();
    let mut skipped: BTreeMap<String, (usize, u64)> = BTreeMap::new();
    for (i, record) in csv.records().enumerate() {
        let line = i as u64 + 2;
        if line.is_multiple_of(10_000) {
            progress(line);
        }
        let record = record.map_err(|e| bad(file_name, Some(line), e.to_string()))?;
        let get = |c: usize| record.get(c).unwrap_or("").trim();
        let year = get(c_year);
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad(
                file_name,
                Some(line),
                format!("'{year}' is not a year"),
            ));
        }
        let (Some(dest), Some(origin)) = (
            alpha2.get(&get(c_dest).to_uppercase()),
            alpha2.get(&get(c_origin).to_uppercase()),
        ) else {
            let e = skipped
                .entry(format!(
                    "{} or {} has no ISO 3166 code",
                    get(c_origin),
                    get(c_dest)
                ))
                .or_insert((0, line));
            e.0 += 1;
            continue;
        };
        let sex = match get(c_sex).to_uppercase().as_str() {
            "SEX_T" => "_T",
            "SEX_F" => "F",
            "SEX_M" => "M",
            other => {
                return Err(bad(
                    file_name,
                    Some(line),
                    format!("sex '{other}' is not SEX_T, SEX_F or SEX_M"),
                ));
            }
        };
        let value: f64 = match get(c_stock).parse::<f64>() {
            Ok(v) if v.is_finite() && v >= 0.0 => v,
            _ => {
                return Err(bad(
                    file_name,
                    Some(line),
                    format!("the stock '{}' is not a number of persons", get(c_stock)),
                ));
            }
        };
        let key = format!("A.{dest}.{origin}.{sex}");
        let replaced = values.insert(
            (key.clone(), year.to_string()),
            Observation {
                series_key: key,
                time_period: year.to_string(),
                value: Some(value),
                obs_status: None,
                note: None,
            },
        );
        if replaced.is_some() {
            return Err(bad(
                file_name,
                Some(line),
                "repeats an earlier row (same year, origin, destination and sex)",
            ));
        }
    }
    if values.is_empty() {
        return Err(bad(file_name, None, "has no data rows"));
    }
    let mut warnings = Vec::new();
    for ((key, year), o) in &values {
        if let Some(stem) = key.strip_suffix("._T") {
            let part = |s: &str| {
                values
                    .get(&(format!("{stem}.{s}"), year.clone()))
                    .and_then(|o| o.value)
            };
            if let (Some(t), Some(f), Some(m)) = (o.value, part("F"), part("M"))
                && (t - (f + m)).abs() > 0.5
            {
                warnings.push(format!(
                    "{key} {year}: total {t} is not female {f} + male {m}"
                ));
            }
        }
    }
    let observations: Vec<Observation> = values.into_values().collect();
    let (attributes, series) = crate::releases::same_attributes(
        &observations,
        &[
            ("UNIT_MEASURE", "PS"),
            ("UNIT_MULT", "0"),
            (
                "SOURCE",
                "UN DESA, International Migrant Stock 2020 (CC BY 3.0 IGO)",
            ),
        ],
    );
    drop(csv);
    let digest = hashing.finish();
    let Published { release } = publish(
        db,
        actor,
        "MIG_STOCK",
        &format!("UN DESA International Migrant Stock, file {file_name} (sha256 {digest})"),
        serde_json::json!({ "source": "undesa-ims", "file": file_name, "sha256": digest }),
        &observations,
        &attributes,
    )
    .await?;
    Ok(StockReport {
        release: release.seq,
        observations: observations.len(),
        series,
        skipped: skipped.into_iter().map(|(r, (n, l))| (r, n, l)).collect(),
        warnings,
    })
}
