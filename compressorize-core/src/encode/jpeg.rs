//! JPEG encoding with mozjpeg: progressive, optimised Huffman tables, trellis
//! quantisation, 4:2:0 or 4:4:4 chroma. Alpha is composited over white.

use mozjpeg::{ColorSpace, Compress};

use super::Chroma;
use crate::error::{Error, Result};
use crate::ffi_guard::guard;
use crate::pixels::{Image, Layout, Samples};

/// `fast`: the standard progressive script instead of mozjpeg's scan
/// search; same pixels, a few percent larger (for probes).
pub(crate) fn encode(image: &Image, quality: u8, chroma: Chroma, fast: bool) -> Result<Vec<u8>> {
    let flat = image.flatten_on_white();
    let Samples::U8(pixels) = &flat.samples else {
        unreachable!("flatten_on_white returns 8-bit samples")
    };
    let gray = flat.layout == Layout::Gray;
    guard(
        || {
            let mut c = Compress::new(if gray {
                ColorSpace::JCS_GRAYSCALE
            } else {
                ColorSpace::JCS_RGB
            });
            c.set_size(flat.width as usize, flat.height as usize);
            c.set_quality(f32::from(quality));
            c.set_progressive_mode();
            c.set_optimize_coding(true);
            c.set_optimize_scans(!fast);
            if !gray {
                let size = match chroma {
                    Chroma::Half => (2, 2),
                    Chroma::Full => (1, 1),
                };
                c.set_chroma_sampling_pixel_sizes(size, size);
            }
            let fail = |e: std::io::Error| Error::failed(format!("JPEG encoding failed: {e}"));
            let mut started = c.start_compress(Vec::new()).map_err(fail)?;
            started.write_scanlines(pixels).map_err(fail)?;
            started.finish().map_err(fail)
        },
        |message| Error::failed(format!("JPEG encoding failed: {message}")),
    )
}
