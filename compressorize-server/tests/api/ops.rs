//! `/healthz`, `/metrics`, the OpenAPI document, graceful shutdown.

use std::time::Duration;

use compressorize_server::store::Plan;
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{corpus, file_form, header, spawn_app, spawn_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthz_is_public_and_ok() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.json::<Value>().await.unwrap(),
        serde_json::json!({"status": "ok"})
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_count_requests_compressions_and_bytes() {
    let app = spawn_app().await;
    let key = app.key(Plan::Paid).await;
    let input = corpus("photos/fox.jpg");
    let response = app
        .compress(&key, file_form(input.clone(), "fox.jpg"))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let out_len = response.bytes().await.unwrap().len();
    app.client.get(app.url("/nope")).send().await.unwrap();

    let response = app.client.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(header(&response, "content-type").starts_with("text/plain; version=0.0.4"));
    let text = response.text().await.unwrap();
    for line in [
        "compressorize_requests_total{method=\"POST\",route=\"/api/v1/compress\",status=\"200\"} 1"
            .to_owned(),
        "compressorize_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1"
            .to_owned(),
        "compressorize_compression_seconds_count 1".to_owned(),
        "compressorize_compression_seconds_bucket{le=\"+Inf\"} 1".to_owned(),
        format!("compressorize_input_bytes_total {}", input.len()),
        format!("compressorize_output_bytes_total {out_len}"),
        "compressorize_queue_depth 0".to_owned(),
        "compressorize_workers 2".to_owned(),
        "# TYPE compressorize_compression_seconds histogram".to_owned(),
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "missing `{line}` in\n{text}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn openapi_document_is_served_and_matches_the_routes() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "content-type"), "application/json");
    let doc: Value = response.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let compress = &doc["paths"]["/api/v1/compress"]["post"];
    for status in [
        "200", "202", "400", "401", "413", "415", "422", "429", "500", "503",
    ] {
        assert!(
            compress["responses"].get(status).is_some(),
            "compress response {status}"
        );
    }
    for path in [
        "/api/v1/status/{id}",
        "/api/v1/download/{id}",
        "/healthz",
        "/metrics",
        "/api/v1/openapi.json",
    ] {
        assert!(doc["paths"].get(path).is_some(), "path {path}");
    }
    let text = doc.to_string();
    for code in [
        "missing_source",
        "invalid_param",
        "invalid_url",
        "unauthorized",
        "file_too_large",
        "unsupported_format",
        "fetch_failed",
        "not_ready",
        "rate_limit_exceeded",
        "compression_failed",
        "not_found",
        "method_not_allowed",
        "server_busy",
    ] {
        assert!(
            text.contains(&format!("\"{code}\"")),
            "error code {code} documented"
        );
    }
    for header in [
        "X-Original-Size",
        "X-Compressed-Size",
        "X-Savings-Percent",
        "X-Format",
        "X-Job-Id",
        "X-Quality",
        "X-Score",
        "X-RateLimit-Limit",
        "X-RateLimit-Remaining",
        "X-RateLimit-Reset",
        "Retry-After",
        "Content-Disposition",
    ] {
        assert!(
            text.contains(&format!("\"{header}\"")),
            "header {header} documented"
        );
    }
    // The file in the repository is the one served.
    let on_disk: Value =
        serde_json::from_str(include_str!("../../openapi.json")).expect("openapi.json parses");
    assert_eq!(doc, on_disk);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_finishes_requests_in_flight() {
    let mut app = spawn_with(|c| c.workers = 1).await;
    let key = app.key(Plan::Paid).await;
    // Hold the only worker so the request is in flight (queued) at shutdown.
    let (release, wait) = std::sync::mpsc::channel::<()>();
    let (started_tx, started_rx) = tokio::sync::oneshot::channel();
    let pool = app.state.pool.clone();
    let blocker = tokio::spawn(async move {
        pool.run(move || {
            let _ = started_tx.send(());
            let _ = wait.recv_timeout(Duration::from_secs(30));
        })
        .await
    });
    started_rx.await.unwrap();
    let request = {
        let client = app.client.clone();
        let url = app.url("/api/v1/compress");
        let form = file_form(corpus("photos/fox.jpg"), "fox.jpg");
        tokio::spawn(async move {
            client
                .post(url)
                .bearer_auth(key)
                .multipart(form)
                .send()
                .await
        })
    };
    // Wait until the request is queued.
    for _ in 0..100 {
        if app.state.pool.queue_depth() == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(app.state.pool.queue_depth(), 1);
    let server = app.begin_shutdown();
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(!server.is_finished(), "waits for the request in flight");
    // New connections are refused once shutdown began.
    assert!(
        crate::helpers::client()
            .get(app.url("/healthz"))
            .send()
            .await
            .is_err()
    );
    release.send(()).unwrap();
    blocker.await.unwrap().unwrap();
    let response = request.await.unwrap().unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    image::load_from_memory(&response.bytes().await.unwrap()).expect("decodes");
    tokio::time::timeout(Duration::from_secs(10), server)
        .await
        .unwrap()
        .unwrap();
}
