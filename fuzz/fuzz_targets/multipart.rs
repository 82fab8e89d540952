//! `POST /api/v1/compress` with arbitrary bodies, through the real router
//! and an authenticated key (SQLite in a temporary directory): multipart
//! parsing (multer) and the route's field rules, JSON and form bodies.
//!
//! Input layout: byte 0 picks the Content-Type (low 2 bits: 0 multipart
//! with boundary `XyZ`, 1 JSON, 2 form-urlencoded, 3 multipart with the
//! boundary taken from bytes 1..=8); the rest is the body. Every answer must
//! be one the contract documents for this route, with a JSON error body;
//! nothing may panic or hang.
//!
//! A body may name a URL source: run the fuzzer without a network
//! (`unshare -n`, see fuzz/README.md), so no request can leave the machine.
#![no_main]

use std::sync::OnceLock;

use axum::body::Body;
use axum::http::{Request, header};
use compressorize_server::{AppState, Config};
use libfuzzer_sys::fuzz_target;
use tower::ServiceExt;

struct Fixture {
    runtime: tokio::runtime::Runtime,
    /// The router, built once (cloning it per request is cheap).
    app: axum::Router,
    key: String,
    _dir: tempfile::TempDir,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let dir = tempfile::TempDir::new().unwrap();
        let config = Config {
            paid_rpm: u32::MAX,
            // Everything on the sync path, small and quick.
            async_threshold: usize::MAX,
            max_input_bytes: 256 * 1024,
            job_workers: 0,
            workers: 1,
            fetch_timeout: std::time::Duration::from_millis(200),
            fetch_connect_timeout: std::time::Duration::from_millis(100),
            ..Config::new(dir.path())
        };
        let (state, key) = runtime.block_on(async {
            let state = AppState::open(config).await.unwrap();
            let key = compressorize_server::keys::create_key(
                state.store.as_ref(),
                compressorize_server::store::Plan::Paid,
                None,
            )
            .await
            .unwrap()
            .key;
            (state, key)
        });
        Fixture {
            runtime,
            app: compressorize_server::app(state),
            key,
            _dir: dir,
        }
    })
}

/// What the contract allows `POST /api/v1/compress` to answer.
const DOCUMENTED: [u16; 9] = [200, 400, 401, 413, 415, 422, 429, 500, 503];

fuzz_target!(|data: &[u8]| {
    let [selector, rest @ ..] = data else {
        return;
    };
    let (content_type, body) = match selector & 3 {
        0 => ("multipart/form-data; boundary=XyZ".to_owned(), rest),
        1 => ("application/json".to_owned(), rest),
        2 => ("application/x-www-form-urlencoded".to_owned(), rest),
        _ => {
            let (boundary, body) = rest.split_at(rest.len().min(8));
            let boundary = String::from_utf8_lossy(boundary);
            (format!("multipart/form-data; boundary={boundary}"), body)
        }
    };
    let fixture = fixture();
    let Ok(request) = Request::post("/api/v1/compress")
        .header(header::AUTHORIZATION, format!("Bearer {}", fixture.key))
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(body.to_vec()))
    else {
        return; // a boundary that is no header value
    };
    let app = fixture.app.clone();
    let (status, is_json, bytes) = fixture.runtime.block_on(async {
        let response = app.oneshot(request).await.unwrap();
        let status = response.status().as_u16();
        let is_json = response
            .headers()
            .get(header::CONTENT_TYPE)
            .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
        let bytes = axum::body::to_bytes(response.into_body(), 64 * 1024 * 1024)
            .await
            .unwrap();
        (status, is_json, bytes)
    });
    assert!(DOCUMENTED.contains(&status), "undocumented status {status}");
    if status != 200 {
        assert!(is_json, "error {status} without a JSON body");
        let body: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert!(body["error"]["code"].is_string(), "{body}");
        assert!(body["error"]["message"].is_string(), "{body}");
    }
});
