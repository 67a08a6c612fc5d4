//! The public directory (migration 0012): organisations with their names in other languages and
//! scripts, services and locations, searched and filtered.

use crate::db::WriteTx;
use crate::{Db, Op, StorageError, new_id, now_utc_text};

from_row!(DirectoryOrg {
    id,
    slug,
    name,
    kind,
    country,
    website,
    source,
    verified_on,
    description,
    corridors,
    listed,
    is_sample
});

/// An organisation as the directory shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryOrg {
    /// Its id.
    pub id: String,
    /// Its short name.
    pub slug: String,
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: String,
    /// Its country.
    pub country: Option<String>,
    /// Its website.
    pub website: Option<String>,
    /// Where the facts come from.
    pub source: Option<String>,
    /// When they were last checked (ISO date).
    pub verified_on: Option<String>,
    /// What it does, in a sentence.
    pub description: String,
    /// Corridors served, space-padded (" KH-TH MM-TH ").
    pub corridors: String,
    /// 1 when shown in the public directory.
    pub listed: i64,
    /// 1 when part of the sample data.
    pub is_sample: i64,
}

from_row!(Location {
    address,
    city,
    country,
    phones,
    email,
    hours,
    languages
});

/// Where and when to reach an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// Street address.
    pub address: String,
    /// Town or city.
    pub city: String,
    /// Country (alpha-2).
    pub country: Option<String>,
    /// Phones, E.164, space-separated.
    pub phones: String,
    /// E-mail address.
    pub email: String,
    /// Opening hours, as written.
    pub hours: String,
    /// Languages spoken, codes, space-padded (" km th ").
    pub languages: String,
}

/// Which listed organisations to return.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DirectoryFilter {
    /// Search key that one of its names must contain (see `lmip_search::names::search_key`).
    pub name_key: Option<String>,
    /// Country.
    pub country: Option<String>,
    /// Kind.
    pub kind: Option<String>,
    /// A service it offers.
    pub service: Option<String>,
    /// A language spoken at one of its locations.
    pub language: Option<String>,
    /// Serving this corridor ("KH-TH").
    pub corridor: Option<String>,
    /// At most this many.
    pub limit: i64,
}

/// A directory entry's details, as an editor saves them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EntryDetails {
    /// Shown in the public directory.
    pub listed: bool,
    /// What it does.
    pub description: String,
    /// Corridors, space-padded.
    pub corridors: String,
    /// When the facts were checked (ISO date).
    pub verified_on: Option<String>,
    /// From what.
    pub source: String,
    /// Other names: (locale, name, search key). The main name is added by the caller too.
    pub names: Vec<(String, String, String)>,
    /// Services.
    pub services: Vec<String>,
    /// Locations.
    pub locations: Vec<Location>,
}

const ORG_COLUMNS: &str = "o.id, o.slug, o.name, o.kind, o.country, o.website, o.source, o.verified_on, \
     o.description, o.corridors, o.listed, o.is_sample";

fn placeholders(from: usize, n: usize) -> String {
    (from..from + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Db {
    /// Listed organisations matching a filter, by name.
    pub async fn directory(&self, f: &DirectoryFilter) -> Result<Vec<DirectoryOrg>, StorageError> {
        let mut conditions = vec!["o.listed = 1".to_string()];
        let mut binds: Vec<String> = Vec::new();
        let bind = |v: String, binds: &mut Vec<String>| {
            binds.push(v);
            format!("${}", binds.len())
        };
        if let Some(k) = &f.name_key {
            // The wildcards are added to the bound value, never spliced into the statement.
            let p = bind(format!("%{}%", k.replace(['%', '_'], "")), &mut binds);
            conditions.push(format!(
                "EXISTS (SELECT 1 FROM org_name n WHERE n.org_id = o.id AND n.search_key LIKE {p})"
            ));
        }
        if let Some(c) = &f.country {
            let p = bind(c.clone(), &mut binds);
            conditions.push(format!("o.country = {p}"));
        }
        if let Some(k) = &f.kind {
            let p = bind(k.clone(), &mut binds);
            conditions.push(format!("o.kind = {p}"));
        }
        if let Some(s) = &f.service {
            let p = bind(s.clone(), &mut binds);
            conditions.push(format!(
                "EXISTS (SELECT 1 FROM org_service s WHERE s.org_id = o.id AND s.kind = {p})"
            ));
        }
        if let Some(l) = &f.language {
            let p = bind(format!("% {} %", l.replace(['%', '_'], "")), &mut binds);
            conditions.push(format!(
                "EXISTS (SELECT 1 FROM org_location l WHERE l.org_id = o.id AND l.languages LIKE {p})"
            ));
        }
        if let Some(c) = &f.corridor {
            let p = bind(format!("% {} %", c.replace(['%', '_'], "")), &mut binds);
            conditions.push(format!("o.corridors LIKE {p}"));
        }
        // An integer, not input: written into the statement.
        let limit = f.limit.clamp(1, 500);
        let sql = format!(
            "SELECT {ORG_COLUMNS} FROM organisation o WHERE {} ORDER BY o.name LIMIT {limit}",
            conditions.join(" AND ")
        );
        let mut q = sqlx::query_as::<_, DirectoryOrg>(sqlx::AssertSqlSafe(sql));
        for b in &binds {
            q = q.bind(b);
        }
        Ok(q.fetch_all(self.pool()).await?)
    }

    /// Every organisation listed in the public directory (rebuilding the search index: no page
    /// limit).
    pub async fn directory_listed(&self) -> Result<Vec<DirectoryOrg>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {ORG_COLUMNS} FROM organisation o WHERE o.listed = 1 ORDER BY o.slug"
        )))
        .fetch_all(self.pool())
        .await?)
    }

    /// One organisation's directory entry, listed or not.
    pub async fn directory_org(&self, slug: &str) -> Result<Option<DirectoryOrg>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {ORG_COLUMNS} FROM organisation o WHERE o.slug = $1"
        )))
        .bind(slug)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Several organisations by slug, in one query (unknown slugs are left out).
    pub async fn directory_orgs(
        &self,
        slugs: &[String],
    ) -> Result<Vec<DirectoryOrg>, StorageError> {
        if slugs.is_empty() {
            return Ok(Vec::new());
        }
        let marks: Vec<String> = (1..=slugs.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT {ORG_COLUMNS} FROM organisation o WHERE o.slug IN ({})",
            marks.join(", ")
        );
        let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql));
        for slug in slugs {
            q = q.bind(slug);
        }
        Ok(q.fetch_all(self.pool()).await?)
    }

    /// The other names, services and locations of some organisations, by organisation id.
    #[allow(clippy::type_complexity)]
    pub async fn directory_details(
        &self,
        ids: &[String],
    ) -> Result<
        (
            Vec<(String, String, String)>,
            Vec<(String, String)>,
            Vec<(String, Location)>,
        ),
        StorageError,
    > {
        let (mut names, mut services, mut locations) = (Vec::new(), Vec::new(), Vec::new());
        for chunk in ids.chunks(200) {
            let list = placeholders(1, chunk.len());
            let mut q = sqlx::query_as::<_, (String, String, String)>(sqlx::AssertSqlSafe(
                format!(
                    "SELECT org_id, locale, name FROM org_name WHERE org_id IN ({list}) ORDER BY org_id, locale, name"
                ),
            ));
            for id in chunk {
                q = q.bind(id);
            }
            names.extend(q.fetch_all(self.pool()).await?);
            let mut q = sqlx::query_as::<_, (String, String)>(sqlx::AssertSqlSafe(format!(
                "SELECT org_id, kind FROM org_service WHERE org_id IN ({list}) ORDER BY org_id, kind"
            )));
            for id in chunk {
                q = q.bind(id);
            }
            services.extend(q.fetch_all(self.pool()).await?);
            let mut q = sqlx::query_as::<
                _,
                (
                    String,
                    String,
                    String,
                    Option<String>,
                    String,
                    String,
                    String,
                    String,
                ),
            >(sqlx::AssertSqlSafe(format!(
                "SELECT org_id, address, city, country, phones, email, hours, languages FROM org_location \
                     WHERE org_id IN ({list}) ORDER BY org_id, seq"
            )));
            for id in chunk {
                q = q.bind(id);
            }
            locations.extend(q.fetch_all(self.pool()).await?.into_iter().map(
                |(org, address, city, country, phones, email, hours, languages)| {
                    (
                        org,
                        Location {
                            address,
                            city,
                            country,
                            phones,
                            email,
                            hours,
                            languages,
                        },
                    )
                },
            ));
        }
        Ok((names, services, locations))
    }
}

impl WriteTx<'_> {
    /// Replaces an organisation's directory entry: its flags and facts, names, services and
    /// locations.
    pub async fn save_directory_entry(
        &mut self,
        org_id: &str,
        e: &EntryDetails,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE organisation SET listed = $1, description = $2, corridors = $3, verified_on = $4, \
             source = $5, updated_at = $6 WHERE id = $7",
        )
        .bind(i64::from(e.listed))
        .bind(&e.description)
        .bind(&e.corridors)
        .bind(e.verified_on.as_deref())
        .bind(&e.source)
        .bind(now_utc_text())
        .bind(org_id)
        .execute(self.conn())
        .await?;
        for table in ["org_name", "org_service", "org_location"] {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "DELETE FROM {table} WHERE org_id = $1"
            )))
            .bind(org_id)
            .execute(self.conn())
            .await?;
        }
        for (locale, name, key) in &e.names {
            sqlx::query(
                "INSERT INTO org_name (org_id, locale, name, search_key) VALUES ($1, $2, $3, $4)",
            )
            .bind(org_id)
            .bind(locale)
            .bind(name)
            .bind(key)
            .execute(self.conn())
            .await?;
        }
        for kind in &e.services {
            sqlx::query("INSERT INTO org_service (org_id, kind) VALUES ($1, $2)")
                .bind(org_id)
                .bind(kind)
                .execute(self.conn())
                .await?;
        }
        for (i, l) in e.locations.iter().enumerate() {
            sqlx::query(
                "INSERT INTO org_location (id, org_id, seq, address, city, country, phones, email, hours, languages) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .bind(new_id())
            .bind(org_id)
            .bind(i as i64)
            .bind(&l.address)
            .bind(&l.city)
            .bind(l.country.as_deref())
            .bind(&l.phones)
            .bind(&l.email)
            .bind(&l.hours)
            .bind(&l.languages)
            .execute(self.conn())
            .await?;
        }
        self.record_change("organisation", org_id, Op::Update)
            .await?;
        Ok(())
    }
}
