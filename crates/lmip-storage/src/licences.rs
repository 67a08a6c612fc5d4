//! The licence register: licences with their history, sanctions, and regulators' list imports
//! waiting for a reviewer (migration 0009).

use crate::db::WriteTx;
use crate::{Db, Op, StorageError, new_id, now_utc_text};

from_row!(Licence {
    id,
    org_id,
    issuer,
    authority,
    number,
    number_key,
    status,
    valid_from,
    valid_to,
    destinations,
    sectors,
    source,
    updated_at
});
from_row!(LicenceEvent {
    seq,
    at,
    status,
    valid_to,
    reason,
    source
});
from_row!(Sanction {
    id,
    kind,
    imposed_on,
    lifted_on,
    reason,
    authority,
    source
});
from_row!(LicenceImport {
    id,
    org_slug,
    issuer,
    authority,
    file_name,
    sha256,
    uploaded_by,
    uploaded_at,
    status,
    new_count,
    changed_count,
    missing_count,
    same_count
});

/// A licence as the register holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Licence {
    /// Its id.
    pub id: String,
    /// The agency's organisation id.
    pub org_id: String,
    /// The issuing country (alpha-2).
    pub issuer: String,
    /// The issuing authority, as its list names it.
    pub authority: String,
    /// The number as written.
    pub number: String,
    /// The number as compared.
    pub number_key: String,
    /// `valid`, `suspended`, `revoked` or `expired`, as recorded.
    pub status: String,
    /// Start of validity (ISO date).
    pub valid_from: Option<String>,
    /// End of validity (ISO date).
    pub valid_to: Option<String>,
    /// Licensed destinations, space-separated alpha-2 codes.
    pub destinations: String,
    /// Licensed sectors, space-separated.
    pub sectors: String,
    /// Where the facts come from.
    pub source: String,
    /// Last change (RFC 3339).
    pub updated_at: String,
}

/// The facts of a licence an import or an editor sets.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LicenceFacts {
    /// The number as written.
    pub number: String,
    /// The number as compared.
    pub number_key: String,
    /// The agency's name as the list writes it.
    pub agency: String,
    /// Status name.
    pub status: String,
    /// Start of validity.
    pub valid_from: Option<String>,
    /// End of validity.
    pub valid_to: Option<String>,
    /// Destinations, space-separated.
    pub destinations: String,
    /// Sectors, space-separated.
    pub sectors: String,
}

/// A licence with its agency's name and slug, as searches return it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgencyLicence {
    /// The licence.
    pub licence: Licence,
    /// The agency's name.
    pub agency: String,
    /// The agency's short name (for links).
    pub slug: String,
}

/// A status change in a licence's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenceEvent {
    /// Its position (1, 2, …).
    pub seq: i64,
    /// When it was recorded.
    pub at: String,
    /// The status from then on.
    pub status: String,
    /// The end date from then on.
    pub valid_to: Option<String>,
    /// Why.
    pub reason: String,
    /// From what source.
    pub source: String,
}

/// A sanction against an agency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sanction {
    /// Its id.
    pub id: String,
    /// warning, fine, suspension, revocation or blacklist.
    pub kind: String,
    /// Since (ISO date).
    pub imposed_on: String,
    /// Until, if lifted (ISO date).
    pub lifted_on: Option<String>,
    /// Why.
    pub reason: String,
    /// Who imposed it.
    pub authority: String,
    /// Where it is published.
    pub source: String,
}

/// A regulator's list waiting for (or past) a reviewer's decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenceImport {
    /// Its id.
    pub id: String,
    /// The organisation that sent it ('' from the command line).
    pub org_slug: String,
    /// The issuing country.
    pub issuer: String,
    /// The authority.
    pub authority: String,
    /// The file's name.
    pub file_name: String,
    /// The file's SHA-256 (hex).
    pub sha256: String,
    /// Who uploaded it (user id).
    pub uploaded_by: String,
    /// When.
    pub uploaded_at: String,
    /// pending, applied or discarded.
    pub status: String,
    /// Licences new to the register.
    pub new_count: i64,
    /// Licences whose facts differ.
    pub changed_count: i64,
    /// The issuer's licences the list no longer holds.
    pub missing_count: i64,
    /// Licences the list confirms unchanged.
    pub same_count: i64,
}

/// One row of an import, with how it differs from the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRow {
    /// The line in the file.
    pub line: i64,
    /// The facts it gives.
    pub facts: LicenceFacts,
    /// new, changed or same.
    pub change: String,
    /// What changed, in words for the reviewer.
    pub detail: String,
    /// The sanction the list's status word stands for ('' for none; suspension, revocation or
    /// blacklist), with the list's reason and date, recorded when the row is applied.
    pub sanction: String,
    /// Why, as the list says.
    pub reason: String,
    /// Since when, as the list says.
    pub since: Option<String>,
}

const IMPORT_COLUMNS: &str = "id, org_slug, issuer, authority, file_name, sha256, uploaded_by, uploaded_at, \
     status, new_count, changed_count, missing_count, same_count";

const LICENCE_COLUMNS: &str = "l.id, l.org_id, l.issuer, l.authority, l.number, l.number_key, l.status, \
     l.valid_from, l.valid_to, l.destinations, l.sectors, l.source, l.updated_at";

type AgencyRow = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    String,
    String,
    String,
    String,
    String,
);

fn agency_licence(r: AgencyRow) -> AgencyLicence {
    AgencyLicence {
        licence: Licence {
            id: r.0,
            org_id: r.1,
            issuer: r.2,
            authority: r.3,
            number: r.4,
            number_key: r.5,
            status: r.6,
            valid_from: r.7,
            valid_to: r.8,
            destinations: r.9,
            sectors: r.10,
            source: r.11,
            updated_at: r.12,
        },
        agency: r.13,
        slug: r.14,
    }
}

impl Db {
    /// Every licence an issuer granted, by number.
    pub async fn licences_of_issuer(&self, issuer: &str) -> Result<Vec<Licence>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {LICENCE_COLUMNS} FROM licence l WHERE l.issuer = $1 ORDER BY l.number_key"
        )))
        .bind(issuer)
        .fetch_all(self.pool())
        .await?)
    }

    /// Licences whose number, as compared, is `number_key` (any issuer), with their agencies.
    pub async fn licences_by_number(
        &self,
        number_key: &str,
    ) -> Result<Vec<AgencyLicence>, StorageError> {
        self.agency_licences("l.number_key = $1", number_key).await
    }

    /// The licences of the agencies whose compared name is `name_key`.
    pub async fn licences_by_name_key(
        &self,
        name_key: &str,
    ) -> Result<Vec<AgencyLicence>, StorageError> {
        self.agency_licences("o.name_key = $1", name_key).await
    }

    /// The licences of one agency.
    pub async fn licences_of_org(&self, org_id: &str) -> Result<Vec<AgencyLicence>, StorageError> {
        self.agency_licences("o.id = $1", org_id).await
    }

    async fn agency_licences(
        &self,
        condition: &str,
        value: &str,
    ) -> Result<Vec<AgencyLicence>, StorageError> {
        let rows: Vec<AgencyRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {LICENCE_COLUMNS}, o.name, o.slug FROM licence l JOIN organisation o ON o.id = l.org_id \
             WHERE {condition} ORDER BY o.name, l.issuer, l.number_key LIMIT 50"
        )))
        .bind(value)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(agency_licence).collect())
    }

    /// Agencies licensed by `origin` to send workers to `destination` on `today` (a licence
    /// without listed destinations covers every destination), by name; at most `limit`.
    pub async fn agencies_for_corridor(
        &self,
        origin: &str,
        destination: &str,
        today: &str,
        limit: i64,
    ) -> Result<Vec<AgencyLicence>, StorageError> {
        let rows: Vec<AgencyRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {LICENCE_COLUMNS}, o.name, o.slug FROM licence l JOIN organisation o ON o.id = l.org_id \
             WHERE l.issuer = $1 AND l.status = 'valid' AND (l.valid_to IS NULL OR l.valid_to >= $2) \
             AND (l.destinations = '' OR ' ' || l.destinations || ' ' LIKE $3) \
             ORDER BY o.name, l.number_key LIMIT {}",
            limit.clamp(1, 200)
        )))
        .bind(origin)
        .bind(today)
        .bind(format!("% {} %", destination.replace(['%', '_'], "")))
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(agency_licence).collect())
    }

    /// Every agency that holds a licence: (org id, name, slug), for the name index.
    pub async fn licensed_agency_names(
        &self,
    ) -> Result<Vec<(String, String, String)>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT DISTINCT o.id, o.name, o.slug FROM organisation o JOIN licence l ON l.org_id = o.id \
             ORDER BY o.id",
        )
        .fetch_all(self.pool())
        .await?)
    }

    /// A licence's history, oldest first.
    pub async fn licence_events(
        &self,
        licence_id: &str,
    ) -> Result<Vec<LicenceEvent>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT seq, at, status, valid_to, reason, source FROM licence_event WHERE licence_id = $1 ORDER BY seq",
        )
        .bind(licence_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// An agency's sanctions, newest first.
    pub async fn sanctions_of_org(&self, org_id: &str) -> Result<Vec<Sanction>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT id, kind, imposed_on, lifted_on, reason, authority, source FROM sanction \
             WHERE org_id = $1 ORDER BY imposed_on DESC",
        )
        .bind(org_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// The licence numbers (as compared) a staged list holds.
    pub async fn licence_import_keys(&self, id: &str) -> Result<Vec<String>, StorageError> {
        Ok(
            sqlx::query_scalar("SELECT number_key FROM licence_import_row WHERE import_id = $1")
                .bind(id)
                .fetch_all(self.pool())
                .await?,
        )
    }

    /// An import.
    pub async fn licence_import(&self, id: &str) -> Result<Option<LicenceImport>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {IMPORT_COLUMNS} FROM licence_import WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Imports, newest first: all of them, or one organisation's.
    pub async fn licence_imports(
        &self,
        org_slug: Option<&str>,
        limit: i64,
    ) -> Result<Vec<LicenceImport>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {IMPORT_COLUMNS} FROM licence_import \
             WHERE ($1 = '' OR org_slug = $1) ORDER BY uploaded_at DESC LIMIT $2"
        )))
        .bind(org_slug.unwrap_or(""))
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// An import's rows that differ from the register (new and changed), by line, at most `limit`.
    pub async fn licence_import_changes(
        &self,
        id: &str,
        limit: i64,
    ) -> Result<Vec<ImportRow>, StorageError> {
        let rows: Vec<ImportRowTuple> = sqlx::query_as(
            "SELECT line, number, number_key, agency, status, valid_from, valid_to, destinations, sectors, change, detail, \
             sanction, reason, since FROM licence_import_row WHERE import_id = $1 AND change <> 'same' ORDER BY line LIMIT $2",
        )
        .bind(id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(import_row).collect())
    }
}

type ImportRowTuple = (
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
);

fn import_row(r: ImportRowTuple) -> ImportRow {
    ImportRow {
        line: r.0,
        facts: LicenceFacts {
            number: r.1,
            number_key: r.2,
            agency: r.3,
            status: r.4,
            valid_from: r.5,
            valid_to: r.6,
            destinations: r.7,
            sectors: r.8,
        },
        change: r.9,
        detail: r.10,
        sanction: r.11,
        reason: r.12,
        since: r.13,
    }
}

impl WriteTx<'_> {
    /// Stores a list read from a file with its rows and counts, pending review. Returns its id.
    #[allow(clippy::too_many_arguments)]
    pub async fn stage_licence_import(
        &mut self,
        org_slug: &str,
        issuer: &str,
        authority: &str,
        file_name: &str,
        sha256: &str,
        uploaded_by: &str,
        rows: &[ImportRow],
        missing: i64,
    ) -> Result<String, StorageError> {
        let id = new_id();
        let count = |c: &str| rows.iter().filter(|r| r.change == c).count() as i64;
        sqlx::query(
            "INSERT INTO licence_import (id, issuer, authority, file_name, sha256, uploaded_by, uploaded_at, status, \
             new_count, changed_count, missing_count, same_count, org_slug) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $9, $10, $11, $12)",
        )
        .bind(&id)
        .bind(issuer)
        .bind(authority)
        .bind(file_name)
        .bind(sha256)
        .bind(uploaded_by)
        .bind(now_utc_text())
        .bind(count("new"))
        .bind(count("changed"))
        .bind(missing)
        .bind(count("same"))
        .bind(org_slug)
        .execute(self.conn())
        .await?;
        for chunk in rows.chunks(200) {
            let mut sql = String::from(
                "INSERT INTO licence_import_row (import_id, line, number, number_key, agency, status, valid_from, \
                 valid_to, destinations, sectors, change, detail, sanction, reason, since) VALUES ",
            );
            crate::refdata::push_placeholders(&mut sql, chunk.len(), 15);
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for r in chunk {
                let f = &r.facts;
                q = q
                    .bind(&id)
                    .bind(r.line)
                    .bind(&f.number)
                    .bind(&f.number_key)
                    .bind(&f.agency)
                    .bind(&f.status)
                    .bind(f.valid_from.as_deref())
                    .bind(f.valid_to.as_deref())
                    .bind(&f.destinations)
                    .bind(&f.sectors)
                    .bind(&r.change)
                    .bind(&r.detail)
                    .bind(&r.sanction)
                    .bind(&r.reason)
                    .bind(r.since.as_deref());
            }
            q.execute(self.conn()).await.map_err(|e| {
                StorageError::conflict_or(e, || "the same licence number twice in one list".into())
            })?;
        }
        Ok(id)
    }

    /// An import's rows that differ from the register, all of them (to apply).
    pub async fn licence_import_rows_to_apply(
        &mut self,
        id: &str,
    ) -> Result<Vec<ImportRow>, StorageError> {
        let rows: Vec<ImportRowTuple> = sqlx::query_as(
            "SELECT line, number, number_key, agency, status, valid_from, valid_to, destinations, sectors, change, detail, \
             sanction, reason, since FROM licence_import_row WHERE import_id = $1 AND change <> 'same' ORDER BY line",
        )
        .bind(id)
        .fetch_all(self.conn())
        .await?;
        Ok(rows.into_iter().map(import_row).collect())
    }

    /// The licence numbers (as compared) a staged list holds, read inside the transaction.
    pub async fn licence_import_keys_in_tx(
        &mut self,
        id: &str,
    ) -> Result<Vec<String>, StorageError> {
        Ok(
            sqlx::query_scalar("SELECT number_key FROM licence_import_row WHERE import_id = $1")
                .bind(id)
                .fetch_all(self.conn())
                .await?,
        )
    }

    /// The import, read inside the transaction (to decide on what is current).
    pub async fn licence_import_for_update(
        &mut self,
        id: &str,
    ) -> Result<Option<LicenceImport>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {IMPORT_COLUMNS} FROM licence_import WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(self.conn())
        .await?)
    }

    /// Marks an import applied or discarded.
    pub async fn decide_licence_import(
        &mut self,
        id: &str,
        status: &str,
        decided_by: &str,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE licence_import SET status = $1, decided_by = $2, decided_at = $3 WHERE id = $4 AND status = 'pending'",
        )
        .bind(status)
        .bind(decided_by)
        .bind(now_utc_text())
        .bind(id)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// The issuer's licences, read inside the transaction.
    pub async fn issuer_licences_for_update(
        &mut self,
        issuer: &str,
    ) -> Result<Vec<Licence>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {LICENCE_COLUMNS} FROM licence l WHERE l.issuer = $1 ORDER BY l.number_key"
        )))
        .bind(issuer)
        .fetch_all(self.conn())
        .await?)
    }

    /// The directory entry of an agency in `country` whose compared name is `name_key`, if any.
    pub async fn agency_by_name_key(
        &mut self,
        country: &str,
        name_key: &str,
    ) -> Result<Option<String>, StorageError> {
        Ok(sqlx::query_scalar(
            "SELECT id FROM organisation WHERE country = $1 AND name_key = $2 AND kind = 'recruitment_agency' \
             ORDER BY created_at LIMIT 1",
        )
        .bind(country)
        .bind(name_key)
        .fetch_optional(self.conn())
        .await?)
    }

    /// Creates a directory entry for an agency that has no users (from a regulator's list);
    /// `is_sample` for the demo's invented agencies.
    pub async fn create_agency(
        &mut self,
        name: &str,
        name_key: &str,
        country: &str,
        source: &str,
        is_sample: bool,
    ) -> Result<String, StorageError> {
        let id = new_id();
        let now = now_utc_text();
        // The id's head keeps slugs unique however many agencies share a name.
        let mut slug: String = name_key
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .take(40)
            .collect();
        if slug.is_empty() {
            slug.push_str("agency");
        }
        let slug = format!("{slug}-{}", &id[..8.min(id.len())]).to_lowercase();
        sqlx::query(
            "INSERT INTO organisation (id, slug, name, kind, country, source, is_sample, created_at, updated_at, name_key) \
             VALUES ($1, $2, $3, 'recruitment_agency', $4, $5, $8, $6, $6, $7)",
        )
        .bind(&id)
        .bind(&slug)
        .bind(name)
        .bind(country)
        .bind(source)
        .bind(&now)
        .bind(name_key)
        .bind(i64::from(is_sample))
        .execute(self.conn())
        .await?;
        self.record_change("organisation", &id, Op::Insert).await?;
        Ok(id)
    }

    /// Adds a licence and the first event of its history.
    pub async fn insert_licence(
        &mut self,
        org_id: &str,
        issuer: &str,
        authority: &str,
        facts: &LicenceFacts,
        source: &str,
    ) -> Result<String, StorageError> {
        let id = new_id();
        let now = now_utc_text();
        sqlx::query(
            "INSERT INTO licence (id, org_id, issuer, authority, number, number_key, status, valid_from, valid_to, \
             destinations, sectors, source, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(&id)
        .bind(org_id)
        .bind(issuer)
        .bind(authority)
        .bind(&facts.number)
        .bind(&facts.number_key)
        .bind(&facts.status)
        .bind(facts.valid_from.as_deref())
        .bind(facts.valid_to.as_deref())
        .bind(&facts.destinations)
        .bind(&facts.sectors)
        .bind(source)
        .bind(&now)
        .execute(self.conn())
        .await
        .map_err(|e| {
            StorageError::conflict_or(e, || format!("licence {} of {issuer}", facts.number))
        })?;
        self.licence_event(&id, &facts.status, facts.valid_to.as_deref(), "", source)
            .await?;
        self.record_change("licence", &id, Op::Insert).await?;
        Ok(id)
    }

    /// Sets a licence's facts; a new status or end date adds an event to its history.
    pub async fn update_licence(
        &mut self,
        current: &Licence,
        facts: &LicenceFacts,
        reason: &str,
        source: &str,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE licence SET number = $1, status = $2, valid_from = $3, valid_to = $4, destinations = $5, \
             sectors = $6, source = $7, updated_at = $8 WHERE id = $9",
        )
        .bind(&facts.number)
        .bind(&facts.status)
        .bind(facts.valid_from.as_deref())
        .bind(facts.valid_to.as_deref())
        .bind(&facts.destinations)
        .bind(&facts.sectors)
        .bind(source)
        .bind(now_utc_text())
        .bind(&current.id)
        .execute(self.conn())
        .await?;
        if current.status != facts.status || current.valid_to != facts.valid_to {
            self.licence_event(
                &current.id,
                &facts.status,
                facts.valid_to.as_deref(),
                reason,
                source,
            )
            .await?;
        }
        self.record_change("licence", &current.id, Op::Update)
            .await?;
        Ok(())
    }

    async fn licence_event(
        &mut self,
        licence_id: &str,
        status: &str,
        valid_to: Option<&str>,
        reason: &str,
        source: &str,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO licence_event (licence_id, seq, at, status, valid_to, reason, source) \
             SELECT $1, COALESCE(MAX(seq), 0) + 1, $2, $3, $4, $5, $6 FROM licence_event WHERE licence_id = $1",
        )
        .bind(licence_id)
        .bind(now_utc_text())
        .bind(status)
        .bind(valid_to)
        .bind(reason)
        .bind(source)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Records a sanction against an agency.
    pub async fn add_sanction(
        &mut self,
        org_id: &str,
        s: &Sanction,
    ) -> Result<String, StorageError> {
        let id = new_id();
        sqlx::query(
            "INSERT INTO sanction (id, org_id, kind, imposed_on, lifted_on, reason, authority, source, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(&id)
        .bind(org_id)
        .bind(&s.kind)
        .bind(&s.imposed_on)
        .bind(s.lifted_on.as_deref())
        .bind(&s.reason)
        .bind(&s.authority)
        .bind(&s.source)
        .bind(now_utc_text())
        .execute(self.conn())
        .await?;
        self.record_change("sanction", &id, Op::Insert).await?;
        Ok(id)
    }
}
