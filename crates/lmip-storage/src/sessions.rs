//! Passwords, one-time tokens and server-side sessions (storage only; the rules are in services).

use crate::db::WriteTx;
use crate::{Db, StorageError, now_utc_text};

/// What sign-in needs to know about an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginAccount {
    /// The user's id.
    pub id: String,
    /// The PHC password hash, if a password was set.
    pub password_hash: Option<String>,
    /// `invited`, `active` or `disabled`.
    pub status: String,
    /// The confirmed TOTP secret, if the user has a second factor.
    pub totp_secret: Option<String>,
}

/// A stored session with its user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    /// The user's id.
    pub user_id: String,
    /// The user's address.
    pub email: String,
    /// The per-session form token.
    pub csrf_token: String,
    /// When the session began (absolute timeout counts from here).
    pub created_at: String,
    /// Last request (idle timeout counts from here).
    pub last_seen_at: String,
    /// Last time the password was entered (sensitive actions re-check it).
    pub authenticated_at: String,
    /// Set when signed out or revoked.
    pub revoked_at: Option<String>,
    /// Whether the user has a second factor.
    pub has_second_factor: bool,
}

/// A session to store.
#[derive(Debug, Clone)]
pub struct NewSession<'a> {
    /// SHA-256 of the cookie value, hex.
    pub id_hash: &'a str,
    /// The user.
    pub user_id: &'a str,
    /// The per-session form token.
    pub csrf_token: &'a str,
    /// The browser's description, shortened (for the sessions list).
    pub user_agent: &'a str,
}

impl WriteTx<'_> {
    /// Uses a one-time token of `purpose` if it is unused and unexpired at `now`: marks it used and
    /// returns its user. `None` for unknown, used or expired tokens alike.
    pub async fn consume_token(
        &mut self,
        token_hash: &str,
        purpose: &str,
        now: &str,
    ) -> Result<Option<String>, StorageError> {
        let user: Option<String> = sqlx::query_scalar(
            "SELECT user_id FROM one_time_token WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
        )
        .bind(token_hash)
        .bind(purpose)
        .bind(now)
        .fetch_optional(self.conn())
        .await?;
        if user.is_some() {
            sqlx::query("UPDATE one_time_token SET used_at = $1 WHERE token_hash = $2")
                .bind(now)
                .bind(token_hash)
                .execute(self.conn())
                .await?;
        }
        Ok(user)
    }

    /// Stores a one-time token (its hash) for a user.
    pub async fn create_token(
        &mut self,
        user_id: &str,
        token_hash: &str,
        purpose: &str,
        expires_at: &str,
    ) -> Result<(), StorageError> {
        sqlx::query("INSERT INTO one_time_token (token_hash, user_id, purpose, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(token_hash)
            .bind(user_id)
            .bind(purpose)
            .bind(expires_at)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Stores a new password hash, activates the account and ends all its sessions.
    pub async fn set_password_hash(
        &mut self,
        user_id: &str,
        phc: &str,
    ) -> Result<(), StorageError> {
        let now = now_utc_text();
        sqlx::query("UPDATE app_user SET password_hash = $1, password_changed_at = $2, status = 'active' WHERE id = $3")
            .bind(phc)
            .bind(&now)
            .bind(user_id)
            .execute(self.conn())
            .await?;
        self.revoke_user_sessions(user_id).await
    }

    /// Replaces a password hash with a stronger one of the same password (sessions stay).
    pub async fn replace_password_hash(
        &mut self,
        user_id: &str,
        phc: &str,
    ) -> Result<(), StorageError> {
        sqlx::query("UPDATE app_user SET password_hash = $1 WHERE id = $2")
            .bind(phc)
            .bind(user_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Stores (or, with `None`, removes) a user's confirmed TOTP secret.
    pub async fn set_totp(
        &mut self,
        user_id: &str,
        secret: Option<&str>,
    ) -> Result<(), StorageError> {
        sqlx::query("UPDATE app_user SET totp_secret = $1, totp_last_step = NULL WHERE id = $2")
            .bind(secret)
            .bind(user_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Accepts TOTP time step `step` for a user only if it is later than the last one accepted:
    /// a code cannot be used twice, even by two requests at once. `false` when refused.
    pub async fn use_totp_step(&mut self, user_id: &str, step: i64) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "UPDATE app_user SET totp_last_step = $1 WHERE id = $2              AND (totp_last_step IS NULL OR totp_last_step < $1)",
        )
        .bind(step)
        .bind(user_id)
        .execute(self.conn())
        .await?
        .rows_affected();
        Ok(done == 1)
    }

    /// Records that the session's user has just entered their password again.
    pub async fn reauthenticated(&mut self, id_hash: &str) -> Result<(), StorageError> {
        sqlx::query("UPDATE user_session SET authenticated_at = $1 WHERE id_hash = $2")
            .bind(now_utc_text())
            .bind(id_hash)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Ends every session of a user (password change, "sign out everywhere").
    pub async fn revoke_user_sessions(&mut self, user_id: &str) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE user_session SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
        )
        .bind(now_utc_text())
        .bind(user_id)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Stores a new session.
    pub async fn create_session(&mut self, s: &NewSession<'_>) -> Result<(), StorageError> {
        let now = now_utc_text();
        sqlx::query(
            "INSERT INTO user_session (id_hash, user_id, csrf_token, created_at, last_seen_at, authenticated_at, user_agent) \
             VALUES ($1, $2, $3, $4, $4, $4, $5)",
        )
        .bind(s.id_hash)
        .bind(s.user_id)
        .bind(s.csrf_token)
        .bind(&now)
        .bind(s.user_agent)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Ends one session.
    pub async fn revoke_session(&mut self, id_hash: &str) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE user_session SET revoked_at = $1 WHERE id_hash = $2 AND revoked_at IS NULL",
        )
        .bind(now_utc_text())
        .bind(id_hash)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}

impl Db {
    /// The account for an address (case-insensitive), if any.
    pub async fn login_account(&self, email: &str) -> Result<Option<LoginAccount>, StorageError> {
        self.account_where("email_key", &email.trim().to_lowercase())
            .await
    }

    /// A user's account by id (for re-checking a password or a second factor in a session).
    pub async fn account(&self, user_id: &str) -> Result<Option<LoginAccount>, StorageError> {
        self.account_where("id", user_id).await
    }

    /// The account whose `column` (`id` or `email_key`, never input) equals `value`.
    async fn account_where(
        &self,
        column: &'static str,
        value: &str,
    ) -> Result<Option<LoginAccount>, StorageError> {
        type Row = (String, Option<String>, String, Option<String>);
        let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT id, password_hash, status, totp_secret FROM app_user WHERE {column} = $1"
        )))
        .bind(value)
        .fetch_optional(self.pool())
        .await?;
        Ok(
            row.map(|(id, password_hash, status, totp_secret)| LoginAccount {
                id,
                password_hash,
                status,
                totp_secret,
            }),
        )
    }

    /// The user of a one-time token of `purpose` that is unused and unexpired at `now`, without
    /// using it.
    pub async fn token_user(
        &self,
        token_hash: &str,
        purpose: &str,
        now: &str,
    ) -> Result<Option<String>, StorageError> {
        Ok(sqlx::query_scalar(
            "SELECT user_id FROM one_time_token WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
        )
        .bind(token_hash)
        .bind(purpose)
        .bind(now)
        .fetch_optional(self.pool())
        .await?)
    }

    /// A session by the hash of its cookie value.
    pub async fn session(&self, id_hash: &str) -> Result<Option<SessionRecord>, StorageError> {
        type Row = (
            String,
            String,
            String,
            String,
            String,
            String,
            Option<String>,
            i64,
        );
        let row: Option<Row> = sqlx::query_as(
            "SELECT s.user_id, u.email, s.csrf_token, s.created_at, s.last_seen_at, s.authenticated_at, s.revoked_at, \
             CASE WHEN u.totp_secret IS NULL THEN 0 ELSE 1 END \
             FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.id_hash = $1",
        )
        .bind(id_hash)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(
            |(
                user_id,
                email,
                csrf_token,
                created_at,
                last_seen_at,
                authenticated_at,
                revoked_at,
                second,
            )| SessionRecord {
                user_id,
                email,
                csrf_token,
                created_at,
                last_seen_at,
                authenticated_at,
                revoked_at,
                has_second_factor: second != 0,
            },
        ))
    }

    /// Records activity on a session (outside any transaction: a lost update only shortens idle time).
    pub async fn touch_session(&self, id_hash: &str) -> Result<(), StorageError> {
        sqlx::query("UPDATE user_session SET last_seen_at = $1 WHERE id_hash = $2")
            .bind(now_utc_text())
            .bind(id_hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// A user's sessions that are still valid: not revoked, seen after `seen_after`, begun after
    /// `begun_after` (RFC 3339 text). Rows: (id hash, begun, last seen, browser), newest first.
    pub async fn active_sessions(
        &self,
        user_id: &str,
        seen_after: &str,
        begun_after: &str,
    ) -> Result<Vec<(String, String, String, String)>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT id_hash, created_at, last_seen_at, user_agent FROM user_session \
             WHERE user_id = $1 AND revoked_at IS NULL AND last_seen_at > $2 AND created_at > $3 \
             ORDER BY last_seen_at DESC",
        )
        .bind(user_id)
        .bind(seen_after)
        .bind(begun_after)
        .fetch_all(self.pool())
        .await?)
    }

    /// The roles of a user, as (organisation slug, organisation name, role).
    pub async fn roles_of(
        &self,
        user_id: &str,
    ) -> Result<Vec<(String, String, String)>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT o.slug, o.name, m.role FROM membership m JOIN organisation o ON o.id = m.org_id \
             WHERE m.user_id = $1 ORDER BY o.name, m.role",
        )
        .bind(user_id)
        .fetch_all(self.pool())
        .await?)
    }
}
