//! # compressorize-core
//!
//! The image-compression engine behind Compressorize: give it the bytes of a
//! JPEG, PNG, WebP or AVIF file and get back a smaller file that looks the same.
//!
//! The pipeline, one module per stage:
//! `format` (detect by magic bytes) → `decode` → `orient` (EXIF/irot applied to
//! pixels) → `color` (ICC → sRGB) → `resize` → `encode` → `metadata` (strip or
//! carry over). [`compress`] runs it all; nothing here touches the network,
//! the file system or global state. Animated WebP and APNG take a road of
//! their own, `animation`: every frame decoded, resized and encoded again.
//!
//! ```no_run
//! use compressorize_core::{compress, Options, OutputFormat, Format, Quality};
//!
//! let input = std::fs::read("photo.jpg")?;
//! let options = Options {
//!     format: OutputFormat::Exactly(Format::WebP),
//!     quality: Quality::Fixed(80),
//!     max_width: Some(1600),
//!     ..Options::default()
//! };
//! let out = compress(&input, &options)?;
//! println!("{} → {} bytes ({}% saved), {}x{}", out.original_size,
//!          out.compressed_size, out.savings_percent(), out.width, out.height);
//! std::fs::write("photo.webp", &out.bytes)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![warn(missing_docs)]

mod animation;
mod color;
mod decode;
mod encode;
mod error;
mod ffi_guard;
mod format;
mod header;
mod limits;
mod metadata;
mod options;
mod orient;
mod pixels;
mod resize;
mod smart;

/// Not part of the API: lets the benches' lab measure the AVIF encoder with
/// libaom settings the library does not offer.
#[doc(hidden)]
pub mod lab {
    /// `image` as AVIF at `quality` and `speed` (as [`crate::Options`]),
    /// with libaom controls `(id, value)` applied after the library's own.
    pub fn avif(
        image: &crate::Image,
        quality: u8,
        speed: u8,
        controls: &[(u32, i32)],
    ) -> crate::Result<Vec<u8>> {
        crate::encode::encode_avif_with_controls(image, quality, speed, None, controls)
    }
}
/// A file of the shared test corpus (`<workspace>/../shared/corpus`), for
/// the unit tests; fails clearly when the corpus is missing.
#[cfg(test)]
pub(crate) fn test_corpus(rel: &str) -> Vec<u8> {
    let root =
        std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus"));
    assert!(
        root.join("MANIFEST.tsv").is_file(),
        "test corpus missing at {} (expected shared/corpus next to the workspace)",
        root.display()
    );
    std::fs::read(root.join(rel)).unwrap_or_else(|e| panic!("corpus file {rel}: {e}"))
}

pub use smart::{
    PerceptualMetric, SmartAim, Source, distance_threshold, perceptual_distance, smart_aim,
    smart_quality_range,
};

pub use error::{Error, Result};
pub use format::{Format, detect};
pub use header::header_dimensions;
pub use limits::Limits;
pub use metadata::Metadata;
pub use options::{
    DEFAULT_SMART_TARGET, Options, OutputFormat, Quality, parse_bool, parse_dimension,
};
pub use pixels::{Image, Layout, Samples};

use encode::EncodeSettings;

/// The result of [`compress`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Compressed {
    /// The output file.
    pub bytes: Vec<u8>,
    /// The output format.
    pub format: Format,
    /// Output width in pixels, as displayed (orientation applied).
    pub width: u32,
    /// Output height in pixels, as displayed (orientation applied).
    pub height: u32,
    /// Input size in bytes.
    pub original_size: usize,
    /// Output size in bytes (`bytes.len()`).
    pub compressed_size: usize,
    /// Encoder quality used, or `None` for lossless and palette output.
    pub quality: Option<u8>,
    /// For [`Quality::Smart`]: the output's perceptual score on the
    /// SSIMULACRA2 scale of [`Options::smart_target`] (higher is closer, at
    /// most 100), as the search measured it: on a sample of tiles for large
    /// photos; exact where SSIMULACRA2 steered (graphics sent to lossy
    /// formats), an estimate along DSSIM's calibration elsewhere (see
    /// [`SmartAim::score`]). `None` for fixed quality, lossless output and
    /// passthrough.
    pub score: Option<f64>,
    /// `true` when no re-encode was smaller and the input came back
    /// (with metadata removed where asked and possible losslessly).
    pub passthrough: bool,
}

impl Compressed {
    /// This result with the input (`bytes`, metadata handled as asked)
    /// coming back instead of a re-encode.
    pub(crate) fn passed_through(self, bytes: Vec<u8>) -> Self {
        Compressed {
            compressed_size: bytes.len(),
            bytes,
            quality: None,
            score: None,
            passthrough: true,
            ..self
        }
    }

    /// Percentage saved, rounded to the nearest integer, never negative.
    ///
    /// ```text
    /// // 1,200,000 → 340,000 bytes is 71.7% smaller: 72.
    /// ```
    #[must_use]
    pub fn savings_percent(&self) -> u8 {
        savings_percent(self.original_size, self.compressed_size)
    }
}

fn savings_percent(original: usize, compressed: usize) -> u8 {
    if original == 0 || compressed >= original {
        return 0;
    }
    let saved = (original - compressed) as f64 / original as f64;
    (saved * 100.0).round() as u8
}

/// Decodes an image to upright pixels (orientation applied, colours as
/// stored). Useful for checking outputs and for perceptual comparisons.
///
/// ```no_run
/// let bytes = std::fs::read("photo.jpg")?;
/// let image = compressorize_core::decode(&bytes, &compressorize_core::Limits::default())?;
/// println!("{}x{}", image.width, image.height);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn decode(input: &[u8], limits: &Limits) -> Result<Image> {
    let format = check_and_detect(input, limits)?;
    let decoded = decode::decode(format, input, limits)?;
    Ok(orient::apply(decoded.image, decoded.orientation))
}

/// The contract's words for a file of another type.
const UNSUPPORTED: &str = "File type is not JPG, PNG, WebP, or AVIF";

/// How many frames `input` holds when it is an animation: an animated WebP,
/// or a PNG whose `acTL` declares more than one frame (APNG). `None` for a
/// still image or one whose header cannot be read. [`compress`] keeps an
/// animation animated (as WebP or PNG); [`decode()`] refuses one.
///
/// ```no_run
/// let bytes = std::fs::read("sticker.webp")?;
/// if let Some(frames) = compressorize_core::animation_frames(&bytes) {
///     println!("{frames} frames");
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn animation_frames(input: &[u8]) -> Option<u32> {
    animation::frame_count(detect(input)?, input)
}

/// What [`compress`] refuses before decoding, checked from `head`, a file's
/// first bytes (or all of it): a format that is not JPEG, PNG, WebP or AVIF,
/// a size over the pixel budget, and an animation asked for as JPEG or AVIF
/// or over the budget with all its frames (where the header says how many:
/// an animated WebP's frames are counted only when `head` holds them all).
/// For a server that stores large inputs to compress them later, so such
/// a file gets its answer at once. Returns the input's format.
pub fn check_header(head: &[u8], options: &Options) -> Result<Format> {
    let format = detect(head).ok_or_else(|| Error::unsupported(UNSUPPORTED))?;
    let dimensions = header_dimensions(head);
    match animation::frame_count(format, head) {
        Some(frames) => {
            animation::check(format, frames, dimensions, options)?;
        }
        None => {
            if let Some((width, height)) = dimensions {
                options.limits.check_dimensions(width, height)?;
            }
        }
    }
    Ok(format)
}

/// The byte limit first (before anything is parsed), then the format.
fn check_and_detect(input: &[u8], limits: &Limits) -> Result<Format> {
    limits.check_input_size(input.len())?;
    detect(input).ok_or_else(|| Error::unsupported(UNSUPPORTED))
}

/// Compresses one image.
///
/// The format is detected from the bytes. Errors map 1:1 to API codes (see
/// [`Error::code`]). The output is never larger than the input when the
/// format stays the same and no resize was asked: the input then comes back.
/// The one exception is an arithmetic-coded JPEG, which browsers cannot
/// show: it is always re-encoded (Huffman-coded), even when that is larger.
pub fn compress(input: &[u8], options: &Options) -> Result<Compressed> {
    options.validate()?;
    let input_format = check_and_detect(input, &options.limits)?;
    if let Some(frames) = animation::frame_count(input_format, input) {
        return animation::compress(input, input_format, frames, options);
    }
    let output_format = match options.format {
        OutputFormat::Auto => input_format,
        OutputFormat::Exactly(format) => format,
    };
    let decoded = decode::decode(input_format, input, &options.limits)?;
    let original_metadata = decoded.metadata;
    let orientation = decoded.orientation;
    let mut image = orient::apply(decoded.image, orientation);

    // Colour: keep the profile (and the pixels as they are) only when metadata
    // is kept and the output can carry it; otherwise convert to sRGB.
    let keep_icc = !options.strip_metadata && output_format != Format::Avif;
    if !keep_icc && let Some(icc) = &original_metadata.icc {
        color::convert_to_srgb(&mut image, icc);
    }

    let (width, height) = resize::fit(
        image.width,
        image.height,
        options.max_width,
        options.max_height,
    );
    let resized = (width, height) != (image.width, image.height);
    if resized {
        image = resize::resize(&image, width, height)?;
    }

    let output_metadata = if options.strip_metadata {
        Metadata::default()
    } else {
        Metadata {
            exif: original_metadata
                .exif
                .as_deref()
                .map(metadata::reset_orientation),
            xmp: original_metadata.xmp.clone(),
            icc: original_metadata.icc.clone().filter(|_| keep_icc),
        }
    };
    // A colour image with only grey to show is coded as grey: JPEG and AVIF
    // then code one plane instead of three, the same pixels in fewer bytes.
    // Not where an RGB profile is kept, which cannot describe grey pixels.
    if output_metadata.icc.is_none()
        && let Some(grey) = image.to_grey_if_colourless()
    {
        image = grey;
    }
    let (bytes, quality, score) = encode(
        &image,
        Source::of(input_format, input),
        output_format,
        &output_metadata,
        options,
    )?;
    let bytes = if output_format == Format::Avif || output_metadata == Metadata::default() {
        bytes
    } else {
        metadata::embed(output_format, bytes, &output_metadata)?
    };

    let mut result = Compressed {
        compressed_size: bytes.len(),
        bytes,
        format: output_format,
        width,
        height,
        original_size: input.len(),
        quality,
        score,
        passthrough: false,
    };
    // Browsers cannot show arithmetic coding: such an input never comes back.
    if output_format == input_format
        && !resized
        && result.compressed_size >= input.len()
        && !(input_format == Format::Jpeg && metadata::is_arithmetic_jpeg(input))
    {
        let bytes = passthrough(
            input_format,
            input,
            options.strip_metadata,
            orientation,
            &original_metadata,
        )?;
        result = result.passed_through(bytes);
    }
    Ok(result)
}

/// Encodes at the fixed quality asked, or lets the smart search choose.
/// Returns the bytes, the encoder quality and the smart score.
fn encode(
    image: &Image,
    source: Source,
    output_format: Format,
    metadata: &Metadata,
    options: &Options,
) -> Result<(Vec<u8>, Option<u8>, Option<f64>)> {
    let settings = EncodeSettings {
        avif_exif: metadata.exif.as_deref(),
        ..EncodeSettings::at_quality(80, options.avif_speed, options.png_timeout)
    };
    match options.quality {
        Quality::Fixed(quality) => {
            let settings = EncodeSettings {
                quality,
                ..settings
            };
            let bytes = encode::encode(image, output_format, &settings)?;
            let quality = (output_format != Format::Png).then_some(quality);
            Ok((bytes, quality, None))
        }
        Quality::Smart => {
            let outcome = smart::encode(
                image,
                source,
                output_format,
                &settings,
                options.smart_target,
            )?;
            Ok((outcome.bytes, outcome.quality, outcome.score))
        }
    }
}

/// The input itself, with metadata removed where asked. What the browser
/// shows must not change, so the ICC profile stays (pixels were not
/// converted) and a non-upright image keeps a minimal orientation tag.
pub(crate) fn passthrough(
    format: Format,
    input: &[u8],
    strip: bool,
    orientation: u8,
    original: &Metadata,
) -> Result<Vec<u8>> {
    if !strip {
        return Ok(input.to_vec());
    }
    if format == Format::Avif {
        // Orientation (irot/imir) and colour (colr) live in item properties,
        // which stay; only the Exif/XMP payloads are blanked.
        return decode::blank_avif_metadata(input);
    }
    let keep = Metadata {
        exif: (orientation != 1).then(|| metadata::minimal_orientation_exif(orientation)),
        xmp: None,
        icc: original.icc.clone(),
    };
    metadata::strip(format, input, &keep)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn savings_round_and_never_go_negative() {
        assert_eq!(savings_percent(1_200_000, 340_000), 72);
        assert_eq!(savings_percent(100, 100), 0);
        assert_eq!(savings_percent(100, 150), 0);
        assert_eq!(savings_percent(100, 0), 100);
    }
}
