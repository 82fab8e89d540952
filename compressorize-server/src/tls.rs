//! HTTPS in the server itself: `serve --tls-cert CHAIN.pem --tls-key KEY.pem`.
//!
//! rustls with the process's crypto provider (*ring*, see
//! [`crate::util::ensure_crypto_provider`]), already in the tree for
//! outbound fetches, so TLS costs no C toolchain or second crypto library. Each
//! handshake runs in a task of its own with [`HANDSHAKE_TIMEOUT`], so a
//! client that stalls in one holds up no other connection. The certificate
//! and key are read again on [`Certificates::reload`] (`compressorize serve`
//! calls it on SIGHUP), so a renewed certificate needs no restart; a pair
//! that fails to load leaves the one in use in place. Clients may choose
//! HTTP/2 by ALPN ([`crate::conn`] serves both versions).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError, RwLock};
use std::time::Duration;

use rustls::ServerConfig;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::server::TlsStream;

/// How long a client has to complete its TLS handshake.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// HTTP/2's ALPN protocol name.
const ALPN_HTTP2: &[u8] = b"h2";

/// Handshakes that may be in progress at once; further connections wait to
/// be accepted (the kernel's backlog holds them).
const MAX_HANDSHAKES: usize = 256;

/// The PEM files a TLS server reads: the certificate chain (leaf first)
/// and its private key (PKCS#8, PKCS#1 or SEC1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsFiles {
    /// Certificate chain, leaf first.
    pub cert: PathBuf,
    /// The leaf certificate's private key.
    pub key: PathBuf,
}

/// Why a certificate and key could not be used.
#[derive(Debug, thiserror::Error)]
#[error("TLS {path}: {message}")]
pub struct TlsError {
    /// The file at fault (or both, for a key that does not match).
    pub path: String,
    /// What is wrong with it.
    pub message: String,
}

/// The certificate the server presents; replaced whole by
/// [`Certificates::reload`], while handshakes in progress keep the one they
/// started with.
#[derive(Debug)]
pub struct Certificates {
    files: TlsFiles,
    current: RwLock<Arc<CertifiedKey>>,
}

impl Certificates {
    /// Reads and checks `files`: the chain must hold a certificate and the
    /// key must be the leaf certificate's.
    pub fn load(files: TlsFiles) -> Result<Arc<Self>, TlsError> {
        let key = certified_key(&files)?;
        Ok(Arc::new(Certificates {
            files,
            current: RwLock::new(Arc::new(key)),
        }))
    }

    /// Reads the files again; new connections get the new certificate. On
    /// error the certificate in use stays.
    pub fn reload(&self) -> Result<(), TlsError> {
        let key = certified_key(&self.files)?;
        *self.current.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(key);
        Ok(())
    }

    /// The server configuration that presents these certificates (HTTP/2
    /// or HTTP/1.1 by ALPN, TLS 1.2 and 1.3).
    #[must_use]
    pub fn server_config(self: &Arc<Self>) -> Arc<ServerConfig> {
        let mut config = ServerConfig::builder_with_provider(crate::util::crypto_provider())
            .with_safe_default_protocol_versions()
            .unwrap_or_else(|_| unreachable!("the provider supports the default versions"))
            .with_no_client_auth()
            .with_cert_resolver(self.clone());
        // HTTP/2 first: clients that offer both take it. One that offers
        // neither (no ALPN) gets HTTP/1.1.
        config.alpn_protocols = vec![ALPN_HTTP2.to_vec(), b"http/1.1".to_vec()];
        Arc::new(config)
    }
}

impl ResolvesServerCert for Certificates {
    fn resolve(&self, _hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        Some(
            self.current
                .read()
                .unwrap_or_else(PoisonError::into_inner)
                .clone(),
        )
    }
}

fn certified_key(files: &TlsFiles) -> Result<CertifiedKey, TlsError> {
    let error = |path: &Path, message: String| TlsError {
        path: path.display().to_string(),
        message,
    };
    let read = |path: &Path| std::fs::read(path).map_err(|e| error(path, e.to_string()));
    let chain = CertificateDer::pem_slice_iter(&read(&files.cert)?)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| error(&files.cert, format!("not a PEM certificate chain: {e}")))?;
    if chain.is_empty() {
        return Err(error(&files.cert, "holds no CERTIFICATE".into()));
    }
    let key = PrivateKeyDer::from_pem_slice(&read(&files.key)?)
        .map_err(|e| error(&files.key, format!("not a PEM private key: {e}")))?;
    CertifiedKey::from_der(chain, key, &crate::util::crypto_provider()).map_err(|e| {
        let both = format!("{} and {}", files.cert.display(), files.key.display());
        error(Path::new(&both), e.to_string())
    })
}

/// A TCP listener whose connections come out TLS-wrapped (an
/// [`axum::serve::Listener`], as [`crate::conn::serve_connections`] takes).
/// A background task accepts and runs each handshake in a
/// task of its own; connections that fail or stall in the handshake are
/// dropped (logged at debug level) and never reach the router.
#[derive(Debug)]
pub struct TlsListener {
    ready: mpsc::Receiver<(TlsStream<TcpStream>, SocketAddr)>,
    local_addr: SocketAddr,
    acceptor_task: tokio::task::JoinHandle<()>,
}

impl TlsListener {
    /// Accepts on `listener` with `config`.
    pub fn new(listener: TcpListener, config: Arc<ServerConfig>) -> std::io::Result<Self> {
        let local_addr = listener.local_addr()?;
        // A small buffer: finished handshakes wait here for the server's
        // accept loop, which takes them at once.
        let (sender, ready) = mpsc::channel(16);
        let acceptor = TlsAcceptor::from(config);
        let permits = Arc::new(tokio::sync::Semaphore::new(MAX_HANDSHAKES));
        let acceptor_task = tokio::spawn(async move {
            loop {
                let Ok(permit) = permits.clone().acquire_owned().await else {
                    return;
                };
                let (tcp, peer) = match listener.accept().await {
                    Ok(accepted) => accepted,
                    Err(e) => {
                        // Out of file descriptors, say: wait, as axum does.
                        tracing::warn!(error = %e, "accepting a connection failed");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                        continue;
                    }
                };
                let _ = tcp.set_nodelay(true);
                let (acceptor, sender) = (acceptor.clone(), sender.clone());
                tokio::spawn(async move {
                    let handshake = tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(tcp));
                    match handshake.await {
                        Ok(Ok(stream)) => {
                            drop(permit);
                            let _ = sender.send((stream, peer)).await;
                        }
                        Ok(Err(e)) => tracing::debug!(%peer, error = %e, "TLS handshake failed"),
                        Err(_) => tracing::debug!(%peer, "TLS handshake timed out"),
                    }
                });
            }
        });
        Ok(TlsListener {
            ready,
            local_addr,
            acceptor_task,
        })
    }
}

impl Drop for TlsListener {
    fn drop(&mut self) {
        self.acceptor_task.abort();
    }
}

impl crate::conn::Transport for TlsStream<TcpStream> {
    fn negotiated_http2(&self) -> bool {
        self.get_ref().1.alpn_protocol() == Some(ALPN_HTTP2)
    }
}

impl axum::serve::Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.ready.recv().await {
            Some(accepted) => accepted,
            // The acceptor task only ends when the listener is dropped.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        Ok(self.local_addr)
    }
}
