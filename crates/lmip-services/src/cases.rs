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

mod counts;
mod keys;
mod referrals;
mod work;

pub use counts::*;
pub use keys::*;
pub use referrals::*;
pub use work::*;

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
    /// A submission filed more than a day ago, sent again: its code is not shown again.
    #[error("this complaint was already received; its code was shown when it was filed")]
    AlreadyFiled,
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

/// The hash a case is stored under for a tracking code as typed (`None` if it cannot be one):
/// for tools and tests that check what was acknowledged, without keeping codes.
pub fn code_hash(code: &str) -> Option<String> {
    cases::normalize_tracking_code(code)
        .ok()
        .map(|c| tracking_hash(&c))
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
    let respondent_org = match c.respondent_org.trim() {
        "" => None,
        slug => Some(
            db.organisation_by_slug(slug)
                .await?
                .ok_or(invalid(CaseError::UnknownRespondent))?,
        ),
    };
    // Chosen by the complainant; else what the organisation picked from the directory is.
    let respondent_kind = if RESPONDENT_KINDS.contains(&c.respondent_kind.as_str()) {
        c.respondent_kind.clone()
    } else {
        match respondent_org.as_ref().map(|o| o.kind.as_str()) {
            Some("recruitment_agency") => "agency",
            Some("employer") => "employer",
            Some(_) => "other",
            None => "unknown",
        }
        .to_string()
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
    let (case_id, sealed) = match db.intake_of(intake_key).await? {
        None => return Ok(None),
        Some((_, None)) => return Err(invalid(CaseError::AlreadyFiled)),
        Some((case_id, Some(sealed))) => (case_id, sealed),
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
