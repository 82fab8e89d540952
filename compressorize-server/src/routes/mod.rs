//! The router: public operational endpoints, the authenticated `/api/v1`
//! API, JSON 404/405 fallbacks, and the request log/metrics middleware.

mod compress;
mod health;
mod jobs;

pub(crate) use compress::options_from_json;

use std::time::Instant;

use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::header::AUTHORIZATION;
use axum::http::{Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use crate::error::{ApiError, ErrorCode};
use crate::keys::authenticate;
use crate::state::AppState;
use crate::util::now_ms;

/// Extra room for the multipart framing and text fields on top of the file limit.
const MULTIPART_OVERHEAD: usize = 1024 * 1024;

/// The job id of a response, for the request log.
#[derive(Debug, Clone)]
pub struct JobId(pub String);

/// Builds the whole HTTP application.
pub fn app(state: AppState) -> Router {
    let body_limit = state.config.max_input_bytes + MULTIPART_OVERHEAD;
    let api = Router::new()
        .route(
            "/api/v1/compress",
            post(compress::compress).layer(DefaultBodyLimit::max(body_limit)),
        )
        .route("/api/v1/status/{id}", get(jobs::status))
        .route("/api/v1/download/{id}", get(jobs::download))
        .route_layer(middleware::from_fn_with_state(state.clone(), require_key));
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/metrics", get(health::metrics))
        .route("/api/v1/openapi.json", get(health::openapi))
        // Signed links: the signature is the credential, no API key.
        .route("/api/v1/files/{id}", get(jobs::file))
        .merge(api)
        .route_layer(middleware::from_fn(tag_route))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(state.clone(), observe))
        .with_state(state)
}

async fn not_found() -> ApiError {
    ApiError::not_found("No such endpoint. See /api/v1/openapi.json")
}

async fn method_not_allowed(method: Method) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        format!("Method {method} is not allowed on this endpoint"),
    )
}

/// `Authorization: Bearer` check and rate limiting for `/api/v1` routes.
/// Every authenticated response (errors included) carries the rate-limit headers.
async fn require_key(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let header = request
        .headers()
        .get(AUTHORIZATION)
        .map(|v| v.as_bytes().to_vec());
    let key = match authenticate(state.store.as_ref(), header.as_deref()).await {
        Ok(key) => key,
        Err(e) => return e.into_response(),
    };
    let rate = match state
        .limiter
        .hit(state.store.as_ref(), &key, now_ms())
        .await
    {
        Ok(rate) => rate,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let mut response = if rate.exceeded {
        rate.error().into_response()
    } else {
        request.extensions_mut().insert(key);
        next.run(request).await
    };
    rate.apply(response.headers_mut());
    response
}

/// Copies the matched route into the response, for [`observe`] (which runs
/// outside the router and so cannot see it on the request).
async fn tag_route(request: Request, next: Next) -> Response {
    let matched = request.extensions().get::<MatchedPath>().cloned();
    let mut response = next.run(request).await;
    if let Some(matched) = matched {
        response.extensions_mut().insert(matched);
    }
    response
}

/// Logs every request (with its job id) and counts it by route and status.
async fn observe(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    let status = response.status();
    let route = response
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str);
    state
        .metrics
        .record_request(method.as_str(), route, status.as_u16());
    let job_id = response.extensions().get::<JobId>().map(|j| j.0.as_str());
    let code = response.extensions().get::<ErrorCode>().map(|c| c.0);
    tracing::info!(
        method = %method,
        path,
        route,
        status = status.as_u16(),
        job_id,
        error_code = code,
        elapsed_ms = started.elapsed().as_secs_f64() * 1000.0,
        "request"
    );
    response
}
