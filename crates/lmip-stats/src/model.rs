//! The SDMX information model, as much of it as lmip publishes: code lists, concepts, data
//! structure definitions (dimensions, the time dimension, the primary measure, attributes) and
//! dataflows. Plain values; storage keeps them, the writers turn them into SDMX messages.

/// The maintenance agency of lmip's own structures.
pub const AGENCY: &str = "LMIP";
/// The version of lmip's built-in structures.
pub const VERSION: &str = "1.0";
/// The concept scheme that holds every concept lmip's structures use.
pub const CONCEPT_SCHEME: &str = "CS_LMIP";

/// What a component of a data structure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ComponentKind {
    /// A dimension (part of the series key), in key order.
    Dimension,
    /// The time dimension (`TIME_PERIOD`).
    TimeDimension,
    /// The primary measure (`OBS_VALUE`).
    PrimaryMeasure,
    /// An attribute.
    Attribute,
}

impl ComponentKind {
    /// The stable name used in storage.
    pub fn as_str(self) -> &'static str {
        match self {
            ComponentKind::Dimension => "dimension",
            ComponentKind::TimeDimension => "time",
            ComponentKind::PrimaryMeasure => "measure",
            ComponentKind::Attribute => "attribute",
        }
    }

    /// The kind a stored name stands for.
    pub fn parse(s: &str) -> Option<ComponentKind> {
        [
            ComponentKind::Dimension,
            ComponentKind::TimeDimension,
            ComponentKind::PrimaryMeasure,
            ComponentKind::Attribute,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// Where an attribute's value is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Attachment {
    /// Once per series.
    Series,
    /// On each observation.
    Observation,
}

impl Attachment {
    /// The stable name used in storage.
    pub fn as_str(self) -> &'static str {
        match self {
            Attachment::Series => "series",
            Attachment::Observation => "observation",
        }
    }

    /// The attachment a stored name stands for.
    pub fn parse(s: &str) -> Option<Attachment> {
        match s {
            "series" => Some(Attachment::Series),
            "observation" => Some(Attachment::Observation),
            _ => None,
        }
    }
}

/// One component of a data structure. Its concept has the same id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Component {
    /// Identifier, e.g. `REF_AREA`.
    pub id: String,
    /// What it is.
    pub kind: ComponentKind,
    /// The code list its values come from; `None` for free values (time, numbers, text).
    pub codelist: Option<String>,
    /// For attributes: where they attach.
    pub attachment: Option<Attachment>,
    /// For attributes: whether a value must be given.
    pub mandatory: bool,
}

/// A data structure definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataStructure {
    /// Identifier, e.g. `DSD_MIG`.
    pub id: String,
    /// Maintenance agency.
    pub agency: String,
    /// Version.
    pub version: String,
    /// English name.
    pub name: String,
    /// Components: dimensions in key order first, then the time dimension, the measure and the
    /// attributes.
    pub components: Vec<Component>,
}

impl DataStructure {
    /// The dimensions that make up series keys, in key order.
    pub fn dimensions(&self) -> impl Iterator<Item = &Component> {
        self.components
            .iter()
            .filter(|c| c.kind == ComponentKind::Dimension)
    }

    /// The attributes.
    pub fn attributes(&self) -> impl Iterator<Item = &Component> {
        self.components
            .iter()
            .filter(|c| c.kind == ComponentKind::Attribute)
    }
}

/// A dataflow: what is published, under which structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dataflow {
    /// Identifier, e.g. `MIG_STOCK`.
    pub id: String,
    /// Maintenance agency.
    pub agency: String,
    /// Version.
    pub version: String,
    /// English name.
    pub name: String,
    /// What it counts, in English (what the dimensions mean for this flow).
    pub description: String,
    /// The data structure's id (same agency and version).
    pub structure: String,
}

/// A concept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concept {
    /// Identifier (components use the same).
    pub id: String,
    /// English name.
    pub name: String,
}

/// A code with its names by language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// The code.
    pub id: String,
    /// Its parent, if the list is a hierarchy.
    pub parent: Option<String>,
    /// (language, name); English first.
    pub names: Vec<(String, String)>,
}

/// A code list with its codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Codelist {
    /// Identifier, e.g. `CL_AREA`.
    pub id: String,
    /// Maintenance agency.
    pub agency: String,
    /// Version.
    pub version: String,
    /// English name.
    pub name: String,
    /// The codes, in display order.
    pub codes: Vec<Code>,
}
