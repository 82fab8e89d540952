//! API nodes on several machines, as `compressorize serve` processes: each
//! with a data directory of its own, all on one PostgreSQL database and one
//! S3 bucket, sharing the link-signing secret by `--signing-key-file`. A
//! key's rate limit counts its requests on every node; a job accepted by
//! one node is run by another's worker and seen, downloaded and linked
//! from any of them; a node with another secret refuses the link. With
//! `--presigned-downloads`, the object store serves the files itself.

use std::ffi::OsString;
use std::path::Path;
use std::time::Duration;

use reqwest::StatusCode;

use crate::helpers::{
    Process, accepted_id, assert_download_matches, binary, client, corpus, create_key_by_cli,
    file_form, header, no_redirect_client, postgres_url, s3_target, start_process_with_env,
    wait_until_complete,
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
    let id = accepted_id(response).await;
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
    assert_download_matches(&bytes, &status, image::ImageFormat::WebP);
    let refused = plain.get(format!("{c}{location}")).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
}

/// `--presigned-downloads`: `download` redirects to a URL the S3 server
/// answers itself, signed for an hour, with the headers the server's own
/// link sends; the API node never serves the file. With
/// `--presign-endpoint`, the URL is on that address (here `localhost`
/// where the server's client uses `127.0.0.1`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn presigned_downloads_are_served_by_the_object_store() {
    let Some((env, blob_url)) = s3_target() else {
        return;
    };
    let endpoint =
        url::Url::parse(&std::env::var("COMPRESSORIZE_TEST_S3_ENDPOINT").unwrap()).unwrap();
    let mut public = endpoint.clone();
    public.set_host(Some("localhost")).unwrap();
    presigned_download(&env, &blob_url, None, &endpoint).await;
    presigned_download(&env, &blob_url, Some(public.as_str()), &public).await;
}

/// One server with presigned downloads (on `presign_endpoint`, if given):
/// a job's download comes from `expected` (an S3 endpoint).
async fn presigned_download(
    env: &[(&str, String)],
    blob_url: &str,
    presign_endpoint: Option<&str>,
    expected: &url::Url,
) {
    let dir = tempfile::TempDir::new().unwrap();
    let mut args: Vec<OsString> = [
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--async-threshold",
        "100000",
        "--blob-url",
        blob_url,
        "--presigned-downloads",
        "--data-dir",
    ]
    .map(Into::into)
    .into();
    args.push(dir.path().into());
    if let Some(endpoint) = presign_endpoint {
        args.extend(["--presign-endpoint", endpoint].map(OsString::from));
    }
    let mut key_args: Vec<OsString> = ["keys", "create", "--plan", "paid", "--json", "--data-dir"]
        .map(Into::into)
        .into();
    key_args.push(dir.path().into());
    let key = create_key_by_cli(&key_args)["key"]
        .as_str()
        .unwrap()
        .to_owned();
    let server = start_process_with_env(&args, env, "listening");
    let base = format!("http://{}", server.ready["addr"].as_str().unwrap());
    let http = client();

    // fox.jpg (over the 100,000-byte threshold) as an async WebP job.
    let response = http
        .post(format!("{base}/api/v1/compress"))
        .bearer_auth(&key)
        .multipart(file_form(corpus("photos/fox.jpg"), "fox.jpg").text("format", "webp"))
        .send()
        .await
        .unwrap();
    let id = accepted_id(response).await;
    let status = wait_until_complete(
        &http,
        &base,
        &key,
        std::slice::from_ref(&id),
        Duration::from_secs(60),
    )
    .await
    .remove(0);

    let plain = no_redirect_client();
    let redirect = plain
        .get(format!("{base}/api/v1/download/{id}"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(redirect.status(), StatusCode::FOUND);
    assert_eq!(header(&redirect, "cache-control"), "no-store");
    let location = url::Url::parse(header(&redirect, "location")).expect("an absolute URL");
    assert_eq!(location.origin(), expected.origin(), "the S3 server's URL");
    let query: std::collections::HashMap<String, String> =
        location.query_pairs().into_owned().collect();
    assert_eq!(query["X-Amz-Algorithm"], "AWS4-HMAC-SHA256");
    assert_eq!(query["X-Amz-Expires"], "3600", "valid for one hour");
    assert_eq!(query["X-Amz-Signature"].len(), 64);
    // Signed too, so S3 sends these whatever the object's own headers.
    assert_eq!(query["response-content-type"], "image/webp");
    assert_eq!(
        query["response-content-disposition"],
        "attachment; filename=\"compressed.webp\""
    );
    assert!(
        location.path().ends_with(&format!("/results/{id}.webp")),
        "{location}"
    );

    // The store serves the file, with the headers the server's link sends.
    let file = plain.get(location.as_str()).send().await.unwrap();
    assert_eq!(file.status(), StatusCode::OK);
    assert_eq!(header(&file, "content-type"), "image/webp");
    assert_eq!(
        header(&file, "content-disposition"),
        "attachment; filename=\"compressed.webp\""
    );
    let bytes = file.bytes().await.unwrap();
    assert_download_matches(&bytes, &status, image::ImageFormat::WebP);
    let logs = server.kill();
    assert!(
        logs.iter().any(|line| line.contains("/api/v1/download/")),
        "the node logs its requests"
    );
    assert!(
        !logs.iter().any(|line| line.contains("/api/v1/files/")),
        "the node served no file"
    );
}

/// Local blobs cannot presign: `serve --presigned-downloads` without
/// `--blob-url` is a usage error.
#[test]
fn presigned_downloads_need_s3_blobs() {
    let dir = tempfile::TempDir::new().unwrap();
    let out = binary()
        .args(["serve", "--listen", "127.0.0.1:0", "--presigned-downloads"])
        .arg("--data-dir")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--blob-url s3://"), "{stderr}");
    assert!(
        !dir.path().join("compressorize.db").exists(),
        "nothing opened"
    );
}
