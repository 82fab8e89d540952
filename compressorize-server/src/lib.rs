//! The `compressorize` binary's library: command-line front end now, the REST
//! API server later. CPU work is done by `compressorize-core`.

pub mod cli;
pub mod compress_cmd;
