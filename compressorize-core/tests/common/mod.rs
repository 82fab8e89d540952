//! Shared helpers for integration tests: the shared corpus, independent
//! decoding, comparing pixels and reading JPEG segments.
#![allow(dead_code)]

use std::path::PathBuf;

/// `<repo>/../shared/corpus`. Panics with a clear message when it is missing.
pub fn corpus_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    assert!(
        dir.join("MANIFEST.tsv").is_file(),
        "test corpus not found at {}: these tests need the shared corpus beside the repository (../shared/corpus)",
        dir.display()
    );
    dir
}

pub fn read(rel: &str) -> Vec<u8> {
    let path = corpus_dir().join(rel);
    std::fs::read(&path)
        .unwrap_or_else(|e| panic!("cannot read corpus file {}: {e}", path.display()))
}

/// One row of MANIFEST.tsv.
#[derive(Debug, Clone)]
pub struct Row {
    pub path: String,
    pub format: String,
    pub width: u32,
    pub height: u32,
    pub notes: String,
}

impl Row {
    /// EXIF/irot orientation as measured by the corpus authors (Pillow/avifdec).
    pub fn orientation(&self) -> u8 {
        self.notes
            .split("Orientation=")
            .nth(1)
            .and_then(|s| s.chars().next())
            .and_then(|c| c.to_digit(10))
            .map_or(1, |d| d as u8)
    }

    /// Displayed size: stored size with 90° orientations swapped.
    pub fn display_size(&self) -> (u32, u32) {
        if (5..=8).contains(&self.orientation()) {
            (self.height, self.width)
        } else {
            (self.width, self.height)
        }
    }
}

pub fn manifest() -> Vec<Row> {
    let text = std::fs::read_to_string(corpus_dir().join("MANIFEST.tsv")).expect("MANIFEST.tsv");
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            (cols.len() >= 6).then(|| Row {
                path: cols[0].to_string(),
                format: cols[2].to_string(),
                width: cols[3].parse().unwrap_or(0),
                height: cols[4].parse().unwrap_or(0),
                notes: cols[5].to_string(),
            })
        })
        .collect()
}

/// Valid images (not in bad/) that we refuse on purpose, with the reason.
pub fn refused_on_purpose(row: &Row) -> Option<&'static str> {
    if row.notes.contains("ANIMATED") && row.format == "AVIF" {
        return Some("animated AVIF");
    }
    if row.path.starts_with("pngsuite/x") {
        return Some("corrupt PngSuite file");
    }
    if row.path.contains("jpeg12bit") {
        return Some("12-bit JPEG (libjpeg-turbo 8-bit build)");
    }
    if row.path.contains("lossless_sof3") {
        return Some("lossless JPEG (SOF3)");
    }
    None
}

/// Decodes with the `image` crate (independent of our decoders) as a browser
/// shows it: EXIF orientation applied. RGBA8.
pub fn independent_decode(bytes: &[u8]) -> image::RgbaImage {
    use image::ImageDecoder;
    let decoder = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .expect("in-memory read")
        .into_decoder()
        .unwrap_or_else(|e| panic!("independent decoder rejected our output: {e}"));
    let mut decoder = decoder;
    let orientation = decoder.orientation().expect("orientation");
    let mut image = image::DynamicImage::from_decoder(decoder)
        .unwrap_or_else(|e| panic!("independent decoder rejected our output: {e}"));
    image.apply_orientation(orientation);
    image.to_rgba8()
}

/// Mean absolute difference per channel (RGB only) between equal-size images
/// (the largest one: [`worst_pixel_diff`]).
pub fn mean_abs_diff(a: &image::RgbaImage, b: &image::RgbaImage) -> f64 {
    assert_eq!(a.dimensions(), b.dimensions(), "sizes differ");
    let sum: u64 = a
        .pixels()
        .zip(b.pixels())
        .map(|(p, q)| (0..3).map(|i| u64::from(p[i].abs_diff(q[i]))).sum::<u64>())
        .sum();
    sum as f64 / (f64::from(a.width()) * f64::from(a.height()) * 3.0)
}

/// The largest difference in any colour channel between two equal-size
/// images, with the pixel where it lies.
pub fn worst_pixel_diff(a: &image::RgbaImage, b: &image::RgbaImage) -> (u8, (u32, u32)) {
    assert_eq!(a.dimensions(), b.dimensions(), "sizes differ");
    let mut worst = (0, (0, 0));
    for (x, y, p) in a.enumerate_pixels() {
        let q = b.get_pixel(x, y);
        for c in 0..3 {
            let diff = p[c].abs_diff(q[c]);
            if diff > worst.0 {
                worst = (diff, (x, y));
            }
        }
    }
    worst
}

/// The payload (after the length field) of a JPEG's first segment whose
/// marker is one of `markers`. Panics when there is none.
pub fn jpeg_segment<'a>(jpeg: &'a [u8], markers: &[u8]) -> &'a [u8] {
    let mut at = 2;
    while at + 4 <= jpeg.len() {
        let marker = jpeg[at + 1];
        let length = usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
        if markers.contains(&marker) {
            return &jpeg[at + 4..(at + 2 + length).min(jpeg.len())];
        }
        at += 2 + length;
    }
    panic!("no JPEG segment with a marker in {markers:02X?}");
}
