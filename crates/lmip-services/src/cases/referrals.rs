//! Referrals between organisations, checked against the complainant's consent.

use super::work::{org_id_of, visible_case};
use super::*;

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
