//! Metadata store: API keys, rate-limit counters and jobs.
//!
//! [`Store`] is the seam between the server and its database: the embedded
//! default is [`SqliteStore`] (one file), [`PgStore`] is PostgreSQL, shared
//! by API nodes and workers on several machines ([`open`] picks by URL).
//! Methods return boxed futures so the store can be shared as
//! `Arc<dyn Store>`. All timestamps are Unix milliseconds.

mod postgres;
mod rows;
mod sqlite;

use std::borrow::Cow;
use std::future::Future;
use std::pin::Pin;

pub use postgres::PgStore;
pub use sqlite::SqliteStore;

/// Opens the store a database URL names: `sqlite://PATH` ([`SqliteStore`])
/// or `postgres://…` / `postgresql://…` ([`PgStore`]), applying the schema
/// migrations.
pub async fn open(url: &str) -> StoreResult<std::sync::Arc<dyn Store>> {
    if url.starts_with("sqlite:") {
        Ok(std::sync::Arc::new(SqliteStore::open(url).await?))
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(std::sync::Arc::new(PgStore::open(url).await?))
    } else {
        Err(StoreError::UnsupportedUrl(redact_url(url)))
    }
}

/// `url` without its password, for messages and logs.
#[must_use]
pub fn redact_url(url: &str) -> String {
    // scheme://user:password@host -> scheme://user:***@host
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let Some((credentials, host)) = rest.rsplit_once('@') else {
        return url.to_owned();
    };
    match credentials.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_owned(),
    }
}

/// A back-end's schema migrations, embedded in the binary: (version,
/// description, SQL), in order. Never edit an applied migration: add one.
#[derive(Debug)]
struct Migrations(&'static [(i64, &'static str, &'static str)]);

impl sqlx::migrate::MigrationSource<'static> for Migrations {
    fn resolve(
        self,
    ) -> BoxFuture<'static, Result<Vec<sqlx::migrate::Migration>, sqlx::error::BoxDynError>> {
        Box::pin(async move {
            Ok(self
                .0
                .iter()
                .map(|&(version, description, sql)| {
                    sqlx::migrate::Migration::new(
                        version,
                        Cow::Borrowed(description),
                        sqlx::migrate::MigrationType::Simple,
                        Cow::Borrowed(sql),
                        false,
                    )
                })
                .collect())
        })
    }
}

/// A boxed, `Send` future (what the trait's methods return).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Result of a store operation.
pub type StoreResult<T> = Result<T, StoreError>;

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The database reported an error.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// Applying the schema migrations failed.
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// The database URL names a back-end this build does not support.
    #[error("unsupported database URL '{0}': use sqlite://PATH or postgres://USER@HOST/DATABASE")]
    UnsupportedUrl(String),
    /// A stored value could not be read back (e.g. an unknown status).
    #[error("corrupt row: {0}")]
    Corrupt(String),
}

/// A key's plan, which sets its rate limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Plan {
    /// 20 requests per minute by default.
    Free,
    /// 100 requests per minute by default.
    Paid,
}

impl Plan {
    /// `free` or `paid`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Plan::Free => "free",
            Plan::Paid => "paid",
        }
    }
}

impl std::str::FromStr for Plan {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "free" => Ok(Plan::Free),
            "paid" => Ok(Plan::Paid),
            other => Err(format!("unknown plan '{other}': use free or paid")),
        }
    }
}

/// A stored API key (without the secret, which is never stored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKey {
    /// Public identifier, `key_<hex>`.
    pub id: String,
    /// SHA-256 of the secret key.
    pub key_hash: [u8; 32],
    /// The first characters of the key, for display.
    pub key_prefix: String,
    /// Optional label.
    pub name: Option<String>,
    /// Plan.
    pub plan: Plan,
    /// Secret for signing webhooks (issue 5).
    pub webhook_secret: String,
    /// Creation time.
    pub created_at: i64,
    /// Revocation time; `None` while valid.
    pub revoked_at: Option<i64>,
}

/// A rate-limit window after counting one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateWindow {
    /// When the current window started.
    pub window_start: i64,
    /// Requests counted in the window, this one included.
    pub count: i64,
}

/// Job state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobStatus {
    /// Accepted, waiting for a worker.
    Pending,
    /// A worker holds the lease.
    Processing,
    /// Done; the result is in the blob store until `expires_at`.
    Complete,
    /// Gave up; `error_code`/`error_message` say why.
    Failed,
}

impl JobStatus {
    /// The stored and API name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            JobStatus::Pending => "pending",
            JobStatus::Processing => "processing",
            JobStatus::Complete => "complete",
            JobStatus::Failed => "failed",
        }
    }

    fn parse(s: &str) -> StoreResult<Self> {
        Ok(match s {
            "pending" => JobStatus::Pending,
            "processing" => JobStatus::Processing,
            "complete" => JobStatus::Complete,
            "failed" => JobStatus::Failed,
            other => return Err(StoreError::Corrupt(format!("job status '{other}'"))),
        })
    }
}

/// How a job was run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobMode {
    /// Answered in the request (inputs under the async threshold).
    Sync,
    /// Queued, 202 (issue 5).
    Async,
}

impl JobMode {
    /// The stored name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            JobMode::Sync => "sync",
            JobMode::Async => "async",
        }
    }
}

/// Where the input came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobSource {
    /// Multipart upload.
    Upload,
    /// Fetched from `source_url`.
    Url,
}

impl JobSource {
    /// The stored name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            JobSource::Upload => "upload",
            JobSource::Url => "url",
        }
    }
}

/// One compression job (a row of `jobs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// Public id (`X-Job-Id`).
    pub id: String,
    /// Owner key id.
    pub key_id: String,
    /// State.
    pub status: JobStatus,
    /// Sync or async.
    pub mode: JobMode,
    /// Upload or URL.
    pub source: JobSource,
    /// The URL for URL sources.
    pub source_url: Option<String>,
    /// Requested options as JSON.
    pub options: String,
    /// Blob key of the stored input.
    pub input_blob: Option<String>,
    /// Blob key of the result.
    pub output_blob: Option<String>,
    /// Input size in bytes.
    pub original_size: i64,
    /// Output size in bytes.
    pub compressed_size: Option<i64>,
    /// Output format name.
    pub format: Option<String>,
    /// Output width.
    pub width: Option<i64>,
    /// Output height.
    pub height: Option<i64>,
    /// Encoder quality used (`None`: lossless or passthrough).
    pub quality: Option<i64>,
    /// API error code of a failed job.
    pub error_code: Option<String>,
    /// Message of a failed job.
    pub error_message: Option<String>,
    /// Webhook to notify (async jobs).
    pub webhook_url: Option<String>,
    /// Attempts so far (async jobs).
    pub attempts: i64,
    /// Worker holding the lease.
    pub claimed_by: Option<String>,
    /// When the lease runs out.
    pub lease_expires_at: Option<i64>,
    /// Creation time.
    pub created_at: i64,
    /// When work started.
    pub started_at: Option<i64>,
    /// When it completed or failed.
    pub completed_at: Option<i64>,
    /// When the result will be deleted.
    pub expires_at: Option<i64>,
}

/// The metadata store.
pub trait Store: Send + Sync + std::fmt::Debug + 'static {
    /// Cheap liveness check (for `/healthz`).
    fn ping(&self) -> BoxFuture<'_, StoreResult<()>>;
    /// Stores a new key.
    fn insert_key<'a>(&'a self, key: &'a ApiKey) -> BoxFuture<'a, StoreResult<()>>;
    /// The key whose hash is `hash`, revoked or not.
    fn key_by_hash<'a>(&'a self, hash: &'a [u8; 32]) -> BoxFuture<'a, StoreResult<Option<ApiKey>>>;
    /// Every key, oldest first.
    fn list_keys(&self) -> BoxFuture<'_, StoreResult<Vec<ApiKey>>>;
    /// Marks a key revoked; `false` when there is no such key or it was already revoked.
    fn revoke_key<'a>(&'a self, id: &'a str, now_ms: i64) -> BoxFuture<'a, StoreResult<bool>>;
    /// Counts one request for `key_id` and returns the window it fell in. A
    /// new window starts at `now_ms` when the previous one (of `window_ms`) is over.
    fn hit_rate_limit<'a>(
        &'a self,
        key_id: &'a str,
        now_ms: i64,
        window_ms: i64,
    ) -> BoxFuture<'a, StoreResult<RateWindow>>;
    /// Stores a new job.
    fn insert_job<'a>(&'a self, job: &'a Job) -> BoxFuture<'a, StoreResult<()>>;
    /// The job with this id.
    fn job<'a>(&'a self, id: &'a str) -> BoxFuture<'a, StoreResult<Option<Job>>>;

    // --- async jobs (issue 5) ---

    /// The key with this id, revoked or not.
    fn key_by_id<'a>(&'a self, id: &'a str) -> BoxFuture<'a, StoreResult<Option<ApiKey>>>;
    /// Replaces a key's webhook signing secret; `false` when there is no such key.
    fn set_webhook_secret<'a>(
        &'a self,
        id: &'a str,
        secret: &'a str,
    ) -> BoxFuture<'a, StoreResult<bool>>;
    /// Async jobs not finished yet (pending or processing) and their input bytes.
    fn queue_stats(&self) -> BoxFuture<'_, StoreResult<QueueStats>>;
    /// Stores a new async job only if the queue stays within `limits` with it
    /// (checked and inserted in one statement); `false` when it is full.
    fn enqueue_job<'a>(
        &'a self,
        job: &'a Job,
        limits: QueueLimits,
    ) -> BoxFuture<'a, StoreResult<bool>>;
    /// Takes the next async job under a lease for `worker`: a pending job, or
    /// a processing one whose lease ran out with attempts to spare. Fair
    /// across keys: the key with the fewest jobs in flight goes first, then
    /// the oldest job. Increments `attempts`.
    fn claim_job<'a>(
        &'a self,
        worker: &'a str,
        now_ms: i64,
        lease_ms: i64,
        max_attempts: i64,
    ) -> BoxFuture<'a, StoreResult<Option<Job>>>;
    /// Extends `worker`'s lease on a job; `false` when it no longer holds it.
    fn renew_lease<'a>(
        &'a self,
        id: &'a str,
        worker: &'a str,
        until_ms: i64,
    ) -> BoxFuture<'a, StoreResult<bool>>;
    /// Puts every job held by a worker whose id starts with `prefix` back to
    /// pending, not counting the interrupted attempt (a graceful shutdown).
    /// Returns how many.
    fn release_claims<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, StoreResult<u64>>;
    /// Puts a job `worker` holds back to pending (a transient failure).
    fn release_job<'a>(&'a self, id: &'a str, worker: &'a str) -> BoxFuture<'a, StoreResult<bool>>;
    /// Records a job's result if `worker` still holds its lease, and in the
    /// same transaction queues its webhook delivery. Clears `input_blob`: the
    /// caller deletes that file next (if it cannot, no row references it and
    /// the sweeper removes it). `false` when the lease was lost (nothing is
    /// written then).
    fn complete_job<'a>(
        &'a self,
        id: &'a str,
        worker: &'a str,
        result: &'a JobResult,
        delivery: Option<&'a NewDelivery>,
    ) -> BoxFuture<'a, StoreResult<bool>>;
    /// Marks a job failed, with its webhook delivery, clearing `input_blob`
    /// like [`Store::complete_job`]. With `worker`, only if
    /// that worker holds the lease; without, only if the job's lease ran out
    /// before `now_ms` (a job whose attempts are used up). `false` when not.
    fn fail_job<'a>(
        &'a self,
        id: &'a str,
        worker: Option<&'a str>,
        failure: &'a JobFailure,
        delivery: Option<&'a NewDelivery>,
    ) -> BoxFuture<'a, StoreResult<bool>>;
    /// Processing jobs whose lease ran out and whose attempts are used up.
    fn exhausted_jobs(
        &self,
        now_ms: i64,
        max_attempts: i64,
    ) -> BoxFuture<'_, StoreResult<Vec<Job>>>;
    /// Finished jobs that still reference an input blob (to delete it).
    fn finished_with_input(&self, limit: i64) -> BoxFuture<'_, StoreResult<Vec<Job>>>;
    /// Clears a job's `input_blob` after the blob was deleted.
    fn clear_input_blob<'a>(&'a self, id: &'a str) -> BoxFuture<'a, StoreResult<()>>;
    /// Jobs whose `expires_at` is at or before `now_ms`.
    fn expired_jobs(&self, now_ms: i64, limit: i64) -> BoxFuture<'_, StoreResult<Vec<Job>>>;
    /// Deletes a job row and its webhook deliveries.
    fn delete_job<'a>(&'a self, id: &'a str) -> BoxFuture<'a, StoreResult<()>>;
    /// Every blob key a job references (as input or output), for the
    /// orphan sweep: one query instead of one per file.
    fn referenced_blobs(&self) -> BoxFuture<'_, StoreResult<std::collections::HashSet<String>>>;
    /// Takes up to `limit` due pending deliveries, pushing their next attempt
    /// `lease_ms` ahead so no other sender takes them meanwhile.
    fn claim_deliveries(
        &self,
        now_ms: i64,
        lease_ms: i64,
        limit: i64,
    ) -> BoxFuture<'_, StoreResult<Vec<Delivery>>>;
    /// Records the outcome of one delivery attempt.
    fn record_delivery<'a>(
        &'a self,
        id: &'a str,
        outcome: &'a DeliveryOutcome,
    ) -> BoxFuture<'a, StoreResult<()>>;
    /// The deliveries of a job, oldest first.
    fn deliveries_for_job<'a>(
        &'a self,
        job_id: &'a str,
    ) -> BoxFuture<'a, StoreResult<Vec<Delivery>>>;
}

/// Async jobs waiting or running.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueStats {
    /// Pending or processing async jobs.
    pub jobs: i64,
    /// Their input bytes.
    pub bytes: i64,
}

/// Caps on the async queue (back-pressure).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueLimits {
    /// Most unfinished async jobs.
    pub max_jobs: i64,
    /// Most input bytes of unfinished async jobs.
    pub max_bytes: i64,
}

/// What a finished compression records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobResult {
    /// Blob key of the result.
    pub output_blob: String,
    /// Output size in bytes.
    pub compressed_size: i64,
    /// Output format name.
    pub format: String,
    /// Output width.
    pub width: i64,
    /// Output height.
    pub height: i64,
    /// Encoder quality used.
    pub quality: Option<i64>,
    /// Completion time.
    pub completed_at: i64,
    /// When the result will be deleted.
    pub expires_at: i64,
}

/// Why a job failed for good.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobFailure {
    /// API error code.
    pub code: String,
    /// Message for the client.
    pub message: String,
    /// When it failed.
    pub failed_at: i64,
    /// When the failed job's row will be deleted.
    pub expires_at: i64,
}

/// A webhook delivery to queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDelivery {
    /// Delivery id.
    pub id: String,
    /// The job it reports.
    pub job_id: String,
    /// Key whose secret signs it.
    pub key_id: String,
    /// Target URL.
    pub url: String,
    /// The exact JSON body.
    pub payload: String,
    /// Creation time (first attempt is due at once).
    pub created_at: i64,
}

/// A delivery state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryStatus {
    /// Not delivered yet; will be tried (again).
    Pending,
    /// The receiver answered 2xx.
    Delivered,
    /// Given up after the last attempt.
    Failed,
}

impl DeliveryStatus {
    /// The stored name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryStatus::Pending => "pending",
            DeliveryStatus::Delivered => "delivered",
            DeliveryStatus::Failed => "failed",
        }
    }
}

/// A stored webhook delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    /// Delivery id.
    pub id: String,
    /// The job it reports.
    pub job_id: String,
    /// Key whose secret signs it.
    pub key_id: String,
    /// Target URL.
    pub url: String,
    /// The exact JSON body.
    pub payload: String,
    /// State.
    pub status: DeliveryStatus,
    /// Attempts made so far.
    pub attempts: i64,
    /// When the next attempt is due.
    pub next_attempt_at: i64,
    /// Why the last attempt failed.
    pub last_error: Option<String>,
    /// Creation time.
    pub created_at: i64,
    /// When it was delivered.
    pub delivered_at: Option<i64>,
}

/// The outcome of one delivery attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryOutcome {
    /// New state.
    pub status: DeliveryStatus,
    /// Attempts made, this one included.
    pub attempts: i64,
    /// When to try again (pending only).
    pub next_attempt_at: i64,
    /// Why it failed, if it did.
    pub last_error: Option<String>,
    /// Time of this attempt.
    pub at: i64,
}
