//! The whole pipeline on arbitrary bytes with fuzzer-chosen options.
//!
//! Input layout: byte 0 = output format (low 3 bits) and flags, byte 1 =
//! quality, byte 2 = max_width, then the image. Inputs shorter than 3 bytes
//! are ignored.
#![no_main]

use std::time::Duration;

use compressorize_core::{Format, Limits, Options, OutputFormat, Quality, compress};
use libfuzzer_sys::fuzz_target;

/// 1 megapixel for JPEG/PNG/WebP output.
const MAX_PIXELS: u64 = 1_000_000;
/// AVIF encoding (libaom) is slow even at speed 10: only tiny images.
const MAX_AVIF_PIXELS: u64 = 64 * 64;

fuzz_target!(|data: &[u8]| {
    let [sel, q, w, image @ ..] = data else {
        return;
    };
    let format = match sel & 0b111 {
        1 => OutputFormat::Exactly(Format::Jpeg),
        2 => OutputFormat::Exactly(Format::Png),
        3 => OutputFormat::Exactly(Format::WebP),
        4 => OutputFormat::Exactly(Format::Avif),
        _ => OutputFormat::Auto,
    };
    let avif_involved = format == OutputFormat::Exactly(Format::Avif)
        || (format == OutputFormat::Auto
            && compressorize_core::detect(image) == Some(Format::Avif));
    let max_pixels = if avif_involved {
        MAX_AVIF_PIXELS
    } else {
        MAX_PIXELS
    };
    let options = Options {
        format,
        quality: match q {
            0 => Quality::Smart,
            q => Quality::Fixed(q % 100 + 1),
        },
        max_width: (*w != 0).then_some(u32::from(*w)),
        max_height: (sel & 0b1000 != 0).then_some(u32::from(*w).max(1) / 2 + 1),
        strip_metadata: sel & 0b1_0000 == 0,
        limits: Limits::default().with_max_pixels(max_pixels),
        avif_speed: 10,
        png_timeout: Duration::from_millis(500),
        ..Options::default()
    };
    if let Ok(out) = compress(image, &options) {
        assert_eq!(out.compressed_size, out.bytes.len());
        assert_eq!(out.original_size, image.len());
        assert!(out.width >= 1 && out.height >= 1);
        if let Some(max) = options.max_width {
            assert!(
                out.width <= max,
                "{}x{} exceeds max_width {max}",
                out.width,
                out.height
            );
        }
        if let Some(max) = options.max_height {
            assert!(
                out.height <= max,
                "{}x{} exceeds max_height {max}",
                out.width,
                out.height
            );
        }
        if let OutputFormat::Exactly(f) = format {
            assert_eq!(out.format, f);
        }
        // The output must be recognisable as what it claims to be.
        assert_eq!(compressorize_core::detect(&out.bytes), Some(out.format));
    }
});
