//! Webhooks against a real receiver on loopback: the payload, the signature
//! (computed independently here, with the README's snippet and with the
//! library's `verify`), retries with backoff, the send-time SSRF guard, and
//! `webhook_url` validation.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode as AxumStatus};
use compressorize_server::keys::create_key;
use compressorize_server::store::{DeliveryStatus, Plan};
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{accepted_id, assert_error, corpus, file_form, spawn_in, spawn_with};

// ---- The README's verification snippet, verbatim (checked below). ----
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// `true` when `signature` (the X-Compressorize-Signature header) is the
/// HMAC-SHA256 of the raw request body under your webhook signing secret.
fn verify_signature(secret: &str, body: &[u8], signature: &str) -> bool {
    let Ok(signature) = hex::decode(signature.trim()) else {
        return false;
    };
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(body);
    mac.verify_slice(&signature).is_ok() // constant-time comparison
}
// ---- end of snippet ----

/// One received request.
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    pub(crate) at: Instant,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

/// A webhook receiver on 127.0.0.1 answering the scripted statuses in
/// order (the last one repeats).
pub(crate) struct Receiver {
    pub(crate) url: String,
    hits: Arc<Mutex<Vec<Hit>>>,
}

pub(crate) async fn receiver(script: Vec<u16>) -> Receiver {
    let hits = Arc::new(Mutex::new(Vec::<Hit>::new()));
    let recorded = hits.clone();
    let handler = move |headers: HeaderMap, body: Bytes| {
        let hits = recorded.clone();
        let script = script.clone();
        async move {
            let mut hits = hits.lock().unwrap();
            let status = script[hits.len().min(script.len() - 1)];
            hits.push(Hit {
                at: Instant::now(),
                headers,
                body,
            });
            AxumStatus::from_u16(status).unwrap()
        }
    };
    let app = axum::Router::new().route("/hook", axum::routing::post(handler));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    Receiver {
        url: format!("http://{addr}/hook"),
        hits,
    }
}

impl Receiver {
    pub(crate) async fn wait_for(&self, n: usize, timeout: Duration) -> Vec<Hit> {
        let deadline = Instant::now() + timeout;
        loop {
            let hits = self.hits.lock().unwrap().clone();
            if hits.len() >= n {
                return hits;
            }
            assert!(
                Instant::now() < deadline,
                "{} of {n} webhook requests after {timeout:?}",
                hits.len()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

const SMALL_THRESHOLD: usize = 100_000;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn completion_webhook_is_signed_and_retried_until_it_gets_through() {
    let hook = receiver(vec![500, 500, 200]).await;
    let app = spawn_with(|c| {
        c.async_threshold = SMALL_THRESHOLD;
        c.allow_private_targets = true;
        c.webhook_backoff = Duration::from_millis(200);
    })
    .await;
    let created = create_key(app.state.store.as_ref(), Plan::Paid, None)
        .await
        .unwrap();
    let form = file_form(corpus("photos/fox.jpg"), "fox.jpg").text("webhook_url", hook.url.clone());
    let response = app.compress(&created.key, form).await;
    let id = accepted_id(response).await;

    let hits = hook.wait_for(3, Duration::from_secs(30)).await;
    // The same delivery each time: identical bytes, one delivery id.
    assert!(hits.iter().all(|h| h.body == hits[0].body));
    let delivery_ids: Vec<&str> = hits
        .iter()
        .map(|h| h.headers["x-compressorize-delivery"].to_str().unwrap())
        .collect();
    assert!(delivery_ids.iter().all(|d| *d == delivery_ids[0]));
    // Exponential backoff: 200 ms, then 400 ms.
    let gaps: Vec<Duration> = hits.windows(2).map(|w| w[1].at - w[0].at).collect();
    assert!(gaps[0] >= Duration::from_millis(190), "{gaps:?}");
    assert!(gaps[1] >= Duration::from_millis(390), "{gaps:?}");

    let hit = &hits[2];
    assert_eq!(hit.headers["content-type"], "application/json");
    let signature = hit.headers["x-compressorize-signature"].to_str().unwrap();
    // The documented computation, independently: lowercase hex HMAC-SHA256 of the raw body.
    let mut mac = Hmac::<Sha256>::new_from_slice(created.webhook_secret.as_bytes()).unwrap();
    mac.update(&hit.body);
    assert_eq!(signature, hex::encode(mac.finalize().into_bytes()));
    assert!(verify_signature(
        &created.webhook_secret,
        &hit.body,
        signature
    ));
    assert!(compressorize_server::webhook::verify(
        &created.webhook_secret,
        &hit.body,
        signature
    ));
    assert!(!compressorize_server::webhook::verify(
        "whsec_wrong",
        &hit.body,
        signature
    ));
    let mut tampered = hit.body.to_vec();
    tampered[5] ^= 1;
    assert!(!verify_signature(
        &created.webhook_secret,
        &tampered,
        signature
    ));

    // The payload is the status JSON with an absolute download_url.
    let payload: Value = serde_json::from_slice(&hit.body).unwrap();
    let mut status = app.status(&created.key, &id).await;
    assert_eq!(status["status"], "complete");
    status["download_url"] = Value::from(format!("http://{}/api/v1/download/{id}", app.addr));
    assert_eq!(payload, status);

    // Recorded as delivered on the third attempt, and not sent again.
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(hook.hits.lock().unwrap().len(), 3);
    let deliveries = app.state.store.deliveries_for_job(&id).await.unwrap();
    assert_eq!(deliveries.len(), 1);
    assert_eq!(deliveries[0].status, DeliveryStatus::Delivered);
    assert_eq!(deliveries[0].attempts, 3);
    app.stop().await;
}

/// A failed job is reported too; a rotated secret signs from then on; the
/// download link in the payload uses `--public-base-url`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failure_webhook_uses_the_rotated_secret_and_public_base_url() {
    let hook = receiver(vec![204]).await;
    let app = spawn_with(|c| {
        c.async_threshold = SMALL_THRESHOLD;
        c.allow_private_targets = true;
        c.public_base_url = Some("https://img.example.test/".into());
    })
    .await;
    let store = app.state.store.clone();
    let created = create_key(store.as_ref(), Plan::Paid, None).await.unwrap();
    let rotated = "whsec_rotated_for_test";
    assert!(
        store
            .set_webhook_secret(&created.id, rotated)
            .await
            .unwrap()
    );
    let mut truncated = corpus("photos/fox.jpg");
    truncated.truncate(150_000);
    let form = file_form(truncated, "bad.jpg").text("webhook_url", hook.url.clone());
    let response = app.compress(&created.key, form).await;
    let id = accepted_id(response).await;
    let hits = hook.wait_for(1, Duration::from_secs(30)).await;
    let hit = &hits[0];
    let signature = hit.headers["x-compressorize-signature"].to_str().unwrap();
    assert!(verify_signature(rotated, &hit.body, signature));
    assert!(!verify_signature(
        &created.webhook_secret,
        &hit.body,
        signature
    ));
    let payload: Value = serde_json::from_slice(&hit.body).unwrap();
    assert_eq!(payload["id"], id.as_str());
    assert_eq!(payload["status"], "failed");
    assert_eq!(payload["error"]["code"], "unsupported_format");
    assert_eq!(payload, app.status(&created.key, &id).await);
    app.stop().await;

    // The base URL appears in completion payloads.
    let hook = receiver(vec![200]).await;
    let app = spawn_with(|c| {
        c.async_threshold = SMALL_THRESHOLD;
        c.allow_private_targets = true;
        c.public_base_url = Some("https://img.example.test/".into());
    })
    .await;
    let key = app.key(Plan::Paid).await;
    let form = file_form(corpus("photos/fox.jpg"), "fox.jpg").text("webhook_url", hook.url.clone());
    let id = app
        .compress(&key, form)
        .await
        .json::<Value>()
        .await
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let hits = hook.wait_for(1, Duration::from_secs(30)).await;
    let payload: Value = serde_json::from_slice(&hits[0].body).unwrap();
    assert_eq!(
        payload["download_url"],
        format!("https://img.example.test/api/v1/download/{id}")
    );
    app.stop().await;
}

/// The guard runs again at send time: a URL accepted by a server that
/// allowed private targets is not contacted by one that does not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deliveries_are_checked_against_the_guard_at_send_time() {
    let hook = receiver(vec![200]).await;
    let app = spawn_with(|c| {
        c.async_threshold = SMALL_THRESHOLD;
        c.allow_private_targets = true;
        c.job_workers = 0;
    })
    .await;
    let key = app.key(Plan::Paid).await;
    let form = file_form(corpus("photos/fox.jpg"), "fox.jpg").text("webhook_url", hook.url.clone());
    let response = app.compress(&key, form).await;
    let id = accepted_id(response).await;
    let data_dir = app.data_dir.clone();
    app.stop().await;

    let app = spawn_in(data_dir, |c| c.async_threshold = SMALL_THRESHOLD).await;
    assert_eq!(
        app.wait_done(&key, &id, Duration::from_secs(30)).await["status"],
        "complete"
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    let delivery = loop {
        let deliveries = app.state.store.deliveries_for_job(&id).await.unwrap();
        if let Some(d) = deliveries
            .first()
            .filter(|d| d.status != DeliveryStatus::Pending)
        {
            break d.clone();
        }
        assert!(Instant::now() < deadline, "delivery not attempted");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(delivery.status, DeliveryStatus::Failed);
    assert!(
        // Refused by the guard: plain http and loopback addresses are both
        // allowed only with --allow-private-targets.
        delivery
            .last_error
            .as_deref()
            .is_some_and(|e| e.contains("https") || e.contains("private")),
        "{delivery:?}"
    );
    assert!(
        hook.hits.lock().unwrap().is_empty(),
        "loopback was contacted"
    );
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_webhook_urls_are_refused_before_anything_is_stored() {
    let app = spawn_with(|c| c.async_threshold = SMALL_THRESHOLD).await;
    let key = app.key(Plan::Paid).await;
    for bad in [
        "http://example.com/hook",
        "https://127.0.0.1/hook",
        "https://10.1.2.3/hook",
        "https://192.168.0.10:8443/hook",
        "https://169.254.169.254/latest/meta-data",
        "https://[::1]/hook",
        "https://user:secret@93.184.215.14/hook",
        "ftp://93.184.215.14/hook",
        "not a url",
        "",
    ] {
        let form = file_form(corpus("photos/fox.jpg"), "fox.jpg").text("webhook_url", bad);
        let response = app.compress(&key, form).await;
        let body = assert_error(
            response,
            StatusCode::BAD_REQUEST,
            "invalid_param",
            Some("webhook_url"),
        )
        .await;
        assert!(
            body["error"]["message"]
                .as_str()
                .unwrap()
                .contains("webhook_url"),
            "{bad}: {body}"
        );
    }
    // JSON bodies too.
    let response = app
        .compress_json(
            &key,
            &serde_json::json!({ "url": "https://93.184.215.14/a.jpg", "webhook_url": "http://127.0.0.1:9/x" }),
        )
        .await;
    assert_error(
        response,
        StatusCode::BAD_REQUEST,
        "invalid_param",
        Some("webhook_url"),
    )
    .await;
    assert_eq!(app.state.store.queue_stats().await.unwrap().jobs, 0);
    assert!(crate::helpers::files_in(&app.state.config.blob_dir().join("inputs")).is_empty());
    app.stop().await;
}

/// The snippet above is the one the README shows.
#[test]
fn readme_shows_the_tested_verification_snippet() {
    let readme = include_str!("../../../README.md");
    let source = include_str!("webhooks.rs");
    let start = source.find("use hmac::{Hmac, Mac};").unwrap();
    let end = source.find("// ---- end of snippet ----").unwrap();
    let snippet = source[start..end].trim();
    assert!(
        readme.contains(snippet),
        "README.md must contain the verification snippet of tests/api/webhooks.rs verbatim:\n{snippet}"
    );
}

/// A delivery that is still being retried carries on after a restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deliveries_survive_a_restart() {
    let hook = receiver(vec![503, 200]).await;
    let config = |c: &mut compressorize_server::Config| {
        c.async_threshold = SMALL_THRESHOLD;
        c.allow_private_targets = true;
        c.webhook_backoff = Duration::from_millis(1500);
    };
    let app = spawn_with(config).await;
    let key = app.key(Plan::Paid).await;
    let form = file_form(corpus("photos/fox.jpg"), "fox.jpg").text("webhook_url", hook.url.clone());
    let response = app.compress(&key, form).await;
    let id = accepted_id(response).await;
    hook.wait_for(1, Duration::from_secs(30)).await;
    // Let the first attempt's outcome be recorded (a send cut off mid-flight
    // would be retried only when its claim runs out, ~21 s later).
    tokio::time::sleep(Duration::from_millis(300)).await;
    let data_dir = app.data_dir.clone();
    app.stop().await;

    let app = spawn_in(data_dir, config).await;
    let hits = hook.wait_for(2, Duration::from_secs(30)).await;
    assert_eq!(hits[0].body, hits[1].body);
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let deliveries = app.state.store.deliveries_for_job(&id).await.unwrap();
        if deliveries[0].status == DeliveryStatus::Delivered {
            assert_eq!(deliveries[0].attempts, 2);
            break;
        }
        assert!(Instant::now() < deadline, "{deliveries:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    app.stop().await;
}
