//! Memberships and organisation settings: who holds which role where, invitations, the rule that an
//! organisation's members use a second factor.

use crate::db::WriteTx;
use crate::{Db, Op, StorageError, now_utc_text};

/// A member of an organisation, as its administrators see them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The user's id.
    pub user_id: String,
    /// The user's address.
    pub email: String,
    /// `invited`, `active` or `disabled`.
    pub status: String,
    /// Whether they use a second factor.
    pub second_factor: bool,
    /// Their roles in this organisation, sorted.
    pub roles: Vec<String>,
}

/// What an invitation did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invited {
    /// The user's id.
    pub user_id: String,
    /// True when the address had no account (the invitation carries a set-password link).
    pub new_account: bool,
    /// True when the role was added (false: they held it already).
    pub role_added: bool,
}

async fn org_id(tx: &mut WriteTx<'_>, slug: &str) -> Result<String, StorageError> {
    let id: Option<String> = sqlx::query_scalar("SELECT id FROM organisation WHERE slug = $1")
        .bind(slug)
        .fetch_optional(tx.conn())
        .await?;
    id.ok_or_else(|| StorageError::NotFound {
        what: format!("the organisation '{slug}'"),
    })
}

impl WriteTx<'_> {
    /// Grants a role in an organisation; `false` when it was held already.
    pub async fn grant_role(
        &mut self,
        user_id: &str,
        org_slug: &str,
        role: &str,
    ) -> Result<bool, StorageError> {
        let org = org_id(self, org_slug).await?;
        let held: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM membership WHERE user_id = $1 AND org_id = $2 AND role = $3",
        )
        .bind(user_id)
        .bind(&org)
        .bind(role)
        .fetch_one(self.conn())
        .await?;
        if held > 0 {
            return Ok(false);
        }
        sqlx::query(
            "INSERT INTO membership (user_id, org_id, role, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(user_id)
        .bind(&org)
        .bind(role)
        .bind(now_utc_text())
        .execute(self.conn())
        .await?;
        self.record_change("membership", user_id, Op::Insert)
            .await?;
        Ok(true)
    }

    /// Withdraws a role in an organisation; `false` when it was not held.
    pub async fn revoke_role(
        &mut self,
        user_id: &str,
        org_slug: &str,
        role: &str,
    ) -> Result<bool, StorageError> {
        let org = org_id(self, org_slug).await?;
        let done =
            sqlx::query("DELETE FROM membership WHERE user_id = $1 AND org_id = $2 AND role = $3")
                .bind(user_id)
                .bind(&org)
                .bind(role)
                .execute(self.conn())
                .await?
                .rows_affected();
        if done > 0 {
            self.record_change("membership", user_id, Op::Delete)
                .await?;
        }
        Ok(done > 0)
    }

    /// How many users hold `role` in the organisation (inside the transaction, so a check and a
    /// change agree).
    pub async fn role_holders(&mut self, org_slug: &str, role: &str) -> Result<i64, StorageError> {
        let org = org_id(self, org_slug).await?;
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM membership m JOIN app_user u ON u.id = m.user_id \
             WHERE m.org_id = $1 AND m.role = $2 AND u.status <> 'disabled'",
        )
        .bind(&org)
        .bind(role)
        .fetch_one(self.conn())
        .await?)
    }

    /// Invites an address into an organisation with a role: an unknown address becomes an invited
    /// account with a one-time set-password token; a known one gets the role.
    pub async fn invite(
        &mut self,
        email: &str,
        org_slug: &str,
        role: &str,
        token_hash: &str,
        expires_at: &str,
    ) -> Result<Invited, StorageError> {
        let existing: Option<String> =
            sqlx::query_scalar("SELECT id FROM app_user WHERE email_key = $1")
                .bind(email.to_lowercase())
                .fetch_optional(self.conn())
                .await?;
        if let Some(user_id) = existing {
            let role_added = self.grant_role(&user_id, org_slug, role).await?;
            return Ok(Invited {
                user_id,
                new_account: false,
                role_added,
            });
        }
        let user_id = self
            .create_user(&crate::NewUser {
                email,
                org_slug,
                role,
                token_hash,
                token_expires_at: expires_at,
            })
            .await?;
        Ok(Invited {
            user_id,
            new_account: true,
            role_added: true,
        })
    }

    /// Sets whether the organisation's members must use a second factor.
    pub async fn set_require_second_factor(
        &mut self,
        org_slug: &str,
        required: bool,
    ) -> Result<String, StorageError> {
        let org = org_id(self, org_slug).await?;
        sqlx::query(
            "UPDATE organisation SET require_second_factor = $1, updated_at = $2 WHERE id = $3",
        )
        .bind(i64::from(required))
        .bind(now_utc_text())
        .bind(&org)
        .execute(self.conn())
        .await?;
        self.record_change("organisation", &org, Op::Update).await?;
        Ok(org)
    }
}

impl Db {
    /// The members of an organisation with their roles there, by address.
    pub async fn members_of(&self, org_slug: &str) -> Result<Vec<Member>, StorageError> {
        let rows: Vec<(String, String, String, Option<String>, String)> = sqlx::query_as(
            "SELECT u.id, u.email, u.status, u.totp_secret, m.role FROM membership m \
             JOIN app_user u ON u.id = m.user_id JOIN organisation o ON o.id = m.org_id \
             WHERE o.slug = $1 ORDER BY u.email_key, m.role",
        )
        .bind(org_slug)
        .fetch_all(self.pool())
        .await?;
        let mut members: Vec<Member> = Vec::new();
        for (user_id, email, status, totp, role) in rows {
            match members.last_mut() {
                Some(m) if m.user_id == user_id => m.roles.push(role),
                _ => members.push(Member {
                    user_id,
                    email,
                    status,
                    second_factor: totp.is_some(),
                    roles: vec![role],
                }),
            }
        }
        Ok(members)
    }

    /// Whether any organisation the user belongs to requires a second factor.
    pub async fn second_factor_required(&self, user_id: &str) -> Result<bool, StorageError> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM membership m JOIN organisation o ON o.id = m.org_id \
             WHERE m.user_id = $1 AND o.require_second_factor = 1",
        )
        .bind(user_id)
        .fetch_one(self.pool())
        .await?;
        Ok(n > 0)
    }

    /// Whether the organisation requires a second factor of its members.
    pub async fn requires_second_factor(&self, org_slug: &str) -> Result<bool, StorageError> {
        let n: Option<i64> =
            sqlx::query_scalar("SELECT require_second_factor FROM organisation WHERE slug = $1")
                .bind(org_slug)
                .fetch_optional(self.pool())
                .await?;
        Ok(n.unwrap_or(0) != 0)
    }
}
