//! Creating users from the command line.

use crate::ServiceError;
use lmip_domain::people::{Email, Role};
use lmip_storage::{AuditEvent, Db, NewUser};
use rand::Rng;
use sha2::{Digest, Sha256};

/// How long a set-password link stays valid.
pub const SET_PASSWORD_VALIDITY: time::Duration = time::Duration::hours(72);

/// A user that was added, with the one-time link to choose a password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddedUser {
    /// The user's id.
    pub id: String,
    /// The normalised address.
    pub email: String,
    /// The one-time set-password link. Shown once; only its hash is stored.
    pub link: String,
    /// When the link expires (RFC 3339 UTC).
    pub expires_at: String,
}

/// Adds a user with one role in one organisation and makes a one-time set-password link. There is
/// never a default password.
pub async fn add(
    db: &Db,
    actor: &str,
    email: &str,
    org_slug: &str,
    role: &str,
    public_url: &str,
) -> Result<AddedUser, ServiceError> {
    let email = Email::parse(email)?;
    let role: Role = role.parse()?;
    let token = new_token();
    let token_hash = hex::encode(Sha256::digest(token.as_bytes()));
    let expires = time::OffsetDateTime::now_utc() + SET_PASSWORD_VALIDITY;
    let expires_at = lmip_storage::format_utc(expires);
    let mut tx = db.write().await?;
    let id = tx
        .create_user(&NewUser {
            email: email.as_str(),
            org_slug,
            role: role.as_str(),
            token_hash: &token_hash,
            token_expires_at: &expires_at,
        })
        .await?;
    // The address is personal data: the audit row names the user by id only.
    let detail = serde_json::json!({ "org": org_slug, "role": role.as_str() }).to_string();
    tx.audit(&AuditEvent {
        actor,
        action: "user.create",
        entity: "app_user",
        entity_id: &id,
        detail: &detail,
    })
    .await?;
    tx.commit().await?;
    Ok(AddedUser {
        id,
        email: email.as_str().to_string(),
        link: format!(
            "{}/account/set-password/{token}",
            public_url.trim_end_matches('/')
        ),
        expires_at,
    })
}

/// How long a password-reset link stays valid.
pub const RESET_VALIDITY: time::Duration = time::Duration::minutes(30);

/// Makes a one-time link to choose a new password (for someone who forgot theirs), valid 30
/// minutes. Using it ends every session of the account. An administrator's tool: it says when the
/// address has no account (the public sign-in page never does).
pub async fn reset_link(
    db: &Db,
    actor: &str,
    email: &str,
    public_url: &str,
) -> Result<AddedUser, ServiceError> {
    let email = Email::parse(email)?;
    let account = db.login_account(email.as_str()).await?.ok_or_else(|| {
        lmip_storage::StorageError::NotFound {
            what: format!("an account for {}", email.as_str()),
        }
    })?;
    let (token, expires_at) = issue_reset_token(db, &account.id, actor, "user.reset_link").await?;
    Ok(AddedUser {
        id: account.id,
        email: email.as_str().to_string(),
        link: format!(
            "{}/account/set-password/{token}",
            public_url.trim_end_matches('/')
        ),
        expires_at,
    })
}

/// Stores a new set-password token for an account, valid [`RESET_VALIDITY`], with its audit row
/// (`action`, by `actor`) in the same transaction. Returns the token and its expiry.
pub(crate) async fn issue_reset_token(
    db: &Db,
    account_id: &str,
    actor: &str,
    action: &str,
) -> Result<(String, String), ServiceError> {
    let token = new_token();
    let expires_at = lmip_storage::format_utc(time::OffsetDateTime::now_utc() + RESET_VALIDITY);
    let mut tx = db.write().await?;
    tx.create_token(
        account_id,
        &hex::encode(Sha256::digest(token.as_bytes())),
        "set_password",
        &expires_at,
    )
    .await?;
    tx.audit(&AuditEvent {
        actor,
        action,
        entity: "app_user",
        entity_id: account_id,
        detail: "{}",
    })
    .await?;
    tx.commit().await?;
    Ok((token, expires_at))
}

/// 256 random bits, URL-safe.
fn new_token() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    hex::encode(bytes)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use lmip_storage::testing::test_databases;

    #[tokio::test]
    async fn reset_links_replace_the_password_and_end_sessions() {
        for t in test_databases().await {
            let u = add(
                &t,
                "cli:test",
                "ana@example.org",
                "operator",
                "editor",
                "http://x",
            )
            .await
            .unwrap();
            let first = u.link.rsplit('/').next().unwrap().to_string();
            crate::auth::set_password(
                &t,
                &first,
                "the first passphrase",
                Default::default(),
                "test",
            )
            .await
            .unwrap();
            let signed = crate::auth::sign_in(
                &t,
                Default::default(),
                "ana@example.org",
                "the first passphrase",
                "t",
                "c",
            )
            .await
            .unwrap();
            let reset = reset_link(&t, "cli:test", "ANA@example.org", "http://x")
                .await
                .unwrap();
            let token = reset.link.rsplit('/').next().unwrap();
            crate::auth::set_password(
                &t,
                token,
                "the second passphrase",
                Default::default(),
                "test",
            )
            .await
            .unwrap();
            assert!(
                crate::auth::session(&t, &signed.cookie)
                    .await
                    .unwrap()
                    .is_none(),
                "{}",
                t.label
            );
            assert!(
                crate::auth::sign_in(
                    &t,
                    Default::default(),
                    "ana@example.org",
                    "the first passphrase",
                    "t",
                    "c"
                )
                .await
                .is_err()
            );
            crate::auth::sign_in(
                &t,
                Default::default(),
                "ana@example.org",
                "the second passphrase",
                "t",
                "c",
            )
            .await
            .unwrap();
            let e = reset_link(&t, "cli:test", "nobody@example.org", "http://x")
                .await
                .unwrap_err()
                .to_string();
            assert_eq!(e, "an account for nobody@example.org does not exist");
            // An expired link is refused like a used one.
            let mut tx = t.write().await.unwrap();
            tx.create_token(
                &u.id,
                &hex::encode(Sha256::digest(b"old")),
                "set_password",
                "2000-01-01T00:00:00.000000Z",
            )
            .await
            .unwrap();
            tx.commit().await.unwrap();
            let e = crate::auth::set_password(
                &t,
                "old",
                "a third passphrase!",
                Default::default(),
                "test",
            )
            .await
            .unwrap_err();
            assert_eq!(
                e.to_string(),
                crate::auth::AuthError::InvalidLink.to_string()
            );
        }
    }

    #[tokio::test]
    async fn adds_users_and_explains_bad_input() {
        for t in test_databases().await {
            let u = add(
                &t,
                "cli:test",
                "Admin@Example.org",
                "operator",
                "admin",
                "https://lmip.example/",
            )
            .await
            .unwrap();
            assert!(
                u.link
                    .starts_with("https://lmip.example/account/set-password/"),
                "{}",
                u.link
            );
            assert_eq!(
                u.link.len(),
                "https://lmip.example/account/set-password/".len() + 64
            );
            assert_eq!(
                t.memberships_of("admin@example.org").await.unwrap(),
                vec![("operator".into(), "admin".into())]
            );
            let row = &t.recent_audit(1).await.unwrap()[0];
            assert_eq!(
                (
                    row.action.as_str(),
                    row.actor.as_str(),
                    row.entity_id.as_str()
                ),
                ("user.create", "cli:test", u.id.as_str())
            );
            assert!(
                !row.detail.contains("example.org"),
                "personal data in the audit log: {}",
                row.detail
            );

            let e = add(
                &t,
                "cli:test",
                "admin@example.org",
                "operator",
                "admin",
                "x",
            )
            .await
            .unwrap_err()
            .to_string();
            assert_eq!(
                e, "a user with the address admin@example.org already exists",
                "{}",
                t.label
            );
            let e = add(&t, "cli:test", "not-an-address", "operator", "admin", "x")
                .await
                .unwrap_err()
                .to_string();
            assert!(e.contains("is not an e-mail address"), "{e}");
            let e = add(&t, "cli:test", "b@example.org", "operator", "root", "x")
                .await
                .unwrap_err()
                .to_string();
            assert!(e.contains("unknown role 'root'"), "{e}");
            let e = add(&t, "cli:test", "b@example.org", "ministry-x", "editor", "x")
                .await
                .unwrap_err()
                .to_string();
            assert_eq!(e, "the organisation 'ministry-x' does not exist");
        }
    }
}
