//! The API's error type: every error leaves the server as
//! `{"error":{"code","message","param"?}}` with the contract's status.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::fetch::FetchError;

/// An error answered to a client.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// API error code, e.g. `invalid_param`.
    pub code: &'static str,
    /// Message for the client.
    pub message: String,
    /// The offending parameter, for `invalid_param` (and `invalid_url`: `url`).
    pub param: Option<&'static str>,
    /// Seconds for a `Retry-After` header (429, 503).
    pub retry_after: Option<u64>,
    /// Internal detail for the log; never sent to the client.
    pub detail: Option<String>,
}

/// The error code of a response, put in its extensions for the request log.
#[derive(Debug, Clone, Copy)]
pub struct ErrorCode(pub &'static str);

impl ApiError {
    /// An error with a status, code and message.
    #[must_use]
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            param: None,
            retry_after: None,
            detail: None,
        }
    }

    /// 400 `invalid_param` for `param`.
    #[must_use]
    pub fn invalid_param(param: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            param: Some(param),
            ..ApiError::new(StatusCode::BAD_REQUEST, "invalid_param", message)
        }
    }

    /// 400 `missing_source`.
    #[must_use]
    pub fn missing_source() -> Self {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "missing_source",
            "Neither file nor url was provided. Send a multipart/form-data body with a `file` \
             or `url` field, or a JSON body with `url`",
        )
    }

    /// 401 `unauthorized`.
    #[must_use]
    pub fn unauthorized(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::UNAUTHORIZED, "unauthorized", message)
    }

    /// 413 `file_too_large`.
    #[must_use]
    pub fn file_too_large(limit: usize) -> Self {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "file_too_large",
            format!(
                "File exceeds the {} MB limit ({limit} bytes)",
                limit / crate::config::MIB
            ),
        )
    }

    /// 408 `request_timeout`: the request body stopped arriving for
    /// `idle` (see [`crate::Config::body_idle_timeout`]).
    #[must_use]
    pub fn request_timeout(idle: std::time::Duration) -> Self {
        ApiError::new(
            StatusCode::REQUEST_TIMEOUT,
            "request_timeout",
            format!(
                "The request body stopped arriving for {} seconds; send it again",
                idle.as_secs()
            ),
        )
    }

    /// 404 `not_found`.
    #[must_use]
    pub fn not_found(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", message)
    }

    /// 503 `server_busy` with `Retry-After`.
    #[must_use]
    pub fn server_busy(retry_after: u64) -> Self {
        ApiError {
            retry_after: Some(retry_after),
            ..ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "server_busy",
                format!("The server is busy. Try again in {retry_after} seconds"),
            )
        }
    }

    /// 500 `compression_failed` with a generic message; `detail` goes to the log.
    #[must_use]
    pub fn internal(detail: impl Into<String>) -> Self {
        ApiError {
            detail: Some(detail.into()),
            ..ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "compression_failed",
                "Internal error during compression. Try again",
            )
        }
    }

    /// Adds `param`.
    #[must_use]
    pub fn with_param(mut self, param: &'static str) -> Self {
        self.param = Some(param);
        self
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.status, self.code, self.message)
    }
}

impl std::error::Error for ApiError {}

impl From<compressorize_core::Error> for ApiError {
    fn from(e: compressorize_core::Error) -> Self {
        use compressorize_core::Error as E;
        match &e {
            E::InvalidParam { .. } => ApiError {
                param: e.param(),
                ..ApiError::new(StatusCode::BAD_REQUEST, "invalid_param", e.to_string())
            },
            E::UnsupportedFormat { .. } => ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_format",
                e.to_string(),
            ),
            E::FileTooLarge { .. } => ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "file_too_large",
                e.to_string(),
            ),
            // Codec messages can carry internals: log them, send the generic text.
            _ => ApiError {
                detail: Some(e.to_string()),
                ..ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "compression_failed",
                    "Compression failed. Try again",
                )
            },
        }
    }
}

impl From<FetchError> for ApiError {
    fn from(e: FetchError) -> Self {
        match e {
            FetchError::InvalidUrl(message) => ApiError {
                param: Some("url"),
                ..ApiError::new(StatusCode::BAD_REQUEST, "invalid_url", message)
            },
            FetchError::TooLarge => ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "file_too_large",
                "The remote file exceeds the 25 MB limit",
            ),
            FetchError::Failed(message) => {
                ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "fetch_failed", message)
            }
        }
    }
}

impl From<crate::store::StoreError> for ApiError {
    fn from(e: crate::store::StoreError) -> Self {
        ApiError::internal(format!("store: {e}"))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if self.status.is_server_error() {
            tracing::error!(code = self.code, detail = ?self.detail, "{}", self.message);
        }
        let mut error = json!({ "code": self.code, "message": self.message });
        if let Some(param) = self.param {
            error["param"] = json!(param);
        }
        let mut response = (self.status, axum::Json(json!({ "error": error }))).into_response();
        if let Some(secs) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response.extensions_mut().insert(ErrorCode(self.code));
        response
    }
}
