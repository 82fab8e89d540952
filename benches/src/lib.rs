//! Benchmarks live in `benches/`. This library holds what the `compare`
//! runner and the `lab` share: finding and running the SSIMULACRA2 judge,
//! and writing the PNGs it reads.

use std::path::{Path, PathBuf};
use std::process::Command;

use compressorize_core::{Image, Layout, Samples};

pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// `ssimulacra2_rs`: `$SSIMULACRA2`, else cargo's bin directory.
pub fn find_judge() -> Result<PathBuf, Error> {
    let candidates = [
        std::env::var_os("SSIMULACRA2").map(PathBuf::from),
        std::env::var_os("CARGO_HOME").map(|h| Path::new(&h).join("bin/ssimulacra2_rs")),
        std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo/bin/ssimulacra2_rs")),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|p| p.exists())
        .ok_or_else(|| "ssimulacra2_rs not found: run scripts/bench-compare.sh".into())
}

/// The judge's score of `distorted` against `reference` (both PNG).
pub fn run_judge(judge: &Path, reference: &Path, distorted: &Path) -> Result<f64, Error> {
    let output = Command::new(judge)
        .arg("image")
        .arg(reference)
        .arg(distorted)
        .output()?;
    let text = String::from_utf8_lossy(&output.stdout);
    text.split_whitespace()
        .filter_map(|w| w.parse::<f64>().ok())
        .next_back()
        .ok_or_else(|| {
            format!(
                "no score from ssimulacra2_rs on {}: {text}{}",
                distorted.display(),
                String::from_utf8_lossy(&output.stderr)
            )
            .into()
        })
}

/// Writes an 8-bit image as PNG, for the judge.
pub fn save_png(image: &Image, path: &Path) -> Result<(), Error> {
    let Samples::U8(samples) = &image.samples else {
        return Err("references are 8-bit".into());
    };
    let color = match image.layout {
        Layout::Gray => image::ExtendedColorType::L8,
        Layout::GrayAlpha => image::ExtendedColorType::La8,
        Layout::Rgb => image::ExtendedColorType::Rgb8,
        Layout::Rgba => image::ExtendedColorType::Rgba8,
    };
    image::save_buffer(path, samples, image.width, image.height, color)?;
    Ok(())
}
