//! Limits checked before the work they guard: the byte size before anything is
//! parsed, the pixel count (read from the header) before any pixel buffer is
//! allocated.

use crate::error::{Error, Result};

/// Resource limits for one compression.
///
/// ```
/// let limits = compressorize_core::Limits::default();
/// assert_eq!(limits.max_input_bytes, 25 * 1024 * 1024);
/// assert_eq!(limits.max_pixels, 100_000_000);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Largest accepted input, in bytes. Default: 25 MiB (26,214,400 bytes).
    pub max_input_bytes: usize,
    /// Largest accepted `width × height` of the decoded image (each frame, each
    /// AVIF grid as a whole). Default: 100,000,000 (100 megapixels).
    pub max_pixels: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 25 * 1024 * 1024,
            max_pixels: 100_000_000,
        }
    }
}

impl Limits {
    /// Default limits with a different pixel budget.
    #[must_use]
    pub fn with_max_pixels(mut self, max_pixels: u64) -> Self {
        self.max_pixels = max_pixels;
        self
    }

    /// Default limits with a different byte limit.
    #[must_use]
    pub fn with_max_input_bytes(mut self, max_input_bytes: usize) -> Self {
        self.max_input_bytes = max_input_bytes;
        self
    }

    /// `FileTooLarge` when `len` exceeds [`Limits::max_input_bytes`].
    pub fn check_input_size(&self, len: usize) -> Result<()> {
        if len > self.max_input_bytes {
            return Err(Error::too_large(format!(
                "File is {len} bytes; the limit is {} bytes ({} MB)",
                self.max_input_bytes,
                self.max_input_bytes / (1024 * 1024)
            )));
        }
        Ok(())
    }

    /// `FileTooLarge` when the declared dimensions exceed the pixel budget,
    /// `UnsupportedFormat` when a dimension is zero.
    pub fn check_dimensions(&self, width: u32, height: u32) -> Result<()> {
        if width == 0 || height == 0 {
            return Err(Error::unsupported(format!(
                "Image declares an empty size ({width}x{height})"
            )));
        }
        let pixels = u64::from(width) * u64::from(height);
        if pixels > self.max_pixels {
            return Err(Error::too_large(format!(
                "Image is {width}x{height} ({pixels} pixels); the limit is {} pixels",
                self.max_pixels
            )));
        }
        Ok(())
    }
}
