//! Animated WebP and animated PNG (APNG) in, animated WebP or APNG out.
//!
//! The frames are decoded whole onto the canvas (each frame's disposal and
//! blending applied), resized alike, and coded again:
//!
//! - as an animated WebP by libwebp's animation encoder, at the quality
//!   asked, or for [`Quality::Smart`] at the lowest quality whose frames,
//!   as coded, meet the target (losslessly where the middle frame is best
//!   lossless; see [`smart::encode_webp_animation`]);
//! - as an APNG, losslessly, optimised by oxipng. An APNG that stays an
//!   APNG at its size skips the frames altogether: oxipng optimises the
//!   file as it is, its frames' deltas and all. For [`Quality::Smart`],
//!   also as palette frames in one palette at the fewest colours that meet
//!   the target ([`smart::encode_apng`]); the smaller of the two wins.
//!
//! Durations and the loop count are kept. Animated AVIF input, and JPEG or
//! AVIF output of an animation, are refused rather than reduced to one
//! frame. The pixel budget counts every frame, and is checked from the
//! header before anything is decoded.

use std::io::Cursor;

use crate::encode::{self, EncodeSettings, WebpMode};
use crate::error::{Error, Result};
use crate::format::Format;
use crate::metadata::{self, Metadata};
use crate::options::{Options, OutputFormat, Quality};
use crate::pixels::Image;
use crate::{Compressed, Source, color, resize, smart};

/// The most frames an animation may hold. Each costs an encode of its own
/// whatever its size, so a file of many tiny frames (an animated WebP frame
/// takes a few dozen bytes) would take minutes within the pixel budget.
/// 10,000 frames is over five minutes at 30 frames a second.
pub(crate) const MAX_FRAMES: u32 = 10_000;

/// Frames of one size, each 8-bit RGBA, shown one after the other.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Animation {
    pub width: u32,
    pub height: u32,
    pub frames: Vec<Frame>,
    /// How many times the animation plays; 0 is for ever.
    pub loop_count: u16,
}

impl Animation {
    /// `frames` (the canvas is the first one's size; none: 0 x 0).
    pub(crate) fn new(frames: Vec<Frame>, loop_count: u16) -> Self {
        let (width, height) = frames
            .first()
            .map_or((0, 0), |f| (f.image.width, f.image.height));
        Animation {
            width,
            height,
            frames,
            loop_count,
        }
    }
}

/// One frame of an [`Animation`]: the whole canvas as it is shown.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Frame {
    pub image: Image,
    pub duration_ms: u32,
}

/// The number of frames when `input` is an animation, read from its
/// header: an animated WebP (any number of frames), or a PNG whose `acTL`
/// declares more than one. `None` for still images, and for input whose
/// header cannot be read (the still decoder then says what is wrong).
pub(crate) fn frame_count(format: Format, input: &[u8]) -> Option<u32> {
    match format {
        Format::WebP => {
            let decoder = image_webp::WebPDecoder::new(Cursor::new(input)).ok()?;
            decoder.is_animated().then(|| decoder.num_frames())
        }
        Format::Png => {
            let reader = png::Decoder::new(Cursor::new(input)).read_info().ok()?;
            let frames = reader.info().animation_control()?.num_frames;
            (frames > 1).then_some(frames)
        }
        Format::Jpeg | Format::Avif => None,
    }
}

/// [`crate::compress`] for an animation of `frames` frames (see the module
/// documentation).
pub(crate) fn compress(
    input: &[u8],
    input_format: Format,
    frames: u32,
    options: &Options,
) -> Result<Compressed> {
    let (width, height) = crate::header_dimensions(input)
        .ok_or_else(|| Error::unsupported("The animation's header cannot be read"))?;
    let output_format = check(input_format, frames, Some((width, height)), options)?;
    let (out_width, out_height) = resize::fit(width, height, options.max_width, options.max_height);
    let resized = (out_width, out_height) != (width, height);
    let original_metadata = metadata::read(input_format, input);
    let source = Source::of(input_format, input);

    // What each candidate is: its bytes, quality and score.
    let mut candidates: Vec<(Vec<u8>, Option<u8>, Option<f64>)> = Vec::new();
    let stays_apng = input_format == Format::Png && output_format == Format::Png && !resized;
    if stays_apng {
        // An APNG as it is, losslessly; nothing was decoded, so the ICC
        // profile stays whatever is asked (the pixels were not converted).
        let bytes = encode::png::optimise_apng(input, options.png_timeout, options.strip_metadata)?;
        candidates.push((bytes, None, None));
    }
    let smart_png = output_format == Format::Png
        && options.quality == Quality::Smart
        && smart::palette_fits(out_width, out_height, frames);
    if !stays_apng || smart_png {
        let mut animation = decode(input_format, input, frames)?;
        if (animation.width, animation.height) != (width, height) {
            return Err(Error::unsupported(format!(
                "Corrupt animation: its frames are {}x{}, its header says {width}x{height}",
                animation.width, animation.height
            )));
        }
        let keep_icc = !options.strip_metadata;
        if !keep_icc && let Some(icc) = &original_metadata.icc {
            for frame in &mut animation.frames {
                color::convert_to_srgb(&mut frame.image, icc);
            }
        }
        if resized {
            for frame in &mut animation.frames {
                frame.image = resize::resize(&frame.image, out_width, out_height)?;
            }
            (animation.width, animation.height) = (out_width, out_height);
        }
        let mut encoded = Vec::new();
        if output_format == Format::WebP {
            encoded.push(encode_webp(&animation, source, options)?);
        } else {
            if smart_png
                && let Some((apng, score)) = smart::encode_apng(
                    &animation,
                    source,
                    options.png_timeout,
                    options.smart_target,
                )?
            {
                encoded.push((apng, None, Some(score)));
            }
            if !stays_apng {
                let apng = encode::png::encode_animation(&animation, options.png_timeout)?;
                encoded.push((apng, None, None));
            }
        }
        let keep = if options.strip_metadata {
            Metadata::default()
        } else {
            original_metadata.clone()
        };
        for (bytes, quality, score) in encoded {
            let bytes = if keep == Metadata::default() {
                bytes
            } else {
                metadata::embed(output_format, bytes, &keep)?
            };
            candidates.push((bytes, quality, score));
        }
    }
    let (bytes, quality, score) = candidates
        .into_iter()
        .min_by_key(|(bytes, _, _)| bytes.len())
        .ok_or_else(|| Error::failed("no animation was encoded"))?;

    let mut result = Compressed {
        compressed_size: bytes.len(),
        bytes,
        format: output_format,
        width: out_width,
        height: out_height,
        original_size: input.len(),
        quality,
        score,
        passthrough: false,
    };
    if output_format == input_format && !resized && result.compressed_size >= input.len() {
        // Animations are shown as stored: orientation 1.
        let bytes = crate::passthrough(
            input_format,
            input,
            options.strip_metadata,
            1,
            &original_metadata,
        )?;
        result = result.passed_through(bytes);
    }
    Ok(result)
}

/// What is refused before any work, from the header of an animation of
/// `frames` frames on a canvas of `dimensions` (where the header gave
/// them): output as JPEG or AVIF (`InvalidParam`), more than [`MAX_FRAMES`] frames, and a
/// canvas, or a canvas times the frames, over the pixel budget
/// (`FileTooLarge`: every frame is decoded whole). Returns the output
/// format.
pub(crate) fn check(
    input_format: Format,
    frames: u32,
    dimensions: Option<(u32, u32)>,
    options: &Options,
) -> Result<Format> {
    let output_format = match options.format {
        OutputFormat::Auto => input_format,
        OutputFormat::Exactly(format) => format,
    };
    if !matches!(output_format, Format::WebP | Format::Png) {
        return Err(Error::InvalidParam {
            param: "format",
            message: format!(
                "The image is an animation ({frames} frames), which {} cannot hold: use webp, png, or auto",
                output_format.name()
            ),
        });
    }
    if frames > MAX_FRAMES {
        return Err(Error::too_large(format!(
            "The animation has {frames} frames; the limit is {MAX_FRAMES}"
        )));
    }
    if let Some((width, height)) = dimensions {
        check_budget(width, height, frames, options)?;
    }
    Ok(output_format)
}

/// `FileTooLarge` when the canvas, or the canvas times the frames, exceeds
/// the pixel budget.
fn check_budget(width: u32, height: u32, frames: u32, options: &Options) -> Result<()> {
    let limits = &options.limits;
    limits.check_dimensions(width, height)?;
    let pixels = u64::from(width) * u64::from(height) * u64::from(frames);
    if pixels > limits.max_pixels {
        return Err(Error::too_large(format!(
            "The animation is {width}x{height} with {frames} frames ({pixels} pixels in all); the limit is {} pixels",
            limits.max_pixels
        )));
    }
    Ok(())
}

/// Every frame of `input`, whole, in 8-bit RGBA. `declared` is the frame
/// count its header gave, which the budget was checked against: a file
/// holding more frames is refused.
fn decode(format: Format, input: &[u8], declared: u32) -> Result<Animation> {
    let animation = match format {
        Format::WebP => crate::decode::decode_webp_animation(input)?,
        Format::Png => crate::decode::decode_apng(input, declared)?,
        Format::Jpeg | Format::Avif => return Err(Error::failed("not an animated format")),
    };
    if animation.frames.is_empty() {
        return Err(Error::unsupported("The animation holds no frame"));
    }
    Ok(animation)
}

/// The animation as WebP: at the quality asked, or at the one smart finds
/// for its frames ([`smart::encode_webp_animation`]). Returns the bytes,
/// the quality (`None` when lossless) and smart's score for its median
/// judged frame.
fn encode_webp(
    animation: &Animation,
    source: Source,
    options: &Options,
) -> Result<(Vec<u8>, Option<u8>, Option<f64>)> {
    let key = &animation.frames[animation.frames.len() / 2].image;
    let lossy_mode = if key.looks_like_graphic() {
        WebpMode::LossySharpYuv
    } else {
        WebpMode::Lossy
    };
    match options.quality {
        Quality::Fixed(quality) => Ok((
            encode::webp::encode_animation(animation, quality, lossy_mode)?,
            Some(quality),
            None,
        )),
        Quality::Smart => {
            let settings = EncodeSettings::at_quality(80, options.avif_speed, options.png_timeout);
            let outcome = smart::encode_webp_animation(
                animation,
                source,
                &settings,
                options.smart_target,
                lossy_mode,
            )?;
            Ok((outcome.bytes, outcome.quality, outcome.score))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pixels::{Layout, Samples};

    /// Three 16 x 8 frames of one flat colour each, `durations` long.
    fn flat_animation(durations: [u32; 3]) -> Animation {
        let colours = [[200, 30, 30, 255], [30, 200, 30, 255], [30, 30, 200, 128]];
        let frames = colours
            .iter()
            .zip(durations)
            .map(|(colour, duration_ms)| Frame {
                image: Image {
                    width: 16,
                    height: 8,
                    layout: Layout::Rgba,
                    samples: Samples::U8(colour.repeat(16 * 8)),
                },
                duration_ms,
            })
            .collect();
        Animation {
            width: 16,
            height: 8,
            frames,
            loop_count: 2,
        }
    }

    #[test]
    fn webp_and_apng_keep_every_duration_even_zero_and_long_ones() {
        let durations = [0, 40, 70_000];
        let animation = flat_animation(durations);
        let webp = encode::webp::encode_animation(&animation, 90, WebpMode::Lossy).unwrap();
        let decoded = crate::decode::decode_webp_animation(&webp).unwrap();
        let apng =
            encode::png::encode_animation(&animation, std::time::Duration::from_secs(3)).unwrap();
        assert_eq!(frame_count(Format::Png, &apng), Some(3));
        let decoded_apng = crate::decode::decode_apng(&apng, 3).unwrap();
        for decoded in [&decoded, &decoded_apng] {
            assert_eq!(decoded.loop_count, 2);
            assert_eq!(decoded.frames.len(), 3);
            let got: Vec<u32> = decoded.frames.iter().map(|f| f.duration_ms).collect();
            assert_eq!(got, durations);
        }
        // The last frame's colour and alpha, as shown.
        assert_eq!(decoded_apng.frames[2].image, animation.frames[2].image);
        let Samples::U8(last) = &decoded.frames[2].image.samples else {
            panic!("8-bit")
        };
        let pixel = &last[..4];
        assert!(
            pixel[2] > 180 && pixel[0] < 50 && pixel[3] == 128,
            "{pixel:?}"
        );
    }

    #[test]
    fn metadata_kept_on_request_goes_into_the_animated_webp() {
        let animation = flat_animation([100, 100, 100]);
        let webp = encode::webp::encode_animation(&animation, 90, WebpMode::Lossy).unwrap();
        let keep = Metadata {
            exif: Some(metadata::minimal_orientation_exif(1)),
            xmp: Some(b"<x:xmpmeta xmlns:x='adobe:ns:meta/'/>".to_vec()),
            icc: None,
        };
        let with = metadata::embed(Format::WebP, webp, &keep).unwrap();
        assert_eq!(metadata::read(Format::WebP, &with), keep);
        assert_eq!(frame_count(Format::WebP, &with), Some(3));
        assert_eq!(
            crate::decode::decode_webp_animation(&with)
                .unwrap()
                .frames
                .len(),
            3
        );
    }

    #[test]
    fn more_frames_than_the_limit_are_refused_before_decoding() {
        let options = Options::default();
        let error = check(Format::WebP, MAX_FRAMES + 1, None, &options).expect_err("refused");
        assert_eq!(error.code(), "file_too_large");
        assert!(check(Format::WebP, MAX_FRAMES, None, &options).is_ok());
    }
}
