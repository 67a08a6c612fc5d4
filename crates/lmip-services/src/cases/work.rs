//! Case work in an organisation: its inbox and backlog, a case opened (audited), triage,
//! status changes and notes.

use super::*;

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

pub(super) async fn org_id_of(db: &Db, slug: &str) -> Result<String, ServiceError> {
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
        Some(id) => db.organisation_by_id(id).await?.map(|o| (o.slug, o.name)),
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

pub(super) async fn visible_case(
    db: &Db,
    org: &str,
    case_id: &str,
) -> Result<CaseRow, ServiceError> {
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

/// The cases an organisation may see whose complainant gave this phone number or e-mail address
/// (matched by its keyed hash: the number itself is never searched for in the database). The
/// search is audited, without the number.
pub async fn find_by_contact(
    db: &Db,
    keys: &Keyring,
    org_slug: &str,
    user_id: &str,
    contact: &str,
) -> Result<Vec<CaseSummary>, ServiceError> {
    let org = org_id_of(db, org_slug).await?;
    let normal = match cases::contact_number(contact) {
        Some(number) => number,
        None => lmip_domain::people::Email::parse(contact)
            .map_err(|_| invalid(CaseError::BadNumber))?
            .as_str()
            .to_string(),
    };
    let rows = db
        .cases_by_contact_key(&org, &keys.keyed_hash("contact", &normal))
        .await?;
    let mut tx = db.write().await?;
    tx.audit(&AuditEvent {
        actor: &format!("user:{user_id}"),
        action: "case.search_contact",
        entity: "organisation",
        entity_id: org_slug,
        detail: &serde_json::json!({"found": rows.len()}).to_string(),
    })
    .await?;
    tx.commit().await?;
    let now = now_utc_text();
    Ok(rows.iter().map(|r| summary(r, &org, &now)).collect())
}
