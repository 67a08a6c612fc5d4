//! Statistics in the SDMX information model.
//!
//! This crate starts with what every SDMX data query needs: the REST key syntax. The statistics
//! work (code lists, DSDs, dataflows, releases, and the SDMX-ML/JSON/CSV writers) grows it.
#![forbid(unsafe_code)]

pub mod builtin;
pub mod data;
pub mod key;
pub mod model;
pub mod query;
pub mod sdmx_ml;

pub use key::{KeyError, KeyFilter};
