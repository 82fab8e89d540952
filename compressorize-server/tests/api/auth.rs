//! 401 `unauthorized`: missing, malformed, unknown and revoked keys.

use compressorize_server::store::Plan;
use compressorize_server::util::now_ms;
use reqwest::StatusCode;

use crate::helpers::{assert_error, corpus, file_form, spawn_app};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_malformed_unknown_and_revoked_keys_are_401() {
    let app = spawn_app().await;
    let url = app.url("/api/v1/compress");
    let form = || file_form(corpus("graphics/tango-address-book-new-16.png"), "a.png");

    let response = app
        .client
        .post(&url)
        .multipart(form())
        .send()
        .await
        .unwrap();
    let body = assert_error(response, StatusCode::UNAUTHORIZED, "unauthorized", None).await;
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Bearer")
    );

    for value in [
        "Basic dXNlcjpwYXNz",
        "Bearer",
        "Bearer ",
        "cz_live_abc",
        "Token abc",
    ] {
        let response = app
            .client
            .post(&url)
            .header("authorization", value)
            .multipart(form())
            .send()
            .await
            .unwrap();
        assert_error(response, StatusCode::UNAUTHORIZED, "unauthorized", None).await;
    }

    let response = app
        .client
        .post(&url)
        .bearer_auth("cz_live_0000")
        .multipart(form())
        .send()
        .await
        .unwrap();
    assert!(
        response.headers().get("x-ratelimit-limit").is_none(),
        "no limits before auth"
    );
    assert_error(response, StatusCode::UNAUTHORIZED, "unauthorized", None).await;

    // A valid key works, then stops working once revoked.
    let created =
        compressorize_server::keys::create_key(app.state.store.as_ref(), Plan::Free, None)
            .await
            .unwrap();
    let response = app
        .client
        .post(&url)
        .bearer_auth(&created.key)
        .multipart(form())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        app.state
            .store
            .revoke_key(&created.id, now_ms())
            .await
            .unwrap()
    );
    let response = app
        .client
        .post(&url)
        .bearer_auth(&created.key)
        .multipart(form())
        .send()
        .await
        .unwrap();
    let body = assert_error(response, StatusCode::UNAUTHORIZED, "unauthorized", None).await;
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("revoked")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_are_stored_only_as_hashes() {
    let app = spawn_app().await;
    let created = compressorize_server::keys::create_key(
        app.state.store.as_ref(),
        Plan::Paid,
        Some("ci".into()),
    )
    .await
    .unwrap();
    assert!(created.key.starts_with("cz_live_") && created.key.len() == 8 + 64);
    let keys = app.state.store.list_keys().await.unwrap();
    let stored = keys.iter().find(|k| k.id == created.id).unwrap();
    assert_eq!(
        stored.key_hash,
        compressorize_server::keys::hash_key(&created.key)
    );
    // The secret is nowhere in the database files.
    for entry in std::fs::read_dir(app.data_dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let bytes = std::fs::read(&path).unwrap();
            let secret = &created.key.as_bytes()[8..];
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret),
                "key found in {}",
                path.display()
            );
        }
    }
}
