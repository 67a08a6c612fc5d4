//! The application state shared by all handlers.

use crate::assets::Assets;
use crate::cache::PageCache;
use lmip_i18n::Catalog;
use lmip_mail::{Mailer, Outbox, Sent};
use lmip_services::auth::HashCost;
use lmip_storage::Db;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::time::Duration;

/// Settings of the HTTP layer.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The address people reach the portal at, e.g. `https://lmip.example.org` (for links in
    /// messages; pages use relative links).
    pub public_url: String,
    /// How often to look at the change log for new data (other instances' writes).
    pub data_poll_interval: Duration,
    /// Largest number of rendered pages kept in the cache.
    pub cache_pages: usize,
    /// `max-age` of public pages, in seconds; after it, clients revalidate with the ETag.
    pub page_max_age: u32,
    /// Whether to serve `/metrics` on this listener.
    pub metrics: bool,
    /// Reverse proxies whose `X-Forwarded-For` is believed (never believed from anyone else).
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Argon2id cost for new password hashes (older, weaker hashes are upgraded at sign-in).
    pub hash_cost: HashCost,
    /// Where mail goes. `None` keeps messages in memory ([`AppState::sent_mail`]) and logs a
    /// warning: the command line always sets it (SMTP, or a directory of `.eml` files).
    pub outbox: Option<Outbox>,
    /// The keys that seal complainants' personal data, checked against the database at start (a
    /// key that does not open its cases stops the start). `None` makes a new key for this process
    /// only (tests, benchmarks); the command line always loads the operator's keys.
    pub case_keys: Option<lmip_services::vault::Keyring>,
    /// Where "leave quickly" on complaint pages goes: a neutral page.
    pub quick_exit_url: String,
    /// The secret an SMS gateway proves itself with (`POST /channels/sms`); `None` turns the
    /// channel off (404).
    pub sms_secret: Option<Secret>,
    /// Where replies are sent, when the gateway wants them posted rather than in the answer to
    /// its own request.
    pub sms_outbound: Option<SmsOutbound>,
}

/// The SMS gateway's "send" endpoint.
#[derive(Debug, Clone)]
pub struct SmsOutbound {
    /// The checked address (see `lmip_outbound`: internal networks refused unless allowed).
    pub endpoint: lmip_outbound::Endpoint,
    /// Form-encoded (`to`, `from`, `text`) rather than JSON.
    pub form: bool,
}

/// A secret setting: its `Debug` form never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            public_url: "http://127.0.0.1:8080".into(),
            data_poll_interval: Duration::from_secs(2),
            cache_pages: 2_000,
            page_max_age: 60,
            metrics: true,
            trusted_proxies: Vec::new(),
            hash_cost: HashCost::default(),
            outbox: None,
            case_keys: None,
            quick_exit_url: QUICK_EXIT_URL.into(),
            sms_secret: None,
            sms_outbound: None,
        }
    }
}

/// The default neutral page "leave quickly" goes to: a weather search looks ordinary on any phone.
pub const QUICK_EXIT_URL: &str = "https://www.google.com/search?q=weather";

/// Data answers streamed at once (the pool holds 8 connections by default).
const DATA_STREAMS: usize = 4;

/// Shared state. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub db: Db,
    pub catalog: Catalog,
    pub cache: PageCache,
    pub assets: Assets,
    pub config: WebConfig,
    /// The change-log position the cached pages reflect.
    pub data_version: AtomicI64,
    /// Whether demo data is loaded (refreshed with the data version).
    pub demo: AtomicBool,
    /// `Cache-Control` of public pages, built once.
    pub page_cache_control: axum::http::HeaderValue,
    /// The mail queue.
    pub outbox: Outbox,
    /// Messages kept in memory when no outbox was configured.
    pub sent: Sent,
    /// Data answers being streamed: each holds a database connection while its client reads,
    /// so at most half the pool serves them and the pages keep the rest.
    pub data_streams: Arc<tokio::sync::Semaphore>,
    /// Word segmentation and folding for names and search.
    pub segmenter: lmip_search::Segmenter,
    /// Licensed agencies' names in memory for the verify page (rebuilt when the register changes).
    pub agency_names: lmip_services::licences::AgencyNames,
    /// The keys that seal complainants' personal data.
    pub keys: lmip_services::vault::Keyring,
    /// Numbers, dates and collation of every locale (ICU4X).
    pub formats: lmip_format::Formats,
    /// The text-message channel's words (built at its first message).
    pub sms_words: tokio::sync::OnceCell<crate::sms::SmsWords>,
}

impl AppState {
    /// Builds the state: loads translations, reads the data version and site facts.
    pub async fn new(db: Db, config: WebConfig) -> Result<AppState, crate::WebError> {
        crate::observe::init();
        let catalog = Catalog::load().map_err(|e| crate::WebError::Startup(e.to_string()))?;
        let version = db.data_version().await?;
        let demo = lmip_services::site::info(&db).await?.demo;
        let cache = PageCache::new(config.cache_pages);
        let (outbox, sent) = match &config.outbox {
            Some(o) => (o.clone(), Sent::default()),
            None => {
                tracing::warn!("no mail transport configured: messages are kept in memory only");
                let (mailer, sent) = Mailer::memory("lmip@localhost")
                    .map_err(|e| crate::WebError::Startup(e.to_string()))?;
                (Outbox::start(mailer), sent)
            }
        };
        // The operator's keys must open the database's sealed data (a wrong or lost key file stops
        // the start). A process without configured keys (tests, benchmarks) seals with a key of its
        // own and does not mark the database as sealed under it.
        let keys = match &config.case_keys {
            Some(keys) => {
                lmip_services::cases::check_keys(&db, keys)
                    .await
                    .map_err(|e| crate::WebError::Startup(e.to_string()))?;
                keys.clone()
            }
            None => lmip_services::vault::Keyring::generate(),
        };
        let page_cache_control =
            axum::http::HeaderValue::from_str(&format!("public, max-age={}", config.page_max_age))
                .unwrap_or_else(|_| axum::http::HeaderValue::from_static("public, max-age=60"));
        Ok(AppState {
            inner: Arc::new(Inner {
                db,
                catalog,
                cache,
                assets: Assets::new(),
                config,
                data_version: AtomicI64::new(version),
                demo: AtomicBool::new(demo),
                page_cache_control,
                outbox,
                sent,
                data_streams: Arc::new(tokio::sync::Semaphore::new(DATA_STREAMS)),
                segmenter: lmip_search::Segmenter::new(),
                agency_names: Default::default(),
                keys,
                sms_words: tokio::sync::OnceCell::new(),
                formats: lmip_format::Formats::new()
                    .map_err(|e| crate::WebError::Startup(e.to_string()))?,
            }),
        })
    }

    /// The database.
    pub fn db(&self) -> &Db {
        &self.inner.db
    }

    /// Messages "sent" when no outbox was configured (tests read links from them).
    pub fn sent_mail(&self) -> Vec<lmip_mail::Message> {
        self.inner
            .sent
            .lock()
            .map(|m| m.clone())
            .unwrap_or_default()
    }

    /// The data version that cached pages are keyed on.
    pub fn data_version(&self) -> i64 {
        self.inner.data_version.load(Ordering::Acquire)
    }

    /// Reads the change log once and, when it moved, updates the data version (which retires every
    /// cached page) and the site facts. Called by [`AppState::follow_changes`] and by tests.
    pub async fn refresh(&self) -> Result<bool, crate::WebError> {
        let latest = self.inner.db.data_version().await?;
        if latest == self.data_version() {
            return Ok(false);
        }
        let demo = lmip_services::site::info(&self.inner.db).await?.demo;
        self.inner.demo.store(demo, Ordering::Release);
        self.inner.data_version.store(latest, Ordering::Release);
        Ok(true)
    }

    /// Follows the change log until the process ends: this is how writes by this or any other
    /// instance reach the page cache. Errors are logged and retried at the next tick.
    pub async fn follow_changes(self) {
        let mut tick = tokio::time::interval(self.inner.config.data_poll_interval);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = self.refresh().await {
                tracing::warn!(error = %e, "could not read the change log");
            }
        }
    }
}
