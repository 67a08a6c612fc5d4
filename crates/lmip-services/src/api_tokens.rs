//! Tokens for machines, such as a statistics office's upload script.
//!
//! An organisation's administrator creates one with a name and some of the organisation's roles
//! (never `admin`: a script does not manage people); the token is shown once and only its SHA-256
//! is stored. A request presents it as `Authorization: Bearer lmip_…`. Revoked tokens are refused
//! with their own clear answer, so that the script's owner knows to ask for a new one.

use crate::ServiceError;
use crate::auth::{Session, require_recent, sha256_hex};
use lmip_domain::people::Role;
use lmip_storage::{ApiCaller, ApiTokenInfo, AuditEvent, Db};

/// The prefix that marks lmip tokens (secret scanners can look for it).
pub const PREFIX: &str = "lmip_";

/// A rule about tokens that a request broke.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    /// No role, or the admin role, was asked for.
    #[error("choose at least one role; a token cannot be an administrator")]
    BadRoles,
    /// The name is empty or too long.
    #[error("give the token a name of 1 to 100 characters, saying what uses it")]
    BadName,
}

/// A new token: shown once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreatedToken {
    /// Its id.
    pub id: String,
    /// The secret to give the machine.
    pub token: String,
}

/// What a presented token turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenCheck {
    /// Valid: who it stands for.
    Valid(ApiCaller),
    /// It was revoked.
    Revoked,
    /// Not a token lmip made.
    Unknown,
}

/// Creates a token for `org` carrying `roles`.
pub async fn create(
    db: &Db,
    session: &Session,
    org: &str,
    name: &str,
    roles: &[String],
) -> Result<CreatedToken, ServiceError> {
    require_recent(session)?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(TokenError::BadName.into());
    }
    let mut parsed: Vec<Role> = roles
        .iter()
        .map(|r| r.parse::<Role>())
        .collect::<Result<_, _>>()?;
    parsed.sort();
    parsed.dedup();
    if parsed.is_empty() || parsed.contains(&Role::Admin) {
        return Err(TokenError::BadRoles.into());
    }
    let roles: Vec<&str> = parsed.iter().map(|r| r.as_str()).collect();
    let token = format!("{PREFIX}{}", crate::auth::random_token());
    let mut tx = db.write().await?;
    let actor = format!("user:{}", session.user_id);
    let id = tx
        .create_api_token(org, name, &roles.join(" "), &sha256_hex(&token), &actor)
        .await?;
    tx.audit(&AuditEvent {
        actor: &actor,
        action: "api_token.create",
        entity: "api_token",
        entity_id: &id,
        detail: &serde_json::json!({ "org": org, "roles": roles }).to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(CreatedToken { id, token })
}

/// Revokes one of `org`'s tokens.
pub async fn revoke(db: &Db, session: &Session, org: &str, id: &str) -> Result<(), ServiceError> {
    require_recent(session)?;
    let mut tx = db.write().await?;
    tx.revoke_api_token(org, id).await?;
    tx.audit(&AuditEvent {
        actor: &format!("user:{}", session.user_id),
        action: "api_token.revoke",
        entity: "api_token",
        entity_id: id,
        detail: &serde_json::json!({ "org": org }).to_string(),
    })
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The organisation's tokens (never the secrets).
pub async fn list(db: &Db, org: &str) -> Result<Vec<ApiTokenInfo>, ServiceError> {
    Ok(db.api_tokens_of(org).await?)
}

/// Checks a presented token.
pub async fn check(db: &Db, presented: &str) -> Result<TokenCheck, ServiceError> {
    let Some(hex) = presented.strip_prefix(PREFIX) else {
        return Ok(TokenCheck::Unknown);
    };
    if hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(TokenCheck::Unknown);
    }
    Ok(match db.api_caller(&sha256_hex(presented)).await? {
        None => TokenCheck::Unknown,
        Some(c) if c.revoked_at.is_some() => TokenCheck::Revoked,
        Some(c) => {
            db.touch_api_token(&c.token_id).await?;
            TokenCheck::Valid(c)
        }
    })
}
