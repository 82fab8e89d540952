//! Prometheus text-format metrics, hand-written with atomics: requests by
//! route and status, a compression-time histogram, bytes in/out, queue depth.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Upper bounds (seconds) of the compression histogram buckets.
const BUCKETS: [f64; 12] = [
    0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0,
];

/// The server's counters.
#[derive(Debug, Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, String, u16), u64>>,
    bucket_counts: [AtomicU64; BUCKETS.len()],
    compress_count: AtomicU64,
    compress_micros: AtomicU64,
    bytes_in: AtomicU64,
    bytes_out: AtomicU64,
    header_timeouts: AtomicU64,
    send_timeouts: AtomicU64,
}

/// A connection deadline that closed a connection (see [`crate::conn`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    /// The request's headers did not arrive in time (or the connection
    /// idled between requests).
    Header,
    /// The client took no more of a response in time.
    Send,
}

/// Gauges read at render time.
#[derive(Debug, Clone, Copy)]
pub struct Gauges {
    /// Requests waiting for a worker.
    pub queue_depth: usize,
    /// Compressions running.
    pub busy_workers: usize,
    /// Worker count.
    pub workers: usize,
    /// Async jobs pending or processing.
    pub async_jobs: usize,
    /// Input bytes of those jobs.
    pub async_bytes: usize,
}

impl Metrics {
    /// Counts one finished request.
    pub fn record_request(&self, method: &str, route: &str, status: u16) {
        if let Ok(mut map) = self.requests.lock() {
            *map.entry((method.to_owned(), route.to_owned(), status))
                .or_default() += 1;
        }
    }

    /// Counts one connection closed by `deadline`.
    pub fn record_connection_timeout(&self, deadline: Deadline) {
        match deadline {
            Deadline::Header => &self.header_timeouts,
            Deadline::Send => &self.send_timeouts,
        }
        .fetch_add(1, Ordering::Relaxed);
    }

    /// Records one finished compression.
    pub fn record_compression(&self, elapsed: Duration, bytes_in: usize, bytes_out: usize) {
        let secs = elapsed.as_secs_f64();
        for (i, bound) in BUCKETS.iter().enumerate() {
            if secs <= *bound {
                self.bucket_counts[i].fetch_add(1, Ordering::Relaxed);
            }
        }
        self.compress_count.fetch_add(1, Ordering::Relaxed);
        self.compress_micros.fetch_add(
            u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX),
            Ordering::Relaxed,
        );
        self.bytes_in.fetch_add(bytes_in as u64, Ordering::Relaxed);
        self.bytes_out
            .fetch_add(bytes_out as u64, Ordering::Relaxed);
    }

    /// The Prometheus text exposition (format 0.0.4).
    #[must_use]
    pub fn render(&self, gauges: Gauges) -> String {
        let mut out = String::new();
        out.push_str(
            "# HELP compressorize_requests_total HTTP requests by method, route and status.\n",
        );
        out.push_str("# TYPE compressorize_requests_total counter\n");
        if let Ok(map) = self.requests.lock() {
            for ((method, route, status), n) in map.iter() {
                let _ = writeln!(
                    out,
                    "compressorize_requests_total{{method=\"{method}\",route=\"{}\",status=\"{status}\"}} {n}",
                    route.replace('\\', "\\\\").replace('"', "\\\"")
                );
            }
        }
        out.push_str(
            "# HELP compressorize_compression_seconds Time spent compressing one image.\n",
        );
        out.push_str("# TYPE compressorize_compression_seconds histogram\n");
        for (i, bound) in BUCKETS.iter().enumerate() {
            let _ = writeln!(
                out,
                "compressorize_compression_seconds_bucket{{le=\"{bound}\"}} {}",
                self.bucket_counts[i].load(Ordering::Relaxed)
            );
        }
        let count = self.compress_count.load(Ordering::Relaxed);
        let _ = writeln!(
            out,
            "compressorize_compression_seconds_bucket{{le=\"+Inf\"}} {count}"
        );
        let _ = writeln!(
            out,
            "compressorize_compression_seconds_sum {}",
            self.compress_micros.load(Ordering::Relaxed) as f64 / 1e6
        );
        let _ = writeln!(out, "compressorize_compression_seconds_count {count}");
        out.push_str(
            "# HELP compressorize_connection_timeouts_total Connections closed by a deadline: \
             headers not sent (or idle) in time, or a response not taken in time.\n",
        );
        out.push_str("# TYPE compressorize_connection_timeouts_total counter\n");
        for (deadline, value) in [
            ("header", &self.header_timeouts),
            ("send", &self.send_timeouts),
        ] {
            let _ = writeln!(
                out,
                "compressorize_connection_timeouts_total{{deadline=\"{deadline}\"}} {}",
                value.load(Ordering::Relaxed)
            );
        }
        for (name, help, value) in [
            (
                "compressorize_input_bytes_total",
                "Bytes of images compressed (input).",
                &self.bytes_in,
            ),
            (
                "compressorize_output_bytes_total",
                "Bytes of compressed images produced.",
                &self.bytes_out,
            ),
        ] {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} counter\n{name} {}",
                value.load(Ordering::Relaxed)
            );
        }
        for (name, help, value) in [
            (
                "compressorize_queue_depth",
                "Requests waiting for a compression worker.",
                gauges.queue_depth,
            ),
            (
                "compressorize_workers_busy",
                "Compression workers running.",
                gauges.busy_workers,
            ),
            (
                "compressorize_workers",
                "Compression workers configured.",
                gauges.workers,
            ),
            (
                "compressorize_async_jobs_queued",
                "Async jobs pending or processing.",
                gauges.async_jobs,
            ),
            (
                "compressorize_async_bytes_queued",
                "Input bytes of async jobs pending or processing.",
                gauges.async_bytes,
            ),
        ] {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}"
            );
        }
        out
    }
}
