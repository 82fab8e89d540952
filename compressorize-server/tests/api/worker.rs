//! `compressorize worker`: a server that only queues jobs (`--job-workers
//! 0`) and worker processes on the same data directory, each a real child
//! process. Jobs wait until a worker runs; a worker killed mid-job leaves it
//! to the next by its lease; each job completes once; the webhook a worker
//! sends links to the API's public address; SIGTERM stops a worker cleanly.

use std::ffi::OsString;
use std::path::Path;
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::Value;

use compressorize_server::blobs::Blobs;

use crate::helpers::{
    Process, accepted_id, binary, client, completions, corpus, create_key_by_cli, file_form,
    files_in, job_status, postgres_url, s3_blobs_at, s3_target, start_process_with_env,
    wait_until_complete, wait_until_one_runs,
};
use crate::webhooks::receiver;

const PUBLIC_BASE: &str = "https://api.example.test";

/// Where the processes keep their state: a data directory (the blobs
/// unless a blob URL is given, the SQLite file unless a database URL is),
/// and the environment the S3 client takes its settings from.
struct Data<'a> {
    dir: &'a Path,
    database_url: Option<String>,
    blob_url: Option<String>,
    env: Vec<(&'static str, String)>,
}

/// `words` with the flags naming where `data` is (what `keys` takes).
fn store_args(words: &[&str], data: &Data) -> Vec<OsString> {
    let mut args: Vec<OsString> = words.iter().map(Into::into).collect();
    args.push("--data-dir".into());
    args.push(data.dir.into());
    if let Some(url) = &data.database_url {
        args.push("--database-url".into());
        args.push(url.into());
    }
    args
}

/// `words` with the flags naming where `data` is, blobs included (what
/// `serve` and `worker` take).
fn args(words: &[&str], data: &Data) -> Vec<OsString> {
    let mut args = store_args(words, data);
    if let Some(url) = &data.blob_url {
        args.push("--blob-url".into());
        args.push(url.into());
    }
    args
}

impl<'a> Data<'a> {
    /// The embedded defaults: everything under `dir`.
    fn local(dir: &'a Path) -> Self {
        Data {
            dir,
            database_url: None,
            blob_url: None,
            env: Vec::new(),
        }
    }
}

/// The results stored, by key (`results/<id>.webp`).
async fn stored_results(data: &Data<'_>) -> Vec<String> {
    let mut results = if let Some(url) = &data.blob_url {
        let spool = tempfile::TempDir::new().unwrap();
        s3_blobs_at(&data.env, url, spool.path())
            .older_than(Duration::ZERO)
            .await
            .unwrap()
            .into_iter()
            .filter(|key| key.starts_with("results/"))
            .collect()
    } else {
        files_in(&data.dir.join("blobs/results"))
            .into_iter()
            .map(|name| format!("results/{name}"))
            .collect::<Vec<_>>()
    };
    results.sort();
    results
}

/// A worker with one job slot, short leases, loopback webhooks allowed.
fn start_worker(data: &Data) -> Process {
    let worker = start_process_with_env(
        &args(
            &[
                "worker",
                "--job-workers",
                "1",
                "--job-lease",
                "2s",
                "--allow-private-targets",
                "--public-base-url",
                PUBLIC_BASE,
            ],
            data,
        ),
        &data.env,
        "worker started",
    );
    assert_eq!(worker.ready["job_workers"], 1);
    worker
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn workers_run_what_a_queue_only_server_accepts() {
    let dir = tempfile::TempDir::new().unwrap();
    workers_run_jobs(&Data::local(dir.path())).await;
}

/// The same as the processes run beyond one machine: the server, the
/// workers and `keys create` share a PostgreSQL database, and the blobs
/// are in an S3-compatible store.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn workers_run_what_a_queue_only_server_accepts_over_postgres_and_s3() {
    let (Some(database_url), Some((env, blob_url))) = (postgres_url().await, s3_target()) else {
        return;
    };
    let dir = tempfile::TempDir::new().unwrap();
    workers_run_jobs(&Data {
        dir: dir.path(),
        database_url: Some(database_url),
        blob_url: Some(blob_url),
        env,
    })
    .await;
    // Nothing went to a SQLite file or a local blob directory.
    assert!(!dir.path().join("compressorize.db").exists());
    assert!(files_in(&dir.path().join("blobs/results")).is_empty());
}

async fn workers_run_jobs(data: &Data<'_>) {
    let created = create_key_by_cli(&store_args(
        &["keys", "create", "--plan", "paid", "--json"],
        data,
    ));
    let key = created["key"].as_str().unwrap().to_owned();
    let secret = created["webhook_secret"].as_str().unwrap().to_owned();
    let hook = receiver(vec![200]).await;
    let server = start_process_with_env(
        &args(
            &[
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--job-workers",
                "0",
                "--allow-private-targets",
                "--paid-rpm",
                "100000",
            ],
            data,
        ),
        &data.env,
        "listening",
    );
    let api = format!("http://{}", server.ready["addr"].as_str().unwrap());
    let http = client();
    let mut ids = Vec::new();
    for name in [
        "photos/dog_exif_extended_xmp_icc.jpg",
        "photos/test_exif_full.jpg",
        "photos/HMD_Nokia_8.3_5G.jpg",
    ] {
        let form = file_form(corpus(name), "in.jpg")
            .text("format", "webp")
            .text("quality", "75")
            .text("webhook_url", hook.url.clone());
        let response = http
            .post(format!("{api}/api/v1/compress"))
            .bearer_auth(&key)
            .multipart(form)
            .send()
            .await
            .unwrap();
        ids.push(accepted_id(response).await);
    }
    // Nothing runs them in the server: still queued a second later.
    tokio::time::sleep(Duration::from_secs(1)).await;
    for id in &ids {
        assert_eq!(
            job_status(&http, &api, &key, id).await["status"],
            "pending",
            "{id}"
        );
    }

    // A worker takes one; it is killed while it works on it.
    let first = start_worker(data);
    wait_until_one_runs(&http, &api, &key, &ids, Duration::from_secs(30)).await;
    let mut logs = first.kill();

    // The next worker finishes everything, the killed job once its lease ran out.
    let second = start_worker(data);
    let done = wait_until_complete(&http, &api, &key, &ids, Duration::from_secs(120)).await;
    let mut expected: Vec<String> = ids.iter().map(|id| format!("results/{id}.webp")).collect();
    expected.sort();
    assert_eq!(stored_results(data).await, expected);
    // Downloads go through the server and its signed link.
    for (s, id) in done.iter().zip(&ids) {
        let file = http
            .get(format!("{api}/api/v1/download/{id}"))
            .bearer_auth(&key)
            .send()
            .await
            .unwrap();
        assert_eq!(file.status(), StatusCode::OK);
        let bytes = file.bytes().await.unwrap();
        assert_eq!(bytes.len() as u64, s["compressed_size"].as_u64().unwrap());
        let image = image::load_from_memory_with_format(&bytes, image::ImageFormat::WebP).unwrap();
        assert_eq!(
            u64::from(image.width()),
            s["dimensions"]["width"].as_u64().unwrap()
        );
    }
    // One signed webhook per job, sent by the worker, linking to the API.
    let hits = hook.wait_for(ids.len(), Duration::from_secs(30)).await;
    let mut hooked: Vec<String> = hits
        .iter()
        .map(|hit| {
            let signature = hit.headers["x-compressorize-signature"].to_str().unwrap();
            assert!(compressorize_server::webhook::verify(
                &secret, &hit.body, signature
            ));
            let payload: Value = serde_json::from_slice(&hit.body).unwrap();
            assert_eq!(payload["status"], "complete");
            let id = payload["id"].as_str().unwrap().to_owned();
            assert_eq!(
                payload["download_url"],
                format!("{PUBLIC_BASE}/api/v1/download/{id}")
            );
            id
        })
        .collect();
    hooked.sort();
    let mut sorted_ids = ids.clone();
    sorted_ids.sort();
    assert_eq!(hooked, sorted_ids);

    // SIGTERM stops a worker cleanly; each job was completed once in all.
    let (exit, second_logs) = second.terminate();
    assert!(exit.success(), "worker exit: {exit}");
    assert!(second_logs.iter().any(|l| l.contains("\"stopped\"")));
    logs.extend(second_logs);
    for id in &ids {
        assert_eq!(completions(&logs, id), 1, "job {id} completions");
    }
    drop(server);
}

#[test]
fn a_worker_needs_the_public_base_url_and_a_job_slot() {
    let dir = tempfile::TempDir::new().unwrap();
    let data = Data::local(dir.path());
    let out = binary().args(args(&["worker"], &data)).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--public-base-url is required"),
        "{out:?}"
    );
    let out = binary()
        .args(args(
            &[
                "worker",
                "--public-base-url",
                PUBLIC_BASE,
                "--job-workers",
                "0",
            ],
            &data,
        ))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--job-workers must be at least 1"),
        "{out:?}"
    );
}

/// A worker signs no download links, so it makes no signing key in its
/// data directory (it does make the database there).
#[test]
fn a_worker_makes_no_signing_key() {
    let dir = tempfile::TempDir::new().unwrap();
    let data = Data::local(dir.path());
    let (status, _) = start_worker(&data).terminate();
    assert!(status.success(), "{status}");
    assert!(dir.path().join("compressorize.db").is_file());
    assert!(!dir.path().join("signing.key").exists());
}
