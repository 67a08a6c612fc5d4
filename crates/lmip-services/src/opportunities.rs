//! Opportunities (government-to-government programmes and job orders), the corridor rules that
//! say what a worker may be charged and must be paid, and the offer checker that compares what a
//! worker was told with both and with the licence register.

use crate::ServiceError;
use crate::licences::{AgencyNames, VerifyAnswer};
use lmip_domain::directory::{Verdict, parse_list_date};
use lmip_domain::offers::{
    FeeFinding, FeeRule, Level, Money, PayPeriod, Wage, WageFinding, parse_amount,
};
use lmip_search::Segmenter;
use lmip_storage::{CorridorRule, Db, NewOpportunity, Opportunity, OpportunityFilter};

/// A field of the forms, named in errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The job's title.
    Title,
    /// Origin country.
    Origin,
    /// Destination country.
    Destination,
    /// The wage.
    Wage,
    /// The fee asked of the worker.
    Fee,
    /// The fee cap.
    FeeCap,
    /// The minimum wage.
    MinWage,
    /// Number of places.
    Places,
    /// Hours per week.
    Hours,
    /// Rest days per week.
    RestDays,
    /// The source.
    Source,
    /// The first day.
    ValidFrom,
    /// The last day.
    ValidTo,
}

impl Field {
    /// The form field's name.
    pub fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Origin => "origin",
            Field::Destination => "destination",
            Field::Wage => "wage",
            Field::Fee => "fee",
            Field::FeeCap => "fee_cap",
            Field::MinWage => "min_wage",
            Field::Places => "places",
            Field::Hours => "hours_per_week",
            Field::RestDays => "rest_days_per_week",
            Field::Source => "source",
            Field::ValidFrom => "valid_from",
            Field::ValidTo => "valid_to",
        }
    }
}

/// Why an offer, an opportunity or a rule was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OfferError {
    /// Required and empty.
    #[error("{} is required", .0.name())]
    Missing(Field),
    /// Not an amount of money.
    #[error("{}: '{}' is not an amount of money: write digits, e.g. 12000 or 12,000.50", .0.name(), .1)]
    BadAmount(Field, String),
    /// A wage without its period.
    #[error("say whether the wage is per hour, day, week or month")]
    NoPayPeriod,
    /// Not an ISO 4217 code.
    #[error("'{0}' is not a currency code: use the three letters, e.g. THB, MYR, PHP, USD")]
    UnknownCurrency(String),
    /// Not a country code.
    #[error("{}: '{}' is not a country code (ISO 3166-1 alpha-2, e.g. KH, TH)", .0.name(), .1)]
    UnknownCountry(Field, String),
    /// Origin and destination are the same.
    #[error("the origin and the destination are the same country")]
    SameCountry,
    /// Not an ISCO-08 code lmip knows.
    #[error("'{0}' is not an ISCO-08 occupation code lmip knows")]
    UnknownOccupation(String),
    /// Not an ISIC Rev.4 section.
    #[error("'{0}' is not an ISIC Rev.4 section (A to U)")]
    UnknownSector(String),
    /// Not a date.
    #[error("{}: '{}' is not a date: write 2026-03-01 or 01/03/2026", .0.name(), .1)]
    BadDate(Field, String),
    /// Ends before it starts.
    #[error("it ends before it starts")]
    DatesReversed,
    /// A whole number out of range.
    #[error("{}: '{}' is not a whole number from {} to {}", .0.name(), .1, .2, .3)]
    BadNumber(Field, String, i64, i64),
    /// A kind that does not exist.
    #[error("unknown kind '{0}': use g2g or job_order")]
    UnknownKind(String),
    /// A fee rule that does not exist, or a capped rule without its cap.
    #[error("say who pays recruitment fees (employer), or give the cap a worker may be charged")]
    FeeRule,
    /// No licence by that number in the register.
    #[error(
        "no licence {0} in the register: enter the agency's licence number as its regulator lists it"
    )]
    UnknownLicence(String),
    /// Whoever entered an opportunity cannot also verify it.
    #[error("someone other than the person who entered it must verify it")]
    OwnOpportunity,
    /// Already verified or rejected.
    #[error("this opportunity was already {0}")]
    AlreadyDecided(String),
    /// No opportunity by that id (for that organisation).
    #[error("no such opportunity")]
    NoSuchOpportunity,
    /// A decision without what was checked.
    #[error("say what you checked (the demand letter, the employer, the programme's call)")]
    NoNote,
}

impl From<OfferError> for ServiceError {
    fn from(e: OfferError) -> Self {
        ServiceError::Offer(e)
    }
}

fn amount(field: Field, text: &str) -> Result<i64, OfferError> {
    parse_amount(text).map_err(|_| OfferError::BadAmount(field, text.chars().take(30).collect()))
}

fn optional_amount(field: Field, text: &str) -> Result<Option<i64>, OfferError> {
    match text.trim() {
        "" => Ok(None),
        t => amount(field, t).map(Some),
    }
}

fn currency(text: &str) -> Result<String, OfferError> {
    let c = text.trim().to_uppercase();
    if lmip_refdata::is_currency(&c) {
        Ok(c)
    } else {
        Err(OfferError::UnknownCurrency(
            text.trim().chars().take(20).collect(),
        ))
    }
}

fn country(field: Field, text: &str) -> Result<String, OfferError> {
    let c = text.trim().to_uppercase();
    if c.is_empty() {
        return Err(OfferError::Missing(field));
    }
    if lmip_refdata::is_country(&c) {
        Ok(c)
    } else {
        Err(OfferError::UnknownCountry(
            field,
            text.trim().chars().take(20).collect(),
        ))
    }
}

fn period(text: &str) -> Result<PayPeriod, OfferError> {
    text.parse().map_err(|_| OfferError::NoPayPeriod)
}

fn date(field: Field, text: &str) -> Result<String, OfferError> {
    if text.trim().is_empty() {
        return Err(OfferError::Missing(field));
    }
    parse_list_date(text).map_err(|_| OfferError::BadDate(field, text.chars().take(30).collect()))
}

fn whole(field: Field, text: &str, min: i64, max: i64) -> Result<Option<i64>, OfferError> {
    match text.trim() {
        "" => Ok(None),
        t => match t.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => Ok(Some(n)),
            _ => Err(OfferError::BadNumber(
                field,
                t.chars().take(20).collect(),
                min,
                max,
            )),
        },
    }
}

fn required(field: Field, text: &str, max: usize) -> Result<String, OfferError> {
    let t: String = text.trim().chars().take(max).collect();
    if t.is_empty() {
        Err(OfferError::Missing(field))
    } else {
        Ok(t)
    }
}

/// A corridor rule as an editor enters it (text, as the form sends it).
#[derive(Debug, Clone, Default)]
pub struct RuleInput<'a> {
    /// Origin (alpha-2).
    pub origin: &'a str,
    /// Destination (alpha-2).
    pub destination: &'a str,
    /// First day.
    pub valid_from: &'a str,
    /// Last day, or empty.
    pub valid_to: &'a str,
    /// `employer` or `capped`.
    pub fee_rule: &'a str,
    /// The cap, when capped.
    pub fee_cap: &'a str,
    /// Its currency.
    pub fee_currency: &'a str,
    /// The minimum wage, or empty.
    pub min_wage: &'a str,
    /// Its currency.
    pub min_wage_currency: &'a str,
    /// Its period.
    pub min_wage_period: &'a str,
    /// The law or agreement.
    pub source: &'a str,
    /// Where to read it.
    pub source_url: &'a str,
    /// A note.
    pub note: &'a str,
}

/// Reads and checks a rule.
pub fn read_rule(input: &RuleInput<'_>) -> Result<CorridorRule, OfferError> {
    let origin = country(Field::Origin, input.origin)?;
    let destination = country(Field::Destination, input.destination)?;
    if origin == destination {
        return Err(OfferError::SameCountry);
    }
    let valid_from = date(Field::ValidFrom, input.valid_from)?;
    let valid_to = match input.valid_to.trim() {
        "" => None,
        t => Some(date(Field::ValidTo, t)?),
    };
    if valid_to.as_deref().is_some_and(|t| t < valid_from.as_str()) {
        return Err(OfferError::DatesReversed);
    }
    let fee_rule: FeeRule = input.fee_rule.parse().map_err(|_| OfferError::FeeRule)?;
    let (fee_cap, fee_currency) = match fee_rule {
        FeeRule::EmployerPays => (None, None),
        FeeRule::Capped => {
            let cap = optional_amount(Field::FeeCap, input.fee_cap)?.ok_or(OfferError::FeeRule)?;
            (Some(cap), Some(currency(input.fee_currency)?))
        }
    };
    let (min_wage, min_wage_currency, min_wage_period) =
        match optional_amount(Field::MinWage, input.min_wage)? {
            None => (None, None, None),
            Some(w) => (
                Some(w),
                Some(currency(input.min_wage_currency)?),
                Some(period(input.min_wage_period)?.as_str().to_string()),
            ),
        };
    Ok(CorridorRule {
        id: String::new(),
        origin,
        destination,
        valid_from,
        valid_to,
        fee_rule: fee_rule.as_str().into(),
        fee_cap,
        fee_currency,
        min_wage,
        min_wage_currency,
        min_wage_period,
        source: required(Field::Source, input.source, 500)?,
        source_url: input.source_url.trim().chars().take(500).collect(),
        note: input.note.trim().chars().take(1000).collect(),
        created_by: String::new(),
        created_at: String::new(),
    })
}

/// Records a corridor rule, with its audit row, in one transaction.
pub async fn add_rule(db: &Db, actor: &str, input: &RuleInput<'_>) -> Result<String, ServiceError> {
    let mut rule = read_rule(input)?;
    rule.created_by = actor.to_string();
    let mut tx = db.write().await?;
    let id = tx.insert_corridor_rule(&rule).await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "corridor_rule.add",
        entity: "corridor_rule",
        entity_id: &id,
        detail: &serde_json::json!({
            "origin": rule.origin, "destination": rule.destination, "valid_from": rule.valid_from,
            "valid_to": rule.valid_to, "fee_rule": rule.fee_rule, "fee_cap": rule.fee_cap,
            "fee_currency": rule.fee_currency, "min_wage": rule.min_wage,
            "min_wage_currency": rule.min_wage_currency, "min_wage_period": rule.min_wage_period,
            "source": rule.source,
        })
        .to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// An opportunity as an editor enters it (text, as the form sends it).
#[derive(Debug, Clone, Default)]
pub struct OpportunityInput<'a> {
    /// `g2g` or `job_order`.
    pub kind: &'a str,
    /// What the job is.
    pub title: &'a str,
    /// Origin, or empty for any.
    pub origin: &'a str,
    /// Destination.
    pub destination: &'a str,
    /// Employer.
    pub employer: &'a str,
    /// ISCO-08 code, or empty.
    pub occupation: &'a str,
    /// ISIC section, or empty.
    pub sector: &'a str,
    /// Places, or empty.
    pub places: &'a str,
    /// Wage.
    pub wage: &'a str,
    /// Its currency.
    pub wage_currency: &'a str,
    /// Its period.
    pub wage_period: &'a str,
    /// Hours per week, or empty.
    pub hours_per_week: &'a str,
    /// Rest days per week, or empty.
    pub rest_days_per_week: &'a str,
    /// Fee a worker may be charged (empty for none).
    pub worker_fee: &'a str,
    /// Its currency.
    pub fee_currency: &'a str,
    /// The recruiting agency's licence number, or empty.
    pub licence: &'a str,
    /// Open from.
    pub valid_from: &'a str,
    /// Open until.
    pub valid_to: &'a str,
    /// Where it comes from.
    pub source: &'a str,
}

/// Records an opportunity for an organisation, unverified, with its audit row.
pub async fn add_opportunity(
    db: &Db,
    actor: &str,
    org_slug: &str,
    input: &OpportunityInput<'_>,
    is_sample: bool,
) -> Result<String, ServiceError> {
    let org = db
        .organisation_by_slug(org_slug)
        .await?
        .ok_or(OfferError::NoSuchOpportunity)?;
    let kind = match input.kind.trim() {
        k @ ("g2g" | "job_order") => k.to_string(),
        other => return Err(OfferError::UnknownKind(other.chars().take(20).collect()).into()),
    };
    let origin = match input.origin.trim() {
        "" => None,
        o => Some(country(Field::Origin, o)?),
    };
    let destination = country(Field::Destination, input.destination)?;
    if origin.as_deref() == Some(destination.as_str()) {
        return Err(OfferError::SameCountry.into());
    }
    let occupation = input.occupation.trim().to_string();
    if !occupation.is_empty()
        && db
            .code_name(
                lmip_domain::codes::lists::ISCO08,
                &occupation,
                lmip_domain::Locale::En,
            )
            .await?
            .is_none()
    {
        return Err(OfferError::UnknownOccupation(occupation.chars().take(10).collect()).into());
    }
    let sector = input.sector.trim().to_uppercase();
    if !sector.is_empty()
        && db
            .code_name(
                lmip_domain::codes::lists::ISIC4,
                &sector,
                lmip_domain::Locale::En,
            )
            .await?
            .is_none()
    {
        return Err(OfferError::UnknownSector(sector.chars().take(10).collect()).into());
    }
    let wage = optional_amount(Field::Wage, input.wage)?.ok_or(OfferError::Missing(Field::Wage))?;
    let wage_currency = currency(input.wage_currency)?;
    let wage_period = period(input.wage_period)?;
    let worker_fee = optional_amount(Field::Fee, input.worker_fee)?.unwrap_or(0);
    let fee_currency = match input.fee_currency.trim() {
        "" => wage_currency.clone(),
        c => currency(c)?,
    };
    let valid_from = date(Field::ValidFrom, input.valid_from)?;
    let valid_to = date(Field::ValidTo, input.valid_to)?;
    if valid_to < valid_from {
        return Err(OfferError::DatesReversed.into());
    }
    let (agency_org_id, licence_id) = match input.licence.trim() {
        "" => (None, None),
        n => {
            let key = lmip_domain::directory::licence_key(n);
            let found = db.licences_by_number(&key).await?;
            let l = found
                .into_iter()
                .next()
                .ok_or_else(|| OfferError::UnknownLicence(n.chars().take(40).collect()))?;
            (Some(l.licence.org_id), Some(l.licence.id))
        }
    };
    let new = NewOpportunity {
        org_id: org.id.clone(),
        kind,
        title: required(Field::Title, input.title, 200)?,
        origin,
        destination,
        employer: input.employer.trim().chars().take(200).collect(),
        occupation,
        sector,
        places: whole(Field::Places, input.places, 1, 1_000_000)?,
        wage,
        wage_currency,
        wage_period: wage_period.as_str().into(),
        hours_per_week: whole(Field::Hours, input.hours_per_week, 1, 168)?,
        rest_days_per_week: whole(Field::RestDays, input.rest_days_per_week, 0, 7)?,
        worker_fee,
        fee_currency,
        agency_org_id,
        licence_id,
        valid_from,
        valid_to,
        source: required(Field::Source, input.source, 500)?,
        is_sample,
    };
    let mut tx = db.write().await?;
    let id = tx.insert_opportunity(&new, actor).await?;
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: "opportunity.add",
        entity: "opportunity",
        entity_id: &id,
        detail: &serde_json::json!({
            "org": org.slug, "kind": new.kind, "title": new.title, "destination": new.destination,
            "valid_to": new.valid_to,
        })
        .to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Verifies or rejects an opportunity of `org_slug`: by someone other than who entered it, with
/// what they checked; one transaction, one audit row.
pub async fn decide_opportunity(
    db: &Db,
    actor: &str,
    org_slug: &str,
    id: &str,
    verified: bool,
    note: &str,
    today: &str,
) -> Result<(), ServiceError> {
    let org = db
        .organisation_by_slug(org_slug)
        .await?
        .ok_or(OfferError::NoSuchOpportunity)?;
    let note: String = note.trim().chars().take(500).collect();
    if note.is_empty() {
        return Err(OfferError::NoNote.into());
    }
    // Its search document as it will be once verified (written only then, in the same transaction).
    let search_doc = db.opportunity(id).await?.and_then(|mut o| {
        o.status = "verified".into();
        crate::search::opportunity_doc(&lmip_search::Segmenter::new(), &o)
    });
    let mut tx = db.write().await?;
    let (owner, created_by, status) = tx
        .opportunity_for_update(id)
        .await?
        .filter(|(owner, _, _)| *owner == org.id)
        .ok_or(OfferError::NoSuchOpportunity)?;
    debug_assert_eq!(owner, org.id);
    if created_by == actor {
        return Err(OfferError::OwnOpportunity.into());
    }
    if status != "unverified" {
        return Err(OfferError::AlreadyDecided(status).into());
    }
    let status = if verified { "verified" } else { "rejected" };
    tx.decide_opportunity(id, status, &org.name, today, &note)
        .await?;
    if let Some(d) = search_doc.filter(|_| verified) {
        tx.replace_search_docs(&d.owner.clone(), &[d]).await?;
    }
    tx.audit(&lmip_storage::AuditEvent {
        actor,
        action: if verified {
            "opportunity.verify"
        } else {
            "opportunity.reject"
        },
        entity: "opportunity",
        entity_id: id,
        detail: &serde_json::json!({ "org": org.slug, "note": note }).to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A public opportunity with what the checker finds about its wage and fee.
#[derive(Debug, Clone, PartialEq)]
pub struct OpportunityView {
    /// The opportunity.
    pub opportunity: Opportunity,
    /// Its wage against the minimum (when its origin is known, the corridor's rule; otherwise
    /// none can be chosen).
    pub wage: WageFinding,
    /// Its fee against the corridor's rule.
    pub fee: FeeFinding,
    /// The rule used, for its source.
    pub rule: Option<CorridorRule>,
}

fn wage_of(o: &Opportunity) -> Wage {
    Wage {
        money: Money {
            amount: o.wage,
            currency: o.wage_currency.clone(),
        },
        period: o.wage_period.parse().unwrap_or(PayPeriod::Month),
    }
}

/// The minimum wage and fee rule of a corridor rule, as the domain compares them.
fn rule_terms(rule: Option<&CorridorRule>) -> (Option<Wage>, Option<(FeeRule, Option<Money>)>) {
    let Some(r) = rule else {
        return (None, None);
    };
    let minimum = match (&r.min_wage, &r.min_wage_currency, &r.min_wage_period) {
        (Some(a), Some(c), Some(p)) => p.parse().ok().map(|period| Wage {
            money: Money {
                amount: *a,
                currency: c.clone(),
            },
            period,
        }),
        _ => None,
    };
    let fee = r.fee_rule.parse::<FeeRule>().ok().map(|fr| {
        (
            fr,
            r.fee_cap
                .zip(r.fee_currency.clone())
                .map(|(amount, currency)| Money { amount, currency }),
        )
    });
    (minimum, fee)
}

/// The rules already read for a list, by (origin, destination): a list of many opportunities
/// on few routes reads each route's rule once.
type Rules = std::collections::HashMap<(String, String), Option<CorridorRule>>;

async fn view_of(
    db: &Db,
    o: Opportunity,
    today: &str,
    rules: &mut Rules,
) -> Result<OpportunityView, ServiceError> {
    let rule = match &o.origin {
        Some(origin) => {
            let pair = (origin.clone(), o.destination.clone());
            match rules.get(&pair) {
                Some(r) => r.clone(),
                None => {
                    let r = db.corridor_rule_on(origin, &o.destination, today).await?;
                    rules.insert(pair, r.clone());
                    r
                }
            }
        }
        None => None,
    };
    let (minimum, fee_rule) = rule_terms(rule.as_ref());
    let wage = WageFinding::of(&wage_of(&o), minimum.as_ref());
    let fee = FeeFinding::of(
        &Money {
            amount: o.worker_fee,
            currency: o.fee_currency.clone(),
        },
        fee_rule.as_ref().map(|(r, c)| (*r, c.as_ref())),
    );
    Ok(OpportunityView {
        opportunity: o,
        wage,
        fee,
        rule,
    })
}

/// The public list: verified opportunities still open on `today`, filtered.
pub async fn public_opportunities(
    db: &Db,
    mut filter: OpportunityFilter,
    today: &str,
) -> Result<Vec<OpportunityView>, ServiceError> {
    filter.open_on = Some(today.to_string());
    filter.org_id = None;
    let mut out = Vec::new();
    let mut rules = Rules::new();
    for o in db.opportunities(&filter).await? {
        out.push(view_of(db, o, today, &mut rules).await?);
    }
    Ok(out)
}

/// One public opportunity: verified and not past its end date; `None` otherwise.
pub async fn public_opportunity(
    db: &Db,
    id: &str,
    today: &str,
) -> Result<Option<OpportunityView>, ServiceError> {
    match db.opportunity(id).await? {
        Some(o) if o.status == "verified" && o.valid_to.as_str() >= today => {
            Ok(Some(view_of(db, o, today, &mut Rules::new()).await?))
        }
        _ => Ok(None),
    }
}

/// What a worker was told, as they enter it.
#[derive(Debug, Clone, Default)]
pub struct OfferInput<'a> {
    /// The agency's name or licence number (may be empty).
    pub agency: &'a str,
    /// Where they are from.
    pub origin: &'a str,
    /// Where the job is.
    pub destination: &'a str,
    /// The job, in their words.
    pub job: &'a str,
    /// The wage they were promised (may be empty).
    pub wage: &'a str,
    /// Its currency.
    pub wage_currency: &'a str,
    /// Its period.
    pub wage_period: &'a str,
    /// The fee they were asked to pay (may be empty).
    pub fee: &'a str,
    /// Its currency.
    pub fee_currency: &'a str,
}

/// What the agency check found.
#[derive(Debug, Clone, PartialEq)]
pub enum AgencyFinding {
    /// The worker did not give an agency.
    NotGiven,
    /// The register's answer.
    Answer(Box<VerifyAnswer>),
}

impl AgencyFinding {
    /// How red it is: licensed is green, no agency given is amber, anything else red.
    pub fn level(&self) -> Level {
        match self {
            AgencyFinding::NotGiven => Level::Amber,
            AgencyFinding::Answer(a) if a.verdict == Verdict::Licensed => Level::Green,
            AgencyFinding::Answer(_) => Level::Red,
        }
    }
}

/// What the job-order check found.
#[derive(Debug, Clone, PartialEq)]
pub enum JobOrderFinding {
    /// No licensed agency to look for.
    NotChecked,
    /// Verified, open opportunities of that agency for that destination.
    Known(Vec<Opportunity>),
    /// None listed.
    NotListed,
}

impl JobOrderFinding {
    /// How red it is: known is green; otherwise lmip cannot tell (amber).
    pub fn level(&self) -> Level {
        match self {
            JobOrderFinding::Known(_) => Level::Green,
            _ => Level::Amber,
        }
    }
}

/// The checker's answer: one finding per question, and the worst of them.
#[derive(Debug, Clone, PartialEq)]
pub struct OfferCheck {
    /// Origin (alpha-2).
    pub origin: String,
    /// Destination (alpha-2).
    pub destination: String,
    /// Is the agency licensed?
    pub agency: AgencyFinding,
    /// Is the job order known?
    pub job_order: JobOrderFinding,
    /// The wage against the minimum, if a wage was given.
    pub wage: Option<(Wage, WageFinding)>,
    /// The fee against the rule, if a fee was given.
    pub fee: Option<(Money, FeeFinding)>,
    /// The corridor rule used, for its source.
    pub rule: Option<CorridorRule>,
    /// The job, as the worker wrote it.
    pub job: String,
    /// The worst level: what to do next depends on it.
    pub worst: Level,
}

/// Checks an offer: reads the input (every bad field is a specific error), then answers each
/// question from the register, the opportunities and the corridor's rule on `today`.
pub async fn check_offer(
    db: &Db,
    names: &AgencyNames,
    seg: &Segmenter,
    input: &OfferInput<'_>,
    today: &str,
) -> Result<OfferCheck, ServiceError> {
    let origin = country(Field::Origin, input.origin)?;
    let destination = country(Field::Destination, input.destination)?;
    if origin == destination {
        return Err(OfferError::SameCountry.into());
    }
    let wage = match optional_amount(Field::Wage, input.wage)? {
        None => None,
        Some(amount) => Some(Wage {
            money: Money {
                amount,
                currency: currency(input.wage_currency)?,
            },
            period: period(input.wage_period)?,
        }),
    };
    let fee = match optional_amount(Field::Fee, input.fee)? {
        None => None,
        Some(amount) => Some(Money {
            amount,
            currency: match (input.fee_currency.trim(), &wage) {
                ("", Some(w)) => w.money.currency.clone(),
                (c, _) => currency(c)?,
            },
        }),
    };
    let agency = match input.agency.trim() {
        "" => AgencyFinding::NotGiven,
        q => AgencyFinding::Answer(Box::new(
            crate::licences::verify(db, names, seg, q, today).await?,
        )),
    };
    let job_order = match &agency {
        AgencyFinding::Answer(a) if a.verdict == Verdict::Licensed => {
            let found = db
                .opportunities(&OpportunityFilter {
                    open_on: Some(today.to_string()),
                    origin: Some(origin.clone()),
                    destination: Some(destination.clone()),
                    agencies: a.agencies.iter().map(|g| g.org_id.clone()).collect(),
                    limit: 5,
                    ..Default::default()
                })
                .await?;
            if found.is_empty() {
                JobOrderFinding::NotListed
            } else {
                JobOrderFinding::Known(found)
            }
        }
        _ => JobOrderFinding::NotChecked,
    };
    // A recorded rule for the route comes first; without one, what the agreements and laws in
    // force say, each term citing its article.
    let rule = match db.corridor_rule_on(&origin, &destination, today).await? {
        Some(r) => Some(r),
        None => crate::corridors::provision_rule(
            db,
            &origin,
            &destination,
            &format!("{today}T23:59:59Z"),
        )
        .await?
        .as_corridor_rule(&origin, &destination, today),
    };
    let (minimum, fee_rule) = rule_terms(rule.as_ref());
    let wage = wage.map(|w| {
        let f = WageFinding::of(&w, minimum.as_ref());
        (w, f)
    });
    let fee = fee.map(|m| {
        let f = FeeFinding::of(&m, fee_rule.as_ref().map(|(r, c)| (*r, c.as_ref())));
        (m, f)
    });
    // A wage or fee not given is a question still open: amber.
    let worst = [
        agency.level(),
        job_order.level(),
        wage.as_ref().map_or(Level::Amber, |(_, f)| f.level()),
        fee.as_ref().map_or(Level::Amber, |(_, f)| f.level()),
    ]
    .into_iter()
    .max()
    .unwrap_or(Level::Amber);
    Ok(OfferCheck {
        origin,
        destination,
        agency,
        job_order,
        wage,
        fee,
        rule,
        job: input.job.trim().chars().take(200).collect(),
        worst,
    })
}
