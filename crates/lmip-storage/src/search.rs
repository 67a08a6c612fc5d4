//! The search index (migrations 0016, 0020), in the database: one row per searchable document with
//! its segmented, folded `words`, matched by SQLite FTS5 (`search_fts`) or by PostgreSQL tsvectors
//! with a GIN index in a narrow table of their own (`search_match`: id and tsvector only, so the
//! first matches of a common word sit on few pages).
//! The two backends differ only in the matching clause; both receive the same words, built in Rust
//! by lmip-search, so they find the same documents.

use crate::db::{Backend, WriteTx};
use crate::{Db, StorageError};

from_row!(SearchHit {
    id,
    owner,
    kind,
    ref_,
    locale,
    countries,
    corridors,
    title,
    body,
    rank
});

/// A document to index.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchDoc {
    /// What it comes from ('content:SLUG', 'directory:SLUG', 'opportunity:ID').
    pub owner: String,
    /// guide, procedure, law, agreement, faq, news, directory or opportunity.
    pub kind: String,
    /// The short name or id its page is found by.
    pub ref_: String,
    /// Its language ('' for several).
    pub locale: String,
    /// Countries, space-padded.
    pub countries: String,
    /// Corridors, space-padded.
    pub corridors: String,
    /// Title as written.
    pub title: String,
    /// Plain text as written, for the snippet.
    pub body: String,
    /// Segmented, folded words (lmip-search's `index_text`).
    pub words: String,
    /// Searchable from (RFC 3339; '' for always).
    pub visible_from: String,
    /// Searchable until (RFC 3339, not included; '' for no end).
    pub visible_until: String,
}

/// A document found, best first.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    /// Its row.
    pub id: i64,
    /// What it comes from.
    pub owner: String,
    /// Its kind.
    pub kind: String,
    /// The short name or id of its page.
    pub ref_: String,
    /// Its language.
    pub locale: String,
    /// Countries, space-padded.
    pub countries: String,
    /// Corridors, space-padded.
    pub corridors: String,
    /// Title.
    pub title: String,
    /// Plain text.
    pub body: String,
    /// Relevance (higher is better on both backends).
    pub rank: f64,
}

/// A search: the folded query words (the last may be a word's beginning) and filters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchQuery {
    /// Folded words; every one must be in the document.
    pub words: Vec<String>,
    /// Only this kind.
    pub kind: Option<String>,
    /// Only about this country.
    pub country: Option<String>,
    /// Only about this corridor.
    pub corridor: Option<String>,
    /// Only in this language (documents in several languages always match).
    pub locale: Option<String>,
    /// The reader's language: documents in it come first.
    pub prefer_locale: String,
    /// Now (RFC 3339): documents not yet visible or past their end are left out.
    pub now: String,
    /// At most this many.
    pub limit: i64,
}

/// Filters travel inside the index as words of their own, each starting with a private-use
/// character that no folded word of a text holds (lmip-search drops it from queries): the kind,
/// the language (`any` for a document in several), each country and each route. A filter is
/// then one more word to match, and neither backend joins a table to apply it.
pub const FILTER_MARK: char = '\u{E000}';

/// The filter words of a document.
pub fn filter_words(d: &SearchDoc) -> String {
    let mut out = vec![
        format!("{FILTER_MARK}k{}", d.kind),
        format!(
            "{FILTER_MARK}l{}",
            if d.locale.is_empty() {
                "any"
            } else {
                &d.locale
            }
        ),
    ];
    for c in d.countries.split_whitespace() {
        out.push(format!("{FILTER_MARK}c{}", c.to_lowercase()));
    }
    for r in d.corridors.split_whitespace() {
        // Without the hyphen, which FTS5's tokenizer would split at.
        out.push(format!(
            "{FILTER_MARK}r{}",
            r.to_lowercase().replace('-', "")
        ));
    }
    out.join(" ")
}

/// The shortest last word read as the beginning of a word: "a" or "the" as prefixes would
/// match most of the index (each word of it is a term to rank), and nobody types three letters
/// of a longer word and stops.
pub const MIN_PREFIX: usize = 4;

/// The query's terms: its words (the last, if long enough, a prefix), then one group per filter.
fn terms(q: &SearchQuery) -> Vec<Vec<(String, bool)>> {
    let n = q.words.len();
    let mut out: Vec<Vec<(String, bool)>> = q
        .words
        .iter()
        .enumerate()
        .map(|(i, w)| vec![(w.clone(), i + 1 == n && w.chars().count() >= MIN_PREFIX)])
        .collect();
    let word =
        |prefix: char, v: &str| (format!("{FILTER_MARK}{prefix}{}", v.to_lowercase()), false);
    if let Some(k) = &q.kind {
        out.push(vec![word('k', k)]);
    }
    if let Some(c) = &q.country {
        out.push(vec![word('c', c)]);
    }
    if let Some(r) = &q.corridor {
        out.push(vec![word('r', &r.replace('-', ""))]);
    }
    if let Some(l) = &q.locale {
        out.push(vec![word('l', l), word('l', "any")]);
    }
    out
}

/// FTS5's query language: each word a quoted string (quotes doubled), a prefix marked with `*`,
/// alternatives in parentheses with OR, all groups required.
fn fts5_query(terms: &[Vec<(String, bool)>]) -> String {
    terms
        .iter()
        .map(|group| {
            let alts: Vec<String> = group
                .iter()
                .map(|(w, prefix)| {
                    let quoted = format!("\"{}\"", w.replace('"', "\"\""));
                    if *prefix { quoted + "*" } else { quoted }
                })
                .collect();
            if alts.len() == 1 {
                alts.concat()
            } else {
                format!("({})", alts.join(" OR "))
            }
        })
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// PostgreSQL's tsquery input form (not `to_tsquery`, which would parse the words again): each
/// word a quoted lexeme (quotes doubled, backslashes escaped), a prefix marked `:*`.
fn tsquery(terms: &[Vec<(String, bool)>]) -> String {
    terms
        .iter()
        .map(|group| {
            let alts: Vec<String> = group
                .iter()
                .map(|(w, prefix)| {
                    let quoted = format!("'{}'", w.replace('\\', "\\\\").replace('\'', "''"));
                    if *prefix { quoted + ":*" } else { quoted }
                })
                .collect();
            format!("({})", alts.join(" | "))
        })
        .collect::<Vec<_>>()
        .join(" & ")
}

/// How many matches are ranked: on SQLite the newest this many, on PostgreSQL the first this many
/// the index yields. A word found in tens of thousands of documents ("the") would otherwise cost
/// reading and ranking all of them (on PostgreSQL a heap page each); a query specific enough finds
/// fewer and is ranked whole (docs/benchmarks.md).
pub const RANKED: i64 = 200;

impl Db {
    /// The documents that hold every query word and filter, best first (the reader's language
    /// first among the best), visible on `now`.
    pub async fn search(&self, q: &SearchQuery) -> Result<Vec<SearchHit>, StorageError> {
        if q.words.is_empty() {
            return Ok(Vec::new());
        }
        let terms = terms(q);
        // 1. The matches' ids and ranks, from the index alone (bounded).
        let ranked: Vec<(i64, f64)> = match self.backend() {
            Backend::Sqlite => {
                sqlx::query_as(sqlx::AssertSqlSafe(format!(
                    "SELECT rowid, -bm25(search_fts) FROM search_fts WHERE search_fts MATCH $1 \
                     ORDER BY rowid DESC LIMIT {RANKED}"
                )))
                .bind(fts5_query(&terms))
                .fetch_all(self.pool())
                .await?
            }
            Backend::Postgres => {
                // Without an order, a bitmap scan stops after RANKED matches and visits at most that
                // many heap pages; ordering by id would visit every match's page first.
                sqlx::query_as(sqlx::AssertSqlSafe(format!(
                    "SELECT id, CAST(ts_rank(tsv, CAST($1 AS tsquery)) AS DOUBLE PRECISION) FROM \
                     (SELECT id, tsv FROM search_match WHERE tsv @@ CAST($1 AS tsquery) LIMIT {RANKED}) m"
                )))
                .bind(tsquery(&terms))
                .fetch_all(self.pool())
                .await?
            }
        };
        let mut ranked = ranked;
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(b.0.cmp(&a.0)));
        // 2. The best few, read whole, those not visible now left out (rare: scheduled versions,
        // past jobs), then the reader's language first among them.
        let limit = q.limit.clamp(1, 100) as usize;
        let mut out: Vec<SearchHit> = Vec::new();
        for chunk in ranked.chunks(limit * 3) {
            let ids: Vec<String> = chunk.iter().map(|(id, _)| id.to_string()).collect();
            // Integers from the index, not input.
            let rows: Vec<SearchHit> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT id, owner, kind, ref AS ref_, locale, countries, corridors, title, body, \
                 CAST(0 AS DOUBLE PRECISION) AS rank FROM search_doc WHERE id IN ({}) \
                 AND visible_from <= $1 AND (visible_until = '' OR visible_until > $1)",
                ids.join(", ")
            )))
            .bind(&q.now)
            .fetch_all(self.pool())
            .await?;
            for (id, rank) in chunk {
                if let Some(mut hit) = rows.iter().find(|r| r.id == *id).cloned() {
                    hit.rank = *rank;
                    out.push(hit);
                }
            }
            if out.len() >= limit {
                break;
            }
        }
        out.sort_by_key(|h| h.locale != q.prefer_locale);
        out.truncate(limit);
        Ok(out)
    }

    /// Refreshes the planner's statistics after a rebuild (PostgreSQL; SQLite needs none): with
    /// them, a common word is found by walking the newest documents instead of all matches.
    pub async fn analyze_search(&self) -> Result<(), StorageError> {
        if self.backend() == Backend::Postgres {
            sqlx::query("ANALYZE search_match")
                .execute(self.pool())
                .await?;
        }
        Ok(())
    }

    /// How many documents the index holds.
    pub async fn search_doc_count(&self) -> Result<i64, StorageError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM search_doc")
            .fetch_one(self.pool())
            .await?)
    }
}

impl WriteTx<'_> {
    /// Replaces every document of `owner` with `docs` (none: the owner leaves the index).
    pub async fn replace_search_docs(
        &mut self,
        owner: &str,
        docs: &[SearchDoc],
    ) -> Result<(), StorageError> {
        let index = match self.backend() {
            Backend::Sqlite => {
                "DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_doc WHERE owner = $1)"
            }
            Backend::Postgres => {
                "DELETE FROM search_match WHERE id IN (SELECT id FROM search_doc WHERE owner = $1)"
            }
        };
        sqlx::query(index).bind(owner).execute(self.conn()).await?;
        sqlx::query("DELETE FROM search_doc WHERE owner = $1")
            .bind(owner)
            .execute(self.conn())
            .await?;
        for d in docs {
            self.insert_search_doc(d).await?;
        }
        Ok(())
    }

    /// Empties the index (before rebuilding it).
    pub async fn clear_search(&mut self) -> Result<(), StorageError> {
        let index = match self.backend() {
            Backend::Sqlite => "DELETE FROM search_fts",
            Backend::Postgres => "DELETE FROM search_match",
        };
        sqlx::query(index).execute(self.conn()).await?;
        sqlx::query("DELETE FROM search_doc")
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Adds one document.
    pub async fn insert_search_doc(&mut self, d: &SearchDoc) -> Result<(), StorageError> {
        let words = format!("{} {}", d.words, filter_words(d));
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO search_doc (owner, kind, ref, locale, countries, corridors, title, body, words, \
             visible_from, visible_until) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(&d.owner)
        .bind(&d.kind)
        .bind(&d.ref_)
        .bind(&d.locale)
        .bind(&d.countries)
        .bind(&d.corridors)
        .bind(&d.title)
        .bind(&d.body)
        .bind(&words)
        .bind(&d.visible_from)
        .bind(&d.visible_until)
        .fetch_one(self.conn())
        .await?;
        let index = match self.backend() {
            Backend::Sqlite => "INSERT INTO search_fts (rowid, words) VALUES ($1, $2)",
            Backend::Postgres => {
                "INSERT INTO search_match (id, tsv) VALUES ($1, array_to_tsvector(string_to_array($2, ' ')))"
            }
        };
        sqlx::query(index)
            .bind(id)
            .bind(&words)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_quote_every_word_and_carry_filters() {
        let q = SearchQuery {
            words: vec!["it's".into(), "ab\"cd".into()],
            locale: Some("th".into()),
            ..Default::default()
        };
        assert_eq!(
            fts5_query(&terms(&q)),
            "\"it's\" AND \"ab\"\"cd\"* AND (\"\u{E000}lth\" OR \"\u{E000}lany\")"
        );
        assert_eq!(
            tsquery(&terms(&q)),
            "('it''s') & ('ab\"cd':*) & ('\u{E000}lth' | '\u{E000}lany')"
        );
        let d = SearchDoc {
            kind: "guide".into(),
            countries: " KH TH ".into(),
            corridors: " KH-TH ".into(),
            ..Default::default()
        };
        assert_eq!(
            filter_words(&d),
            "\u{E000}kguide \u{E000}lany \u{E000}ckh \u{E000}cth \u{E000}rkhth"
        );
    }
}
