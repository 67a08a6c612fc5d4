//! Reading an SDMX-ML 2.1 structure message: the code lists, concepts, data structures and
//! dataflows an operator brings from elsewhere (a statistics office, ILOSTAT, a regional body).
//! Streamed with quick-xml; a document type declaration is refused, as for data.

use crate::model::{Attachment, Component, ComponentKind, Concept, DataStructure, Dataflow};
use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use std::io::BufRead;

const MESSAGE: &str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";

/// Why a structure message was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StructureError {
    /// The XML does not parse.
    #[error("the XML is broken at byte {position}: {reason}")]
    Malformed {
        /// Where (bytes from the start).
        position: u64,
        /// What the parser said.
        reason: String,
    },
    /// A document type declaration (refused: external entities come in through it).
    #[error("the message has a document type declaration, which lmip refuses for safety")]
    Doctype,
    /// Not an SDMX-ML 2.1 structure message.
    #[error("this is not an SDMX-ML 2.1 structure message (its root is {0})")]
    NotStructure(String),
    /// A structure that is missing a part lmip needs.
    #[error("{0}")]
    Incomplete(String),
}

/// A code as read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportedCode {
    /// Its id.
    pub id: String,
    /// Its parent, in the list's hierarchy.
    pub parent: Option<String>,
    /// Names: (language, name).
    pub names: Vec<(String, String)>,
}

/// A code list as read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportedCodelist {
    /// Its id.
    pub id: String,
    /// Its agency.
    pub agency: String,
    /// Its English name (or the first name given, or the id).
    pub name: String,
    /// Its codes, in the message's order.
    pub codes: Vec<ImportedCode>,
}

/// Everything a structure message holds that lmip keeps.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StructureSet {
    /// Code lists.
    pub codelists: Vec<ImportedCodelist>,
    /// Concepts (of every scheme).
    pub concepts: Vec<Concept>,
    /// Data structures.
    pub structures: Vec<DataStructure>,
    /// Dataflows.
    pub dataflows: Vec<Dataflow>,
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == name)
            .then(|| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .ok()
                    .map(|v| v.into_owned())
            })
            .flatten()
    })
}

fn lang(e: &BytesStart<'_>) -> String {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == "xml:lang")
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
        .unwrap_or_else(|| "en".into())
}

/// What the reader is inside.
#[derive(Debug, Default)]
struct State {
    path: Vec<String>,
    codelist: Option<ImportedCodelist>,
    code: Option<ImportedCode>,
    concept: Option<Concept>,
    dsd: Option<(DataStructure, Vec<(i64, Component)>)>,
    component: Option<(i64, Component)>,
    flow: Option<Dataflow>,
    name_lang: Option<String>,
    text: String,
}

impl State {
    fn inside(&self, name: &str) -> bool {
        self.path.iter().any(|p| p == name)
    }
}

/// Reads a structure message.
pub fn parse_structure_message(reader: impl BufRead) -> Result<StructureSet, StructureError> {
    let mut xml = NsReader::from_reader(reader);
    let mut buf = Vec::new();
    let mut out = StructureSet::default();
    let mut st = State::default();
    let mut root_seen = false;
    loop {
        buf.clear();
        let (ns, event) = match xml.read_resolved_event_into(&mut buf) {
            Ok(x) => x,
            Err(e) => {
                return Err(StructureError::Malformed {
                    position: xml.error_position(),
                    reason: e.to_string().chars().take(120).collect(),
                });
            }
        };
        let ns_str = match ns {
            ResolveResult::Bound(n) => n.as_ref().to_string(),
            _ => String::new(),
        };
        match event {
            Event::DocType(_) => return Err(StructureError::Doctype),
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let local = e.local_name().as_ref().to_string();
                if !root_seen {
                    root_seen = true;
                    if local != "Structure" || ns_str != MESSAGE {
                        return Err(StructureError::NotStructure(format!("{local} in {ns_str}")));
                    }
                }
                open(&mut st, &mut out, &local, e)?;
                if empty {
                    close(&mut st, &mut out, &local);
                } else {
                    st.path.push(local);
                }
            }
            Event::Text(t) if st.name_lang.is_some() => {
                st.text
                    .push_str(&t.xml_content(quick_xml::XmlVersion::Implicit1_0));
            }
            Event::GeneralRef(r) if st.name_lang.is_some() => {
                if r.is_char_ref() {
                    if let Ok(Some(c)) = r.resolve_char_ref() {
                        st.text.push(c);
                    }
                } else {
                    st.text.push_str(match r.into_inner().as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        // Other entities need a DTD, which is refused.
                        _ => "",
                    });
                }
            }
            Event::End(ref e) => {
                let local = e.local_name().as_ref().to_string();
                st.path.pop();
                close(&mut st, &mut out, &local);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !root_seen {
        return Err(StructureError::NotStructure("nothing".into()));
    }
    Ok(out)
}

fn open(
    st: &mut State,
    out: &mut StructureSet,
    local: &str,
    e: &BytesStart<'_>,
) -> Result<(), StructureError> {
    let _ = out;
    let id = || attr(e, "id").unwrap_or_default();
    match local {
        "Codelist" if st.inside("Codelists") => {
            st.codelist = Some(ImportedCodelist {
                id: id(),
                agency: attr(e, "agencyID").unwrap_or_default(),
                ..ImportedCodelist::default()
            });
        }
        "Code" if st.codelist.is_some() => {
            st.code = Some(ImportedCode {
                id: id(),
                ..ImportedCode::default()
            });
        }
        "Concept" if st.inside("ConceptScheme") => {
            st.concept = Some(Concept {
                id: id(),
                name: String::new(),
            });
        }
        "DataStructure" if st.inside("DataStructures") => {
            st.dsd = Some((
                DataStructure {
                    id: id(),
                    agency: attr(e, "agencyID").unwrap_or_default(),
                    version: attr(e, "version").unwrap_or_else(|| "1.0".into()),
                    name: String::new(),
                    components: Vec::new(),
                },
                Vec::new(),
            ));
        }
        "Dimension" | "TimeDimension" | "PrimaryMeasure" | "Attribute"
            if st.dsd.is_some()
                && st.component.is_none()
                && st.inside("DataStructureComponents") =>
        {
            let kind = match local {
                "Dimension" => ComponentKind::Dimension,
                "TimeDimension" => ComponentKind::TimeDimension,
                "PrimaryMeasure" => ComponentKind::PrimaryMeasure,
                _ => ComponentKind::Attribute,
            };
            let position = attr(e, "position")
                .and_then(|p| p.parse().ok())
                .unwrap_or(i64::MAX / 2);
            let mandatory = match kind {
                ComponentKind::Attribute => {
                    attr(e, "assignmentStatus").as_deref() == Some("Mandatory")
                }
                _ => true,
            };
            st.component = Some((
                position,
                Component {
                    id: id(),
                    kind,
                    codelist: None,
                    attachment: (kind == ComponentKind::Attribute).then_some(Attachment::Series),
                    mandatory,
                },
            ));
        }
        "PrimaryMeasure" if st.inside("AttributeRelationship") => {
            if let Some((_, c)) = &mut st.component {
                c.attachment = Some(Attachment::Observation);
            }
        }
        "Ref" if st.inside("Enumeration") => {
            if let Some((_, c)) = &mut st.component {
                c.codelist = attr(e, "id");
            }
        }
        "Ref" if st.inside("Parent") => {
            if let Some(code) = &mut st.code {
                code.parent = attr(e, "id");
            }
        }
        "Dataflow" if st.inside("Dataflows") => {
            st.flow = Some(Dataflow {
                id: id(),
                agency: attr(e, "agencyID").unwrap_or_default(),
                version: attr(e, "version").unwrap_or_else(|| "1.0".into()),
                name: String::new(),
                description: String::new(),
                structure: String::new(),
            });
        }
        "Ref" if st.flow.is_some() && st.inside("Structure") && st.inside("Dataflow") => {
            if let Some(f) = &mut st.flow {
                f.structure = attr(e, "id").unwrap_or_default();
            }
        }
        "Name" => {
            st.name_lang = Some(lang(e));
            st.text.clear();
        }
        _ => {}
    }
    Ok(())
}

/// Keeps a name: English wins; otherwise the first one given.
fn keep_name(slot: &mut String, lang: &str, text: &str) {
    if slot.is_empty() || lang == "en" {
        *slot = text.to_string();
    }
}

fn close(st: &mut State, out: &mut StructureSet, local: &str) {
    match local {
        "Name" => {
            let Some(lang) = st.name_lang.take() else {
                return;
            };
            let text = st.text.trim().to_string();
            if let Some(code) = &mut st.code {
                code.names.push((lang, text));
            } else if let Some(c) = &mut st.concept {
                keep_name(&mut c.name, &lang, &text);
            } else if let Some(l) = &mut st.codelist {
                keep_name(&mut l.name, &lang, &text);
            } else if let Some(f) = &mut st.flow {
                keep_name(&mut f.name, &lang, &text);
            } else if let Some((d, _)) = &mut st.dsd
                && st.component.is_none()
            {
                keep_name(&mut d.name, &lang, &text);
            }
        }
        "Code" => {
            if let (Some(code), Some(list)) = (st.code.take(), &mut st.codelist) {
                list.codes.push(code);
            }
        }
        "Codelist" => {
            if let Some(mut l) = st.codelist.take() {
                if l.name.is_empty() {
                    l.name = l.id.clone();
                }
                out.codelists.push(l);
            }
        }
        "Concept" => {
            if let Some(mut c) = st.concept.take() {
                if c.name.is_empty() {
                    c.name = c.id.clone();
                }
                out.concepts.push(c);
            }
        }
        "Dimension" | "TimeDimension" | "PrimaryMeasure" | "Attribute"
            if !st.inside("AttributeRelationship") =>
        {
            if let (Some(c), Some((_, comps))) = (st.component.take(), &mut st.dsd) {
                comps.push(c);
            }
        }
        "DataStructure" => {
            if let Some((mut d, mut comps)) = st.dsd.take() {
                // Dimensions by position, then time, measure, attributes (lmip's order).
                comps.sort_by_key(|(p, c)| {
                    let rank = match c.kind {
                        ComponentKind::Dimension => 0,
                        ComponentKind::TimeDimension => 1,
                        ComponentKind::PrimaryMeasure => 2,
                        ComponentKind::Attribute => 3,
                    };
                    (rank, *p)
                });
                d.components = comps.into_iter().map(|(_, c)| c).collect();
                if d.name.is_empty() {
                    d.name = d.id.clone();
                }
                out.structures.push(d);
            }
        }
        "Dataflow" => {
            if let Some(mut f) = st.flow.take() {
                if f.name.is_empty() {
                    f.name = f.id.clone();
                }
                f.description = f.name.clone();
                out.dataflows.push(f);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MESSAGE_XML: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<mes:Structure xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
 xmlns:str="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure"
 xmlns:com="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
 <mes:Header><mes:ID>X</mes:ID></mes:Header>
 <mes:Structures>
  <str:Dataflows><str:Dataflow agencyID="ILMS" id="DF_X" version="1.0"><com:Name xml:lang="fr">Flux</com:Name><com:Name xml:lang="en">A &amp; B</com:Name>
   <str:Structure><Ref agencyID="ILMS" id="DSD_X" version="1.0"/></str:Structure></str:Dataflow></str:Dataflows>
  <str:Codelists><str:Codelist agencyID="ILMS" id="CL_X" version="1.0"><com:Name xml:lang="en">Things</com:Name>
   <str:Code id="A"><com:Name xml:lang="en">Alpha</com:Name><com:Name xml:lang="th">อัลฟา</com:Name></str:Code>
   <str:Code id="A1"><com:Name xml:lang="en">Alpha one</com:Name><str:Parent><Ref id="A"/></str:Parent></str:Code>
  </str:Codelist></str:Codelists>
  <str:Concepts><str:ConceptScheme agencyID="ILMS" id="CS" version="1.0"><com:Name xml:lang="en">Concepts</com:Name>
   <str:Concept id="THING"><com:Name xml:lang="en">Thing</com:Name></str:Concept></str:ConceptScheme></str:Concepts>
  <str:DataStructures><str:DataStructure agencyID="ILMS" id="DSD_X" version="1.0"><com:Name xml:lang="en">X</com:Name>
   <str:DataStructureComponents>
    <str:DimensionList id="DimensionDescriptor">
     <str:TimeDimension id="TIME_PERIOD" position="3"/>
     <str:Dimension id="THING" position="2"><str:LocalRepresentation><str:Enumeration><Ref id="CL_X"/></str:Enumeration></str:LocalRepresentation></str:Dimension>
     <str:Dimension id="FREQ" position="1"><str:LocalRepresentation><str:Enumeration><Ref id="CL_FREQ"/></str:Enumeration></str:LocalRepresentation></str:Dimension>
    </str:DimensionList>
    <str:AttributeList id="AttributeDescriptor">
     <str:Attribute id="OBS_STATUS" assignmentStatus="Conditional"><str:AttributeRelationship><str:PrimaryMeasure><Ref id="OBS_VALUE"/></str:PrimaryMeasure></str:AttributeRelationship></str:Attribute>
     <str:Attribute id="UNIT_MEASURE" assignmentStatus="Mandatory"><str:AttributeRelationship><str:Dimension><Ref id="THING"/></str:Dimension></str:AttributeRelationship></str:Attribute>
    </str:AttributeList>
    <str:MeasureList id="MeasureDescriptor"><str:PrimaryMeasure id="OBS_VALUE"/></str:MeasureList>
   </str:DataStructureComponents></str:DataStructure></str:DataStructures>
 </mes:Structures>
</mes:Structure>"#;

    #[test]
    fn a_structure_message_is_read_whole() {
        let s = parse_structure_message(MESSAGE_XML.as_bytes()).unwrap();
        assert_eq!(s.dataflows[0].name, "A & B");
        assert_eq!(s.dataflows[0].structure, "DSD_X");
        let l = &s.codelists[0];
        assert_eq!(
            (l.id.as_str(), l.name.as_str(), l.codes.len()),
            ("CL_X", "Things", 2)
        );
        assert_eq!(l.codes[0].names[1], ("th".into(), "อัลฟา".into()));
        assert_eq!(l.codes[1].parent.as_deref(), Some("A"));
        assert_eq!(s.concepts[0].name, "Thing");
        let d = &s.structures[0];
        let ids: Vec<&str> = d.components.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "FREQ",
                "THING",
                "TIME_PERIOD",
                "OBS_VALUE",
                "OBS_STATUS",
                "UNIT_MEASURE"
            ]
        );
        assert_eq!(d.components[1].codelist.as_deref(), Some("CL_X"));
        assert_eq!(d.components[4].attachment, Some(Attachment::Observation));
        assert_eq!(d.components[5].attachment, Some(Attachment::Series));
        assert!(d.components[5].mandatory && !d.components[4].mandatory);
    }

    #[test]
    fn hostile_or_wrong_messages_are_refused() {
        let xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        assert_eq!(
            parse_structure_message(xxe.as_bytes()),
            Err(StructureError::Doctype)
        );
        let data = MESSAGE_XML
            .replace("mes:Structure ", "mes:GenericData ")
            .replace("</mes:Structure>", "</mes:GenericData>");
        assert!(matches!(
            parse_structure_message(data.as_bytes()),
            Err(StructureError::NotStructure(_))
        ));
        assert!(matches!(
            parse_structure_message(&MESSAGE_XML.as_bytes()[..400]),
            Err(StructureError::Malformed { .. })
        ));
    }
}
