//! The `compressorize` binary's library: the command-line front end and the
//! REST API server. CPU work is done by `compressorize-core`.
//!
//! Embedding the API in another tokio program:
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let config = compressorize_server::config::Config::new("./data");
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! compressorize_server::run(listener, config, async {
//!     let _ = tokio::signal::ctrl_c().await;
//! })
//! .await?;
//! # Ok(()) }
//! ```

pub mod blobs;
pub mod cli;
pub mod compress_cmd;
pub mod config;
pub mod conn;
pub mod error;
pub mod fetch;
pub mod jobs;
pub mod keys;
pub mod links;
pub mod memory;
pub mod metrics;
pub mod pool;
pub mod ratelimit;
mod routes;
pub mod server_cmd;
pub mod state;
pub mod store;
pub mod tls;
pub mod util;
pub mod webhook;

use std::future::Future;

pub use config::Config;
pub use routes::app;
pub use state::{AppState, StartError};

/// Why [`run`] stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// The server could not start.
    #[error(transparent)]
    Start(#[from] StartError),
    /// Serving failed.
    #[error("serving failed: {0}")]
    Io(#[from] std::io::Error),
}

/// Serves the API on `listener` until `shutdown` completes, then stops
/// accepting connections and finishes the requests in flight.
pub async fn run(
    listener: tokio::net::TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), RunError> {
    let state = AppState::open(config).await?;
    serve(listener, state, shutdown).await
}

/// Like [`run`], with a state that is already open. Also runs the
/// background tasks (async job workers, the retention sweeper, the webhook
/// sender) until serving stops.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), RunError> {
    let addr = listener.local_addr()?;
    let scheme = if state.tls.is_some() { "https" } else { "http" };
    let _ = state.public_base.set(format!("{scheme}://{addr}"));
    let background = jobs::Background::spawn(&state);
    let deadlines = conn::Deadlines {
        header: state.config.header_timeout,
        body_idle: state.config.body_idle_timeout,
        send: state.config.send_timeout,
    };
    let metrics = state.metrics.clone();
    let served = async {
        match state.tls.clone() {
            Some(certificates) => {
                let listener = tls::TlsListener::new(listener, certificates.server_config())?;
                conn::serve_connections(listener, app(state), deadlines, metrics, shutdown).await;
            }
            None => {
                conn::serve_connections(listener, app(state), deadlines, metrics, shutdown).await;
            }
        }
        Ok::<(), std::io::Error>(())
    }
    .await;
    // Jobs in flight go back to the queue (a crash instead leaves leases
    // that run out, and the jobs are taken again then).
    background.stop().await;
    served?;
    Ok(())
}

/// Runs the background tasks of [`serve`] without serving HTTP (what
/// `compressorize worker` does): async job workers, the retention sweeper
/// and the webhook sender, on `state`'s store and blobs, until `shutdown`
/// completes. Jobs in flight then go back to the queue.
///
/// Servers on the same store queue jobs (with `job_workers` 0 they run
/// none themselves); workers take them under a lease, so any number of
/// them can run, and a job whose worker dies is taken again. An idle worker
/// looks for new jobs twice a second.
pub async fn work(state: AppState, shutdown: impl Future<Output = ()>) {
    let background = jobs::Background::spawn(&state);
    shutdown.await;
    background.stop().await;
}
