//! An image's stored size read from its header, without decoding: what a
//! server can check against [`Limits`](crate::Limits) before it stores an
//! upload for later, and what its time estimates count. The decoders read
//! the same fields and check them again before they allocate.

use crate::decode;
use crate::format::{Format, detect};

/// Width and height as the file stores them (before EXIF orientation), read
/// from the header without decoding: JPEG's frame header (SOF), PNG's IHDR,
/// WebP's VP8, VP8L or VP8X header, AVIF's primary item (its grid, or its
/// `ispe`). `None` when `input` is not one of these formats, or ends before
/// the header does (it may be only a file's first bytes), or the header
/// cannot be read.
///
/// ```
/// let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
/// png.extend_from_slice(&640u32.to_be_bytes());
/// png.extend_from_slice(&480u32.to_be_bytes());
/// assert_eq!(compressorize_core::header_dimensions(&png), Some((640, 480)));
/// assert_eq!(compressorize_core::header_dimensions(b"GIF89a"), None);
/// ```
#[must_use]
pub fn header_dimensions(input: &[u8]) -> Option<(u32, u32)> {
    match detect(input)? {
        Format::Jpeg => jpeg_frame_size(input),
        Format::Png => Some((be32(input, 16)?, be32(input, 20)?)).filter(|_| {
            // The PNG decoder takes IHDR only as the first chunk.
            input.get(12..16) == Some(b"IHDR")
        }),
        Format::WebP => webp_size(input),
        Format::Avif => decode::avif_stored_size(input),
    }
}

/// The first frame header's size, walking the marker segments as libjpeg
/// does up to it.
fn jpeg_frame_size(input: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    while at + 4 <= input.len() {
        if input[at] != 0xFF {
            at += 1;
            continue;
        }
        let marker = input[at + 1];
        // Fill bytes, and markers without a length (TEM, RSTn, SOI).
        if marker == 0xFF || marker == 0x01 || (0xD0..=0xD8).contains(&marker) {
            at += if marker == 0xFF { 1 } else { 2 };
            continue;
        }
        // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC).
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            return Some((be16(input, at + 7)?, be16(input, at + 5)?));
        }
        at += 2 + be16(input, at + 2)? as usize;
    }
    None
}

/// The canvas size of a simple lossy (VP8), lossless (VP8L) or extended
/// (VP8X) WebP.
fn webp_size(input: &[u8]) -> Option<(u32, u32)> {
    match input.get(12..16)? {
        b"VP8 " => Some((le(input, 26, 2)? & 0x3FFF, le(input, 28, 2)? & 0x3FFF)),
        b"VP8L" => {
            let bits = le(input, 21, 4)?;
            Some(((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1))
        }
        b"VP8X" => Some((le(input, 24, 3)? + 1, le(input, 27, 3)? + 1)),
        _ => None,
    }
}

fn be16(input: &[u8], at: usize) -> Option<u32> {
    Some(u32::from(u16::from_be_bytes(
        input.get(at..at + 2)?.try_into().ok()?,
    )))
}

fn be32(input: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(input.get(at..at + 4)?.try_into().ok()?))
}

/// `len` bytes at `at`, little-endian.
fn le(input: &[u8], at: usize, len: usize) -> Option<u32> {
    let bytes = input.get(at..at + len)?;
    Some(
        bytes
            .iter()
            .rev()
            .fold(0, |value, &byte| (value << 8) | u32::from(byte)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_progressive_jpeg_frame_after_an_app_segment() {
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC2, 0x00, 0x11, 0x08, 0x01,
            0x2C, 0x02, 0x58, 0x03,
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
