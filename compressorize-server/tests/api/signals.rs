//! Signals from a supervisor (systemd, Kubernetes, a shell's Ctrl-C) that
//! come the moment the process says it is ready. The handlers must be in
//! place by then: a SIGTERM or SIGINT stops it gracefully (exit 0, "stopped"
//! logged), a SIGHUP reloads the TLS certificate and does not kill it.
//!
//! Each process is started and signalled many times: before the handlers
//! were installed ahead of the ready line, about half of such runs died by
//! the signal itself (SIGTERM: 45 and 59 of 100 runs of the worker; SIGHUP:
//! 2 of 100 runs of a TLS server).

use std::ffi::OsString;

use reqwest::StatusCode;

use crate::helpers::{Process, start_process, trusting};
use crate::tls::certificate;

const ROUNDS: usize = 12;

fn serve(data_dir: &std::path::Path, extra: &[OsString]) -> Process {
    let mut args: Vec<OsString> = ["serve", "--listen", "127.0.0.1:0", "--data-dir"]
        .map(Into::into)
        .into();
    args.push(data_dir.into());
    args.extend_from_slice(extra);
    start_process(&args, "listening")
}

fn worker(data_dir: &std::path::Path) -> Process {
    let mut args: Vec<OsString> = [
        "worker",
        "--public-base-url",
        "https://api.example.test",
        "--data-dir",
    ]
    .map(Into::into)
    .into();
    args.push(data_dir.into());
    start_process(&args, "worker started")
}

/// Stops `process` by `signal` and checks that it stopped gracefully.
fn assert_stops_gracefully(process: Process, signal: &str, what: &str) {
    let (status, logs) = process.stop_by(signal);
    assert!(status.success(), "{what}, SIG{signal}: {status}");
    assert!(
        logs.iter().any(|line| line.contains("\"stopped\"")),
        "{what}, SIG{signal}: no \"stopped\" line in {logs:#?}"
    );
}

#[test]
fn sigterm_and_sigint_right_after_the_ready_line_stop_gracefully() {
    let dir = tempfile::TempDir::new().unwrap();
    for round in 0..ROUNDS {
        let signal = if round % 2 == 0 { "TERM" } else { "INT" };
        assert_stops_gracefully(serve(dir.path(), &[]), signal, "serve");
        assert_stops_gracefully(worker(dir.path()), signal, "worker");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sighup_right_after_the_ready_line_leaves_a_tls_server_serving() {
    let dir = tempfile::TempDir::new().unwrap();
    let (files, pem) = certificate(dir.path(), "server");
    let tls: Vec<OsString> = vec![
        "--tls-cert".into(),
        files.cert.into(),
        "--tls-key".into(),
        files.key.into(),
    ];
    let client = trusting(&pem);
    for _ in 0..ROUNDS {
        let server = serve(&dir.path().join("data"), &tls);
        server.signal("HUP");
        let base = format!("https://{}", server.ready["addr"].as_str().unwrap());
        let response = client.get(format!("{base}/healthz")).send().await;
        assert_eq!(
            response.map(|r| r.status()).ok(),
            Some(StatusCode::OK),
            "serving after SIGHUP"
        );
        assert_stops_gracefully(server, "TERM", "TLS serve after SIGHUP");
    }
}
