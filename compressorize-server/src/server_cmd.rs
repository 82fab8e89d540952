//! `compressorize serve`, `compressorize worker` and `compressorize keys ...`.

use std::io::Write;
use std::process::ExitCode;

use crate::cli::{KeysArgs, KeysCommand, LogArgs, LogFormat, ServeArgs, WorkerArgs};
use crate::config::Config;
use crate::keys::create_key;
use crate::state::open_store;
use crate::store::Store;
use crate::util::rfc3339;

fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
}

/// Runs the server until SIGTERM or Ctrl-C, then finishes in-flight requests.
pub fn serve(args: &ServeArgs) -> ExitCode {
    let config = args.to_config();
    if config.presign != crate::blobs::Presign::Off && config.blob_url.is_none() {
        eprintln!(
            "compressorize serve: --presigned-downloads: {}",
            crate::blobs::PRESIGN_NEEDS_S3
        );
        return ExitCode::from(2);
    }
    init_tracing(&args.log);
    let result = runtime().map_err(|e| e.to_string()).and_then(|rt| {
        rt.block_on(async {
            let listener = tokio::net::TcpListener::bind(&args.listen)
                .await
                .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
            let addr = listener.local_addr().map_err(|e| e.to_string())?;
            let state = crate::AppState::open(config)
                .await
                .map_err(|e| e.to_string())?;
            if let Some(certificates) = state.tls.clone() {
                tokio::spawn(reload_on_sighup(certificates));
            }
            // Before the line that tells a supervisor it may signal us.
            let stop = shutdown_signal();
            tracing::info!(
                %addr,
                tls = state.tls.is_some(),
                data_dir = %state.config.data_dir.display(),
                workers = state.config.workers,
                allow_private_targets = state.config.allow_private_targets,
                "listening"
            );
            crate::serve(listener, state, stop)
                .await
                .map_err(|e| e.to_string())?;
            tracing::info!("stopped");
            Ok::<(), String>(())
        })
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("compressorize serve: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Runs async jobs until SIGTERM or Ctrl-C, then hands the jobs in flight
/// back to the queue. Exits with 2 when the flags cannot make a worker.
pub fn worker(args: &WorkerArgs) -> ExitCode {
    let config = args.to_config();
    if config.job_workers == 0 {
        eprintln!("compressorize worker: --job-workers must be at least 1");
        return ExitCode::from(2);
    }
    // Webhooks carry the download link; a worker has no address of its own
    // to make it absolute from.
    if config.public_base_url.is_none() {
        eprintln!(
            "compressorize worker: --public-base-url is required (the API's address, for the links in webhooks)"
        );
        return ExitCode::from(2);
    }
    init_tracing(&args.log);
    let result = runtime().map_err(|e| e.to_string()).and_then(|rt| {
        rt.block_on(async {
            let state = crate::AppState::open_worker(config)
                .await
                .map_err(|e| e.to_string())?;
            let stop = shutdown_signal();
            tracing::info!(
                data_dir = %state.config.data_dir.display(),
                job_workers = state.config.job_workers,
                "worker started"
            );
            crate::work(state, stop).await;
            tracing::info!("stopped");
            Ok::<(), String>(())
        })
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("compressorize worker: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Reads the TLS certificate and key again on every SIGHUP (a renewed
/// certificate without a restart); a pair that fails to load is logged and
/// the one in use stays. The handler is installed when this is called (like
/// [`shutdown_signal`]), so an early SIGHUP cannot kill the server.
fn reload_on_sighup(
    certificates: std::sync::Arc<crate::tls::Certificates>,
) -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let hangups = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup());
    async move {
        #[cfg(unix)]
        {
            let Ok(mut hangups) = hangups else {
                tracing::warn!("cannot listen for SIGHUP: TLS certificates load once");
                return;
            };
            while hangups.recv().await.is_some() {
                match certificates.reload() {
                    Ok(()) => tracing::info!("TLS certificate reloaded"),
                    Err(e) => {
                        tracing::error!(error = %e, "TLS certificate not reloaded; the old one stays")
                    }
                }
            }
        }
        #[cfg(not(unix))]
        let _ = certificates;
    }
}

/// Completes on Ctrl-C or SIGTERM.
///
/// The handlers are installed when this is called, not when the future is
/// first polled: a signal that comes after the "listening" or "worker
/// started" line must stop the process gracefully, not kill it by the
/// default action. Must be called inside the runtime.
pub fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let stop = {
        use tokio::signal::unix::{SignalKind, signal};
        let interrupt = signal(SignalKind::interrupt());
        let terminate = signal(SignalKind::terminate());
        // A signal that cannot be listened for is waited for never (the
        // other one still stops the process).
        let received = |signal: std::io::Result<tokio::signal::unix::Signal>| async move {
            match signal {
                Ok(mut signal) => {
                    signal.recv().await;
                }
                Err(_) => std::future::pending::<()>().await,
            }
        };
        async move {
            tokio::select! {
                () = received(interrupt) => {},
                () = received(terminate) => {},
            }
        }
    };
    #[cfg(not(unix))]
    let stop = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    async move {
        stop.await;
        tracing::info!("shutting down: finishing requests in flight");
    }
}

fn init_tracing(log: &LogArgs) {
    use std::io::IsTerminal;
    let builder = tracing_subscriber::fmt()
        .with_max_level(log.log_level)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr);
    let _ = match log.log_format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
}

/// `keys create|list|revoke`.
pub fn keys(args: &KeysArgs) -> ExitCode {
    let mut config = Config::new(&args.data_dir);
    config.database_url = args.database_url.clone();
    let result = runtime().map_err(|e| e.to_string()).and_then(|rt| {
        rt.block_on(async {
            let store = open_store(&config).await.map_err(|e| e.to_string())?;
            keys_command(store.as_ref(), &args.command).await
        })
    });
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("compressorize keys: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn keys_command(store: &dyn Store, command: &KeysCommand) -> Result<ExitCode, String> {
    let mut out = std::io::stdout().lock();
    match command {
        KeysCommand::Create { plan, name, json } => {
            let created = create_key(store, (*plan).into(), name.clone())
                .await
                .map_err(|e| e.to_string())?;
            if *json {
                let value = serde_json::json!({
                    "id": created.id,
                    "key": created.key,
                    "plan": created.plan,
                    "webhook_secret": created.webhook_secret,
                });
                writeln!(out, "{value}").map_err(|e| e.to_string())?;
            } else {
                writeln!(
                    out,
                    "id:             {}\nplan:           {}\nkey:            {}\nwebhook_secret: {}\n\nThe key is shown only once: store it now.",
                    created.id, created.plan, created.key, created.webhook_secret
                )
                .map_err(|e| e.to_string())?;
            }
        }
        KeysCommand::List { json } => {
            let keys = store.list_keys().await.map_err(|e| e.to_string())?;
            for key in keys {
                let line = if *json {
                    serde_json::json!({
                        "id": key.id,
                        "prefix": key.key_prefix,
                        "name": key.name,
                        "plan": key.plan.as_str(),
                        "created_at": rfc3339(key.created_at / 1000),
                        "revoked_at": key.revoked_at.map(|t| rfc3339(t / 1000)),
                    })
                    .to_string()
                } else {
                    format!(
                        "{}  {}...  {:<4}  {}  {}{}",
                        key.id,
                        key.key_prefix,
                        key.plan.as_str(),
                        rfc3339(key.created_at / 1000),
                        key.name.as_deref().unwrap_or("-"),
                        key.revoked_at
                            .map(|t| format!("  revoked {}", rfc3339(t / 1000)))
                            .unwrap_or_default()
                    )
                };
                writeln!(out, "{line}").map_err(|e| e.to_string())?;
            }
        }
        KeysCommand::Revoke { id } => {
            if store
                .revoke_key(id, crate::util::now_ms())
                .await
                .map_err(|e| e.to_string())?
            {
                writeln!(out, "revoked {id}").map_err(|e| e.to_string())?;
            } else {
                eprintln!("compressorize keys: no active key with id {id}");
                return Ok(ExitCode::FAILURE);
            }
        }
        KeysCommand::RotateWebhookSecret { id, json } => {
            let secret = crate::keys::new_webhook_secret();
            if !store
                .set_webhook_secret(id, &secret)
                .await
                .map_err(|e| e.to_string())?
            {
                eprintln!("compressorize keys: no key with id {id}");
                return Ok(ExitCode::FAILURE);
            }
            if *json {
                let value = serde_json::json!({ "id": id, "webhook_secret": secret });
                writeln!(out, "{value}").map_err(|e| e.to_string())?;
            } else {
                writeln!(out, "id:             {id}\nwebhook_secret: {secret}")
                    .map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
