//! An image's stored size read from its header, without decoding: what a
//! server can check against [`Limits`](crate::Limits) before it stores an
//! upload for later, and what its time estimates count. The decoders read
//! the same fields and check them again before they allocate. The walks
//! over each container are the ones metadata handling already has (and,
//! for AVIF, the decoder's box parser).

use crate::format::{Format, detect};
use crate::{decode, metadata};

/// Width and height as the file stores them (before EXIF orientation), read
/// from the header without decoding: JPEG's frame header (SOF), PNG's IHDR,
/// WebP's VP8, VP8L or VP8X header, AVIF's primary item (its grid, or its
/// `ispe`). `None` when `input` is not one of these formats, or ends before
/// the header does (it may be only a file's first bytes), or the header
/// cannot be read.
///
/// A PNG's IHDR must be whole and its CRC right: the decoder refuses the
/// file otherwise, so its size would mean nothing.
///
/// ```
/// // The signature, then IHDR: 640 × 480, 8-bit RGBA, and its CRC.
/// let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
/// png.extend_from_slice(&640u32.to_be_bytes());
/// png.extend_from_slice(&480u32.to_be_bytes());
/// png.extend_from_slice(&[8, 6, 0, 0, 0]);
/// png.extend_from_slice(&0x35d1_dce4u32.to_be_bytes());
/// assert_eq!(compressorize_core::header_dimensions(&png), Some((640, 480)));
///
/// *png.last_mut().unwrap() ^= 1; // a damaged IHDR
/// assert_eq!(compressorize_core::header_dimensions(&png), None);
/// assert_eq!(compressorize_core::header_dimensions(b"GIF89a"), None);
/// ```
#[must_use]
pub fn header_dimensions(input: &[u8]) -> Option<(u32, u32)> {
    match detect(input)? {
        Format::Jpeg => metadata::jpeg_frame_size(input),
        Format::Png => metadata::png_header_size(input),
        Format::WebP => metadata::webp_canvas_size(input),
        Format::Avif => decode::avif_stored_size(input),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_progressive_jpeg_frame_after_an_app_segment() {
        // SOI, an empty APP0, then a whole SOF2 (progressive) segment:
        // 8-bit, 300 high, 600 wide, three components.
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC2, 0x00, 0x11, 0x08, 0x01,
            0x2C, 0x02, 0x58, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
        ];
        assert_eq!(header_dimensions(&jpeg), Some((600, 300)));
    }

    #[test]
    fn a_header_cut_short_is_unknown() {
        assert_eq!(header_dimensions(&[0xFF, 0xD8, 0xFF]), None);
        assert_eq!(
            header_dimensions(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0"),
            None
        );
        let avif = crate::test_corpus("avif/fox.8bpc.yuv420.avif");
        assert!(header_dimensions(&avif).is_some());
        assert_eq!(header_dimensions(&avif[..40]), None);
    }
}
