//! JPEG encoding with mozjpeg: progressive, optimised Huffman tables, trellis
//! quantisation, 4:2:0 or 4:4:4 chroma. Alpha is composited over white.
//!
//! The quantisation tables are MozJPEG's default (N. Robidoux's) with the
//! lowest frequencies quantised as at a higher quality: coarse block averages
//! show as blocking, which the eye (and SSIMULACRA2) punishes more than lost
//! fine detail. On the 15 corpus photos at equal SSIMULACRA2 (79.5, each
//! image interpolated along its own quality sweep) this took 3.4% fewer
//! bytes than the default tables (docs/BENCHMARKS.md).

use mozjpeg::{ColorSpace, Compress, DctMethod, ScanMode, qtable};

use super::Chroma;
use crate::error::{Error, Result};
use crate::ffi_guard::guard;
use crate::pixels::{Image, Layout, Samples};

/// How many quality steps finer the DC coefficient (and, tapering off, its
/// low-frequency neighbours) is quantised than the rest of the block.
const LOW_FREQUENCY_BOOST: f32 = 10.0;

/// The DC quantiser from which blocks are transformed by the float DCT
/// rather than the integer one. MozJPEG's overshoot deringing raises the
/// whites of a block with black-on-white edges above 255 (the decoder
/// clips them, hiding ringing), by up to min(31, 2 × the DC quantiser);
/// the integer DCT's SIMD code sums in 16 bits, and from a raise of 28
/// (DC quantiser 14, quality 47 and below with our tables) a sharp edge
/// overflows it: the block's low frequencies flip sign and it decodes
/// inverted, black where white was (mozilla/mozjpeg#444, open). Blackbug
/// (ink strokes on 2048 × 1536) at quality 41 had 144 pixels off by more
/// than 128 (up to 255); edges at every position in an 8 × 8 block, grey
/// and coloured (4:4:4), broke at every quality up to 47 and at none from
/// 48 (DC quantiser 13), and with the float DCT at none. The float DCT
/// costs 6-28% more encode time (blackbug, lorem_ipsum, grey-8bit-alpha at
/// quality 40), so it is kept to the qualities that need it, with a
/// quantiser step to spare.
const FLOAT_DCT_FROM_DC_QUANTISER: u32 = 13;

/// `fast`: the standard progressive script instead of mozjpeg's scan
/// search, a few percent larger (for probes). Nearly the same pixels:
/// trellis quantisation follows the scans (a 300 × 200 gradient at quality
/// 55–70: SSIMULACRA2 within 1.2 points of the searched scans).
pub(crate) fn encode(image: &Image, quality: u8, chroma: Chroma, fast: bool) -> Result<Vec<u8>> {
    let gray = codes_grey(image);
    let flat = image.flatten_on_white();
    let Samples::U8(pixels) = &flat.samples else {
        unreachable!("flatten_on_white returns 8-bit samples")
    };
    guard(
        || {
            let mut c = Compress::new(if gray {
                ColorSpace::JCS_GRAYSCALE
            } else {
                ColorSpace::JCS_RGB
            });
            // First: it resets the other settings. Luma's DC in a scan of
            // its own, chroma's in one or two, whichever is smaller: the
            // same pixels, 0.7% fewer bytes on the corpus photos than all
            // DC in one scan (mozjpeg's default).
            c.set_scan_optimization_mode(ScanMode::Auto);
            c.set_size(flat.width as usize, flat.height as usize);
            let ac_quality = f32::from(quality.clamp(1, 100));
            let dc_quality = (ac_quality + LOW_FREQUENCY_BOOST).min(100.0);
            let table = qtable::NRobidoux.scaled(dc_quality, ac_quality);
            if table.dc() >= FLOAT_DCT_FROM_DC_QUANTISER {
                c.set_dct_method(DctMethod::Float);
            }
            c.set_luma_qtable(&table);
            c.set_chroma_qtable(&table);
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

/// Whether [`encode`] codes `image` as one grey component, with no
/// chroma to subsample: 4:2:0 and 4:4:4 are then the same bytes.
pub(crate) fn codes_grey(image: &Image) -> bool {
    matches!(image.layout, Layout::Gray | Layout::GrayAlpha)
}

/// `jpeg`, made by [`encode`] with `fast` scans, coded again with the scans
/// searched, from its DCT coefficients (jpegtran's way): its very pixels,
/// in about the bytes of a `fast: false` encode (0.995 of them on the
/// corpus graphics), without doing the DCT and trellis quantisation again.
pub(crate) fn recode_with_searched_scans(jpeg: &[u8]) -> Result<Vec<u8>> {
    guard(
        || {
            let fail = |e: std::io::Error| Error::failed(format!("JPEG recoding failed: {e}"));
            let mut source = mozjpeg::Decompress::new_mem(jpeg).map_err(fail)?;
            Compress::recode(&mut source, ScanMode::Auto, Vec::new()).map_err(fail)
        },
        |message| Error::failed(format!("JPEG recoding failed: {message}")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::Limits;

    #[test]
    fn recoding_keeps_the_pixels_in_fewer_bytes() {
        // A diagram (lines, text, flat colour) and a translucent icon, as
        // 4:2:0 and 4:4:4, low and high quality.
        for file in ["graphics/vips_cogs.png", "graphics/grey-8bit-alpha.png"] {
            let image = crate::decode(&crate::test_corpus(file), &Limits::default()).unwrap();
            for (quality, chroma) in [(40, Chroma::Half), (85, Chroma::Full)] {
                let probe = encode(&image, quality, chroma, true).unwrap();
                let recoded = recode_with_searched_scans(&probe).unwrap();
                let pixels = |jpeg: &[u8]| crate::decode(jpeg, &Limits::default()).unwrap();
                assert!(
                    pixels(&recoded) == pixels(&probe),
                    "{file} q{quality}: pixels"
                );
                assert!(
                    recoded.len() < probe.len(),
                    "{file} q{quality}: {} → {} bytes",
                    probe.len(),
                    recoded.len()
                );
            }
        }
    }

    #[test]
    fn recoding_what_is_not_a_jpeg_is_an_error() {
        assert!(recode_with_searched_scans(b"not a jpeg").is_err());
        assert!(recode_with_searched_scans(&[0xFF, 0xD8]).is_err());
    }
}
