//! Animations side by side, as animated WebP: ours (smart, and fixed
//! quality 75) and sharp (libwebp through libvips, quality 75 and 80) on
//! the corpus's animated WebPs and APNG, each output's frames judged
//! against the input's by SSIMULACRA2 (`ssimulacra2_rs`), composited over
//! white (the judge reads RGB). An APNG is also compressed as an APNG at
//! smart quality (palette frames where they meet the target). Prints a
//! markdown table: bytes, time, and the median and lowest score over the
//! frames. sharp reads only an APNG's first frame, so it has no row for
//! one.
//!
//! ```text
//! bash scripts/bench-compare.sh --animation    # installs the peer and the judge
//! ```

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use compressorize_benches::{Error, find_judge, run_judge};
use compressorize_core::{Format, Options, OutputFormat, Quality, compress};
use image::{AnimationDecoder, RgbaImage};
use rayon::prelude::*;

const INPUTS: [&str; 6] = [
    "webp/animated-loop-3.webp",
    "webp/animated_advertises_rgba_frames_rgb.webp",
    "webp/animated_anim.webp",
    "webp/animated_big-height.webp",
    "webp/animated_rotating-squares.webp",
    "graphics/apng_ball.png",
];

fn main() -> Result<(), Error> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let corpus = root.join("../shared/corpus");
    if !corpus.join("MANIFEST.tsv").is_file() {
        return Err(format!("the corpus is missing at {}", corpus.display()).into());
    }
    let peers = root.join("benches/peers");
    let judge = find_judge()?;
    let work = std::env::temp_dir().join(format!("compressorize-animation-{}", std::process::id()));
    std::fs::create_dir_all(&work)?;
    println!("| input | frames | input B | encoder | bytes | ms | SSIMULACRA2 median | lowest |");
    println!("|---|---:|---:|---|---:|---:|---:|---:|");
    for name in INPUTS {
        let input = std::fs::read(corpus.join(name))?;
        let reference = frames(&input)?;
        let stem = name.rsplit('/').next().unwrap_or(name);
        let mut rows = Vec::new();
        let mut ours = vec![
            ("ours smart", Quality::Smart),
            ("ours q75", Quality::Fixed(75)),
        ]
        .into_iter()
        .map(|(label, quality)| (label, quality, Format::WebP))
        .collect::<Vec<_>>();
        if name.ends_with(".png") {
            ours.push(("ours smart, APNG", Quality::Smart, Format::Png));
        }
        for (label, quality, format) in ours {
            let options = Options {
                format: OutputFormat::Exactly(format),
                quality,
                ..Options::default()
            };
            // The faster of two runs.
            let mut best = f64::MAX;
            let mut bytes = Vec::new();
            for _ in 0..2 {
                let started = Instant::now();
                bytes = compress(&input, &options)?.bytes;
                best = best.min(started.elapsed().as_secs_f64() * 1e3);
            }
            rows.push((label.to_owned(), bytes, best));
        }
        if name.ends_with(".webp") {
            for quality in [75, 80] {
                let output = work.join(format!("{stem}.sharp{quality}.webp"));
                let ms = sharp(&peers, &corpus.join(name), &output, quality)?;
                rows.push((format!("sharp q{quality}"), std::fs::read(&output)?, ms));
            }
        }
        for (label, bytes, ms) in rows {
            let scores = judge_frames(&judge, &work, &reference, &frames(&bytes)?)?;
            let mut sorted = scores.clone();
            sorted.sort_by(f64::total_cmp);
            println!(
                "| {stem} | {} | {} | {label} | {} | {ms:.0} | {:.1} | {:.1} |",
                reference.len(),
                input.len(),
                bytes.len(),
                sorted[sorted.len() / 2],
                sorted[0],
            );
        }
    }
    std::fs::remove_dir_all(&work)?;
    Ok(())
}

/// The frames of an animated WebP or APNG as shown, over white, opaque:
/// WebP by libwebp's animation decoder (browsers' own), APNG by `image`.
fn frames(bytes: &[u8]) -> Result<Vec<RgbaImage>, Error> {
    let frames: Vec<RgbaImage> = if bytes.starts_with(b"RIFF") {
        let decoded = webp::AnimDecoder::new(bytes).decode()?;
        (0..decoded.len())
            .map(|i| -> Result<RgbaImage, Error> {
                let frame = decoded.get_frame(i).ok_or("a frame went missing")?;
                RgbaImage::from_raw(frame.width(), frame.height(), frame.get_image().to_vec())
                    .ok_or_else(|| "frames are RGBA".into())
            })
            .collect::<Result<_, _>>()?
    } else {
        image::codecs::png::PngDecoder::new(Cursor::new(bytes))?
            .apng()?
            .into_frames()
            .map(|frame| frame.map(image::Frame::into_buffer))
            .collect::<Result<_, _>>()?
    };
    Ok(frames
        .into_iter()
        .map(|mut shown| {
            for pixel in shown.pixels_mut() {
                let alpha = u32::from(pixel[3]);
                for channel in 0..3 {
                    let value = u32::from(pixel[channel]) * alpha + 255 * (255 - alpha);
                    pixel[channel] = ((value + 127) / 255) as u8;
                }
                pixel[3] = 255;
            }
            shown
        })
        .collect())
}

/// SSIMULACRA2 of each frame of `distorted` against `reference`'s.
fn judge_frames(
    judge: &Path,
    work: &Path,
    reference: &[RgbaImage],
    distorted: &[RgbaImage],
) -> Result<Vec<f64>, Error> {
    if reference.len() != distorted.len() {
        return Err(format!("{} frames, expected {}", distorted.len(), reference.len()).into());
    }
    reference
        .par_iter()
        .zip(distorted)
        .enumerate()
        .map(|(i, (want, got))| {
            let paths: Vec<PathBuf> = ["ref", "out"]
                .iter()
                .map(|kind| work.join(format!("{kind}-{i}-{}.png", std::process::id())))
                .collect();
            want.save(&paths[0])?;
            got.save(&paths[1])?;
            let score = run_judge(judge, &paths[0], &paths[1])?;
            for path in &paths {
                std::fs::remove_file(path)?;
            }
            Ok(score)
        })
        .collect()
}

/// sharp's animated WebP of `input` at `quality` into `output`: its ms.
fn sharp(peers: &Path, input: &Path, output: &Path, quality: u8) -> Result<f64, Error> {
    let job = serde_json::json!([{
        "input": input, "output": output, "format": "webp", "quality": quality, "animated": true
    }]);
    let job_file = output.with_extension("json");
    std::fs::write(&job_file, serde_json::to_vec(&job)?)?;
    let run = Command::new("node")
        .arg(peers.join("sharp-encode.js"))
        .arg(&job_file)
        .current_dir(peers)
        .output()?;
    if !run.status.success() {
        return Err(format!("sharp failed: {}", String::from_utf8_lossy(&run.stderr)).into());
    }
    let line: serde_json::Value = serde_json::from_slice(&run.stdout)?;
    line["ms"]
        .as_f64()
        .ok_or_else(|| "no ms in sharp's output".into())
}
