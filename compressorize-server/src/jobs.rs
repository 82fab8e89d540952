//! The asynchronous path: workers that run queued jobs under a lease, the
//! sweeper that enforces retention, and what both report (status JSON,
//! webhook payloads, time estimates).
//!
//! A job is written to the store (`pending`) only after its input blob is on
//! disk; a worker claims it (`processing`, `claimed_by`, `lease_expires_at`,
//! `attempts + 1`), renews the lease while the compression runs on the
//! blocking pool, writes the result blob, then completes the row only if it
//! still holds the lease. A worker that dies leaves a lease that runs out;
//! the job is then claimed again, and after `job_max_attempts` leases it
//! fails with `compression_failed`. On restart every pending or leased job is
//! picked up again, because all state is in the store.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use compressorize_core::Format;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::blobs::{DownloadHeaders, result_key};
use crate::error::ApiError;
use crate::state::AppState;
use crate::store::{Job, JobFailure, JobResult, JobStatus, NewDelivery};
use crate::util::{now_ms, random_id, rfc3339};
use crate::webhook::duration_ms;

/// How often an idle worker looks at the queue even without a wake-up
/// (jobs queued by another process, leases that ran out).
const IDLE_POLL: Duration = Duration::from_millis(500);

/// Recent compression speed, for `estimated_seconds`: per output format,
/// nanoseconds per input pixel over roughly the last [`Throughput::HORIZON`]
/// pixels compressed, counting images of [`Throughput::MIN_PIXELS`] and more.
///
/// One average for all formats was off by an order of magnitude after a
/// change of format: a 12-megapixel photo took 94–107 ns a pixel as JPEG
/// and 1,550 as AVIF (docs/BENCHMARKS.md, session 45). Small images are left
/// out, and large ones weigh by their pixels, because time is not in
/// proportion to pixels: a small graphic costs several times a photo's time
/// per pixel (a smart search on the whole image, where a photo's probes run
/// on a sample, and a cost per image besides). An average per request let a
/// run of sync graphics push the estimate of the next 9-megapixel AVIF job
/// to 24 s where it took 14.5; the jobs estimated are the large inputs.
#[derive(Debug)]
pub struct Throughput {
    /// Indexed by [`Throughput::slot`].
    slots: [Mutex<Speed>; 4],
}

/// Decayed sums of time and pixels: their ratio is the recent speed.
#[derive(Debug, Clone, Copy)]
struct Speed {
    nanos: f64,
    pixels: f64,
}

impl Default for Throughput {
    fn default() -> Self {
        // Starting guesses, replaced by measurements as compressions go: a
        // 12-megapixel photo (the kind of input that goes async) by the
        // release CLI on 2 cores, rounded, worth that photo's pixels.
        let guess = |format| match format {
            Format::Jpeg => 110.0,
            Format::Png => 1_200.0,
            Format::WebP => 350.0,
            Format::Avif => 1_600.0,
        };
        let prior = 12e6;
        Throughput {
            slots: Self::FORMATS.map(|format| {
                Mutex::new(Speed {
                    nanos: guess(format) * prior,
                    pixels: prior,
                })
            }),
        }
    }
}

impl Throughput {
    /// The formats in slot order.
    const FORMATS: [Format; 4] = [Format::Jpeg, Format::Png, Format::WebP, Format::Avif];

    /// Pixels over which a measurement's weight falls to 1/e: four
    /// 12-megapixel photos.
    pub const HORIZON: f64 = 48e6;

    /// Smaller images are not counted: their cost per image would count as
    /// a cost per pixel.
    pub const MIN_PIXELS: u64 = 1_000_000;

    fn slot(&self, format: Format) -> std::sync::MutexGuard<'_, Speed> {
        let at = Self::FORMATS
            .iter()
            .position(|f| *f == format)
            .expect("every format has a slot");
        // The sums stay valid whatever a panicking holder left half done.
        self.slots[at]
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Records one compression to `format` of `pixels` input pixels that
    /// took `elapsed` (nothing under [`Throughput::MIN_PIXELS`]).
    pub fn record(&self, format: Format, pixels: u64, elapsed: Duration) {
        if pixels < Self::MIN_PIXELS {
            return;
        }
        let pixels = pixels as f64;
        let decay = (-pixels / Self::HORIZON).exp();
        let mut speed = self.slot(format);
        speed.nanos = speed.nanos * decay + elapsed.as_nanos() as f64;
        speed.pixels = speed.pixels * decay + pixels;
    }

    /// Nanoseconds per pixel for output as `format`, currently.
    #[must_use]
    pub fn ns_per_pixel(&self, format: Format) -> f64 {
        let speed = *self.slot(format);
        speed.nanos / speed.pixels
    }

    /// Seconds until a job of `pixels` to be output as `format` is done,
    /// with `ahead` jobs queued before it and `workers` workers: at least 1.
    #[must_use]
    pub fn estimate_seconds(&self, format: Format, pixels: u64, ahead: u64, workers: usize) -> u64 {
        let own = pixels as f64 * self.ns_per_pixel(format) / 1e9;
        let waves = 1.0 + ahead as f64 / workers.max(1) as f64;
        (own * waves).ceil().clamp(1.0, 1e9) as u64
    }
}

/// Pixels of the image `input` holds, as its header says (0 when it cannot
/// be read; an animation's frames each count), for the time estimates.
#[must_use]
pub fn pixel_count(input: &[u8]) -> u64 {
    let frames = compressorize_core::animation_frames(input).unwrap_or(1);
    pixels(compressorize_core::header_dimensions(input)).saturating_mul(u64::from(frames))
}

/// Pixels of an image of these dimensions (0 when unknown).
#[must_use]
pub fn pixels(dimensions: Option<(u32, u32)>) -> u64 {
    dimensions.map_or(0, |(w, h)| u64::from(w) * u64::from(h))
}

/// The status body of a job, exactly as `GET /api/v1/status/:id` answers
/// it (and, with an absolute `download_url`, the webhook payload). Fields
/// serialize in the contract's order.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StatusBody {
    /// Job id.
    pub id: String,
    /// `pending`, `processing`, `complete` or `failed`.
    pub status: &'static str,
    /// Where to download the result (complete).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub download_url: Option<String>,
    /// Input bytes (complete).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original_size: Option<i64>,
    /// Output bytes (complete).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compressed_size: Option<i64>,
    /// Percentage saved (complete).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub savings_percent: Option<i64>,
    /// Output format name (complete).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Output size in pixels (complete).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<Dimensions>,
    /// When the result is deleted, RFC 3339 UTC (complete).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// Why it failed (failed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<StatusError>,
}

/// `dimensions` of a [`StatusBody`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Dimensions {
    /// Width in pixels.
    pub width: i64,
    /// Height in pixels.
    pub height: i64,
}

/// `error` of a failed job's [`StatusBody`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StatusError {
    /// API error code.
    pub code: String,
    /// Message.
    pub message: String,
}

impl StatusBody {
    /// The body for `job`, with `download_url` for a complete one.
    #[must_use]
    pub fn of(job: &Job, download_url: &str) -> Self {
        let mut body = StatusBody {
            id: job.id.clone(),
            status: job.status.as_str(),
            download_url: None,
            original_size: None,
            compressed_size: None,
            savings_percent: None,
            format: None,
            dimensions: None,
            expires_at: None,
            error: None,
        };
        match job.status {
            JobStatus::Complete => {
                let compressed = job.compressed_size.unwrap_or(0);
                body.download_url = Some(download_url.to_owned());
                body.original_size = Some(job.original_size);
                body.compressed_size = Some(compressed);
                body.savings_percent = Some(savings_percent(job.original_size, compressed));
                body.format = job.format.clone();
                body.dimensions = Some(Dimensions {
                    width: job.width.unwrap_or(0),
                    height: job.height.unwrap_or(0),
                });
                body.expires_at = job.expires_at.map(|t| rfc3339(t.div_euclid(1000)));
            }
            JobStatus::Failed => {
                body.error = Some(StatusError {
                    code: job
                        .error_code
                        .clone()
                        .unwrap_or_else(|| "compression_failed".into()),
                    message: job
                        .error_message
                        .clone()
                        .unwrap_or_else(|| "Compression failed".into()),
                });
            }
            JobStatus::Pending | JobStatus::Processing => {}
        }
        body
    }

    /// The JSON text (fields in the contract's order).
    #[must_use]
    pub fn to_json(&self) -> String {
        // Serializing plain strings and integers cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Percentage saved, rounded, never negative (as `Compressed::savings_percent`).
#[must_use]
pub fn savings_percent(original: i64, compressed: i64) -> i64 {
    if original <= 0 || compressed >= original {
        return 0;
    }
    ((original - compressed) as f64 / original as f64 * 100.0).round() as i64
}

/// `/api/v1/download/<id>`.
#[must_use]
pub fn download_path(id: &str) -> String {
    format!("/api/v1/download/{id}")
}

/// The base URL for absolute links: `--public-base-url`, else the listen address.
#[must_use]
pub fn public_base(state: &AppState) -> String {
    state
        .config
        .public_base_url
        .clone()
        .or_else(|| state.public_base.get().cloned())
        .unwrap_or_default()
        .trim_end_matches('/')
        .to_owned()
}

fn delivery_for(state: &AppState, job: &Job) -> Option<NewDelivery> {
    let url = job.webhook_url.clone()?;
    let download_url = format!("{}{}", public_base(state), download_path(&job.id));
    Some(NewDelivery {
        id: format!("dlv_{}", random_id(20)),
        job_id: job.id.clone(),
        key_id: job.key_id.clone(),
        url,
        payload: StatusBody::of(job, &download_url).to_json(),
        created_at: now_ms(),
    })
}

fn ttl_ms(state: &AppState) -> i64 {
    duration_ms(state.config.result_ttl)
}

/// Starts `config.job_workers` workers into `set`; they run until it is
/// dropped. Returns the prefix of their worker ids (for [`Background::stop`]).
pub fn spawn_workers(state: &AppState, set: &mut tokio::task::JoinSet<()>) -> String {
    let prefix = format!("w{}-{}-", std::process::id(), random_id(6));
    // One slot per worker, held by the compression itself: one that ran past
    // the time limit keeps its slot until its thread ends (as in `WorkPool`),
    // so at most `job_workers` compressions ever run at once.
    let slots = Arc::new(Semaphore::new(state.config.job_workers));
    for n in 0..state.config.job_workers {
        set.spawn(worker_loop(
            state.clone(),
            format!("{prefix}{n}"),
            Arc::clone(&slots),
        ));
    }
    prefix
}

async fn worker_loop(state: AppState, worker: String, slots: Arc<Semaphore>) {
    let lease_ms = duration_ms(state.config.job_lease);
    let max_attempts = i64::from(state.config.job_max_attempts);
    loop {
        let Ok(slot) = Arc::clone(&slots).acquire_owned().await else {
            return; // closed: never happens
        };
        // Register for a wake-up before looking, so a job queued in between is not missed.
        let notified = state.job_notify.notified();
        match state
            .store
            .claim_job(&worker, now_ms(), lease_ms, max_attempts)
            .await
        {
            Ok(Some(job)) => {
                run_job(&state, &worker, job, slot).await;
                continue;
            }
            Ok(None) => {
                drop(slot); // not while idle
                fail_exhausted(&state).await;
            }
            Err(e) => {
                drop(slot);
                tracing::warn!(error = %e, "worker: claiming a job failed");
            }
        }
        tokio::select! {
            () = notified => {}
            () = tokio::time::sleep(IDLE_POLL) => {}
        }
    }
}

/// Fails jobs whose last lease ran out (their worker died each time).
async fn fail_exhausted(state: &AppState) {
    let now = now_ms();
    let jobs = match state
        .store
        .exhausted_jobs(now, i64::from(state.config.job_max_attempts))
        .await
    {
        Ok(jobs) => jobs,
        Err(e) => {
            tracing::warn!(error = %e, "worker: reading exhausted jobs failed");
            return;
        }
    };
    for mut job in jobs {
        let failure = JobFailure {
            code: "compression_failed".into(),
            message: format!(
                "Compression failed: the job was attempted {} times without finishing. Try again",
                job.attempts
            ),
            failed_at: now,
            expires_at: now.saturating_add(ttl_ms(state)),
        };
        set_failed(&mut job, &failure);
        let delivery = delivery_for(state, &job);
        match state
            .store
            .fail_job(&job.id, None, &failure, delivery.as_ref())
            .await
        {
            Ok(true) => {
                tracing::warn!(job_id = %job.id, attempts = job.attempts, "job failed: attempts used up");
                drop_input(state, &job).await;
                state.webhook_notify.notify_one();
            }
            Ok(false) => {}
            Err(e) => {
                tracing::warn!(error = %e, job_id = %job.id, "failing an exhausted job failed")
            }
        }
    }
}

fn set_failed(job: &mut Job, failure: &JobFailure) {
    job.status = JobStatus::Failed;
    job.error_code = Some(failure.code.clone());
    job.error_message = Some(failure.message.clone());
    job.completed_at = Some(failure.failed_at);
    job.expires_at = Some(failure.expires_at);
}

/// Deletes a finished job's input blob and forgets it in the row (a no-op
/// update after `complete_job`/`fail_job`, which clear it themselves).
async fn drop_input(state: &AppState, job: &Job) {
    if let Some(input) = &job.input_blob {
        match state.blobs.delete(input).await {
            Ok(()) => {
                if let Err(e) = state.store.clear_input_blob(&job.id).await {
                    tracing::warn!(error = %e, job_id = %job.id, "clearing input_blob failed");
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, job_id = %job.id, "deleting the input blob failed")
            }
        }
    }
}

/// Why running a job did not produce a result.
enum RunError {
    /// The job cannot succeed (bad image, timeout, panic): fail it now.
    Permanent(ApiError),
    /// Worth another attempt (I/O trouble): release it, or fail it if the attempts are used up.
    Transient(String),
}

async fn run_job(state: &AppState, worker: &str, job: Job, slot: OwnedSemaphorePermit) {
    let started = Instant::now();
    // Renew the lease while the work runs, in this task: if the worker is
    // stopped, the renewals stop with it.
    let lease = state.config.job_lease;
    let work = compress_job(state, &job, slot);
    tokio::pin!(work);
    let mut holding = true;
    let outcome = loop {
        tokio::select! {
            outcome = &mut work => break outcome,
            () = tokio::time::sleep(lease / 3), if holding => {
                let until = now_ms().saturating_add(duration_ms(lease));
                match state.store.renew_lease(&job.id, worker, until).await {
                    Ok(true) => {}
                    Ok(false) => holding = false, // taken over; completing will say so
                    Err(e) => tracing::warn!(error = %e, job_id = %job.id, "renewing a lease failed"),
                }
            }
        }
    };
    let now = now_ms();
    match outcome {
        Ok(result) => {
            let mut done = job.clone();
            done.status = JobStatus::Complete;
            done.output_blob = Some(result.output_blob.clone());
            done.compressed_size = Some(result.compressed_size);
            done.format = Some(result.format.clone());
            done.width = Some(result.width);
            done.height = Some(result.height);
            done.quality = result.quality;
            done.completed_at = Some(result.completed_at);
            done.expires_at = Some(result.expires_at);
            let delivery = delivery_for(state, &done);
            match state
                .store
                .complete_job(&job.id, worker, &result, delivery.as_ref())
                .await
            {
                Ok(true) => {
                    tracing::info!(
                        job_id = %job.id,
                        original_size = job.original_size,
                        compressed_size = result.compressed_size,
                        attempts = job.attempts,
                        elapsed_ms = started.elapsed().as_secs_f64() * 1000.0,
                        "job complete"
                    );
                    drop_input(state, &job).await;
                    if delivery.is_some() {
                        state.webhook_notify.notify_one();
                    }
                }
                // Another worker took the job over (our lease ran out): its
                // result (same blob key) or its failure stands; a result file
                // no row references is removed by the sweeper.
                Ok(false) => {
                    tracing::warn!(job_id = %job.id, "lease lost before completion; result dropped")
                }
                Err(e) => tracing::warn!(error = %e, job_id = %job.id, "completing a job failed"),
            }
        }
        Err(RunError::Transient(message))
            if job.attempts < i64::from(state.config.job_max_attempts) =>
        {
            tracing::warn!(job_id = %job.id, attempts = job.attempts, error = %message, "job attempt failed; will retry");
            if let Err(e) = state.store.release_job(&job.id, worker).await {
                tracing::warn!(error = %e, job_id = %job.id, "releasing a job failed");
            }
            state.job_notify.notify_one();
        }
        Err(error) => {
            let api = match error {
                RunError::Permanent(api) => api,
                RunError::Transient(message) => ApiError::internal(message),
            };
            let failure = JobFailure {
                code: api.code.to_owned(),
                message: api.message.clone(),
                failed_at: now,
                expires_at: now.saturating_add(ttl_ms(state)),
            };
            tracing::warn!(job_id = %job.id, code = api.code, detail = ?api.detail, "job failed: {}", api.message);
            let mut failed = job.clone();
            set_failed(&mut failed, &failure);
            let delivery = delivery_for(state, &failed);
            match state
                .store
                .fail_job(&job.id, Some(worker), &failure, delivery.as_ref())
                .await
            {
                Ok(true) => {
                    drop_input(state, &job).await;
                    if delivery.is_some() {
                        state.webhook_notify.notify_one();
                    }
                }
                Ok(false) => tracing::warn!(job_id = %job.id, "lease lost before failing the job"),
                Err(e) => tracing::warn!(error = %e, job_id = %job.id, "failing a job failed"),
            }
        }
    }
}

/// Reads the input, compresses it on the blocking pool within the compress
/// timeout, and writes the result blob.
async fn compress_job(
    state: &AppState,
    job: &Job,
    slot: OwnedSemaphorePermit,
) -> Result<JobResult, RunError> {
    let input_key = job
        .input_blob
        .as_deref()
        .ok_or_else(|| RunError::Permanent(ApiError::internal("job has no input blob")))?;
    let input = match state.blobs.get(input_key).await {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(RunError::Permanent(ApiError::internal(format!(
                "input blob {input_key} is missing"
            ))));
        }
        Err(e) => return Err(RunError::Transient(format!("reading input blob: {e}"))),
    };
    let options = crate::routes::options_from_json(&job.options, state.config.max_input_bytes)
        .map_err(RunError::Permanent)?;
    let pixels = pixel_count(&input);
    let timeout = state.config.compress_timeout;
    let rayon_pools = Arc::clone(&state.rayon_pools);
    let task = tokio::task::spawn_blocking(move || {
        let _slot = slot; // released when the compression ends, even after a timeout
        rayon_pools.compress(&input, &options)
    });
    let (result, elapsed) = match tokio::time::timeout(timeout, task).await {
        Err(_) => {
            return Err(RunError::Permanent(
                crate::pool::PoolError::TimedOut(timeout).into(),
            ));
        }
        Ok(Err(join)) => {
            return Err(RunError::Permanent(ApiError::internal(format!(
                "panic in compression: {join}"
            ))));
        }
        Ok(Ok(done)) => done,
    };
    let compressed = result.map_err(|e| RunError::Permanent(e.into()))?;
    state.metrics.record_compression(
        elapsed,
        compressed.original_size,
        compressed.compressed_size,
    );
    state.throughput.record(compressed.format, pixels, elapsed);
    let output_blob = result_key(&job.id, compressed.format);
    let size = compressed.compressed_size;
    let (format, width, height, quality) = (
        compressed.format.name().to_owned(),
        compressed.width,
        compressed.height,
        compressed.quality,
    );
    state
        .blobs
        .put_result(
            &output_blob,
            compressed.bytes,
            &DownloadHeaders::of(compressed.format),
        )
        .await
        .map_err(|e| RunError::Transient(format!("writing result blob: {e}")))?;
    let completed_at = now_ms();
    Ok(JobResult {
        output_blob,
        compressed_size: i64::try_from(size).unwrap_or(i64::MAX),
        format,
        width: i64::from(width),
        height: i64::from(height),
        quality: quality.map(i64::from),
        completed_at,
        expires_at: completed_at.saturating_add(ttl_ms(state)),
    })
}

/// Runs the sweeper every `config.sweep_interval` until dropped; orphans
/// are looked for on the first sweep and then every
/// `config.orphan_scan_interval`.
pub async fn sweeper_loop(state: AppState) {
    let mut last_orphan_scan: Option<Instant> = None;
    loop {
        let scan_orphans =
            last_orphan_scan.is_none_or(|t| t.elapsed() >= state.config.orphan_scan_interval);
        match sweep(&state, scan_orphans).await {
            Ok(_) if scan_orphans => last_orphan_scan = Some(Instant::now()),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "sweeper failed"),
        }
        tokio::time::sleep(state.config.sweep_interval).await;
    }
}

/// What one sweep removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SweepReport {
    /// Expired jobs deleted (rows and blobs).
    pub expired_jobs: usize,
    /// Input blobs of finished jobs deleted.
    pub inputs: usize,
    /// Blob files no row references, deleted.
    pub orphans: usize,
    /// Stale temporary files deleted.
    pub temp_files: usize,
}

/// One sweep: expired jobs (rows, results, inputs), inputs of finished
/// jobs, stale temporary files and, with `scan_orphans`, orphaned blobs,
/// both older than the grace period.
pub async fn sweep(
    state: &AppState,
    scan_orphans: bool,
) -> Result<SweepReport, Box<dyn std::error::Error + Send + Sync>> {
    let mut report = SweepReport::default();
    // Also here, not only in idle workers: with every worker busy (or none
    // in this process) exhausted jobs still get their final status.
    fail_exhausted(state).await;
    loop {
        let expired = state.store.expired_jobs(now_ms(), 500).await?;
        if expired.is_empty() {
            break;
        }
        for job in expired {
            // Blobs first: a crash in between leaves a row without files
            // (answered as gone), never files without a row.
            for blob in [&job.output_blob, &job.input_blob].into_iter().flatten() {
                state.blobs.delete(blob).await?;
            }
            state.store.delete_job(&job.id).await?;
            report.expired_jobs += 1;
        }
    }
    for job in state.store.finished_with_input(500).await? {
        drop_input(state, &job).await;
        report.inputs += 1;
    }
    let grace = state.config.orphan_grace;
    if scan_orphans {
        report.orphans = delete_orphans(state, grace).await?;
    }
    report.temp_files = state.blobs.sweep_spool(grace).await?;
    if report != SweepReport::default() {
        tracing::info!(
            expired_jobs = report.expired_jobs,
            inputs = report.inputs,
            orphans = report.orphans,
            temp_files = report.temp_files,
            "sweep"
        );
    }
    Ok(report)
}

/// Deletes the blobs older than `grace` that no job references; returns
/// how many.
async fn delete_orphans(
    state: &AppState,
    grace: Duration,
) -> Result<usize, Box<dyn std::error::Error + Send + Sync>> {
    // The list of files first, then the references: a file older than the
    // grace period whose row is written after this query cannot exist.
    let candidates = state.blobs.older_than(grace).await?;
    let referenced = if candidates.is_empty() {
        Default::default()
    } else {
        state.store.referenced_blobs().await?
    };
    let mut deleted = 0;
    for key in candidates {
        if !referenced.contains(&key) {
            state.blobs.delete(&key).await?;
            deleted += 1;
        }
    }
    Ok(deleted)
}

/// The background tasks of a server: job workers, the sweeper and the
/// webhook sender. Dropping it stops them.
#[derive(Debug)]
pub struct Background {
    tasks: tokio::task::JoinSet<()>,
    worker_prefix: String,
    state: AppState,
}

impl Background {
    /// Spawns the tasks.
    #[must_use]
    pub fn spawn(state: &AppState) -> Self {
        let mut tasks = tokio::task::JoinSet::new();
        let worker_prefix = spawn_workers(state, &mut tasks);
        tasks.spawn(sweeper_loop(state.clone()));
        tasks.spawn(crate::webhook::delivery_loop(state.clone()));
        Background {
            tasks,
            worker_prefix,
            state: state.clone(),
        }
    }

    /// Stops the tasks and hands this process's jobs in flight back to the
    /// queue (without counting the interrupted attempt), so a restart does
    /// not wait for their leases to run out.
    pub async fn stop(mut self) {
        self.tasks.shutdown().await;
        match self.state.store.release_claims(&self.worker_prefix).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(jobs = n, "jobs in flight returned to the queue"),
            Err(e) => tracing::warn!(error = %e, "returning jobs in flight to the queue failed"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimates_grow_with_pixels_and_queue() {
        let t = Throughput::default();
        t.record(Format::Jpeg, 1_000_000, Duration::from_millis(100));
        let one = t.estimate_seconds(Format::Jpeg, 12_000_000, 0, 2);
        assert!(one >= 1);
        assert!(t.estimate_seconds(Format::Jpeg, 48_000_000, 0, 2) > one);
        assert!(t.estimate_seconds(Format::Jpeg, 12_000_000, 8, 2) > one);
        assert_eq!(t.estimate_seconds(Format::Jpeg, 0, 0, 2), 1);
    }

    #[test]
    fn each_output_format_keeps_its_own_speed() {
        let t = Throughput::default();
        // Out of the box a 12-megapixel AVIF is estimated at about 19 s, as
        // JPEG at about 1.3 s: what the release CLI took here (19.0 and 1.3 s).
        assert_eq!(t.estimate_seconds(Format::Avif, 12_000_000, 0, 2), 20);
        assert_eq!(t.estimate_seconds(Format::Jpeg, 12_000_000, 0, 2), 2);
        // A run of fast JPEGs does not make the next AVIF look fast.
        for _ in 0..20 {
            t.record(Format::Jpeg, 12_000_000, Duration::from_millis(600));
        }
        assert!((t.ns_per_pixel(Format::Jpeg) - 50.0).abs() < 1.0);
        assert_eq!(t.ns_per_pixel(Format::Avif), 1_600.0);
        // Slow AVIFs move AVIF's estimate, and only it.
        for _ in 0..20 {
            t.record(Format::Avif, 12_000_000, Duration::from_secs(30));
        }
        assert!((t.ns_per_pixel(Format::Avif) - 2_500.0).abs() < 10.0);
        assert!((t.ns_per_pixel(Format::Jpeg) - 50.0).abs() < 1.0);
        assert_eq!(t.ns_per_pixel(Format::Png), 1_200.0);
        assert_eq!(t.ns_per_pixel(Format::WebP), 350.0);
    }

    /// Small graphics cost more per pixel than photos: they do not move the
    /// estimate of a large job, and images weigh by their pixels.
    #[test]
    fn small_images_do_not_count_and_large_ones_weigh_by_their_pixels() {
        let t = Throughput::default();
        // A 9.1-megapixel photo as AVIF took 14.5 s (1,593 ns a pixel)...
        t.record(Format::Avif, 9_100_000, Duration::from_millis(14_500));
        let before = t.estimate_seconds(Format::Avif, 9_100_000, 0, 2);
        assert_eq!(before, 15);
        // ...then 40 graphics of 250 × 250 took 8,000 ns a pixel each.
        for _ in 0..40 {
            t.record(Format::Avif, 62_500, Duration::from_millis(500));
        }
        assert_eq!(t.estimate_seconds(Format::Avif, 9_100_000, 0, 2), before);
        // One 1-megapixel image at twice the photo's speed per pixel moves
        // it by a tenth of the way, not by a third as an average per
        // request would.
        t.record(Format::Avif, 1_000_000, Duration::from_millis(3_200));
        let speed = t.ns_per_pixel(Format::Avif);
        assert!((1_650.0..1_800.0).contains(&speed), "{speed}");
        // The speed still follows a lasting change.
        for _ in 0..40 {
            t.record(Format::Avif, 12_000_000, Duration::from_secs(12));
        }
        assert!((t.ns_per_pixel(Format::Avif) - 1_000.0).abs() < 5.0);
    }

    #[test]
    fn savings_rounds_like_core() {
        assert_eq!(savings_percent(1_200_000, 340_000), 72);
        assert_eq!(savings_percent(100, 100), 0);
        assert_eq!(savings_percent(0, 0), 0);
    }
}
