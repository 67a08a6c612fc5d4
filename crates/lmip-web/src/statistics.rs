//! The statistics explorer and country profiles for people: plain GET forms, a table, a chart
//! drawn on the server, the sources, downloads of exactly what is shown (CSV, XLSX), a permalink
//! and the matching SDMX query. No JavaScript.

use crate::WebError;
use crate::chart;
use crate::i18n::{Tr, key};
use crate::pages::{Layout, from_cache, keep, parse_locale, tr};
use crate::state::AppState;
use askama::Template;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Response, StatusCode, Uri, header};
use lmip_domain::Locale;
use lmip_services::explorer::{self, Choice, ProfilePart, View};
use lmip_stats::data::format_value;
use std::collections::HashMap;

/// The message key of a dataflow's name.
fn flow_key(id: &str) -> Option<&'static str> {
    Some(match id {
        "MIG_STOCK" => key("stats-flow-mig-stock"),
        "MIG_OUTFLOW" => key("stats-flow-mig-outflow"),
        "MIG_INFLOW" => key("stats-flow-mig-inflow"),
        "MIG_RETURN" => key("stats-flow-mig-return"),
        "REMIT" => key("stats-flow-remit"),
        "COMPLAINTS" => key("stats-flow-complaints"),
        _ => return None,
    })
}

/// The unit's words: persons, thousands of persons, millions of US dollars, …
pub(crate) fn unit_text(t: &Tr<'_>, unit: &(String, String)) -> String {
    match (unit.0.as_str(), unit.1.as_str()) {
        ("PS", "0") => t.plain("stats-unit-persons"),
        ("PS", "3") => t.plain("stats-unit-thousand-persons"),
        ("USD", "0") => t.plain("stats-unit-usd"),
        ("USD", "6") => t.plain("stats-unit-million-usd"),
        (u, m) => format!("{u} × 10^{m}"),
    }
}

/// Names of codes in the reader's language (English, then the code, when missing).
pub(crate) struct Names(HashMap<String, String>);

impl Names {
    pub(crate) async fn load(
        state: &AppState,
        list: &str,
        locale: Locale,
    ) -> Result<Names, WebError> {
        let rows = state.db().codes(list).await?;
        Ok(Names(
            rows.into_iter()
                .map(|r| {
                    let name = lmip_services::codelists::name_in(&r, locale);
                    (r.code, name)
                })
                .collect(),
        ))
    }

    /// The names of just these codes (a page showing a few codes of a long list).
    pub(crate) async fn load_some(
        state: &AppState,
        list: &str,
        locale: Locale,
        codes: Vec<String>,
    ) -> Result<Names, WebError> {
        Ok(Names(state.db().code_names_in(list, &codes, locale).await?))
    }

    pub(crate) fn of(&self, code: &str) -> String {
        self.0
            .get(code)
            .cloned()
            .unwrap_or_else(|| code.to_string())
    }
}

/// The explorer's query string.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct ExplorerQuery {
    flow: Option<String>,
    area: Option<String>,
    partner: Option<String>,
    breakdown: Option<String>,
    from: Option<String>,
    to: Option<String>,
    format: Option<String>,
}

fn nonempty(s: &Option<String>) -> Option<String> {
    s.as_ref()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

struct Opt {
    value: String,
    label: String,
    selected: bool,
}

struct TableRow {
    label: String,
    cells: Vec<String>,
}

#[derive(Template)]
#[template(path = "statistics.html")]
struct ExplorerPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    view: Option<View>,
    flows: Vec<Opt>,
    areas: Vec<Opt>,
    partners: Vec<Opt>,
    breakdowns: Vec<Opt>,
    heading: String,
    unit: String,
    chart: String,
    columns: Vec<String>,
    rows: Vec<TableRow>,
    permalink: String,
    profile: String,
}

fn opts(values: &[String], chosen: Option<&str>, label: impl Fn(&str) -> String) -> Vec<Opt> {
    values
        .iter()
        .map(|v| Opt {
            value: v.clone(),
            label: label(v),
            selected: chosen == Some(v.as_str()),
        })
        .collect()
}

/// The address of a view (its permalink), in `lang`.
fn permalink(lang: &str, v: &View) -> String {
    let mut q = vec![("flow", v.flow.clone()), ("area", v.area.clone())];
    if let Some(p) = &v.partner {
        q.push(("partner", p.clone()));
    }
    if let Some((_, b)) = &v.breakdown {
        q.push(("breakdown", b.clone()));
    }
    q.push(("from", v.from.to_string()));
    q.push(("to", v.to.to_string()));
    let query = serde_urlencoded::to_string(&q).unwrap_or_default();
    format!("/{lang}/statistics?{query}")
}

/// A line's label: the partner, and the breakdown when the view shows several.
fn line_label(l: &explorer::Line, areas: &Names, breakdowns: &Names, by_breakdown: bool) -> String {
    if by_breakdown {
        l.breakdown
            .as_deref()
            .map(|b| breakdowns.of(b))
            .unwrap_or_default()
    } else {
        areas.of(&l.partner)
    }
}

/// `GET /{lang}/statistics`
pub(crate) async fn explorer(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(q): Query<ExplorerQuery>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    let format = q.format.as_deref().unwrap_or("html");
    if !matches!(format, "html" | "csv" | "xlsx") {
        return Err(WebError::BadRequest(format!(
            "format={} is not offered: use html, csv or xlsx",
            format.chars().take(20).collect::<String>()
        )));
    }
    let version = if format == "html" {
        match from_cache(&state, &uri, &headers) {
            Ok(r) => return Ok(r),
            Err(v) => Some(v),
        }
    } else {
        None
    };
    let year = |s: &Option<String>| nonempty(s).and_then(|y| y.parse::<i32>().ok());
    let choice = Choice {
        flow: nonempty(&q.flow),
        area: nonempty(&q.area),
        partner: nonempty(&q.partner),
        breakdown: nonempty(&q.breakdown),
        from: year(&q.from),
        to: year(&q.to),
    };
    let view = explorer::explore(state.db(), &choice).await?;
    let t = tr(&state, locale);
    let areas = Names::load(&state, "CL_AREA", locale).await?;
    let breakdown_list = match view.as_ref().and_then(|v| v.breakdown.as_ref()) {
        Some((dim, _)) if dim == "SEX" => "CL_SEX",
        Some((dim, _)) if dim == "COMPLAINT_CATEGORY" => "CL_COMPLAINT_CATEGORY",
        _ => "",
    };
    let breakdowns = if breakdown_list.is_empty() {
        Names(HashMap::new())
    } else {
        Names::load(&state, breakdown_list, locale).await?
    };
    let flow_name =
        |id: &str, english: &str| flow_key(id).map_or(english.to_string(), |k| t.plain(k));
    if format != "html" {
        let Some(v) = view else {
            return Err(WebError::NotFound);
        };
        return download(&t, &v, &areas, &breakdowns, format, &flow_name);
    }
    let mut page = ExplorerPage {
        t,
        page: Layout::new(&state, locale, "statistics"),
        flows: Vec::new(),
        areas: Vec::new(),
        partners: Vec::new(),
        breakdowns: Vec::new(),
        heading: String::new(),
        unit: String::new(),
        chart: String::new(),
        columns: Vec::new(),
        rows: Vec::new(),
        permalink: String::new(),
        profile: String::new(),
        view: None,
    };
    if let Some(v) = view {
        page.flows = v
            .flows
            .iter()
            .map(|(id, name)| Opt {
                value: id.clone(),
                label: flow_name(id, name),
                selected: *id == v.flow,
            })
            .collect();
        page.areas = opts(&v.areas, Some(&v.area), |c| areas.of(c));
        page.partners = opts(&v.partners, v.partner.as_deref(), |c| areas.of(c));
        page.breakdowns = opts(
            &v.breakdowns,
            v.breakdown.as_ref().map(|b| b.1.as_str()),
            |c| breakdowns.of(c),
        );
        let english = v
            .flows
            .iter()
            .find(|f| f.0 == v.flow)
            .map_or("", |f| f.1.as_str());
        page.heading = format!("{} — {}", flow_name(&v.flow, english), areas.of(&v.area));
        page.unit = unit_text(&page.t, &v.unit);
        let by_breakdown = false;
        if v.lines.len() == 1 {
            let l = &v.lines[0];
            let points: Vec<(String, f64)> = v
                .periods
                .iter()
                .filter_map(|p| l.values.get(p).and_then(|x| x.0).map(|x| (p.clone(), x)))
                .collect();
            page.chart = chart::line(&page.heading, &points);
        } else if let Some(last) = v.periods.last() {
            let items: Vec<(String, f64)> = v
                .lines
                .iter()
                .filter(|l| !l.partner.starts_with('_'))
                .filter_map(|l| {
                    l.values
                        .get(last)
                        .and_then(|x| x.0)
                        .map(|x| (line_label(l, &areas, &breakdowns, by_breakdown), x))
                })
                .take(15)
                .collect();
            page.chart = chart::bars(&format!("{} {last}", page.heading), &items);
        }
        page.columns = v.periods.clone();
        page.rows = v
            .lines
            .iter()
            .map(|l| TableRow {
                label: line_label(l, &areas, &breakdowns, by_breakdown),
                cells: v
                    .periods
                    .iter()
                    .map(|p| match l.values.get(p) {
                        Some((Some(x), status)) => match status {
                            Some(s) if s != "A" => format!("{} ({s})", t.number(*x, 2)),
                            _ => t.number(*x, 2),
                        },
                        Some((None, Some(s))) => format!("({s})"),
                        _ => String::new(),
                    })
                    .collect(),
            })
            .collect();
        page.permalink = permalink(&lang, &v);
        page.profile = format!("/{lang}/statistics/country/{}", v.area);
        page.view = Some(v);
    }
    let html = page
        .render()
        .map_err(|e| WebError::Internal(e.to_string()))?;
    Ok(keep(
        &state,
        &uri,
        &headers,
        version.unwrap_or_default(),
        html,
    ))
}

/// Quotes a CSV field when it needs it.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The view as a file: one row per value, with names and units, as the page shows it.
fn download(
    t: &Tr<'_>,
    v: &View,
    areas: &Names,
    breakdowns: &Names,
    format: &str,
    flow_name: &dyn Fn(&str, &str) -> String,
) -> Result<Response<Body>, WebError> {
    let headings: Vec<String> = [
        "flow",
        "ref_area",
        "ref_area_name",
        "counterpart_area",
        "counterpart_area_name",
        "breakdown",
        "breakdown_name",
        "time_period",
        "obs_value",
        "obs_status",
        "unit_measure",
        "unit_mult",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let mut rows: Vec<Vec<lmip_xlsx::TableCell>> = Vec::new();
    use lmip_xlsx::TableCell::{Empty, Number, Text};
    for l in &v.lines {
        for p in &v.periods {
            let Some((value, status)) = l.values.get(p) else {
                continue;
            };
            let b = l.breakdown.clone().unwrap_or_default();
            rows.push(vec![
                Text(v.flow.clone()),
                Text(v.area.clone()),
                Text(areas.of(&v.area)),
                Text(l.partner.clone()),
                Text(areas.of(&l.partner)),
                Text(b.clone()),
                Text(if b.is_empty() {
                    String::new()
                } else {
                    breakdowns.of(&b)
                }),
                Text(p.clone()),
                value.map_or(Empty, Number),
                status.clone().map_or(Empty, Text),
                Text(v.unit.0.clone()),
                Text(v.unit.1.clone()),
            ]);
        }
    }
    let english = v
        .flows
        .iter()
        .find(|f| f.0 == v.flow)
        .map_or("", |f| f.1.as_str());
    let mut notes = vec![format!(
        "{} — {}",
        flow_name(&v.flow, english),
        unit_text(t, &v.unit)
    )];
    notes.extend(v.sources.iter().cloned());
    let name = format!("lmip-{}-{}-{}-{}", v.flow, v.area, v.from, v.to);
    let (body, content_type, ext) = if format == "xlsx" {
        let bytes = lmip_xlsx::write_table(&v.flow, &headings, &rows, &notes)
            .map_err(|e| WebError::Internal(e.to_string()))?;
        (
            bytes,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
        )
    } else {
        let mut out = headings.join(",");
        out.push('\n');
        for r in &rows {
            let cells: Vec<String> = r
                .iter()
                .map(|c| match c {
                    Text(s) => csv_field(s),
                    Number(n) => format_value(*n),
                    Empty => String::new(),
                })
                .collect();
            out.push_str(&cells.join(","));
            out.push('\n');
        }
        (out.into_bytes(), "text/csv; charset=utf-8", "csv")
    };
    Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, content_type)
        .header(
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}.{ext}\""),
        )
        .body(Body::from(body))
        .map_err(|e| WebError::Internal(e.to_string()))
}

/// One part of a country's profile, as shown.
pub(crate) struct PartView {
    title: String,
    year: String,
    total: String,
    unit: String,
    chart: String,
    rows: Vec<(String, String)>,
    more: Option<String>,
}

#[derive(Template)]
#[template(path = "country.html")]
struct CountryPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    name: String,
    parts: Vec<PartView>,
}

/// The message key of a profile part's title.
fn part_key(kind: &str) -> &'static str {
    match kind {
        "abroad" => key("stats-profile-abroad"),
        "migrants" => key("stats-profile-migrants"),
        "departures" => key("stats-profile-departures"),
        _ => key("stats-profile-remittances"),
    }
}

/// `GET /{lang}/statistics/country/{code}`: a country's profile.
pub(crate) async fn country(
    State(state): State<AppState>,
    Path((lang, code)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    let code = code.to_uppercase();
    let version = match from_cache(&state, &uri, &headers) {
        Ok(r) => return Ok(r),
        Err(v) => v,
    };
    let areas = Names::load(&state, "CL_AREA", locale).await?;
    if code.starts_with('_') || !areas.0.contains_key(&code) {
        return Err(WebError::NotFound);
    }
    let parts = profile_parts(&state, &lang, locale, &code, &areas).await?;
    let page = CountryPage {
        t: tr(&state, locale),
        page: Layout::new(&state, locale, "statistics"),
        name: areas.of(&code),
        parts,
    };
    let html = page
        .render()
        .map_err(|e| WebError::Internal(e.to_string()))?;
    Ok(keep(&state, &uri, &headers, version, html))
}

/// A country's profile parts, ready for `templates/profile_parts.html` (the country page includes
/// it; corridor pages can too).
pub(crate) async fn profile_parts(
    state: &AppState,
    lang: &str,
    locale: Locale,
    code: &str,
    areas: &Names,
) -> Result<Vec<PartView>, WebError> {
    let parts: Vec<ProfilePart> = explorer::profile(state.db(), code).await?;
    let t = tr(state, locale);
    Ok(parts
        .into_iter()
        .map(|p| {
            let title = t.plain(part_key(p.kind));
            let items: Vec<(String, f64)> = p.top.iter().map(|(c, v)| (areas.of(c), *v)).collect();
            let more = p.choice.area.as_ref().map(|a| {
                let mut q = vec![("area", a.clone())];
                if let Some(f) = &p.choice.flow {
                    q.push(("flow", f.clone()));
                }
                format!(
                    "/{lang}/statistics?{}",
                    serde_urlencoded::to_string(&q).unwrap_or_default()
                )
            });
            PartView {
                chart: chart::bars(&format!("{title} {}", p.year), &items),
                rows: items
                    .iter()
                    .map(|(n, v)| (n.clone(), t.number(*v, 2)))
                    .collect(),
                total: p.total.map(|v| t.number(v, 2)).unwrap_or_default(),
                unit: unit_text(&t, &p.unit),
                year: p.year,
                title,
                more,
            }
        })
        .collect())
}
