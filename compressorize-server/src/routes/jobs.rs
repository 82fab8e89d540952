//! `GET /api/v1/status/:id`, `GET /api/v1/download/:id` (302 to a signed
//! link) and `GET /api/v1/files/:id` (the signed link itself, no API key).
//!
//! Tenancy: a key sees only its own jobs; another key's job id is answered
//! exactly like an unknown id (404).

use axum::Extension;
use axum::Json;
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::http::header::{
    CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_LENGTH, CONTENT_TYPE, LOCATION,
};
use axum::response::{IntoResponse, Response};
use compressorize_core::OutputFormat;

use super::JobId;
use crate::blobs::DownloadHeaders;
use crate::error::ApiError;
use crate::jobs::{StatusBody, download_path};
use crate::links::{LINK_TTL_SECS, LinkError};
use crate::state::AppState;
use crate::store::{ApiKey, Job, JobStatus};
use crate::util::now_ms;

fn gone(id: &str) -> ApiError {
    ApiError::not_found(format!(
        "No job with id '{id}'. Results are deleted 24 hours after completion; \
         ids are only visible to the key that created them"
    ))
}

/// The job `id` if it belongs to `key` and has not expired.
async fn own_job(state: &AppState, key: &ApiKey, id: &str) -> Result<Job, ApiError> {
    let job = state.store.job(id).await?.ok_or_else(|| gone(id))?;
    if job.key_id != key.id || job.expires_at.is_some_and(|t| t <= now_ms()) {
        return Err(gone(id));
    }
    Ok(job)
}

/// `GET /api/v1/status/:id`.
pub async fn status(
    State(state): State<AppState>,
    Extension(key): Extension<ApiKey>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let job = own_job(&state, &key, &id).await?;
    let body = StatusBody::of(&job, &download_path(&job.id));
    let mut response = Json(body).into_response();
    response.headers_mut().insert(
        CACHE_CONTROL,
        "no-store"
            .parse()
            .map_err(|_| ApiError::internal("header"))?,
    );
    response.extensions_mut().insert(JobId(job.id));
    Ok(response)
}

/// `GET /api/v1/download/:id`: 302 to a link valid for one hour.
pub async fn download(
    State(state): State<AppState>,
    Extension(key): Extension<ApiKey>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let job = own_job(&state, &key, &id).await?;
    match job.status {
        JobStatus::Complete => {}
        JobStatus::Failed => {
            return Err(not_ready(format!(
                "Job '{id}' failed; there is nothing to download. See /api/v1/status/{id}"
            )));
        }
        JobStatus::Pending | JobStatus::Processing => {
            return Err(not_ready(format!(
                "Job '{id}' is not complete yet. Poll /api/v1/status/{id} until status is complete"
            )));
        }
    }
    let location = match presigned_location(&state, &job).await? {
        Some(url) => url,
        None => {
            let link = state.signer.link(&job.id, now_ms() / 1000 + LINK_TTL_SECS);
            match &state.config.public_base_url {
                Some(base) => format!("{}{link}", base.trim_end_matches('/')),
                None => link,
            }
        }
    };
    let mut response = Response::builder()
        .status(StatusCode::FOUND)
        .header(LOCATION, location)
        .header(CACHE_CONTROL, "no-store")
        .body(Body::empty())
        .map_err(|e| ApiError::internal(format!("building response: {e}")))?;
    response.extensions_mut().insert(JobId(job.id));
    Ok(response)
}

/// The object store's presigned URL for a complete job's result, when the
/// blob store hands them out. Valid for an hour, or until the result
/// expires if that is sooner (the sweeper deletes it then).
async fn presigned_location(state: &AppState, job: &Job) -> Result<Option<String>, ApiError> {
    let Some(blob) = job.output_blob.as_deref() else {
        return Err(ApiError::internal("a complete job without a result"));
    };
    let until_expiry_ms = job.expires_at.map_or(i64::MAX, |t| t - now_ms());
    let ttl_secs = LINK_TTL_SECS.min(until_expiry_ms / 1000).max(1);
    let ttl = std::time::Duration::from_secs(ttl_secs.unsigned_abs());
    state
        .blobs
        .presigned_get(blob, ttl, &download_headers(job)?)
        .await
        .map_err(|e| ApiError::internal(format!("presigning the download: {e}")))
}

/// What a result is served with, by the server's link or a presigned URL.
fn download_headers(job: &Job) -> Result<DownloadHeaders, ApiError> {
    let stored = job
        .format
        .as_deref()
        .ok_or_else(|| ApiError::internal("a complete job without a format"))?;
    let OutputFormat::Exactly(format) = stored
        .parse::<OutputFormat>()
        .map_err(|e| ApiError::internal(format!("stored format: {e}")))?
    else {
        return Err(ApiError::internal("stored format is auto"));
    };
    Ok(DownloadHeaders::of(format))
}

fn not_ready(message: String) -> ApiError {
    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "not_ready", message)
}

/// `GET /api/v1/files/:id?expires=…&signature=…`: the result file.
pub async fn file(
    State(state): State<AppState>,
    Path(id): Path<String>,
    request: Request,
) -> Result<Response, ApiError> {
    let mut expires = None;
    let mut signature = None;
    for (name, value) in url::form_urlencoded::parse(request.uri().query().unwrap_or("").as_bytes())
    {
        match name.as_ref() {
            "expires" => expires = Some(value.into_owned()),
            "signature" => signature = Some(value.into_owned()),
            _ => {}
        }
    }
    state
        .signer
        .verify(
            &id,
            expires.as_deref(),
            signature.as_deref(),
            now_ms() / 1000,
        )
        .map_err(|e| match e {
            LinkError::BadSignature => ApiError::new(
                StatusCode::FORBIDDEN,
                "invalid_signature",
                "This download link is invalid. Request a new one from /api/v1/download/:id",
            ),
            LinkError::Expired => ApiError::new(
                StatusCode::FORBIDDEN,
                "link_expired",
                "This download link has expired (links are valid for 1 hour). \
                 Request a new one from /api/v1/download/:id",
            ),
        })?;
    let job = state.store.job(&id).await?.ok_or_else(|| gone(&id))?;
    let (JobStatus::Complete, Some(blob)) = (job.status, job.output_blob.as_deref()) else {
        return Err(gone(&id));
    };
    if job.expires_at.is_some_and(|t| t <= now_ms()) {
        return Err(gone(&id));
    }
    let headers = download_headers(&job)?;
    let (file, len) = match state.blobs.open_read(blob).await {
        Ok(opened) => opened,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(gone(&id)),
        Err(e) => return Err(ApiError::internal(format!("reading result blob: {e}"))),
    };
    let mut response = Response::builder()
        .status(StatusCode::OK)
        .header(CONTENT_TYPE, headers.content_type)
        .header(CONTENT_LENGTH, len)
        .header(CONTENT_DISPOSITION, headers.content_disposition)
        .header(CACHE_CONTROL, "private, no-store")
        .body(Body::from_stream(file_chunks(file)))
        .map_err(|e| ApiError::internal(format!("building response: {e}")))?;
    response.extensions_mut().insert(JobId(job.id));
    Ok(response)
}

/// A blob as a stream of 64 KiB chunks (a download never holds the whole
/// result in memory). A local blob's open file stays readable after the
/// sweeper unlinks it.
fn file_chunks(
    file: crate::blobs::BlobReader,
) -> impl futures_util::Stream<Item = std::io::Result<axum::body::Bytes>> + Send {
    futures_util::stream::try_unfold(file, |mut file| async move {
        use tokio::io::AsyncReadExt;
        let mut chunk = vec![0u8; 64 * 1024];
        let n = file.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        chunk.truncate(n);
        Ok(Some((axum::body::Bytes::from(chunk), file)))
    })
}
