//! `POST /api/v1/compress`, synchronous path.
//!
//! Accepts `multipart/form-data` (fields `file` or `url`, plus `format`,
//! `quality`, `max_width`, `max_height`, `strip_metadata`, `webhook_url`), a
//! JSON object with the same names (`url` as the source), or an
//! `application/x-www-form-urlencoded` form (`url` as the source). The upload
//! is read as a stream and reading stops as soon as it passes the 25 MiB
//! limit (413 `file_too_large`). Unknown fields are ignored; a known field
//! given twice is 400 `invalid_param`.
//!
//! Inputs under the async threshold (2 MiB) are compressed in the request
//! and returned. Inputs of the threshold and more take the asynchronous
//! path: the input is written durably to the blob store, the job to the
//! store, and only then `202` is answered with the job id (workers in
//! `crate::jobs` do the rest). An upload is spooled to a temporary file
//! under the blob directory once it passes 256 KiB, so large uploads are
//! never held whole in memory (many at once cost ~64 KiB each).

use std::sync::Arc;

use axum::Extension;
use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_LENGTH, CONTENT_TYPE, LOCATION};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use compressorize_core::{Limits, Options, OutputFormat, Quality, parse_bool, parse_dimension};
use serde_json::{Value, json};
use tracing::Instrument;

use super::JobId;
use crate::blobs::{DownloadHeaders, result_key};
use crate::conn::body_stalled;
use crate::error::ApiError;
use crate::jobs::pixel_count;
use crate::state::AppState;
use crate::store::{ApiKey, Job, JobMode, JobSource, JobStatus, QueueLimits};
use crate::util::{now_ms, random_id};

/// Largest text field (or JSON/form body) accepted.
const MAX_TEXT_BYTES: usize = 64 * 1024;

/// The text parameters of the contract.
const TEXT_PARAMS: [&str; 7] = [
    "url",
    "format",
    "quality",
    "max_width",
    "max_height",
    "strip_metadata",
    "webhook_url",
];

/// An uploaded or fetched input: in memory below the async threshold,
/// spooled to a temporary file from it on.
#[derive(Debug)]
enum Input {
    Memory(Vec<u8>),
    Spooled {
        file: tempfile::NamedTempFile,
        len: usize,
    },
}

impl Input {
    fn len(&self) -> usize {
        match self {
            Input::Memory(bytes) => bytes.len(),
            Input::Spooled { len, .. } => *len,
        }
    }

    /// The first bytes (at most [`HEAD_BYTES`]), for reading the image header.
    async fn head(&self) -> Result<Vec<u8>, ApiError> {
        match self {
            Input::Memory(bytes) => Ok(bytes[..bytes.len().min(HEAD_BYTES)].to_vec()),
            Input::Spooled { file, .. } => {
                use tokio::io::AsyncReadExt;
                let handle = file
                    .reopen()
                    .map_err(|e| ApiError::internal(format!("reading spooled upload: {e}")))?;
                let mut head = Vec::with_capacity(HEAD_BYTES);
                tokio::fs::File::from_std(handle)
                    .take(HEAD_BYTES as u64)
                    .read_to_end(&mut head)
                    .await
                    .map_err(|e| ApiError::internal(format!("reading spooled upload: {e}")))?;
                Ok(head)
            }
        }
    }
}

/// An upload is spooled to disk once it reaches this size (or the async
/// threshold, if lower), so many concurrent large uploads hold little memory.
const SPOOL_AT: usize = 256 * 1024;

/// How much of an input is read for its header (format and dimensions).
const HEAD_BYTES: usize = 1024 * 1024;

/// What the client sent, before validation.
#[derive(Debug, Default)]
struct RawRequest {
    file: Option<Input>,
    /// (name, value) for every known text parameter.
    params: Vec<(&'static str, String)>,
}

impl RawRequest {
    fn set(&mut self, name: &str, value: String) -> Result<(), ApiError> {
        let Some(name) = TEXT_PARAMS.iter().copied().find(|p| *p == name) else {
            return Ok(()); // unknown fields are ignored
        };
        if self.get(name).is_some() {
            return Err(ApiError::invalid_param(
                name,
                format!("Parameter {name} was given more than once"),
            ));
        }
        self.params.push((name, value));
        Ok(())
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// `POST /api/v1/compress`.
pub async fn compress(
    State(state): State<AppState>,
    Extension(key): Extension<ApiKey>,
    request: Request,
) -> Result<Response, ApiError> {
    let job_id = random_id(20);
    let span = tracing::info_span!("compress", job_id = %job_id, key_id = %key.id);
    let mut response = handle(state, key, job_id.clone(), request)
        .instrument(span)
        .await;
    // Put the job id on errors too, for the request log.
    match &mut response {
        Ok(r) => r.extensions_mut().insert(JobId(job_id)),
        Err(_) => None,
    };
    response
}

async fn handle(
    state: AppState,
    key: ApiKey,
    job_id: String,
    request: Request,
) -> Result<Response, ApiError> {
    let created_at = now_ms();
    let limit = state.config.max_input_bytes;
    let raw = read_request(&state, request, limit).await?;

    // Validate every parameter before touching the network or the CPU.
    let options = options_from(&raw, limit)?;
    let webhook_url = match raw.get("webhook_url") {
        Some(url) => Some(check_webhook_url(&state, url).await?),
        None => None,
    };
    let source_url = raw.get("url").map(str::to_owned);
    let (input, source) = match (raw.file, &source_url) {
        (Some(_), Some(_)) => {
            return Err(ApiError::invalid_param(
                "url",
                "Send either file or url, not both",
            ));
        }
        (None, None) => return Err(ApiError::missing_source()),
        (Some(input), None) => (input, JobSource::Upload),
        (None, Some(url)) => (
            Input::Memory(crate::fetch::fetch(url, &state.fetch_policy).await?),
            JobSource::Url,
        ),
    };
    if input.len() > limit {
        return Err(ApiError::file_too_large(limit));
    }
    // A spooled upload under the threshold is answered synchronously: back into memory.
    let input = match input {
        Input::Spooled { file, len } if len < state.config.async_threshold => Input::Memory(
            tokio::fs::read(file.path())
                .await
                .map_err(|e| ApiError::internal(format!("reading spooled upload: {e}")))?,
        ),
        input => input,
    };
    let input = match input {
        Input::Memory(bytes) if bytes.len() < state.config.async_threshold => bytes,
        input => {
            let job = Job {
                id: job_id,
                key_id: key.id.clone(),
                status: JobStatus::Pending,
                mode: JobMode::Async,
                source,
                source_url,
                options: options_json(&raw.params),
                input_blob: None,
                output_blob: None,
                original_size: i64::try_from(input.len()).unwrap_or(i64::MAX),
                compressed_size: None,
                format: None,
                width: None,
                height: None,
                quality: None,
                error_code: None,
                error_message: None,
                webhook_url,
                attempts: 0,
                claimed_by: None,
                lease_expires_at: None,
                created_at,
                started_at: None,
                completed_at: None,
                expires_at: None,
            };
            return accept_async(&state, job, input, &options).await;
        }
    };
    if webhook_url.is_some() {
        tracing::info!("webhook_url ignored: the input is answered synchronously");
    }

    let original_size = input.len();
    let pixels = pixel_count(&input);
    let started_at = now_ms();
    let work_options = options.clone();
    let rayon_pools = Arc::clone(&state.rayon_pools);
    let (result, elapsed) = state
        .pool
        .run(move || rayon_pools.compress(&input, &work_options))
        .await?;
    let compressed = result?;
    state
        .metrics
        .record_compression(elapsed, original_size, compressed.compressed_size);
    state.throughput.record(compressed.format, pixels, elapsed);

    let completed_at = now_ms();
    let output_blob = result_key(&job_id, compressed.format);
    let headers = DownloadHeaders::of(compressed.format);
    state
        .blobs
        .put_result(&output_blob, compressed.bytes.clone(), &headers)
        .await
        .map_err(|e| ApiError::internal(format!("writing result blob: {e}")))?;
    let job = Job {
        id: job_id.clone(),
        key_id: key.id.clone(),
        status: JobStatus::Complete,
        mode: JobMode::Sync,
        source,
        source_url,
        options: options_json(&raw.params),
        input_blob: None,
        output_blob: Some(output_blob),
        original_size: original_size as i64,
        compressed_size: Some(compressed.compressed_size as i64),
        format: Some(compressed.format.name().to_owned()),
        width: Some(i64::from(compressed.width)),
        height: Some(i64::from(compressed.height)),
        quality: compressed.quality.map(i64::from),
        error_code: None,
        error_message: None,
        webhook_url,
        attempts: 1,
        claimed_by: None,
        lease_expires_at: None,
        created_at,
        started_at: Some(started_at),
        completed_at: Some(completed_at),
        expires_at: Some(completed_at.saturating_add(
            i64::try_from(state.config.result_ttl.as_millis()).unwrap_or(i64::MAX),
        )),
    };
    state.store.insert_job(&job).await?;
    tracing::info!(
        original_size,
        compressed_size = compressed.compressed_size,
        format = compressed.format.name(),
        elapsed_ms = elapsed.as_secs_f64() * 1000.0,
        "compressed"
    );

    let savings = compressed.savings_percent();
    let mut builder = Response::builder()
        .status(StatusCode::OK)
        .header(CONTENT_TYPE, headers.content_type)
        .header(CONTENT_LENGTH, compressed.compressed_size)
        .header(CONTENT_DISPOSITION, headers.content_disposition)
        .header("x-original-size", compressed.original_size)
        .header("x-compressed-size", compressed.compressed_size)
        .header("x-savings-percent", u16::from(savings))
        .header("x-format", compressed.format.name())
        .header(
            "x-job-id",
            HeaderValue::from_str(&job_id).map_err(|e| ApiError::internal(e.to_string()))?,
        )
        .header("x-width", compressed.width)
        .header("x-height", compressed.height);
    if let Some(q) = compressed.quality {
        builder = builder.header("x-quality", u16::from(q));
    }
    if let Some(score) = compressed.score {
        // Smart quality's perceptual score on the SSIMULACRA2 scale of its
        // target (80 = invisible side by side, higher is closer).
        builder = builder.header("x-score", format!("{score:.2}"));
    }
    builder
        .body(Body::from(compressed.bytes))
        .map_err(|e| ApiError::internal(format!("building response: {e}")))
}

/// The async path: input blob (durable), then the job row (only if the
/// queue has room), then `202`.
async fn accept_async(
    state: &AppState,
    mut job: Job,
    input: Input,
    options: &Options,
) -> Result<Response, ApiError> {
    let config = &state.config;
    // What the worker would say at once is said now, before storing anything:
    // a file that is no image, one whose header declares more pixels than
    // the budget, or an animation asked for as JPEG or AVIF (the answers
    // the synchronous path gives such a file).
    let head = input.head().await?;
    let input_format = compressorize_core::check_header(&head, options)?;
    let output_format = match options.format {
        OutputFormat::Auto => input_format,
        OutputFormat::Exactly(format) => format,
    };
    let limits = QueueLimits {
        max_jobs: i64::try_from(config.max_queued_jobs).unwrap_or(i64::MAX),
        max_bytes: i64::try_from(config.max_queued_bytes).unwrap_or(i64::MAX),
    };
    // Refuse early, before writing anything, when the queue is already full.
    let queued = state.store.queue_stats().await?;
    if queued.jobs >= limits.max_jobs
        || queued.bytes.saturating_add(job.original_size) > limits.max_bytes
    {
        tracing::warn!(
            queued_jobs = queued.jobs,
            queued_bytes = queued.bytes,
            "async queue full"
        );
        return Err(ApiError::server_busy(30));
    }
    let pixels = pixel_count(&head);
    let blob = format!("inputs/{}", job.id);
    let written = match input {
        Input::Memory(bytes) => state.blobs.put(&blob, bytes).await,
        Input::Spooled { file, .. } => state.blobs.put_file(&blob, file).await,
    };
    written.map_err(|e| ApiError::internal(format!("writing input blob: {e}")))?;
    job.input_blob = Some(blob.clone());
    let accepted = match state.store.enqueue_job(&job, limits).await {
        Ok(accepted) => accepted,
        Err(e) => {
            let _ = state.blobs.delete(&blob).await;
            return Err(e.into());
        }
    };
    if !accepted {
        let _ = state.blobs.delete(&blob).await;
        tracing::warn!("async queue full");
        return Err(ApiError::server_busy(30));
    }
    state.job_notify.notify_one();
    let ahead = u64::try_from(queued.jobs).unwrap_or(0);
    let estimated =
        state
            .throughput
            .estimate_seconds(output_format, pixels, ahead, config.job_workers);
    tracing::info!(
        original_size = job.original_size,
        pixels,
        estimated_seconds = estimated,
        "job queued"
    );
    /// The 202 body, fields in the contract's order.
    #[derive(serde::Serialize)]
    struct Accepted<'a> {
        id: &'a str,
        status: &'static str,
        poll_url: String,
        estimated_seconds: u64,
    }
    let body = Accepted {
        id: &job.id,
        status: "processing",
        poll_url: format!("/api/v1/status/{}", job.id),
        estimated_seconds: estimated,
    };
    let mut response = (StatusCode::ACCEPTED, axum::Json(body)).into_response();
    response.headers_mut().insert(
        LOCATION,
        HeaderValue::from_str(&format!("/api/v1/status/{}", job.id))
            .map_err(|e| ApiError::internal(e.to_string()))?,
    );
    Ok(response)
}

/// Reads the body in whichever of the accepted encodings it comes.
async fn read_request(
    state: &AppState,
    request: Request,
    limit: usize,
) -> Result<RawRequest, ApiError> {
    let content_type = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let declared_length = request
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if content_type.starts_with("multipart/form-data") {
        // Refuse a declared length we would refuse anyway, without keeping it.
        if declared_length.is_some_and(|n| n > (limit + super::MULTIPART_OVERHEAD) as u64) {
            drain_body(request.into_body()).await;
            return Err(ApiError::file_too_large(limit));
        }
        let multipart = Multipart::from_request(request, state).await.map_err(|e| {
            ApiError::invalid_param(
                "file",
                format!("Malformed multipart body: {}", e.body_text()),
            )
        })?;
        read_multipart(multipart, limit, state).await
    } else if content_type.starts_with("application/json") {
        let bytes = read_small_body(request, state.config.body_idle_timeout).await?;
        let value: Value = serde_json::from_slice(&bytes)
            .map_err(|e| ApiError::invalid_param("body", format!("Malformed JSON body: {e}")))?;
        let Value::Object(map) = value else {
            return Err(ApiError::invalid_param(
                "body",
                "The JSON body must be an object",
            ));
        };
        let mut raw = RawRequest::default();
        for (name, value) in map {
            if name == "file" {
                return Err(ApiError::invalid_param(
                    "file",
                    "Upload files with multipart/form-data; a JSON body takes a url",
                ));
            }
            let text = match value {
                Value::Null => continue,
                Value::String(s) => s,
                Value::Bool(b) => b.to_string(),
                Value::Number(n) => n.to_string(),
                Value::Array(_) | Value::Object(_) => {
                    if let Some(param) = TEXT_PARAMS.iter().copied().find(|p| *p == name) {
                        return Err(ApiError::invalid_param(
                            param,
                            format!("Invalid {param}: expected a string"),
                        ));
                    }
                    continue;
                }
            };
            raw.set(&name, text)?;
        }
        Ok(raw)
    } else if content_type.starts_with("application/x-www-form-urlencoded") {
        let bytes = read_small_body(request, state.config.body_idle_timeout).await?;
        let mut raw = RawRequest::default();
        for (name, value) in url::form_urlencoded::parse(&bytes) {
            if name == "file" {
                return Err(ApiError::invalid_param(
                    "file",
                    "Upload files with multipart/form-data",
                ));
            }
            raw.set(&name, value.into_owned())?;
        }
        Ok(raw)
    } else {
        Err(ApiError::missing_source())
    }
}

async fn read_small_body(
    request: Request,
    idle: std::time::Duration,
) -> Result<axum::body::Bytes, ApiError> {
    axum::body::to_bytes(request.into_body(), MAX_TEXT_BYTES)
        .await
        .map_err(|e| {
            if body_stalled(&e) {
                return ApiError::request_timeout(idle);
            }
            ApiError::invalid_param(
                "body",
                format!("The request body exceeds {MAX_TEXT_BYTES} bytes"),
            )
        })
}

/// After refusing an oversized upload, what the client is still sending is
/// read and thrown away — at most this much, for at most [`DRAIN_TIME`] — so
/// it can read our 413 instead of hitting a reset connection mid-write
/// (what nginx calls a lingering close). Past either bound the connection
/// simply closes. Nothing drained is kept in memory.
const DRAIN_BYTES: usize = 64 * 1024 * 1024;
/// Time bound for draining, see [`DRAIN_BYTES`].
const DRAIN_TIME: std::time::Duration = std::time::Duration::from_secs(10);

async fn drain_field(field: &mut axum::extract::multipart::Field<'_>) {
    let _ = tokio::time::timeout(DRAIN_TIME, async {
        let mut drained = 0usize;
        while let Ok(Some(chunk)) = field.chunk().await {
            drained += chunk.len();
            if drained > DRAIN_BYTES {
                break;
            }
        }
    })
    .await;
}

async fn drain_body(body: Body) {
    use http_body_util::BodyExt;
    let mut body = body;
    let _ = tokio::time::timeout(DRAIN_TIME, async {
        let mut drained = 0usize;
        while let Some(Ok(frame)) = body.frame().await {
            drained += frame.data_ref().map_or(0, |d| d.len());
            if drained > DRAIN_BYTES {
                break;
            }
        }
    })
    .await;
}

async fn read_multipart(
    mut multipart: Multipart,
    limit: usize,
    state: &AppState,
) -> Result<RawRequest, ApiError> {
    let idle = state.config.body_idle_timeout;
    let mut raw = RawRequest::default();
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(|e| multipart_error(&e, limit, idle))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            if raw.file.is_some() {
                return Err(ApiError::invalid_param(
                    "file",
                    "Parameter file was given more than once",
                ));
            }
            let mut bytes = Vec::new();
            let mut spool: Option<Spool> = None;
            let mut len = 0usize;
            while let Some(chunk) = field
                .chunk()
                .await
                .map_err(|e| multipart_error(&e, limit, idle))?
            {
                if len + chunk.len() > limit {
                    // Stop keeping it here: the rest of the body is never buffered.
                    drop(bytes);
                    drop(spool);
                    drain_field(&mut field).await;
                    return Err(ApiError::file_too_large(limit));
                }
                len += chunk.len();
                if spool.is_none() && len >= SPOOL_AT.min(state.config.async_threshold) {
                    // Large: from here on the upload goes to disk, and
                    // nothing of it stays in memory.
                    let mut new = Spool::create(state)?;
                    new.write(&bytes).await?;
                    bytes = Vec::new();
                    spool = Some(new);
                }
                match &mut spool {
                    Some(spool) => spool.write(&chunk).await?,
                    None => bytes.extend_from_slice(&chunk),
                }
            }
            raw.file = Some(match spool {
                None => Input::Memory(bytes),
                Some(spool) => Input::Spooled {
                    file: spool.finish().await?,
                    len,
                },
            });
        } else if TEXT_PARAMS.contains(&name.as_str()) {
            let mut bytes = Vec::new();
            while let Some(chunk) = field
                .chunk()
                .await
                .map_err(|e| multipart_error(&e, limit, idle))?
            {
                if bytes.len() + chunk.len() > MAX_TEXT_BYTES {
                    let param = TEXT_PARAMS
                        .iter()
                        .copied()
                        .find(|p| *p == name)
                        .unwrap_or("body");
                    return Err(ApiError::invalid_param(
                        param,
                        format!("Parameter {param} is too long"),
                    ));
                }
                bytes.extend_from_slice(&chunk);
            }
            let text = String::from_utf8(bytes).map_err(|_| {
                let param = TEXT_PARAMS
                    .iter()
                    .copied()
                    .find(|p| *p == name)
                    .unwrap_or("body");
                ApiError::invalid_param(param, format!("Parameter {param} is not valid UTF-8"))
            })?;
            raw.set(&name, text)?;
        }
        // Other fields are skipped (next_field discards their data).
    }
    Ok(raw)
}

/// An upload being written to a temporary file in the blob store's spool
/// directory (`tmp/` under the blob directory; deleted when dropped, after
/// a crash by the sweeper).
struct Spool {
    file: tempfile::NamedTempFile,
    writer: tokio::io::BufWriter<tokio::fs::File>,
}

impl Spool {
    fn create(state: &AppState) -> Result<Self, ApiError> {
        let file = tempfile::NamedTempFile::new_in(state.blobs.spool_dir())
            .map_err(|e| ApiError::internal(format!("spooling upload: {e}")))?;
        let handle = file
            .as_file()
            .try_clone()
            .map_err(|e| ApiError::internal(format!("spooling upload: {e}")))?;
        Ok(Spool {
            file,
            writer: tokio::io::BufWriter::with_capacity(
                64 * 1024,
                tokio::fs::File::from_std(handle),
            ),
        })
    }

    async fn write(&mut self, bytes: &[u8]) -> Result<(), ApiError> {
        use tokio::io::AsyncWriteExt;
        self.writer
            .write_all(bytes)
            .await
            .map_err(|e| ApiError::internal(format!("spooling upload: {e}")))
    }

    async fn finish(mut self) -> Result<tempfile::NamedTempFile, ApiError> {
        use tokio::io::AsyncWriteExt;
        self.writer
            .flush()
            .await
            .map_err(|e| ApiError::internal(format!("spooling upload: {e}")))?;
        Ok(self.file)
    }
}

fn multipart_error(
    e: &axum::extract::multipart::MultipartError,
    limit: usize,
    idle: std::time::Duration,
) -> ApiError {
    if body_stalled(e) {
        ApiError::request_timeout(idle)
    } else if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::file_too_large(limit)
    } else {
        ApiError::invalid_param(
            "file",
            format!("Malformed multipart body: {}", e.body_text()),
        )
    }
}

fn options_from(raw: &RawRequest, limit: usize) -> Result<Options, ApiError> {
    let mut options = Options {
        limits: Limits::default().with_max_input_bytes(limit),
        ..Options::default()
    };
    if let Some(v) = raw.get("format") {
        options.format = v.parse::<OutputFormat>()?;
    }
    if let Some(v) = raw.get("quality") {
        options.quality = v.parse::<Quality>()?;
    }
    if let Some(v) = raw.get("max_width") {
        options.max_width = Some(parse_dimension("max_width", v)?);
    }
    if let Some(v) = raw.get("max_height") {
        options.max_height = Some(parse_dimension("max_height", v)?);
    }
    if let Some(v) = raw.get("strip_metadata") {
        options.strip_metadata = parse_bool("strip_metadata", v)?;
    }
    Ok(options)
}

/// `webhook_url` must be https (http only with `--allow-private-targets`) and
/// pass the same public-address guard as URL sources.
async fn check_webhook_url(state: &AppState, value: &str) -> Result<String, ApiError> {
    let invalid = |message: String| ApiError::invalid_param("webhook_url", message);
    let url = url::Url::parse(value)
        .map_err(|e| invalid(format!("Invalid webhook_url '{value}': {e}")))?;
    let allowed =
        url.scheme() == "https" || (url.scheme() == "http" && state.config.allow_private_targets);
    if !allowed {
        return Err(invalid(format!(
            "Invalid webhook_url '{value}': it must be an https URL"
        )));
    }
    let require_https = !state.config.allow_private_targets;
    crate::fetch::check_target_url(value, &state.fetch_policy, require_https)
        .await
        .map_err(|e| {
            invalid(format!(
                "Invalid webhook_url '{value}': {}",
                ApiError::from(e).message
            ))
        })?;
    Ok(value.to_owned())
}

/// Rebuilds a job's options from its stored JSON (see [`options_json`]),
/// with the same validation as the request.
pub(crate) fn options_from_json(json: &str, limit: usize) -> Result<Options, ApiError> {
    let value: Value = serde_json::from_str(json)
        .map_err(|e| ApiError::internal(format!("stored options are not JSON: {e}")))?;
    let mut raw = RawRequest::default();
    if let Value::Object(map) = value {
        for (name, value) in map {
            if let Value::String(text) = value {
                raw.set(&name, text)?;
            }
        }
    }
    options_from(&raw, limit)
}

fn options_json(params: &[(&'static str, String)]) -> String {
    let map: serde_json::Map<String, Value> = params
        .iter()
        .filter(|(name, _)| *name != "url" && *name != "webhook_url")
        .map(|(name, value)| ((*name).to_owned(), json!(value)))
        .collect();
    Value::Object(map).to_string()
}
