//! Helpers shared by the services' test files.
#![allow(dead_code, clippy::unwrap_used)]

use std::path::PathBuf;

/// A file of the project's shared real datasets (../shared/data), or `None` with a printed notice
/// when this machine does not have it.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data")
        .join(rel);
    if p.exists() {
        Some(p)
    } else {
        println!("skipped: {} is absent", p.display());
        None
    }
}

/// A signed-in person with `role` in `org`, with a password set.
pub async fn person(
    db: &lmip_storage::Db,
    email: &str,
    org: &str,
    role: &str,
) -> lmip_services::auth::Session {
    use lmip_services::auth::{self, HashCost};
    const PASS: &str = "a long and unusual passphrase";
    let added = lmip_services::users::add(db, "test", email, org, role, "http://x")
        .await
        .unwrap();
    let token = added.link.rsplit('/').next().unwrap();
    auth::set_password(db, token, PASS, HashCost::default(), "test")
        .await
        .unwrap();
    let cookie = auth::sign_in(db, HashCost::default(), email, PASS, "t", "c")
        .await
        .unwrap()
        .cookie;
    auth::session(db, &cookie).await.unwrap().unwrap()
}

/// An entry to publish in a test: written by `user:w`, published by `user:r` on 2026-12-01.
#[derive(Default)]
pub struct Published<'a> {
    pub slug: &'a str,
    pub kind: &'a str,
    /// (language, title, body); the first is the source language.
    pub texts: &'a [(&'a str, &'a str, &'a str)],
    pub corridors: &'a str,
    pub countries: &'a str,
    pub structure: &'a str,
    /// The source language's steps' words.
    pub steps: &'a str,
}

/// Creates, writes, details, structures and publishes an entry.
pub async fn publish(t: &lmip_storage::Db, e: &Published<'_>) {
    use lmip_domain::content::Step;
    use lmip_services::content::{self, Details};
    let source = e.texts[0].0;
    content::create(t, "user:w", "operator", e.slug, e.kind, source, 90)
        .await
        .unwrap();
    let mut rev = 1;
    for (locale, title, body) in e.texts {
        rev = content::save_text(t, "user:w", e.slug, locale, title, "", body, "", rev)
            .await
            .unwrap()
            .revision;
    }
    rev = content::save_details(
        t,
        "user:w",
        e.slug,
        &Details {
            countries: e.countries,
            corridors: e.corridors,
            topics: vec![],
            review_days: 90,
            sources: "Ministry | The source",
        },
        rev,
    )
    .await
    .unwrap();
    if !e.structure.is_empty() {
        rev = content::save_structure(t, "user:w", e.slug, e.structure, rev)
            .await
            .unwrap();
    }
    if !e.steps.is_empty() {
        let (_, title, body) = e.texts[0];
        rev = content::save_text(t, "user:w", e.slug, source, title, "", body, e.steps, rev)
            .await
            .unwrap()
            .revision;
    }
    content::step(
        t,
        "user:w",
        "operator",
        e.slug,
        Step::Submit,
        "",
        rev,
        "2026-12-01",
    )
    .await
    .unwrap();
    content::step(
        t,
        "user:r",
        "operator",
        e.slug,
        Step::Publish,
        "",
        rev + 1,
        "2026-12-01",
    )
    .await
    .unwrap();
}
