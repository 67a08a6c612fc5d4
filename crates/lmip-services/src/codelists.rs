//! Exporting and importing code lists as CSV, so operators can review and extend them in bulk.
//!
//! The CSV has the columns `code,parent,sort,name_en,name_th,…` (one `name_` column per locale, any
//! subset, English required). An import is all or nothing: every row is validated before anything is
//! written, and the write is one transaction.

use crate::ServiceError;
use lmip_domain::Locale;
use lmip_storage::{AuditEvent, CodeRow, Db, Op};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};

/// Largest accepted import, in rows.
pub const MAX_ROWS: usize = 100_000;

/// Reads through to `inner` while hashing every byte, so the audit row can name the exact file.
struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// Writes a list as CSV.
pub async fn export_csv(db: &Db, list: &str, out: impl Write) -> Result<usize, ServiceError> {
    let rows = db.codes(list).await?;
    let mut w = csv::Writer::from_writer(out);
    let mut header = vec!["code".to_string(), "parent".into(), "sort".into()];
    header.extend(Locale::ALL.iter().map(|l| format!("name_{l}")));
    let io_err = |e: csv::Error| ServiceError::BadFile {
        file: "output".into(),
        line: None,
        reason: e.to_string(),
    };
    w.write_record(&header).map_err(io_err)?;
    for r in &rows {
        let mut rec = vec![
            r.code.clone(),
            r.parent.clone().unwrap_or_default(),
            r.sort.to_string(),
        ];
        for l in Locale::ALL {
            rec.push(
                r.names
                    .iter()
                    .find(|(x, _)| x == l.code())
                    .map(|(_, n)| n.clone())
                    .unwrap_or_default(),
            );
        }
        w.write_record(&rec).map_err(io_err)?;
    }
    w.flush().map_err(|e| ServiceError::BadFile {
        file: "output".into(),
        line: None,
        reason: e.to_string(),
    })?;
    Ok(rows.len())
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    /// Rows read and written.
    pub rows: usize,
}

/// Reads a CSV and upserts its codes into `list` (created as an operator-defined list if new).
pub async fn import_csv(
    db: &Db,
    actor: &str,
    list: &str,
    file_name: &str,
    input: impl Read,
) -> Result<ImportReport, ServiceError> {
    let bad = |line: Option<u64>, reason: String| ServiceError::BadFile {
        file: file_name.to_string(),
        line,
        reason,
    };
    if list.is_empty()
        || list.len() > 50
        || !list
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    {
        return Err(bad(
            None,
            format!(
                "'{list}' is not a valid code list id (use capitals, digits and _, e.g. CL_SECTOR)"
            ),
        ));
    }
    let mut hashing = HashingReader {
        inner: input,
        hasher: Sha256::new(),
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(&mut hashing);
    let headers = reader
        .headers()
        .map_err(|e| bad(Some(1), e.to_string()))?
        .clone();
    let col = |name: &str| headers.iter().position(|h| h.trim() == name);
    let code_col =
        col("code").ok_or_else(|| bad(Some(1), "the header has no 'code' column".into()))?;
    let en_col = col("name_en").ok_or_else(|| {
        bad(
            Some(1),
            "the header has no 'name_en' column (English names are required)".into(),
        )
    })?;
    let parent_col = col("parent");
    let sort_col = col("sort");
    let mut name_cols = Vec::new();
    for h in headers.iter() {
        if let Some(loc) = h.trim().strip_prefix("name_") {
            let locale: Locale = loc.parse().map_err(|e: lmip_domain::DomainError| {
                bad(Some(1), format!("column '{h}': {e}"))
            })?;
            name_cols.push((
                locale,
                headers.iter().position(|x| x == h).unwrap_or(en_col),
            ));
        }
    }
    let mut rows: Vec<CodeRow> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, rec) in reader.records().enumerate() {
        let line = i as u64 + 2;
        let rec = rec.map_err(|e| bad(Some(line), e.to_string()))?;
        if rows.len() >= MAX_ROWS {
            return Err(bad(
                Some(line),
                format!("more than {MAX_ROWS} rows; split the file"),
            ));
        }
        let code = rec.get(code_col).unwrap_or("").trim().to_string();
        if code.is_empty()
            || code.len() > 50
            || code.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(bad(
                Some(line),
                format!("'{code}' is not a valid code (1–50 characters, no spaces)"),
            ));
        }
        if !seen.insert(code.clone()) {
            return Err(bad(Some(line), format!("the code '{code}' appears twice")));
        }
        if rec.get(en_col).unwrap_or("").trim().is_empty() {
            return Err(bad(
                Some(line),
                format!("the code '{code}' has no English name"),
            ));
        }
        let sort = match sort_col
            .and_then(|c| rec.get(c))
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(s) => s
                .parse::<i64>()
                .map_err(|_| bad(Some(line), format!("sort '{s}' is not a whole number")))?,
            None => i as i64,
        };
        let parent = parent_col
            .and_then(|c| rec.get(c))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        let names = name_cols
            .iter()
            .filter_map(|(l, c)| {
                let v = rec.get(*c)?.trim();
                (!v.is_empty()).then(|| (l.code().to_string(), v.to_string()))
            })
            .collect();
        rows.push(CodeRow {
            code,
            parent,
            sort,
            names,
        });
    }
    let existing: std::collections::HashSet<String> = match db.codes(list).await {
        Ok(codes) => codes.into_iter().map(|c| c.code).collect(),
        Err(lmip_storage::StorageError::NotFound { .. }) => Default::default(),
        Err(e) => return Err(e.into()),
    };
    for r in &rows {
        if let Some(p) = &r.parent
            && !seen.contains(p)
            && !existing.contains(p)
        {
            return Err(bad(
                None,
                format!(
                    "the code '{}' has parent '{p}', which is not in the file or the list",
                    r.code
                ),
            ));
        }
    }
    let mut tx = db.write().await?;
    tx.ensure_codelist(list, list).await?;
    tx.upsert_codes(list, &rows).await?;
    tx.record_change("codelist", list, Op::Update).await?;
    drop(reader);
    // Who imported what file (by hash) into which list, and how much.
    let detail = serde_json::json!({
        "file": file_name,
        "sha256": hex::encode(hashing.hasher.finalize()),
        "rows": rows.len(),
    })
    .to_string();
    tx.audit(&AuditEvent {
        actor,
        action: "codelist.import",
        entity: "codelist",
        entity_id: list,
        detail: &detail,
    })
    .await?;
    tx.commit().await?;
    Ok(ImportReport { rows: rows.len() })
}

/// ISO 3166 alpha-3 → alpha-2, for sources that write alpha-3 (ILOSTAT, UN DESA).
pub(crate) fn alpha2_of_alpha3() -> std::collections::HashMap<String, String> {
    lmip_refdata::countries()
        .into_iter()
        .map(|c| (c.alpha3.to_string(), c.alpha2.to_string()))
        .collect()
}

/// A code's name in `locale`, else in English, else the code itself (empty names count as none).
pub fn name_in(row: &lmip_storage::CodeRow, locale: lmip_domain::Locale) -> String {
    let name = |l: &str| {
        row.names
            .iter()
            .find(|(x, n)| x == l && !n.is_empty())
            .map(|(_, n)| n.clone())
    };
    name(locale.code())
        .or_else(|| name("en"))
        .unwrap_or_else(|| row.code.clone())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use lmip_storage::testing::test_databases;

    #[tokio::test]
    async fn round_trips_and_rejects_bad_files_whole() {
        for t in test_databases().await {
            let mut out = Vec::new();
            let n = export_csv(&t, "CL_SEX", &mut out).await.unwrap();
            assert_eq!(n, 4);
            let text = String::from_utf8(out.clone()).unwrap();
            assert!(
                text.starts_with("code,parent,sort,name_en,name_th,"),
                "{text}"
            );
            assert!(text.contains("F,,2,Female,หญิง"), "{text}");
            assert_eq!(
                import_csv(&t, "cli:test", "CL_SEX", "sex.csv", out.as_slice())
                    .await
                    .unwrap()
                    .rows,
                4
            );

            let csv =
                "code,name_en,name_th\nAGRI,Agriculture,เกษตรกรรม\nCONS,Construction,ก่อสร้าง\n";
            import_csv(&t, "cli:test", "CL_SECTOR", "s.csv", csv.as_bytes())
                .await
                .unwrap();
            assert_eq!(t.codes("CL_SECTOR").await.unwrap().len(), 2, "{}", t.label);

            let imported = &t.recent_audit(1).await.unwrap()[0];
            assert_eq!(imported.action, "codelist.import");
            assert!(
                imported.detail.contains("\"sha256\":\"") && imported.detail.contains("\"rows\":2"),
                "{}",
                imported.detail
            );
            let audit_before = t.verify_audit().await.unwrap().rows;
            let before = t.data_version().await.unwrap();
            for (csv, expected) in [
                (
                    "code,name_en\nX,Ok\nX,Again\n",
                    "s.csv, line 3: the code 'X' appears twice",
                ),
                (
                    "code,name_en\nY,Fine\nZ,\n",
                    "s.csv, line 3: the code 'Z' has no English name",
                ),
                (
                    "code,name_xx\nY,Fine\n",
                    "s.csv, line 1: the header has no 'name_en' column (English names are required)",
                ),
                (
                    "code,name_en,name_xx\nY,Fine,z\n",
                    "s.csv, line 1: column 'name_xx': unknown language 'xx': use one of en, th, km, lo, my, vi, id, ms, fil, tet",
                ),
                (
                    "code,name_en,sort\nY,Fine,first\n",
                    "s.csv, line 2: sort 'first' is not a whole number",
                ),
                (
                    "code,name_en\nY,Fine,extra\n",
                    "s.csv, line 2: CSV error: record 1 (line: 2, byte: 13): found record with 3 fields, but the previous record has 2 fields",
                ),
                (
                    "code,name_en,parent\nY,Fine,NOPE\n",
                    "s.csv: the code 'Y' has parent 'NOPE', which is not in the file or the list",
                ),
            ] {
                let e = import_csv(&t, "cli:test", "CL_SECTOR", "s.csv", csv.as_bytes())
                    .await
                    .unwrap_err()
                    .to_string();
                assert_eq!(e, expected);
            }
            assert_eq!(
                t.codes("CL_SECTOR").await.unwrap().len(),
                2,
                "a failed import changed something"
            );
            assert_eq!(t.data_version().await.unwrap(), before);
            assert_eq!(
                t.verify_audit().await.unwrap().rows,
                audit_before,
                "a failed import left an audit row"
            );
            let e = import_csv(
                &t,
                "cli:test",
                "bad id",
                "s.csv",
                "code,name_en\n".as_bytes(),
            )
            .await
            .unwrap_err()
            .to_string();
            assert!(e.contains("not a valid code list id"), "{e}");
        }
    }
}
