//! The connection loop under the router: accept, serve each connection
//! with HTTP/1.1, and on shutdown stop accepting and let the requests in
//! flight finish. What `axum::serve` does, plus the deadlines a public
//! server needs and `axum::serve` does not set ([`Deadlines`], from
//! [`crate::Config`]):
//!
//! - a client must send a request's headers within `header_timeout` (30 s)
//!   of the connection becoming ready for one, so an idle keep-alive
//!   connection is also closed then;
//! - a request body may pause for at most `body_idle_timeout` (60 s)
//!   between two pieces, else the request fails with 408
//!   `request_timeout` (see [`body_stalled`]);
//! - a response may wait at most `send_timeout` (60 s) for the client to
//!   take more of it, else the connection is closed ([`SendTimeout`]).
//!
//! Without them a client trickling a header or an upload a byte at a time
//! ("slowloris"), or not reading its download, held its connection, a file
//! descriptor and a spool file or blob reader, forever.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::Sleep;
use tower_http::timeout::RequestBodyTimeout;

use crate::metrics::{Deadline, Metrics};

/// Whether `error` (a body read's error, through whatever wrapped it) is a
/// body that paused longer than the body idle timeout.
#[must_use]
pub fn body_stalled(error: &(dyn std::error::Error + 'static)) -> bool {
    std::iter::successors(Some(error), |e| e.source())
        .any(|e| e.is::<tower_http::timeout::TimeoutError>())
}

/// The connection deadlines (see above), from [`crate::Config`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadlines {
    /// For a request's headers.
    pub header: Duration,
    /// For a pause in a request body.
    pub body_idle: Duration,
    /// For a client to take more of a response.
    pub send: Duration,
}

/// Serves `router` on the connections `listener` accepts, with `deadlines`,
/// until `shutdown` completes, then stops accepting and waits for the
/// requests in flight.
pub async fn serve_connections<L>(
    mut listener: L,
    router: Router,
    deadlines: Deadlines,
    metrics: Arc<Metrics>,
    shutdown: impl Future<Output = ()>,
) where
    L: axum::serve::Listener,
    L::Addr: std::fmt::Debug,
{
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(deadlines.header);
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (io, peer) = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => break,
        };
        let service =
            TowerToHyperService::new(RequestBodyTimeout::new(router.clone(), deadlines.body_idle));
        let connection = graceful.watch(
            http.serve_connection(TokioIo::new(SendTimeout::new(io, deadlines.send)), service),
        );
        let metrics = metrics.clone();
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                if let Some(deadline) = deadline_of(&e) {
                    metrics.record_connection_timeout(deadline);
                }
                tracing::debug!(?peer, error = %e, "connection ended with an error");
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
}

/// Which deadline, if any, ended a connection with `error`.
fn deadline_of(error: &hyper::Error) -> Option<Deadline> {
    if error.is_timeout() {
        return Some(Deadline::Header);
    }
    let mut source = std::error::Error::source(error);
    while let Some(e) = source {
        if e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::TimedOut)
        {
            return Some(Deadline::Send);
        }
        source = e.source();
    }
    None
}

/// A connection whose writes wait for the client at most `limit` at a
/// time: when the client has stopped taking data for that long, the write
/// fails and hyper closes the connection (nginx's `send_timeout`). Any
/// progress starts the wait again, so slow but moving downloads go on.
#[derive(Debug)]
pub struct SendTimeout<Io> {
    io: Io,
    limit: Duration,
    /// Running while a write or flush waits for the client.
    waiting: Option<Pin<Box<Sleep>>>,
}

impl<Io> SendTimeout<Io> {
    /// `io` with writes limited to `limit` of waiting.
    pub fn new(io: Io, limit: Duration) -> Self {
        SendTimeout {
            io,
            limit,
            waiting: None,
        }
    }

    /// The outcome of a write-side poll: progress stops the clock, waiting
    /// runs it, and a wait past the limit is an error.
    fn timed<T>(&mut self, cx: &mut Context<'_>, poll: Poll<io::Result<T>>) -> Poll<io::Result<T>> {
        if poll.is_ready() {
            self.waiting = None;
            return poll;
        }
        let limit = self.limit;
        let waiting = self
            .waiting
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(limit)));
        ready!(waiting.as_mut().poll(cx));
        self.waiting = None;
        Poll::Ready(Err(io::Error::new(
            io::ErrorKind::TimedOut,
            format!("the client took no data for {} s", limit.as_secs_f64()),
        )))
    }
}

impl<Io: AsyncRead + Unpin> AsyncRead for SendTimeout<Io> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_read(cx, buf)
    }
}

impl<Io: AsyncWrite + Unpin> AsyncWrite for SendTimeout<Io> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.io).poll_write(cx, buf);
        self.timed(cx, poll)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.io).poll_write_vectored(cx, bufs);
        self.timed(cx, poll)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let poll = Pin::new(&mut self.io).poll_flush(cx);
        self.timed(cx, poll)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let poll = Pin::new(&mut self.io).poll_shutdown(cx);
        self.timed(cx, poll)
    }
}
