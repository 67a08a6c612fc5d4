//! The SDMX REST API's answers, below HTTP: which structures a query selects, with the related
//! structures it asks for, as an SDMX-ML 2.1 structure message.

use crate::ServiceError;
use lmip_stats::model::{AGENCY, CONCEPT_SCHEME, Code, Codelist, DataStructure, Dataflow, VERSION};
use lmip_stats::query::{Detail, QueryError, References, StructureQuery, StructureResource};
use lmip_stats::sdmx_ml::{StructureMessage, structure_message};
use lmip_storage::Db;
use std::collections::BTreeSet;

/// The selected structures, by kind.
#[derive(Debug, Default)]
struct Selection {
    flows: BTreeSet<String>,
    structures: BTreeSet<String>,
    codelists: BTreeSet<String>,
    concepts: bool,
}

impl Selection {
    fn is_empty(&self) -> bool {
        self.flows.is_empty()
            && self.structures.is_empty()
            && self.codelists.is_empty()
            && !self.concepts
    }

    fn add(&mut self, other: Selection, only: Option<StructureResource>) {
        let wanted = |r: StructureResource| only.is_none_or(|o| o == r);
        if wanted(StructureResource::Dataflow) {
            self.flows.extend(other.flows);
        }
        if wanted(StructureResource::DataStructure) {
            self.structures.extend(other.structures);
        }
        if wanted(StructureResource::Codelist) {
            self.codelists.extend(other.codelists);
        }
        if wanted(StructureResource::ConceptScheme) {
            self.concepts |= other.concepts;
        }
    }
}

/// Everything stored, loaded once per query (a few dozen rows).
struct Catalogue {
    flows: Vec<Dataflow>,
    structures: Vec<DataStructure>,
    codelists: Vec<(String, String)>,
}

impl Catalogue {
    async fn load(db: &Db) -> Result<Catalogue, ServiceError> {
        let flows = db.dataflows().await?;
        let mut structures = Vec::new();
        for id in db.data_structure_ids().await? {
            if let Some(s) = db.data_structure(&id).await? {
                structures.push(s);
            }
        }
        let codelists = db
            .codelists()
            .await?
            .into_iter()
            .map(|c| (c.id, c.name))
            .collect();
        Ok(Catalogue {
            flows,
            structures,
            codelists,
        })
    }

    /// What the selected structures use directly.
    fn children(&self, s: &Selection) -> Selection {
        let mut out = Selection::default();
        for f in self.flows.iter().filter(|f| s.flows.contains(&f.id)) {
            out.structures.insert(f.structure.clone());
        }
        for d in self
            .structures
            .iter()
            .filter(|d| s.structures.contains(&d.id))
        {
            out.concepts = true;
            out.codelists
                .extend(d.components.iter().filter_map(|c| c.codelist.clone()));
        }
        out
    }

    /// What uses the selected structures directly.
    fn parents(&self, s: &Selection) -> Selection {
        let mut out = Selection::default();
        for f in &self.flows {
            if s.structures.contains(&f.structure) {
                out.flows.insert(f.id.clone());
            }
        }
        for d in &self.structures {
            let uses_list = d
                .components
                .iter()
                .any(|c| c.codelist.as_ref().is_some_and(|l| s.codelists.contains(l)));
            if uses_list || s.concepts {
                out.structures.insert(d.id.clone());
            }
        }
        out
    }

    fn descendants(&self, s: &Selection) -> Selection {
        let mut out = Selection::default();
        let mut frontier = self.children(s);
        while !frontier.is_empty() {
            let next = self.children(&frontier);
            out.add(frontier, None);
            frontier = next;
        }
        out
    }

    fn select(&self, q: &StructureQuery) -> Selection {
        let mut s = Selection::default();
        if !q.agency.admits(AGENCY) || !q.version.admits(VERSION) {
            return s;
        }
        match q.resource {
            StructureResource::Dataflow => {
                s.flows = self
                    .flows
                    .iter()
                    .filter(|f| q.id.admits(&f.id))
                    .map(|f| f.id.clone())
                    .collect();
            }
            StructureResource::DataStructure => {
                s.structures = self
                    .structures
                    .iter()
                    .filter(|d| q.id.admits(&d.id))
                    .map(|d| d.id.clone())
                    .collect();
            }
            StructureResource::Codelist => {
                s.codelists = self
                    .codelists
                    .iter()
                    .filter(|(id, _)| q.id.admits(id))
                    .map(|(id, _)| id.clone())
                    .collect();
            }
            StructureResource::ConceptScheme => s.concepts = q.id.admits(CONCEPT_SCHEME),
        }
        s
    }

    fn with_references(&self, selected: Selection, references: References) -> Selection {
        let mut out = Selection::default();
        let related = match references {
            References::None => Selection::default(),
            References::Children => self.children(&selected),
            References::Descendants => self.descendants(&selected),
            References::Parents => self.parents(&selected),
            References::ParentsAndSiblings => {
                let parents = self.parents(&selected);
                let siblings = self.children(&parents);
                let mut r = parents;
                r.add(siblings, None);
                r
            }
            References::All | References::Only(_) => {
                let mut r = self.parents(&selected);
                r.add(self.descendants(&selected), None);
                r
            }
        };
        let only = match references {
            References::Only(kind) => Some(kind),
            _ => None,
        };
        out.add(related, only);
        out.add(selected, None);
        out
    }
}

/// Answers a structure query with an SDMX-ML 2.1 structure message; nothing selected is
/// [`QueryError::NotFound`].
pub async fn structure(
    db: &Db,
    q: &StructureQuery,
    message_id: &str,
    prepared: &str,
) -> Result<String, ServiceError> {
    let catalogue = Catalogue::load(db).await?;
    let selected = catalogue.select(q);
    if selected.is_empty() {
        return Err(QueryError::NotFound("No Results Found".into()).into());
    }
    let s = catalogue.with_references(selected, q.references);
    let flows: Vec<Dataflow> = catalogue
        .flows
        .iter()
        .filter(|f| s.flows.contains(&f.id))
        .cloned()
        .collect();
    let structures: Vec<DataStructure> = catalogue
        .structures
        .iter()
        .filter(|d| s.structures.contains(&d.id))
        .cloned()
        .collect();
    let stubs = q.detail == Detail::AllStubs;
    let mut codelists = Vec::new();
    for (id, name) in catalogue
        .codelists
        .iter()
        .filter(|(id, _)| s.codelists.contains(id))
    {
        let codes = if stubs {
            Vec::new()
        } else {
            db.codes(id)
                .await?
                .into_iter()
                .map(|row| {
                    let mut names = row.names;
                    // English first: readers that take one name take the first.
                    names.sort_by_key(|(l, _)| l != "en");
                    Code {
                        id: row.code,
                        parent: row.parent,
                        names,
                    }
                })
                .collect()
        };
        codelists.push(Codelist {
            id: id.clone(),
            agency: AGENCY.into(),
            version: VERSION.into(),
            name: name.clone(),
            codes,
        });
    }
    let concepts = if s.concepts {
        Some(db.concepts().await?)
    } else {
        None
    };
    Ok(structure_message(&StructureMessage {
        id: message_id,
        prepared,
        dataflows: &flows,
        codelists: &codelists,
        concepts: concepts.as_deref(),
        structures: &structures,
        stubs,
    }))
}
