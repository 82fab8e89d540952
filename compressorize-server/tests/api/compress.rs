//! The success path: bytes decode, every documented header, the job recorded.

use compressorize_server::store::{JobMode, JobSource, JobStatus, Plan};
use image::ImageFormat;
use reqwest::StatusCode;
use reqwest::multipart::Form;

use crate::helpers::{corpus, file_form, header, spawn_app, spawn_with};

fn savings(original: usize, compressed: usize) -> u64 {
    if compressed >= original {
        0
    } else {
        ((original - compressed) as f64 / original as f64 * 100.0).round() as u64
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jpeg_upload_returns_smaller_jpeg_with_every_documented_header() {
    let app = spawn_app().await;
    let key = app.key(Plan::Free).await;
    let input = corpus("photos/fox.jpg");
    let response = app
        .compress(&key, file_form(input.clone(), "fox.jpg"))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "content-type"), "image/jpeg");
    assert_eq!(
        header(&response, "content-disposition"),
        "attachment; filename=\"compressed.jpg\""
    );
    let original: usize = header(&response, "x-original-size").parse().unwrap();
    let compressed: usize = header(&response, "x-compressed-size").parse().unwrap();
    let percent: u64 = header(&response, "x-savings-percent").parse().unwrap();
    assert_eq!(header(&response, "x-format"), "jpeg");
    // Smart quality (the default) reports what it chose and how close it is.
    let quality: u8 = header(&response, "x-quality").parse().unwrap();
    assert!((30..=95).contains(&quality), "x-quality {quality}");
    // On the SSIMULACRA2 scale of the target (80 by default): at or
    // above the floor of 72, with two decimals.
    let score = header(&response, "x-score");
    let (_, decimals) = score.split_once('.').expect("x-score with decimals");
    assert_eq!(decimals.len(), 2, "x-score {score}");
    let score: f64 = score.parse().unwrap();
    assert!((72.0..=100.0).contains(&score), "x-score {score}");
    let job_id = header(&response, "x-job-id").to_owned();
    assert!(
        job_id.len() >= 16 && job_id.bytes().all(|b| b.is_ascii_alphanumeric()),
        "{job_id}"
    );
    assert_eq!(header(&response, "content-length"), compressed.to_string());
    assert_eq!(header(&response, "x-ratelimit-limit"), "20");
    assert_eq!(header(&response, "x-ratelimit-remaining"), "19");
    let body = response.bytes().await.unwrap();
    assert_eq!(original, input.len());
    assert_eq!(compressed, body.len());
    assert!(compressed < original, "{compressed} < {original}");
    assert_eq!(percent, savings(original, compressed));

    let decoded = image::load_from_memory_with_format(&body, ImageFormat::Jpeg).expect("decodes");
    let source = image::load_from_memory(&input).unwrap();
    assert_eq!(
        (decoded.width(), decoded.height()),
        (source.width(), source.height())
    );

    // The job is recorded as a completed sync job, with its result stored.
    let job = app
        .state
        .store
        .job(&job_id)
        .await
        .unwrap()
        .expect("job recorded");
    assert_eq!(job.status, JobStatus::Complete);
    assert_eq!(job.mode, JobMode::Sync);
    assert_eq!(job.source, JobSource::Upload);
    assert_eq!(job.original_size, original as i64);
    assert_eq!(job.compressed_size, Some(compressed as i64));
    assert_eq!(job.format.as_deref(), Some("jpeg"));
    assert_eq!(job.width, Some(i64::from(source.width())));
    let completed = job.completed_at.unwrap();
    assert_eq!(job.expires_at, Some(completed + 24 * 3600 * 1000));
    let stored = app
        .state
        .blobs
        .get(job.output_blob.as_deref().unwrap())
        .await
        .unwrap();
    assert_eq!(stored, body.to_vec());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webp_output_with_resize_and_fixed_quality() {
    let app = spawn_app().await;
    let key = app.key(Plan::Paid).await;
    let form = file_form(corpus("photos/fox.jpg"), "fox.jpg")
        .text("format", "webp")
        .text("quality", "70")
        .text("max_width", "200")
        .text("strip_metadata", "false");
    let response = app.compress(&key, form).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "content-type"), "image/webp");
    assert_eq!(
        header(&response, "content-disposition"),
        "attachment; filename=\"compressed.webp\""
    );
    assert_eq!(header(&response, "x-format"), "webp");
    assert_eq!(header(&response, "x-quality"), "70");
    assert!(
        response.headers().get("x-score").is_none(),
        "fixed quality has no smart score"
    );
    assert_eq!(header(&response, "x-ratelimit-limit"), "100");
    let body = response.bytes().await.unwrap();
    let decoded = image::load_from_memory_with_format(&body, ImageFormat::WebP).expect("decodes");
    assert_eq!(decoded.width(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn png_graphic_stays_png() {
    let app = spawn_app().await;
    let key = app.key(Plan::Free).await;
    let input = corpus("graphics/tango-address-book-new-128.png");
    let response = app
        .compress(&key, file_form(input.clone(), "icon.png"))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "content-type"), "image/png");
    assert_eq!(
        header(&response, "content-disposition"),
        "attachment; filename=\"compressed.png\""
    );
    assert_eq!(header(&response, "x-format"), "png");
    let body = response.bytes().await.unwrap();
    assert!(body.len() <= input.len());
    let decoded = image::load_from_memory_with_format(&body, ImageFormat::Png).expect("decodes");
    assert_eq!((decoded.width(), decoded.height()), (128, 128));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fields_in_any_order_and_unknown_fields_are_ignored() {
    let app = spawn_app().await;
    let key = app.key(Plan::Free).await;
    let form = Form::new()
        .text("utm_source", "newsletter")
        .part(
            "file",
            reqwest::multipart::Part::bytes(corpus("graphics/tango-address-book-new-32.png"))
                .file_name("a.png"),
        )
        .text("format", "jpeg");
    let response = app.compress(&key, form).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "x-format"), "jpeg");
    assert_eq!(
        header(&response, "content-disposition"),
        "attachment; filename=\"compressed.jpg\""
    );
    let body = response.bytes().await.unwrap();
    image::load_from_memory_with_format(&body, ImageFormat::Jpeg).expect("decodes");
}

/// Frames in an animated WebP or APNG response body (0 for a still image).
fn frame_count(bytes: &[u8], format: ImageFormat) -> usize {
    use image::AnimationDecoder;
    let cursor = std::io::Cursor::new(bytes);
    match format {
        ImageFormat::WebP => {
            let decoder = image::codecs::webp::WebPDecoder::new(cursor).expect("a WebP");
            if !decoder.has_animation() {
                return 0;
            }
            decoder.into_frames().count()
        }
        _ => {
            let decoder = image::codecs::png::PngDecoder::new(cursor).expect("a PNG");
            if !decoder.is_apng().unwrap() {
                return 0;
            }
            decoder.apng().unwrap().into_frames().count()
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn animations_stay_animated_and_are_refused_as_still_formats() {
    let app = spawn_with(|c| c.async_threshold = 50_000).await;
    let key = app.key(Plan::Paid).await;

    // An animated WebP (10 frames) stays an animated WebP.
    let webp = corpus("webp/animated-loop-3.webp");
    let response = app.compress(&key, file_form(webp.clone(), "a.webp")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "x-format"), "webp");
    assert_eq!(header(&response, "content-type"), "image/webp");
    assert!(header(&response, "x-quality").parse::<u8>().is_ok());
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.len() < webp.len(), "{} B", bytes.len());
    assert_eq!(frame_count(&bytes, ImageFormat::WebP), 10);

    // An APNG (20 frames, 63 KB: over this server's async threshold) as
    // WebP, queued and done: palette frames coded losslessly, under half
    // its size (every frame lossless took 53,670 bytes).
    let apng = corpus("graphics/apng_ball.png");
    let form = file_form(apng.clone(), "ball.png").text("format", "webp");
    let id = crate::helpers::accepted_id(app.compress(&key, form).await).await;
    let done = app
        .wait_done(&key, &id, std::time::Duration::from_secs(60))
        .await;
    assert_eq!(done["status"], "complete", "{done}");
    assert_eq!(done["format"], "webp");
    let download = app.get(&key, &format!("/api/v1/download/{id}")).await;
    let bytes = download.bytes().await.unwrap();
    assert_eq!(frame_count(&bytes, ImageFormat::WebP), 20);
    assert!(bytes.len() < apng.len() / 2, "{} B", bytes.len());

    // The same APNG as an APNG at smart quality: palette frames, all 20.
    let id = crate::helpers::accepted_id(
        app.compress(&key, file_form(apng.clone(), "ball.png"))
            .await,
    )
    .await;
    let done = app
        .wait_done(&key, &id, std::time::Duration::from_secs(60))
        .await;
    assert_eq!(done["status"], "complete", "{done}");
    assert_eq!(done["format"], "png");
    let download = app.get(&key, &format!("/api/v1/download/{id}")).await;
    let bytes = download.bytes().await.unwrap();
    assert_eq!(frame_count(&bytes, ImageFormat::Png), 20);
    assert!(bytes.len() < apng.len() / 2, "{} B", bytes.len());

    // As JPEG or AVIF: 400 invalid_param, before anything is queued.
    for (input, name) in [(&webp, "a.webp"), (&apng, "ball.png")] {
        for format in ["jpeg", "avif"] {
            let form = file_form(input.clone(), name).text("format", format);
            let body = crate::helpers::assert_error(
                app.compress(&key, form).await,
                StatusCode::BAD_REQUEST,
                "invalid_param",
                Some("format"),
            )
            .await;
            let message = body["error"]["message"].as_str().unwrap();
            assert!(message.contains("animation"), "{message}");
        }
    }
    assert_eq!(app.state.store.queue_stats().await.unwrap().jobs, 0);
    app.stop().await;
}
