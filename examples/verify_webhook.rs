//! Receive Compressorize webhooks and check their signatures: a small HTTP
//! server that accepts a `POST` only when `X-Compressorize-Signature` is the
//! HMAC-SHA256 of the exact body under your key's webhook secret (shown by
//! `compressorize keys create`), and prints the job's outcome.
//!
//! Run with:
//! `COMPRESSORIZE_WEBHOOK_SECRET=whsec_... cargo run -p compressorize-examples --example verify_webhook -- [ADDRESS]`
//! (default `127.0.0.1:9000`). The API sends webhooks to https addresses
//! only: put this behind your TLS-terminating proxy.

use axum::Router;
use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let secret = std::env::var("COMPRESSORIZE_WEBHOOK_SECRET")
        .map_err(|_| "set COMPRESSORIZE_WEBHOOK_SECRET to your key's webhook secret")?;
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:9000".into());

    let app = Router::new().route(
        "/hooks/compressorize",
        post(move |headers: HeaderMap, body: Bytes| {
            let secret = secret.clone();
            async move { receive(&secret, &headers, &body) }
        }),
    );
    let listener = tokio::net::TcpListener::bind(&address).await?;
    println!(
        "waiting for webhooks on http://{}/hooks/compressorize",
        listener.local_addr()?
    );
    axum::serve(listener, app).await?;
    Ok(())
}

/// Verifies before reading: an unsigned or wrongly signed body is refused
/// without being parsed. Answering 2xx stops the retries.
fn receive(secret: &str, headers: &HeaderMap, body: &[u8]) -> StatusCode {
    let signature = headers
        .get("x-compressorize-signature")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    // Constant-time comparison of the hex HMAC-SHA256.
    if !compressorize_server::webhook::verify(secret, body, signature) {
        eprintln!("refused: bad or missing signature");
        return StatusCode::UNAUTHORIZED;
    }
    let Ok(event) = serde_json::from_slice::<serde_json::Value>(body) else {
        return StatusCode::BAD_REQUEST;
    };
    let text = |value: &serde_json::Value| value.as_str().unwrap_or("?").to_owned();
    match event["status"].as_str() {
        Some("complete") => println!(
            "job {} complete: {} -> {} bytes, download from {}",
            text(&event["id"]),
            event["original_size"],
            event["compressed_size"],
            text(&event["download_url"])
        ),
        Some("failed") => println!(
            "job {} failed: {} ({})",
            text(&event["id"]),
            text(&event["error"]["message"]),
            text(&event["error"]["code"])
        ),
        _ => println!("event: {event}"),
    }
    StatusCode::NO_CONTENT
}
