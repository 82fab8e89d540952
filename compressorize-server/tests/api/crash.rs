//! Crash safety: the server binary is killed with SIGKILL while it works on
//! accepted jobs and started again on the same data directory. Every
//! accepted job completes, exactly once in its result.

use std::path::Path;
use std::time::{Duration, Instant};

use reqwest::StatusCode;

use crate::helpers::{
    Process, accepted_id, assert_download_matches, client, completions, corpus, create_key_by_cli,
    file_form, files_in, start_process, wait_until_complete, wait_until_one_runs,
};

/// `compressorize serve` on 127.0.0.1 with two job workers and short leases.
struct Server {
    process: Process,
    addr: String,
}

fn start(data_dir: &Path) -> Server {
    let mut args: Vec<std::ffi::OsString> = [
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--workers",
        "2",
        "--job-workers",
        "2",
        "--job-lease",
        "2s",
        "--paid-rpm",
        "100000",
        "--data-dir",
    ]
    .map(Into::into)
    .into();
    args.push(data_dir.into());
    let process = start_process(&args, "listening");
    let addr = process.ready["addr"].as_str().expect("addr").to_owned();
    Server { process, addr }
}

impl Server {
    /// SIGKILL, then the log lines it wrote.
    fn kill(self) -> Vec<String> {
        self.process.kill()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jobs_survive_kill_9_and_complete_exactly_once() {
    let dir = tempfile::TempDir::new().unwrap();
    let mut args: Vec<std::ffi::OsString> =
        ["keys", "create", "--plan", "paid", "--json", "--data-dir"]
            .map(Into::into)
            .into();
    args.push(dir.path().into());
    let key = create_key_by_cli(&args)["key"].as_str().unwrap().to_owned();

    let inputs = [
        "photos/museum_12mp_q100_8MB.jpg",
        "photos/test_exif_full.jpg",
        "photos/dog_exif_extended_xmp_icc.jpg",
        "photos/HMD_Nokia_8.3_5G.jpg",
        "photos/museum_12mp_q100_8MB.jpg",
    ];
    let http = client();
    let server = start(dir.path());
    let mut ids = Vec::new();
    for name in inputs {
        let response = http
            .post(format!("http://{}/api/v1/compress", server.addr))
            .bearer_auth(&key)
            .multipart(file_form(corpus(name), "in.jpg").text("format", "webp"))
            .send()
            .await
            .unwrap();
        ids.push(accepted_id(response).await);
    }
    // Kill it while it works: as soon as a job is leased.
    let base = format!("http://{}", server.addr);
    wait_until_one_runs(&http, &base, &key, &ids, Duration::from_secs(30)).await;
    let mut logs = server.kill();

    // Start again on the same data directory: everything completes.
    let server = start(dir.path());
    let base = format!("http://{}", server.addr);
    let done = wait_until_complete(&http, &base, &key, &ids, Duration::from_secs(240)).await;
    // Exactly one result per job, nothing else; no input left behind.
    let blobs = dir.path().join("blobs");
    let mut expected: Vec<String> = ids.iter().map(|id| format!("{id}.webp")).collect();
    expected.sort();
    assert_eq!(files_in(&blobs.join("results")), expected);
    let deadline = Instant::now() + Duration::from_secs(5);
    while !files_in(&blobs.join("inputs")).is_empty() {
        assert!(Instant::now() < deadline, "input files left behind");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    for (status, id) in done.iter().zip(&ids) {
        assert_eq!(status["id"], id.as_str());
        let file = http
            .get(format!("http://{}/api/v1/download/{id}", server.addr))
            .bearer_auth(&key)
            .send()
            .await
            .unwrap();
        assert_eq!(file.status(), StatusCode::OK);
        let bytes = file.bytes().await.unwrap();
        assert_download_matches(&bytes, status, image::ImageFormat::WebP);
    }
    // Each job was completed once, by one of the two processes.
    logs.extend(server.kill());
    for id in &ids {
        assert_eq!(completions(&logs, id), 1, "job {id} completions");
    }
}
