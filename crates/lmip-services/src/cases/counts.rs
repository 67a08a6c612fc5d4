//! The only numbers that leave the case module: suppressed counts for the statistics and
//! agencies' complaint records.

use super::*;

/// The smallest count published: cells below it are suppressed.
pub const MIN_CELL: i64 = 5;

/// One published cell of the complaint counts.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct CountCell {
    /// YYYY-MM filed.
    pub month: String,
    /// Origin (or `_X` unknown).
    pub origin: String,
    /// Destination (or `_X`).
    pub destination: String,
    /// `CL_COMPLAINT_CATEGORY` code.
    pub category: String,
    /// agency, employer, other, unknown.
    pub respondent_kind: String,
    /// Outcome code, `open` while not resolved, or the final status.
    pub outcome: String,
    /// The count; `None` when suppressed (fewer than [`MIN_CELL`]).
    pub count: Option<i64>,
}

/// Monthly counts by corridor, category, respondent kind and outcome, each below [`MIN_CELL`]
/// suppressed. A case with several categories counts once in each.
pub async fn monthly_counts(db: &Db) -> Result<Vec<CountCell>, ServiceError> {
    let mut counts: std::collections::BTreeMap<
        (String, String, String, String, String, String),
        i64,
    > = Default::default();
    for f in db.case_facts().await? {
        let mut stat: Vec<&str> = unpadded(&f.categories)
            .into_iter()
            .filter_map(|c| c.parse::<Category>().ok())
            .map(|c| c.statistics_code())
            .collect();
        stat.sort_unstable();
        stat.dedup();
        let outcome = f.outcome.clone().unwrap_or_else(|| {
            if f.status.parse::<Status>().is_ok_and(|s| s.is_final()) {
                f.status.clone()
            } else {
                "open".into()
            }
        });
        for cat in stat {
            *counts
                .entry((
                    f.month.clone(),
                    f.origin.clone().unwrap_or_else(|| "_X".into()),
                    f.destination.clone().unwrap_or_else(|| "_X".into()),
                    cat.to_string(),
                    f.respondent_kind.clone(),
                    outcome.clone(),
                ))
                .or_default() += 1;
        }
    }
    Ok(counts
        .into_iter()
        .map(
            |((month, origin, destination, category, respondent_kind, outcome), n)| CountCell {
                month,
                origin,
                destination,
                category,
                respondent_kind,
                outcome,
                count: (n >= MIN_CELL).then_some(n),
            },
        )
        .collect())
}

/// An agency's complaint record for its scorecard: upheld complaints and money recovered per
/// currency, or `None` while fewer than [`MIN_CELL`] complaints were upheld (so no single
/// complainant can be pointed to).
pub async fn agency_record(
    db: &Db,
    org_id: &str,
) -> Result<Option<(i64, Vec<(String, i64)>)>, ServiceError> {
    let mut upheld = 0;
    let mut recovered: std::collections::BTreeMap<String, i64> = Default::default();
    for f in db.case_facts_about(org_id).await? {
        if f.outcome
            .as_deref()
            .and_then(|o| o.parse::<Outcome>().ok())
            .is_some_and(|o| o.upheld())
        {
            upheld += 1;
            if let (Some(v), Some(c)) = (f.recovered, f.recovered_currency.clone()) {
                *recovered.entry(c).or_default() += v;
            }
        }
    }
    Ok((upheld >= MIN_CELL).then(|| (upheld, recovered.into_iter().collect())))
}

/// What [`publish_statistics`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountsPublished {
    /// The release number, or `None` when nothing changed since the last release.
    pub release: Option<i64>,
    /// Cells published.
    pub cells: usize,
    /// Cells left out because they counted fewer than [`MIN_CELL`] complaints.
    pub suppressed: usize,
    /// The last month counted (YYYY-MM).
    pub through: String,
}

/// The `CL_RESPONDENT_KIND` code of a case's respondent kind.
fn respondent_code(kind: &str) -> &'static str {
    match kind {
        "agency" => "AGENCY",
        "employer" => "EMPLOYER",
        "other" => "OTHER",
        _ => "_U",
    }
}

/// The `CL_CASE_OUTCOME` code of a case: its outcome once resolved, how it ended otherwise,
/// `OPEN` while it goes on.
fn outcome_code(status: &str, outcome: Option<&str>) -> &'static str {
    match (outcome.and_then(|o| o.parse::<Outcome>().ok()), status) {
        (Some(Outcome::Upheld), _) => "UPHELD",
        (Some(Outcome::UpheldUnremedied), _) => "UPHELD_UNREMEDIED",
        (Some(Outcome::NotUpheld), _) => "NOT_UPHELD",
        (Some(Outcome::Settled), _) => "SETTLED",
        (None, "withdrawn") => "WITHDRAWN",
        (None, "closed" | "resolved") => "CLOSED",
        (None, _) => "OPEN",
    }
}

/// Publishes the complaint counts as the next release of the `COMPLAINTS` flow: complaints
/// filed per month by origin (`REF_AREA`), destination (`COUNTERPART_AREA`), statistics
/// category, respondent kind and outcome, each also totalled (`_T`; a complaint counts once in a
/// total even when it has several categories). Only months that are over are counted (a month
/// still open would publish a number that changes), unknown countries are `_X`, and no cell
/// below [`MIN_CELL`] is published. Outcomes change as cases end, so a month's cells move between
/// releases; nothing is released when the counts are the same as the last release's (the release
/// note carries their digest).
pub async fn publish_statistics(db: &Db, actor: &str) -> Result<CountsPublished, ServiceError> {
    use std::collections::BTreeMap;
    let this_month: String = now_utc_text().chars().take(7).collect();
    let mut cells: BTreeMap<String, BTreeMap<String, i64>> = BTreeMap::new();
    let mut through = String::new();
    for f in db.case_facts().await? {
        if f.month >= this_month {
            continue;
        }
        through = through.max(f.month.clone());
        let origin = f.origin.clone().unwrap_or_else(|| "_X".into());
        let destination = f.destination.clone().unwrap_or_else(|| "_X".into());
        let mut codes: Vec<&str> = unpadded(&f.categories)
            .into_iter()
            .filter_map(|c| c.parse::<Category>().ok())
            .map(|c| c.statistics_code())
            .collect();
        codes.sort_unstable();
        codes.dedup();
        codes.push("_T");
        let kinds = [respondent_code(&f.respondent_kind), "_T"];
        let outcomes = [outcome_code(&f.status, f.outcome.as_deref()), "_T"];
        for code in &codes {
            for kind in kinds {
                for outcome in outcomes {
                    *cells
                        .entry(format!("M.{origin}.{destination}.{code}.{kind}.{outcome}"))
                        .or_default()
                        .entry(f.month.clone())
                        .or_default() += 1;
                }
            }
        }
    }
    let mut observations = Vec::new();
    let mut suppressed = 0;
    for (key, months) in &cells {
        for (month, n) in months {
            if *n < MIN_CELL {
                suppressed += 1;
                continue;
            }
            observations.push(lmip_storage::Observation {
                series_key: key.clone(),
                time_period: month.clone(),
                value: Some(*n as f64),
                obs_status: Some("A".into()),
                note: None,
            });
        }
    }
    let mut hash = Sha256::new();
    for o in &observations {
        hash.update(format!("{} {} {:?}\n", o.series_key, o.time_period, o.value).as_bytes());
    }
    let digest = hex::encode(hash.finalize());
    let mut result = CountsPublished {
        release: None,
        cells: observations.len(),
        suppressed,
        through: through.clone(),
    };
    let unchanged = db
        .releases("COMPLAINTS")
        .await?
        .last()
        .is_some_and(|r| r.note.contains(&digest));
    if observations.is_empty() || unchanged {
        return Ok(result);
    }
    let (attributes, _) = crate::releases::same_attributes(
        &observations,
        &[
            ("UNIT_MEASURE", "PS"),
            ("UNIT_MULT", "0"),
            (
                "SOURCE",
                "lmip case management: complaints filed, anonymised counts (cells below 5 not published)",
            ),
        ],
    );
    let note = format!(
        "Complaints filed through {through}: {} cells, {suppressed} below {MIN_CELL} not published (sha256 {digest})",
        observations.len()
    );
    let published = crate::releases::publish(
        db,
        actor,
        "COMPLAINTS",
        &note,
        serde_json::json!({"source": "cases", "through": through, "suppressed": suppressed}),
        &observations,
        &attributes,
    )
    .await?;
    result.release = Some(published.release.seq);
    Ok(result)
}
