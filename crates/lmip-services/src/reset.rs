//! "Forgot your password?": a one-time link by mail, valid 30 minutes.
//!
//! The answer is the same whether or not the address has an account, and it is given before any
//! work that depends on the answer: the look-up, the token and the message happen afterwards, in a
//! background task. The request itself is throttled per address and per client like sign-in (every
//! request counts, not only failures), so the form cannot be used to flood someone's mailbox.

use crate::ServiceError;
use crate::auth::{AuthError, count_failures, must_wait, sha256_hex};
use lmip_domain::people::Email;
use lmip_mail::{Message, Outbox};
use lmip_storage::Db;

/// Asks for a reset link for `email`. `compose` writes the message (in the asker's language) for
/// the address and the link; it is called only when the address has an account.
pub async fn request_reset<F>(
    db: &Db,
    outbox: &Outbox,
    email: &str,
    client: &str,
    public_url: &str,
    compose: F,
) -> Result<(), ServiceError>
where
    F: FnOnce(&str, &str) -> Message + Send + 'static,
{
    let email = Email::parse(email)?;
    let address_key = format!(
        "reset-address:{}",
        &sha256_hex(email.as_str().to_lowercase().as_str())[..32]
    );
    let client_key = format!("reset-client:{client}");
    if let Some(minutes) = must_wait(db, &[&address_key, &client_key]).await? {
        return Err(AuthError::TooManyAttempts { minutes }.into());
    }
    let mut tx = db.write().await?;
    count_failures(&mut tx, &[&address_key, &client_key]).await?;
    tx.commit().await?;
    let db = db.clone();
    let outbox = outbox.clone();
    let link_base = format!("{}/account/set-password/", public_url.trim_end_matches('/'));
    tokio::spawn(async move {
        if let Err(e) = send_link(&db, &outbox, email, &link_base, compose).await {
            tracing::error!(error = %e, "a password reset could not be prepared");
        }
    });
    Ok(())
}

async fn send_link<F>(
    db: &Db,
    outbox: &Outbox,
    email: Email,
    link_base: &str,
    compose: F,
) -> Result<(), ServiceError>
where
    F: FnOnce(&str, &str) -> Message,
{
    let Some(account) = db.login_account(email.as_str()).await? else {
        return Ok(());
    };
    if account.status == "disabled" {
        return Ok(());
    }
    let (token, _) =
        crate::users::issue_reset_token(db, &account.id, "anonymous", "user.reset_requested")
            .await?;
    outbox
        .queue(compose(email.as_str(), &format!("{link_base}{token}")))
        .map_err(|e| ServiceError::Internal(e.to_string()))
}
