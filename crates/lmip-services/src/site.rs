//! Facts about the installation that every page needs.

use crate::ServiceError;
use lmip_storage::Db;

/// The settings key that records that demo data was loaded.
pub(crate) const DEMO_KEY: &str = "demo_data_loaded_at";

/// What pages need to know about the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteInfo {
    /// Whether sample data was loaded (every page then shows a banner).
    pub demo: bool,
}

/// Reads the site facts.
pub async fn info(db: &Db) -> Result<SiteInfo, ServiceError> {
    Ok(SiteInfo {
        demo: db.setting(DEMO_KEY).await?.is_some(),
    })
}
