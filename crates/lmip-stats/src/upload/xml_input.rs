//! SDMX-ML 2.1 data uploads, Generic and StructureSpecific, read as a stream of XML events.
//!
//! A document type declaration is refused outright: it is how external entities and entity
//! expansion ("billion laughs") get in, and SDMX messages never need one. quick-xml expands no
//! entities but the five predefined ones and character references.

use super::findings::clip;
use super::text::{Text, io_finding};
use super::{Cell, Context, Finding, Format, InputRow, Location, Problem, Rows};
use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use std::io::{BufRead, Read};

const MESSAGE: &str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";

/// A reader that counts the lines the XML parser has consumed, so findings can name a line.
struct Lines<R> {
    inner: R,
    line: u64,
}

impl<R: BufRead> Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.line += buf[..n].iter().filter(|b| **b == b'\n').count() as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Lines<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        if let Ok(buf) = self.inner.fill_buf() {
            let n = amt.min(buf.len());
            self.line += buf[..n].iter().filter(|b| **b == b'\n').count() as u64;
        }
        self.inner.consume(amt);
    }
}

/// Where the reader is inside a series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Outside,
    SeriesKey,
    SeriesAttributes,
    Obs,
    ObsKey,
    ObsAttributes,
}

struct XmlRows<'a, R: BufRead> {
    reader: NsReader<Lines<R>>,
    buf: Vec<u8>,
    format: Format,
    ctx: &'a Context<'a>,
    part: Part,
    in_header_structure: bool,
    series: Vec<Cell>,
    obs: Vec<Cell>,
    obs_line: u64,
    rows: u64,
    done: bool,
}

/// Reads up to the root element and returns the message kind and its observations.
pub(crate) fn open<'a>(
    text: Text<'a>,
    ctx: &'a Context<'a>,
) -> Result<(Format, Rows<'a>), Finding> {
    let mut reader = NsReader::from_reader(Lines {
        inner: text.into_inner(),
        line: 1,
    });
    let mut buf = Vec::new();
    let format = loop {
        buf.clear();
        let line = reader.get_ref().line;
        let (ns, event) = reader
            .read_resolved_event_into(&mut buf)
            .map_err(|e| malformed(&e, line))?;
        match event {
            Event::DocType(_) => {
                return Err(Finding::new(Problem::XmlDoctype, Location::row(line)));
            }
            Event::Start(e) | Event::Empty(e) => {
                let local = e.local_name().as_ref().to_string();
                if local.eq_ignore_ascii_case("html") {
                    return Err(Finding::new(
                        Problem::UnsupportedFormat {
                            format: "html".into(),
                        },
                        Location::file(),
                    ));
                }
                let namespace = match ns {
                    ResolveResult::Bound(n) => n.as_ref().to_string(),
                    _ => String::new(),
                };
                if namespace != MESSAGE {
                    return Err(Finding::new(
                        Problem::XmlNamespace {
                            found: clip(&namespace),
                        },
                        Location::row(line),
                    ));
                }
                break match local.as_str() {
                    "GenericData" => Format::GenericData,
                    "StructureSpecificData" => Format::StructureSpecificData,
                    _ => {
                        return Err(Finding::new(
                            Problem::NotSdmxData { root: clip(&local) },
                            Location::row(line),
                        ));
                    }
                };
            }
            Event::Eof => return Err(Finding::new(Problem::NoData, Location::file())),
            _ => {}
        }
    };
    let rows = XmlRows {
        reader,
        buf,
        format,
        ctx,
        part: Part::Outside,
        in_header_structure: false,
        series: Vec::new(),
        obs: Vec::new(),
        obs_line: 0,
        rows: 0,
        done: false,
    };
    Ok((format, Box::new(rows)))
}

fn malformed(e: &quick_xml::Error, line: u64) -> Finding {
    if let quick_xml::Error::Io(io) = e {
        return io_finding(io, Location::row(line));
    }
    Finding::new(
        Problem::XmlMalformed {
            reason: clip(&e.to_string()),
        },
        Location::row(line),
    )
}

/// The unprefixed attributes of an element: (name, value). Namespace declarations and `xsi:`
/// attributes are not data.
fn attributes(e: &BytesStart<'_>, line: u64) -> Result<Vec<(String, String)>, Finding> {
    let mut out = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|err| malformed(&err.into(), line))?;
        if a.key.prefix().is_some() || a.key.as_ref().starts_with("xmlns") {
            continue;
        }
        let value = a
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|err| malformed(&err, line))?;
        out.push((a.key.as_ref().to_string(), value.trim().to_string()));
    }
    Ok(out)
}

fn attribute(e: &BytesStart<'_>, name: &str, line: u64) -> Result<Option<String>, Finding> {
    Ok(attributes(e, line)?
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v))
}

fn cell(component: &str, value: String) -> Cell {
    Cell {
        component: component.to_string(),
        value,
        column: component.to_string(),
    }
}

impl<R: BufRead> XmlRows<'_, R> {
    fn stop(&mut self, f: Finding) -> Option<Result<InputRow, Finding>> {
        self.done = true;
        Some(Err(f))
    }

    fn row(&mut self) -> Option<Result<InputRow, Finding>> {
        self.rows += 1;
        if self.rows > self.ctx.limits.max_rows {
            return self.stop(Finding::new(
                Problem::TooManyRows {
                    limit: self.ctx.limits.max_rows,
                },
                Location::row(self.obs_line),
            ));
        }
        let mut cells = self.series.clone();
        cells.append(&mut self.obs);
        Some(Ok(InputRow {
            sheet: None,
            row: self.obs_line,
            cells,
        }))
    }

    /// An element opens (`empty`: and closes at once). Returns a row when an observation is done.
    fn start(&mut self, e: &BytesStart<'_>, empty: bool, line: u64) -> Result<Option<()>, Finding> {
        let local = e.local_name();
        let name = local.as_ref();
        match (self.format, name) {
            (_, "Structure") if self.part == Part::Outside => {
                self.in_header_structure = !empty;
            }
            (_, "Ref") if self.in_header_structure => {
                if let Some(id) = attribute(e, "id", line)?
                    && id != self.ctx.flow.id
                    && id != self.ctx.dsd.id
                {
                    return Err(Finding::new(
                        Problem::WrongFlow {
                            found: clip(&id),
                            expected: self.ctx.flow.id.clone(),
                        },
                        Location::row(line),
                    ));
                }
            }
            (Format::GenericData, "Series") => {
                self.series.clear();
                self.part = Part::Outside;
            }
            (Format::GenericData, "SeriesKey") => self.part = Part::SeriesKey,
            (Format::GenericData, "ObsKey") => self.part = Part::ObsKey,
            (Format::GenericData, "Attributes") => {
                self.part = if matches!(self.part, Part::Obs | Part::ObsKey) {
                    Part::ObsAttributes
                } else {
                    Part::SeriesAttributes
                };
            }
            (Format::GenericData, "Value") => {
                let id = attribute(e, "id", line)?.unwrap_or_default();
                let value = attribute(e, "value", line)?.unwrap_or_default();
                match self.part {
                    Part::SeriesKey | Part::SeriesAttributes => self.series.push(cell(&id, value)),
                    Part::ObsKey | Part::ObsAttributes | Part::Obs => {
                        self.obs.push(cell(&id, value));
                    }
                    Part::Outside => {}
                }
            }
            (Format::GenericData, "Obs") => {
                self.part = Part::Obs;
                self.obs.clear();
                self.obs_line = line;
                if empty {
                    return Ok(Some(()));
                }
            }
            (Format::GenericData, "ObsDimension") => {
                let v = attribute(e, "value", line)?.unwrap_or_default();
                self.obs.push(cell("TIME_PERIOD", v));
            }
            (Format::GenericData, "ObsValue") => {
                let v = attribute(e, "value", line)?.unwrap_or_default();
                self.obs.push(cell("OBS_VALUE", v));
            }
            (Format::StructureSpecificData, "Series") => {
                self.series = attributes(e, line)?
                    .into_iter()
                    .map(|(k, v)| cell(&k, v))
                    .collect();
            }
            (Format::StructureSpecificData, "Obs") => {
                self.obs_line = line;
                self.obs = attributes(e, line)?
                    .into_iter()
                    .map(|(k, v)| cell(&k, v))
                    .collect();
                return Ok(Some(()));
            }
            _ => {}
        }
        Ok(None)
    }

    fn end(&mut self, name: &str) -> bool {
        match (self.format, name) {
            (_, "Structure") => self.in_header_structure = false,
            (Format::GenericData, "SeriesKey") => self.part = Part::Outside,
            (Format::GenericData, "ObsKey") => self.part = Part::Obs,
            (Format::GenericData, "Attributes") => {
                self.part = if self.part == Part::ObsAttributes {
                    Part::Obs
                } else {
                    Part::Outside
                };
            }
            (Format::GenericData, "Obs") => {
                self.part = Part::Outside;
                return true;
            }
            (Format::StructureSpecificData, "Series") => self.series.clear(),
            _ => {}
        }
        false
    }
}

impl<R: BufRead> Iterator for XmlRows<'_, R> {
    type Item = Result<InputRow, Finding>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            let before = self.reader.get_ref().line;
            let event = match self.reader.read_event_into(&mut self.buf) {
                Ok(e) => e.into_owned(),
                Err(e) => return self.stop(malformed(&e, before)),
            };
            let line = self.reader.get_ref().line;
            let done_obs = match event {
                Event::DocType(_) => {
                    return self.stop(Finding::new(Problem::XmlDoctype, Location::row(line)));
                }
                Event::Start(e) => match self.start(&e, false, line) {
                    Ok(o) => o.is_some() && self.format == Format::StructureSpecificData,
                    Err(f) => return self.stop(f),
                },
                Event::Empty(e) => match self.start(&e, true, line) {
                    Ok(o) => o.is_some(),
                    Err(f) => return self.stop(f),
                },
                Event::End(e) => self.end(e.local_name().as_ref()),
                Event::Eof => {
                    self.done = true;
                    if self.rows == 0 {
                        return Some(Err(Finding::new(Problem::NoData, Location::file())));
                    }
                    return None;
                }
                _ => false,
            };
            if done_obs {
                return self.row();
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::upload::testing::read_all;

    const GENERIC: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<mes:GenericData xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
  xmlns:gen="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic"
  xmlns:com="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
  <mes:Header><mes:ID>X</mes:ID>
    <mes:Structure structureID="S" dimensionAtObservation="TIME_PERIOD">
      <com:StructureUsage><Ref agencyID="LMIP" id="MIG_OUTFLOW" version="1.0"/></com:StructureUsage>
    </mes:Structure>
  </mes:Header>
  <mes:DataSet structureRef="S">
    <gen:Series>
      <gen:SeriesKey><gen:Value id="FREQ" value="A"/><gen:Value id="REF_AREA" value="KH"/>
        <gen:Value id="COUNTERPART_AREA" value="TH"/><gen:Value id="SEX" value="F"/></gen:SeriesKey>
      <gen:Attributes><gen:Value id="UNIT_MEASURE" value="PS"/></gen:Attributes>
      <gen:Obs>
        <gen:ObsDimension value="2022"/><gen:ObsValue value="1234.5"/>
        <gen:Attributes><gen:Value id="OBS_STATUS" value="E"/></gen:Attributes>
      </gen:Obs>
      <gen:Obs><gen:ObsDimension value="2023"/><gen:ObsValue value="1201"/></gen:Obs>
    </gen:Series>
  </mes:DataSet>
</mes:GenericData>"#;

    const SPECIFIC: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<mes:StructureSpecificData xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
  xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <mes:Header><mes:ID>X</mes:ID></mes:Header>
  <mes:DataSet ss:structureRef="S" xsi:type="ns1:DataSetType">
    <Series FREQ="A" REF_AREA="KH" COUNTERPART_AREA="TH" SEX="F" UNIT_MEASURE="PS">
      <Obs TIME_PERIOD="2022" OBS_VALUE="1234.5" OBS_STATUS="E"/>
      <Obs TIME_PERIOD="2023" OBS_VALUE="1201"/>
    </Series>
  </mes:DataSet>
</mes:StructureSpecificData>"#;

    fn sorted(row: &InputRow) -> Vec<(String, String)> {
        let mut v: Vec<_> = row
            .cells
            .iter()
            .map(|c| (c.component.clone(), c.value.clone()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn generic_and_structure_specific_read_the_same() {
        let (fg, g) = read_all(GENERIC.as_bytes()).unwrap();
        let (fs, s) = read_all(SPECIFIC.as_bytes()).unwrap();
        assert_eq!(
            (fg, fs),
            (Format::GenericData, Format::StructureSpecificData)
        );
        assert_eq!(g.len(), 2);
        assert_eq!(s.len(), 2);
        for (a, b) in g.iter().zip(&s) {
            assert_eq!(sorted(a), sorted(b));
        }
        assert!(sorted(&g[0]).contains(&("OBS_STATUS".into(), "E".into())));
        assert!(!sorted(&g[1]).iter().any(|(k, _)| k == "OBS_STATUS"));
        // Lines are the file's.
        assert_eq!(g[0].row, 15);
        assert_eq!(s[1].row, 9);
    }

    #[test]
    fn hostile_and_wrong_xml_is_refused() {
        let xxe = r#"<?xml version="1.0"?>
<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<mes:GenericData xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">&xxe;</mes:GenericData>"#;
        assert_eq!(
            read_all(xxe.as_bytes()).err().unwrap().problem,
            Problem::XmlDoctype
        );
        let v3 = GENERIC.replace("v2_1/message", "v3_0/message");
        assert!(matches!(
            read_all(v3.as_bytes()).err().unwrap().problem,
            Problem::XmlNamespace { .. }
        ));
        let structure = GENERIC.replace("GenericData", "Structure");
        assert_eq!(
            read_all(structure.as_bytes()).err().unwrap().problem,
            Problem::NotSdmxData {
                root: "Structure".into()
            }
        );
        let other = GENERIC.replace("id=\"MIG_OUTFLOW\"", "id=\"DF_MIG_STOCK\"");
        assert!(matches!(
            read_all(other.as_bytes()).err().unwrap().problem,
            Problem::WrongFlow { .. }
        ));
        let html = "<!doctype html><html><body>Sign in</body></html>";
        assert!(matches!(
            read_all(html.as_bytes()).err().unwrap().problem,
            Problem::XmlDoctype | Problem::UnsupportedFormat { .. }
        ));
        let html = "<html><body>Sign in</body></html>";
        assert_eq!(
            read_all(html.as_bytes()).err().unwrap().problem,
            Problem::UnsupportedFormat {
                format: "html".into()
            }
        );
        let broken =
            &GENERIC[..GENERIC.len() / 2].replace("<gen:Obs>", "<gen:Obs><gen:Oops></gen:Obs>");
        let f = read_all(broken.as_bytes()).err().unwrap();
        assert!(matches!(f.problem, Problem::XmlMalformed { .. }), "{f:?}");
    }
}
