//! PNG decoding with the `png` crate: every colour type and bit depth,
//! palettes and tRNS expanded to alpha, interlacing undone; 16-bit kept.
//! An APNG's frames: [`decode_animation`] (the still decoder refuses one).

use std::io::Cursor;

use image::AnimationDecoder;
use png::{BitDepth, ColorType, Transformations};

use crate::animation::{Animation, Frame};
use crate::error::{Error, Result};
use crate::limits::Limits;
use crate::pixels::{Image, Layout, Samples};

pub(crate) fn decode(input: &[u8], limits: &Limits) -> Result<Image> {
    let corrupt = |e: png::DecodingError| {
        Error::unsupported(format!("Corrupt PNG: {}", plain_message(&e.to_string())))
    };
    let mut decoder = png::Decoder::new(Cursor::new(input));
    decoder.set_transformations(Transformations::EXPAND);
    let mut reader = decoder.read_info().map_err(corrupt)?;
    let info = reader.info();
    let (width, height) = (info.width, info.height);
    limits.check_dimensions(width, height)?;
    if let Some(actl) = info.animation_control()
        && actl.num_frames > 1
    {
        return Err(Error::unsupported(format!(
            "Animated PNG (APNG, {} frames) is not supported: only still images can be compressed",
            actl.num_frames
        )));
    }
    let (color, depth) = reader.output_color_type();
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| Error::too_large("PNG output size overflows"))?;
    let mut buf = vec![0u8; size];
    let frame = reader.next_frame(&mut buf).map_err(corrupt)?;
    buf.truncate(frame.buffer_size());
    // Read the rest so a damaged tail (bad CRC after IDAT) is still noticed.
    reader.finish().map_err(corrupt)?;

    let layout = match color {
        ColorType::Grayscale => Layout::Gray,
        ColorType::GrayscaleAlpha => Layout::GrayAlpha,
        ColorType::Rgb => Layout::Rgb,
        ColorType::Rgba => Layout::Rgba,
        ColorType::Indexed => return Err(Error::failed("PNG palette was not expanded")),
    };
    let samples = match depth {
        BitDepth::Sixteen => Samples::U16(
            buf.chunks_exact(2)
                .map(|b| u16::from_be_bytes([b[0], b[1]]))
                .collect(),
        ),
        BitDepth::Eight => Samples::U8(buf),
        other => {
            return Err(Error::failed(format!(
                "PNG bit depth {other:?} was not expanded"
            )));
        }
    };
    let image = Image {
        width,
        height,
        layout,
        samples,
    };
    debug_assert_eq!(
        match &image.samples {
            Samples::U8(v) => v.len(),
            Samples::U16(v) => v.len(),
        },
        image.sample_count()
    );
    Ok(image)
}

/// The `png` crate's error message with its Rust debug output put in plain
/// words, for the API user who sent the file: chunk types come as
/// `ChunkType { type: IDAT, critical: true, private: false, … }` and
/// inflate errors as variant names (`Corrupt deflate stream.
/// InsufficientInput`).
fn plain_message(message: &str) -> String {
    const CHUNK_TYPE: &str = "ChunkType { type: ";
    const DEFLATE: &str = "Corrupt deflate stream. ";
    let mut plain = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find(CHUNK_TYPE) {
        plain.push_str(&rest[..at]);
        let chunk = &rest[at + CHUNK_TYPE.len()..];
        plain.push_str(&chunk[..chunk.find(',').unwrap_or(chunk.len())]);
        rest = chunk.find('}').map_or("", |close| &chunk[close + 1..]);
    }
    plain.push_str(rest);
    match plain.strip_prefix(DEFLATE) {
        Some(variant) => format!("corrupt compressed data ({})", words_of(variant)),
        None => plain,
    }
}

/// `InsufficientInput` → `insufficient input`.
fn words_of(camel_case: &str) -> String {
    let mut words = String::with_capacity(camel_case.len() + 8);
    for (i, c) in camel_case.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            words.push(' ');
        }
        words.extend(c.to_lowercase());
    }
    words
}

/// An APNG's frames, each whole (the `image` crate applies each frame's
/// disposal and blending). `declared` is the frame count of its `acTL`, which
/// the budget was checked against: a file holding more frames is refused.
pub(crate) fn decode_animation(input: &[u8], declared: u32) -> Result<Animation> {
    let corrupt = |e: image::ImageError| Error::unsupported(format!("Corrupt PNG: {e}"));
    let decoder = image::codecs::png::PngDecoder::new(Cursor::new(input)).map_err(corrupt)?;
    let decoder = decoder.apng().map_err(corrupt)?;
    let loop_count = match decoder.loop_count() {
        image::metadata::LoopCount::Infinite => 0,
        image::metadata::LoopCount::Finite(n) => u16::try_from(n.get()).unwrap_or(u16::MAX),
    };
    let mut frames = Vec::new();
    for frame in decoder.into_frames() {
        if frames.len() as u64 >= u64::from(declared) {
            return Err(Error::unsupported(
                "Corrupt PNG: more frames than its acTL declares",
            ));
        }
        let frame = frame.map_err(corrupt)?;
        let (numerator, denominator) = frame.delay().numer_denom_ms();
        let duration_ms = numerator.checked_div(denominator).unwrap_or(0);
        let buffer = frame.into_buffer();
        let (width, height) = buffer.dimensions();
        frames.push(Frame {
            image: Image {
                width,
                height,
                layout: Layout::Rgba,
                samples: Samples::U8(buffer.into_raw()),
            },
            duration_ms,
        });
    }
    Ok(Animation::new(frames, loop_count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_types_and_inflate_errors_read_as_words() {
        assert_eq!(
            plain_message(
                "CRC error: expected 0x2bb826e6 have 0xd4b826e6 while decoding ChunkType { type: IDAT, critical: true, private: false, reserved: false, safecopy: false } chunk."
            ),
            "CRC error: expected 0x2bb826e6 have 0xd4b826e6 while decoding IDAT chunk."
        );
        assert_eq!(
            plain_message(
                "ChunkType { type: R\\0y\\0, critical: true, private: false, reserved: true, safecopy: false } chunk appeared before IHDR chunk"
            ),
            "R\\0y\\0 chunk appeared before IHDR chunk"
        );
        assert_eq!(
            plain_message("Corrupt deflate stream. InsufficientInput"),
            "corrupt compressed data (insufficient input)"
        );
        assert_eq!(
            plain_message("Invalid bit depth 3."),
            "Invalid bit depth 3."
        );
        // Cut short, it still never panics.
        assert_eq!(plain_message("ChunkType { type: IDAT"), "IDAT");
    }
}
