//! Blobs in a local directory: the embedded default.
//!
//! Durability: a blob is written to a temporary file under `tmp/`, flushed to
//! disk (`fsync`), renamed into place and its directory flushed, so once
//! [`LocalBlobs::put`] returns the blob survives a crash. A crash before the
//! job row is committed leaves a file no row references; the sweeper deletes
//! such files (and stale `tmp/` files) after a grace period.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::{BLOB_DIRS, BlobReader, Blobs, blocking, sweep_spool_dir};
use crate::store::BoxFuture;

/// Blobs under one directory. Writes go to a temporary file and are renamed
/// into place, so a reader never sees a partial blob.
#[derive(Debug, Clone)]
pub struct LocalBlobs {
    root: PathBuf,
    /// `root/tmp`: spooled uploads and blobs being written.
    spool: PathBuf,
}

impl LocalBlobs {
    /// Blobs under `root` (created if missing).
    pub fn open(root: impl Into<PathBuf>) -> std::io::Result<Self> {
        let root = root.into();
        let spool = root.join("tmp");
        std::fs::create_dir_all(&spool)?;
        for dir in BLOB_DIRS {
            std::fs::create_dir_all(root.join(dir))?;
        }
        Ok(LocalBlobs { root, spool })
    }

    /// The file of a blob key.
    #[must_use]
    pub fn path(&self, key: &str) -> PathBuf {
        self.root.join(key)
    }
}

impl Blobs for LocalBlobs {
    fn put<'a>(&'a self, key: &'a str, bytes: Vec<u8>) -> BoxFuture<'a, std::io::Result<()>> {
        let (target, spool) = (self.path(key), self.spool.clone());
        Box::pin(blocking(move || write_atomically(&spool, &target, &bytes)))
    }

    fn put_file<'a>(
        &'a self,
        key: &'a str,
        file: tempfile::NamedTempFile,
    ) -> BoxFuture<'a, std::io::Result<()>> {
        let target = self.path(key);
        Box::pin(blocking(move || {
            file.as_file().sync_all()?;
            persist(file, &target)
        }))
    }

    fn open_read<'a>(&'a self, key: &'a str) -> BoxFuture<'a, std::io::Result<(BlobReader, u64)>> {
        Box::pin(async move {
            let file = tokio::fs::File::open(self.path(key)).await?;
            let len = file.metadata().await?.len();
            Ok((Box::pin(file) as BlobReader, len))
        })
    }

    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, std::io::Result<Vec<u8>>> {
        Box::pin(tokio::fs::read(self.path(key)))
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, std::io::Result<()>> {
        Box::pin(async move {
            match tokio::fs::remove_file(self.path(key)).await {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
                _ => Ok(()),
            }
        })
    }

    /// Blob keys under [`BLOB_DIRS`] last modified before `now - grace`.
    fn older_than(&self, grace: Duration) -> BoxFuture<'_, std::io::Result<Vec<String>>> {
        let root = self.root.clone();
        Box::pin(blocking(move || {
            let cutoff = SystemTime::now()
                .checked_sub(grace)
                .unwrap_or(SystemTime::UNIX_EPOCH);
            let mut keys = Vec::new();
            for dir in BLOB_DIRS {
                for entry in std::fs::read_dir(root.join(dir))? {
                    let entry = entry?;
                    let meta = entry.metadata()?;
                    if meta.is_file()
                        && meta.modified()? < cutoff
                        && let Some(name) = entry.file_name().to_str()
                    {
                        keys.push(format!("{dir}/{name}"));
                    }
                }
            }
            Ok(keys)
        }))
    }

    /// `tmp/` under the blob directory: on the blobs' file system, so a
    /// spooled upload becomes a blob by a rename.
    fn spool_dir(&self) -> &Path {
        &self.spool
    }

    fn sweep_spool(&self, grace: Duration) -> BoxFuture<'_, std::io::Result<usize>> {
        Box::pin(sweep_spool_dir(self.spool.clone(), grace))
    }
}

fn write_atomically(tmp_dir: &Path, target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut tmp = tempfile::NamedTempFile::new_in(tmp_dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    persist(tmp, target)
}

/// Renames a flushed temporary file to `target` and flushes the directory
/// entry, so the rename itself survives a crash.
fn persist(tmp: tempfile::NamedTempFile, target: &Path) -> std::io::Result<()> {
    let parent = target.parent().unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(parent)?;
    tmp.persist(target).map_err(|e| e.error)?;
    std::fs::File::open(parent)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn blobs_are_files_under_the_root() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = LocalBlobs::open(dir.path()).unwrap();
        blobs
            .put("results/a.webp", b"result".to_vec())
            .await
            .unwrap();
        // What the sweeper and the crash tests read.
        assert_eq!(
            std::fs::read(dir.path().join("results/a.webp")).unwrap(),
            b"result"
        );
        assert_eq!(
            blobs.path("results/a.webp"),
            dir.path().join("results/a.webp")
        );
        assert!(blobs.spool_dir().starts_with(dir.path()));
    }
}
