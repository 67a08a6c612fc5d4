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
