//! Opportunities (programmes and job orders) and the corridor rules offers are checked against
//! (migration 0010).

use crate::db::WriteTx;
use crate::{Db, Op, StorageError, new_id, now_utc_text};

from_row!(CorridorRule {
    id,
    origin,
    destination,
    valid_from,
    valid_to,
    fee_rule,
    fee_cap,
    fee_currency,
    min_wage,
    min_wage_currency,
    min_wage_period,
    source,
    source_url,
    note,
    created_by,
    created_at
});

/// What a worker may be charged and paid on a corridor during a period, and the law it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CorridorRule {
    /// Its id ('' before it is stored).
    pub id: String,
    /// Origin country (alpha-2).
    pub origin: String,
    /// Destination country (alpha-2).
    pub destination: String,
    /// First day it applies (ISO date).
    pub valid_from: String,
    /// Last day it applies, if it ended.
    pub valid_to: Option<String>,
    /// `employer` (a worker pays nothing) or `capped`.
    pub fee_rule: String,
    /// The cap, in hundredths, when capped.
    pub fee_cap: Option<i64>,
    /// The cap's currency.
    pub fee_currency: Option<String>,
    /// The legal minimum wage at the destination, in hundredths, if known.
    pub min_wage: Option<i64>,
    /// Its currency.
    pub min_wage_currency: Option<String>,
    /// Its period (hour, day, week, month).
    pub min_wage_period: Option<String>,
    /// The law, regulation or agreement.
    pub source: String,
    /// Where to read it.
    pub source_url: String,
    /// A note for readers.
    pub note: String,
    /// Who recorded it (audit actor).
    pub created_by: String,
    /// When.
    pub created_at: String,
}

const RULE_COLUMNS: &str = "id, origin, destination, valid_from, valid_to, fee_rule, fee_cap, fee_currency, \
     min_wage, min_wage_currency, min_wage_period, source, source_url, note, created_by, created_at";

from_row!(Opportunity {
    id,
    org_id,
    publisher,
    kind,
    title,
    origin,
    destination,
    employer,
    occupation,
    sector,
    places,
    wage,
    wage_currency,
    wage_period,
    hours_per_week,
    rest_days_per_week,
    worker_fee,
    fee_currency,
    agency_org_id,
    agency_name,
    agency_slug,
    licence_id,
    valid_from,
    valid_to,
    status,
    verified_by,
    verified_on,
    verification_note,
    source,
    is_sample,
    created_by,
    created_at
});

/// A programme or job order, with its publisher's and agency's names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opportunity {
    /// Its id.
    pub id: String,
    /// The publishing organisation.
    pub org_id: String,
    /// Its name.
    pub publisher: String,
    /// `g2g` or `job_order`.
    pub kind: String,
    /// What the job is, in the publisher's words.
    pub title: String,
    /// Origin (alpha-2), `None` when open to any.
    pub origin: Option<String>,
    /// Destination (alpha-2).
    pub destination: String,
    /// The employer.
    pub employer: String,
    /// ISCO-08 code.
    pub occupation: String,
    /// ISIC section.
    pub sector: String,
    /// Number of places.
    pub places: Option<i64>,
    /// Wage, hundredths.
    pub wage: i64,
    /// Its currency.
    pub wage_currency: String,
    /// Its period.
    pub wage_period: String,
    /// Working hours per week.
    pub hours_per_week: Option<i64>,
    /// Rest days per week.
    pub rest_days_per_week: Option<i64>,
    /// What a worker may be charged, hundredths.
    pub worker_fee: i64,
    /// Its currency.
    pub fee_currency: String,
    /// The recruiting agency's organisation.
    pub agency_org_id: Option<String>,
    /// Its name.
    pub agency_name: Option<String>,
    /// Its short name (for links).
    pub agency_slug: Option<String>,
    /// The agency's licence.
    pub licence_id: Option<String>,
    /// Open from (ISO date).
    pub valid_from: String,
    /// Open until (ISO date).
    pub valid_to: String,
    /// unverified, verified or rejected.
    pub status: String,
    /// Who decided (the reviewer's organisation name).
    pub verified_by: Option<String>,
    /// When (ISO date).
    pub verified_on: Option<String>,
    /// What was checked.
    pub verification_note: String,
    /// Where it comes from (a demand letter, a programme's call).
    pub source: String,
    /// Invented for the demonstration.
    pub is_sample: i64,
    /// Who entered it (audit actor).
    pub created_by: String,
    /// When.
    pub created_at: String,
}

/// A new opportunity, as an editor enters it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NewOpportunity {
    /// The publishing organisation.
    pub org_id: String,
    /// `g2g` or `job_order`.
    pub kind: String,
    /// What the job is.
    pub title: String,
    /// Origin, if restricted.
    pub origin: Option<String>,
    /// Destination.
    pub destination: String,
    /// The employer.
    pub employer: String,
    /// ISCO-08 code.
    pub occupation: String,
    /// ISIC section.
    pub sector: String,
    /// Places.
    pub places: Option<i64>,
    /// Wage, hundredths.
    pub wage: i64,
    /// Its currency.
    pub wage_currency: String,
    /// Its period.
    pub wage_period: String,
    /// Hours per week.
    pub hours_per_week: Option<i64>,
    /// Rest days per week.
    pub rest_days_per_week: Option<i64>,
    /// Fee a worker may be charged, hundredths.
    pub worker_fee: i64,
    /// Its currency.
    pub fee_currency: String,
    /// The agency's organisation.
    pub agency_org_id: Option<String>,
    /// The agency's licence.
    pub licence_id: Option<String>,
    /// Open from.
    pub valid_from: String,
    /// Open until.
    pub valid_to: String,
    /// Source.
    pub source: String,
    /// Invented for the demonstration.
    pub is_sample: bool,
}

/// Which opportunities to list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OpportunityFilter {
    /// Only verified ones still open on this date (the public list); `None` for all.
    pub open_on: Option<String>,
    /// Only one organisation's.
    pub org_id: Option<String>,
    /// Origin: those open to it (or to any origin).
    pub origin: Option<String>,
    /// Destination.
    pub destination: Option<String>,
    /// ISCO-08 code or the start of one ("7" finds 71 and 72).
    pub occupation: Option<String>,
    /// ISIC section.
    pub sector: Option<String>,
    /// Only those recruited through one of these agencies.
    pub agencies: Vec<String>,
    /// At most this many.
    pub limit: i64,
}

const OPPORTUNITY_SELECT: &str = "SELECT p.id, p.org_id, o.name AS publisher, p.kind, p.title, p.origin, \
     p.destination, p.employer, p.occupation, p.sector, p.places, p.wage, p.wage_currency, p.wage_period, \
     p.hours_per_week, p.rest_days_per_week, p.worker_fee, p.fee_currency, p.agency_org_id, \
     a.name AS agency_name, a.slug AS agency_slug, p.licence_id, p.valid_from, p.valid_to, p.status, \
     p.verified_by, p.verified_on, p.verification_note, p.source, p.is_sample, p.created_by, p.created_at \
     FROM opportunity p JOIN organisation o ON o.id = p.org_id \
     LEFT JOIN organisation a ON a.id = p.agency_org_id";

impl Db {
    /// The rule in force on a corridor on `date`: the one that started last among those that
    /// cover the date.
    pub async fn corridor_rule_on(
        &self,
        origin: &str,
        destination: &str,
        date: &str,
    ) -> Result<Option<CorridorRule>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {RULE_COLUMNS} FROM corridor_rule WHERE origin = $1 AND destination = $2 \
             AND valid_from <= $3 AND (valid_to IS NULL OR valid_to >= $3) \
             ORDER BY valid_from DESC, created_at DESC LIMIT 1"
        )))
        .bind(origin)
        .bind(destination)
        .bind(date)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Every rule, by corridor, newest period first.
    pub async fn corridor_rules(&self) -> Result<Vec<CorridorRule>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {RULE_COLUMNS} FROM corridor_rule ORDER BY origin, destination, valid_from DESC LIMIT 1000"
        )))
        .fetch_all(self.pool())
        .await?)
    }

    /// One opportunity.
    pub async fn opportunity(&self, id: &str) -> Result<Option<Opportunity>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{OPPORTUNITY_SELECT} WHERE p.id = $1"
        )))
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Every verified opportunity, past or open (rebuilding the search index: no page limit).
    pub async fn verified_opportunities(&self) -> Result<Vec<Opportunity>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{OPPORTUNITY_SELECT} WHERE p.status = 'verified' ORDER BY p.id"
        )))
        .fetch_all(self.pool())
        .await?)
    }

    /// Opportunities matching a filter, soonest closing first.
    pub async fn opportunities(
        &self,
        f: &OpportunityFilter,
    ) -> Result<Vec<Opportunity>, StorageError> {
        let mut conditions: Vec<String> = Vec::new();
        let mut binds: Vec<String> = Vec::new();
        let bind = |v: &str, binds: &mut Vec<String>| {
            binds.push(v.to_string());
            format!("${}", binds.len())
        };
        if let Some(d) = &f.open_on {
            let p = bind(d, &mut binds);
            conditions.push(format!("p.status = 'verified' AND p.valid_to >= {p}"));
        }
        if let Some(o) = &f.org_id {
            let p = bind(o, &mut binds);
            conditions.push(format!("p.org_id = {p}"));
        }
        if let Some(o) = &f.origin {
            let p = bind(o, &mut binds);
            conditions.push(format!("(p.origin IS NULL OR p.origin = {p})"));
        }
        if let Some(d) = &f.destination {
            let p = bind(d, &mut binds);
            conditions.push(format!("p.destination = {p}"));
        }
        if let Some(o) = &f.occupation {
            // A prefix: bound as text with the wildcard added here, never spliced.
            let p = bind(&format!("{}%", o.replace(['%', '_'], "")), &mut binds);
            conditions.push(format!("p.occupation LIKE {p}"));
        }
        if let Some(s) = &f.sector {
            let p = bind(s, &mut binds);
            conditions.push(format!("p.sector = {p}"));
        }
        if !f.agencies.is_empty() {
            let ps: Vec<String> = f.agencies.iter().map(|a| bind(a, &mut binds)).collect();
            conditions.push(format!("p.agency_org_id IN ({})", ps.join(", ")));
        }
        let where_ = if conditions.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", conditions.join(" AND "))
        };
        // An integer, not input: written into the statement.
        let limit = f.limit.clamp(1, 1000);
        let sql = format!(
            "{OPPORTUNITY_SELECT}{where_} ORDER BY p.valid_to, p.created_at DESC LIMIT {limit}"
        );
        let mut q = sqlx::query_as::<_, Opportunity>(sqlx::AssertSqlSafe(sql));
        for b in &binds {
            q = q.bind(b);
        }
        Ok(q.fetch_all(self.pool()).await?)
    }
}

impl WriteTx<'_> {
    /// Stores a corridor rule.
    pub async fn insert_corridor_rule(&mut self, r: &CorridorRule) -> Result<String, StorageError> {
        let id = new_id();
        sqlx::query(
            "INSERT INTO corridor_rule (id, origin, destination, valid_from, valid_to, fee_rule, fee_cap, \
             fee_currency, min_wage, min_wage_currency, min_wage_period, source, source_url, note, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
        )
        .bind(&id)
        .bind(&r.origin)
        .bind(&r.destination)
        .bind(&r.valid_from)
        .bind(r.valid_to.as_deref())
        .bind(&r.fee_rule)
        .bind(r.fee_cap)
        .bind(r.fee_currency.as_deref())
        .bind(r.min_wage)
        .bind(r.min_wage_currency.as_deref())
        .bind(r.min_wage_period.as_deref())
        .bind(&r.source)
        .bind(&r.source_url)
        .bind(&r.note)
        .bind(&r.created_by)
        .bind(now_utc_text())
        .execute(self.conn())
        .await?;
        self.record_change("corridor_rule", &id, Op::Insert).await?;
        Ok(id)
    }

    /// Stores a new opportunity, unverified.
    pub async fn insert_opportunity(
        &mut self,
        o: &NewOpportunity,
        created_by: &str,
    ) -> Result<String, StorageError> {
        let id = new_id();
        sqlx::query(
            "INSERT INTO opportunity (id, org_id, kind, title, origin, destination, employer, occupation, sector, \
             places, wage, wage_currency, wage_period, hours_per_week, rest_days_per_week, worker_fee, fee_currency, \
             agency_org_id, licence_id, valid_from, valid_to, status, source, is_sample, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, \
             $21, 'unverified', $22, $23, $24, $25)",
        )
        .bind(&id)
        .bind(&o.org_id)
        .bind(&o.kind)
        .bind(&o.title)
        .bind(o.origin.as_deref())
        .bind(&o.destination)
        .bind(&o.employer)
        .bind(&o.occupation)
        .bind(&o.sector)
        .bind(o.places)
        .bind(o.wage)
        .bind(&o.wage_currency)
        .bind(&o.wage_period)
        .bind(o.hours_per_week)
        .bind(o.rest_days_per_week)
        .bind(o.worker_fee)
        .bind(&o.fee_currency)
        .bind(o.agency_org_id.as_deref())
        .bind(o.licence_id.as_deref())
        .bind(&o.valid_from)
        .bind(&o.valid_to)
        .bind(&o.source)
        .bind(i64::from(o.is_sample))
        .bind(created_by)
        .bind(now_utc_text())
        .execute(self.conn())
        .await?;
        self.record_change("opportunity", &id, Op::Insert).await?;
        Ok(id)
    }

    /// The publisher and creator of an opportunity, and its status, read inside the transaction
    /// that decides it.
    pub async fn opportunity_for_update(
        &mut self,
        id: &str,
    ) -> Result<Option<(String, String, String)>, StorageError> {
        Ok(
            sqlx::query_as("SELECT org_id, created_by, status FROM opportunity WHERE id = $1")
                .bind(id)
                .fetch_optional(self.conn())
                .await?,
        )
    }

    /// Records a verification decision.
    pub async fn decide_opportunity(
        &mut self,
        id: &str,
        status: &str,
        verified_by: &str,
        on: &str,
        note: &str,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE opportunity SET status = $1, verified_by = $2, verified_on = $3, verification_note = $4 \
             WHERE id = $5",
        )
        .bind(status)
        .bind(verified_by)
        .bind(on)
        .bind(note)
        .bind(id)
        .execute(self.conn())
        .await?;
        self.record_change("opportunity", id, Op::Update).await?;
        Ok(())
    }
}
