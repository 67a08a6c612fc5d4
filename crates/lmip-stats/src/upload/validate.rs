//! Validation of an upload's rows against the dataflow's structure and code lists, and of the
//! whole against itself (totals) and the latest release (jumps).
//!
//! Row checks run as rows stream in ([`Validator::push`]); what needs every row (totals, mandatory
//! series attributes, jumps) runs in [`Validator::finish`]. To do that without keeping the file,
//! the validator keeps one small entry per observation (interned series key and period, value,
//! row, decimals: about 40 bytes), bounded by [`super::Limits::max_rows`].

use super::findings::clip;
use super::{Finding, InputRow, Location, Problem, Severity};
use crate::data::format_value;
use crate::model::{Attachment, Component, DataStructure};
use std::collections::{BTreeMap, HashMap, HashSet};

/// The checks' settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Rules {
    /// The first year of the reference period (inclusive).
    pub first_year: i32,
    /// The last year of the reference period (inclusive).
    pub last_year: i32,
    /// How far (relative) a total may differ from the sum of its parts beyond rounding.
    pub tolerance: f64,
    /// A value this many times larger or smaller than the latest release's is a jump.
    pub jump_factor: f64,
    /// Previous values below this are not compared (small counts swing).
    pub jump_floor: f64,
    /// Findings of one kind listed in full; the rest are counted.
    pub max_per_problem: usize,
}

impl Rules {
    /// The defaults for a reference period.
    pub fn for_years(first_year: i32, last_year: i32) -> Rules {
        Rules {
            first_year,
            last_year,
            tolerance: 0.001,
            jump_factor: 3.0,
            jump_floor: 10.0,
            max_per_problem: 50,
        }
    }
}

/// An observation that passed the row checks, ready to stage.
#[derive(Debug, Clone, PartialEq)]
pub struct Accepted {
    /// Dimension values in structure order, joined with `.`.
    pub series_key: String,
    /// The period.
    pub time_period: String,
    /// The value (`None`: missing, with a status saying why).
    pub value: Option<f64>,
    /// Observation status.
    pub obs_status: Option<String>,
    /// Note.
    pub note: Option<String>,
}

/// What validation found, and what the upload holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Findings, errors first, each kind capped (see [`Rules::max_per_problem`]).
    pub findings: Vec<Finding>,
    /// Errors in all (including those not listed).
    pub errors: u64,
    /// Warnings in all.
    pub warnings: u64,
    /// Observations read.
    pub observations: u64,
    /// Series they belong to.
    pub series: u64,
    /// Series attributes: (series key, attribute, value).
    pub series_attributes: Vec<(String, String, String)>,
}

#[derive(Debug, Clone, Copy)]
struct Seen {
    value: Option<f64>,
    row: u64,
    decimals: u8,
}

/// Checks rows as they come, then the whole.
pub struct Validator<'a> {
    dsd: &'a DataStructure,
    codes: &'a HashMap<String, HashSet<String>>,
    rules: Rules,
    dimensions: Vec<&'a Component>,
    sheet: Option<String>,
    keys: HashMap<String, u32>,
    key_names: Vec<String>,
    periods: HashMap<String, u32>,
    period_names: Vec<String>,
    seen: HashMap<(u32, u32), Seen>,
    /// (series, attribute) → (value, first row).
    series_attrs: HashMap<(u32, String), (String, u64)>,
    first_row: HashMap<u32, u64>,
    findings: Vec<Finding>,
    counts: BTreeMap<&'static str, (Severity, u64)>,
    rows: u64,
}

fn decimals(text: &str) -> u8 {
    text.split_once('.')
        .map_or(0, |(_, d)| d.trim_end().len().min(15) as u8)
}

/// Whether `code` is a breakdown's residual ("other", "unknown"): with one, a breakdown is complete.
fn residual(code: &str) -> bool {
    matches!(code, "_X" | "_U" | "_O" | "_Z")
}

impl<'a> Validator<'a> {
    /// A validator for `dsd`, with `codes` (code list id → codes) and `rules`.
    pub fn new(
        dsd: &'a DataStructure,
        codes: &'a HashMap<String, HashSet<String>>,
        rules: Rules,
    ) -> Validator<'a> {
        Validator {
            dsd,
            codes,
            rules,
            dimensions: dsd.dimensions().collect(),
            sheet: None,
            keys: HashMap::new(),
            key_names: Vec::new(),
            periods: HashMap::new(),
            period_names: Vec::new(),
            seen: HashMap::new(),
            series_attrs: HashMap::new(),
            first_row: HashMap::new(),
            findings: Vec::new(),
            counts: BTreeMap::new(),
            rows: 0,
        }
    }

    /// Records a finding (reading problems included), keeping the report's lists short.
    pub fn add(&mut self, finding: Finding) {
        let name = finding.problem.name();
        let entry = self.counts.entry(name).or_insert((finding.severity, 0));
        entry.1 += 1;
        if entry.1 as usize <= self.rules.max_per_problem {
            self.findings.push(finding);
        }
    }

    /// Whether an error was found so far.
    pub fn has_errors(&self) -> bool {
        self.counts
            .values()
            .any(|(s, n)| *s == Severity::Error && *n > 0)
    }

    fn intern(map: &mut HashMap<String, u32>, names: &mut Vec<String>, s: &str) -> u32 {
        if let Some(i) = map.get(s) {
            return *i;
        }
        let i = names.len() as u32;
        names.push(s.to_string());
        map.insert(s.to_string(), i);
        i
    }

    fn check_code(&mut self, row: &InputRow, component: &Component, value: &str) -> bool {
        let Some(list) = &component.codelist else {
            return true;
        };
        let known = self.codes.get(list).is_some_and(|c| c.contains(value));
        if !known {
            let column = row
                .get(&component.id)
                .map_or(component.id.as_str(), |c| c.column.as_str());
            self.add(Finding::new(
                Problem::UnknownCode {
                    component: component.id.clone(),
                    code: clip(value),
                },
                row.at(column),
            ));
        }
        known
    }

    /// Checks one row; returns the observation when the row has no error.
    pub fn push(&mut self, row: &InputRow) -> Option<Accepted> {
        self.rows += 1;
        if self.sheet.is_none() {
            self.sheet.clone_from(&row.sheet);
        }
        let mut ok = true;
        for cell in &row.cells {
            if !self.dsd.components.iter().any(|c| c.id == cell.component) {
                ok = false;
                self.add(Finding::new(
                    Problem::UnknownColumn {
                        column: clip(&cell.component),
                    },
                    row.at(&cell.column),
                ));
            }
        }
        // The key.
        let mut parts: Vec<&str> = Vec::with_capacity(self.dimensions.len());
        let dims = self.dimensions.clone();
        for d in &dims {
            match row
                .get(&d.id)
                .map(|c| c.value.as_str())
                .filter(|v| !v.is_empty())
            {
                Some(v) => {
                    ok &= self.check_code(row, d, v);
                    parts.push(v);
                }
                None => {
                    ok = false;
                    self.add(Finding::new(
                        Problem::UnknownCode {
                            component: d.id.clone(),
                            code: String::new(),
                        },
                        row.at(row.get(&d.id).map_or(d.id.as_str(), |c| c.column.as_str())),
                    ));
                    parts.push("");
                }
            }
        }
        let key = parts.join(".");
        // The period.
        let freq = row.get("FREQ").map_or("A", |c| c.value.as_str());
        let period_cell = row.get("TIME_PERIOD");
        let period = period_cell.map_or("", |c| c.value.as_str());
        let period_at = row.at(period_cell.map_or("TIME_PERIOD", |c| c.column.as_str()));
        match period_year(freq, period) {
            None => {
                ok = false;
                self.add(Finding::new(
                    Problem::BadPeriod {
                        value: clip(period),
                        frequency: clip(freq),
                    },
                    period_at,
                ));
            }
            Some(y) if y < self.rules.first_year || y > self.rules.last_year => {
                ok = false;
                self.add(Finding::new(
                    Problem::PeriodOutOfRange {
                        value: clip(period),
                        first: self.rules.first_year.to_string(),
                        last: self.rules.last_year.to_string(),
                    },
                    period_at,
                ));
            }
            Some(_) => {}
        }
        // Attributes: codes, and observation-level mandatory ones.
        let attrs: Vec<&Component> = self.dsd.attributes().collect();
        let mut obs_status = None;
        let mut note = None;
        let mut series_values = Vec::new();
        for a in attrs {
            let value = row
                .get(&a.id)
                .map(|c| c.value.as_str())
                .filter(|v| !v.is_empty());
            match (value, a.attachment) {
                (Some(v), attachment) => {
                    ok &= self.check_code(row, a, v);
                    match (attachment, a.id.as_str()) {
                        (Some(Attachment::Series), _) => series_values.push((a, v.to_string())),
                        (_, "OBS_STATUS") => obs_status = Some(v.to_string()),
                        (_, "NOTE") => note = Some(v.to_string()),
                        _ => {}
                    }
                }
                (None, Some(Attachment::Observation)) if a.mandatory => {
                    ok = false;
                    self.add(Finding::new(
                        Problem::MissingAttribute {
                            attribute: a.id.clone(),
                        },
                        row.at(&a.id),
                    ));
                }
                (None, _) => {}
            }
        }
        // The value.
        let value_cell = row.get("OBS_VALUE");
        let raw = value_cell.map_or("", |c| c.value.as_str());
        let value_at = row.at(value_cell.map_or("OBS_VALUE", |c| c.column.as_str()));
        let value = if raw.is_empty() {
            if obs_status.is_none() {
                ok = false;
                self.add(Finding::new(Problem::MissingValue, value_at));
            }
            None
        } else {
            match raw.parse::<f64>() {
                Ok(v) if v.is_finite() && v >= 0.0 => Some(v),
                Ok(v) if v.is_finite() => {
                    ok = false;
                    self.add(Finding::new(
                        Problem::Negative { value: clip(raw) },
                        value_at,
                    ));
                    None
                }
                _ => {
                    ok = false;
                    self.add(Finding::new(
                        Problem::NotANumber { value: clip(raw) },
                        value_at,
                    ));
                    None
                }
            }
        };
        // Duplicates, and what the whole-file checks need.
        let k = Self::intern(&mut self.keys, &mut self.key_names, &key);
        let p = Self::intern(&mut self.periods, &mut self.period_names, period);
        self.first_row.entry(k).or_insert(row.row);
        if let Some(first) = self.seen.get(&(k, p)) {
            let first_row = first.row;
            self.add(Finding::new(
                Problem::DuplicateKey {
                    key: clip(&key),
                    period: clip(period),
                    first_row,
                },
                Location {
                    sheet: row.sheet.clone(),
                    row: Some(row.row),
                    column: None,
                },
            ));
            return None;
        }
        self.seen.insert(
            (k, p),
            Seen {
                value,
                row: row.row,
                decimals: decimals(raw),
            },
        );
        for (a, v) in series_values {
            match self.series_attrs.get(&(k, a.id.clone())) {
                Some((first, _)) if *first != v => {
                    let first = first.clone();
                    ok = false;
                    self.add(Finding::new(
                        Problem::ConflictingAttribute {
                            attribute: a.id.clone(),
                            first: clip(&first),
                            found: clip(&v),
                        },
                        row.at(row.get(&a.id).map_or(a.id.as_str(), |c| c.column.as_str())),
                    ));
                }
                Some(_) => {}
                None => {
                    self.series_attrs.insert((k, a.id.clone()), (v, row.row));
                }
            }
        }
        ok.then(|| Accepted {
            series_key: key,
            time_period: period.to_string(),
            value,
            obs_status,
            note,
        })
    }

    /// The distinct series keys read so far.
    pub fn series_keys(&self) -> &[String] {
        &self.key_names
    }

    /// Runs the whole-file checks. `previous(key, period)` is the latest release's value.
    pub fn finish(mut self, previous: &dyn Fn(&str, &str) -> Option<f64>) -> Report {
        if self.rows == 0 && !self.has_errors() {
            self.add(Finding::new(Problem::NoData, Location::file()));
        }
        self.check_mandatory_series_attributes();
        self.check_totals();
        self.check_jumps(previous);
        let mut findings = std::mem::take(&mut self.findings);
        for (name, (severity, n)) in &self.counts {
            if *n as usize > self.rules.max_per_problem {
                findings.push(Finding {
                    severity: *severity,
                    at: Location::file(),
                    problem: Problem::MoreOfTheSame {
                        of: (*name).to_string(),
                        more: *n - self.rules.max_per_problem as u64,
                    },
                });
            }
        }
        findings.sort_by_key(|f| (f.severity == Severity::Warning, f.at.row.unwrap_or(0)));
        let count = |s: Severity| {
            self.counts
                .values()
                .filter(|(sev, _)| *sev == s)
                .map(|(_, n)| n)
                .sum()
        };
        let mut series_attributes: Vec<(String, String, String)> = self
            .series_attrs
            .iter()
            .map(|((k, a), (v, _))| (self.key_names[*k as usize].clone(), a.clone(), v.clone()))
            .collect();
        series_attributes.sort();
        Report {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            findings,
            observations: self.seen.len() as u64,
            series: self.key_names.len() as u64,
            series_attributes,
        }
    }

    fn check_mandatory_series_attributes(&mut self) {
        let mandatory: Vec<String> = self
            .dsd
            .attributes()
            .filter(|a| a.mandatory && a.attachment == Some(Attachment::Series))
            .map(|a| a.id.clone())
            .collect();
        for k in 0..self.key_names.len() as u32 {
            for a in &mandatory {
                if !self.series_attrs.contains_key(&(k, a.clone())) {
                    let row = self.first_row.get(&k).copied().unwrap_or(0);
                    let at = Location::cell(self.sheet.as_deref(), row, a);
                    self.add(Finding::new(
                        Problem::MissingAttribute {
                            attribute: a.clone(),
                        },
                        at,
                    ));
                }
            }
        }
    }

    /// For each dimension with a total code (`_T`): the total against the sum of the parts. The
    /// parts must not exceed the total; when the breakdown is complete (every regular code is
    /// there, or a residual such as `_X` is) they must add up to it. Rounding is allowed for: each
    /// value may be off by half a unit of its last decimal.
    fn check_totals(&mut self) {
        let mut findings = Vec::new();
        for (d, dim) in self.dimensions.iter().enumerate() {
            let Some(list) = dim.codelist.as_ref().and_then(|l| self.codes.get(l)) else {
                continue;
            };
            if !list.contains("_T") {
                continue;
            }
            let regular = list.iter().filter(|c| !c.starts_with('_')).count();
            // (total key, period) → (sum, rounding, regular parts, has residual)
            let mut sums: HashMap<(String, u32), (f64, f64, usize, bool)> = HashMap::new();
            for (&(k, p), seen) in &self.seen {
                let key = &self.key_names[k as usize];
                let parts: Vec<&str> = key.split('.').collect();
                let code = parts.get(d).copied().unwrap_or("");
                if code == "_T" {
                    continue;
                }
                let Some(v) = seen.value else { continue };
                let mut total = parts.clone();
                total[d] = "_T";
                let rounding = self.rounding(k, seen.decimals);
                let e = sums
                    .entry((total.join("."), p))
                    .or_insert((0.0, 0.0, 0, false));
                e.0 += v;
                e.1 += rounding;
                if residual(code) {
                    e.3 = true;
                } else {
                    e.2 += 1;
                }
            }
            let mut found: Vec<(u64, Finding)> = Vec::new();
            for ((total_key, p), (sum, rounding, n, has_residual)) in sums {
                let Some(&k) = self.keys.get(&total_key) else {
                    continue;
                };
                let Some(total) = self.seen.get(&(k, p)) else {
                    continue;
                };
                let Some(t) = total.value else { continue };
                let slack =
                    rounding + self.rounding(k, total.decimals) + self.rules.tolerance * t.abs();
                let complete = has_residual || (regular > 0 && n >= regular);
                let wrong = sum > t + slack || (complete && sum < t - slack);
                if wrong {
                    found.push((
                        total.row,
                        Finding::new(
                            Problem::TotalMismatch {
                                key: clip(&total_key),
                                period: self.period_names[p as usize].clone(),
                                total: format_value(t),
                                parts: format_value((sum * 1e9).round() / 1e9),
                            },
                            Location::cell(self.sheet.as_deref(), total.row, &dim.id),
                        ),
                    ));
                }
            }
            found.sort_by_key(|(row, _)| *row);
            findings.extend(found.into_iter().map(|(_, f)| f));
        }
        for f in findings {
            self.add(f);
        }
    }

    /// How far a value of series `k` written with `decimals` decimals may be from the truth by
    /// rounding alone: half a unit of its last decimal when it has decimals or is scaled
    /// (`UNIT_MULT` above 0, e.g. thousands); nothing for whole counts.
    fn rounding(&self, k: u32, decimals: u8) -> f64 {
        let scaled = self
            .series_attrs
            .get(&(k, "UNIT_MULT".to_string()))
            .is_some_and(|(m, _)| m != "0");
        if decimals > 0 || scaled {
            0.5 * 10f64.powi(-i32::from(decimals))
        } else {
            0.0
        }
    }

    fn check_jumps(&mut self, previous: &dyn Fn(&str, &str) -> Option<f64>) {
        let mut found: Vec<(u64, Finding)> = Vec::new();
        for (&(k, p), seen) in &self.seen {
            let Some(v) = seen.value else { continue };
            let key = &self.key_names[k as usize];
            let period = &self.period_names[p as usize];
            let Some(before) = previous(key, period) else {
                continue;
            };
            if before < self.rules.jump_floor {
                continue;
            }
            let factor = if v == 0.0 {
                f64::INFINITY
            } else {
                (v / before).max(before / v)
            };
            if factor > self.rules.jump_factor {
                found.push((
                    seen.row,
                    Finding::new(
                        Problem::Jump {
                            key: clip(key),
                            period: period.clone(),
                            previous: format_value(before),
                            value: format_value(v),
                            factor: if factor.is_finite() {
                                format!("{factor:.1}")
                            } else {
                                "∞".into()
                            },
                        },
                        Location::cell(self.sheet.as_deref(), seen.row, "OBS_VALUE"),
                    ),
                ));
            }
        }
        found.sort_by_key(|(row, _)| *row);
        for (_, f) in found {
            self.add(f);
        }
    }
}

/// The year a period falls in, when it is written as the frequency requires (`A`: `2024`; `Q`:
/// `2024-Q1`; `M`: `2024-01`).
fn period_year(freq: &str, period: &str) -> Option<i32> {
    let year = |s: &str| -> Option<i32> {
        (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    match freq {
        "A" => year(period),
        "Q" => {
            let (y, q) = period.split_once("-Q")?;
            matches!(q, "1" | "2" | "3" | "4").then_some(())?;
            year(y)
        }
        "M" => {
            let (y, m) = period.split_once('-')?;
            let m: u8 = (m.len() == 2).then(|| m.parse().ok()).flatten()?;
            (1..=12).contains(&m).then_some(())?;
            year(y)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::upload::Cell;
    use crate::upload::testing::outflow;

    fn codes() -> HashMap<String, HashSet<String>> {
        let set = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<HashSet<_>>();
        [
            ("CL_FREQ", set(&["A", "Q", "M"])),
            ("CL_AREA", set(&["KH", "TH", "MY", "_T", "_X"])),
            ("CL_SEX", set(&["_T", "M", "F", "_U"])),
            ("CL_UNIT_MEASURE", set(&["PS", "USD"])),
            ("CL_UNIT_MULT", set(&["0", "3"])),
            ("CL_OBS_STATUS", set(&["A", "E", "M", "P"])),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
    }

    fn row(n: u64, key: &str, period: &str, value: &str, extra: &[(&str, &str)]) -> InputRow {
        let dims = ["FREQ", "REF_AREA", "COUNTERPART_AREA", "SEX"];
        let mut cells: Vec<Cell> = dims
            .iter()
            .zip(key.split('.'))
            .map(|(d, v)| Cell {
                component: d.to_string(),
                value: v.to_string(),
                column: d.to_string(),
            })
            .collect();
        for (c, v) in [
            ("TIME_PERIOD", period),
            ("OBS_VALUE", value),
            ("UNIT_MEASURE", "PS"),
        ]
        .iter()
        .chain(extra)
        {
            cells.retain(|x| x.component != *c);
            if !v.is_empty() || *c == "OBS_VALUE" {
                cells.push(Cell {
                    component: c.to_string(),
                    value: v.to_string(),
                    column: c.to_string(),
                });
            }
        }
        InputRow {
            sheet: None,
            row: n,
            cells,
        }
    }

    fn run(
        rows: &[InputRow],
        previous: &dyn Fn(&str, &str) -> Option<f64>,
    ) -> (Vec<Accepted>, Report) {
        let (_, dsd, _) = outflow();
        let codes = codes();
        let mut v = Validator::new(&dsd, &codes, Rules::for_years(2020, 2024));
        let accepted = rows.iter().filter_map(|r| v.push(r)).collect();
        (accepted, v.finish(previous))
    }

    fn problems(report: &Report) -> Vec<(&'static str, Option<u64>, Option<String>)> {
        report
            .findings
            .iter()
            .map(|f| (f.problem.name(), f.at.row, f.at.column.clone()))
            .collect()
    }

    #[test]
    fn a_clean_upload_passes() {
        let rows = [
            row(2, "A.KH.TH._T", "2023", "30", &[]),
            row(3, "A.KH.TH.M", "2023", "20", &[("OBS_STATUS", "E")]),
            row(4, "A.KH.TH.F", "2023", "10", &[("NOTE", "from the census")]),
        ];
        let (accepted, report) = run(&rows, &|_, _| None);
        assert_eq!(report.errors + report.warnings, 0, "{:?}", report.findings);
        assert_eq!(accepted.len(), 3);
        assert_eq!(accepted[1].obs_status.as_deref(), Some("E"));
        assert_eq!(accepted[2].note.as_deref(), Some("from the census"));
        assert_eq!((report.observations, report.series), (3, 3));
        assert_eq!(report.series_attributes.len(), 3);
    }

    #[test]
    fn every_row_rule_names_its_cell() {
        let rows = [
            row(2, "A.KH.XX.F", "2023", "1", &[]),
            row(3, "A.KH.TH.F", "2023", "abc", &[]),
            row(4, "A.KH.TH.M", "2023", "-4", &[]),
            row(5, "A.KH.TH._U", "2023", "", &[]),
            row(6, "A.KH.TH._U", "2019", "1", &[]),
            row(7, "A.KH.TH._U", "23", "1", &[]),
            row(8, "A.KH.MY.F", "2023", "1", &[("OBS_STATUS", "Z")]),
            row(9, "A.KH.MY.F", "2023", "2", &[]),
            row(10, "A.KH.MY.M", "2023", "2", &[("UNIT_MEASURE", "")]),
            row(11, "A.KH.MY._U", "2023", "2", &[]),
            row(12, "A.KH.MY._U", "2024", "2", &[("UNIT_MEASURE", "USD")]),
        ];
        let (accepted, report) = run(&rows, &|_, _| None);
        let p = problems(&report);
        for expected in [
            (
                "unknown-code",
                Some(2),
                Some("COUNTERPART_AREA".to_string()),
            ),
            ("not-a-number", Some(3), Some("OBS_VALUE".into())),
            ("negative", Some(4), Some("OBS_VALUE".into())),
            ("missing-value", Some(5), Some("OBS_VALUE".into())),
            ("period-out-of-range", Some(6), Some("TIME_PERIOD".into())),
            ("bad-period", Some(7), Some("TIME_PERIOD".into())),
            ("unknown-code", Some(8), Some("OBS_STATUS".into())),
            ("duplicate-key", Some(9), None),
            ("missing-attribute", Some(10), Some("UNIT_MEASURE".into())),
            (
                "conflicting-attribute",
                Some(12),
                Some("UNIT_MEASURE".into()),
            ),
        ] {
            assert!(p.contains(&expected), "{expected:?} not in {p:?}");
        }
        assert_eq!(report.warnings, 0);
        assert_eq!(report.errors, p.len() as u64);
        // Rows with an error of their own are not accepted (a series' missing attribute is
        // found at the end: its rows stay, and the error still blocks the submission).
        let keys: Vec<&str> = accepted.iter().map(|a| a.series_key.as_str()).collect();
        assert_eq!(keys, ["A.KH.MY.M", "A.KH.MY._U"]);
    }

    #[test]
    fn totals_must_add_up_within_rounding() {
        let ok = [
            row(2, "A.KH.TH._T", "2023", "2.329", &[]),
            row(3, "A.KH.TH.M", "2023", "1.165", &[]),
            row(4, "A.KH.TH.F", "2023", "1.165", &[]),
        ];
        assert_eq!(run(&ok, &|_, _| None).1.warnings, 0);
        let bad = [
            row(2, "A.KH.TH._T", "2023", "30", &[]),
            row(3, "A.KH.TH.M", "2023", "20", &[]),
            row(4, "A.KH.TH.F", "2023", "11", &[]),
        ];
        let (accepted, report) = run(&bad, &|_, _| None);
        assert_eq!(accepted.len(), 3, "a warning does not reject rows");
        assert_eq!(report.warnings, 1);
        assert_eq!(report.errors, 0);
        assert_eq!(
            report.findings[0].problem,
            Problem::TotalMismatch {
                key: "A.KH.TH._T".into(),
                period: "2023".into(),
                total: "30".into(),
                parts: "31".into()
            }
        );
        assert_eq!(report.findings[0].at.row, Some(2));
        // Over destinations: a partial breakdown may fall short of the total, never exceed it…
        let partial = [
            row(2, "A.KH._T._T", "2023", "100", &[]),
            row(3, "A.KH.TH._T", "2023", "60", &[]),
            row(4, "A.KH.MY._T", "2023", "30", &[]),
        ];
        assert_eq!(run(&partial, &|_, _| None).1.warnings, 0);
        let over = [
            row(2, "A.KH._T._T", "2023", "80", &[]),
            row(3, "A.KH.TH._T", "2023", "60", &[]),
            row(4, "A.KH.MY._T", "2023", "30", &[]),
        ];
        assert_eq!(run(&over, &|_, _| None).1.warnings, 1);
        // …and with a residual ("other countries") it must add up.
        let residual = [
            row(2, "A.KH._T._T", "2023", "100", &[]),
            row(3, "A.KH.TH._T", "2023", "60", &[]),
            row(4, "A.KH._X._T", "2023", "30", &[]),
        ];
        assert_eq!(run(&residual, &|_, _| None).1.warnings, 1);
    }

    #[test]
    fn jumps_against_the_latest_release_are_warnings() {
        let rows = [
            row(2, "A.KH.TH.F", "2023", "400", &[]),
            row(3, "A.KH.TH.M", "2023", "120", &[]),
            row(4, "A.KH.MY.M", "2023", "50", &[]),
        ];
        let previous = |key: &str, _: &str| match key {
            "A.KH.TH.F" => Some(100.0),
            "A.KH.TH.M" => Some(100.0),
            "A.KH.MY.M" => Some(5.0),
            _ => None,
        };
        let (_, report) = run(&rows, &previous);
        assert_eq!(report.warnings, 1, "{:?}", report.findings);
        assert_eq!(report.findings[0].problem.name(), "jump");
        assert_eq!(report.findings[0].at.row, Some(2));
    }

    #[test]
    fn long_lists_are_capped_and_counted() {
        let rows: Vec<InputRow> = (0..120)
            .map(|i| row(i + 2, "A.KH.XX.F", "2023", "1", &[]))
            .collect();
        let (_, report) = run(&rows, &|_, _| None);
        assert_eq!(
            report.errors,
            120 + 119,
            "120 unknown codes, 119 duplicates"
        );
        let more: Vec<&Problem> = report
            .findings
            .iter()
            .filter(|f| f.problem.name() == "more-of-the-same")
            .map(|f| &f.problem)
            .collect();
        assert_eq!(
            more,
            [
                &Problem::MoreOfTheSame {
                    of: "duplicate-key".into(),
                    more: 69
                },
                &Problem::MoreOfTheSame {
                    of: "unknown-code".into(),
                    more: 70
                }
            ]
        );
        assert!(report.findings.len() <= 2 * 50 + 2);
    }

    #[test]
    fn periods_by_frequency() {
        assert_eq!(period_year("A", "2024"), Some(2024));
        assert_eq!(period_year("Q", "2024-Q3"), Some(2024));
        assert_eq!(period_year("M", "2024-12"), Some(2024));
        for (f, p) in [
            ("A", "24"),
            ("A", "2024-01"),
            ("Q", "2024-Q5"),
            ("M", "2024-13"),
            ("W", "2024"),
        ] {
            assert_eq!(period_year(f, p), None, "{f} {p}");
        }
    }
}
