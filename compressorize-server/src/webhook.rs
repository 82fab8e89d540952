//! Webhooks: signing, verification and the delivery task.
//!
//! When an async job completes or fails and it has a `webhook_url`, the
//! worker queues a delivery row in the same transaction that finishes the
//! job (so a crash never loses it). The delivery task, separate from the
//! workers, POSTs the stored JSON body with the header
//! `X-Compressorize-Signature`: the lowercase hex HMAC-SHA256 of the exact
//! body bytes under the key's webhook signing secret (`whsec_…`, shown by
//! `keys create`, replaced by `keys rotate-webhook-secret`). A non-2xx answer
//! or a network error is retried with exponential backoff (`base × 2^n`) up
//! to a bounded number of attempts; the target is checked by the SSRF guard
//! again at every send.
//!
//! Receivers verify with [`verify`]:
//!
//! ```
//! let secret = "whsec_0123";
//! let body = br#"{"id":"abc","status":"complete"}"#;
//! let header = compressorize_server::webhook::sign(secret, body);
//! assert!(compressorize_server::webhook::verify(secret, body, &header));
//! assert!(!compressorize_server::webhook::verify(secret, b"tampered", &header));
//! ```

use std::time::Duration;

use subtle::ConstantTimeEq;
use tokio::task::JoinSet;

use crate::fetch::{FetchError, FetchPolicy};
use crate::links::hmac_sha256;
use crate::state::AppState;
use crate::store::{Delivery, DeliveryOutcome, DeliveryStatus};
use crate::util::now_ms;

/// The signature header.
pub const SIGNATURE_HEADER: &str = "x-compressorize-signature";
/// The delivery id header (the same for every retry of one delivery).
pub const DELIVERY_HEADER: &str = "x-compressorize-delivery";

/// Deliveries sent at once.
const CONCURRENT_SENDS: usize = 8;

/// The signature header value for `body`: lowercase hex HMAC-SHA256 under `secret`.
#[must_use]
pub fn sign(secret: &str, body: &[u8]) -> String {
    hex::encode(hmac_sha256(secret.as_bytes(), body))
}

/// Whether `signature_header` is the signature of `body` under `secret`.
/// Compares in constant time; surrounding whitespace and upper-case hex are
/// accepted.
#[must_use]
pub fn verify(secret: &str, body: &[u8], signature_header: &str) -> bool {
    let Ok(given) = hex::decode(signature_header.trim()) else {
        return false;
    };
    let expected = hmac_sha256(secret.as_bytes(), body);
    given.len() == expected.len() && bool::from(given.as_slice().ct_eq(&expected))
}

/// Delay before retry number `attempts` (1 = after the first failure).
#[must_use]
pub fn backoff(base: Duration, attempts: u32) -> Duration {
    base.saturating_mul(1u32 << attempts.saturating_sub(1).min(20))
}

/// Runs forever: takes due deliveries and sends them, a few at a time.
pub async fn delivery_loop(state: AppState) {
    let config = &state.config;
    let policy = FetchPolicy {
        total_timeout: config.webhook_timeout,
        connect_timeout: config.fetch_connect_timeout.min(config.webhook_timeout),
        ..config.fetch_policy()
    };
    let lease_ms = duration_ms(config.webhook_timeout) * 2 + 1000;
    let poll = config.webhook_backoff.min(Duration::from_secs(1));
    let mut sends = JoinSet::new();
    loop {
        while sends.try_join_next().is_some() {}
        let room = CONCURRENT_SENDS.saturating_sub(sends.len());
        if room > 0 {
            match state
                .store
                .claim_deliveries(now_ms(), lease_ms, room as i64)
                .await
            {
                Ok(due) => {
                    for delivery in due {
                        sends.spawn(send(state.clone(), delivery, policy.clone()));
                    }
                }
                Err(e) => tracing::warn!(error = %e, "webhook: reading deliveries failed"),
            }
        }
        tokio::select! {
            () = state.webhook_notify.notified() => {}
            () = tokio::time::sleep(poll) => {}
            Some(_) = sends.join_next(), if !sends.is_empty() => {}
        }
    }
}

async fn send(state: AppState, delivery: Delivery, policy: FetchPolicy) {
    let attempts = delivery.attempts + 1;
    let result = attempt(&state, &delivery, &policy).await;
    let now = now_ms();
    let max = i64::from(state.config.webhook_max_attempts);
    let outcome = match result {
        Ok(()) => DeliveryOutcome {
            status: DeliveryStatus::Delivered,
            attempts,
            next_attempt_at: now,
            last_error: None,
            at: now,
        },
        Err((error, permanent)) => {
            let give_up = permanent || attempts >= max;
            let delay = backoff(
                state.config.webhook_backoff,
                u32::try_from(attempts).unwrap_or(u32::MAX),
            );
            tracing::warn!(
                delivery = %delivery.id,
                job_id = %delivery.job_id,
                attempts,
                give_up,
                error = %error,
                "webhook delivery failed"
            );
            DeliveryOutcome {
                status: if give_up {
                    DeliveryStatus::Failed
                } else {
                    DeliveryStatus::Pending
                },
                attempts,
                next_attempt_at: now.saturating_add(duration_ms(delay)),
                last_error: Some(error),
                at: now,
            }
        }
    };
    if outcome.status == DeliveryStatus::Delivered {
        tracing::info!(delivery = %delivery.id, job_id = %delivery.job_id, attempts, "webhook delivered");
    }
    if let Err(e) = state.store.record_delivery(&delivery.id, &outcome).await {
        tracing::warn!(error = %e, delivery = %delivery.id, "webhook: recording the outcome failed");
    }
}

/// One POST. `Err((message, permanent))`.
async fn attempt(
    state: &AppState,
    delivery: &Delivery,
    policy: &FetchPolicy,
) -> Result<(), (String, bool)> {
    let key = state
        .store
        .key_by_id(&delivery.key_id)
        .await
        .map_err(|e| (format!("store: {e}"), false))?
        .ok_or_else(|| ("the key no longer exists".to_owned(), true))?;
    let body = delivery.payload.as_bytes().to_vec();
    let headers = [
        (SIGNATURE_HEADER, sign(&key.webhook_secret, &body)),
        (DELIVERY_HEADER, delivery.id.clone()),
    ];
    let require_https = !state.config.allow_private_targets;
    match crate::fetch::post_json(&delivery.url, body, &headers, policy, require_https).await {
        Ok(status) if (200..300).contains(&status) => Ok(()),
        Ok(status) => Err((format!("the receiver answered HTTP {status}"), false)),
        // The target now resolves to a refused address: never send there.
        Err(FetchError::InvalidUrl(message)) => Err((message, true)),
        Err(e) => Err((e.to_string(), false)),
    }
}

/// Milliseconds of a duration, saturating.
#[must_use]
pub fn duration_ms(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_and_verify() {
        // RFC 4231 test case 2: key "Jefe".
        assert_eq!(
            sign("Jefe", b"what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        let sig = sign("s", b"body");
        assert!(verify("s", b"body", &sig));
        assert!(verify("s", b"body", &format!(" {} ", sig.to_uppercase())));
        assert!(!verify("s", b"body!", &sig));
        assert!(!verify("t", b"body", &sig));
        assert!(!verify("s", b"body", &sig[..62]));
        assert!(!verify("s", b"body", "not hex"));
        assert!(!verify("s", b"body", ""));
    }

    #[test]
    fn backoff_doubles() {
        let base = Duration::from_secs(5);
        assert_eq!(backoff(base, 1), Duration::from_secs(5));
        assert_eq!(backoff(base, 2), Duration::from_secs(10));
        assert_eq!(backoff(base, 4), Duration::from_secs(40));
    }
}
