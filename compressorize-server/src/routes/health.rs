//! `/healthz`, `/metrics` and the OpenAPI document.

use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::response::IntoResponse;

use crate::error::ApiError;
use crate::metrics::Gauges;
use crate::state::AppState;

/// The OpenAPI 3 description of the API (kept in the repository, served as is).
pub const OPENAPI: &str = include_str!("../../openapi.json");

/// `GET /healthz`: 200 `{"status":"ok"}` when the store answers.
pub async fn healthz(State(state): State<AppState>) -> Result<impl IntoResponse, ApiError> {
    state.store.ping().await.map_err(|e| {
        let mut err = ApiError::server_busy(5);
        err.message = "The database is not answering".into();
        err.detail = Some(e.to_string());
        err
    })?;
    Ok(axum::Json(serde_json::json!({ "status": "ok" })))
}

/// `GET /metrics`: Prometheus text format.
pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    // A store error only blanks the queue gauges; the rest is still useful.
    let queued = state.store.queue_stats().await.unwrap_or_default();
    let text = state.metrics.render(Gauges {
        queue_depth: state.pool.queue_depth(),
        busy_workers: state.pool.busy(),
        workers: state.pool.workers(),
        async_jobs: usize::try_from(queued.jobs).unwrap_or(0),
        async_bytes: usize::try_from(queued.bytes).unwrap_or(0),
    });
    (
        [(CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
        text,
    )
}

/// `GET /api/v1/openapi.json` (public: no key needed).
pub async fn openapi() -> impl IntoResponse {
    ([(CONTENT_TYPE, "application/json")], OPENAPI)
}
