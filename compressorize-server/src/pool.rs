//! The compression pool: CPU work runs on tokio's blocking threads, at most
//! `workers` at once (a semaphore), with at most `queue_depth` requests
//! waiting; beyond that callers get [`PoolError::Busy`] (503 `server_busy`).
//! A panic inside the work becomes [`PoolError::Panicked`], never a crash.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
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
}
