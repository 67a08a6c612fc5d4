//! Operators' own statistical structures: an SDMX-ML 2.1 structure message (code lists, concepts,
//! data structures, dataflows) imported in one transaction, with an audit row.
//!
//! lmip's built-in structures are never changed by an import. A code list with a built-in id is
//! reused when every one of its codes is already in lmip's list, and otherwise kept beside it under
//! `AGENCY_ID` (the report says so); a data structure or dataflow with a built-in id is kept under
//! `AGENCY_ID` too, and references to renamed lists and structures follow. Importing the same
//! message again updates what the earlier import stored, except the structure of a flow that has
//! published data, which is refused.

use crate::ServiceError;
use lmip_domain::Locale;
use lmip_stats::model::ComponentKind;
use lmip_stats::structure_in::{StructureError, parse_structure_message};
use lmip_storage::{AuditEvent, CodeRow, Db, StructureKind};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashSet};
use std::io::Read;

/// What happened to one code list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListOutcome {
    /// Added as a new list.
    Added,
    /// An earlier import's list, updated.
    Updated,
    /// lmip's built-in list of the same id already has every code: used as it is.
    Reused,
    /// Kept beside lmip's built-in list of the same id, under this id.
    Renamed(String),
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StructureReport {
    /// Code lists and what happened to each.
    pub codelists: Vec<(String, ListOutcome)>,
    /// Concepts stored.
    pub concepts: usize,
    /// Data structures stored, as (id in the message, id stored).
    pub structures: Vec<(String, String)>,
    /// Dataflows stored, as (id in the message, id stored).
    pub dataflows: Vec<(String, String)>,
}

fn bad(file: &str, reason: impl Into<String>) -> ServiceError {
    ServiceError::BadFile {
        file: file.to_string(),
        line: None,
        reason: reason.into(),
    }
}

/// The id a clashing import is kept under.
fn beside(agency: &str, id: &str) -> String {
    let agency = if agency.is_empty() {
        "IMPORTED"
    } else {
        agency
    };
    format!("{agency}_{id}")
}

/// Imports a structure message (at most 50 MiB), all or nothing.
pub async fn import(
    db: &Db,
    actor: &str,
    file_name: &str,
    reader: impl Read,
) -> Result<StructureReport, ServiceError> {
    const MAX: u64 = 50 * 1024 * 1024;
    let mut bytes = Vec::new();
    reader
        .take(MAX + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| bad(file_name, format!("cannot be read: {e}")))?;
    if bytes.len() as u64 > MAX {
        return Err(bad(file_name, "is larger than 50 MiB"));
    }
    let digest = hex::encode(Sha256::digest(&bytes));
    let set = parse_structure_message(&bytes[..]).map_err(|e| match e {
        StructureError::Doctype => bad(file_name, e.to_string()),
        other => bad(file_name, other.to_string()),
    })?;
    if set.structures.is_empty() && set.dataflows.is_empty() && set.codelists.is_empty() {
        return Err(bad(
            file_name,
            "holds no code lists, data structures or dataflows",
        ));
    }
    let mut tx = db.write().await?;
    let mut report = StructureReport {
        codelists: Vec::new(),
        concepts: 0,
        structures: Vec::new(),
        dataflows: Vec::new(),
    };
    // Code lists, and the ids they end up under.
    let mut list_ids: BTreeMap<String, String> = BTreeMap::new();
    for list in &set.codelists {
        let codes: HashSet<&str> = list.codes.iter().map(|c| c.id.as_str()).collect();
        let (id, outcome) = match tx.codelist_builtin(&list.id).await? {
            None => (list.id.clone(), ListOutcome::Added),
            Some(false) => (list.id.clone(), ListOutcome::Updated),
            Some(true) => {
                let ours: HashSet<String> = tx.codes_in(&list.id).await?.into_iter().collect();
                if codes.iter().all(|c| ours.contains(*c)) {
                    list_ids.insert(list.id.clone(), list.id.clone());
                    report
                        .codelists
                        .push((list.id.clone(), ListOutcome::Reused));
                    continue;
                }
                let id = beside(&list.agency, &list.id);
                if tx.codelist_builtin(&id).await? == Some(true) {
                    return Err(bad(
                        file_name,
                        format!("code list {} clashes with lmip's own", list.id),
                    ));
                }
                (id.clone(), ListOutcome::Renamed(id))
            }
        };
        tx.ensure_codelist(&id, &list.name).await?;
        let rows: Vec<CodeRow> = list
            .codes
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut names: Vec<(String, String)> = c
                    .names
                    .iter()
                    .filter(|(l, _)| l.parse::<Locale>().is_ok())
                    .cloned()
                    .collect();
                if !names.iter().any(|(l, _)| l == "en") {
                    let fallback = c.names.first().map_or(c.id.clone(), |n| n.1.clone());
                    names.push(("en".into(), fallback));
                }
                CodeRow {
                    code: c.id.clone(),
                    parent: c.parent.clone(),
                    sort: i as i64,
                    names,
                }
            })
            .collect();
        tx.upsert_codes(&id, &rows).await?;
        list_ids.insert(list.id.clone(), id);
        report.codelists.push((list.id.clone(), outcome));
    }
    for c in &set.concepts {
        tx.store_concept(c).await?;
        report.concepts += 1;
    }
    // Data structures.
    let mut dsd_ids: BTreeMap<String, String> = BTreeMap::new();
    for s in &set.structures {
        let dims = s
            .components
            .iter()
            .filter(|c| c.kind == ComponentKind::Dimension)
            .count();
        let times = s
            .components
            .iter()
            .filter(|c| c.kind == ComponentKind::TimeDimension)
            .count();
        let measures = s
            .components
            .iter()
            .filter(|c| c.kind == ComponentKind::PrimaryMeasure)
            .count();
        if dims == 0 || times != 1 || measures != 1 {
            return Err(bad(
                file_name,
                format!(
                    "data structure {} needs dimensions, one time dimension and one primary measure",
                    s.id
                ),
            ));
        }
        let id = match tx
            .structure_builtin(StructureKind::DataStructure, &s.id)
            .await?
        {
            Some(true) => beside(&s.agency, &s.id),
            _ => s.id.clone(),
        };
        let mut stored = s.clone();
        stored.id = id.clone();
        for c in &mut stored.components {
            if let Some(list) = &c.codelist {
                c.codelist = Some(list_ids.get(list).cloned().unwrap_or_else(|| list.clone()));
            }
        }
        let unchanged = db
            .data_structure(&id)
            .await?
            .is_some_and(|old| old.components == stored.components);
        if !unchanged
            && tx
                .structure_builtin(StructureKind::DataStructure, &id)
                .await?
                == Some(false)
        {
            for flow in tx.flows_of_structure(&id).await? {
                if tx.flow_has_data(&flow).await? {
                    return Err(bad(
                        file_name,
                        format!(
                            "data structure {id} has published data (in {flow}): its structure cannot change"
                        ),
                    ));
                }
            }
        }
        for c in &stored.components {
            if let Some(list) = &c.codelist
                && tx.codelist_builtin(list).await?.is_none()
            {
                return Err(bad(
                    file_name,
                    format!(
                        "data structure {} uses code list {list}, which neither the message nor lmip has",
                        s.id
                    ),
                ));
            }
            // Concepts the message does not define get a plain name.
            if tx
                .structure_builtin(StructureKind::Concept, &c.id)
                .await?
                .is_none()
            {
                tx.store_concept(&lmip_stats::model::Concept {
                    id: c.id.clone(),
                    name: c.id.clone(),
                })
                .await?;
            }
        }
        tx.store_structure(&stored).await?;
        dsd_ids.insert(s.id.clone(), id.clone());
        report.structures.push((s.id.clone(), id));
    }
    for f in &set.dataflows {
        let structure = match dsd_ids.get(&f.structure) {
            Some(id) => id.clone(),
            None if tx
                .structure_builtin(StructureKind::DataStructure, &f.structure)
                .await?
                .is_some() =>
            {
                f.structure.clone()
            }
            None => {
                return Err(bad(
                    file_name,
                    format!(
                        "dataflow {} uses data structure {}, which neither the message nor lmip has",
                        f.id, f.structure
                    ),
                ));
            }
        };
        let id = match tx.structure_builtin(StructureKind::Dataflow, &f.id).await? {
            Some(true) => beside(&f.agency, &f.id),
            _ => f.id.clone(),
        };
        let mut stored = f.clone();
        stored.id = id.clone();
        // A flow's reference to its structure carries the flow's agency and version: publish the
        // flow under its structure's, so that the reference resolves.
        if let Some(dsd) = set.structures.iter().find(|d| d.id == f.structure) {
            stored.agency.clone_from(&dsd.agency);
            stored.version.clone_from(&dsd.version);
        } else if let Some(dsd) = db.data_structure(&structure).await? {
            stored.agency = dsd.agency;
            stored.version = dsd.version;
        }
        stored.structure = structure;
        tx.store_dataflow(&stored).await?;
        report.dataflows.push((f.id.clone(), id));
    }
    let detail = serde_json::json!({
        "file": file_name,
        "sha256": digest,
        "codelists": report.codelists.iter().map(|(id, o)| format!("{id}: {o:?}")).collect::<Vec<_>>(),
        "structures": report.structures,
        "dataflows": report.dataflows,
    });
    tx.audit(&AuditEvent {
        actor,
        action: "sdmx.structures.import",
        entity: "sdmx_structures",
        entity_id: &digest,
        detail: &detail.to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(report)
}
