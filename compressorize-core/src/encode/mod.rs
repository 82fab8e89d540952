//! Encoding: [`Image`] → bytes of the output format with given settings.
//! Metadata is added afterwards (except AVIF EXIF, which the AVIF container takes as it is built).

mod av1;
mod avif;
mod jpeg;
pub(crate) mod png;
pub(crate) mod webp;

use std::time::Duration;

use crate::error::Result;
use crate::format::Format;
use crate::pixels::Image;

pub(crate) use avif::encode_with_controls as encode_avif_with_controls;
pub(crate) use jpeg::{
    codes_grey as jpeg_codes_grey, recode_with_searched_scans as recode_jpeg_with_searched_scans,
};
pub(crate) use png::{IndexedImage, encode_indexed as encode_indexed_png};

/// JPEG chroma subsampling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Chroma {
    /// Colour at half resolution both ways: smallest for photos.
    Half,
    /// Colour at full resolution: keeps red detail and coloured text sharp.
    Full,
}

/// WebP coding mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WebpMode {
    /// VP8, at `EncodeSettings::quality`.
    Lossy,
    /// VP8 from libwebp's sharp RGB → YUV conversion, which chooses the
    /// half-resolution chroma so that coloured lines and text do not bleed:
    /// on the corpus screenshots and diagrams it lifted SSIMULACRA2 by up to
    /// 16 points at the same quality for 13–17% more bytes; on photos it
    /// cost 1% at equal score.
    LossySharpYuv,
    /// VP8L, exact pixels.
    Lossless,
    /// VP8L after libwebp's near-lossless preprocessing at this level
    /// (0 = most changed, 100 = lossless).
    NearLossless(u8),
}

/// How an image should be encoded.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EncodeSettings<'a> {
    /// Encoder quality 1..=100 (ignored by lossless modes).
    pub quality: u8,
    /// JPEG chroma subsampling.
    pub chroma: Chroma,
    /// WebP mode.
    pub webp: WebpMode,
    /// AVIF speed, 1 (slowest, smallest) ..= 10 (fastest): see [`Options::avif_speed`].
    ///
    /// [`Options::avif_speed`]: crate::Options::avif_speed
    pub avif_speed: u8,
    /// EXIF to embed (AVIF only; other formats get metadata afterwards).
    pub avif_exif: Option<&'a [u8]>,
    /// Time budget for oxipng.
    pub png_timeout: Duration,
    /// Probe encode: skip work that changes the size a little and the
    /// pixels hardly at all (JPEG: sequential instead of progressive with
    /// scan search; lossy WebP: effort 4 instead of 6).
    pub fast: bool,
}

impl EncodeSettings<'_> {
    /// The defaults for a quality: 4:2:0 JPEG, lossy WebP, AVIF at `avif_speed`.
    pub(crate) fn at_quality(quality: u8, avif_speed: u8, png_timeout: Duration) -> Self {
        EncodeSettings {
            quality,
            chroma: Chroma::Half,
            webp: WebpMode::Lossy,
            avif_speed,
            avif_exif: None,
            png_timeout,
            fast: false,
        }
    }
}

/// Encodes `image` as `format`.
pub(crate) fn encode(
    image: &Image,
    format: Format,
    settings: &EncodeSettings<'_>,
) -> Result<Vec<u8>> {
    match format {
        Format::Jpeg => jpeg::encode(image, settings.quality, settings.chroma, settings.fast),
        Format::Png => png::encode(image, settings.png_timeout),
        Format::WebP => webp::encode(image, settings.quality, settings.webp, settings.fast),
        Format::Avif => avif::encode(
            image,
            settings.quality,
            settings.avif_speed,
            settings.avif_exif,
        ),
    }
}

/// Which of `format`'s codings a quality selects: two qualities with the
/// same key give the same bytes for the same image and other settings.
/// AVIF maps libavif's 100 qualities onto libaom's 64 quantisers, so about
/// a third of neighbouring qualities code alike, and smart's search does
/// not encode them twice. Other formats: the quality itself (no claim).
/// `alpha`: whether the image has an alpha channel (AVIF codes it with a
/// quantiser of its own).
pub(crate) fn coding_key(format: Format, quality: u8, alpha: bool) -> (u8, u8) {
    match format {
        Format::Avif => avif::quantizers(quality, alpha),
        Format::Jpeg | Format::Png | Format::WebP => (quality, 0),
    }
}
