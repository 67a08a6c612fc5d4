//! Code lists: seeding the built-in reference data, reading lists, and operators' extensions.

use crate::db::WriteTx;
use crate::{Db, Op, StorageError};
use lmip_domain::Locale;

const REFDATA_VERSION_KEY: &str = "refdata_version";

/// One code with its names, as read from or written to storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRow {
    /// The code.
    pub code: String,
    /// Its parent in the list's hierarchy.
    pub parent: Option<String>,
    /// Display order.
    pub sort: i64,
    /// Names by locale code.
    pub names: Vec<(String, String)>,
}

/// A code list's description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodelistInfo {
    /// Identifier, e.g. `CL_COUNTRY`.
    pub id: String,
    /// English name.
    pub name: String,
    /// The standard it follows.
    pub standard: String,
    /// Whether lmip ships it (operators may still add codes).
    pub builtin: bool,
    /// Number of codes.
    pub codes: i64,
}

/// Loads the built-in reference data when the stored version differs from this binary's. Returns
/// whether it loaded. Existing codes are updated in place, so operators' additions survive.
pub(crate) async fn sync(db: &Db) -> Result<bool, StorageError> {
    if db.setting(REFDATA_VERSION_KEY).await?.as_deref() == Some(lmip_refdata::VERSION) {
        return Ok(false);
    }
    let mut tx = db.write().await?;
    for list in lmip_refdata::LISTS {
        sqlx::query(
            "INSERT INTO codelist (id, name, standard, is_builtin) VALUES ($1, $2, $3, 1) \
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, standard = excluded.standard, is_builtin = 1",
        )
        .bind(list.id)
        .bind(list.name)
        .bind(list.standard)
        .execute(tx.conn())
        .await?;
    }
    let codes = lmip_refdata::codes();
    let mut by_list: std::collections::BTreeMap<&str, Vec<CodeRow>> = Default::default();
    for c in codes {
        by_list.entry(c.list).or_default().push(CodeRow {
            code: c.code,
            parent: c.parent,
            sort: c.sort,
            names: c
                .names
                .into_iter()
                .map(|(l, n)| (l.code().to_string(), n))
                .collect(),
        });
    }
    for (list, rows) in &by_list {
        tx.upsert_codes(list, rows).await?;
    }
    for chunk in lmip_refdata::countries().chunks(100) {
        let mut sql = String::from(
            "INSERT INTO country (code, alpha3, numeric_code, is_asean, is_focus) VALUES ",
        );
        push_placeholders(&mut sql, chunk.len(), 5);
        sql.push_str(
            " ON CONFLICT (code) DO UPDATE SET alpha3 = excluded.alpha3, numeric_code = excluded.numeric_code, \
             is_asean = excluded.is_asean, is_focus = excluded.is_focus",
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for c in chunk {
            q = q
                .bind(c.alpha2)
                .bind(c.alpha3)
                .bind(i64::from(c.numeric))
                .bind(i64::from(c.asean))
                .bind(i64::from(c.focus));
        }
        q.execute(tx.conn()).await?;
    }
    tx.record_change("codelist", "*", Op::Update).await?;
    let detail = serde_json::json!({ "version": lmip_refdata::VERSION }).to_string();
    tx.audit(&crate::AuditEvent {
        actor: "system",
        action: "refdata.load",
        entity: "codelist",
        entity_id: "*",
        detail: &detail,
    })
    .await?;
    tx.set_setting(REFDATA_VERSION_KEY, lmip_refdata::VERSION)
        .await?;
    tx.commit().await?;
    tracing::info!(version = lmip_refdata::VERSION, "reference data loaded");
    Ok(true)
}

/// Appends `($1, $2, …), (…)` for `rows` rows of `cols` columns.
/// Appends `rows` groups of `cols` numbered placeholders: `($1, $2), ($3, $4)`.
pub(crate) fn push_placeholders(sql: &mut String, rows: usize, cols: usize) {
    use std::fmt::Write;
    for r in 0..rows {
        sql.push_str(if r == 0 { "(" } else { ", (" });
        for c in 0..cols {
            let _ = write!(
                sql,
                "{}${}",
                if c == 0 { "" } else { ", " },
                r * cols + c + 1
            );
        }
        sql.push(')');
    }
}

impl WriteTx<'_> {
    /// Inserts or updates codes and their names in an existing list.
    pub async fn upsert_codes(&mut self, list: &str, rows: &[CodeRow]) -> Result<(), StorageError> {
        for chunk in rows.chunks(200) {
            let mut sql =
                String::from("INSERT INTO code (list_id, code, parent_code, sort_order) VALUES ");
            push_placeholders(&mut sql, chunk.len(), 4);
            sql.push_str(
                " ON CONFLICT (list_id, code) DO UPDATE SET parent_code = excluded.parent_code, sort_order = excluded.sort_order",
            );
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for r in chunk {
                q = q
                    .bind(list)
                    .bind(r.code.as_str())
                    .bind(r.parent.as_deref())
                    .bind(r.sort);
            }
            q.execute(self.conn()).await?;
        }
        let names: Vec<(&str, &str, &str)> = rows
            .iter()
            .flat_map(|r| {
                r.names
                    .iter()
                    .map(move |(l, n)| (r.code.as_str(), l.as_str(), n.as_str()))
            })
            .collect();
        for chunk in names.chunks(200) {
            let mut sql =
                String::from("INSERT INTO code_name (list_id, code, locale, name) VALUES ");
            push_placeholders(&mut sql, chunk.len(), 4);
            sql.push_str(" ON CONFLICT (list_id, code, locale) DO UPDATE SET name = excluded.name");
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for (code, locale, name) in chunk {
                q = q.bind(list).bind(*code).bind(*locale).bind(*name);
            }
            q.execute(self.conn()).await?;
        }
        Ok(())
    }

    /// Creates an operator-defined code list (or leaves an existing one as it is).
    pub async fn ensure_codelist(&mut self, id: &str, name: &str) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO codelist (id, name, standard, is_builtin) VALUES ($1, $2, 'operator-defined', 0) \
             ON CONFLICT (id) DO NOTHING",
        )
        .bind(id)
        .bind(name)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}

impl Db {
    /// Every code list with its size.
    pub async fn codelists(&self) -> Result<Vec<CodelistInfo>, StorageError> {
        let rows: Vec<(String, String, String, i64, i64)> = sqlx::query_as(
            "SELECT l.id, l.name, l.standard, l.is_builtin, (SELECT COUNT(*) FROM code c WHERE c.list_id = l.id) \
             FROM codelist l ORDER BY l.id",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, name, standard, builtin, codes)| CodelistInfo {
                id,
                name,
                standard,
                builtin: builtin != 0,
                codes,
            })
            .collect())
    }

    /// The codes of one list with all their names, in display order.
    pub async fn codes(&self, list: &str) -> Result<Vec<CodeRow>, StorageError> {
        let exists: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM codelist WHERE id = $1")
            .bind(list)
            .fetch_one(self.pool())
            .await?;
        if exists == 0 {
            return Err(StorageError::NotFound {
                what: format!("code list {list}"),
            });
        }
        let codes: Vec<(String, Option<String>, i64)> =
            sqlx::query_as("SELECT code, parent_code, sort_order FROM code WHERE list_id = $1 ORDER BY sort_order, code")
                .bind(list)
                .fetch_all(self.pool())
                .await?;
        let names: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT code, locale, name FROM code_name WHERE list_id = $1 ORDER BY code, locale",
        )
        .bind(list)
        .fetch_all(self.pool())
        .await?;
        let mut by_code: std::collections::HashMap<String, Vec<(String, String)>> =
            Default::default();
        for (code, locale, name) in names {
            by_code.entry(code).or_default().push((locale, name));
        }
        Ok(codes
            .into_iter()
            .map(|(code, parent, sort)| {
                let names = by_code.remove(&code).unwrap_or_default();
                CodeRow {
                    code,
                    parent,
                    sort,
                    names,
                }
            })
            .collect())
    }

    /// The names of some codes of a list in a locale, falling back to English (codes without a
    /// name are left out). One query, for pages that show a few codes of a long list.
    pub async fn code_names_in(
        &self,
        list: &str,
        codes: &[String],
        locale: Locale,
    ) -> Result<std::collections::HashMap<String, String>, StorageError> {
        let mut out = std::collections::HashMap::new();
        for chunk in codes.chunks(200) {
            let list_sql: Vec<String> = (0..chunk.len()).map(|i| format!("${}", i + 3)).collect();
            let sql = format!(
                "SELECT code, locale, name FROM code_name WHERE list_id = $1 AND (locale = $2 OR locale = 'en') \
                 AND code IN ({})",
                list_sql.join(",")
            );
            let mut q = sqlx::query_as::<_, (String, String, String)>(sqlx::AssertSqlSafe(sql))
                .bind(list)
                .bind(locale.code());
            for c in chunk {
                q = q.bind(c);
            }
            for (code, l, name) in q.fetch_all(self.pool()).await? {
                // The locale's own name wins over the English fallback.
                if l != "en" || !out.contains_key(&code) {
                    out.insert(code, name);
                }
            }
        }
        Ok(out)
    }

    /// The name of a code in a locale, falling back to English; `None` if the code is unknown.
    /// The flag says whether the fallback was used.
    pub async fn code_name(
        &self,
        list: &str,
        code: &str,
        locale: Locale,
    ) -> Result<Option<(String, bool)>, StorageError> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT locale, name FROM code_name WHERE list_id = $1 AND code = $2 AND (locale = $3 OR locale = 'en')",
        )
        .bind(list)
        .bind(code)
        .bind(locale.code())
        .fetch_all(self.pool())
        .await?;
        let own = rows.iter().find(|(l, _)| l == locale.code());
        let en = rows.iter().find(|(l, _)| l == "en");
        Ok(own
            .map(|(_, n)| (n.clone(), false))
            .or_else(|| en.map(|(_, n)| (n.clone(), locale != Locale::En))))
    }
}
