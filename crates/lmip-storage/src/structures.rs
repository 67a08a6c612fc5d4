//! Statistical structures (SDMX): concepts, data structure definitions and dataflows. The built-in
//! ones are stored by every migration run whose binary carries a newer set; operators' own
//! structures sit beside them.

use crate::{Db, StorageError};
use lmip_stats::model::{Attachment, Component, ComponentKind, Concept, DataStructure, Dataflow};

const STRUCTURES_VERSION_KEY: &str = "structures_version";
/// Bump when the built-in structures change, so that existing databases get them.
const STRUCTURES_VERSION: &str = "2026-12-01.1";

/// Stores the built-in structures when the stored version differs from this binary's. Returns
/// whether it did.
pub(crate) async fn sync(db: &Db) -> Result<bool, StorageError> {
    if db.setting(STRUCTURES_VERSION_KEY).await?.as_deref() == Some(STRUCTURES_VERSION) {
        return Ok(false);
    }
    let mut tx = db.write().await?;
    for c in lmip_stats::builtin::concepts() {
        sqlx::query(
            "INSERT INTO sdmx_concept (id, name, is_builtin) VALUES ($1, $2, 1) \
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, is_builtin = 1",
        )
        .bind(&c.id)
        .bind(&c.name)
        .execute(tx.conn())
        .await?;
    }
    for s in lmip_stats::builtin::structures() {
        write_structure(&mut tx, &s, true).await?;
    }
    for f in lmip_stats::builtin::dataflows() {
        write_dataflow(&mut tx, &f, true).await?;
    }
    tx.set_setting(STRUCTURES_VERSION_KEY, STRUCTURES_VERSION)
        .await?;
    tx.record_change("sdmx_structures", "builtin", crate::Op::Update)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// Stores a data structure and its components (replacing what was stored under its id).
async fn write_structure(
    tx: &mut crate::db::WriteTx<'_>,
    s: &DataStructure,
    builtin: bool,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO sdmx_dsd (id, agency, version, name, is_builtin) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (id) DO UPDATE SET agency = excluded.agency, version = excluded.version, name = excluded.name",
    )
    .bind(&s.id)
    .bind(&s.agency)
    .bind(&s.version)
    .bind(&s.name)
    .bind(i64::from(builtin))
    .execute(tx.conn())
    .await?;
    sqlx::query("DELETE FROM sdmx_component WHERE dsd_id = $1")
        .bind(&s.id)
        .execute(tx.conn())
        .await?;
    for (position, c) in s.components.iter().enumerate() {
        sqlx::query(
            "INSERT INTO sdmx_component (dsd_id, id, position, kind, codelist_id, attachment, mandatory) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&s.id)
        .bind(&c.id)
        .bind(position as i64)
        .bind(c.kind.as_str())
        .bind(c.codelist.as_deref())
        .bind(c.attachment.map(Attachment::as_str))
        .bind(i64::from(c.mandatory))
        .execute(tx.conn())
        .await?;
    }
    Ok(())
}

/// Stores a dataflow (replacing what was stored under its id).
async fn write_dataflow(
    tx: &mut crate::db::WriteTx<'_>,
    f: &Dataflow,
    builtin: bool,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO sdmx_dataflow (id, agency, version, name, description, dsd_id, is_builtin) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO UPDATE SET agency = excluded.agency, \
         version = excluded.version, name = excluded.name, description = excluded.description, dsd_id = excluded.dsd_id",
    )
    .bind(&f.id)
    .bind(&f.agency)
    .bind(&f.version)
    .bind(&f.name)
    .bind(&f.description)
    .bind(&f.structure)
    .bind(i64::from(builtin))
    .execute(tx.conn())
    .await?;
    Ok(())
}

type FlowRow = (String, String, String, String, String, String);

fn flow(r: FlowRow) -> Dataflow {
    Dataflow {
        id: r.0,
        agency: r.1,
        version: r.2,
        name: r.3,
        description: r.4,
        structure: r.5,
    }
}

impl Db {
    /// Every dataflow, by id.
    pub async fn dataflows(&self) -> Result<Vec<Dataflow>, StorageError> {
        let rows: Vec<FlowRow> = sqlx::query_as(
            "SELECT id, agency, version, name, description, dsd_id FROM sdmx_dataflow ORDER BY id",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(flow).collect())
    }

    /// One dataflow.
    pub async fn dataflow(&self, id: &str) -> Result<Option<Dataflow>, StorageError> {
        let row: Option<FlowRow> = sqlx::query_as(
            "SELECT id, agency, version, name, description, dsd_id FROM sdmx_dataflow WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(flow))
    }

    /// Every data structure's id, in order.
    pub async fn data_structure_ids(&self) -> Result<Vec<String>, StorageError> {
        Ok(sqlx::query_scalar("SELECT id FROM sdmx_dsd ORDER BY id")
            .fetch_all(self.pool())
            .await?)
    }

    /// One data structure with its components.
    pub async fn data_structure(&self, id: &str) -> Result<Option<DataStructure>, StorageError> {
        let head: Option<(String, String, String, String)> =
            sqlx::query_as("SELECT id, agency, version, name FROM sdmx_dsd WHERE id = $1")
                .bind(id)
                .fetch_optional(self.pool())
                .await?;
        let Some((id, agency, version, name)) = head else {
            return Ok(None);
        };
        type Row = (String, String, Option<String>, Option<String>, i64);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, kind, codelist_id, attachment, mandatory FROM sdmx_component \
             WHERE dsd_id = $1 ORDER BY position",
        )
        .bind(&id)
        .fetch_all(self.pool())
        .await?;
        // The table's CHECK constraint admits only the four kinds.
        let components = rows
            .into_iter()
            .filter_map(|(cid, kind, codelist, attachment, mandatory)| {
                Some(Component {
                    id: cid,
                    kind: ComponentKind::parse(&kind)?,
                    codelist,
                    attachment: attachment.as_deref().and_then(Attachment::parse),
                    mandatory: mandatory != 0,
                })
            })
            .collect();
        Ok(Some(DataStructure {
            id,
            agency,
            version,
            name,
            components,
        }))
    }

    /// Every concept, by id.
    pub async fn concepts(&self) -> Result<Vec<Concept>, StorageError> {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT id, name FROM sdmx_concept ORDER BY id")
                .fetch_all(self.pool())
                .await?;
        Ok(rows
            .into_iter()
            .map(|(id, name)| Concept { id, name })
            .collect())
    }
}

/// Which stored structure a name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StructureKind {
    /// A data structure definition.
    DataStructure,
    /// A dataflow.
    Dataflow,
    /// A concept.
    Concept,
}

impl StructureKind {
    fn table(self) -> &'static str {
        match self {
            StructureKind::DataStructure => "sdmx_dsd",
            StructureKind::Dataflow => "sdmx_dataflow",
            StructureKind::Concept => "sdmx_concept",
        }
    }
}

impl crate::db::WriteTx<'_> {
    /// Whether a structure exists, and whether it is built in: `None` when absent.
    pub async fn structure_builtin(
        &mut self,
        kind: StructureKind,
        id: &str,
    ) -> Result<Option<bool>, StorageError> {
        let sql = format!("SELECT is_builtin FROM {} WHERE id = $1", kind.table());
        let row: Option<i64> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.conn())
            .await?;
        Ok(row.map(|b| b != 0))
    }

    /// Stores an operator's concept (a built-in one with the same id is left as it is).
    pub async fn store_concept(&mut self, c: &Concept) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO sdmx_concept (id, name, is_builtin) VALUES ($1, $2, 0) \
             ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE sdmx_concept.is_builtin = 0",
        )
        .bind(&c.id)
        .bind(&c.name)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Stores an operator's data structure, replacing an earlier import of the same id. Built-in
    /// structures are never touched (the caller renames a clashing import).
    pub async fn store_structure(&mut self, s: &DataStructure) -> Result<(), StorageError> {
        if self
            .structure_builtin(StructureKind::DataStructure, &s.id)
            .await?
            == Some(true)
        {
            return Err(StorageError::Conflict {
                what: format!("{} is one of lmip's built-in data structures", s.id),
            });
        }
        write_structure(self, s, false).await?;
        self.record_change("sdmx_dsd", &s.id, crate::Op::Update)
            .await?;
        Ok(())
    }

    /// Stores an operator's dataflow, replacing an earlier import of the same id.
    pub async fn store_dataflow(&mut self, f: &Dataflow) -> Result<(), StorageError> {
        if self
            .structure_builtin(StructureKind::Dataflow, &f.id)
            .await?
            == Some(true)
        {
            return Err(StorageError::Conflict {
                what: format!("{} is one of lmip's built-in dataflows", f.id),
            });
        }
        write_dataflow(self, f, false).await?;
        self.record_change("sdmx_dataflow", &f.id, crate::Op::Update)
            .await?;
        Ok(())
    }

    /// Whether a flow has released data (its structure must then not change).
    pub async fn flow_has_data(&mut self, flow_id: &str) -> Result<bool, StorageError> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM stat_release WHERE flow_id = $1")
            .bind(flow_id)
            .fetch_one(self.conn())
            .await?;
        Ok(n > 0)
    }

    /// The flows that use a data structure.
    pub async fn flows_of_structure(&mut self, dsd_id: &str) -> Result<Vec<String>, StorageError> {
        Ok(
            sqlx::query_scalar("SELECT id FROM sdmx_dataflow WHERE dsd_id = $1 ORDER BY id")
                .bind(dsd_id)
                .fetch_all(self.conn())
                .await?,
        )
    }

    /// Whether a code list exists, and whether it is built in: `None` when absent.
    pub async fn codelist_builtin(&mut self, id: &str) -> Result<Option<bool>, StorageError> {
        let row: Option<i64> = sqlx::query_scalar("SELECT is_builtin FROM codelist WHERE id = $1")
            .bind(id)
            .fetch_optional(self.conn())
            .await?;
        Ok(row.map(|b| b != 0))
    }

    /// The codes of a list, read inside the transaction.
    pub async fn codes_in(&mut self, list: &str) -> Result<Vec<String>, StorageError> {
        Ok(
            sqlx::query_scalar("SELECT code FROM code WHERE list_id = $1 ORDER BY code")
                .bind(list)
                .fetch_all(self.conn())
                .await?,
        )
    }
}
