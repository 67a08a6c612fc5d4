//! Database URLs: which backend, and where.

use crate::StorageError;
use std::path::PathBuf;

/// A parsed database URL.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// An SQLite file.
    Sqlite(PathBuf),
    /// A PostgreSQL server (the URL as given).
    Postgres(String),
}

impl DatabaseUrl {
    /// Parses `sqlite://PATH`, `sqlite:PATH`, `postgres://…` or `postgresql://…`.
    pub fn parse(url: &str) -> Result<DatabaseUrl, StorageError> {
        let url = url.trim();
        let (scheme, rest) = url
            .split_once(':')
            .ok_or_else(|| StorageError::InvalidUrl {
                reason: "it has no scheme; expected sqlite://PATH or postgres://USER@HOST/DATABASE"
                    .into(),
            })?;
        match scheme.to_ascii_lowercase().as_str() {
            "sqlite" => {
                let path = rest.strip_prefix("//").unwrap_or(rest);
                let path = path.split('?').next().unwrap_or("");
                if path.is_empty() || path == ":memory:" {
                    return Err(StorageError::InvalidUrl {
                        reason: "an SQLite URL needs a file path, e.g. sqlite://lmip-data/lmip.db"
                            .into(),
                    });
                }
                Ok(DatabaseUrl::Sqlite(PathBuf::from(path)))
            }
            "postgres" | "postgresql" => Ok(DatabaseUrl::Postgres(url.to_string())),
            other => Err(StorageError::UnknownScheme {
                given: other.chars().take(30).collect(),
            }),
        }
    }

    /// The URL with any password replaced by `***`, safe for logs and messages.
    pub fn redacted(&self) -> String {
        match self {
            DatabaseUrl::Sqlite(p) => format!("sqlite://{}", p.display()),
            DatabaseUrl::Postgres(u) => redact_password(u),
        }
    }
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.redacted())
    }
}

fn redact_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return "***".into();
    };
    let (authority, tail) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    // Passwords may contain '@'; the host follows the last one.
    let masked = match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{user}:***@{host}"),
            None => format!("{userinfo}@{host}"),
        },
        None => authority.to_string(),
    };
    // A password can also travel as a query parameter.
    let tail = match tail.find("password=") {
        Some(i) => {
            let end = tail[i..].find('&').map_or(tail.len(), |e| i + e);
            format!("{}password=***{}", &tail[..i], &tail[end..])
        }
        None => tail.to_string(),
    };
    format!("{scheme}://{masked}{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_schemes() {
        assert_eq!(
            DatabaseUrl::parse("sqlite://lmip-data/lmip.db").unwrap(),
            DatabaseUrl::Sqlite("lmip-data/lmip.db".into())
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:///tmp/x.db?mode=rwc").unwrap(),
            DatabaseUrl::Sqlite("/tmp/x.db".into())
        );
        assert!(matches!(
            DatabaseUrl::parse("postgresql://u@h/db").unwrap(),
            DatabaseUrl::Postgres(_)
        ));
        let e = DatabaseUrl::parse("mysql://root@localhost/x")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("unsupported database URL scheme 'mysql'") && e.contains("sqlite://"),
            "{e}"
        );
        assert!(DatabaseUrl::parse("lmip.db").is_err());
        assert!(DatabaseUrl::parse("sqlite://").is_err());
        assert!(DatabaseUrl::parse("sqlite::memory:").is_err());
    }

    #[test]
    fn redacts_passwords() {
        let u = DatabaseUrl::parse(
            "postgres://lmip:s3cr@t@db.example:5432/lmip?sslmode=require&password=x2",
        )
        .unwrap();
        let r = u.redacted();
        assert!(!r.contains("s3cr") && !r.contains("x2"), "{r}");
        assert_eq!(
            r,
            "postgres://lmip:***@db.example:5432/lmip?sslmode=require&password=***"
        );
        assert_eq!(format!("{u:?}"), r);
    }
}
