//! lmip's use cases: what the web layer and the command line ask for, with the rules that apply.
//!
//! Each function validates its input with the domain's rules, calls storage, and returns a plain
//! result or a [`ServiceError`] that callers map to a localized page, a problem+json body or a
//! command-line message. Nothing here knows about HTTP.
#![forbid(unsafe_code)]

pub mod api_tokens;
pub mod audit;
pub mod auth;
pub mod cases;
pub mod codelists;
pub mod content;
pub mod content_files;
pub mod corridors;
pub mod demo;
pub mod directory;
mod error;
pub mod explorer;
pub mod ilostat;
pub mod licences;
pub mod markdown;
pub mod members;
pub mod opportunities;
pub mod releases;
pub mod reset;
pub mod scorecard;
pub mod sdmx;
pub mod search;
pub mod second_factor;
pub mod site;
pub mod sms;
pub mod structures;
pub mod submissions;
pub mod totp;
pub mod undesa;
pub mod users;
pub mod vault;
pub mod worldbank;

pub use error::ServiceError;
