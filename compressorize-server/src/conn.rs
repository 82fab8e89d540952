//! The connection loop under the router: accept, serve each connection
//! with HTTP/1.1, or HTTP/2 where the client chose it by TLS's ALPN, and on
//! shutdown stop accepting and let the requests in flight finish. What
//! `axum::serve` does, plus the deadlines a public server needs and
//! `axum::serve` does not set ([`Deadlines`], from [`crate::Config`]):
//!
//! - a client must send a request's headers within `header_timeout` (30 s)
//!   of the connection becoming ready for one, so an idle keep-alive
//!   connection is also closed then (HTTP/2: a connection with no request
//!   in flight for that long is closed with GOAWAY);
//! - a request body may pause for at most `body_idle_timeout` (60 s)
//!   between two pieces, else the request fails with 408
//!   `request_timeout` (see [`body_stalled`]);
//! - a response may wait at most `send_timeout` (60 s) for the client to
//!   take more of it, else the connection is closed ([`SendTimeout`]; for
//!   HTTP/2's flow control, a watchdog per connection).
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

use std::sync::atomic::Ordering::Relaxed;
use std::sync::atomic::{AtomicU64, AtomicUsize};
use std::time::Instant;

use axum::Router;
use axum::body::{Body, Bytes, HttpBody};
use axum::http::{Request, Response};
use futures_util::future::BoxFuture;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::sync::watch;
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

/// Streams one HTTP/2 connection may run at once (nginx's
/// `http2_max_concurrent_streams` is 128); each is a request like one on a
/// connection of its own, rate-limited and queued the same way.
const MAX_STREAMS_PER_CONNECTION: u32 = 128;

/// What a connection speaks: HTTP/2 where TLS's ALPN agreed on `h2`,
/// otherwise HTTP/1.1 (plain TCP is always HTTP/1.1: no h2c).
pub trait Transport {
    /// Whether the client chose HTTP/2.
    fn negotiated_http2(&self) -> bool;
}

impl Transport for tokio::net::TcpStream {
    fn negotiated_http2(&self) -> bool {
        false
    }
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
    L::Io: Transport,
    L::Addr: std::fmt::Debug,
{
    let mut http1 = hyper::server::conn::http1::Builder::new();
    http1
        .timer(TokioTimer::new())
        .header_read_timeout(deadlines.header);
    let mut http2 = hyper::server::conn::http2::Builder::new(TokioExecutor::new());
    http2
        .timer(TokioTimer::new())
        .max_concurrent_streams(MAX_STREAMS_PER_CONNECTION);
    // Every connection task holds a receiver: `closed` below is all of
    // them having ended.
    let (stop, _) = watch::channel(false);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (io, peer) = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => break,
        };
        let service = RequestBodyTimeout::new(router.clone(), deadlines.body_idle);
        let stopping = stop.subscribe();
        let metrics = metrics.clone();
        let http2_chosen = io.negotiated_http2();
        let io = SendTimeout::new(io, deadlines.send);
        if http2_chosen {
            let activity = Arc::new(Activity::new());
            let io = TokioIo::new(io.reporting_to(activity.clone()));
            let service = Tracked {
                inner: service,
                activity: activity.clone(),
            };
            let connection = http2.serve_connection(io, TowerToHyperService::new(service));
            let watchdog = Watchdog {
                activity,
                deadlines,
                closing_since: None,
            };
            tokio::spawn(async move {
                let ended = drive(
                    connection,
                    |c| c.graceful_shutdown(),
                    stopping,
                    Some(watchdog),
                )
                .await;
                ended.report(&metrics, &peer);
            });
        } else {
            let connection =
                http1.serve_connection(TokioIo::new(io), TowerToHyperService::new(service));
            tokio::spawn(async move {
                let ended = drive(connection, |c| c.graceful_shutdown(), stopping, None).await;
                ended.report(&metrics, &peer);
            });
        }
    }
    drop(listener);
    let _ = stop.send(true);
    stop.closed().await;
}

/// How a connection ended.
enum Ended {
    /// hyper finished with it (after a graceful shutdown, possibly one
    /// asked for because it idled: `idled`).
    Closed {
        result: Result<(), hyper::Error>,
        idled: bool,
    },
    /// A response waited on the client longer than the send deadline; the
    /// connection was dropped.
    Stalled,
}

impl Ended {
    /// Counts the deadline that ended the connection, if one did; logs an
    /// error.
    fn report(self, metrics: &Metrics, peer: &impl std::fmt::Debug) {
        let deadline = match &self {
            Ended::Closed { result, idled } => result
                .as_ref()
                .err()
                .and_then(deadline_of)
                .or(idled.then_some(Deadline::Header)),
            Ended::Stalled => Some(Deadline::Send),
        };
        if let Some(deadline) = deadline {
            metrics.record_connection_timeout(deadline);
        }
        match self {
            Ended::Closed { result: Err(e), .. } => {
                tracing::debug!(?peer, error = %e, "connection ended with an error");
            }
            Ended::Closed { result: Ok(()), .. } => {}
            Ended::Stalled => {
                tracing::debug!(?peer, "HTTP/2 connection dropped: a response was not taken");
            }
        }
    }
}

/// Runs `connection` to its end. When the server stops, or the watchdog
/// finds it idle, it is asked to finish gracefully (`graceful`: HTTP/1.1
/// closes after the request in flight, HTTP/2 sends GOAWAY and lets its
/// streams finish); when the watchdog finds it stalled, it is dropped.
async fn drive<C>(
    connection: C,
    graceful: fn(Pin<&mut C>),
    mut stop: watch::Receiver<bool>,
    mut watchdog: Option<Watchdog>,
) -> Ended
where
    C: Future<Output = Result<(), hyper::Error>>,
{
    let mut connection = std::pin::pin!(connection);
    let (mut closing, mut idled) = (false, false);
    loop {
        let next_check = async {
            match &watchdog {
                Some(watchdog) => tokio::time::sleep(watchdog.tick()).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            result = connection.as_mut() => return Ended::Closed { result, idled },
            _ = stop.wait_for(|stopping| *stopping), if !closing => {
                closing = true;
                graceful(connection.as_mut());
                if let Some(watchdog) = &mut watchdog {
                    watchdog.closing();
                }
            }
            () = next_check => {
                let Some(watchdog) = &mut watchdog else { continue };
                match watchdog.check() {
                    Verdict::Idle => {
                        (closing, idled) = (true, true);
                        graceful(connection.as_mut());
                        watchdog.closing();
                    }
                    Verdict::Stalled => return Ended::Stalled,
                    Verdict::Busy => {}
                }
            }
        }
    }
}

/// The HTTP/2 counterparts of HTTP/1.1's header deadline and of
/// [`SendTimeout`], which hyper's HTTP/2 server does not have:
///
/// - a connection with no request in flight for the header deadline is
///   idle, and is closed gracefully;
/// - a connection that has a response to send, and has sent nothing for
///   the send deadline, is stalled, and is dropped.
///
/// A client that stops granting HTTP/2 flow-control credit stalls a
/// response without ever blocking a socket write, so [`SendTimeout`] alone
/// would not see it. hyper asks a response body for more only when there
/// is credit to send it, so a streamed body stops being read; a small body
/// is read whole into h2's send buffer at once, and is over for the
/// service while its bytes wait. Hence a connection is also stalled when it
/// has been asked to close, has no request in flight, and has written
/// nothing for the send deadline: all it has left is sending.
struct Watchdog {
    activity: Arc<Activity>,
    deadlines: Deadlines,
    /// When the connection was asked to close (ms, as [`Activity`]).
    closing_since: Option<u64>,
}

/// What the watchdog found.
#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    Busy,
    Idle,
    Stalled,
}

impl Watchdog {
    /// How often to look: a quarter of the shorter deadline, so a
    /// connection is closed within 1.25 times its deadline.
    fn tick(&self) -> Duration {
        (self.deadlines.header.min(self.deadlines.send) / 4).max(Duration::from_millis(50))
    }

    /// The connection was asked to close.
    fn closing(&mut self) {
        self.closing_since.get_or_insert(self.activity.now());
    }

    fn check(&self) -> Verdict {
        let activity = &self.activity;
        let now = activity.now();
        let quiet_since = |moments: &[u64]| {
            let latest = moments.iter().copied().max().unwrap_or(0);
            Duration::from_millis(now.saturating_sub(latest))
        };
        let written = activity.written.load(Relaxed);
        let in_flight = activity.requests.load(Relaxed) > 0;
        let responding = activity.responses.load(Relaxed) > 0;
        let request_seen = activity.request_seen.load(Relaxed);
        if responding
            && quiet_since(&[activity.response_sent.load(Relaxed), written]) >= self.deadlines.send
        {
            return Verdict::Stalled;
        }
        if in_flight {
            return Verdict::Busy;
        }
        match self.closing_since {
            None if quiet_since(&[request_seen]) >= self.deadlines.header => Verdict::Idle,
            Some(asked) if quiet_since(&[asked, request_seen, written]) >= self.deadlines.send => {
                Verdict::Stalled
            }
            _ => Verdict::Busy,
        }
    }
}

/// One HTTP/2 connection's requests and writes, as the service wrapper (`Tracked`) and
/// [`SendTimeout`] see them; times are milliseconds since the connection
/// began.
#[derive(Debug)]
pub struct Activity {
    began: Instant,
    /// Requests from their headers until their response ends.
    requests: AtomicUsize,
    /// Responses whose bodies are being read.
    responses: AtomicUsize,
    /// When a request last began or ended.
    request_seen: AtomicU64,
    /// When a response body last began or gave out data.
    response_sent: AtomicU64,
    /// When bytes were last written to the socket.
    written: AtomicU64,
}

impl Activity {
    fn new() -> Self {
        Activity {
            began: Instant::now(),
            requests: AtomicUsize::new(0),
            responses: AtomicUsize::new(0),
            request_seen: AtomicU64::new(0),
            response_sent: AtomicU64::new(0),
            written: AtomicU64::new(0),
        }
    }

    fn now(&self) -> u64 {
        u64::try_from(self.began.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    fn touch(&self, moment: &AtomicU64) {
        moment.store(self.now(), Relaxed);
    }
}

/// A request in flight on an HTTP/2 connection, until dropped (with its
/// response body, or with the request if it never got one).
struct InFlight(Arc<Activity>);

impl InFlight {
    fn begin(activity: &Arc<Activity>) -> Self {
        activity.requests.fetch_add(1, Relaxed);
        activity.touch(&activity.request_seen);
        InFlight(activity.clone())
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.touch(&self.0.request_seen);
        self.0.requests.fetch_sub(1, Relaxed);
    }
}

/// The service under an HTTP/2 connection: counts its requests and wraps
/// each response body in a [`SentBody`] for the [`Watchdog`].
#[derive(Clone)]
struct Tracked<S> {
    inner: S,
    activity: Arc<Activity>,
}

impl<S, B> tower_service::Service<Request<B>> for Tracked<S>
where
    S: tower_service::Service<Request<B>, Response = Response<Body>>,
    S::Future: Send + 'static,
{
    type Response = Response<SentBody>;
    type Error = S::Error;
    type Future = BoxFuture<'static, Result<Self::Response, Self::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let in_flight = InFlight::begin(&self.activity);
        let response = self.inner.call(request);
        Box::pin(async move {
            let response = response.await?;
            Ok(response.map(|body| SentBody::new(body, in_flight)))
        })
    }
}

/// A response body that tells the [`Watchdog`] when it gives out data.
/// hyper's HTTP/2 server asks it for more only when the client has granted
/// the credit to send it.
struct SentBody {
    body: Body,
    in_flight: Option<InFlight>,
}

impl SentBody {
    fn new(body: Body, in_flight: InFlight) -> Self {
        let activity = &in_flight.0;
        activity.responses.fetch_add(1, Relaxed);
        activity.touch(&activity.response_sent);
        SentBody {
            body,
            in_flight: Some(in_flight),
        }
    }

    /// The response is over: sent, failed or abandoned.
    fn end(&mut self) {
        if let Some(in_flight) = self.in_flight.take() {
            in_flight.0.responses.fetch_sub(1, Relaxed);
        }
    }
}

impl Drop for SentBody {
    fn drop(&mut self) {
        self.end();
    }
}

impl HttpBody for SentBody {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, axum::Error>>> {
        let polled = Pin::new(&mut self.body).poll_frame(cx);
        match &polled {
            Poll::Ready(Some(Ok(_))) => {
                if let Some(in_flight) = &self.in_flight {
                    in_flight.0.touch(&in_flight.0.response_sent);
                }
            }
            Poll::Ready(_) => self.end(),
            Poll::Pending => {}
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.body.size_hint()
    }
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
    /// Told of every write that took bytes (for HTTP/2's [`Watchdog`]).
    activity: Option<Arc<Activity>>,
}

impl<Io> SendTimeout<Io> {
    /// `io` with writes limited to `limit` of waiting.
    pub fn new(io: Io, limit: Duration) -> Self {
        SendTimeout {
            io,
            limit,
            waiting: None,
            activity: None,
        }
    }

    /// Also tells `activity` when a write takes bytes.
    #[must_use]
    pub fn reporting_to(mut self, activity: Arc<Activity>) -> Self {
        self.activity = Some(activity);
        self
    }

    fn wrote(&self, poll: &Poll<io::Result<usize>>) {
        if let (Some(activity), Poll::Ready(Ok(1..))) = (&self.activity, poll) {
            activity.touch(&activity.written);
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
        self.wrote(&poll);
        self.timed(cx, poll)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.io).poll_write_vectored(cx, bufs);
        self.wrote(&poll);
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
