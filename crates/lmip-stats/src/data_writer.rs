//! SDMX data messages written piece by piece: the opening, each series as the database hands it
//! over, the closing. An answer of any size goes out with flat memory: a writer keeps only what
//! the format must repeat at the end (SDMX-JSON's lists of dimension and attribute values).
//!
//! Formats: SDMX-ML 2.1 GenericData and StructureSpecificData, SDMX-JSON 1.0, SDMX-CSV 1.0 and 2.0.

use crate::data::{DataDetail, Layout, Series, format_value};
use crate::model::{Attachment, DataStructure, Dataflow};
use std::collections::HashMap;
use std::fmt::Write as _;

/// The data formats lmip writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataFormat {
    /// SDMX-ML 2.1 GenericData.
    Generic,
    /// SDMX-ML 2.1 StructureSpecificData.
    StructureSpecific,
    /// SDMX-CSV 1.0.
    Csv1,
    /// SDMX-CSV 2.0.
    Csv2,
    /// SDMX-JSON 1.0 data.
    Json1,
}

impl DataFormat {
    /// The media type the SDMX REST specification gives the format.
    pub fn media_type(self) -> &'static str {
        match self {
            DataFormat::Generic => "application/vnd.sdmx.genericdata+xml;version=2.1",
            DataFormat::StructureSpecific => {
                "application/vnd.sdmx.structurespecificdata+xml;version=2.1"
            }
            DataFormat::Csv1 => "application/vnd.sdmx.data+csv;version=1.0.0",
            DataFormat::Csv2 => "application/vnd.sdmx.data+csv;version=2.0.0",
            DataFormat::Json1 => "application/vnd.sdmx.data+json;version=1.0.0",
        }
    }
}

/// What every data message says besides its series.
#[derive(Debug, Clone)]
pub struct MessageInfo {
    /// Message id.
    pub id: String,
    /// Prepared (RFC 3339).
    pub prepared: String,
    /// The flow.
    pub flow: Dataflow,
    /// Its structure.
    pub dsd: DataStructure,
    /// Detail.
    pub detail: DataDetail,
    /// Layout.
    pub layout: Layout,
    /// The dataflow's structure URL (SDMX-JSON's `links`).
    pub dataflow_url: String,
}

/// A data message written piece by piece into `out` (which the caller sends and clears).
pub trait DataWriter: Send {
    /// The message's opening.
    fn begin(&mut self, out: &mut String);
    /// One series with its observations.
    fn series(&mut self, s: &Series, out: &mut String);
    /// The message's closing.
    fn end(&mut self, out: &mut String);
}

/// The writer for a format.
pub fn writer(format: DataFormat, info: MessageInfo) -> Box<dyn DataWriter> {
    match format {
        DataFormat::Generic => Box::new(Generic::new(info)),
        DataFormat::StructureSpecific => Box::new(StructureSpecific::new(info)),
        DataFormat::Csv1 => Box::new(Csv::new(info, CsvVersion::V1)),
        DataFormat::Csv2 => Box::new(Csv::new(info, CsvVersion::V2)),
        DataFormat::Json1 => Box::new(Json::new(info)),
    }
}

/// A whole message in memory (small answers, tests, downloads).
pub fn write_message(format: DataFormat, info: MessageInfo, series: &[Series]) -> String {
    let mut w = writer(format, info);
    let mut out = String::new();
    w.begin(&mut out);
    for s in series {
        w.series(s, &mut out);
    }
    w.end(&mut out);
    out
}

fn attribute_ids(dsd: &DataStructure, level: Attachment) -> Vec<String> {
    dsd.attributes()
        .filter(|a| a.attachment == Some(level))
        .map(|a| a.id.clone())
        .collect()
}

fn dimension_ids(dsd: &DataStructure) -> Vec<String> {
    dsd.dimensions().map(|d| d.id.clone()).collect()
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
enum CsvVersion {
    /// SDMX-CSV 1.0: first column `DATAFLOW` (`AGENCY:ID(VERSION)`).
    V1,
    /// SDMX-CSV 2.0: `STRUCTURE`, `STRUCTURE_ID`, `ACTION` first.
    V2,
}

/// SDMX-CSV: the leading columns name the dataflow, then the dimensions, `TIME_PERIOD`,
/// `OBS_VALUE`, and the attributes (observation-level, then series-level).
struct Csv {
    version: CsvVersion,
    dims: Vec<String>,
    obs_attrs: Vec<String>,
    series_attrs: Vec<String>,
    with_attributes: bool,
    flow_ref: String,
}

impl Csv {
    fn new(info: MessageInfo, version: CsvVersion) -> Csv {
        let flow = &info.flow;
        Csv {
            version,
            dims: dimension_ids(&info.dsd),
            obs_attrs: attribute_ids(&info.dsd, Attachment::Observation),
            series_attrs: attribute_ids(&info.dsd, Attachment::Series),
            with_attributes: info.detail == DataDetail::Full,
            flow_ref: match version {
                CsvVersion::V1 => format!("{}:{}({})", flow.agency, flow.id, flow.version),
                CsvVersion::V2 => {
                    format!("dataflow,{}:{}({}),I", flow.agency, flow.id, flow.version)
                }
            },
        }
    }
}

impl DataWriter for Csv {
    fn begin(&mut self, out: &mut String) {
        out.push_str(match self.version {
            CsvVersion::V1 => "DATAFLOW",
            CsvVersion::V2 => "STRUCTURE,STRUCTURE_ID,ACTION",
        });
        for d in &self.dims {
            out.push(',');
            out.push_str(d);
        }
        out.push_str(",TIME_PERIOD,OBS_VALUE");
        if self.with_attributes {
            for a in self.obs_attrs.iter().chain(&self.series_attrs) {
                out.push(',');
                out.push_str(a);
            }
        }
        out.push('\n');
    }

    fn series(&mut self, s: &Series, out: &mut String) {
        // The series' part of each line is the same for all its observations.
        let mut key = String::new();
        for v in &s.key {
            key.push(',');
            csv_cell(&mut key, v);
        }
        let mut series_cells = String::new();
        if self.with_attributes {
            for a in &self.series_attrs {
                series_cells.push(',');
                if let Some((_, v)) = s.attributes.iter().find(|(id, _)| id == a) {
                    csv_cell(&mut series_cells, v);
                }
            }
        }
        for o in &s.observations {
            out.push_str(&self.flow_ref);
            out.push_str(&key);
            out.push(',');
            csv_cell(out, &o.time);
            out.push(',');
            if let Some(v) = o.value {
                out.push_str(&format_value(v));
            }
            if self.with_attributes {
                for a in &self.obs_attrs {
                    out.push(',');
                    if let Some((_, v)) = o.attributes.iter().find(|(id, _)| id == a) {
                        csv_cell(out, v);
                    }
                }
                out.push_str(&series_cells);
            }
            out.push('\n');
        }
    }

    fn end(&mut self, _out: &mut String) {}
}

/// XML-escapes text for attribute values and content.
fn esc(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['&', '<', '>', '"', '\'']) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
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
    std::borrow::Cow::Owned(out)
}

const MES: &str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
const COM: &str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
const GEN: &str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic";
const SS: &str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific";

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

/// What the detail level lets through: (attributes, observations).
fn shows(detail: DataDetail) -> (bool, bool) {
    (
        matches!(detail, DataDetail::Full | DataDetail::NoData),
        matches!(detail, DataDetail::Full | DataDetail::DataOnly),
    )
}

/// SDMX-ML 2.1 GenericData.
struct Generic {
    info: MessageInfo,
    dims: Vec<String>,
}

impl Generic {
    fn new(info: MessageInfo) -> Generic {
        Generic {
            dims: dimension_ids(&info.dsd),
            info,
        }
    }
}

fn generic_values<'a>(
    out: &mut String,
    tag: &str,
    pairs: impl Iterator<Item = (&'a str, &'a str)>,
) {
    let _ = write!(out, "<gen:{tag}>");
    for (id, v) in pairs {
        let _ = write!(out, "<gen:Value id=\"{}\" value=\"{}\"/>", esc(id), esc(v));
    }
    let _ = write!(out, "</gen:{tag}>");
}

fn pairs(list: &[(String, String)]) -> impl Iterator<Item = (&str, &str)> {
    list.iter().map(|(a, b)| (a.as_str(), b.as_str()))
}

impl DataWriter for Generic {
    fn begin(&mut self, out: &mut String) {
        let m = &self.info;
        let sid = structure_id(&m.flow);
        let _ = write!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><mes:GenericData xmlns:mes=\"{MES}\" xmlns:gen=\"{GEN}\" xmlns:com=\"{COM}\">\
             <mes:Header><mes:ID>{}</mes:ID><mes:Test>false</mes:Test><mes:Prepared>{}</mes:Prepared><mes:Sender id=\"{}\"/>\
             <mes:Structure structureID=\"{sid}\" dimensionAtObservation=\"{}\">",
            esc(&m.id),
            esc(&m.prepared),
            esc(&m.flow.agency),
            dim_at_obs(m.layout)
        );
        flow_ref_xml(out, &m.flow);
        let _ = write!(
            out,
            "</mes:Structure></mes:Header><mes:DataSet structureRef=\"{sid}\" action=\"Information\">"
        );
    }

    fn series(&mut self, s: &Series, out: &mut String) {
        let (attrs, obs) = shows(self.info.detail);
        let key = || {
            self.dims
                .iter()
                .map(String::as_str)
                .zip(s.key.iter().map(String::as_str))
        };
        match self.info.layout {
            Layout::TimeSeries => {
                out.push_str("<gen:Series>");
                generic_values(out, "SeriesKey", key());
                if attrs && !s.attributes.is_empty() {
                    generic_values(out, "Attributes", pairs(&s.attributes));
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
                            generic_values(out, "Attributes", pairs(&o.attributes));
                        }
                        out.push_str("</gen:Obs>");
                    }
                }
                out.push_str("</gen:Series>");
            }
            Layout::Flat => {
                for o in &s.observations {
                    out.push_str("<gen:Obs>");
                    generic_values(
                        out,
                        "ObsKey",
                        key().chain(std::iter::once(("TIME_PERIOD", o.time.as_str()))),
                    );
                    if let Some(v) = o.value {
                        let _ = write!(out, "<gen:ObsValue value=\"{}\"/>", format_value(v));
                    }
                    if attrs && !(o.attributes.is_empty() && s.attributes.is_empty()) {
                        generic_values(
                            out,
                            "Attributes",
                            pairs(&s.attributes).chain(pairs(&o.attributes)),
                        );
                    }
                    out.push_str("</gen:Obs>");
                }
            }
        }
    }

    fn end(&mut self, out: &mut String) {
        out.push_str("</mes:DataSet></mes:GenericData>");
    }
}

/// SDMX-ML 2.1 StructureSpecificData.
struct StructureSpecific {
    info: MessageInfo,
    dims: Vec<String>,
}

impl StructureSpecific {
    fn new(info: MessageInfo) -> StructureSpecific {
        StructureSpecific {
            dims: dimension_ids(&info.dsd),
            info,
        }
    }
}

fn xml_attributes<'a>(out: &mut String, it: impl Iterator<Item = (&'a str, &'a str)>) {
    for (id, v) in it {
        let _ = write!(out, " {}=\"{}\"", esc(id), esc(v));
    }
}

impl DataWriter for StructureSpecific {
    fn begin(&mut self, out: &mut String) {
        let m = &self.info;
        let sid = structure_id(&m.flow);
        let ns = format!(
            "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow={}:{}({}):ObsLevelDim:{}",
            m.flow.agency,
            m.flow.id,
            m.flow.version,
            dim_at_obs(m.layout)
        );
        let _ = write!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><mes:StructureSpecificData xmlns:mes=\"{MES}\" xmlns:ss=\"{SS}\" xmlns:com=\"{COM}\" \
             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:ns1=\"{}\">\
             <mes:Header><mes:ID>{}</mes:ID><mes:Test>false</mes:Test><mes:Prepared>{}</mes:Prepared><mes:Sender id=\"{}\"/>\
             <mes:Structure structureID=\"{sid}\" namespace=\"{}\" dimensionAtObservation=\"{}\">",
            esc(&ns),
            esc(&m.id),
            esc(&m.prepared),
            esc(&m.flow.agency),
            esc(&ns),
            dim_at_obs(m.layout)
        );
        flow_ref_xml(out, &m.flow);
        let _ = write!(
            out,
            "</mes:Structure></mes:Header><mes:DataSet ss:structureRef=\"{sid}\" xsi:type=\"ns1:DataSetType\" ss:dataScope=\"DataStructure\" action=\"Information\">"
        );
    }

    fn series(&mut self, s: &Series, out: &mut String) {
        let (attrs, obs) = shows(self.info.detail);
        let key = || {
            self.dims
                .iter()
                .map(String::as_str)
                .zip(s.key.iter().map(String::as_str))
        };
        match self.info.layout {
            Layout::TimeSeries => {
                out.push_str("<Series");
                xml_attributes(out, key());
                if attrs {
                    xml_attributes(out, pairs(&s.attributes));
                }
                out.push('>');
                if obs {
                    for o in &s.observations {
                        let _ = write!(out, "<Obs TIME_PERIOD=\"{}\"", esc(&o.time));
                        if let Some(v) = o.value {
                            let _ = write!(out, " OBS_VALUE=\"{}\"", format_value(v));
                        }
                        if attrs {
                            xml_attributes(out, pairs(&o.attributes));
                        }
                        out.push_str("/>");
                    }
                }
                out.push_str("</Series>");
            }
            Layout::Flat => {
                for o in &s.observations {
                    out.push_str("<Obs");
                    xml_attributes(out, key());
                    let _ = write!(out, " TIME_PERIOD=\"{}\"", esc(&o.time));
                    if let Some(v) = o.value {
                        let _ = write!(out, " OBS_VALUE=\"{}\"", format_value(v));
                    }
                    if attrs {
                        xml_attributes(out, pairs(&s.attributes).chain(pairs(&o.attributes)));
                    }
                    out.push_str("/>");
                }
            }
        }
    }

    fn end(&mut self, out: &mut String) {
        out.push_str("</mes:DataSet></mes:StructureSpecificData>");
    }
}

/// Values in first-seen order, each with its index (SDMX-JSON refers to values by index).
#[derive(Default)]
struct Indexed {
    order: Vec<String>,
    index: HashMap<String, usize>,
}

impl Indexed {
    fn of(&mut self, v: &str) -> usize {
        if let Some(i) = self.index.get(v) {
            return *i;
        }
        self.order.push(v.to_string());
        self.index.insert(v.to_string(), self.order.len() - 1);
        self.order.len() - 1
    }

    fn values(&self) -> serde_json::Value {
        self.order
            .iter()
            .map(|v| serde_json::json!({ "id": v, "name": v }))
            .collect()
    }
}

/// SDMX-JSON 1.0 data (time series). The data set comes before the structure (JSON members have
/// no order): dimension and attribute values are indexed as series stream by, and listed at
/// the end.
struct Json {
    info: MessageInfo,
    dims: Vec<String>,
    dim_values: Vec<Indexed>,
    times: Indexed,
    series_attr_ids: Vec<String>,
    obs_attr_ids: Vec<String>,
    series_attr_values: Vec<Indexed>,
    obs_attr_values: Vec<Indexed>,
    first: bool,
}

impl Json {
    fn new(info: MessageInfo) -> Json {
        let dims = dimension_ids(&info.dsd);
        let series_attr_ids = attribute_ids(&info.dsd, Attachment::Series);
        let obs_attr_ids = attribute_ids(&info.dsd, Attachment::Observation);
        Json {
            dim_values: dims.iter().map(|_| Indexed::default()).collect(),
            series_attr_values: series_attr_ids.iter().map(|_| Indexed::default()).collect(),
            obs_attr_values: obs_attr_ids.iter().map(|_| Indexed::default()).collect(),
            dims,
            times: Indexed::default(),
            series_attr_ids,
            obs_attr_ids,
            first: true,
            info,
        }
    }
}

fn json_text(v: &str) -> String {
    serde_json::Value::from(v).to_string()
}

impl DataWriter for Json {
    fn begin(&mut self, out: &mut String) {
        let header = serde_json::json!({
            "id": self.info.id,
            "test": false,
            "prepared": self.info.prepared,
            "sender": { "id": self.info.flow.agency },
        });
        let _ = write!(
            out,
            "{{\"header\":{header},\"dataSets\":[{{\"action\":\"Information\",\"series\":{{"
        );
    }

    fn series(&mut self, s: &Series, out: &mut String) {
        use serde_json::{Value, json};
        let (with_attributes, with_obs) = shows(self.info.detail);
        let key: Vec<String> = s
            .key
            .iter()
            .zip(self.dim_values.iter_mut())
            .map(|(v, list)| list.of(v).to_string())
            .collect();
        let attributes: Vec<Value> = if with_attributes {
            self.series_attr_ids
                .iter()
                .zip(self.series_attr_values.iter_mut())
                .map(|(id, list)| {
                    s.attributes
                        .iter()
                        .find(|(a, _)| a == id)
                        .map_or(Value::Null, |(_, v)| json!(list.of(v)))
                })
                .collect()
        } else {
            Vec::new()
        };
        let mut observations = serde_json::Map::new();
        if with_obs {
            for o in &s.observations {
                let t = self.times.of(&o.time);
                let mut cells = vec![o.value.map_or(Value::Null, |v| json!(v))];
                if with_attributes {
                    for (id, list) in self
                        .obs_attr_ids
                        .iter()
                        .zip(self.obs_attr_values.iter_mut())
                    {
                        cells.push(
                            o.attributes
                                .iter()
                                .find(|(a, _)| a == id)
                                .map_or(Value::Null, |(_, v)| json!(list.of(v))),
                        );
                    }
                }
                observations.insert(t.to_string(), Value::Array(cells));
            }
        }
        if !self.first {
            out.push(',');
        }
        self.first = false;
        let body = json!({ "attributes": attributes, "observations": observations });
        let _ = write!(out, "{}:{body}", json_text(&key.join(":")));
    }

    fn end(&mut self, out: &mut String) {
        use serde_json::json;
        let with_attributes = shows(self.info.detail).0;
        let series_dims: Vec<serde_json::Value> = self
            .dims
            .iter()
            .zip(&self.dim_values)
            .enumerate()
            .map(
                |(i, (d, v))| json!({ "id": d, "name": d, "keyPosition": i, "values": v.values() }),
            )
            .collect();
        let attrs = |ids: &[String], vals: &[Indexed]| -> Vec<serde_json::Value> {
            ids.iter()
                .zip(vals)
                .map(|(id, v)| json!({ "id": id, "name": id, "values": v.values() }))
                .collect()
        };
        let (series_attrs, obs_attrs) = if with_attributes {
            (
                attrs(&self.series_attr_ids, &self.series_attr_values),
                attrs(&self.obs_attr_ids, &self.obs_attr_values),
            )
        } else {
            (Vec::new(), Vec::new())
        };
        let structure = json!({
            "links": [{ "href": self.info.dataflow_url, "rel": "dataflow" }],
            "name": self.info.flow.name,
            "dimensions": {
                "dataSet": [],
                "series": series_dims,
                "observation": [{
                    "id": "TIME_PERIOD",
                    "name": "Time period",
                    "role": "TIME_PERIOD",
                    "values": self.times.values(),
                }],
            },
            "attributes": { "dataSet": [], "series": series_attrs, "observation": obs_attrs },
        });
        let _ = write!(out, "}}}}],\"structure\":{structure}}}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Obs;

    fn info(detail: DataDetail, layout: Layout) -> MessageInfo {
        let flow = crate::builtin::dataflows()
            .into_iter()
            .find(|f| f.id == "MIG_OUTFLOW")
            .expect("built-in flow");
        let dsd = crate::builtin::structures()
            .into_iter()
            .find(|d| d.id == flow.structure)
            .expect("its structure");
        MessageInfo {
            id: "T1".into(),
            prepared: "2026-12-01T00:00:00Z".into(),
            flow,
            dsd,
            detail,
            layout,
            dataflow_url: "https://lmip.example/sdmx/2.1/dataflow/LMIP/MIG_OUTFLOW/1.0".into(),
        }
    }

    fn sample() -> Vec<Series> {
        let s = |origin: &str, note: &str| Series {
            key: vec!["A".into(), origin.into(), "TH".into(), "F".into()],
            attributes: vec![("UNIT_MULT".into(), "0".into())],
            observations: vec![
                Obs {
                    time: "2019".into(),
                    value: Some(1.5),
                    attributes: vec![("NOTE".into(), note.into())],
                },
                Obs {
                    time: "2020".into(),
                    value: None,
                    attributes: vec![("OBS_STATUS".into(), "M".into())],
                },
            ],
        };
        vec![s("KH", "a, \"quoted\" <note>"), s("LA", "")]
    }

    #[test]
    fn json_is_one_valid_document_with_indexed_values() {
        let text = write_message(
            DataFormat::Json1,
            info(DataDetail::Full, Layout::TimeSeries),
            &sample(),
        );
        let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        let series = &v["dataSets"][0]["series"];
        assert_eq!(series.as_object().map(|m| m.len()), Some(2));
        // The second series differs in the origin only: its key reuses every other index.
        assert!(series.get("0:1:0:0").is_some(), "{series}");
        let origins = &v["structure"]["dimensions"]["series"][1]["values"];
        assert_eq!(origins[1]["id"], "LA");
        assert_eq!(
            v["structure"]["dimensions"]["observation"][0]["values"][1]["id"],
            "2020"
        );
    }

    #[test]
    fn json_without_series_is_still_valid() {
        let text = write_message(
            DataFormat::Json1,
            info(DataDetail::Full, Layout::TimeSeries),
            &[],
        );
        assert!(
            serde_json::from_str::<serde_json::Value>(&text).is_ok(),
            "{text}"
        );
    }

    #[test]
    fn csv_quotes_cells_and_repeats_series_attributes_on_each_line() {
        let text = write_message(
            DataFormat::Csv1,
            info(DataDetail::Full, Layout::TimeSeries),
            &sample(),
        );
        let mut lines = text.lines();
        let header = lines.next().unwrap_or_default();
        assert!(header.starts_with("DATAFLOW,"), "{header}");
        let rows: Vec<&str> = lines.collect();
        assert_eq!(rows.len(), 4);
        assert!(
            rows[0].contains("\"a, \"\"quoted\"\" <note>\""),
            "{}",
            rows[0]
        );
        let mut table = csv::Reader::from_reader(text.as_bytes());
        let at = table
            .headers()
            .ok()
            .and_then(|h| h.iter().position(|c| c == "UNIT_MULT"))
            .unwrap_or(usize::MAX);
        let mult: Vec<String> = table
            .records()
            .flatten()
            .map(|r| r.get(at).unwrap_or("?").to_string())
            .collect();
        assert_eq!(mult, ["0", "0", "0", "0"], "{rows:?}");
        let v2 = write_message(
            DataFormat::Csv2,
            info(DataDetail::DataOnly, Layout::TimeSeries),
            &sample(),
        );
        assert!(v2.starts_with("STRUCTURE,STRUCTURE_ID,ACTION,"), "{v2}");
        assert!(!v2.contains("quoted"), "DataOnly drops attributes: {v2}");
    }

    #[test]
    fn xml_messages_escape_and_close() {
        for format in [DataFormat::Generic, DataFormat::StructureSpecific] {
            for layout in [Layout::TimeSeries, Layout::Flat] {
                let text = write_message(format, info(DataDetail::Full, layout), &sample());
                assert!(text.contains("&lt;note&gt;"), "{text}");
                assert!(!text.contains("<note>"), "{text}");
                let mut reader = quick_xml::Reader::from_str(&text);
                let mut depth = 0i32;
                loop {
                    match reader.read_event() {
                        Ok(quick_xml::events::Event::Start(_)) => depth += 1,
                        Ok(quick_xml::events::Event::End(_)) => depth -= 1,
                        Ok(quick_xml::events::Event::Eof) => break,
                        Ok(_) => {}
                        Err(e) => panic!("{format:?} {layout:?}: {e}"),
                    }
                }
                assert_eq!(depth, 0, "{format:?} {layout:?}");
            }
        }
    }
}
