//! What validation says about an upload: each finding names its problem, where it is (sheet, row,
//! column) and whether it blocks publication. Problems carry their values, not sentences: the web
//! layer and the command line turn them into text in the reader's language.

use serde::{Deserialize, Serialize};

/// Whether a finding blocks publication.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Blocks: the approver cannot publish the submission.
    Error,
    /// Needs an approver's explicit "accept with warnings".
    Warning,
}

/// Where in the file a finding is. Rows are the file's own line numbers (1 is a CSV header).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// The worksheet, for spreadsheets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// The row (CSV) or line (XML).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u64>,
    /// The column's heading (CSV, spreadsheets) or the component (XML).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
}

impl Location {
    /// The whole file.
    pub fn file() -> Location {
        Location::default()
    }

    /// A row.
    pub fn row(row: u64) -> Location {
        Location {
            row: Some(row),
            ..Location::default()
        }
    }

    /// A cell.
    pub fn cell(sheet: Option<&str>, row: u64, column: &str) -> Location {
        Location {
            sheet: sheet.map(str::to_string),
            row: Some(row),
            column: Some(column.to_string()),
        }
    }
}

/// A problem found in an upload, with the values its message needs.
// The fields are the values the variant's message quotes; the variant's comment says what they are.
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "kebab-case")]
pub enum Problem {
    /// The file is larger than the limit.
    TooLarge { limit_mib: u64 },
    /// The file has more data rows than the limit.
    TooManyRows { limit: u64 },
    /// A row has more columns than the limit.
    TooManyColumns { limit: u64 },
    /// A cell is longer than the limit.
    FieldTooLong { limit: u64 },
    /// The file could not be read at all.
    Unreadable { reason: String },
    /// The text is not in the encoding it was read with.
    BadEncoding { encoding: String },
    /// A kind of file lmip does not read (yet): an old `.xls`, an encrypted workbook, HTML.
    UnsupportedFormat { format: String },
    /// The CSV's headings match none of the layouts lmip reads.
    UnknownLayout { columns: String },
    /// A column the layout needs is missing.
    MissingColumn { column: String },
    /// A column that is not part of the dataflow's structure.
    UnknownColumn { column: String },
    /// The same column twice.
    RepeatedColumn { column: String },
    /// A row with a different number of cells than the headings.
    RaggedRow { expected: u64, found: u64 },
    /// A quote that opens a cell and never closes.
    UnbalancedQuote,
    /// The file is for another dataflow.
    WrongFlow { found: String, expected: String },
    /// An SDMX-CSV 2.0 action lmip does not apply to submissions.
    UnsupportedAction { action: String },
    /// An XML document type declaration (the door to external entities): refused.
    XmlDoctype,
    /// An XML message in a namespace that is not SDMX-ML 2.1's.
    XmlNamespace { found: String },
    /// XML that does not parse.
    XmlMalformed { reason: String },
    /// XML whose root is not an SDMX-ML 2.1 data message.
    NotSdmxData { root: String },
    /// No observations at all.
    NoData,
    /// A workbook without the questionnaire's sheet for the dataflow.
    NotAQuestionnaire { sheet: String },
    /// A workbook whose archive is implausible (a "zip bomb", too many entries).
    ArchiveBomb,
    /// A code that is not in the component's code list.
    UnknownCode { component: String, code: String },
    /// The same series key and period as an earlier row.
    DuplicateKey {
        key: String,
        period: String,
        first_row: u64,
    },
    /// A value that is not a number.
    NotANumber { value: String },
    /// A negative count.
    Negative { value: String },
    /// An empty value without an observation status that explains it.
    MissingValue,
    /// A period that is not written as the frequency requires.
    BadPeriod { value: String, frequency: String },
    /// A period outside the submission's reference period.
    PeriodOutOfRange {
        value: String,
        first: String,
        last: String,
    },
    /// A mandatory attribute with no value.
    MissingAttribute { attribute: String },
    /// A series attribute with two different values in one series.
    ConflictingAttribute {
        attribute: String,
        first: String,
        found: String,
    },
    /// A total that differs from the sum of its parts by more than rounding and the tolerance.
    TotalMismatch {
        key: String,
        period: String,
        total: String,
        parts: String,
    },
    /// A value far from the same observation in the latest release.
    Jump {
        key: String,
        period: String,
        previous: String,
        value: String,
        factor: String,
    },
    /// More findings of one kind than the report lists.
    MoreOfTheSame { of: String, more: u64 },
}

impl Problem {
    /// How serious the problem is.
    pub fn severity(&self) -> Severity {
        match self {
            Problem::TotalMismatch { .. } | Problem::Jump { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The problem's name (as stored, and in message keys).
    pub fn name(&self) -> &'static str {
        match self {
            Problem::TooLarge { .. } => "too-large",
            Problem::TooManyRows { .. } => "too-many-rows",
            Problem::TooManyColumns { .. } => "too-many-columns",
            Problem::FieldTooLong { .. } => "field-too-long",
            Problem::Unreadable { .. } => "unreadable",
            Problem::BadEncoding { .. } => "bad-encoding",
            Problem::UnsupportedFormat { .. } => "unsupported-format",
            Problem::UnknownLayout { .. } => "unknown-layout",
            Problem::MissingColumn { .. } => "missing-column",
            Problem::UnknownColumn { .. } => "unknown-column",
            Problem::RepeatedColumn { .. } => "repeated-column",
            Problem::RaggedRow { .. } => "ragged-row",
            Problem::UnbalancedQuote => "unbalanced-quote",
            Problem::WrongFlow { .. } => "wrong-flow",
            Problem::UnsupportedAction { .. } => "unsupported-action",
            Problem::XmlDoctype => "xml-doctype",
            Problem::XmlNamespace { .. } => "xml-namespace",
            Problem::XmlMalformed { .. } => "xml-malformed",
            Problem::NotSdmxData { .. } => "not-sdmx-data",
            Problem::NoData => "no-data",
            Problem::NotAQuestionnaire { .. } => "not-a-questionnaire",
            Problem::ArchiveBomb => "archive-bomb",
            Problem::UnknownCode { .. } => "unknown-code",
            Problem::DuplicateKey { .. } => "duplicate-key",
            Problem::NotANumber { .. } => "not-a-number",
            Problem::Negative { .. } => "negative",
            Problem::MissingValue => "missing-value",
            Problem::BadPeriod { .. } => "bad-period",
            Problem::PeriodOutOfRange { .. } => "period-out-of-range",
            Problem::MissingAttribute { .. } => "missing-attribute",
            Problem::ConflictingAttribute { .. } => "conflicting-attribute",
            Problem::TotalMismatch { .. } => "total-mismatch",
            Problem::Jump { .. } => "jump",
            Problem::MoreOfTheSame { .. } => "more-of-the-same",
        }
    }

    /// The values the problem's message interpolates, by name.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let s = |v: &str| v.to_string();
        match self {
            Problem::TooLarge { limit_mib } => vec![("limit", limit_mib.to_string())],
            Problem::TooManyRows { limit }
            | Problem::TooManyColumns { limit }
            | Problem::FieldTooLong { limit } => vec![("limit", limit.to_string())],
            Problem::Unreadable { reason } | Problem::XmlMalformed { reason } => {
                vec![("reason", s(reason))]
            }
            Problem::BadEncoding { encoding } => vec![("encoding", s(encoding))],
            Problem::UnsupportedFormat { format } => vec![("format", s(format))],
            Problem::UnknownLayout { columns } => vec![("columns", s(columns))],
            Problem::MissingColumn { column }
            | Problem::UnknownColumn { column }
            | Problem::RepeatedColumn { column } => vec![("column", s(column))],
            Problem::RaggedRow { expected, found } => vec![
                ("expected", expected.to_string()),
                ("found", found.to_string()),
            ],
            Problem::UnbalancedQuote
            | Problem::XmlDoctype
            | Problem::NoData
            | Problem::ArchiveBomb
            | Problem::MissingValue => vec![],
            Problem::NotAQuestionnaire { sheet } => vec![("sheet", s(sheet))],
            Problem::WrongFlow { found, expected } => {
                vec![("found", s(found)), ("expected", s(expected))]
            }
            Problem::UnsupportedAction { action } => vec![("action", s(action))],
            Problem::XmlNamespace { found } => vec![("found", s(found))],
            Problem::NotSdmxData { root } => vec![("root", s(root))],
            Problem::UnknownCode { component, code } => {
                vec![("component", s(component)), ("code", s(code))]
            }
            Problem::DuplicateKey {
                key,
                period,
                first_row,
            } => vec![
                ("key", s(key)),
                ("period", s(period)),
                ("first_row", first_row.to_string()),
            ],
            Problem::NotANumber { value } | Problem::Negative { value } => {
                vec![("value", s(value))]
            }
            Problem::BadPeriod { value, frequency } => {
                vec![("value", s(value)), ("frequency", s(frequency))]
            }
            Problem::PeriodOutOfRange { value, first, last } => {
                vec![("value", s(value)), ("first", s(first)), ("last", s(last))]
            }
            Problem::MissingAttribute { attribute } => vec![("attribute", s(attribute))],
            Problem::ConflictingAttribute {
                attribute,
                first,
                found,
            } => vec![
                ("attribute", s(attribute)),
                ("first", s(first)),
                ("found", s(found)),
            ],
            Problem::TotalMismatch {
                key,
                period,
                total,
                parts,
            } => vec![
                ("key", s(key)),
                ("period", s(period)),
                ("total", s(total)),
                ("parts", s(parts)),
            ],
            Problem::Jump {
                key,
                period,
                previous,
                value,
                factor,
            } => vec![
                ("key", s(key)),
                ("period", s(period)),
                ("previous", s(previous)),
                ("value", s(value)),
                ("factor", s(factor)),
            ],
            Problem::MoreOfTheSame { of, more } => {
                vec![("of", s(of)), ("more", more.to_string())]
            }
        }
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Whether it blocks.
    pub severity: Severity,
    /// Where.
    pub at: Location,
    /// What.
    #[serde(flatten)]
    pub problem: Problem,
}

impl Finding {
    /// A finding at `at`, as serious as its problem.
    pub fn new(problem: Problem, at: Location) -> Finding {
        Finding {
            severity: problem.severity(),
            at,
            problem,
        }
    }
}

/// Cuts a value quoted in a finding to a readable length.
pub(crate) fn clip(value: &str) -> String {
    clip_to(value, 40)
}

/// Cuts a text (a column's heading) to `max` characters.
pub(crate) fn clip_to(value: &str, max: usize) -> String {
    if value.chars().count() <= max {
        value.to_string()
    } else {
        let mut s: String = value.chars().take(max).collect();
        s.push('…');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_round_trip_through_json() {
        let f = Finding::new(
            Problem::UnknownCode {
                component: "SEX".into(),
                code: "X".into(),
            },
            Location::cell(None, 7, "SEX"),
        );
        let json = serde_json::to_string(&f).unwrap();
        assert!(json.contains("\"problem\":\"unknown-code\""), "{json}");
        assert_eq!(serde_json::from_str::<Finding>(&json).unwrap(), f);
        assert_eq!(f.severity, Severity::Error);
        let w = Problem::Jump {
            key: "A.KH.TH._T".into(),
            period: "2024".into(),
            previous: "10".into(),
            value: "100".into(),
            factor: "3".into(),
        };
        assert_eq!(w.severity(), Severity::Warning);
        assert_eq!(w.args().len(), 5);
    }

    #[test]
    fn long_values_are_clipped() {
        assert_eq!(clip("short"), "short");
        assert_eq!(clip(&"x".repeat(100)).chars().count(), 41);
    }
}
