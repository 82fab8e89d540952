//! HTTPS in the server (`--tls-cert`, `--tls-key`): the API over TLS on
//! loopback with self-signed certificates made for each test, plain HTTP
//! refused on that port, a stalled handshake holding up no one, a renewed
//! certificate picked up on reload (and on SIGHUP by the binary), and
//! unusable files refused before anything starts.

use std::ffi::OsString;
use std::path::Path;
use std::time::Duration;

use compressorize_server::store::Plan;
use compressorize_server::tls::TlsFiles;
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{
    binary, corpus, create_key_by_cli, file_form, header, spawn_with, start_process, trusting,
};

/// A self-signed certificate for 127.0.0.1 and localhost, written as
/// `NAME.crt` and `NAME.key` in `dir`; returns the files and the
/// certificate's PEM.
pub fn certificate(dir: &Path, name: &str) -> (TlsFiles, String) {
    let made = rcgen::generate_simple_self_signed(vec!["127.0.0.1".into(), "localhost".into()])
        .expect("a certificate");
    let files = TlsFiles {
        cert: dir.join(format!("{name}.crt")),
        key: dir.join(format!("{name}.key")),
    };
    let pem = made.cert.pem();
    std::fs::write(&files.cert, &pem).unwrap();
    std::fs::write(&files.key, made.signing_key.serialize_pem()).unwrap();
    (files, pem)
}

async fn healthz(client: &reqwest::Client, base: &str) -> reqwest::Result<reqwest::Response> {
    client.get(format!("{base}/healthz")).send().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_over_https() {
    let dir = tempfile::TempDir::new().unwrap();
    let (files, pem) = certificate(dir.path(), "server");
    let app = spawn_with(|c| c.tls = Some(files)).await;
    let base = format!("https://{}", app.addr);
    let client = trusting(&pem);

    let response = healthz(&client, &base).await.expect("an HTTPS answer");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.json::<Value>().await.unwrap()["status"], "ok");

    // A compression, exactly as over plain HTTP.
    let key = app.key(Plan::Paid).await;
    let response = client
        .post(format!("{base}/api/v1/compress"))
        .bearer_auth(&key)
        .multipart(file_form(corpus("graphics/star.png"), "star.png").text("format", "webp"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "x-format"), "webp");
    let bytes = response.bytes().await.unwrap();
    image::load_from_memory_with_format(&bytes, image::ImageFormat::WebP).expect("a WebP");

    // A client that does not trust the certificate gets no answer, and
    // neither does plain HTTP on the TLS port.
    let stranger = trusting(&certificate(dir.path(), "other").1);
    assert!(healthz(&stranger, &base).await.is_err(), "untrusted");
    let plain = format!("http://{}", app.addr);
    assert!(
        healthz(&crate::helpers::client(), &plain).await.is_err(),
        "plain HTTP"
    );

    // A client that connects and never says hello holds up no one.
    let mut stalled: Vec<_> = Vec::new();
    for _ in 0..4 {
        stalled.push(tokio::net::TcpStream::connect(app.addr).await.unwrap());
    }
    let response = healthz(&trusting(&pem), &base)
        .await
        .expect("beside stalls");
    assert_eq!(response.status(), StatusCode::OK);
    drop(stalled);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_renewed_certificate_is_presented_after_a_reload() {
    let dir = tempfile::TempDir::new().unwrap();
    let (files, old_pem) = certificate(dir.path(), "server");
    let app = spawn_with(|c| c.tls = Some(files.clone())).await;
    let base = format!("https://{}", app.addr);
    let certificates = app.state.tls.clone().expect("TLS on");
    assert!(healthz(&trusting(&old_pem), &base).await.is_ok());

    // Renewed in place (as certbot does), then reloaded.
    let new = certificate(dir.path(), "renewed");
    std::fs::copy(&new.0.cert, &files.cert).unwrap();
    std::fs::copy(&new.0.key, &files.key).unwrap();
    assert!(
        healthz(&trusting(&old_pem), &base).await.is_ok(),
        "the old one until the reload"
    );
    certificates.reload().expect("reload");
    assert!(healthz(&trusting(&new.1), &base).await.is_ok(), "renewed");
    assert!(
        healthz(&trusting(&old_pem), &base).await.is_err(),
        "old gone"
    );

    // A half-written renewal (a key that is not the certificate's) is
    // refused, and the certificate in use stays.
    std::fs::copy(&new.0.cert, &files.cert).unwrap();
    let other = certificate(dir.path(), "other");
    std::fs::copy(&other.0.key, &files.key).unwrap();
    let error = certificates.reload().expect_err("a mismatched pair");
    assert!(error.to_string().contains("server.crt and"), "{error}");
    assert!(
        healthz(&trusting(&new.1), &base).await.is_ok(),
        "still served"
    );
    app.stop().await;
}

/// The binary: `serve --tls-cert --tls-key` serves HTTPS and reads the
/// files again on SIGHUP.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_reloads_its_certificate_on_sighup() {
    let dir = tempfile::TempDir::new().unwrap();
    let (files, old_pem) = certificate(dir.path(), "server");
    let data = dir.path().join("data");
    let mut args: Vec<OsString> = ["serve", "--listen", "127.0.0.1:0"].map(Into::into).into();
    for (flag, path) in [
        ("--data-dir", data.as_path()),
        ("--tls-cert", files.cert.as_path()),
        ("--tls-key", files.key.as_path()),
    ] {
        args.push(flag.into());
        args.push(path.into());
    }
    let server = start_process(&args, "listening");
    assert_eq!(server.ready["tls"], true);
    let base = format!("https://{}", server.ready["addr"].as_str().unwrap());
    let mut key_args: Vec<OsString> = ["keys", "create", "--plan", "free", "--json", "--data-dir"]
        .map(Into::into)
        .into();
    key_args.push(data.as_path().into());
    let key = create_key_by_cli(&key_args)["key"]
        .as_str()
        .unwrap()
        .to_owned();
    let response = trusting(&old_pem)
        .get(format!("{base}/api/v1/status/nosuchjob"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);

    let new = certificate(dir.path(), "renewed");
    std::fs::copy(&new.0.cert, &files.cert).unwrap();
    std::fs::copy(&new.0.key, &files.key).unwrap();
    server.signal("HUP");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while healthz(&trusting(&new.1), &base).await.is_err() {
        assert!(std::time::Instant::now() < deadline, "not reloaded");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (status, logs) = server.terminate();
    assert!(status.success(), "{status}");
    assert!(
        logs.iter().any(|l| l.contains("TLS certificate reloaded")),
        "logged"
    );
}

/// Files that cannot serve stop the start, before the database is made;
/// a certificate without its key is a usage error.
#[test]
fn unusable_certificates_are_refused_at_start() {
    let dir = tempfile::TempDir::new().unwrap();
    let (files, _) = certificate(dir.path(), "server");
    let (other, _) = certificate(dir.path(), "other");
    let data = dir.path().join("data");
    let serve = |cert: &Path, key: &Path| {
        binary()
            .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
            .arg(&data)
            .arg("--tls-cert")
            .arg(cert)
            .arg("--tls-key")
            .arg(key)
            .output()
            .unwrap()
    };
    let missing = dir.path().join("missing.pem");
    for (cert, key, says) in [
        (&files.cert, &other.key, "server.crt and"),
        (&files.cert, &missing, "missing.pem"),
        (&files.key, &files.key, "holds no CERTIFICATE"),
        (&files.cert, &files.cert, "not a PEM private key"),
    ] {
        let out = serve(cert, key);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains(says), "{says}: {stderr}");
        assert!(!data.join("compressorize.db").exists(), "no database made");
    }
    let out = binary()
        .args(["serve", "--listen", "127.0.0.1:0", "--tls-cert"])
        .arg(&files.cert)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--tls-key"));
}
