//! Organisations, users and their memberships (the part the foundation needs: the operator's
//! organisation, sample organisations, and `lmip user add`).

use crate::db::WriteTx;
use crate::{Db, Op, StorageError, new_id, now_utc_text};

/// The slug of the organisation that runs the instance, created with the schema.
pub use lmip_domain::people::OPERATOR_SLUG;

/// An organisation as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    /// Identifier.
    pub id: String,
    /// URL-safe unique name.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// Kind (see `lmip_domain::people::OrgKind`).
    pub kind: String,
    /// Country (alpha-2), if any.
    pub country: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// Where the facts about it come from.
    pub source: Option<String>,
    /// Part of the sample data.
    pub is_sample: bool,
}

/// An organisation to create.
#[derive(Debug, Clone)]
pub struct NewOrganisation<'a> {
    /// URL-safe unique name.
    pub slug: &'a str,
    /// Display name.
    pub name: &'a str,
    /// Kind.
    pub kind: &'a str,
    /// Country (alpha-2).
    pub country: Option<&'a str>,
    /// Website.
    pub website: Option<&'a str>,
    /// Source of the facts.
    pub source: Option<&'a str>,
    /// Part of the sample data.
    pub is_sample: bool,
}

/// A user to create, with one membership and a one-time set-password token.
#[derive(Debug, Clone)]
pub struct NewUser<'a> {
    /// The address as entered (normalised).
    pub email: &'a str,
    /// The organisation's slug.
    pub org_slug: &'a str,
    /// The role name.
    pub role: &'a str,
    /// SHA-256 of the one-time token, hex.
    pub token_hash: &'a str,
    /// When the token expires (RFC 3339 UTC text).
    pub token_expires_at: &'a str,
}

type OrgRow = (
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    i64,
);

fn org_from_row(r: OrgRow) -> Organisation {
    Organisation {
        id: r.0,
        slug: r.1,
        name: r.2,
        kind: r.3,
        country: r.4,
        website: r.5,
        source: r.6,
        is_sample: r.7 != 0,
    }
}

const ORG_COLUMNS: &str = "id, slug, name, kind, country, website, source, is_sample";

impl WriteTx<'_> {
    /// Creates an organisation; a taken slug is a [`StorageError::Conflict`].
    pub async fn create_organisation(
        &mut self,
        org: &NewOrganisation<'_>,
    ) -> Result<String, StorageError> {
        let id = new_id();
        let now = now_utc_text();
        sqlx::query(
            "INSERT INTO organisation (id, slug, name, kind, country, website, source, is_sample, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
        )
        .bind(&id)
        .bind(org.slug)
        .bind(org.name)
        .bind(org.kind)
        .bind(org.country)
        .bind(org.website)
        .bind(org.source)
        .bind(i64::from(org.is_sample))
        .bind(&now)
        .execute(self.conn())
        .await
        .map_err(|e| StorageError::conflict_or(e, || format!("an organisation with the short name '{}'", org.slug)))?;
        self.record_change("organisation", &id, Op::Insert).await?;
        Ok(id)
    }

    /// Creates a user with one membership and a one-time token. Returns the user's id.
    pub async fn create_user(&mut self, user: &NewUser<'_>) -> Result<String, StorageError> {
        let org_id: Option<String> =
            sqlx::query_scalar("SELECT id FROM organisation WHERE slug = $1")
                .bind(user.org_slug)
                .fetch_optional(self.conn())
                .await?;
        let org_id = org_id.ok_or_else(|| StorageError::NotFound {
            what: format!("the organisation '{}'", user.org_slug),
        })?;
        let id = new_id();
        let now = now_utc_text();
        sqlx::query("INSERT INTO app_user (id, email, email_key, status, created_at) VALUES ($1, $2, $3, 'invited', $4)")
            .bind(&id)
            .bind(user.email)
            .bind(user.email.to_lowercase())
            .bind(&now)
            .execute(self.conn())
            .await
            .map_err(|e| StorageError::conflict_or(e, || format!("a user with the address {}", user.email)))?;
        sqlx::query(
            "INSERT INTO membership (user_id, org_id, role, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(&id)
        .bind(&org_id)
        .bind(user.role)
        .bind(&now)
        .execute(self.conn())
        .await?;
        sqlx::query(
            "INSERT INTO one_time_token (token_hash, user_id, purpose, expires_at) VALUES ($1, $2, 'set_password', $3)",
        )
        .bind(user.token_hash)
        .bind(&id)
        .bind(user.token_expires_at)
        .execute(self.conn())
        .await?;
        self.record_change("app_user", &id, Op::Insert).await?;
        Ok(id)
    }
}

impl Db {
    /// Finds an organisation by slug.
    pub async fn organisation_by_slug(
        &self,
        slug: &str,
    ) -> Result<Option<Organisation>, StorageError> {
        let row: Option<OrgRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {ORG_COLUMNS} FROM organisation WHERE slug = $1"
        )))
        .bind(slug)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(org_from_row))
    }

    /// An organisation by its id.
    pub async fn organisation_by_id(&self, id: &str) -> Result<Option<Organisation>, StorageError> {
        let row: Option<OrgRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {ORG_COLUMNS} FROM organisation WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(org_from_row))
    }

    /// All organisations, by name.
    pub async fn organisations(&self) -> Result<Vec<Organisation>, StorageError> {
        let rows: Vec<OrgRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {ORG_COLUMNS} FROM organisation ORDER BY name"
        )))
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(org_from_row).collect())
    }

    /// Number of users.
    pub async fn user_count(&self) -> Result<i64, StorageError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM app_user")
            .fetch_one(self.pool())
            .await?)
    }

    /// The roles a user holds, as (organisation slug, role) pairs; empty for an unknown address.
    pub async fn memberships_of(&self, email: &str) -> Result<Vec<(String, String)>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT o.slug, m.role FROM membership m JOIN app_user u ON u.id = m.user_id \
             JOIN organisation o ON o.id = m.org_id WHERE u.email_key = $1 ORDER BY o.slug, m.role",
        )
        .bind(email.to_lowercase())
        .fetch_all(self.pool())
        .await?)
    }
}

/// Creates the operator organisation if it is missing (part of every migration run).
pub(crate) async fn ensure_operator(db: &Db) -> Result<(), StorageError> {
    if db.organisation_by_slug(OPERATOR_SLUG).await?.is_some() {
        return Ok(());
    }
    let mut tx = db.write().await?;
    let id = tx
        .create_organisation(&NewOrganisation {
            slug: OPERATOR_SLUG,
            name: "Portal operator",
            kind: "operator",
            country: None,
            website: None,
            source: None,
            is_sample: false,
        })
        .await?;
    tx.audit(&crate::AuditEvent {
        actor: "system",
        action: "organisation.create",
        entity: "organisation",
        entity_id: &id,
        detail: r#"{"slug":"operator"}"#,
    })
    .await?;
    tx.commit().await
}
