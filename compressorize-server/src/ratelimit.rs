//! Per-key request limits with fixed windows kept in the store (so they
//! survive restarts and are shared by every process on the same store).
//!
//! A key's window starts with its first request and lasts `window` (60 s by
//! default); the next request after that starts a new window. Headers on every
//! authenticated response:
//!
//! - `X-RateLimit-Limit`: requests allowed per window;
//! - `X-RateLimit-Remaining`: requests left in the current window;
//! - `X-RateLimit-Reset`: when the window resets, as **Unix epoch seconds**
//!   (rounded up). A 429 also carries `Retry-After` in seconds.

use std::time::Duration;

use axum::http::{HeaderMap, HeaderValue, StatusCode};

use crate::error::ApiError;
use crate::store::{ApiKey, Plan, Store, StoreError};
use crate::util::rfc3339;

/// Limits per plan.
#[derive(Debug, Clone)]
pub struct RateLimiter {
    /// Requests per window for free keys.
    pub free: u32,
    /// Requests per window for paid keys.
    pub paid: u32,
    /// Window length.
    pub window: Duration,
}

/// The outcome of counting one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateStatus {
    /// Requests allowed per window.
    pub limit: u32,
    /// Requests left in this window after this one.
    pub remaining: u32,
    /// Window end, Unix milliseconds.
    pub reset_ms: i64,
    /// Whether this request is over the limit.
    pub exceeded: bool,
    /// Now, Unix milliseconds.
    pub now_ms: i64,
    /// Window length, milliseconds.
    pub window_ms: i64,
}

impl RateLimiter {
    /// Counts one request by `key` at `now_ms`.
    pub async fn hit(
        &self,
        store: &dyn Store,
        key: &ApiKey,
        now_ms: i64,
    ) -> Result<RateStatus, StoreError> {
        let limit = match key.plan {
            Plan::Free => self.free,
            Plan::Paid => self.paid,
        };
        let window_ms = i64::try_from(self.window.as_millis())
            .unwrap_or(i64::MAX)
            .max(1);
        let window = store.hit_rate_limit(&key.id, now_ms, window_ms).await?;
        let used = u32::try_from(window.count).unwrap_or(u32::MAX);
        Ok(RateStatus {
            limit,
            remaining: limit.saturating_sub(used),
            reset_ms: window.window_start.saturating_add(window_ms),
            exceeded: used > limit,
            now_ms,
            window_ms,
        })
    }
}

impl RateStatus {
    /// Reset time in Unix seconds, rounded up.
    #[must_use]
    pub fn reset_secs(&self) -> i64 {
        (self.reset_ms + 999).div_euclid(1000)
    }

    /// Whole seconds until the reset, at least 1.
    #[must_use]
    pub fn retry_after_secs(&self) -> u64 {
        let ms = (self.reset_ms - self.now_ms).max(0);
        u64::try_from((ms + 999) / 1000).unwrap_or(1).max(1)
    }

    /// Adds the three `X-RateLimit-*` headers.
    pub fn apply(&self, headers: &mut HeaderMap) {
        headers.insert("x-ratelimit-limit", HeaderValue::from(self.limit));
        headers.insert("x-ratelimit-remaining", HeaderValue::from(self.remaining));
        headers.insert("x-ratelimit-reset", HeaderValue::from(self.reset_secs()));
    }

    /// 429 `rate_limit_exceeded` saying when the window resets.
    #[must_use]
    pub fn error(&self) -> ApiError {
        let wait = self.retry_after_secs();
        ApiError {
            retry_after: Some(wait),
            ..ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limit_exceeded",
                format!(
                    "Rate limit of {} requests per {} exceeded. It resets at {} (in {wait} s)",
                    self.limit,
                    if self.window_ms == 60_000 {
                        "minute".to_owned()
                    } else {
                        format!("{} s", self.window_ms / 1000)
                    },
                    rfc3339(self.reset_secs()),
                ),
            )
        }
    }
}
