//! The SDMX REST API's answers, below HTTP: which structures a query selects, with the related
//! structures it asks for, as an SDMX-ML 2.1 structure message; and data queries, checked first
//! ([`plan`]) and then read as a stream of series ([`stream`]) that the web layer writes out as
//! it comes, so an answer of any size goes out with flat memory.

use crate::ServiceError;
use lmip_stats::KeyFilter;
use lmip_stats::data::{DataQuery, Obs, ReleaseRef, Series};
use lmip_stats::model::{AGENCY, CONCEPT_SCHEME, Code, Codelist, DataStructure, Dataflow, VERSION};
use lmip_stats::query::{Detail, QueryError, References, StructureQuery, StructureResource};
use lmip_stats::sdmx_ml::{StructureMessage, structure_message};
use lmip_storage::{Db, ObservationSelection, SeriesSelection};
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

/// A data query checked against its flow: what to read and how to shape each series.
#[derive(Debug, Clone)]
pub struct DataPlan {
    /// The dataflow.
    pub flow: Dataflow,
    /// Its structure.
    pub dsd: DataStructure,
    filter: KeyFilter,
    selection: ObservationSelection,
    first_n: Option<usize>,
    last_n: Option<usize>,
}

/// Series as they are read, in batches; an error ends the stream.
pub type SeriesStream = tokio::sync::mpsc::Receiver<Result<Vec<Series>, ServiceError>>;

fn not_found() -> ServiceError {
    QueryError::NotFound("No Results Found".into()).into()
}

/// The release sequence number a query reads: the one asked for, or the flow's latest (fixed
/// here so that every part of one answer reads the same release).
async fn release_seq(db: &Db, flow: &str, release: &ReleaseRef) -> Result<i64, ServiceError> {
    let releases = db.releases(flow).await?;
    match release {
        ReleaseRef::Latest => releases.iter().map(|r| r.seq).max().ok_or_else(not_found),
        ReleaseRef::Seq(n) => {
            if releases.iter().any(|r| r.seq == *n) {
                Ok(*n)
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
            releases
                .into_iter()
                .filter(|r| r.released_at <= at)
                .map(|r| r.seq)
                .max()
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

/// Checks a data query against its flow and settles what to read; every error a query can cause
/// comes from here, before anything is sent.
pub async fn plan(db: &Db, q: &DataQuery) -> Result<DataPlan, ServiceError> {
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
    let changed_from = match &q.updated_after {
        Some(after) => Some(first_release_after(db, &flow.id, after).await?),
        None => None,
    };
    // A key that names every dimension (with a few alternatives at most) is looked up directly;
    // leading fixed dimensions read one range of keys; otherwise the whole flow is read and
    // filtered as it streams.
    let series = match (exact_keys(&filter, 10_000), fixed_prefix(&filter)) {
        (Some(keys), _) => {
            let found = db.series_by_keys(&flow.id, &keys).await?;
            if found.is_empty() {
                return Err(not_found());
            }
            SeriesSelection::Ids(found.into_iter().map(|(id, _)| id).collect())
        }
        (None, Some(prefix)) => SeriesSelection::Prefix(prefix),
        (None, None) => SeriesSelection::All,
    };
    Ok(DataPlan {
        selection: ObservationSelection {
            flow_id: flow.id.clone(),
            series,
            as_of: Some(as_of),
            start: q.start_year.map(|y| format!("{y:04}")),
            // "-99" sorts after every sub-year period of the year, so the whole end year is included.
            end: q.end_year.map(|y| format!("{y:04}-99")),
            changed_from,
        },
        flow,
        dsd,
        filter,
        first_n: q.first_n,
        last_n: q.last_n,
    })
}

/// Series per batch sent to the writer (with their attributes read in one query).
const BATCH_SERIES: usize = 500;
/// Observations per batch, whatever the number of series.
const BATCH_OBSERVATIONS: usize = 50_000;

/// Reads a planned query's series on a task of their own and sends them in batches, in key
/// order. At most a few batches wait in the channel: a slow reader slows the database cursor
/// instead of filling memory. Dropping the receiver stops the reading.
pub fn stream(db: &Db, plan: DataPlan) -> SeriesStream {
    let (tx, rx) = tokio::sync::mpsc::channel(2);
    let db = db.clone();
    tokio::spawn(async move {
        if let Err(e) = produce(&db, &plan, &tx).await {
            let _ = tx.send(Err(e)).await;
        }
    });
    rx
}

/// A batch of series being filled.
#[derive(Default)]
struct Batch {
    ids: Vec<i64>,
    series: Vec<Series>,
    observations: usize,
}

impl Batch {
    fn full(&self) -> bool {
        self.series.len() >= BATCH_SERIES || self.observations >= BATCH_OBSERVATIONS
    }

    fn push(&mut self, plan: &DataPlan, id: i64, mut s: Series) {
        if let Some(n) = plan.first_n {
            s.observations.truncate(n);
        }
        if let Some(n) = plan.last_n {
            let skip = s.observations.len().saturating_sub(n);
            s.observations.drain(..skip);
        }
        self.observations += s.observations.len();
        self.ids.push(id);
        self.series.push(s);
    }

    /// Adds the series attributes and sends the batch; `false` when nobody listens any more.
    async fn send(
        &mut self,
        db: &Db,
        plan: &DataPlan,
        tx: &tokio::sync::mpsc::Sender<Result<Vec<Series>, ServiceError>>,
    ) -> Result<bool, ServiceError> {
        if self.series.is_empty() {
            return Ok(true);
        }
        let attrs = db
            .series_attributes(&self.ids, plan.selection.as_of)
            .await?;
        let mut by_series: std::collections::HashMap<i64, Vec<(String, String)>> =
            Default::default();
        for (sid, a, v) in attrs {
            by_series.entry(sid).or_default().push((a, v));
        }
        for (id, s) in self.ids.iter().zip(self.series.iter_mut()) {
            s.attributes = by_series.remove(id).unwrap_or_default();
        }
        let series = std::mem::take(&mut self.series);
        self.ids.clear();
        self.observations = 0;
        Ok(tx.send(Ok(series)).await.is_ok())
    }
}

async fn produce(
    db: &Db,
    plan: &DataPlan,
    tx: &tokio::sync::mpsc::Sender<Result<Vec<Series>, ServiceError>>,
) -> Result<(), ServiceError> {
    use futures_util::TryStreamExt;
    let mut rows = db.observation_rows(&plan.selection);
    let mut batch = Batch::default();
    // The series being read, and the last series the key filter refused.
    let mut current: Option<(i64, Series)> = None;
    let mut refused: Option<i64> = None;
    while let Some(row) = rows.try_next().await? {
        if refused == Some(row.series_id) {
            continue;
        }
        if current.as_ref().map(|c| c.0) != Some(row.series_id) {
            if let Some((id, done)) = current.take() {
                batch.push(plan, id, done);
                if batch.full() && !batch.send(db, plan, tx).await? {
                    return Ok(());
                }
            }
            let parts: Vec<&str> = row.series_key.split('.').collect();
            if !plan.filter.matches(&parts) {
                refused = Some(row.series_id);
                continue;
            }
            current = Some((
                row.series_id,
                Series {
                    key: parts.into_iter().map(str::to_string).collect(),
                    attributes: Vec::new(),
                    observations: Vec::new(),
                },
            ));
        }
        let mut attributes = Vec::new();
        if let Some(s) = row.obs_status {
            attributes.push(("OBS_STATUS".to_string(), s));
        }
        if let Some(n) = row.note {
            attributes.push(("NOTE".to_string(), n));
        }
        if let Some((_, s)) = current.as_mut() {
            s.observations.push(Obs {
                time: row.time_period,
                value: row.value,
                attributes,
            });
        }
    }
    if let Some((id, done)) = current.take() {
        batch.push(plan, id, done);
    }
    batch.send(db, plan, tx).await?;
    Ok(())
}

/// Answers a data query in memory: the series whose keys match, with their observations in the
/// period, as of the release asked for. Nothing found is [`QueryError::NotFound`]. For tests,
/// the benchmark and small answers; the SDMX API streams ([`plan`], [`stream`]).
pub async fn data(db: &Db, q: &DataQuery) -> Result<DataReply, ServiceError> {
    let plan = plan(db, q).await?;
    let (flow, dsd) = (plan.flow.clone(), plan.dsd.clone());
    let mut rx = stream(db, plan);
    let mut series = Vec::new();
    while let Some(batch) = rx.recv().await {
        series.extend(batch?);
    }
    if series.is_empty() {
        return Err(not_found());
    }
    Ok(DataReply { flow, dsd, series })
}
