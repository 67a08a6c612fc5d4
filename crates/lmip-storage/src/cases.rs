//! Complaint cases (migration 0017): the case, its events, notes, referrals and retried filings.
//!
//! Storage never sees a complainant's personal data in clear: columns ending in `_enc` arrive
//! sealed by the services and leave sealed. Which organisation may see a case is decided here in
//! SQL (the owner, and organisations with an accepted referral), the same condition for a single
//! case and for lists, so the two paths cannot disagree.

use crate::db::WriteTx;
use crate::{Db, Op, StorageError, new_id, now_utc_text};

/// The columns of `case_file`, in the order of [`CaseRow`].
const CASE_COLUMNS: &str = "c.id, c.owner_org, c.status, c.status_since, c.urgency, c.categories, \
     c.origin, c.destination, c.respondent_kind, c.respondent_org, c.respondent_enc, c.occurred_on, \
     c.money_lost, c.money_currency, c.language, c.anonymous, c.name_enc, c.contact_channel, \
     c.contact_enc, c.narrative_enc, c.consent_store, c.consent_contact, c.consent_share, \
     c.filed_by_user, c.filed_by_org, c.assigned_user, c.outcome, c.recovered, c.recovered_currency, \
     c.flags, c.revision, c.filed_at, c.updated_at, c.closed_at, c.anonymised_at";

/// The condition "organisation `$N` may see case `c`": it owns it, or accepted a referral of it.
fn visible_to(param: usize) -> String {
    format!(
        "(c.owner_org = ${param} OR EXISTS (SELECT 1 FROM case_referral r WHERE r.case_id = c.id \
         AND r.to_org = ${param} AND r.state = 'accepted'))"
    )
}

from_row!(CaseRow {
    id,
    owner_org,
    status,
    status_since,
    urgency,
    categories,
    origin,
    destination,
    respondent_kind,
    respondent_org,
    respondent_enc,
    occurred_on,
    money_lost,
    money_currency,
    language,
    anonymous,
    name_enc,
    contact_channel,
    contact_enc,
    narrative_enc,
    consent_store,
    consent_contact,
    consent_share,
    filed_by_user,
    filed_by_org,
    assigned_user,
    outcome,
    recovered,
    recovered_currency,
    flags,
    revision,
    filed_at,
    updated_at,
    closed_at,
    anonymised_at
});

/// A case as stored (sealed columns still sealed).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CaseRow {
    /// Its id (never shown to the complainant: they have the tracking code).
    pub id: String,
    /// The organisation whose inbox holds it.
    pub owner_org: String,
    /// `lmip_domain::cases::Status` code.
    pub status: String,
    /// Since when (RFC 3339), for deadlines.
    pub status_since: String,
    /// `Urgency` code.
    pub urgency: String,
    /// Space-padded category codes.
    pub categories: String,
    /// Origin country (alpha-2).
    pub origin: Option<String>,
    /// Destination country.
    pub destination: Option<String>,
    /// agency, employer, other or unknown.
    pub respondent_kind: String,
    /// The listed organisation complained about.
    pub respondent_org: Option<String>,
    /// The respondent as the complainant named them (sealed).
    pub respondent_enc: Option<String>,
    /// When it happened (YYYY-MM or YYYY-MM-DD).
    pub occurred_on: Option<String>,
    /// Money lost in hundredths.
    pub money_lost: Option<i64>,
    /// Its currency.
    pub money_currency: Option<String>,
    /// The complainant's language.
    pub language: String,
    /// 1 when filed without a name.
    pub anonymous: i64,
    /// Name (sealed).
    pub name_enc: Option<String>,
    /// `Channel` code.
    pub contact_channel: String,
    /// Contact details as JSON (sealed).
    pub contact_enc: Option<String>,
    /// What happened in their words (sealed).
    pub narrative_enc: Option<String>,
    /// Consent to keep the case.
    pub consent_store: i64,
    /// Consent to be contacted.
    pub consent_contact: i64,
    /// Space-padded `ShareWith` codes.
    pub consent_share: String,
    /// The caseworker who filed on the worker's behalf.
    pub filed_by_user: Option<String>,
    /// Their organisation.
    pub filed_by_org: Option<String>,
    /// The caseworker working it.
    pub assigned_user: Option<String>,
    /// `Outcome` code once resolved.
    pub outcome: Option<String>,
    /// Money recovered in hundredths.
    pub recovered: Option<i64>,
    /// Its currency.
    pub recovered_currency: Option<String>,
    /// Space-padded notes about the text (zawgyi, bidi).
    pub flags: String,
    /// Counts changes; an edit names the revision it was made from.
    pub revision: i64,
    /// When filed.
    pub filed_at: String,
    /// Last change.
    pub updated_at: String,
    /// When it reached a final status.
    pub closed_at: Option<String>,
    /// When its personal data was erased.
    pub anonymised_at: Option<String>,
}

/// A new case: [`CaseRow`]'s columns plus the hashes that find it.
#[derive(Debug, Clone, Default)]
pub struct NewCase {
    /// The row (status, revision and times are set here).
    pub row: CaseRow,
    /// SHA-256 of the normalised tracking code.
    pub tracking_hash: String,
    /// SHA-256 of code and PIN.
    pub pin_hash: String,
    /// Keyed hash of the respondent's folded name.
    pub respondent_key: Option<String>,
    /// Keyed hash of the contact number or address.
    pub contact_key: Option<String>,
}

from_row!(CaseEventRow {
    at,
    actor,
    org_id,
    kind,
    from_status,
    to_status,
    detail
});

/// One entry of a case's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseEventRow {
    /// When.
    pub at: String,
    /// `user:<id>`, `complainant` or `system`.
    pub actor: String,
    /// The organisation acting.
    pub org_id: Option<String>,
    /// filed, triage, status, assign, referral, read…
    pub kind: String,
    /// Status before.
    pub from_status: Option<String>,
    /// Status after.
    pub to_status: Option<String>,
    /// Facts as JSON, without personal data.
    pub detail: String,
}

from_row!(CaseNoteRow {
    id,
    org_id,
    author_id,
    at,
    shared,
    body_enc
});

/// A note on a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseNoteRow {
    /// Its id (part of its sealing).
    pub id: String,
    /// The writing organisation.
    pub org_id: String,
    /// The writer.
    pub author_id: Option<String>,
    /// When.
    pub at: String,
    /// 1 when the complainant sees it.
    pub shared: i64,
    /// The text (sealed).
    pub body_enc: Option<String>,
}

from_row!(ReferralRow {
    id,
    case_id,
    from_org,
    to_org,
    to_name,
    state,
    fields,
    override_enc,
    requested_by,
    requested_at,
    decided_by,
    decided_at
});

/// A referral of a case to another organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralRow {
    /// Its id.
    pub id: String,
    /// The case.
    pub case_id: String,
    /// The referring organisation.
    pub from_org: String,
    /// The receiving organisation.
    pub to_org: String,
    /// Its name.
    pub to_name: String,
    /// `ReferralState` code.
    pub state: String,
    /// Space-padded `SharedField` codes.
    pub fields: String,
    /// The reason for referring without consent (sealed), if that happened.
    pub override_enc: Option<String>,
    /// Who referred.
    pub requested_by: String,
    /// When.
    pub requested_at: String,
    /// Who decided.
    pub decided_by: Option<String>,
    /// When.
    pub decided_at: Option<String>,
}

/// One sealed value, for key rotation: table, column, row id and the sealed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedValue {
    /// Table.
    pub table: &'static str,
    /// Column.
    pub column: &'static str,
    /// The row's key (`id` or `key_hash`).
    pub row: String,
    /// The sealed text.
    pub sealed: String,
}

/// Every sealed column: (table, key column, sealed column).
pub const SEALED_COLUMNS: [(&str, &str, &str); 8] = [
    ("case_file", "id", "respondent_enc"),
    ("case_file", "id", "name_enc"),
    ("case_file", "id", "contact_enc"),
    ("case_file", "id", "narrative_enc"),
    ("case_note", "id", "body_enc"),
    ("case_referral", "id", "override_enc"),
    ("case_intake", "key_hash", "receipt_enc"),
    ("site_setting", "key", "value"),
];

/// A list of an inbox's cases.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    /// Only in this status.
    pub status: Option<String>,
    /// Only assigned to this user.
    pub assigned: Option<String>,
    /// Include final cases.
    pub include_final: bool,
    /// At most this many (0: 500).
    pub limit: i64,
}

impl Db {
    /// The case and the receipt of an earlier filing with this idempotency key, if any (read
    /// outside a transaction: the filing's own transaction checks again).
    pub async fn intake_of(
        &self,
        key_hash: &str,
    ) -> Result<Option<(String, Option<String>)>, StorageError> {
        Ok(
            sqlx::query_as("SELECT case_id, receipt_enc FROM case_intake WHERE key_hash = $1")
                .bind(key_hash)
                .fetch_optional(self.pool())
                .await?,
        )
    }

    /// The case a tracking-code hash names.
    pub async fn case_by_tracking(
        &self,
        tracking_hash: &str,
    ) -> Result<Option<(CaseRow, String)>, StorageError> {
        let sql = format!(
            "SELECT {CASE_COLUMNS}, c.pin_hash FROM case_file c WHERE c.tracking_hash = $1"
        );
        let row: Option<sqlx::any::AnyRow> = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(tracking_hash)
            .fetch_optional(self.pool())
            .await?;
        row.map(|r| -> Result<(CaseRow, String), StorageError> {
            use sqlx::{FromRow, Row};
            Ok((CaseRow::from_row(&r)?, r.try_get::<String, _>("pin_hash")?))
        })
        .transpose()
    }

    /// A case, if organisation `org_id` may see it (`None` otherwise: it does not exist for them).
    pub async fn case_for_org(
        &self,
        case_id: &str,
        org_id: &str,
    ) -> Result<Option<CaseRow>, StorageError> {
        let sql = format!(
            "SELECT {CASE_COLUMNS} FROM case_file c WHERE c.id = $1 AND {}",
            visible_to(2)
        );
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(case_id)
            .bind(org_id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// The cases organisation `org_id` may see, oldest status first.
    pub async fn cases_for_org(
        &self,
        org_id: &str,
        filter: &CaseFilter,
    ) -> Result<Vec<CaseRow>, StorageError> {
        let mut sql = format!(
            "SELECT {CASE_COLUMNS} FROM case_file c WHERE {} AND c.anonymised_at IS NULL",
            visible_to(1)
        );
        if !filter.include_final {
            sql.push_str(" AND c.status NOT IN ('resolved', 'closed', 'withdrawn')");
        }
        sql.push_str(" AND ($2 = '' OR c.status = $2) AND ($3 = '' OR c.assigned_user = $3)");
        // Most urgent first, then the longest waiting: the limit never hides an urgent case.
        sql.push_str(
            " ORDER BY CASE c.urgency WHEN 'immediate' THEN 0 WHEN 'high' THEN 1 ELSE 2 END, \
             c.status_since, c.id LIMIT $4",
        );
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(org_id)
            .bind(filter.status.clone().unwrap_or_default())
            .bind(filter.assigned.clone().unwrap_or_default())
            .bind(if filter.limit > 0 { filter.limit } else { 500 })
            .fetch_all(self.pool())
            .await?)
    }

    /// The cases organisation `org_id` may see whose contact has this keyed hash, newest first.
    pub async fn cases_by_contact_key(
        &self,
        org_id: &str,
        contact_key: &str,
    ) -> Result<Vec<CaseRow>, StorageError> {
        let sql = format!(
            "SELECT {CASE_COLUMNS} FROM case_file c WHERE c.contact_key = $2 AND {} \
             AND c.anonymised_at IS NULL ORDER BY c.filed_at DESC LIMIT 50",
            visible_to(1)
        );
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(org_id)
            .bind(contact_key)
            .fetch_all(self.pool())
            .await?)
    }

    /// The case's history, oldest first.
    pub async fn case_events(&self, case_id: &str) -> Result<Vec<CaseEventRow>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT at, actor, org_id, kind, from_status, to_status, detail FROM case_event \
             WHERE case_id = $1 ORDER BY at, id",
        )
        .bind(case_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// The case's notes, oldest first; with `shared_only`, only those the complainant sees.
    pub async fn case_notes(
        &self,
        case_id: &str,
        shared_only: bool,
    ) -> Result<Vec<CaseNoteRow>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT id, org_id, author_id, at, shared, body_enc FROM case_note \
             WHERE case_id = $1 AND ($2 = 0 OR shared = 1) ORDER BY at, id",
        )
        .bind(case_id)
        .bind(i64::from(shared_only))
        .fetch_all(self.pool())
        .await?)
    }

    /// The case's referrals, newest first.
    pub async fn case_referrals(&self, case_id: &str) -> Result<Vec<ReferralRow>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT r.id, r.case_id, r.from_org, r.to_org, o.name AS to_name, r.state, r.fields, \
             r.override_enc, r.requested_by, r.requested_at, r.decided_by, r.decided_at \
             FROM case_referral r JOIN organisation o ON o.id = r.to_org \
             WHERE r.case_id = $1 ORDER BY r.requested_at DESC, r.id",
        )
        .bind(case_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Referrals waiting for organisation `org_id` to accept or decline.
    pub async fn referrals_waiting(&self, org_id: &str) -> Result<Vec<ReferralRow>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT r.id, r.case_id, r.from_org, r.to_org, o.name AS to_name, r.state, r.fields, \
             r.override_enc, r.requested_by, r.requested_at, r.decided_by, r.decided_at \
             FROM case_referral r JOIN organisation o ON o.id = r.from_org \
             WHERE r.to_org = $1 AND r.state = 'requested' ORDER BY r.requested_at, r.id",
        )
        .bind(org_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Other cases about the same respondent (by listed organisation or the keyed hash of the
    /// name) that happened in the same month, as (id, status, owner): nothing personal.
    pub async fn similar_cases(
        &self,
        case: &CaseRow,
        respondent_key: Option<&str>,
        org_id: &str,
    ) -> Result<Vec<(String, String, String)>, StorageError> {
        let month: String = case
            .occurred_on
            .as_deref()
            .unwrap_or("")
            .chars()
            .take(7)
            .collect();
        let sql = format!(
            "SELECT c.id, c.status, o.name FROM case_file c JOIN organisation o ON o.id = c.owner_org \
             WHERE c.id <> $1 AND c.anonymised_at IS NULL AND {} \
             AND ((c.respondent_org IS NOT NULL AND c.respondent_org = $3) \
                  OR (c.respondent_key IS NOT NULL AND c.respondent_key = $4)) \
             AND ($5 = '' OR c.occurred_on IS NULL OR substr(c.occurred_on, 1, 7) = $5) \
             ORDER BY c.filed_at DESC LIMIT 20",
            visible_to(2)
        );
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(&case.id)
            .bind(org_id)
            .bind(case.respondent_org.clone().unwrap_or_default())
            .bind(respondent_key.unwrap_or(""))
            .bind(month)
            .fetch_all(self.pool())
            .await?)
    }

    /// The keyed respondent hash of a case (kept out of [`CaseRow`]: only matching uses it).
    pub async fn case_respondent_key(&self, case_id: &str) -> Result<Option<String>, StorageError> {
        Ok(
            sqlx::query_scalar("SELECT respondent_key FROM case_file WHERE id = $1")
                .bind(case_id)
                .fetch_optional(self.pool())
                .await?
                .flatten(),
        )
    }

    /// Cases that reached a final status before `before` and still hold personal data.
    pub async fn cases_to_anonymise(
        &self,
        before: &str,
        limit: i64,
    ) -> Result<Vec<String>, StorageError> {
        Ok(sqlx::query_scalar(
            "SELECT id FROM case_file WHERE closed_at IS NOT NULL AND closed_at < $1 \
             AND anonymised_at IS NULL ORDER BY closed_at LIMIT $2",
        )
        .bind(before)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// Every case's countable facts, for the statistics and scorecards: (filed month, origin,
    /// destination, categories, respondent kind, respondent organisation, status, outcome,
    /// recovered, recovered currency).
    pub async fn case_facts(&self) -> Result<Vec<CaseFacts>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT substr(filed_at, 1, 7) AS month, origin, destination, categories, \
             respondent_kind, respondent_org, status, outcome, recovered, recovered_currency \
             FROM case_file ORDER BY filed_at",
        )
        .fetch_all(self.pool())
        .await?)
    }

    /// The countable facts of the cases about one listed organisation (its scorecard).
    pub async fn case_facts_about(&self, org_id: &str) -> Result<Vec<CaseFacts>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT substr(filed_at, 1, 7) AS month, origin, destination, categories, \
             respondent_kind, respondent_org, status, outcome, recovered, recovered_currency \
             FROM case_file WHERE respondent_org = $1 ORDER BY filed_at",
        )
        .bind(org_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// One page of a sealed column's values, after row key `after`.
    pub async fn sealed_values(
        &self,
        (table, key, column): (&'static str, &'static str, &'static str),
        after: &str,
        limit: i64,
    ) -> Result<Vec<SealedValue>, StorageError> {
        let extra = if table == "site_setting" {
            " AND key LIKE 'sealed:%'"
        } else {
            ""
        };
        // Table and column names come from SEALED_COLUMNS only, never from input.
        let sql = format!(
            "SELECT {key}, {column} FROM {table} WHERE {column} IS NOT NULL AND {key} > $1{extra} \
             ORDER BY {key} LIMIT $2"
        );
        let rows: Vec<(String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(after)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        Ok(rows
            .into_iter()
            .map(|(row, sealed)| SealedValue {
                table,
                column,
                row,
                sealed,
            })
            .collect())
    }
}

from_row!(CaseFacts {
    month,
    origin,
    destination,
    categories,
    respondent_kind,
    respondent_org,
    status,
    outcome,
    recovered,
    recovered_currency
});

/// A case's countable facts (nothing personal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFacts {
    /// YYYY-MM filed.
    pub month: String,
    /// Origin.
    pub origin: Option<String>,
    /// Destination.
    pub destination: Option<String>,
    /// Space-padded categories.
    pub categories: String,
    /// agency, employer, other, unknown.
    pub respondent_kind: String,
    /// The listed organisation complained about.
    pub respondent_org: Option<String>,
    /// Status.
    pub status: String,
    /// Outcome.
    pub outcome: Option<String>,
    /// Recovered, hundredths.
    pub recovered: Option<i64>,
    /// Its currency.
    pub recovered_currency: Option<String>,
}

impl WriteTx<'_> {
    /// The case and the receipt of an earlier filing with this idempotency key, if any.
    pub async fn intake(
        &mut self,
        key_hash: &str,
    ) -> Result<Option<(String, Option<String>)>, StorageError> {
        Ok(
            sqlx::query_as("SELECT case_id, receipt_enc FROM case_intake WHERE key_hash = $1")
                .bind(key_hash)
                .fetch_optional(self.conn())
                .await?,
        )
    }

    /// Stores a new case, its first event and its idempotency key.
    pub async fn insert_case(
        &mut self,
        c: &NewCase,
        intake_key: &str,
        receipt_enc: &str,
    ) -> Result<(), StorageError> {
        let r = &c.row;
        sqlx::query(
            "INSERT INTO case_file (id, tracking_hash, pin_hash, owner_org, status, status_since, \
             urgency, categories, origin, destination, respondent_kind, respondent_org, \
             respondent_enc, respondent_key, occurred_on, money_lost, money_currency, language, \
             anonymous, name_enc, contact_channel, contact_enc, contact_key, narrative_enc, \
             consent_store, consent_contact, consent_share, filed_by_user, filed_by_org, flags, \
             revision, filed_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, \
             $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, \
             $28, $29, $30, 1, $31, $31)",
        )
        .bind(&r.id)
        .bind(&c.tracking_hash)
        .bind(&c.pin_hash)
        .bind(&r.owner_org)
        .bind(&r.status)
        .bind(&r.filed_at)
        .bind(&r.urgency)
        .bind(&r.categories)
        .bind(&r.origin)
        .bind(&r.destination)
        .bind(&r.respondent_kind)
        .bind(&r.respondent_org)
        .bind(&r.respondent_enc)
        .bind(&c.respondent_key)
        .bind(&r.occurred_on)
        .bind(r.money_lost)
        .bind(&r.money_currency)
        .bind(&r.language)
        .bind(r.anonymous)
        .bind(&r.name_enc)
        .bind(&r.contact_channel)
        .bind(&r.contact_enc)
        .bind(&c.contact_key)
        .bind(&r.narrative_enc)
        .bind(r.consent_store)
        .bind(r.consent_contact)
        .bind(&r.consent_share)
        .bind(&r.filed_by_user)
        .bind(&r.filed_by_org)
        .bind(&r.flags)
        .bind(&r.filed_at)
        .execute(self.conn())
        .await?;
        sqlx::query(
            "INSERT INTO case_intake (key_hash, case_id, receipt_enc, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(intake_key)
        .bind(&r.id)
        .bind(receipt_enc)
        .bind(&r.filed_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Appends an event to a case's history.
    pub async fn case_event(
        &mut self,
        case_id: &str,
        actor: &str,
        org_id: Option<&str>,
        kind: &str,
        status: (Option<&str>, Option<&str>),
        detail: &str,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO case_event (id, case_id, at, actor, org_id, kind, from_status, to_status, detail) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(new_id())
        .bind(case_id)
        .bind(now_utc_text())
        .bind(actor)
        .bind(org_id)
        .bind(kind)
        .bind(status.0)
        .bind(status.1)
        .bind(detail)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// A case read inside the transaction (for checks before a change).
    pub async fn case_row(&mut self, case_id: &str) -> Result<Option<CaseRow>, StorageError> {
        let sql = format!("SELECT {CASE_COLUMNS} FROM case_file c WHERE c.id = $1");
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(case_id)
            .fetch_optional(self.conn())
            .await?)
    }

    /// Changes triage facts if the case is still at `revision`; false if someone changed it
    /// meanwhile.
    pub async fn triage_case(
        &mut self,
        case_id: &str,
        revision: i64,
        categories: &str,
        urgency: &str,
        assigned_user: Option<&str>,
    ) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "UPDATE case_file SET categories = $1, urgency = $2, assigned_user = $3, \
             revision = revision + 1, updated_at = $4 WHERE id = $5 AND revision = $6",
        )
        .bind(categories)
        .bind(urgency)
        .bind(assigned_user)
        .bind(now_utc_text())
        .bind(case_id)
        .bind(revision)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Moves a case to a status if it is still at `revision`; a final status records the time
    /// it closed, the outcome and money recovered; false if someone changed it meanwhile.
    pub async fn set_case_status(
        &mut self,
        case_id: &str,
        revision: i64,
        status: &str,
        closed: bool,
        outcome: Option<&str>,
        recovered: Option<(i64, &str)>,
    ) -> Result<bool, StorageError> {
        let now = now_utc_text();
        let done = sqlx::query(
            "UPDATE case_file SET status = $1, status_since = $2, updated_at = $2, \
             closed_at = $3, outcome = $4, recovered = $5, recovered_currency = $6, \
             revision = revision + 1 WHERE id = $7 AND revision = $8",
        )
        .bind(status)
        .bind(&now)
        .bind(closed.then_some(now.as_str()))
        .bind(outcome)
        .bind(recovered.map(|r| r.0))
        .bind(recovered.map(|r| r.1))
        .bind(case_id)
        .bind(revision)
        .execute(self.conn())
        .await?;
        if done.rows_affected() == 1 && outcome.is_some() {
            // Agency scorecards and the complaint statistics read outcomes: public pages change.
            // The change names a fresh id, not the case, so the public change log links nothing.
            self.record_change("case_outcome", &new_id(), Op::Update)
                .await?;
        }
        Ok(done.rows_affected() == 1)
    }

    /// Adds a note.
    pub async fn insert_case_note(
        &mut self,
        note: &CaseNoteRow,
        case_id: &str,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO case_note (id, case_id, org_id, author_id, at, shared, body_enc) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&note.id)
        .bind(case_id)
        .bind(&note.org_id)
        .bind(&note.author_id)
        .bind(&note.at)
        .bind(note.shared)
        .bind(&note.body_enc)
        .execute(self.conn())
        .await?;
        sqlx::query("UPDATE case_file SET updated_at = $1 WHERE id = $2")
            .bind(&note.at)
            .bind(case_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Stores a new referral.
    pub async fn insert_referral(&mut self, r: &ReferralRow) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO case_referral (id, case_id, from_org, to_org, state, fields, override_enc, \
             requested_by, requested_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(&r.id)
        .bind(&r.case_id)
        .bind(&r.from_org)
        .bind(&r.to_org)
        .bind(&r.state)
        .bind(&r.fields)
        .bind(&r.override_enc)
        .bind(&r.requested_by)
        .bind(&r.requested_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// A referral read inside the transaction.
    pub async fn referral(&mut self, id: &str) -> Result<Option<ReferralRow>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT r.id, r.case_id, r.from_org, r.to_org, o.name AS to_name, r.state, r.fields, \
             r.override_enc, r.requested_by, r.requested_at, r.decided_by, r.decided_at \
             FROM case_referral r JOIN organisation o ON o.id = r.to_org WHERE r.id = $1",
        )
        .bind(id)
        .fetch_optional(self.conn())
        .await?)
    }

    /// Moves a referral from `from` to `to`; false when it was no longer in `from` (another
    /// decision won). The condition is in the UPDATE itself, so of concurrent decisions on either
    /// database exactly one changes the row.
    pub async fn decide_referral(
        &mut self,
        id: &str,
        from: &str,
        to: &str,
        by: &str,
    ) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "UPDATE case_referral SET state = $1, decided_by = $2, decided_at = $3 \
             WHERE id = $4 AND state = $5",
        )
        .bind(to)
        .bind(by)
        .bind(now_utc_text())
        .bind(id)
        .bind(from)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Erases a case's personal data: sealed columns, keyed hashes, notes' text, referral
    /// reasons and retried-filing receipts. Countable facts stay.
    pub async fn anonymise_case(&mut self, case_id: &str) -> Result<(), StorageError> {
        let now = now_utc_text();
        sqlx::query(
            "UPDATE case_file SET respondent_enc = NULL, respondent_key = NULL, name_enc = NULL, \
             contact_enc = NULL, contact_key = NULL, narrative_enc = NULL, assigned_user = NULL, \
             filed_by_user = NULL, anonymised_at = $1, updated_at = $1, revision = revision + 1 \
             WHERE id = $2",
        )
        .bind(&now)
        .bind(case_id)
        .execute(self.conn())
        .await?;
        for sql in [
            "UPDATE case_note SET body_enc = NULL, author_id = NULL WHERE case_id = $1",
            "UPDATE case_referral SET override_enc = NULL WHERE case_id = $1",
            "DELETE FROM case_intake WHERE case_id = $1",
        ] {
            sqlx::query(sql).bind(case_id).execute(self.conn()).await?;
        }
        Ok(())
    }

    /// Forgets retried-filing receipts older than `before`.
    pub async fn forget_intakes(&mut self, before: &str) -> Result<u64, StorageError> {
        Ok(
            sqlx::query("UPDATE case_intake SET receipt_enc = NULL WHERE created_at < $1 AND receipt_enc IS NOT NULL")
                .bind(before)
                .execute(self.conn())
                .await?
                .rows_affected(),
        )
    }

    /// Replaces one sealed value (key rotation) if it is still the one read.
    pub async fn reseal(&mut self, v: &SealedValue, resealed: &str) -> Result<bool, StorageError> {
        let key = SEALED_COLUMNS
            .iter()
            .find(|(t, _, c)| *t == v.table && *c == v.column)
            .map(|(_, k, _)| *k)
            .ok_or_else(|| {
                StorageError::Unsupported(format!("{}.{} is not sealed", v.table, v.column))
            })?;
        let sql = format!(
            "UPDATE {} SET {} = $1 WHERE {key} = $2 AND {} = $3",
            v.table, v.column, v.column
        );
        let done = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(resealed)
            .bind(&v.row)
            .bind(&v.sealed)
            .execute(self.conn())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Sets the keyed hashes of a case (after key rotation).
    pub async fn set_case_keys(
        &mut self,
        case_id: &str,
        respondent_key: Option<&str>,
        contact_key: Option<&str>,
    ) -> Result<(), StorageError> {
        sqlx::query("UPDATE case_file SET respondent_key = $1, contact_key = $2 WHERE id = $3")
            .bind(respondent_key)
            .bind(contact_key)
            .bind(case_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}

from_row!(Receiver {
    id,
    slug,
    name,
    kind,
    country
});

/// An organisation that can receive referrals: one with an active caseworker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receiver {
    /// Its id.
    pub id: String,
    /// Its slug.
    pub slug: String,
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: String,
    /// Its country.
    pub country: Option<String>,
}

impl Db {
    /// Organisations with at least one active caseworker, by name.
    pub async fn case_receivers(&self) -> Result<Vec<Receiver>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT o.id, o.slug, o.name, o.kind, o.country FROM organisation o \
             WHERE EXISTS (SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id \
             WHERE m.org_id = o.id AND m.role = 'caseworker' AND u.status = 'active') \
             ORDER BY o.name, o.id",
        )
        .fetch_all(self.pool())
        .await?)
    }

    /// Users holding a case role (caseworker or supervisor) in an organisation: (id, e-mail).
    pub async fn case_staff(&self, org_id: &str) -> Result<Vec<(String, String)>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT DISTINCT u.id, u.email FROM membership m JOIN app_user u ON u.id = m.user_id \
             WHERE m.org_id = $1 AND m.role IN ('caseworker', 'case_supervisor') \
             AND u.status = 'active' ORDER BY u.email",
        )
        .bind(org_id)
        .fetch_all(self.pool())
        .await?)
    }
}
