//! Signed, time-limited download links.
//!
//! `GET /api/v1/download/:id` answers `302` to
//! `/api/v1/files/:id?expires=UNIX&signature=HEX`, where `signature` is the
//! lowercase hex HMAC-SHA256, under the server's secret, of `"{id}\n{expires}"`.
//! The link needs no API key: the signature is the credential. It is
//! checked in constant time and refused once `expires` has passed.
//!
//! The secret is 32 random bytes, generated on first start and kept in the
//! data directory (`signing.key`, mode 0600), so links survive restarts.

use std::io::Write;
use std::path::Path;

use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

/// How long a download link is valid: 1 hour.
pub const LINK_TTL_SECS: i64 = 3600;

type HmacSha256 = Hmac<Sha256>;

/// HMAC-SHA256 of `message` under `key`.
#[must_use]
pub fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    // HMAC takes keys of any length, so this cannot fail.
    let mut mac = <HmacSha256 as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!());
    mac.update(message);
    mac.finalize().into_bytes().into()
}

/// The server's link-signing secret.
#[derive(Clone)]
pub struct LinkSigner {
    secret: [u8; 32],
}

impl std::fmt::Debug for LinkSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LinkSigner(..)")
    }
}

/// Why a signed link was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    /// Missing, malformed or wrong signature.
    #[error("the download link's signature is invalid")]
    BadSignature,
    /// The link's time is up.
    #[error("the download link has expired")]
    Expired,
}

impl LinkSigner {
    /// A signer with a given secret.
    #[must_use]
    pub fn new(secret: [u8; 32]) -> Self {
        LinkSigner { secret }
    }

    /// Loads the secret from `path`, creating it (mode 0600) on first use.
    pub fn load_or_create(path: &Path) -> std::io::Result<Self> {
        match std::fs::read_to_string(path) {
            Ok(text) => return Self::parse(&text, path),
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            Err(_) => {}
        }
        let secret: [u8; 32] = rand::random();
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(path) {
            Ok(mut file) => {
                file.write_all(hex::encode(secret).as_bytes())?;
                file.sync_all()?;
                if let Some(dir) = path.parent() {
                    std::fs::File::open(dir)?.sync_all()?;
                }
                Ok(LinkSigner { secret })
            }
            // Another process created it first: use theirs.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                Self::parse(&std::fs::read_to_string(path)?, path)
            }
            Err(e) => Err(e),
        }
    }

    fn parse(text: &str, path: &Path) -> std::io::Result<Self> {
        let bytes = hex::decode(text.trim()).ok().filter(|b| b.len() == 32);
        let secret: [u8; 32] = bytes.and_then(|b| b.try_into().ok()).ok_or_else(|| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("{} does not hold a 64-hex-digit secret", path.display()),
            )
        })?;
        Ok(LinkSigner { secret })
    }

    /// The lowercase hex signature of a link for `id` expiring at `expires`.
    #[must_use]
    pub fn signature(&self, id: &str, expires: i64) -> String {
        hex::encode(hmac_sha256(
            &self.secret,
            format!("{id}\n{expires}").as_bytes(),
        ))
    }

    /// The path and query of a link for `id` valid until `expires` (Unix seconds).
    #[must_use]
    pub fn link(&self, id: &str, expires: i64) -> String {
        format!(
            "/api/v1/files/{id}?expires={expires}&signature={}",
            self.signature(id, expires)
        )
    }

    /// Checks a link's `expires` and `signature` at `now` (Unix seconds).
    pub fn verify(
        &self,
        id: &str,
        expires: Option<&str>,
        signature: Option<&str>,
        now: i64,
    ) -> Result<(), LinkError> {
        let expires: i64 = expires
            .and_then(|e| e.parse().ok())
            .ok_or(LinkError::BadSignature)?;
        let given = signature
            .and_then(|s| hex::decode(s).ok())
            .ok_or(LinkError::BadSignature)?;
        let expected = hmac_sha256(&self.secret, format!("{id}\n{expires}").as_bytes());
        if given.len() != expected.len() || !bool::from(given.as_slice().ct_eq(&expected)) {
            return Err(LinkError::BadSignature);
        }
        if expires < now {
            return Err(LinkError::Expired);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_links_verify_and_tampering_is_refused() {
        let signer = LinkSigner::new([7; 32]);
        let sig = signer.signature("job1", 1000);
        assert_eq!(sig.len(), 64);
        assert_eq!(signer.verify("job1", Some("1000"), Some(&sig), 999), Ok(()));
        assert_eq!(
            signer.verify("job1", Some("1000"), Some(&sig), 1001),
            Err(LinkError::Expired)
        );
        assert_eq!(
            signer.verify("job2", Some("1000"), Some(&sig), 999),
            Err(LinkError::BadSignature)
        );
        assert_eq!(
            signer.verify("job1", Some("2000"), Some(&sig), 999),
            Err(LinkError::BadSignature)
        );
        assert_eq!(
            signer.verify("job1", Some("1000"), Some("zz"), 999),
            Err(LinkError::BadSignature)
        );
        assert_eq!(
            signer.verify("job1", None, Some(&sig), 999),
            Err(LinkError::BadSignature)
        );
        assert_ne!(LinkSigner::new([8; 32]).signature("job1", 1000), sig);
    }

    #[test]
    fn secret_is_created_once_with_mode_0600() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("signing.key");
        let a = LinkSigner::load_or_create(&path).unwrap();
        let b = LinkSigner::load_or_create(&path).unwrap();
        assert_eq!(a.signature("x", 1), b.signature("x", 1));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
