//! The questionnaire a focal point fills in: an instructions sheet in their language, one data
//! sheet per table (named after the dataflow) and a hidden sheet with the code list that the
//! first column's drop-down offers. Headings end with the code they stand for, in parentheses
//! (`Women (F)`), so the file reads back whatever language its labels are in.

use crate::XlsxError;
use rust_xlsxwriter::{DataValidation, DataValidationRule, Format, Formula, Workbook};

/// What goes into a questionnaire (all text already in the focal point's language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Questionnaire {
    /// The data sheet's name: the dataflow id.
    pub sheet: String,
    /// Its title.
    pub title: String,
    /// The instructions sheet's title.
    pub instructions_title: String,
    /// The instructions, one paragraph per row.
    pub instructions: Vec<String>,
    /// Fixed values above the table: (label ending in `(ID)`, value).
    pub meta: Vec<(String, String)>,
    /// The table's headings, each ending in `(CODE)`; the first is the rows' dimension.
    pub columns: Vec<String>,
    /// Which columns take numbers (0-based).
    pub value_columns: Vec<u16>,
    /// The drop-down's entries for the first column (`TH — Thailand`).
    pub row_codes: Vec<String>,
    /// Empty rows prepared with the drop-down.
    pub rows: u32,
}

fn err(e: rust_xlsxwriter::XlsxError) -> XlsxError {
    XlsxError::Unreadable(e.to_string())
}

/// The workbook, as bytes.
pub fn write_questionnaire(q: &Questionnaire) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();

    let help = book.add_worksheet();
    help.set_name("Instructions").map_err(err)?;
    help.set_column_width(0, 100).map_err(err)?;
    help.write_string_with_format(0, 0, &q.instructions_title, &bold)
        .map_err(err)?;
    for (i, line) in q.instructions.iter().enumerate() {
        help.write_string_with_format(i as u32 + 2, 0, line, &wrap)
            .map_err(err)?;
    }

    let data = book.add_worksheet();
    data.set_name(&q.sheet).map_err(err)?;
    data.set_column_width(0, 36).map_err(err)?;
    for c in 1..q.columns.len() as u16 {
        data.set_column_width(c, 16).map_err(err)?;
    }
    data.write_string_with_format(0, 0, &q.title, &bold)
        .map_err(err)?;
    for (i, (label, value)) in q.meta.iter().enumerate() {
        let r = i as u32 + 2;
        data.write_string(r, 0, label).map_err(err)?;
        data.write_string_with_format(r, 1, value, &bold)
            .map_err(err)?;
    }
    let header = q.meta.len() as u32 + 3;
    for (c, heading) in q.columns.iter().enumerate() {
        data.write_string_with_format(header, c as u16, heading, &bold)
            .map_err(err)?;
    }
    data.set_freeze_panes(header + 1, 1).map_err(err)?;
    let first = header + 1;
    let last = header + q.rows.max(1);
    if !q.row_codes.is_empty() {
        let list = DataValidation::new()
            .allow_list_formula(Formula::new(format!(
                "=Codes!$A$1:$A${}",
                q.row_codes.len()
            )))
            .set_error_message("Choose a code from the list.")
            .map_err(err)?;
        data.add_data_validation(first, 0, last, 0, &list)
            .map_err(err)?;
    }
    let numbers = DataValidation::new()
        .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0))
        .set_error_message("Give a number of zero or more.")
        .map_err(err)?;
    for c in &q.value_columns {
        data.add_data_validation(first, *c, last, *c, &numbers)
            .map_err(err)?;
    }
    data.set_active(true);

    let codes = book.add_worksheet();
    codes.set_name("Codes").map_err(err)?;
    for (i, code) in q.row_codes.iter().enumerate() {
        codes.write_string(i as u32, 0, code).map_err(err)?;
    }
    codes.set_hidden(true);
    book.save_to_buffer().map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Limits, for_each_row};
    use std::io::Cursor;
    use std::ops::ControlFlow;

    #[test]
    fn a_questionnaire_reads_back_as_written() {
        let q = Questionnaire {
            sheet: "MIG_OUTFLOW".into(),
            title: "Nationals leaving for work abroad".into(),
            instructions_title: "How to fill in this questionnaire".into(),
            instructions: vec!["Choose a country in the first column.".into()],
            meta: vec![
                ("Table (FLOW)".into(), "MIG_OUTFLOW".into()),
                ("Country (REF_AREA)".into(), "KH".into()),
            ],
            columns: vec![
                "Country of destination (COUNTERPART_AREA)".into(),
                "Total (_T)".into(),
                "Men (M)".into(),
            ],
            value_columns: vec![1, 2],
            row_codes: vec!["TH — Thailand".into(), "MY — Malaysia".into()],
            rows: 50,
        };
        let bytes = write_questionnaire(&q).unwrap();
        let mut seen: Vec<(String, crate::Row)> = Vec::new();
        for_each_row(Cursor::new(&bytes), &Limits::default(), |s, row| {
            seen.push((s.to_string(), row));
            ControlFlow::Continue(())
        })
        .unwrap();
        let data: Vec<_> = seen.iter().filter(|s| s.0 == "MIG_OUTFLOW").collect();
        assert_eq!(data[1].1.0, 3);
        assert_eq!(
            data[1].1.1,
            vec![(0, "Table (FLOW)".into()), (1, "MIG_OUTFLOW".into())]
        );
        assert_eq!(data[3].1.0, 6, "the heading row follows the fixed values");
        assert_eq!(data[3].1.1[2], (2, "Men (M)".into()));
        let codes: Vec<_> = seen.iter().filter(|s| s.0 == "Codes").collect();
        assert_eq!(codes.len(), 2);
    }
}

/// A cell of a downloaded table.
#[derive(Debug, Clone, PartialEq)]
pub enum TableCell {
    /// Text.
    Text(String),
    /// A number (kept a number, so the spreadsheet can compute with it).
    Number(f64),
    /// Nothing.
    Empty,
}

/// A one-sheet workbook: a bold heading row, then the rows; `notes` go below (sources, units).
pub fn write_table(
    sheet: &str,
    headings: &[String],
    rows: &[Vec<TableCell>],
    notes: &[String],
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let s = book.add_worksheet();
    s.set_name(sheet).map_err(err)?;
    for (c, h) in headings.iter().enumerate() {
        s.write_string_with_format(0, c as u16, h, &bold)
            .map_err(err)?;
        s.set_column_width(c as u16, 16).map_err(err)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            match cell {
                TableCell::Text(t) => {
                    s.write_string(r, c, t).map_err(err)?;
                }
                TableCell::Number(n) => {
                    s.write_number(r, c, *n).map_err(err)?;
                }
                TableCell::Empty => {}
            }
        }
    }
    for (i, note) in notes.iter().enumerate() {
        s.write_string(rows.len() as u32 + 2 + i as u32, 0, note)
            .map_err(err)?;
    }
    book.save_to_buffer().map_err(err)
}
