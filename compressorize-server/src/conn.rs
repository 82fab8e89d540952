//! The connection loop under the router: accept, serve each connection
//! with HTTP/1.1, and on shutdown stop accepting and let the requests in
//! flight finish. What `axum::serve` does, plus deadlines a public server
//! needs and `axum::serve` does not set: a client must send a request's
//! headers within `header_timeout` (30 s) of the connection becoming ready
//! for one (so also an idle keep-alive connection is closed then), and a
//! request body may pause for at most `body_idle_timeout` (60 s) between
//! two pieces (the request then fails with 408 `request_timeout`, see
//! [`body_stalled`]); both are in [`crate::Config`]. Without them a client trickling a header or an upload
//! a byte at a time ("slowloris") held its connection, a file descriptor
//! and a spool file, forever.

use std::future::Future;
use std::time::Duration;

use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tower_http::timeout::RequestBodyTimeout;

/// Whether `error` (a body read's error, through whatever wrapped it) is a
/// body that paused longer than the body idle timeout.
#[must_use]
pub fn body_stalled(error: &(dyn std::error::Error + 'static)) -> bool {
    std::iter::successors(Some(error), |e| e.source())
        .any(|e| e.is::<tower_http::timeout::TimeoutError>())
}

/// Serves `router` on the connections `listener` accepts, with `header_timeout`
/// and `body_idle_timeout` (see above), until `shutdown` completes, then
/// stops accepting and waits for the requests in flight.
pub async fn serve_connections<L>(
    mut listener: L,
    router: Router,
    (header_timeout, body_idle_timeout): (Duration, Duration),
    shutdown: impl Future<Output = ()>,
) where
    L: axum::serve::Listener,
    L::Addr: std::fmt::Debug,
{
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(header_timeout);
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (io, peer) = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => break,
        };
        let service =
            TowerToHyperService::new(RequestBodyTimeout::new(router.clone(), body_idle_timeout));
        let connection = graceful.watch(http.serve_connection(TokioIo::new(io), service));
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(?peer, error = %e, "connection ended with an error");
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
}
