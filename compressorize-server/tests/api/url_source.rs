//! URL sources against a loopback fixture server. The default configuration
//! refuses every loopback spelling (no request leaves for them); the fetch
//! tests opt in with `allow_private_targets`. Non-loopback ranges are covered
//! by the address classifier's unit tests in `src/fetch.rs`, never by traffic.

use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::Path;
use axum::http::{StatusCode as AxStatus, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use compressorize_server::store::{JobSource, Plan};
use image::ImageFormat;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, assert_error, corpus, header as h, spawn_app, spawn_with};

/// Serves images, redirects, a slow body, a 30 MB body and a 404 on loopback.
async fn fixture() -> SocketAddr {
    let fox = corpus("photos/fox.jpg");
    let app = Router::new()
        .route(
            "/fox.jpg",
            get(move || {
                let fox = fox.clone();
                async move { ([(header::CONTENT_TYPE, "image/jpeg")], fox) }
            }),
        )
        .route(
            "/redirect/{n}",
            get(|Path(n): Path<u32>| async move {
                let to = if n <= 1 {
                    "/fox.jpg".to_owned()
                } else {
                    format!("/redirect/{}", n - 1)
                };
                (AxStatus::FOUND, [(header::LOCATION, to)])
            }),
        )
        .route(
            "/slow",
            get(|| async {
                let chunks = futures_util::stream::unfold(0u32, |i| async move {
                    if i > 0 {
                        tokio::time::sleep(Duration::from_secs(10)).await;
                    }
                    (i < 2).then(|| (Ok::<_, std::io::Error>(vec![0xFFu8, 0xD8, 0xFF]), i + 1))
                });
                Response::builder()
                    .header(header::CONTENT_TYPE, "image/jpeg")
                    .body(Body::from_stream(chunks))
                    .unwrap()
            }),
        )
        .route("/big", get(|| async { vec![0u8; 30_000_000] }))
        .route(
            "/big-chunked",
            get(|| async {
                let chunks = futures_util::stream::iter(
                    (0..30).map(|_| Ok::<_, std::io::Error>(vec![0u8; 1_000_000])),
                );
                Body::from_stream(chunks).into_response()
            }),
        )
        .route("/page.html", get(|| async { "<html>not an image</html>" }))
        .fallback(|| async { (AxStatus::NOT_FOUND, "no such file") });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    addr
}

async fn compress_url(app: &TestApp, key: &str, url: &str) -> reqwest::Response {
    app.compress_json(key, &json!({ "url": url })).await
}

async fn open_app() -> TestApp {
    spawn_with(|c| {
        c.allow_private_targets = true;
        c.fetch_timeout = Duration::from_secs(2);
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn default_config_refuses_loopback_in_every_spelling() {
    let fixture = fixture().await;
    let app = spawn_app().await;
    let key = app.key(Plan::Paid).await;
    let port = fixture.port();
    for url in [
        format!("http://127.0.0.1:{port}/fox.jpg"),
        format!("http://localhost:{port}/fox.jpg"),
        format!("http://[::1]:{port}/fox.jpg"),
        format!("http://[::ffff:127.0.0.1]:{port}/fox.jpg"),
        format!("http://2130706433:{port}/fox.jpg"),
        format!("http://0x7f.0.0.1:{port}/fox.jpg"),
        format!("http://0177.0.0.1:{port}/fox.jpg"),
        format!("http://127.1:{port}/fox.jpg"),
        format!("http://user:pass@127.0.0.1:{port}/fox.jpg"),
        "ftp://127.0.0.1/fox.jpg".to_owned(),
        "file:///etc/passwd".to_owned(),
        "not a url".to_owned(),
        "http://".to_owned(),
    ] {
        let response = compress_url(&app, &key, &url).await;
        assert_error(
            response,
            StatusCode::BAD_REQUEST,
            "invalid_url",
            Some("url"),
        )
        .await;
    }
    // The same refusal through multipart.
    let form =
        reqwest::multipart::Form::new().text("url", format!("http://127.0.0.1:{port}/fox.jpg"));
    assert_error(
        app.compress(&key, form).await,
        StatusCode::BAD_REQUEST,
        "invalid_url",
        Some("url"),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fetches_an_image_by_json_multipart_and_form() {
    let fixture = fixture().await;
    let app = open_app().await;
    let key = app.key(Plan::Paid).await;
    let url = format!("http://{fixture}/fox.jpg");
    let fox_len = corpus("photos/fox.jpg").len();

    let response = compress_url(&app, &key, &url).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(h(&response, "x-original-size"), fox_len.to_string());
    let job_id = h(&response, "x-job-id").to_owned();
    let body = response.bytes().await.unwrap();
    image::load_from_memory_with_format(&body, ImageFormat::Jpeg).expect("decodes");
    let job = app.state.store.job(&job_id).await.unwrap().unwrap();
    assert_eq!(job.source, JobSource::Url);
    assert_eq!(job.source_url.as_deref(), Some(url.as_str()));

    let form = reqwest::multipart::Form::new()
        .text("url", url.clone())
        .text("format", "webp");
    let response = app.compress(&key, form).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(h(&response, "content-type"), "image/webp");

    let response = app
        .client
        .post(app.url("/api/v1/compress"))
        .bearer_auth(&key)
        .form(&[
            ("url", url.as_str()),
            ("format", "png"),
            ("max_width", "64"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(h(&response, "x-format"), "png");
    let body = response.bytes().await.unwrap();
    let decoded = image::load_from_memory_with_format(&body, ImageFormat::Png).unwrap();
    assert_eq!(decoded.width(), 64);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn follows_up_to_five_redirects() {
    let fixture = fixture().await;
    let app = open_app().await;
    let key = app.key(Plan::Paid).await;
    let response = compress_url(&app, &key, &format!("http://{fixture}/redirect/5")).await;
    assert_eq!(response.status(), StatusCode::OK);
    let response = compress_url(&app, &key, &format!("http://{fixture}/redirect/6")).await;
    assert_error(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        "fetch_failed",
        None,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fetch_failures_are_422() {
    let fixture = fixture().await;
    let app = open_app().await;
    let key = app.key(Plan::Paid).await;

    let response = compress_url(&app, &key, &format!("http://{fixture}/missing.jpg")).await;
    let body = assert_error(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        "fetch_failed",
        None,
    )
    .await;
    assert!(
        body["error"]["message"].as_str().unwrap().contains("404"),
        "{body}"
    );

    let started = std::time::Instant::now();
    let response = compress_url(&app, &key, &format!("http://{fixture}/slow")).await;
    assert_error(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        "fetch_failed",
        None,
    )
    .await;
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "the fetch deadline applies to the body"
    );

    // Nothing listens on this loopback port.
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let closed_addr = closed.local_addr().unwrap();
    drop(closed);
    let response = compress_url(&app, &key, &format!("http://{closed_addr}/fox.jpg")).await;
    assert_error(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        "fetch_failed",
        None,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn big_and_non_image_bodies() {
    let fixture = fixture().await;
    let app = open_app().await;
    let key = app.key(Plan::Paid).await;
    for path in ["/big", "/big-chunked"] {
        let response = compress_url(&app, &key, &format!("http://{fixture}{path}")).await;
        assert_error(
            response,
            StatusCode::PAYLOAD_TOO_LARGE,
            "file_too_large",
            None,
        )
        .await;
    }
    let response = compress_url(&app, &key, &format!("http://{fixture}/page.html")).await;
    assert_error(
        response,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_format",
        None,
    )
    .await;
}
