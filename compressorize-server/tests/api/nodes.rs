//! API nodes on several machines, as `compressorize serve` processes: each
//! with a data directory of its own, all on one PostgreSQL database and one
//! S3 bucket, sharing the link-signing secret by `--signing-key-file`. A
//! key's rate limit counts its requests on every node; a job accepted by
//! one node is run by another's worker and seen, downloaded and linked
//! from any of them; a node with another secret refuses the link.

use std::ffi::OsString;
use std::path::Path;
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{
    Process, client, corpus, create_key_by_cli, file_form, header, no_redirect_client,
    postgres_url, s3_target, start_process_with_env, wait_until_complete,
};

/// `compressorize serve` on 127.0.0.1 with its own data directory.
fn node(
    dir: &Path,
    database_url: &str,
    blob_url: &str,
    env: &[(&str, String)],
    signing_key: &Path,
    job_workers: &str,
) -> (Process, String) {
    let mut args: Vec<OsString> = [
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--job-workers",
        job_workers,
        "--async-threshold",
        "100000",
        "--free-rpm",
        "3",
        "--paid-rpm",
        "100000",
        "--database-url",
        database_url,
        "--blob-url",
        blob_url,
    ]
    .map(Into::into)
    .into();
    for (flag, path) in [("--data-dir", dir), ("--signing-key-file", signing_key)] {
        args.push(flag.into());
        args.push(path.into());
    }
    let process = start_process_with_env(&args, env, "listening");
    let base = format!("http://{}", process.ready["addr"].as_str().unwrap());
    (process, base)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nodes_share_keys_limits_jobs_files_and_links() {
    let (Some(database_url), Some((env, blob_url))) = (postgres_url().await, s3_target()) else {
        return;
    };
    let root = tempfile::TempDir::new().unwrap();
    let dirs: Vec<_> = ["a", "b", "c"].map(|n| root.path().join(n)).into();
    let (shared_key, other_key) = (
        root.path().join("shared.key"),
        root.path().join("other.key"),
    );
    let key_of = |plan: &str| {
        let mut args: Vec<OsString> =
            ["keys", "create", "--plan", plan, "--json", "--database-url"]
                .map(Into::into)
                .into();
        args.push(database_url.as_str().into());
        args.push("--data-dir".into());
        args.push(dirs[0].as_path().into());
        create_key_by_cli(&args)["key"].as_str().unwrap().to_owned()
    };
    let (free, paid) = (key_of("free"), key_of("paid"));
    // Node a only queues; node b runs jobs; node c has another secret.
    let (_a, a) = node(&dirs[0], &database_url, &blob_url, &env, &shared_key, "0");
    let (_b, b) = node(&dirs[1], &database_url, &blob_url, &env, &shared_key, "1");
    let (_c, c) = node(&dirs[2], &database_url, &blob_url, &env, &other_key, "0");
    let http = client();

    // Three free requests a minute in all, wherever they land.
    for (n, base) in [&a, &b, &c, &a].into_iter().enumerate() {
        let response = http
            .post(format!("{base}/api/v1/compress"))
            .bearer_auth(&free)
            .send()
            .await
            .unwrap();
        if n < 3 {
            assert_eq!(
                response.status(),
                StatusCode::BAD_REQUEST,
                "request {n}: missing_source"
            );
            assert_eq!(
                header(&response, "x-ratelimit-remaining"),
                (2 - n).to_string()
            );
        } else {
            assert_eq!(
                response.status(),
                StatusCode::TOO_MANY_REQUESTS,
                "request {n}"
            );
        }
    }

    // A job accepted by a, run by b's worker, seen from c.
    let photo = corpus("photos/fox.jpg");
    let response = http
        .post(format!("{a}/api/v1/compress"))
        .bearer_auth(&paid)
        .multipart(
            file_form(photo, "fox.jpg")
                .text("format", "webp")
                .text("quality", "70"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let id = response.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let status = wait_until_complete(
        &http,
        &c,
        &paid,
        std::slice::from_ref(&id),
        Duration::from_secs(60),
    )
    .await
    .remove(0);
    assert!(!dirs[1].join("blobs/results").exists(), "results go to S3");

    // a's signed link is good on b (shared secret), refused by c.
    let plain = no_redirect_client();
    let redirect = plain
        .get(format!("{a}/api/v1/download/{id}"))
        .bearer_auth(&paid)
        .send()
        .await
        .unwrap();
    assert_eq!(redirect.status(), StatusCode::FOUND);
    let location = header(&redirect, "location").to_owned();
    let file = plain.get(format!("{b}{location}")).send().await.unwrap();
    assert_eq!(file.status(), StatusCode::OK);
    let bytes = file.bytes().await.unwrap();
    assert_eq!(
        bytes.len() as u64,
        status["compressed_size"].as_u64().unwrap()
    );
    let image = image::load_from_memory_with_format(&bytes, image::ImageFormat::WebP).unwrap();
    assert_eq!(
        u64::from(image.width()),
        status["dimensions"]["width"].as_u64().unwrap()
    );
    let refused = plain.get(format!("{c}{location}")).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
}
