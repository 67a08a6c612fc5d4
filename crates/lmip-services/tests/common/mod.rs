//! Helpers shared by the services' test files.
#![allow(dead_code)]

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
