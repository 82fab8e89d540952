//! Command-line definitions (clap). Flags with values are validated here with
//! the same parsers and messages the API uses, so bad values exit with 2.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use compressorize_core::{OutputFormat, Quality};

/// Compressorize: smaller images, same look.
#[derive(Debug, Parser)]
#[command(name = "compressorize", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compress local image files (in parallel).
    Compress(CompressArgs),
    /// Run the REST API server.
    Serve(ServeArgs),
    /// Run async jobs (with the retention sweeper and webhook sender) without
    /// serving HTTP, beside servers on the same data directory.
    Worker(WorkerArgs),
    /// Create, list and revoke API keys.
    Keys(KeysArgs),
}

/// `compressorize serve [...]`: every flag has a `COMPRESSORIZE_*` environment twin.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "COMPRESSORIZE_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: String,
    /// Where the database and the stored files are.
    #[command(flatten)]
    pub storage: StorageArgs,
    /// The secret download links are signed with (64 hex digits; made if missing). Default: DATA_DIR/signing.key. API nodes behind one address must share it.
    #[arg(long, env = "COMPRESSORIZE_SIGNING_KEY_FILE")]
    pub signing_key_file: Option<PathBuf>,
    /// Serve HTTPS with this PEM certificate chain (leaf first), with --tls-key. Both are read again on SIGHUP.
    #[arg(long, env = "COMPRESSORIZE_TLS_CERT", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The PEM private key of --tls-cert.
    #[arg(long, env = "COMPRESSORIZE_TLS_KEY", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// With --blob-url s3://...: downloads redirect to URLs presigned by the object store (valid 1 hour), which then serves the files instead of this node. Clients must be able to reach the store's endpoint.
    #[arg(long, env = "COMPRESSORIZE_PRESIGNED_DOWNLOADS")]
    pub presigned_downloads: bool,
    /// The object store's address as clients reach it, for presigned URLs, when it differs from AWS_ENDPOINT_URL (MinIO on a private network, say). Signing makes no request to it.
    #[arg(
        long,
        env = "COMPRESSORIZE_PRESIGN_ENDPOINT",
        requires = "presigned_downloads"
    )]
    pub presign_endpoint: Option<String>,
    /// Inputs of at least this many bytes take the async path: 202 with a job id, then GET /api/v1/status/:id and /api/v1/download/:id.
    #[arg(long, env = "COMPRESSORIZE_ASYNC_THRESHOLD", default_value_t = 2 * 1024 * 1024)]
    pub async_threshold: usize,
    /// Requests per minute for free keys.
    #[arg(long, env = "COMPRESSORIZE_FREE_RPM", default_value_t = 20)]
    pub free_rpm: u32,
    /// Requests per minute for paid keys.
    #[arg(long, env = "COMPRESSORIZE_PAID_RPM", default_value_t = 100)]
    pub paid_rpm: u32,
    /// Requests that may wait for a worker before 503 server_busy (default: 4 x workers).
    #[arg(long, env = "COMPRESSORIZE_QUEUE_DEPTH")]
    pub queue_depth: Option<usize>,
    /// Time limit for fetching a URL source, in seconds.
    #[arg(long, env = "COMPRESSORIZE_FETCH_TIMEOUT", default_value_t = 30)]
    pub fetch_timeout: u64,
    /// Most unfinished async jobs before 503 server_busy.
    #[arg(long, env = "COMPRESSORIZE_MAX_QUEUED_JOBS", default_value_t = 1000)]
    pub max_queued_jobs: u64,
    /// Most input bytes of unfinished async jobs before 503 server_busy (default 4 GiB).
    #[arg(long, env = "COMPRESSORIZE_MAX_QUEUED_BYTES", default_value_t = 4 * 1024 * 1024 * 1024)]
    pub max_queued_bytes: u64,
    /// Rate-limit window in seconds (tests).
    #[arg(
        long,
        env = "COMPRESSORIZE_RATE_WINDOW_SECS",
        default_value_t = 60,
        hide = true
    )]
    pub rate_window_secs: u64,
    /// How compressions and async jobs run.
    #[command(flatten)]
    pub jobs: JobArgs,
    /// Logging.
    #[command(flatten)]
    pub log: LogArgs,
}

/// `compressorize worker [...]`: async jobs only, no HTTP. Runs beside
/// `compressorize serve --job-workers 0` (or any server) on the same data
/// directory and database; every flag has a `COMPRESSORIZE_*` environment twin.
#[derive(Debug, Args)]
pub struct WorkerArgs {
    /// Where the database and the stored files are (the server's).
    #[command(flatten)]
    pub storage: StorageArgs,
    /// How compressions and async jobs run.
    #[command(flatten)]
    pub jobs: JobArgs,
    /// Logging.
    #[command(flatten)]
    pub log: LogArgs,
}

/// The database and the stored files: flags `serve` and `worker` share.
#[derive(Debug, Args)]
pub struct StorageArgs {
    /// Directory for the SQLite database, stored files (unless --blob-url), the upload spool and the link-signing secret.
    #[arg(long, env = "COMPRESSORIZE_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,
    /// Database URL: sqlite://PATH (default: sqlite://DATA_DIR/compressorize.db) or postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=require (password, port and sslmode optional), shared by servers and workers.
    #[arg(long, env = "COMPRESSORIZE_DATABASE_URL")]
    pub database_url: Option<String>,
    /// Blob store for inputs and results: DATA_DIR/blobs (default) or s3://BUCKET[/PREFIX], shared by servers and workers (credentials, region and endpoint from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION, AWS_ENDPOINT_URL).
    #[arg(long, env = "COMPRESSORIZE_BLOB_URL")]
    pub blob_url: Option<String>,
}

/// Compressions, async jobs, retention and webhooks: flags `serve` and
/// `worker` share, so a worker runs jobs exactly as the server would.
#[derive(Debug, Args)]
pub struct JobArgs {
    /// Base URL clients reach the API at, for absolute links (webhooks). A worker needs it.
    #[arg(long, env = "COMPRESSORIZE_PUBLIC_BASE_URL")]
    pub public_base_url: Option<String>,
    /// Compressions run at once (default: number of CPU cores).
    #[arg(long, env = "COMPRESSORIZE_WORKERS", value_parser = clap::value_parser!(u32).range(1..))]
    pub workers: Option<u32>,
    /// Time limit for one compression, in seconds.
    #[arg(long, env = "COMPRESSORIZE_COMPRESS_TIMEOUT", default_value_t = 60)]
    pub compress_timeout: u64,
    /// Allow URL sources and webhooks on loopback and private-network addresses (and http webhooks); link-local and cloud metadata addresses stay refused. For tests and trusted networks only.
    #[arg(long, env = "COMPRESSORIZE_ALLOW_PRIVATE_TARGETS")]
    pub allow_private_targets: bool,
    /// Async job workers in this process (default: --workers). 0 runs none in `serve`: jobs are only queued, for `compressorize worker` processes to run.
    #[arg(long, env = "COMPRESSORIZE_JOB_WORKERS")]
    pub job_workers: Option<u32>,
    /// How long results (and failed jobs) are kept: seconds, or a number with s, m, h or d (e.g. 24h).
    #[arg(long, env = "COMPRESSORIZE_RESULT_TTL", default_value = "24h", value_parser = parse_duration)]
    pub result_ttl: std::time::Duration,
    /// How often expired results are deleted (blobs no job references, left by a crash, are looked for hourly).
    #[arg(long, env = "COMPRESSORIZE_SWEEP_INTERVAL", default_value = "60s", value_parser = parse_duration)]
    pub sweep_interval: std::time::Duration,
    /// A worker's lease on a job (tests).
    #[arg(long, env = "COMPRESSORIZE_JOB_LEASE", default_value = "60s", value_parser = parse_duration, hide = true)]
    pub job_lease: std::time::Duration,
    /// Attempts before a job fails (tests).
    #[arg(long, env = "COMPRESSORIZE_JOB_MAX_ATTEMPTS", default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..), hide = true)]
    pub job_max_attempts: u32,
    /// First webhook retry delay, doubled on each retry (tests).
    #[arg(long, env = "COMPRESSORIZE_WEBHOOK_BACKOFF", default_value = "5s", value_parser = parse_duration, hide = true)]
    pub webhook_backoff: std::time::Duration,
}

/// Log output: flags `serve` and `worker` share.
#[derive(Debug, Args)]
pub struct LogArgs {
    /// Log format.
    #[arg(
        long,
        env = "COMPRESSORIZE_LOG_FORMAT",
        value_enum,
        default_value = "text"
    )]
    pub log_format: LogFormat,
    /// Log level: error, warn, info, debug or trace.
    #[arg(long, env = "COMPRESSORIZE_LOG_LEVEL", default_value = "info")]
    pub log_level: tracing::Level,
}

/// Log output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines with key=value fields.
    Text,
    /// One JSON object per line.
    Json,
}

/// `compressorize keys ...`
#[derive(Debug, Args)]
pub struct KeysArgs {
    /// Directory holding the database.
    #[arg(
        long,
        env = "COMPRESSORIZE_DATA_DIR",
        default_value = "./data",
        global = true
    )]
    pub data_dir: PathBuf,
    /// Database URL (default: sqlite://DATA_DIR/compressorize.db).
    #[arg(long, env = "COMPRESSORIZE_DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// What to do.
    #[command(subcommand)]
    pub command: KeysCommand,
}

/// Key subcommands.
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Create a key and print it (the key is shown only this once).
    Create {
        /// Plan: free (20 requests/min) or paid (100 requests/min).
        #[arg(long, value_enum)]
        plan: PlanArg,
        /// A label for the key.
        #[arg(long)]
        name: Option<String>,
        /// Print {"id","key","plan","webhook_secret"} as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List keys (never the secrets).
    List {
        /// Print one JSON object per key.
        #[arg(long)]
        json: bool,
    },
    /// Revoke a key by id; requests with it get 401 from then on.
    Revoke {
        /// The key id (key_...).
        id: String,
    },
    /// Replace a key's webhook signing secret and print the new one (webhooks
    /// sent from then on are signed with it).
    RotateWebhookSecret {
        /// The key id (key_...).
        id: String,
        /// Print {"id","webhook_secret"} as JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Plan names on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PlanArg {
    /// 20 requests per minute.
    Free,
    /// 100 requests per minute.
    Paid,
}

impl From<PlanArg> for crate::store::Plan {
    fn from(p: PlanArg) -> Self {
        match p {
            PlanArg::Free => crate::store::Plan::Free,
            PlanArg::Paid => crate::store::Plan::Paid,
        }
    }
}

impl ServeArgs {
    /// The server configuration these flags describe.
    #[must_use]
    pub fn to_config(&self) -> crate::config::Config {
        use std::time::Duration;
        let mut config = self.storage.to_config();
        self.jobs.apply(&mut config);
        if let Some(depth) = self.queue_depth {
            config.queue_depth = depth;
        }
        config.signing_key_file = self.signing_key_file.clone();
        if self.presigned_downloads {
            config.presign = crate::blobs::Presign::On {
                endpoint: self.presign_endpoint.clone(),
            };
        }
        config.tls = self
            .tls_cert
            .clone()
            .zip(self.tls_key.clone())
            .map(|(cert, key)| crate::tls::TlsFiles { cert, key });
        config.async_threshold = self.async_threshold;
        config.free_rpm = self.free_rpm;
        config.paid_rpm = self.paid_rpm;
        config.rate_window = Duration::from_secs(self.rate_window_secs.max(1));
        config.fetch_timeout = Duration::from_secs(self.fetch_timeout.max(1));
        config.max_queued_jobs = self.max_queued_jobs;
        config.max_queued_bytes = self.max_queued_bytes;
        config
    }
}

impl WorkerArgs {
    /// The configuration these flags describe (what only `serve` uses keeps
    /// its default).
    #[must_use]
    pub fn to_config(&self) -> crate::config::Config {
        let mut config = self.storage.to_config();
        self.jobs.apply(&mut config);
        config
    }
}

impl StorageArgs {
    /// The defaults, with this data directory and database.
    #[must_use]
    pub fn to_config(&self) -> crate::config::Config {
        let mut config = crate::config::Config::new(&self.data_dir);
        config.database_url = self.database_url.clone();
        config.blob_url = self.blob_url.clone();
        config
    }
}

impl JobArgs {
    /// Sets what these flags describe in `config`.
    pub fn apply(&self, config: &mut crate::config::Config) {
        use std::time::Duration;
        if let Some(workers) = self.workers {
            config.workers = workers as usize;
            // Config::new's rule, for the worker count given.
            config.queue_depth = 4 * config.workers;
        }
        config.public_base_url = self.public_base_url.clone();
        config.compress_timeout = Duration::from_secs(self.compress_timeout.max(1));
        config.allow_private_targets = self.allow_private_targets;
        config.job_workers = self.job_workers.map_or(config.workers, |n| n as usize);
        config.result_ttl = self.result_ttl;
        config.sweep_interval = self.sweep_interval.max(Duration::from_millis(100));
        config.job_lease = self.job_lease.max(Duration::from_secs(1));
        config.job_max_attempts = self.job_max_attempts;
        config.webhook_backoff = self.webhook_backoff.max(Duration::from_millis(10));
    }
}

/// `compressorize compress INPUT... (-o OUTPUT | --out-dir DIR) [...]`
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("destination").required(true).args(["output", "out_dir"])))]
pub struct CompressArgs {
    /// Input image files (JPEG, PNG, WebP, AVIF).
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Output file (only with a single input).
    #[arg(short = 'o', long = "output", value_name = "OUTPUT")]
    pub output: Option<PathBuf>,
    /// Output directory; each output is named after its input with the output format's extension.
    #[arg(long = "out-dir", value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Output format: jpeg, png, webp, avif or auto (with -o, the output file's extension when it names one; else the input's format).
    #[arg(long, default_value = "auto", value_parser = parse_format)]
    pub format: OutputFormat,
    /// Quality: smart or 1-100.
    #[arg(long, default_value = "smart", value_parser = parse_quality)]
    pub quality: Quality,
    /// Fit within this width (pixels), keeping the aspect ratio; never upscales.
    #[arg(long, value_parser = |v: &str| compressorize_core::parse_dimension("max_width", v).map_err(|e| e.to_string()))]
    pub max_width: Option<u32>,
    /// Fit within this height (pixels), keeping the aspect ratio; never upscales.
    #[arg(long, value_parser = |v: &str| compressorize_core::parse_dimension("max_height", v).map_err(|e| e.to_string()))]
    pub max_height: Option<u32>,
    /// Keep EXIF (orientation reset), XMP and the ICC profile instead of stripping them.
    #[arg(long)]
    pub keep_metadata: bool,
    /// Print one JSON object per input on stdout.
    #[arg(long)]
    pub json: bool,
}

/// Parses a duration: whole seconds (`86400`) or a number with a unit:
/// `ms`, `s`, `m`, `h` or `d` (`250ms`, `30s`, `15m`, `24h`, `1d`).
pub fn parse_duration(value: &str) -> Result<std::time::Duration, String> {
    use std::time::Duration;
    let value = value.trim();
    let split = value
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(value.len());
    let (number, unit) = value.split_at(split);
    let n: u64 = number
        .parse()
        .map_err(|_| format!("invalid duration '{value}': use e.g. 86400, 30s, 15m, 24h or 1d"))?;
    let seconds = |factor: u64| {
        n.checked_mul(factor)
            .map(Duration::from_secs)
            .ok_or_else(|| format!("duration '{value}' is too long"))
    };
    match unit.trim() {
        "ms" => Ok(Duration::from_millis(n)),
        "" | "s" => seconds(1),
        "m" => seconds(60),
        "h" => seconds(3600),
        "d" => seconds(86_400),
        other => Err(format!(
            "invalid duration unit '{other}' in '{value}': use ms, s, m, h or d"
        )),
    }
}

fn parse_format(value: &str) -> Result<OutputFormat, String> {
    value
        .parse()
        .map_err(|e: compressorize_core::Error| e.to_string())
}

fn parse_quality(value: &str) -> Result<Quality, String> {
    value
        .parse()
        .map_err(|e: compressorize_core::Error| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::parse_duration;
    use std::time::Duration;

    #[test]
    fn durations_take_seconds_or_a_unit() {
        assert_eq!(parse_duration("86400"), Ok(Duration::from_secs(86_400)));
        assert_eq!(parse_duration("30s"), Ok(Duration::from_secs(30)));
        assert_eq!(parse_duration("15m"), Ok(Duration::from_secs(900)));
        assert_eq!(parse_duration("24h"), Ok(Duration::from_secs(86_400)));
        assert_eq!(parse_duration("1d"), Ok(Duration::from_secs(86_400)));
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        for bad in [
            "",
            "h",
            "1.5h",
            "-1",
            "10 years",
            "1w",
            "99999999999999999999d",
        ] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }
}
