//! Crash safety: the server binary is killed with SIGKILL while it works on
//! accepted jobs and started again on the same data directory. Every
//! accepted job completes, exactly once in its result.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{client, corpus, file_form, files_in};

/// A `compressorize serve` child process on 127.0.0.1 with its log drained.
struct Server {
    child: Child,
    addr: String,
    log: std::thread::JoinHandle<Vec<String>>,
}

fn start(data_dir: &Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_compressorize"))
        .args([
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
            "--log-format",
            "json",
        ])
        .arg("--data-dir")
        .arg(data_dir)
        .env_remove("COMPRESSORIZE_DATA_DIR")
        .env_remove("COMPRESSORIZE_DATABASE_URL")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("start compressorize serve");
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let addr = loop {
        let line = lines.next().expect("server log").unwrap();
        let log: Value =
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("JSON log line ({e}): {line}"));
        if log["fields"]["message"] == "listening" {
            break log["fields"]["addr"].as_str().unwrap().to_owned();
        }
    };
    // Keep reading so the pipe never fills up and blocks the server.
    let log = std::thread::spawn(move || lines.map_while(Result::ok).collect::<Vec<_>>());
    Server { child, addr, log }
}

impl Server {
    /// SIGKILL, then the log lines it wrote.
    fn kill(mut self) -> Vec<String> {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let log = std::mem::replace(&mut self.log, std::thread::spawn(Vec::new));
        log.join().unwrap_or_default()
    }
}

/// Log lines saying `id` completed.
fn completions(logs: &[String], id: &str) -> usize {
    logs.iter()
        .filter(|l| l.contains("\"job complete\"") && l.contains(id))
        .count()
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jobs_survive_kill_9_and_complete_exactly_once() {
    let dir = tempfile::TempDir::new().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_compressorize"))
        .args(["keys", "create", "--plan", "paid", "--json", "--data-dir"])
        .arg(dir.path())
        .env_remove("COMPRESSORIZE_DATA_DIR")
        .env_remove("COMPRESSORIZE_DATABASE_URL")
        .output()
        .unwrap();
    assert!(out.status.success());
    let key = serde_json::from_slice::<Value>(&out.stdout).unwrap()["key"]
        .as_str()
        .unwrap()
        .to_owned();

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
        assert_eq!(response.status(), StatusCode::ACCEPTED, "{name}");
        let body: Value = response.json().await.unwrap();
        ids.push(body["id"].as_str().unwrap().to_owned());
    }
    // Kill it while it works: as soon as a job is leased.
    let status = |addr: String, id: String| {
        let http = http.clone();
        let key = key.clone();
        async move {
            http.get(format!("http://{addr}/api/v1/status/{id}"))
                .bearer_auth(&key)
                .send()
                .await
                .unwrap()
                .json::<Value>()
                .await
                .unwrap()
        }
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    'wait: loop {
        for id in &ids {
            if status(server.addr.clone(), id.clone()).await["status"] == "processing" {
                break 'wait;
            }
        }
        assert!(Instant::now() < deadline, "no job started");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let mut logs = server.kill();

    // Start again on the same data directory: everything completes.
    let server = start(dir.path());
    let deadline = Instant::now() + Duration::from_secs(240);
    let mut done = Vec::new();
    for id in &ids {
        loop {
            let s = status(server.addr.clone(), id.clone()).await;
            if s["status"] == "complete" {
                done.push(s);
                break;
            }
            assert_ne!(s["status"], "failed", "{s}");
            assert!(Instant::now() < deadline, "job {id} not complete: {s}");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
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
        assert_eq!(
            bytes.len() as u64,
            status["compressed_size"].as_u64().unwrap()
        );
        let image = image::load_from_memory_with_format(&bytes, image::ImageFormat::WebP).unwrap();
        assert_eq!(
            (u64::from(image.width()), u64::from(image.height())),
            (
                status["dimensions"]["width"].as_u64().unwrap(),
                status["dimensions"]["height"].as_u64().unwrap()
            )
        );
    }
    // Each job was completed once, by one of the two processes.
    logs.extend(server.kill());
    for id in &ids {
        assert_eq!(completions(&logs, id), 1, "job {id} completions");
    }
}
