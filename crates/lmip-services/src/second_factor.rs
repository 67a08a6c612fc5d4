//! Turning the second factor (TOTP) on and off for one's own account.
//!
//! Turning it on shows a new secret (as a QR code and as text) and asks for a code from the app:
//! only a secret that produced a right code is stored, so nobody is locked out by a bad scan. Both
//! changes need a recent password; turning it off also needs a current code, and is refused when
//! one of the user's organisations requires a second factor.

use crate::ServiceError;
use crate::auth::{AuthError, Session, audit_own_account, require_recent};
use crate::totp;
use lmip_storage::Db;

/// A secret to set up in an authenticator app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolment {
    /// The secret, base32 (for typing in).
    pub secret: String,
    /// The `otpauth://` address (for the QR code).
    pub url: String,
}

/// A new secret for the signed-in user; nothing is stored yet.
pub fn begin(session: &Session, issuer: &str) -> Result<Enrolment, ServiceError> {
    let secret = totp::new_secret();
    let url = totp::otpauth_url(&secret, issuer, &session.email)
        .ok_or_else(|| ServiceError::Internal("could not build an otpauth address".into()))?;
    Ok(Enrolment { secret, url })
}

/// Stores `secret` as the user's second factor if `code` is right for it now.
pub async fn enable(
    db: &Db,
    session: &Session,
    secret: &str,
    code: &str,
) -> Result<(), ServiceError> {
    require_recent(session)?;
    let Some(step) = totp::check(secret, code) else {
        return Err(AuthError::WrongCode.into());
    };
    let mut tx = db.write().await?;
    tx.set_totp(&session.user_id, Some(secret)).await?;
    tx.use_totp_step(&session.user_id, step).await?;
    audit_own_account(&mut tx, &session.user_id, "user.second_factor_on").await?;
    tx.commit().await?;
    Ok(())
}

/// Removes the user's second factor, with a current code from it.
pub async fn disable(db: &Db, session: &Session, code: &str) -> Result<(), ServiceError> {
    require_recent(session)?;
    if db.second_factor_required(&session.user_id).await? {
        return Err(AuthError::SecondFactorMandatory.into());
    }
    let secret = db
        .account(&session.user_id)
        .await?
        .and_then(|a| a.totp_secret)
        .unwrap_or_default();
    let step = totp::check(&secret, code);
    let mut tx = db.write().await?;
    let accepted = match step {
        Some(step) => tx.use_totp_step(&session.user_id, step).await?,
        None => false,
    };
    if !accepted {
        return Err(AuthError::WrongCode.into());
    }
    tx.set_totp(&session.user_id, None).await?;
    audit_own_account(&mut tx, &session.user_id, "user.second_factor_off").await?;
    tx.commit().await?;
    Ok(())
}
