//! C codecs (mozjpeg) report fatal errors by unwinding through their frames.
//! Every call into them goes through [`guard`], which turns such an unwind,
//! or any other panic inside a codec, into an [`Error`] so one bad image never
//! takes the process down. (This is why no profile may use `panic = "abort"`.)

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::error::{Error, Result};

/// Runs `work`; a panic becomes `on_panic(message)`.
pub(crate) fn guard<T>(
    work: impl FnOnce() -> Result<T>,
    on_panic: impl FnOnce(String) -> Error,
) -> Result<T> {
    match catch_unwind(AssertUnwindSafe(work)) {
        Ok(result) => result,
        Err(payload) => {
            let message = if let Some(s) = payload.downcast_ref::<String>() {
                s.clone()
            } else if let Some(s) = payload.downcast_ref::<&str>() {
                (*s).to_string()
            } else {
                "codec panicked".to_string()
            };
            Err(on_panic(message))
        }
    }
}
