//! `compressorize keys ...` and `compressorize serve` as a user runs them.

use std::process::Command;
use std::sync::Arc;

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{Process, assert_error, corpus, file_form, spawn_in, test_database};

/// `compressorize ARGS --data-dir DIR`, on the test suite's store for DIR.
async fn cli(args: &[&str], data_dir: &std::path::Path) -> std::process::Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_compressorize"));
    command
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .env_remove("COMPRESSORIZE_DATA_DIR")
        .env_remove("COMPRESSORIZE_DATABASE_URL");
    if let Some(url) = test_database(data_dir).await {
        command.arg("--database-url").arg(url);
    }
    command.output().expect("run compressorize")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_created_keys_work_and_revoked_ones_do_not() {
    let dir = Arc::new(tempfile::TempDir::new().unwrap());
    let out = cli(
        &["keys", "create", "--plan", "free", "--name", "ci", "--json"],
        dir.path(),
    )
    .await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let created: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let fields: Vec<&String> = created.as_object().unwrap().keys().collect();
    assert_eq!(fields.len(), 4, "{created}");
    let id = created["id"].as_str().unwrap().to_owned();
    let key = created["key"].as_str().unwrap().to_owned();
    assert_eq!(created["plan"], "free");
    assert!(key.starts_with("cz_live_"));
    assert!(
        created["webhook_secret"]
            .as_str()
            .unwrap()
            .starts_with("whsec_")
    );

    let out = cli(&["keys", "create", "--plan", "paid"], dir.path()).await;
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("shown only once"));

    let out = cli(&["keys", "list", "--json"], dir.path()).await;
    let listed = String::from_utf8(out.stdout).unwrap();
    assert_eq!(listed.lines().count(), 2);
    assert!(listed.contains(&id) && !listed.contains(&key), "{listed}");

    let app = spawn_in(dir.clone(), |_| {}).await;
    let form = || file_form(corpus("graphics/tango-address-book-new-16.png"), "a.png");
    assert_eq!(app.compress(&key, form()).await.status(), StatusCode::OK);

    let out = cli(&["keys", "revoke", &id], dir.path()).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_error(
        app.compress(&key, form()).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
        None,
    )
    .await;
    let out = cli(&["keys", "revoke", &id], dir.path()).await;
    assert!(!out.status.success(), "revoking twice fails");
    let out = cli(&["keys", "list"], dir.path()).await;
    assert!(String::from_utf8_lossy(&out.stdout).contains("revoked"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_binary_reads_env_twins_and_stops_on_sigterm() {
    let dir = tempfile::TempDir::new().unwrap();
    let out = cli(&["keys", "create", "--plan", "paid", "--json"], dir.path()).await;
    let key = serde_json::from_slice::<Value>(&out.stdout).unwrap()["key"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut serve = Command::new(env!("CARGO_BIN_EXE_compressorize"));
    serve
        .arg("serve")
        .env("COMPRESSORIZE_LISTEN", "127.0.0.1:0")
        .env("COMPRESSORIZE_DATA_DIR", dir.path())
        .env("COMPRESSORIZE_WORKERS", "1")
        .env("COMPRESSORIZE_LOG_FORMAT", "json");
    if let Some(url) = test_database(dir.path()).await {
        serve.env("COMPRESSORIZE_DATABASE_URL", url);
    }
    let server = Process::start(serve, "listening");
    let addr = server.ready["addr"].as_str().unwrap().to_owned();

    let client = crate::helpers::client();
    let response = client
        .post(format!("http://{addr}/api/v1/compress"))
        .bearer_auth(&key)
        .multipart(file_form(
            corpus("graphics/tango-address-book-new-16.png"),
            "a.png",
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let job_id = response.headers()["x-job-id"].to_str().unwrap().to_owned();

    let (status, logs) = server.terminate();
    assert!(status.success(), "{status}");
    assert!(
        logs.iter()
            .any(|l| l.contains(&job_id) && l.contains("\"status\":200")),
        "request log line with the job id: {logs:#?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rotate_webhook_secret_replaces_the_signing_secret() {
    let dir = Arc::new(tempfile::TempDir::new().unwrap());
    let out = cli(&["keys", "create", "--plan", "paid", "--json"], dir.path()).await;
    let created: Value = serde_json::from_slice(&out.stdout).unwrap();
    let id = created["id"].as_str().unwrap();
    let old = created["webhook_secret"].as_str().unwrap();

    let out = cli(&["keys", "rotate-webhook-secret", id, "--json"], dir.path()).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rotated: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rotated["id"], id);
    let new = rotated["webhook_secret"].as_str().unwrap();
    assert!(new.starts_with("whsec_") && new.len() == 6 + 64, "{new}");
    assert_ne!(new, old);

    let app = spawn_in(dir.clone(), |_| {}).await;
    let stored = app.state.store.key_by_id(id).await.unwrap().unwrap();
    assert_eq!(stored.webhook_secret, new);
    app.stop().await;

    let out = cli(&["keys", "rotate-webhook-secret", "key_nope"], dir.path()).await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no key with id key_nope"));
}
