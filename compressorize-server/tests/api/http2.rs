//! HTTP/2 over TLS: a client that offers `h2` by ALPN gets HTTP/2, one that
//! offers only HTTP/1.1 gets that, on the same port. The connection
//! deadlines hold for HTTP/2 too (1 and 2 s here): an idle connection is closed
//! with GOAWAY, one whose client stops granting flow-control credit is
//! dropped, while a client reading slowly and a long compression are
//! served whole. h2's own client drives the flow control where reqwest's
//! would grant credit by itself.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::http::{Request, StatusCode as H2Status};
use compressorize_server::store::Plan;
use reqwest::{StatusCode, Version};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};
use tokio::task::JoinHandle;

use crate::helpers::{TestApp, accepted_id, corpus, file_form, header, spawn_with};
use crate::tls::certificate;

/// An HTTPS server with `adjust`ed configuration, and its certificate's PEM.
async fn https_app(
    dir: &Path,
    adjust: impl FnOnce(&mut compressorize_server::Config),
) -> (TestApp, String) {
    let (files, pem) = certificate(dir, "server");
    let app = spawn_with(|c| {
        c.tls = Some(files);
        adjust(c);
    })
    .await;
    (app, pem)
}

/// An HTTP/2 connection to `app` (trusting `pem`) whose streams are
/// granted `window` bytes of credit until the test releases more; the
/// connection's task ends when the connection does.
async fn h2_connect(
    app: &TestApp,
    pem: &str,
    window: u32,
) -> (
    h2::client::SendRequest<Bytes>,
    JoinHandle<Result<(), h2::Error>>,
) {
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(CertificateDer::from_pem_slice(pem.as_bytes()).expect("a PEM certificate"))
        .expect("a root");
    let mut config =
        rustls::ClientConfig::builder_with_provider(compressorize_server::util::crypto_provider())
            .with_safe_default_protocol_versions()
            .expect("TLS versions")
            .with_root_certificates(roots)
            .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec()];
    let tcp = tokio::net::TcpStream::connect(app.addr)
        .await
        .expect("connect");
    let tls = tokio_rustls::TlsConnector::from(Arc::new(config))
        .connect(ServerName::try_from("127.0.0.1").unwrap(), tcp)
        .await
        .expect("TLS handshake");
    assert_eq!(tls.get_ref().1.alpn_protocol(), Some(&b"h2"[..]), "ALPN");
    let (send, connection) = h2::client::Builder::new()
        .initial_window_size(window)
        .handshake(tls)
        .await
        .expect("HTTP/2 handshake");
    (send, tokio::spawn(connection))
}

/// `GET path` on `send` (with `key`, if any): its response, headers read.
async fn h2_get(
    app: &TestApp,
    send: &h2::client::SendRequest<Bytes>,
    path: &str,
    key: Option<&str>,
) -> axum::http::Response<h2::RecvStream> {
    let mut request = Request::get(app.url(path));
    if let Some(key) = key {
        request = request.header("authorization", format!("Bearer {key}"));
    }
    let mut send = send.clone().ready().await.expect("a stream");
    let (response, _) = send
        .send_request(request.body(()).unwrap(), true)
        .expect("sent");
    response.await.expect("a response")
}

/// `GET /api/v1/openapi.json` on `send`: its body, to be read.
async fn get_openapi(app: &TestApp, send: &h2::client::SendRequest<Bytes>) -> h2::RecvStream {
    let response = h2_get(app, send, "/api/v1/openapi.json", None).await;
    assert_eq!(response.status(), H2Status::OK);
    response.into_body()
}

/// Waits for an HTTP/2 connection's task to end (a GOAWAY and a close, or
/// a bare close: h2 takes either as the end); fails after 15 s.
async fn ended(connection: JoinHandle<Result<(), h2::Error>>, what: &str) {
    let _ = tokio::time::timeout(Duration::from_secs(15), connection)
        .await
        .unwrap_or_else(|_| panic!("{what}: still open after 15 s"))
        .expect("the connection task");
}

/// The body's bytes until it ends or fails, releasing credit for each
/// chunk `pause` after it arrives.
async fn read_body(body: &mut h2::RecvStream, pause: Duration) -> Vec<u8> {
    let mut received = Vec::new();
    while let Some(Ok(chunk)) = body.data().await {
        received.extend_from_slice(&chunk);
        tokio::time::sleep(pause).await;
        let _ = body.flow_control().release_capacity(chunk.len());
    }
    received
}

/// A response on a connection whose client granted 1 KiB of credit and
/// no more: the server drops the connection (the `n`th it dropped for the
/// send deadline), and the client has 1 KiB of the body, then the cut.
async fn assert_cut_after_credit(
    app: &TestApp,
    connection: JoinHandle<Result<(), h2::Error>>,
    mut body: h2::RecvStream,
    n: u32,
) {
    ended(connection, "a stalled response").await;
    app.wait_for_timeouts("send", n).await;
    let received = read_body(&mut body, Duration::ZERO).await;
    assert_eq!(
        received.len(),
        1024,
        "what the credit allowed, then the cut"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_offering_h2_get_http2_and_others_http1() {
    let dir = tempfile::TempDir::new().unwrap();
    let (app, pem) = https_app(dir.path(), |_| {}).await;

    let response = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.version(), Version::HTTP_2);

    // A compression, exactly as over HTTP/1.1.
    let key = app.key(Plan::Paid).await;
    let form = file_form(corpus("graphics/star.png"), "star.png").text("format", "webp");
    let response = app.compress(&key, form).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.version(), Version::HTTP_2);
    assert_eq!(header(&response, "x-format"), "webp");
    assert_eq!(
        header(&response, "content-disposition"),
        "attachment; filename=\"compressed.webp\""
    );
    let bytes = response.bytes().await.unwrap();
    image::load_from_memory_with_format(&bytes, image::ImageFormat::WebP).expect("a WebP");

    // Requests side by side on the client's one connection.
    let requests = (0..8).map(|_| app.client.get(app.url("/healthz")).send());
    for response in futures_util::future::join_all(requests).await {
        let response = response.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.version(), Version::HTTP_2);
    }

    // A client that offers only HTTP/1.1, on the same port.
    let http1 = reqwest::Client::builder()
        .no_proxy()
        .http1_only()
        .tls_certs_only([reqwest::Certificate::from_pem(pem.as_bytes()).unwrap()])
        .build()
        .unwrap();
    let response = http1.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.version(), Version::HTTP_11);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http2_connections_keep_the_deadlines() {
    let dir = tempfile::TempDir::new().unwrap();
    let (app, pem) = https_app(dir.path(), |c| {
        c.header_timeout = Duration::from_secs(1);
        c.body_idle_timeout = Duration::from_secs(1);
        // 2 s: the slow reader below must never pause that long, even on
        // a loaded machine.
        c.send_timeout = Duration::from_secs(2);
    })
    .await;
    // What `/api/v1/openapi.json` serves.
    let openapi = include_bytes!("../../openapi.json");
    assert!(openapi.len() > 40_000, "a response many windows long");

    // A connection that sends no request is closed (GOAWAY, then EOF).
    let (idle, connection) = h2_connect(&app, &pem, 65_535).await;
    ended(connection, "idle").await;
    drop(idle);
    app.wait_for_timeouts("header", 1).await;

    // A client that takes 1 KiB of a response and grants no more credit.
    let (stalled, connection) = h2_connect(&app, &pem, 1024).await;
    let body = get_openapi(&app, &stalled).await;
    assert_cut_after_credit(&app, connection, body, 1).await;
    drop(stalled);

    // The same for a download streamed from the blob store (hyper stops
    // reading the file when the credit runs out, where openapi.json was
    // handed over whole): an 8 MB photo re-coded at quality 95, queued.
    let key = app.key(Plan::Paid).await;
    let photo = corpus("photos/museum_12mp_q100_8MB.jpg");
    let form = file_form(photo, "museum.jpg").text("quality", "95");
    let id = accepted_id(app.compress(&key, form).await).await;
    let done = app.wait_done(&key, &id, Duration::from_secs(120)).await;
    let size = done["compressed_size"].as_u64().expect("a size");
    assert!(size > 1_000_000, "{done}");
    let (stalled, connection) = h2_connect(&app, &pem, 1024).await;
    let redirect = h2_get(
        &app,
        &stalled,
        &format!("/api/v1/download/{id}"),
        Some(&key),
    )
    .await;
    assert_eq!(redirect.status(), H2Status::FOUND);
    let link = redirect.headers()["location"].to_str().unwrap().to_owned();
    let file = h2_get(&app, &stalled, &link, None).await;
    assert_eq!(file.status(), H2Status::OK);
    assert_cut_after_credit(&app, connection, file.into_body(), 2).await;
    drop(stalled);

    // A client that reads 1 KiB every 100 ms (4.3 s for the whole, where
    // the send deadline is 2 s) gets all of it.
    let (slow, connection) = h2_connect(&app, &pem, 1024).await;
    let mut body = get_openapi(&app, &slow).await;
    let received = read_body(&mut body, Duration::from_millis(100)).await;
    assert_eq!(received.len(), openapi.len());
    assert!(received == openapi[..], "the body arrives whole");
    drop(slow);
    ended(connection, "after the slow read").await;

    // A compression that takes longer than the deadlines is answered.
    let form = file_form(corpus("photos/fox.jpg"), "fox.jpg").text("format", "avif");
    let started = std::time::Instant::now();
    let response = app.compress(&key, form).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.version(), Version::HTTP_2);
    assert_eq!(header(&response, "x-format"), "avif");
    let bytes = response.bytes().await.unwrap();
    assert_eq!(&bytes[4..12], b"ftypavif", "an AVIF file");
    eprintln!("fox as AVIF over HTTP/2 took {:?}", started.elapsed());
    app.stop().await;
}
