//! Integration tests of the REST API: the real server on a loopback port, a
//! real SQLite file in a temporary directory, real corpus images, HTTP with reqwest.

mod async_jobs;
mod auth;
mod blobs;
mod compress;
mod connections;
mod crash;
mod errors;
mod helpers;
mod http2;
mod keys_cli;
mod nodes;
mod ops;
mod ratelimit;
mod signals;
mod store;
mod tls;
mod url_source;
mod webhooks;
mod worker;
