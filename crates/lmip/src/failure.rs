//! How a command fails: a message a person can act on, and an exit code (2 for bad usage or
//! configuration, 1 for any other failure).

use lmip_services::ServiceError;
use lmip_storage::StorageError;

/// A failed command.
#[derive(Debug)]
pub struct Failure {
    /// Exit code: 1 or 2.
    pub code: u8,
    /// What went wrong and what to do.
    pub message: String,
}

impl Failure {
    /// Bad usage or configuration (exit code 2).
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            code: 2,
            message: message.into(),
        }
    }

    /// Any other failure (exit code 1).
    pub fn failed(message: impl Into<String>) -> Failure {
        Failure {
            code: 1,
            message: message.into(),
        }
    }
}

impl From<StorageError> for Failure {
    fn from(e: StorageError) -> Failure {
        let code = match e {
            StorageError::UnknownScheme { .. }
            | StorageError::InvalidUrl { .. }
            | StorageError::DataDirNotWritable { .. }
            | StorageError::Unsupported(_) => 2,
            _ => 1,
        };
        Failure {
            code,
            message: e.to_string(),
        }
    }
}

impl From<ServiceError> for Failure {
    fn from(e: ServiceError) -> Failure {
        match e {
            ServiceError::Storage(s) => s.into(),
            ServiceError::Invalid(d) => Failure::usage(d.to_string()),
            other @ (ServiceError::Members(_)
            | ServiceError::Tokens(_)
            | ServiceError::Query(_)
            | ServiceError::Submission(_)
            | ServiceError::Licence(_)
            | ServiceError::Offer(_)
            | ServiceError::Scorecard(_)
            | ServiceError::Directory(_)
            | ServiceError::Content(_)
            | ServiceError::Corridor(_)
            | ServiceError::Search(_)
            | ServiceError::Case(_)) => Failure::usage(other.to_string()),
            other @ (ServiceError::BadFile { .. }
            | ServiceError::Auth(_)
            | ServiceError::Internal(_)) => Failure::failed(other.to_string()),
        }
    }
}
