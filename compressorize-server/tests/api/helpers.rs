//! Spawning the server and talking to it.

use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use compressorize_server::store::Plan;
use compressorize_server::{AppState, Config};
use reqwest::multipart::{Form, Part};
use reqwest::{Response, StatusCode};
use serde_json::Value;
use tempfile::TempDir;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// The shared corpus (`<repo>/../shared/corpus`), or `COMPRESSORIZE_CORPUS`.
pub fn corpus_dir() -> PathBuf {
    let dir = std::env::var_os("COMPRESSORIZE_CORPUS").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"),
        PathBuf::from,
    );
    assert!(
        dir.join("photos/fox.jpg").is_file(),
        "test corpus not found at {} (expected <repo>/../shared/corpus; set COMPRESSORIZE_CORPUS)",
        dir.display()
    );
    dir
}

/// Bytes of a corpus file, e.g. `photos/fox.jpg`.
pub fn corpus(rel: &str) -> Vec<u8> {
    let path = corpus_dir().join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("corpus file {}: {e}", path.display()))
}

/// An HTTP client for talking to loopback servers. reqwest is built with
/// `rustls-no-provider` (for fetch.rs), so a crypto provider is installed first.
pub fn client() -> reqwest::Client {
    compressorize_server::util::ensure_crypto_provider();
    reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("client")
}

/// A client that trusts only the certificate `pem` (for HTTPS servers;
/// it offers HTTP/2 and HTTP/1.1 by ALPN).
pub fn trusting(pem: &str) -> reqwest::Client {
    compressorize_server::util::ensure_crypto_provider();
    reqwest::Client::builder()
        .no_proxy()
        .tls_certs_only([reqwest::Certificate::from_pem(pem.as_bytes()).unwrap()])
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

/// A running server.
pub struct TestApp {
    pub addr: SocketAddr,
    /// A client for it: over HTTPS, trusting its certificate, when it
    /// serves TLS.
    pub client: reqwest::Client,
    /// Whether it serves HTTPS (`Config::tls`).
    pub https: bool,
    pub state: AppState,
    pub data_dir: Arc<TempDir>,
    shutdown: Option<oneshot::Sender<()>>,
    handle: Option<JoinHandle<()>>,
}

/// A server with the default configuration.
pub async fn spawn_app() -> TestApp {
    spawn_with(|_| {}).await
}

/// A server with a configuration adjusted by `adjust`.
pub async fn spawn_with(adjust: impl FnOnce(&mut Config)) -> TestApp {
    spawn_in(Arc::new(TempDir::new().expect("tempdir")), adjust).await
}

/// A server on an existing data directory (for restarts), on the store
/// [`test_database`] names.
pub async fn spawn_in(data_dir: Arc<TempDir>, adjust: impl FnOnce(&mut Config)) -> TestApp {
    let mut config = Config::new(data_dir.path());
    config.database_url = test_database(data_dir.path()).await;
    config.workers = 2;
    config.queue_depth = 8;
    adjust(&mut config);
    let https_pem = config
        .tls
        .as_ref()
        .map(|files| std::fs::read_to_string(&files.cert).expect("the test's certificate"));
    let state = AppState::open(config).await.expect("open state");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (tx, rx) = oneshot::channel::<()>();
    let server_state = state.clone();
    let handle = tokio::spawn(async move {
        compressorize_server::serve(listener, server_state, async {
            let _ = rx.await;
        })
        .await
        .expect("server");
    });
    TestApp {
        addr,
        client: https_pem.as_deref().map_or_else(client, trusting),
        https: https_pem.is_some(),
        state,
        data_dir,
        shutdown: Some(tx),
        handle: Some(handle),
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        let scheme = if self.https { "https" } else { "http" };
        format!("{scheme}://{}{path}", self.addr)
    }

    /// A new API key (created through the library, like `keys create`).
    pub async fn key(&self, plan: Plan) -> String {
        compressorize_server::keys::create_key(self.state.store.as_ref(), plan, None)
            .await
            .expect("create key")
            .key
    }

    /// `POST /api/v1/compress` with a multipart form.
    pub async fn compress(&self, key: &str, form: Form) -> Response {
        self.client
            .post(self.url("/api/v1/compress"))
            .bearer_auth(key)
            .multipart(form)
            .send()
            .await
            .expect("request")
    }

    /// `POST /api/v1/compress` with a JSON body.
    pub async fn compress_json(&self, key: &str, body: &Value) -> Response {
        self.client
            .post(self.url("/api/v1/compress"))
            .bearer_auth(key)
            .json(body)
            .send()
            .await
            .expect("request")
    }

    /// `POST /api/v1/compress` with a raw body of the given content type.
    pub async fn compress_raw(
        &self,
        key: &str,
        content_type: &str,
        body: &'static str,
    ) -> Response {
        self.client
            .post(self.url("/api/v1/compress"))
            .bearer_auth(key)
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request")
    }

    /// Stops the server (graceful) and waits for it.
    pub async fn stop(mut self) {
        self.stop_in_place().await;
    }

    async fn stop_in_place(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(handle) = self.handle.take() {
            handle.await.expect("server task");
        }
    }

    /// Sends the shutdown signal without waiting.
    pub fn begin_shutdown(&mut self) -> JoinHandle<()> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        self.handle.take().expect("server running")
    }
}

/// The database of the servers and CLI runs on `data_dir`: `None` (the
/// SQLite file in it), or with `COMPRESSORIZE_TEST_STORE=postgres` a
/// PostgreSQL database of its own, the same one every time for that
/// directory, so the whole suite can run on either back-end.
pub async fn test_database(data_dir: &Path) -> Option<String> {
    if std::env::var("COMPRESSORIZE_TEST_STORE").as_deref() != Ok("postgres") {
        return None;
    }
    let remembered = data_dir.join("postgres-url");
    if let Ok(url) = std::fs::read_to_string(&remembered) {
        return Some(url);
    }
    let url = postgres_url()
        .await
        .expect("COMPRESSORIZE_TEST_STORE=postgres needs COMPRESSORIZE_TEST_POSTGRES_URL");
    std::fs::write(&remembered, &url).expect("remember the database");
    Some(url)
}

/// A multipart form with `file`.
pub fn file_form(bytes: Vec<u8>, name: &str) -> Form {
    Form::new().part("file", Part::bytes(bytes).file_name(name.to_owned()))
}

/// Asserts an error response: status, `error.code`, `error.param`, a
/// non-empty message and the JSON content type. Returns the body.
pub async fn assert_error(
    response: Response,
    status: StatusCode,
    code: &str,
    param: Option<&str>,
) -> Value {
    assert_eq!(response.status(), status, "status for expected {code}");
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let text = response.text().await.expect("body");
    assert!(
        content_type.starts_with("application/json"),
        "content-type {content_type}, body {text}"
    );
    let body: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"));
    let error = body
        .get("error")
        .unwrap_or_else(|| panic!("no error object: {text}"));
    assert_eq!(error["code"], code, "{text}");
    assert_eq!(
        error.get("param").and_then(Value::as_str),
        param,
        "param in {text}"
    );
    assert!(
        error["message"].as_str().is_some_and(|m| !m.is_empty()),
        "message in {text}"
    );
    let keys: Vec<&String> = error.as_object().expect("object").keys().collect();
    assert!(
        keys.iter()
            .all(|k| ["code", "message", "param"].contains(&k.as_str())),
        "{text}"
    );
    assert_eq!(
        body.as_object().expect("object").len(),
        1,
        "only `error` at the top: {text}"
    );
    body
}

/// Header value as a string.
pub fn header<'a>(response: &'a Response, name: &str) -> &'a str {
    response
        .headers()
        .get(name)
        .unwrap_or_else(|| panic!("missing header {name}"))
        .to_str()
        .expect("ascii header")
}

/// Seconds since the Unix epoch.
pub fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs() as i64
}

/// A client that does not follow redirects (to see the 302 of downloads).
pub fn no_redirect_client() -> reqwest::Client {
    compressorize_server::util::ensure_crypto_provider();
    reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

impl TestApp {
    /// The `/metrics` text.
    pub async fn metrics(&self) -> String {
        self.client
            .get(self.url("/metrics"))
            .send()
            .await
            .expect("metrics request")
            .text()
            .await
            .expect("metrics text")
    }

    /// Waits until `/metrics` counts `n` connections closed by `deadline`
    /// (`header` or `send`); fails after 5 s.
    pub async fn wait_for_timeouts(&self, deadline: &str, n: u32) {
        let line =
            format!("compressorize_connection_timeouts_total{{deadline=\"{deadline}\"}} {n}\n");
        let until = std::time::Instant::now() + Duration::from_secs(5);
        loop {
            let metrics = self.metrics().await;
            if metrics.contains(&line) {
                return;
            }
            assert!(std::time::Instant::now() < until, "{line} in:\n{metrics}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// `GET path` with the key.
    pub async fn get(&self, key: &str, path: &str) -> Response {
        self.client
            .get(self.url(path))
            .bearer_auth(key)
            .send()
            .await
            .expect("request")
    }

    /// `GET /api/v1/status/:id` as JSON (asserting 200).
    pub async fn status(&self, key: &str, id: &str) -> Value {
        let response = self.get(key, &format!("/api/v1/status/{id}")).await;
        assert_eq!(response.status(), StatusCode::OK, "status of {id}");
        response.json().await.expect("status JSON")
    }

    /// Polls the status of `id` until it is `complete` or `failed` (panics
    /// after `timeout`). Returns the last status JSON.
    pub async fn wait_done(&self, key: &str, id: &str, timeout: std::time::Duration) -> Value {
        let deadline = std::time::Instant::now() + timeout;
        loop {
            let status = self.status(key, id).await;
            if status["status"] == "complete" || status["status"] == "failed" {
                return status;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "job {id} not done after {timeout:?}: {status}"
            );
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }
}

/// Files (not directories) directly under `dir`, by name.
pub fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_file())
                .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The `compressorize` binary, with the environment's data settings removed
/// so flags alone decide where the data goes.
pub fn binary() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_compressorize"));
    command
        .env_remove("COMPRESSORIZE_DATA_DIR")
        .env_remove("COMPRESSORIZE_DATABASE_URL")
        .env_remove("COMPRESSORIZE_PUBLIC_BASE_URL");
    command
}

/// `compressorize keys create ...` with `args` (which include `--json`):
/// the printed JSON (`id`, `key`, `plan`, `webhook_secret`).
pub fn create_key_by_cli<S: AsRef<OsStr>>(args: &[S]) -> Value {
    let out = binary().args(args).output().expect("run keys create");
    assert!(out.status.success(), "keys create: {out:?}");
    serde_json::from_slice(&out.stdout).expect("keys create --json")
}

/// A `compressorize` child process logging JSON, its log drained (so the
/// pipe never fills up and blocks it). Killed when dropped.
pub struct Process {
    child: Child,
    /// The fields of the log line it was waited for (see [`start_process`]).
    pub ready: Value,
    log: Option<std::thread::JoinHandle<Vec<String>>>,
}

/// Starts `compressorize ARGS --log-format json` and waits for its log line
/// whose message is `ready_message`.
pub fn start_process<S: AsRef<OsStr>>(args: &[S], ready_message: &str) -> Process {
    start_process_with_env(args, &[], ready_message)
}

/// [`start_process`] with environment variables `env` set.
pub fn start_process_with_env<S: AsRef<OsStr>>(
    args: &[S],
    env: &[(&str, String)],
    ready_message: &str,
) -> Process {
    let mut command = binary();
    command
        .args(args)
        .envs(env.iter().map(|(name, value)| (name, value)))
        .args(["--log-format", "json"]);
    Process::start(command, ready_message)
}

impl Process {
    /// Spawns `command`, which logs JSON to stderr, and waits for its log
    /// line whose message is `ready_message`.
    pub fn start(mut command: Command, ready_message: &str) -> Process {
        let mut child = command
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("start compressorize");
        let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
        let ready = loop {
            let line = lines
                .next()
                .unwrap_or_else(|| panic!("exited before logging {ready_message:?}"))
                .expect("log line");
            let log: Value = serde_json::from_str(&line)
                .unwrap_or_else(|e| panic!("JSON log line ({e}): {line}"));
            if log["fields"]["message"] == ready_message {
                break log["fields"].clone();
            }
        };
        let log = std::thread::spawn(move || lines.map_while(Result::ok).collect::<Vec<_>>());
        Process {
            child,
            ready,
            log: Some(log),
        }
    }

    /// Sends `signal` (a name `kill` knows: `TERM`, `INT`, `HUP`).
    pub fn signal(&self, signal: &str) {
        let sent = Command::new("kill")
            .args([&format!("-{signal}"), &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(sent.success(), "kill -{signal}");
    }

    /// SIGKILL, then the log lines it wrote.
    pub fn kill(mut self) -> Vec<String> {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.collect_log()
    }

    /// SIGTERM, then its exit status and the log lines it wrote. Fails
    /// (and, dropped, kills it) if it has not stopped 30 s later.
    pub fn terminate(self) -> (std::process::ExitStatus, Vec<String>) {
        self.stop_by("TERM")
    }

    /// Sends `signal` (a name `kill` knows: `TERM`, `INT`), then waits as
    /// [`Process::terminate`] does.
    pub fn stop_by(mut self, signal: &str) -> (std::process::ExitStatus, Vec<String>) {
        self.signal(signal);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                break status;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "did not stop within 30 s of SIGTERM"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        (status, self.collect_log())
    }

    /// The log lines, once the process has exited.
    fn collect_log(&mut self) -> Vec<String> {
        self.log
            .take()
            .and_then(|reader| reader.join().ok())
            .unwrap_or_default()
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Log lines saying job `id` completed.
pub fn completions(logs: &[String], id: &str) -> usize {
    logs.iter()
        .filter(|l| l.contains("\"job complete\"") && l.contains(id))
        .count()
}

/// A fresh, empty PostgreSQL database on the test suite's server
/// (`COMPRESSORIZE_TEST_POSTGRES_URL`, which `scripts/test.sh` sets after
/// starting one with `scripts/postgres.sh`), reached over TLS
/// (`sslmode=require`), or `None` without one. Under
/// `scripts/test.sh` (`COMPRESSORIZE_REQUIRE_POSTGRES=1`) a missing server
/// fails the test instead.
pub async fn postgres_url() -> Option<String> {
    use sqlx::Connection;
    let Ok(admin) = std::env::var("COMPRESSORIZE_TEST_POSTGRES_URL") else {
        assert!(
            std::env::var_os("COMPRESSORIZE_REQUIRE_POSTGRES").is_none(),
            "COMPRESSORIZE_TEST_POSTGRES_URL is not set (scripts/test.sh starts PostgreSQL and sets it)"
        );
        eprintln!("no PostgreSQL (COMPRESSORIZE_TEST_POSTGRES_URL): SQLite only");
        return None;
    };
    let name = format!("test_{}", compressorize_server::util::random_hex(8));
    let mut conn = sqlx::PgConnection::connect(&admin)
        .await
        .unwrap_or_else(|e| panic!("PostgreSQL at {admin}: {e}"));
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await
        .expect("create database");
    conn.close().await.ok();
    let base = admin.rsplit_once('/').expect("database in the URL").0;
    Some(format!("{base}/{name}?sslmode=require"))
}

/// The test suite's S3-compatible server (`COMPRESSORIZE_TEST_S3_ENDPOINT`
/// and `COMPRESSORIZE_TEST_S3_BUCKET`, which `scripts/test.sh` sets after
/// starting one with `scripts/s3.sh`): the environment a `compressorize`
/// process needs for `--blob-url`, and that URL with a fresh prefix; or
/// `None` without one (a failure under `scripts/test.sh`).
pub fn s3_target() -> Option<(Vec<(&'static str, String)>, String)> {
    let (Ok(endpoint), Ok(bucket)) = (
        std::env::var("COMPRESSORIZE_TEST_S3_ENDPOINT"),
        std::env::var("COMPRESSORIZE_TEST_S3_BUCKET"),
    ) else {
        assert!(
            std::env::var_os("COMPRESSORIZE_REQUIRE_S3").is_none(),
            "COMPRESSORIZE_TEST_S3_ENDPOINT is not set (scripts/test.sh starts an S3 server and sets it)"
        );
        eprintln!("no S3 server (COMPRESSORIZE_TEST_S3_ENDPOINT): local blobs only");
        return None;
    };
    let env = vec![
        ("AWS_ENDPOINT_URL", endpoint),
        ("AWS_ALLOW_HTTP", "true".to_owned()),
        ("AWS_ACCESS_KEY_ID", "test".to_owned()),
        ("AWS_SECRET_ACCESS_KEY", "test".to_owned()),
        ("AWS_REGION", "us-east-1".to_owned()),
    ];
    let prefix = format!("test-{}", compressorize_server::util::random_hex(8));
    Some((env, format!("s3://{bucket}/{prefix}")))
}

/// S3 blobs on the test suite's server under a fresh prefix, spooling to
/// `spool`, or `None` without a server (see [`s3_target`]).
pub fn s3_blobs(spool: &Path) -> Option<compressorize_server::blobs::S3Blobs> {
    let (env, url) = s3_target()?;
    Some(s3_blobs_at(&env, &url, spool))
}

/// S3 blobs at `url` (`s3://bucket/prefix`) with the settings of `env` (as
/// [`s3_target`] gives them), spooling to `spool`.
pub fn s3_blobs_at(
    env: &[(&str, String)],
    url: &str,
    spool: &Path,
) -> compressorize_server::blobs::S3Blobs {
    compressorize_server::util::ensure_crypto_provider();
    let (bucket, prefix) = url
        .strip_prefix("s3://")
        .and_then(|rest| rest.split_once('/'))
        .expect("s3://bucket/prefix");
    let mut builder = object_store::aws::AmazonS3Builder::new();
    for (name, value) in env {
        let key = name.to_ascii_lowercase().parse().expect("an AWS_* option");
        builder = builder.with_config(key, value);
    }
    let store = builder.with_bucket_name(bucket).build().expect("S3 client");
    compressorize_server::blobs::S3Blobs::with_store(Arc::new(store), prefix, spool.join("spool"))
        .expect("S3 blobs")
}

/// The id of an async job `response` accepted (it must be `202`).
pub async fn accepted_id(response: reqwest::Response) -> String {
    let status = response.status();
    let body = response.text().await.expect("body");
    assert_eq!(status, reqwest::StatusCode::ACCEPTED, "{body}");
    let body: Value = serde_json::from_str(&body).expect("202 JSON");
    body["id"].as_str().expect("a job id").to_owned()
}

/// `GET BASE/api/v1/status/ID` with `key`: the JSON body.
pub async fn job_status(http: &reqwest::Client, base: &str, key: &str, id: &str) -> Value {
    http.get(format!("{base}/api/v1/status/{id}"))
        .bearer_auth(key)
        .send()
        .await
        .expect("status request")
        .json()
        .await
        .expect("status JSON")
}

/// Polls until one of `ids` is `processing` (a worker has it).
pub async fn wait_until_one_runs(
    http: &reqwest::Client,
    base: &str,
    key: &str,
    ids: &[String],
    timeout: std::time::Duration,
) {
    let deadline = std::time::Instant::now() + timeout;
    loop {
        for id in ids {
            if job_status(http, base, key, id).await["status"] == "processing" {
                return;
            }
        }
        assert!(std::time::Instant::now() < deadline, "no job started");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// Polls until every job of `ids` is complete (a failure fails the test):
/// their status bodies, in order.
pub async fn wait_until_complete(
    http: &reqwest::Client,
    base: &str,
    key: &str,
    ids: &[String],
    timeout: std::time::Duration,
) -> Vec<Value> {
    let deadline = std::time::Instant::now() + timeout;
    let mut done = Vec::new();
    for id in ids {
        loop {
            let status = job_status(http, base, key, id).await;
            if status["status"] == "complete" {
                done.push(status);
                break;
            }
            assert_ne!(status["status"], "failed", "{status}");
            assert!(
                std::time::Instant::now() < deadline,
                "job {id} not complete: {status}"
            );
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
    }
    done
}

/// Asserts that `bytes`, a downloaded result, are what `status` (a complete
/// job's status body) reports: its size, and an image in `format` at its
/// dimensions.
pub fn assert_download_matches(bytes: &[u8], status: &Value, format: image::ImageFormat) {
    assert_eq!(
        bytes.len() as u64,
        status["compressed_size"].as_u64().unwrap(),
        "{status}"
    );
    let image = image::load_from_memory_with_format(bytes, format).expect("the result decodes");
    assert_eq!(
        (u64::from(image.width()), u64::from(image.height())),
        (
            status["dimensions"]["width"].as_u64().unwrap(),
            status["dimensions"]["height"].as_u64().unwrap()
        ),
        "{status}"
    );
}
