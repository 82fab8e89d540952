//! The server's one typed configuration. `compressorize serve` builds it from
//! flags and environment variables (see `cli::ServeArgs`); tests and embedders
//! build it with [`Config::new`] and struct update syntax.

use std::path::PathBuf;
use std::time::Duration;

/// 1 MiB.
pub const MIB: usize = 1024 * 1024;

/// Everything the server needs to run.
#[derive(Debug, Clone)]
pub struct Config {
    /// Directory for the SQLite database and the blob directory. Default: `./data`.
    pub data_dir: PathBuf,
    /// Database URL; `None` means `sqlite://<data_dir>/compressorize.db`.
    /// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE` (libpq's query
    /// parameters, e.g. `?sslmode=require`) shares one database among API
    /// nodes and workers. Default: `None`.
    pub database_url: Option<String>,
    /// Where inputs and results go: `None` for `<data_dir>/blobs`, or
    /// `s3://BUCKET[/PREFIX]` for an S3-compatible store shared by API nodes
    /// and workers (credentials, region and endpoint from the `AWS_*`
    /// environment variables; see [`crate::blobs::S3Blobs::open`]).
    /// Default: `None`.
    pub blob_url: Option<String>,
    /// The HMAC secret for signed download links (64 hex digits, made with
    /// mode 0600 if missing). API nodes behind one address must share it.
    /// Default: `None` (`<data_dir>/signing.key`).
    pub signing_key_file: Option<PathBuf>,
    /// With an S3 `blob_url` and [`Presign::On`](crate::blobs::Presign::On):
    /// `GET /api/v1/download/:id` redirects to a URL presigned by the object
    /// store (valid 1 hour, or until the result expires), so result files
    /// are served by the store, not by API nodes. The store's endpoint (or
    /// the one `Presign::On` names) must be reachable by clients. Refused
    /// with local blobs. Default: `Presign::Off` (downloads through the
    /// server's own links).
    pub presign: crate::blobs::Presign,
    /// Serve HTTPS with this certificate chain and key (PEM), read again on
    /// SIGHUP by `compressorize serve`. Default: `None` (plain HTTP, for a
    /// TLS-terminating proxy in front).
    pub tls: Option<crate::tls::TlsFiles>,
    /// Absolute base URL of this server as clients see it (for absolute links
    /// in webhooks, issue 5). Default: `None` (links are relative).
    pub public_base_url: Option<String>,
    /// Inputs of at least this many bytes take the asynchronous path (202,
    /// then status/download); smaller ones are answered in the request.
    /// Default: 2 MiB (2,097,152 bytes).
    pub async_threshold: usize,
    /// Largest accepted input (upload or fetched), in bytes. Default: 25 MiB (26,214,400 bytes).
    pub max_input_bytes: usize,
    /// Requests per window for `free` keys. Default: 20.
    pub free_rpm: u32,
    /// Requests per window for `paid` keys. Default: 100.
    pub paid_rpm: u32,
    /// Rate-limit window length. Default: 60 s.
    pub rate_window: Duration,
    /// Compressions running at once. Default: the number of CPU cores.
    pub workers: usize,
    /// Requests allowed to wait for a worker; beyond this, 503 `server_busy`. Default: 4 × workers.
    pub queue_depth: usize,
    /// Time limit for one compression (after it started); beyond it, 500
    /// `compression_failed`. Also the longest a request waits in the queue
    /// (then 503 `server_busy`). Default: 60 s.
    pub compress_timeout: Duration,
    /// Let URL sources (and webhooks) target loopback and private-network
    /// addresses (never link-local or cloud metadata ones: see
    /// [`crate::fetch::is_private_network_ip`]) and plain-http webhooks.
    /// For tests and trusted networks only. Default: `false`.
    pub allow_private_targets: bool,
    /// How long a client has to send a request's headers, from when its
    /// connection is ready for them (just accepted, or done with the
    /// previous request: also the keep-alive idle limit). Default: 30 s.
    pub header_timeout: Duration,
    /// The longest a request body may pause between two pieces before the
    /// request fails with 408 `request_timeout` (nginx's
    /// `client_body_timeout`). Default: 60 s.
    pub body_idle_timeout: Duration,
    /// The longest a response may wait for the client to take more of it
    /// before the connection is closed (nginx's `send_timeout`). Default: 60 s.
    pub send_timeout: Duration,
    /// Whole-fetch time limit for URL sources. Default: 30 s.
    pub fetch_timeout: Duration,
    /// Connect time limit for URL sources. Default: 5 s.
    pub fetch_connect_timeout: Duration,
    /// How long results are kept after completion. Default: 24 h.
    pub result_ttl: Duration,
    /// In-process async job workers. `0` runs none (this server only accepts
    /// jobs; tests use it to hold jobs in the queue). Default: `workers`.
    pub job_workers: usize,
    /// A worker's lease on a job; renewed while the job runs. A job whose
    /// worker died is taken again once its lease runs out. Default: 60 s.
    pub job_lease: Duration,
    /// Attempts (leases taken) before a job fails with `compression_failed`. Default: 3.
    pub job_max_attempts: u32,
    /// Most unfinished async jobs; beyond, 503 `server_busy`. Default: 1000.
    pub max_queued_jobs: u64,
    /// Most input bytes of unfinished async jobs; beyond, 503 `server_busy`. Default: 4 GiB.
    pub max_queued_bytes: u64,
    /// How often the sweeper runs. Default: 60 s.
    pub sweep_interval: Duration,
    /// Blob files no job references are deleted once older than this (left
    /// by a crash between writing a blob and its row). Default: 1 h.
    pub orphan_grace: Duration,
    /// How often the sweeper looks for orphaned blobs. The look lists every
    /// stored blob (every object under the bucket's prefix, on S3) and every
    /// blob a job references, so it runs far less often than the sweep of
    /// expired results; orphans only come from crashes. Default: 1 h.
    pub orphan_scan_interval: Duration,
    /// First webhook retry delay; doubles each attempt. Default: 5 s.
    pub webhook_backoff: Duration,
    /// Webhook attempts before giving up (with the default backoff the last
    /// retry comes ~43 minutes after the first attempt). Default: 10.
    pub webhook_max_attempts: u32,
    /// Time limit for one webhook request. Default: 10 s.
    pub webhook_timeout: Duration,
}

impl Config {
    /// The defaults, with data under `data_dir`.
    #[must_use]
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        let workers = default_workers();
        Config {
            data_dir: data_dir.into(),
            database_url: None,
            blob_url: None,
            signing_key_file: None,
            presign: crate::blobs::Presign::Off,
            tls: None,
            header_timeout: Duration::from_secs(30),
            body_idle_timeout: Duration::from_secs(60),
            send_timeout: Duration::from_secs(60),
            public_base_url: None,
            async_threshold: 2 * MIB,
            max_input_bytes: 25 * MIB,
            free_rpm: 20,
            paid_rpm: 100,
            rate_window: Duration::from_secs(60),
            workers,
            queue_depth: 4 * workers,
            compress_timeout: Duration::from_secs(60),
            allow_private_targets: false,
            fetch_timeout: Duration::from_secs(30),
            fetch_connect_timeout: Duration::from_secs(5),
            result_ttl: Duration::from_secs(24 * 3600),
            job_workers: workers,
            job_lease: Duration::from_secs(60),
            job_max_attempts: 3,
            max_queued_jobs: 1000,
            max_queued_bytes: 4 * 1024 * MIB as u64,
            sweep_interval: Duration::from_secs(60),
            orphan_grace: Duration::from_secs(3600),
            orphan_scan_interval: Duration::from_secs(3600),
            webhook_backoff: Duration::from_secs(5),
            webhook_max_attempts: 10,
            webhook_timeout: Duration::from_secs(10),
        }
    }

    /// The database URL in effect.
    #[must_use]
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!(
                "sqlite://{}",
                self.data_dir.join("compressorize.db").display()
            ),
        }
    }

    /// Where blobs (inputs and results) live, unless `blob_url` names an
    /// object store (then uploads spool under it).
    #[must_use]
    pub fn blob_dir(&self) -> PathBuf {
        self.data_dir.join("blobs")
    }

    /// Where the HMAC secret for signed download links is kept (mode 0600).
    #[must_use]
    pub fn signing_key_path(&self) -> PathBuf {
        self.signing_key_file
            .clone()
            .unwrap_or_else(|| self.data_dir.join("signing.key"))
    }

    /// The URL-fetch policy derived from this configuration.
    #[must_use]
    pub fn fetch_policy(&self) -> crate::fetch::FetchPolicy {
        crate::fetch::FetchPolicy {
            allow_private_targets: self.allow_private_targets,
            max_bytes: self.max_input_bytes,
            connect_timeout: self.fetch_connect_timeout,
            total_timeout: self.fetch_timeout,
            ..crate::fetch::FetchPolicy::default()
        }
    }
}

/// The number of CPU cores (at least 1).
#[must_use]
pub fn default_workers() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}
