//! Rate limits: headers count down, the 21st free request is 429, the window
//! resets, and the counters survive a restart.

use std::time::Duration;

use compressorize_server::store::Plan;
use reqwest::StatusCode;

use crate::helpers::{assert_error, header, now_secs, spawn_app, spawn_in, spawn_with};

/// The cheapest authenticated request: no body, 400 `missing_source`.
async fn poke(app: &crate::helpers::TestApp, key: &str) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/compress"))
        .bearer_auth(key)
        .send()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn free_key_gets_20_per_minute_then_429() {
    let app = spawn_app().await;
    let key = app.key(Plan::Free).await;
    let other = app.key(Plan::Free).await;
    let start = now_secs();
    let mut reset = None;
    for i in 1..=20u32 {
        let response = poke(&app, &key).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "request {i}");
        assert_eq!(header(&response, "x-ratelimit-limit"), "20");
        assert_eq!(
            header(&response, "x-ratelimit-remaining"),
            (20 - i).to_string()
        );
        let r: i64 = header(&response, "x-ratelimit-reset").parse().unwrap();
        assert!(
            r > start && r <= start + 61,
            "reset {r} is epoch seconds within the minute"
        );
        assert_eq!(*reset.get_or_insert(r), r, "one window");
    }
    let response = poke(&app, &key).await;
    assert_eq!(header(&response, "x-ratelimit-remaining"), "0");
    assert_eq!(
        header(&response, "x-ratelimit-reset"),
        reset.unwrap().to_string()
    );
    let retry_after: i64 = header(&response, "retry-after").parse().unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    let body = assert_error(
        response,
        StatusCode::TOO_MANY_REQUESTS,
        "rate_limit_exceeded",
        None,
    )
    .await;
    let message = body["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("resets at") && message.contains("20 requests per minute"),
        "{message}"
    );

    // Another key has its own window.
    let response = poke(&app, &other).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(header(&response, "x-ratelimit-remaining"), "19");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn paid_key_gets_100() {
    let app = spawn_app().await;
    let key = app.key(Plan::Paid).await;
    let response = poke(&app, &key).await;
    assert_eq!(header(&response, "x-ratelimit-limit"), "100");
    assert_eq!(header(&response, "x-ratelimit-remaining"), "99");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_resets() {
    let app = spawn_with(|c| {
        c.free_rpm = 2;
        c.rate_window = Duration::from_secs(1);
    })
    .await;
    let key = app.key(Plan::Free).await;
    assert_eq!(poke(&app, &key).await.status(), StatusCode::BAD_REQUEST);
    assert_eq!(poke(&app, &key).await.status(), StatusCode::BAD_REQUEST);
    let limited = poke(&app, &key).await;
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry_after: u64 = header(&limited, "retry-after").parse().unwrap();
    assert!(retry_after <= 1);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let response = poke(&app, &key).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST, "new window");
    assert_eq!(header(&response, "x-ratelimit-remaining"), "1");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn counters_survive_a_restart() {
    let app = spawn_with(|c| c.free_rpm = 3).await;
    let key = app.key(Plan::Free).await;
    poke(&app, &key).await;
    poke(&app, &key).await;
    let dir = app.data_dir.clone();
    app.stop().await;

    let app = spawn_in(dir, |c| c.free_rpm = 3).await;
    let response = poke(&app, &key).await;
    assert_eq!(header(&response, "x-ratelimit-remaining"), "0");
    assert_eq!(
        poke(&app, &key).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_requests_are_all_counted() {
    let app = spawn_with(|c| c.free_rpm = 10).await;
    let key = app.key(Plan::Free).await;
    let mut tasks = Vec::new();
    for _ in 0..15 {
        let client = app.client.clone();
        let url = app.url("/api/v1/compress");
        let key = key.clone();
        tasks.push(tokio::spawn(async move {
            client
                .post(url)
                .bearer_auth(key)
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    let mut limited = 0;
    for task in tasks {
        if task.await.unwrap() == StatusCode::TOO_MANY_REQUESTS {
            limited += 1;
        }
    }
    assert_eq!(limited, 5);
}
