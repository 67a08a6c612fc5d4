//! Complaint cases: filing (by the worker or on their behalf), the complainant's status page,
//! the organisations' case work, referrals across borders with consent, retention, key rotation
//! and the counts that may leave the case module.
//!
//! Personal data (name, contact, the complainant's words, the respondent as they named them,
//! notes, referral reasons) is sealed with the operator's [`Keyring`] before it reaches storage
//! and opened only here, for an organisation that may see it, with an audit row in the same
//! transaction as the read. Audit rows, case events and errors never carry personal data.

use crate::ServiceError;
use crate::vault::{Keyring, Place};
use lmip_domain::cases::{
    self, Category, Channel, CodeProblem, Outcome, ReferralState, ShareWith, SharedField, Status,
    TextProblem, Urgency,
};
use lmip_domain::codes::{padded, unpadded};
use lmip_storage::{
    AuditEvent, CaseEventRow, CaseFilter, CaseNoteRow, CaseRow, Db, NewCase, OPERATOR_SLUG,
    ReferralRow, SEALED_COLUMNS, SealedValue, new_id, now_utc_text,
};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// Shortest and longest account of what happened, in characters.
pub const NARRATIVE_CHARS: (usize, usize) = (10, 5_000);
/// Longest name, respondent name, best time to call.
pub const SHORT_CHARS: usize = 200;
/// Longest note.
pub const NOTE_CHARS: usize = 5_000;
/// Failed status lookups allowed per client in [`THROTTLE_MINUTES`].
pub const LOOKUPS_PER_CLIENT: i64 = 5;
/// Failed status lookups allowed from everyone together per hour (brute force from many
/// addresses meets this cap).
pub const LOOKUPS_GLOBAL_PER_HOUR: i64 = 600;
/// The window of the per-client limit.
pub const THROTTLE_MINUTES: i64 = 15;
/// The setting holding a value sealed with the current key, to tell a wrong key file at start.
const KEY_CHECK: &str = "sealed:case_key_check";
/// Who the respondent is.
pub const RESPONDENT_KINDS: [&str; 4] = ["agency", "employer", "other", "unknown"];

/// Why a case action cannot be taken. Messages name fields, never values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CaseError {
    /// Without consent to keep it, a complaint cannot be stored.
    #[error("a complaint needs consent to be kept")]
    NoConsentToStore,
    /// No category ticked.
    #[error("choose at least one thing that happened")]
    NoCategory,
    /// A category that does not exist.
    #[error("unknown category")]
    UnknownCategory,
    /// The account of what happened is too short or too long, or looks like Zawgyi.
    #[error("the account of what happened: {0:?}")]
    Narrative(TextProblem),
    /// A name, respondent, best time or note is too long.
    #[error("{0} is longer than {SHORT_CHARS} characters")]
    TooLong(&'static str),
    /// A channel without the number or address it needs.
    #[error("the chosen way to reach you needs a number or address")]
    NeedContact,
    /// Not a phone number with a country code.
    #[error("the phone number is not one: write it with + and the country code")]
    BadNumber,
    /// Not an e-mail address.
    #[error("the e-mail address is not one")]
    BadEmail,
    /// A way to reach the complainant without consent to be contacted.
    #[error("a way to reach you needs consent to be contacted")]
    ContactNeedsConsent,
    /// An unknown country code.
    #[error("unknown country")]
    BadCountry,
    /// Origin and destination are the same.
    #[error("origin and destination are the same country")]
    SameCountry,
    /// A respondent picked from the directory that is not there.
    #[error("the organisation picked is not in the directory")]
    UnknownRespondent,
    /// A date that is not a month or day, or in the future.
    #[error("the date is not a month or day in the past")]
    BadDate,
    /// An amount that cannot be read.
    #[error("the amount cannot be read")]
    BadMoney,
    /// An unknown currency, or an amount without one.
    #[error("the currency is not an ISO 4217 code")]
    BadCurrency,
    /// A kind of organisation to share with that does not exist.
    #[error("unknown kind of organisation to share with")]
    BadShare,
    /// A tracking code that cannot be one (too short, a character no code has, a typo).
    #[error("the tracking code is not complete or has a mistyped character")]
    BadCode(CodeProblem),
    /// The code and PIN do not open a case (the same answer whichever is wrong).
    #[error("no case with this code and PIN")]
    NotFound,
    /// Too many failed lookups: wait.
    #[error("too many attempts; wait and try again")]
    TooManyAttempts,
    /// Someone changed the case since the form was opened.
    #[error("the case was changed by someone else meanwhile")]
    Stale,
    /// A status the case cannot move to from where it is.
    #[error("the case cannot move to this status from where it is")]
    BadTransition,
    /// A resolution without an outcome, or an outcome without a resolution.
    #[error("a resolved case needs an outcome")]
    NeedOutcome,
    /// Only the owning organisation may do this.
    #[error("only the organisation that holds the case may do this")]
    NotOwner,
    /// The assigned person does not work cases in this organisation.
    #[error("the person assigned does not work cases here")]
    NotCaseStaff,
    /// A referral to an organisation that cannot receive one (no caseworker).
    #[error("this organisation cannot receive referrals")]
    CannotReceive,
    /// A referral to the organisation itself.
    #[error("a case cannot be referred to its own organisation")]
    SelfReferral,
    /// The complainant did not agree to share with this kind of organisation.
    #[error("the complainant did not agree to share with this kind of organisation")]
    NoConsentToShare,
    /// Contact details asked for without consent to be contacted.
    #[error("the complainant did not agree to be contacted")]
    NoConsentToContact,
    /// An override of consent without a reason, or by someone who may not.
    #[error("referring without consent needs a supervisor and a reason")]
    OverrideRefused,
    /// The referral was already decided (another decision won).
    #[error("the referral was already decided")]
    AlreadyDecided,
    /// An empty note.
    #[error("the note is empty")]
    EmptyNote,
    /// The case's personal data was erased.
    #[error("the case was anonymised")]
    Anonymised,
}

fn invalid(e: CaseError) -> ServiceError {
    ServiceError::Case(e)
}

fn sha(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0]);
    }
    hex::encode(h.finalize())
}

fn tracking_hash(code: &str) -> String {
    sha(&["lmip case code", code])
}

fn pin_hash(code: &str, pin: &str) -> String {
    sha(&["lmip case pin", code, pin])
}

/// Names compared for duplicate detection: folded words without legal forms, run together.
fn respondent_fold(name: &str) -> String {
    static SEGMENTER: std::sync::LazyLock<lmip_search::Segmenter> =
        std::sync::LazyLock::new(lmip_search::Segmenter::new);
    lmip_search::names::name_key(&SEGMENTER, name)
}

fn today() -> String {
    now_utc_text().chars().take(10).collect()
}

fn days_between(from: &str, to: &str) -> i64 {
    match (lmip_storage::parse_utc(from), lmip_storage::parse_utc(to)) {
        (Some(a), Some(b)) => (b - a).whole_days(),
        _ => 0,
    }
}

/// How the complainant can be reached, as sealed together.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Contact {
    /// E.164 number.
    #[serde(default)]
    pub number: String,
    /// E-mail address.
    #[serde(default)]
    pub email: String,
    /// When to call or write.
    #[serde(default)]
    pub best_time: String,
    /// yes, no or unknown.
    #[serde(default)]
    pub safe_to_call: String,
}

/// A complaint as the form sends it.
#[derive(Debug, Clone, Default)]
pub struct Complaint {
    /// Filed without a name.
    pub anonymous: bool,
    /// Their name.
    pub name: String,
    /// `Channel` code.
    pub channel: String,
    /// Phone number as typed.
    pub number: String,
    /// E-mail address.
    pub email: String,
    /// When to reach them.
    pub best_time: String,
    /// yes, no or unknown.
    pub safe_to_call: String,
    /// A directory organisation's slug, or empty.
    pub respondent_org: String,
    /// The respondent as named, when not picked.
    pub respondent_name: String,
    /// One of [`RESPONDENT_KINDS`].
    pub respondent_kind: String,
    /// Origin country.
    pub origin: String,
    /// Destination country.
    pub destination: String,
    /// Category codes ticked.
    pub categories: Vec<String>,
    /// YYYY-MM or YYYY-MM-DD.
    pub occurred_on: String,
    /// Money lost as typed.
    pub money_lost: String,
    /// Its currency.
    pub money_currency: String,
    /// What happened.
    pub narrative: String,
    /// Consent to keep the complaint.
    pub consent_store: bool,
    /// Consent to be contacted.
    pub consent_contact: bool,
    /// Kinds of organisations they agree to share with.
    pub consent_share: Vec<String>,
    /// They confirmed their text is right although it looks like Zawgyi.
    pub zawgyi_confirmed: bool,
    /// The page's language.
    pub language: String,
}

/// Who files.
#[derive(Debug, Clone, Copy)]
pub enum Filer<'a> {
    /// The worker, on the public form.
    Public,
    /// A caseworker on a worker's behalf: (user id, organisation slug).
    OnBehalf(&'a str, &'a str),
}

/// What filing answers: shown once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    /// The tracking code, in groups.
    pub code: String,
    /// The PIN.
    pub pin: String,
    /// The case's internal id (for the caseworker who filed on behalf; never shown publicly).
    pub case_id: String,
    /// True when this answers a retried submission of a complaint already filed.
    pub replayed: bool,
}

struct Checked {
    row: CaseRow,
    respondent_key: Option<String>,
    contact_key: Option<String>,
}

fn short(field: &'static str, text: &str) -> Result<String, CaseError> {
    let (clean, _) = cases::clean_text(text);
    if clean.chars().count() > SHORT_CHARS {
        return Err(CaseError::TooLong(field));
    }
    Ok(clean)
}

fn country(text: &str) -> Result<Option<String>, CaseError> {
    let c = text.trim().to_uppercase();
    if c.is_empty() {
        return Ok(None);
    }
    if lmip_refdata::is_country(&c) {
        Ok(Some(c))
    } else {
        Err(CaseError::BadCountry)
    }
}

fn occurred(text: &str) -> Result<Option<String>, CaseError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let date = if t.len() == 7 {
        format!("{t}-01")
    } else {
        t.to_string()
    };
    let parsed = time::Date::parse(
        &date,
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .map_err(|_| CaseError::BadDate)?;
    if parsed.to_string() > today() || parsed.year() < 1950 {
        return Err(CaseError::BadDate);
    }
    Ok(Some(t.to_string()))
}

fn categories(codes: &[String]) -> Result<Vec<Category>, CaseError> {
    let mut out = Vec::new();
    for c in codes {
        let cat: Category = c.parse().map_err(|_| CaseError::UnknownCategory)?;
        if !out.contains(&cat) {
            out.push(cat);
        }
    }
    if out.is_empty() {
        return Err(CaseError::NoCategory);
    }
    out.sort();
    Ok(out)
}

fn category_list(cats: &[Category]) -> String {
    padded(&cats.iter().map(|c| c.as_str()).collect::<Vec<_>>())
}

async fn check_complaint(
    db: &Db,
    keys: &Keyring,
    c: &Complaint,
    id: &str,
) -> Result<Checked, ServiceError> {
    if !c.consent_store {
        return Err(invalid(CaseError::NoConsentToStore));
    }
    let cats = categories(&c.categories).map_err(invalid)?;
    let (narrative, bidi) = cases::clean_text(&c.narrative);
    cases::check_length(&narrative, NARRATIVE_CHARS.0, NARRATIVE_CHARS.1)
        .map_err(|p| invalid(CaseError::Narrative(p)))?;
    let zawgyi = cases::looks_like_zawgyi(&narrative);
    if zawgyi && !c.zawgyi_confirmed {
        return Err(invalid(CaseError::Narrative(TextProblem::Zawgyi)));
    }
    let name = if c.anonymous {
        String::new()
    } else {
        short("name", &c.name).map_err(invalid)?
    };
    let channel: Channel = c.channel.parse().unwrap_or(Channel::None);
    let mut contact = Contact {
        best_time: short("best time", &c.best_time).map_err(invalid)?,
        safe_to_call: match c.safe_to_call.as_str() {
            "yes" | "no" => c.safe_to_call.clone(),
            _ => "unknown".into(),
        },
        ..Contact::default()
    };
    if !c.number.trim().is_empty() {
        contact.number = cases::contact_number(&c.number).ok_or(invalid(CaseError::BadNumber))?;
    }
    if !c.email.trim().is_empty() {
        contact.email = lmip_domain::people::Email::parse(&c.email)
            .map_err(|_| invalid(CaseError::BadEmail))?
            .as_str()
            .to_string();
    }
    match channel {
        Channel::Phone | Channel::Sms | Channel::Messaging if contact.number.is_empty() => {
            return Err(invalid(CaseError::NeedContact));
        }
        Channel::Email if contact.email.is_empty() => return Err(invalid(CaseError::NeedContact)),
        _ => {}
    }
    let has_contact = !contact.number.is_empty() || !contact.email.is_empty();
    if has_contact && !c.consent_contact {
        return Err(invalid(CaseError::ContactNeedsConsent));
    }
    let origin = country(&c.origin).map_err(invalid)?;
    let destination = country(&c.destination).map_err(invalid)?;
    if origin.is_some() && origin == destination {
        return Err(invalid(CaseError::SameCountry));
    }
    let respondent_kind = if RESPONDENT_KINDS.contains(&c.respondent_kind.as_str()) {
        c.respondent_kind.clone()
    } else {
        "unknown".to_string()
    };
    let respondent_org = match c.respondent_org.trim() {
        "" => None,
        slug => Some(
            db.organisation_by_slug(slug)
                .await?
                .ok_or(invalid(CaseError::UnknownRespondent))?,
        ),
    };
    let respondent_name = short("respondent", &c.respondent_name).map_err(invalid)?;
    let occurred_on = occurred(&c.occurred_on).map_err(invalid)?;
    let (money_lost, money_currency) = match c.money_lost.trim() {
        "" => (None, None),
        amount => {
            let value = lmip_domain::offers::parse_amount(amount)
                .map_err(|_| invalid(CaseError::BadMoney))?;
            let cur = c.money_currency.trim().to_uppercase();
            if !lmip_refdata::is_currency(&cur) {
                return Err(invalid(CaseError::BadCurrency));
            }
            (Some(value), Some(cur))
        }
    };
    let mut share = Vec::new();
    for s in &c.consent_share {
        let kind: ShareWith = s.parse().map_err(|_| invalid(CaseError::BadShare))?;
        if !share.contains(&kind) {
            share.push(kind);
        }
    }
    share.sort();
    let mut flags = Vec::new();
    if zawgyi {
        flags.push("zawgyi");
    }
    if bidi {
        flags.push("bidi");
    }
    let seal = |column: &'static str, text: &str| {
        (!text.is_empty()).then(|| {
            keys.seal(
                Place {
                    table: "case_file",
                    column,
                    row: id,
                },
                text,
            )
        })
    };
    let contact_json = if has_contact || !contact.best_time.is_empty() {
        serde_json::to_string(&contact).map_err(|e| ServiceError::Internal(e.to_string()))?
    } else {
        String::new()
    };
    let respondent_key = (!respondent_name.is_empty())
        .then(|| keys.keyed_hash("respondent", &respondent_fold(&respondent_name)));
    let contact_key = (!contact.number.is_empty())
        .then(|| keys.keyed_hash("contact", &contact.number))
        .or_else(|| {
            (!contact.email.is_empty()).then(|| keys.keyed_hash("contact", &contact.email))
        });
    let now = now_utc_text();
    Ok(Checked {
        row: CaseRow {
            id: id.to_string(),
            status: Status::Received.as_str().into(),
            status_since: now.clone(),
            urgency: if cats.iter().any(|c| {
                matches!(
                    c,
                    Category::Violence | Category::Threats | Category::RestrictedMovement
                )
            }) {
                Urgency::Immediate
            } else {
                Urgency::Normal
            }
            .as_str()
            .into(),
            categories: category_list(&cats),
            origin,
            destination,
            respondent_kind,
            respondent_org: respondent_org.map(|o| o.id),
            respondent_enc: seal("respondent_enc", &respondent_name),
            occurred_on,
            money_lost,
            money_currency,
            language: c.language.clone(),
            anonymous: i64::from(c.anonymous || name.is_empty()),
            name_enc: seal("name_enc", &name),
            contact_channel: if has_contact {
                channel.as_str().into()
            } else {
                Channel::None.as_str().into()
            },
            contact_enc: seal("contact_enc", &contact_json),
            narrative_enc: seal("narrative_enc", &narrative),
            consent_store: 1,
            consent_contact: i64::from(c.consent_contact),
            consent_share: padded(&share.iter().map(|s| s.as_str()).collect::<Vec<_>>()),
            flags: padded(&flags),
            revision: 1,
            filed_at: now.clone(),
            updated_at: now,
            ..CaseRow::default()
        },
        respondent_key,
        contact_key,
    })
}

fn random_code_and_pin() -> (String, String) {
    let mut bytes = [0u8; 9];
    rand::rng().fill_bytes(&mut bytes);
    let code = cases::format_tracking_code(bytes);
    loop {
        if let Some(pin) = cases::format_pin(rand::rng().next_u32()) {
            return (code, pin);
        }
    }
}

/// Files a complaint. `idempotency_key` (the form's token or an `Idempotency-Key` header)
/// makes a retried submission answer with the same case and receipt instead of a second case.
/// The receipt exists only once the case and its audit row are committed.
pub async fn file(
    db: &Db,
    keys: &Keyring,
    complaint: &Complaint,
    filer: Filer<'_>,
    idempotency_key: &str,
) -> Result<Receipt, ServiceError> {
    let intake_key = sha(&["lmip case intake", idempotency_key]);
    if let Some(receipt) = replay(db, keys, &intake_key).await? {
        return Ok(receipt);
    }
    let id = new_id();
    let mut checked = check_complaint(db, keys, complaint, &id).await?;
    let (owner_slug, filed_by_user) = match filer {
        Filer::Public => (OPERATOR_SLUG, None),
        Filer::OnBehalf(user, org) => (org, Some(user.to_string())),
    };
    let owner = db
        .organisation_by_slug(owner_slug)
        .await?
        .ok_or_else(|| ServiceError::Internal(format!("no organisation '{owner_slug}'")))?;
    checked.row.owner_org = owner.id.clone();
    checked.row.filed_by_org = filed_by_user.as_ref().map(|_| owner.id.clone());
    checked.row.filed_by_user = filed_by_user.clone();
    let (code, pin) = random_code_and_pin();
    let normal = cases::normalize_tracking_code(&code)
        .map_err(|_| ServiceError::Internal("a new tracking code does not read back".into()))?;
    let receipt_enc = keys.seal(
        Place {
            table: "case_intake",
            column: "receipt_enc",
            row: &intake_key,
        },
        &format!("{code} {pin}"),
    );
    let new = NewCase {
        tracking_hash: tracking_hash(&normal),
        pin_hash: pin_hash(&normal, &pin),
        respondent_key: checked.respondent_key,
        contact_key: checked.contact_key,
        row: checked.row,
    };
    let actor = filed_by_user
        .as_ref()
        .map(|u| format!("user:{u}"))
        .unwrap_or_else(|| "complainant".into());
    let result: Result<(), ServiceError> = async {
        let mut tx = db.write().await?;
        if tx.intake(&intake_key).await?.is_some() {
            // A concurrent retry committed first: answer with its case below.
            return Err(ServiceError::Case(CaseError::Stale));
        }
        tx.insert_case(&new, &intake_key, &receipt_enc).await?;
        tx.case_event(
            &id,
            &actor,
            Some(&owner.id),
            "filed",
            (None, Some(Status::Received.as_str())),
            &serde_json::json!({"on_behalf": filed_by_user.is_some()}).to_string(),
        )
        .await?;
        tx.audit(&AuditEvent {
            actor: &actor,
            action: "case.file",
            entity: "case",
            entity_id: &id,
            detail: &serde_json::json!({
                "on_behalf": filed_by_user.is_some(),
                "language": complaint.language,
                "categories": unpadded(&new.row.categories),
            })
            .to_string(),
        })
        .await?;
        tx.commit().await?;
        Ok(())
    }
    .await;
    match result {
        Ok(()) => Ok(Receipt {
            code,
            pin,
            case_id: id,
            replayed: false,
        }),
        Err(e) => match replay(db, keys, &intake_key).await? {
            // A concurrent submission with the same key won (on PostgreSQL the second insert
            // fails on the key; on SQLite the writer lock orders them and the check above sees it).
            Some(receipt) => Ok(receipt),
            None => Err(e),
        },
    }
}

async fn replay(
    db: &Db,
    keys: &Keyring,
    intake_key: &str,
) -> Result<Option<Receipt>, ServiceError> {
    let mut tx = db.write().await?;
    let found = tx.intake(intake_key).await?;
    tx.commit().await?;
    let Some((case_id, Some(sealed))) = found else {
        return Ok(None);
    };
    let text = keys
        .open(
            Place {
                table: "case_intake",
                column: "receipt_enc",
                row: intake_key,
            },
            &sealed,
        )
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    let (code, pin) = text
        .split_once(' ')
        .ok_or_else(|| ServiceError::Internal("a receipt does not read".into()))?;
    Ok(Some(Receipt {
        code: code.into(),
        pin: pin.into(),
        case_id,
        replayed: true,
    }))
}

/// What a complainant sees: no names, no respondent, no internal notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComplainantView {
    /// Where the case stands.
    pub status: Status,
    /// Since when (date).
    pub since: String,
    /// When it was filed (date).
    pub filed: String,
    /// Messages caseworkers chose to share: (date, text).
    pub messages: Vec<(String, String)>,
}

/// Looks a case up by tracking code and PIN for its complainant. A wrong code and a wrong PIN
/// get the same answer; failures are counted per client (`client`: a hash of the address) and
/// for everyone, and past either limit every lookup is refused for a while.
pub async fn status_for_complainant(
    db: &Db,
    keys: &Keyring,
    code: &str,
    pin: &str,
    client: &str,
) -> Result<ComplainantView, ServiceError> {
    let normal =
        cases::normalize_tracking_code(code).map_err(|p| invalid(CaseError::BadCode(p)))?;
    let client_key = format!("case-status:{client}");
    let global_key = "case-status:*".to_string();
    let now = time::OffsetDateTime::now_utc();
    let window = lmip_storage::format_utc(now - time::Duration::minutes(THROTTLE_MINUTES));
    let hour = lmip_storage::format_utc(now - time::Duration::hours(1));
    for (key, limit, since) in [
        (&client_key, LOOKUPS_PER_CLIENT, &window),
        (&global_key, LOOKUPS_GLOBAL_PER_HOUR, &hour),
    ] {
        if let Some((failures, last)) = db.throttle(key).await?
            && failures >= limit
            && last.as_str() >= since.as_str()
        {
            return Err(invalid(CaseError::TooManyAttempts));
        }
    }
    let found = db.case_by_tracking(&tracking_hash(&normal)).await?;
    let pin = cases::normalize_pin(pin).unwrap_or_default();
    let expected = pin_hash(&normal, &pin);
    let case = match found {
        Some((case, stored)) if stored == expected && case.anonymised_at.is_none() => case,
        _ => {
            let mut tx = db.write().await?;
            tx.count_failure(&client_key, &window).await?;
            tx.count_failure(&global_key, &hour).await?;
            tx.commit().await?;
            return Err(invalid(CaseError::NotFound));
        }
    };
    let mut messages = Vec::new();
    for n in db.case_notes(&case.id, true).await? {
        if let Some(body) = &n.body_enc {
            let text = keys
                .open(note_place(&n.id), body)
                .map_err(|e| ServiceError::Internal(e.to_string()))?;
            messages.push((n.at.chars().take(10).collect(), text));
        }
    }
    Ok(ComplainantView {
        status: case.status.parse().unwrap_or(Status::Received),
        since: case.status_since.chars().take(10).collect(),
        filed: case.filed_at.chars().take(10).collect(),
        messages,
    })
}

fn note_place(id: &str) -> Place<'_> {
    Place {
        table: "case_note",
        column: "body_enc",
        row: id,
    }
}

/// A case in an inbox: nothing personal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseSummary {
    /// The case id.
    pub id: String,
    /// Status.
    pub status: Status,
    /// Days in this status.
    pub days: i64,
    /// Past its status's deadline.
    pub overdue: bool,
    /// Urgency.
    pub urgency: Urgency,
    /// Categories.
    pub categories: Vec<Category>,
    /// Origin–destination, when known.
    pub corridor: Option<(String, String)>,
    /// Assigned caseworker's id.
    pub assigned: Option<String>,
    /// Whether this organisation owns it (false: referred to it).
    pub own: bool,
    /// Filed on (date).
    pub filed: String,
}

fn summary(row: &CaseRow, org_id: &str, now: &str) -> CaseSummary {
    let status: Status = row.status.parse().unwrap_or(Status::Received);
    let days = days_between(&row.status_since, now);
    CaseSummary {
        id: row.id.clone(),
        status,
        days,
        overdue: status.deadline_days().is_some_and(|d| days > d),
        urgency: row.urgency.parse().unwrap_or(Urgency::Normal),
        categories: unpadded(&row.categories)
            .iter()
            .filter_map(|c| c.parse().ok())
            .collect(),
        corridor: row.origin.clone().zip(row.destination.clone()),
        assigned: row.assigned_user.clone(),
        own: row.owner_org == org_id,
        filed: row.filed_at.chars().take(10).collect(),
    }
}

async fn org_id_of(db: &Db, slug: &str) -> Result<String, ServiceError> {
    Ok(db
        .organisation_by_slug(slug)
        .await?
        .ok_or_else(|| ServiceError::Internal(format!("no organisation '{slug}'")))?
        .id)
}

/// An organisation's inbox: the cases it holds or accepted by referral, most overdue first.
pub async fn inbox(
    db: &Db,
    org_slug: &str,
    filter: &CaseFilter,
) -> Result<Vec<CaseSummary>, ServiceError> {
    let org = org_id_of(db, org_slug).await?;
    let now = now_utc_text();
    let mut list: Vec<CaseSummary> = db
        .cases_for_org(&org, filter)
        .await?
        .iter()
        .map(|r| summary(r, &org, &now))
        .collect();
    list.sort_by(|a, b| {
        (b.urgency, b.overdue, b.days)
            .cmp(&(a.urgency, a.overdue, a.days))
            .then(a.id.cmp(&b.id))
    });
    Ok(list)
}

/// The supervisor's view: open cases by status and age.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Backlog {
    /// (status, counts by age: ≤ 7 days, 8–30, 31–90, > 90, overdue).
    pub rows: Vec<(Status, [i64; 5])>,
    /// Referrals waiting for this organisation's answer.
    pub referrals_waiting: i64,
}

/// Open cases of an organisation by status and age since filing.
pub async fn backlog(db: &Db, org_slug: &str) -> Result<Backlog, ServiceError> {
    let org = org_id_of(db, org_slug).await?;
    let now = now_utc_text();
    let rows = db
        .cases_for_org(
            &org,
            &CaseFilter {
                limit: 100_000,
                ..CaseFilter::default()
            },
        )
        .await?;
    let mut out = Backlog::default();
    for s in Status::ALL.iter().filter(|s| !s.is_final()) {
        let mut counts = [0i64; 5];
        for r in rows.iter().filter(|r| r.status == s.as_str()) {
            let age = days_between(&r.filed_at, &now);
            let bucket = match age {
                ..=7 => 0,
                8..=30 => 1,
                31..=90 => 2,
                _ => 3,
            };
            counts[bucket] += 1;
            if summary(r, &org, &now).overdue {
                counts[4] += 1;
            }
        }
        out.rows.push((*s, counts));
    }
    out.referrals_waiting = db.referrals_waiting(&org).await?.len() as i64;
    Ok(out)
}

/// A note as a caseworker sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteView {
    /// When.
    pub at: String,
    /// Shared with the complainant.
    pub shared: bool,
    /// Written by this organisation.
    pub ours: bool,
    /// The text.
    pub body: String,
}

/// A case as a caseworker of an organisation may see it.
#[derive(Debug, Clone)]
pub struct CaseView {
    /// Facts (sealed columns are not to be shown from here).
    pub row: CaseRow,
    /// Inbox facts.
    pub summary: CaseSummary,
    /// Which personal fields this organisation sees (all for the owner; the accepted referral's
    /// for a receiver).
    pub visible: Vec<SharedField>,
    /// Name, when visible and given.
    pub name: Option<String>,
    /// Contact, when visible and given.
    pub contact: Option<Contact>,
    /// Their words, when visible.
    pub narrative: Option<String>,
    /// The respondent as named.
    pub respondent: Option<String>,
    /// The listed respondent's (slug, name).
    pub respondent_org: Option<(String, String)>,
    /// History.
    pub events: Vec<CaseEventRow>,
    /// Notes this organisation may read.
    pub notes: Vec<NoteView>,
    /// Referrals this organisation may see.
    pub referrals: Vec<ReferralRow>,
    /// Other cases about the same respondent in the same month: (id, status, holder's name).
    pub similar: Vec<(String, String, String)>,
}

/// Opens a case for an organisation's caseworker: `None` when the organisation may not see it.
/// Opening its personal data writes an audit row first (no row, no data).
pub async fn open_case(
    db: &Db,
    keys: &Keyring,
    org_slug: &str,
    user_id: &str,
    case_id: &str,
) -> Result<Option<CaseView>, ServiceError> {
    let org = org_id_of(db, org_slug).await?;
    let Some(row) = db.case_for_org(case_id, &org).await? else {
        return Ok(None);
    };
    let own = row.owner_org == org;
    let all_referrals = db.case_referrals(case_id).await?;
    let visible: Vec<SharedField> = if own {
        SharedField::ALL.to_vec()
    } else {
        let mut v: Vec<SharedField> = all_referrals
            .iter()
            .filter(|r| r.to_org == org && r.state == ReferralState::Accepted.as_str())
            .flat_map(|r| {
                unpadded(&r.fields)
                    .into_iter()
                    .filter_map(|f| f.parse().ok())
            })
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let fields: Vec<&str> = visible.iter().map(|f| f.as_str()).collect();
    let mut tx = db.write().await?;
    tx.audit(&AuditEvent {
        actor: &format!("user:{user_id}"),
        action: "case.read",
        entity: "case",
        entity_id: case_id,
        detail: &serde_json::json!({"org": org_slug, "fields": fields}).to_string(),
    })
    .await?;
    tx.commit().await?;
    let open =
        |column: &'static str, sealed: &Option<String>| -> Result<Option<String>, ServiceError> {
            sealed
                .as_ref()
                .map(|s| {
                    keys.open(
                        Place {
                            table: "case_file",
                            column,
                            row: case_id,
                        },
                        s,
                    )
                    .map_err(|e| ServiceError::Internal(e.to_string()))
                })
                .transpose()
        };
    let name = if visible.contains(&SharedField::Identity) {
        open("name_enc", &row.name_enc)?
    } else {
        None
    };
    let contact = if visible.contains(&SharedField::Contact) {
        open("contact_enc", &row.contact_enc)?
            .map(|j| serde_json::from_str::<Contact>(&j))
            .transpose()
            .map_err(|e| ServiceError::Internal(e.to_string()))?
    } else {
        None
    };
    let narrative = if visible.contains(&SharedField::Narrative) {
        open("narrative_enc", &row.narrative_enc)?
    } else {
        None
    };
    let respondent = open("respondent_enc", &row.respondent_enc)?;
    let respondent_org = match &row.respondent_org {
        Some(id) => db
            .organisations()
            .await?
            .into_iter()
            .find(|o| &o.id == id)
            .map(|o| (o.slug, o.name)),
        None => None,
    };
    let mut notes = Vec::new();
    for n in db.case_notes(case_id, false).await? {
        let ours = n.org_id == org;
        if !(ours || n.shared == 1) {
            continue;
        }
        let body = match &n.body_enc {
            Some(b) => keys
                .open(note_place(&n.id), b)
                .map_err(|e| ServiceError::Internal(e.to_string()))?,
            None => String::new(),
        };
        notes.push(NoteView {
            at: n.at.clone(),
            shared: n.shared == 1,
            ours,
            body,
        });
    }
    let referrals = all_referrals
        .into_iter()
        .filter(|r| own || r.to_org == org)
        .collect();
    let respondent_key = db.case_respondent_key(case_id).await?;
    let similar = db
        .similar_cases(&row, respondent_key.as_deref(), &org)
        .await?;
    let now = now_utc_text();
    Ok(Some(CaseView {
        summary: summary(&row, &org, &now),
        row,
        visible,
        name,
        contact,
        narrative,
        respondent,
        respondent_org,
        events: db.case_events(case_id).await?,
        notes,
        referrals,
        similar,
    }))
}

async fn visible_case(db: &Db, org: &str, case_id: &str) -> Result<CaseRow, ServiceError> {
    db.case_for_org(case_id, org).await?.ok_or_else(|| {
        ServiceError::Storage(lmip_storage::StorageError::NotFound {
            what: "the case".into(),
        })
    })
}

/// Triage: categories, urgency and the caseworker assigned (owner only). `revision` is the one
/// the form showed; a case changed meanwhile is refused, never overwritten.
#[allow(clippy::too_many_arguments)]
pub async fn triage(
    db: &Db,
    org_slug: &str,
    user_id: &str,
    case_id: &str,
    revision: i64,
    category_codes: &[String],
    urgency: &str,
    assigned: &str,
) -> Result<(), ServiceError> {
    let org = org_id_of(db, org_slug).await?;
    let row = visible_case(db, &org, case_id).await?;
    if row.owner_org != org {
        return Err(invalid(CaseError::NotOwner));
    }
    if row.anonymised_at.is_some() {
        return Err(invalid(CaseError::Anonymised));
    }
    if row.revision != revision {
        return Err(invalid(CaseError::Stale));
    }
    let cats = categories(category_codes).map_err(invalid)?;
    let urgency: Urgency = urgency.parse().unwrap_or(Urgency::Normal);
    let assigned = match assigned.trim() {
        "" => None,
        id => {
            if !db.case_staff(&org).await?.iter().any(|(u, _)| u == id) {
                return Err(invalid(CaseError::NotCaseStaff));
            }
            Some(id.to_string())
        }
    };
    let status: Status = row.status.parse().unwrap_or(Status::Received);
    let mut tx = db.write().await?;
    if !tx
        .triage_case(
            case_id,
            revision,
            &category_list(&cats),
            urgency.as_str(),
            assigned.as_deref(),
        )
        .await?
    {
        return Err(invalid(CaseError::Stale));
    }
    let actor = format!("user:{user_id}");
    let detail = serde_json::json!({
        "categories": cats.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
        "urgency": urgency.as_str(),
        "assigned": assigned,
    })
    .to_string();
    tx.case_event(case_id, &actor, Some(&org), "triage", (None, None), &detail)
        .await?;
    if status == Status::Received {
        // Triage moves a new case on; the revision moved with the triage above.
        tx.set_case_status(
            case_id,
            revision + 1,
            Status::Triaged.as_str(),
            false,
            None,
            None,
        )
        .await?;
        tx.case_event(
            case_id,
            &actor,
            Some(&org),
            "status",
            (
                Some(Status::Received.as_str()),
                Some(Status::Triaged.as_str()),
            ),
            "{}",
        )
        .await?;
    }
    tx.audit(&AuditEvent {
        actor: &actor,
        action: "case.triage",
        entity: "case",
        entity_id: case_id,
        detail: &detail,
    })
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A change of status; a resolution carries its outcome and any money recovered.
#[derive(Debug, Clone, Default)]
pub struct StatusChange {
    /// The `Status` code.
    pub status: String,
    /// The `Outcome` code (resolved only).
    pub outcome: String,
    /// Money recovered as typed.
    pub recovered: String,
    /// Its currency.
    pub currency: String,
}

/// Moves a case to another status (owner or an organisation it was referred to).
pub async fn set_status(
    db: &Db,
    org_slug: &str,
    user_id: &str,
    case_id: &str,
    revision: i64,
    change: &StatusChange,
) -> Result<(), ServiceError> {
    let org = org_id_of(db, org_slug).await?;
    let row = visible_case(db, &org, case_id).await?;
    if row.revision != revision {
        return Err(invalid(CaseError::Stale));
    }
    let from: Status = row.status.parse().unwrap_or(Status::Received);
    let to: Status = change
        .status
        .parse()
        .map_err(|_| invalid(CaseError::BadTransition))?;
    if !from.next().contains(&to) {
        return Err(invalid(CaseError::BadTransition));
    }
    let outcome = if to == Status::Resolved {
        Some(
            change
                .outcome
                .parse::<Outcome>()
                .map_err(|_| invalid(CaseError::NeedOutcome))?,
        )
    } else {
        None
    };
    let recovered = match change.recovered.trim() {
        "" => None,
        _ if to != Status::Resolved => None,
        amount => {
            let value = lmip_domain::offers::parse_amount(amount)
                .map_err(|_| invalid(CaseError::BadMoney))?;
            let cur = change.currency.trim().to_uppercase();
            if !lmip_refdata::is_currency(&cur) {
                return Err(invalid(CaseError::BadCurrency));
            }
            Some((value, cur))
        }
    };
    let mut tx = db.write().await?;
    if !tx
        .set_case_status(
            case_id,
            revision,
            to.as_str(),
            to.is_final(),
            outcome.map(|o| o.as_str()),
            recovered.as_ref().map(|(v, c)| (*v, c.as_str())),
        )
        .await?
    {
        return Err(invalid(CaseError::Stale));
    }
    let actor = format!("user:{user_id}");
    let detail = serde_json::json!({"outcome": outcome.map(|o| o.as_str())}).to_string();
    tx.case_event(
        case_id,
        &actor,
        Some(&org),
        "status",
        (Some(from.as_str()), Some(to.as_str())),
        &detail,
    )
    .await?;
    tx.audit(&AuditEvent {
        actor: &actor,
        action: "case.status",
        entity: "case",
        entity_id: case_id,
        detail: &serde_json::json!({"from": from.as_str(), "to": to.as_str(), "outcome": outcome.map(|o| o.as_str())}).to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Adds a note: internal to the writing organisation, or a message the complainant reads on
/// the status page.
pub async fn add_note(
    db: &Db,
    keys: &Keyring,
    org_slug: &str,
    user_id: &str,
    case_id: &str,
    body: &str,
    shared: bool,
) -> Result<(), ServiceError> {
    let org = org_id_of(db, org_slug).await?;
    let row = visible_case(db, &org, case_id).await?;
    if row.anonymised_at.is_some() {
        return Err(invalid(CaseError::Anonymised));
    }
    let (body, _) = cases::clean_text(body);
    if body.is_empty() {
        return Err(invalid(CaseError::EmptyNote));
    }
    if body.chars().count() > NOTE_CHARS {
        return Err(invalid(CaseError::TooLong("note")));
    }
    let id = new_id();
    let note = CaseNoteRow {
        body_enc: Some(keys.seal(note_place(&id), &body)),
        id,
        org_id: org.clone(),
        author_id: Some(user_id.to_string()),
        at: now_utc_text(),
        shared: i64::from(shared),
    };
    let mut tx = db.write().await?;
    tx.insert_case_note(&note, case_id).await?;
    tx.audit(&AuditEvent {
        actor: &format!("user:{user_id}"),
        action: if shared { "case.message" } else { "case.note" },
        entity: "case",
        entity_id: case_id,
        detail: &serde_json::json!({"org": org_slug}).to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A referral to make.
#[derive(Debug, Clone, Default)]
pub struct ReferralRequest {
    /// The receiving organisation's slug.
    pub to: String,
    /// `SharedField` codes to share.
    pub fields: Vec<String>,
    /// The reason for referring without the consent it needs (supervisors only).
    pub override_reason: String,
}

/// Refers a case to another organisation (owner only). The consent the complainant gave
/// decides what may go: the receiving organisation's kind must be one they agreed to share
/// with, and contact details need consent to be contacted. Without it, a supervisor
/// (`may_override`) may refer with a reason, which is sealed and audited.
pub async fn refer(
    db: &Db,
    keys: &Keyring,
    org_slug: &str,
    user_id: &str,
    case_id: &str,
    request: &ReferralRequest,
    may_override: bool,
) -> Result<String, ServiceError> {
    let org = org_id_of(db, org_slug).await?;
    let row = visible_case(db, &org, case_id).await?;
    if row.owner_org != org {
        return Err(invalid(CaseError::NotOwner));
    }
    if row.anonymised_at.is_some() {
        return Err(invalid(CaseError::Anonymised));
    }
    let receiver = db
        .case_receivers()
        .await?
        .into_iter()
        .find(|r| r.slug == request.to.trim())
        .ok_or(invalid(CaseError::CannotReceive))?;
    if receiver.id == org {
        return Err(invalid(CaseError::SelfReferral));
    }
    let mut fields: Vec<SharedField> = Vec::new();
    for f in &request.fields {
        let f: SharedField = f.parse().map_err(|_| invalid(CaseError::BadShare))?;
        if !fields.contains(&f) {
            fields.push(f);
        }
    }
    fields.sort();
    let consented_kinds: Vec<&str> = unpadded(&row.consent_share);
    let kind_consented = ShareWith::for_org_kind(&receiver.kind)
        .is_some_and(|k| consented_kinds.contains(&k.as_str()));
    let contact_consented = !fields.contains(&SharedField::Contact) || row.consent_contact == 1;
    let reason = request.override_reason.trim();
    let overridden = if kind_consented && contact_consented {
        false
    } else if may_override && reason.chars().count() >= 10 {
        true
    } else if !may_override || !reason.is_empty() {
        return Err(invalid(if !may_override && !kind_consented {
            CaseError::NoConsentToShare
        } else if !may_override {
            CaseError::NoConsentToContact
        } else {
            CaseError::OverrideRefused
        }));
    } else {
        return Err(invalid(CaseError::OverrideRefused));
    };
    let id = new_id();
    let referral = ReferralRow {
        override_enc: overridden.then(|| {
            keys.seal(
                Place {
                    table: "case_referral",
                    column: "override_enc",
                    row: &id,
                },
                reason,
            )
        }),
        id: id.clone(),
        case_id: case_id.into(),
        from_org: org.clone(),
        to_org: receiver.id.clone(),
        to_name: receiver.name.clone(),
        state: ReferralState::Requested.as_str().into(),
        fields: padded(&fields.iter().map(|f| f.as_str()).collect::<Vec<_>>()),
        requested_by: user_id.into(),
        requested_at: now_utc_text(),
        decided_by: None,
        decided_at: None,
    };
    let actor = format!("user:{user_id}");
    let detail = serde_json::json!({
        "to": receiver.slug,
        "fields": fields.iter().map(|f| f.as_str()).collect::<Vec<_>>(),
        "consent_overridden": overridden,
    })
    .to_string();
    let mut tx = db.write().await?;
    tx.insert_referral(&referral).await?;
    tx.case_event(
        case_id,
        &actor,
        Some(&org),
        "referral",
        (None, None),
        &detail,
    )
    .await?;
    tx.audit(&AuditEvent {
        actor: &actor,
        action: if overridden {
            "case.refer_override"
        } else {
            "case.refer"
        },
        entity: "case",
        entity_id: case_id,
        detail: &detail,
    })
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// A decision on a referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// The receiver accepts.
    Accept,
    /// The receiver declines.
    Decline,
    /// The referrer withdraws it.
    Revoke,
}

/// Decides a referral: accept or decline by the receiving organisation, revoke by the referring
/// one. `seen` is the state the deciding person saw (the form carries it): a decision is taken
/// only from that state, so of concurrent decisions exactly one wins and the others get
/// [`CaseError::AlreadyDecided`].
pub async fn decide(
    db: &Db,
    org_slug: &str,
    user_id: &str,
    referral_id: &str,
    decision: Decision,
    seen: &str,
) -> Result<(), ServiceError> {
    let org = org_id_of(db, org_slug).await?;
    let mut tx = db.write().await?;
    let not_found = || {
        ServiceError::Storage(lmip_storage::StorageError::NotFound {
            what: "the referral".into(),
        })
    };
    let r = tx.referral(referral_id).await?.ok_or_else(not_found)?;
    let by_receiver = r.to_org == org;
    if !(by_receiver || r.from_org == org) {
        return Err(not_found());
    }
    let next = match decision {
        Decision::Accept => ReferralState::Accepted,
        Decision::Decline => ReferralState::Declined,
        Decision::Revoke => ReferralState::Revoked,
    };
    let state: ReferralState = r.state.parse().unwrap_or(ReferralState::Revoked);
    if (decision == Decision::Revoke) == by_receiver {
        return Err(not_found());
    }
    if state.as_str() != seen || !state.may_become(next, by_receiver) {
        return Err(invalid(CaseError::AlreadyDecided));
    }
    if !tx
        .decide_referral(referral_id, state.as_str(), next.as_str(), user_id)
        .await?
    {
        return Err(invalid(CaseError::AlreadyDecided));
    }
    let actor = format!("user:{user_id}");
    let case = tx.case_row(&r.case_id).await?.ok_or_else(not_found)?;
    let from_status: Status = case.status.parse().unwrap_or(Status::Received);
    if next == ReferralState::Accepted && from_status.next().contains(&Status::Referred) {
        tx.set_case_status(
            &r.case_id,
            case.revision,
            Status::Referred.as_str(),
            false,
            None,
            None,
        )
        .await?;
        tx.case_event(
            &r.case_id,
            &actor,
            Some(&org),
            "status",
            (Some(from_status.as_str()), Some(Status::Referred.as_str())),
            "{}",
        )
        .await?;
    }
    let detail = serde_json::json!({"referral": referral_id, "state": next.as_str()}).to_string();
    tx.case_event(
        &r.case_id,
        &actor,
        Some(&org),
        "referral",
        (None, None),
        &detail,
    )
    .await?;
    tx.audit(&AuditEvent {
        actor: &actor,
        action: "case.referral",
        entity: "case",
        entity_id: &r.case_id,
        detail: &detail,
    })
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Referrals waiting for an organisation's answer.
pub async fn waiting_referrals(db: &Db, org_slug: &str) -> Result<Vec<ReferralRow>, ServiceError> {
    let org = org_id_of(db, org_slug).await?;
    Ok(db.referrals_waiting(&org).await?)
}

/// Organisations a case can be referred to: (slug, name, kind, country, consented).
pub async fn receivers(
    db: &Db,
    org_slug: &str,
    consent_share: &str,
) -> Result<Vec<(String, String, String, Option<String>, bool)>, ServiceError> {
    let kinds = unpadded(consent_share);
    Ok(db
        .case_receivers()
        .await?
        .into_iter()
        .filter(|r| r.slug != org_slug)
        .map(|r| {
            let ok = ShareWith::for_org_kind(&r.kind).is_some_and(|k| kinds.contains(&k.as_str()));
            (r.slug, r.name, r.kind, r.country, ok)
        })
        .collect())
}

/// Caseworkers and supervisors of an organisation: (user id, e-mail).
pub async fn staff(db: &Db, org_slug: &str) -> Result<Vec<(String, String)>, ServiceError> {
    let org = org_id_of(db, org_slug).await?;
    Ok(db.case_staff(&org).await?)
}

/// What [`purge`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PurgeReport {
    /// Cases whose personal data was erased.
    pub anonymised: u64,
    /// Retried-filing receipts forgotten.
    pub receipts: u64,
}

/// Erases the personal data of cases closed more than `retention_days` ago (their countable
/// facts stay for the statistics), and forgets retried-filing receipts older than a day.
pub async fn purge(db: &Db, retention_days: i64, actor: &str) -> Result<PurgeReport, ServiceError> {
    let now = time::OffsetDateTime::now_utc();
    let before = lmip_storage::format_utc(now - time::Duration::days(retention_days.max(0)));
    let day_ago = lmip_storage::format_utc(now - time::Duration::days(1));
    let mut report = PurgeReport::default();
    loop {
        let ids = db.cases_to_anonymise(&before, 200).await?;
        if ids.is_empty() {
            break;
        }
        let mut tx = db.write().await?;
        for id in &ids {
            tx.anonymise_case(id).await?;
            tx.audit(&AuditEvent {
                actor,
                action: "case.anonymise",
                entity: "case",
                entity_id: id,
                detail: &serde_json::json!({"retention_days": retention_days}).to_string(),
            })
            .await?;
        }
        tx.commit().await?;
        report.anonymised += ids.len() as u64;
    }
    let mut tx = db.write().await?;
    report.receipts = tx.forget_intakes(&day_ago).await?;
    tx.commit().await?;
    Ok(report)
}

/// Checks that the keyring opens this database's sealed values; on a database that has none
/// yet, records a check value under the current key. Run at start, before anything is sealed.
pub async fn check_keys(db: &Db, keys: &Keyring) -> Result<(), ServiceError> {
    let place = Place {
        table: "site_setting",
        column: "value",
        row: KEY_CHECK,
    };
    match db.setting(KEY_CHECK).await? {
        Some(sealed) => keys.open(place, &sealed).map(|_| ()).map_err(|e| {
            ServiceError::Internal(format!(
                "the case keys do not open this database's cases ({e}); restore the key file \
                 that was used with this database"
            ))
        }),
        None => {
            let mut tx = db.write().await?;
            tx.set_setting(KEY_CHECK, &keys.seal(place, "lmip case keys"))
                .await?;
            tx.commit().await?;
            Ok(())
        }
    }
}

/// What [`rotate`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RotateReport {
    /// Values resealed under the new key.
    pub resealed: u64,
    /// Cases whose keyed hashes were recomputed.
    pub rehashed: u64,
}

/// Reseals every sealed value under `keys`' current key (opening with any of its keys) and
/// recomputes the keyed hashes; `progress` is told (done, total) as it goes.
pub async fn rotate(
    db: &Db,
    keys: &Keyring,
    actor: &str,
    mut progress: impl FnMut(u64),
) -> Result<RotateReport, ServiceError> {
    let mut report = RotateReport::default();
    for place in SEALED_COLUMNS {
        let mut after = String::new();
        loop {
            let page: Vec<SealedValue> = db.sealed_values(place, &after, 200).await?;
            let Some(last) = page.last() else { break };
            after = last.row.clone();
            let mut tx = db.write().await?;
            for v in &page {
                if Keyring::key_of(&v.sealed) == Some(keys.current_id()) {
                    continue;
                }
                let at = Place {
                    table: v.table,
                    column: v.column,
                    row: &v.row,
                };
                let plain = keys
                    .open(at, &v.sealed)
                    .map_err(|e| ServiceError::Internal(e.to_string()))?;
                if tx.reseal(v, &keys.seal(at, &plain)).await? {
                    report.resealed += 1;
                }
            }
            tx.commit().await?;
            progress(report.resealed);
        }
    }
    // Keyed hashes follow the current key: recompute them from the opened values.
    let mut after = String::new();
    loop {
        let page = db
            .sealed_values(("case_file", "id", "id"), &after, 200)
            .await?;
        let Some(last) = page.last() else { break };
        after = last.row.clone();
        let mut tx = db.write().await?;
        for v in &page {
            let Some(case) = tx.case_row(&v.row).await? else {
                continue;
            };
            let open = |column: &'static str, s: &Option<String>| {
                s.as_ref().and_then(|s| {
                    keys.open(
                        Place {
                            table: "case_file",
                            column,
                            row: &case.id,
                        },
                        s,
                    )
                    .ok()
                })
            };
            let respondent = open("respondent_enc", &case.respondent_enc)
                .filter(|t| !t.is_empty())
                .map(|t| keys.keyed_hash("respondent", &respondent_fold(&t)));
            let contact = open("contact_enc", &case.contact_enc)
                .and_then(|j| serde_json::from_str::<Contact>(&j).ok())
                .and_then(|c| {
                    [c.number, c.email]
                        .into_iter()
                        .find(|s| !s.is_empty())
                        .map(|s| keys.keyed_hash("contact", &s))
                });
            tx.set_case_keys(&case.id, respondent.as_deref(), contact.as_deref())
                .await?;
            report.rehashed += 1;
        }
        tx.commit().await?;
    }
    let mut tx = db.write().await?;
    tx.audit(&AuditEvent {
        actor,
        action: "keys.rotate",
        entity: "case_keys",
        entity_id: keys.current_id(),
        detail: &serde_json::json!({"resealed": report.resealed, "rehashed": report.rehashed})
            .to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(report)
}

/// The smallest count published: cells below it are suppressed.
pub const MIN_CELL: i64 = 5;

/// One published cell of the complaint counts.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct CountCell {
    /// YYYY-MM filed.
    pub month: String,
    /// Origin (or `_X` unknown).
    pub origin: String,
    /// Destination (or `_X`).
    pub destination: String,
    /// `CL_COMPLAINT_CATEGORY` code.
    pub category: String,
    /// agency, employer, other, unknown.
    pub respondent_kind: String,
    /// Outcome code, `open` while not resolved, or the final status.
    pub outcome: String,
    /// The count; `None` when suppressed (fewer than [`MIN_CELL`]).
    pub count: Option<i64>,
}

/// Monthly counts by corridor, category, respondent kind and outcome, each below [`MIN_CELL`]
/// suppressed. A case with several categories counts once in each.
pub async fn monthly_counts(db: &Db) -> Result<Vec<CountCell>, ServiceError> {
    let mut counts: std::collections::BTreeMap<
        (String, String, String, String, String, String),
        i64,
    > = Default::default();
    for f in db.case_facts().await? {
        let mut stat: Vec<&str> = unpadded(&f.categories)
            .into_iter()
            .filter_map(|c| c.parse::<Category>().ok())
            .map(|c| c.statistics_code())
            .collect();
        stat.sort_unstable();
        stat.dedup();
        let outcome = f.outcome.clone().unwrap_or_else(|| {
            if f.status.parse::<Status>().is_ok_and(|s| s.is_final()) {
                f.status.clone()
            } else {
                "open".into()
            }
        });
        for cat in stat {
            *counts
                .entry((
                    f.month.clone(),
                    f.origin.clone().unwrap_or_else(|| "_X".into()),
                    f.destination.clone().unwrap_or_else(|| "_X".into()),
                    cat.to_string(),
                    f.respondent_kind.clone(),
                    outcome.clone(),
                ))
                .or_default() += 1;
        }
    }
    Ok(counts
        .into_iter()
        .map(
            |((month, origin, destination, category, respondent_kind, outcome), n)| CountCell {
                month,
                origin,
                destination,
                category,
                respondent_kind,
                outcome,
                count: (n >= MIN_CELL).then_some(n),
            },
        )
        .collect())
}

/// An agency's complaint record for its scorecard: upheld complaints and money recovered per
/// currency, or `None` while fewer than [`MIN_CELL`] complaints were upheld (so no single
/// complainant can be pointed to).
pub async fn agency_record(
    db: &Db,
    org_id: &str,
) -> Result<Option<(i64, Vec<(String, i64)>)>, ServiceError> {
    let mut upheld = 0;
    let mut recovered: std::collections::BTreeMap<String, i64> = Default::default();
    for f in db.case_facts_about(org_id).await? {
        if f.outcome
            .as_deref()
            .and_then(|o| o.parse::<Outcome>().ok())
            .is_some_and(|o| o.upheld())
        {
            upheld += 1;
            if let (Some(v), Some(c)) = (f.recovered, f.recovered_currency.clone()) {
                *recovered.entry(c).or_default() += v;
            }
        }
    }
    Ok((upheld >= MIN_CELL).then(|| (upheld, recovered.into_iter().collect())))
}
