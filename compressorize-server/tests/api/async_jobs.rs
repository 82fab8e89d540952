//! The asynchronous path: 202, status, signed downloads, tenancy, retention,
//! back-pressure and the fair, leased queue — against the real server and a
//! real SQLite file.

use std::time::{Duration, SystemTime};

use compressorize_server::store::{JobMode, JobStatus, Plan};
use image::ImageFormat;
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{
    assert_error, corpus, file_form, files_in, header, no_redirect_client, now_secs, spawn_in,
    spawn_with,
};

/// fox.jpg is 272,383 bytes: with this threshold it takes the async path,
/// which keeps most tests fast. One test uses a real ≥ 2 MiB photo with the
/// default threshold.
const SMALL_THRESHOLD: usize = 100_000;

fn is_rfc3339_utc(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && b[19] == b'Z'
        && s.chars()
            .enumerate()
            .all(|(i, c)| [4, 7, 10, 13, 16, 19].contains(&i) || c.is_ascii_digit())
}

/// Parses `YYYY-MM-DDTHH:MM:SSZ` to Unix seconds.
fn parse_rfc3339(s: &str) -> i64 {
    let n = |a: usize, b: usize| s[a..b].parse::<i64>().unwrap();
    let (y, m, d) = (n(0, 4), n(5, 7), n(8, 10));
    // Days from civil (Howard Hinnant).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    days * 86_400 + n(11, 13) * 3600 + n(14, 16) * 60 + n(17, 19)
}

/// Asserts that the top-level keys of a JSON text come in this order.
fn assert_key_order(text: &str, keys: &[&str]) {
    let at: Vec<usize> = keys
        .iter()
        .map(|k| {
            text.find(&format!("\"{k}\":"))
                .unwrap_or_else(|| panic!("{k} in {text}"))
        })
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "key order {keys:?}: {text}"
    );
}

/// Asserts a 202 body and returns the job id.
async fn accepted(response: reqwest::Response) -> String {
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    assert!(header(&response, "content-type").starts_with("application/json"));
    let text = response.text().await.unwrap();
    assert_key_order(&text, &["id", "status", "poll_url", "estimated_seconds"]);
    let body: Value = serde_json::from_str(&text).unwrap();
    let id = body["id"].as_str().expect("id").to_owned();
    assert!(id.len() >= 16 && id.bytes().all(|b| b.is_ascii_alphanumeric()));
    assert_eq!(body["status"], "processing");
    assert_eq!(body["poll_url"], format!("/api/v1/status/{id}"));
    let estimate = body["estimated_seconds"]
        .as_u64()
        .expect("integer estimate");
    assert!(estimate >= 1, "{body}");
    assert_eq!(body.as_object().unwrap().len(), 4, "{body}");
    id
}

/// The full flow on a real ≥ 2 MiB photo with the default threshold.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_photo_is_queued_polled_and_downloaded_through_a_signed_link() {
    let app = spawn_with(|c| c.paid_rpm = 10_000).await;
    let key = app.key(Plan::Paid).await;
    let input = corpus("photos/HMD_Nokia_8.3_5G.jpg");
    assert!(input.len() >= 2 * 1024 * 1024);
    let form = file_form(input.clone(), "big.jpg").text("max_width", "1200");
    let id = accepted(app.compress(&key, form).await).await;

    // Durable before the 202: the row and the input blob exist.
    let job = app.state.store.job(&id).await.unwrap().expect("row");
    assert_eq!(job.mode, JobMode::Async);
    assert_eq!(job.original_size, input.len() as i64);

    let status = app.wait_done(&key, &id, Duration::from_secs(60)).await;
    assert_eq!(status["id"], id.as_str());
    assert_eq!(status["status"], "complete", "{status}");
    assert_eq!(status["download_url"], format!("/api/v1/download/{id}"));
    assert_eq!(status["original_size"], input.len() as u64);
    let compressed = status["compressed_size"].as_u64().unwrap();
    assert!(compressed > 0 && compressed < input.len() as u64);
    let expected_savings =
        ((input.len() as f64 - compressed as f64) / input.len() as f64 * 100.0).round() as u64;
    assert_eq!(status["savings_percent"], expected_savings);
    assert_eq!(status["format"], "jpeg");
    assert_eq!(status["dimensions"]["width"], 1200);
    let height = status["dimensions"]["height"].as_u64().unwrap();
    assert_eq!(height, (1976.0_f64 * 1200.0 / 4608.0).round() as u64);
    let expires_at = status["expires_at"].as_str().unwrap();
    assert!(is_rfc3339_utc(expires_at), "{expires_at}");
    let expires = parse_rfc3339(expires_at);
    assert!(
        (expires - (now_secs() + 24 * 3600)).abs() < 120,
        "{expires_at}"
    );
    assert_eq!(status.as_object().unwrap().len(), 9, "{status}");
    // In the contract's order, as in its example.
    let raw = app
        .get(&key, &format!("/api/v1/status/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert_key_order(
        &raw,
        &[
            "id",
            "status",
            "download_url",
            "original_size",
            "compressed_size",
            "savings_percent",
            "format",
            "dimensions",
            "expires_at",
        ],
    );
    assert!(
        raw.contains("\"dimensions\":{\"width\":1200,\"height\":"),
        "{raw}"
    );

    // The input is deleted once the job is complete (the row at once, the
    // file right after).
    let job = app.state.store.job(&id).await.unwrap().unwrap();
    assert_eq!(job.input_blob, None);
    let inputs = app.state.config.blob_dir().join("inputs");
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while !files_in(&inputs).is_empty() {
        assert!(std::time::Instant::now() < deadline, "input file left");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    // Download: 302 to a signed link on this server, then the file.
    let plain = no_redirect_client();
    let redirect = plain
        .get(app.url(&format!("/api/v1/download/{id}")))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(redirect.status(), StatusCode::FOUND);
    let location = header(&redirect, "location").to_owned();
    assert!(
        location.starts_with(&format!("/api/v1/files/{id}?expires=")),
        "{location}"
    );
    let file = plain.get(app.url(&location)).send().await.unwrap();
    assert_eq!(file.status(), StatusCode::OK);
    assert_eq!(header(&file, "content-type"), "image/jpeg");
    assert_eq!(
        header(&file, "content-disposition"),
        "attachment; filename=\"compressed.jpg\""
    );
    assert_eq!(header(&file, "content-length"), compressed.to_string());
    let bytes = file.bytes().await.unwrap();
    assert_eq!(bytes.len() as u64, compressed);
    let decoded = image::load_from_memory_with_format(&bytes, ImageFormat::Jpeg).unwrap();
    assert_eq!((decoded.width(), decoded.height() as u64), (1200, height));

    // The default client follows the redirect to the same file.
    let followed = app.get(&key, &format!("/api/v1/download/{id}")).await;
    assert_eq!(followed.status(), StatusCode::OK);
    assert_eq!(followed.bytes().await.unwrap(), bytes);
    app.stop().await;
}

/// The boundary: threshold − 1 bytes is answered in the request, threshold bytes is queued.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_threshold_is_inclusive() {
    let input = corpus("photos/fox.jpg");
    let len = input.len();
    let app = spawn_with(|c| c.async_threshold = len + 1).await;
    let key = app.key(Plan::Paid).await;
    let sync = app.compress(&key, file_form(input.clone(), "f.jpg")).await;
    assert_eq!(sync.status(), StatusCode::OK);
    app.stop().await;
    let app = spawn_with(|c| {
        c.async_threshold = len;
        c.job_workers = 0;
    })
    .await;
    let key = app.key(Plan::Paid).await;
    accepted(app.compress(&key, file_form(input, "f.jpg")).await).await;
    app.stop().await;
}

/// `estimated_seconds` follows the output format: the same 9-megapixel
/// photo is estimated far longer as AVIF than as JPEG (by the CLI here a
/// 12-megapixel photo took 19.0 s as AVIF and 1.3 s as JPEG). With no
/// workers nothing runs, so the estimates are the server's starting ones.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_estimate_follows_the_output_format() {
    let app = spawn_with(|c| c.job_workers = 0).await;
    let key = app.key(Plan::Paid).await;
    let input = corpus("photos/HMD_Nokia_8.3_5G.jpg");
    let mut estimates = Vec::new();
    for format in ["avif", "auto"] {
        let form = file_form(input.clone(), "big.jpg").text("format", format);
        let response = app.compress(&key, form).await;
        assert_eq!(response.status(), StatusCode::ACCEPTED);
        let body: Value = response.json().await.unwrap();
        estimates.push(body["estimated_seconds"].as_u64().expect("integer"));
    }
    let (avif, jpeg) = (estimates[0], estimates[1]);
    assert!(avif >= 10 && avif >= 4 * jpeg, "{estimates:?}");
    app.stop().await;
}

/// A file over the async threshold whose header declares more pixels than
/// the budget gets the synchronous path's answer at once, 413
/// `file_too_large`, and nothing is stored: no job, no input blob. (It used
/// to be queued with a 202 and then fail.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pixel_bomb_over_the_threshold_is_refused_before_it_is_stored() {
    let app = spawn_with(|c| c.job_workers = 0).await;
    let key = app.key(Plan::Paid).await;
    let bomb = corpus("bad/bomb_65535x65535_rgba16_header_only.png");
    let sync = app
        .compress(&key, file_form(bomb.clone(), "bomb.png"))
        .await;
    let sync = assert_error(sync, StatusCode::PAYLOAD_TOO_LARGE, "file_too_large", None).await;

    let mut padded = bomb;
    padded.resize(2 * 1024 * 1024 + 1, 0);
    let queued = app.compress(&key, file_form(padded, "bomb.png")).await;
    let queued = assert_error(
        queued,
        StatusCode::PAYLOAD_TOO_LARGE,
        "file_too_large",
        None,
    )
    .await;
    assert_eq!(queued, sync);
    assert!(
        queued["error"]["message"]
            .as_str()
            .unwrap()
            .contains("65535x65535"),
        "{queued}"
    );
    let stats = app.state.store.queue_stats().await.unwrap();
    assert_eq!((stats.jobs, stats.bytes), (0, 0));
    assert!(files_in(&app.state.config.blob_dir().join("inputs")).is_empty());
    app.stop().await;
}

/// A header the decoder refuses (the bomb's IHDR with a wrong CRC) gives
/// no size to refuse early: the job is queued and fails with the answer the
/// synchronous path gives at once, not with the size it seemed to declare.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_header_fails_the_job_as_the_sync_path_refuses_it() {
    let app = spawn_with(|_| {}).await;
    let key = app.key(Plan::Paid).await;
    let mut damaged = corpus("bad/bomb_65535x65535_rgba16_header_only.png");
    damaged[29] ^= 0xFF; // the first byte of IHDR's CRC
    let sync = app
        .compress(&key, file_form(damaged.clone(), "bomb.png"))
        .await;
    let sync = assert_error(
        sync,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_format",
        None,
    )
    .await;
    assert!(
        sync["error"]["message"].as_str().unwrap().contains("CRC"),
        "{sync}"
    );

    damaged.resize(2 * 1024 * 1024 + 1, 0);
    let id = accepted(app.compress(&key, file_form(damaged, "bomb.png")).await).await;
    let status = app.wait_done(&key, &id, Duration::from_secs(30)).await;
    assert_eq!(status["status"], "failed", "{status}");
    assert_eq!(status["error"], sync["error"]);
    app.stop().await;
}

/// With no workers the job stays queued: `pending`, and download is 422
/// `not_ready`; another key gets 404 like an unknown id. A server started
/// later on the same data directory picks the job up (restart).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn queued_job_is_not_ready_private_to_its_key_and_survives_a_restart() {
    let app = spawn_with(|c| {
        c.async_threshold = SMALL_THRESHOLD;
        c.job_workers = 0;
    })
    .await;
    let key = app.key(Plan::Paid).await;
    let other = app.key(Plan::Paid).await;
    let id = accepted(
        app.compress(&key, file_form(corpus("photos/fox.jpg"), "fox.jpg"))
            .await,
    )
    .await;
    let status = app.status(&key, &id).await;
    assert_eq!(status, serde_json::json!({ "id": id, "status": "pending" }));
    let download = app.get(&key, &format!("/api/v1/download/{id}")).await;
    let body = assert_error(
        download,
        StatusCode::UNPROCESSABLE_ENTITY,
        "not_ready",
        None,
    )
    .await;
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("not complete"),
        "{body}"
    );

    // Another key: exactly the answer for an id that does not exist.
    let unknown = "zzzzzzzzzzzzzzzzzzzz";
    for path in ["status", "download"] {
        let theirs = app.get(&other, &format!("/api/v1/{path}/{id}")).await;
        let theirs = assert_error(theirs, StatusCode::NOT_FOUND, "not_found", None).await;
        let none = app.get(&key, &format!("/api/v1/{path}/{unknown}")).await;
        let none = assert_error(none, StatusCode::NOT_FOUND, "not_found", None).await;
        assert_eq!(
            theirs.to_string().replace(&id, "ID"),
            none.to_string().replace(unknown, "ID")
        );
    }
    // Status needs a key.
    let anonymous = app
        .client
        .get(app.url(&format!("/api/v1/status/{id}")))
        .send()
        .await
        .unwrap();
    assert_error(anonymous, StatusCode::UNAUTHORIZED, "unauthorized", None).await;

    // Restart with workers: the queued job completes.
    let data_dir = app.data_dir.clone();
    app.stop().await;
    let app = spawn_in(data_dir, |c| c.async_threshold = SMALL_THRESHOLD).await;
    let status = app.wait_done(&key, &id, Duration::from_secs(30)).await;
    assert_eq!(status["status"], "complete", "{status}");
    assert_eq!(status["format"], "jpeg");
    app.stop().await;
}

/// Tampered, expired and missing signatures are 403 with the JSON error shape.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn download_links_are_signed_and_expire() {
    let app = spawn_with(|c| c.async_threshold = SMALL_THRESHOLD).await;
    let key = app.key(Plan::Paid).await;
    let id = accepted(
        app.compress(&key, file_form(corpus("photos/fox.jpg"), "fox.jpg"))
            .await,
    )
    .await;
    assert_eq!(
        app.wait_done(&key, &id, Duration::from_secs(30)).await["status"],
        "complete"
    );
    let plain = no_redirect_client();
    let redirect = plain
        .get(app.url(&format!("/api/v1/download/{id}")))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(redirect.status(), StatusCode::FOUND);
    let location = header(&redirect, "location").to_owned();
    let query: Vec<(String, String)> = url::Url::parse(&app.url(&location))
        .unwrap()
        .query_pairs()
        .into_owned()
        .collect();
    let expires: i64 = query[0].1.parse().unwrap();
    let signature = query[1].1.clone();
    assert_eq!(
        (query[0].0.as_str(), query[1].0.as_str()),
        ("expires", "signature")
    );
    assert!(
        (expires - (now_secs() + 3600)).abs() <= 5,
        "valid for 1 hour"
    );
    assert_eq!(signature.len(), 64);

    let get = |path: String| {
        let plain = plain.clone();
        let url = app.url(&path);
        async move { plain.get(url).send().await.unwrap() }
    };
    assert_eq!(get(location.clone()).await.status(), StatusCode::OK);

    let flipped = {
        let mut s = signature.clone().into_bytes();
        s[10] = if s[10] == b'0' { b'1' } else { b'0' };
        String::from_utf8(s).unwrap()
    };
    let tampered = [
        format!("/api/v1/files/{id}?expires={expires}&signature={flipped}"),
        format!(
            "/api/v1/files/{id}?expires={}&signature={signature}",
            expires + 3600
        ),
        format!("/api/v1/files/{id}?expires={expires}"),
        format!("/api/v1/files/{id}"),
        format!("/api/v1/files/{id}?expires={expires}&signature=nothex"),
        format!("/api/v1/files/aaaaaaaaaaaaaaaaaaaa?expires={expires}&signature={signature}"),
    ];
    for path in tampered {
        assert_error(
            get(path).await,
            StatusCode::FORBIDDEN,
            "invalid_signature",
            None,
        )
        .await;
    }
    // A correctly signed link whose hour is over.
    let old = now_secs() - 5;
    let stale = app.state.signer.link(&id, old);
    assert_error(
        get(stale).await,
        StatusCode::FORBIDDEN,
        "link_expired",
        None,
    )
    .await;
    app.stop().await;
}

/// Sync jobs are visible in status and downloadable like async ones.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_jobs_show_as_complete_and_download() {
    let app = spawn_with(|_| {}).await;
    let key = app.key(Plan::Paid).await;
    let input = corpus("photos/fox.jpg");
    let response = app
        .compress(&key, file_form(input.clone(), "fox.jpg"))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let id = header(&response, "x-job-id").to_owned();
    let width: u64 = header(&response, "x-width").parse().unwrap();
    let body = response.bytes().await.unwrap();
    let status = app.status(&key, &id).await;
    assert_eq!(status["status"], "complete");
    assert_eq!(status["compressed_size"], body.len() as u64);
    assert_eq!(status["original_size"], input.len() as u64);
    assert_eq!(status["dimensions"]["width"], width);
    let download = app.get(&key, &format!("/api/v1/download/{id}")).await;
    assert_eq!(download.status(), StatusCode::OK);
    assert_eq!(download.bytes().await.unwrap(), body);
    app.stop().await;
}

/// A job that cannot succeed reports `failed` with the error's code.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn undecodable_input_fails_with_its_error_code() {
    let app = spawn_with(|c| c.async_threshold = SMALL_THRESHOLD).await;
    let key = app.key(Plan::Paid).await;
    let mut truncated = corpus("photos/fox.jpg");
    truncated.truncate(150_000);
    let id = accepted(app.compress(&key, file_form(truncated, "bad.jpg")).await).await;
    let status = app.wait_done(&key, &id, Duration::from_secs(30)).await;
    assert_eq!(status["id"], id.as_str());
    assert_eq!(status["status"], "failed");
    assert_eq!(status["error"]["code"], "unsupported_format", "{status}");
    assert!(status["error"]["message"].as_str().unwrap().len() > 5);
    assert_eq!(status.as_object().unwrap().len(), 3, "{status}");
    assert_eq!(status["error"].as_object().unwrap().len(), 2, "{status}");
    let download = app.get(&key, &format!("/api/v1/download/{id}")).await;
    assert_error(
        download,
        StatusCode::UNPROCESSABLE_ENTITY,
        "not_ready",
        None,
    )
    .await;
    // Its input is gone too.
    assert_eq!(
        app.state.store.job(&id).await.unwrap().unwrap().input_blob,
        None
    );
    let inputs = app.state.config.blob_dir().join("inputs");
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while !files_in(&inputs).is_empty() {
        assert!(std::time::Instant::now() < deadline, "input file left");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    app.stop().await;
}

/// Past `--max-queued-jobs` / `--max-queued-bytes`: 503 `server_busy`, nothing stored.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_queue_answers_503_and_stores_nothing() {
    let input = corpus("photos/fox.jpg");
    for (max_jobs, max_bytes) in [(1, u64::MAX / 2), (100, input.len() as u64 * 3 / 2)] {
        let app = spawn_with(|c| {
            c.async_threshold = SMALL_THRESHOLD;
            c.job_workers = 0;
            c.max_queued_jobs = max_jobs;
            c.max_queued_bytes = max_bytes;
        })
        .await;
        let key = app.key(Plan::Paid).await;
        accepted(app.compress(&key, file_form(input.clone(), "a.jpg")).await).await;
        let busy = app.compress(&key, file_form(input.clone(), "b.jpg")).await;
        assert!(busy.headers().contains_key("retry-after"));
        assert_error(busy, StatusCode::SERVICE_UNAVAILABLE, "server_busy", None).await;
        let stats = app.state.store.queue_stats().await.unwrap();
        assert_eq!((stats.jobs, stats.bytes), (1, input.len() as i64));
        assert_eq!(
            files_in(&app.state.config.blob_dir().join("inputs")).len(),
            1
        );
        assert!(files_in(&app.state.config.blob_dir().join("tmp")).is_empty());
        let metrics = app.metrics().await;
        assert!(
            metrics.contains("\ncompressorize_async_jobs_queued 1\n")
                && metrics.contains(&format!(
                    "\ncompressorize_async_bytes_queued {}\n",
                    input.len()
                )),
            "{metrics}"
        );
        app.stop().await;
    }
}

/// One key's backlog does not starve another key: the key with the fewest
/// jobs in flight is served first. A job whose worker died (lease ran out)
/// is taken again; after the last attempt it fails with `compression_failed`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_queue_is_fair_across_keys_and_leases_expire() {
    let app = spawn_with(|c| {
        c.async_threshold = SMALL_THRESHOLD;
        c.job_workers = 0;
        c.job_max_attempts = 2;
    })
    .await;
    let busy_key = app.key(Plan::Paid).await;
    let quiet_key = app.key(Plan::Paid).await;
    let input = corpus("photos/fox.jpg");
    let mut backlog = Vec::new();
    for _ in 0..3 {
        backlog.push(
            accepted(
                app.compress(&busy_key, file_form(input.clone(), "a.jpg"))
                    .await,
            )
            .await,
        );
    }
    let quiet = accepted(
        app.compress(&quiet_key, file_form(input.clone(), "b.jpg"))
            .await,
    )
    .await;

    let store = &app.state.store;
    let now = compressorize_server::util::now_ms();
    let minute = 60_000;
    let first = store
        .claim_job("w1", now, minute, 2)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        first.id, backlog[0],
        "oldest first when nobody is in flight"
    );
    let second = store
        .claim_job("w2", now, minute, 2)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(second.id, quiet, "the other key goes before the backlog");
    let third = store
        .claim_job("w3", now, minute, 2)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(third.id, backlog[1]);
    assert_eq!((third.status, third.attempts), (JobStatus::Processing, 1));
    assert_eq!(third.claimed_by.as_deref(), Some("w3"));

    // Every worker "dies": once the leases are over the jobs are claimed
    // again, fairly, with the attempt counted.
    let later = now + minute + 1;
    let fourth = store
        .claim_job("w4", later, minute, 2)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (fourth.id.as_str(), fourth.attempts),
        (backlog[0].as_str(), 2)
    );
    let fifth = store
        .claim_job("w5", later, minute, 2)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((fifth.id.as_str(), fifth.attempts), (quiet.as_str(), 2));
    // The dead worker can no longer extend (or complete) the job.
    assert!(
        !store
            .renew_lease(&backlog[0], "w1", later + minute)
            .await
            .unwrap()
    );

    // After its last attempt's lease runs out, it is not claimed a third
    // time; a running server fails it with compression_failed.
    let much_later = later + minute + 1;
    let exhausted = store.exhausted_jobs(much_later, 2).await.unwrap();
    let ids: Vec<&str> = exhausted.iter().map(|j| j.id.as_str()).collect();
    assert_eq!(ids, vec![backlog[0].as_str(), quiet.as_str()]);
    // Expire w4's lease in real time (it was set in the simulated future).
    assert!(store.renew_lease(&backlog[0], "w4", 0).await.unwrap());
    let data_dir = app.data_dir.clone();
    app.stop().await;
    let app = spawn_in(data_dir, |c| {
        c.async_threshold = SMALL_THRESHOLD;
        c.job_max_attempts = 2;
        c.job_workers = 1;
    })
    .await;
    let status = app
        .wait_done(&busy_key, &backlog[0], Duration::from_secs(30))
        .await;
    assert_eq!(status["status"], "failed", "{status}");
    assert_eq!(status["error"]["code"], "compression_failed");
    // The never-claimed job of the backlog is run by the new server.
    let status = app
        .wait_done(&busy_key, &backlog[2], Duration::from_secs(30))
        .await;
    assert_eq!(status["status"], "complete", "{status}");
    app.stop().await;
}

/// The sweeper deletes expired jobs (rows and blobs), then status and
/// download say 404; blob files no row references are deleted after the
/// grace period, fresh ones are left alone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sweeper_removes_expired_results_and_orphans() {
    let app = spawn_with(|c| {
        c.async_threshold = SMALL_THRESHOLD;
        c.result_ttl = Duration::from_secs(2);
        c.sweep_interval = Duration::from_millis(200);
        c.orphan_scan_interval = Duration::from_millis(200);
    })
    .await;
    let key = app.key(Plan::Paid).await;
    let blobs = app.state.config.blob_dir();
    // Orphans, as a crash between writing a blob and its row leaves them.
    let old = SystemTime::now() - Duration::from_secs(2 * 3600);
    for name in ["inputs/crashed", "results/crashed.jpg", "tmp/.tmpSPOOL"] {
        let file = std::fs::File::create(blobs.join(name)).unwrap();
        file.set_modified(old).unwrap();
    }
    std::fs::write(blobs.join("inputs/fresh"), b"x").unwrap();

    let id = accepted(
        app.compress(&key, file_form(corpus("photos/fox.jpg"), "fox.jpg"))
            .await,
    )
    .await;
    let status = app.wait_done(&key, &id, Duration::from_secs(30)).await;
    assert_eq!(status["status"], "complete");
    let result = blobs.join(format!("results/{id}.jpg"));
    assert!(result.is_file());

    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    loop {
        let response = app.get(&key, &format!("/api/v1/status/{id}")).await;
        if response.status() == StatusCode::NOT_FOUND {
            let body = assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
            assert!(
                body["error"]["message"]
                    .as_str()
                    .unwrap()
                    .contains("deleted 24 hours"),
                "{body}"
            );
            break;
        }
        assert!(std::time::Instant::now() < deadline, "not expired in time");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let download = app.get(&key, &format!("/api/v1/download/{id}")).await;
    assert_error(download, StatusCode::NOT_FOUND, "not_found", None).await;
    // The row and the file are gone (not just hidden).
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while app.state.store.job(&id).await.unwrap().is_some() || result.exists() {
        assert!(std::time::Instant::now() < deadline, "row or file left");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(files_in(&blobs.join("inputs")), vec!["fresh".to_owned()]);
    assert!(files_in(&blobs.join("results")).is_empty());
    assert!(files_in(&blobs.join("tmp")).is_empty());
    app.stop().await;
}

/// Orphans are looked for on the first sweep and then once per
/// `orphan_scan_interval` (1 h by default), not on every sweep: the look
/// lists every stored blob. Expired results still go on every sweep.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn orphans_are_looked_for_once_per_scan_interval() {
    let data_dir = std::sync::Arc::new(tempfile::TempDir::new().unwrap());
    let blobs = data_dir.path().join("blobs");
    let old = SystemTime::now() - Duration::from_secs(2 * 3600);
    let orphan = |name: &str| {
        let path = blobs.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::File::create(&path)
            .unwrap()
            .set_modified(old)
            .unwrap();
        path
    };
    let first = orphan("inputs/before-start");
    let app = spawn_in(data_dir.clone(), |c| {
        c.async_threshold = SMALL_THRESHOLD;
        c.result_ttl = Duration::from_secs(1);
        c.sweep_interval = Duration::from_millis(100);
    })
    .await;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while first.exists() {
        assert!(
            std::time::Instant::now() < deadline,
            "the first sweep left it"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let second = orphan("results/after-start.jpg");

    let key = app.key(Plan::Paid).await;
    let id = accepted(
        app.compress(&key, file_form(corpus("photos/fox.jpg"), "fox.jpg"))
            .await,
    )
    .await;
    app.wait_done(&key, &id, Duration::from_secs(30)).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while app.state.store.job(&id).await.unwrap().is_some() {
        assert!(std::time::Instant::now() < deadline, "not expired in time");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(!blobs.join(format!("results/{id}.jpg")).exists());
    assert!(second.exists(), "no orphan scan before the interval is up");
    app.stop().await;
}

/// A graceful stop hands the jobs in flight back to the queue, without
/// counting the interrupted attempt.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graceful_stop_returns_jobs_in_flight_to_the_queue() {
    let app = spawn_with(|c| {
        c.job_workers = 1;
        c.paid_rpm = 10_000;
    })
    .await;
    let key = app.key(Plan::Paid).await;
    let form = file_form(corpus("photos/museum_12mp_q100_8MB.jpg"), "m.jpg").text("format", "webp");
    let id = accepted(app.compress(&key, form).await).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while app.status(&key, &id).await["status"] != "processing" {
        assert!(std::time::Instant::now() < deadline, "never started");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let store = app.state.store.clone();
    app.stop().await;
    let job = store.job(&id).await.unwrap().unwrap();
    assert_eq!(job.status, JobStatus::Pending);
    assert_eq!(job.attempts, 0);
    assert_eq!(job.claimed_by, None);
    assert!(job.input_blob.is_some());
}

/// A fetched URL body at or over the threshold takes the async path too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_url_source_is_queued_like_an_upload() {
    let photo = corpus("photos/HMD_Nokia_8.3_5G.jpg");
    let len = photo.len();
    let fixture = axum::Router::new().route(
        "/big.jpg",
        axum::routing::get(move || {
            let photo = photo.clone();
            async move { photo }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, fixture).await.unwrap() });

    let app = spawn_with(|c| {
        c.allow_private_targets = true;
        c.paid_rpm = 10_000;
    })
    .await;
    let key = app.key(Plan::Paid).await;
    let url = format!("http://{addr}/big.jpg");
    let response = app
        .compress_json(
            &key,
            &serde_json::json!({ "url": url, "format": "webp", "max_width": "1000" }),
        )
        .await;
    let id = accepted(response).await;
    let job = app.state.store.job(&id).await.unwrap().unwrap();
    assert_eq!(job.source, compressorize_server::store::JobSource::Url);
    assert_eq!(job.source_url.as_deref(), Some(url.as_str()));
    assert_eq!(job.original_size, len as i64);
    let status = app.wait_done(&key, &id, Duration::from_secs(60)).await;
    assert_eq!(status["status"], "complete", "{status}");
    assert_eq!(status["format"], "webp");
    assert_eq!(status["dimensions"]["width"], 1000);
    let file = app.get(&key, &format!("/api/v1/download/{id}")).await;
    assert_eq!(header(&file, "content-type"), "image/webp");
    let bytes = file.bytes().await.unwrap();
    let image = image::load_from_memory_with_format(&bytes, ImageFormat::WebP).unwrap();
    assert_eq!(image.width(), 1000);
    app.stop().await;
}

/// A compression past the time limit fails the job with `compression_failed`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_past_the_compress_timeout_fails() {
    let app = spawn_with(|c| {
        c.async_threshold = SMALL_THRESHOLD;
        c.compress_timeout = Duration::from_millis(1);
    })
    .await;
    let key = app.key(Plan::Paid).await;
    // Decoding and encoding fox.jpg takes far more than 1 ms (and little
    // enough that the abandoned thread does not hold up the test's end).
    let form = file_form(corpus("photos/fox.jpg"), "fox.jpg").text("format", "webp");
    let id = accepted(app.compress(&key, form).await).await;
    let status = app.wait_done(&key, &id, Duration::from_secs(30)).await;
    assert_eq!(status["status"], "failed", "{status}");
    assert_eq!(status["error"]["code"], "compression_failed");
    assert!(
        status["error"]["message"]
            .as_str()
            .unwrap()
            .contains("did not finish within"),
        "{status}"
    );
    app.stop().await;
}

/// A job that runs longer than its lease keeps it (renewed while it runs):
/// no other worker takes it over, it is done once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_running_job_renews_its_lease() {
    let lease = Duration::from_millis(300);
    let app = spawn_with(|c| {
        c.job_workers = 2;
        c.job_lease = lease;
        c.paid_rpm = 10_000;
    })
    .await;
    let key = app.key(Plan::Paid).await;
    let form = file_form(corpus("photos/museum_12mp_q100_8MB.jpg"), "m.jpg").text("format", "webp");
    let id = accepted(app.compress(&key, form).await).await;
    let started = std::time::Instant::now();
    let status = app.wait_done(&key, &id, Duration::from_secs(60)).await;
    assert_eq!(status["status"], "complete", "{status}");
    assert!(
        started.elapsed() > lease * 2,
        "the job must outlast its lease for this test to mean anything ({:?})",
        started.elapsed()
    );
    let job = app.state.store.job(&id).await.unwrap().unwrap();
    assert_eq!(job.attempts, 1, "taken over by another worker");
    app.stop().await;
}
