//! One still AV1 image from 10-bit planes, coded by libaom (all-intra).
//!
//! This is the only place that calls into libaom. Everything it is given is
//! owned here for the length of the call, and the encoder context is
//! destroyed on every path ([`Encoder`]'s `Drop`).

use std::ffi::CStr;
use std::os::raw::{c_int, c_uint};

use libaom_sys as aom;

use crate::error::{Error, Result};

/// Bit depth of the planes and of the coded image.
pub(crate) const DEPTH: u8 = 10;

/// What the colour planes hold, for the AV1 sequence header (the AVIF
/// container says the same): sRGB as full-range BT.601 Y'CbCr.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ColourDescription {
    /// ITU-T H.273 colour primaries (1: BT.709, as sRGB).
    pub primaries: c_int,
    /// ITU-T H.273 transfer characteristics (13: sRGB).
    pub transfer: c_int,
    /// ITU-T H.273 matrix coefficients (6: BT.601).
    pub matrix: c_int,
}

/// sRGB as full-range BT.601 Y'CbCr.
pub(crate) const SRGB: ColourDescription = ColourDescription {
    primaries: 1,
    transfer: 13,
    matrix: 6,
};

/// How hard libaom searches: what one of our AVIF speeds sets
/// (`avif::preset`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Preset {
    /// libaom's `cpu-used`, 0 (slowest, smallest) ..= 9.
    pub cpu_used: u8,
    /// The smallest partition searched, in pixels: 4 (all of them) or 8,
    /// 16, ... 128.
    pub min_partition: u8,
}

/// How one AV1 image (the colour, or the alpha) is coded.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Coding<'a> {
    /// libaom's quantiser, 0 (lossless) ..= 63.
    pub quantizer: u8,
    /// How hard libaom searches.
    pub preset: Preset,
    /// What the planes hold; `None` for alpha.
    pub colour: Option<ColourDescription>,
    /// More libaom controls `(id, value)`, applied after ours (the benches'
    /// lab tries settings with them; empty in the library).
    pub extra_controls: &'a [(u32, c_int)],
}

/// Codes one (monochrome: alpha or gray) or three (4:4:4 Y'CbCr) planes of
/// `width × height` [`DEPTH`]-bit samples as a still AV1 image, and returns
/// its OBUs.
pub(crate) fn encode(
    planes: &[Vec<u16>],
    width: usize,
    height: usize,
    coding: Coding<'_>,
) -> Result<Vec<u8>> {
    let pixels = width * height;
    assert!(
        (planes.len() == 1 || planes.len() == 3) && planes.iter().all(|p| p.len() == pixels),
        "one or three planes of width × height samples"
    );
    let (w, h) = (
        u32::try_from(width).map_err(|_| fail("image too wide"))?,
        u32::try_from(height).map_err(|_| fail("image too tall"))?,
    );
    let monochrome = planes.len() == 1;
    // libaom's image has chroma planes even when it codes monochrome (and
    // then codes none of them): give it neutral 4:2:0 ones, not dangling
    // pointers.
    let (chroma_width, chroma_height) = if monochrome {
        (width.div_ceil(2), height.div_ceil(2))
    } else {
        (width, height)
    };
    let neutral = monochrome.then(|| vec![1u16 << (DEPTH - 1); chroma_width * chroma_height]);
    let [y, u, v] = match &neutral {
        Some(gray) => [&planes[0], gray, gray],
        None => [&planes[0], &planes[1], &planes[2]],
    };

    // SAFETY: every pointer handed to libaom points into `planes`, `neutral`
    // or locals that outlive the calls; libaom only reads the image planes
    // (`*mut` is the C API's spelling). The planes hold `width × height`
    // (chroma: `chroma_width × chroma_height`) samples at the strides given.
    unsafe {
        let iface = aom::aom_codec_av1_cx();
        let mut cfg: aom::aom_codec_enc_cfg_t = std::mem::zeroed();
        check(
            aom::aom_codec_enc_config_default(iface, &mut cfg, aom::AOM_USAGE_ALL_INTRA),
            None,
        )?;
        cfg.g_w = w;
        cfg.g_h = h;
        // 4:4:4 needs AV1's high profile; monochrome its main profile.
        cfg.g_profile = if monochrome { 0 } else { 1 };
        cfg.monochrome = c_uint::from(monochrome);
        cfg.g_bit_depth = aom::AOM_BITS_10;
        cfg.g_input_bit_depth = c_uint::from(DEPTH);
        cfg.g_threads = c_uint::try_from(rayon::current_num_threads().min(64)).unwrap_or(1);
        cfg.g_limit = 1;
        cfg.g_lag_in_frames = 0;
        cfg.rc_end_usage = aom::AOM_Q;
        cfg.rc_min_quantizer = c_uint::from(coding.quantizer);
        cfg.rc_max_quantizer = c_uint::from(coding.quantizer);

        let mut encoder = Encoder {
            ctx: std::mem::zeroed(),
            ready: false,
        };
        check(
            aom::aom_codec_enc_init_ver(
                &mut encoder.ctx,
                iface,
                &cfg,
                aom::aom_codec_flags_t::from(aom::AOM_CODEC_USE_HIGHBITDEPTH),
                aom::AOM_ENCODER_ABI_VERSION as c_int,
            ),
            None,
        )?;
        encoder.ready = true;

        let mut controls = vec![
            (aom::AOME_SET_CPUUSED, c_int::from(coding.preset.cpu_used)),
            (
                aom::AV1E_SET_MIN_PARTITION_SIZE,
                c_int::from(coding.preset.min_partition),
            ),
            (aom::AOME_SET_CQ_LEVEL, c_int::from(coding.quantizer)),
            // libaom's image-quality tune (3.12; it also turns on
            // quantisation matrices, variance-boost delta-q, chroma delta-q
            // and adaptive CDEF and sharpness): 6.6% fewer bytes than tune
            // SSIM at equal median SSIMULACRA2 on the corpus photos, which
            // took 6% fewer than the default, PSNR (docs/BENCHMARKS.md).
            // Not AOM_TUNE_SSIMULACRA2, 1.3% smaller still: libaom says
            // its extra tweaks do not show in human evaluations.
            (aom::AOME_SET_TUNING, aom::AOM_TUNE_IQ as c_int),
            (aom::AV1E_SET_COLOR_RANGE, aom::AOM_CR_FULL_RANGE as c_int),
            (aom::AV1E_SET_ROW_MT, 1),
        ];
        if let Some(colour) = coding.colour {
            controls.extend([
                (aom::AV1E_SET_COLOR_PRIMARIES, colour.primaries),
                (aom::AV1E_SET_TRANSFER_CHARACTERISTICS, colour.transfer),
                (aom::AV1E_SET_MATRIX_COEFFICIENTS, colour.matrix),
            ]);
        }
        controls.extend_from_slice(coding.extra_controls);
        for (id, value) in controls {
            check(
                aom::aom_codec_control(&mut encoder.ctx, id as c_int, value),
                Some(&encoder.ctx),
            )?;
        }

        let format = if monochrome {
            aom::AOM_IMG_FMT_I42016
        } else {
            aom::AOM_IMG_FMT_I44416
        };
        let mut image: aom::aom_image_t = std::mem::zeroed();
        // Wrapped around the luma plane; the strides and the chroma planes
        // are then set explicitly rather than inferred from one buffer.
        if aom::aom_img_wrap(&mut image, format, w, h, 1, y.as_ptr() as *mut u8).is_null() {
            return Err(fail("libaom could not describe the image"));
        }
        image.planes = [
            y.as_ptr() as *mut u8,
            u.as_ptr() as *mut u8,
            v.as_ptr() as *mut u8,
        ];
        let bytes = std::mem::size_of::<u16>();
        image.stride = [
            c_int::try_from(width * bytes).map_err(|_| fail("image too wide"))?,
            c_int::try_from(chroma_width * bytes).map_err(|_| fail("image too wide"))?,
            c_int::try_from(chroma_width * bytes).map_err(|_| fail("image too wide"))?,
        ];
        image.range = aom::AOM_CR_FULL_RANGE;
        image.monochrome = c_int::from(monochrome);

        check(
            aom::aom_codec_encode(&mut encoder.ctx, &image, 0, 1, 0),
            Some(&encoder.ctx),
        )?;
        let mut av1 = encoder.take_packets();
        // Flush: one still frame may be held back until the end of stream.
        loop {
            check(
                aom::aom_codec_encode(&mut encoder.ctx, std::ptr::null(), 0, 0, 0),
                Some(&encoder.ctx),
            )?;
            let more = encoder.take_packets();
            if more.is_empty() {
                break;
            }
            av1.extend_from_slice(&more);
        }
        if av1.is_empty() {
            return Err(fail("libaom returned no data"));
        }
        Ok(av1)
    }
}

/// An initialised libaom encoder context, destroyed when dropped.
struct Encoder {
    ctx: aom::aom_codec_ctx_t,
    ready: bool,
}

impl Encoder {
    /// The coded data libaom has ready, copied out (its buffers live only
    /// until the next call).
    fn take_packets(&mut self) -> Vec<u8> {
        let mut data = Vec::new();
        let mut iter: aom::aom_codec_iter_t = std::ptr::null();
        // SAFETY: `ctx` is initialised; each packet and its buffer are valid
        // until the next libaom call, and are copied before it.
        unsafe {
            loop {
                let packet = aom::aom_codec_get_cx_data(&mut self.ctx, &mut iter);
                if packet.is_null() {
                    break;
                }
                if (*packet).kind == aom::AOM_CODEC_CX_FRAME_PKT {
                    let frame = (*packet).data.frame;
                    data.extend_from_slice(std::slice::from_raw_parts(
                        frame.buf as *const u8,
                        frame.sz,
                    ));
                }
            }
        }
        data
    }
}

impl Drop for Encoder {
    fn drop(&mut self) {
        if self.ready {
            // SAFETY: initialised by aom_codec_enc_init_ver, destroyed once.
            unsafe {
                aom::aom_codec_destroy(&mut self.ctx);
            }
        }
    }
}

fn fail(what: &str) -> Error {
    Error::failed(format!("AVIF encoding failed: {what}"))
}

/// libaom's status as a `Result`, with its detail message if it has one.
fn check(status: aom::aom_codec_err_t, ctx: Option<&aom::aom_codec_ctx_t>) -> Result<()> {
    if status == aom::AOM_CODEC_OK {
        return Ok(());
    }
    // SAFETY: libaom returns static, NUL-terminated strings (or null).
    let text = |p: *const std::os::raw::c_char| {
        (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
    };
    let reason = text(unsafe { aom::aom_codec_err_to_string(status) })
        .unwrap_or_else(|| format!("libaom error {status}"));
    let detail = ctx.and_then(|ctx| text(ctx.err_detail));
    Err(fail(&match detail {
        Some(detail) => format!("{reason}: {detail}"),
        None => reason,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The linked libaom is the one in vendor/libaom-sys: 3.12 or newer
    /// knows the image-quality tune (3.11, crates.io's, refuses it, and
    /// every AVIF encode would fail).
    #[test]
    fn linked_libaom_has_the_image_quality_tune() {
        // SAFETY: a pure function of the library's build.
        let version = unsafe { aom::aom_codec_version() };
        let (major, minor) = (version >> 16, (version >> 8) & 0xff);
        assert!(
            (major, minor) >= (3, 12),
            "libaom {major}.{minor} is linked; the image-quality tune needs 3.12"
        );
    }
}
