//! Content entries (migration 0014): the entry, its working text per language, its sources, and
//! its published versions.

use crate::db::WriteTx;
use crate::{Db, Op, StorageError, new_id, now_utc_text};

from_row!(ContentEntry {
    id,
    slug,
    kind,
    owner_id,
    owner,
    countries,
    corridors,
    topics,
    source_locale,
    review_days,
    status,
    revision,
    last_editor,
    verified_on,
    verified_by,
    structure,
    updated_at
});

/// A content entry with its owner's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentEntry {
    /// Its id.
    pub id: String,
    /// Its short name (in addresses).
    pub slug: String,
    /// guide, procedure, law, agreement, faq or news.
    pub kind: String,
    /// The owner organisation's id.
    pub owner_id: String,
    /// Its name.
    pub owner: String,
    /// Countries, space-padded.
    pub countries: String,
    /// Corridors, space-padded.
    pub corridors: String,
    /// Topics, space-padded.
    pub topics: String,
    /// The language written first.
    pub source_locale: String,
    /// Days between reviews.
    pub review_days: i64,
    /// Workflow status.
    pub status: String,
    /// Changes so far (for concurrent edits).
    pub revision: i64,
    /// Who last changed the text.
    pub last_editor: String,
    /// When it was last checked.
    pub verified_on: Option<String>,
    /// By which organisation.
    pub verified_by: Option<String>,
    /// A procedure's steps or an agreement's articles and provisions, in the text form the domain
    /// reads (`lmip_domain::procedures`, `lmip_domain::agreements`); empty for other kinds.
    pub structure: String,
    /// Last change.
    pub updated_at: String,
}

from_row!(ContentText {
    locale,
    title,
    summary,
    body,
    revision,
    based_on,
    steps,
    updated_at
});

/// The working text in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentText {
    /// Its language.
    pub locale: String,
    /// Title.
    pub title: String,
    /// One-paragraph summary.
    pub summary: String,
    /// Body, CommonMark.
    pub body: String,
    /// Changes to this text so far.
    pub revision: i64,
    /// For a translation: the source text's revision it follows.
    pub based_on: i64,
    /// A procedure's step texts in this language (`lmip_domain::procedures::parse_step_texts`).
    pub steps: String,
    /// Last change.
    pub updated_at: String,
}

impl ContentText {
    /// This text saved again with other revision numbers (a confirmed translation; a source whose
    /// procedure's steps changed).
    pub fn rewritten(&self, revision: i64, based_on: i64) -> TextWrite<'_> {
        TextWrite {
            locale: &self.locale,
            title: &self.title,
            summary: &self.summary,
            body: &self.body,
            steps: &self.steps,
            revision,
            based_on,
        }
    }
}

/// A source an entry cites.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct ContentSource {
    /// Who published it.
    pub publisher: String,
    /// Its title.
    pub title: String,
    /// Where to read it.
    #[serde(default)]
    pub url: String,
    /// When it was published (ISO date).
    #[serde(default)]
    pub published_on: Option<String>,
}

const ENTRY_SELECT: &str = "SELECT e.id, e.slug, e.kind, e.owner_id, o.name AS owner, e.countries, e.corridors, \
     e.topics, e.source_locale, e.review_days, e.status, e.revision, e.last_editor, e.verified_on, \
     e.verified_by, e.structure, e.updated_at FROM content_entry e JOIN organisation o ON o.id = e.owner_id";

impl Db {
    /// One entry.
    pub async fn content_entry(&self, slug: &str) -> Result<Option<ContentEntry>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{ENTRY_SELECT} WHERE e.slug = $1"
        )))
        .bind(slug)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Every entry, by owner then short name (the editors' queue and the freshness report).
    pub async fn content_entries(&self) -> Result<Vec<ContentEntry>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{ENTRY_SELECT} ORDER BY o.name, e.slug"
        )))
        .fetch_all(self.pool())
        .await?)
    }

    /// An entry's working texts, by language.
    pub async fn content_texts(&self, entry_id: &str) -> Result<Vec<ContentText>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT locale, title, summary, body, revision, based_on, steps, updated_at FROM content_text \
             WHERE entry_id = $1 ORDER BY locale",
        )
        .bind(entry_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// An entry's sources, in order.
    pub async fn content_sources(
        &self,
        entry_id: &str,
    ) -> Result<Vec<ContentSource>, StorageError> {
        let rows: Vec<(String, String, String, Option<String>)> = sqlx::query_as(
            "SELECT publisher, title, url, published_on FROM content_source WHERE entry_id = $1 ORDER BY seq",
        )
        .bind(entry_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(publisher, title, url, published_on)| ContentSource {
                publisher,
                title,
                url,
                published_on,
            })
            .collect())
    }

    /// The version readers see at `now` (RFC 3339): the latest published whose time has come.
    pub async fn content_public_version(
        &self,
        entry_id: &str,
        now: &str,
    ) -> Result<Option<(i64, String, String)>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT version, publish_at, snapshot FROM content_version WHERE entry_id = $1 AND publish_at <= $2 \
             ORDER BY version DESC LIMIT 1",
        )
        .bind(entry_id)
        .bind(now)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Every published version of an entry: (version, publish at, published by, snapshot).
    pub async fn content_versions(
        &self,
        entry_id: &str,
    ) -> Result<Vec<(i64, String, String, String)>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT version, publish_at, published_by, snapshot FROM content_version WHERE entry_id = $1 \
             ORDER BY version",
        )
        .bind(entry_id)
        .fetch_all(self.pool())
        .await?)
    }
}

/// Which published changes a feed lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChangeFilter {
    /// About this country (alpha-2).
    pub country: Option<String>,
    /// About this corridor ("KH-TH").
    pub corridor: Option<String>,
    /// Under this topic.
    pub topic: Option<String>,
}

impl Db {
    /// Published versions whose time has come, newest first, of entries not archived:
    /// (slug, kind, version, publish at, snapshot).
    pub async fn content_changes(
        &self,
        f: &ChangeFilter,
        now: &str,
        limit: i64,
    ) -> Result<Vec<(String, String, i64, String, String)>, StorageError> {
        let mut sql = String::from(
            "SELECT e.slug, e.kind, v.version, v.publish_at, v.snapshot FROM content_version v \
             JOIN content_entry e ON e.id = v.entry_id WHERE v.publish_at <= $1 AND e.status <> 'archived'",
        );
        let mut binds = vec![now.to_string()];
        for (column, value) in [
            ("e.countries", &f.country),
            ("e.corridors", &f.corridor),
            ("e.topics", &f.topic),
        ] {
            if let Some(v) = value {
                // The padding and wildcards go into the bound value, never into the statement.
                binds.push(format!("% {} %", v.replace(['%', '_'], "")));
                sql.push_str(&format!(" AND {column} LIKE ${}", binds.len()));
            }
        }
        // An integer, not input.
        sql.push_str(&format!(
            " ORDER BY v.publish_at DESC LIMIT {}",
            limit.clamp(1, 200)
        ));
        let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql));
        for b in &binds {
            q = q.bind(b);
        }
        Ok(q.fetch_all(self.pool()).await?)
    }
}

/// One language's working text, as saved.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TextWrite<'a> {
    /// Its language.
    pub locale: &'a str,
    /// Title.
    pub title: &'a str,
    /// Summary.
    pub summary: &'a str,
    /// Body.
    pub body: &'a str,
    /// A procedure's step texts.
    pub steps: &'a str,
    /// Changes to this text so far.
    pub revision: i64,
    /// For a translation: the source revision it follows.
    pub based_on: i64,
}

impl Db {
    /// Entries about a corridor or either of its countries whose published version readers see
    /// at `now`, with that version: (entry, version, publish at, snapshot).
    pub async fn content_for_corridor(
        &self,
        origin: &str,
        destination: &str,
        now: &str,
    ) -> Result<Vec<(ContentEntry, i64, String, String)>, StorageError> {
        let corridor = format!(
            "% {}-{} %",
            origin.replace(['%', '_'], ""),
            destination.replace(['%', '_'], "")
        );
        let o = format!("% {} %", origin.replace(['%', '_'], ""));
        let d = format!("% {} %", destination.replace(['%', '_'], ""));
        // Two reads at once (each a round trip on PostgreSQL).
        let entries = sqlx::query_as::<_, ContentEntry>(sqlx::AssertSqlSafe(format!(
            "{ENTRY_SELECT} WHERE e.status <> 'archived' AND (e.corridors LIKE $1 OR e.countries LIKE $2 \
             OR e.countries LIKE $3) ORDER BY e.slug"
        )))
        .bind(&corridor)
        .bind(&o)
        .bind(&d)
        .fetch_all(self.pool());
        let versions = sqlx::query_as::<_, (String, i64, String, String)>(
            "SELECT v.entry_id, v.version, v.publish_at, v.snapshot FROM content_version v \
             JOIN content_entry e ON e.id = v.entry_id \
             WHERE e.status <> 'archived' AND (e.corridors LIKE $1 OR e.countries LIKE $2 OR e.countries LIKE $3) \
             AND v.version = (SELECT MAX(w.version) FROM content_version w WHERE w.entry_id = v.entry_id \
             AND w.publish_at <= $4)",
        )
        .bind(&corridor)
        .bind(&o)
        .bind(&d)
        .bind(now)
        .fetch_all(self.pool());
        let (entries, versions) = tokio::try_join!(entries, versions)?;
        Ok(entries
            .into_iter()
            .filter_map(|e| {
                let (_, v, at, snap) = versions.iter().find(|(id, ..)| *id == e.id)?.clone();
                Some((e, v, at, snap))
            })
            .collect())
    }

    /// The corridors published entries are about ("KH-TH"), each once.
    pub async fn content_corridors(&self, now: &str) -> Result<Vec<String>, StorageError> {
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT DISTINCT e.corridors FROM content_entry e WHERE e.status <> 'archived' \
             AND EXISTS (SELECT 1 FROM content_version v WHERE v.entry_id = e.id AND v.publish_at <= $1)",
        )
        .bind(now)
        .fetch_all(self.pool())
        .await?;
        let mut out: Vec<String> = rows
            .iter()
            .flat_map(|(c,)| c.split_whitespace().map(str::to_string))
            .collect();
        out.sort();
        out.dedup();
        Ok(out)
    }
}

/// A new entry's facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewContentEntry<'a> {
    /// Short name.
    pub slug: &'a str,
    /// Kind.
    pub kind: &'a str,
    /// Owner organisation's id.
    pub owner_id: &'a str,
    /// Language written first.
    pub source_locale: &'a str,
    /// Days between reviews.
    pub review_days: i64,
}

impl WriteTx<'_> {
    /// The entry, read inside the transaction that changes it.
    pub async fn content_entry_in_tx(
        &mut self,
        slug: &str,
    ) -> Result<Option<ContentEntry>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{ENTRY_SELECT} WHERE e.slug = $1"
        )))
        .bind(slug)
        .fetch_optional(self.conn())
        .await?)
    }

    /// One working text, read inside the transaction.
    pub async fn content_text_in_tx(
        &mut self,
        entry_id: &str,
        locale: &str,
    ) -> Result<Option<ContentText>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT locale, title, summary, body, revision, based_on, steps, updated_at FROM content_text \
             WHERE entry_id = $1 AND locale = $2",
        )
        .bind(entry_id)
        .bind(locale)
        .fetch_optional(self.conn())
        .await?)
    }

    /// Creates an entry, a draft.
    pub async fn insert_content_entry(
        &mut self,
        e: &NewContentEntry<'_>,
        actor: &str,
    ) -> Result<String, StorageError> {
        let id = new_id();
        let now = now_utc_text();
        sqlx::query(
            "INSERT INTO content_entry (id, slug, kind, owner_id, source_locale, review_days, status, revision, \
             last_editor, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 'draft', 1, $7, $8, $8)",
        )
        .bind(&id)
        .bind(e.slug)
        .bind(e.kind)
        .bind(e.owner_id)
        .bind(e.source_locale)
        .bind(e.review_days)
        .bind(actor)
        .bind(&now)
        .execute(self.conn())
        .await
        .map_err(|err| StorageError::conflict_or(err, || format!("the short name {} is taken", e.slug)))?;
        self.record_change("content_entry", &id, Op::Insert).await?;
        Ok(id)
    }

    /// Moves an entry to the next revision if it is still at `expected`; false if someone else
    /// changed it first. `text_changed` makes `actor` the last editor.
    pub async fn bump_content_entry(
        &mut self,
        entry_id: &str,
        expected: i64,
        status: &str,
        actor: &str,
        text_changed: bool,
    ) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "UPDATE content_entry SET revision = revision + 1, status = $1, updated_at = $2, \
             last_editor = CASE WHEN $3 = 1 THEN $4 ELSE last_editor END \
             WHERE id = $5 AND revision = $6",
        )
        .bind(status)
        .bind(now_utc_text())
        .bind(i64::from(text_changed))
        .bind(actor)
        .bind(entry_id)
        .bind(expected)
        .execute(self.conn())
        .await?;
        if done.rows_affected() == 1 {
            self.record_change("content_entry", entry_id, Op::Update)
                .await?;
        }
        Ok(done.rows_affected() == 1)
    }

    /// Saves one language's working text with its revisions.
    pub async fn upsert_content_text(
        &mut self,
        entry_id: &str,
        t: &TextWrite<'_>,
        actor: &str,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO content_text (entry_id, locale, title, summary, body, revision, based_on, updated_by, \
             updated_at, steps) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
             ON CONFLICT (entry_id, locale) DO UPDATE SET title = excluded.title, summary = excluded.summary, \
             body = excluded.body, revision = excluded.revision, based_on = excluded.based_on, \
             updated_by = excluded.updated_by, updated_at = excluded.updated_at, steps = excluded.steps",
        )
        .bind(entry_id)
        .bind(t.locale)
        .bind(t.title)
        .bind(t.summary)
        .bind(t.body)
        .bind(t.revision)
        .bind(t.based_on)
        .bind(actor)
        .bind(now_utc_text())
        .bind(t.steps)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Sets a procedure's steps or an agreement's articles and provisions (canonical text).
    pub async fn set_content_structure(
        &mut self,
        entry_id: &str,
        structure: &str,
    ) -> Result<(), StorageError> {
        sqlx::query("UPDATE content_entry SET structure = $1 WHERE id = $2")
            .bind(structure)
            .bind(entry_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Sets an entry's countries, corridors, topics, review interval and sources.
    pub async fn set_content_details(
        &mut self,
        entry_id: &str,
        countries: &str,
        corridors: &str,
        topics: &str,
        review_days: i64,
        sources: &[ContentSource],
    ) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE content_entry SET countries = $1, corridors = $2, topics = $3, review_days = $4 WHERE id = $5",
        )
        .bind(countries)
        .bind(corridors)
        .bind(topics)
        .bind(review_days)
        .bind(entry_id)
        .execute(self.conn())
        .await?;
        sqlx::query("DELETE FROM content_source WHERE entry_id = $1")
            .bind(entry_id)
            .execute(self.conn())
            .await?;
        for (i, s) in sources.iter().enumerate() {
            sqlx::query(
                "INSERT INTO content_source (entry_id, seq, publisher, title, url, published_on) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(entry_id)
            .bind(i as i64)
            .bind(&s.publisher)
            .bind(&s.title)
            .bind(&s.url)
            .bind(s.published_on.as_deref())
            .execute(self.conn())
            .await?;
        }
        Ok(())
    }

    /// Records that the entry was checked on `on` by `by` (an organisation's name).
    pub async fn verify_content(
        &mut self,
        entry_id: &str,
        on: &str,
        by: &str,
    ) -> Result<(), StorageError> {
        sqlx::query("UPDATE content_entry SET verified_on = $1, verified_by = $2 WHERE id = $3")
            .bind(on)
            .bind(by)
            .bind(entry_id)
            .execute(self.conn())
            .await?;
        self.record_change("content_entry", entry_id, Op::Update)
            .await?;
        Ok(())
    }

    /// Stores a published version; returns its number.
    pub async fn insert_content_version(
        &mut self,
        entry_id: &str,
        publish_at: &str,
        actor: &str,
        snapshot: &str,
    ) -> Result<i64, StorageError> {
        let last: Option<i64> =
            sqlx::query_scalar("SELECT MAX(version) FROM content_version WHERE entry_id = $1")
                .bind(entry_id)
                .fetch_one(self.conn())
                .await?;
        let version = last.unwrap_or(0) + 1;
        sqlx::query(
            "INSERT INTO content_version (entry_id, version, publish_at, published_by, snapshot) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(entry_id)
        .bind(version)
        .bind(publish_at)
        .bind(actor)
        .bind(snapshot)
        .execute(self.conn())
        .await?;
        self.record_change("content_version", entry_id, Op::Insert)
            .await?;
        Ok(version)
    }
}
