//! Metadata store: API keys, rate-limit counters and jobs.
//!
//! [`Store`] is the seam for other back-ends (PostgreSQL later); the embedded
//! default is [`SqliteStore`]. Methods return boxed futures so the store can be
//! shared as `Arc<dyn Store>`. All timestamps are Unix milliseconds.

mod sqlite;

use std::future::Future;
use std::pin::Pin;

pub use sqlite::SqliteStore;

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
    #[error("unsupported database URL '{0}': only sqlite: URLs are supported for now")]
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
}
