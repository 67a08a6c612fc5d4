//! Statistics in the SDMX information model.
//!
//! The model (code lists, concepts, data structures, dataflows), the built-in structures, the
//! SDMX REST query syntax, the SDMX-ML/JSON/CSV writers, and the reading and validation of
//! focal points' uploads. No I/O beyond the readers it is handed.
#![forbid(unsafe_code)]

pub mod builtin;
pub mod data;
pub mod data_writer;
pub mod key;
pub mod model;
pub mod query;
pub mod sdmx_ml;
pub mod structure_in;
pub mod upload;

pub use key::{KeyError, KeyFilter};
