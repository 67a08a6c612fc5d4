//! The SDMX REST API's answers, below HTTP: which structures a query selects, with the related
//! structures it asks for, as an SDMX-ML 2.1 structure message.

use crate::ServiceError;
use lmip_stats::KeyFilter;
use lmip_stats::data::{DataDetail, DataQuery, Obs, ReleaseRef, Series};
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

/// What a data query found: the flow, its structure and the series.
#[derive(Debug, Clone)]
pub struct DataReply {
    /// The dataflow.
    pub flow: Dataflow,
    /// Its structure.
    pub dsd: DataStructure,
    /// The series with their observations, by key.
    pub series: Vec<Series>,
}

fn not_found() -> ServiceError {
    QueryError::NotFound("No Results Found".into()).into()
}

/// The release sequence number a query reads (`None`: the latest).
async fn release_seq(
    db: &Db,
    flow: &str,
    release: &ReleaseRef,
) -> Result<Option<i64>, ServiceError> {
    match release {
        ReleaseRef::Latest => Ok(None),
        ReleaseRef::Seq(n) => {
            if db.releases(flow).await?.iter().any(|r| r.seq == *n) {
                Ok(Some(*n))
            } else {
                Err(QueryError::NotFound(format!("{flow} has no release {n}")).into())
            }
        }
        ReleaseRef::AsOf(at) => {
            // A date means the end of that day (UTC).
            let at = if at.len() == 10 {
                format!("{at}T23:59:59.999999Z")
            } else {
                at.clone()
            };
            db.releases(flow)
                .await?
                .into_iter()
                .filter(|r| r.released_at <= at)
                .map(|r| r.seq)
                .max()
                .map(Some)
                .ok_or_else(|| {
                    QueryError::NotFound(format!("{flow} had no release yet at that time")).into()
                })
        }
    }
}

/// The key prefix the filter's leading single-valued dimensions fix (`A.TH.` for `A.TH..F`), if
/// any: the series to look at can then be read as one index range.
fn fixed_prefix(filter: &KeyFilter) -> Option<String> {
    let mut prefix = String::new();
    for part in filter.parts() {
        match part.as_deref() {
            Some([one]) => {
                prefix.push_str(one);
                prefix.push('.');
            }
            _ => break,
        }
    }
    (!prefix.is_empty()).then_some(prefix)
}

/// Every series key a filter admits, when it names each dimension and there are at most `limit`.
fn exact_keys(filter: &KeyFilter, limit: usize) -> Option<Vec<String>> {
    let mut keys = vec![String::new()];
    for (i, part) in filter.parts().iter().enumerate() {
        let codes = part.as_ref()?;
        if keys.len() * codes.len() > limit {
            return None;
        }
        keys = keys
            .iter()
            .flat_map(|k| {
                codes.iter().map(move |c| {
                    if i == 0 {
                        c.clone()
                    } else {
                        format!("{k}.{c}")
                    }
                })
            })
            .collect();
    }
    Some(keys)
}

/// The most observations one data answer holds (answers are built in memory).
pub const MAX_OBSERVATIONS: usize = 2_000_000;

/// The number of the first release of `flow` published after `after` (a date, or a date and
/// time with an offset); no such release: nothing was updated.
async fn first_release_after(db: &Db, flow: &str, after: &str) -> Result<i64, ServiceError> {
    let bad = || {
        QueryError::Syntax(format!(
            "updatedAfter={} is not a date (2026-11-01) or a date and time (2026-11-01T08:00:00Z)",
            after.chars().take(40).collect::<String>()
        ))
    };
    let since = if after.len() == 10 {
        let d = time::Date::parse(
            after,
            time::macros::format_description!("[year]-[month]-[day]"),
        )
        .map_err(|_| bad())?;
        lmip_storage::format_utc(d.midnight().assume_utc())
    } else {
        let t = time::OffsetDateTime::parse(after, &time::format_description::well_known::Rfc3339)
            .map_err(|_| bad())?;
        lmip_storage::format_utc(t)
    };
    db.releases(flow)
        .await?
        .into_iter()
        .filter(|r| r.released_at > since)
        .map(|r| r.seq)
        .min()
        .ok_or_else(|| QueryError::NotFound(format!("{flow} has no release after {since}")).into())
}

/// Answers a data query: the series whose keys match, with their observations in the period, as
/// of the release asked for. Nothing found is [`QueryError::NotFound`].
pub async fn data(db: &Db, q: &DataQuery) -> Result<DataReply, ServiceError> {
    data_up_to(db, q, MAX_OBSERVATIONS).await
}

/// [`data`] with another bound on the answer's size (the benchmark exports whole flows).
pub async fn data_up_to(
    db: &Db,
    q: &DataQuery,
    max_observations: usize,
) -> Result<DataReply, ServiceError> {
    let flow = db.dataflow(&q.flow).await?.ok_or_else(not_found)?;
    if q.agency.as_deref().is_some_and(|a| a != flow.agency)
        || q.version.as_deref().is_some_and(|v| v != flow.version)
    {
        return Err(not_found());
    }
    let dsd = db
        .data_structure(&flow.structure)
        .await?
        .ok_or_else(not_found)?;
    let dims = dsd.dimensions().count();
    let filter = KeyFilter::parse(&q.key, dims).map_err(|e| QueryError::Syntax(e.to_string()))?;
    let as_of = release_seq(db, &flow.id, &q.release).await?;
    // A key that names every dimension (with a few alternatives at most) is looked up directly;
    // wildcards filter the flow's series keys.
    let all = match (exact_keys(&filter, 10_000), fixed_prefix(&filter)) {
        (Some(keys), _) => db.series_by_keys(&flow.id, &keys).await?,
        (None, Some(prefix)) => db.series_with_prefix(&flow.id, &prefix).await?,
        (None, None) => db.series(&flow.id).await?,
    };
    let matching: Vec<(i64, Vec<String>)> = all
        .into_iter()
        .filter_map(|(id, key)| {
            let parts: Vec<&str> = key.split('.').collect();
            filter
                .matches(&parts)
                .then(|| (id, parts.into_iter().map(str::to_string).collect()))
        })
        .collect();
    let ids: Vec<i64> = matching.iter().map(|(id, _)| *id).collect();
    let start = q.start_year.map(|y| format!("{y:04}"));
    // "-99" sorts after every sub-year period of the year, so the whole end year is included.
    let end = q.end_year.map(|y| format!("{y:04}-99"));
    let mut rows = db
        .observations(&ids, as_of, start.as_deref(), end.as_deref())
        .await?;
    if let Some(after) = &q.updated_after {
        let since = first_release_after(db, &flow.id, after).await?;
        let changed = db.changed_since(&ids, since).await?;
        rows.retain(|r| changed.contains(&(r.0, r.1.clone())));
        if rows.is_empty() {
            return Err(not_found());
        }
    }
    if rows.len() > max_observations {
        return Err(QueryError::TooLarge(format!(
            "the answer holds {} observations, more than the {max_observations} lmip sends at once: narrow the key or the periods",
            rows.len()
        ))
        .into());
    }
    let attrs = db.series_attributes(&ids, as_of).await?;
    let mut by_series: std::collections::HashMap<i64, Vec<Obs>> = Default::default();
    for (sid, time, value, status, note) in rows {
        let mut attributes = Vec::new();
        if let Some(s) = status {
            attributes.push(("OBS_STATUS".to_string(), s));
        }
        if let Some(n) = note {
            attributes.push(("NOTE".to_string(), n));
        }
        by_series.entry(sid).or_default().push(Obs {
            time,
            value,
            attributes,
        });
    }
    let mut attrs_by_series: std::collections::HashMap<i64, Vec<(String, String)>> =
        Default::default();
    for (sid, a, v) in attrs {
        attrs_by_series.entry(sid).or_default().push((a, v));
    }
    let keys_only = matches!(q.detail, DataDetail::SeriesKeysOnly | DataDetail::NoData);
    let mut series = Vec::new();
    for (id, key) in matching {
        let mut observations = by_series.remove(&id).unwrap_or_default();
        if observations.is_empty() && !(keys_only && q.start_year.is_none() && q.end_year.is_none())
        {
            continue;
        }
        if let Some(n) = q.first_n {
            observations.truncate(n);
        }
        if let Some(n) = q.last_n {
            let skip = observations.len().saturating_sub(n);
            observations.drain(..skip);
        }
        series.push(Series {
            key,
            attributes: attrs_by_series.remove(&id).unwrap_or_default(),
            observations,
        });
    }
    if series.is_empty() {
        return Err(not_found());
    }
    Ok(DataReply { flow, dsd, series })
}
