//! CSV uploads: SDMX-CSV 1.0 and 2.0 (headings are component ids) and ILOSTAT's bulk layout
//! (`ref_area, indicator, source, sex, classif1, classif2, time, obs_value, obs_status, note_*`),
//! whose codes are mapped to lmip's: ISO alpha-3 to alpha-2, `SEX_T` to `_T`, `CDS_DES_MYS` to
//! `MY`, `…_TOTAL` to `_T`, `…_X` to `_X`. ILOSTAT counts are in thousands of persons.

use super::findings::clip;
use super::text::{Text, io_finding};
use super::{Cell, Context, Finding, Format, InputRow, Location, Problem, Rows};
use crate::model::ComponentKind;

/// ILOSTAT indicators lmip can place: (indicator, dataflow).
pub const ILOSTAT_INDICATORS: [(&str, &str); 5] = [
    ("MNA_OEMP_SEX_CDS_NB", "MIG_OUTFLOW"),
    ("MNA_OPOP_SEX_CDS_NB", "MIG_OUTFLOW"),
    ("MFL_FPOP_SEX_CBR_NB", "MIG_INFLOW"),
    ("MFL_NCIT_SEX_CCT_NB", "MIG_INFLOW"),
    ("MNA_XRET_SEX_CPR_NB", "MIG_RETURN"),
];

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Role {
    /// A component, as written.
    Component(String),
    /// SDMX-CSV's `DATAFLOW` or `STRUCTURE_ID`: must name the flow (or its structure).
    FlowRef,
    /// SDMX-CSV 2.0's `STRUCTURE` (`dataflow` or `datastructure`).
    StructureKind,
    /// SDMX-CSV 2.0's `ACTION`.
    Action,
    /// ILOSTAT: an ISO alpha-3 area for this component.
    IloArea(String),
    /// ILOSTAT: `classif1`, a counterpart area behind a prefix.
    IloCounterpart,
    /// ILOSTAT: `SEX_T`, `SEX_M`, `SEX_F`.
    IloSex,
    /// ILOSTAT: the indicator.
    IloIndicator,
    /// ILOSTAT: a note column, joined into `NOTE`.
    IloNote,
    /// Read and dropped.
    Ignored,
}

/// Reads the heading row and returns the layout and the rows.
pub(crate) fn open<'a>(
    text: Text<'a>,
    ctx: &'a Context<'a>,
) -> Result<(Format, Rows<'a>), Finding> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.into_inner());
    let mut header = csv::ByteRecord::new();
    match reader.read_byte_record(&mut header) {
        Ok(true) => {}
        Ok(false) => return Err(Finding::new(Problem::NoData, Location::file())),
        Err(e) => return Err(csv_finding(e, 1)),
    }
    if header.len() as u64 > ctx.limits.max_columns {
        return Err(Finding::new(
            Problem::TooManyColumns {
                limit: ctx.limits.max_columns,
            },
            Location::row(1),
        ));
    }
    let mut headings = Vec::with_capacity(header.len());
    for (i, h) in header.iter().enumerate() {
        let h = std::str::from_utf8(h).map_err(|_| {
            Finding::new(
                Problem::BadEncoding {
                    encoding: "UTF-8".into(),
                },
                Location {
                    row: Some(1),
                    column: Some(column_letter(i)),
                    sheet: None,
                },
            )
        })?;
        headings.push(h.trim().to_string());
    }
    let (format, roles, fixed, header_findings) = layout(&headings, ctx)?;
    let rows = CsvRows {
        reader,
        record: csv::ByteRecord::new(),
        headings,
        roles,
        fixed,
        pending: header_findings,
        ctx,
        rows: 0,
        done: false,
        flow_checked: false,
    };
    Ok((format, Box::new(rows)))
}

/// `A`, `B`, … `AA`: how a spreadsheet names the column (0-based index).
pub(crate) fn column_letter(mut i: usize) -> String {
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

type Layout = (Format, Vec<Role>, Vec<Cell>, Vec<Finding>);

/// Recognises the layout from the headings.
fn layout(headings: &[String], ctx: &Context<'_>) -> Result<Layout, Finding> {
    let first = headings
        .first()
        .map(|h| h.to_uppercase())
        .unwrap_or_default();
    match first.as_str() {
        "DATAFLOW" => sdmx_layout(headings, ctx, Format::SdmxCsv1),
        "STRUCTURE" => sdmx_layout(headings, ctx, Format::SdmxCsv2),
        _ => {
            let lower: Vec<String> = headings.iter().map(|h| h.to_lowercase()).collect();
            if lower.iter().any(|h| h == "ref_area") && lower.iter().any(|h| h == "time") {
                ilostat_layout(&lower, ctx)
            } else {
                Err(Finding::new(
                    Problem::UnknownLayout {
                        columns: clip(
                            &headings
                                .iter()
                                .take(8)
                                .cloned()
                                .collect::<Vec<_>>()
                                .join(","),
                        ),
                    },
                    Location::row(1),
                ))
            }
        }
    }
}

fn missing(column: &str) -> Finding {
    Finding::new(
        Problem::MissingColumn {
            column: column.to_string(),
        },
        Location::row(1),
    )
}

/// SDMX-CSV: after the leading columns, every heading is a component id (optionally followed by
/// `: label`, as SDMX-CSV with labels writes it).
fn sdmx_layout(headings: &[String], ctx: &Context<'_>, format: Format) -> Result<Layout, Finding> {
    let mut roles = Vec::with_capacity(headings.len());
    let mut findings = Vec::new();
    for (i, h) in headings.iter().enumerate() {
        let id = h.split(':').next().unwrap_or("").trim().to_uppercase();
        let role = match (format, i, id.as_str()) {
            (Format::SdmxCsv1, 0, _) => Role::FlowRef,
            (Format::SdmxCsv2, 0, _) => Role::StructureKind,
            (Format::SdmxCsv2, 1, "STRUCTURE_ID") => Role::FlowRef,
            (Format::SdmxCsv2, 2, "ACTION") => Role::Action,
            (Format::SdmxCsv2, 1 | 2, _) => {
                return Err(missing(if i == 1 { "STRUCTURE_ID" } else { "ACTION" }));
            }
            _ if ctx.dsd.components.iter().any(|c| c.id == id) => Role::Component(id),
            _ => {
                findings.push(Finding::new(
                    Problem::UnknownColumn { column: clip(h) },
                    Location {
                        row: Some(1),
                        column: Some(clip(h)),
                        sheet: None,
                    },
                ));
                Role::Ignored
            }
        };
        if let Role::Component(c) = &role
            && roles
                .iter()
                .any(|r| matches!(r, Role::Component(o) if o == c))
        {
            return Err(Finding::new(
                Problem::RepeatedColumn { column: c.clone() },
                Location::row(1),
            ));
        }
        roles.push(role);
    }
    for c in ctx.dsd.components.iter().filter(|c| {
        matches!(
            c.kind,
            ComponentKind::Dimension | ComponentKind::TimeDimension | ComponentKind::PrimaryMeasure
        )
    }) {
        if !roles
            .iter()
            .any(|r| matches!(r, Role::Component(o) if *o == c.id))
        {
            return Err(missing(&c.id));
        }
    }
    Ok((format, roles, Vec::new(), findings))
}

/// ILOSTAT's layouts: the bulk download (an `indicator` column and `obs_value`), or one indicator
/// whose code names the value column.
fn ilostat_layout(lower: &[String], ctx: &Context<'_>) -> Result<Layout, Finding> {
    let dims: Vec<&str> = ctx.dsd.dimensions().map(|d| d.id.as_str()).collect();
    if dims != ["FREQ", "REF_AREA", "COUNTERPART_AREA", "SEX"] {
        return Err(Finding::new(
            Problem::WrongFlow {
                found: "ILOSTAT".into(),
                expected: ctx.flow.id.clone(),
            },
            Location::row(1),
        ));
    }
    let value_column = lower.iter().position(|h| h == "obs_value").or_else(|| {
        lower.iter().position(|h| {
            ILOSTAT_INDICATORS
                .iter()
                .any(|(i, _)| i.eq_ignore_ascii_case(h))
        })
    });
    let Some(value_column) = value_column else {
        return Err(missing("obs_value"));
    };
    let mut roles = Vec::with_capacity(lower.len());
    for (i, h) in lower.iter().enumerate() {
        let role = match h.as_str() {
            "ref_area" => Role::IloArea("REF_AREA".into()),
            "sex" => Role::IloSex,
            "classif1" => Role::IloCounterpart,
            "time" => Role::Component("TIME_PERIOD".into()),
            "obs_status" => Role::Component("OBS_STATUS".into()),
            "source" => Role::Component("SOURCE".into()),
            "indicator" => Role::IloIndicator,
            n if n.starts_with("note_") => Role::IloNote,
            _ if i == value_column => Role::Component("OBS_VALUE".into()),
            // ref_area.label, classif2 (not in lmip's structure when empty), and the like.
            _ => Role::Ignored,
        };
        roles.push(role);
    }
    for (role, name) in [(Role::IloSex, "sex"), (Role::IloCounterpart, "classif1")] {
        if !roles.contains(&role) {
            return Err(missing(name));
        }
    }
    if value_column
        != lower
            .iter()
            .position(|h| h == "obs_value")
            .unwrap_or(usize::MAX)
    {
        // The column is named after its indicator: check it like an indicator cell.
        let indicator = lower[value_column].to_uppercase();
        if !indicator_fits(&indicator, &ctx.flow.id) {
            return Err(wrong_indicator(&indicator, ctx, Location::row(1)));
        }
    }
    let fixed = vec![
        Cell {
            component: "FREQ".into(),
            value: "A".into(),
            column: "time".into(),
        },
        Cell {
            component: "UNIT_MEASURE".into(),
            value: "PS".into(),
            column: "indicator".into(),
        },
        Cell {
            component: "UNIT_MULT".into(),
            value: "3".into(),
            column: "indicator".into(),
        },
    ];
    Ok((Format::IlostatCsv, roles, fixed, Vec::new()))
}

fn indicator_fits(indicator: &str, flow: &str) -> bool {
    ILOSTAT_INDICATORS
        .iter()
        .any(|(i, f)| *i == indicator && *f == flow)
}

fn wrong_indicator(indicator: &str, ctx: &Context<'_>, at: Location) -> Finding {
    Finding::new(
        Problem::WrongFlow {
            found: clip(indicator),
            expected: ctx.flow.id.clone(),
        },
        at,
    )
}

/// The finding for a CSV error on line `line`.
fn csv_finding(e: csv::Error, line: u64) -> Finding {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => io_finding(&e, Location::row(line)),
        csv::ErrorKind::Utf8 { pos, .. } => Finding::new(
            Problem::BadEncoding {
                encoding: "UTF-8".into(),
            },
            Location::row(pos.map_or(line, |p| p.line())),
        ),
        other => Finding::new(
            Problem::Unreadable {
                reason: format!("{other:?}"),
            },
            Location::row(line),
        ),
    }
}

struct CsvRows<'a, R> {
    reader: csv::Reader<R>,
    record: csv::ByteRecord,
    headings: Vec<String>,
    roles: Vec<Role>,
    fixed: Vec<Cell>,
    pending: Vec<Finding>,
    ctx: &'a Context<'a>,
    rows: u64,
    done: bool,
    flow_checked: bool,
}

impl<R: std::io::Read> CsvRows<'_, R> {
    /// Ends reading with `finding`.
    fn stop(&mut self, finding: Finding) -> Option<Result<InputRow, Finding>> {
        self.done = true;
        Some(Err(finding))
    }

    /// The flow a `DATAFLOW`/`STRUCTURE_ID` cell names: `AGENCY:ID(VERSION)` or `ID`.
    fn names_flow(&self, value: &str) -> bool {
        let id = value
            .split_once(':')
            .map_or(value, |(_, rest)| rest)
            .split('(')
            .next()
            .unwrap_or("")
            .trim();
        id == self.ctx.flow.id || id == self.ctx.dsd.id
    }

    fn area(&self, code: &str) -> String {
        match code {
            "TOTAL" => "_T".into(),
            "X" => "_X".into(),
            c => self
                .ctx
                .alpha2
                .get(c)
                .cloned()
                .unwrap_or_else(|| c.to_string()),
        }
    }

    fn read_row(&mut self) -> Option<Result<InputRow, Finding>> {
        match self.reader.read_byte_record(&mut self.record) {
            Ok(false) => {
                self.done = true;
                if self.rows == 0 {
                    return Some(Err(Finding::new(Problem::NoData, Location::file())));
                }
                return None;
            }
            Ok(true) => {}
            Err(e) => {
                let line = self.reader.position().line();
                return self.stop(csv_finding(e, line));
            }
        }
        let line = self.record.position().map_or(0, |p| p.line());
        if self.record.len() == 1 && self.record.get(0).is_some_and(|f| f.is_empty()) {
            // A blank line: nothing to read.
            return self.read_row();
        }
        self.rows += 1;
        if self.rows > self.ctx.limits.max_rows {
            return self.stop(Finding::new(
                Problem::TooManyRows {
                    limit: self.ctx.limits.max_rows,
                },
                Location::row(line),
            ));
        }
        if self.record.len() != self.headings.len() {
            if self
                .record
                .iter()
                .any(|f| f.contains(&b'\n') || f.contains(&b'\r'))
            {
                return self.stop(Finding::new(Problem::UnbalancedQuote, Location::row(line)));
            }
            return Some(Err(Finding::new(
                Problem::RaggedRow {
                    expected: self.headings.len() as u64,
                    found: self.record.len() as u64,
                },
                Location::row(line),
            )));
        }
        let mut cells = self.fixed.clone();
        let mut notes: Vec<String> = Vec::new();
        for i in 0..self.record.len() {
            let raw = self.record.get(i).unwrap_or_default();
            let column = &self.headings[i];
            let at = || Location {
                sheet: None,
                row: Some(line),
                column: Some(clip(column)),
            };
            if raw.len() as u64 > self.ctx.limits.max_cell {
                return Some(Err(Finding::new(
                    Problem::FieldTooLong {
                        limit: self.ctx.limits.max_cell,
                    },
                    at(),
                )));
            }
            let Ok(value) = std::str::from_utf8(raw) else {
                return self.stop(Finding::new(
                    Problem::BadEncoding {
                        encoding: "UTF-8".into(),
                    },
                    at(),
                ));
            };
            let value = value.trim();
            let cell = |component: &str, value: String| Cell {
                component: component.to_string(),
                value,
                column: column.clone(),
            };
            match &self.roles[i] {
                Role::Component(c) => cells.push(cell(c, value.to_string())),
                Role::FlowRef => {
                    if !self.flow_checked && !self.names_flow(value) {
                        return self.stop(Finding::new(
                            Problem::WrongFlow {
                                found: clip(value),
                                expected: self.ctx.flow.id.clone(),
                            },
                            at(),
                        ));
                    }
                }
                Role::StructureKind => {
                    let kind = value.to_lowercase();
                    if kind != "dataflow" && kind != "datastructure" {
                        return self.stop(Finding::new(
                            Problem::WrongFlow {
                                found: clip(value),
                                expected: self.ctx.flow.id.clone(),
                            },
                            at(),
                        ));
                    }
                }
                Role::Action => {
                    if !matches!(value, "" | "I" | "R" | "A" | "M") {
                        return Some(Err(Finding::new(
                            Problem::UnsupportedAction {
                                action: clip(value),
                            },
                            at(),
                        )));
                    }
                }
                Role::IloArea(c) => {
                    let code = self.area(&value.to_uppercase());
                    cells.push(cell(c, code));
                }
                Role::IloSex => {
                    let v = value.to_uppercase();
                    let code = match v.strip_prefix("SEX_") {
                        Some("T") => "_T".to_string(),
                        Some(s) => s.to_string(),
                        None => v,
                    };
                    cells.push(cell("SEX", code));
                }
                Role::IloCounterpart => {
                    let v = value.to_uppercase();
                    let last = v.rsplit('_').next().unwrap_or("").to_string();
                    cells.push(cell("COUNTERPART_AREA", self.area(&last)));
                }
                Role::IloIndicator => {
                    let v = value.to_uppercase();
                    if !self.flow_checked && !indicator_fits(&v, &self.ctx.flow.id) {
                        return self.stop(wrong_indicator(&v, self.ctx, at()));
                    }
                }
                Role::IloNote => {
                    if !value.is_empty() {
                        notes.push(value.to_string());
                    }
                }
                Role::Ignored => {}
            }
        }
        self.flow_checked = true;
        if !notes.is_empty() {
            cells.push(Cell {
                component: "NOTE".into(),
                value: notes.join("; "),
                column: "note".into(),
            });
        }
        Some(Ok(InputRow {
            sheet: None,
            row: line,
            cells,
        }))
    }
}

impl<R: std::io::Read> Iterator for CsvRows<'_, R> {
    type Item = Result<InputRow, Finding>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(f) = self.pending.pop() {
            return Some(Err(f));
        }
        if self.done {
            return None;
        }
        self.read_row()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::upload::testing::read_all;

    fn cells(row: &InputRow) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = row
            .cells
            .iter()
            .map(|c| (c.component.clone(), c.value.clone()))
            .collect();
        v.sort();
        v
    }

    fn problem(bytes: &[u8]) -> (Problem, Location) {
        let f = read_all(bytes).expect_err("a finding");
        (f.problem, f.at)
    }

    #[test]
    fn sdmx_csv_1_and_2_read_the_same() {
        let v1 = b"DATAFLOW,FREQ,REF_AREA,COUNTERPART_AREA,SEX,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS\n\
LMIP:MIG_OUTFLOW(1.0),A,KH,TH,F,2023,1200,PS,E\n";
        let v2 = b"STRUCTURE,STRUCTURE_ID,ACTION,FREQ: Frequency,REF_AREA,COUNTERPART_AREA,SEX,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS\n\
dataflow,LMIP:MIG_OUTFLOW(1.0),I,A,KH,TH,F,2023,1200,PS,E\n";
        let (f1, r1) = read_all(v1).unwrap();
        let (f2, r2) = read_all(v2).unwrap();
        assert_eq!((f1, f2), (Format::SdmxCsv1, Format::SdmxCsv2));
        assert_eq!(cells(&r1[0]), cells(&r2[0]));
        assert_eq!(r1[0].row, 2);
        assert_eq!(r1[0].get("OBS_VALUE").unwrap().value, "1200");
    }

    #[test]
    fn ilostat_bulk_rows_get_lmip_codes() {
        let csv = b"ref_area,ref_area.label,indicator,source,sex,classif1,classif2,time,obs_value,obs_status,note_classif,note_indicator,note_source\n\
KHM,Cambodia,MNA_OEMP_SEX_CDS_NB,DA - Administrative records,SEX_T,CDS_DES_THA,,2019,84.2,,,Break in series,\n";
        let (format, rows) = read_all(csv).unwrap();
        assert_eq!(format, Format::IlostatCsv);
        let c = cells(&rows[0]);
        for (k, v) in [
            ("REF_AREA", "KH"),
            ("COUNTERPART_AREA", "TH"),
            ("SEX", "_T"),
            ("TIME_PERIOD", "2019"),
            ("OBS_VALUE", "84.2"),
            ("FREQ", "A"),
            ("UNIT_MULT", "3"),
            ("NOTE", "Break in series"),
            ("SOURCE", "DA - Administrative records"),
        ] {
            assert!(c.contains(&(k.to_string(), v.to_string())), "{k}: {c:?}");
        }
        assert_eq!(rows[0].get("COUNTERPART_AREA").unwrap().column, "classif1");
    }

    #[test]
    fn another_flows_file_is_refused() {
        let csv = b"ref_area,indicator,sex,classif1,time,obs_value\nKHM,MFL_FPOP_SEX_CBR_NB,SEX_T,CBR_X,2019,1\n";
        assert!(matches!(problem(csv).0, Problem::WrongFlow { .. }));
        let csv = b"DATAFLOW,FREQ,REF_AREA,COUNTERPART_AREA,SEX,TIME_PERIOD,OBS_VALUE\nLMIP:MIG_STOCK(1.0),A,KH,TH,F,2023,1\n";
        let (p, at) = problem(csv);
        assert_eq!(
            p,
            Problem::WrongFlow {
                found: "LMIP:MIG_STOCK(1.0)".into(),
                expected: "MIG_OUTFLOW".into()
            }
        );
        assert_eq!((at.row, at.column.as_deref()), (Some(2), Some("DATAFLOW")));
    }

    #[test]
    fn broken_csv_gets_a_clear_finding() {
        assert_eq!(
            problem(b"name,phone\nA,1\n").0,
            Problem::UnknownLayout {
                columns: "name,phone".into()
            }
        );
        assert_eq!(
            problem(b"DATAFLOW,FREQ,REF_AREA,SEX,TIME_PERIOD,OBS_VALUE\n").0,
            Problem::MissingColumn {
                column: "COUNTERPART_AREA".into()
            }
        );
        let head = "DATAFLOW,FREQ,REF_AREA,COUNTERPART_AREA,SEX,TIME_PERIOD,OBS_VALUE\n";
        let ragged = format!("{head}MIG_OUTFLOW,A,KH,TH,F,2023\n");
        assert_eq!(
            problem(ragged.as_bytes()),
            (
                Problem::RaggedRow {
                    expected: 7,
                    found: 6
                },
                Location::row(2)
            )
        );
        let quote = format!(
            "{head}MIG_OUTFLOW,A,KH,TH,F,2023,1\nMIG_OUTFLOW,\"A,KH,TH,F,2024,1\nMIG_OUTFLOW,A,KH,TH,F,2025,1\n"
        );
        assert_eq!(
            problem(quote.as_bytes()),
            (Problem::UnbalancedQuote, Location::row(3))
        );
        let latin = [
            head.as_bytes(),
            b"MIG_OUTFLOW,A,KH,TH,F,2023,1\n",
            b"MIG_OUTFLOW,A,KH,TH,F,2024,1,\xE9t\xE9\n",
        ]
        .concat();
        // ragged and not UTF-8: the encoding is what is wrong first.
        let (p, _) = problem(&latin);
        assert!(
            matches!(p, Problem::RaggedRow { .. } | Problem::BadEncoding { .. }),
            "{p:?}"
        );
        assert_eq!(problem(b"").0, Problem::NoData);
        assert_eq!(problem(head.as_bytes()).0, Problem::NoData);
    }

    #[test]
    fn a_late_non_utf8_cell_names_its_row() {
        let head = "DATAFLOW,FREQ,REF_AREA,COUNTERPART_AREA,SEX,TIME_PERIOD,OBS_VALUE,NOTE\n";
        let mut bytes = head.as_bytes().to_vec();
        // Enough ASCII rows that the sniffed start is plain UTF-8.
        for y in 0..3000 {
            bytes.extend(format!("MIG_OUTFLOW,A,KH,TH,F,{},1,ok\n", 1000 + y).as_bytes());
        }
        bytes.extend(b"MIG_OUTFLOW,A,KH,TH,F,2023,1,\xBB\xD2\n");
        let (p, at) = problem(&bytes);
        assert_eq!(
            p,
            Problem::BadEncoding {
                encoding: "UTF-8".into()
            }
        );
        assert_eq!(at.row, Some(3002));
        assert_eq!(at.column.as_deref(), Some("NOTE"));
    }

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(16383), "XFD");
    }
}
