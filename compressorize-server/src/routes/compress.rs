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
//! Inputs of 2 MiB (the async threshold) and more are processed synchronously
//! too until the asynchronous path (issue 5) lands.

use std::time::Instant;

use axum::Extension;
use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use compressorize_core::{Limits, Options, OutputFormat, Quality, parse_bool, parse_dimension};
use serde_json::{Value, json};
use tracing::Instrument;

use super::JobId;
use crate::error::ApiError;
use crate::state::AppState;
use crate::store::{ApiKey, Job, JobMode, JobSource, JobStatus};
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

/// What the client sent, before validation.
#[derive(Debug, Default)]
struct RawRequest {
    file: Option<Vec<u8>>,
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
        (Some(bytes), None) => (bytes, JobSource::Upload),
        (None, Some(url)) => (
            crate::fetch::fetch(url, &state.fetch_policy).await?,
            JobSource::Url,
        ),
    };
    if input.len() > limit {
        return Err(ApiError::file_too_large(limit));
    }
    if input.len() >= state.config.async_threshold {
        tracing::info!(
            bytes = input.len(),
            "input is at or over the async threshold; processed synchronously until async jobs land"
        );
    }

    let original_size = input.len();
    let started_at = now_ms();
    let work_options = options.clone();
    let (result, elapsed) = state
        .pool
        .run(move || {
            let started = Instant::now();
            let result = compressorize_core::compress(&input, &work_options);
            (result, started.elapsed())
        })
        .await?;
    let compressed = result?;
    state
        .metrics
        .record_compression(elapsed, original_size, compressed.compressed_size);

    let completed_at = now_ms();
    let output_blob = format!("results/{job_id}.{}", compressed.format.extension());
    state
        .blobs
        .put(&output_blob, compressed.bytes.clone())
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
        .header(CONTENT_TYPE, compressed.format.mime_type())
        .header(CONTENT_LENGTH, compressed.compressed_size)
        .header(
            CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"compressed.{}\"",
                compressed.format.extension()
            ),
        )
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
    builder
        .body(Body::from(compressed.bytes))
        .map_err(|e| ApiError::internal(format!("building response: {e}")))
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
        read_multipart(multipart, limit).await
    } else if content_type.starts_with("application/json") {
        let bytes = read_small_body(request).await?;
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
        let bytes = read_small_body(request).await?;
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

async fn read_small_body(request: Request) -> Result<axum::body::Bytes, ApiError> {
    axum::body::to_bytes(request.into_body(), MAX_TEXT_BYTES)
        .await
        .map_err(|_| {
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

async fn read_multipart(mut multipart: Multipart, limit: usize) -> Result<RawRequest, ApiError> {
    let mut raw = RawRequest::default();
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(|e| multipart_error(&e, limit))?
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
            while let Some(chunk) = field
                .chunk()
                .await
                .map_err(|e| multipart_error(&e, limit))?
            {
                if bytes.len() + chunk.len() > limit {
                    // Stop keeping it here: the rest of the body is never buffered.
                    drop(bytes);
                    drain_field(&mut field).await;
                    return Err(ApiError::file_too_large(limit));
                }
                bytes.extend_from_slice(&chunk);
            }
            raw.file = Some(bytes);
        } else if TEXT_PARAMS.contains(&name.as_str()) {
            let mut bytes = Vec::new();
            while let Some(chunk) = field
                .chunk()
                .await
                .map_err(|e| multipart_error(&e, limit))?
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

fn multipart_error(e: &axum::extract::multipart::MultipartError, limit: usize) -> ApiError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
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

fn options_json(params: &[(&'static str, String)]) -> String {
    let map: serde_json::Map<String, Value> = params
        .iter()
        .filter(|(name, _)| *name != "url" && *name != "webhook_url")
        .map(|(name, value)| ((*name).to_owned(), json!(value)))
        .collect();
    Value::Object(map).to_string()
}
