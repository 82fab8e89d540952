//! Encoding: [`Image`] → bytes of the output format at a given quality.
//! Metadata is added afterwards (except AVIF EXIF, which ravif writes itself).

mod avif;
mod jpeg;
mod png;
mod webp;

use crate::error::Result;
use crate::format::Format;
use crate::options::Options;
use crate::pixels::Image;

/// How an image should be encoded.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EncodeSettings<'a> {
    /// Encoder quality 1..=100 (ignored by lossless modes).
    pub quality: u8,
    /// Lossless WebP instead of lossy.
    pub webp_lossless: bool,
    /// EXIF to embed (AVIF only; other formats get metadata afterwards).
    pub avif_exif: Option<&'a [u8]>,
}

/// Encodes `image` as `format`.
pub(crate) fn encode(
    image: &Image,
    format: Format,
    settings: &EncodeSettings<'_>,
    options: &Options,
) -> Result<Vec<u8>> {
    match format {
        Format::Jpeg => jpeg::encode(image, settings.quality),
        Format::Png => png::encode(image, options.png_timeout),
        Format::WebP => webp::encode(image, settings.quality, settings.webp_lossless),
        Format::Avif => avif::encode(
            image,
            settings.quality,
            options.avif_speed,
            settings.avif_exif,
        ),
    }
}
