//! Reading focal points' uploads for a dataflow, and validating what they hold.
//!
//! [`open`] recognises the file (SDMX-CSV 1.0 or 2.0, ILOSTAT's bulk CSV layout, SDMX-ML 2.1
//! Generic or StructureSpecific data), settles its text encoding, and yields one [`InputRow`] per
//! observation, streaming: the file is never held in memory. [`validate::Validator`] checks the
//! rows against the dataflow's structure, its code lists and the previous release.
//!
//! Files are bounded ([`Limits`]): size, rows, columns and cell length are checked as the file is
//! read, so a hostile or broken file ends with a finding, never with the server out of memory.

// A finding is the error of reading (192 bytes): it is returned once per file or per bad row,
// never in a hot loop, and boxing it would only obscure the readers.
#![allow(clippy::result_large_err)]

mod csv_input;
pub mod findings;
pub mod questionnaire;
mod text;
pub mod validate;
mod xml_input;

use crate::model::{DataStructure, Dataflow};
pub use findings::{Finding, Location, Problem, Severity};
pub use questionnaire::QuestionnaireReader;
use std::collections::HashMap;
use std::io::Read;

/// Text encodings (re-exported: callers name the uploader's choice with it).
pub use encoding_rs::Encoding;

/// One value read from a file, for one component.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The component it is for (`REF_AREA`, `OBS_VALUE`, …).
    pub component: String,
    /// The text, trimmed.
    pub value: String,
    /// Where it was: the column heading, or the component for XML.
    pub column: String,
}

/// One observation as read, before validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputRow {
    /// The worksheet, for spreadsheets.
    pub sheet: Option<String>,
    /// The row (CSV) or line (XML) it starts on.
    pub row: u64,
    /// Its values.
    pub cells: Vec<Cell>,
}

impl InputRow {
    /// The cell for a component.
    pub fn get(&self, component: &str) -> Option<&Cell> {
        self.cells.iter().find(|c| c.component == component)
    }

    /// Where a cell of this row is.
    pub fn at(&self, column: &str) -> Location {
        Location::cell(self.sheet.as_deref(), self.row, column)
    }
}

/// How large an upload may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Bytes in the file.
    pub max_bytes: u64,
    /// Observations.
    pub max_rows: u64,
    /// Columns in a row.
    pub max_columns: u64,
    /// Bytes in one cell.
    pub max_cell: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_bytes: 100 * 1024 * 1024,
            max_rows: 2_000_000,
            max_columns: 64,
            max_cell: 4096,
        }
    }
}

/// The kinds of file lmip reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// SDMX-CSV 1.0 (`DATAFLOW` first).
    SdmxCsv1,
    /// SDMX-CSV 2.0 (`STRUCTURE`, `STRUCTURE_ID`, `ACTION` first).
    SdmxCsv2,
    /// ILOSTAT's bulk download layout (`ref_area, indicator, source, sex, classif1, …`).
    IlostatCsv,
    /// SDMX-ML 2.1 GenericData.
    GenericData,
    /// SDMX-ML 2.1 StructureSpecificData.
    StructureSpecificData,
}

impl Format {
    /// A stable name (stored with the submission, shown in reports).
    pub fn as_str(self) -> &'static str {
        match self {
            Format::SdmxCsv1 => "sdmx-csv-1.0",
            Format::SdmxCsv2 => "sdmx-csv-2.0",
            Format::IlostatCsv => "ilostat-csv",
            Format::GenericData => "sdmx-ml-2.1-generic",
            Format::StructureSpecificData => "sdmx-ml-2.1-structure-specific",
        }
    }
}

/// What reading needs to know.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    /// The dataflow the upload is for.
    pub flow: &'a Dataflow,
    /// Its structure.
    pub dsd: &'a DataStructure,
    /// ISO 3166 alpha-3 → alpha-2 (ILOSTAT writes alpha-3).
    pub alpha2: &'a HashMap<String, String>,
    /// The text encoding, when the uploader chose one; otherwise it is detected.
    pub encoding: Option<&'static Encoding>,
    /// Bounds.
    pub limits: Limits,
}

/// The rows of an opened upload.
pub type Rows<'a> = Box<dyn Iterator<Item = Result<InputRow, Finding>> + Send + 'a>;

/// An opened upload: what it is, its encoding, and its rows. A row that cannot be read ends the
/// iteration with its finding.
pub struct Opened<'a> {
    /// The layout recognised.
    pub format: Format,
    /// The text encoding used.
    pub encoding: &'static Encoding,
    /// The observations.
    pub rows: Rows<'a>,
}

/// Looks for the encoding by name (`windows-874`, `UTF-16LE`, …; WHATWG labels).
pub fn encoding_for(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

/// Decodes a whole small text file (a regulator's list, say) the way uploads are decoded: the
/// encoding its byte-order mark gives, valid UTF-8, or the one detected (Windows-874 Thai,
/// Windows-1258 Vietnamese, UTF-16 from Excel, …). Binary files are refused.
pub fn decode_all(bytes: &[u8]) -> Result<String, Finding> {
    let (text, _) = text::decode(std::io::Cursor::new(bytes), None)?;
    let mut out = String::new();
    text.into_inner()
        .read_to_string(&mut out)
        .map_err(|e| text::io_finding(&e, Location::file()))?;
    Ok(out)
}

/// Opens an upload: recognises its kind and encoding and returns its rows.
pub fn open<'a, R: Read + Send + 'a>(
    reader: R,
    ctx: &'a Context<'a>,
) -> Result<Opened<'a>, Finding> {
    let bounded = text::Bounded::new(reader, ctx.limits.max_bytes);
    let (text, encoding) = text::decode(bounded, ctx.encoding)?;
    let mut text = text;
    let first = text.first_significant()?;
    if first == Some(b'<') {
        let (format, rows) = xml_input::open(text, ctx)?;
        Ok(Opened {
            format,
            encoding,
            rows,
        })
    } else {
        let (format, rows) = csv_input::open(text, ctx)?;
        Ok(Opened {
            format,
            encoding,
            rows,
        })
    }
}

#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use crate::builtin;

    /// MIG_OUTFLOW and its structure, with a small alpha-3 table.
    pub(crate) fn outflow() -> (Dataflow, DataStructure, HashMap<String, String>) {
        let flow = builtin::dataflows()
            .into_iter()
            .find(|f| f.id == "MIG_OUTFLOW")
            .unwrap();
        let dsd = builtin::structures()
            .into_iter()
            .find(|s| s.id == flow.structure)
            .unwrap();
        let alpha2 = [("KHM", "KH"), ("THA", "TH"), ("MYS", "MY")]
            .into_iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        (flow, dsd, alpha2)
    }

    /// Reads every row of `bytes`, or the finding that stopped reading.
    pub(crate) fn read_all(bytes: &[u8]) -> Result<(Format, Vec<InputRow>), Finding> {
        let (flow, dsd, alpha2) = outflow();
        let ctx = Context {
            flow: &flow,
            dsd: &dsd,
            alpha2: &alpha2,
            encoding: None,
            limits: Limits::default(),
        };
        let opened = open(bytes, &ctx)?;
        let format = opened.format;
        let rows = opened.rows.collect::<Result<Vec<_>, _>>()?;
        Ok((format, rows))
    }
}

#[cfg(test)]
mod properties {
    use super::testing::read_all;
    use proptest::prelude::*;

    proptest! {
        /// Whatever arrives, reading ends with rows or a finding, never a panic.
        #[test]
        fn any_bytes_end_in_rows_or_a_finding(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let _ = read_all(&bytes);
        }

        /// Text that looks like one of the layouts, with arbitrary cells, too.
        #[test]
        fn any_cells_under_known_headings(
            head in prop_oneof![
                Just("DATAFLOW,FREQ,REF_AREA,COUNTERPART_AREA,SEX,TIME_PERIOD,OBS_VALUE\n"),
                Just("ref_area,indicator,sex,classif1,time,obs_value\n"),
                Just("<mes:GenericData xmlns:mes=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message\">"),
            ],
            body in "[ -~\n\"<>/=]{0,400}",
        ) {
            let _ = read_all(format!("{head}{body}").as_bytes());
        }

        /// Values written as SDMX-CSV come back exactly, cell by cell.
        #[test]
        fn sdmx_csv_round_trips(rows in proptest::collection::vec(
            ("[A-Z]{2}", "[A-Z]{2}", prop_oneof![Just("M"), Just("F"), Just("_T")], 1990u32..2030, 0u32..1_000_000, "[a-z ,\"]{0,12}"),
            1..30,
        )) {
            let mut text = String::from("DATAFLOW,FREQ,REF_AREA,COUNTERPART_AREA,SEX,TIME_PERIOD,OBS_VALUE,NOTE\n");
            for (a, b, s, y, v, note) in &rows {
                let quoted = format!("\"{}\"", note.replace('"', "\"\""));
                text.push_str(&format!("LMIP:MIG_OUTFLOW(1.0),A,{a},{b},{s},{y},{v},{quoted}\n"));
            }
            let (_, read) = read_all(text.as_bytes()).map_err(|f| TestCaseError::fail(format!("{f:?}")))?;
            prop_assert_eq!(read.len(), rows.len());
            for (r, (a, b, s, y, v, note)) in read.iter().zip(&rows) {
                let get = |c: &str| r.get(c).map(|c| c.value.clone()).unwrap_or_default();
                prop_assert_eq!(get("REF_AREA"), a.clone());
                prop_assert_eq!(get("COUNTERPART_AREA"), b.clone());
                prop_assert_eq!(get("SEX"), s.to_string());
                prop_assert_eq!(get("TIME_PERIOD"), y.to_string());
                prop_assert_eq!(get("OBS_VALUE"), v.to_string());
                prop_assert_eq!(get("NOTE"), note.trim().to_string());
            }
        }
    }
}
