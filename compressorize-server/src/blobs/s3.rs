//! Blobs in an S3-compatible object store (AWS S3, MinIO, Ceph, R2, ...),
//! through the `object_store` crate: what API nodes and workers on several
//! machines share.
//!
//! An object appears whole or not at all, and is durable once the store
//! acknowledged it, so a put that returned is as safe as [`super::LocalBlobs`]'s
//! flushed rename. Uploads are still spooled to a local directory first (the
//! request streams in before the input's fate is known) and then sent in
//! parts of [`PART_SIZE`], so an upload never sits in memory whole.
//!
//! With presigned downloads on, `GET /api/v1/download/:id` redirects to a
//! presigned S3 URL, so result files are served by the object store rather
//! than by an API node (see [`Blobs::presigned_get`]).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use futures_util::{StreamExt, TryStreamExt};
use object_store::aws::AmazonS3Builder;
use object_store::path::Path as ObjectPath;
use object_store::signer::{Method, SignedUrlOptions, Signer};
use object_store::{
    Attribute, Attributes, ObjectStore, ObjectStoreExt, PutPayload, WriteMultipart,
};
use tokio::io::AsyncReadExt;

use super::{BLOB_DIRS, BlobReader, Blobs, DownloadHeaders, sweep_spool_dir};
use crate::store::BoxFuture;

/// Size of the parts a spooled upload is sent in (S3's minimum is 5 MiB).
pub const PART_SIZE: usize = 5 * 1024 * 1024;

/// Blobs under `s3://BUCKET/PREFIX/`.
#[derive(Debug, Clone)]
pub struct S3Blobs {
    store: Arc<dyn ObjectStore>,
    /// Signs presigned download URLs; `None` when downloads go through the
    /// server's own links.
    presigner: Option<Arc<dyn Signer>>,
    /// Key prefix (may be empty), without a trailing `/`.
    prefix: String,
    /// Local directory for spooled uploads.
    spool: PathBuf,
}

impl S3Blobs {
    /// Blobs at `url` (`s3://BUCKET[/PREFIX]`), with the credentials, region
    /// and endpoint of the standard environment variables
    /// (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`,
    /// `AWS_ENDPOINT_URL` for other S3-compatible services, `AWS_ALLOW_HTTP`
    /// for a plain-http endpoint); uploads spool to `spool` (created).
    /// With `presign`, downloads are presigned URLs on that endpoint, or on
    /// [`Presign::On`]'s own (the store's address as clients reach it, where
    /// that differs, as for MinIO on a private network), which clients must
    /// be able to reach.
    pub fn open(url: &str, spool: PathBuf, presign: &Presign) -> std::io::Result<Self> {
        let (bucket, prefix) = parse_url(url)?;
        crate::util::ensure_crypto_provider();
        let client = || AmazonS3Builder::from_env().with_bucket_name(bucket);
        let build = |builder: AmazonS3Builder| {
            builder
                .build()
                .map(Arc::new)
                .map_err(|e| invalid(format!("blob store {url}: {e}")))
        };
        let store = build(client())?;
        let blobs = Self::with_store(store.clone(), prefix, spool)?;
        Ok(match presign {
            Presign::Off => blobs,
            Presign::On { endpoint: None } => blobs.presigned_by(store),
            // A client of its own: the endpoint is part of what is signed.
            // Signing makes no request, so it never calls that address.
            Presign::On {
                endpoint: Some(endpoint),
            } => blobs.presigned_by(build(client().with_endpoint(endpoint))?),
        })
    }

    /// Blobs in `store` under `prefix`: for a store configured in code.
    pub fn with_store(
        store: Arc<dyn ObjectStore>,
        prefix: &str,
        spool: PathBuf,
    ) -> std::io::Result<Self> {
        std::fs::create_dir_all(&spool)?;
        Ok(S3Blobs {
            store,
            presigner: None,
            prefix: prefix.trim_matches('/').to_owned(),
            spool,
        })
    }

    /// Downloads become presigned URLs signed by `signer` (for S3, the
    /// same client as the store).
    #[must_use]
    pub fn presigned_by(mut self, signer: Arc<dyn Signer>) -> Self {
        self.presigner = Some(signer);
        self
    }

    fn path(&self, key: &str) -> ObjectPath {
        if self.prefix.is_empty() {
            ObjectPath::from(key)
        } else {
            ObjectPath::from(format!("{}/{key}", self.prefix))
        }
    }

    /// The blob key of an object path (the prefix taken off).
    fn key_of<'p>(&self, path: &'p ObjectPath) -> &'p str {
        let path = path.as_ref();
        if self.prefix.is_empty() {
            path
        } else {
            path.strip_prefix(&self.prefix)
                .and_then(|rest| rest.strip_prefix('/'))
                .unwrap_or(path)
        }
    }
}

/// Whether downloads are presigned URLs (see [`Blobs::presigned_get`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Presign {
    /// Downloads go through the server's own signed links.
    #[default]
    Off,
    /// Downloads redirect to presigned URLs on `endpoint`, or on the
    /// store's own endpoint when `None`.
    On {
        /// The store's address as clients reach it, e.g.
        /// `https://files.example.com`.
        endpoint: Option<String>,
    },
}

/// `s3://BUCKET[/PREFIX]` → (bucket, prefix).
fn parse_url(url: &str) -> std::io::Result<(&str, &str)> {
    let rest = url
        .strip_prefix("s3://")
        .ok_or_else(|| invalid(format!("blob URL '{url}': use s3://BUCKET[/PREFIX]")))?;
    let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
    if bucket.is_empty() {
        return Err(invalid(format!("blob URL '{url}' names no bucket")));
    }
    Ok((bucket, prefix))
}

fn invalid(message: String) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidInput, message)
}

/// Object store errors as I/O errors, keeping "not found".
fn io_error(e: object_store::Error) -> std::io::Error {
    match e {
        object_store::Error::NotFound { .. } => {
            std::io::Error::new(std::io::ErrorKind::NotFound, e.to_string())
        }
        other => std::io::Error::other(other.to_string()),
    }
}

impl Blobs for S3Blobs {
    fn put<'a>(&'a self, key: &'a str, bytes: Vec<u8>) -> BoxFuture<'a, std::io::Result<()>> {
        Box::pin(async move {
            self.store
                .put(&self.path(key), PutPayload::from(bytes))
                .await
                .map_err(io_error)?;
            Ok(())
        })
    }

    fn put_result<'a>(
        &'a self,
        key: &'a str,
        bytes: Vec<u8>,
        headers: &'a DownloadHeaders,
    ) -> BoxFuture<'a, std::io::Result<()>> {
        Box::pin(async move {
            let mut attributes = Attributes::new();
            for (name, value) in [
                (Attribute::ContentType, &headers.content_type),
                (Attribute::ContentDisposition, &headers.content_disposition),
            ] {
                attributes.insert(name, value.clone().into());
            }
            self.store
                .put_opts(&self.path(key), PutPayload::from(bytes), attributes.into())
                .await
                .map_err(io_error)?;
            Ok(())
        })
    }

    fn put_file<'a>(
        &'a self,
        key: &'a str,
        file: tempfile::NamedTempFile,
    ) -> BoxFuture<'a, std::io::Result<()>> {
        Box::pin(async move {
            let upload = self
                .store
                .put_multipart(&self.path(key))
                .await
                .map_err(io_error)?;
            let mut writer = WriteMultipart::new_with_chunk_size(upload, PART_SIZE);
            let mut source = tokio::fs::File::from_std(file.reopen()?);
            let mut buffer = vec![0u8; 256 * 1024];
            loop {
                let n = match source.read(&mut buffer).await {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(e) => {
                        let _ = writer.abort().await;
                        return Err(e);
                    }
                };
                // At most two parts in flight: memory stays bounded.
                if let Err(e) = writer.wait_for_capacity(2).await {
                    let _ = writer.abort().await;
                    return Err(io_error(e));
                }
                writer.write(&buffer[..n]);
            }
            writer.finish().await.map_err(io_error)?;
            drop(file); // the spooled file is deleted once it is stored
            Ok(())
        })
    }

    fn open_read<'a>(&'a self, key: &'a str) -> BoxFuture<'a, std::io::Result<(BlobReader, u64)>> {
        Box::pin(async move {
            let object = self.store.get(&self.path(key)).await.map_err(io_error)?;
            let len = object.meta.size;
            let stream = object.into_stream().map_err(io_error).boxed();
            let reader = tokio_util::io::StreamReader::new(stream);
            Ok((Box::pin(reader) as BlobReader, len))
        })
    }

    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, std::io::Result<Vec<u8>>> {
        Box::pin(async move {
            let object = self.store.get(&self.path(key)).await.map_err(io_error)?;
            Ok(object.bytes().await.map_err(io_error)?.to_vec())
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, std::io::Result<()>> {
        Box::pin(async move {
            match self.store.delete(&self.path(key)).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
                Err(e) => Err(io_error(e)),
            }
        })
    }

    /// Objects under [`BLOB_DIRS`] last modified before `now - grace`.
    fn older_than(&self, grace: Duration) -> BoxFuture<'_, std::io::Result<Vec<String>>> {
        Box::pin(async move {
            let cutoff = SystemTime::now()
                .checked_sub(grace)
                .unwrap_or(SystemTime::UNIX_EPOCH);
            let mut keys = Vec::new();
            for dir in BLOB_DIRS {
                let mut listing = self.store.list(Some(&self.path(dir)));
                while let Some(meta) = listing.next().await {
                    let meta = meta.map_err(io_error)?;
                    if SystemTime::from(meta.last_modified) < cutoff {
                        keys.push(self.key_of(&meta.location).to_owned());
                    }
                }
            }
            Ok(keys)
        })
    }

    fn spool_dir(&self) -> &Path {
        &self.spool
    }

    fn sweep_spool(&self, grace: Duration) -> BoxFuture<'_, std::io::Result<usize>> {
        Box::pin(sweep_spool_dir(self.spool.clone(), grace))
    }

    /// A presigned `GET` whose signature also covers the response headers
    /// S3 is to send (`response-content-type` and friends), so a client
    /// cannot change them; signing is local, with no request to S3.
    fn presigned_get<'a>(
        &'a self,
        key: &'a str,
        ttl: Duration,
        headers: &'a DownloadHeaders,
    ) -> BoxFuture<'a, std::io::Result<Option<String>>> {
        Box::pin(async move {
            let Some(signer) = &self.presigner else {
                return Ok(None);
            };
            let options = SignedUrlOptions::default().with_query([
                ("response-content-type", headers.content_type.as_str()),
                (
                    "response-content-disposition",
                    headers.content_disposition.as_str(),
                ),
                ("response-cache-control", "private, no-store"),
            ]);
            let url = signer
                .signed_url_opts(Method::GET, &self.path(key), ttl, &options)
                .await
                .map_err(io_error)?;
            Ok(Some(url.to_string()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_name_a_bucket_and_a_prefix() {
        assert_eq!(parse_url("s3://images").unwrap(), ("images", ""));
        assert_eq!(
            parse_url("s3://images/prod/eu").unwrap(),
            ("images", "prod/eu")
        );
        for bad in [
            "images",
            "s3://",
            "s3:///prefix",
            "https://s3.example.test/images",
        ] {
            assert_eq!(
                parse_url(bad).unwrap_err().kind(),
                std::io::ErrorKind::InvalidInput,
                "{bad}"
            );
        }
    }
}
