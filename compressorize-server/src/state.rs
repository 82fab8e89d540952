//! Shared server state, built once from a [`Config`].

use std::sync::{Arc, OnceLock};

use tokio::sync::Notify;

use crate::blobs::Blobs;
use crate::config::Config;
use crate::fetch::FetchPolicy;
use crate::jobs::Throughput;
use crate::links::LinkSigner;
use crate::metrics::Metrics;
use crate::pool::{RayonPools, WorkPool};
use crate::ratelimit::RateLimiter;
use crate::store::{Store, StoreError};
use crate::tls::{Certificates, TlsError};

/// What every handler can reach. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    /// The configuration.
    pub config: Arc<Config>,
    /// Keys, counters, jobs.
    pub store: Arc<dyn Store>,
    /// Inputs and results.
    pub blobs: Arc<dyn Blobs>,
    /// Bounded compression pool.
    pub pool: Arc<WorkPool>,
    /// Rayon threads for each running compression.
    pub rayon_pools: Arc<RayonPools>,
    /// Per-key limits.
    pub limiter: Arc<RateLimiter>,
    /// Counters for `/metrics`.
    pub metrics: Arc<Metrics>,
    /// URL-source policy.
    pub fetch_policy: Arc<FetchPolicy>,
    /// Signs download links.
    pub signer: Arc<LinkSigner>,
    /// The certificate HTTPS presents, when `config.tls` is set.
    pub tls: Option<Arc<Certificates>>,
    /// Wakes idle job workers when a job is queued.
    pub job_notify: Arc<Notify>,
    /// Wakes the webhook sender when a delivery is queued.
    pub webhook_notify: Arc<Notify>,
    /// Recent compression speed (for `estimated_seconds`).
    pub throughput: Arc<Throughput>,
    /// `http://<listen address>`, set when serving starts; absolute links
    /// use it when `public_base_url` is not configured.
    pub public_base: Arc<OnceLock<String>>,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("config", &self.config)
            .field("store", &self.store)
            .field("pool", &self.pool)
            .finish_non_exhaustive()
    }
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// Creating the data directory or blob store failed.
    #[error("data directory {path}: {source}")]
    DataDir {
        /// The directory.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// Opening the blob store failed.
    #[error("blob store {url}: {source}")]
    Blobs {
        /// Its URL, or the local directory.
        url: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// Opening the store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The TLS certificate or key is unusable.
    #[error(transparent)]
    Tls(#[from] TlsError),
}

/// Opens the store named by `config` (creating the data directory).
pub async fn open_store(config: &Config) -> Result<Arc<dyn Store>, StartError> {
    std::fs::create_dir_all(&config.data_dir).map_err(|source| StartError::DataDir {
        path: config.data_dir.display().to_string(),
        source,
    })?;
    Ok(crate::store::open(&config.database_url()).await?)
}

impl AppState {
    /// Opens the store and blob directory and builds the state.
    pub async fn open(config: Config) -> Result<Self, StartError> {
        Self::open_as(config, true).await
    }

    /// [`AppState::open`] for a process that serves no HTTP
    /// (`compressorize worker`): it signs no download links, so it neither
    /// reads nor makes the signing key; its `signer` holds a throwaway
    /// secret.
    pub async fn open_worker(config: Config) -> Result<Self, StartError> {
        Self::open_as(config, false).await
    }

    async fn open_as(config: Config, signs_links: bool) -> Result<Self, StartError> {
        // First: a bad certificate should not leave a database behind.
        let tls = config.tls.clone().map(Certificates::load).transpose()?;
        let store = open_store(&config).await?;
        let blobs = crate::blobs::open(
            config.blob_url.as_deref(),
            config.blob_dir(),
            &config.presign,
        )
        .map_err(|source| StartError::Blobs {
            url: config
                .blob_url
                .clone()
                .unwrap_or_else(|| config.blob_dir().display().to_string()),
            source,
        })?;
        let signer = if signs_links {
            LinkSigner::load_or_create(&config.signing_key_path()).map_err(|source| {
                StartError::DataDir {
                    path: config.signing_key_path().display().to_string(),
                    source,
                }
            })?
        } else {
            LinkSigner::new(rand::random())
        };
        Ok(AppState {
            signer: Arc::new(signer),
            tls,
            job_notify: Arc::new(Notify::new()),
            webhook_notify: Arc::new(Notify::new()),
            throughput: Arc::new(Throughput::default()),
            public_base: Arc::new(OnceLock::new()),
            pool: Arc::new(WorkPool::new(
                config.workers,
                config.queue_depth,
                config.compress_timeout,
            )),
            rayon_pools: Arc::new(RayonPools::new(crate::config::default_workers())),
            limiter: Arc::new(RateLimiter {
                free: config.free_rpm,
                paid: config.paid_rpm,
                window: config.rate_window,
            }),
            fetch_policy: Arc::new(config.fetch_policy()),
            metrics: Arc::new(Metrics::default()),
            store,
            blobs,
            config: Arc::new(config),
        })
    }
}
