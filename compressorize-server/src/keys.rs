//! API keys: generation (shown once), SHA-256 hashing for storage, and
//! `Authorization: Bearer` authentication with a constant-time comparison.

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::error::ApiError;
use crate::store::{ApiKey, Plan, Store, StoreError};
use crate::util::{now_ms, random_hex};

/// Every key starts with this.
pub const KEY_PREFIX: &str = "cz_live_";

/// A freshly created key; `key` is the only time the secret is available.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CreatedKey {
    /// Public id (for `keys revoke`).
    pub id: String,
    /// The secret API key, `cz_live_` + 64 hex digits (32 random bytes).
    pub key: String,
    /// `free` or `paid`.
    pub plan: &'static str,
    /// Optional label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Secret for verifying webhook signatures.
    pub webhook_secret: String,
}

/// SHA-256 of a key, as stored.
#[must_use]
pub fn hash_key(key: &str) -> [u8; 32] {
    Sha256::digest(key.as_bytes()).into()
}

/// A new random webhook signing secret, `whsec_` + 64 hex digits.
#[must_use]
pub fn new_webhook_secret() -> String {
    format!("whsec_{}", random_hex(32))
}

/// Creates and stores a new key.
pub async fn create_key(
    store: &dyn Store,
    plan: Plan,
    name: Option<String>,
) -> Result<CreatedKey, StoreError> {
    let key = format!("{KEY_PREFIX}{}", random_hex(32));
    let record = ApiKey {
        id: format!("key_{}", random_hex(8)),
        key_hash: hash_key(&key),
        key_prefix: key[..KEY_PREFIX.len() + 6].to_owned(),
        name: name.clone(),
        plan,
        webhook_secret: new_webhook_secret(),
        created_at: now_ms(),
        revoked_at: None,
    };
    store.insert_key(&record).await?;
    Ok(CreatedKey {
        id: record.id,
        key,
        plan: plan.as_str(),
        name,
        webhook_secret: record.webhook_secret,
    })
}

/// The key named by an `Authorization` header value; 401 `unauthorized` when
/// the header is missing, malformed, unknown or revoked.
pub async fn authenticate(store: &dyn Store, header: Option<&[u8]>) -> Result<ApiKey, ApiError> {
    let Some(header) = header else {
        return Err(ApiError::unauthorized(
            "Missing API key. Send it as: Authorization: Bearer YOUR_API_KEY",
        ));
    };
    let token = std::str::from_utf8(header)
        .ok()
        .and_then(|h| {
            let (scheme, token) = h.split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
        })
        .filter(|t| !t.is_empty())
        .ok_or_else(|| {
            ApiError::unauthorized(
                "Malformed Authorization header. Use: Authorization: Bearer YOUR_API_KEY",
            )
        })?;
    let hash = hash_key(token);
    let invalid = || ApiError::unauthorized("Invalid API key");
    let key = store.key_by_hash(&hash).await?.ok_or_else(invalid)?;
    // The lookup is by hash; compare again in constant time so no timing of
    // ours depends on how much of a stored hash matched.
    if !bool::from(key.key_hash.ct_eq(&hash)) {
        return Err(invalid());
    }
    if key.revoked_at.is_some() {
        return Err(ApiError::unauthorized("This API key has been revoked"));
    }
    Ok(key)
}
