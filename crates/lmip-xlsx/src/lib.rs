//! Spreadsheets, safely: an uploaded XLSX is a zip archive that may be a "zip bomb", may declare a
//! cell at XFD1048576, or may be encrypted. [`check_archive`] looks at the archive's directory and
//! unpacks every entry into nothing, counting bytes, before any XML parser sees it; [`for_each_row`]
//! then streams a workbook's rows, refusing sheets whose declared or actual cells pass the bounds.
//! [`write_questionnaire`] makes the questionnaire focal points fill in.
#![forbid(unsafe_code)]

mod questionnaire;

pub use questionnaire::{Questionnaire, TableCell, write_questionnaire, write_table};

use calamine::{DataRef, Reader, Xlsx};
use std::io::{Read, Seek};
use std::ops::ControlFlow;

/// Why a workbook was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum XlsxError {
    /// Encrypted entries, or an encrypted (password-protected) workbook.
    #[error("the workbook is encrypted")]
    Encrypted,
    /// The archive unpacks to far more than a spreadsheet of this kind can hold, or has an
    /// implausible number of entries, or an entry larger than it says.
    #[error("the archive is not a plausible workbook: {0}")]
    Bomb(String),
    /// A sheet declares, or holds, more rows than the limit.
    #[error("sheet {sheet} has more than {limit} rows")]
    TooManyRows {
        /// The sheet.
        sheet: String,
        /// The limit.
        limit: u32,
    },
    /// A sheet declares, or holds, more columns than the limit.
    #[error("sheet {sheet} has more than {limit} columns")]
    TooManyColumns {
        /// The sheet.
        sheet: String,
        /// The limit.
        limit: u32,
    },
    /// Not a workbook lmip can read.
    #[error("the workbook cannot be read: {0}")]
    Unreadable(String),
}

/// Bounds on a workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Entries in the archive.
    pub max_entries: usize,
    /// Bytes of all entries unpacked.
    pub max_unpacked: u64,
    /// Unpacked size over packed size, per entry (XML compresses well, but not a thousandfold).
    pub max_ratio: u64,
    /// Rows per sheet.
    pub max_rows: u32,
    /// Columns per sheet.
    pub max_columns: u32,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_entries: 500,
            max_unpacked: 256 * 1024 * 1024,
            max_ratio: 250,
            max_rows: 1_048_576,
            max_columns: 64,
        }
    }
}

fn unreadable(e: impl std::fmt::Display) -> XlsxError {
    XlsxError::Unreadable(e.to_string())
}

/// Inspects the archive before anything parses it: entry count, encryption, declared sizes, and
/// the real unpacked size of every entry (unpacked into nothing, never into memory).
pub fn check_archive<R: Read + Seek>(reader: R, limits: &Limits) -> Result<(), XlsxError> {
    let mut zip = zip::ZipArchive::new(reader).map_err(unreadable)?;
    if zip.len() > limits.max_entries {
        return Err(XlsxError::Bomb(format!(
            "{} entries (at most {})",
            zip.len(),
            limits.max_entries
        )));
    }
    let mut declared: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(unreadable)?;
        if entry.encrypted() {
            return Err(XlsxError::Encrypted);
        }
        declared = declared.saturating_add(entry.size());
        let ratio = entry.size() / entry.compressed_size().max(1);
        if ratio > limits.max_ratio && entry.size() > 1024 * 1024 {
            return Err(XlsxError::Bomb(format!(
                "an entry unpacks {ratio} times its size"
            )));
        }
    }
    if declared > limits.max_unpacked {
        return Err(XlsxError::Bomb(format!(
            "{} MiB unpacked (at most {})",
            declared / 1024 / 1024,
            limits.max_unpacked / 1024 / 1024
        )));
    }
    // The directory can lie: unpack each entry, counting, and stop at what it declared.
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(unreadable)?;
        let said = entry.size();
        let n = std::io::copy(
            &mut (&mut entry).take(said.saturating_add(1)),
            &mut std::io::sink(),
        )
        .map_err(unreadable)?;
        if n > said {
            return Err(XlsxError::Bomb("an entry is larger than it says".into()));
        }
        total = total.saturating_add(n);
        if total > limits.max_unpacked {
            return Err(XlsxError::Bomb(
                "the entries unpack to more than the limit".into(),
            ));
        }
    }
    Ok(())
}

/// The text of a cell, as a person typed it: numbers without a trailing `.0`.
fn text(value: &DataRef<'_>) -> String {
    match value {
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                format!("{f:.0}")
            } else {
                f.to_string()
            }
        }
        DataRef::String(s) => s.trim().to_string(),
        DataRef::SharedString(s) => s.trim().to_string(),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::DateTime(d) => d.as_f64().to_string(),
        DataRef::Error(e) => format!("#{e:?}"),
        DataRef::Empty => String::new(),
    }
}

/// A row of a sheet: its 1-based number and its non-empty cells as (0-based column, text).
pub type Row = (u32, Vec<(u32, String)>);

/// Streams every sheet's rows to `visit(sheet, row)`, in sheet and row order, after
/// [`check_archive`]. Sheets whose declared dimension passes the limits are refused before their
/// cells are read; a cell beyond them stops reading. `visit` may stop early with `Break`.
pub fn for_each_row<R: Read + Seek>(
    mut reader: R,
    limits: &Limits,
    mut visit: impl FnMut(&str, Row) -> ControlFlow<()>,
) -> Result<(), XlsxError> {
    check_archive(&mut reader, limits)?;
    reader.rewind().map_err(unreadable)?;
    let mut book: Xlsx<R> = match Xlsx::new(reader) {
        Ok(b) => b,
        Err(calamine::XlsxError::Password) => return Err(XlsxError::Encrypted),
        Err(e) => return Err(unreadable(e)),
    };
    for sheet in book.sheet_names() {
        let mut cells = book.worksheet_cells_reader(&sheet).map_err(unreadable)?;
        let d = cells.dimensions();
        let too_many_rows = || XlsxError::TooManyRows {
            sheet: sheet.clone(),
            limit: limits.max_rows,
        };
        let too_many_columns = || XlsxError::TooManyColumns {
            sheet: sheet.clone(),
            limit: limits.max_columns,
        };
        if d.end.0 >= limits.max_rows {
            return Err(too_many_rows());
        }
        if d.end.1 >= limits.max_columns {
            return Err(too_many_columns());
        }
        let mut current: Option<Row> = None;
        while let Some(cell) = cells.next_cell().map_err(unreadable)? {
            let (r, c) = cell.get_position();
            if r >= limits.max_rows {
                return Err(too_many_rows());
            }
            if c >= limits.max_columns {
                return Err(too_many_columns());
            }
            let value = text(cell.get_value());
            if value.is_empty() {
                continue;
            }
            match &mut current {
                Some((row, values)) if *row == r + 1 => values.push((c, value)),
                _ => {
                    if let Some(done) = current.take()
                        && visit(&sheet, done).is_break()
                    {
                        return Ok(());
                    }
                    current = Some((r + 1, vec![(c, value)]));
                }
            }
        }
        if let Some(done) = current.take()
            && visit(&sheet, done).is_break()
        {
            return Ok(());
        }
    }
    Ok(())
}

/// `A`, `B`, … `AA`: how a spreadsheet names a (0-based) column.
pub fn column_letter(mut i: u32) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Write};
    use zip::write::SimpleFileOptions;

    fn book(sheet_xml: &str) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut out);
        let o = SimpleFileOptions::default();
        let files = [
            ("[Content_Types].xml", r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.to_string()),
            ("_rels/.rels", r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_string()),
            ("xl/workbook.xml", r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_string()),
            ("xl/_rels/workbook.xml.rels", r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_string()),
            ("xl/worksheets/sheet1.xml", sheet_xml.to_string()),
        ];
        for (name, body) in files {
            z.start_file(name, o).unwrap();
            z.write_all(body.as_bytes()).unwrap();
        }
        z.finish().unwrap();
        out.into_inner()
    }

    fn sheet(dimension: &str, cells: &str) -> String {
        format!(
            r#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>{cells}</sheetData></worksheet>"#
        )
    }

    fn rows(bytes: &[u8]) -> Result<Vec<(String, Row)>, XlsxError> {
        let mut out = Vec::new();
        for_each_row(Cursor::new(bytes), &Limits::default(), |s, r| {
            out.push((s.to_string(), r));
            ControlFlow::Continue(())
        })?;
        Ok(out)
    }

    #[test]
    fn rows_stream_with_their_numbers() {
        let xml = sheet(
            "A1:B3",
            r#"<row r="1"><c r="A1" t="inlineStr"><is><t>TH — Thailand</t></is></c><c r="B1"><v>1200</v></c></row><row r="3"><c r="B3"><v>2.5</v></c></row>"#,
        );
        let got = rows(&book(&xml)).unwrap();
        assert_eq!(
            got,
            vec![
                (
                    "Data".into(),
                    (1, vec![(0, "TH — Thailand".into()), (1, "1200".into())])
                ),
                ("Data".into(), (3, vec![(1, "2.5".into())])),
            ]
        );
    }

    #[test]
    fn far_away_cells_are_refused_before_and_while_reading() {
        let declared = sheet("A1:XFD1048576", "");
        assert!(matches!(
            rows(&book(&declared)).unwrap_err(),
            XlsxError::TooManyRows { .. } | XlsxError::TooManyColumns { .. }
        ));
        let undeclared = sheet("A1", r#"<row r="1"><c r="XFD1"><v>1</v></c></row>"#);
        assert_eq!(
            rows(&book(&undeclared)).unwrap_err(),
            XlsxError::TooManyColumns {
                sheet: "Data".into(),
                limit: 64
            }
        );
    }

    #[test]
    fn a_zip_bomb_is_refused_before_parsing() {
        // 200 MB of one repeated byte packs into a few hundred kilobytes.
        let mut out = Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut out);
        z.start_file("xl/worksheets/sheet1.xml", SimpleFileOptions::default())
            .unwrap();
        let chunk = vec![b' '; 1024 * 1024];
        for _ in 0..300 {
            z.write_all(&chunk).unwrap();
        }
        z.finish().unwrap();
        let bytes = out.into_inner();
        assert!(bytes.len() < 2 * 1024 * 1024);
        assert!(matches!(
            check_archive(Cursor::new(&bytes), &Limits::default()).unwrap_err(),
            XlsxError::Bomb(_)
        ));
    }

    #[test]
    fn not_a_workbook() {
        assert!(matches!(
            rows(b"PK\x03\x04 but nothing else").unwrap_err(),
            XlsxError::Unreadable(_)
        ));
    }

    #[test]
    fn letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(16383), "XFD");
    }
}
