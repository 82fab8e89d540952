//! The compression pool: CPU work runs on tokio's blocking threads, at most
//! `workers` at once (a semaphore), with at most `queue_depth` requests
//! waiting; beyond that callers get [`PoolError::Busy`] (503 `server_busy`).
//! A panic inside the work becomes [`PoolError::Panicked`], never a crash.
//! Each running compression gets rayon threads of its own ([`RayonPools`]).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::Semaphore;

use crate::error::ApiError;

/// Bounded blocking-work pool.
#[derive(Debug)]
pub struct WorkPool {
    permits: Arc<Semaphore>,
    workers: usize,
    waiting: AtomicUsize,
    queue_depth: usize,
    timeout: Duration,
}

/// Why work did not produce a value.
#[derive(Debug, PartialEq, Eq)]
pub enum PoolError {
    /// All workers busy and the wait queue full (or the wait timed out).
    Busy,
    /// The work did not finish within the time limit (it keeps its worker until it ends).
    TimedOut(Duration),
    /// The work panicked; the message is for the log.
    Panicked(String),
}

impl From<PoolError> for ApiError {
    fn from(e: PoolError) -> Self {
        match e {
            PoolError::Busy => ApiError::server_busy(2),
            PoolError::TimedOut(limit) => ApiError {
                message: format!(
                    "Compression did not finish within {}. Try a smaller image or a fixed quality",
                    seconds(limit)
                ),
                ..ApiError::internal("compression timed out")
            },
            PoolError::Panicked(message) => {
                ApiError::internal(format!("panic in compression: {message}"))
            }
        }
    }
}

impl WorkPool {
    /// A pool of `workers` (at least 1) with a wait queue of `queue_depth`
    /// and a per-job time limit.
    #[must_use]
    pub fn new(workers: usize, queue_depth: usize, timeout: Duration) -> Self {
        let workers = workers.max(1);
        WorkPool {
            permits: Arc::new(Semaphore::new(workers)),
            workers,
            waiting: AtomicUsize::new(0),
            queue_depth,
            timeout,
        }
    }

    /// Requests waiting for a worker.
    #[must_use]
    pub fn queue_depth(&self) -> usize {
        self.waiting.load(Ordering::Relaxed)
    }

    /// Workers running work.
    #[must_use]
    pub fn busy(&self) -> usize {
        self.workers - self.permits.available_permits()
    }

    /// Configured worker count.
    #[must_use]
    pub fn workers(&self) -> usize {
        self.workers
    }

    /// Runs `work` on a blocking thread once a worker is free.
    pub async fn run<T, F>(&self, work: F) -> Result<T, PoolError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let permit = match Arc::clone(&self.permits).try_acquire_owned() {
            Ok(permit) => permit,
            Err(_) => {
                if self.waiting.fetch_add(1, Ordering::SeqCst) >= self.queue_depth {
                    self.waiting.fetch_sub(1, Ordering::SeqCst);
                    return Err(PoolError::Busy);
                }
                let waited =
                    tokio::time::timeout(self.timeout, Arc::clone(&self.permits).acquire_owned())
                        .await;
                self.waiting.fetch_sub(1, Ordering::SeqCst);
                match waited {
                    Ok(Ok(permit)) => permit,
                    _ => return Err(PoolError::Busy),
                }
            }
        };
        let task = tokio::task::spawn_blocking(move || {
            let _permit = permit; // released when the work ends, even after a timeout
            work()
        });
        match tokio::time::timeout(self.timeout, task).await {
            Err(_) => Err(PoolError::TimedOut(self.timeout)),
            Ok(Ok(value)) => Ok(value),
            Ok(Err(join)) => {
                let message = match join.try_into_panic() {
                    Ok(payload) => payload
                        .downcast_ref::<&str>()
                        .map(|s| (*s).to_owned())
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "non-string panic payload".to_owned()),
                    Err(join) => join.to_string(),
                };
                Err(PoolError::Panicked(message))
            }
        }
    }
}

/// Rayon thread pools, one per running compression. The core runs its
/// probes with rayon. In one global pool, a compression that waits for its
/// own task runs whatever it steals meanwhile, another request's long encode
/// too, and returns only when that is done: a 9-megapixel JPEG job queued
/// just after an AVIF one took 10.8–17.4 s instead of 0.8–1.3 s, finishing
/// within 17 ms of the AVIF (docs/BENCHMARKS.md, session 45). With a pool each, no
/// request runs another's work; the operating system shares the cores.
#[derive(Debug)]
pub struct RayonPools {
    idle: Mutex<Vec<rayon::ThreadPool>>,
    threads: usize,
}

impl RayonPools {
    /// Pools of `threads` threads each (at least 1), made as compressions
    /// need them and kept for the next.
    #[must_use]
    pub fn new(threads: usize) -> Self {
        RayonPools {
            idle: Mutex::new(Vec::new()),
            threads: threads.max(1),
        }
    }

    /// Runs `work` in a pool no other work is using (an idle one, or a new
    /// one), and keeps the pool for later. If no pool can be made (threads
    /// cannot be spawned), `work` runs in rayon's global pool.
    pub fn install<T: Send>(&self, work: impl FnOnce() -> T + Send) -> T {
        let idle = self
            .idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        let pool = match idle {
            Some(pool) => pool,
            None => match rayon::ThreadPoolBuilder::new()
                .num_threads(self.threads)
                .thread_name(|i| format!("compress-{i}"))
                .build()
            {
                Ok(pool) => pool,
                Err(e) => {
                    tracing::warn!(error = %e, "no rayon pool of its own for a compression");
                    return work();
                }
            },
        };
        // A panic unwinds past this point and drops the pool with it.
        let value = pool.install(work);
        self.idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(pool);
        value
    }

    /// Compresses `input` in a pool of its own (see [`RayonPools::install`]):
    /// how the server runs every compression, sync or async. Also returns
    /// how long it took, for the metrics and the time estimates.
    pub fn compress(
        &self,
        input: &[u8],
        options: &compressorize_core::Options,
    ) -> (
        compressorize_core::Result<compressorize_core::Compressed>,
        Duration,
    ) {
        let started = std::time::Instant::now();
        let result = self.install(|| compressorize_core::compress(input, options));
        (result, started.elapsed())
    }

    /// Pools made so far and now idle (for the tests).
    #[cfg(test)]
    fn idle(&self) -> usize {
        self.idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }
}

/// `limit` in words: "1 second", "90 seconds", "0.5 seconds".
fn seconds(limit: Duration) -> String {
    let n = limit.as_secs_f64();
    if n == 1.0 {
        "1 second".to_owned()
    } else {
        format!("{n} seconds")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn panic_becomes_an_error_and_the_pool_keeps_working() {
        let pool = WorkPool::new(1, 1, Duration::from_secs(5));
        let err = pool
            .run(|| -> u32 { panic!("codec exploded") })
            .await
            .unwrap_err();
        assert_eq!(err, PoolError::Panicked("codec exploded".into()));
        let api: ApiError = err.into();
        assert_eq!(api.code, "compression_failed");
        assert!(
            !api.message.contains("exploded"),
            "5xx messages stay generic"
        );
        assert_eq!(pool.run(|| 7).await, Ok(7));
        assert_eq!(pool.busy(), 0);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn full_queue_is_busy_and_slow_work_times_out() {
        let pool = Arc::new(WorkPool::new(1, 0, Duration::from_millis(300)));
        let (started_tx, started_rx) = std::sync::mpsc::channel();
        let slow = {
            let pool = Arc::clone(&pool);
            tokio::spawn(async move {
                pool.run(move || {
                    let _ = started_tx.send(());
                    std::thread::sleep(Duration::from_millis(600));
                })
                .await
            })
        };
        tokio::task::spawn_blocking(move || started_rx.recv())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(pool.run(|| ()).await, Err(PoolError::Busy));
        assert_eq!(
            slow.await.unwrap(),
            Err(PoolError::TimedOut(Duration::from_millis(300)))
        );
    }

    #[test]
    fn time_limits_read_as_words() {
        assert_eq!(seconds(Duration::from_secs(1)), "1 second");
        assert_eq!(seconds(Duration::from_secs(90)), "90 seconds");
        assert_eq!(seconds(Duration::from_millis(500)), "0.5 seconds");
    }

    #[test]
    fn each_compression_runs_in_a_pool_of_its_own() {
        let pools = Arc::new(RayonPools::new(2));
        let global = rayon::current_num_threads();
        // Two compressions at once (both inside their pools before either
        // goes on): each sees two threads of its own.
        let both_in = std::sync::Barrier::new(2);
        let (a, b) = std::thread::scope(|scope| {
            let run = || {
                let (pools, both_in) = (Arc::clone(&pools), &both_in);
                scope.spawn(move || {
                    pools.install(|| {
                        both_in.wait();
                        (
                            rayon::current_num_threads(),
                            std::thread::current().name().map(str::to_owned),
                            rayon::join(|| 1, || 2),
                        )
                    })
                })
            };
            let (a, b) = (run(), run());
            (a.join().unwrap(), b.join().unwrap())
        });
        assert_eq!((a.0, b.0), (2, 2), "global pool: {global}");
        assert!(a.1.unwrap().starts_with("compress-"));
        assert_eq!((a.2, b.2), ((1, 2), (1, 2)));
        assert_eq!(pools.idle(), 2);
        // Kept for the next compression.
        pools.install(|| ());
        assert_eq!(pools.idle(), 2);
    }

    /// One compression whose rayon threads are all blocked does not stop
    /// another from running its own rayon work. In one shared pool the
    /// second would wait for the first (here: for ever).
    #[test]
    fn a_compression_never_waits_for_another_ones_work() {
        use std::sync::mpsc::channel;
        let pools = Arc::new(RayonPools::new(2));
        let (held_tx, held_rx) = channel::<()>();
        let (release_tx, release_rx) = channel::<()>();
        let release_rx = Arc::new(Mutex::new(release_rx));
        let blocked = {
            let pools = Arc::clone(&pools);
            std::thread::spawn(move || {
                pools.install(|| {
                    let hold = || {
                        held_tx.send(()).unwrap();
                        release_rx.lock().unwrap().recv().unwrap();
                    };
                    rayon::join(hold, hold);
                });
            })
        };
        // Both of the first compression's threads are now held.
        for _ in 0..2 {
            held_rx.recv_timeout(Duration::from_secs(30)).unwrap();
        }
        let (done_tx, done_rx) = channel();
        let other = {
            let pools = Arc::clone(&pools);
            std::thread::spawn(move || {
                done_tx
                    .send(pools.install(|| rayon::join(|| 1, || 2)))
                    .unwrap();
            })
        };
        let done = done_rx.recv_timeout(Duration::from_secs(30));
        release_tx.send(()).unwrap();
        release_tx.send(()).unwrap();
        blocked.join().unwrap();
        other.join().unwrap();
        assert_eq!(done, Ok((1, 2)));
    }
}
