//! lmip's built-in statistical structures: one concept scheme, three data structures and six
//! dataflows, which migrations store and operators can extend with their own.

use crate::model::{
    AGENCY, Attachment, Component, ComponentKind, Concept, DataStructure, Dataflow, VERSION,
};

/// The concepts of the built-in structures.
pub fn concepts() -> Vec<Concept> {
    [
        ("FREQ", "Frequency"),
        ("REF_AREA", "Reference area"),
        ("COUNTERPART_AREA", "Counterpart area"),
        ("SEX", "Sex"),
        ("COMPLAINT_CATEGORY", "Complaint category"),
        ("RESPONDENT_KIND", "Respondent of the complaint"),
        ("CASE_OUTCOME", "Outcome of the complaint"),
        ("TIME_PERIOD", "Time period"),
        ("OBS_VALUE", "Observation value"),
        ("OBS_STATUS", "Observation status"),
        ("UNIT_MEASURE", "Unit of measure"),
        ("UNIT_MULT", "Unit multiplier"),
        ("SOURCE", "Source"),
        ("NOTE", "Note"),
    ]
    .into_iter()
    .map(|(id, name)| Concept {
        id: id.into(),
        name: name.into(),
    })
    .collect()
}

fn dim(id: &str, codelist: &str) -> Component {
    Component {
        id: id.into(),
        kind: ComponentKind::Dimension,
        codelist: Some(codelist.into()),
        attachment: None,
        mandatory: true,
    }
}

fn attr(id: &str, codelist: Option<&str>, attachment: Attachment, mandatory: bool) -> Component {
    Component {
        id: id.into(),
        kind: ComponentKind::Attribute,
        codelist: codelist.map(Into::into),
        attachment: Some(attachment),
        mandatory,
    }
}

/// Time, measure and the attributes every built-in structure has.
fn common_tail() -> Vec<Component> {
    vec![
        Component {
            id: "TIME_PERIOD".into(),
            kind: ComponentKind::TimeDimension,
            codelist: None,
            attachment: None,
            mandatory: true,
        },
        Component {
            id: "OBS_VALUE".into(),
            kind: ComponentKind::PrimaryMeasure,
            codelist: None,
            attachment: None,
            mandatory: true,
        },
        attr(
            "UNIT_MEASURE",
            Some("CL_UNIT_MEASURE"),
            Attachment::Series,
            true,
        ),
        attr("UNIT_MULT", Some("CL_UNIT_MULT"), Attachment::Series, false),
        attr("SOURCE", None, Attachment::Series, false),
        attr(
            "OBS_STATUS",
            Some("CL_OBS_STATUS"),
            Attachment::Observation,
            false,
        ),
        attr("NOTE", None, Attachment::Observation, false),
    ]
}

fn structure(id: &str, name: &str, dims: Vec<Component>) -> DataStructure {
    let mut components = dims;
    components.extend(common_tail());
    DataStructure {
        id: id.into(),
        agency: AGENCY.into(),
        version: VERSION.into(),
        name: name.into(),
        components,
    }
}

/// The built-in data structures.
pub fn structures() -> Vec<DataStructure> {
    vec![
        structure(
            "DSD_MIG",
            "Labour migration between two countries, by sex",
            vec![
                dim("FREQ", "CL_FREQ"),
                dim("REF_AREA", "CL_AREA"),
                dim("COUNTERPART_AREA", "CL_AREA"),
                dim("SEX", "CL_SEX"),
            ],
        ),
        structure(
            "DSD_REMIT",
            "Remittances between two countries",
            vec![
                dim("FREQ", "CL_FREQ"),
                dim("REF_AREA", "CL_AREA"),
                dim("COUNTERPART_AREA", "CL_AREA"),
            ],
        ),
        structure(
            "DSD_COMPLAINTS",
            "Complaints by migrant workers, by category, respondent and outcome",
            vec![
                dim("FREQ", "CL_FREQ"),
                dim("REF_AREA", "CL_AREA"),
                dim("COUNTERPART_AREA", "CL_AREA"),
                dim("COMPLAINT_CATEGORY", "CL_COMPLAINT_CATEGORY"),
                dim("RESPONDENT_KIND", "CL_RESPONDENT_KIND"),
                dim("CASE_OUTCOME", "CL_CASE_OUTCOME"),
            ],
        ),
    ]
}

/// The built-in dataflows.
pub fn dataflows() -> Vec<Dataflow> {
    [
        (
            "MIG_STOCK",
            "Stock of international migrant workers",
            "Migrant workers (or migrants) living in REF_AREA (the country of destination) who came from COUNTERPART_AREA (the country of origin), by sex, at a date in the year.",
            "DSD_MIG",
        ),
        (
            "MIG_OUTFLOW",
            "Nationals leaving for work abroad",
            "Nationals of REF_AREA (the country of origin) who left during the year to work in COUNTERPART_AREA (the country of destination), by sex.",
            "DSD_MIG",
        ),
        (
            "MIG_INFLOW",
            "Inflows of migrant workers",
            "Migrant workers who arrived during the year in REF_AREA (the country of destination) from COUNTERPART_AREA (the country of origin), by sex.",
            "DSD_MIG",
        ),
        (
            "MIG_RETURN",
            "Returning migrant workers",
            "Nationals of REF_AREA who returned during the year from work in COUNTERPART_AREA, by sex.",
            "DSD_MIG",
        ),
        (
            "REMIT",
            "Remittances",
            "Money sent to REF_AREA (the receiving country) from COUNTERPART_AREA (the sending country) during the year, in US dollars.",
            "DSD_REMIT",
        ),
        (
            "COMPLAINTS",
            "Complaints by migrant workers",
            "Complaints filed by migrant workers from REF_AREA (the country of origin) about work in COUNTERPART_AREA (the country of destination), by category, who the complaint is about and how it ended; counted from anonymised cases, no cell below 5 published.",
            "DSD_COMPLAINTS",
        ),
    ]
    .into_iter()
    .map(|(id, name, description, structure)| Dataflow {
        id: id.into(),
        agency: AGENCY.into(),
        version: VERSION.into(),
        name: name.into(),
        description: description.into(),
        structure: structure.into(),
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_flow_has_its_structure_and_every_component_its_concept() {
        let structures = structures();
        let concepts: HashSet<String> = concepts().into_iter().map(|c| c.id).collect();
        for f in dataflows() {
            assert!(structures.iter().any(|s| s.id == f.structure), "{}", f.id);
        }
        for s in &structures {
            for c in &s.components {
                assert!(concepts.contains(&c.id), "{}: {}", s.id, c.id);
            }
            assert_eq!(
                s.components
                    .iter()
                    .filter(|c| c.kind == ComponentKind::TimeDimension)
                    .count(),
                1
            );
            assert!(s.dimensions().count() >= 3);
        }
    }
}
