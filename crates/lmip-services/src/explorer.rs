//! The statistics explorer for people: choose a table, a country, a partner and years, and get
//! exactly the figures to show (and download), with their unit and sources; and a country's
//! profile (its people abroad, migrants in it, departures, remittances).

use crate::ServiceError;
use lmip_storage::Db;
use std::collections::{BTreeMap, BTreeSet};

/// What the reader chose (anything missing gets a sensible default).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choice {
    /// The dataflow.
    pub flow: Option<String>,
    /// The reference area (`REF_AREA`).
    pub area: Option<String>,
    /// The partner (`COUNTERPART_AREA`); none: all partners.
    pub partner: Option<String>,
    /// The code of the breakdown dimension after the partner (sex, category), if the flow has one.
    pub breakdown: Option<String>,
    /// First year.
    pub from: Option<i32>,
    /// Last year.
    pub to: Option<i32>,
}

/// One line of the table: a series (its partner and breakdown) and its values by period.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The partner's code.
    pub partner: String,
    /// The breakdown's code, if any.
    pub breakdown: Option<String>,
    /// Values by period: (value, observation status).
    pub values: BTreeMap<String, (Option<f64>, Option<String>)>,
}

/// What to show.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// The flows with data: (id, English name).
    pub flows: Vec<(String, String)>,
    /// The chosen flow.
    pub flow: String,
    /// The chosen area.
    pub area: String,
    /// The chosen partner (none: all).
    pub partner: Option<String>,
    /// The breakdown dimension's id and chosen code.
    pub breakdown: Option<(String, String)>,
    /// First and last year shown.
    pub from: i32,
    /// Last year shown.
    pub to: i32,
    /// Areas with data in this flow.
    pub areas: Vec<String>,
    /// Partners with data for this area.
    pub partners: Vec<String>,
    /// Codes of the breakdown with data.
    pub breakdowns: Vec<String>,
    /// Years with data (first, last).
    pub years: (i32, i32),
    /// The periods shown, in order.
    pub periods: Vec<String>,
    /// The lines, largest latest value first.
    pub lines: Vec<Line>,
    /// The unit (`PS`, `USD`) and multiplier (`0`, `3`, `6`) of the values.
    pub unit: (String, String),
    /// Where the figures come from.
    pub sources: Vec<String>,
    /// The same selection as an SDMX data query path and parameters.
    pub sdmx: String,
}

fn year_of(period: &str) -> Option<i32> {
    period.get(..4)?.parse().ok()
}

/// Works out the view for a choice.
pub async fn explore(db: &Db, choice: &Choice) -> Result<Option<View>, ServiceError> {
    let with_data = db.flows_with_releases().await?;
    let flows: Vec<(String, String)> = db
        .dataflows()
        .await?
        .into_iter()
        .filter(|f| with_data.contains(&f.id))
        .map(|f| (f.id, f.name))
        .collect();
    let Some(flow_id) = choice
        .flow
        .clone()
        .filter(|f| flows.iter().any(|(id, _)| id == f))
        .or_else(|| flows.first().map(|f| f.0.clone()))
    else {
        return Ok(None);
    };
    let Some(flow) = db.dataflow(&flow_id).await? else {
        return Ok(None);
    };
    let Some(dsd) = db.data_structure(&flow.structure).await? else {
        return Ok(None);
    };
    let dims: Vec<String> = dsd.dimensions().map(|d| d.id.clone()).collect();
    let pos = |id: &str| dims.iter().position(|d| d == id);
    let (Some(p_area), Some(p_partner)) = (pos("REF_AREA"), pos("COUNTERPART_AREA")) else {
        return Ok(None);
    };
    let p_break = (0..dims.len()).find(|i| *i != p_area && *i != p_partner && dims[*i] != "FREQ");
    let series: Vec<(i64, Vec<String>)> = db
        .series(&flow.id)
        .await?
        .into_iter()
        .map(|(id, k)| (id, k.split('.').map(str::to_string).collect()))
        .filter(|(_, k): &(i64, Vec<String>)| {
            k.len() == dims.len() && k.first().is_some_and(|f| f == "A")
        })
        .collect();
    let areas: BTreeSet<String> = series.iter().map(|(_, k)| k[p_area].clone()).collect();
    let area = choice
        .area
        .clone()
        .filter(|a| areas.contains(a))
        .or_else(|| areas.iter().find(|a| !a.starts_with('_')).cloned())
        .or_else(|| areas.iter().next().cloned())
        .unwrap_or_default();
    let here: Vec<&(i64, Vec<String>)> = series.iter().filter(|(_, k)| k[p_area] == area).collect();
    let partners: BTreeSet<String> = here.iter().map(|(_, k)| k[p_partner].clone()).collect();
    let breakdowns: BTreeSet<String> = p_break
        .map(|b| here.iter().map(|(_, k)| k[b].clone()).collect())
        .unwrap_or_default();
    let breakdown = p_break.map(|b| {
        let code = choice
            .breakdown
            .clone()
            .filter(|c| breakdowns.contains(c))
            .or_else(|| breakdowns.contains("_T").then(|| "_T".to_string()))
            .or_else(|| breakdowns.iter().next().cloned())
            .unwrap_or_default();
        (dims[b].clone(), code)
    });
    let partner = choice.partner.clone().filter(|p| partners.contains(p));
    let chosen: Vec<(i64, &Vec<String>)> = here
        .iter()
        .filter(|(_, k)| partner.as_ref().is_none_or(|p| k[p_partner] == *p))
        .filter(|(_, k)| match (p_break, &breakdown) {
            (Some(b), Some((_, code))) => k[b] == *code,
            _ => true,
        })
        .map(|(id, k)| (*id, k))
        .collect();
    let ids: Vec<i64> = chosen.iter().map(|(id, _)| *id).collect();
    let all_obs = db.observations(&ids, None, None, None).await?;
    let years_seen: BTreeSet<i32> = all_obs.iter().filter_map(|o| year_of(&o.1)).collect();
    let first = years_seen.iter().next().copied().unwrap_or(0);
    let last = years_seen.iter().next_back().copied().unwrap_or(0);
    let to = choice
        .to
        .filter(|y| (first..=last).contains(y))
        .unwrap_or(last);
    let from = choice
        .from
        .filter(|y| (first..=to).contains(y))
        .unwrap_or_else(|| (to - 9).max(first));
    let mut lines: BTreeMap<i64, Line> = chosen
        .iter()
        .map(|(id, k)| {
            (
                *id,
                Line {
                    partner: k[p_partner].clone(),
                    breakdown: p_break.map(|b| k[b].clone()),
                    values: BTreeMap::new(),
                },
            )
        })
        .collect();
    let mut periods = BTreeSet::new();
    for (sid, period, value, status, _) in all_obs {
        let Some(y) = year_of(&period) else { continue };
        if y < from || y > to {
            continue;
        }
        if let Some(l) = lines.get_mut(&sid) {
            periods.insert(period.clone());
            l.values.insert(period, (value, status));
        }
    }
    let attrs = db.series_attributes(&ids, None).await?;
    let pick = |name: &str, default: &str| {
        attrs
            .iter()
            .find(|a| a.1 == name)
            .map_or(default.to_string(), |a| a.2.clone())
    };
    let unit = (pick("UNIT_MEASURE", "PS"), pick("UNIT_MULT", "0"));
    let sources: BTreeSet<String> = attrs
        .iter()
        .filter(|a| a.1 == "SOURCE")
        .map(|a| a.2.clone())
        .collect();
    let periods: Vec<String> = periods.into_iter().collect();
    let latest = |l: &Line| {
        periods
            .iter()
            .rev()
            .find_map(|p| l.values.get(p).and_then(|v| v.0))
            .unwrap_or(f64::MIN)
    };
    let mut lines: Vec<Line> = lines
        .into_values()
        .filter(|l| !l.values.is_empty())
        .collect();
    lines.sort_by(|a, b| {
        latest(b)
            .total_cmp(&latest(a))
            .then(a.partner.cmp(&b.partner))
    });
    let mut key: Vec<String> = dims
        .iter()
        .map(|d| match d.as_str() {
            "FREQ" => "A".to_string(),
            "REF_AREA" => area.clone(),
            "COUNTERPART_AREA" => partner.clone().unwrap_or_default(),
            _ => String::new(),
        })
        .collect();
    if let (Some(b), Some((_, code))) = (p_break, &breakdown) {
        key[b] = code.clone();
    }
    let sdmx = format!(
        "/sdmx/2.1/data/{}/{}?startPeriod={from}&endPeriod={to}",
        flow.id,
        key.join(".")
    );
    Ok(Some(View {
        flows,
        flow: flow.id,
        area,
        partner,
        breakdown,
        from,
        to,
        areas: areas.into_iter().collect(),
        partners: partners.into_iter().collect(),
        breakdowns: breakdowns.into_iter().collect(),
        years: (first, last),
        periods,
        lines,
        unit,
        sources: sources.into_iter().collect(),
        sdmx,
    }))
}

/// One part of a country's profile: a flow seen from the country, for the latest year with data.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfilePart {
    /// What the part shows (`abroad`, `migrants`, `departures`, `remittances`).
    pub kind: &'static str,
    /// The explorer choice that shows the same figures in full.
    pub choice: Choice,
    /// The year.
    pub year: String,
    /// The largest partners: (partner code, value), at most ten.
    pub top: Vec<(String, f64)>,
    /// The total over all partners (`_T` where the source gives it, else the sum).
    pub total: Option<f64>,
    /// Unit and multiplier.
    pub unit: (String, String),
}

/// A country's profile: the parts that have data.
pub async fn profile(db: &Db, country: &str) -> Result<Vec<ProfilePart>, ServiceError> {
    profile_of(
        db,
        country,
        &["abroad", "migrants", "departures", "remittances"],
    )
    .await
}

/// Only some parts of a country's profile (`abroad`, `migrants`, `departures`, `remittances`):
/// a corridor page needs two, and reads no more than it shows.
pub async fn profile_of(
    db: &Db,
    country: &str,
    kinds: &[&str],
) -> Result<Vec<ProfilePart>, ServiceError> {
    let mut parts = Vec::new();
    // (kind, flow, country's position: REF_AREA or COUNTERPART_AREA)
    for (kind, flow, country_is_area) in [
        ("abroad", "MIG_STOCK", false),
        ("migrants", "MIG_STOCK", true),
        ("departures", "MIG_OUTFLOW", true),
        ("remittances", "REMIT", true),
    ] {
        if !kinds.contains(&kind) {
            continue;
        }
        let Some(f) = db.dataflow(flow).await? else {
            continue;
        };
        let Some(dsd) = db.data_structure(&f.structure).await? else {
            continue;
        };
        let dims: Vec<String> = dsd.dimensions().map(|d| d.id.clone()).collect();
        let (Some(p_area), Some(p_partner)) = (
            dims.iter().position(|d| d == "REF_AREA"),
            dims.iter().position(|d| d == "COUNTERPART_AREA"),
        ) else {
            continue;
        };
        let (mine, other) = if country_is_area {
            (p_area, p_partner)
        } else {
            (p_partner, p_area)
        };
        // When the country leads the key (after FREQ), only its series are read.
        let candidates = if mine == 1 && dims[0] == "FREQ" {
            db.series_with_prefix(flow, &format!("A.{country}."))
                .await?
        } else {
            db.series(flow).await?
        };
        let series: Vec<(i64, Vec<String>)> = candidates
            .into_iter()
            .map(|(id, k)| (id, k.split('.').map(str::to_string).collect::<Vec<_>>()))
            .filter(|(_, k)| {
                k.len() == dims.len()
                    && k[mine] == country
                    && k.iter()
                        .enumerate()
                        .all(|(i, v)| i == mine || i == other || dims[i] == "FREQ" || v == "_T")
            })
            .collect();
        if series.is_empty() {
            continue;
        }
        let ids: Vec<i64> = series.iter().map(|s| s.0).collect();
        let obs = db.observations(&ids, None, None, None).await?;
        let Some(year) = obs.iter().map(|o| o.1.clone()).max() else {
            continue;
        };
        let mut total = None;
        let mut top = Vec::new();
        for (sid, period, value, _, _) in &obs {
            if *period != year {
                continue;
            }
            let (Some(v), Some((_, k))) = (value, series.iter().find(|s| s.0 == *sid)) else {
                continue;
            };
            if k[other] == "_T" {
                total = Some(*v);
            } else if !k[other].starts_with('_') {
                top.push((k[other].clone(), *v));
            }
        }
        top.sort_by(|a, b| b.1.total_cmp(&a.1));
        if total.is_none() && !top.is_empty() {
            total = Some(top.iter().map(|t| t.1).sum());
        }
        top.truncate(10);
        let attrs = db.series_attributes(&ids, None).await?;
        let pick = |name: &str, default: &str| {
            attrs
                .iter()
                .find(|a| a.1 == name)
                .map_or(default.to_string(), |a| a.2.clone())
        };
        let y = year_of(&year);
        parts.push(ProfilePart {
            kind,
            choice: Choice {
                flow: Some(flow.to_string()),
                area: country_is_area.then(|| country.to_string()),
                partner: (!country_is_area).then(|| country.to_string()),
                breakdown: None,
                from: y,
                to: y,
            },
            year,
            top,
            total,
            unit: (pick("UNIT_MEASURE", "PS"), pick("UNIT_MULT", "0")),
        });
    }
    Ok(parts)
}
