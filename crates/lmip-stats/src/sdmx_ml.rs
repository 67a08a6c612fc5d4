//! SDMX-ML 2.1 messages: the structure message (dataflows, code lists, concepts, data structures)
//! and the error message. Element order follows the SDMX 2.1 XSD; every maintainable artefact
//! carries its URN, agency, id and version, and every reference its class and package (pysdmx
//! needs them).

use crate::model::{
    AGENCY, Attachment, CONCEPT_SCHEME, Codelist, ComponentKind, Concept, DataStructure, Dataflow,
    VERSION,
};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

const MES: &str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
const STR: &str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
const COM: &str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";

/// What a structure message holds. Empty parts are left out.
#[derive(Debug, Clone, Copy)]
pub struct StructureMessage<'a> {
    /// Message id.
    pub id: &'a str,
    /// When it was prepared (RFC 3339).
    pub prepared: &'a str,
    /// Dataflows.
    pub dataflows: &'a [Dataflow],
    /// Code lists.
    pub codelists: &'a [Codelist],
    /// Concepts (all go in lmip's one concept scheme); `None` leaves the scheme out.
    pub concepts: Option<&'a [Concept]>,
    /// Data structures.
    pub structures: &'a [DataStructure],
    /// Stubs only: names and references, no codes, concepts or components (`detail=allstubs`).
    pub stubs: bool,
}

/// A writer over a growing buffer. Writing to a `Vec` cannot fail, so results are dropped here
/// once instead of at every call.
struct Xml {
    w: Writer<Vec<u8>>,
}

impl Xml {
    fn new() -> Xml {
        let mut w = Writer::new(Vec::with_capacity(64 * 1024));
        let _ = w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
        Xml { w }
    }

    fn start(&mut self, name: &str, attrs: &[(&str, &str)]) {
        let e = BytesStart::new(name).with_attributes(attrs.iter().copied());
        let _ = self.w.write_event(Event::Start(e));
    }

    fn end(&mut self, name: &str) {
        let _ = self.w.write_event(Event::End(BytesEnd::new(name)));
    }

    fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        let e = BytesStart::new(name).with_attributes(attrs.iter().copied());
        let _ = self.w.write_event(Event::Empty(e));
    }

    fn text(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.start(name, attrs);
        let _ = self.w.write_event(Event::Text(BytesText::new(text)));
        self.end(name);
    }

    fn finish(self) -> String {
        String::from_utf8(self.w.into_inner()).unwrap_or_default()
    }
}

fn urn(package: &str, class: &str, agency: &str, id: &str, version: &str) -> String {
    format!("urn:sdmx:org.sdmx.infomodel.{package}.{class}={agency}:{id}({version})")
}

fn header(x: &mut Xml, id: &str, prepared: &str) {
    x.start("mes:Header", &[]);
    x.text("mes:ID", &[], id);
    x.text("mes:Test", &[], "false");
    x.text("mes:Prepared", &[], prepared);
    x.empty("mes:Sender", &[("id", AGENCY)]);
    x.end("mes:Header");
}

fn concept_ref(x: &mut Xml, id: &str) {
    x.start("str:ConceptIdentity", &[]);
    x.empty(
        "Ref",
        &[
            ("agencyID", AGENCY),
            ("maintainableParentID", CONCEPT_SCHEME),
            ("maintainableParentVersion", VERSION),
            ("id", id),
            ("class", "Concept"),
            ("package", "conceptscheme"),
        ],
    );
    x.end("str:ConceptIdentity");
}

fn representation(x: &mut Xml, codelist: Option<&str>, text_type: &str) {
    x.start("str:LocalRepresentation", &[]);
    match codelist {
        Some(cl) => {
            x.start("str:Enumeration", &[]);
            x.empty(
                "Ref",
                &[
                    ("agencyID", AGENCY),
                    ("id", cl),
                    ("version", VERSION),
                    ("class", "Codelist"),
                    ("package", "codelist"),
                ],
            );
            x.end("str:Enumeration");
        }
        None => x.empty("str:TextFormat", &[("textType", text_type)]),
    }
    x.end("str:LocalRepresentation");
}

fn dataflows(x: &mut Xml, flows: &[Dataflow]) {
    x.start("str:Dataflows", &[]);
    for f in flows {
        let u = urn("datastructure", "Dataflow", &f.agency, &f.id, &f.version);
        x.start(
            "str:Dataflow",
            &[
                ("agencyID", &f.agency),
                ("id", &f.id),
                ("version", &f.version),
                ("isFinal", "true"),
                ("urn", &u),
            ],
        );
        x.text("com:Name", &[("xml:lang", "en")], &f.name);
        x.text("com:Description", &[("xml:lang", "en")], &f.description);
        x.start("str:Structure", &[]);
        x.empty(
            "Ref",
            &[
                ("agencyID", &f.agency),
                ("id", &f.structure),
                ("version", &f.version),
                ("class", "DataStructure"),
                ("package", "datastructure"),
            ],
        );
        x.end("str:Structure");
        x.end("str:Dataflow");
    }
    x.end("str:Dataflows");
}

fn codelists(x: &mut Xml, lists: &[Codelist], stubs: bool) {
    x.start("str:Codelists", &[]);
    for cl in lists {
        let u = urn("codelist", "Codelist", &cl.agency, &cl.id, &cl.version);
        x.start(
            "str:Codelist",
            &[
                ("agencyID", &cl.agency),
                ("id", &cl.id),
                ("version", &cl.version),
                ("isFinal", "true"),
                ("urn", &u),
            ],
        );
        x.text("com:Name", &[("xml:lang", "en")], &cl.name);
        if !stubs {
            for c in &cl.codes {
                let cu = format!(
                    "urn:sdmx:org.sdmx.infomodel.codelist.Code={}:{}({}).{}",
                    cl.agency, cl.id, cl.version, c.id
                );
                x.start("str:Code", &[("id", &c.id), ("urn", &cu)]);
                for (lang, name) in &c.names {
                    x.text("com:Name", &[("xml:lang", lang)], name);
                }
                if let Some(p) = &c.parent {
                    x.start("str:Parent", &[]);
                    x.empty("Ref", &[("id", p)]);
                    x.end("str:Parent");
                }
                x.end("str:Code");
            }
        }
        x.end("str:Codelist");
    }
    x.end("str:Codelists");
}

fn concept_scheme(x: &mut Xml, concepts: &[Concept], stubs: bool) {
    x.start("str:Concepts", &[]);
    let u = urn(
        "conceptscheme",
        "ConceptScheme",
        AGENCY,
        CONCEPT_SCHEME,
        VERSION,
    );
    x.start(
        "str:ConceptScheme",
        &[
            ("agencyID", AGENCY),
            ("id", CONCEPT_SCHEME),
            ("version", VERSION),
            ("isFinal", "true"),
            ("urn", &u),
        ],
    );
    x.text(
        "com:Name",
        &[("xml:lang", "en")],
        "Labour migration concepts",
    );
    if !stubs {
        for c in concepts {
            let cu = format!(
                "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept={AGENCY}:{CONCEPT_SCHEME}({VERSION}).{}",
                c.id
            );
            x.start("str:Concept", &[("id", &c.id), ("urn", &cu)]);
            x.text("com:Name", &[("xml:lang", "en")], &c.name);
            x.end("str:Concept");
        }
    }
    x.end("str:ConceptScheme");
    x.end("str:Concepts");
}

fn data_structures(x: &mut Xml, structures: &[DataStructure], stubs: bool) {
    x.start("str:DataStructures", &[]);
    for s in structures {
        let u = urn(
            "datastructure",
            "DataStructure",
            &s.agency,
            &s.id,
            &s.version,
        );
        x.start(
            "str:DataStructure",
            &[
                ("agencyID", &s.agency),
                ("id", &s.id),
                ("version", &s.version),
                ("isFinal", "true"),
                ("urn", &u),
            ],
        );
        x.text("com:Name", &[("xml:lang", "en")], &s.name);
        if !stubs {
            components(x, s);
        }
        x.end("str:DataStructure");
    }
    x.end("str:DataStructures");
}

fn components(x: &mut Xml, s: &DataStructure) {
    x.start("str:DataStructureComponents", &[]);
    x.start("str:DimensionList", &[("id", "DimensionDescriptor")]);
    let mut position = 0;
    for c in s.components.iter().filter(|c| {
        matches!(
            c.kind,
            ComponentKind::Dimension | ComponentKind::TimeDimension
        )
    }) {
        position += 1;
        let pos = position.to_string();
        let element = if c.kind == ComponentKind::TimeDimension {
            "str:TimeDimension"
        } else {
            "str:Dimension"
        };
        x.start(element, &[("id", &c.id), ("position", &pos)]);
        concept_ref(x, &c.id);
        representation(x, c.codelist.as_deref(), "ObservationalTimePeriod");
        x.end(element);
    }
    x.end("str:DimensionList");
    let dims: Vec<&str> = s.dimensions().map(|d| d.id.as_str()).collect();
    let attributes: Vec<_> = s.attributes().collect();
    if !attributes.is_empty() {
        x.start("str:AttributeList", &[("id", "AttributeDescriptor")]);
        for a in attributes {
            let status = if a.mandatory {
                "Mandatory"
            } else {
                "Conditional"
            };
            x.start(
                "str:Attribute",
                &[("id", &a.id), ("assignmentStatus", status)],
            );
            concept_ref(x, &a.id);
            representation(x, a.codelist.as_deref(), "String");
            x.start("str:AttributeRelationship", &[]);
            match a.attachment {
                Some(Attachment::Series) => {
                    for d in &dims {
                        x.start("str:Dimension", &[]);
                        x.empty("Ref", &[("id", d)]);
                        x.end("str:Dimension");
                    }
                }
                _ => {
                    x.start("str:PrimaryMeasure", &[]);
                    x.empty("Ref", &[("id", "OBS_VALUE")]);
                    x.end("str:PrimaryMeasure");
                }
            }
            x.end("str:AttributeRelationship");
            x.end("str:Attribute");
        }
        x.end("str:AttributeList");
    }
    x.start("str:MeasureList", &[("id", "MeasureDescriptor")]);
    for m in s
        .components
        .iter()
        .filter(|c| c.kind == ComponentKind::PrimaryMeasure)
    {
        x.start("str:PrimaryMeasure", &[("id", &m.id)]);
        concept_ref(x, &m.id);
        representation(x, None, "Double");
        x.end("str:PrimaryMeasure");
    }
    x.end("str:MeasureList");
    x.end("str:DataStructureComponents");
}

/// The structure message.
pub fn structure_message(m: &StructureMessage<'_>) -> String {
    let mut x = Xml::new();
    x.start(
        "mes:Structure",
        &[("xmlns:mes", MES), ("xmlns:str", STR), ("xmlns:com", COM)],
    );
    header(&mut x, m.id, m.prepared);
    x.start("mes:Structures", &[]);
    // The XSD's order: Dataflows, Codelists, Concepts, DataStructures.
    if !m.dataflows.is_empty() {
        dataflows(&mut x, m.dataflows);
    }
    if !m.codelists.is_empty() {
        codelists(&mut x, m.codelists, m.stubs);
    }
    if let Some(concepts) = m.concepts {
        concept_scheme(&mut x, concepts, m.stubs);
    }
    if !m.structures.is_empty() {
        data_structures(&mut x, m.structures, m.stubs);
    }
    x.end("mes:Structures");
    x.end("mes:Structure");
    x.finish()
}

/// An SDMX error message (`code` 100 no results, 140 syntax error, 150 semantic error, 501 not
/// implemented, …) with an English text.
pub fn error_message(code: u16, text: &str) -> String {
    let mut x = Xml::new();
    x.start("mes:Error", &[("xmlns:mes", MES), ("xmlns:com", COM)]);
    x.start("mes:ErrorMessage", &[("code", &code.to_string())]);
    x.text("com:Text", &[("xml:lang", "en")], text);
    x.end("mes:ErrorMessage");
    x.end("mes:Error");
    x.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin;
    use crate::model::Code;

    #[test]
    fn a_structure_message_names_everything_and_escapes_text() {
        let flows = builtin::dataflows();
        let structures = builtin::structures();
        let concepts = builtin::concepts();
        let lists = vec![Codelist {
            id: "CL_SEX".into(),
            agency: AGENCY.into(),
            version: VERSION.into(),
            name: "Sex <& \"more\">".into(),
            codes: vec![Code {
                id: "F".into(),
                parent: Some("_T".into()),
                names: vec![("en".into(), "Female".into()), ("th".into(), "หญิง".into())],
            }],
        }];
        let xml = structure_message(&StructureMessage {
            id: "T1",
            prepared: "2026-01-01T00:00:00Z",
            dataflows: &flows,
            codelists: &lists,
            concepts: Some(&concepts),
            structures: &structures,
            stubs: false,
        });
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?><mes:Structure"));
        assert!(xml.contains(
            "urn=\"urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=LMIP:MIG_STOCK(1.0)\""
        ));
        assert!(
            xml.contains("Sex &lt;&amp; &quot;more&quot;&gt;"),
            "escaped"
        );
        assert!(xml.contains("<com:Name xml:lang=\"th\">หญิง</com:Name>"));
        assert!(xml.contains("<str:TimeDimension id=\"TIME_PERIOD\" position=\"5\">"));
        let order = [
            "<str:Dataflows>",
            "<str:Codelists>",
            "<str:Concepts>",
            "<str:DataStructures>",
        ];
        let at: Vec<usize> = order
            .iter()
            .map(|o| xml.find(o).unwrap_or(usize::MAX))
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "XSD order: {at:?}");
        let stubs = structure_message(&StructureMessage {
            id: "T2",
            prepared: "2026-01-01T00:00:00Z",
            dataflows: &[],
            codelists: &lists,
            concepts: None,
            structures: &structures,
            stubs: true,
        });
        assert!(!stubs.contains("<str:Code ") && !stubs.contains("DimensionList"));
    }

    #[test]
    fn an_error_message() {
        assert_eq!(
            error_message(100, "No Results Found"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><mes:Error xmlns:mes=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message\" xmlns:com=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common\"><mes:ErrorMessage code=\"100\"><com:Text xml:lang=\"en\">No Results Found</com:Text></mes:ErrorMessage></mes:Error>"
        );
    }
}
