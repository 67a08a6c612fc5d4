//! Domain types and rules of lmip.
//!
//! This crate holds what lmip *means*, independent of how it is stored or shown: locales, roles, code
//! kinds, identifiers and their validation. It performs no I/O and knows nothing about HTTP or SQL, so
//! every other crate can depend on it and its rules are tested in isolation.
#![forbid(unsafe_code)]

pub mod agreements;
pub mod audio;
pub mod cases;
pub mod codes;
pub mod conduct;
pub mod content;
pub mod directory;
pub mod error;
pub mod locale;
pub mod offers;
pub mod people;
pub mod policy;
pub mod procedures;
pub mod reviews;
pub mod sms;
pub mod structure;

pub use error::DomainError;
pub use locale::Locale;
