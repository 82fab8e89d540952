//! Decoding: bytes of a detected format → [`Image`] plus the metadata and
//! orientation the later stages need. Every decoder checks the declared
//! dimensions against the pixel budget before allocating pixels.

mod avif;
mod jpeg;
mod png;
mod webp;

use crate::error::Result;
use crate::format::Format;
use crate::limits::Limits;
use crate::metadata::{self, Metadata};
use crate::pixels::Image;

/// A decoded image, not yet oriented.
#[derive(Debug)]
pub(crate) struct Decoded {
    /// Pixels as stored in the file.
    pub image: Image,
    /// EXIF-style orientation (1..=8) still to be applied to `image`.
    pub orientation: u8,
    /// EXIF/XMP/ICC found in the file. For CMYK JPEGs the ICC (a CMYK
    /// profile) has already been applied and is `None` here.
    pub metadata: Metadata,
}

pub(crate) use avif::blank_metadata as blank_avif_metadata;
pub(crate) use avif::stored_size as avif_stored_size;
pub(crate) use png::decode_animation as decode_apng;
pub(crate) use webp::decode_animation as decode_webp_animation;
pub(crate) use webp::is_lossless as is_lossless_webp;

/// Decodes `input`, whose format was detected as `format`.
pub(crate) fn decode(format: Format, input: &[u8], limits: &Limits) -> Result<Decoded> {
    match format {
        Format::Avif => {
            let avif = avif::decode(input, limits)?;
            Ok(Decoded {
                image: avif.image,
                orientation: avif.orientation,
                metadata: Metadata {
                    exif: avif.exif,
                    xmp: avif.xmp,
                    icc: avif.icc,
                },
            })
        }
        Format::Jpeg | Format::Png | Format::WebP => {
            let mut metadata = metadata::read(format, input);
            let image = match format {
                Format::Jpeg => jpeg::decode(input, limits, &mut metadata)?,
                Format::Png => png::decode(input, limits)?,
                _ => webp::decode(input, limits)?,
            };
            let orientation = metadata.exif.as_deref().map_or(1, metadata::orientation);
            Ok(Decoded {
                image,
                orientation,
                metadata,
            })
        }
    }
}
