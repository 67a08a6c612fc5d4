//! Tokens for machines: created by an organisation's administrator, stored as a hash, scoped to the
//! organisation and some of its roles, revocable.

use crate::db::WriteTx;
use crate::{Db, Op, StorageError, new_id, now_utc_text};

/// A token as its organisation's administrators see it (never the token itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiTokenInfo {
    /// The token's id.
    pub id: String,
    /// What it is for, in the creator's words.
    pub name: String,
    /// The roles it carries, space-separated.
    pub roles: String,
    /// When it was made (RFC 3339 UTC).
    pub created_at: String,
    /// When it was last used, if ever.
    pub last_used_at: Option<String>,
    /// When it was revoked, if it was.
    pub revoked_at: Option<String>,
}

/// What a presented token stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiCaller {
    /// The token's id.
    pub token_id: String,
    /// The organisation's slug.
    pub org_slug: String,
    /// The roles, space-separated.
    pub roles: String,
    /// When it was revoked, if it was.
    pub revoked_at: Option<String>,
}

impl WriteTx<'_> {
    /// Stores a new token's hash; returns its id.
    pub async fn create_api_token(
        &mut self,
        org_slug: &str,
        name: &str,
        roles: &str,
        token_hash: &str,
        created_by: &str,
    ) -> Result<String, StorageError> {
        let org: Option<String> = sqlx::query_scalar("SELECT id FROM organisation WHERE slug = $1")
            .bind(org_slug)
            .fetch_optional(self.conn())
            .await?;
        let org = org.ok_or_else(|| StorageError::NotFound {
            what: format!("the organisation '{org_slug}'"),
        })?;
        let id = new_id();
        sqlx::query(
            "INSERT INTO api_token (id, org_id, name, roles, token_hash, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&id)
        .bind(&org)
        .bind(name)
        .bind(roles)
        .bind(token_hash)
        .bind(created_by)
        .bind(now_utc_text())
        .execute(self.conn())
        .await?;
        self.record_change("api_token", &id, Op::Insert).await?;
        Ok(id)
    }

    /// Revokes one of the organisation's tokens. Another organisation's token, an unknown id and
    /// a revoked token are all [`StorageError::NotFound`].
    pub async fn revoke_api_token(&mut self, org_slug: &str, id: &str) -> Result<(), StorageError> {
        let done = sqlx::query(
            "UPDATE api_token SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL \
             AND org_id = (SELECT id FROM organisation WHERE slug = $3)",
        )
        .bind(now_utc_text())
        .bind(id)
        .bind(org_slug)
        .execute(self.conn())
        .await?
        .rows_affected();
        if done == 0 {
            return Err(StorageError::NotFound {
                what: "this token".into(),
            });
        }
        self.record_change("api_token", id, Op::Update).await?;
        Ok(())
    }
}

impl Db {
    /// The organisation's tokens, newest first.
    pub async fn api_tokens_of(&self, org_slug: &str) -> Result<Vec<ApiTokenInfo>, StorageError> {
        type Row = (
            String,
            String,
            String,
            String,
            Option<String>,
            Option<String>,
        );
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT t.id, t.name, t.roles, t.created_at, t.last_used_at, t.revoked_at FROM api_token t \
             JOIN organisation o ON o.id = t.org_id WHERE o.slug = $1 ORDER BY t.created_at DESC, t.id",
        )
        .bind(org_slug)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(id, name, roles, created_at, last_used_at, revoked_at)| ApiTokenInfo {
                    id,
                    name,
                    roles,
                    created_at,
                    last_used_at,
                    revoked_at,
                },
            )
            .collect())
    }

    /// The token with this hash, revoked or not.
    pub async fn api_caller(&self, token_hash: &str) -> Result<Option<ApiCaller>, StorageError> {
        let row: Option<(String, String, String, Option<String>)> = sqlx::query_as(
            "SELECT t.id, o.slug, t.roles, t.revoked_at FROM api_token t \
             JOIN organisation o ON o.id = t.org_id WHERE t.token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(self.pool())
        .await?;
        Ok(
            row.map(|(token_id, org_slug, roles, revoked_at)| ApiCaller {
                token_id,
                org_slug,
                roles,
                revoked_at,
            }),
        )
    }

    /// Records a token's use (outside any transaction, at most as often as the caller asks).
    pub async fn touch_api_token(&self, id: &str) -> Result<(), StorageError> {
        sqlx::query("UPDATE api_token SET last_used_at = $1 WHERE id = $2")
            .bind(now_utc_text())
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
