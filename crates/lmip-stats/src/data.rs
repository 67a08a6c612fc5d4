//! SDMX data queries and data messages: `/data/{flowRef}/{key}/{providerRef}` with its
//! parameters, and the formats lmip answers in (SDMX-ML 2.1 generic and structure-specific,
//! SDMX-CSV 1.0).

use crate::model::{Attachment, DataStructure, Dataflow};
use crate::query::QueryError;
use std::fmt::Write as _;

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

fn attribute_ids(dsd: &DataStructure, level: Attachment) -> Vec<String> {
    dsd.attributes()
        .filter(|a| a.attachment == Some(level))
        .map(|a| a.id.clone())
        .collect()
}

fn csv_cell(out: &mut String, value: &str) {
    if value.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

/// Which SDMX-CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvVersion {
    /// SDMX-CSV 1.0: first column `DATAFLOW` (`AGENCY:ID(VERSION)`).
    V1,
    /// SDMX-CSV 2.0: `STRUCTURE`, `STRUCTURE_ID`, `ACTION` first.
    V2,
}

/// SDMX-CSV 1.0: `DATAFLOW`, the dimensions, `TIME_PERIOD`, `OBS_VALUE`, then the attributes.
pub fn sdmx_csv_1(
    flow: &Dataflow,
    dsd: &DataStructure,
    series: &[Series],
    detail: DataDetail,
) -> String {
    sdmx_csv(flow, dsd, series, detail, CsvVersion::V1)
}

/// SDMX-CSV, 1.0 or 2.0: the leading columns name the dataflow, then the dimensions,
/// `TIME_PERIOD`, `OBS_VALUE`, and the attributes (observation-level, then series-level).
pub fn sdmx_csv(
    flow: &Dataflow,
    dsd: &DataStructure,
    series: &[Series],
    detail: DataDetail,
    version: CsvVersion,
) -> String {
    let dims: Vec<&str> = dsd.dimensions().map(|d| d.id.as_str()).collect();
    let with_attributes = detail == DataDetail::Full;
    let obs_attrs = attribute_ids(dsd, Attachment::Observation);
    let series_attrs = attribute_ids(dsd, Attachment::Series);
    let mut out = String::with_capacity(64 + series.len() * 64);
    out.push_str(match version {
        CsvVersion::V1 => "DATAFLOW",
        CsvVersion::V2 => "STRUCTURE,STRUCTURE_ID,ACTION",
    });
    for d in &dims {
        out.push(',');
        out.push_str(d);
    }
    out.push_str(",TIME_PERIOD,OBS_VALUE");
    if with_attributes {
        for a in obs_attrs.iter().chain(&series_attrs) {
            out.push(',');
            out.push_str(a);
        }
    }
    out.push('\n');
    let flow_ref = match version {
        CsvVersion::V1 => format!("{}:{}({})", flow.agency, flow.id, flow.version),
        CsvVersion::V2 => format!("dataflow,{}:{}({}),I", flow.agency, flow.id, flow.version),
    };
    for s in series {
        for o in &s.observations {
            out.push_str(&flow_ref);
            for v in &s.key {
                out.push(',');
                csv_cell(&mut out, v);
            }
            out.push(',');
            csv_cell(&mut out, &o.time);
            out.push(',');
            if let Some(v) = o.value {
                out.push_str(&format_value(v));
            }
            if with_attributes {
                for a in &obs_attrs {
                    out.push(',');
                    if let Some((_, v)) = o.attributes.iter().find(|(id, _)| id == a) {
                        csv_cell(&mut out, v);
                    }
                }
                for a in &series_attrs {
                    out.push(',');
                    if let Some((_, v)) = s.attributes.iter().find(|(id, _)| id == a) {
                        csv_cell(&mut out, v);
                    }
                }
            }
            out.push('\n');
        }
    }
    out
}

/// XML-escapes text for attribute values and content.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

const MES: &str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
const COM: &str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
const GEN: &str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic";
const SS: &str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific";

/// What every data message needs.
#[derive(Debug, Clone, Copy)]
pub struct DataMessage<'a> {
    /// Message id.
    pub id: &'a str,
    /// Prepared (RFC 3339).
    pub prepared: &'a str,
    /// The flow.
    pub flow: &'a Dataflow,
    /// Its structure.
    pub dsd: &'a DataStructure,
    /// The series.
    pub series: &'a [Series],
    /// Detail.
    pub detail: DataDetail,
    /// Layout.
    pub layout: Layout,
}

fn structure_id(flow: &Dataflow) -> String {
    format!(
        "{}_{}_{}",
        flow.agency,
        flow.id,
        flow.version.replace('.', "_")
    )
}

fn dim_at_obs(layout: Layout) -> &'static str {
    match layout {
        Layout::TimeSeries => "TIME_PERIOD",
        Layout::Flat => "AllDimensions",
    }
}

fn flow_ref_xml(out: &mut String, flow: &Dataflow) {
    let _ = write!(
        out,
        "<com:StructureUsage><Ref agencyID=\"{}\" id=\"{}\" version=\"{}\" class=\"Dataflow\" package=\"datastructure\"/></com:StructureUsage>",
        esc(&flow.agency),
        esc(&flow.id),
        esc(&flow.version)
    );
}

/// SDMX-ML 2.1 GenericData.
pub fn generic_data(m: &DataMessage<'_>) -> String {
    let dims: Vec<&str> = m.dsd.dimensions().map(|d| d.id.as_str()).collect();
    let sid = structure_id(m.flow);
    let mut out = String::with_capacity(1024 + m.series.len() * 256);
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><mes:GenericData xmlns:mes=\"{MES}\" xmlns:gen=\"{GEN}\" xmlns:com=\"{COM}\">\
         <mes:Header><mes:ID>{}</mes:ID><mes:Test>false</mes:Test><mes:Prepared>{}</mes:Prepared><mes:Sender id=\"{}\"/>\
         <mes:Structure structureID=\"{sid}\" dimensionAtObservation=\"{}\">",
        esc(m.id),
        esc(m.prepared),
        esc(&m.flow.agency),
        dim_at_obs(m.layout)
    );
    flow_ref_xml(&mut out, m.flow);
    let _ = write!(
        out,
        "</mes:Structure></mes:Header><mes:DataSet structureRef=\"{sid}\" action=\"Information\">"
    );
    let attrs = m.detail == DataDetail::Full || m.detail == DataDetail::NoData;
    let obs = matches!(m.detail, DataDetail::Full | DataDetail::DataOnly);
    let values = |out: &mut String, tag: &str, pairs: &mut dyn Iterator<Item = (&str, &str)>| {
        let _ = write!(out, "<gen:{tag}>");
        for (id, v) in pairs {
            let _ = write!(out, "<gen:Value id=\"{}\" value=\"{}\"/>", esc(id), esc(v));
        }
        let _ = write!(out, "</gen:{tag}>");
    };
    for s in m.series {
        match m.layout {
            Layout::TimeSeries => {
                out.push_str("<gen:Series>");
                values(
                    &mut out,
                    "SeriesKey",
                    &mut dims.iter().copied().zip(s.key.iter().map(String::as_str)),
                );
                if attrs && !s.attributes.is_empty() {
                    values(
                        &mut out,
                        "Attributes",
                        &mut s.attributes.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                    );
                }
                if obs {
                    for o in &s.observations {
                        let _ = write!(
                            out,
                            "<gen:Obs><gen:ObsDimension value=\"{}\"/>",
                            esc(&o.time)
                        );
                        if let Some(v) = o.value {
                            let _ = write!(out, "<gen:ObsValue value=\"{}\"/>", format_value(v));
                        }
                        if attrs && !o.attributes.is_empty() {
                            values(
                                &mut out,
                                "Attributes",
                                &mut o.attributes.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                            );
                        }
                        out.push_str("</gen:Obs>");
                    }
                }
                out.push_str("</gen:Series>");
            }
            Layout::Flat => {
                for o in &s.observations {
                    out.push_str("<gen:Obs>");
                    values(
                        &mut out,
                        "ObsKey",
                        &mut dims
                            .iter()
                            .copied()
                            .zip(s.key.iter().map(String::as_str))
                            .chain(std::iter::once(("TIME_PERIOD", o.time.as_str()))),
                    );
                    if let Some(v) = o.value {
                        let _ = write!(out, "<gen:ObsValue value=\"{}\"/>", format_value(v));
                    }
                    if attrs && !(o.attributes.is_empty() && s.attributes.is_empty()) {
                        values(
                            &mut out,
                            "Attributes",
                            &mut s
                                .attributes
                                .iter()
                                .chain(&o.attributes)
                                .map(|(a, b)| (a.as_str(), b.as_str())),
                        );
                    }
                    out.push_str("</gen:Obs>");
                }
            }
        }
    }
    out.push_str("</mes:DataSet></mes:GenericData>");
    out
}

/// SDMX-ML 2.1 StructureSpecificData.
pub fn structure_specific_data(m: &DataMessage<'_>) -> String {
    let dims: Vec<&str> = m.dsd.dimensions().map(|d| d.id.as_str()).collect();
    let sid = structure_id(m.flow);
    let ns = format!(
        "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow={}:{}({}):ObsLevelDim:{}",
        m.flow.agency,
        m.flow.id,
        m.flow.version,
        dim_at_obs(m.layout)
    );
    let mut out = String::with_capacity(1024 + m.series.len() * 192);
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><mes:StructureSpecificData xmlns:mes=\"{MES}\" xmlns:ss=\"{SS}\" xmlns:com=\"{COM}\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:ns1=\"{}\">\
         <mes:Header><mes:ID>{}</mes:ID><mes:Test>false</mes:Test><mes:Prepared>{}</mes:Prepared><mes:Sender id=\"{}\"/>\
         <mes:Structure structureID=\"{sid}\" namespace=\"{}\" dimensionAtObservation=\"{}\">",
        esc(&ns),
        esc(m.id),
        esc(m.prepared),
        esc(&m.flow.agency),
        esc(&ns),
        dim_at_obs(m.layout)
    );
    flow_ref_xml(&mut out, m.flow);
    let _ = write!(
        out,
        "</mes:Structure></mes:Header><mes:DataSet ss:structureRef=\"{sid}\" xsi:type=\"ns1:DataSetType\" ss:dataScope=\"DataStructure\" action=\"Information\">"
    );
    let attrs = m.detail == DataDetail::Full || m.detail == DataDetail::NoData;
    let obs = matches!(m.detail, DataDetail::Full | DataDetail::DataOnly);
    let pairs = |out: &mut String, it: &mut dyn Iterator<Item = (&str, &str)>| {
        for (id, v) in it {
            let _ = write!(out, " {}=\"{}\"", esc(id), esc(v));
        }
    };
    for s in m.series {
        let key = &mut dims.iter().copied().zip(s.key.iter().map(String::as_str));
        match m.layout {
            Layout::TimeSeries => {
                out.push_str("<Series");
                pairs(&mut out, key);
                if attrs {
                    pairs(
                        &mut out,
                        &mut s.attributes.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                    );
                }
                out.push('>');
                if obs {
                    for o in &s.observations {
                        let _ = write!(out, "<Obs TIME_PERIOD=\"{}\"", esc(&o.time));
                        if let Some(v) = o.value {
                            let _ = write!(out, " OBS_VALUE=\"{}\"", format_value(v));
                        }
                        if attrs {
                            pairs(
                                &mut out,
                                &mut o.attributes.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                            );
                        }
                        out.push_str("/>");
                    }
                }
                out.push_str("</Series>");
            }
            Layout::Flat => {
                let key: Vec<(&str, &str)> = key.collect();
                for o in &s.observations {
                    out.push_str("<Obs");
                    pairs(&mut out, &mut key.iter().copied());
                    let _ = write!(out, " TIME_PERIOD=\"{}\"", esc(&o.time));
                    if let Some(v) = o.value {
                        let _ = write!(out, " OBS_VALUE=\"{}\"", format_value(v));
                    }
                    if attrs {
                        pairs(
                            &mut out,
                            &mut s
                                .attributes
                                .iter()
                                .chain(&o.attributes)
                                .map(|(a, b)| (a.as_str(), b.as_str())),
                        );
                    }
                    out.push_str("/>");
                }
            }
        }
    }
    out.push_str("</mes:DataSet></mes:StructureSpecificData>");
    out
}

/// SDMX-JSON 1.0 data (time series): every dimension and attribute value is listed once in
/// `structure`, and series keys and observations refer to them by index. `dataflow_url` is the
/// dataflow's structure URL, for the `links` entry.
pub fn sdmx_json_1(m: &DataMessage<'_>, dataflow_url: &str) -> String {
    use serde_json::{Map, Value, json};
    let dims: Vec<&str> = m.dsd.dimensions().map(|d| d.id.as_str()).collect();
    // Values per dimension, in first-seen order.
    let mut dim_values: Vec<Vec<&str>> = vec![Vec::new(); dims.len()];
    let mut times: Vec<&str> = Vec::new();
    let series_attr_ids = attribute_ids(m.dsd, Attachment::Series);
    let obs_attr_ids = attribute_ids(m.dsd, Attachment::Observation);
    let mut series_attr_values: Vec<Vec<&str>> = vec![Vec::new(); series_attr_ids.len()];
    let mut obs_attr_values: Vec<Vec<&str>> = vec![Vec::new(); obs_attr_ids.len()];
    fn index_of<'a>(list: &mut Vec<&'a str>, v: &'a str) -> usize {
        match list.iter().position(|x| *x == v) {
            Some(i) => i,
            None => {
                list.push(v);
                list.len() - 1
            }
        }
    }
    let with_attributes = matches!(m.detail, DataDetail::Full | DataDetail::NoData);
    let with_obs = matches!(m.detail, DataDetail::Full | DataDetail::DataOnly);
    let mut series_out = Map::new();
    for s in m.series {
        let key: Vec<String> = s
            .key
            .iter()
            .enumerate()
            .map(|(i, v)| index_of(&mut dim_values[i], v).to_string())
            .collect();
        let attributes: Vec<Value> = if with_attributes {
            series_attr_ids
                .iter()
                .enumerate()
                .map(|(i, id)| {
                    s.attributes
                        .iter()
                        .find(|(a, _)| a == id)
                        .map_or(Value::Null, |(_, v)| {
                            json!(index_of(&mut series_attr_values[i], v))
                        })
                })
                .collect()
        } else {
            Vec::new()
        };
        let mut observations = Map::new();
        if with_obs {
            for o in &s.observations {
                let t = index_of(&mut times, &o.time);
                let mut cells = vec![o.value.map_or(Value::Null, |v| json!(v))];
                if with_attributes {
                    for (i, id) in obs_attr_ids.iter().enumerate() {
                        cells.push(
                            o.attributes
                                .iter()
                                .find(|(a, _)| a == id)
                                .map_or(Value::Null, |(_, v)| {
                                    json!(index_of(&mut obs_attr_values[i], v))
                                }),
                        );
                    }
                }
                observations.insert(t.to_string(), Value::Array(cells));
            }
        }
        series_out.insert(
            key.join(":"),
            json!({ "attributes": attributes, "observations": observations }),
        );
    }
    let values = |list: &[&str]| -> Vec<Value> {
        list.iter().map(|v| json!({ "id": v, "name": v })).collect()
    };
    let series_dims: Vec<Value> = dims
        .iter()
        .enumerate()
        .map(|(i, d)| json!({ "id": d, "name": d, "keyPosition": i, "values": values(&dim_values[i]) }))
        .collect();
    let attrs = |ids: &[String], vals: &[Vec<&str>]| -> Vec<Value> {
        ids.iter()
            .zip(vals)
            .map(|(id, v)| json!({ "id": id, "name": id, "values": values(v) }))
            .collect()
    };
    let (series_attrs, obs_attrs) = if with_attributes {
        (
            attrs(&series_attr_ids, &series_attr_values),
            attrs(&obs_attr_ids, &obs_attr_values),
        )
    } else {
        (Vec::new(), Vec::new())
    };
    json!({
        "header": {
            "id": m.id,
            "test": false,
            "prepared": m.prepared,
            "sender": { "id": m.flow.agency },
        },
        "structure": {
            "links": [{ "href": dataflow_url, "rel": "dataflow" }],
            "name": m.flow.name,
            "dimensions": {
                "dataSet": [],
                "series": series_dims,
                "observation": [{
                    "id": "TIME_PERIOD",
                    "name": "Time period",
                    "role": "TIME_PERIOD",
                    "values": values(&times),
                }],
            },
            "attributes": { "dataSet": [], "series": series_attrs, "observation": obs_attrs },
        },
        "dataSets": [{ "action": "Information", "series": series_out }],
    })
    .to_string()
}
