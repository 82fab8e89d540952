//! WebP decoding with `image-webp` (pure Rust): lossy, lossless, alpha.
//! Animated WebP is refused rather than flattened to its first frame.

use std::io::Cursor;

use image_webp::WebPDecoder;

use crate::error::{Error, Result};
use crate::limits::Limits;
use crate::pixels::{Image, Layout, Samples};

pub(crate) fn decode(input: &[u8], limits: &Limits) -> Result<Image> {
    let corrupt = |e: image_webp::DecodingError| Error::unsupported(format!("Corrupt WebP: {e}"));
    let mut decoder = WebPDecoder::new(Cursor::new(input)).map_err(corrupt)?;
    let (width, height) = decoder.dimensions();
    limits.check_dimensions(width, height)?;
    if decoder.is_animated() {
        return Err(Error::unsupported(format!(
            "Animated WebP ({} frames) is not supported: only still images can be compressed",
            decoder.num_frames()
        )));
    }
    let layout = if decoder.has_alpha() {
        Layout::Rgba
    } else {
        Layout::Rgb
    };
    let size = decoder
        .output_buffer_size()
        .ok_or_else(|| Error::too_large("WebP output size overflows"))?;
    let mut buf = vec![0u8; size];
    decoder.read_image(&mut buf).map_err(corrupt)?;
    Ok(Image {
        width,
        height,
        layout,
        samples: Samples::U8(buf),
    })
}
