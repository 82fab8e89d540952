//! Every row of the contract's error table (the URL rows are in
//! `url_source.rs`, 401 in `auth.rs`, 429 in `ratelimit.rs`), plus 404/405/503.

use std::time::Duration;

use compressorize_server::store::Plan;
use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};
use serde_json::json;

use crate::helpers::{assert_error, corpus, file_form, header, spawn_app, spawn_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_source_in_every_body_encoding() {
    let app = spawn_app().await;
    let key = app.key(Plan::Paid).await;
    let form = Form::new().text("format", "webp");
    let body = assert_error(
        app.compress(&key, form).await,
        StatusCode::BAD_REQUEST,
        "missing_source",
        None,
    )
    .await;
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Neither file nor url")
    );

    assert_error(
        app.compress_json(&key, &json!({"format": "png"})).await,
        StatusCode::BAD_REQUEST,
        "missing_source",
        None,
    )
    .await;

    let no_body = app
        .client
        .post(app.url("/api/v1/compress"))
        .bearer_auth(&key);
    assert_error(
        no_body.send().await.unwrap(),
        StatusCode::BAD_REQUEST,
        "missing_source",
        None,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_params_name_the_param() {
    let app = spawn_app().await;
    let key = app.key(Plan::Paid).await;
    let fox = corpus("photos/fox.jpg");

    let body = assert_error(
        app.compress(
            &key,
            file_form(fox.clone(), "fox.jpg").text("format", "tiff"),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "invalid_param",
        Some("format"),
    )
    .await;
    // The contract's example, word for word.
    assert_eq!(
        body,
        json!({"error": {
            "code": "invalid_param",
            "message": "Invalid format 'tiff'. Use: jpeg, png, webp, avif, or auto",
            "param": "format"
        }})
    );

    for (name, value) in [
        ("quality", "0"),
        ("quality", "101"),
        ("quality", "high"),
        ("max_width", "-5"),
        ("max_width", "abc"),
        ("max_height", "0"),
        ("strip_metadata", "maybe"),
        ("webhook_url", "ftp://example.com/hook"),
        ("webhook_url", "http://example.com/hook"),
        ("webhook_url", "not a url"),
        ("webhook_url", "https://127.0.0.1/hook"),
    ] {
        let form = file_form(fox.clone(), "fox.jpg").text(name, value);
        let response = app.compress(&key, form).await;
        assert_error(
            response,
            StatusCode::BAD_REQUEST,
            "invalid_param",
            Some(name),
        )
        .await;
    }

    // JSON bodies take numbers and booleans too, and are checked the same way.
    let response = app
        .compress_json(
            &key,
            &json!({"url": "https://example.invalid/a.jpg", "quality": 0}),
        )
        .await;
    assert_error(
        response,
        StatusCode::BAD_REQUEST,
        "invalid_param",
        Some("quality"),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_file_and_url_is_invalid_param_url() {
    let app = spawn_app().await;
    let key = app.key(Plan::Paid).await;
    let form = file_form(corpus("photos/fox.jpg"), "fox.jpg")
        .text("url", "https://example.invalid/fox.jpg");
    let body = assert_error(
        app.compress(&key, form).await,
        StatusCode::BAD_REQUEST,
        "invalid_param",
        Some("url"),
    )
    .await;
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("not both")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_parameter_given_twice_is_invalid() {
    let app = spawn_app().await;
    let key = app.key(Plan::Paid).await;
    let form = file_form(corpus("photos/fox.jpg"), "fox.jpg")
        .text("format", "png")
        .text("format", "webp");
    assert_error(
        app.compress(&key, form).await,
        StatusCode::BAD_REQUEST,
        "invalid_param",
        Some("format"),
    )
    .await;
    let form =
        file_form(vec![1, 2, 3], "a.jpg").part("file", Part::bytes(vec![4, 5]).file_name("b.jpg"));
    assert_error(
        app.compress(&key, form).await,
        StatusCode::BAD_REQUEST,
        "invalid_param",
        Some("file"),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unsupported_formats_are_415_whatever_their_name() {
    let app = spawn_app().await;
    let key = app.key(Plan::Paid).await;
    for (file, name) in [
        ("bad/unsupported_animated.gif", "anim.gif"),
        ("bad/unsupported_small.bmp", "small.bmp"),
        ("bad/text_named.jpg", "text.jpg"),
        ("bad/unsupported_8bit.tiff", "photo.jpg"),
    ] {
        let response = app.compress(&key, file_form(corpus(file), name)).await;
        assert_error(
            response,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_format",
            None,
        )
        .await;
    }
    // An empty file is not an image either.
    let response = app.compress(&key, file_form(Vec::new(), "empty.jpg")).await;
    assert_error(
        response,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_format",
        None,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upload_limit_is_25_mib_exactly() {
    let app = spawn_app().await;
    let key = app.key(Plan::Paid).await;
    let limit = 26_214_400;

    // Exactly 25 MiB is accepted (and then judged by content: not an image).
    let response = app
        .compress(&key, file_form(vec![0u8; limit], "big.jpg"))
        .await;
    assert_error(
        response,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_format",
        None,
    )
    .await;

    // One byte more: reading stops, 413.
    let response = app
        .compress(&key, file_form(vec![0u8; limit + 1], "big.jpg"))
        .await;
    let body = assert_error(
        response,
        StatusCode::PAYLOAD_TOO_LARGE,
        "file_too_large",
        None,
    )
    .await;
    assert!(
        body["error"]["message"].as_str().unwrap().contains("25 MB"),
        "{body}"
    );

    // A declared 30 MB body is refused without reading it.
    let response = app
        .compress(&key, file_form(vec![0u8; 30_000_000], "big.jpg"))
        .await;
    assert_error(
        response,
        StatusCode::PAYLOAD_TOO_LARGE,
        "file_too_large",
        None,
    )
    .await;

    // The server still serves afterwards.
    let response = app
        .compress(
            &key,
            file_form(corpus("graphics/tango-address-book-new-16.png"), "a.png"),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compression_over_the_time_limit_is_500_compression_failed() {
    let app = spawn_with(|c| c.compress_timeout = Duration::from_millis(1)).await;
    let key = app.key(Plan::Paid).await;
    let response = app
        .compress(
            &key,
            file_form(corpus("photos/fox.jpg"), "fox.jpg").text("format", "avif"),
        )
        .await;
    let body = assert_error(
        response,
        StatusCode::INTERNAL_SERVER_ERROR,
        "compression_failed",
        None,
    )
    .await;
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("did not finish"),
        "{body}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn full_queue_is_503_server_busy_with_retry_after() {
    let app = spawn_with(|c| {
        c.workers = 1;
        c.queue_depth = 0;
    })
    .await;
    let key = app.key(Plan::Paid).await;
    // Occupy the only worker.
    let (release, wait) = std::sync::mpsc::channel::<()>();
    let (started_tx, started_rx) = tokio::sync::oneshot::channel();
    let pool = app.state.pool.clone();
    let busy = tokio::spawn(async move {
        pool.run(move || {
            let _ = started_tx.send(());
            let _ = wait.recv_timeout(Duration::from_secs(30));
        })
        .await
    });
    started_rx.await.unwrap();

    let response = app
        .compress(&key, file_form(corpus("photos/fox.jpg"), "fox.jpg"))
        .await;
    let retry_after: u64 = header(&response, "retry-after").parse().unwrap();
    assert!(retry_after >= 1);
    assert_error(
        response,
        StatusCode::SERVICE_UNAVAILABLE,
        "server_busy",
        None,
    )
    .await;

    release.send(()).unwrap();
    busy.await.unwrap().unwrap();
    let response = app
        .compress(
            &key,
            file_form(corpus("graphics/tango-address-book-new-16.png"), "a.png"),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_routes_are_404_and_wrong_methods_405_in_json() {
    let app = spawn_app().await;
    let key = app.key(Plan::Paid).await;
    for path in ["/nope", "/api/v1/nope", "/api/v2/compress"] {
        let response = app
            .client
            .get(app.url(path))
            .bearer_auth(&key)
            .send()
            .await
            .unwrap();
        assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    }
    let response = app
        .client
        .get(app.url("/api/v1/compress"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_error(
        response,
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        None,
    )
    .await;
    let response = app.client.delete(app.url("/healthz")).send().await.unwrap();
    assert_error(
        response,
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        None,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_bodies_are_400() {
    let app = spawn_app().await;
    let key = app.key(Plan::Paid).await;
    let response = app
        .compress_raw(&key, "application/json", "{not json")
        .await;
    assert_error(
        response,
        StatusCode::BAD_REQUEST,
        "invalid_param",
        Some("body"),
    )
    .await;
    let response = app
        .compress_raw(
            &key,
            "multipart/form-data; boundary=xyz",
            "--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc",
        )
        .await;
    assert_error(
        response,
        StatusCode::BAD_REQUEST,
        "invalid_param",
        Some("file"),
    )
    .await;
}
