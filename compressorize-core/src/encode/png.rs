//! PNG encoding with oxipng, in memory: it picks bit depth, colour type,
//! palette reductions and filters, within a time budget. Truecolour images
//! are stored losslessly; [`encode_indexed`] stores a quantised palette image.

use std::time::Duration;

use oxipng::{BitDepth, ColorType, RGBA8, RawImage};

use crate::error::{Error, Result};
use crate::pixels::{Image, Layout, Samples};

/// A palette image: up to 256 straight-alpha RGBA colours and one index per pixel.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct IndexedImage {
    pub width: u32,
    pub height: u32,
    pub palette: Vec<[u8; 4]>,
    pub indices: Vec<u8>,
}

/// Lossless PNG of `image`.
pub(crate) fn encode(image: &Image, timeout: Duration) -> Result<Vec<u8>> {
    let color_type = match image.layout {
        Layout::Gray => ColorType::Grayscale {
            transparent_shade: None,
        },
        Layout::GrayAlpha => ColorType::GrayscaleAlpha,
        Layout::Rgb => ColorType::RGB {
            transparent_color: None,
        },
        Layout::Rgba => ColorType::RGBA,
    };
    let (depth, data) = match &image.samples {
        Samples::U8(v) => (BitDepth::Eight, v.clone()),
        Samples::U16(v) => (
            BitDepth::Sixteen,
            v.iter().flat_map(|s| s.to_be_bytes()).collect(),
        ),
    };
    let raw = RawImage::new(image.width, image.height, color_type, depth, data).map_err(fail)?;
    optimise(&raw, timeout)
}

/// PNG of a palette image (oxipng then drops unused entries and bit depth).
pub(crate) fn encode_indexed(image: &IndexedImage, timeout: Duration) -> Result<Vec<u8>> {
    let palette = image
        .palette
        .iter()
        .map(|&[r, g, b, a]| RGBA8::new(r, g, b, a))
        .collect();
    let raw = RawImage::new(
        image.width,
        image.height,
        ColorType::Indexed { palette },
        BitDepth::Eight,
        image.indices.clone(),
    )
    .map_err(fail)?;
    optimise(&raw, timeout)
}

fn fail(e: oxipng::PngError) -> Error {
    Error::failed(format!("PNG encoding failed: {e}"))
}

fn optimise(raw: &RawImage, timeout: Duration) -> Result<Vec<u8>> {
    let mut options = oxipng::Options::from_preset(2);
    options.timeout = Some(timeout);
    // Colour of fully transparent pixels is invisible; normalising it compresses better.
    options.optimize_alpha = true;
    match raw.create_optimized_png(&options) {
        Ok(png) => Ok(png),
        // On a loaded machine the deadline can pass before any trial has
        // finished, and oxipng then has nothing to return: fall back to a
        // single fast trial without a deadline rather than fail the image.
        Err(_) => {
            let mut fast = oxipng::Options::from_preset(0);
            fast.optimize_alpha = true;
            raw.create_optimized_png(&fast).map_err(fail)
        }
    }
}
