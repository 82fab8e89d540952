//! The one error type of the library. Each variant maps 1:1 onto an error code
//! of the REST API (`Error::code`), so the server never has to guess.

/// Everything that can go wrong in [`crate::compress`].
///
/// The messages are written for the person who sent the image: they say what
/// was wrong and, where it helps, what to do instead.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not a JPEG, PNG, WebP or AVIF image we can decode
    /// (unknown format, corrupt file, or a feature such as animation that we
    /// refuse rather than silently drop). API code `unsupported_format`.
    #[error("{message}")]
    UnsupportedFormat {
        /// Human-readable reason.
        message: String,
    },
    /// An option has a value outside its range. API code `invalid_param`.
    #[error("{message}")]
    InvalidParam {
        /// The API parameter name, e.g. `"format"` or `"quality"`.
        param: &'static str,
        /// Human-readable reason.
        message: String,
    },
    /// The input exceeds the byte limit or the pixel budget. API code `file_too_large`.
    #[error("{message}")]
    FileTooLarge {
        /// Human-readable reason.
        message: String,
    },
    /// An encoder or decoder failed on an image it accepted (including a
    /// panic caught inside a C codec). API code `compression_failed`.
    #[error("{message}")]
    CompressionFailed {
        /// Human-readable reason.
        message: String,
    },
}

impl Error {
    /// The API error code for this error, e.g. `"unsupported_format"`.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Error::UnsupportedFormat { .. } => "unsupported_format",
            Error::InvalidParam { .. } => "invalid_param",
            Error::FileTooLarge { .. } => "file_too_large",
            Error::CompressionFailed { .. } => "compression_failed",
        }
    }

    /// The offending parameter, for `invalid_param` errors.
    #[must_use]
    pub fn param(&self) -> Option<&'static str> {
        match self {
            Error::InvalidParam { param, .. } => Some(param),
            _ => None,
        }
    }

    pub(crate) fn unsupported(message: impl Into<String>) -> Self {
        Error::UnsupportedFormat {
            message: message.into(),
        }
    }

    pub(crate) fn failed(message: impl Into<String>) -> Self {
        Error::CompressionFailed {
            message: message.into(),
        }
    }

    pub(crate) fn too_large(message: impl Into<String>) -> Self {
        Error::FileTooLarge {
            message: message.into(),
        }
    }
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
