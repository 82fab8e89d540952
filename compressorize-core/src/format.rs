//! Format detection by magic bytes only: never by file name or Content-Type.

use std::fmt;
use std::str::FromStr;

/// An image format this library reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// JPEG (JFIF/EXIF).
    Jpeg,
    /// PNG.
    Png,
    /// WebP (lossy VP8 or lossless VP8L in RIFF).
    WebP,
    /// AVIF (AV1 in HEIF).
    Avif,
}

impl Format {
    /// The lower-case API name: `jpeg`, `png`, `webp`, `avif`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Format::Jpeg => "jpeg",
            Format::Png => "png",
            Format::WebP => "webp",
            Format::Avif => "avif",
        }
    }

    /// Usual file extension, without the dot (`jpg` for JPEG).
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Format::Jpeg => "jpg",
            other => other.name(),
        }
    }

    /// The MIME type for `Content-Type`.
    #[must_use]
    pub fn mime_type(self) -> &'static str {
        match self {
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
            Format::WebP => "image/webp",
            Format::Avif => "image/avif",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "jpeg" | "jpg" => Ok(Format::Jpeg),
            "png" => Ok(Format::Png),
            "webp" => Ok(Format::WebP),
            "avif" => Ok(Format::Avif),
            _ => Err(()),
        }
    }
}

/// Detects the format from the first bytes of a file.
///
/// Returns `None` for anything that is not JPEG, PNG, WebP or AVIF, including
/// GIF, TIFF, BMP, SVG, HEIC, JPEG XL and JPEG 2000.
///
/// ```
/// use compressorize_core::{detect, Format};
/// assert_eq!(detect(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(Format::Png));
/// assert_eq!(detect(b"GIF89a"), None);
/// ```
#[must_use]
pub fn detect(bytes: &[u8]) -> Option<Format> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some(Format::Jpeg);
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some(Format::Png);
    }
    if bytes.len() >= 16 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Some(Format::WebP);
    }
    if is_avif(bytes) {
        return Some(Format::Avif);
    }
    None
}

/// An ISO-BMFF `ftyp` box whose major or compatible brands include `avif`
/// (still image) or `avis` (sequence). HEIC (`heic`, `mif1` only) is not AVIF.
fn is_avif(bytes: &[u8]) -> bool {
    if bytes.len() < 16 || &bytes[4..8] != b"ftyp" {
        return false;
    }
    let box_size = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
    if box_size < 16 || box_size > bytes.len() {
        return false;
    }
    let major = &bytes[8..12];
    let compatible = bytes[16..box_size].chunks_exact(4);
    std::iter::once(major)
        .chain(compatible)
        .any(|brand| brand == b"avif" || brand == b"avis")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_format_and_rejects_others() {
        assert_eq!(detect(&[0xFF, 0xD8, 0xFF, 0xE0]), Some(Format::Jpeg));
        assert_eq!(detect(b"RIFF\0\0\0\0WEBPVP8 "), Some(Format::WebP));
        let mut avif = vec![0, 0, 0, 20];
        avif.extend_from_slice(b"ftypavif\0\0\0\0mif1");
        assert_eq!(detect(&avif), Some(Format::Avif));
        let mut heic = vec![0, 0, 0, 20];
        heic.extend_from_slice(b"ftypheic\0\0\0\0mif1");
        assert_eq!(detect(&heic), None);
        assert_eq!(detect(b""), None);
        assert_eq!(detect(b"II*\0"), None);
        assert_eq!(detect(b"<svg"), None);
    }
}
