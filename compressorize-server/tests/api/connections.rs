//! Connection deadlines, over raw TCP on loopback: a client that never
//! finishes its headers, or idles after a request, is disconnected; an
//! upload or JSON body that stops arriving gets 408 `request_timeout` and
//! leaves no spooled file; an upload that keeps moving, however slowly, is
//! served; `/metrics` counts the connections the deadlines closed. The
//! deadlines are set to 1–2 s here (30 s and 60 s by default).

use std::time::Duration;

use compressorize_server::store::Plan;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::{TestApp, corpus, files_in, spawn_with};

async fn app_with_short_deadlines() -> TestApp {
    spawn_with(|c| {
        c.header_timeout = Duration::from_secs(1);
        c.body_idle_timeout = Duration::from_secs(1);
        // Uploads spool to disk from the first byte.
        c.async_threshold = 1;
    })
    .await
}

/// Everything the server sends until it closes the connection; fails if
/// it is still open after 15 s.
async fn read_until_closed(stream: &mut TcpStream) -> String {
    let mut received = Vec::new();
    tokio::time::timeout(Duration::from_secs(15), stream.read_to_end(&mut received))
        .await
        .expect("the server closed the connection")
        .expect("read");
    String::from_utf8_lossy(&received).into_owned()
}

/// The JSON body of a raw HTTP/1.1 response.
fn json_body(response: &str) -> Value {
    let (_, body) = response.split_once("\r\n\r\n").expect("a body");
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_sent_headers_and_idle_connections_are_closed() {
    let app = app_with_short_deadlines().await;
    // A header trickled in and never finished.
    let mut slow = TcpStream::connect(app.addr).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    assert_eq!(read_until_closed(&mut slow).await, "", "closed, no answer");

    // A keep-alive connection, idle after its request.
    let mut idle = TcpStream::connect(app.addr).await.unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let response = read_until_closed(&mut idle).await;
    assert!(response.starts_with("HTTP/1.1 200 OK"), "{response}");
    assert_eq!(json_body(&response)["status"], "ok");
    app.wait_for_timeouts("header", 2).await;
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_body_gets_408_and_leaves_nothing_behind() {
    let app = app_with_short_deadlines().await;
    let key = app.key(Plan::Paid).await;
    let spool = app.state.blobs.spool_dir().to_owned();

    // A multipart upload that stops after its first 64 KiB of 270 KiB.
    let photo = corpus("photos/fox.jpg");
    let head = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"fox.jpg\"\r\n\
                Content-Type: image/jpeg\r\n\r\n";
    let length = head.len() + photo.len() + "\r\n--XyZ--\r\n".len();
    let mut upload = TcpStream::connect(app.addr).await.unwrap();
    let request = format!(
        "POST /api/v1/compress HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\n\
         Content-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: {length}\r\n\r\n{head}"
    );
    upload.write_all(request.as_bytes()).await.unwrap();
    upload.write_all(&photo[..64 * 1024]).await.unwrap();
    let response = read_until_closed(&mut upload).await;
    assert!(response.starts_with("HTTP/1.1 408 "), "{response}");
    assert!(response.contains("x-ratelimit-remaining"), "{response}");
    let body = json_body(&response);
    assert_eq!(body["error"]["code"], "request_timeout", "{body}");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("1 seconds"),
        "{body}"
    );
    assert!(files_in(&spool).is_empty(), "the spooled part is deleted");

    // A JSON body that stops half-way.
    let mut json = TcpStream::connect(app.addr).await.unwrap();
    let request = format!(
        "POST /api/v1/compress HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\n\
         Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"url\": \"https://"
    );
    json.write_all(request.as_bytes()).await.unwrap();
    let response = read_until_closed(&mut json).await;
    assert!(response.starts_with("HTTP/1.1 408 "), "{response}");
    assert_eq!(json_body(&response)["error"]["code"], "request_timeout");
    app.stop().await;
}

/// The deadline is for pauses, not for the whole body: with a 2 s limit,
/// an upload sent in six pieces 0.4 s apart (2.4 s in all) is compressed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_upload_that_keeps_moving_is_served() {
    let app = spawn_with(|c| {
        c.header_timeout = Duration::from_secs(2);
        c.body_idle_timeout = Duration::from_secs(2);
    })
    .await;
    let key = app.key(Plan::Paid).await;
    let star = corpus("graphics/star.png");
    let head = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"star.png\"\r\n\
                Content-Type: image/png\r\n\r\n";
    let tail = "\r\n--XyZ--\r\n";
    let mut body = head.as_bytes().to_vec();
    body.extend_from_slice(&star);
    body.extend_from_slice(tail.as_bytes());
    let mut stream = TcpStream::connect(app.addr).await.unwrap();
    let request = format!(
        "POST /api/v1/compress HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\n\
         Content-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    for piece in body.chunks(body.len().div_ceil(6)) {
        tokio::time::sleep(Duration::from_millis(400)).await;
        stream.write_all(piece).await.unwrap();
    }
    let mut received = Vec::new();
    tokio::time::timeout(Duration::from_secs(30), stream.read_to_end(&mut received))
        .await
        .expect("an answer")
        .unwrap();
    let head_end = received
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("headers");
    let headers = String::from_utf8_lossy(&received[..head_end]);
    assert!(headers.starts_with("HTTP/1.1 200 OK"), "{headers}");
    let image = image::load_from_memory(&received[head_end + 4..]).expect("the image decodes");
    let original = image::load_from_memory(&star).unwrap();
    assert_eq!(
        (image.width(), image.height()),
        (original.width(), original.height())
    );
    app.stop().await;
}

/// A client that stops reading its response is disconnected once the
/// server has waited `send_timeout` to write more; one that reads gets
/// it all. The 12 MP museum photo as JPEG at quality 100 is a 4.7 MB
/// response, more than the loopback buffers hold (the server's send buffer
/// grows to 4 MiB here; the client's receive buffer is 4 KiB).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_stops_reading_is_disconnected() {
    let app = spawn_with(|c| {
        c.send_timeout = Duration::from_secs(1);
        // Answered in the request, not queued.
        c.async_threshold = 25 * 1024 * 1024;
    })
    .await;
    let key = app.key(Plan::Paid).await;
    let photo = corpus("photos/museum_12mp_q100_8MB.jpg");
    let head = "--XyZ\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\njpeg\r\n\
                --XyZ\r\nContent-Disposition: form-data; name=\"quality\"\r\n\r\n100\r\n\
                --XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"museum.jpg\"\r\n\
                Content-Type: image/jpeg\r\n\r\n";
    let tail = "\r\n--XyZ--\r\n";
    let request = |key: &str| {
        let mut request = format!(
            "POST /api/v1/compress HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\n\
             Content-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: {}\r\n\
             Connection: close\r\n\r\n{head}",
            head.len() + photo.len() + tail.len()
        )
        .into_bytes();
        request.extend_from_slice(&photo);
        request.extend_from_slice(tail.as_bytes());
        request
    };
    let connect = || async {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.set_recv_buffer_size(4096).unwrap();
        socket.connect(app.addr).await.unwrap()
    };
    // The whole response, and its declared length.
    // The whole response (after `received`, what was read of it already),
    // and its declared length.
    let read_response = |mut stream: TcpStream, mut received: Vec<u8>| async move {
        let _ = tokio::time::timeout(Duration::from_secs(60), stream.read_to_end(&mut received))
            .await
            .expect("the connection ends");
        let head_end = received.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let headers = String::from_utf8_lossy(&received[..head_end]).to_lowercase();
        let declared: usize = headers
            .lines()
            .find_map(|l| l.strip_prefix("content-length: "))
            .unwrap()
            .parse()
            .unwrap();
        (received.len() - head_end - 4, declared)
    };

    // A reader gets every byte.
    let mut reader = connect().await;
    reader.write_all(&request(&key)).await.unwrap();
    let (got, declared) = read_response(reader, Vec::new()).await;
    assert!(declared > 4_500_000, "{declared}");
    assert_eq!(got, declared);

    // One that stops reading once the response has begun (the compression
    // takes seconds), for longer than the limit, is cut off.
    let mut stopped = connect().await;
    stopped.write_all(&request(&key)).await.unwrap();
    let mut first = [0u8; 1];
    tokio::time::timeout(Duration::from_secs(120), stopped.read_exact(&mut first))
        .await
        .expect("the response begins")
        .unwrap();
    tokio::time::sleep(Duration::from_secs(8)).await;
    let (got, declared) = read_response(stopped, first.to_vec()).await;
    assert!(got < declared, "cut off: {got} of {declared} bytes");
    app.wait_for_timeouts("send", 1).await;
    app.stop().await;
}
