//! Organisations and their members, as administrators manage them: invitations by link, roles
//! granted and withdrawn, the second-factor rule, new organisations.
//!
//! Who may call these is decided by the policy before they run (the web layer's route table); they
//! keep the rules that hold whoever calls: every change needs a recent password, an organisation
//! never loses its last administrator, roles are granted only to the organisation's members, and
//! an invitation answers the same whether or not the address has an account.

use crate::ServiceError;
use crate::auth::{Session, require_recent, sha256_hex};
use lmip_domain::people::{Email, OPERATOR_SLUG, OrgKind, Role, check_slug};
use lmip_mail::{Message, Outbox};
use lmip_storage::{AuditEvent, Db, Member, NewOrganisation, WriteTx};

/// How long an invitation link stays valid.
pub const INVITATION_VALIDITY: time::Duration = time::Duration::days(7);

/// A rule about members that a request broke.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MemberError {
    /// Withdrawing this role would leave the organisation without an administrator.
    #[error(
        "this is the organisation's last administrator: make someone else an administrator first"
    )]
    LastAdmin,
    /// The person is not a member of this organisation.
    #[error("this person is not a member of the organisation; invite them instead")]
    NotAMember,
    /// A name that is empty or too long.
    #[error("give a name of 1 to 200 characters")]
    BadName,
}

/// What an invitation mail needs to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvitationMail {
    /// A new account: the link to choose a password, and when it expires (RFC 3339 UTC).
    NewAccount {
        /// The set-password link.
        link: String,
        /// Its expiry.
        expires_at: String,
    },
    /// An existing account that was given the role: where to sign in.
    RoleAdded {
        /// The sign-in page.
        sign_in: String,
    },
}

fn actor(session: &Session) -> String {
    format!("user:{}", session.user_id)
}

async fn audit(
    tx: &mut WriteTx<'_>,
    session: &Session,
    action: &str,
    entity: &str,
    entity_id: &str,
    detail: serde_json::Value,
) -> Result<(), ServiceError> {
    tx.audit(&AuditEvent {
        actor: &actor(session),
        action,
        entity,
        entity_id,
        detail: &detail.to_string(),
    })
    .await?;
    Ok(())
}

/// Who is invited where, as an administrator asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invitation<'a> {
    /// The organisation's slug.
    pub org: &'a str,
    /// The address.
    pub email: &'a str,
    /// The role's name.
    pub role: &'a str,
}

/// Invites `email` into `org` with `role`. An unknown address gets an account and a set-password
/// link valid [`INVITATION_VALIDITY`]; a known one gets the role and a notice. Either way the
/// caller learns nothing more than "sent". `compose` writes the message for the address.
pub async fn invite<F>(
    db: &Db,
    outbox: &Outbox,
    session: &Session,
    invitation: &Invitation<'_>,
    public_url: &str,
    compose: F,
) -> Result<(), ServiceError>
where
    F: FnOnce(&str, InvitationMail) -> Message,
{
    require_recent(session)?;
    let org = invitation.org;
    let email = Email::parse(invitation.email)?;
    let role: Role = invitation.role.parse()?;
    let token = crate::auth::random_token();
    let expires_at =
        lmip_storage::format_utc(time::OffsetDateTime::now_utc() + INVITATION_VALIDITY);
    let mut tx = db.write().await?;
    let invited = tx
        .invite(
            email.as_str(),
            org,
            role.as_str(),
            &sha256_hex(&token),
            &expires_at,
        )
        .await?;
    // The address is personal data: the row names the user by id only.
    audit(
        &mut tx,
        session,
        "membership.invite",
        "app_user",
        &invited.user_id,
        serde_json::json!({ "org": org, "role": role.as_str(), "new_account": invited.new_account }),
    )
    .await?;
    tx.commit().await?;
    let base = public_url.trim_end_matches('/');
    let mail = if invited.new_account {
        Some(InvitationMail::NewAccount {
            link: format!("{base}/account/set-password/{token}"),
            expires_at,
        })
    } else if invited.role_added {
        Some(InvitationMail::RoleAdded {
            sign_in: format!("{base}/account/sign-in"),
        })
    } else {
        None
    };
    if let Some(mail) = mail {
        outbox
            .queue(compose(email.as_str(), mail))
            .map_err(|e| ServiceError::Internal(e.to_string()))?;
    }
    Ok(())
}

/// Grants a role to a member of the organisation.
pub async fn grant(
    db: &Db,
    session: &Session,
    org: &str,
    user_id: &str,
    role: &str,
) -> Result<(), ServiceError> {
    require_recent(session)?;
    let role: Role = role.parse()?;
    if !db
        .members_of(org)
        .await?
        .iter()
        .any(|m| m.user_id == user_id)
    {
        return Err(MemberError::NotAMember.into());
    }
    let mut tx = db.write().await?;
    if tx.grant_role(user_id, org, role.as_str()).await? {
        audit(
            &mut tx,
            session,
            "membership.grant",
            "app_user",
            user_id,
            serde_json::json!({ "org": org, "role": role.as_str() }),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Withdraws a role; never the last administrator's.
pub async fn withdraw(
    db: &Db,
    session: &Session,
    org: &str,
    user_id: &str,
    role: &str,
) -> Result<(), ServiceError> {
    require_recent(session)?;
    let role: Role = role.parse()?;
    let mut tx = db.write().await?;
    if role == Role::Admin && tx.role_holders(org, Role::Admin.as_str()).await? <= 1 {
        return Err(MemberError::LastAdmin.into());
    }
    if tx.revoke_role(user_id, org, role.as_str()).await? {
        audit(
            &mut tx,
            session,
            "membership.withdraw",
            "app_user",
            user_id,
            serde_json::json!({ "org": org, "role": role.as_str() }),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    } else {
        Err(MemberError::NotAMember.into())
    }
}

/// Sets whether the organisation's members must use a second factor.
pub async fn require_second_factor(
    db: &Db,
    session: &Session,
    org: &str,
    required: bool,
) -> Result<(), ServiceError> {
    require_recent(session)?;
    let mut tx = db.write().await?;
    let org_id = tx.set_require_second_factor(org, required).await?;
    audit(
        &mut tx,
        session,
        "organisation.second_factor_rule",
        "organisation",
        &org_id,
        serde_json::json!({ "org": org, "required": required }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The members of an organisation.
pub async fn members(db: &Db, org: &str) -> Result<Vec<Member>, ServiceError> {
    if db.organisation_by_slug(org).await?.is_none() {
        return Err(lmip_storage::StorageError::NotFound {
            what: format!("the organisation '{org}'"),
        }
        .into());
    }
    Ok(db.members_of(org).await?)
}

/// What a new organisation is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOrg<'a> {
    /// Short name for addresses.
    pub slug: &'a str,
    /// Full name.
    pub name: &'a str,
    /// Kind (see [`OrgKind`]).
    pub kind: &'a str,
    /// ISO 3166-1 alpha-2 country, if any.
    pub country: Option<&'a str>,
}

/// Creates an organisation (the operator's administrators do this).
pub async fn create_organisation(
    db: &Db,
    session: &Session,
    org: &NewOrg<'_>,
) -> Result<(), ServiceError> {
    require_recent(session)?;
    check_slug(org.slug)?;
    let kind: OrgKind = org.kind.parse()?;
    if kind == OrgKind::Operator {
        // There is one operator organisation; it is made with the schema.
        return Err(lmip_domain::DomainError::UnknownOrgKind {
            given: kind.as_str().into(),
            known: OrgKind::ALL
                .iter()
                .filter(|k| **k != OrgKind::Operator)
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        }
        .into());
    }
    let name = org.name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(MemberError::BadName.into());
    }
    let country = match org.country.map(str::trim).filter(|c| !c.is_empty()) {
        Some(c) => {
            let c = c.to_uppercase();
            if !lmip_refdata::countries().iter().any(|k| k.alpha2 == c) {
                return Err(lmip_domain::DomainError::UnknownCode {
                    list: "ISO 3166-1".into(),
                    code: c,
                }
                .into());
            }
            Some(c)
        }
        None => None,
    };
    let mut tx = db.write().await?;
    let id = tx
        .create_organisation(&NewOrganisation {
            slug: org.slug,
            name,
            kind: kind.as_str(),
            country: country.as_deref(),
            website: None,
            source: None,
            is_sample: false,
        })
        .await?;
    audit(
        &mut tx,
        session,
        "organisation.create",
        "organisation",
        &id,
        serde_json::json!({ "slug": org.slug, "kind": kind.as_str() }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Whether an organisation is the one that runs the instance.
pub fn is_operator(org: &str) -> bool {
    org == OPERATOR_SLUG
}
