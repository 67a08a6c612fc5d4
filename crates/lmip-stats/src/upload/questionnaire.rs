//! Reading a filled-in questionnaire (see `lmip stats template`): the sheet named after the
//! dataflow holds fixed values (`Country (REF_AREA) | KH`), a heading row whose headings end with
//! the component or code they stand for (`Country of destination (COUNTERPART_AREA)`,
//! `Women (F)`), and one row per partner. Each filled value cell becomes one observation; its
//! finding names the sheet, the row and the column as the spreadsheet shows them.

use super::findings::{clip, clip_to};
use super::{Cell, Context, Finding, InputRow, Location, Problem};
use crate::model::ComponentKind;

/// What a heading stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Heading {
    /// A component's value (`COUNTERPART_AREA`, `NOTE`).
    Component(String),
    /// The value for one code of the table's breakdown (`F`).
    Code(String),
}

/// Reads the questionnaire's rows as they stream from the workbook.
pub struct QuestionnaireReader<'a> {
    ctx: &'a Context<'a>,
    fixed: Vec<Cell>,
    columns: Vec<(u32, String, Heading)>,
    breakdown: Option<String>,
    found_sheet: bool,
    rows: u64,
}

/// The id in a heading's trailing parentheses: `Women (F)` → `F`.
fn trailing_id(text: &str) -> Option<&str> {
    let t = text.trim_end();
    let inner = t.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let id = inner[open + 1..].trim();
    (!id.is_empty() && !id.contains(' ')).then_some(id)
}

/// A drop-down entry's code: `TH — Thailand` → `TH`.
fn code_of(value: &str) -> &str {
    value.split(" — ").next().unwrap_or(value).trim()
}

impl<'a> QuestionnaireReader<'a> {
    /// A reader for the context's dataflow.
    pub fn new(ctx: &'a Context<'a>) -> QuestionnaireReader<'a> {
        QuestionnaireReader {
            ctx,
            fixed: Vec::new(),
            columns: Vec::new(),
            breakdown: None,
            found_sheet: false,
            rows: 0,
        }
    }

    fn is_component(&self, id: &str) -> bool {
        self.ctx.dsd.components.iter().any(|c| c.id == id)
    }

    fn place(sheet: &str, row: u32, col: u32, heading: &str) -> Location {
        Location {
            sheet: Some(sheet.to_string()),
            row: Some(u64::from(row)),
            column: Some(format!(
                "{} ({})",
                super::csv_input::column_letter(col as usize),
                clip_to(heading, 80)
            )),
        }
    }

    /// The heading row: maps columns, finds the breakdown dimension.
    fn headings(&mut self, sheet: &str, row: u32, cells: &[(u32, String)]) -> Result<(), Finding> {
        for (col, text) in cells {
            let Some(id) = trailing_id(text) else {
                continue;
            };
            let heading = if self.is_component(id) {
                Heading::Component(id.to_string())
            } else {
                Heading::Code(id.to_string())
            };
            self.columns.push((*col, text.clone(), heading));
        }
        let covered = |d: &str| {
            self.fixed.iter().any(|c| c.component == d)
                || self
                    .columns
                    .iter()
                    .any(|(_, _, h)| *h == Heading::Component(d.to_string()))
        };
        let open: Vec<String> = self
            .ctx
            .dsd
            .components
            .iter()
            .filter(|c| {
                matches!(
                    c.kind,
                    ComponentKind::Dimension | ComponentKind::TimeDimension
                )
            })
            .filter(|c| !covered(&c.id))
            .map(|c| c.id.clone())
            .collect();
        let has_codes = self
            .columns
            .iter()
            .any(|(_, _, h)| matches!(h, Heading::Code(_)));
        match (open.as_slice(), has_codes) {
            ([one], true) => self.breakdown = Some(one.clone()),
            ([], false) if covered("OBS_VALUE") => {}
            ([], false) => {}
            (missing, _) => {
                let column = missing
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "OBS_VALUE".into());
                return Err(Finding::new(
                    Problem::MissingColumn { column },
                    Location {
                        sheet: Some(sheet.to_string()),
                        row: Some(u64::from(row)),
                        column: None,
                    },
                ));
            }
        }
        Ok(())
    }

    /// One row of one sheet: what it yields (observations or findings).
    pub fn row(
        &mut self,
        sheet: &str,
        row: u32,
        cells: &[(u32, String)],
    ) -> Vec<Result<InputRow, Finding>> {
        if sheet != self.ctx.flow.id {
            return Vec::new();
        }
        self.found_sheet = true;
        let get = |c: u32| {
            cells
                .iter()
                .find(|(col, _)| *col == c)
                .map(|(_, v)| v.as_str())
        };
        if self.columns.is_empty() {
            // Above the table: `Label (ID) | value` rows, then the heading row.
            let label_id = get(0).and_then(trailing_id);
            let is_heading = cells.len() > 1
                && cells
                    .iter()
                    .filter(|(_, t)| trailing_id(t).is_some())
                    .count()
                    > 1;
            if is_heading {
                return match self.headings(sheet, row, cells) {
                    Ok(()) => Vec::new(),
                    Err(f) => vec![Err(f)],
                };
            }
            if let (Some(id), Some(value)) = (label_id, get(1)) {
                if id == "FLOW" {
                    if value != self.ctx.flow.id {
                        return vec![Err(Finding::new(
                            Problem::WrongFlow {
                                found: clip(value),
                                expected: self.ctx.flow.id.clone(),
                            },
                            Self::place(sheet, row, 1, id),
                        ))];
                    }
                } else if self.is_component(id) {
                    self.fixed.push(Cell {
                        component: id.to_string(),
                        value: code_of(value).to_string(),
                        column: format!("B{row}"),
                    });
                }
            }
            return Vec::new();
        }
        let mut base = self.fixed.clone();
        for (col, heading, h) in &self.columns {
            if let (Heading::Component(id), Some(v)) = (h, get(*col)) {
                base.push(Cell {
                    component: id.clone(),
                    value: code_of(v).to_string(),
                    column: format!(
                        "{} ({})",
                        super::csv_input::column_letter(*col as usize),
                        clip_to(heading, 80)
                    ),
                });
            }
        }
        let mut out = Vec::new();
        for (col, heading, h) in &self.columns {
            let Heading::Code(code) = h else { continue };
            let Some(value) = get(*col) else { continue };
            let Some(dim) = &self.breakdown else { continue };
            let column = format!(
                "{} ({})",
                super::csv_input::column_letter(*col as usize),
                clip_to(heading, 80)
            );
            let mut cells = base.clone();
            cells.push(Cell {
                component: dim.clone(),
                value: code.clone(),
                column: column.clone(),
            });
            cells.push(Cell {
                component: "OBS_VALUE".into(),
                value: value.to_string(),
                column,
            });
            self.rows += 1;
            if self.rows > self.ctx.limits.max_rows {
                return vec![Err(Finding::new(
                    Problem::TooManyRows {
                        limit: self.ctx.limits.max_rows,
                    },
                    Self::place(sheet, row, *col, heading),
                ))];
            }
            out.push(Ok(InputRow {
                sheet: Some(sheet.to_string()),
                row: u64::from(row),
                cells,
            }));
        }
        if self.breakdown.is_none() && base.iter().any(|c| c.component == "OBS_VALUE") {
            self.rows += 1;
            out.push(Ok(InputRow {
                sheet: Some(sheet.to_string()),
                row: u64::from(row),
                cells: base,
            }));
        }
        out
    }

    /// What the whole workbook lacked, if anything.
    pub fn finish(&self) -> Option<Finding> {
        if !self.found_sheet || self.columns.is_empty() {
            return Some(Finding::new(
                Problem::NotAQuestionnaire {
                    sheet: self.ctx.flow.id.clone(),
                },
                Location::file(),
            ));
        }
        (self.rows == 0).then(|| Finding::new(Problem::NoData, Location::file()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::upload::testing::outflow;
    use crate::upload::{Context, Limits};

    fn cells(v: &[(u32, &str)]) -> Vec<(u32, String)> {
        v.iter().map(|(c, s)| (*c, s.to_string())).collect()
    }

    #[test]
    fn a_filled_questionnaire_becomes_observations() {
        let (flow, dsd, alpha2) = outflow();
        let ctx = Context {
            flow: &flow,
            dsd: &dsd,
            alpha2: &alpha2,
            encoding: None,
            limits: Limits::default(),
        };
        let mut q = QuestionnaireReader::new(&ctx);
        let s = "MIG_OUTFLOW";
        let mut got = Vec::new();
        for (r, row) in [
            (1, cells(&[(0, "Nationals leaving for work abroad")])),
            (3, cells(&[(0, "Table (FLOW)"), (1, "MIG_OUTFLOW")])),
            (4, cells(&[(0, "Frequency (FREQ)"), (1, "A")])),
            (5, cells(&[(0, "Country (REF_AREA)"), (1, "KH — Cambodia")])),
            (6, cells(&[(0, "Year (TIME_PERIOD)"), (1, "2024")])),
            (7, cells(&[(0, "Unit (UNIT_MEASURE)"), (1, "PS")])),
            (
                9,
                cells(&[
                    (0, "Country of destination (COUNTERPART_AREA)"),
                    (1, "Total (_T)"),
                    (2, "Men (M)"),
                    (3, "Women (F)"),
                    (4, "Note (NOTE)"),
                ]),
            ),
            (
                10,
                cells(&[
                    (0, "TH — Thailand"),
                    (1, "300"),
                    (2, "200"),
                    (3, "100"),
                    (4, "Estimate"),
                ]),
            ),
            (11, cells(&[(0, "MY — Malaysia"), (2, "5")])),
        ] {
            got.extend(q.row(s, r, &row));
        }
        q.row("Codes", 1, &cells(&[(0, "TH — Thailand")]));
        assert_eq!(q.finish(), None);
        let rows: Vec<InputRow> = got.into_iter().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 4);
        let women = &rows[2];
        assert_eq!(women.row, 10);
        assert_eq!(women.sheet.as_deref(), Some("MIG_OUTFLOW"));
        for (c, v) in [
            ("REF_AREA", "KH"),
            ("COUNTERPART_AREA", "TH"),
            ("SEX", "F"),
            ("OBS_VALUE", "100"),
            ("TIME_PERIOD", "2024"),
            ("NOTE", "Estimate"),
            ("UNIT_MEASURE", "PS"),
        ] {
            assert_eq!(women.get(c).map(|x| x.value.as_str()), Some(v), "{c}");
        }
        assert_eq!(women.get("OBS_VALUE").unwrap().column, "D (Women (F))");
        assert_eq!(rows[3].get("SEX").unwrap().value, "M");
    }

    #[test]
    fn a_workbook_that_is_not_a_questionnaire_says_so() {
        let (flow, dsd, alpha2) = outflow();
        let ctx = Context {
            flow: &flow,
            dsd: &dsd,
            alpha2: &alpha2,
            encoding: None,
            limits: Limits::default(),
        };
        let mut q = QuestionnaireReader::new(&ctx);
        q.row("Sheet1", 1, &cells(&[(0, "name"), (1, "phone")]));
        assert_eq!(
            q.finish().unwrap().problem,
            Problem::NotAQuestionnaire {
                sheet: "MIG_OUTFLOW".into()
            }
        );
        let mut q = QuestionnaireReader::new(&ctx);
        let wrong = q.row(
            "MIG_OUTFLOW",
            3,
            &cells(&[(0, "Table (FLOW)"), (1, "MIG_STOCK")]),
        );
        assert!(matches!(
            wrong[0].as_ref().unwrap_err().problem,
            Problem::WrongFlow { .. }
        ));
    }
}
