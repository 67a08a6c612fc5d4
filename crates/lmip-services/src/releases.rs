//! Publishing a release of a dataflow with its audit row, in one transaction; shared by the
//! importers (and, later, by the approval of focal points' submissions).

use crate::ServiceError;
use lmip_storage::{AuditEvent, Db, Observation, Release, SeriesAttribute};
use sha2::{Digest, Sha256};
use std::io::Read;

/// What was published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// The release.
    pub release: Release,
}

/// Publishes `observations` and `attributes` as the next release of `flow`, with an audit row
/// (`stats.release`) whose detail is `detail` plus the flow, release number and row count.
pub async fn publish(
    db: &Db,
    actor: &str,
    flow: &str,
    note: &str,
    mut detail: serde_json::Value,
    observations: &[Observation],
    attributes: &[SeriesAttribute],
) -> Result<Published, ServiceError> {
    let mut tx = db.write().await?;
    let release = tx
        .publish_release(flow, actor, note, observations, attributes)
        .await?;
    if let Some(map) = detail.as_object_mut() {
        map.insert("flow".into(), flow.into());
        map.insert("release".into(), release.seq.into());
        map.insert("observations".into(), observations.len().into());
    }
    tx.audit(&AuditEvent {
        actor,
        action: "stats.release",
        entity: "stat_release",
        entity_id: &release.id,
        detail: &detail.to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(Published { release })
}

/// The same series attributes for every series the observations belong to (observations come
/// sorted by series key). Returns the attributes and the number of series.
pub(crate) fn same_attributes(
    observations: &[Observation],
    values: &[(&str, &str)],
) -> (Vec<SeriesAttribute>, usize) {
    let mut keys: Vec<&str> = observations.iter().map(|o| o.series_key.as_str()).collect();
    keys.dedup();
    let attributes = keys
        .iter()
        .flat_map(|k| {
            values.iter().map(|(a, v)| SeriesAttribute {
                series_key: (*k).to_string(),
                attribute: (*a).to_string(),
                value: (*v).to_string(),
            })
        })
        .collect();
    (attributes, keys.len())
}

/// A reader that hashes what passes through it (the file's SHA-256 goes into the audit log).
pub(crate) struct HashingReader<R> {
    inner: R,
    hash: Sha256,
}

impl<R: Read> HashingReader<R> {
    pub(crate) fn new(inner: R) -> HashingReader<R> {
        HashingReader {
            inner,
            hash: Sha256::new(),
        }
    }

    /// The SHA-256 of everything read, hex.
    pub(crate) fn finish(self) -> String {
        hex::encode(self.hash.finalize())
    }
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }
}
