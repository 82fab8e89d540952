//! The `Blobs` contract, checked on every back-end the same way: a local
//! directory, and a real S3-compatible server (a fresh prefix per test, in
//! the bucket of the server `scripts/test.sh` starts; see
//! `helpers::s3_blobs`).

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use compressorize_server::blobs::{Blobs, LocalBlobs};
use tokio::io::AsyncReadExt;

use crate::helpers::s3_blobs;

/// What every back-end must do.
async fn keeps_the_blob_contract(name: &str, blobs: &dyn Blobs) {
    blobs
        .put("results/a.webp", b"result".to_vec())
        .await
        .unwrap();
    assert_eq!(
        blobs.get("results/a.webp").await.unwrap(),
        b"result",
        "{name}"
    );

    let mut spooled = tempfile::NamedTempFile::new_in(blobs.spool_dir()).unwrap();
    spooled.write_all(b"spooled upload").unwrap();
    let spooled_path = spooled.path().to_owned();
    blobs.put_file("inputs/b", spooled).await.unwrap();
    assert!(
        !spooled_path.exists(),
        "{name}: the spooled file is gone once stored"
    );
    let (mut reader, len) = blobs.open_read("inputs/b").await.unwrap();
    let mut read = Vec::new();
    reader.read_to_end(&mut read).await.unwrap();
    assert_eq!(
        (read.as_slice(), len),
        (&b"spooled upload"[..], 14),
        "{name}"
    );

    // An upload of several parts (S3 sends 5 MiB parts) comes back whole.
    let big: Vec<u8> = (0..12_000_003u32)
        .map(|i| (i * 7 + i / 9973) as u8)
        .collect();
    let mut spooled = tempfile::NamedTempFile::new_in(blobs.spool_dir()).unwrap();
    spooled.write_all(&big).unwrap();
    blobs.put_file("inputs/big", spooled).await.unwrap();
    let (mut reader, len) = blobs.open_read("inputs/big").await.unwrap();
    let mut read = Vec::new();
    reader.read_to_end(&mut read).await.unwrap();
    assert_eq!(len, big.len() as u64, "{name}");
    assert!(
        read == big,
        "{name}: multipart upload read back differently"
    );
    blobs.delete("inputs/big").await.unwrap();

    // Nothing is older than an hour; everything is older than nothing (a
    // moment later: file and object times may be coarser than the clock).
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    assert!(
        blobs
            .older_than(Duration::from_secs(3600))
            .await
            .unwrap()
            .is_empty(),
        "{name}"
    );
    let mut keys = blobs.older_than(Duration::ZERO).await.unwrap();
    keys.sort();
    assert_eq!(keys, ["inputs/b", "results/a.webp"], "{name}");

    blobs.delete("results/a.webp").await.unwrap();
    blobs.delete("results/a.webp").await.unwrap(); // already gone: fine
    let missing = blobs.open_read("results/a.webp").await.err().unwrap();
    assert_eq!(missing.kind(), std::io::ErrorKind::NotFound, "{name}");
    assert_eq!(
        blobs.get("results/a.webp").await.unwrap_err().kind(),
        std::io::ErrorKind::NotFound,
        "{name}"
    );

    // An upload left in the spool by a crash is swept once old enough.
    let left = tempfile::NamedTempFile::new_in(blobs.spool_dir()).unwrap();
    let (_, path) = left.keep().unwrap();
    tokio::time::sleep(Duration::from_millis(20)).await;
    assert_eq!(
        blobs.sweep_spool(Duration::from_secs(3600)).await.unwrap(),
        0
    );
    assert_eq!(
        blobs.sweep_spool(Duration::ZERO).await.unwrap(),
        1,
        "{name}"
    );
    assert!(!path.exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_back_end_keeps_the_blob_contract() {
    let dir = tempfile::tempdir().unwrap();
    let mut back_ends: Vec<(&str, Arc<dyn Blobs>)> =
        vec![("local", Arc::new(LocalBlobs::open(dir.path()).unwrap()))];
    let spool = tempfile::tempdir().unwrap();
    if let Some(blobs) = s3_blobs(spool.path()) {
        back_ends.push(("s3", Arc::new(blobs)));
    }
    for (name, blobs) in back_ends {
        keeps_the_blob_contract(name, blobs.as_ref()).await;
    }
}

#[test]
fn blob_urls_other_than_s3_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for url in ["gs://images", "https://s3.example.test/images", "s3://"] {
        let error = compressorize_server::blobs::open(
            Some(url),
            dir.path().into(),
            &compressorize_server::blobs::Presign::Off,
        )
        .unwrap_err();
        assert_eq!(
            error.kind(),
            std::io::ErrorKind::InvalidInput,
            "{url}: {error}"
        );
    }
}
