//! Errors of the HTTP layer and their one mapping to responses.
//!
//! Handlers return `Result<_, WebError>`. A `WebError` becomes a bare response carrying an
//! [`ErrorPage`] marker; the `render_errors` middleware, which knows the request's locale, turns every
//! marked response into the localized HTML error page. Internal details are logged with the
//! request id and never shown; the page shows only the id as a reference.

use axum::body::Body;
use axum::http::{Response, StatusCode};
use axum::response::IntoResponse;

/// What went wrong while answering a request.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// Nothing here (or not for you: the same answer, so existence is not revealed).
    #[error("not found")]
    NotFound,
    /// A form that failed its CSRF check, or came from another site.
    #[error("forbidden")]
    Forbidden,
    /// The request is malformed.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// The body is larger than the route takes.
    #[error("payload too large")]
    PayloadTooLarge,
    /// A form with fields it does not have.
    #[error("unprocessable form")]
    Unprocessable,
    /// The database is unreachable or overloaded.
    #[error("service unavailable: {0}")]
    Unavailable(String),
    /// A bug or an unexpected failure.
    #[error("internal error: {0}")]
    Internal(String),
    /// The server could not be set up.
    #[error("{0}")]
    Startup(String),
}

impl From<lmip_storage::StorageError> for WebError {
    fn from(e: lmip_storage::StorageError) -> Self {
        match e {
            lmip_storage::StorageError::NotFound { .. } => WebError::NotFound,
            e if e.is_unavailable() => WebError::Unavailable(e.to_string()),
            other => WebError::Internal(other.to_string()),
        }
    }
}

impl From<lmip_services::ServiceError> for WebError {
    fn from(e: lmip_services::ServiceError) -> Self {
        match e {
            lmip_services::ServiceError::Storage(s) => s.into(),
            lmip_services::ServiceError::Invalid(d) => WebError::BadRequest(d.to_string()),
            lmip_services::ServiceError::Internal(m) => WebError::Internal(m),
            other => WebError::BadRequest(other.to_string()),
        }
    }
}

/// Marks an error response whose body is meant for machines (health checks) and must be kept as it is.
#[derive(Debug, Clone, Copy)]
pub(crate) struct KeepBody;

/// Marks a response as an error for `render_errors` to render in the request's language.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ErrorPage {
    pub status: StatusCode,
}

impl ErrorPage {
    /// The message keys for the page's title and body.
    pub fn keys(self) -> ErrorKeys {
        match self.status {
            StatusCode::NOT_FOUND => ErrorKeys {
                title_key: "error-not-found-title",
                body_key: "error-not-found-body",
            },
            StatusCode::FORBIDDEN => ErrorKeys {
                title_key: "error-forbidden-title",
                body_key: "error-forbidden-body",
            },
            StatusCode::SERVICE_UNAVAILABLE => ErrorKeys {
                title_key: "error-unavailable-title",
                body_key: "error-unavailable-body",
            },
            s if s.is_client_error() => ErrorKeys {
                title_key: "error-bad-request-title",
                body_key: "error-bad-request-body",
            },
            _ => ErrorKeys {
                title_key: "error-server-title",
                body_key: "error-server-body",
            },
        }
    }
}

/// The message keys of an error page.
pub(crate) struct ErrorKeys {
    pub title_key: &'static str,
    pub body_key: &'static str,
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response<Body> {
        let status = match &self {
            WebError::NotFound => StatusCode::NOT_FOUND,
            WebError::BadRequest(_) => StatusCode::BAD_REQUEST,
            WebError::Forbidden => StatusCode::FORBIDDEN,
            WebError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            WebError::Unprocessable => StatusCode::UNPROCESSABLE_ENTITY,
            WebError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            WebError::Internal(_) | WebError::Startup(_) => StatusCode::INTERNAL_SERVER_ERROR,
        };
        if status.is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorPage { status });
        response
    }
}
