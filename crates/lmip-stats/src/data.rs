//! SDMX data queries and data messages: `/data/{flowRef}/{key}/{providerRef}` with its
//! parameters, and the series an answer holds (`data_writer` writes them in each format).

use crate::query::QueryError;

/// How observations are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Time series (`dimensionAtObservation=TIME_PERIOD`, the default).
    TimeSeries,
    /// Flat: every observation with its whole key (`AllDimensions`).
    Flat,
}

/// How much to give (`detail`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataDetail {
    /// Everything.
    Full,
    /// No attributes.
    DataOnly,
    /// Series keys only.
    SeriesKeysOnly,
    /// Series and attributes, no observations.
    NoData,
}

/// Which release to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReleaseRef {
    /// The latest.
    Latest,
    /// Release number N of the flow (`release=N`).
    Seq(i64),
    /// The latest published at or before this moment (`asOf=2025-06-30` or an RFC 3339 time).
    AsOf(String),
}

/// A parsed data query (the key is checked against the structure later).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataQuery {
    /// The dataflow id.
    pub flow: String,
    /// The agency given, if any.
    pub agency: Option<String>,
    /// The version given, if any (`latest` is none).
    pub version: Option<String>,
    /// The key as given (`all` when absent).
    pub key: String,
    /// First year wanted (from `startPeriod`).
    pub start_year: Option<i32>,
    /// Last year wanted (from `endPeriod`).
    pub end_year: Option<i32>,
    /// Only the first N observations of each series.
    pub first_n: Option<usize>,
    /// Only the last N observations of each series.
    pub last_n: Option<usize>,
    /// Layout.
    pub layout: Layout,
    /// Detail.
    pub detail: DataDetail,
    /// Release.
    pub release: ReleaseRef,
    /// The `format` parameter, if given.
    pub format: Option<String>,
    /// Only observations released after this time (`updatedAfter`, as given: a date or an
    /// ISO 8601 date and time).
    pub updated_after: Option<String>,
}

/// The year of an SDMX period bound: `2015`, `2015-06`, `2015-06-30`, `2015-Q2`, `2015-S1`, `2015-W05`.
fn year_of(value: &str, name: &str) -> Result<i32, QueryError> {
    let bad = || {
        QueryError::Syntax(format!(
            "{name}={} is not a period: use a year (2015), a month (2015-06), a quarter (2015-Q2) or a date (2015-06-30)",
            value.chars().take(30).collect::<String>()
        ))
    };
    let (year, rest) = value.split_at(value.len().min(4));
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let ok_rest = rest.is_empty()
        || matches!(rest.as_bytes(), [b'-', b'0'..=b'1', b'0'..=b'9'])
        || matches!(
            rest.as_bytes(),
            [b'-', b'Q', b'1'..=b'4'] | [b'-', b'S', b'1'..=b'2']
        )
        || matches!(rest.as_bytes(), [b'-', b'W', b'0'..=b'5', b'0'..=b'9'])
        || matches!(
            rest.as_bytes(),
            [
                b'-',
                b'0'..=b'1',
                b'0'..=b'9',
                b'-',
                b'0'..=b'3',
                b'0'..=b'9'
            ]
        );
    if !ok_rest {
        return Err(bad());
    }
    year.parse().map_err(|_| bad())
}

fn count(value: &str, name: &str) -> Result<usize, QueryError> {
    value
        .parse::<usize>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| QueryError::Syntax(format!("{name} must be a whole number greater than 0")))
}

/// Parses the segments after `/data/` and the query parameters.
pub fn parse_data_query(
    segments: &[&str],
    params: &[(String, String)],
) -> Result<DataQuery, QueryError> {
    let segments: Vec<&str> = match segments.split_last() {
        Some((&"", rest)) => rest.to_vec(),
        _ => segments.to_vec(),
    };
    if segments.is_empty() || segments.len() > 3 {
        return Err(QueryError::Syntax(
            "a data query is /data/{flow}/{key}, e.g. /data/MIG_STOCK/A.TH..F".into(),
        ));
    }
    let flow_ref: Vec<&str> = segments[0].split(',').collect();
    let (agency, flow, version) = match flow_ref.as_slice() {
        [flow] => (None, *flow, None),
        [agency, flow] => (Some(*agency), *flow, None),
        [agency, flow, version] => (Some(*agency), *flow, Some(*version)),
        _ => {
            return Err(QueryError::Syntax(
                "the flow is FLOW, AGENCY,FLOW or AGENCY,FLOW,VERSION".into(),
            ));
        }
    };
    if flow.is_empty() {
        return Err(QueryError::Syntax("name a dataflow".into()));
    }
    let provider = segments.get(2).copied().unwrap_or("all");
    if provider != "all" {
        return Err(QueryError::NotImplemented(
            "data providers are not distinguished: use all".into(),
        ));
    }
    let mut q = DataQuery {
        flow: flow.to_string(),
        agency: agency.filter(|a| *a != "all").map(str::to_string),
        version: version
            .filter(|v| *v != "latest" && *v != "all")
            .map(str::to_string),
        key: segments
            .get(1)
            .copied()
            .filter(|k| !k.is_empty())
            .unwrap_or("all")
            .to_string(),
        start_year: None,
        end_year: None,
        first_n: None,
        last_n: None,
        layout: Layout::TimeSeries,
        detail: DataDetail::Full,
        release: ReleaseRef::Latest,
        format: None,
        updated_after: None,
    };
    for (name, value) in params {
        match name.as_str() {
            "startPeriod" => q.start_year = Some(year_of(value, name)?),
            "endPeriod" => q.end_year = Some(year_of(value, name)?),
            "firstNObservations" => q.first_n = Some(count(value, name)?),
            "lastNObservations" => q.last_n = Some(count(value, name)?),
            "dimensionAtObservation" => {
                q.layout = match value.as_str() {
                    "TIME_PERIOD" => Layout::TimeSeries,
                    "AllDimensions" => Layout::Flat,
                    _ => {
                        return Err(QueryError::NotImplemented(
                            "dimensionAtObservation takes TIME_PERIOD or AllDimensions here".into(),
                        ));
                    }
                }
            }
            "detail" => {
                q.detail = match value.as_str() {
                    "full" => DataDetail::Full,
                    "dataonly" => DataDetail::DataOnly,
                    "serieskeysonly" => DataDetail::SeriesKeysOnly,
                    "nodata" => DataDetail::NoData,
                    _ => {
                        return Err(QueryError::Syntax(
                            "detail is full, dataonly, serieskeysonly or nodata".into(),
                        ));
                    }
                }
            }
            "release" => {
                q.release =
                    ReleaseRef::Seq(value.parse().ok().filter(|n| *n > 0).ok_or_else(|| {
                        QueryError::Syntax("release is a release number: 1, 2, …".into())
                    })?)
            }
            "asOf" => {
                year_of(value.get(..value.len().min(10)).unwrap_or(""), name)?;
                q.release = ReleaseRef::AsOf(value.clone());
            }
            "format" => q.format = Some(value.clone()),
            "updatedAfter" => {
                year_of(value.get(..value.len().min(10)).unwrap_or(""), name)?;
                q.updated_after = Some(value.clone());
            }
            "includeHistory" => {
                return Err(QueryError::NotImplemented(format!(
                    "{name} is not offered; use release= or asOf= to read an earlier release"
                )));
            }
            other => {
                return Err(QueryError::Syntax(format!(
                    "unknown parameter '{}'",
                    other.chars().take(40).collect::<String>()
                )));
            }
        }
    }
    if let (Some(s), Some(e)) = (q.start_year, q.end_year)
        && s > e
    {
        return Err(QueryError::Syntax("startPeriod is after endPeriod".into()));
    }
    Ok(q)
}

/// One observation of a series.
#[derive(Debug, Clone, PartialEq)]
pub struct Obs {
    /// The period.
    pub time: String,
    /// The value (none: missing).
    pub value: Option<f64>,
    /// Observation-level attributes (id, value).
    pub attributes: Vec<(String, String)>,
}

/// A series with its key (dimension values in DSD order), attributes and observations.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Dimension values, in DSD order.
    pub key: Vec<String>,
    /// Series-level attributes (id, value).
    pub attributes: Vec<(String, String)>,
    /// Observations, in time order.
    pub observations: Vec<Obs>,
}

/// The number as SDMX writes it: shortest exact form, no exponent for ordinary magnitudes.
pub fn format_value(v: f64) -> String {
    if v.is_finite() {
        format!("{v}")
    } else {
        "NaN".into()
    }
}
