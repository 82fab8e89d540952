//! WebP encoding with libwebp: lossy (VP8 + alpha), lossless or near-lossless (VP8L).

use webp::{Encoder, PixelLayout, WebPConfig};

use super::WebpMode;
use crate::color::expand_gray_u8;
use crate::error::{Error, Result};
use crate::pixels::{Image, Layout, Samples};

/// WebP's format limit on each side.
pub(crate) const MAX_SIDE: u32 = 16383;

/// libwebp's effort (0–6) for lossy output: 6 took 0.958× the bytes of 4
/// (sharp's default) at the same quality on the corpus photos (median per
/// image; 0.921–1.016), with SSIMULACRA2 within ±0.8, for 1.75× the time.
const METHOD: i32 = 6;
/// The effort for smart's probes (`fast`): the same scores as [`METHOD`]
/// at the same quality, so the search can afford it.
const PROBE_METHOD: i32 = 4;
/// Spatial noise shaping (0–100, libwebp's default 50): how far bits move
/// from flat areas to busy ones, where the eye misses detail. Together with
/// `autofilter` (the deblocking strength chosen per segment by trial instead
/// of one fixed strength: the same bytes, a better picture, about 2.6× the
/// encode time) it took 2.4% fewer bytes per image at equal SSIMULACRA2 on
/// the corpus photos and moved smart from 0.944 to 0.867 of sharp's bytes at
/// equal median (docs/BENCHMARKS.md).
const SNS_STRENGTH: i32 = 80;
/// The effort for lossless and near-lossless output.
const LOSSLESS_METHOD: i32 = 4;

pub(crate) fn encode(image: &Image, quality: u8, mode: WebpMode, fast: bool) -> Result<Vec<u8>> {
    if image.width > MAX_SIDE || image.height > MAX_SIDE {
        return Err(Error::InvalidParam {
            param: "format",
            message: format!(
                "WebP cannot store a {}x{} image (limit {MAX_SIDE}x{MAX_SIDE}); use max_width/max_height or another format",
                image.width, image.height
            ),
        });
    }
    let narrow = image.to_8bit();
    let Samples::U8(pixels) = &narrow.samples else {
        unreachable!("to_8bit returns 8-bit samples")
    };
    let (pixels, layout) = expand_gray_u8(pixels, narrow.layout);
    let pixel_layout = if layout == Layout::Rgba {
        PixelLayout::Rgba
    } else {
        PixelLayout::Rgb
    };
    let mut config = WebPConfig::new().map_err(|()| Error::failed("libwebp config failed"))?;
    match mode {
        WebpMode::Lossy | WebpMode::LossySharpYuv => {
            config.quality = f32::from(quality);
            config.method = if fast { PROBE_METHOD } else { METHOD };
            config.sns_strength = SNS_STRENGTH;
            config.autofilter = 1;
            config.use_sharp_yuv = i32::from(mode == WebpMode::LossySharpYuv);
        }
        WebpMode::Lossless => {
            config.lossless = 1;
            config.method = LOSSLESS_METHOD;
            config.quality = 75.0;
        }
        WebpMode::NearLossless(level) => {
            config.lossless = 1;
            config.method = LOSSLESS_METHOD;
            config.quality = 75.0;
            config.near_lossless = i32::from(level.min(100));
        }
    }
    // Exact alpha: the plane is coded losslessly, at effort 4 even in an
    // effort-6 encode (vendor/libwebp-sys/COMPRESSORIZE.md).
    config.alpha_quality = 100;
    let encoder = Encoder::new(&pixels, pixel_layout, image.width, image.height);
    let memory = encoder
        .encode_advanced(&config)
        .map_err(|e| Error::failed(format!("WebP encoding failed: {e:?}")))?;
    Ok(memory.to_vec())
}
