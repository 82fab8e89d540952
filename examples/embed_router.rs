//! Serve the Compressorize API from your own axum application: your routes
//! beside the API's (`/api/v1/...`, `/healthz`, `/metrics`), one listener,
//! and the API's background tasks (async job workers, the retention
//! sweeper, the webhook sender) running alongside.
//!
//! Run with:
//! `cargo run -p compressorize-examples --example embed_router -- [DATA_DIR] [ADDRESS]`
//! (defaults `./data` and `127.0.0.1:8080`), then create a key with
//! `compressorize keys create --plan paid --data-dir DATA_DIR`.

use axum::Router;
use axum::routing::get;
use compressorize_server::jobs::Background;
use compressorize_server::{AppState, Config};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let data_dir = args.next().unwrap_or_else(|| "./data".into());
    let address = args.next().unwrap_or_else(|| "127.0.0.1:8080".into());

    // The defaults: SQLite and blobs under DATA_DIR. Adjust any field here
    // (`database_url`, `blob_url`, limits, ...), as `compressorize serve`'s
    // flags do.
    let config = Config {
        public_base_url: Some(format!("http://{address}")),
        ..Config::new(&data_dir)
    };
    let state = AppState::open(config).await?;

    // Without them, async jobs would wait for a `compressorize worker`.
    let background = Background::spawn(&state);

    let app = Router::new()
        .route(
            "/",
            get(|| async { "My site. Images: POST /api/v1/compress\n" }),
        )
        .merge(compressorize_server::app(state));
    let listener = tokio::net::TcpListener::bind(&address).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    // Jobs in flight go back to the queue for the next start.
    background.stop().await;
    Ok(())
}
