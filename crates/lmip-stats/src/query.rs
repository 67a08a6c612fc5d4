//! SDMX 2.1 REST structure queries: `/{resource}/{agencyID}/{resourceID}/{version}` with
//! `references` and `detail`, parsed from path segments that the web layer has percent-decoded
//! (never form-decoded: `+` means OR here, not a space).

/// A structure resource lmip serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StructureResource {
    /// `dataflow`
    Dataflow,
    /// `datastructure`
    DataStructure,
    /// `codelist`
    Codelist,
    /// `conceptscheme`
    ConceptScheme,
}

impl StructureResource {
    fn parse(s: &str) -> Option<StructureResource> {
        match s {
            "dataflow" => Some(StructureResource::Dataflow),
            "datastructure" => Some(StructureResource::DataStructure),
            "codelist" => Some(StructureResource::Codelist),
            "conceptscheme" => Some(StructureResource::ConceptScheme),
            _ => None,
        }
    }
}

/// Other structure resources of the SDMX 2.1 REST API, which lmip answers with 501.
const NOT_IMPLEMENTED: [&str; 14] = [
    "metadatastructure",
    "categoryscheme",
    "categorisation",
    "contentconstraint",
    "attachmentconstraint",
    "actualconstraint",
    "allowedconstraint",
    "agencyscheme",
    "dataproviderscheme",
    "dataconsumerscheme",
    "organisationunitscheme",
    "hierarchicalcodelist",
    "structureset",
    "provisionagreement",
];

/// Which related structures to include.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum References {
    /// Only what was asked for.
    None,
    /// What uses it.
    Parents,
    /// What uses it, and what those use.
    ParentsAndSiblings,
    /// What it uses directly.
    Children,
    /// What it uses, all the way down.
    Descendants,
    /// Parents and descendants.
    All,
    /// Only related structures of this kind.
    Only(StructureResource),
}

/// How much of each structure to give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Everything.
    Full,
    /// Identification and names only.
    AllStubs,
}

/// `all`, or a list of values joined with `+`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selector {
    /// Anything.
    All,
    /// One of these.
    Any(Vec<String>),
}

impl Selector {
    fn parse(s: &str, all_words: &[&str]) -> Selector {
        if s.is_empty() || all_words.contains(&s) {
            Selector::All
        } else {
            Selector::Any(s.split('+').map(str::to_string).collect())
        }
    }

    /// Whether `value` is selected.
    pub fn admits(&self, value: &str) -> bool {
        match self {
            Selector::All => true,
            Selector::Any(v) => v.iter().any(|x| x == value),
        }
    }
}

/// A parsed structure query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StructureQuery {
    /// The resource.
    pub resource: StructureResource,
    /// Agencies.
    pub agency: Selector,
    /// Ids.
    pub id: Selector,
    /// Versions (`latest` and `all` select every version; lmip keeps one).
    pub version: Selector,
    /// Related structures to include.
    pub references: References,
    /// Detail.
    pub detail: Detail,
}

/// Why a query cannot be answered; each maps to an SDMX error code and HTTP status.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    /// Bad syntax (SDMX 140, HTTP 400).
    #[error("{0}")]
    Syntax(String),
    /// A part of the standard lmip does not offer (SDMX 501, HTTP 501).
    #[error("{0}")]
    NotImplemented(String),
    /// Nothing by that name (SDMX 100, HTTP 404).
    #[error("{0}")]
    NotFound(String),
    /// The server cannot answer now, e.g. too many large answers at once (SDMX 503, HTTP 503).
    #[error("{0}")]
    Unavailable(String),
}

impl QueryError {
    /// The SDMX error code.
    pub fn sdmx_code(&self) -> u16 {
        match self {
            QueryError::Syntax(_) => 140,
            QueryError::NotImplemented(_) => 501,
            QueryError::NotFound(_) => 100,
            QueryError::Unavailable(_) => 503,
        }
    }
}

fn references(s: &str) -> Result<References, QueryError> {
    Ok(match s {
        "none" => References::None,
        "parents" => References::Parents,
        "parentsandsiblings" => References::ParentsAndSiblings,
        "children" => References::Children,
        "descendants" => References::Descendants,
        "all" => References::All,
        other => match StructureResource::parse(other) {
            Some(r) => References::Only(r),
            None if NOT_IMPLEMENTED.contains(&other) => References::None,
            None => {
                return Err(QueryError::Syntax(format!(
                    "references={other} is not valid: use none, parents, parentsandsiblings, children, descendants, all, or a structure type such as codelist"
                )));
            }
        },
    })
}

/// Parses `segments` (the path after the API's base, split at `/`, percent-decoded; a trailing
/// empty segment is ignored) and the query parameters.
pub fn parse_structure_query(
    segments: &[&str],
    params: &[(String, String)],
) -> Result<StructureQuery, QueryError> {
    let segments: Vec<&str> = match segments.split_last() {
        Some((&"", rest)) => rest.to_vec(),
        _ => segments.to_vec(),
    };
    let Some((first, rest)) = segments.split_first() else {
        return Err(QueryError::Syntax(
            "name a resource, e.g. /dataflow, /datastructure, /codelist or /data/FLOW/KEY".into(),
        ));
    };
    let resource = match StructureResource::parse(first) {
        Some(r) => r,
        None if NOT_IMPLEMENTED.contains(first) => {
            return Err(QueryError::NotImplemented(format!(
                "lmip does not serve {first} structures"
            )));
        }
        None => {
            return Err(QueryError::NotFound(format!(
                "there is no resource '{}' in the SDMX 2.1 REST API",
                first.chars().take(40).collect::<String>()
            )));
        }
    };
    if rest.len() > 4 {
        return Err(QueryError::Syntax(
            "too many path segments: /{resource}/{agencyID}/{resourceID}/{version}".into(),
        ));
    }
    if rest.len() == 4 {
        return Err(QueryError::NotImplemented(
            "queries for single items of a scheme are not offered; ask for the whole scheme".into(),
        ));
    }
    let get = |i: usize| rest.get(i).copied().unwrap_or("");
    let mut q = StructureQuery {
        resource,
        agency: Selector::parse(get(0), &["all"]),
        id: Selector::parse(get(1), &["all"]),
        version: Selector::parse(get(2), &["all", "latest"]),
        references: References::None,
        detail: Detail::Full,
    };
    for (name, value) in params {
        match name.as_str() {
            "references" => q.references = references(value)?,
            "detail" => {
                q.detail = match value.as_str() {
                    "full" => Detail::Full,
                    "allstubs" => Detail::AllStubs,
                    "referencestubs"
                    | "referencepartial"
                    | "allcompletestubs"
                    | "referencecompletestubs" => {
                        return Err(QueryError::NotImplemented(format!(
                            "detail={value} is not offered; use full or allstubs"
                        )));
                    }
                    other => {
                        return Err(QueryError::Syntax(format!(
                            "detail={} is not valid: use full or allstubs",
                            other.chars().take(40).collect::<String>()
                        )));
                    }
                }
            }
            // Formats are negotiated by the web layer; other parameters are not SDMX's.
            "format" => {}
            other => {
                return Err(QueryError::Syntax(format!(
                    "unknown parameter '{}': structure queries take references and detail",
                    other.chars().take(40).collect::<String>()
                )));
            }
        }
    }
    Ok(q)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn p(path: &str, params: &[(&str, &str)]) -> Result<StructureQuery, QueryError> {
        let segments: Vec<&str> = path.split('/').collect();
        let params: Vec<(String, String)> = params
            .iter()
            .map(|(a, b)| ((*a).to_string(), (*b).to_string()))
            .collect();
        parse_structure_query(&segments, &params)
    }

    #[test]
    fn queries() {
        let q = p("dataflow", &[]).unwrap();
        assert_eq!(
            (q.agency, q.id, q.version, q.references, q.detail),
            (
                Selector::All,
                Selector::All,
                Selector::All,
                References::None,
                Detail::Full
            )
        );
        let q = p(
            "dataflow/LMIP/MIG_STOCK+REMIT/latest/",
            &[("references", "all")],
        )
        .unwrap();
        assert!(q.id.admits("REMIT") && !q.id.admits("MIG_INFLOW"));
        assert_eq!(q.references, References::All);
        let q = p("datastructure/all/all/1.0", &[("references", "codelist")]).unwrap();
        assert_eq!(q.references, References::Only(StructureResource::Codelist));
        assert!(q.version.admits("1.0") && !q.version.admits("2.0"));
    }

    #[test]
    fn refusals() {
        assert_eq!(p("categoryscheme", &[]).unwrap_err().sdmx_code(), 501);
        assert_eq!(p("nonsense", &[]).unwrap_err().sdmx_code(), 100);
        assert_eq!(p("", &[]).unwrap_err().sdmx_code(), 140);
        assert_eq!(
            p("dataflow", &[("references", "cousins")])
                .unwrap_err()
                .sdmx_code(),
            140
        );
        assert_eq!(
            p("dataflow", &[("detail", "referencestubs")])
                .unwrap_err()
                .sdmx_code(),
            501
        );
        assert_eq!(
            p("dataflow", &[("detail", "x")]).unwrap_err().sdmx_code(),
            140
        );
        assert_eq!(
            p("dataflow", &[("startPeriod", "2020")])
                .unwrap_err()
                .sdmx_code(),
            140
        );
        assert_eq!(
            p("codelist/LMIP/CL_SEX/1.0/F", &[])
                .unwrap_err()
                .sdmx_code(),
            501
        );
        assert_eq!(p("codelist/a/b/c/d/e", &[]).unwrap_err().sdmx_code(), 140);
    }

    proptest! {
        #[test]
        fn never_panics(path in "[a-z+/._A-Z0-9%]{0,60}", r in "[a-z]{0,12}", d in "[a-z]{0,12}") {
            let _ = p(&path, &[("references", &r), ("detail", &d)]);
        }
    }
}
