//! PNG encoding with oxipng, in memory: it picks bit depth, colour type,
//! palette reductions and filters, within a time budget. Truecolour images
//! are stored losslessly; [`encode_indexed`] stores a quantised palette image.

use std::time::Duration;

use oxipng::{BitDepth, ColorType, RGBA8, RawImage};

use crate::animation::Animation;
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

/// An APNG of `animation` (every frame whole, lossless), optimised by
/// oxipng.
pub(crate) fn encode_animation(animation: &Animation, timeout: Duration) -> Result<Vec<u8>> {
    let mut frames = Vec::with_capacity(animation.frames.len());
    for frame in &animation.frames {
        let Samples::U8(rgba) = &frame.image.samples else {
            return Err(Error::failed("APNG frames are 8-bit RGBA"));
        };
        frames.push((rgba.as_slice(), frame.duration_ms));
    }
    let canvas = (animation.width, animation.height);
    let apng = write_apng(canvas, animation.loop_count, &frames, |encoder| {
        encoder.set_color(png::ColorType::Rgba);
    })?;
    optimise_apng(&apng, timeout, false)
}

/// An APNG of palette frames: `frames` is every frame's indices one after
/// the other (each the `canvas` size), all in `frames.palette`, shown for
/// `durations` milliseconds each; optimised by oxipng.
pub(crate) fn encode_indexed_animation(
    frames: &IndexedImage,
    canvas: (u32, u32),
    durations: &[u32],
    loop_count: u16,
    timeout: Duration,
) -> Result<Vec<u8>> {
    let frame_len = canvas.0 as usize * canvas.1 as usize;
    if frame_len == 0 || frames.indices.len() != frame_len * durations.len() {
        return Err(Error::failed("palette frames do not fill the canvas"));
    }
    let indexed: Vec<(&[u8], u32)> = frames
        .indices
        .chunks_exact(frame_len)
        .zip(durations.iter().copied())
        .collect();
    let rgb: Vec<u8> = frames
        .palette
        .iter()
        .flat_map(|c| [c[0], c[1], c[2]])
        .collect();
    let alpha: Vec<u8> = frames.palette.iter().map(|c| c[3]).collect();
    let apng = write_apng(canvas, loop_count, &indexed, |encoder| {
        encoder.set_color(png::ColorType::Indexed);
        encoder.set_palette(rgb);
        if alpha.iter().any(|&a| a < 255) {
            encoder.set_trns(alpha);
        }
    })?;
    optimise_apng(&apng, timeout, false)
}

/// An APNG of `frames` (each one's 8-bit samples, whole, and its duration
/// in milliseconds) on `canvas`, its colour type set by `colour`.
fn write_apng(
    (width, height): (u32, u32),
    loop_count: u16,
    frames: &[(&[u8], u32)],
    colour: impl FnOnce(&mut png::Encoder<&mut Vec<u8>>),
) -> Result<Vec<u8>> {
    let failed = |e: png::EncodingError| Error::failed(format!("APNG encoding failed: {e}"));
    let count = u32::try_from(frames.len()).map_err(|_| Error::failed("too many frames"))?;
    let mut apng = Vec::new();
    let mut encoder = png::Encoder::new(&mut apng, width, height);
    colour(&mut encoder);
    encoder.set_depth(png::BitDepth::Eight);
    encoder
        .set_animated(count, u32::from(loop_count))
        .map_err(failed)?;
    let mut writer = encoder.write_header().map_err(failed)?;
    for &(samples, duration_ms) in frames {
        // A delay is a fraction of two u16s: milliseconds up to 65.5 s,
        // hundredths beyond.
        let (numerator, denominator) = match u16::try_from(duration_ms) {
            Ok(ms) => (ms, 1000),
            Err(_) => (u16::try_from(duration_ms / 10).unwrap_or(u16::MAX), 100),
        };
        writer
            .set_frame_delay(numerator, denominator)
            .map_err(failed)?;
        writer.write_image_data(samples).map_err(failed)?;
    }
    writer.finish().map_err(failed)?;
    Ok(apng)
}

/// `apng` optimised losslessly by oxipng, frames and all; with `strip`,
/// without the chunks that do not change what is shown (oxipng's "safe"
/// set keeps the animation's and the colour profile's).
pub(crate) fn optimise_apng(apng: &[u8], timeout: Duration, strip: bool) -> Result<Vec<u8>> {
    let strip = if strip {
        oxipng::StripChunks::Safe
    } else {
        oxipng::StripChunks::None
    };
    let mut options = oxipng::Options::from_preset(2);
    options.timeout = Some(timeout);
    options.strip = strip.clone();
    match oxipng::optimize_from_memory(apng, &options) {
        Ok(png) => Ok(png),
        // As in `optimise`: one fast trial when the deadline left nothing.
        Err(_) => {
            let mut fast = oxipng::Options::from_preset(0);
            fast.strip = strip;
            oxipng::optimize_from_memory(apng, &fast).map_err(fail)
        }
    }
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
